//! The root component: owns the reducer, restores and autosaves the workspace, listens for the
//! undo/redo shortcuts, and lays out the views.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::timers::callback::Timeout;
use quota_engine::codec::encode;
use quota_engine::workspace::Workspace;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::{
    classes, function_component, html, use_effect_with, use_mut_ref, use_reducer, use_state,
    ContextProvider, Html, Properties,
};

use crate::components::{
    BarCharts, BulletinView, ForecastView, Header, History, ImportDialog, MatrixView,
    MethodCompare, OtherTargetsPanel, PasteDialog, PlanTable, RulesPanel, ScenarioBar,
    ScenarioCompare, StoredDataReport, StructureEditor, Tabs, TieNotice, Toolbar, WhyPanel,
};
use crate::i18n::texts;
use crate::platform::{embed, link, storage};
use crate::state::{Action, AppState, StateHandle, Storage, View};

/// Plans up to this many districts are saved right after each change's frame.
const SAVE_SOON_UP_TO: usize = 500;

/// How long after a change an ordinary plan is saved: past the next frame.
const SAVE_SOON_MS: u32 = 20;

/// How long after the last change the autosave of a larger plan runs.
const SAVE_DELAY_MS: u32 = 300;

/// What the autosave will write when its timer fires or the page is hidden.
struct Pending {
    workspace: Rc<Workspace>,
    scenarios: Vec<crate::state::SavedScenario>,
    current: usize,
    lang: quota_engine::Lang,
}

/// The state the page opens with: the autosaved workspace if there is one, else the 2021
/// plan — and then a shared link in the address, if any, as a new state on top (so undo
/// returns to the user's own data, which is never overwritten by a link). The link this tab
/// itself last wrote is a reload, not a shared link: the autosave is as new as it.
fn restored() -> AppState {
    let t = texts(quota_engine::Lang::Zh);
    let state = AppState::from_opened(storage::open(t.first_scenario));
    match link::fragment() {
        Some(text) if !link::is_own(&text) => {
            let name = texts(state.ui.lang).shared_scenario.to_owned();
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
    match e.key().to_lowercase().as_str() {
        "z" if e.shift_key() => Some(Action::Redo),
        "z" => Some(Action::Undo),
        "y" => Some(Action::Redo),
        _ => None,
    }
}

/// How the app starts.
#[derive(Clone, PartialEq, Properties)]
pub struct AppProps {
    /// Restore the autosaved workspace (off for component tests, which start clean).
    #[prop_or(true)]
    pub restore: bool,
}

impl Default for AppProps {
    fn default() -> Self {
        AppProps { restore: true }
    }
}

/// The whole application.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let restore = props.restore;
    let embed = use_state(|| {
        if restore {
            embed::options()
        } else {
            embed::Embed::default()
        }
    });
    let state = {
        let embed = (*embed).clone();
        use_reducer(move || {
            let mut state = if restore {
                restored()
            } else {
                AppState::default()
            };
            if let Some(view) = embed.view {
                state.ui.view = view;
            }
            if let Some(lang) = embed.lang {
                state.ui.lang = lang;
            }
            state
        })
    };
    {
        // In a host page: say ready, report the height as it changes, and take scenarios the
        // host sends from an allowed origin.
        let embed = (*embed).clone();
        let dispatcher = state.dispatcher();
        use_effect_with((), move |()| {
            embed::post(&embed, "ready", &[]);
            let listener = embed::listen(embed.clone(), move |text| {
                dispatcher.dispatch(Action::HostLoad(text));
            });
            let watcher = embed::watch_height(embed);
            move || drop((watcher, listener))
        });
    }
    {
        // After every change of the workspace (not the first render): tell the host its link.
        let embed = (*embed).clone();
        let first = use_mut_ref(|| true);
        use_effect_with(state.current().workspace.clone(), move |workspace| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                let address = link::address(&encode(workspace));
                embed::post(&embed, "change", &[("link", address.into())]);
            }
        });
    }

    {
        // Autosave shortly after the workspace or the language changes — after the edit's
        // frame is painted, so saving never delays what the planner sees — and at once when
        // the page is hidden or closed (a reload included), so nothing is lost.
        let pending = use_mut_ref(|| None::<Pending>);
        let timer = use_mut_ref(|| None::<Timeout>);
        let dispatcher = state.dispatcher();
        let workspace = state.current().workspace.clone();
        let (lang, stored) = (state.ui.lang, state.ui.storage);
        let library = (state.saved_scenarios(), state.scenarios.current);
        use_effect_with(
            (workspace, lang, library),
            move |(workspace, lang, (scenarios, current))| {
                // The address bar follows at once for an ordinary plan (its link is short and
                // a reload must find the link this tab wrote); a very large plan's link waits.
                let small = workspace.plan.districts.len() <= SAVE_SOON_UP_TO;
                if small {
                    link::show(&encode(workspace));
                }
                *pending.borrow_mut() = Some(Pending {
                    workspace: workspace.clone(),
                    scenarios: scenarios.clone(),
                    current: *current,
                    lang: *lang,
                });
                let flush = move || {
                    if let Some(p) = pending.borrow_mut().take() {
                        if !small {
                            link::show(&encode(&p.workspace));
                        }
                        let result = match storage::save(&p.scenarios, p.current, p.lang) {
                            storage::Saved::Done => Storage::Ok,
                            storage::Saved::Refused => Storage::Failed,
                            storage::Saved::ReadOnly => Storage::ReadOnly,
                        };
                        if result != stored {
                            dispatcher.dispatch(Action::StorageResult(result));
                        }
                    }
                };
                let flush = Rc::new(flush);
                let on_hide = {
                    let flush = flush.clone();
                    EventListener::new(&gloo::utils::window(), "pagehide", move |_| flush())
                };
                // A plan of ordinary size is saved just after the frame; a very large one when
                // the edits pause.
                let delay = if small { SAVE_SOON_MS } else { SAVE_DELAY_MS };
                *timer.borrow_mut() = Some(Timeout::new(delay, move || flush()));
                move || drop(on_hide)
            },
        );
    }
    {
        let dispatcher = state.dispatcher();
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
            // Back/forward or a pasted address changes the fragment: open what it holds.
            let on_hash = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                if let Some(text) = link::fragment().filter(|text| !link::is_own(text)) {
                    let name = texts(quota_engine::Lang::Zh).shared_scenario.to_owned();
                    link_dispatcher.dispatch(Action::OpenLink(text, name));
                }
            });
            move || {
                drop(listener);
                drop(on_hash);
            }
        });
    }

    // The secondary panels of the plan screen (method comparison, charts, "why this number")
    // render once the first frame with the table is painted: the first screen comes sooner.
    let painted = use_state(|| false);
    {
        let painted = painted.clone();
        let pending = use_mut_ref(|| None::<(AnimationFrame, Option<Timeout>)>);
        use_effect_with((), move |()| {
            let after = pending.clone();
            // A timeout set from an animation frame runs after that frame is painted.
            let frame = request_animation_frame(move |_| {
                let timeout = Timeout::new(0, move || painted.set(true));
                if let Some((_, slot)) = after.borrow_mut().as_mut() {
                    *slot = Some(timeout);
                }
            });
            *pending.borrow_mut() = Some((frame, None));
            move || drop(pending.borrow_mut().take())
        });
    }
    let painted = *painted;
    let screen = match state.ui.view {
        View::Plan => html! {
            <>
                <div class="main-grid">
                    <div class="main-column">
                        <TieNotice />
                        <ScenarioCompare />
                        <PlanTable />
                        <RulesPanel />
                        if painted { <MethodCompare /> }
                    </div>
                    <aside class="side-column">
                        if painted { <WhyPanel /> }
                        <History />
                    </aside>
                </div>
                if painted { <BarCharts /> }
                <StructureEditor />
                <OtherTargetsPanel />
            </>
        },
        View::Bulletin => html! { <BulletinView /> },
        View::Forecast => html! { <ForecastView /> },
        View::Matrix => html! { <MatrixView /> },
    };
    let embedded = embed.embedded;
    html! {
        <ContextProvider<StateHandle> context={state}>
            if !embedded { <Header /> }
            <main class={ classes!("workspace", embedded.then_some("embedded")) }>
                // A disabled fieldset turns every control inside read-only in one place.
                <fieldset class="screen" disabled={ embed.readonly }>
                    if !embedded { <StoredDataReport /> }
                    if !embedded { <ScenarioBar /> }
                    if !embedded { <Tabs /> }
                    <Toolbar />
                    <PasteDialog />
                    <ImportDialog />
                    { screen }
                </fieldset>
            </main>
        </ContextProvider<StateHandle>>
    }
}
