//! Reading the first sheet of an XLSX workbook as lines of text fields, for the import.
//!
//! Why not `calamine`: measured in a wasm build with this app's release profile it adds about
//! 233 KB gzip — more than the whole app. An import needs only the first sheet's cells as text:
//! the ZIP directory, DEFLATE (`miniz_oxide`, the inflater the Rust ecosystem shares), the
//! shared strings and the sheet's `<c>` elements. Everything is bounded: at most
//! [`MAX_PART`](super::MAX_PART) bytes inflated per part, and the lines the CSV reader also
//! keeps. The ZIP directory is read by `unzip`, the XML scanned by `xml`; here are the
//! workbook's parts and cells.

use super::unzip::Zip;
use super::xml::{unescape, walk, Event};
use super::{ImportError, MAX_FIELDS, MAX_LINES};

/// The first sheet's cells, as lines of text (numbers as written, `12000` not `12000.0`).
pub fn read_xlsx(bytes: &[u8]) -> Result<Vec<Vec<String>>, ImportError> {
    let zip = Zip::open(bytes).ok_or(ImportError::NotAWorkbook)?;
    let strings = match zip.part("xl/sharedStrings.xml") {
        Some(xml) => shared_strings(&xml?),
        None => Vec::new(),
    };
    let sheet = zip
        .part("xl/worksheets/sheet1.xml")
        .or_else(|| {
            let name = zip
                .names()
                .find(|n| n.starts_with("xl/worksheets/") && n.ends_with(".xml"))?;
            zip.part(&name)
        })
        .ok_or(ImportError::NotAWorkbook)??;
    Ok(sheet_lines(&sheet, &strings))
}

/// The shared strings: each `<si>`'s `<t>` texts joined (rich-text runs), phonetic runs left out.
fn shared_strings(xml: &str) -> Vec<String> {
    let mut strings = Vec::new();
    let (mut current, mut in_t, mut in_phonetic) = (String::new(), false, false);
    walk(xml, |event| match event {
        Event::Tag(tag) => match (tag.name, tag.closing) {
            ("si", false) if !tag.empty => current.clear(),
            ("si", false) => strings.push(String::new()),
            ("si", true) => strings.push(std::mem::take(&mut current)),
            ("t", closing) => in_t = !closing && !tag.empty,
            ("rPh", closing) => in_phonetic = !closing && !tag.empty,
            _ => {}
        },
        Event::Text(text) => {
            if in_t && !in_phonetic {
                current.push_str(&unescape(text));
            }
        }
    });
    strings
}

/// `B12` → column 1 (zero-based); `None` without letters.
fn column_of(reference: &str) -> Option<usize> {
    let letters: Vec<u8> = reference
        .bytes()
        .take_while(u8::is_ascii_alphabetic)
        .collect();
    if letters.is_empty() || letters.len() > 3 {
        return None;
    }
    letters
        .iter()
        .try_fold(0usize, |n, &l| {
            Some(n * 26 + usize::from(l.to_ascii_uppercase() - b'A') + 1)
        })
        .map(|n| n - 1)
}

/// A number as a planner wrote it: `12000`, not `12000.0` or `1.2E4` (how spreadsheet writers
/// store whole numbers). Read digit by digit, exactly, without float parsing (whose tables cost
/// 10 KB of wasm); anything that is not a whole number in decimal notation stays as written, for
/// the parser to judge.
fn number_text(value: &str) -> String {
    let text = value.trim();
    whole_number(text).unwrap_or_else(|| text.to_owned())
}

/// `[-]digits[.digits][E[+-]digits]` with a whole value, as plain digits.
fn whole_number(text: &str) -> Option<String> {
    let (sign, unsigned) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(at) => (&unsigned[..at], unsigned[at + 1..].parse::<i32>().ok()?),
        None => (unsigned, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if whole.is_empty() && fraction.is_empty()
        || !whole
            .bytes()
            .chain(fraction.bytes())
            .all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let digits = format!("{whole}{fraction}");
    // The decimal point sits after `point` digits once the exponent moves it.
    let point = i32::try_from(whole.len()).ok()?.checked_add(exponent)?;
    if !(0..=30).contains(&point) {
        return (digits.bytes().all(|b| b == b'0')).then(|| "0".to_owned());
    }
    let point = usize::try_from(point).ok()?;
    let (int, frac) = if point <= digits.len() {
        (digits[..point].to_owned(), &digits[point..])
    } else {
        (format!("{digits}{}", "0".repeat(point - digits.len())), "")
    };
    if frac.bytes().any(|b| b != b'0') {
        return None;
    }
    let int = int.trim_start_matches('0');
    Some(if int.is_empty() {
        "0".to_owned()
    } else {
        format!("{sign}{int}")
    })
}

/// The sheet's cells as lines; a cell's line and column come from its `r` reference (or its
/// place, when a writer leaves `r` out).
fn sheet_lines(xml: &str, strings: &[String]) -> Vec<Vec<String>> {
    let mut lines: Vec<Vec<String>> = Vec::new();
    let (mut kind, mut column, mut value) = (String::new(), 0usize, String::new());
    let (mut in_cell, mut in_value, mut in_text) = (false, false, false);
    let mut next_column = 0usize;
    let mut row: Option<usize> = None;
    walk(xml, |event| match event {
        Event::Tag(tag) => match (tag.name, tag.closing) {
            ("row", false) => {
                let index = tag
                    .attribute("r")
                    .and_then(|r| r.parse::<usize>().ok())
                    .map_or(lines.len(), |r| r.saturating_sub(1));
                row = (index < MAX_LINES).then_some(index);
                if lines.len() <= index && index < MAX_LINES {
                    lines.resize(index + 1, Vec::new());
                }
                next_column = 0;
            }
            ("c", false) => {
                kind = tag.attribute("t").unwrap_or("n").to_owned();
                column = tag
                    .attribute("r")
                    .and_then(column_of)
                    .unwrap_or(next_column);
                next_column = column + 1;
                value.clear();
                in_cell = !tag.empty;
            }
            ("c", true) => {
                in_cell = false;
                let text = match kind.as_str() {
                    "s" => value
                        .trim()
                        .parse::<usize>()
                        .ok()
                        .and_then(|i| strings.get(i))
                        .cloned()
                        .unwrap_or_default(),
                    "n" => number_text(&value),
                    "b" => if value.trim() == "1" { "TRUE" } else { "FALSE" }.to_owned(),
                    _ => value.clone(),
                };
                if let Some(line) = row.and_then(|r| lines.get_mut(r)) {
                    if column < MAX_FIELDS {
                        if line.len() <= column {
                            line.resize(column + 1, String::new());
                        }
                        line[column] = text;
                    }
                }
            }
            ("v", closing) => in_value = in_cell && !closing && !tag.empty,
            ("t", closing) => in_text = in_cell && !closing && !tag.empty,
            _ => {}
        },
        Event::Text(text) => {
            if in_value || in_text {
                value.push_str(&unescape(text));
            }
        }
    });
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_as_spreadsheets_store_them() {
        for (stored, shown) in [
            ("12000", "12000"),
            ("12000.0", "12000"),
            ("1.2E4", "12000"),
            ("1.2e+4", "12000"),
            ("120000E-1", "12000"),
            ("-3.00", "-3"),
            ("0.000", "0"),
            ("007", "7"),
            ("1E29", "100000000000000000000000000000"),
            // Not whole, or not a number: left as written for the parser to judge.
            ("12000.5", "12000.5"),
            ("1.25E1", "1.25E1"),
            ("1E30", "1E30"),
            ("1E-400", "1E-400"),
            (".", "."),
            ("E5", "E5"),
            ("1e", "1e"),
            ("1.2.3", "1.2.3"),
            ("八千", "八千"),
            (" 42 ", "42"),
        ] {
            assert_eq!(number_text(stored), shown, "{stored}");
        }
    }

    #[test]
    fn entities_and_references() {
        assert_eq!(
            unescape("a &amp; b &lt;&#x9E7F;&#22478;&bogus; &"),
            "a & b <鹿城&bogus; &"
        );
        assert_eq!(column_of("AB12"), Some(27));
        assert_eq!(column_of("12"), None);
        assert_eq!(number_text("12000"), "12000");
        assert_eq!(number_text("1.2E4"), "12000");
        assert_eq!(number_text("0.5"), "0.5");
    }
}
