//! The pipeline, stage by stage: load (config, content, locales, theme) → validate → render (in
//! memory) → write. `build` runs all of it; `check` stops before writing.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::changes::{self, Diff};
use crate::config::StalePolicy;
use crate::config::{self, Config};
use crate::content;
use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::fs::IoError;
use crate::locales::status::{self, Status};
use crate::locales::{self, Locales, qa};
use crate::lock::{self, Recording, Snapshot, Stamp};
use crate::model::{self, Model};
use crate::output;
use crate::render::{self, Files};
use crate::review;
use crate::theme::{self, Theme};

/// What a command wants from the pipeline.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub recording: Recording,
    /// `serve`: a missing translation is a warning, and the page shows the source text, marked.
    pub preview: bool,
    /// `--pseudo`: every text accented and lengthened, to find hard-coded words and tight layouts.
    pub pseudo: bool,
    /// `--strict`: stale and obsolete translations are errors.
    pub strict: bool,
}

impl Options {
    pub fn new(recording: Recording) -> Self {
        Self {
            recording,
            preview: false,
            pseudo: false,
            strict: false,
        }
    }
}

/// A site that loaded and validated: everything needed to render it.
pub struct Site {
    pub root: PathBuf,
    pub config: Config,
    pub model: Model,
    pub locales: Arc<Locales>,
    pub theme: Theme,
    /// Where each translation stands, in configured order (the source language left out).
    pub translations: Vec<Status>,
    /// Where each sub-processor is written, by name.
    pub subprocessor_places: BTreeMap<String, Location>,
}

impl Site {
    /// Loads and validates the site at `root`. Every problem found goes into `diags`; the site is
    /// returned only if none of them is an error.
    pub fn load(root: &Path, options: &Options, diags: &mut Diagnostics) -> Option<Site> {
        Self::load_with_status(root, options, None, diags).0
    }

    /// Like [`Site::load`], and also returns where each translation stands, which is known even
    /// when the site has errors (a missing translation is one). With `only`, the languages are
    /// the source and that one.
    pub fn load_with_status(
        root: &Path,
        options: &Options,
        only: Option<&str>,
        diags: &mut Diagnostics,
    ) -> (Option<Site>, Vec<Status>) {
        let Some(mut config) = config::load(root, diags) else {
            return (None, Vec::new());
        };
        if let Some(tag) = only {
            config.keep_only(tag);
        }
        // The facts and the words load side by side; their problems are reported in this order.
        let ((validated, content_diags), ((locales, locale_diags), (theme, theme_diags))) =
            rayon::join(
                || {
                    Diagnostics::gather(|found| {
                        content::validate::validate(&content::load(root, found), found)
                    })
                },
                || {
                    rayon::join(
                        || {
                            Diagnostics::gather(|found| {
                                locales::load(root, &config, options.pseudo, found)
                            })
                        },
                        || Diagnostics::gather(|found| theme::load(root, &config, found)),
                    )
                },
            );
        diags.extend(content_diags);
        diags.extend(locale_diags);
        diags.extend(theme_diags);
        let mut translations = Vec::new();
        if let Some(locales) = &locales {
            let qa = qa::Options {
                missing_is_error: !options.preview,
                obsolete_is_error: options.strict,
            };
            qa::check(
                locales,
                &validated.requirements,
                &model::vocabulary_message_ids(),
                qa,
                diags,
            );
            translations = translation_status(root, &config, locales, options, diags);
        }
        if diags.has_errors() {
            return (None, translations);
        }
        let (Some(model), Some(locales), Some(theme)) = (validated.model, locales, theme) else {
            return (None, translations);
        };
        let site = Site {
            root: root.to_path_buf(),
            config,
            model,
            locales: Arc::new(locales),
            theme,
            translations: translations.clone(),
            subprocessor_places: validated.subprocessor_places,
        };
        (Some(site), translations)
    }

    /// What this site publishes, in canonical form: the fingerprint of the stamp.
    pub fn snapshot(&self) -> Snapshot {
        let facts = serde_json::to_value(&self.model).expect("the model serializes");
        let source = self.locales.source();
        let messages = source
            .messages
            .iter()
            .map(|(id, e)| (id.clone(), e.canonical.clone()));
        let terms = source
            .terms
            .iter()
            .map(|(id, e)| (format!("-{id}"), e.canonical.clone()));
        Snapshot {
            facts: lock::without_nulls(facts),
            source: messages.chain(terms).collect(),
        }
    }

    /// The stamp for this site under `recording`, from `candor.lock`.
    pub fn stamp(&self, recording: Recording, diags: &mut Diagnostics) -> Option<Stamp> {
        let (read, snapshot) = rayon::join(
            || Diagnostics::gather(|found| lock::read(&self.root, found)),
            || self.snapshot(),
        );
        let (read, found) = read;
        diags.extend(found);
        let stamp = lock::stamp(
            read?,
            snapshot,
            self.translation_fingerprints(),
            recording,
            diags,
        )?;
        self.check_advance_notice(&stamp, diags).then_some(stamp)
    }

    /// A new publication may add a sub-processor only with the notice the site promises
    /// (`[subprocessors] notice-days`), unless the entry says why not. Returns whether it may.
    fn check_advance_notice(&self, stamp: &Stamp, diags: &mut Diagnostics) -> bool {
        let (Some(days), true, [.., previous, _]) =
            (self.config.notice_days, stamp.new, stamp.history.as_slice())
        else {
            return true;
        };
        let before: Vec<&str> = previous.snapshot.facts["subprocessors"]
            .as_array()
            .map(|list| list.iter().filter_map(|s| s["name"].as_str()).collect())
            .unwrap_or_default();
        let earliest = stamp
            .date
            .saturating_add(jiff::Span::new().days(i64::from(days)));
        let mut ok = true;
        for s in self
            .model
            .subprocessors
            .iter()
            .filter(|s| !before.contains(&s.name.as_str()) && s.notice_exception.is_none())
        {
            let effective = s.effective.unwrap_or(stamp.date);
            if effective >= earliest {
                continue;
            }
            ok = false;
            let mut d = Diagnostic::error(format!(
                "the new sub-processor `{}` starts on {effective}, less than the {days} days' notice after this publication ({})",
                s.name, stamp.date
            ))
            .with_help(format!(
                "set `effective = {earliest}` or later, or say why with `notice-exception = \"emergency-replacement\"` (or \"legal-obligation\")"
            ));
            if let Some(place) = self.subprocessor_places.get(&s.name) {
                d.location = Some(Location {
                    label: format!("published {}, notice promised: {days} days", stamp.date),
                    ..place.clone()
                });
            }
            diags.push(d);
        }
        ok
    }

    /// Per translation, message id to the fingerprint of its text (the translation records
    /// already hold them, for every message the source has).
    pub fn translation_fingerprints(&self) -> BTreeMap<String, BTreeMap<String, String>> {
        let fingerprints = |t: &Status| {
            t.record
                .messages
                .iter()
                .map(|(id, pair)| (id.clone(), pair.translation.clone()))
                .collect()
        };
        self.translations
            .iter()
            .map(|t| (t.language.clone(), fingerprints(t)))
            .collect()
    }

    /// Renders every page in memory.
    pub fn render(
        &self,
        stamp: &Stamp,
        options: &Options,
        diags: &mut Diagnostics,
    ) -> Option<Files> {
        render::in_memory(self.render_input(options), stamp, diags)
    }

    /// Renders every page, handing each language's files to `emit` as they are done.
    pub fn render_to(
        &self,
        stamp: &Stamp,
        options: &Options,
        emit: &render::Emit,
        diags: &mut Diagnostics,
    ) -> Result<bool, IoError> {
        render::render(self.render_input(options), stamp, emit, diags)
    }

    fn render_input(&self, options: &Options) -> render::Input<'_> {
        let stale = self
            .translations
            .iter()
            .map(|t| (t.language.clone(), t.stale.iter().cloned().collect()))
            .collect();
        render::Input {
            config: &self.config,
            model: &self.model,
            locales: &self.locales,
            theme: &self.theme,
            stale,
            preview: options.preview,
        }
    }

    /// Writes the translation records that changed (a translation was edited or reviewed).
    pub fn write_translation_records(&self) -> Result<(), IoError> {
        for t in self.translations.iter().filter(|t| t.record_changed) {
            status::write(&self.root, &t.language, &t.record)?;
        }
        Ok(())
    }
}

/// What a successful build did.
#[derive(Debug)]
pub struct Built {
    pub out: PathBuf,
    pub languages: Vec<String>,
    pub date: jiff::civil::Date,
    /// Whether this build recorded a new publication in `candor.lock`.
    pub recorded: bool,
}

/// Loads, validates and renders the site; `None` if there were errors (all in `diags`).
pub fn prepare(
    root: &Path,
    options: &Options,
    diags: &mut Diagnostics,
) -> Option<(Site, Stamp, Files)> {
    let site = Site::load(root, options, diags)?;
    let stamp = site.stamp(options.recording, diags)?;
    let files = site.render(&stamp, options, diags)?;
    Some((site, stamp, files))
}

/// `candor check`: every stage but writing. Returns where each translation stands.
pub fn check(
    root: &Path,
    options: &Options,
    only: Option<&str>,
    diags: &mut Diagnostics,
) -> Vec<Status> {
    let (site, translations) = Site::load_with_status(root, options, only, diags);
    if let Some(site) = site
        && let Some(stamp) = site.stamp(options.recording, diags)
    {
        site.render(&stamp, options, diags);
    }
    translations
}

/// `candor diff`: what the working tree changes since the last recorded publication. Records
/// nothing.
pub fn diff(root: &Path, diags: &mut Diagnostics) -> Option<Diff> {
    let options = Options {
        preview: true,
        ..Options::new(Recording::Locked)
    };
    // Warnings (stale translations) are `check`'s business; only what stops the diff is shown.
    let mut found = Diagnostics::default();
    let loaded = Site::load(root, &options, &mut found).zip(lock::read(root, &mut found));
    found
        .into_iter()
        .filter(|d| d.is_error())
        .for_each(|d| diags.push(d));
    let (site, lock::Read { lock, .. }) = loaded?;
    let now = site.snapshot();
    let last = lock.publications.last();
    let empty = Snapshot {
        facts: serde_json::json!({}),
        source: BTreeMap::new(),
    };
    let changes = changes::between(last.map_or(&empty, |p| &p.snapshot), &now);
    let translations = site
        .translation_fingerprints()
        .into_iter()
        .map(|(lang, current)| {
            let then = last.and_then(|p| p.translations.get(&lang));
            let changed = then.map(|then| {
                current
                    .iter()
                    .filter(|(id, fp)| then.get(*id) != Some(*fp))
                    .map(|(id, _)| id.clone())
                    .collect()
            });
            (lang, changed)
        })
        .collect();
    let source_language = site.config.source_language().tag.clone();
    Some(Diff {
        source_language,
        since: last.map(|p| p.date.to_string()),
        changes,
        translations,
    })
}

/// `candor review`: every language's page as it will be published, with the changes since the
/// last publication marked and summed up at the top, written to `out`. Records nothing.
pub fn review(
    root: &Path,
    out: &Path,
    today: jiff::civil::Date,
    diags: &mut Diagnostics,
) -> Result<Option<Vec<String>>, output::Error> {
    let target = output::Target::judge(root, out, &SOURCES)?;
    let options = Options {
        preview: true,
        ..Options::new(Recording::Preview { today })
    };
    let Some((site, stamp, files)) = prepare(root, &options, diags) else {
        return Ok(None);
    };
    let Some(reviewed) = review_files(&site, &stamp, files, diags) else {
        return Ok(None);
    };
    output::write(&target, &reviewed)?;
    Ok(Some(
        site.locales
            .locales
            .iter()
            .map(|l| l.language.tag.clone())
            .collect(),
    ))
}

/// The rendered site with each language's page replaced by its review page (`candor review`,
/// and `serve` under `/__candor/review/`).
pub fn review_files(
    site: &Site,
    stamp: &Stamp,
    mut files: Files,
    diags: &mut Diagnostics,
) -> Option<Files> {
    let published = stamp
        .history
        .len()
        .checked_sub(if stamp.new { 2 } else { 1 });
    let old_files = match published.map(|i| (i, &stamp.history[i])) {
        Some((i, last)) => render_published(site, &stamp.history[..=i], last, diags)?,
        None => Files::new(),
    };
    let now = site.snapshot();
    let changes = published.map_or_else(Vec::new, |i| {
        changes::between(&stamp.history[i].snapshot, &now)
    });
    let since = published.and_then(|i| stamp.history[i].date());
    for locale in &site.locales.locales {
        let path = format!("{}/index.html", locale.language.tag);
        let Some(new) = files.get(&path) else {
            continue;
        };
        let new = String::from_utf8_lossy(new).into_owned();
        let old = old_files
            .get(&path)
            .map(|o| String::from_utf8_lossy(o).into_owned())
            .unwrap_or_default();
        match review::page(
            &old,
            &new,
            locale,
            &site.model.organisation.name,
            since,
            &changes,
        ) {
            Ok(html) => {
                files.insert(path, html.into_bytes());
            }
            Err(e) => diags.push(Diagnostic::error(e)),
        }
    }
    (!diags.has_errors()).then_some(files)
}

/// The pages of a recorded publication: its facts, its source-language text as recorded, today's
/// translations and theme.
fn render_published(
    site: &Site,
    history: &[lock::Publication],
    last: &lock::Publication,
    diags: &mut Diagnostics,
) -> Option<Files> {
    let model: Model = match last.snapshot.model() {
        Ok(m) => m,
        Err(e) => {
            diags.push(Diagnostic::error(format!(
                "the publication of {} cannot be read back for review: {e}",
                last.date
            )));
            return None;
        }
    };
    let mut locales = locales::load(&site.root, &site.config, false, &mut Diagnostics::default())?;
    let source = locales.source;
    let language = locales.locales[source].language.clone();
    locales.locales[source] =
        locales::Locale::from_recorded(&language, &last.snapshot.source, diags);
    let locales = Arc::new(locales);
    let stamp = Stamp {
        date: last.date()?,
        history: history.to_vec(),
        new: false,
        record: false,
    };
    let input = render::Input {
        config: &site.config,
        model: &model,
        locales: &locales,
        theme: &site.theme,
        stale: Default::default(),
        preview: true,
    };
    render::in_memory(input, &stamp, diags)
}

/// `candor mark-reviewed`: records that stale translations of `language` still say what the
/// source says. Returns the ids marked; nothing is written if any id is wrong.
pub fn mark_reviewed(
    root: &Path,
    language: &str,
    ids: &[String],
    diags: &mut Diagnostics,
) -> Result<Vec<String>, IoError> {
    // Preview: a missing translation must not stop the reviewer; no stamp is computed.
    let options = Options {
        preview: true,
        ..Options::new(Recording::Locked)
    };
    // What the site says about itself (stale warnings included) is `check`'s business.
    let (_, mut translations) =
        Site::load_with_status(root, &options, Some(language), &mut Diagnostics::default());
    let Some(status) = translations.iter_mut().find(|t| t.language == language) else {
        diags.push(
            Diagnostic::error(format!("`{language}` is not a translation of this site")).with_help(
                "run `candor check` to see the site's problems, and `languages` in candor.toml",
            ),
        );
        return Ok(Vec::new());
    };
    let errors_before = diags.error_count();
    let marked = status::mark_reviewed(status, ids, diags);
    if diags.error_count() == errors_before {
        status::write(root, language, &status.record)?;
        Ok(marked)
    } else {
        Ok(Vec::new())
    }
}

/// The status of every translation, with a diagnostic for each stale message: a warning, or an
/// error under `--strict` or the site's `stale = "fail"` policy (never in preview).
fn translation_status(
    root: &Path,
    config: &Config,
    locales: &Locales,
    options: &Options,
    diags: &mut Diagnostics,
) -> Vec<Status> {
    let source = locales.source();
    let fail = !options.preview && (options.strict || config.stale == StalePolicy::Fail);
    let translations: Vec<&locales::Locale> = locales
        .locales
        .iter()
        .filter(|l| l.language.tag != source.language.tag)
        .collect();
    let sources = status::source_fingerprints(source);
    let read: Vec<(Status, Diagnostics)> = translations
        .par_iter()
        .map(|locale| {
            Diagnostics::gather(|found| {
                let record = status::read(root, &locale.language.tag, found);
                status::status(source, &sources, locale, &record)
            })
        })
        .collect();
    let mut all = Vec::new();
    for (locale, (st, found)) in translations.into_iter().zip(read) {
        diags.extend(found);
        for id in &st.stale {
            let entry = &locale.messages[id];
            let mut d = Diagnostic::warning(format!("`{id}` in `{}` is stale: the source text changed after it was translated", st.language))
                .at(&entry.file, entry.span.clone(), "translated from an older source text")
                .with_help(format!("update the translation, or if it still says the same, run `candor mark-reviewed --locale {} --message {id}`", st.language));
            if fail {
                d.severity = crate::diagnostic::Severity::Error;
            }
            diags.push(d);
        }
        all.push(st);
    }
    all
}

/// `candor build`: everything, then the lock file and the output directory. On any error
/// nothing is written.
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
    // The pages go straight into the directory that becomes the site, a language at a time; it
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
    if stamp.record && records {
        lock::write(root, &stamp.lock_file())?;
    }
    let recorded = stamp.new && stamp.record && records;
    if translation_records {
        site.write_translation_records()?;
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
    }))
}

/// The folders of a site that hold its sources (an output directory is none of them; `serve`
/// watches them).
pub const SOURCE_FOLDERS: [&str; 3] = ["content", "locales", "themes"];

/// The files at the root of a site that are sources.
pub const SOURCE_FILES: [&str; 2] = [config::FILE, lock::FILE];

/// Everything at the root of a site that an output folder must never be.
const SOURCES: [&str; 5] = [
    SOURCE_FOLDERS[0],
    SOURCE_FOLDERS[1],
    SOURCE_FOLDERS[2],
    SOURCE_FILES[0],
    SOURCE_FILES[1],
];
