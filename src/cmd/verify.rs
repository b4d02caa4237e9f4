//! `candor verify [DIR]`: checks a built site folder, such as a deployed copy a customer
//! downloaded, against the history it publishes (`history.json` and `history/<date>.json`, see
//! [`crate::history::published`]). Every fingerprint is recomputed from its canonical file, the
//! chain is followed (each names the fingerprint before it, dates run forward), and `data.json`,
//! every feed entry, every archive page and every annex must name the fingerprint of their
//! publication; every folder that holds a feed must be a language `data.json` lists.
//!
//! It needs nothing but the folder: no `candor.lock`, no sources. It reads only regular files
//! inside DIR ([`fs::confine`]: a link leading out of it is a mismatch, never followed) and stops
//! at the first thing that does not match, naming the file and what was expected (exit 1). A
//! folder that is missing, or a file the system cannot read, is an error (exit 2).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::{Outcome, Writes, plural, print_diagnostics, require_dir};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::fs::{self, IoError};
use crate::history::engagements::{self, Engagements};
use crate::history::lock::{self, PublicationId, Snapshot, When};
use crate::history::published::{self, HistoryJson};
use crate::history::{changelog, changes};
use crate::render::machine;
use crate::write::output;

pub fn run(dir: &Path) -> anyhow::Result<Outcome> {
    require_dir(dir)?;
    match verify(dir) {
        Ok(summary) => {
            crate::outln!("{}: {summary}", super::shown(dir));
            Ok(Outcome::Success)
        }
        Err(Failure::Mismatch(d)) => {
            let mut diags = Diagnostics::default();
            diags.push(d);
            print_diagnostics(&mut diags, Writes::Never);
            Ok(Outcome::SiteProblems)
        }
        Err(Failure::Io(e)) => Err(e.into()),
    }
}

/// Why a folder was not verified.
#[derive(Debug)]
pub enum Failure {
    /// Something in the folder does not match its history (exit 1).
    Mismatch(Diagnostic),
    /// The system could not read a file (exit 2).
    Io(IoError),
}

/// `file` (a path relative to the folder) and what in it does not match.
fn mismatch(file: &str, what: impl std::fmt::Display) -> Failure {
    Failure::Mismatch(Diagnostic::error(format!("`{file}` {what}")))
}

/// A publication whose canonical file was checked.
struct Checked {
    id: PublicationId,
    when: When,
    fingerprint: String,
    snapshot: Snapshot,
    /// The fingerprint a publication after it that covers translations follows: its last
    /// revision's, or its own ([`lock::Publication::head`]).
    head: String,
    /// When its last revision was recorded, if it has one listed.
    revised: Option<jiff::Timestamp>,
    /// The languages whose words its fingerprint or its revisions' cover: every one the site
    /// published while it was current but the source language. `None` where its own covers
    /// none (a publication recorded before version 5 of the lock; its revisions cover only the
    /// languages they revised).
    translated: Option<BTreeSet<String>>,
    /// The fingerprints of the revisions of its translations listed with it, which an annex
    /// whose words one of them made names beside its own.
    revisions: Vec<String>,
    /// Its canonical file, and each revision's (in the order of `revisions`): an annex links
    /// those of the wording it names.
    canonical: String,
    revision_files: Vec<String>,
}

/// A canonical file: what a fingerprint hashes.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Canonical {
    date: String,
    previous: Option<String>,
    snapshot: Snapshot,
    #[serde(default)]
    time: Option<String>,
    /// Its translations, where its fingerprint covers them ([`lock::TranslationSeal`]).
    #[serde(default)]
    stale: Option<BTreeMap<String, BTreeSet<String>>>,
    #[serde(default)]
    translations: Option<BTreeMap<String, String>>,
}

impl Canonical {
    /// What of its translations its fingerprint covers; `None` where it covers none, as one
    /// recorded before version 5 of the lock, and where it holds one half of the two.
    fn seal(&self) -> Result<Option<lock::TranslationSeal>, ()> {
        match (&self.stale, &self.translations) {
            (None, None) => Ok(None),
            (Some(stale), Some(translations)) => Ok(Some(lock::TranslationSeal {
                stale: stale.clone(),
                translations: translations.clone(),
            })),
            _ => Err(()),
        }
    }
}

/// A revision's canonical file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RevisionCanonical {
    previous: String,
    stale: BTreeMap<String, BTreeSet<String>>,
    time: String,
    translations: BTreeMap<String, String>,
}

/// What `verify` reads of `data.json`: every field candor writes there, and no other (qa73: a
/// claim in a field of its own verified).
#[derive(Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct Data {
    /// The format's version: read, and checked, as `history.json`'s is (qa75: `1.0` verified).
    version: u32,
    fingerprint: Option<String>,
    last_modified: Option<String>,
    #[serde(default)]
    languages: Vec<String>,
    facts: Option<serde_json::Value>,
    engaged_since: Option<BTreeMap<String, String>>,
    /// Not written by a candor before 2026-12.
    objection_until: Option<BTreeMap<String, String>>,
}

const DATA: &str = "data.json";

/// A JSON document read only for a key written twice in one object, at any depth (qa73): a
/// parser that keeps the first value and one that keeps the last read two documents, and the
/// check would have read only one of them.
struct OnceEach;

impl<'de> Deserialize<'de> for OnceEach {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(OnceEach)
    }
}

impl<'de> serde::de::Visitor<'de> for OnceEach {
    type Value = OnceEach;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("JSON")
    }

    fn visit_bool<E>(self, _: bool) -> Result<OnceEach, E> {
        Ok(OnceEach)
    }

    fn visit_i64<E>(self, _: i64) -> Result<OnceEach, E> {
        Ok(OnceEach)
    }

    fn visit_u64<E>(self, _: u64) -> Result<OnceEach, E> {
        Ok(OnceEach)
    }

    fn visit_f64<E>(self, _: f64) -> Result<OnceEach, E> {
        Ok(OnceEach)
    }

    fn visit_str<E>(self, _: &str) -> Result<OnceEach, E> {
        Ok(OnceEach)
    }

    fn visit_unit<E>(self) -> Result<OnceEach, E> {
        Ok(OnceEach)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<OnceEach, A::Error> {
        while seq.next_element::<OnceEach>()?.is_some() {}
        Ok(OnceEach)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<OnceEach, A::Error> {
        let mut seen = std::collections::HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !seen.insert(key.clone()) {
                return Err(serde::de::Error::custom(format!(
                    "has the key `{}` twice in one object",
                    crate::text::visible_name(&key)
                )));
            }
            map.next_value::<OnceEach>()?;
        }
        Ok(OnceEach)
    }
}
/// The page that links every language's page.
const LANGUAGE_LIST: &str = "index.html";

const NO_HISTORY: &str = "verify checks a folder that `candor build` wrote, which holds history.json; a site built before candor published its history has none: build it again";
const PSEUDO: &str = "holds pseudo-localized pages (accented, lengthened text for testing layouts), not a built site: verify the folder `candor build` wrote without `--pseudo`";
const REVIEW: &str = "holds review pages (drafts that `candor review` marks up for lawyers), not a built site: verify the folder `candor build` wrote";
const INSIDE_ONLY: &str =
    "verify reads only regular files inside the folder it checks, and follows no link out of it";

/// Checks the built site in `dir` against the history it publishes; the one-line summary when
/// everything matches, or the first thing that does not.
pub fn verify(dir: &Path) -> Result<String, Failure> {
    let folder = Folder { root: dir };
    // Review pages hold the site's history too, but their pages are drafts marked up for
    // review: never what a site publishes.
    match output::marked(dir) {
        Some(Some(output::Contents::Review)) => {
            return Err(mismatch(
                output::MARKER,
                format!("says this folder {REVIEW}"),
            ));
        }
        Some(Some(output::Contents::Pseudo)) => {
            return Err(mismatch(
                output::MARKER,
                format!("says this folder {PSEUDO}"),
            ));
        }
        _ => {}
    }
    folder.only_files_and_folders()?;
    // Copied without its marker, a review's folder still says what it is: its list of
    // languages is a draft too, with the stylesheet that says so (and its history.json, read
    // next, has a field no built site's has).
    let review_css = crate::render::review::REVIEW_CSS;
    if std::fs::symlink_metadata(dir.join(review_css)).is_ok() {
        return Err(mismatch(
            review_css,
            format!("is a review page's stylesheet: this folder {REVIEW}"),
        ));
    }
    let chain = folder.chain()?;
    let (Some(first), Some(last)) = (chain.first(), chain.last()) else {
        return Err(mismatch(published::INDEX, "lists no publication"));
    };

    let data: Data = folder.json(DATA)?;
    if data.version != crate::render::machine::DATA_VERSION {
        return Err(mismatch(
            DATA,
            format!(
                "has version {}; this candor reads version {}",
                data.version,
                crate::render::machine::DATA_VERSION
            ),
        ));
    }
    match data.fingerprint.as_deref() {
        Some(found) if found == last.fingerprint => {}
        found => {
            return Err(mismatch(
                DATA,
                format!(
                    "gives {} as the fingerprint of the site; expected {}, the fingerprint of the last publication in `{}`, of {}",
                    found.unwrap_or("no fingerprint"),
                    last.fingerprint,
                    published::INDEX,
                    last.id
                ),
            ));
        }
    }
    let last_date = last.when.date.to_string();
    if data.last_modified.as_deref() != Some(last_date.as_str()) {
        return Err(mismatch(
            DATA,
            format!(
                "gives {} as the date of the last publication; expected {last_date}",
                data.last_modified.as_deref().unwrap_or("no date")
            ),
        ));
    }
    if last
        .snapshot
        .facts()
        .is_none_or(|facts| data.facts.map(lock::without_nulls) != Some(facts))
    {
        return Err(mismatch(
            DATA,
            format!(
                "does not state the facts of the publication of {}, which its fingerprint covers (`{}`)",
                last.id,
                published::canonical_path(last.id)
            ),
        ));
    }
    // Since when each sub-processor is engaged follows from the history, as the pages said it.
    if let Some((expected, older)) = engaged_since(&chain) {
        let found = data.engaged_since.unwrap_or_default();
        let ids: BTreeSet<&String> = expected.keys().chain(found.keys()).collect();
        for id in ids {
            let (was, is) = (expected.get(id), found.get(id));
            // A site built before candor left out the date no publication says gave the first
            // publication's: what that candor derived from the same history, not a forgery.
            if was == is || (was.is_none() && is.is_some() && is == older.get(id)) {
                continue;
            }
            let day = |d: Option<&String>| d.map_or("no date".to_string(), |d| format!("`{d}`"));
            return Err(mismatch(
                DATA,
                format!(
                    "gives {} as the day `{}` was engaged since; the history says {}",
                    day(is),
                    crate::text::visible_name(id),
                    day(was)
                ),
            ));
        }
    }
    // The last day to object to each follows from the history, as the pages give it.
    if let (Some(found), Some(expected)) = (&data.objection_until, objection_until(&chain))
        && !expected.contains(found)
    {
        let [expected, _] = expected;
        let ids: BTreeSet<&String> = expected.keys().chain(found.keys()).collect();
        if let Some(id) = ids
            .into_iter()
            .find(|id| expected.get(*id) != found.get(*id))
        {
            let day = |d: Option<&String>| d.map_or("no day".to_string(), |d| format!("`{d}`"));
            return Err(mismatch(
                DATA,
                format!(
                    "gives {} as the last day to object to `{}`; the history says {}",
                    day(found.get(id)),
                    crate::text::visible_name(id),
                    day(expected.get(id))
                ),
            ));
        }
    }
    if data.languages.is_empty() {
        return Err(mismatch(DATA, "lists no language"));
    }
    // The fingerprints do not cover data.json's list of languages: a language left out of it
    // must not leave its feed, page and archive unchecked, nor one taken away whole go unseen.
    for (name, holds) in folder.language_folders()? {
        if !data.languages.contains(&name) {
            return Err(mismatch(
                &format!("{name}/"),
                format!(
                    "holds {}, as a language's folder does, but {DATA} does not list `{}` among the site's languages",
                    holds.described(),
                    crate::text::visible_name(&name)
                ),
            ));
        }
    }
    // Nor the list, where the words of a language are not in the record: a language put in a
    // copy, its folder and data.json's list, a page of another copied, would be checked only
    // against the fingerprints its own pages name. Every language a site publishes but its
    // source has its words covered by the last publication's fingerprint, or by a revision's
    // where it was added since. (A language taken out since is not recorded: a copy without
    // one the record covers is not told from a site that stopped publishing it.)
    if let Some(translated) = &last.translated {
        // Each once, and only tags: one that is none is told as such below.
        let uncovered: BTreeSet<&String> = (data.languages.iter())
            .filter(|l| is_language_tag(l) && !translated.contains(*l))
            .collect();
        if uncovered.len() > 1 {
            let named: Vec<String> = (uncovered.iter())
                .map(|l| format!("`{}`", crate::text::visible_name(l)))
                .collect();
            return Err(mismatch(
                DATA,
                format!(
                    "lists {} among the site's languages, but neither the fingerprint of the publication of {} nor a revision's covers their words: those cover the words of every language the site published but its source language, so all of these but the source language were never published (a language added is recorded as a revision when it is published)",
                    named.join(" and "),
                    last.id
                ),
            ));
        }
    }
    let linked = folder.languages_linked()?;
    let listed = |tag: &String| data.languages.iter().any(|l| l.eq_ignore_ascii_case(tag));
    if let Some(tag) = linked.iter().find(|tag| !listed(tag)) {
        return Err(mismatch(
            LANGUAGE_LIST,
            format!(
                "links `{tag}/`, as the page of one of the site's languages, but {DATA} does not list `{tag}` among them"
            ),
        ));
    }
    let mut archived = 0;
    let mut annexes = 0;
    for lang in &data.languages {
        if !is_language_tag(lang) {
            return Err(mismatch(
                DATA,
                format!("lists `{lang}` as a language, which is not a language tag"),
            ));
        }
        let review_css = format!("{lang}/{}", crate::render::review::REVIEW_CSS);
        if std::fs::symlink_metadata(dir.join(&review_css)).is_ok() {
            return Err(mismatch(
                &review_css,
                format!("is a review page's stylesheet: this folder {REVIEW}"),
            ));
        }
        folder.feed(lang, &chain)?;
        let (pages, revised) = folder.archive(lang, &chain)?;
        archived += pages + revised;
        annexes += folder.annexes(lang, &chain)? + revised;
    }
    folder.other_pages(&chain)?;
    folder.links_resolve()?;
    let revisions = match chain.iter().map(|c| c.revisions.len()).sum() {
        0 => String::new(),
        1 => " and 1 revision of a translation".to_string(),
        n => format!(" and {n} revisions of translations"),
    };
    let (publications, them) = match (chain.len(), revisions.is_empty()) {
        (1, true) => (
            format!(
                "1 publication, of {}, matching its fingerprint",
                first.id.in_words()
            ),
            "it",
        ),
        (1, false) => (
            format!(
                "1 publication, of {},{revisions}, each matching its fingerprint and chained to the one before",
                first.id.in_words()
            ),
            "it",
        ),
        (n, _) => (
            format!(
                "{n} publications from {} to {}{revisions}, each matching its fingerprint and chained to the one before",
                first.id.in_words(),
                last.id.in_words()
            ),
            "them",
        ),
    };
    Ok(format!(
        "{publications}; data.json, {}, {} and {} name {them}. The last fingerprint is {}",
        plural(data.languages.len(), "feed"),
        plural(archived, "archive page"),
        plural(annexes, "annex"),
        // The end of the chain, which the next record follows: a revision's, where the last
        // publication was revised.
        match last.revised {
            Some(time) => format!(
                "{}, of the revision of the publication of {} recorded at {time} (the publication's is {})",
                last.head,
                last.id.in_words(),
                last.fingerprint
            ),
            None => last.fingerprint.clone(),
        }
    ))
}

/// Since when each sub-processor that the last publication of `chain` engages is engaged, as
/// its pages publish it ([`engagements::published_since`]), and as an older candor published
/// it (a sub-processor the first publication listed, engaged since that day); `None` where its
/// facts do not read as a model (which the check of its facts refuses first).
fn engaged_since(
    chain: &[Checked],
) -> Option<(BTreeMap<String, String>, BTreeMap<String, String>)> {
    let (last, before) = chain.split_last()?;
    let mut engagements = Engagements::default();
    for c in before {
        if let Ok(model) = c.snapshot.model() {
            engagements.add(&model.subprocessors, c.when.date);
        }
    }
    let model = last.snapshot.model().ok()?;
    let date = last.when.date;
    let engaged_before = engagements.all_engaged_before(date);
    let announced = changes::not_yet_engaged(model, date, &engaged_before)
        .into_iter()
        .map(|s| s.id.clone())
        .collect();
    engagements.add(&model.subprocessors, date);
    let since = |days: &mut dyn Iterator<Item = (&str, jiff::civil::Date)>| {
        let days = days.map(|(id, day)| (id.to_string(), day)).collect();
        engagements::published_since(model, &announced, &days)
    };
    Some((
        since(&mut engagements.known_since()),
        since(&mut engagements.since()),
    ))
}

/// The last day to object to each sub-processor the last publication of `chain` lists, as its
/// pages give it ([`machine::objection_days`]): with the first publication's notice told ahead,
/// as candor records it since it gave one, and without, as one before did (the published
/// history does not say which); `None` where its facts do not read as a model.
fn objection_until(chain: &[Checked]) -> Option<[BTreeMap<String, String>; 2]> {
    let last = chain.last()?;
    let model = last.snapshot.model().ok()?;
    // What each publication stated, in order, for what of the last one is still to come.
    let mut statements = changes::Statements::default();
    for c in chain {
        if let Ok(m) = c.snapshot.model() {
            statements.add(m, c.when.date);
        }
    }
    let to_object = changes::objectable_to_come(model, &statements, last.when.date);
    let days = |first_notice: bool| {
        let history: Vec<lock::Publication> = (chain.iter())
            .map(|c| lock::Publication {
                date: c.when.date,
                time: c.when.time,
                fingerprint: c.fingerprint.clone(),
                covers: lock::Covers::Source,
                snapshot: c.snapshot.clone(),
                translations: BTreeMap::new(),
                stale: BTreeMap::new(),
                revisions: Vec::new(),
                first_notice,
            })
            .collect();
        let log = changelog::log(&history);
        let kept = changelog::objections_kept(&log, log.len(), last.when.date);
        machine::objection_days(model, last.when.date, &kept, &to_object)
    };
    Some([days(true), days(false)])
}

/// What a language's folder holds, by which a folder is known for one.
#[derive(Debug, Clone, Copy)]
enum Holds {
    Feed,
    Page,
    Archive,
}

impl Holds {
    fn path(self) -> &'static str {
        match self {
            Holds::Feed => "feed.xml",
            Holds::Page => "index.html",
            Holds::Archive => "archive",
        }
    }

    fn described(self) -> &'static str {
        match self {
            Holds::Feed => "a feed",
            Holds::Page => "a page",
            Holds::Archive => "an archive",
        }
    }
}

/// A built site's folder, read only inside it.
struct Folder<'a> {
    root: &'a Path,
}

impl Folder<'_> {
    /// The bytes of the file at `rel`, if it is a regular file inside the folder (after every
    /// link).
    fn read(&self, rel: &str) -> Result<Vec<u8>, Failure> {
        let path = self.root.join(rel);
        let resolved = fs::confine(self.root, &path, fs::Within::Folder).map_err(|mut d| {
            // confine's help speaks to a site's author; this folder is someone's copy.
            let missing = std::fs::symlink_metadata(&path).is_err();
            d.help = match d.help {
                _ if rel == published::INDEX && missing => Some(NO_HISTORY.into()),
                Some(_) => Some(INSIDE_ONLY.into()),
                None => None,
            };
            Failure::Mismatch(d)
        })?;
        std::fs::read(&resolved).map_err(|e| Failure::Io(IoError::new("cannot read", &path, e)))
    }

    /// Everything in the folder, each with its path in it (`/` between names), in the order of
    /// their names, without following a link.
    fn walk(&self) -> impl Iterator<Item = Result<(walkdir::DirEntry, String), Failure>> + '_ {
        let walk = walkdir::WalkDir::new(self.root)
            .min_depth(1)
            .sort_by_file_name();
        walk.into_iter().map(|entry| {
            let entry = entry.map_err(|e| {
                let io = e
                    .into_io_error()
                    .unwrap_or_else(|| std::io::Error::other("a loop"));
                Failure::Io(IoError::new("cannot read", self.root, io))
            })?;
            let rel = entry.path().strip_prefix(self.root).unwrap_or(entry.path());
            let rel = rel.to_string_lossy().replace('\\', "/");
            Ok((entry, rel))
        })
    }

    /// The folder holds only files and folders: candor writes no link. One leading out would
    /// show what is not the site (a feed of a language folder linked from elsewhere, say), one
    /// inside a file in another's place (the German page that is the English one). Nothing a
    /// link leads to is read, nor a FIFO, a socket or a device.
    fn only_files_and_folders(&self) -> Result<(), Failure> {
        let root = std::fs::canonicalize(self.root)
            .map_err(|e| Failure::Io(IoError::new("cannot resolve", self.root, e)))?;
        for entry in self.walk() {
            let (entry, rel) = entry?;
            if !entry.path_is_symlink() {
                let kind = entry.file_type();
                if kind.is_file() || kind.is_dir() {
                    continue;
                }
                return Err(mismatch(
                    &rel,
                    "is not a file or a folder but a FIFO, a socket or a device: candor writes none, and verify does not open it",
                ));
            }
            match std::fs::canonicalize(entry.path()) {
                Ok(to) if to.starts_with(&root) => {
                    let to = to.strip_prefix(&root).unwrap_or(&to).to_string_lossy();
                    let to = match to.is_empty() {
                        true => ".".into(),
                        false => to,
                    };
                    return Err(mismatch(
                        &rel,
                        format!(
                            "is a link to `{}`: candor writes none, and verify reads only the files it wrote",
                            crate::text::visible_name(&to.replace('\\', "/"))
                        ),
                    ));
                }
                Ok(to) => {
                    return Err(mismatch(
                        &rel,
                        format!(
                            "is a link to `{}`, outside the folder; verify reads only inside it",
                            crate::text::visible_name(&to.to_string_lossy())
                        ),
                    ));
                }
                Err(_) => return Err(mismatch(&rel, "is missing: a link that leads nowhere")),
            }
        }
        Ok(())
    }

    /// The folders at the top of the folder (not links) that hold what a language's folder
    /// holds, each with the first such thing it holds, sorted by name.
    fn language_folders(&self) -> Result<Vec<(String, Holds)>, Failure> {
        let io = |e| Failure::Io(IoError::new("cannot read", self.root, e));
        let mut folders = Vec::new();
        for entry in std::fs::read_dir(self.root).map_err(io)? {
            let entry = entry.map_err(io)?;
            let Ok(name) = entry.file_name().into_string() else {
                continue;
            };
            if !entry.file_type().map_err(io)?.is_dir() || !looks_like_language(&name) {
                continue;
            }
            let holds = [Holds::Feed, Holds::Page, Holds::Archive]
                .into_iter()
                .find(|h| std::fs::symlink_metadata(entry.path().join(h.path())).is_ok());
            if let Some(holds) = holds {
                folders.push((name, holds));
            }
        }
        folders.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(folders)
    }

    /// The languages whose pages the language list (`index.html`) links: `<tag>/index.html`.
    fn languages_linked(&self) -> Result<Vec<String>, Failure> {
        if std::fs::symlink_metadata(self.root.join(LANGUAGE_LIST)).is_err() {
            return Ok(Vec::new());
        }
        let list = String::from_utf8_lossy(&self.read(LANGUAGE_LIST)?).into_owned();
        let mut hrefs = Vec::new();
        // Read as HTML, so that a link counts however its attribute is written (quoted or not,
        // with character references); lol_html gives a value as written, undecoded.
        lol_html::rewrite_str(
            &list,
            lol_html::RewriteStrSettings::new()
                .with_strict(false)
                .append_element_content_handler(lol_html::element!("[href]", |el| {
                    hrefs.extend(el.get_attribute("href"));
                    Ok(())
                })),
        )
        .map_err(|e| mismatch(LANGUAGE_LIST, format!("cannot be read as HTML: {e}")))?;
        let mut linked: Vec<String> = hrefs
            .iter()
            .filter_map(|href| language_linked(&htmlize::unescape_attribute(href)))
            .collect();
        linked.sort();
        linked.dedup();
        Ok(linked)
    }

    fn json<T: DeserializeOwned>(&self, rel: &str) -> Result<T, Failure> {
        let bytes = self.read(rel)?;
        let wrong = |e: serde_json::Error| {
            mismatch(rel, format!("is not what candor publishes there: {e}"))
        };
        serde_json::from_slice::<OnceEach>(&bytes).map_err(wrong)?;
        serde_json::from_slice(&bytes).map_err(wrong)
    }

    /// The publications `history.json` lists, each checked against its canonical file and the
    /// one before it.
    fn chain(&self) -> Result<Vec<Checked>, Failure> {
        let index = published::INDEX;
        let history: HistoryJson = self.json(index)?;
        if history.version != published::VERSION {
            return Err(mismatch(
                index,
                format!(
                    "has version {}; this candor reads version {}",
                    history.version,
                    published::VERSION
                ),
            ));
        }
        let mut chain: Vec<Checked> = Vec::with_capacity(history.publications.len());
        // Whether a publication so far covered translations: every one after must.
        let mut sealed = false;
        // The canonical files it lists, of publications and revisions.
        let mut listed_files = BTreeSet::new();
        for listed in &history.publications {
            let date = parse_date(&listed.date).ok_or_else(|| {
                mismatch(
                    index,
                    format!(
                        "lists a publication dated `{}`, which is not a date such as 2025-10-30",
                        listed.date
                    ),
                )
            })?;
            let time = match listed.time.as_deref() {
                None => None,
                Some(text) => Some(parse_time(text, date).ok_or_else(|| {
                    mismatch(
                        index,
                        format!(
                            "lists a publication of {date} recorded at `{text}`, which is not a moment of that day in UTC such as {date}T09:41:07Z"
                        ),
                    )
                })?),
            };
            let when = When { date, time };
            let before = chain.last();
            let id = match before {
                Some(b) if b.when.date == date => PublicationId {
                    date,
                    nth: b.id.nth + 1,
                },
                _ => PublicationId { date, nth: 1 },
            };
            if let Some(before) = before {
                // Two on one day are told apart by their times, which run forward too; and
                // after the revisions of the one before.
                let in_order = match (before.when.time, time) {
                    _ if date != before.when.date => date > before.when.date,
                    (Some(b), Some(t)) => t >= b,
                    _ => false,
                } && before.revised.is_none_or(|r| time.is_some_and(|t| t >= r));
                if !in_order {
                    return Err(mismatch(
                        index,
                        format!(
                            "lists the publication of {} after that of {}: publications run forward in time",
                            describe(when),
                            before.revised.map_or_else(
                                || describe(before.when),
                                |r| format!("{} (revised at {r})", before.id)
                            )
                        ),
                    ));
                }
            }
            let path = published::canonical_path(id);
            if listed.canonical != path {
                return Err(mismatch(
                    index,
                    format!(
                        "names `{}` as the canonical file of the publication {id}; expected `{path}`",
                        listed.canonical
                    ),
                ));
            }
            let bytes = self.read(&path)?;
            let hashed = lock::sha256(&bytes);
            if hashed != listed.fingerprint {
                return Err(mismatch(
                    &path,
                    format!(
                        "does not hash to the fingerprint of the publication {id}: expected {} (as `{index}` lists it), its SHA-256 is {hashed}",
                        listed.fingerprint
                    ),
                ));
            }
            let canonical: Canonical = serde_json::from_slice(&bytes).map_err(|e| {
                mismatch(
                    &path,
                    format!("is not a publication in canonical form: {e}"),
                )
            })?;
            let not_canonical = || {
                mismatch(
                    &path,
                    "is not in canonical form: compact JSON with sorted keys, as docs/verification.md describes",
                )
            };
            let seal = canonical.seal().map_err(|()| not_canonical())?;
            // Once a fingerprint covered translations, every one after does.
            if seal.is_none() && sealed {
                return Err(mismatch(
                    &path,
                    format!(
                        "does not cover the translations of the publication {id}, though a fingerprint before it does: every publication after one that covers them does"
                    ),
                ));
            }
            sealed |= seal.is_some();
            if canonical.date != listed.date || canonical.time != listed.time {
                return Err(mismatch(
                    &path,
                    format!(
                        "is dated `{}`; expected {}, as `{index}` lists it",
                        canonical.time.as_deref().unwrap_or(&canonical.date),
                        describe(when)
                    ),
                ));
            }
            // One that covers its translations follows the last revision before it; an older
            // one, the publication before.
            let expected_previous = before.map(|b| match seal {
                Some(_) => b.head.as_str(),
                None => b.fingerprint.as_str(),
            });
            let previous_of = |found: Option<&str>| {
                format!(
                    "names {} as the fingerprint before the publication of {id}; expected {}",
                    found.unwrap_or("none (null)"),
                    match before {
                        Some(b) if expected_previous != Some(b.fingerprint.as_str()) => format!(
                            "{}, the fingerprint of the last revision of the publication of {}",
                            b.head, b.id
                        ),
                        Some(b) => format!(
                            "{}, the fingerprint of the publication of {}",
                            b.fingerprint, b.id
                        ),
                        None => "none (null): it is the first".to_string(),
                    }
                )
            };
            if listed.previous.as_deref() != expected_previous {
                return Err(mismatch(index, previous_of(listed.previous.as_deref())));
            }
            if canonical.previous.as_deref() != expected_previous {
                return Err(mismatch(&path, previous_of(canonical.previous.as_deref())));
            }
            if lock::canonical(when, expected_previous, &canonical.snapshot, seal.as_ref()) != bytes
            {
                return Err(not_canonical());
            }
            let (head, revised, revised_languages) =
                self.listed_revisions(listed, id, when, &hashed)?;
            let translated = seal.as_ref().map(|seal| {
                let mut languages: BTreeSet<String> = seal.translations.keys().cloned().collect();
                languages.extend(revised_languages);
                languages
            });
            listed_files.insert(path.clone());
            listed_files.extend(listed.revisions().iter().map(|r| r.canonical.clone()));
            chain.push(Checked {
                id,
                when,
                fingerprint: hashed,
                snapshot: canonical.snapshot,
                head,
                revised,
                translated,
                revisions: (listed.revisions().iter())
                    .map(|r| r.fingerprint.clone())
                    .collect(),
                canonical: path,
                revision_files: (listed.revisions().iter())
                    .map(|r| r.canonical.clone())
                    .collect(),
            });
        }
        // No canonical file `history.json` does not list: a reader of the folder takes each
        // for a record.
        for (name, kind) in self.entries(published::FOLDER)? {
            let rel = format!("{}/{name}", published::FOLDER);
            let inner = match kind.is_dir() {
                true => self.entries(&rel)?,
                false => Vec::new(),
            };
            let unlisted = match kind.is_dir() {
                false => (!listed_files.contains(&rel)).then_some(rel),
                true if inner.is_empty() => Some(rel),
                true => (inner.iter().map(|(file, _)| format!("{rel}/{file}")))
                    .find(|path| !listed_files.contains(path)),
            };
            if let Some(path) = unlisted {
                return Err(mismatch(
                    &path,
                    format!("is no canonical file `{index}` lists"),
                ));
            }
        }
        Ok(chain)
    }

    /// The revisions `listed` (the publication `id`, made at `when` with `fingerprint`) lists,
    /// each checked against its canonical file and the record before it: the fingerprint the
    /// next publication follows, when the last revision was recorded, and the languages they
    /// cover.
    fn listed_revisions(
        &self,
        listed: &published::Listed,
        id: PublicationId,
        when: When,
        fingerprint: &str,
    ) -> Result<(String, Option<jiff::Timestamp>, BTreeSet<String>), Failure> {
        let index = published::INDEX;
        let mut since = when.time;
        let mut times = Vec::with_capacity(listed.revisions().len());
        for r in listed.revisions() {
            let time = (r.time.parse::<jiff::Timestamp>().ok())
                .filter(|t| t.to_string() == r.time && When::at(*t).date >= when.date)
                .filter(|t| since.is_none_or(|s| *t >= s))
                .ok_or_else(|| {
                    mismatch(
                        index,
                        format!(
                            "lists a revision of the publication {id} recorded at `{}`, which is not a moment in UTC such as 2026-12-03T09:41:07Z from the publication's on, and the revision's before it",
                            r.time
                        ),
                    )
                })?;
            since = Some(time);
            times.push(time);
        }
        let paths = published::revision_paths(id, &times);
        let mut head = fingerprint.to_string();
        let mut languages = BTreeSet::new();
        for ((r, time), path) in (listed.revisions().iter())
            .zip(times.iter().copied())
            .zip(paths)
        {
            let which = format!("the revision of the publication {id} recorded at {time}");
            if r.canonical != path {
                return Err(mismatch(
                    index,
                    format!(
                        "names `{}` as the canonical file of {which}; expected `{path}`",
                        r.canonical
                    ),
                ));
            }
            let previous_of = |found: &str| {
                format!(
                    "names {found} as the fingerprint before {which}; expected {head}, the one before it in the chain"
                )
            };
            if r.previous != head {
                return Err(mismatch(index, previous_of(&r.previous)));
            }
            let bytes = self.read(&path)?;
            let hashed = lock::sha256(&bytes);
            if hashed != r.fingerprint {
                return Err(mismatch(
                    &path,
                    format!(
                        "does not hash to the fingerprint of {which}: expected {} (as `{index}` lists it), its SHA-256 is {hashed}",
                        r.fingerprint
                    ),
                ));
            }
            let canonical: RevisionCanonical = serde_json::from_slice(&bytes).map_err(|e| {
                mismatch(&path, format!("is not a revision in canonical form: {e}"))
            })?;
            if canonical.time != r.time {
                return Err(mismatch(
                    &path,
                    format!(
                        "is dated `{}`; expected {time}, as `{index}` lists it",
                        canonical.time
                    ),
                ));
            }
            if canonical.previous != head {
                return Err(mismatch(&path, previous_of(&canonical.previous)));
            }
            let seal = lock::TranslationSeal {
                stale: canonical.stale,
                translations: canonical.translations,
            };
            if lock::revision_canonical(&head, time, &seal) != bytes {
                return Err(mismatch(
                    &path,
                    "is not in canonical form: compact JSON with sorted keys, as docs/verification.md describes",
                ));
            }
            if let Some(why) = not_a_revision(&seal) {
                return Err(mismatch(&path, why));
            }
            head = hashed;
            languages.extend(seal.translations.into_keys());
        }
        Ok((head, times.last().copied(), languages))
    }

    /// `<lang>/feed.xml` has one entry per publication, naming its fingerprint and linking to
    /// its canonical file, and no other.
    fn feed(&self, lang: &str, chain: &[Checked]) -> Result<(), Failure> {
        let path = format!("{lang}/feed.xml");
        let bytes = self.read(&path)?;
        let not_atom =
            |e: &dyn std::fmt::Display| mismatch(&path, format!("is not an Atom feed: {e}"));
        // Well-formed, as a strict feed reader reads it (the reader below stops at the end of
        // the root element, qa99, qa101).
        let text = std::str::from_utf8(&bytes).map_err(|e| not_atom(&e))?;
        well_formed(text).map_err(|e| not_atom(&e))?;
        let feed = atom_syndication::Feed::read_from(&bytes[..]).map_err(|e| not_atom(&e))?;
        // Each entry links the canonical file of its publication, in this folder: relative to
        // the feed, or under the site's address where the feed names itself by one; the file
        // names it.
        let base = (feed.links().iter())
            .find(|l| l.rel() == "self")
            .and_then(|l| l.href().strip_suffix(&format!("/{lang}/feed.xml")))
            .filter(|base| base.starts_with("https://"));
        let canonical_of = |entry: &atom_syndication::Entry| {
            entry
                .links()
                .iter()
                .filter(|l| l.rel() == "related")
                .find_map(|l| {
                    chain.iter().position(|p| {
                        let canonical = published::canonical_path(p.id);
                        l.href() == format!("../{canonical}")
                            || base.is_some_and(|b| l.href() == format!("{b}/{canonical}"))
                    })
                })
        };
        for (k, p) in chain.iter().enumerate() {
            let id = p.id;
            let entries: Vec<_> = feed
                .entries()
                .iter()
                .filter(|e| canonical_of(e) == Some(k))
                .collect();
            let [entry] = entries.as_slice() else {
                let has = match entries.len() {
                    0 => "no entry".to_string(),
                    n => format!("{n} entries"),
                };
                return Err(mismatch(
                    &path,
                    format!(
                        "has {has} linked to `{}`, the canonical file of the publication {id}; expected one",
                        published::canonical_path(id)
                    ),
                ));
            };
            // Its `published` is the publication's time (a feed written before candor gave
            // one dates the entry by `updated` alone); its `updated`, that time or a later
            // revision of the translation.
            let published = entry.published().unwrap_or(entry.updated());
            let time = |t: &atom_syndication::FixedDateTime| {
                jiff::Timestamp::from_second(t.timestamp()).ok()
            };
            let expected = p.when.time.or_else(|| {
                let midnight = p.when.date.to_zoned(jiff::tz::TimeZone::UTC).ok()?;
                Some(midnight.timestamp())
            });
            if time(published) != expected {
                return Err(mismatch(
                    &path,
                    format!(
                        "dates its entry of the publication {id} {}; expected {}",
                        published.to_rfc3339(),
                        expected.map_or_else(String::new, |t| t.to_string())
                    ),
                ));
            }
            if entry.updated() < published {
                return Err(mismatch(
                    &path,
                    format!(
                        "says its entry of the publication {id} was updated on {}, before it was published on {}",
                        entry.updated().to_rfc3339(),
                        published.to_rfc3339()
                    ),
                ));
            }
            let content = entry.content().and_then(|c| c.value()).unwrap_or_default();
            names_only(content, &p.fingerprint, &[]).map_err(|found| {
                mismatch(
                    &path,
                    format!(
                        "{found} in its entry of {id}; expected {}, the fingerprint of the publication of {id}",
                        p.fingerprint
                    ),
                )
            })?;
        }
        if let Some(entry) = feed.entries().iter().find(|e| canonical_of(e).is_none()) {
            return Err(mismatch(
                &path,
                format!(
                    "has an entry (`{}`) linked to no publication that `{}` lists",
                    entry.id(),
                    published::INDEX
                ),
            ));
        }
        Ok(())
    }

    /// Each publication's archive page in `lang` names its fingerprint and no other, and so do
    /// its copies of revised wordings ([`Folder::revisions`]); and there is no archived version
    /// of a date the history does not list. Returns how many pages, and how many such copies
    /// (each a page and an annex), were checked.
    fn archive(&self, lang: &str, chain: &[Checked]) -> Result<(usize, usize), Failure> {
        let (mut checked, mut revised) = (0, 0);
        for p in chain {
            let path = format!("{lang}/archive/{}/index.html", p.id);
            // candor leaves out of the archive a publication whose facts today's model no longer
            // reads (with a warning); its canonical file still stands for it.
            if std::fs::symlink_metadata(self.root.join(&path)).is_err()
                && p.snapshot.model().is_err()
            {
                continue;
            }
            self.names_publication(&path, p, &[])?;
            checked += 1;
            revised += self.revisions(lang, p)?;
        }
        let folder = format!("{lang}/archive");
        for name in self.list(&folder)? {
            let is_listed =
                PublicationId::parse(&name).is_some_and(|id| chain.iter().any(|p| p.id == id));
            if !is_listed {
                return Err(mismatch(
                    &format!("{folder}/{name}/"),
                    format!(
                        "is an archived version for which `{}` lists no publication",
                        published::INDEX
                    ),
                ));
            }
        }
        Ok((checked, revised))
    }

    /// The copies of `p` in the wordings of `lang` shown after its day (`revision-<n>/`), each
    /// naming `p`'s fingerprint and no other in its page, its annex and the annex's printed
    /// margin; no other folder beside its annex. (Which wordings there were, the folder cannot
    /// prove: a translation's words are no part of the fingerprints. That each copy a page
    /// links is there, [`Folder::links_resolve`] checks.) Returns how many copies were checked,
    /// each a page and an annex.
    fn revisions(&self, lang: &str, p: &Checked) -> Result<usize, Failure> {
        let folder = format!("{lang}/archive/{}", p.id);
        let mut copies = BTreeSet::new();
        for name in self.list(&folder)? {
            if name == "annex" {
                continue;
            }
            if !is_revision_folder(&name) {
                return Err(mismatch(
                    &format!("{folder}/{name}/"),
                    "is no folder candor writes in an archived publication",
                ));
            }
            copies.insert(name);
        }
        for name in &copies {
            // `revision-<n>` is the wording its publication's first n revisions made: the
            // n-th made it, and its annex names that one's fingerprint.
            let made = (name.strip_prefix("revision-"))
                .and_then(|n| n.parse::<usize>().ok())
                .and_then(|n| p.revisions.get(n.checked_sub(1)?));
            let Some(made) = made else {
                return Err(mismatch(
                    &format!("{folder}/{name}/"),
                    format!(
                        "is the copy of a wording made by revision {} of the publication {}, which `{}` lists {} of",
                        name.trim_start_matches("revision-"),
                        p.id,
                        published::INDEX,
                        p.revisions.len()
                    ),
                ));
            };
            for document in ["index.html", "annex/index.html", "annex/print.css"] {
                let path = format!("{folder}/{name}/{document}");
                if std::fs::symlink_metadata(self.root.join(&path)).is_err() {
                    return Err(mismatch(
                        &path,
                        "is missing: candor writes the page, the annex and its margin of each \
                         revised wording",
                    ));
                }
                // The annex of a revised wording names the revision's fingerprint too.
                let wording = match document {
                    "index.html" => &[][..],
                    _ => std::slice::from_ref(made),
                };
                self.names_publication(&path, p, wording)?;
            }
        }
        Ok(copies.len())
    }

    /// The page at `path` names the fingerprint of the publication `p` and no other but those
    /// of `also` (of `p`'s revisions); nor does any style sheet it applies, which prints on its
    /// pages ([`Folder::styles`]).
    fn names_publication(&self, path: &str, p: &Checked, also: &[String]) -> Result<(), Failure> {
        let bytes = self.read(path)?;
        let text = String::from_utf8_lossy(&bytes);
        // A revised wording's annex names its revision's too (qa146: only the publication's
        // was said, which a signed copy of that wording does not match).
        let revisions = match also {
            [] => String::new(),
            [one] => {
                let n = (p.revisions.iter().position(|r| r == one)).map_or(0, |k| k + 1);
                format!(", and {one}, that of revision {n}")
            }
            many => format!(
                ", with that of the revision that made its words, one of {}",
                many.join(", ")
            ),
        };
        let expected = |found: String| {
            format!(
                "{found}; expected {}, the fingerprint of the publication of {}{revisions}",
                p.fingerprint, p.id
            )
        };
        // As a reader sees it: a fingerprint spelt with a character reference, or across CSS
        // strings and escapes, is still one.
        let shown = match path.ends_with(".css") {
            true => css_shown(&text),
            false => {
                let other = self.style_naming(path, &text, |f| f == p.fingerprint)?;
                if let Some((sheet, other)) = other {
                    return Err(mismatch(
                        &sheet,
                        expected(format!("names the fingerprint {other}")),
                    ));
                }
                html_text(&text).ok_or_else(|| mismatch(path, "is not HTML candor can read"))?
            }
        };
        names_only(&shown, &p.fingerprint, also)
            .map_err(|found| mismatch(path, expected(found)))?;
        // An annex links the canonical files its fingerprints are computed from, and no other
        // publication's or wording's (qa146: a revised wording's annex linking the next
        // revision's file passed).
        if path.ends_with("annex/index.html") {
            let files = (p.revisions.iter().zip(&p.revision_files))
                .filter(|(fingerprint, _)| also.contains(fingerprint))
                .map(|(_, file)| file);
            let allowed: Vec<&String> = std::iter::once(&p.canonical).chain(files).collect();
            let folder = format!("{}/", published::FOLDER);
            for href in links(&text) {
                let Some(target) = in_folder(path, &href) else {
                    continue;
                };
                if target.starts_with(&folder) && !allowed.contains(&&target) {
                    let allowed: Vec<String> = allowed.iter().map(|a| format!("`{a}`")).collect();
                    return Err(mismatch(
                        path,
                        format!(
                            "links `{href}`, the canonical file of another publication or \
                             wording; it links those of its own: {}",
                            allowed.join(", ")
                        ),
                    ));
                }
            }
        }
        Ok(())
    }

    /// The first style sheet the page at `path` (`html`) applies ([`Folder::styles`]) that
    /// names a fingerprint not `allowed`, with that fingerprint.
    fn style_naming(
        &self,
        path: &str,
        html: &str,
        allowed: impl Fn(&str) -> bool,
    ) -> Result<Option<(String, String)>, Failure> {
        for (sheet, css) in self.styles(path, html)? {
            if let Some(other) = css_fingerprints(&css).into_iter().find(|f| !allowed(f)) {
                return Ok(Some((sheet, other)));
            }
        }
        Ok(None)
    }

    /// The style sheets the page at `path` (`html`) applies, each with where it is: its
    /// `<style>` elements, and the files its `<link rel="stylesheet">` elements name in the
    /// folder, with those they `@import`. A printed page's margins are written in them (qa106:
    /// a second style sheet linked by an annex printed another publication's fingerprint on
    /// every page). A style sheet from anywhere else is a mismatch: candor links none.
    fn styles(&self, path: &str, html: &str) -> Result<Vec<(String, String)>, Failure> {
        use lol_html::{RewriteStrSettings, element, rewrite_str, text};
        let (inline, linked, base) = (
            std::cell::RefCell::new(String::new()),
            std::cell::RefCell::new(Vec::new()),
            std::cell::Cell::new(false),
        );
        rewrite_str(
            html,
            RewriteStrSettings::new()
                .with_strict(false)
                .append_element_content_handler(text!("style", |t| {
                    inline.borrow_mut().push_str(t.as_str());
                    Ok(())
                }))
                .append_element_content_handler(element!("link[href]", |el| {
                    let rel = el.get_attribute("rel").unwrap_or_default().to_lowercase();
                    if rel.split_ascii_whitespace().any(|r| r == "stylesheet") {
                        let href = el.get_attribute("href").unwrap_or_default();
                        linked
                            .borrow_mut()
                            .push(htmlize::unescape_attribute(&href).into_owned());
                    }
                    Ok(())
                }))
                .append_element_content_handler(element!("base", |_| {
                    base.set(true);
                    Ok(())
                })),
        )
        .map_err(|_| mismatch(path, "is not HTML candor can read"))?;
        if base.get() {
            return Err(mismatch(
                path,
                "has a `<base>` element, which candor never writes: it would make every address \
                 on the page another",
            ));
        }
        // A style element in an SVG reads its character references; one in HTML shows them
        // as written, which names no more.
        let inline = htmlize::unescape(inline.into_inner()).into_owned();
        let mut to_read: Vec<(String, String)> = (linked.into_inner().into_iter())
            .chain(imports(&inline))
            .map(|href| (path.to_string(), href))
            .collect();
        let mut sheets = vec![(path.to_string(), inline)];
        // Each file once, however often it is linked or imported.
        let mut seen = BTreeSet::new();
        while let Some((from, href)) = to_read.pop() {
            let Some(rel) = in_folder(&from, &href) else {
                return Err(mismatch(
                    &from,
                    format!("applies the style sheet `{href}`, which is not in this folder"),
                ));
            };
            if !seen.insert(rel.clone()) {
                continue;
            }
            if std::fs::symlink_metadata(self.root.join(&rel)).is_err() {
                return Err(mismatch(
                    &from,
                    format!("applies the style sheet `{href}`, which is not there"),
                ));
            }
            let css = String::from_utf8_lossy(&self.read(&rel)?).into_owned();
            to_read.extend(imports(&css).into_iter().map(|href| (rel.clone(), href)));
            sheets.push((rel, css));
        }
        Ok(sheets)
    }

    /// The language's page is there, and each annex in `lang`, the current one and each
    /// archived publication's, names the fingerprint of its publication and no other: a signed
    /// annex is matched to its publication by it. An annex its page links must be there; one
    /// no page links is checked where there is one (a site built before candor wrote annexes
    /// has none). Returns how many were checked.
    fn annexes(&self, lang: &str, chain: &[Checked]) -> Result<usize, Failure> {
        let page = format!("{lang}/index.html");
        // Missing, or a link to nothing; otherwise a file of the folder.
        if std::fs::metadata(self.root.join(&page)).is_err() {
            return Err(mismatch(
                &page,
                format!(
                    "is missing: candor writes the page of every language, and {DATA} lists `{lang}`"
                ),
            ));
        }
        // Today's page names no fingerprint, or its publication's (qa99: an earlier one's
        // written into it passed).
        let text = String::from_utf8_lossy(&self.read(&page)?).into_owned();
        let shown =
            html_text(&text).ok_or_else(|| mismatch(&page, "is not HTML candor can read"))?;
        if let Some(p) = chain.last() {
            if !fingerprints(&shown).is_empty() {
                self.names_publication(&page, p, &[])?;
            } else if let Some((sheet, other)) =
                self.style_naming(&page, &text, |f| f == p.fingerprint)?
            {
                return Err(mismatch(
                    &sheet,
                    format!(
                        "names the fingerprint {other}; expected none or {}, the fingerprint of \
                         the publication of {}",
                        p.fingerprint, p.id
                    ),
                ));
            }
        }
        // An annex whose words a revision made (today's, in a revised wording; the archive's
        // copy of the day of a publication in a language a revision added) names that
        // revision's fingerprint too.
        let current = chain
            .last()
            .map(|p| (page.clone(), format!("{lang}/annex/index.html"), p));
        let archived = chain.iter().map(|p| {
            let folder = format!("{lang}/archive/{}", p.id);
            (
                format!("{folder}/index.html"),
                format!("{folder}/annex/index.html"),
                p,
            )
        });
        let mut checked = 0;
        for (page, path, p) in current.into_iter().chain(archived) {
            if std::fs::symlink_metadata(self.root.join(&path)).is_err() {
                let linked = std::fs::symlink_metadata(self.root.join(&page)).is_ok()
                    && String::from_utf8_lossy(&self.read(&page)?).contains("annex/index.html\"");
                if linked {
                    return Err(mismatch(
                        &path,
                        format!("is missing, and `{page}` links it"),
                    ));
                }
                continue;
            }
            self.names_publication(&path, p, &p.revisions)?;
            // The margin of every printed page names the fingerprint too, where the annex's
            // stylesheet is (a site built before candor printed it has none).
            let css = path.replace("index.html", "print.css");
            if std::fs::symlink_metadata(self.root.join(&css)).is_ok() {
                self.names_publication(&css, p, &[])?;
            }
            checked += 1;
        }
        Ok(checked)
    }

    /// Every link a page of the folder makes to a file of the folder leads to one (qa108: a
    /// notice taken away while the change log and the feed still linked it verified). Links
    /// elsewhere (another site, an e-mail address) are not followed.
    fn links_resolve(&self) -> Result<(), Failure> {
        for entry in self.walk() {
            let (entry, rel) = entry?;
            let html = [".html", ".htm", ".xhtml"].iter().any(|e| rel.ends_with(e));
            if !entry.file_type().is_file() || !html {
                continue;
            }
            let text = String::from_utf8_lossy(&self.read(&rel)?).into_owned();
            for href in links(&text) {
                let Some(target) = in_folder(&rel, &href) else {
                    continue;
                };
                // A link to the page itself, or to its place (`#summary`), is there.
                if target.is_empty() || target == rel {
                    continue;
                }
                if std::fs::symlink_metadata(self.root.join(&target)).is_err() {
                    return Err(mismatch(
                        &rel,
                        format!("links `{href}`, which is not there"),
                    ));
                }
            }
        }
        Ok(())
    }

    /// Every other page of the folder (a change log, a list of versions, the list of
    /// languages, a theme's page) names no fingerprint but one of a publication `history.json`
    /// lists (qa101: the first publication's written into a change log passed). Not today's
    /// pages, the archive's and the annexes, whose own checks are stricter.
    fn other_pages(&self, chain: &[Checked]) -> Result<(), Failure> {
        let known: BTreeSet<&str> = chain.iter().map(|p| p.fingerprint.as_str()).collect();
        for entry in self.walk() {
            let (entry, rel) = entry?;
            let parts: Vec<&str> = rel.split('/').collect();
            // Those the checks of the archive and the annexes read: not any other file beside
            // them (qa107: a forged copy saved as `signed-copy.html` in a publication's folder).
            let archived = |id: &str| PublicationId::parse(id).is_some();
            let checked = match parts.as_slice() {
                [_, "index.html"] | [_, "annex", "index.html"] => true,
                [_, "archive", id, "index.html"] | [_, "archive", id, "annex", "index.html"] => {
                    archived(id)
                }
                [_, "archive", id, copy, "index.html"]
                | [_, "archive", id, copy, "annex", "index.html"] => {
                    archived(id) && is_revision_folder(copy)
                }
                _ => false,
            };
            let html = [".html", ".htm", ".xhtml"].iter().any(|e| rel.ends_with(e));
            if !entry.file_type().is_file() || !html || checked {
                continue;
            }
            let text = String::from_utf8_lossy(&self.read(&rel)?).into_owned();
            let shown =
                html_text(&text).ok_or_else(|| mismatch(&rel, "is not HTML candor can read"))?;
            let in_text = (fingerprints(&shown).into_iter())
                .find(|f| !known.contains(f.as_str()))
                .map(|other| (rel.clone(), other));
            let in_style = match in_text {
                Some(found) => Some(found),
                None => self.style_naming(&rel, &text, |f| known.contains(f))?,
            };
            if let Some((file, other)) = in_style {
                return Err(mismatch(
                    &file,
                    format!(
                        "names the fingerprint {other}, of no publication `{}` lists",
                        published::INDEX
                    ),
                ));
            }
        }
        Ok(())
    }

    /// The names of the folders (and links) in the folder at `rel`, sorted; none if it does
    /// not exist. A folder that resolves outside the site is a mismatch, and is not read.
    fn list(&self, rel: &str) -> Result<Vec<String>, Failure> {
        Ok((self.entries(rel)?.into_iter())
            .filter(|(_, kind)| kind.is_dir() || kind.is_symlink())
            .map(|(name, _)| name)
            .collect())
    }

    /// The names of everything in the folder at `rel`, with what each is, sorted; as
    /// [`Folder::list`].
    fn entries(&self, rel: &str) -> Result<Vec<(String, std::fs::FileType)>, Failure> {
        let path = self.root.join(rel);
        if std::fs::symlink_metadata(&path).is_err() {
            return Ok(Vec::new());
        }
        let inside = std::fs::canonicalize(self.root)
            .and_then(|root| Ok((root, std::fs::canonicalize(&path)?)))
            .map_err(|e| Failure::Io(IoError::new("cannot resolve", &path, e)))?;
        let (root, resolved) = inside;
        if !resolved.starts_with(&root) {
            return Err(mismatch(
                rel,
                format!(
                    "resolves to `{}`, outside the folder; verify reads only inside it",
                    resolved.display()
                ),
            ));
        }
        let io = |e| Failure::Io(IoError::new("cannot read", &path, e));
        let mut names = Vec::new();
        for entry in std::fs::read_dir(&resolved).map_err(io)? {
            let entry = entry.map_err(io)?;
            let kind = entry.file_type().map_err(io)?;
            names.push((entry.file_name().to_string_lossy().into_owned(), kind));
        }
        names.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(names)
    }
}

/// The path in the folder of `href` linked from the file at `from` (both relative to the
/// folder's root); `None` where it leads elsewhere (another host, a `data:` address).
fn in_folder(from: &str, href: &str) -> Option<String> {
    let base = url::Url::parse("https://verify.invalid/")
        .and_then(|root| root.join(from))
        .ok()?;
    let url = base.join(href).ok()?;
    if url.origin() != base.origin() {
        return None;
    }
    // Each name as the file system reads it: one spelling a separator or a step up as an
    // escape (`a%2F..%2F..`) names no file of the folder, and joined to its path would leave it.
    let segments: Option<Vec<String>> = url
        .path_segments()?
        .map(|s| {
            let s = percent_encoding::percent_decode_str(s).decode_utf8().ok()?;
            let plain = !s.contains(['/', '\\']) && s != "." && s != "..";
            plain.then(|| s.into_owned())
        })
        .collect();
    Some(segments?.join("/"))
}

/// The style sheets CSS `text` imports (`@import url(a.css)`, `@import "a.css"`), as written.
fn imports(text: &str) -> Vec<String> {
    let shown = css_shown(text);
    let lower = shown.to_ascii_lowercase();
    lower
        .match_indices("@import")
        .filter_map(|(at, _)| {
            let rest = shown[at + "@import".len()..].trim_start();
            let rest = match rest.get(..4) {
                Some(url) if url.eq_ignore_ascii_case("url(") => rest[4..].trim_start(),
                _ => rest,
            };
            let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'');
            let href: String = match quote {
                Some(q) => rest[1..].chars().take_while(|c| *c != q).collect(),
                None => rest
                    .chars()
                    .take_while(|c| !c.is_whitespace() && *c != ')' && *c != ';')
                    .collect(),
            };
            (!href.is_empty()).then_some(href)
        })
        .collect()
}

/// Whether `name` is a copy of a revised wording's folder as candor names one
/// (`revision-2`: a number, no leading zero).
fn is_revision_folder(name: &str) -> bool {
    name.strip_prefix("revision-").is_some_and(|n| {
        n.parse::<usize>()
            .is_ok_and(|k| k > 0 && k.to_string() == n)
    })
}

/// The addresses `html` links (`<a href>`), as a browser reads them (character references
/// read).
fn links(html: &str) -> Vec<String> {
    use lol_html::{RewriteStrSettings, element, rewrite_str};
    let found = std::cell::RefCell::new(Vec::new());
    let _ = rewrite_str(
        html,
        RewriteStrSettings::new()
            .with_strict(false)
            .append_element_content_handler(element!("a[href]", |el| {
                let href = el.get_attribute("href").unwrap_or_default();
                found
                    .borrow_mut()
                    .push(htmlize::unescape_attribute(&href).into_owned());
                Ok(())
            })),
    );
    found.into_inner()
}

/// Whether `text` is well-formed XML of one root element: its tags nested and closed, and
/// after the root's end nothing but space, comments and processing instructions.
fn well_formed(text: &str) -> Result<(), String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(text);
    let (mut depth, mut ended) = (0usize, false);
    loop {
        let event = reader.read_event().map_err(|e| e.to_string())?;
        let content = match &event {
            Event::Text(t) => !t.iter().all(u8::is_ascii_whitespace),
            Event::Start(_) | Event::Empty(_) | Event::CData(_) | Event::GeneralRef(_) => true,
            _ => false,
        };
        if ended && content {
            return Err("it goes on after the end of its root element".into());
        }
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                ended |= depth == 0;
            }
            Event::Empty(_) => ended |= depth == 0,
            Event::Eof if depth > 0 => return Err("it ends inside an element".into()),
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

/// Why `seal` is no revision candor records, if it is not one: one revises a translation's words
/// (each list named by its fingerprint) or its stale messages. (Which languages it names is not
/// checked: `data.json` lists today's, and a revision may be of a language since removed.)
fn not_a_revision(seal: &lock::TranslationSeal) -> Option<String> {
    let is_fingerprint = |f: &str| {
        f.strip_prefix("sha256:").is_some_and(|hex| {
            hex.len() == 64 && hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
        })
    };
    if seal.translations.is_empty() && seal.stale.is_empty() {
        return Some("revises nothing: candor records a revision only where a translation's words or stale messages changed".into());
    }
    if let Some((lang, list)) = (seal.translations.iter()).find(|(_, f)| !is_fingerprint(f)) {
        return Some(format!(
            "names `{list}` as the list of messages of `{lang}`, which is no fingerprint (`sha256:` and 64 lowercase hex digits)"
        ));
    }
    None
}

/// Whether `text` names `fingerprint` and no other fingerprint but those of `also`; otherwise
/// what it names.
fn names_only(text: &str, fingerprint: &str, also: &[String]) -> Result<(), String> {
    let found = fingerprints(text);
    let other = (found.iter()).find(|f| *f != fingerprint && !also.iter().any(|a| a == *f));
    match other {
        _ if found.is_empty() => Err("names no fingerprint".into()),
        Some(other) => Err(format!("names the fingerprint {other}")),
        None if !found.iter().any(|f| f == fingerprint) => {
            Err("names no fingerprint of its publication".into())
        }
        None => Ok(()),
    }
}

/// CSS `text` without its comments (`/* … */`, outside strings), which print nothing: a string
/// split by one (`"sha256:" /**/ "…"`) is one string side by side, a commented `@import` no
/// import (qa107).
fn without_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut quote: Option<char> = None;
    while let Some(c) = rest.chars().next() {
        if quote.is_none() && rest.starts_with("/*") {
            rest = rest[2..].find("*/").map_or("", |end| &rest[2 + end + 2..]);
            out.push(' ');
            continue;
        }
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (Some(_), '\\') => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
                if let Some(escaped) = rest.chars().next() {
                    out.push(escaped);
                    rest = &rest[escaped.len_utf8()..];
                }
                continue;
            }
            _ => {}
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// The fingerprints CSS `text` may print ([`fingerprints`] of [`css_shown`]), and each run of
/// 64 hex digits on its own, as one a custom property or a counter could put after a
/// `sha256:` written elsewhere (qa107) is.
fn css_fingerprints(text: &str) -> BTreeSet<String> {
    let shown = css_shown(text);
    let mut found = fingerprints(&shown);
    let mut run = String::new();
    for c in shown.chars().chain([' ']) {
        if c.is_ascii_hexdigit() {
            run.push(c);
            continue;
        }
        if run.len() == 64 {
            found.insert(format!("sha256:{}", run.to_ascii_lowercase()));
        }
        run.clear();
    }
    found
}

/// CSS `text` with its escapes (`\3A `, `\:`) read as the characters they stand for and each
/// run of strings side by side (`"sha2" "56:…"`, which `content` prints as one) made one.
fn css_shown(text: &str) -> String {
    let text = without_comments(text);
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let mut hex = String::new();
                while hex.len() < 6 && chars.peek().is_some_and(char::is_ascii_hexdigit) {
                    hex.extend(chars.next());
                }
                if hex.is_empty() {
                    out.extend(chars.next());
                } else {
                    if chars.peek().is_some_and(|c| c.is_ascii_whitespace()) {
                        chars.next();
                    }
                    let code = u32::from_str_radix(&hex, 16).unwrap_or(0xFFFD);
                    out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
                }
            }
            '"' | '\'' if out.ends_with(['"', '\'']) => {
                out.pop();
            }
            c if c.is_ascii_whitespace() && out.ends_with(['"', '\'']) => {
                // Whitespace after a string's end: dropped if another string follows.
                let mut space = String::from(c);
                while let Some(&next) = chars.peek().filter(|c| c.is_ascii_whitespace()) {
                    space.push(next);
                    chars.next();
                }
                if chars.peek().is_some_and(|c| *c == '"' || *c == '\'') {
                    chars.next();
                    out.pop();
                } else {
                    out.push_str(&space);
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// The fingerprints `text` names, as a reader reads them, without repeats: each `sha256:` and
/// the hex digits right after it, as candor writes one (one with no digit after it, "checked
/// with sha256: daily", names none); and each run of 64 or more hex digits after a colon,
/// however what comes before is spelt (qa62, qa63: a forged fingerprint beside the real one,
/// hidden, spelt `SHA256:`, `sha-256 :`, `ＳＨＡ２５６：`, `shа256:` with a Cyrillic `а`). Read
/// in compatibility form (fullwidth letters are letters), in any case, any dash a hyphen, and
/// invisible (format) characters left out.
fn fingerprints(text: &str) -> BTreeSet<String> {
    use icu_properties::props::{DefaultIgnorableCodePoint, GeneralCategory};
    use icu_properties::{CodePointMapData, CodePointSetData};
    let category = CodePointMapData::<GeneralCategory>::new();
    let ignorable = CodePointSetData::new::<DefaultIgnorableCodePoint>();
    let compatible = icu_normalizer::ComposingNormalizerBorrowed::new_nfkc().normalize(text);
    let read: String = (compatible.chars())
        .filter(|c| category.get(*c) != GeneralCategory::Format && !ignorable.contains(*c))
        .map(|c| match category.get(c) {
            GeneralCategory::DashPunctuation => '-',
            _ => c.to_ascii_lowercase(),
        })
        .collect();
    let hex_run = |rest: &str| -> usize {
        rest.find(|c: char| !c.is_ascii_hexdigit())
            .unwrap_or(rest.len())
    };
    let mut found = BTreeSet::new();
    for (at, _) in read.match_indices("sha256:") {
        let rest = &read[at + "sha256:".len()..];
        let hex = &rest[..hex_run(rest)];
        // A word that starts with hex letters (`sha256:each`) is a word (qa64).
        let word = rest[hex.len()..].starts_with(char::is_alphanumeric);
        if !hex.is_empty() && !word {
            found.insert(format!("sha256:{hex}"));
        }
    }
    for (at, _) in read.match_indices(':') {
        let rest = read[at + 1..].trim_start();
        let hex = &rest[..hex_run(rest)];
        if hex.len() >= 64 {
            found.insert(format!("sha256:{hex}"));
        }
    }
    found
}

/// The elements a line of text runs on through ([`html_text`]).
const PHRASING: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd",
    "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
];

/// The text of `html` as a reader reads it, read by an HTML parser (lol_html, as `review`
/// reads pages): its tags, comments, scripts and styles left out (`sha256<wbr>:`,
/// `sha256:<span>…</span>` read as `sha256:…`; a comment ended by `--!>` as a browser ends it),
/// its character references read. Text runs on through phrasing elements (`<code>`, `<span>`),
/// as a reader reads it; a table cell, a paragraph or a line break ends it. `None` for what
/// does not parse.
fn html_text(html: &str) -> Option<String> {
    use lol_html::html_content::ContentType;
    use lol_html::{RewriteStrSettings, doc_comments, doc_text, element, rewrite_str};
    // First, what is no text left out, and a space around each element that ends a line.
    let spaced = rewrite_str(
        html,
        RewriteStrSettings::new()
            .with_strict(false)
            .append_element_content_handler(element!("script, style, template", |el| {
                el.remove();
                Ok(())
            }))
            .append_element_content_handler(element!("*", |el| {
                if !PHRASING.contains(&el.tag_name().as_str()) {
                    el.before(" ", ContentType::Text);
                    el.after(" ", ContentType::Text);
                }
                Ok(())
            }))
            .append_document_content_handler(doc_comments!(|c| {
                c.remove();
                Ok(())
            })),
    )
    .ok()?;
    let text = std::cell::RefCell::new(String::with_capacity(spaced.len()));
    rewrite_str(
        &spaced,
        RewriteStrSettings::new()
            .with_strict(false)
            .append_document_content_handler(doc_text!(|t| {
                text.borrow_mut().push_str(t.as_str());
                Ok(())
            })),
    )
    .ok()?;
    Some(htmlize::unescape(&*text.into_inner()).into_owned())
}

/// A date written exactly as candor writes one (`2025-10-30`).
fn parse_date(text: &str) -> Option<jiff::civil::Date> {
    text.parse::<jiff::civil::Date>()
        .ok()
        .filter(|d| d.to_string() == text)
}

/// A moment written exactly as candor writes one (`2026-11-30T09:41:07Z`), on `date` in UTC.
fn parse_time(text: &str, date: jiff::civil::Date) -> Option<jiff::Timestamp> {
    text.parse::<jiff::Timestamp>()
        .ok()
        .filter(|t| t.to_string() == text && When::at(*t).date == date)
}

/// A publication's date, and its time where it has one.
fn describe(when: When) -> String {
    match when.time {
        Some(time) => time.to_string(),
        None => when.date.to_string(),
    }
}

/// The language whose folder `href`, a link of the language list, leads into, as a browser
/// reads the link (`./`, `..`, `%78`, a query): its first folder, in lower case, where that is
/// named as a language is ([`looks_like_language`]); `None` for a link out of the site, or to
/// a file or folder of another name (`style.css`, `#main`, `help/`).
fn language_linked(href: &str) -> Option<String> {
    let base = url::Url::parse("https://verify.invalid/").expect("a URL");
    let url = base.join(href).ok()?;
    if url.origin() != base.origin() {
        return None;
    }
    let mut segments = url.path_segments()?;
    let first = segments.next()?;
    let first = percent_encoding::percent_decode_str(first)
        .decode_utf8()
        .ok()?
        .to_ascii_lowercase();
    // A file at the top (`style.css`) is no language's folder; `xx` alone leads to one.
    let folder = segments.next().is_some() || !first.contains('.');
    (folder && looks_like_language(&first)).then_some(first)
}

/// Whether a folder's name is named as a language's is: a tag ([`is_language_tag`]) whose
/// language is two or three letters (`de`, `fr-ca`, `gsw`), not a theme's folder such as
/// `help` or `media`.
fn looks_like_language(name: &str) -> bool {
    let language = name.split('-').next().unwrap_or_default();
    is_language_tag(name)
        && (2..=3).contains(&language.len())
        && language.chars().all(|c| c.is_ascii_alphabetic())
}

/// A language tag as a folder name: letters and digits in parts joined by `-`, nothing that
/// could lead elsewhere.
fn is_language_tag(tag: &str) -> bool {
    !tag.is_empty()
        && tag
            .split('-')
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_are_found_whole_and_only_the_expected_one_passes() {
        let a = format!("sha256:{}", "a".repeat(64));
        let b = format!("sha256:{}", "b".repeat(64));
        assert_eq!(
            names_only(&format!("<code>{a}</code> {a}"), &a, &[]),
            Ok(())
        );
        assert_eq!(
            names_only("no fingerprint here", &a, &[]),
            Err("names no fingerprint".into())
        );
        assert_eq!(
            names_only(&format!("{a} {b}"), &a, &[]),
            Err(format!("names the fingerprint {b}"))
        );
        // A revision's, where it may stand beside its publication's; never alone.
        assert_eq!(
            names_only(&format!("{a} {b}"), &a, std::slice::from_ref(&b)),
            Ok(())
        );
        assert_eq!(
            names_only(&b, &a, std::slice::from_ref(&b)),
            Err("names no fingerprint of its publication".into())
        );
        // One digit more or less is another fingerprint.
        assert!(names_only(&format!("{a}0"), &a, &[]).is_err());
        assert!(names_only(&a[..a.len() - 1], &a, &[]).is_err());
        // Spelt so that a reader sees another one, it is that one (qa62: beside the real one,
        // hidden), whatever its case, and through invisible characters.
        let bs = "b".repeat(64);
        for forged in [
            format!("<span hidden>{a}</span>SHA256:{}", bs.to_uppercase()),
            format!("<span style=\"display:none\">{a}</span> sha256 : {bs}"),
            format!("<abbr title=\"{a}\">sha-256:{bs}</abbr>"),
            format!("{a} sha256:\u{200b}{bs}"),
            format!("{a} sha256:{}\u{ad}{}", &bs[..32], &bs[32..]),
        ] {
            assert_eq!(
                names_only(&forged, &a, &[]),
                Err(format!("names the fingerprint {b}"))
            );
        }
        // Through markup, in another dash, colon or width, or with a letter of another script
        // (qa63): what a reader reads.
        for forged in [
            format!("sha256:<span>{bs}</span>"),
            format!("sha256<wbr>:{bs}"),
            format!("sha256<!-- x -->:{bs}"),
            format!("SHA\u{2011}256:{bs}"),
            format!("sha256\u{ff1a}{bs}"),
            format!("\u{ff33}\u{ff28}\u{ff21}\u{ff12}\u{ff15}\u{ff16}:{bs}"),
            format!("sh\u{430}256:{bs}"),
            format!("a < b sha256:{bs}"),
            // qa64: a comment ended as a browser ends one, markup in a style, a character
            // that shows nothing.
            format!("<!-- x --!><code>sha256:{bs}</code><!-- -->"),
            format!("<style>/*<!--*/</style><code>sha256:{bs}</code><!-- -->"),
            format!("sha256:\u{34f}{bs}"),
            format!("sha256:\u{fe00}{bs}"),
        ] {
            let page = format!("<code hidden>{a}</code> <code>{forged}</code>");
            let read = html_text(&page).expect("HTML");
            assert_eq!(
                names_only(&read, &a, &[]),
                Err(format!("names the fingerprint {b}")),
                "{forged}"
            );
        }
        // A site's words that name the hash function name no fingerprint (qa63).
        for words in [
            "We check files with SHA-256: a standard hash function.",
            "SHA-256: de standaard",
            "SHA256: 2 rounds",
            "Backups are checked with SHA256:each file.",
            "SHA256:default",
        ] {
            assert_eq!(
                names_only(&format!("{words} {a}"), &a, &[]),
                Ok(()),
                "{words}"
            );
        }
        // The real one in capitals is the real one.
        assert_eq!(names_only(&a.to_uppercase(), &a, &[]), Ok(()));
        let b_spelt = format!("sha256&#58;{}", "b".repeat(64));
        assert!(names_only(&htmlize::unescape(&b_spelt), &a, &[]).is_err());
        let b_css = format!("content: \"sha2\" \"56\\3A {}\"; /* {a} */", "b".repeat(64));
        // The comment prints nothing: the real one in it does not make the forged one pass.
        assert_eq!(
            css_shown(&b_css),
            format!("content: \"sha256:{}\";  ", "b".repeat(64))
        );
        assert!(names_only(&css_shown(&b_css), &a, &[]).is_err());
        // The word alone, in a site's own text, names none.
        assert_eq!(
            names_only(
                &format!("Backups are checked with sha256: daily. {a}"),
                &a,
                &[]
            ),
            Ok(())
        );
    }

    #[test]
    fn a_link_into_the_folder_stays_in_it_however_it_is_spelt() {
        assert_eq!(
            in_folder("de/annex/index.html", "../revision-1/annex/index.html").as_deref(),
            Some("de/revision-1/annex/index.html")
        );
        assert_eq!(
            in_folder("de/index.html", "%2e%2e/%2e%2e/x.css").as_deref(),
            Some("x.css")
        );
        // A separator spelt as an escape would make the path absolute, or climb out, once
        // joined to the folder's: no file of the folder is named so.
        for href in [
            "%2Fetc%2Fpasswd",
            "a%2F..%2F..%2F..%2Fx",
            "..%5C..%5Cx",
            "%2e%2e%2Fx",
        ] {
            assert_eq!(in_folder("de/index.html", href), None, "{href}");
        }
        assert_eq!(
            in_folder("de/index.html", "https://example.com/x.css"),
            None
        );
    }

    #[test]
    fn dates_and_tags_are_taken_only_as_candor_writes_them() {
        assert!(parse_date("2025-10-30").is_some());
        for bad in ["2025-10-32", "2025-1-3", "20251030", "2025-10-30T00:00", ""] {
            assert!(parse_date(bad).is_none(), "{bad}");
        }
        assert!(is_language_tag("en") && is_language_tag("de-CH"));
        for bad in ["", "..", "en/..", "-en", "en-", "e n", "/etc"] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }
}
