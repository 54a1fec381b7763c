//! English interface strings.

use super::Texts;

pub(super) const TEXTS: Texts = Texts {
    app_name: "Quota Planner",
    html_lang: "en",
    switch_lang: "中文",
    switch_lang_label: "Switch to Chinese",
    plan_table_caption: "District quotas",
    district: "District",
    city_total: "City total",
    other_targets: "Other targets",
    issued_by: "Issued by",
    year: "Year",
    training_bases: "New municipal training bases",
    municipal_competitions: "Municipal skills competitions",
    county_competitions: "County-level competitions",
    pilot_enterprises: "Enterprises piloting skill certification",
    manufacturing_share: "Manufacturing share of certified workers",
    allowance_technician: "Allowance, scarce-trade technician",
    allowance_senior_technician: "Allowance, scarce-trade senior technician",
    at_least: "≥ ",
    yuan_per_month: " yuan/month",
    colon: ": ",
    overflow: "Numbers too large to add up",
};
