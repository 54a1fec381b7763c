//! The app's effects on the page, as hooks: restoring the saved work, the share link in the
//! address bar, messages to a host page, autosave and keyboard shortcuts (the reusable hooks,
//! the settled copy and the first paint among them, are in [`crate::hooks`]).
//! Each change of the workspace is encoded as a link once, and that one link feeds the
//! address bar, the host page and (through the saved workspace) nothing else.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use quota_engine::links::codec::encode;
use quota_engine::workspace::Workspace;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::{hook, use_effect_with, use_mut_ref, UseReducerDispatcher};

use crate::i18n::texts;
use crate::platform::{embed, link, storage};
use crate::state::{Action, AppState, SavedScenario, StateHandle, Storage};

/// Plans up to this many districts are saved right after each change's frame.
const SAVE_SOON_UP_TO: usize = 500;

/// How long after a change an ordinary plan is saved: past the next frame.
const SAVE_SOON_MS: u32 = 20;

/// How long after the last change the autosave of a larger plan runs.
const SAVE_DELAY_MS: u32 = 300;

/// What the autosave will write when its timer fires or the page is hidden.
struct DueSave {
    workspace: Rc<Workspace>,
    scenarios: Vec<SavedScenario>,
    current: usize,
    lang: quota_engine::Lang,
    /// Whether the link of `workspace` is in the address bar (and told to the host).
    published: bool,
    /// Whether publishing tells the host page (not for the state the page opened with).
    announce: bool,
    /// Whether this state is saved.
    saved: bool,
    /// What the interface last said about storage, so a save reports only a change.
    stored: Storage,
}

/// The state the page opens with: the autosaved workspace if there is one, else the 2021
/// plan — and then a shared link in the address, if any, as a new state on top (so undo
/// returns to the user's own data, which is never overwritten by a link). The link this tab
/// itself last wrote is a reload, not a shared link: the autosave is as new as it.
pub fn restored() -> AppState {
    let t = texts(quota_engine::Lang::Zh);
    let state = AppState::from_opened(storage::open(t.scenarios.first));
    match link::fragment() {
        Some(text) if !link::is_own(&text) => {
            let name = texts(state.ui.lang).scenarios.shared.to_owned();
            state.apply(Action::OpenLink(text, name))
        }
        _ => state,
    }
}

/// The undo/redo action a key press asks for: Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y (⌘ on a Mac).
fn shortcut(e: &KeyboardEvent) -> Option<Action> {
    if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
        return None;
    }
    match e.key().to_ascii_lowercase().as_str() {
        "z" if e.shift_key() => Some(Action::Redo),
        "z" => Some(Action::Undo),
        "y" => Some(Action::Redo),
        _ => None,
    }
}

/// In a host page: says ready, reports the height as it changes, and takes the scenarios the
/// host sends from an allowed origin.
#[hook]
pub fn use_host(embed: &embed::Embed, dispatcher: UseReducerDispatcher<AppState>) {
    let embed = embed.clone();
    use_effect_with((), move |()| {
        embed::post(&embed, "ready", &[]);
        let listener = embed::listen(embed.clone(), move |text| {
            dispatcher.dispatch(Action::HostLoad(text));
        });
        let watcher = embed::watch_height(embed);
        move || drop((watcher, listener))
    });
}

/// Shows the share link of `workspace` in the address bar and, when `announce`, tells the
/// host page: one encoding for both.
fn publish(workspace: &Workspace, embed: &embed::Embed, announce: bool) {
    let text = encode(workspace);
    link::show(&text);
    if announce {
        let address = link::address(&text);
        embed::post(embed, "change", &[("link", address.into())]);
    }
}

/// After every change of the workspace, the scenarios or the language: the link (address bar
/// and host page) and the autosave just after the edit's frame is painted — off the path from
/// the edit to the screen — and at once when the page is hidden or closed (a reload included),
/// so nothing is lost. The state the page opened with is published the same way, after its
/// first frame. A very large plan's link and save wait until the edits pause.
#[hook]
pub fn use_autosave(state: &StateHandle, embed: &embed::Embed) {
    let pending = use_mut_ref(|| None::<DueSave>);
    let timer = use_mut_ref(|| None::<Timeout>);
    let dispatcher = state.dispatcher();
    let embed = embed.clone();
    let workspace = state.current().workspace.clone();
    let (lang, stored) = (state.ui.lang, state.ui.storage);
    let library = (state.saved_scenarios(), state.scenarios.current);
    let flush = {
        let pending = pending.clone();
        move || {
            let mut slot = pending.borrow_mut();
            let Some(p) = slot.as_mut() else {
                return;
            };
            if !p.published {
                publish(&p.workspace, &embed, p.announce);
                p.published = true;
            }
            if std::mem::replace(&mut p.saved, true) {
                return;
            }
            let result = match storage::save(&p.scenarios, p.current, p.lang) {
                storage::Saved::Done => Storage::Ok,
                storage::Saved::Refused => Storage::Failed,
                storage::Saved::ReadOnly => Storage::ReadOnly,
            };
            if result != p.stored {
                dispatcher.dispatch(Action::StorageResult(result));
            }
        }
    };
    let flush = Rc::new(flush);
    // One listener for the page's life: whatever is pending when the page goes is written.
    {
        let flush = flush.clone();
        use_effect_with((), move |()| {
            let on_hide = EventListener::new(&gloo::utils::window(), "pagehide", move |_| flush());
            move || drop(on_hide)
        });
    }
    use_effect_with(
        (workspace, lang, library),
        move |(workspace, lang, (scenarios, current))| {
            let small = workspace.plan.districts.len() <= SAVE_SOON_UP_TO;
            // The state the page opened with is published with the first save, just after the
            // first frame (not before it), and is not news to the host page.
            let before = pending
                .borrow()
                .as_ref()
                .map(|p| (Rc::ptr_eq(&p.workspace, workspace), p.published, p.announce));
            let (published, announce) = match before {
                None => (false, false),
                Some((true, published, announce)) => (published, announce),
                Some((false, _, _)) => (false, true),
            };
            *pending.borrow_mut() = Some(DueSave {
                workspace: workspace.clone(),
                scenarios: scenarios.clone(),
                current: *current,
                lang: *lang,
                published,
                announce,
                saved: false,
                stored,
            });
            let delay = if small { SAVE_SOON_MS } else { SAVE_DELAY_MS };
            *timer.borrow_mut() = Some(Timeout::new(delay, move || flush()));
        },
    );
}

/// Undo and redo from the keyboard, and a link pasted into the address bar (or back/forward).
#[hook]
pub fn use_shortcuts(dispatcher: UseReducerDispatcher<AppState>) {
    use_effect_with((), move |()| {
        let link_dispatcher = dispatcher.clone();
        // Not passive: the shortcut replaces the browser's own undo in the text field.
        let options = EventListenerOptions::enable_prevent_default();
        let document = gloo::utils::document();
        let listener =
            EventListener::new_with_options(&document, "keydown", options, move |event| {
                let Some(action) = event.dyn_ref::<KeyboardEvent>().and_then(shortcut) else {
                    return;
                };
                event.prevent_default();
                dispatcher.dispatch(action);
            });
        // Back/forward or a pasted address changes the fragment: open what it holds — a
        // screen or a step it names (`#view=bulletin&step=check`), a shared link.
        let on_hash = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
            let hash = gloo::utils::window().location().hash().unwrap_or_default();
            let asked = embed::parse("", &hash);
            if let Some(step) = asked.step {
                link_dispatcher.dispatch(Action::SetStep(step));
            } else if let Some(view) = asked.view {
                link_dispatcher.dispatch(Action::SetView(view));
            }
            if let Some(text) = link::fragment().filter(|text| !link::is_own(text)) {
                let name = texts(quota_engine::Lang::Zh).scenarios.shared.to_owned();
                link_dispatcher.dispatch(Action::OpenLink(text, name));
            }
        });
        move || {
            drop(listener);
            drop(on_hash);
        }
    });
}
