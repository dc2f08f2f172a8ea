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
//! Two switching policies:
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
    /// No lock at all: threads run bytecode in parallel.
    Off,
}

impl Policy {
    pub fn name(self) -> &'static str {
        match self {
            Policy::New => "new",
            Policy::Old => "old",
            Policy::Off => "off",
        }
    }
}

struct State {
    /// Is the lock held?
    locked: bool,
    /// Incremented every time a thread takes the lock.
    switch_number: u64,
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
}

impl Gil {
    pub fn new(policy: Policy) -> Gil {
        if policy == Policy::Old {
            EVAL_BREAKER.store(true, Ordering::Release);
        }
        Gil {
            policy,
            state: Mutex::new(State { locked: false, switch_number: 0 }),
            released: Condvar::new(),
            taken: Condvar::new(),
            drop_request: AtomicBool::new(false),
            interval_us: AtomicU64::new(5000),
            check_interval: AtomicUsize::new(100),
            waiters: AtomicU32::new(0),
        }
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
    fn update_breaker(&self) {
        // Under `old` the breaker stays set: every instruction counts a tick.
        let any = self.policy == Policy::Old
            || self.drop_request.load(Ordering::Relaxed)
            || PENDING_SIGNALS.load(Ordering::Relaxed) != 0;
        EVAL_BREAKER.store(any, Ordering::Release);
    }

    /// Asks the eval loop of the running thread to look at the breaker.
    pub fn poke(&self) {
        EVAL_BREAKER.store(true, Ordering::Release);
    }

    /// Takes the lock, waiting as the policy says.
    pub fn acquire(&self) {
        if self.policy == Policy::Off {
            return;
        }
        let mut st = self.state.lock();
        if st.locked {
            self.waiters.fetch_add(1, Ordering::Relaxed);
            let interval = Duration::from_micros(self.interval_us.load(Ordering::Relaxed));
            while st.locked {
                if self.policy == Policy::New {
                    let seen = st.switch_number;
                    let deadline = Instant::now() + interval;
                    let timed_out = self.released.wait_until(&mut st, deadline).timed_out();
                    if timed_out && st.locked && st.switch_number == seen {
                        // The holder had it for a whole interval: ask it to let go.
                        self.drop_request.store(true, Ordering::Relaxed);
                        EVAL_BREAKER.store(true, Ordering::Release);
                    }
                } else {
                    self.released.wait(&mut st);
                }
            }
            self.waiters.fetch_sub(1, Ordering::Relaxed);
        }
        st.locked = true;
        st.switch_number = st.switch_number.wrapping_add(1);
        if self.drop_request.swap(false, Ordering::Relaxed) {
            self.update_breaker();
        }
        drop(st);
        self.taken.notify_all();
    }

    /// Releases the lock. With `forced` (a drop request under `new`), waits
    /// until another thread has taken it before returning.
    pub fn release(&self, forced: bool) {
        if self.policy == Policy::Off {
            return;
        }
        let mut st = self.state.lock();
        st.locked = false;
        let seen = st.switch_number;
        self.released.notify_one();
        if forced && self.waiters.load(Ordering::Relaxed) > 0 {
            while st.switch_number == seen && self.waiters.load(Ordering::Relaxed) > 0 {
                self.taken.wait_for(&mut st, Duration::from_millis(50));
            }
        }
    }

    /// The eval loop saw the breaker set: gives the lock away if asked to.
    /// Returns true when the lock changed hands.
    pub fn yield_if_requested(&self) -> bool {
        if self.policy == Policy::New && self.drop_request.load(Ordering::Relaxed) {
            self.release(true);
            self.acquire();
            return true;
        }
        self.update_breaker();
        false
    }

    /// Policy `old`: the periodic release and re-request.
    pub fn periodic_switch(&self) {
        if self.waiters.load(Ordering::Relaxed) > 0 {
            self.release(false);
            self.acquire();
        }
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
        assert!(gil.yield_if_requested());
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
