//! The state of each itertools iterator and its `next`.
//!
//! Rule of this file: the state lock is taken only to read or write fields,
//! never across a call that may run Python code (an inner `next`, a
//! predicate, `==`). The Values needed are cloned out first (an `Arc` clone),
//! and the result stored back afterwards. A re-entrant call from the Python
//! code therefore sees a consistent state instead of deadlocking on the spin
//! lock, as CPython's iterators tolerate re-entry.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use super::combin::{self, Choice};
use super::{it_of, wrap, Kind};
use crate::object::lock::Mutex;
use crate::object::{ExcKind, PyErr, PyResult, Value};
use crate::syntax::ast::BinOp;
use crate::vm::Vm;

/// A native itertools iterator.
pub struct It {
    pub(super) st: Mutex<St>,
}

impl It {
    pub(super) fn new(st: St) -> It {
        It { st: Mutex::new(st) }
    }
}

/// Items per tee block: copies share a chain of blocks read from the source.
const TEE_BLOCK: usize = 57;

/// A run of up to `TEE_BLOCK` items read from a tee's source, linked to the
/// next run. Each copy holds the block it reads from, so a block no copy
/// holds any more is freed: a copy that falls behind keeps exactly the items
/// it has yet to read.
pub(crate) struct Block {
    inner: Mutex<BlockInner>,
}

struct BlockInner {
    items: Vec<Value>,
    link: Option<Arc<Block>>,
}

impl Block {
    fn new() -> Arc<Block> {
        Arc::new(Block { inner: Mutex::new(BlockInner { items: Vec::new(), link: None }) })
    }
}

impl Drop for Block {
    // Frees a long chain iteratively: recursion could overflow the stack.
    fn drop(&mut self) {
        let mut next = self.inner.get_mut().link.take();
        while let Some(b) = next {
            match Arc::try_unwrap(b) {
                Ok(mut b) => next = b.inner.get_mut().link.take(),
                Err(_) => break,
            }
        }
    }
}

/// The iterator the copies of a tee share, and whether it is making an item.
pub(crate) struct TeeSource {
    it: Value,
    running: AtomicBool,
}

pub(crate) enum St {
    /// `n` goes on as a long past sys.maxint; the fast path adds ints.
    Count {
        n: Value,
        step: Value,
    },
    Repeat {
        obj: Value,
        times: Option<i64>,
    },
    Cycle {
        it: Option<Value>,
        saved: Vec<Value>,
        pos: usize,
    },
    Chain {
        source: Option<Value>,
        active: Option<Value>,
    },
    Compress {
        data: Value,
        selectors: Value,
    },
    /// ifilter, ifilterfalse, takewhile, dropwhile, starmap: a function and
    /// an iterator; `flag` is takewhile's "stopped" and dropwhile's "done dropping".
    Pred {
        kind: Kind,
        func: Value,
        it: Value,
        flag: bool,
    },
    Islice {
        it: Option<Value>,
        /// Index of the next item to hand out.
        next: i64,
        stop: Option<i64>,
        step: i64,
        /// Items read from the source so far.
        count: i64,
    },
    /// izip and imap (`func` is None for izip).
    Zip {
        func: Value,
        its: Arc<[Value]>,
    },
    ZipLongest {
        its: Vec<Option<Value>>,
        active: usize,
        fill: Value,
    },
    Tee {
        src: Arc<TeeSource>,
        block: Arc<Block>,
        idx: usize,
    },
    Groupby {
        it: Value,
        key: Value,
        tgtkey: Option<Value>,
        currkey: Option<Value>,
        currvalue: Option<Value>,
    },
    Grouper {
        parent: Value,
        tgtkey: Value,
    },
    Product {
        pools: Vec<Vec<Value>>,
        indices: Option<Vec<usize>>,
        done: bool,
    },
    Choice(Choice),
    /// Emptied by the cycle collector.
    Done,
}

pub(crate) fn tee_new(it: Value) -> St {
    St::Tee { src: Arc::new(TeeSource { it, running: AtomicBool::new(false) }), block: Block::new(), idx: 0 }
}

pub(crate) fn tee_copy(it: &It) -> St {
    match &*it.st.lock() {
        St::Tee { src, block, idx } => St::Tee { src: src.clone(), block: block.clone(), idx: *idx },
        _ => tee_new(Value::tuple(vec![])),
    }
}

fn iter_or_none(it: &Option<Value>) -> Option<Value> {
    it.clone()
}

/// The next item of `this` (whose native iterator is `it`).
pub(crate) fn next(vm: &mut Vm, this: &Value, it: &It) -> PyResult<Option<Value>> {
    let kind = {
        let mut g = it.st.lock();
        match &mut *g {
            St::Count { n, step } => {
                if let (Value::Int(i), Value::Int(s)) = (&*n, &*step) {
                    if let Some(j) = i.checked_add(*s) {
                        let r = Value::Int(*i);
                        *n = Value::Int(j);
                        return Ok(Some(r));
                    }
                }
                0
            }
            St::Repeat { obj, times } => {
                return Ok(match times {
                    None => Some(obj.clone()),
                    Some(t) if *t > 0 => {
                        *t -= 1;
                        Some(obj.clone())
                    }
                    Some(_) => None,
                });
            }
            St::Product { pools, indices, done } => return combin::product_next(pools, indices, done),
            St::Choice(c) => return c.next(),
            St::Done => return Ok(None),
            St::Cycle { .. } => 1,
            St::Chain { .. } => 2,
            St::Compress { .. } => 3,
            St::Pred { .. } => 4,
            St::Islice { .. } => 5,
            St::Zip { .. } => 6,
            St::ZipLongest { .. } => 7,
            St::Tee { .. } => 8,
            St::Groupby { .. } => 9,
            St::Grouper { .. } => 10,
        }
    };
    match kind {
        0 => count_slow(vm, it),
        1 => cycle_next(vm, it),
        2 => chain_next(vm, it),
        3 => compress_next(vm, it),
        4 => pred_next(vm, it),
        5 => islice_next(vm, it),
        6 => zip_next(vm, it),
        7 => zip_longest_next(vm, it),
        8 => tee_next(vm, it),
        9 => groupby_next(vm, this, it),
        _ => grouper_next(vm, it),
    }
}

fn count_slow(vm: &mut Vm, it: &It) -> PyResult<Option<Value>> {
    let (n, step) = match &*it.st.lock() {
        St::Count { n, step } => (n.clone(), step.clone()),
        _ => return Ok(None),
    };
    let after = vm.binary(BinOp::Add, &n, &step)?;
    if let St::Count { n: slot, .. } = &mut *it.st.lock() {
        *slot = after;
    }
    Ok(Some(n))
}

fn cycle_next(vm: &mut Vm, it: &It) -> PyResult<Option<Value>> {
    let source = match &*it.st.lock() {
        St::Cycle { it, .. } => iter_or_none(it),
        _ => return Ok(None),
    };
    if let Some(source) = source {
        let item = vm.next_fast(&source)?;
        let mut g = it.st.lock();
        let St::Cycle { it: slot, saved, .. } = &mut *g else { return Ok(None) };
        match item {
            Some(x) => {
                saved.push(x.clone());
                return Ok(Some(x));
            }
            None => *slot = None,
        }
    }
    let mut g = it.st.lock();
    let St::Cycle { saved, pos, .. } = &mut *g else { return Ok(None) };
    if saved.is_empty() {
        return Ok(None);
    }
    let x = saved[*pos % saved.len()].clone();
    *pos = (*pos + 1) % saved.len();
    Ok(Some(x))
}

fn chain_next(vm: &mut Vm, it: &It) -> PyResult<Option<Value>> {
    loop {
        let (source, active) = match &*it.st.lock() {
            St::Chain { source, active } => (source.clone(), active.clone()),
            _ => return Ok(None),
        };
        if let Some(a) = active {
            if let Some(x) = vm.next_fast(&a)? {
                return Ok(Some(x));
            }
            if let St::Chain { active, .. } = &mut *it.st.lock() {
                if active.as_ref().is_some_and(|cur| cur.is(&a)) {
                    *active = None;
                }
            }
            continue;
        }
        let Some(s) = source else { return Ok(None) };
        match vm.next_fast(&s)? {
            Some(iterable) => {
                let i = vm.iter(&iterable)?;
                if let St::Chain { active, .. } = &mut *it.st.lock() {
                    *active = Some(i);
                }
            }
            None => {
                if let St::Chain { source, .. } = &mut *it.st.lock() {
                    *source = None;
                }
                return Ok(None);
            }
        }
    }
}

fn compress_next(vm: &mut Vm, it: &It) -> PyResult<Option<Value>> {
    let (data, selectors) = match &*it.st.lock() {
        St::Compress { data, selectors } => (data.clone(), selectors.clone()),
        _ => return Ok(None),
    };
    loop {
        let Some(x) = vm.next_fast(&data)? else { return Ok(None) };
        let Some(s) = vm.next_fast(&selectors)? else { return Ok(None) };
        if vm.truthy(&s)? {
            return Ok(Some(x));
        }
    }
}

/// `func(item)` as a truth value; None and bool test the item itself.
fn test(vm: &mut Vm, func: &Value, x: &Value) -> PyResult<bool> {
    let t = crate::object::class::types();
    if func.is_none() || matches!(func, Value::Class(c) if Arc::ptr_eq(c, &t.bool_)) {
        return vm.truthy(x);
    }
    let r = vm.call(func, vec![x.clone()])?;
    vm.truthy(&r)
}

fn set_flag(it: &It) {
    if let St::Pred { flag, .. } = &mut *it.st.lock() {
        *flag = true;
    }
}

fn pred_next(vm: &mut Vm, it: &It) -> PyResult<Option<Value>> {
    let (kind, func, src, flag) = match &*it.st.lock() {
        St::Pred { kind, func, it, flag } => (*kind, func.clone(), it.clone(), *flag),
        _ => return Ok(None),
    };
    match kind {
        Kind::Ifilter | Kind::Ifilterfalse => {
            let want = kind == Kind::Ifilter;
            loop {
                let Some(x) = vm.next_fast(&src)? else { return Ok(None) };
                if test(vm, &func, &x)? == want {
                    return Ok(Some(x));
                }
            }
        }
        Kind::Takewhile => {
            if flag {
                return Ok(None);
            }
            let Some(x) = vm.next_fast(&src)? else { return Ok(None) };
            let r = vm.call(&func, vec![x.clone()])?;
            if vm.truthy(&r)? {
                return Ok(Some(x));
            }
            set_flag(it);
            Ok(None)
        }
        Kind::Dropwhile => loop {
            let Some(x) = vm.next_fast(&src)? else { return Ok(None) };
            if flag {
                return Ok(Some(x));
            }
            let r = vm.call(&func, vec![x.clone()])?;
            if !vm.truthy(&r)? {
                set_flag(it);
                return Ok(Some(x));
            }
        },
        _ => {
            // starmap
            let Some(args) = vm.next_fast(&src)? else { return Ok(None) };
            let args = match &args {
                Value::Tuple(t) => t.items.to_vec(),
                _ => vm.to_vec(&args)?,
            };
            vm.call(&func, args).map(Some)
        }
    }
}

fn islice_next(vm: &mut Vm, it: &It) -> PyResult<Option<Value>> {
    let (src, want, stop, step, mut count) = match &*it.st.lock() {
        St::Islice { it: Some(src), next, stop, step, count } => (src.clone(), *next, *stop, *step, *count),
        _ => return Ok(None),
    };
    // Never reads past stop: the rest of the source stays for the caller.
    let end = |it: &It| {
        if let St::Islice { it, .. } = &mut *it.st.lock() {
            *it = None;
        }
    };
    while count < want {
        if vm.next_fast(&src)?.is_none() {
            end(it);
            return Ok(None);
        }
        count += 1;
    }
    if stop.is_some_and(|s| count >= s) {
        end(it);
        return Ok(None);
    }
    let Some(x) = vm.next_fast(&src)? else {
        end(it);
        return Ok(None);
    };
    count += 1;
    let mut after = want.saturating_add(step);
    if let Some(s) = stop {
        after = after.min(s);
    }
    if let St::Islice { next, count: c, .. } = &mut *it.st.lock() {
        *next = after;
        *c = count;
    }
    Ok(Some(x))
}

fn zip_next(vm: &mut Vm, it: &It) -> PyResult<Option<Value>> {
    let (func, its) = match &*it.st.lock() {
        St::Zip { func, its } => (func.clone(), its.clone()),
        _ => return Ok(None),
    };
    if its.is_empty() {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(its.len());
    for i in its.iter() {
        match vm.next_fast(i)? {
            Some(x) => items.push(x),
            None => return Ok(None),
        }
    }
    if func.is_none() {
        return Ok(Some(Value::tuple(items)));
    }
    vm.call(&func, items).map(Some)
}

fn zip_longest_next(vm: &mut Vm, it: &It) -> PyResult<Option<Value>> {
    let (its, fill) = match &*it.st.lock() {
        St::ZipLongest { its, active, fill } if *active > 0 => (its.clone(), fill.clone()),
        _ => return Ok(None),
    };
    let mut items = Vec::with_capacity(its.len());
    for (k, i) in its.iter().enumerate() {
        let Some(i) = i else {
            items.push(fill.clone());
            continue;
        };
        match vm.next_fast(i)? {
            Some(x) => items.push(x),
            None => {
                let mut g = it.st.lock();
                let St::ZipLongest { its, active, .. } = &mut *g else { return Ok(None) };
                if its[k].is_some() {
                    its[k] = None;
                    *active -= 1;
                }
                if *active == 0 {
                    return Ok(None);
                }
                items.push(fill.clone());
            }
        }
    }
    Ok(Some(Value::tuple(items)))
}

fn tee_next(vm: &mut Vm, it: &It) -> PyResult<Option<Value>> {
    loop {
        let (src, block, idx) = match &*it.st.lock() {
            St::Tee { src, block, idx } => (src.clone(), block.clone(), *idx),
            _ => return Ok(None),
        };
        let mut b = block.inner.lock();
        if idx < b.items.len() {
            let x = b.items[idx].clone();
            drop(b);
            if let St::Tee { idx: i, .. } = &mut *it.st.lock() {
                *i = idx + 1;
            }
            return Ok(Some(x));
        }
        if idx == TEE_BLOCK {
            let link = b.link.get_or_insert_with(Block::new).clone();
            drop(b);
            if let St::Tee { block: slot, idx: i, .. } = &mut *it.st.lock() {
                *slot = link;
                *i = 0;
            }
            continue;
        }
        drop(b);
        if src.running.swap(true, Ordering::Acquire) {
            // The source, while making an item, asked a copy for that item.
            return Err(PyErr::new(ExcKind::RuntimeError, "cannot re-enter the tee iterator"));
        }
        let r = vm.next_fast(&src.it);
        src.running.store(false, Ordering::Release);
        let Some(x) = r? else { return Ok(None) };
        block.inner.lock().items.push(x.clone());
        if let St::Tee { idx: i, .. } = &mut *it.st.lock() {
            *i = idx + 1;
        }
        return Ok(Some(x));
    }
}

/// Reads the next item of a groupby and its key.
fn group_advance(vm: &mut Vm, it: &It) -> PyResult<bool> {
    let (src, key) = match &*it.st.lock() {
        St::Groupby { it, key, .. } => (it.clone(), key.clone()),
        _ => return Ok(false),
    };
    let Some(x) = vm.next_fast(&src)? else { return Ok(false) };
    let k = if key.is_none() { x.clone() } else { vm.call(&key, vec![x.clone()])? };
    if let St::Groupby { currkey, currvalue, .. } = &mut *it.st.lock() {
        *currkey = Some(k);
        *currvalue = Some(x);
    }
    Ok(true)
}

fn groupby_keys(it: &It) -> Option<(Option<Value>, Option<Value>)> {
    match &*it.st.lock() {
        St::Groupby { tgtkey, currkey, .. } => Some((tgtkey.clone(), currkey.clone())),
        _ => None,
    }
}

fn groupby_next(vm: &mut Vm, this: &Value, it: &It) -> PyResult<Option<Value>> {
    // Skips what is left of the current group.
    loop {
        let Some((tgt, cur)) = groupby_keys(it) else { return Ok(None) };
        let skip = match (&tgt, &cur) {
            (_, None) => true,
            // Identity first, as CPython's comparison: a nan key equals
            // itself (else every nan starts a new, empty group: no end).
            (Some(t), Some(c)) => t.is(c) || vm.eq(t, c)?,
            (None, Some(_)) => false,
        };
        if !skip {
            break;
        }
        if !group_advance(vm, it)? {
            return Ok(None);
        }
    }
    let cur = {
        let mut g = it.st.lock();
        let St::Groupby { tgtkey, currkey: Some(c), .. } = &mut *g else { return Ok(None) };
        *tgtkey = Some(c.clone());
        c.clone()
    };
    let grouper = wrap(Kind::Grouper, St::Grouper { parent: this.clone(), tgtkey: cur.clone() });
    Ok(Some(Value::tuple(vec![cur, grouper])))
}

fn grouper_next(vm: &mut Vm, it: &It) -> PyResult<Option<Value>> {
    let (parent, tgt) = match &*it.st.lock() {
        St::Grouper { parent, tgtkey } => (parent.clone(), tgtkey.clone()),
        _ => return Ok(None),
    };
    let Some((_, p)) = it_of(&parent) else { return Ok(None) };
    let has_value = matches!(&*p.st.lock(), St::Groupby { currvalue: Some(_), .. });
    if !has_value && !group_advance(vm, p)? {
        return Ok(None);
    }
    let Some((_, Some(cur))) = groupby_keys(p) else { return Ok(None) };
    if !tgt.is(&cur) && !vm.eq(&tgt, &cur)? {
        return Ok(None);
    }
    let taken = match &mut *p.st.lock() {
        St::Groupby { currvalue, .. } => currvalue.take(),
        _ => None,
    };
    Ok(taken)
}

/// `repr()` of count and repeat (2.7 names the base type even for a subclass).
pub(crate) fn repr(vm: &mut Vm, it: &It) -> PyResult<String> {
    let (a, b) = match &*it.st.lock() {
        St::Count { n, step } => (n.clone(), Some(step.clone())),
        St::Repeat { obj, times } => (obj.clone(), times.map(Value::Int)),
        _ => return Ok("itertools".into()),
    };
    let is_count = matches!(&*it.st.lock(), St::Count { .. });
    let first = vm.repr(&a)?.to_string_lossy();
    if is_count {
        let step = b.unwrap_or(Value::Int(1));
        if matches!(step, Value::Int(1)) {
            return Ok(format!("count({})", first));
        }
        return Ok(format!("count({}, {})", first, vm.repr(&step)?.to_string_lossy()));
    }
    Ok(match b {
        Some(Value::Int(t)) => format!("repeat({}, {})", first, t),
        _ => format!("repeat({})", first),
    })
}

/// The arguments that make a count again from where it is.
pub(crate) fn count_args(it: &It) -> Value {
    match &*it.st.lock() {
        St::Count { n, step: Value::Int(1) } => Value::tuple(vec![n.clone()]),
        St::Count { n, step } => Value::tuple(vec![n.clone(), step.clone()]),
        _ => Value::tuple(vec![]),
    }
}

pub(crate) fn length_hint(it: &It) -> PyResult {
    match &*it.st.lock() {
        St::Repeat { times: Some(t), .. } => Ok(Value::Int(*t)),
        _ => Err(PyErr::new(ExcKind::TypeError, "len() of unsized object")),
    }
}

/// Every Value the state holds. A tee's source and blocks may be shared by
/// its copies: each is reported only while this tee (or the block before)
/// holds the one reference to it, so no reference is counted twice; a
/// shared one looks referenced from outside (kept, never wrongly freed).
pub(crate) fn visit(st: &St, f: &mut dyn FnMut(&Value)) {
    fn opt(o: &Option<Value>, f: &mut dyn FnMut(&Value)) {
        if let Some(v) = o {
            f(v)
        }
    }
    match st {
        St::Count { n, step } => {
            f(n);
            f(step)
        }
        St::Repeat { obj, .. } => f(obj),
        St::Cycle { it, saved, .. } => {
            opt(it, f);
            saved.iter().for_each(&mut *f);
        }
        St::Chain { source, active } => {
            opt(source, f);
            opt(active, f);
        }
        St::Compress { data, selectors } => {
            f(data);
            f(selectors)
        }
        St::Pred { func, it, .. } => {
            f(func);
            f(it)
        }
        St::Islice { it, .. } => opt(it, f),
        St::Zip { func, its } => {
            f(func);
            its.iter().for_each(&mut *f);
        }
        St::ZipLongest { its, fill, .. } => {
            its.iter().for_each(|o| opt(o, f));
            f(fill);
        }
        St::Tee { src, block, .. } => {
            if Arc::strong_count(src) == 1 {
                f(&src.it);
            }
            visit_blocks(block, f, 0);
        }
        St::Done => {}
        St::Groupby { it, key, tgtkey, currkey, currvalue } => {
            f(it);
            f(key);
            opt(tgtkey, f);
            opt(currkey, f);
            opt(currvalue, f);
        }
        St::Grouper { parent, tgtkey } => {
            f(parent);
            f(tgtkey)
        }
        St::Product { pools, .. } => pools.iter().flatten().for_each(&mut *f),
        St::Choice(c) => c.pool.iter().for_each(&mut *f),
    }
}

/// The items of a block this tee alone holds, and of the blocks after it
/// that only their predecessor holds (a bounded depth: the rest stay opaque).
fn visit_blocks(b: &Arc<Block>, f: &mut dyn FnMut(&Value), depth: usize) {
    if depth > 256 || Arc::strong_count(b) != 1 {
        return;
    }
    let Some(g) = b.inner.try_lock() else { return };
    g.items.iter().for_each(&mut *f);
    if let Some(next) = &g.link {
        visit_blocks(next, f, depth + 1);
    }
}

/// Moves the Values of a dead state into `trash` (dropped after the collection).
pub(crate) fn drain(st: St, trash: &mut Vec<Value>) {
    let mut push = |v: &Value| trash.push(v.clone());
    visit(&st, &mut push);
}
