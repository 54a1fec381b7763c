//! Quota Planner (指标分解与完成模拟): the Yew front end.
//!
//! The app renders state and dispatches actions; every number comes from the `quota-engine`
//! crate. [`state`] holds the one reducer, [`components`] the views, [`hooks`] every hook, [`i18n`] every UI string,
//! [`session`] the app's effects on the page (link, host page, autosave, shortcuts) and
//! [`platform`] the only code that touches the browser's APIs.

pub mod app;
pub mod components;
pub mod hooks;
pub mod i18n;
pub mod platform;
pub mod session;
pub mod state;

pub use app::{App, AppProps};

/// Mounts the app on the page's `<body>` — or, for a request link (`#r2.…`), only the
/// district's or department's return form.
pub fn run() {
    match platform::link::return_request() {
        Some(request) => {
            yew::Renderer::<components::screens::ReturnForm>::with_props(
                components::screens::ReturnFormProps { request },
            )
            .render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
