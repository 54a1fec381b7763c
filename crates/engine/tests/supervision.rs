//! The monthly supervision: phased targets that add up both ways, and traffic lights with the
//! rules bureaus use.

use proptest::prelude::*;
use quota_engine::default_plan::{plan_2021, TRAINING};
use quota_engine::simulate::forecast::SPRING_FESTIVAL;
use quota_engine::simulate::supervision::{
    lights, phase, Light, LightRules, PhaseProfile, Yardstick,
};
use quota_engine::simulate::{Actuals, Month};
use quota_engine::Quota;

fn month(m: u8) -> Month {
    Month::new(m).expect("a month") // ok: test
}

fn sums(cells: &[Vec<Quota>]) -> (Vec<u64>, Vec<u64>) {
    let rows = cells
        .iter()
        .map(|r| r.iter().map(|q| q.get()).sum())
        .collect();
    let columns = (0..12)
        .map(|m| cells.iter().map(|r| r[m].get()).sum())
        .collect();
    (rows, columns)
}

#[test]
fn the_2021_training_quotas_phased_evenly_and_by_season() {
    let plan = plan_2021();
    let even = phase(&plan, TRAINING, &PhaseProfile::Even, &SPRING_FESTIVAL).expect("phased");
    assert!(even.months.iter().all(|&m| m == Quota::new(10_000)));
    let (rows, columns) = sums(&even.cells);
    let quotas: Vec<u64> = plan.metrics[TRAINING]
        .quotas
        .iter()
        .map(|q| q.get())
        .collect();
    assert_eq!(rows, quotas);
    assert!(columns.iter().all(|&c| c == 10_000));
    // 鹿城's 12,000 evenly: 1,000 a month.
    assert!(even.cells[0].iter().all(|&c| c == Quota::new(1_000)));

    let seasonal =
        phase(&plan, TRAINING, &PhaseProfile::Seasonal, &SPRING_FESTIVAL).expect("phased");
    // The Spring Festival profile sums to 100: February (3) is 3,600, December (12) 14,400.
    assert_eq!(seasonal.months[1], Quota::new(3_600));
    assert_eq!(seasonal.months[11], Quota::new(14_400));
    let (rows, columns) = sums(&seasonal.cells);
    assert_eq!(rows, quotas);
    assert_eq!(
        columns,
        seasonal.months.iter().map(|q| q.get()).collect::<Vec<_>>()
    );
    assert_eq!(seasonal.cumulative(0, month(12)), Quota::new(12_000));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn phased_targets_add_up_both_ways(
        quotas in prop::collection::vec(0u64..50_000, 14),
        weights in prop::array::uniform12(0u32..20),
    ) {
        prop_assume!(weights.iter().any(|&w| w > 0) && quotas.iter().any(|&q| q > 0));
        let mut plan = plan_2021();
        plan.metrics[TRAINING].quotas = quotas.iter().map(|&q| Quota::new(q)).collect();
        let phased = phase(&plan, TRAINING, &PhaseProfile::Typed(weights), &SPRING_FESTIVAL)
            .expect("a feasible table");
        let (rows, columns) = sums(&phased.cells);
        prop_assert_eq!(rows, quotas);
        prop_assert_eq!(columns, phased.months.iter().map(|q| q.get()).collect::<Vec<_>>());
        for (m, &w) in weights.iter().enumerate() {
            if w == 0 {
                prop_assert_eq!(phased.months[m], Quota::ZERO);
            }
        }
    }
}

/// 鹿城 (quota 12,000) at the given cumulative counts per month; the other districts steadily
/// on time progress.
fn actuals_with(lucheng: &[(u8, u64)]) -> Actuals {
    let plan = plan_2021();
    let mut actuals = Actuals::empty(&plan);
    for (d, quota) in plan.metrics[TRAINING].quotas.iter().enumerate().skip(1) {
        for m in 1..=12u8 {
            actuals.cumulative[TRAINING][d][usize::from(m) - 1] =
                Some(Quota::new(quota.get() * u64::from(m) / 12));
        }
    }
    for &(m, done) in lucheng {
        actuals.cumulative[TRAINING][0][usize::from(m) - 1] = Some(Quota::new(done));
    }
    actuals
}

#[test]
fn lights_follow_the_gap_and_a_made_up_red_turns_back() {
    let plan = plan_2021();
    let rules = LightRules::default();
    let actuals = actuals_with(&[(3, 3_000), (4, 1_800), (5, 2_400), (6, 1_800), (7, 7_000)]);
    let grid = lights(&plan, &actuals, TRAINING, month(7), &rules, None).expect("lights");
    let lucheng = &grid.lines[0];
    assert_eq!(
        lucheng.lights,
        [
            Light::NotReported,
            Light::NotReported,
            Light::Green, // March: 25 % of the year, 25 % done, the city on time progress
            Light::Yellow, // April: 33.3 % of the year, 15 % done: 18.3 points behind
            Light::Yellow, // May: 41.7 %, 20 %: 21.7 behind
            Light::Red,   // June: 50 %, 15 %: 35 behind
            Light::Green, // July: 58.3 %, 58.3 %: made up, on schedule and the city's rate
        ]
    );
    assert_eq!(lucheng.streak, 0);
    assert!(!lucheng.supervise);
    // At June it had three months in a row: 督办; only one of them red, so no 约谈 yet.
    let june = lights(&plan, &actuals, TRAINING, month(6), &rules, None).expect("lights");
    assert_eq!((june.lines[0].streak, june.lines[0].supervise), (3, true));
    assert!(!june.lines[0].interview);
    // Three red months in a row (April–June at 2.5 %, 8.3 %, 10 %): 约谈.
    let reds = actuals_with(&[(4, 300), (5, 1_000), (6, 1_200)]);
    let grid = lights(&plan, &reds, TRAINING, month(6), &rules, None).expect("lights");
    assert_eq!(
        &grid.lines[0].lights[3..],
        [Light::Red, Light::Red, Light::Red]
    );
    assert!(grid.lines[0].supervise && grid.lines[0].interview);
    let never = LightRules {
        interview_after: 0,
        ..rules.clone()
    };
    let grid = lights(&plan, &reds, TRAINING, month(6), &never, None).expect("lights");
    assert!(!grid.lines[0].interview);
    // Others are exactly on schedule.
    assert!(grid.lines[1]
        .lights
        .iter()
        .all(|&l| l == Light::Green || l == Light::Plain));
}

#[test]
fn two_yellow_or_red_months_in_a_row_raise_supervision() {
    let plan = plan_2021();
    let rules = LightRules::default();
    // May 41.7 %: 3,800 is 10 points behind (yellow); June 50 %: 4,200 is 15 behind (yellow).
    let actuals = actuals_with(&[(5, 3_800), (6, 4_200)]);
    let grid = lights(&plan, &actuals, TRAINING, month(6), &rules, None).expect("lights");
    let lucheng = &grid.lines[0];
    assert_eq!(&lucheng.lights[4..], [Light::Yellow, Light::Yellow]);
    assert_eq!(lucheng.streak, 2);
    assert!(lucheng.supervise);
    assert_eq!(lucheng.gap_permille, Some(150));
}

#[test]
fn the_phased_yardstick_judges_against_the_districts_own_schedule() {
    let plan = plan_2021();
    let phased = phase(&plan, TRAINING, &PhaseProfile::Seasonal, &SPRING_FESTIVAL).expect("ok");
    // By June the Spring Festival profile expects 43 % of the year: 4,800 done of 12,000 (40 %)
    // is 3 points behind the phased target — plain — but 10 behind time progress — yellow.
    let actuals = actuals_with(&[(6, 4_800)]);
    let phased_rules = LightRules {
        yardstick: Yardstick::Phased,
        green_needs_city_rate: false,
        ..LightRules::default()
    };
    let by_phase = lights(
        &plan,
        &actuals,
        TRAINING,
        month(6),
        &phased_rules,
        Some(&phased),
    )
    .expect("ok");
    let by_time = lights(
        &plan,
        &actuals,
        TRAINING,
        month(6),
        &LightRules::default(),
        None,
    )
    .expect("ok");
    assert_eq!(by_phase.lines[0].lights[5], Light::Plain);
    assert_eq!(by_time.lines[0].lights[5], Light::Yellow);
}

#[test]
fn without_actuals_there_are_no_lights() {
    let plan = plan_2021();
    assert!(lights(
        &plan,
        &Actuals::empty(&plan),
        TRAINING,
        month(6),
        &LightRules::default(),
        None
    )
    .is_err());
}

#[test]
fn the_document_facts_agree_with_the_bulletin_and_the_lights() {
    use quota_engine::workspace::{Edit, Workspace};
    let ws = Workspace::default_2021()
        .apply(&Edit::LoadSample)
        .expect("sample") // ok: test
        .workspace;
    let facts = ws.document_facts();
    assert_eq!(facts.len(), 3);
    let training = facts[TRAINING].as_ref().expect("facts"); // ok: test
    assert_eq!(training.quota, Quota::new(120_000));
    assert_eq!(training.schedule_permille, 500);
    assert_eq!(training.ranking.len(), 14);
    let done: u64 = (0..14)
        .map(|d| ws.actuals.done(TRAINING, d, month(6)).get())
        .sum();
    assert_eq!(training.done, Quota::new(done));
    // Ahead and behind never overlap, and every one behind is below schedule by its gap.
    assert!(training
        .ahead
        .iter()
        .all(|a| training.behind.iter().all(|b| a.district != b.district)));
    assert!(training
        .behind
        .iter()
        .all(|b| b.gap < 0 && b.rate_permille < 500));
    let grid = ws.supervision_report(TRAINING).lights.expect("lights"); // ok: test
    let flagged: Vec<usize> = grid
        .lines
        .iter()
        .filter(|l| l.supervise)
        .map(|l| l.unit)
        .collect();
    assert_eq!(training.supervise, flagged);
    // Without actuals there is nothing to report on.
    assert!(Workspace::default_2021()
        .document_facts()
        .iter()
        .all(Result::is_err));
}

#[test]
fn bands_that_contradict_each_other_are_refused_and_nothing_changes() {
    use quota_engine::workspace::{Edit, Workspace};
    use quota_engine::{EngineError, SimulationError};
    let ws = Workspace::default_2021();
    let rules = LightRules {
        yellow_points: 40,
        ..LightRules::default()
    };
    assert_eq!(
        ws.apply(&Edit::SetLightRules { rules }),
        Err(EngineError::Simulation(SimulationError::LightBands {
            yellow: 40,
            red: 30
        }))
    );
    let fine = LightRules {
        yellow_points: 5,
        ..LightRules::default()
    };
    let applied = ws
        .apply(&Edit::SetLightRules {
            rules: fine.clone(),
        })
        .expect("applies");
    assert_eq!(applied.workspace.supervision.lights, fine);
    assert_eq!(fine.preset(), None);
}
