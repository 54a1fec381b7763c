//! The months of the plan year: [`Month`] (1–12, never out of range once made) and
//! [`Months`], one unit's twelve cumulative counts.

use serde::{Deserialize, Serialize};

use crate::error::SimulationError;
use crate::{EngineError, Quota};

/// Months in a plan year.
pub const MONTHS: usize = 12;

/// A month of the plan year, 1 (January) to 12 (December).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Month(pub(super) u8);

impl Month {
    /// January.
    pub const JANUARY: Month = Month(1);
    /// June: the mid-year review (时间过半).
    pub const JUNE: Month = Month(6);
    /// December.
    pub const DECEMBER: Month = Month(12);

    /// Month `m`, or an error outside 1–12.
    pub fn new(m: u8) -> Result<Month, EngineError> {
        if (1..=12).contains(&m) {
            Ok(Month(m))
        } else {
            Err(EngineError::Simulation(SimulationError::NoSuchMonth {
                month: m,
            }))
        }
    }

    /// The month's number, 1–12.
    #[must_use]
    pub const fn get(self) -> u8 {
        self.0
    }

    /// Its index in a twelve-slot array, 0–11.
    #[must_use]
    pub const fn index(self) -> usize {
        self.0 as usize - 1
    }

    /// Months left after this one.
    #[must_use]
    pub const fn remaining(self) -> u8 {
        12 - self.0
    }
}

impl TryFrom<u8> for Month {
    type Error = EngineError;
    fn try_from(m: u8) -> Result<Self, Self::Error> {
        Month::new(m)
    }
}

impl From<Month> for u8 {
    fn from(m: Month) -> u8 {
        m.0
    }
}

/// One unit's cumulative counts, month by month; `None` where not reported.
pub type Months = [Option<Quota>; MONTHS];
