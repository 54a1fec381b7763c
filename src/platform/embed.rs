//! Embedding in an intranet page: options from the address (`?embed=1&view=bulletin&
//! step=lights&readonly=1&lang=en&origin=https://oa.example`), and messages to the host page.
//! The standalone app reads `view` and `step` the same way (`#view=bulletin&step=check`).
//!
//! Messages go only to the host's origin — the first `origin` given, else the page's own — so
//! a scenario is never posted to a page that was not named; `quota-planner:load` is accepted
//! only from an origin in that same allow-list. The protocol is in `docs/embedding.md`.

use js_sys::{Object, Reflect};
use quota_engine::Lang;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::state::{Step, View};

/// How the app was asked to show itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Embed {
    /// Chrome-less: no header or scenario bar, compact spacing.
    pub embedded: bool,
    /// The screen to open.
    pub view: Option<View>,
    /// The step of the bulletin screen to open (it opens that screen unless `view` says
    /// otherwise).
    pub step: Option<Step>,
    /// No editing.
    pub readonly: bool,
    /// The interface language.
    pub lang: Option<Lang>,
    /// Origins allowed to receive the app's messages and to send it a scenario.
    pub origins: Vec<String>,
}

/// The embedding options in the address: its query string, and `key=value` parts of the
/// fragment (`#embed=1&view=plan&v1.…`), where a host that can only set the fragment puts them.
#[must_use]
pub fn options() -> Embed {
    let location = gloo::utils::window().location();
    parse(
        &location.search().unwrap_or_default(),
        &location.hash().unwrap_or_default(),
    )
}

/// [`options`] from the texts of the query string and the fragment.
#[must_use]
pub fn parse(query: &str, fragment: &str) -> Embed {
    let mut embed = Embed::default();
    let query = query.trim_start_matches('?').split('&');
    let fragment = fragment.trim_start_matches('#').split('&');
    for pair in query.chain(fragment) {
        let Some((key, value)) = pair.split_once('=') else {
            continue;
        };
        let value = percent_decode(value);
        let yes = value == "1" || value == "true";
        match key {
            "embed" => embed.embedded = yes,
            "readonly" => embed.readonly = yes,
            "view" => {
                embed.view = match value.as_str() {
                    "plan" => Some(View::Plan),
                    "matrix" => Some(View::Matrix),
                    "bulletin" => Some(View::Bulletin),
                    "forecast" => Some(View::Forecast),
                    _ => None,
                }
            }
            "step" => embed.step = Step::from_key(&value),
            "lang" => {
                embed.lang = match value.as_str() {
                    "zh" => Some(Lang::Zh),
                    "en" => Some(Lang::En),
                    _ => None,
                }
            }
            "origin" => embed.origins.extend(
                value
                    .split([',', ' '])
                    .map(|o| o.trim_end_matches('/'))
                    .filter(|o| !o.is_empty())
                    .map(str::to_owned),
            ),
            _ => {}
        }
    }
    match (embed.view, embed.step) {
        // A step is of the bulletin screen.
        (None, Some(_)) => embed.view = Some(View::Bulletin),
        // The bulletin screen without a step opens on the bulletin itself, as such links
        // always did (the standalone app's tab opens on the step last shown).
        (Some(View::Bulletin), None) => embed.step = Some(Step::Report),
        (None | Some(View::Plan | View::Matrix | View::Forecast | View::Bulletin), _) => {}
    }
    embed
}

/// `%XX` escapes (and `+` as a space) decoded; a broken escape is kept as it is.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    out.push(u8::try_from(h * 16 + l).unwrap_or(b'?'));
                    i += 3;
                    continue;
                }
                out.push(b'%');
            }
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl Embed {
    /// Whether a message from `origin` may be acted on: one named by `?origin=`, or, when none
    /// was named, the page's own origin (`own`).
    #[must_use]
    pub fn allows(&self, origin: &str, own: &str) -> bool {
        if self.origins.is_empty() {
            origin == own && origin != "null"
        } else {
            self.origins.iter().any(|o| o == origin)
        }
    }
}

/// Listens for `{type: "quota-planner:load", scenario}` from the host page and hands the
/// scenario's JSON text to `load`; messages from origins not allowed are ignored. Listening
/// stops when the returned listener is dropped.
pub fn listen(
    embed: Embed,
    load: impl Fn(Option<String>) + 'static,
) -> gloo::events::EventListener {
    let window = gloo::utils::window();
    let own = window.location().origin().unwrap_or_default();
    gloo::events::EventListener::new(&window, "message", move |event| {
        let Some(message) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        if !embed.allows(&message.origin(), &own) {
            return;
        }
        let data = message.data();
        let kind = Reflect::get(&data, &"type".into())
            .ok()
            .and_then(|v| v.as_string());
        if kind.as_deref() != Some("quota-planner:load") {
            return;
        }
        let scenario = Reflect::get(&data, &"scenario".into()).unwrap_or(JsValue::UNDEFINED);
        let text = if let Some(text) = scenario.as_string() {
            Some(text)
        } else if scenario.is_object() {
            js_sys::JSON::stringify(&scenario)
                .ok()
                .and_then(|v| v.as_string())
        } else {
            None
        };
        load(text);
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_from_the_query_and_the_fragment() {
        let embed = parse(
            "?embed=1&view=matrix&origin=https%3A%2F%2Foa.example%2F",
            "#v1.AAAA&readonly=true&lang=en",
        );
        assert!(embed.embedded && embed.readonly);
        assert_eq!(embed.view, Some(View::Matrix));
        assert_eq!(embed.lang, Some(Lang::En));
        assert_eq!(embed.origins, ["https://oa.example"]);
        assert!(parse("", "#embed=1").embedded);
        assert_eq!(parse("?view=nonsense&x", "").view, None);
        assert_eq!(percent_decode("%E9%B9%BF%2"), "鹿%2");
    }

    #[test]
    fn a_step_of_the_bulletin_from_the_query_or_the_fragment() {
        let embed = parse("?embed=1&view=bulletin&step=lights", "");
        assert_eq!(
            (embed.view, embed.step),
            (Some(View::Bulletin), Some(Step::Lights))
        );
        let standalone = parse("", "#view=bulletin&step=check&v1.AAAA");
        assert!(!standalone.embedded);
        assert_eq!(standalone.step, Some(Step::Check));
        // The fragment's step wins over the query's; an unknown step is none.
        assert_eq!(
            parse("?step=collect", "#step=report").step,
            Some(Step::Report)
        );
        assert_eq!(parse("?step=later", "").step, None);
    }

    #[test]
    fn messages_only_from_allowed_origins() {
        let own = "http://127.0.0.1:4173";
        let default = parse("?embed=1", "");
        assert!(default.allows(own, own));
        assert!(!default.allows("http://evil.example", own));
        assert!(!default.allows("null", "null"));
        let named = parse("?origin=https://oa.example,https://portal.example", "");
        assert!(named.allows("https://portal.example", own));
        assert!(!named.allows(own, own));
    }
}
