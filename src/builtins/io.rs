//! Text files: `open()`, the file object (`sys.stdout` and friends too),
//! and `input()`. Binary modes hand over to `binary_io.rs`.

use std::any::Any;
use std::io::{Read, Seek, SeekFrom, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use crate::objects::Arc;

use parking_lot::{Mutex, MutexGuard};

use super::{add_function, add_method, check_args, kwarg};
use crate::objects::format::str_repr;
use crate::objects::{Class, KwArgs, NativeObject, PyDict, PyStr, Value};
use crate::vm::{Blocking, Interpreter, PyErr, PyResult, Types, Vm};

pub fn register(interp: &Arc<Interpreter>) {
    add_function(&interp.builtins, "open", open);
    add_function(&interp.builtins, "input", input);
    let file = &interp.types.file;
    add_method(file, "read", read);
    add_method(file, "readline", readline);
    add_method(file, "readlines", readlines);
    add_method(file, "write", write);
    add_method(file, "writelines", writelines);
    add_method(file, "flush", flush);
    add_method(file, "close", close);
    add_method(file, "seek", seek);
    add_method(file, "tell", tell);
    add_method(file, "readable", readable);
    add_method(file, "writable", writable);
    add_method(file, "seekable", seekable);
    add_method(file, "isatty", isatty);
    add_method(file, "__enter__", enter);
    add_method(file, "__exit__", exit);
    add_method(file, "__iter__", enter);
    add_method(file, "__next__", next);
    // io.UnsupportedOperation is both an OSError and a ValueError. It is kept
    // on the file class because `Types` has no field for it.
    let e = &interp.types.exceptions;
    if let Ok(cls) = Class::new(
        "UnsupportedOperation",
        "UnsupportedOperation",
        "io",
        vec![e.os_error.clone(), e.value_error.clone()],
        PyDict::new(),
        true,
    ) {
        file.dict.set_str(UNSUPPORTED, Value::Class(cls));
    }
}

const UNSUPPORTED: &str = "_UnsupportedOperation";

/// The standard streams, as `sys` exposes them.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
    Stdin,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Std(Stream),
    Disk,
}

/// How `\n` is translated: on reading (universal newlines) and on writing.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Newline {
    /// `newline=None`: `\r\n` and `\r` read as `\n`.
    Universal,
    /// `newline=''` or `'\n'`: no translation.
    Untranslated,
    /// `newline='\r\n'`: `\n` written as `\r\n`.
    Crlf,
}

pub struct File {
    name: String,
    mode: String,
    encoding: String,
    kind: Kind,
    readable: bool,
    writable: bool,
    newline: Newline,
    /// Taken without the GIL when another thread holds it (see `File::state`).
    state: Mutex<FileState>,
    /// `FileState::closed`, readable without the lock (`f.closed`).
    closed: AtomicBool,
}

struct FileState {
    handle: Option<std::fs::File>,
    closed: bool,
    /// Decoded text read ahead of the caller, and how much of it was consumed.
    pending: String,
    pending_pos: usize,
    /// The whole rest of the file has been read into `pending`.
    at_eof: bool,
    /// Text written but not yet handed to the OS.
    wbuf: String,
}

impl FileState {
    fn flush_writes(&mut self) -> std::io::Result<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        if let Some(h) = self.handle.as_mut() {
            h.write_all(self.wbuf.as_bytes())?;
        }
        self.wbuf.clear();
        Ok(())
    }

    fn unread(&self) -> &str {
        &self.pending[self.pending_pos..]
    }
}

impl Drop for File {
    fn drop(&mut self) {
        // As CPython's finaliser: unflushed text reaches the file even without close().
        let _ = self.state.get_mut().flush_writes();
    }
}

impl NativeObject for File {
    fn class<'t>(&self, types: &'t Types) -> &'t Arc<Class> {
        &types.file
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        Some(Ok(format!(
            "<_io.TextIOWrapper name={} mode={} encoding={}>",
            str_repr(&self.name),
            str_repr(&self.mode),
            str_repr(&self.encoding)
        )))
    }

    fn attr(&self, name: &str) -> Option<Value> {
        Some(match name {
            "closed" => Value::Bool(self.closed.load(Ordering::Relaxed)),
            "name" => Value::str(&self.name),
            "mode" => Value::str(&self.mode),
            "encoding" => Value::str(&self.encoding),
            "errors" => Value::str("strict"),
            "line_buffering" => Value::Bool(false),
            _ => return None,
        })
    }

    fn is_iterator(&self) -> bool {
        true
    }

    fn iter_next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let line = self.read_line(vm, None)?;
        Ok(if line.is_empty() { None } else { Some(Value::string(line)) })
    }
}

/// Whether `v` is the process's own standard output (print's fast path).
pub fn is_standard_stdout(v: &Value) -> bool {
    matches!(v, Value::Native(n) if n.downcast::<File>().is_some_and(|f| matches!(f.kind, Kind::Std(Stream::Stdout))))
}

/// Standard streams are shared by every reference to `sys.stdout` etc.
pub fn standard_stream(stream: Stream) -> Value {
    let (name, mode) = match stream {
        Stream::Stdout => ("<stdout>", "w"),
        Stream::Stderr => ("<stderr>", "w"),
        Stream::Stdin => ("<stdin>", "r"),
    };
    Value::native(File {
        name: name.to_owned(),
        mode: mode.to_owned(),
        encoding: "utf-8".to_owned(),
        kind: Kind::Std(stream),
        readable: stream == Stream::Stdin,
        writable: stream != Stream::Stdin,
        // CPython opens the standard streams with newline='\n' on POSIX.
        newline: Newline::Untranslated,
        state: Mutex::new(FileState {
            handle: None,
            closed: false,
            pending: String::new(),
            pending_pos: 0,
            at_eof: false,
            wbuf: String::new(),
        }),
        closed: AtomicBool::new(false),
    })
}

impl File {
    /// Locks the file's state. File I/O runs without the GIL while this
    /// lock is held, so a thread that finds it taken waits without the GIL
    /// too; else it would hold the GIL that the I/O thread needs to finish.
    fn state(&self, vm: &Vm) -> MutexGuard<'_, FileState> {
        match self.state.try_lock() {
            Some(state) => state,
            None => vm.allow_threads(Blocking::Io, || self.state.lock()),
        }
    }

    fn check_open(&self, vm: &Vm, state: &FileState) -> PyResult<()> {
        if state.closed {
            return Err(vm.value_error("I/O operation on closed file."));
        }
        Ok(())
    }

    fn check_readable(&self, vm: &Vm, state: &FileState) -> PyResult<()> {
        self.check_open(vm, state)?;
        if !self.readable {
            return Err(unsupported(vm, "not readable"));
        }
        Ok(())
    }

    fn decode(&self, vm: &Vm, bytes: Vec<u8>) -> PyResult<String> {
        let text = match self.encoding.to_ascii_lowercase().replace('_', "-").as_str() {
            "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => bytes.iter().map(|&b| b as char).collect(),
            enc => match String::from_utf8(bytes) {
                Ok(s) if enc != "ascii" || s.is_ascii() => s,
                Ok(s) => {
                    let pos = s.bytes().position(|b| !b.is_ascii()).unwrap_or(0);
                    return Err(decode_error(vm, "ascii", s.as_bytes()[pos], pos, "ordinal not in range(128)"));
                }
                Err(e) => {
                    let pos = e.utf8_error().valid_up_to();
                    let byte = e.as_bytes()[pos];
                    return Err(decode_error(vm, "utf-8", byte, pos, "invalid start byte"));
                }
            },
        };
        Ok(match self.newline {
            Newline::Universal if text.contains('\r') => text.replace("\r\n", "\n").replace('\r', "\n"),
            _ => text,
        })
    }

    fn encode_newlines<'a>(&self, s: &'a str) -> std::borrow::Cow<'a, str> {
        if self.newline == Newline::Crlf && s.contains('\n') {
            std::borrow::Cow::Owned(s.replace('\n', "\r\n"))
        } else {
            std::borrow::Cow::Borrowed(s)
        }
    }

    /// Reads the rest of the file into `pending` (files are read whole;
    /// text files are small next to memory).
    fn fill_all(&self, vm: &Vm, state: &mut FileState) -> PyResult<()> {
        if state.at_eof {
            return Ok(());
        }
        vm.allow_threads(Blocking::Io, || state.flush_writes()).map_err(|e| os_error(vm, &e, None))?;
        let mut bytes = Vec::new();
        match self.kind {
            Kind::Std(_) => {
                vm.allow_threads(Blocking::Input, || std::io::stdin().lock().read_to_end(&mut bytes)).map_err(|e| os_error(vm, &e, None))?;
            }
            Kind::Disk => {
                if let Some(h) = state.handle.as_mut() {
                    vm.allow_threads(Blocking::Io, || h.read_to_end(&mut bytes)).map_err(|e| os_error(vm, &e, None))?;
                }
            }
        }
        let text = self.decode(vm, bytes)?;
        state.pending.drain(..state.pending_pos);
        state.pending_pos = 0;
        state.pending.push_str(&text);
        state.at_eof = true;
        Ok(())
    }

    /// Makes sure `pending` holds a whole line (or the end of input).
    fn fill_line(&self, vm: &Vm, state: &mut FileState) -> PyResult<()> {
        if state.unread().contains('\n') || state.at_eof {
            return Ok(());
        }
        if self.kind == Kind::Std(Stream::Stdin) {
            vm.flush_stdout();
            let mut line = String::new();
            let n = vm.allow_threads(Blocking::Input, || std::io::stdin().read_line(&mut line)).map_err(|e| os_error(vm, &e, None))?;
            if n == 0 {
                state.at_eof = true;
            }
            state.pending.push_str(&line);
            return Ok(());
        }
        self.fill_all(vm, state)
    }

    fn read_line(&self, vm: &Vm, limit: Option<usize>) -> PyResult<String> {
        let mut state = self.state(vm);
        self.check_readable(vm, &state)?;
        self.fill_line(vm, &mut state)?;
        let rest = state.unread();
        let mut end = rest.find('\n').map(|i| i + 1).unwrap_or(rest.len());
        if let Some(n) = limit {
            if let Some((i, _)) = rest[..end].char_indices().nth(n) {
                end = i;
            }
        }
        let line = rest[..end].to_owned();
        state.pending_pos += end;
        Ok(line)
    }

    fn read(&self, vm: &Vm, limit: Option<usize>) -> PyResult<String> {
        let mut state = self.state(vm);
        self.check_readable(vm, &state)?;
        self.fill_all(vm, &mut state)?;
        let rest = state.unread();
        let end = match limit {
            Some(n) => rest.char_indices().nth(n).map(|(i, _)| i).unwrap_or(rest.len()),
            None => rest.len(),
        };
        let text = rest[..end].to_owned();
        state.pending_pos += end;
        if state.pending_pos == state.pending.len() {
            state.pending.clear();
            state.pending_pos = 0;
        }
        Ok(text)
    }

    fn write(&self, vm: &mut Vm, s: &str) -> PyResult<()> {
        let mut state = self.state(vm);
        self.check_open(vm, &state)?;
        if !self.writable {
            return Err(unsupported(vm, "not writable"));
        }
        match self.kind {
            Kind::Std(Stream::Stdout) => vm.write_stdout(s),
            Kind::Std(_) => vm.write_stderr(s),
            Kind::Disk => {
                // Unread text read ahead belongs after the write position: give it back.
                if state.pending_pos < state.pending.len() && !state.at_eof {
                    state.pending.clear();
                    state.pending_pos = 0;
                }
                state.wbuf.push_str(&self.encode_newlines(s));
                if state.wbuf.len() >= 8192 {
                    vm.allow_threads(Blocking::Io, || state.flush_writes()).map_err(|e| os_error(vm, &e, None))?;
                }
            }
        }
        Ok(())
    }

    fn flush(&self, vm: &Vm) -> PyResult<()> {
        let mut state = self.state(vm);
        self.check_open(vm, &state)?;
        match self.kind {
            Kind::Std(Stream::Stdout) => vm.flush_stdout(),
            Kind::Std(_) => {}
            Kind::Disk => {
                vm.allow_threads(Blocking::Io, || state.flush_writes()).map_err(|e| os_error(vm, &e, None))?;
                if let Some(h) = state.handle.as_mut() {
                    vm.allow_threads(Blocking::Io, || h.flush()).map_err(|e| os_error(vm, &e, None))?;
                }
            }
        }
        Ok(())
    }

    fn close(&self, vm: &Vm) -> PyResult<()> {
        let mut state = self.state(vm);
        if state.closed {
            return Ok(());
        }
        if self.kind == Kind::Std(Stream::Stdout) {
            vm.flush_stdout();
        }
        let flushed = vm.allow_threads(Blocking::Io, || state.flush_writes());
        state.closed = true;
        self.closed.store(true, Ordering::Relaxed);
        state.handle = None;
        state.pending = String::new();
        state.pending_pos = 0;
        flushed.map_err(|e| os_error(vm, &e, None))
    }
}

pub(super) fn unsupported(vm: &Vm, msg: &str) -> PyErr {
    match vm.types().file.dict.get_str(&PyStr::new(UNSUPPORTED)) {
        Some(Value::Class(cls)) => vm.error(&cls, msg),
        _ => vm.os_error(msg),
    }
}

fn decode_error(vm: &Vm, codec: &str, byte: u8, pos: usize, reason: &str) -> PyErr {
    vm.error(
        &vm.types().exceptions.unicode_decode_error.clone(),
        format!("'{codec}' codec can't decode byte {byte:#04x} in position {pos}: {reason}"),
    )
}

/// An OSError subclass chosen by errno, with `errno`, `strerror` and
/// `filename` set as CPython sets them.
pub(crate) fn os_error(vm: &Vm, e: &std::io::Error, filename: Option<&str>) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let text = e.to_string();
    let strerror = match text.rfind(" (os error ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    };
    os_error_from(vm, errno, &strerror, filename)
}

pub(super) fn os_error_from(vm: &Vm, errno: i32, strerror: &str, filename: Option<&str>) -> PyErr {
    let cls = super::exception_methods::os_error_class(vm, errno as i64);
    let value = crate::vm::exceptions::new_exception(&cls, vec![Value::Int(errno as i64), Value::str(strerror)]);
    if let Value::Instance(inst) = &value {
        inst.dict.set_str("errno", Value::Int(errno as i64));
        inst.dict.set_str("strerror", Value::str(strerror));
        inst.dict.set_str("filename", filename.map(Value::str).unwrap_or(Value::None));
        inst.dict.set_str("filename2", Value::None);
    }
    PyErr { value }
}

/// `self` of a file method.
fn this<'a>(vm: &Vm, args: &'a [Value], method: &str) -> PyResult<&'a File> {
    if let Some(Value::Native(n)) = args.first() {
        if let Some(f) = n.downcast::<File>() {
            return Ok(f);
        }
    }
    let got = args.first().map(|v| vm.type_name(v)).unwrap_or_else(|| "NoneType".into());
    Err(vm.type_error(format!(
        "descriptor '{method}' for '_io.TextIOWrapper' objects doesn't apply to a '{got}' object"
    )))
}

/// A size argument: None or negative means "all".
fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            if let Value::Float(_) = v {
                return Err(vm.type_error("argument should be integer or None, not 'float'"));
            }
            let n = vm.index_value(v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

// ---------------------------------------------------------------------------
// open()
// ---------------------------------------------------------------------------

struct Mode {
    read: bool,
    write: bool,
    append: bool,
    create_new: bool,
    plus: bool,
    binary: bool,
}

fn parse_mode(vm: &Vm, mode: &str) -> PyResult<Mode> {
    let invalid = || vm.value_error(format!("invalid mode: '{mode}'"));
    let mut m = Mode { read: false, write: false, append: false, create_new: false, plus: false, binary: false };
    let (mut text, mut binary) = (false, false);
    let mut seen = String::new();
    for c in mode.chars() {
        if seen.contains(c) || !"rwaxbt+".contains(c) {
            return Err(invalid());
        }
        seen.push(c);
        match c {
            'r' => m.read = true,
            'w' => m.write = true,
            'a' => m.append = true,
            'x' => m.create_new = true,
            '+' => m.plus = true,
            't' => text = true,
            _ => binary = true,
        }
    }
    if text && binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    let kinds = [m.read, m.write, m.append, m.create_new].iter().filter(|k| **k).count();
    if kinds != 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    m.binary = binary;
    Ok(m)
}

fn open(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "open", args, 0, 8)?;
    let arg = |i: usize, name: &str| args.get(i).or_else(|| kwarg(kw, name)).cloned();
    let file = match arg(0, "file") {
        Some(Value::Str(s)) => s.as_str().to_owned(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(&other)
            )))
        }
        None => return Err(vm.type_error("open() missing required argument 'file' (pos 1)")),
    };
    let mode = match arg(1, "mode") {
        None => "r".to_owned(),
        Some(Value::Str(s)) => s.as_str().to_owned(),
        Some(other) => {
            return Err(vm.type_error(format!("open() argument 'mode' must be str, not {}", vm.type_name(&other))))
        }
    };
    let m = parse_mode(vm, &mode)?;
    if m.binary {
        for (i, name) in [(3, "encoding"), (4, "errors"), (5, "newline")] {
            if arg(i, name).is_some_and(|v| !v.is_none()) {
                return Err(vm.value_error(format!("binary mode doesn't take an {name} argument")));
            }
        }
    }
    let encoding = match arg(3, "encoding") {
        None | Some(Value::None) => "UTF-8".to_owned(),
        Some(Value::Str(s)) => {
            let known = ["utf-8", "utf8", "utf_8", "ascii", "us-ascii", "latin-1", "latin1", "latin_1", "iso-8859-1", "iso8859-1"];
            if !known.contains(&s.as_str().to_ascii_lowercase().as_str()) {
                return Err(vm.error(&vm.types().exceptions.lookup_error.clone(), format!("unknown encoding: {}", s.as_str())));
            }
            s.as_str().to_owned()
        }
        Some(other) => {
            return Err(vm.type_error(format!("open() argument 'encoding' must be str or None, not {}", vm.type_name(&other))))
        }
    };
    let newline = match arg(5, "newline") {
        None | Some(Value::None) => Newline::Universal,
        Some(Value::Str(s)) => match s.as_str() {
            "" | "\n" => Newline::Untranslated,
            "\r\n" => Newline::Crlf,
            other => return Err(vm.value_error(format!("illegal newline value: {}", str_repr(other)))),
        },
        Some(other) => {
            return Err(vm.type_error(format!("open() argument 'newline' must be str or None, not {}", vm.type_name(&other))))
        }
    };
    let mut options = std::fs::OpenOptions::new();
    options
        .read(m.read || m.plus)
        .write(m.write || m.append || m.create_new || m.plus)
        .append(m.append)
        .truncate(m.write)
        .create(m.write || m.append)
        .create_new(m.create_new);
    if m.binary {
        let (readable, writable) = (m.read || m.plus, !m.read || m.plus);
        return super::binary_io::open_binary(vm, file, mode, &options, readable, writable);
    }
    // Opening can block (a FIFO waits for its other end): without the GIL.
    let handle = vm.allow_threads(Blocking::Io, || options.open(&file)).map_err(|e| os_error(vm, &e, Some(&file)))?;
    if m.read && handle.metadata().map(|md| md.is_dir()).unwrap_or(false) {
        return Err(os_error_from(vm, 21, "Is a directory", Some(&file)));
    }
    Ok(Value::native(File {
        name: file,
        mode,
        encoding,
        kind: Kind::Disk,
        readable: m.read || m.plus,
        writable: !m.read || m.plus,
        newline,
        state: Mutex::new(FileState {
            handle: Some(handle),
            closed: false,
            pending: String::new(),
            pending_pos: 0,
            at_eof: false,
            wbuf: String::new(),
        }),
        closed: AtomicBool::new(false),
    }))
}

// ---------------------------------------------------------------------------
// File methods
// ---------------------------------------------------------------------------

fn read(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "read", args, 1, 2)?;
    let n = size_arg(vm, args.get(1))?;
    let f = this(vm, args, "read")?;
    Ok(Value::string(f.read(vm, n)?))
}

fn readline(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "readline", args, 1, 2)?;
    let n = size_arg(vm, args.get(1))?;
    let f = this(vm, args, "readline")?;
    Ok(Value::string(f.read_line(vm, n)?))
}

fn readlines(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "readlines", args, 1, 2)?;
    let hint = size_arg(vm, args.get(1))?.filter(|h| *h > 0);
    let f = this(vm, args, "readlines")?;
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = f.read_line(vm, None)?;
        if line.is_empty() {
            break;
        }
        total += line.chars().count();
        lines.push(Value::string(line));
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(Value::list(lines))
}

fn write(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "write", args, 2, 2)?;
    let f = this(vm, args, "write")?;
    let Value::Str(s) = &args[1] else {
        let text = match crate::vm::ops_builtin_value(&args[1]) {
            Value::Str(s) => s.clone(),
            _ => return Err(vm.type_error(format!("write() argument must be str, not {}", vm.type_name(&args[1])))),
        };
        f.write(vm, text.as_str())?;
        return Ok(Value::Int(text.char_len() as i64));
    };
    f.write(vm, s.as_str())?;
    Ok(Value::Int(s.char_len() as i64))
}

fn writelines(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "writelines", args, 2, 2)?;
    let f = this(vm, args, "writelines")?;
    let it = vm.iter(&args[1])?;
    while let Some(line) = vm.next(&it)? {
        match crate::vm::ops_builtin_value(&line) {
            Value::Str(s) => f.write(vm, s.as_str())?,
            _ => return Err(vm.type_error(format!("write() argument must be str, not {}", vm.type_name(&line)))),
        }
    }
    Ok(Value::None)
}

fn flush(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "flush", args, 1, 1)?;
    this(vm, args, "flush")?.flush(vm)?;
    Ok(Value::None)
}

fn close(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "close", args, 1, 1)?;
    this(vm, args, "close")?.close(vm)?;
    Ok(Value::None)
}

fn seek(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "seek", args, 2, 3)?;
    let f = this(vm, args, "seek")?;
    let offset = vm.index_value(&args[1])?;
    let whence = match args.get(2) {
        Some(w) => vm.index_value(w)?,
        None => 0,
    };
    let mut state = f.state(vm);
    f.check_open(vm, &state)?;
    if f.kind != Kind::Disk {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    let target = match (whence, offset) {
        (0, o) if o >= 0 => SeekFrom::Start(o as u64),
        (0, o) => return Err(vm.value_error(format!("negative seek position {o}"))),
        (1, 0) => SeekFrom::Current(0),
        (2, 0) => SeekFrom::End(0),
        (1 | 2, _) => return Err(unsupported(vm, "can't do nonzero cur-relative seeks")),
        (w, _) => return Err(vm.value_error(format!("invalid whence ({w}, should be 0, 1 or 2)"))),
    };
    vm.allow_threads(Blocking::Io, || state.flush_writes()).map_err(|e| os_error(vm, &e, None))?;
    if whence == 1 {
        // The OS position is past the text read ahead; step back over it.
        let unread = state.unread().len() as i64;
        if let Some(h) = state.handle.as_mut() {
            h.seek(SeekFrom::Current(-unread)).map_err(|e| os_error(vm, &e, None))?;
        }
    }
    let pos = match state.handle.as_mut() {
        Some(h) => h.seek(target).map_err(|e| os_error(vm, &e, None))?,
        None => 0,
    };
    state.pending.clear();
    state.pending_pos = 0;
    state.at_eof = false;
    Ok(Value::Int(pos as i64))
}

fn tell(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "tell", args, 1, 1)?;
    let f = this(vm, args, "tell")?;
    let mut state = f.state(vm);
    f.check_open(vm, &state)?;
    if f.kind != Kind::Disk {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    vm.allow_threads(Blocking::Io, || state.flush_writes()).map_err(|e| os_error(vm, &e, None))?;
    let unread = state.unread().len() as u64;
    let pos = match state.handle.as_mut() {
        Some(h) => h.stream_position().map_err(|e| os_error(vm, &e, None))?,
        None => 0,
    };
    Ok(Value::Int(pos.saturating_sub(unread) as i64))
}

fn readable(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "readable", args, 1, 1)?;
    let f = this(vm, args, "readable")?;
    f.check_open(vm, &f.state(vm))?;
    Ok(Value::Bool(f.readable))
}

fn writable(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "writable", args, 1, 1)?;
    let f = this(vm, args, "writable")?;
    f.check_open(vm, &f.state(vm))?;
    Ok(Value::Bool(f.writable))
}

fn seekable(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "seekable", args, 1, 1)?;
    let f = this(vm, args, "seekable")?;
    f.check_open(vm, &f.state(vm))?;
    Ok(Value::Bool(f.kind == Kind::Disk))
}

fn isatty(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "isatty", args, 1, 1)?;
    let f = this(vm, args, "isatty")?;
    f.check_open(vm, &f.state(vm))?;
    Ok(Value::Bool(match f.kind {
        Kind::Std(Stream::Stdout) => std::io::IsTerminal::is_terminal(&std::io::stdout()),
        Kind::Std(Stream::Stderr) => std::io::IsTerminal::is_terminal(&std::io::stderr()),
        Kind::Std(Stream::Stdin) => std::io::IsTerminal::is_terminal(&std::io::stdin()),
        Kind::Disk => false,
    }))
}

/// `__enter__` and `__iter__`: the file itself (once checked open).
fn enter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "__enter__", args, 1, 1)?;
    let f = this(vm, args, "__enter__")?;
    f.check_open(vm, &f.state(vm))?;
    Ok(args[0].clone())
}

fn exit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this(vm, args, "__exit__")?.close(vm)?;
    Ok(Value::None)
}

fn next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "__next__", args, 1, 1)?;
    let line = this(vm, args, "__next__")?.read_line(vm, None)?;
    if line.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(Value::string(line))
}

// ---------------------------------------------------------------------------
// input()
// ---------------------------------------------------------------------------

fn input(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "input", args, 0, 1)?;
    vm.flush_stdout();
    if let Some(prompt) = args.first() {
        let text = vm.to_str(prompt)?;
        vm.write_stdout(&text);
        vm.flush_stdout();
    }
    // Other threads run while this one waits for a line.
    let mut line = String::new();
    let read = vm.allow_threads(Blocking::Input, || std::io::stdin().read_line(&mut line));
    let n = read.map_err(|e| os_error(vm, &e, None))?;
    if n == 0 {
        return Err(vm.error(&vm.types().exceptions.eof_error.clone(), "EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(Value::string(line))
}
