//! The `candor` binary: parse the command line, run one command, print what it found, exit.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use clap::Parser;

use candor::cli::{Cli, Command, Format};
use candor::diagnostic::{Diagnostics, Printer};
use candor::lock::{self, Recording};
use candor::site::{self, Options};
use candor::{init, report, serve};

/// Exit codes: part of the interface.
const SUCCESS: u8 = 0;
const SITE_PROBLEMS: u8 = 1;
const USAGE_OR_IO: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match run(cli.command) {
        Ok(code) => code,
        Err(e) => {
            candor::errln!("error: {e:#}");
            USAGE_OR_IO
        }
    };
    ExitCode::from(code)
}

fn run(command: Command) -> anyhow::Result<u8> {
    let mut diags = Diagnostics::default();
    match command {
        Command::Build {
            site,
            out,
            locked,
            pseudo,
        } => {
            require_dir(&site)?;
            let out = out.unwrap_or_else(|| site.join("public"));
            let today = lock::publication_date().map_err(anyhow::Error::msg)?;
            let recording = match (locked, pseudo) {
                (true, _) => Recording::Locked,
                (false, true) => Recording::Preview { today },
                (false, false) => Recording::Record { today },
            };
            let options = Options {
                pseudo,
                ..Options::new(recording)
            };
            let built = site::build(&site, &out, &options, &mut diags)?;
            print_diagnostics(&mut diags);
            let Some(b) = built else {
                return Ok(SITE_PROBLEMS);
            };
            let recorded = if b.recorded && !pseudo {
                format!("; recorded a new publication in {}", lock::FILE)
            } else {
                String::new()
            };
            let pseudo = if pseudo { " pseudo-localized" } else { "" };
            candor::outln!(
                "built{pseudo} {} ({}) into {}: last modified {}{recorded}",
                plural(b.languages.len(), "language"),
                b.languages.join(", "),
                b.out.display(),
                b.date
            );
            Ok(SUCCESS)
        }
        Command::Check {
            site,
            locale,
            format,
            strict,
        } => {
            require_dir(&site)?;
            let today = lock::publication_date().map_err(anyhow::Error::msg)?;
            let options = Options {
                strict,
                ..Options::new(Recording::Preview { today })
            };
            let statuses = site::check(&site, &options, locale.as_deref(), &mut diags);
            if let Some(tag) = &locale
                && !statuses.iter().any(|s| s.language == *tag)
                && !diags.has_errors()
            {
                anyhow::bail!(
                    "`{tag}` is not a translation of this site (see `languages` in candor.toml)"
                );
            }
            let ok = !diags.has_errors();
            diags.sort();
            match format {
                Format::Json => {
                    let json = report::check_json(&diags, &statuses, ok);
                    candor::outln!("{}", serde_json::to_string_pretty(&json)?);
                }
                Format::Text => {
                    print_diagnostics(&mut diags);
                    candor::out!("{}", report::translations_table(&statuses));
                    if ok {
                        candor::outln!("no problems found in {}", site.display());
                    }
                }
            }
            Ok(if ok { SUCCESS } else { SITE_PROBLEMS })
        }
        Command::Diff { site, format } => {
            require_dir(&site)?;
            let diff = site::diff(&site, &mut diags);
            print_diagnostics(&mut diags);
            let Some(diff) = diff else {
                return Ok(SITE_PROBLEMS);
            };
            match format {
                Format::Json => candor::outln!("{}", serde_json::to_string_pretty(&diff)?),
                Format::Text => candor::out!("{}", diff.to_text()),
            }
            Ok(SUCCESS)
        }
        Command::Review { site, out } => {
            require_dir(&site)?;
            let out = out.unwrap_or_else(|| site.join("review"));
            let today = lock::publication_date().map_err(anyhow::Error::msg)?;
            let reviewed = site::review(&site, &out, today, &mut diags)?;
            print_diagnostics(&mut diags);
            let Some(languages) = reviewed else {
                return Ok(SITE_PROBLEMS);
            };
            candor::outln!(
                "wrote review pages ({}) into {}: open {}",
                languages.join(", "),
                out.display(),
                out.join(&languages[0]).join("index.html").display()
            );
            Ok(SUCCESS)
        }
        Command::MarkReviewed {
            site,
            locale,
            messages,
        } => {
            require_dir(&site)?;
            let marked = site::mark_reviewed(&site, &locale, &messages, &mut diags)?;
            let failed = diags.has_errors();
            print_diagnostics(&mut diags);
            if failed {
                return Ok(SITE_PROBLEMS);
            }
            match marked.len() {
                0 => candor::outln!("no stale messages in `{locale}`"),
                _ => candor::outln!("marked as reviewed in `{locale}`: {}", marked.join(", ")),
            }
            Ok(SUCCESS)
        }
        Command::Serve { site, port, poll } => {
            require_dir(&site)?;
            serve::serve(&site, port, poll)?;
            Ok(SUCCESS)
        }
        Command::Schema { name, out } => {
            match (name, out) {
                (_, Some(dir)) => candor::schema::write_all(&dir)?,
                (Some(name), None) => candor::out!(
                    "{}",
                    candor::schema::text(&name).expect("clap checked the name")
                ),
                (None, None) => unreachable!("clap requires one of them"),
            }
            Ok(SUCCESS)
        }
        Command::Init { dir } => {
            init::init(&dir)?;
            candor::outln!(
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

/// Prints every diagnostic, sorted, and a one-line summary, on stderr.
fn print_diagnostics(diags: &mut Diagnostics) {
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
