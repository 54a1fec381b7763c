//! Importing the plan table and the monthly actuals from CSV or XLSX: the confirmation and why
//! a file or a cell could not be read.

use quota_engine::formats::import::{ImportError, Problem};

/// The strings of importing a CSV or XLSX file.
#[derive(Debug)]
pub struct ImportTexts {
    /// Button: import the plan table.
    pub plan_button: &'static str,
    /// Button: import the shown metric's monthly actuals.
    pub actuals_button: &'static str,
    /// Button: export the shown metric's monthly actuals.
    pub actuals_export: &'static str,
    /// Heading of the confirmation.
    pub heading: &'static str,
    /// How many values will be set and how many problems there are.
    pub summary: fn(usize, usize) -> String,
    /// One problem: line, column, what.
    pub problem: fn(&Problem) -> String,
    /// Apply.
    pub confirm: &'static str,
    /// Cancel.
    pub cancel: &'static str,
    /// Why the file could not be read at all.
    pub failed: fn(&ImportError) -> String,
    /// Header of the district column in exported actuals.
    pub district: &'static str,
}
