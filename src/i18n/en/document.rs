//! English: the bulletin document (通报) and the words of its paragraphs.

use super::common::month_name;
use crate::i18n::document::{DocumentField, DocumentTexts, MetricWords, UnitsWords};

pub(super) const TEXTS: DocumentTexts = DocumentTexts {
    heading: "Bulletin document",
    field,
    default_title: |year, month| {
        format!(
            "Progress of the skills-talent work: {} {year}",
            month_name(usize::from(month.get()))
        )
    },
    metric_heading: |i, name| format!("{}. {name}", i + 1),
    print: "Print the bulletin",
    download_docx: "Download Word (DOCX)",
    metric: MetricWords {
        time_progress: "time progress",
        phased: "the phased targets",
        ahead_of: |yardstick, schedule, points| {
            format!("{points} points ahead of {yardstick} ({schedule})")
        },
        behind_of: |yardstick, schedule, points| {
            format!("{points} points behind {yardstick} ({schedule})")
        },
        city: |month, done, quota, rate, against| {
            format!("By the end of {month} the city had completed {done} of its annual target of {quota} ({rate}), {against}.")
        },
        ahead_item: |name, rate| format!("{name} ({rate})"),
        ahead: |count, yardstick, list| {
            format!("{count} districts are ahead of {yardstick}: {list}.")
        },
        behind_item: |name, rate, gap| format!("{name} ({rate} done, {gap} short)"),
        behind: |count, list| format!("{count} districts are behind: {list}."),
        ranking: |top, bottom| {
            format!("The highest completion rates are {top}; the lowest {bottom}.")
        },
        unreported: |names| format!("{names} have not reported this month."),
    },
    units_heading: "Departments and other targets",
    units: UnitsWords {
        departments: |month, count, metric, done, quota, rate| {
            format!("By the end of {month}, the {count} departments had done {done} ({metric}) of their quota of {quota}, {rate}")
        },
        department_item: |name, rate| format!("{name} ({rate})"),
        all_on_schedule: "; every department is on schedule.",
        departments_behind: |count, list| format!("; {count} are behind schedule: {list}."),
        manufacturing: |share, side, minimum| {
            format!("Manufacturing accounts for {share} of the city's certified workers, {side} the plan's minimum of {minimum}%")
        },
        meeting: "meeting",
        below: "below",
        short_item: |name, share| format!("{name} ({share})"),
        short: |list| format!("; below the minimum: {list}."),
        countable_item: |name, done, target| format!("{name}: {done} (target {target})"),
        countable: |list| format!("Other targets: {list}."),
    },
};

fn field(field: DocumentField) -> &'static str {
    match field {
        DocumentField::Issuer => "Issued by",
        DocumentField::Number => "Document number",
        DocumentField::Date => "Date",
        DocumentField::Title => "Title",
        DocumentField::Closing => "Further paragraphs (one per line)",
    }
}
