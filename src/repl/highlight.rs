//! Colours at the prompt: keywords, strings, numbers and comments, and the
//! bracket matching the one at the cursor. A small scanner of one line (a
//! string left open at the end of the line is coloured to the end).

use super::complete::KEYWORDS;

const KEYWORD: &str = "\x1b[1;34m";
const CONSTANT: &str = "\x1b[35m";
const STRING: &str = "\x1b[32m";
const NUMBER: &str = "\x1b[36m";
const COMMENT: &str = "\x1b[90m";
const BRACKET: &str = "\x1b[1;7m";
const RESET: &str = "\x1b[0m";

#[derive(Clone, Copy, PartialEq, Debug)]
enum Kind {
    Code,
    Keyword,
    Constant,
    Str,
    Number,
    Comment,
}

/// The line cut into coloured pieces: (start, end, kind), covering it all.
fn scan(line: &str) -> Vec<(usize, usize, Kind)> {
    let b = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut code_start = 0;
    let flush_code = |out: &mut Vec<(usize, usize, Kind)>, from: usize, to: usize| {
        if to > from {
            out.push((from, to, Kind::Code));
        }
    };
    while i < b.len() {
        let c = b[i];
        if c == b'#' {
            flush_code(&mut out, code_start, i);
            out.push((i, b.len(), Kind::Comment));
            return out;
        }
        // A string, with its r/u/b prefix.
        let prefix = b[i..].iter().take_while(|c| matches!(c, b'r' | b'R' | b'u' | b'U' | b'b' | b'B')).count();
        let prev_ident = i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_');
        if !prev_ident && prefix <= 2 && i + prefix < b.len() && matches!(b[i + prefix], b'\'' | b'"') {
            flush_code(&mut out, code_start, i);
            let q = b[i + prefix];
            let mut j = i + prefix;
            let triple = b.len() >= j + 3 && b[j + 1] == q && b[j + 2] == q;
            j += if triple { 3 } else { 1 };
            let raw = b[i..i + prefix].iter().any(|c| matches!(c, b'r' | b'R'));
            loop {
                if j >= b.len() {
                    break;
                }
                if b[j] == b'\\' && !raw {
                    j += 2;
                    continue;
                }
                if b[j] == q && (!triple || (b.len() >= j + 3 && b[j + 1] == q && b[j + 2] == q)) {
                    j += if triple { 3 } else { 1 };
                    break;
                }
                j += 1;
            }
            let j = j.min(b.len());
            out.push((i, j, Kind::Str));
            i = j;
            code_start = i;
            continue;
        }
        if (c.is_ascii_alphabetic() || c == b'_') && !prev_ident {
            let end = i + b[i..].iter().take_while(|c| c.is_ascii_alphanumeric() || **c == b'_').count();
            let word = &line[i..end];
            let kind = if KEYWORDS.contains(&word) {
                Some(Kind::Keyword)
            } else if matches!(word, "None" | "True" | "False") {
                Some(Kind::Constant)
            } else {
                None
            };
            if let Some(k) = kind {
                flush_code(&mut out, code_start, i);
                out.push((i, end, k));
                code_start = end;
            }
            i = end;
            continue;
        }
        if c.is_ascii_digit() && !prev_ident {
            let end = i + b[i..].iter().take_while(|c| c.is_ascii_alphanumeric() || **c == b'.' || **c == b'_').count();
            flush_code(&mut out, code_start, i);
            out.push((i, end, Kind::Number));
            i = end;
            code_start = i;
            continue;
        }
        i += 1;
    }
    flush_code(&mut out, code_start, b.len());
    out
}

/// Is byte `i` of the line in code (not in a string or comment)?
fn code_positions(line: &str) -> Vec<bool> {
    let mut v = vec![false; line.len()];
    for (s, e, k) in scan(line) {
        if !matches!(k, Kind::Str | Kind::Comment) {
            v[s..e].iter_mut().for_each(|x| *x = true);
        }
    }
    v
}

/// The bracket matching the one just before or under the cursor.
pub fn matching_bracket(line: &str, pos: usize) -> Option<usize> {
    let b = line.as_bytes();
    let code = code_positions(line);
    let at = |i: usize| -> Option<u8> { b.get(i).copied().filter(|c| b"()[]{}".contains(c) && code[i]) };
    let i = pos.checked_sub(1).filter(|&i| at(i).is_some()).or_else(|| Some(pos).filter(|&i| at(i).is_some()))?;
    let c = b[i];
    let (open, close, forward) = match c {
        b'(' => (b'(', b')', true),
        b'[' => (b'[', b']', true),
        b'{' => (b'{', b'}', true),
        b')' => (b'(', b')', false),
        b']' => (b'[', b']', false),
        _ => (b'{', b'}', false),
    };
    let mut depth = 0i32;
    let idx: Box<dyn Iterator<Item = usize>> = if forward { Box::new(i..b.len()) } else { Box::new((0..=i).rev()) };
    for j in idx {
        if !code[j] {
            continue;
        }
        if b[j] == open {
            depth += if forward { 1 } else { -1 };
        } else if b[j] == close {
            depth += if forward { -1 } else { 1 };
        }
        if depth == 0 {
            return Some(j);
        }
    }
    None
}

/// The line with ANSI colours; `bracket` is a byte to show in reverse video.
pub fn colour(line: &str, bracket: Option<usize>) -> String {
    let mut out = String::with_capacity(line.len() * 2);
    for (s, e, k) in scan(line) {
        let style = match k {
            Kind::Code => "",
            Kind::Keyword => KEYWORD,
            Kind::Constant => CONSTANT,
            Kind::Str => STRING,
            Kind::Number => NUMBER,
            Kind::Comment => COMMENT,
        };
        let piece = &line[s..e];
        match bracket.filter(|&b| b >= s && b < e) {
            Some(b) => {
                out.push_str(style);
                out.push_str(&line[s..b]);
                out.push_str(RESET);
                out.push_str(BRACKET);
                out.push_str(&line[b..b + 1]);
                out.push_str(RESET);
                out.push_str(style);
                out.push_str(&line[b + 1..e]);
            }
            None => {
                out.push_str(style);
                out.push_str(piece);
            }
        }
        if !style.is_empty() || bracket.is_some_and(|b| b >= s && b < e) {
            out.push_str(RESET);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces() {
        let kinds: Vec<(String, Kind)> = scan("if x == 'a#b': print 12 # note")
            .into_iter()
            .map(|(s, e, k)| ("if x == 'a#b': print 12 # note"[s..e].to_string(), k))
            .collect();
        assert!(kinds.contains(&("if".to_string(), Kind::Keyword)));
        assert!(kinds.contains(&("'a#b'".to_string(), Kind::Str)));
        assert!(kinds.contains(&("print".to_string(), Kind::Keyword)));
        assert!(kinds.contains(&("12".to_string(), Kind::Number)));
        assert!(kinds.contains(&("# note".to_string(), Kind::Comment)));
        let all: String = kinds.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(all, "if x == 'a#b': print 12 # note");
    }

    #[test]
    fn brackets() {
        assert_eq!(matching_bracket("f(a[1], ')')", 12), Some(1));
        assert_eq!(matching_bracket("f(a[1])", 2), Some(6));
        assert_eq!(matching_bracket("f(a[1])", 6), Some(3));
        assert_eq!(matching_bracket("abc", 1), None);
    }

    #[test]
    fn colour_keeps_text() {
        let c = colour("def f(): return 'x'", Some(5));
        let plain: String = {
            let mut s = String::new();
            let mut esc = false;
            for ch in c.chars() {
                if ch == '\x1b' {
                    esc = true;
                } else if esc {
                    if ch == 'm' {
                        esc = false;
                    }
                } else {
                    s.push(ch);
                }
            }
            s
        };
        assert_eq!(plain, "def f(): return 'x'");
        assert!(c.contains(KEYWORD));
    }
}
