//! Embedding in an intranet page: options from the address (`?embed=1&view=bulletin&
//! readonly=1&lang=en&origin=https://oa.example`), and messages to the host page.
//!
//! Messages go only to the host's origin — the first `origin` given, else the page's own — so
//! a scenario is never posted to a page that was not named.

use js_sys::{Object, Reflect};
use quota_engine::Lang;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::state::View;

/// How the app was asked to show itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Embed {
    /// Chrome-less: no header or scenario bar, compact spacing.
    pub embedded: bool,
    /// The screen to open.
    pub view: Option<View>,
    /// No editing.
    pub readonly: bool,
    /// The interface language.
    pub lang: Option<Lang>,
    /// Origins allowed to receive messages (and, later, to send them).
    pub origins: Vec<String>,
}

/// The embedding options in the address's query string.
#[must_use]
pub fn options() -> Embed {
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    let mut embed = Embed::default();
    for pair in search.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = js_sys::decode_uri_component(value)
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        match key {
            "embed" => embed.embedded = value == "1" || value == "true",
            "readonly" => embed.readonly = value == "1" || value == "true",
            "view" => {
                embed.view = match value.as_str() {
                    "plan" => Some(View::Plan),
                    "bulletin" => Some(View::Bulletin),
                    "forecast" => Some(View::Forecast),
                    "matrix" => Some(View::Matrix),
                    _ => None,
                }
            }
            "lang" => {
                embed.lang = match value.as_str() {
                    "zh" => Some(Lang::Zh),
                    "en" => Some(Lang::En),
                    _ => None,
                }
            }
            "origin" if !value.is_empty() => embed.origins.push(value),
            _ => {}
        }
    }
    embed
}

/// Posts `{type, …fields}` to the host page, if the app is in a frame.
pub fn post(embed: &Embed, kind: &str, fields: &[(&str, JsValue)]) {
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let message = Object::new();
    let _ = Reflect::set(
        &message,
        &"type".into(),
        &format!("quota-planner:{kind}").into(),
    );
    for (key, value) in fields {
        let _ = Reflect::set(&message, &(*key).into(), value);
    }
    let own = window.location().origin().unwrap_or_default();
    let target = embed.origins.first().cloned().unwrap_or(own);
    // A refused post (closed or foreign frame) changes nothing for the app.
    let _ = parent.post_message(&message, &target);
}

/// Reports the page's height to the host whenever it changes; keep the returned observer
/// alive for as long as the reports should go on.
#[must_use]
pub fn watch_height(embed: Embed) -> Option<(web_sys::ResizeObserver, Closure<dyn FnMut()>)> {
    let body = gloo::utils::document().document_element()?;
    let measured = body.clone();
    let callback = Closure::<dyn FnMut()>::new(move || {
        let height = f64::from(measured.scroll_height());
        post(&embed, "resize", &[("height", height.into())]);
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&body);
    Some((observer, callback))
}
