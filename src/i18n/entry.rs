//! Typing and pasting numbers: why a text is not a quota, and the paste dialog.

use quota_engine::support::parse::ParseError;

/// Typing and pasting numbers.
#[derive(Debug)]
pub struct EntryTexts {
    /// Heading of the paste dialog.
    pub paste_heading: &'static str,
    /// Confirm a paste.
    pub paste_confirm: &'static str,
    /// Cancel a paste.
    pub paste_cancel: &'static str,
    /// The paste summary: readable cells, unreadable cells.
    pub paste_summary: fn(usize, usize) -> String,
    /// Why typed text is not a quota (quoting it, when given).
    pub parse_error: fn(&ParseError, Option<&str>) -> String,
    /// A cell's text quoted before why it is not a quota.
    pub quoted: fn(text: &str, why: &str) -> String,
}

impl EntryTexts {
    /// A pasted or imported cell that is not a quota: what it held and why.
    #[must_use]
    pub fn bad_cell(&self, text: &str, error: &ParseError) -> String {
        match error {
            // The sentence quotes the text itself.
            ParseError::NotANumber => (self.parse_error)(error, Some(text)),
            ParseError::Empty
            | ParseError::Negative
            | ParseError::Fraction
            | ParseError::TooLarge => (self.quoted)(text, &(self.parse_error)(error, None)),
        }
    }
}
