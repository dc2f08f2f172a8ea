//! The global interpreter lock.
//!
//! # Design
//!
//! One `Gil` per interpreter. Whichever thread holds it runs bytecode; the
//! others wait. It changes hands only between instructions: the evaluation
//! loop looks at one atomic word, the *eval breaker*, before each
//! instruction, and only there may a thread give the lock away.
//!
//! **The GIL schedules; it does not protect memory.** Every value is built
//! from `Arc`, `parking_lot` locks and atomics, so `-X gil=off` (no lock at
//! all) is memory-safe too.
//!
//! Three switching policies (and `off`):
//!
//! * `new` (CPython 3.2+, the default). A thread that wants the lock waits on
//!   a condition variable for at most the switch interval (5 ms by default,
//!   `sys.setswitchinterval`). If the lock did not change hands meanwhile, it
//!   sets `drop_request` and the eval breaker. The holder sees the breaker at
//!   its next instruction boundary, releases the lock, and then waits until
//!   some other thread has actually taken it (*forced switching*), so that it
//!   cannot grab the lock straight back.
//! * `old` (CPython 2.x). Every `sys.setcheckinterval` instructions (100 by
//!   default) the holder releases the lock and immediately asks for it again,
//!   with no hand-off guarantee. On a multi-core machine the releasing thread
//!   usually wins again, and waiting threads burn CPU being woken for nothing:
//!   the "GIL fight" that David Beazley measured.
//! * `prio` (minipy's fix for the convoy effect, bpo-7946). As `new`, but a
//!   thread coming back from a blocking call (I/O, sleep, a lock wait) asks
//!   for the lock at once: it sets the drop request without waiting out the
//!   interval, and waiters without priority stand back until it got the
//!   lock. CPU-bound threads still switch on the interval.
//!
//! Blocking calls (sleep, lock acquire, joins, queue waits, I/O) release the
//! lock around the wait through exactly one helper, [`Vm::allow_threads`],
//! the Rust form of `Py_BEGIN_ALLOW_THREADS` / `Py_END_ALLOW_THREADS`.
//!
//! The eval breaker also carries pending signals and asynchronous exceptions;
//! when nothing is pending, checking it is a single relaxed atomic load.

use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

/// Anything at all for the eval loop to look at (drop request, signal). A
/// process-wide word, so that a signal handler can set it.
pub static EVAL_BREAKER: AtomicBool = AtomicBool::new(false);

/// Signals that arrived and whose Python handlers have not run yet, as a bit set.
pub static PENDING_SIGNALS: AtomicU64 = AtomicU64::new(0);

/// How the lock changes hands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Policy {
    /// CPython 3.2+: drop requests after the switch interval, forced switching.
    New,
    /// CPython 2.x: release and re-request every check interval.
    Old,
    /// As `New`, but a thread returning from a blocking call gets the lock
    /// at the holder's next instruction boundary.
    Prio,
    /// No lock at all: threads run bytecode in parallel.
    Off,
}

impl Policy {
    pub fn name(self) -> &'static str {
        match self {
            Policy::New => "new",
            Policy::Old => "old",
            Policy::Prio => "prio",
            Policy::Off => "off",
        }
    }
}

struct State {
    /// Is the lock held?
    locked: bool,
    /// Incremented every time a thread takes the lock.
    switch_number: u64,
    /// Waiters returning from a blocking call (policy `prio`); while there
    /// are any, other waiters do not take the lock.
    prio_waiters: u32,
}

pub struct Gil {
    pub policy: Policy,
    state: Mutex<State>,
    /// Signalled when the lock is released.
    released: Condvar,
    /// Signalled when the lock is taken (forced switching waits on it).
    taken: Condvar,
    /// Set by a waiter that timed out: the holder should let go.
    drop_request: AtomicBool,
    /// Switch interval in microseconds (policy `new`).
    interval_us: AtomicU64,
    /// Instructions between releases (policy `old`).
    check_interval: AtomicUsize,
    /// Threads currently waiting for the lock.
    waiters: AtomicU32,
    /// Keep the eval breaker set: policy `old` counts ticks there, and
    /// `-X gil-stats` counts instructions there.
    always_break: AtomicBool,
}

impl Gil {
    pub fn new(policy: Policy) -> Gil {
        if policy == Policy::Old {
            EVAL_BREAKER.store(true, Ordering::Release);
        }
        Gil {
            policy,
            state: Mutex::new(State { locked: false, switch_number: 0, prio_waiters: 0 }),
            released: Condvar::new(),
            taken: Condvar::new(),
            drop_request: AtomicBool::new(false),
            interval_us: AtomicU64::new(5000),
            check_interval: AtomicUsize::new(100),
            waiters: AtomicU32::new(0),
            always_break: AtomicBool::new(policy == Policy::Old),
        }
    }

    /// Sends every thread through `Vm::eval_breaker` before each instruction
    /// (for `-X gil-stats`, which counts instructions there).
    pub fn set_always_break(&self) {
        self.always_break.store(true, Ordering::Relaxed);
        EVAL_BREAKER.store(true, Ordering::Release);
    }

    pub fn always_breaks(&self) -> bool {
        self.always_break.load(Ordering::Relaxed)
    }

    /// Did a waiter ask the holder to let go?
    #[inline]
    pub fn drop_requested(&self) -> bool {
        matches!(self.policy, Policy::New | Policy::Prio) && self.drop_request.load(Ordering::Relaxed)
    }

    pub fn has_waiters(&self) -> bool {
        self.waiters.load(Ordering::Relaxed) > 0
    }

    pub fn switch_interval(&self) -> f64 {
        self.interval_us.load(Ordering::Relaxed) as f64 / 1e6
    }
    pub fn set_switch_interval(&self, secs: f64) {
        self.interval_us.store((secs * 1e6).max(1.0) as u64, Ordering::Relaxed)
    }
    pub fn check_interval(&self) -> usize {
        self.check_interval.load(Ordering::Relaxed)
    }
    pub fn set_check_interval(&self, n: usize) {
        self.check_interval.store(n.max(1), Ordering::Relaxed)
    }

    /// Recomputes the eval breaker from what is pending.
    pub fn update_breaker(&self) {
        // Under `old` the breaker stays set: every instruction counts a tick.
        let any = self.always_break.load(Ordering::Relaxed)
            || self.drop_request.load(Ordering::Relaxed)
            || PENDING_SIGNALS.load(Ordering::Relaxed) != 0
            || crate::modules::weakref::CALLBACKS_DUE.load(Ordering::Relaxed)
            || crate::vm::finalize::PENDING_COUNT.load(Ordering::Relaxed) != 0
            || crate::vm::collector::DUE.load(Ordering::Relaxed)
            || crate::vm::collector::STOP_REQUESTED.load(Ordering::Relaxed)
            || crate::vm::trace::TRACING.load(Ordering::Relaxed) != 0;
        EVAL_BREAKER.store(any, Ordering::Release);
    }

    /// Asks the eval loop of the running thread to look at the breaker.
    pub fn poke(&self) {
        EVAL_BREAKER.store(true, Ordering::Release);
    }

    /// Takes the lock, waiting as the policy says; `priority` marks a thread
    /// returning from a blocking call (it matters under `prio`).
    /// `on_request` runs (with the GIL's own mutex held) each time this
    /// waiter asks the holder to let go. Returns the switch number.
    pub fn acquire_with(&self, priority: bool, mut on_request: impl FnMut()) -> u64 {
        if self.policy == Policy::Off {
            // No lock, but a collection in progress must end first.
            crate::vm::collector::world_enter();
            return 0;
        }
        let prio = priority && self.policy == Policy::Prio;
        let mut st = self.state.lock();
        if st.locked || (!prio && st.prio_waiters > 0) {
            self.waiters.fetch_add(1, Ordering::Relaxed);
            if prio {
                st.prio_waiters += 1;
                if st.locked {
                    self.drop_request.store(true, Ordering::Relaxed);
                    EVAL_BREAKER.store(true, Ordering::Release);
                    on_request();
                }
            }
            let interval = Duration::from_micros(self.interval_us.load(Ordering::Relaxed));
            while st.locked || (!prio && st.prio_waiters > 0) {
                if self.policy == Policy::Old {
                    self.released.wait(&mut st);
                    continue;
                }
                let seen = st.switch_number;
                let deadline = Instant::now() + interval;
                let timed_out = self.released.wait_until(&mut st, deadline).timed_out();
                if timed_out && st.locked && st.switch_number == seen {
                    // The holder had it for a whole interval: ask it to let go.
                    self.drop_request.store(true, Ordering::Relaxed);
                    EVAL_BREAKER.store(true, Ordering::Release);
                    on_request();
                }
            }
            self.waiters.fetch_sub(1, Ordering::Relaxed);
            if prio {
                st.prio_waiters -= 1;
            }
        }
        st.locked = true;
        st.switch_number = st.switch_number.wrapping_add(1);
        let number = st.switch_number;
        if self.drop_request.swap(false, Ordering::Relaxed) {
            self.update_breaker();
        }
        drop(st);
        self.taken.notify_all();
        number
    }

    /// Takes the lock (no priority, nobody watching).
    pub fn acquire(&self) {
        self.acquire_with(false, || {});
    }

    /// Runs `fork` (called by the thread holding the lock) with the state
    /// lock held, so that the child's copy of it is free and consistent;
    /// in the child only the caller survives, so nobody waits there.
    pub fn around_fork<T>(&self, fork: impl FnOnce() -> T, in_child: impl FnOnce(&T) -> bool) -> T {
        let mut st = self.state.lock();
        let r = fork();
        if in_child(&r) {
            st.prio_waiters = 0;
            self.waiters.store(0, Ordering::Relaxed);
            self.drop_request.store(false, Ordering::Relaxed);
        }
        r
    }

    /// Releases the lock. With `forced` (a drop request), waits until another
    /// thread has taken it before returning. Returns the switch number.
    pub fn release(&self, forced: bool) -> u64 {
        if self.policy == Policy::Off {
            crate::vm::collector::world_leave();
            return 0;
        }
        let mut st = self.state.lock();
        st.locked = false;
        let seen = st.switch_number;
        if st.prio_waiters > 0 {
            // A notify_one could wake a waiter that must stand back.
            self.released.notify_all();
        } else {
            self.released.notify_one();
        }
        if forced && self.waiters.load(Ordering::Relaxed) > 0 {
            while st.switch_number == seen && self.waiters.load(Ordering::Relaxed) > 0 {
                self.taken.wait_for(&mut st, Duration::from_millis(50));
            }
        }
        seen
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn hand_off_under_new_policy() {
        let gil = Arc::new(Gil::new(Policy::New));
        gil.set_switch_interval(0.001);
        gil.acquire();
        let g2 = gil.clone();
        let t = std::thread::spawn(move || {
            g2.acquire();
            g2.release(false);
        });
        // The waiter times out and sets a drop request on the holder.
        let start = Instant::now();
        while !EVAL_BREAKER.load(Ordering::Acquire) {
            assert!(start.elapsed() < Duration::from_secs(10), "no drop request");
            std::thread::sleep(Duration::from_micros(200));
        }
        assert!(gil.drop_requested());
        gil.release(true);
        gil.acquire();
        gil.release(false);
        t.join().unwrap();
    }

    #[test]
    fn off_policy_never_blocks() {
        let gil = Gil::new(Policy::Off);
        gil.acquire();
        gil.acquire();
        gil.release(false);
    }
}
