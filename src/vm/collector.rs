//! The cycle collector: CPython 2.7's algorithm over `Arc` strong counts.
//!
//! **Registry.** Objects that start cycles in practice register when made:
//! instances, lists, dicts built by `{...}`, `dict()` or `copy()`, functions
//! with a closure, user classes, `types.ModuleType` modules,
//! `threading.local`s (native state of Queues and locals is traversed by
//! `crate::modules::native_traverse`). As in CPython, generation 0's count
//! is allocations minus deallocations (of instances and lists). A registration is a `Weak` pushed on the making thread's young
//! list (no lock, no shared write); survivors of a collection move to the
//! shared older generations (1 and 2, behind a mutex). A dead entry only
//! keeps its allocation's header until the next collection of its
//! generation drops it.
//!
//! **Collection** (generation g: this thread's young list, plus the older
//! generations up to g). The members are the live registered objects plus
//! every unregistered container reached from them through containers that
//! are never registered (an instance's dict, tuples, bound methods, cells,
//! generators, sets, iterators, slices, descriptors...). A user class's
//! lookup cache is followed too: it holds the class's own descriptors,
//! which hold the class (a cycle, as in CPython). An instance's dict that
//! nothing else holds (strong count 1) is read as part of the instance
//! (`own_dict`). Each member's edges to other members are read once,
//! with `try_lock` (an instance, list, dict, tuple, function or class keeps its member number in
//! its `Mark`, other objects in a table by address; a container whose lock
//! is taken is opaque: its children
//! then look referenced from outside, which only keeps them alive). Then, as
//! in CPython: gc_refs = strong count - 1 (the collector's own reference) -
//! edges from members; members with gc_refs > 0 are referenced from outside
//! and everything reachable from them lives; the rest is garbage. Garbage
//! reachable from an object with a finalizer (`__del__`, a generator
//! suspended in a `try`) is left alone and the finalizer objects go to
//! `gc.garbage`, as in 2.7; the other garbage has its mutable contents
//! cleared, which breaks the cycles, and reference counting frees it.
//!
//! **Safety without the GIL.** The counts are only meaningful if no thread
//! changes references during a collection. Under the GIL policies the
//! collector holds the GIL: other threads are between two instructions or
//! inside a blocking call (which touches no Python object). Under `-X
//! gil=off`, `Gil::acquire`/`release` (the points where a thread would take
//! or give the GIL) enter and leave a "running" count instead; a collector
//! asks every running thread to stop at its eval breaker, waits until none
//! runs, and lets them go afterwards. Threads blocked in a wait are not
//! running, so they never stall a collection, and they cannot return to
//! bytecode until it ends. Memory safety never depends on this: every
//! object is still an `Arc` behind its own lock; a wrong count could only
//! clear a live container's contents, never free memory in use.

use std::cell::{Cell as StdCell, RefCell};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Weak};

use crate::object::class::{Class, Instance};
use crate::object::function::{Cell, Function};
use crate::object::iter::GenSlot;
use crate::object::{Dict, List, Object, Value};

pub static ENABLED: AtomicBool = AtomicBool::new(true);
pub static DEBUG: AtomicI64 = AtomicI64::new(0);
pub static THRESHOLD: [AtomicI64; 3] = [AtomicI64::new(700), AtomicI64::new(10), AtomicI64::new(10)];
/// Collections of generation 0 since the last of generation 1, and of
/// generation 1 since the last of generation 2 (CPython's count[1], count[2]).
pub static COUNTS: [AtomicI64; 2] = [AtomicI64::new(0), AtomicI64::new(0)];
/// Some thread's young generation passed the threshold: the eval breaker
/// stays set until it collected.
pub static DUE: AtomicBool = AtomicBool::new(false);
/// A generation-2 collection is running (see `traverse_value`).
static FULL: AtomicBool = AtomicBool::new(false);
pub const DEBUG_STATS: i64 = 1;
pub const DEBUG_SAVEALL: i64 = 32;

/// A registered object, held weakly.
#[derive(Clone)]
pub enum Entry {
    Instance(Weak<Instance>),
    List(Weak<List>),
    Dict(Weak<Dict>),
    Func(Weak<Function>),
    Class(Weak<Class>),
    /// Modules made by `types.ModuleType`, and other objects.
    Other(Weak<Object>),
}

impl Entry {
    #[inline]
    fn upgrade(&self) -> Option<Node> {
        Some(Node::V(match self {
            Entry::Instance(w) => Value::Instance(w.upgrade()?),
            Entry::List(w) => Value::List(w.upgrade()?),
            Entry::Dict(w) => Value::Dict(w.upgrade()?),
            Entry::Func(w) => Value::Func(w.upgrade()?),
            Entry::Class(w) => Value::Class(w.upgrade()?),
            Entry::Other(w) => Value::Other(w.upgrade()?),
        }))
    }
    fn alive(&self) -> bool {
        match self {
            Entry::Instance(w) => w.strong_count() > 0,
            Entry::List(w) => w.strong_count() > 0,
            Entry::Dict(w) => w.strong_count() > 0,
            Entry::Func(w) => w.strong_count() > 0,
            Entry::Class(w) => w.strong_count() > 0,
            Entry::Other(w) => w.strong_count() > 0,
        }
    }
}

/// This thread's young generation. Its entries join generation 1 when the
/// thread ends.
struct Young {
    list: Vec<Entry>,
    /// Past this length, dead entries are dropped from `list` (without a
    /// collection): objects freed by reference counting do not make
    /// collections due, so their entries would pile up.
    compact_at: usize,
}

impl Drop for Young {
    fn drop(&mut self) {
        let mut old = OLD.lock();
        old[0].extend(self.list.drain(..).filter(Entry::alive));
    }
}

thread_local! {
    static YOUNG: RefCell<Young> = const { RefCell::new(Young { list: Vec::new(), compact_at: 2048 }) };
    /// Allocations of tracked objects minus their deallocations since the
    /// last collection (CPython's count[0]): a loop that frees what it makes
    /// never makes a collection due.
    static COUNT0: StdCell<i64> = const { StdCell::new(0) };
    static COLLECTING: StdCell<bool> = const { StdCell::new(false) };
}

/// Generations 1 and 2, shared by all threads.
static OLD: parking_lot::Mutex<[Vec<Entry>; 2]> = parking_lot::Mutex::new([Vec::new(), Vec::new()]);
/// Objects of generation 2 at its last collection, and promoted since:
/// CPython 2.7 collects generation 2 only when the latter is a quarter of
/// the former, which keeps big heaps from making collection quadratic.
static LONG_LIVED_TOTAL: AtomicUsize = AtomicUsize::new(0);
static LONG_LIVED_PENDING: AtomicUsize = AtomicUsize::new(0);

/// Registers a new object on this thread's young generation.
#[inline]
pub fn track(e: Entry) {
    let _ = YOUNG.try_with(|y| {
        if let Ok(mut y) = y.try_borrow_mut() {
            y.list.push(e);
            if y.list.len() >= y.compact_at {
                y.list.retain(Entry::alive);
                y.compact_at = (y.list.len() * 2).max(2048);
            }
        }
    });
    let _ = COUNT0.try_with(|c| {
        let n = c.get() + 1;
        c.set(n);
        if n > THRESHOLD[0].load(Ordering::Relaxed) && ENABLED.load(Ordering::Relaxed) {
            DUE.store(true, Ordering::Relaxed);
            crate::vm::gil::EVAL_BREAKER.store(true, Ordering::Release);
        }
    });
}

/// A tracked instance or list was freed (CPython decrements count[0]).
#[inline]
pub fn note_free() {
    let _ = COUNT0.try_with(|c| {
        let n = c.get();
        if n > 0 {
            c.set(n - 1);
        }
    });
}

pub fn track_instance(i: &Arc<Instance>) {
    track(Entry::Instance(Arc::downgrade(i)));
}
pub fn track_list(l: &Arc<List>) {
    track(Entry::List(Arc::downgrade(l)));
}
pub fn track_dict(d: &Arc<Dict>) {
    d.gc.0.fetch_or(REGISTERED, Ordering::Relaxed);
    track(Entry::Dict(Arc::downgrade(d)));
}
pub fn track_func(f: &Arc<Function>) {
    track(Entry::Func(Arc::downgrade(f)));
}
pub fn track_class(c: &Arc<Class>) {
    track(Entry::Class(Arc::downgrade(c)));
}
/// Registers a module, or an object holding native state with references
/// (see `crate::modules::native_traverse`).
pub fn track_value(v: &Value) {
    match v {
        Value::Instance(i) => track_instance(i),
        Value::List(l) => track_list(l),
        Value::Dict(d) => track_dict(d),
        Value::Func(f) => track_func(f),
        Value::Class(c) => track_class(c),
        Value::Other(o) => track(Entry::Other(Arc::downgrade(o))),
        _ => {}
    }
}

/// A full collection happened since the last `gc.get_count()` (see
/// `count_result_tuple`).
static FRESH_TUPLE: AtomicBool = AtomicBool::new(false);

/// `gc.get_count()`'s own result: CPython 2.7 empties its tuple free list
/// in a full collection, so the first tuple made after one (typically that
/// of `gc.get_count()`) is a new tracked object and counts in generation 0;
/// later ones reuse freed tuples and do not. Called after reading the counts.
pub fn count_result_tuple() {
    if FRESH_TUPLE.swap(false, Ordering::Relaxed) {
        let _ = COUNT0.try_with(|c| c.set(c.get() + 1));
    }
}

/// CPython's `gc.get_count()` for this thread.
pub fn counts() -> [i64; 3] {
    let c0 = COUNT0.try_with(|c| c.get()).unwrap_or(0);
    [c0, COUNTS[0].load(Ordering::Relaxed), COUNTS[1].load(Ordering::Relaxed)]
}

/// A member of a collection: a value, or a closure cell (which has no
/// `Value` form).
#[derive(Clone)]
pub enum Node {
    V(Value),
    Cell(Arc<Cell>),
}

/// A reference found while traversing, borrowed from its container.
pub enum Child<'a> {
    V(&'a Value),
    Dict(&'a Arc<Dict>),
    Class(&'a Arc<Class>),
    Func(&'a Arc<Function>),
    Cell(&'a Arc<Cell>),
    Set(&'a Arc<crate::object::Set>),
}

impl Child<'_> {
    fn addr(&self) -> Option<usize> {
        match self {
            // Strings and numbers never take part: no index lookup.
            Child::V(Value::Str(_) | Value::Long(_)) => None,
            Child::V(v) => v.ptr(),
            Child::Dict(d) => Some(Arc::as_ptr(d) as *const u8 as usize),
            Child::Class(c) => Some(Arc::as_ptr(c) as *const u8 as usize),
            Child::Func(f) => Some(Arc::as_ptr(f) as *const u8 as usize),
            Child::Cell(c) => Some(Arc::as_ptr(c) as *const u8 as usize),
            Child::Set(x) => Some(Arc::as_ptr(x) as *const u8 as usize),
        }
    }

    /// The child as a new member, if it is a container the collection may
    /// enter without being registered (see the module comment).
    fn expand(&self) -> Option<Node> {
        Some(match self {
            Child::V(Value::Dict(d)) if d.gc.registered() => return None,
            Child::Dict(d) if d.gc.registered() => return None,
            Child::V(v) => match v {
                Value::Tuple(_) | Value::Dict(_) | Value::Set(_) | Value::Func(_) => Node::V((*v).clone()),
                Value::Builtin(b) if b.bound.is_some() => Node::V((*v).clone()),
                Value::Other(o) => match &**o {
                    Object::BoundMethod { .. }
                    | Object::UnboundMethod { .. }
                    | Object::Generator(_)
                    | Object::Property { .. }
                    | Object::StaticMethod(_)
                    | Object::ClassMethod(_)
                    | Object::Super { .. }
                    | Object::Cell(_)
                    | Object::Iter(_)
                    | Object::SeqIter(_)
                    | Object::Slice { .. }
                    | Object::Native { .. } => Node::V((*v).clone()),
                    // A module's namespace only in full collections, as a
                    // function's globals.
                    Object::Module(_) if FULL.load(Ordering::Relaxed) => Node::V((*v).clone()),
                    _ => return None,
                },
                _ => return None,
            },
            Child::Dict(d) => Node::V(Value::Dict((*d).clone())),
            Child::Func(f) => Node::V(Value::Func((*f).clone())),
            Child::Cell(c) => Node::Cell((*c).clone()),
            Child::Set(x) => Node::V(Value::Set((*x).clone())),
            Child::Class(_) => return None,
        })
    }
}

impl Node {
    fn addr(&self) -> usize {
        match self {
            Node::V(v) => v.ptr().unwrap_or(0),
            Node::Cell(c) => Arc::as_ptr(c) as *const u8 as usize,
        }
    }

    fn strong(&self) -> usize {
        match self {
            Node::Cell(c) => Arc::strong_count(c),
            Node::V(v) => v.strong_count().unwrap_or(0),
        }
    }

    /// Calls `f` on each reference the node holds; false when a lock was
    /// taken and the node's contents could not be read.
    pub fn traverse(&self, f: &mut dyn FnMut(Child)) -> bool {
        let v = match self {
            Node::Cell(c) => {
                let Some(g) = c.try_lock() else { return false };
                f(Child::V(&g));
                return true;
            }
            Node::V(v) => v,
        };
        traverse_value(v, f)
    }

    /// How many objects CPython 2.7 would count for this one: a dict
    /// holding only atomic keys and values was never tracked; a function
    /// comes with its closure and defaults tuples.
    fn counted(&self) -> usize {
        match self {
            Node::V(Value::Dict(d)) => dict_counted(d),
            Node::V(Value::Func(f)) => 1 + !f.closure.is_empty() as usize + !f.defaults.is_empty() as usize,
            // A class comes with its `__mro__` tuple.
            Node::V(Value::Class(_)) => 2,
            // A suspended generator comes with its frame object.
            Node::V(Value::Other(o)) => match &**o {
                // A dict's item iterator keeps its result tuple.
                Object::Iter(st) => {
                    1 + st.try_lock().is_some_and(|s| matches!(&*s, crate::object::iter::IterState::DictItems { .. }))
                        as usize
                }
                Object::Generator(g) => {
                    1 + g.slot.try_lock().is_some_and(|s| matches!(&*s, GenSlot::Suspended(_))) as usize
                }
                _ => 1,
            },
            _ => 1,
        }
    }

    fn has_finalizer(&self) -> bool {
        match self {
            Node::V(Value::Instance(i)) => i.class().has_del.load(Ordering::Relaxed),
            Node::V(Value::Other(o)) => match &**o {
                Object::Generator(g) => g
                    .slot
                    .try_lock()
                    .is_some_and(|s| matches!(&*s, GenSlot::Suspended(f) if f.pc > 0 && !f.blocks.is_empty())),
                _ => false,
            },
            _ => false,
        }
    }

    /// Empties the mutable parts of a garbage object into `trash`.
    fn clear(&self, trash: &mut Vec<Value>) {
        match self {
            Node::Cell(c) => {
                if let Some(mut g) = c.try_lock() {
                    trash.push(std::mem::replace(&mut *g, Value::Null));
                }
            }
            Node::V(v) => match v {
                Value::List(l) => {
                    if let Some(mut g) = l.items.try_lock() {
                        trash.append(&mut g);
                    }
                }
                Value::Dict(d) => d.clear(),
                Value::Set(s) => s.dict.clear(),
                Value::Class(c) => {
                    c.dict.clear();
                    c.clear_cache();
                }
                // Generators are not cleared: once the cycle around one is
                // broken, its death closes it (its `finally` runs).
                Value::Other(o) => match &**o {
                    Object::Cell(c) => {
                        if let Some(mut g) = c.try_lock() {
                            trash.push(std::mem::replace(&mut *g, Value::Null));
                        }
                    }
                    Object::Module(m) => m.dict.clear(),
                    Object::Native { data, .. } => crate::modules::native_clear(&**data, trash),
                    _ => {}
                },
                _ => {}
            },
        }
    }

    pub fn value(&self) -> Value {
        match self {
            Node::V(v) => v.clone(),
            Node::Cell(c) => Value::other(Object::Cell(crate::object::lock::Mutex::new(c.lock().clone()))),
        }
    }
}

/// A dict counts as an object for CPython 2.7 unless it holds only atomic
/// keys and values (then it was never tracked).
fn dict_counted(d: &Dict) -> usize {
    let mut any = false;
    d.try_visit(&mut |v| any |= !is_atomic(v));
    any as usize
}

/// The instance's dict, when nothing but the instance holds it: the
/// collection then reads it as part of the instance (one member fewer per
/// instance, and its header is not touched again in later passes). The
/// count is exact: any other holder of the dict (`d = obj.__dict__`, a
/// registration) holds a strong reference.
fn own_dict(n: &Node) -> Option<&Arc<Dict>> {
    match n {
        Node::V(Value::Instance(i)) if Arc::strong_count(&i.dict) == 1 && !i.dict.gc.registered() => Some(&i.dict),
        _ => None,
    }
}

/// Reads a member's references, with its own dict's (see `own_dict`) when
/// `merged`.
fn read_member(n: &Node, merged: bool, f: &mut dyn FnMut(Child)) {
    match n {
        Node::V(Value::Instance(i)) if merged => {
            i.visit_classes(&mut |c| f(Child::Class(c)));
            i.dict.try_visit(&mut |x| f(Child::V(x)));
            f(Child::V(&i.base));
        }
        _ => {
            n.traverse(f);
        }
    }
}

fn is_atomic(v: &Value) -> bool {
    match v {
        Value::Tuple(t) => t.items.iter().all(is_atomic),
        _ => is_scalar(v),
    }
}

/// A value that can hold no reference (what CPython never tracks).
pub fn is_scalar(v: &Value) -> bool {
    matches!(
        v,
        Value::None | Value::Null | Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Long(_) | Value::Str(_)
    )
}

/// The references of a value that the collector follows (a function's
/// globals and a class's lookup cache are left out: they only make
/// their targets look referenced from outside).
pub fn traverse_value(v: &Value, f: &mut dyn FnMut(Child)) -> bool {
    match v {
        Value::Tuple(t) => t.items.iter().for_each(|x| f(Child::V(x))),
        Value::List(l) => {
            let Some(g) = l.items.try_lock() else { return false };
            g.iter().for_each(|x| f(Child::V(x)));
        }
        Value::Dict(d) => return d.try_visit(&mut |x| f(Child::V(x))),
        Value::Set(s) => return s.dict.try_visit(&mut |x| f(Child::V(x))),
        Value::Instance(i) => {
            i.visit_classes(&mut |c| f(Child::Class(c)));
            f(Child::Dict(&i.dict));
            f(Child::V(&i.base));
        }
        Value::Func(func) => {
            // Globals (usually a module's namespace) only in full
            // collections: young ones would otherwise walk whole modules.
            if FULL.load(Ordering::Relaxed) {
                f(Child::Dict(&func.globals));
            }
            func.closure.iter().for_each(|c| f(Child::Cell(c)));
            func.defaults.iter().for_each(|x| f(Child::V(x)));
            f(Child::Dict(&func.dict));
        }
        Value::Class(c) => {
            f(Child::Dict(&c.dict));
            if !c.visit_cache(&mut |x| f(Child::V(x))) {
                return false;
            }
            c.visit_bases(&mut |b| f(Child::Class(b)));
            if let Some(m) = &c.meta {
                f(Child::Class(m));
            }
        }
        Value::Builtin(b) => {
            if let Some(x) = &b.bound {
                f(Child::V(x));
            }
        }
        Value::Other(o) => match &**o {
            Object::BoundMethod { func, self_ } => {
                f(Child::V(func));
                f(Child::V(self_));
            }
            Object::UnboundMethod { func, class } => {
                f(Child::V(func));
                f(Child::Class(class));
            }
            Object::Property { fget, fset, fdel, doc } => {
                for x in [fget, fset, fdel, doc] {
                    f(Child::V(x));
                }
            }
            Object::StaticMethod(x) | Object::ClassMethod(x) => f(Child::V(x)),
            Object::Super { cls, obj } => {
                f(Child::Class(cls));
                f(Child::V(obj));
            }
            Object::Cell(c) => {
                let Some(g) = c.try_lock() else { return false };
                f(Child::V(&g));
            }
            Object::Module(m) => f(Child::Dict(&m.dict)),
            Object::Native { data, .. } => return crate::modules::native_traverse(&**data, f),
            // Iterators and slices (CPython's test_set and test_slice: a
            // cycle through an iterator or a slice is collected).
            Object::SeqIter(it) => f(Child::V(it.seq())),
            Object::Slice { start, stop, step, .. } => {
                for x in [start, stop, step] {
                    f(Child::V(x));
                }
            }
            Object::Iter(st) => {
                use crate::object::iter::IterState as S;
                let Some(g) = st.try_lock() else { return false };
                match &*g {
                    S::Seq { seq: x, .. } | S::Reversed { seq: x, .. } | S::GetItem { obj: x, .. } => f(Child::V(x)),
                    S::DictKeys { dict, .. } | S::DictValues { dict, .. } | S::DictItems { dict, .. } => {
                        f(Child::Dict(dict))
                    }
                    S::SetItems { set, .. } => f(Child::Set(set)),
                    S::Callable { func, sentinel } => {
                        f(Child::V(func));
                        f(Child::V(sentinel));
                    }
                    S::Enumerate { it, n } => {
                        f(Child::V(it));
                        f(Child::V(n));
                    }
                    _ => {}
                }
            }
            Object::Generator(g) => {
                let Some(s) = g.slot.try_lock() else { return false };
                if let GenSlot::Suspended(frame) = &*s {
                    f(Child::Func(&frame.func));
                    frame.regs.iter().for_each(|x| f(Child::V(x)));
                    frame.cells.iter().for_each(|c| f(Child::Cell(c)));
                    if let Some(l) = &frame.locals {
                        f(Child::Dict(l));
                    }
                }
            }
            _ => {}
        },
        _ => {}
    }
    true
}

/// Hashes object addresses (the collector's index) with one multiply:
/// SipHash showed in profiles of young collections.
#[derive(Default, Clone, Copy)]
struct BuildPtrHasher;
#[derive(Default)]
struct PtrHasher(u64);
impl std::hash::Hasher for PtrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x100000001b3);
        }
    }
    fn write_usize(&mut self, x: usize) {
        let h = (x as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = h ^ (h >> 29);
    }
}
impl std::hash::BuildHasher for BuildPtrHasher {
    type Hasher = PtrHasher;
    fn build_hasher(&self) -> PtrHasher {
        PtrHasher(0)
    }
}

/// Where a collection keeps the member number of an instance, list or
/// dict (the common objects), instead of an address table: the
/// collection's epoch in the high half, the number in the low half. Only a
/// collector writes it, with the world stopped; another epoch means "not a
/// member of this collection".
/// The top bit says the object is registered (for a dict: not only
/// reached through its instance), so a collection that did not take it as a
/// member must not enter it: it belongs to an older generation, and walking
/// it would make every young collection walk the old heap (quadratic in a
/// chain of nested dicts).
#[derive(Default)]
pub struct Mark(AtomicU64);

const REGISTERED: u64 = 1 << 63;

impl Mark {
    fn registered(&self) -> bool {
        self.0.load(Ordering::Relaxed) & REGISTERED != 0
    }
}

static EPOCH: AtomicU64 = AtomicU64::new(0);

fn mark_of(v: &Value) -> Option<&Mark> {
    match v {
        Value::Instance(i) => Some(&i.gc),
        Value::List(l) => Some(&l.gc),
        Value::Dict(d) => Some(&d.gc),
        Value::Tuple(t) => Some(&t.gc),
        Value::Func(f) => Some(&f.gc),
        Value::Class(c) => Some(&c.gc),
        _ => None,
    }
}

/// Member numbers of a collection: marks, and a table by address for the
/// other kinds of object.
struct Index {
    epoch: u64,
    map: HashMap<usize, u32, BuildPtrHasher>,
}

impl Index {
    fn new() -> Index {
        // Epoch 0 is what a fresh mark holds; skipped on wrapping.
        let mut epoch = EPOCH.fetch_add(1, Ordering::Relaxed).wrapping_add(1) & 0x7fff_ffff;
        if epoch == 0 {
            epoch = EPOCH.fetch_add(1, Ordering::Relaxed).wrapping_add(1) & 0x7fff_ffff;
        }
        Index { epoch: epoch << 32, map: HashMap::with_hasher(BuildPtrHasher) }
    }

    #[inline]
    fn read(&self, m: &Mark) -> Option<u32> {
        let x = m.0.load(Ordering::Relaxed);
        (x & !(0xffff_ffff | REGISTERED) == self.epoch).then_some(x as u32)
    }

    #[inline]
    fn get(&self, c: &Child) -> Option<u32> {
        match c {
            Child::V(v) => match mark_of(v) {
                Some(m) => self.read(m),
                None => self.map.get(&c.addr()?).copied(),
            },
            Child::Dict(d) => self.read(&d.gc),
            Child::Class(k) => self.read(&k.gc),
            Child::Func(f) => self.read(&f.gc),
            _ => self.map.get(&c.addr()?).copied(),
        }
    }

    /// Numbers `n` as `j`; false when it already has a number.
    fn insert(&mut self, n: &Node, j: u32) -> bool {
        if let Node::V(v) = n {
            if let Some(m) = mark_of(v) {
                if self.read(m).is_some() {
                    return false;
                }
                let registered = m.0.load(Ordering::Relaxed) & REGISTERED;
                m.0.store(self.epoch | j as u64 | registered, Ordering::Relaxed);
                return true;
            }
        }
        match self.map.entry(n.addr()) {
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(j);
                true
            }
            _ => false,
        }
    }
}

/// Where an entry's object starts (its `Arc` counts sit just before).
fn entry_addr(e: &Entry) -> usize {
    match e {
        Entry::Instance(w) => w.as_ptr() as usize,
        Entry::List(w) => w.as_ptr() as usize,
        Entry::Dict(w) => w.as_ptr() as usize,
        Entry::Func(w) => w.as_ptr() as usize,
        Entry::Class(w) => w.as_ptr() as usize,
        Entry::Other(w) => w.as_ptr() as *const u8 as usize,
    }
}

/// How far ahead the passes over the heap prefetch.
const AHEAD: usize = 12;

/// What a collection found.
pub struct Outcome {
    /// Unreachable objects (CPython's return value of `gc.collect`).
    pub unreachable: usize,
    pub uncollectable: usize,
}

/// The registered objects of generations up to `gen` (this thread's young
/// ones first, then the older ones in order), taken out of their lists.
/// The oldest list's allocation is reused (the younger ones are inserted in
/// front of it): a big heap's list is moved in place, not copied into new
/// memory.
fn take_entries(gen: usize) -> Vec<Entry> {
    let young = YOUNG
        .try_with(|y| y.try_borrow_mut().map(|mut y| std::mem::take(&mut y.list)).unwrap_or_default())
        .unwrap_or_default();
    if gen == 0 {
        return young;
    }
    let mut old = OLD.lock();
    let mut out = std::mem::take(&mut old[gen - 1]);
    let middle = if gen >= 2 { std::mem::take(&mut old[0]) } else { Vec::new() };
    out.splice(0..0, young.into_iter().chain(middle));
    out
}

/// Collects generation `gen`. The caller has stopped the world (see
/// `stop_world`) and holds no object lock.
fn collect_stopped(gen: usize, garbage: &crate::object::List) -> Outcome {
    let entries = take_entries(gen);
    // Room for the unregistered containers reached (an instance's dict).
    let mut members: Vec<Node> = Vec::with_capacity(entries.len() + entries.len() / 4);
    let mut index = Index::new();
    // Each entry's member number (u32::MAX: dead or a duplicate).
    let mut slot: Vec<u32> = Vec::with_capacity(entries.len());
    for (x, e) in entries.iter().enumerate() {
        if let Some(a) = entries.get(x + AHEAD) {
            crate::object::cpu::prefetch(entry_addr(a).wrapping_sub(16));
        }
        let mut k = u32::MAX;
        if let Some(n) = e.upgrade() {
            if index.insert(&n, members.len() as u32) {
                k = members.len() as u32;
                members.push(n);
            }
        }
        slot.push(k);
    }
    // Edges, read once per member: member k's are
    // `edges[rows[k].0..rows[k].1]`. The unregistered containers a member
    // reaches (an instance's dict) are read right after it, while their
    // header is still in the cache, rather than after every registered one.
    let registered = members.len();
    let mut rows: Vec<(u32, u32)> = vec![(0, 0); registered];
    let mut edges: Vec<u32> = Vec::with_capacity(registered * 2);
    let mut fresh: Vec<Node> = Vec::new();
    // gc_refs starts as the strong count less the collector's own
    // reference, read while the member's header is in the cache.
    let mut refs: Vec<i64> = vec![0; registered];
    // Members read with their own dict (see `own_dict`).
    let mut merged: Vec<bool> = vec![false; registered];
    let mut pending: Vec<u32> = Vec::new();
    for i in 0..registered {
        if let Some(a) = members.get(i + AHEAD) {
            crate::object::cpu::prefetch(a.addr().wrapping_sub(16));
        }
        let mut k = i;
        loop {
            let start = edges.len() as u32;
            refs[k] = members[k].strong() as i64 - 1;
            let base = members.len();
            let own = own_dict(&members[k]).is_some();
            merged[k] = own;
            read_member(&members[k], own, &mut |c| {
                if let Some(j) = index.get(&c) {
                    edges.push(j);
                } else if let Some(n) = c.expand() {
                    let j = (base + fresh.len()) as u32;
                    index.insert(&n, j);
                    fresh.push(n);
                    edges.push(j);
                }
            });
            rows[k] = (start, edges.len() as u32);
            if !fresh.is_empty() {
                pending.extend(base as u32..(base + fresh.len()) as u32);
                members.append(&mut fresh);
                rows.resize(members.len(), (0, 0));
                refs.resize(members.len(), 0);
                merged.resize(members.len(), false);
            }
            match pending.pop() {
                Some(j) => k = j as usize,
                None => break,
            }
        }
    }
    let n = members.len();
    let row = |k: u32| &edges[rows[k as usize].0 as usize..rows[k as usize].1 as usize];
    // gc_refs: references from outside the members.
    for &j in &edges {
        refs[j as usize] -= 1;
    }
    // Everything reachable from a member referenced from outside lives.
    // (A negative count would mean a miscount: keep the object.)
    let mut alive = vec![false; n];
    let mut stack: Vec<u32> = (0..n as u32).filter(|&k| refs[k as usize] != 0).collect();
    for &k in &stack {
        alive[k as usize] = true;
    }
    while let Some(k) = stack.pop() {
        for &j in row(k) {
            if !alive[j as usize] {
                alive[j as usize] = true;
                stack.push(j);
            }
        }
    }
    // Garbage reachable from a finalizer is left alone (2.7's legacy).
    let mut kept = vec![false; n];
    let mut fin: Vec<u32> =
        (0..n as u32).filter(|&k| !alive[k as usize] && members[k as usize].has_finalizer()).collect();
    for &k in &fin {
        kept[k as usize] = true;
    }
    let finalizers = fin.clone();
    while let Some(k) = fin.pop() {
        for &j in row(k) {
            if !alive[j as usize] && !kept[j as usize] {
                kept[j as usize] = true;
                fin.push(j);
            }
        }
    }
    // Counted before anything is cleared (an emptied dict counts 0).
    let counted: Vec<u8> = (0..n)
        .map(|k| match alive[k] {
            true => 0,
            false => {
                (members[k].counted() + own_dict(&members[k]).filter(|_| merged[k]).map_or(0, |d| dict_counted(d)))
                    as u8
            }
        })
        .collect();
    let mut unreachable: usize = (0..n).filter(|&k| !kept[k]).map(|k| counted[k] as usize).sum();
    let save_all = DEBUG.load(Ordering::Relaxed) & DEBUG_SAVEALL != 0;
    let uncollectable;
    if save_all {
        uncollectable = (0..n).filter(|&k| kept[k]).map(|k| counted[k] as usize).sum();
        for k in 0..n {
            if counted[k] > 0 {
                garbage.push(members[k].value());
                if let (true, Some(d)) = (merged[k], own_dict(&members[k])) {
                    if dict_counted(d) > 0 {
                        garbage.push(Value::Dict(d.clone()));
                    }
                }
            }
        }
    } else {
        let mut trash: Vec<Value> = Vec::new();
        for k in 0..n {
            if !alive[k] && !kept[k] {
                members[k].clear(&mut trash);
                if let (true, Some(d)) = (merged[k], own_dict(&members[k])) {
                    d.clear();
                }
            }
        }
        drop(trash);
        // As in CPython, what hung off the cleared garbage without being
        // on a cycle itself (a finalizable object referenced from a cycle)
        // dies now, by reference counting: its finalizer runs as usual and
        // it is not counted. Which kept objects die is found by playing
        // that cascade over the garbage, whose edges are read again (the
        // cleared containers now hold nothing).
        // (Nothing to play when no finalizer was found.)
        let dead: Vec<u32> = match finalizers.is_empty() {
            true => Vec::new(),
            false => (0..n as u32).filter(|&k| !alive[k as usize]).collect(),
        };
        let mut pos = vec![u32::MAX; n];
        for (p, &k) in dead.iter().enumerate() {
            pos[k as usize] = p as u32;
        }
        // References left besides ours.
        let mut rc: Vec<i64> = dead.iter().map(|&k| members[k as usize].strong() as i64 - 1).collect();
        let mut rows: Vec<Vec<u32>> = Vec::with_capacity(dead.len());
        for &k in &dead {
            let mut row = Vec::new();
            read_member(&members[k as usize], merged[k as usize], &mut |c| {
                if let Some(j) = index.get(&c) {
                    if pos[j as usize] != u32::MAX {
                        row.push(pos[j as usize]);
                    }
                }
            });
            rows.push(row);
        }
        let mut lives = vec![true; dead.len()];
        let mut stack: Vec<u32> = (0..dead.len() as u32).filter(|&p| rc[p as usize] == 0).collect();
        stack.iter().for_each(|&p| lives[p as usize] = false);
        while let Some(p) = stack.pop() {
            for &q in &rows[p as usize] {
                rc[q as usize] -= 1;
                if rc[q as usize] == 0 && lives[q as usize] {
                    lives[q as usize] = false;
                    stack.push(q);
                }
            }
        }
        let left: Vec<u32> =
            dead.iter().enumerate().filter(|&(p, &k)| lives[p] && kept[k as usize]).map(|(_, &k)| k).collect();
        uncollectable = left.iter().map(|&k| counted[k as usize] as usize).sum();
        for &k in &finalizers {
            if left.binary_search(&k).is_ok() {
                garbage.push(members[k as usize].value());
            }
        }
    }
    unreachable += uncollectable;
    drop(index);
    drop(rows);
    drop(edges);
    // Survivors move up a generation (generation 2 keeps its own). One pass
    // drops the collector's reference and decides, touching each object
    // once: what was reachable survives; garbage only if something still
    // holds it (a finalizer's object in `gc.garbage`, or resurrected).
    let target = if gen >= 1 { 1 } else { 0 };
    // Kept in place at the front of `entries` (no second list of a heap's size).
    let mut survivors = entries;
    let mut kept_n = 0;
    for x in 0..survivors.len() {
        if let Some(&a) = slot.get(x + AHEAD) {
            if let Some(m) = members.get(a as usize) {
                crate::object::cpu::prefetch(m.addr().wrapping_sub(16));
            }
        }
        let k = slot[x];
        if k == u32::MAX {
            continue;
        }
        let node = std::mem::replace(&mut members[k as usize], Node::V(Value::None));
        if alive[k as usize] || node.strong() > 1 {
            survivors.swap(kept_n, x);
            kept_n += 1;
        }
    }
    survivors.truncate(kept_n);
    // The unregistered members, in the order they were read.
    for k in registered..n {
        if let Some(m) = members.get(k + AHEAD) {
            crate::object::cpu::prefetch(m.addr().wrapping_sub(16));
        }
        members[k] = Node::V(Value::None);
    }
    drop(members);
    let promoted = survivors.len();
    {
        let mut old = OLD.lock();
        match old[target].is_empty() {
            true => old[target] = survivors,
            false => old[target].extend(survivors),
        }
        if gen == 2 {
            LONG_LIVED_TOTAL.store(old[1].len(), Ordering::Relaxed);
            LONG_LIVED_PENDING.store(0, Ordering::Relaxed);
        } else if gen == 1 {
            LONG_LIVED_PENDING.fetch_add(promoted, Ordering::Relaxed);
        }
    }
    Outcome { unreachable, uncollectable }
}

/// Runs a collection of `gen` with the world stopped; finalizers and weak
/// reference callbacks it made due run afterwards at the caller's safe point.
pub fn collect(vm: &mut crate::vm::Vm, gen: usize) -> Outcome {
    if COLLECTING.with(|c| c.replace(true)) {
        return Outcome { unreachable: 0, uncollectable: 0 };
    }
    crate::vm::finalize::forget_caches(vm);
    let garbage = garbage_list(vm);
    let stats = DEBUG.load(Ordering::Relaxed) & DEBUG_STATS != 0;
    let t0 = std::time::Instant::now();
    let world = stop_world(vm);
    if stats {
        let sizes = {
            let old = OLD.lock();
            let y = YOUNG.with(|y| y.borrow().list.len());
            [y, old[0].len(), old[1].len()]
        };
        eprintln!("gc: collecting generation {}...", gen);
        eprintln!("gc: objects in each generation: {} {} {}", sizes[0], sizes[1], sizes[2]);
    }
    FULL.store(gen == 2, Ordering::Relaxed);
    let out = match &garbage {
        Some(g) => collect_stopped(gen, g),
        None => collect_stopped(gen, &List::new(Vec::new())),
    };
    FULL.store(false, Ordering::Relaxed);
    if gen == 2 {
        FRESH_TUPLE.store(true, Ordering::Relaxed);
    }
    // Counts as CPython: collecting g resets the counts up to g and adds
    // one collection to g+1.
    let _ = COUNT0.try_with(|c| c.set(0));
    let _ = YOUNG.try_with(|y| {
        if let Ok(mut y) = y.try_borrow_mut() {
            y.compact_at = (y.list.len() * 2).max(2048);
        }
    });
    if gen + 1 < 3 {
        COUNTS[gen].fetch_add(1, Ordering::Relaxed);
    }
    for c in COUNTS.iter().take(gen) {
        c.store(0, Ordering::Relaxed);
    }
    resume_world(world);
    if stats {
        if out.unreachable == 0 {
            eprintln!("gc: done, {:.4}s elapsed.", t0.elapsed().as_secs_f64());
        } else {
            eprintln!(
                "gc: done, {} unreachable, {} uncollectable, {:.4}s elapsed.",
                out.unreachable,
                out.uncollectable,
                t0.elapsed().as_secs_f64()
            );
        }
    }
    COLLECTING.with(|c| c.set(false));
    out
}

fn garbage_list(vm: &mut crate::vm::Vm) -> Option<Arc<List>> {
    let m = vm.interp.modules.get_str(&crate::object::PyStr::from_str("gc"))?;
    let Value::Other(o) = m else { return None };
    let Object::Module(m) = &*o else { return None };
    match m.dict.get_str(&crate::object::PyStr::from_str("garbage")) {
        Some(Value::List(l)) => Some(l),
        _ => None,
    }
}

/// From the eval breaker: collects when this thread's young generation is
/// over the threshold, choosing the generation as CPython 2.7 does.
pub fn collect_if_due(vm: &mut crate::vm::Vm) {
    let c = counts();
    DUE.store(false, Ordering::Relaxed);
    if c[0] <= THRESHOLD[0].load(Ordering::Relaxed) || !ENABLED.load(Ordering::Relaxed) {
        return;
    }
    let mut gen = 0;
    if c[1] + 1 > THRESHOLD[1].load(Ordering::Relaxed) {
        gen = 1;
        if c[2] + 1 > THRESHOLD[2].load(Ordering::Relaxed)
            && LONG_LIVED_PENDING.load(Ordering::Relaxed) >= LONG_LIVED_TOTAL.load(Ordering::Relaxed) / 4
        {
            gen = 2;
        }
    }
    collect(vm, gen);
}

/// Every registered object alive now (`gc.get_objects`).
pub fn all_objects() -> Vec<Value> {
    let mut entries: Vec<Entry> = YOUNG.with(|y| y.borrow().list.clone());
    {
        let old = OLD.lock();
        entries.extend(old[0].iter().cloned());
        entries.extend(old[1].iter().cloned());
    }
    entries.iter().filter_map(|e| e.upgrade()).map(|n| n.value()).collect()
}

// ---- Stopping the world under `-X gil=off` ----

struct World {
    running: usize,
    stopping: bool,
}

static WORLD: parking_lot::Mutex<World> = parking_lot::Mutex::new(World { running: 0, stopping: false });
static WORLD_CV: parking_lot::Condvar = parking_lot::Condvar::new();
/// A collector waits for the running threads to stop (read at the breaker).
pub static STOP_REQUESTED: AtomicBool = AtomicBool::new(false);

/// Under `gil=off`, where a thread would take the GIL: joins the running
/// threads, waiting while a collection is in progress.
pub fn world_enter() {
    let mut w = WORLD.lock();
    while w.stopping {
        WORLD_CV.wait(&mut w);
    }
    w.running += 1;
}

/// Under `gil=off`, where a thread would give the GIL away.
pub fn world_leave() {
    let mut w = WORLD.lock();
    w.running = w.running.saturating_sub(1);
    WORLD_CV.notify_all();
}

/// At the eval breaker of a running thread while a collector waits.
pub fn world_pause() {
    world_leave();
    world_enter();
}

/// Stops every other running thread (only under `gil=off`; the GIL does it
/// otherwise). Returns whether the world was stopped by this call.
fn stop_world(vm: &crate::vm::Vm) -> bool {
    if vm.interp.gil.policy != crate::vm::gil::Policy::Off {
        return false;
    }
    let mut w = WORLD.lock();
    while w.stopping {
        // Another thread collects: let it finish first.
        w.running = w.running.saturating_sub(1);
        WORLD_CV.notify_all();
        while w.stopping {
            WORLD_CV.wait(&mut w);
        }
        w.running += 1;
    }
    w.stopping = true;
    w.running = w.running.saturating_sub(1);
    STOP_REQUESTED.store(true, Ordering::Release);
    crate::vm::gil::EVAL_BREAKER.store(true, Ordering::Release);
    while w.running > 0 {
        WORLD_CV.wait(&mut w);
    }
    true
}

fn resume_world(stopped: bool) {
    if !stopped {
        return;
    }
    let mut w = WORLD.lock();
    w.stopping = false;
    w.running += 1;
    STOP_REQUESTED.store(false, Ordering::Release);
    WORLD_CV.notify_all();
}
