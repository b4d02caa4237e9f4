//! `candor.lock`: the record of every publication, and the last-modified stamp it yields.
//!
//! Like `Cargo.lock`, the file is written by `candor build` and committed. Each publication
//! records its date, a fingerprint of what the site published, and a snapshot of it (the facts
//! and the source-language text, in canonical form). The stamp on every page is the date of the
//! last publication; a build records a new one when, and only when, the fingerprint changes. So
//! the date moves with a fact or the source text, not with a translation, a reformatted file, a
//! file time or a fresh clone.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;
use std::sync::{Arc, OnceLock};

use data_encoding::HEXLOWER;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::diagnostic::{Diagnostic, Diagnostics, SourceFile};
use crate::fs;
use crate::history::engagements::Statements;
use crate::history::shown;
use crate::model::{Labels, Model, Subprocessor};
use crate::sections;

/// The file name, at the site root.
pub const FILE: &str = "candor.lock";
/// Version 5: a new publication's fingerprint covers its translations too (the fingerprint of
/// each one's list of messages and the messages its pages marked stale, [`TranslationSeal`]),
/// and each new revision of a translation has a fingerprint of its own, chained after the
/// publication's or the revision's before it; the next publication follows the last of them.
/// Publications recorded before keep the fingerprints they were published with
/// ([`Covers::Source`]); a revision recorded before, which had none, is given one as a file of
/// an earlier version is read. Version 4: each publication names its source text by the fingerprint of a map kept once in
/// `[source-maps]` however many publications share it (version 3 held the text in every
/// publication; it is read as it is). Version 3: each publication names each translation's
/// messages by one fingerprint, of a map kept once in `[translation-maps]` (version 2 repeated
/// the map in every publication; it is read as it is). Since version 2 each fingerprint covers
/// the publication's date and the previous fingerprint (a chain). Version 1 fingerprinted the
/// snapshot alone; it is read, and rewritten by the next `candor build`.
const VERSION: u32 = 5;
/// What a site publishes, in canonical form: the facts, and the source-language text of every
/// message and term (re-serialized from the syntax tree, so layout and comments do not count).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    facts: Facts,
    /// Shared with the publications before it that recorded the same words ([`LockFile`]
    /// shares them as it reads the history): consecutive publications mostly do.
    source: Arc<BTreeMap<String, String>>,
    /// The facts as a model, read once: a build asks for each publication's several times
    /// (the lock's checks, the change log, the archive, the notices). The fields above are
    /// private, so that what was read is always what they hold.
    #[serde(skip)]
    model: OnceLock<Result<Model, String>>,
    /// The statements of sub-processors its pages show in place of its own, where the history
    /// before it was read ([`Snapshot::after`]): each one a change announced ahead leaves
    /// standing until its day.
    #[serde(skip)]
    in_effect: OnceLock<Vec<Subprocessor>>,
    /// The labels its pages show ([`Snapshot::labels`]), made once, when first asked for.
    #[serde(skip)]
    labels: OnceLock<Option<Labels>>,
}

/// Replaces each sub-processor of `model` equal in every field to one of `before` (by id) with
/// that one, shared.
fn share_rows(model: &mut Model, before: &Model) {
    let by_id: HashMap<&str, &Arc<Subprocessor>> = before
        .subprocessors
        .iter()
        .map(|s| (s.id.as_str(), s))
        .collect();
    for row in &mut model.subprocessors {
        if let Some(&earlier) = by_id.get(row.id.as_str())
            && earlier == row
        {
            *row = Arc::clone(earlier);
        }
    }
}

/// A snapshot's facts, kept as the text [`canonical`] hashes them in: compact JSON with the keys
/// of every object sorted. A history holds every publication's facts for the whole build, and
/// as text they take a fraction of the memory of a tree of JSON values; they are parsed where
/// they are read, and compared as text, which two equal trees always serialize to.
#[derive(Debug, Clone)]
struct Facts(Box<serde_json::value::RawValue>);

impl Facts {
    fn of(value: &serde_json::Value) -> Facts {
        // serde_json's maps are sorted (no `preserve_order`), so this is the canonical text.
        Facts(serde_json::value::to_raw_value(value).expect("a JSON value serializes"))
    }

    fn value(&self) -> Result<serde_json::Value, serde_json::Error> {
        serde_json::from_str(self.0.get())
    }
}

/// As a tree of values, the shape `candor.lock` writes the facts in (TOML tables).
impl Serialize for Facts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.value()
            .map_err(serde::ser::Error::custom)?
            .serialize(s)
    }
}

/// From any tree of values (the lock's TOML tables, a canonical file's JSON), made canonical.
/// Facts nested deeper than serde_json reads back (128 levels, which arrays in a table of a long
/// dotted name pass) are kept as they are: [`Snapshot::model`] refuses them, naming the publication.
impl<'de> Deserialize<'de> for Facts {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Facts, D::Error> {
        serde_json::Value::deserialize(d).map(|value| Facts::of(&value))
    }
}

/// Two snapshots publish the same when their facts and their published source text are the
/// same: a lock written before the review pages' words were left out of the record holds them
/// ([`sections::is_published`]).
impl PartialEq for Snapshot {
    fn eq(&self, other: &Self) -> bool {
        self.facts_json() == other.facts_json() && same_published(&self.source, &other.source)
    }
}

/// The labels the pages of `model` show on `date`, published after `history`: those its facts
/// name ([`Model::labels`]), and those of each sub-processor's statement in effect that day (a
/// change announced ahead leaves the one before it on the page until its day).
pub fn labels_shown(history: &[Publication], model: &Model, date: jiff::civil::Date) -> Labels {
    let mut labels = model.labels();
    let in_effect = in_effect_after(history, model, date);
    for s in &in_effect {
        labels.add_statement(s);
    }
    match in_effect.is_empty() {
        true => labels.without_changes_to_come(),
        false => labels,
    }
}

/// The statements of sub-processors the pages of `model`, published on `date` after `history`,
/// show in place of its own ([`in_effect`]).
fn in_effect_after(
    history: &[Publication],
    model: &Model,
    date: jiff::civil::Date,
) -> Vec<Subprocessor> {
    let mut statements = Statements::default();
    for p in history {
        if let Ok(model) = p.snapshot.model() {
            statements.add(model, p.date);
        }
    }
    statements.add(model, date);
    in_effect(model, &statements, date)
}

/// The statements of sub-processors the pages of `model`, published on `date` after the
/// publications `statements` read (`model`'s last), show in place of its own: few, and none
/// where no change is announced ahead.
fn in_effect(model: &Model, statements: &Statements, date: jiff::civil::Date) -> Vec<Subprocessor> {
    (model.subprocessors.iter())
        .map(|s| statements.in_effect(s, date))
        .zip(&model.subprocessors)
        .filter(|(shown, own)| !std::ptr::eq(*shown, &***own))
        .map(|(shown, _)| shown.clone())
        .collect()
}

/// Whether a map by message id holds a message that is not published.
pub fn holds_unpublished<V>(map: &BTreeMap<String, V>) -> bool {
    map.keys().any(|id| !sections::is_published(id))
}

/// Whether two maps by message id (texts, fingerprints) agree on every published message.
pub fn same_published<V: PartialEq>(a: &BTreeMap<String, V>, b: &BTreeMap<String, V>) -> bool {
    let published = |(id, _): &(&String, &V)| sections::is_published(id);
    a.iter().filter(published).eq(b.iter().filter(published))
}

impl Snapshot {
    pub fn new(facts: serde_json::Value, source: BTreeMap<String, String>) -> Snapshot {
        Snapshot {
            facts: Facts::of(&facts),
            source: Arc::new(source),
            model: OnceLock::new(),
            in_effect: OnceLock::new(),
            labels: OnceLock::new(),
        }
    }

    /// The facts, as recorded (JSON, without nulls), made from the text each time they are
    /// asked for ([`Snapshot::facts_json`] compares them without); `None` where they are nested
    /// too deep to be read back, which [`Snapshot::model`] reports.
    pub fn facts(&self) -> Option<serde_json::Value> {
        self.facts.value().ok()
    }

    /// The facts as compact JSON with sorted keys, the form the fingerprint covers: two
    /// snapshots' facts are equal exactly when these are.
    pub fn facts_json(&self) -> &str {
        self.facts.0.get()
    }

    /// Whether `self` publishes what `other` does: the same facts, and every published message
    /// showing the same words, however its source is written (a term put in place of the words
    /// it stands for, `{ "How" }`: [`shown::publish_the_same_words`]). A rewrite that shows
    /// nothing new is not a publication, whose change log could only say that the wording
    /// changed (qa44).
    pub fn publishes_the_same(&self, other: &Snapshot) -> bool {
        self.facts_json() == other.facts_json()
            && (same_published(&self.source, &other.source)
                || shown::publish_the_same_words(&self.source, &other.source, other.labels()))
    }

    /// The labels its pages show, where its facts are read as a model: those they name
    /// ([`Model::labels`]) and, where the history before it was read ([`Snapshot::after`]),
    /// those of each sub-processor's statement in effect on its day (the one a change announced
    /// ahead leaves standing until its day). A label of no fact of theirs is on none of its
    /// pages, and its words are no change of them.
    pub fn labels(&self) -> Option<&Labels> {
        let labels = || {
            let mut labels = self.model().ok()?.labels();
            let Some(in_effect) = self.in_effect.get() else {
                return Some(labels);
            };
            for s in in_effect {
                labels.add_statement(s);
            }
            // No statement in effect but its own: no change to come on its page.
            Some(match in_effect.is_empty() {
                true => labels.without_changes_to_come(),
                false => labels,
            })
        };
        self.labels.get_or_init(labels).as_ref()
    }

    /// Reads the statements its pages show in place of its own, as published on `date` after
    /// the publications that `statements` read, its own facts added to them last.
    fn see_statements(&self, statements: &Statements, date: jiff::civil::Date) {
        if let Ok(model) = self.model() {
            // Where its labels were asked for before the history was read, they are the
            // facts' own, as without one.
            let _ = self.in_effect.set(in_effect(model, statements, date));
        }
    }

    /// The snapshot to be published on `date` after `history`, knowing the labels its pages
    /// show ([`Snapshot::labels`]).
    pub fn after(self, history: &[Publication], date: jiff::civil::Date) -> Snapshot {
        if let Ok(model) = self.model() {
            let _ = self.in_effect.set(in_effect_after(history, model, date));
        }
        self
    }

    /// The source-language text of every message and term, by id (terms as `-id`).
    pub fn source(&self) -> &BTreeMap<String, String> {
        &self.source
    }

    /// Whether its source text holds words that are not published (the review pages'), as a
    /// lock written before they were left out of the record does ([`sections::is_published`]).
    pub fn holds_unpublished(&self) -> bool {
        holds_unpublished(&self.source)
    }

    /// The source text ([`Snapshot::source`]), shared.
    pub fn shared_source(&self) -> Arc<BTreeMap<String, String>> {
        self.source.clone()
    }

    /// Whether this snapshot's source text is the very map `other`'s is (shared when the lock
    /// was read), which makes it equal without comparing it.
    pub fn shares_source(&self, other: &Snapshot) -> bool {
        Arc::ptr_eq(&self.source, &other.source)
    }

    /// The snapshot as JSON: `{"facts":…,"source":…}`, its keys sorted, the facts as kept.
    fn canonical(&self) -> CanonicalSnapshot<'_> {
        CanonicalSnapshot {
            facts: &self.facts.0,
            source: &self.source,
        }
    }

    /// The version 1 fingerprint: `sha256:` and the hex digest of the snapshot's JSON alone.
    fn fingerprint_v1(&self) -> String {
        sha256(&serde_json::to_vec(&self.canonical()).expect("a snapshot serializes"))
    }

    /// The facts of this snapshot as a model, checked as `content/` is: no text holds a
    /// character that has no place in published text, links are safe and countries known. A
    /// lock file edited by hand (its fingerprints recomputed) cannot put on a page what
    /// `content/` could not.
    pub fn model(&self) -> Result<&Model, String> {
        self.model_after(None)
    }

    /// [`Snapshot::model`], its sub-processors shared with those of `before` (the publication
    /// before it) that are equal to them in every field, if this is the first time it is read: a
    /// history holds a model of every publication, and most publications list most rows as
    /// the one before did.
    fn model_after(&self, before: Option<&Model>) -> Result<&Model, String> {
        self.model
            .get_or_init(|| {
                let mut model = self.read_model()?;
                if let Some(before) = before {
                    share_rows(&mut model, before);
                }
                Ok(model)
            })
            .as_ref()
            .map_err(String::clone)
    }

    fn read_model(&self) -> Result<Model, String> {
        let in_source = self.source.iter().find_map(|(id, text)| {
            let (_, found) = crate::text::find_forbidden(text).next()?;
            Some((format!("source.{id}"), found))
        });
        let facts = self.facts.value().map_err(|e| e.to_string())?;
        if let Some((at, found)) = forbidden_in(&facts)
            .map(|(path, found)| (format!("facts{path}"), found))
            .or(in_source)
        {
            return Err(format!(
                "`{at}` contains {found}, {}",
                found.kind.describe()
            ));
        }
        let mut model: Model = serde_json::from_value(facts).map_err(|e| e.to_string())?;
        // Recorded before sub-processors had ids: the id their name stands for.
        for s in model.subprocessors.iter_mut().filter(|s| s.id.is_empty()) {
            Arc::make_mut(s).id = crate::model::derived_id(&s.name);
        }
        for l in model
            .storage
            .locations
            .iter_mut()
            .filter(|l| l.id.is_empty())
        {
            l.id = crate::model::Location::derived_id(&l.provider, &l.city);
        }
        Ok(model)
    }
}

/// A snapshot in canonical form; its fields are declared in the order of their keys, sorted.
#[derive(Serialize)]
struct CanonicalSnapshot<'a> {
    facts: &'a serde_json::value::RawValue,
    source: &'a BTreeMap<String, String>,
}

/// The first character of a string in `value` that has no place in published text, with the
/// path to that string below `value` (`.subprocessors.3.name`). The path is made only for
/// what is found: a whole history is searched on every build.
fn forbidden_in(value: &serde_json::Value) -> Option<(String, crate::text::Forbidden)> {
    use serde_json::Value;
    match value {
        Value::String(text) => crate::text::find_forbidden(text)
            .next()
            .map(|(_, found)| (String::new(), found)),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, v)| forbidden_in(v).map(|(path, found)| (format!(".{i}{path}"), found))),
        Value::Object(map) => map
            .iter()
            .find_map(|(k, v)| forbidden_in(v).map(|(path, found)| (format!(".{k}{path}"), found))),
        _ => None,
    }
}

/// `sha256:` and the lowercase hex digest of `bytes`, as a fingerprint is written.
pub fn sha256(bytes: &[u8]) -> String {
    format!("sha256:{}", HEXLOWER.encode(&Sha256::digest(bytes)))
}

/// The short fingerprint of a message's canonical text: the key its words are kept by in the
/// lock (`[texts]`) and the translations' records (`translated-from.toml`).
pub fn text_fingerprint(canonical: &str) -> String {
    crate::text::Fingerprint::of(canonical).hex()
}

/// When a publication was made: its date, and the moment it was recorded (UTC, to the second)
/// for publications recorded since candor kept the time. Two publications on one day are told
/// apart by it, and the feed dates each entry with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct When {
    pub date: jiff::civil::Date,
    pub time: Option<jiff::Timestamp>,
}

impl When {
    /// A publication recorded at `now`, to the second.
    pub fn at(now: jiff::Timestamp) -> When {
        let time = jiff::Timestamp::from_second(now.as_second()).unwrap_or(now);
        When {
            date: time.to_zoned(jiff::tz::TimeZone::UTC).date(),
            time: Some(time),
        }
    }
}

/// The fingerprint of a publication: `sha256:` and the hex SHA-256 of its canonical form, the
/// JSON object `{"date":"YYYY-MM-DD","previous":<the fingerprint it follows, or
/// null>,"snapshot":{"facts":…,"source":…},"stale":{…},"time":"YYYY-MM-DDTHH:MM:SSZ",
/// "translations":{…}}` with the keys of every object sorted and no whitespace; `time` is there
/// only for a publication recorded with one, `stale` and `translations` (its
/// [`TranslationSeal`]) only for one recorded since version 5 ([`Covers::Translations`]). Each
/// fingerprint so covers the date and time and, through `previous`, the whole history before
/// it: a changed date, a reordered or a dropped publication breaks the chain.
pub fn fingerprint(
    when: When,
    previous: Option<&str>,
    snapshot: &Snapshot,
    seal: Option<&TranslationSeal>,
) -> String {
    sha256(&canonical(when, previous, snapshot, seal))
}

/// The canonical form that [`fingerprint`] hashes.
pub fn canonical(
    when: When,
    previous: Option<&str>,
    snapshot: &Snapshot,
    seal: Option<&TranslationSeal>,
) -> Vec<u8> {
    /// Its fields are declared in the order of their keys, sorted; a test pins the bytes.
    #[derive(Serialize)]
    struct Canonical<'a> {
        date: String,
        previous: Option<&'a str>,
        snapshot: CanonicalSnapshot<'a>,
        #[serde(skip_serializing_if = "Option::is_none")]
        stale: Option<&'a BTreeMap<String, BTreeSet<String>>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        time: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        translations: Option<&'a BTreeMap<String, String>>,
    }
    let canonical = Canonical {
        date: when.date.to_string(),
        previous,
        snapshot: snapshot.canonical(),
        stale: seal.map(|s| &s.stale),
        time: when.time.map(|t| t.to_string()),
        translations: seal.map(|s| &s.translations),
    };
    serde_json::to_vec(&canonical).expect("a snapshot serializes")
}

/// The fingerprint of a revision of a translation: `sha256:` and the hex SHA-256 of its
/// canonical form, `{"previous":<the fingerprint it follows>,"stale":{…},"time":…,
/// "translations":{…}}` (its [`TranslationSeal`]: the languages it revised), as compact and
/// sorted as a publication's.
pub fn revision_fingerprint(
    previous: &str,
    time: jiff::Timestamp,
    seal: &TranslationSeal,
) -> String {
    sha256(&revision_canonical(previous, time, seal))
}

/// The canonical form that [`revision_fingerprint`] hashes.
pub fn revision_canonical(
    previous: &str,
    time: jiff::Timestamp,
    seal: &TranslationSeal,
) -> Vec<u8> {
    #[derive(Serialize)]
    struct Canonical<'a> {
        previous: &'a str,
        stale: &'a BTreeMap<String, BTreeSet<String>>,
        time: String,
        translations: &'a BTreeMap<String, String>,
    }
    let canonical = Canonical {
        previous,
        stale: &seal.stale,
        time: time.to_string(),
        translations: &seal.translations,
    };
    serde_json::to_vec(&canonical).expect("a revision serializes")
}

/// What of its translations a fingerprint covers, since version 5: per language, the
/// fingerprint of its list of messages (each message's id and the fingerprint of its text, as
/// `[translation-maps]` keeps the list by) and the ids of the messages its pages marked stale.
/// The texts are kept by their own fingerprints (`[texts]`), which the list holds, so a word
/// changed changes the publication's fingerprint.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslationSeal {
    #[serde(default)]
    pub stale: BTreeMap<String, BTreeSet<String>>,
    #[serde(default)]
    pub translations: BTreeMap<String, String>,
}

impl TranslationSeal {
    fn of(
        translations: &BTreeMap<String, Arc<BTreeMap<String, String>>>,
        stale: &BTreeMap<String, BTreeSet<String>>,
    ) -> TranslationSeal {
        TranslationSeal {
            stale: stale.clone(),
            translations: (translations.iter())
                .map(|(lang, map)| (lang.clone(), map_fingerprint(map)))
                .collect(),
        }
    }
}

/// What a publication's fingerprint covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Covers {
    /// The facts and the source text: a publication recorded before version 5, which follows
    /// the publication before it (not its revisions, which had no fingerprint).
    Source,
    /// Its translations too ([`TranslationSeal`]): every publication recorded since version 5,
    /// which follows the last fingerprint before it, a revision's where there is one.
    Translations,
}

/// Which publication a publication is: its date and, for the second or a later one of a day,
/// its place in that day (`2026-11-30`, `2026-11-30-2`). It names its archive folder, its
/// canonical file and its feed entry, so each publication has its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PublicationId {
    pub date: jiff::civil::Date,
    /// 1 for the first publication of the day.
    pub nth: u32,
}

impl std::fmt::Display for PublicationId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.nth {
            1 => write!(f, "{}", self.date),
            n => write!(f, "{}-{n}", self.date),
        }
    }
}

impl PublicationId {
    /// The publication as a message in English names it: its date, and its place in the day
    /// where it was not the day's first (`2026-11-30 (the day's publication 2)`).
    pub fn in_words(self) -> String {
        match self.nth {
            1 => self.date.to_string(),
            n => format!("{} (the day's publication {n})", self.date),
        }
    }

    /// An id written exactly as [`Display`](std::fmt::Display) writes one.
    pub fn parse(text: &str) -> Option<PublicationId> {
        let (date, nth) = match text.get(10..) {
            Some("") => (text, 1),
            Some(rest) => (&text[..10], rest.strip_prefix('-')?.parse().ok()?),
            None => return None,
        };
        let id = PublicationId {
            date: date.parse().ok()?,
            nth,
        };
        (id.to_string() == text).then_some(id)
    }
}

/// The id of each publication of `history`, in order.
pub fn ids(history: &[Publication]) -> Vec<PublicationId> {
    let mut ids: Vec<PublicationId> = Vec::with_capacity(history.len());
    for p in history {
        let nth = match ids.last() {
            Some(before) if before.date == p.date => before.nth + 1,
            _ => 1,
        };
        ids.push(PublicationId { date: p.date, nth });
    }
    ids
}

/// The source texts of `published`, each once: publications whose source text did not change
/// share it, and a long history has few.
pub fn distinct_sources(published: &[Publication]) -> Vec<&BTreeMap<String, String>> {
    let mut sources: Vec<&BTreeMap<String, String>> = Vec::new();
    for p in published {
        let source = p.snapshot.source();
        if !sources.iter().any(|s| std::ptr::eq(*s, source)) {
            sources.push(source);
        }
    }
    sources
}

/// Removes `null`s (absent optional facts), which TOML cannot hold.
pub fn without_nulls(value: serde_json::Value) -> serde_json::Value {
    match value {
        serde_json::Value::Object(map) => map
            .into_iter()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| (k, without_nulls(v)))
            .collect(),
        serde_json::Value::Array(items) => items.into_iter().map(without_nulls).collect(),
        other => other,
    }
}

/// One recorded publication.
#[derive(Debug, Clone)]
pub struct Publication {
    pub date: jiff::civil::Date,
    /// When it was recorded, for publications recorded since candor kept the time.
    pub time: Option<jiff::Timestamp>,
    pub fingerprint: String,
    /// Whether its fingerprint covers its translations (since version 5) or not.
    pub covers: Covers,
    pub snapshot: Snapshot,
    /// Per translation, message id to a fingerprint of its text when this was published: lets
    /// `diff` say which translated messages changed since, and the archive show what it said.
    /// A translation alone does not make a publication; its fingerprint covers these since
    /// version 5 ([`Covers`]).
    pub translations: BTreeMap<String, Arc<BTreeMap<String, String>>>,
    /// Per translation, the ids of the messages its page marked stale (the source changed since
    /// they were translated) when this was published: its archive copy marks them too. Empty
    /// for a publication recorded before candor kept them.
    pub stale: BTreeMap<String, BTreeSet<String>>,
    /// The translations revised while this publication was current, in order: what its pages
    /// showed from then on, which its archive copy (the words of its day) does not.
    pub revisions: Vec<Revision>,
    /// Whether, as a site's first publication, it gave notice of the sub-processors it
    /// announced, as a later one does: every first publication recorded since candor gives
    /// it. One recorded before gave none, and the record keeps it so: its change log, feed
    /// and calendars stay as they were published.
    pub first_notice: bool,
}

/// A translation revised while a publication was current: from `time` on, its pages in these
/// languages spoke these words (message id to the fingerprint of its text, as
/// [`Publication::translations`]). The publication's date stays (a translation does not make a
/// publication); the record keeps every wording its pages had.
#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    pub time: jiff::Timestamp,
    /// Its own fingerprint ([`revision_fingerprint`]). A revision recorded before version 5
    /// had none: it is given one as the lock is read, and keeps it from the next time the lock
    /// is written.
    pub fingerprint: String,
    pub translations: BTreeMap<String, Arc<BTreeMap<String, String>>>,
    /// The languages whose stale messages changed (reviewed, or translated), and the ids.
    pub stale: BTreeMap<String, BTreeSet<String>>,
}

impl Publication {
    /// What of its translations its fingerprint covers, for a publication whose fingerprint
    /// covers them.
    pub fn seal(&self) -> Option<TranslationSeal> {
        (self.covers == Covers::Translations)
            .then(|| TranslationSeal::of(&self.translations, &self.stale))
    }

    /// The fingerprint a record after it follows: its last revision's, otherwise its own.
    pub fn head(&self) -> &str {
        self.revisions
            .last()
            .map_or(&self.fingerprint, |r| &r.fingerprint)
    }

    /// The fingerprint it follows, `before` being the publication before it: that
    /// publication's last ([`Publication::head`]) where its fingerprint covers its
    /// translations, that publication's own where it is older.
    pub fn follows<'a>(&self, before: Option<&'a Publication>) -> Option<&'a str> {
        before.map(|b| match self.covers {
            Covers::Translations => b.head(),
            Covers::Source => b.fingerprint.as_str(),
        })
    }

    /// Its canonical form ([`canonical`]), `before` being the publication before it.
    pub fn canonical(&self, before: Option<&Publication>) -> Vec<u8> {
        canonical(
            self.when(),
            self.follows(before),
            &self.snapshot,
            self.seal().as_ref(),
        )
    }

    /// Whether this publication recorded its translations: one recorded since candor kept the
    /// time did, even where there were none (a site in its source language alone); an older
    /// one, only where it names some.
    pub fn recorded_translations(&self) -> bool {
        self.time.is_some() || !self.translations.is_empty() || !self.revisions.is_empty()
    }

    /// Whether its pages were published in `lang` on its day: in the `source` language always;
    /// in a translation where it recorded its words, or where it recorded no translations at
    /// all (an older candor's record, taken at its word). A language added since has its
    /// copies made later, and no notice of that day.
    pub fn published_in(&self, lang: &str, source: &str) -> bool {
        lang == source || self.published_in_translation(lang)
    }

    /// Whether it was published in the translation `lang` ([`Publication::published_in`]).
    fn published_in_translation(&self, lang: &str) -> bool {
        !self.recorded_translations() || self.translations.contains_key(lang)
    }

    /// The words of `lang` as this publication's pages last spoke them: its latest revision of
    /// them, or those it was published with.
    pub fn words(&self, lang: &str) -> Option<&Arc<BTreeMap<String, String>>> {
        self.words_through(self.revisions.len(), lang)
    }

    /// The words of `lang` as of the first `revisions` of its revisions: of a wording its
    /// pages showed, [`Shown::through`].
    pub fn words_through(
        &self,
        revisions: usize,
        lang: &str,
    ) -> Option<&Arc<BTreeMap<String, String>>> {
        self.revisions[..revisions.min(self.revisions.len())]
            .iter()
            .rev()
            .find_map(|r| r.translations.get(lang))
            .or_else(|| self.translations.get(lang))
    }

    /// Whether its pages were shown in the translation `lang` at all: published in it, or in it
    /// from the day a revision added it (an older record, which recorded no translation, taken
    /// at its word).
    pub fn shown_in(&self, lang: &str) -> bool {
        self.published_in_translation(lang) || self.added_at(lang).is_some()
    }

    /// When a revision added `lang`, a language it was not published in: the first that
    /// recorded its words. From then on its pages were public in that language.
    pub fn added_at(&self, lang: &str) -> Option<jiff::Timestamp> {
        self.added_through(lang, self.revisions.len())
    }

    /// [`Publication::added_at`], by its first `through` revisions.
    pub fn added_through(&self, lang: &str, through: usize) -> Option<jiff::Timestamp> {
        if self.translations.contains_key(lang) {
            return None;
        }
        self.revisions[..through.min(self.revisions.len())]
            .iter()
            .find(|r| r.translations.contains_key(lang))
            .map(|r| r.time)
    }

    /// The words of `lang` it was published with; for a language added while it was current,
    /// those its first revision recorded.
    pub fn published_words(&self, lang: &str) -> Option<&Arc<BTreeMap<String, String>>> {
        self.translations
            .get(lang)
            .or_else(|| self.revisions.iter().find_map(|r| r.translations.get(lang)))
    }

    /// The words of `lang` that the pages of `shown_with`, a region of it, were first shown
    /// with: those it was published with, or for a region added while it was current, those
    /// of the revision that added the region (qa55: not the parent's words of a day no page
    /// of the region was shown).
    pub fn first_shown_words(
        &self,
        lang: &str,
        shown_with: &str,
    ) -> Option<&Arc<BTreeMap<String, String>>> {
        match self.shown_from(shown_with) {
            Some(revisions) if revisions > 0 => self.words_through(revisions, lang),
            _ => self.published_words(lang),
        }
    }

    /// How many of its revisions came before its pages were first shown in `lang`, with the
    /// revision that added it: none where it was published in it, the revision that first
    /// recorded it and those before where a revision added it; `None` where no revision did.
    fn shown_from(&self, lang: &str) -> Option<usize> {
        if self.translations.contains_key(lang) {
            return Some(0);
        }
        (self.revisions.iter())
            .position(|r| r.translations.contains_key(lang))
            .map(|n| n + 1)
    }

    /// The messages of `lang` its page marked stale on its day, as [`published_words`]; `None`
    /// where that was not recorded.
    ///
    /// [`published_words`]: Publication::published_words
    pub fn published_stale(&self, lang: &str) -> Option<&BTreeSet<String>> {
        self.stale
            .get(lang)
            .or_else(|| self.revisions.iter().find_map(|r| r.stale.get(lang)))
    }

    /// The messages of `lang` its pages last marked stale; `None` where that was not recorded.
    pub fn stale_now(&self, lang: &str) -> Option<&BTreeSet<String>> {
        self.stale_through(self.revisions.len(), lang)
    }

    /// The messages of `lang` its pages marked stale as of the first `revisions` of its
    /// revisions.
    pub fn stale_through(&self, revisions: usize, lang: &str) -> Option<&BTreeSet<String>> {
        self.revisions[..revisions.min(self.revisions.len())]
            .iter()
            .rev()
            .find_map(|r| r.stale.get(lang))
            .or_else(|| self.stale.get(lang))
    }

    /// When what `locale`'s pages show of it was revised after they were first shown, in
    /// order, unless they show again what they were first shown with: the words they show (a
    /// region's own over its parent's, as `texts` give each fingerprint's) read otherwise, or
    /// they mark other messages stale. A revision recorded for this language that its pages
    /// read the same through (a region's term written as its parent's; a parent's rewording
    /// that a region's term reads as before; a language recorded with its family) is none of
    /// theirs: the record keeps it, the page does not tell it.
    pub fn revised_shown(
        &self,
        locale: &crate::load::locales::Locale,
        texts: &BTreeMap<String, String>,
    ) -> Vec<jiff::Timestamp> {
        self.revised_shown_through(locale, texts, self.revisions.len())
    }

    /// [`Publication::revised_shown`], of its first `through` revisions: those `candor.lock`
    /// records, where a draft's own comes after them ([`Stamp::recorded_revisions`]). Told
    /// apart by their number, not their time, which a draft's may share (qa90).
    pub fn revised_shown_through(
        &self,
        locale: &crate::load::locales::Locale,
        texts: &BTreeMap<String, String>,
        through: usize,
    ) -> Vec<jiff::Timestamp> {
        self.shown_revisions(locale, texts, through, Reverted::NotRevised)
            .into_iter()
            .map(|r| r.time)
            .collect()
    }

    /// Each wording `locale`'s pages were shown in after they were first shown: every revision
    /// that changed what they show ([`Publication::revised_shown`]), even where a later one
    /// brought back what was first shown, since the pages showed it in between. The archive
    /// keeps a copy of each.
    pub fn wordings_shown(
        &self,
        locale: &crate::load::locales::Locale,
        texts: &BTreeMap<String, String>,
    ) -> Vec<Shown> {
        self.shown_revisions(locale, texts, self.revisions.len(), Reverted::Shown)
    }

    /// The revisions of its first `through` that changed what `locale`'s pages show, after
    /// they were first shown; where they show again what they were first shown with, none
    /// (`Reverted::NotRevised`) or each all the same (`Reverted::Shown`).
    fn shown_revisions(
        &self,
        locale: &crate::load::locales::Locale,
        texts: &BTreeMap<String, String>,
        through: usize,
        reverted: Reverted,
    ) -> Vec<Shown> {
        let through = through.min(self.revisions.len());
        let tag = locale.language.tag.as_str();
        let family: Vec<&str> = std::iter::once(tag)
            .chain(locale.parent.as_ref().map(|p| p.tag.as_str()))
            .collect();
        let touches = |r: &Revision| {
            (family.iter()).any(|l| r.translations.contains_key(*l) || r.stale.contains_key(*l))
        };
        // A record of no translation has no revision of one; most publications have none of
        // this language's.
        let Some(shown_from) = self.shown_from(tag) else {
            return Vec::new();
        };
        if !self.revisions[..through]
            .iter()
            .skip(shown_from)
            .any(touches)
        {
            return Vec::new();
        }
        // The fingerprints of what its pages show as of the first `n` revisions: no label of
        // a fact the publication does not name.
        let labels = self.snapshot.labels();
        let shows = |id: &str| shown::on_page(id, labels);
        let shown = |n: usize| {
            let mut words = BTreeMap::new();
            for lang in family.iter().rev() {
                for (id, fp) in self.words_through(n, lang).iter().flat_map(|w| w.iter()) {
                    if shows(id) {
                        words.insert(id.as_str(), fp.as_str());
                    }
                }
            }
            words
        };
        let marked = |n: usize| -> Vec<&String> {
            let published = |id: &&String| shows(id) && !id.starts_with('-');
            (self.stale_through(n, tag).into_iter().flatten())
                .filter(published)
                .collect()
        };
        let reads_the_same = |was: BTreeMap<&str, &str>, now: BTreeMap<&str, &str>| {
            if was == now {
                return true;
            }
            let texts = |words: BTreeMap<&str, &str>| -> Option<BTreeMap<String, String>> {
                (words.into_iter())
                    .map(|(id, fp)| Some((id.to_string(), texts.get(fp)?.clone())))
                    .collect()
            };
            match (texts(was), texts(now)) {
                (Some(was), Some(now)) => shown::publish_the_same_words(&was, &now, labels),
                // A text the record lacks: told as revised, as it was recorded.
                _ => false,
            }
        };
        // Revised back to the words it was first shown with: what it shows is what was
        // published, as if never revised (qa68).
        if reverted == Reverted::NotRevised
            && marked(shown_from) == marked(through)
            && reads_the_same(shown(shown_from), shown(through))
        {
            return Vec::new();
        }
        (self.revisions[..through]
            .iter()
            .enumerate()
            .skip(shown_from))
        .filter(|(_, r)| touches(r))
        .filter(|(n, _)| marked(*n) != marked(n + 1) || !reads_the_same(shown(*n), shown(n + 1)))
        .map(|(n, r)| Shown {
            through: n + 1,
            time: r.time,
        })
        .collect()
    }

    /// The last moment this publication's record holds, its last revision's or its own, and
    /// which it is.
    fn last_time(&self) -> (When, &'static str) {
        match self.revisions.last() {
            Some(r) => (
                When::at(r.time),
                "the last recorded revision of a translation",
            ),
            None => (self.when(), "the last recorded publication"),
        }
    }
}

/// A wording a publication's pages were shown in after its day: that of its first `through`
/// revisions, shown from `time` on. `through` names the copy the archive keeps of it
/// (`archive/<id>/revision-<through>/`): revisions are only ever added after the last, so it
/// stays.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Shown {
    pub through: usize,
    pub time: jiff::Timestamp,
}

/// Whether revisions that bring back the words a page was first shown with count as revised:
/// not for what a page says of itself (it reads as published, qa68), but for the archive,
/// which keeps every wording shown.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Reverted {
    NotRevised,
    Shown,
}

/// A publication as `candor.lock` stores it.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredPublication {
    /// Written as a TOML date (`2025-10-30`); anything else fails to read, at its place.
    #[serde(with = "toml_date")]
    date: jiff::civil::Date,
    /// Written as a TOML date-time in UTC (`2026-11-30T09:41:07Z`); absent for publications
    /// recorded before candor kept the time.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "toml_time")]
    time: Option<jiff::Timestamp>,
    fingerprint: String,
    snapshot: StoredSnapshot,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    translations: BTreeMap<String, StoredMap>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    stale: BTreeMap<String, BTreeSet<String>>,
    #[serde(default, rename = "revision", skip_serializing_if = "Vec::is_empty")]
    revisions: Vec<StoredRevision>,
    #[serde(
        default,
        rename = "first-notice",
        skip_serializing_if = "std::ops::Not::not"
    )]
    first_notice: bool,
}

/// A [`Revision`] as a publication stores it (`[[publication.revision]]`).
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredRevision {
    /// Written as a TOML date-time in UTC, as a publication's `time`.
    #[serde(with = "toml_time")]
    time: Option<jiff::Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    fingerprint: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    translations: BTreeMap<String, StoredMap>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    stale: BTreeMap<String, BTreeSet<String>>,
}

/// A snapshot as a publication stores it: its facts, and its source text as the fingerprint of
/// a map in `[source-maps]` (version 4) or the map itself (before).
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredSnapshot {
    source: StoredMap,
    facts: Facts,
}

/// Messages as a publication stores them: the fingerprint of a map kept in the lock's tables
/// (`[translation-maps]` since version 3, `[source-maps]` since version 4), or the map itself.
#[derive(Debug, Serialize, Deserialize)]
#[serde(untagged)]
enum StoredMap {
    Shared(String),
    Inline(BTreeMap<String, String>),
}

/// A calendar date as a TOML date literal, both ways.
mod toml_date {
    use serde::{Deserialize, Deserializer, Serialize, Serializer, de::Error};

    pub fn serialize<S: Serializer>(date: &jiff::civil::Date, s: S) -> Result<S::Ok, S::Error> {
        let toml: toml::value::Datetime = date
            .to_string()
            .parse()
            .map_err(serde::ser::Error::custom)?;
        toml.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<jiff::civil::Date, D::Error> {
        let toml = toml::value::Datetime::deserialize(d)?;
        crate::fs::civil_date(&toml)
            .ok_or_else(|| D::Error::custom(format!("`{toml}` is not a date such as 2025-10-30")))
    }
}

impl Publication {
    pub fn when(&self) -> When {
        When {
            date: self.date,
            time: self.time,
        }
    }
}

/// A moment as a TOML offset date-time in UTC, both ways.
mod toml_time {
    use serde::{Deserialize, Deserializer, Serialize, Serializer, de::Error};

    pub fn serialize<S: Serializer>(
        time: &Option<jiff::Timestamp>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        let toml: Option<toml::value::Datetime> = time
            .map(|t| t.to_string().parse())
            .transpose()
            .map_err(serde::ser::Error::custom)?;
        toml.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<jiff::Timestamp>, D::Error> {
        let toml = toml::value::Datetime::deserialize(d)?;
        let utc = matches!(toml.offset, Some(toml::value::Offset::Z)) && toml.date.is_some();
        utc.then(|| toml.to_string().parse::<jiff::Timestamp>().ok())
            .flatten()
            .filter(|t| t.subsec_nanosecond() == 0)
            .map(Some)
            .ok_or_else(|| {
                D::Error::custom(format!(
                    "`{toml}` is not a moment in UTC such as 2026-11-30T09:41:07Z"
                ))
            })
    }
}

/// The history as read from, and written to, `candor.lock`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(try_from = "StoredLock", into = "StoredLock")]
pub struct LockFile {
    pub version: u32,
    pub publications: Vec<Publication>,
    /// The words of the translations, by the fingerprint each publication records them by
    /// (`Publication::translations`): kept once however many publications share them, so
    /// that the archive can show each language as it was published.
    pub texts: BTreeMap<String, String>,
}

/// `candor.lock` as stored.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredLock {
    version: u32,
    #[serde(default, rename = "publication")]
    publications: Vec<StoredPublication>,
    /// Each publication's source text, by the fingerprint of the map: kept once for all the
    /// publications that recorded the same words.
    #[serde(
        default,
        rename = "source-maps",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    sources: BTreeMap<String, Arc<BTreeMap<String, String>>>,
    /// Each translation's messages (id to the fingerprint of its text), by the fingerprint of
    /// the map: one publication after another that leaves a translation as it was shares it.
    #[serde(
        default,
        rename = "translation-maps",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    maps: BTreeMap<String, Arc<BTreeMap<String, String>>>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    texts: BTreeMap<String, String>,
}

/// The text of a lock of `publications` and `texts` (below the file's header comment), one part
/// at a time, as [`by_publication`] reads them: the version, each publication, then the tables
/// of maps and texts. It is the text that serializing the [`LockFile`] whole gives
/// (`toml::to_string_pretty`), which holds a copy of every publication and a tree of the whole
/// document at once; this holds one publication's copy.
fn lock_toml(publications: &[Publication], texts: &BTreeMap<&str, &str>) -> String {
    #[derive(Serialize)]
    struct Head {
        version: u32,
    }
    #[derive(Serialize)]
    struct Entries<'a> {
        #[serde(rename = "publication")]
        publications: &'a [StoredPublication],
    }
    #[derive(Serialize)]
    struct Tail<'a> {
        #[serde(rename = "source-maps", skip_serializing_if = "BTreeMap::is_empty")]
        sources: Maps,
        #[serde(
            rename = "translation-maps",
            skip_serializing_if = "BTreeMap::is_empty"
        )]
        maps: Maps,
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        texts: &'a BTreeMap<&'a str, &'a str>,
    }
    fn text<T: Serialize>(value: &T) -> String {
        toml::to_string_pretty(value).expect("a lock file serializes")
    }
    let (mut sources, mut maps) = (Maps::new(), Maps::new());
    let mut out = text(&Head { version: VERSION });
    if publications.is_empty() {
        // `publication = []` follows the version, which candor never writes: a stamp holds a
        // publication.
        out.push_str(&text(&Entries { publications: &[] }));
    }
    for p in publications {
        let stored = StoredPublication::of(p, &mut sources, &mut maps);
        out.push('\n');
        out.push_str(&text(&Entries {
            publications: std::slice::from_ref(&stored),
        }));
    }
    if !(sources.is_empty() && maps.is_empty() && texts.is_empty()) {
        out.push('\n');
        out.push_str(&text(&Tail {
            sources,
            maps,
            texts,
        }));
    }
    out
}

impl StoredLock {
    /// Tells `edited` of each translation's list of messages (`[translation-maps]`) and each
    /// translated text (`[texts]`) that is not what its fingerprint, its key, was made from,
    /// with that key and the text that holds it as a key in the file: told here, at the key,
    /// where the record that names it would only be told not to match its fingerprint (and a
    /// record before version 5, whose fingerprint covers no translation, not at all). The
    /// source text (`[source-maps]`) is in its publication's fingerprint, and an edit of it is
    /// told at its publication.
    fn check_kept(&self, mut edited: impl FnMut(String, &str, String)) {
        for (fp, map) in &self.maps {
            if map_fingerprint(map) != *fp {
                edited(
                    format!(
                        "the messages of a translation kept as `{fp}` in `{FILE}` do not match their fingerprint"
                    ),
                    fp,
                    format!("[translation-maps.\"{fp}\"]"),
                );
            }
        }
        for (fp, text) in &self.texts {
            if text_fingerprint(text) != *fp {
                edited(
                    format!(
                        "the translated text `{fp}` in `{FILE}` does not match its fingerprint"
                    ),
                    fp,
                    format!("\n{fp} = "),
                );
            }
        }
    }
}

/// Where `needle` stands in `text`, if it stands there once.
fn unique(text: &str, needle: &str) -> Option<std::ops::Range<usize>> {
    let mut found = text.match_indices(needle);
    let (at, _) = found.next()?;
    found.next().is_none().then(|| at..at + needle.len())
}

/// Maps of messages, each by its fingerprint ([`map_fingerprint`]).
type Maps = BTreeMap<String, Arc<BTreeMap<String, String>>>;

/// The fingerprint a map of messages (a translation's, or the source text) is kept by.
fn map_fingerprint(map: &BTreeMap<String, String>) -> String {
    sha256(&serde_json::to_vec(map).expect("a map serializes"))
}

impl TryFrom<StoredLock> for LockFile {
    // serde reports a `String` error at the file; the one thing this can refuse is a map
    // named by a publication and not kept.
    type Error = String;

    fn try_from(stored: StoredLock) -> Result<LockFile, String> {
        let StoredLock {
            version,
            publications,
            sources,
            maps,
            texts,
        } = stored;
        let mut last_source: Option<Arc<BTreeMap<String, String>>> = None;
        let publications = publications
            .into_iter()
            .map(|p| {
                let StoredSnapshot { source, facts } = p.snapshot;
                let source = match source {
                    StoredMap::Shared(fp) => sources.get(&fp).cloned().ok_or_else(|| {
                        format!(
                            "the publication of {} names its source text by `{fp}`, which `[source-maps]` does not hold",
                            p.date
                        )
                    })?,
                    // Held in the publication (before version 4): one map for the publications
                    // in a row that hold the same words.
                    StoredMap::Inline(map) => match &last_source {
                        Some(last) if **last == map => last.clone(),
                        _ => Arc::new(map),
                    },
                };
                last_source = Some(source.clone());
                let resolve = |stored: BTreeMap<String, StoredMap>| {
                    stored
                        .into_iter()
                        .map(|(lang, map)| match map {
                            StoredMap::Inline(map) => Ok((lang, Arc::new(map))),
                            StoredMap::Shared(fp) => match maps.get(&fp) {
                                Some(map) => Ok((lang, map.clone())),
                                None => Err(format!(
                                    "the publication of {} names the messages of `{lang}` by `{fp}`, which `[translation-maps]` does not hold",
                                    p.date
                                )),
                            },
                        })
                        .collect::<Result<BTreeMap<_, _>, String>>()
                };
                let translations = resolve(p.translations)?;
                let revisions = p
                    .revisions
                    .into_iter()
                    .map(|r| {
                        Ok(Revision {
                            time: r.time.ok_or_else(|| {
                                format!("a revision of the publication of {} has no time", p.date)
                            })?,
                            // Empty where the file records none: checked, or given one, as
                            // the lock is read ([`read`]).
                            fingerprint: r.fingerprint.unwrap_or_default(),
                            translations: resolve(r.translations)?,
                            stale: r.stale,
                        })
                    })
                    .collect::<Result<_, String>>()?;
                Ok(Publication {
                    date: p.date,
                    time: p.time,
                    fingerprint: p.fingerprint,
                    // Known once its fingerprint is checked ([`read`]).
                    covers: Covers::Source,
                    snapshot: Snapshot {
                        facts,
                        source,
                        model: OnceLock::new(),
                        in_effect: OnceLock::new(),
                        labels: OnceLock::new(),
                    },
                    translations,
                    stale: p.stale,
                    revisions,
                    first_notice: p.first_notice,
                })
            })
            .collect::<Result<_, String>>()?;
        Ok(LockFile {
            version,
            publications,
            texts,
        })
    }
}

impl From<LockFile> for StoredLock {
    fn from(lock: LockFile) -> StoredLock {
        let (mut sources, mut maps) = (Maps::new(), Maps::new());
        let publications = lock
            .publications
            .iter()
            .map(|p| StoredPublication::of(p, &mut sources, &mut maps))
            .collect();
        StoredLock {
            version: VERSION,
            publications,
            sources,
            maps,
            texts: lock.texts,
        }
    }
}

impl StoredPublication {
    /// `p` as the lock stores it: its source text and each translation's messages named by
    /// the fingerprint of their map, which goes into `sources` or `maps` (kept once however
    /// many publications share it).
    fn of(p: &Publication, sources: &mut Maps, maps: &mut Maps) -> Self {
        fn keep(maps: &mut Maps, map: &Arc<BTreeMap<String, String>>) -> StoredMap {
            let fp = map_fingerprint(map);
            maps.entry(fp.clone()).or_insert_with(|| map.clone());
            StoredMap::Shared(fp)
        }
        StoredPublication {
            date: p.date,
            time: p.time,
            fingerprint: p.fingerprint.clone(),
            snapshot: StoredSnapshot {
                source: keep(sources, &p.snapshot.source),
                facts: p.snapshot.facts.clone(),
            },
            translations: p
                .translations
                .iter()
                .map(|(lang, map)| (lang.clone(), keep(maps, map)))
                .collect(),
            revisions: p
                .revisions
                .iter()
                .map(|r| StoredRevision {
                    time: Some(r.time),
                    fingerprint: Some(r.fingerprint.clone()),
                    translations: r
                        .translations
                        .iter()
                        .map(|(lang, map)| (lang.clone(), keep(maps, map)))
                        .collect(),
                    stale: r.stale.clone(),
                })
                .collect(),
            stale: p.stale.clone(),
            first_notice: p.first_notice,
        }
    }
}

/// The date every page shows, the publications so far (a new one included), and whether this
/// build records that new one.
#[derive(Debug)]
pub struct Stamp {
    pub date: jiff::civil::Date,
    pub history: Vec<Publication>,
    pub publishing: Publishing,
    /// The words of the translations the history records ([`LockFile::texts`]).
    pub texts: BTreeMap<String, String>,
}

/// Where the translations stand now: per language, message id to the fingerprint of its text,
/// and (made only for a record that keeps them) the texts by fingerprint.
pub struct Translations<'a> {
    pub fingerprints: BTreeMap<String, Arc<BTreeMap<String, String>>>,
    /// Per language, the ids of the messages its page marks stale.
    pub stale: BTreeMap<String, BTreeSet<String>>,
    pub texts: &'a dyn Fn() -> BTreeMap<String, String>,
    /// Each regional language's parent (`fr-CA`: `fr`), whose words its page shows where it
    /// has none of its own.
    pub parents: BTreeMap<String, String>,
}

/// What a run does to the history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Publishing {
    /// Nothing changed since the last publication; `candor.lock` stays as it is.
    Unchanged,
    /// Nothing changed, and `candor.lock`, read in an older version, is rewritten in today's.
    Upgraded,
    /// The last of the history is a new publication, recorded in `candor.lock`.
    Recorded,
    /// The last of the history is a new publication, only previewed (`check`, `review`,
    /// `serve`, `build --pseudo`): `candor.lock` stays as it is.
    Previewed,
    /// Only translations changed: the last publication has a new [`Revision`], recorded in
    /// `candor.lock`.
    Revised,
    /// Only translations changed: the last publication has a new [`Revision`], only previewed.
    RevisionPreviewed,
}

impl Publishing {
    /// Whether the last publication of the history is new.
    pub fn is_new(self) -> bool {
        matches!(self, Publishing::Recorded | Publishing::Previewed)
    }

    /// Whether `candor.lock` is to be written.
    pub fn writes_lock(self) -> bool {
        matches!(
            self,
            Publishing::Recorded | Publishing::Upgraded | Publishing::Revised
        )
    }
}

/// A lock file as read, and whether it was in an older version (upgraded in memory).
#[derive(Debug)]
pub struct Read {
    /// The file's name, if there is one. Not its text: what [`stamp`] reports is about the file
    /// as a whole, and the text grows with every publication (at 100 x 1,000, by 300 KB each).
    pub file: Option<String>,
    pub lock: LockFile,
    pub upgraded: bool,
}

impl Stamp {
    /// The publications as `candor.lock` records them, without a new one. What `review` and
    /// `diff` compare with.
    pub fn recorded(&self) -> &[Publication] {
        match self.publishing.is_new() {
            true => &self.history[..self.history.len() - 1],
            false => &self.history,
        }
    }

    /// The id of the publication its pages state, made by this run or the last recorded, as
    /// the archive names it (`2026-11-30-2` for the day's second: qa82, qa148).
    pub fn latest_id(&self) -> String {
        ids(&self.history)
            .last()
            .map_or_else(|| self.date.to_string(), |id| id.to_string())
    }

    /// The id of the publication this run makes, recorded or previewed, which `candor.lock` did
    /// not hold before it ([`recorded`](Stamp::recorded) leaves it out); `None` where it makes
    /// none. The publication `review` reviews, when there is one to make.
    pub fn unrecorded(&self) -> Option<PublicationId> {
        match self.publishing.is_new() {
            true => ids(&self.history).last().copied(),
            false => None,
        }
    }

    /// The words of `lang` the last recorded publication's pages spoke as `candor.lock` records
    /// them: a revision this run only previews is not one of them. What `review` compares with.
    pub fn recorded_words(&self, lang: &str) -> Option<&Arc<BTreeMap<String, String>>> {
        let (last, revisions) = self.recorded_revisions()?;
        last.words_through(revisions, lang)
    }

    /// The messages of `lang` the last recorded publication's pages marked stale, as
    /// [`recorded_words`](Stamp::recorded_words); `None` where that was not recorded.
    pub fn recorded_stale(&self, lang: &str) -> Option<&BTreeSet<String>> {
        let (last, revisions) = self.recorded_revisions()?;
        last.stale_through(revisions, lang)
    }

    /// The last recorded publication, and how many of its revisions `candor.lock` records.
    pub fn recorded_revisions(&self) -> Option<(&Publication, usize)> {
        let last = self.recorded().last()?;
        let revisions = match self.publishing {
            Publishing::RevisionPreviewed => last.revisions.len().saturating_sub(1),
            _ => last.revisions.len(),
        };
        Some((last, revisions))
    }

    /// The languages whose revision this run recorded in `candor.lock`.
    pub fn revised(&self) -> Vec<&str> {
        match (self.publishing, self.history.last()) {
            (Publishing::Revised, Some(last)) => last
                .revisions
                .last()
                .map(|r| r.languages().map(String::as_str).collect())
                .unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    /// The text of the lock file that records `history` ([`lock_toml`]), with only the texts
    /// some publication refers to.
    pub fn lock_toml(&self) -> String {
        let used: std::collections::BTreeSet<&String> = self
            .history
            .iter()
            .flat_map(|p| {
                let revised = p.revisions.iter().flat_map(|r| r.translations.values());
                p.translations.values().chain(revised)
            })
            .flat_map(|ids| ids.values())
            .collect();
        let texts = self
            .texts
            .iter()
            .filter(|(fp, _)| used.contains(fp))
            .map(|(fp, text)| (fp.as_str(), text.as_str()))
            .collect();
        lock_toml(&self.history, &texts)
    }
}

/// How a build treats a change that is not yet recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recording {
    /// Record a new publication made `now` (`candor build`).
    Record { now: jiff::Timestamp },
    /// Fail instead (`candor build --locked`, for CI).
    Locked,
    /// Show what the date would be, record nothing (`candor check`).
    Preview { now: jiff::Timestamp },
}

impl Recording {
    /// Today (UTC) for a build under this recording: the day of `now`, or for `--locked` of
    /// [`publication_time`]. What was announced for a day since the last publication is told
    /// by it.
    pub fn today(self) -> Option<jiff::civil::Date> {
        match self {
            Recording::Record { now } | Recording::Preview { now } => Some(now),
            Recording::Locked => publication_time().ok(),
        }
        .map(|now| When::at(now).date)
    }
}

/// The moment of a new publication: `SOURCE_DATE_EPOCH` when set (reproducible builds), else
/// now. The variable must be what `date +%s` prints: seconds since 1970, and a date that a lock
/// file can hold (up to the year 9999).
pub fn publication_time() -> Result<jiff::Timestamp, String> {
    let timestamp = match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(v) => {
            let secs: i64 = v.trim().parse().map_err(|_| {
                format!("SOURCE_DATE_EPOCH must be a number of seconds since 1970 (as `date +%s` prints it), not `{v}`")
            })?;
            // The last moment a date can be told of (late on 30 December 9999).
            let last = jiff::Timestamp::MAX.as_second();
            if !(0..=last).contains(&secs) {
                return Err(format!(
                    "SOURCE_DATE_EPOCH `{v}` is out of range: it must be between 0 (1970) and {last} (late on 30 December 9999, UTC)"
                ));
            }
            jiff::Timestamp::from_second(secs)
                .map_err(|e| format!("SOURCE_DATE_EPOCH `{v}` is out of range: {e}"))?
        }
        // Not unset: a value that is no text at all is no number either (qa95).
        Err(std::env::VarError::NotUnicode(v)) => {
            return Err(format!(
                "SOURCE_DATE_EPOCH must be a number of seconds since 1970 (as `date +%s` prints it), not `{}`",
                v.to_string_lossy()
            ));
        }
        Err(std::env::VarError::NotPresent) => jiff::Timestamp::now(),
    };
    Ok(timestamp)
}

/// Parses `candor.lock`: one publication at a time where the file is laid out as candor
/// writes it ([`by_publication`]), or else as a whole, which reports any problem at its place.
fn parse(file: &Arc<SourceFile>) -> Result<StoredLock, Diagnostic> {
    match by_publication(&file.text) {
        Some(lock) => Ok(lock),
        None => fs::parse_toml(file),
    }
}

/// The lock read one part at a time: the lines before its first table, each publication (from
/// its `[[publication]]` line to the next), and the tables after the last. TOML parsed whole
/// holds about seventeen times the file's size in memory at once, and the file grows with
/// every publication; in parts it holds one publication's worth.
///
/// `None` unless every part reads on its own, as what candor writes: then the parts mean what
/// the whole means. Each `[[publication]]` starts an entry, and the tables and keys after it
/// belong to that entry in the whole as in its part; a line that only looks like a table
/// (inside a multi-line string or list) leaves a part cut off mid-value, which does not read;
/// a table that is not where candor puts it leaves a key that its part does not take
/// (`deny_unknown_fields`). Anything else is parsed whole ([`parse`]), as it always was.
fn by_publication(text: &str) -> Option<StoredLock> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Head {
        version: u32,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Entries {
        #[serde(rename = "publication")]
        publications: Vec<StoredPublication>,
    }
    #[derive(Deserialize, Default)]
    #[serde(deny_unknown_fields)]
    struct Tail {
        #[serde(default, rename = "source-maps")]
        sources: Maps,
        #[serde(default, rename = "translation-maps")]
        maps: Maps,
        #[serde(default)]
        texts: BTreeMap<String, String>,
    }
    let layout = Layout::of(text)?;
    let Head { version } = toml::from_str(&text[layout.head]).ok()?;
    let mut publications = Vec::with_capacity(layout.publications.len());
    for part in layout.publications {
        let entries: Entries = toml::from_str(&text[part]).ok()?;
        publications.extend(entries.publications);
    }
    let Tail {
        sources,
        maps,
        texts,
    } = layout.tail.map_or(Some(Tail::default()), |tail| {
        toml::from_str(&text[tail]).ok()
    })?;
    Some(StoredLock {
        version,
        publications,
        sources,
        maps,
        texts,
    })
}

/// Where the parts of a lock laid out as candor writes it are ([`by_publication`]).
struct Layout {
    /// Before the first table: the comments and `version`.
    head: std::ops::Range<usize>,
    /// From each `[[publication]]` line to the next, or to the tail.
    publications: Vec<std::ops::Range<usize>>,
    /// From the first table that is not a publication's on.
    tail: Option<std::ops::Range<usize>>,
}

impl Layout {
    /// The parts of `text` by its lines that start with `[`, or `None` where a publication's
    /// table comes before the first publication or after the tail starts.
    fn of(text: &str) -> Option<Layout> {
        let mut starts = Vec::new();
        let mut tail = None;
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            let start = at;
            at += line.len();
            if !line.starts_with('[') {
                continue;
            }
            let header = line.trim_end();
            let of_publication =
                header.starts_with("[publication.") || header.starts_with("[[publication.");
            if header == "[[publication]]" && tail.is_none() {
                starts.push(start);
            } else if header == "[[publication]]" || of_publication {
                if starts.is_empty() || tail.is_some() {
                    return None;
                }
            } else if tail.is_none() {
                tail = Some(start);
            }
        }
        let end = tail.unwrap_or(text.len());
        let head = 0..starts.first().copied().unwrap_or(end);
        let publications = starts
            .iter()
            .enumerate()
            .map(|(i, &start)| start..starts.get(i + 1).copied().unwrap_or(end))
            .collect();
        Some(Layout {
            head,
            publications,
            tail: tail.map(|start| start..text.len()),
        })
    }
}

/// Reads `candor.lock` (absent: no publications yet) and checks that it was not edited: every
/// fingerprint matches its publication and the chain before it, dates run forward, and the
/// facts are valid. A version 1 file is checked by its own rules and upgraded in memory.
pub fn read(root: &Path, diags: &mut Diagnostics) -> Option<Read> {
    let path = root.join(FILE);
    if std::fs::symlink_metadata(&path).is_err() {
        return Some(Read {
            file: None,
            lock: LockFile {
                version: VERSION,
                publications: Vec::new(),
                texts: BTreeMap::new(),
            },
            upgraded: false,
        });
    }
    let if_empty = "candor.lock is the record of every publication, which `candor build` \
                    writes: restore it from version control; remove it only to start a new history";
    let file = fs::read_source(root, &path, if_empty, &fs::Limit::ANY)
        .map_err(|d| diags.push(d))
        .ok()?;
    // Written by candor only: one that does not parse was cut short or edited by hand.
    let stored = parse(&file)
        .map_err(|mut d| {
            // Not the advice for a file people write: this one they do not.
            d.help = Some(if crate::text::conflict_marker(&file.text).is_some() {
                "candor.lock is the record of what was published, and two records cannot be \
                 merged line by line: keep whole the one of the branch that was deployed \
                 (merging into it, `git checkout --ours candor.lock`; merging it into yours, or \
                 rebasing onto it, `--theirs`), then build, which records what the merge \
                 changed; `candor check --published` with the deployed history.json tells \
                 whether the lock kept holds all it published"
                    .into()
            } else {
                "candor.lock is written by candor alone, and this one was cut short or edited: \
                 restore it from version control"
                    .into()
            });
            diags.push(d)
        })
        .ok()?;
    let errors_before = diags.error_count();
    let told = Told { file: &file };
    if !(1..=VERSION).contains(&stored.version) {
        diags.push(
            Diagnostic::error(format!(
                "`{FILE}` has version {}, this candor reads versions 1 to {VERSION}",
                stored.version
            ))
            .in_file(&file)
            .with_help("use the candor that wrote it, or a newer one"),
        );
        return None;
    }
    stored.check_kept(|what, fp, context| {
        let d = told.edited(what);
        // At its key, in the one place the file holds it as a key.
        let key = unique(&file.text, &context).and_then(|span| {
            let start = span.start + context.find(fp)?;
            Some(start..start + fp.len())
        });
        diags.push(match key {
            Some(span) => d.at(&file, span, "its fingerprint"),
            None => d,
        })
    });
    let mut lock = LockFile::try_from(stored)
        .map_err(|why| diags.push(told.edited(why)))
        .ok()?;
    let upgraded = lock.version == 1;
    let mut chain = Chain::new(lock.version, upgraded);
    for at in 0..lock.publications.len() {
        let (before, rest) = lock.publications.split_at_mut(at);
        chain.follow(&mut rest[0], before, &told, diags);
    }
    for (fp, text) in &lock.texts {
        if let Some((_, found)) = crate::text::find_forbidden(text).next() {
            diags.push(told.edited(format!(
                "the translated text `{fp}` in `{FILE}` contains {found}, {}",
                found.kind.describe()
            )));
        }
    }
    // The labels each publication's pages showed, read in order.
    let mut statements = Statements::default();
    for p in &lock.publications {
        if let Ok(model) = p.snapshot.model() {
            statements.add(model, p.date);
        }
        p.snapshot.see_statements(&statements, p.date);
    }
    lock.version = VERSION;
    (diags.error_count() == errors_before).then_some(Read {
        file: Some(file.name.clone()),
        lock,
        upgraded,
    })
}

/// How [`read`] tells an edit of `candor.lock`: at the record edited, where the file holds
/// what names it once.
struct Told<'f> {
    file: &'f Arc<SourceFile>,
}

impl Told<'_> {
    /// An edit of the file, told at no place in it.
    fn edited(&self, what: String) -> Diagnostic {
        Diagnostic::error(what)
            .in_file(self.file)
            .with_help("the lock file was edited by hand; restore it from version control")
    }

    /// An edit of the publication made `when`: told at its date, or its time where the file
    /// holds the date more than once (two publications of a day).
    fn publication(&self, when: When, what: String) -> Diagnostic {
        let line = |key: &str, value: String| {
            let line = format!("\n{key} = {value}\n");
            // The value, after the line's `\n{key} = `.
            unique(&self.file.text, &line).map(|span| span.start + key.len() + 4..span.end - 1)
        };
        let place =
            line("date", when.date.to_string()).or_else(|| line("time", when.time?.to_string()));
        match place {
            Some(span) => self.edited(what).at(self.file, span, "this publication"),
            None => self.edited(what),
        }
    }

    /// `d`, told at the fingerprint a record holds, where the file holds it once.
    fn at_recorded(&self, d: Diagnostic, recorded: &str) -> Diagnostic {
        let recorded = format!("fingerprint = \"{recorded}\"");
        match unique(&self.file.text, &recorded) {
            Some(span) => d.at(
                self.file,
                span.start + "fingerprint = ".len()..span.end,
                "recorded",
            ),
            None => d,
        }
    }
}

/// The chain [`read`] follows through `candor.lock`, publication after publication: what each
/// must come after, and the fingerprints it may follow.
struct Chain {
    /// Whether the file is of version 1, whose publications are checked by its own rules.
    upgraded: bool,
    /// Whether the file is of version 5 or later: only such a file holds records of version 5
    /// (a publication covering its translations, a revision's fingerprint), and in it every
    /// revision has its fingerprint.
    records_translations: bool,
    /// The file's version, for what is told of a record it cannot hold.
    version: u32,
    /// When the publication before was made.
    previous: Option<When>,
    /// The fingerprints a publication may follow, each as recorded and as recomputed: the
    /// publication before's own (which one recorded before version 5 follows), and the last of
    /// it and its revisions (which one since follows, [`Publication::follows`]). Each is checked
    /// against the one before it as recorded, so that an edit is told at the record edited,
    /// not at every one after it too; where that one was edited, against the one it should
    /// have.
    before_own: Option<Link>,
    before_head: Option<Link>,
    /// Whether a publication before covered translations: every one after must.
    sealed: bool,
    /// The last revision of the publication before, which the next must not precede.
    revised_before: Option<jiff::Timestamp>,
}

impl Chain {
    fn new(version: u32, upgraded: bool) -> Chain {
        Chain {
            upgraded,
            records_translations: version >= 5,
            version,
            previous: None,
            before_own: None,
            before_head: None,
            sealed: false,
            revised_before: None,
        }
    }

    /// Checks `p`, which comes after the publications `before`, and its revisions: that they
    /// come in order and each matches its fingerprint following the one before it, and that its
    /// facts are valid. Each fingerprint is set to what it recomputes to, so that an edit is
    /// told once, at its record.
    fn follow(
        &mut self,
        p: &mut Publication,
        before: &[Publication],
        told: &Told,
        diags: &mut Diagnostics,
    ) {
        let when = p.when();
        let date = when.date;
        if let Some(time) = when.time
            && time.to_zoned(jiff::tz::TimeZone::UTC).date() != date
        {
            diags.push(told.publication(
                when,
                format!(
                    "the publication of {date} in `{FILE}` was recorded at {time}, on another day"
                ),
            ));
        }
        if let Some(b) = &self.previous
            && (date < b.date || when.time.zip(b.time).is_some_and(|(t, b)| t < b))
        {
            diags.push(told.publication(
                when,
                format!(
                    "the publication of {date} in `{FILE}` comes after that of {}",
                    b.date
                ),
            ));
        }
        let own = self.fingerprint(p, before.is_empty(), told, diags);
        let model_before = before.last().and_then(|b| b.snapshot.model().ok());
        if let Err(why) = p.snapshot.model_after(model_before) {
            diags.push(told.publication(
                when,
                format!(
                    "the publication of {date} in `{FILE}` holds facts that are not valid: {why}"
                ),
            ));
        }
        // By its time, or for one recorded without, by its date.
        let precedes = |r: &jiff::Timestamp| match when.time {
            Some(t) => t < *r,
            None => date < When::at(*r).date,
        };
        if let Some(revised) = self.revised_before.filter(precedes) {
            diags.push(told.publication(
                when,
                format!(
                    "the publication of {date} in `{FILE}` comes before the revision of a translation recorded at {revised}"
                ),
            ));
        }
        let head = self.revisions(p, own.clone(), told, diags);
        self.revised_before = p.revisions.last().map(|r| r.time);
        self.previous = Some(when);
        self.before_own = Some(own);
        self.before_head = Some(head);
    }

    /// Checks `p`'s fingerprint against what it covers following the chain before it
    /// (`first`: there is none), sets what it covers ([`Covers`]) and its fingerprint as
    /// recomputed, and returns both fingerprints.
    fn fingerprint(
        &mut self,
        p: &mut Publication,
        first: bool,
        told: &Told,
        diags: &mut Diagnostics,
    ) -> Link {
        let when = p.when();
        let date = when.date;
        // Made once, and only where a form that holds it is tried: it hashes every
        // translation's list of messages.
        let seal = std::cell::OnceCell::new();
        let hashes = |covers: Covers, follows: Option<&str>| {
            let seal = (covers == Covers::Translations)
                .then(|| seal.get_or_init(|| TranslationSeal::of(&p.translations, &p.stale)));
            fingerprint(when, follows, &p.snapshot, seal)
        };
        let link = |covers: Covers| match covers {
            Covers::Translations => self.before_head.as_ref(),
            Covers::Source => self.before_own.as_ref(),
        };
        // What its fingerprint covers is what it was recorded with, which the fingerprint
        // tells; once one covered translations, every one after must.
        let candidates: &[Covers] = if self.upgraded {
            &[]
        } else if !self.records_translations {
            &[Covers::Source]
        } else if self.sealed {
            &[Covers::Translations]
        } else {
            &[Covers::Translations, Covers::Source]
        };
        let found = (candidates.iter().copied())
            .find(|&covers| Link::accepts(link(covers), &p.fingerprint, |f| hashes(covers, f)));
        let matches = match self.upgraded {
            true => p.snapshot.fingerprint_v1() == p.fingerprint,
            false => found.is_some(),
        };
        if !matches {
            diags.push(told.at_recorded(
                told.publication(
                    when,
                    format!("the publication of {date} in `{FILE}` does not match its fingerprint"),
                ),
                &p.fingerprint,
            ));
        }
        let covers = found.unwrap_or(match self.sealed {
            true => Covers::Translations,
            false => Covers::Source,
        });
        if covers == Covers::Translations {
            // A first publication recorded since version 5 gave notice, as every one does.
            let said = match (p.first_notice, first) {
                (false, true) => Some(
                    "says it gave no notice, where every first publication recorded with its translations gives one",
                ),
                (true, false) => Some("says it gave a first notice, and is not the first"),
                _ => None,
            };
            if let Some(said) = said {
                diags.push(told.publication(
                    when,
                    format!("the publication of {date} in `{FILE}` {said}"),
                ));
            }
        }
        let chained = hashes(covers, link(covers).map(|l| l.computed.as_str()));
        self.sealed |= covers == Covers::Translations;
        p.covers = covers;
        Link {
            recorded: std::mem::replace(&mut p.fingerprint, chained.clone()),
            computed: chained,
        }
    }

    /// Checks that `p`'s revisions come after it, in order (the next publication's place in
    /// the order is checked as it comes), and that each recorded since version 5 follows the
    /// fingerprint before it, `own` the publication's; sets each one's fingerprint as
    /// recomputed, and returns the last of the chain.
    fn revisions(
        &self,
        p: &mut Publication,
        own: Link,
        told: &Told,
        diags: &mut Diagnostics,
    ) -> Link {
        let when = p.when();
        let date = when.date;
        let mut since = when;
        let mut head = own;
        for r in &mut p.revisions {
            let at = When::at(r.time);
            if at.date < since.date || since.time.is_some_and(|t| r.time < t) {
                diags.push(told.publication(
                    when,
                    format!(
                        "a revision of the publication of {date} in `{FILE}` was recorded at {}, before {}",
                        r.time,
                        since.time.map_or_else(|| since.date.to_string(), |t| t.to_string())
                    ),
                ));
            }
            since = at;
            let seal = r.seal();
            let hashes = |follows: Option<&str>| {
                revision_fingerprint(follows.unwrap_or_default(), r.time, &seal)
            };
            let computed = hashes(Some(&head.computed));
            let recorded = std::mem::replace(&mut r.fingerprint, computed.clone());
            let which = format!(
                "the revision of the publication of {date} recorded at {} in `{FILE}`",
                r.time
            );
            head = match (recorded.is_empty(), self.records_translations) {
                // Recorded before version 5, which gave no revision a fingerprint: it has one
                // from now on, made of what the record holds.
                (true, false) => Link {
                    recorded: computed.clone(),
                    computed,
                },
                (true, true) => {
                    diags.push(told.publication(when, format!("{which} has no fingerprint")));
                    Link {
                        recorded: computed.clone(),
                        computed,
                    }
                }
                (false, false) => {
                    diags.push(told.at_recorded(
                        told.publication(
                            when,
                            format!(
                                "{which} has a fingerprint, which no file of version {} holds",
                                self.version
                            ),
                        ),
                        &recorded,
                    ));
                    Link { recorded, computed }
                }
                (false, true) => {
                    if !Link::accepts(Some(&head), &recorded, hashes) {
                        diags.push(told.at_recorded(
                            told.publication(
                                when,
                                format!("{which} does not match its fingerprint"),
                            ),
                            &recorded,
                        ));
                    }
                    Link { recorded, computed }
                }
            };
        }
        head
    }
}

/// A fingerprint a record follows, as the file records it and as recomputed from what came
/// before it.
#[derive(Clone)]
struct Link {
    recorded: String,
    computed: String,
}

impl Link {
    /// Whether `recorded`, a record's fingerprint, is what `hashes` makes of it following
    /// `link` (none for the first record): as recorded, or where that was edited, as
    /// recomputed.
    fn accepts(
        link: Option<&Link>,
        recorded: &str,
        hashes: impl Fn(Option<&str>) -> String,
    ) -> bool {
        match link {
            None => hashes(None) == recorded,
            Some(l) => {
                hashes(Some(&l.recorded)) == recorded
                    || (l.recorded != l.computed && hashes(Some(&l.computed)) == recorded)
            }
        }
    }
}

/// Decides the stamp for `snapshot`: the last publication's date if nothing changed, otherwise
/// a new publication dated `today` (recorded, or only previewed), or an error with `--locked`;
/// where only translations changed, a [`Revision`] of the last publication, its date kept. The
/// texts of `translations` are made only for a record that keeps them: they copy and
/// fingerprint every translated message of every language.
pub fn stamp(
    read: Read,
    snapshot: Snapshot,
    translations: Translations,
    recording: Recording,
    diags: &mut Diagnostics,
) -> Option<Stamp> {
    let Read {
        file: lock_file,
        lock,
        upgraded,
    } = read;
    let lock_file = lock_file.as_deref();
    let in_lock = |d: Diagnostic| match lock_file {
        Some(f) => d.in_file_named(f),
        None => d,
    };
    let mut history = lock.publications;
    let mut texts = lock.texts;
    // What its pages would show today, of the labels ([`Snapshot::labels`]): on the day a
    // locked build is made, which publishes nothing new.
    let snapshot = match recording.today() {
        Some(today) => snapshot.after(&history, today),
        None => snapshot,
    };
    let Translations {
        fingerprints,
        stale,
        texts: translated,
        parents,
    } = translations;
    if let Some(last) = history
        .last_mut()
        .filter(|p| p.snapshot.publishes_the_same(&snapshot))
    {
        if upgraded && recording == Recording::Locked {
            diags.push(in_lock(Diagnostic::warning(format!("`{FILE}` is in an older version, whose fingerprints do not cover the dates of the publications"))
                .with_help("run `candor build` once and commit the rewritten candor.lock")));
        }
        let date = last.date;
        let revised = revised_since(last, &fingerprints, &stale, &parents, &texts, translated);
        let publishing = if revised.is_empty() {
            if upgraded && matches!(recording, Recording::Record { .. }) {
                Publishing::Upgraded
            } else {
                Publishing::Unchanged
            }
        } else {
            let (now, publishing) = match recording {
                Recording::Locked => {
                    let languages: Vec<String> =
                        revised.languages().map(|l| format!("`{l}`")).collect();
                    diags.push(in_lock(Diagnostic::error(format!(
                        "the pages in {} now show words (or sections marked stale) that `{FILE}` does not record, and --locked forbids recording a revision",
                        languages.join(", ")
                    ))
                    .with_help("run `candor build` without --locked and commit the updated candor.lock")));
                    return None;
                }
                Recording::Preview { now } => (When::at(now), Publishing::RevisionPreviewed),
                Recording::Record { now } => (When::at(now), Publishing::Revised),
            };
            // Previewed too: `check` and `diff` refuse what `build` would (qa74).
            if !follows("the translation's revision", now, last.last_time(), diags)
                || !dated_today("the translation's revision", now, diags)
            {
                return None;
            }
            let time = now.time.expect("a moment made `at` a time has one");
            last.revisions.push(Revision {
                time,
                fingerprint: revision_fingerprint(last.head(), time, &revised.seal()),
                ..revised
            });
            for (fp, text) in translated() {
                texts.entry(fp).or_insert(text);
            }
            publishing
        };
        return Some(Stamp {
            date,
            history,
            publishing,
            texts,
        });
    }
    let (now, publishing) = match recording {
        Recording::Locked => {
            let said = match (lock_file, history.is_empty()) {
                (None, _) => format!(
                    "no publication is recorded: `{FILE}` does not exist, and --locked forbids recording the first"
                ),
                (Some(_), true) => format!(
                    "no publication is recorded in `{FILE}`, and --locked forbids recording the first"
                ),
                (Some(_), false) => format!(
                    "the site has changed since the last publication recorded in `{FILE}`, and --locked forbids recording a new one"
                ),
            };
            let help = if history.is_empty() {
                "run `candor build` without --locked where you publish, and commit candor.lock and locales/*/translated-from.toml"
            } else {
                "`candor diff` shows what changed; to publish it, run `candor build` without --locked where you publish, and commit the updated candor.lock"
            };
            diags.push(in_lock(Diagnostic::error(said).with_help(help)));
            return None;
        }
        Recording::Preview { now } => (When::at(now), Publishing::Previewed),
        Recording::Record { now } => (When::at(now), Publishing::Recorded),
    };
    if let Some(last) = history.last()
        && !follows("the new publication", now, last.last_time(), diags)
    {
        return None;
    }
    // Previewed too: `check` and `diff` refuse what `build` would (qa74).
    if !dated_today("the new publication", now, diags) {
        return None;
    }
    // Every change is its own publication, a second one on the same day included: what was
    // published in the morning stays in the record.
    let previous = history.last().map(Publication::head);
    let first_notice = history.is_empty();
    let seal = TranslationSeal::of(&fingerprints, &stale);
    history.push(Publication {
        date: now.date,
        time: now.time,
        fingerprint: fingerprint(now, previous, &snapshot, Some(&seal)),
        covers: Covers::Translations,
        snapshot,
        translations: fingerprints,
        stale,
        revisions: Vec::new(),
        first_notice,
    });
    // The words of the translations it records, each kept once.
    for (fp, text) in translated() {
        texts.entry(fp).or_insert(text);
    }
    Some(Stamp {
        date: now.date,
        history,
        publishing,
        texts,
    })
}

/// What of the translations differs from what `last`'s pages last showed: the words of each
/// one revised or added since, and which of its messages are stale, where `last` recorded
/// that (or the language's words changed too). Nothing where `last` did not record its
/// translations (an older candor kept none, so nothing is known to have changed).
fn revised_since(
    last: &Publication,
    words: &BTreeMap<String, Arc<BTreeMap<String, String>>>,
    stale: &BTreeMap<String, BTreeSet<String>>,
    parents: &BTreeMap<String, String>,
    recorded: &BTreeMap<String, String>,
    translated: &dyn Fn() -> BTreeMap<String, String>,
) -> Revision {
    let mut revised = Revision {
        time: jiff::Timestamp::UNIX_EPOCH,
        fingerprint: String::new(),
        translations: BTreeMap::new(),
        stale: BTreeMap::new(),
    };
    if !last.recorded_translations() {
        return revised;
    }
    // Today's translated texts, by fingerprint: made only where a language's words differ.
    let today = std::cell::OnceCell::new();
    // A language and the languages it takes words from, itself first: a region, its parent.
    let chain = |lang: &str| -> Vec<String> {
        let mut chain = vec![lang.to_string()];
        while let Some(parent) = parents.get(chain.last().expect("never empty")) {
            if chain.contains(parent) {
                break;
            }
            chain.push(parent.clone());
        }
        chain
    };
    // The words a language's page shows, as `of` gives each language's own: a region's over
    // its parent's (qa54: a regional term that only its parent's messages use).
    /// A language's own words, by message id to fingerprint.
    type Own = Option<Arc<BTreeMap<String, String>>>;
    let page_words = |lang: &str, of: &dyn Fn(&str) -> Own| {
        let mut words = BTreeMap::new();
        for tag in chain(lang).iter().rev() {
            for (id, fp) in of(tag).iter().flat_map(|w| w.iter()) {
                words.insert(id.clone(), fp.clone());
            }
        }
        words
    };
    // Whether the page of `lang` shows what it showed: a label of no fact the publication
    // names is on none of its pages.
    let labels = last.snapshot.labels();
    let page_reads_the_same = |lang: &str| {
        let today: &BTreeMap<String, String> = today.get_or_init(translated);
        let texts = |words: BTreeMap<String, String>| -> Option<BTreeMap<String, String>> {
            (words.into_iter())
                .map(|(id, fp)| Some((id, recorded.get(&fp).or(today.get(&fp))?.clone())))
                .collect()
        };
        let was = page_words(lang, &|tag| last.words(tag).cloned());
        let now = page_words(lang, &|tag| words.get(tag).cloned());
        match (texts(was), texts(now)) {
            (Some(was), Some(now)) => shown::publish_the_same_words(&was, &now, labels),
            _ => false,
        }
    };
    // Words that differ but show what they showed (a translation rewritten as a term, or
    // `{ "Wer" }`) are no revision, which the page would tell as one (qa53): on its own page,
    // and on each region's that shows them, read with the region's terms (qa55). A region's
    // own words that gain or lose a message are always one: its record must hold what it
    // overrides of its parent's, which the parent's revisions are told by (qa55).
    let read_the_same = |lang: &str,
                         was: &BTreeMap<String, String>,
                         now: &BTreeMap<String, String>| {
        // (A label of no fact is shown nowhere: qa109.)
        let shown = |id: &&String| shown::on_page(id, labels);
        if parents.contains_key(lang) && !was.keys().filter(shown).eq(now.keys().filter(shown)) {
            return false;
        }
        let regions = words
            .keys()
            .filter(|tag| chain(tag).iter().skip(1).any(|t| t == lang));
        page_reads_the_same(lang) && regions.into_iter().all(|r| page_reads_the_same(r))
    };
    let differ: Vec<(&String, &Arc<BTreeMap<String, String>>)> = (words.iter())
        .filter(|(lang, words)| !last.words(lang).is_some_and(|w| same_published(w, words)))
        .collect();
    let revising: BTreeSet<&String> = (differ.iter())
        .filter(|(lang, words)| {
            !last
                .words(lang)
                .is_some_and(|w| read_the_same(lang, w, words))
        })
        .map(|(lang, _)| *lang)
        .collect();
    // A region's page shows its words over its parent's: where one of them is recorded, each
    // of the family whose words differ is recorded with it, so that the record holds the words
    // each page shows together, not a pair no page showed (qa56).
    let root = |lang: &str| chain(lang).pop().expect("never empty");
    let roots: BTreeSet<String> = revising.iter().map(|lang| root(lang)).collect();
    revised.translations = (differ.into_iter())
        .filter(|(lang, _)| revising.contains(lang) || roots.contains(&root(lang)))
        .map(|(lang, words)| (lang.clone(), Arc::clone(words)))
        .collect();
    let kept_stale = !last.stale.is_empty() || last.revisions.iter().any(|r| !r.stale.is_empty());
    revised.stale = stale
        .iter()
        .filter(|(lang, ids)| {
            revised.translations.contains_key(*lang)
                || (kept_stale
                    && !last.stale_now(lang).is_some_and(|was| {
                        // What a page marks stale: its messages (a stale term makes the
                        // messages that show it stale too, as their source does). A term no
                        // page shows, stale, revises nothing (qa61), nor does a label of no
                        // fact (qa108).
                        let published =
                            |id: &&String| !id.starts_with('-') && shown::on_page(id, labels);
                        was.iter()
                            .filter(published)
                            .eq(ids.iter().filter(published))
                    }))
        })
        .map(|(lang, ids)| (lang.clone(), ids.clone()))
        .collect();
    revised
}

impl Revision {
    /// What its fingerprint covers: the words and stale messages of the languages it revised.
    pub fn seal(&self) -> TranslationSeal {
        TranslationSeal::of(&self.translations, &self.stale)
    }

    /// Whether it revises nothing.
    fn is_empty(&self) -> bool {
        self.translations.is_empty() && self.stale.is_empty()
    }

    /// The languages it revises, in order.
    fn languages(&self) -> impl Iterator<Item = &String> {
        let revised: BTreeSet<&String> =
            self.translations.keys().chain(self.stale.keys()).collect();
        revised.into_iter()
    }
}

/// The variable that sets the clock [`dated_today`] holds a publication to, in seconds since
/// 1970: for tests, which publish on days to come and gone.
pub const CLOCK_FOR_TESTS: &str = "CANDOR_NOW_FOR_TESTS";

/// Whether `what`, to be recorded `now`, is dated today by this machine's clock, give or take a
/// day for time zones; an error if it is not. A publication is dated the day it is made, and
/// only `SOURCE_DATE_EPOCH` dates it otherwise. One recorded ahead (qa73: a digit too many, the
/// year 2539) would date every page falsely, and every later publication would have to come
/// after it; one recorded behind (qa97: the 0 or the 315532800 of 1980 that a Nix shell
/// exports, or a commit's time set by CI) would date the pages, the change log and the start
/// of every notice period falsely, for good.
fn dated_today(what: &str, now: When, diags: &mut Diagnostics) -> bool {
    let clock = std::env::var(CLOCK_FOR_TESTS)
        .ok()
        .and_then(|v| jiff::Timestamp::from_second(v.trim().parse().ok()?).ok())
        .unwrap_or_else(jiff::Timestamp::now);
    let today = When::at(clock).date;
    let (Ok(yesterday), Ok(tomorrow)) = (today.yesterday(), today.tomorrow()) else {
        return true;
    };
    let (side, day, help) = if now.date > tomorrow {
        (
            "after tomorrow",
            tomorrow,
            "a publication is dated the day it is made: check SOURCE_DATE_EPOCH (`date +%s` \
             prints the right one) and the system clock; recorded ahead, it would date every \
             page falsely, and every later publication would have to come after it",
        )
    } else if now.date < yesterday {
        (
            "before yesterday",
            yesterday,
            "a publication is dated the day it is made: unset SOURCE_DATE_EPOCH (a shell or a CI \
             job may set it, to a commit's time or, as Nix does, to 1980) or set it to now \
             (`date +%s`); recorded in the past, the pages, the change log, the feed and every \
             notice period would count from a day it was not published",
        )
    } else {
        return true;
    };
    diags.push(
        Diagnostic::error(format!(
            "{what} would be dated {}, {side} ({day}) by this machine's clock",
            now.date
        ))
        .with_help(help),
    );
    false
}

/// Whether `what`, recorded `now`, comes after the history's `last` moment (and what that was);
/// an error if not.
fn follows(what: &str, now: When, (last, was): (When, &str), diags: &mut Diagnostics) -> bool {
    if now.date > last.date
        || (now.date == last.date && now.time.zip(last.time).is_none_or(|(n, l)| n >= l))
    {
        return true;
    }
    let (new, last) = match (now.time, last.time) {
        (Some(n), Some(l)) if now.date == last.date => (n.to_string(), l.to_string()),
        _ => (now.date.to_string(), last.date.to_string()),
    };
    diags.push(
        Diagnostic::error(format!("{what}, {new}, would come before {was}, {last}"))
            .with_help("check SOURCE_DATE_EPOCH and the system clock"),
    );
    false
}

/// The example's last recorded publication, as a model: for the tests of what reads a history.
#[cfg(test)]
pub fn example_model() -> Model {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = read(root, &mut Diagnostics::default()).expect("the example's candor.lock reads");
    let last = (read.lock.publications.last()).expect("it records publications");
    last.snapshot.model().expect("its facts read").clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example's `candor.lock` as version 3 wrote it, before its rewrite in version 4.
    const V3_EXAMPLE: &str = include_str!("../../tests/fixtures/lock-v3/candor.lock");

    #[test]
    fn a_source_text_left_as_it_was_is_stored_once_however_many_publications_share_it() {
        let words =
            |title: &str| BTreeMap::from([("title".to_string(), format!("title = {title}"))]);
        let publication = |day: i8, title: &str| Publication {
            date: jiff::civil::date(2026, 1, day),
            time: None,
            fingerprint: format!("f{day}"),
            covers: Covers::Source,
            snapshot: Snapshot::new(serde_json::json!({ "day": day }), words(title)),
            translations: BTreeMap::new(),
            stale: BTreeMap::new(),
            revisions: Vec::new(),
            first_notice: false,
        };
        let lock = LockFile {
            version: VERSION,
            publications: vec![
                publication(1, "Hi"),
                publication(2, "Hi"),
                publication(3, "Hello"),
            ],
            texts: BTreeMap::new(),
        };
        let text = written(&lock);
        assert_eq!(text, toml::to_string_pretty(&lock).unwrap());
        assert_eq!(text.matches("[source-maps.").count(), 2, "{text}");
        assert_eq!(text.matches("title = \"title = Hi\"").count(), 1, "{text}");
        assert_eq!(text.matches("source = \"sha256:").count(), 3, "{text}");
        let back: LockFile = toml::from_str(&text).unwrap();
        let snapshots: Vec<&Snapshot> = back.publications.iter().map(|p| &p.snapshot).collect();
        for (read, made) in snapshots.iter().zip(&lock.publications) {
            assert!(**read == made.snapshot);
        }
        // Read as one map for the two that share it.
        assert!(snapshots[1].shares_source(snapshots[0]));
        assert!(!snapshots[2].shares_source(snapshots[1]));
        assert_eq!(parse_text(&text), (Ok(format!("{back:?}")), true));

        // A map named and not kept is refused, naming it.
        let mut table: toml::Table = text.parse().unwrap();
        table.remove("source-maps");
        let why = toml::from_str::<LockFile>(&toml::to_string(&table).unwrap())
            .unwrap_err()
            .to_string();
        assert!(why.contains("which `[source-maps]` does not hold"), "{why}");
    }

    #[test]
    fn the_example_s_version_3_file_reads_as_its_version_4_rewrite() {
        // The example's lock as version 4 first wrote it (its last publication was recorded
        // again since, with new words).
        const V4_REWRITE: &str = include_str!("../../tests/fixtures/lock-v3/rewritten-as-v4.lock");
        let v3: LockFile = toml::from_str(V3_EXAMPLE).unwrap();
        let v4: LockFile = toml::from_str(V4_REWRITE).unwrap();
        assert_eq!((v3.version, v4.version), (3, 4));
        assert_eq!(
            format!("{:?}", v3.publications),
            format!("{:?}", v4.publications)
        );
        assert_eq!(v3.texts, v4.texts);
        assert!(V3_EXAMPLE.contains("\n[publication.snapshot.source]\n"));
        // Version 3 held the words in each publication; consecutive equal ones are read as one
        // map, as version 4 keeps them.
        for lock in [&v3, &v4] {
            let p = &lock.publications;
            assert_eq!(p[0].snapshot.source(), p[1].snapshot.source());
            assert!(p[1].snapshot.shares_source(&p[0].snapshot));
            assert!(!p[2].snapshot.shares_source(&p[1].snapshot));
        }
        // The rewrite is what candor writes for the history version 3 held, in today's version
        // (which holds a version 4 file's records as they were).
        assert!(
            V4_REWRITE
                .replace("\nversion = 4\n", "\nversion = 5\n")
                .ends_with(&written(&v3))
        );
    }

    #[test]
    fn the_canonical_form_is_sorted_compact_json_as_documented() {
        let snapshot = Snapshot::new(
            serde_json::json!({"z": 1, "a": {"y": "ü", "b": [true, null]}}),
            BTreeMap::from([("title".to_string(), "title = Hi".to_string())]),
        );
        let date = jiff::civil::date(2026, 1, 2);
        let day = |date| When { date, time: None };
        let bytes = canonical(day(date), Some("sha256:00"), &snapshot, None);
        assert_eq!(
            String::from_utf8(bytes.clone()).unwrap(),
            r#"{"date":"2026-01-02","previous":"sha256:00","snapshot":{"facts":{"a":{"b":[true,null],"y":"ü"},"z":1},"source":{"title":"title = Hi"}}}"#
        );
        assert_eq!(
            fingerprint(day(date), Some("sha256:00"), &snapshot, None),
            sha256(&bytes)
        );
        assert_ne!(
            fingerprint(day(date), None, &snapshot, None),
            fingerprint(day(jiff::civil::date(2026, 1, 3)), None, &snapshot, None),
            "the date is covered"
        );
        let timed = When::at("2026-01-02T09:41:07Z".parse().unwrap());
        assert_eq!(
            String::from_utf8(canonical(timed, None, &snapshot, None)).unwrap(),
            r#"{"date":"2026-01-02","previous":null,"snapshot":{"facts":{"a":{"b":[true,null],"y":"ü"},"z":1},"source":{"title":"title = Hi"}},"time":"2026-01-02T09:41:07Z"}"#,
            "a time, where there is one, is the last key"
        );
        assert_ne!(
            fingerprint(timed, None, &snapshot, None),
            fingerprint(
                When::at("2026-01-02T09:41:08Z".parse().unwrap()),
                None,
                &snapshot,
                None
            ),
            "the time is covered"
        );
    }

    #[test]
    fn a_fingerprint_since_version_5_covers_the_translations_and_a_revision_has_its_own() {
        let snapshot = Snapshot::new(serde_json::json!({}), BTreeMap::new());
        let at = When::at("2026-12-01T09:00:00Z".parse().unwrap());
        let words = Arc::new(BTreeMap::from([(
            "title".to_string(),
            "0123456789abcdef".to_string(),
        )]));
        let seal = TranslationSeal::of(
            &BTreeMap::from([("de".to_string(), words.clone())]),
            &BTreeMap::from([("de".to_string(), BTreeSet::from(["title".to_string()]))]),
        );
        let list = map_fingerprint(&words);
        assert_eq!(
            String::from_utf8(canonical(at, Some("sha256:00"), &snapshot, Some(&seal))).unwrap(),
            format!(
                r#"{{"date":"2026-12-01","previous":"sha256:00","snapshot":{{"facts":{{}},"source":{{}}}},"stale":{{"de":["title"]}},"time":"2026-12-01T09:00:00Z","translations":{{"de":"{list}"}}}}"#
            ),
            "the stale messages and each translation's list, by its fingerprint, in key order"
        );
        // Another word, another list, another fingerprint; so for the stale messages.
        let other = TranslationSeal::of(
            &BTreeMap::from([(
                "de".to_string(),
                Arc::new(BTreeMap::from([(
                    "title".to_string(),
                    "fedcba9876543210".to_string(),
                )])),
            )]),
            &seal.stale,
        );
        let none_stale = TranslationSeal {
            stale: BTreeMap::new(),
            ..seal.clone()
        };
        let of = |s: Option<&TranslationSeal>| fingerprint(at, None, &snapshot, s);
        assert_ne!(of(Some(&seal)), of(Some(&other)));
        assert_ne!(of(Some(&seal)), of(Some(&none_stale)));
        assert_ne!(of(Some(&TranslationSeal::default())), of(None));
        let time = "2026-12-02T10:00:00Z".parse().unwrap();
        assert_eq!(
            String::from_utf8(revision_canonical("sha256:11", time, &seal)).unwrap(),
            format!(
                r#"{{"previous":"sha256:11","stale":{{"de":["title"]}},"time":"2026-12-02T10:00:00Z","translations":{{"de":"{list}"}}}}"#
            )
        );
        assert_eq!(
            revision_fingerprint("sha256:11", time, &seal),
            sha256(&revision_canonical("sha256:11", time, &seal))
        );
        assert_ne!(
            revision_fingerprint("sha256:11", time, &seal),
            revision_fingerprint("sha256:12", time, &seal),
            "what it follows is covered"
        );
    }

    #[test]
    fn publication_ids_number_a_day_s_publications_and_read_back_exactly() {
        let snapshot = Snapshot::new(serde_json::json!({}), BTreeMap::new());
        let at = |time: &str| {
            let when = When::at(time.parse().unwrap());
            Publication {
                date: when.date,
                time: when.time,
                fingerprint: String::new(),
                covers: Covers::Source,
                snapshot: snapshot.clone(),
                translations: BTreeMap::new(),
                stale: BTreeMap::new(),
                revisions: Vec::new(),
                first_notice: false,
            }
        };
        let history = [
            at("2026-11-29T23:59:59Z"),
            at("2026-11-30T00:00:00Z"),
            at("2026-11-30T09:00:00.9Z"),
            at("2026-11-30T09:00:01Z"),
        ];
        let ids: Vec<String> = ids(&history).iter().map(|id| id.to_string()).collect();
        assert_eq!(
            ids,
            ["2026-11-29", "2026-11-30", "2026-11-30-2", "2026-11-30-3"]
        );
        assert_eq!(
            history[2].time.unwrap().to_string(),
            "2026-11-30T09:00:00Z",
            "kept to the second"
        );
        for id in &ids {
            assert_eq!(PublicationId::parse(id).unwrap().to_string(), *id);
        }
        for bad in [
            "2026-11-30-1",
            "2026-11-30-02",
            "2026-11-30-",
            "2026-11-30-x",
            "2026-11-3",
            "2026-11-30-2/..",
            "",
        ] {
            assert_eq!(PublicationId::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_lock_whose_times_run_backwards_or_leave_their_day_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        // The example's facts: a snapshot whose facts are valid.
        let example: LockFile =
            toml::from_str(include_str!("../../candor.lock")).expect("the example's lock");
        let snapshot = example.publications[0].snapshot.clone();
        let write = |times: &[(&str, &str)]| {
            let mut previous: Option<String> = None;
            let mut publications = Vec::new();
            for (date, time) in times {
                let when = When {
                    date: date.parse().unwrap(),
                    time: Some(time.parse().unwrap()),
                };
                let fingerprint = fingerprint(when, previous.as_deref(), &snapshot, None);
                previous = Some(fingerprint.clone());
                publications.push(Publication {
                    date: when.date,
                    time: when.time,
                    fingerprint,
                    covers: Covers::Source,
                    snapshot: snapshot.clone(),
                    translations: BTreeMap::new(),
                    stale: BTreeMap::new(),
                    revisions: Vec::new(),
                    first_notice: false,
                });
            }
            let lock = LockFile {
                version: VERSION,
                publications,
                texts: BTreeMap::new(),
            };
            std::fs::write(dir.path().join(FILE), toml::to_string(&lock).unwrap()).unwrap();
            let mut diags = Diagnostics::default();
            let read = read(dir.path(), &mut diags);
            (read.is_some(), format!("{diags:?}"))
        };
        let (ok, said) = write(&[
            ("2026-11-30", "2026-11-30T09:00:00Z"),
            ("2026-11-30", "2026-11-30T10:00:00Z"),
        ]);
        assert!(ok, "{said}");
        let (ok, said) = write(&[
            ("2026-11-30", "2026-11-30T10:00:00Z"),
            ("2026-11-30", "2026-11-30T09:00:00Z"),
        ]);
        assert!(!ok && said.contains("comes after"), "{said}");
        let (ok, said) = write(&[("2026-11-30", "2026-12-01T09:00:00Z")]);
        assert!(!ok && said.contains("on another day"), "{said}");
    }

    #[test]
    fn a_translation_left_as_it_was_is_stored_once_however_many_publications_share_it() {
        let snapshot = Snapshot::new(serde_json::json!({}), BTreeMap::new());
        let map = Arc::new(BTreeMap::from([("title".to_string(), "00ff".to_string())]));
        let publication = |date: jiff::civil::Date| Publication {
            date,
            time: None,
            fingerprint: String::new(),
            covers: Covers::Source,
            snapshot: snapshot.clone(),
            translations: BTreeMap::from([
                ("de".to_string(), map.clone()),
                ("nl".to_string(), map.clone()),
            ]),
            stale: BTreeMap::new(),
            revisions: Vec::new(),
            first_notice: false,
        };
        let lock = LockFile {
            version: VERSION,
            publications: vec![
                publication(jiff::civil::date(2026, 1, 1)),
                publication(jiff::civil::date(2026, 2, 1)),
            ],
            texts: BTreeMap::new(),
        };
        let text = toml::to_string(&lock).unwrap();
        assert_eq!(text.matches("[translation-maps.").count(), 1, "{text}");
        assert_eq!(text.matches("title = \"00ff\"").count(), 1, "{text}");
        let back: LockFile = toml::from_str(&text).unwrap();
        assert_eq!(back.publications[1].translations["nl"], map);

        // Version 2 kept the map in each publication; it reads as it is.
        let v2 = "version = 2\n[[publication]]\ndate = 2026-01-01\nfingerprint = \"x\"\n\
            [publication.snapshot.facts]\n[publication.snapshot.source]\n\
            [publication.translations.de]\ntitle = \"00ff\"\n";
        let read: LockFile = toml::from_str(v2).unwrap();
        assert_eq!(read.publications[0].translations["de"], map);

        // A map named and not kept is refused, naming it.
        let dangling = text.replace("[translation-maps.", "[unused.");
        let table: toml::Table = dangling.parse().unwrap();
        let mut table = table;
        table.remove("unused");
        let why = toml::from_str::<LockFile>(&toml::to_string(&table).unwrap())
            .unwrap_err()
            .to_string();
        assert!(
            why.contains("which `[translation-maps]` does not hold"),
            "{why}"
        );
    }

    /// The lock as `parse` reads it, and whether it was read one publication at a time.
    fn parse_text(text: &str) -> (Result<String, String>, bool) {
        let file = SourceFile::new(FILE, text);
        let read = parse(&file)
            .and_then(|stored| {
                LockFile::try_from(stored).map_err(|why| Diagnostic::error(why).in_file(&file))
            })
            .map(|lock| format!("{lock:?}"))
            .map_err(|d| format!("{d:?}"));
        (read, by_publication(text).is_some())
    }

    /// The lock parsed whole, as before it was read in parts.
    fn whole(text: &str) -> Result<String, String> {
        let file = SourceFile::new(FILE, text);
        fs::parse_toml::<LockFile>(&file)
            .map(|lock| format!("{lock:?}"))
            .map_err(|d| format!("{d:?}"))
    }

    #[test]
    fn a_lock_read_one_publication_at_a_time_is_the_lock_read_whole() {
        let v2 = "version = 2\n[[publication]]\ndate = 2026-01-01\nfingerprint = \"x\"\n\
            [publication.snapshot.facts]\n[publication.snapshot.source]\n\
            [publication.translations.de]\ntitle = \"00ff\"\n";
        for (name, text) in [
            ("the example's", include_str!("../../candor.lock")),
            (
                "the second example's",
                include_str!("../../examples/tessel-learning/candor.lock"),
            ),
            ("a version 2", v2),
            ("the example's version 3", V3_EXAMPLE),
            ("an empty", "version = 4\n"),
        ] {
            let (read, in_parts) = parse_text(text);
            assert!(in_parts, "{name} lock is read in parts");
            assert!(read.is_ok(), "{name} lock reads: {read:?}");
            assert_eq!(read, whole(text), "{name} lock");
        }
        let example = include_str!("../../candor.lock");
        assert!(example.matches("\n[[publication]]\n").count() >= 2);
        assert_eq!(
            Layout::of(example).unwrap().publications.len(),
            example.matches("\n[[publication]]\n").count()
        );
    }

    #[test]
    fn a_row_equal_to_the_publication_before_is_shared_and_a_changed_one_is_its_own() {
        let dir = tempfile::tempdir().unwrap();
        let text = include_str!("../../tests/fixtures/lock-v3/candor.lock");
        // The example's history, with a fourth publication that renames one sub-processor.
        std::fs::write(dir.path().join(FILE), text).unwrap();
        let mut diags = Diagnostics::default();
        let example = read(dir.path(), &mut diags).expect("the example's lock reads");
        let last = example.lock.publications.last().unwrap();
        let mut facts = last.snapshot.facts.value().unwrap();
        let name = &mut facts["subprocessors"][0]["name"];
        *name = format!("{} (renamed)", name.as_str().unwrap()).into();
        let mut history = example.lock.publications.clone();
        history.push(Publication {
            date: last.date.tomorrow().unwrap(),
            time: None,
            fingerprint: String::new(),
            covers: Covers::Source,
            snapshot: Snapshot::new(facts, (*last.snapshot.source).clone()),
            translations: BTreeMap::new(),
            stale: BTreeMap::new(),
            revisions: Vec::new(),
            first_notice: false,
        });
        let texts = example
            .lock
            .texts
            .iter()
            .map(|(fp, text)| (fp.as_str(), text.as_str()))
            .collect();
        let mut chained: Option<String> = None;
        for p in &mut history {
            p.fingerprint = fingerprint(p.when(), chained.as_deref(), &p.snapshot, None);
            chained = Some(p.fingerprint.clone());
        }
        std::fs::write(dir.path().join(FILE), lock_toml(&history, &texts)).unwrap();

        let read = read(dir.path(), &mut diags).expect("the lock reads");
        assert!(!diags.has_errors(), "{diags:?}");
        let (mut shared, mut own) = (0, 0);
        for pair in read.lock.publications.windows(2) {
            let before = pair[0].snapshot.model().unwrap();
            let after = pair[1].snapshot.model().unwrap();
            // Each row is what its own publication's facts say, read alone.
            let alone: Snapshot =
                serde_json::from_str(&serde_json::to_string(&pair[1].snapshot).unwrap()).unwrap();
            assert_eq!(after, alone.model().unwrap());
            for row in &after.subprocessors {
                match before.subprocessors.iter().find(|s| s.id == row.id) {
                    Some(earlier) if earlier == row => {
                        assert!(Arc::ptr_eq(earlier, row), "{} is shared", row.id);
                        shared += 1;
                    }
                    _ => {
                        assert!(
                            !before.subprocessors.iter().any(|s| Arc::ptr_eq(s, row)),
                            "{} is its own",
                            row.id
                        );
                        own += 1;
                    }
                }
            }
        }
        assert!(shared > 0 && own > 0, "{shared} shared, {own} own");
        let renamed = &read
            .lock
            .publications
            .last()
            .unwrap()
            .snapshot
            .model()
            .unwrap()
            .subprocessors[0];
        assert!(renamed.name.ends_with(" (renamed)"), "{}", renamed.name);
    }

    /// `lock` as candor writes it ([`lock_toml`]).
    fn written(lock: &LockFile) -> String {
        let texts = lock
            .texts
            .iter()
            .map(|(fp, text)| (fp.as_str(), text.as_str()))
            .collect();
        lock_toml(&lock.publications, &texts)
    }

    #[test]
    fn a_lock_written_one_publication_at_a_time_is_the_lock_written_whole() {
        let snapshot = Snapshot::new(serde_json::json!({"a": [1, 2]}), BTreeMap::new());
        let map = Arc::new(BTreeMap::from([("title".to_string(), "00ff".to_string())]));
        let other = Arc::new(BTreeMap::from([("title".to_string(), "11ee".to_string())]));
        let publication = |day: i8, maps: &[(&str, &Arc<BTreeMap<String, String>>)]| Publication {
            date: jiff::civil::date(2026, 1, day),
            time: Some(format!("2026-01-{day:02}T09:00:00Z").parse().unwrap()),
            fingerprint: format!("f{day}"),
            covers: Covers::Source,
            snapshot: snapshot.clone(),
            translations: maps
                .iter()
                .map(|(lang, map)| (lang.to_string(), Arc::clone(map)))
                .collect(),
            stale: BTreeMap::new(),
            revisions: Vec::new(),
            first_notice: false,
        };
        let shared = LockFile {
            version: VERSION,
            publications: vec![
                publication(1, &[("de", &map), ("nl", &map)]),
                publication(2, &[("de", &other), ("nl", &map)]),
                publication(3, &[]),
            ],
            texts: BTreeMap::from([("00ff".to_string(), "title = Titel\n".to_string())]),
        };
        let example: LockFile = toml::from_str(include_str!("../../candor.lock")).unwrap();
        let second: LockFile =
            toml::from_str(include_str!("../../examples/tessel-learning/candor.lock")).unwrap();
        let empty = LockFile {
            version: VERSION,
            publications: Vec::new(),
            texts: BTreeMap::new(),
        };
        // The examples' files as candor wrote them, below their header comment.
        for (lock, file) in [
            (&example, include_str!("../../candor.lock")),
            (
                &second,
                include_str!("../../examples/tessel-learning/candor.lock"),
            ),
        ] {
            assert!(file.ends_with(&written(lock)));
        }
        for (name, lock) in [
            ("the example's", &example),
            ("the second example's", &second),
            ("a shared maps'", &shared),
            ("an empty", &empty),
        ] {
            let whole = toml::to_string_pretty(lock).unwrap();
            assert_eq!(written(lock), whole, "{name} lock");
            let (read, in_parts) = parse_text(&whole);
            // An empty lock's `publication = []` is read whole.
            assert_eq!(in_parts, !lock.publications.is_empty(), "{name} lock");
            assert_eq!(
                read,
                Ok(format!("{:?}", toml::from_str::<LockFile>(&whole).unwrap()))
            );
        }
    }

    /// Where the second `[[publication]]` line of `lock` starts.
    fn second_publication(lock: &str) -> usize {
        lock.match_indices("\n[[publication]]\n").nth(1).unwrap().0 + 1
    }

    #[test]
    fn a_lock_not_laid_out_as_candor_writes_it_is_read_whole() {
        let example = include_str!("../../candor.lock");
        let second = second_publication(example);
        let (head, rest) = example.split_at(second);
        let cases = [
            // A line in a multi-line string that looks like a publication's table: the part
            // before it is cut off mid-string.
            (
                "a string holding a table's line",
                example.replacen(
                    "version = 5\n",
                    "version = 5\nnote = \"\"\"\n[[publication]]\n\"\"\"\n",
                    1,
                ),
            ),
            // The same inside a publication, where the string is valid: a message's text (which
            // version 3 kept in the publication).
            (
                "a message holding a table's line",
                V3_EXAMPLE.replacen(
                    "[publication.snapshot.source]\n",
                    "[publication.snapshot.source]\nx = \"\"\"\n[[publication]]\n\"\"\"\n",
                    1,
                ),
            ),
            // A publication's table after the tables that follow the publications.
            (
                "a publication after the tail",
                format!("{head}[texts]\n{rest}"),
            ),
            // A table line written otherwise than candor writes it, with the same meaning.
            (
                "a table line with a comment",
                format!("{head}[[publication]] # the second\n{}", &rest[16..]),
            ),
            // A publication's table before any publication.
            (
                "a table before the first publication",
                example.replacen("version = 5\n", "version = 5\n[publication.x]\n", 1),
            ),
        ];
        for (name, text) in &cases {
            let (read, _) = parse_text(text);
            assert!(by_publication(text).is_none(), "{name}");
            assert_eq!(read, whole(text), "{name}");
        }
        // The message and the comment read as what they are; the others are errors, reported
        // as the whole file's parse reports them, at their place.
        assert!(parse_text(&cases[0].1).0.is_err(), "an unknown key `note`");
        let message = parse_text(&cases[1].1)
            .0
            .expect("a message may hold any text");
        assert!(
            message.contains("\"x\": \"[[publication]]\\n\""),
            "{message}"
        );
        assert!(parse_text(&cases[2].1).0.is_err());
        assert_eq!(parse_text(&cases[3].1).0, parse_text(example).0);
        assert!(parse_text(&cases[4].1).0.is_err());
    }

    #[test]
    fn an_error_in_a_later_publication_is_reported_at_its_line() {
        let example = include_str!("../../candor.lock");
        let second = second_publication(example);
        let date = second + example[second..].find("date = ").unwrap();
        let broken = format!("{}date = \"soon\"{}", &example[..date], {
            let line_end = date + example[date..].find('\n').unwrap();
            &example[line_end..]
        });
        let (read, in_parts) = parse_text(&broken);
        assert!(!in_parts);
        assert_eq!(read, whole(&broken));
        let file = SourceFile::new(FILE, broken.as_str());
        let said = parse(&file).unwrap_err();
        let span = said.location.and_then(|l| l.span).expect("a place");
        assert_eq!(
            file.line_col(span.start).0,
            example[..date].lines().count() + 1
        );
        assert!(broken[span].starts_with("\"soon\""));
    }

    #[test]
    fn facts_kept_as_text_read_and_write_as_the_tree_they_were() {
        // Keys out of order, nesting, numbers of each kind, text that JSON escapes.
        let tree = serde_json::json!({
            "z": [1, -2, 2.5, {"b": "\u{e9}\"\n", "a": true}],
            "a": {"y": [], "x": {}},
        });
        let snapshot = Snapshot::new(tree.clone(), BTreeMap::new());
        assert_eq!(snapshot.facts(), Some(tree.clone()));
        assert_eq!(
            snapshot.facts_json(),
            serde_json::to_string(&tree).unwrap(),
            "the text is the tree's canonical JSON"
        );
        // Through the lock's TOML and back: the same text, so the same fingerprint.
        let toml = toml::to_string(&snapshot).unwrap();
        assert!(toml.contains("[facts.a.x]"), "written as tables:\n{toml}");
        let back: Snapshot = toml::from_str(&toml).unwrap();
        assert_eq!(back.facts_json(), snapshot.facts_json());
        assert_eq!(back, snapshot);
        // Through a canonical file's JSON, laid out otherwise: made canonical again.
        let spaced = r#"{ "source": {}, "facts": { "z": [1, -2, 2.5, {"a": true, "b": "\u00e9\"\n"}], "a": {"x": {}, "y": []} } }"#;
        let back: Snapshot = serde_json::from_str(spaced).unwrap();
        assert_eq!(back.facts_json(), snapshot.facts_json());
        // A fact changed is a different snapshot.
        let other = Snapshot::new(serde_json::json!({"z": [1]}), BTreeMap::new());
        assert_ne!(other, snapshot);
    }

    #[test]
    fn facts_nested_deeper_than_can_be_read_back_are_refused_where_they_are() {
        // toml reads a table's dotted name, and an array, up to 80 levels each; one inside the
        // other pass what serde_json reads back (128 levels).
        let name: Vec<String> = (0..70).map(|i| format!("k{i}")).collect();
        let text = format!(
            "version = 3\n\n[[publication]]\ndate = 2026-01-02\nfingerprint = \"sha256:00\"\n\n\
             [publication.snapshot.facts.{}]\nx = {}{}\n\n[publication.snapshot.source]\n",
            name.join("."),
            "[".repeat(70),
            "]".repeat(70),
        );
        let mut diags = Diagnostics::default();
        let lock = parse(&SourceFile::new(FILE, &text))
            .map(|stored| LockFile::try_from(stored).unwrap())
            .expect("the TOML reads");
        let snapshot = &lock.publications[0].snapshot;
        assert_eq!(snapshot.facts(), None);
        let why = snapshot.model().unwrap_err();
        assert!(why.contains("recursion limit"), "{why}");
        // As a build reads it: the publication named.
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE), &text).unwrap();
        assert!(read(dir.path(), &mut diags).is_none());
        let said = format!("{diags:?}");
        assert!(
            said.contains("the publication of 2026-01-02 in `candor.lock` holds facts that are not valid: recursion limit"),
            "{said}"
        );
    }

    #[test]
    fn a_forbidden_character_read_back_is_named_by_its_path() {
        let snapshot = Snapshot::new(
            serde_json::json!({"subprocessors": [{"name": "ok"}, {"name": "Sl\u{202e}ack"}]}),
            BTreeMap::new(),
        );
        let why = snapshot.model().unwrap_err();
        assert!(
            why.starts_with("`facts.subprocessors.1.name` contains U+202E"),
            "{why}"
        );
        let snapshot = Snapshot::new(
            serde_json::json!({}),
            BTreeMap::from([("hi".to_string(), "hi = \u{7}".to_string())]),
        );
        assert!(
            snapshot
                .model()
                .unwrap_err()
                .starts_with("`source.hi` contains U+0007")
        );
    }
}
