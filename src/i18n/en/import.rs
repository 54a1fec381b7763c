//! English: importing a CSV or XLSX file.

use crate::i18n::import::ImportTexts;

pub(super) const TEXTS: ImportTexts = ImportTexts {
    plan_button: "Import plan (CSV/XLSX)",
    actuals_button: "Import monthly actuals (CSV/XLSX)",
    actuals_export: "Export monthly actuals (CSV)",
    heading: "Confirm the import",
    summary: |good, bad| {
        format!("{good} values will be imported (matched by district and column names, in any order); {bad} cannot be, listed below. Nothing changes until you confirm.")
    },
    problem: import_problem,
    confirm: "Import the readable values",
    cancel: "Cancel",
    failed: import_failed,
    district: "District",
};

fn import_problem(p: &quota_engine::formats::import::Problem) -> String {
    use quota_engine::formats::import::ProblemKind;
    let what = match &p.kind {
        ProblemKind::Number { text, error } => super::entry::TEXTS.bad_cell(text, error),
        ProblemKind::UnknownRow(name) => {
            format!("the plan has no district “{name}”; the line is not imported")
        }
        ProblemKind::UnknownColumn(name) => format!("unknown column “{name}”; it is not imported"),
        ProblemKind::Repeated(name) => format!("“{name}” appears again; the earlier line counts"),
    };
    format!("Line {}, column {}: {what}", p.line, p.column)
}

fn import_failed(err: &quota_engine::formats::import::ImportError) -> String {
    use quota_engine::formats::import::ImportError;
    let why = match err {
        ImportError::TooLarge { bytes } => format!("the file is too large ({bytes} bytes)"),
        ImportError::NoHeader => {
            "no header line (the first column districts, the others metric names or months)"
                .to_owned()
        }
        ImportError::NotAWorkbook => {
            "it is not a readable XLSX workbook (save it as .xlsx or CSV)".to_owned()
        }
        ImportError::UnclosedQuote { line } => format!("a quote on line {line} is never closed"),
    };
    format!("The file could not be read: {why}. Nothing was changed.")
}
