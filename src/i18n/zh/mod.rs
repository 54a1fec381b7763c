//! 中文界面文字（默认语言）：one file per area, mirroring `src/i18n/<area>.rs`.

mod actuals;
mod app;
mod backtest;
mod bulletin;
mod common;
mod document;
mod entry;
mod errors;
mod files;
mod forecast;
mod history;
mod import;
mod matrix;
mod plan;
mod returns;
mod rules;
mod scenarios;
mod steps;
mod stored;
mod supervision;
mod units;
mod why;

use quota_engine::Lang;

use super::Texts;

/// The language of this module's texts.
const L: Lang = Lang::Zh;

pub(super) const TEXTS: Texts = Texts {
    lang: L,
    common: common::TEXTS,
    app: app::TEXTS,
    plan: plan::TEXTS,
    rules: rules::TEXTS,
    why: why::TEXTS,
    history: history::TEXTS,
    files: files::TEXTS,
    entry: entry::TEXTS,
    scenarios: scenarios::TEXTS,
    errors: errors::TEXTS,
    actuals: actuals::TEXTS,
    bulletin: bulletin::TEXTS,
    forecast: forecast::TEXTS,
    backtest: backtest::TEXTS,
    matrix: matrix::TEXTS,
    import: import::TEXTS,
    stored: stored::TEXTS,
    supervision: supervision::TEXTS,
    document: document::TEXTS,
    returns: returns::TEXTS,
    units: units::TEXTS,
    steps: steps::TEXTS,
};
