//! The department × district matrix: published biproportional examples, the 2021 default,
//! infeasible instances, and properties on random feasible instances.

mod common;

use proptest::prelude::*;
use quota_engine::matrix::{
    biproportional, Biproportional, CellRule, MatrixError, MatrixProblem, Place, Rounding,
};
use quota_engine::workspace::Workspace;
use quota_engine::Quota;

fn quotas(values: &[u64]) -> Vec<Quota> {
    values.iter().copied().map(Quota::new).collect()
}

fn solve(
    seed: &[Vec<u64>],
    rows: &[u64],
    columns: &[u64],
    cells: &[Vec<CellRule>],
    rounding: Rounding,
    step: u64,
) -> Result<Biproportional, MatrixError> {
    biproportional(&MatrixProblem {
        rows: &quotas(rows),
        columns: &quotas(columns),
        seed: Some(seed),
        cells,
        rounding,
        step,
    })
}

fn plain(matrix: &Biproportional) -> Vec<Vec<u64>> {
    matrix
        .cells
        .iter()
        .map(|row| row.iter().map(|q| q.get()).collect())
        .collect()
}

/// English Wikipedia, "Biproportional apportionment", specific example (also the `proporz` R
/// package's test): parties A, B, C × regions I, II, III, 20 seats, region seats 7/5/8 and
/// party seats 5/11/4 from the upper apportionment; Sainte-Laguë rounding.
#[test]
fn wikipedia_specific_example() {
    let votes = vec![vec![123, 45, 815], vec![912, 714, 414], vec![312, 255, 215]];
    let seats = solve(&votes, &[5, 11, 4], &[7, 5, 8], &[], Rounding::Webster, 1).unwrap();
    assert_eq!(
        plain(&seats),
        vec![vec![1, 0, 4], vec![4, 4, 3], vec![2, 1, 1]]
    );
}

/// German Wikipedia, "Doppeltproportionales Zuteilungsverfahren": three lists × Wahlkreise
/// A/B/C with 4/5/6 seats, list seats 4/5/6 (votes in hundreds).
#[test]
fn wikipedia_doppelter_pukelsheim_example() {
    let votes = vec![vec![51, 98, 45], vec![60, 100, 120], vec![63, 102, 144]];
    let seats = solve(&votes, &[4, 5, 6], &[4, 5, 6], &[], Rounding::Webster, 1).unwrap();
    assert_eq!(
        plain(&seats),
        vec![vec![1, 2, 1], vec![1, 2, 2], vec![2, 1, 3]]
    );
}

fn row_sums(m: &Biproportional) -> Vec<u64> {
    m.cells
        .iter()
        .map(|r| r.iter().map(|q| q.get()).sum())
        .collect()
}

fn column_sums(m: &Biproportional) -> Vec<u64> {
    let columns = m.cells.first().map_or(0, Vec::len);
    (0..columns)
        .map(|j| m.cells.iter().map(|r| r[j].get()).sum())
        .collect()
}

#[test]
fn default_2021_matrix_meets_both_margins() {
    let workspace = Workspace::default_2021();
    let matrix = workspace.department_matrix().unwrap();
    let rows: Vec<u64> = workspace.matrix_rows().iter().map(|q| q.get()).collect();
    let columns: Vec<u64> = workspace.matrix_columns().iter().map(|q| q.get()).collect();
    assert_eq!(rows.len(), 13);
    assert_eq!(columns.len(), 14);
    assert_eq!(row_sums(&matrix), rows);
    assert_eq!(column_sums(&matrix), columns);
    assert!(matrix
        .cells
        .iter()
        .flatten()
        .all(|q| q.get().is_multiple_of(100)));
}

#[test]
fn infeasible_names_rows_and_columns() {
    // Row 0 may only work in column 0 (others are structural zeros), which has 2 for its 3.
    let cells = vec![
        vec![CellRule::Free, CellRule::Zero, CellRule::Zero],
        vec![CellRule::Free; 3],
    ];
    let seed = vec![vec![1, 1, 1], vec![1, 1, 1]];
    let err = solve(&seed, &[3, 3], &[2, 2, 2], &cells, Rounding::Webster, 1).unwrap_err();
    assert_eq!(
        err,
        MatrixError::Infeasible {
            rows: vec![0],
            columns: vec![0],
            needed: Quota::new(3),
            available: Quota::new(2),
        }
    );
}

#[test]
fn margins_that_disagree_are_reported_not_fixed() {
    let seed = vec![vec![1, 1]];
    let err = solve(&seed, &[5], &[2, 2], &[], Rounding::Webster, 1).unwrap_err();
    assert_eq!(
        err,
        MatrixError::MarginsDisagree {
            rows: Quota::new(5),
            columns: Quota::new(4)
        }
    );
}

#[test]
fn locks_beyond_a_margin_and_off_step_values_are_refused() {
    let seed = vec![vec![1, 1], vec![1, 1]];
    let locked = vec![
        vec![CellRule::Locked(Quota::new(300)), CellRule::Free],
        vec![CellRule::Free; 2],
    ];
    let err = solve(
        &seed,
        &[200, 200],
        &[200, 200],
        &locked,
        Rounding::Webster,
        100,
    )
    .unwrap_err();
    assert!(
        matches!(
            err,
            MatrixError::LocksExceed {
                place: Place::Row(0),
                ..
            }
        ),
        "{err:?}"
    );
    let err = solve(&seed, &[250, 150], &[200, 200], &[], Rounding::Webster, 100).unwrap_err();
    assert_eq!(
        err,
        MatrixError::NotMultipleOfStep {
            place: Place::Row(0),
            value: Quota::new(250),
            step: 100
        }
    );
}

#[test]
fn dhondt_and_webster_can_differ_but_both_meet_the_margins() {
    let votes = vec![vec![123, 45, 815], vec![912, 714, 414], vec![312, 255, 215]];
    for rounding in Rounding::ALL {
        let seats = solve(&votes, &[5, 11, 4], &[7, 5, 8], &[], rounding, 1).unwrap();
        assert_eq!(row_sums(&seats), vec![5, 11, 4]);
        assert_eq!(column_sums(&seats), vec![7, 5, 8]);
    }
}

/// A random instance that is feasible by construction: the margins are the sums of a random
/// table with zeros where the seed is zero, and locks take values from that table.
/// Seed, cell rules, row targets, column targets, rounding.
type Instance = (
    Vec<Vec<u64>>,
    Vec<Vec<CellRule>>,
    Vec<u64>,
    Vec<u64>,
    Rounding,
);

fn instance() -> impl Strategy<Value = Instance> {
    (1usize..7, 1usize..8).prop_flat_map(|(n, m)| {
        (
            prop::collection::vec(
                prop::collection::vec((0u64..30, 0u64..1_000, 0u8..10), m),
                n,
            ),
            prop::bool::ANY,
        )
            .prop_map(move |(cells, dhondt)| {
                let mut seed = vec![vec![0; m]; n];
                let mut rules = vec![vec![CellRule::Free; m]; n];
                let (mut rows, mut columns) = (vec![0u64; n], vec![0u64; m]);
                for (i, row) in cells.iter().enumerate() {
                    for (j, &(value, weight, kind)) in row.iter().enumerate() {
                        // kind 0: structural zero; 1: locked; otherwise free.
                        let value = if kind == 0 { 0 } else { value };
                        seed[i][j] = if kind == 0 { 0 } else { weight + 1 };
                        rules[i][j] = match kind {
                            0 => CellRule::Zero,
                            1 => CellRule::Locked(Quota::new(value)),
                            _ => CellRule::Free,
                        };
                        rows[i] += value;
                        columns[j] += value;
                    }
                }
                let rounding = if dhondt {
                    Rounding::DHondt
                } else {
                    Rounding::Webster
                };
                (seed, rules, rows, columns, rounding)
            })
    })
}

proptest! {
    #![proptest_config(common::config())]

    #[test]
    fn margins_exact_zeros_and_locks_kept((seed, rules, rows, columns, rounding) in instance()) {
        let matrix = solve(&seed, &rows, &columns, &rules, rounding, 1).unwrap();
        if std::env::var("MATRIX_STATS").is_ok() {
            eprintln!("rounds {} transfers {}", matrix.rounds, matrix.transfers);
        }
        prop_assert_eq!(row_sums(&matrix), rows);
        prop_assert_eq!(column_sums(&matrix), columns);
        for (i, row) in rules.iter().enumerate() {
            for (j, rule) in row.iter().enumerate() {
                match rule {
                    CellRule::Zero => prop_assert_eq!(matrix.cells[i][j], Quota::ZERO),
                    CellRule::Locked(v) => prop_assert_eq!(matrix.cells[i][j], *v),
                    CellRule::Free => {
                        // The reported divisors reproduce the cell by the rounding's signposts.
                        let q = seed[i][j] as f64 / (matrix.row_divisors[i] * matrix.column_divisors[j]);
                        let n = matrix.cells[i][j].get() as f64;
                        let (below, above) = match rounding {
                            Rounding::Webster => ((n - 0.5).max(0.0), n + 0.5),
                            Rounding::DHondt => (n, n + 1.0),
                        };
                        prop_assert!(q <= above * (1.0 + 1e-6), "cell {i},{j}: {q} > {above}");
                        prop_assert!(q >= below * (1.0 - 1e-6), "cell {i},{j}: {q} < {below}");
                    }
                }
            }
        }
    }
}

#[test]
fn disagreeing_margins_are_balanced_only_on_request() {
    use quota_engine::matrix::MatrixEdit;
    use quota_engine::workspace::Edit;
    use quota_engine::Name;
    let raised = Workspace::default_2021()
        .apply(&Edit::SetTotal {
            metric: 1,
            total: Quota::new(81_000),
        })
        .unwrap()
        .workspace;
    assert_eq!(
        raised.department_matrix().unwrap_err(),
        MatrixError::MarginsDisagree {
            rows: Quota::new(80_000),
            columns: Quota::new(81_000)
        }
    );
    let balanced = raised
        .apply(&Edit::Matrix(MatrixEdit::AddBalancingRow {
            name: Name::new("人社部门及其他", "HR bureau and others"),
            task: Name::new("平衡行", "Balancing row"),
        }))
        .unwrap()
        .workspace;
    assert_eq!(balanced.plan.departments.len(), 14);
    assert_eq!(balanced.plan.departments[13].quota, Quota::new(1_000));
    let matrix = balanced.department_matrix().unwrap();
    assert_eq!(row_sums(&matrix).iter().sum::<u64>(), 81_000);
    let scaled = raised
        .apply(&Edit::Matrix(MatrixEdit::ScaleDepartments))
        .unwrap()
        .workspace;
    assert_eq!(scaled.plan.departments.len(), 13);
    let sums: Vec<u64> = scaled.matrix_rows().iter().map(|q| q.get()).collect();
    assert_eq!(sums.iter().sum::<u64>(), 81_000);
    assert_eq!(
        column_sums(&scaled.department_matrix().unwrap())
            .iter()
            .sum::<u64>(),
        81_000
    );
    // Departments above the districts cannot be balanced by a (negative) row.
    let lowered = Workspace::default_2021()
        .apply(&Edit::SetTotal {
            metric: 1,
            total: Quota::new(79_000),
        })
        .unwrap()
        .workspace;
    assert!(lowered
        .apply(&Edit::Matrix(MatrixEdit::AddBalancingRow {
            name: Name::new("x", "x"),
            task: Name::new("平衡行", "Balancing row"),
        }))
        .is_err());
}

#[test]
fn sums_of_a_matrix_by_row_column_and_in_all() {
    use quota_engine::matrix::{sums, MatrixSums};
    let q = Quota::new;
    let cells = vec![vec![q(1), q(2)], vec![q(3), q(4)], vec![q(5)]];
    assert_eq!(
        sums(&cells),
        MatrixSums {
            rows: vec![Some(q(3)), Some(q(7)), Some(q(5))],
            columns: vec![Some(q(9)), Some(q(6))],
            total: Some(q(15)),
        }
    );
    let huge = vec![vec![q(u64::MAX), q(1)]];
    assert_eq!(sums(&huge).total, None);
    assert_eq!(sums(&[]).columns, Vec::new());
}
