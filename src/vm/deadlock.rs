//! Deadlock detection: when every live thread is blocked, without a timeout,
//! on something only another thread could release, minipy says so and exits
//! with status 3 instead of hanging (`-X deadlock=off` turns this off).
//!
//! Only the whole program counts: a plain Lock may be released by any
//! thread, so acquiring a lock you hold is fine while another thread runs.
//! Waits that end by themselves (sleep, timeouts, I/O, `signal.pause`, a
//! pending `signal.alarm`) are never part of a deadlock.
//!
//! The check runs in the main thread's blocked waits, each time they wake to
//! poll (every 20 ms), so it costs nothing while anything runs: the main
//! thread lives as long as the program, so a deadlock always includes it.
//! To rule out a thread that was just woken but has not yet left its wait,
//! the verdict needs two looks at the same epoch (no thread started or
//! stopped waiting in between) where every thread has re-checked its wait
//! condition in between and found it still unmet.

use std::sync::atomic::Ordering;

use super::threads::{describe_site, Site, Wait, WaitKind, Waiting};
use super::{Interp, Vm};
use crate::modules::thread::LockObj;
use crate::modules::threading_sync::RLockState;
use crate::object::{PyStr, Value};

/// Is the whole program stuck? Called by the main thread while blocked.
pub fn check(interp: &Interp) -> bool {
    if crate::modules::signal::alarm_pending() {
        return false;
    }
    let table = &interp.threads;
    let epoch = table.epoch.load(Ordering::SeqCst);
    let mut polls = Vec::new();
    for r in table.records.lock().iter().filter(|r| r.alive.load(Ordering::SeqCst)) {
        let stuck = matches!(&*r.waiting.lock(), Some(w) if w.forever && !w.wait.kind.external());
        if !stuck {
            *table.snapshot.lock() = None;
            return false;
        }
        polls.push((r.ident, r.polls.load(Ordering::SeqCst)));
    }
    let mut snap = table.snapshot.lock();
    if let Some((e, old)) = &*snap {
        let same_threads = *e == epoch && old.len() == polls.len() && old.iter().zip(&polls).all(|(a, b)| a.0 == b.0);
        if same_threads {
            return old.iter().zip(&polls).all(|(a, b)| b.1 > a.1);
        }
    }
    *snap = Some((epoch, polls));
    false
}

/// Who holds a lock and since where: (thread ident, site).
fn holder(obj: &Value) -> Option<(u64, Site)> {
    if let Some(l) = obj.native::<LockObj>() {
        return l.holder();
    }
    let rlock = crate::modules::threading_sync::state_of::<RLockState>(obj, &PyStr::from_str("_RLock__state"));
    rlock.and_then(|r| r.holder())
}

fn at(site: Site) -> String {
    describe_site(site).unwrap_or_else(|| "?".to_string())
}

/// The report: each thread, what it waits on and where, and lock holders.
pub fn describe(vm: &mut Vm) -> String {
    let interp = vm.interp.clone();
    let mut out = String::from("fatal: deadlock: all threads are blocked\n");
    for r in interp.threads.all().iter().filter(|r| r.alive.load(Ordering::SeqCst)) {
        let name = r.name();
        let g = r.waiting.lock();
        let Some(w) = &*g else { continue };
        let obj = w.wait.object.clone();
        let (kind, what, site) = (w.wait.kind, w.wait.what, w.site);
        drop(g);
        let held = obj.as_ref().and_then(holder);
        match (kind, held) {
            (WaitKind::Lock, Some((h, hsite))) if h == r.ident => {
                out += &format!(
                    "  {}: self-deadlock: acquires {} at {} that it already holds (acquired at {})\n",
                    name,
                    what,
                    at(site),
                    at(hsite)
                );
            }
            (_, Some((h, hsite))) => {
                let who = interp.threads.name_of(h).unwrap_or_else(|| format!("thread {}", h));
                let gone = !interp.threads.all().iter().any(|r| r.ident == h && r.alive.load(Ordering::SeqCst));
                let gone = if gone { ", which has finished" } else { "" };
                out += &format!(
                    "  {}: waits on {} at {}, held by {}{} (acquired at {})\n",
                    name,
                    what,
                    at(site),
                    who,
                    gone,
                    at(hsite)
                );
            }
            (WaitKind::Join, _) => {
                let target = obj
                    .and_then(|t| vm.getattr(&t, &PyStr::from_str("name")).ok())
                    .and_then(|n| n.as_str().map(|s| s.to_string_lossy()))
                    .unwrap_or_else(|| "a thread".to_string());
                out += &format!("  {}: waits for {} to finish (join) at {}\n", name, target, at(site));
            }
            _ => out += &format!("  {}: waits on {} at {}\n", name, what, at(site)),
        }
    }
    out
}

/// Prints the report, writes the GIL instruments' files, and exits with 3.
pub fn report_and_exit(vm: &mut Vm, main_wait: Wait) -> ! {
    // The main thread has left its wait to report: put it back in the table.
    let since = vm.record.waiting.lock().as_ref().map_or(0, |w| w.since);
    *vm.record.waiting.lock() =
        Some(Waiting { wait: main_wait, forever: true, site: vm.site, since, stack: Vec::new() });
    vm.flush_std();
    let text = describe(vm);
    eprint!("{}", text);
    vm.close_probe();
    super::report::write_reports(&vm.interp);
    std::process::exit(3)
}
