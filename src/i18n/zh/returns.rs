//! 中文: returns from the districts (报送).

use quota_engine::links::returns::ReplyProblem;
use quota_engine::Plan;

use super::L;
use crate::i18n::returns::ReturnsTexts;
use crate::i18n::{grouped as g, unit_list, unit_name};

pub(super) const TEXTS: ReturnsTexts = ReturnsTexts {
    heading: "数据报送",
    note: "为每个地区和部门生成本月的报送链接，发给对方填写累计数；发回的回复链接粘贴到下方（每行一个，可带其他文字），先预览、再确认导入。",
    request_of: |name| format!("{name} 报送链接"),
    copy: "复制",
    copy_all: "复制全部报送链接",
    paste: "粘贴回复链接（每行一个）",
    summary: |returned, missing| format!("已报送 {returned} 个单位，未报送 {missing} 个。"),
    missing: |plan, units| format!("未报送：{}", unit_list(plan, units, L, "、")),
    change_headers: ["报送单位", "项目", "现有数", "报送数"],
    problem: returns_problem,
    apply: |n| format!("确认导入 {n} 个数（可撤销）"),
    nothing_new: "回复的数与已有数据相同，没有需要导入的。",
    form_heading: |title, district, month| format!("{title}：{district} {month}月数据报送"),
    form_note: |month| format!("请填写截至{month}月底的累计完成数，然后生成回复链接，复制发回市里。"),
    known: |v| format!("市里现有 {}", g(v)),
    make_reply: "生成回复链接",
    reply_label: "回复链接（复制后发回）",
    bad_request: "这个报送链接无法读取：请向市里重新索取。",
    nothing_typed: "请至少填写一个数，再生成回复链接。",
    part_above_whole: |part, p, whole, w| {
        format!(
            "{part}（{}）不能大于{whole}（{}）：“其中”数是总数的一部分。请核对这两个数，再生成回复链接。",
            g(p),
            g(w)
        )
    },
    above_whole: |names| format!("请核对：导入后以下“其中”数将大于同月所属的总数：{}。", names.join("、")),
};

fn returns_problem(line: usize, problem: &ReplyProblem, plan: &Plan) -> String {
    let why = match *problem {
        ReplyProblem::NotAReply => "不是回复链接".to_owned(),
        ReplyProblem::Corrupt => "链接已损坏（校验不符），请让地区重新生成".to_owned(),
        ReplyProblem::OtherPlan => "是另一个方案的回复".to_owned(),
        ReplyProblem::OtherMonth { month } => format!("是 {month} 月的回复，不是本月的"),
        ReplyProblem::DoesNotFit => "与本方案的地区、部门或指标对不上".to_owned(),
        ReplyProblem::Repeated { unit } => {
            format!("{}重复报送，以后面一条为准", unit_name(plan, unit, L))
        }
    };
    format!("第 {line} 行：{why}")
}
