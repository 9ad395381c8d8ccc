//! `_sre`: the regular-expression engine behind `lib/re.py`, as CPython
//! splits it (the Python side owns the public API, flags, errors, templates
//! and the cache; this side parses, compiles and matches).
//!
//! * `compile(pattern, flags)` → `(engine, flags, groups, [(name, index)])`,
//!   or `(None, message, position, kind)` for a bad pattern (kind 0:
//!   re.error, 1: OverflowError, 2: RecursionError), which re.py raises;
//! * `engine.match(string, pos, endpos, mode)` (mode 0 match, 1 fullmatch,
//!   2 search) → None or a tuple of group spans (`-1` unset) plus lastindex;
//! * `engine.scan(string, pos, endpos, limit)` → every match of a
//!   left-to-right scan (3.7 rules: an empty match may not follow an empty
//!   match at the same place), as those tuples, for finditer/sub/split;
//! * `engine.findall(string, pos, endpos)` → findall's list, built here
//!   because it is the hot path of text-processing programs;
//! * `engine.sub(string, parts, count)` → `(result, n)` for a replacement
//!   template re.py has parsed into literal pieces and group numbers.
//!
//! An engine is immutable once built, so threads share it freely with the
//! GIL off; each call has its own matcher state.

mod ast;
mod charclass;
mod compile;
mod exec;
mod parse;

use std::any::Any;
use crate::objects::Arc;
use std::sync::OnceLock;

use crate::builtins::{add_method, check_args};
use crate::objects::bytes::{is_bytes_like, new_bytes, with_data};
use crate::objects::{Class, KwArgs, NativeObject, PyDict, Value};
use crate::vm::{ops_builtin_value, PyResult, Types, Vm};
use compile::Program;
use exec::{Machine, Mode};

struct Engine {
    prog: Program,
    is_str: bool,
}

impl NativeObject for Engine {
    fn class<'t>(&self, _types: &'t Types) -> &'t Arc<Class> {
        ENGINE_CLASS.get().expect("_sre was imported")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

static ENGINE_CLASS: OnceLock<Arc<Class>> = OnceLock::new();

pub fn fill(vm: &mut Vm, dict: &Arc<PyDict>) {
    let class = ENGINE_CLASS.get_or_init(|| {
        let c = Class::new("Engine", "Engine", "_sre", vec![vm.types().object.clone()], PyDict::new(), true)
            .expect("a plain class");
        add_method(&c, "match", engine_match);
        add_method(&c, "scan", engine_scan);
        add_method(&c, "findall", engine_findall);
        add_method(&c, "sub", engine_sub);
        c
    });
    dict.set_str("Engine", Value::Class(class.clone()));
    dict.set_str("MAXREPEAT", Value::Int(ast::INF as i64));
    dict.set_str("MAXGROUPS", Value::Int(i32::MAX as i64 / 2));
    super::add_functions(dict, &[("compile", compile_fn)]);
}

fn compile_fn(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "compile", args, 2, 2)?;
    let flags = vm.index_value(&args[1])? as u32;
    let (chars, is_str): (Vec<u32>, bool) = match ops_builtin_value(&args[0]) {
        Value::Str(s) => (s.as_str().chars().map(|c| c as u32).collect(), true),
        v if is_bytes_like(v) => (with_data(v, |d| d.iter().map(|&b| b as u32).collect()).unwrap_or_default(), false),
        _ => return Err(vm.type_error("first argument must be string or compiled pattern")),
    };
    match parse::parse(&chars, is_str, flags) {
        Ok(parsed) => {
            let groups = parsed.groups;
            let names = parsed.names.iter().map(|(n, g)| Value::tuple(vec![Value::str(n), Value::Int(*g as i64)])).collect();
            let prog = compile::compile(&parsed.node, groups);
            let engine = Value::native(Engine { prog, is_str });
            Ok(Value::tuple(vec![engine, Value::Int(parsed.flags as i64), Value::Int(groups as i64), Value::list(names)]))
        }
        Err(e) => {
            let kind = if e.overflow { 1 } else if e.recursion { 2 } else { 0 };
            let pos = e.pos.map_or(Value::None, |p| Value::Int(p as i64));
            Ok(Value::tuple(vec![Value::None, Value::string(e.msg), pos, Value::Int(kind)]))
        }
    }
}

fn this<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Engine> {
    match v {
        Value::Native(n) => n.downcast::<Engine>().ok_or_else(|| vm.type_error("an _sre.Engine is required")),
        _ => Err(vm.type_error("an _sre.Engine is required")),
    }
}

/// The subject text, borrowed where it can be.
enum Text<'a> {
    Narrow(&'a [u8]),
    Wide(Vec<u32>),
}

/// Runs `f` on the text of `subject`, checking it against the pattern's kind.
fn with_text<R>(vm: &Vm, engine: &Engine, subject: &Value, f: impl FnOnce(Text<'_>) -> R) -> PyResult<R> {
    match ops_builtin_value(subject) {
        Value::Str(s) if engine.is_str => {
            if s.is_ascii() {
                Ok(f(Text::Narrow(s.as_str().as_bytes())))
            } else {
                Ok(f(Text::Wide(s.as_str().chars().map(|c| c as u32).collect())))
            }
        }
        Value::Str(_) => Err(vm.type_error("cannot use a bytes pattern on a string-like object")),
        v if is_bytes_like(v) && !engine.is_str => {
            let mut f = Some(f);
            let r = with_data(v, |d| f.take().map(|f| f(Text::Narrow(d))));
            match r.flatten() {
                Some(r) => Ok(r),
                None => Err(vm.type_error("expected a bytes-like object")),
            }
        }
        v if is_bytes_like(v) => Err(vm.type_error("cannot use a string pattern on a bytes-like object")),
        v => Err(vm.type_error(format!("expected string or bytes-like object, got '{}'", vm.type_name(v)))),
    }
}

/// `pos`/`endpos` clamped to the text as CPython clamps them.
fn bounds(vm: &mut Vm, args: &[Value], at: usize) -> PyResult<(i64, i64)> {
    let pos = match args.get(at) {
        Some(v) if !v.is_none() => vm.index_value(v)?,
        _ => 0,
    };
    let endpos = match args.get(at + 1) {
        Some(v) if !v.is_none() => vm.index_value(v)?,
        _ => i64::MAX,
    };
    Ok((pos, endpos))
}

fn clamp(len: usize, (pos, endpos): (i64, i64)) -> (usize, usize) {
    let pos = pos.clamp(0, len as i64) as usize;
    let endpos = endpos.clamp(0, len as i64) as usize;
    (pos, endpos)
}

/// Group spans as re.py reads them: start, end for each group, then lastindex.
fn spans(slots: &[usize], lastindex: usize) -> Value {
    let mut items: Vec<Value> = slots.iter().map(|&s| Value::Int(if s == usize::MAX { -1 } else { s as i64 })).collect();
    items.push(Value::Int(if lastindex == 0 { -1 } else { lastindex as i64 }));
    Value::tuple(items)
}

fn find_one<T: Copy + Into<u32>>(prog: &Program, text: &[T], range: (i64, i64), mode: Mode) -> Option<Value> {
    let (pos, endpos) = clamp(text.len(), range);
    if endpos < pos {
        return None;
    }
    let mut m = Machine::new(prog, &text[..endpos]);
    m.find(pos, mode).then(|| spans(&m.slots, m.lastindex))
}

fn engine_match(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "match", args, 5, 5)?;
    let engine = this(vm, &args[0])?;
    let range = bounds(vm, args, 2)?;
    let mode = match vm.index_value(&args[4])? {
        0 => Mode::Match,
        1 => Mode::Full,
        _ => Mode::Search,
    };
    let found = with_text(vm, engine, &args[1], |t| match t {
        Text::Narrow(s) => find_one(&engine.prog, s, range, mode),
        Text::Wide(s) => find_one(&engine.prog, &s, range, mode),
    })?;
    Ok(found.unwrap_or(Value::None))
}

/// Every match left to right, each handed to `each` with its slots; stops
/// after `limit` matches (0: no limit).
fn scan_all<T: Copy + Into<u32>>(prog: &Program, text: &[T], range: (i64, i64), limit: usize, mut each: impl FnMut(&[usize], usize)) {
    let (mut pos, endpos) = clamp(text.len(), range);
    if endpos < pos {
        return;
    }
    let mut m = Machine::new(prog, &text[..endpos]);
    let mut count = 0;
    let mut last_empty = false;
    while pos <= endpos {
        m.must_advance = last_empty;
        if !m.find(pos, Mode::Search) {
            break;
        }
        let (s, e) = (m.slots[0], m.slots[1]);
        each(&m.slots, m.lastindex);
        count += 1;
        if limit != 0 && count >= limit {
            break;
        }
        last_empty = s == e;
        pos = e;
    }
}

fn engine_scan(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "scan", args, 5, 5)?;
    let engine = this(vm, &args[0])?;
    let range = bounds(vm, args, 2)?;
    let limit = vm.index_value(&args[4])?.max(0) as usize;
    let mut out = Vec::new();
    with_text(vm, engine, &args[1], |t| {
        let push = |slots: &[usize], last: usize| out.push(spans(slots, last));
        match t {
            Text::Narrow(s) => scan_all(&engine.prog, s, range, limit, push),
            Text::Wide(s) => scan_all(&engine.prog, &s, range, limit, push),
        }
    })?;
    Ok(Value::list(out))
}

/// `text[s:e]` as the subject's kind (str or bytes).
fn piece_narrow(s: &[u8], is_str: bool, a: usize, b: usize) -> Value {
    if a == usize::MAX || b == usize::MAX {
        return if is_str { Value::str("") } else { new_bytes(Vec::new()) };
    }
    let slice = &s[a..b];
    if is_str {
        Value::str(std::str::from_utf8(slice).unwrap_or(""))
    } else {
        new_bytes(slice.to_vec())
    }
}

fn piece_wide(s: &[u32], a: usize, b: usize) -> Value {
    if a == usize::MAX || b == usize::MAX {
        return Value::str("");
    }
    Value::string(s[a..b].iter().filter_map(|&c| char::from_u32(c)).collect())
}

fn findall_value(slots: &[usize], groups: usize, piece: &dyn Fn(usize, usize) -> Value) -> Value {
    match groups {
        0 => piece(slots[0], slots[1]),
        1 => piece(slots[2], slots[3]),
        _ => Value::tuple((1..=groups).map(|g| piece(slots[2 * g], slots[2 * g + 1])).collect()),
    }
}

fn engine_findall(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "findall", args, 4, 4)?;
    let engine = this(vm, &args[0])?;
    let range = bounds(vm, args, 2)?;
    let groups = engine.prog.groups;
    let is_str = engine.is_str;
    let mut out = Vec::new();
    with_text(vm, engine, &args[1], |t| match t {
        Text::Narrow(s) => {
            let piece = |a, b| piece_narrow(s, is_str, a, b);
            scan_all(&engine.prog, s, range, 0, |slots, _| out.push(findall_value(slots, groups, &piece)));
        }
        Text::Wide(s) => {
            let piece = |a, b| piece_wide(&s, a, b);
            scan_all(&engine.prog, &s, range, 0, |slots, _| out.push(findall_value(slots, groups, &piece)));
        }
    })?;
    Ok(Value::list(out))
}

/// One piece of a parsed replacement template.
enum Part {
    Text(String),
    Bytes(Vec<u8>),
    Group(usize),
}

fn template_parts(vm: &mut Vm, parts: &Value, groups: usize) -> PyResult<Vec<Part>> {
    let Value::List(list) = ops_builtin_value(parts) else { return Err(vm.type_error("template parts must be a list")) };
    let mut out = Vec::new();
    for item in list.snapshot() {
        out.push(match ops_builtin_value(&item) {
            Value::Str(s) => Part::Text(s.as_str().to_owned()),
            Value::Int(g) if *g >= 0 && (*g as usize) <= groups => Part::Group(*g as usize),
            v if is_bytes_like(v) => Part::Bytes(with_data(v, |d| d.to_vec()).unwrap_or_default()),
            _ => return Err(vm.type_error("bad template part")),
        });
    }
    Ok(out)
}

/// Text under construction: a str's UTF-8 or a bytes object's bytes.
trait Sink {
    fn span(&mut self, a: usize, b: usize);
    fn part(&mut self, part: &Part);
}

struct NarrowSink<'a> {
    text: &'a [u8],
    out: Vec<u8>,
}

impl Sink for NarrowSink<'_> {
    fn span(&mut self, a: usize, b: usize) {
        self.out.extend_from_slice(&self.text[a..b]);
    }
    fn part(&mut self, part: &Part) {
        match part {
            Part::Text(t) => self.out.extend_from_slice(t.as_bytes()),
            Part::Bytes(b) => self.out.extend_from_slice(b),
            Part::Group(_) => {}
        }
    }
}

struct WideSink<'a> {
    text: &'a [u32],
    out: String,
}

impl Sink for WideSink<'_> {
    fn span(&mut self, a: usize, b: usize) {
        self.out.extend(self.text[a..b].iter().filter_map(|&c| char::from_u32(c)));
    }
    fn part(&mut self, part: &Part) {
        if let Part::Text(t) = part {
            self.out.push_str(t);
        }
    }
}

fn substitute<T: Copy + Into<u32>>(prog: &Program, text: &[T], parts: &[Part], count: usize, sink: &mut dyn Sink) -> usize {
    let mut last = 0;
    let mut n = 0;
    scan_all(prog, text, (0, i64::MAX), count, |slots, _| {
        sink.span(last, slots[0]);
        for part in parts {
            match part {
                Part::Group(g) => {
                    let (a, b) = (slots[2 * g], slots[2 * g + 1]);
                    if a != usize::MAX && b != usize::MAX {
                        sink.span(a, b);
                    }
                }
                other => sink.part(other),
            }
        }
        last = slots[1];
        n += 1;
    });
    sink.span(last, text.len());
    n
}

fn engine_sub(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "sub", args, 4, 4)?;
    let engine = this(vm, &args[0])?;
    let parts = template_parts(vm, &args[2], engine.prog.groups)?;
    let count = vm.index_value(&args[3])?.max(0) as usize;
    let is_str = engine.is_str;
    let (result, n) = with_text(vm, engine, &args[1], |t| match t {
        Text::Narrow(s) => {
            let mut sink = NarrowSink { text: s, out: Vec::with_capacity(s.len()) };
            let n = substitute(&engine.prog, s, &parts, count, &mut sink);
            let value = if is_str {
                Value::string(String::from_utf8(sink.out).unwrap_or_default())
            } else {
                new_bytes(sink.out)
            };
            (value, n)
        }
        Text::Wide(s) => {
            let mut sink = WideSink { text: &s, out: String::with_capacity(s.len()) };
            let n = substitute(&engine.prog, &s, &parts, count, &mut sink);
            (Value::string(sink.out), n)
        }
    })?;
    Ok(Value::tuple(vec![result, Value::Int(n as i64)]))
}
