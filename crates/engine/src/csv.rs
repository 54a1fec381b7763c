//! CSV text for spreadsheets: the plan table and the department matrix. Fields are quoted where they need it (RFC 4180);
//! the caller adds the byte-order mark Excel needs to read UTF-8.

use crate::{Lang, Plan, Quota};

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

/// The plan table: a header (`district_header`, then the metric names), one line per district,
/// and the city total under `total_label`. Numbers are plain integers.
#[must_use]
pub fn plan_table(plan: &Plan, lang: Lang, district_header: &str, total_label: &str) -> String {
    let mut out = line(
        std::iter::once(district_header.to_owned())
            .chain(plan.metrics.iter().map(|m| m.name.get(lang).to_owned())),
    );
    for (d, district) in plan.districts.iter().enumerate() {
        out.push_str(&line(
            std::iter::once(district.name.get(lang).to_owned()).chain(plan.metrics.iter().map(
                |m| {
                    m.quotas
                        .get(d)
                        .map_or_else(String::new, |q| q.get().to_string())
                },
            )),
        ));
    }
    out.push_str(&line(std::iter::once(total_label.to_owned()).chain(
        (0..plan.metrics.len()).map(|m| {
            plan.metric_total(m)
                .map_or_else(|_| String::new(), |q| q.get().to_string())
        }),
    )));
    out
}

/// One metric's cumulative actuals: a header (`district_header`, then `month_name(1..=12)`),
/// one line per district; months not reported are empty. The import reads it back.
#[must_use]
pub fn actuals_table(
    plan: &Plan,
    actuals: &crate::simulate::Actuals,
    metric: crate::MetricId,
    lang: Lang,
    district_header: &str,
    month_name: fn(usize) -> String,
) -> String {
    let months = crate::simulate::actuals::MONTHS;
    let mut out =
        line(std::iter::once(district_header.to_owned()).chain((1..=months).map(month_name)));
    for (d, district) in plan.districts.iter().enumerate() {
        let row = actuals.cumulative.get(metric).and_then(|rows| rows.get(d));
        out.push_str(&line(
            std::iter::once(district.name.get(lang).to_owned()).chain((0..months).map(|m| {
                row.and_then(|r| r[m])
                    .map_or_else(String::new, |q| q.get().to_string())
            })),
        ));
    }
    out
}

/// Labels of the matrix CSV, in the interface language.
#[derive(Clone, Copy, Debug)]
pub struct MatrixLabels<'a> {
    /// Header of the department column.
    pub department: &'a str,
    /// Label of the sums (last column and the line under the departments).
    pub sum: &'a str,
    /// Label of the targets (column after the sums and the last line).
    pub target: &'a str,
}

/// The department × district matrix: one line per department with its cells, its sum and its
/// target, then the district sums and the district targets.
#[must_use]
pub fn matrix_table(
    plan: &Plan,
    cells: &[Vec<Quota>],
    lang: Lang,
    labels: MatrixLabels<'_>,
) -> String {
    let columns = plan
        .metrics
        .get(plan.department_metric)
        .map_or(&[][..], |m| m.quotas.as_slice());
    let number = |q: Option<Quota>| q.map_or_else(String::new, |q| q.get().to_string());
    let mut out = line(
        std::iter::once(labels.department.to_owned())
            .chain(plan.districts.iter().map(|d| d.name.get(lang).to_owned()))
            .chain([labels.sum.to_owned(), labels.target.to_owned()]),
    );
    for (department, row) in plan.departments.iter().zip(cells) {
        out.push_str(&line(
            std::iter::once(department.name.get(lang).to_owned())
                .chain(row.iter().map(|q| q.get().to_string()))
                .chain([
                    number(Quota::sum(row.iter().copied()).ok()),
                    department.quota.get().to_string(),
                ]),
        ));
    }
    let column_sum = |j: usize| Quota::sum(cells.iter().filter_map(|row| row.get(j).copied())).ok();
    out.push_str(&line(
        std::iter::once(labels.sum.to_owned())
            .chain((0..columns.len()).map(|j| number(column_sum(j))))
            .chain([
                number(Quota::sum(cells.iter().flatten().copied()).ok()),
                String::new(),
            ]),
    ));
    out.push_str(&line(
        std::iter::once(labels.target.to_owned())
            .chain(columns.iter().map(|q| q.get().to_string()))
            .chain([
                String::new(),
                number(Quota::sum(columns.iter().copied()).ok()),
            ]),
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::default_plan::plan_2021;

    #[test]
    fn quotes_only_where_needed() {
        assert_eq!(field("鹿城"), "鹿城");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }

    #[test]
    fn the_2021_table() {
        let text = plan_table(&plan_2021(), Lang::Zh, "地区", "全市总计");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 16);
        assert_eq!(
            lines[0],
            "地区,技能人才培训数,技能人才取证数,其中:高技能人才数"
        );
        assert_eq!(lines[1], "鹿城,12000,8000,2200");
        assert_eq!(lines[15], "全市总计,120000,80000,24000");
        let english = plan_table(&plan_2021(), Lang::En, "District", "City total");
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
        let text = matrix_table(&workspace.plan, &matrix.cells, Lang::Zh, labels);
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
