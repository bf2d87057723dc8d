//! A minimal ZIP writer and reader for the brat export: entries are stored without
//! compression (method 0), with CRC-32, local headers and a central directory.
//!
//! The reader accepts stored and Deflate entries (what zip tools and operating systems
//! write; [`inflate`] decodes with `miniz_oxide`) and checks every length, offset
//! and checksum against the buffer, so a hostile zip gives an error, never a panic; output
//! is capped at the recorded size and at `MAX_IMPORT_BYTES`.

use super::{ErrorKind, FormatError};

/// One file in a zip.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The entry's path inside the archive, as stored.
    pub name: String,
    /// The entry's uncompressed contents.
    pub data: Vec<u8>,
}

/// At most this many entries are read from one zip.
pub const MAX_ENTRIES: usize = 10_000;

const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

/// CRC-32 (IEEE, as ZIP and gzip use).
pub fn crc32(data: &[u8]) -> u32 {
    let mut c = 0xFFFF_FFFFu32;
    for &b in data {
        c = CRC_TABLE[((c ^ b as u32) & 0xFF) as usize] ^ (c >> 8);
    }
    c ^ 0xFFFF_FFFF
}

fn put16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// DOS date 1980-01-01, time 00:00 (the export is reproducible byte for byte).
const DOS_DATE: u16 = (1 << 5) | 1;

/// Write a stored (uncompressed) zip. Names are UTF-8 (flag bit 11).
pub fn write(entries: &[Entry]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for e in entries {
        let offset = out.len() as u32;
        let crc = crc32(&e.data);
        let size = e.data.len() as u32;
        let name = e.name.as_bytes();
        put32(&mut out, 0x0403_4b50);
        put16(&mut out, 20); // version needed
        put16(&mut out, 0x0800); // UTF-8 names
        put16(&mut out, 0); // stored
        put16(&mut out, 0); // time
        put16(&mut out, DOS_DATE);
        put32(&mut out, crc);
        put32(&mut out, size);
        put32(&mut out, size);
        put16(&mut out, name.len() as u16);
        put16(&mut out, 0);
        out.extend_from_slice(name);
        out.extend_from_slice(&e.data);

        put32(&mut central, 0x0201_4b50);
        put16(&mut central, 20); // version made by
        put16(&mut central, 20);
        put16(&mut central, 0x0800);
        put16(&mut central, 0);
        put16(&mut central, 0);
        put16(&mut central, DOS_DATE);
        put32(&mut central, crc);
        put32(&mut central, size);
        put32(&mut central, size);
        put16(&mut central, name.len() as u16);
        put16(&mut central, 0); // extra
        put16(&mut central, 0); // comment
        put16(&mut central, 0); // disk
        put16(&mut central, 0); // internal attributes
        put32(&mut central, 0o100644 << 16); // external: a regular file, rw-r--r--
        put32(&mut central, offset);
        central.extend_from_slice(name);
    }
    let cd_offset = out.len() as u32;
    let cd_size = central.len() as u32;
    out.extend_from_slice(&central);
    put32(&mut out, 0x0605_4b50);
    put16(&mut out, 0);
    put16(&mut out, 0);
    put16(&mut out, entries.len() as u16);
    put16(&mut out, entries.len() as u16);
    put32(&mut out, cd_size);
    put32(&mut out, cd_offset);
    put16(&mut out, 0);
    out
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes([*b.get(at)?, *b.get(at + 1)?]))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes([
        *b.get(at)?,
        *b.get(at + 1)?,
        *b.get(at + 2)?,
        *b.get(at + 3)?,
    ]))
}

/// Read every file entry of a zip (directories are skipped).
pub fn read(file_name: &str, bytes: &[u8]) -> Result<Vec<Entry>, FormatError> {
    let broken = |why: &str| {
        FormatError::of(
            ErrorKind::Syntax,
            format!(
                "{file_name} is not a readable zip file ({why}); zip the files again \
                 (or download the zip again)."
            ),
        )
    };
    // The end-of-central-directory record is in the last 22 + 65535 bytes.
    let min = bytes.len().saturating_sub(22 + 65_535);
    let eocd = (min..=bytes.len().saturating_sub(22))
        .rev()
        .find(|&i| u32_at(bytes, i) == Some(0x0605_4b50))
        .ok_or_else(|| broken("its end record is missing; the file may be cut off"))?;
    let count = u16_at(bytes, eocd + 10).ok_or_else(|| broken("short end record"))? as usize;
    let cd_offset = u32_at(bytes, eocd + 16).ok_or_else(|| broken("short end record"))? as usize;
    if count == 0xFFFF || cd_offset == 0xFFFF_FFFF {
        return Err(broken(
            "it is a ZIP64 archive, which Parallax does not read",
        ));
    }
    if count > MAX_ENTRIES {
        return Err(broken("it has too many files"));
    }
    let mut entries = Vec::new();
    let mut p = cd_offset;
    for _ in 0..count {
        if u32_at(bytes, p) != Some(0x0201_4b50) {
            return Err(broken("its central directory is damaged"));
        }
        let field16 =
            |o: usize| u16_at(bytes, p + o).ok_or_else(|| broken("short directory entry"));
        let field32 =
            |o: usize| u32_at(bytes, p + o).ok_or_else(|| broken("short directory entry"));
        let flags = field16(8)?;
        let method = field16(10)?;
        let crc = field32(16)?;
        let csize = field32(20)? as usize;
        let usize_ = field32(24)? as usize;
        let name_len = field16(28)? as usize;
        let extra_len = field16(30)? as usize;
        let comment_len = field16(32)? as usize;
        let local = field32(42)? as usize;
        let name_bytes = bytes
            .get(p + 46..p + 46 + name_len)
            .ok_or_else(|| broken("a file name runs past the end"))?;
        let name = match std::str::from_utf8(name_bytes) {
            Ok(s) => s.to_string(),
            Err(_) => super::decode::windows_1252(name_bytes),
        };
        p += 46 + name_len + extra_len + comment_len;
        if name.ends_with('/') {
            continue;
        }
        if flags & 1 != 0 {
            return Err(broken(&format!("{name} is encrypted")));
        }
        if method != 0 && method != 8 {
            return Err(FormatError::of(
                ErrorKind::Unsupported,
                format!(
                    "{file_name}: {name} is compressed with a method Parallax cannot read \
                     (only stored and Deflate). Unzip it and zip it again with a usual zip tool."
                ),
            ));
        }
        if usize_ as u64 > super::MAX_IMPORT_BYTES {
            return Err(broken(&format!(
                "{name} would unpack to more than the size limit"
            )));
        }
        let lname =
            u16_at(bytes, local + 26).ok_or_else(|| broken("a local header is missing"))? as usize;
        let lextra =
            u16_at(bytes, local + 28).ok_or_else(|| broken("a local header is missing"))? as usize;
        if u32_at(bytes, local) != Some(0x0403_4b50) {
            return Err(broken("a local header is damaged"));
        }
        let start = local + 30 + lname + lextra;
        let raw = bytes
            .get(start..start.saturating_add(csize))
            .ok_or_else(|| broken(&format!("{name} runs past the end of the file")))?;
        let unpacked;
        let data: &[u8] = if method == 8 {
            unpacked = inflate::inflate(raw, usize_)
                .map_err(|why| broken(&format!("{name} cannot be unpacked: {why}")))?;
            &unpacked
        } else {
            if csize != usize_ {
                return Err(broken(&format!("{name} has inconsistent sizes")));
            }
            raw
        };
        if data.len() != usize_ {
            return Err(broken(&format!(
                "{name} unpacks to a different size than recorded"
            )));
        }
        if crc32(data) != crc {
            return Err(broken(&format!(
                "{name} fails its checksum; the file is damaged"
            )));
        }
        entries.push(Entry {
            name,
            data: data.to_vec(),
        });
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc_of_known_string() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    fn hex(s: &str) -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }

    #[test]
    fn inflate_reads_dynamic_fixed_and_stored_blocks() {
        // Made with Python's zlib (raw deflate, wbits=-15).
        let dynamic = hex("73cccb53284ecc4c5128c94855482a2d56482e4a2cce484dd153701c9519413251a925890a1fe6cf685048cd4bd10300");
        let want = format!("{}Zeta 😀 end.", "Ann said the bus crashed. ".repeat(20));
        assert_eq!(inflate::inflate(&dynamic, 10_000).unwrap(), want.as_bytes());
        let fixed = hex("cb48cdc9c957c84022d3322b525300");
        assert_eq!(
            inflate::inflate(&fixed, 100).unwrap(),
            b"hello hello hello fixed"
        );
        let stored = [1, 3, 0, 0xfc, 0xff, b'a', b'b', b'c'];
        assert_eq!(inflate::inflate(&stored, 100).unwrap(), b"abc");
        assert!(
            inflate::inflate(&dynamic, 100).is_err(),
            "the size limit holds"
        );
        assert!(inflate::inflate(&dynamic[..20], 10_000).is_err());
    }

    #[test]
    fn write_then_read() {
        let entries = vec![
            Entry {
                name: "a.txt".into(),
                data: b"hello\r\n".to_vec(),
            },
            Entry {
                name: "dir/b é.ann".into(),
                data: vec![],
            },
        ];
        let z = write(&entries);
        assert_eq!(read("t.zip", &z).unwrap(), entries);
        let mut bad = z.clone();
        bad[36] ^= 1; // a byte of a.txt's data (30-byte header + 5-byte name)
        assert!(read("t.zip", &bad)
            .unwrap_err()
            .message
            .contains("checksum"));
    }
}

/// DEFLATE (RFC 1951) decoding with `miniz_oxide`, output capped at `limit` bytes (zip
/// bombs stop there).
pub mod inflate {
    use miniz_oxide::inflate::{decompress_to_vec_with_limit, TINFLStatus};

    /// Decompress raw DEFLATE data (no zlib/gzip header) of at most `limit` bytes.
    /// Errors: a short reason for the user's message (data damaged or cut off, or more
    /// than `limit` bytes).
    pub fn inflate(data: &[u8], limit: usize) -> Result<Vec<u8>, &'static str> {
        const TOO_LARGE: &str = "it unpacks to more than the size limit";
        // One byte over the limit tells "too large" apart from "exactly the limit".
        match decompress_to_vec_with_limit(data, limit.saturating_add(1)) {
            Ok(out) if out.len() > limit => Err(TOO_LARGE),
            Ok(out) => Ok(out),
            Err(e) => Err(match e.status {
                TINFLStatus::HasMoreOutput => TOO_LARGE,
                TINFLStatus::FailedCannotMakeProgress => "the compressed data ends early",
                _ => "the compressed data is damaged",
            }),
        }
    }
}
