//! The month grid of cumulative actuals and its controls: the sample data, clearing, and the
//! counts that go down or exceed their whole.

/// The month grid of cumulative actuals.
#[derive(Debug)]
pub struct ActualsTexts {
    /// UI text: Cumulative actuals by month.
    pub heading: &'static str,
    /// UI text: Load sample data.
    pub load_sample: &'static str,
    /// UI text: Clear actuals.
    pub clear_actuals: &'static str,
    /// UI text: Sample data: generated from a seasonal profile for demonstration, not real figures..
    pub sample_banner: &'static str,
    /// UI text: No actuals yet. Enter them month by month, paste from Excel, or load the sample data..
    pub no_actuals: &'static str,
    /// Under a cumulative actual below an earlier month's.
    pub decreases: &'static str,
    /// Above the month grid: how many cumulative actuals go down, and how they are counted.
    pub decreases_summary: fn(usize) -> String,
    /// Beside an "of which" count above the count it is part of.
    pub above_whole: &'static str,
    /// How many "of which" counts are above their whole.
    pub above_whole_summary: fn(usize) -> String,
}
