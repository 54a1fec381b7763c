//! A paste of replies previewed before anything is applied: who returned, who is missing,
//! which numbers change what is entered, and which lines are not usable replies and why.

use super::link::fingerprint;
use super::reply_link::{read_reply, Reply, ReplyProblem};
use super::units::Unit;
use super::MAX_REPLIES;
use crate::simulate::{Month, Series};
use crate::workspace::Workspace;
use crate::Quota;

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
