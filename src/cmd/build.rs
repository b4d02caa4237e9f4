//! `candor build`: everything, then the output folder, then the lock file and the translation
//! records. On any error nothing is written.

use std::path::{Path, PathBuf};

use super::{Loaded, Outcome, Writes, plural, print_diagnostics, require_dir};
use crate::diagnostic::Diagnostics;
use crate::history::lock::{self, Recording};
use crate::site::{Options, SOURCES, Site};
use crate::write::{output, records};

/// What a successful build did.
#[derive(Debug)]
pub struct Built {
    pub out: PathBuf,
    pub languages: Vec<String>,
    pub date: jiff::civil::Date,
    /// Whether this build recorded a new publication in `candor.lock`.
    pub recorded: bool,
    /// The site as loaded: `candor build` leaves it to the process's exit.
    pub loaded: Loaded,
}

pub fn run(
    site: &Path,
    out: Option<PathBuf>,
    locked: bool,
    pseudo: bool,
) -> anyhow::Result<Outcome> {
    require_dir(site)?;
    let out = out.unwrap_or_else(|| site.join("public"));
    let now = lock::publication_time().map_err(anyhow::Error::msg)?;
    let recording = match (locked, pseudo) {
        (true, _) => Recording::Locked,
        (false, true) => Recording::Preview { now },
        (false, false) => Recording::Record { now },
    };
    let options = Options {
        pseudo,
        ..Options::new(recording)
    };
    let mut diags = Diagnostics::default();
    let built = build(site, &out, &options, &mut diags)?;
    print_diagnostics(&mut diags, Writes::Nothing);
    let Some(b) = built else {
        return Ok(Outcome::SiteProblems);
    };
    let recorded = if b.recorded {
        format!("; recorded a new publication in {}", lock::FILE)
    } else {
        String::new()
    };
    let pseudo = if pseudo { " pseudo-localized" } else { "" };
    crate::outln!(
        "built{pseudo} {} ({}) into {}: last modified {}{recorded}",
        plural(b.languages.len(), "language"),
        b.languages.join(", "),
        b.out.display(),
        b.date
    );
    b.loaded.leave_to_exit();
    Ok(Outcome::Success)
}

/// Builds the site at `root` into `out`; `None` if the site has problems (all in `diags`).
pub fn build(
    root: &Path,
    out: &Path,
    options: &Options,
    diags: &mut Diagnostics,
) -> Result<Option<Built>, output::Error> {
    let target = output::Target::judge(root, out, &SOURCES)?;
    let Some(site) = Site::load(root, options, diags) else {
        return Ok(None);
    };
    let Some(stamp) = site.stamp(options.recording, diags) else {
        return Ok(None);
    };
    // The pages go straight into the directory that becomes the site, a batch at a time; it
    // replaces the output only if everything rendered, and otherwise the output stays as it was
    // and the staging folder goes.
    let staging = output::Staging::new(&target)?;
    if !site.render_to(&stamp, options, &|files| staging.add(&files), diags)? {
        return Ok(None);
    }
    staging.commit()?;
    // Only now that the output is in place is the publication recorded. A pseudo-localized
    // build publishes nothing and records nothing. `--locked` guards the publications;
    // translation records are bookkeeping that the next plain build brings up to date (a
    // translation without a record counts as translated from today's source).
    let records = !options.pseudo;
    let translation_records = records && options.recording != Recording::Locked;
    if stamp.publishing.writes_lock() && records {
        records::lock(root, &stamp.lock_file())?;
    }
    let recorded = stamp.publishing == lock::Publishing::Recorded && records;
    if translation_records {
        records::translation_records(root, &site.translations)?;
    }
    Ok(Some(Built {
        out: target.path().to_path_buf(),
        languages: site
            .config
            .languages
            .iter()
            .map(|l| l.tag.clone())
            .collect(),
        date: stamp.date,
        recorded,
        loaded: Loaded::new(site, Some(stamp)),
    }))
}
