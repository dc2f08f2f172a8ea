//! The `minipy` command: runs a script, `-c` code, `-m` module or stdin, or
//! starts the REPL. The options are parsed in `cli.rs`.

use std::io::IsTerminal;
use std::process::ExitCode;

use minipy::cli::{parse, Parsed};
use minipy::runner::Source;

/// Small blocks recycled per thread (`object::block_cache`: malloc/free was
/// a quarter of string- and exception-heavy programs).
#[global_allocator]
static ALLOCATOR: minipy::object::block_cache::BlockCache = minipy::object::block_cache::BlockCache;

fn main() -> ExitCode {
    let mut all = std::env::args();
    let argv0 = all.next().unwrap_or_else(|| "minipy".into());
    let args: Vec<String> = all.collect();
    let mut opts = match parse(&argv0, &args) {
        Parsed::Run(o) => *o,
        Parsed::Help(text) => {
            print!("{}", text);
            return ExitCode::SUCCESS;
        }
        Parsed::Version(text) => {
            eprint!("{}", text);
            return ExitCode::SUCCESS;
        }
        Parsed::Error(text) => {
            eprint!("{}", text);
            return ExitCode::from(2);
        }
    };
    // PYTHONINSPECT alone (no -i) gives a prompt only on a terminal.
    if opts.inspect && opts.flags.interactive == 0 && !std::io::stdin().is_terminal() {
        opts.inspect = false;
    }
    if matches!(opts.source, Source::Repl) {
        if std::io::stdin().is_terminal() {
            opts.argv = vec![String::new()];
        } else if opts.inspect {
            // `-i` with no script: the prompt even on a pipe.
            opts.argv = vec![String::new()];
        } else {
            opts.source = Source::Stdin;
            opts.argv = vec!["-".into()];
        }
    }
    let code = minipy::runner::run(opts);
    // As C's exit(): only the low 8 bits reach the parent (-1 gives 255).
    ExitCode::from((code & 0xff) as u8)
}
