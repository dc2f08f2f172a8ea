//! Iterators and generators.

use std::sync::atomic::{AtomicI64, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;

use crate::object::lock::Mutex;

use super::{Dict, ExcKind, Object, PyErr, PyResult, Value};
use crate::vm::{Exit, Frame, Vm};

/// The state of a built-in iterator.
pub enum IterState {
    /// Over a list, tuple or str by index (a list may grow meanwhile).
    Seq {
        seq: Value,
        idx: usize,
    },
    Range {
        cur: i64,
        stop: i64,
        step: i64,
    },
    DictKeys {
        dict: Arc<Dict>,
        pos: usize,
        len: usize,
    },
    DictValues {
        dict: Arc<Dict>,
        pos: usize,
        len: usize,
    },
    DictItems {
        dict: Arc<Dict>,
        pos: usize,
        len: usize,
    },
    /// Over a set, checking that its size does not change.
    SetItems {
        set: Arc<super::Set>,
        pos: usize,
        len: usize,
    },
    /// `iter(callable, sentinel)`
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// Old-style iteration through `__getitem__` until IndexError.
    GetItem {
        obj: Value,
        idx: i64,
    },
    Enumerate {
        it: Value,
        /// The next count: an int, continuing as a long past `sys.maxint`.
        n: Value,
    },
    Reversed {
        seq: Value,
        idx: usize,
    },
    Done,
}

/// A list or tuple iterator. The index is an atomic that is only loaded and
/// stored (no read-modify-write): two threads sharing one iterator may see
/// an item twice, as racy Python code may, but memory stays sound.
pub struct SeqIter {
    seq: Value,
    idx: AtomicUsize,
}

impl SeqIter {
    /// The list or tuple iterated (the collector follows it).
    pub fn seq(&self) -> &Value {
        &self.seq
    }

    pub fn new(seq: Value) -> SeqIter {
        SeqIter { seq, idx: AtomicUsize::new(0) }
    }

    /// Iterates a tuple (else a list).
    pub fn over_tuple(&self) -> bool {
        matches!(self.seq, Value::Tuple(_))
    }

    /// Items left (`__length_hint__`): a list that grew has more.
    pub fn remaining(&self) -> usize {
        let i = self.idx.load(Ordering::Relaxed);
        let n = match &self.seq {
            Value::List(l) => l.len(),
            Value::Tuple(t) => t.items.len(),
            _ => 0,
        };
        if i == usize::MAX {
            0
        } else {
            n.saturating_sub(i)
        }
    }

    #[inline]
    pub fn next(&self) -> Option<Value> {
        let i = self.idx.load(Ordering::Relaxed);
        if i == usize::MAX {
            return None;
        }
        let r = match &self.seq {
            Value::List(l) => l.get(i),
            Value::Tuple(t) => t.items.get(i).cloned(),
            _ => None,
        };
        // Once exhausted, stays exhausted even if the list grows.
        self.idx.store(if r.is_some() { i + 1 } else { usize::MAX }, Ordering::Relaxed);
        r
    }
}

/// An xrange iterator: counts the items left rather than comparing with a
/// stop, so a range reaching i64's bounds neither overflows nor loses its
/// last item.
pub struct RangeIter {
    cur: AtomicI64,
    left: AtomicU64,
    step: i64,
}

impl RangeIter {
    pub fn new(start: i64, stop: i64, step: i64) -> RangeIter {
        let (a, b, s) = (start as i128, stop as i128, step as i128);
        let n = if s > 0 && a < b {
            (b - a - 1) / s + 1
        } else if s < 0 && a > b {
            (a - b - 1) / -s + 1
        } else {
            0
        };
        RangeIter::with_count(start, n as u64, step)
    }

    /// `count` items from `first` by `step`.
    pub fn with_count(first: i64, count: u64, step: i64) -> RangeIter {
        RangeIter { cur: AtomicI64::new(first), left: AtomicU64::new(count), step }
    }

    /// Items left (`__length_hint__`).
    pub fn remaining(&self) -> u64 {
        self.left.load(Ordering::Relaxed)
    }

    #[inline]
    pub fn next(&self) -> Option<Value> {
        let left = self.left.load(Ordering::Relaxed);
        if left == 0 {
            return None;
        }
        self.left.store(left - 1, Ordering::Relaxed);
        let c = self.cur.load(Ordering::Relaxed);
        // Past the last item the value is never used, so wrapping is harmless.
        self.cur.store(c.wrapping_add(self.step), Ordering::Relaxed);
        Some(Value::Int(c))
    }
}

pub fn new_iter(state: IterState) -> Value {
    Value::other(Object::Iter(Mutex::new(state)))
}

/// A generator's frame, or nothing once it has finished.
pub enum GenSlot {
    Suspended(Frame),
    Finished,
}

/// A generator. Its slot's lock is held for as long as the generator runs:
/// one atomic swap per resumption instead of one to take the frame out and
/// one to put it back. It is only ever *tried* (never waited for), so
/// holding it across Python code cannot deadlock: whoever finds it taken
/// (the generator itself, another thread) learns that the generator is
/// running, and `next` raises "generator already executing" as in CPython.
pub struct Generator {
    pub slot: Mutex<GenSlot>,
    pub name: String,
    /// `gi_code`, kept after the generator finishes.
    pub code: Arc<crate::compile::code::Code>,
}

fn already_executing() -> PyErr {
    PyErr::new(ExcKind::ValueError, "generator already executing")
}

impl Generator {
    pub fn new_value(frame: Frame) -> Value {
        let name = frame.func.code.name.to_string_lossy();
        let code = frame.func.code.clone();
        Value::other(Object::Generator(Generator { slot: Mutex::new(GenSlot::Suspended(frame)), name, code }))
    }

    /// `gi_running`
    pub fn is_running(&self) -> bool {
        self.slot.is_locked()
    }

    /// Runs the generator to its next yield. `None` when it finished.
    /// `throw` injects an exception at the yield instead of a value.
    pub fn resume(&self, vm: &mut Vm, sent: Value, throw: Option<PyErr>) -> PyResult<Option<Value>> {
        if throw.is_none() && sent.is_none() {
            return self.resume_next(vm);
        }
        let Some(mut slot) = self.slot.try_lock() else { return Err(already_executing()) };
        let GenSlot::Suspended(frame) = &mut *slot else {
            drop(slot);
            return match throw {
                Some(e) => Err(e),
                None => Ok(None),
            };
        };
        let started = frame.pc > 0;
        if !started && throw.is_none() && !sent.is_none() {
            return Err(PyErr::new(ExcKind::TypeError, "can't send non-None value to a just-started generator"));
        }
        vm.enter()?;
        frame.exc_depth = vm.exc_stack.len();
        let thrown = throw.is_some();
        let result = match throw {
            Some(e) if !started => Err(e),
            Some(e) => match vm.handle_error(frame, e) {
                Ok(()) => vm.execute(frame),
                Err(e) => Err(e),
            },
            None => {
                if started {
                    frame.push(sent);
                }
                vm.execute(frame)
            }
        };
        if vm.exc_stack.len() > frame.exc_depth {
            vm.exc_stack.truncate(frame.exc_depth);
        }
        vm.leave();
        settle(&mut slot, result, thrown)
    }

    /// `next(gen)`: `resume` with nothing sent or thrown, the case of every
    /// `for` loop, without the checks those need. The exception stack is
    /// truncated only when the body left something on it (`truncate` is a
    /// call). Not inlined: in `next_fast` it made every list iterator's
    /// step pay for the larger frame.
    #[inline(never)]
    pub fn resume_next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(mut slot) = self.slot.try_lock() else { return Err(already_executing()) };
        let GenSlot::Suspended(frame) = &mut *slot else { return Ok(None) };
        vm.enter()?;
        frame.exc_depth = vm.exc_stack.len();
        if frame.pc > 0 {
            // The value of the `yield` expression the body resumes at.
            frame.push(Value::None);
        }
        let result = vm.execute(frame);
        if vm.exc_stack.len() > frame.exc_depth {
            vm.exc_stack.truncate(frame.exc_depth);
        }
        vm.leave();
        settle(&mut slot, result, false)
    }

    /// `gen.close()`
    pub fn close(&self, vm: &mut Vm) -> PyResult<()> {
        {
            let Some(mut slot) = self.slot.try_lock() else { return Err(already_executing()) };
            let started = matches!(&*slot, GenSlot::Suspended(f) if f.pc > 0);
            if !started {
                *slot = GenSlot::Finished;
                return Ok(());
            }
        }
        match self.resume(vm, Value::None, Some(PyErr::with_args(ExcKind::GeneratorExit, vec![]))) {
            Ok(Some(_)) => Err(PyErr::new(ExcKind::RuntimeError, "generator ignored GeneratorExit")),
            Ok(None) => Ok(()),
            Err(e) if e.matches(ExcKind::GeneratorExit) || e.matches(ExcKind::StopIteration) => Ok(()),
            Err(e) => Err(e),
        }
    }
}

/// What `advance` must do after looking at the state under its lock.
enum Step {
    Yield(Value),
    Stop,
    /// `dictionary changed size during iteration`
    Changed,
    /// `Set changed size during iteration`
    SetChanged,
    Call(Value),
    GetItem(Value, i64),
    Next(Value, Value),
    Reversed(Value, usize),
}

/// Which part of a dict entry an iterator yields.
#[derive(Clone, Copy)]
enum DictPart {
    Key,
    Value,
    Item,
}

/// One step of a dict iterator; `len == usize::MAX` marks a sticky error.
fn dict_step(dict: &Dict, pos: &mut usize, len: usize, part: DictPart) -> (Step, bool) {
    if len == usize::MAX || dict.len() != len {
        return (Step::Changed, false);
    }
    match dict.entry_from(*pos) {
        Some((next, k, v)) => {
            *pos = next;
            let item = match part {
                DictPart::Key => k,
                DictPart::Value => v,
                DictPart::Item => Value::tuple(vec![k, v]),
            };
            (Step::Yield(item), false)
        }
        None => (Step::Stop, true),
    }
}

/// Advances a built-in iterator.
///
/// The state lock is never held while Python code runs: what a step needs
/// is taken out under the lock, the call is made with the lock released,
/// and the state is updated afterwards.
pub fn advance(vm: &mut Vm, state: &Mutex<IterState>) -> PyResult<Option<Value>> {
    let step = {
        let mut g = state.lock();
        let mut finished = false;
        let step = match &mut *g {
            IterState::Done => Step::Stop,
            IterState::Seq { seq, idx } => {
                let item = match seq {
                    Value::List(l) => l.get(*idx),
                    Value::Tuple(t) => t.items.get(*idx).cloned(),
                    Value::Str(s) => s.as_bytes().get(*idx).map(|b| Value::bytes(vec![*b])),
                    _ => None,
                };
                match item {
                    Some(v) => {
                        *idx += 1;
                        Step::Yield(v)
                    }
                    None => {
                        finished = true;
                        Step::Stop
                    }
                }
            }
            IterState::Range { cur, stop, step } => {
                let c = *cur;
                if (*step > 0 && c < *stop) || (*step < 0 && c > *stop) {
                    match c.checked_add(*step) {
                        Some(n) => *cur = n,
                        None => finished = true,
                    }
                    Step::Yield(Value::Int(c))
                } else {
                    finished = true;
                    Step::Stop
                }
            }
            IterState::DictKeys { dict, pos, len } => {
                let (s, f) = dict_step(dict, pos, *len, DictPart::Key);
                finished = f;
                if matches!(s, Step::Changed) {
                    *len = usize::MAX;
                }
                s
            }
            IterState::DictValues { dict, pos, len } => {
                let (s, f) = dict_step(dict, pos, *len, DictPart::Value);
                finished = f;
                if matches!(s, Step::Changed) {
                    *len = usize::MAX;
                }
                s
            }
            IterState::DictItems { dict, pos, len } => {
                let (s, f) = dict_step(dict, pos, *len, DictPart::Item);
                finished = f;
                if matches!(s, Step::Changed) {
                    *len = usize::MAX;
                }
                s
            }
            IterState::SetItems { set, pos, len } => {
                let (s, f) = dict_step(&set.dict, pos, *len, DictPart::Key);
                finished = f;
                if matches!(s, Step::Changed) {
                    *len = usize::MAX;
                    Step::SetChanged
                } else {
                    s
                }
            }
            IterState::Callable { func, .. } => Step::Call(func.clone()),
            IterState::GetItem { obj, idx } => Step::GetItem(obj.clone(), *idx),
            IterState::Enumerate { it, n } => Step::Next(it.clone(), n.clone()),
            IterState::Reversed { seq, idx } => {
                if *idx == 0 {
                    finished = true;
                    Step::Stop
                } else {
                    Step::Reversed(seq.clone(), *idx - 1)
                }
            }
        };
        if finished {
            *g = IterState::Done;
        }
        step
    };
    match step {
        Step::Yield(v) => Ok(Some(v)),
        Step::Stop => Ok(None),
        Step::Changed => Err(PyErr::new(ExcKind::RuntimeError, "dictionary changed size during iteration")),
        Step::SetChanged => Err(PyErr::new(ExcKind::RuntimeError, "Set changed size during iteration")),
        Step::Call(func) => {
            let r = match vm.call(&func, vec![]) {
                Ok(r) => r,
                Err(e) if e.matches(ExcKind::StopIteration) => {
                    *state.lock() = IterState::Done;
                    return Ok(None);
                }
                Err(e) => return Err(e),
            };
            let sentinel = match &*state.lock() {
                IterState::Callable { sentinel, .. } => sentinel.clone(),
                _ => return Ok(None),
            };
            if vm.eq(&sentinel, &r)? {
                *state.lock() = IterState::Done;
                return Ok(None);
            }
            Ok(Some(r))
        }
        Step::GetItem(obj, idx) => match vm.getitem(&obj, &Value::Int(idx)) {
            Ok(v) => {
                if let IterState::GetItem { idx: i, .. } = &mut *state.lock() {
                    *i = idx.saturating_add(1);
                }
                Ok(Some(v))
            }
            Err(e) if e.matches(ExcKind::IndexError) || e.matches(ExcKind::StopIteration) => {
                *state.lock() = IterState::Done;
                Ok(None)
            }
            Err(e) => Err(e),
        },
        Step::Next(it, n) => match vm.next(&it)? {
            Some(v) => {
                let next = match &n {
                    Value::Int(i) if *i < i64::MAX => Value::Int(i + 1),
                    _ => Value::from_bigint(super::number::as_bigint(&n).unwrap_or_default() + 1),
                };
                if let IterState::Enumerate { n: count, .. } = &mut *state.lock() {
                    *count = next;
                }
                Ok(Some(Value::tuple(vec![n, v])))
            }
            None => Ok(None),
        },
        Step::Reversed(seq, idx) => {
            if let IterState::Reversed { idx: i, .. } = &mut *state.lock() {
                *i = idx;
            }
            match vm.getitem(&seq, &Value::Int(idx as i64)) {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.matches(ExcKind::IndexError) || e.matches(ExcKind::StopIteration) => {
                    *state.lock() = IterState::Done;
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
    }
}

/// What a resumed generator's run came to: the yielded value, or `None`
/// (and the generator finished) when it returned. Python 2: a StopIteration
/// escaping the body just ends the generator; out of `throw()` it is the
/// caller's to see (contextlib tells a swallowed exception by its identity).
fn settle(slot: &mut GenSlot, result: PyResult<Exit>, thrown: bool) -> PyResult<Option<Value>> {
    match result {
        Ok(Exit::Yield(v)) => Ok(Some(v)),
        Ok(Exit::Return(_)) => {
            *slot = GenSlot::Finished;
            Ok(None)
        }
        Err(e) if e.matches(ExcKind::StopIteration) && !thrown => {
            *slot = GenSlot::Finished;
            Ok(None)
        }
        Err(e) => {
            *slot = GenSlot::Finished;
            Err(e)
        }
    }
}
