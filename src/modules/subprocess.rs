//! `_subprocess`, the engine behind `stdlib/subprocess.py`: children are
//! started with `std::process::Command` (no fork/exec in `os`), kept in a
//! process-wide table under their pid, and waited for with the GIL released.
//!
//! `spawn(argv, cwd, env, stdin, stdout, stderr)` -> `(pid, stdin, stdout,
//! stderr)`.  Each stream is given as None (inherit), -1 (a new pipe), -2
//! (stderr only: wherever stdout goes), a descriptor number or a file
//! object; the pipes come back as file objects (None for the others).
//! `communicate(pid, input, stdin, stdout, stderr)` feeds and drains those
//! file objects on threads and waits -> `(out, err, returncode)`;
//! `wait(pid)`, `poll(pid)` (None while it runs), `send_signal(pid, sig)`.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsFd, OwnedFd};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;

use super::file::{file_of, FileObj};
use super::{check_args, def, int_arg, str_arg};
use crate::object::{Dict, ExcKind, Object, PyErr, PyResult, Value};
use crate::vm::threads::{Wait, WaitKind};

struct Running {
    child: Child,
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

fn strings(v: &Value, what: &str) -> PyResult<Vec<String>> {
    let items = match v {
        Value::List(l) => l.snapshot(),
        Value::Tuple(t) => t.items.to_vec(),
        _ => return Err(PyErr::new(ExcKind::TypeError, format!("{} must be a list", what))),
    };
    items.iter().map(|x| Ok(str_arg(x, what)?.to_string_lossy())).collect()
}

/// Where one of the child's streams goes.
enum Spec {
    Inherit,
    Pipe,
    /// stderr: the same place as stdout
    Merge,
    Fd(OwnedFd),
}

fn spec(v: &Value, what: &str) -> PyResult<Spec> {
    let bad = || PyErr::new(ExcKind::TypeError, format!("{}: not a file or descriptor", what));
    Ok(match v {
        Value::None => Spec::Inherit,
        Value::Int(-1) => Spec::Pipe,
        Value::Int(-2) => Spec::Merge,
        Value::Int(n @ 0..=2) => Spec::Fd(
            match n {
                0 => std::io::stdin().as_fd().try_clone_to_owned(),
                1 => std::io::stdout().as_fd().try_clone_to_owned(),
                _ => std::io::stderr().as_fd().try_clone_to_owned(),
            }
            .map_err(os_error)?,
        ),
        Value::Int(n) => {
            let file = super::os_extra::clone_fd(*n).ok_or_else(|| os_error(std::io::Error::from_raw_os_error(9)))?;
            Spec::Fd(OwnedFd::from(file.map_err(os_error)?))
        }
        Value::Other(o) if matches!(&**o, Object::File(_)) => {
            let f = file_of(v)?;
            let fd = f.clone_file().ok_or_else(|| PyErr::new(ExcKind::ValueError, "I/O operation on closed file"))?;
            Spec::Fd(fd.map_err(os_error)?)
        }
        _ => return Err(bad()),
    })
}

fn pipe() -> PyResult<(File, File)> {
    let (r, w) = std::io::pipe().map_err(os_error)?;
    Ok((File::from(OwnedFd::from(r)), File::from(OwnedFd::from(w))))
}

fn file_value(mode: &str, f: File) -> Value {
    Value::other(Object::File(FileObj::from_pipe(mode, f)))
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
    let (sin, sout, serr) = (spec(&a[3], "stdin")?, spec(&a[4], "stdout")?, spec(&a[5], "stderr")?);
    let mut parent = [None, None, None];
    match sin {
        Spec::Pipe => {
            let (r, w) = pipe()?;
            cmd.stdin(r);
            parent[0] = Some(file_value("wb", w));
        }
        Spec::Fd(fd) => {
            cmd.stdin(fd);
        }
        _ => {}
    }
    // stdout's destination is kept when stderr follows it.
    let mut out_dest: Option<OwnedFd> = None;
    match sout {
        Spec::Pipe => {
            let (r, w) = pipe()?;
            out_dest = Some(OwnedFd::from(w));
            parent[1] = Some(file_value("rb", r));
        }
        Spec::Fd(fd) => out_dest = Some(fd),
        _ => {}
    }
    match serr {
        Spec::Pipe => {
            let (r, w) = pipe()?;
            cmd.stderr(w);
            parent[2] = Some(file_value("rb", r));
        }
        Spec::Fd(fd) => {
            cmd.stderr(fd);
        }
        Spec::Merge => {
            let fd = match &out_dest {
                Some(d) => d.try_clone().map_err(os_error)?,
                None => std::io::stdout().as_fd().try_clone_to_owned().map_err(os_error)?,
            };
            cmd.stderr(fd);
        }
        Spec::Inherit => {}
    }
    if let Some(d) = out_dest {
        cmd.stdout(Stdio::from(d));
    }
    let spawned = cmd.spawn();
    // The child's ends of the pipes live in `cmd`: dropping it closes them
    // here, so that the parent sees end-of-file when the child exits.
    drop(cmd);
    let child = spawned.map_err(os_error)?;
    let pid = child.id() as i64;
    table().insert(pid, Running { child, status: None });
    let [i, o, e] = parent;
    let or_none = |v: Option<Value>| v.unwrap_or(Value::None);
    Ok(Value::tuple(vec![Value::Int(pid), or_none(i), or_none(o), or_none(e)]))
}

/// What a finished child gave: stdout and stderr data (None when not
/// piped) and its returncode.
type Outcome = (Option<Vec<u8>>, Option<Vec<u8>>, i64);

/// Feeds `input`, reads the pipes to their end (each on its own thread, so
/// a full pipe cannot stall the other) and waits.
fn communicate(
    run: &mut Running,
    stdin: Option<File>,
    input: Option<Vec<u8>>,
    out: Option<(File, Vec<u8>)>,
    err: Option<(File, Vec<u8>)>,
) -> PyResult<Outcome> {
    let feeder = std::thread::spawn(move || {
        if let Some(mut s) = stdin {
            if let Some(data) = input {
                let _ = s.write_all(&data);
            }
        }
    });
    let reader = |pipe: Option<(File, Vec<u8>)>| {
        pipe.map(|(mut p, ahead)| {
            std::thread::spawn(move || {
                let mut buf = ahead;
                let _ = p.read_to_end(&mut buf);
                buf
            })
        })
    };
    let (out, err) = (reader(out), reader(err));
    let _ = feeder.join();
    let out = out.map(|t| t.join().unwrap_or_default());
    let err = err.map(|t| t.join().unwrap_or_default());
    let code = wait(run)?;
    Ok((out, err, code))
}

fn wait(run: &mut Running) -> PyResult<i64> {
    if let Some(c) = run.status {
        return Ok(c);
    }
    let c = returncode(run.child.wait().map_err(os_error)?);
    run.status = Some(c);
    Ok(c)
}

fn bytes_or_none(v: Option<Vec<u8>>) -> Value {
    v.map(Value::bytes).unwrap_or(Value::None)
}

/// The child's record, taken out of the table while a thread waits on it
/// (so that poll() from another thread does not block) and put back after.
fn take(pid: i64) -> PyResult<Running> {
    table().remove(&pid).ok_or_else(no_child)
}

fn detach(v: &Value) -> PyResult<Option<(File, Vec<u8>)>> {
    if matches!(v, Value::None) {
        return Ok(None);
    }
    Ok(file_of(v)?.detach())
}

pub fn init(d: &Dict) {
    def(d, "spawn", |_, a, _| spawn(a));
    def(d, "communicate", |vm, a, _| {
        check_args("communicate", a, 5, 5)?;
        let pid = int_arg(&a[0], "pid")?;
        let input = match &a[1] {
            Value::None => None,
            v => Some(str_arg(v, "input")?.as_bytes().to_vec()),
        };
        let stdin = detach(&a[2])?.map(|(f, _)| f);
        let (out, err) = (detach(&a[3])?, detach(&a[4])?);
        let mut run = take(pid)?;
        let wait = Wait::new(WaitKind::Io, "a child process");
        let r = vm.allow_threads(wait, true, || communicate(&mut run, stdin, input, out, err));
        table().insert(pid, run);
        let (out, err, code) = r?;
        Ok(Value::tuple(vec![bytes_or_none(out), bytes_or_none(err), Value::Int(code)]))
    });
    def(d, "wait", |vm, a, _| {
        check_args("wait", a, 1, 1)?;
        let pid = int_arg(&a[0], "pid")?;
        let mut run = take(pid)?;
        let r = vm.allow_threads(Wait::new(WaitKind::Io, "a child process"), true, || wait(&mut run));
        table().insert(pid, run);
        Ok(Value::Int(r?))
    });
    def(d, "poll", |_, a, _| {
        check_args("poll", a, 1, 1)?;
        let pid = int_arg(&a[0], "pid")?;
        let mut t = table();
        let Some(run) = t.get_mut(&pid) else {
            // Another thread is waiting for it: still running.
            return Ok(Value::None);
        };
        if run.status.is_none() {
            if let Some(s) = run.child.try_wait().map_err(os_error)? {
                run.status = Some(returncode(s));
            }
        }
        Ok(run.status.map(Value::Int).unwrap_or(Value::None))
    });
    def(d, "send_signal", |_, a, _| {
        check_args("send_signal", a, 2, 2)?;
        let (pid, sig) = (int_arg(&a[0], "pid")?, int_arg(&a[1], "sig")?);
        if table().get(&pid).is_some_and(|r| r.status.is_some()) {
            return Ok(Value::None); // already reaped: the pid may be reused
        }
        super::signal::kill(pid, sig).map_err(os_error)?;
        Ok(Value::None)
    });
}
