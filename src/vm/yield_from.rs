//! `throw()` and `close()` of generators, which a generator paused in
//! `yield from` forwards to the iterator it delegates to, as CPython's
//! `_gen_throw` and `gen_close` do.

use std::sync::atomic::Ordering;
use crate::objects::Arc;

use super::iter::{stop_value, Generator, Resumed};
use super::{PyErr, PyResult, Vm};
use crate::compile::bytecode::Op;
use crate::objects::{PyStr, Value};

impl Generator {
    /// The sub-iterator of the `yield from` the generator is paused in:
    /// the frame stopped just past `Send; YieldValue`, with the iterator on
    /// top of its saved stack.
    fn delegate(&self) -> Option<Value> {
        let st = self.state.lock();
        let frame = st.frame.as_ref()?;
        let ops = &frame.code.ops;
        match ops.get(frame.pc as usize)? {
            Op::JumpBack(start) if matches!(ops.get(*start as usize), Some(Op::Send(_))) => st.saved.last().cloned(),
            _ => None,
        }
    }

    /// The sub-iterator finished with `ret` outside `Send`: pop it and move
    /// the frame to where `Send` would have jumped, so resuming with `ret`
    /// continues after the `yield from`.
    fn end_delegation(&self) {
        let mut st = self.state.lock();
        let st = &mut *st;
        let Some(frame) = st.frame.as_mut() else { return };
        if let Some(Op::JumpBack(start)) = frame.code.ops.get(frame.pc as usize) {
            if let Some(Op::Send(exit)) = frame.code.ops.get(*start as usize) {
                frame.pc = *exit;
                st.saved.pop();
            }
        }
    }

    /// Runs `f` with the generator marked as executing, as CPython does while
    /// it forwards to a sub-iterator.
    fn while_running<T>(&self, vm: &mut Vm, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        if self.running.swap(true, Ordering::Acquire) {
            return Err(vm.value_error("generator already executing"));
        }
        let r = f(vm);
        self.running.store(false, Ordering::Release);
        r
    }

    /// `gen.throw(exc)`, `gen.throw(type[, value[, traceback]])`.
    pub fn throw(&self, vm: &mut Vm, args: &[Value]) -> PyResult<Resumed> {
        let generator_exit = vm.types().exceptions.generator_exit.clone();
        let is_exit = match &args[0] {
            Value::Class(c) => c.is_subclass(&generator_exit),
            v => vm.class_of(v).is_subclass(&generator_exit),
        };
        if let Some(sub) = self.delegate() {
            if is_exit {
                // GeneratorExit closes the sub-iterator, then is raised here.
                if let Err(e) = self.while_running(vm, |vm| close_iterator(vm, &sub)) {
                    return self.resume(vm, Err(e));
                }
            } else {
                let forwarded = self.while_running(vm, |vm| throw_into(vm, &sub, args))?;
                match forwarded {
                    Some(Ok(y)) => return Ok(Resumed::Yielded(y)),
                    Some(Err(e)) if e.is(&vm.types().exceptions.stop_iteration) => {
                        self.end_delegation();
                        return self.resume(vm, Ok(stop_value(&e)));
                    }
                    Some(Err(e)) => return self.resume(vm, Err(e)),
                    None => {}
                }
            }
        }
        let err = exception_from_throw_args(vm, args)?;
        self.resume(vm, Err(err))
    }

    pub fn close(&self, vm: &mut Vm) -> PyResult<()> {
        if self.is_finished() {
            return Ok(());
        }
        let mut raise = None;
        if let Some(sub) = self.delegate() {
            if let Err(e) = self.while_running(vm, |vm| close_iterator(vm, &sub)) {
                raise = Some(e);
            }
        }
        let exc = match raise {
            Some(e) => e,
            None => vm.error_no_args(&vm.types().exceptions.generator_exit.clone()),
        };
        match self.resume(vm, Err(exc)) {
            Ok(Resumed::Yielded(_)) => Err(vm.runtime_error("generator ignored GeneratorExit")),
            Ok(Resumed::Returned(_)) => Ok(()),
            Err(e) if e.is(&vm.types().exceptions.generator_exit) => Ok(()),
            Err(e) => Err(e),
        }
    }
}

/// Throws into a sub-iterator: `None` when it has no `throw` method (the
/// exception is then raised in the delegating generator), else what it
/// yielded or raised; a generator's return comes back as StopIteration.
fn throw_into(vm: &mut Vm, sub: &Value, args: &[Value]) -> PyResult<Option<Result<Value, PyErr>>> {
    if let Value::Native(n) = sub {
        if let Some(g) = n.downcast::<Generator>() {
            return Ok(Some(match g.throw(vm, args) {
                Ok(Resumed::Yielded(y)) => Ok(y),
                Ok(Resumed::Returned(v)) => Err(vm.stop_iteration(v)),
                Err(e) => Err(e),
            }));
        }
    }
    let Some(method) = vm.get_attr_opt(sub, &Arc::new(PyStr::new("throw")))? else {
        return Ok(None);
    };
    Ok(Some(vm.call(method, args)))
}

/// `close()` of a sub-iterator, when it has one.
fn close_iterator(vm: &mut Vm, sub: &Value) -> PyResult<()> {
    if let Value::Native(n) = sub {
        if let Some(g) = n.downcast::<Generator>() {
            return g.close(vm);
        }
    }
    if let Some(method) = vm.get_attr_opt(sub, &Arc::new(PyStr::new("close")))? {
        vm.call(method, &[])?;
    }
    Ok(())
}

/// The exception `throw(type[, value[, traceback]])` raises.
fn exception_from_throw_args(vm: &mut Vm, args: &[Value]) -> PyResult<PyErr> {
    let value = args.get(1).filter(|v| !v.is_none());
    if let Some(tb) = args.get(2) {
        if !tb.is_none() && vm.type_name(tb) != "traceback" {
            return Err(vm.type_error("throw() third argument must be a traceback object"));
        }
    }
    match (&args[0], value) {
        (Value::Class(c), Some(v)) if c.is_subclass(&vm.types().exceptions.base_exception) => {
            if vm.class_of(v).is_subclass(c) {
                return vm.make_raisable(v.clone());
            }
            let exc = match v {
                Value::Tuple(t) => vm.call(Value::Class(c.clone()), t.as_slice())?,
                _ => vm.call(Value::Class(c.clone()), std::slice::from_ref(v))?,
            };
            vm.make_raisable(exc)
        }
        (Value::Instance(_), Some(_)) if vm.make_raisable(args[0].clone()).is_ok() => {
            Err(vm.type_error("instance exception may not have a separate value"))
        }
        (Value::Class(_) | Value::Instance(_), _) => vm.make_raisable(args[0].clone()),
        (other, _) => Err(vm.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            vm.type_name(other)
        ))),
    }
}
