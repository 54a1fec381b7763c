//! 中文: the change history and its buttons.

use quota_engine::matrix::{CellRule, MatrixEdit};
use quota_engine::simulate::Sheet;
use quota_engine::workspace::Edit;
use quota_engine::Plan;

use super::L;
use crate::i18n::history::HistoryTexts;
use crate::i18n::names::{names_joined, Lines};
use crate::i18n::{district_name as dn, grouped as g, metric_name as mn, q, series_name};

pub(super) const TEXTS: HistoryTexts = HistoryTexts {
    heading: "修改记录",
    start: "初始方案",
    more: |n| format!("另有更早的 {n} 项修改（仍可撤销）"),
    edit,
    moved: |what, moved| format!("{what}（{moved} 个单元格变动）"),
    undo: "撤销",
    redo: "重做",
    reset: "恢复2021年方案",
    blank: "新建空白方案",
};

fn edit(edit: &Edit, plan: &Plan) -> String {
    match edit {
        Edit::SetQuota {
            metric,
            district,
            value,
        } => {
            format!(
                "{} {} 改为 {}",
                dn(plan, *district, L),
                mn(plan, *metric, L),
                q(*value)
            )
        }
        Edit::SetTotal { metric, total } => {
            format!("全市 {} 改为 {}", mn(plan, *metric, L), q(*total))
        }
        Edit::SetLock {
            metric,
            district,
            locked,
        } => format!(
            "{} {} {}",
            if *locked { "锁定" } else { "解锁" },
            dn(plan, *district, L),
            mn(plan, *metric, L)
        ),
        Edit::SetMethod { metric, method } => {
            format!(
                "{} 方法改为{}",
                mn(plan, *metric, L),
                (super::rules::TEXTS.method_name)(*method)
            )
        }
        Edit::SetBase { metric, base } => {
            format!(
                "{} 基数改为{}",
                mn(plan, *metric, L),
                (super::rules::TEXTS.base_name)(base.into())
            )
        }
        Edit::SetStep { metric, step } => format!("{} 步长改为 {}", mn(plan, *metric, L), g(*step)),
        Edit::SetBounds {
            metric, district, ..
        } => {
            format!(
                "设置 {} {} 的上下限",
                dn(plan, *district, L),
                mn(plan, *metric, L)
            )
        }
        Edit::Reapportion { metric } => format!("{} 按规则重新分配", mn(plan, *metric, L)),
        Edit::Paste { .. } => "粘贴数据".to_owned(),
        Edit::SetActual {
            series,
            month,
            value,
        } => format!(
            "{} {}月完成数{}",
            series_name(plan, *series, L),
            month.get(),
            value.map_or_else(|| "清空".to_owned(), |v| format!("改为 {}", q(v)))
        ),
        Edit::PasteActuals { sheet, .. } => format!("粘贴 {} 完成数", sheet_name(plan, *sheet)),
        Edit::LoadSample => "载入示例数据".to_owned(),
        Edit::ClearActuals => "清空完成数".to_owned(),
        Edit::SetAsOf { month } => format!("截至月份改为 {}月", month.get()),
        Edit::ChangeForecast { .. } => "修改预测设置".to_owned(),
        Edit::SetPhaseProfile { .. } => "修改序时目标的分月方式".to_owned(),
        Edit::SetLightRules { .. } => "修改亮灯规则".to_owned(),
        Edit::SetDocument { .. } => "修改通报文稿".to_owned(),
        Edit::SetReturns { month, values } => {
            format!("导入 {} 月报送数据 {} 个", month.get(), values.len())
        }
        Edit::SetQuotas { metric, .. } => format!("{} 采用年中调整后的指标", mn(plan, *metric, L)),
        Edit::RenameDistrict { district, name } => {
            format!("{} 改名为 {}", dn(plan, *district, L), name.zh)
        }
        Edit::AddDistrict { name } => format!("添加地区 {}", name.zh),
        Edit::RemoveDistrict { district } => format!("删除地区 {}", dn(plan, *district, L)),
        Edit::RenameMetric { metric, name } => {
            format!("{} 改名为 {}", mn(plan, *metric, L), name.zh)
        }
        Edit::AddMetric { name, .. } => format!("添加指标 {}", name.zh),
        Edit::RemoveMetric { metric } => format!("删除指标 {}", mn(plan, *metric, L)),
        Edit::SetTitle { title } => format!("标题改为 {}", title.zh),
        Edit::SetYear { year } => format!("年度改为 {year}"),
        Edit::Matrix(edit) => matrix_change(edit, plan),
    }
}

fn sheet_name(plan: &Plan, sheet: Sheet) -> String {
    match sheet {
        Sheet::Metric(metric) => mn(plan, metric, L),
        Sheet::Departments => "部门".to_owned(),
        Sheet::Manufacturing => "制造业取证".to_owned(),
        Sheet::Countable => "其他指标".to_owned(),
    }
}

fn matrix_change(edit: &MatrixEdit, plan: &Plan) -> String {
    let department = |i: usize| names_joined(plan, &[i], Lines::Departments, L);
    match edit {
        MatrixEdit::SetRounding(r) => format!(
            "部门分解：舍入改为{}",
            (super::matrix::TEXTS.rounding_name)(*r)
        ),
        MatrixEdit::SetStep(step) => format!("部门分解：步长改为 {}", g(*step)),
        MatrixEdit::SetMetric(metric) => {
            format!("部门分解：对应区县指标改为 {}", mn(plan, *metric, L))
        }
        MatrixEdit::SetCell { row, column, rule } => match rule {
            CellRule::Free => format!("{} {} 恢复自动分配", department(*row), dn(plan, *column, L)),
            CellRule::Zero => format!("{} {} 设为结构零", department(*row), dn(plan, *column, L)),
            CellRule::Locked(v) => format!(
                "{} {} 锁定为 {}",
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
            "{} {} 种子权重改为 {}",
            department(*row),
            dn(plan, *column, L),
            g(*weight)
        ),
        MatrixEdit::PasteSeed { .. } => "粘贴种子权重".to_owned(),
        MatrixEdit::ClearSeed => "种子权重恢复为按区县比例".to_owned(),
        MatrixEdit::SetDepartmentQuota { row, value } => {
            format!("{} 部门指标改为 {}", department(*row), q(*value))
        }
        MatrixEdit::AddBalancingRow { name, .. } => format!("添加平衡行 {}", name.zh),
        MatrixEdit::ScaleDepartments => "按比例调整各部门指标".to_owned(),
    }
}
