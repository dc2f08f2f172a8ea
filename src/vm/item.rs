//! Subscripts: `obj[key]` reads, writes and deletes, with Python's slices.

use std::sync::Arc;

use crate::object::number::as_i64;
use crate::object::{ExcKind, Object, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;

/// A slice resolved against a sequence length: start, step and item count.
pub struct SliceIdx {
    pub start: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIdx {
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

/// A long item index beyond a machine int (CPython cannot fit it; slices clamp it).
fn long_too_big(key: &Value) -> bool {
    matches!(key, Value::Long(_)) && as_i64(key).is_none()
}

fn index_error(what: &str) -> PyErr {
    PyErr::new(ExcKind::IndexError, format!("{} index out of range", what))
}

impl Vm {
    /// An integer index, via `__index__` for instances.
    pub fn index_value(&mut self, v: &Value) -> PyResult<Option<i64>> {
        if let Some(i) = as_i64(v) {
            return Ok(Some(i));
        }
        match v {
            Value::Long(b) => {
                use num_traits::Signed;
                Ok(Some(if b.is_negative() { i64::MIN } else { i64::MAX }))
            }
            Value::Instance(_) => match self.call_dunder(v, "__index__", vec![])? {
                Some(r) => match crate::vm::ops::unwrap_base(&r) {
                    // A long that does not fit saturates, as for a long index.
                    base @ (Value::Int(_) | Value::Bool(_) | Value::Long(_)) => self.index_value(&base),
                    _ => Err(PyErr::new(
                        ExcKind::TypeError,
                        format!("__index__ returned non-(int,long) (type {})", r.type_name()),
                    )),
                },
                None => Ok(None),
            },
            _ => Ok(None),
        }
    }

    /// A C integer argument as 2.7's "i"/"l"/"n" formats take it: ints and
    /// longs, else `__int__` (not `__index__`), floats refused.
    pub fn c_long_arg(&mut self, v: &Value) -> PyResult<i64> {
        let base = crate::vm::ops::unwrap_base(v);
        let r = match base {
            Value::Float(_) => return Err(PyErr::new(ExcKind::TypeError, "integer argument expected, got float")),
            Value::Int(_) | Value::Bool(_) | Value::Long(_) => base,
            _ => match self.call_dunder(v, "__int__", vec![])? {
                Some(r) => match crate::vm::ops::unwrap_base(&r) {
                    b @ (Value::Int(_) | Value::Bool(_) | Value::Long(_)) => b,
                    _ => return Err(PyErr::new(ExcKind::TypeError, "__int__ method should return an integer")),
                },
                None => return Err(PyErr::new(ExcKind::TypeError, "an integer is required")),
            },
        };
        as_i64(&r).ok_or_else(|| PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C long"))
    }

    /// Resolves `slice(start, stop, step)` for a sequence of length `len`.
    pub fn slice_indices(&mut self, start: &Value, stop: &Value, step: &Value, len: usize) -> PyResult<SliceIdx> {
        let len = len as i64;
        let step = if step.is_none() {
            1
        } else if let Value::Int(i) = step {
            *i
        } else {
            self.index_value(step)?.ok_or_else(|| {
                PyErr::new(ExcKind::TypeError, "slice indices must be integers or None or have an __index__ method")
            })?
        };
        if step == 0 {
            return Err(PyErr::new(ExcKind::ValueError, "slice step cannot be zero"));
        }
        let mut get = |v: &Value, default: i64| -> PyResult<i64> {
            let i = match v {
                Value::None => return Ok(default),
                Value::Int(i) => *i,
                _ => self.index_value(v)?.ok_or_else(|| {
                    PyErr::new(ExcKind::TypeError, "slice indices must be integers or None or have an __index__ method")
                })?,
            };
            Ok(if i < 0 {
                let j = i.saturating_add(len);
                if j < 0 {
                    if step < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    j
                }
            } else if i >= len {
                if step < 0 {
                    len - 1
                } else {
                    len
                }
            } else {
                i
            })
        };
        let (s, e) = if step < 0 { (get(start, len - 1)?, get(stop, -1)?) } else { (get(start, 0)?, get(stop, len)?) };
        let count = if step < 0 {
            if e < s {
                (s - e - 1) / (-step) + 1
            } else {
                0
            }
        } else if s < e {
            (e - s - 1) / step + 1
        } else {
            0
        };
        Ok(SliceIdx { start: s, step, len: count as usize })
    }

    /// A normalized item index, or IndexError.
    pub(crate) fn seq_index(&mut self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        // index_value saturates longs (right for slices); an item index that
        // does not fit is CPython's IndexError (found by the fuzzer).
        if long_too_big(key) {
            return Err(PyErr::new(ExcKind::IndexError, "cannot fit 'long' into an index-sized integer"));
        }
        let Some(i) = self.index_value(key)? else {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("{} indices must be integers, not {}", what, key.type_name()),
            ));
        };
        let j = if i < 0 { i.saturating_add(len as i64) } else { i };
        if j < 0 || j >= len as i64 {
            return Err(index_error(what));
        }
        Ok(j as usize)
    }

    /// `obj[i:j]` (get, set with `value`, or delete) through the class's own
    /// `__getslice__`/`__setslice__`/`__delslice__`, as CPython 2.7 does for
    /// slices written without a step. None when the class defines none.
    fn simple_slice(
        &mut self,
        obj: &Value,
        inst: &crate::object::Instance,
        key: &Value,
        dunder: &str,
        value: Option<Value>,
    ) -> PyResult<Option<Value>> {
        let Value::Other(o) = key else { return Ok(None) };
        let Object::Slice { start, stop, simple: true, .. } = &**o else { return Ok(None) };
        let found = inst.class().lookup_str(dunder).filter(|f| !matches!(f, Value::Builtin(_)));
        // A classic instance without the slice method gets the item method
        // with the bounds made concrete (CPython's instance_slice).
        let classic = found.is_none() && inst.class().classic.load(std::sync::atomic::Ordering::Relaxed);
        if found.is_none() && !classic {
            return Ok(None);
        }
        let bound = |vm: &mut Vm, v: &Value, default: i64| -> PyResult<i64> {
            if v.is_none() {
                return Ok(default);
            }
            vm.index_value(v)?.ok_or_else(|| {
                PyErr::new(ExcKind::TypeError, "slice indices must be integers or None or have an __index__ method")
            })
        };
        let mut i = bound(self, start, 0)?;
        let mut j = bound(self, stop, i64::MAX)?;
        if i < 0 || j < 0 {
            if let Some(n) = self.call_dunder(obj, "__len__", vec![])? {
                let n = as_i64(&n).unwrap_or(0);
                if i < 0 {
                    i += n;
                }
                if j < 0 {
                    j += n;
                }
            }
        }
        let Some(f) = found else {
            let item = dunder.replace("slice", "item");
            let key = Value::other(Object::Slice {
                start: Value::Int(i),
                stop: Value::Int(j),
                step: Value::None,
                simple: false,
            });
            let mut args = vec![key];
            args.extend(value);
            return self.call_dunder(obj, &item, args);
        };
        let mut args = vec![obj.clone(), Value::Int(i), Value::Int(j)];
        args.extend(value);
        self.call(&f, args).map(Some)
    }

    /// `obj[start:stop:step]` of a list, tuple or str, each result sized once;
    /// None for other containers. Also the fast path of `SliceSubscr`, which
    /// reads the bounds on the stack without making a slice object.
    pub fn slice_of(&mut self, obj: &Value, start: &Value, stop: &Value, step: &Value) -> PyResult<Option<Value>> {
        match obj {
            Value::List(l) => {
                let len = l.len();
                let s = self.slice_indices(start, stop, step, len)?;
                let g = l.items.lock();
                // The list may have shrunk since `len` was read (`__index__`).
                if s.step == 1 {
                    let st = (s.start.max(0) as usize).min(g.len());
                    let end = (st + s.len).min(g.len());
                    return Ok(Some(Value::list(g[st..end].to_vec())));
                }
                let mut out = Vec::with_capacity(s.len);
                out.extend(s.indices().filter_map(|i| g.get(i).cloned()));
                Ok(Some(Value::list(out)))
            }
            Value::Tuple(t) => {
                let s = self.slice_indices(start, stop, step, t.items.len())?;
                Ok(Some(Value::tuple(s.indices().map(|i| t.items[i].clone()).collect())))
            }
            Value::Str(st) => {
                let b = st.as_bytes();
                let si = self.slice_indices(start, stop, step, b.len())?;
                if si.step == 1 {
                    let from = si.start as usize;
                    return Ok(Some(Value::bytes(b[from..from + si.len].to_vec())));
                }
                Ok(Some(Value::bytes(si.indices().map(|i| b[i]).collect())))
            }
            _ => Ok(None),
        }
    }

    /// `obj[key]`
    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult {
        // tuple[int] first: the dispatch loop does list[int] itself.
        if let (Value::Tuple(t), Value::Int(i)) = (obj, key) {
            let j = if *i < 0 { i.wrapping_add(t.items.len() as i64) } else { *i };
            if let Some(v) = t.items.get(j as usize).filter(|_| j >= 0) {
                return Ok(v.clone());
            }
        }
        let slice = match key {
            Value::Other(o) => match &**o {
                Object::Slice { start, stop, step, .. } => Some((start.clone(), stop.clone(), step.clone())),
                _ => None,
            },
            _ => None,
        };
        if let Some(u) = crate::object::unicode::as_unicode(obj) {
            return crate::object::unicode_methods::getitem(self, u, key);
        }
        match obj {
            Value::List(l) => {
                if let Some((a, b, c)) = slice {
                    return self.slice_of(obj, &a, &b, &c).map(|v| v.unwrap_or(Value::None));
                }
                if let Value::Int(i) = key {
                    let g = l.items.lock();
                    let j = if *i < 0 { *i + g.len() as i64 } else { *i };
                    return match g.get(j as usize) {
                        Some(v) if j >= 0 => Ok(v.clone()),
                        _ => Err(index_error("list")),
                    };
                }
                let len = l.len();
                let i = self.seq_index(key, len, "list")?;
                l.get(i).ok_or_else(|| index_error("list"))
            }
            Value::Tuple(t) => {
                if let Some((a, b, c)) = slice {
                    return self.slice_of(obj, &a, &b, &c).map(|v| v.unwrap_or(Value::None));
                }
                let i = self.seq_index(key, t.items.len(), "tuple")?;
                Ok(t.items[i].clone())
            }
            Value::Str(s) => {
                let b = s.as_bytes();
                if let Some((x, y, z)) = slice {
                    return self.slice_of(obj, &x, &y, &z).map(|v| v.unwrap_or(Value::None));
                }
                let i = self.seq_index(key, b.len(), "string")?;
                Ok(Value::bytes(vec![b[i]]))
            }
            Value::Dict(d) => match d.get(self, key)? {
                Some(v) => Ok(v),
                None => Err(PyErr::with_args(ExcKind::KeyError, vec![key.clone()])),
            },
            Value::Instance(inst) => {
                if let Some(r) = self.simple_slice(obj, inst, key, "__getslice__", None)? {
                    return Ok(r);
                }
                if let Some(r) = self.call_dunder(obj, "__getitem__", vec![key.clone()])? {
                    return Ok(r);
                }
                if !inst.base.is_none() {
                    if let Value::Dict(d) = &inst.base {
                        if let Some(v) = d.get(self, key)? {
                            return Ok(v);
                        }
                        if let Some(r) = self.call_dunder(obj, "__missing__", vec![key.clone()])? {
                            return Ok(r);
                        }
                        return Err(PyErr::with_args(ExcKind::KeyError, vec![key.clone()]));
                    }
                    return self.getitem(&inst.base.clone(), key);
                }
                if inst.class().classic.load(std::sync::atomic::Ordering::Relaxed) {
                    let msg = format!("{} instance has no attribute '__getitem__'", inst.class().name());
                    return Err(PyErr::new(ExcKind::AttributeError, msg));
                }
                // A class statement's type has sequence slots (all empty), so
                // 2.7 tries an index as a sequence index first and words the
                // refusal so; a slice or other key falls through.
                let index_key = match key {
                    Value::Int(_) | Value::Bool(_) | Value::Long(_) => true,
                    Value::Instance(k) => k.class().lookup_str("__index__").is_some(),
                    _ => false,
                };
                if inst.class().is_user && index_key {
                    if matches!(key, Value::Long(_)) && as_i64(key).is_none() {
                        let msg = "cannot fit 'long' into an index-sized integer";
                        return Err(PyErr::new(ExcKind::IndexError, msg));
                    }
                    let msg = format!("'{}' object does not support indexing", obj.type_name());
                    return Err(PyErr::new(ExcKind::TypeError, msg));
                }
                Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("'{}' object has no attribute '__getitem__'", obj.type_name()),
                ))
            }
            Value::Other(o) => match &**o {
                Object::XRange { start, stop, step } => {
                    let len = crate::modules::builtins::range_len(*start, *stop, *step) as usize;
                    let i = self.seq_index(key, len, "xrange object")?;
                    Ok(Value::Int(start + i as i64 * step))
                }
                _ => Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("'{}' object has no attribute '__getitem__'", obj.type_name()),
                )),
            },
            Value::Set(_) => {
                Err(PyErr::new(ExcKind::TypeError, format!("'{}' object does not support indexing", obj.type_name())))
            }
            _ => Err(PyErr::new(
                ExcKind::TypeError,
                format!("'{}' object has no attribute '__getitem__'", obj.type_name()),
            )),
        }
    }

    /// `obj[key] = v`
    pub fn setitem(&mut self, obj: &Value, key: Value, v: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Other(o) = &key {
                    if let Object::Slice { start, stop, step, .. } = &**o {
                        let items = match &v {
                            // A temporary list (`a[:k] = b[k::-1]`): its items
                            // are taken, not copied.
                            Value::List(src) if Arc::strong_count(src) == 1 => {
                                Ok(std::mem::take(&mut *src.items.lock()))
                            }
                            _ => self.to_vec(&v),
                        };
                        let mut items = match items {
                            Ok(items) => items,
                            Err(e) if e.matches(ExcKind::TypeError) => {
                                let simple = step.is_none() || crate::object::number::as_i64(step) == Some(1);
                                let msg = if simple {
                                    "can only assign an iterable"
                                } else {
                                    "must assign iterable to extended slice"
                                };
                                return Err(PyErr::new(ExcKind::TypeError, msg));
                            }
                            Err(e) => return Err(e),
                        };
                        let len = l.len();
                        let s = self.slice_indices(start, stop, step, len)?;
                        let mut g = l.items.lock();
                        if step.is_none() || s.step == 1 {
                            let st = (s.start.max(0) as usize).min(g.len());
                            let end = (st + s.len).min(g.len());
                            if end - st == items.len() {
                                // Same size: swap in place; the old items
                                // are dropped after the lock is released.
                                g[st..end].swap_with_slice(&mut items);
                                drop(g);
                                return Ok(());
                            }
                            let old: Vec<Value> = g.splice(st..end, items).collect();
                            drop(g);
                            drop(old);
                            return Ok(());
                        }
                        if items.len() != s.len {
                            return Err(PyErr::new(
                                ExcKind::ValueError,
                                format!(
                                    "attempt to assign sequence of size {} to extended slice of size {}",
                                    items.len(),
                                    s.len
                                ),
                            ));
                        }
                        for (i, item) in s.indices().zip(items.iter_mut()) {
                            if let Some(slot) = g.get_mut(i) {
                                std::mem::swap(slot, item);
                            }
                        }
                        drop(g);
                        return Ok(());
                    }
                }
                let len = l.len();
                let i = self.seq_index(&key, len, "list").map_err(|e| {
                    if e.matches(ExcKind::IndexError) && !long_too_big(&key) {
                        PyErr::new(ExcKind::IndexError, "list assignment index out of range")
                    } else {
                        e
                    }
                })?;
                if let Some(slot) = l.items.lock().get_mut(i) {
                    *slot = v;
                }
                Ok(())
            }
            Value::Dict(d) => d.set(self, key, v),
            Value::Instance(inst) => {
                if self.simple_slice(obj, inst, &key, "__setslice__", Some(v.clone()))?.is_some() {
                    return Ok(());
                }
                if self.call_dunder(obj, "__setitem__", vec![key.clone(), v.clone()])?.is_some() {
                    return Ok(());
                }
                if !inst.base.is_none() {
                    return self.setitem(&inst.base.clone(), key, v);
                }
                Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("'{}' object does not support item assignment", obj.type_name()),
                ))
            }
            _ => Err(PyErr::new(
                ExcKind::TypeError,
                format!("'{}' object does not support item assignment", obj.type_name()),
            )),
        }
    }

    /// `del obj[key]`
    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Other(o) = key {
                    if let Object::Slice { start, stop, step, .. } = &**o {
                        let len = l.len();
                        let s = self.slice_indices(start, stop, step, len)?;
                        let mut idx: Vec<usize> = s.indices().collect();
                        idx.sort_unstable();
                        let mut g = l.items.lock();
                        for i in idx.into_iter().rev() {
                            if i < g.len() {
                                g.remove(i);
                            }
                        }
                        return Ok(());
                    }
                }
                let len = l.len();
                let i = self.seq_index(key, len, "list").map_err(|e| {
                    if e.matches(ExcKind::IndexError) && !long_too_big(key) {
                        PyErr::new(ExcKind::IndexError, "list assignment index out of range")
                    } else {
                        e
                    }
                })?;
                let mut g = l.items.lock();
                if i < g.len() {
                    g.remove(i);
                }
                Ok(())
            }
            Value::Dict(d) => match d.remove(self, key)? {
                Some(_) => Ok(()),
                None => Err(PyErr::with_args(ExcKind::KeyError, vec![key.clone()])),
            },
            Value::Instance(inst) => {
                if self.simple_slice(obj, inst, key, "__delslice__", None)?.is_some() {
                    return Ok(());
                }
                if self.call_dunder(obj, "__delitem__", vec![key.clone()])?.is_some() {
                    return Ok(());
                }
                if !inst.base.is_none() {
                    return self.delitem(&inst.base.clone(), key);
                }
                Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("'{}' object doesn't support item deletion", obj.type_name()),
                ))
            }
            _ => Err(PyErr::new(
                ExcKind::TypeError,
                format!("'{}' object doesn't support item deletion", obj.type_name()),
            )),
        }
    }

    /// `obj[start:stop:step]` for SliceSubscr: lists, tuples and strs with
    /// no slice object, other containers get one (`simple`: no step given).
    #[inline(never)]
    pub(crate) fn slice_subscr(
        &mut self,
        obj: &Value,
        start: Value,
        stop: Value,
        step: Value,
        simple: bool,
    ) -> PyResult {
        if let Some(v) = self.slice_of(obj, &start, &stop, &step)? {
            return Ok(v);
        }
        let key = Value::other(Object::Slice { start, stop, step, simple });
        match obj {
            Value::Dict(d) => match d.get(self, &key)? {
                Some(v) => Ok(v),
                None => Err(PyErr::with_args(ExcKind::KeyError, vec![key])),
            },
            _ => self.getitem(obj, &key),
        }
    }

    /// `obj[key] = v` past the dispatch loop's list[int] fast path.
    #[inline(never)]
    pub(crate) fn store_subscr_slow(&mut self, obj: &Value, key: Value, v: Value) -> PyResult<()> {
        if let Value::Dict(d) = obj {
            return d.set(self, key, v);
        }
        self.setitem(obj, key, v)
    }
}

/// A str value from Rust text.
pub fn s(text: &str) -> Value {
    Value::Str(Arc::new(PyStr::from_str(text)))
}
