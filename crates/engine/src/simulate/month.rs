//! The month at a glance, for the bulletin screen's steps (收数 → 核对 → 亮灯 → 通报): which
//! districts and line departments have returned a count for the month reported on, which
//! districts returned only some of their metrics, and what the checks flag — a cumulative count
//! below an earlier month's, an "of which" count above its whole. Worked out from the actuals
//! each time, never stored beside them.

use super::actuals::{Actuals, Month, Series};
use crate::{MetricId, Plan};

/// Who has returned what for one month, and what the checks found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthStatus {
    /// The month reported on.
    pub month: Month,
    /// How many districts the plan has.
    pub districts: usize,
    /// How many line departments the plan has.
    pub departments: usize,
    /// Districts with no count of any metric in `month`.
    pub districts_missing: Vec<usize>,
    /// Districts that returned some metrics in `month` but not these.
    pub incomplete: Vec<(usize, Vec<MetricId>)>,
    /// Departments with no count in `month`.
    pub departments_missing: Vec<usize>,
    /// Where a cumulative count goes down from one report to the next (any month).
    pub decreases: Vec<(Series, Month)>,
    /// Where an "of which" count is above its whole in the same month (any month).
    pub above_whole: Vec<(Series, Month)>,
}

impl MonthStatus {
    /// The status of `month` in `actuals` of `plan`.
    #[must_use]
    pub fn of(plan: &Plan, actuals: &Actuals, month: Month) -> MonthStatus {
        let has = |series: Series| {
            actuals
                .series(series)
                .is_some_and(|months| months[month.index()].is_some())
        };
        let mut districts_missing = Vec::new();
        let mut incomplete = Vec::new();
        for district in 0..plan.districts.len() {
            let missing: Vec<MetricId> = (0..plan.metrics.len())
                .filter(|&metric| !has(Series::District { metric, district }))
                .collect();
            if missing.len() == plan.metrics.len() {
                districts_missing.push(district);
            } else if !missing.is_empty() {
                incomplete.push((district, missing));
            }
        }
        let departments_missing = (0..plan.departments.len())
            .filter(|&d| !has(Series::Department(d)))
            .collect();
        MonthStatus {
            month,
            districts: plan.districts.len(),
            departments: plan.departments.len(),
            districts_missing,
            incomplete,
            departments_missing,
            decreases: actuals.decreases(),
            above_whole: actuals.above_whole(plan),
        }
    }

    /// Districts that returned a count of at least one metric.
    #[must_use]
    pub fn districts_reported(&self) -> usize {
        self.districts - self.districts_missing.len()
    }

    /// Departments that returned their count.
    #[must_use]
    pub fn departments_reported(&self) -> usize {
        self.departments - self.departments_missing.len()
    }

    /// How many counts the checks flag: decreases and "of which" counts above their whole.
    #[must_use]
    pub fn findings(&self) -> usize {
        self.decreases.len() + self.above_whole.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::default_plan::plan_2021;
    use crate::simulate::actuals::sample;
    use crate::Quota;

    fn set(actuals: &mut Actuals, plan: &Plan, series: Series, month: u8, value: u64) {
        if let (Some(months), Ok(month)) = (actuals.series_mut(plan, series), Month::new(month)) {
            months[month.index()] = Some(Quota::new(value));
        }
    }

    #[test]
    fn nothing_returned_means_everyone_missing_and_nothing_flagged() {
        let plan = plan_2021();
        let status = MonthStatus::of(&plan, &Actuals::empty(&plan), Month::JUNE);
        assert_eq!((status.districts, status.departments), (14, 13));
        assert_eq!(status.districts_reported(), 0);
        assert_eq!(status.departments_reported(), 0);
        assert!(status.incomplete.is_empty());
        assert_eq!(status.findings(), 0);
    }

    #[test]
    fn the_sample_is_complete_and_clean() {
        let plan = plan_2021();
        let status = MonthStatus::of(&plan, &sample(&plan), Month::JUNE);
        assert_eq!(status.districts_reported(), 14);
        assert_eq!(status.departments_reported(), 13);
        assert!(status.incomplete.is_empty());
        assert_eq!(status.findings(), 0);
    }

    #[test]
    fn partial_returns_and_flags_are_told_apart() {
        let plan = plan_2021();
        let mut actuals = Actuals::empty(&plan);
        // 鹿城 returns training only; 龙湾 every metric; a department returns in May only.
        set(
            &mut actuals,
            &plan,
            Series::District {
                metric: 0,
                district: 0,
            },
            6,
            500,
        );
        for metric in 0..plan.metrics.len() {
            set(
                &mut actuals,
                &plan,
                Series::District {
                    metric,
                    district: 1,
                },
                6,
                300,
            );
        }
        set(&mut actuals, &plan, Series::Department(0), 5, 10);
        // 龙湾's training goes down from May to June; its high-skill count is above certified.
        set(
            &mut actuals,
            &plan,
            Series::District {
                metric: 0,
                district: 1,
            },
            5,
            400,
        );
        set(
            &mut actuals,
            &plan,
            Series::District {
                metric: 2,
                district: 1,
            },
            6,
            350,
        );
        let status = MonthStatus::of(&plan, &actuals, Month::JUNE);
        assert_eq!(status.districts_reported(), 2);
        assert_eq!(status.incomplete, [(0, vec![1, 2])]);
        assert_eq!(status.departments_reported(), 0);
        assert_eq!(
            status.decreases,
            [(
                Series::District {
                    metric: 0,
                    district: 1
                },
                Month::JUNE
            )]
        );
        assert_eq!(status.above_whole.len(), 1);
        assert_eq!(status.findings(), 2);
        // May: only the department and 龙湾's training.
        let may = MonthStatus::of(&plan, &actuals, Month::new(5).unwrap_or(Month::JUNE));
        assert_eq!(may.departments_reported(), 1);
        assert_eq!(may.districts_reported(), 1);
    }
}
