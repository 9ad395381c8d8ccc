//! gilpy: a bytecode interpreter for a Python subset, built around threads
//! and a global interpreter lock.

pub mod builtins;
pub mod compare;
pub mod compile;
pub mod fatal;
pub mod modules;
pub mod objects;
pub mod repl;
pub mod run;
pub mod signals;
pub mod syntax;
pub mod trace;
pub mod vm;
