//! Output written while the prompt waits: other threads' writes to
//! `sys.stdout` / `sys.stderr` go through the line editor's external
//! printer, which shows them above the prompt and redraws the line being
//! typed, instead of garbling it.
//!
//! Whole lines are handed on (a `print` writes its text and its newline
//! separately; the printer ends each message with a newline). A forwarding
//! thread does the printing, so that a writer never blocks on the editor.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;
use std::sync::Mutex;

/// Set while the editor waits for a line and a printer exists.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Is there a printer for this wait (other threads are running)?
static ENABLED: AtomicBool = AtomicBool::new(false);

/// Says whether the coming wait has a printer.
pub fn set_enabled(on: bool) {
    ENABLED.store(on, Ordering::SeqCst);
}

struct Sink {
    to_printer: Sender<String>,
    /// Text after the last newline, waiting for the rest of its line.
    partial: Vec<u8>,
}

static SINK: Mutex<Option<Sink>> = Mutex::new(None);

/// Installs the printer (once, when the editor starts on a terminal).
pub fn install(mut print: impl FnMut(String) + Send + 'static) {
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    let spawned = std::thread::Builder::new().name("minipy-printer".into()).spawn(move || {
        for msg in rx {
            print(msg);
        }
    });
    if spawned.is_ok() {
        if let Ok(mut g) = SINK.lock() {
            *g = Some(Sink { to_printer: tx, partial: Vec::new() });
        }
    }
}

/// The prompt starts (true) or ends (false) waiting. At the end, a line
/// left unfinished is printed as it is.
pub fn set_waiting(on: bool) {
    let Ok(mut g) = SINK.lock() else { return };
    let Some(sink) = g.as_mut() else { return };
    ACTIVE.store(on && ENABLED.load(Ordering::SeqCst), Ordering::SeqCst);
    if !on && !sink.partial.is_empty() {
        let rest = std::mem::take(&mut sink.partial);
        let _ = sink.to_printer.send(String::from_utf8_lossy(&rest).into_owned());
    }
}

/// Called by the standard streams for every write: true when the data was
/// taken (the prompt is waiting), false to write it as usual.
pub fn divert(data: &[u8]) -> bool {
    if !ACTIVE.load(Ordering::Relaxed) {
        return false;
    }
    let Ok(mut g) = SINK.lock() else { return false };
    let Some(sink) = g.as_mut() else { return false };
    if !ACTIVE.load(Ordering::SeqCst) {
        return false;
    }
    sink.partial.extend_from_slice(data);
    if let Some(i) = sink.partial.iter().rposition(|&b| b == b'\n') {
        let lines: Vec<u8> = sink.partial.drain(..=i).collect();
        let _ = sink.to_printer.send(String::from_utf8_lossy(&lines).into_owned());
    }
    true
}
