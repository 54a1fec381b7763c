//! The hooks that wait past a painted frame: the settled copy of the state, and whether the
//! first frame is painted, so the table is on screen before the panels that follow from it.

use std::rc::Rc;

use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::timers::callback::Timeout;
use yew::prelude::{hook, use_effect_with, use_mut_ref, use_state};

use crate::state::{AppState, StateHandle};

/// A copy of `state` as of the last painted frame: it follows `state` just after the frame
/// that shows a change is painted (an animation frame, then a timeout), one step behind while
/// an edit's table is drawn. Several changes within one frame make one catch-up.
#[hook]
pub fn use_copy_after_paint(state: &StateHandle) -> Rc<AppState> {
    let settled = use_state(|| Rc::new(AppState::clone(state)));
    let pending = use_mut_ref(|| None::<(AnimationFrame, Option<Timeout>)>);
    // Every change makes a new state: its address tells a change from a render without one
    // (comparing the states themselves would walk the whole history).
    let identity = std::ptr::from_ref::<AppState>(state) as usize;
    let first = use_mut_ref(|| true);
    let handle = state.clone();
    let shown = (*settled).clone();
    use_effect_with(identity, move |_| {
        // The copy made on the first render is already the state of the first frame.
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        let after = pending.clone();
        let frame = request_animation_frame(move |_| {
            let timeout = Timeout::new(0, move || settled.set(Rc::new(AppState::clone(&handle))));
            if let Some((_, slot)) = after.borrow_mut().as_mut() {
                *slot = Some(timeout);
            }
        });
        // A newer change replaces (and so cancels) the catch-up still waiting.
        *pending.borrow_mut() = Some((frame, None));
    });
    shown
}

/// Whether the first frame is painted: the plan screen's panels below the table (rules, method
/// comparison, charts, structure, other targets) and "why this number" render only then, so
/// the table is on screen sooner.
#[hook]
pub fn use_painted() -> bool {
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
    *painted
}
