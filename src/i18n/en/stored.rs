//! English: the report on saved data that could not be read, and the scenario notices.

use crate::i18n::grouped as g;
use crate::i18n::stored::StoredTexts;

pub(super) const TEXTS: StoredTexts = StoredTexts {
    heading: "Data saved in this browser",
    index_unreadable: |n| format!("The list of scenarios was damaged and could not be read; {n} scenarios were found in their own entries (their order and the one open may differ). The damaged list was kept as it was; you can download it below."),
    newer: |found| format!("The data saved in this browser comes from a newer release of this tool (format {found}); this release neither reads nor changes it. Changes on this page are not autosaved: save them with \u{201c}Export scenario (JSON)\u{201d}, or open the newer release."),
    missing: |n| format!("{n} scenarios in the list are not in the browser's storage and cannot be recovered."),
    current_lost: |name| format!("The scenario open last time could not be read; \u{201c}{name}\u{201d} is open instead."),
    kept_intro: "This data could not be opened. It is kept exactly as it was. Download it as a file (a technician may recover it), and delete it only when you no longer need it:",
    kept: stored_kept,
    size: |chars| format!("{} characters", g(chars as u64)),
    download: "Download",
    discard: "Delete",
    confirm_discard: "Delete this data that could not be opened? This cannot be undone.",
    discard_failed: "The browser did not delete this data.",
    file_name: "unreadable-data",
    read_only: "This release does not change data saved by a newer release, so it does not autosave. Save your changes with \u{201c}Export scenario (JSON)\u{201d}.",
    already_saved: |name| format!("This scenario is already saved as \u{201c}{name}\u{201d}; switched to it (no copy added)."),
    scenario_limit: |max| format!("At most {max} scenarios can be saved; no new scenario was added. Delete one you no longer need first."),
};

fn stored_kept(why: &quota_engine::library::KeptReason) -> String {
    use quota_engine::library::KeptReason;
    match why {
        KeptReason::Unreadable => "Saved data that cannot be read".to_owned(),
        KeptReason::Partial { lost } => format!("An earlier release's library, {lost} of whose scenarios cannot be read (the others are open)"),
        KeptReason::Newer { found } => format!("Data of a newer release (version {found}), left unchanged"),
        KeptReason::Superseded => "An earlier release's autosave, older than the open scenarios; not opened".to_owned(),
        KeptReason::SetAside => "Unreadable data set aside earlier".to_owned(),
        KeptReason::Unknown => "Data this release does not know".to_owned(),
    }
}
