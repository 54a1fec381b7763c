//! Share links: round trips, length budgets, golden vectors and every way a link breaks.

mod common;

use common::config;
use proptest::prelude::{prop, prop_assert_eq, proptest, Strategy};
use quota_engine::apportion::Method;
use quota_engine::links::codec::{decode, encode, LinkError};
use quota_engine::matrix::{CellRule, MatrixEdit, Rounding};
use quota_engine::simulate::supervision::DocumentHeader;
use quota_engine::simulate::supervision::{LightRules, PhaseProfile, Yardstick};
use quota_engine::simulate::Month;
use quota_engine::simulate::{Countable, Series};
use quota_engine::workspace::{Edit, Workspace};
use quota_engine::{Name, Quota};

fn edited() -> Workspace {
    let ws = Workspace::default_2021();
    let edits = [
        Edit::SetQuota {
            metric: 0,
            district: 0,
            value: Quota::new(13_000),
        },
        Edit::SetLock {
            metric: 1,
            district: 4,
            locked: true,
        },
        Edit::SetMethod {
            metric: 2,
            method: Method::SainteLague,
        },
        Edit::SetTitle {
            title: Name::new("<script>alert(1)</script> 方案", "Plan"),
        },
    ];
    edits
        .iter()
        .fold(ws, |ws, e| ws.apply(e).expect("valid edit").workspace)
}

/// Twelve months of actuals for all 14 districts and 3 metrics, not the sample.
fn with_a_year_of_actuals() -> Workspace {
    let mut ws = Workspace::default_2021()
        .apply(&Edit::LoadSample)
        .expect("ok")
        .workspace;
    ws.actuals.sample = false;
    ws.actuals.cumulative[0][0][3] = Some(Quota::new(1_234));
    ws
}

#[test]
fn the_default_plan_is_a_short_link() {
    let link = encode(&Workspace::default_2021());
    println!("link length: default plan {} characters", link.len());
    assert!(link.len() <= 100, "{link}");
    assert_eq!(decode(&link), Ok(Workspace::default_2021()));
}

#[test]
fn matrix_settings_travel_in_the_link() {
    let ws = Workspace::default_2021()
        .apply(&Edit::Matrix(MatrixEdit::SetCell {
            row: 2,
            column: 3,
            rule: CellRule::Zero,
        }))
        .expect("valid")
        .workspace
        .apply(&Edit::Matrix(MatrixEdit::SetStep(10)))
        .expect("valid")
        .workspace;
    let link = encode(&ws);
    println!(
        "link length: one structural zero and step 10 {} characters",
        link.len()
    );
    assert_ne!(link, encode(&Workspace::default_2021()));
    assert_eq!(decode(&link), Ok(ws));
}

#[test]
fn edits_round_trip_exactly() {
    let ws = edited();
    let link = encode(&ws);
    println!("link length: four edits {} characters", link.len());
    assert_eq!(decode(&link), Ok(ws));
}

#[test]
fn a_year_of_actuals_fits_the_budget() {
    let ws = with_a_year_of_actuals();
    let link = encode(&ws);
    println!(
        "link length: 2021 plan + 12 months × 14 districts × 3 metrics of actuals: {} characters",
        link.len()
    );
    // The districts' 42 series, the departments' 13, 14 manufacturing and 4 countable.
    assert!(link.len() <= 2_500, "{} characters", link.len());
    assert_eq!(decode(&link), Ok(ws.clone()));
    let mut districts_only = ws;
    districts_only.actuals.departments.clear();
    districts_only.actuals.manufacturing.clear();
    districts_only.actuals.countable.clear();
    let link = encode(&districts_only);
    println!(
        "link length: the districts' actuals only: {} characters",
        link.len()
    );
    assert!(link.len() <= 1_500, "{} characters", link.len());
    assert_eq!(decode(&link), Ok(districts_only));
    let sampled = Workspace::default_2021()
        .apply(&Edit::LoadSample)
        .expect("ok")
        .workspace;
    let short = encode(&sampled);
    println!("link length: the sample data {} characters", short.len());
    assert!(short.len() <= 100);
    assert_eq!(decode(&short), Ok(sampled));
}

#[test]
fn another_shape_and_restated_actuals_round_trip() {
    let ws = Workspace::blank(
        Name::new("新指标分解方案", "New plan"),
        Name::new("地区1", "District 1"),
    )
    .apply(&Edit::AddDistrict {
        name: Name::new("二区", "Two"),
    })
    .and_then(|a| {
        a.workspace.apply(&Edit::SetQuota {
            metric: 0,
            district: 0,
            value: Quota::ZERO,
        })
    })
    .expect("ok")
    .workspace;
    let ws = ws
        .apply(&Edit::SetActual {
            series: Series::District {
                metric: 0,
                district: 1,
            },
            month: Month::JUNE,
            value: Some(Quota::new(90)),
        })
        .and_then(|a| {
            a.workspace.apply(&Edit::SetActual {
                series: Series::District {
                    metric: 0,
                    district: 1,
                },
                month: Month::DECEMBER,
                value: Some(Quota::new(40)),
            })
        })
        .expect("ok")
        .workspace;
    assert_eq!(decode(&encode(&ws)), Ok(ws));
}

/// Links written by format version 1. They must open, with these numbers, in every later
/// version of the app.
#[test]
fn golden_links_of_version_1_still_open() {
    assert_eq!(decode(GOLDEN_DEFAULT), Ok(Workspace::default_2021()));
    let edited = decode(GOLDEN_EDITED).expect("opens");
    assert_eq!(edited.plan.quota(0, 0), Some(Quota::new(13_000)));
    assert_eq!(edited.plan.metric_total(0), Ok(Quota::new(120_000)));
    assert!(edited.rules[1].locked[4]);
    assert_eq!(edited.rules[2].method, Method::SainteLague);
    assert_eq!(edited.plan.title.zh, "<script>alert(1)</script> 方案");
}

const GOLDEN_DEFAULT: &str = "v1.AAAAAAAAAAAA";
const GOLDEN_EDITED: &str = include_str!("golden/edited-v1.txt");

#[test]
fn broken_links_say_what_failed() {
    // Found by the link fuzzer: the sample's flag beside an empty tail of department,
    // manufacturing and countable series. Not a link the app writes; it reopened as another
    // workspace. Now refused.
    assert_eq!(
        decode("v1.AAAAAAAAAAEAACAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAA"),
        Err(LinkError::Invalid)
    );
    let good = encode(&edited());
    assert_eq!(decode(""), Err(LinkError::Empty));
    assert_eq!(decode("hello"), Err(LinkError::NotALink));
    assert_eq!(
        decode("v9.AAAA"),
        Err(LinkError::FutureVersion {
            found: 9,
            supported: 1
        })
    );
    // A version past a byte is still a newer version, not another kind of text.
    assert_eq!(
        decode("v999.AAAA"),
        Err(LinkError::FutureVersion {
            found: 999,
            supported: 1
        })
    );
    assert_eq!(decode("v.AAAA"), Err(LinkError::NotALink));
    assert_eq!(decode("v+1.AAAA"), Err(LinkError::NotALink));
    assert_eq!(decode("v1.AA$A"), Err(LinkError::BadCharacters));
    assert_eq!(decode(&good[..good.len() / 2]), Err(LinkError::Corrupt));
    assert!(matches!(
        decode(&format!("{good}AAAA")),
        Err(LinkError::Corrupt | LinkError::Invalid)
    ));
    assert!(matches!(
        decode(&"A".repeat(300_000)),
        Err(LinkError::TooLong { .. })
    ));
    // Flip characters one at a time: each variant opens as a valid plan or fails cleanly.
    for i in 3..good.len() {
        let mut chars: Vec<char> = good.chars().collect();
        chars[i] = if chars[i] == 'A' { 'B' } else { 'A' };
        let tampered: String = chars.into_iter().collect();
        if let Ok(ws) = decode(&tampered) {
            assert!(ws.validate().is_ok());
        }
    }
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    let edit =
        (0usize..3, 0usize..14, 0u64..300, 0u8..12).prop_map(|(metric, district, units, kind)| {
            match kind {
                0 => Edit::SetQuota {
                    metric,
                    district,
                    value: Quota::new(units * 100),
                },
                1 => Edit::SetLock {
                    metric,
                    district,
                    locked: units % 2 == 0,
                },
                2 => Edit::SetMethod {
                    metric,
                    method: Method::ALL[district % 6],
                },
                3 => Edit::SetActual {
                    // Districts' counts, and departments', manufacturing and countable ones.
                    series: match units % 4 {
                        0 => Series::Department(district % 13),
                        1 => Series::Manufacturing(district),
                        2 => Series::Countable(Countable::ALL[district % 4]),
                        _ => Series::District { metric, district },
                    },
                    month: Month::new(u8::try_from(district % 12 + 1).unwrap_or(1))
                        .unwrap_or(Month::JUNE),
                    value: Some(Quota::new(units * 37)),
                },
                4 => Edit::SetTotal {
                    metric,
                    total: Quota::new(100_000 + units * 100),
                },
                5 => Edit::SetStep {
                    metric,
                    step: [1, 10, 100][district % 3],
                },
                6 => Edit::Matrix(MatrixEdit::SetCell {
                    row: usize::try_from(units % 13).unwrap_or(0),
                    column: district,
                    rule: if units % 2 == 0 {
                        CellRule::Zero
                    } else {
                        CellRule::Locked(Quota::new(units * 100))
                    },
                }),
                7 => Edit::Matrix(MatrixEdit::SetSeed {
                    row: metric,
                    column: district,
                    weight: units,
                }),
                8 => Edit::Matrix(MatrixEdit::SetRounding(Rounding::ALL[district % 2])),
                9 => Edit::SetPhaseProfile {
                    profile: match district % 3 {
                        0 => PhaseProfile::Even,
                        1 => PhaseProfile::Seasonal,
                        _ => PhaseProfile::Typed(std::array::from_fn(|m| {
                            u32::try_from((units + m as u64 * 7) % 20).unwrap_or(1)
                        })),
                    },
                },
                11 => Edit::SetDocument {
                    header: DocumentHeader {
                        issuer: "温州市人力资源和社会保障局".to_owned(),
                        number: format!("温人社〔2021〕{units}号"),
                        date: String::new(),
                        title: format!("通报 {district}"),
                        closing: "一、\n二、".to_owned(),
                    },
                },
                _ => Edit::SetLightRules {
                    rules: LightRules {
                        yellow_points: u32::try_from(units % 20).unwrap_or(10),
                        red_points: u32::try_from(units % 50 + 20).unwrap_or(30),
                        green_needs_city_rate: district % 2 == 0,
                        supervise_after: u8::try_from(district % 4).unwrap_or(2),
                        interview_after: u8::try_from(district % 5).unwrap_or(3),
                        yardstick: if metric == 0 {
                            Yardstick::TimeProgress
                        } else {
                            Yardstick::Phased
                        },
                    },
                },
            }
        });
    prop::collection::vec(edit, 0..12)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn encode_then_decode_is_the_identity(edits in edits()) {
        let ws = edits.iter().fold(Workspace::default_2021(), |ws, e| {
            ws.apply(e).map_or(ws, |a| a.workspace)
        });
        prop_assert_eq!(decode(&encode(&ws)), Ok(ws));
    }
}

#[test]
fn a_link_with_sample_data_on_a_ragged_plan_is_refused_not_a_panic() {
    // Found by the link_decode fuzz target (fuzz/seeds/link_decode/regression-sample-on-a-ragged-plan):
    // a metric with more quotas than the plan has districts, and "sample data" asked for.
    let text = include_str!("../../../fuzz/seeds/link_decode/regression-sample-on-a-ragged-plan");
    assert_eq!(decode(text.trim()), Err(LinkError::Invalid));
}

#[test]
fn a_link_to_a_plan_without_metrics_is_refused() {
    // Found by the link_decode fuzz target (fuzz/seeds/link_decode/regression-sample-without-metrics):
    // a plan with no metric opened, but did not survive its own round trip.
    let text = include_str!("../../../fuzz/seeds/link_decode/regression-sample-without-metrics");
    assert_eq!(decode(text.trim()), Err(LinkError::Invalid));
}
