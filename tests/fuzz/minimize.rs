//! Reducing a finding: delete top-level statements in chunks, then single
//! statements at any depth (a statement together with its indented block,
//! continuation lines and else/except/finally clauses), keeping a deletion
//! whenever the program is still classified the same way.

use crate::mutate::{tokenize, Kind};

fn indent(l: &str) -> usize {
    l.len() - l.trim_start().len()
}

fn blank(l: &str) -> bool {
    let t = l.trim();
    t.is_empty() || t.starts_with('#')
}

/// Bracket depth at the start of every line (continuation lines have > 0).
fn depths(lines: &[String]) -> Vec<i32> {
    let text = lines.join("\n") + "\n";
    let mut out = vec![0; lines.len() + 1];
    let (mut line, mut depth) = (0usize, 0i32);
    for t in tokenize(&text) {
        if t.kind == Kind::Op {
            match t.text.as_str() {
                "(" | "[" | "{" => depth += 1,
                ")" | "]" | "}" => depth = (depth - 1).max(0),
                _ => {}
            }
        }
        for ch in t.text.chars() {
            if ch == '\n' {
                line += 1;
                if line < out.len() {
                    out[line] = depth;
                }
            }
        }
    }
    out
}

/// Statement ranges (start line, end line exclusive), sorted by start.
fn units(lines: &[String], top_only: bool) -> Vec<(usize, usize)> {
    let d = depths(lines);
    let mut out = Vec::new();
    for i in 0..lines.len() {
        if blank(&lines[i]) || d[i] > 0 || (top_only && indent(&lines[i]) > 0) {
            continue;
        }
        let ind = indent(&lines[i]);
        let mut j = i + 1;
        while j < lines.len() {
            let l = &lines[j];
            let clause = indent(l) == ind && {
                let s = l.trim_start();
                ["else", "elif", "except", "finally"]
                    .iter()
                    .any(|k| s.starts_with(k) && s[k.len()..].starts_with([':', ' ', '(']))
            };
            if blank(l) || d[j] > 0 || indent(l) > ind || clause {
                j += 1;
            } else {
                break;
            }
        }
        out.push((i, j));
    }
    out
}

fn pass(
    lines: &mut Vec<String>,
    top_only: bool,
    chunk: usize,
    keep: &mut dyn FnMut(&str) -> bool,
    tries: &mut usize,
    budget: usize,
) -> bool {
    let mut progress = false;
    let mut pos = lines.len();
    while *tries < budget {
        let us: Vec<(usize, usize)> = units(lines, top_only).into_iter().filter(|u| u.0 < pos).collect();
        if us.is_empty() {
            break;
        }
        let hi = us.len();
        let lo = hi.saturating_sub(chunk);
        let (a, b) = (us[lo].0, us[hi - 1].1.max(us[lo].1));
        let mut cand = lines.clone();
        cand.drain(a..b.min(cand.len()));
        *tries += 1;
        if keep(&(cand.join("\n") + "\n")) {
            *lines = cand;
            progress = true;
        }
        pos = a;
    }
    progress
}

/// The smallest program found (within `budget` runs) for which `keep` holds.
pub fn minimize(text: &str, keep: &mut dyn FnMut(&str) -> bool, budget: usize) -> String {
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    let mut tries = 0;
    loop {
        let mut progress = false;
        for chunk in [16, 4, 1] {
            progress |= pass(&mut lines, true, chunk, keep, &mut tries, budget);
        }
        progress |= pass(&mut lines, false, 1, keep, &mut tries, budget);
        if !progress || tries >= budget {
            break;
        }
    }
    lines.join("\n") + "\n"
}
