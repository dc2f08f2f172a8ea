//! minipy's differential fuzzer (see tests/README.md, "Fuzzer").
//!
//! `cargo test --release --test fuzz` runs a fixed-seed, fixed-count batch
//! that needs no CPython and fails only when minipy crashes or hangs.
//! `cargo test --release --test fuzz -- --seconds 3600 --seed 7 --cpython`
//! runs a campaign that also runs every program under CPython 2.7 and
//! reports differences. Findings are minimized and written to `--out`.

mod gen;
mod minimize;
mod mutate;
mod rng;
mod run;

use rng::Rng;
use run::{classify, Class, Interp, Limits, Outcome};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

struct Config {
    seed: u64,
    count: Option<u64>,
    seconds: Option<u64>,
    cpython: Option<Interp>,
    minipy: Interp,
    jobs: usize,
    timeout: Duration,
    mem_kb: u64,
    out: PathBuf,
    only: Option<String>,
    min_diffs: usize,
    verbose: bool,
}

/// A conformance script to mutate: its text and folder (put on PYTHONPATH so
/// its helper modules import).
struct Seed {
    path: PathBuf,
    text: String,
}

struct Program {
    origin: String,
    text: String,
    pythonpath: Option<PathBuf>,
}

#[derive(Default)]
struct Group {
    count: u64,
    example: Option<PathBuf>,
    origins: BTreeMap<String, u64>,
}

#[derive(Default)]
struct State {
    run: u64,
    by_origin: BTreeMap<String, u64>,
    groups: BTreeMap<(String, String), Group>,
    next_file: BTreeMap<String, u64>,
    minimized_diffs: usize,
}

fn usage() -> ! {
    eprintln!(
        "usage: cargo test --release --test fuzz -- [--seconds N | --count N] [--seed S] [--cpython] [--python PATH]\n\
         \x20      [--minipy PATH] [--jobs J] [--timeout SECS] [--mem KB] [--out DIR] [--only TEMPLATE] [--min-diffs N] [-v]"
    );
    std::process::exit(2)
}

/// The real CPython 2.7 executable (pyenv shims cost ~1 s per start).
fn find_cpython(explicit: Option<String>) -> Option<PathBuf> {
    let probe = "import sys; print sys.executable; print '%d.%d.%d' % sys.version_info[:3]";
    let mut tries: Vec<Command> = Vec::new();
    if let Some(p) = explicit.or_else(|| std::env::var("FUZZ_PYTHON").ok()) {
        let mut c = Command::new(p);
        c.args(["-c", probe]);
        tries.push(c);
    }
    let mut c = Command::new("python");
    c.env("PYENV_VERSION", "2.7.18").args(["-c", probe]);
    tries.push(c);
    let mut c = Command::new("python2.7");
    c.args(["-c", probe]);
    tries.push(c);
    for mut c in tries {
        let Ok(out) = c.output() else { continue };
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let mut lines = text.lines();
        if let (Some(exe), Some(ver)) = (lines.next(), lines.next()) {
            if out.status.success() && ver.starts_with("2.7") {
                if ver != "2.7.18" {
                    eprintln!("fuzz: warning: CPython {ver}, not 2.7.18");
                }
                return Some(PathBuf::from(exe));
            }
        }
    }
    None
}

fn parse_args() -> Config {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut args = std::env::args().skip(1);
    let mut cfg = Config {
        seed: 20261207,
        count: None,
        seconds: None,
        cpython: None,
        minipy: Interp { exe: PathBuf::from(env!("CARGO_BIN_EXE_minipy")), flags: Vec::new() },
        jobs: 2,
        timeout: Duration::from_secs(5),
        mem_kb: 2_000_000,
        out: std::env::temp_dir().join("fuzz-findings"),
        only: None,
        min_diffs: 80,
        verbose: false,
    };
    let mut want_cpython = false;
    let mut python = None;
    let mut timeout_given = false;
    while let Some(a) = args.next() {
        let mut val = |name: &str| args.next().unwrap_or_else(|| panic!("fuzz: {name} needs a value"));
        let num = |s: String| s.parse::<u64>().unwrap_or_else(|_| usage());
        match a.as_str() {
            "--seed" => cfg.seed = num(val("--seed")),
            "--count" => cfg.count = Some(num(val("--count"))),
            "--seconds" => cfg.seconds = Some(num(val("--seconds"))),
            "--cpython" => want_cpython = true,
            "--python" => python = Some(val("--python")),
            "--minipy" => cfg.minipy.exe = root.join(val("--minipy")),
            "--jobs" => cfg.jobs = num(val("--jobs")).max(1) as usize,
            "--timeout" => {
                cfg.timeout = Duration::from_secs(num(val("--timeout")));
                timeout_given = true;
            }
            "--mem" => cfg.mem_kb = num(val("--mem")),
            "--out" => cfg.out = PathBuf::from(val("--out")),
            "--only" => cfg.only = Some(val("--only")),
            "--min-diffs" => cfg.min_diffs = num(val("--min-diffs")) as usize,
            "-v" | "--verbose" => cfg.verbose = true,
            "-h" | "--help" => usage(),
            // Arguments cargo test hands to every test binary (filters, libtest flags): not ours.
            other => eprintln!("fuzz: ignoring argument {other:?}"),
        }
    }
    if want_cpython {
        match find_cpython(python) {
            Some(exe) => cfg.cpython = Some(Interp { exe, flags: vec!["-S".into()] }),
            None => {
                eprintln!("fuzz: --cpython given but no CPython 2.7 found (try --python PATH)");
                std::process::exit(2);
            }
        }
    }
    if cfg.count.is_none() && cfg.seconds.is_none() {
        // The default: the short fixed batch for `cargo test`.
        cfg.count = Some(300);
        if cfg.out == std::env::temp_dir().join("fuzz-findings") {
            cfg.out = std::env::temp_dir().join("minipy-fuzz-check");
        }
        if !timeout_given {
            cfg.timeout = Duration::from_secs(10);
        }
    }
    cfg
}

const SKIP_AREAS: &[&str] = &[
    "gil", "threads", "profile", "timeit", "tempfile", "shutil", "os_posix", "glob", "platform", "locale", "wishlist",
    "cli", "fuzz",
];
const SKIP_TEXT: &[&str] = &[
    "subprocess",
    "os.system",
    "popen",
    "fork",
    "kill",
    "abort",
    "_exit",
    "exec",
    "spawn",
    "signal",
    "rmtree",
    "remove(",
    "unlink",
    "rmdir",
    "rename",
    "chmod",
    "chdir",
    "stdin",
    "raw_input",
    "input(",
    "sleep",
];

fn load_seeds(root: &Path) -> Vec<Seed> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(rd) = std::fs::read_dir(dir) else { return };
        let mut entries: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
        entries.sort();
        for p in entries {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            if p.is_dir() {
                if !SKIP_AREAS.contains(&name.as_str()) {
                    walk(&p, out);
                }
            } else if name.ends_with(".py") && !name.starts_with('_') && !p.with_extension("stdin").exists() {
                out.push(p);
            }
        }
    }
    let mut paths = Vec::new();
    walk(&root.join("tests/conformance"), &mut paths);
    paths
        .into_iter()
        .filter_map(|path| {
            let text = std::fs::read_to_string(&path).ok()?;
            if text.len() > 6000 || SKIP_TEXT.iter().any(|s| text.contains(s)) {
                return None;
            }
            Some(Seed { path, text })
        })
        .collect()
}

fn generate(cfg: &Config, seeds: &[Seed], index: u64) -> Program {
    let mut r = Rng::new(Rng::program_seed(cfg.seed, index));
    loop {
        let mutate = match cfg.only.as_deref() {
            Some("mutate") => true,
            Some(_) => false,
            None => r.chance(2, 5),
        };
        if mutate && !seeds.is_empty() {
            let s = r.pick(seeds);
            let text = mutate::mutate(&s.text, &mut r);
            let rel = s.path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap_or(&s.path);
            return Program {
                origin: format!("mutate:{}", rel.display()),
                text,
                pythonpath: s.path.parent().map(Path::to_path_buf),
            };
        }
        let (name, text) = gen::template(&mut r);
        if cfg.only.as_deref().is_none_or(|o| o == name) {
            return Program { origin: name.to_string(), text, pythonpath: None };
        }
    }
}

struct Runner<'a> {
    cfg: &'a Config,
    dir: PathBuf,
}

impl Runner<'_> {
    fn run_one(&self, interp: &Interp, text: &str, pp: Option<&Path>, timeout: Duration) -> Outcome {
        let _ = std::fs::write(self.dir.join("prog.py"), text);
        run::run(interp, &self.dir, "prog.py", pp, &Limits { timeout, mem_kb: self.cfg.mem_kb })
    }

    fn both(&self, text: &str, pp: Option<&Path>) -> (Outcome, Option<Outcome>) {
        let m = self.run_one(&self.cfg.minipy, text, pp, self.cfg.timeout);
        let c = self.cfg.cpython.as_ref().map(|c| self.run_one(c, text, pp, self.cfg.timeout));
        (m, c)
    }

    fn classify(&self, text: &str, pp: Option<&Path>) -> (Class, Outcome, Option<Outcome>) {
        let (m, c) = self.both(text, pp);
        (classify(&m, c.as_ref()), m, c)
    }

    /// Reduces `text` while its classification stays `class`.
    fn reduce(&self, text: &str, pp: Option<&Path>, class: &Class) -> String {
        let budget = match class {
            Class::Crash(_) => 300,
            Class::Hang(_) => 20,
            _ => 60,
        };
        let mut keep = |cand: &str| -> bool {
            match class {
                // A crash is minipy's alone: CPython need not run for every try.
                Class::Crash(k) => {
                    run::crash_kind(&self.run_one(&self.cfg.minipy, cand, pp, self.cfg.timeout)).as_ref() == Some(k)
                }
                _ => &self.classify(cand, pp).0 == class,
            }
        };
        minimize::minimize(text, &mut keep, budget)
    }
}

fn show(o: &Outcome) -> String {
    let cut = |b: &[u8]| -> String {
        let s = String::from_utf8_lossy(b);
        let s: String = s.chars().take(3000).collect();
        s
    };
    format!(
        "status {:?} signal {:?} timed out {}\n--- stdout\n{}\n--- stderr\n{}\n",
        o.status,
        o.signal,
        o.timed_out,
        cut(&o.stdout),
        cut(&o.stderr)
    )
}

fn record(cfg: &Config, state: &Mutex<State>, runner: &Runner, prog: &Program, index: u64, class: Class) {
    let folder = class.folder().to_string();
    let sig = class.signature();
    let (first, file_no) = {
        let mut st = state.lock().unwrap();
        let allow_min = folder != "diff" || st.minimized_diffs < cfg.min_diffs;
        let g = st.groups.entry((folder.clone(), sig.clone())).or_default();
        g.count += 1;
        *g.origins.entry(prog.origin.split(':').next().unwrap_or("").to_string()).or_default() += 1;
        // Keep up to 3 examples of each crash or hang, 1 of each difference.
        let limit = if folder == "diff" { 1 } else { 3 };
        if g.count > limit {
            return;
        }
        let first = g.count == 1 && allow_min;
        if first && folder == "diff" {
            st.minimized_diffs += 1;
        }
        let n = st.next_file.entry(folder.clone()).or_insert(0);
        *n += 1;
        (first, *n)
    };
    let pp = prog.pythonpath.as_deref();
    let reduced = if first { runner.reduce(&prog.text, pp, &class) } else { prog.text.clone() };
    let (again, m, c) = runner.classify(&reduced, pp);
    let dir = cfg.out.join(&folder);
    let _ = std::fs::create_dir_all(&dir);
    let base = dir.join(file_no.to_string());
    let _ = std::fs::write(base.with_extension("py"), &reduced);
    let _ = std::fs::write(base.with_extension("orig.py"), &prog.text);
    let mut info = format!(
        "class: {folder}\nsignature: {sig}\norigin: {}\nseed: {} index: {index}\npythonpath: {}\nreduced reclassified as: {}\n\n== minipy\n{}",
        prog.origin,
        cfg.seed,
        pp.map(|p| p.display().to_string()).unwrap_or_default(),
        again.signature(),
        show(&m)
    );
    if let Some(c) = &c {
        let _ = write!(info, "\n== CPython\n{}", show(c));
    }
    let _ = std::fs::write(base.with_extension("txt"), info);
    let mut st = state.lock().unwrap();
    let g = st.groups.get_mut(&(folder.clone(), sig)).unwrap();
    if g.example.is_none() {
        g.example = Some(base.with_extension("py"));
    }
    if cfg.verbose || folder != "diff" {
        eprintln!("fuzz: {folder}: {} ({})", class.signature(), base.with_extension("py").display());
    }
}

fn summary(cfg: &Config, st: &State, elapsed: Duration) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "# minipy fuzz summary\n\nseed {} | {} programs in {:.0} s | {} | jobs {} | timeout {:?}\n",
        cfg.seed,
        st.run,
        elapsed.as_secs_f64(),
        if cfg.cpython.is_some() { "differential (CPython)" } else { "crash/hang only" },
        cfg.jobs,
        cfg.timeout
    );
    let _ = writeln!(
        s,
        "programs by origin: {}\n",
        st.by_origin.iter().map(|(k, v)| format!("{k} {v}")).collect::<Vec<_>>().join(", ")
    );
    for folder in ["crash", "hang", "diff"] {
        let mut rows: Vec<(&(String, String), &Group)> = st.groups.iter().filter(|(k, _)| k.0 == folder).collect();
        rows.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(a.0.cmp(b.0)));
        let total: u64 = rows.iter().map(|r| r.1.count).sum();
        let _ = writeln!(s, "## {folder}: {} programs, {} classes\n", total, rows.len());
        for ((_, sig), g) in rows {
            let origins: Vec<String> = g.origins.iter().map(|(k, v)| format!("{k} {v}")).collect();
            let _ = writeln!(
                s,
                "- {} x `{}` [{}] {}",
                g.count,
                sig.replace('`', "'"),
                origins.join(", "),
                g.example.as_ref().map(|p| p.display().to_string()).unwrap_or_default()
            );
        }
        s.push('\n');
    }
    s
}

fn main() {
    let cfg = parse_args();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let seeds = load_seeds(&root);
    for sub in ["crash", "hang", "diff", "summary.md"] {
        let p = cfg.out.join(sub);
        let _ = if p.is_dir() { std::fs::remove_dir_all(&p) } else { std::fs::remove_file(&p) };
    }
    let _ = std::fs::create_dir_all(&cfg.out);
    let state = Mutex::new(State::default());
    let next = AtomicU64::new(0);
    let start = Instant::now();
    let deadline = cfg.seconds.map(|s| start + Duration::from_secs(s));
    let last_report = Mutex::new(Instant::now());
    eprintln!(
        "fuzz: seed {} | {} | {} seed scripts | findings in {}",
        cfg.seed,
        match (cfg.count, cfg.seconds) {
            (Some(n), _) => format!("{n} programs"),
            (None, Some(s)) => format!("{s} s"),
            _ => String::new(),
        },
        seeds.len(),
        cfg.out.display()
    );
    let cfg = Arc::new(cfg);
    std::thread::scope(|scope| {
        for w in 0..cfg.jobs {
            let (cfg, seeds, state, next, last_report) = (&cfg, &seeds, &state, &next, &last_report);
            scope.spawn(move || {
                let dir = std::env::temp_dir().join(format!("minipy-fuzz-{}-{w}", std::process::id()));
                let runner = Runner { cfg, dir: dir.clone() };
                loop {
                    if deadline.is_some_and(|d| Instant::now() >= d) {
                        break;
                    }
                    let index = next.fetch_add(1, Ordering::SeqCst);
                    if cfg.count.is_some_and(|n| index >= n) {
                        break;
                    }
                    if index % 200 < cfg.jobs as u64 || !dir.exists() {
                        // A fresh working folder now and then: programs may leave files behind.
                        let _ = std::fs::remove_dir_all(&dir);
                        let _ = std::fs::create_dir_all(&dir);
                    }
                    let prog = generate(cfg, seeds, index);
                    let (mut class, m, _) = runner.classify(&prog.text, prog.pythonpath.as_deref());
                    if let Class::Hang(sig) = &mut class {
                        *sig = run::hang_signature(&prog.text, &m.stdout, &prog.origin);
                        // On a loaded machine a slow run is not a hang: confirm with 4x the time.
                        let again =
                            runner.run_one(&cfg.minipy, &prog.text, prog.pythonpath.as_deref(), cfg.timeout * 4);
                        if !again.timed_out {
                            class = Class::Fine;
                        } else if cfg.cpython.is_none() && prog.origin.starts_with("mutate") {
                            // A mutant may loop forever in CPython too: only CPython can tell.
                            class = Class::Fine;
                        }
                    }
                    {
                        let mut st = state.lock().unwrap();
                        st.run += 1;
                        *st.by_origin.entry(prog.origin.split(':').next().unwrap_or("").to_string()).or_default() += 1;
                    }
                    if class != Class::Fine {
                        record(cfg, state, &runner, &prog, index, class);
                    }
                    let mut lr = last_report.lock().unwrap();
                    if lr.elapsed() > Duration::from_secs(60) {
                        *lr = Instant::now();
                        let st = state.lock().unwrap();
                        let text = summary(cfg, &st, start.elapsed());
                        let _ = std::fs::write(cfg.out.join("summary.md"), &text);
                        let count =
                            |f: &str| st.groups.iter().filter(|(k, _)| k.0 == f).map(|(_, g)| g.count).sum::<u64>();
                        eprintln!(
                            "fuzz: {} programs, {:.0} s: {} crashes, {} hangs, {} differences",
                            st.run,
                            start.elapsed().as_secs_f64(),
                            count("crash"),
                            count("hang"),
                            count("diff")
                        );
                    }
                }
                let _ = std::fs::remove_dir_all(&dir);
            });
        }
    });
    let st = state.lock().unwrap();
    let text = summary(&cfg, &st, start.elapsed());
    let _ = std::fs::write(cfg.out.join("summary.md"), &text);
    println!("{text}");
    let bad: Vec<&(String, String)> = st.groups.keys().filter(|k| k.0 == "crash" || k.0 == "hang").collect();
    if !bad.is_empty() {
        for (folder, _) in &bad {
            for entry in std::fs::read_dir(cfg.out.join(folder)).into_iter().flatten().flatten() {
                let p = entry.path();
                if p.to_string_lossy().ends_with(".py") && !p.to_string_lossy().ends_with(".orig.py") {
                    println!("=== {}\n{}", p.display(), std::fs::read_to_string(&p).unwrap_or_default());
                }
            }
        }
        eprintln!(
            "fuzz: minipy crashed or hung on {} kinds of program (see above and {})",
            bad.len(),
            cfg.out.display()
        );
        std::process::exit(1);
    }
}
