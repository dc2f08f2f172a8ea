//! `_hashlib`: md5, sha1 and the sha2 family over the RustCrypto crates,
//! behind `stdlib/hashlib.py`, `md5.py` and `sha.py`. The objects look like
//! those of a CPython 2.7 built without OpenSSL (the oracle here): types
//! `_md5.md5`, `_sha.sha1`, ..., and `name` in capitals ('MD5', 'SHA256').

use std::sync::{Arc, OnceLock};

use md5::Digest;
use parking_lot::Mutex;

use super::binascii::{data_arg, hexlify};
use super::{check_args, def, method};
use crate::object::class::{types, Class};
use crate::object::function::{Builtin, KwArgs};
use crate::object::{Dict, ExcKind, Object, PyErr, PyResult, Value};
use crate::vm::Vm;

#[derive(Clone)]
enum Hasher {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
}

/// One algorithm: (lower name, Python's `name`, module of its type, digest size, block size).
const ALGOS: [(&str, &str, &str, i64, i64); 6] = [
    ("md5", "MD5", "_md5", 16, 64),
    ("sha1", "SHA1", "_sha", 20, 64),
    ("sha224", "SHA224", "_sha256", 28, 64),
    ("sha256", "SHA256", "_sha256", 32, 64),
    ("sha384", "SHA384", "_sha512", 48, 128),
    ("sha512", "SHA512", "_sha512", 64, 128),
];

impl Hasher {
    fn new(name: &str) -> Option<Hasher> {
        Some(match name.to_ascii_lowercase().as_str() {
            "md5" => Hasher::Md5(md5::Md5::new()),
            "sha1" | "sha" => Hasher::Sha1(sha1::Sha1::new()),
            "sha224" => Hasher::Sha224(sha2::Sha224::new()),
            "sha256" => Hasher::Sha256(sha2::Sha256::new()),
            "sha384" => Hasher::Sha384(sha2::Sha384::new()),
            "sha512" => Hasher::Sha512(sha2::Sha512::new()),
            _ => return None,
        })
    }
    fn index(&self) -> usize {
        match self {
            Hasher::Md5(_) => 0,
            Hasher::Sha1(_) => 1,
            Hasher::Sha224(_) => 2,
            Hasher::Sha256(_) => 3,
            Hasher::Sha384(_) => 4,
            Hasher::Sha512(_) => 5,
        }
    }
    fn update(&mut self, data: &[u8]) {
        match self {
            Hasher::Md5(h) => h.update(data),
            Hasher::Sha1(h) => h.update(data),
            Hasher::Sha224(h) => h.update(data),
            Hasher::Sha256(h) => h.update(data),
            Hasher::Sha384(h) => h.update(data),
            Hasher::Sha512(h) => h.update(data),
        }
    }
    /// The digest so far; the running state is left as it is.
    fn digest(&self) -> Vec<u8> {
        match self.clone() {
            Hasher::Md5(h) => h.finalize().to_vec(),
            Hasher::Sha1(h) => h.finalize().to_vec(),
            Hasher::Sha224(h) => h.finalize().to_vec(),
            Hasher::Sha256(h) => h.finalize().to_vec(),
            Hasher::Sha384(h) => h.finalize().to_vec(),
            Hasher::Sha512(h) => h.finalize().to_vec(),
        }
    }
}

fn getter(qualname: &'static str, f: crate::object::NativeFn) -> Value {
    Value::other(Object::Property {
        fget: Builtin::new(qualname, f),
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
    })
}

fn hash_of(v: &Value) -> PyResult<&Mutex<Hasher>> {
    v.native::<Mutex<Hasher>>().ok_or_else(|| PyErr::new(ExcKind::TypeError, "a hash object is required"))
}

fn classes() -> &'static Vec<Arc<Class>> {
    static C: OnceLock<Vec<Arc<Class>>> = OnceLock::new();
    C.get_or_init(|| {
        ALGOS
            .iter()
            .map(|&(lower, _, module, _, _)| {
                let d = Arc::new(Dict::new());
                d.set_str("__module__", Value::str(module));
                let cls = Class::new(lower, vec![types().object.clone()], d, false).expect("one base");
                method(&cls, "HASH.update", h_update);
                method(&cls, "HASH.digest", |_, a, kw| {
                    no_args("digest", a, kw)?;
                    Ok(Value::bytes(hash_of(&a[0])?.lock().digest()))
                });
                method(&cls, "HASH.hexdigest", |_, a, kw| {
                    no_args("hexdigest", a, kw)?;
                    Ok(Value::bytes(hexlify(&hash_of(&a[0])?.lock().digest())))
                });
                method(&cls, "HASH.copy", |_, a, kw| {
                    no_args("copy", a, kw)?;
                    let h = hash_of(&a[0])?.lock().clone();
                    Ok(wrap(h))
                });
                cls.dict.set_str("name", getter("HASH.name", |_, a, _| info_of(a, 0)));
                cls.dict.set_str("digest_size", getter("HASH.digest_size", |_, a, _| info_of(a, 1)));
                cls.dict.set_str("digestsize", getter("HASH.digestsize", |_, a, _| info_of(a, 1)));
                cls.dict.set_str("block_size", getter("HASH.block_size", |_, a, _| info_of(a, 2)));
                cls
            })
            .collect()
    })
}

fn info_of(a: &[Value], k: usize) -> PyResult {
    let i = hash_of(&a[0])?.lock().index();
    let (_, name, _, ds, bs) = ALGOS[i];
    Ok(match k {
        0 => Value::str(name),
        1 => Value::Int(ds),
        _ => Value::Int(bs),
    })
}

fn no_args(name: &str, a: &[Value], kw: &KwArgs) -> PyResult<()> {
    super::no_keywords(name, kw)?;
    check_args(name, &a[1..], 0, 0)
}

fn wrap(h: Hasher) -> Value {
    let cls = classes()[h.index()].clone();
    Value::other(Object::Native { class: cls, data: Box::new(Mutex::new(h)) })
}

fn h_update(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult {
    super::no_keywords("update", kw)?;
    if a.len() != 2 {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("update() takes exactly 1 argument ({} given)", a.len().saturating_sub(1)),
        ));
    }
    let data = data_arg(vm, &a[1], "update")?;
    hash_of(&a[0])?.lock().update(&data);
    Ok(Value::None)
}

pub fn init(d: &Dict) {
    // `new(name, data='')`: ValueError for an unknown name.
    def(d, "new", |vm, a, kw| {
        super::no_keywords("new", kw)?;
        check_args("new", a, 1, 2)?;
        let name = super::str_arg(&a[0], "name")?.to_string_lossy();
        let mut h = Hasher::new(&name)
            .ok_or_else(|| PyErr::new(ExcKind::ValueError, format!("unsupported hash type {}", name)))?;
        if let Some(v) = a.get(1) {
            h.update(&data_arg(vm, v, "new")?);
        }
        Ok(wrap(h))
    });
    // One constructor per algorithm, as `_md5.new` and friends.
    macro_rules! ctor {
        ($name:literal) => {
            def(d, $name, |vm, a, kw| {
                super::no_keywords("new", kw)?;
                if a.len() > 1 {
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        format!("new() takes at most 1 argument ({} given)", a.len()),
                    ));
                }
                let mut h = Hasher::new($name).unwrap_or(Hasher::Md5(md5::Md5::new()));
                if let Some(v) = a.first() {
                    h.update(&data_arg(vm, v, "new")?);
                }
                Ok(wrap(h))
            });
        };
    }
    ctor!("md5");
    ctor!("sha1");
    ctor!("sha224");
    ctor!("sha256");
    ctor!("sha384");
    ctor!("sha512");
    // The names an OpenSSL-backed `_hashlib` exports, which hashlib's
    // users and tests look for; the same constructors.
    for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"] {
        if let Some(f) = d.get_str(&crate::object::PyStr::from_str(name)) {
            d.set_str(&format!("openssl_{}", name), f);
        }
    }
}
