//! Operations on values that may run Python code: truth, hashing, equality,
//! comparison, arithmetic dispatch to dunder methods, repr/str. Iteration
//! and `in` live in `iterate.rs`.
//! Attribute and item access live in `attr.rs` and `item.rs`.

use crate::object::BoolBits;
use std::cmp::Ordering;
use std::sync::Arc;

use crate::object::alloc;
use crate::object::class::{class_ref, types};
use crate::object::complex;
use crate::object::dict::fast_eq;
use crate::object::number::{self, Num};
use crate::object::unicode;
use crate::object::{ExcKind, Object, PyErr, PyResult, PyStr, Value};
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};
use crate::vm::Vm;

pub fn cmp_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

/// repr of a constant for the disassembler (no Python code runs).
pub fn const_repr(v: &Value) -> String {
    match v {
        Value::Str(s) => crate::text::str_repr(s.as_bytes()),
        Value::Tuple(t) => {
            let parts: Vec<String> = t.items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Value::None => "None".into(),
        v if unicode::is_unicode(v) => unicode::repr(unicode::as_unicode(v).map(|s| s.as_bytes()).unwrap_or_default()),
        v if number::is_number(v) => number::num_repr(v),
        v if complex::is_complex(v) => {
            complex::to_text(complex::as_complex(v).unwrap_or(complex::Complex::new(0.0, 0.0)), true)
        }
        other => format!("<{}>", other.type_name()),
    }
}

fn dunder(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::Div => ("__div__", "__rdiv__", "__idiv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
    }
}

/// The `NotImplemented` singleton.
pub fn not_implemented() -> Value {
    static NI: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    NI.get_or_init(|| Value::other(Object::Native { class: types().not_implemented.clone(), data: Box::new(()) }))
        .clone()
}

/// The `Ellipsis` singleton.
pub fn ellipsis() -> Value {
    static E: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    E.get_or_init(|| Value::other(Object::Native { class: types().ellipsis.clone(), data: Box::new(()) })).clone()
}

pub fn is_not_implemented(v: &Value) -> bool {
    v.is(&not_implemented())
}

impl Vm {
    // ----- dunder helpers -----

    /// Calls `obj.name(*args)` if the class of an instance defines `name`.
    pub fn call_dunder(&mut self, obj: &Value, name: &str, args: Vec<Value>) -> PyResult<Option<Value>> {
        let Value::Instance(i) = obj else { return Ok(None) };
        let Some(m) = i.class().lookup_str(name) else { return Ok(None) };
        // object's own slot for this name is the default behaviour; another
        // of its slots stored under this name (`__repr__ = object.__str__`) runs.
        if matches!(&m, Value::Builtin(b) if b.name.strip_prefix("object.") == Some(name))
            || crate::object::number_methods::is_number_compare_slot(&m)
        {
            return Ok(None);
        }
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(obj.clone());
        all.extend(args);
        let f = self.bind_descriptor(m, obj, &i.class())?;
        let r = match f {
            Value::Other(ref o) if matches!(&**o, Object::BoundMethod { .. }) => self.call(&f, all[1..].to_vec())?,
            _ => self.call(&f, all)?,
        };
        Ok(Some(r))
    }

    // ----- truth -----

    #[inline]
    pub fn truthy_fast(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::Bool(b) => Ok(b.get()),
            Value::Int(i) => Ok(*i != 0),
            Value::None => Ok(false),
            _ => self.truthy(v),
        }
    }

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Null | Value::None => false,
            Value::Bool(b) => b.get(),
            Value::Int(i) => *i != 0,
            Value::Float(f) => f.get() != 0.0,
            Value::Long(_) => number::is_true(v),
            Value::Str(s) => !s.is_empty(),
            Value::Tuple(t) => !t.items.is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) => !s.is_empty(),
            Value::Instance(i) => {
                if let Some(r) = self.call_dunder(v, "__nonzero__", vec![])? {
                    return match r {
                        Value::Bool(b) => Ok(b.get()),
                        Value::Int(i) => Ok(i != 0),
                        other => Err(PyErr::new(
                            ExcKind::TypeError,
                            format!("__nonzero__ should return bool or int, returned {}", other.type_name()),
                        )),
                    };
                }
                if let Some(r) = self.call_dunder(v, "__len__", vec![])? {
                    return Ok(self.len_result(r)? != 0);
                }
                if !i.base.is_none() {
                    return self.truthy(&i.base.clone());
                }
                true
            }
            Value::Other(o) => match &**o {
                Object::XRange { start, stop, step } => crate::modules::builtins::range_len(*start, *stop, *step) > 0,
                Object::Complex(c) => !c.is_zero(),
                Object::Unicode(s) => !s.is_empty(),
                _ => true,
            },
            _ => true,
        })
    }

    /// Checks the result of `__len__`.
    pub fn len_result(&mut self, r: Value) -> PyResult<i64> {
        // CPython converts the result with PyInt_AsSsize_t: longs that fit,
        // floats truncated, anything with __long__/__int__.
        let n = match r {
            Value::Int(n) => n,
            Value::Bool(b) => b.get() as i64,
            Value::Long(b) => num_traits::ToPrimitive::to_i64(&*b)
                .ok_or_else(|| PyErr::new(ExcKind::OverflowError, "long int too large to convert to int"))?,
            Value::Float(f) => {
                let f = f.get();
                if f.is_nan() {
                    return Err(PyErr::new(ExcKind::ValueError, "cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(PyErr::new(ExcKind::OverflowError, "cannot convert float infinity to integer"));
                }
                if f.trunc().abs() >= i64::MAX as f64 {
                    return Err(PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C long"));
                }
                f.trunc() as i64
            }
            Value::Instance(_) => {
                let converted = match self.call_dunder(&r, "__long__", vec![])? {
                    Some(v) => Some(v),
                    None => self.call_dunder(&r, "__int__", vec![])?,
                };
                match converted {
                    Some(v @ (Value::Int(_) | Value::Long(_) | Value::Bool(_))) => return self.len_result(v),
                    _ => return Err(PyErr::new(ExcKind::TypeError, "an integer is required")),
                }
            }
            _ => return Err(PyErr::new(ExcKind::TypeError, "an integer is required")),
        };
        if n < 0 {
            return Err(PyErr::new(ExcKind::ValueError, "__len__() should return >= 0"));
        }
        Ok(n)
    }

    /// `len(v)`
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.len(),
            Value::Tuple(t) => t.items.len(),
            Value::List(l) => l.len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) => s.len(),
            Value::Instance(i) => {
                if let Some(r) = self.call_dunder(v, "__len__", vec![])? {
                    return Ok(self.len_result(r)? as usize);
                }
                if !i.base.is_none() {
                    return self.len(&i.base.clone());
                }
                if i.class().classic.load(std::sync::atomic::Ordering::Relaxed) {
                    // A classic instance asks itself (its dict, __getattr__):
                    // AttributeError when it has no __len__.
                    let f = self.getattr(v, &crate::object::PyStr::from_str("__len__"))?;
                    let r = self.call(&f, vec![])?;
                    return Ok(self.len_result(r)? as usize);
                }
                return Err(PyErr::new(ExcKind::TypeError, format!("object of type '{}' has no len()", v.type_name())));
            }
            Value::Other(o) => match &**o {
                Object::XRange { start, stop, step } => {
                    crate::modules::builtins::range_len(*start, *stop, *step) as usize
                }
                Object::Unicode(s) => unicode::char_len(s.as_bytes()),
                _ => {
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        format!("object of type '{}' has no len()", v.type_name()),
                    ))
                }
            },
            _ => {
                return Err(PyErr::new(ExcKind::TypeError, format!("object of type '{}' has no len()", v.type_name())))
            }
        })
    }

    // ----- hashing and equality -----

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::Str(s) => s.hash(),
            Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::Long(_) => number::num_hash(v),
            Value::None => 0x5f5f_4e6f,
            Value::Tuple(t) => {
                self.check_stack()?;
                let mut x: i64 = 0x345678;
                let mut mult: i64 = 1000003;
                let n = t.items.len() as i64;
                for (i, item) in t.items.iter().enumerate() {
                    let y = self.hash(item)?;
                    x = (x ^ y).wrapping_mul(mult);
                    mult = mult.wrapping_add(82520 + 2 * (n - 1 - i as i64));
                }
                x = x.wrapping_add(97531);
                if x == -1 {
                    -2
                } else {
                    x
                }
            }
            Value::List(_) | Value::Dict(_) => {
                return Err(PyErr::new(ExcKind::TypeError, format!("unhashable type: '{}'", v.type_name())))
            }
            Value::Set(s) => {
                if !s.frozen {
                    return Err(PyErr::new(ExcKind::TypeError, "unhashable type: 'set'"));
                }
                // 2.7's frozenset hash: order-independent, scaled by size.
                let hashes = s.dict.key_hashes();
                let mut h: i64 = 1927868237i64.wrapping_mul(hashes.len() as i64 + 1);
                for y in hashes {
                    h ^= (y ^ (y << 16) ^ 89869747).wrapping_mul(3644798167);
                }
                h = h.wrapping_mul(69069).wrapping_add(907133923);
                if h == -1 {
                    590923713
                } else {
                    h
                }
            }
            Value::Instance(i) => {
                if let Some(m) = i.class().lookup_str("__hash__") {
                    if m.is_none() {
                        return Err(PyErr::new(ExcKind::TypeError, format!("unhashable type: '{}'", v.type_name())));
                    }
                    let inherited = matches!(&m, Value::Builtin(b) if b.name.starts_with("object."));
                    // bytearray itself refuses hashing without showing a
                    // `__hash__` (its subclasses inherit object's, as 2.7's).
                    if inherited && Arc::ptr_eq(&i.class(), &crate::object::class::types().bytearray) {
                        return Err(PyErr::new(ExcKind::TypeError, format!("unhashable type: '{}'", v.type_name())));
                    }
                    if !inherited {
                        let r = self.call_dunder(v, "__hash__", vec![])?.unwrap_or(Value::Int(0));
                        // A subclass of int or long counts as its value.
                        let r = unwrap_base(&r);
                        return match number::as_i64(&r) {
                            Some(h) => Ok(if h == -1 { -2 } else { h }),
                            None => match &r {
                                Value::Long(_) => Ok(number::num_hash(&r)),
                                _ => Err(PyErr::new(ExcKind::TypeError, "an integer is required")),
                            },
                        };
                    }
                }
                // Python 2 keeps identity hashing for new-style classes that
                // compare; a classic one that compares is unhashable.
                if i.class().classic.load(std::sync::atomic::Ordering::Relaxed)
                    && (super::classic::user_defines(i, "__eq__") || super::classic::user_defines(i, "__cmp__"))
                {
                    return Err(PyErr::new(ExcKind::TypeError, "unhashable instance"));
                }
                v.id() >> 4
            }
            Value::Other(o) if matches!(&**o, Object::Slice { .. }) => {
                return Err(PyErr::new(ExcKind::TypeError, "unhashable type"));
            }
            Value::Other(o) if matches!(&**o, Object::Unicode(_)) => {
                unicode::as_unicode(v).map(|s| unicode::hash(s)).unwrap_or(0)
            }
            Value::Other(o) if matches!(&**o, Object::Complex(_)) => {
                complex::hash(complex::as_complex(v).unwrap_or(complex::Complex::new(0.0, 0.0)))
            }
            // Code objects are equal by contents (2.7's code_richcompare):
            // hash the scalar fields of that identity.
            Value::Other(o) if matches!(&**o, Object::Code(_)) => match &**o {
                Object::Code(c) => {
                    let mut h: i64 = 0x345678;
                    for f in crate::compile::code_attrs::identity(c).iter().take(5) {
                        h = (h ^ self.hash(f)?).wrapping_mul(1000003);
                    }
                    h
                }
                _ => 0,
            },
            _ if crate::modules::descr::method_parts(v).is_some() => crate::modules::descr::method_hash(self, v)?,
            _ => v.id() >> 4,
        })
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(CmpOp::Eq, a, b)?;
        self.truthy(&r)
    }

    // ----- comparison -----

    /// `a op b` for every comparison operator.
    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult {
        match op {
            CmpOp::Is => return Ok(Value::bool(a.is(b))),
            CmpOp::IsNot => return Ok(Value::bool(!a.is(b))),
            CmpOp::In => return Ok(Value::bool(self.contains(b, a)?)),
            CmpOp::NotIn => return Ok(Value::Bool(!BoolBits::new(self.contains(b, a)?))),
            _ => {}
        }
        self.rich_compare(op, a, b)
    }

    /// Comparisons of nested containers count toward the recursion limit,
    /// as calls do (CPython's Py_EnterRecursiveCall(" in cmp")).
    fn rich_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult {
        self.enter_nested(" in cmp")?;
        let r = self.rich_compare_inner(op, a, b);
        self.leave();
        r
    }

    fn rich_compare_inner(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult {
        if let Some(r) = self.meta_compare(op, a, b)? {
            return Ok(r);
        }
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            let (name, reflected) = cmp_dunder_names(op);
            // A right operand of a derived class is asked first (try_rich_compare).
            let swapped = right_subclass_first(a, b, reflected, false);
            if swapped {
                if let Some(r) = self.cmp_dunder(b, reflected, vec![a.clone()])? {
                    if !is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
            }
            if let Some(r) = self.cmp_dunder(a, name, vec![b.clone()])? {
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
            if !swapped {
                if let Some(r) = self.cmp_dunder(b, reflected, vec![a.clone()])? {
                    if !is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
            }
            if super::classic::is_classic(a) || super::classic::is_classic(b) {
                if let Some(c) = self.classic_compare(a, b)? {
                    return Ok(Value::bool(ord_matches(op, c.cmp(&0))));
                }
            }
            if let Some(c) = self.try_cmp_dunder(a, b)? {
                return Ok(Value::bool(ord_matches(op, c.cmp(&0))));
            }
            // Subclasses of built-in types compare by their value.
            let (ua, ub) = (unwrap_base(a), unwrap_base(b));
            if !ua.is(a) || !ub.is(b) {
                return self.rich_compare(op, &ua, &ub);
            }
        }
        let ord = self.compare_order(a, b, op)?;
        Ok(Value::Bool(match ord {
            Some(o) => BoolBits::new(ord_matches(op, o)),
            None => BoolBits::new(op == CmpOp::NotEq),
        }))
    }

    /// Classes whose metaclass (written in Python) defines the comparison
    /// method compare through it, as instances do through their class.
    fn meta_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if !matches!(a, Value::Class(_)) && !matches!(b, Value::Class(_)) {
            return Ok(None);
        }
        let (name, reflected) = cmp_dunder_names(op);
        for (x, y, n) in [(a, b, name), (b, a, reflected)] {
            let Value::Class(c) = x else { continue };
            let Some(meta) = &c.meta else { continue };
            let Some(m) = meta.lookup_str(n) else { continue };
            if !matches!(m, Value::Func(_)) {
                continue;
            }
            let f = self.bind_descriptor(m, x, meta)?;
            let r = self.call(&f, vec![y.clone()])?;
            if !is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// `__cmp__` of either side, as -1/0/1.
    fn try_cmp_dunder(&mut self, a: &Value, b: &Value) -> PyResult<Option<i64>> {
        if let Some(r) = self.call_dunder(a, "__cmp__", vec![b.clone()])? {
            if !is_not_implemented(&r) {
                return Ok(Some(number::as_i64(&r).unwrap_or(0).signum()));
            }
        }
        if let Some(r) = self.call_dunder(b, "__cmp__", vec![a.clone()])? {
            if !is_not_implemented(&r) {
                return Ok(Some(-number::as_i64(&r).unwrap_or(0).signum()));
            }
        }
        Ok(None)
    }

    /// The ordering of two values without dunder methods (built-in types and
    /// Python 2's arbitrary but consistent order across types). `None` for NaN.
    fn compare_order(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Ordering>> {
        if number::is_number(a) && number::is_number(b) {
            return Ok(number::num_cmp(a, b));
        }
        match (a, b) {
            (Value::Str(x), Value::Str(y)) => Ok(Some(x.as_bytes().cmp(y.as_bytes()))),
            (Value::Tuple(x), Value::Tuple(y)) => {
                let (x, y) = (x.items.to_vec(), y.items.to_vec());
                self.seq_order(&x, &y, op)
            }
            (Value::List(x), Value::List(y)) => {
                let (x, y) = (x.snapshot(), y.snapshot());
                // Lists of different lengths differ before any item is
                // compared (2.7's shortcut; tuples have none).
                if x.len() != y.len() && matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                    return Ok(Some(Ordering::Less));
                }
                self.seq_order(&x, &y, op)
            }
            (Value::Dict(x), Value::Dict(y)) => {
                if matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                    if x.len() != y.len() {
                        return Ok(Some(Ordering::Less));
                    }
                    for (k, v) in x.items() {
                        match y.get(self, &k)? {
                            Some(w) if self.eq(&v, &w)? => {}
                            _ => return Ok(Some(Ordering::Less)),
                        }
                    }
                    return Ok(Some(Ordering::Equal));
                }
                let (x, y) = (x.clone(), y.clone());
                Ok(Some(crate::object::dict_methods::dict_order(self, &x, &y)?))
            }
            (Value::Set(x), Value::Set(y)) => {
                // Stored hashes: no item is hashed again (as 2.7).
                let (xs, ys) = (x.items_hashed(), y.items_hashed());
                let mut x_in_y = true;
                for (h, i) in &xs {
                    if !y.contains_hashed(self, *h, i)? {
                        x_in_y = false;
                        break;
                    }
                }
                let mut y_in_x = true;
                for (h, i) in &ys {
                    if !x.contains_hashed(self, *h, i)? {
                        y_in_x = false;
                        break;
                    }
                }
                // Sets are partially ordered by inclusion.
                Ok(match (x_in_y, y_in_x) {
                    (true, true) => Some(Ordering::Equal),
                    (true, false) => Some(Ordering::Less),
                    (false, true) => Some(Ordering::Greater),
                    (false, false) => {
                        return Ok(if op == CmpOp::NotEq { Some(Ordering::Less) } else { None });
                    }
                })
            }
            (Value::Other(x), Value::Other(y))
                if matches!((&**x, &**y), (Object::Slice { .. }, Object::Slice { .. })) =>
            {
                let (
                    Object::Slice { start: a1, stop: b1, step: c1, .. },
                    Object::Slice { start: a2, stop: b2, step: c2, .. },
                ) = (&**x, &**y)
                else {
                    return Ok(Some(Ordering::Less));
                };
                let (p, q) = (vec![a1.clone(), b1.clone(), c1.clone()], vec![a2.clone(), b2.clone(), c2.clone()]);
                self.seq_order(&p, &q, op)
            }
            _ if crate::modules::descr::method_parts(a).is_some()
                && crate::modules::descr::method_parts(b).is_some() =>
            {
                Ok(Some(if crate::modules::descr::methods_equal(self, a, b)? {
                    Ordering::Equal
                } else {
                    default_order(a, b)
                }))
            }
            // Code objects compare by their contents, as 2.7's do.
            (Value::Other(x), Value::Other(y)) if matches!((&**x, &**y), (Object::Code(_), Object::Code(_))) => {
                let (Object::Code(p), Object::Code(q)) = (&**x, &**y) else {
                    return Ok(Some(Ordering::Less));
                };
                let (p, q) = (crate::compile::code_attrs::identity(p), crate::compile::code_attrs::identity(q));
                self.seq_order(&p, &q, op)
            }
            // Closure cells order by what they hold, an empty one first
            // (2.7's cell_compare).
            (Value::Other(x), Value::Other(y)) if matches!((&**x, &**y), (Object::Cell(_), Object::Cell(_))) => {
                let (Object::Cell(p), Object::Cell(q)) = (&**x, &**y) else {
                    return Ok(Some(Ordering::Less));
                };
                // One lock at a time: both sides may be the same cell.
                let p = p.lock().clone();
                let q = q.lock().clone();
                Ok(Some(match (p.is_null(), q.is_null()) {
                    (true, true) => Ordering::Equal,
                    (true, false) => Ordering::Less,
                    (false, true) => Ordering::Greater,
                    (false, false) => self.cmp(&p, &q)?.cmp(&0),
                }))
            }
            // `A.f == A.f`: each access makes a new unbound method object;
            // 2.7 compares only the functions (not the classes).
            (Value::Other(x), Value::Other(y))
                if matches!((&**x, &**y), (Object::UnboundMethod { .. }, Object::UnboundMethod { .. })) =>
            {
                let (Object::UnboundMethod { func: f1, .. }, Object::UnboundMethod { func: f2, .. }) = (&**x, &**y)
                else {
                    return Ok(Some(Ordering::Less));
                };
                Ok(Some(if f1.is(f2) { Ordering::Equal } else { default_order(a, b) }))
            }
            _ if unicode::is_unicode(a) || unicode::is_unicode(b) => match unicode::compare(op, a, b)? {
                Some(o) => Ok(Some(o)),
                None if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
                    let text = |v: &Value| unicode::is_unicode(v) || matches!(v, Value::Str(_));
                    if text(a) && text(b) {
                        // A str that is not ASCII: 2.7 warns and answers "unequal".
                        let word = if op == CmpOp::Eq { "equal" } else { "unequal" };
                        let msg = format!(
                            "Unicode {} comparison failed to convert both arguments to Unicode - \
                             interpreting them as being unequal",
                            word
                        );
                        crate::modules::py3k::warn_as(self, &msg, ExcKind::UnicodeWarning)?;
                    }
                    Ok(Some(Ordering::Less))
                }
                None => Ok(Some(default_order(a, b))),
            },
            _ => {
                if let Some(eq) = complex::compare(op, a, b)? {
                    return Ok(Some(if eq == (op == CmpOp::Eq) { Ordering::Equal } else { Ordering::Less }));
                }
                if a.is(b) {
                    return Ok(Some(Ordering::Equal));
                }
                if matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                    return Ok(Some(Ordering::Less));
                }
                Ok(Some(default_order(a, b)))
            }
        }
    }

    /// Item by item; a nest of sequences counts one recursion level per
    /// level (in `rich_compare`), as CPython's, so `[[[...]]] == [[[...]]]`
    /// goes ~1,000 deep before RuntimeError.
    fn seq_order(&mut self, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<Option<Ordering>> {
        for (p, q) in x.iter().zip(y.iter()) {
            // Items that are the same object are equal (PyObject_RichCompareBool).
            if !p.is(q) && !self.eq(p, q)? {
                if matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                    return Ok(Some(Ordering::Less));
                }
                let lt = self.compare(CmpOp::Lt, p, q)?;
                if self.truthy(&lt)? {
                    return Ok(Some(Ordering::Less));
                }
                let gt = self.compare(CmpOp::Gt, p, q)?;
                return Ok(Some(if self.truthy(&gt)? { Ordering::Greater } else { Ordering::Equal }));
            }
        }
        Ok(Some(x.len().cmp(&y.len())))
    }

    /// `a < b` as a bool (sorting, min, max).
    pub fn lt(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x < y),
            (Value::Str(x), Value::Str(y)) => Ok(x.as_bytes() < y.as_bytes()),
            _ => {
                let r = self.compare(CmpOp::Lt, a, b)?;
                self.truthy(&r)
            }
        }
    }

    /// `cmp(a, b)`
    pub fn cmp(&mut self, a: &Value, b: &Value) -> PyResult<i64> {
        // An object equals itself before any method is asked (so a NaN too).
        if a.is(b) {
            return Ok(0);
        }
        if super::classic::is_classic(a) || super::classic::is_classic(b) {
            if let Some(c) = self.classic_compare(a, b)? {
                return Ok(c);
            }
        }
        if let Some(c) = self.try_cmp_dunder(a, b)? {
            return Ok(c);
        }
        if self.eq(a, b)? {
            return Ok(0);
        }
        if self.lt(a, b)? {
            return Ok(-1);
        }
        Ok(1)
    }

    /// Sorts with Python's `<` (stable; tolerant of inconsistent comparisons).
    pub fn sort_values(&mut self, items: &mut [Value]) -> PyResult<()> {
        if items.iter().all(|v| matches!(v, Value::Int(_))) {
            items.sort_by_key(|v| number::as_i64(v).unwrap_or(0));
            return Ok(());
        }
        if items.iter().all(|v| matches!(v, Value::Str(_))) {
            items.sort_by(|a, b| a.as_str().map(|s| s.as_bytes()).cmp(&b.as_str().map(|s| s.as_bytes())));
            return Ok(());
        }
        crate::object::list::merge_sort(items, &mut |a, b| self.lt(a, b))
    }

    // ----- arithmetic -----

    /// `a op b`
    pub fn binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult {
        if op == BinOp::Div && crate::modules::py3k::division_warning() {
            crate::modules::py3k::warn_division(self, a, b)?;
        }
        if let Some(r) = number::binop(op, a, b) {
            return r;
        }
        if let Some(r) = self.builtin_binary(op, a, b)? {
            return Ok(r);
        }
        let (name, rname, _) = dunder(op);
        let classic = super::classic::is_classic(a) || super::classic::is_classic(b);
        if classic {
            let redo = move |vm: &mut Vm, x: &Value, y: &Value| vm.binary(op, x, y);
            if let Some(r) = self.classic_binary(a, b, name, rname, &redo)? {
                return Ok(r);
            }
        }
        // A classic operand has had its turn above.
        let a_inst = matches!(a, Value::Instance(_)) && !super::classic::is_classic(a);
        let b_inst = matches!(b, Value::Instance(_)) && !super::classic::is_classic(b);
        // A right operand whose class derives from the left's and overrides the
        // reflected method goes first (CPython's SLOT1BINFULL).
        let mut reflected_tried = false;
        if a_inst && b_inst && right_subclass_first(a, b, rname, true) {
            reflected_tried = true;
            if let Some(r) = self.call_dunder(b, rname, vec![a.clone()])? {
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if a_inst {
            if let Some(r) = self.call_dunder(a, name, vec![b.clone()])? {
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        // The reflected method is only tried for operands of different types.
        if b_inst && !reflected_tried && !(matches!(a, Value::Instance(_)) && Arc::ptr_eq(&class_ref(a), &class_ref(b)))
        {
            if let Some(r) = self.call_dunder(b, rname, vec![a.clone()])? {
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if (a_inst || b_inst) && !classic {
            // Subclasses of built-in types: the built-in operation on their
            // values; the error still names the subclasses.
            let (ua, ub) = (unwrap_base(a), unwrap_base(b));
            if !ua.is(a) || !ub.is(b) {
                if let Some(r) = number::binop(op, &ua, &ub) {
                    return r;
                }
                if let Some(r) = self.builtin_binary(op, &ua, &ub)? {
                    return Ok(r);
                }
            }
        }
        if op == BinOp::Mul {
            if let Some(r) = self.repeat_by_index(a, b)? {
                return Ok(r);
            }
        }
        let msg = match (op, a, b) {
            (BinOp::Add, _, _) if unicode::is_unicode(a) => {
                format!("coercing to Unicode: need string or buffer, {} found", b.type_name())
            }
            (BinOp::Add, Value::Str(_), _) => format!("cannot concatenate 'str' and '{}' objects", b.type_name()),
            (BinOp::Add, Value::List(_), _) => format!("can only concatenate list (not \"{}\") to list", b.type_name()),
            (BinOp::Add, Value::Tuple(_), _) => {
                format!("can only concatenate tuple (not \"{}\") to tuple", b.type_name())
            }
            (BinOp::Mul, _, _) if unicode::is_unicode(a) || unicode::is_unicode(b) => {
                let other = if unicode::is_unicode(a) { b } else { a };
                format!("can't multiply sequence by non-int of type '{}'", other.type_name())
            }
            (BinOp::Mul, Value::Str(_) | Value::List(_) | Value::Tuple(_), _) => {
                format!("can't multiply sequence by non-int of type '{}'", b.type_name())
            }
            (BinOp::Mul, _, Value::Str(_) | Value::List(_) | Value::Tuple(_)) => {
                format!("can't multiply sequence by non-int of type '{}'", a.type_name())
            }
            _ => format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                number::op_symbol(op),
                a.type_name(),
                b.type_name()
            ),
        };
        Err(PyErr::new(ExcKind::TypeError, msg))
    }

    /// Sequence and set operators of the built-in types.
    fn builtin_binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        Ok(Some(match (op, a, b) {
            (BinOp::Add, Value::Str(x), Value::Str(y)) => {
                let mut v = alloc::with_capacity(x.len() + y.len())?;
                v.extend_from_slice(x.as_bytes());
                v.extend_from_slice(y.as_bytes());
                Value::bytes(v)
            }
            (BinOp::Add, Value::List(x), Value::List(y)) => {
                let mut v = x.snapshot();
                let y = y.snapshot();
                alloc::reserve(&mut v, y.len())?;
                v.extend(y);
                Value::list(v)
            }
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
                let mut v = alloc::with_capacity(x.items.len() + y.items.len())?;
                v.extend(x.items.iter().cloned());
                v.extend(y.items.iter().cloned());
                Value::tuple(v)
            }
            (BinOp::Mul, Value::Str(_) | Value::List(_) | Value::Tuple(_), n)
                if matches!(n, Value::Int(_) | Value::Bool(_) | Value::Long(_)) =>
            {
                self.repeat(a, n)?
            }
            (BinOp::Mul, n, Value::Str(_) | Value::List(_) | Value::Tuple(_))
                if matches!(n, Value::Int(_) | Value::Bool(_) | Value::Long(_)) =>
            {
                self.repeat(b, n)?
            }
            // A right operand's __rmod__ goes first only for str subclasses
            // (CPython's rule for reflected operands of a derived type).
            (BinOp::Add, _, _) if unicode::is_unicode(a) || unicode::is_unicode(b) => {
                match (unicode::text_of(a)?, unicode::text_of(b)?) {
                    (Some(x), Some(y)) => {
                        let mut v = alloc::with_capacity(x.len() + y.len())?;
                        v.extend_from_slice(x.as_bytes());
                        v.extend_from_slice(y.as_bytes());
                        unicode::from_utf8(v)
                    }
                    _ => return Ok(None),
                }
            }
            (BinOp::Mul, _, _) if unicode::is_unicode(a) || unicode::is_unicode(b) => {
                let (u, n) = if unicode::is_unicode(a) { (a, b) } else { (b, a) };
                if !matches!(n, Value::Int(_) | Value::Bool(_) | Value::Long(_)) {
                    return Ok(None);
                }
                self.repeat(u, n)?
            }
            (BinOp::Mod, _, args) if unicode::is_unicode(a) => {
                let f = unicode::as_unicode(a).map(|s| s.as_bytes().to_vec()).unwrap_or_default();
                crate::object::unicode_methods::percent(self, &f, args)?
            }
            (BinOp::Mod, Value::Str(f), args)
                if !matches!(args, Value::Instance(i)
                    if i.class().defines_in_python("__rmod__") && i.class().is_subclass(&types().str_)) =>
            {
                crate::object::str_methods::percent_format(self, f.as_bytes(), args)?
            }
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Value::Set(x), Value::Set(y)) => {
                crate::object::set_methods::set_op(self, op, x, y)?
            }
            _ => match complex::binary(op, a, b) {
                Some(r) => r?,
                None => return Ok(None),
            },
        }))
    }

    /// `seq * n` for str, list and tuple. The size is checked before anything
    /// is allocated: CPython raises OverflowError for a str whose length
    /// overflows and MemoryError for a list or tuple.
    fn repeat(&mut self, seq: &Value, n: &Value) -> PyResult {
        let n = match n {
            Value::Long(_) => match number::as_i64(n) {
                Some(i) => i,
                None => {
                    return Err(PyErr::new(ExcKind::OverflowError, "cannot fit 'long' into an index-sized integer"))
                }
            },
            _ => self.index_value(n)?.unwrap_or(0),
        };
        let n = n.max(0) as usize;
        if let Some(u) = unicode::as_unicode(seq) {
            if n == 1 {
                return Ok(seq.clone());
            }
            return match self.repeat(&Value::Str(u.clone()), &Value::Int(n as i64))? {
                Value::Str(s) => Ok(unicode::from_utf8(s.as_bytes().to_vec())),
                other => Ok(other),
            };
        }
        Ok(match seq {
            // Immutable sequences repeated once are themselves (as CPython).
            Value::Str(_) | Value::Tuple(_) if n == 1 => seq.clone(),
            Value::Str(s) => {
                let total = s.len().checked_mul(n).filter(|&t| t < isize::MAX as usize);
                let Some(total) = total else {
                    return Err(PyErr::new(ExcKind::OverflowError, "repeated string is too long"));
                };
                let mut v: Vec<u8> = Vec::new();
                if total == 0 {
                    return Ok(Value::bytes(v));
                }
                if total > 1 << 32 || v.try_reserve_exact(total).is_err() {
                    return Err(crate::object::alloc::memory_error());
                }
                v.extend_from_slice(s.as_bytes());
                crate::object::alloc::fill_by_doubling(&mut v, total);
                Value::bytes(v)
            }
            Value::List(l) => Value::list(crate::object::list_methods::repeated(&l.snapshot(), n as i64)?),
            Value::Tuple(t) => Value::tuple(crate::object::list_methods::repeated(&t.items, n as i64)?),
            _ => Value::None,
        })
    }

    /// `seq * x` or `x * seq` where x is an instance with `__index__` (tried
    /// after the operands' own methods, as CPython's sq_repeat).
    fn repeat_by_index(&mut self, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let is_seq =
            |v: &Value| matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_)) || unicode::is_unicode(v);
        let has_index = |v: &Value| matches!(v, Value::Instance(i) if i.class().lookup_str("__index__").is_some());
        if is_seq(a) && has_index(b) {
            return Ok(Some(self.repeat(a, b)?));
        }
        if has_index(a) && is_seq(b) {
            return Ok(Some(self.repeat(b, a)?));
        }
        Ok(None)
    }

    /// `a / b` under `from __future__ import division`.
    pub fn true_divide(&mut self, a: &Value, b: &Value) -> PyResult {
        if let (Some(x), Some(y)) = (Num::of(a), Num::of(b)) {
            if let (Num::Long(_), Num::Int(_) | Num::Long(_)) | (Num::Int(_), Num::Long(_)) = (&x, &y) {
                // Exact for longs too big for a float (Fraction's __float__).
                return crate::object::number::long_true_div(&x, &y).map(Value::float);
            }
            let (x, y) = (x.to_f64()?, y.to_f64()?);
            if y == 0.0 {
                let msg = if matches!((a, b), (Value::Float(_), _) | (_, Value::Float(_))) {
                    "float division by zero"
                } else {
                    "division by zero"
                };
                return Err(PyErr::new(ExcKind::ZeroDivisionError, msg));
            }
            return Ok(Value::float(x / y));
        }
        if let Some(r) = self.call_dunder(a, "__truediv__", vec![b.clone()])? {
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if let Some(r) = self.call_dunder(b, "__rtruediv__", vec![a.clone()])? {
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        self.binary(BinOp::Div, a, b)
    }

    /// `a op= b`
    pub fn inplace(&mut self, op: BinOp, a: Value, b: &Value) -> PyResult {
        match (&a, op) {
            (Value::List(l), BinOp::Add) => {
                if let Value::List(m) = b {
                    if Arc::ptr_eq(l, m) {
                        // `x += x`: grown in place, no copy of x first.
                        let mut g = l.items.lock();
                        let n = g.len();
                        alloc::reserve(&mut g, n)?;
                        g.extend_from_within(..n);
                        drop(g);
                        return Ok(a);
                    }
                }
                let items = self.to_vec(b)?;
                let mut g = l.items.lock();
                alloc::reserve(&mut g, items.len())?;
                g.extend(items);
                drop(g);
                return Ok(a);
            }
            (Value::List(l), BinOp::Mul)
                if match b {
                    Value::Int(_) | Value::Bool(_) | Value::Long(_) => true,
                    Value::Instance(i) => {
                        i.class().lookup_str("__index__").is_some() && i.class().lookup_str("__rmul__").is_none()
                    }
                    _ => false,
                } =>
            {
                // The size is checked before anything is allocated or changed
                // (MemoryError, as CPython).
                let n = crate::object::list_methods::repeat_count(self, b)?;
                let v = crate::object::list_methods::repeated(&l.snapshot(), n)?;
                let old = std::mem::replace(&mut *l.items.lock(), v);
                drop(old);
                return Ok(a);
            }
            (Value::Set(s), BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor) if !s.frozen => {
                if let Value::Set(other) = b {
                    crate::object::set_methods::inplace_op(self, op, s, other, b)?;
                    return Ok(a);
                }
            }
            (Value::Instance(_), _) => {
                let (_, _, iname) = dunder(op);
                if let Some(r) = self.call_dunder(&a, iname, vec![b.clone()])? {
                    if !is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
            }
            _ => {}
        }
        match self.binary(op, &a, b) {
            Err(e) if op != BinOp::Pow && e.matches(ExcKind::TypeError) => Err(inplace_error(e, op)),
            r => r,
        }
    }

    pub fn unary(&mut self, op: UnaryOp, v: &Value) -> PyResult {
        if op == UnaryOp::Not {
            return Ok(Value::Bool(!BoolBits::new(self.truthy(v)?)));
        }
        let r = match op {
            UnaryOp::Neg => number::neg(v),
            UnaryOp::Invert => number::invert(v),
            _ => match v {
                Value::Bool(b) => Some(Ok(Value::Int(b.get() as i64))),
                _ if number::is_number(v) => Some(Ok(v.clone())),
                _ => None,
            },
        };
        if let Some(r) = r {
            return r;
        }
        if let Some(c) = complex::as_complex(v) {
            match op {
                UnaryOp::Neg => return Ok(Value::complex(-c.re, -c.im)),
                UnaryOp::Pos => return Ok(v.clone()),
                _ => {}
            }
        }
        let (name, sym) = match op {
            UnaryOp::Neg => ("__neg__", "unary -"),
            UnaryOp::Invert => ("__invert__", "unary ~"),
            _ => ("__pos__", "unary +"),
        };
        if super::classic::is_classic(v) {
            // A classic instance just asks itself (AttributeError when absent).
            let f = self.getattr(v, &PyStr::from_str(name))?;
            return self.call(&f, vec![]);
        }
        if let Some(r) = self.call_dunder(v, name, vec![])? {
            return Ok(r);
        }
        Err(PyErr::new(ExcKind::TypeError, format!("bad operand type for {}: '{}'", sym, v.type_name())))
    }

    // ----- repr and str -----

    /// `repr(v)`
    pub fn repr(&mut self, v: &Value) -> PyResult<Arc<PyStr>> {
        if let Value::Str(_) | Value::Int(_) | Value::None = v {
            return self.repr_inner(v);
        }
        // Nested containers count toward the recursion limit, as calls do.
        self.enter_nested(" while getting the repr of an object")?;
        let r = self.repr_inner(v);
        self.leave();
        r
    }

    fn repr_inner(&mut self, v: &Value) -> PyResult<Arc<PyStr>> {
        let s: String = match v {
            Value::Str(s) => crate::text::str_repr(s.as_bytes()),
            Value::None | Value::Null => "None".into(),
            Value::Bool(_) | Value::Int(_) | Value::Long(_) | Value::Float(_) => number::num_repr(v),
            Value::Tuple(t) => {
                if t.items.is_empty() {
                    "()".into()
                } else {
                    let r = self.join_reprs(&t.items)?;
                    if t.items.len() == 1 {
                        format!("({},)", r)
                    } else {
                        format!("({})", r)
                    }
                }
            }
            Value::List(l) => {
                let key = v.id() as usize;
                if self.repr_guard_enter(key) {
                    return Ok(Arc::new(PyStr::from_str("[...]")));
                }
                let r = self.list_repr(l);
                self.repr_guard_leave(key);
                format!("[{}]", r?)
            }
            Value::Dict(d) => {
                let key = v.id() as usize;
                if self.repr_guard_enter(key) {
                    return Ok(Arc::new(PyStr::from_str("{...}")));
                }
                let r = self.dict_repr(d);
                self.repr_guard_leave(key);
                r?
            }
            Value::Set(s) => {
                let name = if s.frozen { "frozenset" } else { "set" };
                let key = v.id() as usize;
                if self.repr_guard_enter(key) {
                    return Ok(Arc::new(PyStr::from(format!("{}(...)", name))));
                }
                let r = self.join_reprs(&s.items());
                self.repr_guard_leave(key);
                format!("{}([{}])", name, r?)
            }
            Value::Other(o) if matches!(&**o, Object::BoundMethod { .. }) => {
                let Object::BoundMethod { func, self_ } = &**o else { unreachable!("matched above") };
                if let Value::Builtin(b) = func {
                    if let Some(r) = b.bound_repr(&self_.type_name(), self_.id()) {
                        return Ok(Arc::new(PyStr::from(r)));
                    }
                }
                let fname = match func {
                    Value::Func(f) => f.name.lock().to_string_lossy(),
                    Value::Builtin(b) => b.name.rsplit('.').next().unwrap_or(b.name).to_string(),
                    _ => "?".into(),
                };
                // CPython names im_class: type(self), so a classmethod bound
                // to a class shows its metaclass (`type.cm`).
                let cls = class_ref(self_).name();
                let who = self.repr(self_)?;
                format!("<bound method {}.{} of {}>", cls, fname, who.as_str())
            }
            Value::Other(o) if matches!(&**o, Object::Complex(_)) => {
                complex::to_text(complex::as_complex(v).unwrap_or(complex::Complex::new(0.0, 0.0)), true)
            }
            Value::Other(o) if matches!(&**o, Object::Unicode(_)) => {
                unicode::repr(unicode::as_unicode(v).map(|s| s.as_bytes()).unwrap_or_default())
            }
            // Native types of descr.rs (member, getset) have their own repr.
            Value::Other(o) if matches!(&**o, Object::Native { class, .. } if class.dict.get_str(&PyStr::from_str("__repr__")).is_some()) =>
            {
                let Object::Native { class, .. } = &**o else { unreachable!("matched above") };
                let f = class.dict.get_str(&PyStr::from_str("__repr__")).unwrap_or(Value::None);
                return match self.call(&f, vec![v.clone()])? {
                    Value::Str(s) => Ok(s),
                    _ => Err(PyErr::new(ExcKind::TypeError, "__repr__ returned non-string")),
                };
            }
            // A metaclass's own `__repr__` gives its classes' reprs.
            Value::Class(c)
                if c.meta.as_ref().is_some_and(|m| matches!(m.lookup_str("__repr__"), Some(Value::Func(_)))) =>
            {
                let f = c.meta.as_ref().and_then(|m| m.lookup_str("__repr__")).unwrap_or(Value::None);
                return match self.call(&f, vec![v.clone()])? {
                    Value::Str(s) => Ok(s),
                    u if unicode::is_unicode(&u) => self.to_str(&u),
                    other => Err(PyErr::new(
                        ExcKind::TypeError,
                        format!("__repr__ returned non-string (type {})", other.type_name()),
                    )),
                };
            }
            Value::Instance(_) => {
                let r = self.call_dunder(v, "__repr__", vec![])?;
                return match r {
                    Some(Value::Str(s)) => Ok(s),
                    Some(u) if unicode::is_unicode(&u) => self.to_str(&u),
                    Some(other) => Err(PyErr::new(
                        ExcKind::TypeError,
                        format!("__repr__ returned non-string (type {})", other.type_name()),
                    )),
                    None => match v {
                        Value::Instance(i) if !i.base.is_none() => self.repr(&i.base.clone()),
                        _ => Ok(Arc::new(PyStr::from(crate::modules::builtins::default_repr(v)))),
                    },
                };
            }
            _ => crate::modules::builtins::default_repr(v),
        };
        Ok(Arc::new(PyStr::from(s)))
    }

    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.extend_from_slice(b", ");
            }
            out.extend_from_slice(self.repr(item)?.as_bytes());
        }
        Ok(String::from_utf8_lossy(&out).into_owned())
    }

    /// Reads the live list item by item: an element's `__repr__` may change it.
    fn list_repr(&mut self, l: &crate::object::List) -> PyResult<String> {
        let mut out = Vec::new();
        let mut i = 0;
        while let Some(item) = l.get(i) {
            if i > 0 {
                out.extend_from_slice(b", ");
            }
            out.extend_from_slice(self.repr(&item)?.as_bytes());
            i += 1;
        }
        Ok(String::from_utf8_lossy(&out).into_owned())
    }

    fn dict_repr(&mut self, d: &crate::object::Dict) -> PyResult<String> {
        let mut out = Vec::new();
        out.push(b'{');
        for (i, (k, v)) in d.items().into_iter().enumerate() {
            if i > 0 {
                out.extend_from_slice(b", ");
            }
            out.extend_from_slice(self.repr(&k)?.as_bytes());
            out.extend_from_slice(b": ");
            out.extend_from_slice(self.repr(&v)?.as_bytes());
        }
        out.push(b'}');
        Ok(String::from_utf8_lossy(&out).into_owned())
    }

    pub(crate) fn repr_guard_enter(&mut self, key: usize) -> bool {
        if self.repr_active.contains(&key) {
            return true;
        }
        self.repr_active.push(key);
        false
    }
    pub(crate) fn repr_guard_leave(&mut self, key: usize) {
        if let Some(p) = self.repr_active.iter().rposition(|k| *k == key) {
            self.repr_active.remove(p);
        }
    }

    /// `str(v)`
    pub fn to_str(&mut self, v: &Value) -> PyResult<Arc<PyStr>> {
        match v {
            Value::Str(s) => Ok(s.clone()),
            Value::Long(_) | Value::Float(_) => Ok(Arc::new(PyStr::from(number::num_str(v)))),
            Value::Other(o) if matches!(&**o, Object::Unicode(_)) => {
                let s = unicode::as_unicode(v).map(|s| s.as_bytes()).unwrap_or_default();
                Ok(Arc::new(PyStr::new(unicode::encode(s, b"ascii", b"strict")?)))
            }
            Value::Other(o) if matches!(&**o, Object::Complex(_)) => {
                let c = complex::as_complex(v).unwrap_or(complex::Complex::new(0.0, 0.0));
                Ok(Arc::new(PyStr::from(complex::to_text(c, false))))
            }
            Value::Instance(_) => {
                let r = self.call_dunder(v, "__str__", vec![])?;
                match r {
                    Some(Value::Str(s)) => Ok(s),
                    // An instance of a str subclass is a string too.
                    Some(Value::Instance(r)) if matches!(r.base, Value::Str(_)) => match &r.base {
                        Value::Str(s) => Ok(s.clone()),
                        _ => unreachable!("matched as a str above"),
                    },
                    Some(u) if unicode::is_unicode(&u) => self.to_str(&u),
                    Some(other) => Err(PyErr::new(
                        ExcKind::TypeError,
                        format!("__str__ returned non-string (type {})", other.type_name()),
                    )),
                    None => match v {
                        Value::Instance(i)
                            // A set has no str of its own: its repr names the subclass.
                            if !i.base.is_none()
                                && !matches!(i.base, Value::Set(_))
                                && i.class().lookup_str("__repr__").is_some_and(|r| is_builtin_type_method(&r)) =>
                        {
                            self.to_str(&i.base.clone())
                        }
                        _ => self.repr(v),
                    },
                }
            }
            // str() of a classic class is its dotted name.
            Value::Class(c) if c.classic.load(std::sync::atomic::Ordering::Relaxed) && c.meta.is_none() => {
                let module = c.dict.get_str(&PyStr::from_str("__module__"));
                let module = module.as_ref().and_then(|m| m.as_str()).map(|s| s.to_string_lossy());
                Ok(Arc::new(PyStr::from(format!("{}.{}", module.as_deref().unwrap_or("__main__"), c.name()))))
            }
            _ => self.repr(v),
        }
    }
}

/// A method of a built-in type (not one a module defined for its own class).
pub fn is_builtin_type_method(v: &Value) -> bool {
    match v {
        Value::Builtin(b) => matches!(
            b.name.split('.').next(),
            Some(
                "object"
                    | "int"
                    | "long"
                    | "float"
                    | "complex"
                    | "bool"
                    | "str"
                    | "tuple"
                    | "list"
                    | "dict"
                    | "set"
                    | "frozenset"
            )
        ),
        _ => false,
    }
}

/// Whether an ordering satisfies a comparison operator.
pub fn ord_matches(op: CmpOp, o: Ordering) -> bool {
    match op {
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::NotEq => o != Ordering::Equal,
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::LtE => o != Ordering::Greater,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::GtE => o != Ordering::Less,
        _ => false,
    }
}

/// The built-in value inside an instance of a subclass of a built-in type.
pub fn unwrap_base(v: &Value) -> Value {
    match v {
        // A bytearray's native buffer is no value of its own: it stays wrapped.
        Value::Instance(i) if matches!(i.base, Value::Other(_)) && crate::object::bytearray::is_bytearray(v) => {
            v.clone()
        }
        Value::Instance(i) if !i.base.is_none() => i.base.clone(),
        _ => v.clone(),
    }
}

/// Python 2's order between values of unrelated types: None first, then
/// numbers, then everything else by type name, then by address.
fn default_order(a: &Value, b: &Value) -> Ordering {
    let rank = |v: &Value| match v {
        Value::None => 0,
        v if number::is_number(v) || complex::is_complex(v) => 1,
        _ => 2,
    };
    match rank(a).cmp(&rank(b)) {
        Ordering::Equal => {}
        o => return o,
    }
    let (ta, tb) = (class_ref(a).name(), class_ref(b).name());
    match ta.cmp(&tb) {
        Ordering::Equal => a.id().cmp(&b.id()),
        o => o,
    }
}

/// CPython names the augmented operator (`+=`) when an in-place operation
/// has no implementation for its operands (except `**=`, which says
/// `** or pow()` as `**` does).
fn inplace_error(e: PyErr, op: BinOp) -> PyErr {
    let args = crate::object::exception::exc_args(e.value());
    let prefix = format!("unsupported operand type(s) for {}:", number::op_symbol(op));
    match args.as_slice() {
        [Value::Str(s)] if s.to_string_lossy().starts_with(&prefix) && e.class().name() == "TypeError" => {
            let rest = s.to_string_lossy()[prefix.len()..].to_string();
            PyErr::new(
                ExcKind::TypeError,
                format!("unsupported operand type(s) for {}=:{}", number::op_symbol(op), rest),
            )
        }
        _ => e,
    }
}

/// Whether `b`'s class is a proper subclass of `a`'s, so that its reflected
/// method `rname` runs before `a`'s own; for arithmetic CPython also
/// requires the subclass to override `rname`.
fn right_subclass_first(a: &Value, b: &Value, rname: &str, must_override: bool) -> bool {
    let Value::Instance(bi) = b else { return false };
    let (ca, cb) = (&*class_ref(a), &*bi.class());
    if Arc::ptr_eq(ca, cb) || !cb.is_subclass(ca) {
        return false;
    }
    if !must_override {
        return true;
    }
    match (cb.lookup_str(rname), ca.lookup_str(rname)) {
        (Some(x), Some(y)) => !x.is(&y),
        (Some(_), None) => true,
        _ => false,
    }
}

/// The comparison's method and its reflection (`<` is `__lt__`, then the
/// right operand's `__gt__`).
fn cmp_dunder_names(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::NotEq => ("__ne__", "__ne__"),
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::LtE => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        _ => ("__ge__", "__le__"),
    }
}
