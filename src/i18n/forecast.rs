//! The year-end forecast: its table and charts, its settings, the mid-year reallocation and the
//! allowance budget.

use quota_engine::simulate::forecast::SettingsWarning;
use quota_engine::simulate::Month;
use quota_engine::Plan;

/// The year-end forecast, its settings, the reallocation and the allowance budget.
#[derive(Debug)]
pub struct ForecastTexts {
    /// UI text: Year-end forecast.
    pub heading: &'static str,
    /// While a forecast is worked out (the number of paths).
    pub computing: fn(u32) -> String,
    /// The note when a large plan runs fewer Monte Carlo paths.
    pub fewer_paths: fn(u32) -> String,
    /// UI text: Run-rate.
    pub run_rate: &'static str,
    /// UI text: Seasonal.
    pub seasonal: &'static str,
    /// UI text: P10.
    pub p10: &'static str,
    /// UI text: Median.
    pub p50: &'static str,
    /// UI text: P90.
    pub p90: &'static str,
    /// UI text: Chance to reach.
    pub probability: &'static str,
    /// UI text: Needed per month.
    pub required_pace: &'static str,
    /// UI text: Recent pace.
    pub recent_pace: &'static str,
    /// The month from which a district's pace has changed, as a note beside its name.
    pub pace_changed: fn(Month) -> String,
    /// Heading of the cumulative path chart.
    pub path_heading: &'static str,
    /// Legend of the cumulative path chart.
    pub path_legend: &'static str,
    /// Legend of the range chart.
    pub fan_legend: &'static str,
    /// UI text: Year-end range (P10–P90).
    pub fan_heading: &'static str,
    /// UI text: Mid-year reallocation.
    pub realloc_heading: &'static str,
    /// UI text: The city quota is split again by each district's projected year-end (median); no new quota is below what is already done..
    pub realloc_note: &'static str,
    /// UI text: Use the new quotas.
    pub apply_realloc: &'static str,
    /// UI text: Old quota.
    pub old_quota: &'static str,
    /// UI text: New quota.
    pub new_quota: &'static str,
    /// UI text: Old chance.
    pub old_probability: &'static str,
    /// UI text: New chance.
    pub new_probability: &'static str,
    /// UI text: Allowance budget.
    pub allowance_heading: &'static str,
    /// UI text: New scarce-trade technicians.
    pub technicians: &'static str,
    /// UI text: New senior technicians.
    pub seniors: &'static str,
    /// UI text: Months paid.
    pub months_paid: &'static str,
    /// UI text: Per month.
    pub per_month: &'static str,
    /// UI text: In total.
    pub in_total: &'static str,
    /// UI text: yuan.
    pub yuan: &'static str,
    /// UI text: Forecast settings.
    pub settings: &'static str,
    /// UI text: Seasonal weights.
    pub profile: &'static str,
    /// UI text: Flat.
    pub flat: &'static str,
    /// UI text: Spring-Festival dip, year-end push.
    pub spring: &'static str,
    /// UI text: Paths.
    pub paths: &'static str,
    /// UI text: Seed.
    pub seed: &'static str,
    /// UI text: Spread (‰).
    pub cv: &'static str,
    /// UI text: City-wide shock (‰).
    pub city_shock: &'static str,
    /// UI text: Month lost city-wide.
    pub lost_month: &'static str,
    /// UI text: None.
    pub none: &'static str,
    /// UI text: Pace changes.
    pub knobs: &'static str,
    /// UI text: Add a pace change.
    pub add_knob: &'static str,
    /// UI text: From.
    pub knob_from: &'static str,
    /// UI text: Pace (%).
    pub knob_percent: &'static str,
    /// A forecast setting that is legal but probably not meant.
    pub warning: fn(&SettingsWarning, &Plan) -> String,
}
