//! The command line: CPython 2.7's options (getopt style, so `-OO`, `-Wd`,
//! `-ic code` work), the `PYTHON*` environment variables, and the exact
//! messages and status 2 CPython gives for a bad command line.

use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

use crate::runner::{Options, Source};

/// The flags `sys.flags` reports, plus what only the launcher needs.
#[derive(Clone, Default, Debug)]
pub struct Flags {
    pub debug: u8,
    pub py3k_warning: u8,
    pub division_warning: u8,
    pub division_new: u8,
    pub inspect: u8,
    pub interactive: u8,
    pub optimize: u8,
    pub dont_write_bytecode: u8,
    pub no_user_site: u8,
    pub no_site: u8,
    pub ignore_environment: u8,
    pub tabcheck: u8,
    pub verbose: u8,
    pub unicode: u8,
    pub bytes_warning: u8,
    pub hash_randomization: u8,
    /// `-u`: every write to stdout and stderr goes out at once.
    pub unbuffered: bool,
    /// `-q`: no banner (an option of Python 3, handy here).
    pub quiet: bool,
    /// `-x`: skip the script's first line.
    pub skip_first_line: bool,
    /// `-W` options, after those of `PYTHONWARNINGS`.
    pub warnoptions: Vec<String>,
}

impl Flags {
    /// `sys.flags`, in CPython 2.7's field order.
    pub fn fields(&self) -> Vec<(&'static str, u8)> {
        vec![
            ("debug", self.debug),
            ("py3k_warning", self.py3k_warning),
            ("division_warning", self.division_warning),
            ("division_new", self.division_new),
            ("inspect", self.inspect),
            ("interactive", self.interactive),
            ("optimize", self.optimize),
            ("dont_write_bytecode", self.dont_write_bytecode),
            ("no_user_site", self.no_user_site),
            ("no_site", self.no_site),
            ("ignore_environment", self.ignore_environment),
            ("tabcheck", self.tabcheck),
            ("verbose", self.verbose),
            ("unicode", self.unicode),
            ("bytes_warning", self.bytes_warning),
            ("hash_randomization", self.hash_randomization),
        ]
    }
}

/// What the command line asks for.
pub enum Parsed {
    Run(Box<Options>),
    /// Print this on stdout (`-h`) or stderr (`-V`) and exit with status 0.
    Help(String),
    Version(String),
    /// A bad command line: the message for stderr; the status is 2.
    Error(String),
}

/// The options with a value (as in CPython's getopt string).
const WITH_ARG: &str = "cmWQX";
const KNOWN: &str = "3bBc:dEhiJm:OqQ:RsStuUvVW:xX:?";

/// The two lines after every command-line error.
pub fn usage_hint(argv0: &str) -> String {
    format!(
        "usage: {} [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n",
        argv0
    )
}

/// `-h`: CPython's option list, plus minipy's own.
pub fn help_text(argv0: &str) -> String {
    format!(
        "usage: {} [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options and arguments (and corresponding environment variables):
-b     : issue warnings about comparing bytearray with unicode
         (-bb: issue errors)
-B     : don't write .py[co] files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-d     : debug output from parser; also PYTHONDEBUG=x
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-m mod : run library module as a script (terminates option list)
-O     : remove assert statements, __debug__ is False; also PYTHONOPTIMIZE=x
-OO    : remove doc-strings in addition to the -O optimizations
-q     : don't print the version banner at the interactive prompt
-R     : accepted (hash randomization; minipy's hashes are fixed)
-Q arg : division options: -Qold (default), -Qwarn, -Qwarnall, -Qnew
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
-S     : don't imply 'import site' on initialization
-t     : issue warnings about inconsistent tab usage (-tt: issue errors)
-u     : unbuffered stdout and stderr; also PYTHONUNBUFFERED=x
-v     : verbose (trace import statements); also PYTHONVERBOSE=x
         can be supplied multiple times to increase verbosity
-V     : print the Python version number and exit (also --version)
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-3     : warn about Python 3.x incompatibilities that 2to3 cannot trivially fix
-X opt : minipy's options: gil=new|old|prio|off, gil-stats,
         gil-trace=FILE.json, gil-timeline=FILE.svg, deadlock=on|off
--dis  : print the bytecode of the script instead of running it
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Other environment variables:
PYTHONSTARTUP: file executed on interactive startup (no default)
PYTHONPATH   : ':'-separated list of directories prefixed to the
               default module search path.  The result is sys.path.
NO_COLOR     : no colours at the interactive prompt (nor with TERM=dumb)
",
        argv0
    )
}

/// Is this environment variable set to something (CPython's test: set and
/// not empty), unless `-E`?
fn env_on(name: &str, ignore: bool) -> bool {
    !ignore && std::env::var_os(name).is_some_and(|v| !v.is_empty())
}

/// The level an environment variable gives (a number, or 1 for any text).
fn env_level(name: &str, ignore: bool) -> u8 {
    if !env_on(name, ignore) {
        return 0;
    }
    let v = std::env::var(name).unwrap_or_default();
    v.trim().parse::<u8>().unwrap_or(1).max(1)
}

/// Parses `args` (without the program name) the way CPython 2.7 does.
pub fn parse(argv0: &str, args: &[String]) -> Parsed {
    let mut opts = Options::default();
    let mut f = Flags::default();
    let err = |msg: String| Parsed::Error(format!("{}\n{}", msg, usage_hint(argv0)));
    let mut i = 0;
    let mut rest_from = args.len();
    let mut version = 0;
    'args: while i < args.len() {
        let a = args[i].as_str();
        if a == "--" {
            rest_from = i + 1;
            break;
        }
        match a {
            "--help" => return Parsed::Help(help_text(argv0)),
            "--version" => {
                version += 1;
                i += 1;
                continue;
            }
            "--dis" => {
                opts.dis = true;
                i += 1;
                continue;
            }
            _ => {}
        }
        if !a.starts_with('-') || a == "-" {
            rest_from = i;
            break;
        }
        let chars: Vec<char> = a[1..].chars().collect();
        let mut k = 0;
        while k < chars.len() {
            let c = chars[k];
            if c == ':' {
                // CPython's getopt finds ':' in its option string and then
                // knows no such option: only the usage lines, status 2.
                return Parsed::Error(usage_hint(argv0));
            }
            if !KNOWN.contains(c) {
                return err(format!("Unknown option: -{}", c));
            }
            if WITH_ARG.contains(c) {
                let inline: String = chars[k + 1..].iter().collect();
                let value = if !inline.is_empty() {
                    inline
                } else if let Some(v) = args.get(i + 1) {
                    i += 1;
                    v.clone()
                } else {
                    return err(format!("Argument expected for the -{} option", c));
                };
                match c {
                    'c' => {
                        opts.source = Source::Command(value);
                        opts.argv = std::iter::once("-c".to_string()).chain(args[i + 1..].iter().cloned()).collect();
                        rest_from = usize::MAX;
                        break 'args;
                    }
                    'm' => {
                        opts.source = Source::Module(value.clone());
                        opts.argv = std::iter::once(value).chain(args[i + 1..].iter().cloned()).collect();
                        rest_from = usize::MAX;
                        break 'args;
                    }
                    'W' => f.warnoptions.push(value),
                    'Q' => match value.as_str() {
                        "old" => {}
                        "warn" => f.division_warning = 1,
                        "warnall" => f.division_warning = 2,
                        "new" => f.division_new = 1,
                        _ => return err("-Q option should be `-Qold', `-Qwarn', `-Qwarnall', or `-Qnew' only".into()),
                    },
                    _ => {
                        if let Err(e) = opts.set_x(&value) {
                            return Parsed::Error(format!("minipy: {}\n", e));
                        }
                    }
                }
                break;
            }
            match c {
                '3' => f.py3k_warning = 1,
                'b' => f.bytes_warning += 1,
                'B' => f.dont_write_bytecode = 1,
                'd' => f.debug += 1,
                'E' => f.ignore_environment = 1,
                'h' | '?' => return Parsed::Help(help_text(argv0)),
                'i' => {
                    f.inspect = 1;
                    f.interactive = 1;
                }
                'J' => return err("-J is reserved for Jython".into()),
                'O' => f.optimize = f.optimize.saturating_add(1),
                'q' => f.quiet = true,
                'R' => f.hash_randomization = 1,
                's' => f.no_user_site = 1,
                'S' => f.no_site = 1,
                't' => f.tabcheck += 1,
                'u' => f.unbuffered = true,
                'U' => f.unicode = 1,
                'v' => f.verbose = f.verbose.saturating_add(1),
                'V' => version += 1,
                'x' => f.skip_first_line = true,
                _ => return err(format!("Unknown option: -{}", c)),
            }
            k += 1;
        }
        i += 1;
    }
    if version > 0 {
        let v = if version > 1 {
            format!("Python 2.7.18 (minipy {})\n", env!("CARGO_PKG_VERSION"))
        } else {
            "Python 2.7.18\n".to_string()
        };
        return Parsed::Version(v);
    }
    if rest_from != usize::MAX {
        match args.get(rest_from) {
            Some(s) if s == "-" => {
                opts.source = Source::Stdin;
                opts.argv = args[rest_from..].to_vec();
            }
            Some(file) => {
                opts.source = Source::File(file.clone());
                opts.argv = args[rest_from..].to_vec();
            }
            None => {}
        }
    }
    // The environment, unless -E.
    let ign = f.ignore_environment == 1;
    if env_on("PYTHONINSPECT", ign) {
        f.inspect = 1;
    }
    if env_on("PYTHONUNBUFFERED", ign) {
        f.unbuffered = true;
    }
    f.optimize = f.optimize.max(env_level("PYTHONOPTIMIZE", ign));
    f.verbose = f.verbose.max(env_level("PYTHONVERBOSE", ign));
    f.debug = f.debug.max(env_level("PYTHONDEBUG", ign));
    if env_on("PYTHONDONTWRITEBYTECODE", ign) {
        f.dont_write_bytecode = 1;
    }
    if env_on("PYTHONNOUSERSITE", ign) {
        f.no_user_site = 1;
    }
    if env_on("PYTHONWARNINGS", ign) {
        let w = std::env::var("PYTHONWARNINGS").unwrap_or_default();
        let mut all: Vec<String> = w.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
        all.append(&mut f.warnoptions);
        f.warnoptions = all;
    }
    // `-3` implies `-Qwarn`, as in CPython (sys.flags shows it too).
    if f.py3k_warning > 0 {
        f.division_warning = f.division_warning.max(1);
    }
    opts.inspect = f.inspect != 0;
    opts.flags = f;
    Parsed::Run(Box::new(opts))
}

/// `-v`: how many `v`s (import tracing); set once at start.
pub static VERBOSE: AtomicU8 = AtomicU8::new(0);

/// `-E`: the `PYTHON*` variables are ignored (read where `sys.path` is built).
pub static IGNORE_ENV: AtomicBool = AtomicBool::new(false);

/// `-v`: one line on stderr for each module loaded, as CPython's
/// `import name # from path` (`# builtin` for a native module).
pub fn trace_import(name: &str, origin: &str) {
    if VERBOSE.load(Ordering::Relaxed) > 0 {
        if origin == "builtin" {
            eprintln!("import {} # builtin", name);
        } else {
            eprintln!("import {} # from {}", name, origin);
        }
    }
}

/// Puts the flags where programs see them: `sys.flags`, `sys.py3kwarning`,
/// `sys.warnoptions`, `sys.dont_write_bytecode`, `__debug__`, and the
/// process-wide switches of the compiler (`-O`), `import` (`-v`) and the
/// standard streams (`-u`).
pub fn apply_flags(interp: &crate::vm::Interp, f: &Flags) {
    use crate::object::{BoolBits, Value};
    let fields = f.fields();
    let names: Vec<&str> = fields.iter().map(|(n, _)| *n).collect();
    let cls = crate::modules::structseq::class("sys", "flags", &names);
    let values = fields.iter().map(|(_, v)| Value::Int(*v as i64)).collect();
    let sys = &interp.sys;
    sys.set_str("flags", crate::modules::structseq::make(&cls, values));
    let b = |on: bool| Value::Bool(if on { BoolBits::TRUE } else { BoolBits::FALSE });
    sys.set_str("py3kwarning", b(f.py3k_warning > 0));
    sys.set_str("dont_write_bytecode", b(true));
    sys.set_str("warnoptions", Value::list(f.warnoptions.iter().map(|w| Value::str(w)).collect()));
    interp.builtins.set_str("__debug__", b(f.optimize == 0));
    crate::compile::OPTIMIZE.store(f.optimize, Ordering::Relaxed);
    crate::syntax::lexer::TABCHECK.store(f.tabcheck, Ordering::Relaxed);
    if f.py3k_warning > 0 {
        crate::modules::py3k::install(interp);
        crate::syntax::py3k::ENABLED.store(true, Ordering::Relaxed);
    }
    crate::modules::py3k::DIVISION_WARNING.store(f.division_warning, Ordering::Relaxed);
    VERBOSE.store(f.verbose, Ordering::Relaxed);
    IGNORE_ENV.store(f.ignore_environment > 0, Ordering::Relaxed);
    crate::modules::file::UNBUFFERED.store(f.unbuffered, Ordering::Relaxed);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str]) -> Options {
        let v: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        match parse("minipy", &v) {
            Parsed::Run(o) => *o,
            _ => panic!("expected a run for {:?}", args),
        }
    }

    fn error(args: &[&str]) -> String {
        let v: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        match parse("minipy", &v) {
            Parsed::Error(e) => e,
            _ => panic!("expected an error for {:?}", args),
        }
    }

    #[test]
    fn combined_flags_and_values() {
        let o = run(&["-OOu", "-Wd", "-W", "error::DeprecationWarning", "-ttv", "-ic", "print 1", "x"]);
        assert_eq!(o.flags.optimize, 2);
        assert!(o.flags.unbuffered);
        assert_eq!(o.flags.warnoptions, vec!["d".to_string(), "error::DeprecationWarning".to_string()]);
        assert_eq!(o.flags.tabcheck, 2);
        assert_eq!(o.flags.verbose, 1);
        assert!(o.inspect);
        assert!(matches!(o.source, Source::Command(ref c) if c == "print 1"));
        assert_eq!(o.argv, vec!["-c".to_string(), "x".to_string()]);
    }

    #[test]
    fn script_and_module() {
        let o = run(&["-S", "prog.py", "-v"]);
        assert!(matches!(o.source, Source::File(ref f) if f == "prog.py"));
        assert_eq!(o.flags.verbose, 0, "options after the script are its own");
        assert_eq!(o.flags.no_site, 1);
        let o = run(&["-mjson.tool", "a"]);
        assert!(matches!(o.source, Source::Module(ref m) if m == "json.tool"));
        assert_eq!(o.argv, vec!["json.tool".to_string(), "a".to_string()]);
    }

    #[test]
    fn cpython_errors() {
        assert_eq!(
            error(&["-z"]),
            "Unknown option: -z\nusage: minipy [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n"
        );
        assert!(error(&["--foo"]).starts_with("Unknown option: --\n"));
        assert!(error(&["-W"]).starts_with("Argument expected for the -W option\n"));
        assert!(error(&["-c"]).starts_with("Argument expected for the -c option\n"));
        assert!(error(&["-Qfoo"]).starts_with("-Q option should be `-Qold', `-Qwarn', `-Qwarnall', or `-Qnew' only\n"));
        assert!(error(&["-J"]).starts_with("-J is reserved for Jython\n"));
    }
}
