//! The phased targets (序时进度) of one metric: the city total split over the months by the
//! profile, then each district's quota over the months so that both margins hold exactly — a
//! biproportional table, worked out by the same engine as the department matrix.

use crate::apportion::{allocate, Method, Rules};
use crate::matrix::{biproportional, MatrixError, MatrixProblem, Rounding};
use crate::simulate::actuals::MONTHS;
use crate::simulate::Month;
use crate::{EngineError, MetricId, Plan, Quota};

use super::settings::PhaseProfile;

/// The phased targets of one metric: district × month, both margins exact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phasing {
    /// The city's target for each month.
    pub months: Vec<Quota>,
    /// Each district's monthly targets (they add up to its quota).
    pub cells: Vec<Vec<Quota>>,
}

impl Phasing {
    /// A district's cumulative target by the end of `month`.
    #[must_use]
    pub fn cumulative(&self, district: usize, month: Month) -> Quota {
        self.cells.get(district).map_or(Quota::ZERO, |row| {
            Quota::new(row[..=month.index()].iter().map(|q| q.get()).sum())
        })
    }
}

/// Why phased targets cannot be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhaseError {
    /// The city total could not be split over the months (every weight zero, say).
    Months(EngineError),
    /// The district × month table could not be made.
    Table(MatrixError),
}

/// The monthly targets of `metric` shaped by `profile` (`seasonal` is the forecast's).
pub fn phase(
    plan: &Plan,
    metric: MetricId,
    profile: &PhaseProfile,
    seasonal: &[u32; MONTHS],
) -> Result<Phasing, PhaseError> {
    let quotas = plan
        .metrics
        .get(metric)
        .map(|m| m.quotas.clone())
        .unwrap_or_default();
    let weights = profile.weights(seasonal);
    let total = Quota::sum(quotas.iter().copied()).map_err(PhaseError::Months)?;
    let months = allocate(
        total,
        &weights,
        &Rules::with_step(1),
        Method::LargestRemainder,
    )
    .map_err(PhaseError::Months)?
    .quotas;
    // A month with no target is a structural zero for every district.
    let seed: Vec<Vec<u64>> = quotas
        .iter()
        .map(|q| {
            weights
                .iter()
                .map(|&w| if q.get() == 0 { 0 } else { w })
                .collect()
        })
        .collect();
    let table = biproportional(&MatrixProblem {
        rows: &quotas,
        columns: &months,
        seed: Some(&seed),
        cells: &[],
        rounding: Rounding::Webster,
        step: 1,
    })
    .map_err(PhaseError::Table)?;
    Ok(Phasing {
        months,
        cells: table.cells,
    })
}
