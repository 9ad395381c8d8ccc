//! The disassembler behind `gilpy --dis`: every code object, with line
//! numbers and jump targets, in the spirit of `python3 -m dis`.

use std::fmt::Write;

use super::bytecode::{CodeObject, Op};
use crate::objects::Value;

pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    dis_one(code, &mut out);
    for child in &code.children {
        let _ = writeln!(out);
        let _ = writeln!(out, "Disassembly of <code object {} at line {}>:", child.name, child.first_line);
        out.push_str(&disassemble(child));
    }
    out
}

fn dis_one(code: &CodeObject, out: &mut String) {
    let targets: Vec<u32> = code
        .ops
        .iter()
        .filter_map(jump_target)
        .chain(code.handlers.iter().map(|h| h.target))
        .collect();
    let mut last_line = 0;
    for (pc, op) in code.ops.iter().enumerate() {
        let line = code.lines[pc];
        let line_col = if line != last_line {
            if pc > 0 {
                out.push('\n');
            }
            last_line = line;
            format!("{line:>4}")
        } else {
            "    ".to_owned()
        };
        let marker = if targets.contains(&(pc as u32)) { ">>" } else { "  " };
        let (name, arg) = describe(code, op);
        let _ = writeln!(out, "{line_col} {marker} {pc:>4} {name:<20} {arg}").map(|_| ());
        // Trim trailing spaces for ops without an argument.
        while out.ends_with(" \n") {
            out.pop();
            out.pop();
            out.push('\n');
        }
    }
    if !code.handlers.is_empty() {
        let _ = writeln!(out, "ExceptionTable:");
        for h in &code.handlers {
            let _ = writeln!(out, "  {} to {} -> {} [{}]", h.start, h.end, h.target, h.depth);
        }
    }
}

fn jump_target(op: &Op) -> Option<u32> {
    match op {
        Op::Jump(t)
        | Op::JumpBack(t)
        | Op::PopJumpIfFalse(t)
        | Op::PopJumpIfTrue(t)
        | Op::PopJumpIfNone(t)
        | Op::PopJumpIfNotNone(t)
        | Op::JumpIfFalseOrPop(t)
        | Op::JumpIfTrueOrPop(t)
        | Op::ForIter(t)
        | Op::ForIterStore { target: t, .. }
        | Op::Send(t)
        | Op::CompareJump { target: t, .. }
        | Op::CompareLocalConstJump { target: t, .. }
        | Op::CompareLocalsJump { target: t, .. } => Some(*t),
        _ => None,
    }
}

fn const_repr(v: &Value) -> String {
    format!("{v:?}")
}

fn describe(code: &CodeObject, op: &Op) -> (String, String) {
    let debug = format!("{op:?}");
    let name = debug.split(|c| c == '(' || c == ' ').next().unwrap_or(&debug).to_owned();
    let name_at = |i: &u32| code.names.get(*i as usize).map(|s| s.as_str().to_owned()).unwrap_or_default();
    let var_at = |i: &u32| code.varnames.get(*i as usize).map(|s| s.as_str().to_owned()).unwrap_or_default();
    let arg = match op {
        Op::LoadConst(i) => format!("{i} ({})", code.consts.get(*i as usize).map(const_repr).unwrap_or_default()),
        Op::LoadFast(i) | Op::StoreFast(i) | Op::DeleteFast(i) | Op::LoadDeref(i) | Op::StoreDeref(i) | Op::DeleteDeref(i) | Op::LoadClosure(i) => {
            format!("{i} ({})", var_at(i))
        }
        Op::LoadGlobal(i)
        | Op::StoreGlobal(i)
        | Op::DeleteGlobal(i)
        | Op::LoadName(i)
        | Op::StoreName(i)
        | Op::DeleteName(i)
        | Op::LoadAttr(i)
        | Op::StoreAttr(i)
        | Op::DeleteAttr(i)
        | Op::LoadMethod(i)
        | Op::ImportName(i)
        | Op::ImportFrom(i) => format!("{i} ({})", name_at(i)),
        Op::ReturnFast(i) => format!("{i} ({})", var_at(i)),
        Op::StoreFastLoadFast { a, b } => format!("{a}, {b} ({}, {})", var_at(&(*a as u32)), var_at(&(*b as u32))),
        Op::LoadFastMethod { slot, name } => {
            format!("{} ({}.{})", slot, var_at(&(*slot as u32)), name_at(&(*name as u32)))
        }
        Op::LoadFastFast { a, b } => format!("{a}, {b} ({}, {})", var_at(&(*a as u32)), var_at(&(*b as u32))),
        Op::LoadFastConst { slot, konst } => format!(
            "{slot}, {konst} ({}, {})",
            var_at(&(*slot as u32)),
            code.consts.get(*konst as usize).map(const_repr).unwrap_or_default()
        ),
        Op::LoadFastAttr { slot, name } | Op::StoreFastAttr { slot, name } => {
            format!("{} ({}.{})", slot, var_at(&(*slot as u32)), name_at(&(*name as u32)))
        }
        Op::BinaryLocalConst { slot, konst, kind } => format!(
            "({} {} {})",
            var_at(&(*slot as u32)),
            kind.symbol().replace(" or pow()", ""),
            code.consts.get(*konst as usize).map(const_repr).unwrap_or_default()
        ),
        Op::BinaryLocals { a, b, kind } => {
            format!("({} {} {})", var_at(&(*a as u32)), kind.symbol().replace(" or pow()", ""), var_at(&(*b as u32)))
        }
        Op::Binary(k) | Op::Inplace(k) => {
            let sym = if matches!(op, Op::Inplace(_)) { format!("{}=", k.symbol()) } else { k.symbol().to_owned() };
            format!("({})", sym.replace(" or pow()", ""))
        }
        Op::BinaryConst { konst, kind } => format!(
            "(_ {} {})",
            kind.symbol().replace(" or pow()", ""),
            code.consts.get(*konst as usize).map(const_repr).unwrap_or_default()
        ),
        Op::ForIterStore { target, slot } => format!("{target} (to {target}) into {slot} ({})", var_at(&(*slot as u32))),
        Op::Compare(k) => format!("({})", k.symbol()),
        Op::CompareJump { kind, jump_if, target } => format!("({}) if {} to {}", kind.symbol(), if *jump_if { "true" } else { "false" }, target),
        Op::CompareLocalConstJump { slot, konst, test, target } => format!(
            "({} {} {}) if {} to {}",
            var_at(&(*slot as u32)),
            test.kind().symbol(),
            code.consts.get(*konst as usize).map(const_repr).unwrap_or_default(),
            test.jump_if(),
            target
        ),
        Op::CompareLocalsJump { a, b, test, target } => format!(
            "({} {} {}) if {} to {}",
            var_at(&(*a as u32)),
            test.kind().symbol(),
            var_at(&(*b as u32)),
            test.jump_if(),
            target
        ),
        Op::Is(f) => format!("({})", if *f == 1 { "is not" } else { "is" }),
        Op::Contains(f) => format!("({})", if *f == 1 { "not in" } else { "in" }),
        Op::MakeFunction(i) => format!("{i} (<code object {}>)", code.children.get(*i as usize).map(|c| c.name.as_str()).unwrap_or("?")),
        other => match jump_target(other) {
            Some(t) => format!("{t} (to {t})"),
            None => {
                let inner = debug.strip_prefix(&name).unwrap_or("");
                inner.trim_start_matches('(').trim_end_matches(')').to_owned()
            }
        },
    };
    (name, arg)
}
