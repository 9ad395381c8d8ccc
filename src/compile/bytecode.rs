//! The instruction set and code objects.
//!
//! A stack machine close to CPython 3.11's: every opcode documents its
//! operands and stack effect beside it, `( before -- after )`.

use crate::objects::Arc;

use crate::objects::{PyStr, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinKind {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinKind {
    pub fn symbol(self) -> &'static str {
        match self {
            BinKind::Add => "+",
            BinKind::Sub => "-",
            BinKind::Mul => "*",
            BinKind::MatMul => "@",
            BinKind::TrueDiv => "/",
            BinKind::FloorDiv => "//",
            BinKind::Mod => "%",
            BinKind::Pow => "** or pow()",
            BinKind::LShift => "<<",
            BinKind::RShift => ">>",
            BinKind::And => "&",
            BinKind::Or => "|",
            BinKind::Xor => "^",
        }
    }

    /// The dunder names: (`__add__`, `__radd__`, `__iadd__`).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinKind::Add => ("__add__", "__radd__", "__iadd__"),
            BinKind::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinKind::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinKind::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinKind::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinKind::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinKind::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinKind::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinKind::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinKind::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinKind::And => ("__and__", "__rand__", "__iand__"),
            BinKind::Or => ("__or__", "__ror__", "__ior__"),
            BinKind::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// A comparison and the outcome that jumps, packed in one byte so that the
/// fused compare-and-jump instructions stay eight bytes long.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CmpTest(u8);

impl CmpTest {
    pub fn new(kind: CmpKind, jump_if: bool) -> CmpTest {
        CmpTest(kind as u8 | (jump_if as u8) << 3)
    }
    #[inline(always)]
    pub fn kind(self) -> CmpKind {
        match self.0 & 7 {
            0 => CmpKind::Lt,
            1 => CmpKind::Le,
            2 => CmpKind::Eq,
            3 => CmpKind::Ne,
            4 => CmpKind::Gt,
            _ => CmpKind::Ge,
        }
    }
    #[inline(always)]
    pub fn jump_if(self) -> bool {
        self.0 & 8 != 0
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpKind {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpKind {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpKind::Lt => "<",
            CmpKind::Le => "<=",
            CmpKind::Eq => "==",
            CmpKind::Ne => "!=",
            CmpKind::Gt => ">",
            CmpKind::Ge => ">=",
        }
    }
    pub fn dunder(self) -> &'static str {
        match self {
            CmpKind::Lt => "__lt__",
            CmpKind::Le => "__le__",
            CmpKind::Eq => "__eq__",
            CmpKind::Ne => "__ne__",
            CmpKind::Gt => "__gt__",
            CmpKind::Ge => "__ge__",
        }
    }
    /// The operation tried on the right operand: `a < b` falls back to `b > a`.
    pub fn swapped(self) -> CmpKind {
        match self {
            CmpKind::Lt => CmpKind::Gt,
            CmpKind::Le => CmpKind::Ge,
            CmpKind::Eq => CmpKind::Eq,
            CmpKind::Ne => CmpKind::Ne,
            CmpKind::Gt => CmpKind::Lt,
            CmpKind::Ge => CmpKind::Le,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// do nothing                                         ( -- )
    Nop,
    /// discard the top                                    ( a -- )
    Pop,
    /// duplicate the top                                  ( a -- a a )
    Dup,
    /// duplicate the top two                              ( a b -- a b a b )
    DupTwo,
    /// swap the top two                                   ( a b -- b a )
    Rot2,
    /// lift the top under the next two                    ( a b c -- c a b )
    Rot3,
    /// lift the top under the next three                  ( a b c d -- d a b c )
    Rot4,

    /// push consts[i]                                     ( -- value )
    LoadConst(u32),
    /// push local slot i; UnboundLocalError when unset    ( -- value )
    LoadFast(u32),
    /// pop into local slot i                              ( value -- )
    StoreFast(u32),
    /// unset local slot i                                 ( -- )
    DeleteFast(u32),
    /// push the contents of the cell in slot i            ( -- value )
    LoadDeref(u32),
    /// store into the cell in slot i                      ( value -- )
    StoreDeref(u32),
    /// empty the cell in slot i                           ( -- )
    DeleteDeref(u32),
    /// push the cell itself in slot i, to build a closure ( -- cell )
    LoadClosure(u32),
    /// push global names[i], else builtin names[i]        ( -- value )
    LoadGlobal(u32),
    /// pop into global names[i]                           ( value -- )
    StoreGlobal(u32),
    /// delete global names[i]                             ( -- )
    DeleteGlobal(u32),
    /// push names[i] from the frame's locals dict, globals, builtins ( -- value )
    LoadName(u32),
    /// pop into names[i] of the frame's locals dict       ( value -- )
    StoreName(u32),
    /// delete names[i] from the frame's locals dict       ( -- )
    DeleteName(u32),

    /// local[a], then local[b]: fused LoadFast + LoadFast ( -- a b )
    LoadFastFast { a: u16, b: u16 },
    /// local[slot], then consts[konst]: fused LoadFast + LoadConst ( -- a k )
    LoadFastConst { slot: u16, konst: u16 },
    /// return local[slot]: fused LoadFast + ReturnValue   ( -- )
    ReturnFast(u32),
    /// local[a] = pop, then push local[b]: fused StoreFast + LoadFast ( v -- b )
    StoreFastLoadFast { a: u16, b: u16 },
    /// LoadMethod on local[slot], read in place: fused LoadFast + LoadMethod
    ///                                                    ( -- callable self_or_null )
    LoadFastMethod { slot: u16, name: u16 },
    /// a op consts[konst]: fused LoadConst + Binary       ( a -- a op k )
    BinaryConst { konst: u16, kind: BinKind },

    /// replace obj by obj.names[i]                        ( obj -- value )
    LoadAttr(u32),
    /// obj.names[i] = value                               ( value obj -- )
    StoreAttr(u32),
    /// local[slot].names[name], reading the local in place (no reference
    /// counting of the object): fused LoadFast + LoadAttr ( -- value )
    LoadFastAttr { slot: u16, name: u16 },
    /// local[slot].names[name] = value, fused LoadFast + StoreAttr ( value -- )
    StoreFastAttr { slot: u16, name: u16 },
    /// del obj.names[i]                                   ( obj -- )
    DeleteAttr(u32),
    /// look up a method without binding it: pushes (func, obj) for a plain
    /// function found on the class, else (attr, NULL)     ( obj -- callable self_or_null )
    LoadMethod(u32),
    /// call after LoadMethod with argc arguments          ( callable self_or_null args.. -- result )
    CallMethod(u32),
    /// call with argc positional arguments; a GIL yield point ( callable args.. -- result )
    Call(u32),
    /// call with argc arguments, the last len(kwnames) of them keywords
    ///                                                    ( callable args.. kwnames -- result )
    CallKw(u32),
    /// call with an argument tuple and, when flag is 1, a keyword dict
    ///                                                    ( callable args [kwargs] -- result )
    CallEx(u32),

    /// binary operator                                    ( a b -- a op b )
    Binary(BinKind),
    /// local[slot] op consts[konst]: fused LoadFast + LoadConst + Binary ( -- result )
    BinaryLocalConst { slot: u16, konst: u16, kind: BinKind },
    /// local[a] op local[b]: fused LoadFast + LoadFast + Binary ( -- result )
    BinaryLocals { a: u16, b: u16, kind: BinKind },
    /// augmented assignment operator (`+=`)               ( a b -- a op= b )
    Inplace(BinKind),
    /// rich comparison                                    ( a b -- a cmp b )
    Compare(CmpKind),
    /// identity; flag 1 for `is not`                      ( a b -- bool )
    Is(u32),
    /// membership `a in b`; flag 1 for `not in`           ( a b -- bool )
    Contains(u32),
    /// -a                                                 ( a -- -a )
    UnaryNeg,
    /// +a                                                 ( a -- +a )
    UnaryPos,
    /// not a                                              ( a -- bool )
    UnaryNot,
    /// ~a                                                 ( a -- ~a )
    UnaryInvert,

    /// container[index]                                   ( container index -- value )
    Subscript,
    /// container[index] = value                           ( value container index -- )
    StoreSubscr,
    /// del container[index]                               ( container index -- )
    DeleteSubscr,
    /// slice(lower, upper) or slice(lower, upper, step)   ( lower upper [step] -- slice )
    BuildSlice(u32),

    /// jump forward to target                             ( -- )
    Jump(u32),
    /// jump back to target; a GIL yield point             ( -- )
    JumpBack(u32),
    /// pop; jump when falsy                               ( a -- )
    PopJumpIfFalse(u32),
    /// pop; jump when truthy                              ( a -- )
    PopJumpIfTrue(u32),
    /// pop; jump when it is None (`if x is not None:`)    ( a -- )
    PopJumpIfNone(u32),
    /// pop; jump when it is not None (`if x is None:`)    ( a -- )
    PopJumpIfNotNone(u32),
    /// jump keeping a when falsy, else pop it             ( a -- a | )
    JumpIfFalseOrPop(u32),
    /// jump keeping a when truthy, else pop it            ( a -- a | )
    JumpIfTrueOrPop(u32),

    /// compare, then jump when the result's truth equals `jump_if`: the
    /// fused form of Compare + PopJumpIf* for conditions  ( a b -- )
    CompareJump { kind: CmpKind, jump_if: bool, target: u32 },
    /// LoadFastConst + CompareJump (`if n < 2:`)          ( -- )
    CompareLocalConstJump { slot: u8, konst: u8, test: CmpTest, target: u32 },
    /// LoadFastFast + CompareJump (`while i < n:`)        ( -- )
    CompareLocalsJump { a: u8, b: u8, test: CmpTest, target: u32 },

    /// iter(a)                                            ( a -- iterator )
    GetIter,
    /// push next(iterator), or pop it and jump when exhausted ( iterator -- iterator item | )
    ForIter(u32),
    /// ForIter, storing the item in local[slot]: fused ForIter + StoreFast
    ///                                                    ( iterator -- iterator | )
    ForIterStore { target: u32, slot: u16 },

    /// make a tuple of the top n                          ( a.. -- tuple )
    BuildTuple(u32),
    /// make a list of the top n                           ( a.. -- list )
    BuildList(u32),
    /// make a set of the top n                            ( a.. -- set )
    BuildSet(u32),
    /// make a dict of the top n key/value pairs           ( k1 v1 .. -- dict )
    BuildMap(u32),
    /// concatenate the top n strs (f-strings)             ( s.. -- str )
    BuildString(u32),
    /// format a value: low two bits conversion (0 none, 1 str, 2 repr, 3 ascii),
    /// bit 2 set when a spec is on the stack              ( value [spec] -- str )
    FormatValue(u32),
    /// append to the list n below the top (comprehensions) ( list .. item -- list .. )
    ListAppend(u32),
    /// add to the set n below the top                     ( set .. item -- set .. )
    SetAdd(u32),
    /// set a key in the dict n below the top              ( dict .. key value -- dict .. )
    MapAdd(u32),
    /// extend the list n below the top by an iterable     ( list .. iterable -- list .. )
    ListExtend(u32),
    /// update the set n below the top by an iterable      ( set .. iterable -- set .. )
    SetUpdate(u32),
    /// update the dict n below the top by a mapping       ( dict .. mapping -- dict .. )
    DictUpdate(u32),
    /// as DictUpdate, but a repeated key is a TypeError (`f(**a, **b)`) ( dict .. mapping -- dict .. )
    DictMerge(u32),
    /// convert a list to a tuple                          ( list -- tuple )
    ListToTuple,
    /// unpack exactly n items, first item on top          ( seq -- item_n .. item_1 )
    UnpackSequence(u32),
    /// unpack with a starred target: low 16 bits items before it, high 16 after
    ///                                                    ( seq -- after.. list before.. )
    UnpackEx(u32),

    /// make a function from children[i]; its code's `make_flags` say which of
    /// defaults, kwdefaults and closure are on the stack  ( [defaults] [kwdefaults] [closure] -- function )
    MakeFunction(u32),
    /// push the class-building builtin                    ( -- __build_class__ )
    LoadBuildClass,
    /// return from the frame                              ( value -- )
    ReturnValue,
    /// suspend the generator with value; resumes with the sent value ( value -- sent )
    YieldValue,
    /// iter() for `yield from`; a generator stays itself   ( a -- iterator )
    GetYieldFromIter,
    /// send value into the sub-iterator: push what it yields, or pop it,
    /// push its return value and jump when it finishes    ( iterator value -- iterator yielded | result )
    Send(u32),

    /// raise: 0 re-raises the handled exception, 1 raises exc, 2 raises exc from cause
    ///                                                    ( [exc [cause]] -- )
    RaiseVarargs(u32),
    /// re-raise an exception, keeping its traceback       ( exc -- )
    Reraise,
    /// at a handler's start: remember the handled exception ( exc -- prev exc )
    PushExcInfo,
    /// at a handler's end: restore the previous one       ( prev -- )
    PopExcept,
    /// does exc match the type (or tuple of types)?       ( exc type -- exc bool )
    CheckExcMatch,
    /// push AssertionError                                ( -- AssertionError )
    LoadAssertionError,
    /// enter a with block: type(manager).__exit__ and the manager (as
    /// LoadMethod pushes them), then __enter__'s result
    ///                                                    ( manager -- exit self result_of_enter )
    BeforeWith,
    /// call exit(type, exc, tb) for the exception on top  ( exit self prev exc -- exit self prev exc result )
    WithExceptStart,

    /// import names[i] with a level (int) and a fromlist (tuple or None),
    /// as `__import__`: pushes the top package, or the module when there
    /// is a fromlist                                      ( level fromlist -- module )
    ImportName(u32),
    /// take names[i] from the module                      ( module -- module value )
    ImportFrom(u32),
    /// `from m import *` into the frame's locals          ( module -- )
    ImportStar,
    /// the interactive prompt's echo: print repr and set `_` ( value -- )
    PrintExpr,
}

/// One entry of a code object's exception table: an exception raised by an
/// instruction in `start..end` unwinds the stack to `depth` items, pushes
/// the exception and jumps to `target`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionHandler {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
}

pub mod flags {
    pub const VARARGS: u32 = 1;
    pub const VARKEYWORDS: u32 = 2;
    pub const GENERATOR: u32 = 4;
    /// Locals live in a dict (module and class bodies), not in slots.
    pub const DICT_LOCALS: u32 = 8;
}

pub mod make_flags {
    pub const DEFAULTS: u32 = 1;
    pub const KWDEFAULTS: u32 = 2;
    pub const CLOSURE: u32 = 4;
    /// A dict of parameter and return annotations (`__annotations__`).
    pub const ANNOTATIONS: u32 = 8;
}

/// Code objects are immortal: compiled once, immutable, shared by every
/// thread, and referenced by frames without reference counting (a program
/// compiles a bounded amount of code, so leaking it costs little).
// Every instruction is one 8-byte word: the dispatch loop reads it whole.
const _: () = assert!(std::mem::size_of::<Op>() == 8);

pub type CodeRef = &'static CodeObject;

pub struct CodeObject {
    pub name: String,
    pub qualname: String,
    pub filename: std::sync::Arc<str>,
    pub first_line: u32,
    pub ops: Vec<Op>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    pub consts: Vec<Value>,
    /// Global, attribute and dict-local names, interned.
    pub names: Vec<Arc<PyStr>>,
    /// Local slots: parameters first, then other locals, then cells, then free variables.
    pub varnames: Vec<Arc<PyStr>>,
    pub ncells: u32,
    pub nfree: u32,
    /// For each cell: the parameter slot it starts from, if it is a parameter.
    pub cell_from_param: Vec<Option<u32>>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub make_flags: u32,
    pub children: Vec<CodeRef>,
    pub handlers: Vec<ExceptionHandler>,
    /// Set once a function has been made from this code (see `MakeFunction`).
    pub made: std::sync::atomic::AtomicBool,
    /// First slot of this code's entries in each thread's global-name cache
    /// (one entry per name; see `Vm::load_global`).
    pub cache_base: u32,
}

/// Hands out global-name cache slots to code objects.
pub fn allocate_cache_slots(n: usize) -> u32 {
    static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    NEXT.fetch_add(n as u32, std::sync::atomic::Ordering::Relaxed)
}

impl CodeObject {
    /// Number of plain local slots (cells and free variables follow them).
    pub fn nlocals(&self) -> usize {
        self.varnames.len() - self.ncells as usize - self.nfree as usize
    }

    /// All slots: locals, cells, free variables.
    pub fn nslots(&self) -> usize {
        self.varnames.len()
    }

    pub fn line_of(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.first_line)
    }

    /// The innermost handler covering instruction `pc`.
    pub fn handler_for(&self, pc: u32) -> Option<&ExceptionHandler> {
        // Handlers are emitted innermost-first for nested ranges; pick the narrowest.
        self.handlers
            .iter()
            .filter(|h| h.start <= pc && pc < h.end)
            .min_by_key(|h| h.end - h.start)
    }

    pub fn is_generator(&self) -> bool {
        self.flags & flags::GENERATOR != 0
    }
}
