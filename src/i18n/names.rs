//! Names of the plan's own things in the interface language: districts, metrics, departments,
//! the series and rows of the month grids, the units that return, the places of the matrix.
//!
//! Names that are data come from the plan; a missing one is shown by its number, never a panic.

use quota_engine::links::returns::Unit;
use quota_engine::simulate::{Countable, Series, Sheet};
use quota_engine::{Lang, Name, Plan};

use super::{texts, Texts};

/// The name of district `index` in `plan`, or its number.
#[must_use]
pub fn district_name(plan: &Plan, index: usize, lang: Lang) -> String {
    plan.districts.get(index).map_or_else(
        || format!("#{}", index + 1),
        |d| d.name.get(lang).to_owned(),
    )
}

/// A plan with no names, for errors about a file whose plan could not be read: districts
/// and metrics are then named by their numbers, never by the open plan's names.
#[must_use]
pub(crate) fn nameless_plan() -> Plan {
    let mut plan = quota_engine::default_plan::plan_2021();
    plan.districts.clear();
    plan.metrics.clear();
    plan.departments.clear();
    plan
}

/// The name of metric `index` in `plan`, or its number.
#[must_use]
pub fn metric_name(plan: &Plan, index: usize, lang: Lang) -> String {
    plan.metrics.get(index).map_or_else(
        || format!("#{}", index + 1),
        |m| m.name.get(lang).to_owned(),
    )
}

/// The name of department `index` in `plan`, or its number.
#[must_use]
pub fn department_name(plan: &Plan, index: usize, lang: Lang) -> String {
    plan.departments.get(index).map_or_else(
        || format!("#{}", index + 1),
        |d| d.name.get(lang).to_owned(),
    )
}

/// Whose count of what a series is, e.g. `鹿城 技能人才培训数`, `市教育局 技能人才取证数`,
/// `鹿城 其中制造业取证数`, `市级实训基地`.
#[must_use]
pub fn series_name(plan: &Plan, series: Series, lang: Lang) -> String {
    let t = texts(lang);
    match series {
        Series::District { metric, district } => format!(
            "{} {}",
            district_name(plan, district, lang),
            metric_name(plan, metric, lang)
        ),
        Series::Department(d) => format!(
            "{} {}",
            department_name(plan, d, lang),
            metric_name(plan, plan.department_metric, lang)
        ),
        Series::Manufacturing(d) => {
            format!("{} {}", district_name(plan, d, lang), t.units.manufacturing)
        }
        Series::Countable(c) => (t.common.countable)(c).to_owned(),
    }
}

/// The name of a month grid's row: a district, a department or a countable target.
#[must_use]
pub fn row_name(plan: &Plan, sheet: Sheet, row: usize, lang: Lang) -> String {
    match sheet {
        Sheet::Metric(_) | Sheet::Manufacturing => district_name(plan, row, lang),
        Sheet::Departments => department_name(plan, row, lang),
        Sheet::Countable => Countable::ALL.get(row).map_or_else(String::new, |&c| {
            (texts(lang).common.countable)(c).to_owned()
        }),
    }
}

/// The header of a month grid's first column: what its rows are.
#[must_use]
pub fn row_header(t: &'static Texts, sheet: Sheet) -> &'static str {
    match sheet {
        Sheet::Metric(_) | Sheet::Manufacturing => t.common.district,
        Sheet::Departments => t.units.department,
        Sheet::Countable => t.units.target,
    }
}

/// The name of a district or department that returns.
#[must_use]
pub fn unit_name(plan: &Plan, unit: Unit, lang: Lang) -> String {
    match unit {
        Unit::District(d) => district_name(plan, d as usize, lang),
        Unit::Department(d) => department_name(plan, d as usize, lang),
    }
}

/// Districts and departments that return, joined by `separator`.
#[must_use]
pub fn unit_list(plan: &Plan, units: &[Unit], lang: Lang, separator: &str) -> String {
    units
        .iter()
        .map(|&u| unit_name(plan, u, lang))
        .collect::<Vec<_>>()
        .join(separator)
}

/// Which lines of the plan a list of indices names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lines {
    /// Districts (the plan's rows).
    Districts,
    /// Departments (the department matrix's rows).
    Departments,
}

/// Departments or districts by index, joined by `separator`.
#[must_use]
pub fn name_list(plan: &Plan, lines: &[usize], kind: Lines, lang: Lang, separator: &str) -> String {
    lines
        .iter()
        .map(|&i| match kind {
            Lines::Departments => department_name(plan, i, lang),
            Lines::Districts => district_name(plan, i, lang),
        })
        .collect::<Vec<_>>()
        .join(separator)
}

/// A place in the department matrix: a department, a district, or a cell of both.
#[must_use]
pub fn matrix_place(plan: &Plan, place: quota_engine::matrix::Place, lang: Lang) -> String {
    use quota_engine::matrix::Place;
    match place {
        Place::Row(i) => department_name(plan, i, lang),
        Place::Column(j) => district_name(plan, j, lang),
        Place::Cell { row, column } => format!(
            "{} {}",
            department_name(plan, row, lang),
            district_name(plan, column, lang)
        ),
    }
}

/// A name made of the same string of both languages' texts (for names the app itself gives,
/// such as a blank plan's title, which follow the interface language like any name).
#[must_use]
pub fn in_both(pick: fn(&'static Texts) -> &'static str) -> Name {
    Name::new(pick(texts(Lang::Zh)), pick(texts(Lang::En)))
}

/// Departments or districts by index, joined by the language's list separator.
#[must_use]
pub(crate) fn names_joined(plan: &Plan, lines: &[usize], kind: Lines, lang: Lang) -> String {
    name_list(plan, lines, kind, lang, texts(lang).common.list_separator)
}
