//! The memo hook for what views work out from the workspace: the engine's heavier reports,
//! recomputed only when the workspace or their own key changes.

use std::rc::Rc;

use quota_engine::workspace::Workspace;
use yew::{hook, use_memo};

use super::key::RcKey;
use crate::state::StateHandle;

/// What a view shows, worked out from the current workspace by `derive` — again only when the
/// workspace (an edit) or `key` (the metric, the cell) changes, never on a render that changed
/// neither. The engine's reports (forecasts, lights, the 通报) are too heavy to redo per render.
#[hook]
pub fn use_derived<K, T>(
    state: &StateHandle,
    key: K,
    derive: impl FnOnce(&Workspace, &K) -> T + 'static,
) -> Rc<T>
where
    K: PartialEq + 'static,
    T: 'static,
{
    let workspace = state.current().workspace.clone();
    use_memo((RcKey::new(&workspace), key), move |(_, key)| {
        derive(&workspace, key)
    })
}
