//! The request link (`r2.`, and format 1's `r1.`): what a unit's form needs — which plan, unit
//! and month, what to ask for and what the city has already — written for the city and read
//! by the form, which refuses an "of which" above its whole before a reply is made.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};

use super::link::{fingerprint, link_body};
use super::units::{Asked, Unit};
use super::{LEGACY_PREFIXES, REQUEST_PREFIX};
use crate::simulate::Month;
use crate::workspace::Workspace;
use crate::{Name, Quota};

/// What a unit's form needs: which plan, unit and month, and what to ask for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    /// The plan's fingerprint.
    pub plan: u32,
    /// The plan's title, to show on the form.
    pub title: Name,
    /// Who is asked.
    pub unit: Unit,
    /// Its name.
    pub name: Name,
    /// The month asked about (1–12).
    pub month: u8,
    /// The metrics' names, in plan order.
    pub metrics: Vec<Name>,
    /// What is asked, and what the city has for it at the month already.
    pub asks: Vec<(Asked, Option<u64>)>,
    /// "Of which" among the asks: (part, its whole), so the form can refuse a part above its
    /// whole before the reply is made. Carried after the request in the link, where an earlier
    /// request has none.
    #[serde(skip)]
    pub wholes: Vec<(Asked, Asked)>,
}

/// An "of which" count a form would send above its whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AboveWhole {
    /// The part, and the count typed for it.
    pub part: (Asked, u64),
    /// Its whole, and the count it is measured against (typed, or what the city has).
    pub whole: (Asked, u64),
}

impl Request {
    /// The "of which" pairs among `values` (what was typed) where the part is above its whole;
    /// a whole left blank counts at what the city already has for it.
    #[must_use]
    pub fn above_whole(&self, values: &[(Asked, u64)]) -> Vec<AboveWhole> {
        let value = |asked: Asked| {
            values
                .iter()
                .find(|(a, _)| *a == asked)
                .map(|&(_, v)| v)
                .or_else(|| self.asks.iter().find(|(a, _)| *a == asked)?.1)
        };
        self.wholes
            .iter()
            .filter_map(|&(part, whole)| {
                let typed = values.iter().find(|(a, _)| *a == part)?.1;
                let of = value(whole)?;
                (typed > of).then_some(AboveWhole {
                    part: (part, typed),
                    whole: (whole, of),
                })
            })
            .collect()
    }
}

/// Format 1's request: a district, one known value per metric.
#[derive(Deserialize)]
struct RequestV1 {
    plan: u32,
    title: Name,
    district: u32,
    name: Name,
    month: u8,
    metrics: Vec<Name>,
    known: Vec<Option<u64>>,
}

/// The request link text (without `#`) for `unit` at `month`.
#[must_use]
pub fn request(workspace: &Workspace, unit: Unit, month: Month) -> String {
    let plan = &workspace.plan;
    let asks = unit
        .asks(plan)
        .into_iter()
        .map(|asked| {
            let known = unit
                .series(plan, asked)
                .and_then(|series| workspace.actuals.series(series))
                .and_then(|months| months[month.index()])
                .map(Quota::get);
            (asked, known)
        })
        .collect();
    let asked = unit.asks(plan);
    let index = |i: usize| u32::try_from(i).unwrap_or(u32::MAX);
    let whole_of = |part: Asked| match part {
        Asked::Metric(m) => plan
            .metrics
            .get(m as usize)?
            .parent
            .map(|p| Asked::Metric(index(p))),
        Asked::Manufacturing => Some(Asked::Metric(index(plan.department_metric))),
    };
    let wholes = asked
        .iter()
        .filter_map(|&part| Some((part, whole_of(part)?)))
        .filter(|(_, whole)| asked.contains(whole))
        .collect();
    let request = Request {
        plan: fingerprint(plan),
        title: plan.title.clone(),
        unit,
        name: unit.name(plan).cloned().unwrap_or_default(),
        month: month.get(),
        metrics: plan.metrics.iter().map(|m| m.name.clone()).collect(),
        asks,
        wholes,
    };
    let mut bytes = postcard::to_allocvec(&request).unwrap_or_default();
    if !request.wholes.is_empty() {
        bytes.extend(postcard::to_allocvec(&request.wholes).unwrap_or_default());
    }
    format!("{REQUEST_PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// Whether a fragment's link is a request (of either format), to open the unit's form rather
/// than the app.
#[must_use]
pub fn is_request(link: &str) -> bool {
    link.starts_with(REQUEST_PREFIX) || link.starts_with(LEGACY_PREFIXES.0)
}

/// The request a link text (with or without `#`, or a whole address) carries.
#[must_use]
pub fn read_request(text: &str) -> Option<Request> {
    let request = if let Some(body) = link_body(text, REQUEST_PREFIX) {
        let bytes = URL_SAFE_NO_PAD.decode(body).ok()?;
        let (mut request, rest): (Request, &[u8]) = postcard::take_from_bytes(&bytes).ok()?;
        if !rest.is_empty() {
            let (wholes, rest): (Vec<(Asked, Asked)>, &[u8]) =
                postcard::take_from_bytes(rest).ok()?;
            if !rest.is_empty() || wholes.is_empty() {
                return None;
            }
            request.wholes = wholes;
        }
        request
    } else {
        let body = link_body(text, LEGACY_PREFIXES.0)?;
        let bytes = URL_SAFE_NO_PAD.decode(body).ok()?;
        let (old, rest): (RequestV1, &[u8]) = postcard::take_from_bytes(&bytes).ok()?;
        if !rest.is_empty() || old.known.len() != old.metrics.len() {
            return None;
        }
        Request {
            plan: old.plan,
            title: old.title,
            unit: Unit::District(old.district),
            name: old.name,
            month: old.month,
            asks: (0u32..)
                .zip(old.known)
                .map(|(m, known)| (Asked::Metric(m), known))
                .collect(),
            metrics: old.metrics,
            wholes: Vec::new(),
        }
    };
    let asks_fit = request.asks.iter().all(|(asked, _)| match asked {
        Asked::Metric(m) => (*m as usize) < request.metrics.len(),
        Asked::Manufacturing => true,
    });
    let is_asked = |a: &Asked| request.asks.iter().any(|(asked, _)| asked == a);
    let wholes_fit = request
        .wholes
        .iter()
        .all(|(part, whole)| part != whole && is_asked(part) && is_asked(whole));
    ((1..=12).contains(&request.month) && asks_fit && wholes_fit).then_some(request)
}
