//! The interactive prompt: `>>> ` and `... `, history, Ctrl-C and Ctrl-D.

use std::sync::Arc;

use rustyline::error::ReadlineError;

use crate::compile::{compile_module, CompileMode};
use crate::object::{Dict, ExcKind};
use crate::vm::import::syntax_error_value;
use crate::vm::Vm;

fn history_file() -> Option<std::path::PathBuf> {
    std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".minipy_history"))
}

/// Runs the REPL until end of input; returns the exit status.
pub fn run(vm: &mut Vm, globals: Arc<Dict>) -> i32 {
    let Ok(mut editor) = rustyline::DefaultEditor::new() else {
        eprintln!("minipy: cannot start the line editor");
        return 1;
    };
    if let Some(h) = history_file() {
        let _ = editor.load_history(&h);
    }
    let mut buffer = String::new();
    let mut flags = crate::syntax::FutureFlags::default();
    let status = loop {
        let prompt = if buffer.is_empty() { ">>> " } else { "... " };
        vm.flush_std();
        match editor.readline(prompt) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = editor.add_history_entry(line.as_str());
                }
                buffer.push_str(&line);
                buffer.push('\n');
                let ends_block = line.trim().is_empty();
                flags = flags.union(crate::syntax::future_flags(&buffer));
                match crate::syntax::parse_interactive_with(&buffer, flags) {
                    // Inside brackets or a string a blank line does not end the entry.
                    Err(e) if e.incomplete && (!ends_block || e.msg != "expected an indented block") => continue,
                    // A compound statement waits for a blank line.
                    Ok(_) if !ends_block && needs_more(&buffer) => continue,
                    Err(e) => {
                        let err = syntax_error_value(&e, "<stdin>", &buffer);
                        vm.flush_std();
                        eprint!("{}", crate::traceback::format_exception(vm, &err));
                    }
                    Ok(module) => match compile_module(&module, "<stdin>", CompileMode::Interactive) {
                        Err(e) => {
                            let err = syntax_error_value(&e, "<stdin>", &buffer);
                            eprint!("{}", crate::traceback::format_exception(vm, &err));
                        }
                        Ok(code) => {
                            vm.interp.add_source("<stdin>", &buffer);
                            if let Err(e) = vm.run_code(&code, globals.clone()) {
                                if e.matches(ExcKind::SystemExit) {
                                    break crate::runner::report(vm, e);
                                }
                                crate::runner::report(vm, e);
                            }
                        }
                    },
                }
                buffer.clear();
            }
            Err(ReadlineError::Interrupted) => {
                buffer.clear();
                eprintln!("\nKeyboardInterrupt");
            }
            Err(ReadlineError::Eof) => {
                println!();
                break 0;
            }
            Err(e) => {
                eprintln!("minipy: {}", e);
                break 1;
            }
        }
    };
    if let Some(h) = history_file() {
        let _ = editor.save_history(&h);
    }
    status
}

/// An entry whose first line opens a block continues until a blank line.
fn needs_more(buffer: &str) -> bool {
    let first = buffer.lines().next().unwrap_or("");
    first.trim_end().ends_with(':') || buffer.lines().count() > 1
}
