//! What is returned besides the districts' own counts: the line departments, each district's
//! manufacturing "of which", and the countable targets — the panel with a tab for each.

use quota_engine::simulate::{Month, Sheet};

/// The units panel's words.
#[derive(Debug)]
pub struct UnitsTexts {
    /// Heading of the panel.
    pub heading: &'static str,
    /// A tab's label (and its table's caption).
    pub tab: fn(Units) -> &'static str,
    /// The workbook's sheet for a tab.
    pub sheet: fn(Units) -> &'static str,
    /// What a tab judges, and how.
    pub note: fn(Units) -> &'static str,
    /// A department (column header).
    pub department: &'static str,
    /// A countable target (column header).
    pub target: &'static str,
    /// The manufacturing "of which", after a district's name.
    pub manufacturing: &'static str,
    /// The header row of a tab's table after the name: target, done, rate, schedule, gap,
    /// light, months in a row.
    pub headers: fn(Units) -> [&'static str; 7],
    /// The total line of the departments.
    pub departments_total: &'static str,
    /// The total line of the manufacturing share.
    pub manufacturing_total: &'static str,
    /// Nothing returned yet for a tab by the month.
    pub nothing: fn(Units, Month) -> String,
}

/// The three kinds of units, one tab each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Units {
    /// The line departments against their quotas (附件2).
    Departments,
    /// Each district's manufacturing share of its certified workers.
    Manufacturing,
    /// The countable targets: bases, competitions, pilot enterprises.
    Countable,
}

impl Units {
    /// The tabs, in the order the panel shows them.
    pub const ALL: [Units; 3] = [Units::Departments, Units::Manufacturing, Units::Countable];

    /// The month grid of this kind of unit.
    #[must_use]
    pub fn sheet(self) -> Sheet {
        match self {
            Units::Departments => Sheet::Departments,
            Units::Manufacturing => Sheet::Manufacturing,
            Units::Countable => Sheet::Countable,
        }
    }
}
