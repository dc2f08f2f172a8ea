//! `set` and `frozenset`: a dict whose values are unused.

use super::dict::Dict;
use super::{PyResult, Value};
use crate::vm::Vm;

pub struct Set {
    pub frozen: bool,
    pub dict: Dict,
}

impl Set {
    pub fn new(frozen: bool) -> Set {
        Set { frozen, dict: Dict::new() }
    }
    pub fn from_values(vm: &mut Vm, frozen: bool, items: Vec<Value>) -> PyResult<Set> {
        let s = Set::new(frozen);
        for v in items {
            s.dict.set(vm, v, Value::None)?;
        }
        Ok(s)
    }
    pub fn len(&self) -> usize {
        self.dict.len()
    }
    pub fn is_empty(&self) -> bool {
        self.dict.is_empty()
    }
    pub fn items(&self) -> Vec<Value> {
        self.dict.keys()
    }
    pub fn add(&self, vm: &mut Vm, v: Value) -> PyResult<()> {
        self.dict.set(vm, v, Value::None)
    }
    pub fn contains(&self, vm: &mut Vm, v: &Value) -> PyResult<bool> {
        self.dict.contains(vm, v)
    }
    /// The items with their stored hashes (met in another set or dict,
    /// they are not hashed again, as in 2.7).
    pub fn items_hashed(&self) -> Vec<(i64, Value)> {
        self.dict.keys_hashed()
    }
    pub fn add_hashed(&self, vm: &mut Vm, hash: i64, v: Value) -> PyResult<()> {
        self.dict.set_hashed(vm, hash, v, Value::None)
    }
    pub fn contains_hashed(&self, vm: &mut Vm, hash: i64, v: &Value) -> PyResult<bool> {
        self.dict.contains_hashed(vm, hash, v)
    }
    pub fn discard_hashed(&self, vm: &mut Vm, hash: i64, v: &Value) -> PyResult<bool> {
        Ok(self.dict.remove_hashed(vm, hash, v)?.is_some())
    }
}
