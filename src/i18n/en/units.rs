//! English: the units panel (departments, manufacturing, other targets).

use quota_engine::simulate::Month;

use super::common::month_name;
use crate::i18n::units::{Units, UnitsTexts};

pub(super) const TEXTS: UnitsTexts = UnitsTexts {
    heading: "Departments and other targets",
    tab,
    sheet,
    note,
    department: "Department",
    target: "Target",
    manufacturing: "certified in manufacturing",
    headers,
    departments_total: "All departments",
    manufacturing_total: "City",
    nothing,
};

fn tab(units: Units) -> &'static str {
    match units {
        Units::Departments => "Departments",
        Units::Manufacturing => "Of which manufacturing",
        Units::Countable => "Other targets",
    }
}

fn sheet(units: Units) -> &'static str {
    match units {
        Units::Departments => "Department progress",
        Units::Manufacturing => "Manufacturing share",
        Units::Countable => "Other targets",
    }
}

fn note(units: Units) -> &'static str {
    match units {
        Units::Departments => "Each department's quota is in Annex 2; the lights follow the districts' rules (the schedule is time progress, or the profile's cumulative share when judging by phased targets); green also needs the departments' joint rate.",
        Units::Manufacturing => "Manufacturing's share of a district's certified workers, against the plan's minimum share; the points below it light yellow and red by the same bands. Both the certified count and the manufacturing count must be returned.",
        Units::Countable => "City-wide counts, lit against time progress.",
    }
}

fn headers(units: Units) -> [&'static str; 7] {
    match units {
        Units::Departments => [
            "Quota",
            "Done",
            "Rate",
            "Schedule",
            "Gap (points)",
            "This month",
            "Months in a row",
        ],
        Units::Manufacturing => [
            "Certified",
            "In manufacturing",
            "Share",
            "Minimum share",
            "Gap (points)",
            "This month",
            "Months in a row",
        ],
        Units::Countable => [
            "Target",
            "Done",
            "Rate",
            "Time progress",
            "Gap (points)",
            "This month",
            "Months in a row",
        ],
    }
}

fn nothing(units: Units, month: Month) -> String {
    let what = match units {
        Units::Departments => "department counts",
        Units::Manufacturing => "manufacturing counts",
        Units::Countable => "counts of the other targets",
    };
    format!(
        "No {what} returned by the end of {}: progress cannot be judged.",
        month_name(usize::from(month.get()))
    )
}
