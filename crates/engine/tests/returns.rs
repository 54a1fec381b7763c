//! Returns: request links, reply links with a checksum, and the preview of a paste of replies —
//! golden vectors, tampering, another plan or month, and a round trip over random replies.

use proptest::prelude::*;
use quota_engine::returns::{
    fingerprint, preview, read_reply, read_request, reply, request, Reply, ReplyProblem,
};
use quota_engine::simulate::Month;
use quota_engine::workspace::{Edit, Workspace};
use quota_engine::Quota;

fn june() -> Month {
    Month::JUNE
}

#[test]
fn a_request_opens_the_districts_form_and_a_reply_comes_back() {
    let ws = Workspace::default_2021();
    let link = request(&ws, 0, june());
    assert!(link.starts_with("r1."));
    let req = read_request(&format!("https://intranet.example/quota/#embed=1&{link}"))
        .expect("a request read from a whole address");
    assert_eq!((req.district, req.month), (0, 6));
    assert_eq!(req.name.zh, "鹿城");
    assert_eq!(req.metrics.len(), 3);
    assert_eq!(req.known, [None, None, None]);
    assert_eq!(req.plan, fingerprint(&ws.plan));
    let answer = Reply {
        plan: req.plan,
        district: req.district,
        month: req.month,
        values: vec![Some(6_000), Some(4_000), None],
    };
    let text = reply(&answer);
    assert_eq!(read_reply(&text), Ok(answer.clone()));
    assert_eq!(read_reply(&format!("  #{text}  ")), Ok(answer.clone()));
    // As it arrives in a chat message.
    assert_eq!(read_reply(&format!("鹿城：{text}（6月）")), Ok(answer));
}

#[test]
fn a_golden_reply_decodes_to_the_same_numbers() {
    // Written by this release; a later one must still read it, and write it the same way.
    const GOLDEN: &str = "a1.-KzRkQEDBgMB3AsAAcgBTB3-oQ";
    let numbers = Reply {
        plan: 0x1234_5678,
        district: 3,
        month: 6,
        values: vec![Some(1_500), None, Some(200)],
    };
    assert_eq!(read_reply(GOLDEN), Ok(numbers.clone()));
    assert_eq!(reply(&numbers), GOLDEN);
}

#[test]
fn tampered_or_foreign_replies_are_caught() {
    let ws = Workspace::default_2021();
    let print = fingerprint(&ws.plan);
    let good = reply(&Reply {
        plan: print,
        district: 1,
        month: 6,
        values: vec![Some(5_000), None, None],
    });
    // One character changed: the checksum no longer matches (or it no longer decodes).
    let mut chars: Vec<char> = good.chars().collect();
    let i = chars.len() - 8;
    chars[i] = if chars[i] == 'A' { 'B' } else { 'A' };
    let tampered: String = chars.into_iter().collect();
    assert_eq!(read_reply(&tampered), Err(ReplyProblem::Corrupt));
    assert_eq!(read_reply("hello"), Err(ReplyProblem::NotAReply));
    assert_eq!(read_reply("a1.!!!"), Err(ReplyProblem::NotAReply));
    assert_eq!(read_reply("xa1.AAAA"), Err(ReplyProblem::NotAReply));
    assert_eq!(read_reply("a1.AAAA"), Err(ReplyProblem::Corrupt));

    let other_plan = reply(&Reply {
        plan: print ^ 1,
        district: 2,
        month: 6,
        values: vec![Some(1)],
    });
    let other_month = reply(&Reply {
        plan: print,
        district: 3,
        month: 5,
        values: vec![Some(1)],
    });
    let too_far = reply(&Reply {
        plan: print,
        district: 99,
        month: 6,
        values: vec![Some(1)],
    });
    let again = reply(&Reply {
        plan: print,
        district: 1,
        month: 6,
        values: vec![Some(5_100), None, None],
    });
    let text = [
        good.as_str(),
        "",
        &tampered,
        &other_plan,
        &other_month,
        &too_far,
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
            (6, ReplyProblem::Repeated { district: 1 }),
        ]
    );
    assert_eq!(p.replies.len(), 1);
    // The later reply of 龙湾 counts.
    assert_eq!(p.changes.len(), 1);
    assert_eq!(p.changes[0].after, Quota::new(5_100));
    assert_eq!(p.missing.len(), 13);
    assert!(!p.missing.contains(&1));
}

#[test]
fn a_paste_changes_only_what_differs_and_applies_as_one_edit() {
    let ws = Workspace::default_2021()
        .apply(&Edit::SetActual {
            metric: 0,
            district: 0,
            month: june(),
            value: Some(Quota::new(6_000)),
        })
        .expect("applies")
        .workspace;
    let print = fingerprint(&ws.plan);
    let replies: Vec<String> = (0..14u32)
        .map(|d| {
            reply(&Reply {
                plan: print,
                district: d,
                month: 6,
                values: vec![Some(6_000 + u64::from(d)), None, None],
            })
        })
        .collect();
    let p = preview(&ws, june(), &replies.join("\n"));
    assert!(p.missing.is_empty() && p.problems.is_empty());
    // 鹿城 already had 6,000: not a change.
    assert_eq!(p.changes.len(), 13);
    let edit = Edit::SetReturns {
        month: june(),
        values: p
            .changes
            .iter()
            .map(|c| (c.metric, c.district, c.after))
            .collect(),
    };
    let after = ws.apply(&edit).expect("applies").workspace;
    assert_eq!(after.actuals.done(0, 13, june()), Quota::new(6_013));
    assert!(preview(&after, june(), &replies.join("\n"))
        .changes
        .is_empty());
}

proptest! {
    #[test]
    fn any_reply_survives_its_link(
        plan in any::<u32>(),
        district in 0u32..5_000,
        month in 1u8..=12,
        values in prop::collection::vec(prop::option::of(0u64..1_000_000_000), 0..12),
    ) {
        let original = Reply { plan, district, month, values };
        prop_assert_eq!(read_reply(&reply(&original)), Ok(original));
    }

    #[test]
    fn no_text_makes_the_reader_panic(text in ".{0,300}") {
        let _ = read_reply(&text);
        let _ = read_request(&text);
        let _ = preview(&Workspace::default_2021(), Month::JUNE, &text);
    }
}
