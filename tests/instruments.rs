//! Seeing the GIL from outside: `-X gil-stats`, `-X gil-trace`,
//! `-X gil-timeline`, and deadlock detection (with and without false alarms).

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// These tests start threads and measure nothing: they may run in parallel.
fn minipy(args: &[&str], src: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_minipy")).args(args).arg("-c").arg(src).output().expect("minipy runs")
}

/// A file in a fresh temporary folder, with the script written there as t.py.
fn script(name: &str, src: &str) -> (PathBuf, PathBuf) {
    let dir = std::env::temp_dir().join(format!("minipy-instruments-{}-{}", name, std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("t.py");
    std::fs::write(&path, src).unwrap();
    (dir, path)
}

fn run_file(args: &[&str], path: &PathBuf) -> Output {
    Command::new(env!("CARGO_BIN_EXE_minipy")).args(args).arg(path).output().expect("minipy runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const THREE_THREADS: &str = "\
import threading, time
def spin(n):
    while n > 0:
        n -= 1
def nap():
    for i in range(3):
        time.sleep(0.005)
a = threading.Thread(target=spin, args=(200000,))
b = threading.Thread(target=nap)
a.start(); b.start(); a.join(); b.join()
print 'done'
";

#[test]
fn trace_is_chrome_json_with_a_track_per_thread() {
    let (dir, path) = script("trace", THREE_THREADS);
    let trace = dir.join("trace.json");
    let o = run_file(&["-X", &format!("gil-trace={}", trace.display())], &path);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&trace).unwrap()).expect("valid JSON");
    let events = v["traceEvents"].as_array().expect("traceEvents");
    let names: Vec<(u64, String)> = events
        .iter()
        .filter(|e| e["ph"] == "M" && e["name"] == "thread_name")
        .map(|e| (e["tid"].as_u64().unwrap(), e["args"]["name"].as_str().unwrap().to_string()))
        .collect();
    let mut sorted: Vec<&str> = names.iter().map(|(_, n)| n.as_str()).collect();
    sorted.sort();
    assert_eq!(sorted, ["MainThread", "Thread-1", "Thread-2"]);
    let tid_of = |n: &str| names.iter().find(|(_, m)| m == n).unwrap().0;
    let spans = |tid: u64, name: &str| {
        events.iter().filter(|e| e["ph"] == "X" && e["tid"] == tid && e["name"] == name).cloned().collect::<Vec<_>>()
    };
    for e in events.iter().filter(|e| e["ph"] == "X") {
        assert!(e["ts"].as_f64().unwrap() >= 0.0 && e["dur"].as_f64().unwrap() >= 0.0, "{}", e);
    }
    // Every thread ran; the spinner and the main thread waited for the GIL
    // or blocked; the napper's sleeps are blocked spans that say where.
    for t in ["MainThread", "Thread-1", "Thread-2"] {
        assert!(!spans(tid_of(t), "running").is_empty(), "{} never ran", t);
    }
    let sleeps = spans(tid_of("Thread-2"), "blocked: sleep");
    assert!(sleeps.len() >= 3, "{:?}", sleeps);
    assert!(sleeps[0]["args"]["at"].as_str().unwrap().ends_with("t.py:7"), "{}", sleeps[0]);
    assert!(!spans(tid_of("MainThread"), "blocked: join").is_empty());
}

#[test]
fn trace_is_valid_json_after_an_exception_or_sys_exit() {
    for (name, tail, status) in [("exc", "raise ValueError('x')\n", 1), ("exit", "import sys\nsys.exit(4)\n", 4)] {
        let src = format!("{}{}", THREE_THREADS, tail);
        let (dir, path) = script(name, &src);
        let trace = dir.join("trace.json");
        let o = run_file(&["-X", &format!("gil-trace={}", trace.display())], &path);
        assert_eq!(o.status.code(), Some(status), "{}", stderr(&o));
        let text = std::fs::read_to_string(&trace).unwrap();
        let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        assert!(v["traceEvents"].as_array().unwrap().len() > 3);
    }
}

#[test]
fn timeline_is_an_svg_with_one_lane_per_thread() {
    let (dir, path) = script("timeline", THREE_THREADS);
    let svg = dir.join("t.svg");
    let o = run_file(&["-X", "gil=old", "-X", &format!("gil-timeline={}", svg.display())], &path);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(&svg).unwrap();
    let doc = roxmltree::Document::parse(&text).expect("well-formed XML");
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    let lanes: Vec<&str> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("lane"))
        .map(|n| n.attribute("data-thread").unwrap())
        .collect();
    assert_eq!(lanes, ["MainThread", "Thread-1", "Thread-2"]);
    let texts: String = doc.descendants().filter_map(|n| n.text()).collect::<Vec<_>>().join("|");
    assert!(texts.contains("policy old"), "{}", texts);
    assert!(texts.contains("time (ms)") && texts.contains("waiting for the GIL"), "{}", texts);
}

#[test]
fn stats_table_lists_every_thread_and_the_totals() {
    let o = minipy(&["-X", "gil-stats"], THREE_THREADS);
    assert!(o.status.success());
    let err = stderr(&o);
    assert!(err.starts_with("GIL statistics: policy new, switch interval 5 ms, 3 threads"), "{}", err);
    assert!(err.contains("instructions") && err.contains("GIL taken") && err.contains("blocked ms"), "{}", err);
    let row = |name: &str| -> Vec<String> {
        let line = err.lines().find(|l| l.starts_with(name)).unwrap_or_else(|| panic!("no {} row: {}", name, err));
        line.split_whitespace().map(str::to_string).collect()
    };
    // The spinner ran 200,000 iterations of a loop of two (fused)
    // instructions.
    let spinner: u64 = row("Thread-1")[1].parse().unwrap();
    assert!(spinner >= 400_000, "{}", err);
    // The napper slept at least 15 ms.
    let blocked: f64 = row("Thread-2")[6].parse().unwrap();
    assert!(blocked >= 14.0, "{}", err);
    assert!(row("total").len() == 7 && err.contains("times per second"), "{}", err);
    // Nothing is printed without the option.
    assert_eq!(stderr(&minipy(&[], THREE_THREADS)), "");
}

// ----- deadlocks -----

fn deadlock(src: &str) -> (Option<i32>, String) {
    let (_, path) = script(&format!("dl{}", src.len()), src);
    let mut child = Command::new(env!("CARGO_BIN_EXE_minipy"))
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            panic!("minipy hung on:\n{}", src);
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let o = child.wait_with_output().unwrap();
    (o.status.code(), stderr(&o))
}

#[test]
fn two_threads_taking_two_locks_in_opposite_orders() {
    let (status, err) = deadlock(
        "import threading, time
a = threading.Lock()
b = threading.Lock()
def one():
    with a:
        time.sleep(0.1)
        with b:
            pass
def two():
    with b:
        time.sleep(0.1)
        with a:
            pass
x = threading.Thread(target=one)
y = threading.Thread(target=two)
x.start(); y.start()
x.join()
",
    );
    assert_eq!(status, Some(3), "{}", err);
    assert!(err.starts_with("fatal: deadlock: all threads are blocked\n"), "{}", err);
    assert!(err.contains("MainThread: waits for Thread-1 to finish (join) at "), "{}", err);
    assert!(err.contains("Thread-1: waits on a Lock at ") && err.contains("t.py:7, held by Thread-2"), "{}", err);
    assert!(err.contains("(acquired at ") && err.contains("t.py:10)"), "{}", err);
    assert!(err.contains("t.py:12, held by Thread-1") && err.contains("t.py:5)"), "{}", err);
}

#[test]
fn the_notes_rlock_example_with_a_plain_lock_is_a_self_deadlock() {
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/note/_rlock_with_lock.py")).unwrap();
    let (status, err) = deadlock(&src);
    assert_eq!(status, Some(3), "{}", err);
    assert!(
        err.contains("MainThread: self-deadlock: acquires a Lock at ")
            && err.contains("t.py:13 that it already holds (acquired at "),
        "{}",
        err
    );
}

#[test]
fn every_kind_of_wait_can_deadlock() {
    let cases = [
        ("import threading\nthreading.Event().wait()\n", "waits on an Event at "),
        ("import threading\nthreading.Semaphore(0).acquire()\n", "waits on a Semaphore at "),
        ("import threading\nc = threading.Condition()\nc.acquire()\nc.wait()\n", "waits on a Condition at "),
        ("import Queue\nQueue.Queue().get()\n", "waits on Queue.get (queue empty) at "),
        ("import Queue\nq = Queue.Queue(1)\nq.put(1)\nq.put(2)\n", "waits on Queue.put (queue full) at "),
        (
            "import threading\nr = threading.RLock()\nt = threading.Thread(target=r.acquire)\nt.start(); t.join()\nr.acquire()\n",
            "held by Thread-1, which has finished",
        ),
        (
            "import threading\ne = threading.Event()\nt = threading.Thread(target=e.wait)\nt.start()\nt.join()\n",
            "Thread-1: waits on an Event at ",
        ),
    ];
    for (src, expect) in cases {
        let (status, err) = deadlock(src);
        assert_eq!(status, Some(3), "{}\n{}", src, err);
        assert!(err.contains(expect), "{}\n{}", src, err);
    }
}

#[test]
fn no_false_alarms() {
    let cases = [
        // A plain lock used as a signal: released by another thread.
        "import threading, time
done = threading.Lock()
done.acquire()
def worker():
    time.sleep(0.3)
    done.release()
threading.Thread(target=worker).start()
done.acquire()
print 'ok'
",
        // Waits with a timeout end by themselves.
        "import threading\nprint threading.Event().wait(0.3)\n",
        "import threading\nc = threading.Condition()\nc.acquire()\nc.wait(0.2)\nprint 'ok'\n",
        // A thread sleeping, or a Timer waiting, will run again.
        "import threading, time
l = threading.Lock()
l.acquire()
def later():
    time.sleep(0.4)
    l.release()
t = threading.Thread(target=later)
t.start()
l.acquire()
t.join()
print 'ok'
",
        "import threading\nt = threading.Timer(0.3, lambda: None)\nt.start()\nt.join()\nprint 'ok'\n",
        // A daemon thread blocked forever does not stop the program.
        "import threading, time
t = threading.Thread(target=threading.Event().wait)
t.daemon = True
t.start()
time.sleep(0.2)
print 'ok'
",
        // A pending signal.alarm may run a handler that ends the wait.
        "import signal, threading
def handler(sig, frame):
    raise KeyboardInterrupt
signal.signal(signal.SIGALRM, handler)
signal.alarm(1)
try:
    threading.Event().wait()
except KeyboardInterrupt:
    print 'ok'
",
    ];
    for src in cases {
        let (status, err) = deadlock(src);
        assert_eq!(status, Some(0), "{}\n{}", src, err);
    }
}

#[test]
fn a_thread_reading_stdin_is_not_deadlocked() {
    let (_, path) =
        script("stdin", "import threading\nt = threading.Thread(target=raw_input)\nt.start()\nt.join()\nprint 'ok'\n");
    let mut child = Command::new(env!("CARGO_BIN_EXE_minipy"))
        .arg(&path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(500));
    assert!(child.try_wait().unwrap().is_none(), "exited while a thread waited for input");
    child.stdin.take().unwrap().write_all(b"hello\n").unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "ok\n");
}

#[test]
fn deadlock_detection_can_be_turned_off() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_minipy"))
        .args(["-X", "deadlock=off", "-c", "import threading\nl = threading.Lock()\nl.acquire()\nl.acquire()\n"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(800));
    let still_running = child.try_wait().unwrap().is_none();
    let _ = child.kill();
    let _ = child.wait();
    assert!(still_running, "a deadlock with detection off should hang, as in CPython");
}

#[test]
fn bad_instrument_options_are_refused() {
    for opt in ["gil=fast", "gil-trace", "deadlock=maybe", "gil-stats=1"] {
        let o = minipy(&["-X", opt], "pass");
        assert_eq!(o.status.code(), Some(2), "{}", opt);
        assert!(stderr(&o).starts_with("minipy: "), "{}: {}", opt, stderr(&o));
    }
}
