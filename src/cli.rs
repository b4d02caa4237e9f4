//! The command line.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// candor compiles one data model of how an organisation handles personal data into a public
/// transparency site, in every language.
///
/// Exit codes: 0 success, 1 the site has problems, 2 usage or I/O error.
#[derive(Debug, Parser)]
#[command(name = "candor", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into its output directory, recording a publication in candor.lock when
    /// what it publishes changed.
    Build {
        /// The site's folder (holding candor.toml).
        #[arg(default_value = ".")]
        site: PathBuf,
        /// Where to write the site [default: SITE/public].
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Fail instead of recording a new publication in candor.lock (for CI).
        #[arg(long)]
        locked: bool,
    },
    /// Check the site for problems without writing anything.
    Check {
        /// The site's folder (holding candor.toml).
        #[arg(default_value = ".")]
        site: PathBuf,
    },
    /// Start a new site in DIR: configuration, commented content files and en/de/nl locales.
    Init {
        /// The folder to create (it must not exist, or be empty).
        dir: PathBuf,
    },
}
