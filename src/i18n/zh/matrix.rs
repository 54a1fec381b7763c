//! 中文: the department × district matrix screen.

use quota_engine::matrix::{MatrixError, Rounding};
use quota_engine::Plan;

use super::L;
use crate::i18n::matrix::MatrixTexts;
use crate::i18n::names::{names_joined, Lines};
use crate::i18n::{grouped as g, matrix_place, q};

pub(super) const TEXTS: MatrixTexts = MatrixTexts {
    tab: "部门分解",
    heading: "部门 × 区县分解",
    intro: "各部门指标层层分解至各县（市、区）：每行合计等于部门指标，每列合计等于区县指标，两边同时精确成立（双比例分配：行、列各一个除数，按舍入规则取整）。输入单元格可锁定数值或修改种子权重；“0”按钮标记该部门在该区县无任务。",
    caption: "部门 × 区县指标矩阵",
    department: "部门",
    target: "目标",
    sum: "合计",
    metric: "对应区县指标",
    rounding: "舍入规则",
    rounding_name,
    mode: "输入单元格时设定",
    mode_values: "锁定值",
    mode_seeds: "种子权重",
    seed: "种子权重",
    seed_independence: "部门指标 × 区县指标（按区县比例分布）",
    seed_prior: "自定义先验表（如上年实绩、企业数）",
    clear_seed: "恢复为按区县比例",
    zero_prefix: "结构零",
    department_quota: "部门指标",
    mismatch: |rows, columns, metric| format!(
        "部门指标合计 {} 与区县“{metric}”合计 {} 不一致，矩阵无法同时满足两边。请选择如何处理（不会自动修改）：",
        g(rows), g(columns)
    ),
    balance_row: |difference| format!("添加平衡行“人社部门及其他”（{}）", g(difference)),
    balance_name: "人社部门及其他",
    balance_task: "平衡行：区县合计与部门合计之差",
    scale: |total| format!("按比例调整各部门指标，合计为 {}", g(total)),
    error: matrix_error,
    divisors_heading: "除数与平局",
    row_divisor: "行除数",
    column_divisor: "列除数",
    no_ties: "没有单元格正好落在舍入分界点上。",
    tie: |department, district, value, alternative| format!(
        "{department} {district}：正好落在分界点上，取 {}（也可为 {}，需同行同列另一平局单元格反向调整）",
        g(value), g(alternative)
    ),
    more_ties: |n| format!("……另有 {n} 个单元格落在分界点上"),
    iterations: |rounds, transfers| format!("交替缩放 {rounds} 轮，平局转移 {transfers} 次"),
    export_csv: "导出矩阵 CSV",
    file_name: "部门分解",
    was: "上一步为",
};

fn matrix_error(err: &MatrixError, plan: &Plan) -> String {
    match err {
        MatrixError::Empty => "没有部门或没有区县，无法分解。".to_owned(),
        MatrixError::TooLarge {
            rows,
            columns,
            limit,
        } => format!("{rows} × {columns} 个单元格超过上限 {}", g(*limit as u64)),
        MatrixError::SeedShape { .. } => {
            "种子权重表的行列数与部门、区县数不符，请恢复为按区县比例后重新粘贴。".to_owned()
        }
        MatrixError::ZeroStep => "步长至少为 1".to_owned(),
        MatrixError::NotMultipleOfStep {
            place: p,
            value,
            step,
        } => format!(
            "{}的 {} 不是步长 {} 的整数倍",
            matrix_place(plan, *p, L),
            q(*value),
            g(*step)
        ),
        MatrixError::MarginsDisagree { rows, columns } => {
            format!("部门合计 {} 与区县合计 {} 不一致", q(*rows), q(*columns))
        }
        MatrixError::LocksExceed {
            place: p,
            locked,
            target,
        } => format!(
            "{}的锁定单元格合计 {}，超过其目标 {}",
            matrix_place(plan, *p, L),
            q(*locked),
            q(*target)
        ),
        MatrixError::Infeasible {
            rows,
            columns,
            needed,
            available,
        } => {
            format!(
            "无法满足：部门 {} 还需 {}，但它们可以分配的区县 {} 只剩 {}。请取消部分结构零或锁定。",
            names_joined(plan, rows, Lines::Departments, L), q(*needed),
            if columns.is_empty() { "（无）".to_owned() } else { names_joined(plan, columns, Lines::Districts, L) },
            q(*available)
        )
        }
        MatrixError::Overflow => "数字太大，无法计算".to_owned(),
        MatrixError::NoConvergence => "计算未能收敛，请检查结构零和锁定".to_owned(),
    }
}

fn rounding_name(rounding: Rounding) -> &'static str {
    match rounding {
        Rounding::Webster => "四舍五入（Webster / Sainte-Laguë）",
        Rounding::DHondt => "向下取整（D'Hondt）",
    }
}
