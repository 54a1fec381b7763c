//! 中文: the month grid of cumulative actuals.

use crate::i18n::actuals::ActualsTexts;

pub(super) const TEXTS: ActualsTexts = ActualsTexts {
    heading: "月度累计完成数",
    load_sample: "载入示例数据",
    clear_actuals: "清空完成数",
    sample_banner: "示例数据：按季节规律生成的演示数据，并非真实统计。",
    no_actuals: "尚无完成数据。可逐月录入、从 Excel 粘贴，或载入示例数据。",
    decreases: "小于此前月份的累计数",
    decreases_summary: |n| {
        format!("有 {n} 处累计完成数比此前月份少（累计数不应减少），已在表中标出；请核对。计算时这些月份按新增 0 计。")
    },
    above_whole: "“其中”数大于所属总数",
    above_whole_summary: |n| {
        format!("有 {n} 处“其中”数大于同月所属的总数（如高技能人才数大于取证数、制造业取证数大于取证数），已在表中标出；请核对。")
    },
};
