//! The edits of the actuals, the simulation settings and reallocated quotas;
//! [`Workspace::apply`](super::Workspace::apply) hands them here.

use crate::error::{EditError, SimulationError};

use super::{Edit, Workspace};
use crate::simulate::actuals::{sample, SAMPLE_PROFILE};
use crate::simulate::{forecast, Actuals};
use crate::{EngineError, Quota};

impl Workspace {
    /// Edits of the actuals, the simulation settings and reallocated quotas.
    pub(super) fn apply_simulation(&mut self, edit: &Edit) -> Result<(), EngineError> {
        let districts = self.plan.districts.len();
        let check_district = |district| self.check_district(district);
        match edit {
            Edit::SetActual {
                metric,
                district,
                month,
                value,
            } => {
                check_district(*district)?;
                self.rules_mut(*metric)?;
                self.ensure_actuals();
                self.actuals.cumulative[*metric][*district][month.index()] = *value;
                self.actuals.sample = false;
            }
            Edit::PasteActuals {
                metric,
                district,
                month,
                values,
            } => {
                self.rules_mut(*metric)?;
                self.ensure_actuals();
                let rows = &mut self.actuals.cumulative[*metric];
                for (r, cells) in values.iter().enumerate() {
                    for (c, cell) in cells.iter().enumerate() {
                        let slot = rows
                            .get_mut(district + r)
                            .and_then(|months| months.get_mut(month.index() + c));
                        if let (Some(slot), Some(value)) = (slot, cell) {
                            *slot = Some(*value);
                        }
                    }
                }
                self.actuals.sample = false;
            }
            Edit::LoadSample => {
                self.actuals = sample(&self.plan);
                // Forecast with the profile the sample follows, so its projections make sense.
                self.simulation.forecast.profile = SAMPLE_PROFILE;
            }
            Edit::ClearActuals => self.actuals = Actuals::default(),
            Edit::SetAsOf { month } => self.simulation.as_of = *month,
            Edit::ChangeForecast { change } => {
                let settings = self.simulation.forecast.with(change);
                check_forecast(&settings, districts)?;
                self.simulation.forecast = settings;
            }
            Edit::SetQuotas { metric, quotas } => {
                self.rules_mut(*metric)?;
                let before = self.plan.metric_total(*metric)?;
                let after = Quota::sum(quotas.iter().copied())?;
                if quotas.len() != districts || before != after {
                    return Err(EngineError::Edit(EditError::TotalChanged { before, after }));
                }
                self.plan.metrics[*metric].quotas.clone_from(quotas);
            }
            // Dispatched elsewhere by `apply`; listed so that a new edit fails to compile here.
            Edit::SetQuota { .. }
            | Edit::SetTotal { .. }
            | Edit::Reapportion { .. }
            | Edit::Paste { .. }
            | Edit::SetLock { .. }
            | Edit::SetMethod { .. }
            | Edit::SetBase { .. }
            | Edit::SetStep { .. }
            | Edit::SetBounds { .. }
            | Edit::RenameDistrict { .. }
            | Edit::AddDistrict { .. }
            | Edit::RemoveDistrict { .. }
            | Edit::RenameMetric { .. }
            | Edit::AddMetric { .. }
            | Edit::RemoveMetric { .. }
            | Edit::SetTitle { .. }
            | Edit::SetYear { .. }
            | Edit::Matrix(_) => {}
        }
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
