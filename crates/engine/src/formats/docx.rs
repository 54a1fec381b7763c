//! One DOCX document (the 通报) for Word and WPS, laid out after GB/T 9704-2012: A4, margins
//! top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; the title in 小标宋 2号 (22 pt) centred; the
//! body in 仿宋 3号 (16 pt) with a fixed 28.95 pt line (22 lines a page), first lines indented
//! two characters; page numbers "— 1 —" in 宋体 4号 at the foot; table rows never split across
//! pages and the header row repeated.
//!
//! Why not a crate: a document of paragraphs and one plain table needs five small XML parts in
//! the same stored ZIP the XLSX export already writes (see [`crate::formats::zip`]); the DOCX crates we
//! know bring a full object model for a few hundred lines of output.

use crate::formats::table::{Field, Table};
use crate::formats::zip::{escape, Zip};

/// A block of the document, in order.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// The document number (文号), centred above the title.
    Number(String),
    /// The title, centred.
    Title(String),
    /// A heading inside the body (黑体).
    Heading(String),
    /// A body paragraph, first line indented.
    Paragraph(String),
    /// A table; its first row is the header.
    Table(Table),
    /// The issuer and the date, right-aligned at the end.
    Signature(Vec<String>),
}

/// Twentieths of a point per millimetre, for page geometry.
fn twips(mm: f64) -> u32 {
    (mm / 25.4 * 1_440.0).round() as u32
}

/// The document's bytes.
#[must_use]
pub fn document(blocks: &[Block]) -> Vec<u8> {
    let mut zip = Zip::default();
    zip.add("[Content_Types].xml", CONTENT_TYPES);
    zip.add("_rels/.rels", ROOT_RELS);
    zip.add("word/_rels/document.xml.rels", DOCUMENT_RELS);
    zip.add("word/styles.xml", STYLES);
    zip.add("word/footer1.xml", FOOTER);
    zip.add("word/document.xml", &document_xml(blocks));
    zip.finish()
}

fn run(text: &str) -> String {
    format!(
        "<w:r><w:t xml:space=\"preserve\">{}</w:t></w:r>",
        escape(text)
    )
}

fn paragraph(style: &str, text: &str) -> String {
    format!(
        "<w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>{}</w:p>",
        run(text)
    )
}

fn cell_text(field: &Field) -> String {
    match field {
        Field::Text(t) => t.clone(),
        Field::Number(n) => {
            // Thousands separators, as in the app.
            let digits = n.unsigned_abs().to_string();
            let mut grouped = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i).is_multiple_of(3) {
                    grouped.push(',');
                }
                grouped.push(c);
            }
            if *n < 0 {
                format!("−{grouped}")
            } else {
                grouped
            }
        }
        Field::Empty => String::new(),
    }
}

fn table_xml(table: &Table) -> String {
    let mut xml = String::from(
        "<w:tbl><w:tblPr><w:tblStyle w:val=\"Grid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>\
         <w:jc w:val=\"center\"/></w:tblPr>",
    );
    for (i, row) in table.rows.iter().enumerate() {
        xml.push_str("<w:tr><w:trPr><w:cantSplit/>");
        if i == 0 {
            xml.push_str("<w:tblHeader/>");
        }
        xml.push_str("</w:trPr>");
        for field in row {
            let align = if matches!(field, Field::Number(_)) {
                "right"
            } else {
                "center"
            };
            xml.push_str(&format!(
                "<w:tc><w:p><w:pPr><w:pStyle w:val=\"TableText\"/><w:jc w:val=\"{align}\"/></w:pPr>{}</w:p></w:tc>",
                run(&cell_text(field))
            ));
        }
        xml.push_str("</w:tr>");
    }
    xml.push_str("</w:tbl>");
    xml
}

fn document_xml(blocks: &[Block]) -> String {
    let mut body = String::new();
    for block in blocks {
        match block {
            Block::Number(text) => body.push_str(&paragraph("DocNumber", text)),
            Block::Title(text) => body.push_str(&paragraph("DocTitle", text)),
            Block::Heading(text) => body.push_str(&paragraph("DocHeading", text)),
            Block::Paragraph(text) => body.push_str(&paragraph("DocBody", text)),
            Block::Table(table) => body.push_str(&table_xml(table)),
            Block::Signature(lines) => {
                for line in lines {
                    body.push_str(&paragraph("DocSignature", line));
                }
            }
        }
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
         xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">\
         <w:body>{body}<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rFooter\"/>\
         <w:pgSz w:w=\"11906\" w:h=\"16838\"/>\
         <w:pgMar w:top=\"{}\" w:right=\"{}\" w:bottom=\"{}\" w:left=\"{}\" w:header=\"851\" w:footer=\"{}\" w:gutter=\"0\"/>\
         </w:sectPr></w:body></w:document>",
        twips(37.0),
        twips(26.0),
        twips(35.0),
        twips(28.0),
        twips(28.0),
    )
}

const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>\
</Types>";

const ROOT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rDoc\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
</Relationships>";

const DOCUMENT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
<Relationship Id=\"rFooter\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>\
</Relationships>";

/// Page numbers "— N —", centred, 宋体 4号 (14 pt).
const FOOTER: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>\
<w:r><w:rPr><w:rFonts w:ascii=\"SimSun\" w:eastAsia=\"宋体\" w:hAnsi=\"SimSun\"/><w:sz w:val=\"28\"/></w:rPr><w:t xml:space=\"preserve\">— </w:t></w:r>\
<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:fldChar w:fldCharType=\"begin\"/></w:r>\
<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>\
<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:fldChar w:fldCharType=\"separate\"/></w:r>\
<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:t>1</w:t></w:r>\
<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:fldChar w:fldCharType=\"end\"/></w:r>\
<w:r><w:rPr><w:rFonts w:ascii=\"SimSun\" w:eastAsia=\"宋体\" w:hAnsi=\"SimSun\"/><w:sz w:val=\"28\"/></w:rPr><w:t xml:space=\"preserve\"> —</w:t></w:r>\
</w:p></w:ftr>";

/// GB/T 9704 text styles: 仿宋 3号 body at a fixed 28.95 pt line (579 twentieths), 小标宋 2号
/// title, 黑体 headings, 宋体 5号 tables.
const STYLES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"FangSong\" w:eastAsia=\"仿宋\" w:hAnsi=\"FangSong\"/><w:sz w:val=\"32\"/><w:lang w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault>\
<w:pPrDefault><w:pPr><w:spacing w:line=\"579\" w:lineRule=\"exact\"/></w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type=\"paragraph\" w:styleId=\"DocBody\"><w:name w:val=\"Body\"/><w:pPr><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/><w:jc w:val=\"both\"/></w:pPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"DocTitle\"><w:name w:val=\"Title\"/><w:pPr><w:jc w:val=\"center\"/><w:spacing w:before=\"0\" w:after=\"579\" w:line=\"700\" w:lineRule=\"exact\"/></w:pPr>\
<w:rPr><w:rFonts w:ascii=\"FZXiaoBiaoSong-B05S\" w:eastAsia=\"方正小标宋简体\" w:hAnsi=\"FZXiaoBiaoSong-B05S\"/><w:sz w:val=\"44\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"DocNumber\"><w:name w:val=\"Document number\"/><w:pPr><w:jc w:val=\"center\"/></w:pPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"DocHeading\"><w:name w:val=\"Heading\"/><w:pPr><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"SimHei\" w:eastAsia=\"黑体\" w:hAnsi=\"SimHei\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"DocSignature\"><w:name w:val=\"Signature\"/><w:pPr><w:jc w:val=\"right\"/><w:ind w:right=\"1280\"/></w:pPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"TableText\"><w:name w:val=\"Table text\"/><w:pPr><w:spacing w:line=\"360\" w:lineRule=\"exact\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"SimSun\" w:eastAsia=\"宋体\" w:hAnsi=\"SimSun\"/><w:sz w:val=\"21\"/></w:rPr></w:style>\
<w:style w:type=\"table\" w:styleId=\"Grid\"><w:name w:val=\"Grid\"/><w:tblPr><w:tblBorders>\
<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>\
<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>\
<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>\
</w:tblBorders></w:tblPr></w:style>\
</w:styles>";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_is_a_zip_of_the_five_parts_with_the_text_escaped() {
        let table = Table {
            rows: vec![
                vec![Field::from("地区"), Field::from("完成数")],
                vec![Field::from("鹿城"), Field::Number(12_000)],
            ],
        };
        let bytes = document(&[
            Block::Number("温人社〔2021〕1号".to_owned()),
            Block::Title("关于6月份技能人才工作进展的通报".to_owned()),
            Block::Paragraph("A & B <C>".to_owned()),
            Block::Table(table),
            Block::Signature(vec!["温州市人力资源和社会保障局".to_owned()]),
        ]);
        assert_eq!(&bytes[..4], b"PK\x03\x04");
        let text = String::from_utf8_lossy(&bytes);
        for part in [
            "[Content_Types].xml",
            "word/document.xml",
            "word/styles.xml",
            "word/footer1.xml",
        ] {
            assert!(text.contains(part), "{part}");
        }
        assert!(text.contains("A &amp; B &lt;C&gt;"));
        assert!(text.contains("12,000"));
        assert!(text.contains("<w:cantSplit/><w:tblHeader/>"));
        assert!(text.contains("w:top=\"2098\""), "37 mm top margin");
    }
}
