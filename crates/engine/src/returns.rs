//! Returns (报送): the city sends each district a **request link** that opens a small form with
//! only that district's numbers for one month; the district sends back a **reply link** that
//! carries them, the district, the month and a checksum. The city pastes many replies at once
//! and sees, before anything is applied, who returned, who is missing, which numbers change what
//! is already entered, and which replies are corrupt, for another plan or another month.
//!
//! Both links are `r1.`/`a1.` followed by URL-safe base64 of a compact binary form (postcard);
//! a reply ends in a CRC-32 of everything before it, so a damaged or hand-edited reply is caught.
//! A plan is recognised by a fingerprint of its structure (year, district and metric names), not
//! its quotas, which may be reallocated mid-year.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};

use crate::simulate::Month;
use crate::workspace::Workspace;
use crate::{Name, Plan, Quota};

/// The request link's prefix and format.
pub const REQUEST_PREFIX: &str = "r1.";
/// The reply link's prefix and format.
pub const REPLY_PREFIX: &str = "a1.";
/// The longest link text read (a reply of many metrics is far shorter).
pub const MAX_LINK_CHARS: usize = 4_096;
/// The most replies read from one paste.
pub const MAX_REPLIES: usize = 2_000;

/// What a district's form needs: which plan, district and month, and what to ask for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    /// The plan's fingerprint.
    pub plan: u32,
    /// The plan's title, to show on the form.
    pub title: Name,
    /// The district, by index, and its name.
    pub district: u32,
    /// Its name.
    pub name: Name,
    /// The month asked about (1–12).
    pub month: u8,
    /// The metrics' names, in plan order.
    pub metrics: Vec<Name>,
    /// What the city has for this district at the month already, per metric.
    pub known: Vec<Option<u64>>,
}

/// A district's numbers for one month.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reply {
    /// The plan's fingerprint.
    pub plan: u32,
    /// The district, by index.
    pub district: u32,
    /// The month (1–12).
    pub month: u8,
    /// Cumulative counts at the month's end, per metric (`None`: not given).
    pub values: Vec<Option<u64>>,
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
    /// A district the plan does not have, or more metrics than it has.
    DoesNotFit,
    /// A second reply from a district already read in this paste (the later one counts).
    Repeated {
        /// The district.
        district: usize,
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
    crate::zip::crc32(&postcard::to_allocvec(&names).unwrap_or_default())
}

/// The request link text (without `#`) for `district` at `month`.
#[must_use]
pub fn request(workspace: &Workspace, district: usize, month: Month) -> String {
    let plan = &workspace.plan;
    let request = Request {
        plan: fingerprint(plan),
        title: plan.title.clone(),
        district: u32::try_from(district).unwrap_or(u32::MAX),
        name: plan
            .districts
            .get(district)
            .map(|d| d.name.clone())
            .unwrap_or_default(),
        month: month.get(),
        metrics: plan.metrics.iter().map(|m| m.name.clone()).collect(),
        known: (0..plan.metrics.len())
            .map(|m| {
                workspace
                    .actuals
                    .cumulative
                    .get(m)
                    .and_then(|rows| rows.get(district))
                    .and_then(|months| months[month.index()])
                    .map(Quota::get)
            })
            .collect(),
    };
    let bytes = postcard::to_allocvec(&request).unwrap_or_default();
    format!("{REQUEST_PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// The request a link text (with or without `#`, or a whole address) carries.
#[must_use]
pub fn read_request(text: &str) -> Option<Request> {
    let body = link_body(text, REQUEST_PREFIX)?;
    let bytes = URL_SAFE_NO_PAD.decode(body).ok()?;
    let (request, rest): (Request, &[u8]) = postcard::take_from_bytes(&bytes).ok()?;
    let month_ok = (1..=12).contains(&request.month);
    (rest.is_empty() && month_ok && request.known.len() == request.metrics.len()).then_some(request)
}

/// The reply link text for `reply`.
#[must_use]
pub fn reply(reply: &Reply) -> String {
    let mut bytes = postcard::to_allocvec(reply).unwrap_or_default();
    let check = crate::zip::crc32(&bytes);
    bytes.extend(check.to_le_bytes());
    format!("{REPLY_PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// The reply one pasted line carries, or why not.
pub fn read_reply(text: &str) -> Result<Reply, ReplyProblem> {
    let body = link_body(text, REPLY_PREFIX).ok_or(ReplyProblem::NotAReply)?;
    let bytes = URL_SAFE_NO_PAD
        .decode(body)
        .map_err(|_| ReplyProblem::Corrupt)?;
    let split = bytes.len().checked_sub(4).ok_or(ReplyProblem::Corrupt)?;
    let (payload, check) = bytes.split_at(split);
    let expected = u32::from_le_bytes(check.try_into().map_err(|_| ReplyProblem::Corrupt)?);
    if crate::zip::crc32(payload) != expected {
        return Err(ReplyProblem::Corrupt);
    }
    let (reply, rest): (Reply, &[u8]) =
        postcard::take_from_bytes(payload).map_err(|_| ReplyProblem::Corrupt)?;
    if !rest.is_empty() || !(1..=12).contains(&reply.month) {
        return Err(ReplyProblem::Corrupt);
    }
    Ok(reply)
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
    /// The district.
    pub district: usize,
    /// The metric.
    pub metric: usize,
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
    /// The usable replies, one per district (the last one pasted counts).
    pub replies: Vec<Reply>,
    /// The districts that have not replied.
    pub missing: Vec<usize>,
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
    let mut by_district: Vec<Option<Reply>> = vec![None; plan.districts.len()];
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
        let district = usize::try_from(reply.district).unwrap_or(usize::MAX);
        let problem = if reply.plan != print {
            Some(ReplyProblem::OtherPlan)
        } else if reply.month != month.get() {
            Some(ReplyProblem::OtherMonth { month: reply.month })
        } else if district >= plan.districts.len() || reply.values.len() > plan.metrics.len() {
            Some(ReplyProblem::DoesNotFit)
        } else {
            None
        };
        if let Some(problem) = problem {
            problems.push((line, problem));
            continue;
        }
        if by_district[district].is_some() {
            problems.push((line, ReplyProblem::Repeated { district }));
        }
        by_district[district] = Some(reply);
    }
    let missing = (0..plan.districts.len())
        .filter(|&d| by_district[d].is_none())
        .collect();
    let mut changes = Vec::new();
    for reply in by_district.iter().flatten() {
        let district = usize::try_from(reply.district).unwrap_or_default();
        for (metric, value) in reply.values.iter().enumerate() {
            let Some(value) = value else { continue };
            let before = workspace
                .actuals
                .cumulative
                .get(metric)
                .and_then(|rows| rows.get(district))
                .and_then(|months| months[month.index()]);
            if before != Some(Quota::new(*value)) {
                changes.push(Change {
                    district,
                    metric,
                    before,
                    after: Quota::new(*value),
                });
            }
        }
    }
    Preview {
        month: month.get(),
        replies: by_district.into_iter().flatten().collect(),
        missing,
        changes,
        problems,
    }
}
