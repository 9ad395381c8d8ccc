//! Helpers the grammar's actions call: building nodes with spans, and the
//! checks CPython makes while parsing (assignment targets, argument and
//! parameter order), with CPython's messages.

use std::collections::HashSet;

use lalrpop_util::ParseError;

use crate::syntax::ast::*;
use crate::syntax::error::SpannedError;
use crate::syntax::fstring::{parse_fstring, push_literal};
use crate::syntax::token::{StringLiteral, Token};

/// What the grammar's start symbol produces: a module, or (after the
/// `StartExpression` token) the expression of an f-string field.
pub enum Top {
    Module(Module),
    Expression(Expr),
}

pub type ActionError = ParseError<usize, Token, SpannedError>;

pub fn user(error: SpannedError) -> ActionError {
    ParseError::User { error }
}

pub fn expr(l: usize, r: usize, kind: ExprKind) -> Expr {
    Expr {
        span: Span::new(l, r),
        kind,
    }
}

pub fn stmt(l: usize, r: usize, kind: StmtKind) -> Stmt {
    Stmt {
        span: Span::new(l, r),
        kind,
    }
}

pub fn binary(l: usize, r: usize, left: Expr, op: BinOp, right: Expr) -> Expr {
    expr(
        l,
        r,
        ExprKind::BinOp {
            left: Box::new(left),
            op,
            right: Box::new(right),
        },
    )
}

pub fn tuple(l: usize, r: usize, elts: Vec<Expr>) -> Expr {
    expr(l, r, ExprKind::Tuple(elts))
}

/// A compound statement starting at `l` ends where its last nested statement
/// does; `blocks` are its bodies in source order.
pub fn block_end(l: usize, blocks: &[&[Stmt]]) -> usize {
    blocks
        .iter()
        .rev()
        .find_map(|b| b.last())
        .map_or(l, |s| s.span.end as usize)
}

pub fn if_stmt(l: usize, test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt>) -> Stmt {
    let end = orelse
        .last()
        .or(body.last())
        .map_or(l, |s| s.span.end as usize);
    stmt(l, end, StmtKind::If { test, body, orelse })
}

pub fn comma_list<T>(mut items: Vec<T>, last: Option<T>) -> Vec<T> {
    items.extend(last);
    items
}

// ---------------------------------------------------------------- targets

#[derive(Clone, Copy, PartialEq)]
enum TargetKind {
    /// `=` targets.
    Assign,
    /// `for` and comprehension targets.
    For,
    /// `with ... as` targets.
    Other,
    Delete,
}

/// CPython's name for an expression in error messages.
fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::True) => "True",
        ExprKind::Constant(Constant::False) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first part of `e` that cannot be assigned to (or deleted), if any.
fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Tuple(elts) | ExprKind::List(elts) => {
            elts.iter().find_map(|e| invalid_target(e, kind))
        }
        ExprKind::Starred(inner) if kind != TargetKind::Delete => invalid_target(inner, kind),
        // `for x in y in z`: the target is `x`, the rest went into the compare.
        ExprKind::Compare { left, ops, .. } if kind == TargetKind::For && ops[0] == CmpOp::In => {
            invalid_target(left, kind)
        }
        _ => Some(e),
    }
}

/// Whether CPython's grammar would have read `e` as a `bitwise_or` operand
/// (other than the tuple, list and keyword constants it excludes).
fn could_be_comparison_operand(kind: &ExprKind) -> bool {
    !matches!(
        kind,
        ExprKind::Tuple(_)
            | ExprKind::List(_)
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Constant(Constant::None | Constant::True | Constant::False)
            | ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::UnaryOp {
                op: UnaryOp::Not,
                ..
            }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::Starred(_)
    )
}

fn check_target(e: &Expr, kind: TargetKind) -> Result<(), SpannedError> {
    let Some(bad) = invalid_target(e, kind) else {
        return Ok(());
    };
    let name = expr_name(bad);
    let msg = match (kind, &bad.kind) {
        (TargetKind::Delete, _) => format!("cannot delete {name}"),
        (_, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) => {
            "assignment to yield expression not possible".into()
        }
        // CPython suggests `==` only where `a = b` could be a mistyped comparison.
        (TargetKind::Assign, kind) if could_be_comparison_operand(kind) => {
            format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?")
        }
        _ => format!("cannot assign to {name}"),
    };
    Err(SpannedError::new(
        msg,
        bad.span.start as usize,
        bad.span.end as usize,
    ))
}

pub fn assign(l: usize, r: usize, first: Expr, rest: Vec<Expr>) -> Result<Stmt, SpannedError> {
    let mut targets = vec![first];
    targets.extend(rest);
    let value = targets
        .pop()
        .expect("the grammar requires at least one `=`");
    for target in &targets {
        check_target(target, TargetKind::Assign)?;
    }
    no_starred(&value)?;
    Ok(stmt(l, r, StmtKind::Assign { targets, value }))
}

/// A starred expression alone (`x = *a`, `*a`) is not a value.
pub fn no_starred(value: &Expr) -> Result<(), SpannedError> {
    if let ExprKind::Starred(_) = value.kind {
        let (start, end) = (value.span.start as usize, value.span.end as usize);
        return Err(SpannedError::new(
            "can't use starred expression here",
            start,
            end,
        ));
    }
    Ok(())
}

pub fn expression_statement(l: usize, r: usize, value: Expr) -> Result<Stmt, SpannedError> {
    no_starred(&value)?;
    Ok(stmt(l, r, StmtKind::Expr(value)))
}

pub fn aug_assign(
    l: usize,
    r: usize,
    target: Expr,
    op: BinOp,
    value: Expr,
) -> Result<Stmt, SpannedError> {
    if !matches!(
        target.kind,
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
    ) {
        let msg = format!(
            "'{}' is an illegal expression for augmented assignment",
            expr_name(&target)
        );
        return Err(SpannedError::new(
            msg,
            target.span.start as usize,
            target.span.end as usize,
        ));
    }
    Ok(stmt(l, r, StmtKind::AugAssign { target, op, value }))
}

pub fn ann_assign(
    l: usize,
    r: usize,
    target: Expr,
    annotation: Expr,
    value: Option<Expr>,
) -> Result<Stmt, SpannedError> {
    let msg = match &target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Tuple(_) => Some("only single target (not tuple) can be annotated"),
        ExprKind::List(_) => Some("only single target (not list) can be annotated"),
        _ => Some("illegal target for annotation"),
    };
    if let Some(msg) = msg {
        return Err(SpannedError::new(
            msg,
            target.span.start as usize,
            target.span.end as usize,
        ));
    }
    // `(x): int` is not simple: the parentheses make the statement start before the name.
    let simple = matches!(target.kind, ExprKind::Name(_)) && target.span.start as usize == l;
    Ok(stmt(
        l,
        r,
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        },
    ))
}

pub fn delete(l: usize, r: usize, targets: Vec<Expr>) -> Result<Stmt, SpannedError> {
    for target in &targets {
        check_target(target, TargetKind::Delete)?;
    }
    Ok(stmt(l, r, StmtKind::Del(targets)))
}

pub fn for_target(target: Expr) -> Result<Expr, SpannedError> {
    check_target(&target, TargetKind::For)?;
    Ok(target)
}

pub fn other_target(target: Expr) -> Result<Expr, SpannedError> {
    check_target(&target, TargetKind::Other)?;
    Ok(target)
}

// ------------------------------------------------------------- statements

pub fn import_from(
    l: usize,
    r: usize,
    level: u32,
    module: Option<String>,
    names: Vec<Alias>,
    import_at: usize,
) -> Result<Stmt, SpannedError> {
    if level == 0 && module.is_none() {
        return Err(SpannedError::new(
            "invalid syntax",
            import_at,
            import_at + "import".len(),
        ));
    }
    Ok(stmt(
        l,
        r,
        StmtKind::ImportFrom {
            module,
            names,
            level,
        },
    ))
}

pub fn try_stmt(
    l: usize,
    body: Vec<Stmt>,
    handlers: Vec<ExceptHandler>,
    orelse: Vec<Stmt>,
    finalbody: Vec<Stmt>,
) -> Result<Stmt, SpannedError> {
    if let Some(bare) = handlers.iter().rev().skip(1).find(|h| h.typ.is_none()) {
        let start = bare.span.start as usize;
        return Err(SpannedError::new(
            "default 'except:' must be last",
            start,
            start + "except".len(),
        ));
    }
    let end = [&finalbody, &orelse]
        .iter()
        .find_map(|b| b.last().map(|s| s.span.end))
        .or(handlers.last().map(|h| h.span.end))
        .or(body.last().map(|s| s.span.end))
        .map_or(l, |e| e as usize);
    Ok(stmt(
        l,
        end,
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        },
    ))
}

pub fn except_handler(
    l: usize,
    typ: Option<Expr>,
    name: Option<String>,
    body: Vec<Stmt>,
) -> ExceptHandler {
    let end = body.last().map_or(l, |s| s.span.end as usize);
    ExceptHandler {
        span: Span::new(l, end),
        typ,
        name,
        body,
    }
}

pub fn function_def(
    l: usize,
    decorators: Vec<Expr>,
    name: String,
    params: Parameters,
    returns: Option<Expr>,
    body: Vec<Stmt>,
) -> Stmt {
    let def = FunctionDef {
        name,
        params,
        body,
        decorators,
        returns,
    };
    let end = def.body.last().map_or(l, |s| s.span.end as usize);
    stmt(l, end, StmtKind::FunctionDef(Box::new(def)))
}

pub fn class_def(
    l: usize,
    decorators: Vec<Expr>,
    name: String,
    args: Option<(Vec<Arg>, usize)>,
    body: Vec<Stmt>,
) -> Result<Stmt, SpannedError> {
    let (args, close) = args.unwrap_or_default();
    if let Some(Arg::Generator(e)) = args.iter().find(|a| matches!(a, Arg::Generator(_))) {
        return Err(SpannedError::new(
            "invalid syntax",
            e.span.start as usize,
            e.span.end as usize,
        ));
    }
    let (bases, keywords) = arguments(args, close)?;
    let def = ClassDef {
        name,
        bases,
        keywords,
        body,
        decorators,
    };
    let end = def.body.last().map_or(l, |s| s.span.end as usize);
    Ok(stmt(l, end, StmtKind::ClassDef(Box::new(def))))
}

// -------------------------------------------------------------- arguments

/// One argument of a call or class definition, before order checks.
pub enum Arg {
    Positional(Expr),
    /// `f(x for x in y)`: allowed only as the sole argument.
    Generator(Expr),
    /// `name=value`; `equal_end` is where the `=` ends.
    Keyword {
        l: usize,
        r: usize,
        equal_end: usize,
        name: Expr,
        value: Expr,
    },
    DoubleStar {
        l: usize,
        r: usize,
        value: Expr,
    },
}

/// `parens` are the offsets of the call's parentheses: a generator expression
/// as sole argument spans them, and CPython points at the closing one for
/// arguments in the wrong order.
pub fn call(
    l: usize,
    r: usize,
    func: Expr,
    mut args: Vec<Arg>,
    parens: (usize, usize),
) -> Result<Expr, SpannedError> {
    if let [Arg::Generator(generator)] = args.as_mut_slice() {
        generator.span = Span::new(parens.0, parens.1 + 1);
    }
    let (args, keywords) = arguments(args, parens.1)?;
    Ok(expr(
        l,
        r,
        ExprKind::Call {
            func: Box::new(func),
            args,
            keywords,
        },
    ))
}

fn arguments(items: Vec<Arg>, close: usize) -> Result<(Vec<Expr>, Vec<Keyword>), SpannedError> {
    let count = items.len();
    let mut args = Vec::new();
    let mut keywords = Vec::new();
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    let mut names = HashSet::new();
    for item in items {
        match item {
            Arg::Generator(e) if count > 1 => {
                let (start, end) = (e.span.start as usize, e.span.end as usize);
                return Err(SpannedError::new(
                    "Generator expression must be parenthesized",
                    start,
                    end,
                ));
            }
            Arg::Positional(e) | Arg::Generator(e) => {
                let starred = matches!(e.kind, ExprKind::Starred(_));
                let error = match (starred, seen_keyword, seen_double_star) {
                    (true, _, true) => Some((
                        "iterable argument unpacking follows keyword argument unpacking",
                        e.span.start as usize,
                    )),
                    (false, _, true) => Some((
                        "positional argument follows keyword argument unpacking",
                        close,
                    )),
                    (false, true, false) => {
                        Some(("positional argument follows keyword argument", close))
                    }
                    _ => None,
                };
                if let Some((msg, at)) = error {
                    return Err(SpannedError::at(msg, at));
                }
                args.push(e);
            }
            Arg::Keyword {
                l,
                r,
                equal_end,
                name,
                value,
            } => {
                let ExprKind::Name(name) = name.kind else {
                    let msg = "expression cannot contain assignment, perhaps you meant \"==\"?";
                    return Err(SpannedError::new(msg, l, equal_end));
                };
                if !names.insert(name.clone()) {
                    return Err(SpannedError::new(
                        format!("keyword argument repeated: {name}"),
                        l,
                        r,
                    ));
                }
                seen_keyword = true;
                keywords.push(Keyword {
                    span: Span::new(l, r),
                    arg: Some(name),
                    value,
                });
            }
            Arg::DoubleStar { l, r, value } => {
                seen_double_star = true;
                keywords.push(Keyword {
                    span: Span::new(l, r),
                    arg: None,
                    value,
                });
            }
        }
    }
    Ok((args, keywords))
}

// ------------------------------------------------------------- parameters

/// One entry of a parameter list, before order checks.
pub enum ParamItem {
    Plain(Param),
    /// `*args`, or a bare `*` (with its offset).
    Star(usize, Option<Param>),
    DoubleStar(Param),
    /// `/`, with its span.
    Slash(usize, usize),
}

pub fn param(
    l: usize,
    r: usize,
    name: String,
    annotation: Option<Expr>,
    default: Option<Expr>,
) -> Param {
    Param {
        span: Span::new(l, r),
        name,
        annotation,
        default,
    }
}

pub fn parameters(items: Vec<ParamItem>) -> Result<Parameters, SpannedError> {
    let mut params = Parameters::default();
    let mut seen_slash = false;
    let mut star_at = None;
    let mut seen_default = false;
    let mut names = HashSet::new();
    for item in items {
        if let Some(kwarg) = &params.kwarg {
            let at = kwarg.span.end as usize;
            return Err(SpannedError::at(
                "arguments cannot follow var-keyword argument",
                at,
            ));
        }
        let named = match &item {
            ParamItem::Plain(p) | ParamItem::Star(_, Some(p)) | ParamItem::DoubleStar(p) => Some(p),
            _ => None,
        };
        if let Some(p) = named {
            if !names.insert(p.name.clone()) {
                let msg = format!("duplicate argument '{}' in function definition", p.name);
                return Err(SpannedError::new(
                    msg,
                    p.span.start as usize,
                    p.span.start as usize + p.name.len(),
                ));
            }
        }
        match item {
            ParamItem::Slash(l, r) => {
                let msg = if seen_slash {
                    Some("/ may appear only once")
                } else if star_at.is_some() {
                    Some("/ must be ahead of *")
                } else if params.args.is_empty() {
                    Some("at least one argument must precede /")
                } else {
                    None
                };
                if let Some(msg) = msg {
                    return Err(SpannedError::new(msg, l, r));
                }
                seen_slash = true;
                params.posonly = std::mem::take(&mut params.args);
            }
            ParamItem::Star(at, vararg) => {
                if star_at.is_some() {
                    return Err(SpannedError::new(
                        "* argument may appear only once",
                        at,
                        at + 1,
                    ));
                }
                star_at = Some(at);
                params.vararg = vararg;
            }
            ParamItem::DoubleStar(p) => params.kwarg = Some(p),
            ParamItem::Plain(p) if star_at.is_some() => params.kwonly.push(p),
            ParamItem::Plain(p) => {
                if p.default.is_some() {
                    seen_default = true;
                } else if seen_default {
                    let (start, end) = (p.span.start as usize, p.span.end as usize);
                    return Err(SpannedError::new(
                        "non-default argument follows default argument",
                        start,
                        end,
                    ));
                }
                params.args.push(p);
            }
        }
    }
    if let Some(at) = star_at {
        if params.vararg.is_none() && params.kwonly.is_empty() {
            return Err(SpannedError::new(
                "named arguments must follow bare *",
                at,
                at + 1,
            ));
        }
    }
    Ok(params)
}

pub fn lambda(l: usize, r: usize, items: Vec<ParamItem>, body: Expr) -> Result<Expr, SpannedError> {
    let params = parameters(items)?;
    Ok(expr(
        l,
        r,
        ExprKind::Lambda {
            params: Box::new(params),
            body: Box::new(body),
        },
    ))
}

// ---------------------------------------------------------------- strings

/// Adjacent string literals: one constant, or a JoinedStr when any is an f-string.
pub fn strings(
    l: usize,
    r: usize,
    literals: Vec<StringLiteral>,
    fstring_depth: u32,
) -> Result<Expr, SpannedError> {
    let bytes = literals
        .iter()
        .filter(|s| matches!(s, StringLiteral::Bytes(_)))
        .count();
    if bytes > 0 && bytes < literals.len() {
        return Err(SpannedError::new(
            "cannot mix bytes and nonbytes literals",
            l,
            r,
        ));
    }
    if bytes > 0 {
        let mut value = Vec::new();
        for literal in literals {
            if let StringLiteral::Bytes(b) = literal {
                value.extend(b);
            }
        }
        return Ok(expr(l, r, ExprKind::Constant(Constant::Bytes(value))));
    }
    if !literals
        .iter()
        .any(|s| matches!(s, StringLiteral::FString { .. }))
    {
        let mut value = String::new();
        for literal in literals {
            if let StringLiteral::Str(s) = literal {
                value.push_str(&s);
            }
        }
        return Ok(expr(l, r, ExprKind::Constant(Constant::Str(value))));
    }
    let mut parts = Vec::new();
    for literal in literals {
        match literal {
            StringLiteral::Str(s) => push_literal(&mut parts, s),
            StringLiteral::FString { body, raw, offset } => {
                for part in parse_fstring(&body, raw, offset, fstring_depth, r)? {
                    match part {
                        FStringPart::Literal(s) => push_literal(&mut parts, s),
                        formatted => parts.push(formatted),
                    }
                }
            }
            StringLiteral::Bytes(_) => {}
        }
    }
    Ok(expr(l, r, ExprKind::JoinedStr(parts)))
}
