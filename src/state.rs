//! The single source of truth: [`AppState`] and the [`Action`]s that change it.
//!
//! [`AppState::apply`] is a pure function, so the state logic is tested natively; the Yew
//! [`Reducible`] impl only wraps it. Every number comes from the engine: this module keeps the
//! history of workspaces (undo/redo), the last refused entry, the last tie and a pending paste.

use std::rc::Rc;

use quota_engine::codec::{decode, LinkError};
use quota_engine::file::{from_json, FileError};
use quota_engine::import::{actuals_table, plan_table, ImportError, Preview, Source};
use quota_engine::library::{
    IndexState, Library, Opened, Report, Scenario, ScenarioId, MAX_SCENARIOS,
};
use quota_engine::matrix::{CellRule, MatrixEdit};
use quota_engine::parse::{parse_block, PastedBlock};
use quota_engine::simulate::Month;
use quota_engine::workspace::{changed_cells, check_name, prefer, Edit, Workspace, MAX_NAME_CHARS};
use quota_engine::{apportion::Tie, EngineError, Lang, MetricId, Name, Plan, Quota};
use yew::{Reducible, UseReducerHandle};

/// The most edits that can be undone (the history keeps the state before them too).
pub const HISTORY_LIMIT: usize = 200;

/// Where a refused entry was made, so its message shows next to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// A district's quota cell.
    Cell(MetricId, usize),
    /// A metric's city total.
    Total(MetricId),
    /// A metric's settings.
    Settings(MetricId),
    /// The plan as a whole (structure, title, paste).
    Plan,
    /// A cumulative actual: metric, district, month.
    Actual(MetricId, usize, Month),
    /// The simulation settings.
    Simulation,
    /// A cell of the department matrix: department, district.
    MatrixCell(usize, usize),
    /// A department's quota in the matrix.
    Department(usize),
    /// The matrix settings.
    Matrix,
}

/// What typing into a matrix cell sets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MatrixMode {
    /// A fixed value (the cell is locked at it; an emptied cell is freed).
    #[default]
    Values,
    /// The cell's seed weight.
    Seeds,
}

/// The screen shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// Decomposition: the plan table and its rules.
    #[default]
    Plan,
    /// Monthly actuals, the bulletin and the mid-year review.
    Bulletin,
    /// Forecasts, what-ifs, reallocation and the allowance budget.
    Forecast,
    /// The department × district matrix.
    Matrix,
}

/// Where a pasted block goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PasteTarget {
    /// The plan table, from a top-left quota cell (metric, district).
    Plan(MetricId, usize),
    /// One metric's month grid, from a top-left (district, month).
    Actuals(MetricId, usize, Month),
    /// The matrix seed weights, from a top-left (department, district).
    MatrixSeed(usize, usize),
}

/// What a CSV import reads into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportTarget {
    /// The plan table (districts × metrics).
    Plan,
    /// One metric's monthly actuals (districts × months).
    Actuals(MetricId),
}

/// A read file waiting for the planner's confirmation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingImport {
    /// Where it goes.
    pub target: ImportTarget,
    /// What it would set, and every problem.
    pub preview: Preview,
}

/// An entry the engine refused, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    /// Where it was entered.
    pub place: Place,
    /// What was typed, when it was text that is not a number.
    pub typed: Option<String>,
    /// Why, from the engine or the number parser.
    pub reason: Reason,
}

/// Why an entry was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The engine refused the edit.
    Engine(EngineError),
    /// The text is not a quota.
    Parse(quota_engine::parse::ParseError),
}

/// One state in the history, with the change that led to it.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    /// The workspace.
    pub workspace: Rc<Workspace>,
    /// The edit that made it (`None` for the starting state and resets).
    pub edit: Option<Edit>,
    /// How many quota cells it changed.
    pub moved: usize,
    /// The tie it met, if any.
    pub tie: Option<(MetricId, Tie)>,
}

/// A pasted block waiting for the planner's confirmation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingPaste {
    /// Where it goes.
    pub target: PasteTarget,
    /// The parsed block.
    pub block: PastedBlock,
}

/// A message about the page as a whole, shown until dismissed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A shared link was opened; undo returns to the user's own data.
    LinkOpened,
    /// A shared link could not be opened; the user's own data is shown.
    LinkFailed(LinkError),
    /// The link was copied: its address and length.
    LinkCopied(String),
    /// A scenario file was opened; undo returns to the previous data.
    FileOpened,
    /// A scenario file could not be opened.
    FileFailed(FileError),
    /// The host page loaded a scenario (embed mode), opened as a new scenario.
    HostLoaded,
    /// The host page sent a scenario that could not be opened.
    HostFailed(FileError),
    /// A CSV file could not be read at all.
    ImportFailed(ImportError),
    /// A link, file or host message held a scenario that is already saved under this name:
    /// it is opened instead of a copy.
    AlreadySaved(String),
    /// No new scenario can be added: the library holds the most it can.
    ScenarioLimit,
}

/// A saved scenario other than the one being edited (its copy is refreshed on switching).
#[derive(Clone, Debug, PartialEq)]
pub struct SavedScenario {
    /// Its permanent number (its storage key).
    pub id: ScenarioId,
    /// Its name.
    pub name: String,
    /// Its workspace as last left.
    pub workspace: Rc<Workspace>,
}

/// Whether the autosave works.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Storage {
    /// Saved, or nothing to save yet.
    #[default]
    Ok,
    /// The browser refused to store (full, blocked, private mode).
    Failed,
    /// A newer release's data is stored: this one neither reads nor overwrites it.
    ReadOnly,
}

/// Everything the user is working on.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// Workspaces, oldest first; `cursor` points at the current one.
    pub history: Vec<Snapshot>,
    /// Index of the current workspace in `history`.
    pub cursor: usize,
    /// The plan deltas are shown against (the published plan, or the blank one).
    pub baseline: Rc<Plan>,
    /// The interface language.
    pub lang: Lang,
    /// The last refused entry.
    pub refusal: Option<Refusal>,
    /// A paste waiting for confirmation.
    pub paste: Option<PendingPaste>,
    /// An imported file waiting for confirmation.
    pub import: Option<PendingImport>,
    /// The cell whose "why this number" panel is open.
    pub selected: Option<(MetricId, usize)>,
    /// Whether autosave works.
    pub storage: Storage,
    /// Bumped when typed text was refused or changed nothing, so inputs drop stale text.
    pub input_epoch: u64,
    /// The screen shown.
    pub view: View,
    /// The metric the bulletin and forecast screens show.
    pub progress_metric: MetricId,
    /// A page-level message.
    pub notice: Option<Notice>,
    /// The saved scenarios; the open one's entry is refreshed from `history` when leaving it.
    pub scenarios: Vec<SavedScenario>,
    /// Index of the open scenario.
    pub current_scenario: usize,
    /// The scenario compared side by side with the open one, if any.
    pub compare_with: Option<usize>,
    /// What typing into a matrix cell sets.
    pub matrix_mode: MatrixMode,
    /// The id the next new scenario gets (above every stored entry's, damaged ones included).
    pub next_id: ScenarioId,
    /// What could not be read from the browser's storage, shown until dismissed.
    pub storage_report: Option<Report>,
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
    Edit(Edit, Place),
    /// Text typed into a quota cell or a total.
    Typed {
        /// Where.
        place: Place,
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
    /// Start an empty plan.
    Blank,
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
    /// Choose the metric of the bulletin and forecast screens.
    SetProgressMetric(MetricId),
    /// Apply the readable cells of the pending paste.
    ConfirmPaste,
    /// Drop the pending paste.
    CancelPaste,
    /// Dismiss the refusal message.
    Dismiss,
    /// Report an entry a component could not turn into an edit.
    Refuse(Refusal),
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
    /// A state that starts on `workspace`.
    #[must_use]
    pub fn with_workspace(workspace: Workspace) -> Self {
        let baseline = Rc::new(quota_engine::default_plan::plan_2021());
        AppState {
            history: vec![Snapshot {
                workspace: Rc::new(workspace),
                edit: None,
                moved: 0,
                tie: None,
            }],
            cursor: 0,
            baseline,
            lang: Lang::Zh,
            refusal: None,
            paste: None,
            import: None,
            selected: None,
            storage: Storage::Ok,
            input_epoch: 0,
            view: View::Plan,
            progress_metric: 0,
            notice: None,
            scenarios: vec![SavedScenario {
                id: ScenarioId(1),
                name: String::new(),
                workspace: Rc::new(Workspace::default_2021()),
            }],
            current_scenario: 0,
            compare_with: None,
            matrix_mode: MatrixMode::Values,
            next_id: ScenarioId(2),
            storage_report: None,
        }
    }

    /// The state the stored data opens with: its open scenario and language, or the 2021
    /// plan under an id no stored entry uses; what could not be read is reported.
    #[must_use]
    pub fn from_opened(opened: Opened) -> Self {
        let (library, next_id) = match opened.library {
            Some(library) => (library, opened.next_id),
            // Nothing readable: the 2021 plan, under an id no stored entry uses (a damaged
            // one included), so saving it never writes over what could not be read.
            None => {
                let first = Scenario {
                    id: opened.next_id,
                    name: String::new(),
                    workspace: Workspace::default_2021(),
                };
                let library = Library {
                    scenarios: vec![first],
                    current: 0,
                    lang: Lang::Zh,
                };
                (library, opened.next_id.next())
            }
        };
        let scenarios: Vec<SavedScenario> = library
            .scenarios
            .into_iter()
            .map(|s| SavedScenario {
                id: s.id,
                name: s.name,
                workspace: Rc::new(s.workspace),
            })
            .collect();
        let current = library.current.min(scenarios.len().saturating_sub(1));
        let workspace = scenarios
            .get(current)
            .map_or_else(Workspace::default_2021, |s| (*s.workspace).clone());
        let mut state = AppState::with_workspace(workspace);
        state.lang = library.lang;
        if !scenarios.is_empty() {
            state.scenarios = scenarios;
            state.current_scenario = current;
        }
        state.next_id = next_id;
        if matches!(opened.report.index, IndexState::Newer { .. }) {
            state.storage = Storage::ReadOnly;
        }
        state.storage_report = opened.report.needs_attention().then_some(opened.report);
        state
    }

    /// The current snapshot.
    #[must_use]
    pub fn current(&self) -> &Snapshot {
        // The cursor always points into the history; fall back to the first entry regardless.
        self.history
            .get(self.cursor)
            .unwrap_or_else(|| &self.history[0])
    }

    /// The metric the progress screens show, within the plan's metrics.
    #[must_use]
    pub fn shown_metric(&self) -> MetricId {
        self.progress_metric
            .min(self.workspace().plan.metrics.len().saturating_sub(1))
    }

    /// The current workspace.
    #[must_use]
    pub fn workspace(&self) -> &Workspace {
        &self.current().workspace
    }

    /// The workspace before the current one, for "changed since the previous state".
    #[must_use]
    pub fn previous(&self) -> Option<&Workspace> {
        self.cursor
            .checked_sub(1)
            .and_then(|i| self.history.get(i))
            .map(|s| s.workspace.as_ref())
    }

    /// Whether there is something to undo / redo.
    #[must_use]
    pub fn can_undo(&self) -> bool {
        self.cursor > 0
    }

    /// Whether there is something to redo.
    #[must_use]
    pub fn can_redo(&self) -> bool {
        self.cursor + 1 < self.history.len()
    }

    /// The state after `action`.
    #[must_use]
    pub fn apply(&self, action: Action) -> AppState {
        let mut next = self.clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Edit(edit, place) => next.edit(edit, place),
            Action::Typed { place, text } => next.typed(place, &text),
            Action::Undo => {
                if next.can_undo() {
                    next.cursor -= 1;
                    next.refusal = None;
                }
            }
            Action::Redo => {
                if next.can_redo() {
                    next.cursor += 1;
                    next.refusal = None;
                }
            }
            Action::PreferForTie(district) => next.prefer_for_tie(district),
            Action::Reset => {
                next.baseline = Rc::new(quota_engine::default_plan::plan_2021());
                next.push(Workspace::default_2021(), None, None);
            }
            Action::Blank => {
                let blank = Workspace::blank();
                next.baseline = Rc::new(blank.plan.clone());
                next.push(blank, None, None);
            }
            Action::Select(metric, district) => next.selected = Some((metric, district)),
            Action::Paste { target, text } => {
                next.paste = Some(PendingPaste {
                    target,
                    block: parse_block(&text),
                });
            }
            Action::OpenLink(text, name) => next.open_link(&text, name),
            Action::LinkCopied(address) => next.notice = Some(Notice::LinkCopied(address)),
            Action::OpenFile(text) => {
                next.open_file(text.as_deref(), Notice::FileOpened, Notice::FileFailed);
            }
            Action::HostLoad(text) => {
                next.open_file(text.as_deref(), Notice::HostLoaded, Notice::HostFailed);
            }
            Action::Import(target, source) => next.read_import(target, source.as_ref()),
            Action::ConfirmImport => next.confirm_import(),
            Action::CancelImport => next.import = None,
            Action::DismissNotice => next.notice = None,
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
                next.compare_with =
                    other.filter(|&i| i < next.scenarios.len() && i != next.current_scenario);
            }
            Action::SetView(view) => next.view = view,
            Action::SetProgressMetric(metric) => next.progress_metric = metric,
            Action::ConfirmPaste => next.confirm_paste(),
            Action::CancelPaste => next.paste = None,
            Action::Dismiss => next.refusal = None,
            Action::Refuse(refusal) => {
                next.refusal = Some(refusal);
                next.input_epoch = next.input_epoch.wrapping_add(1);
            }
            Action::StorageResult(storage) => next.storage = storage,
            Action::Discarded(key) => {
                if let Some(report) = next.storage_report.as_mut() {
                    report.kept.retain(|k| k.key != key);
                }
            }
            Action::DismissStorageReport => next.storage_report = None,
            Action::SetMatrixMode(mode) => next.matrix_mode = mode,
        }
        next
    }

    /// Reads a CSV file into a preview for confirmation, or says why it cannot be read.
    fn read_import(&mut self, target: ImportTarget, source: Option<&Source>) {
        let plan = &self.workspace().plan;
        let read = match (target, source) {
            (_, None) => Err(ImportError::NoHeader),
            (ImportTarget::Plan, Some(source)) => plan_table(plan, source),
            (ImportTarget::Actuals(_), Some(source)) => actuals_table(plan, source),
        };
        match read {
            Ok(preview) => {
                self.import = Some(PendingImport { target, preview });
                self.notice = None;
            }
            Err(err) => {
                self.import = None;
                self.notice = Some(Notice::ImportFailed(err));
            }
        }
    }

    /// Applies the pending import's readable values as one undoable edit.
    fn confirm_import(&mut self) {
        let Some(import) = self.import.take() else {
            return;
        };
        let values = import.preview.values;
        let edit = match import.target {
            ImportTarget::Plan => Edit::Paste {
                metric: 0,
                district: 0,
                values,
            },
            ImportTarget::Actuals(metric) => Edit::PasteActuals {
                metric,
                district: 0,
                month: Month::JANUARY,
                values,
            },
        };
        self.edit(edit, Place::Plan);
    }

    /// Opens a scenario file's text as a new scenario (never over a saved one), or says why not.
    fn open_file(&mut self, text: Option<&str>, opened: Notice, failed: fn(FileError) -> Notice) {
        match text.map(from_json).unwrap_or(Err(FileError::NotAScenario)) {
            Ok(workspace) => {
                let name = workspace.plan.title.zh.clone();
                self.open_scenario(name, workspace, opened);
            }
            Err(err) => self.notice = Some(failed(err)),
        }
    }

    /// Pushes a new current workspace, dropping whatever could have been redone.
    fn push(&mut self, workspace: Workspace, edit: Option<Edit>, tie: Option<(MetricId, Tie)>) {
        let moved = changed_cells(&self.workspace().plan, &workspace.plan).len();
        self.history.truncate(self.cursor + 1);
        self.history.push(Snapshot {
            workspace: Rc::new(workspace),
            edit,
            moved,
            tie,
        });
        if self.history.len() > HISTORY_LIMIT + 1 {
            self.history.remove(0);
        }
        self.cursor = self.history.len() - 1;
        self.refusal = None;
    }

    fn edit(&mut self, edit: Edit, place: Place) {
        match self.workspace().apply(&edit) {
            Ok(applied) => self.push(applied.workspace, Some(edit), applied.tie),
            Err(err) => {
                self.refusal = Some(Refusal {
                    place,
                    typed: None,
                    reason: Reason::Engine(err),
                });
                // Fields that follow the epoch show the stored value again.
                self.input_epoch = self.input_epoch.wrapping_add(1);
            }
        }
    }

    /// An emptied cell: clears a reported actual or frees a locked matrix cell. Returns
    /// whether the empty text was handled (it is never a number).
    fn typed_empty(&mut self, place: &Place) -> bool {
        let edit = match *place {
            Place::Actual(metric, district, month) => {
                let reported = self
                    .workspace()
                    .actuals
                    .cumulative
                    .get(metric)
                    .and_then(|r| r.get(district))
                    .is_some_and(|m| m[month.index()].is_some());
                reported.then_some(Edit::SetActual {
                    metric,
                    district,
                    month,
                    value: None,
                })
            }
            Place::MatrixCell(row, column) => (self.matrix_mode == MatrixMode::Values
                && self.workspace().matrix.rule(row, column) != CellRule::Free)
                .then_some(Edit::Matrix(MatrixEdit::SetCell {
                    row,
                    column,
                    rule: CellRule::Free,
                })),
            _ => return false,
        };
        match edit {
            Some(edit) => self.edit(edit, place.clone()),
            None => self.input_epoch = self.input_epoch.wrapping_add(1),
        }
        true
    }

    /// A quota or total typed as text: parse it, then edit, or refuse with the reason.
    fn typed(&mut self, place: Place, text: &str) {
        if text.trim().is_empty() && self.typed_empty(&place) {
            return;
        }
        let value = match quota_engine::parse::parse_quota(text) {
            Ok(value) => value,
            Err(err) => {
                self.refusal = Some(Refusal {
                    place,
                    typed: Some(text.chars().take(40).collect()),
                    reason: Reason::Parse(err),
                });
                self.input_epoch = self.input_epoch.wrapping_add(1);
                return;
            }
        };
        let edit = match place {
            Place::Cell(metric, district) => Edit::SetQuota {
                metric,
                district,
                value,
            },
            Place::Total(metric) => Edit::SetTotal {
                metric,
                total: value,
            },
            Place::Actual(metric, district, month) => Edit::SetActual {
                metric,
                district,
                month,
                value: Some(value),
            },
            Place::MatrixCell(row, column) => Edit::Matrix(match self.matrix_mode {
                MatrixMode::Values => MatrixEdit::SetCell {
                    row,
                    column,
                    rule: CellRule::Locked(value),
                },
                MatrixMode::Seeds => MatrixEdit::SetSeed {
                    row,
                    column,
                    weight: value.get(),
                },
            }),
            Place::Department(row) => Edit::Matrix(MatrixEdit::SetDepartmentQuota { row, value }),
            Place::Settings(_) | Place::Plan | Place::Simulation | Place::Matrix => return,
        };
        // Re-entering the same value is not a change.
        let unchanged = self.holds(&edit, value);
        if unchanged {
            self.refusal = None;
            self.input_epoch = self.input_epoch.wrapping_add(1);
            return;
        }
        self.edit(edit, place);
        if self.refusal.is_some() {
            self.input_epoch = self.input_epoch.wrapping_add(1);
        }
    }

    /// Whether the workspace already holds what `edit` would set to `value`.
    fn holds(&self, edit: &Edit, value: Quota) -> bool {
        match edit {
            Edit::SetQuota {
                metric, district, ..
            } => self.workspace().plan.quota(*metric, *district) == Some(value),
            Edit::SetTotal { metric, .. } => {
                self.workspace().plan.metric_total(*metric).ok() == Some(value)
            }
            Edit::SetActual {
                metric,
                district,
                month,
                ..
            } => self
                .workspace()
                .actuals
                .cumulative
                .get(*metric)
                .and_then(|r| r.get(*district))
                .is_some_and(|m| m[month.index()] == Some(value)),
            Edit::Matrix(MatrixEdit::SetDepartmentQuota { row, .. }) => {
                self.workspace().plan.departments.get(*row).map(|d| d.quota) == Some(value)
            }
            Edit::Matrix(MatrixEdit::SetCell { row, column, rule }) => {
                self.workspace().matrix.rule(*row, *column) == *rule
            }
            _ => false,
        }
    }

    /// Re-does the last edit from the state before it, with `district` first in line for ties.
    fn prefer_for_tie(&mut self, district: usize) {
        let Some((metric, _)) = self.current().tie.clone() else {
            return;
        };
        let (Some(edit), Some(before)) = (self.current().edit.clone(), self.previous()) else {
            return;
        };
        let mut before = before.clone();
        let Some(rules) = before.rules.get_mut(metric) else {
            return;
        };
        rules.tie_preference = prefer(&rules.tie_preference, district);
        match before.apply(&edit) {
            Ok(applied) => {
                let moved = changed_cells(&before.plan, &applied.workspace.plan).len();
                self.history[self.cursor] = Snapshot {
                    workspace: Rc::new(applied.workspace),
                    edit: Some(edit),
                    moved,
                    tie: applied.tie,
                };
                self.history.truncate(self.cursor + 1);
            }
            Err(err) => {
                self.refusal = Some(Refusal {
                    place: Place::Settings(metric),
                    typed: None,
                    reason: Reason::Engine(err),
                });
            }
        }
    }

    /// The scenarios as they should be saved: the open one as it is now.
    #[must_use]
    pub fn saved_scenarios(&self) -> Vec<SavedScenario> {
        let mut scenarios = self.scenarios.clone();
        if let Some(entry) = scenarios.get_mut(self.current_scenario) {
            entry.workspace = self.current().workspace.clone();
        }
        scenarios
    }

    /// Opens `index`, keeping the one left as it is now; its undo history starts afresh.
    fn switch_to(&mut self, index: usize) {
        if index >= self.scenarios.len() || index == self.current_scenario {
            return;
        }
        self.scenarios = self.saved_scenarios();
        self.current_scenario = index;
        let workspace = self.scenarios[index].workspace.clone();
        self.history = vec![Snapshot {
            workspace,
            edit: None,
            moved: 0,
            tie: None,
        }];
        self.cursor = 0;
        self.refusal = None;
        self.paste = None;
        self.compare_with = None;
    }

    /// Renames the open scenario; an empty name changes nothing, a too long one is refused.
    fn rename_scenario(&mut self, name: &str) {
        let checked = Name {
            zh: name.to_owned(),
            en: String::new(),
        };
        if let Err(err) = check_name(&checked, MAX_NAME_CHARS) {
            self.refusal = Some(Refusal {
                place: Place::Plan,
                typed: None,
                reason: Reason::Engine(err),
            });
            return;
        }
        if let (false, Some(entry)) = (
            name.is_empty(),
            self.scenarios.get_mut(self.current_scenario),
        ) {
            entry.name = name.to_owned();
            self.refusal = None;
        }
    }

    /// Adds a scenario and opens it; at the library's limit, says so and adds nothing.
    /// Returns whether it was added.
    fn add_scenario(&mut self, name: String, workspace: Workspace) -> bool {
        if self.scenarios.len() >= MAX_SCENARIOS {
            self.notice = Some(Notice::ScenarioLimit);
            return false;
        }
        self.scenarios = self.saved_scenarios();
        self.scenarios.push(SavedScenario {
            id: self.next_id,
            name,
            workspace: Rc::new(workspace),
        });
        self.next_id = self.next_id.next();
        self.switch_to(self.scenarios.len() - 1);
        true
    }

    /// Opens a scenario from outside (link, file, host) as a new one — or, when a saved
    /// scenario holds exactly the same, that one, so a reload or a second click never makes
    /// copies. `opened` is the notice for a new scenario.
    fn open_scenario(&mut self, name: String, workspace: Workspace, opened: Notice) {
        let saved = self.saved_scenarios();
        if let Some(index) = saved.iter().position(|s| *s.workspace == workspace) {
            // A link to what is open is this tab's own address (a reload): nothing to say.
            if index == self.current_scenario && opened == Notice::LinkOpened {
                return;
            }
            let name = saved[index].name.clone();
            self.switch_to(index);
            self.notice = Some(Notice::AlreadySaved(name));
        } else if self.add_scenario(name, workspace) {
            self.notice = Some(opened);
        }
    }

    fn delete_scenario(&mut self) {
        if self.scenarios.len() <= 1 {
            return;
        }
        let gone = self.current_scenario;
        let next = if gone == 0 { 1 } else { gone - 1 };
        self.switch_to(next);
        self.scenarios.remove(gone);
        if self.current_scenario > gone {
            self.current_scenario -= 1;
        }
    }

    /// A shared link opens as a new scenario named `name`: saved scenarios are never
    /// overwritten by a link.
    fn open_link(&mut self, text: &str, name: String) {
        match decode(text) {
            Ok(workspace) => self.open_scenario(name, workspace, Notice::LinkOpened),
            Err(err) => self.notice = Some(Notice::LinkFailed(err)),
        }
    }

    fn confirm_paste(&mut self) {
        let Some(paste) = self.paste.take() else {
            return;
        };
        let values = paste
            .block
            .rows
            .iter()
            .map(|row| row.iter().map(|cell| cell.clone().ok()).collect())
            .collect();
        let edit = match paste.target {
            PasteTarget::Plan(metric, district) => Edit::Paste {
                metric,
                district,
                values,
            },
            PasteTarget::Actuals(metric, district, month) => Edit::PasteActuals {
                metric,
                district,
                month,
                values,
            },
            PasteTarget::MatrixSeed(row, column) => Edit::Matrix(MatrixEdit::PasteSeed {
                row,
                column,
                values: values
                    .into_iter()
                    .map(|r: Vec<Option<quota_engine::Quota>>| {
                        r.into_iter()
                            .map(|q| q.map(quota_engine::Quota::get))
                            .collect()
                    })
                    .collect(),
            }),
        };
        self.edit(edit, Place::Plan);
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

#[cfg(test)]
mod tests {
    use super::*;
    use quota_engine::default_plan::{HIGH_SKILL, TRAINING};
    use quota_engine::Quota;

    fn typed(state: &AppState, metric: MetricId, district: usize, text: &str) -> AppState {
        state.apply(Action::Typed {
            place: Place::Cell(metric, district),
            text: text.to_owned(),
        })
    }

    #[test]
    fn opens_on_the_2021_plan_in_chinese() {
        let state = AppState::default();
        assert_eq!(state.lang, Lang::Zh);
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
            assert!(state.refusal.is_some(), "{text}");
            assert_eq!(state.workspace(), start.workspace());
            assert!(!state.can_undo());
        }
        let state = typed(&start, HIGH_SKILL, 0, "9000");
        assert!(matches!(
            state.refusal.as_ref().map(|r| &r.reason),
            Some(Reason::Engine(EngineError::OutsideBounds { .. }))
        ));
    }

    #[test]
    fn a_new_edit_after_undo_drops_the_redo_branch() {
        let state = typed(&AppState::default(), TRAINING, 0, "13000");
        let state = state.apply(Action::Undo);
        let state = typed(&state, TRAINING, 1, "11000");
        assert!(!state.can_redo());
        assert_eq!(state.history.len(), 2);
    }

    #[test]
    fn a_paste_waits_for_confirmation() {
        let state = AppState::default().apply(Action::Paste {
            target: PasteTarget::Plan(TRAINING, 0),
            text: "1\t2\t3\n4\tx\t6\n7\t8\t9\n".to_owned(),
        });
        let pending = state.paste.clone().expect("pending"); // ok: test
        assert_eq!(pending.block.bad_cells().len(), 1);
        assert_eq!(state.workspace(), AppState::default().workspace());
        let state = state.apply(Action::ConfirmPaste);
        assert!(state.paste.is_none());
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
        let link = quota_engine::codec::encode(shared.workspace());
        let opened = own.apply(Action::OpenLink(link, "分享".to_owned()));
        assert_eq!(opened.workspace(), shared.workspace());
        assert_eq!(opened.notice, Some(Notice::LinkOpened));
        assert_eq!(opened.scenarios.len(), 2);
        assert_eq!(
            opened.apply(Action::SwitchScenario(0)).workspace(),
            own.workspace()
        );
        let broken = own.apply(Action::OpenLink("v1.garbage!".to_owned(), "x".to_owned()));
        assert_eq!(broken.workspace(), own.workspace());
        assert!(matches!(broken.notice, Some(Notice::LinkFailed(_))));
    }

    #[test]
    fn a_scenario_file_opens_and_a_bad_one_changes_nothing() {
        let own = typed(&AppState::default(), TRAINING, 0, "13,000");
        let file = quota_engine::file::to_json(AppState::default().workspace());
        let opened = own.apply(Action::OpenFile(Some(file)));
        assert_eq!(opened.workspace(), AppState::default().workspace());
        assert_eq!(opened.notice, Some(Notice::FileOpened));
        let bad = own.apply(Action::OpenFile(Some("{}".to_owned())));
        assert_eq!(bad.workspace(), own.workspace());
        assert!(matches!(bad.notice, Some(Notice::FileFailed(_))));
    }

    #[test]
    fn scenarios_are_created_switched_renamed_and_deleted_without_losing_work() {
        let a = typed(&AppState::default(), TRAINING, 0, "13,000");
        let b = a.apply(Action::DuplicateScenario("副本".to_owned()));
        assert_eq!((b.scenarios.len(), b.current_scenario), (2, 1));
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
        assert_eq!(renamed.scenarios[1].name, "乙方案");
        let deleted = renamed.apply(Action::DeleteScenario);
        assert_eq!(deleted.scenarios.len(), 2);
        assert_eq!(
            deleted.workspace().plan.quota(TRAINING, 0),
            Some(Quota::new(13_000))
        );
        let only = AppState::default().apply(Action::DeleteScenario);
        assert_eq!(only.scenarios.len(), 1);
    }

    #[test]
    fn reset_and_blank_are_undoable() {
        let state = AppState::default().apply(Action::Blank);
        assert_eq!(state.workspace().plan.districts.len(), 1);
        let state = state.apply(Action::Undo);
        assert_eq!(state.workspace().plan.districts.len(), 14);
    }

    #[test]
    fn typing_in_the_matrix_locks_frees_or_sets_a_seed_by_the_mode() {
        let cell = |state: &AppState, text: &str| {
            state.apply(Action::Typed {
                place: Place::MatrixCell(1, 0),
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
        assert!(refused.refusal.is_some());
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
        let pending = state.import.as_ref().expect("a preview");
        assert_eq!(pending.preview.count(), 1);
        assert_eq!(pending.preview.problems.len(), 1);
        // Nothing changed yet.
        assert_eq!(state.workspace(), AppState::default().workspace());
        let applied = state.apply(Action::ConfirmImport);
        assert!(applied.import.is_none());
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
        assert!(matches!(failed.notice, Some(Notice::ImportFailed(_))));
        assert!(failed.import.is_none());
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
        assert_eq!(state.scenarios[0].id, ScenarioId(5));
        let added = state.apply(Action::NewScenario("乙".to_owned()));
        assert_eq!(added.scenarios[1].id, ScenarioId(6));
        assert!(added.storage_report.is_none());
    }

    #[test]
    fn a_newer_release_s_data_makes_the_autosave_read_only_and_is_reported() {
        let report = Report {
            index: IndexState::Newer { found: 4 },
            ..Report::default()
        };
        let state = nothing_readable(1, report);
        assert_eq!(state.storage, Storage::ReadOnly);
        assert!(state.storage_report.is_some());
        let dismissed = state.apply(Action::DismissStorageReport);
        assert!(dismissed.storage_report.is_none());
    }

    #[test]
    fn a_link_to_a_saved_scenario_opens_it_instead_of_a_copy() {
        let own = typed(&AppState::default(), TRAINING, 0, "13,000");
        let two = own.apply(Action::NewScenario("乙".to_owned()));
        let link = quota_engine::codec::encode(own.workspace());
        let opened = two.apply(Action::OpenLink(link.clone(), "分享".to_owned()));
        assert_eq!(opened.scenarios.len(), 2);
        assert_eq!(opened.current_scenario, 0);
        assert_eq!(opened.notice, Some(Notice::AlreadySaved(String::new())));
        // The link of what is open is a reload: nothing happens, nothing is said.
        let again = opened
            .apply(Action::DismissNotice)
            .apply(Action::OpenLink(link, "分享".to_owned()));
        assert_eq!(again.notice, None);
        assert_eq!(again.scenarios.len(), 2);
    }

    #[test]
    fn the_scenario_limit_is_said_not_silent() {
        let mut state = AppState::default();
        for i in 1..MAX_SCENARIOS {
            state = state.apply(Action::NewScenario(format!("{i}")));
        }
        assert_eq!(state.scenarios.len(), MAX_SCENARIOS);
        let full = state.apply(Action::NewScenario("多".to_owned()));
        assert_eq!(full.scenarios.len(), MAX_SCENARIOS);
        assert_eq!(full.notice, Some(Notice::ScenarioLimit));
        let ids: std::collections::BTreeSet<ScenarioId> =
            full.scenarios.iter().map(|s| s.id).collect();
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
        assert_eq!(state.history.len(), HISTORY_LIMIT + 1);
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
            state.refusal.as_ref().map(|r| &r.reason),
            Some(Reason::Engine(EngineError::NameTooLong {
                chars: 10_000,
                limit: 60
            }))
        ));
        assert_eq!(state.scenarios[0].name, "");
        let edit = Edit::RenameDistrict {
            district: 0,
            name: Name {
                zh: long,
                en: String::new(),
            },
        };
        let refused = AppState::default().apply(Action::Edit(edit, Place::Plan));
        assert!(refused.refusal.is_some());
        assert_eq!(refused.workspace(), AppState::default().workspace());
        let fine = AppState::default().apply(Action::RenameScenario("乙方案".to_owned()));
        assert_eq!(fine.scenarios[0].name, "乙方案");
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
        let refused = start.apply(Action::Edit(edit, Place::Settings(TRAINING)));
        assert!(refused.refusal.is_some());
        assert_eq!(refused.workspace(), start.workspace());
        assert_ne!(refused.input_epoch, start.input_epoch);
    }
}
