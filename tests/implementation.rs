//! gilpy's own values in `sys.implementation` (tests/threads/sys_implementation.py
//! checks, against CPython, the shape every implementation shares).

use std::process::Command;

#[test]
fn sys_implementation_names_gilpy_and_its_cargo_version() {
    let major: i64 = env!("CARGO_PKG_VERSION_MAJOR").parse().expect("major");
    let minor: i64 = env!("CARGO_PKG_VERSION_MINOR").parse().expect("minor");
    let micro: i64 = env!("CARGO_PKG_VERSION_PATCH").parse().expect("patch");
    let hexversion = major << 24 | minor << 16 | micro << 8 | 0xF0;
    let script = "import sys\n\
                  i = sys.implementation\n\
                  print(i.name, i.cache_tag, tuple(i.version), i.hexversion)\n\
                  print(repr(i).split(', _multiarch=')[0].rstrip(')'))\n";
    for gil in ["1", "0"] {
        let out = Command::new(env!("CARGO_BIN_EXE_gilpy")).args(["-c", script]).env("PYTHON_GIL", gil).output().expect("run gilpy");
        assert!(out.status.success(), "PYTHON_GIL={gil}: {}", String::from_utf8_lossy(&out.stderr));
        let expected = format!(
            "gilpy None ({major}, {minor}, {micro}, 'final', 0) {hexversion}\n\
             namespace(name='gilpy', cache_tag=None, version=sys.version_info(major={major}, minor={minor}, micro={micro}, releaselevel='final', serial=0), hexversion={hexversion}\n"
        );
        assert_eq!(String::from_utf8_lossy(&out.stdout), expected, "PYTHON_GIL={gil}");
    }
}
