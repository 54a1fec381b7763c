//! The edits of the actuals, the forecast settings and reallocated quotas;
//! [`Workspace::apply`](super::Workspace::apply) calls them.

use crate::error::{EditError, SimulationError};

use super::Workspace;
use crate::simulate::actuals::{sample, SAMPLE_PROFILE};
use crate::simulate::supervision::LightRules;
use crate::simulate::{forecast, Month, Series, Sheet};
use crate::{EngineError, MetricId, Quota};

impl Workspace {
    /// One cumulative count of `series` at the end of `month`.
    pub(super) fn set_actual(
        &mut self,
        series: Series,
        month: Month,
        value: Option<Quota>,
    ) -> Result<(), EngineError> {
        let departments = self.plan.departments.len();
        match series {
            Series::District { metric, district } => {
                self.check_district(district)?;
                self.rules_mut(metric)?;
            }
            Series::Manufacturing(district) => self.check_district(district)?,
            Series::Department(_) | Series::Countable(_) => {}
        }
        let missing = EngineError::Edit(EditError::NoSuchRegion {
            region: match series {
                Series::Department(d) => d,
                _ => 0,
            },
            count: departments,
        });
        let months = self.actuals.series_mut(&self.plan, series).ok_or(missing)?;
        months[month.index()] = value;
        self.actuals.sample = false;
        Ok(())
    }

    /// A block of cumulative actuals from `row` and `month` on; empty cells and cells past
    /// the grid are skipped.
    pub(super) fn paste_actuals(
        &mut self,
        sheet: Sheet,
        row: usize,
        month: Month,
        values: &[Vec<Option<Quota>>],
    ) -> Result<(), EngineError> {
        if let Sheet::Metric(metric) = sheet {
            self.rules_mut(metric)?;
            self.ensure_actuals();
        }
        let rows = sheet.rows(&self.plan);
        for (r, cells) in values.iter().enumerate() {
            let at = row.saturating_add(r);
            if at >= rows {
                break;
            }
            let Some(months) = self.actuals.series_mut(&self.plan, sheet.series(at)) else {
                continue;
            };
            for (c, cell) in cells.iter().enumerate() {
                let slot = months.get_mut(month.index().saturating_add(c));
                if let (Some(slot), Some(value)) = (slot, cell) {
                    *slot = Some(*value);
                }
            }
        }
        self.actuals.sample = false;
        Ok(())
    }

    /// The deterministic sample actuals, forecast with the profile they follow so that the
    /// projections make sense.
    pub(super) fn load_sample(&mut self) {
        self.actuals = sample(&self.plan);
        self.simulation.forecast.profile = SAMPLE_PROFILE;
    }

    /// The numbers districts and departments returned for `month`.
    pub(super) fn set_returns(
        &mut self,
        month: Month,
        values: &[(Series, Quota)],
    ) -> Result<(), EngineError> {
        for &(series, value) in values {
            self.set_actual(series, month, Some(value))?;
        }
        Ok(())
    }

    /// New light rules, kept only when yellow starts no later than red and red is within the
    /// 100 points a schedule can be behind by.
    pub(super) fn set_light_rules(&mut self, rules: &LightRules) -> Result<(), EngineError> {
        if rules.yellow_points > rules.red_points || rules.red_points > 100 {
            return Err(EngineError::Simulation(SimulationError::LightBands {
                yellow: rules.yellow_points,
                red: rules.red_points,
            }));
        }
        self.supervision.lights = rules.clone();
        Ok(())
    }

    /// One forecast setting changed, relative to the settings as they are.
    pub(super) fn change_forecast(
        &mut self,
        change: &forecast::SettingsChange,
    ) -> Result<(), EngineError> {
        let settings = self.simulation.forecast.with(change);
        check_forecast(&settings, self.plan.districts.len())?;
        self.simulation.forecast = settings;
        Ok(())
    }

    /// New district quotas for `metric` (a reallocation): they must keep its total.
    pub(super) fn set_quotas(
        &mut self,
        metric: MetricId,
        quotas: &[Quota],
    ) -> Result<(), EngineError> {
        self.rules_mut(metric)?;
        let before = self.plan.metric_total(metric)?;
        let after = Quota::sum(quotas.iter().copied())?;
        if quotas.len() != self.plan.districts.len() || before != after {
            return Err(EngineError::Edit(EditError::TotalChanged { before, after }));
        }
        self.plan.metrics[metric].quotas = quotas.to_vec();
        Ok(())
    }
}

/// Forecast settings the engine can run: a path count within the limit, pace changes for
/// districts that exist.
fn check_forecast(settings: &forecast::Settings, districts: usize) -> Result<(), EngineError> {
    if settings.paths == 0 || settings.paths > forecast::MAX_PATHS {
        return Err(EngineError::Simulation(SimulationError::PathsOutOfRange {
            paths: settings.paths,
            limit: forecast::MAX_PATHS,
        }));
    }
    if let Some(knob) = settings.knobs.iter().find(|k| k.district >= districts) {
        return Err(EngineError::Edit(EditError::NoSuchRegion {
            region: knob.district,
            count: districts,
        }));
    }
    Ok(())
}
