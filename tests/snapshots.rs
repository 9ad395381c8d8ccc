//! insta snapshots of what people read: the disassembly of small programs,
//! and the tracebacks and syntax errors the `gilpy` binary prints.
//!
//! Review changes with `cargo insta review`; never accept blindly.

use std::fs;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use gilpy::compile::{compile_module, dis::disassemble, Mode};
use gilpy::syntax::parse_module;

// ------------------------------------------------------------ disassembly

fn dis(source: &str) -> String {
    let module = match parse_module(source) {
        Ok(module) => module,
        Err(e) => panic!("unexpected syntax error:\n{}", e.render("<test>", source)),
    };
    match compile_module(&module, source, "<test>", Mode::Exec) {
        Ok(code) => disassemble(&code),
        Err(e) => panic!("unexpected compile error:\n{}", e.render("<test>", source)),
    }
}

#[test]
fn dis_function_with_loop() {
    insta::assert_snapshot!(dis("\
def total(n):
    s = 0
    for i in range(n):
        if i % 2:
            continue
        s += i
    while s > 100:
        s -= 1
    return s
"));
}

#[test]
fn dis_class_with_method_and_super() {
    insta::assert_snapshot!(dis("\
class Base:
    def __init__(self, x):
        self.x = x

class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

    def total(self):
        return self.x + self.y
"));
}

#[test]
fn dis_try_except_finally() {
    insta::assert_snapshot!(dis("\
def parse(text):
    try:
        value = int(text)
    except (ValueError, TypeError) as e:
        print('bad', e)
        value = None
    else:
        print('ok')
    finally:
        print('done')
    return value
"));
}

#[test]
fn dis_with_statement() {
    insta::assert_snapshot!(dis("\
def read(path):
    with open(path) as f:
        data = f.read()
    return data
"));
}

#[test]
fn dis_generator_with_yield_from() {
    insta::assert_snapshot!(dis("\
def inner():
    yield 1
    yield 2
    return 3

def outer():
    result = yield from inner()
    yield result
"));
}

#[test]
fn dis_list_comprehension() {
    insta::assert_snapshot!(dis("\
squares = [x * x for x in range(10) if x % 3 == 0]
"));
}

#[test]
fn dis_closure_with_nonlocal() {
    insta::assert_snapshot!(dis("\
def counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment
"));
}

// ------------------------------------------------- tracebacks and errors

/// A scratch folder for one test's program, removed on drop.
struct Scratch {
    dir: PathBuf,
}

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("gilpy-snapshots-{}-{name}", std::process::id()));
        fs::create_dir_all(&dir).expect("create scratch dir");
        Scratch { dir }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// Replaces every `0x` followed by hex digits with `0xADDR`.
fn mask_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("0x") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let digits = after.bytes().take_while(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')).count();
        if digits > 0 {
            out.push_str("0xADDR");
        } else {
            out.push_str("0x");
        }
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
}

/// Runs `source` as `<name>.py` (by absolute path) and returns the exit code
/// and stderr, with the scratch folder shown as `[DIR]` and addresses masked.
fn run(name: &str, source: &str) -> String {
    let scratch = Scratch::new(name);
    let path = scratch.dir.join(format!("{name}.py"));
    fs::write(&path, source).expect("write program");
    let output = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .arg(&path)
        .current_dir(&scratch.dir)
        .stdin(Stdio::null())
        .output()
        .expect("run gilpy");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let code = output.status.code().map_or("signal".to_owned(), |c| c.to_string());
    // The insta `filters` feature is not enabled in Cargo.toml, so the two
    // filters (`[DIR]`, `0xADDR`) are applied by hand here.
    let stderr = stderr.replace(&scratch.dir.display().to_string(), "[DIR]");
    mask_addresses(&format!("exit code: {code}\n{stderr}"))
}

#[test]
fn address_mask_replaces_hex_only() {
    assert_eq!(mask_addresses("at 0x7f3a12 and 0x and 0xZ"), "at 0xADDR and 0x and 0xZ");
}

#[test]
fn error_zero_division_in_nested_calls() {
    insta::assert_snapshot!(run("zero_division", "\
def inner(x):
    return x / 0

def middle(x):
    return inner(x) + 1

def outer():
    return middle(10)

print(\"before\")
outer()
"));
}

#[test]
fn error_name_error() {
    insta::assert_snapshot!(run("name_error", "\
def greet():
    print(mesage)

greet()
"));
}

#[test]
fn error_type_error_int_plus_str() {
    insta::assert_snapshot!(run("type_error", "x = 1 + \"a\"\n"));
}

#[test]
fn error_key_error() {
    insta::assert_snapshot!(run("key_error", "\
d = {\"a\": 1}
print(d[\"b\"])
"));
}

#[test]
fn error_attribute_error() {
    insta::assert_snapshot!(run("attribute_error", "\
class Point:
    def __init__(self):
        self.x = 1

p = Point()
print(p.y)
"));
}

#[test]
fn error_raise_from() {
    insta::assert_snapshot!(run("raise_from", "\
class ConfigError(Exception):
    pass

def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(\"bad config: \" + text) from e

load(\"abc\")
"));
}

#[test]
fn error_during_handling_of_another() {
    insta::assert_snapshot!(run("during_handling", "\
try:
    [][1]
except IndexError:
    {}[\"missing\"]
"));
}

#[test]
fn error_recursion_last_line() {
    let output = run("recursion", "\
def f(n):
    return f(n + 1)

f(0)
");
    let code = output.lines().next().unwrap_or_default();
    let last = output.lines().last().unwrap_or_default();
    insta::assert_snapshot!(format!("{code}\n...\n{last}\n"));
}

#[test]
fn error_syntax_missing_colon() {
    insta::assert_snapshot!(run("missing_colon", "\
def f(x)
    return x
"));
}

#[test]
fn error_indentation_unexpected_indent() {
    insta::assert_snapshot!(run("unexpected_indent", "\
x = 1
    y = 2
"));
}

#[test]
fn error_syntax_unclosed_bracket() {
    insta::assert_snapshot!(run("unclosed_bracket", "\
values = [1, 2,
          3, 4
print(values)
"));
}

#[test]
fn error_user_exception_with_repr_address() {
    // An object's default repr carries its address: the snapshot masks it.
    insta::assert_snapshot!(run("repr_address", "\
class Thing:
    pass

raise ValueError(Thing())
"));
}
