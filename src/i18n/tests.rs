//! Tests of the texts: each language says its sentences in its own script.

use super::texts;
use super::units::Units;
use quota_engine::formats::file::FileError;
use quota_engine::library::KeptReason;
use quota_engine::links::codec::LinkError;
use quota_engine::{EditError, PlanError, RulesError, SimulationError};
use quota_engine::{EngineError, Lang, Quota};

/// Latin letters in a Chinese sentence, outside the names of the programs and formats a
/// planner uses (Excel, CSV, XLSX, JSON).
fn english(text: &str) -> Vec<char> {
    let text = ["Excel", "CSV", "XLSX", "JSON"]
        .iter()
        .fold(text.to_owned(), |t, name| t.replace(name, ""));
    text.chars().filter(char::is_ascii_alphabetic).collect()
}

#[test]
fn the_chinese_interface_says_every_refusal_the_issue_found_in_chinese() {
    let zh = texts(Lang::Zh);
    let plan = quota_engine::default_plan::plan_2021();
    let errors = [
        EngineError::Simulation(SimulationError::PathsOutOfRange {
            paths: 0,
            limit: 100_000,
        }),
        EngineError::Plan(PlanError::ShapeMismatch {
            metric: 1,
            expected: 14,
            found: 13,
        }),
        EngineError::Rules(RulesError::RulesLength {
            what: "bounds".into(),
            expected: 14,
            found: 3,
        }),
        EngineError::Plan(PlanError::NameTooLong {
            chars: 10_000,
            limit: 60,
        }),
        EngineError::Rules(RulesError::MinimumsExceedTotal {
            minimums: Quota::new(200_000),
            total: Quota::new(120_000),
        }),
        EngineError::Edit(EditError::NoSuchRegion {
            region: 999,
            count: 14,
        }),
        EngineError::Rules(RulesError::ZeroStep),
        EngineError::Simulation(SimulationError::NoActuals { month: 6 }),
        EngineError::Simulation(SimulationError::Unreported {
            districts: vec![2, 3],
        }),
        EngineError::Simulation(SimulationError::NoProgress),
        EngineError::Simulation(SimulationError::Unavailable),
    ];
    for err in &errors {
        let text = (zh.errors.engine)(err, &plan);
        assert!(english(&text).is_empty(), "{err:?}: {text}");
    }
    let file = (zh.files.file_failed)(&FileError::Malformed {
        line: 3,
        column: 17,
    });
    assert!(english(&file).is_empty(), "{file}");
    let invalid = (zh.files.file_failed)(&FileError::Invalid(EngineError::Rules(
        RulesError::ZeroStep,
    )));
    assert!(english(&invalid).is_empty(), "{invalid}");
    let link = (zh.files.link_failed)(&LinkError::FutureVersion {
        found: 999,
        supported: 1,
    });
    assert!(link.contains("更新版本"), "{link}");
    let kept = (zh.stored.kept)(&KeptReason::Partial { lost: 2 });
    assert!(english(&kept).is_empty(), "{kept}");
    let pasted = zh
        .entry
        .bad_cell("abc", &quota_engine::support::parse::ParseError::NotANumber);
    assert_eq!(pasted, "“abc”不是数字");
}

#[test]
fn the_monthly_supervision_speaks_chinese_in_the_chinese_interface() {
    use quota_engine::apportion::Paradox;
    use quota_engine::links::returns::ReplyProblem;
    use quota_engine::simulate::supervision::LightRules;
    use quota_engine::workspace::{Edit, Workspace};
    let zh = texts(Lang::Zh);
    let ws = Workspace::default_2021()
        .apply(&Edit::LoadSample)
        .expect("sample") // ok: test
        .workspace;
    let plan = &ws.plan;
    let mut sentences: Vec<String> = Vec::new();
    for facts in ws.document_facts().iter().flatten() {
        sentences.extend(zh.document_paragraphs(facts, plan));
    }
    for (_, rules) in &LightRules::PRESETS {
        sentences.push(zh.supervision.note(rules));
    }
    for problem in [
        ReplyProblem::NotAReply,
        ReplyProblem::Corrupt,
        ReplyProblem::OtherPlan,
        ReplyProblem::OtherMonth { month: 5 },
        ReplyProblem::DoesNotFit,
        ReplyProblem::Repeated {
            unit: quota_engine::links::returns::Unit::Department(1),
        },
    ] {
        sentences.push((zh.returns.problem)(3, &problem, plan));
    }
    // The departments, manufacturing and countable paragraphs of the sample, and each
    // tab's empty state.
    let units = zh.units_paragraphs(&ws.units_report(), plan);
    assert_eq!(units.len(), 4, "{units:?}");
    sentences.extend(units);
    sentences
        .extend(Units::ALL.map(|tab| (zh.units.nothing)(tab, quota_engine::simulate::Month::JUNE)));
    for paradox in [
        Paradox::Alabama {
            region: 0,
            before: Quota::new(200),
            after: Quota::new(100),
        },
        Paradox::Population { grew: 0, other: 1 },
        Paradox::QuotaRule {
            region: 0,
            quota: Quota::new(10),
            lower: Quota::new(5),
            upper: Quota::new(6),
        },
    ] {
        sentences.push((zh.rules.paradox)(&paradox, plan));
    }
    let explained = ws.cell_explanation(0, 12, plan).expect("an explanation"); // ok: test
    sentences.extend(
        zh.why
            .flips(&explained.detail, explained.base, Quota::new(600)),
    );
    sentences.extend(
        zh.why
            .rule(&explained.detail.rule, explained.base, 100, Quota::new(600)),
    );
    assert!(sentences.len() > 20);
    for sentence in &sentences {
        assert!(english(sentence).is_empty(), "{sentence}");
    }
}

#[test]
fn the_departments_and_other_targets_speak_english_in_the_english_interface() {
    use quota_engine::workspace::{Edit, Workspace};
    let en = texts(Lang::En);
    let ws = Workspace::default_2021()
        .apply(&Edit::LoadSample)
        .expect("sample") // ok: test
        .workspace;
    let mut sentences = en.units_paragraphs(&ws.units_report(), &ws.plan);
    assert_eq!(sentences.len(), 4, "{sentences:?}");
    sentences
        .extend(Units::ALL.map(|tab| (en.units.nothing)(tab, quota_engine::simulate::Month::JUNE)));
    for sentence in &sentences {
        let cjk: Vec<char> = sentence
            .chars()
            .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
            .collect();
        assert!(cjk.is_empty(), "{sentence}");
    }
}
