//! The import system, as CPython's importlib does it for the subset:
//! `sys.modules` (a real dict) first, then the module registry (native and
//! frozen modules, src/modules/mod.rs), then `sys.path` (a list) or, for a
//! submodule, its package's `__path__`. A directory with an `__init__.py`
//! is a package; a module is in `sys.modules` while its body runs, so
//! circular imports see the partly filled module, as in CPython.
//! A directory without `__init__.py` is a namespace package. Each module
//! being imported has a lock: another thread importing it meanwhile waits
//! until its body has run, unless waiting would deadlock (two threads in
//! a circular import), where it gets the partly filled module, as CPython.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use crate::objects::Arc;

use super::{PyErr, PyResult, Vm};
use crate::objects::{Module, PyDict, PyStr, Value};

/// What the module registry knows of a module name.
pub enum ModuleSource {
    /// A native module: fills the namespace (which already holds `__name__`).
    Native(fn(&mut Vm, &Arc<PyDict>)),
    /// A `.py` module frozen into the binary (or read from `GILPY_LIB`).
    Frozen { source: std::borrow::Cow<'static, str>, is_package: bool },
}

/// The module registry's lookup (`name`, the `GILPY_LIB` directory). The
/// interpreter is given it by whoever creates it (src/run.rs passes
/// `modules::find`), so that `vm/` does not depend on `modules/`.
pub type ModuleRegistry = fn(&str, Option<&Path>) -> Option<ModuleSource>;

use ModuleSource as Entry;

/// Where a module's code comes from once it has been found.
enum Found {
    Registry(Entry),
    /// A `.py` file; `package_dir` is set for a package's `__init__.py`.
    File { path: PathBuf, package_dir: Option<PathBuf> },
    /// Directories of that name without `__init__.py` on the search path.
    Namespace(Vec<PathBuf>),
}

/// Which thread imports which module, and which module each waiting
/// thread waits for (to see a deadlock before waiting into one).
#[derive(Default)]
pub(crate) struct ImportLocks {
    owners: HashMap<String, u64>,
    waiting: HashMap<u64, String>,
}

impl ImportLocks {
    /// Whether thread `me` waiting for `name` closes a cycle of waits.
    fn would_deadlock(&self, name: &str, me: u64) -> bool {
        let mut current = name;
        for _ in 0..=self.owners.len() {
            let Some(&owner) = self.owners.get(current) else { return false };
            if owner == me {
                return true;
            }
            match self.waiting.get(&owner) {
                Some(next) => current = next,
                None => return false,
            }
        }
        false
    }
}

impl Vm {
    /// `IMPORT_NAME` and `__import__(name, globals, None, fromlist, level)`:
    /// imports the module and returns what the statement binds (the
    /// top-level package for a plain `import a.b`, the module itself when
    /// there is a fromlist).
    pub fn import_name(&mut self, name: &str, globals: &PyDict, fromlist: &Value, level: u32) -> PyResult<Value> {
        let absolute = if level > 0 { self.resolve_relative(name, globals, level)? } else { name.to_owned() };
        if absolute.is_empty() {
            return Err(self.value_error("Empty module name"));
        }
        let module = self.import_absolute(&absolute)?;
        let names = match fromlist {
            Value::None => Vec::new(),
            other => self.collect(&other.clone())?,
        };
        if names.is_empty() {
            if name.is_empty() {
                return Ok(module);
            }
            // `import a.b.c` binds `a`: cut as many components off the
            // resolved name as `name` has after its first.
            let first = name.split('.').next().unwrap_or("");
            let keep = absolute.len() - (name.len() - first.len());
            return self.import_absolute(&absolute[..keep]);
        }
        if is_package(&module) {
            let mut names = names;
            // `from package import *` also imports the submodules `__all__` names.
            if names.iter().any(|n| matches!(n, Value::Str(s) if s.as_str() == "*")) {
                if let Value::Module(m) = &module {
                    if let Some(all) = m.dict.get_str(&PyStr::new("__all__")) {
                        names.extend(self.collect(&all)?);
                    }
                }
            }
            for n in names {
                let Value::Str(n) = n else { continue };
                if n.as_str() == "*" || self.get_attr_opt(&module, &n)?.is_some() {
                    continue;
                }
                let sub = format!("{absolute}.{}", n.as_str());
                if let Err(e) = self.import_absolute(&sub) {
                    // A missing submodule is the later `IMPORT_FROM`'s error to raise.
                    if !(e.is(&self.types().exceptions.module_not_found_error.clone()) && error_name(&e).as_deref() == Some(&sub)) {
                        return Err(e);
                    }
                }
            }
        }
        Ok(module)
    }

    /// `import name` from Rust: the module itself (for `name` dotted, the submodule).
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        self.import_absolute(name)
    }

    /// The absolute name of a relative import from a module with `globals`.
    fn resolve_relative(&mut self, name: &str, globals: &PyDict, level: u32) -> PyResult<String> {
        let package = match globals.get_str(&PyStr::new("__package__")) {
            Some(Value::Str(p)) => p.as_str().to_owned(),
            _ => match globals.get_str(&PyStr::new("__name__")) {
                Some(Value::Str(n)) if globals.get_str(&PyStr::new("__path__")).is_some() => n.as_str().to_owned(),
                Some(Value::Str(n)) => n.as_str().rsplit_once('.').map(|(p, _)| p.to_owned()).unwrap_or_default(),
                _ => String::new(),
            },
        };
        if package.is_empty() {
            return Err(self.import_error("attempted relative import with no known parent package"));
        }
        let bits: Vec<&str> = package.rsplitn(level as usize, '.').collect();
        if bits.len() < level as usize {
            return Err(self.import_error("attempted relative import beyond top-level package"));
        }
        let base = bits[bits.len() - 1];
        Ok(if name.is_empty() { base.to_owned() } else { format!("{base}.{name}") })
    }

    /// The module called `name` (absolute, maybe dotted), imported if it is
    /// not in `sys.modules` yet, its parents first.
    fn import_absolute(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.loaded_module(name) {
            if m.is_none() {
                return Err(self.module_not_found(name, format!("import of {name} halted; None in sys.modules")));
            }
            // Another thread may be running its body: wait for it to finish.
            if self.imported_elsewhere(name) && self.acquire_import_lock(name) {
                self.release_import_lock(name);
                return Ok(self.loaded_module(name).unwrap_or(m));
            }
            return Ok(m);
        }
        let (parent, search) = match name.rsplit_once('.') {
            Some((parent_name, _)) => {
                let parent = self.import_absolute(parent_name)?;
                // The parent's `__init__` may have imported this submodule already.
                if let Some(m) = self.loaded_module(name) {
                    return Ok(m);
                }
                let path = match &parent {
                    Value::Module(m) => m.dict.get_str(&PyStr::new("__path__")),
                    _ => None,
                };
                let Some(path) = path else {
                    return Err(self.module_not_found(name, format!("No module named '{name}'; '{parent_name}' is not a package")));
                };
                (Some(parent), path)
            }
            None => {
                let path = self.sys_path();
                (None, path)
            }
        };
        let locked = self.acquire_import_lock(name);
        // Another thread may have imported it while this one waited.
        let result = match self.loaded_module(name) {
            Some(m) => Ok(m),
            None => self.find_and_load(name, parent, &search),
        };
        if locked {
            self.release_import_lock(name);
        }
        result
    }

    fn find_and_load(&mut self, name: &str, parent: Option<Value>, search: &Value) -> PyResult<Value> {
        let found = match (self.interp.module_registry)(name, self.interp.config.lib_dir.as_deref()) {
            Some(entry) => Found::Registry(entry),
            None => {
                let dirs = self.collect(search)?;
                match find_in_path(name.rsplit('.').next().unwrap_or(name), &dirs) {
                    Some(found) => found,
                    None => return Err(self.module_not_found(name, format!("No module named '{name}'"))),
                }
            }
        };
        let module = self.load(name, found)?;
        if let (Some(parent), Some((_, last))) = (parent, name.rsplit_once('.')) {
            self.set_attr(&parent, &Arc::new(PyStr::new(last)), module.clone())?;
        }
        Ok(module)
    }

    /// Whether another thread holds `name`'s import lock.
    fn imported_elsewhere(&self, name: &str) -> bool {
        let locks = self.interp.import_locks.lock();
        locks.owners.get(name).map_or(false, |&owner| owner != self.ident)
    }

    /// Takes `name`'s import lock, waiting (without the GIL) while another
    /// thread holds it. False, without waiting, when this thread holds it
    /// already or waiting would deadlock.
    fn acquire_import_lock(&mut self, name: &str) -> bool {
        let interp = self.interp.clone();
        let me = self.ident;
        {
            let mut locks = interp.import_locks.lock();
            match locks.owners.get(name) {
                None => {
                    locks.owners.insert(name.to_owned(), me);
                    return true;
                }
                Some(&owner) if owner == me => return false,
                Some(_) if locks.would_deadlock(name, me) => return false,
                Some(_) => {}
            }
        }
        let why = super::gil::Blocking::Lock(&interp.import_locks as *const _ as usize);
        self.allow_threads(why, || {
            let mut locks = interp.import_locks.lock();
            locks.waiting.insert(me, name.to_owned());
            while locks.owners.contains_key(name) {
                if locks.would_deadlock(name, me) {
                    locks.waiting.remove(&me);
                    return false;
                }
                interp.import_done.wait(&mut locks);
            }
            locks.waiting.remove(&me);
            locks.owners.insert(name.to_owned(), me);
            true
        })
    }

    fn release_import_lock(&self, name: &str) {
        let mut locks = self.interp.import_locks.lock();
        if locks.owners.get(name) == Some(&self.ident) {
            locks.owners.remove(name);
        }
        drop(locks);
        self.interp.import_done.notify_all();
    }

    /// `module.__spec__`: a ModuleSpec (lib/_sys_types.py) with the
    /// module's name, origin and, for a package, its search locations.
    fn module_spec(&mut self, name: &str, origin: Option<String>, locations: Option<Value>) -> PyResult<Value> {
        let Value::Module(types) = self.import_absolute("_sys_types")? else { return Ok(Value::None) };
        let Some(class) = types.dict.get_str(&PyStr::new("ModuleSpec")) else { return Ok(Value::None) };
        let kwargs = [(Arc::new(PyStr::new("origin")), origin.map_or(Value::None, Value::string))];
        let spec = self.call_kw(class, &[Value::str(name), Value::None], &kwargs)?;
        if let Some(locations) = locations {
            self.set_attr(&spec, &Arc::new(PyStr::new("submodule_search_locations")), locations)?;
        }
        Ok(spec)
    }

    fn loaded_module(&self, name: &str) -> Option<Value> {
        self.interp.modules.get_str(&PyStr::new(name))
    }

    /// `sys.path` as the program has it now (it may have rebound it).
    fn sys_path(&self) -> Value {
        if let Some(Value::Module(sys)) = self.loaded_module("sys") {
            if let Some(path) = sys.dict.get_str(&PyStr::new("path")) {
                return path;
            }
        }
        self.interp.sys_path.clone()
    }

    /// Creates the module, puts it in `sys.modules` and runs its body;
    /// returns what `sys.modules[name]` holds afterwards (a module may
    /// replace itself there), or takes it out again when the body fails.
    fn load(&mut self, name: &str, found: Found) -> PyResult<Value> {
        let dict = Arc::new(PyDict::new());
        dict.set_str("__name__", Value::str(name));
        dict.set_str("__doc__", Value::None);
        let parent = name.rsplit_once('.').map_or("", |(p, _)| p);
        // `_sys_types` defines ModuleSpec: its own spec comes after its body.
        let spec_first = name != "_sys_types";
        let (code, file) = match found {
            Found::Registry(Entry::Native(init)) => {
                // `builtins` is a view of the builtins themselves, as in CPython:
                // `builtins.x = 1` makes `x` a builtin.
                let dict = if name == "builtins" { self.interp.builtins.clone() } else { dict };
                dict.set_str("__name__", Value::str(name));
                dict.set_str("__package__", Value::str(parent));
                let spec = self.module_spec(name, Some("built-in".to_owned()), None)?;
                dict.set_str("__spec__", spec);
                let module = Value::Module(Arc::new(Module { name: name.to_owned(), dict: dict.clone(), file: None }));
                self.interp.modules.set_str(name, module.clone());
                init(self, &dict);
                return Ok(module);
            }
            Found::Registry(Entry::Frozen { source, is_package }) => {
                dict.set_str("__package__", Value::str(if is_package { name } else { parent }));
                let path = is_package.then(|| Value::list(Vec::new()));
                if let Some(path) = &path {
                    dict.set_str("__path__", path.clone());
                }
                if spec_first {
                    let spec = self.module_spec(name, Some("frozen".to_owned()), path)?;
                    dict.set_str("__spec__", spec);
                }
                (self.compile_source(&source, &format!("<frozen {name}>"))?, None)
            }
            Found::File { path, package_dir } => {
                let source = std::fs::read_to_string(&path).map_err(|e| self.import_error(format!("{e}")))?;
                let filename = path.to_string_lossy().into_owned();
                dict.set_str("__package__", Value::str(if package_dir.is_some() { name } else { parent }));
                let path = package_dir.map(|dir| Value::list(vec![Value::string(dir.to_string_lossy().into_owned())]));
                if let Some(path) = &path {
                    dict.set_str("__path__", path.clone());
                }
                dict.set_str("__file__", Value::str(&filename));
                let spec = self.module_spec(name, Some(filename.clone()), path)?;
                dict.set_str("__spec__", spec);
                (self.compile_source(&source, &filename)?, Some(filename))
            }
            Found::Namespace(dirs) => {
                let path = Value::list(dirs.iter().map(|d| Value::string(d.to_string_lossy().into_owned())).collect());
                dict.set_str("__package__", Value::str(name));
                dict.set_str("__path__", path.clone());
                dict.set_str("__file__", Value::None);
                let spec = self.module_spec(name, None, Some(path))?;
                dict.set_str("__spec__", spec);
                let module = Value::Module(Arc::new(Module { name: name.to_owned(), dict: dict.clone(), file: None }));
                self.interp.modules.set_str(name, module.clone());
                return Ok(module);
            }
        };
        let module = Value::Module(Arc::new(Module { name: name.to_owned(), dict: dict.clone(), file }));
        self.interp.modules.set_str(name, module.clone());
        self.interp.initializing.lock().push(name.to_owned());
        let result = self.run_module_code(code, dict.clone());
        self.interp.initializing.lock().retain(|n| n != name);
        if let Err(e) = result {
            self.interp.modules.del_str(&PyStr::new(name));
            return Err(e);
        }
        if !spec_first {
            let spec = self.module_spec(name, Some("frozen".to_owned()), None)?;
            dict.set_str("__spec__", spec);
        }
        Ok(self.loaded_module(name).unwrap_or(module))
    }

    fn module_not_found(&self, name: &str, msg: String) -> PyErr {
        let e = self.error(&self.types().exceptions.module_not_found_error.clone(), msg);
        set_error_attrs(&e, Value::str(name), Value::None);
        e
    }

    /// `from module import name`: the attribute, else the submodule
    /// `module.name` from `sys.modules` (a circular import may have put it
    /// there before the parent's attribute was set).
    pub fn import_from(&mut self, module: &Value, name: &Arc<PyStr>) -> PyResult<Value> {
        if let Some(v) = self.get_attr_opt(module, name)? {
            return Ok(v);
        }
        let mname = match module {
            Value::Module(m) => match m.dict.get_str(&PyStr::new("__name__")) {
                Some(Value::Str(s)) => s.as_str().to_owned(),
                _ => m.name.clone(),
            },
            _ => "<unknown module name>".to_owned(),
        };
        if let Some(sub) = self.loaded_module(&format!("{mname}.{}", name.as_str())) {
            return Ok(sub);
        }
        let file = match module {
            Value::Module(m) => match m.dict.get_str(&PyStr::new("__file__")) {
                Some(Value::Str(s)) => Some(s.as_str().to_owned()),
                _ => None,
            },
            _ => None,
        };
        let location = file.clone().unwrap_or_else(|| "unknown location".to_owned());
        let partly = if self.interp.initializing.lock().iter().any(|n| *n == mname) {
            format!("partially initialized module '{mname}' (most likely due to a circular import)")
        } else {
            format!("'{mname}'")
        };
        let e = self.import_error(format!("cannot import name '{}' from {partly} ({location})", name.as_str()));
        set_error_attrs(&e, Value::string(mname), file.map_or(Value::None, |f| Value::string(f)));
        Err(e)
    }

    /// `from module import *`: `__all__`, else every name without a leading underscore.
    pub fn import_star(&mut self, module: &Value, target: &Arc<PyDict>) -> PyResult<()> {
        let Value::Module(m) = module else { return Ok(()) };
        let all = m.dict.get_str(&PyStr::new("__all__"));
        let names: Vec<Value> = match all {
            Some(list) => self.collect(&list)?,
            None => m.dict.keys().into_iter().filter(|k| !matches!(k, Value::Str(s) if s.as_str().starts_with('_'))).collect(),
        };
        for n in names {
            if let Value::Str(s) = &n {
                let v = match m.dict.get_str(s) {
                    Some(v) => v,
                    None => self.import_from(module, s)?,
                };
                target.set_str_value(&n, v);
            }
        }
        Ok(())
    }
}

fn is_package(module: &Value) -> bool {
    matches!(module, Value::Module(m) if m.dict.get_str(&PyStr::new("__path__")).is_some())
}

/// `last/__init__.py` (a package) or `last.py` in the first directory of
/// `dirs` that has one; an empty entry is the current directory, as in
/// CPython, and file names are absolute.
fn find_in_path(last: &str, dirs: &[Value]) -> Option<Found> {
    let mut portions = Vec::new();
    for dir in dirs {
        let Value::Str(dir) = dir else { continue };
        let dir = match dir.as_str() {
            "" => std::env::current_dir().ok()?,
            d => std::path::absolute(Path::new(d)).ok()?,
        };
        let package_dir = dir.join(last);
        let init = package_dir.join("__init__.py");
        if init.is_file() {
            return Some(Found::File { path: init, package_dir: Some(package_dir) });
        }
        let file = dir.join(format!("{last}.py"));
        if file.is_file() {
            return Some(Found::File { path: file, package_dir: None });
        }
        // A namespace package's portion: used only when no directory has
        // a regular package or module of that name.
        if package_dir.is_dir() {
            portions.push(package_dir);
        }
    }
    (!portions.is_empty()).then_some(Found::Namespace(portions))
}

/// ImportError's `name` and `path` attributes.
fn set_error_attrs(e: &PyErr, name: Value, path: Value) {
    if let Value::Instance(i) = &e.value {
        i.dict.set_str("name", name);
        i.dict.set_str("path", path);
    }
}

fn error_name(e: &PyErr) -> Option<String> {
    match &e.value {
        Value::Instance(i) => match i.dict.get_str(&PyStr::new("name")) {
            Some(Value::Str(s)) => Some(s.as_str().to_owned()),
            _ => None,
        },
        _ => None,
    }
}
