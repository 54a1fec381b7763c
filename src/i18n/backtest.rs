//! The backtest: last month's forecast of this month against this month's report.

use quota_engine::simulate::Month;

/// The backtest panel.
#[derive(Debug)]
pub struct BacktestTexts {
    /// The backtest panel's heading when there is no backtest yet.
    pub title: &'static str,
    /// The backtest panel's heading for the month looked at.
    pub heading: fn(Month) -> String,
    /// What the backtest panel is: last month's forecast of this month, and what to expect.
    pub note: &'static str,
    /// Of `judged` districts that reported this month, `inside` fell in last month's range.
    pub summary: fn(usize, usize) -> String,
    /// Column: last month's P10–P90 of this month.
    pub range: &'static str,
    /// Column: this month's report.
    pub actual: &'static str,
    /// Column: the median's error against the report.
    pub error: &'static str,
    /// Column: whether the report fell inside the range.
    pub inside: &'static str,
    /// Yes (inside the range).
    pub yes: &'static str,
    /// No (outside the range).
    pub no: &'static str,
}
