//! Scope analysis: which names are local, global, free or cells, decided
//! once before code generation so that the VM never looks a local up by name.

use std::collections::HashMap;

use crate::syntax::ast::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    /// A comprehension or generator expression: a function scope of its own.
    Comprehension,
}

/// Where a name lives, as seen from one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// A frame slot.
    Local,
    /// A frame slot holding a cell shared with nested scopes.
    Cell,
    /// A cell captured from an enclosing scope.
    Free,
    /// Module globals, then builtins.
    Global,
    /// The locals dict of a module or class body, then globals, then builtins.
    Name,
}

#[derive(Clone, Copy, Debug, Default)]
pub struct Symbol {
    pub bound: bool,
    pub param: bool,
    pub used: bool,
    pub declared_global: bool,
    pub declared_nonlocal: bool,
    /// A nested scope reads or writes it through a cell.
    pub captured: bool,
    /// Resolved free variable (from an enclosing function scope).
    pub free: bool,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub parent: Option<usize>,
    /// Names in first-seen order, so slot numbering is deterministic.
    pub order: Vec<String>,
    pub symbols: HashMap<String, Symbol>,
    /// Parameter names in declaration order.
    pub params: Vec<String>,
    pub children: Vec<usize>,
    pub is_generator: bool,
    /// A method uses `super()` or `__class__`: the class body must provide a `__class__` cell.
    pub needs_class_cell: bool,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            name: name.to_owned(),
            parent,
            order: Vec::new(),
            symbols: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            needs_class_cell: false,
        }
    }

    fn sym(&mut self, name: &str) -> &mut Symbol {
        if !self.symbols.contains_key(name) {
            self.order.push(name.to_owned());
        }
        self.symbols.entry(name.to_owned()).or_default()
    }

    pub fn resolve(&self, name: &str) -> Resolution {
        let s = self.symbols.get(name).copied().unwrap_or_default();
        match self.kind {
            ScopeKind::Module => Resolution::Global,
            ScopeKind::Class => {
                if s.declared_global {
                    Resolution::Global
                } else if s.free && !s.bound {
                    Resolution::Free
                } else {
                    Resolution::Name
                }
            }
            ScopeKind::Function | ScopeKind::Comprehension => {
                if s.declared_global {
                    Resolution::Global
                } else if s.free || s.declared_nonlocal {
                    Resolution::Free
                } else if s.bound || s.param {
                    if s.captured {
                        Resolution::Cell
                    } else {
                        Resolution::Local
                    }
                } else {
                    Resolution::Global
                }
            }
        }
    }

    /// Cell variable names of this scope, in slot order.
    pub fn cellvars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .order
            .iter()
            .filter(|n| self.resolve(n) == Resolution::Cell)
            .cloned()
            .collect();
        if self.kind == ScopeKind::Class && self.needs_class_cell {
            v.push("__class__".to_owned());
        }
        v
    }

    /// Free variable names of this scope, in slot order. A class body also
    /// carries the cells its methods need from an enclosing function.
    pub fn freevars(&self) -> Vec<String> {
        self.order
            .iter()
            .filter(|n| {
                self.resolve(n) == Resolution::Free
                    || (self.kind == ScopeKind::Class && self.symbols.get(n.as_str()).is_some_and(|s| s.free && !s.declared_global))
            })
            .cloned()
            .collect()
    }
}

/// A compile-time error found while analysing scopes.
pub struct ScopeError {
    pub msg: String,
    pub span: Span,
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// AST node address -> scope index (functions, classes, lambdas, comprehensions).
    pub by_node: HashMap<usize, usize>,
}

pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

impl SymbolTable {
    pub fn build(module: &Module) -> Result<SymbolTable, ScopeError> {
        let mut b = Builder {
            table: SymbolTable { scopes: vec![Scope::new(ScopeKind::Module, "<module>", None)], by_node: HashMap::new() },
            current: 0,
        };
        for s in &module.body {
            b.stmt(s)?;
        }
        b.resolve_free(0, &[])?;
        Ok(b.table)
    }
}

struct Builder {
    table: SymbolTable,
    current: usize,
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.current]
    }

    fn bind(&mut self, name: &str) {
        self.scope().sym(name).bound = true;
    }

    fn use_name(&mut self, name: &str) {
        self.scope().sym(name).used = true;
    }

    fn push_scope(&mut self, kind: ScopeKind, name: &str, key: usize) -> usize {
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope::new(kind, name, Some(self.current)));
        self.table.scopes[self.current].children.push(id);
        self.table.by_node.insert(key, id);
        let saved = self.current;
        self.current = id;
        saved
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), ScopeError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), ScopeError> {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n);
                }
                self.target(target)?;
            }
            StmtKind::AnnAssign { target, annotation, value, .. } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.target(target)?;
                } else if !matches!(target.kind, ExprKind::Name(_)) {
                    self.expr(target)?;
                } else if self.scope().kind == ScopeKind::Function {
                    // `x: int` alone makes `x` local to a function, unbound until assigned.
                    self.target(target)?;
                }
                if self.scope().kind != ScopeKind::Function {
                    self.expr(annotation)?;
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    if self.scope().kind == ScopeKind::Module {
                        continue;
                    }
                    let sym = self.scope().sym(n);
                    if sym.param {
                        return Err(ScopeError { msg: format!("name '{n}' is parameter and global"), span: s.span });
                    }
                    if sym.bound || sym.used {
                        let what = if sym.bound { "assigned to" } else { "used" };
                        return Err(ScopeError { msg: format!("name '{n}' is {what} prior to global declaration"), span: s.span });
                    }
                    sym.declared_global = true;
                }
            }
            StmtKind::Nonlocal(names) => {
                if self.scope().kind == ScopeKind::Module {
                    return Err(ScopeError { msg: "nonlocal declaration not allowed at module level".into(), span: s.span });
                }
                for n in names {
                    let sym = self.scope().sym(n);
                    if sym.param {
                        return Err(ScopeError { msg: format!("name '{n}' is parameter and nonlocal"), span: s.span });
                    }
                    if sym.bound || sym.used {
                        let what = if sym.bound { "assigned to" } else { "used" };
                        return Err(ScopeError { msg: format!("name '{n}' is {what} prior to nonlocal declaration"), span: s.span });
                    }
                    sym.declared_nonlocal = true;
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::For { target, iter, body, orelse } => {
                self.expr(iter)?;
                self.target(target)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.defaults(&f.params)?;
                for p in all_params(&f.params) {
                    if let Some(a) = &p.annotation {
                        self.expr(a)?;
                    }
                }
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                self.bind(&f.name);
                let saved = self.push_scope(ScopeKind::Function, &f.name, node_key(&**f));
                self.params(&f.params);
                self.stmts(&f.body)?;
                self.current = saved;
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.bind(&c.name);
                let saved = self.push_scope(ScopeKind::Class, &c.name, node_key(&**c));
                self.stmts(&c.body)?;
                self.current = saved;
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::With { items, body } => {
                for it in items {
                    self.expr(&it.context)?;
                    if let Some(t) = &it.target {
                        self.target(t)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let name = a.asname.clone().unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_owned());
                    self.bind(&name);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.scope().kind != ScopeKind::Module {
                            return Err(ScopeError { msg: "import * only allowed at module level".into(), span: s.span });
                        }
                        continue;
                    }
                    let name = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.bind(&name);
                }
            }
        }
        Ok(())
    }

    fn defaults(&mut self, p: &Parameters) -> Result<(), ScopeError> {
        for param in all_params(p) {
            if let Some(d) = &param.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    /// Declares parameters in slot order: positional, keyword-only, `*args`, `**kwargs`.
    fn params(&mut self, p: &Parameters) {
        let ordered = p.posonly.iter().chain(p.args.iter()).chain(p.kwonly.iter()).chain(p.vararg.iter()).chain(p.kwarg.iter());
        for param in ordered {
            let sym = self.scope().sym(&param.name);
            sym.param = true;
            sym.bound = true;
            let name = param.name.clone();
            self.scope().params.push(name);
        }
    }

    fn target(&mut self, t: &Expr) -> Result<(), ScopeError> {
        match &t.kind {
            ExprKind::Name(n) => self.bind(n),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i)?;
                }
            }
            ExprKind::Starred(inner) => self.target(inner)?,
            _ => self.expr(t)?,
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), ScopeError> {
        match &e.kind {
            ExprKind::Name(n) => {
                self.use_name(n);
                if n == "super" || n == "__class__" {
                    self.note_class_cell_use();
                }
            }
            ExprKind::Constant(_) => {}
            ExprKind::JoinedStr(parts) => self.fstring(parts)?,
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left)?;
                for c in comparators {
                    self.expr(c)?;
                }
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr(func)?;
                for a in args {
                    self.expr(a)?;
                }
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
            }
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper, step].into_iter().flatten() {
                    self.expr(p)?;
                }
            }
            ExprKind::Starred(inner) => self.expr(inner)?,
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                for i in items {
                    self.expr(i)?;
                }
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Lambda { params, body } => {
                self.defaults(params)?;
                let saved = self.push_scope(ScopeKind::Function, "<lambda>", node_key(e));
                self.params(params);
                self.expr(body)?;
                self.current = saved;
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                let name = match &e.kind {
                    ExprKind::ListComp { .. } => "<listcomp>",
                    ExprKind::SetComp { .. } => "<setcomp>",
                    _ => "<genexpr>",
                };
                self.comprehension(e, name, generators, &[elt])?;
            }
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(e, "<dictcomp>", generators, &[key, value])?;
            }
            ExprKind::Yield(v) => {
                self.mark_generator(e.span)?;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                self.mark_generator(e.span)?;
                self.expr(v)?;
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                // In a comprehension the name binds in the nearest enclosing non-comprehension scope.
                let mut owner = self.current;
                while self.table.scopes[owner].kind == ScopeKind::Comprehension {
                    owner = self.table.scopes[owner].parent.unwrap_or(0);
                }
                // The comprehensions in between see it as global when the owner is the module
                // or declares it `global` there; otherwise as free (a cell of the owner).
                let global = self.table.scopes[owner].kind == ScopeKind::Module
                    || self.table.scopes[owner].symbols.get(target.as_str()).is_some_and(|s| s.declared_global);
                let mut id = self.current;
                while id != owner {
                    let sym = self.table.scopes[id].sym(target);
                    if global {
                        sym.declared_global = true;
                    } else {
                        sym.declared_nonlocal = true;
                    }
                    id = self.table.scopes[id].parent.unwrap_or(0);
                }
                self.table.scopes[owner].sym(target).bound = true;
            }
        }
        Ok(())
    }

    fn fstring(&mut self, parts: &[FStringPart]) -> Result<(), ScopeError> {
        for p in parts {
            if let FStringPart::Formatted { value, format_spec, .. } = p {
                self.expr(value)?;
                if let Some(spec) = format_spec {
                    self.fstring(spec)?;
                }
            }
        }
        Ok(())
    }

    fn comprehension(&mut self, e: &Expr, name: &str, generators: &[Comprehension], elts: &[&Expr]) -> Result<(), ScopeError> {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.expr(&first.iter)?;
        }
        let saved = self.push_scope(ScopeKind::Comprehension, name, node_key(e));
        if matches!(e.kind, ExprKind::GeneratorExp { .. }) {
            self.scope().is_generator = true;
        }
        {
            let sym = self.scope().sym(".0");
            sym.param = true;
            sym.bound = true;
            self.scope().params.push(".0".to_owned());
        }
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for elt in elts {
            self.expr(elt)?;
        }
        self.current = saved;
        Ok(())
    }

    fn mark_generator(&mut self, span: Span) -> Result<(), ScopeError> {
        match self.scope().kind {
            ScopeKind::Function => {
                self.scope().is_generator = true;
                Ok(())
            }
            ScopeKind::Comprehension => {
                Err(ScopeError { msg: "'yield' inside list comprehension".into(), span })
            }
            _ => Err(ScopeError { msg: "'yield' outside function".into(), span }),
        }
    }

    /// `super()` in a method needs the `__class__` cell of the enclosing class.
    fn note_class_cell_use(&mut self) {
        let mut id = self.current;
        loop {
            let scope = &self.table.scopes[id];
            match scope.kind {
                ScopeKind::Class => {
                    self.table.scopes[id].needs_class_cell = true;
                    return;
                }
                ScopeKind::Module => return,
                _ => {
                    self.table.scopes[id].sym("__class__").used = true;
                }
            }
            match self.table.scopes[id].parent {
                Some(p) => id = p,
                None => return,
            }
        }
    }

    /// Decides free and cell variables: a name used but not bound in a function
    /// is free when an enclosing function binds it (class scopes are skipped).
    fn resolve_free(&mut self, id: usize, enclosing: &[usize]) -> Result<(), ScopeError> {
        let kind = self.table.scopes[id].kind;
        let names: Vec<String> = self.table.scopes[id].order.clone();
        for name in &names {
            let sym = self.table.scopes[id].symbols[name];
            let wants_outer = match kind {
                ScopeKind::Module => false,
                ScopeKind::Class => !sym.declared_global && (sym.used || sym.declared_nonlocal) && (!sym.bound || sym.declared_nonlocal),
                _ => sym.declared_nonlocal || (!sym.bound && !sym.param && !sym.declared_global && sym.used),
            };
            if !wants_outer {
                continue;
            }
            // Find the nearest enclosing function scope binding it.
            let mut found = None;
            for &outer in enclosing.iter().rev() {
                let o = &self.table.scopes[outer];
                if o.kind == ScopeKind::Module {
                    break;
                }
                if o.kind == ScopeKind::Class {
                    if name == "__class__" && o.needs_class_cell {
                        found = Some(outer);
                        break;
                    }
                    continue;
                }
                if let Some(s) = o.symbols.get(name) {
                    if s.declared_global {
                        break;
                    }
                    if (s.bound || s.param) && !s.declared_nonlocal && !s.free {
                        found = Some(outer);
                        break;
                    }
                    if s.declared_nonlocal || s.free {
                        found = Some(outer);
                        break;
                    }
                }
            }
            match found {
                Some(owner) => {
                    if self.table.scopes[owner].kind != ScopeKind::Class {
                        let owner_sym = self.table.scopes[owner].symbols.get_mut(name).expect("owner has symbol");
                        if !owner_sym.declared_nonlocal && !owner_sym.free {
                            owner_sym.captured = true;
                        }
                    }
                    // Every scope between the owner and this one passes the cell along;
                    // a class body too (as CPython's), though its own uses of the name
                    // still read its namespace when it binds the name.
                    for &mid in enclosing.iter().rev() {
                        if mid == owner {
                            break;
                        }
                        let is_class = self.table.scopes[mid].kind == ScopeKind::Class;
                        let s = self.table.scopes[mid].sym(name);
                        if is_class || !s.bound || s.declared_nonlocal {
                            s.free = true;
                        }
                    }
                    self.table.scopes[id].symbols.get_mut(name).expect("symbol").free = true;
                }
                None => {
                    if sym.declared_nonlocal {
                        return Err(ScopeError { msg: format!("no binding for nonlocal '{name}' found"), span: Span::default() });
                    }
                }
            }
        }
        let children = self.table.scopes[id].children.clone();
        let mut inner = enclosing.to_vec();
        inner.push(id);
        for c in children {
            self.resolve_free(c, &inner)?;
        }
        Ok(())
    }
}

pub fn all_params(p: &Parameters) -> impl Iterator<Item = &Param> {
    p.posonly
        .iter()
        .chain(p.args.iter())
        .chain(p.vararg.iter())
        .chain(p.kwonly.iter())
        .chain(p.kwarg.iter())
}
