//! Grammar-aware mutation of the conformance scripts: a small Python 2
//! tokenizer (strings, numbers, names, operators, comments, whitespace kept
//! verbatim so the text round-trips), then token edits (edge-value literals,
//! swapped operators and names, changed call arguments) and line edits
//! (delete, duplicate, swap statements).

use crate::gen::VALUES;
use crate::rng::Rng;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Ws,
    Comment,
    Str,
    Num,
    Name,
    Op,
}

#[derive(Clone, Debug)]
pub struct Tok {
    pub kind: Kind,
    pub text: String,
}

const OPS3: &[&str] = &["**=", "//=", ">>=", "<<="];
const OPS2: &[&str] =
    &["**", "//", "<<", ">>", "<=", ">=", "==", "!=", "<>", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^="];

pub fn tokenize(src: &str) -> Vec<Tok> {
    let b: Vec<char> = src.chars().collect();
    let mut toks = Vec::new();
    let mut i = 0;
    let push = |toks: &mut Vec<Tok>, kind, s: &[char]| toks.push(Tok { kind, text: s.iter().collect() });
    while i < b.len() {
        let c = b[i];
        let start = i;
        if c.is_whitespace() || (c == '\\' && b.get(i + 1) == Some(&'\n')) {
            while i < b.len() && (b[i].is_whitespace() || (b[i] == '\\' && b.get(i + 1) == Some(&'\n'))) {
                i += if b[i] == '\\' { 2 } else { 1 };
            }
            push(&mut toks, Kind::Ws, &b[start..i]);
            continue;
        }
        if c == '#' {
            while i < b.len() && b[i] != '\n' {
                i += 1;
            }
            push(&mut toks, Kind::Comment, &b[start..i]);
            continue;
        }
        // String literal, with an optional prefix of up to two letters.
        let mut q = i;
        while q < b.len() && q - i < 2 && "uUbBrR".contains(b[q]) {
            q += 1;
        }
        if q < b.len() && (b[q] == '\'' || b[q] == '"') {
            let quote = b[q];
            let triple = b.get(q + 1) == Some(&quote) && b.get(q + 2) == Some(&quote);
            let mut j = if triple { q + 3 } else { q + 1 };
            loop {
                if j >= b.len() {
                    break;
                }
                if b[j] == '\\' {
                    j += 2;
                    continue;
                }
                if triple {
                    if b[j] == quote && b.get(j + 1) == Some(&quote) && b.get(j + 2) == Some(&quote) {
                        j += 3;
                        break;
                    }
                } else if b[j] == quote || b[j] == '\n' {
                    j += 1;
                    break;
                }
                j += 1;
            }
            i = j.min(b.len());
            push(&mut toks, Kind::Str, &b[start..i]);
            continue;
        }
        if c.is_alphabetic() || c == '_' {
            while i < b.len() && (b[i].is_alphanumeric() || b[i] == '_') {
                i += 1;
            }
            push(&mut toks, Kind::Name, &b[start..i]);
            continue;
        }
        if c.is_ascii_digit() || (c == '.' && b.get(i + 1).is_some_and(|d| d.is_ascii_digit())) {
            while i < b.len() {
                let d = b[i];
                let exponent_sign = (d == '+' || d == '-')
                    && matches!(b[i - 1], 'e' | 'E')
                    && !b[start..i].iter().any(|x| *x == 'x' || *x == 'X');
                if d.is_ascii_alphanumeric() || d == '.' || exponent_sign {
                    i += 1;
                } else {
                    break;
                }
            }
            push(&mut toks, Kind::Num, &b[start..i]);
            continue;
        }
        let rest: String = b[i..(i + 3).min(b.len())].iter().collect();
        let len = if OPS3.iter().any(|o| rest.starts_with(o)) {
            3
        } else if OPS2.iter().any(|o| rest.starts_with(o)) {
            2
        } else {
            1
        };
        i += len;
        push(&mut toks, Kind::Op, &b[start..i]);
    }
    toks
}

const KEYWORDS: &[&str] = &[
    "and", "as", "assert", "break", "class", "continue", "def", "del", "elif", "else", "except", "exec", "finally",
    "for", "from", "global", "if", "import", "in", "is", "lambda", "not", "or", "pass", "print", "raise", "return",
    "try", "while", "with", "yield", "None", "True", "False",
];

const EDGE_NUMS: &[&str] = &[
    "0",
    "(-1)",
    "1",
    "(2**31)",
    "(2**31-1)",
    "(-2**31)",
    "(2**32)",
    "(2**63)",
    "(2**63-1)",
    "(-2**63)",
    "(-2**63-1)",
    "(2**64)",
    "(10**20)",
    "(-10**20)",
    "(1e308)",
    "(-1e308)",
    "(float('nan'))",
    "(float('inf'))",
    "(-0.0)",
    "(0.5)",
    "(1L)",
    "(255)",
    "(256)",
    "(65536)",
    "(0x110000)",
    "(2**40)",
    "(3j)",
];

const EDGE_STRS: &[&str] = &[
    "''",
    "'\\x00'",
    "u'\\xe9'",
    "'\\xff\\xfe'",
    "'%s%d'",
    "'{0}{}'",
    "u''",
    "'\\n'",
    "' '",
    "'0'",
    "'-1'",
    "'1e400'",
    "'nan'",
    "'%'",
    "'\\\\'",
    "'{'",
    "'}'",
    "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'",
    "u'\\udc80'",
    "'\\t\\r\\x0b'",
    "'%(a)s'",
    "'x' '\\x80'",
    "b'abc'",
    "r'\\d+'",
    "'.*'",
    "'('",
    "'[a-'",
];

const ARITH: &[&str] = &["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"];
const COMPARE: &[&str] = &["==", "!=", "<", ">", "<=", ">=", "<>"];
const AUG: &[&str] = &["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="];

fn is_sig(t: &Tok) -> bool {
    !matches!(t.kind, Kind::Ws | Kind::Comment)
}

fn prev_sig(toks: &[Tok], i: usize) -> Option<usize> {
    (0..i).rev().find(|&j| is_sig(&toks[j]))
}

fn plain_value(r: &mut Rng) -> String {
    loop {
        let v = *r.pick(VALUES);
        if !v.contains("sys") {
            return v.to_string();
        }
    }
}

/// The top-level argument ranges (token index ranges) of the call whose "("
/// is at `open`, and the index of its ")".
fn call_args(toks: &[Tok], open: usize) -> Option<(Vec<(usize, usize)>, usize)> {
    let mut depth = 0;
    let mut args = Vec::new();
    let mut start = open + 1;
    for (j, t) in toks.iter().enumerate().skip(open) {
        if t.kind != Kind::Op {
            continue;
        }
        match t.text.as_str() {
            "(" | "[" | "{" => depth += 1,
            ")" | "]" | "}" => {
                depth -= 1;
                if depth == 0 {
                    if toks[start..j].iter().any(is_sig) {
                        args.push((start, j));
                    }
                    return Some((args, j));
                }
            }
            "," if depth == 1 => {
                args.push((start, j));
                start = j + 1;
            }
            _ => {}
        }
    }
    None
}

fn join(toks: &[Tok]) -> String {
    toks.iter().map(|t| t.text.as_str()).collect()
}

fn token_edit(src: &str, r: &mut Rng) -> Option<String> {
    let mut toks = tokenize(src);
    let pick_where = |toks: &[Tok], r: &mut Rng, f: &dyn Fn(&[Tok], usize) -> bool| -> Option<usize> {
        let cands: Vec<usize> = (0..toks.len()).filter(|&i| f(toks, i)).collect();
        if cands.is_empty() {
            None
        } else {
            Some(cands[r.below(cands.len())])
        }
    };
    match r.below(7) {
        0 => {
            let i = pick_where(&toks, r, &|t, i| t[i].kind == Kind::Num)?;
            toks[i].text = r.pick(EDGE_NUMS).to_string();
        }
        1 => {
            let i = pick_where(&toks, r, &|t, i| t[i].kind == Kind::Str)?;
            toks[i].text = r.pick(EDGE_STRS).to_string();
        }
        2 => {
            let i = pick_where(&toks, r, &|t, i| {
                t[i].kind == Kind::Op
                    && (ARITH.contains(&t[i].text.as_str())
                        || COMPARE.contains(&t[i].text.as_str())
                        || AUG.contains(&t[i].text.as_str()))
            })?;
            let class = if ARITH.contains(&toks[i].text.as_str()) {
                ARITH
            } else if COMPARE.contains(&toks[i].text.as_str()) {
                COMPARE
            } else {
                AUG
            };
            toks[i].text = r.pick(class).to_string();
        }
        3 => {
            // Change a call's arguments: drop, add, replace, duplicate, or add a keyword.
            let i = pick_where(&toks, r, &|t, i| {
                if t[i].kind != Kind::Op || t[i].text != "(" {
                    return false;
                }
                let Some(p) = prev_sig(t, i) else { return false };
                let callee = (t[p].kind == Kind::Name && !KEYWORDS.contains(&t[p].text.as_str()))
                    || t[p].text == ")"
                    || t[p].text == "]";
                let defn = prev_sig(t, p).is_some_and(|q| t[q].text == "def" || t[q].text == "class");
                callee && !defn
            })?;
            let (args, close) = call_args(&toks, i)?;
            let texts: Vec<String> = args.iter().map(|&(a, b)| join(&toks[a..b]).trim().to_string()).collect();
            let mut new = texts.clone();
            match r.below(6) {
                0 if !new.is_empty() => {
                    new.pop();
                }
                1 => new.clear(),
                2 => new.push(plain_value(r)),
                3 if !new.is_empty() => {
                    let k = r.below(new.len());
                    new[k] = plain_value(r);
                }
                4 if !new.is_empty() => {
                    let k = r.below(new.len());
                    let v = new[k].clone();
                    new.insert(k, v);
                }
                _ => new.push(format!(
                    "{}={}",
                    r.pick(&["bogus", "key", "x", "default", "maxsize", "timeout"]),
                    plain_value(r)
                )),
            }
            let mut out = join(&toks[..=i]);
            out.push_str(&new.join(", "));
            out.push_str(&join(&toks[close..]));
            return Some(out);
        }
        4 => {
            // Swap a name for another name of the same script (attribute names included).
            let names: Vec<String> = toks
                .iter()
                .filter(|t| t.kind == Kind::Name && !KEYWORDS.contains(&t.text.as_str()))
                .map(|t| t.text.clone())
                .collect();
            if names.is_empty() {
                return None;
            }
            let i = pick_where(&toks, r, &|t, i| t[i].kind == Kind::Name && !KEYWORDS.contains(&t[i].text.as_str()))?;
            toks[i].text = names[r.below(names.len())].clone();
        }
        5 => {
            // A name used as a value becomes an edge value.
            let i = pick_where(&toks, r, &|t, i| {
                t[i].kind == Kind::Name
                    && !KEYWORDS.contains(&t[i].text.as_str())
                    && prev_sig(t, i).is_some_and(|p| {
                        matches!(
                            t[p].text.as_str(),
                            "(" | "," | "=" | "return" | "+" | "-" | "*" | "%" | "[" | "in" | "=="
                        )
                    })
            })?;
            toks[i].text = format!("({})", plain_value(r));
        }
        _ => {
            let i = pick_where(&toks, r, &|t, i| {
                t[i].kind == Kind::Name
                    && matches!(
                        t[i].text.as_str(),
                        "and" | "or" | "is" | "True" | "False" | "None" | "break" | "continue"
                    )
            })?;
            let group: &[&str] = match toks[i].text.as_str() {
                "and" | "or" => &["and", "or"],
                "is" => &["is", "is not", "=="],
                "break" | "continue" => &["break", "continue", "pass"],
                _ => &["True", "False", "None", "0", "''"],
            };
            toks[i].text = r.pick(group).to_string();
        }
    }
    Some(join(&toks))
}

fn indent(l: &str) -> usize {
    l.len() - l.trim_start().len()
}

fn line_edit(src: &str, r: &mut Rng) -> Option<String> {
    let mut lines: Vec<&str> = src.lines().collect();
    // Simple statements only: not block headers, not continuation lines.
    let simple: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            let l = lines[i].trim_end();
            !l.trim().is_empty()
                && !l.ends_with(':')
                && !l.ends_with(',')
                && !l.ends_with('(')
                && !l.ends_with('\\')
                && !l.trim_start().starts_with('#')
        })
        .collect();
    if simple.is_empty() {
        return None;
    }
    let i = simple[r.below(simple.len())];
    match r.below(3) {
        0 => {
            // Deleting the only statement of a block would be a syntax error: use pass.
            let pass = format!("{}pass", &lines[i][..indent(lines[i])]);
            let keep = pass.clone();
            let mut out: Vec<String> = lines.iter().map(|s| s.to_string()).collect();
            out[i] = keep;
            return Some(out.join("\n") + "\n");
        }
        1 => lines.insert(i, lines[i]),
        _ => {
            let j = simple[r.below(simple.len())];
            if indent(lines[i]) == indent(lines[j]) {
                lines.swap(i, j);
            } else {
                return None;
            }
        }
    }
    Some(lines.join("\n") + "\n")
}

/// One mutant of `src` with 1-4 edits.
pub fn mutate(src: &str, r: &mut Rng) -> String {
    let mut cur = src.to_string();
    let want = r.range(1, 4);
    let mut done = 0;
    for _ in 0..want * 4 {
        if done == want {
            break;
        }
        let next = if r.chance(1, 5) { line_edit(&cur, r) } else { token_edit(&cur, r) };
        if let Some(n) = next {
            cur = n;
            done += 1;
        }
    }
    cur
}
