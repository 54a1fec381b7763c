//! What the forecast screen shows, worked out in one call: each district's year-end forecast
//! for the open metric and, from it, the mid-year reallocation of the city quota by projected
//! capacity (never below what is done) with the forecast under the new quotas.

use super::Workspace;
use crate::apportion::Method;
use crate::error::SimulationError;
use crate::simulate::bulletin::{bulletin_against, mid_year_review, Bulletin, ReviewLine};
use crate::simulate::document::{facts, MetricFacts};
use crate::simulate::forecast::{backtest, forecast, Backtest, Forecast};
use crate::simulate::realloc::reallocate;
use crate::simulate::supervision::{
    countable_lights, department_lights, lights, manufacturing_lights, phase, LightsGrid,
    PhaseError, Phasing, Yardstick,
};
use crate::simulate::Month;
use crate::{EngineError, MetricId, Quota};
use serde::{Deserialize, Serialize};

/// The reallocated quotas and the forecast under them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reallocation {
    /// The new quota of each district.
    pub quotas: Vec<Quota>,
    /// The forecast with those quotas (districts, then the city).
    pub forecast: Vec<Forecast>,
}

/// The forecast of a metric and its reallocation, each or why it cannot be made.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ForecastReport {
    /// The forecast under the current quotas (districts, then the city).
    pub lines: Result<Vec<Forecast>, EngineError>,
    /// The reallocation (an error also when the forecast failed).
    pub reallocation: Result<Reallocation, EngineError>,
    /// How last month's forecast did on this month.
    pub backtest: Result<Backtest, EngineError>,
}

impl Workspace {
    /// The forecast of `metric` as of the simulation's month, and the reallocation it
    /// suggests. Seeded: the same workspace gives the same numbers.
    #[must_use]
    pub fn forecast_report(&self, metric: MetricId) -> ForecastReport {
        let plan = &self.plan;
        let sim = &self.simulation;
        let quotas = plan
            .metrics
            .get(metric)
            .map(|m| m.quotas.clone())
            .unwrap_or_default();
        let lines = forecast(
            plan,
            &quotas,
            &self.actuals,
            metric,
            sim.as_of,
            &sim.forecast,
        );
        let reallocation = lines
            .as_ref()
            .map_err(Clone::clone)
            .and_then(|lines| self.reallocation(metric, lines));
        let backtest = backtest(plan, &self.actuals, metric, sim.as_of, &sim.forecast);
        ForecastReport {
            lines,
            reallocation,
            backtest,
        }
    }

    /// The city quota of `metric` split again by each district's median projection, never
    /// below what it has done, and the forecast under the new quotas. Refused while a district
    /// has not reported or nobody has made progress: projected capacity would then be read
    /// from silence, and the split would be a guess dressed as a proposal.
    fn reallocation(
        &self,
        metric: MetricId,
        lines: &[Forecast],
    ) -> Result<Reallocation, EngineError> {
        let unreported: Vec<usize> = lines
            .iter()
            .filter(|f| !f.reported)
            .filter_map(|f| f.district)
            .collect();
        if !unreported.is_empty() {
            return Err(EngineError::Simulation(SimulationError::Unreported {
                districts: unreported,
            }));
        }
        if lines.iter().all(|f| f.done == Quota::ZERO) {
            return Err(EngineError::Simulation(SimulationError::NoProgress));
        }
        let districts = lines.iter().filter(|f| f.district.is_some());
        let done: Vec<Quota> = districts.clone().map(|f| f.done).collect();
        let capacity: Vec<u64> = districts.map(|f| f.p50.get().max(1)).collect();
        let total = self.plan.metric_total(metric)?;
        let rules = self.engine_rules(metric)?;
        let method = self
            .rules
            .get(metric)
            .map_or(Method::LargestRemainder, |r| r.method);
        let new = reallocate(total, &done, &capacity, &rules, method)?;
        let sim = &self.simulation;
        let after = forecast(
            &self.plan,
            &new.quotas,
            &self.actuals,
            metric,
            sim.as_of,
            &sim.forecast,
        )?;
        Ok(Reallocation {
            quotas: new.quotas,
            forecast: after,
        })
    }

    /// The bulletin of `metric` as of the simulation's month — against the phased targets
    /// when the light rules measure by them — and, from June on, the mid-year review: what the
    /// bulletin screen shows, in one call.
    #[must_use]
    pub fn bulletin_report(&self, metric: MetricId) -> BulletinReport {
        let sim = &self.simulation;
        let phasing = self.phasing_in_use(metric);
        let bulletin = bulletin_against(
            &self.plan,
            &self.actuals,
            metric,
            sim.as_of,
            sim.band_permille,
            phasing.as_ref(),
        );
        let review =
            (sim.as_of >= Month::JUNE).then(|| mid_year_review(&self.plan, &self.actuals, metric));
        BulletinReport { bulletin, review }
    }
}

/// The bulletin screen's report: the month's bulletin and the mid-year review, each or why it
/// cannot be made (no actuals yet).
#[derive(Clone, Debug, PartialEq)]
pub struct BulletinReport {
    /// The bulletin as of the simulation's month.
    pub bulletin: Result<Bulletin, EngineError>,
    /// The mid-year review, from June on.
    pub review: Option<Result<Vec<ReviewLine>, EngineError>>,
}

/// The supervision panel's report: the phased targets of a metric and its lights, each or why
/// not.
#[derive(Clone, Debug, PartialEq)]
pub struct SupervisionReport {
    /// The phased monthly targets.
    pub phasing: Result<Phasing, PhaseError>,
    /// The lights up to the simulation's month.
    pub lights: Result<LightsGrid, EngineError>,
}

impl Workspace {
    /// The phased targets of `metric` and its lights as of the simulation's month, in one call.
    #[must_use]
    pub fn supervision_report(&self, metric: MetricId) -> SupervisionReport {
        let sup = &self.supervision;
        let phasing = self.phasing(metric);
        let lights = lights(
            &self.plan,
            &self.actuals,
            metric,
            self.simulation.as_of,
            &sup.lights,
            phasing.as_ref().ok(),
        );
        SupervisionReport { phasing, lights }
    }
}

/// The lights of what is returned besides the districts' own counts: the line departments,
/// each district's manufacturing share, and the countable targets; each or why not (nothing
/// returned yet).
#[derive(Clone, Debug, PartialEq)]
pub struct UnitsReport {
    /// The departments' counts of the metric they share.
    pub departments: Result<LightsGrid, EngineError>,
    /// Each district's manufacturing share of its certified workers.
    pub manufacturing: Result<LightsGrid, EngineError>,
    /// The countable targets.
    pub countable: Result<LightsGrid, EngineError>,
}

impl Workspace {
    /// The departments', manufacturing and countable lights as of the simulation's month.
    #[must_use]
    pub fn units_report(&self) -> UnitsReport {
        let (plan, actuals) = (&self.plan, &self.actuals);
        let month = self.simulation.as_of;
        let rules = &self.supervision.lights;
        let profile = self
            .supervision
            .profile
            .weights(&self.simulation.forecast.profile);
        UnitsReport {
            departments: department_lights(plan, actuals, month, rules, &profile),
            manufacturing: manufacturing_lights(plan, actuals, month, rules),
            countable: countable_lights(plan, actuals, month, rules),
        }
    }
}

impl Workspace {
    /// The facts of the 通报 as of the simulation's month: per metric, or why not (no actuals).
    #[must_use]
    pub fn document_facts(&self) -> Vec<Result<MetricFacts, EngineError>> {
        (0..self.plan.metrics.len())
            .map(|metric| {
                let report = self.supervision_report(metric);
                let phased = (self.supervision.lights.yardstick == Yardstick::Phased)
                    .then(|| report.phasing.as_ref().ok())
                    .flatten();
                facts(
                    &self.plan,
                    &self.actuals,
                    metric,
                    self.simulation.as_of,
                    self.simulation.band_permille,
                    report.lights.as_ref().ok(),
                    phased,
                )
            })
            .collect()
    }

    /// The phased targets of `metric` when the light rules measure by them.
    fn phasing_in_use(&self, metric: MetricId) -> Option<Phasing> {
        (self.supervision.lights.yardstick == Yardstick::Phased)
            .then(|| self.phasing(metric).ok())
            .flatten()
    }

    /// The phased monthly targets of `metric`, shaped by the supervision's profile.
    fn phasing(&self, metric: MetricId) -> Result<Phasing, PhaseError> {
        phase(
            &self.plan,
            metric,
            &self.supervision.profile,
            &self.simulation.forecast.profile,
        )
    }
}
