//! One line (a row or a column) split by a divisor method with floating-point values: the
//! building block of alternate scaling.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use super::Rounding;

/// A priority in a heap: larger `key` first, then the lower index.
#[derive(Clone, Copy, PartialEq)]
struct Entry {
    key: f64,
    index: usize,
}

impl Eq for Entry {}

impl Ord for Entry {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key
            .total_cmp(&other.key)
            .then_with(|| other.index.cmp(&self.index))
    }
}

impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Splits `total` units over `values` (≥ 0; zero means the cell gets nothing) by `rounding`,
/// writing the counts to `out`, and returns a multiplier `ρ` for which rounding `value × ρ`
/// gives exactly those counts. `None` when `total > 0` and every value is zero.
///
/// Starts from the rounding at `ρ = total / Σ values` and then hands out (or takes back) units
/// one at a time by the divisor method's priority `value / signpost`, which keeps the split a
/// divisor-method split at every step.
pub(super) fn split(
    values: &[f64],
    total: u64,
    rounding: Rounding,
    out: &mut [u64],
) -> Option<f64> {
    let sum: f64 = values.iter().sum();
    if total == 0 || sum <= 0.0 {
        out.fill(0);
        if total > 0 {
            return None;
        }
        let ceiling = ceiling(values, out, rounding);
        return Some(if ceiling.is_finite() {
            ceiling / 2.0
        } else {
            1.0
        });
    }
    let start = total as f64 / sum;
    let mut given = 0u64;
    for (slot, &v) in out.iter_mut().zip(values) {
        *slot = if v > 0.0 {
            rounding.round(v * start).min(total)
        } else {
            0
        };
        given = given.saturating_add(*slot);
    }
    if given < total {
        let mut heap: BinaryHeap<Entry> = values
            .iter()
            .enumerate()
            .filter(|(_, &v)| v > 0.0)
            .map(|(index, &v)| Entry {
                key: v / rounding.signpost(out[index]),
                index,
            })
            .collect();
        while given < total {
            let entry = heap.pop()?;
            out[entry.index] += 1;
            given += 1;
            heap.push(Entry {
                key: values[entry.index] / rounding.signpost(out[entry.index]),
                index: entry.index,
            });
        }
    } else if given > total {
        // Smallest claim on the last unit first: negate the key for the max-heap.
        let mut heap: BinaryHeap<Entry> = out
            .iter()
            .enumerate()
            .filter(|(_, &n)| n > 0)
            .map(|(index, &n)| Entry {
                key: -values[index] / rounding.below(n),
                index,
            })
            .collect();
        while given > total {
            let entry = heap.pop()?;
            out[entry.index] -= 1;
            given -= 1;
            let n = out[entry.index];
            if n > 0 {
                heap.push(Entry {
                    key: -values[entry.index] / rounding.below(n),
                    index: entry.index,
                });
            }
        }
    }
    let floor = values
        .iter()
        .zip(out.iter())
        .filter(|(_, &n)| n > 0)
        .map(|(&v, &n)| rounding.below(n) / v)
        .fold(0.0f64, f64::max);
    let ceiling = ceiling(values, out, rounding);
    Some(if floor > 0.0 && ceiling.is_finite() {
        (floor * ceiling).sqrt().clamp(floor, ceiling.max(floor))
    } else if ceiling.is_finite() {
        ceiling / 2.0
    } else {
        floor.max(1.0)
    })
}

/// The largest multiplier that keeps every count from rounding up.
fn ceiling(values: &[f64], counts: &[u64], rounding: Rounding) -> f64 {
    values
        .iter()
        .zip(counts)
        .filter(|(&v, _)| v > 0.0)
        .map(|(&v, &n)| rounding.signpost(n) / v)
        .fold(f64::INFINITY, f64::min)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(values: &[f64], total: u64, rounding: Rounding) -> Vec<u64> {
        let mut out = vec![0; values.len()];
        let rho = split(values, total, rounding, &mut out).expect("splittable");
        assert_eq!(out.iter().sum::<u64>(), total);
        for (&v, &n) in values.iter().zip(&out) {
            let q = v * rho;
            assert!(q <= rounding.signpost(n) * (1.0 + 1e-9), "{q} above {n}");
            assert!(q >= rounding.below(n) * (1.0 - 1e-9), "{q} below {n}");
        }
        out
    }

    #[test]
    fn webster_and_dhondt_textbook() {
        // The D'Hondt / Sainte-Laguë textbook example: 8 seats, votes 100k/80k/30k/20k.
        let votes = [100_000.0, 80_000.0, 30_000.0, 20_000.0];
        assert_eq!(check(&votes, 8, Rounding::DHondt), vec![4, 3, 1, 0]);
        assert_eq!(check(&votes, 8, Rounding::Webster), vec![3, 3, 1, 1]);
    }

    #[test]
    fn zeros_and_empty() {
        assert_eq!(check(&[0.0, 3.0, 1.0], 4, Rounding::Webster), vec![0, 3, 1]);
        assert_eq!(check(&[2.0, 1.0], 0, Rounding::DHondt), vec![0, 0]);
        let mut out = vec![0; 2];
        assert_eq!(split(&[0.0, 0.0], 3, Rounding::Webster, &mut out), None);
    }
}
