//! Ctrl-C raises KeyboardInterrupt in the main thread — while it runs
//! bytecode, sleeps, or waits in join() — with the GIL on and off. Each
//! program prints "ready" once it is about to block; only then is SIGINT sent.

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};

fn interrupt(program: &str, gil: &str) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .args(["-c", program])
        .env("PYTHON_GIL", gil)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start gilpy");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut line).expect("ready line");
    assert_eq!(line.trim(), "ready");
    let sent = Command::new("kill").args(["-INT", &child.id().to_string()]).status().expect("kill");
    assert!(sent.success());
    let status = child.wait().expect("wait");
    let mut stderr = String::new();
    child.stderr.take().expect("stderr").read_to_string(&mut stderr).expect("stderr");
    (status.code(), stderr)
}

#[test]
fn ctrl_c_raises_keyboard_interrupt_in_the_main_thread() {
    let programs = [
        "import time\nprint('ready', flush=True)\ntime.sleep(60)\n",
        "print('ready', flush=True)\nwhile True:\n    pass\n",
        "import threading, time\nt = threading.Thread(target=time.sleep, args=(60,), daemon=True)\nt.start()\nprint('ready', flush=True)\nt.join()\n",
        // The lock is held by a sleeping thread: a wait, not a deadlock (which gilpy would report).
        "import threading, time\nlock = threading.Lock()\nheld = threading.Event()\ndef hold():\n    with lock:\n        held.set()\n        time.sleep(60)\nthreading.Thread(target=hold, daemon=True).start()\nheld.wait()\nprint('ready', flush=True)\nlock.acquire()\n",
    ];
    for gil in ["1", "0"] {
        for program in programs {
            let (code, stderr) = interrupt(program, gil);
            assert_eq!(code, Some(130), "PYTHON_GIL={gil}, program:\n{program}\nstderr:\n{stderr}");
            assert!(stderr.trim_end().ends_with("KeyboardInterrupt"), "PYTHON_GIL={gil}: {stderr}");
            assert!(stderr.starts_with("Traceback (most recent call last):"), "{stderr}");
        }
    }
}
