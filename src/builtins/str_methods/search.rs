//! Searching and splitting `str`: find/index/count, startswith/endswith,
//! partition, split/rsplit/splitlines, strip and removeprefix/removesuffix.

use crate::objects::Arc;

use super::{byte_offset, char_index, count_args, merge_kwargs, no_kwargs, one_arg, same_or_new, str_arg, this};
use crate::objects::numparse::is_py_space;
use crate::objects::{KwArgs, PyStr, Value};
use crate::vm::{ops_builtin_value as builtin_value, PyResult, Vm};

/// A `start`/`end` argument: None or an int (clamped), as slice indices are.
fn slice_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(v) = v else { return Ok(None) };
    match builtin_value(v) {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::BigInt(b) => Ok(Some(if b.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX })),
        _ if vm.user_dunder(v, "__index__").is_some() => vm.index_value(v).map(Some),
        _ => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

/// CPython's ADJUST_INDICES: negative indices count from the end; `end` is
/// clamped to the length, `start` is not (so `start > len` finds nothing).
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
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
    (start, end)
}

/// The sub-text of code points `[start, end)` (both within the string) and its byte offset.
fn window(s: &PyStr, start: i64, end: i64) -> (&str, usize) {
    let (b0, b1) = if s.is_ascii() {
        (start as usize, end as usize)
    } else {
        let b0 = byte_offset(s, start as usize);
        let b1 = b0 + byte_offset_in(&s.as_str()[b0..], (end - start) as usize);
        (b0, b1)
    };
    (&s.as_str()[b0..b1], b0)
}

fn byte_offset_in(text: &str, chars: usize) -> usize {
    text.char_indices().nth(chars).map_or(text.len(), |(b, _)| b)
}

/// The common arguments of find/rfind/index/rindex/count: (self, sub, start, end).
fn search_args<'a>(vm: &mut Vm, name: &str, args: &'a [Value], kw: KwArgs) -> PyResult<(&'a Arc<PyStr>, &'a Arc<PyStr>, i64, i64)> {
    let s = this(vm, args, name)?;
    no_kwargs(vm, name, kw)?;
    count_args(vm, name, args.len() - 1, 1, 3)?;
    let sub = str_arg(vm, &args[1], |t| format!("must be str, not {t}"))?;
    let start = slice_index(vm, args.get(2))?;
    let end = slice_index(vm, args.get(3))?;
    let (start, end) = adjust(start, end, s.char_len());
    Ok((s, sub, start, end))
}

/// Code point index of `sub` in `s[start:end]`, searching from the left or the right.
fn find(s: &PyStr, sub: &PyStr, start: i64, end: i64, reverse: bool) -> Option<i64> {
    if end - start < sub.char_len() as i64 {
        return None;
    }
    let (text, base) = window(s, start, end);
    let found = if reverse { text.rfind(sub.as_str()) } else { text.find(sub.as_str()) }?;
    Some(char_index(s, base + found) as i64)
}

fn find_method(vm: &mut Vm, name: &str, args: &[Value], kw: KwArgs, reverse: bool, raise: bool) -> PyResult<Value> {
    let (s, sub, start, end) = search_args(vm, name, args, kw)?;
    match find(s, sub, start, end, reverse) {
        Some(i) => Ok(Value::Int(i)),
        None if raise => Err(vm.value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

pub fn str_find(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    find_method(vm, "find", args, kw, false, false)
}

pub fn str_rfind(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    find_method(vm, "rfind", args, kw, true, false)
}

pub fn str_index(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    find_method(vm, "index", args, kw, false, true)
}

pub fn str_rindex(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    find_method(vm, "rindex", args, kw, true, true)
}

pub fn str_count(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (s, sub, start, end) = search_args(vm, "count", args, kw)?;
    if end - start < sub.char_len() as i64 {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int(end - start + 1));
    }
    let (text, _) = window(s, start, end);
    Ok(Value::Int(text.matches(sub.as_str()).count() as i64))
}

fn affix_method(vm: &mut Vm, name: &str, args: &[Value], kw: KwArgs, at_end: bool) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    no_kwargs(vm, name, kw)?;
    count_args(vm, name, args.len() - 1, 1, 3)?;
    let start = slice_index(vm, args.get(2))?;
    let end = slice_index(vm, args.get(3))?;
    let (start, end) = adjust(start, end, s.char_len());
    let matches = |affix: &PyStr| -> bool {
        let end = end - affix.char_len() as i64;
        if end < start {
            return false;
        }
        if affix.is_empty() {
            return true;
        }
        let at = if at_end { end } else { start };
        window(s, at, at + affix.char_len() as i64).0 == affix.as_str()
    };
    match builtin_value(&args[1]) {
        Value::Str(affix) => Ok(Value::Bool(matches(affix))),
        Value::Tuple(t) => {
            for item in t.as_slice() {
                match builtin_value(item) {
                    Value::Str(affix) => {
                        if matches(affix) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    _ => {
                        return Err(vm.type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            vm.type_name(item)
                        )))
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        _ => Err(vm.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            vm.type_name(&args[1])
        ))),
    }
}

pub fn str_startswith(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    affix_method(vm, "startswith", args, kw, false)
}

pub fn str_endswith(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    affix_method(vm, "endswith", args, kw, true)
}

fn partition(vm: &mut Vm, name: &str, args: &[Value], kw: KwArgs, reverse: bool) -> PyResult<Value> {
    let (s, sep) = one_arg(vm, name, args, kw)?;
    let sep = str_arg(vm, sep, |t| format!("must be str, not {t}"))?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let text = s.as_str();
    let found = if reverse { text.rfind(sep.as_str()) } else { text.find(sep.as_str()) };
    let empty = || Value::str("");
    Ok(Value::tuple(match found {
        Some(i) => vec![Value::str(&text[..i]), Value::Str(sep.clone()), Value::str(&text[i + sep.len()..])],
        None if reverse => vec![empty(), empty(), Value::Str(s.clone())],
        None => vec![Value::Str(s.clone()), empty(), empty()],
    }))
}

pub fn str_partition(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    partition(vm, "partition", args, kw, false)
}

pub fn str_rpartition(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    partition(vm, "rpartition", args, kw, true)
}

fn split_method(vm: &mut Vm, name: &str, args: &[Value], kw: KwArgs, reverse: bool) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    let params = merge_kwargs(vm, name, &args[1..], kw, &["sep", "maxsplit"])?;
    let sep = match params[0] {
        None => None,
        Some(v) => match builtin_value(v) {
            Value::None => None,
            Value::Str(sep) => Some(sep),
            _ => return Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(v)))),
        },
    };
    let maxsplit = match params[1] {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let limit = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let text = s.as_str();
    let pieces: Vec<&str> = match sep {
        Some(sep) if sep.is_empty() => return Err(vm.value_error("empty separator")),
        Some(sep) => {
            let n = limit.saturating_add(1);
            if reverse {
                let mut v: Vec<&str> = text.rsplitn(n, sep.as_str()).collect();
                v.reverse();
                v
            } else {
                text.splitn(n, sep.as_str()).collect()
            }
        }
        None if reverse => split_whitespace_reverse(text, limit),
        None => split_whitespace(text, limit),
    };
    if let [only] = pieces.as_slice() {
        if only.len() == text.len() {
            return Ok(Value::list(vec![Value::Str(s.clone())]));
        }
    }
    Ok(Value::list(pieces.into_iter().map(Value::str).collect()))
}

/// `str.split()` without a separator: runs of whitespace separate, and the
/// remainder after `limit` splits keeps its inner and trailing whitespace.
fn split_whitespace(text: &str, limit: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text.trim_start_matches(is_py_space);
    while !rest.is_empty() {
        if out.len() == limit {
            out.push(rest);
            break;
        }
        match rest.find(is_py_space) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = rest[i..].trim_start_matches(is_py_space);
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

fn split_whitespace_reverse(text: &str, limit: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text.trim_end_matches(is_py_space);
    while !rest.is_empty() {
        if out.len() == limit {
            out.push(rest);
            break;
        }
        match rest.rfind(is_py_space) {
            Some(i) => {
                let c = rest[i..].chars().next().map_or(1, char::len_utf8);
                out.push(&rest[i + c..]);
                rest = rest[..i].trim_end_matches(is_py_space);
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out.reverse();
    out
}

pub fn str_split(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    split_method(vm, "split", args, kw, false)
}

pub fn str_rsplit(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    split_method(vm, "rsplit", args, kw, true)
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

pub fn str_splitlines(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "splitlines")?;
    let params = merge_kwargs(vm, "splitlines", &args[1..], kw, &["keepends"])?;
    let keepends = match params[0] {
        Some(v) => vm.index_value(v)? != 0,
        None => false,
    };
    let text = s.as_str();
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut after = i + c.len_utf8();
        if c == '\r' && matches!(chars.peek(), Some((_, '\n'))) {
            chars.next();
            after += 1;
        }
        out.push(Value::str(&text[line_start..if keepends { after } else { i }]));
        line_start = after;
    }
    if line_start < text.len() {
        out.push(if line_start == 0 { Value::Str(s.clone()) } else { Value::str(&text[line_start..]) });
    }
    Ok(Value::list(out))
}

#[derive(Clone, Copy)]
enum Side {
    Left,
    Right,
    Both,
}

fn strip(vm: &mut Vm, name: &str, args: &[Value], kw: KwArgs, side: Side) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    no_kwargs(vm, name, kw)?;
    super::super::check_args(vm, name, &args[1..], 0, 1)?;
    let chars = match args.get(1).map(builtin_value) {
        None | Some(Value::None) => None,
        Some(Value::Str(c)) => Some(c),
        Some(_) => return Err(vm.type_error(format!("{name} arg must be None or str"))),
    };
    let text = s.as_str();
    let stripped = match chars {
        None => match side {
            Side::Left => text.trim_start_matches(is_py_space),
            Side::Right => text.trim_end_matches(is_py_space),
            Side::Both => text.trim_matches(is_py_space),
        },
        Some(set) => {
            let set = set.as_str();
            let in_set = |c: char| set.contains(c);
            match side {
                Side::Left => text.trim_start_matches(in_set),
                Side::Right => text.trim_end_matches(in_set),
                Side::Both => text.trim_matches(in_set),
            }
        }
    };
    Ok(same_or_new(s, stripped))
}

pub fn str_strip(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    strip(vm, "strip", args, kw, Side::Both)
}

pub fn str_lstrip(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    strip(vm, "lstrip", args, kw, Side::Left)
}

pub fn str_rstrip(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    strip(vm, "rstrip", args, kw, Side::Right)
}

pub fn str_removeprefix(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (s, prefix) = one_arg(vm, "removeprefix", args, kw)?;
    let prefix = str_arg(vm, prefix, |t| format!("removeprefix() argument must be str, not {t}"))?;
    Ok(same_or_new(s, s.as_str().strip_prefix(prefix.as_str()).unwrap_or(s.as_str())))
}

pub fn str_removesuffix(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (s, suffix) = one_arg(vm, "removesuffix", args, kw)?;
    let suffix = str_arg(vm, suffix, |t| format!("removesuffix() argument must be str, not {t}"))?;
    Ok(same_or_new(s, s.as_str().strip_suffix(suffix.as_str()).unwrap_or(s.as_str())))
}
