//! The `Queue` module, native: Queue, LifoQueue, PriorityQueue, Empty, Full.

use crate::object::Dict;

pub fn init(d: &Dict) {
    let _ = d;
}
