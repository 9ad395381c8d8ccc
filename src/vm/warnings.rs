//! Warnings, shown as CPython 3.11 shows them with its default filters:
//! `file:line: Category: message`, then the source line indented by two
//! spaces, once per location. Everything in gilpy that warns comes here
//! (`Vm::warn`); `threading`'s deprecated camelCase names do through
//! `_thread._warn`.
//!
//! The default filters (there is no `warnings` module to change them):
//! a DeprecationWarning is shown only when the code it is reported at is
//! in `__main__` (a script, `-c`, the prompt) and ignored elsewhere; any
//! other warning takes the "default" action, shown once per location.

use std::collections::HashSet;
use crate::objects::Arc;

use parking_lot::Mutex;

use super::Vm;
use crate::objects::{Class, PyStr, Value};

/// Where warnings have been shown already: CPython keeps
/// `(text, category, lineno)` in each module's `__warningregistry__`; the
/// file name stands for the module here.
#[derive(Default)]
pub struct WarningRegistry {
    shown: Mutex<HashSet<(String, u32, String, String)>>,
}

impl WarningRegistry {
    /// True the first time a warning is seen at this location.
    fn first_time(&self, filename: &str, line: u32, category: &str, message: &str) -> bool {
        self.shown.lock().insert((filename.to_owned(), line, category.to_owned(), message.to_owned()))
    }
}

/// CPython's `warnings.formatwarning`: the first line, and the source line
/// stripped and indented by two spaces when there is one.
pub fn format_warning(filename: &str, line: u32, category: &str, message: &str, source: Option<&str>) -> String {
    let mut text = format!("{filename}:{line}: {category}: {message}\n");
    if let Some(source) = source {
        text.push_str("  ");
        text.push_str(source.trim());
        text.push('\n');
    }
    text
}

impl Vm {
    /// `warnings.warn(message, category, stacklevel)`: reported at the
    /// frame `stacklevel` Python frames up (1: the innermost, the code
    /// that called the native function warning now), written to stderr
    /// unless the default filters ignore it or it was shown there before.
    pub fn warn(&mut self, category: &Arc<Class>, message: &str, stacklevel: usize) {
        let frame = self.frames.len().checked_sub(stacklevel.max(1)).and_then(|i| self.frames.get(i));
        // Beyond the outermost frame CPython reports at "sys", line 1.
        let (filename, line, module) = match frame {
            Some(frame) => {
                let line = frame.code.line_of(frame.pc.saturating_sub(1) as usize);
                let module = match frame.globals.get_str(&PyStr::new("__name__")) {
                    Some(Value::Str(name)) => name.as_str().to_owned(),
                    _ => String::new(),
                };
                (frame.code.filename.to_string(), line, module)
            }
            None => ("sys".to_owned(), 1, "sys".to_owned()),
        };
        let deprecation = &self.types().exceptions.deprecation_warning;
        if category.is_subclass(deprecation) && module != "__main__" {
            return;
        }
        if !self.interp.warnings.first_time(&filename, line, &category.name, message) {
            return;
        }
        let source = self.interp.source_line(&filename, line);
        let text = format_warning(&filename, line, &category.name, message, source.as_deref());
        self.write_stderr(&text);
    }
}

#[cfg(test)]
mod tests {
    use super::format_warning;

    #[test]
    fn the_source_line_is_stripped_and_indented_by_two_spaces() {
        assert_eq!(
            format_warning("/x/s.py", 4, "DeprecationWarning", "getName() is deprecated, get the name attribute instead", Some("    t.getName()  ")),
            "/x/s.py:4: DeprecationWarning: getName() is deprecated, get the name attribute instead\n  t.getName()\n"
        );
        assert_eq!(format_warning("<string>", 1, "UserWarning", "m", None), "<string>:1: UserWarning: m\n");
    }
}
