//! 中文: the year-end forecast, its settings, the reallocation and the allowance budget.

use quota_engine::simulate::Month;
use quota_engine::Plan;

use super::common::month_name;
use super::L;
use crate::i18n::forecast::ForecastTexts;
use crate::i18n::{district_name as dn, grouped as g};

pub(super) const TEXTS: ForecastTexts = ForecastTexts {
    heading: "年末预测",
    computing: |paths| format!("正在计算（{paths} 次模拟）……"),
    fewer_paths,
    run_rate: "按当前进度",
    seasonal: "按季节规律",
    p10: "P10",
    p50: "中位数",
    p90: "P90",
    probability: "完成概率",
    required_pace: "今后每月需完成",
    recent_pace: "近三月月均",
    pace_changed,
    path_heading: "累计完成与目标进度",
    path_legend: "实线：累计完成；虚线：按时间均匀推进的目标；蓝色区域：年末预测 P10–P90",
    fan_legend: "蓝条：P10–P90 区间；深色竖线：中位数；虚线：全年指标",
    fan_heading: "年末预测区间（P10–P90）",
    realloc_heading: "年中调整：重新分配全年指标",
    realloc_note:
        "按各地区预测完成能力（中位数）重新分配全市指标，每个地区的新指标不低于已完成数。",
    apply_realloc: "采用新指标",
    old_quota: "原指标",
    new_quota: "新指标",
    old_probability: "原完成概率",
    new_probability: "新完成概率",
    allowance_heading: "岗位津贴预算",
    technicians: "新增紧缺工种技师（人）",
    seniors: "新增紧缺工种高级技师（人）",
    months_paid: "发放月数",
    per_month: "每月",
    in_total: "合计",
    yuan: "元",
    settings: "预测设置",
    profile: "季节权重",
    flat: "平均分布",
    spring: "春节淡季、年底冲刺",
    paths: "模拟次数",
    seed: "随机种子",
    cv: "波动系数（‰）",
    city_shock: "全市共同波动（‰）",
    lost_month: "全市停摆月份",
    none: "无",
    knobs: "进度调整",
    add_knob: "添加进度调整",
    knob_from: "起始月份",
    knob_percent: "进度（%）",
    warning: forecast_warning,
};

fn pace_changed(month: Month) -> String {
    format!(
        "{}起进度明显变化，按新进度预测",
        month_name(usize::from(month.get()))
    )
}

fn fewer_paths(paths: u32) -> String {
    format!("地区较多：为保持页面流畅，本次按 {paths} 次模拟计算。")
}

fn forecast_warning(w: &quota_engine::simulate::forecast::SettingsWarning, plan: &Plan) -> String {
    use quota_engine::simulate::forecast::SettingsWarning;
    match w {
        SettingsWarning::ProfileAllZero => {
            "季节权重全为 0：预测将认为今后不会再有任何完成数。请检查权重。".to_owned()
        }
        SettingsWarning::ProfileZeroSoFar { month } => format!(
            "截至{}的季节权重全为 0：无法从已完成数推算进度，预测按零进度计算。请检查权重。",
            month_name(usize::from(month.get()))
        ),
        SettingsWarning::ExtremePace { district, percent } => format!(
            "{} 的进度调整为 {}%（{} 倍），远超实际可能，可能是输入错误。",
            dn(plan, *district, L),
            g(u64::from(*percent)),
            g(u64::from(*percent / 100))
        ),
    }
}
