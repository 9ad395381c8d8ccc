//! The compiler: symbol table, code generation, bytecode and its disassembler.

pub mod bytecode;
pub mod codegen;
pub mod dis;
pub mod symtable;

pub use codegen::{compile_module, Mode};
