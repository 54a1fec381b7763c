//! Reading the first sheet of an XLSX workbook as lines of text fields, for the import.
//!
//! Why not `calamine`: measured in a wasm build with this app's release profile it adds about
//! 233 KB gzip — more than the whole app. An import needs only the first sheet's cells as text:
//! the ZIP directory, DEFLATE (`miniz_oxide`, the inflater the Rust ecosystem shares), the
//! shared strings and the sheet's `<c>` elements. Everything is bounded: at most
//! [`MAX_PART`] bytes inflated per part, and the lines the CSV reader also keeps.

use miniz_oxide::inflate::decompress_to_vec_with_limit;

use super::{ImportError, MAX_FIELDS, MAX_LINES};

/// The most bytes one part of the workbook may inflate to.
pub const MAX_PART: usize = 32 * 1024 * 1024;

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

/// One entry of the ZIP central directory.
struct Entry {
    name: String,
    method: u16,
    compressed: usize,
    offset: usize,
}

struct Zip<'a> {
    bytes: &'a [u8],
    entries: Vec<Entry>,
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(
        b.get(at..at.checked_add(2)?)?.try_into().ok()?,
    ))
}

fn u32_at(b: &[u8], at: usize) -> Option<usize> {
    usize::try_from(u32::from_le_bytes(
        b.get(at..at.checked_add(4)?)?.try_into().ok()?,
    ))
    .ok()
}

impl<'a> Zip<'a> {
    fn open(bytes: &'a [u8]) -> Option<Self> {
        // The end record is in the last 22 + 65,535 bytes (its comment may be that long).
        let from = bytes.len().saturating_sub(22 + 65_535);
        let end = (from..=bytes.len().checked_sub(22)?)
            .rev()
            .find(|&i| bytes.get(i..i + 4) == Some(&[0x50, 0x4b, 0x05, 0x06]))?;
        let count = usize::from(u16_at(bytes, end + 10)?);
        let mut at = u32_at(bytes, end + 16)?;
        let mut entries = Vec::with_capacity(count.min(4_096));
        for _ in 0..count {
            if bytes.get(at..at + 4)? != [0x50, 0x4b, 0x01, 0x02] {
                return None;
            }
            let name_len = usize::from(u16_at(bytes, at + 28)?);
            let extra = usize::from(u16_at(bytes, at + 30)?);
            let comment = usize::from(u16_at(bytes, at + 32)?);
            let name = bytes.get(at + 46..(at + 46).checked_add(name_len)?)?;
            entries.push(Entry {
                name: String::from_utf8_lossy(name).into_owned(),
                method: u16_at(bytes, at + 10)?,
                compressed: u32_at(bytes, at + 20)?,
                offset: u32_at(bytes, at + 42)?,
            });
            at = at.checked_add(46 + name_len + extra + comment)?;
        }
        Some(Zip { bytes, entries })
    }

    fn names(&self) -> impl Iterator<Item = String> + '_ {
        self.entries.iter().map(|e| e.name.clone())
    }

    /// A part's text, `None` if the workbook has no such part.
    fn part(&self, name: &str) -> Option<Result<String, ImportError>> {
        let entry = self.entries.iter().find(|e| e.name == name)?;
        Some(self.read(entry).ok_or(ImportError::NotAWorkbook))
    }

    fn read(&self, entry: &Entry) -> Option<String> {
        let b = self.bytes;
        let at = entry.offset;
        if b.get(at..at + 4)? != [0x50, 0x4b, 0x03, 0x04] {
            return None;
        }
        let lengths = usize::from(u16_at(b, at + 26)?) + usize::from(u16_at(b, at + 28)?);
        let start = at.checked_add(30 + lengths)?;
        let data = b.get(start..start.checked_add(entry.compressed)?)?;
        let raw = match entry.method {
            0 => data.to_vec(),
            8 => decompress_to_vec_with_limit(data, MAX_PART).ok()?,
            _ => return None,
        };
        String::from_utf8(raw).ok()
    }
}

/// A tag: its name (without a namespace prefix), attributes, and whether it closes or is empty.
struct Tag<'a> {
    name: &'a str,
    attributes: &'a str,
    closing: bool,
    empty: bool,
}

impl Tag<'_> {
    fn attribute(&self, key: &str) -> Option<&str> {
        let mut rest = self.attributes;
        while let Some(eq) = rest.find('=') {
            let name = rest[..eq].trim();
            let after = rest[eq + 1..].trim_start();
            // A value is quoted with ' or " (one byte each); anything else is not XML.
            let quote = after.chars().next().filter(|q| *q == '"' || *q == '\'')?;
            let value_end = after[1..].find(quote)?;
            if name == key {
                return Some(&after[1..=value_end]);
            }
            rest = &after[value_end + 2..];
        }
        None
    }
}

/// What [`walk`] meets.
enum Event<'a> {
    /// A tag.
    Tag(Tag<'a>),
    /// Text between tags (still escaped).
    Text(&'a str),
}

/// Walks `xml`, calling `on` for every tag and every run of text between tags.
fn walk<'a>(xml: &'a str, mut on: impl FnMut(Event<'a>)) {
    let mut rest = xml;
    while let Some(open) = rest.find('<') {
        if open > 0 {
            on(Event::Text(&rest[..open]));
        }
        let Some(close) = rest[open..].find('>') else {
            return;
        };
        let inner = &rest[open + 1..open + close];
        rest = &rest[open + close + 1..];
        if inner.starts_with('?') || inner.starts_with('!') {
            continue;
        }
        let closing = inner.starts_with('/');
        let empty = inner.ends_with('/');
        let inner = inner.trim_start_matches('/').trim_end_matches('/');
        let (name, attributes) = inner.split_once(char::is_whitespace).unwrap_or((inner, ""));
        let name = name.rsplit(':').next().unwrap_or(name);
        on(Event::Tag(Tag {
            name,
            attributes,
            closing,
            empty,
        }));
    }
}

/// XML entities decoded.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let Some(semi) = rest[amp..].find(';') else {
            out.push_str(&rest[amp..]);
            return out;
        };
        let entity = &rest[amp + 1..amp + semi];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            e => e
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| e.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => out.push(c),
            None => out.push_str(&rest[amp..=amp + semi]),
        }
        rest = &rest[amp + semi + 1..];
    }
    out.push_str(rest);
    out
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
    fn attributes_even_of_broken_tags() {
        let mut seen = Vec::new();
        walk(r#"<c r="B2" t='s'><x a=全"b"/><y a=""/>"#, |event| {
            if let Event::Tag(tag) = event {
                let get = |key| tag.attribute(key).map(str::to_owned);
                seen.push((tag.name, get("r"), get("t"), get("a")));
            }
        });
        assert_eq!(
            seen,
            [
                ("c", Some("B2".to_owned()), Some("s".to_owned()), None),
                ("x", None, None, None),
                ("y", None, None, Some(String::new())),
            ]
        );
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
