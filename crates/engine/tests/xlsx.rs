//! The XLSX workbook opens in an independent reader (calamine) with the right sheets, texts and
//! numbers.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use quota_engine::table::{matrix_table, plan_table, MatrixLabels, Table};
use quota_engine::workspace::Workspace;
use quota_engine::xlsx::{workbook, Sheet};
use quota_engine::Lang;

#[test]
fn the_workbook_opens_with_every_sheet_and_number() {
    let workspace = Workspace::default_2021();
    let plan = plan_table(&workspace.plan, Lang::Zh, "地区", "全市总计");
    let matrix = workspace.department_matrix().expect("solvable");
    let labels = MatrixLabels {
        department: "部门",
        sum: "合计",
        target: "目标",
    };
    let matrix = matrix_table(&workspace.plan, &matrix.cells, Lang::Zh, labels);
    let odd = Table {
        rows: vec![vec![
            "<b>&\"x\"</b>".into(),
            quota_engine::table::Field::Empty,
            quota_engine::table::Field::Number(-5),
        ]],
    };
    let bytes = workbook(&[
        Sheet {
            name: "指标表",
            table: &plan,
        },
        Sheet {
            name: "部门分解",
            table: &matrix,
        },
        Sheet {
            name: "Odd: [names]",
            table: &odd,
        },
    ]);
    assert_eq!(&bytes[..2], b"PK");
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).expect("a valid XLSX");
    assert_eq!(book.sheet_names(), ["指标表", "部门分解", "Odd names"]);
    let sheet = book.worksheet_range("指标表").expect("sheet");
    assert_eq!(sheet.get((0, 0)), Some(&Data::String("地区".to_owned())));
    assert_eq!(sheet.get((1, 0)), Some(&Data::String("鹿城".to_owned())));
    assert_eq!(sheet.get((1, 1)), Some(&Data::Float(12_000.0)));
    assert_eq!(sheet.get((15, 1)), Some(&Data::Float(120_000.0)));
    assert_eq!(sheet.get_size(), (16, 4));
    let sheet = book.worksheet_range("部门分解").expect("sheet");
    assert_eq!(sheet.get_size(), (16, 17));
    // Each department's cells add up to its target (the last column).
    for r in 1..14 {
        let number = |c: usize| match sheet.get((r, c)) {
            Some(Data::Float(f)) => *f,
            other => panic!("row {r} column {c}: {other:?}"),
        };
        let cells: f64 = (1..15).map(number).sum();
        assert!((cells - number(16)).abs() < 0.5, "row {r}");
    }
    let sheet = book.worksheet_range("Odd names").expect("sheet");
    assert_eq!(
        sheet.get((0, 0)),
        Some(&Data::String("<b>&\"x\"</b>".to_owned()))
    );
    assert_eq!(sheet.get((0, 2)), Some(&Data::Float(-5.0)));
}
