//! The ZIP container of an XLSX workbook, read: its central directory and each part, stored or
//! inflated (DEFLATE by `miniz_oxide`), never past [`MAX_PART`] bytes.

use miniz_oxide::inflate::decompress_to_vec_with_limit;

use super::ImportError;

/// The most bytes one part of the workbook may inflate to.
pub const MAX_PART: usize = 32 * 1024 * 1024;

/// One entry of the ZIP central directory.
struct Entry {
    name: String,
    method: u16,
    compressed: usize,
    offset: usize,
}

pub(super) struct Zip<'a> {
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
    pub(super) fn open(bytes: &'a [u8]) -> Option<Self> {
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

    pub(super) fn names(&self) -> impl Iterator<Item = String> + '_ {
        self.entries.iter().map(|e| e.name.clone())
    }

    /// A part's text, `None` if the workbook has no such part.
    pub(super) fn part(&self, name: &str) -> Option<Result<String, ImportError>> {
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
