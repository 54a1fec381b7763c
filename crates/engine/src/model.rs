//! The plan: who gets which target.
//!
//! A [`Plan`] has districts (the rows of Annex 1), metrics (its columns, each a quota per district
//! and possibly an "of which" part of another metric), and departments (Annex 2). Totals are not
//! stored: they are computed from the quotas, so they can never disagree with them.

use crate::error::PlanError;
use serde::{Deserialize, Serialize};

use crate::{EngineError, Quota};

/// `value`'s share of `total` in tenths of a percent, rounded half up; `None` for a zero total.
/// (Callers rendering a whole column pass the total once instead of summing per cell.)
#[must_use]
pub fn share_permille(value: Quota, total: Quota) -> Option<u64> {
    let (value, total) = (u128::from(value.get()), u128::from(total.get()));
    if total == 0 {
        return None;
    }
    u64::try_from((value * 2_000 + total) / (2 * total)).ok()
}

/// The language a name is shown in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// Simplified Chinese, the planners' language and the default.
    #[default]
    Zh,
    /// English.
    En,
}

/// A name in both languages. The Chinese one is authoritative; the English one may be empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Name {
    /// Chinese name, e.g. `鹿城`.
    pub zh: String,
    /// English name, e.g. `Lucheng`.
    pub en: String,
}

impl Name {
    /// A name from its Chinese and English forms.
    #[must_use]
    pub fn new(zh: &str, en: &str) -> Self {
        Name {
            zh: zh.to_owned(),
            en: en.to_owned(),
        }
    }

    /// The name in `lang`, falling back to Chinese where no English name was given.
    #[must_use]
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En if !self.en.is_empty() => &self.en,
            _ => &self.zh,
        }
    }
}

/// Index of a metric in [`Plan::metrics`].
pub type MetricId = usize;

/// A county, city or district that receives quotas (县市区).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct District {
    /// Its name.
    pub name: Name,
}

/// One target column, e.g. 技能人才培训数, with a quota per district.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metric {
    /// Its name.
    pub name: Name,
    /// The metric this one is "of which" (其中) part of: in every district this metric's quota
    /// may not exceed the parent's.
    pub parent: Option<MetricId>,
    /// One quota per district, in the order of [`Plan::districts`].
    pub quotas: Vec<Quota>,
}

/// A line department that shares the target (Annex 2).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Department {
    /// Its name, e.g. `市教育局`.
    pub name: Name,
    /// What it is responsible for training, in the document's words.
    pub task: Name,
    /// Its quota in persons (the annex gives 万人: 0.27 万 is 2,700).
    pub quota: Quota,
}

/// The plan's other targets, which are not split across districts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OtherTargets {
    /// Manufacturing's share of newly certified workers should reach at least this percentage.
    pub manufacturing_share_min_pct: u8,
    /// New municipal training bases (市级实训基地).
    pub training_bases: u32,
    /// Municipal skills competitions, at least.
    pub municipal_competitions_min: u32,
    /// County-level skills competitions, at least.
    pub county_competitions_min: u32,
    /// Enterprises piloting in-house skill certification.
    pub pilot_enterprises: u32,
    /// Monthly allowance for a scarce-trade technician (技师), in yuan.
    pub allowance_technician_yuan: u32,
    /// Monthly allowance for a senior technician (高级技师), in yuan.
    pub allowance_senior_technician_yuan: u32,
}

/// A whole plan: the targets and how they are split.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// The plan's title.
    pub title: Name,
    /// Who issued it.
    pub issuer: Name,
    /// The document number, e.g. `温人社发〔2021〕32号`.
    pub document: String,
    /// The plan year.
    pub year: u16,
    /// The districts, in the document's order.
    pub districts: Vec<District>,
    /// The metrics, in the document's order.
    pub metrics: Vec<Metric>,
    /// The departments, in the document's order.
    pub departments: Vec<Department>,
    /// The district metric the department quotas split (certified workers in 2021).
    pub department_metric: MetricId,
    /// Targets that are not split across districts.
    pub other: OtherTargets,
}

impl Plan {
    /// Whether `other` has as many districts and metrics as this plan, so their cells can be
    /// compared one by one.
    #[must_use]
    pub fn same_shape(&self, other: &Plan) -> bool {
        self.districts.len() == other.districts.len() && self.metrics.len() == other.metrics.len()
    }

    /// Checks the plan's shape: one quota per district in every metric, and "of which" parents
    /// that exist and form no cycle.
    pub fn validate(&self) -> Result<(), EngineError> {
        // Every edit keeps one district and one metric; a file or link without them is not a
        // plan (and nothing could be shown or split).
        if self.districts.is_empty() || self.metrics.is_empty() {
            return Err(EngineError::Plan(PlanError::LastOne));
        }
        let expected = self.districts.len();
        for (index, metric) in self.metrics.iter().enumerate() {
            if metric.quotas.len() != expected {
                return Err(EngineError::Plan(PlanError::ShapeMismatch {
                    metric: index,
                    expected,
                    found: metric.quotas.len(),
                }));
            }
            // Walk up the parent chain; more steps than metrics means a cycle.
            let mut current = metric.parent;
            let mut steps = 0;
            while let Some(parent) = current {
                let parent_metric = self.metrics.get(parent);
                if parent == index || parent_metric.is_none() || steps > self.metrics.len() {
                    return Err(EngineError::Plan(PlanError::InvalidParent {
                        metric: index,
                        parent,
                    }));
                }
                current = parent_metric.and_then(|m| m.parent);
                steps += 1;
            }
        }
        Ok(())
    }

    /// The city total of a metric: the sum of its district quotas.
    pub fn metric_total(&self, metric: MetricId) -> Result<Quota, EngineError> {
        self.metrics
            .get(metric)
            .map_or(Ok(Quota::ZERO), |m| Quota::sum(m.quotas.iter().copied()))
    }

    /// The sum of the department quotas.
    pub fn department_total(&self) -> Result<Quota, EngineError> {
        Quota::sum(self.departments.iter().map(|d| d.quota))
    }

    /// The share of `district` in `metric`'s city total, in tenths of a percent, rounded half
    /// up (`None` when the total is zero or the cell does not exist).
    #[must_use]
    pub fn share_permille(&self, metric: MetricId, district: usize) -> Option<u64> {
        let total = self.metric_total(metric).ok()?;
        share_permille(self.quota(metric, district)?, total)
    }

    /// The quota of `district` in `metric`, if both exist.
    #[must_use]
    pub fn quota(&self, metric: MetricId, district: usize) -> Option<Quota> {
        self.metrics
            .get(metric)
            .and_then(|m| m.quotas.get(district))
            .copied()
    }
}
