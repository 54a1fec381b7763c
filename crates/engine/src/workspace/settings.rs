//! The edits that change a metric's rules or the plan's shape, not quotas by redistribution;
//! [`Workspace::apply`](super::Workspace::apply) hands them here.

use crate::error::RulesError;

use super::{check_name, Edit, Workspace, MAX_NAME_CHARS, MAX_TITLE_CHARS};
use crate::base::weights;
use crate::bounds::check_bounds_hold;
use crate::EngineError;

impl Workspace {
    /// Edits that change settings or the plan's shape, not quotas by redistribution.
    pub(super) fn apply_setting(&mut self, edit: &Edit) -> Result<(), EngineError> {
        let check_district = |district| self.check_district(district);
        match edit {
            Edit::SetLock {
                metric,
                district,
                locked,
            } => {
                check_district(*district)?;
                self.rules_mut(*metric)?.locked[*district] = *locked;
            }
            Edit::SetMethod { metric, method } => self.rules_mut(*metric)?.method = *method,
            Edit::SetBase { metric, base } => {
                // Check the base fits before keeping it.
                weights(base, &self.plan.metrics[*metric].quotas)?;
                self.rules_mut(*metric)?.base = base.clone();
            }
            Edit::SetStep { metric, step } => {
                if *step == 0 {
                    return Err(EngineError::Rules(RulesError::ZeroStep));
                }
                self.rules_mut(*metric)?.step = *step;
            }
            Edit::SetBounds {
                metric,
                district,
                bounds,
            } => {
                check_district(*district)?;
                if bounds.max.is_some_and(|max| max < bounds.min) {
                    return Err(EngineError::Rules(RulesError::BoundsInverted {
                        region: *district,
                        min: bounds.min,
                        max: bounds.max.unwrap_or_default(),
                    }));
                }
                let total = self.plan.metric_total(*metric)?;
                let rules = self.rules_mut(*metric)?;
                let mut all = rules.bounds.clone();
                all[*district] = *bounds;
                check_bounds_hold(&all, total)?;
                rules.bounds = all;
            }
            Edit::RenameDistrict { district, name } => {
                check_district(*district)?;
                check_name(name, MAX_NAME_CHARS)?;
                self.plan.districts[*district].name = name.clone();
            }
            Edit::AddDistrict { name } => {
                check_name(name, MAX_NAME_CHARS)?;
                self.add_district(name.clone())?;
            }
            Edit::RemoveDistrict { district } => {
                check_district(*district)?;
                self.remove_district(*district)?;
            }
            Edit::RenameMetric { metric, name } => {
                self.rules_mut(*metric)?;
                check_name(name, MAX_NAME_CHARS)?;
                self.plan.metrics[*metric].name = name.clone();
            }
            Edit::AddMetric { name, parent } => {
                check_name(name, MAX_NAME_CHARS)?;
                self.add_metric(name.clone(), *parent)?;
            }
            Edit::RemoveMetric { metric } => self.remove_metric(*metric)?,
            Edit::SetTitle { title } => {
                check_name(title, MAX_TITLE_CHARS)?;
                self.plan.title = title.clone();
            }
            Edit::SetYear { year } => self.plan.year = *year,
            Edit::Matrix(edit) => self.edit_matrix(edit)?,
            // Dispatched elsewhere by `apply`; listed so that a new edit fails to compile here.
            Edit::SetQuota { .. }
            | Edit::SetTotal { .. }
            | Edit::Reapportion { .. }
            | Edit::Paste { .. }
            | Edit::SetActual { .. }
            | Edit::PasteActuals { .. }
            | Edit::LoadSample
            | Edit::ClearActuals
            | Edit::SetAsOf { .. }
            | Edit::ChangeForecast { .. }
            | Edit::SetQuotas { .. } => {}
        }
        Ok(())
    }
}
