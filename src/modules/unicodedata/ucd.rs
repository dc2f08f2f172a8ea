//! The Unicode 5.2 character database, as CPython 2.7 knows it: properties,
//! simple case mappings, numeric values, decompositions, names, and the
//! normalization forms built on them. The data (`ucd52.z`, made by
//! `gen_ucd52.py` beside it from CPython 2.7's answers) is inflated and parsed
//! on first use, so programs that never ask pay nothing; characters newer
//! than 5.2 read as unassigned, as they do in 2.7.

use std::collections::HashMap;
use std::sync::OnceLock;

static DATA: &[u8] = include_bytes!("ucd52.z");

/// One run of equal properties.
pub struct Props {
    pub category: &'static str,
    pub bidi: &'static str,
    pub combining: u8,
    pub east_asian_width: &'static str,
    pub mirrored: bool,
}

/// Numeric values of one character.
#[derive(Clone, Copy)]
pub struct Numeric {
    pub decimal: Option<u8>,
    pub digit: Option<u8>,
    pub numeric: f64,
}

struct Tables {
    run_starts: Vec<u32>,
    runs: Vec<Props>,
    case: HashMap<u32, [u32; 3]>,
    numeric: HashMap<u32, Numeric>,
    decomposition: HashMap<u32, &'static str>,
    excluded: std::collections::HashSet<u32>,
    names_text: &'static str,
}

fn text() -> &'static str {
    static TEXT: OnceLock<&'static str> = OnceLock::new();
    TEXT.get_or_init(|| {
        use std::io::Read;
        let mut out = String::new();
        if flate2::read::ZlibDecoder::new(DATA).read_to_string(&mut out).is_err() {
            out.clear();
        }
        // The data is ASCII made by our own generator; a damaged copy reads as empty.
        Box::leak(out.into_boxed_str())
    })
}

fn hex(s: &str) -> u32 {
    u32::from_str_radix(s, 16).unwrap_or(0)
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = Tables {
            run_starts: Vec::new(),
            runs: Vec::new(),
            case: HashMap::new(),
            numeric: HashMap::new(),
            decomposition: HashMap::new(),
            excluded: Default::default(),
            names_text: "",
        };
        let text = text();
        let mut names_at = text.len();
        let mut pos = 0;
        for line in text.split_inclusive('\n') {
            let here = pos;
            pos += line.len();
            let line = line.trim_end_matches('\n');
            let Some(kind) = line.as_bytes().first() else { continue };
            let mut f = line[1..].split(';');
            let mut next = || f.next().unwrap_or("");
            match kind {
                b'P' => {
                    t.run_starts.push(hex(next()));
                    t.runs.push(Props {
                        category: next(),
                        bidi: next(),
                        combining: hex(next()) as u8,
                        east_asian_width: next(),
                        mirrored: next() == "1",
                    });
                }
                b'C' => {
                    let cp = hex(next());
                    t.case.insert(cp, [hex(next()), hex(next()), hex(next())]);
                }
                b'N' => {
                    let cp = hex(next());
                    let dec = next().parse().ok();
                    let dig = next().parse().ok();
                    let num = next().parse().unwrap_or(0.0);
                    t.numeric.insert(cp, Numeric { decimal: dec, digit: dig, numeric: num });
                }
                b'D' => {
                    let cp = hex(next());
                    t.decomposition.insert(cp, next());
                }
                b'X' => {
                    t.excluded.insert(hex(next()));
                }
                b'M' => {
                    names_at = here;
                    break;
                }
                _ => {}
            }
        }
        t.names_text = &text[names_at..];
        t
    })
}

static UNASSIGNED: Props = Props { category: "Cn", bidi: "", combining: 0, east_asian_width: "N", mirrored: false };

/// The properties of a code point.
pub fn props(cp: u32) -> &'static Props {
    let t = tables();
    match t.run_starts.partition_point(|&s| s <= cp) {
        0 => &UNASSIGNED,
        i => &t.runs[i - 1],
    }
}

pub fn category(cp: u32) -> &'static str {
    props(cp).category
}

/// Simple (one-to-one) upper, lower and title case of a code point.
pub fn case(cp: u32) -> [u32; 3] {
    if cp < 0x80 {
        let c = cp as u8;
        let up = c.to_ascii_uppercase() as u32;
        return [up, c.to_ascii_lowercase() as u32, up];
    }
    tables().case.get(&cp).copied().unwrap_or([cp, cp, cp])
}

pub fn numeric(cp: u32) -> Option<Numeric> {
    if (0x30..=0x39).contains(&cp) {
        let d = (cp - 0x30) as u8;
        return Some(Numeric { decimal: Some(d), digit: Some(d), numeric: d as f64 });
    }
    if cp < 0x80 {
        return None;
    }
    tables().numeric.get(&cp).copied()
}

pub fn decimal(cp: u32) -> Option<u8> {
    numeric(cp).and_then(|n| n.decimal)
}

pub fn is_alpha(cp: u32) -> bool {
    if cp < 0x80 {
        return (cp as u8).is_ascii_alphabetic();
    }
    matches!(category(cp), "Lu" | "Ll" | "Lt" | "Lm" | "Lo")
}
pub fn is_upper(cp: u32) -> bool {
    if cp < 0x80 {
        return (cp as u8).is_ascii_uppercase();
    }
    category(cp) == "Lu"
}
pub fn is_lower(cp: u32) -> bool {
    if cp < 0x80 {
        return (cp as u8).is_ascii_lowercase();
    }
    category(cp) == "Ll"
}
pub fn is_title(cp: u32) -> bool {
    cp >= 0x80 && category(cp) == "Lt"
}
/// 2.7's whitespace: category Zs or bidirectional class WS, B or S.
pub fn is_space(cp: u32) -> bool {
    if cp < 0x80 {
        return matches!(cp, 0x09..=0x0d | 0x1c..=0x20);
    }
    let p = props(cp);
    p.category == "Zs" || matches!(p.bidi, "WS" | "B" | "S")
}
/// 2.7's line breaks: category Zl or bidirectional class B.
pub fn is_linebreak(cp: u32) -> bool {
    if cp < 0x80 {
        return matches!(cp, 0x0a..=0x0d | 0x1c..=0x1e);
    }
    let p = props(cp);
    p.category == "Zl" || p.bidi == "B"
}

// ----- decomposition and normalization -----

pub fn decomposition(cp: u32) -> &'static str {
    tables().decomposition.get(&cp).copied().unwrap_or("")
}

const S_BASE: u32 = 0xac00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11a7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

fn decompose_into(cp: u32, compat: bool, out: &mut Vec<u32>) {
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        let s = cp - S_BASE;
        out.push(L_BASE + s / N_COUNT);
        out.push(V_BASE + (s % N_COUNT) / T_COUNT);
        if !s.is_multiple_of(T_COUNT) {
            out.push(T_BASE + s % T_COUNT);
        }
        return;
    }
    let d = decomposition(cp);
    if d.is_empty() || (!compat && d.starts_with('<')) {
        out.push(cp);
        return;
    }
    for part in d.split(' ').filter(|p| !p.starts_with('<')) {
        decompose_into(hex(part), compat, out);
    }
}

fn canonical_order(v: &mut [u32]) {
    // Stable sort of each run of non-starters by combining class.
    let mut i = 0;
    while i < v.len() {
        if props(v[i]).combining == 0 {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < v.len() && props(v[j]).combining != 0 {
            j += 1;
        }
        v[i..j].sort_by_key(|&c| props(c).combining);
        i = j;
    }
}

fn compositions() -> &'static HashMap<(u32, u32), u32> {
    static C: OnceLock<HashMap<(u32, u32), u32>> = OnceLock::new();
    C.get_or_init(|| {
        let t = tables();
        let mut m = HashMap::new();
        for (&cp, d) in &t.decomposition {
            if d.starts_with('<') || t.excluded.contains(&cp) {
                continue;
            }
            let parts: Vec<&str> = d.split(' ').collect();
            if parts.len() == 2 {
                m.insert((hex(parts[0]), hex(parts[1])), cp);
            }
        }
        m
    })
}

fn compose(v: &[u32]) -> Vec<u32> {
    let table = compositions();
    let mut out: Vec<u32> = Vec::with_capacity(v.len());
    let mut starter: Option<usize> = None;
    let mut last_class: i32 = -1;
    for &c in v {
        let class = props(c).combining as i32;
        if let Some(si) = starter {
            let s = out[si];
            let blocked = last_class != -1 && (last_class >= class || last_class == 0);
            if !blocked {
                // Hangul L+V and LV+T compose by formula.
                if (L_BASE..L_BASE + L_COUNT).contains(&s) && (V_BASE..V_BASE + V_COUNT).contains(&c) {
                    out[si] = S_BASE + ((s - L_BASE) * V_COUNT + (c - V_BASE)) * T_COUNT;
                    continue;
                }
                if (S_BASE..S_BASE + S_COUNT).contains(&s)
                    && (s - S_BASE).is_multiple_of(T_COUNT)
                    && (T_BASE + 1..T_BASE + T_COUNT).contains(&c)
                {
                    out[si] = s + (c - T_BASE);
                    continue;
                }
                if let Some(&p) = table.get(&(s, c)) {
                    out[si] = p;
                    continue;
                }
            }
        }
        if class == 0 {
            starter = Some(out.len());
            last_class = -1;
        } else {
            last_class = class;
        }
        out.push(c);
    }
    out
}

/// `form` is NFC, NFD, NFKC or NFKD; None for another name.
pub fn normalize(form: &str, text: &[u32]) -> Option<Vec<u32>> {
    let (compat, comp) = match form {
        "NFD" => (false, false),
        "NFC" => (false, true),
        "NFKD" => (true, false),
        "NFKC" => (true, true),
        _ => return None,
    };
    if text.iter().all(|&c| c < 0x80) {
        return Some(text.to_vec());
    }
    let mut d = Vec::with_capacity(text.len());
    for &c in text {
        decompose_into(c, compat, &mut d);
    }
    canonical_order(&mut d);
    Some(if comp { compose(&d) } else { d })
}

// ----- names -----

const JAMO_L: [&str; 19] =
    ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
const JAMO_V: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU",
    "YI", "I",
];
const JAMO_T: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S",
    "SS", "NG", "J", "C", "K", "T", "P", "H",
];

fn is_cjk(cp: u32) -> bool {
    matches!(cp, 0x3400..=0x4db5 | 0x4e00..=0x9fcb | 0x20000..=0x2a6d6 | 0x2a700..=0x2b734)
}

/// Names by code point and code points by name.
type NameMaps = (HashMap<u32, &'static str>, HashMap<&'static str, u32>);

fn names() -> &'static NameMaps {
    static N: OnceLock<NameMaps> = OnceLock::new();
    N.get_or_init(|| {
        let (mut by_cp, mut by_name) = (HashMap::new(), HashMap::new());
        for line in tables().names_text.lines() {
            if let Some((cp, name)) = line.strip_prefix('M').and_then(|l| l.split_once(';')) {
                by_cp.insert(hex(cp), name);
                by_name.insert(name, hex(cp));
            }
        }
        (by_cp, by_name)
    })
}

pub fn name(cp: u32) -> Option<String> {
    if is_cjk(cp) {
        return Some(format!("CJK UNIFIED IDEOGRAPH-{:X}", cp));
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        let s = cp - S_BASE;
        return Some(format!(
            "HANGUL SYLLABLE {}{}{}",
            JAMO_L[(s / N_COUNT) as usize],
            JAMO_V[((s % N_COUNT) / T_COUNT) as usize],
            JAMO_T[(s % T_COUNT) as usize]
        ));
    }
    names().0.get(&cp).map(|s| s.to_string())
}

/// The code point named `name` (any ASCII case).
pub fn lookup(name: &str) -> Option<u32> {
    let up = name.to_ascii_uppercase();
    if let Some(h) = up.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        if (4..=5).contains(&h.len()) && h.bytes().all(|b| b.is_ascii_hexdigit()) {
            let cp = hex(h);
            return is_cjk(cp).then_some(cp);
        }
        return None;
    }
    if let Some(rest) = up.strip_prefix("HANGUL SYLLABLE ") {
        // Longest jamo first at each step, as the names are unambiguous that way.
        for (l, lj) in JAMO_L.iter().enumerate() {
            let Some(r1) = rest.strip_prefix(lj) else { continue };
            for (v, vj) in JAMO_V.iter().enumerate() {
                let Some(r2) = r1.strip_prefix(vj) else { continue };
                for (t, tj) in JAMO_T.iter().enumerate() {
                    if r2 == *tj {
                        return Some(S_BASE + (l as u32 * V_COUNT + v as u32) * T_COUNT + t as u32);
                    }
                }
            }
        }
        return None;
    }
    names().1.get(up.as_str()).copied()
}
