//! The change history: undo and redo, the list of changes, and what each change did as a
//! sentence.

use quota_engine::workspace::Edit;
use quota_engine::Plan;

/// The change history and its buttons.
#[derive(Debug)]
pub struct HistoryTexts {
    /// Heading of the history.
    pub heading: &'static str,
    /// The starting state in the history.
    pub start: &'static str,
    /// How many earlier changes the history does not list (they can still be undone).
    pub more: fn(usize) -> String,
    /// What a change did.
    pub edit: fn(&Edit, &Plan) -> String,
    /// A change's sentence and how many cells it moved besides (more than none).
    pub moved: fn(what: &str, moved: usize) -> String,
    /// Undo button.
    pub undo: &'static str,
    /// Redo button.
    pub redo: &'static str,
    /// Reset to the published plan.
    pub reset: &'static str,
    /// Start a blank plan.
    pub blank: &'static str,
}

impl HistoryTexts {
    /// What a change did, and how many cells it moved besides, for the history; `plan` is
    /// the plan before the change (it names what was changed).
    #[must_use]
    pub fn change(&self, edit: &Edit, moved: usize, plan: &Plan) -> String {
        let what = (self.edit)(edit, plan);
        if moved > 0 {
            (self.moved)(&what, moved)
        } else {
            what
        }
    }
}
