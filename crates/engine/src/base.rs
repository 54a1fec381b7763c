//! What a split is proportional to: the current quotas, equal shares, custom weights (say
//! employment or last year's actuals), or a blend of two of these.
//!
//! Weights are whole numbers so that the split stays exact; decimal weights typed or pasted by a
//! user are scaled to a common number of decimals by [`parse_decimal_weights`].

use crate::error::{BaseError, RulesError};
use serde::{Deserialize, Serialize};

use crate::{EngineError, Quota};

/// The basis of a split.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Base {
    /// Proportional to the current quotas (rescaling keeps the current shape).
    #[default]
    Current,
    /// Equal shares.
    Equal,
    /// Custom weights, one per region.
    Custom(Vec<u64>),
    /// A blend of two bases: `first_percent` % of the first's shares plus the rest of the
    /// second's. Blends do not nest.
    Blend {
        /// The first base.
        first: Box<Base>,
        /// The second base.
        second: Box<Base>,
        /// The first base's share of the blend, 0–100.
        first_percent: u8,
    },
}

/// The weights `base` gives `regions` regions whose current quotas are `current`.
pub fn weights(base: &Base, current: &[Quota]) -> Result<Vec<u64>, EngineError> {
    let n = current.len();
    match base {
        Base::Current => Ok(current.iter().map(|q| q.get()).collect()),
        Base::Equal => Ok(vec![1; n]),
        Base::Custom(weights) => {
            if weights.len() == n {
                Ok(weights.clone())
            } else {
                Err(EngineError::Rules(RulesError::RulesLength {
                    what: "weights".into(),
                    expected: n,
                    found: weights.len(),
                }))
            }
        }
        Base::Blend {
            first,
            second,
            first_percent,
        } => {
            if matches!(**first, Base::Blend { .. }) || matches!(**second, Base::Blend { .. }) {
                return Err(EngineError::Base(BaseError::NestedBlend));
            }
            if *first_percent > 100 {
                return Err(EngineError::Base(BaseError::PercentOutOfRange {
                    percent: *first_percent,
                }));
            }
            blend(
                &weights(first, current)?,
                &weights(second, current)?,
                u128::from(*first_percent),
            )
        }
    }
}

/// `p % · a/Σa + (100 − p) % · b/Σb`, scaled to whole numbers by the common denominator
/// `100 · Σa · Σb` and reduced by the greatest common divisor.
fn blend(a: &[u64], b: &[u64], percent: u128) -> Result<Vec<u64>, EngineError> {
    let sum = |w: &[u64]| w.iter().map(|&x| u128::from(x)).sum::<u128>();
    let (sum_a, sum_b) = (sum(a), sum(b));
    // A base with no weight at all contributes nothing; its percentage goes to the other.
    let (pa, pb) = match (sum_a, sum_b) {
        (0, _) => (0, 100),
        (_, 0) => (100, 0),
        _ => (percent, 100 - percent),
    };
    let (sum_a, sum_b) = (sum_a.max(1), sum_b.max(1));
    let g = gcd(sum_a, sum_b);
    let (scale_a, scale_b) = (sum_b / g, sum_a / g);
    let raw: Vec<u128> = a
        .iter()
        .zip(b)
        .map(|(&x, &y)| {
            let left = pa.checked_mul(u128::from(x))?.checked_mul(scale_a)?;
            let right = pb.checked_mul(u128::from(y))?.checked_mul(scale_b)?;
            left.checked_add(right)
        })
        .collect::<Option<_>>()
        .ok_or(EngineError::Overflow)?;
    let common = raw.iter().copied().fold(0, gcd).max(1);
    raw.iter()
        .map(|&w| u64::try_from(w / common).map_err(|_| EngineError::Overflow))
        .collect()
}

fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// The largest number of decimals a weight may have.
pub const MAX_DECIMALS: usize = 6;

/// Parses weights written as decimals (`12,345.5`, `0.27`) into whole numbers scaled by a
/// common power of ten, so that their proportions are exact.
pub fn parse_decimal_weights(texts: &[&str]) -> Result<Vec<u64>, EngineError> {
    let parsed: Vec<(u128, usize)> = texts
        .iter()
        .enumerate()
        .map(|(region, text)| parse_decimal(region, text))
        .collect::<Result<_, _>>()?;
    let decimals = parsed.iter().map(|&(_, d)| d).max().unwrap_or(0);
    parsed
        .iter()
        .enumerate()
        .map(|(region, &(digits, d))| {
            let scale = 10u128.pow(u32::try_from(decimals - d).unwrap_or(0));
            digits
                .checked_mul(scale)
                .and_then(|w| u64::try_from(w).ok())
                .ok_or(EngineError::Base(BaseError::WeightTooLarge { region }))
        })
        .collect()
}

/// One decimal as (all its digits as an integer, number of decimals).
fn parse_decimal(region: usize, text: &str) -> Result<(u128, usize), EngineError> {
    let bad = || {
        EngineError::Base(BaseError::InvalidWeight {
            region,
            text: text.chars().take(40).collect(),
        })
    };
    let cleaned: String = text.trim().chars().filter(|&c| c != ',').collect();
    if cleaned.starts_with('-') {
        return Err(EngineError::Base(BaseError::NegativeWeight {
            region,
            text: text.chars().take(40).collect(),
        }));
    }
    let (whole, fraction) = cleaned.split_once('.').unwrap_or((&cleaned, ""));
    let all_digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || !all_digits(whole) || !all_digits(fraction) {
        return Err(bad());
    }
    let fraction = fraction.trim_end_matches('0');
    if fraction.len() > MAX_DECIMALS {
        return Err(bad());
    }
    let digits = format!("{whole}{fraction}");
    let digits = digits.trim_start_matches('0');
    if digits.is_empty() {
        return Ok((0, fraction.len()));
    }
    digits
        .parse::<u128>()
        .map(|value| (value, fraction.len()))
        .map_err(|_| EngineError::Base(BaseError::WeightTooLarge { region }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(values: &[u64]) -> Vec<Quota> {
        values.iter().map(|&v| Quota::new(v)).collect()
    }

    #[test]
    fn current_equal_and_custom() {
        let current = q(&[300, 100]);
        assert_eq!(weights(&Base::Current, &current), Ok(vec![300, 100]));
        assert_eq!(weights(&Base::Equal, &current), Ok(vec![1, 1]));
        assert_eq!(weights(&Base::Custom(vec![7, 9]), &current), Ok(vec![7, 9]));
        assert!(matches!(
            weights(&Base::Custom(vec![7]), &current),
            Err(EngineError::Rules(RulesError::RulesLength { .. }))
        ));
    }

    #[test]
    fn a_half_and_half_blend_averages_the_shares() {
        // Shares 3/4, 1/4 (current) and 1/2, 1/2 (equal): the blend is 5/8, 3/8.
        let blended = Base::Blend {
            first: Box::new(Base::Current),
            second: Box::new(Base::Equal),
            first_percent: 50,
        };
        assert_eq!(weights(&blended, &q(&[300, 100])), Ok(vec![5, 3]));
    }

    #[test]
    fn blends_do_not_nest_and_percentages_stay_in_range() {
        let inner = Base::Blend {
            first: Box::new(Base::Current),
            second: Box::new(Base::Equal),
            first_percent: 50,
        };
        let nested = Base::Blend {
            first: Box::new(inner),
            second: Box::new(Base::Equal),
            first_percent: 50,
        };
        assert_eq!(
            weights(&nested, &q(&[1, 1])),
            Err(EngineError::Base(BaseError::NestedBlend))
        );
        let over = Base::Blend {
            first: Box::new(Base::Current),
            second: Box::new(Base::Equal),
            first_percent: 120,
        };
        assert_eq!(
            weights(&over, &q(&[1, 1])),
            Err(EngineError::Base(BaseError::PercentOutOfRange {
                percent: 120
            }))
        );
    }

    #[test]
    fn decimals_scale_to_a_common_power_of_ten() {
        assert_eq!(
            parse_decimal_weights(&["0.27", "1", " 12,345.5 ", "2.50"]),
            Ok(vec![27, 100, 1_234_550, 250])
        );
        assert_eq!(parse_decimal_weights(&["0", "0.0"]), Ok(vec![0, 0]));
    }

    #[test]
    fn bad_decimals_name_the_region() {
        assert!(matches!(
            parse_decimal_weights(&["1", "-3"]),
            Err(EngineError::Base(BaseError::NegativeWeight {
                region: 1,
                ..
            }))
        ));
        for bad in ["abc", "", "1.2.3", "NaN", "inf", "1e5", "."] {
            assert!(
                matches!(
                    parse_decimal_weights(&["1", bad]),
                    Err(EngineError::Base(BaseError::InvalidWeight {
                        region: 1,
                        ..
                    }))
                ),
                "{bad}"
            );
        }
        assert!(matches!(
            parse_decimal_weights(&["99999999999999999999999"]),
            Err(EngineError::Base(BaseError::WeightTooLarge { region: 0 }))
        ));
    }
}
