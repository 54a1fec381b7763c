//! The XLSX workbook opens in an independent reader (calamine) with the right sheets, texts and
//! numbers.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use quota_engine::formats::table::{matrix_table, plan_table, MatrixLabels, Table};
use quota_engine::formats::xlsx::{workbook, Sheet};
use quota_engine::workspace::Workspace;
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
            quota_engine::formats::table::Field::Empty,
            quota_engine::formats::table::Field::Number(-5),
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

mod import {
    use super::*;
    use quota_engine::formats::import::{
        plan_table as import_plan, read_xlsx, ImportError, ProblemKind, Source,
    };
    use quota_engine::Quota;

    #[test]
    fn the_exported_workbook_imports_back() {
        let workspace = Workspace::default_2021();
        let table = plan_table(&workspace.plan, Lang::Zh, "地区", "全市总计");
        let bytes = workbook(&[Sheet {
            name: "指标表",
            table: &table,
        }]);
        let preview = import_plan(&workspace.plan, &Source::Workbook(bytes)).expect("readable");
        assert!(preview.problems.is_empty(), "{:?}", preview.problems);
        assert_eq!(preview.count(), 14 * 3);
        assert_eq!(preview.values[13][2], Some(Quota::new(1_000)));
    }

    /// A workbook as Excel writes one: compressed parts, shared strings, numbers as floats.
    #[test]
    fn a_compressed_workbook_with_shared_strings_and_bad_cells() {
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        let rows: [(&str, Option<f64>, &str); 4] = [
            ("鹿城", Some(13_000.0), "8000"),
            ("Longwan", Some(10_800.5), "七千二"),
            ("洞头", None, "1200"),
            ("火星", Some(1.0), "1"),
        ];
        sheet.write_string(0, 0, "地区").expect("write");
        sheet.write_string(0, 1, "技能人才培训数").expect("write");
        sheet
            .write_string(0, 2, "Newly certified workers")
            .expect("write");
        for (r, (name, training, certified)) in rows.iter().enumerate() {
            let r = u32::try_from(r + 1).expect("small");
            sheet.write_string(r, 0, *name).expect("write");
            if let Some(t) = training {
                sheet.write_number(r, 1, *t).expect("write");
            }
            sheet.write_string(r, 2, *certified).expect("write");
        }
        let bytes = book.save_to_buffer().expect("saved");
        let plan = Workspace::default_2021().plan;
        let preview = import_plan(&plan, &Source::Workbook(bytes)).expect("readable");
        assert_eq!(preview.values[0][0], Some(Quota::new(13_000)));
        assert_eq!(preview.values[0][1], Some(Quota::new(8_000)));
        assert_eq!(preview.values[3][1], Some(Quota::new(1_200)));
        assert_eq!(preview.count(), 3);
        let places: Vec<(usize, usize)> = preview
            .problems
            .iter()
            .map(|p| (p.line, p.column))
            .collect();
        assert_eq!(places, vec![(3, 2), (3, 3), (5, 1)]);
        assert!(
            matches!(&preview.problems[2].kind, ProblemKind::UnknownRow(name) if name == "火星")
        );
    }

    #[test]
    fn broken_workbooks_are_refused_without_a_panic() {
        assert_eq!(read_xlsx(b"not a zip"), Err(ImportError::NotAWorkbook));
        let table = plan_table(
            &Workspace::default_2021().plan,
            Lang::Zh,
            "地区",
            "全市总计",
        );
        let bytes = workbook(&[Sheet {
            name: "a",
            table: &table,
        }]);
        for cut in [10, bytes.len() / 2, bytes.len() - 30] {
            assert!(read_xlsx(&bytes[..cut]).is_err(), "cut at {cut}");
        }
    }
}

/// The workbook's labels as the Chinese interface gives them (shortened).
fn zh_labels() -> quota_engine::formats::export::WorkbookLabels<'static> {
    use quota_engine::formats::export::{UnitsLabels, WorkbookLabels};
    use quota_engine::formats::table::{BulletinLabels, LightsLabels};
    WorkbookLabels {
        plan_sheet: "指标表",
        matrix_sheet: "部门分解",
        bulletin_sheet: "通报",
        actuals_sheet: "完成数",
        district: "地区",
        city_total: "全市总计",
        matrix: MatrixLabels {
            department: "部门",
            sum: "合计",
            target: "目标",
        },
        bulletin: BulletinLabels {
            header: [
                "地区",
                "指标",
                "完成",
                "完成率",
                "序时进度",
                "差距",
                "排名",
                "状态",
            ],
            city: "全市",
            status: ["超前", "正常", "滞后", "未报送"],
            phased: "序时目标",
        },
        lights: LightsLabels {
            sheet: "亮灯",
            district: "地区",
            words: ["绿", "—", "黄", "红", "未报"],
            tail: ["落后", "连续", "督办"],
            supervise: "督办",
            interview: "约谈",
        },
        month_name: |m| format!("{m}月"),
        units: UnitsLabels {
            sheets: ["部门", "制造业", "其他指标"],
            headers: [["部门", "任务", "完成", "完成率", "进度", "差距", "本月"]; 3],
            countable: ["基地", "市赛", "县赛", "试点"],
            words: ["绿", "—", "黄", "红", "未报"],
        },
    }
}

#[test]
fn the_scenario_workbook_holds_the_plan_the_matrix_and_each_metric_s_bulletin_and_actuals() {
    use quota_engine::formats::export::workbook as scenario_workbook;
    use quota_engine::workspace::Edit;
    let workspace = Workspace::default_2021()
        .apply(&Edit::LoadSample)
        .expect("sample data")
        .workspace;
    let labels = zh_labels();
    let bytes = scenario_workbook(&workspace, Lang::Zh, &labels);
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).expect("a valid XLSX");
    let names = book.sheet_names();
    // The plan, the matrix, three sheets per metric, and the departments, manufacturing and
    // countable targets.
    assert_eq!(names.len(), 2 + 3 * 3 + 3);
    assert_eq!(names[11..], ["部门", "制造业", "其他指标"]);
    let departments = book.worksheet_range("部门").expect("sheet");
    // Header and 13 departments; 市经信局's quota of 8,000.
    assert_eq!(departments.get_size(), (14, 7));
    assert_eq!(departments.get((1, 1)), Some(&Data::Float(8_000.0)));
    let countable = book.worksheet_range("其他指标").expect("sheet");
    assert_eq!(
        countable.get((1, 0)),
        Some(&Data::String("基地".to_owned()))
    );
    assert_eq!(
        names[..5],
        [
            "指标表",
            "部门分解",
            "通报-技能人才培训数",
            "亮灯-技能人才培训数",
            "完成数-技能人才培训数"
        ]
    );
    let bulletin = book.worksheet_range("通报-技能人才培训数").expect("sheet");
    // Header, 14 districts, the city: its quota is the city total.
    assert_eq!(bulletin.get_size(), (16, 8));
    assert_eq!(
        bulletin.get((15, 0)),
        Some(&Data::String("全市".to_owned()))
    );
    assert_eq!(bulletin.get((15, 1)), Some(&Data::Float(120_000.0)));
    let actuals = book
        .worksheet_range("完成数-技能人才培训数")
        .expect("sheet");
    assert_eq!(actuals.get((0, 12)), Some(&Data::String("12月".to_owned())));
    // The lights: header, 14 districts; January to June, then behind, in a row, 督办.
    let lights = book.worksheet_range("亮灯-技能人才培训数").expect("sheet");
    assert_eq!(lights.get_size(), (15, 1 + 6 + 3));
    assert_eq!(lights.get((0, 9)), Some(&Data::String("督办".to_owned())));
    let grid = workspace.supervision_report(0).lights.expect("lights");
    for (r, line) in grid.lines.iter().enumerate() {
        let flag = match lights.get((r + 1, 9)) {
            Some(Data::String(s)) => s.as_str(),
            _ => "",
        };
        let expected = if line.interview {
            "约谈"
        } else if line.supervise {
            "督办"
        } else {
            ""
        };
        assert_eq!(flag, expected, "row {r}");
    }
}
