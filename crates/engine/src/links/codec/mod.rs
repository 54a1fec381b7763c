//! Share links: a workspace as a short, URL-safe text that reopens exactly the same numbers.
//!
//! A link is `v1.` followed by URL-safe base64 (no padding) of a postcard-encoded [`Patch`](patch::Patch):
//! only what differs from the built-in 2021 plan, so the unchanged default is a handful of
//! characters. Actuals travel as a presence bitmap plus monthly increments (small numbers,
//! short varints); the generated sample data travels as one flag. Every way a link can be
//! broken — not base64, truncated, tampered, from a newer version, too long — is a
//! [`LinkError`]; decoding never panics and never allocates beyond the link's size.
//!
//! The files: `patch` (the shapes a link carries), `packed` (monthly counts as bits and
//! increments), `write` ([`encode`]) and `read` ([`decode`]).

mod packed;
mod patch;
mod read;
mod write;

pub use read::decode;
pub use write::encode;

use thiserror::Error;

/// The link format written now.
pub const VERSION: u8 = 1;
/// The longest link text decoded (a longer one is refused before any work).
pub const MAX_LINK_CHARS: usize = 200_000;

/// Why a link could not be opened.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum LinkError {
    /// Nothing after the `#`.
    #[error("the link is empty")]
    Empty,
    /// Not a Quota Planner link at all.
    #[error("not a Quota Planner link")]
    NotALink,
    /// Made by a newer version of the app.
    #[error("made by a newer version (format {found}, this app reads up to {supported})")]
    FutureVersion {
        /// The link's format version.
        found: u32,
        /// The newest this app reads.
        supported: u32,
    },
    /// Longer than any link the app writes.
    #[error("too long ({chars} characters)")]
    TooLong {
        /// Its length.
        chars: usize,
    },
    /// Characters that are not URL-safe base64: cut or altered in transit.
    #[error("damaged: it contains characters a link cannot have")]
    BadCharacters,
    /// The data ends early or does not decode: truncated or tampered with.
    #[error("damaged: it was cut short or altered")]
    Corrupt,
    /// It decodes, but into numbers that do not form a valid plan.
    #[error("its numbers do not form a valid plan")]
    Invalid,
}
