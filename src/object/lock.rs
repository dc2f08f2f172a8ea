//! The lock inside every mutable object (list items, dict tables, cells,
//! iterators): a spin lock with the `lock_api` interface that parking_lot's
//! own mutex uses.
//!
//! Why not `parking_lot::Mutex`: these locks are taken for a few dozen
//! instructions at a time, millions of times per second, almost never
//! contended (the invariant of `object/mod.rs`: never held while Python code
//! runs). parking_lot's unlock is an atomic compare-and-swap; here taking the
//! lock is one atomic swap and releasing it is a plain store with release
//! ordering, which halves the atomic operations of every container access.
//! A contended lock spins briefly, then yields the CPU until it is free.

use std::sync::atomic::{AtomicBool, Ordering};

pub struct RawSpinLock {
    locked: AtomicBool,
}

impl RawSpinLock {
    #[cold]
    fn lock_contended(&self) {
        let mut spins = 0u32;
        loop {
            // Test before test-and-set: spin on a plain load.
            while self.locked.load(Ordering::Relaxed) {
                if spins < 64 {
                    spins += 1;
                    std::hint::spin_loop();
                } else {
                    std::thread::yield_now();
                }
            }
            if !self.locked.swap(true, Ordering::Acquire) {
                return;
            }
        }
    }
}

// `lock` and `try_lock` succeed only by swapping `locked` from false to true
// with Acquire ordering; `unlock` (called only by the holder, as the trait
// requires) stores false with Release ordering. Tested by
// `tests::counts_exactly_under_contention`.
// SAFETY: so at most one holder exists at a time, and the holder's writes
// happen-before the next holder's reads.
unsafe impl lock_api::RawMutex for RawSpinLock {
    #[allow(clippy::declare_interior_mutable_const)]
    const INIT: RawSpinLock = RawSpinLock { locked: AtomicBool::new(false) };
    type Guard = lock_api::GuardSend;

    #[inline]
    fn lock(&self) -> lock_api::GuardSend {
        if self.locked.swap(true, Ordering::Acquire) {
            self.lock_contended();
        }
        lock_api::GuardSend::new()
    }

    #[inline]
    fn try_lock(&self) -> Option<lock_api::GuardSend> {
        (!self.locked.swap(true, Ordering::Acquire)).then(lock_api::GuardSend::new)
    }

    // SAFETY: the trait lets only the holder call this (see above); the
    // Release store publishes the holder's writes to the next `lock`.
    #[inline]
    unsafe fn unlock(&self, _: lock_api::GuardSend) {
        self.locked.store(false, Ordering::Release);
    }

    #[inline]
    fn is_locked(&self) -> bool {
        self.locked.load(Ordering::Relaxed)
    }
}

/// A mutex for object internals.
pub type Mutex<T> = lock_api::Mutex<RawSpinLock, T>;
pub type MutexGuard<'a, T> = lock_api::MutexGuard<'a, RawSpinLock, T>;

#[cfg(test)]
mod tests {
    use super::Mutex;
    use std::sync::Arc;

    #[test]
    fn counts_exactly_under_contention() {
        let m = Arc::new(Mutex::new((0u64, 0u64)));
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let m = m.clone();
                std::thread::spawn(move || {
                    for _ in 0..100_000 {
                        let mut g = m.lock();
                        // Two writes that a racing holder would tear apart.
                        g.0 += 1;
                        g.1 = g.0 * 2;
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        let g = m.lock();
        assert_eq!(*g, (400_000, 800_000));
    }

    #[test]
    fn try_lock_fails_while_held() {
        let m = Mutex::new(1);
        let g = m.lock();
        assert!(m.try_lock().is_none());
        drop(g);
        assert_eq!(*m.try_lock().unwrap(), 1);
    }
}
