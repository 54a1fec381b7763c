//! Links: what the app puts in an address or hands to its worker, as compact bytes.
//!
//! - [`codec`]: share links that reopen exactly the same scenario.
//! - [`returns`]: the request and reply links of districts and departments (报送), sealed so a
//!   cut or mistyped link is told from a real one, and the preview of a reply.
//! - [`jobs`]: the work handed to the background worker, and its answers, as bytes.
//!
//! Like the formats, they sit above the domain and are imported by nothing in it.

pub mod codec;
pub mod jobs;
pub mod returns;
