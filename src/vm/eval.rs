//! The eval loop: one flat `match` over opcodes. Python-to-Python calls push
//! a frame and continue here, so recursion never grows the Rust stack.

use std::sync::atomic::Ordering;
use crate::objects::Arc;

use super::call::Called;
use super::{PyErr, PyResult, Vm};
use crate::compile::bytecode::{make_flags, BinKind, CmpKind, CodeRef, Op};
use crate::objects::{Function, PyDict, PyStr, Value};

/// Int arithmetic that cannot fail or overflow, done inline; `None` sends
/// the operation to the general (and error-reporting) path.
#[inline(always)]
fn int_fast(kind: BinKind, x: i64, y: i64) -> Option<i64> {
    match kind {
        BinKind::Add => x.checked_add(y),
        BinKind::Sub => x.checked_sub(y),
        BinKind::Mul => x.checked_mul(y),
        BinKind::Mod if y > 0 && x >= 0 => Some(x % y),
        BinKind::FloorDiv if y > 0 && x >= 0 => Some(x / y),
        BinKind::And => Some(x & y),
        BinKind::Or => Some(x | y),
        BinKind::Xor => Some(x ^ y),
        _ => None,
    }
}

#[inline(always)]
fn float_fast(kind: BinKind, x: f64, y: f64) -> Option<f64> {
    match kind {
        BinKind::Add => Some(x + y),
        BinKind::Sub => Some(x - y),
        BinKind::Mul => Some(x * y),
        BinKind::TrueDiv if y != 0.0 => Some(x / y),
        _ => None,
    }
}

/// Comparison of two ints or two floats, done inline; `None` for anything else.
#[inline(always)]
fn compare_fast(kind: CmpKind, a: &Value, b: &Value) -> Option<bool> {
    fn apply<T: PartialOrd>(kind: CmpKind, x: T, y: T) -> bool {
        match kind {
            CmpKind::Lt => x < y,
            CmpKind::Le => x <= y,
            CmpKind::Eq => x == y,
            CmpKind::Ne => x != y,
            CmpKind::Gt => x > y,
            CmpKind::Ge => x >= y,
        }
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(apply(kind, x, y)),
        (Value::Float(x), Value::Float(y)) => Some(apply(kind, x, y)),
        _ => None,
    }
}

/// How a run of the loop ended.
pub enum FrameExit {
    Return(Value),
    /// A generator frame suspended itself; it stays on top of the frame stack.
    Yield(Value),
}

/// Unwraps a result inside the dispatch loop; an error leaves the loop to unwinding.
macro_rules! tri {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => break e,
        }
    };
}

impl Vm {
    /// Puts a value lent out of stack slot `at` (replaced by `Undefined`)
    /// back, without running the placeholder's (empty) drop.
    #[inline(always)]
    pub(super) fn give_back(&mut self, at: usize, v: Value) {
        let placeholder = std::mem::replace(&mut self.stack[at], v);
        debug_assert!(matches!(placeholder, Value::Undefined));
        std::mem::forget(placeholder);
    }

    /// Runs until the frame at index `entry` returns.
    pub fn run(&mut self, entry: usize) -> PyResult<Value> {
        match self.run_frames(entry)? {
            FrameExit::Return(v) => Ok(v),
            FrameExit::Yield(v) => Ok(v),
        }
    }

    pub(crate) fn run_frames(&mut self, entry: usize) -> PyResult<FrameExit> {
        let interp = self.interp.clone();
        let breaker = &interp.eval_breaker;
        'frames: loop {
            let fi = self.frames.len() - 1;
            let code = self.frames[fi].code;
            let ops: &[Op] = &code.ops;
            let base = self.frames[fi].base as usize;
            let mut pc = self.frames[fi].pc as usize;
            let err: PyErr = loop {
                let op = ops[pc];
                pc += 1;
                match op {
                    Op::Nop => {}
                    Op::Pop => {
                        self.stack.pop();
                    }
                    Op::Dup => {
                        let v = self.top().clone();
                        self.stack.push(v);
                    }
                    Op::DupTwo => {
                        let n = self.stack.len();
                        let (a, b) = (self.stack[n - 2].clone(), self.stack[n - 1].clone());
                        self.stack.push(a);
                        self.stack.push(b);
                    }
                    Op::Rot2 => {
                        let n = self.stack.len();
                        self.stack.swap(n - 1, n - 2);
                    }
                    Op::Rot3 => {
                        let v = self.pop();
                        let n = self.stack.len();
                        self.stack.insert(n - 2, v);
                    }
                    Op::Rot4 => {
                        let v = self.pop();
                        let n = self.stack.len();
                        self.stack.insert(n - 3, v);
                    }
                    Op::LoadConst(i) => self.stack.push(code.consts[i as usize].clone()),
                    Op::LoadFast(i) => {
                        let v = tri!(self.local(code, base, i as usize));
                        self.stack.push(v);
                    }
                    Op::StoreFastLoadFast { a, b } => {
                        let v = self.pop();
                        self.stack[base + a as usize] = v;
                        let v = tri!(self.local(code, base, b as usize));
                        self.stack.push(v);
                    }
                    Op::LoadFastFast { a, b } => {
                        let x = tri!(self.local(code, base, a as usize));
                        let y = tri!(self.local(code, base, b as usize));
                        self.stack.push(x);
                        self.stack.push(y);
                    }
                    Op::LoadFastConst { slot, konst } => {
                        let v = tri!(self.local(code, base, slot as usize));
                        self.stack.push(v);
                        self.stack.push(code.consts[konst as usize].clone());
                    }
                    Op::StoreFast(i) => {
                        let v = self.pop();
                        self.stack[base + i as usize] = v;
                    }
                    Op::DeleteFast(i) => {
                        let slot = &mut self.stack[base + i as usize];
                        if let Value::Undefined = slot {
                            break self.unbound_local(&code.varnames[i as usize]);
                        }
                        *slot = Value::Undefined;
                    }
                    Op::LoadDeref(i) => {
                        let v = match &self.stack[base + i as usize] {
                            Value::Cell(c) => c.get(),
                            _ => Value::Undefined,
                        };
                        if let Value::Undefined = v {
                            break self.unbound_deref(&code, i);
                        }
                        self.stack.push(v);
                    }
                    Op::StoreDeref(i) => {
                        let v = self.pop();
                        if let Value::Cell(c) = &self.stack[base + i as usize] {
                            c.set(v);
                        }
                    }
                    Op::DeleteDeref(i) => {
                        if let Value::Cell(c) = &self.stack[base + i as usize] {
                            c.set(Value::Undefined);
                        }
                    }
                    Op::LoadClosure(i) => {
                        let v = self.stack[base + i as usize].clone();
                        self.stack.push(v);
                    }
                    Op::LoadGlobal(i) => {
                        let slot = code.cache_base as usize + i as usize;
                        let globals = &self.frames[fi].globals;
                        let (gp, gv, bv) = (Arc::as_ptr(globals) as usize, globals.version(), interp.builtins.version());
                        if let Some(e) = self.global_cache.get(slot) {
                            if e.globals == gp && e.globals_version == gv && e.builtins_version == bv {
                                let v = e.value.clone();
                                self.stack.push(v);
                                continue;
                            }
                        }
                        let name = &code.names[i as usize];
                        let v = match globals.get_str(name) {
                            Some(v) => v,
                            None => match interp.builtins.get_str(name) {
                                Some(v) => v,
                                None => break self.name_error(format!("name '{}' is not defined", name.as_str())),
                            },
                        };
                        self.remember_global(slot, gp, gv, bv, v.clone());
                        self.stack.push(v);
                    }
                    Op::StoreGlobal(i) => {
                        let v = self.pop();
                        self.frames[fi].globals.set_str_value(&Value::Str(code.names[i as usize].clone()), v);
                    }
                    Op::DeleteGlobal(i) => {
                        let name = &code.names[i as usize];
                        if self.frames[fi].globals.del_str(name).is_none() {
                            break self.name_error(format!("name '{}' is not defined", name.as_str()));
                        }
                    }
                    Op::LoadName(i) => {
                        let name = &code.names[i as usize];
                        let frame = &self.frames[fi];
                        let found = frame
                            .locals
                            .as_ref()
                            .and_then(|l| l.get_str(name))
                            .or_else(|| frame.globals.get_str(name))
                            .or_else(|| interp.builtins.get_str(name));
                        match found {
                            Some(v) => self.stack.push(v),
                            None => break self.name_error(format!("name '{}' is not defined", name.as_str())),
                        }
                    }
                    Op::StoreName(i) => {
                        let v = self.pop();
                        let key = Value::Str(code.names[i as usize].clone());
                        match &self.frames[fi].locals {
                            Some(l) => l.set_str_value(&key, v),
                            None => self.frames[fi].globals.set_str_value(&key, v),
                        }
                    }
                    Op::DeleteName(i) => {
                        let name = &code.names[i as usize];
                        let frame = &self.frames[fi];
                        let d = frame.locals.as_ref().unwrap_or(&frame.globals);
                        if d.del_str(name).is_none() {
                            break self.name_error(format!("name '{}' is not defined", name.as_str()));
                        }
                    }
                    Op::LoadAttr(i) => {
                        let obj = self.pop();
                        let slot = code.cache_base as usize + i as usize;
                        let v = tri!(self.load_attr_at(&obj, &code.names[i as usize], slot));
                        self.stack.push(v);
                    }
                    Op::StoreAttr(i) => {
                        let obj = self.pop();
                        let v = self.pop();
                        let slot = code.cache_base as usize + i as usize;
                        tri!(self.store_attr_at(&obj, &code.names[i as usize], v, slot));
                    }
                    Op::LoadFastAttr { slot, name } => {
                        let at = base + slot as usize;
                        // The object is lent out of its slot for the lookup: no reference counting.
                        let obj = std::mem::replace(&mut self.stack[at], Value::Undefined);
                        if let Value::Undefined = obj {
                            break self.unbound_local(&code.varnames[slot as usize]);
                        }
                        self.frames[fi].pc = pc as u32;
                        let cache = code.cache_base as usize + name as usize;
                        let r = self.load_attr_at(&obj, &code.names[name as usize], cache);
                        self.give_back(at, obj);
                        let v = tri!(r);
                        self.stack.push(v);
                    }
                    Op::StoreFastAttr { slot, name } => {
                        let v = self.pop();
                        let at = base + slot as usize;
                        let obj = std::mem::replace(&mut self.stack[at], Value::Undefined);
                        if let Value::Undefined = obj {
                            break self.unbound_local(&code.varnames[slot as usize]);
                        }
                        self.frames[fi].pc = pc as u32;
                        let cache = code.cache_base as usize + name as usize;
                        let r = self.store_attr_at(&obj, &code.names[name as usize], v, cache);
                        self.give_back(at, obj);
                        tri!(r);
                    }
                    Op::DeleteAttr(i) => {
                        let obj = self.pop();
                        tri!(self.del_attr(&obj, &code.names[i as usize]));
                    }
                    Op::LoadMethod(_) | Op::LoadFastMethod { .. } => {
                        let (obj, name) = match op {
                            Op::LoadFastMethod { slot, name } => (tri!(self.local(code, base, slot as usize)), name as usize),
                            Op::LoadMethod(i) => (self.pop(), i as usize),
                            _ => unreachable!(),
                        };
                        let slot = code.cache_base as usize + name;
                        let (f, receiver) = tri!(self.load_method_at(obj, &code.names[name], slot));
                        self.stack.push(f);
                        self.stack.push(receiver.unwrap_or(Value::Undefined));
                    }
                    Op::CallMethod(n) => {
                        if breaker.load(Ordering::Relaxed) != 0 {
                            tri!(self.handle_eval_breaker());
                        }
                        let n = n as usize;
                        let self_pos = self.stack.len() - n - 1;
                        let (args_start, nargs) =
                            if let Value::Undefined = self.stack[self_pos] { (self_pos + 1, n) } else { (self_pos, n + 1) };
                        self.frames[fi].pc = pc as u32;
                        match tri!(self.call_from_stack(self_pos - 1, args_start, nargs, None)) {
                            Called::Frame => continue 'frames,
                            Called::Done(v) => self.stack.push(v),
                        }
                    }
                    Op::Call(n) => {
                        if breaker.load(Ordering::Relaxed) != 0 {
                            tri!(self.handle_eval_breaker());
                        }
                        let n = n as usize;
                        let func_pos = self.stack.len() - n - 1;
                        self.frames[fi].pc = pc as u32;
                        match tri!(self.call_from_stack(func_pos, func_pos + 1, n, None)) {
                            Called::Frame => continue 'frames,
                            Called::Done(v) => self.stack.push(v),
                        }
                    }
                    Op::CallKw(n) => {
                        let names = self.pop();
                        let n = n as usize;
                        let func_pos = self.stack.len() - n - 1;
                        self.frames[fi].pc = pc as u32;
                        let Value::Tuple(names) = names else { unreachable!("kwnames is a tuple") };
                        match tri!(self.call_from_stack(func_pos, func_pos + 1, n, Some(names.as_slice()))) {
                            Called::Frame => continue 'frames,
                            Called::Done(v) => self.stack.push(v),
                        }
                    }
                    Op::CallEx(flag) => {
                        let kwargs = if flag == 1 { Some(self.pop()) } else { None };
                        let args = self.pop();
                        let func = self.pop();
                        self.frames[fi].pc = pc as u32;
                        let v = tri!(self.call_ex(func, args, kwargs));
                        self.stack.push(v);
                    }
                    Op::Binary(kind) | Op::Inplace(kind) | Op::BinaryConst { kind, .. } => {
                        let b = match op {
                            Op::BinaryConst { konst, .. } => code.consts[konst as usize].clone(),
                            _ => self.pop(),
                        };
                        let a = self.pop();
                        let v = match (&a, &b) {
                            (Value::Int(x), Value::Int(y)) => match int_fast(kind, *x, *y) {
                                Some(r) => Value::Int(r),
                                None => tri!(self.int_op(*x, *y, kind)),
                            },
                            (Value::Float(x), Value::Float(y)) => match float_fast(kind, *x, *y) {
                                Some(r) => Value::Float(r),
                                None => tri!(self.float_op(*x, *y, kind)),
                            },
                            _ => {
                                self.frames[fi].pc = pc as u32;
                                tri!(self.binary_op(&a, &b, kind, matches!(op, Op::Inplace(_))))
                            }
                        };
                        self.stack.push(v);
                    }
                    Op::BinaryLocalConst { slot, konst, kind } => {
                        let a = &self.stack[base + slot as usize];
                        let b = &code.consts[konst as usize];
                        let fast = match (a, b) {
                            (Value::Int(x), Value::Int(y)) => int_fast(kind, *x, *y).map(Value::Int),
                            (Value::Float(x), Value::Float(y)) => float_fast(kind, *x, *y).map(Value::Float),
                            (Value::Float(x), Value::Int(y)) => float_fast(kind, *x, *y as f64).map(Value::Float),
                            _ => None,
                        };
                        let v = match fast {
                            Some(v) => v,
                            None => {
                                if let Value::Undefined = a {
                                    break self.unbound_local(&code.varnames[slot as usize]);
                                }
                                let (a, b) = (a.clone(), b.clone());
                                self.frames[fi].pc = pc as u32;
                                tri!(self.binary_op(&a, &b, kind, false))
                            }
                        };
                        self.stack.push(v);
                    }
                    Op::BinaryLocals { a, b, kind } => {
                        let x = &self.stack[base + a as usize];
                        let y = &self.stack[base + b as usize];
                        let fast = match (x, y) {
                            (Value::Int(p), Value::Int(q)) => int_fast(kind, *p, *q).map(Value::Int),
                            (Value::Float(p), Value::Float(q)) => float_fast(kind, *p, *q).map(Value::Float),
                            _ => None,
                        };
                        let v = match fast {
                            Some(v) => v,
                            None => {
                                if let Value::Undefined = x {
                                    break self.unbound_local(&code.varnames[a as usize]);
                                }
                                if let Value::Undefined = y {
                                    break self.unbound_local(&code.varnames[b as usize]);
                                }
                                let (x, y) = (x.clone(), y.clone());
                                self.frames[fi].pc = pc as u32;
                                tri!(self.binary_op(&x, &y, kind, false))
                            }
                        };
                        self.stack.push(v);
                    }
                    Op::Compare(kind) => {
                        let b = self.pop();
                        let a = self.pop();
                        let v = match compare_fast(kind, &a, &b) {
                            Some(t) => Value::Bool(t),
                            None => {
                                self.frames[fi].pc = pc as u32;
                                tri!(self.compare(&a, &b, kind))
                            }
                        };
                        self.stack.push(v);
                    }
                    Op::CompareJump { kind, jump_if, target } => {
                        let b = self.pop();
                        let a = self.pop();
                        let truth = match compare_fast(kind, &a, &b) {
                            Some(t) => t,
                            None => {
                                self.frames[fi].pc = pc as u32;
                                tri!(self.compare_truth(&a, &b, kind))
                            }
                        };
                        if truth == jump_if {
                            pc = target as usize;
                        }
                    }
                    Op::CompareLocalConstJump { test, target, .. } | Op::CompareLocalsJump { test, target, .. } => {
                        // The left operand is a local; the right a constant or a local.
                        let (left, right_slot, right) = match op {
                            Op::CompareLocalConstJump { slot, konst, .. } => (slot as usize, None, &code.consts[konst as usize]),
                            Op::CompareLocalsJump { a, b, .. } => (a as usize, Some(b as usize), &self.stack[base + b as usize]),
                            _ => unreachable!(),
                        };
                        let x = &self.stack[base + left];
                        let truth = match compare_fast(test.kind(), x, right) {
                            Some(t) => t,
                            None => {
                                let unbound = [Some(left), right_slot].into_iter().flatten().find(|&s| matches!(self.stack[base + s], Value::Undefined));
                                if let Some(s) = unbound {
                                    break self.unbound_local(&code.varnames[s]);
                                }
                                let (x, y) = (x.clone(), right.clone());
                                self.frames[fi].pc = pc as u32;
                                tri!(self.compare_truth(&x, &y, test.kind()))
                            }
                        };
                        if truth == test.jump_if() {
                            pc = target as usize;
                        }
                    }
                    Op::Is(invert) => {
                        let b = self.pop();
                        let a = self.pop();
                        self.stack.push(Value::Bool(a.is(&b) != (invert == 1)));
                    }
                    Op::Contains(invert) => {
                        let b = self.pop();
                        let a = self.pop();
                        self.frames[fi].pc = pc as u32;
                        let r = tri!(self.contains(&b, &a));
                        self.stack.push(Value::Bool(r != (invert == 1)));
                    }
                    Op::UnaryNeg => {
                        let a = self.pop();
                        let v = tri!(self.unary_neg(&a));
                        self.stack.push(v);
                    }
                    Op::UnaryPos => {
                        let a = self.pop();
                        let v = tri!(self.unary_pos(&a));
                        self.stack.push(v);
                    }
                    Op::UnaryNot => {
                        let a = self.pop();
                        let t = tri!(self.truthy(&a));
                        self.stack.push(Value::Bool(!t));
                    }
                    Op::UnaryInvert => {
                        let a = self.pop();
                        let v = tri!(self.unary_invert(&a));
                        self.stack.push(v);
                    }
                    Op::Subscript => {
                        let index = self.pop();
                        let container = self.pop();
                        self.frames[fi].pc = pc as u32;
                        let v = tri!(self.get_item(&container, &index));
                        self.stack.push(v);
                    }
                    Op::StoreSubscr => {
                        let index = self.pop();
                        let container = self.pop();
                        let v = self.pop();
                        self.frames[fi].pc = pc as u32;
                        tri!(self.set_item(&container, index, v));
                    }
                    Op::DeleteSubscr => {
                        let index = self.pop();
                        let container = self.pop();
                        self.frames[fi].pc = pc as u32;
                        tri!(self.del_item(&container, &index));
                    }
                    Op::BuildSlice(n) => {
                        let step = if n == 3 { self.pop() } else { Value::None };
                        let upper = self.pop();
                        let lower = self.pop();
                        self.stack.push(crate::builtins::slice::new_slice(lower, upper, step));
                    }
                    Op::Jump(t) => pc = t as usize,
                    Op::JumpBack(t) => {
                        pc = t as usize;
                        if breaker.load(Ordering::Relaxed) != 0 {
                            self.frames[fi].pc = pc as u32;
                            tri!(self.handle_eval_breaker());
                        }
                    }
                    Op::PopJumpIfFalse(t) => {
                        let v = self.pop();
                        let truth = match v {
                            Value::Bool(b) => b,
                            _ => tri!(self.truthy(&v)),
                        };
                        if !truth {
                            pc = t as usize;
                        }
                    }
                    Op::PopJumpIfNone(t) => {
                        if let Some(Value::None) = self.stack.pop() {
                            pc = t as usize;
                        }
                    }
                    Op::PopJumpIfNotNone(t) => {
                        if !matches!(self.stack.pop(), Some(Value::None)) {
                            pc = t as usize;
                        }
                    }
                    Op::PopJumpIfTrue(t) => {
                        let v = self.pop();
                        let truth = match v {
                            Value::Bool(b) => b,
                            _ => tri!(self.truthy(&v)),
                        };
                        if truth {
                            pc = t as usize;
                        }
                    }
                    Op::JumpIfFalseOrPop(t) => {
                        let truth = tri!(self.truthy(&self.top().clone()));
                        if !truth {
                            pc = t as usize;
                        } else {
                            self.stack.pop();
                        }
                    }
                    Op::JumpIfTrueOrPop(t) => {
                        let truth = tri!(self.truthy(&self.top().clone()));
                        if truth {
                            pc = t as usize;
                        } else {
                            self.stack.pop();
                        }
                    }
                    Op::GetIter => {
                        let v = self.pop();
                        self.frames[fi].pc = pc as u32;
                        let it = tri!(self.iter(&v));
                        self.stack.push(it);
                    }
                    Op::ForIter(t) | Op::ForIterStore { target: t, .. } => {
                        let mut fast = None;
                        if let Some(Value::Native(n)) = self.stack.last() {
                            if let Some(range) = n.downcast::<super::iter::RangeIter>() {
                                fast = Some(range.next_int().map(Value::Int));
                            } else if let Some(seq) = n.downcast::<super::iter::SeqIter>() {
                                fast = seq.next_fast();
                            }
                        }
                        let next = match fast {
                            Some(next) => next,
                            None => {
                                self.frames[fi].pc = pc as u32;
                                // The iterator is lent out of its slot for the call: no reference count traffic.
                                let slot = self.stack.len() - 1;
                                let it = std::mem::replace(&mut self.stack[slot], Value::Undefined);
                                let next = self.next(&it);
                                self.give_back(slot, it);
                                tri!(next)
                            }
                        };
                        match (next, op) {
                            (Some(v), Op::ForIterStore { slot, .. }) => self.stack[base + slot as usize] = v,
                            (Some(v), _) => self.stack.push(v),
                            (None, _) => {
                                self.stack.pop();
                                pc = t as usize;
                            }
                        }
                    }
                    Op::BuildTuple(n) => {
                        let items = self.stack.split_off(self.stack.len() - n as usize);
                        self.stack.push(Value::tuple(items));
                    }
                    Op::BuildList(n) => {
                        let items = self.stack.split_off(self.stack.len() - n as usize);
                        self.stack.push(Value::list(items));
                    }
                    Op::BuildSet(n) => {
                        let items = self.stack.split_off(self.stack.len() - n as usize);
                        let s = tri!(self.new_set(items, false));
                        self.stack.push(s);
                    }
                    Op::BuildMap(n) => {
                        let items = self.stack.split_off(self.stack.len() - 2 * n as usize);
                        let d = tri!(self.new_dict_from_pairs(items));
                        self.stack.push(d);
                    }
                    Op::BuildString(n) => {
                        let items = self.stack.split_off(self.stack.len() - n as usize);
                        let mut s = String::new();
                        for i in &items {
                            if let Value::Str(p) = i {
                                s.push_str(p.as_str());
                            }
                        }
                        self.stack.push(Value::string(s));
                    }
                    Op::FormatValue(fl) => {
                        let spec = if fl & 4 != 0 { Some(self.pop()) } else { None };
                        let v = self.pop();
                        self.frames[fi].pc = pc as u32;
                        let s = tri!(self.format_value(v, fl & 3, spec));
                        self.stack.push(s);
                    }
                    Op::ListAppend(n) => {
                        let item = self.pop();
                        let pos = self.stack.len() - n as usize;
                        if let Value::List(l) = &self.stack[pos] {
                            l.push(item);
                        }
                    }
                    Op::SetAdd(n) => {
                        let item = self.pop();
                        let target = self.stack[self.stack.len() - n as usize].clone();
                        tri!(self.container_add(&target, item));
                    }
                    Op::MapAdd(n) => {
                        let value = self.pop();
                        let key = self.pop();
                        let target = self.stack[self.stack.len() - n as usize].clone();
                        if let Value::Dict(d) = &target {
                            tri!(self.dict_set(d, key, value));
                        }
                    }
                    Op::ListExtend(n) => {
                        let src = self.pop();
                        let target = self.stack[self.stack.len() - n as usize].clone();
                        self.frames[fi].pc = pc as u32;
                        let items = tri!(self.collect(&src).map_err(|e| self.not_iterable_star(e, &src)));
                        if let Value::List(l) = &target {
                            l.lock().extend(items);
                        }
                    }
                    Op::SetUpdate(n) => {
                        let src = self.pop();
                        let target = self.stack[self.stack.len() - n as usize].clone();
                        let items = tri!(self.collect(&src));
                        tri!(self.container_extend(&target, items));
                    }
                    Op::DictUpdate(n) | Op::DictMerge(n) => {
                        let src = self.pop();
                        let target = self.stack[self.stack.len() - n as usize].clone();
                        self.frames[fi].pc = pc as u32;
                        if let Op::DictMerge(_) = op {
                            // The callable sits below the positional tuple and the keyword dict.
                            let callee = self.stack[self.stack.len() - n as usize - 2].clone();
                            tri!(self.dict_merge_for_call(&callee, &target, &src));
                        } else {
                            tri!(self.dict_update_from(&target, &src, false));
                        }
                    }
                    Op::ListToTuple => {
                        let l = self.pop();
                        let items = self.sequence_items(&l);
                        self.stack.push(Value::tuple(items));
                    }
                    Op::UnpackSequence(n) => {
                        let seq = self.pop();
                        self.frames[fi].pc = pc as u32;
                        tri!(self.unpack(seq, n as usize, None));
                    }
                    Op::UnpackEx(spec) => {
                        let seq = self.pop();
                        self.frames[fi].pc = pc as u32;
                        let (before, after) = ((spec & 0xffff) as usize, (spec >> 16) as usize);
                        tri!(self.unpack(seq, before, Some(after)));
                    }
                    Op::MakeFunction(i) => {
                        let child = code.children[i as usize];
                        let f = self.make_function(child, fi);
                        self.stack.push(f);
                    }
                    Op::LoadBuildClass => {
                        let v = interp.builtins.get_str(&PyStr::new("__build_class__")).unwrap_or(Value::None);
                        self.stack.push(v);
                    }
                    Op::ReturnValue | Op::ReturnFast(_) => {
                        let v = match op {
                            Op::ReturnFast(i) => {
                                let v = std::mem::replace(&mut self.stack[base + i as usize], Value::Undefined);
                                if let Value::Undefined = v {
                                    break self.unbound_local(&code.varnames[i as usize]);
                                }
                                v
                            }
                            _ => self.pop(),
                        };
                        let (call_base, init_instance) = self.pop_frame_parts();
                        self.stack.truncate(call_base);
                        let v = match init_instance {
                            Some(instance) => {
                                if !v.is_none() {
                                    let e = self.type_error(format!("__init__() should return None, not '{}'", self.type_name(&v)));
                                    if self.frames.len() == entry {
                                        return Err(e);
                                    }
                                    self.stack.push(Value::None);
                                    break e;
                                }
                                instance
                            }
                            None => v,
                        };
                        if self.frames.len() == entry {
                            return Ok(FrameExit::Return(v));
                        }
                        self.stack.push(v);
                        continue 'frames;
                    }
                    Op::YieldValue => {
                        let v = self.pop();
                        self.frames[fi].pc = pc as u32;
                        return Ok(FrameExit::Yield(v));
                    }
                    Op::GetYieldFromIter => {
                        let v = self.pop();
                        let it = if self.is_generator(&v) { v } else { tri!(self.iter(&v)) };
                        self.stack.push(it);
                    }
                    Op::Send(t) => {
                        let v = self.pop();
                        let it = self.top().clone();
                        self.frames[fi].pc = pc as u32;
                        match tri!(self.send_to(&it, v)) {
                            Ok(y) => self.stack.push(y),
                            Err(ret) => {
                                self.stack.pop();
                                self.stack.push(ret);
                                pc = t as usize;
                            }
                        }
                    }
                    Op::RaiseVarargs(n) => {
                        self.frames[fi].pc = pc as u32;
                        break self.raise_op(n);
                    }
                    Op::Reraise => {
                        let exc = self.pop();
                        break PyErr { value: exc };
                    }
                    Op::PushExcInfo => {
                        let exc = self.pop();
                        let prev = self.exc_info.replace(exc.clone()).unwrap_or(Value::None);
                        self.stack.push(prev);
                        self.stack.push(exc);
                    }
                    Op::PopExcept => {
                        let prev = self.pop();
                        self.exc_info = if prev.is_none() { None } else { Some(prev) };
                    }
                    Op::CheckExcMatch => {
                        let typ = self.pop();
                        let exc = self.top().clone();
                        let m = tri!(self.exception_matches(&exc, &typ));
                        self.stack.push(Value::Bool(m));
                    }
                    Op::LoadAssertionError => {
                        self.stack.push(Value::Class(interp.types.exceptions.assertion_error.clone()));
                    }
                    Op::BeforeWith => {
                        let mgr = self.pop();
                        self.frames[fi].pc = pc as u32;
                        let (exit, receiver, entered) = tri!(self.enter_context(mgr));
                        self.stack.push(exit);
                        self.stack.push(receiver);
                        self.stack.push(entered);
                    }
                    Op::WithExceptStart => {
                        let n = self.stack.len();
                        let exit = self.stack[n - 4].clone();
                        let receiver = self.stack[n - 3].clone();
                        let exc = self.stack[n - 1].clone();
                        let typ = Value::Class(self.class_of(&exc).clone());
                        let r = match receiver {
                            Value::Undefined => self.call(exit, &[typ, exc, Value::None]),
                            receiver => self.call(exit, &[receiver, typ, exc, Value::None]),
                        };
                        let r = tri!(r);
                        self.stack.push(r);
                    }
                    Op::ImportName(i) => {
                        self.frames[fi].pc = pc as u32;
                        let fromlist = self.pop();
                        let level = match self.pop() {
                            Value::Int(l) => l.max(0) as u32,
                            _ => 0,
                        };
                        let globals = self.frames[fi].globals;
                        let m = tri!(self.import_name(code.names[i as usize].as_str(), globals, &fromlist, level));
                        self.stack.push(m);
                    }
                    Op::ImportFrom(i) => {
                        let m = self.top().clone();
                        let v = tri!(self.import_from(&m, &code.names[i as usize]));
                        self.stack.push(v);
                    }
                    Op::ImportStar => {
                        let m = self.pop();
                        let frame = &self.frames[fi];
                        let target = frame.locals.clone().unwrap_or_else(|| frame.globals.clone());
                        tri!(self.import_star(&m, &target));
                    }
                    Op::PrintExpr => {
                        let v = self.pop();
                        tri!(self.print_expr(v));
                    }
                }
            };
            // Unwinding: find a handler in this frame or an outer one.
            self.frames[fi].pc = pc as u32;
            self.unwind(err, entry)?;
        }
    }

    #[cold]
    fn remember_global(&mut self, slot: usize, globals: usize, globals_version: u64, builtins_version: u64, value: Value) {
        if self.global_cache.len() <= slot {
            let empty = super::GlobalCacheEntry { globals: 0, globals_version: 0, builtins_version: 0, value: Value::None };
            self.global_cache.resize(slot + 64, empty);
        }
        self.global_cache[slot] = super::GlobalCacheEntry { globals, globals_version, builtins_version, value };
    }

    #[inline]
    fn pop(&mut self) -> Value {
        self.stack.pop().expect("stack underflow")
    }

    /// A comparison's truth, through the general (rich comparison) path.
    #[inline(never)]
    fn compare_truth(&mut self, a: &Value, b: &Value, kind: CmpKind) -> PyResult<bool> {
        match self.compare(a, b, kind)? {
            Value::Bool(t) => Ok(t),
            other => self.truthy(&other),
        }
    }

    /// Pops the returning frame, keeping only what the return needs. The
    /// frame is taken apart in place: moving it out whole reloads, in wide
    /// pieces, fields a short call has only just written in narrow ones.
    #[inline(always)]
    fn pop_frame_parts(&mut self) -> (usize, Option<Value>) {
        let last = self.frames.len() - 1;
        let frame = &mut self.frames[last];
        let call_base = frame.call_base as usize;
        let init_instance = frame.init_instance.take();
        drop(frame.locals.take());
        // The fields left behind must own nothing (checked when compiling).
        const _: () = assert!(
            !std::mem::needs_drop::<crate::compile::bytecode::CodeRef>()
                && !std::mem::needs_drop::<crate::objects::function::Globals>()
        );
        // SAFETY: the frame's fields that own anything were just taken;
        // the rest (code, globals, numbers) need no drop.
        unsafe { self.frames.set_len(last) };
        (call_base, init_instance)
    }

    #[inline]
    fn top(&self) -> &Value {
        self.stack.last().expect("stack underflow")
    }

    /// Looks for a handler for `err`, popping frames without one. `Ok` when a
    /// handler was found (the loop resumes there); `Err` when the exception
    /// leaves the frame at `entry`.
    fn unwind(&mut self, err: PyErr, entry: usize) -> PyResult<()> {
        self.note_context(&err);
        loop {
            self.add_traceback(&err);
            let frame = self.frames.last().expect("frame");
            let pc = frame.pc.saturating_sub(1);
            if let Some(h) = frame.code.handler_for(pc).copied() {
                let depth = frame.stack_base() + h.depth as usize;
                self.stack.truncate(depth);
                self.stack.push(err.value);
                self.frames.last_mut().expect("frame").pc = h.target;
                return Ok(());
            }
            let frame = self.frames.pop().expect("frame");
            self.stack.truncate(frame.call_base as usize);
            if self.frames.len() == entry {
                return Err(err);
            }
        }
    }

    /// Unwinds from the top frame (used when a generator is thrown into).
    pub(super) fn unwind_from_top(&mut self, err: PyErr, entry: usize) -> PyResult<()> {
        self.unwind(err, entry)
    }

    /// A new exception raised while another is handled remembers it as `__context__`.
    fn note_context(&mut self, err: &PyErr) {
        let Some(handled) = &self.exc_info else { return };
        if handled.is(&err.value) {
            return;
        }
        if let Some(mut st) = err.instance().exception() {
            if st.context.is_none() && st.traceback.is_empty() {
                st.context = Some(handled.clone());
            }
        }
    }

    /// Local `i` of the frame whose slots start at `base`, or the
    /// UnboundLocalError for reading it before assignment.
    #[inline(always)]
    fn local(&self, code: CodeRef, base: usize, i: usize) -> PyResult<Value> {
        match &self.stack[base + i] {
            Value::Undefined => Err(self.unbound_local(&code.varnames[i])),
            v => Ok(v.clone()),
        }
    }

    #[cold]
    fn unbound_local(&self, name: &PyStr) -> PyErr {
        self.unbound_local_error(format!(
            "cannot access local variable '{}' where it is not associated with a value",
            name.as_str()
        ))
    }

    fn unbound_deref(&self, code: &crate::compile::bytecode::CodeObject, slot: u32) -> PyErr {
        let name = code.varnames[slot as usize].as_str();
        let free_start = code.nslots() - code.nfree as usize;
        if (slot as usize) >= free_start {
            self.name_error(format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            ))
        } else {
            self.unbound_local_error(format!("cannot access local variable '{name}' where it is not associated with a value"))
        }
    }

    fn make_function(&mut self, code: CodeRef, fi: usize) -> Value {
        let mf = code.make_flags;
        let closure = if mf & make_flags::CLOSURE != 0 {
            match self.pop() {
                Value::Tuple(t) => t
                    .as_slice()
                    .iter()
                    .filter_map(|c| match c {
                        Value::Cell(c) => Some(c.clone()),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let annotations = if mf & make_flags::ANNOTATIONS != 0 { Some(self.pop()) } else { None };
        let kwdefaults = if mf & make_flags::KWDEFAULTS != 0 {
            match self.pop() {
                Value::Dict(d) => d
                    .items()
                    .into_iter()
                    .filter_map(|(k, v)| match k {
                        Value::Str(s) => Some((s, v)),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let defaults = if mf & make_flags::DEFAULTS != 0 {
            match self.pop() {
                Value::Tuple(t) => t.as_slice().to_vec(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let globals = self.frames[fi].globals;
        let module = globals.get_str(&PyStr::new("__name__")).unwrap_or(Value::None);
        let func = Function {
            name: code.name.clone(),
            qualname: code.qualname.clone(),
            code,
            globals,
            defaults,
            kwdefaults,
            closure,
            dict: Arc::new(PyDict::new()),
            module,
            annotations,
        };
        // The first function a module- or class-level `def` makes lives as
        // long as the program: it is shared without reference counting.
        // Later ones (a `def` run again) are ordinary reference-counted values.
        let at_top = self.frames[fi].code.flags & crate::compile::bytecode::flags::DICT_LOCALS != 0;
        if at_top && !code.made.swap(true, Ordering::Relaxed) {
            return Value::StaticFunction(Box::leak(Box::new(func)));
        }
        Value::Function(Arc::new(func))
    }

    fn raise_op(&mut self, n: u32) -> PyErr {
        match n {
            0 => match self.exc_info.clone() {
                Some(exc) => PyErr { value: exc },
                None => self.runtime_error("No active exception to reraise"),
            },
            _ => {
                let cause = if n == 2 { Some(self.pop()) } else { None };
                let exc = self.pop();
                let err = match self.make_raisable(exc) {
                    Ok(e) => e,
                    Err(e) => return e,
                };
                if let Some(cause) = cause {
                    let cause = match cause {
                        Value::None => Value::None,
                        c => match self.make_raisable(c) {
                            Ok(e) => e.value,
                            Err(_) => return self.type_error("exception causes must derive from BaseException"),
                        },
                    };
                    if let Some(mut st) = err.instance().exception() {
                        st.cause = Some(cause);
                        st.suppress_context = true;
                    }
                }
                err
            }
        }
    }

    fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        let cls = self.class_of(exc).clone();
        match typ {
            Value::Class(c) if c.is_subclass(&self.types().exceptions.base_exception) => Ok(cls.is_subclass(c)),
            Value::Tuple(t) => {
                for item in t.as_slice() {
                    if self.exception_matches(exc, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }

    /// The periodic check at backward jumps and calls: signals now, GIL drop requests later.
    #[cold]
    pub fn handle_eval_breaker(&mut self) -> PyResult<()> {
        crate::signals::check(self)
    }
}
