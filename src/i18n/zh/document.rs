//! 中文: the bulletin document (通报) and the words of its paragraphs.

use super::common::month_name;
use crate::i18n::document::{DocumentField, DocumentTexts, MetricWords, UnitsWords};

pub(super) const TEXTS: DocumentTexts = DocumentTexts {
    heading: "通报文稿",
    field,
    default_title: |year, month| {
        format!(
            "关于{year}年{}技能人才工作进展情况的通报",
            month_name(usize::from(month.get()))
        )
    },
    metric_heading: |i, name| {
        format!(
            "{}、{name}",
            ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
                .get(i)
                .copied()
                .unwrap_or("十")
        )
    },
    print: "打印通报",
    download_docx: "下载 Word（DOCX）",
    metric: MetricWords {
        time_progress: "时间进度",
        phased: "序时进度",
        ahead_of: |yardstick, schedule, points| {
            format!("超出{yardstick}（{schedule}）{points}个百分点")
        },
        behind_of: |yardstick, schedule, points| {
            format!("落后{yardstick}（{schedule}）{points}个百分点")
        },
        city: |month, done, quota, rate, against| {
            format!("截至{month}底，全市累计完成{done}，占年度目标任务{quota}的{rate}，{against}。")
        },
        ahead_item: |name, rate| format!("{name}（{rate}）"),
        ahead: |count, yardstick, list| format!("{count}个地区完成进度快于{yardstick}：{list}。"),
        behind_item: |name, rate, gap| format!("{name}（完成率{rate}，差{gap}）"),
        behind: |count, list| format!("{count}个地区进度滞后：{list}。"),
        ranking: |top, bottom| format!("完成率居前三位的是{top}，居后三位的是{bottom}。"),
        unreported: |names| format!("{names}尚未报送本月数据。"),
    },
    units_heading: "部门及其他指标",
    units: UnitsWords {
        departments: |month, count, metric, done, quota, rate| {
            format!("截至{month}底，{count}个部门累计完成{metric}{done}，占部门任务{quota}的{rate}")
        },
        department_item: |name, rate| format!("{name}（完成率{rate}）"),
        all_on_schedule: "，各部门均达到进度要求。",
        departments_behind: |count, list| format!("；{count}个部门进度滞后：{list}。"),
        manufacturing: |share, side, minimum| {
            format!("全市取证人员中制造业占{share}，{side}方案要求的{minimum}%")
        },
        meeting: "达到",
        below: "低于",
        short_item: |name, share| format!("{name}（{share}）"),
        short: |list| format!("；{list}低于最低占比。"),
        countable_item: |name, done, target| format!("{name}完成{done}（年度目标{target}）"),
        countable: |list| format!("其他指标：{list}。"),
    },
};

fn field(field: DocumentField) -> &'static str {
    match field {
        DocumentField::Issuer => "发文机关",
        DocumentField::Number => "文号",
        DocumentField::Date => "日期",
        DocumentField::Title => "标题",
        DocumentField::Closing => "补充段落（每行一段）",
    }
}
