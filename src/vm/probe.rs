//! Where a thread takes and gives up the GIL, and blocks: the only three
//! hooks of the GIL instruments (`-X gil-stats`, `-X gil-trace=FILE.json`,
//! `-X gil-timeline=FILE.svg`) and of the deadlock detector.
//!
//! * `Vm::take_gil` / `Vm::drop_gil` wrap every acquire and release of the
//!   lock (thread start and end, forced and periodic switches, blocking calls).
//! * `Vm::allow_threads` wraps every blocking call: it records what the
//!   thread waits on (for the deadlock detector) and the time spent blocked.
//!
//! When no instrument is on, a thread's record has no probe and each hook
//! costs one branch; the eval loop itself is untouched. With `gil-stats`,
//! instructions are counted in `Vm::eval_breaker`, which the GIL then keeps
//! calling before every instruction.
//!
//! Statistics are atomics written only by their own thread; events go to a
//! per-thread buffer behind a mutex that only its thread locks until exit.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use parking_lot::Mutex;

use super::threads::{Site, Wait, WaitKind, Waiting};
use super::Vm;

/// At most this many events per thread are kept (about 40 MB); later ones
/// are counted as dropped.
const MAX_EVENTS: usize = 1 << 20;

/// Which instruments are on, from the command line.
#[derive(Clone, Debug, Default)]
pub struct Instruments {
    pub stats: bool,
    pub trace: Option<String>,
    pub timeline: Option<String>,
    /// Deadlock detection (on unless `-X deadlock=off`).
    pub deadlock: bool,
}

impl Instruments {
    pub fn any(&self) -> bool {
        self.stats || self.events()
    }
    pub fn events(&self) -> bool {
        self.trace.is_some() || self.timeline.is_some()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventKind {
    /// Holding the GIL (under `off`: running between blocking calls).
    Running,
    /// Waiting to take the GIL.
    WaitingGil,
    Blocked(WaitKind),
    /// Instant: this thread asked the holder to drop the GIL.
    DropRequest,
    /// Instant: this thread obeyed a drop request.
    ForcedSwitch,
    /// Instant: Python signal handlers ran.
    Signal,
}

#[derive(Clone, Copy, Debug)]
pub struct Event {
    pub kind: EventKind,
    /// Nanoseconds since the interpreter started.
    pub start: u64,
    pub dur: u64,
    /// Where a blocked thread waits.
    pub site: Site,
    pub what: &'static str,
}

/// A thread's GIL numbers and events.
#[derive(Default)]
pub struct ThreadProbe {
    pub instructions: AtomicU64,
    pub acquires: AtomicU64,
    pub forced: AtomicU64,
    pub hold_ns: AtomicU64,
    pub wait_ns: AtomicU64,
    pub blocked_ns: AtomicU64,
    pub events: Mutex<Vec<Event>>,
    pub dropped: AtomicU64,
    /// Start of the running span in progress, plus one (0: none); lets the
    /// report close the spans of threads still running at exit.
    pub open_span: AtomicU64,
}

impl ThreadProbe {
    fn add(counter: &AtomicU64, n: u64) {
        // Only the owning thread writes: a plain read-modify-write will do.
        counter.store(counter.load(Ordering::Relaxed) + n, Ordering::Relaxed);
    }
    fn push(&self, e: Event) {
        let mut v = self.events.lock();
        if v.len() < MAX_EVENTS {
            v.push(e);
        } else {
            self.dropped.fetch_add(1, Ordering::Relaxed);
        }
    }
}

/// A thread's own bookkeeping between hooks.
#[derive(Default)]
pub(crate) struct ProbeClock {
    /// When the current running span began.
    span_start: u64,
    /// When this thread last took the GIL.
    held_since: u64,
    /// When and at which switch number it last released it.
    released_at: u64,
    released_switch: u64,
    /// The running span was already closed by a blocking call.
    span_closed: bool,
}

impl Vm {
    fn now_ns(&self) -> u64 {
        self.interp.threads.started.elapsed().as_nanos() as u64
    }

    fn events_on(&self) -> bool {
        self.interp.instruments.events()
    }

    /// Takes the GIL; `priority` when coming back from a blocking call.
    pub(crate) fn take_gil(&mut self, priority: bool) {
        let Some(p) = &self.record.probe else {
            self.interp.gil.acquire_with(priority, || {});
            return;
        };
        let t0 = self.now_ns();
        let mut requests: u32 = 0;
        let switch = self.interp.gil.acquire_with(priority, || requests += 1);
        let t1 = self.now_ns();
        ThreadProbe::add(&p.acquires, 1);
        ThreadProbe::add(&p.wait_ns, t1 - t0);
        let events = self.interp.instruments.events();
        if events && requests > 0 {
            p.push(Event { kind: EventKind::DropRequest, start: t1, dur: 0, site: 0, what: "" });
        }
        let c = &mut self.clock;
        c.held_since = t1;
        // Released and taken back with nobody in between: one running span.
        let same = switch == c.released_switch.wrapping_add(1) && !c.span_closed && c.released_at != 0;
        if events && !same {
            if !c.span_closed && c.released_at >= c.span_start && c.released_at != 0 {
                let (start, dur) = (c.span_start, c.released_at - c.span_start);
                p.push(Event { kind: EventKind::Running, start, dur, site: 0, what: "" });
            }
            if t1 > t0 {
                p.push(Event { kind: EventKind::WaitingGil, start: t0, dur: t1 - t0, site: 0, what: "" });
            }
            c.span_start = t1;
        } else if !events {
            c.span_start = t1;
        }
        c.span_closed = false;
        p.open_span.store(c.span_start + 1, Ordering::Relaxed);
    }

    /// Gives the GIL up; `forced` obeys a drop request.
    pub(crate) fn drop_gil(&mut self, forced: bool) {
        let Some(p) = &self.record.probe else {
            self.interp.gil.release(forced);
            return;
        };
        let t = self.now_ns();
        ThreadProbe::add(&p.hold_ns, t.saturating_sub(self.clock.held_since));
        p.instructions.store(self.instructions, Ordering::Relaxed);
        if forced {
            ThreadProbe::add(&p.forced, 1);
            if self.events_on() {
                p.push(Event { kind: EventKind::ForcedSwitch, start: t, dur: 0, site: 0, what: "" });
            }
        }
        self.clock.released_at = t;
        self.clock.released_switch = self.interp.gil.release(forced);
    }

    /// The eval loop saw a drop request: hand the GIL over and queue again.
    pub(crate) fn switch_gil(&mut self, forced: bool) {
        self.drop_gil(forced);
        self.take_gil(false);
    }

    /// Runs `f` with the GIL released (a blocking call), then takes it back.
    /// The Rust form of `Py_BEGIN_ALLOW_THREADS` / `Py_END_ALLOW_THREADS`:
    /// every blocking native call goes through here, saying what it waits
    /// on and whether it can wait forever.
    pub fn allow_threads<R>(&mut self, wait: Wait, forever: bool, f: impl FnOnce() -> R) -> R {
        let (kind, what) = (wait.kind, wait.what);
        let since = if self.record.probe.is_some() { self.now_ns() } else { 0 };
        *self.record.waiting.lock() =
            Some(Waiting { wait, forever, site: self.site, since, stack: self.callers.clone() });
        self.interp.threads.epoch.fetch_add(1, Ordering::SeqCst);
        let start = since;
        self.drop_gil(false);
        let r = f();
        *self.record.waiting.lock() = None;
        self.interp.threads.epoch.fetch_add(1, Ordering::SeqCst);
        if let Some(p) = &self.record.probe {
            let end = self.now_ns();
            ThreadProbe::add(&p.blocked_ns, end - start);
            if self.interp.instruments.events() {
                let c = &mut self.clock;
                if start >= c.span_start {
                    p.push(Event {
                        kind: EventKind::Running,
                        start: c.span_start,
                        dur: start - c.span_start,
                        site: 0,
                        what: "",
                    });
                }
                p.push(Event { kind: EventKind::Blocked(kind), start, dur: end - start, site: self.site, what });
                c.span_closed = true;
                p.open_span.store(0, Ordering::Relaxed);
            }
        }
        // Priority (policy `prio`) only for waits that something outside the
        // program ended: a thread woken by another Python thread (a lock
        // release, a notify) would otherwise preempt the very thread that
        // woke it, which usually is about to block itself: thrashing.
        self.take_gil(kind.external());
        r
    }

    /// Records that signal handlers are about to run (an instant event).
    pub(crate) fn note_signal(&self) {
        if let Some(p) = &self.record.probe {
            if self.events_on() {
                p.push(Event { kind: EventKind::Signal, start: self.now_ns(), dur: 0, site: 0, what: "" });
            }
        }
    }

    /// The thread is done: closes its running span and publishes its counts.
    pub(crate) fn close_probe(&mut self) {
        if let Some(p) = &self.record.probe {
            let t = self.now_ns();
            p.instructions.store(self.instructions, Ordering::Relaxed);
            ThreadProbe::add(&p.hold_ns, t.saturating_sub(self.clock.held_since));
            self.clock.held_since = t;
            if self.interp.instruments.events() && t >= self.clock.span_start {
                let start = self.clock.span_start;
                p.push(Event { kind: EventKind::Running, start, dur: t - start, site: 0, what: "" });
                self.clock.span_start = t;
            }
            p.open_span.store(0, Ordering::Relaxed);
        }
    }
}

/// Wall time of the run so far, for reports.
pub fn elapsed(started: Instant) -> f64 {
    started.elapsed().as_secs_f64()
}
