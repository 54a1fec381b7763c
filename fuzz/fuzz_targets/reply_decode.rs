//! Any pasted text must read as replies or problems, never a panic; a reply that reads must
//! write back to a link that reads as itself, and a request that reads must be well formed.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quota_engine::links::returns::{preview, read_reply, read_request, reply, Asked};
use quota_engine::simulate::Month;
use quota_engine::workspace::Workspace;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(found) = read_reply(text) {
            assert_eq!(read_reply(&reply(&found)), Ok(found));
        }
        if let Some(request) = read_request(text) {
            assert!((1..=12).contains(&request.month));
            assert!(request.asks.iter().all(|(asked, _)| match asked {
                Asked::Metric(m) => (*m as usize) < request.metrics.len(),
                Asked::Manufacturing => true,
            }));
            // Its "of which" pairs name two different numbers it asks for.
            let asked = |a: &Asked| request.asks.iter().any(|(x, _)| x == a);
            assert!(request.wholes.iter().all(|(p, w)| p != w && asked(p) && asked(w)));
            let typed: Vec<(Asked, u64)> = request.asks.iter().map(|&(a, _)| (a, u64::MAX)).collect();
            assert!(request.above_whole(&typed).is_empty());
        }
        let shown = preview(&Workspace::default_2021(), Month::JUNE, text);
        // 14 districts and 13 departments: each has replied or is missing.
        assert!(shown.replies.len() + shown.missing.len() == 27);
    }
});
