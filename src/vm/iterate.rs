//! Iteration and membership: `iter`, `next`, unpacking and `in`, with
//! fast paths for the built-in containers before the dunder protocols.

use std::sync::Arc;

use crate::compile::opcode::Instr;
use crate::object::alloc;
use crate::object::iter::{new_iter, IterState};
use crate::object::number;
use crate::object::unicode;
use crate::object::{drop_fast, ExcKind, Object, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The longest list `unpack_to_locals` takes (its buffer lives on the stack).
const UNPACK_MAX: usize = 16;

/// A built-in iterator object (`next()` accepts it as it is).
pub fn is_native_iterator(o: &Object) -> bool {
    match o {
        Object::Iter(_) | Object::SeqIter(_) | Object::RangeIter(_) | Object::Generator(_) | Object::File(_) => true,
        Object::Native { data, .. } => data.is::<crate::modules::itertools::It>(),
        _ => false,
    }
}

impl Vm {
    /// `iter(v)`
    pub fn iter(&mut self, v: &Value) -> PyResult {
        Ok(match v {
            Value::List(_) | Value::Tuple(_) => {
                Value::other(Object::SeqIter(crate::object::iter::SeqIter::new(v.clone())))
            }
            Value::Str(_) => new_iter(IterState::Seq { seq: v.clone(), idx: 0 }),
            Value::Other(o) if matches!(&**o, Object::Unicode(_)) => {
                let b = unicode::as_unicode(v).map(|s| s.as_bytes()).unwrap_or_default();
                let chars = unicode::cps(b).into_iter().map(|c| unicode::from_cps(&[c])).collect();
                new_iter(IterState::Seq { seq: Value::tuple(chars), idx: 0 })
            }
            Value::Dict(d) => new_iter(IterState::DictKeys { dict: d.clone(), pos: 0, len: d.len() }),
            Value::Set(s) => new_iter(IterState::SetItems { set: s.clone(), pos: 0, len: s.len() }),
            Value::Instance(i) => {
                if let Some(r) = self.call_dunder(v, "__iter__", vec![])? {
                    if !self.is_iterator(&r) {
                        return Err(PyErr::new(
                            ExcKind::TypeError,
                            format!("iter() returned non-iterator of type '{}'", r.type_name()),
                        ));
                    }
                    return Ok(r);
                }
                if i.class().lookup_str("__getitem__").is_some() {
                    return Ok(new_iter(IterState::GetItem { obj: v.clone(), idx: 0 }));
                }
                if !i.base.is_none() {
                    return self.iter(&i.base.clone());
                }
                if i.class().classic.load(std::sync::atomic::Ordering::Relaxed) {
                    return Err(PyErr::new(ExcKind::TypeError, "iteration over non-sequence"));
                }
                return Err(PyErr::new(ExcKind::TypeError, format!("'{}' object is not iterable", v.type_name())));
            }
            Value::Other(o) => match &**o {
                Object::Iter(_)
                | Object::SeqIter(_)
                | Object::RangeIter(_)
                | Object::Generator(_)
                | Object::File(_) => v.clone(),
                Object::Native { data, .. } if data.is::<crate::modules::itertools::It>() => v.clone(),
                Object::XRange { start, stop, step } => {
                    Value::other(Object::RangeIter(crate::object::iter::RangeIter::new(*start, *stop, *step)))
                }
                _ => return Err(PyErr::new(ExcKind::TypeError, format!("'{}' object is not iterable", v.type_name()))),
            },
            _ => return Err(PyErr::new(ExcKind::TypeError, format!("'{}' object is not iterable", v.type_name()))),
        })
    }

    fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Other(o) => is_native_iterator(o),
            // A classic instance always passes (2.7 checks for `next` only
            // when it is called: "instance has no next() method").
            Value::Instance(i) => {
                i.class().classic.load(std::sync::atomic::Ordering::Relaxed) || i.class().lookup_str("next").is_some()
            }
            _ => false,
        }
    }

    /// The next item of an iterator, `None` when it is exhausted.
    #[inline]
    pub fn next_fast(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Value::Other(o) = it {
            match &**o {
                Object::RangeIter(r) => return Ok(r.next()),
                Object::SeqIter(s) => return Ok(s.next()),
                Object::Generator(g) => return g.resume_next(self),
                // itertools: one type check, straight to the iterator.
                Object::Native { data, .. } => {
                    if let Some(state) = data.downcast_ref::<crate::modules::itertools::It>() {
                        return crate::modules::itertools::next(self, it, state);
                    }
                }
                _ => {}
            }
            if let Object::Iter(state) = &**o {
                let mut g = state.lock();
                match &mut *g {
                    IterState::Range { cur, stop, step } => {
                        let c = *cur;
                        if (*step > 0 && c < *stop) || (*step < 0 && c > *stop) {
                            *cur = c.saturating_add(*step);
                            return Ok(Some(Value::Int(c)));
                        }
                        return Ok(None);
                    }
                    IterState::Seq { seq: Value::List(l), idx } => {
                        let r = l.get(*idx);
                        match r {
                            Some(_) => *idx += 1,
                            // Once exhausted, stays exhausted even if the list grows.
                            None => *g = IterState::Done,
                        }
                        return Ok(r);
                    }
                    IterState::Seq { seq: Value::Tuple(t), idx } => {
                        let r = t.items.get(*idx).cloned();
                        if r.is_some() {
                            *idx += 1;
                        }
                        return Ok(r);
                    }
                    _ => {}
                }
            }
        }
        self.next(it)
    }

    /// The general `next()`.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Other(o) => match &**o {
                Object::Iter(state) => crate::object::iter::advance(self, state),
                Object::RangeIter(r) => Ok(r.next()),
                Object::SeqIter(s) => Ok(s.next()),
                Object::Generator(g) => g.resume_next(self),
                Object::File(f) => {
                    let line = f.readline(self)?;
                    Ok(if line.is_empty() { None } else { Some(Value::bytes(line)) })
                }
                Object::Native { data, .. } => match data.downcast_ref::<crate::modules::itertools::It>() {
                    Some(state) => crate::modules::itertools::next(self, it, state),
                    None => {
                        Err(PyErr::new(ExcKind::TypeError, format!("{} object is not an iterator", it.type_name())))
                    }
                },
                _ => Err(PyErr::new(ExcKind::TypeError, format!("{} object is not an iterator", it.type_name()))),
            },
            Value::Instance(i) => match self.call_dunder(it, "next", vec![]) {
                Ok(Some(v)) => Ok(Some(v)),
                Ok(None) if i.class().classic.load(std::sync::atomic::Ordering::Relaxed) => {
                    Err(PyErr::new(ExcKind::TypeError, "instance has no next() method"))
                }
                Ok(None) => {
                    Err(PyErr::new(ExcKind::TypeError, format!("{} object is not an iterator", it.type_name())))
                }
                Err(e) if e.matches(ExcKind::StopIteration) => Ok(None),
                Err(e) => Err(e),
            },
            _ => Err(PyErr::new(ExcKind::TypeError, format!("{} object is not an iterator", it.type_name()))),
        }
    }

    /// CPython's length hint taken before filling a list or tuple from an
    /// iterable: an instance's `__len__` is called, and its errors propagate,
    /// except the TypeError/AttributeError of a missing or odd `__len__`.
    pub fn length_hint_check(&mut self, v: &Value) -> PyResult<()> {
        if !matches!(v, Value::Instance(_)) {
            return Ok(());
        }
        let quiet = |e: &PyErr| e.matches(ExcKind::TypeError) || e.matches(ExcKind::AttributeError);
        match self.len(v) {
            Err(e) if !quiet(&e) => Err(e),
            Ok(_) => Ok(()),
            // No usable __len__: then __length_hint__, whose errors other
            // than those two propagate too.
            Err(_) => match self.call_dunder(v, "__length_hint__", vec![]) {
                Err(e) if !quiet(&e) => Err(e),
                _ => Ok(()),
            },
        }
    }

    /// `to_vec` for list()/tuple()/sorted(): the iterator is made, then the
    /// length hint checked, as CPython's listextend.
    pub fn to_vec_hinted(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if !matches!(v, Value::Instance(_)) {
            return self.to_vec(v);
        }
        let it = self.iter(v)?;
        self.length_hint_check(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next_fast(&it)? {
            alloc::reserve(&mut out, 1)?;
            out.push(x);
        }
        Ok(out)
    }

    /// All items of an iterable.
    pub fn to_vec(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.snapshot()),
            Value::Tuple(t) => return Ok(t.items.to_vec()),
            Value::Str(s) => return Ok(s.as_bytes().iter().map(|b| Value::bytes(vec![*b])).collect()),
            Value::Dict(d) => return Ok(d.keys()),
            Value::Set(s) => return Ok(s.items()),
            _ => {}
        }
        let it = self.iter(v)?;
        // Room for a short generator's items at once (growing from empty
        // reallocated at 4 and 8 items).
        let mut out = Vec::with_capacity(8);
        while let Some(x) = self.next_fast(&it)? {
            // Fallible growth: `list(xrange(2**40))` is a MemoryError.
            alloc::reserve(&mut out, 1)?;
            out.push(x);
        }
        Ok(out)
    }

    /// UnpackSequence(n). In a function it is mostly followed by n
    /// StoreFast (`a, b, c = seq`): a tuple or list of the right size then
    /// goes straight into the locals and the stores are skipped, one
    /// dispatch instead of n + 1. Stores keep their order (`a, a = 1, 2`).
    /// Not under a tracer, which sees every instruction.
    #[inline(never)]
    pub(crate) fn unpack_sequence(
        &mut self,
        instrs: &[Instr],
        pc: &mut usize,
        frame: &mut crate::vm::frame::FrameState,
        v: Value,
        n: usize,
    ) -> PyResult<()> {
        let stores = match instrs.get(*pc..*pc + n) {
            Some(s) if self.tracer.is_none() && s.iter().all(|i| matches!(i, Instr::StoreFast(_))) => s,
            _ => return self.unpack_into(frame, v, n),
        };
        match v {
            Value::Tuple(t) if t.items.len() == n => {
                let store = |frame: &mut crate::vm::frame::FrameState, ins: &Instr, x: Value| {
                    if let Instr::StoreFast(slot) = *ins {
                        drop_fast(std::mem::replace(&mut frame.regs[slot as usize], x));
                    }
                };
                if Arc::strong_count(&t) > 1 {
                    for (ins, x) in stores.iter().zip(t.items.iter()) {
                        store(frame, ins, x.clone());
                    }
                } else {
                    // A fresh tuple (`enumerate`, `dict.items()`): moved out.
                    match Arc::try_unwrap(t) {
                        Ok(mut t) => {
                            for (ins, x) in stores.iter().zip(std::mem::take(&mut t.items).into_vec()) {
                                store(frame, ins, x);
                            }
                        }
                        Err(t) => {
                            for (ins, x) in stores.iter().zip(t.items.iter()) {
                                store(frame, ins, x.clone());
                            }
                        }
                    }
                }
            }
            Value::List(l) if n <= UNPACK_MAX => {
                // Cloned under the lock into a buffer; the locals' old
                // values are dropped only after it is released.
                let mut items: [Value; UNPACK_MAX] = std::array::from_fn(|_| Value::None);
                {
                    let g = l.items.lock();
                    if g.len() != n {
                        drop(g);
                        return self.unpack_into(frame, Value::List(l), n);
                    }
                    for (d, x) in items.iter_mut().zip(g.iter()) {
                        drop_fast(std::mem::replace(d, x.clone()));
                    }
                }
                for (ins, x) in stores.iter().zip(items.iter_mut()) {
                    if let Instr::StoreFast(slot) = *ins {
                        drop_fast(std::mem::replace(&mut frame.regs[slot as usize], std::mem::replace(x, Value::None)));
                    }
                }
                // Every item was moved out: only inline Nones are left.
                std::mem::forget(items);
            }
            v => return self.unpack_into(frame, v, n),
        }
        *pc += n;
        Ok(())
    }

    /// UnpackSequence: pushes the items of `v`, last first.
    pub fn unpack_into(&mut self, frame: &mut crate::vm::frame::FrameState, v: Value, n: usize) -> PyResult<()> {
        // A tuple of the right size (`a, b = pair`, `for k, v in d.items()`):
        // its items go straight onto the stack, moved out when nobody else
        // holds the tuple.
        let v = match v {
            Value::Tuple(t) if t.items.len() == n => {
                match Arc::try_unwrap(t) {
                    Ok(mut t) => frame.regs.extend(std::mem::take(&mut t.items).into_vec().into_iter().rev()),
                    Err(t) => frame.regs.extend(t.items.iter().rev().cloned()),
                }
                return Ok(());
            }
            // A list of the right size: cloned straight from under its lock
            // onto the stack, with no intermediate copy.
            Value::List(l) => {
                let g = l.items.lock();
                if g.len() == n {
                    frame.regs.extend(g.iter().rev().cloned());
                    return Ok(());
                }
                drop(g);
                Value::List(l)
            }
            v => v,
        };
        let items = match &v {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(l) => l.snapshot(),
            _ => {
                let it = self.iter(&v)?;
                let mut out = Vec::with_capacity(n);
                while let Some(x) = self.next_fast(&it)? {
                    out.push(x);
                    if out.len() > n {
                        return Err(PyErr::new(ExcKind::ValueError, "too many values to unpack"));
                    }
                }
                out
            }
        };
        if items.len() > n {
            return Err(PyErr::new(ExcKind::ValueError, "too many values to unpack"));
        }
        if items.len() < n {
            return Err(PyErr::new(
                ExcKind::ValueError,
                format!("need more than {} value{} to unpack", items.len(), if items.len() == 1 { "" } else { "s" }),
            ));
        }
        for item in items.into_iter().rev() {
            frame.push(item);
        }
        Ok(())
    }

    /// `item in container`
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Some(s) = unicode::as_unicode(container) {
            return crate::object::unicode_methods::contains(s, item);
        }
        match container {
            Value::Str(s) if unicode::is_unicode(item) => {
                // The str is decoded with the default encoding first.
                let text = Arc::new(crate::object::PyStr::new(unicode::coerce_str(s.as_bytes())?));
                crate::object::unicode_methods::contains(&text, item)
            }
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(crate::object::string::find(s.as_bytes(), sub.as_bytes(), 0).is_some()),
                _ => Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("'in <string>' requires string as left operand, not {}", item.type_name()),
                )),
            },
            Value::Dict(d) => d.contains(self, item),
            Value::Set(s) => match item {
                Value::Set(inner) if !inner.frozen => {
                    let frozen = crate::object::Set::from_values(self, true, inner.items())?;
                    s.contains(self, &Value::Set(Arc::new(frozen)))
                }
                _ => s.contains(self, item),
            },
            Value::List(_) | Value::Tuple(_) => {
                let mut i = 0;
                loop {
                    let x = match container {
                        Value::List(l) => l.get(i),
                        Value::Tuple(t) => t.items.get(i).cloned(),
                        _ => None,
                    };
                    let Some(x) = x else { return Ok(false) };
                    // `needle == element`: the needle's __eq__ is asked first.
                    if x.is(item) || self.eq(item, &x)? {
                        return Ok(true);
                    }
                    i += 1;
                }
            }
            Value::Instance(inst) => {
                if let Some(r) = self.call_dunder(container, "__contains__", vec![item.clone()])? {
                    return self.truthy(&r);
                }
                if !inst.base.is_none() && inst.class().lookup_str("__iter__").is_none() {
                    return self.contains(&inst.base.clone(), item);
                }
                self.contains_by_iter(container, item)
            }
            Value::Other(o) => match &**o {
                Object::XRange { start, stop, step } => {
                    let Some(x) = number::as_i64(item) else { return self.contains_by_iter(container, item) };
                    let in_range = if *step > 0 { x >= *start && x < *stop } else { x <= *start && x > *stop };
                    Ok(in_range && (x - start) % step == 0)
                }
                _ => self.contains_by_iter(container, item),
            },
            _ => Err(PyErr::new(
                ExcKind::TypeError,
                format!("argument of type '{}' is not iterable", container.type_name()),
            )),
        }
    }

    fn contains_by_iter(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        // _PySequence_IterSearch replaces whatever iter() raised.
        let it = self.iter(container).map_err(|_| {
            PyErr::new(ExcKind::TypeError, format!("argument of type '{}' is not iterable", container.type_name()))
        })?;
        while let Some(x) = self.next_fast(&it)? {
            if self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}
