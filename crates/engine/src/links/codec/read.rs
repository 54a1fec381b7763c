//! Reading a share link: every way it can be broken is a [`LinkError`], checked before the
//! work it would cost; the patch is applied to the 2021 plan and the result validated whole.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;

use super::packed::unpack;
use super::patch::{ActualsPatch, Extension, Patch, Quotas, Units};
use super::{LinkError, MAX_LINK_CHARS, VERSION};
use crate::simulate::actuals::sample;
use crate::simulate::supervision::Supervision;
use crate::simulate::{Actuals, Months};
use crate::workspace::{MetricRules, Workspace};
use crate::{District, Metric, Quota};

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
