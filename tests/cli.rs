//! End-to-end tests of the `minipy` command: options, exit statuses, the REPL
//! (driven through a pseudo-terminal), Ctrl-C, and inputs that must never
//! crash the interpreter.

use std::io::Write;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn minipy() -> Command {
    Command::new(env!("CARGO_BIN_EXE_minipy"))
}

fn run_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = minipy()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("minipy starts");
    let mut input = child.stdin.take().expect("stdin is piped");
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("minipy finishes");
    let _ = writer.join();
    out
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Writes `src` to a fresh file in the temp dir and returns its path.
fn script(name: &str, src: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("minipy-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let p = dir.join(name);
    std::fs::write(&p, src).expect("write script");
    p
}

#[test]
fn version_and_help() {
    let out = minipy().arg("--version").output().unwrap();
    assert!(out.status.success());
    assert!(text(&out.stderr).starts_with("Python 2.7.18"));
    let out = minipy().arg("-h").output().unwrap();
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("[option] ... [-c cmd | -m mod | file | -] [arg] ..."));
    assert!(text(&out.stdout).contains("-X opt : minipy's options"));
}

#[test]
fn bad_command_lines_exit_2() {
    let out = minipy().arg("--no-such-option").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).starts_with("Unknown option: --\n"));
    // CPython's exact words: the option, the usage line, the hint.
    let out = minipy().arg("-z").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    let want = format!(
        "Unknown option: -z\nusage: {} [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n",
        env!("CARGO_BIN_EXE_minipy")
    );
    assert_eq!(err, want);
    let out = minipy().arg("-W").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).starts_with("Argument expected for the -W option\n"));
    let out = minipy().arg("-c").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = minipy().args(["-X", "gil=maybe", "-c", "pass"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn missing_file_exits_2() {
    let out = minipy().arg("/no/such/file.py").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("can't open file '/no/such/file.py': [Errno 2] No such file or directory"));
}

#[test]
fn dash_c_and_argv() {
    let out = minipy().args(["-c", "import sys; print sys.argv", "a", "b"]).output().unwrap();
    assert_eq!(text(&out.stdout), "['-c', 'a', 'b']\n");
}

#[test]
fn stdin_that_is_not_a_terminal_runs_as_a_script() {
    let out = run_with_stdin(&[], b"x = 6\nprint x * 7\n");
    assert_eq!(text(&out.stdout), "42\n");
    assert!(out.status.success());
}

#[test]
fn dis_prints_every_code_object() {
    let p = script("dis.py", b"def f(x):\n    return x + 1\nprint f(1)\n");
    let out = minipy().arg("--dis").arg(&p).output().unwrap();
    let s = text(&out.stdout);
    assert!(s.contains("Disassembly of <code object <module>"), "{}", s);
    assert!(s.contains("Disassembly of <code object f"), "{}", s);
    assert!(s.contains("LoadFast") && s.contains("(x"), "{}", s);
    assert!(s.contains("ReturnValue"), "{}", s);
}

#[test]
fn inspect_mode_reads_more_after_the_script() {
    let out =
        run_with_stdin(&["-i", "-c", "y = 5"], b"y * 2\ndef f(a):\n    return a + 1\n\nf(y)\n1/0\nprint 'after'\n");
    assert_eq!(text(&out.stdout), "10\n6\nafter\n");
    assert!(text(&out.stderr).contains("ZeroDivisionError: integer division or modulo by zero"));
}

#[test]
fn uncaught_exception_traceback_and_status() {
    let p = script("boom.py", b"def f():\n    raise ValueError('bad')\nf()\n");
    let out = minipy().arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.starts_with("Traceback (most recent call last):\n"), "{}", err);
    assert!(err.contains("line 3, in <module>\n    f()\n"), "{}", err);
    assert!(err.ends_with("ValueError: bad\n"), "{}", err);
}

#[test]
fn ctrl_c_raises_keyboard_interrupt() {
    let p = script("spin.py", b"import sys\nprint 'ready'\nsys.stdout.flush()\nwhile True:\n    pass\n");
    let child = minipy().arg(&p).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    std::thread::sleep(Duration::from_millis(700));
    let _ = Command::new("kill").args(["-INT", &child.id().to_string()]).status();
    let start = Instant::now();
    let out = child.wait_with_output().unwrap();
    assert!(start.elapsed() < Duration::from_secs(10));
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("KeyboardInterrupt"), "{}", text(&out.stderr));
}

#[test]
fn ctrl_c_interrupts_a_sleep() {
    let p = script(
        "nap.py",
        b"import time\ntry:\n    time.sleep(60)\nexcept KeyboardInterrupt:\n    print 'interrupted'\n",
    );
    let child = minipy().arg(&p).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    std::thread::sleep(Duration::from_millis(700));
    let _ = Command::new("kill").args(["-INT", &child.id().to_string()]).status();
    let start = Instant::now();
    let out = child.wait_with_output().unwrap();
    assert!(start.elapsed() < Duration::from_secs(10));
    assert_eq!(text(&out.stdout), "interrupted\n");
}

/// None of these may crash: each ends with a Python exception and status 1.
#[test]
fn hostile_inputs_never_crash() {
    let mut seed: u64 = 0x1234_5678_9abc_def0;
    let mut random = Vec::new();
    for _ in 0..20_000 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        random.push(seed as u8);
    }
    let mut big_line = b"x = [".to_vec();
    big_line.extend(std::iter::repeat_n(b"1, ".as_slice(), 3_000_000).flatten());
    big_line.extend_from_slice(b"]\nprint len(x)\n");
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("random.py", random),
        ("brackets.py", "(".repeat(100_000).into_bytes()),
        ("unary.py", format!("x = {}1\n", "-".repeat(100_000)).into_bytes()),
        ("chain.py", format!("x = 1{}\n", "+1".repeat(100_000)).into_bytes()),
        ("recurse.py", b"def f(n):\n    return f(n + 1)\nf(0)\n".to_vec()),
        ("repr.py", b"class A(object):\n    def __repr__(self):\n        return repr(self)\nrepr(A())\n".to_vec()),
        ("sortkey.py", b"def k(x):\n    return sorted([1, 2], key=k)\nsorted([1, 2], key=k)\n".to_vec()),
        ("bigline.py", big_line),
    ];
    for (name, src) in cases {
        let p = script(name, &src);
        let out = minipy().arg(&p).output().unwrap();
        let err = text(&out.stderr);
        assert!(
            !err.contains("panicked") && !err.contains("overflowed its stack") && out.status.code().is_some(),
            "{}: {}",
            name,
            err
        );
        if name == "bigline.py" {
            assert_eq!(text(&out.stdout), "3000000\n");
        } else {
            assert_eq!(out.status.code(), Some(1), "{}: {}", name, err);
        }
        if name == "recurse.py" || name == "repr.py" || name == "sortkey.py" {
            assert!(err.contains("RuntimeError: maximum recursion depth exceeded"), "{}: {}", name, err);
        }
    }
}

#[test]
fn recursion_limit_is_settable() {
    let out = minipy()
        .args([
            "-c",
            "import sys\nsys.setrecursionlimit(50)\ndef f(n):\n    return f(n+1) if n < 100 else n\ntry:\n    f(0)\nexcept RuntimeError as e:\n    print e\nsys.setrecursionlimit(5000)\nprint f(0)\n",
        ])
        .output()
        .unwrap();
    assert_eq!(text(&out.stdout), "maximum recursion depth exceeded\n100\n");
}

/// `minipy args...`'s stdout (asserting success).
fn stdout_of(args: &[&str]) -> String {
    let out = minipy().args(args).output().unwrap();
    assert!(out.status.success(), "{:?}: {}", args, text(&out.stderr));
    text(&out.stdout)
}

#[test]
fn option_o_removes_asserts_and_oo_docstrings() {
    let src = "def f():\n    'doc'\nassert False, 'kept'\nprint __debug__, f.__doc__\n";
    assert_eq!(stdout_of(&["-O", "-c", src]), "False doc\n");
    assert_eq!(stdout_of(&["-OO", "-c", src]), "False None\n");
    let out = minipy().args(["-c", src]).output().unwrap();
    assert!(text(&out.stderr).contains("AssertionError: kept"));
    assert_eq!(stdout_of(&["-c", "import sys; print sys.flags.optimize"]), "0\n");
    assert_eq!(stdout_of(&["-OO", "-c", "import sys; print sys.flags.optimize"]), "2\n");
    let out =
        minipy().args(["-c", "import sys; print sys.flags.optimize"]).env("PYTHONOPTIMIZE", "1").output().unwrap();
    assert_eq!(text(&out.stdout), "1\n");
}

#[test]
fn flags_reach_sys_flags() {
    let show = "import sys; f = sys.flags; print f.py3k_warning, sys.py3kwarning, f.tabcheck, f.no_site, \
                f.no_user_site, f.dont_write_bytecode, f.ignore_environment, f.verbose, f.inspect";
    let out = minipy().args(["-c", show]).env_remove("PYTHONDONTWRITEBYTECODE").output().unwrap();
    assert_eq!(text(&out.stdout), "0 False 0 0 0 0 0 0 0\n");
    assert_eq!(stdout_of(&["-3", "-tt", "-S", "-s", "-B", "-E", "-c", show]), "1 True 2 1 1 1 1 0 0\n");
}

#[test]
fn option_big_s_skips_site() {
    assert_eq!(
        stdout_of(&["-c", "import sys; print 'site' in sys.modules, repr(exit)"]),
        "True Use exit() or Ctrl-D (i.e. EOF) to exit\n"
    );
    assert_eq!(stdout_of(&["-S", "-c", "import sys; print 'site' in sys.modules"]), "False\n");
}

#[test]
fn option_e_ignores_pythonpath() {
    let dir = script("pp_mod.py", b"X = 1\n").parent().unwrap().to_path_buf();
    let code = "import pp_mod; print pp_mod.X";
    let out = minipy().args(["-c", code]).env("PYTHONPATH", &dir).output().unwrap();
    assert_eq!(text(&out.stdout), "1\n");
    let out = minipy().args(["-E", "-c", code]).env("PYTHONPATH", &dir).output().unwrap();
    assert!(text(&out.stderr).contains("ImportError: No module named pp_mod"), "{}", text(&out.stderr));
}

#[test]
fn option_w_sets_warning_filters() {
    let code = "import warnings\nwarnings.warn('careful')\nprint 'after'\n";
    let out = minipy().args(["-W", "error", "-c", code]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("UserWarning: careful"), "{}", text(&out.stderr));
    let out = minipy().args(["-Wignore", "-c", code]).output().unwrap();
    assert_eq!(text(&out.stdout), "after\n");
    assert_eq!(text(&out.stderr), "");
    let out = minipy().args(["-Wbogus", "-c", "import sys; print sys.warnoptions"]).output().unwrap();
    assert_eq!(text(&out.stdout), "['bogus']\n");
    assert!(text(&out.stderr).contains("Invalid -W option ignored: invalid action: 'bogus'"), "{}", text(&out.stderr));
    let out =
        minipy().args(["-c", "import sys; print sys.warnoptions"]).env("PYTHONWARNINGS", "ignore").output().unwrap();
    assert_eq!(text(&out.stdout), "['ignore']\n");
}

#[test]
fn option_v_traces_imports() {
    let out = minipy().args(["-v", "-c", "import json, time"]).output().unwrap();
    let err = text(&out.stderr);
    assert!(err.contains("import json # from <stdlib>/json/__init__.py\n"), "{}", err);
    assert!(err.contains("import time # builtin\n"), "{}", err);
    let out = minipy().args(["-c", "import json"]).output().unwrap();
    assert_eq!(text(&out.stderr), "");
}

#[test]
fn option_u_is_unbuffered() {
    for (args, env) in [(vec!["-u"], None), (vec![], Some("1"))] {
        let mut cmd = minipy();
        cmd.args(&args).args(["-c", "import sys, time\nsys.stdout.write('x')\ntime.sleep(5)\n"]);
        if let Some(v) = env {
            cmd.env("PYTHONUNBUFFERED", v);
        }
        let mut child = cmd.stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap();
        let mut out = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut b = [0u8; 1];
            let _ = std::io::Read::read(&mut out, &mut b);
            let _ = tx.send(b[0]);
        });
        let got = rx.recv_timeout(Duration::from_secs(3));
        let _ = child.kill();
        let _ = child.wait();
        assert_eq!(got, Ok(b'x'), "{:?} {:?}: the write did not come out at once", args, env);
    }
}

#[test]
fn option_x_skips_the_first_line() {
    let p = script("skip.py", b"this is not python\nimport sys\nprint sys._getframe().f_lineno\n");
    assert_eq!(stdout_of(&["-x", p.to_str().unwrap()]), "3\n");
}

#[test]
fn option_q_accepts_cpython_values() {
    assert_eq!(stdout_of(&["-Qnew", "-c", "import sys; print sys.flags.division_new"]), "1\n");
    let out = minipy().arg("-Qfoo").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).starts_with("-Q option should be `-Qold', `-Qwarn', `-Qwarnall', or `-Qnew' only\n"));
}

#[test]
fn inspect_after_m_and_pythoninspect() {
    let dir = script("insp_mod.py", b"z = 21\n").parent().unwrap().to_path_buf();
    let out = minipy()
        .current_dir(&dir)
        .args(["-i", "-m", "insp_mod"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let out = {
        let mut c = out;
        c.stdin.take().unwrap().write_all(b"z * 2\n").unwrap();
        c.wait_with_output().unwrap()
    };
    assert_eq!(text(&out.stdout), "42\n");
    // -i on a pipe: the prompts and the last newline go to stderr, as CPython.
    assert_eq!(text(&out.stderr), ">>> >>> \n");
    let mut c = minipy()
        .args(["-c", "y = 3"])
        .env("PYTHONINSPECT", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    c.stdin.take().unwrap().write_all(b"y * 2\n").unwrap();
    let out = c.wait_with_output().unwrap();
    // PYTHONINSPECT without -i gives a prompt on a terminal only (CPython's
    // stdin_is_interactive): here the piped line is not read.
    assert_eq!(text(&out.stdout), "");
    // -E: PYTHONINSPECT is not looked at.
    let out = minipy().args(["-E", "-c", "y = 3"]).env("PYTHONINSPECT", "1").stdin(Stdio::null()).output().unwrap();
    assert_eq!(text(&out.stdout), "");
}

#[test]
fn inspect_keeps_threads_running() {
    // Under -i the prompt comes while the script's thread still runs; the
    // thread is waited for when the session ends.
    let src = "import threading, time\ndef w():\n    time.sleep(0.5)\n    print 'thread done'\nthreading.Thread(target=w).start()\n";
    let out = run_with_stdin(&["-i", "-c", src], b"print 'prompt first'\n");
    assert_eq!(text(&out.stdout), "prompt first\nthread done\n");
}

#[test]
fn option_t_warns_about_inconsistent_tabs() {
    let p = script("tabs.py", b"if 1:\n\tx = 1\n        y = 2\nprint x\n");
    let path = p.to_str().unwrap();
    // Without -t the file runs silently; -t warns (CPython's words) and runs;
    // -tt refuses it with TabError.
    let out = minipy().arg(path).output().unwrap();
    assert_eq!((text(&out.stdout), text(&out.stderr)), ("1\n".to_string(), String::new()));
    let out = minipy().args(["-t", path]).output().unwrap();
    assert_eq!(text(&out.stdout), "1\n");
    assert_eq!(text(&out.stderr), format!("{}: inconsistent use of tabs and spaces in indentation\n", path));
    let out = minipy().args(["-tt", path]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).ends_with("TabError: inconsistent use of tabs and spaces in indentation\n"));
}

#[test]
fn option_3_and_qwarn_warn_about_classic_division() {
    for args in [vec!["-3"], vec!["-Qwarn"]] {
        let out =
            minipy().args(&args).args(["-c", "import sys; print 1/2, sys.flags.division_warning"]).output().unwrap();
        assert_eq!(text(&out.stdout), "0 1\n", "{:?}", args);
        assert_eq!(text(&out.stderr), "-c:1: DeprecationWarning: classic int division\n", "{:?}", args);
    }
    let out = minipy().args(["-3", "-c", "print `1`"]).output().unwrap();
    assert!(text(&out.stderr).contains("SyntaxWarning: backquote not supported in 3.x; use repr()"));
    let out = minipy().args(["-c", "print 1/2"]).output().unwrap();
    assert_eq!((text(&out.stdout), text(&out.stderr)), ("0\n".to_string(), String::new()));
}

#[test]
fn tracebacks_of_pseudo_files_show_no_source() {
    // `<string>` (-c) and `<stdin>` are no files: as CPython, no source line.
    let want = "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nZeroDivisionError: integer division or modulo by zero\n";
    let out = minipy().args(["-c", "1/0"]).output().unwrap();
    assert_eq!(text(&out.stderr), want);
    let out = run_with_stdin(&[], b"x = 1\n1/0\n");
    assert_eq!(
        text(&out.stderr),
        "Traceback (most recent call last):\n  File \"<stdin>\", line 2, in <module>\nZeroDivisionError: integer division or modulo by zero\n"
    );
    // -i after -c: the traceback, then the prompt on stderr (stdin a pipe).
    let out = run_with_stdin(&["-i", "-c", "1/0"], b"print 5\n");
    assert_eq!(text(&out.stdout), "5\n");
    assert_eq!(text(&out.stderr), format!("{}>>> >>> \n", want));
}

#[test]
fn unknown_options_name_the_first_unknown_letter() {
    // getopt style: known letters before the unknown one are taken.
    for (arg, letter) in [("-Sz", "z"), ("-q7", "7")] {
        let out = minipy().arg(arg).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", arg);
        assert!(text(&out.stderr).starts_with(&format!("Unknown option: -{}\nusage: ", letter)), "{}", arg);
    }
    // `-:` gets only the usage lines, as from CPython's getopt.
    let out = minipy().arg("-:").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).starts_with("usage: "), "{}", text(&out.stderr));
    let out = minipy().arg("-m").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).starts_with("Argument expected for the -m option\n"));
}
