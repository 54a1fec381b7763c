//! Tests of the import: CSV fields, exported tables and actuals read back, every bad cell
//! reported, month names.

use super::*;
use crate::default_plan::plan_2021;

#[test]
fn reads_quoted_fields_and_line_ends() {
    let lines = read_csv("\u{FEFF}a,\"b,\"\"c\"\"\"\r\nd,\"e\nf\"\n\n").expect("readable");
    assert_eq!(
        lines,
        vec![
            vec!["a".to_owned(), "b,\"c\"".to_owned()],
            vec!["d".to_owned(), "e\nf".to_owned()],
            vec![String::new()],
        ]
    );
    assert_eq!(read_csv("a;b;c\n1;2;3").expect("ok")[1].len(), 3);
    assert_eq!(
        read_csv("a,\"b\n"),
        Err(ImportError::UnclosedQuote { line: 1 })
    );
}

#[test]
fn the_exported_plan_table_imports_back() {
    let plan = plan_2021();
    let text = crate::formats::csv::write(&crate::formats::table::plan_table(
        &plan,
        crate::Lang::Zh,
        "地区",
        "全市总计",
    ));
    let preview = plan_csv(&plan, &text).expect("readable");
    assert!(preview.problems.is_empty(), "{:?}", preview.problems);
    assert_eq!(preview.count(), 14 * 3);
    assert_eq!(preview.values[0][0], Some(Quota::new(12_000)));
}

#[test]
fn every_bad_cell_is_reported_with_line_and_column() {
    let plan = plan_2021();
    let text = "District,Skills training (person-times),Bogus\n\
                Longwan,10800,1\n\
                鹿城,12千,2\n\
                Atlantis,5,5\n\
                龙湾,1,1\n\
                City total,1,1\n";
    let preview = plan_csv(&plan, text).expect("readable");
    assert_eq!(preview.values[1][0], Some(Quota::new(10_800)));
    assert_eq!(preview.count(), 1);
    let kinds: Vec<(usize, usize)> = preview
        .problems
        .iter()
        .map(|p| (p.line, p.column))
        .collect();
    assert_eq!(kinds, vec![(1, 3), (3, 2), (4, 1), (5, 1)]);
    assert!(matches!(
        &preview.problems[1].kind,
        ProblemKind::Number { text, error: ParseError::NotANumber } if text == "12千"
    ));
    assert_eq!(plan_csv(&plan, "a,b\n1,2"), Err(ImportError::NoHeader));
}

#[test]
fn exported_actuals_import_back() {
    let plan = plan_2021();
    let actuals = crate::simulate::actuals::sample(&plan);
    let text = crate::formats::csv::write(&crate::formats::table::actuals_table(
        &plan,
        &actuals,
        1,
        crate::Lang::En,
        "District",
        |m| format!("M{m}"),
    ));
    let preview = actuals_csv(&plan, &text).expect("readable");
    assert!(preview.problems.is_empty(), "{:?}", preview.problems);
    assert_eq!(
        preview.values,
        actuals.cumulative[1]
            .iter()
            .map(|r| r.to_vec())
            .collect::<Vec<_>>()
    );
}

#[test]
fn months_by_any_common_name() {
    assert_eq!(month_of("1月"), Some(0));
    assert_eq!(month_of("12"), Some(11));
    assert_eq!(month_of("Mar"), Some(2));
    assert_eq!(month_of("September"), Some(8));
    assert_eq!(month_of("13"), None);
    assert_eq!(month_of("地区"), None);
    let plan = plan_2021();
    let preview = actuals_csv(&plan, "地区,1月,2月,3月\n鹿城,100,,300\n洞头,5,-1,\n").expect("ok");
    assert_eq!(
        preview.values[0][..3],
        [Some(Quota::new(100)), None, Some(Quota::new(300))]
    );
    assert_eq!(preview.values[3][0], Some(Quota::new(5)));
    assert_eq!(preview.problems.len(), 1);
}
