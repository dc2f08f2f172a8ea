//! Build script: turns `grammar/*.lalrpop` into a parser module in `OUT_DIR`.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=grammar");
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    if let Err(e) = lalrpop::Configuration::new().set_in_dir(root.join("grammar")).set_out_dir(out).process() {
        eprintln!("lalrpop failed: {e}");
        std::process::exit(1);
    }
}
