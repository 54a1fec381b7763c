//! How each metric is split: method, base and rounding step, a button to split afresh, and —
//! under "advanced" — each district's bounds and custom weights.

use quota_engine::apportion::{Bounds, Method};
use quota_engine::base::{parse_decimal_weights, Base};
use quota_engine::support::parse::parse_quota;
use quota_engine::workspace::{Edit, MetricRules};
use quota_engine::{MetricId, Quota};
use yew::prelude::{
    classes, function_component, html, AttrValue, Callback, Event, Html, Properties,
};

use crate::components::refusal_at;
use crate::components::widgets::Folded;

use crate::components::{dispatching, on_entry, use_app_state, use_shown_value};
use crate::i18n::rules::BaseKind;
use crate::i18n::{grouped, texts};
use crate::state::{Action, Cause, InputField, StateHandle};

const STEPS: [u64; 5] = [1, 10, 50, 100, 1_000];

/// A rule field of `metric`: its text to an edit (or why not), as one entry.
fn send(
    state: &StateHandle,
    metric: MetricId,
    make: impl Fn(String) -> Result<Edit, Cause> + 'static,
) -> Callback<Event> {
    on_entry(state, InputField::Settings(metric), make)
}

/// One bound of one district and metric.
#[derive(Clone, PartialEq, Properties)]
struct BoundInputProps {
    label: AttrValue,
    /// The bound as stored ("" for none).
    shown: AttrValue,
    /// Bumped when an entry is refused, so the field drops the refused text.
    epoch: u64,
    onchange: Callback<Event>,
}

/// A bound's text field: shows the stored bound again after a refused entry.
#[function_component(BoundInput)]
fn bound_input(props: &BoundInputProps) -> Html {
    let input = use_shown_value(props.shown.to_string(), props.epoch);
    html! {
        <input ref={ input } type="text" inputmode="numeric" class="num small"
               aria-label={ props.label.clone() } value={ props.shown.clone() }
               onchange={ props.onchange.clone() } />
    }
}

/// An optional quota typed into a bounds field: empty is `None`.
fn optional_quota(text: &str) -> Result<Option<Quota>, Cause> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse_quota(text).map(Some).map_err(Cause::Parse)
}

/// The per-metric rules.
#[function_component(RulesPanel)]
pub fn rules_panel() -> Html {
    let state = use_app_state();
    let t = texts(state.ui.lang);
    let workspace = state.workspace();
    let rows = workspace
        .plan
        .metrics
        .iter()
        .enumerate()
        .map(|(metric, m)| {
            let Some(rules) = workspace.rules.get(metric) else {
                return html! {};
            };
            rule_row(&state, metric, m.name.get(state.ui.lang), rules)
        });
    html! {
        <section class="panel rules" aria-labelledby="rules-heading">
            <h2 id="rules-heading">{ t.rules.heading }</h2>
            <div class="table-scroll">
                <table class="settings-table">
                    <thead><tr>
                        <th scope="col">{ t.common.metric }</th>
                        <th scope="col">{ t.rules.method }</th>
                        <th scope="col">{ t.rules.base }</th>
                        <th scope="col">{ t.common.step }</th>
                        <th scope="col"><span class="visually-hidden">{ t.rules.reapportion }</span></th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <Folded class={ classes!("advanced") } summary={ t.rules.bounds_heading }>
                <BoundsPanel />
            </Folded>
        </section>
    }
}

/// The rules of `metric` (called `name`): method, base, step, and splitting afresh.
fn rule_row(state: &StateHandle, metric: MetricId, name: &str, rules: &MetricRules) -> Html {
    let t = texts(state.ui.lang);
    let method_options = Method::ALL.iter().enumerate().map(|(i, &method)| html! {
        <option value={ i.to_string() } selected={ method == rules.method }>{ (t.rules.method_name)(method) }</option>
    });
    let on_method = send(state, metric, move |v| {
        let method = v
            .parse::<usize>()
            .ok()
            .and_then(|i| Method::ALL.get(i).copied())
            .unwrap_or_default();
        Ok(Edit::SetMethod { metric, method })
    });
    let mut steps: Vec<u64> = STEPS.to_vec();
    if !steps.contains(&rules.step) {
        steps.push(rules.step);
    }
    let step_options = steps.iter().map(|&s| {
        html! {
            <option value={ s.to_string() } selected={ s == rules.step }>{ grouped(s) }</option>
        }
    });
    let on_step = send(state, metric, move |v| {
        Ok(Edit::SetStep {
            metric,
            step: parse_quota(&v).map_err(Cause::Parse)?.get(),
        })
    });
    let reapportion = dispatching(
        state,
        Action::Edit(Edit::Reapportion { metric }, InputField::Settings(metric)),
    );
    let refusal = refusal_at(state, &InputField::Settings(metric));
    html! {
        <tr>
            <th scope="row">{ name }</th>
            <td><select aria-label={ format!("{name} {}", t.rules.method) } onchange={ on_method }>{ for method_options }</select></td>
            { base_cell(state, metric, name, &rules.base) }
            <td><select aria-label={ format!("{name} {}", t.common.step) } onchange={ on_step }>{ for step_options }</select></td>
            <td>
                <button type="button" onclick={ reapportion }>{ t.rules.reapportion }</button>
                if let Some(message) = refusal { <p class="cell-error" role="alert">{ message }</p> }
            </td>
        </tr>
    }
}

/// The custom weights on hand (set directly, or as the second half of a blend).
fn custom_weights(base: &Base) -> Option<Vec<u64>> {
    match base {
        Base::Custom(w) => Some(w.clone()),
        Base::Blend { second, .. } => match second.as_ref() {
            Base::Custom(w) => Some(w.clone()),
            Base::Current | Base::Equal | Base::Blend { .. } => None,
        },
        Base::Current | Base::Equal => None,
    }
}

/// The base of `metric` (called `name`): which, and for a blend the share of the first.
fn base_cell(state: &StateHandle, metric: MetricId, name: &str, base: &Base) -> Html {
    let t = texts(state.ui.lang);
    let base_name = t.rules.base_name;
    let kind = BaseKind::from(base);
    let custom = custom_weights(base);
    let blend_percent = match base {
        Base::Blend { first_percent, .. } => Some(*first_percent),
        Base::Current | Base::Equal | Base::Custom(_) => None,
    };
    let on_base = {
        let (current, custom) = (base.clone(), custom.clone());
        send(state, metric, move |v| {
            let second = Box::new(custom.clone().map_or(Base::Equal, Base::Custom));
            let base = match v.as_str() {
                "0" => Base::Current,
                "1" => Base::Equal,
                "2" => custom.clone().map_or_else(|| current.clone(), Base::Custom),
                _ => Base::Blend {
                    first: Box::new(Base::Current),
                    second,
                    first_percent: 50,
                },
            };
            Ok(Edit::SetBase { metric, base })
        })
    };
    let on_percent = {
        let current = base.clone();
        send(state, metric, move |v| {
            let percent = parse_quota(&v).map_err(Cause::Parse)?.get();
            let first_percent = u8::try_from(percent).unwrap_or(u8::MAX);
            let base = match current.clone() {
                Base::Blend { first, second, .. } => Base::Blend {
                    first,
                    second,
                    first_percent,
                },
                other @ (Base::Current | Base::Equal | Base::Custom(_)) => other,
            };
            Ok(Edit::SetBase { metric, base })
        })
    };
    html! {
        <td>
            <select aria-label={ format!("{name} {}", t.rules.base) } onchange={ on_base }>
                <option value="0" selected={ kind == BaseKind::Current }>{ base_name(BaseKind::Current) }</option>
                <option value="1" selected={ kind == BaseKind::Equal }>{ base_name(BaseKind::Equal) }</option>
                if custom.is_some() { <option value="2" selected={ kind == BaseKind::Custom }>{ base_name(BaseKind::Custom) }</option> }
                <option value="3" selected={ kind == BaseKind::Blend }>{ base_name(BaseKind::Blend) }</option>
            </select>
            if let Some(percent) = blend_percent {
                <label class="blend">
                    { t.rules.blend_percent }
                    <input type="text" inputmode="numeric" class="small" value={ percent.to_string() }
                           aria-label={ format!("{name} {}", t.rules.blend_percent) } onchange={ on_percent } />
                </label>
            }
        </td>
    }
}

/// Per-district minimum and maximum of every metric, and custom weights, folded away.
#[function_component(BoundsPanel)]
fn bounds_panel() -> Html {
    let state = use_app_state();
    let lang = state.ui.lang;
    let t = texts(lang);
    let plan = &state.workspace().plan;
    let head = plan.metrics.iter().map(|m| {
        html! {
            <th scope="col" colspan="2">{ m.name.get(lang) }</th>
        }
    });
    let rows = plan.districts.iter().enumerate().map(|(district, d)| {
        let name = d.name.get(lang);
        html! { <tr><th scope="row">{ name }</th>{ for bound_cells(&state, district, name) }</tr> }
    });
    let weights = plan
        .metrics
        .iter()
        .enumerate()
        .map(|(metric, m)| weights_field(&state, metric, m.name.get(lang)));
    html! {
        <>
            <div class="table-scroll">
                <table class="bounds-table">
                    <thead>
                        <tr><th scope="col" rowspan="2">{ t.common.district }</th>{ for head }</tr>
                        <tr>{ for plan.metrics.iter().map(|_| html! {
                            <><th scope="col">{ t.rules.minimum }</th><th scope="col">{ t.rules.maximum }</th></>
                        }) }</tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <div class="weights-grid">{ for weights }</div>
        </>
    }
}

/// The minimum and maximum of `district` (called `name`) for every metric.
fn bound_cells<'a>(
    state: &'a StateHandle,
    district: usize,
    name: &'a str,
) -> impl Iterator<Item = Html> + 'a {
    let (lang, workspace) = (state.ui.lang, state.workspace());
    let t = texts(lang);
    workspace.plan.metrics.iter().enumerate().map(move |(metric, m)| {
        let bounds = workspace.rules.get(metric).and_then(|r| r.bounds.get(district)).copied().unwrap_or_default();
        let label = format!("{name} {}", m.name.get(lang));
        let on_min = send(state, metric, move |v| {
            let min = optional_quota(&v)?.unwrap_or_default();
            Ok(Edit::SetBounds { metric, district, bounds: Bounds { min, ..bounds } })
        });
        let on_max = send(state, metric, move |v| {
            let max = optional_quota(&v)?;
            Ok(Edit::SetBounds { metric, district, bounds: Bounds { max, ..bounds } })
        });
        let epoch = state.ui.input_epoch;
        html! {
            <>
                <td><BoundInput label={ format!("{label} {}", t.rules.minimum) } { epoch } onchange={ on_min }
                    shown={ if bounds.min.get() == 0 { String::new() } else { bounds.min.grouped() } } /></td>
                <td><BoundInput label={ format!("{label} {}", t.rules.maximum) } { epoch } onchange={ on_max }
                    shown={ bounds.max.map(|m| m.grouped()).unwrap_or_default() } /></td>
            </>
        }
    })
}

/// The custom weights of `metric` (called `name`), one a line.
fn weights_field(state: &StateHandle, metric: MetricId, name: &str) -> Html {
    let (lang, workspace) = (state.ui.lang, state.workspace());
    let t = texts(lang);
    let current = match workspace.rules.get(metric).map(|r| &r.base) {
        Some(Base::Custom(w)) => w.iter().map(u64::to_string).collect::<Vec<_>>().join("\n"),
        Some(Base::Current | Base::Equal | Base::Blend { .. }) | None => String::new(),
    };
    let on_weights = send(state, metric, move |v| {
        let lines: Vec<&str> = v.lines().filter(|l| !l.trim().is_empty()).collect();
        let weights = parse_decimal_weights(&lines).map_err(Cause::Engine)?;
        Ok(Edit::SetBase {
            metric,
            base: Base::Custom(weights),
        })
    });
    let label = format!("{} {}", name, (t.rules.base_name)(BaseKind::Custom));
    html! {
        <label class="weights">
            <span>{ label.clone() }</span>
            <textarea rows="4" aria-label={ label } value={ current } onchange={ on_weights } />
        </label>
    }
}
