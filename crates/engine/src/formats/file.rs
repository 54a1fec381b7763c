//! Scenario files: a workspace as JSON, for e-mail, the office system and archives.
//!
//! The file is `{"format": "quota-planner-scenario", "version": 1, "workspace": {…}}`; the
//! workspace is the same structure the app autosaves (documented in `docs/scenario-json.md`).
//! Reading checks the format, the version and the plan's shape, and refuses oversized input
//! before parsing it.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::workspace::Workspace;
use crate::EngineError;

/// The `format` field of a scenario file.
pub const FORMAT: &str = "quota-planner-scenario";
/// The file version written now.
pub const VERSION: u32 = 1;
/// The largest file read, in bytes (a 3,000-district plan with a year of actuals is ~2 MB).
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

/// Why a file could not be read.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum FileError {
    /// Larger than any scenario.
    #[error("the file is too large ({bytes} bytes)")]
    TooLarge {
        /// Its size.
        bytes: usize,
    },
    /// Not JSON, or not a scenario file.
    #[error("not a Quota Planner scenario file")]
    NotAScenario,
    /// Written by a newer version.
    #[error("written by a newer version (file version {found}, this app reads up to {supported})")]
    FutureVersion {
        /// The file's version.
        found: u32,
        /// The newest this app reads.
        supported: u32,
    },
    /// JSON of the right kind with a value of the wrong type or shape (text where a number
    /// belongs, a number out of range, a field missing) at this place of the file.
    #[error("the value at line {line}, column {column} does not fit the scenario format")]
    Malformed {
        /// The line (from 1).
        line: usize,
        /// The column (from 1).
        column: usize,
    },
    /// JSON of the right kind whose numbers do not form a valid plan.
    #[error("the file's plan is not valid: {0}")]
    Invalid(EngineError),
}

#[derive(Serialize)]
struct FileRef<'a> {
    format: &'a str,
    version: u32,
    workspace: &'a Workspace,
}

#[derive(Deserialize)]
struct Header {
    format: String,
    version: u32,
}

#[derive(Deserialize)]
struct File {
    workspace: Workspace,
}

/// The scenario file for `workspace`, pretty-printed.
#[must_use]
pub fn to_json(workspace: &Workspace) -> String {
    let file = FileRef {
        format: FORMAT,
        version: VERSION,
        workspace,
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// The workspace in a scenario file.
pub fn from_json(text: &str) -> Result<Workspace, FileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge { bytes: text.len() });
    }
    let header: Header = serde_json::from_str(text).map_err(|_| FileError::NotAScenario)?;
    if header.format != FORMAT {
        return Err(FileError::NotAScenario);
    }
    if header.version > VERSION {
        return Err(FileError::FutureVersion {
            found: header.version,
            supported: VERSION,
        });
    }
    let file: File = serde_json::from_str(text).map_err(|e| FileError::Malformed {
        line: e.line(),
        column: e.column(),
    })?;
    file.workspace.validate().map_err(FileError::Invalid)?;
    Ok(file.workspace)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{EditError, PlanError, RulesError};
    use crate::workspace::Edit;
    use crate::Quota;

    #[test]
    fn export_then_import_is_the_same_scenario() {
        let ws = Workspace::default_2021()
            .apply(&Edit::SetQuota {
                metric: 0,
                district: 0,
                value: Quota::new(13_000),
            })
            .and_then(|a| a.workspace.apply(&Edit::LoadSample))
            .map(|a| a.workspace)
            .unwrap_or_else(|_| Workspace::default_2021());
        let json = to_json(&ws);
        assert!(json.contains("\"format\": \"quota-planner-scenario\""));
        assert_eq!(from_json(&json), Ok(ws));
    }

    #[test]
    fn bad_files_say_what_is_wrong() {
        assert_eq!(from_json("hello"), Err(FileError::NotAScenario));
        assert_eq!(
            from_json("{\"format\": \"other\", \"version\": 1}"),
            Err(FileError::NotAScenario)
        );
        assert_eq!(
            from_json("{\"format\": \"quota-planner-scenario\", \"version\": 9}"),
            Err(FileError::FutureVersion {
                found: 9,
                supported: 1
            })
        );
        let mut json = to_json(&Workspace::default_2021());
        json = json.replacen("12000", "-5", 1);
        assert!(matches!(
            from_json(&json),
            Err(FileError::Malformed { line, .. }) if line > 1
        ));
        let ragged = to_json(&Workspace::default_2021()).replacen("12000,", "", 1);
        assert!(matches!(
            from_json(&ragged),
            Err(FileError::Invalid(EngineError::Plan(
                PlanError::ShapeMismatch { .. }
            )))
        ));
        let huge_number = to_json(&Workspace::default_2021()).replacen("12000", "1e+30", 1);
        assert!(matches!(
            from_json(&huge_number),
            Err(FileError::Malformed { .. })
        ));
        let huge = " ".repeat(MAX_FILE_BYTES + 1);
        assert!(matches!(from_json(&huge), Err(FileError::TooLarge { .. })));
    }

    #[test]
    fn hostile_rules_are_refused_when_the_file_is_opened() {
        let edit = |f: &dyn Fn(&mut Workspace)| {
            let mut ws = Workspace::default_2021();
            f(&mut ws);
            from_json(&to_json(&ws))
        };
        assert_eq!(
            edit(&|ws| ws.rules[0].step = 0),
            Err(FileError::Invalid(EngineError::Rules(RulesError::ZeroStep)))
        );
        assert!(matches!(
            edit(&|ws| {
                ws.rules[1].bounds[2] = crate::apportion::Bounds {
                    min: Quota::new(500),
                    max: Some(Quota::new(100)),
                };
            }),
            Err(FileError::Invalid(EngineError::Rules(
                RulesError::BoundsInverted { region: 2, .. }
            )))
        ));
        assert_eq!(
            edit(&|ws| ws.rules[0].tie_preference = vec![3, 999]),
            Err(FileError::Invalid(EngineError::Edit(
                EditError::NoSuchRegion {
                    region: 999,
                    count: 14
                }
            )))
        );
    }
}
