//! The report on the browser's saved data that could not be read, and the scenario notices.

use quota_engine::library::KeptReason;

/// The report on saved data that could not be read, and the scenario notices.
#[derive(Debug)]
pub struct StoredTexts {
    /// Heading of the report.
    pub heading: &'static str,
    /// The list of scenarios was damaged; this many were found without it.
    pub index_unreadable: fn(usize) -> String,
    /// A newer release's data is stored (its format).
    pub newer: fn(u32) -> String,
    /// This many scenarios of the list are not stored at all.
    pub missing: fn(usize) -> String,
    /// The scenario open last time could not be read; this one is open.
    pub current_lost: fn(&str) -> String,
    /// Before the list of entries not opened.
    pub kept_intro: &'static str,
    /// What an entry not opened is.
    pub kept: fn(&KeptReason) -> String,
    /// Its size.
    pub size: fn(usize) -> String,
    /// Button: download an entry.
    pub download: &'static str,
    /// Button: discard an entry.
    pub discard: &'static str,
    /// The confirmation before discarding.
    pub confirm_discard: &'static str,
    /// The browser refused to discard.
    pub discard_failed: &'static str,
    /// The file name of a downloaded entry (before its number).
    pub file_name: &'static str,
    /// Autosave is off because a newer release's data is stored.
    pub read_only: &'static str,
    /// A link, file or host scenario is already saved under this name: it was opened.
    pub already_saved: fn(&str) -> String,
    /// No more scenarios can be added (the limit).
    pub scenario_limit: fn(usize) -> String,
}
