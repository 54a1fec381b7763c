//! The page header: product name, the plan's title and document, and the language switch.

use yew::prelude::{function_component, html, use_effect_with, Callback, Html};

use crate::components::use_app_state;
use crate::i18n::{other, texts};
use crate::platform::set_document_language;
use crate::state::Action;

/// Product name, plan title and the language switch.
#[function_component(Header)]
pub fn header() -> Html {
    let state = use_app_state();
    let lang = state.ui.lang;
    let t = texts(lang);
    let plan = &state.workspace().plan;

    use_effect_with(lang, |&lang| {
        let t = texts(lang);
        set_document_language(t.app.html_lang, t.app.app_name);
    });

    let switch = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::SetLang(other(lang))))
    };

    html! {
        <header class="app-header">
            <div class="brand">
                <span class="app-name">{ t.app.app_name }</span>
                <button type="button" class="lang-switch" aria-label={ t.app.switch_lang_label }
                        onclick={ switch }>
                    { t.app.switch_lang }
                </button>
            </div>
            <h1 class="plan-title">{ plan.title.get(lang) }</h1>
            <p class="plan-meta">
                <span>{ t.common.year }{ t.common.colon }{ plan.year }</span>
                if !plan.document.is_empty() { <span>{ &plan.document }</span> }
                if !plan.issuer.zh.is_empty() {
                    <span>{ t.app.issued_by }{ t.common.colon }{ plan.issuer.get(lang) }</span>
                }
            </p>
        </header>
    }
}
