//! The single source of truth: [`AppState`] and the [`Action`]s that change it.
//!
//! [`AppState::apply`] is a pure function, so the state logic is tested natively; the Yew
//! [`Reducible`] impl only wraps it. Every number comes from the engine. The state is split by
//! concern:
//!
//! - [`history`]: the open scenario's workspaces, for undo and redo.
//! - [`scenarios`]: the saved scenarios, which one is open, scenarios from outside.
//! - [`pending`]: a paste or file import waiting for confirmation.
//! - [`input`]: the one road from typed text to an edit or a refusal.
//! - [`ui`]: language, screen, messages, autosave state.

mod history;
mod input;
mod pending;
mod refusal;
mod scenarios;
#[cfg(test)]
mod tests;
mod ui;

use std::rc::Rc;

use quota_engine::formats::import::Source;
use quota_engine::library::ScenarioId;
use quota_engine::support::parse::parse_block;
use quota_engine::workspace::{Edit, Workspace};
use quota_engine::{Lang, MetricId, Name, Plan};
use yew::{Reducible, UseReducerHandle};

pub use history::{History, Snapshot, HISTORY_LIMIT};
pub use pending::{ImportTarget, PasteTarget, Pending, PendingImport, PendingPaste};
pub use refusal::{Cause, InputField, Refusal};
pub use scenarios::{SavedScenario, Scenarios};
pub use ui::{MatrixMode, Notice, Step, Storage, Ui, View};

/// Everything the user is working on.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The open scenario's workspaces, for undo and redo.
    pub history: History,
    /// The saved scenarios and the one open.
    pub scenarios: Scenarios,
    /// A paste or import waiting for confirmation.
    pub pending: Pending,
    /// Language, screen, messages, autosave.
    pub ui: Ui,
    /// The plan deltas are shown against (the published plan, or the blank one).
    pub baseline: Rc<Plan>,
}

impl Default for AppState {
    /// The 2021 plan, in Chinese.
    fn default() -> Self {
        AppState::with_workspace(Workspace::default_2021())
    }
}

/// What the user can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Switch the interface language.
    SetLang(Lang),
    /// Make an edit.
    Edit(Edit, InputField),
    /// Text typed into a quota cell or a total.
    Typed {
        /// Where.
        field: InputField,
        /// What.
        text: String,
    },
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Give the last tied unit to `district` instead, and remember the preference.
    PreferForTie(usize),
    /// Back to the published 2021 plan.
    Reset,
    /// Start an empty plan with this title and first district (both in the app's words).
    Blank {
        /// The plan's title.
        title: Name,
        /// The first district's name.
        district: Name,
    },
    /// Open the explanation of a cell.
    Select(MetricId, usize),
    /// Text pasted at a cell.
    Paste {
        /// Where it goes.
        target: PasteTarget,
        /// The clipboard text.
        text: String,
    },
    /// Open a shared link (the text after `#`) as a new scenario with the given name.
    OpenLink(String, String),
    /// The link was copied.
    LinkCopied(String),
    /// The text of a chosen scenario file (`None`: the browser could not read it), opened as a
    /// new scenario.
    OpenFile(Option<String>),
    /// A scenario (the JSON file schema) posted by the host page from an allowed origin
    /// (`None`: the message carried no readable scenario).
    HostLoad(Option<String>),
    /// A chosen CSV or XLSX file for `target` (`None`: the browser could not read it).
    Import(ImportTarget, Option<Source>),
    /// Apply the readable values of the pending import.
    ConfirmImport,
    /// Drop the pending import.
    CancelImport,
    /// Dismiss the page-level message.
    DismissNotice,
    /// Start a new scenario on the 2021 plan, with this name.
    NewScenario(String),
    /// Copy the open scenario under this name and open the copy.
    DuplicateScenario(String),
    /// Rename the open scenario.
    RenameScenario(String),
    /// Delete the open scenario (never the last one).
    DeleteScenario,
    /// Open another saved scenario.
    SwitchScenario(usize),
    /// Compare the open scenario with another one (or stop comparing).
    CompareWith(Option<usize>),
    /// Show another screen.
    SetView(View),
    /// Show a step of the bulletin screen (and that screen).
    SetStep(Step),
    /// Choose the metric of the bulletin and forecast screens.
    SetProgressMetric(MetricId),
    /// Apply the readable cells of the pending paste.
    ConfirmPaste,
    /// Drop the pending paste.
    CancelPaste,
    /// Dismiss the refusal message.
    Dismiss,
    /// A settings field was left: the edit it makes, or why its text makes none.
    Entry(InputField, Result<Edit, Cause>),
    /// The autosave reported.
    StorageResult(Storage),
    /// Choose what typing into a matrix cell sets.
    SetMatrixMode(MatrixMode),
    /// A stored entry that was not opened was discarded by the planner (its key).
    Discarded(String),
    /// Dismiss the report on the stored data.
    DismissStorageReport,
}

impl AppState {
    /// A state that starts on `workspace`, in Chinese, as the one scenario.
    #[must_use]
    pub fn with_workspace(workspace: Workspace) -> Self {
        let workspace = Rc::new(workspace);
        AppState {
            history: History::start(workspace.clone()),
            scenarios: Scenarios::single(ScenarioId(1), workspace),
            pending: Pending::default(),
            ui: Ui {
                lang: Lang::Zh,
                ..Ui::default()
            },
            baseline: Rc::new(quota_engine::default_plan::plan_2021()),
        }
    }

    /// The current snapshot.
    #[must_use]
    pub fn current(&self) -> &Snapshot {
        self.history.current()
    }

    /// The current workspace.
    #[must_use]
    pub fn workspace(&self) -> &Workspace {
        &self.current().workspace
    }

    /// The workspace before the current one, for "changed since the previous state".
    #[must_use]
    pub fn previous(&self) -> Option<&Workspace> {
        self.history.previous()
    }

    /// Whether there is something to undo.
    #[must_use]
    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// Whether there is something to redo.
    #[must_use]
    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// The metric the progress screens show, within the plan's metrics.
    #[must_use]
    pub fn shown_metric(&self) -> MetricId {
        self.ui
            .progress_metric
            .min(self.workspace().plan.metrics.len().saturating_sub(1))
    }

    /// Pushes a new current workspace (undoable), clearing the last refusal.
    fn push(&mut self, workspace: Workspace, edit: Option<Edit>, met: history::Met) {
        self.history.push(workspace, edit, met);
        self.ui.refusal = None;
    }

    /// The state after `action`.
    #[must_use]
    pub fn apply(&self, action: Action) -> AppState {
        let mut next = self.clone();
        match action {
            Action::SetLang(lang) => next.ui.lang = lang,
            Action::Edit(edit, field) => next.edit(edit, field),
            Action::Typed { field, text } => next.typed(field, &text),
            Action::Undo => {
                if next.history.undo() {
                    next.ui.refusal = None;
                }
            }
            Action::Redo => {
                if next.history.redo() {
                    next.ui.refusal = None;
                }
            }
            Action::PreferForTie(district) => next.prefer_for_tie(district),
            Action::Reset => {
                next.baseline = Rc::new(quota_engine::default_plan::plan_2021());
                next.push(Workspace::default_2021(), None, history::Met::default());
            }
            Action::Blank { title, district } => {
                let blank = Workspace::blank(title, district);
                next.baseline = Rc::new(blank.plan.clone());
                next.push(blank, None, history::Met::default());
            }
            Action::Select(metric, district) => next.ui.selected = Some((metric, district)),
            Action::Paste { target, text } => {
                next.pending.paste = Some(PendingPaste {
                    target,
                    block: parse_block(&text),
                });
            }
            Action::OpenLink(text, name) => next.open_link(&text, name),
            Action::LinkCopied(address) => next.ui.notice = Some(Notice::LinkCopied(address)),
            Action::OpenFile(text) => {
                next.open_file(text.as_deref(), Notice::FileOpened, Notice::FileFailed);
            }
            Action::HostLoad(text) => {
                next.open_file(text.as_deref(), Notice::HostLoaded, Notice::HostFailed);
            }
            Action::Import(target, source) => next.read_import(target, source.as_ref()),
            Action::ConfirmImport => next.confirm_import(),
            Action::CancelImport => next.pending.import = None,
            Action::DismissNotice => next.ui.notice = None,
            Action::NewScenario(name) => {
                next.add_scenario(name, Workspace::default_2021());
            }
            Action::DuplicateScenario(name) => {
                let copy = next.workspace().clone();
                next.add_scenario(name, copy);
            }
            Action::RenameScenario(name) => next.rename_scenario(name.trim()),
            Action::DeleteScenario => next.delete_scenario(),
            Action::SwitchScenario(index) => next.switch_to(index),
            Action::CompareWith(other) => {
                next.scenarios.compare_with =
                    other.filter(|&i| i < next.scenarios.list.len() && i != next.scenarios.current);
            }
            Action::SetView(view) => next.ui.view = view,
            Action::SetStep(step) => {
                next.ui.view = View::Bulletin;
                next.ui.step = step;
            }
            Action::SetProgressMetric(metric) => next.ui.progress_metric = metric,
            Action::ConfirmPaste => next.confirm_paste(),
            Action::CancelPaste => next.pending.paste = None,
            Action::Dismiss => next.ui.refusal = None,
            Action::Entry(field, entry) => next.entered(field, entry),
            Action::StorageResult(storage) => next.ui.storage = storage,
            Action::Discarded(key) => {
                if let Some(report) = next.ui.storage_report.as_mut() {
                    report.kept.retain(|k| k.key != key);
                }
            }
            Action::DismissStorageReport => next.ui.storage_report = None,
            Action::SetMatrixMode(mode) => next.ui.matrix_mode = mode,
        }
        next
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

/// The reducer handle the components share through a context.
pub type StateHandle = UseReducerHandle<AppState>;
