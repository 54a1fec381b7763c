//! A `<details>` section whose content is built only while it is open, so large folded
//! panels (bounds for thousands of districts, the structure editor) cost nothing per edit.

use wasm_bindgen::JsCast;
use web_sys::HtmlDetailsElement;
use yew::prelude::{
    function_component, html, use_state, Callback, Children, Event, Html, Properties,
};

/// A folded section.
#[derive(PartialEq, Properties)]
pub struct FoldedProps {
    /// The always-visible summary.
    pub summary: yew::AttrValue,
    /// CSS class of the `<details>` element.
    #[prop_or_default]
    pub class: yew::Classes,
    /// Built only while open.
    pub children: Children,
}

/// `<details>` that renders its children only when open.
#[function_component(Folded)]
pub fn folded(props: &FoldedProps) -> Html {
    let open = use_state(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            if let Some(details) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlDetailsElement>().ok())
            {
                open.set(details.open());
            }
        })
    };
    html! {
        <details class={ props.class.clone() } { ontoggle }>
            <summary>{ props.summary.clone() }</summary>
            if *open { { for props.children.iter() } }
        </details>
    }
}
