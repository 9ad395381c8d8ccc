//! Methods of the natively implemented objects: generators, ranges, slices.

use crate::objects::Arc;

use super::add_method;
use super::range::Range;
use super::slice::Slice;
use crate::objects::{KwArgs, Value};
use crate::vm::iter::{Generator, Resumed};
use crate::vm::{Interpreter, PyResult, Vm};

pub fn register(interp: &Arc<Interpreter>) {
    let t = &interp.types;
    add_method(&t.generator, "send", generator_send);
    add_method(&t.generator, "throw", generator_throw);
    add_method(&t.generator, "close", generator_close);
    add_method(&t.generator, "__next__", generator_next);
    add_method(&t.generator, "__iter__", identity);
    add_method(&t.range, "index", range_index);
    add_method(&t.range, "count", range_count);
    add_method(&t.range, "__len__", range_len);
    add_method(&t.range, "__getitem__", range_getitem);
    add_method(&t.range, "__contains__", range_contains);
    add_method(&t.range, "__reversed__", range_reversed);
    add_method(&t.range, "__iter__", range_iter);
    add_method(&t.slice, "indices", slice_indices);
}

fn generator<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Generator> {
    match v {
        Value::Native(n) => n.downcast::<Generator>().ok_or_else(|| vm.type_error("descriptor requires a 'generator' object")),
        _ => Err(vm.type_error("descriptor requires a 'generator' object")),
    }
}

fn identity(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn finish(vm: &mut Vm, r: Resumed) -> PyResult<Value> {
    match r {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(v) => Err(vm.stop_iteration(v)),
    }
}

fn generator_send(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    super::check_args(vm, "send", &args[1..], 1, 1)?;
    let g = args[0].clone();
    let r = generator(vm, &g)?.resume(vm, Ok(args[1].clone()))?;
    finish(vm, r)
}

fn generator_next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = args[0].clone();
    let r = generator(vm, &g)?.resume(vm, Ok(Value::None))?;
    finish(vm, r)
}

/// `gen.throw(exc)` or `gen.throw(type[, value[, traceback]])`.
fn generator_throw(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    super::check_args(vm, "throw", &args[1..], 1, 3)?;
    let g = args[0].clone();
    let r = generator(vm, &g)?.throw(vm, &args[1..])?;
    finish(vm, r)
}

fn generator_close(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let g = args[0].clone();
    generator(vm, &g)?.close(vm)?;
    Ok(Value::None)
}

fn range<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Range> {
    match v {
        Value::Native(n) => n.downcast::<Range>().ok_or_else(|| vm.type_error("descriptor requires a 'range' object")),
        _ => Err(vm.type_error("descriptor requires a 'range' object")),
    }
}

fn range_index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    super::check_args(vm, "index", &args[1..], 1, 1)?;
    let r = range(vm, &args[0])?;
    if let Some(i) = crate::vm::ops_to_bigint(&args[1]) {
        if let Some(at) = r.position(&i) {
            return Ok(Value::from_bigint(at));
        }
        let shown = vm.repr(&args[1])?;
        return Err(vm.value_error(format!("{shown} is not in range")));
    }
    // Not an int: compared with `==` to each item, as any sequence.
    let it = vm.iter(&args[0])?;
    let mut at = 0i64;
    while let Some(x) = vm.next(&it)? {
        if vm.eq(&x, &args[1])? {
            return Ok(Value::Int(at));
        }
        at += 1;
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

fn range_len(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    super::check_args(vm, "__len__", &args[1..], 0, 0)?;
    Ok(Value::Int(range(vm, &args[0])?.len(vm)? as i64))
}

fn range_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    super::check_args(vm, "__getitem__", &args[1..], 1, 1)?;
    let r = range(vm, &args[0])?;
    super::range::get_item(vm, r, &args[1])
}

fn range_contains(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    super::check_args(vm, "__contains__", &args[1..], 1, 1)?;
    range(vm, &args[0])?;
    Ok(Value::Bool(vm.contains(&args[0], &args[1])?))
}

fn range_reversed(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    super::check_args(vm, "__reversed__", &args[1..], 0, 0)?;
    Ok(range(vm, &args[0])?.reversed())
}

fn range_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    super::check_args(vm, "__iter__", &args[1..], 0, 0)?;
    Ok(range(vm, &args[0])?.iter())
}

fn range_count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    super::check_args(vm, "count", &args[1..], 1, 1)?;
    let r = range(vm, &args[0])?;
    if let Some(i) = crate::vm::ops_to_bigint(&args[1]) {
        return Ok(Value::Int(r.position(&i).is_some() as i64));
    }
    let it = vm.iter(&args[0])?;
    let mut n = 0i64;
    while let Some(x) = vm.next(&it)? {
        if vm.eq(&x, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn slice_indices(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    super::check_args(vm, "indices", &args[1..], 1, 1)?;
    let len = vm.index_value(&args[1])?;
    if len < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let s = match &args[0] {
        Value::Native(n) => n.downcast::<Slice>().ok_or_else(|| vm.type_error("descriptor requires a 'slice' object"))?,
        _ => return Err(vm.type_error("descriptor requires a 'slice' object")),
    };
    let (start, stop, step, _) = s.indices(vm, len as usize)?;
    Ok(Value::tuple(vec![Value::Int(start), Value::Int(stop), Value::Int(step)]))
}
