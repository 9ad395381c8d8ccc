//! The set-like side of dict views (`d.keys() & {1}`, `d.items() == s`,
//! `isdisjoint` lives with the view methods) and `view.mapping`, a read-only
//! `mappingproxy` of the view's dict.

use crate::objects::Arc;

use super::add_method;
use super::containers::DictView;
use crate::compile::bytecode::{BinKind, CmpKind};
use crate::objects::{Class, KwArgs, NativeObject, PyDict, Value};
use crate::vm::iter::VecIterKind;
use crate::vm::{Interpreter, PyResult, Types, Vm};

pub fn register(interp: &Arc<Interpreter>) {
    let t = &interp.types;
    let methods: [(&'static str, crate::objects::NativeFn); 10] = [
        ("keys", proxy_keys),
        ("values", proxy_values),
        ("items", proxy_items),
        ("get", proxy_get),
        ("copy", proxy_copy),
        ("__getitem__", proxy_getitem),
        ("__len__", proxy_len),
        ("__iter__", proxy_iter),
        ("__contains__", proxy_contains),
        ("__reversed__", proxy_reversed),
    ];
    for (name, f) in methods {
        add_method(&t.mappingproxy, name, f);
    }
}

/// A read-only view of a dict: what `d.keys().mapping` returns.
pub struct MappingProxy {
    pub dict: Arc<PyDict>,
}

impl NativeObject for MappingProxy {
    fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
        &t.mappingproxy
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, vm: &mut Vm) -> Option<PyResult<String>> {
        Some(vm.repr(&Value::Dict(self.dict.clone())).map(|r| format!("mappingproxy({r})")))
    }
}

/// The dict behind a mapping proxy, which every read-only protocol
/// (`[]`, `len`, `in`, iteration, `==`) uses in its place.
pub fn proxied(v: &Value) -> Option<Value> {
    match v {
        Value::Native(n) => n.downcast::<MappingProxy>().map(|p| Value::Dict(p.dict.clone())),
        _ => None,
    }
}

/// `view.mapping`.
pub fn view_mapping(view: &DictView) -> Value {
    Value::native(MappingProxy { dict: view.dict.clone() })
}

/// A keys or items view: the views that behave as sets.
fn set_like_view(v: &Value) -> bool {
    match v {
        Value::Native(n) => n.downcast::<DictView>().map_or(false, |d| !matches!(d.kind, VecIterKind::DictValues)),
        _ => false,
    }
}

/// `a op b` for `& | - ^` when either side is a keys or items view: both
/// sides (any iterable) are made sets and the set operator applies, as in
/// CPython; `None` when neither side is such a view.
pub fn binary(vm: &mut Vm, a: &Value, b: &Value, op: BinKind) -> Option<PyResult<Value>> {
    if !matches!(op, BinKind::And | BinKind::Or | BinKind::Sub | BinKind::Xor) || !(set_like_view(a) || set_like_view(b)) {
        return None;
    }
    Some((|| {
        let xs = vm.collect(a)?;
        let x = vm.new_set(xs, false)?;
        let ys = vm.collect(b)?;
        let y = vm.new_set(ys, false)?;
        super::containers::set_operator(vm, &x, &y, op, false)
    })())
}

/// Comparison of a keys or items view with a set or another such view,
/// as sets; `None` when it does not apply.
pub fn compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpKind) -> Option<PyResult<bool>> {
    let set_like = |v: &Value| set_like_view(v) || matches!(v, Value::Set(_));
    if !(set_like_view(a) || set_like_view(b)) || !set_like(a) || !set_like(b) {
        return None;
    }
    Some((|| {
        let xs = vm.collect(a)?;
        let x = vm.new_set(xs, true)?;
        let ys = vm.collect(b)?;
        let y = vm.new_set(ys, true)?;
        let r = vm.compare(&x, &y, op)?;
        vm.truthy(&r)
    })())
}

fn proxy_self(vm: &Vm, args: &[Value]) -> PyResult<Value> {
    args.first()
        .and_then(proxied)
        .ok_or_else(|| vm.type_error("descriptor requires a 'mappingproxy' object"))
}

/// Calls the dict method `name` on the proxied dict.
fn delegate(vm: &mut Vm, args: &[Value], kw: KwArgs, name: &str) -> PyResult<Value> {
    let d = proxy_self(vm, args)?;
    let m = vm.get_attr(&d, &Arc::new(crate::objects::PyStr::new(name)))?;
    vm.call_kw(m, &args[1..], kw)
}

macro_rules! delegates {
    ($($f:ident => $name:literal),* $(,)?) => {
        $(fn $f(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
            delegate(vm, args, kw, $name)
        })*
    };
}

delegates! {
    proxy_keys => "keys", proxy_values => "values", proxy_items => "items", proxy_get => "get",
    proxy_copy => "copy",
}

fn one_arg(vm: &Vm, args: &[Value], name: &str) -> PyResult<()> {
    if args.len() == 2 {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes exactly one argument ({} given)", args.len() - 1)))
    }
}

fn proxy_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = proxy_self(vm, args)?;
    one_arg(vm, args, "__getitem__")?;
    vm.get_item(&d, &args[1])
}

fn proxy_contains(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = proxy_self(vm, args)?;
    one_arg(vm, args, "__contains__")?;
    Ok(Value::Bool(vm.contains(&d, &args[1])?))
}

fn proxy_len(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = proxy_self(vm, args)?;
    Ok(Value::Int(vm.len(&d)? as i64))
}

fn proxy_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = proxy_self(vm, args)?;
    vm.iter(&d)
}

fn proxy_reversed(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let d = proxy_self(vm, args)?;
    let reversed = Value::Class(vm.types().reversed.clone());
    vm.call(reversed, &[d])
}
