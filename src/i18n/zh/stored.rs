//! 中文: the report on saved data that could not be read, and the scenario notices.

use crate::i18n::grouped as g;
use crate::i18n::stored::StoredTexts;

pub(super) const TEXTS: StoredTexts = StoredTexts {
    heading: "浏览器中保存的数据",
    index_unreadable: |n| format!("方案列表已损坏，无法读取；已从各方案的单独存储中找回 {n} 个方案（顺序和上次打开的方案可能不同）。损坏的列表已原样另存，可在下面下载。"),
    newer: |found| format!("浏览器中保存的数据来自较新版本的本工具（格式 {found}），本版本不会读取或改动它。本页的修改不会自动保存：请用“导出方案（JSON）”保存，或用较新版本打开。"),
    missing: |n| format!("方案列表中有 {n} 个方案在浏览器存储中找不到，无法恢复。"),
    current_lost: |name| format!("上次打开的方案无法读取，现打开的是“{name}”。"),
    kept_intro: "以下数据无法打开，已原样保留、未做任何改动。可下载保存为文件（可发给技术人员恢复），确认不需要后再删除：",
    kept: stored_kept,
    size: |chars| format!("{} 个字符", g(chars as u64)),
    download: "下载",
    discard: "删除",
    confirm_discard: "确定删除这份无法打开的数据吗？删除后无法恢复。",
    discard_failed: "浏览器未能删除这份数据。",
    file_name: "无法打开的数据",
    read_only: "本版本不会改动浏览器中较新版本保存的数据，因此不自动保存。请用“导出方案（JSON）”保存修改。",
    already_saved: |name| format!("该方案已保存为“{name}”，已切换到它（未重复添加）。"),
    scenario_limit: |max| format!("最多可保存 {max} 个方案，未添加新方案。请先删除不需要的方案。"),
};

fn stored_kept(why: &quota_engine::library::KeptReason) -> String {
    use quota_engine::library::KeptReason;
    match why {
        KeptReason::Unreadable => "无法读取的已保存数据".to_owned(),
        KeptReason::Partial { lost } => {
            format!("旧版本保存的方案库，其中 {lost} 个方案无法读取（其余方案已打开）")
        }
        KeptReason::Newer { found } => format!("较新版本保存的数据（版本 {found}），未改动"),
        KeptReason::Superseded => "旧版本的自动保存，比已打开的方案更早，未打开".to_owned(),
        KeptReason::SetAside => "先前另存的无法读取的数据".to_owned(),
        KeptReason::Unknown => "本版本不认识的数据".to_owned(),
    }
}
