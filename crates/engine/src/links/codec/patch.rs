//! The shapes a share link carries, as postcard encodes them: a [`Patch`] of what differs
//! from the built-in 2021 plan, and the optional tails added after format 1 (the matrix, the
//! supervision settings, the departments' and other series). Changing one changes the link
//! format.

use serde::{Deserialize, Serialize};

use super::packed::Packed;
use crate::matrix::MatrixSettings;
use crate::workspace::{MetricRules, Simulation};
use crate::{Department, Name, OtherTargets};

/// The plan's descriptive fields, when they differ from the 2021 plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Meta {
    pub(super) title: Name,
    pub(super) issuer: Name,
    pub(super) document: String,
    pub(super) year: u16,
    pub(super) department_metric: u32,
    pub(super) other: OtherTargets,
}

/// Quotas: a few changed cells of the default shape, or every cell of another shape.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(super) enum Quotas {
    /// (metric, district, value) where the default-shaped plan differs from 2021.
    Changes(Vec<(u32, u32, u64)>),
    /// Every quota, metric by metric.
    Full(Vec<Vec<u64>>),
}

/// Actuals: none, the sample data, or a presence bitmap and the monthly increments.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(super) enum ActualsPatch {
    None,
    Sample,
    /// One bit per (metric, district, month) that has a report; then, for each reported month
    /// in order, its increment over the previous report of the same district (or the value
    /// itself, with a flag bit set, where the cumulative count went down).
    Reported {
        present: Vec<u8>,
        steps: Vec<u64>,
    },
}

/// Everything a link carries: the differences from the built-in 2021 plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Patch {
    pub(super) meta: Option<Meta>,
    pub(super) districts: Option<Vec<Name>>,
    pub(super) metrics: Option<Vec<(Name, Option<u32>)>>,
    pub(super) departments: Option<Vec<Department>>,
    pub(super) quotas: Quotas,
    pub(super) rules: Vec<(u32, MetricRules)>,
    pub(super) actuals: ActualsPatch,
    pub(super) simulation: Option<Simulation>,
}

/// The departments', manufacturing and countable series: the link's third optional tail,
/// after the matrix and the supervision settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Units {
    pub(super) departments: Packed,
    pub(super) manufacturing: Packed,
    pub(super) countable: Packed,
}

/// What follows the patch in a link when it is not the default: added after format 1 was
/// released, as an optional tail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Extension {
    pub(super) matrix: MatrixSettings,
}

/// A count or an index as the link stores it.
pub(super) fn index(value: usize) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}
