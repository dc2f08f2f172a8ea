//! The `time` module.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use std::sync::{Arc, OnceLock};

use super::{check_args, def, str_arg};
use crate::object::class::Class;
use crate::object::{Dict, ExcKind, PyErr, PyResult, Value};
use crate::vm::threads::{Wait, WaitKind};

fn now() -> f64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0)
}

/// Broken-down local time (libc's localtime_r) of the current time.
fn local_now() -> libc::tm {
    local(now()).unwrap_or_else(|_| zeroed_tm())
}

/// An all-zero `tm`, the starting point of every broken-down time here.
fn zeroed_tm() -> libc::tm {
    // SAFETY: `tm` is a plain C struct of integers (and, on glibc, a nullable
    // `const char *` zone pointer), for which all-zero bytes are a valid value.
    // Exercised by tests/conformance/modules (time.mktime, localtime).
    unsafe { std::mem::zeroed() }
}

/// Seconds of CPU time used by the process so far, all threads together.
fn process_cpu_time() -> f64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime only writes the timespec we pass, valid for the
    // call. Exercised by tests/conformance/modules/time_clock.py.
    let r = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    if r != 0 {
        return -1.0; // C's clock() gives (clock_t)-1 when the time is unavailable
    }
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

/// Broken-down local time (libc's localtime_r).
fn local(t: f64) -> PyResult<libc::tm> {
    broken_down(t, true)
}

/// A timestamp as a `time_t`, truncated toward zero as C does; values a
/// `time_t` cannot hold are refused in CPython's words (NaN passes, as C's
/// conversion makes it the most negative `time_t`, which the OS then refuses).
fn to_time_t(t: f64) -> PyResult<libc::time_t> {
    // 2**63 as f64 is exact; outside [-2**63, 2**63) (and for NaN) C gives i64::MIN.
    let limit = 2f64.powi(63);
    let i: i64 = if (-limit..limit).contains(&t) { t as i64 } else { i64::MIN };
    let diff = t - i as f64;
    if diff <= -1.0 || diff >= 1.0 {
        return Err(PyErr::new(ExcKind::ValueError, "timestamp out of range for platform time_t"));
    }
    Ok(i as libc::time_t)
}

/// gmtime_r or localtime_r of a timestamp; a year the OS cannot represent is
/// a ValueError carrying errno, as in CPython.
fn broken_down(t: f64, local: bool) -> PyResult<libc::tm> {
    let secs = to_time_t(t)?;
    let mut tm = zeroed_tm();
    // SAFETY: gmtime_r/localtime_r only write into the struct we pass; both
    // pointers are valid for the duration of the call. Exercised by
    // tests/conformance/modules.
    let r = unsafe {
        if local {
            libc::localtime_r(&secs, &mut tm)
        } else {
            libc::gmtime_r(&secs, &mut tm)
        }
    };
    let ok = !r.is_null();
    if ok {
        return Ok(tm);
    }
    let err = std::io::Error::last_os_error();
    let code = err.raw_os_error().filter(|c| *c != 0).unwrap_or(libc::EINVAL);
    let text = std::io::Error::from_raw_os_error(code).to_string();
    let text = text.split(" (os error").next().unwrap_or("").to_string();
    Err(PyErr::with_args(ExcKind::ValueError, vec![Value::Int(code as i64), Value::str(&text)]))
}

const FIELDS: [&str; 9] =
    ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];

/// `time.struct_time`: a tuple subclass with named fields.
fn struct_time_class() -> &'static Arc<Class> {
    static CLS: OnceLock<Arc<Class>> = OnceLock::new();
    CLS.get_or_init(|| super::structseq::class("time", "struct_time", &FIELDS))
}

fn struct_time(tm: &libc::tm) -> Value {
    let wday = (tm.tm_wday + 6) % 7;
    let values: Vec<Value> = [
        tm.tm_year + 1900,
        tm.tm_mon + 1,
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        wday,
        tm.tm_yday + 1,
        tm.tm_isdst,
    ]
    .iter()
    .map(|v| Value::Int(*v as i64))
    .collect();
    super::structseq::make(struct_time_class(), values)
}

/// The range checks CPython's strftime makes before formatting (0 stands
/// for the first month, day and yearday).
fn check_tm(tm: &mut libc::tm) -> PyResult<()> {
    let err = |m: &str| Err(PyErr::new(ExcKind::ValueError, m.to_string()));
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    } else if !(0..=11).contains(&tm.tm_mon) {
        return err("month out of range");
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    } else if !(0..=31).contains(&tm.tm_mday) {
        return err("day of month out of range");
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return err("hour out of range");
    }
    if !(0..=59).contains(&tm.tm_min) {
        return err("minute out of range");
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return err("seconds out of range");
    }
    if tm.tm_wday < 0 {
        return err("day of week out of range");
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    } else if !(0..=365).contains(&tm.tm_yday) {
        return err("day of year out of range");
    }
    Ok(())
}

/// Seconds since the epoch from an optional argument (None: now).
fn seconds_arg(v: Option<&Value>) -> PyResult<f64> {
    match v {
        Some(v) if !v.is_none() => crate::object::number::Num::of(v)
            .ok_or_else(|| PyErr::new(ExcKind::TypeError, "a float is required"))?
            .to_f64(),
        _ => Ok(now()),
    }
}

fn tm_from(vm: &mut crate::vm::Vm, v: Option<&Value>) -> PyResult<libc::tm> {
    let Some(v) = v else { return Ok(local_now()) };
    let items = vm.to_vec(v)?;
    if items.len() != 9 {
        return Err(PyErr::new(ExcKind::TypeError, "function takes exactly 9 arguments"));
    }
    let g = |i: usize| crate::object::number::as_i64(&items[i]).unwrap_or(0) as i32;
    let mut tm = zeroed_tm();
    tm.tm_year = g(0) - 1900;
    tm.tm_mon = g(1) - 1;
    tm.tm_mday = g(2);
    tm.tm_hour = g(3);
    tm.tm_min = g(4);
    tm.tm_sec = g(5);
    tm.tm_wday = (g(6) + 1) % 7;
    tm.tm_yday = g(7) - 1;
    tm.tm_isdst = g(8);
    Ok(tm)
}

const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

fn asctime(tm: &libc::tm) -> String {
    format!(
        "{} {} {:>2} {:02}:{:02}:{:02} {}",
        DAYS[(tm.tm_wday.rem_euclid(7)) as usize],
        MONTHS[(tm.tm_mon.rem_euclid(12)) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        tm.tm_year + 1900
    )
}

fn strftime(fmt: &[u8], tm: &libc::tm) -> Vec<u8> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < fmt.len() {
        if fmt[i] == b'%' && i + 1 < fmt.len() {
            i += 1;
            let s = match fmt[i] {
                b'Y' => format!("{}", tm.tm_year + 1900),
                b'y' => format!("{:02}", (tm.tm_year + 1900) % 100),
                b'm' => format!("{:02}", tm.tm_mon + 1),
                b'd' => format!("{:02}", tm.tm_mday),
                b'H' => format!("{:02}", tm.tm_hour),
                b'I' => format!("{:02}", if tm.tm_hour % 12 == 0 { 12 } else { tm.tm_hour % 12 }),
                b'M' => format!("{:02}", tm.tm_min),
                b'S' => format!("{:02}", tm.tm_sec),
                b'p' => (if tm.tm_hour < 12 { "AM" } else { "PM" }).to_string(),
                b'a' => DAYS[tm.tm_wday.rem_euclid(7) as usize].to_string(),
                b'A' => ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
                    [tm.tm_wday.rem_euclid(7) as usize]
                    .to_string(),
                b'b' => MONTHS[tm.tm_mon.rem_euclid(12) as usize].to_string(),
                b'B' => [
                    "January",
                    "February",
                    "March",
                    "April",
                    "May",
                    "June",
                    "July",
                    "August",
                    "September",
                    "October",
                    "November",
                    "December",
                ][tm.tm_mon.rem_euclid(12) as usize]
                    .to_string(),
                b'j' => format!("{:03}", tm.tm_yday + 1),
                b'e' => format!("{:>2}", tm.tm_mday),
                b'w' => format!("{}", tm.tm_wday),
                b'u' => format!("{}", if tm.tm_wday == 0 { 7 } else { tm.tm_wday }),
                // Weeks of the year starting on Sunday (%U) or Monday (%W).
                b'U' => format!("{:02}", (tm.tm_yday + 7 - tm.tm_wday) / 7),
                b'W' => format!("{:02}", (tm.tm_yday + 7 - (tm.tm_wday + 6) % 7) / 7),
                b'C' => format!("{:02}", (tm.tm_year + 1900) / 100),
                b'D' => format!("{:02}/{:02}/{:02}", tm.tm_mon + 1, tm.tm_mday, (tm.tm_year + 1900) % 100),
                b'T' => format!("{:02}:{:02}:{:02}", tm.tm_hour, tm.tm_min, tm.tm_sec),
                b'R' => format!("{:02}:{:02}", tm.tm_hour, tm.tm_min),
                b'k' => format!("{:>2}", tm.tm_hour),
                b'l' => format!("{:>2}", if tm.tm_hour % 12 == 0 { 12 } else { tm.tm_hour % 12 }),
                b'h' => MONTHS[tm.tm_mon.rem_euclid(12) as usize].to_string(),
                b'n' => "\n".to_string(),
                b't' => "\t".to_string(),
                b'c' => asctime(tm),
                b'x' => format!("{:02}/{:02}/{:02}", tm.tm_mon + 1, tm.tm_mday, (tm.tm_year + 1900) % 100),
                b'X' => format!("{:02}:{:02}:{:02}", tm.tm_hour, tm.tm_min, tm.tm_sec),
                b'%' => "%".to_string(),
                other => format!("%{}", other as char),
            };
            out.extend_from_slice(s.as_bytes());
        } else {
            out.push(fmt[i]);
        }
        i += 1;
    }
    out
}

pub fn init(d: &Dict) {
    def(d, "time", |_, _, _| Ok(Value::float(now())));
    // CPU time of the whole process, as CPython 2.7's clock() on Linux
    // (pystone times itself with it: wall time counted other processes' turns).
    def(d, "clock", |_, a, _| {
        check_args("clock", a, 0, 0)?;
        Ok(Value::float(process_cpu_time()))
    });
    def(d, "sleep", |vm, a, _| {
        check_args("sleep", a, 1, 1)?;
        let secs = crate::object::number::Num::of(&a[0])
            .ok_or_else(|| PyErr::new(ExcKind::TypeError, "a float is required"))?
            .to_f64()?;
        // CPython hands the seconds to select() as a C long: negative, NaN
        // and values past the long's range (inf, 1e19, 2**64) are EINVAL.
        if !(0.0..9.223_372_036_854_776e18).contains(&secs) {
            return Err(PyErr::with_args(ExcKind::IOError, vec![Value::Int(22), Value::str("Invalid argument")]));
        }
        vm.flush_std();
        let d = Duration::from_secs_f64(secs.min(1e9));
        // Sleeps with the GIL released, in slices, so that Ctrl-C interrupts it.
        vm.blocking_wait(Wait::new(WaitKind::Sleep, "sleep"), Some(d), |deadline, interrupted| loop {
            if interrupted() {
                return false;
            }
            let now = std::time::Instant::now();
            let Some(deadline) = deadline else { return true };
            if now >= deadline {
                return true;
            }
            std::thread::sleep((deadline - now).min(super::thread::POLL));
        })?;
        Ok(Value::None)
    });
    def(d, "ctime", |_, a, _| {
        let t = seconds_arg(a.first())?;
        Ok(Value::str(&asctime(&local(t)?)))
    });
    def(d, "asctime", |vm, a, _| Ok(Value::str(&asctime(&tm_from(vm, a.first())?))));
    def(d, "localtime", |_, a, _| {
        let t = seconds_arg(a.first())?;
        Ok(struct_time(&local(t)?))
    });
    def(d, "gmtime", |_, a, _| {
        let t = seconds_arg(a.first())?;
        let tm = broken_down(t, false)?;
        Ok(struct_time(&tm))
    });
    def(d, "mktime", |vm, a, _| {
        check_args("mktime", a, 1, 1)?;
        let mut tm = tm_from(vm, a.first())?;
        // SAFETY: `tm` is a valid, initialised struct owned by this frame.
        let t = unsafe { libc::mktime(&mut tm) };
        Ok(Value::float(t as f64))
    });
    def(d, "strftime", |vm, a, _| {
        check_args("strftime", a, 1, 2)?;
        let fmt = str_arg(&a[0], "strftime() argument 1")?.clone();
        let mut tm = tm_from(vm, a.get(1))?;
        check_tm(&mut tm)?;
        Ok(Value::bytes(strftime(fmt.as_bytes(), &tm)))
    });
    def(d, "strptime", |_, a, _| {
        let (f, _) = strptime_args(a)?;
        Ok(super::structseq::make(struct_time_class(), f.iter().map(|v| Value::Int(*v)).collect()))
    });
    // For the `_strptime` module (datetime.strptime): the struct_time and
    // the microseconds that a %f read.
    def(d, "_strptime", |_, a, _| {
        let (f, frac) = strptime_args(a)?;
        let fields = super::structseq::make(struct_time_class(), f.iter().map(|v| Value::Int(*v)).collect());
        Ok(Value::tuple(vec![fields, Value::Int(frac)]))
    });
    d.set_str("struct_time", Value::Class(struct_time_class().clone()));
    d.set_str("timezone", Value::Int(0));
    // Local time is UTC here (as `timezone`): no daylight saving time.
    d.set_str("altzone", Value::Int(0));
    d.set_str("daylight", Value::Int(0));
    d.set_str("tzname", Value::tuple(vec![Value::str("UTC"), Value::str("UTC")]));
}

fn strptime_args(a: &[Value]) -> PyResult<([i64; 9], i64)> {
    check_args("strptime", a, 1, 2)?;
    let text = str_arg(&a[0], "strptime() argument 1")?.clone();
    let fmt = match a.get(1) {
        Some(f) => str_arg(f, "strptime() argument 2")?.to_string_lossy(),
        None => "%a %b %d %H:%M:%S %Y".to_string(),
    };
    super::strptime::parse(&text.to_string_lossy(), &fmt).map_err(|m| PyErr::new(ExcKind::ValueError, m))
}
