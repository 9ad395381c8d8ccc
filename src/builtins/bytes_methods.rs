//! Methods of `bytes` and `bytearray`, their constructors, `str.encode`,
//! and `%` formatting of bytes. The data and the operator protocols live in
//! `objects/bytes.rs`.

use crate::objects::Arc;

use super::codecs::{self, Codec, Errors};
use super::descriptors::StaticMethod;
use super::{add_method, arg, kwarg};
use crate::objects::bytes::{
    as_bytearray, buffer_arg, byte_value, bytes_of, find, is_bytes_like, new_bytearray, new_bytes, new_like,
};
use crate::objects::{BuiltinFunction, Class, KwArgs, NativeFn, Payload, Value};
use crate::vm::{Interpreter, PyResult, Vm};

pub fn register(interp: &Arc<Interpreter>) {
    let t = &interp.types;
    let shared: &[(&'static str, NativeFn)] = &[
        ("decode", b_decode),
        ("hex", b_hex),
        ("join", b_join),
        ("split", b_split),
        ("rsplit", b_rsplit),
        ("splitlines", b_splitlines),
        ("strip", b_strip),
        ("lstrip", b_lstrip),
        ("rstrip", b_rstrip),
        ("replace", b_replace),
        ("startswith", b_startswith),
        ("endswith", b_endswith),
        ("find", b_find),
        ("rfind", b_rfind),
        ("index", b_index),
        ("rindex", b_rindex),
        ("count", b_count),
        ("partition", b_partition),
        ("rpartition", b_rpartition),
        ("upper", b_upper),
        ("lower", b_lower),
        ("swapcase", b_swapcase),
        ("capitalize", b_capitalize),
        ("title", b_title),
        ("isdigit", b_isdigit),
        ("isalpha", b_isalpha),
        ("isalnum", b_isalnum),
        ("isspace", b_isspace),
        ("isupper", b_isupper),
        ("islower", b_islower),
        ("isascii", b_isascii),
        ("center", b_center),
        ("ljust", b_ljust),
        ("rjust", b_rjust),
        ("zfill", b_zfill),
        ("removeprefix", b_removeprefix),
        ("removesuffix", b_removesuffix),
        ("__len__", b_len),
        ("__getitem__", b_getitem),
        ("__contains__", b_contains),
        ("__add__", b_add),
        ("__iter__", b_iter),
    ];
    for cls in [&t.bytes, &t.bytearray] {
        for &(name, func) in shared {
            add_method(cls, name, func);
        }
    }
    add_method(&t.bytes, "__new__", bytes_new);
    add_method(&t.bytes, "__hash__", b_hash);
    add_method(&t.bytearray, "__new__", bytearray_new);
    let mutators: &[(&'static str, NativeFn)] = &[
        ("append", ba_append),
        ("extend", ba_extend),
        ("pop", ba_pop),
        ("insert", ba_insert),
        ("clear", ba_clear),
        ("remove", ba_remove),
        ("reverse", ba_reverse),
        ("copy", ba_copy),
        ("__setitem__", ba_setitem),
        ("__delitem__", ba_delitem),
    ];
    for &(name, func) in mutators {
        add_method(&t.bytearray, name, func);
    }
    let fromhex = BuiltinFunction { name: "fromhex", func: bytes_fromhex, bound: None, owner: Some("bytes") };
    t.bytes.dict.set_str("fromhex", Value::native(StaticMethod { func: Value::Builtin(Arc::new(fromhex)) }));
    let fromhex = BuiltinFunction { name: "fromhex", func: bytearray_fromhex, bound: None, owner: Some("bytearray") };
    t.bytearray.dict.set_str("fromhex", Value::native(StaticMethod { func: Value::Builtin(Arc::new(fromhex)) }));
    add_method(&t.str, "encode", str_encode);
}

/// The receiver's bytes and whether it is a bytearray.
fn this(vm: &Vm, args: &[Value], name: &str) -> PyResult<(Vec<u8>, bool)> {
    let Some(v) = args.first() else {
        return Err(vm.type_error(format!("descriptor '{name}' of 'bytes' object needs an argument")));
    };
    match bytes_of(v) {
        Some(d) => Ok((d, as_bytearray(v).is_some())),
        None => Err(vm.type_error(format!("descriptor '{name}' requires a 'bytes' object but received a '{}'", vm.type_name(v)))),
    }
}

/// Positional argument `i` (after self), or the keyword `name`.
fn check_count(vm: &Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len().saturating_sub(1);
    if n < min {
        return Err(vm.type_error(if min == 1 && max == 1 {
            format!("{name}() takes exactly one argument ({n} given)")
        } else {
            format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
        }));
    }
    if n > max {
        return Err(vm.type_error(if max == 0 {
            format!("{name}() takes no arguments ({n} given)")
        } else if min == max && max == 1 {
            format!("{name}() takes exactly one argument ({n} given)")
        } else {
            format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
        }));
    }
    Ok(())
}

fn str_arg(vm: &Vm, v: Option<&Value>, default: &str, func: &str, what: &str) -> PyResult<String> {
    match v {
        None => Ok(default.to_owned()),
        Some(Value::Str(s)) => Ok(s.as_str().to_owned()),
        Some(other) => Err(vm.type_error(format!("{func}() argument '{what}' must be str, not {}", vm.type_name(other)))),
    }
}

fn codec_args(vm: &Vm, args: &[Value], kw: KwArgs, func: &str) -> PyResult<(Codec, Errors)> {
    let encoding = str_arg(vm, arg(args, kw, 0, "encoding"), "utf-8", func, "encoding")?;
    let errors = str_arg(vm, arg(args, kw, 1, "errors"), "strict", func, "errors")?;
    Ok((Codec::lookup(vm, &encoding)?, Errors::lookup(vm, &errors)?))
}

fn str_encode(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = match args.first().map(crate::vm::ops_builtin_value) {
        Some(Value::Str(s)) => s.clone(),
        _ => return Err(vm.type_error("descriptor 'encode' requires a 'str' object")),
    };
    let (codec, errors) = codec_args(vm, args, kw, "encode")?;
    Ok(new_bytes(codecs::encode(vm, s.as_str(), codec, errors)?))
}

fn b_decode(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (data, _) = this(vm, args, "decode")?;
    let (codec, errors) = codec_args(vm, args, kw, "decode")?;
    Ok(Value::string(codecs::decode(vm, &data, codec, errors)?))
}

fn b_hex(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (data, _) = this(vm, args, "hex")?;
    let sep = match arg(args, kw, 0, "sep") {
        None => None,
        Some(Value::Str(s)) if s.as_str().chars().count() == 1 => Some(s.as_str().to_owned()),
        Some(v) => match bytes_of(v) {
            Some(b) if b.len() == 1 => Some((b[0] as char).to_string()),
            _ => return Err(vm.value_error("sep must be length 1.")),
        },
    };
    let per = match arg(args, kw, 1, "bytes_per_sep") {
        Some(v) => vm.index_value(v)?,
        None => 1,
    };
    let hex: Vec<String> = data.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep) = sep.filter(|_| per != 0 && !data.is_empty()) else {
        return Ok(Value::string(hex.concat()));
    };
    let n = per.unsigned_abs() as usize;
    let groups: Vec<String> = if per > 0 {
        // Groups counted from the right.
        let first = hex.len() % n;
        let mut out = Vec::new();
        if first > 0 {
            out.push(hex[..first].concat());
        }
        out.extend(hex[first..].chunks(n).map(|c| c.concat()));
        out
    } else {
        hex.chunks(n).map(|c| c.concat()).collect()
    };
    Ok(Value::string(groups.join(&sep)))
}

fn fromhex(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Vec<u8>> {
    let s = match args.last() {
        Some(Value::Str(s)) if !args.is_empty() => s.clone(),
        Some(v) => return Err(vm.type_error(format!("fromhex() argument must be str, not {}", vm.type_name(v)))),
        None => return Err(vm.type_error(format!("{name}.fromhex() takes exactly one argument (0 given)"))),
    };
    let text = s.as_str().as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let bad = |vm: &Vm, i: usize| vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {i}"));
    while i < text.len() {
        if text[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = (text[i] as char).to_digit(16).ok_or_else(|| bad(vm, i))?;
        let lo = text.get(i + 1).and_then(|&c| (c as char).to_digit(16)).ok_or_else(|| bad(vm, i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

fn bytes_fromhex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(new_bytes(fromhex(vm, args, "bytes")?))
}

fn bytearray_fromhex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(new_bytearray(fromhex(vm, args, "bytearray")?))
}

fn b_join(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (sep, ba) = this(vm, args, "join")?;
    check_count(vm, "join", args, 1, 1)?;
    let items = vm.collect(&args[1])?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_of(item) {
            Some(b) => out.extend_from_slice(&b),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    vm.type_name(item)
                )))
            }
        }
    }
    Ok(new_like(out, ba))
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// `sep` and `maxsplit` of split/rsplit.
fn split_args(vm: &mut Vm, args: &[Value], kw: KwArgs, name: &str) -> PyResult<(Vec<u8>, bool, Option<Vec<u8>>, i64)> {
    let (data, ba) = this(vm, args, name)?;
    check_count(vm, name, args, 0, 2)?;
    let sep = match arg(args, kw, 0, "sep") {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = buffer_arg(vm, v)?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
    };
    let max = match arg(args, kw, 1, "maxsplit") {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    Ok((data, ba, sep, max))
}

fn b_split(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (data, ba, sep, max) = split_args(vm, args, kw, "split")?;
    let mut parts: Vec<Vec<u8>> = Vec::new();
    let mut max = if max < 0 { usize::MAX } else { max as usize };
    match sep {
        Some(sep) => {
            let mut start = 0;
            while max > 0 {
                match find(&data, &sep, start) {
                    Some(p) => {
                        parts.push(data[start..p].to_vec());
                        start = p + sep.len();
                        max -= 1;
                    }
                    None => break,
                }
            }
            parts.push(data[start..].to_vec());
        }
        None => {
            let mut i = 0;
            let n = data.len();
            loop {
                while i < n && is_space(data[i]) {
                    i += 1;
                }
                if i == n {
                    break;
                }
                if max == 0 {
                    parts.push(data[i..].to_vec());
                    break;
                }
                let start = i;
                while i < n && !is_space(data[i]) {
                    i += 1;
                }
                parts.push(data[start..i].to_vec());
                max -= 1;
            }
        }
    }
    Ok(Value::list(parts.into_iter().map(|p| new_like(p, ba)).collect()))
}

fn b_rsplit(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (data, ba, sep, max) = split_args(vm, args, kw, "rsplit")?;
    let mut parts: Vec<Vec<u8>> = Vec::new();
    let mut max = if max < 0 { usize::MAX } else { max as usize };
    match sep {
        Some(sep) => {
            let mut end = data.len();
            while max > 0 && end >= sep.len() {
                match (0..=end - sep.len()).rev().find(|&i| data[i..i + sep.len()] == sep[..]) {
                    Some(p) => {
                        parts.push(data[p + sep.len()..end].to_vec());
                        end = p;
                        max -= 1;
                    }
                    None => break,
                }
            }
            parts.push(data[..end].to_vec());
        }
        None => {
            let mut i = data.len();
            loop {
                while i > 0 && is_space(data[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if max == 0 {
                    parts.push(data[..i].to_vec());
                    break;
                }
                let end = i;
                while i > 0 && !is_space(data[i - 1]) {
                    i -= 1;
                }
                parts.push(data[i..end].to_vec());
                max -= 1;
            }
        }
    }
    parts.reverse();
    Ok(Value::list(parts.into_iter().map(|p| new_like(p, ba)).collect()))
}

fn b_splitlines(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (data, ba) = this(vm, args, "splitlines")?;
    let keep = match arg(args, kw, 0, "keepends") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < data.len() {
        let eol = match data[i] {
            b'\n' => 1,
            b'\r' if data.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            _ => 0,
        };
        if eol == 0 {
            i += 1;
            continue;
        }
        let end = if keep { i + eol } else { i };
        parts.push(new_like(data[start..end].to_vec(), ba));
        i += eol;
        start = i;
    }
    if start < data.len() {
        parts.push(new_like(data[start..].to_vec(), ba));
    }
    Ok(Value::list(parts))
}

fn strip_impl(vm: &mut Vm, args: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (data, ba) = this(vm, args, name)?;
    check_count(vm, name, args, 0, 1)?;
    let chars = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(buffer_arg(vm, v)?),
    };
    let strip = |b: u8| match &chars {
        Some(c) => c.contains(&b),
        None => is_space(b),
    };
    let mut start = 0;
    let mut end = data.len();
    if left {
        while start < end && strip(data[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && strip(data[end - 1]) {
            end -= 1;
        }
    }
    Ok(new_like(data[start..end].to_vec(), ba))
}

fn b_strip(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}

fn b_lstrip(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}

fn b_rstrip(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn b_replace(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (data, ba) = this(vm, args, "replace")?;
    check_count(vm, "replace", args, 2, 3)?;
    let old = buffer_arg(vm, &args[1])?;
    let new = buffer_arg(vm, &args[2])?;
    let mut count = match arg(args, kw, 2, "count") {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let mut out = Vec::with_capacity(data.len());
    if old.is_empty() {
        for (i, &b) in data.iter().enumerate() {
            if count != 0 {
                out.extend_from_slice(&new);
                count -= 1;
            }
            out.push(b);
            let _ = i;
        }
        if count != 0 {
            out.extend_from_slice(&new);
        }
        return Ok(new_like(out, ba));
    }
    let mut start = 0;
    while count != 0 {
        match find(&data, &old, start) {
            Some(p) => {
                out.extend_from_slice(&data[start..p]);
                out.extend_from_slice(&new);
                start = p + old.len();
                count -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&data[start..]);
    Ok(new_like(out, ba))
}

/// A `start`/`end` argument: None or an int.
fn opt_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => vm
            .index_value(v)
            .map(Some)
            .map_err(|_| vm.type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

/// CPython's ADJUST_INDICES.
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    let mut start = start.unwrap_or(0);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    (start as usize, end as usize)
}

fn affix(vm: &mut Vm, args: &[Value], name: &str, suffix: bool) -> PyResult<Value> {
    let (data, _) = this(vm, args, name)?;
    check_count(vm, name, args, 1, 3)?;
    let start = opt_index(vm, args.get(2))?;
    let end = opt_index(vm, args.get(3))?;
    let (s, e) = adjust(start, end, data.len());
    let window: &[u8] = if s > data.len() || s > e { &[] } else { &data[s..e] };
    let too_far = s > data.len();
    let candidates: Vec<Vec<u8>> = match &args[1] {
        Value::Tuple(t) => {
            let mut out = Vec::new();
            for x in t.as_slice() {
                out.push(bytes_of(x).ok_or_else(|| {
                    vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(x)))
                })?);
            }
            out
        }
        v => vec![bytes_of(v).ok_or_else(|| {
            vm.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                vm.type_name(v)
            ))
        })?],
    };
    if too_far {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(candidates.iter().any(|c| if suffix { window.ends_with(c) } else { window.starts_with(c) })))
}

fn b_startswith(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    affix(vm, args, "startswith", false)
}

fn b_endswith(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    affix(vm, args, "endswith", true)
}

/// The subsequence find/count/index look for: bytes-like or an int.
fn needle(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(v) {
        return Ok(b);
    }
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let i = vm.index_value(v)?;
            u8::try_from(i).map(|b| vec![b]).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
        }
        _ => Err(vm.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.type_name(v)
        ))),
    }
}

/// (position of the first or last match in [start, end), the data).
fn search(vm: &mut Vm, args: &[Value], name: &str, last: bool) -> PyResult<Option<usize>> {
    let (data, _) = this(vm, args, name)?;
    check_count(vm, name, args, 1, 3)?;
    let sub = needle(vm, &args[1])?;
    let start = opt_index(vm, args.get(2))?;
    let end = opt_index(vm, args.get(3))?;
    let (s, e) = adjust(start, end, data.len());
    if s > e || s > data.len() || e - s < sub.len() {
        return Ok(None);
    }
    let window = &data[s..e];
    let found = if last {
        (0..=window.len() - sub.len()).rev().find(|&i| window[i..i + sub.len()] == sub[..])
    } else {
        find(window, &sub, 0)
    };
    Ok(found.map(|p| p + s))
}

fn b_find(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(search(vm, args, "find", false)?.map_or(-1, |p| p as i64)))
}

fn b_rfind(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(search(vm, args, "rfind", true)?.map_or(-1, |p| p as i64)))
}

fn b_index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match search(vm, args, "index", false)? {
        Some(p) => Ok(Value::Int(p as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn b_rindex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match search(vm, args, "rindex", true)? {
        Some(p) => Ok(Value::Int(p as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn b_count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (data, _) = this(vm, args, "count")?;
    check_count(vm, "count", args, 1, 3)?;
    let sub = needle(vm, &args[1])?;
    let start = opt_index(vm, args.get(2))?;
    let end = opt_index(vm, args.get(3))?;
    let (s, e) = adjust(start, end, data.len());
    if s > e || s > data.len() {
        return Ok(Value::Int(0));
    }
    let window = &data[s..e];
    if sub.is_empty() {
        return Ok(Value::Int(window.len() as i64 + 1));
    }
    let mut n = 0;
    let mut at = 0;
    while let Some(p) = find(window, &sub, at) {
        n += 1;
        at = p + sub.len();
    }
    Ok(Value::Int(n))
}

fn partition_impl(vm: &mut Vm, args: &[Value], name: &str, last: bool) -> PyResult<Value> {
    let (data, ba) = this(vm, args, name)?;
    check_count(vm, name, args, 1, 1)?;
    let sep = buffer_arg(vm, &args[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if last {
        (sep.len() <= data.len()).then(|| (0..=data.len() - sep.len()).rev().find(|&i| data[i..i + sep.len()] == sep[..])).flatten()
    } else {
        find(&data, &sep, 0)
    };
    let parts = match found {
        Some(p) => [data[..p].to_vec(), sep.clone(), data[p + sep.len()..].to_vec()],
        None if last => [Vec::new(), Vec::new(), data],
        None => [data, Vec::new(), Vec::new()],
    };
    Ok(Value::tuple(parts.into_iter().map(|p| new_like(p, ba)).collect()))
}

fn b_partition(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn b_rpartition(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn map_bytes(vm: &mut Vm, args: &[Value], name: &str, f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let (data, ba) = this(vm, args, name)?;
    check_count(vm, name, args, 0, 0)?;
    Ok(new_like(f(&data), ba))
}

fn b_upper(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    map_bytes(vm, args, "upper", |d| d.to_ascii_uppercase())
}

fn b_lower(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    map_bytes(vm, args, "lower", |d| d.to_ascii_lowercase())
}

fn b_swapcase(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    map_bytes(vm, args, "swapcase", |d| {
        d.iter().map(|&b| if b.is_ascii_lowercase() { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() }).collect()
    })
}

fn b_capitalize(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    map_bytes(vm, args, "capitalize", |d| {
        d.iter().enumerate().map(|(i, &b)| if i == 0 { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() }).collect()
    })
}

fn b_title(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    map_bytes(vm, args, "title", |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&b| {
                let out = if prev_cased { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
                prev_cased = b.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

fn predicate(vm: &mut Vm, args: &[Value], name: &str, f: impl Fn(&[u8]) -> bool) -> PyResult<Value> {
    let (data, _) = this(vm, args, name)?;
    check_count(vm, name, args, 0, 0)?;
    Ok(Value::Bool(f(&data)))
}

fn b_isdigit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, args, "isdigit", |d| !d.is_empty() && d.iter().all(u8::is_ascii_digit))
}

fn b_isalpha(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, args, "isalpha", |d| !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic))
}

fn b_isalnum(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, args, "isalnum", |d| !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric))
}

fn b_isspace(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, args, "isspace", |d| !d.is_empty() && d.iter().all(|&b| is_space(b)))
}

fn b_isupper(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, args, "isupper", |d| d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase))
}

fn b_islower(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, args, "islower", |d| d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase))
}

fn b_isascii(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, args, "isascii", |d| d.is_ascii())
}

/// (data, is bytearray, width, fill byte) for center/ljust/rjust.
fn pad_args(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(Vec<u8>, bool, usize, u8)> {
    let (data, ba) = this(vm, args, name)?;
    check_count(vm, name, args, 1, 2)?;
    let width = vm.index_value(&args[1])?.max(0) as usize;
    let fill = match args.get(2) {
        None => b' ',
        Some(v) => match bytes_of(v) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    Ok((data, ba, width, fill))
}

fn b_center(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (data, ba, width, fill) = pad_args(vm, args, "center")?;
    if width <= data.len() {
        return Ok(new_like(data, ba));
    }
    let pad = width - data.len();
    let left = pad / 2 + (pad & width & 1);
    let mut out = vec![fill; left];
    out.extend_from_slice(&data);
    out.resize(width, fill);
    Ok(new_like(out, ba))
}

fn b_ljust(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (mut data, ba, width, fill) = pad_args(vm, args, "ljust")?;
    if width > data.len() {
        data.resize(width, fill);
    }
    Ok(new_like(data, ba))
}

fn b_rjust(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (data, ba, width, fill) = pad_args(vm, args, "rjust")?;
    if width <= data.len() {
        return Ok(new_like(data, ba));
    }
    let mut out = vec![fill; width - data.len()];
    out.extend_from_slice(&data);
    Ok(new_like(out, ba))
}

fn b_zfill(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (data, ba) = this(vm, args, "zfill")?;
    check_count(vm, "zfill", args, 1, 1)?;
    let width = vm.index_value(&args[1])?.max(0) as usize;
    if width <= data.len() {
        return Ok(new_like(data, ba));
    }
    let signed = matches!(data.first(), Some(b'+' | b'-'));
    let mut out = Vec::with_capacity(width);
    if signed {
        out.push(data[0]);
    }
    out.resize(out.len() + width - data.len(), b'0');
    out.extend_from_slice(&data[signed as usize..]);
    Ok(new_like(out, ba))
}

fn b_removeprefix(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (data, ba) = this(vm, args, "removeprefix")?;
    check_count(vm, "removeprefix", args, 1, 1)?;
    let p = buffer_arg(vm, &args[1])?;
    Ok(new_like(data.strip_prefix(&p[..]).unwrap_or(&data).to_vec(), ba))
}

fn b_removesuffix(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (data, ba) = this(vm, args, "removesuffix")?;
    check_count(vm, "removesuffix", args, 1, 1)?;
    let p = buffer_arg(vm, &args[1])?;
    Ok(new_like(data.strip_suffix(&p[..]).unwrap_or(&data).to_vec(), ba))
}

fn b_len(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (data, _) = this(vm, args, "__len__")?;
    Ok(Value::Int(data.len() as i64))
}

fn b_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_count(vm, "__getitem__", args, 1, 1)?;
    vm.get_item(&args[0], &args[1])
}

fn b_contains(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_count(vm, "__contains__", args, 1, 1)?;
    Ok(Value::Bool(vm.contains(&args[0], &args[1])?))
}

fn b_add(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_count(vm, "__add__", args, 1, 1)?;
    vm.binary_op(&args[0], &args[1], crate::compile::bytecode::BinKind::Add, false)
}

fn b_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.iter(&args[0])
}

fn b_hash(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.hash(&args[0])?))
}

fn ba_of<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a crate::objects::bytes::PyByteArray> {
    args.first().and_then(as_bytearray).ok_or_else(|| vm.type_error(format!("descriptor '{name}' requires a 'bytearray' object")))
}

fn ba_append(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_count(vm, "append", args, 1, 1)?;
    let b = byte_value(vm, &args[1])?;
    ba_of(vm, args, "append")?.data.lock().push(b);
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_count(vm, "extend", args, 1, 1)?;
    let items = match bytes_of(&args[1]) {
        Some(d) => d,
        None => {
            let values = vm
                .collect(&args[1])
                .map_err(|_| vm.type_error(format!("can't extend bytearray with {}", vm.type_name(&args[1]))))?;
            values.iter().map(|x| byte_value(vm, x)).collect::<PyResult<Vec<u8>>>()?
        }
    };
    ba_of(vm, args, "extend")?.data.lock().extend(items);
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_count(vm, "pop", args, 0, 1)?;
    let i = match args.get(1) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let a = ba_of(vm, args, "pop")?;
    let mut d = a.data.lock();
    if d.is_empty() {
        drop(d);
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let len = d.len() as i64;
    let at = if i < 0 { i + len } else { i };
    if at < 0 || at >= len {
        drop(d);
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(Value::Int(d.remove(at as usize) as i64))
}

fn ba_insert(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_count(vm, "insert", args, 2, 2)?;
    let i = vm.index_value(&args[1])?;
    let b = byte_value(vm, &args[2])?;
    let a = ba_of(vm, args, "insert")?;
    let mut d = a.data.lock();
    let len = d.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    d.insert(at as usize, b);
    Ok(Value::None)
}

fn ba_clear(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_count(vm, "clear", args, 0, 0)?;
    ba_of(vm, args, "clear")?.data.lock().clear();
    Ok(Value::None)
}

fn ba_remove(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_count(vm, "remove", args, 1, 1)?;
    let b = byte_value(vm, &args[1])?;
    let a = ba_of(vm, args, "remove")?;
    let mut d = a.data.lock();
    match d.iter().position(|&x| x == b) {
        Some(p) => {
            d.remove(p);
            Ok(Value::None)
        }
        None => {
            drop(d);
            Err(vm.value_error("value not found in bytearray"))
        }
    }
}

fn ba_reverse(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_count(vm, "reverse", args, 0, 0)?;
    ba_of(vm, args, "reverse")?.data.lock().reverse();
    Ok(Value::None)
}

fn ba_copy(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_count(vm, "copy", args, 0, 0)?;
    let d = ba_of(vm, args, "copy")?.data.lock().clone();
    Ok(new_bytearray(d))
}

fn ba_setitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_count(vm, "__setitem__", args, 2, 2)?;
    vm.set_item(&args[0], args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn ba_delitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_count(vm, "__delitem__", args, 1, 1)?;
    vm.del_item(&args[0], &args[1])?;
    Ok(Value::None)
}

/// What `bytes(x)` and `bytearray(x)` build from their arguments.
fn construct(vm: &mut Vm, args: &[Value], kw: KwArgs, name: &str) -> PyResult<Vec<u8>> {
    let source = args.get(1).or_else(|| kwarg(kw, "source"));
    let encoding = args.get(2).or_else(|| kwarg(kw, "encoding"));
    let errors = args.get(3).or_else(|| kwarg(kw, "errors"));
    if args.len() > 4 {
        return Err(vm.type_error(format!("{name}() takes at most 3 arguments ({} given)", args.len() - 1)));
    }
    let Some(source) = source else {
        if encoding.is_some() || errors.is_some() {
            return Err(vm.type_error(if encoding.is_some() { "encoding without a string argument" } else { "errors without a string argument" }));
        }
        return Ok(Vec::new());
    };
    if let Value::Str(s) = crate::vm::ops_builtin_value(source) {
        let Some(enc) = encoding else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        let enc = str_arg(vm, Some(enc), "utf-8", name, "encoding")?;
        let err = str_arg(vm, errors, "strict", name, "errors")?;
        let (codec, errors) = (Codec::lookup(vm, &enc)?, Errors::lookup(vm, &err)?);
        return codecs::encode(vm, s.as_str(), codec, errors);
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if let Some(d) = bytes_of(source) {
        return Ok(d);
    }
    match crate::vm::ops_builtin_value(source) {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let n = vm.index_value(source)?;
            if n < 0 {
                return Err(vm.value_error("negative count"));
            }
            if n > 1 << 32 {
                return Err(vm.error(&vm.types().exceptions.memory_error.clone(), ""));
            }
            return Ok(vec![0; n as usize]);
        }
        _ => {}
    }
    let items = vm.collect(source).map_err(|_| vm.type_error(format!("cannot convert '{}' object to {name}", vm.type_name(source))))?;
    let mut out = Vec::with_capacity(items.len());
    for x in &items {
        let i = match x {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_) => vm.index_value(x).unwrap_or(-1),
            _ => return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(x)))),
        };
        out.push(u8::try_from(i).map_err(|_| {
            vm.value_error(if name == "bytes" { "bytes must be in range(0, 256)" } else { "byte must be in range(0, 256)" })
        })?);
    }
    Ok(out)
}

/// Wraps a built-in value for a subclass, or returns it as is.
fn wrap(cls: &Arc<Class>, v: Value) -> Value {
    if cls.builtin {
        return v;
    }
    match crate::vm::new_instance(cls) {
        Value::Instance(i) => {
            let mut owned = Arc::try_unwrap(i).ok().expect("fresh instance");
            owned.payload = Payload::Immutable(v);
            Value::Instance(Arc::new(owned))
        }
        other => other,
    }
}

fn class_arg(args: &[Value]) -> Arc<Class> {
    match &args[0] {
        Value::Class(c) => c.clone(),
        _ => unreachable!("__new__ receives the class"),
    }
}

fn bytes_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cls = class_arg(args);
    if args.len() == 2 && kw.is_empty() && cls.builtin {
        if let Some(b) = crate::objects::bytes::as_bytes_obj(&args[1]) {
            if matches!(&args[1], Value::Native(_)) {
                let _ = b;
                return Ok(args[1].clone());
            }
        }
    }
    let data = construct(vm, args, kw, "bytes")?;
    Ok(wrap(&cls, new_bytes(data)))
}

fn bytearray_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let data = construct(vm, args, kw, "bytearray")?;
    Ok(new_bytearray(data))
}

/// `bytes % args`: formatted as the Latin-1 text the bytes spell, then encoded back.
pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let latin = |d: &[u8]| -> Value { Value::string(d.iter().map(|&b| b as char).collect()) };
    let (text, conversions) = conversions(&bytes_of(fmt).expect("bytes"));
    let text = latin(&text);
    let items = match args {
        Value::Tuple(t) => t.as_slice().to_vec(),
        other => vec![other.clone()],
    };
    if let Some(s) = items.iter().find(|v| matches!(crate::vm::ops_builtin_value(v), Value::Str(_))) {
        return Err(vm.type_error(format!(
            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
            vm.type_name(s)
        )));
    }
    // `%s` and `%b` insert a bytes argument's own bytes; `%r` and `%a` its repr.
    let convert = |i: usize, v: &Value| -> Value {
        match bytes_of(v) {
            Some(d) if matches!(conversions.get(i), Some(b's') | None) => latin(&d),
            _ => v.clone(),
        }
    };
    let args = match args {
        Value::Tuple(t) => Value::tuple(t.as_slice().iter().enumerate().map(|(i, v)| convert(i, v)).collect()),
        other => convert(0, other),
    };
    let out = super::strings::percent_format(vm, &text, &args)?;
    let s = vm.to_str(&out)?;
    let data: Vec<u8> = s.chars().map(|c| if (c as u32) < 256 { c as u32 as u8 } else { b'?' }).collect();
    Ok(new_like(data, as_bytearray(fmt).is_some()))
}

/// The format with `%b` spelled `%s`, and the conversion letter of each directive in order.
fn conversions(fmt: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let mut text = fmt.to_vec();
    let mut convs = Vec::new();
    let mut i = 0;
    while i < text.len() {
        if text[i] != b'%' {
            i += 1;
            continue;
        }
        i += 1;
        if text.get(i) == Some(&b'(') {
            while i < text.len() && text[i] != b')' {
                i += 1;
            }
        }
        while i < text.len() && !text[i].is_ascii_alphabetic() && text[i] != b'%' {
            i += 1;
        }
        match text.get(i) {
            Some(b'%') => {}
            Some(&c) => {
                let c = if c == b'b' { b's' } else { c };
                text[i] = c;
                convs.push(c);
            }
            None => {}
        }
        i += 1;
    }
    (text, convs)
}

/// Whether a value is a bytes-like object (for other modules' argument checks).
pub fn is_binary(v: &Value) -> bool {
    is_bytes_like(v)
}
