//! Code generation for expressions.


use super::{bin_kind, CResult, Compiler, Label};
use crate::compile::bytecode::{flags, CmpKind, Op};
use crate::compile::symtable::{node_key, ScopeKind};
use crate::objects::Value;
use crate::syntax::ast::*;

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, e: &Expr) -> CResult {
        let saved_line = self.set_line(e.span);
        let r = self.expr_inner(e);
        self.restore_line(saved_line);
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> CResult {
        match &e.kind {
            ExprKind::Name(n) => self.load_name(n),
            ExprKind::Constant(c) => {
                let v = self.constant(c);
                self.load_const(v);
            }
            ExprKind::JoinedStr(parts) => {
                let n = self.fstring_parts(parts)?;
                if n != 1 {
                    self.emit(Op::BuildString(n));
                }
            }
            ExprKind::BinOp { left, op, right } => {
                if let Some(fused) = self.fused_binary(left, *op, right) {
                    self.set_line(e.span);
                    self.emit(fused);
                    return Ok(());
                }
                self.expr(left)?;
                self.expr(right)?;
                self.set_line(e.span);
                self.emit(Op::Binary(bin_kind(*op)));
            }
            ExprKind::UnaryOp { op, operand } => {
                // Fold negative numeric literals so `-1` is one constant.
                if let (UnaryOp::Neg, ExprKind::Constant(Constant::Int(i))) = (op, &operand.kind) {
                    self.load_const(Value::Int(-i));
                    return Ok(());
                }
                if let (UnaryOp::Neg, ExprKind::Constant(Constant::Float(f))) = (op, &operand.kind) {
                    self.load_const(Value::Float(-f));
                    return Ok(());
                }
                self.expr(operand)?;
                self.emit(match op {
                    UnaryOp::Not => Op::UnaryNot,
                    UnaryOp::Neg => Op::UnaryNeg,
                    UnaryOp::Pos => Op::UnaryPos,
                    UnaryOp::Invert => Op::UnaryInvert,
                });
            }
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        self.emit(match op {
                            BoolOp::And => Op::JumpIfFalseOrPop(end.0),
                            BoolOp::Or => Op::JumpIfTrueOrPop(end.0),
                        });
                    }
                }
                self.bind_label(end);
            }
            ExprKind::Compare { left, ops, comparators } => {
                self.expr(left)?;
                if ops.len() == 1 {
                    self.expr(&comparators[0])?;
                    self.set_line(e.span);
                    self.compare_op(ops[0]);
                } else {
                    let cleanup = self.new_label();
                    let end = self.new_label();
                    for (i, (op, c)) in ops.iter().zip(comparators).enumerate() {
                        self.expr(c)?;
                        if i + 1 < ops.len() {
                            self.emit(Op::Dup);
                            self.emit(Op::Rot3);
                            self.compare_op(*op);
                            self.emit(Op::JumpIfFalseOrPop(cleanup.0));
                        } else {
                            self.compare_op(*op);
                        }
                    }
                    self.emit(Op::Jump(end.0));
                    self.bind_label(cleanup);
                    self.emit(Op::Rot2);
                    self.emit(Op::Pop);
                    self.bind_label(end);
                }
            }
            ExprKind::Call { func, args, keywords } => self.call(e, func, args, keywords)?,
            ExprKind::Attribute { value, attr } => {
                let i = self.name_idx(attr);
                if let Some(slot) = self.local_slot(value) {
                    if let (Ok(slot), Ok(name)) = (u16::try_from(slot), u16::try_from(i)) {
                        self.set_line(e.span);
                        self.emit(Op::LoadFastAttr { slot, name });
                        return Ok(());
                    }
                }
                self.expr(value)?;
                self.set_line(e.span);
                self.emit(Op::LoadAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.set_line(e.span);
                self.emit(Op::Subscript);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Value::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Op::BuildSlice(3));
                    }
                    None => self.emit(Op::BuildSlice(2)),
                }
            }
            ExprKind::Starred(_) => return Err(self.err(e.span, "can't use starred expression here")),
            ExprKind::List(items) => self.sequence(items, Op::BuildList(items.len() as u32), false)?,
            ExprKind::Tuple(items) => {
                if let Some(v) = self.const_tuple(items) {
                    self.load_const(v);
                } else {
                    self.sequence(items, Op::BuildTuple(items.len() as u32), true)?;
                }
            }
            ExprKind::Set(items) => {
                if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
                    self.emit(Op::BuildSet(0));
                    for i in items {
                        match &i.kind {
                            ExprKind::Starred(inner) => {
                                self.expr(inner)?;
                                self.emit(Op::SetUpdate(1));
                            }
                            _ => {
                                self.expr(i)?;
                                self.emit(Op::SetAdd(1));
                            }
                        }
                    }
                } else {
                    for i in items {
                        self.expr(i)?;
                    }
                    self.emit(Op::BuildSet(items.len() as u32));
                }
            }
            ExprKind::Dict { keys, values } => {
                if keys.iter().all(|k| k.is_some()) {
                    for (k, v) in keys.iter().zip(values) {
                        self.expr(k.as_ref().expect("key"))?;
                        self.expr(v)?;
                    }
                    self.emit(Op::BuildMap(keys.len() as u32));
                } else {
                    self.emit(Op::BuildMap(0));
                    for (k, v) in keys.iter().zip(values) {
                        match k {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(v)?;
                                self.emit(Op::MapAdd(1));
                            }
                            None => {
                                self.expr(v)?;
                                self.emit(Op::DictUpdate(1));
                            }
                        }
                    }
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_l)?;
                self.expr(body)?;
                self.emit(Op::Jump(end.0));
                self.bind_label(else_l);
                self.expr(orelse)?;
                self.bind_label(end);
            }
            ExprKind::Lambda { params, body } => {
                let mf = self.push_defaults(params)?;
                let scope = self.table.by_node[&node_key(e)];
                let qualname = self.qualname("<lambda>");
                let line = self.lines.line(e.span.start);
                self.push_unit(scope, "<lambda>", &qualname, line);
                self.unit().consts.push(Value::None);
                self.expr(body)?;
                if self.table.scopes[scope].is_generator {
                    self.emit(Op::Pop);
                    self.load_const(Value::None);
                }
                self.emit(Op::ReturnValue);
                let code = self.finish_function(params);
                self.make_function(code, mf, scope);
            }
            ExprKind::ListComp { elt, generators } => self.comprehension(e, "<listcomp>", generators, CompKind::List(elt))?,
            ExprKind::SetComp { elt, generators } => self.comprehension(e, "<setcomp>", generators, CompKind::Set(elt))?,
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(e, "<dictcomp>", generators, CompKind::Dict(key, value))?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "<genexpr>", generators, CompKind::Gen(elt))?
            }
            ExprKind::Yield(v) => {
                self.check_yield(e.span)?;
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.emit(Op::YieldValue);
            }
            ExprKind::YieldFrom(v) => {
                self.check_yield(e.span)?;
                self.expr(v)?;
                self.emit(Op::GetYieldFromIter);
                self.load_const(Value::None);
                let start = self.new_label();
                let exit = self.new_label();
                self.bind_label(start);
                self.emit(Op::Send(exit.0));
                self.emit(Op::YieldValue);
                self.emit(Op::JumpBack(start.0));
                self.bind_label(exit);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Dup);
                self.store_name(target);
            }
        }
        Ok(())
    }

    /// A single instruction for `local op constant` and `local op local`,
    /// the bread and butter of numeric loops.
    fn fused_binary(&mut self, left: &Expr, op: BinOp, right: &Expr) -> Option<Op> {
        let kind = bin_kind(op);
        let a = u16::try_from(self.local_slot(left)?).ok()?;
        if let Some(b) = self.local_slot(right) {
            return Some(Op::BinaryLocals { a, b: u16::try_from(b).ok()?, kind });
        }
        let v = match &right.kind {
            ExprKind::Constant(Constant::Int(i)) => Value::Int(*i),
            ExprKind::Constant(Constant::Float(f)) => Value::Float(*f),
            _ => return None,
        };
        let konst = u16::try_from(self.const_index(v)).ok()?;
        Some(Op::BinaryLocalConst { slot: a, konst, kind })
    }

    /// The slot of `e` when it is a plain (non-cell) local variable.
    pub(super) fn local_slot(&self, e: &Expr) -> Option<u32> {
        match &e.kind {
            ExprKind::Name(n) if self.resolve(n) == crate::compile::symtable::Resolution::Local => {
                self.units.last().and_then(|u| u.slots.get(n).copied())
            }
            _ => None,
        }
    }

    fn check_yield(&self, span: Span) -> CResult {
        match self.scope_kind() {
            ScopeKind::Function => Ok(()),
            ScopeKind::Comprehension => {
                let u = self.units.last().expect("unit");
                if self.table.scopes[u.scope].is_generator && u.name == "<genexpr>" {
                    Err(self.err(span, "'yield' inside generator expression"))
                } else {
                    Err(self.err(span, "'yield' inside list comprehension"))
                }
            }
            _ => Err(self.err(span, "'yield' outside function")),
        }
    }

    pub(super) fn constant(&mut self, c: &Constant) -> Value {
        match c {
            Constant::None => Value::None,
            Constant::True => Value::Bool(true),
            Constant::False => Value::Bool(false),
            Constant::Ellipsis => Value::Ellipsis,
            Constant::Int(i) => Value::Int(*i),
            Constant::BigInt(b) => Value::from_bigint(b.clone()),
            Constant::Float(f) => Value::Float(*f),
            Constant::Imaginary(f) => crate::objects::complex::Complex::new(0.0, *f).value(),
            Constant::Str(s) => Value::Str(self.intern(s)),
            Constant::Bytes(b) => crate::objects::bytes::new_bytes(b.clone()),
        }
    }

    /// A tuple display made only of constants becomes one constant.
    fn const_tuple(&mut self, items: &[Expr]) -> Option<Value> {
        if items.is_empty() {
            return Some(Value::tuple(Vec::new()));
        }
        let mut out = Vec::new();
        for i in items {
            match &i.kind {
                ExprKind::Constant(c) if !matches!(c, Constant::Bytes(_)) => out.push(self.constant(c)),
                _ => return None,
            }
        }
        Some(Value::tuple(out))
    }

    fn sequence(&mut self, items: &[Expr], build: Op, tuple: bool) -> CResult {
        if !items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
            for i in items {
                self.expr(i)?;
            }
            self.emit(build);
            return Ok(());
        }
        self.emit(Op::BuildList(0));
        for i in items {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(Op::ListExtend(1));
                }
                _ => {
                    self.expr(i)?;
                    self.emit(Op::ListAppend(1));
                }
            }
        }
        if tuple {
            self.emit(Op::ListToTuple);
        }
        Ok(())
    }

    fn compare_op(&mut self, op: CmpOp) {
        self.emit(match op {
            CmpOp::Eq => Op::Compare(CmpKind::Eq),
            CmpOp::NotEq => Op::Compare(CmpKind::Ne),
            CmpOp::Lt => Op::Compare(CmpKind::Lt),
            CmpOp::LtE => Op::Compare(CmpKind::Le),
            CmpOp::Gt => Op::Compare(CmpKind::Gt),
            CmpOp::GtE => Op::Compare(CmpKind::Ge),
            CmpOp::Is => Op::Is(0),
            CmpOp::IsNot => Op::Is(1),
            CmpOp::In => Op::Contains(0),
            CmpOp::NotIn => Op::Contains(1),
        });
    }

    /// Evaluates `test` and jumps to `target` when its truth equals `when`.
    pub(super) fn jump_if(&mut self, test: &Expr, when: bool, target: Label) -> CResult {
        match &test.kind {
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => return self.jump_if(operand, !when, target),
            ExprKind::BoolOp { op, values } => {
                let is_and = *op == BoolOp::And;
                if is_and != when {
                    // `a and b` jumping when false (or `a or b` when true): any operand decides.
                    for v in values {
                        self.jump_if(v, when, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    let (last, init) = values.split_last().expect("values");
                    for v in init {
                        self.jump_if(v, !when, skip)?;
                    }
                    self.jump_if(last, when, target)?;
                    self.bind_label(skip);
                }
                return Ok(());
            }
            ExprKind::Compare { left, ops, comparators } if ops.len() == 1 && !matches!(ops[0], CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn) => {
                self.expr(left)?;
                self.expr(&comparators[0])?;
                self.set_line(test.span);
                let kind = match ops[0] {
                    CmpOp::Eq => CmpKind::Eq,
                    CmpOp::NotEq => CmpKind::Ne,
                    CmpOp::Lt => CmpKind::Lt,
                    CmpOp::LtE => CmpKind::Le,
                    CmpOp::Gt => CmpKind::Gt,
                    _ => CmpKind::Ge,
                };
                self.emit(Op::CompareJump { kind, jump_if: when, target: target.0 });
                return Ok(());
            }
            ExprKind::Compare { left, ops, comparators }
                if ops.len() == 1
                    && matches!(ops[0], CmpOp::Is | CmpOp::IsNot)
                    && matches!(comparators[0].kind, ExprKind::Constant(Constant::None)) =>
            {
                self.expr(left)?;
                self.set_line(test.span);
                // Jump when "left is None" has the truth that takes the jump.
                let jump_on_none = when != (ops[0] == CmpOp::IsNot);
                self.emit(if jump_on_none { Op::PopJumpIfNone(target.0) } else { Op::PopJumpIfNotNone(target.0) });
                return Ok(());
            }
            ExprKind::Constant(Constant::True) if when => {
                self.emit(Op::Jump(target.0));
                return Ok(());
            }
            _ => {}
        }
        self.expr(test)?;
        self.emit(if when { Op::PopJumpIfTrue(target.0) } else { Op::PopJumpIfFalse(target.0) });
        Ok(())
    }

    fn fstring_parts(&mut self, parts: &[FStringPart]) -> Result<u32, crate::syntax::SyntaxError> {
        let mut n = 0;
        for p in parts {
            match p {
                FStringPart::Literal(s) => {
                    if s.is_empty() {
                        continue;
                    }
                    self.const_str(s);
                }
                FStringPart::Formatted { value, conversion, format_spec } => {
                    self.expr(value)?;
                    let mut fl = match conversion {
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        _ => 0,
                    };
                    if let Some(spec) = format_spec {
                        let k = self.fstring_parts(spec)?;
                        if k == 0 {
                            self.const_str("");
                        } else if k > 1 {
                            self.emit(Op::BuildString(k));
                        }
                        fl |= 4;
                    }
                    self.emit(Op::FormatValue(fl));
                }
            }
            n += 1;
        }
        if n == 0 {
            self.const_str("");
            n = 1;
        }
        Ok(n)
    }

    fn call(&mut self, e: &Expr, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> CResult {
        let has_star = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) || keywords.iter().any(|k| k.arg.is_none());
        // obj.method(args): no bound-method object is made.
        if let (ExprKind::Attribute { value, attr }, false, true) = (&func.kind, has_star, keywords.is_empty()) {
            self.expr(value)?;
            let i = self.name_idx(attr);
            self.set_line(e.span);
            self.emit(Op::LoadMethod(i));
            for a in args {
                self.expr(a)?;
            }
            self.set_line(e.span);
            self.emit(Op::CallMethod(args.len() as u32));
            return Ok(());
        }
        self.expr(func)?;
        if has_star {
            self.sequence(args, Op::BuildTuple(args.len() as u32), true)?;
            if keywords.is_empty() {
                self.set_line(e.span);
                self.emit(Op::CallEx(0));
            } else {
                self.emit(Op::BuildMap(0));
                // After a `**mapping`, a plain keyword is merged too, so that
                // `f(**{'a': 1}, a=2)` is the duplicate-keyword TypeError.
                let mut after_double_star = false;
                for k in keywords {
                    match &k.arg {
                        Some(name) => {
                            self.const_str(name);
                            self.expr(&k.value)?;
                            if after_double_star {
                                self.emit(Op::BuildMap(1));
                                self.emit(Op::DictMerge(1));
                            } else {
                                self.emit(Op::MapAdd(1));
                            }
                        }
                        None => {
                            self.expr(&k.value)?;
                            self.emit(Op::DictMerge(1));
                            after_double_star = true;
                        }
                    }
                }
                self.set_line(e.span);
                self.emit(Op::CallEx(1));
            }
            return Ok(());
        }
        for a in args {
            self.expr(a)?;
        }
        if keywords.is_empty() {
            self.set_line(e.span);
            self.emit(Op::Call(args.len() as u32));
        } else {
            let mut names = Vec::new();
            for k in keywords {
                let name = k.arg.clone().unwrap_or_default();
                if names.iter().any(|n: &String| *n == name) {
                    return Err(self.err(k.span, &format!("keyword argument repeated: {name}")));
                }
                self.expr(&k.value)?;
                names.push(name);
            }
            let names: Vec<Value> = names.iter().map(|n| Value::Str(self.intern(n))).collect();
            self.load_const(Value::tuple(names));
            self.set_line(e.span);
            self.emit(Op::CallKw((args.len() + keywords.len()) as u32));
        }
        Ok(())
    }

    fn comprehension(&mut self, e: &Expr, name: &str, generators: &[Comprehension], kind: CompKind) -> CResult {
        let scope = self.table.by_node[&node_key(e)];
        let qualname = self.qualname(name);
        let line = self.lines.line(e.span.start);
        // The outermost iterable is evaluated here and passed in as `.0`.
        self.expr(&generators[0].iter)?;
        self.emit(Op::GetIter);
        self.push_unit(scope, name, &qualname, line);
        match kind {
            CompKind::List(_) => self.emit(Op::BuildList(0)),
            CompKind::Set(_) => self.emit(Op::BuildSet(0)),
            CompKind::Dict(..) => self.emit(Op::BuildMap(0)),
            CompKind::Gen(_) => {}
        }
        let is_gen = matches!(kind, CompKind::Gen(_));
        self.comp_loop(generators, 0, &kind, if is_gen { 1 } else { 2 })?;
        if is_gen {
            self.load_const(Value::None);
        }
        self.emit(Op::ReturnValue);
        let mut code = self.pop_unit(1, 0, 0, 0);
        if is_gen {
            code.flags |= flags::GENERATOR;
        }
        self.make_function(code, 0, scope);
        self.emit(Op::Rot2);
        self.emit(Op::Call(1));
        Ok(())
    }

    /// One `for` clause; `depth` counts values below the item (result + iterators).
    fn comp_loop(&mut self, generators: &[Comprehension], i: usize, kind: &CompKind, depth: u32) -> CResult {
        let g = &generators[i];
        let start = self.new_label();
        let exit = self.new_label();
        if i == 0 {
            let slot = self.unit().slots[".0"];
            self.emit(Op::LoadFast(slot));
        } else {
            self.expr(&g.iter)?;
            self.emit(Op::GetIter);
        }
        self.bind_label(start);
        self.emit(Op::ForIter(exit.0));
        self.assign(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        if i + 1 < generators.len() {
            self.comp_loop(generators, i + 1, kind, depth + 1)?;
        } else {
            match kind {
                CompKind::List(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend(depth));
                }
                CompKind::Set(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd(depth));
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd(depth));
                }
                CompKind::Gen(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::YieldValue);
                    self.emit(Op::Pop);
                }
            }
        }
        self.emit(Op::JumpBack(start.0));
        self.bind_label(exit);
        Ok(())
    }
}

enum CompKind<'e> {
    List(&'e Expr),
    Set(&'e Expr),
    Dict(&'e Expr, &'e Expr),
    Gen(&'e Expr),
}

