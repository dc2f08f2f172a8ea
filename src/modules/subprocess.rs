//! `_subprocess`, the engine behind `stdlib/subprocess.py`: children are
//! started with `std::process::Command` (minipy has no fork/exec/pipe in
//! `os`), kept in a process-wide table under their pid, and waited for with
//! the GIL released.
//!
//! `spawn(argv, cwd, env, stdin, stdout, stderr)` -> pid, where each stream
//! is 0 (inherit), 1 (pipe), 2 (/dev/null) or, for stderr only, 3 (into
//! stdout's pipe); `communicate(pid, input)` -> (out, err, returncode) with
//! None for an unpiped stream; `wait(pid)`, `poll(pid)` (None while it runs)
//! and `kill(pid)`.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;

use super::{check_args, def, int_arg, str_arg};
use crate::object::{Dict, ExcKind, PyErr, PyResult, Value};
use crate::vm::threads::{Wait, WaitKind};

struct Running {
    child: Child,
    /// stderr goes into stdout's pipe (`stderr=STDOUT`)
    merged: bool,
    status: Option<i64>,
}

static CHILDREN: Mutex<BTreeMap<i64, Running>> = Mutex::new(BTreeMap::new());

fn table() -> std::sync::MutexGuard<'static, BTreeMap<i64, Running>> {
    CHILDREN.lock().unwrap_or_else(|e| e.into_inner())
}

fn os_error(e: std::io::Error) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(5) as i64;
    PyErr::with_args(ExcKind::OSError, vec![Value::Int(errno), Value::str(&super::os::errno_text(errno as i32))])
}

fn no_child() -> PyErr {
    PyErr::with_args(ExcKind::OSError, vec![Value::Int(10), Value::str("No child processes")])
}

/// The 2.7 returncode of an exit status: the exit code, or minus the signal.
fn returncode(status: std::process::ExitStatus) -> i64 {
    use std::os::unix::process::ExitStatusExt;
    match status.code() {
        Some(c) => c as i64,
        None => -(status.signal().unwrap_or(0) as i64),
    }
}

fn stdio(mode: i64) -> Stdio {
    match mode {
        1 | 3 => Stdio::piped(),
        2 => Stdio::null(),
        _ => Stdio::inherit(),
    }
}

fn strings(v: &Value, what: &str) -> PyResult<Vec<String>> {
    let items = match v {
        Value::List(l) => l.snapshot(),
        Value::Tuple(t) => t.items.to_vec(),
        _ => return Err(PyErr::new(ExcKind::TypeError, format!("{} must be a list", what))),
    };
    items.iter().map(|x| Ok(str_arg(x, what)?.to_string_lossy())).collect()
}

fn spawn(a: &[Value]) -> PyResult<Value> {
    check_args("spawn", a, 6, 6)?;
    let argv = strings(&a[0], "args")?;
    let Some((program, rest)) = argv.split_first() else {
        return Err(PyErr::new(ExcKind::ValueError, "empty argument list"));
    };
    let mut cmd = Command::new(program);
    cmd.args(rest);
    if !matches!(a[1], Value::None) {
        cmd.current_dir(str_arg(&a[1], "cwd")?.to_string_lossy());
    }
    if !matches!(a[2], Value::None) {
        // a flat list: name, value, name, value, ...
        let env = strings(&a[2], "env")?;
        cmd.env_clear();
        for pair in env.chunks(2) {
            if let [k, v] = pair {
                cmd.env(k, v);
            }
        }
    } else {
        super::env_overlay::apply(&mut cmd);
    }
    let (sin, sout, serr) = (int_arg(&a[3], "stdin")?, int_arg(&a[4], "stdout")?, int_arg(&a[5], "stderr")?);
    let merged = serr == 3;
    cmd.stdin(stdio(sin)).stdout(stdio(if merged && sout == 0 { 1 } else { sout }));
    cmd.stderr(if merged { Stdio::piped() } else { stdio(serr) });
    let child = cmd.spawn().map_err(os_error)?;
    let pid = child.id() as i64;
    table().insert(pid, Running { child, merged, status: None });
    Ok(Value::Int(pid))
}

/// Feeds `input`, reads the pipes to their end (each on its own thread, so
/// a full pipe cannot stall the other) and waits.
/// What a finished child gave: stdout and stderr data (None when not
/// piped) and its returncode.
type Outcome = (Option<Vec<u8>>, Option<Vec<u8>>, i64);

fn communicate(mut run: Running, input: Option<Vec<u8>>) -> PyResult<Outcome> {
    let stdin = run.child.stdin.take();
    let feeder = std::thread::spawn(move || {
        if let (Some(mut s), Some(data)) = (stdin, input) {
            let _ = s.write_all(&data);
        }
    });
    let reader = |pipe: Option<Box<dyn Read + Send>>| {
        pipe.map(|mut p| {
            std::thread::spawn(move || {
                let mut buf = Vec::new();
                let _ = p.read_to_end(&mut buf);
                buf
            })
        })
    };
    let out = reader(run.child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let err = reader(run.child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let _ = feeder.join();
    let mut out = out.map(|t| t.join().unwrap_or_default());
    let err = err.map(|t| t.join().unwrap_or_default());
    let err = if run.merged {
        // stderr=STDOUT: one stream (interleaving is not kept)
        if let (Some(o), Some(e)) = (out.as_mut(), err) {
            o.extend(e);
        }
        None
    } else {
        err
    };
    let code = match run.status {
        Some(c) => c,
        None => returncode(run.child.wait().map_err(os_error)?),
    };
    Ok((out, err, code))
}

fn bytes_or_none(v: Option<Vec<u8>>) -> Value {
    v.map(Value::bytes).unwrap_or(Value::None)
}

pub fn init(d: &Dict) {
    def(d, "spawn", |_, a, _| spawn(a));
    def(d, "communicate", |vm, a, _| {
        check_args("communicate", a, 2, 2)?;
        let pid = int_arg(&a[0], "pid")?;
        let input = match &a[1] {
            Value::None => None,
            v => Some(str_arg(v, "input")?.as_bytes().to_vec()),
        };
        let run = table().remove(&pid).ok_or_else(no_child)?;
        let (out, err, code) =
            vm.allow_threads(Wait::new(WaitKind::Io, "a child process"), true, || communicate(run, input))?;
        // kept (finished) so that wait() and poll() still answer
        Ok(Value::tuple(vec![bytes_or_none(out), bytes_or_none(err), Value::Int(code)]))
    });
    def(d, "wait", |vm, a, _| {
        check_args("wait", a, 1, 1)?;
        let pid = int_arg(&a[0], "pid")?;
        let run = table().remove(&pid).ok_or_else(no_child)?;
        let (_, _, code) = vm.allow_threads(Wait::new(WaitKind::Io, "a child process"), true, || {
            let mut run = run;
            // unread pipes are dropped (closed) so the child cannot block on them
            run.child.stdout.take();
            run.child.stderr.take();
            communicate(run, None)
        })?;
        Ok(Value::Int(code))
    });
    def(d, "poll", |_, a, _| {
        check_args("poll", a, 1, 1)?;
        let pid = int_arg(&a[0], "pid")?;
        let mut t = table();
        let run = t.get_mut(&pid).ok_or_else(no_child)?;
        if run.status.is_none() {
            if let Some(s) = run.child.try_wait().map_err(os_error)? {
                run.status = Some(returncode(s));
            }
        }
        Ok(run.status.map(Value::Int).unwrap_or(Value::None))
    });
    def(d, "kill", |_, a, _| {
        check_args("kill", a, 1, 1)?;
        let pid = int_arg(&a[0], "pid")?;
        let mut t = table();
        let run = t.get_mut(&pid).ok_or_else(no_child)?;
        run.child.kill().map_err(os_error)?;
        Ok(Value::None)
    });
}
