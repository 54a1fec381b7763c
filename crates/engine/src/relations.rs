//! Checks of the "of which" (其中) relations between metrics.
//!
//! A sub-metric can never exceed its parent in any district (high-skill ≤ certified ≤ training).
//! Violations come back as data, one per district and relation, for the UI to show as badges.

use crate::{MetricId, Plan, Quota};

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
