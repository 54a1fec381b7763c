//! Every string the interface shows, one module per language.
//!
//! Components never spell out text: they ask [`texts`] for the [`Texts`] of the current language.
//! Sentences with numbers in them (why an entry was refused, how a number came about, what a
//! change did) are functions of the language module. Names that are data (districts, metrics,
//! the plan's title) come from the plan.

mod en;
mod en_steps;
mod steps;
mod zh;
mod zh_steps;

pub use steps::StepsTexts;

use quota_engine::apportion::{Detail, Explanation, Method, Paradox, Rule};
use quota_engine::base::Base;
use quota_engine::returns::{ReplyProblem, Unit};
use quota_engine::simulate::document::MetricFacts;
use quota_engine::simulate::supervision::{Light, LightRules, LightsGrid, PhaseError, UnitLights};
use quota_engine::simulate::{Countable, Month, Series, Sheet};
use quota_engine::workspace::{Edit, UnitsReport};
use quota_engine::{Lang, Name, Plan, Quota};

/// The interface strings of one language.
#[derive(Debug)]
pub struct Texts {
    /// The product's name.
    pub app_name: &'static str,
    /// The HTML `lang` of this language.
    pub html_lang: &'static str,
    /// Label of the button that switches to the other language.
    pub switch_lang: &'static str,
    /// Accessible name of the language switch.
    pub switch_lang_label: &'static str,
    /// Caption of the district quota table.
    pub plan_table_caption: &'static str,
    /// Header of the district column.
    pub district: &'static str,
    /// Name of the city-total row.
    pub city_total: &'static str,
    /// Prefix of a city-total input's label ("全市 技能人才培训数").
    pub city_prefix: &'static str,
    /// Prefix of a lock toggle's label ("锁定 鹿城 技能人才培训数").
    pub lock_prefix: &'static str,
    /// Accessible name of the page navigation of a large table.
    pub pages: &'static str,
    /// Previous page.
    pub previous_page: &'static str,
    /// Next page.
    pub next_page: &'static str,
    /// "Rows a–b of n".
    pub showing_rows: fn(usize, usize, usize) -> String,
    /// Header of the metric column in the rules table.
    pub metric: &'static str,
    /// Header of a share column.
    pub share: &'static str,
    /// Heading of the other-targets panel.
    pub other_targets: &'static str,
    /// "Issued by".
    pub issued_by: &'static str,
    /// Plan year label.
    pub year: &'static str,
    /// Other targets: training bases.
    pub training_bases: &'static str,
    /// Municipal competitions label.
    pub municipal_competitions: &'static str,
    /// County competitions label.
    pub county_competitions: &'static str,
    /// Pilot enterprises label.
    pub pilot_enterprises: &'static str,
    /// Manufacturing share label.
    pub manufacturing_share: &'static str,
    /// Technician allowance label.
    pub allowance_technician: &'static str,
    /// Senior technician allowance label.
    pub allowance_senior_technician: &'static str,
    /// "at least" prefix for minimum targets.
    pub at_least: &'static str,
    /// Unit after a monthly allowance.
    pub yuan_per_month: &'static str,
    /// The colon between a label and its value.
    pub colon: &'static str,
    /// The list separator ("、" / ", ").
    pub list_separator: &'static str,
    /// Message shown when a total cannot be computed.
    pub overflow: &'static str,
    /// Undo button.
    pub undo: &'static str,
    /// Redo button.
    pub redo: &'static str,
    /// Reset to the published plan.
    pub reset: &'static str,
    /// Start a blank plan.
    pub blank: &'static str,
    /// Heading of the rules panel.
    pub rules: &'static str,
    /// Method selector label.
    pub method: &'static str,
    /// Base selector label.
    pub base: &'static str,
    /// Label of the blend percentage.
    pub blend_percent: &'static str,
    /// Step selector label.
    pub step: &'static str,
    /// Re-split button.
    pub reapportion: &'static str,
    /// Tooltip prefix of a delta against the published plan.
    pub vs_published: &'static str,
    /// Tooltip prefix of a delta against the previous state.
    pub vs_previous: &'static str,
    /// Heading of the tie notice.
    pub tie_heading: &'static str,
    /// Heading of the paradox notice.
    pub paradox_heading: &'static str,
    /// One paradox the last edit triggered, as a sentence.
    pub paradox: fn(&Paradox, &Plan) -> String,
    /// Heading of the explanation panel.
    pub why_heading: &'static str,
    /// Hint shown before a cell is chosen.
    pub why_hint: &'static str,
    /// The reference base when the base is the current quotas.
    pub published_shares: &'static str,
    /// "Current value".
    pub current_value: &'static str,
    /// Heading of the method comparison.
    pub compare_heading: &'static str,
    /// Row: the Gallagher index of each method's split.
    pub gallagher: &'static str,
    /// Row: the largest distance of a quota from its exact share.
    pub largest_deviation: &'static str,
    /// What the two rows mean.
    pub disproportion_note: &'static str,
    /// Heading of the flips list in the "why" panel.
    pub flips_heading: &'static str,
    /// Heading of the chart panel.
    pub chart_heading: &'static str,
    /// Heading of the history.
    pub history_heading: &'static str,
    /// The starting state in the history.
    pub history_start: &'static str,
    /// How many earlier changes the history does not list (they can still be undone).
    pub history_more: fn(usize) -> String,
    /// Heading of the paste dialog.
    pub paste_heading: &'static str,
    /// Confirm a paste.
    pub paste_confirm: &'static str,
    /// Cancel a paste.
    pub paste_cancel: &'static str,
    /// Row / column words for the paste report.
    pub row: &'static str,
    /// Column word.
    pub column: &'static str,
    /// Warning when autosave fails.
    pub storage_failed: &'static str,
    /// Dismiss a message.
    pub dismiss: &'static str,
    /// Heading of the plan-structure editor.
    pub structure_heading: &'static str,
    /// Plan title label.
    pub title_label: &'static str,
    /// Add a district.
    pub add_district: &'static str,
    /// Add a metric.
    pub add_metric: &'static str,
    /// Remove (prefix of a button's label).
    pub remove: &'static str,
    /// Rename field label prefix.
    pub name_of: &'static str,
    /// Name of a new district.
    pub new_district: &'static str,
    /// Name of a new metric.
    pub new_metric: &'static str,
    /// Heading of the bounds panel.
    pub bounds_heading: &'static str,
    /// Minimum label.
    pub minimum: &'static str,
    /// Maximum label.
    pub maximum: &'static str,
    /// The title of a new blank plan.
    pub blank_title: &'static str,
    /// The first district of a new blank plan.
    pub blank_district: &'static str,
    /// Accessible name of the toolbar (undo, links, files, reset).
    pub toolbar_label: &'static str,
    /// Badge text: a sub-metric exceeds its parent.
    pub exceeds: &'static str,
    /// A forecast setting that is legal but probably not meant.
    pub forecast_warning: fn(&quota_engine::simulate::forecast::SettingsWarning, &Plan) -> String,
    /// Under a cumulative actual below an earlier month's.
    pub actual_decreases: &'static str,
    /// Above the month grid: how many cumulative actuals go down, and how they are counted.
    pub actual_decreases_summary: fn(usize) -> String,
    /// Beside an "of which" count above the count it is part of.
    pub actual_above_whole: &'static str,
    /// How many "of which" counts are above their whole.
    pub actual_above_whole_summary: fn(usize) -> String,
    /// Badge text: a quota below the minimum set for it.
    pub below_minimum: fn(u64) -> String,
    /// Badge text: a quota above the maximum set for it.
    pub above_maximum: fn(u64) -> String,
    /// UI text: Views.
    pub views: &'static str,
    /// UI text: Decomposition.
    pub tab_plan: &'static str,
    /// UI text: Monthly bulletin.
    pub tab_bulletin: &'static str,
    /// UI text: Forecast.
    pub tab_forecast: &'static str,
    /// UI text: As of.
    pub as_of: &'static str,
    /// UI text: Cumulative actuals by month.
    pub actuals_heading: &'static str,
    /// UI text: Load sample data.
    pub load_sample: &'static str,
    /// UI text: Clear actuals.
    pub clear_actuals: &'static str,
    /// UI text: Sample data: generated from a seasonal profile for demonstration, not real figures..
    pub sample_banner: &'static str,
    /// UI text: No actuals yet. Enter them month by month, paste from Excel, or load the sample data..
    pub no_actuals: &'static str,
    /// UI text: Bulletin.
    pub bulletin_heading: &'static str,
    /// UI text: Quota.
    pub quota: &'static str,
    /// UI text: Done.
    pub done: &'static str,
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
    /// UI text: Ahead.
    pub ahead: &'static str,
    /// UI text: On pace.
    pub on_pace: &'static str,
    /// UI text: Behind.
    pub behind: &'static str,
    /// UI text: Not reported (a district with no actual by the month).
    pub not_reported: &'static str,
    /// The districts that have not reported, and what that means for the table.
    pub unreported_note: fn(&Plan, &[usize]) -> String,
    /// The month from which a district's pace has changed, as a note beside its name.
    pub pace_changed: fn(Month) -> String,
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
    /// UI text: Export CSV.
    pub export_csv: &'static str,
    /// UI text: Completion against time progress.
    pub completion_chart: &'static str,
    /// UI text: Year-end forecast.
    pub forecast_heading: &'static str,
    /// While a forecast is worked out (the number of paths).
    pub computing: fn(u32) -> String,
    /// UI text: Run-rate.
    pub run_rate: &'static str,
    /// UI text: Seasonal.
    pub seasonal: &'static str,
    /// UI text: P10.
    pub p10: &'static str,
    /// UI text: Median.
    pub p50: &'static str,
    /// UI text: P90.
    pub p90: &'static str,
    /// UI text: Chance to reach.
    pub probability: &'static str,
    /// UI text: Needed per month.
    pub required_pace: &'static str,
    /// UI text: Recent pace.
    pub recent_pace: &'static str,
    /// UI text: Forecast settings.
    pub forecast_settings: &'static str,
    /// UI text: Seasonal weights.
    pub profile: &'static str,
    /// UI text: Flat.
    pub flat: &'static str,
    /// UI text: Spring-Festival dip, year-end push.
    pub spring: &'static str,
    /// UI text: Paths.
    pub paths: &'static str,
    /// UI text: Seed.
    pub seed: &'static str,
    /// UI text: Spread (‰).
    pub cv: &'static str,
    /// UI text: City-wide shock (‰).
    pub city_shock: &'static str,
    /// UI text: Month lost city-wide.
    pub lost_month: &'static str,
    /// UI text: None.
    pub none: &'static str,
    /// UI text: Pace changes.
    pub knobs: &'static str,
    /// UI text: Add a pace change.
    pub add_knob: &'static str,
    /// UI text: From.
    pub knob_from: &'static str,
    /// UI text: Pace (%).
    pub knob_percent: &'static str,
    /// Heading of the cumulative path chart.
    pub path_heading: &'static str,
    /// Legend of the cumulative path chart.
    pub path_legend: &'static str,
    /// Legend of the range chart.
    pub fan_legend: &'static str,
    /// UI text: Year-end range (P10–P90).
    pub fan_heading: &'static str,
    /// UI text: Mid-year reallocation.
    pub realloc_heading: &'static str,
    /// The backtest panel's heading when there is no backtest yet.
    pub backtest_title: &'static str,
    /// The backtest panel's heading for the month looked at.
    pub backtest_heading: fn(Month) -> String,
    /// What the backtest panel is: last month's forecast of this month, and what to expect.
    pub backtest_note: &'static str,
    /// Of `judged` districts that reported this month, `inside` fell in last month's range.
    pub backtest_summary: fn(usize, usize) -> String,
    /// Column: last month's P10–P90 of this month.
    pub backtest_range: &'static str,
    /// Column: this month's report.
    pub backtest_actual: &'static str,
    /// Column: the median's error against the report.
    pub backtest_error: &'static str,
    /// Column: whether the report fell inside the range.
    pub backtest_inside: &'static str,
    /// Yes (inside the range).
    pub yes: &'static str,
    /// No (outside the range).
    pub no: &'static str,
    /// UI text: The city quota is split again by each district's projected year-end (median); no new quota is below what is already done..
    pub realloc_note: &'static str,
    /// UI text: Use the new quotas.
    pub apply_realloc: &'static str,
    /// UI text: Old quota.
    pub old_quota: &'static str,
    /// UI text: New quota.
    pub new_quota: &'static str,
    /// UI text: Old chance.
    pub old_probability: &'static str,
    /// UI text: New chance.
    pub new_probability: &'static str,
    /// UI text: Allowance budget.
    pub allowance_heading: &'static str,
    /// UI text: New scarce-trade technicians.
    pub technicians: &'static str,
    /// UI text: New senior technicians.
    pub seniors: &'static str,
    /// UI text: Months paid.
    pub months_paid: &'static str,
    /// UI text: Per month.
    pub per_month: &'static str,
    /// UI text: In total.
    pub in_total: &'static str,
    /// UI text: yuan.
    pub yuan: &'static str,
    /// UI text: City.
    pub city: &'static str,
    /// The note when a large plan runs fewer Monte Carlo paths.
    pub fewer_paths: fn(u32) -> String,
    /// UI text: My plan.
    pub first_scenario: &'static str,
    /// UI text: Shared scenario.
    pub shared_scenario: &'static str,
    /// UI text: Scenario.
    pub scenarios: &'static str,
    /// UI text: New scenario.
    pub new_scenario: &'static str,
    /// UI text: Duplicate.
    pub duplicate_scenario: &'static str,
    /// UI text: Scenario name.
    pub rename_scenario: &'static str,
    /// UI text: Delete scenario.
    pub delete_scenario: &'static str,
    /// UI text: Compare with.
    pub compare_with: &'static str,
    /// UI text: No comparison.
    pub no_compare: &'static str,
    /// UI text: Scenario comparison.
    pub compare_scenarios: &'static str,
    /// UI text: Difference.
    pub difference: &'static str,
    /// Header of the difference in the chance of reaching the quota (percentage points).
    pub chance_difference: &'static str,
    /// A note when the comparison has no chances (no actuals in one of the scenarios).
    pub chance_needs_actuals: &'static str,
    /// UI text:  copy.
    pub copy_suffix: &'static str,
    /// Button that exports the plan table as CSV.
    pub export_plan_csv: &'static str,
    /// Button: export the scenario as an XLSX workbook.
    pub export_xlsx: &'static str,
    /// Button that exports the scenario as JSON.
    pub export_json: &'static str,
    /// Label of the JSON import control.
    pub import_json: &'static str,
    /// After opening a scenario file.
    pub file_opened: &'static str,
    /// Why a scenario file could not be opened.
    pub file_failed: fn(&quota_engine::file::FileError) -> String,
    /// The host page loaded a scenario.
    pub host_loaded: &'static str,
    /// The host page's scenario could not be opened.
    pub host_failed: fn(&quota_engine::file::FileError) -> String,
    /// Button that copies the share link.
    pub copy_link: &'static str,
    /// After opening a shared link.
    pub link_opened: &'static str,
    /// Why a shared link could not be opened.
    pub link_failed: fn(&quota_engine::codec::LinkError) -> String,
    /// After copying: the link's length.
    pub link_copied: fn(usize) -> String,
    /// A month's name (1–12).
    pub month_name: fn(usize) -> String,
    /// Names of the methods, in [`Method::ALL`] order.
    pub methods: [&'static str; 6],
    /// Names of the bases: current, equal, custom, blend.
    pub bases: [&'static str; 4],
    /// Why the engine refused an edit or a calculation, naming the plan's districts and metrics.
    pub engine_error: fn(&quota_engine::EngineError, &Plan) -> String,
    /// Why typed text is not a quota (quoting it, when given).
    pub parse_error: fn(&quota_engine::parse::ParseError, Option<&str>) -> String,
    /// How a number came about, as a sentence.
    pub explanation: fn(&Explanation, u64) -> String,
    /// The method's rule for a district, with the numbers that decide it: its base, the
    /// step, and its quota in the split.
    pub rule: fn(&Rule, u64, u64, Quota) -> Option<String>,
    /// What would flip a district's number: its base, and its quota in the split.
    pub flips: fn(&Detail, u64, Quota) -> Vec<String>,
    /// What a change did, for the history.
    pub change: fn(&Edit, usize, &Plan) -> String,
    /// The tie sentence: candidates, winners, unit.
    pub tie: fn(&[&str], &[&str], u64) -> String,
    /// The label of a button that gives the tied unit to someone else.
    pub give_tie_to: fn(&str) -> String,
    /// The note above a comparison of a large plan: how many districts are listed.
    pub compare_only_differences: fn(usize) -> String,
    /// The paste summary: readable cells, unreadable cells.
    pub paste_summary: fn(usize, usize) -> String,
    /// The department matrix screen.
    pub matrix: MatrixTexts,
    /// CSV import of the plan and the actuals.
    pub import: ImportTexts,
    /// The report on the browser's saved data.
    pub stored: StoredTexts,
    /// The traffic lights and phased targets.
    pub supervision: SupervisionTexts,
    /// Returns from the districts: request links, the district's form, the paste of replies.
    pub returns: ReturnsTexts,
    /// The departments', manufacturing and countable returns and their lights.
    pub units: UnitsTexts,
    /// The bulletin screen's steps, the month's status and the checks.
    pub steps: StepsTexts,
    /// A pasted or imported cell that is not a quota: what it held and why.
    pub bad_cell: fn(&str, &quota_engine::parse::ParseError) -> String,
}

/// Returns from the districts (报送).
#[derive(Debug)]
pub struct ReturnsTexts {
    /// Heading of the city's returns panel.
    pub heading: &'static str,
    /// What the panel is for.
    pub note: &'static str,
    /// Label of a district's request link.
    pub request_of: fn(&str) -> String,
    /// Copy one link.
    pub copy: &'static str,
    /// Copy every district's link, one per line with its name.
    pub copy_all: &'static str,
    /// Label of the paste of replies.
    pub paste: &'static str,
    /// Who returned and who did not: returned, missing.
    pub summary: fn(usize, usize) -> String,
    /// The districts and departments that have not returned.
    pub missing: fn(&Plan, &[Unit]) -> String,
    /// Headers of the changes: who, what, entered now, returned.
    pub change_headers: [&'static str; 4],
    /// A pasted line that is not a usable reply: its line (1-based) and why.
    pub problem: fn(usize, &ReplyProblem, &Plan) -> String,
    /// Apply the changes (one undoable edit).
    pub apply: fn(usize) -> String,
    /// Nothing would change.
    pub nothing_new: &'static str,
    /// The district's form: its heading (title, district, month).
    pub form_heading: fn(&str, &str, u8) -> String,
    /// What to do on the form.
    pub form_note: fn(u8) -> String,
    /// What the city has already, beside a field.
    pub known: fn(u64) -> String,
    /// Make the reply link.
    pub make_reply: &'static str,
    /// Label of the reply link.
    pub reply_label: &'static str,
    /// A request link that cannot be read.
    pub bad_request: &'static str,
    /// The "of which" counts an import would put above their whole, by name.
    pub above_whole: fn(&[String]) -> String,
    /// The form was sent without a single number.
    pub nothing_typed: &'static str,
    /// The form refuses an "of which" count above its whole: part, its count, the whole, its
    /// count (the one typed, or what the city already has).
    pub part_above_whole: fn(&str, u64, &str, u64) -> String,
}

/// What is returned besides the districts' own counts: the line departments, each district's
/// manufacturing "of which", and the countable targets.
#[derive(Debug)]
pub struct UnitsTexts {
    /// Heading of the panel.
    pub heading: &'static str,
    /// Its tabs: departments, manufacturing, countable targets.
    pub tabs: [&'static str; 3],
    /// The workbook's sheets for them.
    pub sheets: [&'static str; 3],
    /// What each tab judges, and how.
    pub notes: [&'static str; 3],
    /// A department (column header).
    pub department: &'static str,
    /// A countable target (column header).
    pub target: &'static str,
    /// The manufacturing "of which", after a district's name.
    pub manufacturing: &'static str,
    /// Headers of each tab's table after the name: target, done, rate, schedule, gap, light,
    /// months in a row.
    pub headers: [[&'static str; 7]; 3],
    /// The total line of the departments and of the manufacturing share.
    pub totals: [&'static str; 2],
    /// Nothing returned yet for a tab by the month.
    pub nothing: fn(usize, Month) -> String,
    /// The document's heading for them.
    pub document_heading: &'static str,
    /// The document's paragraphs on them.
    pub paragraphs: fn(&UnitsReport, &Plan) -> Vec<String>,
}

/// The traffic lights (亮灯) and the phased monthly targets (序时进度).
#[derive(Debug)]
pub struct SupervisionTexts {
    /// Heading of the lights panel.
    pub heading: &'static str,
    /// The rules in a sentence, for the footnote.
    pub note: fn(&LightRules) -> String,
    /// Label of the rules choice.
    pub rules: &'static str,
    /// The presets' names, in [`LightRules::PRESETS`] order.
    pub presets: [&'static str; 2],
    /// The rules' numbers: yellow from, red beyond (points behind), months for 督办; and the
    /// city-rate condition for green.
    pub thresholds: [&'static str; 5],
    /// Label of the yardstick choice.
    pub yardstick: &'static str,
    /// Time progress, the phased targets.
    pub yardsticks: [&'static str; 2],
    /// Label of the profile choice.
    pub profile: &'static str,
    /// Even, seasonal, typed.
    pub profiles: [&'static str; 3],
    /// Label of the typed weights field.
    pub typed: &'static str,
    /// The lights as words: green, none, yellow, red, not reported.
    pub lights: [&'static str; 5],
    /// Column: points behind schedule at the month.
    pub gap: &'static str,
    /// Column: months in a row of yellow or red.
    pub streak: &'static str,
    /// The supervision flag (督办).
    pub supervise: &'static str,
    /// The escalation beyond it (约谈).
    pub interview: &'static str,
    /// Heading of the phased targets table.
    pub phased: &'static str,
    /// The schedule column when judged against the phased targets (序时进度).
    pub phased_progress: &'static str,
    /// Before a metric's name in the lights sheet of the workbook.
    pub lights_sheet: &'static str,
    /// Why the phased targets could not be made.
    pub phase_failed: fn(&PhaseError, &Plan) -> String,
    /// Heading of the 通报 panel.
    pub document: &'static str,
    /// Labels of the header fields: issuer, number, date, title, closing paragraphs.
    pub document_fields: [&'static str; 5],
    /// The title when none is typed: year and month.
    pub default_title: fn(u32, Month) -> String,
    /// A metric's heading in the document: its place (0-based) and name.
    pub metric_heading: fn(usize, &str) -> String,
    /// The generated paragraphs of one metric.
    pub paragraphs: fn(&MetricFacts, &Plan) -> Vec<String>,
    /// Print the document.
    pub print_document: &'static str,
    /// Download it as DOCX.
    pub download_docx: &'static str,
}

/// The report on saved data that could not be read, and the scenario notices.
#[derive(Debug)]
pub struct StoredTexts {
    /// Heading of the report.
    pub heading: &'static str,
    /// The list of scenarios was damaged; this many were found without it.
    pub index_unreadable: fn(usize) -> String,
    /// A newer release's data is stored (its format).
    pub newer: fn(u32) -> String,
    /// This many scenarios of the list are not stored at all.
    pub missing: fn(usize) -> String,
    /// The scenario open last time could not be read; this one is open.
    pub current_lost: fn(&str) -> String,
    /// Before the list of entries not opened.
    pub kept_intro: &'static str,
    /// What an entry not opened is.
    pub kept: fn(&quota_engine::library::KeptReason) -> String,
    /// Its size.
    pub size: fn(usize) -> String,
    /// Button: download an entry.
    pub download: &'static str,
    /// Button: discard an entry.
    pub discard: &'static str,
    /// The confirmation before discarding.
    pub confirm_discard: &'static str,
    /// The browser refused to discard.
    pub discard_failed: &'static str,
    /// The file name of a downloaded entry (before its number).
    pub file_name: &'static str,
    /// Autosave is off because a newer release's data is stored.
    pub read_only: &'static str,
    /// A link, file or host scenario is already saved under this name: it was opened.
    pub already_saved: fn(&str) -> String,
    /// No more scenarios can be added (the limit).
    pub scenario_limit: fn(usize) -> String,
}

/// The strings of importing a CSV file.
#[derive(Debug)]
pub struct ImportTexts {
    /// Button: import the plan table.
    pub plan_button: &'static str,
    /// Button: import the shown metric's monthly actuals.
    pub actuals_button: &'static str,
    /// Button: export the shown metric's monthly actuals.
    pub actuals_export: &'static str,
    /// Heading of the confirmation.
    pub heading: &'static str,
    /// How many values will be set and how many problems there are.
    pub summary: fn(usize, usize) -> String,
    /// One problem: line, column, what.
    pub problem: fn(&quota_engine::import::Problem) -> String,
    /// Apply.
    pub confirm: &'static str,
    /// Cancel.
    pub cancel: &'static str,
    /// Why the file could not be read at all.
    pub failed: fn(&quota_engine::import::ImportError) -> String,
    /// Header of the district column in exported actuals.
    pub district: &'static str,
}

/// The strings of the department × district matrix screen.
#[derive(Debug)]
pub struct MatrixTexts {
    /// Its tab.
    pub tab: &'static str,
    /// Its heading.
    pub heading: &'static str,
    /// What it does, in one paragraph.
    pub intro: &'static str,
    /// The table caption.
    pub caption: &'static str,
    /// Header of the department column.
    pub department: &'static str,
    /// A department's quota column and the district targets row.
    pub target: &'static str,
    /// Sums (column and row).
    pub sum: &'static str,
    /// Label of the district metric choice.
    pub metric: &'static str,
    /// Label of the rounding choice.
    pub rounding: &'static str,
    /// The roundings, in [`quota_engine::matrix::Rounding::ALL`] order.
    pub roundings: [&'static str; 2],
    /// Label of what typing into a cell sets.
    pub mode: &'static str,
    /// Typing sets a locked value.
    pub mode_values: &'static str,
    /// Typing sets a seed weight.
    pub mode_seeds: &'static str,
    /// Label of the seed line.
    pub seed: &'static str,
    /// The seed is the product of the margins.
    pub seed_independence: &'static str,
    /// The seed is a prior table.
    pub seed_prior: &'static str,
    /// Button: back to the product of the margins.
    pub clear_seed: &'static str,
    /// Prefix of a cell's structural-zero toggle, e.g. `结构零 市经信局 鹿城`.
    pub zero_prefix: &'static str,
    /// Suffix of a department's quota input label.
    pub department_quota: &'static str,
    /// The margins disagree: department total, district total, metric name.
    pub mismatch: fn(u64, u64, &str) -> String,
    /// Button: add a balancing row taking up this difference.
    pub balance_row: fn(u64) -> String,
    /// The balancing row's name in this language.
    pub balance_name: &'static str,
    /// The balancing row's task (what it is).
    pub balance_task: &'static str,
    /// Button: scale the department quotas to this total.
    pub scale: fn(u64) -> String,
    /// Why the matrix cannot be worked out.
    pub error: fn(&quota_engine::matrix::MatrixError, &Plan) -> String,
    /// Heading of the divisors and ties panel.
    pub divisors_heading: &'static str,
    /// Row divisor header.
    pub row_divisor: &'static str,
    /// Column divisor header.
    pub column_divisor: &'static str,
    /// No cell on a signpost.
    pub no_ties: &'static str,
    /// A tied cell: department, district, value, alternative.
    pub tie: fn(&str, &str, u64, u64) -> String,
    /// How many more tied cells there are than listed.
    pub more_ties: fn(usize) -> String,
    /// How the iteration went: alternate-scaling rounds, transfers.
    pub iterations: fn(u32, u32) -> String,
    /// Button: download the matrix as CSV.
    pub export_csv: &'static str,
    /// Base name of the CSV file.
    pub file_name: &'static str,
    /// A changed cell's title: the value before.
    pub was: &'static str,
}

impl Texts {
    /// The name of `method`.
    #[must_use]
    pub fn method_name(&self, method: Method) -> &'static str {
        let index = Method::ALL.iter().position(|&m| m == method).unwrap_or(0);
        self.methods[index]
    }

    /// The name of `base`.
    #[must_use]
    pub fn base_name(&self, base: &Base) -> &'static str {
        match base {
            Base::Current => self.bases[0],
            Base::Equal => self.bases[1],
            Base::Custom(_) => self.bases[2],
            Base::Blend { .. } => self.bases[3],
        }
    }
}

/// The strings of `lang`.
#[must_use]
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Zh => &zh::TEXTS,
        Lang::En => &en::TEXTS,
    }
}

/// The language the switch button leads to.
#[must_use]
pub fn other(lang: Lang) -> Lang {
    match lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    }
}

/// A quota with thousands separators.
#[must_use]
pub fn grouped(value: u64) -> String {
    quota_engine::Quota::new(value).grouped()
}

/// A signed change with thousands separators: `+800`, `−1,200`.
#[must_use]
pub fn signed(before: u64, after: u64) -> String {
    if after >= before {
        format!("+{}", grouped(after - before))
    } else {
        format!("−{}", grouped(before - after))
    }
}

/// A decimal with two places and thousands separators, for exact shares: `11,903.47`.
#[must_use]
pub fn decimal(value: f64) -> String {
    if !value.is_finite() {
        return "—".to_owned();
    }
    let text = format!("{value:.2}");
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, "00"));
    let whole = whole
        .parse::<u64>()
        .map_or_else(|_| whole.to_owned(), grouped);
    format!("{whole}.{fraction}")
}

/// The name of district `index` in `plan`, or its number.
#[must_use]
pub fn district_name(plan: &Plan, index: usize, lang: Lang) -> String {
    plan.districts.get(index).map_or_else(
        || format!("#{}", index + 1),
        |d| d.name.get(lang).to_owned(),
    )
}

/// A plan with no names, for errors about a file whose plan could not be read: districts
/// and metrics are then named by their numbers, never by the open plan's names.
#[must_use]
pub(crate) fn nameless_plan() -> Plan {
    let mut plan = quota_engine::default_plan::plan_2021();
    plan.districts.clear();
    plan.metrics.clear();
    plan.departments.clear();
    plan
}

/// The name of metric `index` in `plan`, or its number.
#[must_use]
pub fn metric_name(plan: &Plan, index: usize, lang: Lang) -> String {
    plan.metrics.get(index).map_or_else(
        || format!("#{}", index + 1),
        |m| m.name.get(lang).to_owned(),
    )
}

/// The name of department `index` in `plan`, or its number.
#[must_use]
pub fn department_name(plan: &Plan, index: usize, lang: Lang) -> String {
    plan.departments.get(index).map_or_else(
        || format!("#{}", index + 1),
        |d| d.name.get(lang).to_owned(),
    )
}

/// The name of a countable target.
#[must_use]
pub fn countable_name(t: &Texts, countable: Countable) -> &'static str {
    match countable {
        Countable::TrainingBases => t.training_bases,
        Countable::MunicipalCompetitions => t.municipal_competitions,
        Countable::CountyCompetitions => t.county_competitions,
        Countable::PilotEnterprises => t.pilot_enterprises,
    }
}

/// Whose count of what a series is, e.g. `鹿城 技能人才培训数`, `市教育局 技能人才取证数`,
/// `鹿城 其中制造业取证数`, `市级实训基地`.
#[must_use]
pub fn series_name(plan: &Plan, series: Series, lang: Lang) -> String {
    let t = texts(lang);
    match series {
        Series::District { metric, district } => format!(
            "{} {}",
            district_name(plan, district, lang),
            metric_name(plan, metric, lang)
        ),
        Series::Department(d) => format!(
            "{} {}",
            department_name(plan, d, lang),
            metric_name(plan, plan.department_metric, lang)
        ),
        Series::Manufacturing(d) => {
            format!("{} {}", district_name(plan, d, lang), t.units.manufacturing)
        }
        Series::Countable(c) => countable_name(t, c).to_owned(),
    }
}

/// Who in a unit grid is red and yellow this month, flagged 督办 (and not 约谈), and called to
/// 约谈: each list of names joined by `separator`.
pub(crate) fn lit_lists(
    grid: &LightsGrid,
    name: impl Fn(usize) -> String,
    separator: &str,
) -> [String; 4] {
    let list = |pick: &dyn Fn(&UnitLights) -> bool| -> String {
        grid.lines
            .iter()
            .filter(|l| pick(l))
            .map(|l| name(l.unit))
            .collect::<Vec<_>>()
            .join(separator)
    };
    [
        list(&|l| l.lights.last() == Some(&Light::Red)),
        list(&|l| l.lights.last() == Some(&Light::Yellow)),
        list(&|l| l.supervise && !l.interview),
        list(&|l| l.interview),
    ]
}

/// The name of a month grid's row: a district, a department or a countable target.
#[must_use]
pub fn row_name(plan: &Plan, sheet: Sheet, row: usize, lang: Lang) -> String {
    match sheet {
        Sheet::Metric(_) | Sheet::Manufacturing => district_name(plan, row, lang),
        Sheet::Departments => department_name(plan, row, lang),
        Sheet::Countable => Countable::ALL
            .get(row)
            .map_or_else(String::new, |&c| countable_name(texts(lang), c).to_owned()),
    }
}

/// The header of a month grid's first column: what its rows are.
#[must_use]
pub fn row_header(t: &'static Texts, sheet: Sheet) -> &'static str {
    match sheet {
        Sheet::Metric(_) | Sheet::Manufacturing => t.district,
        Sheet::Departments => t.units.department,
        Sheet::Countable => t.units.target,
    }
}

/// The name of a district or department that returns.
#[must_use]
pub fn unit_name(plan: &Plan, unit: Unit, lang: Lang) -> String {
    match unit {
        Unit::District(d) => district_name(plan, d as usize, lang),
        Unit::Department(d) => department_name(plan, d as usize, lang),
    }
}

/// Districts and departments that return, joined by `separator`.
#[must_use]
pub fn unit_list(plan: &Plan, units: &[Unit], lang: Lang, separator: &str) -> String {
    units
        .iter()
        .map(|&u| unit_name(plan, u, lang))
        .collect::<Vec<_>>()
        .join(separator)
}

/// Departments (or districts) by index, joined by `separator`.
#[must_use]
pub fn name_list(
    plan: &Plan,
    lines: &[usize],
    department: bool,
    lang: Lang,
    separator: &str,
) -> String {
    lines
        .iter()
        .map(|&i| {
            if department {
                department_name(plan, i, lang)
            } else {
                district_name(plan, i, lang)
            }
        })
        .collect::<Vec<_>>()
        .join(separator)
}

/// A place in the department matrix: a department, a district, or a cell of both.
#[must_use]
pub fn matrix_place(plan: &Plan, place: quota_engine::matrix::Place, lang: Lang) -> String {
    use quota_engine::matrix::Place;
    match place {
        Place::Row(i) => department_name(plan, i, lang),
        Place::Column(j) => district_name(plan, j, lang),
        Place::Cell { row, column } => format!(
            "{} {}",
            department_name(plan, row, lang),
            district_name(plan, column, lang)
        ),
    }
}

/// A name made of the same string of both languages' texts (for names the app itself gives,
/// such as a blank plan's title, which follow the interface language like any name).
#[must_use]
pub fn in_both(pick: fn(&'static Texts) -> &'static str) -> Name {
    Name::new(pick(texts(Lang::Zh)), pick(texts(Lang::En)))
}

/// The bulletin table's labels in `t`'s language.
#[must_use]
pub fn bulletin_labels(t: &'static Texts) -> quota_engine::table::BulletinLabels<'static> {
    quota_engine::table::BulletinLabels {
        header: [
            t.district,
            t.quota,
            t.done,
            t.completion,
            t.time_progress,
            t.gap,
            t.rank,
            t.status,
        ],
        city: t.city,
        status: [t.ahead, t.on_pace, t.behind, t.not_reported],
        phased: t.supervision.phased_progress,
    }
}

/// The workbook's sheet names and headers in `t`'s language.
#[must_use]
pub fn workbook_labels(t: &'static Texts) -> quota_engine::export::WorkbookLabels<'static> {
    quota_engine::export::WorkbookLabels {
        plan_sheet: t.plan_table_caption,
        matrix_sheet: t.matrix.tab,
        bulletin_sheet: t.bulletin_heading,
        actuals_sheet: t.actuals_heading,
        district: t.district,
        city_total: t.city_total,
        matrix: quota_engine::table::MatrixLabels {
            department: t.matrix.department,
            sum: t.matrix.sum,
            target: t.matrix.target,
        },
        bulletin: bulletin_labels(t),
        lights: quota_engine::table::LightsLabels {
            sheet: t.supervision.lights_sheet,
            district: t.district,
            words: t.supervision.lights,
            tail: [
                t.supervision.gap,
                t.supervision.streak,
                t.supervision.supervise,
            ],
            supervise: t.supervision.supervise,
            interview: t.supervision.interview,
        },
        month_name: t.month_name,
        units: quota_engine::export::UnitsLabels {
            sheets: t.units.sheets,
            headers: [0, 1, 2].map(|k| {
                let h = &t.units.headers[k];
                let first = row_header(
                    t,
                    [Sheet::Departments, Sheet::Manufacturing, Sheet::Countable][k],
                );
                [first, h[0], h[1], h[2], h[3], h[4], h[5]]
            }),
            countable: Countable::ALL.map(|c| countable_name(t, c)),
            words: t.supervision.lights,
        },
    }
}

/// An engine error as a sentence in `lang`.
#[must_use]
pub fn describe(lang: Lang, err: &quota_engine::EngineError, plan: &Plan) -> String {
    (texts(lang).engine_error)(err, plan)
}

#[cfg(test)]
mod tests {
    use super::*;
    use quota_engine::codec::LinkError;
    use quota_engine::file::FileError;
    use quota_engine::library::KeptReason;
    use quota_engine::{EditError, PlanError, RulesError, SimulationError};
    use quota_engine::{EngineError, Quota};

    /// Latin letters in a Chinese sentence, outside the names of the programs and formats a
    /// planner uses (Excel, CSV, XLSX, JSON).
    fn english(text: &str) -> Vec<char> {
        let text = ["Excel", "CSV", "XLSX", "JSON"]
            .iter()
            .fold(text.to_owned(), |t, name| t.replace(name, ""));
        text.chars().filter(char::is_ascii_alphabetic).collect()
    }

    #[test]
    fn the_chinese_interface_says_every_refusal_the_issue_found_in_chinese() {
        let zh = texts(Lang::Zh);
        let plan = quota_engine::default_plan::plan_2021();
        let errors = [
            EngineError::Simulation(SimulationError::PathsOutOfRange {
                paths: 0,
                limit: 100_000,
            }),
            EngineError::Plan(PlanError::ShapeMismatch {
                metric: 1,
                expected: 14,
                found: 13,
            }),
            EngineError::Rules(RulesError::RulesLength {
                what: "bounds".into(),
                expected: 14,
                found: 3,
            }),
            EngineError::Plan(PlanError::NameTooLong {
                chars: 10_000,
                limit: 60,
            }),
            EngineError::Rules(RulesError::MinimumsExceedTotal {
                minimums: Quota::new(200_000),
                total: Quota::new(120_000),
            }),
            EngineError::Edit(EditError::NoSuchRegion {
                region: 999,
                count: 14,
            }),
            EngineError::Rules(RulesError::ZeroStep),
            EngineError::Simulation(SimulationError::NoActuals { month: 6 }),
            EngineError::Simulation(SimulationError::Unreported {
                districts: vec![2, 3],
            }),
            EngineError::Simulation(SimulationError::NoProgress),
            EngineError::Simulation(SimulationError::Unavailable),
        ];
        for err in &errors {
            let text = (zh.engine_error)(err, &plan);
            assert!(english(&text).is_empty(), "{err:?}: {text}");
        }
        let file = (zh.file_failed)(&FileError::Malformed {
            line: 3,
            column: 17,
        });
        assert!(english(&file).is_empty(), "{file}");
        let invalid = (zh.file_failed)(&FileError::Invalid(EngineError::Rules(
            RulesError::ZeroStep,
        )));
        assert!(english(&invalid).is_empty(), "{invalid}");
        let link = (zh.link_failed)(&LinkError::FutureVersion {
            found: 999,
            supported: 1,
        });
        assert!(link.contains("更新版本"), "{link}");
        let kept = (zh.stored.kept)(&KeptReason::Partial { lost: 2 });
        assert!(english(&kept).is_empty(), "{kept}");
        let pasted = (zh.bad_cell)("abc", &quota_engine::parse::ParseError::NotANumber);
        assert_eq!(pasted, "“abc”不是数字");
    }

    #[test]
    fn the_monthly_supervision_speaks_chinese_in_the_chinese_interface() {
        use quota_engine::apportion::Paradox;
        use quota_engine::returns::ReplyProblem;
        use quota_engine::simulate::supervision::LightRules;
        use quota_engine::workspace::{Edit, Workspace};
        let zh = texts(Lang::Zh);
        let ws = Workspace::default_2021()
            .apply(&Edit::LoadSample)
            .expect("sample") // ok: test
            .workspace;
        let plan = &ws.plan;
        let mut sentences: Vec<String> = Vec::new();
        for facts in ws.document_facts().iter().flatten() {
            sentences.extend((zh.supervision.paragraphs)(facts, plan));
        }
        for (_, rules) in &LightRules::PRESETS {
            sentences.push((zh.supervision.note)(rules));
        }
        for problem in [
            ReplyProblem::NotAReply,
            ReplyProblem::Corrupt,
            ReplyProblem::OtherPlan,
            ReplyProblem::OtherMonth { month: 5 },
            ReplyProblem::DoesNotFit,
            ReplyProblem::Repeated {
                unit: quota_engine::returns::Unit::Department(1),
            },
        ] {
            sentences.push((zh.returns.problem)(3, &problem, plan));
        }
        // The departments, manufacturing and countable paragraphs of the sample, and each
        // tab's empty state.
        let units = (zh.units.paragraphs)(&ws.units_report(), plan);
        assert_eq!(units.len(), 4, "{units:?}");
        sentences.extend(units);
        sentences
            .extend((0..3).map(|tab| (zh.units.nothing)(tab, quota_engine::simulate::Month::JUNE)));
        for paradox in [
            Paradox::Alabama {
                region: 0,
                before: Quota::new(200),
                after: Quota::new(100),
            },
            Paradox::Population { grew: 0, other: 1 },
            Paradox::QuotaRule {
                region: 0,
                quota: Quota::new(10),
                lower: Quota::new(5),
                upper: Quota::new(6),
            },
        ] {
            sentences.push((zh.paradox)(&paradox, plan));
        }
        let explained = ws.cell_explanation(0, 12, plan).expect("an explanation"); // ok: test
        sentences.extend((zh.flips)(
            &explained.detail,
            explained.base,
            Quota::new(600),
        ));
        sentences.extend((zh.rule)(
            &explained.detail.rule,
            explained.base,
            100,
            Quota::new(600),
        ));
        assert!(sentences.len() > 20);
        for sentence in &sentences {
            assert!(english(sentence).is_empty(), "{sentence}");
        }
    }

    #[test]
    fn the_departments_and_other_targets_speak_english_in_the_english_interface() {
        use quota_engine::workspace::{Edit, Workspace};
        let en = texts(Lang::En);
        let ws = Workspace::default_2021()
            .apply(&Edit::LoadSample)
            .expect("sample") // ok: test
            .workspace;
        let mut sentences = (en.units.paragraphs)(&ws.units_report(), &ws.plan);
        assert_eq!(sentences.len(), 4, "{sentences:?}");
        sentences
            .extend((0..3).map(|tab| (en.units.nothing)(tab, quota_engine::simulate::Month::JUNE)));
        for sentence in &sentences {
            let cjk: Vec<char> = sentence
                .chars()
                .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
                .collect();
            assert!(cjk.is_empty(), "{sentence}");
        }
    }
}
