//! The only `unsafe` of the `mmap` module: a `Mapping` that owns one region
//! made by mmap(2) and gives it out only as borrowed slices, plus the few
//! descriptor calls the module needs (fstat size, ftruncate, dup, close).
//! A `Mapping` is unmapped exactly once, on drop; mremap replaces the
//! region in place. The caller keeps each `Mapping` behind a lock, so a
//! slice can never outlive a close or a resize made by another thread.

use std::io;

/// One mapped region: its address and length (never zero).
pub struct Mapping {
    ptr: *mut u8,
    len: usize,
}

// SAFETY: the region is plain memory owned by this value alone; every
// access goes through `&self`/`&mut self`, so Rust's borrow rules (and the
// lock the owner keeps it behind) order the accesses between threads.
unsafe impl Send for Mapping {}
// SAFETY: as above; `&Mapping` only allows reads of the region.
unsafe impl Sync for Mapping {}

impl Mapping {
    /// mmap(NULL, len, prot, flags, fd, offset). A zero length is EINVAL,
    /// as the kernel says it, so a `Mapping` always spans some memory.
    pub fn new(len: usize, prot: i32, flags: i32, fd: i32, offset: i64) -> io::Result<Mapping> {
        if len == 0 {
            return Err(io::Error::from_raw_os_error(libc::EINVAL));
        }
        // SAFETY: a NULL hint lets the kernel choose a fresh address, so no
        // existing Rust memory is replaced; the result is checked below.
        let p = unsafe { libc::mmap(std::ptr::null_mut(), len, prot, flags, fd, offset as libc::off_t) };
        if p == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        Ok(Mapping { ptr: p as *mut u8, len })
    }

    pub fn len(&self) -> usize {
        self.len
    }

    /// Always false: a mapping spans at least one byte.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The region's bytes.
    pub fn bytes(&self) -> &[u8] {
        // SAFETY: ptr..ptr+len is mapped (at least PROT_READ: 2.7 maps
        // nothing without it that this module reads; see `readable`) for as
        // long as `self` lives, and the borrow ties the slice to `self`.
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }

    /// The region's bytes, writable. Callers check the map was made with
    /// PROT_WRITE first (a write to a read-only page would fault).
    pub fn bytes_mut(&mut self) -> &mut [u8] {
        // SAFETY: as `bytes`; `&mut self` makes this the only borrow.
        unsafe { std::slice::from_raw_parts_mut(self.ptr, self.len) }
    }

    /// msync(MS_SYNC) of `len` bytes from `off` (bounds checked by the caller
    /// and again here).
    pub fn flush(&self, off: usize, len: usize) -> io::Result<()> {
        if off.checked_add(len).is_none_or(|e| e > self.len) {
            return Err(io::Error::from_raw_os_error(libc::EINVAL));
        }
        // SAFETY: the range lies inside the mapping (checked above); msync
        // only writes pages back to the file, it never changes memory.
        let r = unsafe { libc::msync(self.ptr.add(off) as *mut libc::c_void, len, libc::MS_SYNC) };
        if r != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }

    /// mremap to `new_len` bytes, possibly moving. On failure the old
    /// mapping stays as it was.
    pub fn resize(&mut self, new_len: usize) -> io::Result<()> {
        if new_len == 0 {
            return Err(io::Error::from_raw_os_error(libc::EINVAL));
        }
        // SAFETY: ptr/len describe our own mapping; `&mut self` means no slice
        // of it is alive. MREMAP_MAYMOVE may move it: we take the new address.
        let p = unsafe { libc::mremap(self.ptr as *mut libc::c_void, self.len, new_len, libc::MREMAP_MAYMOVE) };
        if p == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        self.ptr = p as *mut u8;
        self.len = new_len;
        Ok(())
    }
}

impl Drop for Mapping {
    fn drop(&mut self) {
        // SAFETY: the mapping is ours and no borrow of it can outlive `self`.
        unsafe { libc::munmap(self.ptr as *mut libc::c_void, self.len) };
    }
}

/// What fstat says of `fd`: (is a regular file, size).
pub fn file_size(fd: i32) -> io::Result<(bool, i64)> {
    // SAFETY: stat is plain old data; all-zero is a valid value for fstat to fill.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `st` is a valid, writable stat buffer; a bad fd is an error return.
    if unsafe { libc::fstat(fd, &mut st) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(((st.st_mode & libc::S_IFMT) == libc::S_IFREG, st.st_size))
}

/// ftruncate(fd, len).
pub fn truncate(fd: i32, len: i64) -> io::Result<()> {
    // SAFETY: ftruncate takes plain integers; a bad fd is an error return.
    if unsafe { libc::ftruncate(fd, len as libc::off_t) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// dup(fd): the map keeps its own descriptor, as 2.7's does.
pub fn dup(fd: i32) -> io::Result<i32> {
    // SAFETY: dup takes a plain integer; a bad fd is an error return.
    let r = unsafe { libc::dup(fd) };
    if r < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(r)
}

/// close(fd) of a descriptor this module made with `dup`.
pub fn close(fd: i32) {
    // SAFETY: only called on descriptors from `dup`, once each.
    unsafe { libc::close(fd) };
}

/// The page size.
pub fn page_size() -> usize {
    // SAFETY: sysconf takes a plain integer and has no side effects.
    let n = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    if n > 0 {
        n as usize
    } else {
        4096
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anonymous_map_reads_writes_resizes_and_flushes() {
        let mut m = Mapping::new(
            page_size(),
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_SHARED | libc::MAP_ANONYMOUS,
            -1,
            0,
        )
        .expect("an anonymous map");
        assert!(m.bytes().iter().all(|&b| b == 0));
        m.bytes_mut()[..3].copy_from_slice(b"abc");
        m.resize(3 * page_size()).expect("mremap");
        assert_eq!(&m.bytes()[..3], b"abc");
        assert_eq!(m.len(), 3 * page_size());
        m.flush(0, m.len()).expect("msync");
        assert!(m.flush(1, m.len()).is_err());
        assert!(m.resize(0).is_err());
        assert_eq!(m.len(), 3 * page_size());
    }

    #[test]
    fn bad_arguments_are_errors() {
        assert!(Mapping::new(0, libc::PROT_READ, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS, -1, 0).is_err());
        assert!(Mapping::new(10, libc::PROT_READ, libc::MAP_SHARED, -5, 0).is_err());
        assert!(dup(-2).is_err());
        assert!(file_size(-2).is_err());
        assert!(truncate(-2, 0).is_err());
    }
}
