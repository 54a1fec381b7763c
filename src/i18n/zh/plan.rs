//! 中文: the decomposition screen's table, chart, structure editor and other targets.

use crate::i18n::grouped as g;
use crate::i18n::plan::PlanTexts;

pub(super) const TEXTS: PlanTexts = PlanTexts {
    caption: "地区指标分解数",
    city_prefix: "全市",
    lock_prefix: "锁定",
    pages: "分页",
    previous_page: "上一页",
    next_page: "下一页",
    showing_rows,
    share: "占比",
    vs_published: "较发布方案",
    vs_previous: "较上一步",
    exceeds: "超过",
    below_minimum: |min| format!("低于下限 {}", g(min)),
    above_maximum: |max| format!("高于上限 {}", g(max)),
    chart_heading: "指标分布图",
    other_targets: "其他目标",
    manufacturing_share: "取证数中制造业领域占比",
    allowance_technician: "紧缺工种技师岗位津贴",
    allowance_senior_technician: "紧缺工种高级技师岗位津贴",
    at_least: "≥ ",
    yuan_per_month: " 元/月",
    structure_heading: "编辑方案结构",
    title_label: "方案标题",
    add_district: "添加地区",
    add_metric: "添加指标",
    name_of: "名称",
    new_district: "新地区",
    new_metric: "新指标",
    blank_title: "新指标分解方案",
    blank_district: "地区1",
};

fn showing_rows(first: usize, last: usize, total: usize) -> String {
    format!(
        "第 {}–{} 行，共 {} 个地区",
        g(first as u64),
        g(last as u64),
        g(total as u64)
    )
}
