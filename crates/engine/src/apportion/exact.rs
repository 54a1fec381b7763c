//! Exact comparisons for apportionment: 256-bit products, so that a fraction with 128-bit
//! numerator and denominator can be compared without rounding. Floats never decide a unit.

use std::cmp::Ordering;

const LOW: u128 = u64::MAX as u128;

/// An unsigned 256-bit number, just wide enough for cross-multiplied comparisons and sums.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct U256 {
    hi: u128,
    lo: u128,
}

impl U256 {
    /// The full product `a × b`.
    pub(crate) fn mul(a: u128, b: u128) -> U256 {
        let (a_hi, a_lo) = (a >> 64, a & LOW);
        let (b_hi, b_lo) = (b >> 64, b & LOW);
        let low = a_lo * b_lo;
        let (mid, carry_a) = (a_lo * b_hi).overflowing_add(a_hi * b_lo);
        let (mid, carry_b) = mid.overflowing_add(low >> 64);
        let carries = (u128::from(carry_a) + u128::from(carry_b)) << 64;
        U256 {
            hi: a_hi * b_hi + (mid >> 64) + carries,
            lo: (mid << 64) | (low & LOW),
        }
    }

    /// `self × m`; `None` past 2^256.
    pub(crate) fn checked_mul(self, m: u128) -> Option<U256> {
        let high = U256::mul(self.hi, m);
        if high.hi != 0 {
            return None;
        }
        U256::mul(self.lo, m).checked_add(U256 { hi: high.lo, lo: 0 })
    }

    /// `self + other`; `None` past 2^256 (which the callers' ranges never reach).
    pub(crate) fn checked_add(self, other: U256) -> Option<U256> {
        let (lo, carry) = self.lo.overflowing_add(other.lo);
        let hi = self
            .hi
            .checked_add(other.hi)?
            .checked_add(u128::from(carry))?;
        Some(U256 { hi, lo })
    }
}

/// A non-negative fraction `num / den`, compared exactly. A zero denominator with a positive
/// numerator is +infinity (the priority of a first unit under Adams, Dean and Huntington–Hill).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ratio {
    /// Numerator.
    pub num: u128,
    /// Denominator; zero means infinity.
    pub den: u128,
}

impl Ratio {
    /// The fraction `num / den`.
    #[must_use]
    pub const fn new(num: u128, den: u128) -> Self {
        Ratio { num, den }
    }

    /// Exact comparison by cross-multiplication, infinity included.
    #[must_use]
    pub fn cmp_exact(self, other: Ratio) -> Ordering {
        U256::mul(self.num, other.den).cmp(&U256::mul(other.num, self.den))
    }

    /// An approximation for display only (explanations); never used to decide a unit.
    #[must_use]
    pub fn approx(self) -> f64 {
        if self.den == 0 {
            f64::INFINITY
        } else {
            self.num as f64 / self.den as f64
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_product_of_the_largest_values() {
        let p = U256::mul(u128::MAX, u128::MAX);
        assert_eq!(
            p,
            U256 {
                hi: u128::MAX - 1,
                lo: 1
            }
        );
        assert_eq!(U256::mul(1 << 64, 1 << 64), U256 { hi: 1, lo: 0 });
        assert_eq!(U256::mul(12, 13), U256 { hi: 0, lo: 156 });
    }

    #[test]
    fn fractions_compare_exactly_where_floats_cannot() {
        // 2^100 / (2^100 + 1) < 1 although both are 1.0 as f64.
        let a = Ratio::new(1 << 100, (1 << 100) + 1);
        assert_eq!(a.cmp_exact(Ratio::new(1, 1)), Ordering::Less);
        assert_eq!(
            Ratio::new(3, 6).cmp_exact(Ratio::new(1, 2)),
            Ordering::Equal
        );
        assert_eq!(
            Ratio::new(1, 0).cmp_exact(Ratio::new(u128::MAX, 1)),
            Ordering::Greater
        );
        assert_eq!(
            Ratio::new(5, 0).cmp_exact(Ratio::new(1, 0)),
            Ordering::Equal
        );
    }

    #[test]
    fn multiplication_by_a_small_number_carries_and_overflows() {
        let a = U256 {
            hi: 1,
            lo: u128::MAX,
        };
        assert_eq!(
            a.checked_mul(2),
            Some(U256 {
                hi: 3,
                lo: u128::MAX - 1
            })
        );
        assert_eq!(
            U256 {
                hi: u128::MAX,
                lo: 0
            }
            .checked_mul(2),
            None
        );
        assert_eq!(
            U256::mul(1 << 100, 1 << 100).checked_mul(1 << 20),
            Some(U256 { hi: 1 << 92, lo: 0 })
        );
    }

    #[test]
    fn addition_carries_into_the_high_half() {
        let a = U256 {
            hi: 0,
            lo: u128::MAX,
        };
        assert_eq!(
            a.checked_add(U256 { hi: 0, lo: 1 }),
            Some(U256 { hi: 1, lo: 0 })
        );
        assert_eq!(
            U256 {
                hi: u128::MAX,
                lo: 0
            }
            .checked_add(U256 { hi: 1, lo: 0 }),
            None
        );
    }
}
