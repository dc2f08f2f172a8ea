//! The edge where exceptions become text: CPython-shaped tracebacks and
//! SyntaxError reports. Only the command line, the REPL and thread
//! bootstrap print; everything inside passes `PyErr` values.

use crate::object::class::isinstance;
use crate::object::{ExcKind, PyErr, PyStr, Value};
use crate::vm::Vm;

/// The name CPython prints for an exception class: `ValueError`,
/// `__main__.MyError`, `mymodule.MyError`.
pub fn exception_type_name(v: &Value) -> String {
    let cls = v.class();
    if !cls.is_user {
        return cls.name();
    }
    match cls.dict.get_str(&PyStr::from_str("__module__")) {
        Some(Value::Str(m)) if m.as_bytes() != b"exceptions" => format!("{}.{}", m.as_str(), cls.name()),
        _ => cls.name(),
    }
}

/// `Traceback (most recent call last): ...` plus the final line, as CPython
/// prints an uncaught exception.
pub fn format_exception(vm: &mut Vm, err: &PyErr) -> String {
    let mut out = String::new();
    if !err.0.traceback.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        for entry in err.0.traceback.iter().rev() {
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                entry.code.filename,
                entry.line,
                entry.code.name.as_str()
            ));
            if let Some(text) = vm.interp.source_line(&entry.code.filename, entry.line) {
                if !text.is_empty() {
                    out.push_str(&format!("    {}\n", text));
                }
            }
        }
    }
    out.push_str(&format_exception_only(vm, err.value()));
    out
}

/// The last part of a traceback: `Type: message` (with the source line and
/// caret for SyntaxError).
pub fn format_exception_only(vm: &mut Vm, v: &Value) -> String {
    format_exception_line(vm, v, false)
}

/// The same line as the `traceback` module writes it: an exception whose
/// str() fails shows as `<unprintable E object>` there, where the
/// interpreter's own report (PyErr_Display) says `<exception str() failed>`.
pub fn format_exception_only_py(vm: &mut Vm, v: &Value) -> String {
    format_exception_line(vm, v, true)
}

fn format_exception_line(vm: &mut Vm, v: &Value, python_module: bool) -> String {
    let mut out = String::new();
    let name = exception_type_name(v);
    if isinstance(v, ExcKind::SyntaxError.class()) {
        if let Value::Instance(i) = v {
            let get = |k: &str| i.dict.get_str(&PyStr::from_str(k));
            let filename = get("filename").and_then(|f| f.as_str().map(|s| s.to_string_lossy()));
            let lineno = get("lineno").and_then(|l| crate::object::number::as_i64(&l));
            if let (Some(f), Some(l)) = (filename, lineno) {
                out.push_str(&format!("  File \"{}\", line {}\n", f, l));
                if let Some(Value::Str(text)) = get("text") {
                    let offset = get("offset").and_then(|o| crate::object::number::as_i64(&o));
                    let raw = text.to_string_lossy();
                    let trimmed_start = raw.len() - raw.trim_start().len();
                    let line = raw.trim_start().trim_end_matches(['\n', '\r']);
                    out.push_str(&format!("    {}\n", line));
                    if let Some(mut offset) = offset {
                        // An offset just past the newline points at the line's end.
                        if offset == raw.len() as i64 && raw.ends_with('\n') {
                            offset -= 1;
                        }
                        let caret = (offset - 1 - trimmed_start as i64).clamp(0, 1 << 20) as usize;
                        out.push_str(&format!("    {}^\n", " ".repeat(caret)));
                    }
                }
            }
            let msg = get("msg").map(|m| vm.to_str(&m).map(|s| s.to_string_lossy()).unwrap_or_default());
            match msg {
                Some(m) if !m.is_empty() => out.push_str(&format!("{}: {}\n", name, m)),
                _ => out.push_str(&format!("{}\n", name)),
            }
            return out;
        }
    }
    let msg = match vm.to_str(v) {
        Ok(s) => s.to_string_lossy(),
        Err(_) if python_module => format!("<unprintable {} object>", crate::object::class::class_ref(v).name()),
        Err(_) => "<exception str() failed>".to_string(),
    };
    if msg.is_empty() {
        out.push_str(&format!("{}\n", name));
    } else {
        out.push_str(&format!("{}: {}\n", name, msg));
    }
    out
}

/// What `SystemExit` asks for: the exit status, and text to print on stderr.
pub fn system_exit_status(vm: &mut Vm, err: &PyErr) -> (i32, Option<String>) {
    // The instance's `code` attribute wins (a handler may have changed it).
    let code = match vm.getattr(err.value(), &crate::object::PyStr::from_str("code")) {
        Ok(c) => c,
        Err(_) => {
            let args = crate::object::exception::exc_args(err.value());
            match args.len() {
                0 => Value::None,
                1 => args[0].clone(),
                _ => Value::tuple(args),
            }
        }
    };
    match &code {
        Value::None => (0, None),
        // C's (int) cast: the low 32 bits (the caller keeps the low 8).
        Value::Int(i) => (*i as i32, None),
        Value::Long(b) => {
            let low = b.iter_u32_digits().next().unwrap_or(0);
            let low = if b.sign() == num_bigint::Sign::Minus { low.wrapping_neg() } else { low };
            (low as i32, None)
        }
        Value::Bool(b) => (b.get() as i32, None),
        other => {
            let s = vm.to_str(other).map(|s| s.to_string_lossy()).unwrap_or_default();
            (1, Some(s))
        }
    }
}
