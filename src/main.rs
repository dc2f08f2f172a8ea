//! The `minipy` command: runs a script, `-c` code or stdin, or starts the REPL.

use std::io::IsTerminal;
use std::process::ExitCode;

use minipy::runner::{Options, Source};

const USAGE: &str = "usage: minipy [option] ... [-c cmd | file | -] [arg] ...
Options:
  -c cmd     program passed in as string (terminates option list)
  -i         inspect interactively after running script
  -m mod     run library module as a script (terminates option list)
  -h         print this help message and exit (also --help)
  -V         print the Python version number and exit (also --version)
  -u         unbuffered output (accepted; minipy flushes at exit)
  -X opt     implementation option: gil=new|old|prio|off, gil-stats,
             gil-trace=FILE.json, gil-timeline=FILE.svg, deadlock=on|off
  --dis      print the bytecode of the script instead of running it
file         program read from script file
-            program read from stdin (default; interactive mode if a tty)
arg ...      arguments passed to program in sys.argv[1:]
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut opts = Options::default();
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-h" | "--help" | "-?" => {
                print!("{}", USAGE);
                return ExitCode::SUCCESS;
            }
            "-V" | "--version" => {
                eprintln!("Python 2.7.18 (minipy {})", env!("CARGO_PKG_VERSION"));
                return ExitCode::SUCCESS;
            }
            "-i" => opts.inspect = true,
            "--dis" => opts.dis = true,
            "-u" | "-E" | "-O" | "-B" | "-s" | "-S" | "-t" => {}
            "-c" => {
                let Some(code) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -c option\n{}", USAGE);
                    return ExitCode::from(2);
                };
                opts.source = Source::Command(code.clone());
                opts.argv = std::iter::once("-c".to_string()).chain(args[i + 2..].iter().cloned()).collect();
                break;
            }
            "-m" => {
                let Some(name) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -m option\n{}", USAGE);
                    return ExitCode::from(2);
                };
                opts.source = Source::Module(name.clone());
                opts.argv = std::iter::once(name.clone()).chain(args[i + 2..].iter().cloned()).collect();
                break;
            }
            s if s.starts_with("-m") && s.len() > 2 => {
                opts.source = Source::Module(s[2..].to_string());
                opts.argv = std::iter::once(s[2..].to_string()).chain(args[i + 1..].iter().cloned()).collect();
                break;
            }
            "-X" => {
                let Some(x) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -X option\n{}", USAGE);
                    return ExitCode::from(2);
                };
                if let Err(e) = opts.set_x(x) {
                    eprintln!("minipy: {}", e);
                    return ExitCode::from(2);
                }
                i += 1;
            }
            "-" => {
                opts.source = Source::Stdin;
                opts.argv = args[i..].to_vec();
                break;
            }
            s if s.starts_with("-X") => {
                if let Err(e) = opts.set_x(&s[2..]) {
                    eprintln!("minipy: {}", e);
                    return ExitCode::from(2);
                }
            }
            s if s.starts_with('-') && s.len() > 1 => {
                eprintln!("Unknown option: {}\n{}", s, USAGE);
                return ExitCode::from(2);
            }
            file => {
                opts.source = Source::File(file.to_string());
                opts.argv = args[i..].to_vec();
                break;
            }
        }
        i += 1;
    }
    if matches!(opts.source, Source::Repl) {
        if std::io::stdin().is_terminal() {
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
