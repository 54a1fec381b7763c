//! English: how a metric is split: its rules, the methods compared, ties and paradoxes.

use quota_engine::apportion::{Method, Paradox};
use quota_engine::Plan;

use super::L;
use crate::i18n::rules::{BaseKind, RulesTexts};
use crate::i18n::{district_name as dn, grouped as g, q};

pub(super) const TEXTS: RulesTexts = RulesTexts {
    heading: "Split rules",
    method: "Method",
    base: "Base",
    blend_percent: "Share of current quotas (%)",
    reapportion: "Split again by the rules",
    bounds_heading: "District bounds",
    minimum: "Min",
    maximum: "Max",
    method_name,
    base_name,
    compare_heading: "Method comparison",
    gallagher: "Gallagher index (points)",
    largest_deviation: "Largest deviation from the exact share (persons)",
    disproportion_note: "The Gallagher index measures how far the shares the districts get stray from their exact shares overall (0 is perfectly proportional); the largest deviation is the farthest any one district is from its exact share, in persons.",
    compare_only_differences,
    tie_heading: "Tie",
    tie,
    give_tie_to,
    paradox_heading: "Apportionment paradox",
    paradox,
};

fn compare_only_differences(count: usize) -> String {
    format!("A large plan: listing only the {count} districts the methods split differently (at most 100).")
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

fn method_name(method: Method) -> &'static str {
    match method {
        Method::LargestRemainder => "Largest remainder",
        Method::DHondt => "D'Hondt / Jefferson",
        Method::SainteLague => "Sainte-Laguë / Webster",
        Method::HuntingtonHill => "Huntington–Hill",
        Method::Adams => "Adams",
        Method::Dean => "Dean",
    }
}

fn base_name(base: BaseKind) -> &'static str {
    match base {
        BaseKind::Current => "Current quotas",
        BaseKind::Equal => "Equal shares",
        BaseKind::Custom => "Custom weights",
        BaseKind::Blend => "Blend",
    }
}
