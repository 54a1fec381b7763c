//! English: typing and pasting numbers.

use quota_engine::support::parse::ParseError;

use crate::i18n::entry::EntryTexts;

pub(super) const TEXTS: EntryTexts = EntryTexts {
    paste_heading: "Paste data",
    paste_confirm: "Apply the readable cells",
    paste_cancel: "Cancel",
    paste_summary,
    parse_error,
    quoted: |text, why| format!("“{text}”: {why}"),
};

fn paste_summary(readable: usize, unreadable: usize) -> String {
    format!("{readable} cells can be read; {unreadable} cannot and will be skipped:")
}

fn parse_error(err: &ParseError, typed: Option<&str>) -> String {
    match err {
        ParseError::Empty => "Enter a number".to_owned(),
        ParseError::Negative => "A quota cannot be negative".to_owned(),
        ParseError::Fraction => "A quota is a whole number".to_owned(),
        ParseError::NotANumber => {
            format!("“{}” is not a number", typed.unwrap_or(""))
        }
        ParseError::TooLarge => "The number is too large".to_owned(),
    }
}
