//! Redistribution: change one quota, or the total, and spread the difference.
//!
//! "Set region R to v" keeps the total: the difference goes to (or comes from) the unlocked
//! regions other than R. "Change the total" spreads the difference over every unlocked region.
//! Either way the *difference* is apportioned — by the chosen method and base, within what each
//! region can still give or take under its bounds — and added to the current quotas, so a
//! planner's negotiated numbers elsewhere move as little as the rules allow.

use crate::apportion::{allocate, units_of, Allocation, Bounds, Method, Rules};
use crate::error::{EditError, RulesError};
use crate::{EngineError, Quota};

/// The outcome of a redistribution.
#[derive(Clone, Debug, PartialEq)]
pub struct Redistribution {
    /// The new quotas; they sum to the requested total.
    pub quotas: Vec<Quota>,
    /// How the difference was split: one share per region (zero for those that did not move).
    pub spread: Allocation,
    /// Whether the other regions received (true) or gave up (false) the difference.
    pub others_receive: bool,
}

/// Sets `region` to `value` and spreads the difference over the other unlocked regions, in
/// proportion to `weights`; the total stays the same.
pub fn set_region(
    current: &[Quota],
    region: usize,
    value: Quota,
    rules: &Rules,
    method: Method,
    weights: &[u64],
) -> Result<Redistribution, EngineError> {
    let count = current.len();
    let Some(&before) = current.get(region) else {
        return Err(EngineError::Edit(EditError::NoSuchRegion { region, count }));
    };
    check_own_bounds(region, value, rules)?;
    let movable: Vec<bool> = (0..count)
        .map(|r| r != region && !is_locked(rules, r))
        .collect();
    let (difference, others_receive) = match before.checked_sub(value) {
        Some(freed) => (freed, true),
        None => (value.checked_sub(before).unwrap_or_default(), false),
    };
    let mut result = spread(
        current,
        difference,
        others_receive,
        &movable,
        rules,
        method,
        weights,
    )?;
    result.quotas[region] = value;
    Ok(result)
}

/// Changes the total to `total` and spreads the difference over the unlocked regions in
/// proportion to `weights`.
pub fn change_total(
    current: &[Quota],
    total: Quota,
    rules: &Rules,
    method: Method,
    weights: &[u64],
) -> Result<Redistribution, EngineError> {
    let before = Quota::sum(current.iter().copied())?;
    let movable: Vec<bool> = (0..current.len()).map(|r| !is_locked(rules, r)).collect();
    let (difference, others_receive) = match total.checked_sub(before) {
        Some(added) => (added, true),
        None => (before.checked_sub(total).unwrap_or_default(), false),
    };
    spread(
        current,
        difference,
        others_receive,
        &movable,
        rules,
        method,
        weights,
    )
}

fn is_locked(rules: &Rules, region: usize) -> bool {
    matches!(rules.locked.get(region), Some(Some(_)))
}

fn check_own_bounds(region: usize, value: Quota, rules: &Rules) -> Result<(), EngineError> {
    let bounds = rules.bounds.get(region).copied().unwrap_or_default();
    units_of(value, rules.step.max(1), Some(region))?;
    if value < bounds.min || bounds.max.is_some_and(|max| value > max) {
        return Err(EngineError::Edit(EditError::OutsideBounds {
            region,
            value,
            min: bounds.min,
            max: bounds.max,
        }));
    }
    if let Some(Some(locked)) = rules.locked.get(region) {
        if *locked != value {
            return Err(EngineError::Edit(EditError::RegionLocked {
                region,
                value: *locked,
            }));
        }
    }
    Ok(())
}

/// Apportions `difference` over the movable regions — each within what its bounds let it give
/// or take — and applies it to `current`.
fn spread(
    current: &[Quota],
    difference: Quota,
    others_receive: bool,
    movable: &[bool],
    rules: &Rules,
    method: Method,
    weights: &[u64],
) -> Result<Redistribution, EngineError> {
    let count = current.len();
    if weights.len() != count {
        return Err(EngineError::Rules(RulesError::RulesLength {
            what: "weights".into(),
            expected: count,
            found: weights.len(),
        }));
    }
    // Each region's room to move, as bounds on its share of the difference.
    let room: Vec<Bounds> = (0..count)
        .map(|r| {
            let own = rules.bounds.get(r).copied().unwrap_or_default();
            let max = if !movable[r] {
                Some(Quota::ZERO)
            } else if others_receive {
                own.max
                    .map(|max| max.checked_sub(current[r]).unwrap_or_default())
            } else {
                Some(current[r].checked_sub(own.min).unwrap_or_default())
            };
            Bounds {
                min: Quota::ZERO,
                max,
            }
        })
        .collect();
    let spread_rules = Rules {
        step: rules.step,
        bounds: room,
        locked: Vec::new(),
        tie_preference: rules.tie_preference.clone(),
    };
    let shares: Vec<u64> = (0..count)
        .map(|r| if movable[r] { weights[r] } else { 0 })
        .collect();
    let spread = allocate(difference, &shares, &spread_rules, method).map_err(|err| match err {
        EngineError::Rules(RulesError::MaximumsBelowTotal { maximums, .. }) => {
            EngineError::Edit(EditError::NoRoomToSpread {
                difference,
                room: maximums,
            })
        }
        EngineError::Rules(RulesError::AllWeightsZero { .. })
        | EngineError::Rules(RulesError::EverythingLocked { .. }) => {
            EngineError::Edit(EditError::NoRoomToSpread {
                difference,
                room: Quota::ZERO,
            })
        }
        other => other,
    })?;
    let quotas = current
        .iter()
        .zip(&spread.quotas)
        .map(|(&before, &share)| {
            if others_receive {
                before.checked_add(share)
            } else {
                before.checked_sub(share).ok_or(EngineError::Overflow)
            }
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Redistribution {
        quotas,
        spread,
        others_receive,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(values: &[u64]) -> Vec<Quota> {
        values.iter().map(|&v| Quota::new(v)).collect()
    }
    fn v(quotas: &[Quota]) -> Vec<u64> {
        quotas.iter().map(|q| q.get()).collect()
    }
    fn w(quotas: &[Quota]) -> Vec<u64> {
        v(quotas)
    }

    #[test]
    fn raising_one_region_takes_the_difference_from_the_others_in_proportion() {
        let current = q(&[1_000, 2_000, 1_000]);
        let r = set_region(
            &current,
            0,
            Quota::new(1_400),
            &Rules::with_step(100),
            Method::LargestRemainder,
            &w(&current),
        )
        .expect("feasible"); // ok: test
        assert_eq!(v(&r.quotas), [1_400, 1_700, 900]);
        assert!(!r.others_receive);
    }

    #[test]
    fn lowering_one_region_gives_to_the_others_and_respects_locks() {
        let current = q(&[1_000, 2_000, 1_000]);
        let rules = Rules {
            locked: vec![None, Some(Quota::new(2_000)), None],
            ..Rules::with_step(100)
        };
        let r = set_region(
            &current,
            0,
            Quota::new(600),
            &rules,
            Method::SainteLague,
            &w(&current),
        )
        .expect("feasible"); // ok: test
        assert_eq!(v(&r.quotas), [600, 2_000, 1_400]);
    }

    #[test]
    fn changing_the_total_keeps_locks_and_spreads_over_the_rest() {
        let current = q(&[1_000, 2_000, 1_000]);
        let rules = Rules {
            locked: vec![Some(Quota::new(1_000)), None, None],
            ..Rules::with_step(100)
        };
        let r = change_total(
            &current,
            Quota::new(4_600),
            &rules,
            Method::LargestRemainder,
            &w(&current),
        )
        .expect("feasible"); // ok: test
        assert_eq!(v(&r.quotas), [1_000, 2_400, 1_200]);
    }

    #[test]
    fn a_decrease_stops_at_the_minimums() {
        let current = q(&[1_000, 1_000]);
        let rules = Rules {
            bounds: vec![
                Bounds::default(),
                Bounds {
                    min: Quota::new(900),
                    max: None,
                },
            ],
            ..Rules::with_step(100)
        };
        let err = set_region(
            &current,
            0,
            Quota::new(1_300),
            &rules,
            Method::DHondt,
            &w(&current),
        )
        .expect_err("region 1 can give only 100");
        assert_eq!(
            err,
            EngineError::Edit(EditError::NoRoomToSpread {
                difference: Quota::new(300),
                room: Quota::new(100)
            })
        );
    }

    #[test]
    fn invalid_values_are_refused_with_what_would_work() {
        let current = q(&[1_000, 1_000]);
        let rules = Rules::with_step(100);
        assert_eq!(
            set_region(
                &current,
                0,
                Quota::new(1_050),
                &rules,
                Method::DHondt,
                &w(&current)
            ),
            Err(EngineError::Rules(RulesError::ValueNotMultipleOfStep {
                region: 0,
                value: Quota::new(1_050),
                step: 100,
                below: Quota::new(1_000),
                above: Quota::new(1_100)
            }))
        );
        assert_eq!(
            set_region(
                &current,
                5,
                Quota::new(100),
                &rules,
                Method::DHondt,
                &w(&current)
            ),
            Err(EngineError::Edit(EditError::NoSuchRegion {
                region: 5,
                count: 2
            }))
        );
        let locked = Rules {
            locked: vec![Some(Quota::new(1_000)), None],
            ..Rules::with_step(100)
        };
        assert!(matches!(
            set_region(
                &current,
                0,
                Quota::new(900),
                &locked,
                Method::DHondt,
                &w(&current)
            ),
            Err(EngineError::Edit(EditError::RegionLocked { region: 0, .. }))
        ));
        let everything_else_locked = Rules {
            locked: vec![None, Some(Quota::new(1_000))],
            ..Rules::with_step(100)
        };
        assert!(matches!(
            set_region(
                &current,
                0,
                Quota::new(900),
                &everything_else_locked,
                Method::DHondt,
                &w(&current)
            ),
            Err(EngineError::Edit(EditError::NoRoomToSpread { .. }))
        ));
    }

    #[test]
    fn a_single_region_can_only_keep_its_value() {
        let current = q(&[500]);
        let rules = Rules::with_step(100);
        assert!(set_region(
            &current,
            0,
            Quota::new(500),
            &rules,
            Method::DHondt,
            &w(&current)
        )
        .is_ok());
        assert!(set_region(
            &current,
            0,
            Quota::new(600),
            &rules,
            Method::DHondt,
            &w(&current)
        )
        .is_err());
    }
}
