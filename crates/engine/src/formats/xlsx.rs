//! One XLSX workbook with a sheet per [`Table`], for Excel and WPS.
//!
//! Why not `rust_xlsxwriter`: measured in a wasm build with this app's release profile it adds
//! about 244 KB gzip — more than the whole app — for formatting, charts and compression this
//! export does not use. A workbook of plain numbers and text needs only the five parts below,
//! stored (not compressed) in a ZIP container: about 200 lines, checked in the tests by reading
//! the file back with `calamine`, an independent reader.
//!
//! Text goes in as inline strings, numbers as numbers, so sums in the spreadsheet just work.

use crate::formats::table::{Field, Table};
use crate::formats::zip::{escape, Zip};

/// A sheet: its name (cut to Excel's 31 characters, without `[]:*?/\`) and its table.
#[derive(Clone, Debug)]
pub struct Sheet<'a> {
    /// The tab's name.
    pub name: &'a str,
    /// Its cells.
    pub table: &'a Table,
}

/// The workbook's bytes.
#[must_use]
pub fn workbook(sheets: &[Sheet<'_>]) -> Vec<u8> {
    let names = sheet_names(sheets);
    let mut zip = Zip::default();
    zip.add("[Content_Types].xml", &content_types(sheets.len()));
    zip.add("_rels/.rels", ROOT_RELS);
    zip.add("xl/workbook.xml", &workbook_xml(&names));
    zip.add("xl/_rels/workbook.xml.rels", &workbook_rels(sheets.len()));
    for (i, sheet) in sheets.iter().enumerate() {
        zip.add(
            &format!("xl/worksheets/sheet{}.xml", i + 1),
            &sheet_xml(sheet.table),
        );
    }
    zip.finish()
}

const ROOT_RELS: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#,
    "</Relationships>"
);

fn content_types(sheets: usize) -> String {
    let mut xml = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#,
        r#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#,
        r#"<Default Extension="xml" ContentType="application/xml"/>"#,
        r#"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#,
    ));
    for i in 1..=sheets {
        xml.push_str(&format!(
            r#"<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        ));
    }
    xml.push_str("</Types>");
    xml
}

fn workbook_xml(names: &[String]) -> String {
    let mut xml = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        r#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#,
        r#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#,
    ));
    for (i, name) in names.iter().enumerate() {
        xml.push_str(&format!(
            r#"<sheet name="{}" sheetId="{}" r:id="rId{}"/>"#,
            escape(name),
            i + 1,
            i + 1
        ));
    }
    xml.push_str("</sheets></workbook>");
    xml
}

fn workbook_rels(sheets: usize) -> String {
    let mut xml = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    ));
    for i in 1..=sheets {
        xml.push_str(&format!(
            r#"<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>"#
        ));
    }
    xml.push_str("</Relationships>");
    xml
}

fn sheet_xml(table: &Table) -> String {
    let mut xml = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
    ));
    for (r, row) in table.rows.iter().enumerate() {
        xml.push_str(&format!(r#"<row r="{}">"#, r + 1));
        for (c, field) in row.iter().enumerate() {
            let at = format!("{}{}", column_name(c), r + 1);
            match field {
                Field::Text(text) => xml.push_str(&format!(
                    r#"<c r="{at}" t="inlineStr"><is><t xml:space="preserve">{}</t></is></c>"#,
                    escape(text)
                )),
                Field::Number(n) => xml.push_str(&format!(r#"<c r="{at}"><v>{n}</v></c>"#)),
                Field::Empty => {}
            }
        }
        xml.push_str("</row>");
    }
    xml.push_str("</sheetData></worksheet>");
    xml
}

/// `A`, `B`, …, `Z`, `AA`, … for a zero-based column.
fn column_name(mut column: usize) -> String {
    let mut name = Vec::new();
    loop {
        name.push(b'A' + u8::try_from(column % 26).unwrap_or(0));
        if column < 26 {
            break;
        }
        column = column / 26 - 1;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

/// Sheet names as Excel accepts them: no `[]:*?/\`, at most 31 characters, unique, not empty.
fn sheet_names(sheets: &[Sheet<'_>]) -> Vec<String> {
    let mut names: Vec<String> = Vec::with_capacity(sheets.len());
    for (i, sheet) in sheets.iter().enumerate() {
        let clean: String = sheet
            .name
            .chars()
            .filter(|c| !"[]:*?/\\".contains(*c))
            .take(31)
            .collect();
        let mut name = if clean.trim().is_empty() {
            format!("Sheet{}", i + 1)
        } else {
            clean
        };
        if names.iter().any(|n| n.eq_ignore_ascii_case(&name)) {
            let suffix = format!(" ({})", i + 1);
            name = name.chars().take(31 - suffix.len()).collect::<String>() + &suffix;
        }
        names.push(name);
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_names_like_a_spreadsheet() {
        let names: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702]
            .iter()
            .map(|&c| column_name(c))
            .collect();
        assert_eq!(names, ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
    }

    #[test]
    fn text_is_escaped_and_names_are_made_valid() {
        assert_eq!(escape("<a & \"b\">\u{1}"), "&lt;a &amp; &quot;b&quot;&gt;");
        let table = Table::default();
        let sheets = [
            Sheet {
                name: "指标/分解",
                table: &table,
            },
            Sheet {
                name: "指标分解",
                table: &table,
            },
            Sheet {
                name: "",
                table: &table,
            },
        ];
        assert_eq!(sheet_names(&sheets), ["指标分解", "指标分解 (2)", "Sheet3"]);
    }
}
