//! Apportionment speed at 14, 3,000 and 100,000 regions for every method (`make bench`).
//! Goals, native: 3,000 regions under 1 ms, 100,000 under 50 ms.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use quota_engine::apportion::{allocate, Method, Rules};
use quota_engine::Quota;

/// Deterministic, uneven weights (a simple LCG), like district sizes.
fn weights(n: usize) -> Vec<u64> {
    let mut state: u64 = 0x2021_0032;
    (0..n)
        .map(|_| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            1_000 + (state >> 40) % 50_000
        })
        .collect()
}

fn apportion(c: &mut Criterion) {
    let mut group = c.benchmark_group("allocate");
    for n in [14usize, 3_000, 100_000] {
        let w = weights(n);
        // About 100 units per region at step 100: a realistic, tie-prone round total.
        let total = Quota::new(n as u64 * 100 * 100);
        let rules = Rules::with_step(100);
        for method in Method::ALL {
            group.bench_with_input(BenchmarkId::new(format!("{method:?}"), n), &w, |b, w| {
                b.iter(|| allocate(black_box(total), black_box(w), &rules, method));
            });
        }
    }
    group.finish();
}

criterion_group!(benches, apportion);
criterion_main!(benches);
