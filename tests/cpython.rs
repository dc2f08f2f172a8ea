//! CPython's own test files under minipy: for each file listed in
//! `tests/cpython/files.txt`, copies it (and the files it needs) from an
//! installed CPython 2.7's `Lib/test` into a temporary folder beside our
//! `test_support` stand-in and driver (`tests/cpython/lib/`), runs it with
//! minipy, and checks that every test id listed for it in
//! `tests/cpython/expected_passes.txt` passes. One trial per test file; ids
//! that pass but are not listed yet are printed at the end. Without a CPython
//! 2.7 the suite says so and passes. See `tests/README.md`.

use libtest_mimic::{Arguments, Failed, Trial};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// One attempt at one test file. Generous: test_itertools alone walks
/// several 10-20 million item loops, and a loaded 2-core machine (CI runs
/// test binaries beside each other) can take minutes over it; only a
/// hanging test ever waits this long.
const TIMEOUT: Duration = Duration::from_secs(300);

/// A test that crashes or hangs the interpreter is recorded as such and the
/// file is run again without it, at most this many times in all.
const ATTEMPTS: usize = 4;
const OUTCOMES: [&str; 8] = ["pass", "fail", "error", "skip", "xfail", "xpass", "crash", "timeout"];

fn here() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("cpython")
}

/// The `Lib/test` folder of an installed CPython 2.7, if any.
fn find_cpython() -> Option<PathBuf> {
    let probe = "import sys, test, os; assert sys.version_info[:2] == (2, 7); print os.path.dirname(test.__file__)";
    let candidates: [(&str, Option<&str>); 3] =
        [("python2.7", None), ("python", Some("2.7.18")), ("python2.7", Some("2.7.18"))];
    for (program, pyenv) in candidates {
        let mut cmd = Command::new(program);
        cmd.args(["-c", probe]).stdin(Stdio::null()).stderr(Stdio::null());
        if let Some(version) = pyenv {
            cmd.env("PYENV_VERSION", version);
        }
        let Ok(out) = cmd.output() else { continue };
        let dir = String::from_utf8_lossy(&out.stdout).trim().to_string();
        if out.status.success() && !dir.is_empty() && Path::new(&dir).is_dir() {
            return Some(PathBuf::from(dir));
        }
    }
    None
}

/// Non-comment lines of a file under tests/cpython, split into words.
fn read_lines(name: &str) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(here().join(name)).unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").split_whitespace().map(String::from).collect::<Vec<_>>())
        .filter(|words| !words.is_empty())
        .collect()
}

/// The test file a test id belongs to: `test_int.IntTestCases.test_basic`
/// or `test_collections:collections.namedtuple`.
fn file_of(id: &str) -> &str {
    id.split(['.', ':']).next().unwrap_or(id)
}

fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    if from.is_dir() {
        std::fs::create_dir_all(to)?;
        for entry in std::fs::read_dir(from)? {
            let entry = entry?;
            copy_tree(&entry.path(), &to.join(entry.file_name()))?;
        }
        Ok(())
    } else {
        std::fs::copy(from, to).map(|_| ())
    }
}

/// Builds `<root>/lib` (driver.py, and the `test` package: our stand-ins plus
/// CPython's files) and `<root>/work` (a working folder per test file).
fn lay_out(root: &Path, libtest: &Path, files: &[Vec<String>]) -> Result<(), String> {
    let _ = std::fs::remove_dir_all(root);
    let lib = root.join("lib");
    copy_tree(&here().join("lib"), &lib).map_err(|e| format!("cannot copy the stand-ins: {e}"))?;
    let mut pkgtests = String::new();
    for line in files {
        let wanted = std::iter::once(format!("{}.py", line[0])).chain(line[1..].iter().cloned());
        for item in wanted {
            // `pkgtest:email/test`: a test package inside CPython's Lib,
            // loaded from there by the driver (see driver.py), never copied.
            if let Some(rel) = item.strip_prefix("pkgtest:") {
                let rel = rel.trim_matches('/');
                let folder = libtest.parent().unwrap_or(libtest).join(rel);
                pkgtests.push_str(&format!("{} {} {}\n", line[0], rel.replace('/', "."), folder.display()));
                continue;
            }
            let dst = lib.join("test").join(&item);
            if !dst.exists() {
                copy_tree(&libtest.join(&item), &dst).map_err(|e| format!("cannot copy {item}: {e}"))?;
            }
        }
    }
    std::fs::write(lib.join("pkgtests.txt"), pkgtests).map_err(|e| e.to_string())?;
    std::fs::create_dir_all(root.join("work")).map_err(|e| e.to_string())
}

/// What the driver reported: outcome and detail per test id, and the test
/// that started without ending (the one a crash or timeout hit).
#[derive(Default)]
struct Report {
    outcomes: BTreeMap<String, (String, String)>,
    running: Option<String>,
    finished: bool,
    import_error: Option<String>,
}

fn parse_results(text: &str, report: &mut Report) {
    report.running = None;
    let mut last: Option<String> = None;
    let mut in_import_error = false;
    for line in text.lines() {
        if let Some(detail) = line.strip_prefix("| ") {
            if in_import_error {
                let e = report.import_error.get_or_insert_with(String::new);
                e.push_str(detail);
                e.push('\n');
            } else if let Some(entry) = last.as_ref().and_then(|id| report.outcomes.get_mut(id)) {
                entry.1.push_str(detail);
                entry.1.push('\n');
            }
            continue;
        }
        in_import_error = false;
        let (kind, rest) = line.split_once(' ').unwrap_or((line, ""));
        match kind {
            "run" => report.running = Some(rest.to_string()),
            "done" => report.finished = true,
            "import-error" => {
                in_import_error = true;
                report.import_error = Some(String::new());
            }
            _ if OUTCOMES.contains(&kind) => {
                // A test run twice keeps its worst outcome.
                let keep_old = report.outcomes.get(rest).is_some_and(|(o, _)| o != "pass" && o != "skip");
                if !keep_old {
                    report.outcomes.insert(rest.to_string(), (kind.to_string(), String::new()));
                    last = Some(rest.to_string());
                } else {
                    last = None;
                }
                if report.running.as_deref() == Some(rest) {
                    report.running = None;
                }
            }
            _ => {}
        }
    }
}

/// Runs the driver until the file is done; a crash or timeout inside a test
/// marks that test and runs the file again without the tests already seen.
fn run_file(root: &Path, name: &str, skip: &BTreeSet<String>) -> Result<(Report, Vec<String>), String> {
    let work = root.join("work").join(name);
    std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
    let results = root.join("work").join(format!("{name}.results"));
    let skipfile = root.join("work").join(format!("{name}.skip"));
    let mut report = Report::default();
    let mut notes = Vec::new();
    for _ in 0..ATTEMPTS {
        let mut skip_now: BTreeSet<&String> = skip.iter().collect();
        skip_now.extend(report.outcomes.keys());
        let listing: String = skip_now.iter().map(|id| format!("{id}\n")).collect();
        std::fs::write(&skipfile, listing).map_err(|e| e.to_string())?;
        std::fs::write(&results, "").map_err(|e| e.to_string())?;

        let mut cmd = Command::new(env!("CARGO_BIN_EXE_minipy"));
        if let Ok(flags) = std::env::var("MINIPY_FLAGS") {
            cmd.args(flags.split_whitespace());
        }
        cmd.arg(root.join("lib").join("driver.py"))
            .arg(name)
            .arg(&results)
            .arg(&skipfile)
            .current_dir(&work)
            .env("PYTHONHASHSEED", "0")
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .env("RUST_BACKTRACE", "0")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().map_err(|e| format!("cannot start minipy: {e}"))?;
        let mut stderr = child.stderr.take().unwrap();
        let drain = thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = stderr.read_to_end(&mut buf);
            buf
        });
        let start = Instant::now();
        let failure = loop {
            match child.try_wait().map_err(|e| e.to_string())? {
                Some(status) if status.success() => break None,
                Some(status) => break Some(format!("crash ({status})")),
                None if start.elapsed() > TIMEOUT => {
                    let _ = child.kill();
                    let _ = child.wait();
                    break Some(format!("timeout after {}s", TIMEOUT.as_secs()));
                }
                None => thread::sleep(Duration::from_millis(20)),
            }
        };
        let err = drain.join().unwrap_or_default();
        let text = std::fs::read_to_string(&results).unwrap_or_default();
        report.finished = false;
        parse_results(&text, &mut report);
        let Some(failure) = failure else {
            if !report.finished {
                notes.push("the driver stopped before the end".to_string());
            }
            break;
        };
        let tail = String::from_utf8_lossy(&err[err.len().saturating_sub(1500)..]).into_owned();
        let Some(running) = report.running.take() else {
            notes.push(format!("{failure} outside any test:\n{tail}"));
            break;
        };
        notes.push(format!("{failure} in {running}"));
        let outcome = if failure.starts_with("timeout") { "timeout" } else { "crash" };
        report.outcomes.insert(running, (outcome.to_string(), tail));
    }
    Ok((report, notes))
}

fn check_file(
    root: &Path,
    name: &str,
    expected: &BTreeSet<String>,
    skip: &BTreeSet<String>,
    newly: &Mutex<Vec<String>>,
) -> Result<(), Failed> {
    let (report, notes) = run_file(root, name, skip)?;
    let passed = |id: &String| report.outcomes.get(id).is_some_and(|(o, _)| o == "pass");
    newly.lock().unwrap().extend(report.outcomes.keys().filter(|id| passed(id) && !expected.contains(*id)).cloned());
    let lost: Vec<&String> = expected.iter().filter(|id| !passed(id)).collect();
    if lost.is_empty() {
        return Ok(());
    }
    let mut msg = format!("{} listed test(s) of {name} no longer pass:\n", lost.len());
    for id in &lost {
        match report.outcomes.get(*id) {
            Some((outcome, detail)) => {
                msg.push_str(&format!("  {outcome}: {id}\n"));
                for line in detail.lines().rev().take(6).collect::<Vec<_>>().into_iter().rev() {
                    msg.push_str(&format!("      {line}\n"));
                }
            }
            None => msg.push_str(&format!("  not run: {id}\n")),
        }
    }
    if let Some(err) = &report.import_error {
        msg.push_str(&format!("the file failed to import:\n{err}"));
    }
    for note in notes {
        msg.push_str(&format!("note: {note}\n"));
    }
    Err(msg.into())
}

fn main() {
    let args = Arguments::from_args();
    let Some(libtest) = find_cpython() else {
        println!("no CPython 2.7 found: skipping CPython's tests");
        libtest_mimic::run(&args, Vec::new()).exit();
    };
    let files = read_lines("files.txt");
    let mut expected: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for line in read_lines("expected_passes.txt") {
        expected.entry(file_of(&line[0]).to_string()).or_default().insert(line[0].clone());
    }
    let skip: BTreeSet<String> = read_lines("skip.txt").into_iter().map(|l| l[0].clone()).collect();

    let root = std::env::temp_dir().join(format!("minipy-cpython-tests-{}", std::process::id()));
    if let Err(e) = lay_out(&root, &libtest, &files) {
        eprintln!("cannot lay out CPython's tests in {}: {e}", root.display());
        std::process::exit(1);
    }
    let root = Arc::new(root);
    let skip = Arc::new(skip);
    let newly = Arc::new(Mutex::new(Vec::new()));
    let trials = files
        .iter()
        .map(|line| {
            let name = line[0].clone();
            let wanted = expected.remove(&name).unwrap_or_default();
            let (root, skip, newly) = (root.clone(), skip.clone(), newly.clone());
            Trial::test(name.clone(), move || check_file(&root, &name, &wanted, &skip, &newly))
        })
        .collect();
    let conclusion = libtest_mimic::run(&args, trials);

    let mut newly = newly.lock().unwrap().clone();
    newly.sort();
    if !newly.is_empty() {
        println!("{} test(s) pass that expected_passes.txt does not list yet:", newly.len());
        for id in newly.iter().take(100) {
            println!("  {id}");
        }
        if newly.len() > 100 {
            println!("  ... and {} more", newly.len() - 100);
        }
        println!("(python3 tests/cpython/update_expected.py adds them)");
    }
    let _ = std::fs::remove_dir_all(&*root);
    conclusion.exit();
}
