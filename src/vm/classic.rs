//! Operator rules of 2.7's classic instances (`class C:` without new-style
//! bases): binary operators and `cmp` go through `__coerce__` first, and the
//! methods are fetched as instance attributes (the instance dict and
//! `__getattr__` count; a missing one means "not implemented").

use std::sync::atomic::Ordering;

use crate::object::exception::ExcKind;
use crate::object::{PyErr, PyResult, PyStr, Value};

use super::Vm;

/// Is `v` an instance of a classic class?
pub fn is_classic(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if i.class().classic.load(Ordering::Relaxed))
}

/// The class of `i` (not object, its hidden last base) defines `name`.
pub fn user_defines(i: &crate::object::Instance, name: &str) -> bool {
    matches!(i.class().lookup_str(name), Some(m) if !matches!(&m, Value::Builtin(b) if b.name.starts_with("object.")))
}

/// The operation to redo on the coerced operands when they stop being
/// instances (CPython's `thisfunc`).
pub type Redo<'a> = &'a dyn Fn(&mut Vm, &Value, &Value) -> PyResult;

impl Vm {
    /// `getattr(v, name)` for a classic instance, `None` when it has no such
    /// attribute. object's own slots (the hidden last base here) are absent.
    pub fn classic_attr(&mut self, v: &Value, name: &str) -> PyResult<Option<Value>> {
        let Value::Instance(i) = v else { return Ok(None) };
        let key = PyStr::from_str(name);
        if i.dict.get_str(&key).is_none() {
            match i.class().lookup(&key) {
                Some(Value::Builtin(b)) if b.name.starts_with("object.") => return Ok(None),
                Some(_) => {}
                None if i.class().lookup_str("__getattr__").is_none() => return Ok(None),
                None => {}
            }
        }
        match self.getattr(v, &key) {
            Ok(m) => Ok(Some(m)),
            Err(e) if e.matches(ExcKind::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `v.__coerce__(w)` of a classic instance: the new pair, or `None` when
    /// it has no `__coerce__` or declines (None / NotImplemented).
    fn classic_coerce(&mut self, v: &Value, w: &Value) -> PyResult<Option<(Value, Value)>> {
        let Some(f) = self.classic_attr(v, "__coerce__")? else { return Ok(None) };
        let r = self.call(&f, vec![w.clone()])?;
        if r.is_none() || super::ops::is_not_implemented(&r) {
            return Ok(None);
        }
        match &r {
            Value::Tuple(t) if t.items.len() == 2 => Ok(Some((t.items[0].clone(), t.items[1].clone()))),
            _ => Err(PyErr::new(ExcKind::TypeError, "coercion should return None or 2-tuple")),
        }
    }

    /// One side of a classic binary operator (CPython's half_binop): `None`
    /// stands for NotImplemented.
    fn classic_half(&mut self, v: &Value, w: &Value, name: &str, swapped: bool, redo: Redo) -> PyResult<Option<Value>> {
        if !is_classic(v) {
            return Ok(None);
        }
        // Coercion is asked only of an instance that has `__coerce__`.
        let (v1, w1) = match self.classic_coerce(v, w)? {
            None => (v.clone(), w.clone()),
            Some(pair) => pair,
        };
        if !is_classic(&v1) {
            // Coerced to something else: the whole operation again on it.
            self.enter_nested("")?;
            let r = if swapped { redo(self, &w1, &v1) } else { redo(self, &v1, &w1) };
            self.leave();
            return r.map(Some);
        }
        let Some(f) = self.classic_attr(&v1, name)? else { return Ok(None) };
        let r = self.call(&f, vec![w1])?;
        Ok(if super::ops::is_not_implemented(&r) { None } else { Some(r) })
    }

    /// A binary operator with a classic instance on either side; `None` when
    /// neither side implements it.
    pub fn classic_binary(
        &mut self,
        a: &Value,
        b: &Value,
        name: &str,
        rname: &str,
        redo: Redo,
    ) -> PyResult<Option<Value>> {
        if let Some(r) = self.classic_half(a, b, name, false, redo)? {
            return Ok(Some(r));
        }
        self.classic_half(b, a, rname, true, redo)
    }

    /// `cmp` with a classic instance on either side (CPython's
    /// instance_compare): coercion, then `__cmp__` of either side. `None`
    /// when neither defines it.
    pub fn classic_compare(&mut self, a: &Value, b: &Value) -> PyResult<Option<i64>> {
        let coerced = match self.classic_coerce(a, b)? {
            Some(p) => Some(p),
            None => self.classic_coerce(b, a)?.map(|(w, v)| (v, w)),
        };
        let (v, w) = match coerced {
            Some((v, w)) => {
                if !matches!(v, Value::Instance(_)) && !matches!(w, Value::Instance(_)) {
                    return self.cmp(&v, &w).map(Some);
                }
                (v, w)
            }
            None => (a.clone(), b.clone()),
        };
        if let Some(c) = self.classic_half_cmp(&v, &w)? {
            return Ok(Some(c));
        }
        Ok(self.classic_half_cmp(&w, &v)?.map(|c| -c))
    }

    fn classic_half_cmp(&mut self, v: &Value, w: &Value) -> PyResult<Option<i64>> {
        if !is_classic(v) {
            return Ok(None);
        }
        let Some(f) = self.classic_attr(v, "__cmp__")? else { return Ok(None) };
        let r = self.call(&f, vec![w.clone()])?;
        if super::ops::is_not_implemented(&r) {
            return Ok(None);
        }
        match crate::object::number::as_i64(&super::ops::unwrap_base(&r)) {
            Some(c) => Ok(Some(c.signum())),
            None => Err(PyErr::new(ExcKind::TypeError, "comparison did not return an int")),
        }
    }

    /// A rich-comparison (or other) method of either kind of instance: a
    /// classic one fetches it as an attribute.
    pub fn cmp_dunder(&mut self, v: &Value, name: &str, args: Vec<Value>) -> PyResult<Option<Value>> {
        if !is_classic(v) {
            return self.call_dunder(v, name, args);
        }
        match self.classic_attr(v, name)? {
            Some(f) => self.call(&f, args).map(Some),
            None => Ok(None),
        }
    }

    /// `divmod(a, b)` through the operands' methods (`None`: neither has one).
    pub fn divmod_dunders(&mut self, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if is_classic(a) || is_classic(b) {
            let redo = |vm: &mut Vm, x: &Value, y: &Value| {
                let f = vm.interp.builtins.get_str(&PyStr::from_str("divmod")).unwrap_or(Value::None);
                vm.call(&f, vec![x.clone(), y.clone()])
            };
            if let Some(r) = self.classic_binary(a, b, "__divmod__", "__rdivmod__", &redo)? {
                return Ok(Some(r));
            }
        }
        for (x, y, name) in [(a, b, "__divmod__"), (b, a, "__rdivmod__")] {
            if is_classic(x) {
                continue;
            }
            if let Some(r) = self.call_dunder(x, name, vec![y.clone()])? {
                if !super::ops::is_not_implemented(&r) {
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }
}
