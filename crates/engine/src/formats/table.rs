//! Tables for spreadsheets — the plan, the department matrix, a metric's monthly actuals and
//! its bulletin — as
//! rows of typed fields, written out as CSV ([`crate::formats::csv`]) or as sheets of an XLSX workbook
//! ([`crate::formats::xlsx`]). Numbers stay numbers, so a spreadsheet can add them up.

use crate::simulate::actuals::MONTHS;
use crate::simulate::bulletin::{Bulletin, Status};
use crate::simulate::supervision::{Light, LightsGrid};
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
    let sums = crate::matrix::sums(cells);
    let mut rows = vec![std::iter::once(labels.department.into())
        .chain(plan.districts.iter().map(|d| d.name.get(lang).into()))
        .chain([labels.sum.into(), labels.target.into()])
        .collect::<Vec<Field>>()];
    for ((department, row), sum) in plan.departments.iter().zip(cells).zip(&sums.rows) {
        rows.push(
            std::iter::once(department.name.get(lang).into())
                .chain(row.iter().map(|q| Field::quota(*q)))
                .chain([Field::maybe(*sum), Field::quota(department.quota)])
                .collect(),
        );
    }
    rows.push(
        std::iter::once(labels.sum.into())
            .chain((0..columns.len()).map(|j| Field::maybe(sums.columns.get(j).copied().flatten())))
            .chain([Field::maybe(sums.total), Field::Empty])
            .collect(),
    );
    rows.push(
        std::iter::once(labels.target.into())
            .chain(columns.iter().map(|q| Field::quota(*q)))
            .chain([
                Field::Empty,
                Field::maybe(Quota::sum(columns.iter().copied()).ok()),
            ])
            .collect(),
    );
    Table { rows }
}

/// Labels of the bulletin table, in the interface language.
#[derive(Clone, Copy, Debug)]
pub struct BulletinLabels<'a> {
    /// Column headers: district, quota, done, completion, time progress, gap, rank, status.
    pub header: [&'a str; 8],
    /// Name of the city-total row.
    pub city: &'a str,
    /// Status words: ahead, on pace, behind, not reported.
    pub status: [&'a str; 4],
    /// The schedule column's header when the bulletin is judged against phased targets.
    pub phased: &'a str,
}

/// A rate in tenths of a percent as text ("48.3%"), or a dash when there is none.
#[must_use]
pub fn percent(permille: Option<u64>) -> String {
    permille.map_or_else(|| "—".to_owned(), |p| format!("{}.{}%", p / 10, p % 10))
}

/// The bulletin of one metric: a row per district and the city, with quota, done, completion,
/// time progress, gap, rank and status.
#[must_use]
pub fn bulletin_table(
    plan: &Plan,
    report: &Bulletin,
    lang: Lang,
    labels: &BulletinLabels<'_>,
) -> Table {
    let mut header = labels.header;
    if report.phased {
        header[4] = labels.phased;
    }
    let mut rows = vec![header.iter().map(|h| Field::from(*h)).collect::<Vec<_>>()];
    for l in report.lines.iter().chain([&report.city]) {
        let name = l.district.map_or_else(
            || labels.city.to_owned(),
            |d| {
                plan.districts
                    .get(d)
                    .map_or_else(String::new, |x| x.name.get(lang).to_owned())
            },
        );
        let status = match l.status {
            Status::Ahead => labels.status[0],
            Status::OnPace => labels.status[1],
            Status::Behind => labels.status[2],
            Status::NotReported => labels.status[3],
        };
        rows.push(vec![
            name.into(),
            Field::quota(l.quota),
            Field::quota(l.done),
            percent(l.completion_permille).into(),
            percent(l.schedule_permille).into(),
            Field::Number(i64::try_from(l.gap).unwrap_or(i64::MAX)),
            if l.district.is_some() && l.rank > 0 {
                Field::Number(i64::try_from(l.rank).unwrap_or(i64::MAX))
            } else {
                Field::Empty
            },
            status.into(),
        ]);
    }
    Table { rows }
}

/// Labels of the lights table, in the interface language.
#[derive(Clone, Copy, Debug)]
pub struct LightsLabels<'a> {
    /// Before a metric's name in its sheet's name.
    pub sheet: &'a str,
    /// Header of the district column.
    pub district: &'a str,
    /// The lights as words: green, none, yellow, red, not reported.
    pub words: [&'a str; 5],
    /// Headers: points behind, months in a row, the 督办 column.
    pub tail: [&'a str; 3],
    /// The 督办 flag.
    pub supervise: &'a str,
    /// The 约谈 flag (it replaces 督办 when red months in a row call for it).
    pub interview: &'a str,
}

/// Units (departments, districts' manufacturing shares, countable targets) at the month
/// judged: name, target, done, rate, schedule, gap in points and this month's light; `names`
/// gives each unit's name, `header` the seven column headers, `words` the lights as words
/// (green, none, yellow, red, not reported).
#[must_use]
pub fn units_table(
    grid: &LightsGrid,
    names: impl Fn(usize) -> String,
    header: [&str; 7],
    words: [&str; 5],
) -> Table {
    let mut rows = vec![header.iter().map(|h| Field::from(*h)).collect::<Vec<_>>()];
    for line in &grid.lines {
        let judged = line.gap_permille.is_some();
        let when = |field: Field| if judged { field } else { Field::Empty };
        rows.push(vec![
            Field::Text(names(line.unit)),
            when(Field::quota(line.target)),
            when(Field::quota(line.done)),
            when(Field::Text(percent(Some(line.rate_permille)))),
            when(Field::Text(percent(Some(line.schedule_permille)))),
            line.gap_permille
                .map_or(Field::Empty, |g| Field::Text(points(g))),
            Field::from(match line.lights.last() {
                Some(Light::Green) => words[0],
                Some(Light::Plain) | None => words[1],
                Some(Light::Yellow) => words[2],
                Some(Light::Red) => words[3],
                Some(Light::NotReported) => words[4],
            }),
        ]);
    }
    Table { rows }
}

/// Tenths of a point as `12.5` or `−3.0` (a gap behind schedule, in the tables and on screen).
#[must_use]
pub fn points(gap: i64) -> String {
    format!(
        "{}{}.{}",
        if gap < 0 { "−" } else { "" },
        gap.abs() / 10,
        gap.abs() % 10
    )
}

/// The lights of one metric, district by month, with how far behind each is, its yellow or
/// red months in a row and the 督办 flag.
#[must_use]
pub fn lights_table(
    plan: &Plan,
    grid: &LightsGrid,
    lang: Lang,
    labels: &LightsLabels<'_>,
    month_name: fn(usize) -> String,
) -> Table {
    let months = usize::from(grid.month.get());
    let mut header = vec![Field::from(labels.district)];
    header.extend((1..=months).map(|m| Field::Text(month_name(m))));
    header.extend(labels.tail.iter().map(|h| Field::from(*h)));
    let mut rows = vec![header];
    for line in &grid.lines {
        let name = plan
            .districts
            .get(line.unit)
            .map_or_else(String::new, |d| d.name.get(lang).to_owned());
        let mut row = vec![Field::Text(name)];
        row.extend(line.lights.iter().map(|l| {
            Field::from(match l {
                Light::Green => labels.words[0],
                Light::Plain => labels.words[1],
                Light::Yellow => labels.words[2],
                Light::Red => labels.words[3],
                Light::NotReported => labels.words[4],
            })
        }));
        row.push(
            line.gap_permille
                .map_or(Field::Empty, |g| Field::Text(points(g))),
        );
        row.push(Field::Number(i64::from(line.streak)));
        row.push(if line.interview {
            Field::from(labels.interview)
        } else if line.supervise {
            Field::from(labels.supervise)
        } else {
            Field::Empty
        });
        rows.push(row);
    }
    Table { rows }
}
