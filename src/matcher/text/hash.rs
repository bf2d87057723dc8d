//! The matcher's hashers: FNV-1a for stable stem hashes and small string maps, and an
//! FxHash-style hasher for in-memory maps of texts and code point slices.

/// A fast hasher for short strings (FNV-1a); the lexicon and the stem cache use it.
#[derive(Debug, Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf29ce484222325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= b as u64;
            self.0 = self.0.wrapping_mul(0x100000001b3);
        }
    }
}

/// A hash map keyed with [`Fnv`].
pub(crate) type FnvMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

/// A fast hasher for in-memory maps of texts and code point slices (the FxHash mix of
/// rustc: rotate, xor, multiply, a machine word or a code point at a time). Not stable
/// across versions and not for untrusted keys that could be chosen to collide; the
/// matcher only uses it inside one run.
#[derive(Debug, Clone, Copy, Default)]
pub struct FxHasher(u64);

impl FxHasher {
    #[inline]
    fn add(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl std::hash::Hasher for FxHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w) ^ (rest.len() as u64) << 59);
        }
    }
    #[inline]
    fn write_u8(&mut self, v: u8) {
        self.add(v as u64)
    }
    #[inline]
    fn write_u32(&mut self, v: u32) {
        self.add(v as u64)
    }
    #[inline]
    fn write_u64(&mut self, v: u64) {
        self.add(v)
    }
    #[inline]
    fn write_usize(&mut self, v: usize) {
        self.add(v as u64)
    }
}

/// A hash map keyed with [`FxHasher`].
pub(crate) type FxMap<K, V> =
    std::collections::HashMap<K, V, std::hash::BuildHasherDefault<FxHasher>>;

/// A set of words keyed with [`FxHasher`]: a word list asked of every token (many times
/// over in all-pairs matching) is built into one once, so each token is one lookup, not a
/// scan of the list.
pub(crate) type FxWordSet =
    std::collections::HashSet<&'static str, std::hash::BuildHasherDefault<FxHasher>>;

/// FNV-1a, 64 bit ([`Fnv`]): stable across platforms and builds.
pub fn hash_str(s: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = Fnv::default();
    h.write(s.as_bytes());
    h.finish()
}

/// [`hash_str`] of the texts of `parts` one after another, without joining them: the key of
/// "unit " and a unit is `hash_parts(&["unit ", unit])` (FNV-1a reads the bytes in order,
/// so the parts need no copy; the flag rules ask such keys for every pair of counts).
pub(crate) fn hash_parts(parts: &[&str]) -> u64 {
    use std::hash::Hasher;
    let mut h = Fnv::default();
    for p in parts {
        h.write(p.as_bytes());
    }
    h.finish()
}
