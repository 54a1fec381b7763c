//! The bulletin screen (月度通报) as the month's work, in the order a bureau does it: 收数 (the
//! returns and the month grids) → 核对 (what the checks flag, who has not returned) → 亮灯 (the
//! lights and the departments) → 通报 (the bulletin table, the mid-year review, the 通报
//! document). The month's status and the steps' navigation sit above the step shown; the
//! panels themselves are the screen's own components, arranged here.

mod findings;
mod nav;
mod status;

use quota_engine::simulate::Sheet;
use yew::prelude::{function_component, html, Html};

use super::{
    ActualsGrid, BulletinPanel, DocumentPanel, LightsPanel, ProgressControls, ReturnsPanel,
    ReviewPanel, UnitsGrids, UnitsPanel,
};
use crate::components::use_app_state;
use crate::state::Step;
use findings::FindingsPanel;
use nav::StepNav;
use status::MonthStatusBar;

pub use nav::step_href;

/// The panels of `step`. They are direct children of the screen, as the 通报's print rules
/// expect (styles/main.css).
fn step_panels(step: Step, metric: usize) -> Html {
    match step {
        Step::Collect => html! {
            <>
                <ReturnsPanel />
                <ActualsGrid sheet={ Sheet::Metric(metric) } />
                <UnitsGrids />
            </>
        },
        Step::Check => html! { <FindingsPanel /> },
        Step::Lights => html! { <><LightsPanel /><UnitsPanel /></> },
        Step::Report => html! { <><BulletinPanel /><ReviewPanel /><DocumentPanel /></> },
    }
}

/// The bulletin screen: the metric and month, the month's status, the steps, the step shown.
#[function_component(BulletinView)]
pub fn bulletin_view() -> Html {
    let state = use_app_state();
    html! {
        <>
            <ProgressControls />
            <MonthStatusBar />
            <StepNav />
            { step_panels(state.ui.step, state.shown_metric()) }
        </>
    }
}
