//! `str`: an immutable byte string with a cached hash (Python 2 semantics).

use std::sync::atomic::{AtomicI64, Ordering};

pub struct PyStr {
    bytes: Bytes,
    /// 0 = not computed yet (a real hash of 0 is stored as 1).
    hash: AtomicI64,
}

/// Texts up to this many bytes live inside the `PyStr` itself.
const INLINE: usize = 30;

/// A short text is stored in place: the string is one allocation (its
/// `Arc`) instead of two, which halves malloc/free traffic for the short
/// strings most programs make (names, numbers, slices, formatted fields).
/// A longer one keeps the Vec that built it (no shrinking reallocation).
enum Bytes {
    Inline { len: u8, buf: [u8; INLINE] },
    Heap(Vec<u8>),
}

impl Bytes {
    #[inline]
    fn from_slice(b: &[u8]) -> Bytes {
        if b.len() <= INLINE {
            let mut buf = [0u8; INLINE];
            buf[..b.len()].copy_from_slice(b);
            Bytes::Inline { len: b.len() as u8, buf }
        } else {
            Bytes::Heap(b.to_vec())
        }
    }

    #[inline]
    fn get(&self) -> &[u8] {
        match self {
            Bytes::Inline { len, buf } => &buf[..*len as usize],
            Bytes::Heap(v) => v,
        }
    }
}

/// The one shared copy of an identifier. Code objects intern their names,
/// so a dict keyed by attribute names (an instance's) holds the very keys
/// that lookups bring: keys compare by address before bytes, and instances
/// share their key strings instead of copying them. Called by the compiler
/// only, so the table's lock is off every hot path.
pub fn intern(name: &str) -> std::sync::Arc<PyStr> {
    let mut table = intern_table();
    if let Some(s) = table.get(name) {
        return s.clone();
    }
    let s = std::sync::Arc::new(PyStr::from_str(name));
    table.insert(name.into(), s.clone());
    s
}

type InternTable = std::collections::HashMap<Box<str>, std::sync::Arc<PyStr>>;

fn intern_table() -> std::sync::MutexGuard<'static, InternTable> {
    use std::sync::{Mutex, OnceLock};
    static TABLE: OnceLock<Mutex<InternTable>> = OnceLock::new();
    TABLE.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner())
}

/// The builtin `intern(s)`: the shared copy of s's text (the one code
/// objects use for names), or s itself, which becomes the shared copy.
pub fn intern_str(s: &std::sync::Arc<PyStr>) -> std::sync::Arc<PyStr> {
    let Ok(text) = std::str::from_utf8(s.as_bytes()) else { return s.clone() };
    let mut table = intern_table();
    if let Some(shared) = table.get(text) {
        return shared.clone();
    }
    table.insert(text.into(), s.clone());
    s.clone()
}

impl PyStr {
    pub fn new(bytes: Vec<u8>) -> PyStr {
        let bytes = if bytes.len() <= INLINE { Bytes::from_slice(&bytes) } else { Bytes::Heap(bytes) };
        PyStr { bytes, hash: AtomicI64::new(0) }
    }
    /// A copy of `b` (no intermediate Vec for a short text).
    pub fn from_slice(b: &[u8]) -> PyStr {
        PyStr { bytes: Bytes::from_slice(b), hash: AtomicI64::new(0) }
    }
    /// The concatenation `a + b`, allocated once.
    pub fn concat(a: &[u8], b: &[u8]) -> PyStr {
        let n = a.len() + b.len();
        let bytes = if n <= INLINE {
            let mut buf = [0u8; INLINE];
            buf[..a.len()].copy_from_slice(a);
            buf[a.len()..n].copy_from_slice(b);
            Bytes::Inline { len: n as u8, buf }
        } else {
            let mut v = Vec::with_capacity(n);
            v.extend_from_slice(a);
            v.extend_from_slice(b);
            Bytes::Heap(v)
        };
        PyStr { bytes, hash: AtomicI64::new(0) }
    }
    #[allow(clippy::should_implement_trait)]
    pub fn from_str(s: &str) -> PyStr {
        PyStr::from_slice(s.as_bytes())
    }
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        self.bytes.get()
    }
    pub fn len(&self) -> usize {
        self.as_bytes().len()
    }
    pub fn is_empty(&self) -> bool {
        self.as_bytes().is_empty()
    }
    /// The text for messages and Rust-side use (invalid UTF-8 is replaced).
    pub fn to_string_lossy(&self) -> String {
        String::from_utf8_lossy(self.as_bytes()).into_owned()
    }
    pub fn as_str(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(self.as_bytes())
    }
    /// Python's `hash(s)`; cached after the first call.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != 0 {
            return h;
        }
        let h = hash_bytes(self.as_bytes());
        self.hash.store(h, Ordering::Relaxed);
        h
    }
}

/// FNV-1a over the bytes, never 0 or -1.
pub fn hash_bytes(b: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &c in b {
        h ^= c as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == 0 || h == -1 {
        2
    } else {
        h
    }
}

impl PartialEq for PyStr {
    fn eq(&self, other: &PyStr) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl From<String> for PyStr {
    fn from(s: String) -> PyStr {
        PyStr::new(s.into_bytes())
    }
}

/// Position of `needle` in `hay` at or after `start`.
pub fn find(hay: &[u8], needle: &[u8], start: usize) -> Option<usize> {
    if start > hay.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(start);
    }
    hay[start..].windows(needle.len()).position(|w| w == needle).map(|p| p + start)
}
