//! Screens without the data they need say so instead of showing zeros or a proposal: no
//! actuals, a month before any data, districts that have not reported, nobody with progress,
//! one month only, a zero quota, a report after a gap.

use quota_engine::default_plan::TRAINING;
use quota_engine::simulate::forecast::{Forecast, SettingsChange, FLAT};
use quota_engine::simulate::Month;
use quota_engine::simulate::Series;
use quota_engine::workspace::{Edit, Workspace};
use quota_engine::{EngineError, Quota, SimulationError};

fn month(m: u8) -> Month {
    Month::new(m).expect("a month") // ok: test
}

fn with(ws: &Workspace, edits: &[Edit]) -> Workspace {
    edits.iter().fold(ws.clone(), |ws, edit| {
        ws.apply(edit).expect("the edit applies").workspace // ok: test
    })
}

fn actual(district: usize, m: u8, value: u64) -> Edit {
    Edit::SetActual {
        series: Series::District {
            metric: TRAINING,
            district,
        },
        month: month(m),
        value: Some(Quota::new(value)),
    }
}

fn flat() -> Edit {
    Edit::ChangeForecast {
        change: SettingsChange::Profile(FLAT),
    }
}

fn no_actuals(m: u8) -> EngineError {
    EngineError::Simulation(SimulationError::NoActuals { month: m })
}

fn districts(lines: &[Forecast]) -> impl Iterator<Item = &Forecast> {
    lines.iter().filter(|f| f.district.is_some())
}

#[test]
fn without_actuals_there_is_no_forecast_no_proposal_and_no_bulletin() {
    let ws = Workspace::default_2021();
    let report = ws.forecast_report(TRAINING);
    assert_eq!(report.lines, Err(no_actuals(6)));
    assert_eq!(report.reallocation, Err(no_actuals(6)));
    let bulletin = ws.bulletin_report(TRAINING);
    assert_eq!(bulletin.bulletin, Err(no_actuals(6)));
    assert_eq!(bulletin.review, Some(Err(no_actuals(6))));
}

#[test]
fn the_month_asked_about_comes_before_any_data() {
    let ws = with(
        &Workspace::default_2021(),
        &[actual(0, 4, 4_000), Edit::SetAsOf { month: month(3) }],
    );
    assert_eq!(ws.forecast_report(TRAINING).lines, Err(no_actuals(3)));
    assert_eq!(ws.bulletin_report(TRAINING).bulletin, Err(no_actuals(3)));
    // Before June there is no mid-year review to show at all.
    assert_eq!(ws.bulletin_report(TRAINING).review, None);
}

#[test]
fn districts_that_have_not_reported_are_marked_and_block_the_reallocation() {
    let ws = with(
        &Workspace::default_2021(),
        &[flat(), actual(0, 6, 6_000), actual(1, 5, 3_000)],
    );
    let report = ws.forecast_report(TRAINING);
    let lines = report.lines.expect("a forecast from two districts"); // ok: test
    let reported: Vec<bool> = districts(&lines).map(|f| f.reported).collect();
    assert_eq!(reported[..2], [true, true]);
    assert!(reported[2..].iter().all(|r| !r));
    let city = lines.last().expect("the city line"); // ok: test
    assert!(city.district.is_none() && !city.reported);
    assert_eq!(
        report.reallocation,
        Err(EngineError::Simulation(SimulationError::Unreported {
            districts: (2..14).collect()
        }))
    );
}

#[test]
fn a_report_after_a_gap_is_the_progress_of_every_month_in_it() {
    // 鹿城 reports only in June: 6,000 over six months is 1,000 a month, not a sudden jump after
    // five months of nothing (which would read as a stall, or as wild noise).
    let ws = with(&Workspace::default_2021(), &[flat(), actual(0, 6, 6_000)]);
    let lines = ws.forecast_report(TRAINING).lines.expect("a forecast"); // ok: test
    let lucheng = &lines[0];
    assert_eq!(lucheng.pace_change, None);
    let p50 = lucheng.p50.get() as f64;
    assert!((p50 - 12_000.0).abs() < 0.1 * 12_000.0, "{lucheng:?}");
    // One report says little about the pace: the range is wide, but not absurd.
    assert!(
        lucheng.p10.get() < 10_000 && lucheng.p90.get() > 14_000,
        "{lucheng:?}"
    );
    assert!(lucheng.p90.get() < 30_000, "{lucheng:?}");
}

#[test]
fn a_district_that_has_not_reported_lately_still_has_its_months_to_come() {
    // 龙湾 last reported in April: May and June are still to come for it, so its year-end is
    // its April count plus eight months, not plus six.
    let mut edits = vec![flat()];
    for d in 0..14 {
        let last = if d == 1 { 4 } else { 6 };
        for m in 1..=last {
            edits.push(actual(d, m, 500 * u64::from(m)));
        }
    }
    let ws = with(&Workspace::default_2021(), &edits);
    let lines = ws.forecast_report(TRAINING).lines.expect("a forecast"); // ok: test
    let (lucheng, longwan) = (&lines[0], &lines[1]);
    assert!(
        lucheng.p50.get().abs_diff(6_000) * 20 < 6_000,
        "{lucheng:?}"
    );
    assert!(
        longwan.p50.get().abs_diff(6_000) * 20 < 6_000,
        "{longwan:?}"
    );
}

#[test]
fn when_nobody_has_progress_no_reallocation_is_proposed() {
    let edits: Vec<Edit> = (0..14).map(|d| actual(d, 6, 0)).collect();
    let ws = with(&Workspace::default_2021(), &edits);
    let report = ws.forecast_report(TRAINING);
    let lines = report.lines.expect("zero is a report"); // ok: test
    assert!(districts(&lines).all(|f| f.reported && f.p90 == Quota::ZERO));
    assert_eq!(
        report.reallocation,
        Err(EngineError::Simulation(SimulationError::NoProgress))
    );
}

#[test]
fn one_month_gives_a_forecast_with_ranges_as_wide_as_one_month_deserves() {
    let ws = with(
        &Workspace::default_2021(),
        &[Edit::LoadSample, Edit::SetAsOf { month: month(1) }],
    );
    let lines = ws.forecast_report(TRAINING).lines.expect("a forecast"); // ok: test
    for f in districts(&lines) {
        assert!(f.reported);
        assert!(
            f.p90.get() as f64 >= 1.4 * f.p10.get() as f64,
            "one month cannot pin a year down: {f:?}"
        );
    }
    assert!(ws.forecast_report(TRAINING).reallocation.is_ok());
}

#[test]
fn a_district_with_a_zero_quota_has_reached_it() {
    let mut ws = with(&Workspace::default_2021(), &[Edit::LoadSample]);
    // 瓯江口's quota moved to 鹿城 by hand: the city total stays.
    let quotas: Vec<Quota> = ws.plan.metrics[TRAINING]
        .quotas
        .iter()
        .enumerate()
        .map(|(d, &q)| match d {
            0 => Quota::new(q.get() + 600),
            12 => Quota::ZERO,
            _ => q,
        })
        .collect();
    ws = with(
        &ws,
        &[Edit::SetQuotas {
            metric: TRAINING,
            quotas,
        }],
    );
    let report = ws.forecast_report(TRAINING);
    let lines = report.lines.expect("a forecast"); // ok: test
    assert!((lines[12].probability - 1.0).abs() < f64::EPSILON);
    assert!(report.reallocation.is_ok());
    let bulletin = ws.bulletin_report(TRAINING).bulletin.expect("a bulletin"); // ok: test
    assert_eq!(bulletin.lines[12].completion_permille, None);
}
