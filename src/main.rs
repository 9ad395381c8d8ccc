//! The `gilpy` command line.

use std::path::PathBuf;
use std::process::ExitCode;

use gilpy::vm::Config;

/// Interpreters allocate small objects at a furious rate (every str, list,
/// frame-adjacent value); mimalloc does that markedly faster than the system
/// allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "usage: gilpy [option] ... [-c cmd | file | -] [arg] ...
Options:
  -c cmd     program passed in as string (terminates option list)
  -i         inspect interactively after running script; forces a prompt
             even if stdin does not appear to be a terminal
  --dis FILE print the bytecode of FILE's code objects and exit
  -X opt     set an implementation-specific option: gil=0|1, gil-stats
             (GIL statistics at exit; gil-stats=json:FILE writes their totals
             to FILE as JSON), trace=FILE.json|FILE.svg (a timeline)
  -h, --help print this help message and exit
  --version  print the gilpy version and exit
file       program read from script file
-          program read from stdin (default; interactive mode if a tty)
arg ...    arguments passed to program in sys.argv[1:]
gilpy timeline TRACE.json [-o PICTURE.svg]   draw a trace as an SVG timeline
gilpy compare [--threads 1,2,4] [--runs N] [-o PLOT.svg] script.py {threads}
           run script.py with the GIL on and off at each thread count; show the scaling
";

/// The main thread's stack (a thread of its own, see `main`).
const MAIN_STACK: usize = 512 << 20;

fn main() -> ExitCode {
    // A panic in any thread ends the process with a message naming the
    // thread (src/fatal.rs), instead of leaving the others waiting for it.
    gilpy::fatal::install_panic_hook();
    // Python-to-Python calls do not recurse in Rust, but native calls
    // (`__eq__` from a dict, `__repr__` from print) do: give them room.
    let child = std::thread::Builder::new().stack_size(MAIN_STACK).spawn(real_main).expect("main thread");
    let code = child.join().unwrap_or(gilpy::fatal::PANIC_EXIT_STATUS);
    ExitCode::from(code.clamp(0, 255) as u8)
}

enum Program {
    File(String),
    Command(String),
    Stdin,
    Dis(String),
    /// The prompt alone: no program was given and stdin is a terminal (or `-i`).
    Interactive,
}

fn real_main() -> i32 {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().is_some_and(|a| a == "timeline") {
        return gilpy::trace::timeline_main(&args[1..]);
    }
    if args.first().is_some_and(|a| a == "compare") {
        return gilpy::compare::compare_main(&args[1..]);
    }
    let mut gil = std::env::var("PYTHON_GIL").ok().map(|v| v != "0");
    let mut i = 0;
    let mut program = None;
    let mut xoptions = Vec::new();
    let mut inspect = false;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-h" | "--help" => {
                print!("{USAGE}");
                return 0;
            }
            "--version" | "-V" => {
                println!("gilpy {} (Python 3.11 subset)", env!("CARGO_PKG_VERSION"));
                return 0;
            }
            "-c" => {
                let Some(cmd) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -c option");
                    return 2;
                };
                program = Some((Program::Command(cmd.clone()), i + 2));
                break;
            }
            "--dis" => {
                let Some(f) = args.get(i + 1) else {
                    eprintln!("--dis needs a file");
                    return 2;
                };
                program = Some((Program::Dis(f.clone()), i + 2));
                break;
            }
            "-i" => {
                inspect = true;
                i += 1;
                continue;
            }
            "-X" => {
                let Some(opt) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -X option");
                    return 2;
                };
                if let Some(v) = opt.strip_prefix("gil=") {
                    gil = Some(v != "0");
                }
                xoptions.push(opt.clone());
                i += 2;
                continue;
            }
            "-" => {
                program = Some((Program::Stdin, i + 1));
                break;
            }
            s if s.starts_with('-') && s.len() > 1 => {
                eprintln!("unknown option {s}\n{USAGE}");
                return 2;
            }
            _ => {
                program = Some((Program::File(a.clone()), i + 1));
                break;
            }
        }
    }
    let (program, rest) = match program {
        Some((Program::Stdin, rest)) if inspect => (Program::Interactive, rest),
        Some(p) => p,
        None if inspect || std::io::IsTerminal::is_terminal(&std::io::stdin()) => (Program::Interactive, args.len()),
        None => (Program::Stdin, args.len()),
    };
    let (argv0, source, filename, dir) = match &program {
        Program::File(f) | Program::Dis(f) => match std::fs::read_to_string(f) {
            Ok(s) => {
                // sys.path[0], as CPython's: the script's real directory, absolute.
                let real = std::fs::canonicalize(f).unwrap_or_else(|_| PathBuf::from(f));
                let dir = real.parent().map(|p| if p.as_os_str().is_empty() { PathBuf::from(".") } else { p.to_path_buf() });
                // Like CPython 3.9+, code runs under the script's absolute path
                // (tracebacks and warnings show it); sys.argv[0] stays as given.
                let shown = std::path::absolute(f).map(|p| p.display().to_string()).unwrap_or_else(|_| f.clone());
                (f.clone(), s, shown, dir.unwrap_or_else(|| PathBuf::from(".")))
            }
            Err(e) => {
                let errno = e.raw_os_error().unwrap_or(2);
                let msg = match e.kind() {
                    std::io::ErrorKind::NotFound => "No such file or directory".to_owned(),
                    _ => e.to_string(),
                };
                let path = std::fs::canonicalize(".").map(|p| p.join(f)).unwrap_or_else(|_| PathBuf::from(f));
                eprintln!("gilpy: can't open file '{}': [Errno {errno}] {msg}", path.display());
                return 2;
            }
        },
        // No script: sys.path[0] is '', the current directory.
        Program::Command(c) => ("-c".to_owned(), c.clone(), "<string>".to_owned(), PathBuf::new()),
        Program::Stdin => {
            let mut s = String::new();
            if let Err(e) = std::io::Read::read_to_string(&mut std::io::stdin(), &mut s) {
                eprintln!("gilpy: can't read stdin: {e}");
                return 2;
            }
            ("-".to_owned(), s, "<stdin>".to_owned(), PathBuf::new())
        }
        Program::Interactive => (String::new(), String::new(), "<stdin>".to_owned(), PathBuf::new()),
    };
    if let Program::Dis(_) = program {
        return match gilpy::syntax::parse_module(&source)
            .and_then(|m| gilpy::compile::compile_module(&m, &source, &filename, gilpy::compile::Mode::Exec))
        {
            Ok(code) => {
                print!("{}", gilpy::compile::dis::disassemble(code));
                0
            }
            Err(e) => {
                eprint!("{}", e.render(&filename, &source));
                1
            }
        };
    }
    let mut argv = vec![argv0];
    argv.extend(args[rest..].iter().cloned());
    // PYTHONPATH's entries follow sys.path[0], as in CPython; empty ones are skipped.
    let mut path = vec![dir];
    if let Some(extra) = std::env::var_os("PYTHONPATH") {
        path.extend(std::env::split_paths(&extra).filter(|p| !p.as_os_str().is_empty()));
    }
    // GILPY_LIB=DIR: a developer's switch that reads the modules frozen from
    // lib/ out of DIR instead, so an edit there needs no rebuild.
    let lib_dir = std::env::var_os("GILPY_LIB").filter(|d| !d.is_empty()).map(PathBuf::from);
    let config = Config { gil_enabled: gil.unwrap_or(true), argv, path, xoptions, lib_dir };
    let gil_enabled = config.gil_enabled;
    let mut vm = gilpy::run::new_vm(config);
    if gil_enabled {
        // SAFETY: this process runs this one interpreter, with the GIL on,
        // and it has not run any code yet.
        unsafe { gilpy::objects::container_lock::trust_the_gil() };
    }
    vm.set_stack_size(MAIN_STACK);
    match program {
        Program::Interactive => gilpy::run::run_interactive(&mut vm, None),
        _ if inspect => gilpy::run::run_interactive(&mut vm, Some((&source, &filename))),
        _ => gilpy::run::run_main(&mut vm, &source, &filename),
    }
}
