//! The hooks that read the app's state from its contexts: the current state and the settled
//! copy, both provided by [`crate::App`].

use std::rc::Rc;

use yew::{hook, use_context};

use crate::state::{AppState, StateHandle};

/// The app's reducer handle, provided by [`crate::App`].
#[hook]
pub fn use_app_state() -> StateHandle {
    use_context::<StateHandle>().expect("components are rendered inside App") // ok: not user data
}

/// The state as it was when the last frame was painted, provided by [`crate::App`] beside the
/// current one (see [`super::use_copy_after_paint`]). Compared by identity, not content.
#[derive(Clone)]
pub struct Settled(pub Rc<AppState>);

impl PartialEq for Settled {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The state for a panel that only shows what follows from the numbers (method comparison,
/// charts, "why this number", the list of changes): it catches up just after an edit's frame
/// is painted, so an edit puts the table on screen without waiting for these panels. Such a
/// panel dispatches nothing.
#[hook]
pub fn use_settled_state() -> Rc<AppState> {
    let Settled(state) = use_context::<Settled>().expect("components are rendered inside App"); // ok: not user data
    state
}
