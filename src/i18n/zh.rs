//! 中文界面文字（默认语言）。

use super::Texts;

pub(super) const TEXTS: Texts = Texts {
    app_name: "指标分解与完成模拟",
    html_lang: "zh-CN",
    switch_lang: "English",
    switch_lang_label: "切换到英文界面",
    plan_table_caption: "地区指标分解数",
    district: "地区",
    city_total: "全市总计",
    other_targets: "其他目标",
    issued_by: "发布机构",
    year: "年度",
    training_bases: "新建市级实训基地（个）",
    municipal_competitions: "市级技能大赛（场）",
    county_competitions: "县级各类比赛（场）",
    pilot_enterprises: "职业技能等级认定试点企业（家）",
    manufacturing_share: "取证数中制造业领域占比",
    allowance_technician: "紧缺工种技师岗位津贴",
    allowance_senior_technician: "紧缺工种高级技师岗位津贴",
    at_least: "≥ ",
    yuan_per_month: " 元/月",
    colon: "：",
    overflow: "数值过大，无法合计",
};
