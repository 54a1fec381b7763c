//! CRC-32 (IEEE), the checksum two formats share: each entry of the ZIP container the XLSX and
//! DOCX exports are stored in, and the seal of a return link (which tells a mistyped or cut
//! link from a real one). Here, below both, so that neither borrows it from the other.

/// The CRC-32 of `data` (IEEE, reflected), one bit at a time: our parts are a few kilobytes,
/// and a table-driven crate costs 16 KB of the app's wasm for speed nobody waits for.
pub(crate) fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xEDB8_8320 & (crc & 1).wrapping_neg());
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_published_check_values() {
        // The check value of CRC-32/ISO-HDLC (zip), and two more from zlib's crc32.
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
        assert_eq!(
            crc32(b"The quick brown fox jumps over the lazy dog"),
            0x414F_A339
        );
    }
}
