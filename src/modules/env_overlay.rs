//! `os.putenv`/`os.unsetenv` without touching the real process environment.
//!
//! Changing the C environment (`setenv`) while another thread reads it
//! (`getenv` inside libc, e.g. `localtime_r` looking up `TZ`) is undefined
//! behaviour, and interpreter threads run in parallel. So the changes a
//! program makes are kept here, under a lock, and handed to the processes
//! it starts (`os.system`, `subprocess`), which is what `putenv` is for in
//! CPython (its own `os.environ` is a snapshot taken at start-up either way).

use std::collections::BTreeMap;
use std::process::Command;
use std::sync::Mutex;

/// Name -> new value (`None`: removed), in the order children will see them.
static CHANGES: Mutex<BTreeMap<String, Option<String>>> = Mutex::new(BTreeMap::new());

fn changes() -> std::sync::MutexGuard<'static, BTreeMap<String, Option<String>>> {
    CHANGES.lock().unwrap_or_else(|p| p.into_inner())
}

/// `putenv(name, value)`.
pub fn set(name: String, value: String) {
    changes().insert(name, Some(value));
}

/// `unsetenv(name)`.
pub fn unset(name: String) {
    changes().insert(name, None);
}

/// The value a child process would see for `name`.
pub fn get(name: &str) -> Option<String> {
    match changes().get(name) {
        Some(v) => v.clone(),
        None => std::env::var(name).ok(),
    }
}

/// Gives a child process the environment as the program changed it.
pub fn apply(cmd: &mut Command) {
    for (k, v) in changes().iter() {
        match v {
            Some(v) => cmd.env(k, v),
            None => cmd.env_remove(k),
        };
    }
}

/// The whole environment as the program changed it, `NAME=value` each (for
/// `os.execv`, which hands it to the new image).
pub fn all() -> Vec<Vec<u8>> {
    use std::os::unix::ffi::OsStrExt;
    let ch = changes();
    let mut out: Vec<Vec<u8>> = Vec::new();
    for (k, v) in std::env::vars_os() {
        if k.to_str().is_some_and(|k| ch.contains_key(k)) {
            continue;
        }
        let mut e = k.as_bytes().to_vec();
        e.push(b'=');
        e.extend_from_slice(v.as_bytes());
        out.push(e);
    }
    for (k, v) in ch.iter() {
        if let Some(v) = v {
            out.push(format!("{}={}", k, v).into_bytes());
        }
    }
    out
}
