//! 中文: how a number came about and what would change it.

use quota_engine::apportion::Reason;

use crate::i18n::grouped as g;
use crate::i18n::why::{FlipWords, RuleWords, WhyTexts};

pub(super) const TEXTS: WhyTexts = WhyTexts {
    heading: "这个数是怎么来的",
    hint: "点击表格中的任一指标，查看它的计算依据。",
    published_shares: "按发布方案占比",
    current_value: "当前值",
    flips_heading: "什么会改变这个数",
    reason,
    rule_words: RuleWords {
        no_remainder: |extra| {
            format!("最大余数法：各地区先取精确份额的整数部分，剩下的 {extra} 个步长按余数从大到小各给一个；本地区没有余数。")
        },
        remainder: |extra, rank, of, outcome| {
            format!("最大余数法：各地区先取精确份额的整数部分，剩下的 {extra} 个步长按余数从大到小各给一个；本地区的余数在 {of} 个中排第 {rank}，{outcome}。")
        },
        gets_step: "因此多得一个步长",
        gets_none: "没有轮到",
        between: |low, high| format!("{low}–{high} 之间的任意值"),
        at_least: |low| format!("不小于 {low} 的任意值"),
        divisor: |step, range, base, divisor, persons, quota| {
            format!("除数法：找一个除数（每人对应的基数），各地区基数除以它后按本方法的取整点取整（步长 {step}）；除数取 {range} 都得到这一分配。本地区基数 {base} ÷ {divisor} ≈ {persons} 人，取整后为 {quota}。")
        },
    },
    flip_words: FlipWords {
        gain: |base, more| format!("基数增至 {base}（增加 {more}）即多得一个步长"),
        no_gain: "基数再大也不会多得（已锁定或已到上限）",
        lose: |base, less| format!("基数降至 {base}（减少 {less}）即少一个步长"),
        no_lose: "基数再小也不会少得（已锁定、已到下限或为 0）",
        total: |up, total, after, paradox| {
            let moves = if up { "增" } else { "减" };
            format!("全市总数{moves}至 {total} 时，本地区变为 {after}{paradox}")
        },
        paradox: "（与总数反向：阿拉巴马悖论）",
        steady: |up, steps| {
            let moves = if up { "增加" } else { "减少" };
            format!("全市总数{moves} {steps} 个步长以内，本地区不变")
        },
    },
};

fn reason(reason: &Reason, exact: &str, step: u64) -> String {
    match reason {
        Reason::Locked => "已锁定，保持不变".to_owned(),
        Reason::ZeroWeight => "分配基数为 0，取下限".to_owned(),
        Reason::AtMinimum => format!("精确份额 {exact} 低于下限，取下限"),
        Reason::AtMaximum => format!("精确份额 {exact} 达到上限，取上限"),
        Reason::Remainder {
            floor,
            extra_unit: true,
        } => format!(
            "精确份额 {exact}：向下取整 {}，余数较大，再加 1 个单位 {}",
            floor.grouped(),
            g(step)
        ),
        Reason::Remainder {
            floor,
            extra_unit: false,
        } => {
            format!("精确份额 {exact}：向下取整 {}，余数未入选", floor.grouped())
        }
        Reason::Rounded { up: true } => format!("精确份额 {exact}：超过该方法的舍入点，向上取整"),
        Reason::Rounded { up: false } => format!("精确份额 {exact}：未到该方法的舍入点，向下取整"),
    }
}
