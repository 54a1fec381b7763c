//! 中文: the monthly bulletin.

use quota_engine::simulate::bulletin::Status;
use quota_engine::Plan;

use super::L;
use crate::i18n::bulletin::BulletinTexts;
use crate::i18n::names::{names_joined, Lines};

pub(super) const TEXTS: BulletinTexts = BulletinTexts {
    heading: "月度通报",
    completion: "完成率",
    time_progress: "时间进度",
    gap: "与时间进度差额",
    rank: "排名",
    status: "状态",
    standing,
    unreported_note,
    review_heading: "半年评价（6月）：时间过半、任务过半",
    passed: "达标",
    failed: "未达标",
    shortfall: "差额",
    print: "打印",
    completion_chart: "完成率与时间进度",
};

fn unreported_note(plan: &Plan, districts: &[usize]) -> String {
    format!(
        "尚未报送：{}。未报送的地区不参加排名、不作判断，全市合计只含已报送的数。",
        names_joined(plan, districts, Lines::Districts, L)
    )
}

fn standing(status: Status) -> &'static str {
    match status {
        Status::Ahead => "超进度",
        Status::OnPace => "符合进度",
        Status::Behind => "滞后",
        Status::NotReported => super::common::TEXTS.not_reported,
    }
}
