//! Running one program under one interpreter with a time limit and a memory
//! limit, and classifying the pair of outcomes (minipy vs CPython).

use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// Output beyond this many bytes per stream is read and thrown away (a program
/// printing gigabytes must not fill the fuzzer's memory).
const CAP: usize = 256 * 1024;

#[derive(Clone)]
pub struct Interp {
    pub exe: PathBuf,
    pub flags: Vec<String>,
}

pub struct Outcome {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub status: Option<i32>,
    pub signal: Option<i32>,
    pub timed_out: bool,
}

pub struct Limits {
    pub timeout: Duration,
    /// RLIMIT_AS in KiB (`ulimit -v`).
    pub mem_kb: u64,
}

fn drain(mut r: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut kept = Vec::new();
        let mut buf = [0u8; 16384];
        loop {
            match r.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    let room = CAP.saturating_sub(kept.len());
                    kept.extend_from_slice(&buf[..n.min(room)]);
                }
            }
        }
        kept
    })
}

/// Runs `interp script` in `dir` (stdin empty). The memory limit is applied by
/// a shell `ulimit -v` that then execs the interpreter, so the timeout kill
/// reaches the interpreter itself.
pub fn run(interp: &Interp, dir: &Path, script: &str, pythonpath: Option<&Path>, lim: &Limits) -> Outcome {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg("ulimit -v \"$0\" 2>/dev/null; exec \"$@\"")
        .arg(lim.mem_kb.to_string())
        .arg(&interp.exe)
        .args(&interp.flags)
        .arg(script)
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("RUST_BACKTRACE", "0")
        .env_remove("PYTHONSTARTUP")
        .env_remove("MINIPY_FLAGS")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    match pythonpath {
        Some(p) => cmd.env("PYTHONPATH", p),
        None => cmd.env_remove("PYTHONPATH"),
    };
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return Outcome {
                stdout: Vec::new(),
                stderr: format!("fuzz: cannot start {}: {e}", interp.exe.display()).into_bytes(),
                status: Some(-1),
                signal: None,
                timed_out: false,
            }
        }
    };
    let out = drain(child.stdout.take().unwrap());
    let err = drain(child.stderr.take().unwrap());
    let start = Instant::now();
    let mut nap = Duration::from_millis(1);
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break Some(st),
            Ok(None) => {}
            Err(_) => break None,
        }
        if start.elapsed() >= lim.timeout {
            timed_out = true;
            let _ = child.kill();
            break child.wait().ok();
        }
        thread::sleep(nap);
        nap = (nap * 2).min(Duration::from_millis(20));
    };
    Outcome {
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
        status: status.and_then(|s| s.code()),
        signal: status.and_then(|s| s.signal()),
        timed_out,
    }
}

/// How minipy died, if it crashed: a short, stable signature (panic location,
/// stack overflow, failed allocation, signal, or a crash-like exit status).
pub fn crash_kind(o: &Outcome) -> Option<String> {
    if o.timed_out {
        return None;
    }
    let err = String::from_utf8_lossy(&o.stderr);
    if let Some(pos) = err.find("panicked at ") {
        let rest = &err[pos + "panicked at ".len()..];
        let loc = rest.split(['\n', ',']).next().unwrap_or("").trim_end_matches(':');
        // Drop the column: the same assertion reached from elsewhere is one bug.
        let loc = match loc.rfind(':') {
            Some(i) if loc[..i].contains(':') => &loc[..i],
            _ => loc,
        };
        let msg = rest.lines().nth(1).unwrap_or("").trim();
        let msg: String = msg.chars().take(80).collect();
        return Some(format!("panic at {loc}: {msg}"));
    }
    if err.contains("has overflowed its stack") {
        return Some("stack overflow".into());
    }
    if err.contains("memory allocation of") {
        return Some("allocation failure (abort)".into());
    }
    if let Some(sig) = o.signal {
        return Some(format!("killed by signal {sig}"));
    }
    match o.status {
        Some(101) => Some("exit status 101".into()),
        Some(134) => Some("exit status 134".into()),
        Some(139) => Some("exit status 139".into()),
        None => Some("no exit status".into()),
        _ => None,
    }
}

/// Replaces addresses (`0x...`) so that reprs of objects compare equal.
pub fn normalize(bytes: &[u8]) -> String {
    let s = String::from_utf8_lossy(bytes);
    let mut out = String::with_capacity(s.len());
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'0' && b.get(i + 1) == Some(&b'x') && b.get(i + 2).is_some_and(|c| c.is_ascii_hexdigit()) {
            out.push_str("0x?");
            i += 2;
            while i < b.len() && b[i].is_ascii_hexdigit() {
                i += 1;
            }
            continue;
        }
        let ch = s[i..].chars().next().unwrap();
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Class {
    /// minipy crashed (CPython did not die the same way).
    Crash(String),
    /// minipy hit the time limit (and CPython, when run, did not); the
    /// signature (set by the caller) names the call that did not finish.
    Hang(String),
    /// stdout, stderr or exit status differ; the signature names the first
    /// differing line of each side.
    Diff(String),
    /// Same behaviour, or nothing to learn (CPython itself crashed or hung).
    Fine,
}

impl Class {
    pub fn folder(&self) -> &'static str {
        match self {
            Class::Crash(_) => "crash",
            Class::Hang(_) => "hang",
            Class::Diff(_) => "diff",
            Class::Fine => "fine",
        }
    }
    pub fn signature(&self) -> String {
        match self {
            Class::Crash(s) => s.clone(),
            Class::Hang(s) => s.clone(),
            Class::Diff(s) => s.clone(),
            Class::Fine => String::new(),
        }
    }
}

/// A line's shape for grouping: digits become `N`, long lines are cut.
fn shape(line: Option<&str>) -> String {
    let Some(line) = line else {
        return "<end>".into();
    };
    let mut out = String::new();
    let mut last_digit = false;
    for ch in line.chars().take(140) {
        if ch.is_ascii_digit() {
            if !last_digit {
                out.push('N');
            }
            last_digit = true;
        } else {
            out.push(ch);
            last_digit = false;
        }
    }
    out
}

fn first_diff(c: &str, m: &str) -> Option<String> {
    if c == m {
        return None;
    }
    let (cl, ml): (Vec<&str>, Vec<&str>) = (c.lines().collect(), m.lines().collect());
    let mut i = 0;
    while i < cl.len() && i < ml.len() && cl[i] == ml[i] {
        i += 1;
    }
    if i == cl.len() && i == ml.len() {
        return Some("trailing newline differs".into());
    }
    let (c, m) = (cl.get(i).copied(), ml.get(i).copied());
    // Template lines are `label -> Exc: message` or `label => value`: group by
    // the callee and the two outcomes, not by the random arguments.
    if let (Some((ch, cr)), Some((mh, mr))) = (c.and_then(split_result), m.and_then(split_result)) {
        if ch != mh {
            return Some(format!("line missing or extra: {}  ||  {}", tail(ch), tail(mh)));
        }
        return Some(format!(
            "{}: {}  ||  {}",
            shape(Some(ch)),
            shape(Some(cr)).chars().take(70).collect::<String>(),
            shape(Some(mr)).chars().take(70).collect::<String>()
        ));
    }
    Some(format!("{}  ||  {}", shape(c), shape(m)))
}

/// (callee, outcome) of a template line; the callee is the label up to its
/// first parenthesis, the outcome `=> value` or the exception and message.
fn split_result(line: &str) -> Option<(&str, &str)> {
    let (label, res) = match (line.find(" -> "), line.find(" => ")) {
        (Some(a), Some(b)) if a < b => (&line[..a], &line[a + 4..]),
        (Some(a), None) => (&line[..a], &line[a + 4..]),
        (_, Some(b)) => (&line[..b], "value"),
        _ => return None,
    };
    let head = label.split('(').next().unwrap_or(label).trim();
    Some((head, res))
}

/// The method part of `type.method` (so that a method missing from several
/// types is one class).
fn tail(head: &str) -> &str {
    head.rsplit('.').next().unwrap_or(head)
}

pub fn classify(m: &Outcome, c: Option<&Outcome>) -> Class {
    let Some(c) = c else {
        if let Some(k) = crash_kind(m) {
            return Class::Crash(k);
        }
        return if m.timed_out { Class::Hang(String::new()) } else { Class::Fine };
    };
    if c.timed_out {
        return Class::Fine;
    }
    let cpython_died = c.signal.is_some() || matches!(c.status, Some(134) | Some(139));
    if let Some(k) = crash_kind(m) {
        return if cpython_died { Class::Fine } else { Class::Crash(k) };
    }
    if m.timed_out {
        return Class::Hang(String::new());
    }
    if cpython_died {
        return Class::Fine;
    }
    let (co, mo) = (normalize(&c.stdout), normalize(&m.stdout));
    if let Some(sig) = first_diff(&co, &mo) {
        return Class::Diff(format!("stdout: {sig}"));
    }
    let (ce, me) = (program_frames(&normalize(&c.stderr)), program_frames(&normalize(&m.stderr)));
    if let Some(sig) = first_diff(&ce, &me) {
        return Class::Diff(format!("stderr: {sig}"));
    }
    if c.status != m.status {
        return Class::Diff(format!("exit status {:?} vs {:?}", c.status, m.status));
    }
    Class::Fine
}

/// Names a hang: in a template program, the label of the first `t(...)` call
/// that printed nothing (one line per call); otherwise the program's origin.
pub fn hang_signature(text: &str, stdout: &[u8], origin: &str) -> String {
    if origin.starts_with("mutate") {
        return format!("hang in {origin}");
    }
    let printed = String::from_utf8_lossy(stdout).lines().count();
    let labels: Vec<&str> = text.lines().filter(|l| l.starts_with("t(") || l.starts_with("    t(")).collect();
    let line = labels.get(printed).or(labels.last()).copied().unwrap_or("");
    let label = line.trim_start().trim_start_matches("t(");
    let head: String = label.chars().take_while(|&c| c != ',').collect();
    format!("hang in {}", shape(Some(&head)).chars().take(60).collect::<String>())
}

/// Drops traceback frames of library modules (CPython's `/.../lib/python2.7/x.py`
/// against minipy's `<stdlib>/x.py`, with different line numbers): only the
/// program's own frames can be compared.
pub fn program_frames(err: &str) -> String {
    let mut out = String::with_capacity(err.len());
    let mut skip_source = false;
    for line in err.lines() {
        if skip_source {
            skip_source = false;
            if line.starts_with("    ") {
                continue;
            }
        }
        if let Some(rest) = line.strip_prefix("  File \"") {
            let file = rest.split('"').next().unwrap_or("");
            if file != "prog.py" && !file.starts_with('<') || file.starts_with("<stdlib>") {
                skip_source = true;
                continue;
            }
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}
