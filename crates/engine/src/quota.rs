//! [`Quota`]: a whole number of persons or person-times.
//!
//! Targets are counted in people, so a quota is an integer from the start; it is never a float
//! rounded at the end (which is how spreadsheet totals drift). Arithmetic that could overflow is
//! checked and reports [`EngineError::Overflow`](crate::EngineError::Overflow) instead of
//! wrapping or panicking: those sums are in `overflow.rs`, above the errors (which hold
//! quotas), so this module needs nothing of the crate.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A whole number of persons (or person-times). Never negative, never fractional.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Quota(u64);

impl Quota {
    /// No one.
    pub const ZERO: Quota = Quota(0);

    /// A quota of `persons`.
    #[must_use]
    pub const fn new(persons: u64) -> Self {
        Quota(persons)
    }

    /// The number of persons.
    #[must_use]
    pub const fn get(self) -> u64 {
        self.0
    }

    /// `self − other`, or `None` when `other` is larger (a quota cannot go below zero).
    #[must_use]
    pub fn checked_sub(self, other: Quota) -> Option<Quota> {
        self.0.checked_sub(other.0).map(Quota)
    }

    /// The number with thousands separators, as planners write it: `120,000`.
    #[must_use]
    pub fn grouped(self) -> String {
        let digits = self.0.to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(ch);
        }
        out
    }
}

impl fmt::Display for Quota {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl From<u64> for Quota {
    fn from(persons: u64) -> Self {
        Quota(persons)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouped_inserts_separators_every_three_digits() {
        assert_eq!(Quota::new(0).grouped(), "0");
        assert_eq!(Quota::new(600).grouped(), "600");
        assert_eq!(Quota::new(1_800).grouped(), "1,800");
        assert_eq!(Quota::new(120_000).grouped(), "120,000");
        assert_eq!(Quota::new(1_000_000_000_000).grouped(), "1,000,000,000,000");
    }

    #[test]
    fn checked_sub_refuses_to_go_negative() {
        assert_eq!(Quota::new(3).checked_sub(Quota::new(5)), None);
        assert_eq!(
            Quota::new(5).checked_sub(Quota::new(3)),
            Some(Quota::new(2))
        );
    }
}
