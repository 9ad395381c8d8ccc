//! Operators: arithmetic, comparison, truth, hashing and membership, with
//! fast paths for the built-in types and dunder dispatch for classes.

use std::cmp::Ordering;
use crate::objects::Arc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{PyResult, Vm};
use crate::compile::bytecode::{BinKind, CmpKind};
use crate::objects::numparse;
use crate::objects::table::simple_eq;
use crate::objects::complex::{self, Complex};
use crate::objects::{Class, Payload, Value};

/// CPython's modulus for numeric hashes: 2**61 - 1.
const HASH_MODULUS: i64 = (1 << 61) - 1;

pub fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % HASH_MODULUS as u64) as i64;
    let h = if i < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_f64(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return hash_i64(f as i64);
    }
    // Reduce the exact binary value modulo 2**61 - 1, as CPython does.
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS as u64) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS as u64 {
            x -= HASH_MODULUS as u64;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    x = ((x << e) & HASH_MODULUS as u64) | x >> (61 - e);
    let h = if f < 0.0 { -(x as i64) } else { x as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 {
        return (0.0, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(f * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MODULUS);
    let r = (b.abs() % &m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// Unwraps instances of int/float/str/tuple subclasses to their built-in value.
pub fn builtin_value(v: &Value) -> &Value {
    match v {
        Value::Instance(i) => match &i.payload {
            Payload::Immutable(inner) => inner,
            _ => v,
        },
        _ => v,
    }
}

/// A plain list, dict or set holding the contents of an instance of a
/// subclass of one, for comparisons; None for anything else.
fn container_copy(v: &Value) -> Option<Value> {
    let Value::Instance(i) = v else { return None };
    match &i.payload {
        Payload::List(l) => Some(Value::list(l.snapshot())),
        Payload::Dict(d) => {
            let table = (*d.lock()).clone();
            Some(Value::Dict(Arc::new(crate::objects::PyDict::from_table(table))))
        }
        Payload::Set(s) => {
            let table = (*s.lock()).clone();
            Some(Value::Set(Arc::new(crate::objects::PySet::new(table, s.frozen))))
        }
        _ => None,
    }
}

fn float_of(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::BigInt(b) => b.to_f64(),
        _ => None,
    }
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

impl Vm {
    /// The class of any value.
    pub fn class_of<'a>(&'a self, v: &'a Value) -> &'a Arc<Class> {
        let t = &self.interp.types;
        match v {
            Value::None => &t.none_type,
            Value::NotImplemented => &t.not_implemented_type,
            Value::Ellipsis => &t.ellipsis,
            Value::Bool(_) => &t.bool,
            Value::Int(_) | Value::BigInt(_) => &t.int,
            Value::Float(_) => &t.float,
            Value::Str(_) => &t.str,
            Value::List(_) => &t.list,
            Value::Tuple(_) => &t.tuple,
            Value::Dict(_) => &t.dict,
            Value::Set(s) => {
                if s.frozen {
                    &t.frozenset
                } else {
                    &t.set
                }
            }
            Value::Function(_) | Value::StaticFunction(_) => &t.function,
            Value::Builtin(_) | Value::StaticBuiltin(_) => &t.builtin_function,
            Value::Method(_) => &t.method,
            Value::Class(c) => c.metaclass.as_ref().unwrap_or(&t.type_),
            Value::Instance(i) => &i.class,
            Value::Module(_) => &t.module,
            Value::Native(n) => n.class(t),
            Value::Cell(_) => &t.cell,
            Value::Undefined => &t.none_type,
        }
    }

    /// A dunder defined by Python code on the value's class (not a built-in).
    pub fn user_dunder(&self, v: &Value, name: &str) -> Option<Value> {
        match v {
            Value::Instance(i) => {
                let found = self.class_cache.lookup_str(&i.class, name)?;
                match found {
                    Value::Builtin(_) | Value::StaticBuiltin(_) => None,
                    other => Some(other),
                }
            }
            // A class whose metaclass defines the dunder (`__iter__` of an Enum).
            Value::Class(c) => match c.metaclass.as_ref()?.lookup_str(name)? {
                Value::Builtin(_) | Value::StaticBuiltin(_) => None,
                other => Some(other),
            },
            _ => None,
        }
    }

    /// The dunder `name` of a native object whose protocols are its class's
    /// methods (see `NativeObject::protocols_in_class`).
    pub fn native_dunder(&self, v: &Value, name: &str) -> Option<Value> {
        match v {
            Value::Native(n) if n.protocols_in_class() => self.class_cache.lookup_str(n.class(self.types()), name),
            _ => None,
        }
    }

    /// `a op b` for such native objects: their comparison dunders, then the
    /// reflected one of `b`; `None` when both say NotImplemented.
    fn compare_native(&mut self, a: &Value, b: &Value, op: CmpKind) -> PyResult<Option<bool>> {
        for (recv, other, name) in [(a, b, op.dunder()), (b, a, op.swapped().dunder())] {
            if let Some(m) = self.native_dunder(recv, name) {
                let r = self.call_dunder(m, recv, &[other.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(self.truthy(&r)?));
                }
            }
        }
        Ok(None)
    }

    /// `a op b` (or `a op= b`) for such native objects: the in-place dunder,
    /// the forward one, then the reflected one. `look_*` are the native
    /// values (unwrapped from a subclass instance), `a`/`b` what receives the call.
    fn binary_native(&mut self, look_a: &Value, look_b: &Value, a: &Value, b: &Value, op: BinKind, inplace: bool) -> PyResult<Option<Value>> {
        let (fwd, rev, ip) = op.dunders();
        let mut tries = Vec::with_capacity(3);
        if inplace {
            tries.push((look_a, a, b, ip));
        }
        tries.push((look_a, a, b, fwd));
        tries.push((look_b, b, a, rev));
        for (look, recv, other, name) in tries {
            if let Some(m) = self.native_dunder(look, name) {
                let r = self.call_dunder(m, recv, &[other.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }

    /// Calls a dunder found on the class with `self` first.
    pub fn call_dunder(&mut self, method: Value, receiver: &Value, args: &[Value]) -> PyResult<Value> {
        match self.bind_descriptor(method, receiver)? {
            Some(bound) => self.call(bound, args),
            None => Err(self.type_error("dunder is not callable")),
        }
    }

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::BigInt(_) => true,
            Value::Str(s) => !s.is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) => !s.is_empty(),
            Value::Instance(i) => {
                if let Some(m) = self.user_dunder(v, "__bool__") {
                    let r = self.call_dunder(m, v, &[])?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => Err(self.type_error(format!("__bool__ should return bool, returned {}", self.type_name(&other)))),
                    };
                }
                if let Some(m) = self.user_dunder(v, "__len__") {
                    let r = self.call_dunder(m, v, &[])?;
                    return Ok(self.index_value(&r)? != 0);
                }
                match &i.payload {
                    Payload::Immutable(inner) => {
                        let inner = inner.clone();
                        return self.truthy(&inner);
                    }
                    Payload::List(l) => !l.is_empty(),
                    Payload::Dict(d) => !d.is_empty(),
                    Payload::Set(s) => !s.is_empty(),
                    _ => true,
                }
            }
            Value::Native(n) => {
                if let Some(r) = n.downcast::<crate::builtins::range::Range>() {
                    !r.is_empty()
                } else if let Some(c) = n.downcast::<Complex>() {
                    c.re != 0.0 || c.im != 0.0
                } else if let Some(n) = crate::objects::bytes::len(v) {
                    n > 0
                } else if let Some(m) = self.native_dunder(v, "__len__") {
                    let r = self.call_dunder(m, v, &[])?;
                    self.index_value(&r)? != 0
                } else {
                    true
                }
            }
            _ => true,
        })
    }

    /// An int used as an index or count (`__index__`).
    pub fn index_value(&mut self, v: &Value) -> PyResult<i64> {
        match builtin_value(v) {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(_) => Err(self.index_error("cannot fit 'int' into an index-sized integer")),
            other => {
                if let Some(index) = self.user_dunder(other, "__index__") {
                    let other = other.clone();
                    let i = self.call_dunder(index, &other, &[])?;
                    return match &i {
                        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => self.index_value(&i),
                        _ => Err(self.type_error(format!("__index__ returned non-int (type {})", self.type_name(&i)))),
                    };
                }
                Err(self.type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(other))))
            }
        }
    }

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::None => 0x5f3759df,
            Value::Bool(b) => *b as i64,
            Value::Int(i) => hash_i64(*i),
            Value::BigInt(b) => hash_bigint(b),
            Value::Float(f) => hash_f64(*f),
            Value::Str(s) => s.hash() as i64 & i64::MAX,
            Value::Tuple(t) => {
                // CPython's tuple hash (xxHash's round), so sets of tuples order alike.
                const P1: u64 = 11400714785074694791;
                const P2: u64 = 14029467366897019727;
                const P5: u64 = 2870177450012600261;
                let mut acc: u64 = P5;
                for item in t.as_slice() {
                    let lane = self.hash(item)? as u64;
                    acc = acc.wrapping_add(lane.wrapping_mul(P2));
                    acc = acc.rotate_left(31);
                    acc = acc.wrapping_mul(P1);
                }
                acc = acc.wrapping_add(t.len() as u64 ^ (P5 ^ 3527539));
                if acc == u64::MAX {
                    1546275796
                } else {
                    acc as i64
                }
            }
            Value::List(_) | Value::Dict(_) => {
                return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
            }
            Value::Native(n) if n.downcast::<Complex>().is_some() => n.downcast::<Complex>().expect("complex").hash(),
            Value::Native(n) if n.downcast::<crate::builtins::range::Range>().is_some() => {
                let key = n.downcast::<crate::builtins::range::Range>().expect("range").hash_key();
                return self.hash(&key);
            }
            Value::Set(s) if !s.frozen => return Err(self.type_error("unhashable type: 'set'")),
            Value::Set(s) => {
                let mut acc: u64 = 0;
                for e in s.lock().iter() {
                    acc ^= e.hash.wrapping_mul(0x9E3779B185EBCA87);
                }
                acc as i64 & i64::MAX
            }
            Value::Instance(i) => {
                // `__hash__` as the MRO has it: None (set for a class that
                // defines `__eq__` alone) is unhashable, a built-in one
                // (`object.__hash__`) hashes the payload or the identity.
                let found = self.class_cache.lookup_str(&i.class, "__hash__");
                if let Some(m) = found.filter(|m| !matches!(m, Value::Builtin(_) | Value::StaticBuiltin(_))) {
                    if m.is_none() {
                        return Err(self.type_error(format!("unhashable type: '{}'", i.class.name)));
                    }
                    let r = self.call_dunder(m, v, &[])?;
                    return match builtin_value(&r) {
                        // As CPython: a machine-sized result is used as it is (only -1,
                        // the error marker, becomes -2); a bigger int is hashed.
                        Value::Int(h) => Ok(if *h == -1 { -2 } else { *h }),
                        Value::BigInt(b) => Ok(hash_bigint(b)),
                        Value::Bool(b) => Ok(*b as i64),
                        _ => Err(self.type_error("__hash__ method should return an integer")),
                    };
                }
                match &i.payload {
                    Payload::Immutable(inner) => {
                        let inner = inner.clone();
                        return self.hash(&inner);
                    }
                    Payload::List(_) | Payload::Dict(_) | Payload::Set(_) => {
                        return Err(self.type_error(format!("unhashable type: '{}'", i.class.name)))
                    }
                    _ => (v.address() >> 4) as i64,
                }
            }
            Value::Native(_) if crate::objects::bytes::is_bytes_like(v) => {
                return crate::objects::bytes::hash(self, v).expect("bytes")
            }
            // Equal bound methods hash alike: by their object's identity and their function.
            Value::Method(m) => ((m.receiver.address() >> 4) as i64) ^ self.hash(&m.func)?,
            Value::Builtin(b) if b.bound.is_some() => {
                let receiver = b.bound.as_ref().expect("bound");
                ((receiver.address() >> 4) as i64) ^ (b.func as usize >> 4) as i64
            }
            // `__hash__ = None` in a built-in class's dict (dict views, deque, ...) marks it unhashable.
            Value::Native(n) if self.class_cache.lookup_str(n.class(self.types()), "__hash__").is_some_and(|h| h.is_none()) => {
                return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
            }
            other => (other.address() >> 4) as i64,
        })
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        // Instances and containers are deferred by simple_eq to `compare`.
        if let Some(r) = simple_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, CmpKind::Eq)?;
        self.truthy(&r)
    }

    /// Rich comparison, with reflected fallback, as `a op b`.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpKind) -> PyResult<Value> {
        self.check_native_stack_while(" in comparison")?;
        // Fast paths for the built-in types.
        if let Some(r) = self.compare_builtin(a, b, op)? {
            return Ok(Value::Bool(r));
        }
        let a_user = self.user_dunder(a, op.dunder());
        let b_user = self.user_dunder(b, op.swapped().dunder());
        // A subclass on the right that overrides the reflected method goes first.
        let b_first = b_user.is_some()
            && matches!((a, b), (_, Value::Instance(bi)) if {
                let ac = self.class_of(a).clone();
                bi.class.is_subclass(&ac) && !Arc::ptr_eq(&bi.class, &ac)
            });
        if b_first {
            let r = self.call_dunder(b_user.clone().expect("b_user"), b, &[a.clone()])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if let Some(m) = a_user {
            let r = self.call_dunder(m, a, &[b.clone()])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if let (Some(m), false) = (b_user, b_first) {
            let r = self.call_dunder(m, b, &[a.clone()])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        // `!=` falls back to the inverse of a user `__eq__`.
        if op == CmpKind::Ne {
            if let Some(m) = self.user_dunder(a, "__eq__") {
                let r = self.call_dunder(m, a, &[b.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Value::Bool(!self.truthy(&r)?));
                }
            }
            if let Some(m) = self.user_dunder(b, "__eq__") {
                let r = self.call_dunder(m, b, &[a.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Value::Bool(!self.truthy(&r)?));
                }
            }
        }
        // Instances of built-in subclasses compare by their built-in value
        // (a list, dict or set subclass by a copy of its contents).
        let (ca, cb) = (container_copy(a), container_copy(b));
        if ca.is_some() || cb.is_some() {
            let ua = ca.unwrap_or_else(|| builtin_value(a).clone());
            let ub = cb.unwrap_or_else(|| builtin_value(b).clone());
            if let Some(r) = self.compare_builtin(&ua, &ub, op)? {
                return Ok(Value::Bool(r));
            }
        }
        let (ua, ub) = (builtin_value(a), builtin_value(b));
        if !std::ptr::eq(ua, a) || !std::ptr::eq(ub, b) {
            let (ua, ub) = (ua.clone(), ub.clone());
            if let Some(r) = self.compare_builtin(&ua, &ub, op)? {
                return Ok(Value::Bool(r));
            }
        }
        match op {
            CmpKind::Eq => Ok(Value::Bool(a.is(b))),
            CmpKind::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    /// Comparison of two built-in values; `None` when it does not apply.
    fn compare_builtin(&mut self, a: &Value, b: &Value, op: CmpKind) -> PyResult<Option<bool>> {
        use Value::*;
        if matches!(a, Native(_)) || matches!(b, Native(_)) {
            use crate::builtins::dict_views;
            if let Some(r) = dict_views::compare(self, a, b, op) {
                return r.map(Some);
            }
            if let (Some(_), _) | (_, Some(_)) = (dict_views::proxied(a), dict_views::proxied(b)) {
                let a = dict_views::proxied(a).unwrap_or_else(|| a.clone());
                let b = dict_views::proxied(b).unwrap_or_else(|| b.clone());
                return self.compare_builtin(&a, &b, op);
            }
        }
        let ord: Option<Ordering> = match (a, b) {
            (Int(x), Int(y)) => Some(x.cmp(y)),
            (Float(x), Float(y)) => {
                return Ok(Some(match op {
                    CmpKind::Lt => x < y,
                    CmpKind::Le => x <= y,
                    CmpKind::Eq => x == y,
                    CmpKind::Ne => x != y,
                    CmpKind::Gt => x > y,
                    CmpKind::Ge => x >= y,
                }))
            }
            (Str(x), Str(y)) => Some(x.as_str().cmp(y.as_str())),
            (Int(_) | Bool(_) | BigInt(_), Int(_) | Bool(_) | BigInt(_)) => {
                Some(to_bigint(a).expect("int").cmp(&to_bigint(b).expect("int")))
            }
            (Int(_) | Bool(_) | BigInt(_) | Float(_), Int(_) | Bool(_) | BigInt(_) | Float(_)) => {
                let (x, y) = (float_of(a).unwrap_or(f64::NAN), float_of(b).unwrap_or(f64::NAN));
                if x.is_nan() || y.is_nan() {
                    return Ok(Some(op == CmpKind::Ne));
                }
                // One side is a float, the other an int (always finite, even
                // when too large for a float): an infinite float wins.
                let infinite = if matches!(a, Float(_)) { x } else { y };
                if infinite.is_infinite() {
                    let float_side = if infinite > 0.0 { Ordering::Greater } else { Ordering::Less };
                    Some(if matches!(a, Float(_)) { float_side } else { float_side.reverse() })
                } else if x.abs() >= 9.0e15 || y.abs() >= 9.0e15 {
                    // Exact when the int is large: compare as big integers.
                    let to_exact = |v: &Value, f: f64| -> (num_bigint::BigInt, bool) {
                        match to_bigint(v) {
                            Some(b) => (b, false),
                            Option::None => (num_traits::FromPrimitive::from_f64(f.floor()).unwrap_or_default(), f.fract() != 0.0),
                        }
                    };
                    let (bx, fx) = to_exact(a, x);
                    let (by, fy) = to_exact(b, y);
                    let o = bx.cmp(&by);
                    Some(if o == Ordering::Equal {
                        match (fx, fy) {
                            (true, false) => Ordering::Greater,
                            (false, true) => Ordering::Less,
                            _ => Ordering::Equal,
                        }
                    } else {
                        o
                    })
                } else {
                    x.partial_cmp(&y)
                }
            }
            (List(_) | Tuple(_), List(_) | Tuple(_)) if std::mem::discriminant(a) == std::mem::discriminant(b) => {
                let xs = self.sequence_items(a);
                let ys = self.sequence_items(b);
                if matches!(op, CmpKind::Eq | CmpKind::Ne) && xs.len() != ys.len() {
                    return Ok(Some(op == CmpKind::Ne));
                }
                for (x, y) in xs.iter().zip(ys.iter()) {
                    if !self.eq(x, y)? {
                        return Ok(Some(match op {
                            CmpKind::Eq => false,
                            CmpKind::Ne => true,
                            _ => {
                                let r = self.compare(x, y, op)?;
                                self.truthy(&r)?
                            }
                        }));
                    }
                }
                Some(xs.len().cmp(&ys.len()))
            }
            (Dict(x), Dict(y)) => {
                if !matches!(op, CmpKind::Eq | CmpKind::Ne) {
                    return Ok(Option::None);
                }
                let eq = self.dicts_equal(x, y)?;
                return Ok(Some(eq == (op == CmpKind::Eq)));
            }
            (Set(x), Set(y)) => {
                // One lock at a time: `s <= s` compares a set with itself.
                let xs = x.lock().keys();
                let ys = y.lock().keys();
                let sub = self.all_in(&xs, b)?;
                let sup = self.all_in(&ys, a)?;
                return Ok(Some(match op {
                    CmpKind::Eq => sub && sup,
                    CmpKind::Ne => !(sub && sup),
                    CmpKind::Le => sub,
                    CmpKind::Lt => sub && !sup,
                    CmpKind::Ge => sup,
                    CmpKind::Gt => sup && !sub,
                }));
            }
            (None, None) => Some(Ordering::Equal),
            (Method(x), Method(y)) if matches!(op, CmpKind::Eq | CmpKind::Ne) => {
                // `__self__` by identity, `__func__` by equality, as CPython.
                let eq = x.receiver.is(&y.receiver) && self.eq(&x.func, &y.func)?;
                return Ok(Some(eq == (op == CmpKind::Eq)));
            }
            (Builtin(x), Builtin(y)) if matches!(op, CmpKind::Eq | CmpKind::Ne) => {
                let eq = match (&x.bound, &y.bound) {
                    (Some(p), Some(q)) => p.is(q) && x.func as usize == y.func as usize && x.name == y.name,
                    _ => a.is(b),
                };
                return Ok(Some(eq == (op == CmpKind::Eq)));
            }
            (Native(x), _) | (_, Native(x)) if x.protocols_in_class() => return self.compare_native(a, b, op),
            (Native(_), Native(_)) if crate::objects::bytes::compare(a, b, op).is_some() => {
                return Ok(crate::objects::bytes::compare(a, b, op));
            }
            (Native(x), Native(y)) if matches!(op, CmpKind::Eq | CmpKind::Ne) => {
                if let Some(eq) = complex::equal(self, a, b)? {
                    return Ok(Some(eq == (op == CmpKind::Eq)));
                }
                use crate::builtins::range::Range;
                match (x.downcast::<Range>(), y.downcast::<Range>()) {
                    (Some(p), Some(q)) => {
                        return Ok(Some(p.same_items(q) == (op == CmpKind::Eq)));
                    }
                    _ => {}
                }
                use crate::builtins::slice::Slice;
                if let (Some(p), Some(q)) = (x.downcast::<Slice>(), y.downcast::<Slice>()) {
                    let pt = Value::tuple(vec![p.lower.clone(), p.upper.clone(), p.step.clone()]);
                    let qt = Value::tuple(vec![q.lower.clone(), q.upper.clone(), q.step.clone()]);
                    let r = self.compare(&pt, &qt, op)?;
                    return Ok(Some(self.truthy(&r)?));
                }
                return Ok(Some(a.is(b) == (op == CmpKind::Eq)));
            }
            (Instance(_), _) | (_, Instance(_)) => return Ok(Option::None),
            _ => {
                if matches!(op, CmpKind::Eq | CmpKind::Ne) {
                    if let Some(eq) = complex::equal(self, a, b)? {
                        return Ok(Some(eq == (op == CmpKind::Eq)));
                    }
                }
                return Ok(match op {
                    CmpKind::Eq if !matches!(a, Native(_)) && !matches!(b, Native(_)) => Some(a.is(b)),
                    CmpKind::Ne if !matches!(a, Native(_)) && !matches!(b, Native(_)) => Some(!a.is(b)),
                    _ => Option::None,
                })
            }
        };
        Ok(Some(match ord {
            Option::None => op == CmpKind::Ne,
            Some(o) => match op {
                CmpKind::Lt => o == Ordering::Less,
                CmpKind::Le => o != Ordering::Greater,
                CmpKind::Eq => o == Ordering::Equal,
                CmpKind::Ne => o != Ordering::Equal,
                CmpKind::Gt => o == Ordering::Greater,
                CmpKind::Ge => o != Ordering::Less,
            },
        }))
    }

    fn all_in(&mut self, items: &[Value], container: &Value) -> PyResult<bool> {
        for i in items {
            if !self.contains(container, i)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn dicts_equal(&mut self, x: &crate::objects::PyDict, y: &crate::objects::PyDict) -> PyResult<bool> {
        if std::ptr::eq(x, y) {
            return Ok(true);
        }
        let items = x.items();
        if items.len() != y.len() {
            return Ok(false);
        }
        for (k, v) in items {
            match self.dict_get(y, &k)? {
                Some(other) => {
                    if !self.eq(&v, &other)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// The items of a list or tuple, copied out so no lock is held.
    pub fn sequence_items(&self, v: &Value) -> Vec<Value> {
        match v {
            Value::List(l) => l.snapshot(),
            Value::Tuple(t) => t.as_slice().to_vec(),
            _ => Vec::new(),
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                other => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(other)
                ))),
            },
            Value::Dict(d) => Ok(self.dict_get(d, item)?.is_some()),
            Value::Set(s) => self.set_contains(s, item),
            Value::Native(n) if n.downcast::<crate::builtins::containers::DictView>().is_some() => {
                let view = n.downcast::<crate::builtins::containers::DictView>().expect("view");
                if let crate::vm::iter::VecIterKind::DictKeys = view.kind {
                    let d = view.dict.clone();
                    return Ok(self.dict_get(&d, item)?.is_some());
                }
                self.contains_by_iteration(container, item)
            }
            Value::List(_) | Value::Tuple(_) => {
                // Decided under the list's lock when no item needs `__eq__`.
                let simple = match container {
                    Value::List(l) => {
                        let items = l.lock();
                        crate::objects::list::find_simple(&items, item, 0, items.len())
                    }
                    Value::Tuple(t) => crate::objects::list::find_simple(t.as_slice(), item, 0, t.len()),
                    _ => None,
                };
                if let Some(found) = simple {
                    return Ok(found.is_some());
                }
                let items = self.sequence_items(container);
                for x in &items {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Class(c) if c.metaclass.is_some() && self.user_dunder(container, "__contains__").is_some() => {
                let m = self.user_dunder(container, "__contains__").expect("__contains__");
                let r = self.call_dunder(m, container, &[item.clone()])?;
                self.truthy(&r)
            }
            Value::Instance(i) => {
                if let Some(m) = self.user_dunder(container, "__contains__") {
                    let r = self.call_dunder(m, container, &[item.clone()])?;
                    return self.truthy(&r);
                }
                match &i.payload {
                    Payload::List(l) => {
                        let items = l.snapshot();
                        for x in &items {
                            if self.eq(x, item)? {
                                return Ok(true);
                            }
                        }
                        Ok(false)
                    }
                    Payload::Dict(d) => Ok(self.dict_get(d, item)?.is_some()),
                    Payload::Immutable(inner) => {
                        let inner = inner.clone();
                        self.contains(&inner, item)
                    }
                    _ => self.contains_by_iteration(container, item),
                }
            }
            Value::Native(n) => {
                if let Some(d) = crate::builtins::dict_views::proxied(container) {
                    return self.contains(&d, item);
                }
                if let Some(r) = n.downcast::<crate::builtins::range::Range>() {
                    // Ints are found by arithmetic; anything else by `==` on each item.
                    if let Some(i) = to_bigint(item) {
                        return Ok(r.position(&i).is_some());
                    }
                }
                if let Some(r) = crate::objects::bytes::contains(self, container, item) {
                    return r;
                }
                if let Some(m) = self.native_dunder(container, "__contains__") {
                    let r = self.call_dunder(m, container, &[item.clone()])?;
                    return self.truthy(&r);
                }
                self.contains_by_iteration(container, item)
            }
            _ => self.contains_by_iteration(container, item),
        }
    }

    fn contains_by_iteration(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let it = self.iter(container).map_err(|_| {
            self.type_error(format!("argument of type '{}' is not iterable", self.type_name(container)))
        })?;
        while let Some(x) = self.next(&it)? {
            if self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `a op b` (or `a op= b` when `inplace`).
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinKind, inplace: bool) -> PyResult<Value> {
        if op == BinKind::Or && self.is_union_operand_pair(a, b) {
            // `int | None`: a types.UnionType, built by lib/types.py (whose
            // UnionType also answers `|` for longer chains).
            let types = self.import_module("types")?;
            let make = self.get_attr(&types, &Arc::new(crate::objects::PyStr::new("_union_or")))?;
            return self.call(make, &[a.clone(), b.clone()]);
        }
        if let (Value::Instance(_), _) | (_, Value::Instance(_)) = (a, b) {
            let (fwd, rev, ip) = op.dunders();
            if inplace {
                if let Some(m) = self.user_dunder(a, ip) {
                    let r = self.call_dunder(m, a, &[b.clone()])?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            let a_m = self.user_dunder(a, fwd);
            let b_m = self.user_dunder(b, rev);
            // A subclass on the right that overrides the reflected method goes first.
            let b_first = b_m.is_some() && {
                let (ac, bc) = (self.class_of(a).clone(), self.class_of(b).clone());
                !Arc::ptr_eq(&ac, &bc) && bc.is_subclass(&ac)
            };
            if b_first {
                let r = self.call_dunder(b_m.clone().expect("b_m"), b, &[a.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            let b_m = if b_first { None } else { b_m };
            if let Some(m) = a_m {
                let r = self.call_dunder(m, a, &[b.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            if let Some(m) = b_m {
                let r = self.call_dunder(m, b, &[a.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            let (ua, ub) = (builtin_value(a).clone(), builtin_value(b).clone());
            if matches!(ua, Value::Instance(_)) || matches!(ub, Value::Instance(_)) {
                // list/dict subclasses: operate on their payload.
                let pa = self.payload_value(&ua);
                let pb = self.payload_value(&ub);
                if let (Some(pa), Some(pb)) = (pa.clone(), pb.clone()) {
                    return self.binary_builtin(&pa, &pb, op, inplace, a, b);
                }
            }
            return self.binary_builtin(&ua, &ub, op, inplace, a, b);
        }
        self.binary_builtin(a, b, op, inplace, a, b)
    }

    /// Both sides of `|` are types (or None or `list[int]`-style aliases), at
    /// least one a class or alias.
    fn is_union_operand_pair(&self, a: &Value, b: &Value) -> bool {
        let is_alias = |v: &Value| matches!(v, Value::Native(n) if n.downcast::<crate::objects::generic_alias::GenericAlias>().is_some());
        let plain_class = |v: &Value| matches!(v, Value::Class(_));
        let operand = |v: &Value| plain_class(v) || is_alias(v) || matches!(v, Value::None);
        operand(a) && operand(b) && !(matches!(a, Value::None) && matches!(b, Value::None))
    }

    /// A list/dict/set subclass instance seen as its built-in container (a copy for
    /// operators that build a new value).
    fn payload_value(&self, v: &Value) -> Option<Value> {
        match v {
            Value::Instance(i) => match &i.payload {
                Payload::List(l) => Some(Value::list(l.snapshot())),
                Payload::Immutable(x) => Some(x.clone()),
                _ => None,
            },
            other => Some(other.clone()),
        }
    }

    pub fn unsupported(&self, a: &Value, b: &Value, op: BinKind, inplace: bool) -> crate::vm::PyErr {
        let sym = if inplace { format!("{}=", op.symbol().replace(" or pow()", "")) } else { op.symbol().to_owned() };
        self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym,
            self.type_name(a),
            self.type_name(b)
        ))
    }

    fn binary_builtin(&mut self, a: &Value, b: &Value, op: BinKind, inplace: bool, orig_a: &Value, orig_b: &Value) -> PyResult<Value> {
        use Value::*;
        match (a, b) {
            (Int(x), Int(y)) => return self.int_op(*x, *y, op),
            (Float(x), Float(y)) => return self.float_op(*x, *y, op),
            _ => {}
        }
        if let (Bool(x), Bool(y), BinKind::And | BinKind::Or | BinKind::Xor) = (a, b, op) {
            return Ok(Value::Bool(match op {
                BinKind::And => x & y,
                BinKind::Or => x | y,
                _ => x ^ y,
            }));
        }
        if is_int(a) && is_int(b) {
            let (x, y) = (to_bigint(a).expect("int"), to_bigint(b).expect("int"));
            return self.bigint_op(x, y, op);
        }
        if let (Some(x), Some(y)) = (float_of(a), float_of(b)) {
            if matches!(a, Float(_)) || matches!(b, Float(_)) {
                if matches!(a, BigInt(_)) || matches!(b, BigInt(_)) {
                    if float_of(a).map_or(false, f64::is_infinite) && matches!(a, BigInt(_))
                        || float_of(b).map_or(false, f64::is_infinite) && matches!(b, BigInt(_))
                    {
                        return Err(self.overflow_error("int too large to convert to float"));
                    }
                }
                return self.float_op(x, y, op);
            }
        }
        if let Some(r) = crate::objects::bytes::binary(self, a, b, op, inplace) {
            return r;
        }
        match (a, b, op) {
            (Str(x), Str(y), BinKind::Add) => {
                let mut s = String::with_capacity(x.len() + y.len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Ok(Value::string(s))
            }
            (Str(x), Int(_) | Bool(_), BinKind::Mul) | (Int(_) | Bool(_), Str(x), BinKind::Mul) => {
                let n = if let Str(_) = a { self.index_value(b)? } else { self.index_value(a)? };
                Ok(Value::string(x.as_str().repeat(n.max(0) as usize)))
            }
            (Str(_), _, BinKind::Mod) => crate::builtins::strings::percent_format(self, a, b),
            (List(x), List(y), BinKind::Add) => {
                if inplace {
                    let items = y.snapshot();
                    x.lock().extend(items);
                    return Ok(orig_a.clone());
                }
                let mut v = x.snapshot();
                v.extend(y.snapshot());
                Ok(Value::list(v))
            }
            (List(x), _, BinKind::Add) if inplace => {
                let items = self.collect(b)?;
                x.lock().extend(items);
                Ok(orig_a.clone())
            }
            (Tuple(x), Tuple(y), BinKind::Add) => {
                let mut v = x.as_slice().to_vec();
                v.extend_from_slice(y.as_slice());
                Ok(Value::tuple(v))
            }
            (List(_) | Tuple(_), Int(_) | Bool(_), BinKind::Mul) | (Int(_) | Bool(_), List(_) | Tuple(_), BinKind::Mul) => {
                let (seq, n) = if matches!(a, List(_) | Tuple(_)) { (a, self.index_value(b)?) } else { (b, self.index_value(a)?) };
                let items = self.sequence_items(seq);
                let n = n.max(0) as usize;
                if items.len().saturating_mul(n) > (1 << 32) {
                    return Err(self.error(&self.types().exceptions.memory_error.clone(), ""));
                }
                let mut out = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    out.extend_from_slice(&items);
                }
                if let (List(l), true) = (seq, inplace) {
                    // Repeat what the list holds now, in one step, so an
                    // item another thread appended meanwhile is not lost.
                    let mut live = l.lock();
                    let now: Vec<Value> = live.clone();
                    let mut out = Vec::with_capacity(now.len() * n);
                    for _ in 0..n {
                        out.extend_from_slice(&now);
                    }
                    let old = std::mem::replace(&mut *live, out);
                    drop(live);
                    drop(old);
                    return Ok(seq.clone());
                }
                Ok(if matches!(seq, List(_)) { Value::list(out) } else { Value::tuple(out) })
            }
            (Set(_), Set(_), BinKind::Or | BinKind::And | BinKind::Sub | BinKind::Xor) => {
                crate::builtins::containers::set_operator(self, a, b, op, inplace)
            }
            (Dict(x), Dict(y), BinKind::Or) => {
                if inplace {
                    for (k, v) in y.items() {
                        self.dict_set(x, k, v)?;
                    }
                    return Ok(a.clone());
                }
                let d = Arc::new(crate::objects::PyDict::new());
                for (k, v) in x.items().into_iter().chain(y.items()) {
                    self.dict_set(&d, k, v)?;
                }
                Ok(Value::Dict(d))
            }
            (Str(_) | List(_) | Tuple(_), Str(_) | List(_) | Tuple(_) | Float(_) | None | Dict(_) | Set(_), BinKind::Mul)
            | (Float(_) | None | Dict(_) | Set(_), Str(_) | List(_) | Tuple(_), BinKind::Mul) => {
                let other = if matches!(a, Str(_) | List(_) | Tuple(_)) { orig_b } else { orig_a };
                Err(self.type_error(format!("can't multiply sequence by non-int of type '{}'", self.type_name(other))))
            }
            (Str(_), _, BinKind::Add) => Err(self.type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                self.type_name(orig_b)
            ))),
            (List(_), _, BinKind::Add) => Err(self.type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                self.type_name(orig_b)
            ))),
            (Tuple(_), _, BinKind::Add) => Err(self.type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                self.type_name(orig_b)
            ))),
            _ => {
                if let Some(r) = self.binary_native(a, b, orig_a, orig_b, op, inplace)? {
                    return Ok(r);
                }
                match crate::builtins::dict_views::binary(self, a, b, op).or_else(|| complex::binary_op(self, a, b, op)) {
                    Some(r) => r,
                    // A sequence times an object that is no int says so, as CPython does.
                    Option::None if op == BinKind::Mul && (matches!(a, Str(_) | List(_) | Tuple(_)) || matches!(b, Str(_) | List(_) | Tuple(_))) => {
                        let other = if matches!(a, Str(_) | List(_) | Tuple(_)) { orig_b } else { orig_a };
                        Err(self.type_error(format!("can't multiply sequence by non-int of type '{}'", self.type_name(other))))
                    }
                    Option::None => Err(self.unsupported(orig_a, orig_b, op, inplace)),
                }
            }
        }
    }

    #[inline]
    pub fn int_op(&mut self, x: i64, y: i64, op: BinKind) -> PyResult<Value> {
        let r = match op {
            BinKind::Add => x.checked_add(y),
            BinKind::Sub => x.checked_sub(y),
            BinKind::Mul => x.checked_mul(y),
            BinKind::TrueDiv => {
                if y == 0 {
                    return Err(self.zero_division_error("division by zero"));
                }
                if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                    return Ok(Value::Float(x as f64 / y as f64));
                }
                return numparse::int_true_divide(&BigInt::from(x), &BigInt::from(y))
                    .map(Value::Float)
                    .map_err(|m| self.overflow_error(m));
            }
            BinKind::FloorDiv => {
                if y == 0 {
                    return Err(self.zero_division_error("integer division or modulo by zero"));
                }
                x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y))
            }
            BinKind::Mod => {
                if y == 0 {
                    return Err(self.zero_division_error("integer modulo by zero"));
                }
                x.checked_rem(y).map(|_| x.mod_floor(&y))
            }
            BinKind::Pow => {
                if y < 0 {
                    return float_pow(self, x as f64, y as f64);
                }
                u32::try_from(y).ok().and_then(|e| x.checked_pow(e))
            }
            BinKind::LShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                if x == 0 {
                    Some(0)
                } else if y < 63 && (x.unsigned_abs().leading_zeros() as i64) > y + 1 {
                    Some(x << y)
                } else {
                    None
                }
            }
            BinKind::RShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                Some(if y >= 64 { if x < 0 { -1 } else { 0 } } else { x >> y })
            }
            BinKind::And => Some(x & y),
            BinKind::Or => Some(x | y),
            BinKind::Xor => Some(x ^ y),
            BinKind::MatMul => return Err(self.unsupported(&Value::Int(x), &Value::Int(y), op, false)),
        };
        match r {
            Some(v) => Ok(Value::Int(v)),
            None => self.bigint_op(BigInt::from(x), BigInt::from(y), op),
        }
    }

    fn bigint_op(&mut self, x: BigInt, y: BigInt, op: BinKind) -> PyResult<Value> {
        Ok(Value::from_bigint(match op {
            BinKind::Add => x + y,
            BinKind::Sub => x - y,
            BinKind::Mul => x * y,
            BinKind::TrueDiv => {
                if y.is_zero() {
                    return Err(self.zero_division_error("division by zero"));
                }
                return numparse::int_true_divide(&x, &y).map(Value::Float).map_err(|m| self.overflow_error(m));
            }
            BinKind::FloorDiv => {
                if y.is_zero() {
                    return Err(self.zero_division_error("integer division or modulo by zero"));
                }
                x.div_floor(&y)
            }
            BinKind::Mod => {
                if y.is_zero() {
                    return Err(self.zero_division_error("integer modulo by zero"));
                }
                x.mod_floor(&y)
            }
            BinKind::Pow => {
                if y.is_negative() {
                    // A negative exponent makes it a float power, as in CPython.
                    let fx = numparse::bigint_to_f64(&x).map_err(|m| self.overflow_error(m))?;
                    let fy = numparse::bigint_to_f64(&y).map_err(|m| self.overflow_error(m))?;
                    return float_pow(self, fx, fy);
                }
                match y.to_u32() {
                    Some(e) => num_traits::pow::Pow::pow(x, e),
                    // A huge exponent: only 0, 1 and -1 have a result that fits in memory.
                    None if x.is_zero() || x.is_one() => x,
                    None if x == BigInt::from(-1) => BigInt::from(if y.is_odd() { -1 } else { 1 }),
                    None => return Err(self.error_no_args(&self.types().exceptions.memory_error.clone())),
                }
            }
            BinKind::LShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let s = y.to_usize().ok_or_else(|| self.overflow_error("too many digits in integer"))?;
                x << s
            }
            BinKind::RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let s = y.to_usize().unwrap_or(usize::MAX);
                if s > 1 << 32 {
                    BigInt::from(if x.is_negative() { -1 } else { 0 })
                } else {
                    x >> s
                }
            }
            BinKind::And => x & y,
            BinKind::Or => x | y,
            BinKind::Xor => x ^ y,
            BinKind::MatMul => return Err(self.type_error("unsupported operand type(s) for @: 'int' and 'int'")),
        }))
    }

    #[inline]
    pub fn float_op(&mut self, x: f64, y: f64, op: BinKind) -> PyResult<Value> {
        Ok(Value::Float(match op {
            BinKind::Add => x + y,
            BinKind::Sub => x - y,
            BinKind::Mul => x * y,
            BinKind::TrueDiv => {
                if y == 0.0 {
                    return Err(self.zero_division_error("float division by zero"));
                }
                x / y
            }
            BinKind::FloorDiv => {
                if y == 0.0 {
                    return Err(self.zero_division_error("float floor division by zero"));
                }
                float_divmod(x, y).0
            }
            BinKind::Mod => {
                if y == 0.0 {
                    return Err(self.zero_division_error("float modulo"));
                }
                float_divmod(x, y).1
            }
            BinKind::Pow => return float_pow(self, x, y),
            _ => return Err(self.unsupported(&Value::Float(x), &Value::Float(y), op, false)),
        }))
    }

    pub fn unary_neg(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(result) = self.subclass_unary(v, "__neg__") {
            return result;
        }
        match builtin_value(v) {
            Value::Int(i) => Ok(i.checked_neg().map(Value::Int).unwrap_or_else(|| Value::from_bigint(-BigInt::from(*i)))),
            Value::Bool(b) => Ok(Value::Int(-(*b as i64))),
            Value::BigInt(b) => Ok(Value::from_bigint(-(**b).clone())),
            Value::Float(f) => Ok(Value::Float(-f)),
            other => match complex::as_complex(other) {
                Some(c) => Ok(c.neg().value()),
                None => self.unary_dunder(v, "__neg__", "-"),
            },
        }
    }

    pub fn unary_pos(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(result) = self.subclass_unary(v, "__pos__") {
            return result;
        }
        match builtin_value(v) {
            Value::Int(_) | Value::BigInt(_) | Value::Float(_) => Ok(builtin_value(v).clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            other => match complex::as_complex(other) {
                Some(c) => Ok(c.value()),
                None => self.unary_dunder(v, "__pos__", "+"),
            },
        }
    }

    pub fn unary_invert(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(result) = self.subclass_unary(v, "__invert__") {
            return result;
        }
        match builtin_value(v) {
            Value::Int(i) => Ok(Value::Int(!i)),
            Value::Bool(b) => Ok(Value::Int(!(*b as i64))),
            Value::BigInt(b) => Ok(Value::from_bigint(-(**b).clone() - 1)),
            _ => self.unary_dunder(v, "__invert__", "~"),
        }
    }

    /// A subclass of int/float that defines the operator (IntFlag's `~`) wins over the built-in one.
    fn subclass_unary(&mut self, v: &Value, name: &str) -> Option<PyResult<Value>> {
        if !matches!(v, Value::Instance(_)) {
            return None;
        }
        let m = self.user_dunder(v, name)?;
        Some(self.call_dunder(m, v, &[]))
    }

    fn unary_dunder(&mut self, v: &Value, name: &str, sym: &str) -> PyResult<Value> {
        if let Some(m) = self.user_dunder(v, name) {
            return self.call_dunder(m, v, &[]);
        }
        Err(self.type_error(format!("bad operand type for unary {sym}: '{}'", self.type_name(v))))
    }
}

/// Python's float floor division and modulo: the remainder takes the divisor's sign.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// `float ** float`, CPython's `float_pow`: the special cases are decided
/// here rather than left to the platform's `pow`; a negative base with a
/// fractional exponent gives a complex.
#[cold]
pub fn float_pow(vm: &Vm, v: f64, w: f64) -> PyResult<Value> {
    let odd_integer = |x: f64| x % 2.0 == 1.0 || x % 2.0 == -1.0;
    let float = |x: f64| Ok(Value::Float(x));
    if w == 0.0 {
        return float(1.0);
    }
    if v.is_nan() {
        return float(v);
    }
    if w.is_nan() {
        return float(if v == 1.0 { 1.0 } else { w });
    }
    if w.is_infinite() {
        let v = v.abs();
        return float(if v == 1.0 {
            1.0
        } else if (w > 0.0) == (v > 1.0) {
            w.abs()
        } else {
            0.0
        });
    }
    if v.is_infinite() {
        let odd = odd_integer(w);
        return float(if w > 0.0 {
            if odd { v } else { v.abs() }
        } else if odd {
            0.0f64.copysign(v)
        } else {
            0.0
        });
    }
    if v == 0.0 {
        if w < 0.0 {
            return Err(vm.zero_division_error("0.0 cannot be raised to a negative power"));
        }
        return float(if odd_integer(w) { v } else { 0.0 });
    }
    let mut base = v;
    let mut negate = false;
    if v < 0.0 {
        if w != w.floor() {
            return complex::pow(vm, Complex::new(v, 0.0), Complex::new(w, 0.0));
        }
        base = -v;
        negate = odd_integer(w);
    }
    if base == 1.0 {
        return float(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(w);
    if r.is_infinite() {
        return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
    }
    float(if negate { -r } else { r })
}
