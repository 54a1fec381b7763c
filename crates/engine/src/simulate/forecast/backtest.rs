//! How the method would have done: the forecast made at the end of last month, from the
//! months known then, of this month's cumulative count, set against what was reported. A
//! planner sees per district whether this month fell inside last month's P10–P90 and how far
//! the median was off, and over the districts how often the range held (about 80 % if the
//! method is honest).

use super::{models, summarize, year_left, Settings, MONTHS};
use crate::error::SimulationError;
use crate::simulate::{Actuals, Month};
use crate::{EngineError, MetricId, Plan, Quota};
use serde::{Deserialize, Serialize};

/// The fewest months of actuals (the month looked at included) a backtest is shown for: with
/// fewer, last month's forecast rests on two or three months and says little about the method.
pub const MIN_BACKTEST_MONTHS: u8 = 4;

/// Last month's forecast of this month for one district, and what was reported.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BacktestLine {
    /// The district.
    pub district: usize,
    /// Forecast of this month's cumulative count: 10th percentile.
    pub p10: Quota,
    /// Median.
    pub p50: Quota,
    /// 90th percentile.
    pub p90: Quota,
    /// This month's reported cumulative count, when the district reported this month.
    pub actual: Option<Quota>,
}

impl BacktestLine {
    /// Whether this month's report fell inside last month's P10–P90.
    #[must_use]
    pub fn inside(&self) -> Option<bool> {
        self.actual.map(|a| self.p10 <= a && a <= self.p90)
    }

    /// The median's error against the report, in tenths of a percent of the report (signed:
    /// positive when the forecast was too high).
    #[must_use]
    pub fn error_permille(&self) -> Option<i64> {
        let actual = i128::from(self.actual?.get());
        if actual == 0 {
            return None;
        }
        let difference = i128::from(self.p50.get()) - actual;
        i64::try_from((difference * 1_000 + difference.signum() * actual / 2) / actual).ok()
    }
}

/// The backtest of one metric at one month.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Backtest {
    /// The month looked at; the forecast was made from the month before.
    pub month: Month,
    /// One line per district that had reported by last month.
    pub lines: Vec<BacktestLine>,
}

impl Backtest {
    /// How many districts reported this month, and how many of those fell inside the range.
    #[must_use]
    pub fn held(&self) -> (usize, usize) {
        let judged: Vec<bool> = self.lines.iter().filter_map(BacktestLine::inside).collect();
        (
            judged.len(),
            judged.iter().filter(|&&inside| inside).count(),
        )
    }
}

/// Last month's forecast of `month` for `metric`, against what was reported in `month`;
/// refused before [`MIN_BACKTEST_MONTHS`] or when nobody had reported by last month.
pub fn backtest(
    plan: &Plan,
    actuals: &Actuals,
    metric: MetricId,
    month: Month,
    settings: &Settings,
) -> Result<Backtest, EngineError> {
    actuals.validate(plan)?;
    let too_early = EngineError::Simulation(SimulationError::TooFewMonths {
        needed: MIN_BACKTEST_MONTHS,
        month: month.get(),
    });
    if month.get() < MIN_BACKTEST_MONTHS {
        return Err(too_early);
    }
    let before = Month::new(month.get() - 1)?;
    let districts = plan.districts.len();
    actuals.require_some(metric, districts, before)?;
    // What was known at the end of last month.
    let mut known = actuals.clone();
    for rows in &mut known.cumulative {
        for months in rows {
            for slot in &mut months[month.index()..] {
                *slot = None;
            }
        }
    }
    let quotas = plan
        .metrics
        .get(metric)
        .map(|m| m.quotas.as_slice())
        .unwrap_or_default();
    let ahead = year_left(before, &settings.profile) - year_left(month, &settings.profile);
    let (models, _) = models(&known, metric, quotas, before, settings, ahead);
    let (ends, _) = super::simulate(
        &models,
        metric,
        month.index()..month.index() + 1,
        ahead,
        settings,
    );
    let lines = ends
        .into_iter()
        .enumerate()
        .filter(|&(d, _)| known.reported(metric, d, before))
        .map(|(d, ends)| {
            let line = summarize(
                Some(d),
                Quota::ZERO,
                Quota::ZERO,
                ends,
                Quota::ZERO,
                month,
                &[1; MONTHS],
            );
            BacktestLine {
                district: d,
                p10: line.p10,
                p50: line.p50,
                p90: line.p90,
                actual: actuals
                    .cumulative
                    .get(metric)
                    .and_then(|rows| rows.get(d))
                    .and_then(|months| months[month.index()]),
            }
        })
        .collect();
    Ok(Backtest { month, lines })
}
