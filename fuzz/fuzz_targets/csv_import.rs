//! Any file — CSV text or XLSX bytes — must import into a bounded preview (or a reason),
//! never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quota_engine::default_plan::plan_2021;
use quota_engine::formats::import::{actuals_csv, plan_csv, plan_table, read_csv, Source, MAX_FIELDS, MAX_LINES};

fuzz_target!(|data: &[u8]| {
    if let Ok(preview) = plan_table(&plan_2021(), &Source::Workbook(data.to_vec())) {
        assert_eq!(preview.values.len(), 14);
    }
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(lines) = read_csv(text) {
            assert!(lines.len() <= MAX_LINES + 1);
            assert!(lines.iter().all(|l| l.len() <= MAX_FIELDS));
        }
        let plan = plan_2021();
        for preview in [plan_csv(&plan, text), actuals_csv(&plan, text)].into_iter().flatten() {
            assert_eq!(preview.values.len(), plan.districts.len());
        }
    }
});
