//! English: the change history and its buttons.

use quota_engine::matrix::{CellRule, MatrixEdit};
use quota_engine::simulate::Sheet;
use quota_engine::workspace::Edit;
use quota_engine::Plan;

use super::common::month_name;
use super::L;
use crate::i18n::history::HistoryTexts;
use crate::i18n::names::{names_joined, Lines};
use crate::i18n::{district_name as dn, grouped as g, metric_name as mn, q, series_name};

pub(super) const TEXTS: HistoryTexts = HistoryTexts {
    heading: "Change history",
    start: "Starting plan",
    more: |n| format!("{n} earlier changes (they can still be undone)"),
    edit,
    moved: |what, moved| format!("{what} ({moved} cells moved)"),
    undo: "Undo",
    redo: "Redo",
    reset: "Back to the 2021 plan",
    blank: "New blank plan",
};

fn edit(edit: &Edit, plan: &Plan) -> String {
    match edit {
        Edit::SetQuota {
            metric,
            district,
            value,
        } => {
            format!(
                "{} {} set to {}",
                dn(plan, *district, L),
                mn(plan, *metric, L),
                q(*value)
            )
        }
        Edit::SetTotal { metric, total } => {
            format!("City {} set to {}", mn(plan, *metric, L), q(*total))
        }
        Edit::SetLock {
            metric,
            district,
            locked,
        } => format!(
            "{} {} {}",
            if *locked { "Locked" } else { "Unlocked" },
            dn(plan, *district, L),
            mn(plan, *metric, L)
        ),
        Edit::SetMethod { metric, method } => {
            format!(
                "{}: method {}",
                mn(plan, *metric, L),
                (super::rules::TEXTS.method_name)(*method)
            )
        }
        Edit::SetBase { metric, base } => {
            format!(
                "{}: base {}",
                mn(plan, *metric, L),
                (super::rules::TEXTS.base_name)(base.into())
            )
        }
        Edit::SetStep { metric, step } => format!("{}: step {}", mn(plan, *metric, L), g(*step)),
        Edit::SetBounds {
            metric, district, ..
        } => {
            format!(
                "Bounds of {} {}",
                dn(plan, *district, L),
                mn(plan, *metric, L)
            )
        }
        Edit::Reapportion { metric } => {
            format!("{} split again by the rules", mn(plan, *metric, L))
        }
        Edit::Paste { .. } => "Pasted data".to_owned(),
        Edit::SetActual {
            series,
            month,
            value,
        } => format!(
            "{} actual for {} {}",
            series_name(plan, *series, L),
            month_name(usize::from(month.get())),
            value.map_or_else(|| "cleared".to_owned(), |v| format!("set to {}", q(v)))
        ),
        Edit::PasteActuals { sheet, .. } => format!("Pasted {} actuals", sheet_name(plan, *sheet)),
        Edit::LoadSample => "Loaded the sample data".to_owned(),
        Edit::ClearActuals => "Cleared the actuals".to_owned(),
        Edit::SetAsOf { month } => format!("As of {}", month_name(usize::from(month.get()))),
        Edit::ChangeForecast { .. } => "Changed the forecast settings".to_owned(),
        Edit::SetPhaseProfile { .. } => "Changed how the monthly targets are phased".to_owned(),
        Edit::SetLightRules { .. } => "Changed the light rules".to_owned(),
        Edit::SetDocument { .. } => "Changed the bulletin document".to_owned(),
        Edit::SetReturns { month, values } => format!(
            "Imported {} returned numbers for month {}",
            values.len(),
            month.get()
        ),
        Edit::SetQuotas { metric, .. } => {
            format!("{}: reallocated quotas adopted", mn(plan, *metric, L))
        }
        Edit::RenameDistrict { district, name } => {
            format!("{} renamed {}", dn(plan, *district, L), name.get(L))
        }
        Edit::AddDistrict { name } => format!("Added district {}", name.get(L)),
        Edit::RemoveDistrict { district } => format!("Removed district {}", dn(plan, *district, L)),
        Edit::RenameMetric { metric, name } => {
            format!("{} renamed {}", mn(plan, *metric, L), name.get(L))
        }
        Edit::AddMetric { name, .. } => format!("Added metric {}", name.get(L)),
        Edit::RemoveMetric { metric } => format!("Removed metric {}", mn(plan, *metric, L)),
        Edit::SetTitle { title } => format!("Title set to {}", title.get(L)),
        Edit::SetYear { year } => format!("Year set to {year}"),
        Edit::Matrix(edit) => matrix_change(edit, plan),
    }
}

fn sheet_name(plan: &Plan, sheet: Sheet) -> String {
    match sheet {
        Sheet::Metric(metric) => mn(plan, metric, L),
        Sheet::Departments => "department".to_owned(),
        Sheet::Manufacturing => "manufacturing".to_owned(),
        Sheet::Countable => "other targets'".to_owned(),
    }
}

fn matrix_change(edit: &MatrixEdit, plan: &Plan) -> String {
    let department = |i: usize| names_joined(plan, &[i], Lines::Departments, L);
    match edit {
        MatrixEdit::SetRounding(r) => format!(
            "Departments: rounding {}",
            (super::matrix::TEXTS.rounding_name)(*r)
        ),
        MatrixEdit::SetStep(step) => format!("Departments: step {}", g(*step)),
        MatrixEdit::SetMetric(metric) => {
            format!("Departments: district metric {}", mn(plan, *metric, L))
        }
        MatrixEdit::SetCell { row, column, rule } => match rule {
            CellRule::Free => format!("{} {} freed", department(*row), dn(plan, *column, L)),
            CellRule::Zero => format!(
                "{} {} made a structural zero",
                department(*row),
                dn(plan, *column, L)
            ),
            CellRule::Locked(v) => format!(
                "{} {} locked at {}",
                department(*row),
                dn(plan, *column, L),
                q(*v)
            ),
        },
        MatrixEdit::SetSeed {
            row,
            column,
            weight,
        } => format!(
            "{} {} seed weight set to {}",
            department(*row),
            dn(plan, *column, L),
            g(*weight)
        ),
        MatrixEdit::PasteSeed { .. } => "Seed weights pasted".to_owned(),
        MatrixEdit::ClearSeed => "Seed weights back to district proportions".to_owned(),
        MatrixEdit::SetDepartmentQuota { row, value } => {
            format!("{} quota set to {}", department(*row), q(*value))
        }
        MatrixEdit::AddBalancingRow { name, .. } => format!("Balancing row {} added", name.en),
        MatrixEdit::ScaleDepartments => "Department quotas scaled".to_owned(),
    }
}
