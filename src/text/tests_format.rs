//! Unit tests for the format module (expected values from CPython 2.7.18).

use super::format::*;
use super::repr::str_repr;
use super::spec::{format_int, format_str};
use super::tests_util::{err_text, rows, show};
use num_bigint::BigInt;

const DATA: &str = r"
{}	a	p:s:a
{	!ValueError: Single '{' encountered in format string
{0	!ValueError: unmatched '{' in format
{0:	!ValueError: unmatched '{' in format
{0!	!ValueError: unmatched '{' in format
}	!ValueError: Single '}' encountered in format string
a}b	!ValueError: Single '}' encountered in format string
}}	}
{{}}	{}
{{	{
{0!r}	'a'	p:s:a
{0!x}	!ValueError: Unknown conversion specifier x	p:s:a
{0!rr}	!ValueError: expected ':' after format specifier	p:s:a
{0!r:}	'a'	p:s:a
{0!}	!ValueError: end of format while looking for conversion specifier	p:s:a
{!r}	'a'	p:s:a
{0!\x01}	!ValueError: Unknown conversion specifier \\x1	p:s:a
{0!\xff}	!ValueError: Unknown conversion specifier \\xffffffff	p:s:a
{0!\x7f}	!ValueError: Unknown conversion specifier \\x7f	p:s:a
{0! }	!ValueError: Unknown conversion specifier \\x20	p:s:a
{}{0}	!ValueError: cannot switch from automatic field numbering to manual field specification	p:i:1
{0}{}	!ValueError: cannot switch from manual field specification to automatic field numbering	p:i:1
{a}{}	21	p:i:1	k:a:i:2
{}{a}	12	p:i:1	k:a:i:2
{0[a:b]}	!ValueError: Missing ']' in format string	p:s:x
{0[a}	!ValueError: Missing ']' in format string	p:s:x
{0.}	!ValueError: Empty attribute in format string	p:i:1
{0[]}	!ValueError: Empty attribute in format string	p:i:1
{0.zz.x}	!AttributeError: 'str' object has no attribute 'zz'	p:s:a
{0.zz]}	!AttributeError: 'str' object has no attribute 'zz]'	p:s:a
{0[0]x}	!ValueError: Only '.' or '[' may follow ']' in format field specifier	p:L:1
{0[0]}	1	p:L:1
{-1}	!KeyError: '-1'	p:i:1
{ 0}	!KeyError: ' 0'	p:i:1
{99999999999999999999}	!ValueError: Too many decimal digits in format string	p:i:1
{0[99999999999999999999]}	!ValueError: Too many decimal digits in format string	p:L:1
{1}	!IndexError: tuple index out of range	p:i:1
{a}	!KeyError: 'a'	p:i:1
{}	!IndexError: tuple index out of range
{:{}}	    1	p:i:1	p:i:5
{0:{1}}	    1	p:i:1	p:i:5
{:{}}{}	    12	p:i:1	p:i:5	p:i:2
{0:{1:{2}}}	!ValueError: Max string recursion exceeded	p:i:1	p:i:2	p:i:3
{0:{1}{2}}	    1	p:i:1	p:s:>	p:i:5
{0:}}	!ValueError: Single '}' encountered in format string	p:i:1
{0:{{}}}	!ValueError: Invalid conversion specification	p:i:1
{:{:}}	1	p:i:1	p:s:
{0:{}}	!ValueError: cannot switch from manual field specification to automatic field numbering	p:i:1	p:i:2
{0:x}	ff	p:i:255
{0:{a}}	ff	p:i:255	k:a:s:x
{0}}	!ValueError: Single '}' encountered in format string	p:i:1
{0}{	!ValueError: Single '{' encountered in format string	p:i:1
{0{}}	!KeyError: '0{}'	p:i:1
{0:a{	!ValueError: unmatched '{' in format	p:i:1
{{0}	!ValueError: Single '}' encountered in format string	p:i:1
{!s:>5}	    1	p:i:1
x{0!r:>{1}}y	x    'a'y	p:s:a	p:i:7
{0[1]}	b	p:L:a,b
{0[5]}	!IndexError: list index out of range	p:L:a,b
{0[1]}	y	p:s:xyz
{0[1][0]}	b	p:L:a,bc
{0[x]}	!TypeError: list indices must be integers, not str	p:L:a
{0:%}	500.000000%	p:i:5
{0:,}	100,000,000,000,000,000,000	p:i:100000000000000000000
{name}-{name!r:^9}	ab-  'ab'   	k:name:s:ab
{0:{1}}	***abc***	p:s:abc	p:s:*^9
{:*^{}}	***abc***	p:s:abc	p:i:9
{:{}{}{}}	!ValueError: Invalid conversion specification	p:i:3	p:s:0	p:s:+	p:i:5
{0:{1:}}	   3	p:i:3	p:i:4
{0:{1}}	!ValueError: Unknown format code '{' for object of type 'int'	p:i:3	p:s:{
{0:{1!r}}	ab   	p:s:ab	p:i:5
{0:{x[0]}}	     5	p:i:5	k:x:L:>6
{0!r}	['a', 'b']	p:L:a,b
{0:>20}	          ['a', 'b']	p:L:a,b
{0}	['a']	p:L:a
abc	abc
	
{}{}{}	abc	p:s:a	p:s:b	p:s:c
{2}{1}{0}	cba	p:s:a	p:s:b	p:s:c
{0}{0}	aa	p:s:a
{a.b}	!AttributeError: 'str' object has no attribute 'b'	k:a:s:x
{.x}	!AttributeError: 'str' object has no attribute 'x'	p:s:a
{[0]}	a	p:s:ab
{0..}	!ValueError: Empty attribute in format string	p:s:a
{0.[}	!ValueError: Empty attribute in format string	p:s:a
{0[0]..x}	!ValueError: Empty attribute in format string	p:L:a
{0[0].}	!ValueError: Empty attribute in format string	p:L:a
{0[}	!ValueError: Missing ']' in format string	p:L:a
{0[0]!r:>5}	  'a'	p:L:a
{0!s}{1!r}	12	p:i:1	p:i:2
{00}	z	p:s:z
{01}	z	p:s:y	p:s:z
{0:>{1}.{2}}	     abc	p:s:abcdef	p:i:8	p:i:3
{:.{}}	ab	p:s:abcdef	p:i:2
{0:.{1}f}	5.000	p:i:5	p:i:3
{0:{1}d}	!ValueError: Invalid conversion specification	p:i:5	p:s:x
a{{b}}c{0}d	a{b}cXd	p:s:X
{{{0}}}	{X}	p:s:X
}}{{	}{
{:}	a	p:s:a
{!r:}	'a'	p:s:a
{0!s:{1}}	ab  	p:s:ab	p:i:4
{0:{1}	!ValueError: unmatched '{' in format	p:i:1	p:i:2
{0:}{	!ValueError: Single '{' encountered in format string	p:i:1
{0:x}{1}	!IndexError: tuple index out of range	p:i:1
{0:d}	!ValueError: Unknown format code 'd' for object of type 'str'	p:s:a
{0:=5}	!ValueError: '=' alignment not allowed in string format specifier	p:s:a
{a[b]}	!TypeError: string indices must be integers, not str	k:a:s:x
{a[0]}{a[1]}	xy	k:a:s:xy
{0:{1}}	!ValueError: Invalid conversion specification	p:i:1	p:s:{}
";

/// A value as the interpreter would hold it.
#[derive(Clone)]
enum Val {
    Str(Vec<u8>),
    Int(BigInt),
    List(Vec<Val>),
}

fn val(spec: &[u8]) -> Val {
    let text = &spec[2..];
    match spec[0] {
        b'i' => Val::Int(show(text).parse().unwrap()),
        b'L' => Val::List(text.split(|&c| c == b',').map(|e| Val::Str(e.to_vec())).collect()),
        _ => Val::Str(text.to_vec()),
    }
}

fn type_name(v: &Val) -> &'static str {
    match v {
        Val::Str(_) => "str",
        Val::Int(_) => "int",
        Val::List(_) => "list",
    }
}

fn to_str(v: &Val, repr: bool) -> Vec<u8> {
    match v {
        Val::Str(s) if repr => str_repr(s).into_bytes(),
        Val::Str(s) => s.clone(),
        Val::Int(n) => n.to_string().into_bytes(),
        Val::List(items) => {
            let parts: Vec<String> = items.iter().map(|i| show(&to_str(i, true))).collect();
            format!("[{}]", parts.join(", ")).into_bytes()
        }
    }
}

fn py_err(kind: &str, msg: &str) -> Vec<u8> {
    format!("!{}: {}", kind, msg).into_bytes()
}

struct Args {
    pos: Vec<Val>,
    kw: Vec<(Vec<u8>, Val)>,
}

/// `fmt.format(*args, **kw)`, done the way the interpreter is expected to do it.
fn render(fmt: &[u8], a: &Args, depth: u32, auto: &mut AutoNumber) -> Result<Vec<u8>, Vec<u8>> {
    if depth == 0 {
        return Err(err_text(FORMAT_RECURSION_ERROR));
    }
    let mut out = Vec::new();
    for piece in parse_format_string(fmt) {
        let f = match piece {
            FormatPiece::Literal(b) => {
                out.extend(b);
                continue;
            }
            FormatPiece::Error(e) => return Err(err_text(&e)),
            FormatPiece::Field(f) => f,
        };
        let mut v = match auto.resolve(&f.first).map_err(|e| err_text(&e))? {
            FieldKey::Index(i) => {
                a.pos.get(i).cloned().ok_or_else(|| py_err("IndexError", "tuple index out of range"))?
            }
            FieldKey::Name(n) => {
                a.kw.iter()
                    .find(|(k, _)| *k == n)
                    .map(|(_, v)| v.clone())
                    .ok_or_else(|| py_err("KeyError", &str_repr(&n)))?
            }
        };
        for acc in &f.accessors {
            v = match (acc, &v) {
                (Accessor::Attr(name), _) => {
                    let m = format!("'{}' object has no attribute '{}'", type_name(&v), show(name));
                    return Err(py_err("AttributeError", &m));
                }
                (Accessor::Index(i), Val::List(items)) => {
                    items.get(*i).cloned().ok_or_else(|| py_err("IndexError", "list index out of range"))?
                }
                (Accessor::Index(i), Val::Str(s)) => s
                    .get(*i)
                    .map(|&c| Val::Str(vec![c]))
                    .ok_or_else(|| py_err("IndexError", "string index out of range"))?,
                (Accessor::Key(_), Val::List(_)) => {
                    return Err(py_err("TypeError", "list indices must be integers, not str"))
                }
                (Accessor::Key(_), Val::Str(_)) => {
                    return Err(py_err("TypeError", "string indices must be integers, not str"))
                }
                (_, Val::Int(_)) => {
                    let m = "'int' object has no attribute '__getitem__'";
                    return Err(py_err("TypeError", m));
                }
            };
        }
        if let Some(e) = f.accessor_error {
            return Err(err_text(&e));
        }
        match f.conversion {
            None => {}
            Some(b'r') => v = Val::Str(to_str(&v, true)),
            Some(b's') => v = Val::Str(to_str(&v, false)),
            Some(c) => return Err(err_text(&conversion_error(c))),
        }
        let spec = if f.spec_has_fields { render(&f.spec, a, depth - 1, auto)? } else { f.spec };
        let r = match &v {
            Val::Int(n) => format_int(n, &spec, "int"),
            _ => format_str(&to_str(&v, false), &spec),
        };
        out.extend(r.map_err(|e| err_text(&e))?);
    }
    Ok(out)
}

#[test]
fn format_strings() {
    for row in rows(DATA) {
        let mut args = Args { pos: Vec::new(), kw: Vec::new() };
        for field in &row[2..] {
            if field[0] == b'p' {
                args.pos.push(val(&field[2..]));
            } else {
                let rest = &field[2..];
                let colon = rest.iter().position(|&c| c == b':').unwrap();
                args.kw.push((rest[..colon].to_vec(), val(&rest[colon + 1..])));
            }
        }
        let got = match render(&row[0], &args, FORMAT_MAX_DEPTH, &mut AutoNumber::new()) {
            Ok(v) | Err(v) => v,
        };
        assert_eq!(show(&got), show(&row[1]), "{:?}.format(...)", show(&row[0]));
    }
}

#[test]
fn format_pieces() {
    let p = parse_format_string(b"a{{{x.y[0][k]!r:>{w}}}}");
    assert_eq!(p.len(), 3);
    assert_eq!(p[0], FormatPiece::Literal(b"a{".to_vec()));
    let FormatPiece::Field(f) = &p[1] else { panic!() };
    assert_eq!(f.first, FieldFirst::Name(b"x".to_vec()));
    assert_eq!(f.accessors, vec![Accessor::Attr(b"y".to_vec()), Accessor::Index(0), Accessor::Key(b"k".to_vec())]);
    assert_eq!(f.accessor_error, None);
    assert_eq!(f.conversion, Some(b'r'));
    assert_eq!(f.spec, b">{w}".to_vec());
    assert!(f.spec_has_fields);
    assert_eq!(p[2], FormatPiece::Literal(b"}".to_vec()));
}
