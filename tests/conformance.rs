//! Conformance suite: runs every `tests/conformance/**/*.py` and every
//! `tests/note/*.py` (trials `note/<name>`) with minipy and compares stdout,
//! stderr and exit status with the outputs recorded from CPython 2.7.18 by
//! `tests/record_expected.py`. See `tests/README.md`.

use libtest_mimic::{Arguments, Failed, Trial};
use similar::TextDiff;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(60);

fn collect(dir: &Path, wishlist: bool, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if name != "wishlist" || wishlist {
                collect(&path, wishlist, out);
            }
        } else if name.ends_with(".py") && !name.starts_with('_') {
            out.push(path);
        }
    }
}

fn read_or_empty(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_default()
}

fn script_args(source: &[u8]) -> Vec<String> {
    let first = source.split(|&b| b == b'\n').next().unwrap_or(&[]);
    let first = String::from_utf8_lossy(first);
    match first.trim().strip_prefix("# args:") {
        Some(rest) => rest.split_whitespace().map(String::from).collect(),
        None => Vec::new(),
    }
}

/// `# minipy-test: ulimit-v=N` in the script's leading comment lines: run it
/// with its address space limited to N KiB (as the shell's `ulimit -v N`),
/// for scripts that must get MemoryError rather than exhaust the machine.
fn ulimit_v(source: &[u8]) -> Option<u64> {
    let text = String::from_utf8_lossy(source);
    text.lines()
        .take_while(|l| l.starts_with('#'))
        .find_map(|l| l.strip_prefix("# minipy-test: ulimit-v=").and_then(|n| n.trim().parse().ok()))
}

/// `# minipy-test: flags=-t -3` in the leading comment lines: interpreter
/// options placed before the script name (under CPython too when recording).
fn interp_flags(source: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(source);
    text.lines()
        .take_while(|l| l.starts_with('#'))
        .find_map(|l| l.strip_prefix("# minipy-test: flags="))
        .map(|f| f.split_whitespace().map(String::from).collect())
        .unwrap_or_default()
}

fn diff(what: &str, expected: &[u8], actual: &[u8]) -> Option<String> {
    if expected == actual {
        return None;
    }
    let (e, a) = (String::from_utf8_lossy(expected), String::from_utf8_lossy(actual));
    let body = TextDiff::from_lines(&e, &a)
        .unified_diff()
        .context_radius(3)
        .header(&format!("expected {what}"), &format!("actual {what}"))
        .to_string();
    Some(format!("{what} differs:\n{body}"))
}

fn run(script: &Path) -> Result<(), Failed> {
    let dir = script.parent().unwrap();
    let name = script.file_name().unwrap();
    let base = script.with_extension("");
    let ext = |e: &str| base.with_extension(e);
    let source = std::fs::read(script).map_err(|e| format!("cannot read script: {e}"))?;

    let mut cmd = match ulimit_v(&source) {
        Some(kib) => {
            let mut c = Command::new("sh");
            c.arg("-c").arg(format!("ulimit -v {kib} && exec \"$0\" \"$@\"")).arg(env!("CARGO_BIN_EXE_minipy"));
            c
        }
        None => Command::new(env!("CARGO_BIN_EXE_minipy")),
    };
    if let Ok(flags) = std::env::var("MINIPY_FLAGS") {
        cmd.args(flags.split_whitespace());
    }
    cmd.args(interp_flags(&source))
        .arg(name)
        .args(script_args(&source))
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().map_err(|e| format!("cannot start minipy: {e}"))?;

    // Feed stdin and drain stdout/stderr on threads so no pipe can fill up.
    let input = read_or_empty(&ext("stdin"));
    let mut stdin = child.stdin.take().unwrap();
    let feeder = thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let drain = |mut r: Box<dyn Read + Send>| {
        thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = r.read_to_end(&mut buf);
            buf
        })
    };
    let out_t = drain(Box::new(child.stdout.take().unwrap()));
    let err_t = drain(Box::new(child.stderr.take().unwrap()));

    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {}s", TIMEOUT.as_secs()).into());
        }
        thread::sleep(Duration::from_millis(5));
    };
    let _ = feeder.join();
    let stdout = out_t.join().unwrap_or_default();
    let stderr = err_t.join().unwrap_or_default();

    let expected_status: i32 = String::from_utf8_lossy(&read_or_empty(&ext("status"))).trim().parse().unwrap_or(0);
    let mut problems = Vec::new();
    match status.code() {
        Some(code) if code == expected_status => {}
        Some(code) => problems.push(format!("exit status differs: expected {expected_status}, got {code}")),
        None => problems.push(format!("killed by a signal ({status})")),
    }
    problems.extend(diff("stdout", &read_or_empty(&ext("out")), &stdout));
    problems.extend(diff("stderr", &read_or_empty(&ext("err")), &stderr));
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let wishlist = std::env::var("MINIPY_WISHLIST").is_ok_and(|v| v == "1");
    // Trial names: `area/name` under tests/conformance, `note/name` under tests/note.
    let roots = [(tests.join("conformance"), ""), (tests.join("note"), "note/")];
    let mut trials = Vec::new();
    for (root, prefix) in roots {
        let mut scripts = Vec::new();
        collect(&root, wishlist, &mut scripts);
        scripts.sort();
        for script in scripts {
            let rel = script.strip_prefix(&root).unwrap().with_extension("");
            let name = format!("{prefix}{}", rel.to_string_lossy().replace('\\', "/"));
            trials.push(Trial::test(name, move || run(&script)));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
