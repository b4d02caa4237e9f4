//! `candor diff`: what the working tree changes since the last recorded publication.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::{Outcome, Writes, print_diagnostics, require_dir};
use crate::cli::DiffFormat;
use crate::diagnostic::Diagnostics;
use crate::history::changes::{self, Diff};
use crate::history::lock::{self, Recording, Snapshot};
use crate::history::shown;
use crate::sections;
use crate::site::{Options, Site};

pub fn run(site: &Path, format: DiffFormat) -> anyhow::Result<Outcome> {
    require_dir(site)?;
    let now = lock::publication_time().map_err(anyhow::Error::msg)?;
    let mut diags = Diagnostics::default();
    let diff = diff(site, now, &mut diags);
    // Errors with a diff made are what `build` would refuse to publish: the diff is shown, and
    // the exit code says it cannot be published as it stands.
    let refused = diags.has_errors();
    print_diagnostics(&mut diags, Writes::Never);
    let Some(diff) = diff else {
        return Ok(Outcome::SiteProblems);
    };
    match format {
        DiffFormat::Json => crate::outln!("{}", serde_json::to_string_pretty(&diff)?),
        // A name that differs from its old one only by a joiner reads the same: shown.
        DiffFormat::Text => crate::out!("{}", crate::text::invisibles_shown(&diff.to_text())),
    }
    Ok(if refused {
        Outcome::SiteProblems
    } else {
        Outcome::Success
    })
}

/// What the working tree changes since the last recorded publication; in `diags`, besides what
/// stops the diff, what would stop `build` publishing it at `at`. Records nothing.
pub fn diff(root: &Path, at: jiff::Timestamp, diags: &mut Diagnostics) -> Option<Diff> {
    let options = Options {
        missing: crate::render::Missing::ShowsTheSource,
        // Each placeholder's value is diffed; it is refused below, as `build` refuses it.
        placeholders: crate::load::placeholder::Placeholders::Show,
        ..Options::new(Recording::Locked)
    };
    // Warnings (stale translations) are `check`'s business; only errors are shown.
    let mut found = Diagnostics::default();
    let site = Site::load(root, &options, &mut found);
    let read = match &site {
        Some(site) => site.read_lock(&mut found),
        None => lock::read(root, &mut found),
    };
    let loaded = site.zip(read);
    // What `build` would refuse to publish at `at`, found as `check` finds it: a placeholder,
    // a translation missing, a template that does not render, notice too short, an adequacy
    // decision not adopted yet, a day before the last publication. Where the diff could not
    // be made, what stopped it besides (the lock, which `check` reads only once the site
    // loads), each problem once.
    let mut publish = Diagnostics::default();
    let _ = super::check::check(
        root,
        &Options::new(Recording::Preview { now: at }),
        None,
        super::check::Keep::Nothing,
        &mut publish,
    );
    let stopped = if loaded.is_some() {
        Diagnostics::default()
    } else {
        found
    };
    let mut told = std::collections::HashSet::new();
    for d in publish.into_iter().chain(stopped) {
        let place = d
            .location
            .as_ref()
            .map(|l| (l.file.name.clone(), l.span.clone()));
        if d.is_error() && told.insert((d.message.clone(), place)) {
            diags.push(d);
        }
    }
    let (site, lock::Read { lock, .. }) = loaded?;
    // Its labels as its pages would show them at `at` ([`Snapshot::labels`]).
    let now = match (Recording::Preview { now: at }).today() {
        Some(today) => site.snapshot().after(&lock.publications, today),
        None => site.snapshot(),
    };
    let last = lock.publications.last();
    let empty = Snapshot::new(serde_json::json!({}), BTreeMap::new());
    let changes = changes::with_exceptions_of_added(
        changes::between(last.map_or(&empty, |p| &p.snapshot), &now),
        &site.model,
    );
    let fingerprints = site.translation_fingerprints();
    // Words that no page shows now nor did at the last publication ([`shown::on_page`]: a
    // label or a value's name no fact holds, an entry's words where no change is to come) are
    // no change of what the pages show (qa108, qa112).
    let labels = [now.labels(), last.and_then(|p| p.snapshot.labels())];
    let shown_anywhere = |id: &str| {
        sections::is_published(id) && labels.iter().flatten().any(|l| shown::on_page(id, Some(l)))
    };
    // Today's translated texts, by fingerprint: made only where a language's words differ.
    let today = std::cell::OnceCell::new();
    let translations = fingerprints
        .keys()
        .map(|lang| {
            // What its pages show: a region's own words over its parent's (a translation's,
            // where the parent is one), now and as they last spoke, revisions included.
            let parent = site
                .locales
                .get(lang)
                .and_then(|l| l.parent.as_ref())
                .map(|p| p.tag.as_str())
                .filter(|p| fingerprints.contains_key(*p));
            let tags: Vec<&str> = parent.into_iter().chain([lang.as_str()]).collect();
            let now = shown(&tags, |tag| fingerprints.get(tag).map(|m| &**m));
            let recorded = tags
                .iter()
                .all(|tag| last.and_then(|p| p.words(tag)).is_some());
            let changed = recorded.then(|| {
                let then = shown(&tags, |tag| last.and_then(|p| p.words(tag)).map(|m| &**m));
                let ids: BTreeSet<&String> = now.keys().chain(then.keys()).copied().collect();
                let differ: Vec<&String> = (ids.into_iter())
                    // A term that publication did not record (an older candor recorded none)
                    // is not known to have changed.
                    .filter(|id| match (then.get(*id), now.get(*id)) {
                        // The review pages' words are not published.
                        _ if !shown_anywhere(id) => false,
                        (None, _) if id.starts_with('-') => false,
                        (then, now) => then != now,
                    })
                    .collect();
                if differ.is_empty() {
                    return Vec::new();
                }
                // Words that differ but read as they did (a term written out) are no change of
                // what the pages show (qa68), as the record does not count them.
                let today: &BTreeMap<String, String> =
                    today.get_or_init(|| site.translation_texts());
                let texts = |words: &BTreeMap<&String, &String>| -> BTreeMap<String, String> {
                    (words.iter())
                        .filter_map(|(id, fp)| {
                            let text = lock.texts.get(*fp).or_else(|| today.get(*fp))?;
                            Some(((*id).clone(), text.clone()))
                        })
                        .collect()
                };
                let (was, is) = (texts(&then), texts(&now));
                let comparison = shown::Comparison::new(&was, &is);
                let changed: BTreeSet<String> = (differ.into_iter())
                    .filter(|id| {
                        !(was.contains_key(*id) || is.contains_key(*id))
                            || !comparison.entry_reads_the_same(id.as_str())
                    })
                    .cloned()
                    .collect();
                // A changed term changes what the messages that show it say (qa139: the term
                // was listed alone): those that read otherwise are listed too, each read with
                // the terms of its day (one that shows a form of the term that did not
                // change reads the same, qa141).
                let users: Vec<String> = (tags.iter())
                    .filter_map(|tag| site.locales.get(tag))
                    .flat_map(|locale| locale.users_of(&changed))
                    .filter(|id| !id.starts_with('-') && shown_anywhere(id))
                    .filter(|id| !comparison.entry_reads_the_same(id))
                    .collect();
                let mut listed = changed;
                listed.extend(users);
                listed.into_iter().collect()
            });
            (lang.clone(), changed)
        })
        .collect();
    // Which sections each translation's page marks stale, against what its pages last did.
    let stale = site
        .recorded_stale()
        .into_iter()
        .map(|(lang, now)| {
            let then = last.and_then(|p| p.stale_now(&lang));
            let changes = then.map(|then| changes::StaleChanges {
                marked: now.difference(then).cloned().collect(),
                cleared: then.difference(&now).cloned().collect(),
            });
            (lang, changes)
        })
        .collect();
    // The words of the change log's entries and the notices, each told in its own
    // publication's words: reworded, they change no page, and `changes` leaves them out; the
    // next publication's entries and notices are the first told in them (qa154: a rewording of
    // how an announced sub-processor is told was shown nowhere).
    let entry_words = match last {
        Some(last) => {
            let told: BTreeSet<&str> = (changes.iter())
                .filter_map(|c| match c {
                    changes::Change::Text { message, .. } => Some(message.as_str()),
                    _ => None,
                })
                .collect();
            let (was, is) = (last.snapshot.source(), now.source());
            let ids: BTreeSet<&String> = was.keys().chain(is.keys()).collect();
            (ids.into_iter())
                .filter(|id| sections::is_entry_word(id) && !told.contains(id.as_str()))
                .filter(|id| was.get(*id) != is.get(*id))
                .map(|id| {
                    changes::Change::text_at(
                        shown::Place::Section(None),
                        id,
                        was.get(id).cloned(),
                        is.get(id).cloned(),
                    )
                })
                .collect()
        }
        None => Vec::new(),
    };
    let source_language = site.config.source_language().tag.clone();
    Some(Diff {
        version: changes::DIFF_JSON_VERSION,
        source_language,
        // Named as the change log names it: the second of a day is `<date>-2`.
        since: lock::ids(&lock.publications)
            .last()
            .map(|id| id.to_string()),
        revised: last
            .and_then(|p| p.revisions.last())
            .map(|r| r.time.to_string()),
        changes,
        entry_words,
        translations,
        stale,
    })
}

/// The fingerprints of the words the pages of the last of `tags` show (a region's own over its
/// parent's, `tags` parent first), each language's from `words`.
fn shown<'a>(
    tags: &[&str],
    words: impl Fn(&str) -> Option<&'a BTreeMap<String, String>>,
) -> BTreeMap<&'a String, &'a String> {
    let mut shown = BTreeMap::new();
    for tag in tags {
        shown.extend(words(tag).into_iter().flatten());
    }
    shown
}
