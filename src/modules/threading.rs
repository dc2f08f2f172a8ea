//! The `threading` module, native: Thread, Lock, RLock, Condition,
//! Semaphore, BoundedSemaphore, Event, Timer, local, and the module functions.

use crate::object::Dict;

pub fn init(d: &Dict) {
    let _ = d;
}
