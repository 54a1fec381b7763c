//! Shared by the property tests.

use proptest::prelude::ProptestConfig;

/// 10,000 cases per property, or `PROPTEST_CASES` when set (a profile may run more).
pub fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    ProptestConfig::with_cases(cases)
}
