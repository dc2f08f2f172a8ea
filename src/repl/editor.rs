//! The line editor (rustyline) on a thread of its own, so that the
//! interpreter thread can wait for a line with the GIL released, as
//! CPython's readline hook runs inside `Py_BEGIN_ALLOW_THREADS`.
//!
//! The interpreter thread sends a request and waits on a channel through
//! `Vm::allow_threads` (a wait for input: never part of a deadlock). While
//! it waits, other threads run, and their output reaches the screen above
//! the prompt (`sink.rs`). Tab completion needs the interpreter: the editor
//! thread hands the line back to the waiting interpreter thread, which takes
//! the GIL, completes (`complete.rs`) and lets it go again.

use std::borrow::Cow;
use std::cell::Cell;
use std::sync::mpsc::{channel, Sender};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::history::{DefaultHistory, History};
use rustyline::validate::Validator;
use rustyline::{ColorMode, CompletionType, Config, Context, Editor, ExternalPrinter, Helper};

type Printer = Box<dyn ExternalPrinter + Send>;

use crate::vm::threads::{Wait, WaitKind};
use crate::vm::Vm;

/// What the interpreter thread hears back while it waits for a line.
enum Event {
    Line(Result<String, ReadlineError>),
    /// Complete `line` at `pos`; answer on the channel.
    Complete(String, usize, Sender<(usize, Vec<String>)>),
}

enum Request {
    /// `threads`: other Python threads are running (they may print).
    Read {
        prompt: String,
        initial: String,
        threads: bool,
        reply: Sender<Event>,
    },
    SaveHistory {
        done: Sender<()>,
    },
}

/// The editor thread's inbox, once started.
static SERVICE: Mutex<Option<Sender<Request>>> = Mutex::new(None);

fn history_file() -> Option<std::path::PathBuf> {
    std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".minipy_history"))
}

/// Colours unless `NO_COLOR` is set, the terminal is dumb, or stdout is
/// not a terminal.
pub fn colours_wanted() -> bool {
    use std::io::IsTerminal;
    std::env::var_os("NO_COLOR").is_none()
        && std::env::var("TERM").map_or(true, |t| t != "dumb")
        && std::io::stdout().is_terminal()
}

/// rustyline's view of minipy: completion, colours, nothing else.
struct PyHelper {
    /// Where to send completion requests (the interpreter thread waiting
    /// for the current line).
    current: Arc<Mutex<Option<Sender<Event>>>>,
    colours: bool,
    /// Show the matching bracket (not in the final redraw of a line).
    brackets: Cell<bool>,
}

impl Completer for PyHelper {
    type Candidate = String;
    fn complete(&self, line: &str, pos: usize, _: &Context<'_>) -> rustyline::Result<(usize, Vec<String>)> {
        if line[..pos].trim().is_empty() {
            return Ok((pos, vec!["    ".to_string()]));
        }
        let to = self.current.lock().ok().and_then(|g| g.clone());
        let Some(to) = to else { return Ok((pos, Vec::new())) };
        let (tx, rx) = channel();
        if to.send(Event::Complete(line.to_string(), pos, tx)).is_err() {
            return Ok((pos, Vec::new()));
        }
        // The interpreter answers as soon as it gets the GIL; a program
        // that keeps it (a C-like loop under -X gil=off) costs only a Tab.
        Ok(rx.recv_timeout(Duration::from_secs(5)).unwrap_or((pos, Vec::new())))
    }
}

impl Hinter for PyHelper {
    type Hint = String;
}

impl Validator for PyHelper {}

impl Highlighter for PyHelper {
    fn highlight<'l>(&self, line: &'l str, pos: usize) -> Cow<'l, str> {
        if !self.colours {
            return Cow::Borrowed(line);
        }
        let bracket = if self.brackets.get() { super::highlight::matching_bracket(line, pos) } else { None };
        Cow::Owned(super::highlight::colour(line, bracket))
    }
    fn highlight_char(&self, _line: &str, _pos: usize, kind: CmdKind) -> bool {
        // Every change may recolour the line.
        self.brackets.set(kind != CmdKind::ForcedRefresh);
        self.colours && kind != CmdKind::ForcedRefresh
    }
}

impl Helper for PyHelper {}

/// Starts the editor thread (once) and returns its inbox.
fn service() -> Option<Sender<Request>> {
    let mut g = SERVICE.lock().ok()?;
    if let Some(s) = &*g {
        return Some(s.clone());
    }
    let (tx, rx) = channel::<Request>();
    std::thread::Builder::new()
        .name("minipy-line-editor".into())
        .spawn(move || {
            let colours = colours_wanted();
            let config = Config::builder()
                .completion_type(CompletionType::List)
                .auto_add_history(false)
                .history_ignore_dups(true)
                .map(|b| b.color_mode(if colours { ColorMode::Enabled } else { ColorMode::Disabled }).build());
            let current = Arc::new(Mutex::new(None));
            let editor = config.and_then(Editor::<PyHelper, DefaultHistory>::with_config);
            let mut editor = match editor {
                Ok(e) => e,
                Err(e) => {
                    // Answer every request with the error.
                    let msg = e.to_string();
                    for r in rx {
                        if let Request::Read { reply, .. } = r {
                            let err = std::io::Error::other(msg.clone());
                            let _ = reply.send(Event::Line(Err(ReadlineError::Io(err))));
                        }
                    }
                    return;
                }
            };
            editor.set_helper(Some(PyHelper { current: current.clone(), colours, brackets: Cell::new(false) }));
            if let Some(h) = history_file() {
                let _ = editor.load_history(&h);
            }
            // The external printer exists only while other threads run:
            // with one, rustyline (15 to 19) leaves keys that arrived together in
            // its buffer until the next key (its `select` does not look at
            // the buffer first; rustyline issue #976), which hurts typeahead.
            let printer: Arc<Mutex<Option<Printer>>> = Arc::new(Mutex::new(None));
            let shared = printer.clone();
            super::sink::install(move |msg| {
                if let Ok(mut g) = shared.lock() {
                    match g.as_mut() {
                        Some(p) => {
                            let _ = p.print(msg);
                        }
                        None => {
                            use std::io::Write;
                            let mut out = std::io::stdout();
                            let _ = out.write_all(msg.as_bytes());
                            let _ = out.flush();
                        }
                    }
                }
            });
            for r in rx {
                match r {
                    Request::Read { prompt, initial, threads, reply } => {
                        if let Ok(mut p) = printer.lock() {
                            if threads && p.is_none() {
                                *p = editor.create_external_printer().ok().map(|p| Box::new(p) as Printer);
                            } else if !threads {
                                *p = None;
                            }
                            super::sink::set_enabled(p.is_some());
                        }
                        if let Ok(mut c) = current.lock() {
                            *c = Some(reply.clone());
                        }
                        super::sink::set_waiting(true);
                        let line = editor.readline_with_initial(&prompt, (&initial, ""));
                        super::sink::set_waiting(false);
                        if let Ok(mut c) = current.lock() {
                            *c = None;
                        }
                        if let Ok(l) = &line {
                            if !l.trim().is_empty() {
                                let _ = editor.add_history_entry(l.as_str());
                            }
                        }
                        let _ = reply.send(Event::Line(line));
                    }
                    Request::SaveHistory { done } => {
                        if let Some(h) = history_file() {
                            if !editor.history().is_empty() {
                                let _ = editor.save_history(&h);
                            }
                        }
                        let _ = done.send(());
                    }
                }
            }
        })
        .ok()?;
    *g = Some(tx.clone());
    Some(tx)
}

/// Reads a line at `prompt`, `initial` already typed, with the GIL released
/// while the user types. Tab completion runs here, with the GIL.
pub fn read_line(vm: &mut Vm, prompt: &str, initial: &str) -> Result<String, ReadlineError> {
    vm.flush_std();
    let Some(service) = service() else {
        return Err(ReadlineError::Io(std::io::Error::other("cannot start the line editor")));
    };
    let (tx, rx) = channel();
    let threads = vm.interp.live_threads.load(std::sync::atomic::Ordering::SeqCst) > 0;
    let request = Request::Read { prompt: prompt.to_string(), initial: initial.to_string(), threads, reply: tx };
    if service.send(request).is_err() {
        return Err(ReadlineError::Eof);
    }
    loop {
        let event = vm.allow_threads(Wait::new(WaitKind::Io, "input at the prompt"), true, || rx.recv());
        match event {
            Ok(Event::Line(r)) => return r,
            Ok(Event::Complete(line, pos, answer)) => {
                let r = super::complete::complete(vm, &line, pos);
                let _ = answer.send(r);
            }
            Err(_) => return Err(ReadlineError::Eof),
        }
    }
}

/// Writes the history file, if the editor ever ran.
pub fn save_history() {
    let service = SERVICE.lock().ok().and_then(|g| g.clone());
    if let Some(s) = service {
        let (tx, rx) = channel();
        if s.send(Request::SaveHistory { done: tx }).is_ok() {
            let _ = rx.recv_timeout(Duration::from_secs(2));
        }
    }
}

/// `raw_input(prompt)` when stdin and stdout are the terminal: the line
/// editor (GIL released, threads' output above the prompt). None when
/// the plain file read should be used instead.
pub fn raw_input(vm: &mut Vm, prompt: &str) -> Option<crate::object::PyResult> {
    use crate::object::{ExcKind, PyErr, Value};
    use std::io::IsTerminal;
    if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal() && uses_real_stdio(vm)) {
        return None;
    }
    Some(match read_line(vm, prompt, "") {
        Ok(line) => Ok(Value::str(&line)),
        Err(ReadlineError::Eof) => Err(PyErr::new(ExcKind::EOFError, "EOF when reading a line")),
        Err(ReadlineError::Interrupted) => Err(PyErr::with_args(ExcKind::KeyboardInterrupt, vec![])),
        Err(e) => Err(PyErr::new(ExcKind::IOError, e.to_string())),
    })
}

/// Are `sys.stdin` and `sys.stdout` still the process's own streams?
fn uses_real_stdio(vm: &mut Vm) -> bool {
    let is_std = |v: &crate::object::Value, name: &str| match v {
        crate::object::Value::Other(o) => matches!(&**o, crate::object::Object::File(f) if f.name == name),
        _ => false,
    };
    let (i, o) = (vm.sys_stream("stdin"), vm.sys_stream("stdout"));
    is_std(&i, "<stdin>") && is_std(&o, "<stdout>")
}
