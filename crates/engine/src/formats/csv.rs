//! CSV text for spreadsheets: a [`Table`] with fields quoted where they need it (RFC 4180);
//! the caller adds the byte-order mark Excel needs to read UTF-8.

use crate::formats::table::{Field, Table};

/// A field, quoted when it holds a comma, a quote or a line break.
#[must_use]
pub fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// One CSV line from its fields.
#[must_use]
pub fn line<I: IntoIterator<Item = String>>(fields: I) -> String {
    let mut out = fields
        .into_iter()
        .map(|f| field(&f))
        .collect::<Vec<_>>()
        .join(",");
    out.push_str("\r\n");
    out
}

/// A table as CSV: one line per row, numbers as plain integers.
#[must_use]
pub fn write(table: &Table) -> String {
    table
        .rows
        .iter()
        .map(|row| line(row.iter().map(Field::text)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::default_plan::plan_2021;
    use crate::formats::table::{matrix_table, plan_table, MatrixLabels};
    use crate::Lang;

    #[test]
    fn quotes_only_where_needed() {
        assert_eq!(field("鹿城"), "鹿城");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }

    #[test]
    fn the_2021_table() {
        let text = write(&plan_table(&plan_2021(), Lang::Zh, "地区", "全市总计"));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 16);
        assert_eq!(
            lines[0],
            "地区,技能人才培训数,技能人才取证数,其中:高技能人才数"
        );
        assert_eq!(lines[1], "鹿城,12000,8000,2200");
        assert_eq!(lines[15], "全市总计,120000,80000,24000");
        let english = write(&plan_table(
            &plan_2021(),
            Lang::En,
            "District",
            "City total",
        ));
        assert!(english.contains("Economic Dev. Zone,3600,2400,1000"));
    }

    #[test]
    fn the_2021_matrix() {
        let workspace = crate::workspace::Workspace::default_2021();
        let matrix = workspace.department_matrix().expect("solvable");
        let labels = MatrixLabels {
            department: "部门",
            sum: "合计",
            target: "目标",
        };
        let text = write(&matrix_table(
            &workspace.plan,
            &matrix.cells,
            Lang::Zh,
            labels,
        ));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 1 + 13 + 2);
        assert!(lines[0].starts_with("部门,鹿城,"));
        assert!(lines[0].ends_with(",合计,目标"));
        assert!(lines[1].starts_with("市经信局,"));
        // Each department line ends with its sum and its target, equal.
        for l in &lines[1..14] {
            let fields: Vec<&str> = l.split(',').collect();
            assert_eq!(fields[fields.len() - 2], fields[fields.len() - 1], "{l}");
        }
        assert!(lines[14].starts_with("合计,8000,"), "{}", lines[14]);
        assert!(lines[15].starts_with("目标,8000,"));
        assert!(lines[15].ends_with(",,80000"));
    }
}
