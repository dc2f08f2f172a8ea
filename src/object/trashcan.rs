//! Non-recursive destruction of deeply nested containers (CPython's
//! "trashcan"): dropping a list inside a list inside a list... would recurse
//! once per level on the Rust stack and overflow a thread's small stack.
//! Containers hand their contents to `dispose`, which drops them directly
//! while shallow and otherwise parks them, to be dropped by the outermost
//! `dispose` on this thread once its own drop has unwound.

use std::any::Any;
use std::cell::{Cell, RefCell};

/// Nesting of container drops allowed on the Rust stack before parking.
const MAX_NESTING: u32 = 64;

thread_local! {
    static NESTING: Cell<u32> = const { Cell::new(0) };
    static PARKED: RefCell<Vec<Box<dyn Any>>> = const { RefCell::new(Vec::new()) };
}

/// Drops `contents` (a container's items), recursing only a bounded depth.
pub fn dispose<T: 'static>(contents: T) {
    let Ok(depth) = NESTING.try_with(|n| n.get()) else {
        return drop(contents);
    };
    if depth >= MAX_NESTING {
        let mut contents = Some(contents);
        let _ = PARKED.try_with(|p| p.borrow_mut().push(Box::new(contents.take())));
        // Thread-local storage already gone (thread exit): drop in place.
        drop(contents);
        return;
    }
    NESTING.with(|n| n.set(depth + 1));
    drop(contents);
    if depth == 0 {
        // Outermost: drop what deeper levels parked, each from a shallow
        // stack (it may park more, which this loop picks up in turn).
        while let Some(next) = PARKED.with(|p| p.borrow_mut().pop()) {
            drop(next);
        }
    }
    NESTING.with(|n| n.set(depth));
}
