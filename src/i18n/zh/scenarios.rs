//! 中文: scenarios and their comparison.

use crate::i18n::scenarios::ScenarioTexts;

pub(super) const TEXTS: ScenarioTexts = ScenarioTexts {
    first: "我的方案",
    shared: "分享链接中的方案",
    label: "方案",
    new: "新建方案",
    duplicate: "复制为新方案",
    rename: "方案名称",
    delete: "删除此方案",
    compare_with: "对比方案",
    no_compare: "不对比",
    compare: "方案对比",
    difference: "差额",
    chance_difference: "达成概率差",
    chance_needs_actuals:
        "两个方案都录入（或载入示例）月度完成数后，这里同时比较达成概率之差（百分点）。",
    copy_suffix: " 副本",
};
