//! Template-generated programs: wrong arities and types for builtins and for
//! the methods of builtin types (names found with dir() in the program),
//! misbehaving special methods, containers mutated while in use, deep nesting,
//! and misuse of threads, locks and queues. Every call is wrapped by `t()`,
//! which prints one labelled line (result or exception), so the first
//! differing line names the call.

use crate::rng::Rng;

/// Edge values and values of every common type, as Python source.
pub const VALUES: &[&str] = &[
    "0",
    "-1",
    "1",
    "7",
    "2**31",
    "2**31-1",
    "-2**31",
    "2**32",
    "2**63",
    "2**63-1",
    "-2**63",
    "-2**63-1",
    "2**64",
    "10**20",
    "-10**20",
    "sys.maxint",
    "-sys.maxint-1",
    "1e308",
    "-1e308",
    "1e-320",
    "-0.0",
    "0.5",
    "1.5",
    "float('nan')",
    "float('inf')",
    "-float('inf')",
    "3j",
    "complex(1, -1)",
    "True",
    "False",
    "None",
    "''",
    "'\\x00'",
    "'abc'",
    "'a\\x00b'",
    "'\\xff'",
    "u''",
    "u'\\xe9t\\xe9'",
    "u'\\udc80'",
    "'%s'",
    "'{}'",
    "'%'",
    "'{0'",
    "' 12 '",
    "'-1'",
    "'1e5'",
    "'nan'",
    "'a' * 300",
    "[]",
    "[1, 2]",
    "[3, 'a', None]",
    "()",
    "(1,)",
    "(1, 2, 3)",
    "{}",
    "{1: 2}",
    "set()",
    "set([1, 2])",
    "frozenset([1])",
    "xrange(3)",
    "xrange(-5, 5, 3)",
    "object()",
    "int",
    "str",
    "list",
    "type",
    "object",
    "len",
    "lambda: 0",
    "lambda *a, **k: a",
    "lambda x: x",
    "bytearray('ab')",
    "slice(1, 2)",
    "slice(None)",
    "Exception('e')",
    "iter([1, 2])",
    "(i for i in [1, 2])",
    "Ellipsis",
    "NotImplemented",
    "[[1, 2], [3]]",
    "{'a': [1]}",
    "memoryview('abc')",
    "buffer('abc')",
    "0L",
    "-1L",
    "10L**30",
    "0.0",
    "2.5e-308",
    "1e16",
    "True + 0j",
];

/// Counts and sizes that tempt an implementation into huge allocations.
pub const HUGE: &[&str] =
    &["2**31", "2**32", "2**62", "2**63", "10**20", "sys.maxint", "-sys.maxint-1", "2**31-1", "1 << 40"];

/// CPython 2.7's builtins that are safe to call with arbitrary arguments
/// (no files, no interactive help, no reload, no ids).
pub const BUILTINS: &[&str] = &[
    "abs",
    "all",
    "any",
    "apply",
    "basestring",
    "bin",
    "bool",
    "buffer",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "cmp",
    "coerce",
    "compile",
    "complex",
    "delattr",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "eval",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "hasattr",
    "hash",
    "hex",
    "input",
    "int",
    "intern",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "list",
    "long",
    "map",
    "max",
    "memoryview",
    "min",
    "next",
    "object",
    "oct",
    "ord",
    "pow",
    "property",
    "range",
    "raw_input",
    "reduce",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "unichr",
    "unicode",
    "vars",
    "xrange",
    "zip",
    "__import__",
];

/// Receivers whose methods are enumerated with dir(): (type name, fresh value).
const RECEIVERS: &[(&str, &str)] = &[
    ("int", "7"),
    ("int", "-1"),
    ("long", "2**63"),
    ("long", "-10**20"),
    ("float", "1.5"),
    ("float", "float('nan')"),
    ("float", "-0.0"),
    ("complex", "1j"),
    ("str", "'abc'"),
    ("str", "''"),
    ("str", "'a\\x00B c'"),
    ("unicode", "u'ab\\xe9'"),
    ("unicode", "u''"),
    ("list", "[3, 1, 2]"),
    ("list", "[]"),
    ("tuple", "(1, 2)"),
    ("tuple", "()"),
    ("dict", "{1: 'a', 2: 'b'}"),
    ("dict", "{}"),
    ("set", "set([1, 2])"),
    ("frozenset", "frozenset([3])"),
    ("bytearray", "bytearray('abc')"),
    ("xrange", "xrange(5)"),
    ("slice", "slice(1, 5, 2)"),
    ("object", "object()"),
    ("bool", "True"),
    ("BaseException", "Exception('x', 1)"),
    ("KeyError", "KeyError('k')"),
    ("type", "int"),
    ("memoryview", "memoryview('abc')"),
    ("buffer", "buffer('abcd', 1)"),
    ("enumerate", "enumerate([1])"),
    ("reversed", "reversed([1, 2])"),
    ("listiterator", "iter([1, 2])"),
    ("generator", "(i for i in range(3))"),
    ("function", "lambda x: x"),
    ("builtin", "len"),
    ("property", "property(len)"),
    ("staticmethod", "staticmethod(len)"),
    ("classmethod", "classmethod(len)"),
    ("super", "super(int, 1)"),
    ("NoneType", "None"),
    ("dictview", "{1: 2}.viewkeys()"),
    ("instancemethod", "Exception('q').__str__"),
];

/// Runs one call and prints its result or exception on one line.
pub const PRELUDE: &str = r#"import sys
def _r(x):
    try:
        if isinstance(x, dict):
            return 'dict%r' % (sorted([(repr(k), repr(v)) for k, v in x.items()])[:30],)
        if isinstance(x, (set, frozenset)):
            return '%s%r' % (type(x).__name__, sorted([repr(k) for k in x])[:30])
        s = repr(x)
    except BaseException as e:
        s = '<repr raised %s>' % type(e).__name__
    return s[:160]
def _m(e):
    try:
        return str(e)[:160]
    except BaseException as e2:
        return '<str raised %s>' % type(e2).__name__
def t(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except BaseException as e:
        print label, '->', type(e).__name__ + ':', _m(e)
    else:
        print label, '=>', _r(r)
"#;

fn quote(s: &str) -> String {
    let mut out = String::from("'");
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

fn value(r: &mut Rng) -> String {
    if r.chance(1, 10) {
        r.pick(HUGE).to_string()
    } else {
        r.pick(VALUES).to_string()
    }
}

fn arglist(r: &mut Rng, max: usize) -> String {
    let n = r.range(0, max);
    let mut args: Vec<String> = (0..n).map(|_| value(r)).collect();
    if r.chance(1, 6) {
        let kw = r.pick(&["key", "reverse", "x", "base", "cmp", "default", "errors", "encoding", "start", "maxsplit"]);
        args.push(format!("{kw}={}", value(r)));
    }
    if r.chance(1, 12) {
        args.push(format!("*{}", r.pick(&["[]", "(1, 2)", "'ab'", "None", "xrange(3)"])));
    }
    args.join(", ")
}

/// Explicit calls of builtins with random arguments.
fn builtin_calls(r: &mut Rng) -> String {
    let mut p = String::from(PRELUDE);
    p.push_str("import __builtin__\n");
    for _ in 0..r.range(4, 10) {
        let name = r.pick(BUILTINS);
        let call = format!("{name}({})", arglist(r, 3));
        p.push_str(&format!("t({}, lambda: {call})\n", quote(&call)));
    }
    p
}

/// Every builtin (found with dir(__builtin__)) called with one argument list.
fn builtin_sweep(r: &mut Rng) -> String {
    let mut p = String::from(PRELUDE);
    p.push_str("import __builtin__\n");
    let names: Vec<String> = BUILTINS.iter().map(|n| format!("'{n}'")).collect();
    p.push_str(&format!("SAFE = set([{}])\n", names.join(", ")));
    for _ in 0..r.range(1, 3) {
        let args = arglist(r, 3);
        p.push_str(&format!(
            "for n in sorted(set(dir(__builtin__)) & SAFE):\n    t(n + {}, lambda: getattr(__builtin__, n)({args}))\n",
            quote(&format!("({args})"))
        ));
    }
    p
}

/// Every method of a builtin type (found with dir()) called with one
/// argument list, bound to a fresh receiver or unbound with a wrong self.
fn method_sweep(r: &mut Rng) -> String {
    let mut p = String::from(PRELUDE);
    p.push_str(
        "SKIP = set(['__sizeof__', '__subclasshook__', '__reduce__', '__reduce_ex__', '__hash__', '__subclasses__', '__getnewargs__', '__del__'])\n",
    );
    for _ in 0..r.range(1, 3) {
        let (tname, recv) = *r.pick(RECEIVERS);
        let args = arglist(r, 3);
        let label = format!("{tname}.");
        if r.chance(1, 4) {
            // Unbound: the method taken from the type, called with a wrong `self`.
            let selfv = value(r);
            let sep = if args.is_empty() { "" } else { ", " };
            p.push_str(&format!(
                "for n in sorted(dir(type({recv}))):\n    if n in SKIP or not callable(getattr(type({recv}), n)): continue\n    t({} + n + {}, lambda: getattr(type({recv}), n)({selfv}{sep}{args}))\n",
                quote(&label),
                quote(&format!("({selfv}{sep}{args})"))
            ));
        } else {
            p.push_str(&format!(
                "for n in sorted(dir({recv})):\n    if n in SKIP: continue\n    v = {recv}\n    m = getattr(v, n)\n    if not callable(m): continue\n    t({} + n + {}, m{})\n    t('  then', lambda: v)\n",
                quote(&label),
                quote(&format!("({args})")),
                if args.is_empty() { String::new() } else { format!(", {args}") }
            ));
        }
    }
    p
}

const DUNDERS: &[(&str, &str, &str)] = &[
    // (name, parameters, sane body)
    ("__eq__", "self, o", "return getattr(o, 'k', None) == self.k"),
    ("__ne__", "self, o", "return getattr(o, 'k', None) != self.k"),
    ("__lt__", "self, o", "return self.k < getattr(o, 'k', 0)"),
    ("__le__", "self, o", "return self.k <= getattr(o, 'k', 0)"),
    ("__gt__", "self, o", "return self.k > getattr(o, 'k', 0)"),
    ("__ge__", "self, o", "return self.k >= getattr(o, 'k', 0)"),
    ("__cmp__", "self, o", "return cmp(self.k, getattr(o, 'k', 0))"),
    ("__hash__", "self", "return self.k"),
    ("__repr__", "self", "return 'B%d' % self.k"),
    ("__str__", "self", "return 'b%d' % self.k"),
    ("__len__", "self", "return 2"),
    ("__iter__", "self", "return iter([self.k, 5])"),
    ("__getitem__", "self, i", "return [1, 2][i]"),
    ("__contains__", "self, v", "return v == 1"),
    ("__nonzero__", "self", "return True"),
    ("__index__", "self", "return 1"),
    ("__int__", "self", "return 3"),
    ("__long__", "self", "return 3L"),
    ("__float__", "self", "return 2.5"),
    ("__call__", "self, *a", "return a"),
    ("__add__", "self, o", "return 10"),
    ("__radd__", "self, o", "return 11"),
    ("__mul__", "self, o", "return 12"),
    ("__neg__", "self", "return 13"),
    ("__enter__", "self", "return self"),
    ("__exit__", "self, *a", "return False"),
    ("__format__", "self, spec", "return 'F' + spec"),
    ("__getattr__", "self, name", "raise AttributeError(name)"),
    ("__setattr__", "self, name, v", "self.__dict__[name] = v"),
    ("__coerce__", "self, o", "return None"),
    ("next", "self", "raise StopIteration"),
];

const BAD_BODIES: &[&str] = &[
    "raise E('boom')",
    "raise ValueError('v')",
    "raise StopIteration",
    "raise KeyboardInterrupt",
    "raise SystemExit(3)",
    "raise TypeError('t')",
    "return None",
    "return -1",
    "return 2**63",
    "return -2**63-1",
    "return 'x'",
    "return u'\\xe9'",
    "return 1.5",
    "return float('nan')",
    "return self",
    "return [1]",
    "return 0",
    "return True",
];

const DUNDER_OPS: &[&str] = &[
    "x == y",
    "x != y",
    "x < y",
    "x >= y",
    "x == 1",
    "cmp(x, y)",
    "cmp(1, x)",
    "1 in [x]",
    "x in [1, 2]",
    "[x] == [y]",
    "(x, 1) < (y, 2)",
    "{x: 1}",
    "set([x, y])",
    "hash(x)",
    "repr(x)",
    "str(x)",
    "unicode(x)",
    "repr([x, y])",
    "'%s' % (x,)",
    "'%r' % (x,)",
    "'%d' % x",
    "'{}'.format(x)",
    "'{!r}'.format(x)",
    "format(x, '>3')",
    "len(x)",
    "bool(x)",
    "not x",
    "'y' if x else 'n'",
    "list(x)",
    "tuple(x)",
    "sorted([x, y])",
    "sorted([y, x], reverse=True)",
    "sorted([3, 1, 2], key=lambda v: x)",
    "sorted([1, 2], cmp=lambda a, b: x)",
    "max([x, y])",
    "min(x)",
    "sum(x)",
    "dict.fromkeys([x, y])",
    "[1, 2].index(x)",
    "[x].count(1)",
    "[x, 1].remove(1)",
    "next(iter(x))",
    "x[0]",
    "x[1:2]",
    "x['k']",
    "x()",
    "x(1, 2)",
    "abs(x)",
    "-x",
    "x + 1",
    "1 + x",
    "x * 2",
    "2 * x",
    "x ** 2",
    "int(x)",
    "float(x)",
    "long(x)",
    "hex(x)",
    "range(x)",
    "'abc'[x]",
    "[1, 2, 3][x]",
    "[1, 2, 3][x:]",
    "zip(x, x)",
    "map(None, x)",
    "filter(None, x)",
    "list(enumerate(x))",
    "list(reversed(x))",
    "x.attr",
    "hasattr(x, 'a')",
    "getattr(x, 'a', 5)",
    "setattr(x, 'a', 1)",
    "w(x)",
    "p(x)",
    "unpack(x)",
    "d_set(x, y)",
    "{x: 1} == {y: 1}",
    "set([x]) == set([y])",
    "frozenset([x, y])",
    "x in set([y])",
    "x in {y: 1}",
    "copy.copy(x)",
    "copy.deepcopy([x])",
    "xrange(x)",
    "chr(x)",
    "'ab' * x",
    "[0] * x",
    "divmod(x, 2)",
    "round(x)",
    "x & 1",
    "isinstance(x, B)",
    "any([x])",
    "all(x)",
    "[v for v in x]",
    "dict([(x, 1)])",
    "{}.get(x)",
    "{1: 2}.pop(x, 0)",
    "[y, x].sort()",
    "heapq.nsmallest(1, [x, y])",
    "bisect.bisect([y], x)",
    "operator.index(x)",
    "'%s' % x",
    "'%.1f' % x",
    "str.join('', x)",
    "''.join([x])",
    "slice(x).indices(5)",
    "complex(x)",
];

/// A class whose special methods misbehave, used by ordinary operations.
fn dunders(r: &mut Rng) -> String {
    let mut p = String::from(PRELUDE);
    p.push_str("import copy, heapq, bisect, operator\nclass E(Exception): pass\n");
    // Classic classes behave as new-style ones in minipy (a deliberate
    // deviation): keep them rare so their known differences do not dominate.
    let newstyle = !r.chance(1, 8);
    p.push_str(if newstyle { "class B(object):\n" } else { "class B:\n" });
    p.push_str("    def __init__(self, k): self.__dict__['k'] = k\n");
    let nbad = r.range(1, 4);
    let bad: Vec<usize> = (0..nbad).map(|_| r.below(DUNDERS.len())).collect();
    for (i, (name, params, sane)) in DUNDERS.iter().enumerate() {
        let body = if bad.contains(&i) {
            let b = *r.pick(BAD_BODIES);
            // NotImplemented from an ordering method falls back to comparing
            // addresses, which is not deterministic: only equality may return it.
            if (*name == "__eq__" || *name == "__ne__") && r.chance(1, 4) {
                "return NotImplemented"
            } else {
                b
            }
        } else if r.chance(1, 5)
            && !matches!(
                *name,
                "__eq__"
                    | "__ne__"
                    | "__lt__"
                    | "__le__"
                    | "__gt__"
                    | "__ge__"
                    | "__cmp__"
                    | "__hash__"
                    | "__repr__"
                    | "__getattr__"
                    | "__setattr__"
            )
        {
            continue; // leave this one undefined
        } else {
            sane
        };
        p.push_str(&format!("    def {name}({params}): {body}\n"));
    }
    p.push_str(
        "def w(v):\n    with v: return 'in'\ndef p(v):\n    print v\ndef unpack(v):\n    a, b = v\n    return a, b\ndef d_set(a, b):\n    d = {}\n    d[a] = 1\n    d[b] = 2\n    return len(d), d.get(a)\n",
    );
    p.push_str("x = B(1)\ny = B(2)\n");
    for _ in 0..r.range(5, 12) {
        let op = r.pick(DUNDER_OPS);
        p.push_str(&format!("t({}, lambda: {op})\n", quote(op)));
    }
    p
}

/// Containers mutated while iterated, sorted, compared or printed.
const MUTATIONS: &[&str] = &[
    "L = range(@)\nL.sort(key=lambda v: L.append(v))\nreturn L",
    "L = range(@)\nL.sort(cmp=lambda a, b: (L.append(1), cmp(a, b))[1])\nreturn L",
    "L = range(@)\nL.sort(key=lambda v: L.sort())\nreturn L",
    "L = range(@)\nL.sort(key=lambda v: L.pop() if L else 0)\nreturn L",
    "L = range(@)\nL.sort(key=lambda v: 1 / (v - 1))\nreturn L",
    "L = range(@)\nL.sort(cmp=lambda a, b: CMPRES)\nreturn L",
    "L = [3, 'a', None, 1.5, (1,), [2], u'b', 2**70, {}][:@]\nL.sort()\nreturn L",
    "L = range(@)\nout = []\nfor v in L:\n    out.append(v)\n    if len(L) < 30: L.append(v)\nreturn out",
    "L = range(@)\nout = []\nfor v in L:\n    out.append(v)\n    L.remove(v)\nreturn out, L",
    "L = range(@)\nout = []\nfor v in L:\n    out.append(v)\n    del L[:2]\nreturn out, L",
    "L = range(@)\nout = []\nfor i, v in enumerate(L):\n    out.append(v)\n    L.insert(0, v) if len(L) < 20 else None\nreturn out",
    "d = dict.fromkeys(range(@))\nfor k in d:\n    d[k + 100] = 1\nreturn sorted(d)",
    "d = dict.fromkeys(range(@))\nfor k in d:\n    del d[k]\nreturn sorted(d)",
    "d = dict.fromkeys(range(@))\nfor k, v in d.iteritems():\n    d.pop(k)\nreturn sorted(d)",
    "d = dict.fromkeys(range(@))\nfor k in d.iterkeys():\n    d[k] = 5\nreturn sorted(d.items())",
    "s = set(range(@))\nfor v in s:\n    s.add(v + 100)\nreturn sorted(s)",
    "s = set(range(@))\nfor v in s:\n    s.discard(v)\nreturn sorted(s)",
    "s = set(range(@))\ns ^= s\ns |= s\nreturn sorted(s)",
    "class K(object):\n    def __eq__(self, o):\n        del L[:]\n        return False\nL = [K() for i in range(@)] + [1]\nreturn L.index(1)",
    "class K(object):\n    def __eq__(self, o):\n        del L[:]\n        return False\nL = [K() for i in range(@)] + [1]\nreturn L.count(1), len(L)",
    "class K(object):\n    def __eq__(self, o):\n        L.append(1)\n        return len(L) > 40\nL = [K() for i in range(@)]\nreturn 1 in L, len(L)",
    "class K(object):\n    def __eq__(self, o):\n        del L[:]\n        return False\nL = [K() for i in range(@)] + [1]\nL.remove(1)\nreturn len(L)",
    "d = {}\nclass K(object):\n    def __hash__(self): return 1\n    def __eq__(self, o):\n        d.clear()\n        return False\nfor i in range(@): d[K()] = i\nreturn len(d), K() in d",
    "d = {}\nclass K(object):\n    def __hash__(self): return 1\n    def __eq__(self, o):\n        d[len(d) + 1000] = 1\n        return False\nfor i in range(@): d[K()] = i\nreturn len(d)",
    "L = range(@)\nL.extend(L)\nL += L\nL[:] = L\nL[1:1] = L\nreturn L",
    "L = range(@)\nL.insert(1, L)\nreturn repr(L), str(L), len(L)",
    "L = []\nL.append(L)\nreturn repr(L), L == L, L != L, [L] == [L]",
    "L = []\nL.append(L)\nM = []\nM.append(M)\nreturn L == M",
    "L = []\nL.append(L)\nM = []\nM.append(M)\nreturn L < M",
    "d = {}\nd[1] = d\nreturn repr(d), str(d)",
    "d = {}\nd[1] = d\ne = {}\ne[1] = e\nreturn d == e",
    "L = range(@)\nit = iter(L)\nL[:] = []\nreturn list(it)",
    "L = range(@)\nr = reversed(L)\ndel L[:3]\nreturn list(r)",
    "L = range(@)\nr = reversed(L)\nL.extend(range(5))\nreturn list(r)",
    "from collections import deque\nq = deque(range(@))\nfor v in q:\n    q.append(v)\nreturn list(q)",
    "from collections import deque\nq = deque(range(@))\nq.extend(q)\nq.rotate(@)\nreturn list(q)",
    "b = bytearray('abc' * @)\nfor c in b:\n    if len(b) < 20: b.append(c)\nreturn b",
    "b = bytearray('abc' * @)\nb.extend(b)\nb[1:2] = b\nb += b\nreturn b",
    "import heapq\nh = range(@)\nclass K(object):\n    def __lt__(self, o):\n        del h[:]\n        return True\nh.append(K())\nheapq.heapify(h)\nheapq.heappush(h, K())\nreturn len(h)",
    "L = range(@)\nreturn max(L, key=lambda v: L.pop() if L else 0)",
    "L = range(@)\nreturn map(lambda v: L.append(v) if len(L) < 20 else v, L)",
    "L = range(@)\nreturn [L.append(v) for v in L if len(L) < 20]",
    "L = range(@)\nreturn filter(lambda v: L.pop(0) if L else 0, L)",
    "L = range(@)\nreturn sorted(L, key=lambda v: L.pop())",
    "L = range(@)\nreturn L.__iadd__(L), L.__imul__(2), L",
    "d = dict.fromkeys(range(@), 0)\nd.update(d)\nfor k in d.keys():\n    d.setdefault(k + 1, 1)\nreturn sorted(d.items())",
    "L = range(@)\nL.sort(key=lambda v: [3, 'x', None][v % 3])\nreturn L",
    "L = [float('nan'), 1, float('nan'), 0][:@]\nL.sort()\nreturn L, max(L), min(L)",
    "L = range(@)\nreturn L.pop(@), L.pop(-@ - 1)",
    "L = range(@)\ndel L[::2]\nL[::2] = []\nreturn L",
    "L = range(@)\nL[::-1] = L\nL[@:0:-1] = 'ab'\nreturn L",
    "s = 'ab' * @\nreturn s.split(s), s.replace('', '-', @), s.rsplit(None, @)",
];

fn mutation(r: &mut Rng) -> String {
    let mut p = String::from(PRELUDE);
    for i in 0..r.range(2, 6) {
        let body = r.pick(MUTATIONS);
        let n = r.pick(&["0", "1", "2", "3", "5", "10", "40"]);
        let cmpres = r.pick(&["'x'", "2**63", "1.5", "None", "-1", "cmp(b, a)", "float('nan')", "[]"]);
        let body = body.replace("CMPRES", cmpres).replace('@', n);
        // The label names the snippet (its distinctive line), for grouping.
        let tag = body.lines().find(|l| !l.starts_with("L = range") && !l.starts_with("d = ")).unwrap_or("");
        let label = quote(&format!("m{i} {}", tag.chars().take(50).collect::<String>()));
        let body: String = body.lines().map(|l| format!("    {l}\n")).collect();
        p.push_str(&format!("def m{i}():\n{body}t({label}, m{i})\n"));
    }
    p
}

const NESTING: &[&str] = &[
    "eval('(' * @ + '1' + ')' * @)",
    "eval('[' * @ + ']' * @)",
    "eval('{1:' * @ + '1' + '}' * @)",
    "eval('-' * @ + '1')",
    "eval('not ' * @ + '1')",
    "eval('lambda: ' * @ + '1')()",
    "eval('1' + ' + 1' * @)",
    "eval('a' + '.b' * @, {'a': 1})",
    "eval('f' + '()' * @, {'f': lambda: 1})",
    "eval('x' + '[0]' * @, {'x': [0]})",
    "compile(''.join(' ' * i + 'if 1:\\n' for i in range(@)) + ' ' * @ + 'pass\\n', 's', 'exec')",
    "compile('x = ' + '[' * @ + ']' * @, 's', 'exec')",
    "compile('def f():\\n' + ''.join(' ' * (i + 1) + 'def f():\\n' for i in range(@)) + ' ' * (@ + 1) + 'pass\\n', 's', 'exec')",
    "len(repr(nest_list(@)))",
    "len(str(nest_list(@)))",
    "nest_list(@) == nest_list(@)",
    "nest_list(@) < nest_list(@)",
    "len(repr(nest_dict(@)))",
    "nest_dict(@) == nest_dict(@)",
    "hash(nest_tuple(@)) == hash(nest_tuple(@))",
    "nest_tuple(@) == nest_tuple(@)",
    "len(repr(nest_tuple(@)))",
    "len(repr(copy.deepcopy(nest_list(@))))",
    "len(pickle.dumps(nest_list(@)))",
    "len(pickle.loads(pickle.dumps(nest_list(@), 2)))",
    "len(json.dumps(nest_list(@)))",
    "json.loads('[' * @ + ']' * @) == nest_list(@ - 1)",
    "recurse(@)",
    "len(repr(R()))",
    "Q() == Q()",
    "G().missing",
    "chain_gen(@)",
    "chain_lambda(@)",
    "chain_class(@)",
    "len(re.compile('(' * min(@, 2000) + 'a' + ')' * min(@, 2000)).pattern)",
    "re.match('(?:a|b)' * min(@, 300), 'ab' * 150) is not None",
    "reduce(lambda a, b: [a], range(@), []) == nest_list(@)",
    "('{' * @ + '}' * @).format(1)",
    "('{0' + '[0]' * @ + '}').format(nest_list(@))",
    "isinstance(1, nest_tuple_of(int, @))",
    "issubclass(int, nest_tuple_of(int, @))",
    "len(repr(nest_unicode(@)))",
    "deep_exc(@)",
    "deep_with(@)",
];

const NESTING_HELPERS: &str = r#"import copy, pickle, json, re
def nest_list(n):
    l = []
    for i in range(n): l = [l]
    return l
def nest_dict(n):
    d = {}
    for i in range(n): d = {1: d}
    return d
def nest_tuple(n):
    t = ()
    for i in range(n): t = (t,)
    return t
def nest_tuple_of(v, n):
    t = v
    for i in range(n): t = (t,)
    return t
def nest_unicode(n):
    l = u'x'
    for i in range(n): l = [l, u'\xe9']
    return l
def recurse(n):
    return recurse(n + 1)
class R(object):
    def __repr__(self): return repr(self)
class Q(object):
    def __eq__(self, o): return self == o
class G(object):
    def __getattr__(self, name): return self.missing
def chain_gen(n):
    g = iter([1])
    for i in range(n): g = (v for v in g)
    return list(g)
def chain_lambda(n):
    f = lambda v: v
    for i in range(n): f = (lambda g: lambda v: g(v))(f)
    return f(1)
def chain_class(n):
    c = object
    for i in range(n): c = type('C%d' % i, (c,), {})
    return len(c.__mro__), isinstance(c(), object)
def deep_exc(n):
    if n == 0: raise ValueError('bottom')
    try:
        deep_exc(n - 1)
    except ValueError:
        raise
def deep_with(n):
    src = ''.join(' ' * i + 'with open(__file__):\n' for i in range(n)) + ' ' * n + 'pass\n'
    exec compile(src, 'w', 'exec')
    return n
"#;

fn nesting(r: &mut Rng) -> String {
    let mut p = String::from(PRELUDE);
    p.push_str(NESTING_HELPERS);
    if r.chance(1, 8) {
        p.push_str(&format!("sys.setrecursionlimit({})\n", r.pick(&["50", "200", "5000", "20000"])));
    }
    for _ in 0..r.range(2, 5) {
        let op = r.pick(NESTING);
        let n = r.pick(&["3", "20", "99", "100", "101", "500", "990", "1000", "2000", "10000", "30000"]);
        let op = op.replace('@', n);
        p.push_str(&format!("t({}, lambda: {op})\n", quote(&op)));
    }
    p
}

const THREADS: &[&str] = &[
    "threading.Lock().release()",
    "threading.RLock().release()",
    "thread.allocate_lock().release()",
    "threading.current_thread().join()",
    "threading.Thread(target=f).join(TO)",
    "start_twice()",
    "Queue.Queue(MAX).get(False)",
    "Queue.Queue(MAX).get(True, TO)",
    "Queue.Queue(MAX).get(timeout=TO)",
    "full_put(MAX, TO)",
    "Queue.Queue().task_done()",
    "Queue.Queue(MAX).put_nowait(1)",
    "qsizes(MAX)",
    "Queue.LifoQueue(MAX).get_nowait()",
    "prio([3j, 1j])",
    "prio([(1, {}), (1, [])])",
    "threading.Condition().wait(TO)",
    "threading.Condition().notify()",
    "threading.Condition().notify_all()",
    "threading.Condition(threading.Lock()).release()",
    "threading.Semaphore(V).acquire(False)",
    "threading.Semaphore(V).release()",
    "bounded(V)",
    "threading.Event().wait(TO)",
    "set_event(TO)",
    "thread.start_new_thread(V, ())",
    "thread.start_new_thread(f, V)",
    "thread.start_new_thread(f, (), V)",
    "run_raiser()",
    "daemon_late()",
    "threading.Thread(target=f, args=V).start()",
    "threading.Thread(target=f, name=V).name",
    "threading.Thread(V)",
    "lock_twice(V)",
    "threading.Lock().acquire(V)",
    "threading.Lock().acquire(timeout=1)",
    "with_release()",
    "local_attr()",
    "timer(TO)",
    "fresh_thread()",
    "rlock_other_thread()",
    "threading.active_count()",
    "len(threading.enumerate())",
    "threading.Thread(target=f).is_alive()",
    "threading.current_thread().name",
    "thread.get_ident() == threading.current_thread().ident",
    "threading.Timer(V, f)",
    "exit_in_thread()",
    "threading.Semaphore(V)",
    "Queue.Queue(V).full()",
];

const THREAD_HELPERS: &str = r#"import threading, thread, Queue
def f(*a):
    return a
def start_twice():
    th = threading.Thread(target=f)
    th.start()
    try:
        th.start()
    finally:
        th.join()
def full_put(m, to):
    q = Queue.Queue(m)
    q.put(1, False)
    q.put(2, True, to)
    return q.qsize()
def qsizes(m):
    q = Queue.Queue(m)
    return q.qsize(), q.empty(), q.full(), q.maxsize
def prio(items):
    q = Queue.PriorityQueue()
    for v in items: q.put(v)
    return [q.get() for v in items]
def bounded(v):
    s = threading.BoundedSemaphore(v)
    s.acquire(False)
    s.release()
    s.release()
def set_event(to):
    e = threading.Event()
    e.set()
    return e.wait(to), e.is_set(), e.isSet()
def run_raiser():
    def boom():
        raise ValueError('in thread')
    th = threading.Thread(target=boom)
    th.start()
    th.join()
    return th.is_alive()
def daemon_late():
    th = threading.Thread(target=f)
    th.start()
    try:
        th.daemon = True
    finally:
        th.join()
def lock_twice(v):
    l = threading.Lock()
    l.acquire()
    return l.acquire(v), l.locked()
def with_release():
    l = threading.Lock()
    with l:
        l.release()
def local_attr():
    loc = threading.local()
    loc.a = 1
    return loc.a, loc.b
def timer(to):
    tm = threading.Timer(to, f)
    tm.start()
    tm.cancel()
    tm.join()
    return tm.is_alive()
def fresh_thread():
    th = threading.Thread()
    return th.run(), th.is_alive(), th.ident, th.daemon
def rlock_other_thread():
    r = threading.RLock()
    th = threading.Thread(target=r.acquire)
    th.start()
    th.join()
    r.release()
def exit_in_thread():
    def bye():
        raise SystemExit(5)
    th = threading.Thread(target=bye)
    th.start()
    th.join()
    return 'still here'
def join_many(to):
    ths = [threading.Thread(target=f, args=(i,)) for i in range(3)]
    for th in ths: th.start()
    for th in ths: th.join(to)
    return [th.is_alive() for th in ths]
"#;

fn threads(r: &mut Rng) -> String {
    let mut p = String::from(PRELUDE);
    p.push_str(THREAD_HELPERS);
    for _ in 0..r.range(3, 8) {
        let op = r.pick(THREADS);
        let to = r.pick(&["0", "0.01", "-1", "None", "'x'", "2**63", "1e308", "float('nan')", "-0.0"]);
        // A blocking call with no timeout would hang both interpreters.
        let to = if *to == "None" && (op.contains("get(True") || op.contains("get(timeout") || op.contains("full_put"))
        {
            "0.01"
        } else {
            to
        };
        let max = r.pick(&["0", "1", "-1", "2", "2**63"]);
        let v = r.pick(&["-1", "0", "1", "2**63", "'x'", "None", "1.5", "()", "f", "[]"]);
        let op = op.replace("TO", to).replace("MAX", max).replace('V', v);
        p.push_str(&format!("t({}, lambda: {op})\n", quote(&op)));
    }
    p
}

/// One template-generated program, with the name of its template.
pub fn template(r: &mut Rng) -> (&'static str, String) {
    match r.below(100) {
        0..=19 => ("builtins", builtin_calls(r)),
        20..=29 => ("builtin-sweep", builtin_sweep(r)),
        30..=49 => ("methods", method_sweep(r)),
        50..=69 => ("dunders", dunders(r)),
        70..=84 => ("mutation", mutation(r)),
        85..=92 => ("nesting", nesting(r)),
        _ => ("threads", threads(r)),
    }
}
