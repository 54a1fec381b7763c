//! Returns besides the districts' own counts: the line departments' counts with their lights,
//! each district's manufacturing share against the plan's minimum, and the countable targets;
//! entered one by one, kept through links, and judged by the same light rules.

use quota_engine::links::codec::{decode, encode};
use quota_engine::simulate::supervision::{Light, LightRules, PhaseProfile, Yardstick};
use quota_engine::simulate::{Countable, Month, Series};
use quota_engine::workspace::{Edit, Workspace};
use quota_engine::{EngineError, Quota};

fn with(entries: &[(Series, u8, u64)]) -> Workspace {
    let mut ws = Workspace::default_2021();
    for &(series, m, value) in entries {
        ws = ws
            .apply(&Edit::SetActual {
                series,
                month: Month::new(m).expect("a month"),
                value: Some(Quota::new(value)),
            })
            .expect("applies")
            .workspace;
    }
    ws
}

#[test]
fn departments_are_judged_against_time_progress_and_escalate() {
    let plan = Workspace::default_2021().plan;
    // Department 0 at 40 % in May and June (10 points behind 41.7 % and 50 %: yellow twice),
    // department 1 at 100 % of its quota in June.
    let q0 = plan.departments[0].quota.get();
    let q1 = plan.departments[1].quota.get();
    let ws = with(&[
        (Series::Department(0), 5, q0 * 30 / 100),
        (Series::Department(0), 6, q0 * 40 / 100),
        (Series::Department(1), 6, q1),
    ]);
    let grid = ws.units_report().departments.expect("departments returned");
    assert_eq!(grid.lines.len(), 13);
    let first = &grid.lines[0];
    assert_eq!(first.done, Quota::new(q0 * 40 / 100));
    assert_eq!(first.target, Quota::new(q0));
    assert_eq!((first.rate_permille, first.schedule_permille), (400, 500));
    assert_eq!(first.gap_permille, Some(100));
    assert_eq!(first.lights[4..], [Light::Yellow, Light::Yellow]);
    assert!(first.supervise && !first.interview);
    let second = &grid.lines[1];
    assert_eq!(second.lights[5], Light::Green);
    assert_eq!(second.gap_permille, Some(-500));
    // Departments that have not returned are not judged.
    assert!(grid.lines[2]
        .lights
        .iter()
        .all(|l| *l == Light::NotReported));
    assert_eq!(grid.lines[2].gap_permille, None);
}

#[test]
fn phased_department_schedules_follow_the_profile() {
    let plan = Workspace::default_2021().plan;
    let q0 = plan.departments[0].quota.get();
    let mut ws = with(&[(Series::Department(0), 6, q0 * 40 / 100)]);
    let rules = LightRules {
        yardstick: Yardstick::Phased,
        ..LightRules::default()
    };
    ws = ws
        .apply(&Edit::SetLightRules { rules })
        .expect("valid")
        .workspace;
    ws = ws
        .apply(&Edit::SetPhaseProfile {
            profile: PhaseProfile::Typed([1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3, 3]),
        })
        .expect("applies")
        .workspace;
    // Six of 24 weights by June: 25 %; 40 % done is ahead.
    let line = &ws.units_report().departments.expect("ok").lines[0];
    assert_eq!(line.schedule_permille, 250);
    assert_eq!(line.gap_permille, Some(-150));
}

#[test]
fn the_manufacturing_share_is_judged_against_the_plans_minimum() {
    let certified = Workspace::default_2021().plan.department_metric;
    let c = |district| Series::District {
        metric: certified,
        district,
    };
    let ws = with(&[
        (c(0), 6, 1_000),
        (Series::Manufacturing(0), 6, 450),
        (c(1), 6, 1_000),
        (Series::Manufacturing(1), 6, 250),
        (c(2), 6, 1_000),
        (Series::Manufacturing(2), 6, 50),
        // Manufacturing without the certified count it is a share of: not judged.
        (Series::Manufacturing(3), 6, 50),
    ]);
    let grid = ws.units_report().manufacturing.expect("returned");
    let at_june = |d: usize| grid.lines[d].lights[5];
    assert_eq!(
        [at_june(0), at_june(1), at_june(2), at_june(3)],
        [Light::Green, Light::Yellow, Light::Red, Light::NotReported]
    );
    assert_eq!(grid.lines[1].schedule_permille, 400);
    assert_eq!(grid.lines[1].rate_permille, 250);
    // The city's share over the districts that returned both: 750 of 3,000.
    assert_eq!(grid.city_permille[5], 250);
}

#[test]
fn countable_targets_are_counted_against_time_progress() {
    let ws = with(&[
        (Series::Countable(Countable::TrainingBases), 6, 1),
        (Series::Countable(Countable::MunicipalCompetitions), 6, 30),
    ]);
    let grid = ws.units_report().countable.expect("returned");
    // 1 of 4 bases by June: 25 points behind, yellow; 30 of 50 competitions: ahead, green.
    assert_eq!(grid.lines[0].lights[5], Light::Yellow);
    assert_eq!(grid.lines[1].lights[5], Light::Green);
    assert_eq!(grid.lines[1].target, Quota::new(50));
    assert_eq!(grid.lines[2].lights[5], Light::NotReported);
}

#[test]
fn nothing_returned_is_said_rather_than_judged() {
    let report = Workspace::default_2021().units_report();
    for grid in [report.departments, report.manufacturing, report.countable] {
        assert!(matches!(grid, Err(EngineError::Simulation(_))));
    }
}

#[test]
fn the_sample_fills_every_series_and_links_keep_them() {
    let ws = Workspace::default_2021()
        .apply(&Edit::LoadSample)
        .expect("applies")
        .workspace;
    let report = ws.units_report();
    assert_eq!(report.departments.expect("sample").lines.len(), 13);
    let shares = report.manufacturing.expect("sample");
    // The sample's shares are 30–50 %.
    assert!(shares
        .lines
        .iter()
        .all(|l| (300..=500).contains(&l.rate_permille)));
    assert_eq!(report.countable.expect("sample").lines.len(), 4);
    // An edit to one department's count travels in the link, with the rest of the series.
    let edited = ws
        .apply(&Edit::SetActual {
            series: Series::Department(5),
            month: Month::JUNE,
            value: Some(Quota::new(777)),
        })
        .expect("applies")
        .workspace;
    assert_eq!(decode(&encode(&edited)), Ok(edited));
}

#[test]
fn a_department_the_plan_does_not_have_is_refused() {
    let ws = Workspace::default_2021();
    let refused = ws.apply(&Edit::SetActual {
        series: Series::Department(13),
        month: Month::JUNE,
        value: Some(Quota::new(1)),
    });
    assert!(refused.is_err());
    assert!(ws
        .apply(&Edit::SetActual {
            series: Series::Manufacturing(14),
            month: Month::JUNE,
            value: Some(Quota::new(1)),
        })
        .is_err());
}

#[test]
fn an_of_which_count_above_its_whole_is_found() {
    let certified = Workspace::default_2021().plan.department_metric;
    let ws = with(&[
        (
            Series::District {
                metric: certified,
                district: 0,
            },
            6,
            1_000,
        ),
        (Series::Manufacturing(0), 6, 1_200),
        (Series::Manufacturing(1), 6, 1_200),
        (
            Series::District {
                metric: 2,
                district: 2,
            },
            5,
            900,
        ),
        (
            Series::District {
                metric: 1,
                district: 2,
            },
            5,
            800,
        ),
    ]);
    let june = Month::JUNE;
    let may = Month::new(5).expect("a month");
    // 鹿城's manufacturing is above its certified count; 龙湾 has no certified count to
    // compare with; 瓯海's high-skill count is above its certified count in May.
    assert_eq!(
        ws.actuals.above_whole(&ws.plan),
        [
            (
                Series::District {
                    metric: 2,
                    district: 2
                },
                may
            ),
            (Series::Manufacturing(0), june),
        ]
    );
}
