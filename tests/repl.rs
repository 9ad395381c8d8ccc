//! The interactive prompt, driven in a real pseudo-terminal (rexpect) the
//! way a person uses it: typed lines, Tab, Ctrl-C, Ctrl-D. Every step waits
//! for the output it expects (10 s at most) instead of sleeping; tests with
//! threads run with the GIL on and off.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use rexpect::process::WaitStatus;
use rexpect::reader::Options;
use rexpect::session::PtySession;

const TIMEOUT_MS: u64 = 10_000;

/// A gilpy prompt in a pseudo-terminal, with a home directory of its own
/// (for the history file).
struct Repl {
    session: PtySession,
    home: PathBuf,
    /// What came before the first prompt.
    banner: String,
}

impl Repl {
    fn start(test: &str, gil: &str, args: &[&str]) -> Repl {
        let home = std::env::temp_dir().join(format!("gilpy-repl-{}-{test}-{gil}", std::process::id()));
        let _ = std::fs::remove_dir_all(&home);
        std::fs::create_dir_all(&home).expect("temp home");
        let mut command = Command::new(env!("CARGO_BIN_EXE_gilpy"));
        command.args(args).current_dir(&home).env("HOME", &home).env("TERM", "xterm").env("PYTHON_GIL", gil);
        let options = Options::new().timeout_ms(Some(TIMEOUT_MS)).strip_ansi_escape_codes(true);
        let session = rexpect::session::spawn_with_options(command, options).expect("spawn gilpy in a pty");
        let mut repl = Repl { session, home, banner: String::new() };
        repl.banner = repl.expect(">>> ");
        repl
    }

    /// Types `text` without pressing Enter.
    fn type_text(&mut self, text: &str) {
        self.session.send(text).expect("send");
        self.session.flush().expect("flush");
    }

    /// Types a line and presses Enter.
    fn line(&mut self, text: &str) {
        self.type_text(&format!("{text}\r"));
    }

    /// Waits for `needle`; returns what came before it.
    fn expect(&mut self, needle: &str) -> String {
        match self.session.exp_string(needle) {
            Ok(before) => before,
            Err(e) => panic!("waiting for {needle:?}: {e}"),
        }
    }

    fn control(&mut self, key: char) {
        self.session.send_control(key).expect("send control key");
    }

    /// Waits for the process to end; returns its exit status.
    fn exit_status(&mut self) -> i32 {
        if let Err(e) = self.session.exp_eof() {
            panic!("waiting for gilpy to exit: {e}");
        }
        match self.session.process().wait().expect("wait") {
            WaitStatus::Exited(_, code) => code,
            other => panic!("gilpy ended with {other:?}"),
        }
    }
}

impl Drop for Repl {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.home);
    }
}

#[test]
fn banner_tells_the_gil_mode() {
    for (gil, mode, enabled) in [("1", "enabled", "True"), ("0", "disabled", "False")] {
        let mut repl = Repl::start("banner", gil, &[]);
        assert!(repl.banner.contains(&format!("with the GIL {mode}")), "{:?}", repl.banner);
        repl.line("import sys; print('gil', sys._is_gil_enabled())");
        repl.expect(&format!("gil {enabled}"));
        repl.control('d');
        assert_eq!(repl.exit_status(), 0);
    }
}

#[test]
fn multi_line_def_then_call() {
    let mut repl = Repl::start("def", "1", &[]);
    repl.line("def double(x):");
    repl.expect("... ");
    repl.line("    y = 2 * x");
    repl.expect("... ");
    repl.line("    return y");
    repl.expect("... ");
    repl.line("");
    repl.line("double(21)");
    repl.expect("42");
    // Brackets and triple-quoted strings continue a statement too.
    repl.line("pair = (1,");
    repl.expect("... ");
    repl.line("2)");
    repl.line("text = '''a");
    repl.expect("... ");
    repl.line("b'''");
    repl.line("print(pair, text.split())");
    repl.expect("(1, 2) ['a', 'b']");
    repl.control('d');
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn expression_echo_and_underscore() {
    let mut repl = Repl::start("echo", "1", &[]);
    repl.line("6 * 7");
    repl.expect("42");
    repl.line("'a' + 'b'");
    repl.expect("'ab'");
    // None is not echoed and leaves `_` alone.
    repl.line("None");
    repl.line("print('underscore is', repr(_))");
    repl.expect("underscore is 'ab'");
    repl.line("for i in range(3): i * 10");
    repl.expect("... ");
    repl.line("");
    repl.expect("0\r\n10\r\n20");
    repl.line("_ + 1");
    repl.expect("21");
    repl.control('d');
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn error_then_a_working_line_with_state_kept() {
    let mut repl = Repl::start("error", "1", &[]);
    repl.line("x = 5");
    repl.line("1 / 0");
    let tb = repl.expect("ZeroDivisionError: division by zero");
    assert!(tb.contains("Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\n"), "{tb:?}");
    repl.line("def f():");
    repl.line("    return undefined_name");
    repl.line("");
    repl.line("f()");
    let tb = repl.expect("NameError: name 'undefined_name' is not defined");
    assert!(tb.contains("  File \"<stdin>\", line 2, in f\r\n"), "{tb:?}");
    repl.line("1 +");
    let err = repl.expect("SyntaxError: invalid syntax");
    assert!(err.contains("  File \"<stdin>\", line 1\r\n    1 +\r\n       ^\r\n"), "{err:?}");
    repl.line("x + 1");
    repl.expect("6");
    repl.control('d');
    assert_eq!(repl.exit_status(), 0);
}

/// A thread prints every 50 ms while the prompt waits; its lines appear
/// above the prompt, and the line being typed survives them.
fn thread_prints_while_prompt_waits(gil: &str) {
    let mut repl = Repl::start("thread", gil, &[]);
    repl.line("import threading");
    repl.line("stop = threading.Event()");
    repl.line("def tick():");
    repl.line("    n = 0");
    repl.line("    while not stop.wait(0.05):");
    repl.line("        n += 1");
    repl.line("        print('tick', n)");
    repl.line("");
    repl.line("t = threading.Thread(target=tick); t.start()");
    type_through_output(&mut repl, ["tick 3\r\n", "tick 7\r\n", "tick 8\r\n"]);
}

/// Types `6 * 7` once `marks[0]` has been printed by a background thread,
/// checks that the prompt is redrawn with the typed text after the output
/// between `marks[1]` and `marks[2]`, then evaluates it, stops and joins the
/// thread `t` (through the Event `stop`) and leaves.
fn type_through_output(repl: &mut Repl, marks: [&str; 3]) {
    repl.expect(marks[0]);
    repl.type_text("6 * 7");
    repl.expect(marks[1]);
    // After each printed line the prompt is redrawn with the text typed so far.
    let between = repl.expect(marks[2]);
    assert!(between.contains(">>> 6 * 7"), "{between:?}");
    repl.type_text("\r");
    repl.expect("42");
    repl.line("stop.set(); t.join(); print('joined')");
    repl.expect("joined");
    repl.control('d');
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn thread_prints_while_prompt_waits_gil_on() {
    thread_prints_while_prompt_waits("1");
}

#[test]
fn thread_prints_while_prompt_waits_gil_off() {
    thread_prints_while_prompt_waits("0");
}

/// Ctrl-C stops a busy loop (while a thread also runs) and the prompt returns.
fn ctrl_c_interrupts_running_code(gil: &str) {
    let mut repl = Repl::start("ctrl-c", gil, &[]);
    repl.line("import threading");
    repl.line("stop = threading.Event()");
    repl.line("t = threading.Thread(target=stop.wait); t.start()");
    repl.line("def spin():");
    repl.line("    print('spinning')");
    repl.line("    while True: pass");
    repl.line("");
    repl.line("spin()");
    repl.expect("spinning");
    repl.control('c');
    let tb = repl.expect("KeyboardInterrupt");
    assert!(tb.contains("Traceback (most recent call last):"), "{tb:?}");
    repl.line("stop.set(); t.join(); print(1 + 2)");
    repl.expect("3");
    repl.control('d');
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn ctrl_c_interrupts_running_code_gil_on() {
    ctrl_c_interrupts_running_code("1");
}

#[test]
fn ctrl_c_interrupts_running_code_gil_off() {
    ctrl_c_interrupts_running_code("0");
}

#[test]
fn ctrl_c_while_typing_drops_the_line() {
    let mut repl = Repl::start("ctrl-c-typing", "1", &[]);
    repl.type_text("never_defined");
    repl.expect("never_defined");
    repl.control('c');
    repl.expect("KeyboardInterrupt");
    repl.line("if True:");
    repl.expect("... ");
    repl.type_text("    also_dropped");
    repl.expect("also_dropped");
    repl.control('c');
    repl.expect("KeyboardInterrupt");
    repl.line("print('after', 1 + 2)");
    let before = repl.expect("after 3");
    assert!(!before.contains("NameError"), "{before:?}");
    repl.control('d');
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn ctrl_d_exits_with_status_0_and_saves_history() {
    let mut repl = Repl::start("ctrl-d", "1", &[]);
    repl.line("print('remember', 40 + 2)");
    repl.expect("remember 42");
    let history = repl.home.join(".gilpy_history");
    repl.control('d');
    assert_eq!(repl.exit_status(), 0);
    let text = std::fs::read_to_string(&history).expect("history file");
    assert!(text.contains("print('remember', 40 + 2)"), "{text:?}");
}

#[test]
fn exit_and_quit_leave_with_their_status() {
    let mut repl = Repl::start("exit", "1", &[]);
    repl.line("exit(3)");
    assert_eq!(repl.exit_status(), 3);
    let mut repl = Repl::start("quit", "1", &[]);
    // The bare name only says how to leave, as CPython's prompt does.
    repl.line("quit");
    repl.expect("Use quit() or Ctrl-D (i.e. EOF) to exit");
    repl.line("quit()");
    assert_eq!(repl.exit_status(), 0);
    let mut repl = Repl::start("sys-exit", "1", &[]);
    repl.line("import sys");
    repl.line("sys.exit(5)");
    assert_eq!(repl.exit_status(), 5);
}

#[test]
fn tab_completes_names_and_attributes() {
    let mut repl = Repl::start("tab", "1", &[]);
    repl.line("import threading");
    // `Thread(` and `ThreadError(` share the prefix `Thread`.
    repl.type_text("threading.Th\t");
    repl.expect("threading.Thread");
    repl.type_text("\r");
    repl.expect("<class 'threading.Thread'>");
    repl.line("class Point:");
    repl.line("    def norm(self): return 5");
    repl.line("");
    repl.line("p = Point()");
    repl.type_text("p.no\t");
    repl.expect("p.norm(");
    repl.type_text(")\r");
    repl.expect("5");
    // Tab in the indentation of a block indents.
    repl.line("def seven():");
    repl.type_text("\treturn 7\r");
    repl.line("");
    repl.line("seven()");
    repl.expect("7");
    repl.type_text("pri\t");
    repl.expect("print(");
    repl.type_text("'completed')\r");
    repl.expect("completed");
    repl.control('d');
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn non_daemon_threads_are_waited_for_at_exit() {
    for gil in ["1", "0"] {
        let mut repl = Repl::start("exit-wait", gil, &[]);
        repl.line("import threading, time");
        repl.line("def late():");
        repl.line("    time.sleep(0.5)");
        repl.line("    print('late thread done')");
        repl.line("");
        repl.line("threading.Thread(target=late).start(); print('started')");
        repl.expect("started");
        repl.control('d');
        repl.expect("late thread done");
        assert_eq!(repl.exit_status(), 0);
    }
}

#[test]
fn dash_i_runs_the_script_then_the_prompt() {
    let dir = std::env::temp_dir().join(format!("gilpy-repl-{}-script", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let script = dir.join("script.py");
    std::fs::write(&script, "x = 5\nprint('script ran')\n1 / 0\n").expect("script");
    let mut repl = Repl::start_after_script(&script);
    repl.line("x * 2");
    repl.expect("10");
    repl.control('d');
    assert_eq!(repl.exit_status(), 0);
    let _ = std::fs::remove_dir_all(&dir);
}

impl Repl {
    fn start_after_script(script: &std::path::Path) -> Repl {
        let home = script.parent().expect("dir").to_path_buf();
        let mut command = Command::new(env!("CARGO_BIN_EXE_gilpy"));
        command.arg("-i").arg(script).current_dir(&home).env("HOME", &home).env("TERM", "xterm");
        let options = Options::new().timeout_ms(Some(TIMEOUT_MS)).strip_ansi_escape_codes(true);
        let session = rexpect::session::spawn_with_options(command, options).expect("spawn gilpy in a pty");
        let mut repl = Repl { session, home, banner: String::new() };
        repl.expect("script ran");
        let tb = repl.expect("ZeroDivisionError: division by zero");
        assert!(tb.contains("line 3, in <module>"), "{tb:?}");
        repl.expect(">>> ");
        repl
    }
}

fn run_with_stdin(args: &[&str], input: &str) -> (String, String, i32) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("gilpy");
    child.stdin.take().expect("stdin").write_all(input.as_bytes()).expect("write stdin");
    let out = child.wait_with_output().expect("output");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn piped_stdin_runs_the_whole_program() {
    let program = "def f():\n    return 1\nprint(f())\n";
    assert_eq!(run_with_stdin(&[], program), ("1\n".into(), String::new(), 0));
    assert_eq!(run_with_stdin(&["-"], program), ("1\n".into(), String::new(), 0));
}

#[test]
fn dash_i_with_piped_stdin_reads_statements() {
    let (out, err, status) = run_with_stdin(&["-i"], "x = 2\nx * 21\nif x:\n    print('yes')\n\n1 / 0\nexit(4)\n");
    assert_eq!(out, "42\nyes\n");
    assert!(err.contains(">>> ") && err.contains("... "), "{err:?}");
    assert!(err.contains("ZeroDivisionError: division by zero"), "{err:?}");
    assert_eq!(status, 4);
}

/// Threads that die while the prompt waits: their reports (on stderr) come
/// out above the prompt like stdout does, and the line being typed is
/// redrawn below them, untouched.
fn thread_exception_while_prompt_waits(gil: &str) {
    let mut repl = Repl::start("thread-exc", gil, &[]);
    repl.line("import threading");
    repl.line("stop = threading.Event()");
    repl.line("def boom():");
    repl.line("    raise ValueError('from the thread')");
    repl.line("");
    repl.line("def spawner():");
    repl.line("    n = 0");
    repl.line("    while not stop.wait(0.05):");
    repl.line("        n += 1");
    repl.line("        threading.Thread(target=boom, name='bomber-%d' % n).start()");
    repl.line("");
    repl.line("t = threading.Thread(target=spawner); t.start()");
    type_through_output(&mut repl, ["Exception in thread bomber-2:", "Exception in thread bomber-5:", "Exception in thread bomber-6:"]);
}

#[test]
fn thread_exception_while_prompt_waits_gil_on() {
    thread_exception_while_prompt_waits("1");
}

#[test]
fn thread_exception_while_prompt_waits_gil_off() {
    thread_exception_while_prompt_waits("0");
}
