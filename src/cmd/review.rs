//! `candor review`: every language's page as it will be published, with the changes since the
//! last publication marked and summed up at the top, for legal. Records nothing.

use std::path::{Path, PathBuf};

use super::{Outcome, Writes, print_diagnostics, require_dir};
use crate::diagnostic::Diagnostics;
use crate::history::lock::{self, Recording};
use crate::render::Files;
use crate::site::{self, Options, SOURCES, Site};
use crate::write::output;

pub fn run(site: &Path, out: Option<PathBuf>) -> anyhow::Result<Outcome> {
    require_dir(site)?;
    let out = match out {
        Some(out) => out,
        None => output::default_folder(site, "review").map_err(output::Error::from)?,
    };
    let now = lock::publication_time().map_err(anyhow::Error::msg)?;
    let mut diags = Diagnostics::default();
    let reviewed = review(site, &out, now, &mut diags)?;
    print_diagnostics(&mut diags, Writes::Nothing);
    let Some(languages) = reviewed else {
        return Ok(Outcome::SiteProblems);
    };
    crate::outln!(
        "wrote review pages ({}) into {}: open {}",
        languages.join(", "),
        super::shown(&out),
        super::shown(&out.join(&languages[0]).join("index.html"))
    );
    Ok(Outcome::Success)
}

/// Writes the review pages of the site at `root` to `out`; the languages, or `None` if the site
/// has problems (all in `diags`).
pub fn review(
    root: &Path,
    out: &Path,
    now: jiff::Timestamp,
    diags: &mut Diagnostics,
) -> Result<Option<Vec<String>>, output::Error> {
    let target = output::Target::judge(root, out, &SOURCES, output::Contents::Review)?;
    let options = Options {
        missing: crate::render::Missing::ShowsTheSource,
        placeholders: crate::load::placeholder::Placeholders::Show,
        ..Options::new(Recording::Preview { now })
    };
    let Some(site) = Site::load(root, &options, diags) else {
        return Ok(None);
    };
    // Each language's page is rendered twice (as the last publication showed it, and now).
    let _words = site.locales.hold();
    let Some(stamp) = site.stamp(&options, diags) else {
        return Ok(None);
    };
    // Reviewed against a history the published site is ahead of: `build` would refuse it.
    if let Some(lost) = super::lost_from_default_output(root, &stamp) {
        diags.push(lost);
        return Ok(None);
    }
    // Into the folder that becomes the review, a batch at a time, as `build` writes the site;
    // it replaces the folder only if everything rendered and was reviewed.
    let held = target.hold()?;
    let staging = output::Staging::new(&target, &held)?;
    let emit = |files: Files| staging.add(&files);
    if !site::render_review_to(&site, &stamp, &options, &emit, diags)? {
        return Ok(None);
    }
    staging.commit()?;
    Ok(Some(
        site.locales
            .locales
            .iter()
            .map(|l| l.language.tag.clone())
            .collect(),
    ))
}
