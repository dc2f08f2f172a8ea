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
}
