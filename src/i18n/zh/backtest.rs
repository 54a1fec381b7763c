//! 中文: the backtest panel.

use quota_engine::simulate::Month;

use super::common::month_name;
use crate::i18n::backtest::BacktestTexts;

pub(super) const TEXTS: BacktestTexts = BacktestTexts {
    title: "方法回测",
    heading: backtest_heading,
    note: "用上月末已知的数据预测本月累计完成，再与本月报送数对照，以检验预测方法。方法可信时，约 80% 的地区落在区间内。",
    summary: backtest_summary,
    range: "上月预测区间（P10–P90）",
    actual: "本月报送",
    error: "中位数误差",
    inside: "落在区间内",
    yes: "是",
    no: "否",
};

fn backtest_heading(month: Month) -> String {
    format!(
        "方法回测：上月预测的{}",
        month_name(usize::from(month.get()))
    )
}

fn backtest_summary(judged: usize, inside: usize) -> String {
    format!("本月报送的 {judged} 个地区中，{inside} 个落在上月预测的区间内。")
}
