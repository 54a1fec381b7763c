//! The decomposition screen: the district quota table (pages, deltas, badges), the quota chart,
//! the plan-structure editor and the other targets.

/// The decomposition screen's table, chart, structure editor and other targets.
#[derive(Debug)]
pub struct PlanTexts {
    /// Caption of the district quota table.
    pub caption: &'static str,
    /// Prefix of a city-total input's label ("全市 技能人才培训数").
    pub city_prefix: &'static str,
    /// Prefix of a lock toggle's label ("锁定 鹿城 技能人才培训数").
    pub lock_prefix: &'static str,
    /// Accessible name of the page navigation of a large table.
    pub pages: &'static str,
    /// Previous page.
    pub previous_page: &'static str,
    /// Next page.
    pub next_page: &'static str,
    /// "Rows a–b of n".
    pub showing_rows: fn(usize, usize, usize) -> String,
    /// Header of a share column.
    pub share: &'static str,
    /// Tooltip prefix of a delta against the published plan.
    pub vs_published: &'static str,
    /// Tooltip prefix of a delta against the previous state.
    pub vs_previous: &'static str,
    /// Badge text: a sub-metric exceeds its parent.
    pub exceeds: &'static str,
    /// Badge text: a quota below the minimum set for it.
    pub below_minimum: fn(u64) -> String,
    /// Badge text: a quota above the maximum set for it.
    pub above_maximum: fn(u64) -> String,
    /// Heading of the chart panel.
    pub chart_heading: &'static str,
    /// Heading of the other-targets panel.
    pub other_targets: &'static str,
    /// Manufacturing share label.
    pub manufacturing_share: &'static str,
    /// Technician allowance label.
    pub allowance_technician: &'static str,
    /// Senior technician allowance label.
    pub allowance_senior_technician: &'static str,
    /// "at least" prefix for minimum targets.
    pub at_least: &'static str,
    /// Unit after a monthly allowance.
    pub yuan_per_month: &'static str,
    /// Heading of the plan-structure editor.
    pub structure_heading: &'static str,
    /// Plan title label.
    pub title_label: &'static str,
    /// Add a district.
    pub add_district: &'static str,
    /// Add a metric.
    pub add_metric: &'static str,
    /// Rename field label prefix.
    pub name_of: &'static str,
    /// Name of a new district.
    pub new_district: &'static str,
    /// Name of a new metric.
    pub new_metric: &'static str,
    /// The title of a new blank plan.
    pub blank_title: &'static str,
    /// The first district of a new blank plan.
    pub blank_district: &'static str,
}
