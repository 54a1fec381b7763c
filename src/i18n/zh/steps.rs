//! 月度通报各步骤的中文文字：步骤导航、本月进度和核对。

use crate::i18n::steps::StepsTexts;

pub(super) const TEXTS: StepsTexts = StepsTexts {
    nav: "本月工作步骤",
    collect: "收数",
    check: "核对",
    lights: "亮灯",
    report: "通报",
    collect_hint: "发出报送链接、导入回复，或在月度表中直接填写、粘贴累计完成数。",
    check_hint: "导入后先核对：尚未报送的单位、低于此前月份的累计数、大于所属总数的“其中”数。",
    lights_hint: "按亮灯规则判断各地区、各部门的进度，列出督办对象。",
    report_hint: "月度通报表、半年评价和通报文稿：可打印、导出或下载。",
    status_heading: |month| format!("{month}工作进度"),
    districts_reported: |done, all| format!("地区已报送 {done}/{all}"),
    departments_reported: |done, all| format!("部门已报送 {done}/{all}"),
    findings: |n| {
        if n == 0 {
            "核对未发现问题".to_owned()
        } else {
            format!("核对发现 {n} 处问题")
        }
    },
    check_heading: |month| format!("{month}数据核对"),
    returns_heading: "报送情况",
    all_returned: "各地区、各部门均已报送。",
    districts_missing: |names| format!("尚未报送的地区：{names}。"),
    departments_missing: |names| format!("尚未报送的部门：{names}。"),
    incomplete: |district, metrics| format!("{district} 尚未报送：{metrics}。"),
    decreases_heading: "累计数低于此前月份",
    above_heading: "“其中”数大于同月所属的总数",
    nothing_flagged: "未发现。",
    flagged: |series, month| format!("{series}（{month}）"),
    go_collect: "到“收数”修改",
};
