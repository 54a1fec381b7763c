//! Helpers below the domain: they know a [`Quota`](crate::Quota) at most, nothing of plans or
//! scenarios.
//!
//! - [`order`]: sorting through one compiled sort (each `sort_by` of its own type was 3.7 KB of
//!   the page).
//! - [`parse`]: numbers as planners type and paste them (full-width, separators, blocks).
//! - `crc`: the CRC-32 the ZIP container and the return links' seal share.

pub(crate) mod crc;
pub mod order;
pub mod parse;
