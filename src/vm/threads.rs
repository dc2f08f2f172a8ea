//! Who is running and what each thread waits on: one `ThreadRecord` per
//! live Python thread, kept in the interpreter's `ThreadTable`.
//!
//! Records are written only on slow paths: a thread starting or ending, a
//! blocking call starting or ending, the GIL changing hands. The deadlock
//! detector (`deadlock.rs`) and the GIL instruments (`probe.rs`) read them.
//!
//! *Call sites.* A thread remembers the last call instruction it executed as
//! a `Site`: the code object's id and the instruction index, packed in one
//! word, so that recording it costs one store and no reference count.
//! Code objects register themselves by id when they are compiled; a site
//! turns back into `file:line` only when a report needs it.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Weak};
use std::time::Instant;

use parking_lot::Mutex;

use crate::object::{Code, Value};

/// A call site: `(code id << 32) | instruction index`; 0 when unknown.
pub type Site = u64;

static CODES: Mutex<Vec<Weak<Code>>> = Mutex::new(Vec::new());

/// A fresh code-object id (ids start at 1, so that site 0 means "unknown").
pub fn next_code_id() -> u32 {
    let mut codes = CODES.lock();
    codes.push(Weak::new());
    codes.len() as u32
}

/// Code objects kept alive while a trace or timeline is recorded: its
/// report names the sites of blocked spans at exit, when the functions that
/// ran on ended threads may be gone.
static PINNED: Mutex<Option<Vec<Arc<Code>>>> = Mutex::new(None);

/// Keeps every code object compiled from now on (see `PINNED`).
pub fn pin_codes() {
    PINNED.lock().get_or_insert_with(Vec::new);
}

/// Makes a compiled code object findable by its id.
pub fn register_code(code: &Arc<Code>) {
    if let Some(slot) = CODES.lock().get_mut(code.id as usize - 1) {
        *slot = Arc::downgrade(code);
    }
    if let Some(pinned) = PINNED.lock().as_mut() {
        pinned.push(code.clone());
    }
}

#[inline(always)]
pub fn site(code: &Code, pc: usize) -> Site {
    ((code.id as u64) << 32) | pc as u64
}

/// `file:line` of a site, if its code object still exists.
pub fn describe_site(site: Site) -> Option<String> {
    let id = (site >> 32) as usize;
    let pc = (site & 0xffff_ffff) as usize;
    let code = CODES.lock().get(id.checked_sub(1)?)?.upgrade()?;
    Some(format!("{}:{}", code.filename, code.line_at(pc.saturating_sub(1))))
}

/// The code object and line of a site, if its code object still exists.
pub fn code_at_site(site: Site) -> Option<(Arc<Code>, u32)> {
    let id = (site >> 32) as usize;
    let pc = (site & 0xffff_ffff) as usize;
    let code = CODES.lock().get(id.checked_sub(1)?)?.upgrade()?;
    let line = code.line_at(pc.saturating_sub(1));
    Some((code, line))
}

/// What a blocked thread waits on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitKind {
    Sleep,
    Lock,
    RLock,
    Condition,
    Semaphore,
    Event,
    Queue,
    Join,
    Io,
    Signal,
}

impl WaitKind {
    pub fn name(self) -> &'static str {
        match self {
            WaitKind::Sleep => "sleep",
            WaitKind::Lock => "lock",
            WaitKind::RLock => "rlock",
            WaitKind::Condition => "condition",
            WaitKind::Semaphore => "semaphore",
            WaitKind::Event => "event",
            WaitKind::Queue => "queue",
            WaitKind::Join => "join",
            WaitKind::Io => "I/O",
            WaitKind::Signal => "signal",
        }
    }

    /// Something outside the program's threads ends this wait (time passing,
    /// input arriving, a signal): it can never be part of a deadlock.
    pub fn external(self) -> bool {
        matches!(self, WaitKind::Sleep | WaitKind::Io | WaitKind::Signal)
    }
}

/// A blocking call, as described by its caller.
#[derive(Clone)]
pub struct Wait {
    pub kind: WaitKind,
    /// The lock or thread waited on, for the deadlock report.
    pub object: Option<Value>,
    /// Words for the report, e.g. "Queue.get (queue empty)".
    pub what: &'static str,
}

impl Wait {
    pub fn new(kind: WaitKind, what: &'static str) -> Wait {
        Wait { kind, object: None, what }
    }
    pub fn on(kind: WaitKind, what: &'static str, object: Value) -> Wait {
        Wait { kind, object: Some(object), what }
    }
}

/// A wait in progress.
pub struct Waiting {
    pub wait: Wait,
    /// False when the wait has a timeout (it ends by itself).
    pub forever: bool,
    pub site: Site,
    /// Nanoseconds since the interpreter started (0 without instruments).
    pub since: u64,
    /// The thread's caller list (`Vm::callers`) when the wait began, for
    /// `sys._current_frames`: integers only, so the copy is cheap.
    pub stack: Vec<(usize, Site)>,
}

/// The deadlock detector's look at the table: the epoch, and each live
/// thread's ident and poll count.
pub(crate) type Snapshot = (u64, Vec<(u64, u64)>);

/// Shared, slow-path state of one Python thread.
pub struct ThreadRecord {
    pub ident: u64,
    pub name: Mutex<String>,
    pub waiting: Mutex<Option<Waiting>>,
    /// How many times a blocked wait of this thread re-checked its condition
    /// and found it still unmet (the deadlock detector's evidence).
    pub polls: AtomicU64,
    pub alive: AtomicBool,
    /// GIL instruments, when `-X gil-stats/trace/timeline` asked for them.
    pub probe: Option<super::probe::ThreadProbe>,
}

impl ThreadRecord {
    pub fn name(&self) -> String {
        self.name.lock().clone()
    }
}

/// The live threads of one interpreter (and, when instruments are on, the
/// finished ones too, for the report at exit).
pub struct ThreadTable {
    pub records: Mutex<Vec<Arc<ThreadRecord>>>,
    /// Bumped whenever a thread starts or stops waiting, starts or ends.
    pub epoch: AtomicU64,
    /// Keep records of finished threads (instruments are on).
    keep_finished: bool,
    pub started: Instant,
    /// Deadlock detector's last look: (epoch, polls of each thread).
    pub(crate) snapshot: Mutex<Option<Snapshot>>,
    /// Names of the latest finished threads (a report may name one as the
    /// holder of a lock it never released).
    finished: Mutex<std::collections::VecDeque<(u64, String)>>,
}

impl ThreadTable {
    pub fn new(keep_finished: bool) -> ThreadTable {
        ThreadTable {
            records: Mutex::new(Vec::new()),
            epoch: AtomicU64::new(0),
            keep_finished,
            started: Instant::now(),
            snapshot: Mutex::new(None),
            finished: Mutex::new(std::collections::VecDeque::new()),
        }
    }

    /// Adds a thread; called by whoever starts it, before it runs.
    pub fn register(&self, ident: u64, name: String, probe: bool) -> Arc<ThreadRecord> {
        let rec = Arc::new(ThreadRecord {
            ident,
            name: Mutex::new(name),
            waiting: Mutex::new(None),
            polls: AtomicU64::new(0),
            alive: AtomicBool::new(true),
            probe: probe.then(super::probe::ThreadProbe::default),
        });
        self.records.lock().push(rec.clone());
        self.epoch.fetch_add(1, Ordering::SeqCst);
        rec
    }

    pub fn unregister(&self, rec: &Arc<ThreadRecord>) {
        rec.alive.store(false, Ordering::SeqCst);
        {
            let mut f = self.finished.lock();
            if f.len() >= 256 {
                f.pop_front();
            }
            f.push_back((rec.ident, rec.name()));
        }
        if !self.keep_finished {
            let mut v = self.records.lock();
            if let Some(i) = v.iter().position(|r| Arc::ptr_eq(r, rec)) {
                v.swap_remove(i);
            }
        }
        self.epoch.fetch_add(1, Ordering::SeqCst);
    }

    pub fn name_of(&self, ident: u64) -> Option<String> {
        if let Some(r) = self.records.lock().iter().find(|r| r.ident == ident) {
            return Some(r.name());
        }
        self.finished.lock().iter().find(|(i, _)| *i == ident).map(|(_, n)| n.clone())
    }

    /// All records, live and (when kept) finished, in start order.
    pub fn all(&self) -> Vec<Arc<ThreadRecord>> {
        let mut v = self.records.lock().clone();
        v.sort_by_key(|r| r.ident);
        v
    }
}
