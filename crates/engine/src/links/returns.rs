//! Returns (报送): the city sends each district and each line department a **request link**
//! that opens a small form with only that unit's numbers for one month; the unit sends back a
//! **reply link** that carries them, the unit, the month and a checksum. The city pastes many
//! replies at once and sees, before anything is applied, who returned, who is missing, which
//! numbers change what is already entered, and which replies are corrupt, for another plan or
//! another month.
//!
//! A district is asked for every metric and for how many of its certified workers are in
//! manufacturing (the plan's minimum share); a department for its count of the metric the
//! departments share (附件2).
//!
//! Both links are `r2.`/`a2.` followed by URL-safe base64 of a compact binary form (postcard);
//! a reply ends in a CRC-32 of everything before it, so a damaged or hand-edited reply is caught.
//! Format 1 (`r1.`/`a1.`, districts only) is still read. A plan is recognised by a fingerprint
//! of its structure (year, district and metric names), not its quotas, which may be
//! reallocated mid-year.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};

use crate::simulate::{Month, Series};
use crate::workspace::Workspace;
use crate::{Name, Plan, Quota};

/// The request link's prefix and format.
pub const REQUEST_PREFIX: &str = "r2.";
/// The reply link's prefix and format.
pub const REPLY_PREFIX: &str = "a2.";
/// Format 1's prefixes, still read: districts only, one value per metric.
const LEGACY_PREFIXES: (&str, &str) = ("r1.", "a1.");
/// The longest link text read (a reply of many metrics is far shorter).
pub const MAX_LINK_CHARS: usize = 4_096;
/// The most replies read from one paste.
pub const MAX_REPLIES: usize = 2_000;

/// Who returns: a district or a line department, by index in the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Unit {
    /// A district (县市区).
    District(u32),
    /// A line department (附件2).
    Department(u32),
}

impl Unit {
    /// Every unit of `plan`: the districts, then the departments.
    #[must_use]
    pub fn all(plan: &Plan) -> Vec<Unit> {
        let index = |i: usize| u32::try_from(i).unwrap_or(u32::MAX);
        (0..plan.districts.len())
            .map(|d| Unit::District(index(d)))
            .chain((0..plan.departments.len()).map(|d| Unit::Department(index(d))))
            .collect()
    }

    /// Its name in `plan`, if the plan has it.
    #[must_use]
    pub fn name(self, plan: &Plan) -> Option<&Name> {
        match self {
            Unit::District(d) => plan.districts.get(d as usize).map(|d| &d.name),
            Unit::Department(d) => plan.departments.get(d as usize).map(|d| &d.name),
        }
    }

    /// What `plan` asks this unit for.
    #[must_use]
    pub fn asks(self, plan: &Plan) -> Vec<Asked> {
        let index = |i: usize| u32::try_from(i).unwrap_or(u32::MAX);
        match self {
            Unit::District(_) => {
                let mut asks: Vec<Asked> = (0..plan.metrics.len())
                    .map(|m| Asked::Metric(index(m)))
                    .collect();
                if plan.other.manufacturing_share_min_pct > 0
                    && plan.department_metric < plan.metrics.len()
                {
                    asks.push(Asked::Manufacturing);
                }
                asks
            }
            Unit::Department(_) => vec![Asked::Metric(index(plan.department_metric))],
        }
    }

    /// Where a count this unit returns goes in `plan`'s actuals; `None` when the plan does
    /// not have the unit or does not ask it for that.
    #[must_use]
    pub fn series(self, plan: &Plan, asked: Asked) -> Option<Series> {
        self.name(plan)?;
        match (self, asked) {
            (Unit::District(d), Asked::Metric(m)) if (m as usize) < plan.metrics.len() => {
                Some(Series::District {
                    metric: m as usize,
                    district: d as usize,
                })
            }
            (Unit::District(d), Asked::Manufacturing) => Some(Series::Manufacturing(d as usize)),
            (Unit::Department(d), Asked::Metric(m)) if m as usize == plan.department_metric => {
                Some(Series::Department(d as usize))
            }
            _ => None,
        }
    }
}

/// One number a unit is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Asked {
    /// Its cumulative count of a metric, by index.
    Metric(u32),
    /// Of its count of the departments' metric (certified workers), how many are in
    /// manufacturing.
    Manufacturing,
}

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

/// A unit's numbers for one month.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reply {
    /// The plan's fingerprint.
    pub plan: u32,
    /// Who returns.
    pub unit: Unit,
    /// The month (1–12).
    pub month: u8,
    /// Cumulative counts at the month's end, for what was asked (blanks left out).
    pub values: Vec<(Asked, u64)>,
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

/// Format 1's reply: a district, one value per metric.
#[derive(Deserialize)]
struct ReplyV1 {
    plan: u32,
    district: u32,
    month: u8,
    values: Vec<Option<u64>>,
}

/// Why a pasted line is not a usable reply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReplyProblem {
    /// Not a reply link at all.
    NotAReply,
    /// Damaged: it does not decode, or its checksum does not match.
    Corrupt,
    /// A reply for another plan.
    OtherPlan,
    /// A reply for another month than the one being collected.
    OtherMonth {
        /// The month it is for.
        month: u8,
    },
    /// A unit the plan does not have, or a number it was not asked for.
    DoesNotFit,
    /// A second reply from a unit already read in this paste (the later one counts).
    Repeated {
        /// The unit.
        unit: Unit,
    },
}

/// The fingerprint of a plan's structure: its year and the names of its districts and metrics.
#[must_use]
pub fn fingerprint(plan: &Plan) -> u32 {
    let names: (u16, Vec<&Name>, Vec<&Name>) = (
        plan.year,
        plan.districts.iter().map(|d| &d.name).collect(),
        plan.metrics.iter().map(|m| &m.name).collect(),
    );
    crate::support::crc::crc32(&postcard::to_allocvec(&names).unwrap_or_default())
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

/// The reply link text for `reply`.
#[must_use]
pub fn reply(reply: &Reply) -> String {
    sealed(
        REPLY_PREFIX,
        postcard::to_allocvec(reply).unwrap_or_default(),
    )
}

/// `prefix` and the base64 of `bytes` followed by their CRC-32.
fn sealed(prefix: &str, mut bytes: Vec<u8>) -> String {
    let check = crate::support::crc::crc32(&bytes);
    bytes.extend(check.to_le_bytes());
    format!("{prefix}{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// The bytes of a sealed link body, if its checksum holds.
fn unseal(body: &str) -> Result<Vec<u8>, ReplyProblem> {
    let mut bytes = URL_SAFE_NO_PAD
        .decode(body)
        .map_err(|_| ReplyProblem::Corrupt)?;
    let split = bytes.len().checked_sub(4).ok_or(ReplyProblem::Corrupt)?;
    let check: [u8; 4] = bytes[split..]
        .try_into()
        .map_err(|_| ReplyProblem::Corrupt)?;
    bytes.truncate(split);
    if crate::support::crc::crc32(&bytes) == u32::from_le_bytes(check) {
        Ok(bytes)
    } else {
        Err(ReplyProblem::Corrupt)
    }
}

/// The reply one pasted line carries, or why not.
pub fn read_reply(text: &str) -> Result<Reply, ReplyProblem> {
    let reply = if let Some(body) = link_body(text, REPLY_PREFIX) {
        let payload = unseal(body)?;
        let (reply, rest): (Reply, &[u8]) =
            postcard::take_from_bytes(&payload).map_err(|_| ReplyProblem::Corrupt)?;
        rest.is_empty()
            .then_some(reply)
            .ok_or(ReplyProblem::Corrupt)?
    } else {
        let body = link_body(text, LEGACY_PREFIXES.1).ok_or(ReplyProblem::NotAReply)?;
        let payload = unseal(body)?;
        let (old, rest): (ReplyV1, &[u8]) =
            postcard::take_from_bytes(&payload).map_err(|_| ReplyProblem::Corrupt)?;
        if !rest.is_empty() {
            return Err(ReplyProblem::Corrupt);
        }
        Reply {
            plan: old.plan,
            unit: Unit::District(old.district),
            month: old.month,
            values: (0u32..)
                .zip(old.values)
                .filter_map(|(m, v)| v.map(|v| (Asked::Metric(m), v)))
                .collect(),
        }
    };
    if (1..=12).contains(&reply.month) {
        Ok(reply)
    } else {
        Err(ReplyProblem::Corrupt)
    }
}

/// The link's body after `prefix` wherever it stands in `text` — alone, in an address, or in
/// a chat message such as "鹿城：a1.…" — up to the first character a link cannot hold; `None`
/// when there is none, or the text is too long to be one line of a paste.
fn link_body<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    if text.len() > MAX_LINK_CHARS {
        return None;
    }
    let start = text.match_indices(prefix).map(|(i, _)| i).find(|&i| {
        // Not the tail of a longer word ("xa1." is not a reply).
        i == 0 || !text.as_bytes()[i - 1].is_ascii_alphanumeric()
    })? + prefix.len();
    let rest = &text[start..];
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(rest.len());
    let body = &rest[..end];
    (!body.is_empty()).then_some(body)
}

/// One number a reply would change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    /// Who returned it.
    pub unit: Unit,
    /// Where it goes.
    pub series: Series,
    /// What is entered now.
    pub before: Option<Quota>,
    /// What the reply says.
    pub after: Quota,
}

/// What a paste of replies would do, before anything is applied.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Preview {
    /// The month being collected.
    pub month: u8,
    /// The usable replies, one per unit (the last one pasted counts), districts first.
    pub replies: Vec<Reply>,
    /// The units that have not replied, districts first.
    pub missing: Vec<Unit>,
    /// The numbers that would change what is entered (new numbers included).
    pub changes: Vec<Change>,
    /// The lines that are not usable replies, by line (0-based), and why.
    pub problems: Vec<(usize, ReplyProblem)>,
}

/// Reads pasted replies (one link per line; blank lines skipped) for `month` against
/// `workspace`.
#[must_use]
pub fn preview(workspace: &Workspace, month: Month, text: &str) -> Preview {
    let plan = &workspace.plan;
    let print = fingerprint(plan);
    let units = Unit::all(plan);
    let mut by_unit: Vec<Option<Reply>> = vec![None; units.len()];
    let mut problems = Vec::new();
    for (line, raw) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .take(MAX_REPLIES)
    {
        let reply = match read_reply(raw) {
            Ok(reply) => reply,
            Err(problem) => {
                problems.push((line, problem));
                continue;
            }
        };
        let slot = units.iter().position(|u| *u == reply.unit);
        let fits = slot.is_some()
            && reply
                .values
                .iter()
                .all(|(asked, _)| reply.unit.series(plan, *asked).is_some());
        let problem = if reply.plan != print {
            Some(ReplyProblem::OtherPlan)
        } else if reply.month != month.get() {
            Some(ReplyProblem::OtherMonth { month: reply.month })
        } else if !fits {
            Some(ReplyProblem::DoesNotFit)
        } else {
            None
        };
        match (problem, slot) {
            (None, Some(slot)) => {
                if by_unit[slot].is_some() {
                    problems.push((line, ReplyProblem::Repeated { unit: reply.unit }));
                }
                by_unit[slot] = Some(reply);
            }
            (problem, _) => problems.push((line, problem.unwrap_or(ReplyProblem::DoesNotFit))),
        }
    }
    let missing = units
        .iter()
        .zip(&by_unit)
        .filter(|(_, r)| r.is_none())
        .map(|(u, _)| *u)
        .collect();
    let mut changes = Vec::new();
    for reply in by_unit.iter().flatten() {
        for &(asked, value) in &reply.values {
            let Some(series) = reply.unit.series(plan, asked) else {
                continue;
            };
            let before = workspace
                .actuals
                .series(series)
                .and_then(|months| months[month.index()]);
            if before != Some(Quota::new(value)) {
                changes.push(Change {
                    unit: reply.unit,
                    series,
                    before,
                    after: Quota::new(value),
                });
            }
        }
    }
    Preview {
        month: month.get(),
        replies: by_unit.into_iter().flatten().collect(),
        missing,
        changes,
        problems,
    }
}
