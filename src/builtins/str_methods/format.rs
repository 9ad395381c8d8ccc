//! `str.format` and `str.format_map`, following CPython's
//! Objects/stringlib/unicode_format.h: the same parse, the same errors.

use std::fmt::Write;
use crate::objects::Arc;

use super::{one_arg, this};
use crate::objects::format::ascii_escape;
use crate::objects::{KwArgs, PyStr, Value};
use crate::vm::{PyResult, Vm};

/// Where named fields come from.
enum Named<'a> {
    Keywords(KwArgs<'a>),
    Mapping(&'a Value),
}

/// Automatic (`{}`) or manual (`{0}`) field numbering; one call may not mix them.
#[derive(PartialEq)]
enum Numbering {
    Unset,
    Auto,
    Manual,
}

struct Fields<'a> {
    /// `None` for `format_map`, which has no positional arguments.
    positional: Option<&'a [Value]>,
    named: Named<'a>,
    numbering: Numbering,
    next_auto: usize,
}

pub fn str_format(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let template = this(vm, args, "format")?;
    let mut fields = Fields { positional: Some(&args[1..]), named: Named::Keywords(kw), numbering: Numbering::Unset, next_auto: 0 };
    let mut out = String::with_capacity(template.len() + 8 * args.len());
    render(vm, template.as_str(), &mut fields, 2, &mut out)?;
    Ok(Value::string(out))
}

pub fn str_format_map(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (template, mapping) = one_arg(vm, "format_map", args, kw)?;
    let mut fields = Fields { positional: None, named: Named::Mapping(mapping), numbering: Numbering::Unset, next_auto: 0 };
    let mut out = String::with_capacity(template.len() + 16);
    render(vm, template.as_str(), &mut fields, 2, &mut out)?;
    Ok(Value::string(out))
}

/// One replacement field, as parsed.
struct Field<'t> {
    name: &'t str,
    conversion: Option<char>,
    spec: &'t str,
    spec_needs_expanding: bool,
}

/// Appends `template` with its fields replaced to `out`; `depth` bounds the
/// nesting of fields inside format specs.
fn render(vm: &mut Vm, template: &str, fields: &mut Fields, depth: u32, out: &mut String) -> PyResult<()> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let bytes = template.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        let literal_start = i;
        while i < n && bytes[i] != b'{' && bytes[i] != b'}' {
            i += 1;
        }
        out.push_str(&template[literal_start..i]);
        if i >= n {
            break;
        }
        let brace = bytes[i];
        i += 1;
        let doubled = i < n && bytes[i] == brace;
        if brace == b'}' {
            if !doubled {
                return Err(vm.value_error("Single '}' encountered in format string"));
            }
            out.push('}');
            i += 1;
            continue;
        }
        if i >= n {
            return Err(vm.value_error("Single '{' encountered in format string"));
        }
        if doubled {
            out.push('{');
            i += 1;
            continue;
        }
        let (field, next) = parse_field(vm, template, i)?;
        i = next;
        render_field(vm, &field, fields, depth, out)?;
    }
    Ok(())
}

/// Parses the field starting at byte `pos` (just after its `{`); returns it
/// and the position after its closing `}`.
fn parse_field<'t>(vm: &Vm, s: &'t str, mut pos: usize) -> PyResult<(Field<'t>, usize)> {
    let b = s.as_bytes();
    let n = b.len();
    let name_start = pos;
    let mut c = 0u8;
    while pos < n {
        c = b[pos];
        pos += 1;
        match c {
            b'{' => return Err(vm.value_error("unexpected '{' in field name")),
            b'[' => {
                while pos < n && b[pos] != b']' {
                    pos += 1;
                }
            }
            b'}' | b':' | b'!' => break,
            _ => {}
        }
    }
    let name = &s[name_start..pos.saturating_sub(1).max(name_start)];
    let mut field = Field { name, conversion: None, spec: "", spec_needs_expanding: false };
    if c != b'!' && c != b':' {
        if c != b'}' {
            return Err(vm.value_error("expected '}' before end of string"));
        }
        return Ok((field, pos));
    }
    if c == b'!' {
        if pos >= n {
            return Err(vm.value_error("end of string while looking for conversion specifier"));
        }
        let conv = s[pos..].chars().next().expect("in bounds");
        field.conversion = Some(conv);
        pos += conv.len_utf8();
        if pos < n {
            let next = b[pos];
            pos += 1;
            if next == b'}' {
                return Ok((field, pos));
            }
            if next != b':' {
                return Err(vm.value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = pos;
    let mut open = 1;
    while pos < n {
        let c = b[pos];
        pos += 1;
        if c == b'{' {
            field.spec_needs_expanding = true;
            open += 1;
        } else if c == b'}' {
            open -= 1;
            if open == 0 {
                field.spec = &s[spec_start..pos - 1];
                return Ok((field, pos));
            }
        }
    }
    Err(vm.value_error("unmatched '{' in format spec"))
}

fn render_field(vm: &mut Vm, field: &Field, fields: &mut Fields, depth: u32, out: &mut String) -> PyResult<()> {
    let value = field_value(vm, field.name, fields)?;
    let value = match field.conversion {
        None => value,
        Some('s') => Value::string(vm.to_str(&value)?),
        Some('r') => Value::string(vm.repr(&value)?),
        Some('a') => Value::string(ascii_escape(&vm.repr(&value)?)),
        Some(c) if (c as u32) > 32 && (c as u32) < 127 => {
            return Err(vm.value_error(format!("Unknown conversion specifier {c}")))
        }
        Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))),
    };
    let expanded;
    let spec = if field.spec_needs_expanding {
        let mut s = String::new();
        render(vm, field.spec, fields, depth - 1, &mut s)?;
        expanded = s;
        expanded.as_str()
    } else {
        field.spec
    };
    if spec.is_empty() {
        match &value {
            Value::Str(s) => {
                out.push_str(s.as_str());
                return Ok(());
            }
            Value::Int(i) => {
                let _ = write!(out, "{i}");
                return Ok(());
            }
            _ => {}
        }
    }
    out.push_str(&vm.format(&value, spec)?);
    Ok(())
}

/// A field name that is all ASCII digits, as an index.
fn field_index(vm: &Vm, text: &str) -> PyResult<Option<usize>> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    text.parse::<usize>()
        .ok()
        .filter(|&i| i <= isize::MAX as usize)
        .map(Some)
        .ok_or_else(|| vm.value_error("Too many decimal digits in format string"))
}

/// The object a field name designates: an argument, then `.attr` and `[key]` lookups.
fn field_value(vm: &mut Vm, name: &str, fields: &mut Fields) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut rest) = name.split_at(first_end);
    let mut index = field_index(vm, first)?;
    let is_empty = first.is_empty();
    if is_empty || index.is_some() {
        if fields.numbering == Numbering::Unset {
            fields.numbering = if is_empty { Numbering::Auto } else { Numbering::Manual };
        }
        match (&fields.numbering, is_empty) {
            (Numbering::Manual, true) => {
                return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering"))
            }
            (Numbering::Auto, false) => {
                return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification"))
            }
            _ => {}
        }
        if is_empty {
            index = Some(fields.next_auto);
            fields.next_auto += 1;
        }
    }
    let mut value = match index {
        Some(i) => {
            let Some(positional) = fields.positional else {
                return Err(vm.value_error("Format string contains positional fields"));
            };
            match positional.get(i) {
                Some(v) => v.clone(),
                None => return Err(vm.index_error(format!("Replacement index {i} out of range for positional args tuple"))),
            }
        }
        None => match &fields.named {
            Named::Keywords(kw) => match kw.iter().find(|(k, _)| k.as_str() == first) {
                Some((_, v)) => v.clone(),
                None => return Err(vm.key_error(Value::str(first))),
            },
            Named::Mapping(m) => {
                let m = (*m).clone();
                vm.get_item(&m, &Value::str(first))?
            }
        },
    };
    while let Some(&c) = rest.as_bytes().first() {
        rest = &rest[1..];
        match c {
            b'.' => {
                let end = rest.find(['.', '[']).unwrap_or(rest.len());
                let attr = &rest[..end];
                rest = &rest[end..];
                if attr.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                value = vm.get_attr(&value, &Arc::new(PyStr::new(attr)))?;
            }
            b'[' => {
                let Some(end) = rest.find(']') else {
                    return Err(vm.value_error("Missing ']' in format string"));
                };
                let key = &rest[..end];
                rest = &rest[end + 1..];
                if key.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                let key = match field_index(vm, key)? {
                    Some(i) => Value::Int(i as i64),
                    None => Value::str(key),
                };
                value = vm.get_item(&value, &key)?;
            }
            _ => return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier")),
        }
    }
    Ok(value)
}
