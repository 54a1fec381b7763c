//! The views, one small component per file. They read the shared state through
//! [`use_app_state`] and report changes as [`crate::state::Action`]s; none does arithmetic on
//! quotas.

mod header;
mod other_targets;
mod plan_table;

pub use header::Header;
pub use other_targets::OtherTargetsPanel;
pub use plan_table::PlanTable;

use yew::{hook, use_context};

use crate::state::StateHandle;

/// The app's reducer handle, provided by [`crate::App`].
#[hook]
pub fn use_app_state() -> StateHandle {
    #[allow(clippy::expect_used)]
    use_context::<StateHandle>().expect("components are rendered inside App") // ok: not user data
}
