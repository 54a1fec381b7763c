//! 中文: files, links and the host page.

use quota_engine::formats::file::FileError;
use quota_engine::links::codec::LinkError;

use crate::i18n::files::FilesTexts;
use crate::i18n::names::nameless_plan;

pub(super) const TEXTS: FilesTexts = FilesTexts {
    toolbar_label: "方案操作",
    export_plan_csv: "导出指标表（CSV）",
    export_xlsx: "导出工作簿（XLSX）",
    export_json: "导出方案（JSON）",
    import_json: "导入方案（JSON）",
    file_opened: "已将方案文件作为新方案打开；原来的方案仍在“方案”列表中。",
    file_failed,
    host_loaded: "已打开主页面发送的方案（作为新方案）；原来的方案仍在“方案”列表中。",
    host_failed,
    copy_link: "复制分享链接",
    link_opened: "已将分享链接作为新方案打开；您原来的方案没有改动，仍可在“方案”列表中切换回去。",
    link_failed,
    copied: |chars| format!("链接已复制（{chars} 个字符），打开即可看到完全相同的数字："),
    copied_long: |chars| {
        format!("链接已复制（{chars} 个字符）。链接较长，部分聊天和邮件工具可能截断；如对方打不开，请改用“导出方案（JSON）”发送文件：")
    },
    storage_failed:
        "浏览器无法自动保存（存储已满或被禁用）。本页仍可正常使用，但刷新后修改将丢失。",
};

fn link_failed(err: &LinkError) -> String {
    let why = match err {
        LinkError::Empty => "链接为空".to_owned(),
        LinkError::NotALink => "这不是本工具的分享链接".to_owned(),
        LinkError::FutureVersion { .. } => "链接由更新版本的工具生成，请升级后再打开".to_owned(),
        LinkError::TooLong { chars } => format!("链接过长（{chars} 个字符）"),
        LinkError::BadCharacters => "链接含有无效字符，可能在转发时被改动".to_owned(),
        LinkError::Corrupt => "链接不完整或已被改动，可能在转发时被截断".to_owned(),
        LinkError::Invalid => "链接中的数字不构成有效方案".to_owned(),
    };
    format!("无法打开分享链接：{why}。已显示您原来的数据，未做任何改动。")
}

fn file_failed(err: &FileError) -> String {
    let why = match err {
        FileError::TooLarge { bytes } => format!("文件过大（{bytes} 字节）"),
        FileError::NotAScenario => "这不是本工具导出的方案文件".to_owned(),
        FileError::FutureVersion { .. } => "文件由更新版本的工具导出，请升级后再打开".to_owned(),
        FileError::Malformed { line, column } => {
            format!("第 {line} 行第 {column} 列的内容不符合方案格式（例如应为整数的地方写了文字、小数或过大的数）")
        }
        FileError::Invalid(err) => format!(
            "文件中的数据不构成有效方案：{}",
            (super::errors::TEXTS.engine)(err, &nameless_plan())
        ),
    };
    format!("无法打开方案文件：{why}。当前数据未做任何改动。")
}

fn host_failed(err: &FileError) -> String {
    file_failed(err).replacen("无法打开方案文件", "无法打开主页面发送的方案", 1)
}
