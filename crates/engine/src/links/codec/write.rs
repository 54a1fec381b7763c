//! Writing a share link: the [`Patch`] of what differs from the 2021 plan, then the tails
//! only when they are not the default, so the unchanged plan's link stays a handful of
//! characters and links made before a tail existed still decode.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;

use super::packed::pack;
use super::patch::{index, ActualsPatch, Extension, Meta, Patch, Quotas, Units};
use super::VERSION;
use crate::matrix::MatrixSettings;
use crate::simulate::actuals::sample;
use crate::simulate::supervision::Supervision;
use crate::workspace::{MetricRules, Simulation, Workspace};
use crate::Name;

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
