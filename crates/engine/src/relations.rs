//! Checks of the "of which" (其中) relations between metrics.
//!
//! A sub-metric can never exceed its parent in any district (high-skill ≤ certified ≤ training).
//! Violations come back as data, one per district and relation, for the UI to show as badges.
//! [`relation_bounds`] turns the relations into bounds so redistribution cannot break them, and
//! [`linked_split`] derives a metric from its parent by a ratio with an exact city total.

use crate::apportion::{allocate, Allocation, Bounds, Method, Rules};
use crate::error::PlanError;
use crate::{EngineError, MetricId, Plan, Quota};

/// One district where an "of which" metric exceeds its parent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfWhichViolation {
    /// Index of the district.
    pub district: usize,
    /// The sub-metric.
    pub child: MetricId,
    /// The metric it is part of.
    pub parent: MetricId,
    /// The sub-metric's quota.
    pub child_value: Quota,
    /// The parent's quota, which the sub-metric exceeds.
    pub parent_value: Quota,
}

/// Every district and relation where a sub-metric's quota is above its parent's, in metric then
/// district order.
#[must_use]
pub fn of_which_violations(plan: &Plan) -> Vec<OfWhichViolation> {
    let mut found = Vec::new();
    for (child, metric) in plan.metrics.iter().enumerate() {
        let Some(parent) = metric.parent else {
            continue;
        };
        for (district, &child_value) in metric.quotas.iter().enumerate() {
            if let Some(parent_value) = plan.quota(parent, district) {
                if child_value > parent_value {
                    found.push(OfWhichViolation {
                        district,
                        child,
                        parent,
                        child_value,
                        parent_value,
                    });
                }
            }
        }
    }
    found
}

/// The bounds that keep `metric`'s "of which" relations while its quotas are redistributed:
/// in every district at least the largest quota of a metric that is part of it, and at most
/// its parent's quota, combined with the user's own `bounds` (empty for none). Derived bounds
/// are rounded inwards to the step, so the relation still holds on whole steps.
#[must_use]
pub fn relation_bounds(plan: &Plan, metric: MetricId, bounds: &[Bounds], step: u64) -> Vec<Bounds> {
    let step = step.max(1);
    let parent = plan.metrics.get(metric).and_then(|m| m.parent);
    let children: Vec<MetricId> = plan
        .metrics
        .iter()
        .enumerate()
        .filter(|(_, m)| m.parent == Some(metric))
        .map(|(index, _)| index)
        .collect();
    (0..plan.districts.len())
        .map(|district| {
            let own = bounds.get(district).copied().unwrap_or_default();
            let floor = children
                .iter()
                .filter_map(|&child| plan.quota(child, district))
                .max()
                .map_or(0, |q| q.get().div_ceil(step).saturating_mul(step));
            let ceiling = parent
                .and_then(|p| plan.quota(p, district))
                .map(|q| Quota::new(q.get() - q.get() % step));
            Bounds {
                min: own.min.max(Quota::new(floor)),
                max: match (own.max, ceiling) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                },
            }
        })
        .collect()
}

/// A linked metric: its city total is `numerator / denominator` of the parent's total,
/// rounded to the nearest step (halves up), and that total is apportioned over the districts in
/// proportion to the parent's quotas — rather than rounding every district on its own, which
/// would let the city total drift. Each district stays at most its parent's quota.
pub fn linked_split(
    parent: &[Quota],
    numerator: u64,
    denominator: u64,
    rules: &Rules,
    method: Method,
) -> Result<Allocation, EngineError> {
    if denominator == 0 || numerator > denominator {
        return Err(EngineError::Plan(PlanError::InvalidRatio {
            numerator,
            denominator,
        }));
    }
    let step = u128::from(rules.step.max(1));
    let parent_total = u128::from(Quota::sum(parent.iter().copied())?.get());
    let exact = parent_total * u128::from(numerator); // over `denominator`
    let den = u128::from(denominator) * step;
    let steps = (2 * exact + den) / (2 * den);
    let total = u64::try_from(steps * step).map_err(|_| EngineError::Overflow)?;
    let capped = Rules {
        bounds: parent
            .iter()
            .enumerate()
            .map(|(district, &cap)| {
                let own = rules.bounds.get(district).copied().unwrap_or_default();
                let cap = Quota::new(cap.get() - cap.get() % rules.step.max(1));
                Bounds {
                    min: own.min,
                    max: Some(own.max.map_or(cap, |m| m.min(cap))),
                }
            })
            .collect(),
        ..rules.clone()
    };
    let weights: Vec<u64> = parent.iter().map(|q| q.get()).collect();
    allocate(Quota::new(total), &weights, &capped, method)
}
