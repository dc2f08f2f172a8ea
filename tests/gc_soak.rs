//! The short version of the collector's soak test (`benches/gc_soak.py`,
//! whose long run is not in CI's time budget): 4 threads build and drop
//! cycles, weak references with callbacks and finalizable objects for 5
//! seconds under `-X gil=off` and under `new`. Every finalizer and every
//! callback must run exactly once, nothing may crash or stay in
//! `gc.garbage`, and memory must stay flat.

use std::process::Command;

const EXPECTED: &str = "finalizers made: True all ran: True exactly once: True
callbacks all fired: True exactly once: True referents dead: True
garbage left: 0
";

fn number_after(out: &str, key: &str) -> u64 {
    out.lines()
        .find_map(|l| l.split(key).nth(1))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no {:?} in {}", key, out))
}

#[test]
fn soak_five_seconds_under_off_and_new() {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/gc_soak.py");
    // One after the other: they would disturb each other on two cores.
    for policy in ["gil=off", "gil=new"] {
        let o =
            Command::new(env!("CARGO_BIN_EXE_minipy")).args(["-X", policy, script, "5"]).output().expect("minipy runs");
        let out = String::from_utf8_lossy(&o.stdout);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(o.status.success(), "{}: exit {:?}\n{}\n{}", policy, o.status, out, err);
        assert!(err.is_empty(), "{}: stderr:\n{}", policy, err);
        assert!(out.starts_with(EXPECTED), "{}:\n{}", policy, out);
        assert!(number_after(&out, "objects made:") > 0, "{}:\n{}", policy, out);
        // Flat: the second half's peak is not far above the first's (the
        // first half already holds the steady state after a fraction of a
        // second; 2x leaves room for allocator noise).
        let first = number_after(&out, "rss first half KB:");
        let second = number_after(&out, "second half KB:");
        if first > 0 {
            assert!(second <= 2 * first, "{}: RSS grew from {} KB to {} KB\n{}", policy, first, second, out);
        }
    }
}
