//! Any text after `#` must decode to a valid workspace or a `LinkError`, never a panic, and a
//! decoded workspace must encode and decode to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quota_engine::links::codec::{decode, encode};

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(workspace) = decode(text) {
            assert!(workspace.validate().is_ok());
            assert_eq!(decode(&encode(&workspace)).as_ref(), Ok(&workspace));
        }
    }
});
