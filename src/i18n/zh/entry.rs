//! 中文: typing and pasting numbers.

use quota_engine::support::parse::ParseError;

use crate::i18n::entry::EntryTexts;

pub(super) const TEXTS: EntryTexts = EntryTexts {
    paste_heading: "粘贴数据",
    paste_confirm: "应用可读取部分",
    paste_cancel: "取消",
    paste_summary,
    parse_error,
    quoted: |text, why| format!("“{text}”：{why}"),
};

fn paste_summary(readable: usize, unreadable: usize) -> String {
    format!("可读取 {readable} 个单元格；{unreadable} 个无法读取，将跳过：")
}

fn parse_error(err: &ParseError, typed: Option<&str>) -> String {
    match err {
        ParseError::Empty => "请输入数字".to_owned(),
        ParseError::Negative => "指标不能为负数".to_owned(),
        ParseError::Fraction => "指标须为整数".to_owned(),
        ParseError::NotANumber => format!("“{}”不是数字", typed.unwrap_or("")),
        ParseError::TooLarge => "数值过大".to_owned(),
    }
}
