//! The front end: source text to AST.
//!
//! `lexer` turns text into tokens (logos underneath, plus the indentation and
//! bracket bookkeeping Python needs); `parser` runs the lalrpop grammar in
//! `grammar/python.lalrpop` over them. The rest of the interpreter sees only
//! `parse_module`, the AST and `SyntaxError`.

mod actions;
pub mod ast;
mod error;
mod fstring;
pub mod lexer;
mod nesting;
pub mod parser;
mod strings;
pub mod token;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use parser::parse_module;
