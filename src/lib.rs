//! Quota Planner (指标分解与完成模拟): the Yew front end.
//!
//! The app renders state and dispatches actions; every number comes from the `quota-engine`
//! crate. [`state`] holds the one reducer, [`components`] the views, [`i18n`] every UI string.

pub mod app;
pub mod components;
pub mod i18n;
pub mod platform;
pub mod state;

pub use app::{App, AppProps};

/// Mounts the app on the page's `<body>`.
pub fn run() {
    yew::Renderer::<App>::new().render();
}
