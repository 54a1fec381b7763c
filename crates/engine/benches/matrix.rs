//! Biproportional matrix speed: the 2021 default (13 departments × 14 districts) and a
//! generated 30 × 3,000 table with uneven seeds, natively. Goals: < 1 ms and < 1 s.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use quota_engine::matrix::{biproportional, MatrixProblem, Rounding};
use quota_engine::workspace::Workspace;
use quota_engine::Quota;

/// A deterministic 30 × 3,000 instance: seeds from a small linear congruential sequence,
/// margins as the row and column sums of a table drawn the same way (so it is feasible).
fn large() -> (Vec<Vec<u64>>, Vec<Quota>, Vec<Quota>) {
    let (n, m) = (30, 3_000);
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        state >> 33
    };
    let mut seed = vec![vec![0; m]; n];
    let (mut rows, mut columns) = (vec![0u64; n], vec![0u64; m]);
    for i in 0..n {
        for j in 0..m {
            seed[i][j] = 1 + next() % 1_000;
            let value = next() % 20;
            rows[i] += value;
            columns[j] += value;
        }
    }
    let to = |v: Vec<u64>| v.into_iter().map(Quota::new).collect();
    (seed, to(rows), to(columns))
}

fn matrix(c: &mut Criterion) {
    let workspace = Workspace::default_2021();
    c.bench_function("matrix/13x14/default", |b| {
        b.iter(|| black_box(workspace.department_matrix()));
    });
    let (seed, rows, columns) = large();
    let mut group = c.benchmark_group("matrix/30x3000");
    group.sample_size(10);
    for rounding in Rounding::ALL {
        group.bench_function(format!("{rounding:?}"), |b| {
            b.iter(|| {
                black_box(biproportional(&MatrixProblem {
                    rows: &rows,
                    columns: &columns,
                    seed: Some(&seed),
                    cells: &[],
                    rounding,
                    step: 1,
                }))
            });
        });
    }
    group.finish();
}

criterion_group!(benches, matrix);
criterion_main!(benches);
