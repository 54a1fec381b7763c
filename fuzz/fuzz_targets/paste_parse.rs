//! Any pasted text must parse into a bounded block of cells, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quota_engine::support::parse::{parse_block, MAX_PASTE_COLUMNS, MAX_PASTE_ROWS};

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let block = parse_block(text);
        assert!(block.rows.len() <= MAX_PASTE_ROWS);
        assert!(block.rows.iter().all(|row| row.len() <= MAX_PASTE_COLUMNS));
    }
});
