//! 中文: importing a CSV or XLSX file.

use crate::i18n::import::ImportTexts;

pub(super) const TEXTS: ImportTexts = ImportTexts {
    plan_button: "导入指标表（CSV/XLSX）",
    actuals_button: "导入月度完成数（CSV/XLSX）",
    actuals_export: "导出月度完成数（CSV）",
    heading: "确认导入",
    summary: |good, bad| {
        format!("将导入 {good} 个数值（按地区和列名对应，顺序不限）；{bad} 处无法导入，列在下面。确认前不会改动任何数据。")
    },
    problem: import_problem,
    confirm: "导入可读的数值",
    cancel: "取消",
    failed: import_failed,
    district: "地区",
};

fn import_problem(p: &quota_engine::formats::import::Problem) -> String {
    use quota_engine::formats::import::ProblemKind;
    let what = match &p.kind {
        ProblemKind::Number { text, error } => super::entry::TEXTS.bad_cell(text, error),
        ProblemKind::UnknownRow(name) => format!("方案中没有地区“{name}”，该行未导入"),
        ProblemKind::UnknownColumn(name) => format!("不认识的列“{name}”，该列未导入"),
        ProblemKind::Repeated(name) => format!("“{name}”重复出现，以前面一行为准"),
    };
    format!("第 {} 行第 {} 列：{what}", p.line, p.column)
}

fn import_failed(err: &quota_engine::formats::import::ImportError) -> String {
    use quota_engine::formats::import::ImportError;
    let why = match err {
        ImportError::TooLarge { bytes } => format!("文件过大（{bytes} 字节）"),
        ImportError::NoHeader => "找不到标题行（第一列为地区，其余列为指标名或月份）".to_owned(),
        ImportError::NotAWorkbook => "不是可读取的 XLSX 工作簿（请另存为 .xlsx 或 CSV）".to_owned(),
        ImportError::UnclosedQuote { line } => format!("第 {line} 行的引号没有闭合"),
    };
    format!("无法读取文件：{why}。当前数据未做任何改动。")
}
