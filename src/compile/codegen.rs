//! Code generation: AST to `CodeObject`s, one per function, class body,
//! lambda and comprehension.

use std::collections::HashMap;
use crate::objects::Arc;

use super::bytecode::{flags, make_flags, BinKind, CmpTest, CodeObject, CodeRef, ExceptionHandler, Op};
use super::symtable::{node_key, Resolution, ScopeKind, SymbolTable};
use crate::objects::{PyStr, Value};
use crate::syntax::ast::*;
use crate::syntax::{SyntaxError, SyntaxErrorKind};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A script or module.
    Exec,
    /// One interactive statement: expression statements echo their value.
    Interactive,
    /// `eval()`: a single expression, whose value the code returns.
    Eval,
    /// `exec()` of a string: like `Exec`, but top-level names go through
    /// the frame's locals dict, which may be another dict than its globals.
    ExecString,
}

/// The superinstructions for the unit's last op followed by `next`, when
/// they can merge: no jump lands between them and both belong to the same
/// line and exception handler (so tracebacks and unwinding see one op).
/// Returns what replaces the last op, and possibly one op to follow it.
fn fuse_with_last(u: &Unit, next: Op) -> Option<(Op, Option<Op>)> {
    let &last = u.ops.last()?;
    if u.last_label_at == u.ops.len() || *u.lines.last()? != u.line || *u.handler_of_op.last()? != u.handler {
        return None;
    }
    let small = |i: u32| u16::try_from(i).ok();
    let fused = match (last, next) {
        (Op::LoadFast(a), Op::LoadFast(b)) => Op::LoadFastFast { a: small(a)?, b: small(b)? },
        (Op::LoadFast(a), Op::LoadConst(k)) => Op::LoadFastConst { slot: small(a)?, konst: small(k)? },
        (Op::LoadFast(a), Op::ReturnValue) => Op::ReturnFast(a),
        (Op::LoadFast(a), Op::LoadMethod(m)) => Op::LoadFastMethod { slot: small(a)?, name: small(m)? },
        // `x.f(y.g())`-like: the method load is worth more than the pair.
        (Op::LoadFastFast { a, b }, Op::LoadMethod(m)) => {
            return Some((Op::LoadFast(a as u32), Some(Op::LoadFastMethod { slot: b, name: small(m)? })))
        }
        (Op::LoadFastConst { slot, konst }, Op::Binary(kind)) => Op::BinaryLocalConst { slot, konst, kind },
        (Op::LoadConst(k), Op::Binary(kind)) => Op::BinaryConst { konst: small(k)?, kind },
        (Op::StoreFast(a), Op::LoadFast(b)) => Op::StoreFastLoadFast { a: small(a)?, b: small(b)? },
        (Op::ForIter(target), Op::StoreFast(slot)) => Op::ForIterStore { target, slot: small(slot)? },
        (Op::LoadFastConst { slot, konst }, Op::CompareJump { kind, jump_if, target }) => Op::CompareLocalConstJump {
            slot: u8::try_from(slot).ok()?,
            konst: u8::try_from(konst).ok()?,
            test: CmpTest::new(kind, jump_if),
            target,
        },
        (Op::LoadFastFast { a, b }, Op::CompareJump { kind, jump_if, target }) => Op::CompareLocalsJump {
            a: u8::try_from(a).ok()?,
            b: u8::try_from(b).ok()?,
            test: CmpTest::new(kind, jump_if),
            target,
        },
        _ => return None,
    };
    Some((fused, None))
}

/// Compiles a parsed module to its top-level code object.
pub fn compile_module(module: &Module, source: &str, filename: &str, mode: Mode) -> Result<CodeRef, SyntaxError> {
    let table = SymbolTable::build(module).map_err(|e| error_at(source, e.span, &e.msg))?;
    let mut c = Compiler {
        table,
        units: Vec::new(),
        lines: LineIndex::new(source),
        source,
        filename: std::sync::Arc::from(filename),
        interner: HashMap::new(),
        mode,
        future_annotations: has_future_annotations(&module.body),
    };
    c.push_unit(0, "<module>", "<module>", 1);
    if mode == Mode::Eval {
        let [Stmt { kind: StmtKind::Expr(e), span }] = module.body.as_slice() else {
            let span = module.body.get(1).or(module.body.first()).map_or(Span { start: 0, end: 0 }, |s| s.span);
            return Err(error_at(source, span, "invalid syntax"));
        };
        c.set_line(*span);
        c.expr(e)?;
        c.emit(Op::ReturnValue);
        return Ok(Box::leak(Box::new(c.pop_unit(0, 0, 0, 0))));
    }
    c.setup_annotations(&module.body);
    c.stmts(&module.body)?;
    if mode == Mode::Interactive || !ends_with_return(&module.body) {
        c.load_const(Value::None);
        c.emit(Op::ReturnValue);
    }
    Ok(Box::leak(Box::new(c.pop_unit(0, 0, 0, 0))))
}

/// Whether the module's leading future statements (after an optional
/// docstring) include `annotations`.
fn has_future_annotations(body: &[Stmt]) -> bool {
    let mut stmts = body.iter().peekable();
    if let Some(Stmt { kind: StmtKind::Expr(e), .. }) = stmts.peek() {
        if matches!(&e.kind, ExprKind::Constant(crate::syntax::ast::Constant::Str(_))) {
            stmts.next();
        }
    }
    for s in stmts {
        match &s.kind {
            StmtKind::ImportFrom { module: Some(m), names, level: 0 } if m == "__future__" => {
                if names.iter().any(|a| a.name == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

/// An annotation's source text as PEP 563 stores it: line breaks inside
/// brackets and the indentation after them become single spaces.
fn annotation_text(source: &str, span: Span) -> String {
    let text = source.get(span.start as usize..span.end as usize).unwrap_or("");
    let mut out = String::with_capacity(text.len());
    let mut lines = text.split('\n');
    if let Some(first) = lines.next() {
        out.push_str(first.trim_end_matches('\\').trim_end());
    }
    for line in lines {
        let line = line.trim();
        if !line.is_empty() {
            if !out.ends_with(['[', '(']) && !line.starts_with([']', ')']) {
                out.push(' ');
            }
            out.push_str(line.trim_end_matches('\\').trim_end());
        }
    }
    out
}

fn ends_with_return(_body: &[Stmt]) -> bool {
    false
}

fn error_at(source: &str, span: Span, msg: &str) -> SyntaxError {
    let lines = LineIndex::new(source);
    let line = lines.line(span.start);
    let start = lines.line_start(line) as usize;
    let col = source.get(start..span.start as usize).map(|s| s.chars().count()).unwrap_or(0) as u32 + 1;
    let end = source.get(start..(span.end as usize).max(span.start as usize)).map(|s| s.chars().count()).unwrap_or(0) as u32 + 1;
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: msg.to_owned(),
        line,
        col,
        end_col: end.max(col + 1),
        incomplete: false,
    }
}

/// A block the compiler is inside of, for `break`, `continue` and `return`
/// to unwind through.
#[derive(Clone)]
enum Block {
    Loop { start: Label, exit: Label, is_for: bool },
    /// The body of `try ... finally`; the finally body is inlined on exits.
    FinallyTry { body: Vec<Stmt>, handler: Option<(Label, u32)> },
    /// Inside the exceptional copy of a finally body: (prev, exc) are on the stack.
    FinallyEnd,
    /// Inside an `except` clause body: `prev` is on the stack.
    Handler { name: Option<String> },
    /// Inside a `with` body: the exit function is on the stack.
    With,
    /// Inside a finally body inlined by `return`: the return value waits on
    /// the stack, and a `break`/`continue` there (which cancels the return)
    /// must drop it.
    PopValue,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Label(u32);

#[derive(Clone, Copy)]
enum NameAccess {
    Load,
    Store,
    Delete,
}

struct Unit {
    scope: usize,
    name: String,
    qualname: String,
    first_line: u32,
    ops: Vec<Op>,
    lines: Vec<u32>,
    handler_of_op: Vec<Option<(Label, u32)>>,
    consts: Vec<Value>,
    names: Vec<Arc<PyStr>>,
    name_index: HashMap<String, u32>,
    slots: HashMap<String, u32>,
    varnames: Vec<Arc<PyStr>>,
    ncells: u32,
    nfree: u32,
    cell_from_param: Vec<Option<u32>>,
    children: Vec<CodeRef>,
    labels: Vec<u32>,
    /// `ops.len()` when a label was last bound: the next instruction is a
    /// jump target then and must not be fused into the one before it.
    last_label_at: usize,
    line: u32,
    blocks: Vec<Block>,
    handler: Option<(Label, u32)>,
    /// Values a statement in this unit sits on top of: for-loop iterators,
    /// with-exits, handler state. The depth exception handlers unwind to.
    depth: u32,
}

struct Compiler<'a> {
    table: SymbolTable,
    units: Vec<Unit>,
    lines: LineIndex,
    source: &'a str,
    filename: std::sync::Arc<str>,
    interner: HashMap<String, Arc<PyStr>>,
    mode: Mode,
    /// `from __future__ import annotations` (PEP 563): annotations are
    /// stored as their source text instead of being evaluated.
    future_annotations: bool,
}

type CResult = Result<(), SyntaxError>;

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit {
        self.units.last_mut().expect("unit")
    }

    fn scope_kind(&self) -> ScopeKind {
        self.table.scopes[self.units.last().expect("unit").scope].kind
    }

    fn intern(&mut self, s: &str) -> Arc<PyStr> {
        self.interner.entry(s.to_owned()).or_insert_with(|| Arc::new(PyStr::new(s))).clone()
    }

    fn err(&self, span: Span, msg: &str) -> SyntaxError {
        error_at(self.source, span, msg)
    }

    fn push_unit(&mut self, scope: usize, name: &str, qualname: &str, first_line: u32) {
        let sc = &self.table.scopes[scope];
        let mut varnames: Vec<String> = sc.params.clone();
        if sc.kind == ScopeKind::Function || sc.kind == ScopeKind::Comprehension {
            for n in &sc.order {
                if sc.resolve(n) == Resolution::Local && !varnames.contains(n) {
                    varnames.push(n.clone());
                }
            }
        }
        let nplain = varnames.len();
        let cells = sc.cellvars();
        let frees = sc.freevars();
        let mut slots = HashMap::new();
        let mut cell_from_param = Vec::new();
        for (i, n) in varnames.iter().enumerate() {
            slots.insert(n.clone(), i as u32);
        }
        for n in &cells {
            cell_from_param.push(sc.params.iter().position(|p| p == n).map(|p| p as u32));
        }
        // Cells and free variables get slots after the plain locals; a cell
        // for a parameter shadows the parameter's slot by name.
        let mut all = varnames.clone();
        for n in cells.iter().chain(frees.iter()) {
            slots.insert(n.clone(), all.len() as u32);
            all.push(n.clone());
        }
        let _ = nplain;
        let varnames = all.iter().map(|n| self.intern(n)).collect();
        self.units.push(Unit {
            scope,
            name: name.to_owned(),
            qualname: qualname.to_owned(),
            first_line,
            ops: Vec::new(),
            lines: Vec::new(),
            handler_of_op: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            slots,
            varnames,
            ncells: cells.len() as u32,
            nfree: frees.len() as u32,
            cell_from_param,
            children: Vec::new(),
            labels: Vec::new(),
            last_label_at: usize::MAX,
            line: first_line,
            blocks: Vec::new(),
            handler: None,
            depth: 0,
        });
    }

    fn pop_unit(&mut self, argcount: u32, posonly: u32, kwonly: u32, code_flags: u32) -> CodeObject {
        let u = self.units.pop().expect("unit");
        let mut ops = u.ops;
        for op in ops.iter_mut() {
            match op {
                Op::Jump(t)
                | Op::JumpBack(t)
                | Op::PopJumpIfFalse(t)
                | Op::PopJumpIfTrue(t)
                | Op::PopJumpIfNone(t)
                | Op::PopJumpIfNotNone(t)
                | Op::JumpIfFalseOrPop(t)
                | Op::JumpIfTrueOrPop(t)
                | Op::ForIter(t)
                | Op::ForIterStore { target: t, .. }
                | Op::Send(t)
                | Op::CompareJump { target: t, .. }
                | Op::CompareLocalConstJump { target: t, .. }
                | Op::CompareLocalsJump { target: t, .. } => *t = u.labels[*t as usize],
                _ => {}
            }
        }
        // Runs of instructions sharing one handler become table entries.
        let mut handlers = Vec::new();
        let mut i = 0;
        while i < u.handler_of_op.len() {
            if let Some((label, depth)) = u.handler_of_op[i] {
                let start = i;
                while i < u.handler_of_op.len() && u.handler_of_op[i] == Some((label, depth)) {
                    i += 1;
                }
                handlers.push(ExceptionHandler { start: start as u32, end: i as u32, target: u.labels[label.0 as usize], depth });
            } else {
                i += 1;
            }
        }
        let sc = &self.table.scopes[u.scope];
        let mut f = code_flags;
        if sc.is_generator {
            f |= flags::GENERATOR;
        }
        if matches!(sc.kind, ScopeKind::Class | ScopeKind::Module) {
            f |= flags::DICT_LOCALS;
        }
        let cache_base = super::bytecode::allocate_cache_slots(u.names.len());
        CodeObject {
            made: std::sync::atomic::AtomicBool::new(false),
            cache_base,
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            first_line: u.first_line,
            ops,
            lines: u.lines,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            ncells: u.ncells,
            nfree: u.nfree,
            cell_from_param: u.cell_from_param,
            argcount,
            posonlyargcount: posonly,
            kwonlyargcount: kwonly,
            flags: f,
            make_flags: 0,
            children: u.children,
            handlers,
        }
    }

    // ----- emission helpers -----

    fn emit(&mut self, op: Op) {
        let u = self.unit();
        if let Some((fused, then)) = fuse_with_last(u, op) {
            *u.ops.last_mut().expect("an op to fuse with") = fused;
            if let Some(then) = then {
                self.emit_plain(then);
            }
            return;
        }
        self.emit_plain(op);
    }

    fn emit_plain(&mut self, op: Op) {
        let u = self.unit();
        u.ops.push(op);
        let line = u.line;
        u.lines.push(line);
        let h = u.handler;
        u.handler_of_op.push(h);
    }

    fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(u32::MAX);
        Label(u.labels.len() as u32 - 1)
    }

    fn bind_label(&mut self, l: Label) {
        let u = self.unit();
        u.labels[l.0 as usize] = u.ops.len() as u32;
        u.last_label_at = u.ops.len();
    }

    fn load_const(&mut self, v: Value) {
        let idx = self.const_index(v);
        self.emit(Op::LoadConst(idx));
    }

    /// The index of `v` in the constants, added if new.
    fn const_index(&mut self, v: Value) -> u32 {
        let u = self.unit();
        // Reuse simple constants (None, small ints, equal strings).
        let found = u.consts.iter().position(|c| match (c, &v) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Str(a), Value::Str(b)) => a.as_str() == b.as_str(),
            _ => false,
        });
        let idx = match found {
            Some(i) => i,
            None => {
                u.consts.push(v);
                u.consts.len() - 1
            }
        };
        idx as u32
    }

    /// Private name mangling: inside a class, `__spam` (not ending in `__`)
    /// becomes `_Class__spam` wherever it names an attribute, a global or a
    /// class-body name, so a subclass's `__spam` does not collide with it.
    /// Fast locals and cells keep their written names: no one sees them.
    fn mangle<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
            return name.into();
        }
        let class = self.units.iter().rev().find(|u| self.table.scopes[u.scope].kind == ScopeKind::Class);
        match class.map(|u| u.name.trim_start_matches('_')) {
            Some(stripped) if !stripped.is_empty() => format!("_{stripped}{name}").into(),
            _ => name.into(),
        }
    }

    fn name_idx(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.unit().name_index.get(name) {
            return i;
        }
        let mangled = self.mangle(name);
        let s = self.intern(&mangled);
        let u = self.unit();
        u.names.push(s);
        let i = u.names.len() as u32 - 1;
        u.name_index.insert(name.to_owned(), i);
        i
    }

    fn set_line(&mut self, span: Span) -> u32 {
        let line = self.lines.line(span.start);
        let u = self.unit();
        std::mem::replace(&mut u.line, line)
    }

    fn restore_line(&mut self, line: u32) {
        self.unit().line = line;
    }

    fn const_str(&mut self, s: &str) {
        let v = Value::Str(self.intern(s));
        self.load_const(v);
    }

    // ----- names -----

    fn resolve(&self, name: &str) -> Resolution {
        let u = self.units.last().expect("unit");
        self.table.scopes[u.scope].resolve(name)
    }

    fn load_name(&mut self, name: &str) {
        self.name_op(name, NameAccess::Load);
    }

    fn store_name(&mut self, name: &str) {
        self.name_op(name, NameAccess::Store);
    }

    fn delete_name(&mut self, name: &str) {
        self.name_op(name, NameAccess::Delete);
    }

    /// Emits the load, store or delete of `name` for where it lives.
    fn name_op(&mut self, name: &str, access: NameAccess) {
        use NameAccess::*;
        let op = match self.resolve(name) {
            Resolution::Local => {
                let s = self.unit().slots[name];
                [Op::LoadFast(s), Op::StoreFast(s), Op::DeleteFast(s)]
            }
            Resolution::Cell | Resolution::Free => {
                let s = self.unit().slots[name];
                [Op::LoadDeref(s), Op::StoreDeref(s), Op::DeleteDeref(s)]
            }
            Resolution::Global if self.units.len() == 1 && matches!(self.mode, Mode::Eval | Mode::ExecString) => {
                let i = self.name_idx(name);
                [Op::LoadName(i), Op::StoreName(i), Op::DeleteName(i)]
            }
            Resolution::Global => {
                let i = self.name_idx(name);
                [Op::LoadGlobal(i), Op::StoreGlobal(i), Op::DeleteGlobal(i)]
            }
            Resolution::Name => {
                let i = self.name_idx(name);
                [Op::LoadName(i), Op::StoreName(i), Op::DeleteName(i)]
            }
        }[match access {
            Load => 0,
            Store => 1,
            Delete => 2,
        }];
        self.emit(op);
    }

    // ----- statements -----

    fn stmts(&mut self, body: &[Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> CResult {
        self.set_line(s.span);
        match &s.kind {
            StmtKind::Expr(e) => {
                if self.mode == Mode::Interactive && self.units.len() == 1 {
                    self.expr(e)?;
                    self.emit(Op::PrintExpr);
                } else if let ExprKind::Constant(_) = e.kind {
                    // Docstrings and bare constants do nothing.
                } else {
                    self.expr(e)?;
                    self.emit(Op::Pop);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Dup);
                    }
                    self.assign(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.assign(target)?;
                }
                // A module or class keeps the annotation of a bare name in
                // `__annotations__`; a function does not evaluate it.
                if let (true, ExprKind::Name(name)) = (*simple, &target.kind) {
                    if !matches!(self.scope_kind(), ScopeKind::Function | ScopeKind::Comprehension) {
                        self.annotation(annotation)?;
                        self.load_name("__annotations__");
                        self.const_str(name);
                        self.emit(Op::StoreSubscr);
                    }
                }
            }
            StmtKind::Pass => self.emit(Op::Nop),
            StmtKind::Break => self.break_continue(s.span, true)?,
            StmtKind::Continue => self.break_continue(s.span, false)?,
            StmtKind::Return(v) => {
                if !matches!(self.scope_kind(), ScopeKind::Function | ScopeKind::Comprehension) {
                    return Err(self.err(s.span, "'return' outside function"));
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.unwind_blocks(false, true)?;
                self.emit(Op::ReturnValue);
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    self.delete(t)?;
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::If { test, body, orelse } => {
                let else_l = self.new_label();
                self.jump_if(test, false, else_l)?;
                self.stmts(body)?;
                if orelse.is_empty() {
                    self.bind_label(else_l);
                } else {
                    let end = self.new_label();
                    self.emit(Op::Jump(end.0));
                    self.bind_label(else_l);
                    self.stmts(orelse)?;
                    self.bind_label(end);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.new_label();
                let else_l = self.new_label();
                let exit = self.new_label();
                self.bind_label(start);
                let always = matches!(test.kind, ExprKind::Constant(Constant::True))
                    || matches!(test.kind, ExprKind::Constant(Constant::Int(n)) if n != 0);
                if !always {
                    self.jump_if(test, false, else_l)?;
                }
                self.unit().blocks.push(Block::Loop { start, exit, is_for: false });
                self.stmts(body)?;
                self.unit().blocks.pop();
                self.set_line(s.span);
                self.emit(Op::JumpBack(start.0));
                self.bind_label(else_l);
                self.stmts(orelse)?;
                self.bind_label(exit);
            }
            StmtKind::For { target, iter, body, orelse } => {
                let start = self.new_label();
                let else_l = self.new_label();
                let exit = self.new_label();
                self.expr(iter)?;
                self.emit(Op::GetIter);
                self.bind_label(start);
                self.set_line(s.span);
                self.emit(Op::ForIter(else_l.0));
                self.unit().depth += 1;
                self.assign(target)?;
                self.unit().blocks.push(Block::Loop { start, exit, is_for: true });
                self.stmts(body)?;
                self.unit().blocks.pop();
                self.set_line(s.span);
                self.emit(Op::JumpBack(start.0));
                self.unit().depth -= 1;
                self.bind_label(else_l);
                self.stmts(orelse)?;
                self.bind_label(exit);
            }
            StmtKind::FunctionDef(f) => self.function_def(f, s.span)?,
            StmtKind::ClassDef(c) => self.class_def(c, s.span)?,
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_line(s.span);
                self.emit(Op::RaiseVarargs(n));
            }
            StmtKind::With { items, body } => self.with(items, body, s.span)?,
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, true, end)?;
                self.emit(Op::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Op::Call(1));
                }
                self.set_line(s.span);
                self.emit(Op::RaiseVarargs(1));
                self.bind_label(end);
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    self.load_const(Value::Int(0));
                    self.load_const(Value::None);
                    let i = self.name_idx(&a.name);
                    self.emit(Op::ImportName(i));
                    match &a.asname {
                        // As CPython: `import a.b.c as d` walks from `a` to `c`.
                        Some(asname) => {
                            let parts: Vec<&str> = a.name.split('.').skip(1).collect();
                            for (k, part) in parts.iter().enumerate() {
                                let i = self.name_idx(part);
                                self.emit(Op::ImportFrom(i));
                                if k + 1 < parts.len() {
                                    self.emit(Op::Rot2);
                                    self.emit(Op::Pop);
                                }
                            }
                            self.store_name(asname);
                            if !parts.is_empty() {
                                self.emit(Op::Pop);
                            }
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap_or("").to_owned();
                            self.store_name(&top);
                        }
                    }
                }
            }
            StmtKind::ImportFrom { module, names, level } => {
                self.load_const(Value::Int(*level as i64));
                let fromlist: Vec<Value> = names.iter().map(|a| Value::Str(self.intern(&a.name))).collect();
                self.load_const(Value::tuple(fromlist));
                let m = module.clone().unwrap_or_default();
                let i = self.name_idx(&m);
                self.emit(Op::ImportName(i));
                if names.len() == 1 && names[0].name == "*" {
                    self.emit(Op::ImportStar);
                } else {
                    for a in names {
                        let i = self.name_idx(&a.name);
                        self.emit(Op::ImportFrom(i));
                        self.store_name(a.asname.as_ref().unwrap_or(&a.name));
                    }
                    self.emit(Op::Pop);
                }
            }
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &Expr, op: BinOp, value: &Expr) -> CResult {
        let kind = bin_kind(op);
        match &target.kind {
            ExprKind::Name(n) => {
                self.load_name(n);
                self.expr(value)?;
                self.emit(Op::Inplace(kind));
                self.store_name(n);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Op::Dup);
                let i = self.name_idx(attr);
                self.emit(Op::LoadAttr(i));
                self.expr(value)?;
                self.emit(Op::Inplace(kind));
                self.emit(Op::Rot2);
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, index } => {
                self.expr(obj)?;
                self.expr(index)?;
                self.emit(Op::DupTwo);
                self.emit(Op::Subscript);
                self.expr(value)?;
                self.emit(Op::Inplace(kind));
                self.emit(Op::Rot3);
                self.emit(Op::StoreSubscr);
            }
            _ => return Err(self.err(target.span, "'expression' is an illegal expression for augmented assignment")),
        }
        Ok(())
    }

    /// Stores the value on top of the stack into a target.
    fn assign(&mut self, t: &Expr) -> CResult {
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attribute { value, attr } => {
                let i = self.name_idx(attr);
                if let Some(slot) = self.local_slot(value) {
                    if let (Ok(slot), Ok(name)) = (u16::try_from(slot), u16::try_from(i)) {
                        self.emit(Op::StoreFastAttr { slot, name });
                        return Ok(());
                    }
                }
                self.expr(value)?;
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Op::StoreSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items.iter().position(|i| matches!(i.kind, ExprKind::Starred(_)));
                match star {
                    None => self.emit(Op::UnpackSequence(items.len() as u32)),
                    Some(p) => {
                        if items.iter().filter(|i| matches!(i.kind, ExprKind::Starred(_))).count() > 1 {
                            return Err(self.err(t.span, "multiple starred expressions in assignment"));
                        }
                        let after = items.len() - p - 1;
                        self.emit(Op::UnpackEx(p as u32 | (after as u32) << 16));
                    }
                }
                for i in items {
                    match &i.kind {
                        ExprKind::Starred(inner) => self.assign(inner)?,
                        _ => self.assign(i)?,
                    }
                }
            }
            ExprKind::Starred(_) => return Err(self.err(t.span, "starred assignment target must be in a list or tuple")),
            _ => return Err(self.err(t.span, &format!("cannot assign to {}", describe(t)))),
        }
        Ok(())
    }

    fn delete(&mut self, t: &Expr) -> CResult {
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_idx(attr);
                self.emit(Op::DeleteAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Op::DeleteSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete(i)?;
                }
            }
            _ => return Err(self.err(t.span, &format!("cannot delete {}", describe(t)))),
        }
        Ok(())
    }

    /// Emits what leaving the innermost blocks needs: popping iterators, calling
    /// `__exit__`, inlining finally bodies. With `keep_top`, a return value on the
    /// stack is preserved. With `stop_at_loop`, stops at (and does not unwind)
    /// the innermost loop, which it returns, for break/continue.
    fn unwind_blocks(&mut self, stop_at_loop: bool, keep_top: bool) -> Result<Option<Block>, SyntaxError> {
        let blocks = self.unit().blocks.clone();
        let saved_handler = self.unit().handler;
        let saved_depth = self.unit().depth;
        let mut result = None;
        for (i, b) in blocks.iter().enumerate().rev() {
            match b {
                Block::Loop { is_for, .. } => {
                    if stop_at_loop {
                        result = Some(b.clone());
                        break;
                    }
                    if *is_for {
                        if keep_top {
                            self.emit(Op::Rot2);
                        }
                        self.emit(Op::Pop);
                        self.unit().depth -= 1;
                    }
                }
                Block::FinallyTry { body, handler } => {
                    // The finally body runs outside its own try's protection,
                    // inside the blocks that enclose the try; a kept return
                    // value sits below it for a `break` there to drop.
                    self.unit().handler = *handler;
                    let mut outer = blocks[..i].to_vec();
                    if keep_top {
                        outer.push(Block::PopValue);
                        self.unit().depth += 1;
                    }
                    let saved_blocks = std::mem::replace(&mut self.unit().blocks, outer);
                    self.stmts(body)?;
                    if keep_top {
                        self.unit().depth -= 1;
                    }
                    self.unit().blocks = saved_blocks;
                }
                Block::FinallyEnd => {
                    // (prev, exc) are below: drop exc, restore prev.
                    if keep_top {
                        self.emit(Op::Rot2);
                        self.emit(Op::Pop);
                        self.emit(Op::Rot2);
                    } else {
                        self.emit(Op::Pop);
                    }
                    self.emit(Op::PopExcept);
                    self.unit().depth = self.unit().depth.saturating_sub(2);
                }
                Block::Handler { name } => {
                    if keep_top {
                        self.emit(Op::Rot2);
                    }
                    self.emit(Op::PopExcept);
                    self.unit().depth = self.unit().depth.saturating_sub(1);
                    if let Some(n) = name {
                        self.load_const(Value::None);
                        self.store_name(n);
                        self.delete_name(n);
                    }
                }
                Block::With => {
                    if keep_top {
                        self.emit(Op::Rot3);
                    }
                    self.call_exit_with_nones();
                    self.unit().depth = self.unit().depth.saturating_sub(2);
                }
                Block::PopValue => {
                    if keep_top {
                        self.emit(Op::Rot2);
                    }
                    self.emit(Op::Pop);
                    self.unit().depth = self.unit().depth.saturating_sub(1);
                }
            }
        }
        self.unit().handler = saved_handler;
        self.unit().depth = saved_depth;
        Ok(result)
    }

    fn break_continue(&mut self, span: Span, is_break: bool) -> CResult {
        let in_loop = self.unit().blocks.iter().any(|b| matches!(b, Block::Loop { .. }));
        if !in_loop {
            return Err(self.err(span, if is_break { "'break' outside loop" } else { "'continue' not properly in loop" }));
        }
        // Unwind everything inside the innermost loop.
        let saved_depth = self.unit().depth;
        if let Some(Block::Loop { start, exit, is_for }) = self.unwind_blocks(true, false)? {
            if is_break {
                if is_for {
                    self.emit(Op::Pop);
                }
                self.emit(Op::Jump(exit.0));
            } else {
                self.emit(Op::JumpBack(start.0));
            }
        }
        self.unit().depth = saved_depth;
        Ok(())
    }

    fn try_except(&mut self, body: &[Stmt], handlers: &[ExceptHandler], orelse: &[Stmt]) -> CResult {
        let outer = self.unit().handler;
        let d = self.unit().depth;
        let handler_l = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.unit().handler = Some((handler_l, d));
        self.stmts(body)?;
        self.unit().handler = outer;
        self.stmts(orelse)?;
        self.emit(Op::Jump(end.0));

        // Exception path: [.. exc]
        self.bind_label(handler_l);
        self.unit().handler = Some((cleanup, d + 1));
        self.emit(Op::PushExcInfo);
        for h in handlers {
            self.set_line(h.span);
            let next = self.new_label();
            if let Some(t) = &h.typ {
                self.expr(t)?;
                self.emit(Op::CheckExcMatch);
                self.emit(Op::PopJumpIfFalse(next.0));
            }
            match &h.name {
                Some(n) => self.store_name(n),
                None => self.emit(Op::Pop),
            }
            // Body: [prev]
            let name_cleanup = self.new_label();
            if h.name.is_some() {
                self.unit().handler = Some((name_cleanup, d + 1));
            }
            self.unit().depth = d + 1;
            self.unit().blocks.push(Block::Handler { name: h.name.clone() });
            self.stmts(&h.body)?;
            self.unit().blocks.pop();
            self.unit().depth = d;
            self.unit().handler = Some((cleanup, d + 1));
            self.emit(Op::PopExcept);
            if let Some(n) = &h.name {
                self.load_const(Value::None);
                self.store_name(n);
                self.delete_name(n);
            }
            self.emit(Op::Jump(end.0));
            if let Some(n) = &h.name {
                // An exception inside a named handler: unbind the name, then go on unwinding.
                self.bind_label(name_cleanup);
                self.load_const(Value::None);
                self.store_name(n);
                self.delete_name(n);
                self.emit(Op::Reraise);
            }
            self.bind_label(next);
        }
        // No clause matched: [prev exc]
        self.emit(Op::Reraise);

        self.bind_label(cleanup);
        self.unit().handler = outer;
        // [prev exc2]
        self.emit(Op::Rot2);
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        self.bind_label(end);
        Ok(())
    }

    fn try_finally(&mut self, body: &[Stmt], handlers: &[ExceptHandler], orelse: &[Stmt], finalbody: &[Stmt]) -> CResult {
        let outer = self.unit().handler;
        let d = self.unit().depth;
        let fin = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.unit().handler = Some((fin, d));
        self.unit().blocks.push(Block::FinallyTry { body: finalbody.to_vec(), handler: outer });
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.unit().blocks.pop();
        self.unit().handler = outer;
        self.stmts(finalbody)?;
        self.emit(Op::Jump(end.0));

        // Exception path: [.. exc]
        self.bind_label(fin);
        self.unit().handler = Some((cleanup, d + 1));
        self.emit(Op::PushExcInfo);
        self.unit().depth = d + 2;
        self.unit().blocks.push(Block::FinallyEnd);
        self.stmts(finalbody)?;
        self.unit().blocks.pop();
        self.unit().depth = d;
        self.emit(Op::Reraise);
        self.bind_label(cleanup);
        self.unit().handler = outer;
        self.emit(Op::Rot2);
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        self.bind_label(end);
        Ok(())
    }

    fn with(&mut self, items: &[WithItem], body: &[Stmt], span: Span) -> CResult {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let outer = self.unit().handler;
        let d = self.unit().depth;
        let exc_l = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.expr(&first.context)?;
        self.set_line(span);
        self.emit(Op::BeforeWith);
        self.unit().depth = d + 2;
        self.unit().handler = Some((exc_l, d + 2));
        match &first.target {
            Some(t) => self.assign(t)?,
            None => self.emit(Op::Pop),
        }
        self.unit().blocks.push(Block::With);
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.with(rest, body, span)?;
        }
        self.unit().blocks.pop();
        self.unit().handler = outer;
        self.set_line(span);
        self.call_exit_with_nones();
        self.emit(Op::Jump(end.0));

        // Exception path: [exit self exc]
        self.bind_label(exc_l);
        self.unit().handler = Some((cleanup, d + 3));
        self.emit(Op::PushExcInfo);
        self.emit(Op::WithExceptStart);
        self.emit(Op::PopJumpIfTrue(suppress.0));
        self.emit(Op::Reraise);
        self.bind_label(suppress);
        // [exit self prev exc]
        self.emit(Op::Pop);
        self.emit(Op::PopExcept);
        self.emit(Op::Pop);
        self.emit(Op::Pop);
        self.emit(Op::Jump(end.0));
        self.bind_label(cleanup);
        self.unit().handler = outer;
        // [exit self prev exc2]
        self.emit(Op::Rot2);
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        self.bind_label(end);
        self.unit().depth = d;
        Ok(())
    }

    /// `exit(None, None, None)` for the `[exit self]` pair BeforeWith left
    /// (self is a NULL when exit is already bound); pops both.
    fn call_exit_with_nones(&mut self) {
        self.load_const(Value::None);
        self.emit(Op::Dup);
        self.emit(Op::Dup);
        self.emit(Op::CallMethod(3));
        self.emit(Op::Pop);
    }

    fn qualname(&self, name: &str) -> String {
        let u = self.units.last().expect("unit");
        match self.table.scopes[u.scope].kind {
            ScopeKind::Module => name.to_owned(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Pushes defaults/kwdefaults and returns the make_flags for them.
    fn push_defaults(&mut self, params: &Parameters) -> Result<u32, SyntaxError> {
        let mut mf = 0;
        let positional: Vec<&Param> = params.posonly.iter().chain(params.args.iter()).collect();
        let defaults: Vec<&Expr> = positional.iter().filter_map(|p| p.default.as_ref()).collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple(defaults.len() as u32));
            mf |= make_flags::DEFAULTS;
        }
        let kw: Vec<&Param> = params.kwonly.iter().filter(|p| p.default.is_some()).collect();
        if !kw.is_empty() {
            for p in &kw {
                self.const_str(&p.name);
                self.expr(p.default.as_ref().expect("default"))?;
            }
            self.emit(Op::BuildMap(kw.len() as u32));
            mf |= make_flags::KWDEFAULTS;
        }
        Ok(mf)
    }

    /// Pushes one annotation's value: the evaluated expression, or under
    /// `from __future__ import annotations` its source text.
    fn annotation(&mut self, e: &Expr) -> CResult {
        if self.future_annotations {
            let text = annotation_text(self.source, e.span);
            self.const_str(&text);
            Ok(())
        } else {
            self.expr(e)
        }
    }

    /// Pushes the dict of a function's annotations, in CPython's order
    /// (positional, positional-only, `*args`, keyword-only, `**kwargs`,
    /// `return`), returning whether there are any.
    fn push_annotations(&mut self, f: &FunctionDef) -> Result<bool, SyntaxError> {
        let p = &f.params;
        let params = p.args.iter().chain(&p.posonly).chain(&p.vararg).chain(&p.kwonly).chain(&p.kwarg);
        let mut n = 0;
        for param in params {
            if let Some(a) = &param.annotation {
                self.const_str(&param.name);
                self.annotation(a)?;
                n += 1;
            }
        }
        if let Some(r) = &f.returns {
            self.const_str("return");
            self.annotation(r)?;
            n += 1;
        }
        if n > 0 {
            self.emit(Op::BuildMap(n));
        }
        Ok(n > 0)
    }

    /// A module or class body with annotated names starts with an empty
    /// `__annotations__` (CPython's SETUP_ANNOTATIONS).
    fn setup_annotations(&mut self, body: &[Stmt]) {
        fn any_annotated(body: &[Stmt]) -> bool {
            body.iter().any(|s| match &s.kind {
                StmtKind::AnnAssign { simple: true, .. } => true,
                StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } | StmtKind::For { body, orelse, .. } => {
                    any_annotated(body) || any_annotated(orelse)
                }
                StmtKind::Try { body, handlers, orelse, finalbody } => {
                    any_annotated(body) || handlers.iter().any(|h| any_annotated(&h.body)) || any_annotated(orelse) || any_annotated(finalbody)
                }
                StmtKind::With { body, .. } => any_annotated(body),
                _ => false,
            })
        }
        if any_annotated(body) {
            self.emit(Op::BuildMap(0));
            self.store_name("__annotations__");
        }
    }

    /// Pushes the closure tuple for a child scope, returning whether it needs one.
    fn push_closure(&mut self, child_scope: usize) -> bool {
        let frees = self.table.scopes[child_scope].freevars();
        if frees.is_empty() {
            return false;
        }
        for n in &frees {
            // Every free variable of a child is a cell or free variable here
            // (the symbol table guarantees it); slot 0 is a safe fallback.
            let slot = self.unit().slots.get(n).copied().unwrap_or(0);
            self.emit(Op::LoadClosure(slot));
        }
        self.emit(Op::BuildTuple(frees.len() as u32));
        true
    }

    fn make_function(&mut self, code: CodeObject, mut mf: u32, scope: usize) {
        if self.push_closure(scope) {
            mf |= make_flags::CLOSURE;
        }
        let mut code = code;
        code.make_flags = mf;
        let u = self.unit();
        u.children.push(Box::leak(Box::new(code)));
        let i = u.children.len() as u32 - 1;
        self.emit(Op::MakeFunction(i));
    }

    fn function_def(&mut self, f: &FunctionDef, span: Span) -> CResult {
        for d in &f.decorators {
            self.expr(d)?;
        }
        let mut mf = self.push_defaults(&f.params)?;
        if self.push_annotations(f)? {
            mf |= make_flags::ANNOTATIONS;
        }
        let scope = self.table.by_node[&node_key(f)];
        let qualname = self.qualname(&f.name);
        let line = self.lines.line(span.start);
        self.push_unit(scope, &f.name, &qualname, line);
        // A docstring becomes the first constant, as in CPython.
        if let Some(Stmt { kind: StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str(doc)), .. }), .. }) = f.body.first() {
            let v = Value::str(doc);
            self.unit().consts.push(v);
        } else {
            self.unit().consts.push(Value::None);
        }
        self.stmts(&f.body)?;
        self.load_const(Value::None);
        self.emit(Op::ReturnValue);
        let code = self.finish_function(&f.params);
        self.set_line(span);
        self.make_function(code, mf, scope);
        for _ in &f.decorators {
            self.emit(Op::Call(1));
        }
        self.store_name(&f.name);
        Ok(())
    }

    fn finish_function(&mut self, params: &Parameters) -> CodeObject {
        let mut fl = 0;
        if params.vararg.is_some() {
            fl |= flags::VARARGS;
        }
        if params.kwarg.is_some() {
            fl |= flags::VARKEYWORDS;
        }
        let argcount = (params.posonly.len() + params.args.len()) as u32;
        self.pop_unit(argcount, params.posonly.len() as u32, params.kwonly.len() as u32, fl)
    }

    fn class_def(&mut self, c: &ClassDef, span: Span) -> CResult {
        for d in &c.decorators {
            self.expr(d)?;
        }
        self.emit(Op::LoadBuildClass);
        let scope = self.table.by_node[&node_key(c)];
        let qualname = self.qualname(&c.name);
        let line = self.lines.line(span.start);
        self.push_unit(scope, &c.name, &qualname, line);
        let mi = self.name_idx("__name__");
        self.emit(Op::LoadName(mi));
        let mo = self.name_idx("__module__");
        self.emit(Op::StoreName(mo));
        self.const_str(&qualname);
        let q = self.name_idx("__qualname__");
        self.emit(Op::StoreName(q));
        if let Some(Stmt { kind: StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str(doc)), .. }), .. }) = c.body.first() {
            self.const_str(doc);
            let d = self.name_idx("__doc__");
            self.emit(Op::StoreName(d));
        }
        self.setup_annotations(&c.body);
        self.stmts(&c.body)?;
        if self.table.scopes[scope].needs_class_cell {
            let slot = self.unit().slots["__class__"];
            self.emit(Op::LoadClosure(slot));
            let i = self.name_idx("__classcell__");
            self.emit(Op::StoreName(i));
        }
        self.load_const(Value::None);
        self.emit(Op::ReturnValue);
        let code = self.pop_unit(0, 0, 0, 0);
        self.set_line(span);
        self.make_function(code, 0, scope);
        self.const_str(&c.name);
        for b in &c.bases {
            self.expr(b)?;
        }
        if c.keywords.is_empty() {
            self.emit(Op::Call(2 + c.bases.len() as u32));
        } else {
            let mut names = Vec::new();
            for k in &c.keywords {
                self.expr(&k.value)?;
                names.push(Value::str(k.arg.as_deref().unwrap_or("")));
            }
            self.load_const(Value::tuple(names));
            self.emit(Op::CallKw((2 + c.bases.len() + c.keywords.len()) as u32));
        }
        for _ in &c.decorators {
            self.emit(Op::Call(1));
        }
        self.store_name(&c.name);
        Ok(())
    }
}

fn bin_kind(op: BinOp) -> BinKind {
    match op {
        BinOp::Add => BinKind::Add,
        BinOp::Sub => BinKind::Sub,
        BinOp::Mul => BinKind::Mul,
        BinOp::MatMul => BinKind::MatMul,
        BinOp::Div => BinKind::TrueDiv,
        BinOp::FloorDiv => BinKind::FloorDiv,
        BinOp::Mod => BinKind::Mod,
        BinOp::Pow => BinKind::Pow,
        BinOp::LShift => BinKind::LShift,
        BinOp::RShift => BinKind::RShift,
        BinOp::BitOr => BinKind::Or,
        BinOp::BitXor => BinKind::Xor,
        BinOp::BitAnd => BinKind::And,
    }
}

/// CPython's word for an expression in "cannot assign to ..." messages.
fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Call { .. } => "function call",
        ExprKind::Constant(Constant::None) | ExprKind::Constant(Constant::True) | ExprKind::Constant(Constant::False) => "literal",
        ExprKind::Constant(_) => "literal",
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::BoolOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::JoinedStr(_) => "f-string expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        _ => "expression",
    }
}

mod expr;
