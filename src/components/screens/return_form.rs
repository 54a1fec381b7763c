//! What a district or department sees when it opens its request link: only its own numbers
//! for the month, one field per number asked for, and the reply link to send back. Nothing else of the app runs: no scenario
//! is opened or saved.

use quota_engine::links::returns::{read_request, reply, AboveWhole, Asked, Reply, Request};
use quota_engine::support::parse::parse_quota;
use quota_engine::Lang;
use yew::prelude::{
    function_component, html, use_state, Callback, Event, Html, Properties, UseStateHandle,
};

use crate::i18n::returns::ReturnsTexts;
use crate::i18n::{other, texts};
use crate::platform::event_value;
use crate::platform::link::copy;

/// The request link's text.
#[derive(Clone, PartialEq, Properties)]
pub struct ReturnFormProps {
    /// The fragment holding the request (`r1.…`).
    pub request: String,
}

/// The district's form.
#[function_component(ReturnForm)]
pub fn return_form(props: &ReturnFormProps) -> Html {
    let lang = use_state(|| Lang::Zh);
    let t = texts(*lang);
    let r = &t.returns;
    let request = read_request(&props.request);
    let typed = use_state(|| vec![String::new(); request.as_ref().map_or(0, |q| q.asks.len())]);
    let made = use_state(|| None::<Result<String, String>>);
    let switch = {
        let lang = lang.clone();
        Callback::from(move |_| lang.set(other(*lang)))
    };
    let Some(request) = request else {
        return html! {
            <main class="return-form">
                <p class="cell-error" role="alert">{ r.bad_request }</p>
            </main>
        };
    };
    let fields = request
        .asks
        .iter()
        .enumerate()
        .map(|(m, &(asked, known))| field(&request, *lang, &typed, m, asked, known));
    let make = {
        let (typed, made, request, lang) = (typed.clone(), made.clone(), request.clone(), *lang);
        Callback::from(move |_| made.set(Some(reply_to(&request, lang, &typed))))
    };
    html! {
        <main class="return-form" lang={ if *lang == Lang::Zh { "zh-CN" } else { "en" } }>
            <button type="button" class="lang-switch" aria-label={ t.app.switch_lang_label } onclick={ switch }>{ t.app.switch_lang }</button>
            <h1>{ (r.form_heading)(request.title.get(*lang), request.name.get(*lang), request.month) }</h1>
            <p class="hint">{ (r.form_note)(request.month) }</p>
            <div class="return-fields">{ for fields }</div>
            <button type="button" class="primary" onclick={ make }>{ r.make_reply }</button>
            { outcome(r, (*made).clone()) }
        </main>
    }
}

/// The name of what is `asked`, in `lang`.
fn named(request: &Request, lang: Lang, asked: Asked) -> String {
    match asked {
        Asked::Metric(i) => request
            .metrics
            .get(i as usize)
            .map_or_else(String::new, |n| n.get(lang).to_owned()),
        Asked::Manufacturing => texts(lang).units.manufacturing.to_owned(),
    }
}

/// The field of the `m`th number asked for, with what the city already knows of it.
fn field(
    request: &Request,
    lang: Lang,
    typed: &UseStateHandle<Vec<String>>,
    m: usize,
    asked: Asked,
    known: Option<u64>,
) -> Html {
    let r = &texts(lang).returns;
    let name = named(request, lang, asked);
    let label = format!("{} {name}", request.name.get(lang));
    let onchange = {
        let typed = typed.clone();
        Callback::from(move |e: Event| {
            let mut next = (*typed).clone();
            if let Some(slot) = next.get_mut(m) {
                *slot = event_value(&e);
            }
            typed.set(next);
        })
    };
    let value = typed.get(m).cloned().unwrap_or_default();
    html! {
        <label class="return-field">
            <span>{ name }</span>
            <input type="text" inputmode="numeric" aria-label={ label } { value } { onchange } />
            if let Some(known) = known { <span class="hint">{ (r.known)(known) }</span> }
        </label>
    }
}

/// The reply link for what was `typed`, or why there is none (in `lang`).
fn reply_to(request: &Request, lang: Lang, typed: &[String]) -> Result<String, String> {
    let t = texts(lang);
    let r = &t.returns;
    let mut values = Vec::with_capacity(typed.len());
    for (text, &(asked, _)) in typed.iter().zip(&request.asks) {
        if text.trim().is_empty() {
            continue;
        }
        match parse_quota(text) {
            Ok(q) => values.push((asked, q.get())),
            Err(err) => return Err(t.entry.bad_cell(text, &err)),
        }
    }
    if values.is_empty() {
        return Err(r.nothing_typed.to_owned());
    }
    // An "of which" count above its whole would be refused at the city: say so here.
    let above: Vec<String> = request
        .above_whole(&values)
        .into_iter()
        .map(|AboveWhole { part, whole }| {
            (r.part_above_whole)(
                &named(request, lang, part.0),
                part.1,
                &named(request, lang, whole.0),
                whole.1,
            )
        })
        .collect();
    if !above.is_empty() {
        return Err(above.join(" "));
    }
    Ok(reply(&Reply {
        plan: request.plan,
        unit: request.unit,
        month: request.month,
        values,
    }))
}

/// The reply link with its copy button, or why none was made.
fn outcome(r: &ReturnsTexts, made: Option<Result<String, String>>) -> Html {
    match made {
        Some(Ok(link)) => {
            let onclick = {
                let link = link.clone();
                Callback::from(move |_| copy(&link))
            };
            html! {
                <div class="return-reply" role="status">
                    <label>{ r.reply_label }
                        <textarea readonly=true rows="2" value={ link } />
                    </label>
                    <button type="button" { onclick }>{ r.copy }</button>
                </div>
            }
        }
        Some(Err(message)) => html! { <p class="cell-error" role="alert">{ message }</p> },
        None => html! {},
    }
}
