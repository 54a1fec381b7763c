//! The background worker: reads a job's bytes from the page, works out the forecast report
//! ([`quota_engine::jobs::answer`]) and posts the answer's bytes back. Nothing else: no state,
//! no network, no storage. Started by `worker-loader.js`, which the page creates on first use.

use js_sys::Uint8Array;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else {
        return;
    };
    let reply = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        if !data.is_instance_of::<Uint8Array>() {
            return;
        }
        let job = Uint8Array::new(&data).to_vec();
        if let Some(answer) = quota_engine::jobs::answer(&job) {
            let bytes = Uint8Array::from(answer.as_slice());
            // The page waits for this answer; if it cannot be posted there is nobody to tell.
            let _ = reply.post_message(&JsValue::from(bytes));
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
}
