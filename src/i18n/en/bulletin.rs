//! English: the monthly bulletin.

use quota_engine::simulate::bulletin::Status;
use quota_engine::Plan;

use super::L;
use crate::i18n::bulletin::BulletinTexts;
use crate::i18n::names::{names_joined, Lines};

pub(super) const TEXTS: BulletinTexts = BulletinTexts {
    heading: "Bulletin",
    completion: "Completion",
    time_progress: "Time progress",
    gap: "Gap to time progress",
    rank: "Rank",
    status: "Status",
    standing,
    unreported_note,
    review_heading: "Mid-year review (June): half the time, half the target",
    passed: "Passed",
    failed: "Missed",
    shortfall: "Shortfall",
    print: "Print",
    completion_chart: "Completion against time progress",
};

fn unreported_note(plan: &Plan, districts: &[usize]) -> String {
    format!(
        "Not reported yet: {}. Districts that have not reported are neither ranked nor judged; the city total counts only what was reported.",
        names_joined(plan, districts, Lines::Districts, L)
    )
}

fn standing(status: Status) -> &'static str {
    match status {
        Status::Ahead => "Ahead",
        Status::OnPace => "On pace",
        Status::Behind => "Behind",
        Status::NotReported => super::common::TEXTS.not_reported,
    }
}
