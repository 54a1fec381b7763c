//! The quota arithmetic that can overflow: [`Quota::checked_add`] and [`Quota::sum`], which
//! report [`EngineError::Overflow`] instead of wrapping or panicking.
//!
//! They are methods of [`Quota`] but live here, not in `quota.rs`, because their error is
//! [`EngineError`], whose variants carry quotas: `quota.rs` stays below `error.rs`, and this
//! module sits above both, so neither imports the other back.

use crate::{EngineError, Quota};

impl Quota {
    /// `self + other`, or [`EngineError::Overflow`].
    pub fn checked_add(self, other: Quota) -> Result<Quota, EngineError> {
        self.get()
            .checked_add(other.get())
            .map(Quota::new)
            .ok_or(EngineError::Overflow)
    }

    /// The sum of `quotas`, or [`EngineError::Overflow`].
    pub fn sum<I: IntoIterator<Item = Quota>>(quotas: I) -> Result<Quota, EngineError> {
        quotas
            .into_iter()
            .try_fold(Quota::ZERO, |acc, q| acc.checked_add(q))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sum_reports_overflow_instead_of_wrapping() {
        assert_eq!(
            Quota::sum([Quota::new(u64::MAX), Quota::new(1)]),
            Err(EngineError::Overflow)
        );
        assert_eq!(
            Quota::sum([Quota::new(2), Quota::new(3)]),
            Ok(Quota::new(5))
        );
    }
}
