//! What request and reply links share: the fingerprint that tells one plan from another (its
//! structure, not its quotas, which may be reallocated mid-year), and a link's body found
//! wherever it stands in pasted text.

use super::MAX_LINK_CHARS;
use crate::{Name, Plan};

/// The fingerprint of a plan's structure: its year and the names of its districts and metrics.
#[must_use]
pub fn fingerprint(plan: &Plan) -> u32 {
    let names: (u16, Vec<&Name>, Vec<&Name>) = (
        plan.year,
        plan.districts.iter().map(|d| &d.name).collect(),
        plan.metrics.iter().map(|m| &m.name).collect(),
    );
    crate::support::crc::crc32(&postcard::to_allocvec(&names).unwrap_or_default())
}

/// The link's body after `prefix` wherever it stands in `text` — alone, in an address, or in
/// a chat message such as "鹿城：a1.…" — up to the first character a link cannot hold; `None`
/// when there is none, or the text is too long to be one line of a paste.
pub(super) fn link_body<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    if text.len() > MAX_LINK_CHARS {
        return None;
    }
    let start = text.match_indices(prefix).map(|(i, _)| i).find(|&i| {
        // Not the tail of a longer word ("xa1." is not a reply).
        i == 0 || !text.as_bytes()[i - 1].is_ascii_alphanumeric()
    })? + prefix.len();
    let rest = &text[start..];
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(rest.len());
    let body = &rest[..end];
    (!body.is_empty()).then_some(body)
}
