//! What the GIL instruments write at exit: the `-X gil-stats` table (stderr),
//! the `-X gil-trace` file (Chrome trace event JSON, opens in Perfetto and
//! chrome://tracing) and the `-X gil-timeline` picture (a self-contained SVG).
//!
//! All three read the per-thread probes of `probe.rs`; spans of threads
//! still running or blocked at exit are closed at the exit time.

use std::fmt::Write as _;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use super::gil::Policy;
use super::probe::{Event, EventKind};
use super::threads::{describe_site, ThreadRecord};
use super::Interp;

/// One thread's numbers and events, with open spans closed.
struct Lane {
    name: String,
    events: Vec<Event>,
    instructions: u64,
    acquires: u64,
    forced: u64,
    hold_ns: u64,
    wait_ns: u64,
    blocked_ns: u64,
    dropped: u64,
}

fn lanes(interp: &Interp, end: u64) -> Vec<Lane> {
    let records: Vec<Arc<ThreadRecord>> = interp.threads.all();
    let mut out = Vec::new();
    for r in records {
        let Some(p) = &r.probe else { continue };
        let mut events = p.events.lock().clone();
        let mut hold_ns = p.hold_ns.load(Ordering::Relaxed);
        let mut blocked_ns = p.blocked_ns.load(Ordering::Relaxed);
        let open = p.open_span.load(Ordering::Relaxed);
        if r.alive.load(Ordering::SeqCst) {
            if open != 0 && end >= open - 1 {
                events.push(Event {
                    kind: EventKind::Running,
                    start: open - 1,
                    dur: end - (open - 1),
                    site: 0,
                    what: "",
                });
            }
            if let Some(w) = &*r.waiting.lock() {
                if end >= w.since {
                    blocked_ns += end - w.since;
                    let kind = EventKind::Blocked(w.wait.kind);
                    events.push(Event { kind, start: w.since, dur: end - w.since, site: w.site, what: w.wait.what });
                }
            } else if r.ident != interp.main_ident && open != 0 {
                hold_ns += end.saturating_sub(open - 1);
            }
        }
        out.push(Lane {
            name: r.name(),
            events,
            instructions: p.instructions.load(Ordering::Relaxed),
            acquires: p.acquires.load(Ordering::Relaxed),
            forced: p.forced.load(Ordering::Relaxed),
            hold_ns,
            wait_ns: p.wait_ns.load(Ordering::Relaxed),
            blocked_ns,
            dropped: p.dropped.load(Ordering::Relaxed),
        });
    }
    out
}

fn policy_line(interp: &Interp) -> String {
    let gil = &interp.gil;
    match gil.policy {
        Policy::Off => "policy off (no GIL)".to_string(),
        Policy::Old => format!("policy old, check interval {}", gil.check_interval()),
        p => format!("policy {}, switch interval {} ms", p.name(), fmt_ms(gil.switch_interval() * 1e3)),
    }
}

fn fmt_ms(ms: f64) -> String {
    let s = format!("{:.3}", ms);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// Writes whatever the command line asked for. Errors go to stderr.
pub fn write_reports(interp: &Interp) {
    let ins = &interp.instruments;
    if !ins.any() {
        return;
    }
    let end = interp.threads.started.elapsed().as_nanos() as u64;
    let lanes = lanes(interp, end);
    if ins.stats {
        eprint!("{}", stats_table(interp, &lanes, end));
    }
    if let Some(path) = &ins.trace {
        if let Err(e) = std::fs::write(path, trace_json(interp, &lanes)) {
            eprintln!("minipy: cannot write the GIL trace to '{}': {}", path, e);
        }
    }
    if let Some(path) = &ins.timeline {
        if let Err(e) = std::fs::write(path, timeline_svg(interp, &lanes, end)) {
            eprintln!("minipy: cannot write the GIL timeline to '{}': {}", path, e);
        }
    }
}

fn stats_table(interp: &Interp, lanes: &[Lane], end: u64) -> String {
    let wall = end as f64 / 1e9;
    let mut s = String::new();
    let _ = writeln!(s, "GIL statistics: {}, {} threads, {:.3} s", policy_line(interp), lanes.len(), wall);
    let width = lanes.iter().map(|l| l.name.len()).max().unwrap_or(6).max(6);
    let _ = writeln!(
        s,
        "{:<width$} {:>13} {:>9} {:>7} {:>11} {:>11} {:>11}",
        "thread", "instructions", "GIL taken", "forced", "holding ms", "waiting ms", "blocked ms"
    );
    let ms = |ns: u64| format!("{:.1}", ns as f64 / 1e6);
    let mut total = (0u64, 0u64, 0u64, 0u64, 0u64, 0u64);
    for l in lanes {
        let _ = writeln!(
            s,
            "{:<width$} {:>13} {:>9} {:>7} {:>11} {:>11} {:>11}",
            l.name,
            l.instructions,
            l.acquires,
            l.forced,
            ms(l.hold_ns),
            ms(l.wait_ns),
            ms(l.blocked_ns)
        );
        total.0 += l.instructions;
        total.1 += l.acquires;
        total.2 += l.forced;
        total.3 += l.hold_ns;
        total.4 += l.wait_ns;
        total.5 += l.blocked_ns;
    }
    let _ = writeln!(
        s,
        "{:<width$} {:>13} {:>9} {:>7} {:>11} {:>11} {:>11}",
        "total",
        total.0,
        total.1,
        total.2,
        ms(total.3),
        ms(total.4),
        ms(total.5)
    );
    let per_sec = if wall > 0.0 { total.1 as f64 / wall } else { 0.0 };
    let _ = writeln!(s, "GIL taken {:.1} times per second, {} forced switches", per_sec, total.2);
    s
}

fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn span_name(kind: EventKind) -> String {
    match kind {
        EventKind::Running => "running".into(),
        EventKind::WaitingGil => "waiting for GIL".into(),
        EventKind::Blocked(w) => format!("blocked: {}", w.name()),
        EventKind::DropRequest => "drop request".into(),
        EventKind::ForcedSwitch => "forced switch".into(),
        EventKind::Signal => "signal".into(),
    }
}

/// The Chrome trace event format: one track (tid) per thread.
fn trace_json(interp: &Interp, lanes: &[Lane]) -> String {
    let mut s = String::from("{\"displayTimeUnit\":\"ms\",\"traceEvents\":[\n");
    let title = format!("minipy ({})", policy_line(interp));
    let _ = write!(
        s,
        "{{\"ph\":\"M\",\"name\":\"process_name\",\"pid\":1,\"tid\":0,\"args\":{{\"name\":{}}}}}",
        json_str(&title)
    );
    for (i, l) in lanes.iter().enumerate() {
        let tid = i + 1;
        let _ = write!(
            s,
            ",\n{{\"ph\":\"M\",\"name\":\"thread_name\",\"pid\":1,\"tid\":{},\"args\":{{\"name\":{}}}}}",
            tid,
            json_str(&l.name)
        );
        let _ = write!(
            s,
            ",\n{{\"ph\":\"M\",\"name\":\"thread_sort_index\",\"pid\":1,\"tid\":{},\"args\":{{\"sort_index\":{}}}}}",
            tid, tid
        );
        for e in &l.events {
            let ts = e.start as f64 / 1e3;
            let name = json_str(&span_name(e.kind));
            match e.kind {
                EventKind::Running | EventKind::WaitingGil | EventKind::Blocked(_) => {
                    let _ = write!(
                        s,
                        ",\n{{\"ph\":\"X\",\"cat\":\"gil\",\"name\":{},\"pid\":1,\"tid\":{},\"ts\":{:.3},\"dur\":{:.3}",
                        name,
                        tid,
                        ts,
                        e.dur as f64 / 1e3
                    );
                    if let EventKind::Blocked(_) = e.kind {
                        let at = describe_site(e.site).unwrap_or_else(|| "?".into());
                        let _ = write!(s, ",\"args\":{{\"on\":{},\"at\":{}}}", json_str(e.what), json_str(&at));
                    }
                    s.push('}');
                }
                _ => {
                    let _ = write!(
                        s,
                        ",\n{{\"ph\":\"i\",\"s\":\"t\",\"cat\":\"gil\",\"name\":{},\"pid\":1,\"tid\":{},\"ts\":{:.3}}}",
                        name, tid, ts
                    );
                }
            }
        }
        if l.dropped > 0 {
            let _ = write!(
                s,
                ",\n{{\"ph\":\"i\",\"s\":\"t\",\"cat\":\"gil\",\"name\":\"{} events dropped\",\"pid\":1,\"tid\":{},\"ts\":0}}",
                l.dropped, tid
            );
        }
    }
    let _ = write!(s, "\n],\"otherData\":{{\"threads\":{},\"main_ident\":{}}}}}\n", lanes.len(), interp.main_ident);
    s
}

// ----- the timeline picture -----

const LABEL_W: f64 = 140.0;
const PLOT_W: f64 = 960.0;
const LANE_H: f64 = 26.0;
const LANE_GAP: f64 = 10.0;
const TOP: f64 = 64.0;

/// (state, colour, legend text), in the order states win a pixel.
const STATES: [(usize, &str, &str); 3] =
    [(0, "#2ca02c", "running (holds the GIL)"), (1, "#d62728", "waiting for the GIL"), (2, "#9ecae1", "blocked")];

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A round step for about `n` ticks over `span_ms`.
fn tick_step(span_ms: f64, n: f64) -> f64 {
    let raw = (span_ms / n).max(1e-6);
    let mag = 10f64.powf(raw.log10().floor());
    for m in [1.0, 2.0, 5.0, 10.0] {
        if raw <= m * mag {
            return m * mag;
        }
    }
    10.0 * mag
}

/// Per pixel column, how long the thread spent in each state.
fn columns(events: &[Event], end: u64, ncols: usize) -> Vec<[f64; 3]> {
    let mut cols = vec![[0.0f64; 3]; ncols];
    let per_col = end.max(1) as f64 / ncols as f64;
    for e in events {
        let state = match e.kind {
            EventKind::Running => 0,
            EventKind::WaitingGil => 1,
            EventKind::Blocked(_) => 2,
            _ => continue,
        };
        let (a, b) = (e.start as f64, (e.start + e.dur) as f64);
        let first = ((a / per_col) as usize).min(ncols - 1);
        let last = ((b / per_col) as usize).min(ncols - 1);
        for (c, col) in cols.iter_mut().enumerate().take(last + 1).skip(first) {
            let (lo, hi) = (c as f64 * per_col, (c + 1) as f64 * per_col);
            let overlap = b.min(hi) - a.max(lo);
            if overlap > 0.0 {
                col[state] += overlap;
            }
        }
    }
    cols
}

fn timeline_svg(interp: &Interp, lanes: &[Lane], end: u64) -> String {
    let ncols = PLOT_W as usize;
    let height = TOP + lanes.len() as f64 * (LANE_H + LANE_GAP) + 90.0;
    let width = LABEL_W + PLOT_W + 30.0;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" \
         font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">",
        w = width,
        h = height
    );
    let _ = writeln!(s, "<rect x=\"0\" y=\"0\" width=\"{}\" height=\"{}\" fill=\"white\"/>", width, height);
    let title = format!("minipy GIL timeline: {}", policy_line(interp));
    let _ = writeln!(s, "<text x=\"10\" y=\"24\" font-size=\"16\" font-weight=\"bold\">{}</text>", xml_escape(&title));
    let total_ms = end as f64 / 1e6;
    let _ = writeln!(
        s,
        "<text x=\"10\" y=\"44\" fill=\"#555\">{} threads, {} ms; each lane shows what its thread did over time</text>",
        lanes.len(),
        fmt_ms((total_ms * 10.0).round() / 10.0)
    );
    for (i, l) in lanes.iter().enumerate() {
        let y = TOP + i as f64 * (LANE_H + LANE_GAP);
        let _ = writeln!(s, "<g class=\"lane\" data-thread=\"{}\">", xml_escape(&l.name));
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            LABEL_W - 8.0,
            y + LANE_H / 2.0 + 4.0,
            xml_escape(&l.name)
        );
        let _ = writeln!(
            s,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#f4f4f4\" stroke=\"#ccc\"/>",
            LABEL_W, y, PLOT_W, LANE_H
        );
        // Each pixel column gets the state that took most of its time.
        let cols = columns(&l.events, end, ncols);
        let mut run: Option<(usize, usize)> = None; // (state, first column)
        let flush = |s: &mut String, state: usize, from: usize, to: usize| {
            let _ = writeln!(
                s,
                "<rect x=\"{:.1}\" y=\"{}\" width=\"{:.1}\" height=\"{}\" fill=\"{}\"/>",
                LABEL_W + from as f64,
                y,
                (to - from) as f64,
                LANE_H,
                STATES[state].1
            );
        };
        for (c, col) in cols.iter().enumerate() {
            let best = (0..3).filter(|&k| col[k] > 0.0).max_by(|&a, &b| col[a].total_cmp(&col[b]));
            match (run, best) {
                (Some((st, _)), Some(b)) if st == b => {}
                (Some((st, from)), _) => {
                    flush(&mut s, st, from, c);
                    run = best.map(|b| (b, c));
                }
                (None, _) => run = best.map(|b| (b, c)),
            }
        }
        if let Some((st, from)) = run {
            flush(&mut s, st, from, ncols);
        }
        s.push_str("</g>\n");
    }
    // Time axis.
    let axis_y = TOP + lanes.len() as f64 * (LANE_H + LANE_GAP);
    let _ = writeln!(
        s,
        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#333\"/>",
        LABEL_W,
        axis_y,
        LABEL_W + PLOT_W,
        axis_y
    );
    let step = tick_step(total_ms, 10.0);
    let mut t = 0.0;
    while t <= total_ms + 1e-9 && total_ms > 0.0 {
        let x = LABEL_W + t / total_ms * PLOT_W;
        let _ = writeln!(
            s,
            "<line x1=\"{x:.1}\" y1=\"{}\" x2=\"{x:.1}\" y2=\"{}\" stroke=\"#333\"/>",
            axis_y,
            axis_y + 5.0
        );
        let _ = writeln!(s, "<text x=\"{x:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text>", axis_y + 18.0, fmt_ms(t));
        t += step;
    }
    let _ =
        writeln!(s, "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">time (ms)</text>", LABEL_W + PLOT_W, axis_y + 34.0);
    // Legend.
    let ly = axis_y + 52.0;
    let mut lx = LABEL_W;
    for (_, colour, text) in STATES {
        let _ = writeln!(s, "<rect x=\"{}\" y=\"{}\" width=\"14\" height=\"14\" fill=\"{}\"/>", lx, ly, colour);
        let _ = writeln!(s, "<text x=\"{}\" y=\"{}\">{}</text>", lx + 20.0, ly + 12.0, text);
        lx += 40.0 + text.len() as f64 * 7.0;
    }
    s.push_str("</svg>\n");
    s
}
