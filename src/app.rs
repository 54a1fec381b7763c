//! The root component: owns the reducer and lays out the views. Its effects on the page
//! (restoring, link, host page, autosave, shortcuts) live in [`crate::session`], the settled
//! copy and the first paint in [`crate::hooks`].

use yew::prelude::{
    classes, function_component, html, use_reducer, use_state, ContextProvider, Html, Properties,
};

use crate::components::{
    BarCharts, BulletinView, ForecastView, Header, HistoryPanel, ImportDialog, MatrixView,
    MethodCompare, OtherTargetsPanel, ParadoxNotice, PasteDialog, PlanTable, RulesPanel,
    ScenarioBar, ScenarioCompare, StoredDataReport, StructureEditor, Tabs, TieNotice, Toolbar,
    WhyPanel,
};
use crate::hooks::{use_copy_after_paint, use_painted, Settled};
use crate::platform::embed;
use crate::session::{restored, use_autosave, use_host, use_shortcuts};
use crate::state::{AppState, StateHandle, View};

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
            if let Some(step) = embed.step {
                state.ui.step = step;
            }
            if let Some(view) = embed.view {
                state.ui.view = view;
            }
            if let Some(lang) = embed.lang {
                state.ui.lang = lang;
            }
            state
        })
    };
    use_host(&embed, state.dispatcher());
    use_autosave(&state, &embed);
    use_shortcuts(state.dispatcher());
    let painted = use_painted();
    let settled = Settled(use_copy_after_paint(&state));
    let screen = match state.ui.view {
        View::Plan => html! {
            <>
                <div class="main-grid">
                    <div class="main-column">
                        <TieNotice />
                        <ParadoxNotice />
                        <ScenarioCompare />
                        <PlanTable />
                        if painted {
                            <RulesPanel />
                            <MethodCompare />
                        }
                    </div>
                    <aside class="side-column">
                        if painted { <WhyPanel /> }
                        <HistoryPanel />
                    </aside>
                </div>
                if painted {
                    <BarCharts />
                    <StructureEditor />
                    <OtherTargetsPanel />
                }
            </>
        },
        View::Bulletin => html! { <BulletinView /> },
        View::Forecast => html! { <ForecastView /> },
        View::Matrix => html! { <MatrixView /> },
    };
    let embedded = embed.embedded;
    html! {
        <ContextProvider<StateHandle> context={state}>
        <ContextProvider<Settled> context={settled}>
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
        </ContextProvider<Settled>>
        </ContextProvider<StateHandle>>
    }
}
