//! The monthly bulletin: its table, the standing of each district, the mid-year review and the
//! completion chart.

use quota_engine::simulate::bulletin::Status;
use quota_engine::Plan;

/// The monthly bulletin.
#[derive(Debug)]
pub struct BulletinTexts {
    /// UI text: Bulletin.
    pub heading: &'static str,
    /// UI text: Completion.
    pub completion: &'static str,
    /// UI text: Time progress.
    pub time_progress: &'static str,
    /// UI text: Gap to time progress.
    pub gap: &'static str,
    /// UI text: Rank.
    pub rank: &'static str,
    /// UI text: Status.
    pub status: &'static str,
    /// A district's standing against time progress, as a word.
    pub standing: fn(Status) -> &'static str,
    /// The districts that have not reported, and what that means for the table.
    pub unreported_note: fn(&Plan, &[usize]) -> String,
    /// UI text: Mid-year review (June): half the time, half the target.
    pub review_heading: &'static str,
    /// UI text: Passed.
    pub passed: &'static str,
    /// UI text: Missed.
    pub failed: &'static str,
    /// UI text: Shortfall.
    pub shortfall: &'static str,
    /// UI text: Print.
    pub print: &'static str,
    /// UI text: Completion against time progress.
    pub completion_chart: &'static str,
}
