//! `list`: a growable sequence behind a short-lived lock.

use crate::object::lock::Mutex;

use super::Value;

pub struct List {
    pub items: Mutex<Vec<Value>>,
    /// The cycle collector's mark (see `crate::vm::collector::Mark`).
    pub gc: crate::vm::collector::Mark,
}

impl Drop for List {
    fn drop(&mut self) {
        crate::vm::collector::note_free();
        let items = std::mem::take(self.items.get_mut());
        if !items.is_empty() {
            super::trashcan::dispose(items);
        }
    }
}

impl List {
    pub fn new(items: Vec<Value>) -> List {
        List { items: Mutex::new(items), gc: Default::default() }
    }
    pub fn len(&self) -> usize {
        self.items.lock().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// A snapshot of the items (for iteration that calls Python code).
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.lock().clone()
    }
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.lock().get(i).cloned()
    }
    pub fn push(&self, v: Value) {
        self.items.lock().push(v)
    }
    /// `append`: MemoryError rather than an abort when the list cannot grow.
    pub fn try_push(&self, v: Value) -> super::PyResult<()> {
        let mut g = self.items.lock();
        super::alloc::reserve(&mut g, 1)?;
        g.push(v);
        Ok(())
    }
}

use super::PyResult;

/// A stable merge sort with a fallible, possibly inconsistent `<`.
pub fn merge_sort<T: Clone>(items: &mut [T], lt: &mut dyn FnMut(&T, &T) -> PyResult<bool>) -> PyResult<()> {
    let n = items.len();
    if n < 2 {
        return Ok(());
    }
    // Insertion sort for short runs, then bottom-up merges.
    const RUN: usize = 16;
    for start in (0..n).step_by(RUN) {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && lt(&items[j], &items[j - 1])? {
                items.swap(j, j - 1);
                j -= 1;
            }
        }
    }
    let mut width = RUN;
    let mut buf: Vec<T> = Vec::with_capacity(n);
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            if mid < end {
                buf.clear();
                let (mut i, mut j) = (start, mid);
                while i < mid && j < end {
                    if lt(&items[j], &items[i])? {
                        buf.push(items[j].clone());
                        j += 1;
                    } else {
                        buf.push(items[i].clone());
                        i += 1;
                    }
                }
                buf.extend_from_slice(&items[i..mid]);
                buf.extend_from_slice(&items[j..end]);
                items[start..end].clone_from_slice(&buf);
            }
            start += 2 * width;
        }
        width *= 2;
    }
    Ok(())
}
