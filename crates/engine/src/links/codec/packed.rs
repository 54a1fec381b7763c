//! Rows of monthly counts as a link packs them: a presence bitmap (one bit per month that has
//! a report) and the increments between reports — small numbers, short varints — with a flag
//! bit where a cumulative count went down.

use serde::{Deserialize, Serialize};

use super::LinkError;
use crate::simulate::actuals::{Months, MONTHS};
use crate::Quota;

/// Rows of monthly counts, packed by [`pack`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Packed {
    pub(super) rows: u32,
    pub(super) present: Vec<u8>,
    pub(super) steps: Vec<u64>,
}

/// The flag bit on a step that restates a value because the cumulative count went down.
const RESTATED: u64 = 1;

/// Rows of months as a presence bitmap and steps: one bit per (row, month) that has a report;
/// then, for each reported month in order, its increment over the previous report of the
/// same row (or the value itself, with a flag bit set, where the cumulative count went down).
pub(super) fn pack<'a>(rows: impl Iterator<Item = &'a Months>) -> Packed {
    let mut packed = Packed::default();
    let mut bit = 0usize;
    for months in rows {
        packed.rows = packed.rows.saturating_add(1);
        let mut previous = 0u64;
        for value in months {
            if bit.is_multiple_of(8) {
                packed.present.push(0u8);
            }
            if let (Some(v), Some(byte)) = (value, packed.present.last_mut()) {
                *byte |= 1 << (bit % 8);
                let v = v.get();
                // Steps are doubled so the low bit can mark a restated (lower) value.
                packed.steps.push(match v.checked_sub(previous) {
                    Some(step) => step.saturating_mul(2),
                    None => v.saturating_mul(2) | RESTATED,
                });
                previous = v;
            }
            bit += 1;
        }
    }
    packed
}

/// The rows [`pack`] packed, `rows` of them.
pub(super) fn unpack(rows: usize, present: &[u8], steps: &[u64]) -> Result<Vec<Months>, LinkError> {
    let cells = rows.checked_mul(MONTHS).ok_or(LinkError::Invalid)?;
    if present.len() != cells.div_ceil(8) || steps.len() > cells {
        return Err(LinkError::Invalid);
    }
    let mut steps = steps.iter();
    let mut unpacked = vec![[None; MONTHS]; rows];
    let mut bit = 0usize;
    for months in &mut unpacked {
        let mut previous = 0u64;
        for slot in months.iter_mut() {
            if present[bit / 8] & (1 << (bit % 8)) != 0 {
                let step = *steps.next().ok_or(LinkError::Invalid)?;
                let value = if step & RESTATED == 0 {
                    previous.checked_add(step / 2).ok_or(LinkError::Invalid)?
                } else {
                    step / 2
                };
                *slot = Some(Quota::new(value));
                previous = value;
            }
            bit += 1;
        }
    }
    if steps.next().is_some() {
        return Err(LinkError::Invalid);
    }
    Ok(unpacked)
}

impl Packed {
    pub(super) fn unpack(&self) -> Result<Vec<Months>, LinkError> {
        unpack(self.rows as usize, &self.present, &self.steps)
    }
}
