//! The rules panel (method, base, step, bounds), the method comparison, the tie notice and the
//! paradox notice: how a metric is split.

use quota_engine::apportion::{Method, Paradox};
use quota_engine::base::Base;
use quota_engine::Plan;

/// What a base is, without its numbers: the choice the rules panel offers and the name it has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BaseKind {
    /// Proportional to the current quotas.
    Current,
    /// Equal shares.
    Equal,
    /// Custom weights.
    Custom,
    /// A blend of two bases.
    Blend,
}

impl From<&Base> for BaseKind {
    fn from(base: &Base) -> Self {
        match base {
            Base::Current => BaseKind::Current,
            Base::Equal => BaseKind::Equal,
            Base::Custom(_) => BaseKind::Custom,
            Base::Blend { .. } => BaseKind::Blend,
        }
    }
}

/// How a metric is split: its rules, the methods compared, ties and paradoxes.
#[derive(Debug)]
pub struct RulesTexts {
    /// Heading of the rules panel.
    pub heading: &'static str,
    /// Method selector label.
    pub method: &'static str,
    /// Base selector label.
    pub base: &'static str,
    /// Label of the blend percentage.
    pub blend_percent: &'static str,
    /// Re-split button.
    pub reapportion: &'static str,
    /// Heading of the bounds panel.
    pub bounds_heading: &'static str,
    /// Minimum label.
    pub minimum: &'static str,
    /// Maximum label.
    pub maximum: &'static str,
    /// The name of a method.
    pub method_name: fn(Method) -> &'static str,
    /// The name of a kind of base.
    pub base_name: fn(BaseKind) -> &'static str,
    /// Heading of the method comparison.
    pub compare_heading: &'static str,
    /// Row: the Gallagher index of each method's split.
    pub gallagher: &'static str,
    /// Row: the largest distance of a quota from its exact share.
    pub largest_deviation: &'static str,
    /// What the two rows mean.
    pub disproportion_note: &'static str,
    /// The note above a comparison of a large plan: how many districts are listed.
    pub compare_only_differences: fn(usize) -> String,
    /// Heading of the tie notice.
    pub tie_heading: &'static str,
    /// The tie sentence: candidates, winners, unit.
    pub tie: fn(&[&str], &[&str], u64) -> String,
    /// The label of a button that gives the tied unit to someone else.
    pub give_tie_to: fn(&str) -> String,
    /// Heading of the paradox notice.
    pub paradox_heading: &'static str,
    /// One paradox the last edit triggered, as a sentence.
    pub paradox: fn(&Paradox, &Plan) -> String,
}
