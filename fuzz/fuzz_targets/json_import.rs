//! Any file must import to a valid workspace or a `FileError`, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quota_engine::formats::file::from_json;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(workspace) = from_json(text) {
            assert!(workspace.validate().is_ok());
        }
    }
});
