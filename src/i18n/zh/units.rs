//! 中文: the units panel (departments, manufacturing, other targets).

use quota_engine::simulate::Month;

use super::common::month_name;
use crate::i18n::units::{Units, UnitsTexts};

pub(super) const TEXTS: UnitsTexts = UnitsTexts {
    heading: "部门与其他指标",
    tab,
    sheet,
    note,
    department: "部门",
    target: "指标",
    manufacturing: "其中制造业取证数",
    headers,
    departments_total: "部门合计",
    manufacturing_total: "全市",
    nothing,
};

fn tab(units: Units) -> &'static str {
    match units {
        Units::Departments => "部门",
        Units::Manufacturing => "其中制造业",
        Units::Countable => "其他指标",
    }
}

fn sheet(units: Units) -> &'static str {
    match units {
        Units::Departments => "部门完成情况",
        Units::Manufacturing => "制造业取证占比",
        Units::Countable => "其他指标完成情况",
    }
}

fn note(units: Units) -> &'static str {
    match units {
        Units::Departments => "各部门任务数见附件2，按与地区相同的亮灯规则判断（进度要求为时间进度；按序时目标时为分月比例的累计）；绿灯还须不低于部门合计完成率。",
        Units::Manufacturing => "制造业取证人数占本地区取证数的比重，对照方案要求的最低占比；低于最低占比的百分点按同样的黄灯、红灯界线亮灯。须同时报送取证数和其中制造业人数。",
        Units::Countable => "全市累计数，对照时间进度亮灯。",
    }
}

fn headers(units: Units) -> [&'static str; 7] {
    match units {
        Units::Departments => [
            "任务数",
            "累计完成",
            "完成率",
            "进度要求",
            "差距（百分点）",
            "本月",
            "连续月数",
        ],
        Units::Manufacturing => [
            "取证数",
            "其中制造业",
            "占比",
            "最低占比",
            "差距（百分点）",
            "本月",
            "连续月数",
        ],
        Units::Countable => [
            "目标",
            "累计完成",
            "完成率",
            "时间进度",
            "差距（百分点）",
            "本月",
            "连续月数",
        ],
    }
}

fn nothing(units: Units, month: Month) -> String {
    let what = match units {
        Units::Departments => "部门完成数",
        Units::Manufacturing => "制造业取证数",
        Units::Countable => "其他指标完成数",
    };
    format!(
        "截至{}尚无{what}报送，无法判断进度。",
        month_name(usize::from(month.get()))
    )
}
