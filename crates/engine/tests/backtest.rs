//! The backtest on the forecast screen: last month's forecast of this month, from what was
//! known then only, against this month's reports.

use quota_engine::default_plan::TRAINING;
use quota_engine::simulate::Month;
use quota_engine::simulate::Series;
use quota_engine::workspace::{Edit, Workspace};
use quota_engine::{EngineError, Quota, SimulationError};

fn month(m: u8) -> Month {
    Month::new(m).expect("a month") // ok: test
}

fn sample_at(m: u8) -> Workspace {
    [Edit::LoadSample, Edit::SetAsOf { month: month(m) }]
        .iter()
        .fold(Workspace::default_2021(), |ws, edit| {
            ws.apply(edit).expect("applies").workspace // ok: test
        })
}

#[test]
fn last_months_forecast_is_set_against_this_months_reports() {
    let ws = sample_at(6);
    let backtest = ws.forecast_report(TRAINING).backtest.expect("a backtest"); // ok: test
    assert_eq!(backtest.month, month(6));
    assert_eq!(backtest.lines.len(), 14);
    for line in &backtest.lines {
        assert!(line.p10 <= line.p50 && line.p50 <= line.p90, "{line:?}");
        let reported = ws.actuals.cumulative[TRAINING][line.district][5];
        assert_eq!(line.actual, reported);
        // One month ahead from May: the range is about one month's progress wide, not a year's.
        let may = ws.actuals.done(TRAINING, line.district, month(5));
        assert!(line.p10 >= may, "{line:?} below May's {may:?}");
    }
    let (judged, inside) = backtest.held();
    assert_eq!(judged, 14);
    // The sample data follow a steady process the method knows: most months fall inside.
    assert!(inside >= 9, "{inside} of {judged} inside");
}

#[test]
fn the_backtest_knows_nothing_of_the_month_it_forecasts() {
    let ws = sample_at(6);
    let before = ws.forecast_report(TRAINING).backtest.expect("a backtest"); // ok: test
    let changed = ws
        .apply(&Edit::SetActual {
            series: Series::District {
                metric: TRAINING,
                district: 0,
            },
            month: month(6),
            value: Some(Quota::new(9_999)),
        })
        .expect("applies") // ok: test
        .workspace;
    let after = changed
        .forecast_report(TRAINING)
        .backtest
        .expect("a backtest"); // ok: test
    assert_eq!(after.lines[0].actual, Some(Quota::new(9_999)));
    assert_eq!(
        (after.lines[0].p10, after.lines[0].p50, after.lines[0].p90),
        (
            before.lines[0].p10,
            before.lines[0].p50,
            before.lines[0].p90
        )
    );
    assert_eq!(after.lines[0].inside(), Some(false));
    assert!(after.lines[0].error_permille().is_some_and(|e| e < 0));
}

#[test]
fn too_few_months_or_no_reports_say_so() {
    assert_eq!(
        sample_at(3).forecast_report(TRAINING).backtest,
        Err(EngineError::Simulation(SimulationError::TooFewMonths {
            needed: 4,
            month: 3
        }))
    );
    assert_eq!(
        Workspace::default_2021().forecast_report(TRAINING).backtest,
        Err(EngineError::Simulation(SimulationError::NoActuals {
            month: 5
        }))
    );
}
