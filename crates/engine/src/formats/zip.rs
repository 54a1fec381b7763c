//! The small ZIP container the XLSX and DOCX exports are stored in (entries uncompressed), and
//! text escaped for the XML inside them. Each entry's checksum is [`crc32`], shared with the
//! return links' seal.

use crate::support::crc::crc32;

/// Text for XML: the five entities escaped, characters XML cannot carry dropped.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// A ZIP archive of stored (uncompressed) entries.
#[derive(Default)]
pub(crate) struct Zip {
    bytes: Vec<u8>,
    central: Vec<u8>,
    entries: u16,
}

/// 2021-01-01 00:00 as a DOS date and time: the files' stamp, fixed so exports are
/// reproducible.
const DOS_DATE: u16 = (41 << 9) | (1 << 5) | 1;
const DOS_TIME: u16 = 0;

impl Zip {
    /// Adds a part named `name` holding `text`.
    pub(crate) fn add(&mut self, name: &str, text: &str) {
        let data = text.as_bytes();
        let crc = crc32(data);
        // Our parts are far below 4 GB; a larger one would be a bug, and is cut to fit.
        let size = u32::try_from(data.len()).unwrap_or(u32::MAX);
        let offset = u32::try_from(self.bytes.len()).unwrap_or(u32::MAX);
        let name_len = u16::try_from(name.len()).unwrap_or(u16::MAX);
        let common = |out: &mut Vec<u8>| {
            for v in [20u16, 0x0800, 0, DOS_TIME, DOS_DATE] {
                out.extend(v.to_le_bytes());
            }
            for v in [crc, size, size] {
                out.extend(v.to_le_bytes());
            }
            out.extend(name_len.to_le_bytes());
            out.extend(0u16.to_le_bytes());
        };
        self.bytes.extend(0x0403_4b50u32.to_le_bytes());
        common(&mut self.bytes);
        self.bytes.extend(name.as_bytes());
        self.bytes.extend(data);
        self.central.extend(0x0201_4b50u32.to_le_bytes());
        self.central.extend(20u16.to_le_bytes());
        common(&mut self.central);
        for v in [0u16, 0, 0] {
            self.central.extend(v.to_le_bytes());
        }
        self.central.extend(0u32.to_le_bytes());
        self.central.extend(offset.to_le_bytes());
        self.central.extend(name.as_bytes());
        self.entries = self.entries.saturating_add(1);
    }

    /// The archive's bytes.
    pub(crate) fn finish(mut self) -> Vec<u8> {
        let offset = u32::try_from(self.bytes.len()).unwrap_or(u32::MAX);
        let size = u32::try_from(self.central.len()).unwrap_or(u32::MAX);
        self.bytes.append(&mut self.central);
        self.bytes.extend(0x0605_4b50u32.to_le_bytes());
        for v in [0u16, 0, self.entries, self.entries] {
            self.bytes.extend(v.to_le_bytes());
        }
        self.bytes.extend(size.to_le_bytes());
        self.bytes.extend(offset.to_le_bytes());
        self.bytes.extend(0u16.to_le_bytes());
        self.bytes
    }
}
