//! Returns from the districts and departments (报送): the request links, the district's form, the
//! paste of the replies.

use quota_engine::links::returns::{ReplyProblem, Unit};
use quota_engine::Plan;

/// Returns from the districts (报送).
#[derive(Debug)]
pub struct ReturnsTexts {
    /// Heading of the city's returns panel.
    pub heading: &'static str,
    /// What the panel is for.
    pub note: &'static str,
    /// Label of a district's request link.
    pub request_of: fn(&str) -> String,
    /// Copy one link.
    pub copy: &'static str,
    /// Copy every district's link, one per line with its name.
    pub copy_all: &'static str,
    /// Label of the paste of replies.
    pub paste: &'static str,
    /// Who returned and who did not: returned, missing.
    pub summary: fn(usize, usize) -> String,
    /// The districts and departments that have not returned.
    pub missing: fn(&Plan, &[Unit]) -> String,
    /// Headers of the changes: who, what, entered now, returned.
    pub change_headers: [&'static str; 4],
    /// A pasted line that is not a usable reply: its line (1-based) and why.
    pub problem: fn(usize, &ReplyProblem, &Plan) -> String,
    /// Apply the changes (one undoable edit).
    pub apply: fn(usize) -> String,
    /// Nothing would change.
    pub nothing_new: &'static str,
    /// The district's form: its heading (title, district, month).
    pub form_heading: fn(&str, &str, u8) -> String,
    /// What to do on the form.
    pub form_note: fn(u8) -> String,
    /// What the city has already, beside a field.
    pub known: fn(u64) -> String,
    /// Make the reply link.
    pub make_reply: &'static str,
    /// Label of the reply link.
    pub reply_label: &'static str,
    /// A request link that cannot be read.
    pub bad_request: &'static str,
    /// The "of which" counts an import would put above their whole, by name.
    pub above_whole: fn(&[String]) -> String,
    /// The form was sent without a single number.
    pub nothing_typed: &'static str,
    /// The form refuses an "of which" count above its whole: part, its count, the whole, its
    /// count (the one typed, or what the city already has).
    pub part_above_whole: fn(&str, u64, &str, u64) -> String,
}
