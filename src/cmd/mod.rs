//! One module per command of the command line ([`crate::cli`]). Each runs the pipeline of
//! [`crate::site`] as far as it needs, writes what it made and says what it found; `main.rs`
//! only dispatches and maps the [`Outcome`] to an exit code.

pub mod build;
pub mod check;
pub mod copy_theme;
pub mod diff;
pub mod init;
pub mod man;
pub mod mark_reviewed;
pub mod report;
pub mod review;
pub mod schema;
pub mod serve;
pub mod verify;

use std::io::Write;
use std::path::Path;

use crate::cli::Command;
use crate::diagnostic::{Diagnostic, Diagnostics, Printer};
use crate::fs;
use crate::history::lock::{self, Stamp};
use crate::history::published;
use crate::site::Site;

/// How a command ended, when it did not fail in candor's environment (an I/O error or a usage
/// error is an `Err`, exit code 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Exit code 0.
    Success,
    /// The site has problems, all reported: exit code 1.
    SiteProblems,
}

/// The site a command loaded (and its stamp, if it got that far), handed back with what the
/// command found so that a command about to end the process need not free it
/// ([`Loaded::leave_to_exit`]). Dropped, it frees the site as any value does.
#[derive(Default)]
pub struct Loaded(Option<(Site, Option<Stamp>)>);

impl Loaded {
    pub(crate) fn new(site: Site, stamp: Option<Stamp>) -> Loaded {
        Loaded(Some((site, stamp)))
    }

    /// The history it was checked with, where the site loaded.
    pub(crate) fn stamp(&self) -> Option<&Stamp> {
        self.0.as_ref().and_then(|(_, stamp)| stamp.as_ref())
    }

    /// Ends with the process instead of being freed: the system takes a process's memory back
    /// at once, where freeing a loaded site piece by piece (every language's words, the
    /// history) takes one core some 30 ms at 100 languages. Only for a process about to exit.
    pub fn leave_to_exit(self) {
        std::mem::forget(self);
    }
}

impl std::fmt::Debug for Loaded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() {
            "Loaded(site)"
        } else {
            "Loaded(nothing)"
        })
    }
}

/// Runs one command.
pub fn run(command: Command) -> anyhow::Result<Outcome> {
    match command {
        Command::Build {
            site,
            out,
            locked,
            pseudo,
        } => build::run(&site, out, locked, pseudo),
        Command::Check {
            site,
            locale,
            format,
            strict,
            record,
            published,
        } => check::run(&site, locale.as_deref(), format, strict, record, published),
        Command::Diff { site, format } => diff::run(&site, format),
        Command::Review { site, out } => review::run(&site, out),
        Command::MarkReviewed {
            site,
            locale,
            messages,
        } => mark_reviewed::run(&site, &locale, &messages),
        Command::Serve { site, port, poll } => {
            require_dir(&site)?;
            serve::serve(&site, port, poll)?;
            Ok(Outcome::Success)
        }
        Command::Schema { name, out } => schema::run(name.as_deref(), out.as_deref()),
        Command::Init { dir } => init::run(&dir),
        Command::Verify { dir } => verify::run(&dir),
        Command::CopyTheme { site, name } => copy_theme::run(&site, name.as_deref()),
        Command::Completions { shell } => man::completions(shell),
        Command::Man { out } => man::run(out.as_deref()),
    }
}

/// The error of an output whose history lists publications, or revisions, the lock does not
/// record.
pub(crate) fn lost_records(root: &Path, out: &Path, lost: &[published::Lost]) -> Diagnostic {
    // Relative to the site where the output is in it (as `public/` is), otherwise in full.
    let root = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let name = |path: &Path| match path.starts_with(&root) {
        true => fs::display_name(&root, path),
        false => shown(path),
    };
    let index = name(&out.join(published::INDEX));
    // A revision the lock holds of a publication the output listed whole: added since.
    let added: Vec<String> = (lost.iter())
        .filter(|l| matches!(l, published::Lost::Added { .. }))
        .map(published::Lost::describe)
        .collect();
    if added.len() == lost.len() {
        return Diagnostic::error(format!(
            "{} records {}, which {index} does not list though it lists that publication's revisions and the publications after it: a revision is recorded of the last publication only, so {} was added since",
            lock::FILE,
            added.join(", "),
            if added.len() == 1 { "it" } else { "each" }
        ))
        .in_file_named(lock::FILE)
        .with_help(format!(
            "restore {} from version control: it is the record of what was published, and the output shows it was not edited this way",
            lock::FILE
        ));
    }
    let records: Vec<String> = (lost.iter())
        .filter(|l| !matches!(l, published::Lost::Added { .. }))
        .map(published::Lost::describe)
        .collect();
    let (them, they) = match records.len() {
        1 => ("it", "it"),
        _ => ("them", "they"),
    };
    Diagnostic::error(format!(
        "{index} lists {}, which {} does not record: building would take {them} out of the site's history",
        records.join(", "),
        lock::FILE
    ))
    .in_file_named(lock::FILE)
    .with_help(format!(
        "restore {} from version control (an older copy lacks what was published since); if {they} never went public, delete {} and build again; where two branches each published records, no one lock holds both: keep the branch this output published, as {} then no longer names the other's",
        lock::FILE,
        name(out),
        name(out)
    ))
}

/// Where the site's default output (`public/`), a built site, lists records `stamp`'s history
/// does not hold (an older `candor.lock` restored), what `build` would refuse: told by the
/// commands that say whether the site can be published as it stands.
pub(crate) fn lost_from_default_output(root: &Path, stamp: &Stamp) -> Option<Diagnostic> {
    use crate::write::output::{self, Contents};
    let public = root.join("public");
    let built = std::fs::symlink_metadata(&public).is_ok_and(|m| m.is_dir())
        && matches!(output::marked(&public), Some(Some(Contents::Site) | None));
    let lost = match built {
        true => published::lost(&public, &stamp.history),
        false => Vec::new(),
    };
    (!lost.is_empty()).then(|| lost_records(root, &public, &lost))
}

/// Where `file`, the `history.json` of the site as deployed (`check --published`), lists
/// records `stamp`'s history does not hold: a clone has no output to tell that an older lock
/// was restored, or a merge kept the other branch's (qa153). Its words are never shown: it may
/// be any file.
pub(crate) fn lost_from_deployed(file: &Path, stamp: &Stamp) -> Option<Diagnostic> {
    let name = shown(file);
    let bytes = match crate::fs::read_named(file) {
        Ok(bytes) => bytes,
        Err(why) => {
            return Some(
                Diagnostic::error(format!(
                    "cannot read `{name}`, the site's history as deployed: {why}"
                ))
                .with_help(
                    "give `--published` the history.json of the deployed site, downloaded as \
                     it is served (`curl -fsS https://…/history.json -o deployed-history.json`)",
                ),
            );
        }
    };
    let Some(lost) = published::lost_in(&bytes, &stamp.history) else {
        return Some(
            Diagnostic::error(format!("`{name}` is not a history.json that candor wrote"))
                .with_help(
                    "give `--published` the history.json of the deployed site, as it is served",
                ),
        );
    };
    let records: Vec<String> = lost.iter().map(published::Lost::describe).collect();
    (!records.is_empty()).then(|| {
        Diagnostic::error(format!(
            "`{name}` (the site as deployed) lists {}, which {} does not record: publishing \
             this would take what was published out of the site's history",
            records.join(", "),
            lock::FILE
        ))
        .in_file_named(lock::FILE)
        .with_help(format!(
            "restore {} from the commit that recorded what was deployed (`git log -- {}`); \
             where two branches each recorded a publication, keep the lock of the one that was \
             deployed, and build the other's changes again on top of it",
            lock::FILE,
            lock::FILE
        ))
    })
}

/// A path as a command's message shows it: a control character in it (a folder's name can hold
/// `ESC ] 0 ; …`) as a visible escape, never as the bytes a terminal runs.
fn shown(path: &Path) -> String {
    crate::text::visible_name(&path.display().to_string()).into_owned()
}

/// The site folder must exist: a usage error otherwise.
fn require_dir(site: &Path) -> anyhow::Result<()> {
    if !site.is_dir() {
        anyhow::bail!("`{}` is not a folder", site.display());
    }
    Ok(())
}

/// What a command that failed on the site's problems did about its outputs, for the summary line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Writes {
    /// It writes files, and wrote none of them.
    Nothing,
    /// It never writes (`check`, `diff`, `verify`).
    Never,
}

/// Prints every diagnostic, sorted, and a one-line summary, on stderr.
fn print_diagnostics(diags: &mut Diagnostics, writes: Writes) {
    if diags.is_empty() {
        return;
    }
    diags.sort();
    let printer = Printer::for_stderr();
    let mut err = std::io::stderr().lock();
    let (shown, unshown) = diags.shown();
    for d in shown {
        let _ = write!(err, "{}", printer.render(d));
    }
    if let Some(line) = unshown.line() {
        let _ = write!(err, "{line}");
    }
    let (errors, warnings) = (diags.error_count(), diags.warning_count());
    let nothing = match writes {
        Writes::Nothing => "; nothing was written",
        Writes::Never => "",
    };
    let _ = match (errors, warnings) {
        (0, w) => writeln!(err, "no errors, {}", plural(w, "warning")),
        (e, 0) => writeln!(err, "failed: {}{nothing}", plural(e, "error")),
        (e, w) => writeln!(
            err,
            "failed: {}, {}{nothing}",
            plural(e, "error"),
            plural(w, "warning")
        ),
    };
}

/// `n` and `word`, in the plural unless `n` is one ("1 error", "2 annexes").
fn plural(n: usize, word: &str) -> String {
    match n {
        1 => format!("1 {word}"),
        _ if word.ends_with('x') => format!("{n} {word}es"),
        _ => format!("{n} {word}s"),
    }
}
