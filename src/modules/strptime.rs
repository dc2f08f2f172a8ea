//! `time.strptime`: parses text by a format into the nine struct_time
//! fields, as CPython's `_strptime` does for the common directives.

const DAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Days from 1970-01-01 to the given civil date (proleptic Gregorian).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The civil date (year, month, day) of a day count from 1970-01-01.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { yoe + era * 400 + 1 } else { yoe + era * 400 }, m, d)
}

/// Reads up to `max` digits at `pos`.
fn digits(s: &[u8], pos: &mut usize, max: usize) -> Option<i64> {
    let start = *pos;
    while *pos < s.len() && *pos - start < max && s[*pos].is_ascii_digit() {
        *pos += 1;
    }
    std::str::from_utf8(&s[start..*pos]).ok()?.parse().ok()
}

/// Reads a name (full or abbreviated) from `names` at `pos`; its index.
fn name(s: &[u8], pos: &mut usize, names: &[&str]) -> Option<i64> {
    let rest = String::from_utf8_lossy(&s[*pos..]).to_lowercase();
    for (i, n) in names.iter().enumerate() {
        if rest.starts_with(n) {
            *pos += n.len();
            return Some(i as i64);
        }
    }
    for (i, n) in names.iter().enumerate() {
        if rest.starts_with(&n[..3]) {
            *pos += 3;
            return Some(i as i64);
        }
    }
    None
}

/// The struct_time fields for `text` read by `fmt` and the microseconds of
/// a `%f`, or the ValueError text.
pub fn parse(text: &str, fmt: &str) -> Result<([i64; 9], i64), String> {
    let mismatch = || format!("time data {:?} does not match format {:?}", text, fmt).replace('"', "'");
    let (s, f) = (text.as_bytes(), fmt.as_bytes());
    let (mut year, mut month, mut day, mut hour, mut minute, mut second) = (1900, 1, 1, 0, 0, 0);
    let (mut wday, mut yday, mut pm, mut hour12) = (None, None, None, None);
    let mut fraction = 0;
    let (mut i, mut j) = (0, 0);
    while j < f.len() {
        let c = f[j];
        if c.is_ascii_whitespace() {
            while i < s.len() && s[i].is_ascii_whitespace() {
                i += 1;
            }
            j += 1;
            continue;
        }
        if c != b'%' || j + 1 >= f.len() {
            if i < s.len() && s[i] == c {
                i += 1;
                j += 1;
                continue;
            }
            return Err(mismatch());
        }
        let d = f[j + 1];
        j += 2;
        let v = match d {
            b'Y' => digits(s, &mut i, 4).map(|v| year = v),
            b'y' => digits(s, &mut i, 2).map(|v| year = if v < 69 { 2000 + v } else { 1900 + v }),
            b'm' => digits(s, &mut i, 2).filter(|v| (1..=12).contains(v)).map(|v| month = v),
            b'd' => digits(s, &mut i, 2).filter(|v| (1..=31).contains(v)).map(|v| day = v),
            b'H' => digits(s, &mut i, 2).filter(|v| *v <= 23).map(|v| hour = v),
            b'I' => digits(s, &mut i, 2).filter(|v| (1..=12).contains(v)).map(|v| hour12 = Some(v)),
            b'M' => digits(s, &mut i, 2).filter(|v| *v <= 59).map(|v| minute = v),
            b'S' => digits(s, &mut i, 2).filter(|v| *v <= 61).map(|v| second = v),
            b'f' => {
                let start = i;
                // 1 to 6 digits, read as the leading digits of the microseconds
                digits(s, &mut i, 6).map(|v| fraction = v * 10i64.pow(6 - (i - start) as u32))
            }
            b'j' => digits(s, &mut i, 3).filter(|v| (1..=366).contains(v)).map(|v| yday = Some(v)),
            b'b' | b'B' | b'h' => name(s, &mut i, &MONTHS).map(|v| month = v + 1),
            b'a' | b'A' => name(s, &mut i, &DAYS).map(|v| wday = Some(v)),
            b'p' => {
                let rest = String::from_utf8_lossy(&s[i..]).to_lowercase();
                if rest.starts_with("am") || rest.starts_with("pm") {
                    pm = Some(rest.starts_with("pm"));
                    i += 2;
                    Some(())
                } else {
                    None
                }
            }
            b'%' => (i < s.len() && s[i] == b'%').then(|| i += 1),
            _ => return Err(format!("'{}' is a bad directive in format '{}'", d as char, fmt)),
        };
        if v.is_none() {
            return Err(mismatch());
        }
    }
    if i < s.len() {
        return Err(format!("unconverted data remains: {}", String::from_utf8_lossy(&s[i..])));
    }
    if let Some(h) = hour12 {
        hour = match pm {
            Some(true) => h % 12 + 12,
            _ => h % 12,
        };
    }
    let jan1 = days_from_civil(year, 1, 1);
    // A day of the year given wins over month and day (as in CPython).
    if let Some(j) = yday {
        (year, month, day) = civil_from_days(jan1 + j - 1);
    }
    let days = days_from_civil(year, month, day);
    let yday = yday.unwrap_or(days - days_from_civil(year, 1, 1) + 1);
    // 1970-01-01 was a Thursday (3 with Monday = 0).
    let wday = wday.unwrap_or((days + 3).rem_euclid(7));
    Ok(([year, month, day, hour, minute, second, wday, yday, -1], fraction))
}
