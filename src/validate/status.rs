//! What is left to do in each translation: missing messages, obsolete ones, and stale ones (the
//! source text changed after the translation was made).
//!
//! Staleness needs no git and no file times. Each translation keeps a record,
//! `locales/<lang>/translated-from.toml`, written by candor: for every message and term (by its
//! key, `-customer`), a fingerprint of the source text it was translated from and of the
//! translation itself. A translation is stale
//! when today's source is not the text it was translated from, whatever happened to the
//! translation: an edit only counts as a translation of today's source when the record had
//! already seen that source while the translation was still the old one (`newer`, written by
//! `build`, `check --record` and `mark-reviewed`). An edit after the record saw a source is a
//! translation of that one, and stale if the source moved on again or was taken back to the
//! words the translation was first made from. A translation put back to words it had before (a
//! commit reverted) is a translation of the source those were made from (`earlier`). Edits
//! made before the source changed, or
//! with no record in between, cannot be told apart from those made after, so they stay stale
//! until the translation is marked as reviewed (`candor mark-reviewed`).
//!
//! A message that reads exactly as its source, as it reads or as a publication recorded it,
//! is untranslated, unless it has no words of its own or is marked as meant to (`# candor:
//! same-as-source`).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use rayon::prelude::*;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::fs;
use crate::history::lock::Publication;
use crate::history::shown;
use crate::load::locales::{Entry, Locale, Locales};
use crate::text::Fingerprint;

/// The record's file name, in each translation's locale folder.
pub const FILE: &str = "translated-from.toml";
/// For one message: what it was translated from, and what the translation was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pair {
    /// The source text the translation was made from, or last reviewed against.
    pub source: Fingerprint,
    /// The translation, as last recorded.
    pub translation: Fingerprint,
    /// A newer source text the record saw while the translation was still `translation`: an
    /// edit of the translation after that is taken as a translation of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub newer: Option<Fingerprint>,
    /// Other source texts `translation` follows, for as long as it stays the same: those it was
    /// made from or reviewed against before (`candor mark-reviewed`), so that a rewording of
    /// the source taken back finds it still following (at most [`MAX_ALSO`], the latest).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Fingerprint>,
    /// The translations it had before, each with the source text it was made from (at most
    /// [`MAX_ALSO`], the latest): a translation put back to one of them (a commit reverted) is
    /// a translation of that source, not of today's (qa76).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier: Vec<Made>,
}

/// A translation, and the source text it was made from ([`Pair::earlier`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Made {
    pub source: Fingerprint,
    pub translation: Fingerprint,
    /// The other source texts it followed ([`Pair::also`]), which it follows again put back.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Fingerprint>,
}

/// The most source texts a record keeps in [`Pair::also`], and translations in
/// [`Pair::earlier`].
const MAX_ALSO: usize = 8;

/// What a record that held `was` knows of the translations before `translation`: those it knew,
/// and `was`'s own where it is not `translation`; `translation` itself is no earlier one.
fn earlier(was: Option<&Pair>, translation: Fingerprint) -> Vec<Made> {
    let Some(was) = was else {
        return Vec::new();
    };
    let mut earlier: Vec<Made> = (was.earlier.iter())
        .filter(|m| m.translation != translation && m.translation != was.translation)
        .cloned()
        .collect();
    if was.translation != translation {
        earlier.push(Made {
            source: was.source,
            translation: was.translation,
            also: was.also.clone(),
        });
    }
    let keep = earlier.len().saturating_sub(MAX_ALSO);
    earlier.drain(..keep);
    earlier
}

impl Pair {
    /// `now`, which follows today's source, knowing what `was` knew of the same translation:
    /// the source texts it followed before, `was`'s own among them.
    fn after(was: &Pair, now: Pair) -> Pair {
        if was.translation != now.translation {
            return now;
        }
        let mut also: Vec<Fingerprint> = was
            .also
            .iter()
            .chain([&was.source])
            .filter(|s| **s != now.source)
            .copied()
            .collect();
        also.dedup();
        let keep = also.len().saturating_sub(MAX_ALSO);
        also.drain(..keep);
        Pair { also, ..now }
    }
}

/// The record of one translation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// By message id, and by term id with its `-`. Required: a file cut down to its comments
    /// is a record lost, not one of nothing (qa78); the one line `[messages]` starts anew.
    pub messages: BTreeMap<String, Pair>,
}

/// Where a translation stands.
#[derive(Debug, Clone, Serialize)]
pub struct Status {
    pub language: String,
    /// Messages in the source language.
    pub total: usize,
    /// Of those, how many this language has (stale or not).
    pub translated: usize,
    pub missing: Vec<String>,
    pub stale: Vec<String>,
    /// A regional language's messages that it takes from its parent language, where they are
    /// stale: its page shows them as stale too, and they are reviewed in the parent.
    pub inherited_stale: Vec<String>,
    /// The parent language of a regional one.
    pub parent: Option<String>,
    /// Messages that read exactly as their source, and are not meant to.
    pub untranslated: Vec<String>,
    /// A regional language's messages that it takes from its parent language, where they are
    /// untranslated: its page marks them so too, and they are translated in the parent.
    pub inherited_untranslated: Vec<String>,
    pub obsolete: Vec<String>,
    /// The source text (its Fluent entry) of every missing, stale and untranslated message.
    pub sources: BTreeMap<String, String>,
    /// The source text (its Fluent entry) each stale message was translated from, or last
    /// reviewed against, where a publication in candor.lock recorded it.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub translated_from: BTreeMap<String, String>,
    /// For each stale message, what the record says once it is reviewed.
    #[serde(skip)]
    stale_sources: BTreeMap<String, Pair>,
    /// The stale messages whose translation changed since the record, when the record cannot
    /// tell whether before or after the source did.
    #[serde(skip)]
    pub edited_while_stale: Vec<String>,
    /// The record as it should now be written, where it differs from the one read (`None`:
    /// the file stands as it is). One that stands is not held: a hundred languages' records,
    /// held through a build, were a seventh of its memory.
    #[serde(skip)]
    pub record: Option<Record>,
    /// The record, where it is missing though `candor.lock` recorded the language, or cannot
    /// be read (its parent's, for a regional one): which messages are stale is then unknown,
    /// and no count of current ones is given (qa78, qa82).
    #[serde(skip)]
    pub lost_record: Option<LostRecord>,
}

/// A translation's record that says nothing: which of its messages are stale is unknown.
#[derive(Debug, Clone)]
pub struct LostRecord {
    /// Its path, relative to the site.
    pub path: String,
    pub why: Lost,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lost {
    /// Gone, though `candor.lock` recorded the language.
    Missing,
    /// There, and not read: its error says why.
    Unreadable,
}

impl std::fmt::Display for LostRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.why {
            Lost::Missing => write!(f, "{} is missing", self.path),
            Lost::Unreadable => write!(f, "{} could not be read", self.path),
        }
    }
}

/// Of each published message and term the source writes that `locale` (this status's
/// language) has words of its own for, by its id (`-` and a term's), the fingerprint of
/// those words; and of each term of `locale`'s own. What a publication records of its words
/// ([`crate::history::lock::Publication::translations`]): what its pages show. One it lacks
/// or cannot read today is not among them, whatever its record keeps of it (qa139: `diff`
/// and the review told the words taken out as still shown).
pub fn fingerprints(source: &Locale, locale: &Locale) -> BTreeMap<String, String> {
    let today = (source.entries()).filter_map(|(id, _)| {
        let fingerprint = locale.entry(&id)?.fingerprint.hex();
        Some((id.into_owned(), fingerprint))
    });
    let terms =
        (locale.terms.iter()).map(|(id, entry)| (format!("-{id}"), entry.fingerprint.hex()));
    today
        .filter(|(id, _)| crate::sections::is_published(id))
        .chain(terms)
        .collect()
}

impl Status {
    /// Messages translated, not stale and not untranslated (its own, or inherited).
    pub fn current(&self) -> usize {
        // Each is a part of `translated`, counted once: a message copied, then stale, is
        // both. Saturating all the same, a count never panics.
        let behind: BTreeSet<&String> = (self.stale.iter())
            .chain(&self.inherited_stale)
            .chain(&self.untranslated)
            .chain(&self.inherited_untranslated)
            .filter(|id| !is_term(id))
            .collect();
        self.translated.saturating_sub(behind.len())
    }

    /// How many messages are stale, its own or inherited: terms are listed, not counted.
    pub fn stale_messages(&self) -> usize {
        messages(&self.stale) + messages(&self.inherited_stale)
    }

    /// How many messages are untranslated, its own or inherited: terms are listed, not
    /// counted.
    pub fn untranslated_messages(&self) -> usize {
        messages(&self.untranslated) + messages(&self.inherited_untranslated)
    }

    /// Share of source messages that are current, from 0 to 1.
    pub fn completion(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.current() as f64 / self.total as f64
        }
    }
}

/// How many of `ids` are messages, not terms.
fn messages(ids: &[String]) -> usize {
    ids.iter().filter(|id| !is_term(id)).count()
}

/// Whether a record's key names a term (`-customer`) rather than a message.
pub fn is_term(key: &str) -> bool {
    key.starts_with('-')
}

pub fn path(root: &Path, tag: &str) -> PathBuf {
    root.join("locales").join(tag).join(FILE)
}

/// Reads a translation's record; none yet is an empty record.
pub fn read(root: &Path, tag: &str, diags: &mut Diagnostics) -> Record {
    let path = path(root, tag);
    // Nothing there at all: a link to nothing is not a missing record, and reading it says so.
    // None yet in a folder that is another language's too: the two would write one record.
    if std::fs::symlink_metadata(&path).is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound) {
        if let Some(other) = folder_shared_with(root, tag) {
            diags.push(
                Diagnostic::error(format!(
                    "`locales/{tag}` is the folder of `{other}` too (a link): candor keeps each \
                     translation's words and record in a folder of its own"
                ))
                .with_help(format!(
                    "replace the link `locales/{tag}` with a copy of the folder it points to"
                )),
            );
        }
        return Record::default();
    }
    let shown = fs::display_name(root, &path);
    let anew = format!(
        "restore {shown} from version control; written with the one line `[messages]` it \
         starts the record anew, taking \
         every message of `{tag}` as translated from today's source, stale ones included"
    );
    // A file that cannot be read says how to mend it (a link out of the site, bytes not
    // UTF-8); one that does not parse can be started anew.
    let file = match fs::read_source(root, &path, &anew, &fs::Limit::ANY) {
        Ok(file) => file,
        Err(d) => {
            diags.push(d);
            return Record::default();
        }
    };
    // candor writes the record in place of what is there: a link (to the file, or to its
    // language's folder) would make another language's record this one's, read as this
    // language's and then replaced by it, or shared by both.
    let linked = std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
    if linked || shared(root, tag, &path) {
        diags.push(
            Diagnostic::error(
                "the record is a link, or in a folder that is one: candor keeps each \
                 translation's record in a file of its own",
            )
            .in_file(&file)
            .with_help(format!(
                "replace the link with a copy of the record it points to, or with `{tag}`'s \
                 own record from version control"
            )),
        );
        return Record::default();
    }
    match fs::parse_toml::<Record>(&file) {
        Ok(r) => r,
        Err(d) => {
            diags.push(d.with_help(anew));
            Record::default()
        }
    }
}

/// An error where `tag`'s record is missing though a publication of `history` recorded its
/// words (qa76): taken as empty, every message would count as translated from today's source,
/// a stale one published as current, and the change log would say it was checked.
fn lost(root: &Path, tag: &str, history: &[Publication]) -> Option<Diagnostic> {
    let missing = std::fs::symlink_metadata(path(root, tag))
        .is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound);
    // A region recorded with no words of its own had no record to lose (qa152).
    if !missing
        || !history
            .iter()
            .any(|p| p.words(tag).is_some_and(|w| !w.is_empty()))
    {
        return None;
    }
    Some(
        Diagnostic::error(format!(
            "`locales/{tag}/{FILE}` is missing, though candor.lock records `{tag}`'s \
             translations: without it, candor cannot tell which of its messages are stale"
        ))
        .with_help(format!(
            "restore it from version control; to start the record anew all the same, write it \
             with the one line `[messages]`: every message of `{tag}` is then taken as \
             translated from today's source, stale ones included"
        )),
    )
}

/// Whether the record at `path`, `tag`'s, is another configured language's too: its folder,
/// or `locales/`, a link that makes the two one. (A language's folder linked to one of
/// another name, not a language of the site's, is its own.) Read only where a link is on the
/// way at all.
fn shared(root: &Path, tag: &str, path: &Path) -> bool {
    let real = std::fs::canonicalize(path).ok();
    let plain = std::fs::canonicalize(root)
        .ok()
        .map(|root| root.join("locales").join(tag).join(FILE));
    if real.is_none() || real == plain {
        return false;
    }
    let Some(config) = crate::load::config::load(root, &mut Diagnostics::default()) else {
        return false;
    };
    (config.languages.iter())
        .filter(|other| other.tag != tag)
        .any(|other| std::fs::canonicalize(self::path(root, &other.tag)).ok() == real)
}

/// The other configured language whose folder `tag`'s is, through a link (`tag`'s, or
/// `locales/`), if any: told of the link. Read only where a link is on the way at all.
fn folder_shared_with(root: &Path, tag: &str) -> Option<String> {
    let folder = |tag: &str| root.join("locales").join(tag);
    let real = std::fs::canonicalize(folder(tag)).ok()?;
    let plain = std::fs::canonicalize(root).ok()?.join("locales").join(tag);
    if real == plain {
        return None;
    }
    let config = crate::load::config::load(root, &mut Diagnostics::default())?;
    (config.languages.iter())
        .filter(|other| other.tag != tag)
        .find(|other| std::fs::canonicalize(folder(&other.tag)).ok().as_ref() == Some(&real))
        .map(|other| other.tag.clone())
}

/// The source texts that `wanted` (message ids, each with the fingerprint a record holds of
/// the source text it was translated from) name, as the publications of `history` recorded
/// them, newest first: by id and fingerprint, the Fluent entry. A text never published (the
/// source edited and translated between two publications) is not found.
fn earlier_sources(
    source: &Locale,
    history: &[Publication],
    wanted: &BTreeSet<(&str, Fingerprint)>,
) -> BTreeMap<(String, Fingerprint), Earlier> {
    let mut found = BTreeMap::new();
    // Today's words, to read each text found against: made only where one is wanted.
    let today = match wanted.is_empty() {
        true => BTreeMap::new(),
        false => source.words(),
    };
    let mut read_before: BTreeSet<*const BTreeMap<String, String>> = BTreeSet::new();
    for p in history.iter().rev() {
        if found.len() == wanted.len() {
            break;
        }
        // Publications share their source's words where they did not change.
        let words = p.snapshot.source();
        if !read_before.insert(std::ptr::from_ref(words)) {
            continue;
        }
        let then = Locale::from_recorded(
            &source.language,
            words,
            crate::history::lock::FILE,
            &mut Diagnostics::default(),
        );
        let fingerprints = source_fingerprints(&then);
        // Who refers to whom read once for the publication, not once per entry wanted.
        let comparison = shown::Comparison::new(words, &today);
        for &(id, fingerprint) in wanted {
            let made_from = fingerprints.matches(id, fingerprint);
            if made_from && let Some(entry) = then.entry(id) {
                found
                    .entry((id.to_string(), fingerprint))
                    .or_insert_with(|| Earlier {
                        text: entry.canonical.clone(),
                        reads_the_same: comparison.entry_reads_the_same(id),
                    });
            }
        }
    }
    found
}

/// A source text a translation was made from, as a publication recorded it.
struct Earlier {
    /// Its Fluent entry.
    text: String,
    /// Whether it shows the same words as today's source, each read with the terms of its own
    /// day ([`shown::Comparison::entry_reads_the_same`]): a rewrite that changed nothing a
    /// page shows.
    reads_the_same: bool,
}

/// A Fluent entry as a diagnostic's help shows it, each line indented.
fn indented(entry: &str) -> String {
    entry
        .trim_end()
        .lines()
        .map(|line| format!("    {line}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The fingerprints of the source's messages and terms, by key (a term's with its `-`):
/// computed once, compared with every translation's record.
pub struct SourceFingerprints {
    /// An entry's covers its text and the text of every term and message it uses, directly or
    /// through the messages and terms it refers to: a changed term changes what the messages
    /// that use it say, whatever words a translation has for it, and so does a changed message
    /// another shows (qa52).
    now: BTreeMap<String, Fingerprint>,
    /// An entry's as records made by an earlier candor hold it, where that differs: its own
    /// text alone (before terms counted), then with its terms (before the messages it shows
    /// counted). Such a record is taken as made from today's source.
    before: BTreeMap<String, Vec<Fingerprint>>,
}

impl SourceFingerprints {
    /// Whether `fingerprint` is of this source's text of `id`: as candor fingerprints it now, or
    /// as an earlier candor did.
    fn matches(&self, id: &str, fingerprint: Fingerprint) -> bool {
        self.now.get(id) == Some(&fingerprint)
            || self
                .before
                .get(id)
                .is_some_and(|b| b.contains(&fingerprint))
    }
}

pub fn source_fingerprints(source: &Locale) -> SourceFingerprints {
    let mut now = BTreeMap::new();
    let mut before = BTreeMap::new();
    let mut chained = Chained::default();
    for (key, entry) in source.entries() {
        let own = entry.fingerprint;
        let Some((terms, messages)) = texts_used(source, entry) else {
            // More than any site's words use (qa61: a chain of 20,000 terms, whose texts
            // joined for every entry took minutes): its text with the fingerprints of what it
            // refers to, each found once.
            now.insert(key.to_string(), chained.of(source, &key));
            continue;
        };
        if terms.is_empty() && messages.is_empty() {
            now.insert(key.into_owned(), own);
            continue;
        }
        let with = |texts: &[&str]| {
            let mut text = entry.canonical.clone();
            for t in texts {
                text.push('\n');
                text.push_str(t);
            }
            text
        };
        let with_terms = with(&terms);
        let mut earlier = vec![own];
        let today = match messages.is_empty() {
            true => with_terms,
            false => {
                if !terms.is_empty() {
                    earlier.push(Fingerprint::of(&with_terms));
                }
                with(&[terms, messages].concat())
            }
        };
        now.insert(key.to_string(), Fingerprint::of(&today));
        before.insert(key.into_owned(), earlier);
    }
    SourceFingerprints { now, before }
}

/// How many entries an entry's fingerprint joins the texts of ([`texts_used`]); beyond, it is
/// chained ([`Chained`]).
const MAX_USED: usize = 256;

/// The texts of the terms, then of the messages, that `entry` of `source` uses, directly or
/// through the messages and terms it refers to, each in the order of their ids; `None` where
/// that is more than [`MAX_USED`].
fn texts_used<'s>(source: &'s Locale, entry: &'s Entry) -> Option<(Vec<&'s str>, Vec<&'s str>)> {
    let mut terms: BTreeMap<&str, &str> = BTreeMap::new();
    let mut messages: BTreeMap<&str, &str> = BTreeMap::new();
    let mut todo = vec![entry];
    while let Some(next) = todo.pop() {
        if terms.len() + messages.len() > MAX_USED {
            return None;
        }
        for id in next.refs.terms.keys() {
            if let Some((id, term)) = source.terms.get_key_value(id)
                && terms.insert(id, &term.canonical).is_none()
            {
                todo.push(term);
            }
        }
        for id in next.refs.messages.keys() {
            if let Some((id, message)) = source.messages.get_key_value(id)
                && messages.insert(id, &message.canonical).is_none()
            {
                todo.push(message);
            }
        }
    }
    Some((
        terms.into_values().collect(),
        messages.into_values().collect(),
    ))
}

/// Fingerprints of entries that use more than [`MAX_USED`] others: of an entry's text with the
/// fingerprints of the entries it refers to (by key, in order), each found once and without
/// recursion, so that a change anywhere down the chain changes it.
#[derive(Default)]
struct Chained(HashMap<String, Fingerprint>);

impl Chained {
    fn of(&mut self, source: &Locale, key: &str) -> Fingerprint {
        let refers = |key: &str| -> Vec<String> {
            let Some(entry) = source.entry(key) else {
                return Vec::new();
            };
            let terms = entry.refs.terms.keys().map(|t| format!("-{t}"));
            let messages = entry.refs.messages.keys().map(str::to_string);
            let mut keys: Vec<String> = terms.chain(messages).collect();
            keys.sort();
            keys
        };
        let mut stack: Vec<(String, bool)> = vec![(key.to_string(), false)];
        let mut open: HashSet<String> = HashSet::new();
        while let Some((next, refs_done)) = stack.pop() {
            if self.0.contains_key(&next) {
                continue;
            }
            if !refs_done {
                if !open.insert(next.clone()) {
                    continue;
                }
                let refs = refers(&next);
                stack.push((next, true));
                stack.extend(
                    (refs.into_iter())
                        .filter(|r| !self.0.contains_key(r) && !open.contains(r))
                        .map(|r| (r, false)),
                );
                continue;
            }
            // An entry on a cycle (refused where it is written) counts what was found.
            let mut text = source
                .entry(&next)
                .map_or_else(String::new, |e| e.canonical.clone());
            for r in refers(&next) {
                text.push('\n');
                text.push_str(&r);
                text.push('=');
                text.push_str(&self.0.get(&r).map_or_else(String::new, Fingerprint::hex));
            }
            open.remove(&next);
            self.0.insert(next, Fingerprint::of(&text));
        }
        // `key` itself was made last, above, whatever it refers to.
        self.0.get(key).copied().unwrap_or(Fingerprint::of(""))
    }
}

/// Whether `translated`, written as the source's `original` reads (or read), is words copied
/// from it: the source's own words, not a language of its own; not marked as meant to read
/// so, and not in a region of the source's own language (`en-IE`), which writes the same words
/// as it (qa133).
fn copies(source: &Locale, translation: &Locale, original: &Entry, translated: &Entry) -> bool {
    translation.language.langid.language != source.language.langid.language
        && original.words
        && !original.same_as_source
        && !translated.same_as_source
}

/// Compares a translation with its source (whose fingerprints `sources` holds) and its record
/// (`old`). Returns where it stands, and the record as it should now be written, where it
/// differs from `old` (otherwise `old`'s pairs of the stale messages).
fn status(
    source: &Locale,
    sources: &SourceFingerprints,
    translation: &Locale,
    old: &Record,
) -> (Status, Held) {
    let mut status = Status {
        language: translation.language.tag.clone(),
        total: source.messages.len(),
        translated: 0,
        missing: Vec::new(),
        stale: Vec::new(),
        inherited_stale: Vec::new(),
        parent: translation.parent.as_ref().map(|p| p.tag.clone()),
        untranslated: Vec::new(),
        inherited_untranslated: Vec::new(),
        // Messages only: a term may be the translation's own (a grammatical form, say).
        obsolete: translation
            .messages
            .keys()
            .filter(|id| !source.writes(id))
            .cloned()
            .collect(),
        sources: BTreeMap::new(),
        translated_from: BTreeMap::new(),
        stale_sources: BTreeMap::new(),
        edited_while_stale: Vec::new(),
        record: None,
        lost_record: None,
    };
    let mut record = Making::new(old);
    for (id, original) in source.entries() {
        let id = id.as_ref();
        // Terms are counted through the messages that use them: a translation may name a
        // thing with words or terms of its own, and a term it has is followed for staleness.
        let term = is_term(id);
        let Some(translated) = translation.entry(id) else {
            // A regional language's inherited messages are translated; whether they are stale
            // is its parent's record.
            // A term is missing where its own messages use it (not counted among the
            // messages): a translation may name the thing in words of its own, or terms.
            let missing = match (term, translation.has_entry(id)) {
                (_, true) => {
                    status.translated += usize::from(!term);
                    false
                }
                (true, false) => (translation.entries()).any(|(_, e)| {
                    id.strip_prefix('-')
                        .is_some_and(|t| e.refs.terms.contains_key(t))
                }),
                (false, false) => true,
            };
            if missing {
                status.missing.push(id.to_string());
                (status.sources).insert(id.to_string(), original.canonical.clone());
            }
            continue;
        };
        if !term {
            status.translated += 1;
        }
        let now = Pair {
            source: sources.now[id],
            translation: translated.fingerprint,
            newer: None,
            also: Vec::new(),
            earlier: Vec::new(),
        };
        let recorded = old.messages.get(id);
        let earlier = earlier(recorded, now.translation);
        // Put back to words the record knows (a commit reverted): a translation of the source
        // they were made from, today's or not.
        let put_back = recorded
            .filter(|was| was.translation != now.translation)
            .and_then(|was| (was.earlier.iter()).find(|m| m.translation == now.translation));
        // Whether the translation changed since the record.
        let edited = old
            .messages
            .get(id)
            .is_some_and(|was| was.translation != now.translation);
        // An edit made after the record saw a newer source is a translation of that source,
        // whatever the source says today (taken back to the words the record was of, say).
        let followed;
        let was = match old.messages.get(id) {
            Some(Pair {
                newer: Some(newer),
                translation,
                ..
            }) if *translation != now.translation => {
                followed = Pair {
                    source: *newer,
                    translation: now.translation,
                    newer: None,
                    also: Vec::new(),
                    earlier: Vec::new(),
                };
                Some(&followed)
            }
            was => was,
        };
        let reverted;
        let was = match put_back {
            Some(made) => {
                reverted = Pair {
                    source: made.source,
                    translation: now.translation,
                    newer: None,
                    also: made.also.clone(),
                    earlier: Vec::new(),
                };
                Some(&reverted)
            }
            None => was,
        };
        let pair = match was {
            // Translated from today's source (or first translated now): the record follows
            // the translation.
            None => now,
            Some(was) if was.source == now.source => Pair::after(was, now),
            // Recorded before the terms, or the messages, an entry uses counted in its source: as
            // of today's.
            Some(was) if sources.matches(id, was.source) => now,
            // The source put back to words this translation, unchanged since, was made from
            // or reviewed against.
            Some(was) if was.translation == now.translation && was.also.contains(&now.source) => {
                Pair::after(was, now)
            }
            // The source moved on since the translation was made: stale, and the record notes
            // what it saw, so that an edit from now on counts.
            Some(was) => {
                // Edited since the record: of the sources it saw and today's, which the edit
                // follows cannot be told (unless it was put back to words the record knows).
                if edited && put_back.is_none() {
                    status.edited_while_stale.push(id.to_string());
                }
                status.stale.push(id.to_string());
                status
                    .sources
                    .insert(id.to_string(), original.canonical.clone());
                // Once reviewed, it follows today's source, and still the one it was made from.
                status.stale_sources.insert(
                    id.to_string(),
                    Pair {
                        earlier: earlier.clone(),
                        ..Pair::after(was, now.clone())
                    },
                );
                Pair {
                    source: was.source,
                    translation: now.translation,
                    newer: Some(now.source),
                    also: was.also.clone(),
                    earlier: Vec::new(),
                }
            }
        };
        let pair = Pair { earlier, ..pair };
        let is_stale = pair.source != sources.now[id];
        if !is_stale
            && translated.canonical == original.canonical
            && copies(source, translation, original, translated)
        {
            status.untranslated.push(id.to_string());
            status
                .sources
                .insert(id.to_string(), original.canonical.clone());
        }
        record.insert(id, pair);
    }
    // A message that cannot be read, in the source or the translation (a syntax error), or
    // that the translation lacks for now (a translator's edit half done), keeps what the record
    // knew of it: written without it, the record would take the translation, once mended or
    // put back, as made from today's source. So does a region's own, taken out while its
    // parent's words show (qa138: put back, a stale translation was counted current); those
    // are not its words today.
    for (id, was) in &old.messages {
        // Made above.
        if source.entry(id).is_some() && translation.entry(id).is_some() {
            continue;
        }
        let lacking = source.broken.contains(id)
            || translation.broken.contains(id)
            || status.missing.contains(id);
        if lacking || (translation.parent.is_some() && translation.has_entry(id)) {
            record.insert(id, was.clone());
        }
    }
    let held = match record.changed() {
        Some(record) => Held::Changed(record),
        None => Held::Stands(
            (status.stale.iter())
                .filter_map(|id| Some((id.clone(), old.messages.get(id)?.clone())))
                .collect(),
        ),
    };
    (status, held)
}

/// The record [`status`] makes, pair by pair, held only from the first pair that differs from
/// `old`'s: until then, the ids of `old` whose pairs it made again. Most records stand; made
/// whole only to be found the same and let go, they cost as much again in frees as in making.
struct Making<'a> {
    old: &'a Record,
    matched: Vec<&'a String>,
    made: Option<Record>,
}

impl<'a> Making<'a> {
    fn new(old: &'a Record) -> Self {
        Making {
            old,
            matched: Vec::new(),
            made: None,
        }
    }

    /// Makes `id`'s pair; each id once.
    fn insert(&mut self, id: &str, pair: Pair) {
        if let Some(made) = &mut self.made {
            made.messages.insert(id.to_string(), pair);
            return;
        }
        match self.old.messages.get_key_value(id) {
            Some((key, was)) if *was == pair => self.matched.push(key),
            _ => {
                let mut made = self.matched_so_far();
                made.messages.insert(id.to_string(), pair);
                self.made = Some(made);
            }
        }
    }

    fn matched_so_far(&self) -> Record {
        let pairs = (self.matched.iter()).filter_map(|id| self.old.messages.get_key_value(*id));
        Record {
            messages: pairs.map(|(id, pair)| (id.clone(), pair.clone())).collect(),
        }
    }

    /// The record made, where it differs from `old`: it made a pair `old` has not, or fewer.
    fn changed(self) -> Option<Record> {
        match self.made {
            Some(made) => Some(made),
            None if self.matched.len() == self.old.messages.len() => None,
            None => Some(self.matched_so_far()),
        }
    }
}

/// Marks stale messages as reviewed: their translation still says what the source says.
/// Returns the ids it marked (`ids` empty means every stale message) and the record to write:
/// `status`'s, or where it holds none, `read`, the one read, which stands.
pub fn mark_reviewed(
    status: &mut Status,
    read: Record,
    ids: &[String],
    diags: &mut Diagnostics,
) -> (Vec<String>, Record) {
    let mut record = status.record.take().unwrap_or(read);
    let wanted: Vec<String> = if ids.is_empty() {
        status.stale.clone()
    } else {
        ids.to_vec()
    };
    // Hints name what was stale when asked, not what is left after the ids before this one.
    let stale = status.stale.clone();
    let mut marked = Vec::new();
    for id in wanted {
        if marked.contains(&id) {
            continue;
        }
        if let (true, Some(parent)) = (status.inherited_stale.contains(&id), &status.parent) {
            diags.push(
                Diagnostic::error(format!(
                    "cannot mark `{id}` in `{}` as reviewed: it is `{parent}`'s translation, \
                     which `{}` takes as it is",
                    status.language, status.language
                ))
                .with_help(format!(
                    "review it where it is translated: `candor mark-reviewed --locale {parent} \
                     --message {id}`"
                )),
            );
            continue;
        }
        let Some(source) = status.stale_sources.get(&id) else {
            let why = match (record.messages.contains_key(&id), is_term(&id)) {
                (true, _) => "it is not stale",
                (false, true) => "no such translated term",
                (false, false) => "no such translated message",
            };
            let mut d = Diagnostic::error(format!(
                "cannot mark `{id}` in `{}` as reviewed: {why}",
                status.language
            ));
            // A mistyped id most likely means one of the stale messages.
            d = match crate::suggest::closest(&id, stale.iter().map(String::as_str)) {
                Some(meant) => d.with_help(format!("did you mean `{meant}`?")),
                None if stale.is_empty() => {
                    d.with_help(format!("no message of `{}` is stale", status.language))
                }
                None => d.with_help(format!(
                    "the stale messages of `{}` are: {}",
                    status.language,
                    crate::diagnostic::some_of(&stale)
                )),
            };
            diags.push(d);
            continue;
        };
        record.messages.insert(id.clone(), source.clone());
        status.stale.retain(|s| *s != id);
        status.edited_while_stale.retain(|s| *s != id);
        status.sources.remove(&id);
        marked.push(id);
    }
    (marked, record)
}

/// A translation's record while [`all`] makes its status: one that changed, whole, to be
/// written; one that stands as it was read, by the pairs of its stale messages alone (the file
/// holds the rest). A hundred records held whole at once were a quarter of `check`'s memory.
enum Held {
    Changed(Record),
    Stands(BTreeMap<String, Pair>),
}

impl Held {
    fn pair(&self, id: &str) -> Option<&Pair> {
        match self {
            Held::Changed(record) => record.messages.get(id),
            Held::Stands(stale) => stale.get(id),
        }
    }
}

/// The status of every translation, with a diagnostic for each stale message: a warning, or an
/// error when `fail` (`--strict`, or the site's `stale = "fail"` policy, never in preview).
pub fn all(
    root: &Path,
    locales: &Locales,
    history: &[Publication],
    fail: bool,
    diags: &mut Diagnostics,
) -> Vec<Status> {
    let source = locales.source();
    let translations: Vec<&Locale> = locales
        .locales
        .iter()
        .filter(|l| l.language.tag != source.language.tag)
        .map(|l| &**l)
        .collect();
    let sources = source_fingerprints(source);
    let mut read: Vec<((Status, Held), Diagnostics)> = translations
        .par_iter()
        .map(|locale| {
            Diagnostics::gather(|found| {
                let tag = &locale.language.tag;
                let errors = found.error_count();
                let record = read(root, tag, found);
                let unreadable = found.error_count() > errors;
                let (mut status, held) = status(source, &sources, locale, &record);
                let recorded = match &held {
                    Held::Changed(now) => !now.messages.is_empty(),
                    Held::Stands(_) => !record.messages.is_empty(),
                };
                let lost_record = |why| LostRecord {
                    path: format!("locales/{tag}/{FILE}"),
                    why,
                };
                // (A region with no words of its own has no record to lose.)
                if unreadable {
                    status.lost_record = Some(lost_record(Lost::Unreadable));
                } else if recorded && let Some(lost) = lost(root, tag, history) {
                    found.push(lost);
                    status.lost_record = Some(lost_record(Lost::Missing));
                }
                (status, held)
            })
        })
        .collect();
    // A regional language's stale messages are partly its parent's: lost with its record.
    let lost: BTreeMap<String, LostRecord> = (read.iter())
        .filter_map(|((st, ..), _)| Some((st.language.clone(), st.lost_record.clone()?)))
        .collect();
    for ((st, ..), _) in &mut read {
        if st.lost_record.is_none()
            && let Some(parent) = &st.parent
        {
            st.lost_record = lost.get(parent).cloned();
        }
    }
    // What each stale message was translated from, as its record's fingerprint names it.
    let wanted: BTreeSet<(&str, Fingerprint)> = (read.iter())
        .flat_map(|((st, held), _)| {
            st.stale.iter().filter_map(|id| {
                let pair = held.pair(id)?;
                Some((id.as_str(), pair.source))
            })
        })
        .collect();
    let earlier = earlier_sources(source, history, &wanted);
    let recorded = crate::history::lock::distinct_sources(history);
    for (locale, ((st, held), _)) in translations.iter().zip(&mut read) {
        let found = |held: &Held, id: &String| {
            let pair = held.pair(id)?;
            earlier.get(&(id.clone(), pair.source))
        };
        // Made from a text that shows what today's does (qa44: the source rewritten as a term,
        // `{ "How" }`): as good as reviewed, and recorded so.
        let rewritten: Vec<String> = (st.stale.iter())
            .filter(|id| found(held, id).is_some_and(|e| e.reads_the_same))
            .cloned()
            .collect();
        if !rewritten.is_empty() {
            // A record that stood is the file's, read again to be written.
            let mut record = match std::mem::replace(held, Held::Stands(BTreeMap::new())) {
                Held::Changed(record) => record,
                Held::Stands(_) => self::read(root, &st.language, &mut Diagnostics::default()),
            };
            for id in rewritten {
                if let Some(reviewed) = st.stale_sources.remove(&id) {
                    record.messages.insert(id.clone(), reviewed);
                }
                st.stale.retain(|s| *s != id);
                st.edited_while_stale.retain(|s| *s != id);
                st.sources.remove(&id);
            }
            *held = Held::Changed(record);
        }
        st.translated_from = (st.stale.iter())
            .filter_map(|id| Some((id.clone(), found(held, id)?.text.clone())))
            .collect();
        // In the very words of the source, as it reads or as a publication recorded it, stale
        // or not: the source's words, copied before it changed (or since, or reviewed as
        // following it), and not translated (qa151, qa152: shown as translated once the
        // English moved on). As the archive tells its copies' ([`shown::copied_since`]).
        let copied: Vec<String> = (source.entries())
            .filter(|(id, _)| !st.untranslated.iter().any(|u| u == id))
            .filter_map(|(id, original)| {
                let translated = locale.entry(&id)?;
                let read = translated.canonical == original.canonical
                    || shown::copied_since(&id, &translated.canonical, recorded.iter().copied());
                (read && copies(source, locale, original, translated)).then(|| id.into_owned())
            })
            .collect();
        for id in copied {
            st.sources.entry(id.clone()).or_insert_with(|| {
                source
                    .entry(&id)
                    .map(|e| e.canonical.clone())
                    .unwrap_or_default()
            });
            st.untranslated.push(id);
        }
    }
    let mut all = Vec::new();
    for (locale, ((mut st, held), found)) in translations.iter().zip(read) {
        // Kept only to be written.
        st.record = match held {
            Held::Changed(record) => Some(record),
            Held::Stands(_) => None,
        };
        diags.extend(found);
        let severity = if fail {
            crate::diagnostic::Severity::Error
        } else {
            crate::diagnostic::Severity::Warning
        };
        let lang = &st.language;
        let site = fs::site_argument(root);
        // A source entry that could not be read (its file refused, and told) changes what
        // uses it: not the translation's staleness to tell (qa68).
        let unread = |id: &str| {
            source.broken.contains(id)
                || source.entry(id).is_some_and(|e| {
                    (e.refs.terms.keys()).any(|t| source.broken.contains(&format!("-{t}")))
                        || (e.refs.messages.keys()).any(|m| source.broken.contains(m))
                })
        };
        for id in st.stale.iter().filter(|id| !unread(id)) {
            let Some(entry) = locale.entry(id) else {
                continue;
            };
            let help = if st.edited_while_stale.contains(id) {
                format!(
                    "the translation was edited too, but candor cannot tell whether before or after the source changed: if it now says what the source says, run `candor mark-reviewed{site} --locale {lang} --message {id}`"
                )
            } else {
                format!(
                    "update the translation, or if it still says the same, run `candor mark-reviewed{site} --locale {lang} --message {id}`"
                )
            };
            // How the source changed, where a publication recorded the words it was made from.
            let help = match (st.translated_from.get(id), st.sources.get(id)) {
                // Its own line reads as it did: what changed is a term or a message it shows
                // (qa116: the two texts were shown alike, the term no longer named once the
                // record had seen it).
                (Some(was), Some(now)) if was == now => {
                    let uses: Vec<String> = source
                        .entry(id)
                        .map(|e| {
                            (e.refs.terms.keys().map(|t| format!("`-{t}`")))
                                .chain(e.refs.messages.keys().map(|m| format!("`{m}`")))
                                .collect()
                        })
                        .unwrap_or_default();
                    format!(
                        "{help}\nits own source line reads as it did when it was translated:\n{}\nwhat changed is what it shows from elsewhere: {}",
                        indented(now),
                        match uses.is_empty() {
                            true => "a term or a message".to_string(),
                            false => uses.join(", "),
                        }
                    )
                }
                (Some(was), Some(now)) => format!(
                    "{help}\nit was translated from:\n{}\nthe source now reads:\n{}",
                    indented(was),
                    indented(now)
                ),
                _ => help,
            };
            // Where it uses a term whose source changed too, that may be all that changed:
            // its own source line can read as before.
            let terms: Vec<String> = source
                .entry(id)
                .map(|e| {
                    e.refs
                        .terms
                        .keys()
                        .map(|t| format!("-{t}"))
                        .filter(|t| st.stale.contains(t))
                        .map(|t| format!("`{t}`"))
                        .collect()
                })
                .unwrap_or_default();
            let through = match terms.as_slice() {
                [] => String::new(),
                [one] => format!(" (the term {one} it uses changed)"),
                more => format!(" (the terms {} it uses changed)", more.join(", ")),
            };
            let mut d = Diagnostic::warning(format!(
                "`{id}` in `{lang}` is stale: the source text changed after it was translated{through}"
            ))
            .at(
                &entry.file,
                entry.span.clone(),
                "translated from an older source text",
            )
            .with_help(help);
            d.severity = severity;
            diags.push(d);
        }
        for id in &st.untranslated {
            let Some(entry) = locale.entry(id) else {
                continue;
            };
            // Copied from a source text since reworded: no name meant to read the same.
            let today = source
                .entry(id)
                .is_some_and(|e| e.canonical == entry.canonical);
            let mut d = match today {
                true => Diagnostic::warning(format!("`{id}` in `{lang}` is not translated: it reads exactly as the source text"))
                    .at(&entry.file, entry.span.clone(), "the same as the source")
                    .with_help(format!("translate it; if it is meant to read the same in `{lang}` (a name, say), put the comment line `# {}` just above it", crate::load::locales::SAME_AS_SOURCE)),
                false => Diagnostic::warning(format!("`{id}` in `{lang}` is not translated: it reads exactly as the source text did before it was reworded"))
                    .at(&entry.file, entry.span.clone(), "the source's earlier words")
                    .with_help("translate it from the source text as it reads now"),
            };
            d.severity = severity;
            diags.push(d);
        }
        all.push(st);
    }
    // A regional language shows its parent's words where it has none of its own: stale there,
    // they are stale on its page too.
    let at: BTreeMap<String, usize> = (all.iter().enumerate())
        .map(|(i, s)| (s.language.clone(), i))
        .collect();
    for (i, locale) in translations.iter().enumerate() {
        let Some(parent) = &locale.parent else {
            continue;
        };
        let Some(&p) = at.get(&parent.tag) else {
            continue;
        };
        // Those of the parent's ids it shows.
        let shown = |ids: &[String]| -> Vec<String> {
            (ids.iter())
                .filter(|id| match id.strip_prefix('-') {
                    Some(term) => parent.terms.contains(term),
                    None => parent.messages.contains(*id),
                })
                .cloned()
                .collect()
        };
        let inherited = shown(&all[p].stale);
        // With the source text each was translated from and reads now, as the parent's.
        for id in &inherited {
            let (now, then) = (
                all[p].sources.get(id).cloned(),
                all[p].translated_from.get(id).cloned(),
            );
            let st = &mut all[i];
            st.sources.extend(now.map(|text| (id.clone(), text)));
            st.translated_from
                .extend(then.map(|text| (id.clone(), text)));
        }
        all[i].inherited_stale = inherited;
        // So are the words it shows of its parent's that were copied from the source.
        let copied = shown(&all[p].untranslated);
        for id in &copied {
            let now = all[p].sources.get(id).cloned();
            all[i].sources.extend(now.map(|text| (id.clone(), text)));
        }
        all[i].inherited_untranslated = copied;
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_like_no_stale_message_is_answered_with_twenty_of_them_and_a_count() {
        let stale: Vec<String> = (1..=30).map(|i| format!("message-{i}")).collect();
        let mut status = Status {
            language: "de".into(),
            total: 30,
            translated: 30,
            missing: Vec::new(),
            stale: stale.clone(),
            inherited_stale: Vec::new(),
            parent: None,
            untranslated: Vec::new(),
            inherited_untranslated: Vec::new(),
            obsolete: Vec::new(),
            sources: BTreeMap::new(),
            translated_from: BTreeMap::new(),
            stale_sources: BTreeMap::new(),
            edited_while_stale: Vec::new(),
            record: None,
            lost_record: None,
        };
        let mut diags = Diagnostics::default();
        let (marked, _) = mark_reviewed(
            &mut status,
            Record::default(),
            &["zzzzzzzzzzzz".into()],
            &mut diags,
        );
        assert!(marked.is_empty());
        let help = diags.iter().find_map(|d| d.help.clone()).expect("a help");
        assert!(
            help.starts_with("the stale messages of `de` are: message-1, message-2, "),
            "{help}"
        );
        assert!(help.ends_with("message-20, and 10 more"), "{help}");
        assert_eq!(status.stale, stale, "nothing marked");
    }
}
