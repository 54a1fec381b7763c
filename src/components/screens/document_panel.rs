//! The 通报 (bulletin document): its header (issuer, number, date, title) and the planner's own
//! paragraphs, typed here; the text written from the numbers of every metric, with its table;
//! printed on A4 as GB/T 9704 lays it out, or downloaded as DOCX for WPS and Word.

use quota_engine::formats::docx::{document, Block};
use quota_engine::formats::table::{bulletin_table, units_table, Field, Table};
use quota_engine::simulate::document::MetricFacts;
use quota_engine::simulate::supervision::DocumentHeader;
use quota_engine::simulate::supervision::LightRules;
use quota_engine::workspace::{Edit, UnitsReport};
use quota_engine::{EngineError, Lang, Plan};
use yew::prelude::{function_component, html, Callback, Event, Html};

use crate::components::{scroll_region, use_app_state, use_derived};
use crate::i18n::document::DocumentField;
use crate::i18n::units::Units;
use crate::i18n::{bulletin_labels, department_name, light_words, metric_name, texts, Texts};
use crate::platform::download::{download_docx, print_document};
use crate::platform::event_value;
use crate::state::{Action, InputField, StateHandle};

/// What the document says, block by block: the same blocks for the page and the DOCX.
fn blocks(
    t: &'static Texts,
    plan: &Plan,
    lang: Lang,
    header: &DocumentHeader,
    rules: &LightRules,
    facts: &[Result<MetricFacts, EngineError>],
    units: &UnitsReport,
) -> Vec<Block> {
    let s = &t.supervision;
    let mut out = Vec::new();
    if !header.number.trim().is_empty() {
        out.push(Block::Number(header.number.trim().to_owned()));
    }
    let month = facts
        .iter()
        .flatten()
        .map(|f| f.month)
        .next()
        .unwrap_or(quota_engine::simulate::Month::JUNE);
    out.push(Block::Title(if header.title.trim().is_empty() {
        (t.document.default_title)(u32::from(plan.year), month)
    } else {
        header.title.trim().to_owned()
    }));
    for (i, f) in facts.iter().enumerate() {
        let Ok(f) = f else { continue };
        out.push(Block::Heading((t.document.metric_heading)(
            i,
            &metric_name(plan, f.metric, lang),
        )));
        out.extend(
            t.document_paragraphs(f, plan)
                .into_iter()
                .map(Block::Paragraph),
        );
        out.push(Block::Table(bulletin_table(
            plan,
            &f.bulletin,
            lang,
            &bulletin_labels(t),
        )));
    }
    // The departments, the manufacturing share and the countable targets, when returned.
    let paragraphs = t.units_paragraphs(units, plan);
    if !paragraphs.is_empty() {
        out.push(Block::Heading((t.document.metric_heading)(
            facts.len(),
            t.document.units_heading,
        )));
        out.extend(paragraphs.into_iter().map(Block::Paragraph));
        if let Ok(grid) = &units.departments {
            let headers = (t.units.headers)(Units::Departments);
            out.push(Block::Table(units_table(
                grid,
                |i| department_name(plan, i, lang),
                [
                    t.units.department,
                    headers[0],
                    headers[1],
                    headers[2],
                    headers[3],
                    headers[4],
                    headers[5],
                ],
                light_words(t),
            )));
        }
    }
    // The light rules the text applied, as a note after the metrics.
    if facts.iter().any(Result::is_ok) {
        out.push(Block::Paragraph(s.note(rules)));
    }
    out.extend(
        header
            .closing
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| Block::Paragraph(l.trim().to_owned())),
    );
    let issuer = if header.issuer.trim().is_empty() {
        plan.issuer.get(lang).to_owned()
    } else {
        header.issuer.trim().to_owned()
    };
    let signature: Vec<String> = [issuer, header.date.trim().to_owned()]
        .into_iter()
        .filter(|l| !l.is_empty())
        .collect();
    if !signature.is_empty() {
        out.push(Block::Signature(signature));
    }
    out
}

fn table_html(table: &Table) -> Html {
    let cell = |f: &Field| match f {
        Field::Text(text) => text.clone(),
        Field::Number(n) if *n < 0 => format!("−{}", crate::i18n::grouped(n.unsigned_abs())),
        Field::Number(n) => crate::i18n::grouped(n.unsigned_abs()),
        Field::Empty => String::new(),
    };
    let mut rows = table.rows.iter();
    let head = rows.next().map(|r| {
        html! {
            <tr>{ for r.iter().map(|f| html! { <th scope="col">{ cell(f) }</th> }) }</tr>
        }
    });
    html! {
        <table>
            <thead>{ for head }</thead>
            <tbody>{ for rows.map(|r| html! { <tr>{ for r.iter().map(|f| html! { <td>{ cell(f) }</td> }) }</tr> }) }</tbody>
        </table>
    }
}

fn block_html(block: &Block) -> Html {
    match block {
        Block::Number(text) => html! { <p class="doc-number">{ text }</p> },
        Block::Title(text) => html! { <h3 class="doc-title">{ text }</h3> },
        Block::Heading(text) => html! { <p class="doc-heading">{ text }</p> },
        Block::Paragraph(text) => html! { <p class="doc-body">{ text }</p> },
        Block::Table(table) => table_html(table),
        Block::Signature(lines) => html! {
            <div class="doc-signature">{ for lines.iter().map(|l| html! { <p>{ l }</p> }) }</div>
        },
    }
}

/// The 通报's header fields (issuer, 文号, date, title) and its closing paragraph, as typed.
fn header_fields(state: &StateHandle, header: &DocumentHeader) -> Html {
    let t = texts(state.ui.lang);
    let field = |which: DocumentField, value: &str, set: fn(&mut DocumentHeader, String)| {
        let (state, header) = (state.clone(), header.clone());
        let onchange = Callback::from(move |e: Event| {
            let mut header = header.clone();
            set(&mut header, event_value(&e));
            state.dispatch(Action::Edit(
                Edit::SetDocument { header },
                InputField::Simulation,
            ));
        });
        html! {
            <label>{ (t.document.field)(which) }
                <input type="text" value={ value.to_owned() } { onchange } />
            </label>
        }
    };
    let closing = {
        let (state, header) = (state.clone(), header.clone());
        Callback::from(move |e: Event| {
            let mut header = header.clone();
            header.closing = event_value(&e);
            state.dispatch(Action::Edit(
                Edit::SetDocument { header },
                InputField::Simulation,
            ));
        })
    };
    html! { <>
    <div class="control-row document-fields">
        { field(DocumentField::Issuer, &header.issuer, |h, v| h.issuer = v) }
        { field(DocumentField::Number, &header.number, |h, v| h.number = v) }
        { field(DocumentField::Date, &header.date, |h, v| h.date = v) }
        { field(DocumentField::Title, &header.title, |h, v| h.title = v) }
    </div>
    <label class="document-closing">{ (t.document.field)(DocumentField::Closing) }
        <textarea rows="3" value={ header.closing.clone() } onchange={ closing } />
    </label>
    </> }
}

/// The document panel of the bulletin screen.
#[function_component(DocumentPanel)]
pub fn document_panel() -> Html {
    let state = use_app_state();
    let lang = state.ui.lang;
    let t = texts(lang);
    let facts = use_derived(&state, (), |workspace, ()| workspace.document_facts());
    let units = use_derived(&state, (), |workspace, ()| workspace.units_report());
    let workspace = state.current().workspace.clone();
    let plan = &workspace.plan;
    let header = workspace.supervision.document.clone();
    // Written again only when the workspace or the language changes, not on every render.
    let blocks = {
        let (facts, units) = (facts.clone(), units.clone());
        use_derived(&state, lang, move |workspace, &lang| {
            blocks(
                texts(lang),
                &workspace.plan,
                lang,
                &workspace.supervision.document,
                &workspace.supervision.lights,
                &facts,
                &units,
            )
        })
    };
    let docx = {
        let blocks = blocks.clone();
        let name = format!("{}-{}.docx", plan.year, t.document.heading);
        Callback::from(move |_| {
            download_docx(&name, &document(&blocks));
        })
    };
    let nothing = facts.iter().all(Result::is_err);
    html! {
        <section class="panel document-panel" aria-labelledby="document-heading">
            <div class="panel-head">
                <h2 id="document-heading">{ t.document.heading }</h2>
                <div class="actions">
                    <button type="button" disabled={ nothing } onclick={ Callback::from(|_| print_document()) }>{ t.document.print }</button>
                    <button type="button" disabled={ nothing } onclick={ docx }>{ t.document.download_docx }</button>
                </div>
            </div>
            { header_fields(&state, &header) }
            if nothing {
                if let Some(Err(err)) = facts.first() {
                    <p class="empty-state" role="status">{ crate::i18n::describe(lang, err, plan) }</p>
                }
            } else {
                { scroll_region("document-heading", html! {
                    <article class="document">{ for blocks.iter().map(block_html) }</article>
                }) }
            }
        </section>
    }
}
