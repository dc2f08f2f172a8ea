//! The interactive prompt: `>>> ` and `... ` (`sys.ps1`, `sys.ps2`), the
//! banner, `PYTHONSTARTUP`, auto-indent, Ctrl-C and Ctrl-D. The line editor
//! runs on its own thread (`editor.rs`) so that threads keep running while
//! the prompt waits; completion is in `complete.rs`, colours in
//! `highlight.rs`, other threads' output at the prompt in `sink.rs`.

pub mod complete;
pub mod editor;
pub mod highlight;
pub mod sink;

use std::io::IsTerminal;
use std::sync::Arc;

use rustyline::error::ReadlineError;

use crate::compile::{compile_module, CompileMode};
use crate::object::{Dict, ExcKind, PyStr, Value};
use crate::vm::import::syntax_error_value;
use crate::vm::Vm;

/// How this interactive session starts.
pub struct Session {
    /// Print the version banner (a plain REPL without `-q`).
    pub banner: bool,
    /// Run `PYTHONSTARTUP` first (a plain REPL without `-E`).
    pub startup: bool,
}

/// The first lines of a session, as CPython's (with minipy's version and
/// GIL policy where CPython names its compiler).
pub fn banner(vm: &Vm) -> String {
    format!(
        "Python 2.7.18 (minipy {}, GIL policy {}) on linux2\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
        env!("CARGO_PKG_VERSION"),
        vm.interp.gil.policy.name()
    )
}

/// `sys.ps1` / `sys.ps2` (set to the defaults when missing), as text.
fn prompt(vm: &mut Vm, name: &str, default: &str) -> String {
    let key = PyStr::from_str(name);
    let v = match vm.interp.sys.get_str(&key) {
        Some(v) => v,
        None => {
            vm.interp.sys.set_str(name, Value::str(default));
            return default.to_string();
        }
    };
    match vm.to_str(&v) {
        Ok(s) => s.to_string_lossy(),
        Err(_) => default.to_string(),
    }
}

/// Runs `PYTHONSTARTUP`'s file in the session's namespace.
fn run_startup(vm: &mut Vm, globals: &Arc<Dict>) {
    let Some(path) = std::env::var_os("PYTHONSTARTUP").filter(|p| !p.is_empty()) else { return };
    let path = path.to_string_lossy().into_owned();
    let Ok(bytes) = std::fs::read(&path) else { return };
    let r = vm.compile_source_bytes(&bytes, &path).and_then(|code| vm.run_code(&code, globals.clone()));
    if let Err(e) = r {
        crate::runner::report(vm, e);
    }
}

/// Runs the REPL until end of input or `exit()`; returns the exit status.
pub fn run(vm: &mut Vm, globals: Arc<Dict>, session: &Session) -> i32 {
    let tty = std::io::stdin().is_terminal();
    if session.banner {
        vm.flush_std();
        eprint!("{}", banner(vm));
    }
    if session.startup {
        run_startup(vm, &globals);
    }
    let mut buffer = String::new();
    let mut indent = String::new();
    let mut flags = crate::syntax::FutureFlags::default();
    loop {
        let p = if buffer.is_empty() { prompt(vm, "ps1", ">>> ") } else { prompt(vm, "ps2", "... ") };
        crate::runner::end_softspace(vm);
        let initial = if tty { indent.clone() } else { String::new() };
        if !tty {
            // `-i` on a pipe: the editor shows no prompt there, CPython's
            // plain reader writes it to stderr.
            vm.flush_std();
            eprint!("{}", p);
        }
        let line = match editor::read_line(vm, &p, &initial) {
            Ok(line) => line,
            Err(ReadlineError::Interrupted) => {
                buffer.clear();
                indent.clear();
                // The editor has ended the line already (it showed ^C).
                eprintln!("KeyboardInterrupt");
                continue;
            }
            Err(ReadlineError::Eof) => {
                // As CPython, a newline after the last prompt (on stderr,
                // with the prompt, when stdin is not a terminal).
                if tty {
                    println!();
                } else {
                    eprintln!();
                }
                return 0;
            }
            Err(e) => {
                eprintln!("minipy: {}", e);
                return 1;
            }
        };
        // A Ctrl-C from outside (kill -INT) while the prompt waited.
        if let Err(e) = vm.run_pending_signals() {
            buffer.clear();
            indent.clear();
            crate::runner::report(vm, e);
            continue;
        }
        buffer.push_str(&line);
        buffer.push('\n');
        let ends_block = line.trim().is_empty();
        indent = next_indent(&line);
        flags = flags.union(crate::syntax::future_flags(&buffer));
        crate::syntax::py3k::clear();
        match crate::syntax::parse_interactive_with(&buffer, flags) {
            // Inside brackets or a string a blank line does not end the entry.
            Err(e) if e.incomplete && (!ends_block || e.msg != "expected an indented block") => continue,
            // A nested block just opened: the parser sees the end as a dedent.
            Err(e) if !ends_block && e.msg == "expected an indented block" && opens_block(&line) => continue,
            // A compound statement waits for a blank line.
            Ok(_) if !ends_block && needs_more(&buffer) => continue,
            Err(e) => {
                let err = syntax_error_value(&e, "<stdin>", &buffer);
                vm.flush_std();
                eprint!("{}", crate::traceback::format_exception(vm, &err));
            }
            Ok(module) => match compile_module(&module, "<stdin>", CompileMode::Interactive) {
                Err(e) => {
                    let err = syntax_error_value(&e, "<stdin>", &buffer);
                    eprint!("{}", crate::traceback::format_exception(vm, &err));
                }
                Ok(code) => {
                    // -3's warnings about the entry's source come first.
                    let found = crate::syntax::py3k::take();
                    let warned = crate::modules::py3k::warn_source(vm, found, "<stdin>", &buffer);
                    // As CPython 2.7, tracebacks show no source lines for <stdin>.
                    if let Err(e) = warned.and_then(|_| vm.run_code(&code, globals.clone())) {
                        if e.matches(ExcKind::SystemExit) {
                            return crate::runner::report(vm, e);
                        }
                        crate::runner::report(vm, e);
                    }
                }
            },
        }
        buffer.clear();
        indent.clear();
    }
}

/// The indentation offered on the next line: one level more after a line
/// ending in `:` (comments aside), the same otherwise.
pub fn next_indent(line: &str) -> String {
    let lead: String = line.chars().take_while(|c| *c == ' ' || *c == '\t').collect();
    if line.trim().is_empty() {
        return String::new();
    }
    let code = strip_comment(line);
    if code.trim_end().ends_with(':') {
        lead + "    "
    } else {
        lead
    }
}

/// The line without a trailing `# comment` (a `#` inside a string stays).
fn strip_comment(line: &str) -> &str {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None if c == '#' => return &line[..i],
            None if c == '\'' || c == '"' => quote = Some(c),
            None => {}
        }
    }
    line
}

/// Does this line end with `:` (a block follows)?
fn opens_block(line: &str) -> bool {
    strip_comment(line).trim_end().ends_with(':')
}

/// A compound statement (`if x: pass` too) continues until a blank line.
fn needs_more(buffer: &str) -> bool {
    let first = buffer.lines().next().unwrap_or("").trim_start();
    let word: String = first.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
    strip_comment(first).trim_end().ends_with(':')
        || first.starts_with('@')
        || matches!(word.as_str(), "if" | "while" | "for" | "try" | "with" | "def" | "class")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indentation() {
        assert_eq!(next_indent("def f():"), "    ");
        assert_eq!(next_indent("    if x:  # why"), "        ");
        assert_eq!(next_indent("    return 1"), "    ");
        assert_eq!(next_indent("x = '#:'"), "");
        assert_eq!(next_indent("   "), "");
    }

    #[test]
    fn entries_that_wait_for_a_blank_line() {
        assert!(needs_more("while True: pass\n"));
        assert!(needs_more("def f():\n    return 1\n"));
        assert!(needs_more("@dec\n"));
        assert!(!needs_more("x = (1,\n 2)\n"));
        assert!(!needs_more("print 'if:'\n"));
    }
}
