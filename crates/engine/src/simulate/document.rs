//! The 通报 (monthly bulletin document): the facts its text is written from, one metric at a
//! time — the city against schedule, who is ahead and who behind and by how much, the ranking,
//! the lights and 督办. The sentences are the app's (in the interface language); here are only
//! the numbers, so both languages say the same thing. The header the planner types is a
//! setting of the supervision ([`DocumentHeader`](super::supervision::DocumentHeader)), kept
//! with the others in the scenario.

use crate::simulate::bulletin::{bulletin_against, Bulletin, Status};
use crate::simulate::supervision::{Light, LightsGrid, Phasing};
use crate::simulate::{Actuals, Month};
use crate::{EngineError, MetricId, Plan, Quota};

/// One district in the document's lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Standing {
    /// The district.
    pub district: usize,
    /// Its completion rate, in tenths of a percent.
    pub rate_permille: u64,
    /// Persons ahead of (+) or behind (−) time progress.
    pub gap: i128,
}

/// What the document says about one metric.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MetricFacts {
    /// The metric.
    pub metric: MetricId,
    /// The month reported on.
    pub month: Month,
    /// The city's quota and what is done.
    pub quota: Quota,
    /// Done by the end of the month.
    pub done: Quota,
    /// The city's completion rate, in tenths of a percent.
    pub rate_permille: u64,
    /// The city's schedule (time progress, or its cumulative phased target), in tenths of a
    /// percent.
    pub schedule_permille: u64,
    /// Whether the schedule is the phased targets (序时进度) rather than time progress.
    pub phased: bool,
    /// Districts ahead of schedule, best first.
    pub ahead: Vec<Standing>,
    /// Districts behind schedule, furthest behind first.
    pub behind: Vec<Standing>,
    /// The ranking by completion rate, best first (districts that reported).
    pub ranking: Vec<usize>,
    /// Districts with a red light at the month, and with a yellow one.
    pub red: Vec<usize>,
    /// Yellow at the month.
    pub yellow: Vec<usize>,
    /// Districts flagged 督办.
    pub supervise: Vec<usize>,
    /// Districts escalated to 约谈.
    pub interview: Vec<usize>,
    /// Districts that have not reported.
    pub unreported: Vec<usize>,
    /// The bulletin the facts are read from, for the document's table.
    pub bulletin: Bulletin,
}

/// The facts of `metric` at `month`, with the lights when they could be worked out.
pub fn facts(
    plan: &Plan,
    actuals: &Actuals,
    metric: MetricId,
    month: Month,
    band_permille: u64,
    lights: Option<&LightsGrid>,
    phasing: Option<&Phasing>,
) -> Result<MetricFacts, EngineError> {
    let report = bulletin_against(plan, actuals, metric, month, band_permille, phasing)?;
    let standing = |l: &crate::simulate::bulletin::Line| Standing {
        district: l.district.unwrap_or_default(),
        rate_permille: l.completion_permille.unwrap_or(1_000),
        gap: l.gap,
    };
    let mut ahead: Vec<Standing> = report
        .lines
        .iter()
        .filter(|l| l.status == Status::Ahead)
        .map(standing)
        .collect();
    crate::support::order::sort_by_key(&mut ahead, |a| std::cmp::Reverse(a.rate_permille));
    let mut behind: Vec<Standing> = report
        .lines
        .iter()
        .filter(|l| l.status == Status::Behind)
        .map(standing)
        .collect();
    crate::support::order::sort_by_key(&mut behind, |b| b.rate_permille);
    let mut ranked: Vec<&crate::simulate::bulletin::Line> =
        report.lines.iter().filter(|l| l.rank > 0).collect();
    crate::support::order::sort_by_key(&mut ranked, |l| (l.rank, l.district));
    let at = |wanted: Light| -> Vec<usize> {
        lights.map_or_else(Vec::new, |grid| {
            grid.lines
                .iter()
                .filter(|l| l.lights.last() == Some(&wanted))
                .map(|l| l.unit)
                .collect()
        })
    };
    Ok(MetricFacts {
        metric,
        month,
        quota: report.city.quota,
        done: report.city.done,
        rate_permille: report.city.completion_permille.unwrap_or(1_000),
        schedule_permille: report.city.schedule_permille.unwrap_or(1_000),
        phased: report.phased,
        ahead,
        behind,
        ranking: ranked.iter().filter_map(|l| l.district).collect(),
        red: at(Light::Red),
        yellow: at(Light::Yellow),
        supervise: lights.map_or_else(Vec::new, |grid| {
            grid.lines
                .iter()
                .filter(|l| l.supervise)
                .map(|l| l.unit)
                .collect()
        }),
        interview: lights.map_or_else(Vec::new, |grid| {
            grid.lines
                .iter()
                .filter(|l| l.interview)
                .map(|l| l.unit)
                .collect()
        }),
        unreported: report.unreported.clone(),
        bulletin: report,
    })
}
