//! English: returns from the districts (报送).

use quota_engine::links::returns::ReplyProblem;
use quota_engine::Plan;

use super::L;
use crate::i18n::returns::ReturnsTexts;
use crate::i18n::{grouped as g, unit_list, unit_name};

pub(super) const TEXTS: ReturnsTexts = ReturnsTexts {
    heading: "Returns",
    note: "Make each district's and department's request link for this month and send it; paste the reply links they send back below (one per line; other text on the line is fine), preview, then import.",
    request_of: |name| format!("{name} request link"),
    copy: "Copy",
    copy_all: "Copy every request link",
    paste: "Paste reply links (one per line)",
    summary: |returned, missing| format!("{returned} districts and departments returned, {missing} have not."),
    missing: |plan, units| format!("Not returned: {}", unit_list(plan, units, L, ", ")),
    change_headers: ["Returned by", "Item", "Entered", "Returned"],
    problem: returns_problem,
    apply: |n| format!("Import {n} numbers (undoable)"),
    nothing_new: "The replies match what is entered: nothing to import.",
    form_heading: |title, district, month| format!("{title}: {district}, return for month {month}"),
    form_note: |month| format!("Enter the cumulative counts at the end of month {month}, make the reply link and send it back to the city."),
    known: |v| format!("the city has {}", g(v)),
    make_reply: "Make the reply link",
    reply_label: "Reply link (copy it and send it back)",
    bad_request: "This request link cannot be read: ask the city for a new one.",
    nothing_typed: "Fill in at least one number before making the reply link.",
    part_above_whole: |part, p, whole, w| {
        format!(
            "{part} ({}) cannot be more than {whole} ({}): an “of which” count is part of its whole. Check both numbers, then make the reply link.",
            g(p),
            g(w)
        )
    },
    above_whole: |names| format!("Please check: after the import these \"of which\" counts would be above the count they are part of: {}.", names.join(", ")),
};

fn returns_problem(line: usize, problem: &ReplyProblem, plan: &Plan) -> String {
    let why = match *problem {
        ReplyProblem::NotAReply => "not a reply link".to_owned(),
        ReplyProblem::Corrupt => {
            "damaged (the checksum does not match): ask the district for a new one".to_owned()
        }
        ReplyProblem::OtherPlan => "a reply for another plan".to_owned(),
        ReplyProblem::OtherMonth { month } => format!("a reply for month {month}, not this one"),
        ReplyProblem::DoesNotFit => {
            "does not fit this plan's districts, departments or metrics".to_owned()
        }
        ReplyProblem::Repeated { unit } => format!(
            "{} returned twice; the later line counts",
            unit_name(plan, unit, L)
        ),
    };
    format!("Line {line}: {why}")
}
