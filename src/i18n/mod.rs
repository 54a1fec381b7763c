//! Every string the interface shows: one [`Texts`] per language, made of one struct per area
//! of the interface.
//!
//! Components never spell out text: they ask [`texts`] for the [`Texts`] of the current language
//! and read the area they draw (`t.plan`, `t.bulletin`, `t.forecast`…). Each area's struct, and
//! the grammar both languages share (the branching that decides which sentence is said), is in
//! `<area>.rs`; each language fills it in `zh/<area>.rs` and `en/<area>.rs`, so a missing
//! sentence does not compile. Words chosen by an enum are exhaustive functions of it, never
//! arrays read by position. Names that are data (districts, metrics, the plan's title) come
//! from the plan ([`names`]).

pub mod actuals;
pub mod app;
pub mod backtest;
pub mod bulletin;
pub mod common;
pub mod document;
pub mod entry;
pub mod errors;
pub mod files;
pub mod forecast;
pub mod history;
pub mod import;
pub mod labels;
pub mod matrix;
pub mod names;
pub mod plan;
pub mod returns;
pub mod rules;
pub mod scenarios;
pub mod steps;
pub mod stored;
pub mod supervision;
pub mod units;
pub mod why;

mod en;
mod zh;

#[cfg(test)]
mod tests;

use quota_engine::{Lang, Plan, Quota};

pub use labels::{bulletin_labels, light_words, workbook_labels};
pub use names::{
    department_name, district_name, in_both, matrix_place, metric_name, name_list, row_header,
    row_name, series_name, unit_list, unit_name, Lines,
};

/// The interface strings of one language, by area.
#[derive(Debug)]
pub struct Texts {
    /// The language these are the strings of.
    pub lang: Lang,
    /// Words many screens share: district, quota, the colon, month names…
    pub common: common::CommonTexts,
    /// The page around the screens: header, language switch, screen tabs.
    pub app: app::AppTexts,
    /// The decomposition screen's table, chart, structure editor and other targets.
    pub plan: plan::PlanTexts,
    /// The rules panel, the method comparison, ties and paradoxes.
    pub rules: rules::RulesTexts,
    /// How a number came about and what would change it.
    pub why: why::WhyTexts,
    /// The change history, undo and redo.
    pub history: history::HistoryTexts,
    /// The toolbar's files and links.
    pub files: files::FilesTexts,
    /// Typing and pasting numbers.
    pub entry: entry::EntryTexts,
    /// The scenarios and their comparison.
    pub scenarios: scenarios::ScenarioTexts,
    /// Why the engine refused an edit or a calculation.
    pub errors: errors::ErrorTexts,
    /// The month grid of cumulative actuals.
    pub actuals: actuals::ActualsTexts,
    /// The monthly bulletin.
    pub bulletin: bulletin::BulletinTexts,
    /// The year-end forecast, its settings, the reallocation and the allowance budget.
    pub forecast: forecast::ForecastTexts,
    /// The backtest of the forecast.
    pub backtest: backtest::BacktestTexts,
    /// The department matrix screen.
    pub matrix: matrix::MatrixTexts,
    /// CSV import of the plan and the actuals.
    pub import: import::ImportTexts,
    /// The report on the browser's saved data.
    pub stored: stored::StoredTexts,
    /// The traffic lights and the phased targets.
    pub supervision: supervision::SupervisionTexts,
    /// The bulletin document (通报).
    pub document: document::DocumentTexts,
    /// Returns from the districts: request links, the district's form, the paste of replies.
    pub returns: returns::ReturnsTexts,
    /// The departments', manufacturing and countable returns and their lights.
    pub units: units::UnitsTexts,
    /// The bulletin screen's steps, the month's status and the checks.
    pub steps: steps::StepsTexts,
}

/// The strings of `lang`.
#[must_use]
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Zh => &zh::TEXTS,
        Lang::En => &en::TEXTS,
    }
}

/// The language the switch button leads to.
#[must_use]
pub fn other(lang: Lang) -> Lang {
    match lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    }
}

/// A quota with thousands separators.
#[must_use]
pub fn grouped(value: u64) -> String {
    Quota::new(value).grouped()
}

/// A quota with thousands separators (the same, for a [`Quota`]).
#[must_use]
pub(crate) fn q(value: Quota) -> String {
    value.grouped()
}

/// A signed change with thousands separators: `+800`, `−1,200`.
#[must_use]
pub fn signed(before: u64, after: u64) -> String {
    if after >= before {
        format!("+{}", grouped(after - before))
    } else {
        format!("−{}", grouped(before - after))
    }
}

/// A decimal with two places and thousands separators, for exact shares: `11,903.47`.
#[must_use]
pub fn decimal(value: f64) -> String {
    if !value.is_finite() {
        return "—".to_owned();
    }
    let text = format!("{value:.2}");
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, "00"));
    let whole = whole
        .parse::<u64>()
        .map_or_else(|_| whole.to_owned(), grouped);
    format!("{whole}.{fraction}")
}

/// Tenths of a point as `12.3`, for rates and gaps in sentences.
#[must_use]
pub(crate) fn tenths(value: u64) -> String {
    format!("{}.{}", value / 10, value % 10)
}

/// An engine error as a sentence in `lang`.
#[must_use]
pub fn describe(lang: Lang, err: &quota_engine::EngineError, plan: &Plan) -> String {
    (texts(lang).errors.engine)(err, plan)
}
