//! The toolbar's files and links: exports, the scenario file, the share link and the host page,
//! and what became of each.

use quota_engine::formats::file::FileError;
use quota_engine::links::codec::LinkError;

/// A link longer than this many characters may be cut by some mail and chat clients.
pub const LONG_LINK: usize = 2_000;

/// Files, links and the host page.
#[derive(Debug)]
pub struct FilesTexts {
    /// Accessible name of the toolbar (undo, links, files, reset).
    pub toolbar_label: &'static str,
    /// Button that exports the plan table as CSV.
    pub export_plan_csv: &'static str,
    /// Button: export the scenario as an XLSX workbook.
    pub export_xlsx: &'static str,
    /// Button that exports the scenario as JSON.
    pub export_json: &'static str,
    /// Label of the JSON import control.
    pub import_json: &'static str,
    /// After opening a scenario file.
    pub file_opened: &'static str,
    /// Why a scenario file could not be opened.
    pub file_failed: fn(&FileError) -> String,
    /// The host page loaded a scenario.
    pub host_loaded: &'static str,
    /// The host page's scenario could not be opened.
    pub host_failed: fn(&FileError) -> String,
    /// Button that copies the share link.
    pub copy_link: &'static str,
    /// After opening a shared link.
    pub link_opened: &'static str,
    /// Why a shared link could not be opened.
    pub link_failed: fn(&LinkError) -> String,
    /// After copying: the link's length.
    pub copied: fn(usize) -> String,
    /// After copying a link long enough to be cut by some mail and chat clients: its length.
    pub copied_long: fn(usize) -> String,
    /// Warning when autosave fails.
    pub storage_failed: &'static str,
}

impl FilesTexts {
    /// After copying a link: its length, and a warning when it is long.
    #[must_use]
    pub fn link_copied(&self, chars: usize) -> String {
        if chars > LONG_LINK {
            (self.copied_long)(chars)
        } else {
            (self.copied)(chars)
        }
    }
}
