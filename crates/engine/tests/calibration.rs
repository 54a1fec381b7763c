//! Do the forecast's ranges hold? Histories are generated from known processes, forecast from
//! March, June and September, and checked against what really happened at year end:
//!
//! - P10–P90 must contain the real year-end in 80 % ± 5 % of districts, for every process and
//!   every month forecast from;
//! - the stated chance of reaching the quota must match how often the quota was reached: within
//!   3 points on average over the tenths of stated chances that hold enough districts to tell
//!   (300), and within 5 points in every such tenth for the model's own process. The two other
//!   processes have the shapes the model does not assume and miss that in their lowest tenth
//!   (10–20 % stated): by up to 8 points with two humps of year-end push, by up to 6 with
//!   stalls; the test holds them there, so that a change for the worse fails.
//!
//! The processes (14 districts, quotas within ±15 % of what each can do, the seasonal profile
//! the forecast uses, monthly spreads of 5–35 %, a city-wide monthly shock, and a pace that may
//! drift for the rest of the year as the model allows):
//! - **steady**: the model's own assumptions, including a year-end push that differs by
//!   district (log-normal);
//! - **Q4 push** (年底冲刺): in October–December half of the districts push 16–57 % harder
//!   than the profile says and the other half fall 14–36 % short — two humps, not the model's
//!   one;
//! - **stall**: a third of the districts have nearly stopped (0–30 % of their pace) from a
//!   month between February and two months before the month forecast from; the forecast must
//!   read the stall from the months so far rather than from the year's average. (A stall seen
//!   in one month only, or a slowdown to half, is not told apart from noise: the ranges of such
//!   districts are too narrow, which is what the backtest on the forecast screen shows.)
//!
//! The model before this test (each district's pace taken as known, only month-to-month noise)
//! is run on the same histories, and must fail: that is what made its ranges ±2 %.

use quota_engine::default_plan::plan_2021;
use quota_engine::simulate::forecast::{forecast, Forecast, Settings, SPRING_FESTIVAL};
use quota_engine::simulate::{Actuals, Month};
use quota_engine::{Plan, Quota};
use quota_paths::{quantile, reaching, Model, Run};
use rand_core::SeedableRng;
use rand_distr::{Distribution, Open01, StandardNormal};
use rand_pcg::Pcg64Mcg;

const DISTRICTS: usize = 14;
const MONTHS: usize = 12;
const HISTORIES: usize = 300;
const PATHS: u32 = 500;
const PROFILE: [u32; MONTHS] = SPRING_FESTIVAL;

/// What the planner would see from the model: P10, P90 and the chance of reaching the quota.
struct Stated {
    p10: f64,
    p90: f64,
    chance: f64,
}

#[derive(Clone, Copy, Debug)]
enum Process {
    Steady,
    Q4Push,
    Stall,
}

/// One generated year: every district's cumulative count at each month's end, and its quota.
struct Year {
    cumulative: Vec<[u64; MONTHS]>,
    quotas: Vec<Quota>,
}

fn uniform(rng: &mut Pcg64Mcg, low: f64, high: f64) -> f64 {
    let u: f64 = Open01.sample(rng);
    low + (high - low) * u
}

fn normal(rng: &mut Pcg64Mcg) -> f64 {
    StandardNormal.sample(rng)
}

/// The share of the year's seasonal weight after month `from` (1-based).
fn year_left(from: usize) -> f64 {
    let total: u32 = PROFILE.iter().sum();
    f64::from(PROFILE[from..].iter().sum::<u32>()) / f64::from(total)
}

fn generate(process: Process, from: usize, rng: &mut Pcg64Mcg) -> Year {
    let shocks: Vec<f64> = (0..MONTHS).map(|_| 0.05 * normal(rng)).collect();
    // The steady process changes pace after the forecast month exactly as the model assumes.
    let left = year_left(from).sqrt();
    let common = (0.10 * left * normal(rng)).exp();
    let mut cumulative = Vec::with_capacity(DISTRICTS);
    let mut quotas = Vec::with_capacity(DISTRICTS);
    for _ in 0..DISTRICTS {
        let pace = uniform(rng, 100.0, 1_000.0);
        let cv = uniform(rng, 0.05, 0.35);
        let mut multiplier = [1.0; MONTHS];
        let mut set_from = |from: usize, factor: f64| {
            for slot in &mut multiplier[from..] {
                *slot *= factor;
            }
        };
        // Every process drifts as the model allows; they differ in the year-end push and
        // in stalls.
        set_from(from, common * (0.30 * left * normal(rng)).exp());
        match process {
            Process::Steady => set_from(9, (0.35 * normal(rng)).exp()),
            Process::Q4Push => {
                let size = uniform(rng, 0.15, 0.45);
                let sign = if uniform(rng, 0.0, 1.0) < 0.5 {
                    -1.0
                } else {
                    1.0
                };
                set_from(9, (sign * size).exp());
            }
            Process::Stall => {
                set_from(9, (0.35 * normal(rng)).exp());
                if uniform(rng, 0.0, 1.0) < 1.0 / 3.0 {
                    // A stall the months so far show for at least two months.
                    let month = uniform(rng, 1.0, (from - 1) as f64) as usize;
                    set_from(month, uniform(rng, 0.0, 0.3));
                }
            }
        }
        let mut done = 0u64;
        let mut months = [0u64; MONTHS];
        for k in 0..MONTHS {
            let expected = pace * f64::from(PROFILE[k]) * multiplier[k];
            let step = (expected * (1.0 + cv * normal(rng) + shocks[k])).max(0.0);
            done += step.round() as u64;
            months[k] = done;
        }
        cumulative.push(months);
        // The plan's quota knows nothing of the year to come: the steady pace, give or take.
        let expected_year = pace * f64::from(PROFILE.iter().sum::<u32>());
        quotas.push(Quota::new(
            (expected_year * uniform(rng, 0.85, 1.15)).round() as u64,
        ));
    }
    Year { cumulative, quotas }
}

/// The actuals a planner has at the end of month `from`.
fn reported(plan: &Plan, year: &Year, from: usize) -> Actuals {
    let mut actuals = Actuals::empty(plan);
    for (d, months) in year.cumulative.iter().enumerate() {
        for (slot, &value) in actuals.cumulative[0][d].iter_mut().zip(&months[..from]) {
            *slot = Some(Quota::new(value));
        }
    }
    actuals
}

fn settings() -> Settings {
    Settings {
        profile: PROFILE,
        paths: PATHS,
        ..Settings::default()
    }
}

/// The forecast as the engine makes it.
fn engine(plan: &Plan, year: &Year, from: usize, seed: u64) -> Vec<Stated> {
    let actuals = reported(plan, year, from);
    let month = Month::new(u8::try_from(from).unwrap_or(6)).unwrap_or(Month::JUNE);
    let settings = Settings { seed, ..settings() };
    let mut plan = plan.clone();
    plan.metrics[0].quotas.clone_from(&year.quotas);
    let lines: Vec<Forecast> =
        forecast(&plan, &year.quotas, &actuals, 0, month, &settings).unwrap_or_default();
    lines
        .iter()
        .filter(|f| f.district.is_some())
        .map(|f| Stated {
            p10: f.p10.get() as f64,
            p90: f.p90.get() as f64,
            chance: f.probability,
        })
        .collect()
}

/// The model before this test: the pace so far taken as known, each month's result spread by
/// the district's own monthly variation (or 15 % with fewer than three months).
fn known_pace(year: &Year, from: usize, seed: u64) -> Vec<Stated> {
    let so_far: f64 = PROFILE[..from].iter().map(|&w| f64::from(w)).sum();
    let models: Vec<Model> = year
        .cumulative
        .iter()
        .map(|months| {
            let done = months[from - 1] as f64;
            let pace = done / so_far;
            let steps: Vec<f64> = (0..from)
                .map(|k| {
                    let before = if k == 0 { 0 } else { months[k - 1] };
                    (months[k] - before) as f64 / (pace * f64::from(PROFILE[k])) - 1.0
                })
                .collect();
            let cv = if from >= 3 && pace > 0.0 {
                let mean = steps.iter().sum::<f64>() / steps.len() as f64;
                (steps.iter().map(|r| (r - mean).powi(2)).sum::<f64>() / (steps.len() - 1) as f64)
                    .sqrt()
            } else {
                0.15
            };
            Model {
                done,
                pace,
                pace_spread: 0.0,
                drift: 0.0,
                push: 0.0,
                cv,
                cv_doubt: 0.0,
                multiplier: [1.0; MONTHS],
                first_month: from,
                alternative: None,
            }
        })
        .collect();
    let (ends, _) = quota_paths::simulate(&Run {
        models: &models,
        paths: PATHS as usize,
        seed,
        shock: 0.0,
        common_drift: 0.0,
        first_month: from,
        end_month: MONTHS,
        profile: &PROFILE,
    });
    ends.into_iter()
        .zip(&year.quotas)
        .map(|(mut ends, quota)| Stated {
            chance: reaching(&ends, quota.get() as f64) as f64 / ends.len() as f64,
            p10: quantile(&mut ends, 0.1).unwrap_or(0.0).round(),
            p90: quantile(&mut ends, 0.9).unwrap_or(0.0).round(),
        })
        .collect()
}

/// What a model said and what happened, over many generated years.
#[derive(Default)]
struct Record {
    cases: usize,
    inside: usize,
    /// Per tenth of stated chance: cases, stated chances summed, quotas reached.
    buckets: [(usize, f64, usize); 10],
}

impl Record {
    fn add(&mut self, stated: &Stated, year_end: u64, quota: Quota) {
        let end = year_end as f64;
        self.cases += 1;
        self.inside += usize::from(stated.p10 <= end && end <= stated.p90);
        let bucket = ((stated.chance * 10.0) as usize).min(9);
        let slot = &mut self.buckets[bucket];
        slot.0 += 1;
        slot.1 += stated.chance;
        slot.2 += usize::from(year_end >= quota.get());
    }

    fn coverage(&self) -> f64 {
        self.inside as f64 / self.cases.max(1) as f64
    }

    /// The tenths with at least `min` cases: (tenth, cases, mean stated chance, share reached).
    fn calibration(&self, min: usize) -> Vec<(usize, usize, f64, f64)> {
        self.buckets
            .iter()
            .enumerate()
            .filter(|(_, b)| b.0 >= min)
            .map(|(i, b)| (i, b.0, b.1 / b.0 as f64, b.2 as f64 / b.0 as f64))
            .collect()
    }
}

/// Both models on the same generated years: per month forecast from, and per process overall.
fn run(process: Process) -> ([(Record, Record); 3], Record) {
    let plan = plan_2021();
    let mut by_month: [(Record, Record); 3] = Default::default();
    let mut pooled = Record::default();
    for (slot, from) in [3usize, 6, 9].into_iter().enumerate() {
        let mut rng = Pcg64Mcg::seed_from_u64(0xCA11_B8A7 ^ (from as u64) << 8 ^ process as u64);
        for h in 0..HISTORIES {
            let year = generate(process, from, &mut rng);
            let seed = h as u64;
            let new = engine(&plan, &year, from, seed);
            let old = known_pace(&year, from, seed);
            assert_eq!(new.len(), DISTRICTS, "the engine forecast every district");
            for d in 0..DISTRICTS {
                let end = year.cumulative[d][MONTHS - 1];
                by_month[slot].0.add(&new[d], end, year.quotas[d]);
                by_month[slot].1.add(&old[d], end, year.quotas[d]);
                pooled.add(&new[d], end, year.quotas[d]);
            }
        }
    }
    (by_month, pooled)
}

/// Checks one process; `tenth_tolerance` is how far a tenth of stated chances may be from what
/// happens (the goal is 0.05 everywhere; see the module comment).
fn check(process: Process, tenth_tolerance: f64) {
    let (by_month, pooled) = run(process);
    let mut report = String::new();
    for ((new, old), from) in by_month.iter().zip([3, 6, 9]) {
        report += &format!(
            "{process:?} from month {from}: P10–P90 holds the year-end in {:.1} % (the model \
             before: {:.1} %)\n",
            100.0 * new.coverage(),
            100.0 * old.coverage()
        );
    }
    for (tenth, cases, stated, reached) in pooled.calibration(300) {
        report += &format!(
            "  stated {}–{} %: {cases} districts, {:.1} % stated on average, {:.1} % reached\n",
            tenth * 10,
            tenth * 10 + 10,
            100.0 * stated,
            100.0 * reached
        );
    }
    for (new, old) in &by_month {
        assert!(
            (0.75..=0.85).contains(&new.coverage()),
            "the range must hold in 80 % ± 5 %:\n{report}"
        );
        assert!(
            old.coverage() < 0.6,
            "the model before must fail the same test:\n{report}"
        );
    }
    let buckets = pooled.calibration(300);
    assert!(
        buckets.len() >= 3,
        "too few districts to judge the chances:\n{report}"
    );
    let cases: usize = buckets.iter().map(|b| b.1).sum();
    let average = buckets
        .iter()
        .map(|&(_, n, stated, reached)| n as f64 * (stated - reached).abs())
        .sum::<f64>()
        / cases as f64;
    let worst = buckets
        .iter()
        .map(|&(_, _, stated, reached)| (stated - reached).abs())
        .fold(0.0, f64::max);
    report += &format!("  off by {average:.3} on average, {worst:.3} at worst\n");
    println!("{report}");
    assert!(
        average <= 0.03 && worst <= tenth_tolerance,
        "a stated chance must match how often it happens:\n{report}"
    );
}

#[test]
fn ranges_hold_for_a_steady_district() {
    check(Process::Steady, 0.05);
}

#[test]
fn ranges_hold_with_a_year_end_push() {
    check(Process::Q4Push, 0.08);
}

#[test]
fn ranges_hold_when_districts_stall() {
    check(Process::Stall, 0.06);
}
