//! Returns (报送): the city sends each district and each line department a **request link**
//! that opens a small form with only that unit's numbers for one month; the unit sends back a
//! **reply link** that carries them, the unit, the month and a checksum. The city pastes many
//! replies at once and sees, before anything is applied, who returned, who is missing, which
//! numbers change what is already entered, and which replies are corrupt, for another plan or
//! another month.
//!
//! A district is asked for every metric and for how many of its certified workers are in
//! manufacturing (the plan's minimum share); a department for its count of the metric the
//! departments share (附件2).
//!
//! Both links are `r2.`/`a2.` followed by URL-safe base64 of a compact binary form (postcard);
//! a reply ends in a CRC-32 of everything before it, so a damaged or hand-edited reply is caught.
//! Format 1 (`r1.`/`a1.`, districts only) is still read. A plan is recognised by a fingerprint
//! of its structure (year, district and metric names), not its quotas, which may be
//! reallocated mid-year.
//!
//! The files: `units` (who returns and what each is asked), `link` (what both links share: a
//! plan's fingerprint, a link's body found in pasted text), `request_link` and `reply_link`
//! (each link, written and read; the reply's seal) and `paste` (the preview of a paste).

mod link;
mod paste;
mod reply_link;
mod request_link;
mod units;

pub use link::fingerprint;
pub use paste::{preview, Change, Preview};
pub use reply_link::{read_reply, reply, Reply, ReplyProblem};
pub use request_link::{is_request, read_request, request, AboveWhole, Request};
pub use units::{Asked, Unit};

/// The request link's prefix and format.
pub const REQUEST_PREFIX: &str = "r2.";
/// The reply link's prefix and format.
pub const REPLY_PREFIX: &str = "a2.";
/// Format 1's prefixes, still read: districts only, one value per metric.
const LEGACY_PREFIXES: (&str, &str) = ("r1.", "a1.");
/// The longest link text read (a reply of many metrics is far shorter).
pub const MAX_LINK_CHARS: usize = 4_096;
/// The most replies read from one paste.
pub const MAX_REPLIES: usize = 2_000;
