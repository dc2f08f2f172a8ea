//! The process's global allocator: the system allocator behind a small
//! per-thread cache of freed blocks of up to 128 bytes.
//!
//! Why: a Python program makes and drops small objects at a high rate (a
//! str is two allocations, an exception instance a dozen), and glibc's
//! `malloc`/`free` pair cost ~150 instructions even when its own thread
//! cache answers (a quarter of strings.py and exceptions.py). Here a freed
//! small block goes onto its thread's stack for its size class and the next
//! request of that class takes it back: ~15 instructions each way.
//!
//! Soundness: every block in a cache was obtained from `System` with its
//! class's full size and alignment 16, so it serves any request of that
//! class, and it is owned by the cache alone (the program freed it). A
//! cache is a plain thread-local without destructor (the standard library
//! forbids an allocator to use thread-locals with destructors), touched
//! only by its own thread, and no code that could allocate runs while it is
//! borrowed, so it is never borrowed twice. Nothing is shared between
//! threads: a block freed by another thread than its allocator's simply
//! joins the freeing thread's cache (glibc accepts frees from any thread).
//! Memory: at most `DEPTH` blocks per class and thread (~36 KB); a
//! thread's blocks go back to the system when it ends, through a pthread
//! key destructor (these run after the thread's Rust thread-local
//! destructors, which may still free), after which the thread's frees go
//! straight to the system.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::UnsafeCell;
use std::sync::OnceLock;

/// Size classes: 16, 32, ..., 128 bytes.
const GRAIN: usize = 16;
const CLASSES: usize = 8;
const MAX_SMALL: usize = GRAIN * CLASSES;
/// Blocks kept per class and thread.
const DEPTH: usize = 64;

/// A thread's cache has not registered its exit hook yet / has / has been
/// flushed at thread exit (then frees bypass it).
const FRESH: u8 = 0;
const LIVE: u8 = 1;
const DEAD: u8 = 2;

struct Cache {
    blocks: [[*mut u8; DEPTH]; CLASSES],
    counts: [u8; CLASSES],
    state: u8,
}

thread_local! {
    static CACHE: UnsafeCell<Cache> = const {
        UnsafeCell::new(Cache { blocks: [[std::ptr::null_mut(); DEPTH]; CLASSES], counts: [0; CLASSES], state: FRESH })
    };
}

/// The key whose destructor empties a thread's cache when it ends.
static EXIT_KEY: OnceLock<Option<libc::pthread_key_t>> = OnceLock::new();

/// The size class of a request, if it is small enough to cache.
#[inline(always)]
fn class_of(size: usize, align: usize) -> Option<usize> {
    if size <= MAX_SMALL && align <= GRAIN && size > 0 {
        Some((size - 1) / GRAIN)
    } else {
        None
    }
}

/// The layout every block of class `c` is allocated with.
#[inline(always)]
fn class_layout(c: usize) -> Layout {
    // (c + 1) * 16 <= 128 with alignment 16 is always a valid layout.
    Layout::from_size_align((c + 1) * GRAIN, GRAIN).unwrap_or(Layout::new::<u8>())
}

/// Takes a cached block of class `c`, if the thread has one.
#[inline(always)]
fn take(c: usize) -> Option<*mut u8> {
    CACHE.with(|cell| {
        // SAFETY: the cache belongs to this thread alone and nothing below
        // can reenter the allocator while this borrow lives (see the
        // module's note), so this is the only reference to it.
        let cache = unsafe { &mut *cell.get() };
        let n = cache.counts[c] as usize;
        if n == 0 {
            return None;
        }
        cache.counts[c] -= 1;
        Some(cache.blocks[c][n - 1])
    })
}

/// Keeps a freed block of class `c`; false when the cache is full or gone.
#[inline(always)]
fn keep(c: usize, p: *mut u8) -> bool {
    let registered = CACHE.with(|cell| {
        // SAFETY: as in `take`: the only reference to this thread's cache.
        let cache = unsafe { &mut *cell.get() };
        if cache.state != LIVE {
            return cache.state;
        }
        let n = cache.counts[c] as usize;
        if n == DEPTH {
            return DEAD;
        }
        cache.blocks[c][n] = p;
        cache.counts[c] += 1;
        LIVE
    });
    match registered {
        LIVE => true,
        DEAD => false,
        _ => {
            // First free on this thread: arrange for the exit hook, then
            // cache from the next free on (this block goes to the system).
            register_exit();
            false
        }
    }
}

/// Registers this thread's exit hook (no Rust allocation: the pthread
/// calls allocate, if at all, inside libc's own allocator).
#[cold]
fn register_exit() {
    let key = *EXIT_KEY.get_or_init(|| {
        let mut key: libc::pthread_key_t = 0;
        // SAFETY: `key` is a valid place for the new key and `flush_thread`
        // has the destructor's signature.
        let rc = unsafe { libc::pthread_key_create(&mut key, Some(flush_thread)) };
        (rc == 0).then_some(key)
    });
    // Without a key the thread never caches (its blocks could not go back).
    let Some(key) = key else { return };
    // SAFETY: `key` was created above; the value only needs to be non-null
    // for the destructor to run and is never dereferenced.
    let ok = unsafe { libc::pthread_setspecific(key, std::ptr::NonNull::<u8>::dangling().as_ptr().cast()) } == 0;
    if ok {
        CACHE.with(|cell| {
            // SAFETY: as in `take`.
            let cache = unsafe { &mut *cell.get() };
            if cache.state == FRESH {
                cache.state = LIVE;
            }
        });
    }
}

/// The exit hook: returns the thread's blocks to the system and stops
/// caching on this thread.
extern "C" fn flush_thread(_: *mut libc::c_void) {
    for c in 0..CLASSES {
        loop {
            let block = CACHE.with(|cell| {
                // SAFETY: as in `take`.
                let cache = unsafe { &mut *cell.get() };
                cache.state = DEAD;
                let n = cache.counts[c] as usize;
                if n == 0 {
                    return None;
                }
                cache.counts[c] -= 1;
                Some(cache.blocks[c][n - 1])
            });
            let Some(p) = block else { break };
            // SAFETY: `p` came from `System.alloc(class_layout(c))` and the
            // cache owned it alone.
            unsafe { System.dealloc(p, class_layout(c)) };
        }
    }
}

/// The global allocator (set in `main.rs`).
pub struct BlockCache;

// SAFETY: small requests get a block of at least their size and alignment
// (a class block, fresh from `System` or freed earlier and owned by the
// cache); others go to `System` unchanged. Each block is freed with the
// layout it was allocated with.
unsafe impl GlobalAlloc for BlockCache {
    #[inline]
    // SAFETY: callers keep GlobalAlloc's contract; why the blocks handed
    // out are sound is the note on this impl.
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match class_of(layout.size(), layout.align()) {
            Some(c) => match take(c) {
                Some(p) => p,
                // SAFETY: a valid non-zero-size layout.
                None => unsafe { System.alloc(class_layout(c)) },
            },
            // SAFETY: the caller's layout, as `GlobalAlloc::alloc` requires.
            None => unsafe { System.alloc(layout) },
        }
    }

    #[inline]
    // SAFETY: callers keep GlobalAlloc's contract; why the blocks handed
    // out are sound is the note on this impl.
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        match class_of(layout.size(), layout.align()) {
            Some(c) => {
                if !keep(c, ptr) {
                    // SAFETY: small blocks are allocated with their class's layout.
                    unsafe { System.dealloc(ptr, class_layout(c)) }
                }
            }
            // SAFETY: allocated by `System` with this layout.
            None => unsafe { System.dealloc(ptr, layout) },
        }
    }

    // SAFETY: callers keep GlobalAlloc's contract; why the blocks handed
    // out are sound is the note on this impl.
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        match class_of(layout.size(), layout.align()) {
            Some(_) => {
                // SAFETY: as `alloc`; the block has at least `layout.size()` bytes.
                let p = unsafe { self.alloc(layout) };
                if !p.is_null() {
                    // SAFETY: `p` points to at least `layout.size()` writable bytes.
                    unsafe { std::ptr::write_bytes(p, 0, layout.size()) };
                }
                p
            }
            // Large zeroed buffers keep calloc's untouched pages.
            // SAFETY: the caller's layout.
            None => unsafe { System.alloc_zeroed(layout) },
        }
    }

    // SAFETY: callers keep GlobalAlloc's contract; why the blocks handed
    // out are sound is the note on this impl.
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let old = class_of(layout.size(), layout.align());
        let new = class_of(new_size, layout.align());
        match (old, new) {
            (Some(a), Some(b)) if a == b => ptr,
            // SAFETY: a large block allocated by `System` with `layout`.
            (None, None) => unsafe { System.realloc(ptr, layout, new_size) },
            _ => {
                // Moving between a class and the system (or two classes).
                // SAFETY: `new_size` is non-zero and, rounded to the
                // alignment, fits `isize` (the caller guarantees it).
                let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
                // SAFETY: a valid layout.
                let p = unsafe { self.alloc(new_layout) };
                if !p.is_null() {
                    // SAFETY: both blocks hold at least the smaller size and
                    // are distinct; the old one is freed with its layout.
                    unsafe {
                        std::ptr::copy_nonoverlapping(ptr, p, layout.size().min(new_size));
                        self.dealloc(ptr, layout);
                    }
                }
                p
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_reused_and_zeroed() {
        let a = BlockCache;
        let l = Layout::from_size_align(40, 8).unwrap();
        // SAFETY: valid layouts; each block is freed once with its layout.
        unsafe {
            for _ in 0..3 {
                let p = a.alloc(l);
                std::ptr::write_bytes(p, 0xab, 40);
                a.dealloc(p, l);
            }
            let z = a.alloc_zeroed(l);
            assert!(std::slice::from_raw_parts(z, 40).iter().all(|&b| b == 0));
            let r = a.realloc(z, l, 300);
            std::ptr::write_bytes(r, 1, 300);
            let r2 = a.realloc(r, Layout::from_size_align(300, 8).unwrap(), 20);
            assert_eq!(*r2, 1);
            a.dealloc(r2, Layout::from_size_align(20, 8).unwrap());
        }
    }

    #[test]
    fn threads_return_their_blocks() {
        let hs: Vec<_> = (0..8)
            .map(|_| {
                std::thread::spawn(|| {
                    let v: Vec<Vec<u8>> = (0..1000).map(|i| vec![i as u8; i % 120 + 1]).collect();
                    v.iter().map(|x| x.len()).sum::<usize>()
                })
            })
            .collect();
        for h in hs {
            assert!(h.join().unwrap() > 0);
        }
    }
}
