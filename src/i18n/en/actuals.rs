//! English: the month grid of cumulative actuals.

use crate::i18n::actuals::ActualsTexts;

pub(super) const TEXTS: ActualsTexts = ActualsTexts {
    heading: "Cumulative actuals by month",
    load_sample: "Load sample data",
    clear_actuals: "Clear actuals",
    sample_banner:
        "Sample data: generated from a seasonal profile for demonstration, not real figures.",
    no_actuals:
        "No actuals yet. Enter them month by month, paste from Excel, or load the sample data.",
    decreases: "below an earlier month's cumulative count",
    decreases_summary: |n| {
        format!("{n} cumulative counts are below an earlier month's (cumulative counts do not go down); they are marked in the grid, please check them. Those months count as adding 0.")
    },
    above_whole: "an \"of which\" count above its whole",
    above_whole_summary: |n| {
        format!("{n} \"of which\" counts are above the count they are part of in the same month (high-skill above certified, manufacturing above certified); they are marked in the grid, please check them.")
    },
};
