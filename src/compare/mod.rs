//! `gilpy compare`: runs one program with the GIL on and with it off, across
//! thread counts, and shows how it scales — the question people pick gilpy
//! to answer, in one command instead of a dozen runs and a pencil.
//!
//! `args` reads the command line, `run` runs and measures one child process,
//! `table` turns the runs into the printed table and its reading, `svg`
//! draws the plot.

mod args;
mod run;
mod svg;
mod table;

use std::io::{IsTerminal, Write};

use args::{Args, Parsed, USAGE};
use run::{Measured, Mode};

/// `gilpy compare ...` (`words` follow the word `compare`). Returns the exit status.
pub fn compare_main(words: &[String]) -> i32 {
    let args = match args::parse(words) {
        Ok(Parsed::Help) => {
            print!("{USAGE}");
            return 0;
        }
        Ok(Parsed::Run(args)) => args,
        Err(message) => {
            eprint!("gilpy compare: {message}\n{USAGE}");
            return 2;
        }
    };
    if !std::path::Path::new(&args.script).is_file() {
        // As gilpy itself says it, so that the two read alike.
        let shown = std::path::absolute(&args.script).unwrap_or_else(|_| args.script.clone().into());
        eprint!("gilpy compare: can't open file '{}': [Errno 2] No such file or directory\n{USAGE}", shown.display());
        return 2;
    }
    if args.threads_given && !args.scales() {
        eprintln!(
            "gilpy compare: --threads is not used: no {} among the script's arguments, so each mode runs once per round",
            args::PLACEHOLDER
        );
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    match measure(&args) {
        Ok(outcome) => report(&args, &outcome, cores),
        Err(status) => status,
    }
}

/// Every round's runs, and what the output check found.
struct Outcome {
    counts: Vec<Option<usize>>,
    /// `runs[count][mode]`: one `Measured` per round.
    runs: Vec<[Vec<Measured>; 2]>,
    first_difference: Option<(String, table::Difference)>,
    pairs: usize,
    differing: usize,
}

/// Runs all rounds: in each, every thread count with the GIL on then off, so
/// a machine that drifts (another job starts, a CPU warms up) hits both
/// modes alike. A failing run stops everything: `Err` is the exit status.
fn measure(args: &Args) -> Result<Outcome, i32> {
    let counts = args.counts();
    let mut outcome =
        Outcome { counts: counts.clone(), runs: Vec::new(), first_difference: None, pairs: 0, differing: 0 };
    outcome.runs.resize_with(counts.len(), Default::default);
    let progress = std::io::stderr().is_terminal() && !args.show_output;
    for round in 1..=args.runs {
        for (i, &threads) in counts.iter().enumerate() {
            let which = match threads {
                Some(t) => format!("{t} thread{}, round {round}", if t == 1 { "" } else { "s" }),
                None => format!("round {round}"),
            };
            let script_args = args.script_args_for(threads);
            for (m, mode) in Mode::BOTH.into_iter().enumerate() {
                if progress {
                    eprint!("\r\x1b[Kgilpy compare: {}, {which} of {}...", mode.name(), args.runs);
                }
                let result = run::run_once(&args.script, &script_args, mode);
                if progress {
                    eprint!("\r\x1b[K");
                }
                let run = match result {
                    Ok(run) => run,
                    Err(failed) => {
                        if args.show_output {
                            print!("{}", failed.stdout);
                        }
                        let _ = std::io::stdout().flush();
                        eprintln!("gilpy compare: {} with the {} ({which}); its stderr:", failed.message, mode.name());
                        eprint!("{}", failed.stderr);
                        if !failed.stderr.is_empty() && !failed.stderr.ends_with('\n') {
                            eprintln!();
                        }
                        return Err(failed.status);
                    }
                };
                if args.show_output {
                    println!("--- {}, {which} ---", mode.name());
                    print!("{}", run.stdout);
                    let _ = std::io::stdout().flush();
                    eprint!("{}", run.stderr);
                }
                outcome.runs[i][m].push(run);
            }
            let [on, off] = &outcome.runs[i];
            outcome.pairs += 1;
            if let Some(d) = table::first_difference(&on[round - 1].stdout, &off[round - 1].stdout) {
                outcome.differing += 1;
                outcome.first_difference.get_or_insert((which, d));
            }
        }
    }
    Ok(outcome)
}

/// Prints the table, its footer and the output check; draws the plot.
fn report(args: &Args, outcome: &Outcome, cores: usize) -> i32 {
    let rows = table::rows(&outcome.counts, &outcome.runs);
    let mut command = vec![args.script.clone()];
    command.extend(args.script_args.iter().cloned());
    let rounds = if args.runs == 1 { "1 round".to_owned() } else { format!("median of {} rounds", args.runs) };
    let title = format!("gilpy compare: {} ({rounds}, GIL on and off alternating)", command.join(" "));
    print!("{}", table::render(&title, &rows));
    println!();
    print!("{}", table::footer(&rows, cores));
    let difference = outcome.first_difference.as_ref().map(|(which, d)| (which.as_str(), d.clone()));
    print!("{}", table::output_verdict(difference, outcome.pairs, outcome.differing));
    let mut status = if outcome.differing > 0 { 1 } else { 0 };
    if let Some(path) = &args.output {
        let name = std::path::Path::new(&args.script).file_name().map_or(args.script.clone(), |n| n.to_string_lossy().into_owned());
        let plot_title = format!("gilpy compare — {name}, GIL on and off ({rounds})");
        match std::fs::write(path, svg::draw(&plot_title, &rows, cores)) {
            Ok(()) => println!("plot: {}", path.display()),
            Err(e) => {
                eprintln!("gilpy compare: can't write '{}': {e}", path.display());
                status = 1;
            }
        }
    }
    status
}
