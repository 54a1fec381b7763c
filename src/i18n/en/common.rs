//! English: the words many screens share.

use quota_engine::simulate::Countable;

use crate::i18n::common::CommonTexts;

pub(super) const TEXTS: CommonTexts = CommonTexts {
    district: "District",
    metric: "Metric",
    city: "City",
    city_total: "City total",
    quota: "Quota",
    done: "Done",
    colon: ": ",
    list_separator: ", ",
    overflow: "Numbers too large to add up",
    dismiss: "Dismiss",
    row: "row",
    column: "column",
    remove: "Remove",
    step: "Rounding step",
    as_of: "As of",
    not_reported: "Not reported",
    export_csv: "Export CSV",
    year: "Year",
    month_name,
    clause_separator: "; ",
    full_stop: '.',
    percent_sign: " %",
    countable,
};

pub(super) fn month_name(month: usize) -> String {
    const NAMES: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    NAMES
        .get(month.wrapping_sub(1))
        .map_or_else(|| month.to_string(), |n| (*n).to_owned())
}

fn countable(countable: Countable) -> &'static str {
    match countable {
        Countable::TrainingBases => "New municipal training bases",
        Countable::MunicipalCompetitions => "Municipal skills competitions",
        Countable::CountyCompetitions => "County-level competitions",
        Countable::PilotEnterprises => "Enterprises piloting skill certification",
    }
}
