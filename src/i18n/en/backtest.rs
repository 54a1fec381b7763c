//! English: the backtest panel.

use quota_engine::simulate::Month;

use super::common::month_name;
use crate::i18n::backtest::BacktestTexts;

pub(super) const TEXTS: BacktestTexts = BacktestTexts {
    title: "Backtest",
    heading: backtest_heading,
    note: "This month's cumulative count forecast from what was known at the end of last month, set against this month's report, to check the method. If the method is sound, about 80 % of districts fall inside the range.",
    summary: backtest_summary,
    range: "Last month's range (P10–P90)",
    actual: "Reported this month",
    error: "Median's error",
    inside: "Inside the range",
    yes: "Yes",
    no: "No",
};

fn backtest_heading(month: Month) -> String {
    format!(
        "Backtest: last month's forecast of {}",
        month_name(usize::from(month.get()))
    )
}

fn backtest_summary(judged: usize, inside: usize) -> String {
    format!("Of the {judged} districts that reported this month, {inside} fell inside last month's range.")
}
