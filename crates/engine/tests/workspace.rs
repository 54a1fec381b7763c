//! The planner's edits on the 2021 plan, as the app performs them.

use quota_engine::apportion::{Bounds, Method};
use quota_engine::base::Base;
use quota_engine::default_plan::{CERTIFIED, HIGH_SKILL, TRAINING};
use quota_engine::relations::of_which_violations;
use quota_engine::simulate::{Series, Sheet};
use quota_engine::workspace::{changed_cells, prefer, Edit, Workspace};
use quota_engine::{EditError, PlanError, RulesError, SimulationError};
use quota_engine::{EngineError, Name, Quota};

const LUCHENG: usize = 0;
const YUEQING: usize = 4;

fn total(ws: &Workspace, metric: usize) -> u64 {
    ws.plan.metric_total(metric).expect("no overflow").get()
}

#[test]
fn raising_lucheng_training_keeps_the_city_total_and_moves_the_others() {
    let ws = Workspace::default_2021();
    let edit = Edit::SetQuota {
        metric: TRAINING,
        district: LUCHENG,
        value: Quota::new(13_000),
    };
    let after = ws.apply(&edit).expect("feasible").workspace;
    assert_eq!(total(&after, TRAINING), 120_000);
    assert_eq!(
        after.plan.quota(TRAINING, LUCHENG),
        Some(Quota::new(13_000))
    );
    let moved = changed_cells(&ws.plan, &after.plan);
    assert!(
        moved.len() > 2,
        "the difference is spread over several districts: {moved:?}"
    );
    assert!(after.plan.metrics[TRAINING]
        .quotas
        .iter()
        .all(|q| q.get() % 100 == 0));
    assert!(of_which_violations(&after.plan).is_empty());
}

#[test]
fn a_locked_district_keeps_its_quota_when_the_total_changes() {
    let ws = Workspace::default_2021();
    let locked = ws
        .apply(&Edit::SetLock {
            metric: TRAINING,
            district: YUEQING,
            locked: true,
        })
        .expect("ok")
        .workspace;
    let after = locked
        .apply(&Edit::SetTotal {
            metric: TRAINING,
            total: Quota::new(130_000),
        })
        .expect("feasible")
        .workspace;
    assert_eq!(total(&after, TRAINING), 130_000);
    assert_eq!(
        after.plan.quota(TRAINING, YUEQING),
        Some(Quota::new(16_200))
    );
}

#[test]
fn a_tie_can_be_handed_to_another_candidate() {
    let ws = Workspace::default_2021();
    let edit = Edit::Reapportion { metric: TRAINING };
    let raised = ws
        .apply(&Edit::SetTotal {
            metric: TRAINING,
            total: Quota::new(130_000),
        })
        .expect("ok")
        .workspace;
    // Split 130,000 afresh with the published shares: equal districts tie.
    let mut published_base = raised.clone();
    published_base.rules[TRAINING].base = Base::Custom(
        ws.plan.metrics[TRAINING]
            .quotas
            .iter()
            .map(|q| q.get())
            .collect(),
    );
    let applied = published_base.apply(&edit).expect("ok");
    let (metric, tie) = applied.tie.expect("a tie for the last unit");
    assert_eq!(metric, TRAINING);
    let loser = *tie
        .candidates
        .iter()
        .find(|c| !tie.winners.contains(c))
        .expect("a loser");
    let mut preferring = published_base.clone();
    preferring.rules[TRAINING].tie_preference =
        prefer(&preferring.rules[TRAINING].tie_preference, loser);
    let again = preferring.apply(&edit).expect("ok");
    let (_, tie_again) = again.tie.expect("still tied");
    assert!(tie_again.winners.contains(&loser));
    assert_eq!(total(&again.workspace, TRAINING), 130_000);
}

#[test]
fn bad_entries_are_refused_with_what_would_work() {
    let ws = Workspace::default_2021();
    let not_a_step = Edit::SetQuota {
        metric: TRAINING,
        district: LUCHENG,
        value: Quota::new(12_050),
    };
    assert!(matches!(
        ws.apply(&not_a_step),
        Err(EngineError::Rules(RulesError::ValueNotMultipleOfStep { below, above, .. }))
            if below == Quota::new(12_000) && above == Quota::new(12_100)
    ));
    // High-skill above certified breaks "of which": refused with the ceiling.
    let above_parent = Edit::SetQuota {
        metric: HIGH_SKILL,
        district: LUCHENG,
        value: Quota::new(9_000),
    };
    assert!(matches!(
        ws.apply(&above_parent),
        Err(EngineError::Edit(EditError::OutsideBounds { max: Some(max), .. })) if max == Quota::new(8_000)
    ));
    assert!(matches!(
        ws.apply(&Edit::SetStep {
            metric: TRAINING,
            step: 0
        }),
        Err(EngineError::Rules(RulesError::ZeroStep))
    ));
    let inverted = Edit::SetBounds {
        metric: TRAINING,
        district: 0,
        bounds: Bounds {
            min: Quota::new(500),
            max: Some(Quota::new(100)),
        },
    };
    assert!(matches!(
        ws.apply(&inverted),
        Err(EngineError::Rules(RulesError::BoundsInverted { .. }))
    ));
}

#[test]
fn methods_bases_and_steps_are_settings() {
    let ws = Workspace::default_2021();
    let ws = ws
        .apply(&Edit::SetMethod {
            metric: CERTIFIED,
            method: Method::SainteLague,
        })
        .expect("ok")
        .workspace;
    let ws = ws
        .apply(&Edit::SetBase {
            metric: CERTIFIED,
            base: Base::Equal,
        })
        .expect("ok")
        .workspace;
    let ws = ws
        .apply(&Edit::SetStep {
            metric: CERTIFIED,
            step: 1_000,
        })
        .expect("ok")
        .workspace;
    assert_eq!(ws.rules[CERTIFIED].method, Method::SainteLague);
    assert_eq!(ws.rules[CERTIFIED].base, Base::Equal);
    assert_eq!(ws.rules[CERTIFIED].step, 1_000);
    assert!(ws
        .apply(&Edit::SetBase {
            metric: CERTIFIED,
            base: Base::Custom(vec![1])
        })
        .is_err());
}

#[test]
fn districts_and_metrics_can_be_added_renamed_and_removed() {
    let ws = Workspace::default_2021();
    let ws = ws
        .apply(&Edit::AddDistrict {
            name: Name::new("新区", "New district"),
        })
        .expect("ok")
        .workspace;
    assert_eq!(ws.plan.districts.len(), 15);
    assert_eq!(ws.plan.quota(TRAINING, 14), Some(Quota::ZERO));
    let ws = ws
        .apply(&Edit::RenameDistrict {
            district: 14,
            name: Name::new("高新区", ""),
        })
        .expect("ok")
        .workspace;
    assert_eq!(ws.plan.districts[14].name.zh, "高新区");
    let ws = ws
        .apply(&Edit::RemoveDistrict { district: 0 })
        .expect("ok")
        .workspace;
    assert_eq!(ws.plan.districts[0].name.zh, "龙湾");
    assert_eq!(total(&ws, TRAINING), 108_000);
    // Removing certified makes high-skill part of training.
    let ws = ws
        .apply(&Edit::RemoveMetric { metric: CERTIFIED })
        .expect("ok")
        .workspace;
    assert_eq!(ws.plan.metrics.len(), 2);
    assert_eq!(ws.plan.metrics[1].parent, Some(TRAINING));
    let ws = ws
        .apply(&Edit::AddMetric {
            name: Name::new("新指标", "New metric"),
            parent: None,
        })
        .expect("ok")
        .workspace;
    assert_eq!(ws.plan.metrics.len(), 3);
    assert!(ws.validate().is_ok());
    let ws = ws
        .apply(&Edit::SetTitle {
            title: Name::new("2022年方案", "2022 plan"),
        })
        .expect("ok")
        .workspace;
    let ws = ws
        .apply(&Edit::SetYear { year: 2022 })
        .expect("ok")
        .workspace;
    assert_eq!(
        (ws.plan.title.zh.as_str(), ws.plan.year),
        ("2022年方案", 2022)
    );
}

#[test]
fn the_last_district_cannot_be_removed() {
    let ws = Workspace::blank(Name::new("新", "New"), Name::new("地区1", "District 1"));
    assert_eq!(ws.plan.districts.len(), 1);
    assert_eq!(
        ws.apply(&Edit::RemoveDistrict { district: 0 }),
        Err(EngineError::Plan(PlanError::LastOne))
    );
}

#[test]
fn a_pasted_block_sets_cells_and_skips_bad_ones() {
    let ws = Workspace::default_2021();
    let values = vec![
        vec![
            Some(Quota::new(1)),
            Some(Quota::new(2)),
            Some(Quota::new(3)),
        ],
        vec![Some(Quota::new(4)), None, Some(Quota::new(6))],
        vec![
            Some(Quota::new(7)),
            Some(Quota::new(8)),
            Some(Quota::new(9)),
        ],
    ];
    let after = ws
        .apply(&Edit::Paste {
            metric: 0,
            district: 1,
            values,
        })
        .expect("ok")
        .workspace;
    assert_eq!(after.plan.quota(TRAINING, 1), Some(Quota::new(1)));
    assert_eq!(after.plan.quota(HIGH_SKILL, 3), Some(Quota::new(9)));
    assert_eq!(
        after.plan.quota(CERTIFIED, 2),
        ws.plan.quota(CERTIFIED, 2),
        "skipped"
    );
    assert_eq!(changed_cells(&ws.plan, &after.plan).len(), 8);
}

#[test]
fn a_fresh_split_by_each_method_keeps_the_total() {
    let ws = Workspace::default_2021();
    for method in Method::ALL {
        let split = ws.split(TRAINING, method).expect("ok");
        assert_eq!(
            Quota::sum(split.quotas.iter().copied()),
            Ok(Quota::new(120_000))
        );
    }
}

#[test]
fn the_reference_split_uses_the_published_shares_at_todays_total() {
    let published = Workspace::default_2021().plan;
    let ws = Workspace::default_2021()
        .apply(&Edit::SetTotal {
            metric: TRAINING,
            total: Quota::new(121_000),
        })
        .expect("ok")
        .workspace;
    let by_method: Vec<Vec<Quota>> = Method::ALL
        .iter()
        .map(|&m| {
            ws.reference_split(TRAINING, m, &published)
                .expect("ok")
                .quotas
        })
        .collect();
    assert!(by_method
        .iter()
        .all(|q| Quota::sum(q.iter().copied()) == Ok(Quota::new(121_000))));
    assert!(
        by_method.iter().any(|q| q != &by_method[0]),
        "methods differ at 121,000"
    );
    // At the published total the published shares come back unchanged.
    let unchanged = Workspace::default_2021();
    let split = unchanged
        .reference_split(TRAINING, Method::Adams, &published)
        .expect("ok");
    assert_eq!(split.quotas, published.metrics[TRAINING].quotas);
}

#[test]
fn actuals_are_entered_pasted_sampled_and_follow_the_structure() {
    use quota_engine::simulate::Month;
    let june = Month::JUNE;
    let ws = Workspace::default_2021();
    assert!(ws.actuals.cumulative.is_empty());
    let ws = ws
        .apply(&Edit::SetActual {
            series: Series::District {
                metric: TRAINING,
                district: 0,
            },
            month: june,
            value: Some(Quota::new(5_000)),
        })
        .expect("ok")
        .workspace;
    assert_eq!(ws.actuals.done(TRAINING, 0, june), Quota::new(5_000));
    let values = vec![
        vec![Some(Quota::new(100)), Some(Quota::new(200))],
        vec![None, Some(Quota::new(300))],
    ];
    let ws = ws
        .apply(&Edit::PasteActuals {
            sheet: Sheet::Metric(CERTIFIED),
            row: 1,
            month: Month::new(1).expect("month"),
            values: values.clone(),
        })
        .expect("ok")
        .workspace;
    assert_eq!(
        ws.actuals.done(CERTIFIED, 2, Month::new(2).expect("month")),
        Quota::new(300)
    );
    // The same block into the departments' grid, from the last department: the row past the
    // grid is dropped, and the manufacturing grid follows its districts when one is removed.
    let ws = ws
        .apply(&Edit::PasteActuals {
            sheet: Sheet::Departments,
            row: 12,
            month: Month::new(1).expect("month"),
            values: values.clone(),
        })
        .expect("ok")
        .workspace
        .apply(&Edit::PasteActuals {
            sheet: Sheet::Manufacturing,
            row: 1,
            month: Month::new(1).expect("month"),
            values,
        })
        .expect("ok")
        .workspace;
    assert_eq!(ws.actuals.departments.len(), 13);
    assert_eq!(
        ws.actuals
            .done_in(Series::Department(12), Month::new(2).expect("month")),
        Quota::new(200)
    );
    let ws = ws
        .apply(&Edit::AddDistrict {
            name: Name::new("新区", ""),
        })
        .expect("ok")
        .workspace;
    assert!(ws.validate().is_ok());
    let ws = ws
        .apply(&Edit::RemoveDistrict { district: 0 })
        .expect("ok")
        .workspace;
    assert_eq!(
        ws.actuals.done(CERTIFIED, 1, Month::new(2).expect("month")),
        Quota::new(300)
    );
    assert_eq!(
        ws.actuals
            .done_in(Series::Manufacturing(1), Month::new(2).expect("month")),
        Quota::new(300)
    );
    let sampled = Workspace::default_2021()
        .apply(&Edit::LoadSample)
        .expect("ok")
        .workspace;
    assert!(sampled.actuals.sample);
    let cleared = sampled.apply(&Edit::ClearActuals).expect("ok").workspace;
    assert!(cleared.actuals.cumulative.is_empty());
}

#[test]
fn reallocated_quotas_must_keep_the_total() {
    let ws = Workspace::default_2021();
    let mut quotas = ws.plan.metrics[TRAINING].quotas.clone();
    quotas.swap(0, 3);
    assert!(ws
        .apply(&Edit::SetQuotas {
            metric: TRAINING,
            quotas: quotas.clone()
        })
        .is_ok());
    quotas[0] = Quota::new(1);
    assert!(matches!(
        ws.apply(&Edit::SetQuotas {
            metric: TRAINING,
            quotas
        }),
        Err(EngineError::Edit(EditError::TotalChanged { .. }))
    ));
}

#[test]
fn an_autosave_from_before_the_simulation_still_loads() {
    // Workspaces saved before actuals existed have no `actuals` or `simulation` fields.
    let ws = Workspace::default_2021();
    let mut json: serde_json::Value = serde_json::to_value(&ws).expect("json");
    let object = json.as_object_mut().expect("object");
    object.remove("actuals");
    object.remove("simulation");
    let back: Workspace = serde_json::from_value(json).expect("older format loads");
    assert_eq!(back, ws);
}

/// The scenario examples/intranet.html loads stays a valid scenario file as the format grows.
#[test]
fn the_embedding_example_scenario_opens() {
    let text = include_str!("../../../examples/sample-scenario.json");
    let workspace = quota_engine::formats::file::from_json(text).expect("a valid scenario file");
    assert_eq!(workspace.plan.metrics[0].quotas[0].get(), 13_000);
    assert_eq!(workspace.plan.title.zh, "示例：主页面载入的方案");
}

#[test]
fn the_forecast_report_reallocates_the_city_quota_never_below_what_is_done() {
    let ws = Workspace::default_2021()
        .apply(&Edit::LoadSample)
        .expect("sample data")
        .workspace;
    let report = ws.forecast_report(TRAINING);
    let lines = report.lines.clone().expect("a forecast");
    let realloc = report.reallocation.clone().expect("a reallocation");
    let sum: u64 = realloc.quotas.iter().map(|q| q.get()).sum();
    assert_eq!(sum, 120_000);
    for (quota, line) in realloc
        .quotas
        .iter()
        .zip(lines.iter().filter(|f| f.district.is_some()))
    {
        assert!(*quota >= line.done, "{quota:?} below done {:?}", line.done);
    }
    assert_eq!(realloc.forecast.len(), lines.len());
    // Seeded: the same workspace gives the same numbers.
    assert_eq!(ws.forecast_report(TRAINING), report);
}

#[test]
fn two_forecast_changes_in_a_row_both_hold() {
    use quota_engine::simulate::forecast::SettingsChange;
    use quota_engine::simulate::Month;
    let ws = Workspace::default_2021();
    let weight = |month: u8, weight: u32| Edit::ChangeForecast {
        change: SettingsChange::Weight {
            month: Month::new(month).expect("a month"),
            weight,
        },
    };
    // Each change applies to the settings as they are, not as they were when it was typed.
    let once = ws.apply(&weight(1, 0)).expect("legal").workspace;
    let twice = once.apply(&weight(2, 0)).expect("legal").workspace;
    assert_eq!(twice.simulation.forecast.profile[..2], [0, 0]);
    let paths = Edit::ChangeForecast {
        change: SettingsChange::Paths(0),
    };
    assert!(matches!(
        twice.apply(&paths),
        Err(EngineError::Simulation(SimulationError::PathsOutOfRange {
            paths: 0,
            ..
        }))
    ));
    let knob = Edit::ChangeForecast {
        change: SettingsChange::KnobDistrict {
            knob: 7,
            district: 3,
        },
    };
    // A pace change that does not exist: nothing changes.
    assert_eq!(twice.apply(&knob).expect("legal").workspace, twice);
}
