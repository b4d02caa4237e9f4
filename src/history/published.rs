//! The history as a built site publishes it, so that anyone can check it without candor: one
//! file per publication, `history/<id>.json` ([`PublicationId`]: `2026-11-30`, or
//! `2026-11-30-2` for the day's second), holding exactly the canonical bytes its
//! fingerprint hashes ([`lock::canonical`]; `sha256sum` of the file prints the fingerprint's
//! hex), and `history.json`, which lists every publication with its date (and time), fingerprint, the
//! fingerprint before it and the path of its canonical file, and under it each revision of its
//! translations, with its fingerprint and canonical file `history/<id>/revised-<time>.json`. `candor verify` reads both back
//! through the same types and paths, so the two cannot drift apart.

use std::path::Path;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::history::lock::{self, Publication, PublicationId};

/// The list of publications, at the root of a built site.
pub const INDEX: &str = "history.json";

/// The version of the `history.json` format.
pub const VERSION: u32 = 1;

/// The folder, at the root of a built site, of each publication's canonical file.
pub const FOLDER: &str = "history";

/// The path, under the built site, of the canonical file of the publication `id`.
pub fn canonical_path(id: PublicationId) -> String {
    format!("{FOLDER}/{id}.json")
}

/// The paths, under the built site, of the canonical files of the revisions of the
/// publication `id` recorded at `times`, in order: each named by its time,
/// `history/2026-11-30/revised-20261203T094107Z.json`, and the second or a later one of the
/// same second by its place in it too (`…T094107Z-2.json`), so that each has its own.
pub fn revision_paths(id: PublicationId, times: &[jiff::Timestamp]) -> Vec<String> {
    (times.iter().enumerate())
        .map(|(i, time)| {
            let stamp = time.strftime("%Y%m%dT%H%M%SZ");
            match 1 + times[..i].iter().filter(|t| *t == time).count() {
                1 => format!("{FOLDER}/{id}/revised-{stamp}.json"),
                n => format!("{FOLDER}/{id}/revised-{stamp}-{n}.json"),
            }
        })
        .collect()
}

/// The document `history.json` holds; its JSON Schema is `candor schema history`.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HistoryJson {
    /// The format version (1).
    pub version: u32,
    /// Every publication, oldest first: the order of the chain.
    pub publications: Vec<Listed>,
}

/// One publication as `history.json` lists it.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Listed {
    /// The date of the publication (ISO 8601, `2025-10-30`).
    pub date: String,
    /// The moment it was recorded, in UTC (RFC 3339, `2026-11-30T09:41:07Z`); absent for a
    /// publication recorded before candor kept the time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// `sha256:` and the lowercase hex SHA-256 of the file `canonical` names.
    pub fingerprint: String,
    /// The fingerprint of the publication before this one; null for the first.
    pub previous: Option<String>,
    /// The path of the file holding the canonical form the fingerprint hashes, relative to the
    /// site's root (`history/2025-10-30.json`; `history/2025-10-30-2.json` for the second
    /// publication of a day).
    pub canonical: String,
    /// The revisions of its translations made while it was the last publication, oldest first
    /// (`[]` for none; absent in a history a candor before December 2026 wrote, which listed
    /// none).
    #[serde(default)]
    pub revisions: Option<Vec<ListedRevision>>,
}

/// A revision of a publication's translations as `history.json` lists it.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ListedRevision {
    /// The moment it was recorded, in UTC (RFC 3339, `2026-12-03T09:41:07Z`).
    pub time: String,
    /// `sha256:` and the lowercase hex SHA-256 of the file `canonical` names.
    pub fingerprint: String,
    /// The fingerprint it follows: its publication's, or the revision's before it.
    pub previous: String,
    /// The path of the file holding the canonical form the fingerprint hashes, relative to the
    /// site's root (`history/2026-11-30/revised-20261203T094107Z.json`).
    pub canonical: String,
}

/// The files that publish `history`: each publication's canonical file and its revisions',
/// then `history.json`, by path under the built site. Made one at a time as they are taken, so that a build can
/// write each before the next is made: together they are as large as the whole history.
pub fn files(history: &[Publication]) -> impl Iterator<Item = (String, Vec<u8>)> + '_ {
    let before = std::iter::once(None).chain(history.iter().map(Some));
    let canonical =
        (history.iter().zip(lock::ids(history)).zip(before)).flat_map(|((p, id), before)| {
            let revisions = revisions(p, id).map(move |(r, previous, path)| {
                (path, lock::revision_canonical(previous, r.time, &r.seal()))
            });
            std::iter::once_with(move || (canonical_path(id), p.canonical(before))).chain(revisions)
        });
    canonical.chain(std::iter::once_with(|| (INDEX.to_string(), index(history))))
}

/// The paths of the canonical files of the revisions of `p`, the publication `id`, in order
/// ([`revision_paths`]).
pub fn revision_paths_of(p: &Publication, id: PublicationId) -> Vec<String> {
    let times: Vec<jiff::Timestamp> = p.revisions.iter().map(|r| r.time).collect();
    revision_paths(id, &times)
}

/// The revisions of `p` (the publication `id`), each with the fingerprint it follows and the
/// path of its canonical file.
fn revisions(
    p: &Publication,
    id: PublicationId,
) -> impl Iterator<Item = (&lock::Revision, &str, String)> {
    let mut previous = p.fingerprint.as_str();
    (p.revisions.iter().zip(revision_paths_of(p, id)))
        .map(move |(r, path)| (r, std::mem::replace(&mut previous, &r.fingerprint), path))
}

/// `history.json`: the list of the publications, each with its fingerprint, the one before it
/// and the path of its canonical file.
fn index(history: &[Publication]) -> Vec<u8> {
    let before = std::iter::once(None).chain(history.iter().map(Some));
    let listed = (history.iter().zip(lock::ids(history)).zip(before))
        .map(|((p, id), before)| Listed {
            date: p.date.to_string(),
            time: p.time.map(|t| t.to_string()),
            fingerprint: p.fingerprint.clone(),
            previous: p.follows(before).map(str::to_string),
            canonical: canonical_path(id),
            revisions: Some(
                revisions(p, id)
                    .map(|(r, previous, canonical)| ListedRevision {
                        time: r.time.to_string(),
                        fingerprint: r.fingerprint.clone(),
                        previous: previous.to_string(),
                        canonical,
                    })
                    .collect(),
            ),
        })
        .collect();
    let doc = HistoryJson {
        version: VERSION,
        publications: listed,
    };
    let mut index = serde_json::to_vec_pretty(&doc).expect("the history serializes");
    index.push(b'\n');
    index
}

impl Listed {
    /// Its publication's id, as the name of its canonical file gives it
    /// (`history/2026-11-30-2.json`), where that is one [`canonical_path`] makes.
    pub fn id(&self) -> Option<PublicationId> {
        let name = self.canonical.strip_prefix(FOLDER)?.strip_prefix('/')?;
        PublicationId::parse(name.strip_suffix(".json")?)
    }
}

/// A record an output's history lists and the lock no longer holds, or one the lock holds
/// that the output's history left out though it listed what came after it.
#[derive(Debug)]
pub enum Lost {
    /// A publication, as listed.
    Publication(Listed),
    /// A revision of a publication the lock still holds: that publication's id in words (its
    /// date where its canonical file's name gives none), and when the revision was recorded.
    Revision { of: String, time: String },
    /// A revision the lock holds of a publication the output's history lists, with its
    /// revisions, before its last: none can be recorded since, as a revision is recorded of
    /// the last publication only.
    Added { of: String, time: String },
}

impl Lost {
    /// The record in words: "the publication of 2026-11-30", "the revision of the publication
    /// of 2026-11-30 recorded at 2027-01-01T00:00:00Z".
    pub fn describe(&self) -> String {
        match self {
            Lost::Publication(listed) => format!("the publication of {}", listed.in_words()),
            Lost::Revision { of, time } | Lost::Added { of, time } => {
                format!("the revision of the publication of {of} recorded at {time}")
            }
        }
    }
}

/// What of the history a built site in `out` published (its `history.json`, which an earlier
/// build wrote) `history` no longer holds: publications, and revisions of the publications it
/// still holds, the lock lost by an older copy restored or an edit. Nothing where the output
/// has no history, or one that does not read (a tampered one is for `candor verify` to tell).
pub fn lost(out: &Path, history: &[Publication]) -> Vec<Lost> {
    let Some(published) = crate::fs::read_plain(&out.join(INDEX))
        .and_then(|bytes| serde_json::from_slice::<HistoryJson>(&bytes).ok())
    else {
        return Vec::new();
    };
    lost_from(published, history)
}

/// [`lost`], of `bytes`, a `history.json` as a deployed site published it; `None` where they
/// are no history candor wrote.
pub fn lost_in(bytes: &[u8], history: &[Publication]) -> Option<Vec<Lost>> {
    let published = serde_json::from_slice::<HistoryJson>(bytes).ok()?;
    Some(lost_from(published, history))
}

fn lost_from(published: HistoryJson, history: &[Publication]) -> Vec<Lost> {
    let held: std::collections::HashSet<&str> = (history.iter())
        .flat_map(|p| {
            let revisions = p.revisions.iter().map(|r| r.fingerprint.as_str());
            std::iter::once(p.fingerprint.as_str()).chain(revisions)
        })
        .collect();
    let mut lost = Vec::new();
    let last = published.publications.len().saturating_sub(1);
    for (n, listed) in published.publications.into_iter().enumerate() {
        if !held.contains(listed.fingerprint.as_str()) {
            // Its revisions go with it.
            lost.push(Lost::Publication(listed));
            continue;
        }
        lost.extend(
            (listed.revisions().iter())
                .filter(|r| !held.contains(r.fingerprint.as_str()))
                .map(|r| Lost::Revision {
                    of: listed.in_words(),
                    time: r.time.clone(),
                }),
        );
        // Before its last publication, the output listed every revision there was.
        let Some(listed_revisions) = listed.revisions.as_ref().filter(|_| n < last) else {
            continue;
        };
        let publication = history.iter().find(|p| p.fingerprint == listed.fingerprint);
        lost.extend(
            (publication.into_iter().flat_map(|p| &p.revisions))
                .filter(|r| {
                    !listed_revisions
                        .iter()
                        .any(|l| l.fingerprint == r.fingerprint)
                })
                .map(|r| Lost::Added {
                    of: listed.in_words(),
                    time: r.time.to_string(),
                }),
        );
    }
    lost
}

impl Listed {
    /// The revisions it lists (none, where its history was written before revisions were).
    pub fn revisions(&self) -> &[ListedRevision] {
        self.revisions.as_deref().unwrap_or_default()
    }

    /// Its publication in words: its id ([`PublicationId::in_words`]) where its canonical
    /// file's name reads as one, otherwise its date.
    fn in_words(&self) -> String {
        self.id()
            .map_or_else(|| self.date.clone(), |id| id.in_words())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use sha2::{Digest, Sha256};

    use super::*;
    use crate::history::lock::{Covers, Snapshot, When, fingerprint};

    fn publication(date: jiff::civil::Date, previous: Option<&str>, fact: &str) -> Publication {
        at(When { date, time: None }, previous, fact)
    }

    fn at(when: When, previous: Option<&str>, fact: &str) -> Publication {
        let snapshot = Snapshot::new(serde_json::json!({ "fact": fact }), BTreeMap::new());
        Publication {
            date: when.date,
            time: when.time,
            fingerprint: fingerprint(when, previous, &snapshot, None),
            covers: Covers::Source,
            snapshot,
            translations: BTreeMap::new(),
            stale: BTreeMap::new(),
            revisions: Vec::new(),
            first_notice: false,
        }
    }

    #[test]
    fn a_second_publication_on_one_day_has_its_own_file_and_its_time() {
        let morning = at(When::at("2026-11-30T09:00:00Z".parse().unwrap()), None, "a");
        let afternoon = at(
            When::at("2026-11-30T15:30:07.25Z".parse().unwrap()),
            Some(&morning.fingerprint),
            "b",
        );
        let files: BTreeMap<String, Vec<u8>> =
            files(&[morning.clone(), afternoon.clone()]).collect();
        assert_eq!(
            String::from_utf8(files["history/2026-11-30-2.json"].clone()).unwrap(),
            format!(
                r#"{{"date":"2026-11-30","previous":"{}","snapshot":{{"facts":{{"fact":"b"}},"source":{{}}}},"time":"2026-11-30T15:30:07Z"}}"#,
                morning.fingerprint
            ),
            "the time is kept to the second, after the snapshot"
        );
        assert_eq!(
            lock::sha256(&files["history/2026-11-30-2.json"]),
            afternoon.fingerprint
        );
        let index: HistoryJson = serde_json::from_slice(&files["history.json"]).unwrap();
        let listed: Vec<_> = index
            .publications
            .iter()
            .map(|l| (l.canonical.as_str(), l.time.as_deref()))
            .collect();
        assert_eq!(
            listed,
            [
                ("history/2026-11-30.json", Some("2026-11-30T09:00:00Z")),
                ("history/2026-11-30-2.json", Some("2026-11-30T15:30:07Z"))
            ]
        );
    }

    #[test]
    fn each_canonical_file_hashes_to_its_fingerprint_and_the_index_lists_the_chain() {
        let first = publication(jiff::civil::date(2025, 1, 2), None, "a");
        let second = publication(
            jiff::civil::date(2025, 10, 30),
            Some(&first.fingerprint),
            "b",
        );
        let files: BTreeMap<String, Vec<u8>> = files(&[first.clone(), second.clone()]).collect();
        assert_eq!(
            files.keys().collect::<Vec<_>>(),
            [
                "history.json",
                "history/2025-01-02.json",
                "history/2025-10-30.json"
            ]
        );
        for p in [&first, &second] {
            let bytes = &files[&canonical_path(PublicationId {
                date: p.date,
                nth: 1,
            })];
            let hex: String = Sha256::digest(bytes)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            assert_eq!(format!("sha256:{hex}"), p.fingerprint);
        }
        assert_eq!(
            String::from_utf8(files["history/2025-10-30.json"].clone()).unwrap(),
            format!(
                r#"{{"date":"2025-10-30","previous":"{}","snapshot":{{"facts":{{"fact":"b"}},"source":{{}}}}}}"#,
                first.fingerprint
            )
        );
        let index: HistoryJson = serde_json::from_slice(&files["history.json"]).unwrap();
        assert_eq!(index.version, VERSION);
        assert_eq!(index.publications.len(), 2);
        assert_eq!(index.publications[0].previous, None);
        assert_eq!(
            index.publications[1].previous.as_deref(),
            Some(first.fingerprint.as_str())
        );
        assert_eq!(index.publications[1].fingerprint, second.fingerprint);
        assert_eq!(index.publications[1].canonical, "history/2025-10-30.json");
    }
}
