//! 中文: the header and the screen tabs.

use crate::i18n::app::AppTexts;

pub(super) const TEXTS: AppTexts = AppTexts {
    app_name: "指标分解与完成模拟",
    html_lang: "zh-CN",
    switch_lang: "English",
    switch_lang_label: "English 切换到英文界面",
    issued_by: "发布机构",
    views: "视图",
    tab_plan: "指标分解",
    tab_bulletin: "月度通报",
    tab_forecast: "完成预测",
};
