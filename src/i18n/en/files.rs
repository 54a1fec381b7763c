//! English: files, links and the host page.

use quota_engine::formats::file::FileError;
use quota_engine::links::codec::LinkError;

use crate::i18n::files::FilesTexts;
use crate::i18n::names::nameless_plan;

pub(super) const TEXTS: FilesTexts = FilesTexts {
    toolbar_label: "Scenario actions",
    export_plan_csv: "Export table (CSV)",
    export_xlsx: "Export workbook (XLSX)",
    export_json: "Export scenario (JSON)",
    import_json: "Import scenario (JSON)",
    file_opened: "Opened the scenario file as a new scenario; the others are unchanged in the Scenario list.",
    file_failed,
    host_loaded: "Opened the scenario sent by the host page as a new scenario; the others are unchanged in the Scenario list.",
    host_failed,
    copy_link: "Copy share link",
    link_opened: "Opened the shared link as a new scenario; your own scenarios are unchanged in the Scenario list.",
    link_failed,
    copied: |chars| format!("Link copied ({chars} characters); it opens exactly these numbers:"),
    copied_long: |chars| format!("Link copied ({chars} characters). It is long: some chat and mail clients cut links; if it does not open, send the scenario file (Export scenario) instead:"),
    storage_failed: "The browser cannot autosave (storage full or blocked). The page keeps working, but changes are lost on reload.",
};

fn link_failed(err: &LinkError) -> String {
    let why = match err {
        LinkError::Empty => "the link is empty".to_owned(),
        LinkError::NotALink => "it is not a Quota Planner link".to_owned(),
        LinkError::FutureVersion { .. } => "it was made by a newer version of the tool".to_owned(),
        LinkError::TooLong { chars } => format!("it is too long ({chars} characters)"),
        LinkError::BadCharacters => {
            "it contains characters a link cannot have (altered in transit?)".to_owned()
        }
        LinkError::Corrupt => "it was cut short or altered".to_owned(),
        LinkError::Invalid => "its numbers do not form a valid plan".to_owned(),
    };
    format!("The shared link could not be opened: {why}. Your own data is shown, unchanged.")
}

fn file_failed(err: &FileError) -> String {
    let why = match err {
        FileError::TooLarge { bytes } => format!("the file is too large ({bytes} bytes)"),
        FileError::NotAScenario => "it is not a scenario file of this tool".to_owned(),
        FileError::FutureVersion { .. } => "it was written by a newer version of the tool".to_owned(),
        FileError::Malformed { line, column } => format!(
            "the value at line {line}, column {column} does not fit the scenario format (for example text, a fraction or a too large number where a whole number belongs)"
        ),
        FileError::Invalid(err) => format!(
            "its data do not form a valid plan: {}",
            (super::errors::TEXTS.engine)(err, &nameless_plan())
        ),
    };
    format!("The scenario file could not be opened: {why}. Nothing was changed.")
}

fn host_failed(err: &FileError) -> String {
    file_failed(err).replacen("scenario file", "scenario sent by the host page", 1)
}
