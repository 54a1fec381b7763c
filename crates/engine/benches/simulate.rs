//! Monte Carlo speed: 10,000 paths × 14 districts × 3 metrics, forecast from June (six months
//! simulated) and from January (eleven), natively. The page figure is measured by Playwright.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use quota_engine::default_plan::plan_2021;
use quota_engine::simulate::actuals::sample;
use quota_engine::simulate::forecast::{forecast, Settings};
use quota_engine::simulate::Month;

fn monte_carlo(c: &mut Criterion) {
    let plan = plan_2021();
    let actuals = sample(&plan);
    let settings = Settings::default();
    for (name, month) in [("june", 6), ("january", 1)] {
        let Ok(month) = Month::new(month) else { return };
        c.bench_function(&format!("forecast/10000x14x3/{name}"), |b| {
            b.iter(|| {
                for (metric, m) in plan.metrics.iter().enumerate() {
                    let _ = black_box(forecast(
                        &plan, &m.quotas, &actuals, metric, month, &settings,
                    ));
                }
            });
        });
    }
}

criterion_group!(benches, monte_carlo);
criterion_main!(benches);
