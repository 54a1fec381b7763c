//! The background worker that works out forecasts off the page's main thread: started on the
//! first forecast (`worker.js`, which loads the worker's own small WebAssembly), then kept for
//! the page's life. A job carries the whole workspace; per [`Slot`] only the latest job's
//! answer is used.
//!
//! Where no worker can start — a page opened from `file://` (the single-file build), a browser
//! or policy that refuses workers, a worker whose WebAssembly does not load — the page loads the
//! worker's WebAssembly itself (`quota-worker.js`, then `worker.js` to reach it; the single-file
//! build carries both inline) and asks it directly, just after the "computing…" state has
//! painted: the same numbers, only on the main thread. The page's own WebAssembly carries no
//! Monte Carlo. [`mode`] says which way it went, for the tests.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Uint8Array;
use js_sys::{Function, Object, Promise, Reflect};
use quota_engine::links::jobs::{decode_answer, encode_job, Job, Outcome, Task};
use quota_engine::workspace::Workspace;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlScriptElement, MessageEvent, Worker};

/// Where forecasts are worked out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// No forecast asked for yet.
    NotStarted,
    /// In the background worker.
    Worker,
    /// On the page: no worker could start.
    Page,
}

/// Who asks: a later job in the same slot makes an earlier one's answer stale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    /// The forecast screen.
    Forecast,
    /// The scenario comparison.
    Compare,
}

/// A job waiting for its answer: its slot and id, what it was, and who wants the outcome.
struct WaitingJob {
    slot: Slot,
    id: u32,
    workspace: Rc<Workspace>,
    task: Task,
    done: Box<dyn FnOnce(Outcome)>,
}

/// The worker and its handlers (kept alive with it).
struct Running {
    worker: Worker,
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn(web_sys::Event)>,
}

#[derive(Default)]
struct Channel {
    running: Option<Running>,
    unavailable: bool,
    next_id: u32,
    pending: Vec<WaitingJob>,
}

thread_local! {
    static CHANNEL: RefCell<Channel> = RefCell::new(Channel::default());
}

/// Where forecasts are being worked out.
#[must_use]
pub fn mode() -> Mode {
    CHANNEL.with(|c| {
        let c = c.borrow();
        if c.unavailable {
            Mode::Page
        } else if c.running.is_some() {
            Mode::Worker
        } else {
            Mode::NotStarted
        }
    })
}

/// Works out `task` for `workspace` and hands the outcome to `done` — from the worker, or on
/// the page where there is none. A later call in the same `slot` makes an earlier one's answer
/// stale: only the latest `done` of a slot is called.
pub fn run(
    slot: Slot,
    workspace: &Rc<Workspace>,
    task: Task,
    done: impl FnOnce(Outcome) + 'static,
) {
    let job = CHANNEL.with(|c| {
        let mut c = c.borrow_mut();
        c.next_id = c.next_id.wrapping_add(1);
        let id = c.next_id;
        c.pending.retain(|p| p.slot != slot);
        c.pending.push(WaitingJob {
            slot,
            id,
            workspace: workspace.clone(),
            task: task.clone(),
            done: Box::new(done),
        });
        if c.unavailable {
            return None;
        }
        if c.running.is_none() {
            c.running = start();
            c.unavailable = c.running.is_none();
        }
        c.running.as_ref().map(|r| (r.worker.clone(), id))
    });
    set_mode_attribute();
    match job {
        Some((worker, id)) => {
            let bytes = encode_job(&Job {
                id,
                workspace: (**workspace).clone(),
                task,
            });
            if worker
                .post_message(&JsValue::from(Uint8Array::from(bytes.as_slice())))
                .is_err()
            {
                give_up();
            }
        }
        None => on_page_soon(),
    }
}

/// The worker, started; `None` when the browser refuses it.
fn start() -> Option<Running> {
    let worker = Worker::new("./worker.js").ok()?;
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(|event: MessageEvent| {
        let data = event.data();
        if !data.is_instance_of::<Uint8Array>() {
            // "unavailable": its WebAssembly did not load.
            give_up();
            return;
        }
        let Some(answer) = decode_answer(&Uint8Array::new(&data).to_vec()) else {
            give_up();
            return;
        };
        // A stale answer (a later job of its slot is on its way) finds nobody waiting.
        let pending = CHANNEL.with(|c| {
            let mut c = c.borrow_mut();
            let at = c.pending.iter().position(|p| p.id == answer.id)?;
            Some(c.pending.remove(at))
        });
        if let Some(p) = pending {
            (p.done)(answer.outcome);
        }
    });
    let on_error = Closure::<dyn Fn(web_sys::Event)>::new(|_event: web_sys::Event| give_up());
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Some(Running {
        worker,
        _on_message: on_message,
        _on_error: on_error,
    })
}

/// No worker after all: stop it, and work the waiting job out on the page.
fn give_up() {
    CHANNEL.with(|c| {
        let mut c = c.borrow_mut();
        if let Some(running) = c.running.take() {
            running.worker.terminate();
        }
        c.unavailable = true;
    });
    set_mode_attribute();
    on_page_soon();
}

/// Works the waiting jobs out on the page, once the worker's WebAssembly is loaded there; its
/// loading lets the "computing…" state paint first.
fn on_page_soon() {
    wasm_bindgen_futures::spawn_local(async {
        let module = on_page_module().await;
        loop {
            let next = CHANNEL.with(|c| {
                let mut c = c.borrow_mut();
                (!c.pending.is_empty()).then(|| c.pending.remove(0))
            });
            let Some(p) = next else { break };
            let outcome = module
                .as_ref()
                .ok()
                .and_then(|m| answer_on_page(m, p.id, &p.workspace, &p.task))
                .unwrap_or_else(|| p.task.unavailable());
            (p.done)(outcome);
        }
    });
}

thread_local! {
    /// The worker's functions on the page: one loading, shared by every job that asks while it
    /// runs (each job of the forecast screen asks at once; loading quota-worker.js twice would
    /// declare its `wasm_bindgen` twice, a page error). A failed load is forgotten, so a later
    /// job tries again.
    static ON_PAGE: RefCell<Option<Promise>> = const { RefCell::new(None) };
}

/// The worker's WebAssembly on the page: its functions (`answer`), loaded once.
async fn on_page_module() -> Result<JsValue, JsValue> {
    let loading = ON_PAGE.with(|m| {
        m.borrow_mut()
            .get_or_insert_with(|| wasm_bindgen_futures::future_to_promise(load_on_page()))
            .clone()
    });
    let loaded = JsFuture::from(loading).await;
    if loaded.is_err() {
        ON_PAGE.with(|m| *m.borrow_mut() = None);
    }
    loaded
}

/// Loads the worker's scripts and WebAssembly on the page; resolves to its functions.
async fn load_on_page() -> Result<JsValue, JsValue> {
    let global = js_sys::global();
    let key = JsValue::from_str("quotaWorker");
    // The single-file build has both scripts inline already.
    if Reflect::get(&global, &key)?.is_undefined() {
        load_script("./quota-worker.js").await?;
        load_script("./worker.js").await?;
    }
    let module = Reflect::get(&global, &key)?;
    let init: Function = module.clone().dyn_into()?;
    // Inline bytes in the single-file build, else the file beside the page.
    let bytes = Reflect::get(&global, &JsValue::from_str("quotaWorkerWasm"))?;
    let source = if bytes.is_undefined() {
        JsValue::from_str("./quota-worker_bg.wasm")
    } else {
        bytes
    };
    let options = Object::new();
    Reflect::set(&options, &JsValue::from_str("module_or_path"), &source)?;
    let started: Promise = init.call1(&JsValue::NULL, &options)?.dyn_into()?;
    JsFuture::from(started).await?;
    Ok(module)
}

/// Adds a classic script of the app's folder to the page and waits until it has run.
async fn load_script(src: &str) -> Result<(), JsValue> {
    let document = gloo::utils::document();
    let script: HtmlScriptElement = document.create_element("script")?.dyn_into()?;
    script.set_src(src);
    let loaded = Promise::new(&mut |resolve, reject| {
        script.set_onload(Some(&resolve));
        script.set_onerror(Some(&reject));
    });
    document
        .head()
        .ok_or_else(|| JsValue::from_str("no head"))?
        .append_child(&script)?;
    JsFuture::from(loaded).await.map(|_| ())
}

/// One job answered by the worker's WebAssembly on the page.
fn answer_on_page(
    module: &JsValue,
    id: u32,
    workspace: &Workspace,
    task: &Task,
) -> Option<Outcome> {
    let answer: Function = Reflect::get(module, &JsValue::from_str("answer"))
        .ok()?
        .dyn_into()
        .ok()?;
    let bytes = encode_job(&Job {
        id,
        workspace: workspace.clone(),
        task: task.clone(),
    });
    let job = JsValue::from(Uint8Array::from(bytes.as_slice()));
    let reply = answer.call1(&JsValue::NULL, &job).ok()?;
    decode_answer(&Uint8Array::new(&reply).to_vec()).map(|a| a.outcome)
}

/// `data-forecast-worker` on the root element: `worker` or `page`, for the end-to-end tests.
fn set_mode_attribute() {
    let value = match mode() {
        Mode::Worker => "worker",
        Mode::Page => "page",
        Mode::NotStarted => return,
    };
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("data-forecast-worker", value);
    }
}
