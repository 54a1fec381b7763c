//! English: the decomposition screen's table, chart, structure editor and other targets.

use crate::i18n::grouped as g;
use crate::i18n::plan::PlanTexts;

pub(super) const TEXTS: PlanTexts = PlanTexts {
    caption: "District quotas",
    city_prefix: "City",
    lock_prefix: "Lock",
    pages: "Pages",
    previous_page: "Previous",
    next_page: "Next",
    showing_rows,
    share: "Share",
    vs_published: "vs published",
    vs_previous: "vs previous",
    exceeds: "exceeds",
    below_minimum: |min| format!("below its minimum {}", g(min)),
    above_maximum: |max| format!("above its maximum {}", g(max)),
    chart_heading: "Quota chart",
    other_targets: "Other targets",
    manufacturing_share: "Manufacturing share of certified workers",
    allowance_technician: "Allowance, scarce-trade technician",
    allowance_senior_technician: "Allowance, scarce-trade senior technician",
    at_least: "≥ ",
    yuan_per_month: " yuan/month",
    structure_heading: "Edit the plan's structure",
    title_label: "Plan title",
    add_district: "Add district",
    add_metric: "Add metric",
    name_of: "Name of",
    new_district: "New district",
    new_metric: "New metric",
    blank_title: "New plan",
    blank_district: "District 1",
};

fn showing_rows(first: usize, last: usize, total: usize) -> String {
    format!(
        "Rows {}–{} of {} districts",
        g(first as u64),
        g(last as u64),
        g(total as u64)
    )
}
