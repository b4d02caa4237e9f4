//! `candor check`: every stage but writing, and where each translation stands. With `--record`,
//! it also brings the translation records up to date, and writes nothing else.

use std::path::Path;
use std::sync::Arc;

use super::{Loaded, Outcome, Writes, print_diagnostics, report, require_dir};
use crate::cli::Format;
use crate::diagnostic::Diagnostics;
use crate::history::lock::{self, Recording};
use crate::render;
use crate::site::{Options, Site};
use crate::validate::status::{self, Status};
use crate::write::records::Records;

pub fn run(
    site: &Path,
    locale: Option<&str>,
    format: Format,
    strict: bool,
    record: bool,
    published: Option<std::path::PathBuf>,
) -> anyhow::Result<Outcome> {
    require_dir(site)?;
    let now = lock::publication_time().map_err(anyhow::Error::msg)?;
    let options = Options {
        strict,
        ..Options::new(Recording::Preview { now })
    };
    // The source language has no translation to check: said before the site is loaded, with
    // the languages that have (the configuration's problems are `check`'s to report, below).
    if let Some(tag) = locale
        && let Some(config) = crate::load::config::load(site, &mut Diagnostics::default())
        && config.source_language().tag == tag
    {
        let translations: Vec<&str> = (config.languages.iter())
            .map(|l| l.tag.as_str())
            .filter(|t| *t != tag)
            .collect();
        anyhow::bail!(
            "`{tag}` is the source language of this site: it has no translation to check. \
             `--locale` takes one of its translations: {}",
            translations.join(", ")
        );
    }
    let mut diags = Diagnostics::default();
    // With --record, the records are read and written by this run alone.
    let _held = record.then(|| crate::write::output::hold_site(site));
    let keep = match record {
        true => Keep::Records,
        false => Keep::Nothing,
    };
    let (statuses, records, loaded) = check(site, &options, locale, keep, &mut diags);
    // What the site as deployed published, which the lock must hold (a clone has no output).
    if let (Some(file), Some(stamp)) = (&published, loaded.stamp())
        && let Some(lost) = super::lost_from_deployed(file, stamp)
    {
        diags.push(lost);
    }
    // What `check` loaded ends with the process; the statuses it found are all that is left
    // to report.
    loaded.leave_to_exit();
    if let Some(tag) = locale
        && !statuses.iter().any(|s| s.language == *tag)
        && !diags.has_errors()
    {
        anyhow::bail!("`{tag}` is not a translation of this site (see `languages` in candor.toml)");
    }
    // A region is checked with its parent, whose words it takes: what is reported is the
    // region's alone. (Borrowed: each status holds its translation's whole record.)
    let shown: Vec<&Status> = statuses
        .iter()
        .filter(|s| locale.is_none_or(|tag| s.language == tag))
        .collect();
    let ok = !diags.has_errors();
    // Records are written only from a site without errors, as a build writes them: a
    // translation file that did not parse would otherwise lose its messages' records, and one
    // whose message is missing (misspelt, say) its record. Stale translations are errors only
    // by the site's policy (`stale = "fail"`, `--strict`), and are what the records are for: a
    // translator edits after the source's change is on record. Where they are all that is
    // wrong (nothing missing, and the site checked again with them as warnings finds no
    // error), the records are written all the same, and the run still fails, as the build
    // would.
    let recordable = ok
        || record
            && statuses.iter().all(|s| s.missing.is_empty())
            && only_translations_fail(site, &options, locale);
    // Before the site's first publication there is nothing to record against: records written
    // then read as those of a site whose `candor.lock` was lost, which every command refuses
    // (qa140: `check --record` on a new site made its next `check` and `build` fail). Its first
    // build records what each translation was made from.
    let unpublished = std::fs::symlink_metadata(site.join(lock::FILE)).is_err();
    let recorded = if record && recordable && !unpublished {
        records.write()?;
        Some(
            (records.languages().iter())
                .map(|tag| status::path(Path::new(""), tag).display().to_string())
                .collect::<Vec<_>>(),
        )
    } else {
        None
    };
    diags.sort();
    match format {
        Format::Json => {
            let json = report::check_json(&diags, &shown, ok, recorded.as_deref());
            crate::outln!("{}", serde_json::to_string_pretty(&json)?);
        }
        Format::Text => {
            let writes = match (record, &recorded) {
                (true, None) => Writes::Nothing,
                _ => Writes::Never,
            };
            print_diagnostics(&mut diags, writes);
            if diags.is_empty() {
                crate::errln!("no problems found in {}", super::shown(site));
            }
            crate::out!("{}", report::translations_table(&shown));
            match recorded.as_deref() {
                Some([]) => crate::outln!("the translation records are up to date"),
                Some(files) => crate::outln!("recorded {}", files.join(", ")),
                None if record && unpublished && ok => crate::outln!(
                    "no translation record written: the site has no publication yet (no {}), \
                     and its first `candor build` records what each translation was made from",
                    lock::FILE
                ),
                None => {}
            }
        }
    }
    Ok(if ok {
        Outcome::Success
    } else {
        Outcome::SiteProblems
    })
}

/// Whether the site at `root`, checked with stale (and missing) translations as warnings, as
/// the preview checks it, has no error.
fn only_translations_fail(root: &Path, options: &Options, only: Option<&str>) -> bool {
    let relaxed = Options {
        missing: render::Missing::ShowsTheSource,
        strict: false,
        ..*options
    };
    let mut diags = Diagnostics::default();
    let (_, _, loaded) = check(root, &relaxed, only, Keep::Nothing, &mut diags);
    loaded.leave_to_exit();
    !diags.has_errors()
}

/// Whether [`check`] keeps the translation records it finds changed, to be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// As their text, made before the render as `build` makes it (`check --record`).
    Records,
    Nothing,
}

/// Every stage but writing: the site is rendered a batch of pages at a time and nothing is
/// kept, so `check` never holds the rendered site and needs no more memory than `build`.
/// Returns where each translation stands, the records that changed (as `keep` says), and the
/// site as loaded.
pub fn check(
    root: &Path,
    options: &Options,
    only: Option<&str>,
    keep: Keep,
    diags: &mut Diagnostics,
) -> (Arc<[Status]>, Records, Loaded) {
    check_each(root, options, only, keep, &|_files| Ok(()), diags)
}

/// [`check`], handing the rendered files to `look` a batch at a time as they are done (which
/// must not fail), for a caller that wants to see what `check` rendered.
pub fn check_each(
    root: &Path,
    options: &Options,
    only: Option<&str>,
    keep: Keep,
    look: &render::Emit,
    diags: &mut Diagnostics,
) -> (Arc<[Status]>, Records, Loaded) {
    let (site, translations) = Site::load_with_status(root, options, only, diags);
    // A region is checked with its parent, whose words it takes; each keeps a record of its
    // own, and `--locale` records that language's alone.
    let wanted = |lang: &str| only.is_none_or(|tag| lang == tag);
    let Some(mut site) = site else {
        let records = match keep {
            Keep::Records => Records::new(
                root,
                None,
                (translations.iter())
                    .filter(|t| wanted(&t.language))
                    .filter_map(|t| Some((t.language.as_str(), t.record.as_ref()?))),
            ),
            Keep::Nothing => Records::new(root, None, []),
        };
        return (translations, records, Loaded::default());
    };
    // The records, as text or not at all, are not held through the render (as `build` does):
    // held whole, at 100 languages a first publication's took `check` above `build`.
    drop(translations);
    let taken = site.take_records();
    let records = match keep {
        Keep::Records => Records::new(
            root,
            None,
            (taken.iter())
                .filter(|(l, _)| wanted(l))
                .map(|(l, r)| (l.as_str(), r)),
        ),
        Keep::Nothing => Records::new(root, None, []),
    };
    drop(taken);
    let stamp = site.stamp(options, diags);
    if let Some(stamp) = &stamp {
        // An older candor.lock restored, where `public/` published since: `build` refuses it.
        if let Some(lost) = super::lost_from_default_output(root, stamp) {
            diags.push(lost);
        }
        // `look` cannot fail, and whether everything rendered is in `diags`.
        let _rendered = site.render_to(stamp, options, look, diags);
    }
    (site.translations.clone(), records, Loaded::new(site, stamp))
}
