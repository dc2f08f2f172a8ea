//! The per-thread inline caches of the dispatch loop: LoadGlobal (keyed by
//! the globals/builtins dict versions), LoadMethod (keyed by class and the
//! class epoch) and the per-site dict-entry hints of attribute and global
//! loads. Moved out of eval.rs so that its cold paths stay out of line.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use super::eval::name_error;
use super::Vm;
use crate::object::{Code, Dict, ExcKind, PyErr, PyResult, Value};

impl Vm {
    /// LoadGlobal when the cache could not answer (first load, entry
    /// evicted or moved, builtins changed): the full lookup, remembering
    /// the globals' entry index for `cached_global`.
    /// Out of line: the dispatch loop keeps only the cache probe.
    #[inline(never)]
    pub(super) fn load_global_miss(&mut self, code: &Arc<Code>, globals: &Arc<Dict>, i: u32) -> PyResult {
        let name = &code.names[i as usize];
        // Read before the globals are searched: a key added meanwhile makes
        // the builtin entry cached below stale at once rather than never;
        // likewise a store meanwhile makes the held value stale.
        let kver = globals.keys_version();
        let gver = globals.version();
        if let Some((at, v)) = globals.get_str_at(name) {
            self.cache_global_entry(code, globals, i, v.clone(), gver, at, None);
            return Ok(v);
        }
        // Not in the globals: the builtins' entry stays valid while no
        // key is added to the globals (`GlobalSlot::builtin`).
        let restricted = matches!(globals.get_str(&BUILTINS_KEY), Some(Value::Dict(own)) if !Arc::ptr_eq(&own, &self.interp.builtins));
        if !restricted {
            if let Some(v) = self.interp.builtins.get_str(name) {
                self.cache_global_entry(code, globals, i, v.clone(), gver, u32::MAX, Some(kver));
                return Ok(v);
            }
        }
        let v = match self.load_global(globals, name) {
            Ok(v) => v,
            Err(_) if code.kind == crate::compile::code::CodeKind::Function => {
                return Err(global_name_error(&name.as_str()))
            }
            Err(e) => return Err(e),
        };
        Ok(v)
    }

    /// StoreGlobal: into the entry where this site stored last time when
    /// its key is still the name, else the ordinary store (learning where).
    #[inline]
    pub(super) fn store_global_hinted(&mut self, code: &Arc<Code>, globals: &Dict, i: u32, pc: usize, v: Value) {
        let name = &code.names[i as usize];
        let hint = hint_slot(code, pc);
        if let Err(v) = globals.set_hinted(self.attr_hints[hint], name, v) {
            self.attr_hints[hint] = globals.set_shared_at(name, v);
        }
    }

    /// `obj.name = v` into an instance's dict (no `__setattr__`, slots or
    /// descriptors: `attr::stores_in_dict`) at the entry where this site
    /// stored last time; false, with `v` handed back, for the general path.
    #[inline]
    pub(super) fn store_attr_hinted(
        &mut self,
        code: &Arc<Code>,
        pc: usize,
        obj: &Value,
        name: &Arc<crate::object::PyStr>,
        v: Value,
    ) -> Result<(), Value> {
        let Value::Instance(inst) = obj else { return Err(v) };
        use crate::object::class::{HOOK_DICT_STORES, HOOK_PLAIN_SLOTS};
        let hooks = inst.hooks();
        if hooks & HOOK_DICT_STORES != 0 {
            if !super::attr::name_stores_in_dict(inst, name) {
                return Err(v);
            }
        } else if hooks & HOOK_PLAIN_SLOTS != 0 {
            return self.store_slot_hinted(code, pc, inst, name, v);
        } else if !super::attr::stores_in_dict(inst, name) {
            return Err(v);
        }
        let hint = hint_slot(code, pc);
        if let Err(v) = inst.dict.set_hinted(self.attr_hints[hint], name, v) {
            self.attr_hints[hint] = inst.dict.set_shared_at(name, v);
        }
        Ok(())
    }

    /// A store into a `__slots__` instance whose slots are all still member
    /// descriptors (`HOOK_PLAIN_SLOTS`), as `setattr_name` would do it. The
    /// storage of such an instance holds slot names only (no `__dict__`,
    /// and `__class__` moves only between classes with the same slots), so
    /// a key found at the site's hint is a slot: no search of the slots.
    #[inline(never)]
    fn store_slot_hinted(
        &mut self,
        code: &Arc<Code>,
        pc: usize,
        inst: &crate::object::Instance,
        name: &Arc<crate::object::PyStr>,
        v: Value,
    ) -> Result<(), Value> {
        let hint = hint_slot(code, pc);
        let Err(v) = inst.dict.set_hinted(self.attr_hints[hint], name, v) else { return Ok(()) };
        if !super::attr::stores_in_slot(inst, name) {
            return Err(v);
        }
        self.attr_hints[hint] = inst.dict.set_shared_at(name, v);
        Ok(())
    }

    /// `obj.name` answered from an instance's own dict when its class has
    /// no `__getattribute__` or descriptors (the common path of `getattr`),
    /// trying first the entry where this site last found the name.
    #[inline]
    pub(super) fn instance_attr_hinted(
        &mut self,
        code: &Arc<Code>,
        pc: usize,
        obj: &Value,
        name: &crate::object::PyStr,
    ) -> Option<Value> {
        use crate::object::class::{HOOK_DESCRIPTOR, HOOK_GETATTRIBUTE};
        let Value::Instance(inst) = obj else { return None };
        if inst.hooks() & (HOOK_GETATTRIBUTE | HOOK_DESCRIPTOR) != 0 {
            return None;
        }
        let slot = hint_slot(code, pc);
        if let Some(v) = inst.dict.get_hinted(self.attr_hints[slot], name) {
            return Some(v);
        }
        self.instance_attr_miss(&inst.dict, slot, name)
    }

    /// The hint was wrong or stale: the full probe, remembering where the
    /// name was found for next time.
    #[inline(never)]
    fn instance_attr_miss(&mut self, dict: &Dict, slot: usize, name: &crate::object::PyStr) -> Option<Value> {
        let (i, v) = dict.get_str_at(name)?;
        self.attr_hints[slot] = i;
        Some(v)
    }

    /// A LoadGlobal answered from the per-thread cache: the held value
    /// while the globals' version is unchanged, or a builtin while no key
    /// of the globals was added or removed and the builtins did not change,
    /// without a lock. After a store to the globals (pystone rebinds globals
    /// all the time) the value is read at the remembered entry index under
    /// the dict's lock, its key checked by address (`Dict::get_hinted`), and
    /// held again. Inline: out of line, pystone's refreshes cost 5% more.
    #[inline]
    pub(super) fn cached_global(&mut self, code: &Arc<Code>, globals: &Arc<Dict>, i: u32) -> Option<Value> {
        let slot = self.global_slot_of(code, i)?;
        let bver = self.interp.builtins.version();
        let e = self.gcache[slot].as_mut()?;
        if !Arc::ptr_eq(&e.globals, globals) {
            return None;
        }
        if e.builtin {
            return (e.kver == globals.keys_version() && e.bver == bver).then(|| e.value.clone());
        }
        // Read before the entry: a store after this read leaves the
        // refreshed value marked stale, never a stale value marked fresh.
        let gver = globals.version();
        if e.gver == gver && !e.value.is_null() {
            return Some(e.value.clone());
        }
        let v = globals.get_hinted(e.at, &code.names[i as usize])?;
        e.value = if weakly_watched(&v) { Value::Null } else { v.clone() };
        e.gver = gver;
        Some(v)
    }

    /// Lets go of this code's cached value of name `i` when the name is
    /// rebound or deleted, so that the old value is not kept alive by the
    /// cache (a module's own loads and stores share the slot). The entry
    /// index stays: the next load reads the new value there.
    #[inline]
    pub(super) fn forget_global(&mut self, code: &Arc<Code>, i: u32) {
        let Some(slot) = self.global_slot_of(code, i) else { return };
        match &mut self.gcache[slot] {
            Some(g) if !g.builtin => g.value = Value::Null,
            e => *e = None,
        }
    }

    /// The cache slot holding (code, name `i`): the pair's own slot or its
    /// neighbour (two ways, so that two hot names whose slots collide do not
    /// evict each other on every load: with 512 slots and a hundred names,
    /// some pair always did, depending on where the code objects lay).
    #[inline]
    fn global_slot_of(&self, code: &Arc<Code>, i: u32) -> Option<usize> {
        let slot = global_slot(code, i);
        let at = |s: usize| matches!(&self.gcache[s], Some(e) if e.idx == i && Arc::ptr_eq(&e.code, code));
        if at(slot) {
            Some(slot)
        } else if at(slot ^ 1) {
            Some(slot ^ 1)
        } else {
            None
        }
    }

    /// Caches a LoadGlobal's answer: `value` found at entry `at` of the
    /// globals (when `gver` was their version), or in the builtins when
    /// `builtin` is the globals' keys version under which it was missing
    /// from them.
    #[allow(clippy::too_many_arguments)]
    fn cache_global_entry(
        &mut self,
        code: &Arc<Code>,
        globals: &Arc<Dict>,
        i: u32,
        value: Value,
        gver: u64,
        at: u32,
        builtin: Option<u64>,
    ) {
        // The cache holds a strong reference: an object kept alive by a
        // stale entry would outlive `del x`, visibly to weak references.
        // Functions, classes and modules (the hot global loads) are held;
        // other values only have their entry index remembered.
        let value = if weakly_watched(&value) {
            if builtin.is_some() {
                return;
            }
            Value::Null
        } else {
            value
        };
        // The pair's own slot; what was there moves to the neighbour, unless
        // the pair itself was there (refreshed in place).
        let slot = global_slot(code, i);
        if let Some(s) = self.global_slot_of(code, i) {
            self.gcache[s] = None;
        }
        if self.gcache[slot].is_some() {
            self.gcache.swap(slot, slot ^ 1);
        }
        let entry = super::GlobalSlot {
            code: code.clone(),
            idx: i,
            globals: globals.clone(),
            gver,
            bver: self.interp.builtins.version(),
            builtin: builtin.is_some(),
            kver: builtin.unwrap_or(0),
            at,
            value,
        };
        self.gcache[slot] = Some(entry);
    }

    /// The method a LoadMethod at `pc` found last time for this class, if no
    /// class changed since and the instance dict does not shadow it. Takes no
    /// lock for built-in receivers; one dict probe for instances.
    #[inline]
    pub(super) fn cached_method(
        &self,
        slot: usize,
        code: &Arc<Code>,
        pc: u32,
        obj: &Value,
        name: &crate::object::PyStr,
    ) -> Option<Value> {
        let e = self.mcache.get(slot)?.as_ref()?;
        let cls = crate::object::class::class_ref(obj);
        if !(Arc::ptr_eq(&e.class, &cls)
            && e.pc == pc
            && Arc::ptr_eq(&e.code, code)
            && e.epoch == crate::object::class::CLASS_EPOCH.load(Ordering::Acquire))
        {
            return None;
        }
        if let Value::Instance(inst) = obj {
            if !inst.dict.is_empty() && inst.dict.get_str(name).is_some() {
                return None;
            }
        }
        Some(e.value.clone())
    }

    pub(super) fn cache_method(&mut self, slot: usize, code: &Arc<Code>, pc: u32, obj: &Value, value: Value) {
        let entry = super::MethodSlot {
            code: code.clone(),
            pc,
            class: crate::object::class::class_ref(obj).into_owned(),
            epoch: crate::object::class::CLASS_EPOCH.load(Ordering::Acquire),
            value,
        };
        if let Some(e) = self.mcache.get_mut(slot) {
            *e = Some(entry);
        }
    }

    /// `globals[name]`, else `builtins[name]`, else NameError.
    #[inline]
    pub fn load_global(&self, globals: &Dict, name: &crate::object::PyStr) -> PyResult {
        if let Some(v) = globals.get_str(name) {
            return Ok(v);
        }
        // Code run by `exec ... in {'__builtins__': {...}}` sees only the
        // builtins its globals name (2.7's restricted execution).
        if let Some(Value::Dict(own)) = globals.get_str(&BUILTINS_KEY) {
            if !Arc::ptr_eq(&own, &self.interp.builtins) {
                return own.get_str(name).ok_or_else(|| name_error(&name.as_str()));
            }
        }
        if let Some(v) = self.interp.builtins.get_str(name) {
            return Ok(v);
        }
        Err(name_error(&name.as_str()))
    }
}

/// The name `__builtins__`, interned once.
static BUILTINS_KEY: std::sync::LazyLock<Arc<crate::object::PyStr>> =
    std::sync::LazyLock::new(|| crate::object::string::intern("__builtins__"));

/// Where a lookup site's hint lives in `Vm::attr_hints`. The table is
/// larger than the caches (a hint is one word) and the site is mixed by a
/// multiplication, so that the sites of a program's hot functions rarely
/// evict each other's hints (with 512 slots and the code's address in the
/// low bits, pystone lost a third of its hints to collisions, differently
/// from build to build).
#[inline]
pub(super) fn hint_slot(code: &Arc<crate::object::Code>, pc: usize) -> usize {
    let p = Arc::as_ptr(code) as usize as u64;
    let h = (p ^ (pc as u64).wrapping_mul(0x9E37_79B9)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> (64 - super::HINT_BITS)) as usize
}

/// Where a (code, name) pair lives in the global cache: mixed by a
/// multiplication as `hint_slot`, since a LoadGlobal entry now lives until
/// evicted (the code's address in the low bits made a function's names
/// collide with its neighbours', and pystone missed 4 loads per pass).
#[inline]
pub(super) fn global_slot(code: &Arc<crate::object::Code>, i: u32) -> usize {
    let p = Arc::as_ptr(code) as usize as u64;
    let h = (p ^ (i as u64).wrapping_mul(0x9E37_79B9)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> (64 - super::GLOBAL_CACHE_SIZE.trailing_zeros())) as usize
}

/// Values the global cache must not hold: instances, sets, bound methods
/// and generators, whose lifetime weak references and finalizers observe.
#[inline]
fn weakly_watched(v: &Value) -> bool {
    match v {
        Value::Instance(_) | Value::Set(_) => true,
        Value::Other(o) => {
            matches!(&**o, crate::object::Object::BoundMethod { .. } | crate::object::Object::Generator(_))
        }
        _ => false,
    }
}

fn global_name_error(name: &str) -> PyErr {
    PyErr::new(ExcKind::NameError, format!("global name '{}' is not defined", name))
}
