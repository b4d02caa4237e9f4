//! The `candor` binary: parse the command line, run one command ([`candor::cmd`]), exit.

use std::process::ExitCode;

use clap::Parser;

use candor::cli::Cli;
use candor::cmd::{self, Outcome};

/// Exit codes: part of the interface.
const SUCCESS: u8 = 0;
const SITE_PROBLEMS: u8 = 1;
const USAGE_OR_IO: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cmd::run(cli.command) {
        Ok(Outcome::Success) => SUCCESS,
        Ok(Outcome::SiteProblems) => SITE_PROBLEMS,
        Err(e) => {
            candor::errln!("error: {e:#}");
            USAGE_OR_IO
        }
    };
    ExitCode::from(code)
}
