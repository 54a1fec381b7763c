//! The scenarios bar and the comparison of two scenarios.

/// Scenarios and their comparison.
#[derive(Debug)]
pub struct ScenarioTexts {
    /// UI text: My plan.
    pub first: &'static str,
    /// UI text: Shared scenario.
    pub shared: &'static str,
    /// UI text: Scenario.
    pub label: &'static str,
    /// UI text: New scenario.
    pub new: &'static str,
    /// UI text: Duplicate.
    pub duplicate: &'static str,
    /// UI text: Scenario name.
    pub rename: &'static str,
    /// UI text: Delete scenario.
    pub delete: &'static str,
    /// UI text: Compare with.
    pub compare_with: &'static str,
    /// UI text: No comparison.
    pub no_compare: &'static str,
    /// UI text: Scenario comparison.
    pub compare: &'static str,
    /// UI text: Difference.
    pub difference: &'static str,
    /// Header of the difference in the chance of reaching the quota (percentage points).
    pub chance_difference: &'static str,
    /// A note when the comparison has no chances (no actuals in one of the scenarios).
    pub chance_needs_actuals: &'static str,
    /// UI text:  copy.
    pub copy_suffix: &'static str,
}
