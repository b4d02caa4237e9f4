//! The pipeline, stage by stage: load (config, content, locales, theme) → validate → render →
//! write. [`Site::load`] runs the first two, [`Site::stamp`] decides the date from the history,
//! [`Site::render`] and [`Site::render_to`] the third; the commands in [`crate::cmd`] chain them
//! and write what they made.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentArgs;
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::fs::IoError;
use crate::history::changelog;
use crate::history::changes::{self, Change};
use crate::history::lock::{self, Recording, Snapshot, Stamp};
use crate::history::shown;
use crate::load::config::{self, Config, StalePolicy};
use crate::load::content;
use crate::load::locales::{self, Bundles, Locale, Locales};
use crate::load::placeholder::Placeholders;
use crate::load::theme::{self, Theme};
use crate::messages::Message;
use crate::model::{self, Model};
use crate::render::{self, Files, machine, review};
use crate::sections;
use crate::text::Fingerprint;
use crate::validate::content::Places;
use crate::validate::status::{self, Record, Status};
use crate::validate::{labels, notice, translations as qa};

/// What a command wants from the pipeline.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub recording: Recording,
    /// What a page shows for a message its language lacks; where it shows the source text, a
    /// missing translation is a warning, and stale translations never fail the run.
    pub missing: render::Missing,
    /// `--pseudo`: every text accented and lengthened, to find hard-coded words and tight layouts.
    pub pseudo: bool,
    /// `--strict`: stale and obsolete translations are errors, and so is an announced change
    /// that has taken effect since the last publication, which still shows it as to come.
    pub strict: bool,
    /// Whether the placeholders `candor init` wrote are errors (what publishes) or shown (a
    /// preview that records nothing).
    pub placeholders: Placeholders,
}

impl Options {
    pub fn new(recording: Recording) -> Self {
        Self {
            recording,
            missing: render::Missing::IsAnError,
            pseudo: false,
            strict: false,
            placeholders: Placeholders::Refuse,
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
    /// Where each translation stands, in configured order (the source language left out):
    /// shared with the caller of [`Site::load_with_status`], not copied (a record of every
    /// message of every language).
    pub translations: Arc<[Status]>,
    /// Where the entries that publication checks point at are written.
    pub places: Places,
    /// `candor.lock` as read while the site loaded (it depends on nothing the load reads), with
    /// its problems, for [`Site::stamp`] to take. Reported there, after the load's.
    lock: Mutex<Option<(Option<lock::Read>, Diagnostics)>>,
    /// The labels today's pages show ([`lock::labels_shown`]): what a translation's page marks
    /// stale.
    labels: model::Labels,
    /// How many of its facts are placeholders `candor init` made up, shown as facts where the
    /// options let a preview show them (none where they are refused: the site does not load).
    pub placeholders: usize,
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
    ) -> (Option<Site>, Arc<[Status]>) {
        let Some(mut config) = config::load(root, diags) else {
            return (None, Arc::new([]));
        };
        // A lock lost whole where the site was published: told first, and alone (qa81, qa82).
        if let Some(lost) = lock_lost(root) {
            diags.push(lost);
            return (None, Arc::new([]));
        }
        // Every configured language's folder is candor's, whichever languages are checked.
        let tags: Vec<String> = config.languages.iter().map(|l| l.tag.clone()).collect();
        if let Some(tag) = only {
            config.keep_only(tag);
        }
        // The facts, the words and the lock file load side by side; their problems are reported
        // in this order (the lock's when the site is stamped).
        let (
            (((validated, placeholders), content_diags), lock),
            ((locales, locale_diags), (theme, theme_diags)),
        ) = rayon::join(
            || {
                rayon::join(
                    || {
                        Diagnostics::gather(|found| {
                            let content = content::load(root, options.placeholders, found);
                            let validated =
                                crate::validate::content::validate(&content, &config, found);
                            (validated, content.placeholders)
                        })
                    },
                    || Diagnostics::gather(|found| lock::read(root, found)),
                )
            },
            || {
                rayon::join(
                    || {
                        Diagnostics::gather(|found| {
                            locales::load(
                                root,
                                &config,
                                options.pseudo,
                                qa::check_characters,
                                found,
                            )
                        })
                    },
                    || Diagnostics::gather(|found| theme::load(root, &config, found)),
                )
            },
        );
        diags.extend(content_diags);
        diags.extend(locale_diags);
        diags.extend(theme_diags);
        if let Some(theme) = &theme {
            theme_places(theme, &config.theme, &tags, diags);
            crate::validate::theme::requests(theme, diags);
            crate::validate::theme::words(theme, diags);
        }
        let mut translations: Arc<[Status]> = Arc::new([]);
        if let Some(locales) = &locales {
            let qa = qa::Options {
                missing_is_error: options.missing == render::Missing::IsAnError,
                obsolete_is_error: options.strict,
            };
            // The theme's calls first: where the source asks for a variable no call gives, the
            // translations are not held to it.
            let ungiven = match &theme {
                Some(theme) => qa::theme_messages(locales, theme, diags),
                None => Default::default(),
            };
            qa::check(
                locales,
                &validated.requirements,
                &model::vocabulary_message_ids()
                    .into_iter()
                    .chain(crate::messages::ids())
                    .collect::<Vec<_>>(),
                qa,
                &ungiven,
                diags,
            );
            let fail = options.missing == render::Missing::IsAnError
                && (options.strict || config.stale == StalePolicy::Fail);
            // The words a stale translation was made from are those of a publication.
            let recorded = lock
                .0
                .as_ref()
                .map_or(&[][..], |read| &read.lock.publications);
            translations = status::all(root, locales, recorded, fail, diags).into();
            qa::facts_left_out(locales, &translations, diags);
        }
        // Facts of one kind told apart by their words, in every language.
        if let (Some(model), Some(locales)) = (&validated.model, &locales) {
            let all: Vec<&Locale> = locales.locales.iter().map(|l| &**l).collect();
            labels::apart(model, &all, diags);
        }
        if diags.has_errors() {
            return (None, translations);
        }
        let (Some(model), Some(locales), Some(theme)) = (validated.model, locales, theme) else {
            return (None, translations);
        };
        // Today's, as the pages are made today: the last publication's day where a locked
        // build knows no other.
        let history = (lock.0.as_ref()).map_or(&[][..], |read| &read.lock.publications);
        let today = (options.recording.today()).or_else(|| history.last().map(|p| p.date));
        let labels = match today {
            Some(today) => lock::labels_shown(history, &model, today),
            None => model.labels(),
        };
        let site = Site {
            root: root.to_path_buf(),
            config,
            model,
            locales: Arc::new(match options.missing {
                render::Missing::IsAnError => locales,
                render::Missing::ShowsTheSource => locales.showing_the_source(),
            }),
            theme,
            translations: translations.clone(),
            places: validated.places,
            lock: Mutex::new(Some(lock)),
            labels,
            placeholders,
        };
        (Some(site), translations)
    }

    /// The translation records that changed, to be written, each with its language: taken out
    /// of the statuses, since nothing reads them after the load. Held through the render, a
    /// first publication's (every message of every language) were some 12 MB of its peak at
    /// 100 languages (BENCHMARKS.md). Copied where the statuses are shared.
    pub fn take_records(&mut self) -> Vec<(String, Record)> {
        let taken = |s: &mut Status| Some((s.language.clone(), s.record.take()?));
        match Arc::get_mut(&mut self.translations) {
            Some(statuses) => statuses.iter_mut().filter_map(taken).collect(),
            None => (self.translations.iter())
                .filter_map(|s| Some((s.language.clone(), s.record.clone()?)))
                .collect(),
        }
    }

    /// What this site publishes, in canonical form: the fingerprint of the stamp.
    pub fn snapshot(&self) -> Snapshot {
        let facts = serde_json::to_value(&self.model).expect("the model serializes");
        let mut source = self.locales.source().words();
        source.retain(|id, _| sections::is_published(id));
        Snapshot::new(lock::without_nulls(facts), source)
    }

    /// `candor.lock`, as read while the site loaded, with its problems; asked again, it is read
    /// again.
    pub fn read_lock(&self, diags: &mut Diagnostics) -> Option<lock::Read> {
        let loaded = self.lock.lock().expect("no panic while taking it").take();
        let (read, found) =
            loaded.unwrap_or_else(|| Diagnostics::gather(|found| lock::read(&self.root, found)));
        diags.extend(found);
        read
    }

    /// The stamp for this site under `options.recording`, from `candor.lock`.
    pub fn stamp(&self, options: &Options, diags: &mut Diagnostics) -> Option<Stamp> {
        let recording = options.recording;
        // Today, to tell a change announced for a day since the last publication.
        let today = recording.today();
        let read = self.read_lock(diags)?;
        let stamp = lock::stamp(
            read,
            self.snapshot(),
            lock::Translations {
                fingerprints: self.translation_fingerprints(),
                stale: self.recorded_stale(),
                texts: &|| self.translation_texts(),
                parents: (self.locales.locales.iter())
                    .filter_map(|l| Some((l.language.tag.clone(), l.parent.as_ref()?.tag.clone())))
                    .collect(),
            },
            recording,
            diags,
        )?;
        // A language published before and no longer configured: its pages, change log, feed
        // and archive are no longer built, and the addresses customers keep stop working.
        if let Some(last) = stamp.recorded().last() {
            for tag in last
                .translations
                .keys()
                .filter(|t| !self.config.is_configured(t))
            {
                diags.push(
                    Diagnostic::warning(format!(
                        "`{tag}` was published, and is no longer among `languages`: its pages, \
                         change log, feed and archive are no longer built, and their addresses \
                         stop working where this output is deployed"
                    ))
                    .in_file(&self.config.file)
                    .with_help(format!(
                        "add \"{tag}\" to `languages` to keep them, with its locale files"
                    )),
                );
            }
        }
        let adopted = self.adopted_in_time(stamp.date, diags);
        let mut current = true;
        if let Some(today) = today {
            // In CI (`build --locked`, `check --strict`) the page it would deploy says "not
            // yet" of what is in effect: an error, so that it is recorded first.
            let passed = match (recording, options.strict) {
                (Recording::Locked, _) | (_, true) => notice::Passed::Refused,
                _ => notice::Passed::Told,
            };
            current =
                notice::taken_effect_since(&self.model, &self.places, &stamp, today, passed, diags);
        }
        let noticed = notice::check(
            &self.model,
            &self.places,
            self.config.notice_days,
            &stamp,
            diags,
        );
        let kept = labels::kept(&self.model, &stamp, &self.locales, diags);
        (adopted && noticed && current && kept).then_some(stamp)
    }

    /// Whether every transfer that rests on an adequacy decision the site adds (`[adequacy]`)
    /// takes effect on or after the day that decision is adopted: on `published`, the day of the
    /// publication, or on the later day a sub-processor's entry announces. A transfer rests on
    /// one only from the day it is adopted; refused at the decision otherwise.
    fn adopted_in_time(&self, published: jiff::civil::Date, diags: &mut Diagnostics) -> bool {
        use crate::model::{Transfer, TransferMechanism};
        let mut ok = true;
        for s in &self.model.subprocessors {
            let Transfer::OutsideEea {
                mechanism,
                fallback,
            } = s.transfer
            else {
                continue;
            };
            // What rests on decisions: all under one, and under the Data Privacy Framework all
            // but the United States (whose decision candor ships, so a site gives none).
            let on_decisions = |m| {
                matches!(
                    m,
                    TransferMechanism::AdequacyDecision | TransferMechanism::DataPrivacyFramework
                )
            };
            if !on_decisions(mechanism) && !fallback.is_some_and(on_decisions) {
                continue;
            }
            let from = s.effective.filter(|d| *d > published).unwrap_or(published);
            for country in &s.countries {
                let code = country.code();
                let Some(decision) = self.config.adequacy.get(code).filter(|d| d.adopted > from)
                else {
                    continue;
                };
                ok = false;
                diags.push(
                    Diagnostic::error(format!(
                        "`{}` transfers data to {code} from {from} on `[adequacy.{code}]`, adopted only on {}",
                        s.name, decision.adopted
                    ))
                    .at(
                        &self.config.file,
                        decision.span.clone(),
                        format!("adopted on {}", decision.adopted),
                    )
                    .with_help(format!(
                        "a transfer rests on an adequacy decision only once it is adopted: announce the transfer for that day or later (`effective = {}`), or {}",
                        decision.adopted,
                        if on_decisions(mechanism) {
                            "give the mechanism it rests on until then, such as `mechanism = \"standard-contractual-clauses\"`"
                        } else {
                            "give no `fallback` until then"
                        }
                    )),
                );
            }
        }
        ok
    }

    /// Per translation, message id to the fingerprint of the words its pages show, terms (`-id`)
    /// included ([`status::fingerprints`]): the words a publication records so that its archive
    /// speaks them, all but the review pages' ([`sections::is_published`]).
    pub fn translation_fingerprints(&self) -> BTreeMap<String, Arc<BTreeMap<String, String>>> {
        let source = self.locales.source();
        let fingerprints = |t: &Status| {
            let words = (self.locales.get(&t.language)).map(|l| status::fingerprints(source, l));
            Arc::new(words.unwrap_or_default())
        };
        // Copied on every core.
        self.translations
            .par_iter()
            .map(|t| (t.language.clone(), fingerprints(t)))
            .collect()
    }

    /// The text of every translated message and term published, by its fingerprint: what a
    /// publication records so that its archive shows each language as it was.
    pub fn translation_texts(&self) -> BTreeMap<String, String> {
        // Each text once, copied only then: languages share many (names, copied words), and
        // all of them gathered first were 7 MB of a first publication's peak at 100 languages.
        // The fingerprints were made as the words loaded; their hex sorts as their bytes do.
        let mut texts: BTreeMap<Fingerprint, &str> = BTreeMap::new();
        let locales = (self.translations.iter()).filter_map(|t| self.locales.get(&t.language));
        for locale in locales {
            let published = (locale.messages.iter())
                .filter(|(id, _)| sections::is_published(id))
                .map(|(_, entry)| entry);
            for entry in published.chain(locale.terms.values()) {
                texts.entry(entry.fingerprint).or_insert(&entry.canonical);
            }
        }
        (texts.into_iter())
            .map(|(fingerprint, text)| (fingerprint.hex(), text.to_string()))
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

    /// Renders every page, handing the files to `emit` a batch at a time as they are done.
    pub fn render_to(
        &self,
        stamp: &Stamp,
        options: &Options,
        emit: &render::Emit,
        diags: &mut Diagnostics,
    ) -> Result<bool, IoError> {
        render::render(self.render_input(options), stamp, emit, diags)
    }

    /// What the renderer reads of this site, as `options` want it rendered.
    pub fn render_input(&self, options: &Options) -> render::Input<'_> {
        render::Input {
            config: &self.config,
            model: &self.model,
            locales: &self.locales,
            theme: &self.theme,
            stale: self.stale_messages().into_iter().collect(),
            untranslated: self.untranslated_messages(),
            missing: options.missing,
        }
    }

    /// The translations with messages not translated yet (that read exactly as the source's
    /// and are not meant to), each with those messages: a region's own, and those of its
    /// parent (or theirs) it shows for want of its own (qa131: a region's page showed them
    /// unmarked). `check` tells each where it is written. A page marks those it shows, and
    /// says so only if it shows one (qa133).
    pub fn untranslated_messages(&self) -> std::collections::HashMap<String, BTreeSet<String>> {
        let shown = |tag: &str| {
            (self.translations.iter())
                .find(|t| t.language == tag)
                .into_iter()
                .flat_map(|t| t.untranslated.iter())
        };
        self.translations
            .iter()
            .filter_map(|t| {
                let mut copied: BTreeSet<String> = shown(&t.language).cloned().collect();
                // The languages below the parent read, each of which would show its own.
                let mut below: Vec<&Locale> = self.locales.get(&t.language).into_iter().collect();
                while let Some(parent) = below.last().and_then(|l| l.parent.as_ref()) {
                    copied.extend(
                        shown(&parent.tag)
                            .filter(|id| below.iter().all(|l| l.entry(id).is_none()))
                            .cloned(),
                    );
                    let Some(parent) = self.locales.get(&parent.tag) else {
                        break;
                    };
                    below.push(parent);
                }
                (!copied.is_empty()).then(|| (t.language.clone(), copied))
            })
            .collect()
    }

    /// Per translation, the ids of the published messages its page marks stale
    /// ([`sections::is_published`]), and of the words of the notices to controllers and the
    /// change log's entries they tell changes in, which no page may show: what a publication
    /// records, and a notice says it is in stale words by (qa149: one in words that had not
    /// followed the English said nothing).
    pub fn recorded_stale(&self) -> BTreeMap<String, BTreeSet<String>> {
        self.stale_where(|id| {
            sections::is_published(id)
                && (shown::on_page(id, Some(&self.labels)) || sections::is_entry_word(id))
        })
    }

    /// Per translation, the ids of the messages its page marks stale: not a label its pages do
    /// not show ([`crate::model::Label`]: no fact and no statement in effect names it), unless
    /// a message that uses it is marked with it (qa109: the section that would list it said it
    /// changed in the original).
    pub fn stale_messages(&self) -> BTreeMap<String, BTreeSet<String>> {
        self.stale_where(|id| self.marks_stale(id))
    }

    /// Whether its pages mark the message `id` stale where it is ([`Site::stale_messages`]).
    fn marks_stale(&self, id: &str) -> bool {
        !sections::is_published(id) || shown::on_page(id, Some(&self.labels))
    }

    /// Per translation, the ids of its stale messages and terms, and of the messages a stale
    /// term makes stale, that `keep` keeps.
    fn stale_where(&self, keep: impl Fn(&str) -> bool) -> BTreeMap<String, BTreeSet<String>> {
        self.translations
            .iter()
            .map(|t| {
                let stale: BTreeSet<String> =
                    t.stale.iter().chain(&t.inherited_stale).cloned().collect();
                // A stale term makes stale what uses it: the language's own words, and those
                // it shows of its parent's (and theirs), which use its terms.
                let users: BTreeSet<String> = (self.locales.get(&t.language))
                    .map(|own| users_shown(&self.locales, own, &stale))
                    .unwrap_or_default();
                let stale = (users.into_iter().chain(stale))
                    .filter(|id| keep(id))
                    .collect();
                (t.language.clone(), stale)
            })
            .collect()
    }
}

/// Loads, validates and renders the site whole, in memory; `None` if there were errors (all in
/// `diags`). For a caller that renders it again (its review, say), the words of every language
/// are held until the returned [`Bundles`] are dropped: each language's files are parsed once.
pub fn prepare(
    root: &Path,
    options: &Options,
    diags: &mut Diagnostics,
) -> Option<(Site, Stamp, Files, Bundles)> {
    let site = Site::load(root, options, diags)?;
    let words = site.locales.hold();
    let stamp = site.stamp(options, diags)?;
    let files = site.render(&stamp, options, diags)?;
    Some((site, stamp, files, words))
}

/// Renders the site with each language's page replaced by its review page, and its stylesheet
/// beside it, handing the files to `emit` a batch at a time (`candor review`): only the last
/// publication's pages are held, to compare with, never the whole site. Returns whether
/// everything rendered and every page was reviewed (all problems in `diags`, the review's in
/// configured order), or the first failure of `emit`.
pub fn render_review_to(
    site: &Site,
    stamp: &Stamp,
    options: &Options,
    emit: &render::Emit,
    diags: &mut Diagnostics,
) -> Result<bool, IoError> {
    let baseline = Baseline::of(site, stamp);
    let (old_files, old_words) = match baseline.last {
        Some(last) => match render_published(site, stamp, last, None, diags) {
            Some((old, words)) => (old, Some(words)),
            None => return Ok(false),
        },
        None => (Files::new(), None),
    };
    let problems: Mutex<Vec<(usize, Diagnostic)>> = Mutex::new(Vec::new());
    let under_review = lock::ids(&stamp.history).last().map(|id| id.to_string());
    // A publication not made yet has no notice to send.
    let unpublished = stamp.unrecorded();
    let reviewing = |mut files: Files| {
        // A language's annex, marked against the last publication's before it is made a draft.
        for (i, locale) in site.locales.locales.iter().enumerate() {
            let path = format!("{}/annex/index.html", locale.language.tag);
            let (Some(new), Some(old)) = (files.get(&path), old_files.get(&path)) else {
                continue;
            };
            if !published_before(site, stamp, locale) {
                continue;
            }
            let (old, new) = (String::from_utf8_lossy(old), String::from_utf8_lossy(new));
            match review::annex(&old, &new, locale) {
                Ok(marked) => {
                    files.insert(path, marked.into_bytes());
                }
                Err(e) => problems
                    .lock()
                    .expect("no panic while reviewing")
                    .push((i, e)),
            }
        }
        if let Some(id) = &under_review
            && let Err(e) = as_drafts(site, &mut files, id, unpublished)
        {
            problems
                .lock()
                .expect("no panic while reviewing")
                .push((0, e));
        }
        // A language's page comes in a batch of its own, with its print stylesheet.
        let pages: Vec<usize> = files
            .keys()
            .filter_map(|path| path.strip_suffix("/index.html"))
            .filter_map(|tag| site.locales.position(tag))
            .collect();
        for i in pages {
            let old = Old {
                files: &old_files,
                words: old_words.as_deref(),
            };
            match baseline.review(site, stamp, i, &files, old) {
                Some(Ok(own)) => files.extend(own),
                Some(Err(e)) => problems
                    .lock()
                    .expect("no panic while reviewing")
                    .push((i, e)),
                None => {}
            }
        }
        emit(files)
    };
    let rendered = site.render_to(stamp, options, &reviewing, diags)?;
    let mut problems = problems.into_inner().expect("rendering is over");
    problems.sort_by_key(|(i, _)| *i);
    let reviewed = problems.is_empty();
    for (_, problem) in problems {
        diags.push(problem);
    }
    Ok(rendered && reviewed)
}

/// The documents in `files` of the publication under review (`id`) other than its pages, which
/// become the review pages: each language's annex, change log and list of versions, and the
/// archive's copies of every publication's page and annex, each made to say it is a draft
/// ([`review::draft_document`]), with its `review.css`. Of the notice of a publication not made
/// yet (`unpublished`), legal reads the text (Markdown and JSON); its ready-to-send e-mail
/// and calendar have no place in a review, and the change log's links to them are left as words.
fn as_drafts(
    site: &Site,
    files: &mut Files,
    id: &str,
    unpublished: Option<lock::PublicationId>,
) -> Result<(), Diagnostic> {
    let notice = crate::history::changelog::notice_folder(id);
    let gone: Vec<String> = match unpublished {
        Some(_) => ["notice.eml", "notice.ics"]
            .iter()
            .map(|file| format!("{notice}/{file}"))
            .collect(),
        None => Vec::new(),
    };
    for locale in &site.locales.locales {
        let tag = &locale.language.tag;
        files.retain(|path, _| {
            path.strip_prefix(tag.as_str())
                .and_then(|p| p.strip_prefix('/'))
                .is_none_or(|path| !gone.iter().any(|g| g == path))
        });
        let draft = draft(site, locale, unpublished)?;
        // The notice's text says it is a draft too: it names a publication not made yet.
        if unpublished.is_some() {
            let draft = &draft.words;
            let md = format!("{tag}/{notice}/notice.md");
            if let Some(text) = files.get(&md) {
                let text = format!("**{draft}**\n\n{}", String::from_utf8_lossy(text));
                files.insert(md, text.into_bytes());
            }
            // Its first field, before the rest as they are.
            let json = format!("{tag}/{notice}/notice.json");
            if let Some(rest) = files
                .get(&json)
                .and_then(|bytes| bytes.strip_prefix(b"{\n"))
            {
                let draft = serde_json::Value::String(draft.clone());
                let mut text = format!("{{\n  \"draft\": {draft},\n").into_bytes();
                text.extend_from_slice(rest);
                files.insert(json, text);
            }
        }
        // Its feed's title.
        let feed = format!("{tag}/feed.xml");
        if let Some(xml) = files.get(&feed) {
            let xml = String::from_utf8_lossy(xml);
            if let Some(at) = xml.find("<title>") {
                let at = at + "<title>".len();
                let words = crate::text::escape_html(&draft.words);
                let xml = format!("{}{words} {}", &xml[..at], &xml[at..]);
                files.insert(feed, xml.into_bytes());
            }
        }
        // Every copy the archive holds, not only the one under review: the copies of the last
        // publication say it was superseded, which is true only once the build is made (qa92).
        let archive = format!("{tag}/archive/");
        let copies: Vec<String> = (files.keys())
            .filter(|path| path.starts_with(&archive))
            .filter_map(|path| path.strip_suffix("index.html"))
            .map(str::to_string)
            .collect();
        for folder in [format!("{tag}/annex/"), format!("{tag}/changes/")]
            .into_iter()
            .chain(copies)
        {
            let path = format!("{folder}index.html");
            let Some(html) = files.get(&path) else {
                continue;
            };
            let unreadable =
                |e| Diagnostic::error(format!("`{path}` cannot be read for review: {e}"));
            let mut html = review::draft_document(&String::from_utf8_lossy(html), &draft)
                .map_err(unreadable)?;
            if !gone.is_empty() && folder.ends_with("/changes/") {
                html = review::unlinked(&html, &gone).map_err(unreadable)?;
            }
            let print = files
                .get(&format!("{folder}print.css"))
                .map(|css| String::from_utf8_lossy(css).into_owned());
            let css = review::stylesheet(&draft, print.as_deref());
            files.insert(path, html.into_bytes());
            files.insert(format!("{folder}{}", review::REVIEW_CSS), css.into_bytes());
        }
    }
    // The site's own documents, in the source language: the list of its languages, and the
    // machine-readable facts and history, whose first field says so, as a notice's does.
    let source = &site.locales.locales[site.locales.source];
    let draft = draft(site, source, unpublished)?;
    if let Some(html) = files.get("index.html") {
        let html = review::draft_document(&String::from_utf8_lossy(html), &draft).map_err(|e| {
            Diagnostic::error(format!("`index.html` cannot be read for review: {e}"))
        })?;
        files.insert("index.html".to_string(), html.into_bytes());
        let css = review::stylesheet(&draft, None);
        files.insert(review::REVIEW_CSS.to_string(), css.into_bytes());
    }
    for json in ["data.json", "history.json", "dpv.jsonld"] {
        if let Some(rest) = files.get(json).and_then(|bytes| bytes.strip_prefix(b"{\n")) {
            let words = serde_json::Value::String(draft.words.clone());
            let mut text = format!("{{\n  \"draft\": {words},\n").into_bytes();
            text.extend_from_slice(rest);
            files.insert(json.to_string(), text);
        }
    }
    // Not the history's canonical files (`history/<id>.json`): their bytes are what each
    // fingerprint is the hash of.
    const CSV: &str = "subprocessors.csv";
    if let Some(csv) = files
        .get(CSV)
        .and_then(|csv| machine::draft_csv(csv, &draft.words))
    {
        files.insert(CSV.to_string(), csv);
    }
    Ok(())
}

/// The review's own files of the language at position `language` (configured order) alone, as
/// [`render_review_to`] makes them: its review page and stylesheet, with only that language's
/// page of the last publication rendered to compare with (`serve` makes each when it is asked
/// for). `None` where `files` has no page in that language; the problems where the review
/// cannot be made.
pub fn review_language(
    site: &Site,
    stamp: &Stamp,
    files: &Files,
    language: usize,
) -> Option<Result<Files, Diagnostics>> {
    let baseline = Baseline::of(site, stamp);
    let mut diags = Diagnostics::default();
    let (old_files, old_words) = match baseline.last {
        Some(last) => match render_published(site, stamp, last, Some(language), &mut diags) {
            Some((old, words)) if !diags.has_errors() => (old, Some(words)),
            _ => return Some(Err(diags)),
        },
        None => (Files::new(), None),
    };
    let old = Old {
        files: &old_files,
        words: old_words.as_deref(),
    };
    let reviewed = baseline.review(site, stamp, language, files, old)?;
    Some(reviewed.map_err(|e| {
        diags.push(e);
        diags
    }))
}

/// What the review's documents in `locale` say of themselves ([`review::Draft`]): that they are
/// a draft, and of a publication not made yet (`unpublished`), the day it is dated as if
/// published, which its date and fingerprint hold for.
fn draft(
    site: &Site,
    locale: &Locale,
    unpublished: Option<lock::PublicationId>,
) -> Result<review::Draft, Diagnostic> {
    let day = match unpublished {
        Some(id) => {
            // Named as the change log names it, the day's second as such (qa92).
            let mut args = FluentArgs::new();
            args.set(
                "date",
                crate::history::changelog::publication_name(id, locale)
                    .map_err(Diagnostic::error)?,
            );
            Some(locale.format(Message::ReviewDay.id(), &args)?)
        }
        None => None,
    };
    // Made-up values shown as facts: said on every document, which legal reads (qa117: only
    // the terminal said so).
    let placeholders = match site.placeholders {
        0 => None,
        count => {
            let mut args = FluentArgs::new();
            args.set("count", count);
            Some(locale.format(Message::ReviewPlaceholders.id(), &args)?)
        }
    };
    Ok(review::Draft {
        words: locale.format(Message::ReviewDraft.id(), &FluentArgs::new())?,
        day,
        placeholders,
        rtl: crate::intl::is_rtl(&locale.language.locale),
    })
}

/// Whether the last publication's pages were shown in `locale`'s language: published in it,
/// or in it since a revision added its translation ([`added_since`]). One that was not is
/// new, all of it for review.
fn published_before(site: &Site, stamp: &Stamp, locale: &Locale) -> bool {
    let source = &site.locales.locales[site.locales.source].language.tag;
    stamp.recorded().last().is_some_and(|p| {
        p.published_in(&locale.language.tag, source) || added_since(stamp, p, locale).is_some()
    })
}

/// How many revisions of `last`, the last recorded publication, `candor.lock` records: not the
/// one this run only previews, which no page was published with.
fn recorded_revisions(stamp: &Stamp) -> usize {
    stamp.recorded_revisions().map_or(0, |(_, n)| n)
}

/// The day a recorded revision of `last` added `locale`'s translation, where the language was
/// not published with it: its pages are public from that day.
fn added_since(
    stamp: &Stamp,
    last: &lock::Publication,
    locale: &Locale,
) -> Option<jiff::civil::Date> {
    last.added_through(&locale.language.tag, recorded_revisions(stamp))
        .map(|time| lock::When::at(time).date)
}

/// The keys of the entries `locale`'s pages show that use one of the terms `keys`, directly or
/// through others: its own, and those it shows of its parent's (and theirs), which use its
/// terms.
fn users_shown(locales: &Locales, locale: &Locale, keys: &BTreeSet<String>) -> BTreeSet<String> {
    let mut users = locale.users_of(keys);
    let parent = |l: &Locale| l.parent.as_ref().and_then(|p| locales.get(&p.tag));
    let mut shown = parent(locale);
    while let Some(inherited) = shown {
        users.extend(
            (inherited.users_of(keys).into_iter()).filter(|key| locale.entry(key).is_none()),
        );
        shown = parent(inherited);
    }
    users
}

/// `stale` with each term given as the messages its pages show it in: a regional language's
/// own and its parent's, as its pages show them, for its own files hold few messages, or none
/// (qa92: nl-BE's summary said "other text on the page" was reworded, as of a term shown
/// nowhere, where nl's told the sections showing it); and only those its pages show
/// ([`Site::stale_messages`]: the words of the change log's entries, kept as published, are
/// not, where the page shows no change to come).
fn terms_shown(
    site: &Site,
    locale: &Locale,
    stale: changes::StaleChanges,
) -> changes::StaleChanges {
    let shown = |ids: Vec<String>| -> Vec<String> {
        let mut out = Vec::new();
        for id in ids {
            let term = BTreeSet::from([id.clone()]);
            let users: Vec<String> = (users_shown(&site.locales, locale, &term).into_iter())
                .filter(|user| !user.starts_with('-'))
                .collect();
            // Those its pages show, as they mark them stale ([`Site::stale_messages`]): a term
            // only the change log's entries use is marked nowhere.
            let on_page = |user: &String| {
                !sections::is_published(user) || shown::on_page(user, Some(&site.labels))
            };
            match id.starts_with('-') && !users.is_empty() {
                true => out.extend(users.into_iter().filter(on_page)),
                false => out.push(id),
            }
        }
        out.sort();
        out.dedup();
        out
    };
    changes::StaleChanges {
        marked: shown(stale.marked),
        cleared: shown(stale.cleared),
    }
}

/// What the review compares `locale`'s page with: the last publication where it was published
/// in its language (or shown in it since, [`added_since`]), or nothing, saying which
/// publication it was last published in where it was.
fn against(site: &Site, stamp: &Stamp, locale: &Locale) -> review::Against {
    let source = &site.locales.locales[site.locales.source].language.tag;
    let ids = lock::ids(stamp.recorded());
    let last_in_language = (ids.iter().zip(stamp.recorded()).rev())
        .find(|(_, p)| p.published_in(&locale.language.tag, source))
        .map(|(id, _)| *id);
    let last = stamp.recorded().last();
    // The day its translation was last revised, where it was since, and which wording of that
    // day it is, as the change log counts them (every wording shown, one back to the words
    // before too).
    let revised = || {
        let last = last?;
        let time = (last.revised_shown_through(locale, &stamp.texts, recorded_revisions(stamp)))
            .last()
            .copied()?;
        let date = lock::When::at(time).date;
        // Of those recorded: the draft's own is not one (qa41).
        let nth = (last.wordings_shown(locale, &stamp.texts).iter())
            .filter(|w| w.through <= recorded_revisions(stamp))
            .filter(|w| w.time <= time && lock::When::at(w.time).date == date)
            .count();
        Some(review::Revised {
            date,
            nth: u32::try_from(nth).unwrap_or(u32::MAX).max(1),
        })
    };
    let added = last.and_then(|last| added_since(stamp, last, locale));
    match (last_in_language, ids.last(), added) {
        (Some(id), Some(last), _) if id == *last => review::Against::Last(id, revised()),
        (_, Some(last), Some(added)) => match revised() {
            Some(revised) => review::Against::Last(*last, Some(revised)),
            None => review::Against::Added(*last, added),
        },
        (Some(id), _, _) => review::Against::NotSince(id),
        (None, _, _) => review::Against::Nothing,
    }
}

/// What the review compares today's site with: the last publication recorded in candor.lock, as
/// `diff`'s baseline is, and the changes since.
struct Baseline<'a> {
    last: Option<&'a lock::Publication>,
    /// Today's facts and source text, as they would be published: none where nothing was.
    today: Option<lock::Snapshot>,
    changes: Vec<Change>,
    /// What the notice of the publication under review tells (none where there is none): the
    /// summary says, as the change log will, which changes controllers may object to.
    notice: Vec<changelog::Noticed>,
    /// Each translation's stale messages today, to compare with what the last one recorded.
    stale: BTreeMap<String, BTreeSet<String>>,
}

impl<'a> Baseline<'a> {
    fn of(site: &Site, stamp: &'a Stamp) -> Self {
        let last = stamp.recorded().last();
        let today = last.map(|_| site.snapshot().after(stamp.recorded(), stamp.date));
        let changes = last
            .zip(today.as_ref())
            .map_or_else(Vec::new, |(last, today)| {
                let mut changes = changes::between(&last.snapshot, today);
                // As the change log will tell them.
                changelog::as_logged(&mut changes, stamp.recorded(), &site.model, stamp.date);
                changes
            });
        // The publication under review, when there is one to make, is the history's last.
        let notice = match stamp.unrecorded().is_some() {
            true => changelog::log(&stamp.history)
                .pop()
                .map(|logged| logged.notice)
                .unwrap_or_default(),
            false => Vec::new(),
        };
        Self {
            last,
            today,
            changes,
            notice,
            stale: site.recorded_stale(),
        }
    }

    /// The review page and stylesheet of the language at position `i`, from its page in `files`
    /// and in `old`'s (the last publication's); `None` where `files` has no such page.
    fn review(
        &self,
        site: &Site,
        stamp: &Stamp,
        i: usize,
        files: &Files,
        old: Old,
    ) -> Option<Result<Files, Diagnostic>> {
        let locale = &site.locales.locales[i];
        let tag = &locale.language.tag;
        let path = format!("{tag}/index.html");
        let new = String::from_utf8_lossy(files.get(&path)?);
        // What this language's page shows changed: the facts, and its own words (a change of
        // the source's words shows on a translation only once it is translated).
        let mut changes = match self.last.zip(self.today.as_ref()) {
            Some((last, today)) if i != site.locales.source => {
                let facts = (&last.snapshot, today);
                own_words(&self.changes, stamp, facts, &site.locales, locale)
            }
            _ => self.changes.clone(),
        };
        // A language the last publication was not published in is new: all of it is for
        // review, not what changed since a page it never had.
        let published_before = published_before(site, stamp, locale);
        if !published_before {
            changes.clear();
        }
        // Its words as the last publication spoke them, which name what it no longer lists.
        let before = (old.words.map(|w| &*w.locales[i])).filter(|_| published_before);
        let old = (old.files.get(&path))
            .filter(|_| published_before)
            .map(|o| String::from_utf8_lossy(o))
            .unwrap_or_default();
        // The sections whose notice that the original prevails the page gains or loses.
        let stale = match stamp.recorded_stale(tag) {
            Some(then) if self.last.is_some() => {
                let none = BTreeSet::new();
                let now = self.stale.get(tag).unwrap_or(&none);
                // As its pages mark them: a notice's words, recorded stale for it, are no
                // change the summary tells (the change log does not).
                let then: BTreeSet<String> = then
                    .iter()
                    .filter(|id| site.marks_stale(id))
                    .cloned()
                    .collect();
                let now: BTreeSet<String> = now
                    .iter()
                    .filter(|id| site.marks_stale(id))
                    .cloned()
                    .collect();
                let (then, now) = (&then, &now);
                // A section loses its notice only when none of its messages is stale still.
                let section = |id: &String| crate::sections::of_message(id).map(|s| s.id);
                let still: BTreeSet<_> = now.iter().filter_map(section).collect();
                changes::StaleChanges {
                    marked: now.difference(then).cloned().collect(),
                    cleared: then
                        .difference(now)
                        .filter(|id| section(id).is_none_or(|s| !still.contains(s)))
                        .cloned()
                        .collect(),
                }
            }
            _ => changes::StaleChanges::default(),
        };
        let stale = terms_shown(site, locale, stale);
        let page = draft(site, locale, stamp.unrecorded()).and_then(|draft| {
            let html = review::page(
                &old,
                &new,
                locale,
                &site.model.organisation,
                stamp.date,
                review::Since {
                    against: against(site, stamp, locale),
                    changes: &changes,
                    notice: &self.notice,
                    stale: &stale,
                    before,
                },
                &draft,
            )?;
            Ok((html, draft))
        });
        Some(match page {
            Ok((html, draft)) => {
                let print = files
                    .get(&format!("{tag}/print.css"))
                    .map(|css| String::from_utf8_lossy(css));
                let css = review::stylesheet(&draft, print.as_deref());
                Ok(Files::from([
                    (path, html.into_bytes()),
                    (format!("{tag}/{}", review::REVIEW_CSS), css.into_bytes()),
                ]))
            }
            Err(e) => Err(e),
        })
    }
}

/// `changes` as a translation's page shows them: the facts, and where its own words changed
/// since the last publication's pages spoke them as recorded, those (the source's words
/// changed show on it once translated; a message new in the source that it lacks shows on it
/// in the source language at once). A translation whose words it did not keep shows no other
/// change of words: its old page is rendered with today's. The words of a fact that changed
/// (`facts`, the last publication's and today's) are that fact's change, as the change log
/// tells them ([`changelog::of_a_fact`]).
fn own_words(
    changes: &[Change],
    stamp: &Stamp,
    facts: (&lock::Snapshot, &lock::Snapshot),
    today: &Locales,
    locale: &locales::Locale,
) -> Vec<Change> {
    let mut own: Vec<Change> = changes.iter().filter(|c| !c.is_text()).cloned().collect();
    // Messages new in the source: the last publication's words of this language hold none of
    // them (its page is rendered with today's in their place), so whatever it says of them is
    // new on its page, as its change log will say.
    let new_in_source: BTreeSet<&String> = changes
        .iter()
        .filter_map(|c| match c {
            Change::Text {
                message, was: None, ..
            } => Some(message),
            _ => None,
        })
        .collect();
    let now = shown_words(today, locale);
    // One it does not translate yet shows in the source language: new on its page too.
    own.extend(
        changes
            .iter()
            .filter(|c| matches!(c, Change::Text { message, was: None, .. } if !now.contains_key(message)))
            .cloned(),
    );
    if let Some(was) = published_translation(stamp, today, locale) {
        let (words_was, words_now) = (&was, &now);
        let ids: BTreeSet<&String> = was.keys().chain(now.keys()).collect();
        // Rewritten to show the same words (a term given the case it showed anyway): not
        // changed, as the change log will not say it was.
        let (terms_was, terms_now) = (
            |t: &str| was.get(t).or_else(|| now.get(t)).map(String::as_str),
            |t: &str| now.get(t).map(String::as_str),
        );
        // Who refers to whom, read once for the messages and terms that changed.
        let referrers = std::cell::OnceCell::new();
        for id in ids {
            let was = was.get(id).filter(|_| !new_in_source.contains(id));
            let now = now.get(id);
            let reads_the_same = match (was, now) {
                (Some(was), Some(now)) if !id.starts_with('-') => {
                    shown::read_the_same(was, now, &terms_was, &terms_now)
                }
                _ => false,
            };
            if was == now || reads_the_same || changelog::of_a_fact(id, facts.0, facts.1) {
                continue;
            }
            // A term rewords the sections whose messages read otherwise with it, a message its
            // own and those of the messages that show it, as the change log will say.
            let users = || {
                referrers
                    .get_or_init(|| shown::Referrers::of(&[words_was, words_now]))
                    .users_of(id)
            };
            let (read_was, read_now) = (
                |key: &str| match key.starts_with('-') {
                    true => terms_was(key),
                    false => words_was.get(key).map(String::as_str),
                },
                |key: &str| words_now.get(key).map(String::as_str),
            );
            let places = match (id.starts_with('-'), was.is_some() && now.is_some()) {
                (true, _) => shown::places_reworded(&users(), &read_was, &read_now),
                (false, true) => shown::places_of_message(id, &users(), &read_was, &read_now),
                (false, false) => vec![shown::Place::Section(
                    crate::sections::of_message(id).map(|s| s.id),
                )],
            };
            for place in places {
                own.push(Change::text_at(place, id, was.cloned(), now.cloned()));
            }
        }
    }
    own
}

/// The pages of a recorded publication: its facts, its words and the messages each translation
/// marked stale, as recorded (today's words where it recorded none), and today's theme.
fn render_published(
    site: &Site,
    stamp: &Stamp,
    last: &lock::Publication,
    only: Option<usize>,
    diags: &mut Diagnostics,
) -> Option<(Files, Arc<Locales>)> {
    let (history, texts) = (stamp.recorded(), &stamp.texts);
    let model: &Model = match last.snapshot.model() {
        Ok(m) => m,
        Err(e) => {
            diags.push(Diagnostic::error(format!(
                "the publication of {} cannot be read back for review: {e}",
                last.date
            )));
            return None;
        }
    };
    // Today's words where that publication recorded none of its own (a region's are its
    // parent's recorded words under its own), so no locale is loaded again.
    let today = &site.locales;
    let locales = today
        .locales
        .iter()
        .enumerate()
        .map(|(i, locale)| {
            let words = if i == today.source {
                Some(published_source(last, locale))
            } else {
                published_translation(stamp, today, locale)
            };
            match words {
                Some(words) => Arc::new(locales::Locale::from_recorded(
                    &locale.language,
                    &words,
                    lock::FILE,
                    diags,
                )),
                None => locale.clone(),
            }
        })
        .collect();
    let locales = Arc::new(Locales::shared(locales, today.source));
    // The sections its pages marked stale, as recorded (none where that was not).
    let stale = today
        .locales
        .iter()
        .filter_map(|l| {
            let tag = &l.language.tag;
            Some((tag.clone(), stamp.recorded_stale(tag)?.clone()))
        })
        .collect();
    let stamp = Stamp {
        date: last.date,
        history: history.to_vec(),
        publishing: lock::Publishing::Unchanged,
        // The archive's words are part of what renders the old page's links and facts.
        texts: texts.clone(),
    };
    let input = render::Input {
        config: &site.config,
        model,
        locales: &locales,
        theme: &site.theme,
        stale,
        untranslated: Default::default(),
        missing: render::Missing::ShowsTheSource,
    };
    // Only the pages and annexes: the review compares each language's, and nothing else.
    let files = render::pages_in_memory(input, &stamp, only, diags)?;
    Some((files, locales))
}

/// The last publication as the review compares today's pages with it: its pages and annexes
/// rendered again, and the words it spoke each language in, by today's order of languages.
#[derive(Clone, Copy)]
struct Old<'a> {
    files: &'a Files,
    /// None where nothing was published.
    words: Option<&'a Locales>,
}

/// The source text as `last` published it. A message or term asked for since (by the theme, or
/// by candor's own code) is not in that record: it is empty in the old version, so the review
/// marks its words as new instead of failing to render what was published.
fn published_source(last: &lock::Publication, today: &locales::Locale) -> BTreeMap<String, String> {
    let mut recorded = last.snapshot.source().clone();
    let ids = today.messages.keys().cloned();
    for id in ids.chain(today.terms.keys().map(|t| format!("-{t}"))) {
        recorded
            .entry(id)
            .or_insert_with_key(|id| format!("{id} = {{\"\"}}\n"));
    }
    recorded
}

/// A translation as the last publication's pages spoke it, as candor.lock records it
/// ([`Stamp::recorded_words`]), where it kept its texts, so that the review marks a changed
/// translation as it marks changed source text; a message it did not record is today's. A
/// region's are its parent's with its own over them. `None` where nothing was kept.
fn published_translation(
    stamp: &Stamp,
    locales: &Locales,
    today: &locales::Locale,
) -> Option<BTreeMap<String, String>> {
    let texts = &stamp.texts;
    // A region's own words over its parent's.
    let parent = today.parent.as_ref().map(|p| p.tag.as_str());
    let mut words: BTreeMap<String, String> = parent
        .into_iter()
        .chain([today.language.tag.as_str()])
        .filter_map(|tag| stamp.recorded_words(tag))
        .flat_map(|fingerprints| fingerprints.iter())
        .filter_map(|(id, fp)| Some((id.clone(), texts.get(fp)?.clone())))
        .collect();
    if words.is_empty() {
        return None;
    }
    for (id, text) in shown_words(locales, today) {
        words.entry(id).or_insert(text);
    }
    Some(words)
}

/// The words `locale`'s pages show today: a region's own, over its parent's.
fn shown_words(locales: &Locales, locale: &locales::Locale) -> BTreeMap<String, String> {
    let parent = locale.parent.as_ref().and_then(|p| locales.get(&p.tag));
    let mut words = parent.map(locales::Locale::words).unwrap_or_default();
    words.extend(locale.words());
    words
}

/// The folders of a site that hold its sources (an output directory is none of them; `serve`
/// watches them).
pub const SOURCE_FOLDERS: [&str; 3] = ["content", "locales", "themes"];

/// The files at the root of a site that are sources.
pub const SOURCE_FILES: [&str; 2] = [config::FILE, lock::FILE];

/// Everything at the root of a site that an output folder must never be.
pub const SOURCES: [&str; 5] = [
    SOURCE_FOLDERS[0],
    SOURCE_FOLDERS[1],
    SOURCE_FOLDERS[2],
    SOURCE_FILES[0],
    SOURCE_FILES[1],
];

/// Refuses a theme's static file at a place of the output candor writes: one of the files at
/// its root ([`render::SITE_FILES`], the output's marker), or in a language's folder or the
/// history's. It would be published over candor's own file, or beside it in a folder candor
/// owns. Names are compared ignoring case, as a case-insensitive disk or host would.
fn theme_places(theme: &Theme, name: &str, languages: &[String], diags: &mut Diagnostics) {
    for path in theme.assets.keys() {
        let (first, rest) = path.split_once('/').unwrap_or((path, ""));
        let folder = if rest.is_empty() { "" } else { "/" };
        let same = |other: &str| first.eq_ignore_ascii_case(other);
        let place = if render::SITE_FILES
            .into_iter()
            .chain([
                crate::write::output::MARKER,
                crate::write::output::NEXT_MARKER,
            ])
            .any(same)
        {
            format!("at `{first}{folder}`, which candor writes")
        } else if let Some(tag) = languages.iter().find(|t| same(t)) {
            format!("in `{first}{folder}`, the folder candor writes `{tag}`'s pages into")
        } else if same(crate::history::published::FOLDER) {
            format!("in `{first}{folder}`, the folder candor writes the history into")
        } else {
            continue;
        };
        let file = format!("themes/{name}/static/{path}");
        diags.push(
            Diagnostic::error(format!(
                "the theme's `{}` is {place}",
                crate::text::visible_name(&file)
            ))
            .with_help(
                "rename or move it out of that place: it would be published over what candor \
                 writes there",
            ),
        );
    }
}

/// Where `candor.lock` is missing though the site was published, or may have been, what says
/// so: a translation's record (each build that records a publication writes them beside it), of
/// any language, configured or no longer, or the history of the default output, a built site's
/// (not review or pseudo-localized pages). Building then would start the site's history anew,
/// "First publication", the ones before gone from its change log, feed and archive. (`build`
/// also reads the history of an output given elsewhere.)
fn lock_lost(root: &Path) -> Option<Diagnostic> {
    use crate::write::output::{self, Contents};
    if std::fs::symlink_metadata(root.join(lock::FILE)).is_ok() {
        return None;
    }
    let exists = |path: &Path| std::fs::symlink_metadata(path).is_ok();
    // Folders of the site's own only: nothing is looked up through a link out of it.
    let folder = |path: &Path| std::fs::symlink_metadata(path).is_ok_and(|m| m.is_dir());
    let locales = root.join("locales");
    let mut records: Vec<PathBuf> = (folder(&locales).then(|| std::fs::read_dir(&locales)))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|dir| folder(dir))
        .map(|dir| dir.join(status::FILE))
        .filter(|path| exists(path))
        .collect();
    records.sort();
    let public = root.join("public");
    let built =
        folder(&public) && matches!(output::marked(&public), Some(Some(Contents::Site) | None));
    let history = public.join(crate::history::published::INDEX);
    let evidence = match records.first() {
        Some(record) => format!(
            "{} records what translations were made from, as each publication writes it \
             beside {}",
            crate::fs::display_name(root, record),
            lock::FILE
        ),
        None if built && exists(&history) => format!(
            "{} lists the site's publications",
            crate::fs::display_name(root, &history)
        ),
        None => return None,
    };
    Some(
        Diagnostic::error(format!(
            "not found, though {evidence}: if the site was published, building without its \
             record would start its history anew, the publications before gone from its change \
             log, feed and archive"
        ))
        .in_file_named(lock::FILE)
        .with_help(format!(
            "restore {} from version control; if the site was never published, delete each \
             language's {} (an older candor's `check --record` wrote them before a first \
             publication) and the output \
             `public/`, to start its history",
            lock::FILE,
            status::FILE
        )),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sources_are_the_places_links_may_lead_to() {
        assert_eq!(SOURCES, crate::fs::SOURCE_PLACES);
    }

    /// The example (the repository's own site), loaded, stamped as recorded, and rendered whole.
    fn example_rendered(options: &Options) -> (Site, Stamp, Files) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut diags = Diagnostics::default();
        let site = Site::load(root, options, &mut diags).expect("the example loads");
        let stamp = site.stamp(options, &mut diags).expect("and stamps");
        let whole = site
            .render(&stamp, options, &mut diags)
            .expect("and renders");
        assert!(!diags.has_errors());
        (site, stamp, whole)
    }

    #[test]
    fn the_pages_and_annexes_rendered_alone_are_those_of_the_whole_site() {
        let options = Options::new(Recording::Locked);
        let (site, stamp, whole) = example_rendered(&options);
        let mut diags = Diagnostics::default();
        let of = |tag: &str| ["index.html", "print.css"].map(|f| format!("{tag}/{f}"));
        let tags: Vec<&str> = site
            .locales
            .locales
            .iter()
            .map(|l| &*l.language.tag)
            .collect();
        let mut wanted: Vec<(Option<usize>, Vec<String>)> = tags
            .iter()
            .enumerate()
            .map(|(i, tag)| (Some(i), of(tag).to_vec()))
            .collect();
        // All of them: each language's annex too, which the review marks.
        let annex =
            |tag: &str| ["annex/index.html", "annex/print.css"].map(|f| format!("{tag}/{f}"));
        wanted.push((
            None,
            tags.iter()
                .flat_map(|tag| [of(tag), annex(tag)])
                .flatten()
                .collect(),
        ));
        for (only, expected) in wanted {
            let pages =
                render::pages_in_memory(site.render_input(&options), &stamp, only, &mut diags)
                    .expect("its pages render alone");
            assert!(!diags.has_errors());
            assert_eq!(
                pages.keys().cloned().collect::<BTreeSet<_>>(),
                expected.iter().cloned().collect(),
                "{only:?}"
            );
            for path in &expected {
                assert!(pages[path] == whole[path], "{path} differs ({only:?})");
            }
        }
        assert!(
            stamp.history.len() > 1,
            "the example has an archive to leave out"
        );
    }

    #[test]
    fn the_live_files_and_the_archive_are_the_whole_site() {
        let options = Options::new(Recording::Locked);
        let (site, stamp, whole) = example_rendered(&options);
        let part = |scope| {
            let mut diags = Diagnostics::default();
            let files =
                render::scope_in_memory(site.render_input(&options), &stamp, scope, &mut diags)
                    .expect("renders");
            assert!(!diags.has_errors());
            files
        };
        let (live, archive) = (part(render::Scope::Live), part(render::Scope::Archive));
        assert!(
            archive
                .keys()
                .all(|path| path.contains("/archive/") && !live.contains_key(path)),
            "the archive's copies alone"
        );
        // Every publication's page and annex in every language, each with its print stylesheet.
        let languages = site.locales.locales.len();
        assert_eq!(archive.len(), 4 * languages * stamp.history.len());
        let mut joined = live;
        joined.extend(archive);
        assert_eq!(
            joined.keys().collect::<Vec<_>>(),
            whole.keys().collect::<Vec<_>>()
        );
        for (path, bytes) in &whole {
            assert!(joined[path] == *bytes, "{path} differs");
        }
    }

    #[test]
    fn a_page_marked_against_itself_is_itself() {
        // What lets `review::page` skip comparing a page that did not change.
        let (site, _, whole) = example_rendered(&Options::new(Recording::Locked));
        let marks = review::Marks::of(site.locales.source()).expect("the review's words");
        let sentences = review::Sentences::new(&site.locales.source().language.locale.id);
        let pages: Vec<(&String, &str)> = whole
            .iter()
            .filter(|(path, _)| path.ends_with(".html"))
            .map(|(path, bytes)| (path, std::str::from_utf8(bytes).expect("UTF-8")))
            .collect();
        assert!(pages.len() > 30, "pages, annexes and the archive");
        for (path, page) in pages {
            let marked = review::mark(page, page, &marks, &sentences).expect("it reads");
            assert!(marked == page, "{path} marked against itself differs");
        }
    }
}
