//! CPU hints for hot loops: a cache prefetch (the collector's passes over
//! the heap use it so that the cache misses of successive objects overlap).
//! The intrinsic is an `unsafe` call, which is why it lives in a module of
//! its own.

/// Asks the CPU to bring the cache line at `addr` in (a no-op elsewhere than
/// x86_64). `addr` may be any value: a prefetch is only a hint.
#[inline(always)]
pub fn prefetch(addr: usize) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch never faults, whatever the address, and reads
    // nothing into the program.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(addr as *const i8)
    };
    #[cfg(not(target_arch = "x86_64"))]
    let _ = addr;
}

#[cfg(test)]
mod tests {
    #[test]
    fn prefetch_of_any_address_is_harmless() {
        let v = [1u8; 64];
        super::prefetch(v.as_ptr() as usize);
        super::prefetch(0);
        super::prefetch(usize::MAX);
        assert_eq!(v[0], 1);
    }
}
