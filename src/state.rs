//! The single source of truth: [`AppState`] and the [`Action`]s that change it.
//!
//! [`AppState::apply`] is a pure function, so the state logic is tested without a browser; the
//! Yew [`Reducible`] impl only wraps it. Every calculation is delegated to the engine.

use std::rc::Rc;

use quota_engine::default_plan::plan_2021;
use quota_engine::{Lang, Plan};
use yew::{Reducible, UseReducerHandle};

/// Everything the user is working on.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The plan on screen.
    pub plan: Plan,
    /// The interface language.
    pub lang: Lang,
}

impl Default for AppState {
    /// The 2021 plan, in Chinese.
    fn default() -> Self {
        AppState {
            plan: plan_2021(),
            lang: Lang::Zh,
        }
    }
}

/// What the user can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Switch the interface language.
    SetLang(Lang),
}

impl AppState {
    /// The state after `action`.
    #[must_use]
    pub fn apply(&self, action: Action) -> AppState {
        match action {
            Action::SetLang(lang) => AppState {
                lang,
                ..self.clone()
            },
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

/// The reducer handle the components share through a context.
pub type StateHandle = UseReducerHandle<AppState>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opens_on_the_2021_plan_in_chinese() {
        let state = AppState::default();
        assert_eq!(state.lang, Lang::Zh);
        assert_eq!(state.plan.year, 2021);
        assert_eq!(state.plan.districts.len(), 14);
    }

    #[test]
    fn set_lang_changes_only_the_language() {
        let state = AppState::default();
        let next = state.apply(Action::SetLang(Lang::En));
        assert_eq!(next.lang, Lang::En);
        assert_eq!(next.plan, state.plan);
    }
}
