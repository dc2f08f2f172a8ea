//! End-to-end tests of the interactive prompt through a pseudo-terminal:
//! `script(1)` runs minipy on a pty, these tests type into it and read the
//! screen. Skipped (with a note) where `script` is missing.

use std::io::{Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// minipy running on a pseudo-terminal.
struct Term {
    child: Child,
    input: Option<ChildStdin>,
    raw: Arc<Mutex<Vec<u8>>>,
    reader: Option<std::thread::JoinHandle<()>>,
}

fn have_script() -> bool {
    Command::new("script").arg("--version").output().is_ok_and(|o| o.status.success())
}

/// Quotes a word for `sh -c`.
fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// Leaves out escape sequences and carriage returns.
fn strip(raw: &[u8]) -> String {
    let raw = String::from_utf8_lossy(raw);
    let mut s = String::new();
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            if chars.peek() == Some(&'[') {
                chars.next();
                while let Some(&n) = chars.peek() {
                    chars.next();
                    if n.is_ascii_alphabetic() {
                        break;
                    }
                }
            }
        } else if c != '\r' {
            s.push(c);
        }
    }
    s
}

impl Term {
    fn start(args: &[&str], env: &[(&str, &str)]) -> Option<Term> {
        if !have_script() {
            eprintln!("script(1) not available; skipping");
            return None;
        }
        let home = std::env::temp_dir().join(format!("minipy-repl-home-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&home);
        // `exec`: script(1) runs the command through $SHELL; a shell left
        // waiting in between (dash) dies of the Ctrl-C minipy handles, and
        // the exit status would be the shell's 130.
        let mut cmd = format!("exec {}", quote(env!("CARGO_BIN_EXE_minipy")));
        for a in args {
            cmd.push(' ');
            cmd.push_str(&quote(a));
        }
        let mut c = Command::new("script");
        c.args(["-qec", &cmd, "/dev/null"])
            .env("HOME", &home)
            .env("TERM", "xterm")
            .env("NO_COLOR", "1")
            .env_remove("PYTHONSTARTUP")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        for (k, v) in env {
            if v.is_empty() {
                c.env_remove(k);
            } else {
                c.env(k, v);
            }
        }
        let mut child = c.spawn().ok()?;
        let input = child.stdin.take();
        let mut out = child.stdout.take()?;
        let raw = Arc::new(Mutex::new(Vec::new()));
        let sink = raw.clone();
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = out.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        let t = Term { child, input, raw, reader: Some(reader) };
        assert!(t.wait_for(">>> ", Duration::from_secs(10)), "no prompt: {}", t.text());
        Some(t)
    }

    /// Types `s` (use `\r` for Enter) a key at a time, as a person does
    /// (see editor.rs on keys that arrive together while threads run).
    fn send(&mut self, s: &str) {
        let input = self.input.as_mut().expect("terminal open");
        for c in s.chars() {
            let mut b = [0u8; 4];
            input.write_all(c.encode_utf8(&mut b).as_bytes()).unwrap();
            input.flush().unwrap();
            std::thread::sleep(Duration::from_millis(8));
        }
        std::thread::sleep(Duration::from_millis(150));
    }

    fn text(&self) -> String {
        strip(&self.raw.lock().unwrap())
    }

    fn raw(&self) -> Vec<u8> {
        self.raw.lock().unwrap().clone()
    }

    /// Waits until the screen text contains `needle` (counting only text
    /// after byte `from` of the stripped text).
    fn wait_for_after(&self, from: usize, needle: &str, limit: Duration) -> bool {
        let start = Instant::now();
        while start.elapsed() < limit {
            let t = self.text();
            if t.get(from..).is_some_and(|s| s.contains(needle)) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }

    fn wait_for(&self, needle: &str, limit: Duration) -> bool {
        self.wait_for_after(0, needle, limit)
    }

    /// Sends Ctrl-D and waits for the end; returns the exit status.
    fn finish(mut self) -> (String, Option<i32>) {
        if let Some(input) = self.input.as_mut() {
            let _ = input.write_all(b"\x04");
            std::thread::sleep(Duration::from_millis(300));
        }
        drop(self.input.take());
        let start = Instant::now();
        let status = loop {
            if let Ok(Some(s)) = self.child.try_wait() {
                break s.code();
            }
            if start.elapsed() > Duration::from_secs(10) {
                let _ = self.child.kill();
                break None;
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        if let Some(r) = self.reader.take() {
            let _ = r.join();
        }
        (self.text(), status)
    }
}

#[test]
fn threads_run_and_print_while_the_prompt_waits() {
    let Some(mut t) = Term::start(&[], &[]) else { return };
    t.send("import threading, time\r");
    t.send("L = []\r");
    t.send("exec \"def w():\\n for i in range(20):\\n  L.append(time.time())\\n  print 'tick', i\\n  time.sleep(0.1)\\n\"\r");
    let from = t.text().len();
    let started = Instant::now();
    t.send("th = threading.Thread(target=w); th.start()\r");
    // Nothing more is typed: the thread's output must show up on its own.
    assert!(t.wait_for_after(from, "tick 19", Duration::from_secs(6)), "no output at the prompt: {}", t.text());
    let took = started.elapsed();
    assert!(took < Duration::from_secs(5), "the thread ran too slowly: {:?}", took);
    // The prompt is drawn again after the thread's lines.
    let after = t.text();
    let tail = &after[after.rfind("tick 19").unwrap()..];
    assert!(tail.contains(">>> "), "prompt not redrawn: {}", tail);
    // The issue's case: 20 timestamps 0.1 s apart, taken while at the prompt.
    while started.elapsed() < Duration::from_secs(3) {
        std::thread::sleep(Duration::from_millis(50));
    }
    let from = t.text().len();
    t.send("len(L), round(L[-1] - L[0])\r");
    assert!(t.wait_for_after(from, "(20, 2.0)", Duration::from_secs(5)), "{}", t.text());
    let (_, status) = t.finish();
    assert_eq!(status, Some(0));
}

#[test]
fn results_echo_and_errors_keep_the_session() {
    let Some(mut t) = Term::start(&[], &[]) else { return };
    t.send("x = 6\r");
    t.send("if x:\r");
    t.send("print 'yes'\r");
    t.send("\r");
    t.send("1/0\r");
    t.send("None\r");
    t.send("x\r");
    assert!(t.wait_for(">>> x\n6\n", Duration::from_secs(5)), "{}", t.text());
    let (s, status) = t.finish();
    assert!(s.contains("... ") && s.contains("yes\n"), "{}", s);
    assert!(s.contains("ZeroDivisionError: integer division or modulo by zero\n>>> "), "{}", s);
    assert!(!s.contains(">>> None\nNone"), "None is not echoed: {}", s);
    assert_eq!(status, Some(0));
}

#[test]
fn banner_completion_indent_and_conventions() {
    let Some(mut t) = Term::start(&[], &[]) else { return };
    let s = t.text();
    assert!(s.contains("Python 2.7.18 (minipy "), "{}", s);
    assert!(s.contains(", GIL policy new) on linux2\n"), "{}", s);
    assert!(s.contains("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n"), "{}", s);

    // Tab completes an attribute and a local name.
    t.send("import threading\r");
    t.send("threading.Threa\t");
    t.send("\r");
    assert!(t.wait_for("<class 'threading.Thread'>", Duration::from_secs(5)), "{}", t.text());
    t.send("abcdef = 5\r");
    let from = t.text().len();
    t.send("abcd\t");
    t.send(" * 2\r");
    assert!(t.wait_for_after(from, "abcdef * 2\n10\n", Duration::from_secs(5)), "{}", t.text());

    // Auto-indent after a line ending in ':'.
    let from = t.text().len();
    t.send("def f():\r");
    assert!(t.wait_for_after(from, "...     ", Duration::from_secs(5)), "no indent: {}", t.text());
    t.send("return 42\r");
    t.send("\r");
    t.send("f()\r");
    assert!(t.wait_for_after(from, "\n42\n", Duration::from_secs(5)), "{}", t.text());
    // Nested blocks: each level indents once more; a blank line ends all.
    let from = t.text().len();
    t.send("for i in range(2):\r");
    t.send("if i:\r");
    t.send("print 'nested', i\r");
    assert!(t.wait_for_after(from, "...         ", Duration::from_secs(5)), "{}", t.text());
    t.send("\r");
    assert!(t.wait_for_after(from, "nested 1\n", Duration::from_secs(5)), "{}", t.text());
    assert!(!t.text()[from..].contains("Error"), "{}", t.text());

    // _ holds the last result; exit shows the hint.
    let from = t.text().len();
    t.send("6 * 7\r");
    t.send("_ + 1\r");
    assert!(t.wait_for_after(from, "\n43\n", Duration::from_secs(5)), "{}", t.text());
    t.send("exit\r");
    assert!(t.wait_for("Use exit() or Ctrl-D (i.e. EOF) to exit", Duration::from_secs(5)), "{}", t.text());
    t.send("quit\r");
    assert!(t.wait_for("Use quit() or Ctrl-D (i.e. EOF) to exit", Duration::from_secs(5)), "{}", t.text());
    t.send("exit(4)\r");
    let (_, status) = t.finish();
    assert_eq!(status, Some(4));
}

#[test]
fn ctrl_c_at_the_prompt_and_while_running() {
    let Some(mut t) = Term::start(&["-q"], &[]) else { return };
    assert!(!t.text().contains("Python 2.7.18"), "-q shows no banner: {}", t.text());
    // At the prompt: the line is dropped.
    t.send("12345\x03");
    assert!(t.wait_for("KeyboardInterrupt", Duration::from_secs(5)), "{}", t.text());
    // While code runs: CPython's traceback, and the REPL goes on.
    let from = t.text().len();
    t.send("while True: pass\r");
    t.send("\r");
    std::thread::sleep(Duration::from_millis(500));
    t.send("\x03");
    let want = "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nKeyboardInterrupt\n";
    assert!(t.wait_for_after(from, want, Duration::from_secs(5)), "{}", t.text());
    let from = t.text().len();
    t.send("1 + 1\r");
    assert!(t.wait_for_after(from, "\n2\n", Duration::from_secs(5)), "{}", t.text());
    let (_, status) = t.finish();
    assert_eq!(status, Some(0));
}

#[test]
fn startup_file_and_help() {
    let dir = std::env::temp_dir().join(format!("minipy-repl-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let startup = dir.join("startup.py");
    std::fs::write(&startup, "started = 'yes'\n").unwrap();
    let Some(mut t) = Term::start(&[], &[("PYTHONSTARTUP", startup.to_str().unwrap())]) else { return };
    t.send("started\r");
    assert!(t.wait_for("'yes'", Duration::from_secs(5)), "{}", t.text());
    t.send("def g(a, b=2):\r");
    t.send("'''Adds.'''\r");
    t.send("\r");
    t.send("help(g)\r");
    assert!(t.wait_for("Help on function g in module __main__:", Duration::from_secs(5)), "{}", t.text());
    assert!(t.wait_for("g(a, b=2)\n    Adds.", Duration::from_secs(5)), "{}", t.text());
    t.send("help('pass')\r");
    assert!(t.wait_for("Does nothing", Duration::from_secs(5)), "{}", t.text());
    t.finish();
}

#[test]
fn colours_follow_no_color() {
    let Some(mut t) = Term::start(&[], &[("NO_COLOR", "")]) else { return };
    t.send("if 1: pass");
    std::thread::sleep(Duration::from_millis(300));
    let raw = String::from_utf8_lossy(&t.raw()).into_owned();
    assert!(raw.contains("\x1b[1;34mif"), "keywords are coloured: {:?}", raw);
    t.send("\x15\r");
    t.finish();
    let Some(mut t) = Term::start(&[], &[]) else { return };
    t.send("if 1: pass");
    std::thread::sleep(Duration::from_millis(300));
    let raw = String::from_utf8_lossy(&t.raw()).into_owned();
    assert!(!raw.contains("\x1b[1;34m"), "NO_COLOR: no colours: {:?}", raw);
    t.send("\x15\r");
    t.finish();
}

#[test]
fn raw_input_on_the_terminal() {
    let Some(mut t) = Term::start(&[], &[]) else { return };
    t.send("s = raw_input('name? ')\r");
    assert!(t.wait_for("name? ", Duration::from_secs(5)), "{}", t.text());
    t.send("Ada\r");
    t.send("s.upper()\r");
    assert!(t.wait_for("'ADA'", Duration::from_secs(5)), "{}", t.text());
    t.finish();
}

/// The completer itself, on an interpreter made here (no terminal).
mod completion {
    use std::sync::Arc;

    use minipy::object::module::Module;
    use minipy::object::{Dict, Object, PyStr, Value};
    use minipy::repl::complete::complete;
    use minipy::vm::gil::Policy;
    use minipy::vm::probe::Instruments;
    use minipy::vm::{Interp, Vm};

    /// An interpreter (policy `off`: no GIL to take) whose `__main__` ran `src`.
    fn vm_after(src: &str) -> Vm {
        let interp = Interp::new(vec![String::new()], Policy::Off, Instruments::default());
        let record = interp.threads.register(interp.main_ident, "MainThread".into(), false);
        let mut vm = Vm::new(interp.clone(), 64 << 20, record);
        let dict = Arc::new(Dict::new());
        dict.set_str("__name__", Value::str("__main__"));
        dict.set_str("__builtins__", Value::str("__builtin__"));
        let m =
            Value::other(Object::Module(Module { name: Arc::new(PyStr::from_str("__main__")), dict: dict.clone() }));
        interp.modules.set_str("__main__", m);
        let code = vm.compile_source(src, "<test>").unwrap_or_else(|_| panic!("compiles"));
        assert!(vm.run_code(&code, dict).is_ok(), "runs: {}", src);
        vm
    }

    fn words(vm: &mut Vm, line: &str) -> (usize, Vec<String>) {
        complete(vm, line, line.len())
    }

    #[test]
    fn attributes_after_a_dot() {
        let mut vm = vm_after("import threading\nt = threading.Thread()\n");
        let (start, got) = words(&mut vm, "threading.Th");
        assert_eq!(start, "threading.".len());
        assert!(got.contains(&"Thread(".to_string()), "{:?}", got);
        assert!(got.iter().all(|w| w.starts_with("Th")), "{:?}", got);
        let (_, got) = words(&mut vm, "x = t.is");
        assert!(got.contains(&"isAlive(".to_string()) && got.contains(&"isDaemon(".to_string()), "{:?}", got);
        // Private names only when asked for.
        let (_, got) = words(&mut vm, "t.");
        assert!(!got.iter().any(|w| w.starts_with('_')), "{:?}", got);
        let (_, got) = words(&mut vm, "t.__cl");
        assert_eq!(got, vec!["__class__(".to_string()]);
    }

    #[test]
    fn names_builtins_and_keywords() {
        let mut vm = vm_after("abcdef = 5\ndef abcfun(): pass\n");
        let (start, got) = words(&mut vm, "print abc");
        assert_eq!(start, "print ".len());
        assert_eq!(got, vec!["abcdef".to_string(), "abcfun(".to_string()]);
        let (_, got) = words(&mut vm, "le");
        assert!(got.contains(&"len(".to_string()), "{:?}", got);
        let (_, got) = words(&mut vm, "whi");
        assert_eq!(got, vec!["while".to_string()]);
        // Tab on an empty line indents.
        assert_eq!(words(&mut vm, "    "), (4, vec!["    ".to_string()]));
    }

    #[test]
    fn completing_never_calls() {
        // A property runs (as in rlcompleter), but nothing before the dot is
        // called: `f().x` completes to nothing and f is not run.
        let mut vm = vm_after("calls = []\ndef f():\n    calls.append(1)\n    return 1\n");
        let (_, got) = words(&mut vm, "f().re");
        assert!(got.is_empty(), "{:?}", got);
        let (_, got) = words(&mut vm, "calls");
        assert_eq!(got, vec!["calls".to_string()]);
        let code = vm.compile_source("assert calls == []\n", "<t>").unwrap_or_else(|_| panic!());
        let g = vm.main_globals();
        assert!(vm.run_code(&code, g).is_ok(), "f was called");
        // Unknown names, numbers and broken input complete to nothing.
        assert!(words(&mut vm, "nosuch.x").1.is_empty());
        assert!(words(&mut vm, "1.re").1.is_empty());
    }

    #[test]
    fn module_names_after_import_and_from() {
        let mut vm = vm_after("import os\n");
        let (start, got) = words(&mut vm, "import threa");
        assert_eq!(start, "import ".len());
        assert_eq!(got, vec!["thread".to_string(), "threading".to_string()]);
        let (_, got) = words(&mut vm, "import json, coll");
        assert_eq!(got, vec!["collections".to_string()]);
        let (start, got) = words(&mut vm, "from json.de");
        assert_eq!(start, "from json.".len());
        assert_eq!(got, vec!["decoder".to_string()]);
        let (_, got) = words(&mut vm, "from os im");
        assert_eq!(got, vec!["import".to_string()]);
        let (_, got) = words(&mut vm, "from os import pa");
        assert!(got.contains(&"path".to_string()) && got.contains(&"pathsep".to_string()), "{:?}", got);
    }
}

#[test]
fn a_prompt_waiting_for_input_is_not_a_deadlock() {
    // The only other thread blocks forever on a lock the main thread holds;
    // the main thread waits at the prompt: a wait for input, not a deadlock.
    let Some(mut t) = Term::start(&["-q"], &[]) else { return };
    t.send("import threading, time\r");
    t.send("l = threading.Lock(); l.acquire()\r");
    t.send("th = threading.Thread(target=l.acquire); th.start()\r");
    std::thread::sleep(Duration::from_millis(800));
    let from = t.text().len();
    t.send("th.isAlive()\r");
    assert!(t.wait_for_after(from, "True\n", Duration::from_secs(5)), "{}", t.text());
    t.send("l.release(); th.join(); th.isAlive()\r");
    assert!(t.wait_for_after(from, "False\n", Duration::from_secs(5)), "{}", t.text());
    let (text, status) = t.finish();
    assert!(!text.contains("deadlock"), "{}", text);
    assert_eq!(status, Some(0));
}
