//! The command line of `gilpy compare`: its own options up to the script,
//! everything after the script passed to it (with `{threads}` filled in).
//! Every mistake is a usage error (exit status 2) that names the problem.

use std::path::PathBuf;

pub const USAGE: &str = "usage: gilpy compare [--threads 1,2,4,8] [--runs N] [-o PLOT.svg] [--show-output] script.py [arg ...]
Runs script.py in fresh gilpy processes with the GIL on and with it off, for
each thread count, and prints the wall and CPU times and the speed-ups.
  --threads LIST  thread counts, separated by commas (default 1,2,4,8); each
                  reaches the script through a {threads} placeholder in its
                  arguments (without one, each mode runs once per round)
  --runs N        rounds (default 3): runs alternate GIL on, GIL off; the
                  median of the rounds is shown
  -o PLOT.svg     draw speed-up against thread count
  --show-output   let the script's output through (hidden by default)
Exits 1 when the two modes print different output (lines starting with
`time:` aside), with the status of a failing run when one fails.
";

/// The placeholder in the script's arguments that a thread count replaces.
pub const PLACEHOLDER: &str = "{threads}";

const DEFAULT_THREADS: [usize; 4] = [1, 2, 4, 8];
const DEFAULT_RUNS: usize = 3;

#[derive(Debug, PartialEq)]
pub struct Args {
    /// Sorted, without repeats.
    pub threads: Vec<usize>,
    /// Whether `--threads` was given (to warn when nothing uses it).
    pub threads_given: bool,
    pub runs: usize,
    pub output: Option<PathBuf>,
    pub show_output: bool,
    pub script: String,
    pub script_args: Vec<String>,
}

/// What the command line asks for.
#[derive(Debug, PartialEq)]
pub enum Parsed {
    Help,
    Run(Args),
}

impl Args {
    /// Whether the thread count reaches the script.
    pub fn scales(&self) -> bool {
        self.script_args.iter().any(|a| a.contains(PLACEHOLDER))
    }

    /// The thread counts to run: the list, or one unnamed run without a placeholder.
    pub fn counts(&self) -> Vec<Option<usize>> {
        if self.scales() {
            self.threads.iter().map(|&t| Some(t)).collect()
        } else {
            vec![None]
        }
    }

    /// The script's arguments for one thread count.
    pub fn script_args_for(&self, threads: Option<usize>) -> Vec<String> {
        match threads {
            Some(t) => self.script_args.iter().map(|a| a.replace(PLACEHOLDER, &t.to_string())).collect(),
            None => self.script_args.clone(),
        }
    }
}

/// Parses the words after `compare`. An `Err` is the message of a usage error.
pub fn parse(words: &[String]) -> Result<Parsed, String> {
    let mut threads = None;
    let mut runs = DEFAULT_RUNS;
    let mut output = None;
    let mut show_output = false;
    let mut i = 0;
    while i < words.len() {
        let word = words[i].as_str();
        // `--runs=3` as well as `--runs 3`.
        let (name, inline) = match word.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_owned())),
            _ => (word, None),
        };
        let mut value = |what: &str| -> Result<String, String> {
            if let Some(v) = inline.clone() {
                return Ok(v);
            }
            i += 1;
            words.get(i).cloned().ok_or_else(|| format!("{name} needs {what}"))
        };
        match name {
            "-h" | "--help" => return Ok(Parsed::Help),
            "--threads" => threads = Some(thread_counts(&value("a list of thread counts")?)?),
            "--runs" => runs = positive("--runs", &value("a number of rounds")?)?,
            "-o" | "--output" => output = Some(PathBuf::from(value("a file name")?)),
            "--show-output" => show_output = true,
            "--" => {
                i += 1;
                break;
            }
            _ if word.starts_with('-') && word.len() > 1 => return Err(format!("unknown option '{word}'")),
            _ => break,
        }
        i += 1;
    }
    let Some(script) = words.get(i).cloned() else {
        return Err("no script given".to_owned());
    };
    let threads_given = threads.is_some();
    let threads = threads.unwrap_or_else(|| DEFAULT_THREADS.to_vec());
    let args = Args { threads, threads_given, runs, output, show_output, script, script_args: words[i + 1..].to_vec() };
    if args.output.is_some() && !args.scales() {
        return Err(format!("-o draws speed-up against thread count: the script's arguments need a {PLACEHOLDER} placeholder"));
    }
    Ok(Parsed::Run(args))
}

/// `1,2,4` → `[1, 2, 4]`, sorted and without repeats.
fn thread_counts(list: &str) -> Result<Vec<usize>, String> {
    let mut counts = list.split(',').map(|n| positive("--threads", n.trim())).collect::<Result<Vec<_>, _>>()?;
    counts.sort_unstable();
    counts.dedup();
    Ok(counts)
}

/// A whole number of at least 1 (and at most a sane bound, so that a typo
/// cannot start a million threads).
fn positive(option: &str, text: &str) -> Result<usize, String> {
    const MOST: usize = 4096;
    match text.parse::<usize>() {
        Ok(n) if (1..=MOST).contains(&n) => Ok(n),
        _ => Err(format!("{option} takes whole numbers from 1 to {MOST} (separated by commas for --threads), not '{text}'")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    fn run(s: &str) -> Args {
        match parse(&words(s)) {
            Ok(Parsed::Run(a)) => a,
            other => panic!("{s}: {other:?}"),
        }
    }

    #[test]
    fn options_then_script_then_its_arguments() {
        let a = run("--threads 4,1,2,2 --runs=5 -o p.svg work.py {threads} --runs 9");
        assert_eq!(a.threads, [1, 2, 4]);
        assert_eq!(a.runs, 5);
        assert_eq!(a.output, Some(PathBuf::from("p.svg")));
        assert_eq!(a.script, "work.py");
        assert_eq!(a.script_args, words("{threads} --runs 9"));
        assert_eq!(a.script_args_for(Some(4)), words("4 --runs 9"));
        assert_eq!(a.counts(), [Some(1), Some(2), Some(4)]);
    }

    #[test]
    fn without_placeholder_one_run_per_mode() {
        let a = run("work.py 3");
        assert_eq!(a.threads, DEFAULT_THREADS);
        assert_eq!(a.counts(), [None]);
        assert_eq!(a.script_args_for(None), ["3"]);
    }

    #[test]
    fn mistakes_are_named() {
        for (line, said) in [
            ("--threads 0 w.py", "not '0'"),
            ("--threads x w.py", "not 'x'"),
            ("--threads 1,,2 w.py", "not ''"),
            ("--runs 0 w.py", "--runs takes"),
            ("--threads", "--threads needs"),
            ("--bogus w.py", "unknown option '--bogus'"),
            ("", "no script"),
            ("-o p.svg w.py", "placeholder"),
        ] {
            let err = parse(&words(line)).expect_err(line);
            assert!(err.contains(said), "{line}: {err}");
        }
    }
}
