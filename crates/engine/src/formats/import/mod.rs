//! Importing tables from spreadsheets: the plan table and a metric's monthly actuals, from CSV
//! or XLSX as Excel or WPS save them (or as this app exports them).
//!
//! An import never applies anything itself: it returns a [`Preview`] — the values it could read,
//! placed on the plan's districts and columns by *name*, and every [`Problem`] with its line and
//! column in the file — for the planner to confirm. Rows and columns are matched by their
//! Chinese or English names, so a file may list the districts in any order, leave some out, or
//! carry a total row (recognised and skipped).

mod unzip;
mod xlsx;
mod xml;

use thiserror::Error;

pub use unzip::MAX_PART;
pub use xlsx::read_xlsx;

use crate::simulate::actuals::MONTHS;
use crate::support::parse::{parse_quota, ParseError};
use crate::{Plan, Quota};

/// The largest file read, in bytes (a 3,000-district plan with 12 months is well under 1 MB).
pub const MAX_BYTES: usize = 4 * 1024 * 1024;
/// The most lines read.
pub const MAX_LINES: usize = 20_000;
/// The most fields read in one line.
pub const MAX_FIELDS: usize = 400;

/// Why a file cannot be read at all.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ImportError {
    /// More than [`MAX_BYTES`].
    #[error("the file is too large ({bytes} bytes)")]
    TooLarge {
        /// Its size.
        bytes: usize,
    },
    /// No line with a recognised column.
    #[error("no header line names a column this table has")]
    NoHeader,
    /// Not an XLSX workbook, or one whose first sheet cannot be read.
    #[error("not a readable XLSX workbook")]
    NotAWorkbook,
    /// A quoted field is never closed.
    #[error("a quote opened on line {line} is never closed")]
    UnclosedQuote {
        /// The line (1-based) where it opened.
        line: usize,
    },
}

/// What is wrong with one cell or line of the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// The cell is not a whole, non-negative number.
    Number {
        /// What the cell holds (cut to 40 characters).
        text: String,
        /// Why it is not a quota.
        error: ParseError,
    },
    /// The row names no district of the plan.
    UnknownRow(String),
    /// The header names no column of the table.
    UnknownColumn(String),
    /// The same district appears again; the later line is ignored.
    Repeated(String),
}

/// A problem and where it is in the file: line and column, 1-based as a spreadsheet counts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Line in the file.
    pub line: usize,
    /// Column in the file.
    pub column: usize,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// What an import would put where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preview {
    /// Values by district and column (metric or month), aligned to the plan; `None` where the
    /// file has nothing readable, which the import leaves as it is.
    pub values: Vec<Vec<Option<Quota>>>,
    /// Everything that will not be imported, and why.
    pub problems: Vec<Problem>,
}

impl Preview {
    /// How many values the import would set.
    #[must_use]
    pub fn count(&self) -> usize {
        self.values.iter().flatten().filter(|v| v.is_some()).count()
    }
}

/// Splits CSV text into lines of fields: commas (or semicolons, or tabs, whichever the first
/// line uses most), fields in double quotes with `""` for a quote, CRLF or LF, a UTF-8 BOM.
pub fn read_csv(text: &str) -> Result<Vec<Vec<String>>, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let first = text.lines().next().unwrap_or("");
    let separator = [',', ';', '\t']
        .into_iter()
        .max_by_key(|&s| (first.matches(s).count(), s == ','))
        .unwrap_or(',');
    let mut lines: Vec<Vec<String>> = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let (mut quoted, mut line, mut opened) = (false, 1usize, 1usize);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => {
                if c == '\n' {
                    line += 1;
                }
                field.push(c);
            }
            (false, '"') if field.trim().is_empty() => {
                field.clear();
                quoted = true;
                opened = line;
            }
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n' | '\r') => {
                line += 1;
                fields.push(std::mem::take(&mut field));
                if lines.len() < MAX_LINES {
                    fields.truncate(MAX_FIELDS);
                    lines.push(std::mem::take(&mut fields));
                } else {
                    fields.clear();
                }
            }
            (false, c) if c == separator => fields.push(std::mem::take(&mut field)),
            (false, c) => field.push(c),
        }
    }
    if quoted {
        return Err(ImportError::UnclosedQuote { line: opened });
    }
    if !field.is_empty() || !fields.is_empty() {
        fields.push(field);
        fields.truncate(MAX_FIELDS);
        lines.push(fields);
    }
    Ok(lines)
}

/// Names that mark a total line, which an import skips.
fn is_total(name: &str) -> bool {
    let name = name.trim().to_ascii_lowercase();
    ["合计", "总计"].iter().any(|t| name.contains(t))
        || ["全市", "total", "city total", "sum"].contains(&name.as_str())
}

fn same(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// The plan's district that `name` names, in either language.
fn district(plan: &Plan, name: &str) -> Option<usize> {
    plan.districts
        .iter()
        .position(|d| same(&d.name.zh, name) || same(&d.name.en, name))
}

/// Lays `lines` onto the plan's districts (rows, by the first column's names) and onto the
/// columns `column_of` recognises in the header line (the first line that names one).
fn preview(
    plan: &Plan,
    lines: &[Vec<String>],
    columns: usize,
    column_of: impl Fn(&str) -> Option<usize>,
) -> Result<Preview, ImportError> {
    let header_at = lines
        .iter()
        .position(|l| l.iter().skip(1).any(|f| column_of(f).is_some()))
        .ok_or(ImportError::NoHeader)?;
    let mut problems = Vec::new();
    let header: Vec<Option<usize>> = lines[header_at]
        .iter()
        .enumerate()
        .map(|(c, f)| {
            let found = if c == 0 { None } else { column_of(f) };
            if c > 0 && found.is_none() && !f.trim().is_empty() && !is_total(f) {
                problems.push(Problem {
                    line: header_at + 1,
                    column: c + 1,
                    kind: ProblemKind::UnknownColumn(cut(f)),
                });
            }
            found
        })
        .collect();
    let mut values = vec![vec![None; columns]; plan.districts.len()];
    let mut seen = vec![false; plan.districts.len()];
    for (l, fields) in lines.iter().enumerate().skip(header_at + 1) {
        let name = fields.first().map_or("", String::as_str);
        if fields.iter().all(|f| f.trim().is_empty()) || is_total(name) {
            continue;
        }
        let at = |column: usize, kind| Problem {
            line: l + 1,
            column,
            kind,
        };
        let Some(d) = district(plan, name) else {
            problems.push(at(1, ProblemKind::UnknownRow(cut(name))));
            continue;
        };
        if std::mem::replace(&mut seen[d], true) {
            problems.push(at(1, ProblemKind::Repeated(cut(name))));
            continue;
        }
        for (c, text) in fields.iter().enumerate().skip(1) {
            let Some(Some(target)) = header.get(c) else {
                continue;
            };
            match parse_quota(text) {
                Ok(q) => values[d][*target] = Some(q),
                Err(ParseError::Empty) => {}
                Err(error) => problems.push(at(
                    c + 1,
                    ProblemKind::Number {
                        text: cut(text),
                        error,
                    },
                )),
            }
        }
    }
    Ok(Preview { values, problems })
}

fn cut(text: &str) -> String {
    text.trim().chars().take(40).collect()
}

/// The plan table from CSV: a header line naming metrics, then one line per district.
pub fn plan_csv(plan: &Plan, text: &str) -> Result<Preview, ImportError> {
    plan_lines(plan, &read_csv(text)?)
}

fn plan_lines(plan: &Plan, lines: &[Vec<String>]) -> Result<Preview, ImportError> {
    preview(plan, lines, plan.metrics.len(), |name| {
        plan.metrics
            .iter()
            .position(|m| same(&m.name.zh, name) || same(&m.name.en, name))
    })
}

/// What a chosen file holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// CSV text.
    Text(String),
    /// An XLSX workbook's bytes (its first sheet is read).
    Workbook(Vec<u8>),
}

impl Source {
    /// The file's lines of fields.
    pub fn lines(&self) -> Result<Vec<Vec<String>>, ImportError> {
        match self {
            Source::Text(text) => read_csv(text),
            Source::Workbook(bytes) if bytes.len() > MAX_BYTES * 4 => {
                Err(ImportError::TooLarge { bytes: bytes.len() })
            }
            Source::Workbook(bytes) => read_xlsx(bytes),
        }
    }
}

/// The plan table from a CSV file or the first sheet of a workbook.
pub fn plan_table(plan: &Plan, source: &Source) -> Result<Preview, ImportError> {
    plan_lines(plan, &source.lines()?)
}

/// One metric's monthly actuals from a CSV file or the first sheet of a workbook.
pub fn actuals_table(plan: &Plan, source: &Source) -> Result<Preview, ImportError> {
    preview(plan, &source.lines()?, MONTHS, month_of)
}

/// The month a header names: `1`–`12`, `1月`–`12月`, `M1`, `Jan`…`Dec` or `January`….
#[must_use]
pub fn month_of(name: &str) -> Option<usize> {
    const EN: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let name = name.trim().to_ascii_lowercase();
    let digits = name
        .trim_start_matches('m')
        .trim_end_matches('月')
        .trim_end_matches("份");
    if let Ok(n) = digits.parse::<usize>() {
        return (1..=MONTHS).contains(&n).then(|| n - 1);
    }
    if name.len() >= 3 {
        return EN.iter().position(|m| name.starts_with(m));
    }
    None
}

/// One metric's cumulative actuals from CSV: a header line naming months, then one line per
/// district. Empty cells are months not reported yet.
pub fn actuals_csv(plan: &Plan, text: &str) -> Result<Preview, ImportError> {
    let lines = read_csv(text)?;
    preview(plan, &lines, MONTHS, month_of)
}

#[cfg(test)]
mod tests;
