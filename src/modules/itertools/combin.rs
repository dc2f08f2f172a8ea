//! The combinatoric iterators: product, combinations,
//! combinations_with_replacement and permutations. Their pools are read
//! into tuples when the iterator is made; each step only moves indices, so
//! no Python code runs while they advance. Their index arrays are made
//! when the iterator is (as CPython's), fallibly: a huge `r` is a
//! MemoryError, never the allocator's abort.

use crate::object::alloc::{memory_error, with_capacity};
use crate::object::{PyResult, Value};

/// `n` copies of `v`, or MemoryError.
fn filled(n: usize, v: usize) -> PyResult<Vec<usize>> {
    let mut out = with_capacity(n)?;
    out.resize(n, v);
    Ok(out)
}

/// The tuple of `pool[k]` for each index, or MemoryError.
fn pick(pool: &[Value], ix: &[usize]) -> PyResult<Value> {
    let mut items = with_capacity(ix.len())?;
    items.extend(ix.iter().map(|&k| pool[k].clone()));
    Ok(Value::tuple(items))
}

/// `product`: `indices` is None before the first item.
pub(crate) fn product_next(
    pools: &[Vec<Value>],
    indices: &mut Option<Vec<usize>>,
    done: &mut bool,
) -> PyResult<Option<Value>> {
    if *done {
        return Ok(None);
    }
    match indices {
        None => {
            if pools.iter().any(|p| p.is_empty()) {
                *done = true;
                return Ok(None);
            }
            *indices = Some(filled(pools.len(), 0)?);
        }
        Some(ix) => {
            // The rightmost index that can move moves; those after it restart.
            let mut i = ix.len();
            loop {
                if i == 0 {
                    *done = true;
                    return Ok(None);
                }
                i -= 1;
                ix[i] += 1;
                if ix[i] < pools[i].len() {
                    break;
                }
                ix[i] = 0;
            }
        }
    }
    let Some(ix) = indices.as_ref() else { return Ok(None) };
    let mut items = with_capacity(ix.len())?;
    items.extend(pools.iter().zip(ix).map(|(p, &k)| p[k].clone()));
    Ok(Some(Value::tuple(items)))
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum ChoiceKind {
    Combinations,
    WithReplacement,
    Permutations,
}

/// combinations, combinations_with_replacement and permutations: tuples
/// of `r` items of the pool picked by `indices`.
pub(crate) struct Choice {
    kind: ChoiceKind,
    pub(crate) pool: Vec<Value>,
    r: usize,
    indices: Vec<usize>,
    /// permutations only: how far each position still has to turn.
    cycles: Vec<usize>,
    started: bool,
    done: bool,
}

impl Choice {
    /// The iterator, with its indices made now (CPython allocates them in
    /// the constructor, so a huge `r` fails there, even when `r > n`).
    pub(crate) fn new(kind: ChoiceKind, pool: Vec<Value>, r: usize) -> PyResult<Choice> {
        let n = pool.len();
        let (indices, cycles) = match kind {
            ChoiceKind::Combinations => {
                let mut ix = with_capacity(r)?;
                ix.extend(0..r);
                (ix, Vec::new())
            }
            ChoiceKind::WithReplacement => (filled(r, 0)?, Vec::new()),
            ChoiceKind::Permutations => {
                let mut ix = with_capacity(n)?;
                ix.extend(0..n);
                let mut cycles = with_capacity(r)?;
                if r <= n {
                    cycles.extend((n - r + 1..=n).rev());
                }
                (ix, cycles)
            }
        };
        Ok(Choice { kind, pool, r, indices, cycles, started: false, done: false })
    }

    fn output(&self) -> PyResult<Value> {
        pick(&self.pool, self.indices.get(..self.r).ok_or_else(memory_error)?)
    }

    pub(crate) fn next(&mut self) -> PyResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        let (n, r) = (self.pool.len(), self.r);
        if !self.started {
            self.started = true;
            let empty = match self.kind {
                ChoiceKind::Combinations | ChoiceKind::Permutations => r > n,
                ChoiceKind::WithReplacement => n == 0 && r > 0,
            };
            if empty {
                self.done = true;
                return Ok(None);
            }
            return self.output().map(Some);
        }
        let moved = match self.kind {
            ChoiceKind::Combinations => self.advance_combination(n, r),
            ChoiceKind::WithReplacement => self.advance_replacement(n, r),
            ChoiceKind::Permutations => self.advance_permutation(n, r),
        };
        if !moved {
            self.done = true;
            // The pool is no longer needed.
            self.pool = Vec::new();
            return Ok(None);
        }
        self.output().map(Some)
    }

    fn advance_combination(&mut self, n: usize, r: usize) -> bool {
        let ix = &mut self.indices;
        let Some(i) = (0..r).rev().find(|&i| ix[i] != i + n - r) else { return false };
        ix[i] += 1;
        for j in i + 1..r {
            ix[j] = ix[j - 1] + 1;
        }
        true
    }

    fn advance_replacement(&mut self, n: usize, r: usize) -> bool {
        let ix = &mut self.indices;
        let Some(i) = (0..r).rev().find(|&i| ix[i] != n - 1) else { return false };
        let v = ix[i] + 1;
        ix[i..].iter_mut().for_each(|x| *x = v);
        true
    }

    fn advance_permutation(&mut self, n: usize, r: usize) -> bool {
        for i in (0..r).rev() {
            self.cycles[i] -= 1;
            if self.cycles[i] == 0 {
                self.indices[i..].rotate_left(1);
                self.cycles[i] = n - i;
            } else {
                let j = self.cycles[i];
                self.indices.swap(i, n - j);
                return true;
            }
        }
        false
    }
}
