//! The sample data (示例数据): deterministic actuals for any plan, so every screen can be tried
//! before real counts are entered. Always marked [`Actuals::sample`], never shown as real.

use crate::{Plan, Quota};

use super::{Actuals, Countable, Months, MONTHS};

/// The sample data's seasonal profile, in percent of the year per month (sums to 100): a
/// Spring-Festival dip in February and the year-end push in November and December.
pub const SAMPLE_PROFILE: [u32; MONTHS] = [7, 3, 8, 8, 8, 9, 8, 8, 9, 9, 11, 12];

/// Deterministic sample data (示例数据) for `plan`: each district heads for 80–130 % of its
/// quota (a fixed pseudo-random factor per district), spread over the year by
/// [`SAMPLE_PROFILE`] with a fixed ±10 % month-to-month variation. Whole numbers,
/// non-decreasing, high-skill within certified within training wherever the quotas are. The
/// departments and the countable targets follow the same recipe; 30–50 % of each district's
/// certified workers are in manufacturing.
#[must_use]
pub fn sample(plan: &Plan) -> Actuals {
    let mut actuals = Actuals::empty(plan);
    actuals.sample = true;
    for (metric, m) in plan.metrics.iter().enumerate() {
        // A plan of the wrong shape (more quotas than districts) gets no sample past its
        // districts: never an index out of range.
        if let Some(rows) = actuals.cumulative.get_mut(metric) {
            for (months, (district, quota)) in rows.iter_mut().zip(m.quotas.iter().enumerate()) {
                *months = sample_months(*quota, district);
            }
        }
    }
    actuals.departments = plan
        .departments
        .iter()
        .enumerate()
        .map(|(j, d)| sample_months(d.quota, 100 + j))
        .collect();
    let certified = plan.department_metric;
    actuals.manufacturing = (0..plan.districts.len())
        .map(|district| {
            let share = 30 + u128::try_from((district * 13 + 5) % 21).unwrap_or(0);
            let mut months = [None; MONTHS];
            for (slot, done) in months.iter_mut().zip(
                actuals
                    .cumulative
                    .get(certified)
                    .and_then(|rows| rows.get(district))
                    .into_iter()
                    .flatten(),
            ) {
                *slot = done.map(|q| {
                    Quota::new(u64::try_from(u128::from(q.get()) * share / 100).unwrap_or(0))
                });
            }
            months
        })
        .collect();
    actuals.countable = Countable::ALL
        .iter()
        .map(|c| sample_months(c.target(plan), 200 + c.index()))
        .collect();
    actuals
}

/// One unit's sample year: heading for 80–130 % of `target` (a factor fixed by `unit`), spread
/// by [`SAMPLE_PROFILE`] with a ±10 % variation fixed per unit and month (not per metric, so
/// the shares — and the relations — are the same in every metric).
fn sample_months(target: Quota, unit: usize) -> Months {
    let factor = 80 + u128::try_from((unit * 37 + 11) % 51).unwrap_or(0);
    let year_end = u128::from(target.get()) * factor / 100;
    let weights: Vec<u128> = SAMPLE_PROFILE
        .iter()
        .enumerate()
        .map(|(k, &w)| u128::from(w) * (90 + u128::try_from((unit * 7 + k * 13) % 21).unwrap_or(0)))
        .collect();
    let total: u128 = weights.iter().sum();
    let mut share = 0u128;
    let mut months = [None; MONTHS];
    for (slot, &weight) in months.iter_mut().zip(&weights) {
        share += weight;
        let value = u64::try_from(year_end * share / total.max(1)).unwrap_or(u64::MAX);
        *slot = Some(Quota::new(value));
    }
    months
}
