//! English: the year-end forecast, its settings, the reallocation and the allowance budget.

use quota_engine::simulate::Month;
use quota_engine::Plan;

use super::common::month_name;
use super::L;
use crate::i18n::forecast::ForecastTexts;
use crate::i18n::{district_name as dn, grouped as g};

pub(super) const TEXTS: ForecastTexts = ForecastTexts {
    heading: "Year-end forecast",
    computing: |paths| format!("Computing ({paths} simulated paths)…"),
    fewer_paths,
    run_rate: "Run-rate",
    seasonal: "Seasonal",
    p10: "P10",
    p50: "Median",
    p90: "P90",
    probability: "Chance to reach",
    required_pace: "Needed per month",
    recent_pace: "Recent pace",
    pace_changed,
    path_heading: "Cumulative done against the target path",
    path_legend: "Solid: cumulative done; dashed: the target path at an even pace; blue: year-end forecast P10–P90",
    fan_legend: "Bar: P10–P90; dark line: median; dashed line: the quota",
    fan_heading: "Year-end range (P10–P90)",
    realloc_heading: "Mid-year reallocation",
    realloc_note: "The city quota is split again by each district's projected year-end (median); no new quota is below what is already done.",
    apply_realloc: "Use the new quotas",
    old_quota: "Old quota",
    new_quota: "New quota",
    old_probability: "Old chance",
    new_probability: "New chance",
    allowance_heading: "Allowance budget",
    technicians: "New scarce-trade technicians",
    seniors: "New senior technicians",
    months_paid: "Months paid",
    per_month: "Per month",
    in_total: "In total",
    yuan: "yuan",
    settings: "Forecast settings",
    profile: "Seasonal weights",
    flat: "Flat",
    spring: "Spring-Festival dip, year-end push",
    paths: "Paths",
    seed: "Seed",
    cv: "Spread (‰)",
    city_shock: "City-wide shock (‰)",
    lost_month: "Month lost city-wide",
    none: "None",
    knobs: "Pace changes",
    add_knob: "Add a pace change",
    knob_from: "From",
    knob_percent: "Pace (%)",
    warning: forecast_warning,
};

fn pace_changed(month: Month) -> String {
    format!(
        "pace changed from {}; forecast at the new pace",
        month_name(usize::from(month.get()))
    )
}

fn fewer_paths(paths: u32) -> String {
    format!("A large plan: {paths} paths were run so that the page stays responsive.")
}

fn forecast_warning(w: &quota_engine::simulate::forecast::SettingsWarning, plan: &Plan) -> String {
    use quota_engine::simulate::forecast::SettingsWarning;
    match w {
        SettingsWarning::ProfileAllZero => "Every seasonal weight is 0: the forecast expects nothing more to be done. Please check the weights.".to_owned(),
        SettingsWarning::ProfileZeroSoFar { month } => format!(
            "The seasonal weights up to {} are all 0: the pace so far cannot be read from the actuals and counts as zero. Please check the weights.",
            month_name(usize::from(month.get()))
        ),
        SettingsWarning::ExtremePace { district, percent } => format!(
            "The pace of {} is set to {}% ({} times), far beyond what happens; possibly a typing slip.",
            dn(plan, *district, L),
            g(u64::from(*percent)),
            g(u64::from(*percent / 100))
        ),
    }
}
