//! What the "why this number" panel and the method comparison show, each in one call: a
//! district's number under a method with the rule that decides it and the distances that would
//! flip it, and every method's split of a metric with how far each strays from the exact shares.

use super::Workspace;
use crate::apportion::{allocate, explain, Allocation, Detail, Method, Rules};
use crate::base::Base;
use crate::{EngineError, MetricId, Plan};

/// One district's number under a method, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct CellExplanation {
    /// The split the explanation is about (see [`Workspace::reference_split`]).
    pub split: Allocation,
    /// The district's base in that split.
    pub base: u64,
    /// The rule's numbers and the flip distances.
    pub detail: Detail,
}

/// One method's split of a metric, and how far it strays from the exact shares.
#[derive(Clone, Debug, PartialEq)]
pub struct MethodSplit {
    /// The method.
    pub method: Method,
    /// Its split, or why there is none.
    pub split: Result<Allocation, EngineError>,
    /// The rounding step the split was made at.
    pub step: u64,
}

impl MethodSplit {
    /// The Gallagher least-squares index in percentage points: √(½ Σ (exact share − quota
    /// share)²), shares of the total in percent, exact shares within the rules (bounds, locks).
    /// 0 is perfectly proportional.
    #[must_use]
    pub fn gallagher(&self) -> Option<f64> {
        let split = self.split.as_ref().ok()?;
        let total: u64 = split.quotas.iter().map(|q| q.get()).sum();
        if total == 0 {
            return Some(0.0);
        }
        let step = self.step;
        let sum: f64 = split
            .quotas
            .iter()
            .zip(&split.explanations)
            .map(|(q, e)| {
                let exact = e.exact_persons(step) / total as f64 * 100.0;
                let share = q.get() as f64 / total as f64 * 100.0;
                (exact - share).powi(2)
            })
            .sum();
        Some((sum / 2.0).sqrt())
    }

    /// The largest distance of a quota from its exact share, in persons.
    #[must_use]
    pub fn largest_deviation(&self) -> Option<f64> {
        let split = self.split.as_ref().ok()?;
        let step = self.step;
        let largest = split
            .quotas
            .iter()
            .zip(&split.explanations)
            .map(|(q, e)| (q.get() as f64 - e.exact_persons(step)).abs())
            .fold(0.0, f64::max);
        Some(largest)
    }
}

impl Workspace {
    /// The weights and rules of `metric`'s reference split (see [`Workspace::reference_split`]).
    fn reference(
        &self,
        metric: MetricId,
        published: &Plan,
    ) -> Result<(Vec<u64>, Rules), EngineError> {
        let settings = self.metric_rules(metric)?;
        let same_shape = published.districts.len() == self.plan.districts.len();
        let weights = match (&settings.base, published.metrics.get(metric)) {
            (Base::Current, Some(reference)) if same_shape => {
                reference.quotas.iter().map(|q| q.get()).collect()
            }
            _ => self.weights(metric)?,
        };
        Ok((weights, self.engine_rules(metric)?))
    }

    /// How `metric`'s current total splits by `method` for the "why this number" panel and the
    /// method comparison. With the base "current quotas" a fresh split only returns the current
    /// numbers, so the reference is the shares of `published` (when it has the same districts):
    /// what each method makes of the published shape at today's total.
    pub fn reference_split(
        &self,
        metric: MetricId,
        method: Method,
        published: &Plan,
    ) -> Result<Allocation, EngineError> {
        let (weights, rules) = self.reference(metric, published)?;
        allocate(self.plan.metric_total(metric)?, &weights, &rules, method)
    }

    /// Why `district` gets its `metric` quota in the reference split by the metric's method.
    pub fn cell_explanation(
        &self,
        metric: MetricId,
        district: usize,
        published: &Plan,
    ) -> Result<CellExplanation, EngineError> {
        let method = self.metric_rules(metric)?.method;
        let (weights, rules) = self.reference(metric, published)?;
        let total = self.plan.metric_total(metric)?;
        let split = allocate(total, &weights, &rules, method)?;
        let detail = explain(total, &weights, &rules, method, district)?;
        Ok(CellExplanation {
            split,
            base: weights.get(district).copied().unwrap_or_default(),
            detail,
        })
    }

    /// Every method's reference split of `metric`, in [`Method::ALL`] order.
    #[must_use]
    pub fn method_comparison(&self, metric: MetricId, published: &Plan) -> Vec<MethodSplit> {
        let step = self.metric_rules(metric).map_or(1, |r| r.step);
        Method::ALL
            .iter()
            .map(|&method| MethodSplit {
                method,
                split: self.reference_split(metric, method, published),
                step,
            })
            .collect()
    }
}
