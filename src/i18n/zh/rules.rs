//! 中文: how a metric is split: its rules, the methods compared, ties and paradoxes.

use quota_engine::apportion::{Method, Paradox};
use quota_engine::Plan;

use super::L;
use crate::i18n::rules::{BaseKind, RulesTexts};
use crate::i18n::{district_name as dn, grouped as g, q};

pub(super) const TEXTS: RulesTexts = RulesTexts {
    heading: "分配规则",
    method: "分配方法",
    base: "分配基数",
    blend_percent: "当前指标占比（%）",
    reapportion: "按规则重新分配",
    bounds_heading: "各地区上下限",
    minimum: "下限",
    maximum: "上限",
    method_name,
    base_name,
    compare_heading: "方法对比",
    gallagher: "加拉格尔指数（百分点）",
    largest_deviation: "与精确份额的最大偏差（人）",
    disproportion_note: "加拉格尔指数衡量各地区所得份额与精确份额的总体偏离（0 为完全成比例）；最大偏差是单个地区离其精确份额最远的人数。",
    compare_only_differences,
    tie_heading: "并列提示",
    tie,
    give_tie_to,
    paradox_heading: "分配悖论提示",
    paradox,
};

fn compare_only_differences(count: usize) -> String {
    format!("地区较多，仅列出各方法结果不同的 {count} 个地区（最多 100 个）。")
}

fn tie(candidates: &[&str], winners: &[&str], unit: u64) -> String {
    format!(
        "{} 并列争取最后的 {} 个单位（每单位 {}），由 {} 获得。并列时按您设定的优先顺序，未设定时按表中顺序。",
        candidates.join("、"),
        winners.len(),
        g(unit),
        winners.join("、")
    )
}

fn give_tie_to(name: &str) -> String {
    format!("改给{name}")
}

fn paradox(p: &Paradox, plan: &Plan) -> String {
    match *p {
        Paradox::Alabama {
            region,
            before,
            after,
        } => format!(
            "全市总数{}，{}的指标却从 {} {}为 {}（阿拉巴马悖论：按最大余数法，总数变化可能让个别地区反向变化）。",
            if after < before { "增加" } else { "减少" },
            dn(plan, region, L),
            q(before),
            if after < before { "减" } else { "增" },
            q(after)
        ),
        Paradox::Population { grew, other } => format!(
            "{}的基数相对原指标的增幅大于{}，却让给{}一个步长（人口悖论）。",
            dn(plan, grew, L),
            dn(plan, other, L),
            dn(plan, other, L)
        ),
        Paradox::QuotaRule {
            region,
            quota,
            lower,
            upper,
        } => format!(
            "{}的指标 {} 超出其精确份额取整后的范围 {}–{}（除数法可能违反份额规则，最大余数法不会）。",
            dn(plan, region, L),
            q(quota),
            q(lower),
            q(upper)
        ),
    }
}

fn method_name(method: Method) -> &'static str {
    match method {
        Method::LargestRemainder => "最大余数法",
        Method::DHondt => "最高平均数法（D'Hondt）",
        Method::SainteLague => "圣拉格法（Webster）",
        Method::HuntingtonHill => "亨廷顿-希尔法",
        Method::Adams => "亚当斯法",
        Method::Dean => "迪恩法",
    }
}

fn base_name(base: BaseKind) -> &'static str {
    match base {
        BaseKind::Current => "当前指标",
        BaseKind::Equal => "平均分配",
        BaseKind::Custom => "自定义基数",
        BaseKind::Blend => "混合基数",
    }
}
