//! Classes (`type` objects) and instances, the built-in type registry, and the
//! C3 method resolution order.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

use crate::object::lock::Mutex;

use super::dict::Dict;
use super::exception::ExcKind;
use super::{Object, PyErr, PyResult, PyStr, Value};

/// The built-in layout behind a class: what a bare instance of it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// A plain object with an attribute dict (user classes, exceptions).
    Object,
    Int,
    Long,
    Float,
    Complex,
    Unicode,
    Bool,
    Str,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    /// `bytearray`: the instance wraps its native byte buffer.
    ByteArray,
    /// `enumerate` and `reversed`: the instance wraps a built-in iterator.
    Iter,
    None,
    Other,
}

pub struct Class {
    /// The cycle collector's mark (see `crate::vm::collector::Mark`).
    pub gc: crate::vm::collector::Mark,
    pub name: Arc<PyStr>,
    /// The bases and MRO the class was made with; `bases()` and `mro()`
    /// give the current ones (`__bases__` may be assigned).
    pub(crate) bases0: Vec<Arc<Class>>,
    /// The method resolution order without the class itself (self comes first).
    pub(crate) mro0: Vec<Arc<Class>>,
    /// Set once `__bases__` has been assigned (or a base's was): `moved`
    /// then holds the bases and MRO. One relaxed load in the common case.
    pub(crate) rebased: AtomicBool,
    pub(crate) moved: Mutex<Option<BasesAndMro>>,
    /// The user classes made with this class among their bases, for
    /// recomputing their MROs when `__bases__` changes.
    pub(crate) subclasses: Mutex<Vec<std::sync::Weak<Class>>>,
    pub dict: Arc<Dict>,
    pub layout: Layout,
    /// False for the built-in types, whose attributes cannot be set.
    pub is_user: bool,
    /// Derives from BaseException.
    pub is_exception: bool,
    /// The metaclass when it is not `type`.
    pub meta: Option<Arc<Class>>,
    /// With `__slots__` (and no base that gives instances a dict): the only
    /// attribute names instances may set.
    pub slots: Option<Vec<Arc<PyStr>>>,
    /// Made by a `class` statement without bases: minipy makes it new-style
    /// but, as 2.7's classic classes, its `__dict__` is the plain dict.
    pub classic: std::sync::atomic::AtomicBool,
    /// Cached `hooks()`: the class epoch in the high half, the bits below.
    pub(crate) hooks: AtomicU64,
    /// Cached MRO lookups: (hash, name, result), valid for one class epoch.
    pub(crate) cache: Mutex<LookupCache>,
    /// The class or a base defines `__del__`: its instances' drop queues a
    /// finalizer (read in `Drop`, where no lock may be taken).
    pub has_del: AtomicBool,
}

#[derive(Default)]
pub struct LookupCache {
    epoch: u64,
    table: hashbrown::HashTable<(i64, Arc<PyStr>, Option<Value>)>,
    /// `__init__` when the class is plain (`HOOK_PLAIN_INIT`), valid for
    /// `epoch` too: calling the class reads it here instead of two MRO walks.
    init: Option<Value>,
}

/// Bumped whenever an attribute of any class is set or deleted; invalidates
/// the per-class caches.
pub static CLASS_EPOCH: AtomicU64 = AtomicU64::new(1);

const HOOKS_VALID: u64 = 1 << 31;
/// A user `__getattribute__`.
pub const HOOK_GETATTRIBUTE: u32 = 1;
/// A `__getattr__`.
pub const HOOK_GETATTR: u32 = 2;
/// A user `__setattr__`.
pub const HOOK_SETATTR: u32 = 4;
/// A user `__delattr__`.
pub const HOOK_DELATTR: u32 = 8;
/// `__slots__` restrict the attributes of instances.
pub const HOOK_SLOTS: u32 = 32;
/// A property or a user descriptor (an instance whose class defines
/// `__get__`, `__set__` or `__delete__`) somewhere along the MRO.
pub const HOOK_DESCRIPTOR: u32 = 16;
/// `__slots__` stores go straight to the instance's storage: no
/// `__setattr__`, not an exception, and every slot's class attribute is
/// still its member descriptor (`attr::stores_in_slot`).
pub const HOOK_PLAIN_SLOTS: u32 = 64;
/// Calling the class may make the instance and run `__init__` as an
/// ordinary frame (`call::inline_init`): a user class without metaclass,
/// built-in base or custom `__new__`, whose `__init__` is a Python function.
pub const HOOK_PLAIN_INIT: u32 = 128;
/// Attribute stores on instances go to their dict (`attr::stores_in_dict`,
/// but for the names `__class__`, `__dict__` and an exception's `args`):
/// none of the hooks above that change stores, and instances have a dict.
pub const HOOK_DICT_STORES: u32 = 256;

/// Call after changing any class's dict.
pub fn classes_changed() {
    CLASS_EPOCH.fetch_add(1, Ordering::AcqRel);
}

/// Assigned bases and the MRO they give.
pub type BasesAndMro = (Vec<Arc<Class>>, Vec<Arc<Class>>);

/// A class's bases or MRO: borrowed unless `__bases__` was assigned.
pub type ClassList<'a> = std::borrow::Cow<'a, [Arc<Class>]>;

impl Class {
    pub fn name(&self) -> String {
        self.name.to_string_lossy()
    }

    /// `__bases__`
    #[inline]
    pub fn bases(&self) -> ClassList<'_> {
        if !self.rebased.load(Ordering::Relaxed) {
            return std::borrow::Cow::Borrowed(&self.bases0);
        }
        match &*self.moved.lock() {
            Some((b, _)) => std::borrow::Cow::Owned(b.clone()),
            None => std::borrow::Cow::Borrowed(&self.bases0),
        }
    }

    /// The method resolution order without the class itself.
    #[inline(always)]
    pub fn mro(&self) -> ClassList<'_> {
        if !self.rebased.load(Ordering::Relaxed) {
            return std::borrow::Cow::Borrowed(&self.mro0);
        }
        self.mro_moved()
    }

    #[inline(never)]
    fn mro_moved(&self) -> ClassList<'_> {
        match &*self.moved.lock() {
            Some((_, m)) => std::borrow::Cow::Owned(m.clone()),
            None => std::borrow::Cow::Borrowed(&self.mro0),
        }
    }

    /// Installs new bases and MRO (`__bases__` assignment, after its checks).
    pub fn set_bases(&self, bases: Vec<Arc<Class>>, mro: Vec<Arc<Class>>) {
        let old = self.moved.lock().replace((bases, mro));
        self.rebased.store(true, Ordering::Release);
        drop(old);
        classes_changed();
    }

    /// The MRO (without the class) that `bases` give, as at class creation.
    pub fn mro_for(bases: &[Arc<Class>], has_meta: bool) -> PyResult<Vec<Arc<Class>>> {
        if !bases.is_empty() && !has_meta && bases.iter().all(|b| b.classic.load(Ordering::Relaxed)) {
            Ok(classic_mro(bases))
        } else {
            c3_merge(bases)
        }
    }

    /// Calls `f` on every base and MRO entry the class holds, the ones it
    /// was made with and the assigned ones (the collector).
    pub fn visit_bases(&self, f: &mut dyn FnMut(&Arc<Class>)) {
        self.bases0.iter().chain(self.mro0.iter()).for_each(&mut *f);
        if let Some(g) = self.moved.try_lock() {
            if let Some((b, m)) = &*g {
                b.iter().chain(m.iter()).for_each(f);
            }
        }
    }

    /// The live user classes that list this one among their bases.
    pub fn live_subclasses(&self) -> Vec<Arc<Class>> {
        let mut subs = self.subclasses.lock();
        subs.retain(|w| w.strong_count() > 0);
        subs.iter().filter_map(|w| w.upgrade()).collect()
    }

    /// Looks `name` up along the MRO (self first), through a per-class
    /// cache that is valid until any class changes.
    pub fn lookup(self: &Arc<Class>, name: &PyStr) -> Option<Value> {
        let epoch = CLASS_EPOCH.load(Ordering::Acquire);
        let hash = name.hash();
        {
            let cache = self.cache.lock();
            if cache.epoch == epoch {
                if let Some((_, _, v)) =
                    cache.table.find(hash as u64, |(h, k, _)| *h == hash && k.as_bytes() == name.as_bytes())
                {
                    return v.clone();
                }
            }
        }
        let found = self.lookup_uncached(name);
        let mut cache = self.cache.lock();
        if cache.epoch != epoch || cache.table.len() > 512 {
            cache.table.clear();
            cache.init = None;
            cache.epoch = epoch;
        }
        let key = Arc::new(PyStr::new(name.as_bytes().to_vec()));
        cache.table.insert_unique(hash as u64, (hash, key, found.clone()), |(h, _, _)| *h as u64);
        found
    }

    /// Calls `f` on each value of the lookup cache (the collector: a
    /// cached descriptor refers back to its class); false when the cache
    /// is locked.
    pub fn visit_cache(&self, f: &mut dyn FnMut(&Value)) -> bool {
        let Some(c) = self.cache.try_lock() else { return false };
        c.table.iter().for_each(|(_, _, v)| {
            if let Some(v) = v {
                f(v)
            }
        });
        if let Some(v) = &c.init {
            f(v)
        }
        true
    }

    /// Empties the lookup cache (a collected class).
    pub fn clear_cache(&self) {
        let old = self.cache.try_lock().map(|mut c| (std::mem::take(&mut c.table), c.init.take()));
        drop(old);
    }

    fn lookup_uncached(self: &Arc<Class>, name: &PyStr) -> Option<Value> {
        if let Some(v) = self.dict.get_str(name) {
            return Some(v);
        }
        for c in self.mro().iter() {
            if let Some(v) = c.dict.get_str(name) {
                return Some(v);
            }
        }
        None
    }

    /// Whether Python code (the class or one of its Python bases) defines
    /// `name`, as opposed to a slot of a built-in base type such as
    /// `int.__radd__`: operators give way to the former only.
    pub fn defines_in_python(self: &Arc<Class>, name: &str) -> bool {
        self.lookup_str(name).is_some_and(|m| !crate::vm::ops::is_builtin_type_method(&m))
    }

    /// Looks a name given as Rust text up along the MRO (no allocation).
    pub fn lookup_str(self: &Arc<Class>, name: &str) -> Option<Value> {
        let hash = super::string::hash_bytes(name.as_bytes());
        if let Some(v) = self.dict.get_bytes(name.as_bytes(), hash) {
            return Some(v);
        }
        for c in self.mro().iter() {
            if let Some(v) = c.dict.get_bytes(name.as_bytes(), hash) {
                return Some(v);
            }
        }
        None
    }

    /// What the class and its bases define among the hooks that change how
    /// attribute access works; cached until any class changes.
    #[inline(always)]
    pub fn hooks(self: &Arc<Class>) -> u32 {
        let epoch = CLASS_EPOCH.load(Ordering::Acquire);
        let cached = self.hooks.load(Ordering::Acquire);
        if cached >> 32 == epoch & 0xFFFF_FFFF && cached & HOOKS_VALID != 0 {
            return cached as u32;
        }
        self.compute_hooks(epoch)
    }

    /// `hooks` when its cache is stale: looks the hooks up along the MRO.
    /// Out of line, so that every attribute access inlines the cache check.
    #[inline(never)]
    fn compute_hooks(self: &Arc<Class>, epoch: u64) -> u32 {
        let mut h = HOOKS_VALID as u32;
        let user = |v: Option<Value>, native: &str| match v {
            Some(Value::Builtin(b)) => b.name != native,
            Some(_) => true,
            None => false,
        };
        if user(self.lookup_str("__getattribute__"), "object.__getattribute__") {
            h |= HOOK_GETATTRIBUTE;
        }
        if self.lookup_str("__getattr__").is_some() {
            h |= HOOK_GETATTR;
        }
        if user(self.lookup_str("__setattr__"), "object.__setattr__") {
            h |= HOOK_SETATTR;
        }
        if user(self.lookup_str("__delattr__"), "object.__delattr__") {
            h |= HOOK_DELATTR;
        }
        if let Some(slots) = &self.slots {
            h |= HOOK_SLOTS;
            let member = |n: &Arc<PyStr>| {
                n.as_bytes() == b"__weakref__" || self.lookup(n).is_some_and(|a| crate::modules::descr::is_member(&a))
            };
            if h & HOOK_SETATTR == 0 && !self.is_exception && slots.iter().all(member) {
                h |= HOOK_PLAIN_SLOTS;
            }
        }
        if self.is_user
            && !self.is_exception
            && self.meta.is_none()
            && self.layout == Layout::Object
            && matches!(self.lookup_str("__new__"), None | Some(Value::Builtin(_)))
            && !self.is_subclass(&types().type_)
            && matches!(self.lookup_str("__init__"), Some(Value::Func(f)) if !f.code.is_generator)
        {
            h |= HOOK_PLAIN_INIT;
        }
        let mut classes = vec![self.clone()];
        classes.extend(self.mro().iter().cloned());
        if classes.iter().any(|c| c.dict.values().iter().any(is_descriptor)) {
            h |= HOOK_DESCRIPTOR;
        }
        // Built-in classes other than exceptions take the general path:
        // `object` and `bytearray` instances have no attribute dict.
        if h & (HOOK_SETATTR | HOOK_DESCRIPTOR | HOOK_SLOTS) == 0 && (self.is_user || self.is_exception) {
            h |= HOOK_DICT_STORES;
        }
        self.hooks.store(((epoch & 0xFFFF_FFFF) << 32) | h as u64, Ordering::Release);
        h
    }

    /// The `__init__` of a plain class (`HOOK_PLAIN_INIT`), from the lookup
    /// cache while no class changes.
    #[inline]
    pub fn plain_init(self: &Arc<Class>) -> Option<Arc<super::Function>> {
        if self.hooks() & HOOK_PLAIN_INIT == 0 {
            return None;
        }
        let epoch = CLASS_EPOCH.load(Ordering::Acquire);
        {
            let cache = self.cache.lock();
            if cache.epoch == epoch {
                if let Some(Value::Func(f)) = &cache.init {
                    return Some(f.clone());
                }
            }
        }
        self.plain_init_miss(epoch)
    }

    #[inline(never)]
    fn plain_init_miss(self: &Arc<Class>, epoch: u64) -> Option<Arc<super::Function>> {
        let Some(Value::Func(f)) = self.lookup_str("__init__") else { return None };
        let mut cache = self.cache.lock();
        if cache.epoch != epoch {
            cache.table.clear();
            cache.epoch = epoch;
        }
        let old = cache.init.replace(Value::Func(f.clone()));
        drop(cache);
        drop(old);
        Some(f)
    }

    /// `issubclass(self, other)`
    pub fn is_subclass(self: &Arc<Class>, other: &Arc<Class>) -> bool {
        Arc::ptr_eq(self, other) || self.mro().iter().any(|c| Arc::ptr_eq(c, other))
    }

    /// The full MRO, self first.
    pub fn mro_with_self(self: &Arc<Class>) -> Vec<Arc<Class>> {
        // A metaclass's `mro()` may have put the class elsewhere than first
        // (`reclass::custom_mro`): its list is kept whole.
        if self.rebased.load(Ordering::Relaxed) {
            let mro = self.mro();
            if mro.iter().any(|c| Arc::ptr_eq(c, self)) {
                return mro.into_owned();
            }
        }
        let mut v = vec![self.clone()];
        v.extend(self.mro().iter().cloned());
        v
    }

    /// Builds a class; computes the C3 linearization of its bases.
    pub fn new(name: &str, bases: Vec<Arc<Class>>, dict: Arc<Dict>, is_user: bool) -> PyResult<Arc<Class>> {
        Class::new_full(Arc::new(PyStr::from_str(name)), bases, dict, is_user, None, None)
    }

    /// Builds a class with a metaclass other than `type` and/or the names of
    /// its own `__slots__`.
    pub fn new_full(
        name: Arc<PyStr>,
        bases: Vec<Arc<Class>>,
        dict: Arc<Dict>,
        is_user: bool,
        meta: Option<Arc<Class>>,
        own_slots: Option<Vec<Arc<PyStr>>>,
    ) -> PyResult<Arc<Class>> {
        // Only classic bases (and no metaclass): 2.7's classic depth-first
        // order, which new-style subclasses then merge as it is.
        let classic_bases =
            !bases.is_empty() && meta.is_none() && bases.iter().all(|b| b.classic.load(Ordering::Relaxed));
        let mro = if classic_bases { classic_mro(&bases) } else { c3_merge(&bases)? };
        // As in CPython, a plain function `__new__` in a class body is
        // implicitly a staticmethod (so `cls.__new__(cls)` works).
        if is_user {
            if let Some(new @ Value::Func(_)) = dict.get_str(&PyStr::from_str("__new__")) {
                dict.set_str("__new__", Value::other(Object::StaticMethod(new)));
            }
        }
        // Instances lose their dict only when every base lacks one too.
        let slots = own_slots.filter(|s| !s.iter().any(|n| n.as_bytes() == b"__dict__")).and_then(|mut own| {
            for b in bases.iter() {
                match &b.slots {
                    Some(inherited) => own.extend(inherited.iter().cloned()),
                    None if b.is_user || b.is_exception => return None,
                    None => {}
                }
            }
            Some(own)
        });
        let layout = bases.iter().map(|b| b.layout).find(|l| *l != Layout::Object).unwrap_or(Layout::Object);
        let is_exception = bases.iter().any(|b| b.is_exception);
        let has_del = dict.get_str(&PyStr::from_str("__del__")).is_some()
            || bases.iter().any(|b| b.has_del.load(Ordering::Relaxed));
        let cls = Arc::new(Class {
            gc: Default::default(),
            name,
            bases0: bases,
            mro0: mro,
            rebased: Default::default(),
            moved: Default::default(),
            subclasses: Default::default(),
            dict,
            layout,
            is_user,
            is_exception,
            meta,
            slots,
            classic: Default::default(),
            hooks: AtomicU64::new(0),
            cache: Mutex::new(LookupCache::default()),
            has_del: AtomicBool::new(has_del),
        });
        // Only user bases can have their `__bases__` reassigned, so only
        // they need to know their subclasses.
        for b in cls.bases0.iter().filter(|b| b.is_user) {
            let mut subs = b.subclasses.lock();
            if subs.len() >= 32 && subs.len().is_power_of_two() {
                subs.retain(|w| w.strong_count() > 0);
            }
            subs.push(Arc::downgrade(&cls));
        }
        Ok(cls)
    }
}

/// A class attribute that takes part in attribute access: a property or an
/// instance of a class with `__get__`, `__set__` or `__delete__`.
fn is_descriptor(v: &Value) -> bool {
    match v {
        Value::Other(o) => matches!(&**o, Object::Property { .. }),
        Value::Instance(i) => ["__get__", "__set__", "__delete__"].iter().any(|n| i.class().lookup_str(n).is_some()),
        _ => false,
    }
}

/// A user data descriptor: an instance whose class defines `__set__` or
/// `__delete__`; it takes precedence over the instance dict.
pub fn is_data_descriptor(v: &Value) -> bool {
    match v {
        Value::Instance(i) => i.class().lookup_str("__set__").is_some() || i.class().lookup_str("__delete__").is_some(),
        _ => false,
    }
}

/// The MRO (without the class) of a class whose bases are all classic:
/// depth-first, left to right, each class once; `object` (which minipy's
/// classic classes derive from) comes last so it hides nothing.
fn classic_mro(bases: &[Arc<Class>]) -> Vec<Arc<Class>> {
    let object = &types().object;
    let mut out: Vec<Arc<Class>> = Vec::new();
    for b in bases {
        for c in std::iter::once(b).chain(b.mro().iter()) {
            if !Arc::ptr_eq(c, object) && !out.iter().any(|o| Arc::ptr_eq(o, c)) {
                out.push(c.clone());
            }
        }
    }
    out.push(object.clone());
    out
}

/// C3 linearization of the bases (the result excludes the new class itself).
fn c3_merge(bases: &[Arc<Class>]) -> PyResult<Vec<Arc<Class>>> {
    let mut seqs: Vec<Vec<Arc<Class>>> = bases.iter().map(|b| b.mro_with_self()).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Arc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            let in_tail = seqs.iter().any(|t| t[1..].iter().any(|c| Arc::ptr_eq(c, cand)));
            if !in_tail {
                found = Some(cand.clone());
                break;
            }
        }
        let Some(c) = found else {
            let names: Vec<String> = bases.iter().map(|b| b.name()).collect();
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "Error when calling the metaclass bases\n    Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                ),
            ));
        };
        for s in seqs.iter_mut() {
            if Arc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// An instance of a user class (or of an exception class).
pub struct Instance {
    /// The class the instance was made with; `class()` gives the current one.
    born: Arc<Class>,
    /// Set once `__class__` has been assigned: `class()` then reads `moved`.
    /// One relaxed load keeps the common case (never reassigned) free of locks.
    reclassed: AtomicBool,
    moved: Mutex<Option<Arc<Class>>>,
    pub dict: Arc<Dict>,
    /// For subclasses of built-in types: the built-in value inside.
    pub base: Value,
    /// The cycle collector's mark (see `crate::vm::collector::Mark`).
    pub gc: crate::vm::collector::Mark,
}

/// The class of an instance: borrowed unless `__class__` was assigned.
pub type ClassRef<'a> = std::borrow::Cow<'a, Arc<Class>>;

/// An instance's death may make weakref callbacks due: when any are
/// registered, flag the eval loop to run them at its next safe point.
impl Drop for Instance {
    fn drop(&mut self) {
        if self.class().has_del.load(Ordering::Relaxed) {
            crate::vm::finalize::instance_died(self);
        }
        crate::modules::weakref::note_death();
        crate::vm::collector::note_free();
    }
}

impl Instance {
    pub fn new(class: Arc<Class>, base: Value) -> Instance {
        Instance::with_dict(class, Arc::new(Dict::new()), base)
    }

    /// An instance over an existing dict (the finalizer's husk).
    pub fn with_dict(class: Arc<Class>, dict: Arc<Dict>, base: Value) -> Instance {
        Instance {
            born: class,
            reclassed: AtomicBool::new(false),
            moved: Mutex::new(None),
            dict,
            base,
            gc: Default::default(),
        }
    }

    /// The instance's current class.
    #[inline(always)]
    pub fn class(&self) -> ClassRef<'_> {
        if !self.reclassed.load(Ordering::Relaxed) {
            return std::borrow::Cow::Borrowed(&self.born);
        }
        self.class_moved()
    }

    #[inline(never)]
    fn class_moved(&self) -> ClassRef<'_> {
        match &*self.moved.lock() {
            Some(c) => std::borrow::Cow::Owned(c.clone()),
            None => std::borrow::Cow::Borrowed(&self.born),
        }
    }

    /// `obj.__class__ = cls` once the checks have passed.
    pub fn set_class(&self, cls: Arc<Class>) {
        let old = self.moved.lock().replace(cls);
        self.reclassed.store(true, Ordering::Release);
        drop(old);
    }

    /// `class().hooks()` without the `Cow` of `class()`: the attribute
    /// fast paths ask this on every access.
    #[inline(always)]
    pub fn hooks(&self) -> u32 {
        if !self.reclassed.load(Ordering::Relaxed) {
            return self.born.hooks();
        }
        self.class().hooks()
    }

    /// Calls `f` on every class the instance holds (the collector).
    pub fn visit_classes(&self, f: &mut dyn FnMut(&Arc<Class>)) {
        f(&self.born);
        // The flag first: a collection reads millions of instances, and an
        // atomic swap each on `moved` showed in its profile.
        if !self.reclassed.load(Ordering::Acquire) {
            return;
        }
        if let Some(g) = self.moved.try_lock() {
            if let Some(c) = &*g {
                f(c);
            }
        }
    }
}

/// The built-in classes, made once per process and shared by every thread.
pub struct Types {
    pub object: Arc<Class>,
    pub type_: Arc<Class>,
    pub int: Arc<Class>,
    pub long: Arc<Class>,
    pub float: Arc<Class>,
    pub complex: Arc<Class>,
    pub bool_: Arc<Class>,
    pub str_: Arc<Class>,
    pub unicode: Arc<Class>,
    pub basestring: Arc<Class>,
    pub tuple: Arc<Class>,
    pub list: Arc<Class>,
    pub dict: Arc<Class>,
    pub set: Arc<Class>,
    pub frozenset: Arc<Class>,
    pub bytearray: Arc<Class>,
    pub none: Arc<Class>,
    pub function: Arc<Class>,
    pub builtin_function: Arc<Class>,
    pub method: Arc<Class>,
    pub module: Arc<Class>,
    pub generator: Arc<Class>,
    pub iterator: Arc<Class>,
    pub xrange: Arc<Class>,
    pub slice: Arc<Class>,
    pub property: Arc<Class>,
    pub staticmethod: Arc<Class>,
    pub classmethod: Arc<Class>,
    pub super_: Arc<Class>,
    pub cell: Arc<Class>,
    pub code: Arc<Class>,
    pub file: Arc<Class>,
    pub not_implemented: Arc<Class>,
    pub ellipsis: Arc<Class>,
    pub enumerate: Arc<Class>,
    pub reversed: Arc<Class>,
    pub listiterator: Arc<Class>,
    pub tupleiterator: Arc<Class>,
    pub listreverseiterator: Arc<Class>,
    pub dict_keyiterator: Arc<Class>,
    pub dict_valueiterator: Arc<Class>,
    pub dict_itemiterator: Arc<Class>,
    pub setiterator: Arc<Class>,
    pub rangeiterator: Arc<Class>,
    /// Built-in exception classes, indexed by `ExcKind as usize`.
    pub exceptions: Vec<Arc<Class>>,
}

static TYPES: OnceLock<Types> = OnceLock::new();

/// The built-in classes.
#[inline]
pub fn types() -> &'static Types {
    TYPES.get_or_init(build_types)
}

/// A built-in iterator type of a native module (itertools): subclasses wrap
/// the native iterator as their base value.
pub fn builtin_iter_class(name: &str) -> Arc<Class> {
    builtin_class(name, vec![types().object.clone()], Layout::Iter)
}

fn builtin_class(name: &str, bases: Vec<Arc<Class>>, layout: Layout) -> Arc<Class> {
    let mro = c3_merge(&bases).unwrap_or_default();
    Arc::new(Class {
        gc: Default::default(),
        name: Arc::new(PyStr::from_str(name)),
        bases0: bases,
        mro0: mro,
        rebased: Default::default(),
        moved: Default::default(),
        subclasses: Default::default(),
        dict: Arc::new(Dict::new()),
        layout,
        is_user: false,
        is_exception: false,
        meta: None,
        slots: None,
        classic: Default::default(),
        hooks: AtomicU64::new(0),
        cache: Mutex::new(LookupCache::default()),
        has_del: AtomicBool::new(false),
    })
}

fn build_types() -> Types {
    let object = builtin_class("object", vec![], Layout::Object);
    let o = || vec![object.clone()];
    let int = builtin_class("int", o(), Layout::Int);
    let basestring = builtin_class("basestring", o(), Layout::Other);
    let t = Types {
        type_: builtin_class("type", o(), Layout::Other),
        bool_: builtin_class("bool", vec![int.clone()], Layout::Bool),
        int,
        long: builtin_class("long", o(), Layout::Long),
        float: builtin_class("float", o(), Layout::Float),
        complex: builtin_class("complex", o(), Layout::Complex),
        str_: builtin_class("str", vec![basestring.clone()], Layout::Str),
        unicode: builtin_class("unicode", vec![basestring.clone()], Layout::Unicode),
        basestring,
        tuple: builtin_class("tuple", o(), Layout::Tuple),
        list: builtin_class("list", o(), Layout::List),
        dict: builtin_class("dict", o(), Layout::Dict),
        set: builtin_class("set", o(), Layout::Set),
        frozenset: builtin_class("frozenset", o(), Layout::FrozenSet),
        bytearray: builtin_class("bytearray", o(), Layout::ByteArray),
        none: builtin_class("NoneType", o(), Layout::None),
        function: builtin_class("function", o(), Layout::Other),
        builtin_function: builtin_class("builtin_function_or_method", o(), Layout::Other),
        method: builtin_class("instancemethod", o(), Layout::Other),
        module: builtin_class("module", o(), Layout::Other),
        generator: builtin_class("generator", o(), Layout::Other),
        iterator: builtin_class("iterator", o(), Layout::Other),
        xrange: builtin_class("xrange", o(), Layout::Other),
        slice: builtin_class("slice", o(), Layout::Other),
        property: builtin_class("property", o(), Layout::Other),
        staticmethod: builtin_class("staticmethod", o(), Layout::Other),
        classmethod: builtin_class("classmethod", o(), Layout::Other),
        super_: builtin_class("super", o(), Layout::Other),
        cell: builtin_class("cell", o(), Layout::Other),
        code: builtin_class("code", o(), Layout::Other),
        file: builtin_class("file", o(), Layout::Other),
        not_implemented: builtin_class("NotImplementedType", o(), Layout::Other),
        ellipsis: builtin_class("ellipsis", o(), Layout::Other),
        enumerate: builtin_class("enumerate", o(), Layout::Iter),
        reversed: builtin_class("reversed", o(), Layout::Iter),
        listiterator: builtin_class("listiterator", o(), Layout::Other),
        tupleiterator: builtin_class("tupleiterator", o(), Layout::Other),
        listreverseiterator: builtin_class("listreverseiterator", o(), Layout::Other),
        dict_keyiterator: builtin_class("dictionary-keyiterator", o(), Layout::Other),
        dict_valueiterator: builtin_class("dictionary-valueiterator", o(), Layout::Other),
        dict_itemiterator: builtin_class("dictionary-itemiterator", o(), Layout::Other),
        setiterator: builtin_class("setiterator", o(), Layout::Other),
        rangeiterator: builtin_class("rangeiterator", o(), Layout::Other),
        exceptions: super::exception::build_hierarchy(&object),
        object,
    };
    crate::modules::install_type_methods(&t);
    t
}

/// The class of any value.
#[inline]
pub fn class_of(v: &Value) -> Arc<Class> {
    class_ref(v).into_owned()
}

/// The class of any value, borrowed (an instance whose `__class__` was
/// assigned gives an owned one).
pub fn class_ref(v: &Value) -> ClassRef<'_> {
    let t = types();
    std::borrow::Cow::Borrowed(match v {
        Value::Null | Value::None => &t.none,
        Value::Bool(_) => &t.bool_,
        Value::Int(_) => &t.int,
        Value::Float(_) => &t.float,
        Value::Long(_) => &t.long,
        Value::Str(_) => &t.str_,
        Value::Tuple(_) => &t.tuple,
        Value::List(_) => &t.list,
        Value::Dict(_) => &t.dict,
        Value::Set(s) => {
            if s.frozen {
                &t.frozenset
            } else {
                &t.set
            }
        }
        Value::Func(_) => &t.function,
        Value::Builtin(_) => &t.builtin_function,
        Value::Class(c) => c.meta.as_ref().unwrap_or(&t.type_),
        Value::Instance(i) => return i.class(),
        Value::Other(o) => match &**o {
            Object::BoundMethod { .. } | Object::UnboundMethod { .. } => &t.method,
            Object::Module(_) => &t.module,
            Object::Generator(_) => &t.generator,
            Object::SeqIter(s) if s.over_tuple() => &t.tupleiterator,
            Object::SeqIter(_) => &t.listiterator,
            // try_lock: never wait on (or deadlock with) an iterator in use.
            Object::Iter(state) => match state.try_lock().as_deref() {
                Some(super::iter::IterState::Enumerate { .. }) => &t.enumerate,
                Some(super::iter::IterState::Reversed { seq: Value::List(_), .. }) => &t.listreverseiterator,
                Some(super::iter::IterState::Reversed { .. }) => &t.reversed,
                Some(super::iter::IterState::DictKeys { .. }) => &t.dict_keyiterator,
                Some(super::iter::IterState::DictValues { .. }) => &t.dict_valueiterator,
                Some(super::iter::IterState::DictItems { .. }) => &t.dict_itemiterator,
                Some(super::iter::IterState::SetItems { .. }) => &t.setiterator,
                _ => &t.iterator,
            },
            Object::RangeIter(_) => &t.rangeiterator,
            Object::XRange { .. } => &t.xrange,
            Object::Slice { .. } => &t.slice,
            Object::Property { .. } => &t.property,
            Object::StaticMethod(_) => &t.staticmethod,
            Object::ClassMethod(_) => &t.classmethod,
            Object::Super { .. } => &t.super_,
            Object::Cell(_) => &t.cell,
            Object::Code(_) => &t.code,
            Object::File(_) => &t.file,
            Object::Complex(_) => &t.complex,
            Object::Unicode(_) => &t.unicode,
            Object::Native { class, .. } => class,
        },
    })
}

/// `isinstance(v, cls)`
pub fn isinstance(v: &Value, cls: &Arc<Class>) -> bool {
    class_ref(v).is_subclass(cls)
}

/// Raised when a value is not of the expected class.
pub fn type_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::TypeError, msg)
}

#[cfg(test)]
mod tests {
    /// Building the type table must not reach `types()` again: a nested
    /// `OnceLock::get_or_init` blocks forever, and every start would hang.
    #[test]
    fn types_build_without_reentering() {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = super::types();
            let _ = tx.send(());
        });
        let done = rx.recv_timeout(std::time::Duration::from_secs(20));
        assert!(done.is_ok(), "types() did not finish: something it calls asks for types() again");
    }
}
