//! Every edit a planner makes, as data ([`Edit`]), and whether one would change anything
//! ([`Workspace::holds`]). `apply.rs` is the one place that applies it.

use serde::{Deserialize, Serialize};

use super::Workspace;
use crate::apportion::{Bounds, Method};
use crate::base::Base;
use crate::matrix::MatrixEdit;
use crate::simulate::supervision::{DocumentHeader, LightRules, PhaseProfile};
use crate::simulate::{forecast, Month, Series, Sheet};
use crate::{MetricId, Name, Quota};

/// Something a planner does to the workspace.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Edit {
    /// Set one quota; the difference is spread over the other unlocked districts.
    SetQuota {
        /// Metric.
        metric: MetricId,
        /// District.
        district: usize,
        /// New value.
        value: Quota,
    },
    /// Set a metric's city total; the difference is spread over the unlocked districts.
    SetTotal {
        /// Metric.
        metric: MetricId,
        /// New total.
        total: Quota,
    },
    /// Lock or unlock a quota.
    SetLock {
        /// Metric.
        metric: MetricId,
        /// District.
        district: usize,
        /// Locked or not.
        locked: bool,
    },
    /// Choose a metric's method.
    SetMethod {
        /// Metric.
        metric: MetricId,
        /// Method.
        method: Method,
    },
    /// Choose a metric's base.
    SetBase {
        /// Metric.
        metric: MetricId,
        /// Base.
        base: Base,
    },
    /// Choose a metric's rounding step.
    SetStep {
        /// Metric.
        metric: MetricId,
        /// Step, at least 1.
        step: u64,
    },
    /// Set a district's bounds for a metric.
    SetBounds {
        /// Metric.
        metric: MetricId,
        /// District.
        district: usize,
        /// Bounds.
        bounds: Bounds,
    },
    /// Split a metric's total afresh by its method, base and rules.
    Reapportion {
        /// Metric.
        metric: MetricId,
    },
    /// Put pasted values into the table, from a top-left cell; `None` cells are skipped.
    Paste {
        /// Top-left metric.
        metric: MetricId,
        /// Top-left district.
        district: usize,
        /// Values by row (district) and column (metric).
        values: Vec<Vec<Option<Quota>>>,
    },
    /// Enter (or clear) one cumulative actual: a district's, a department's, the manufacturing
    /// "of which" or a countable target.
    SetActual {
        /// Whose count of what.
        series: Series,
        /// Month.
        month: Month,
        /// Cumulative count by the end of the month; `None` clears it.
        value: Option<Quota>,
    },
    /// Put a pasted block into one month grid, from a top-left (row, month); `None` cells and
    /// cells past the grid are skipped.
    PasteActuals {
        /// The grid.
        sheet: Sheet,
        /// Top-left row.
        row: usize,
        /// Top-left month.
        month: Month,
        /// Values by row (district) and column (month).
        values: Vec<Vec<Option<Quota>>>,
    },
    /// Enter the numbers districts and departments returned for `month`, all at once (one
    /// undoable edit).
    SetReturns {
        /// The month.
        month: Month,
        /// Each count and the cumulative number returned.
        values: Vec<(Series, Quota)>,
    },
    /// Replace the actuals with the deterministic sample data (示例数据).
    LoadSample,
    /// Remove every actual.
    ClearActuals,
    /// Set the month the bulletin and forecasts are as of.
    SetAsOf {
        /// Month.
        month: Month,
    },
    /// Shape the phased monthly targets by `profile`.
    SetPhaseProfile {
        /// The profile.
        profile: PhaseProfile,
    },
    /// Judge the lights by `rules`.
    SetLightRules {
        /// The rules.
        rules: LightRules,
    },
    /// The 通报's header and closing paragraphs.
    SetDocument {
        /// The header.
        header: DocumentHeader,
    },
    /// Change one forecast setting, relative to the settings when the edit is made.
    ChangeForecast {
        /// The change.
        change: forecast::SettingsChange,
    },
    /// Give a metric new district quotas (a reallocation); they must keep the city total.
    SetQuotas {
        /// Metric.
        metric: MetricId,
        /// One quota per district.
        quotas: Vec<Quota>,
    },
    /// Rename a district.
    RenameDistrict {
        /// District.
        district: usize,
        /// New name.
        name: Name,
    },
    /// Add a district with zero quotas at the end.
    AddDistrict {
        /// Its name.
        name: Name,
    },
    /// Remove a district and its quotas.
    RemoveDistrict {
        /// District.
        district: usize,
    },
    /// Rename a metric.
    RenameMetric {
        /// Metric.
        metric: MetricId,
        /// New name.
        name: Name,
    },
    /// Add a metric with zero quotas, optionally "of which" part of another.
    AddMetric {
        /// Its name.
        name: Name,
        /// The metric it is part of.
        parent: Option<MetricId>,
    },
    /// Remove a metric; its sub-metrics become part of its parent.
    RemoveMetric {
        /// Metric.
        metric: MetricId,
    },
    /// Change the department matrix.
    Matrix(MatrixEdit),
    /// Retitle the plan.
    SetTitle {
        /// The title.
        title: Name,
    },
    /// Set the plan year.
    SetYear {
        /// The year.
        year: u16,
    },
}

impl Workspace {
    /// Whether `edit` sets a value to what the workspace already holds, so applying it would
    /// change nothing (re-entering a cell's own number is not an edit). Only the edits that
    /// set one value can answer yes; every other edit recomputes and answers no.
    #[must_use]
    pub fn holds(&self, edit: &Edit) -> bool {
        match edit {
            Edit::SetQuota {
                metric,
                district,
                value,
            } => self.plan.quota(*metric, *district) == Some(*value),
            Edit::SetTotal { metric, total } => {
                self.plan.metric_total(*metric).ok() == Some(*total)
            }
            Edit::SetActual {
                series,
                month,
                value,
            } => self
                .actuals
                .series(*series)
                .map_or(value.is_none(), |m| m[month.index()] == *value),
            Edit::Matrix(MatrixEdit::SetDepartmentQuota { row, value }) => {
                self.plan.departments.get(*row).map(|d| d.quota) == Some(*value)
            }
            Edit::Matrix(MatrixEdit::SetCell { row, column, rule }) => {
                self.matrix.rule(*row, *column) == *rule
            }
            // Edits that recompute, or set more than one value.
            Edit::Matrix(_)
            | Edit::SetLock { .. }
            | Edit::SetMethod { .. }
            | Edit::SetBase { .. }
            | Edit::SetStep { .. }
            | Edit::SetBounds { .. }
            | Edit::Reapportion { .. }
            | Edit::Paste { .. }
            | Edit::PasteActuals { .. }
            | Edit::SetReturns { .. }
            | Edit::LoadSample
            | Edit::ClearActuals
            | Edit::SetAsOf { .. }
            | Edit::ChangeForecast { .. }
            | Edit::SetPhaseProfile { .. }
            | Edit::SetLightRules { .. }
            | Edit::SetDocument { .. }
            | Edit::SetQuotas { .. }
            | Edit::RenameDistrict { .. }
            | Edit::AddDistrict { .. }
            | Edit::RemoveDistrict { .. }
            | Edit::RenameMetric { .. }
            | Edit::AddMetric { .. }
            | Edit::RemoveMetric { .. }
            | Edit::SetTitle { .. }
            | Edit::SetYear { .. } => false,
        }
    }
}
