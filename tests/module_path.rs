//! Where `import` looks besides the registry: `PYTHONPATH` (after the
//! script's directory, as in CPython) and the developer's `GILPY_LIB`
//! override of the frozen `lib/` sources.

use std::path::PathBuf;
use std::process::Command;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gilpy-module-path-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn run(script: &str, env: &[(&str, &std::ffi::OsStr)]) -> String {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gilpy"));
    cmd.args(["-c", script]).env_remove("PYTHONPATH").env_remove("GILPY_LIB");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run gilpy");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn pythonpath_entries_follow_the_first_entry_of_sys_path() {
    let a = scratch("a");
    let b = scratch("b");
    std::fs::write(a.join("only_in_a.py"), "WHERE = 'a'\n").unwrap();
    std::fs::write(b.join("only_in_a.py"), "WHERE = 'b'\n").unwrap();
    std::fs::write(b.join("only_in_b.py"), "WHERE = 'b'\n").unwrap();
    let joined = std::env::join_paths([&a, &b]).unwrap();
    let out = run(
        "import sys, only_in_a, only_in_b\nprint(only_in_a.WHERE, only_in_b.WHERE)\nprint(*sys.path[1:3], sep='\\n')",
        &[("PYTHONPATH", joined.as_os_str())],
    );
    assert_eq!(out, format!("a b\n{}\n{}\n", a.display(), b.display()));
    let out = run("import sys\nprint(len(sys.path))", &[("PYTHONPATH", joined.as_os_str())]);
    let bare = run("import sys\nprint(len(sys.path))", &[]);
    assert_eq!(out.trim().parse::<usize>().unwrap(), bare.trim().parse::<usize>().unwrap() + 2);
}

#[test]
fn gilpy_lib_reads_frozen_modules_from_disk() {
    let lib = scratch("lib");
    std::fs::write(lib.join("queue.py"), "EDITED = True\n").unwrap();
    assert_eq!(run("import queue\nprint(getattr(queue, 'EDITED', False))", &[("GILPY_LIB", lib.as_os_str())]), "True\n");
    // A module missing from the directory still comes from the frozen copy.
    assert_eq!(run("import threading\nprint(threading.Thread.__name__)", &[("GILPY_LIB", lib.as_os_str())]), "Thread\n");
    assert_eq!(run("import queue\nprint(getattr(queue, 'EDITED', False))", &[]), "False\n");
}
