//! Every hook of the app in one place: the state from its contexts, the memo of derived
//! reports, the settled copy and the first paint, the worker's forecast and the input that
//! shows its stored value, and [`RcKey`], the one memo key for a shared value. The session's effects on the page (link, autosave, host page,
//! shortcuts) stay in [`crate::session`]; the views use these through [`crate::components`].

mod context;
mod derived;
mod forecast;
mod frames;
mod input;
mod key;

pub use context::{use_app_state, use_settled_state, Settled};
pub use derived::use_derived;
pub use forecast::use_forecast;
pub use frames::{use_copy_after_paint, use_painted};
pub use input::use_shown_value;
pub use key::RcKey;
