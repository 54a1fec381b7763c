//! The state's behaviour, natively: edits, undo, scenarios, pastes, imports, refusals.
use quota_engine::{EditError, PlanError};

use super::*;
use quota_engine::default_plan::{HIGH_SKILL, TRAINING};
use quota_engine::formats::import::Source;
use quota_engine::library::{IndexState, Opened, Report, ScenarioId, MAX_SCENARIOS};
use quota_engine::matrix::CellRule;
use quota_engine::workspace::Edit;
use quota_engine::Quota;
use quota_engine::{EngineError, Lang, MetricId, Name};

fn typed(state: &AppState, metric: MetricId, district: usize, text: &str) -> AppState {
    state.apply(Action::Typed {
        field: InputField::Cell(metric, district),
        text: text.to_owned(),
    })
}

#[test]
fn opens_on_the_2021_plan_in_chinese() {
    let state = AppState::default();
    assert_eq!(state.ui.lang, Lang::Zh);
    assert_eq!(state.workspace().plan.year, 2021);
    assert!(!state.can_undo() && !state.can_redo());
}

#[test]
fn typing_a_quota_redistributes_and_undo_redo_walk_the_history() {
    let state = typed(&AppState::default(), TRAINING, 0, "13,000");
    assert_eq!(
        state.workspace().plan.quota(TRAINING, 0),
        Some(Quota::new(13_000))
    );
    assert_eq!(
        state.workspace().plan.metric_total(TRAINING),
        Ok(Quota::new(120_000))
    );
    assert!(state.current().moved > 1);
    let undone = state.apply(Action::Undo);
    assert_eq!(
        undone.workspace().plan.quota(TRAINING, 0),
        Some(Quota::new(12_000))
    );
    let redone = undone.apply(Action::Redo);
    assert_eq!(redone.workspace(), state.workspace());
}

#[test]
fn a_bad_entry_is_refused_and_changes_nothing() {
    let start = AppState::default();
    for text in ["abc", "-5", "12050", "99999999999999999999"] {
        let state = typed(&start, TRAINING, 0, text);
        assert!(state.ui.refusal.is_some(), "{text}");
        assert_eq!(state.workspace(), start.workspace());
        assert!(!state.can_undo());
    }
    let state = typed(&start, HIGH_SKILL, 0, "9000");
    assert!(matches!(
        state.ui.refusal.as_ref().map(|r| &r.reason),
        Some(Cause::Engine(EngineError::Edit(
            EditError::OutsideBounds { .. }
        )))
    ));
}

#[test]
fn a_new_edit_after_undo_drops_the_redo_branch() {
    let state = typed(&AppState::default(), TRAINING, 0, "13000");
    let state = state.apply(Action::Undo);
    let state = typed(&state, TRAINING, 1, "11000");
    assert!(!state.can_redo());
    assert_eq!(state.history.snapshots().len(), 2);
}

#[test]
fn a_paste_waits_for_confirmation() {
    let state = AppState::default().apply(Action::Paste {
        target: PasteTarget::Plan(TRAINING, 0),
        text: "1\t2\t3\n4\tx\t6\n7\t8\t9\n".to_owned(),
    });
    let pending = state.pending.paste.clone().expect("pending"); // ok: test
    assert_eq!(pending.block.bad_cells().len(), 1);
    assert_eq!(state.workspace(), AppState::default().workspace());
    let state = state.apply(Action::ConfirmPaste);
    assert!(state.pending.paste.is_none());
    assert_eq!(
        state.workspace().plan.quota(TRAINING, 0),
        Some(Quota::new(1))
    );
    assert_eq!(state.current().moved, 8);
}

#[test]
fn a_link_opens_as_a_new_state_and_undo_returns_to_the_own_data() {
    let own = typed(&AppState::default(), TRAINING, 0, "13,000");
    let shared = typed(&AppState::default(), TRAINING, 1, "11,000");
    let link = quota_engine::links::codec::encode(shared.workspace());
    let opened = own.apply(Action::OpenLink(link, "分享".to_owned()));
    assert_eq!(opened.workspace(), shared.workspace());
    assert_eq!(opened.ui.notice, Some(Notice::LinkOpened));
    assert_eq!(opened.scenarios.list.len(), 2);
    assert_eq!(
        opened.apply(Action::SwitchScenario(0)).workspace(),
        own.workspace()
    );
    let broken = own.apply(Action::OpenLink("v1.garbage!".to_owned(), "x".to_owned()));
    assert_eq!(broken.workspace(), own.workspace());
    assert!(matches!(broken.ui.notice, Some(Notice::LinkFailed(_))));
}

#[test]
fn a_scenario_file_opens_and_a_bad_one_changes_nothing() {
    let own = typed(&AppState::default(), TRAINING, 0, "13,000");
    let file = quota_engine::formats::file::to_json(AppState::default().workspace());
    let opened = own.apply(Action::OpenFile(Some(file)));
    assert_eq!(opened.workspace(), AppState::default().workspace());
    assert_eq!(opened.ui.notice, Some(Notice::FileOpened));
    let bad = own.apply(Action::OpenFile(Some("{}".to_owned())));
    assert_eq!(bad.workspace(), own.workspace());
    assert!(matches!(bad.ui.notice, Some(Notice::FileFailed(_))));
}

#[test]
fn scenarios_are_created_switched_renamed_and_deleted_without_losing_work() {
    let a = typed(&AppState::default(), TRAINING, 0, "13,000");
    let b = a.apply(Action::DuplicateScenario("副本".to_owned()));
    assert_eq!((b.scenarios.list.len(), b.scenarios.current), (2, 1));
    assert_eq!(b.workspace(), a.workspace());
    let b = typed(&b, TRAINING, 1, "11,000");
    let c = b.apply(Action::NewScenario("新".to_owned()));
    assert_eq!(c.workspace(), AppState::default().workspace());
    let back = c.apply(Action::SwitchScenario(1));
    assert_eq!(
        back.workspace().plan.quota(TRAINING, 1),
        Some(Quota::new(11_000))
    );
    let renamed = back.apply(Action::RenameScenario(" 乙方案 ".to_owned()));
    assert_eq!(renamed.scenarios.list[1].name, "乙方案");
    let deleted = renamed.apply(Action::DeleteScenario);
    assert_eq!(deleted.scenarios.list.len(), 2);
    assert_eq!(
        deleted.workspace().plan.quota(TRAINING, 0),
        Some(Quota::new(13_000))
    );
    let only = AppState::default().apply(Action::DeleteScenario);
    assert_eq!(only.scenarios.list.len(), 1);
}

#[test]
fn reset_and_blank_are_undoable() {
    let state = AppState::default().apply(Action::Blank {
        title: Name::new("新", "New"),
        district: Name::new("地区1", "District 1"),
    });
    assert_eq!(state.workspace().plan.districts.len(), 1);
    let state = state.apply(Action::Undo);
    assert_eq!(state.workspace().plan.districts.len(), 14);
}

#[test]
fn typing_in_the_matrix_locks_frees_or_sets_a_seed_by_the_mode() {
    let cell = |state: &AppState, text: &str| {
        state.apply(Action::Typed {
            field: InputField::MatrixCell(1, 0),
            text: text.to_owned(),
        })
    };
    let locked = cell(&AppState::default(), "2,000");
    assert_eq!(
        locked.workspace().matrix.rule(1, 0),
        CellRule::Locked(quota_engine::Quota::new(2_000))
    );
    let matrix = locked.workspace().department_matrix().expect("solvable");
    assert_eq!(matrix.cells[1][0].get(), 2_000);
    let freed = cell(&locked, " ");
    assert_eq!(freed.workspace().matrix.rule(1, 0), CellRule::Free);
    let refused = cell(&locked, "两千");
    assert!(refused.ui.refusal.is_some());
    assert_eq!(refused.workspace(), locked.workspace());
    let seeds = AppState::default().apply(Action::SetMatrixMode(MatrixMode::Seeds));
    let seeded = cell(&seeds, "5");
    assert_eq!(seeded.workspace().matrix_seed()[1][0], 5);
    assert_eq!(seeded.workspace().matrix.rule(1, 0), CellRule::Free);
}

#[test]
fn an_import_is_previewed_then_applied_as_one_undoable_edit() {
    let text = "地区,技能人才培训数\n鹿城,13000\n龙湾,一万\n";
    let state = AppState::default().apply(Action::Import(
        ImportTarget::Plan,
        Some(Source::Text(text.to_owned())),
    ));
    let pending = state.pending.import.as_ref().expect("a preview");
    assert_eq!(pending.preview.count(), 1);
    assert_eq!(pending.preview.problems.len(), 1);
    // Nothing changed yet.
    assert_eq!(state.workspace(), AppState::default().workspace());
    let applied = state.apply(Action::ConfirmImport);
    assert!(applied.pending.import.is_none());
    assert_eq!(
        applied.workspace().plan.quota(TRAINING, 0).map(|q| q.get()),
        Some(13_000)
    );
    let undone = applied.apply(Action::Undo);
    assert_eq!(
        undone.workspace().plan.quota(TRAINING, 0).map(|q| q.get()),
        Some(12_000)
    );
    let failed = AppState::default().apply(Action::Import(
        ImportTarget::Plan,
        Some(Source::Text("x,\"y".to_owned())),
    ));
    assert!(matches!(failed.ui.notice, Some(Notice::ImportFailed(_))));
    assert!(failed.pending.import.is_none());
}

/// The state opened on storage where nothing could be read and `next` is the first free id.
fn nothing_readable(next: u32, report: Report) -> AppState {
    AppState::from_opened(Opened {
        library: None,
        next_id: ScenarioId(next),
        report,
    })
}

#[test]
fn nothing_readable_opens_the_default_plan_under_an_unused_id() {
    let state = nothing_readable(5, Report::default());
    assert_eq!(state.scenarios.list[0].id, ScenarioId(5));
    let added = state.apply(Action::NewScenario("乙".to_owned()));
    assert_eq!(added.scenarios.list[1].id, ScenarioId(6));
    assert!(added.ui.storage_report.is_none());
}

#[test]
fn a_newer_release_s_data_makes_the_autosave_read_only_and_is_reported() {
    let report = Report {
        index: IndexState::Newer { found: 4 },
        ..Report::default()
    };
    let state = nothing_readable(1, report);
    assert_eq!(state.ui.storage, Storage::ReadOnly);
    assert!(state.ui.storage_report.is_some());
    let dismissed = state.apply(Action::DismissStorageReport);
    assert!(dismissed.ui.storage_report.is_none());
}

#[test]
fn a_link_to_a_saved_scenario_opens_it_instead_of_a_copy() {
    let own = typed(&AppState::default(), TRAINING, 0, "13,000");
    let two = own.apply(Action::NewScenario("乙".to_owned()));
    let link = quota_engine::links::codec::encode(own.workspace());
    let opened = two.apply(Action::OpenLink(link.clone(), "分享".to_owned()));
    assert_eq!(opened.scenarios.list.len(), 2);
    assert_eq!(opened.scenarios.current, 0);
    assert_eq!(opened.ui.notice, Some(Notice::AlreadySaved(String::new())));
    // The link of what is open is a reload: nothing happens, nothing is said.
    let again = opened
        .apply(Action::DismissNotice)
        .apply(Action::OpenLink(link, "分享".to_owned()));
    assert_eq!(again.ui.notice, None);
    assert_eq!(again.scenarios.list.len(), 2);
}

#[test]
fn the_scenario_limit_is_said_not_silent() {
    let mut state = AppState::default();
    for i in 1..MAX_SCENARIOS {
        state = state.apply(Action::NewScenario(format!("{i}")));
    }
    assert_eq!(state.scenarios.list.len(), MAX_SCENARIOS);
    let full = state.apply(Action::NewScenario("多".to_owned()));
    assert_eq!(full.scenarios.list.len(), MAX_SCENARIOS);
    assert_eq!(full.ui.notice, Some(Notice::ScenarioLimit));
    let ids: std::collections::BTreeSet<ScenarioId> =
        full.scenarios.list.iter().map(|s| s.id).collect();
    assert_eq!(ids.len(), MAX_SCENARIOS);
}

#[test]
fn two_hundred_edits_undo_back_to_the_start() {
    let start = AppState::default();
    let mut state = start.clone();
    for i in 0..HISTORY_LIMIT {
        let value = if i % 2 == 0 { "13,000" } else { "12,500" };
        state = typed(&state, TRAINING, 0, value);
    }
    assert_eq!(state.history.snapshots().len(), HISTORY_LIMIT + 1);
    for _ in 0..HISTORY_LIMIT {
        assert!(state.can_undo());
        state = state.apply(Action::Undo);
    }
    assert!(!state.can_undo());
    assert_eq!(state.workspace(), start.workspace());
}

#[test]
fn a_too_long_name_is_refused_with_its_length_not_cut() {
    let long = "名".repeat(10_000);
    let state = AppState::default().apply(Action::RenameScenario(long.clone()));
    assert!(matches!(
        state.ui.refusal.as_ref().map(|r| &r.reason),
        Some(Cause::Engine(EngineError::Plan(PlanError::NameTooLong {
            chars: 10_000,
            limit: 60
        })))
    ));
    assert_eq!(state.scenarios.list[0].name, "");
    let edit = Edit::RenameDistrict {
        district: 0,
        name: Name {
            zh: long,
            en: String::new(),
        },
    };
    let refused = AppState::default().apply(Action::Edit(edit, InputField::Plan));
    assert!(refused.ui.refusal.is_some());
    assert_eq!(refused.workspace(), AppState::default().workspace());
    let fine = AppState::default().apply(Action::RenameScenario("乙方案".to_owned()));
    assert_eq!(fine.scenarios.list[0].name, "乙方案");
}

#[test]
fn a_refused_edit_makes_fields_show_the_stored_values_again() {
    let start = AppState::default();
    let bounds = quota_engine::apportion::Bounds {
        min: Quota::new(200_000),
        max: None,
    };
    let edit = Edit::SetBounds {
        metric: TRAINING,
        district: 0,
        bounds,
    };
    let refused = start.apply(Action::Edit(edit, InputField::Settings(TRAINING)));
    assert!(refused.ui.refusal.is_some());
    assert_eq!(refused.workspace(), start.workspace());
    assert_ne!(refused.ui.input_epoch, start.ui.input_epoch);
}

#[test]
fn a_settings_entry_is_an_edit_or_a_refusal_where_it_was_typed() {
    let start = AppState::default();
    let step = Edit::SetStep {
        metric: TRAINING,
        step: 1,
    };
    let applied = start.apply(Action::Entry(InputField::Settings(TRAINING), Ok(step)));
    assert_eq!(applied.workspace().rules[TRAINING].step, 1);
    assert!(applied.can_undo());
    let reason = Cause::Parse(quota_engine::support::parse::ParseError::NotANumber);
    let refused = start.apply(Action::Entry(InputField::Simulation, Err(reason.clone())));
    assert_eq!(
        refused.ui.refusal,
        Some(Refusal {
            field: InputField::Simulation,
            typed: None,
            reason,
        })
    );
    assert_eq!(refused.workspace(), start.workspace());
    assert_ne!(refused.ui.input_epoch, start.ui.input_epoch);
}

#[test]
fn a_step_opens_the_bulletin_screen_and_keeps_the_workspace() {
    let start = AppState::default();
    assert_eq!((start.ui.view, start.ui.step), (View::Plan, Step::Collect));
    let checking = start.apply(Action::SetStep(Step::Check));
    assert_eq!(
        (checking.ui.view, checking.ui.step),
        (View::Bulletin, Step::Check)
    );
    assert!(!checking.can_undo());
    // Another screen and back: the step is where it was.
    let back = checking
        .apply(Action::SetView(View::Plan))
        .apply(Action::SetView(View::Bulletin));
    assert_eq!(back.ui.step, Step::Check);
    for step in Step::ALL {
        assert_eq!(Step::from_key(step.key()), Some(step));
    }
    assert_eq!(Step::from_key("nonsense"), None);
}
