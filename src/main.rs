//! The `candor` binary: parse the command line, run one command, print what it found, exit.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use clap::Parser;

use candor::cli::{Cli, Command};
use candor::diagnostic::{Diagnostics, Printer};
use candor::lock::{self, Recording};
use candor::{init, site};

/// Exit codes: part of the interface.
const SUCCESS: u8 = 0;
const SITE_PROBLEMS: u8 = 1;
const USAGE_OR_IO: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match run(cli.command) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            USAGE_OR_IO
        }
    };
    ExitCode::from(code)
}

fn run(command: Command) -> anyhow::Result<u8> {
    let mut diags = Diagnostics::default();
    match command {
        Command::Build { site, out, locked } => {
            require_dir(&site)?;
            let out = out.unwrap_or_else(|| site.join("public"));
            let recording = if locked {
                Recording::Locked
            } else {
                Recording::Record {
                    today: lock::publication_date().map_err(anyhow::Error::msg)?,
                }
            };
            let built = site::build(&site, &out, recording, &mut diags)?;
            report(&mut diags);
            match built {
                Some(b) => {
                    let recorded = if b.recorded {
                        format!("; recorded a new publication in {}", lock::FILE)
                    } else {
                        String::new()
                    };
                    println!(
                        "built {} ({}) into {}: last modified {}{recorded}",
                        plural(b.languages.len(), "language"),
                        b.languages.join(", "),
                        b.out.display(),
                        b.date
                    );
                    Ok(SUCCESS)
                }
                None => Ok(SITE_PROBLEMS),
            }
        }
        Command::Check { site } => {
            require_dir(&site)?;
            let today = lock::publication_date().map_err(anyhow::Error::msg)?;
            let ok = site::prepare(&site, Recording::Preview { today }, &mut diags).is_some();
            report(&mut diags);
            if ok {
                println!("no problems found in {}", site.display());
                Ok(SUCCESS)
            } else {
                Ok(SITE_PROBLEMS)
            }
        }
        Command::Init { dir } => {
            init::init(&dir)?;
            println!(
                "created a new candor site in {}: edit content/*.toml, then run `candor build {}`",
                dir.display(),
                dir.display()
            );
            Ok(SUCCESS)
        }
    }
}

fn require_dir(site: &Path) -> anyhow::Result<()> {
    if !site.is_dir() {
        anyhow::bail!("`{}` is not a folder", site.display());
    }
    Ok(())
}

/// Prints every diagnostic, sorted, and a one-line summary.
fn report(diags: &mut Diagnostics) {
    if diags.is_empty() {
        return;
    }
    diags.sort();
    let printer = Printer::for_stderr();
    let mut err = std::io::stderr().lock();
    for d in diags.iter() {
        let _ = write!(err, "{}", printer.render(d));
    }
    let (errors, warnings) = (diags.error_count(), diags.warning_count());
    let _ = match (errors, warnings) {
        (0, w) => writeln!(err, "{}", plural(w, "warning")),
        (e, 0) => writeln!(err, "failed: {}; nothing was written", plural(e, "error")),
        (e, w) => writeln!(
            err,
            "failed: {}, {}; nothing was written",
            plural(e, "error"),
            plural(w, "warning")
        ),
    };
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}
