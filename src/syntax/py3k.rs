//! `-3` warnings that CPython gives while reading source: the tokenizer's
//! `<>` (a DeprecationWarning) and the AST builder's SyntaxWarnings
//! (backquotes, tuple parameters, assignments to True/False/nonlocal).
//! The lexer and the grammar actions have no file name nor interpreter, so
//! they only note what they saw here; whoever compiles the source takes the
//! notes and issues the warnings once parsing has succeeded.

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set by `-3`.
pub static ENABLED: AtomicBool = AtomicBool::new(false);

/// One warning found in the source.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceWarning {
    /// A SyntaxWarning (the AST builder's) rather than a DeprecationWarning
    /// (the tokenizer's).
    pub syntax: bool,
    pub line: u32,
    pub msg: &'static str,
}

thread_local! {
    static FOUND: RefCell<Vec<SourceWarning>> = const { RefCell::new(Vec::new()) };
}

pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

fn note(syntax: bool, line: u32, msg: &'static str) {
    if enabled() {
        FOUND.with(|f| f.borrow_mut().push(SourceWarning { syntax, line, msg }));
    }
}

/// The tokenizer's warning (CPython's tokenizer runs to the end before the
/// AST builder starts, so these come out first).
pub fn note_token(line: u32, msg: &'static str) {
    note(false, line, msg);
}

/// One of the AST builder's warnings.
pub fn note_ast(line: u32, msg: &'static str) {
    note(true, line, msg);
}

/// Forgets earlier notes: called before a parse starts.
pub fn clear() {
    if enabled() {
        FOUND.with(|f| f.borrow_mut().clear());
    }
}

/// The notes of the parse that just ended, the tokenizer's first.
pub fn take() -> Vec<SourceWarning> {
    if !enabled() {
        return Vec::new();
    }
    let mut v = FOUND.with(|f| std::mem::take(&mut *f.borrow_mut()));
    v.sort_by_key(|w| w.syntax);
    v
}
