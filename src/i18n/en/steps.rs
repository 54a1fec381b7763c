//! The English strings of the bulletin screen's steps: the navigation, the month's status and
//! the checks.

use crate::i18n::steps::StepsTexts;

pub(super) const TEXTS: StepsTexts = StepsTexts {
    nav: "Steps of the month",
    collect: "Collect",
    check: "Check",
    lights: "Lights",
    report: "Report",
    collect_hint: "Send the request links and import the replies, or type or paste the cumulative counts into the month grids.",
    check_hint: "Check what came in: who has not returned, counts below an earlier month's, \"of which\" counts above their whole.",
    lights_hint: "The lights of every district and department by the rules, and who is under supervision.",
    report_hint: "The bulletin table, the mid-year review and the bulletin document, to print, export or download.",
    status_heading: |month| format!("{month} so far"),
    districts_reported: |done, all| format!("Districts returned: {done} of {all}"),
    departments_reported: |done, all| format!("Departments returned: {done} of {all}"),
    findings: |n| match n {
        0 => "Checks: nothing flagged".to_owned(),
        1 => "Checks: 1 count flagged".to_owned(),
        n => format!("Checks: {n} counts flagged"),
    },
    check_heading: |month| format!("Checks for {month}"),
    returns_heading: "Returns",
    all_returned: "Every district and department has returned.",
    districts_missing: |names| format!("Districts that have not returned: {names}."),
    departments_missing: |names| format!("Departments that have not returned: {names}."),
    incomplete: |district, metrics| format!("{district} has not returned: {metrics}."),
    decreases_heading: "Cumulative counts below an earlier month's",
    above_heading: "\"Of which\" counts above their whole in the same month",
    nothing_flagged: "None.",
    flagged: |series, month| format!("{series} ({month})"),
    go_collect: "Correct them in Collect",
};
