//! The "why this number" panel: how a quota came about under its method, and what would change
//! it. The arithmetic these sentences show (the exact share, the divisor shown, the persons it
//! gives) and the choice between them are made here once; each language gives the words.

use quota_engine::apportion::{Detail, Explanation, Reason, Rule, MAX_TOTAL_STEPS};
use quota_engine::Quota;

use super::{decimal, grouped, q};

/// How a number came about and what would change it.
#[derive(Debug)]
pub struct WhyTexts {
    /// Heading of the explanation panel.
    pub heading: &'static str,
    /// Hint shown before a cell is chosen.
    pub hint: &'static str,
    /// The reference base when the base is the current quotas.
    pub published_shares: &'static str,
    /// "Current value".
    pub current_value: &'static str,
    /// Heading of the flips list in the "why" panel.
    pub flips_heading: &'static str,
    /// Why a quota is what it is: the reason, its exact share in persons, and the step.
    pub reason: fn(&Reason, &str, u64) -> String,
    /// The words of the method's rule for a district.
    pub rule_words: RuleWords,
    /// The words of what would flip a district's number.
    pub flip_words: FlipWords,
}

/// The words of the method's rule for a district (numbers come already written).
#[derive(Debug)]
pub struct RuleWords {
    /// Largest remainder, the district with no remainder: the steps handed out by remainder.
    pub no_remainder: fn(extra: &str) -> String,
    /// Largest remainder: the steps handed out by remainder, the district's rank among how
    /// many, and the outcome ([`Self::gets_step`] or [`Self::gets_none`]).
    pub remainder: fn(extra: &str, rank: &str, of: &str, outcome: &str) -> String,
    /// The outcome when the district's remainder is among those that get a step.
    pub gets_step: &'static str,
    /// The outcome when it is not.
    pub gets_none: &'static str,
    /// The divisors that give the split: between two values.
    pub between: fn(low: &str, high: &str) -> String,
    /// The divisors that give the split: any from a value up.
    pub at_least: fn(low: &str) -> String,
    /// A divisor method: the step, the divisors that work, the district's base, the divisor
    /// shown, the persons it gives and the quota.
    pub divisor: fn(
        step: &str,
        range: &str,
        base: &str,
        divisor: &str,
        persons: &str,
        quota: &str,
    ) -> String,
}

/// The words of what would flip a district's number (numbers come already written).
#[derive(Debug)]
pub struct FlipWords {
    /// The base that gains a step, and how much larger it is.
    pub gain: fn(base: &str, more: &str) -> String,
    /// No larger base gains a step.
    pub no_gain: &'static str,
    /// The base that loses a step, and how much smaller it is.
    pub lose: fn(base: &str, less: &str) -> String,
    /// No smaller base loses a step.
    pub no_lose: &'static str,
    /// The city total (up or down) at which the district's number changes, and to what; the
    /// paradox note or nothing.
    pub total: fn(up: bool, total: &str, after: &str, paradox: &str) -> String,
    /// The note when the district moves against the total.
    pub paradox: &'static str,
    /// Within this many steps up (or down) the district keeps its number.
    pub steady: fn(up: bool, steps: &str) -> String,
}

impl WhyTexts {
    /// How a number came about, as a sentence.
    #[must_use]
    pub fn explanation(&self, e: &Explanation, step: u64) -> String {
        (self.reason)(&e.reason, &decimal(e.exact_persons(step)), step)
    }

    /// The method's rule for a district, with the numbers that decide it: its base, the step,
    /// and its quota in the split. `None` when it is fixed (locked or at a bound).
    #[must_use]
    pub fn rule(&self, rule: &Rule, base: u64, step: u64, quota: Quota) -> Option<String> {
        let w = &self.rule_words;
        match *rule {
            Rule::Fixed => None,
            Rule::Remainder { rank, of, extra } => Some(if rank == 0 {
                (w.no_remainder)(&grouped(extra))
            } else {
                let outcome = if rank as u64 <= extra {
                    w.gets_step
                } else {
                    w.gets_none
                };
                (w.remainder)(
                    &grouped(extra),
                    &grouped(rank as u64),
                    &grouped(of as u64),
                    outcome,
                )
            }),
            Rule::Divisor { low, high } => {
                let shown = high.map_or(low * 1.01, |h| (low + h) / 2.0);
                let range = match high {
                    Some(high) => (w.between)(&decimal(low), &decimal(high)),
                    None => (w.at_least)(&decimal(low)),
                };
                Some((w.divisor)(
                    &grouped(step),
                    &range,
                    &grouped(base),
                    &decimal(shown),
                    &decimal(base as f64 / shown),
                    &q(quota),
                ))
            }
        }
    }

    /// What would flip a district's number: its base, and its quota in the split.
    #[must_use]
    pub fn flips(&self, detail: &Detail, base: u64, quota: Quota) -> Vec<String> {
        let w = &self.flip_words;
        let total = |change: Option<(Quota, Quota)>, up: bool| match change {
            Some((total, after)) => {
                let against = (after < quota) == up;
                (w.total)(
                    up,
                    &q(total),
                    &q(after),
                    if against { w.paradox } else { "" },
                )
            }
            None => (w.steady)(up, &grouped(MAX_TOTAL_STEPS)),
        };
        vec![
            detail.gain_base.map_or_else(
                || w.no_gain.to_owned(),
                |gain| (w.gain)(&grouped(gain), &grouped(gain - base)),
            ),
            detail.lose_base.map_or_else(
                || w.no_lose.to_owned(),
                |lose| (w.lose)(&grouped(lose), &grouped(base - lose)),
            ),
            total(detail.total_up, true),
            total(detail.total_down, false),
        ]
    }
}
