//! Methods of `str`: case mapping, predicates, padding, `join`, `replace`,
//! `translate` and the dunders. Searching and splitting live in `search`,
//! `str.format` in `format`.
//!
//! Indexes are by code point; ASCII strings (the common case) take byte
//! fast paths.

mod format;
mod search;

use crate::objects::Arc;

use crate::builtins::descriptors::StaticMethod;
use crate::compile::bytecode::CmpKind;
use crate::objects::numparse::{decimal_value, is_py_space};
use crate::objects::{format::is_printable, BuiltinFunction, KwArgs, NativeFn, PyDict, PyStr, Value};
use crate::vm::{ops_builtin_value as builtin_value, Interpreter, PyResult, Vm};

use super::add_method;

pub fn register(interp: &Arc<Interpreter>) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
        ("swapcase", str_swapcase),
        ("title", str_title),
        ("capitalize", str_capitalize),
        ("isdigit", str_isdigit),
        ("isdecimal", str_isdecimal),
        ("isnumeric", str_isnumeric),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("istitle", str_istitle),
        ("isidentifier", str_isidentifier),
        ("isprintable", str_isprintable),
        ("isascii", str_isascii),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("expandtabs", str_expandtabs),
        ("join", str_join),
        ("replace", str_replace),
        ("translate", str_translate),
        ("format", format::str_format),
        ("format_map", format::str_format_map),
        ("find", search::str_find),
        ("rfind", search::str_rfind),
        ("index", search::str_index),
        ("rindex", search::str_rindex),
        ("count", search::str_count),
        ("startswith", search::str_startswith),
        ("endswith", search::str_endswith),
        ("partition", search::str_partition),
        ("rpartition", search::str_rpartition),
        ("split", search::str_split),
        ("rsplit", search::str_rsplit),
        ("splitlines", search::str_splitlines),
        ("strip", search::str_strip),
        ("lstrip", search::str_lstrip),
        ("rstrip", search::str_rstrip),
        ("removeprefix", search::str_removeprefix),
        ("removesuffix", search::str_removesuffix),
        ("__add__", str_dunder_add),
        ("__mul__", str_dunder_mul),
        ("__rmul__", str_dunder_mul),
        ("__mod__", str_dunder_mod),
        ("__rmod__", str_dunder_rmod),
        ("__len__", str_dunder_len),
        ("__contains__", str_dunder_contains),
        ("__getitem__", str_dunder_getitem),
        ("__iter__", str_dunder_iter),
        ("__eq__", str_dunder_eq),
        ("__ne__", str_dunder_ne),
        ("__lt__", str_dunder_lt),
        ("__le__", str_dunder_le),
        ("__gt__", str_dunder_gt),
        ("__ge__", str_dunder_ge),
        ("__hash__", str_dunder_hash),
        ("__str__", str_dunder_str),
        ("__repr__", str_dunder_repr),
        ("__format__", str_dunder_format),
    ];
    let cls = &interp.types.str;
    for &(name, func) in methods {
        add_method(cls, name, func);
    }
    // `str.maketrans` is a static method: callable on the class and on instances alike.
    let maketrans = Value::Builtin(Arc::new(BuiltinFunction { name: "maketrans", func: str_maketrans, bound: None, owner: Some("str") }));
    cls.dict.set_str("maketrans", Value::native(StaticMethod { func: maketrans }));
}

// ---------------------------------------------------------------------------
// Argument helpers shared by the submodules.

/// The str a method was called on (the str inside a str subclass instance too).
fn this<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a Arc<PyStr>> {
    match args.first().map(builtin_value) {
        Some(Value::Str(s)) => Ok(s),
        Some(_) => Err(vm.type_error(if name.starts_with("__") {
            format!("descriptor '{name}' requires a 'str' object but received a '{}'", vm.type_name(&args[0]))
        } else {
            format!("descriptor '{name}' for 'str' objects doesn't apply to a '{}' object", vm.type_name(&args[0]))
        })),
        None => Err(vm.type_error(format!("unbound method str.{name}() needs an argument"))),
    }
}

fn no_kwargs(vm: &Vm, name: &str, kw: KwArgs) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("str.{name}() takes no keyword arguments")))
    }
}

/// `self` and no other argument.
fn no_args<'a>(vm: &Vm, name: &str, args: &'a [Value], kw: KwArgs) -> PyResult<&'a Arc<PyStr>> {
    let s = this(vm, args, name)?;
    no_kwargs(vm, name, kw)?;
    if args.len() != 1 {
        return Err(vm.type_error(format!("str.{name}() takes no arguments ({} given)", args.len() - 1)));
    }
    Ok(s)
}

/// `self` and exactly one positional argument.
fn one_arg<'a>(vm: &Vm, name: &str, args: &'a [Value], kw: KwArgs) -> PyResult<(&'a Arc<PyStr>, &'a Value)> {
    let s = this(vm, args, name)?;
    no_kwargs(vm, name, kw)?;
    if args.len() != 2 {
        return Err(vm.type_error(format!("str.{name}() takes exactly one argument ({} given)", args.len() - 1)));
    }
    Ok((s, &args[1]))
}

/// The older "find() takes at least 1 argument (0 given)" wording.
fn count_args(vm: &Vm, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        return Err(vm.type_error(format!("{name}() takes at least {min} argument{} ({n} given)", plural(min))));
    }
    if n > max {
        return Err(vm.type_error(format!("{name}() takes at most {max} argument{} ({n} given)", plural(max))));
    }
    Ok(())
}

/// Positional arguments merged with the named ones a method accepts.
fn merge_kwargs<'a>(vm: &Vm, name: &str, rest: &'a [Value], kw: KwArgs<'a>, names: &[&str]) -> PyResult<Vec<Option<&'a Value>>> {
    let mut out: Vec<Option<&Value>> = rest.iter().map(Some).collect();
    if out.len() > names.len() {
        count_args(vm, name, out.len(), 0, names.len())?;
    }
    if kw.len() + rest.len() > names.len() && !kw.is_empty() {
        let max = names.len();
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} {}argument{} ({} given)",
            if rest.is_empty() { "keyword " } else { "" },
            if max == 1 { "" } else { "s" },
            kw.len() + rest.len()
        )));
    }
    out.resize(names.len(), None);
    for (k, v) in kw {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) if out[i].is_none() => out[i] = Some(v),
            Some(i) => {
                return Err(vm.type_error(format!("argument for {name}() given by name ('{}') and position ({})", names[i], i + 1)))
            }
            None => return Err(vm.type_error(format!("'{}' is an invalid keyword argument for {name}()", k.as_str()))),
        }
    }
    Ok(out)
}

/// A str argument, or the given TypeError.
fn str_arg<'a>(vm: &Vm, v: &'a Value, err: impl FnOnce(String) -> String) -> PyResult<&'a Arc<PyStr>> {
    match builtin_value(v) {
        Value::Str(s) => Ok(s),
        _ => Err(vm.type_error(err(vm.type_name(v)))),
    }
}

/// A new str value, or `original` itself when the text did not change.
fn same_or_new(original: &Arc<PyStr>, text: &str) -> Value {
    if text.len() == original.len() {
        Value::Str(original.clone())
    } else {
        Value::str(text)
    }
}

/// Byte offset of code point `index` (`index` may equal the length).
fn byte_offset(s: &PyStr, index: usize) -> usize {
    if s.is_ascii() {
        return index.min(s.len());
    }
    s.as_str().char_indices().nth(index).map_or(s.len(), |(b, _)| b)
}

/// Code point index of byte offset `byte`.
fn char_index(s: &PyStr, byte: usize) -> usize {
    if s.is_ascii() {
        byte
    } else {
        s.as_str()[..byte].chars().count()
    }
}

// ---------------------------------------------------------------------------
// Case mapping.

fn str_upper(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = no_args(vm, "upper", args, kw)?;
    Ok(Value::string(if s.is_ascii() { s.as_str().to_ascii_uppercase() } else { s.as_str().to_uppercase() }))
}

fn str_lower(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = no_args(vm, "lower", args, kw)?;
    Ok(Value::string(if s.is_ascii() { s.as_str().to_ascii_lowercase() } else { s.as_str().to_lowercase() }))
}

fn str_casefold(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = no_args(vm, "casefold", args, kw)?;
    if s.is_ascii() {
        return Ok(Value::string(s.as_str().to_ascii_lowercase()));
    }
    let mut out = String::with_capacity(s.len());
    for c in s.as_str().chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ς' => out.push('σ'),
            'ſ' => out.push('s'),
            'µ' => out.push('μ'),
            'ﬀ' => out.push_str("ff"),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            _ => out.extend(c.to_lowercase()),
        }
    }
    Ok(Value::string(out))
}

fn str_swapcase(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = no_args(vm, "swapcase", args, kw)?;
    let mut out = String::with_capacity(s.len());
    for c in s.as_str().chars() {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(Value::string(out))
}

/// Title case of one character (differs from upper case for a few digraphs).
fn push_titlecase(out: &mut String, c: char) {
    match c {
        'Ǆ' | 'ǅ' | 'ǆ' => out.push('ǅ'),
        'Ǉ' | 'ǈ' | 'ǉ' => out.push('ǈ'),
        'Ǌ' | 'ǋ' | 'ǌ' => out.push('ǋ'),
        'Ǳ' | 'ǲ' | 'ǳ' => out.push('ǲ'),
        'ß' => out.push_str("Ss"),
        'ﬁ' => out.push_str("Fi"),
        'ﬂ' => out.push_str("Fl"),
        _ => out.extend(c.to_uppercase()),
    }
}

fn is_titlecase(c: char) -> bool {
    matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ') || ('ᾈ'..='ᾏ').contains(&c) || ('ᾘ'..='ᾟ').contains(&c) || ('ᾨ'..='ᾯ').contains(&c)
        || matches!(c, 'ᾼ' | 'ῌ' | 'ῼ')
}

fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

fn str_title(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = no_args(vm, "title", args, kw)?;
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for c in s.as_str().chars() {
        if previous_is_cased {
            out.extend(c.to_lowercase());
        } else {
            push_titlecase(&mut out, c);
        }
        previous_is_cased = is_cased(c);
    }
    Ok(Value::string(out))
}

fn str_capitalize(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = no_args(vm, "capitalize", args, kw)?;
    let mut chars = s.as_str().chars();
    let mut out = String::with_capacity(s.len());
    if let Some(first) = chars.next() {
        push_titlecase(&mut out, first);
        out.push_str(&chars.as_str().to_lowercase());
    }
    Ok(Value::string(out))
}

// ---------------------------------------------------------------------------
// Predicates.

fn is_digit(c: char) -> bool {
    decimal_value(c).is_some()
        || matches!(c as u32,
            0xB2 | 0xB3 | 0xB9 | 0x1369..=0x1371 | 0x19DA | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089
            | 0x2460..=0x2468 | 0x2474..=0x247C | 0x2488..=0x2490 | 0x24EA | 0x24F5..=0x24FD | 0x24FF
            | 0x2776..=0x277E | 0x2780..=0x2788 | 0x278A..=0x2792 | 0x10A40..=0x10A43 | 0x1F100..=0x1F10A)
}

fn is_numeric(c: char) -> bool {
    is_digit(c)
        || c.is_numeric()
        || matches!(c, '〇' | '零' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '百' | '千' | '万' | '億' | '兆' | '壱' | '弐' | '参' | '拾')
}

fn is_alpha(c: char) -> bool {
    c.is_alphabetic() && !c.is_numeric()
}

fn all_chars(vm: &Vm, name: &str, args: &[Value], kw: KwArgs, pred: fn(char) -> bool) -> PyResult<Value> {
    let s = no_args(vm, name, args, kw)?;
    Ok(Value::Bool(!s.is_empty() && s.as_str().chars().all(pred)))
}

fn str_isdigit(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    all_chars(vm, "isdigit", args, kw, is_digit)
}

fn str_isdecimal(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    all_chars(vm, "isdecimal", args, kw, |c| decimal_value(c).is_some())
}

fn str_isnumeric(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    all_chars(vm, "isnumeric", args, kw, is_numeric)
}

fn str_isalpha(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    all_chars(vm, "isalpha", args, kw, is_alpha)
}

fn str_isalnum(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    all_chars(vm, "isalnum", args, kw, |c| is_alpha(c) || is_numeric(c))
}

fn str_isspace(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    all_chars(vm, "isspace", args, kw, is_py_space)
}

fn str_isascii(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = no_args(vm, "isascii", args, kw)?;
    Ok(Value::Bool(s.is_ascii()))
}

fn str_isprintable(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = no_args(vm, "isprintable", args, kw)?;
    Ok(Value::Bool(s.as_str().chars().all(is_printable)))
}

fn str_isidentifier(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = no_args(vm, "isidentifier", args, kw)?;
    let mut chars = s.as_str().chars();
    let ok = match chars.next() {
        Some(first) => (first == '_' || is_alpha(first)) && chars.all(|c| c == '_' || c.is_alphanumeric()),
        None => false,
    };
    Ok(Value::Bool(ok))
}

fn str_isupper(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = no_args(vm, "isupper", args, kw)?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return Ok(Value::Bool(false));
        }
        cased |= c.is_uppercase();
    }
    Ok(Value::Bool(cased))
}

fn str_islower(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = no_args(vm, "islower", args, kw)?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return Ok(Value::Bool(false));
        }
        cased |= c.is_lowercase();
    }
    Ok(Value::Bool(cased))
}

fn str_istitle(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = no_args(vm, "istitle", args, kw)?;
    let (mut cased, mut previous_is_cased) = (false, false);
    for c in s.as_str().chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if previous_is_cased {
                return Ok(Value::Bool(false));
            }
            previous_is_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !previous_is_cased {
                return Ok(Value::Bool(false));
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

// ---------------------------------------------------------------------------
// Padding.

enum Align {
    Left,
    Right,
    Center,
}

fn pad(vm: &mut Vm, name: &str, args: &[Value], kw: KwArgs, align: Align) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    no_kwargs(vm, name, kw)?;
    super::check_args(vm, name, &args[1..], 1, 2)?;
    let width = vm.index_value(&args[1])?;
    let fill = match args.get(2) {
        None => ' ',
        Some(v) => match builtin_value(v) {
            Value::Str(f) if f.char_len() == 1 => f.char_at(0),
            Value::Str(_) => return Err(vm.type_error("The fill character must be exactly one character long")),
            _ => {
                return Err(vm.type_error(format!("The fill character must be a unicode character, not {}", vm.type_name(v))))
            }
        },
    };
    let len = s.char_len() as i64;
    if len >= width {
        return Ok(Value::Str(s.clone()));
    }
    let margin = (width - len) as usize;
    let left = match align {
        Align::Left => 0,
        Align::Right => margin,
        Align::Center => margin / 2 + (margin & width as usize & 1),
    };
    let mut out = String::with_capacity(s.len() + margin * fill.len_utf8());
    out.extend(std::iter::repeat(fill).take(left));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat(fill).take(margin - left));
    Ok(Value::string(out))
}

fn str_center(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    pad(vm, "center", args, kw, Align::Center)
}

fn str_ljust(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    pad(vm, "ljust", args, kw, Align::Left)
}

fn str_rjust(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    pad(vm, "rjust", args, kw, Align::Right)
}

fn str_zfill(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (s, width) = one_arg(vm, "zfill", args, kw)?;
    let width = vm.index_value(width)?;
    let len = s.char_len() as i64;
    if len >= width {
        return Ok(Value::Str(s.clone()));
    }
    let fill = (width - len) as usize;
    let text = s.as_str();
    let mut out = String::with_capacity(text.len() + fill);
    let rest = match text.as_bytes().first() {
        Some(&sign @ (b'+' | b'-')) => {
            out.push(sign as char);
            &text[1..]
        }
        _ => text,
    };
    out.extend(std::iter::repeat('0').take(fill));
    out.push_str(rest);
    Ok(Value::string(out))
}

fn str_expandtabs(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "expandtabs")?;
    let params = merge_kwargs(vm, "expandtabs", &args[1..], kw, &["tabsize"])?;
    let tabsize = match params[0] {
        Some(v) => vm.index_value(v)?,
        None => 8,
    };
    if !s.as_str().contains('\t') {
        return Ok(Value::Str(s.clone()));
    }
    let mut out = String::with_capacity(s.len() + 16);
    let mut column: i64 = 0;
    for c in s.as_str().chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let spaces = tabsize - column % tabsize;
                    out.extend(std::iter::repeat(' ').take(spaces as usize));
                    column += spaces;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(Value::string(out))
}

// ---------------------------------------------------------------------------
// join, replace, translate.

fn str_join(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (sep, iterable) = one_arg(vm, "join", args, kw)?;
    let sep = sep.clone();
    // Lists and tuples are read in place: no copy of the items.
    let joined = match iterable {
        Value::List(l) => {
            let items = l.lock();
            join_slice(&sep, &items)
        }
        Value::Tuple(t) => join_slice(&sep, t.as_slice()),
        _ => {
            let it = vm.iter(iterable).map_err(|e| {
                if e.is(&vm.types().exceptions.type_error) {
                    vm.type_error("can only join an iterable")
                } else {
                    e
                }
            })?;
            let mut items = Vec::new();
            while let Some(x) = vm.next(&it)? {
                items.push(x);
            }
            join_slice(&sep, &items)
        }
    };
    joined.map_err(|(i, bad)| {
        vm.type_error(format!("sequence item {i}: expected str instance, {} found", vm.type_name(&bad)))
    })
}

/// Joins str items, or returns the index and value of the first non-str.
fn join_slice(sep: &PyStr, items: &[Value]) -> Result<Value, (usize, Value)> {
    let mut total = sep.len() * items.len().saturating_sub(1);
    for (i, item) in items.iter().enumerate() {
        match builtin_value(item) {
            Value::Str(s) => total += s.len(),
            _ => return Err((i, item.clone())),
        }
    }
    if let [Value::Str(only)] = items {
        return Ok(Value::Str(only.clone()));
    }
    let mut out = String::with_capacity(total);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        if let Value::Str(s) = builtin_value(item) {
            out.push_str(s.as_str());
        }
    }
    Ok(Value::string(out))
}

fn str_replace(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "replace")?;
    no_kwargs(vm, "replace", kw)?;
    super::check_args(vm, "replace", &args[1..], 2, 3)?;
    let old = str_arg(vm, &args[1], |t| format!("replace() argument 1 must be str, not {t}"))?;
    let new = str_arg(vm, &args[2], |t| format!("replace() argument 2 must be str, not {t}"))?;
    let count = match args.get(3) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    if count == 0 || (!old.is_empty() && !s.as_str().contains(old.as_str())) {
        return Ok(Value::Str(s.clone()));
    }
    Ok(Value::string(if count < 0 {
        s.as_str().replace(old.as_str(), new.as_str())
    } else {
        s.as_str().replacen(old.as_str(), new.as_str(), count as usize)
    }))
}

fn str_maketrans(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("maketrans() takes no keyword arguments"));
    }
    super::check_args(vm, "maketrans", args, 1, 3)?;
    let table = Arc::new(PyDict::new());
    if args.len() == 1 {
        let Value::Dict(d) = builtin_value(&args[0]) else {
            return Err(vm.type_error("if you give only one argument to maketrans it must be a dict"));
        };
        for (k, v) in d.items() {
            let key = match builtin_value(&k) {
                Value::Int(_) | Value::BigInt(_) => k.clone(),
                Value::Bool(b) => Value::Int(*b as i64),
                Value::Str(s) if s.char_len() == 1 => Value::Int(s.char_at(0) as i64),
                Value::Str(_) => return Err(vm.value_error("string keys in translate table must be of length 1")),
                _ => return Err(vm.type_error("keys in translate table must be strings or integers")),
            };
            vm.dict_set(&table, key, v)?;
        }
        return Ok(Value::Dict(table));
    }
    let from = str_arg(vm, &args[0], |t| format!("maketrans() argument 1 must be str, not {t}"))?;
    let to = str_arg(vm, &args[1], |t| format!("maketrans() argument 2 must be str, not {t}"))?;
    if from.char_len() != to.char_len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in from.as_str().chars().zip(to.as_str().chars()) {
        vm.dict_set(&table, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(z) = args.get(2) {
        let delete = str_arg(vm, z, |t| format!("maketrans() argument 3 must be str, not {t}"))?;
        for c in delete.as_str().chars() {
            vm.dict_set(&table, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Dict(table))
}

fn str_translate(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (s, table) = one_arg(vm, "translate", args, kw)?;
    let (s, table) = (s.clone(), table.clone());
    let lookup_error = vm.types().exceptions.lookup_error.clone();
    let mut out = String::with_capacity(s.len());
    // Results for ASCII characters, looked up once each.
    let mut ascii_cache: Vec<Option<Option<Value>>> = vec![None; 128];
    for c in s.as_str().chars() {
        let cached = if c.is_ascii() { ascii_cache[c as usize].clone() } else { None };
        let mapped = match cached {
            Some(m) => m,
            None => {
                let key = Value::Int(c as i64);
                let m = match &table {
                    Value::Dict(d) => vm.dict_get(d, &key)?,
                    _ => match vm.get_item(&table, &key) {
                        Ok(v) => Some(v),
                        Err(e) if e.is(&lookup_error) => None,
                        Err(e) => return Err(e),
                    },
                };
                if c.is_ascii() {
                    ascii_cache[c as usize] = Some(m.clone());
                }
                m
            }
        };
        match mapped.as_ref().map(builtin_value) {
            None => out.push(c),
            Some(Value::None) => {}
            Some(Value::Str(r)) => out.push_str(r.as_str()),
            Some(Value::Int(i)) => match u32::try_from(*i).ok().and_then(char::from_u32) {
                Some(r) => out.push(r),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            Some(_) => return Err(vm.type_error("character mapping must return integer, None or str")),
        }
    }
    Ok(same_or_new_exact(&s, out))
}

fn same_or_new_exact(original: &Arc<PyStr>, text: String) -> Value {
    if text == original.as_str() {
        Value::Str(original.clone())
    } else {
        Value::string(text)
    }
}

// ---------------------------------------------------------------------------
// Dunders. The VM runs these operations directly; these entries exist so that
// `str.__add__`, `super().__eq__(...)` and friends work from Python.

fn dunder_other<'a>(vm: &Vm, name: &str, args: &'a [Value]) -> PyResult<(&'a Arc<PyStr>, &'a Value)> {
    let s = this(vm, args, name)?;
    if args.len() != 2 {
        return Err(vm.type_error(format!("expected 1 argument, got {}", args.len() - 1)));
    }
    Ok((s, &args[1]))
}

fn dunder_none<'a>(vm: &Vm, name: &str, args: &'a [Value]) -> PyResult<&'a Arc<PyStr>> {
    let s = this(vm, args, name)?;
    if args.len() != 1 {
        return Err(vm.type_error(format!("expected 0 arguments, got {}", args.len() - 1)));
    }
    Ok(s)
}

fn str_dunder_add(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (s, other) = dunder_other(vm, "__add__", args)?;
    match builtin_value(other) {
        Value::Str(o) => {
            let mut out = String::with_capacity(s.len() + o.len());
            out.push_str(s.as_str());
            out.push_str(o.as_str());
            Ok(Value::string(out))
        }
        _ => Err(vm.type_error(format!("can only concatenate str (not \"{}\") to str", vm.type_name(other)))),
    }
}

fn str_dunder_mul(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (s, other) = dunder_other(vm, "__mul__", args)?;
    let s = s.clone();
    let n = vm.index_value(other)?;
    Ok(Value::string(s.as_str().repeat(n.max(0) as usize)))
}

fn str_dunder_mod(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (s, other) = dunder_other(vm, "__mod__", args)?;
    super::strings::percent_format(vm, &Value::Str(s.clone()), other)
}

fn str_dunder_rmod(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    dunder_other(vm, "__rmod__", args)?;
    Ok(Value::NotImplemented)
}

fn str_dunder_len(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = dunder_none(vm, "__len__", args)?;
    Ok(Value::Int(s.char_len() as i64))
}

fn str_dunder_contains(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (s, item) = dunder_other(vm, "__contains__", args)?;
    let s = Value::Str(s.clone());
    Ok(Value::Bool(vm.contains(&s, item)?))
}

fn str_dunder_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (s, index) = dunder_other(vm, "__getitem__", args)?;
    let s = Value::Str(s.clone());
    vm.get_item(&s, index)
}

fn str_dunder_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = dunder_none(vm, "__iter__", args)?;
    let s = Value::Str(s.clone());
    vm.iter(&s)
}

fn str_compare(vm: &mut Vm, args: &[Value], op: CmpKind) -> PyResult<Value> {
    let (s, other) = dunder_other(vm, op.dunder(), args)?;
    let Value::Str(o) = builtin_value(other) else { return Ok(Value::NotImplemented) };
    let (a, b) = (s.as_str(), o.as_str());
    Ok(Value::Bool(match op {
        CmpKind::Eq => a == b,
        CmpKind::Ne => a != b,
        CmpKind::Lt => a < b,
        CmpKind::Le => a <= b,
        CmpKind::Gt => a > b,
        CmpKind::Ge => a >= b,
    }))
}

fn str_dunder_eq(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    str_compare(vm, args, CmpKind::Eq)
}

fn str_dunder_ne(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    str_compare(vm, args, CmpKind::Ne)
}

fn str_dunder_lt(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    str_compare(vm, args, CmpKind::Lt)
}

fn str_dunder_le(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    str_compare(vm, args, CmpKind::Le)
}

fn str_dunder_gt(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    str_compare(vm, args, CmpKind::Gt)
}

fn str_dunder_ge(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    str_compare(vm, args, CmpKind::Ge)
}

fn str_dunder_hash(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = dunder_none(vm, "__hash__", args)?;
    let s = Value::Str(s.clone());
    Ok(Value::Int(vm.hash(&s)?))
}

fn str_dunder_str(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = dunder_none(vm, "__str__", args)?;
    Ok(Value::Str(s.clone()))
}

fn str_dunder_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = dunder_none(vm, "__repr__", args)?;
    Ok(Value::string(crate::objects::format::str_repr(s.as_str())))
}

fn str_dunder_format(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (s, spec) = dunder_other(vm, "__format__", args)?;
    let spec = str_arg(vm, spec, |t| format!("__format__() argument must be str, not {t}"))?;
    let s = Value::Str(s.clone());
    Ok(Value::string(vm.format(&s, spec.as_str())?))
}
