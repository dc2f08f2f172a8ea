//! Build script: turns `grammar/*.lalrpop` into a parser module in `OUT_DIR`,
//! and lists every module of `stdlib/` in `OUT_DIR/stdlib_table.rs`, so that
//! adding a Python module to the standard library is adding its file.

use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=grammar");
    println!("cargo:rerun-if-changed=stdlib");
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    if let Err(e) = lalrpop::Configuration::new().set_in_dir(root.join("grammar")).set_out_dir(&out).process() {
        eprintln!("lalrpop failed: {e}");
        std::process::exit(1);
    }
    let mut entries = Vec::new();
    collect(&root.join("stdlib"), "", &mut entries);
    entries.sort();
    let mut table = String::from("&[\n");
    for (name, is_pkg, path) in entries {
        table.push_str(&format!("    ({:?}, {}, include_str!({:?})),\n", name, is_pkg, path.to_string_lossy()));
    }
    table.push_str("]\n");
    if let Err(e) = std::fs::write(out.join("stdlib_table.rs"), table) {
        eprintln!("cannot write stdlib_table.rs: {e}");
        std::process::exit(1);
    }
}

/// Every `.py` file under `dir` as (dotted module name, is a package, path).
fn collect(dir: &Path, prefix: &str, out: &mut Vec<(String, bool, PathBuf)>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for entry in rd.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        println!("cargo:rerun-if-changed={}", path.display());
        if path.is_dir() {
            let init = path.join("__init__.py");
            if init.is_file() {
                let pkg = format!("{prefix}{name}");
                out.push((pkg.clone(), true, init));
                collect(&path, &format!("{pkg}."), out);
            }
        } else if let Some(stem) = name.strip_suffix(".py") {
            if stem != "__init__" {
                out.push((format!("{prefix}{stem}"), false, path));
            }
        }
    }
}
