//! `candor completions SHELL` and `candor man [--out DIR]`: the shell completion scripts and the
//! manual pages, both generated from the command-line definition ([`crate::cli`]) by
//! `clap_complete` and `clap_mangen`, so they name every command and option there is.

use std::path::Path;

use anyhow::{Context, bail};
use clap::CommandFactory;

use super::Outcome;
use crate::cli::Cli;

/// Prints the completion script for `shell`.
pub fn completions(shell: clap_complete::Shell) -> anyhow::Result<Outcome> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "candor", &mut script);
    crate::out!("{}", String::from_utf8_lossy(&script));
    Ok(Outcome::Success)
}

/// Every manual page, as `(file name, roff text)`: `candor.1` first, then one per command.
pub fn pages() -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    fn add(cmd: clap::Command, pages: &mut Vec<(String, Vec<u8>)>) -> std::io::Result<()> {
        let man = clap_mangen::Man::new(cmd.clone());
        let mut text = Vec::new();
        man.render(&mut text)?;
        pages.push((man.get_filename(), text));
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            add(sub.clone(), pages)?;
        }
        Ok(())
    }
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut pages = Vec::new();
    add(cmd, &mut pages).context("cannot render the manual pages")?;
    Ok(pages)
}

/// Prints `candor.1`, or writes every page into `out`. A page already there is left as it is
/// when it holds the same text, and is never replaced when it does not.
pub fn run(out: Option<&Path>) -> anyhow::Result<Outcome> {
    let pages = pages()?;
    let Some(dir) = out else {
        let (_, main) = pages.first().context("no manual page")?;
        crate::out!("{}", String::from_utf8_lossy(main));
        return Ok(Outcome::Success);
    };
    let taken = crate::fs::taken(dir, &pages, |_, _| false);
    if !taken.is_empty() {
        bail!(
            "`{}` already holds {} with other contents (or as a link or special file): candor \
             replaces no file it did not write; remove them, or choose another folder",
            crate::text::visible_name(&dir.display().to_string()),
            crate::text::visible_name(&taken.join(", "))
        );
    }
    crate::fs::write_files(dir, &pages)?;
    crate::outln!(
        "wrote {} manual pages into {} (read one with `man {}/candor.1`)",
        pages.len(),
        super::shown(dir),
        super::shown(dir)
    );
    Ok(Outcome::Success)
}
