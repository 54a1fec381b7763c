//! 中文: the words many screens share.

use quota_engine::simulate::Countable;

use crate::i18n::common::CommonTexts;

pub(super) const TEXTS: CommonTexts = CommonTexts {
    district: "地区",
    metric: "指标",
    city: "全市",
    city_total: "全市总计",
    quota: "指标数",
    done: "完成数",
    colon: "：",
    list_separator: "、",
    overflow: "数值过大，无法合计",
    dismiss: "关闭",
    row: "行",
    column: "列",
    remove: "删除",
    step: "取整步长",
    as_of: "截至月份",
    not_reported: "未报送",
    export_csv: "导出 CSV",
    year: "年度",
    month_name,
    clause_separator: "，",
    full_stop: '。',
    percent_sign: "%",
    countable,
};

pub(super) fn month_name(month: usize) -> String {
    format!("{month}月")
}

fn countable(countable: Countable) -> &'static str {
    match countable {
        Countable::TrainingBases => "新建市级实训基地（个）",
        Countable::MunicipalCompetitions => "市级技能大赛（场）",
        Countable::CountyCompetitions => "县级各类比赛（场）",
        Countable::PilotEnterprises => "职业技能等级认定试点企业（家）",
    }
}
