//! The planner's per-district bounds checked against the quotas and the city total.
//!
//! A bound the current quota already breaks is legal (the next redistribution will respect
//! it) but must be seen at once: [`bound_violations`] lists them for the table to flag on the
//! cell. Bounds that no split could meet — minimums above the total, maximums below it — are
//! refused when they are set ([`check_bounds_hold`](crate::apportion::check_bounds_hold), with
//! the bounds in `apportion`), not later by a redistribution that names a bound the planner
//! never touched.

use crate::workspace::Workspace;
use crate::{MetricId, Quota};

/// Which side of its bounds a quota is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Broken {
    /// Below the minimum.
    BelowMinimum(Quota),
    /// Above the maximum.
    AboveMaximum(Quota),
}

/// A district whose quota is outside the bounds the planner set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BoundViolation {
    /// The metric.
    pub metric: MetricId,
    /// The district.
    pub district: usize,
    /// Its quota.
    pub value: Quota,
    /// The bound it breaks.
    pub broken: Broken,
}

/// Every quota outside its bounds, in metric then district order.
#[must_use]
pub fn bound_violations(workspace: &Workspace) -> Vec<BoundViolation> {
    let mut found = Vec::new();
    for (metric, (m, rules)) in workspace
        .plan
        .metrics
        .iter()
        .zip(&workspace.rules)
        .enumerate()
    {
        for (district, (&value, bounds)) in m.quotas.iter().zip(&rules.bounds).enumerate() {
            let broken = if value < bounds.min {
                Some(Broken::BelowMinimum(bounds.min))
            } else {
                bounds
                    .max
                    .filter(|max| value > *max)
                    .map(Broken::AboveMaximum)
            };
            if let Some(broken) = broken {
                found.push(BoundViolation {
                    metric,
                    district,
                    value,
                    broken,
                });
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::apportion::Bounds;
    use crate::default_plan::TRAINING;
    use crate::error::RulesError;
    use crate::workspace::Edit;
    use crate::EngineError;

    const OUHAI: usize = 2;

    fn set(
        ws: &Workspace,
        district: usize,
        min: u64,
        max: Option<u64>,
    ) -> Result<Workspace, EngineError> {
        ws.apply(&Edit::SetBounds {
            metric: TRAINING,
            district,
            bounds: Bounds {
                min: Quota::new(min),
                max: max.map(Quota::new),
            },
        })
        .map(|a| a.workspace)
    }

    #[test]
    fn a_minimum_above_the_quota_is_kept_and_flagged_on_its_cell() {
        let ws = set(&Workspace::default_2021(), OUHAI, 20_000, None).expect("feasible");
        let quota = ws.plan.quota(TRAINING, OUHAI).expect("a quota");
        assert_eq!(
            bound_violations(&ws),
            [BoundViolation {
                metric: TRAINING,
                district: OUHAI,
                value: quota,
                broken: Broken::BelowMinimum(Quota::new(20_000)),
            }]
        );
        let ws = set(&ws, OUHAI, 0, Some(1_000)).expect("feasible");
        assert_eq!(
            bound_violations(&ws)[0].broken,
            Broken::AboveMaximum(Quota::new(1_000))
        );
        assert!(bound_violations(&Workspace::default_2021()).is_empty());
    }

    #[test]
    fn bounds_no_split_can_meet_are_refused_with_both_numbers() {
        assert_eq!(
            set(&Workspace::default_2021(), 0, 200_000, None).map(|_| ()),
            Err(EngineError::Rules(RulesError::MinimumsExceedTotal {
                minimums: Quota::new(200_000),
                total: Quota::new(120_000),
            }))
        );
        let mut ws = Workspace::default_2021();
        let districts = ws.plan.districts.len();
        for district in 0..districts - 1 {
            ws = set(&ws, district, 0, Some(1_000)).expect("one district still unbounded");
        }
        assert_eq!(
            set(&ws, districts - 1, 0, Some(1_000)).map(|_| ()),
            Err(EngineError::Rules(RulesError::MaximumsBelowTotal {
                maximums: Quota::new(14_000),
                total: Quota::new(120_000),
            }))
        );
    }
}
