//! English interface strings.

use quota_engine::apportion::{Detail, Explanation, Paradox, Reason, Rule};
use quota_engine::matrix::{CellRule, MatrixEdit, MatrixError, Place, Rounding};
use quota_engine::parse::ParseError;
use quota_engine::returns::ReplyProblem;
use quota_engine::simulate::document::MetricFacts;
use quota_engine::simulate::supervision::LightsGrid;
use quota_engine::simulate::supervision::{LightRules, PhaseError, Yardstick};
use quota_engine::simulate::Month;
use quota_engine::simulate::{Countable, Sheet};
use quota_engine::workspace::Edit;
use quota_engine::workspace::UnitsReport;
use quota_engine::{BaseError, EditError, PlanError, RulesError, SimulationError};
use quota_engine::{EngineError, Lang, Plan, Quota};

use super::{
    decimal, district_name as dn, grouped as g, lit_lists, metric_name as mn, ImportTexts,
    MatrixTexts, ReturnsTexts, StoredTexts, SupervisionTexts, Texts, UnitsTexts,
};

pub(super) const TEXTS: Texts = Texts {
    app_name: "Quota Planner",
    html_lang: "en",
    switch_lang: "中文",
    switch_lang_label: "中文 Switch to Chinese",
    plan_table_caption: "District quotas",
    district: "District",
    city_total: "City total",
    city_prefix: "City",
    lock_prefix: "Lock",
    pages: "Pages",
    previous_page: "Previous",
    next_page: "Next",
    showing_rows,
    metric: "Metric",
    share: "Share",
    other_targets: "Other targets",
    issued_by: "Issued by",
    year: "Year",
    training_bases: "New municipal training bases",
    municipal_competitions: "Municipal skills competitions",
    county_competitions: "County-level competitions",
    pilot_enterprises: "Enterprises piloting skill certification",
    manufacturing_share: "Manufacturing share of certified workers",
    allowance_technician: "Allowance, scarce-trade technician",
    allowance_senior_technician: "Allowance, scarce-trade senior technician",
    at_least: "≥ ",
    yuan_per_month: " yuan/month",
    colon: ": ",
    list_separator: ", ",
    overflow: "Numbers too large to add up",
    undo: "Undo",
    redo: "Redo",
    reset: "Back to the 2021 plan",
    blank: "New blank plan",
    rules: "Split rules",
    method: "Method",
    base: "Base",
    blend_percent: "Share of current quotas (%)",
    step: "Rounding step",
    reapportion: "Split again by the rules",
    vs_published: "vs published",
    vs_previous: "vs previous",
    tie_heading: "Tie",
    paradox_heading: "Apportionment paradox",
    paradox,
    why_heading: "Why this number",
    why_hint: "Click any quota in the table to see how it came about.",
    published_shares: "by the published shares",
    current_value: "Current value",
    compare_heading: "Method comparison",
    gallagher: "Gallagher index (points)",
    largest_deviation: "Largest deviation from the exact share (persons)",
    disproportion_note: "The Gallagher index measures how far the shares the districts get stray from their exact shares overall (0 is perfectly proportional); the largest deviation is the farthest any one district is from its exact share, in persons.",
    flips_heading: "What would change this number",
    chart_heading: "Quota chart",
    history_heading: "Change history",
    history_start: "Starting plan",
    history_more: |n| format!("{n} earlier changes (they can still be undone)"),
    paste_heading: "Paste data",
    paste_confirm: "Apply the readable cells",
    paste_cancel: "Cancel",
    row: "row",
    column: "column",
    storage_failed: "The browser cannot autosave (storage full or blocked). The page keeps working, but changes are lost on reload.",
    dismiss: "Dismiss",
    structure_heading: "Edit the plan's structure",
    title_label: "Plan title",
    add_district: "Add district",
    add_metric: "Add metric",
    remove: "Remove",
    name_of: "Name of",
    new_district: "New district",
    new_metric: "New metric",
    bounds_heading: "District bounds",
    minimum: "Min",
    maximum: "Max",
    toolbar_label: "Scenario actions",
    blank_title: "New plan",
    blank_district: "District 1",
    exceeds: "exceeds",
    forecast_warning,
    actual_decreases: "below an earlier month's cumulative count",
    actual_above_whole: "an \"of which\" count above its whole",
    actual_above_whole_summary: |n| format!("{n} \"of which\" counts are above the count they are part of in the same month (high-skill above certified, manufacturing above certified); they are marked in the grid, please check them."),
    actual_decreases_summary: |n| format!("{n} cumulative counts are below an earlier month's (cumulative counts do not go down); they are marked in the grid, please check them. Those months count as adding 0."),
    below_minimum: |min| format!("below its minimum {}", super::grouped(min)),
    above_maximum: |max| format!("above its maximum {}", super::grouped(max)),
    views: "Views",
    tab_plan: "Decomposition",
    tab_bulletin: "Monthly bulletin",
    tab_forecast: "Forecast",
    as_of: "As of",
    actuals_heading: "Cumulative actuals by month",
    load_sample: "Load sample data",
    clear_actuals: "Clear actuals",
    sample_banner: "Sample data: generated from a seasonal profile for demonstration, not real figures.",
    no_actuals: "No actuals yet. Enter them month by month, paste from Excel, or load the sample data.",
    bulletin_heading: "Bulletin",
    quota: "Quota",
    done: "Done",
    completion: "Completion",
    time_progress: "Time progress",
    gap: "Gap to time progress",
    rank: "Rank",
    status: "Status",
    ahead: "Ahead",
    on_pace: "On pace",
    behind: "Behind",
    not_reported: "Not reported",
    unreported_note,
    pace_changed,
    review_heading: "Mid-year review (June): half the time, half the target",
    passed: "Passed",
    failed: "Missed",
    shortfall: "Shortfall",
    print: "Print",
    export_csv: "Export CSV",
    completion_chart: "Completion against time progress",
    forecast_heading: "Year-end forecast",
    computing: |paths| format!("Computing ({paths} simulated paths)…"),
    run_rate: "Run-rate",
    seasonal: "Seasonal",
    p10: "P10",
    p50: "Median",
    p90: "P90",
    probability: "Chance to reach",
    required_pace: "Needed per month",
    recent_pace: "Recent pace",
    forecast_settings: "Forecast settings",
    profile: "Seasonal weights",
    flat: "Flat",
    spring: "Spring-Festival dip, year-end push",
    paths: "Paths",
    seed: "Seed",
    cv: "Spread (‰)",
    city_shock: "City-wide shock (‰)",
    lost_month: "Month lost city-wide",
    none: "None",
    knobs: "Pace changes",
    add_knob: "Add a pace change",
    knob_from: "From",
    knob_percent: "Pace (%)",
    path_heading: "Cumulative done against the target path",
    path_legend: "Solid: cumulative done; dashed: the target path at an even pace; blue: year-end forecast P10–P90",
    fan_legend: "Bar: P10–P90; dark line: median; dashed line: the quota",
    fan_heading: "Year-end range (P10–P90)",
    realloc_heading: "Mid-year reallocation",
    backtest_title: "Backtest",
    backtest_heading,
    backtest_note: "This month's cumulative count forecast from what was known at the end of last month, set against this month's report, to check the method. If the method is sound, about 80 % of districts fall inside the range.",
    backtest_summary,
    backtest_range: "Last month's range (P10–P90)",
    backtest_actual: "Reported this month",
    backtest_error: "Median's error",
    backtest_inside: "Inside the range",
    yes: "Yes",
    no: "No",
    realloc_note: "The city quota is split again by each district's projected year-end (median); no new quota is below what is already done.",
    apply_realloc: "Use the new quotas",
    old_quota: "Old quota",
    new_quota: "New quota",
    old_probability: "Old chance",
    new_probability: "New chance",
    allowance_heading: "Allowance budget",
    technicians: "New scarce-trade technicians",
    seniors: "New senior technicians",
    months_paid: "Months paid",
    per_month: "Per month",
    in_total: "In total",
    yuan: "yuan",
    city: "City",
    first_scenario: "My plan",
    shared_scenario: "Shared scenario",
    scenarios: "Scenario",
    new_scenario: "New scenario",
    duplicate_scenario: "Duplicate",
    rename_scenario: "Scenario name",
    delete_scenario: "Delete scenario",
    compare_with: "Compare with",
    no_compare: "No comparison",
    compare_scenarios: "Scenario comparison",
    difference: "Difference",
    chance_difference: "Chance difference",
    chance_needs_actuals: "Once both scenarios have monthly actuals (entered or sample), the difference in the chance of reaching each quota (percentage points) shows here too.",
    copy_suffix: " copy",
    export_plan_csv: "Export table (CSV)",
    export_xlsx: "Export workbook (XLSX)",
    export_json: "Export scenario (JSON)",
    import_json: "Import scenario (JSON)",
    file_opened: "Opened the scenario file as a new scenario; the others are unchanged in the Scenario list.",
    file_failed,
    host_loaded: "Opened the scenario sent by the host page as a new scenario; the others are unchanged in the Scenario list.",
    host_failed,
    copy_link: "Copy share link",
    link_opened: "Opened the shared link as a new scenario; your own scenarios are unchanged in the Scenario list.",
    link_failed,
    link_copied,
    month_name,
    fewer_paths,
    methods: ["Largest remainder", "D'Hondt / Jefferson", "Sainte-Laguë / Webster", "Huntington–Hill", "Adams", "Dean"],
    bases: ["Current quotas", "Equal shares", "Custom weights", "Blend"],
    engine_error,
    parse_error,
    explanation,
    rule,
    flips,
    change,
    tie,
    give_tie_to,
    compare_only_differences,
    paste_summary,
    import: ImportTexts {
        plan_button: "Import plan (CSV/XLSX)",
        actuals_button: "Import monthly actuals (CSV/XLSX)",
        actuals_export: "Export monthly actuals (CSV)",
        heading: "Confirm the import",
        summary: |good, bad| format!("{good} values will be imported (matched by district and column names, in any order); {bad} cannot be, listed below. Nothing changes until you confirm."),
        problem: import_problem,
        confirm: "Import the readable values",
        cancel: "Cancel",
        failed: import_failed,
        district: "District",
    },
    bad_cell,
    returns: ReturnsTexts {
        heading: "Returns",
        note: "Make each district's and department's request link for this month and send it; paste the reply links they send back below (one per line; other text on the line is fine), preview, then import.",
        request_of: |name| format!("{name} request link"),
        copy: "Copy",
        copy_all: "Copy every request link",
        paste: "Paste reply links (one per line)",
        summary: |returned, missing| format!("{returned} districts and departments returned, {missing} have not."),
        missing: |plan, units| format!("Not returned: {}", super::unit_list(plan, units, L, ", ")),
        change_headers: ["Returned by", "Item", "Entered", "Returned"],
        problem: returns_problem,
        apply: |n| format!("Import {n} numbers (undoable)"),
        nothing_new: "The replies match what is entered: nothing to import.",
        form_heading: |title, district, month| format!("{title}: {district}, return for month {month}"),
        form_note: |month| format!("Enter the cumulative counts at the end of month {month}, make the reply link and send it back to the city."),
        known: |v| format!("the city has {}", super::grouped(v)),
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
    },
    steps: super::en_steps::STEPS,
    units: UnitsTexts {
        heading: "Departments and other targets",
        tabs: ["Departments", "Of which manufacturing", "Other targets"],
        sheets: ["Department progress", "Manufacturing share", "Other targets"],
        notes: [
            "Each department's quota is in Annex 2; the lights follow the districts' rules (the schedule is time progress, or the profile's cumulative share when judging by phased targets); green also needs the departments' joint rate.",
            "Manufacturing's share of a district's certified workers, against the plan's minimum share; the points below it light yellow and red by the same bands. Both the certified count and the manufacturing count must be returned.",
            "City-wide counts, lit against time progress.",
        ],
        department: "Department",
        target: "Target",
        manufacturing: "certified in manufacturing",
        headers: [
            ["Quota", "Done", "Rate", "Schedule", "Gap (points)", "This month", "Months in a row"],
            ["Certified", "In manufacturing", "Share", "Minimum share", "Gap (points)", "This month", "Months in a row"],
            ["Target", "Done", "Rate", "Time progress", "Gap (points)", "This month", "Months in a row"],
        ],
        totals: ["All departments", "City"],
        nothing: |tab, month| {
            let what = ["department counts", "manufacturing counts", "counts of the other targets"][tab.min(2)];
            format!("No {what} returned by the end of {}: progress cannot be judged.", month_name(usize::from(month.get())))
        },
        document_heading: "Departments and other targets",
        paragraphs: units_paragraphs,
    },
    supervision: SupervisionTexts {
        heading: "Traffic lights",
        note: lights_note,
        rules: "Light rules",
        presets: ["Standard (time progress, 10/30 behind)", "Strict (phased targets, 5/15 behind)"],
        thresholds: ["Yellow from (points behind)", "Red beyond (points behind)", "Supervision after (yellow/red months)", "Green also needs the city's rate", "Interview after (red months; 0: never)"],
        yardstick: "Measured against",
        yardsticks: ["time progress", "the phased targets"],
        profile: "Monthly targets follow",
        profiles: ["equal months", "the seasonal weights (as in the forecast)", "typed monthly weights"],
        typed: "Monthly weights (12 numbers; paste last year's monthly totals)",
        lights: ["Green", "—", "Yellow", "Red", "None"],
        gap: "Behind (points)",
        streak: "Yellow/red months in a row",
        supervise: "Supervise",
        interview: "Interview",
        phased: "Phased monthly targets",
        phased_progress: "Phased target",
        lights_sheet: "Lights",
        phase_failed,
        document: "Bulletin document",
        document_fields: ["Issued by", "Document number", "Date", "Title", "Further paragraphs (one per line)"],
        default_title: |year, month| format!("Progress of the skills-talent work: {} {year}", month_name(usize::from(month.get()))),
        metric_heading: |i, name| format!("{}. {name}", i + 1),
        paragraphs: document_paragraphs,
        print_document: "Print the bulletin",
        download_docx: "Download Word (DOCX)",
    },
    stored: StoredTexts {
        heading: "Data saved in this browser",
        index_unreadable: |n| format!("The list of scenarios was damaged and could not be read; {n} scenarios were found in their own entries (their order and the one open may differ). The damaged list was kept as it was; you can download it below."),
        newer: |found| format!("The data saved in this browser comes from a newer release of this tool (format {found}); this release neither reads nor changes it. Changes on this page are not autosaved: save them with \u{201c}Export scenario (JSON)\u{201d}, or open the newer release."),
        missing: |n| format!("{n} scenarios in the list are not in the browser's storage and cannot be recovered."),
        current_lost: |name| format!("The scenario open last time could not be read; \u{201c}{name}\u{201d} is open instead."),
        kept_intro: "This data could not be opened. It is kept exactly as it was. Download it as a file (a technician may recover it), and delete it only when you no longer need it:",
        kept: stored_kept,
        size: |chars| format!("{} characters", super::grouped(chars as u64)),
        download: "Download",
        discard: "Delete",
        confirm_discard: "Delete this data that could not be opened? This cannot be undone.",
        discard_failed: "The browser did not delete this data.",
        file_name: "unreadable-data",
        read_only: "This release does not change data saved by a newer release, so it does not autosave. Save your changes with \u{201c}Export scenario (JSON)\u{201d}.",
        already_saved: |name| format!("This scenario is already saved as \u{201c}{name}\u{201d}; switched to it (no copy added)."),
        scenario_limit: |max| format!("At most {max} scenarios can be saved; no new scenario was added. Delete one you no longer need first."),
    },
    matrix: MatrixTexts {
        tab: "Departments",
        heading: "Departments × districts",
        intro: "Each department's quota is split down to the districts: every row adds up to the department's quota and every column to the district's quota, both exactly (biproportional apportionment: one divisor per row and per column, rounded by the chosen rule). Typing into a cell locks a value or sets its seed weight; the “0” button marks a department with no work in a district.",
        caption: "Department × district quotas",
        department: "Department",
        target: "Target",
        sum: "Sum",
        metric: "District metric",
        rounding: "Rounding",
        roundings: ["To nearest (Webster / Sainte-Laguë)", "Down (D'Hondt)"],
        mode: "Typing into a cell sets",
        mode_values: "a locked value",
        mode_seeds: "its seed weight",
        seed: "Seed weights",
        seed_independence: "department × district quotas (spread like the districts)",
        seed_prior: "a custom prior table (last year's actuals, enterprise counts)",
        clear_seed: "Back to district proportions",
        zero_prefix: "Structural zero",
        department_quota: "department quota",
        mismatch: |rows, columns, metric| format!(
            "The department quotas add up to {}, the districts' “{metric}” to {}: no table can meet both. Choose what to do (nothing is changed on its own):",
            super::grouped(rows), super::grouped(columns)
        ),
        balance_row: |difference| format!("Add a balancing row “HR bureau and others” ({})", super::grouped(difference)),
        balance_name: "HR bureau and others",
        balance_task: "Balancing row: districts minus departments",
        scale: |total| format!("Scale the department quotas to {}", super::grouped(total)),
        error: matrix_error,
        divisors_heading: "Divisors and ties",
        row_divisor: "Row divisor",
        column_divisor: "Column divisor",
        no_ties: "No cell sits exactly on a rounding signpost.",
        tie: |department, district, value, alternative| format!(
            "{department} {district}: exactly on a signpost, got {} (could be {} if another tied cell in its row and column moved the other way)",
            super::grouped(value), super::grouped(alternative)
        ),
        more_ties: |n| format!("… and {n} more cells on a signpost"),
        iterations: |rounds, transfers| format!("{rounds} alternate-scaling rounds, {transfers} tie transfers"),
        export_csv: "Export matrix CSV",
        file_name: "departments-by-district",
        was: "was",
    },
};

const L: Lang = Lang::En;

fn q(value: Quota) -> String {
    g(value.get())
}

fn parse_error(err: &ParseError, typed: Option<&str>) -> String {
    match err {
        ParseError::Empty => "Enter a number".to_owned(),
        ParseError::Negative => "A quota cannot be negative".to_owned(),
        ParseError::Fraction => "A quota is a whole number".to_owned(),
        ParseError::NotANumber => {
            format!("“{}” is not a number", typed.unwrap_or(""))
        }
        ParseError::TooLarge => "The number is too large".to_owned(),
    }
}

// One arm per variant and no catch-all, in each of these functions: a new error fails to
// compile until it has a sentence.
fn engine_error(err: &EngineError, plan: &Plan) -> String {
    match err {
        EngineError::Overflow => "The numbers are too large to compute".to_owned(),
        EngineError::Rules(e) => rules_error(e, plan),
        EngineError::Base(e) => base_error(e),
        EngineError::Edit(e) => edit_error(e, plan),
        EngineError::Plan(e) => plan_error(e, plan),
        EngineError::Simulation(e) => simulation_error(e, plan),
    }
}

fn rules_error(err: &RulesError, plan: &Plan) -> String {
    match err {
        RulesError::ValueNotMultipleOfStep {
            value,
            step,
            below,
            above,
            ..
        } => format!(
            "{} is not a multiple of {}: use {} or {}",
            q(*value),
            g(*step),
            q(*below),
            q(*above)
        ),
        RulesError::TotalNotMultipleOfStep {
            total,
            step,
            below,
            above,
        } => format!(
            "The total {} is not a multiple of {}: use {} or {}",
            q(*total),
            g(*step),
            q(*below),
            q(*above)
        ),
        RulesError::LocksExceedTotal { locked, total } => {
            format!(
                "The locked quotas add up to {}, more than the total {}",
                q(*locked),
                q(*total)
            )
        }
        RulesError::MinimumsExceedTotal { minimums, total } => {
            format!(
                "The minimums add up to {}, more than the total {}",
                q(*minimums),
                q(*total)
            )
        }
        RulesError::MaximumsBelowTotal { maximums, total } => {
            format!(
                "The maximums add up to {}, less than the total {}",
                q(*maximums),
                q(*total)
            )
        }
        RulesError::AllWeightsZero { total } => {
            format!(
                "Every unlocked district has zero weight: {} cannot be split",
                q(*total)
            )
        }
        RulesError::EverythingLocked { locked, total } => format!(
            "Every district is locked ({} in all): the total cannot become {}",
            q(*locked),
            q(*total)
        ),
        RulesError::TooLarge { limit } => {
            format!("The total is too large: at most {} at this step", q(*limit))
        }
        RulesError::ZeroStep => "The rounding step must be at least 1".to_owned(),
        RulesError::BoundsInverted { region, min, max } => format!(
            "{}: the maximum {} is below the minimum {}",
            dn(plan, *region, L),
            q(*max),
            q(*min)
        ),
        RulesError::RulesLength {
            what,
            expected,
            found,
        } => format!(
            "The {} have {found} entries, not {expected}",
            rules_part(what)
        ),
        RulesError::EmptyRegions => "There are no districts to split over".to_owned(),
        RulesError::TooManyRegions { count, limit } => format!(
            "{} districts is more than the limit of {}",
            g(*count as u64),
            g(*limit as u64)
        ),
    }
}

fn base_error(err: &BaseError) -> String {
    match err {
        BaseError::PercentOutOfRange { percent } => {
            format!("A blend percentage must be 0–100, not {percent}")
        }
        BaseError::InvalidWeight { region, text } => {
            format!("Weight {} “{text}” is not a number", region + 1)
        }
        BaseError::NegativeWeight { region, text } => {
            format!("Weight {} “{text}” is negative", region + 1)
        }
        BaseError::WeightTooLarge { region } => format!("Weight {} is too large", region + 1),
        BaseError::NestedBlend => "A blend of bases cannot contain another blend".to_owned(),
    }
}

fn edit_error(err: &EditError, plan: &Plan) -> String {
    match err {
        EditError::OutsideBounds { region, min, max, .. } => match max {
            Some(max) => format!(
                "{} must be between {} and {} (bounds and “of which” relations)",
                dn(plan, *region, L), q(*min), q(*max)
            ),
            None => format!("{} must be at least {}", dn(plan, *region, L), q(*min)),
        },
        EditError::RegionLocked { region, value } => {
            format!("{} is locked at {}: unlock it first", dn(plan, *region, L), q(*value))
        }
        EditError::NoRoomToSpread { difference, room } => format!(
            "The other unlocked districts can absorb only {} of the difference {}: unlock some or widen their bounds",
            q(*room), q(*difference)
        ),
        EditError::NoSuchRegion { region, count } => {
            format!("There is no district {} (there are {count})", region + 1)
        }
        EditError::TotalChanged { before, after } => format!(
            "The new quotas add up to {}, not the city total {}",
            q(*after),
            q(*before)
        ),
    }
}

fn plan_error(err: &PlanError, plan: &Plan) -> String {
    match err {
        PlanError::NothingToBalance { departments, districts } => format!("Departments {}, districts {}: nothing to balance, or the departments are larger (a balancing row cannot be negative: scale instead)", q(*departments), q(*districts)),
        PlanError::NameTooLong { chars, limit } => format!(
            "A name may have at most {limit} characters; this one has {}. Nothing was changed",
            g(*chars as u64)
        ),
        PlanError::LastOne => "A plan needs at least one district and one metric".to_owned(),
        PlanError::ShapeMismatch {
            metric,
            expected,
            found,
        } => format!(
            "The metric \u{201c}{}\u{201d} has values for {found} districts, but the plan has {expected}",
            mn(plan, *metric, L)
        ),
        PlanError::InvalidParent { metric, parent } => format!(
            "The \u{201c}of which\u{201d} parent of \u{201c}{}\u{201d} (metric {}) is invalid: missing, itself, or part of a cycle",
            mn(plan, *metric, L),
            parent + 1
        ),
        PlanError::InvalidRatio {
            numerator,
            denominator,
        } => format!("The ratio {numerator}/{denominator} must be between 0 and 1"),
        PlanError::NoSuchMetric { metric, count } => {
            format!("There is no metric {} (there are {count})", metric + 1)
        }
        PlanError::TooManyMetrics { limit } => format!("A plan may have at most {limit} metrics"),
    }
}

fn unreported_note(plan: &Plan, districts: &[usize]) -> String {
    format!(
        "Not reported yet: {}. Districts that have not reported are neither ranked nor judged; the city total counts only what was reported.",
        super::name_list(plan, districts, false, L, ", ")
    )
}

fn paradox(p: &Paradox, plan: &Plan) -> String {
    match *p {
        Paradox::Alabama {
            region,
            before,
            after,
        } => format!(
            "The city total {}, yet {}'s quota went from {} to {} (the Alabama paradox: under largest remainder a change of the total can move a district the other way).",
            if after < before { "rose" } else { "fell" },
            dn(plan, region, L),
            q(before),
            q(after)
        ),
        Paradox::Population { grew, other } => format!(
            "{}'s base grew faster than {}'s (against their quotas), yet it lost a step to {} (the population paradox).",
            dn(plan, grew, L),
            dn(plan, other, L),
            dn(plan, other, L)
        ),
        Paradox::QuotaRule {
            region,
            quota,
            lower,
            upper,
        } => format!(
            "{}'s quota {} lies outside its exact share rounded down and up, {}–{} (a divisor method may break the quota rule; largest remainder never does).",
            dn(plan, region, L),
            q(quota),
            q(lower),
            q(upper)
        ),
    }
}

fn permille(value: u64) -> String {
    format!("{}.{} %", value / 10, value % 10)
}

fn document_paragraphs(f: &MetricFacts, plan: &Plan) -> Vec<String> {
    let month = month_name(usize::from(f.month.get()));
    let (rate, schedule) = (f.rate_permille, f.schedule_permille);
    let yardstick = if f.phased {
        "the phased targets"
    } else {
        "time progress"
    };
    let points = |p: u64| format!("{}.{}", p / 10, p % 10);
    let against = if rate >= schedule {
        format!(
            "{} points ahead of {yardstick} ({})",
            points(rate - schedule),
            permille(schedule)
        )
    } else {
        format!(
            "{} points behind {yardstick} ({})",
            points(schedule - rate),
            permille(schedule)
        )
    };
    let mut out = vec![format!(
        "By the end of {month} the city had completed {} of its annual target of {} ({}), {against}.",
        q(f.done),
        q(f.quota),
        permille(rate)
    )];
    if !f.ahead.is_empty() {
        let list: Vec<String> = f
            .ahead
            .iter()
            .map(|s| {
                format!(
                    "{} ({})",
                    dn(plan, s.district, L),
                    permille(s.rate_permille)
                )
            })
            .collect();
        out.push(format!(
            "{} districts are ahead of {yardstick}: {}.",
            f.ahead.len(),
            list.join(", ")
        ));
    }
    if !f.behind.is_empty() {
        let list: Vec<String> = f
            .behind
            .iter()
            .map(|s| {
                format!(
                    "{} ({} done, {} short)",
                    dn(plan, s.district, L),
                    permille(s.rate_permille),
                    g(u64::try_from(s.gap.unsigned_abs()).unwrap_or(u64::MAX))
                )
            })
            .collect();
        out.push(format!(
            "{} districts are behind: {}.",
            f.behind.len(),
            list.join(", ")
        ));
    }
    if f.ranking.len() >= 6 {
        let top = &f.ranking[..3];
        let bottom = &f.ranking[f.ranking.len() - 3..];
        out.push(format!(
            "The highest completion rates are {}; the lowest {}.",
            names(plan, top, false),
            names(plan, bottom, false)
        ));
    }
    out.extend(lights_sentence(f, plan));
    if !f.unreported.is_empty() {
        out.push(format!(
            "{} have not reported this month.",
            names(plan, &f.unreported, false)
        ));
    }
    out
}

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
            super::unit_name(plan, unit, L)
        ),
    };
    format!("Line {line}: {why}")
}

/// The sentence on the lights, supervision and interviews of a metric's districts, if any is
/// lit.
fn lights_sentence(f: &MetricFacts, plan: &Plan) -> Option<String> {
    let list = |d: &[usize]| names(plan, d, false);
    lit_sentence(
        &list(&f.red),
        &list(&f.yellow),
        &list(&f.supervise),
        &list(&f.interview),
    )
}

/// The lights sentence from the names lit red and yellow, under supervision and called to an
/// interview (each list joined, empty when none).
fn lit_sentence(red: &str, yellow: &str, supervise: &str, interview: &str) -> Option<String> {
    let mut parts = Vec::new();
    if !red.is_empty() {
        parts.push(format!("{red} on red"));
    }
    if !yellow.is_empty() {
        parts.push(format!("{yellow} on yellow"));
    }
    if parts.is_empty() {
        return None;
    }
    let mut sentence = format!("Under the light rules, {}", parts.join("; "));
    if !supervise.is_empty() {
        sentence.push_str(&format!(
            "; {supervise} stayed behind for months in a row and are under supervision"
        ));
    }
    if !interview.is_empty() {
        sentence.push_str(&format!(
            "; {interview} stayed on red and are called to an interview"
        ));
    }
    sentence.push('.');
    Some(sentence)
}

fn sheet_name(plan: &Plan, sheet: Sheet) -> String {
    match sheet {
        Sheet::Metric(metric) => mn(plan, metric, L),
        Sheet::Departments => "department".to_owned(),
        Sheet::Manufacturing => "manufacturing".to_owned(),
        Sheet::Countable => "other targets'".to_owned(),
    }
}

/// The document's paragraphs on the departments, the manufacturing share and the countable
/// targets, each only when something was returned.
fn units_paragraphs(r: &UnitsReport, plan: &Plan) -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(grid) = &r.departments {
        let month = month_name(usize::from(grid.month.get()));
        let done: u64 = grid.lines.iter().map(|l| l.done.get()).sum();
        let quota: u64 = plan.departments.iter().map(|d| d.quota.get()).sum();
        let rate = grid.city_permille.last().copied().unwrap_or_default();
        let mut sentence = format!(
            "By the end of {month}, the {} departments had done {} ({}) of their quota of {}, {}",
            plan.departments.len(),
            g(done),
            mn(plan, plan.department_metric, L),
            g(quota),
            permille(rate)
        );
        let behind: Vec<String> = grid
            .lines
            .iter()
            .filter(|l| l.gap_permille.is_some_and(|gap| gap > 0))
            .map(|l| {
                format!(
                    "{} ({})",
                    super::department_name(plan, l.unit, L),
                    permille(l.rate_permille)
                )
            })
            .collect();
        if behind.is_empty() {
            sentence.push_str("; every department is on schedule.");
        } else {
            sentence.push_str(&format!(
                "; {} are behind schedule: {}.",
                behind.len(),
                behind.join(", ")
            ));
        }
        out.push(sentence);
        out.extend(unit_lights_sentence(grid, |i| {
            super::department_name(plan, i, L)
        }));
    }
    if let Ok(grid) = &r.manufacturing {
        let minimum = plan.other.manufacturing_share_min_pct;
        let share = grid.city_permille.last().copied().unwrap_or_default();
        let side = if share >= u64::from(minimum) * 10 {
            "meeting"
        } else {
            "below"
        };
        let mut sentence = format!(
            "Manufacturing accounts for {} of the city's certified workers, {side} the plan's minimum of {minimum}%",
            permille(share)
        );
        let short: Vec<String> = grid
            .lines
            .iter()
            .filter(|l| l.gap_permille.is_some_and(|gap| gap > 0))
            .map(|l| format!("{} ({})", dn(plan, l.unit, L), permille(l.rate_permille)))
            .collect();
        if short.is_empty() {
            sentence.push('.');
        } else {
            sentence.push_str(&format!("; below the minimum: {}.", short.join(", ")));
        }
        out.push(sentence);
    }
    if let Ok(grid) = &r.countable {
        let items: Vec<String> = grid
            .lines
            .iter()
            .filter(|l| l.gap_permille.is_some())
            .map(|l| {
                let name = Countable::ALL
                    .get(l.unit)
                    .map_or("", |&c| super::countable_name(&TEXTS, c));
                format!("{name}: {} (target {})", g(l.done.get()), g(l.target.get()))
            })
            .collect();
        if !items.is_empty() {
            out.push(format!("Other targets: {}.", items.join("; ")));
        }
    }
    out
}

/// The lights, supervision and interviews of a unit grid, if any unit is lit.
fn unit_lights_sentence(grid: &LightsGrid, name: impl Fn(usize) -> String) -> Option<String> {
    let [red, yellow, supervise, interview] = lit_lists(grid, name, ", ");
    lit_sentence(&red, &yellow, &supervise, &interview)
}

fn lights_note(rules: &LightRules) -> String {
    let against = match rules.yardstick {
        Yardstick::TimeProgress => "time progress",
        Yardstick::Phased => "the phased targets",
    };
    format!(
        "Light rules: yellow from {} to {} percentage points behind {against}, red beyond {}; green {}; a district that catches up turns back; {} yellow or red months in a row mean supervision{}.",
        rules.yellow_points,
        rules.red_points,
        rules.red_points,
        if rules.green_needs_city_rate {
            format!("at or above {against} and the city's completion rate")
        } else {
            format!("at or above {against}")
        },
        rules.supervise_after,
        if rules.interview_after > 0 {
            format!(", {} red months in a row an interview", rules.interview_after)
        } else {
            String::new()
        }
    )
}

fn phase_failed(err: &PhaseError, plan: &Plan) -> String {
    match err {
        PhaseError::Months(e) => format!("The months cannot be split: {}", engine_error(e, plan)),
        PhaseError::Table(e) => format!("The months cannot be split: {}", matrix_error(e, plan)),
    }
}

fn backtest_heading(month: Month) -> String {
    format!(
        "Backtest: last month's forecast of {}",
        month_name(usize::from(month.get()))
    )
}

fn backtest_summary(judged: usize, inside: usize) -> String {
    format!("Of the {judged} districts that reported this month, {inside} fell inside last month's range.")
}

fn pace_changed(month: Month) -> String {
    format!(
        "pace changed from {}; forecast at the new pace",
        month_name(usize::from(month.get()))
    )
}

fn simulation_error(err: &SimulationError, plan: &Plan) -> String {
    match err {
        SimulationError::NoActuals { month } => format!(
            "No district has reported actuals for {} or earlier. The bulletin and the forecast need at least one month of data: type, paste or import the months in the table under Monthly bulletin, or load the sample data.",
            month_name(usize::from(*month))
        ),
        SimulationError::Unreported { districts } => format!(
            "{} {} not reported yet. The mid-year reallocation splits the quota by each district's projected capacity and needs at least one month from every district; otherwise silence would count as no capacity.",
            super::name_list(plan, districts, false, L, ", "),
            if districts.len() == 1 { "has" } else { "have" }
        ),
        SimulationError::TooFewMonths { needed, month } => format!(
            "The backtest needs at least {needed} months of actuals; the month is {}.",
            month_name(usize::from(*month))
        ),
        SimulationError::LightBands { yellow, red } => format!(
            "Yellow cannot start ({yellow} points behind) past the red line ({red} points behind); the red line is at most 100 points"
        ),
        SimulationError::NoProgress => "Every district has reported zero so far: there is no capacity to go by, so no reallocation is proposed.".to_owned(),
        SimulationError::Unavailable => "The forecast module could not be loaded: check that the deployed folder is complete (see the hosting notes), then reload the page.".to_owned(),
        SimulationError::NoSuchMonth { month } => {
            format!("There is no month {month} (months are 1–12)")
        }
        SimulationError::PathsOutOfRange { paths, limit } => format!(
            "The number of simulated paths must be 1–{}, not {}",
            g(u64::from(*limit)),
            g(u64::from(*paths))
        ),
    }
}

fn rule(rule: &Rule, base: u64, step: u64, quota: Quota) -> Option<String> {
    match *rule {
        Rule::Fixed => None,
        Rule::Remainder { rank, of, extra } => Some(if rank == 0 {
            format!("Largest remainder: every district first gets the whole part of its exact share; the {} steps left go one each to the largest remainders. This district has no remainder.", g(extra))
        } else {
            format!(
                "Largest remainder: every district first gets the whole part of its exact share; the {} steps left go one each to the largest remainders. This district's remainder ranks {} of {}, so it {}.",
                g(extra),
                g(rank as u64),
                g(of as u64),
                if rank as u64 <= extra { "gets one more step" } else { "gets none" }
            )
        }),
        Rule::Divisor { low, high } => {
            let shown = high.map_or(low * 1.01, |h| (low + h) / 2.0);
            let range = match high {
                Some(high) => format!("from {} to {}", decimal(low), decimal(high)),
                None => format!("of at least {}", decimal(low)),
            };
            Some(format!(
                "Divisor method: take a divisor (base per person), divide every district's base by it and round at the method's signposts (step {}); any divisor {} gives this split. This district's base {} ÷ {} ≈ {} persons, rounded to {}.",
                g(step),
                range,
                g(base),
                decimal(shown),
                decimal(base as f64 / shown),
                q(quota)
            ))
        }
    }
}

fn flips(detail: &Detail, base: u64, quota: Quota) -> Vec<String> {
    let mut lines = vec![
        match detail.gain_base {
            Some(gain) => format!("A base of {} (+{}) gains one step", g(gain), g(gain - base)),
            None => "No larger base gains a step (locked or at its maximum)".to_owned(),
        },
        match detail.lose_base {
            Some(lose) => format!("A base of {} (−{}) loses one step", g(lose), g(base - lose)),
            None => "No smaller base loses a step (locked, at its minimum or at zero)".to_owned(),
        },
    ];
    let total = |change: Option<(Quota, Quota)>, more: bool| match change {
        Some((total, after)) => format!(
            "At a city total of {} this district gets {}{}",
            q(total),
            q(after),
            if (after < quota) == more {
                " (against the total: the Alabama paradox)"
            } else {
                ""
            }
        ),
        None => format!(
            "Within {} steps {} the city total this district keeps its number",
            g(quota_engine::apportion::MAX_TOTAL_STEPS),
            if more { "above" } else { "below" }
        ),
    };
    lines.push(total(detail.total_up, true));
    lines.push(total(detail.total_down, false));
    lines
}

fn explanation(e: &Explanation, step: u64) -> String {
    let exact = decimal(e.exact_persons(step));
    match &e.reason {
        Reason::Locked => "Locked: kept as it is".to_owned(),
        Reason::ZeroWeight => "Zero weight: gets its minimum".to_owned(),
        Reason::AtMinimum => format!("Exact share {exact} is below the minimum: gets the minimum"),
        Reason::AtMaximum => format!("Exact share {exact} reaches the maximum: gets the maximum"),
        Reason::Remainder {
            floor,
            extra_unit: true,
        } => format!(
            "Exact share {exact}: floor {} plus 1 remainder unit of {}",
            q(*floor),
            g(step)
        ),
        Reason::Remainder {
            floor,
            extra_unit: false,
        } => {
            format!(
                "Exact share {exact}: floor {}; its remainder was not among the largest",
                q(*floor)
            )
        }
        Reason::Rounded { up: true } => {
            format!("Exact share {exact}: past the method's signpost, rounded up")
        }
        Reason::Rounded { up: false } => {
            format!("Exact share {exact}: below the method's signpost, rounded down")
        }
    }
}

fn change(edit: &Edit, moved: usize, plan: &Plan) -> String {
    let what = match edit {
        Edit::SetQuota {
            metric,
            district,
            value,
        } => {
            format!(
                "{} {} set to {}",
                dn(plan, *district, L),
                mn(plan, *metric, L),
                q(*value)
            )
        }
        Edit::SetTotal { metric, total } => {
            format!("City {} set to {}", mn(plan, *metric, L), q(*total))
        }
        Edit::SetLock {
            metric,
            district,
            locked,
        } => format!(
            "{} {} {}",
            if *locked { "Locked" } else { "Unlocked" },
            dn(plan, *district, L),
            mn(plan, *metric, L)
        ),
        Edit::SetMethod { metric, method } => {
            format!(
                "{}: method {}",
                mn(plan, *metric, L),
                TEXTS.method_name(*method)
            )
        }
        Edit::SetBase { metric, base } => {
            format!("{}: base {}", mn(plan, *metric, L), TEXTS.base_name(base))
        }
        Edit::SetStep { metric, step } => format!("{}: step {}", mn(plan, *metric, L), g(*step)),
        Edit::SetBounds {
            metric, district, ..
        } => {
            format!(
                "Bounds of {} {}",
                dn(plan, *district, L),
                mn(plan, *metric, L)
            )
        }
        Edit::Reapportion { metric } => {
            format!("{} split again by the rules", mn(plan, *metric, L))
        }
        Edit::Paste { .. } => "Pasted data".to_owned(),
        Edit::SetActual {
            series,
            month,
            value,
        } => format!(
            "{} actual for {} {}",
            super::series_name(plan, *series, L),
            month_name(usize::from(month.get())),
            value.map_or_else(|| "cleared".to_owned(), |v| format!("set to {}", q(v)))
        ),
        Edit::PasteActuals { sheet, .. } => format!("Pasted {} actuals", sheet_name(plan, *sheet)),
        Edit::LoadSample => "Loaded the sample data".to_owned(),
        Edit::ClearActuals => "Cleared the actuals".to_owned(),
        Edit::SetAsOf { month } => format!("As of {}", month_name(usize::from(month.get()))),
        Edit::ChangeForecast { .. } => "Changed the forecast settings".to_owned(),
        Edit::SetPhaseProfile { .. } => "Changed how the monthly targets are phased".to_owned(),
        Edit::SetLightRules { .. } => "Changed the light rules".to_owned(),
        Edit::SetDocument { .. } => "Changed the bulletin document".to_owned(),
        Edit::SetReturns { month, values } => format!(
            "Imported {} returned numbers for month {}",
            values.len(),
            month.get()
        ),
        Edit::SetQuotas { metric, .. } => {
            format!("{}: reallocated quotas adopted", mn(plan, *metric, L))
        }
        Edit::RenameDistrict { district, name } => {
            format!("{} renamed {}", dn(plan, *district, L), name.get(L))
        }
        Edit::AddDistrict { name } => format!("Added district {}", name.get(L)),
        Edit::RemoveDistrict { district } => format!("Removed district {}", dn(plan, *district, L)),
        Edit::RenameMetric { metric, name } => {
            format!("{} renamed {}", mn(plan, *metric, L), name.get(L))
        }
        Edit::AddMetric { name, .. } => format!("Added metric {}", name.get(L)),
        Edit::RemoveMetric { metric } => format!("Removed metric {}", mn(plan, *metric, L)),
        Edit::SetTitle { title } => format!("Title set to {}", title.get(L)),
        Edit::SetYear { year } => format!("Year set to {year}"),
        Edit::Matrix(edit) => matrix_change(edit, plan),
    };
    if moved > 0 {
        format!("{what} ({moved} cells moved)")
    } else {
        what
    }
}

fn tie(candidates: &[&str], winners: &[&str], unit: u64) -> String {
    format!(
        "{} tied for the last {} unit(s) of {}; {} got them. Ties go by your preference, else by table order.",
        candidates.join(", "),
        winners.len(),
        g(unit),
        winners.join(", ")
    )
}

fn give_tie_to(name: &str) -> String {
    format!("Give it to {name}")
}

fn paste_summary(readable: usize, unreadable: usize) -> String {
    format!("{readable} cells can be read; {unreadable} cannot and will be skipped:")
}

fn compare_only_differences(count: usize) -> String {
    format!("A large plan: listing only the {count} districts the methods split differently (at most 100).")
}

fn showing_rows(first: usize, last: usize, total: usize) -> String {
    format!(
        "Rows {}–{} of {} districts",
        g(first as u64),
        g(last as u64),
        g(total as u64)
    )
}

fn month_name(month: usize) -> String {
    const NAMES: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    NAMES
        .get(month.wrapping_sub(1))
        .map_or_else(|| month.to_string(), |n| (*n).to_owned())
}

fn fewer_paths(paths: u32) -> String {
    format!("A large plan: {paths} paths were run so that the page stays responsive.")
}

fn link_failed(err: &quota_engine::codec::LinkError) -> String {
    use quota_engine::codec::LinkError;
    let why = match err {
        LinkError::Empty => "the link is empty".to_owned(),
        LinkError::NotALink => "it is not a Quota Planner link".to_owned(),
        LinkError::FutureVersion { .. } => "it was made by a newer version of the tool".to_owned(),
        LinkError::TooLong { chars } => format!("it is too long ({chars} characters)"),
        LinkError::BadCharacters => {
            "it contains characters a link cannot have (altered in transit?)".to_owned()
        }
        LinkError::Corrupt => "it was cut short or altered".to_owned(),
        LinkError::Invalid => "its numbers do not form a valid plan".to_owned(),
    };
    format!("The shared link could not be opened: {why}. Your own data is shown, unchanged.")
}

fn link_copied(chars: usize) -> String {
    if chars > 2_000 {
        format!("Link copied ({chars} characters). It is long: some chat and mail clients cut links; if it does not open, send the scenario file (Export scenario) instead:")
    } else {
        format!("Link copied ({chars} characters); it opens exactly these numbers:")
    }
}

fn file_failed(err: &quota_engine::file::FileError) -> String {
    use quota_engine::file::FileError;
    let why = match err {
        FileError::TooLarge { bytes } => format!("the file is too large ({bytes} bytes)"),
        FileError::NotAScenario => "it is not a scenario file of this tool".to_owned(),
        FileError::FutureVersion { .. } => "it was written by a newer version of the tool".to_owned(),
        FileError::Malformed { line, column } => format!(
            "the value at line {line}, column {column} does not fit the scenario format (for example text, a fraction or a too large number where a whole number belongs)"
        ),
        FileError::Invalid(err) => format!(
            "its data do not form a valid plan: {}",
            engine_error(err, &super::nameless_plan())
        ),
    };
    format!("The scenario file could not be opened: {why}. Nothing was changed.")
}

fn names(plan: &Plan, lines: &[usize], department: bool) -> String {
    super::name_list(plan, lines, department, L, ", ")
}

fn place(plan: &Plan, place: Place) -> String {
    super::matrix_place(plan, place, L)
}

fn matrix_error(err: &MatrixError, plan: &Plan) -> String {
    match err {
        MatrixError::Empty => "There are no departments or no districts to split.".to_owned(),
        MatrixError::TooLarge { rows, columns, limit } => format!("{rows} × {columns} cells is more than the limit of {}", g(*limit as u64)),
        MatrixError::SeedShape { .. } => "The seed table does not match the departments and districts: go back to district proportions and paste it again.".to_owned(),
        MatrixError::ZeroStep => "The step must be at least 1".to_owned(),
        MatrixError::NotMultipleOfStep { place: p, value, step } => format!("{}: {} is not a multiple of the step {}", place(plan, *p), q(*value), g(*step)),
        MatrixError::MarginsDisagree { rows, columns } => format!("The departments add up to {}, the districts to {}", q(*rows), q(*columns)),
        MatrixError::LocksExceed { place: p, locked, target } => format!("{}: locked cells add up to {}, more than its target {}", place(plan, *p), q(*locked), q(*target)),
        MatrixError::Infeasible { rows, columns, needed, available } => format!(
            "Cannot be met: departments {} still need {}, but the districts they may work in ({}) have only {} left. Clear some structural zeros or locks.",
            names(plan, rows, true), q(*needed),
            if columns.is_empty() { "none".to_owned() } else { names(plan, columns, false) },
            q(*available)
        ),
        MatrixError::Overflow => "The numbers are too large to compute".to_owned(),
        MatrixError::NoConvergence => "The calculation did not settle: check the structural zeros and locks".to_owned(),
    }
}

fn matrix_change(edit: &MatrixEdit, plan: &Plan) -> String {
    let department = |i: usize| names(plan, &[i], true);
    match edit {
        MatrixEdit::SetRounding(r) => format!(
            "Departments: rounding {}",
            TEXTS.matrix.roundings[usize::from(*r == Rounding::DHondt)]
        ),
        MatrixEdit::SetStep(step) => format!("Departments: step {}", g(*step)),
        MatrixEdit::SetMetric(metric) => {
            format!("Departments: district metric {}", mn(plan, *metric, L))
        }
        MatrixEdit::SetCell { row, column, rule } => match rule {
            CellRule::Free => format!("{} {} freed", department(*row), dn(plan, *column, L)),
            CellRule::Zero => format!(
                "{} {} made a structural zero",
                department(*row),
                dn(plan, *column, L)
            ),
            CellRule::Locked(v) => format!(
                "{} {} locked at {}",
                department(*row),
                dn(plan, *column, L),
                q(*v)
            ),
        },
        MatrixEdit::SetSeed {
            row,
            column,
            weight,
        } => format!(
            "{} {} seed weight set to {}",
            department(*row),
            dn(plan, *column, L),
            g(*weight)
        ),
        MatrixEdit::PasteSeed { .. } => "Seed weights pasted".to_owned(),
        MatrixEdit::ClearSeed => "Seed weights back to district proportions".to_owned(),
        MatrixEdit::SetDepartmentQuota { row, value } => {
            format!("{} quota set to {}", department(*row), q(*value))
        }
        MatrixEdit::AddBalancingRow { name, .. } => format!("Balancing row {} added", name.en),
        MatrixEdit::ScaleDepartments => "Department quotas scaled".to_owned(),
    }
}

fn host_failed(err: &quota_engine::file::FileError) -> String {
    file_failed(err).replacen("scenario file", "scenario sent by the host page", 1)
}

fn import_problem(p: &quota_engine::import::Problem) -> String {
    use quota_engine::import::ProblemKind;
    let what = match &p.kind {
        ProblemKind::Number { text, error } => bad_cell(text, error),
        ProblemKind::UnknownRow(name) => {
            format!("the plan has no district “{name}”; the line is not imported")
        }
        ProblemKind::UnknownColumn(name) => format!("unknown column “{name}”; it is not imported"),
        ProblemKind::Repeated(name) => format!("“{name}” appears again; the earlier line counts"),
    };
    format!("Line {}, column {}: {what}", p.line, p.column)
}

fn import_failed(err: &quota_engine::import::ImportError) -> String {
    use quota_engine::import::ImportError;
    let why = match err {
        ImportError::TooLarge { bytes } => format!("the file is too large ({bytes} bytes)"),
        ImportError::NoHeader => {
            "no header line (the first column districts, the others metric names or months)"
                .to_owned()
        }
        ImportError::NotAWorkbook => {
            "it is not a readable XLSX workbook (save it as .xlsx or CSV)".to_owned()
        }
        ImportError::UnclosedQuote { line } => format!("a quote on line {line} is never closed"),
    };
    format!("The file could not be read: {why}. Nothing was changed.")
}

fn stored_kept(why: &quota_engine::library::KeptReason) -> String {
    use quota_engine::library::KeptReason;
    match why {
        KeptReason::Unreadable => "Saved data that cannot be read".to_owned(),
        KeptReason::Partial { lost } => format!("An earlier release's library, {lost} of whose scenarios cannot be read (the others are open)"),
        KeptReason::Newer { found } => format!("Data of a newer release (version {found}), left unchanged"),
        KeptReason::Superseded => "An earlier release's autosave, older than the open scenarios; not opened".to_owned(),
        KeptReason::SetAside => "Unreadable data set aside earlier".to_owned(),
        KeptReason::Unknown => "Data this release does not know".to_owned(),
    }
}

/// The part of a scenario a length error names (the engine names it in a word).
fn rules_part(what: &str) -> &'static str {
    match what {
        "bounds" => "bounds",
        "locks" => "locks",
        "weights" => "custom weights",
        "metric rules" => "metric rules",
        "actuals metrics" => "monthly actuals' metrics",
        "actuals districts" => "monthly actuals' districts",
        "quotas" => "quotas",
        _ => "values of the scenario",
    }
}

/// A cell that is not a quota, quoting what it held.
fn bad_cell(text: &str, error: &ParseError) -> String {
    match error {
        ParseError::NotANumber => parse_error(error, Some(text)),
        _ => format!("“{text}”: {}", parse_error(error, None)),
    }
}

fn forecast_warning(w: &quota_engine::simulate::forecast::SettingsWarning, plan: &Plan) -> String {
    use quota_engine::simulate::forecast::SettingsWarning;
    match w {
        SettingsWarning::ProfileAllZero => "Every seasonal weight is 0: the forecast expects nothing more to be done. Please check the weights.".to_owned(),
        SettingsWarning::ProfileZeroSoFar { month } => format!(
            "The seasonal weights up to {} are all 0: the pace so far cannot be read from the actuals and counts as zero. Please check the weights.",
            month_name(usize::from(month.get()))
        ),
        SettingsWarning::ExtremePace { district, percent } => format!(
            "The pace of {} is set to {}% ({} times), far beyond what happens; possibly a typing slip.",
            dn(plan, *district, L),
            g(u64::from(*percent)),
            g(u64::from(*percent / 100))
        ),
    }
}
