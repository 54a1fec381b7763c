//! The saved scenarios: the list, the one open, creating, switching, renaming, deleting, and
//! opening a scenario that comes from outside (a link, a file, the host page) as a new one —
//! or as the saved one it equals. Saved scenarios are never overwritten from outside.

use std::rc::Rc;

use quota_engine::formats::file::{from_json, FileError};
use quota_engine::library::{IndexState, Library, Opened, Scenario, ScenarioId, MAX_SCENARIOS};
use quota_engine::links::codec::decode;
use quota_engine::workspace::{check_name, Workspace, MAX_NAME_CHARS};
use quota_engine::{Lang, Name};

use super::{AppState, History, InputField, Notice, Refusal, Storage};

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

/// The saved scenarios and which one is open.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenarios {
    /// The scenarios; the open one's entry is refreshed from the history when leaving it.
    pub list: Vec<SavedScenario>,
    /// Index of the open scenario.
    pub current: usize,
    /// The scenario compared side by side with the open one, if any.
    pub compare_with: Option<usize>,
    /// The id the next new scenario gets (above every stored entry's, damaged ones included).
    pub next_id: ScenarioId,
}

impl Scenarios {
    /// One unnamed scenario on `workspace`, with `id`.
    #[must_use]
    pub fn single(id: ScenarioId, workspace: Rc<Workspace>) -> Self {
        Scenarios {
            list: vec![SavedScenario {
                id,
                name: String::new(),
                workspace,
            }],
            current: 0,
            compare_with: None,
            next_id: id.next(),
        }
    }
}

impl AppState {
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
        let workspace = scenarios.get(current).map_or_else(
            || Rc::new(Workspace::default_2021()),
            |s| s.workspace.clone(),
        );
        let mut state = AppState::with_workspace((*workspace).clone());
        state.history = History::start(workspace);
        state.ui.lang = library.lang;
        if !scenarios.is_empty() {
            state.scenarios.list = scenarios;
            state.scenarios.current = current;
        }
        state.scenarios.next_id = next_id;
        if matches!(opened.report.index, IndexState::Newer { .. }) {
            state.ui.storage = Storage::ReadOnly;
        }
        state.ui.storage_report = opened.report.needs_attention().then_some(opened.report);
        state
    }

    /// The scenarios as they should be saved: the open one as it is now.
    #[must_use]
    pub fn saved_scenarios(&self) -> Vec<SavedScenario> {
        let mut scenarios = self.scenarios.list.clone();
        if let Some(entry) = scenarios.get_mut(self.scenarios.current) {
            entry.workspace = self.current().workspace.clone();
        }
        scenarios
    }

    /// Opens `index`, keeping the one left as it is now; its undo history starts afresh.
    pub(super) fn switch_to(&mut self, index: usize) {
        if index >= self.scenarios.list.len() || index == self.scenarios.current {
            return;
        }
        self.scenarios.list = self.saved_scenarios();
        self.scenarios.current = index;
        let workspace = self.scenarios.list[index].workspace.clone();
        self.history = History::start(workspace);
        self.ui.refusal = None;
        self.pending.paste = None;
        self.scenarios.compare_with = None;
    }

    /// Renames the open scenario; an empty name changes nothing, a too long one is refused.
    pub(super) fn rename_scenario(&mut self, name: &str) {
        let checked = Name {
            zh: name.to_owned(),
            en: String::new(),
        };
        if let Err(err) = check_name(&checked, MAX_NAME_CHARS) {
            self.ui.refuse(Refusal::engine(InputField::Plan, err));
            return;
        }
        if let (false, Some(entry)) = (
            name.is_empty(),
            self.scenarios.list.get_mut(self.scenarios.current),
        ) {
            entry.name = name.to_owned();
            self.ui.refusal = None;
        }
    }

    /// Adds a scenario and opens it; at the library's limit, says so and adds nothing.
    /// Returns whether it was added.
    pub(super) fn add_scenario(&mut self, name: String, workspace: Workspace) -> bool {
        if self.scenarios.list.len() >= MAX_SCENARIOS {
            self.ui.notice = Some(Notice::ScenarioLimit);
            return false;
        }
        self.scenarios.list = self.saved_scenarios();
        self.scenarios.list.push(SavedScenario {
            id: self.scenarios.next_id,
            name,
            workspace: Rc::new(workspace),
        });
        self.scenarios.next_id = self.scenarios.next_id.next();
        self.switch_to(self.scenarios.list.len() - 1);
        true
    }

    /// Opens a scenario from outside (link, file, host) as a new one — or, when a saved
    /// scenario holds exactly the same, that one, so a reload or a second click never makes
    /// copies. `opened` is the notice for a new scenario.
    pub(super) fn open_scenario(&mut self, name: String, workspace: Workspace, opened: Notice) {
        let saved = self.saved_scenarios();
        if let Some(index) = saved.iter().position(|s| *s.workspace == workspace) {
            // A link to what is open is this tab's own address (a reload): nothing to say.
            if index == self.scenarios.current && opened == Notice::LinkOpened {
                return;
            }
            let name = saved[index].name.clone();
            self.switch_to(index);
            self.ui.notice = Some(Notice::AlreadySaved(name));
        } else if self.add_scenario(name, workspace) {
            self.ui.notice = Some(opened);
        }
    }

    pub(super) fn delete_scenario(&mut self) {
        if self.scenarios.list.len() <= 1 {
            return;
        }
        let gone = self.scenarios.current;
        let next = if gone == 0 { 1 } else { gone - 1 };
        self.switch_to(next);
        self.scenarios.list.remove(gone);
        if self.scenarios.current > gone {
            self.scenarios.current -= 1;
        }
    }

    /// A shared link opens as a new scenario named `name`: saved scenarios are never
    /// overwritten by a link.
    pub(super) fn open_link(&mut self, text: &str, name: String) {
        match decode(text) {
            Ok(workspace) => self.open_scenario(name, workspace, Notice::LinkOpened),
            Err(err) => self.ui.notice = Some(Notice::LinkFailed(err)),
        }
    }

    /// Opens a scenario file's text as a new scenario (never over a saved one), or says why not.
    pub(super) fn open_file(
        &mut self,
        text: Option<&str>,
        opened: Notice,
        failed: fn(FileError) -> Notice,
    ) {
        match text.map(from_json).unwrap_or(Err(FileError::NotAScenario)) {
            Ok(workspace) => {
                let name = workspace.plan.title.zh.clone();
                self.open_scenario(name, workspace, opened);
            }
            Err(err) => self.ui.notice = Some(failed(err)),
        }
    }
}
