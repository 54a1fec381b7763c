//! Undo and redo: the workspaces of the open scenario, oldest first, and where the planner
//! stands among them.

use std::rc::Rc;

use quota_engine::apportion::{Paradox, Tie};
use quota_engine::workspace::{changed_cells, prefer, Edit, Workspace};
use quota_engine::MetricId;

use super::{AppState, InputField, Refusal};

/// The most edits that can be undone (the history keeps the state before them too).
pub const HISTORY_LIMIT: usize = 200;

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
    /// The apportionment paradoxes it triggered.
    pub paradoxes: Vec<(MetricId, Paradox)>,
}

/// What an edit met on its way: a tie and the paradoxes it triggered (nothing for a reset).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Met {
    /// The tie for the last unit, if any.
    pub tie: Option<(MetricId, Tie)>,
    /// The apportionment paradoxes.
    pub paradoxes: Vec<(MetricId, Paradox)>,
}

/// The workspaces of the open scenario and the current one.
#[derive(Clone, Debug, PartialEq)]
pub struct History {
    /// Oldest first; never empty.
    snapshots: Vec<Snapshot>,
    /// Index of the current one; always within `snapshots`.
    cursor: usize,
}

impl History {
    /// A history that starts at `workspace`.
    #[must_use]
    pub fn start(workspace: Rc<Workspace>) -> Self {
        History {
            snapshots: vec![Snapshot {
                workspace,
                edit: None,
                moved: 0,
                tie: None,
                paradoxes: Vec::new(),
            }],
            cursor: 0,
        }
    }

    /// The current snapshot.
    #[must_use]
    pub fn current(&self) -> &Snapshot {
        // The cursor always points into the history, which is never empty.
        let last = self.snapshots.len().saturating_sub(1);
        &self.snapshots[self.cursor.min(last)]
    }

    /// Every snapshot, oldest first.
    #[must_use]
    pub fn snapshots(&self) -> &[Snapshot] {
        &self.snapshots
    }

    /// Where the current snapshot stands in [`Self::snapshots`].
    #[must_use]
    pub fn position(&self) -> usize {
        self.cursor
    }

    /// Steps back one snapshot; whether there was one to step back to.
    pub fn undo(&mut self) -> bool {
        let can = self.can_undo();
        if can {
            self.cursor -= 1;
        }
        can
    }

    /// Steps forward one snapshot; whether there was one to step forward to.
    pub fn redo(&mut self) -> bool {
        let can = self.can_redo();
        if can {
            self.cursor += 1;
        }
        can
    }

    /// Puts `snapshot` in the place of the current one, dropping whatever could have been
    /// redone.
    pub fn replace_current(&mut self, snapshot: Snapshot) {
        let last = self.snapshots.len().saturating_sub(1);
        self.cursor = self.cursor.min(last);
        self.snapshots.truncate(self.cursor + 1);
        if let Some(slot) = self.snapshots.get_mut(self.cursor) {
            *slot = snapshot;
        }
    }

    /// The workspace before the current one.
    #[must_use]
    pub fn previous(&self) -> Option<&Workspace> {
        self.cursor
            .checked_sub(1)
            .and_then(|i| self.snapshots.get(i))
            .map(|s| s.workspace.as_ref())
    }

    /// Whether there is something to undo.
    #[must_use]
    pub fn can_undo(&self) -> bool {
        self.cursor > 0
    }

    /// Whether there is something to redo.
    #[must_use]
    pub fn can_redo(&self) -> bool {
        self.cursor + 1 < self.snapshots.len()
    }

    /// Makes `workspace` the current one, dropping whatever could have been redone and the
    /// oldest state past [`HISTORY_LIMIT`] edits.
    pub fn push(&mut self, workspace: Workspace, edit: Option<Edit>, met: Met) {
        let moved = changed_cells(&self.current().workspace.plan, &workspace.plan).len();
        self.snapshots.truncate(self.cursor + 1);
        self.snapshots.push(Snapshot {
            workspace: Rc::new(workspace),
            edit,
            moved,
            tie: met.tie,
            paradoxes: met.paradoxes,
        });
        if self.snapshots.len() > HISTORY_LIMIT + 1 {
            self.snapshots.remove(0);
        }
        self.cursor = self.snapshots.len() - 1;
    }
}

impl AppState {
    /// Re-does the last edit from the state before it, with `district` first in line for ties.
    pub(super) fn prefer_for_tie(&mut self, district: usize) {
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
                self.history.replace_current(Snapshot {
                    workspace: Rc::new(applied.workspace),
                    edit: Some(edit),
                    moved,
                    tie: applied.tie,
                    paradoxes: applied.paradoxes,
                });
            }
            Err(err) => self
                .ui
                .refuse(Refusal::engine(InputField::Settings(metric), err)),
        }
    }
}
