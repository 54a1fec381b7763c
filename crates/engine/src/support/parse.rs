//! Reading numbers the way planners type and paste them: ASCII or full-width digits,
//! thousands separators (`12,000`, `12，000`, `12 000`), stray spaces, and whole blocks copied
//! from Excel or WPS (tab-separated, with or without a header row or a name column).
//! Every cell that cannot be read says why; nothing here panics or trusts its input's size.

use thiserror::Error;

use crate::Quota;

/// The most rows and columns a pasted block may have.
pub const MAX_PASTE_ROWS: usize = 10_000;
/// The most columns a pasted block may have.
pub const MAX_PASTE_COLUMNS: usize = 200;
/// The longest cell text looked at.
const MAX_CELL_CHARS: usize = 64;

/// Why a cell is not a quota.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ParseError {
    /// Nothing was written.
    #[error("empty")]
    Empty,
    /// A minus sign: quotas cannot be negative.
    #[error("negative")]
    Negative,
    /// A fraction: quotas are whole persons.
    #[error("not a whole number")]
    Fraction,
    /// Letters or other characters.
    #[error("not a number")]
    NotANumber,
    /// More than a quota can hold.
    #[error("too large")]
    TooLarge,
}

/// Normalizes one character: full-width digits and punctuation to ASCII.
fn ascii(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(u32::from(c) - 0xFF10 + u32::from('0')).unwrap_or(c),
        '，' => ',',
        '．' | '。' => '.',
        '－' | '−' | '—' => '-',
        '\u{3000}' | '\u{00A0}' | '\u{2009}' | '\u{202F}' => ' ',
        _ => c,
    }
}

/// Parses a quota: `12,000`, `１２０００`, ` 12 000 `, `12000.00` are all 12,000.
pub fn parse_quota(text: &str) -> Result<Quota, ParseError> {
    if text.chars().count() > MAX_CELL_CHARS {
        return Err(ParseError::TooLarge);
    }
    let cleaned: String = text
        .chars()
        .map(ascii)
        .filter(|&c| c != ',' && c != ' ' && c != '\'' && c != '\t')
        .collect();
    if cleaned.is_empty() {
        return Err(ParseError::Empty);
    }
    if cleaned.starts_with('-') {
        return Err(ParseError::Negative);
    }
    let cleaned = cleaned.strip_prefix('+').unwrap_or(&cleaned);
    let (whole, fraction) = cleaned.split_once('.').unwrap_or((cleaned, ""));
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(fraction) {
        return Err(ParseError::NotANumber);
    }
    if fraction.chars().any(|c| c != '0') {
        return Err(ParseError::Fraction);
    }
    whole
        .parse::<u64>()
        .map(Quota::new)
        .map_err(|_| ParseError::TooLarge)
}

/// A block pasted from a spreadsheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PastedBlock {
    /// The cells, row by row, each a quota or why it is not one.
    pub rows: Vec<Vec<Result<Quota, ParseError>>>,
    /// Whether a first row of labels was skipped.
    pub skipped_header: bool,
    /// Whether a first column of names was skipped.
    pub skipped_names: bool,
    /// Whether rows or columns beyond the limits were cut off.
    pub truncated: bool,
    /// The cells that are not quotas, with their text.
    pub bad: Vec<BadCell>,
}

/// A pasted cell that is not a quota, with what it held, so the report can quote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadCell {
    /// Row within the block, from 0.
    pub row: usize,
    /// Column within the block, from 0.
    pub column: usize,
    /// What the cell held (at most 40 characters).
    pub text: String,
    /// Why it is not a quota.
    pub error: ParseError,
}

impl PastedBlock {
    /// Every cell that is not a quota, in reading order.
    #[must_use]
    pub fn bad_cells(&self) -> &[BadCell] {
        &self.bad
    }
}

/// Parses tab-separated text copied from Excel or WPS. A first row with no number in it is
/// taken as a header, a first column with no number in it as names; both are skipped.
#[must_use]
pub fn parse_block(text: &str) -> PastedBlock {
    let mut truncated = false;
    let mut raw: Vec<Vec<&str>> = Vec::new();
    for line in text.lines() {
        if raw.len() == MAX_PASTE_ROWS {
            truncated = true;
            break;
        }
        let line = line.trim_end_matches('\r');
        let mut cells: Vec<&str> = line.split('\t').collect();
        if cells.len() > MAX_PASTE_COLUMNS {
            cells.truncate(MAX_PASTE_COLUMNS);
            truncated = true;
        }
        raw.push(cells);
    }
    // Spreadsheets end a copied block with a newline; drop trailing empty lines.
    while raw
        .last()
        .is_some_and(|row| row.iter().all(|c| c.trim().is_empty()))
    {
        raw.pop();
    }
    let is_number = |cell: &&str| parse_quota(cell).is_ok();
    let skipped_header = raw.len() > 1 && !raw[0].iter().any(is_number);
    if skipped_header {
        raw.remove(0);
    }
    let skipped_names = !raw.is_empty()
        && raw
            .iter()
            .all(|row| row.len() > 1 && !row.first().is_some_and(is_number));
    let mut bad = Vec::new();
    let rows = raw
        .iter()
        .enumerate()
        .map(|(r, row)| {
            row.iter()
                .skip(usize::from(skipped_names))
                .enumerate()
                .map(|(c, cell)| {
                    let parsed = parse_quota(cell);
                    if let Err(error) = &parsed {
                        bad.push(BadCell {
                            row: r,
                            column: c,
                            text: cell.trim().chars().take(40).collect(),
                            error: error.clone(),
                        });
                    }
                    parsed
                })
                .collect()
        })
        .collect();
    PastedBlock {
        rows,
        skipped_header,
        skipped_names,
        truncated,
        bad,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers_as_planners_write_them() {
        for text in [
            "12000",
            "12,000",
            " 12 000 ",
            "１２，０００",
            "12000.00",
            "+12000",
            "12\u{3000}000",
        ] {
            assert_eq!(parse_quota(text), Ok(Quota::new(12_000)), "{text:?}");
        }
    }

    #[test]
    fn says_why_a_cell_is_not_a_quota() {
        assert_eq!(parse_quota(""), Err(ParseError::Empty));
        assert_eq!(parse_quota("  "), Err(ParseError::Empty));
        assert_eq!(parse_quota("-5"), Err(ParseError::Negative));
        assert_eq!(parse_quota("－5"), Err(ParseError::Negative));
        assert_eq!(parse_quota("12.5"), Err(ParseError::Fraction));
        assert_eq!(parse_quota("abc"), Err(ParseError::NotANumber));
        assert_eq!(parse_quota("1e5"), Err(ParseError::NotANumber));
        assert_eq!(parse_quota("NaN"), Err(ParseError::NotANumber));
        assert_eq!(
            parse_quota("99999999999999999999"),
            Err(ParseError::TooLarge)
        );
        assert_eq!(parse_quota(&"9".repeat(500)), Err(ParseError::TooLarge));
    }

    #[test]
    fn a_block_with_header_and_names_is_trimmed_to_its_numbers() {
        let block = parse_block("地区\t培训\t取证\r\n鹿城\t12,000\t8000\r\n龙湾\t10800\tabc\r\n");
        assert!(block.skipped_header && block.skipped_names && !block.truncated);
        assert_eq!(block.rows.len(), 2);
        assert_eq!(
            block.rows[0],
            [Ok(Quota::new(12_000)), Ok(Quota::new(8_000))]
        );
        assert_eq!(
            block.bad_cells(),
            [BadCell {
                row: 1,
                column: 1,
                text: "abc".to_owned(),
                error: ParseError::NotANumber
            }]
        );
    }

    #[test]
    fn a_plain_block_is_taken_as_is() {
        let block = parse_block("1\t2\t3\n4\t5\t6\n7\t8\t9");
        assert!(!block.skipped_header && !block.skipped_names);
        assert_eq!(block.rows.len(), 3);
        assert_eq!(block.rows[2][2], Ok(Quota::new(9)));
    }

    #[test]
    fn huge_pastes_are_cut_at_the_limits() {
        let text = "1\n".repeat(MAX_PASTE_ROWS + 5);
        let block = parse_block(&text);
        assert!(block.truncated);
        assert_eq!(block.rows.len(), MAX_PASTE_ROWS);
    }
}
