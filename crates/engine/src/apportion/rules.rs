//! What a split must follow: the [`Method`], each region's [`Bounds`] and the [`Rules`] (step,
//! bounds, locks, tie preference), and [`check_bounds_hold`], whether bounds leave any split.
//!
//! The rules are the input of [`allocate`](super::allocate); the check is here, with the
//! bounds, so that whoever sets bounds (a workspace edit) asks the module that owns them.

use serde::{Deserialize, Serialize};

use crate::error::RulesError;
use crate::{EngineError, Quota};

/// How whole units are handed out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Method {
    /// Largest remainder (Hamilton, Hare–Niemeyer): floors first, then one unit each to the
    /// largest fractional parts. Stays within quota.
    #[default]
    LargestRemainder,
    /// D'Hondt / Jefferson: divisor method rounding down (signposts at s + 1).
    DHondt,
    /// Sainte-Laguë / Webster: divisor method rounding to nearest (signposts at s + ½).
    SainteLague,
    /// Huntington–Hill: geometric-mean signposts √(s(s+1)); the US House method.
    HuntingtonHill,
    /// Adams: divisor method rounding up (signposts at s): every region with weight gets a unit.
    Adams,
    /// Dean: harmonic-mean signposts 2s(s+1)/(2s+1).
    Dean,
}

impl Method {
    /// Every method, in the order the UI lists them.
    pub const ALL: [Method; 6] = [
        Method::LargestRemainder,
        Method::DHondt,
        Method::SainteLague,
        Method::HuntingtonHill,
        Method::Adams,
        Method::Dean,
    ];

    /// The divisor methods: every method but largest remainder.
    pub const DIVISORS: [Method; 5] = [
        Method::DHondt,
        Method::SainteLague,
        Method::HuntingtonHill,
        Method::Adams,
        Method::Dean,
    ];
}

/// A region's lower and upper bound, in persons (multiples of the step).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bounds {
    /// The region gets at least this much.
    pub min: Quota,
    /// The region gets at most this much; `None` is no upper bound.
    pub max: Option<Quota>,
}

/// The rules a split must follow.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rules {
    /// Every quota is a multiple of this (1 for plain persons, 100 for the 2021 plan).
    pub step: u64,
    /// Per-region bounds; empty means none.
    pub bounds: Vec<Bounds>,
    /// Per-region locked values; empty means none.
    pub locked: Vec<Option<Quota>>,
    /// Regions in order of preference for a tied unit; regions not listed come after, in
    /// their own order.
    pub tie_preference: Vec<usize>,
}

impl Default for Rules {
    fn default() -> Self {
        Rules::with_step(1)
    }
}

impl Rules {
    /// Rules with only a rounding step.
    #[must_use]
    pub fn with_step(step: u64) -> Self {
        Rules {
            step,
            bounds: Vec::new(),
            locked: Vec::new(),
            tie_preference: Vec::new(),
        }
    }
}

/// Whether some split of `total` can meet `bounds`: the minimums fit under it and, when every
/// district has a maximum, the maximums reach it.
pub fn check_bounds_hold(bounds: &[Bounds], total: Quota) -> Result<(), EngineError> {
    let minimums = Quota::sum(bounds.iter().map(|b| b.min))?;
    if minimums > total {
        return Err(EngineError::Rules(RulesError::MinimumsExceedTotal {
            minimums,
            total,
        }));
    }
    let maxima: Option<Vec<Quota>> = bounds.iter().map(|b| b.max).collect();
    if let Some(maxima) = maxima {
        let maximums = Quota::sum(maxima)?;
        if maximums < total {
            return Err(EngineError::Rules(RulesError::MaximumsBelowTotal {
                maximums,
                total,
            }));
        }
    }
    Ok(())
}
