//! Checking hand-made code given to `_sre.compile` before any match runs.
//!
//! CPython 2.7 validates the opcodes of `_sre.compile(pattern, flags, code,
//! groups, ...)` when the pattern is built and raises RuntimeError("invalid
//! SRE code") for garbage. That code is in 2.7's numbering, while the engine
//! behind `_sre` (and our `sre_compile.py`) uses a later numbering, so the
//! walk that checks the structure also rewrites every opcode it meets into
//! the engine's numbering. `None` means the code is invalid.

/// 2.7's opcode numbers (CALL and SUBPATTERN are never valid code).
mod op27 {
    pub const FAILURE: u32 = 0;
    pub const SUCCESS: u32 = 1;
    pub const ANY: u32 = 2;
    pub const ANY_ALL: u32 = 3;
    pub const ASSERT: u32 = 4;
    pub const ASSERT_NOT: u32 = 5;
    pub const AT: u32 = 6;
    pub const BRANCH: u32 = 7;
    pub const CATEGORY: u32 = 9;
    pub const CHARSET: u32 = 10;
    pub const BIGCHARSET: u32 = 11;
    pub const GROUPREF: u32 = 12;
    pub const GROUPREF_EXISTS: u32 = 13;
    pub const GROUPREF_IGNORE: u32 = 14;
    pub const IN: u32 = 15;
    pub const IN_IGNORE: u32 = 16;
    pub const INFO: u32 = 17;
    pub const JUMP: u32 = 18;
    pub const LITERAL: u32 = 19;
    pub const LITERAL_IGNORE: u32 = 20;
    pub const MARK: u32 = 21;
    pub const MAX_UNTIL: u32 = 22;
    pub const MIN_UNTIL: u32 = 23;
    pub const NOT_LITERAL: u32 = 24;
    pub const NOT_LITERAL_IGNORE: u32 = 25;
    pub const NEGATE: u32 = 26;
    pub const RANGE: u32 = 27;
    pub const REPEAT: u32 = 28;
    pub const REPEAT_ONE: u32 = 29;
    pub const MIN_REPEAT_ONE: u32 = 31;
}

/// The engine's number for a 2.7 opcode; the `_IGNORE` flavours depend on
/// the pattern's LOCALE (4) and UNICODE (32) flags, as 2.7's case folding did.
fn engine_op(op: u32, flags: i64) -> u32 {
    use op27::*;
    // offset of the LOCALE / UNICODE flavours from the plain _IGNORE opcode
    let fold = if flags & 32 != 0 {
        8
    } else if flags & 4 != 0 {
        4
    } else {
        0
    };
    match op {
        FAILURE => 0,
        SUCCESS => 1,
        ANY => 2,
        ANY_ALL => 3,
        ASSERT => 4,
        ASSERT_NOT => 5,
        AT => 6,
        BRANCH => 7,
        CATEGORY => 8,
        CHARSET => 9,
        BIGCHARSET => 10,
        GROUPREF => 11,
        GROUPREF_EXISTS => 12,
        GROUPREF_IGNORE => 30 + fold,
        IN => 13,
        IN_IGNORE => 31 + fold,
        INFO => 14,
        JUMP => 15,
        LITERAL => 16,
        LITERAL_IGNORE => 32 + fold,
        MARK => 17,
        MAX_UNTIL => 18,
        MIN_UNTIL => 19,
        NOT_LITERAL => 20,
        NOT_LITERAL_IGNORE => 33 + fold,
        NEGATE => 21,
        RANGE => 22,
        REPEAT => 23,
        REPEAT_ONE => 24,
        MIN_REPEAT_ONE => 26,
        other => other,
    }
}

struct Walk<'a> {
    code: &'a mut [u32],
    groups: u32,
    flags: i64,
}

impl Walk<'_> {
    /// The word at `at` if it lies before `end`.
    fn arg(&self, at: usize, end: usize) -> Option<u32> {
        (at < end).then(|| self.code[at])
    }

    /// A skip word at `at`: the region it covers ends at most at `end`.
    fn skip(&self, at: usize, end: usize) -> Option<usize> {
        let s = self.arg(at, end)? as usize;
        (s >= 1 && at + s <= end).then_some(s)
    }

    /// Rewrites the opcode at `at` into the engine's numbering.
    fn retag(&mut self, at: usize) {
        self.code[at] = engine_op(self.code[at], self.flags);
    }

    /// The members of a character set in `[pos, end)`.
    fn charset(&mut self, mut pos: usize, end: usize) -> Option<()> {
        use op27::*;
        while pos < end {
            let op = self.code[pos];
            self.retag(pos);
            pos += 1;
            match op {
                NEGATE => {}
                LITERAL => pos += 1,
                RANGE => pos += 2,
                CHARSET => pos += 8,
                BIGCHARSET => {
                    let blocks = self.arg(pos, end)?;
                    pos += 1;
                    if pos + 64 > end {
                        return None;
                    }
                    // Each of the 256 block numbers (bytes packed four a word)
                    // names an existing block.
                    let ok =
                        self.code[pos..pos + 64].iter().all(|w| w.to_le_bytes().iter().all(|b| u32::from(*b) < blocks));
                    if !ok {
                        return None;
                    }
                    pos += 64 + blocks as usize * 8;
                }
                CATEGORY => {
                    if self.arg(pos, end)? > 17 {
                        return None;
                    }
                    pos += 1;
                }
                _ => return None,
            }
            if pos > end {
                return None;
            }
        }
        Some(())
    }

    /// A set whose skip word is at `at`, ending with FAILURE; the position after it.
    fn set_body(&mut self, at: usize, end: usize) -> Option<usize> {
        let skip = self.skip(at, end)?;
        let last = at + skip - 1;
        if skip < 2 || self.code[last] != op27::FAILURE {
            return None;
        }
        self.charset(at + 1, last)?;
        Some(at + skip)
    }

    /// The code in `[pos, end)`.
    fn block(&mut self, mut pos: usize, end: usize) -> Option<()> {
        use op27::*;
        while pos < end {
            let op = self.code[pos];
            self.retag(pos);
            pos += 1;
            match op {
                FAILURE | SUCCESS | ANY | ANY_ALL => {}
                AT => {
                    if self.arg(pos, end)? > 11 {
                        return None;
                    }
                    pos += 1;
                }
                CATEGORY => {
                    if self.arg(pos, end)? > 17 {
                        return None;
                    }
                    pos += 1;
                }
                LITERAL | NOT_LITERAL | LITERAL_IGNORE | NOT_LITERAL_IGNORE => {
                    self.arg(pos, end)?;
                    pos += 1;
                }
                MARK => {
                    if self.arg(pos, end)? >= self.groups.saturating_mul(2).saturating_add(2) {
                        return None;
                    }
                    pos += 1;
                }
                IN | IN_IGNORE => pos = self.set_body(pos, end)?,
                INFO => pos = self.info(pos, end)?,
                BRANCH => pos = self.branch(pos, end)?,
                REPEAT_ONE | MIN_REPEAT_ONE | REPEAT => {
                    let skip = self.skip(pos, end)?;
                    let (lo, hi) = (self.arg(pos + 1, end)?, self.arg(pos + 2, end)?);
                    if lo > hi || skip < 3 {
                        return None;
                    }
                    // REPEAT's skip stops before its closing UNTIL; the single
                    // repeats' skip takes in their closing SUCCESS.
                    let last = if op == REPEAT { pos + skip } else { pos + skip - 1 };
                    if last >= end || last < pos + 3 {
                        return None;
                    }
                    self.block(pos + 3, last)?;
                    let tail = self.code[last];
                    let fine = if op == REPEAT { matches!(tail, MAX_UNTIL | MIN_UNTIL) } else { tail == SUCCESS };
                    if !fine {
                        return None;
                    }
                    self.retag(last);
                    pos = last + 1;
                }
                GROUPREF | GROUPREF_IGNORE => {
                    if self.arg(pos, end)? >= self.groups {
                        return None;
                    }
                    pos += 1;
                }
                GROUPREF_EXISTS => pos = self.group_exists(pos, end)?,
                ASSERT | ASSERT_NOT => {
                    let skip = self.skip(pos, end)?;
                    let back = self.arg(pos + 1, end)?;
                    if back & 0x8000_0000 != 0 || skip < 2 {
                        return None;
                    }
                    self.block(pos + 2, pos + skip)?;
                    pos += skip;
                }
                _ => return None,
            }
            if pos > end {
                return None;
            }
        }
        Some(())
    }

    /// `INFO skip flags min max [prefix | charset]`.
    fn info(&mut self, pos: usize, end: usize) -> Option<usize> {
        const PREFIX: u32 = 1;
        const LITERAL: u32 = 2;
        const CHARSET: u32 = 4;
        let skip = self.skip(pos, end)?;
        let stop = pos + skip;
        let flags = self.arg(pos + 1, stop)?;
        let (_min, _max) = (self.arg(pos + 2, stop)?, self.arg(pos + 3, stop)?);
        if flags & !(PREFIX | LITERAL | CHARSET) != 0 || flags & (PREFIX | CHARSET) == (PREFIX | CHARSET) {
            return None;
        }
        let mut at = pos + 4;
        if flags & PREFIX != 0 {
            let len = self.arg(at, stop)? as usize;
            let prefix_skip = self.arg(at + 1, stop)? as usize;
            at += 2;
            if prefix_skip > len || at + 2 * len != stop {
                return None;
            }
            // the overlap table points back into the prefix
            if self.code[at + len..stop].iter().any(|&o| o as usize >= len) {
                return None;
            }
        } else if flags & CHARSET != 0 {
            if stop <= at || self.code[stop - 1] != op27::FAILURE {
                return None;
            }
            self.charset(at, stop - 1)?;
        }
        Some(stop)
    }

    /// `BRANCH (skip alternative JUMP skip)* 0`: every JUMP goes to one place.
    fn branch(&mut self, mut pos: usize, end: usize) -> Option<usize> {
        let mut target = None;
        loop {
            let s = self.arg(pos, end)? as usize;
            if s == 0 {
                return Some(pos + 1);
            }
            if s < 3 || pos + s > end {
                return None;
            }
            let jump = pos + s - 2;
            self.block(pos + 1, jump)?;
            if self.code[jump] != op27::JUMP {
                return None;
            }
            self.retag(jump);
            let to = jump + 1 + self.skip(jump + 1, end)?;
            if *target.get_or_insert(to) != to {
                return None;
            }
            pos += s;
        }
    }

    /// `GROUPREF_EXISTS group skip yes [JUMP skip no]`.
    fn group_exists(&mut self, pos: usize, end: usize) -> Option<usize> {
        if self.arg(pos, end)? >= self.groups {
            return None;
        }
        // The skip word counts one more than the words it spans.
        let skip = self.arg(pos + 1, end)? as usize;
        let stop = pos + skip;
        if skip < 2 || stop > end {
            return None;
        }
        if skip >= 4 && self.code[stop - 2] == op27::JUMP {
            self.block(pos + 2, stop - 2)?;
            self.retag(stop - 2);
            let else_skip = self.skip(stop - 1, end)?;
            let else_end = stop - 1 + else_skip;
            self.block(stop, else_end)?;
            Some(else_end)
        } else {
            self.block(pos + 2, stop)?;
            Some(stop)
        }
    }
}

/// The engine's form of 2.7 `code` for a pattern with `groups` groups and
/// `flags`, or `None` when 2.7 would call the code invalid.
pub fn translate(code: &[u32], groups: i64, flags: i64) -> Option<Vec<u32>> {
    if code.is_empty() || !(0..=100).contains(&groups) {
        return None;
    }
    let mut out = code.to_vec();
    // The code ends with SUCCESS, which the walk leaves out.
    if out[out.len() - 1] != op27::SUCCESS {
        return None;
    }
    let end = out.len() - 1;
    let mut w = Walk { code: &mut out, groups: groups as u32, flags };
    w.block(0, end)?;
    Some(out)
}
