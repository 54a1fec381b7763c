//! A bare Yew "hello" page: what the same toolchain, profile and loader cost before any of
//! Quota Planner's own code. `make bench` sets the app's first render against this one's.

use yew::prelude::{function_component, html, Html};

#[function_component(Hello)]
fn hello() -> Html {
    html! { <main><h1 id="hello">{ "Hello" }</h1></main> }
}

fn main() {
    yew::Renderer::<Hello>::new().render();
}
