//! English: the header and the screen tabs.

use crate::i18n::app::AppTexts;

pub(super) const TEXTS: AppTexts = AppTexts {
    app_name: "Quota Planner",
    html_lang: "en",
    switch_lang: "中文",
    switch_lang_label: "中文 Switch to Chinese",
    issued_by: "Issued by",
    views: "Views",
    tab_plan: "Decomposition",
    tab_bulletin: "Monthly bulletin",
    tab_forecast: "Forecast",
};
