//! Mid-year reallocation: split the city quota again so that every district's new quota is at
//! least what it has already done, in proportion to a capacity (its projected year-end, or any
//! base), by the allocation engine's methods, steps and locks.

use crate::apportion::{allocate, Allocation, Bounds, Method, Rules};
use crate::{EngineError, Quota};

/// New quotas for `total`, each ≥ `done` (rounded up to the step) and ≥ the district's own
/// minimum, in proportion to `capacity`, by `method` under `rules` (its locks are kept).
pub fn reallocate(
    total: Quota,
    done: &[Quota],
    capacity: &[u64],
    rules: &Rules,
    method: Method,
) -> Result<Allocation, EngineError> {
    let step = rules.step.max(1);
    let bounds: Vec<Bounds> = done
        .iter()
        .enumerate()
        .map(|(d, &done)| {
            let own = rules.bounds.get(d).copied().unwrap_or_default();
            let floor = Quota::new(done.get().div_ceil(step).saturating_mul(step));
            Bounds {
                min: own.min.max(floor),
                max: own.max.map(|m| m.max(floor)),
            }
        })
        .collect();
    let rules = Rules {
        bounds,
        ..rules.clone()
    };
    allocate(total, capacity, &rules, method)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::RulesError;

    #[test]
    fn keeps_the_total_and_the_floors() {
        let done = [Quota::new(7_050), Quota::new(1_000), Quota::new(300)];
        let capacity = [9_000, 6_000, 500];
        let r = reallocate(
            Quota::new(16_000),
            &done,
            &capacity,
            &Rules::with_step(100),
            Method::LargestRemainder,
        )
        .expect("feasible"); // ok: test
        assert_eq!(Quota::sum(r.quotas.iter().copied()), Ok(Quota::new(16_000)));
        assert!(r.quotas.iter().zip(&done).all(|(q, d)| q >= d));
        assert!(r.quotas[0] >= Quota::new(7_100), "rounded up to the step");
    }

    #[test]
    fn too_much_done_for_the_total_is_an_error() {
        let done = [Quota::new(9_000), Quota::new(9_000)];
        let err = reallocate(
            Quota::new(10_000),
            &done,
            &[1, 1],
            &Rules::with_step(100),
            Method::DHondt,
        );
        assert!(matches!(
            err,
            Err(EngineError::Rules(RulesError::MinimumsExceedTotal { .. }))
        ));
    }
}
