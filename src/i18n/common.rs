//! The words many screens share: the district and metric headers, quota and done, the city,
//! the punctuation of the language, month names and the countable targets' names.

use quota_engine::simulate::Countable;

/// Words used by more than one screen.
#[derive(Debug)]
pub struct CommonTexts {
    /// Header of the district column.
    pub district: &'static str,
    /// Header of a metric column.
    pub metric: &'static str,
    /// The city (a total row, a chart's line).
    pub city: &'static str,
    /// Name of the city-total row.
    pub city_total: &'static str,
    /// A quota (column header).
    pub quota: &'static str,
    /// What is done (column header).
    pub done: &'static str,
    /// The colon between a label and its value.
    pub colon: &'static str,
    /// The list separator ("、" / ", ").
    pub list_separator: &'static str,
    /// Message shown when a total cannot be computed.
    pub overflow: &'static str,
    /// Dismiss a message.
    pub dismiss: &'static str,
    /// Row word (paste report, cell labels).
    pub row: &'static str,
    /// Column word.
    pub column: &'static str,
    /// Remove (a button, or the prefix of its label).
    pub remove: &'static str,
    /// Rounding step label.
    pub step: &'static str,
    /// The month reported on (label).
    pub as_of: &'static str,
    /// Not reported (a district with no actual by the month).
    pub not_reported: &'static str,
    /// Export a table as CSV.
    pub export_csv: &'static str,
    /// Plan year label.
    pub year: &'static str,
    /// A month's name (1–12).
    pub month_name: fn(usize) -> String,
    /// Between clauses of a sentence, and between items that are clauses themselves.
    pub clause_separator: &'static str,
    /// The full stop that ends a sentence.
    pub full_stop: char,
    /// What follows a rate's tenths in a sentence: `48.3%` or `48.3 %`.
    pub percent_sign: &'static str,
    /// The name of a countable target (other targets: bases, competitions, pilots).
    pub countable: fn(Countable) -> &'static str,
}

impl CommonTexts {
    /// A rate in tenths of a percent, in a sentence: `48.3%` (`48.3 %` in English). Tables
    /// write rates in one style in both languages, by the engine's `formats::table::percent`.
    #[must_use]
    pub fn percent(&self, permille: u64) -> String {
        format!("{}{}", super::tenths(permille), self.percent_sign)
    }
}
