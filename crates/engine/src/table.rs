//! Tables for spreadsheets — the plan, the department matrix, a metric's monthly actuals — as
//! rows of typed fields, written out as CSV ([`crate::csv`]) or as sheets of an XLSX workbook
//! ([`crate::xlsx`]). Numbers stay numbers, so a spreadsheet can add them up.

use crate::simulate::actuals::MONTHS;
use crate::simulate::Actuals;
use crate::{Lang, MetricId, Plan, Quota};

/// One cell of a table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Field {
    /// Text (a name or a label).
    Text(String),
    /// A whole number.
    Number(i64),
    /// Nothing.
    Empty,
}

impl Field {
    /// A quota as a number (saturating past `i64::MAX`, which no quota reaches).
    #[must_use]
    pub fn quota(q: Quota) -> Field {
        Field::Number(i64::try_from(q.get()).unwrap_or(i64::MAX))
    }

    /// A quota, or nothing.
    #[must_use]
    pub fn maybe(q: Option<Quota>) -> Field {
        q.map_or(Field::Empty, Field::quota)
    }

    /// The field as text, as CSV writes it.
    #[must_use]
    pub fn text(&self) -> String {
        match self {
            Field::Text(text) => text.clone(),
            Field::Number(n) => n.to_string(),
            Field::Empty => String::new(),
        }
    }
}

impl From<&str> for Field {
    fn from(text: &str) -> Self {
        Field::Text(text.to_owned())
    }
}

impl From<String> for Field {
    fn from(text: String) -> Self {
        Field::Text(text)
    }
}

/// Rows of fields; the first row is the header.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// The rows.
    pub rows: Vec<Vec<Field>>,
}

/// The plan table: a header (`district_header`, then the metric names), one row per district,
/// and the city total under `total_label`.
#[must_use]
pub fn plan_table(plan: &Plan, lang: Lang, district_header: &str, total_label: &str) -> Table {
    let mut rows = vec![std::iter::once(district_header.into())
        .chain(plan.metrics.iter().map(|m| m.name.get(lang).into()))
        .collect::<Vec<Field>>()];
    for (d, district) in plan.districts.iter().enumerate() {
        rows.push(
            std::iter::once(district.name.get(lang).into())
                .chain(
                    plan.metrics
                        .iter()
                        .map(|m| Field::maybe(m.quotas.get(d).copied())),
                )
                .collect(),
        );
    }
    rows.push(
        std::iter::once(total_label.into())
            .chain((0..plan.metrics.len()).map(|m| Field::maybe(plan.metric_total(m).ok())))
            .collect(),
    );
    Table { rows }
}

/// One metric's cumulative actuals: a header (`district_header`, then `month_name(1..=12)`),
/// one row per district; months not reported are empty. The import reads it back.
#[must_use]
pub fn actuals_table(
    plan: &Plan,
    actuals: &Actuals,
    metric: MetricId,
    lang: Lang,
    district_header: &str,
    month_name: fn(usize) -> String,
) -> Table {
    let mut rows = vec![std::iter::once(district_header.into())
        .chain((1..=MONTHS).map(|m| month_name(m).into()))
        .collect::<Vec<Field>>()];
    for (d, district) in plan.districts.iter().enumerate() {
        let row = actuals.cumulative.get(metric).and_then(|rows| rows.get(d));
        rows.push(
            std::iter::once(district.name.get(lang).into())
                .chain((0..MONTHS).map(|m| Field::maybe(row.and_then(|r| r[m]))))
                .collect(),
        );
    }
    Table { rows }
}

/// Labels of the matrix table, in the interface language.
#[derive(Clone, Copy, Debug)]
pub struct MatrixLabels<'a> {
    /// Header of the department column.
    pub department: &'a str,
    /// Label of the sums (last column and the row under the departments).
    pub sum: &'a str,
    /// Label of the targets (column after the sums and the last row).
    pub target: &'a str,
}

/// The department × district matrix: one row per department with its cells, its sum and its
/// target, then the district sums and the district targets.
#[must_use]
pub fn matrix_table(
    plan: &Plan,
    cells: &[Vec<Quota>],
    lang: Lang,
    labels: MatrixLabels<'_>,
) -> Table {
    let columns = plan
        .metrics
        .get(plan.department_metric)
        .map_or(&[][..], |m| m.quotas.as_slice());
    let sum = |values: &mut dyn Iterator<Item = Quota>| Field::maybe(Quota::sum(values).ok());
    let mut rows = vec![std::iter::once(labels.department.into())
        .chain(plan.districts.iter().map(|d| d.name.get(lang).into()))
        .chain([labels.sum.into(), labels.target.into()])
        .collect::<Vec<Field>>()];
    for (department, row) in plan.departments.iter().zip(cells) {
        rows.push(
            std::iter::once(department.name.get(lang).into())
                .chain(row.iter().map(|q| Field::quota(*q)))
                .chain([
                    sum(&mut row.iter().copied()),
                    Field::quota(department.quota),
                ])
                .collect(),
        );
    }
    rows.push(
        std::iter::once(labels.sum.into())
            .chain(
                (0..columns.len())
                    .map(|j| sum(&mut cells.iter().filter_map(|r| r.get(j).copied()))),
            )
            .chain([sum(&mut cells.iter().flatten().copied()), Field::Empty])
            .collect(),
    );
    rows.push(
        std::iter::once(labels.target.into())
            .chain(columns.iter().map(|q| Field::quota(*q)))
            .chain([Field::Empty, sum(&mut columns.iter().copied())])
            .collect(),
    );
    Table { rows }
}
