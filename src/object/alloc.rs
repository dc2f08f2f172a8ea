//! Fallible growth of buffers: MemoryError instead of the allocator's abort
//! when a string, list or tuple would not fit in memory (or under a
//! `ulimit -v` address-space limit). Used at the growth points a program
//! can drive without bound: concatenation, append, repetition, padding.

use crate::object::{ExcKind, PyErr, PyResult};

/// A bare MemoryError, as CPython raises it.
pub fn memory_error() -> PyErr {
    PyErr::with_args(ExcKind::MemoryError, vec![])
}

/// Makes room for `extra` more items in `v`, or MemoryError.
#[inline]
pub fn reserve<T>(v: &mut Vec<T>, extra: usize) -> PyResult<()> {
    if v.capacity() - v.len() >= extra {
        return Ok(());
    }
    v.try_reserve(extra).map_err(|_| memory_error())
}

/// An empty vector with room for exactly `n` items, or MemoryError.
pub fn with_capacity<T>(n: usize) -> PyResult<Vec<T>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| memory_error())?;
    Ok(v)
}

/// `n` zero bytes (a buffer for a read of up to `n`), or MemoryError. A
/// fallible reservation probes first (`vec!` would abort); the buffer
/// itself is then a zeroed allocation, which the system hands out as
/// untouched pages, so a large read buffer costs no memset.
pub fn zeroed(n: usize) -> PyResult<Vec<u8>> {
    drop(with_capacity::<u8>(n)?);
    Ok(vec![0u8; n])
}

/// Appends copies of `v`'s current contents until it holds `total` items:
/// doubling copies, so a repetition of a short string costs O(total), not
/// one call per copy (`'a' * 2**31` took 20 s that way).
pub fn fill_by_doubling<T: Copy>(v: &mut Vec<T>, total: usize) {
    let unit = v.len();
    if unit == 0 {
        return;
    }
    while v.len() < total {
        let n = v.len().min(total - v.len());
        v.extend_from_within(..n);
    }
    debug_assert_eq!(v.len() % unit, 0);
}

/// `v.extend_from_slice(more)`, or MemoryError when it cannot grow.
#[inline]
pub fn extend(v: &mut Vec<u8>, more: &[u8]) -> PyResult<()> {
    reserve(v, more.len())?;
    v.extend_from_slice(more);
    Ok(())
}
