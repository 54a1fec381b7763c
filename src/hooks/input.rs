//! The hook that keeps a text input showing its stored value after a change or a refusal.

use web_sys::HtmlInputElement;
use yew::{hook, use_effect_with, use_node_ref, NodeRef};

/// A reference for a text input that shows `shown` again whenever it changes or typed text was
/// dropped (`epoch` bumped). The element stays, so keyboard focus does too.
#[hook]
pub fn use_shown_value(shown: String, epoch: u64) -> NodeRef {
    let input = use_node_ref();
    {
        let input = input.clone();
        use_effect_with((shown, epoch), move |(shown, _)| {
            if let Some(element) = input.cast::<HtmlInputElement>() {
                element.set_value(shown);
            }
        });
    }
    input
}
