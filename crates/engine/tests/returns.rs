//! Returns: request links, reply links with a checksum, and the preview of a paste of replies —
//! golden vectors (format 2 and the format 1 still read), tampering, another plan or month,
//! departments and the manufacturing "of which" (the pairs a request carries so the form can
//! refuse a part above its whole), and a round trip over random replies.

use proptest::prelude::*;
use quota_engine::links::returns::{
    fingerprint, preview, read_reply, read_request, reply, request, AboveWhole, Asked, Reply,
    ReplyProblem, Unit,
};
use quota_engine::simulate::{Month, Series};
use quota_engine::workspace::{Edit, Workspace};
use quota_engine::Quota;

fn june() -> Month {
    Month::JUNE
}

fn district_reply(plan: u32, district: u32, month: u8, values: &[(u32, u64)]) -> Reply {
    Reply {
        plan,
        unit: Unit::District(district),
        month,
        values: values.iter().map(|&(m, v)| (Asked::Metric(m), v)).collect(),
    }
}

#[test]
fn a_request_opens_the_districts_form_and_a_reply_comes_back() {
    let ws = Workspace::default_2021();
    let link = request(&ws, Unit::District(0), june());
    assert!(link.starts_with("r2."));
    let req = read_request(&format!("https://intranet.example/quota/#embed=1&{link}"))
        .expect("a request read from a whole address");
    assert_eq!((req.unit, req.month), (Unit::District(0), 6));
    assert_eq!(req.name.zh, "鹿城");
    assert_eq!(req.metrics.len(), 3);
    // Three metrics and the manufacturing "of which"; nothing known yet.
    assert_eq!(
        req.asks,
        [
            (Asked::Metric(0), None),
            (Asked::Metric(1), None),
            (Asked::Metric(2), None),
            (Asked::Manufacturing, None),
        ]
    );
    assert_eq!(req.plan, fingerprint(&ws.plan));
    let answer = Reply {
        plan: req.plan,
        unit: req.unit,
        month: req.month,
        values: vec![
            (Asked::Metric(0), 6_000),
            (Asked::Metric(1), 4_000),
            (Asked::Manufacturing, 1_700),
        ],
    };
    let text = reply(&answer);
    assert!(text.starts_with("a2."));
    assert_eq!(read_reply(&text), Ok(answer.clone()));
    assert_eq!(read_reply(&format!("  #{text}  ")), Ok(answer.clone()));
    // As it arrives in a chat message.
    assert_eq!(read_reply(&format!("鹿城：{text}（6月）")), Ok(answer));
}

#[test]
fn a_request_carries_its_of_which_pairs_and_a_part_above_its_whole_is_found() {
    let ws = Workspace::default_2021();
    let certified = ws.plan.department_metric;
    let req = read_request(&request(&ws, Unit::District(0), june())).expect("request");
    let expected_wholes: Vec<(Asked, Asked)> = ws
        .plan
        .metrics
        .iter()
        .enumerate()
        .filter_map(|(m, metric)| {
            let parent = metric.parent?;
            Some((Asked::Metric(m as u32), Asked::Metric(parent as u32)))
        })
        .chain([(Asked::Manufacturing, Asked::Metric(certified as u32))])
        .collect();
    assert!(!expected_wholes.is_empty());
    assert_eq!(req.wholes, expected_wholes);
    // Typed: manufacturing above the certified count typed beside it.
    let typed = [
        (Asked::Metric(certified as u32), 4_000),
        (Asked::Manufacturing, 4_500),
    ];
    assert_eq!(
        req.above_whole(&typed),
        [AboveWhole {
            part: (Asked::Manufacturing, 4_500),
            whole: (Asked::Metric(certified as u32), 4_000)
        }]
    );
    assert!(req
        .above_whole(&[
            (Asked::Manufacturing, 4_000),
            (Asked::Metric(certified as u32), 4_000)
        ])
        .is_empty());
    // A whole left blank counts at what the city already has for it.
    let series = Series::District {
        metric: certified,
        district: 0,
    };
    let ws = ws
        .apply(&Edit::SetActual {
            series,
            month: june(),
            value: Some(Quota::new(3_000)),
        })
        .expect("applies")
        .workspace;
    let req = read_request(&request(&ws, Unit::District(0), june())).expect("request");
    assert_eq!(
        req.above_whole(&[(Asked::Manufacturing, 3_100)]),
        [AboveWhole {
            part: (Asked::Manufacturing, 3_100),
            whole: (Asked::Metric(certified as u32), 3_000)
        }]
    );
    // A department is asked for one number: nothing to compare.
    let dept = read_request(&request(&ws, Unit::Department(0), june())).expect("request");
    assert!(dept.wholes.is_empty());
}

#[test]
fn a_request_of_an_earlier_release_without_pairs_still_opens_and_a_bad_tail_is_refused() {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine;
    let ws = Workspace::default_2021();
    let req = read_request(&request(&ws, Unit::District(0), june())).expect("request");
    // The request alone, as format 2 was written before the pairs were added.
    let body = postcard::to_allocvec(&req).expect("encode");
    let earlier = read_request(&format!("r2.{}", URL_SAFE_NO_PAD.encode(&body))).expect("earlier");
    assert!(earlier.wholes.is_empty());
    assert_eq!(earlier.asks, req.asks);
    // A pair naming a number the unit is not asked for, a part that is its own whole, an empty
    // tail, or bytes after the tail: not a request.
    let dept = read_request(&request(&ws, Unit::Department(0), june())).expect("request");
    let with_tail = |request: &quota_engine::links::returns::Request, tail: &[u8]| {
        let mut bytes = postcard::to_allocvec(request).expect("encode");
        bytes.extend_from_slice(tail);
        format!("r2.{}", URL_SAFE_NO_PAD.encode(&bytes))
    };
    let pairs = |pairs: &[(Asked, Asked)]| postcard::to_allocvec(&pairs.to_vec()).expect("encode");
    assert!(read_request(&with_tail(
        &dept,
        &pairs(&[(Asked::Manufacturing, Asked::Metric(1))])
    ))
    .is_none());
    assert!(read_request(&with_tail(
        &req,
        &pairs(&[(Asked::Metric(1), Asked::Metric(1))])
    ))
    .is_none());
    assert!(read_request(&with_tail(&req, &pairs(&[]))).is_none());
    let mut extra = pairs(&[(Asked::Manufacturing, Asked::Metric(1))]);
    extra.push(0);
    assert!(read_request(&with_tail(&req, &extra)).is_none());
    assert!(read_request(&with_tail(
        &req,
        &pairs(&[(Asked::Manufacturing, Asked::Metric(1))])
    ))
    .is_some());
}

#[test]
fn a_department_is_asked_for_the_departments_metric_only() {
    let ws = Workspace::default_2021()
        .apply(&Edit::SetActual {
            series: Series::Department(2),
            month: june(),
            value: Some(Quota::new(1_234)),
        })
        .expect("applies")
        .workspace;
    let req = read_request(&request(&ws, Unit::Department(2), june())).expect("reads");
    assert_eq!(req.unit, Unit::Department(2));
    assert_eq!(req.name, ws.plan.departments[2].name);
    let certified = u32::try_from(ws.plan.department_metric).expect("small");
    assert_eq!(req.asks, [(Asked::Metric(certified), Some(1_234))]);
    // A department answering for training, or for manufacturing, does not fit.
    let print = fingerprint(&ws.plan);
    let wrong = |asked| {
        reply(&Reply {
            plan: print,
            unit: Unit::Department(2),
            month: 6,
            values: vec![(asked, 5)],
        })
    };
    let good = reply(&Reply {
        plan: print,
        unit: Unit::Department(2),
        month: 6,
        values: vec![(Asked::Metric(certified), 1_300)],
    });
    let beyond = reply(&Reply {
        plan: print,
        unit: Unit::Department(13),
        month: 6,
        values: vec![(Asked::Metric(certified), 1)],
    });
    let text = [
        wrong(Asked::Metric(0)),
        wrong(Asked::Manufacturing),
        beyond,
        good,
    ]
    .join("\n");
    let p = preview(&ws, june(), &text);
    assert_eq!(
        p.problems,
        [
            (0, ReplyProblem::DoesNotFit),
            (1, ReplyProblem::DoesNotFit),
            (2, ReplyProblem::DoesNotFit),
        ]
    );
    assert_eq!(p.changes.len(), 1);
    assert_eq!(p.changes[0].series, Series::Department(2));
    assert_eq!(p.changes[0].before, Some(Quota::new(1_234)));
    // 14 districts and 13 departments are asked; one replied.
    assert_eq!(p.missing.len(), 26);
    assert!(!p.missing.contains(&Unit::Department(2)));
}

#[test]
fn golden_replies_decode_to_the_same_numbers() {
    // Format 1, written by the previous release: still read, as a district's reply.
    const GOLDEN_V1: &str = "a1.-KzRkQEDBgMB3AsAAcgBTB3-oQ";
    assert_eq!(
        read_reply(GOLDEN_V1),
        Ok(district_reply(0x1234_5678, 3, 6, &[(0, 1_500), (2, 200)]))
    );
    // Format 2, written by this release: a later one must still read it, and write it the same.
    let numbers = Reply {
        plan: 0x1234_5678,
        unit: Unit::Department(4),
        month: 6,
        values: vec![(Asked::Metric(1), 1_500), (Asked::Manufacturing, 200)],
    };
    let golden = reply(&numbers);
    assert_eq!(golden, "a2.-KzRkQEBBAYCAAHcCwHIAU7-SSg");
    assert_eq!(read_reply("a2.-KzRkQEBBAYCAAHcCwHIAU7-SSg"), Ok(numbers));
}

#[test]
fn tampered_or_foreign_replies_are_caught() {
    let ws = Workspace::default_2021();
    let print = fingerprint(&ws.plan);
    let good = reply(&district_reply(print, 1, 6, &[(0, 5_000)]));
    // One character changed: the checksum no longer matches (or it no longer decodes).
    let mut chars: Vec<char> = good.chars().collect();
    let i = chars.len() - 8;
    chars[i] = if chars[i] == 'A' { 'B' } else { 'A' };
    let tampered: String = chars.into_iter().collect();
    assert_eq!(read_reply(&tampered), Err(ReplyProblem::Corrupt));
    assert_eq!(read_reply("hello"), Err(ReplyProblem::NotAReply));
    assert_eq!(read_reply("a2.!!!"), Err(ReplyProblem::NotAReply));
    assert_eq!(read_reply("xa2.AAAA"), Err(ReplyProblem::NotAReply));
    assert_eq!(read_reply("a2.AAAA"), Err(ReplyProblem::Corrupt));
    assert_eq!(read_reply("a1.AAAA"), Err(ReplyProblem::Corrupt));

    let other_plan = reply(&district_reply(print ^ 1, 2, 6, &[(0, 1)]));
    let other_month = reply(&district_reply(print, 3, 5, &[(0, 1)]));
    let too_far = reply(&district_reply(print, 99, 6, &[(0, 1)]));
    let no_such_metric = reply(&district_reply(print, 4, 6, &[(7, 1)]));
    let again = reply(&district_reply(print, 1, 6, &[(0, 5_100)]));
    let text = [
        good.as_str(),
        "",
        &tampered,
        &other_plan,
        &other_month,
        &too_far,
        &no_such_metric,
        &again,
    ]
    .join("\n");
    let p = preview(&ws, june(), &text);
    assert_eq!(
        p.problems,
        [
            (2, ReplyProblem::Corrupt),
            (3, ReplyProblem::OtherPlan),
            (4, ReplyProblem::OtherMonth { month: 5 }),
            (5, ReplyProblem::DoesNotFit),
            (6, ReplyProblem::DoesNotFit),
            (
                7,
                ReplyProblem::Repeated {
                    unit: Unit::District(1)
                }
            ),
        ]
    );
    assert_eq!(p.replies.len(), 1);
    // The later reply of 龙湾 counts.
    assert_eq!(p.changes.len(), 1);
    assert_eq!(p.changes[0].after, Quota::new(5_100));
    assert_eq!(p.missing.len(), 26);
    assert!(!p.missing.contains(&Unit::District(1)));
}

#[test]
fn a_paste_of_every_unit_changes_only_what_differs_and_applies_as_one_edit() {
    let ws = Workspace::default_2021()
        .apply(&Edit::SetActual {
            series: Series::District {
                metric: 0,
                district: 0,
            },
            month: june(),
            value: Some(Quota::new(6_000)),
        })
        .expect("applies")
        .workspace;
    let print = fingerprint(&ws.plan);
    let certified = u32::try_from(ws.plan.department_metric).expect("small");
    let replies: Vec<String> = Unit::all(&ws.plan)
        .into_iter()
        .map(|unit| {
            let values = match unit {
                Unit::District(d) => vec![
                    (Asked::Metric(0), 6_000 + u64::from(d)),
                    (Asked::Manufacturing, 900 + u64::from(d)),
                ],
                Unit::Department(d) => vec![(Asked::Metric(certified), 100 + u64::from(d))],
            };
            reply(&Reply {
                plan: print,
                unit,
                month: 6,
                values,
            })
        })
        .collect();
    assert_eq!(replies.len(), 27);
    let p = preview(&ws, june(), &replies.join("\n"));
    assert!(p.missing.is_empty() && p.problems.is_empty());
    // 鹿城 already had 6,000: not a change. 13 + 14 manufacturing + 13 departments.
    assert_eq!(p.changes.len(), 40);
    let edit = Edit::SetReturns {
        month: june(),
        values: p.changes.iter().map(|c| (c.series, c.after)).collect(),
    };
    let after = ws.apply(&edit).expect("applies").workspace;
    assert_eq!(after.actuals.done(0, 13, june()), Quota::new(6_013));
    assert_eq!(
        after.actuals.done_in(Series::Manufacturing(13), june()),
        Quota::new(913)
    );
    assert_eq!(
        after.actuals.done_in(Series::Department(12), june()),
        Quota::new(112)
    );
    assert!(preview(&after, june(), &replies.join("\n"))
        .changes
        .is_empty());
}

fn any_unit() -> impl Strategy<Value = Unit> {
    prop_oneof![
        (0u32..5_000).prop_map(Unit::District),
        (0u32..5_000).prop_map(Unit::Department),
    ]
}

fn any_asked() -> impl Strategy<Value = Asked> {
    prop_oneof![
        (0u32..64).prop_map(Asked::Metric),
        Just(Asked::Manufacturing)
    ]
}

proptest! {
    #[test]
    fn any_reply_survives_its_link(
        plan in any::<u32>(),
        unit in any_unit(),
        month in 1u8..=12,
        values in prop::collection::vec((any_asked(), 0u64..1_000_000_000), 0..12),
    ) {
        let original = Reply { plan, unit, month, values };
        prop_assert_eq!(read_reply(&reply(&original)), Ok(original));
    }

    #[test]
    fn no_text_makes_the_reader_panic(text in ".{0,300}") {
        let _ = read_reply(&text);
        let _ = read_request(&text);
        let _ = preview(&Workspace::default_2021(), Month::JUNE, &text);
    }
}
