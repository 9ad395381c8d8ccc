//! Tab completion at the prompt: keywords, the names of `__main__` and the
//! builtins, and attributes after a dot (`threading.Th` -> `threading.Thread(`).
//!
//! Completion runs while the prompt waits for a key, without the GIL, so it
//! never calls Python code: it only reads dicts (module, instance and class
//! dicts along the MRO), whose own locks make that safe while other threads
//! run. Suffixes follow CPython's rlcompleter: `(` after anything callable,
//! a space after most keywords, `:` after `try` and `finally`.

use crate::objects::Arc;

use rustyline::completion::Completer;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::Context;

use crate::objects::{Class, PyDict, PyStr, Value};
use crate::vm::{Blocking, Interpreter, Types};

/// Python 3.11's `keyword.kwlist`.
const KEYWORDS: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
    "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// The rustyline helper of the prompt: completion only.
pub struct NameCompleter {
    interp: Arc<Interpreter>,
    globals: Arc<PyDict>,
}

impl NameCompleter {
    pub fn new(interp: Arc<Interpreter>, globals: Arc<PyDict>) -> NameCompleter {
        NameCompleter { interp, globals }
    }

    /// Candidates replacing `word` (the dotted name before the cursor).
    pub fn candidates(&self, word: &str) -> Vec<String> {
        // The prompt waits without the GIL while other threads run; reading
        // their dicts needs it back for a moment.
        let interp = &self.interp;
        let mut found = interp.gil.with_held(Blocking::Input, &interp.eval_breaker, || match word.rsplit_once('.') {
            Some((path, attr)) => self.attribute_matches(path, attr),
            None => self.global_matches(word),
        });
        found.sort();
        found.dedup();
        found
    }

    fn global_matches(&self, prefix: &str) -> Vec<String> {
        let mut seen = std::collections::HashSet::new();
        let mut found = Vec::new();
        for word in KEYWORDS.iter().filter(|k| k.starts_with(prefix)) {
            seen.insert(word.to_string());
            found.push(match *word {
                "try" | "finally" => format!("{word}:"),
                "False" | "None" | "True" | "break" | "continue" | "pass" | "else" => word.to_string(),
                _ => format!("{word} "),
            });
        }
        for dict in [&self.globals, &self.interp.builtins] {
            for (key, value) in dict.items() {
                let Value::Str(name) = key else { continue };
                let name = name.as_str();
                if name.starts_with(prefix) && name != "__builtins__" && seen.insert(name.to_owned()) {
                    found.push(with_call_suffix(&self.interp.types, &value, name.to_owned()));
                }
            }
        }
        found
    }

    /// Attributes of the object `path` names. As rlcompleter does, private
    /// names are offered only when asked for (`obj._<TAB>`), or when nothing
    /// else matches.
    fn attribute_matches(&self, path: &str, attr: &str) -> Vec<String> {
        let Some(object) = self.resolve(path) else {
            return Vec::new();
        };
        let types = &self.interp.types;
        let names = attribute_names(types, &object);
        let mut hidden = match attr {
            "" => Some("_"),
            "_" => Some("__"),
            _ => None,
        };
        loop {
            let found: Vec<String> = names
                .iter()
                .filter(|(name, _)| name.starts_with(attr) && !hidden.is_some_and(|h| name.starts_with(h)))
                .map(|(name, value)| with_call_suffix(types, value, format!("{path}.{name}")))
                .collect();
            if !found.is_empty() || hidden.is_none() {
                return found;
            }
            hidden = if hidden == Some("_") { Some("__") } else { None };
        }
    }

    /// The value of a dotted name (`a.b.c`), found by reading dicts only.
    fn resolve(&self, path: &str) -> Option<Value> {
        let mut parts = path.split('.');
        let first = PyStr::new(parts.next()?);
        let mut value = self.globals.get_str(&first).or_else(|| self.interp.builtins.get_str(&first))?;
        for part in parts {
            value = attribute(&self.interp.types, &value, &PyStr::new(part))?;
        }
        Some(value)
    }
}

/// The class whose MRO supplies `value`'s attributes (as `type(value)`).
fn class_of<'t>(types: &'t Types, value: &'t Value) -> &'t Arc<Class> {
    match value {
        Value::None | Value::Undefined => &types.none_type,
        Value::NotImplemented => &types.not_implemented_type,
        Value::Ellipsis => &types.ellipsis,
        Value::Bool(_) => &types.bool,
        Value::Int(_) | Value::BigInt(_) => &types.int,
        Value::Float(_) => &types.float,
        Value::Str(_) => &types.str,
        Value::List(_) => &types.list,
        Value::Tuple(_) => &types.tuple,
        Value::Dict(_) => &types.dict,
        Value::Set(s) if s.frozen => &types.frozenset,
        Value::Set(_) => &types.set,
        Value::Function(_) | Value::StaticFunction(_) => &types.function,
        Value::Builtin(_) | Value::StaticBuiltin(_) => &types.builtin_function,
        Value::Method(_) => &types.method,
        Value::Class(_) => &types.type_,
        Value::Instance(i) => &i.class,
        Value::Module(_) => &types.module,
        Value::Native(n) => n.class(types),
        Value::Cell(_) => &types.cell,
    }
}

/// The dicts an attribute of `value` is looked up in, nearest first.
fn attribute_dicts<'v>(types: &'v Types, value: &'v Value) -> Vec<&'v PyDict> {
    let mut dicts: Vec<&PyDict> = Vec::new();
    match value {
        Value::Module(m) => dicts.push(&m.dict),
        Value::Instance(i) => dicts.push(&i.dict),
        Value::Class(c) => dicts.extend(c.mro().map(|c| &c.dict)),
        _ => {}
    }
    if !matches!(value, Value::Module(_)) {
        dicts.extend(class_of(types, value).mro().map(|c| &c.dict));
    }
    dicts
}

fn attribute(types: &Types, value: &Value, name: &PyStr) -> Option<Value> {
    attribute_dicts(types, value).into_iter().find_map(|d| d.get_str(name))
}

/// Every attribute name of `value` with the value found for it.
fn attribute_names(types: &Types, value: &Value) -> Vec<(String, Value)> {
    let mut names: Vec<(String, Value)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for dict in attribute_dicts(types, value) {
        for (key, v) in dict.items() {
            if let Value::Str(name) = key {
                if name.as_str() != "__builtins__" && seen.insert(name.as_str().to_owned()) {
                    names.push((name.as_str().to_owned(), v));
                }
            }
        }
    }
    if seen.insert("__class__".into()) {
        names.push(("__class__".into(), Value::Class(class_of(types, value).clone())));
    }
    names
}

/// `word(` when `value` is callable, as rlcompleter offers it.
fn with_call_suffix(types: &Types, value: &Value, word: String) -> String {
    let callable = match value {
        Value::Function(_) | Value::StaticFunction(_) | Value::Builtin(_) | Value::StaticBuiltin(_) | Value::Method(_) | Value::Class(_) => true,
        Value::Instance(i) => i.class.lookup(&PyStr::new("__call__")).is_some(),
        Value::Native(_) => class_of(types, value).lookup(&PyStr::new("__call__")).is_some(),
        _ => false,
    };
    if callable {
        word + "("
    } else {
        word
    }
}

impl Completer for NameCompleter {
    type Candidate = String;

    fn complete(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<String>)> {
        let before = &line[..pos];
        // Tab in the indentation indents, as it does at CPython's prompt.
        if before.trim().is_empty() {
            return Ok((pos, vec!["    ".into()]));
        }
        let start = before
            .char_indices()
            .rev()
            .find(|(_, c)| !(c.is_alphanumeric() || *c == '_' || *c == '.'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        Ok((start, self.candidates(&before[start..])))
    }
}

impl Hinter for NameCompleter {
    type Hint = String;
}

impl Highlighter for NameCompleter {}

impl Validator for NameCompleter {}

impl rustyline::Helper for NameCompleter {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::{Config, Vm};

    /// A completer over the globals `source` leaves behind.
    fn completer_after(source: &str) -> NameCompleter {
        let interp = Interpreter::new(Config::default(), crate::modules::find);
        let mut vm = Vm::new(interp.clone());
        let globals = crate::run::install_main_module(&mut vm, None);
        vm.acquire_gil();
        let ran = crate::run::run_source(&mut vm, source, "<test>", &globals);
        vm.release_gil();
        assert!(ran.is_ok(), "the test program raised");
        NameCompleter::new(interp, globals)
    }

    #[test]
    fn names_keywords_and_builtins() {
        let c = completer_after("def spam(): pass\nspam_count = 3\n");
        assert_eq!(c.candidates("spa"), ["spam(", "spam_count"]);
        assert_eq!(c.candidates("whi"), ["while "]);
        assert_eq!(c.candidates("tr"), ["try:"]);
        assert_eq!(c.candidates("Tr"), ["True"]);
        assert!(c.candidates("pri").contains(&"print(".to_owned()));
        assert!(c.candidates("nothing_starts_so").is_empty());
    }

    #[test]
    fn attributes_of_modules_instances_and_classes() {
        let c = completer_after(
            "import threading\nclass P:\n    kind = 'p'\n    def norm(self): return 1\np = P()\np.x = 2\n",
        );
        assert_eq!(c.candidates("threading.Th"), ["threading.Thread(", "threading.ThreadError("]);
        assert_eq!(c.candidates("p.no"), ["p.norm("]);
        // Private names only when asked for.
        assert_eq!(c.candidates("p."), ["p.kind", "p.norm(", "p.x"]);
        assert!(c.candidates("p.__cl").contains(&"p.__class__(".to_owned()));
        assert_eq!(c.candidates("P.ki"), ["P.kind"]);
        assert_eq!(c.candidates("p.x.bit_l"), ["p.x.bit_length("]);
        assert!(c.candidates("missing.attr").is_empty());
    }
}
