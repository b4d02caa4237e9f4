//! `candor mark-reviewed`: records that stale translations still say what the source says.

use std::path::Path;

use super::{Outcome, Writes, print_diagnostics, require_dir};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::fs::IoError;
use crate::history::lock::Recording;
use crate::site::{Options, Site};
use crate::validate::status;
use crate::write::records;

pub fn run(site: &Path, locale: &str, messages: &[String]) -> anyhow::Result<Outcome> {
    require_dir(site)?;
    // Naming a language that is no translation is a usage error, as `check --locale` has it.
    if let Some((why, help)) = no_translation(site, locale) {
        anyhow::bail!("{why}; {help}");
    }
    let mut diags = Diagnostics::default();
    let Reviewed { marked, inherited } = mark_reviewed(site, locale, messages, &mut diags)?;
    let failed = diags.has_errors();
    print_diagnostics(&mut diags, Writes::Nothing);
    if failed {
        return Ok(Outcome::SiteProblems);
    }
    match (marked.len(), inherited) {
        // A region's stale words are its parent's, and reviewed there.
        (0, Some((parent, count))) => crate::outln!(
            "no stale messages of its own in `{locale}`; those it takes from `{parent}` ({count}) \
             are reviewed there: `candor mark-reviewed{} --locale {parent}`",
            crate::fs::site_argument(site)
        ),
        (0, None) => crate::outln!("no stale messages in `{locale}`"),
        _ => crate::outln!("marked as reviewed in `{locale}`: {}", marked.join(", ")),
    }
    Ok(Outcome::Success)
}

/// What `mark-reviewed` did: the ids it marked, and for a regional language with stale words
/// of its parent's, that parent and how many.
#[derive(Default)]
pub struct Reviewed {
    pub marked: Vec<String>,
    pub inherited: Option<(String, usize)>,
}

/// Records that stale translations of `language` still say what the source says. Returns the ids marked; nothing is written if any id is wrong.
pub fn mark_reviewed(
    root: &Path,
    language: &str,
    ids: &[String],
    diags: &mut Diagnostics,
) -> Result<Reviewed, IoError> {
    // The records are read and written by this run alone.
    let _held = crate::write::output::hold_site(root);
    // Preview: a missing translation must not stop the reviewer; no stamp is computed.
    let options = Options {
        missing: crate::render::Missing::ShowsTheSource,
        placeholders: crate::load::placeholder::Placeholders::Show,
        ..Options::new(Recording::Locked)
    };
    // The record must read: it is the only account of what each translation was made from, and
    // one written over what could not be read would know nothing of it.
    let errors_before = diags.error_count();
    let read = status::read(root, language, diags);
    if diags.error_count() > errors_before {
        return Ok(Reviewed::default());
    }
    // What the site says about itself (stale warnings included) is `check`'s business; but a
    // site `check` refuses (a locale file that is a link out of it, a syntax error) is not one
    // to record anything of.
    let mut found = Diagnostics::default();
    let (site, translations) = Site::load_with_status(root, &options, Some(language), &mut found);
    if found.has_errors() {
        let errors = found.error_count();
        for d in found.into_iter().filter(Diagnostic::is_error) {
            diags.push(d);
        }
        // Shown in the order of their files: this one, of none, comes first.
        diags.push(
            Diagnostic::error(format!(
                "nothing marked in `{language}`: the site has {} besides this one",
                super::plural(errors, "error")
            ))
            .with_help(format!(
                "mend {} (`candor check` names every error), then mark the messages again",
                if errors == 1 { "it" } else { "them" }
            )),
        );
        return Ok(Reviewed::default());
    }
    let mut translations = translations.to_vec();
    let Some(status) = translations.iter_mut().find(|t| t.language == language) else {
        diags.push(not_a_translation(root, language));
        return Ok(Reviewed::default());
    };
    let errors_before = diags.error_count();
    let (marked, record) = status::mark_reviewed(status, read, ids, diags);
    if diags.error_count() > errors_before {
        return Ok(Reviewed::default());
    }
    // Marked, a message is held to what a current translation is held to (the facts the
    // source shows, its variables), which a stale one is not: one `check` would then refuse
    // is not marked (qa60).
    if let Some(site) = &site {
        let mut as_current = status.clone();
        as_current.stale.retain(|id| !marked.contains(id));
        let mut refused = Diagnostics::default();
        crate::validate::translations::facts_left_out(
            &site.locales,
            std::slice::from_ref(&as_current),
            &mut refused,
        );
        if refused.has_errors() {
            let errors = refused.error_count();
            for d in refused.into_iter().filter(Diagnostic::is_error) {
                diags.push(d);
            }
            diags.push(
                Diagnostic::error(format!(
                    "nothing marked in `{language}`: as current translations, the messages \
                     marked would have {}",
                    super::plural(errors, "error")
                ))
                .with_help(
                    "mend the translation as told, then mark it again: it is marked as it now \
                     reads",
                ),
            );
            return Ok(Reviewed::default());
        }
    }
    // Nothing marked, nothing is written: the record stands as it is.
    if !marked.is_empty() {
        records::translation_record(root, language, &record)?;
    }
    let inherited = match (&status.parent, status.inherited_stale.len()) {
        (Some(parent), count @ 1..) => Some((parent.clone(), count)),
        _ => None,
    };
    Ok(Reviewed { marked, inherited })
}

/// Why `language` has no translation to mark: it is the source language, whose words are the
/// original and never stale, or not one of the site's languages (which it names).
fn not_a_translation(root: &Path, language: &str) -> Diagnostic {
    match no_translation(root, language) {
        Some((why, help)) => Diagnostic::error(why).with_help(help),
        None => Diagnostic::error(format!("`{language}` is not a translation of this site"))
            .with_help("run `candor check` to see the site's problems"),
    }
}

/// Why `language` is no translation of the site at `root`, and what to name instead: `None`
/// where it is one, or where the configuration cannot be read (its problems are told where the
/// site loads).
fn no_translation(root: &Path, language: &str) -> Option<(String, String)> {
    let config = crate::load::config::load(root, &mut Diagnostics::default())?;
    let source = config.source_language().tag.clone();
    let translations: Vec<String> = config
        .languages
        .iter()
        .map(|l| l.tag.clone())
        .filter(|tag| *tag != source)
        .collect();
    let name = |tags: &[String]| {
        tags.iter()
            .map(|t| format!("`{t}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if language == source {
        return Some((
            format!("`{language}` is the source language: its words are the original, never stale"),
            format!("name a translation with --locale: {}", name(&translations)),
        ));
    }
    if translations.iter().any(|t| t == language) {
        return None;
    }
    Some((
        format!(
            "`{}` is not a language of this site",
            crate::text::visible_name(language)
        ),
        format!(
            "its translations are {} (`languages` in candor.toml)",
            name(&translations)
        ),
    ))
}
