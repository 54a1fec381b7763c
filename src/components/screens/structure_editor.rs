//! Editing the plan's structure: title and year, renaming, adding and removing districts and
//! metrics. Folded away; each change is one undoable edit.

use quota_engine::workspace::Edit;
use quota_engine::{Lang, Name};
use yew::prelude::{classes, function_component, html, Callback, Event, Html};

use crate::components::widgets::Folded;

use crate::components::use_app_state;
use crate::i18n::texts;
use crate::platform::event_value;
use crate::state::{Action, InputField, StateHandle};

/// A name edited in the current language, keeping the other language's form.
fn renamed(old: &Name, lang: Lang, text: &str) -> Name {
    // Not cut here: the engine refuses a name that is too long and says why.
    let text = text.trim().to_owned();
    match lang {
        Lang::Zh => Name {
            zh: text,
            en: old.en.clone(),
        },
        Lang::En => Name {
            zh: if old.zh.is_empty() {
                text.clone()
            } else {
                old.zh.clone()
            },
            en: text,
        },
    }
}

fn on_text(
    state: &StateHandle,
    make: impl Fn(String) -> Option<Edit> + 'static,
) -> Callback<Event> {
    let state = state.clone();
    Callback::from(move |e: Event| {
        if let Some(edit) = make(event_value(&e)) {
            state.dispatch(Action::Edit(edit, InputField::Plan));
        }
    })
}

fn click(state: &StateHandle, edit: Edit) -> Callback<yew::MouseEvent> {
    let state = state.clone();
    Callback::from(move |_| state.dispatch(Action::Edit(edit.clone(), InputField::Plan)))
}

/// The structure editor, folded away until opened.
#[function_component(StructureEditor)]
pub fn structure_editor() -> Html {
    let state = use_app_state();
    let t = texts(state.ui.lang);
    html! {
        <Folded class={ classes!("panel", "structure") } summary={ t.plan.structure_heading }>
            <StructureContent />
        </Folded>
    }
}

/// The editor's fields, built only while it is open.
#[function_component(StructureContent)]
fn structure_content() -> Html {
    let state = use_app_state();
    let lang = state.ui.lang;
    let t = texts(lang);
    let plan = &state.workspace().plan;
    let title = plan.title.clone();
    let on_title = on_text(&state, move |v| {
        (!v.trim().is_empty()).then(|| Edit::SetTitle {
            title: renamed(&title, lang, &v),
        })
    });
    let on_year = on_text(&state, |v| {
        v.trim().parse().ok().map(|year| Edit::SetYear { year })
    });
    let districts = plan.districts.iter().enumerate().map(|(district, d)| {
        let old = d.name.clone();
        let name = d.name.get(lang).to_owned();
        let on_name = on_text(&state, move |v| {
            (!v.trim().is_empty()).then(|| Edit::RenameDistrict { district, name: renamed(&old, lang, &v) })
        });
        html! {
            <li>
                <input type="text" value={ name.clone() } aria-label={ format!("{} {name}", t.plan.name_of) } onchange={ on_name } />
                <button type="button" onclick={ click(&state, Edit::RemoveDistrict { district }) }
                        aria-label={ format!("{} {name}", t.common.remove) }>{ t.common.remove }</button>
            </li>
        }
    });
    let metrics = plan.metrics.iter().enumerate().map(|(metric, m)| {
        let old = m.name.clone();
        let name = m.name.get(lang).to_owned();
        let on_name = on_text(&state, move |v| {
            (!v.trim().is_empty()).then(|| Edit::RenameMetric { metric, name: renamed(&old, lang, &v) })
        });
        html! {
            <li>
                <input type="text" value={ name.clone() } aria-label={ format!("{} {name}", t.plan.name_of) } onchange={ on_name } />
                <button type="button" onclick={ click(&state, Edit::RemoveMetric { metric }) }
                        aria-label={ format!("{} {name}", t.common.remove) }>{ t.common.remove }</button>
            </li>
        }
    });
    let new_district = Name::new(
        texts(Lang::Zh).plan.new_district,
        texts(Lang::En).plan.new_district,
    );
    let new_metric = Name::new(
        texts(Lang::Zh).plan.new_metric,
        texts(Lang::En).plan.new_metric,
    );
    html! {
        <>
            <div class="structure-grid">
                <label>{ t.plan.title_label }<input type="text" value={ plan.title.get(lang).to_owned() } onchange={ on_title } /></label>
                <label>{ t.common.year }<input type="number" min="1900" max="2200" value={ plan.year.to_string() } onchange={ on_year } /></label>
            </div>
            <div class="structure-grid">
                <div>
                    <h3>{ t.common.district }</h3>
                    <ul class="name-list">{ for districts }</ul>
                    <button type="button" onclick={ click(&state, Edit::AddDistrict { name: new_district }) }>{ t.plan.add_district }</button>
                </div>
                <div>
                    <h3>{ t.common.metric }</h3>
                    <ul class="name-list">{ for metrics }</ul>
                    <button type="button" onclick={ click(&state, Edit::AddMetric { name: new_metric, parent: None }) }>{ t.plan.add_metric }</button>
                </div>
            </div>
        </>
    }
}
