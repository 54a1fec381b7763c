//! The month's status above the steps: how many of the districts and line departments have
//! returned a count for the month reported on, and how many counts the checks flag. What is
//! still open links to the checks.

use std::rc::Rc;

use quota_engine::simulate::month::MonthStatus;
use quota_engine::workspace::Workspace;
use yew::prelude::{classes, function_component, html, Html};

use super::nav::{go_to, step_href};
use crate::components::{use_app_state, use_derived};
use crate::i18n::texts;
use crate::state::{StateHandle, Step};

/// The status of the month `workspace` reports on.
pub(super) fn status_of(workspace: &Workspace, (): &()) -> MonthStatus {
    MonthStatus::of(
        &workspace.plan,
        &workspace.actuals,
        workspace.simulation.as_of,
    )
}

/// One fact of the status: done, or a link to the checks.
fn fact(state: &StateHandle, done: bool, text: String) -> Html {
    html! {
        <li class={ classes!("fact", if done { "done" } else { "open" }) }>
            if done {
                <span class="fact-mark" aria-hidden="true">{ "✓" }</span>{ text }
            } else {
                <a href={ step_href(Step::Check) } onclick={ go_to(state, Step::Check) }>{ text }</a>
            }
        </li>
    }
}

/// The status of the month reported on.
#[function_component(MonthStatusBar)]
pub fn month_status_bar() -> Html {
    let state = use_app_state();
    let t = texts(state.ui.lang);
    let s = &t.steps;
    let status: Rc<MonthStatus> = use_derived(&state, (), status_of);
    let month = (t.common.month_name)(usize::from(status.month.get()));
    html! {
        <section class="month-status" aria-labelledby="month-status-heading">
            <h2 id="month-status-heading">{ (s.status_heading)(&month) }</h2>
            <ul class="facts">
                { fact(&state, status.districts_missing.is_empty(),
                    (s.districts_reported)(status.districts_reported(), status.districts)) }
                { fact(&state, status.departments_missing.is_empty(),
                    (s.departments_reported)(status.departments_reported(), status.departments)) }
                { fact(&state, status.findings() == 0, (s.findings)(status.findings())) }
            </ul>
        </section>
    }
}
