//! Share links: a workspace as a short, URL-safe text that reopens exactly the same numbers.
//!
//! A link is `v1.` followed by URL-safe base64 (no padding) of a postcard-encoded [`Patch`]:
//! only what differs from the built-in 2021 plan, so the unchanged default is a handful of
//! characters. Actuals travel as a presence bitmap plus monthly increments (small numbers,
//! short varints); the generated sample data travels as one flag. Every way a link can be
//! broken — not base64, truncated, tampered, from a newer version, too long — is a
//! [`LinkError`]; decoding never panics and never allocates beyond the link's size.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::matrix::MatrixSettings;
use crate::simulate::actuals::{sample, Months, MONTHS};
use crate::simulate::supervision::Supervision;
use crate::simulate::Actuals;
use crate::workspace::{MetricRules, Simulation, Workspace};
use crate::{Department, District, Metric, Name, OtherTargets, Quota};

/// The link format written now.
pub const VERSION: u8 = 1;
/// The longest link text decoded (a longer one is refused before any work).
pub const MAX_LINK_CHARS: usize = 200_000;

/// Why a link could not be opened.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum LinkError {
    /// Nothing after the `#`.
    #[error("the link is empty")]
    Empty,
    /// Not a Quota Planner link at all.
    #[error("not a Quota Planner link")]
    NotALink,
    /// Made by a newer version of the app.
    #[error("made by a newer version (format {found}, this app reads up to {supported})")]
    FutureVersion {
        /// The link's format version.
        found: u32,
        /// The newest this app reads.
        supported: u32,
    },
    /// Longer than any link the app writes.
    #[error("too long ({chars} characters)")]
    TooLong {
        /// Its length.
        chars: usize,
    },
    /// Characters that are not URL-safe base64: cut or altered in transit.
    #[error("damaged: it contains characters a link cannot have")]
    BadCharacters,
    /// The data ends early or does not decode: truncated or tampered with.
    #[error("damaged: it was cut short or altered")]
    Corrupt,
    /// It decodes, but into numbers that do not form a valid plan.
    #[error("its numbers do not form a valid plan")]
    Invalid,
}

/// The plan's descriptive fields, when they differ from the 2021 plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Meta {
    title: Name,
    issuer: Name,
    document: String,
    year: u16,
    department_metric: u32,
    other: OtherTargets,
}

/// Quotas: a few changed cells of the default shape, or every cell of another shape.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
enum Quotas {
    /// (metric, district, value) where the default-shaped plan differs from 2021.
    Changes(Vec<(u32, u32, u64)>),
    /// Every quota, metric by metric.
    Full(Vec<Vec<u64>>),
}

/// Actuals: none, the sample data, or a presence bitmap and the monthly increments.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
enum ActualsPatch {
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
struct Patch {
    meta: Option<Meta>,
    districts: Option<Vec<Name>>,
    metrics: Option<Vec<(Name, Option<u32>)>>,
    departments: Option<Vec<Department>>,
    quotas: Quotas,
    rules: Vec<(u32, MetricRules)>,
    actuals: ActualsPatch,
    simulation: Option<Simulation>,
}

/// Rows of monthly counts, packed by [`pack`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
struct Packed {
    rows: u32,
    present: Vec<u8>,
    steps: Vec<u64>,
}

/// The departments', manufacturing and countable series: the link's third optional tail,
/// after the matrix and the supervision settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Units {
    departments: Packed,
    manufacturing: Packed,
    countable: Packed,
}

/// What follows the patch in a link when it is not the default: added after format 1 was
/// released, as an optional tail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Extension {
    matrix: MatrixSettings,
}

fn index(value: usize) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

/// The link text (without `#`) for `workspace`.
#[must_use]
pub fn encode(workspace: &Workspace) -> String {
    let base = Workspace::default_2021();
    let plan = &workspace.plan;
    let meta = Meta {
        title: plan.title.clone(),
        issuer: plan.issuer.clone(),
        document: plan.document.clone(),
        year: plan.year,
        department_metric: index(plan.department_metric),
        other: plan.other.clone(),
    };
    let base_meta = Meta {
        title: base.plan.title.clone(),
        issuer: base.plan.issuer.clone(),
        document: base.plan.document.clone(),
        year: base.plan.year,
        department_metric: index(base.plan.department_metric),
        other: base.plan.other.clone(),
    };
    let districts: Vec<Name> = plan.districts.iter().map(|d| d.name.clone()).collect();
    let base_districts: Vec<Name> = base.plan.districts.iter().map(|d| d.name.clone()).collect();
    let metrics: Vec<(Name, Option<u32>)> = plan
        .metrics
        .iter()
        .map(|m| (m.name.clone(), m.parent.map(index)))
        .collect();
    let base_metrics: Vec<(Name, Option<u32>)> = base
        .plan
        .metrics
        .iter()
        .map(|m| (m.name.clone(), m.parent.map(index)))
        .collect();
    let quotas = if plan.same_shape(&base.plan) {
        let mut changes = Vec::new();
        for (m, (a, b)) in plan.metrics.iter().zip(&base.plan.metrics).enumerate() {
            for (d, (x, y)) in a.quotas.iter().zip(&b.quotas).enumerate() {
                if x != y {
                    changes.push((index(m), index(d), x.get()));
                }
            }
        }
        Quotas::Changes(changes)
    } else {
        Quotas::Full(
            plan.metrics
                .iter()
                .map(|m| m.quotas.iter().map(|q| q.get()).collect())
                .collect(),
        )
    };
    let default_rules = MetricRules::new(plan.districts.len());
    let rules = workspace
        .rules
        .iter()
        .enumerate()
        .filter(|(_, r)| **r != default_rules)
        .map(|(m, r)| (index(m), r.clone()))
        .collect();
    let patch = Patch {
        meta: (meta != base_meta).then_some(meta),
        districts: (districts != base_districts).then_some(districts),
        metrics: (metrics != base_metrics).then_some(metrics),
        departments: (plan.departments != base.plan.departments).then(|| plan.departments.clone()),
        quotas,
        rules,
        actuals: encode_actuals(workspace),
        simulation: (workspace.simulation != Simulation::default())
            .then(|| workspace.simulation.clone()),
    };
    let mut bytes = postcard::to_allocvec(&patch).unwrap_or_default();
    // The matrix settings follow the patch only when they differ from the default (or the
    // supervision settings follow them), so links made before the matrix existed (nothing
    // after the patch) still decode, and the default plan's link stays as short as it was. The
    // supervision settings come last, on the same terms.
    // The departments' and the other counted series come last of all.
    let units = encode_units(workspace);
    let supervision = units.is_some() || workspace.supervision != Supervision::default();
    if supervision || workspace.matrix != MatrixSettings::default() {
        let extension = Extension {
            matrix: workspace.matrix.clone(),
        };
        bytes.extend(postcard::to_allocvec(&extension).unwrap_or_default());
    }
    if supervision {
        bytes.extend(postcard::to_allocvec(&workspace.supervision).unwrap_or_default());
    }
    if let Some(units) = units {
        bytes.extend(postcard::to_allocvec(&units).unwrap_or_default());
    }
    format!("v{VERSION}.{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// The flag bit on a step that restates a value because the cumulative count went down.
const RESTATED: u64 = 1;

fn encode_actuals(workspace: &Workspace) -> ActualsPatch {
    let actuals = &workspace.actuals;
    if actuals.cumulative.is_empty() {
        return ActualsPatch::None;
    }
    if actuals.sample && *actuals == sample(&workspace.plan) {
        return ActualsPatch::Sample;
    }
    let packed = pack(actuals.cumulative.iter().flatten());
    ActualsPatch::Reported {
        present: packed.present,
        steps: packed.steps,
    }
}

/// The departments', manufacturing and countable series, when any is entered and the actuals
/// are not the sample (which carries its own).
fn encode_units(workspace: &Workspace) -> Option<Units> {
    let actuals = &workspace.actuals;
    let sample = matches!(encode_actuals(workspace), ActualsPatch::Sample);
    (!sample && actuals.has_units()).then(|| Units {
        departments: pack(actuals.departments.iter()),
        manufacturing: pack(actuals.manufacturing.iter()),
        countable: pack(actuals.countable.iter()),
    })
}

/// Rows of months as a presence bitmap and steps: one bit per (row, month) that has a report;
/// then, for each reported month in order, its increment over the previous report of the
/// same row (or the value itself, with a flag bit set, where the cumulative count went down).
fn pack<'a>(rows: impl Iterator<Item = &'a Months>) -> Packed {
    let mut packed = Packed::default();
    let mut bit = 0usize;
    for months in rows {
        packed.rows = packed.rows.saturating_add(1);
        let mut previous = 0u64;
        for value in months {
            if bit.is_multiple_of(8) {
                packed.present.push(0u8);
            }
            if let (Some(v), Some(byte)) = (value, packed.present.last_mut()) {
                *byte |= 1 << (bit % 8);
                let v = v.get();
                // Steps are doubled so the low bit can mark a restated (lower) value.
                packed.steps.push(match v.checked_sub(previous) {
                    Some(step) => step.saturating_mul(2),
                    None => v.saturating_mul(2) | RESTATED,
                });
                previous = v;
            }
            bit += 1;
        }
    }
    packed
}

/// The rows [`pack`] packed, `rows` of them.
fn unpack(rows: usize, present: &[u8], steps: &[u64]) -> Result<Vec<Months>, LinkError> {
    let cells = rows.checked_mul(MONTHS).ok_or(LinkError::Invalid)?;
    if present.len() != cells.div_ceil(8) || steps.len() > cells {
        return Err(LinkError::Invalid);
    }
    let mut steps = steps.iter();
    let mut unpacked = vec![[None; MONTHS]; rows];
    let mut bit = 0usize;
    for months in &mut unpacked {
        let mut previous = 0u64;
        for slot in months.iter_mut() {
            if present[bit / 8] & (1 << (bit % 8)) != 0 {
                let step = *steps.next().ok_or(LinkError::Invalid)?;
                let value = if step & RESTATED == 0 {
                    previous.checked_add(step / 2).ok_or(LinkError::Invalid)?
                } else {
                    step / 2
                };
                *slot = Some(Quota::new(value));
                previous = value;
            }
            bit += 1;
        }
    }
    if steps.next().is_some() {
        return Err(LinkError::Invalid);
    }
    Ok(unpacked)
}

/// The workspace a link text (without `#`) describes.
pub fn decode(text: &str) -> Result<Workspace, LinkError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(LinkError::Empty);
    }
    if text.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLong { chars: text.len() });
    }
    let (version, body) = text.split_once('.').ok_or(LinkError::NotALink)?;
    // Any number of digits: `v999` is a newer version, not something else.
    let digits = version.strip_prefix('v').ok_or(LinkError::NotALink)?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(LinkError::NotALink);
    }
    let version: u32 = digits.parse().unwrap_or(u32::MAX);
    if version > u32::from(VERSION) {
        return Err(LinkError::FutureVersion {
            found: version,
            supported: u32::from(VERSION),
        });
    }
    if version == 0 {
        return Err(LinkError::NotALink);
    }
    if !body
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(LinkError::BadCharacters);
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(body)
        .map_err(|_| LinkError::Corrupt)?;
    let (patch, rest): (Patch, &[u8]) =
        postcard::take_from_bytes(&bytes).map_err(|_| LinkError::Corrupt)?;
    let mut workspace = apply(patch)?;
    if !rest.is_empty() {
        let (extension, rest): (Extension, &[u8]) =
            postcard::take_from_bytes(rest).map_err(|_| LinkError::Corrupt)?;
        if extension.matrix.step == 0 {
            return Err(LinkError::Invalid);
        }
        workspace.matrix = extension.matrix;
        if !rest.is_empty() {
            let (supervision, rest): (Supervision, &[u8]) =
                postcard::take_from_bytes(rest).map_err(|_| LinkError::Corrupt)?;
            workspace.supervision = supervision;
            if !rest.is_empty() {
                let (units, rest): (Units, &[u8]) =
                    postcard::take_from_bytes(rest).map_err(|_| LinkError::Corrupt)?;
                if !rest.is_empty() {
                    return Err(LinkError::Corrupt);
                }
                let actuals = &mut workspace.actuals;
                // The app writes these series only beside its own actuals (the sample carries
                // its own) and only when one of them holds a count: anything else is not a
                // link it made, and would not reopen as the same workspace.
                if actuals.sample {
                    return Err(LinkError::Invalid);
                }
                actuals.departments = units.departments.unpack()?;
                actuals.manufacturing = units.manufacturing.unpack()?;
                actuals.countable = units.countable.unpack()?;
                if !actuals.has_units() {
                    return Err(LinkError::Invalid);
                }
                actuals
                    .validate(&workspace.plan)
                    .map_err(|_| LinkError::Invalid)?;
            }
        }
    }
    Ok(workspace)
}

fn apply(patch: Patch) -> Result<Workspace, LinkError> {
    let mut workspace = Workspace::default_2021();
    let plan = &mut workspace.plan;
    if let Some(meta) = patch.meta {
        plan.title = meta.title;
        plan.issuer = meta.issuer;
        plan.document = meta.document;
        plan.year = meta.year;
        plan.department_metric = meta.department_metric as usize;
        plan.other = meta.other;
    }
    if let Some(names) = patch.districts {
        plan.districts = names.into_iter().map(|name| District { name }).collect();
    }
    if let Some(metrics) = patch.metrics {
        plan.metrics = metrics
            .into_iter()
            .map(|(name, parent)| Metric {
                name,
                parent: parent.map(|p| p as usize),
                quotas: Vec::new(),
            })
            .collect();
    }
    if let Some(departments) = patch.departments {
        plan.departments = departments;
    }
    let (districts, metric_count) = (plan.districts.len(), plan.metrics.len());
    match patch.quotas {
        Quotas::Changes(changes) => {
            for (m, d, v) in changes {
                let slot = plan
                    .metrics
                    .get_mut(m as usize)
                    .and_then(|m| m.quotas.get_mut(d as usize));
                *slot.ok_or(LinkError::Invalid)? = Quota::new(v);
            }
        }
        Quotas::Full(columns) => {
            if columns.len() != metric_count {
                return Err(LinkError::Invalid);
            }
            for (metric, column) in plan.metrics.iter_mut().zip(columns) {
                metric.quotas = column.into_iter().map(Quota::new).collect();
            }
        }
    }
    workspace.rules = vec![MetricRules::new(districts); metric_count];
    for (m, rules) in patch.rules {
        *workspace
            .rules
            .get_mut(m as usize)
            .ok_or(LinkError::Invalid)? = rules;
    }
    if let Some(simulation) = patch.simulation {
        workspace.simulation = simulation;
    }
    // The plan's shape first: the actuals are built to it.
    workspace.plan.validate().map_err(|_| LinkError::Invalid)?;
    workspace.actuals = match patch.actuals {
        ActualsPatch::None => Actuals::default(),
        ActualsPatch::Sample => sample(&workspace.plan),
        ActualsPatch::Reported { present, steps } => {
            decode_actuals(metric_count, districts, &present, &steps)?
        }
    };
    workspace.validate().map_err(|_| LinkError::Invalid)?;
    Ok(workspace)
}

fn decode_actuals(
    metrics: usize,
    districts: usize,
    present: &[u8],
    steps: &[u64],
) -> Result<Actuals, LinkError> {
    let rows = metrics.checked_mul(districts).ok_or(LinkError::Invalid)?;
    let flat = unpack(rows, present, steps)?;
    let cumulative = if districts == 0 {
        vec![Vec::new(); metrics]
    } else {
        flat.chunks(districts).map(<[Months]>::to_vec).collect()
    };
    Ok(Actuals {
        cumulative,
        ..Actuals::default()
    })
}

impl Packed {
    fn unpack(&self) -> Result<Vec<Months>, LinkError> {
        unpack(self.rows as usize, &self.present, &self.steps)
    }
}
