//! A compact, stable text form of the AST for snapshots: one line per
//! statement, CPython's node and field names, `@line:col-line:col` spans
//! (columns are 0-based bytes, as in CPython's `ast` module).

use gilpy::syntax::ast::*;

pub fn module(source: &str, module: &Module) -> String {
    let dumper = Dumper {
        index: LineIndex::new(source),
    };
    module.body.iter().map(|s| dumper.stmt(s) + "\n").collect()
}

struct Dumper {
    index: LineIndex,
}

pub fn escape(text: &str) -> String {
    text.chars()
        .map(|c| {
            if (' '..='~').contains(&c) && c != '\\' && c != '"' {
                c.to_string()
            } else {
                format!("\\x{{{:x}}}", c as u32)
            }
        })
        .collect()
}

impl Dumper {
    fn span(&self, span: Span) -> String {
        let at = |offset: u32| {
            let line = self.index.line(offset);
            format!("{line}:{}", offset - self.index.line_start(line))
        };
        format!("@{}-{}", at(span.start), at(span.end))
    }

    fn stmts(&self, body: &[Stmt]) -> String {
        format!(
            "[{}]",
            body.iter()
                .map(|s| self.stmt(s))
                .collect::<Vec<_>>()
                .join(" ")
        )
    }

    fn exprs<'a>(&self, items: impl IntoIterator<Item = &'a Expr>) -> String {
        format!(
            "[{}]",
            items
                .into_iter()
                .map(|e| self.expr(e))
                .collect::<Vec<_>>()
                .join(" ")
        )
    }

    fn opt(&self, e: Option<&Expr>) -> String {
        e.map_or("-".to_string(), |e| self.expr(e))
    }

    fn stmt(&self, s: &Stmt) -> String {
        let span = self.span(s.span);
        let body = match &s.kind {
            StmtKind::Expr(e) => format!("Expr {}", self.expr(e)),
            StmtKind::Assign { targets, value } => {
                format!("Assign {} {}", self.exprs(targets), self.expr(value))
            }
            StmtKind::AugAssign { target, op, value } => {
                format!(
                    "AugAssign {} {op:?} {}",
                    self.expr(target),
                    self.expr(value)
                )
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => format!(
                "AnnAssign {} {} {} {}",
                self.expr(target),
                self.expr(annotation),
                self.opt(value.as_ref()),
                *simple as u8
            ),
            StmtKind::Pass => "Pass".into(),
            StmtKind::Break => "Break".into(),
            StmtKind::Continue => "Continue".into(),
            StmtKind::Return(value) => format!("Return {}", self.opt(value.as_ref())),
            StmtKind::Del(targets) => format!("Delete {}", self.exprs(targets)),
            StmtKind::Global(names) => format!("Global {}", names.join(",")),
            StmtKind::Nonlocal(names) => format!("Nonlocal {}", names.join(",")),
            StmtKind::If { test, body, orelse } => {
                format!(
                    "If {} {} {}",
                    self.expr(test),
                    self.stmts(body),
                    self.stmts(orelse)
                )
            }
            StmtKind::While { test, body, orelse } => {
                format!(
                    "While {} {} {}",
                    self.expr(test),
                    self.stmts(body),
                    self.stmts(orelse)
                )
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => format!(
                "For {} {} {} {}",
                self.expr(target),
                self.expr(iter),
                self.stmts(body),
                self.stmts(orelse)
            ),
            StmtKind::FunctionDef(def) => format!(
                "FunctionDef {} {} {} {} {}",
                def.name,
                self.params(&def.params),
                self.stmts(&def.body),
                self.exprs(&def.decorators),
                self.opt(def.returns.as_ref())
            ),
            StmtKind::ClassDef(def) => format!(
                "ClassDef {} {} {} {} {}",
                def.name,
                self.exprs(&def.bases),
                self.keywords(&def.keywords),
                self.stmts(&def.body),
                self.exprs(&def.decorators)
            ),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                let handlers: Vec<String> = handlers
                    .iter()
                    .map(|h| {
                        let name = h.name.clone().unwrap_or("-".into());
                        let span = self.span(h.span);
                        format!(
                            "(ExceptHandler{span} {} {name} {})",
                            self.opt(h.typ.as_ref()),
                            self.stmts(&h.body)
                        )
                    })
                    .collect();
                format!(
                    "Try {} [{}] {} {}",
                    self.stmts(body),
                    handlers.join(" "),
                    self.stmts(orelse),
                    self.stmts(finalbody)
                )
            }
            StmtKind::Raise { exc, cause } => format!(
                "Raise {} {}",
                self.opt(exc.as_ref()),
                self.opt(cause.as_ref())
            ),
            StmtKind::With { items, body } => {
                let items: Vec<String> = items
                    .iter()
                    .map(|i| {
                        format!(
                            "(withitem {} {})",
                            self.expr(&i.context),
                            self.opt(i.target.as_ref())
                        )
                    })
                    .collect();
                format!("With [{}] {}", items.join(" "), self.stmts(body))
            }
            StmtKind::Assert { test, msg } => {
                format!("Assert {} {}", self.expr(test), self.opt(msg.as_ref()))
            }
            StmtKind::Import(names) => format!("Import {}", aliases(names)),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                format!(
                    "ImportFrom {} {} {level}",
                    module.clone().unwrap_or("-".into()),
                    aliases(names)
                )
            }
        };
        format!(
            "({}{span}{})",
            body.split_once(' ').map_or(body.as_str(), |(k, _)| k),
            body.split_once(' ')
                .map_or(String::new(), |(_, rest)| format!(" {rest}"))
        )
    }

    fn params(&self, p: &Parameters) -> String {
        let list = |ps: &[Param]| {
            format!(
                "[{}]",
                ps.iter()
                    .map(|p| self.param(p))
                    .collect::<Vec<_>>()
                    .join(" ")
            )
        };
        let one = |p: &Option<Param>| p.as_ref().map_or("-".to_string(), |p| self.param(p));
        format!(
            "(arguments {} {} {} {} {})",
            list(&p.posonly),
            list(&p.args),
            one(&p.vararg),
            list(&p.kwonly),
            one(&p.kwarg)
        )
    }

    fn param(&self, p: &Param) -> String {
        format!(
            "({} {} {})",
            p.name,
            self.opt(p.annotation.as_ref()),
            self.opt(p.default.as_ref())
        )
    }

    fn keywords(&self, keywords: &[Keyword]) -> String {
        let items: Vec<String> = keywords
            .iter()
            .map(|k| {
                format!(
                    "(keyword {} {})",
                    k.arg.clone().unwrap_or("-".into()),
                    self.expr(&k.value)
                )
            })
            .collect();
        format!("[{}]", items.join(" "))
    }

    fn generators(&self, generators: &[Comprehension]) -> String {
        let items: Vec<String> = generators
            .iter()
            .map(|g| {
                format!(
                    "(comprehension {} {} {})",
                    self.expr(&g.target),
                    self.expr(&g.iter),
                    self.exprs(&g.ifs)
                )
            })
            .collect();
        format!("[{}]", items.join(" "))
    }

    fn parts(&self, parts: &[FStringPart]) -> String {
        let items: Vec<String> = parts
            .iter()
            .map(|part| match part {
                FStringPart::Literal(s) => format!("\"{}\"", escape(s)),
                FStringPart::Formatted {
                    value,
                    conversion,
                    format_spec,
                } => format!(
                    "(FormattedValue {} {} {})",
                    self.expr(value),
                    conversion.map_or(-1, |c| c as i32),
                    format_spec
                        .as_ref()
                        .map_or("-".to_string(), |spec| self.parts(spec))
                ),
            })
            .collect();
        format!("[{}]", items.join(" "))
    }

    fn expr(&self, e: &Expr) -> String {
        let span = self.span(e.span);
        let boxed = |b: &Option<Box<Expr>>| self.opt(b.as_deref());
        let (kind, fields) = match &e.kind {
            ExprKind::Name(id) => ("Name", id.clone()),
            ExprKind::Constant(c) => ("Constant", constant(c)),
            ExprKind::JoinedStr(parts) => ("JoinedStr", self.parts(parts)),
            ExprKind::BinOp { left, op, right } => (
                "BinOp",
                format!("{} {op:?} {}", self.expr(left), self.expr(right)),
            ),
            ExprKind::UnaryOp { op, operand } => {
                ("UnaryOp", format!("{op:?} {}", self.expr(operand)))
            }
            ExprKind::BoolOp { op, values } => ("BoolOp", format!("{op:?} {}", self.exprs(values))),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                let ops: Vec<String> = ops.iter().map(|o| format!("{o:?}")).collect();
                (
                    "Compare",
                    format!(
                        "{} [{}] {}",
                        self.expr(left),
                        ops.join(" "),
                        self.exprs(comparators)
                    ),
                )
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => (
                "Call",
                format!(
                    "{} {} {}",
                    self.expr(func),
                    self.exprs(args),
                    self.keywords(keywords)
                ),
            ),
            ExprKind::Attribute { value, attr } => {
                ("Attribute", format!("{} {attr}", self.expr(value)))
            }
            ExprKind::Subscript { value, index } => (
                "Subscript",
                format!("{} {}", self.expr(value), self.expr(index)),
            ),
            ExprKind::Slice { lower, upper, step } => (
                "Slice",
                format!("{} {} {}", boxed(lower), boxed(upper), boxed(step)),
            ),
            ExprKind::Starred(value) => ("Starred", self.expr(value)),
            ExprKind::List(elts) => ("List", self.exprs(elts)),
            ExprKind::Tuple(elts) => ("Tuple", self.exprs(elts)),
            ExprKind::Set(elts) => ("Set", self.exprs(elts)),
            ExprKind::Dict { keys, values } => {
                let keys: Vec<String> = keys.iter().map(|k| self.opt(k.as_ref())).collect();
                (
                    "Dict",
                    format!("[{}] {}", keys.join(" "), self.exprs(values)),
                )
            }
            ExprKind::IfExp { test, body, orelse } => (
                "IfExp",
                format!(
                    "{} {} {}",
                    self.expr(test),
                    self.expr(body),
                    self.expr(orelse)
                ),
            ),
            ExprKind::Lambda { params, body } => (
                "Lambda",
                format!("{} {}", self.params(params), self.expr(body)),
            ),
            ExprKind::ListComp { elt, generators } => (
                "ListComp",
                format!("{} {}", self.expr(elt), self.generators(generators)),
            ),
            ExprKind::SetComp { elt, generators } => (
                "SetComp",
                format!("{} {}", self.expr(elt), self.generators(generators)),
            ),
            ExprKind::GeneratorExp { elt, generators } => (
                "GeneratorExp",
                format!("{} {}", self.expr(elt), self.generators(generators)),
            ),
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (
                "DictComp",
                format!(
                    "{} {} {}",
                    self.expr(key),
                    self.expr(value),
                    self.generators(generators)
                ),
            ),
            ExprKind::Yield(value) => ("Yield", boxed(value)),
            ExprKind::YieldFrom(value) => ("YieldFrom", self.expr(value)),
            ExprKind::NamedExpr { target, value } => {
                ("NamedExpr", format!("{target} {}", self.expr(value)))
            }
        };
        format!("({kind}{span} {fields})")
    }
}

fn aliases(names: &[Alias]) -> String {
    let items: Vec<String> = names
        .iter()
        .map(|a| match &a.asname {
            Some(asname) => format!("{} as {asname}", a.name),
            None => a.name.clone(),
        })
        .collect();
    format!("[{}]", items.join(", "))
}

fn constant(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::True => "True".into(),
        Constant::False => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(i) => i.to_string(),
        Constant::Float(f) => {
            let text = format!("{f:.16e}");
            let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
            format!("{mantissa}e{}", exponent.parse::<i32>().unwrap_or(0))
        }
        Constant::Imaginary(f) => format!("{}j", constant(&Constant::Float(*f))),
        Constant::Str(s) => format!("\"{}\"", escape(s)),
        Constant::Bytes(b) => format!(
            "b\"{}\"",
            escape(&b.iter().map(|&b| b as char).collect::<String>())
        ),
    }
}
