//! Binary files: what `open(f, 'rb' | 'wb' | 'ab' | ...)` returns. Reads and
//! writes `bytes`; text files (with decoding and newlines) live in `io.rs`.

use std::any::Any;
use std::io::{Read, Seek, SeekFrom, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use crate::objects::Arc;

use parking_lot::{Mutex, MutexGuard};

use super::{add_method, check_args};
use crate::objects::bytes::{bytes_of, new_bytes};
use crate::objects::format::str_repr;
use crate::objects::{Class, KwArgs, NativeObject, Value};
use crate::vm::{Blocking, Interpreter, PyErr, PyResult, Types, Vm};

pub fn register(interp: &Arc<Interpreter>) {
    let t = &interp.types;
    let methods: &[(&'static str, crate::objects::NativeFn)] = &[
        ("read", read),
        ("readline", readline),
        ("readlines", readlines),
        ("write", write),
        ("writelines", writelines),
        ("flush", flush),
        ("close", close),
        ("seek", seek),
        ("tell", tell),
        ("readable", readable),
        ("writable", writable),
        ("seekable", seekable),
        ("__enter__", enter),
        ("__exit__", exit),
        ("__iter__", enter),
        ("__next__", next),
    ];
    for cls in [&t.buffered_reader, &t.buffered_writer] {
        for &(name, func) in methods {
            add_method(cls, name, func);
        }
    }
}

pub struct BinaryFile {
    name: String,
    mode: String,
    readable: bool,
    writable: bool,
    state: Mutex<State>,
    closed: AtomicBool,
}

struct State {
    handle: Option<std::fs::File>,
    /// Bytes read ahead of the caller (for `readline`), and how many were consumed.
    rbuf: Vec<u8>,
    rpos: usize,
}

impl NativeObject for BinaryFile {
    fn class<'t>(&self, t: &'t Types) -> &'t Arc<Class> {
        if self.readable && !self.writable {
            &t.buffered_reader
        } else {
            &t.buffered_writer
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, vm: &mut Vm) -> Option<PyResult<String>> {
        let cls = self.class(vm.types()).name.clone();
        Some(Ok(format!("<_io.{cls} name={}>", str_repr(&self.name))))
    }
    fn attr(&self, name: &str) -> Option<Value> {
        Some(match name {
            "closed" => Value::Bool(self.closed.load(Ordering::Relaxed)),
            "name" => Value::str(&self.name),
            "mode" => Value::str(&self.mode),
            _ => return None,
        })
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn iter_next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let line = self.read_line(vm)?;
        Ok(if line.is_empty() { None } else { Some(new_bytes(line)) })
    }
}

/// Opens `file` in binary mode; `open()` has checked the mode.
pub fn open_binary(vm: &Vm, file: String, mode: String, options: &std::fs::OpenOptions, readable: bool, writable: bool) -> PyResult<Value> {
    let handle = vm.allow_threads(Blocking::Io, || options.open(&file)).map_err(|e| super::io::os_error(vm, &e, Some(&file)))?;
    if readable && handle.metadata().map(|md| md.is_dir()).unwrap_or(false) {
        return Err(super::io::os_error_from(vm, 21, "Is a directory", Some(&file)));
    }
    Ok(Value::native(BinaryFile {
        name: file,
        mode,
        readable,
        writable,
        state: Mutex::new(State { handle: Some(handle), rbuf: Vec::new(), rpos: 0 }),
        closed: AtomicBool::new(false),
    }))
}

fn io_err(vm: &Vm, e: std::io::Error) -> PyErr {
    super::io::os_error(vm, &e, None)
}

impl BinaryFile {
    /// Locks the state; waits without the GIL when another thread does I/O.
    fn state(&self, vm: &Vm) -> PyResult<MutexGuard<'_, State>> {
        let state = match self.state.try_lock() {
            Some(state) => state,
            None => vm.allow_threads(Blocking::Io, || self.state.lock()),
        };
        if state.handle.is_none() {
            return Err(vm.value_error(if self.readable { "read of closed file" } else { "write to closed file" }));
        }
        Ok(state)
    }

    fn check_open(&self, vm: &Vm) -> PyResult<()> {
        self.state(vm).map(drop)
    }

    fn readable_state(&self, vm: &Vm) -> PyResult<MutexGuard<'_, State>> {
        let state = self.state(vm)?;
        if !self.readable {
            drop(state);
            return Err(super::io::unsupported(vm, "read"));
        }
        Ok(state)
    }

    fn read(&self, vm: &Vm, limit: Option<usize>) -> PyResult<Vec<u8>> {
        let mut state = self.readable_state(vm)?;
        let st = &mut *state;
        let mut out: Vec<u8> = st.rbuf.drain(st.rpos..).collect();
        st.rbuf.clear();
        st.rpos = 0;
        let h = st.handle.as_mut().expect("open");
        match limit {
            None => {
                vm.allow_threads(Blocking::Io, || h.read_to_end(&mut out)).map_err(|e| io_err(vm, e))?;
            }
            Some(n) if out.len() >= n => {
                st.rbuf = out.split_off(n);
            }
            Some(n) => {
                let mut more = Vec::new();
                let want = (n - out.len()) as u64;
                vm.allow_threads(Blocking::Io, || Read::by_ref(h).take(want).read_to_end(&mut more)).map_err(|e| io_err(vm, e))?;
                out.extend(more);
            }
        }
        Ok(out)
    }

    fn read_line(&self, vm: &Vm) -> PyResult<Vec<u8>> {
        let mut state = self.readable_state(vm)?;
        let st = &mut *state;
        loop {
            if let Some(i) = st.rbuf[st.rpos..].iter().position(|&b| b == b'\n') {
                let line = st.rbuf[st.rpos..st.rpos + i + 1].to_vec();
                st.rpos += i + 1;
                return Ok(line);
            }
            let mut chunk = vec![0u8; 8192];
            let h = st.handle.as_mut().expect("open");
            let n = vm.allow_threads(Blocking::Io, || h.read(&mut chunk)).map_err(|e| io_err(vm, e))?;
            if n == 0 {
                let line = st.rbuf[st.rpos..].to_vec();
                st.rbuf.clear();
                st.rpos = 0;
                return Ok(line);
            }
            st.rbuf.extend_from_slice(&chunk[..n]);
        }
    }

    /// Gives back bytes read ahead, so the OS position is the caller's.
    fn unread(vm: &Vm, st: &mut State) -> PyResult<()> {
        let ahead = (st.rbuf.len() - st.rpos) as i64;
        st.rbuf.clear();
        st.rpos = 0;
        if ahead > 0 {
            st.handle.as_mut().expect("open").seek(SeekFrom::Current(-ahead)).map_err(|e| io_err(vm, e))?;
        }
        Ok(())
    }

    fn write(&self, vm: &Vm, data: &[u8]) -> PyResult<()> {
        let mut state = self.state(vm)?;
        if !self.writable {
            drop(state);
            return Err(super::io::unsupported(vm, "write"));
        }
        Self::unread(vm, &mut state)?;
        let h = state.handle.as_mut().expect("open");
        vm.allow_threads(Blocking::Io, || h.write_all(data)).map_err(|e| io_err(vm, e))
    }
}

fn this<'a>(vm: &Vm, args: &'a [Value], method: &str) -> PyResult<&'a BinaryFile> {
    if let Some(Value::Native(n)) = args.first() {
        if let Some(f) = n.downcast::<BinaryFile>() {
            return Ok(f);
        }
    }
    Err(vm.type_error(format!("descriptor '{method}' requires a binary file object")))
}

fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = vm.index_value(v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

fn read(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "read", args, 1, 2)?;
    let n = size_arg(vm, args.get(1))?;
    Ok(new_bytes(this(vm, args, "read")?.read(vm, n)?))
}

fn readline(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "readline", args, 1, 1)?;
    Ok(new_bytes(this(vm, args, "readline")?.read_line(vm)?))
}

fn readlines(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "readlines", args, 1, 1)?;
    let f = this(vm, args, "readlines")?;
    let mut lines = Vec::new();
    loop {
        let line = f.read_line(vm)?;
        if line.is_empty() {
            return Ok(Value::list(lines));
        }
        lines.push(new_bytes(line));
    }
}

fn write(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "write", args, 2, 2)?;
    let f = this(vm, args, "write")?;
    let data = bytes_of(&args[1])
        .ok_or_else(|| vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(&args[1]))))?;
    f.write(vm, &data)?;
    Ok(Value::Int(data.len() as i64))
}

fn writelines(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    check_args(vm, "writelines", args, 2, 2)?;
    let f = this(vm, args, "writelines")?;
    for line in vm.collect(&args[1])? {
        let data = bytes_of(&line)
            .ok_or_else(|| vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(&line))))?;
        f.write(vm, &data)?;
    }
    Ok(Value::None)
}

fn flush(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this(vm, args, "flush")?.check_open(vm)?;
    Ok(Value::None)
}

fn close(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, args, "close")?;
    let mut state = f.state.lock();
    state.handle = None;
    f.closed.store(true, Ordering::Relaxed);
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
    let target = match whence {
        0 if offset < 0 => return Err(vm.value_error(format!("negative seek position {offset}"))),
        0 => SeekFrom::Start(offset as u64),
        1 => SeekFrom::Current(offset),
        2 => SeekFrom::End(offset),
        w => return Err(vm.value_error(format!("whence value {w} unsupported"))),
    };
    let mut state = f.state(vm)?;
    BinaryFile::unread(vm, &mut state)?;
    let pos = state.handle.as_mut().expect("open").seek(target).map_err(|e| io_err(vm, e))?;
    Ok(Value::Int(pos as i64))
}

fn tell(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, args, "tell")?;
    let mut state = f.state(vm)?;
    let ahead = (state.rbuf.len() - state.rpos) as u64;
    let pos = state.handle.as_mut().expect("open").stream_position().map_err(|e| io_err(vm, e))?;
    Ok(Value::Int((pos - ahead) as i64))
}

fn readable(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, args, "readable")?;
    f.check_open(vm)?;
    Ok(Value::Bool(f.readable))
}

fn writable(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let f = this(vm, args, "writable")?;
    f.check_open(vm)?;
    Ok(Value::Bool(f.writable))
}

fn seekable(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this(vm, args, "seekable")?.check_open(vm)?;
    Ok(Value::Bool(true))
}

fn enter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this(vm, args, "__enter__")?.check_open(vm)?;
    Ok(args[0].clone())
}

fn exit(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    close(vm, &args[..1], kw)
}

fn next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let line = this(vm, args, "__next__")?.read_line(vm)?;
    if line.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(new_bytes(line))
}
