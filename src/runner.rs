//! Running a program end to end: the interpreter thread, `sys.path`, the
//! main module, exit status and the printing of uncaught exceptions.

use std::sync::Arc;

use crate::object::{Dict, ExcKind, PyErr, PyResult, PyStr, Value};
use crate::traceback::{format_exception, system_exit_status};
use crate::vm::gil::Policy;
use crate::vm::probe::Instruments;
use crate::vm::{Interp, Vm};

/// Rust stack reserved for every interpreter thread. Python recursion does
/// not use it, but recursion through native code (repr, sort keys) does.
pub const THREAD_STACK: usize = 256 * 1024 * 1024;

/// Rust stack of each thread started by `thread`/`threading`: small, as C
/// threads' are (glibc gives 8 MB), so that hundreds of threads fit in a
/// limited address space. `Vm::check_stack` turns running out of it into
/// RuntimeError; at about 2 KB per Python-native-Python level it still
/// leaves room for several times the default recursion limit.
pub const SPAWNED_THREAD_STACK: usize = 8 * 1024 * 1024;

#[derive(Default, Clone)]
pub enum Source {
    #[default]
    Repl,
    File(String),
    Command(String),
    /// `-m name`: a module found on `sys.path` or in the embedded stdlib,
    /// run as `__main__` (a package runs its `__main__` submodule).
    Module(String),
    Stdin,
}

#[derive(Clone)]
pub struct Options {
    pub source: Source,
    pub argv: Vec<String>,
    pub inspect: bool,
    pub dis: bool,
    pub gil: Option<String>,
    pub instruments: Instruments,
    /// The other command-line flags (`-O`, `-v`, `-u`, `-W` ...).
    pub flags: crate::cli::Flags,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            source: Source::default(),
            argv: Vec::new(),
            inspect: false,
            dis: false,
            gil: None,
            instruments: Instruments { deadlock: true, ..Instruments::default() },
            flags: crate::cli::Flags::default(),
        }
    }
}

impl Options {
    /// `-X name=value`
    pub fn set_x(&mut self, x: &str) -> Result<(), String> {
        let (k, v) = x.split_once('=').unwrap_or((x, ""));
        match k {
            "gil" => match v {
                "new" | "old" | "off" | "prio" => {
                    self.gil = Some(v.to_string());
                    Ok(())
                }
                _ => Err(format!("-X gil: expected new, old, prio or off, got '{}'", v)),
            },
            "gil-stats" if v.is_empty() => {
                self.instruments.stats = true;
                Ok(())
            }
            "gil-trace" | "gil-timeline" if v.is_empty() => Err(format!("-X {}: expected {}=FILE", k, k)),
            "gil-trace" => {
                crate::vm::threads::pin_codes();
                self.instruments.trace = Some(v.to_string());
                Ok(())
            }
            "gil-timeline" => {
                crate::vm::threads::pin_codes();
                self.instruments.timeline = Some(v.to_string());
                Ok(())
            }
            "deadlock" => match v {
                "on" => {
                    self.instruments.deadlock = true;
                    Ok(())
                }
                "off" => {
                    self.instruments.deadlock = false;
                    Ok(())
                }
                _ => Err(format!("-X deadlock: expected on or off, got '{}'", v)),
            },
            _ => Err(format!("unknown -X option '{}'", x)),
        }
    }
}

/// Runs the program described by `opts` and returns the exit status.
pub fn run(opts: Options) -> i32 {
    let handle = std::thread::Builder::new()
        .name("MainThread".into())
        .stack_size(THREAD_STACK)
        .spawn(move || run_on_this_thread(opts));
    match handle {
        Ok(h) => h.join().unwrap_or(70),
        Err(e) => {
            eprintln!("minipy: cannot start the interpreter thread: {}", e);
            70
        }
    }
}

fn run_on_this_thread(opts: Options) -> i32 {
    let policy = match opts.gil.as_deref() {
        Some("old") => Policy::Old,
        Some("off") => Policy::Off,
        Some("prio") => Policy::Prio,
        _ => Policy::New,
    };
    let interp = Interp::new(opts.argv.clone(), policy, opts.instruments.clone());
    let record = interp.threads.register(interp.main_ident, "MainThread".into(), interp.instruments.any());
    let mut vm = Vm::new(interp.clone(), THREAD_STACK, record);
    vm.take_gil(false);
    crate::modules::signal::install_default_handlers();
    crate::cli::apply_flags(&interp, &opts.flags);
    let status = run_main(&mut vm, &opts);
    crate::repl::editor::save_history();
    vm.close_probe();
    crate::vm::report::write_reports(&interp);
    status
}

/// Runs the script, `-c` command, stdin or REPL of `opts` on the main thread.
fn run_main(vm: &mut Vm, opts: &Options) -> i32 {
    let interp = vm.interp.clone();
    let main_dict = Arc::new(Dict::new());
    main_dict.set_str("__name__", Value::str("__main__"));
    main_dict.set_str("__doc__", Value::None);
    main_dict.set_str("__package__", Value::None);
    main_dict.set_str("__builtins__", Value::str("__builtin__"));
    let module = Value::other(crate::object::Object::Module(crate::object::module::Module {
        name: Arc::new(PyStr::from_str("__main__")),
        dict: main_dict.clone(),
    }));
    interp.modules.set_str("__main__", module);

    let (text, filename) = match &opts.source {
        Source::File(path) => match std::fs::read(path) {
            Ok(mut bytes) => {
                if opts.flags.skip_first_line {
                    // -x: the first line goes, its line number stays.
                    let end = bytes.iter().position(|&b| b == b'\n').unwrap_or(bytes.len());
                    bytes.drain(..end);
                }
                (bytes, path.clone())
            }
            Err(e) => {
                let errno = e.raw_os_error().unwrap_or(2);
                let msg = match e.kind() {
                    std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                    std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
                    _ => e.to_string(),
                };
                eprintln!("minipy: can't open file '{}': [Errno {}] {}", path, errno, msg);
                return 2;
            }
        },
        Source::Command(c) => (c.clone().into_bytes(), "<string>".to_string()),
        Source::Module(name) => {
            if let Some(Value::List(path)) = interp.sys.get_str(&PyStr::from_str("path")) {
                path.push(Value::str(""));
                push_pythonpath(&path);
            }
            match vm.find_main_module(name) {
                Ok((src, file, package)) => {
                    if let Some(Value::List(argv)) = interp.sys.get_str(&PyStr::from_str("argv")) {
                        if let Some(first) = argv.items.lock().first_mut() {
                            *first = Value::str(&file);
                        }
                    }
                    main_dict.set_str("__file__", Value::str(&file));
                    if let Some(p) = package {
                        main_dict.set_str("__package__", Value::str(&p));
                    }
                    (src, file)
                }
                Err(e) if e.matches(ExcKind::ImportError) => {
                    let line = crate::traceback::format_exception_only(vm, e.value());
                    let msg = line.trim_end().trim_start_matches("ImportError: ");
                    eprintln!("minipy: {}", msg);
                    return 1;
                }
                Err(e) => return report(vm, e),
            }
        }
        Source::Stdin => {
            let mut s = Vec::new();
            let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut s);
            (s, "<stdin>".to_string())
        }
        Source::Repl => (Vec::new(), "<stdin>".to_string()),
    };
    let dir = match &opts.source {
        Source::File(p) => {
            std::path::Path::new(p).parent().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default()
        }
        _ => String::new(),
    };
    if !matches!(opts.source, Source::Module(_)) {
        if let Some(Value::List(path)) = interp.sys.get_str(&PyStr::from_str("path")) {
            path.push(Value::str(&dir));
            push_pythonpath(&path);
        }
    }
    if let Source::File(_) = &opts.source {
        main_dict.set_str("__file__", Value::str(&filename));
    }
    startup_imports(vm, opts);

    // -c is read as a string (undeclared bytes pass); files, -m and stdin as files.
    let is_file = !matches!(opts.source, Source::Command(_));
    let mut status = 0;
    if !matches!(opts.source, Source::Repl) {
        if opts.dis {
            return match vm.compile_main(&text, &filename, is_file) {
                Ok(code) => {
                    print!("{}", crate::compile::disasm::disassemble(&code));
                    0
                }
                Err(e) => report(vm, e),
            };
        }
        let result = vm.compile_main(&text, &filename, is_file).and_then(|code| vm.run_code(&code, main_dict.clone()));
        if opts.inspect {
            // -i: the prompt comes at once; threads the program started go
            // on running under it and are waited for at the end.
            // Even sys.exit() only prints its traceback there (as CPython 2.7).
            if let Err(e) = result {
                end_softspace(vm);
                vm.flush_std();
                let text = format_exception(vm, &e);
                write_stderr(vm, &traceback_pieces(&text));
            }
        } else if let Err(e) = result {
            status = report(vm, e);
            if !opts.inspect {
                // As CPython's Py_Finalize: wait for the non-daemon threads
                // even after an uncaught exception or sys.exit().
                if let Err(e) = shutdown_threads(vm) {
                    report(vm, e);
                }
                if let Some(s) = run_exitfunc(vm) {
                    status = s;
                }
                crate::vm::finalize::clear_main_at_exit(vm);
                vm.flush_std();
                return status;
            }
        } else if let Err(e) = shutdown_threads(vm) {
            status = report(vm, e);
        }
    }
    if !matches!(opts.source, Source::Repl) && !opts.inspect {
        if let Some(s) = run_exitfunc(vm) {
            status = s;
        }
        crate::vm::finalize::clear_main_at_exit(vm);
    }
    if matches!(opts.source, Source::Repl) || opts.inspect {
        let fresh = matches!(opts.source, Source::Repl);
        let session = crate::repl::Session {
            banner: fresh && !opts.flags.quiet,
            startup: fresh && opts.flags.ignore_environment == 0,
        };
        status = crate::repl::run(vm, main_dict, &session);
        if let Err(e) = shutdown_threads(vm) {
            report(vm, e);
        }
        if let Some(s) = run_exitfunc(vm) {
            status = s;
        }
    }
    end_softspace(vm);
    vm.flush_std();
    status
}

/// Before the program: `site` (unless -S), which defines `exit`, `help` and
/// company, and `warnings` when there are -W options (so that a bad one is
/// reported at once, as in CPython).
fn startup_imports(vm: &mut Vm, opts: &Options) {
    let empty = Dict::new();
    if opts.flags.no_site == 0 {
        if let Err(e) = vm.import_module("site", &empty) {
            report(vm, e);
        }
    }
    if !opts.flags.warnoptions.is_empty() {
        if let Err(e) = vm.import_module("warnings", &empty) {
            report(vm, e);
        }
    }
}

/// `PYTHONPATH`'s folders go after the script's folder on `sys.path`
/// (unless -E).
fn push_pythonpath(path: &crate::object::List) {
    if crate::cli::IGNORE_ENV.load(std::sync::atomic::Ordering::Relaxed) {
        return;
    }
    if let Some(pp) = std::env::var_os("PYTHONPATH") {
        for dir in std::env::split_paths(&pp) {
            let d = dir.to_string_lossy();
            if !d.is_empty() {
                path.push(Value::str(&d));
            }
        }
    }
}

/// At the end of the main script: waits for the non-daemon `threading`
/// threads, as CPython's `threading._shutdown` does.
pub fn shutdown_threads(vm: &mut Vm) -> PyResult<Value> {
    let Some(m) = vm.interp.modules.get_str(&PyStr::from_str("threading")) else { return Ok(Value::None) };
    match vm.getattr(&m, &PyStr::from_str("_shutdown")) {
        Ok(f) => vm.call(&f, vec![]),
        Err(_) => Ok(Value::None),
    }
}

/// After the threads are joined, as CPython 2.7's Py_Finalize: takes
/// `sys.exitfunc` (set by `atexit`) out of `sys` and calls it. A failure is
/// reported after "Error in sys.exitfunc:"; a SystemExit gives the status.
pub fn run_exitfunc(vm: &mut Vm) -> Option<i32> {
    let name = PyStr::from_str("exitfunc");
    let f = vm.interp.sys.remove_str(&name)?;
    match vm.call(&f, vec![]) {
        Ok(_) => None,
        Err(e) => {
            if e.matches(ExcKind::SystemExit) {
                return Some(report(vm, e));
            }
            let err = vm.sys_stream("stderr");
            let _ = vm.write_to(&err, b"Error in sys.exitfunc:\n");
            report(vm, e);
            None
        }
    }
}

/// Ends a pending `print x,` line with a newline, as CPython does before a
/// traceback and at exit.
pub fn end_softspace(vm: &mut Vm) {
    let out = vm.sys_stream("stdout");
    let pending = match vm.getattr(&out, &PyStr::from_str("softspace")) {
        Ok(v) => vm.truthy(&v).unwrap_or(false),
        Err(_) => false,
    };
    if pending {
        let _ = vm.write_to(&out, b"\n");
        let _ = vm.setattr(&out, &PyStr::from_str("softspace"), Value::Int(0));
    }
}

/// Prints an uncaught exception as CPython does; returns the exit status.
pub fn report(vm: &mut Vm, e: PyErr) -> i32 {
    end_softspace(vm);
    vm.flush_std();
    if e.matches(ExcKind::SystemExit) {
        let (code, msg) = system_exit_status(vm, &e);
        if let Some(m) = msg {
            write_stderr(vm, &[m, "\n".to_string()]);
        }
        return code;
    }
    // A user sys.excepthook gets (type, value, traceback).
    let hook = vm.interp.sys.get_str(&PyStr::from_str("excepthook"));
    if let Some(hook) = hook {
        if !matches!(&hook, Value::Builtin(b) if b.name == "excepthook") {
            let tb = crate::modules::traceback::traceback_object(&e.0.traceback);
            let args = vec![Value::Class(e.value().class()), e.value().clone(), tb];
            match vm.call(&hook, args) {
                Ok(_) => {
                    vm.flush_std();
                    return 1;
                }
                Err(hook_err) => {
                    let text = format_exception(vm, &hook_err);
                    eprint!("Error in sys.excepthook:\n{}\nOriginal exception was:\n", text);
                }
            }
        }
    }
    let text = format_exception(vm, &e);
    write_stderr(vm, &traceback_pieces(&text));
    1
}

/// The pieces in which PyErr_Display hands a report to `sys.stderr.write`
/// (visible to a Python object standing in for stderr): whole header and
/// `File` lines, the indent apart from each source line, and the last line
/// as type, `: `, message and newline.
fn traceback_pieces(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut pieces = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if i + 1 == lines.len() {
            match line.split_once(": ") {
                Some((name, msg)) => pieces.extend([name.to_string(), ": ".into(), msg.to_string()]),
                None => pieces.push(line.to_string()),
            }
            pieces.push("\n".into());
        } else if let Some(source) = line.strip_prefix("    ") {
            pieces.push("    ".into());
            pieces.push(format!("{}\n", source));
        } else {
            pieces.push(format!("{}\n", line));
        }
    }
    pieces
}

/// Writes to `sys.stderr`, as PyErr_Display does (a script may have
/// replaced it); the process's stderr when that fails.
fn write_stderr(vm: &mut Vm, pieces: &[String]) {
    let stream = vm.sys_stream("stderr");
    for (i, piece) in pieces.iter().enumerate() {
        if stream.is_none() || vm.write_to(&stream, piece.as_bytes()).is_err() {
            eprint!("{}", pieces[i..].concat());
            break;
        }
    }
    vm.flush_std();
}
