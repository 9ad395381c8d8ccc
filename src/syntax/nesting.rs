//! How deeply a parsed tree nests. Deep trees are rejected up front so the
//! compiler (and dropping the tree) can recurse without overflowing the stack.

use crate::syntax::ast::*;

/// The deepest chain of nested expressions and statements under `stmt`.
pub(crate) fn stmt_depth(stmt: &Stmt) -> usize {
    let exprs = |items: &[&Expr]| items.iter().map(|e| expr_depth(e)).max().unwrap_or(0);
    let block = |body: &[Stmt]| body.iter().map(stmt_depth).max().unwrap_or(0);
    let own = match &stmt.kind {
        StmtKind::Expr(e) | StmtKind::Return(Some(e)) => expr_depth(e),
        StmtKind::Assign { targets, value } => {
            exprs(&targets.iter().collect::<Vec<_>>()).max(expr_depth(value))
        }
        StmtKind::AugAssign { target, value, .. } => exprs(&[target, value]),
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => exprs(&[target, annotation]).max(value.as_ref().map_or(0, expr_depth)),
        StmtKind::Del(targets) => exprs(&targets.iter().collect::<Vec<_>>()),
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            expr_depth(test).max(block(body)).max(block(orelse))
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => exprs(&[target, iter]).max(block(body)).max(block(orelse)),
        StmtKind::FunctionDef(def) => {
            let params = params_depth(&def.params);
            let decorators = exprs(&def.decorators.iter().collect::<Vec<_>>());
            block(&def.body)
                .max(params)
                .max(decorators)
                .max(def.returns.as_ref().map_or(0, expr_depth))
        }
        StmtKind::ClassDef(def) => {
            let bases = exprs(
                &def.bases
                    .iter()
                    .chain(def.keywords.iter().map(|k| &k.value))
                    .collect::<Vec<_>>(),
            );
            block(&def.body)
                .max(bases)
                .max(exprs(&def.decorators.iter().collect::<Vec<_>>()))
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            let handlers = handlers
                .iter()
                .map(|h| block(&h.body).max(h.typ.as_ref().map_or(0, expr_depth)));
            block(body)
                .max(block(orelse))
                .max(block(finalbody))
                .max(handlers.max().unwrap_or(0))
        }
        StmtKind::Raise { exc, cause } => exc
            .iter()
            .chain(cause.iter())
            .map(expr_depth)
            .max()
            .unwrap_or(0),
        StmtKind::With { items, body } => {
            let items = items
                .iter()
                .map(|i| expr_depth(&i.context).max(i.target.as_ref().map_or(0, expr_depth)));
            block(body).max(items.max().unwrap_or(0))
        }
        StmtKind::Assert { test, msg } => expr_depth(test).max(msg.as_ref().map_or(0, expr_depth)),
        StmtKind::Return(None)
        | StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Import(_)
        | StmtKind::ImportFrom { .. } => 0,
    };
    own + 1
}

fn params_depth(params: &Parameters) -> usize {
    let all = params
        .posonly
        .iter()
        .chain(&params.args)
        .chain(&params.vararg)
        .chain(&params.kwonly)
        .chain(&params.kwarg);
    all.flat_map(|p| p.annotation.iter().chain(p.default.iter()))
        .map(expr_depth)
        .max()
        .unwrap_or(0)
}

fn expr_depth(expr: &Expr) -> usize {
    let mut deepest = 0;
    let mut visit = |e: &Expr| deepest = deepest.max(expr_depth(e));
    match &expr.kind {
        ExprKind::Name(_) | ExprKind::Constant(_) | ExprKind::Yield(None) => {}
        ExprKind::JoinedStr(parts) => parts_depth(parts, &mut visit),
        ExprKind::BinOp { left, right, .. } => {
            visit(left);
            visit(right);
        }
        ExprKind::UnaryOp { operand: e, .. }
        | ExprKind::Attribute { value: e, .. }
        | ExprKind::Starred(e)
        | ExprKind::Yield(Some(e))
        | ExprKind::YieldFrom(e)
        | ExprKind::NamedExpr { value: e, .. } => visit(e),
        ExprKind::BoolOp { values: items, .. }
        | ExprKind::List(items)
        | ExprKind::Tuple(items)
        | ExprKind::Set(items) => items.iter().for_each(visit),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            visit(left);
            comparators.iter().for_each(visit);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            visit(func);
            args.iter().for_each(&mut visit);
            keywords.iter().for_each(|k| visit(&k.value));
        }
        ExprKind::Subscript { value, index } => {
            visit(value);
            visit(index);
        }
        ExprKind::Slice { lower, upper, step } => {
            lower.iter().chain(upper).chain(step).for_each(|e| visit(e));
        }
        ExprKind::Dict { keys, values } => {
            keys.iter().flatten().for_each(&mut visit);
            values.iter().for_each(visit);
        }
        ExprKind::IfExp { test, body, orelse } => {
            visit(test);
            visit(body);
            visit(orelse);
        }
        ExprKind::Lambda { params, body } => {
            deepest = params_depth(params).max(expr_depth(body));
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            visit(elt);
            generators_depth(generators, &mut visit);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            visit(key);
            visit(value);
            generators_depth(generators, &mut visit);
        }
    }
    deepest + 1
}

fn parts_depth(parts: &[FStringPart], visit: &mut impl FnMut(&Expr)) {
    for part in parts {
        if let FStringPart::Formatted {
            value, format_spec, ..
        } = part
        {
            visit(value);
            if let Some(spec) = format_spec {
                parts_depth(spec, visit);
            }
        }
    }
}

fn generators_depth(generators: &[Comprehension], visit: &mut impl FnMut(&Expr)) {
    for generator in generators {
        visit(&generator.target);
        visit(&generator.iter);
        generator.ifs.iter().for_each(&mut *visit);
    }
}
