//! The combinatoric iterators: product, combinations,
//! combinations_with_replacement and permutations. Their pools are read
//! into tuples when the iterator is made; each step only moves indices, so
//! no Python code runs while they advance.

use crate::object::Value;

/// `product`: `indices` is None before the first item.
pub(crate) fn product_next(pools: &[Vec<Value>], indices: &mut Option<Vec<usize>>, done: &mut bool) -> Option<Value> {
    if *done {
        return None;
    }
    match indices {
        None => {
            if pools.iter().any(|p| p.is_empty()) {
                *done = true;
                return None;
            }
            *indices = Some(vec![0; pools.len()]);
        }
        Some(ix) => {
            // The rightmost index that can move moves; those after it restart.
            let mut i = ix.len();
            loop {
                if i == 0 {
                    *done = true;
                    return None;
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
    let ix = indices.as_ref()?;
    Some(Value::tuple(pools.iter().zip(ix).map(|(p, &k)| p[k].clone()).collect()))
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
    pub(crate) fn new(kind: ChoiceKind, pool: Vec<Value>, r: usize) -> Choice {
        Choice { kind, pool, r, indices: Vec::new(), cycles: Vec::new(), started: false, done: false }
    }

    fn output(&self) -> Value {
        Value::tuple(self.indices[..self.r].iter().map(|&k| self.pool[k].clone()).collect())
    }

    pub(crate) fn next(&mut self) -> Option<Value> {
        if self.done {
            return None;
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
                return None;
            }
            self.indices = match self.kind {
                ChoiceKind::Combinations => (0..r).collect(),
                ChoiceKind::WithReplacement => vec![0; r],
                ChoiceKind::Permutations => {
                    self.cycles = (n - r + 1..=n).rev().collect();
                    (0..n).collect()
                }
            };
            return Some(self.output());
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
            return None;
        }
        Some(self.output())
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
