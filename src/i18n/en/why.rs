//! English: how a number came about and what would change it.

use quota_engine::apportion::Reason;

use crate::i18n::grouped as g;
use crate::i18n::why::{FlipWords, RuleWords, WhyTexts};

pub(super) const TEXTS: WhyTexts = WhyTexts {
    heading: "Why this number",
    hint: "Click any quota in the table to see how it came about.",
    published_shares: "by the published shares",
    current_value: "Current value",
    flips_heading: "What would change this number",
    reason,
    rule_words: RuleWords {
        no_remainder: |extra| {
            format!("Largest remainder: every district first gets the whole part of its exact share; the {extra} steps left go one each to the largest remainders. This district has no remainder.")
        },
        remainder: |extra, rank, of, outcome| {
            format!("Largest remainder: every district first gets the whole part of its exact share; the {extra} steps left go one each to the largest remainders. This district's remainder ranks {rank} of {of}, so it {outcome}.")
        },
        gets_step: "gets one more step",
        gets_none: "gets none",
        between: |low, high| format!("from {low} to {high}"),
        at_least: |low| format!("of at least {low}"),
        divisor: |step, range, base, divisor, persons, quota| {
            format!("Divisor method: take a divisor (base per person), divide every district's base by it and round at the method's signposts (step {step}); any divisor {range} gives this split. This district's base {base} ÷ {divisor} ≈ {persons} persons, rounded to {quota}.")
        },
    },
    flip_words: FlipWords {
        gain: |base, more| format!("A base of {base} (+{more}) gains one step"),
        no_gain: "No larger base gains a step (locked or at its maximum)",
        lose: |base, less| format!("A base of {base} (−{less}) loses one step"),
        no_lose: "No smaller base loses a step (locked, at its minimum or at zero)",
        total: |_, total, after, paradox| {
            format!("At a city total of {total} this district gets {after}{paradox}")
        },
        paradox: " (against the total: the Alabama paradox)",
        steady: |up, steps| {
            let side = if up { "above" } else { "below" };
            format!("Within {steps} steps {side} the city total this district keeps its number")
        },
    },
};

fn reason(reason: &Reason, exact: &str, step: u64) -> String {
    match reason {
        Reason::Locked => "Locked: kept as it is".to_owned(),
        Reason::ZeroWeight => "Zero weight: gets its minimum".to_owned(),
        Reason::AtMinimum => format!("Exact share {exact} is below the minimum: gets the minimum"),
        Reason::AtMaximum => format!("Exact share {exact} reaches the maximum: gets the maximum"),
        Reason::Remainder {
            floor,
            extra_unit: true,
        } => format!(
            "Exact share {exact}: floor {} plus 1 remainder unit of {}",
            floor.grouped(),
            g(step)
        ),
        Reason::Remainder {
            floor,
            extra_unit: false,
        } => {
            format!(
                "Exact share {exact}: floor {}; its remainder was not among the largest",
                floor.grouped()
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
