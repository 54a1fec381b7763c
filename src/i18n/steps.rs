//! The strings of the bulletin screen's steps (收数 → 核对 → 亮灯 → 通报): the steps' navigation,
//! the month's status above it and the checks' panel; the values in `zh/steps.rs` and
//! `en/steps.rs`.

/// The steps of the month, their status line and the checks.
#[derive(Debug)]
pub struct StepsTexts {
    /// Accessible name of the steps' navigation.
    pub nav: &'static str,
    /// The first step: the returns and the month grids.
    pub collect: &'static str,
    /// The second step: what the checks flag.
    pub check: &'static str,
    /// The third step: the lights and the departments.
    pub lights: &'static str,
    /// The fourth step: the bulletin, the mid-year review and the 通报.
    pub report: &'static str,
    /// What the first step is for.
    pub collect_hint: &'static str,
    /// What the second step is for.
    pub check_hint: &'static str,
    /// What the third step is for.
    pub lights_hint: &'static str,
    /// What the fourth step is for.
    pub report_hint: &'static str,
    /// Heading of the status, for the month's name ("6月").
    pub status_heading: fn(&str) -> String,
    /// Districts that returned, of all.
    pub districts_reported: fn(usize, usize) -> String,
    /// Departments that returned, of all.
    pub departments_reported: fn(usize, usize) -> String,
    /// How many counts the checks flag.
    pub findings: fn(usize) -> String,
    /// Heading of the checks' panel, for the month's name.
    pub check_heading: fn(&str) -> String,
    /// Sub-heading: who has returned.
    pub returns_heading: &'static str,
    /// Every district and department returned.
    pub all_returned: &'static str,
    /// The districts that returned nothing, listed.
    pub districts_missing: fn(&str) -> String,
    /// The departments that returned nothing, listed.
    pub departments_missing: fn(&str) -> String,
    /// A district that returned some metrics but not these (listed).
    pub incomplete: fn(&str, &str) -> String,
    /// Sub-heading: cumulative counts below an earlier month's.
    pub decreases_heading: &'static str,
    /// Sub-heading: "of which" counts above their whole.
    pub above_heading: &'static str,
    /// Nothing flagged.
    pub nothing_flagged: &'static str,
    /// A flagged count: whose count of what, and the month.
    pub flagged: fn(&str, &str) -> String,
    /// The link back to the first step, to correct what is flagged.
    pub go_collect: &'static str,
}
