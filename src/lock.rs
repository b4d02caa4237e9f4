//! `candor.lock`: the record of every publication, and the last-modified stamp it yields.
//!
//! Like `Cargo.lock`, the file is written by `candor build` and committed. Each publication
//! records its date, a fingerprint of what the site published, and a snapshot of it (the facts
//! and the source-language text, in canonical form). The stamp on every page is the date of the
//! last publication; a build records a new one when, and only when, the fingerprint changes. So
//! the date moves with a fact or the source text, not with a translation, a reformatted file, a
//! file time or a fresh clone.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::diagnostic::{Diagnostic, Diagnostics, SourceFile};
use crate::fs::{self, IoError};

/// The file name, at the site root.
pub const FILE: &str = "candor.lock";
const VERSION: u32 = 1;
const HEADER: &str = "# This file is written by `candor build`: it records every publication of this site.\n\
# Commit it. Do not edit it by hand: the last-modified date of every page comes from it.\n\n";

/// What a site publishes, in canonical form: the facts, and the source-language text of every
/// message and term (re-serialized from the syntax tree, so layout and comments do not count).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    pub facts: serde_json::Value,
    pub source: BTreeMap<String, String>,
}

impl Snapshot {
    /// `sha256:` and the hex digest of the snapshot's JSON (object keys sorted).
    pub fn fingerprint(&self) -> String {
        let bytes = serde_json::to_vec(self).expect("a snapshot serializes");
        let digest = Sha256::digest(&bytes);
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        format!("sha256:{hex}")
    }
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
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Publication {
    pub date: toml::value::Datetime,
    pub fingerprint: String,
    pub snapshot: Snapshot,
    /// Per translation, message id to a fingerprint of its text when this was published; not
    /// part of the fingerprint (a translation does not make a publication), but lets `diff` say
    /// which translated messages changed since.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, BTreeMap<String, String>>,
}

impl Publication {
    pub fn date(&self) -> Option<jiff::civil::Date> {
        fs::civil_date(&self.date)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LockFile {
    pub version: u32,
    #[serde(default, rename = "publication")]
    pub publications: Vec<Publication>,
}

/// The date every page shows, the publications so far (a new one included), and whether this
/// build records that new one.
#[derive(Debug)]
pub struct Stamp {
    pub date: jiff::civil::Date,
    pub history: Vec<Publication>,
    /// Whether the last of `history` is a new publication (recorded or previewed).
    pub new: bool,
    /// Whether this build records the new publication in candor.lock.
    pub record: bool,
}

impl Stamp {
    /// The lock file that records `history`.
    pub fn lock_file(&self) -> LockFile {
        LockFile {
            version: VERSION,
            publications: self.history.clone(),
        }
    }
}

/// How a build treats a change that is not yet recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recording {
    /// Record a new publication dated `today` (`candor build`).
    Record { today: jiff::civil::Date },
    /// Fail instead (`candor build --locked`, for CI).
    Locked,
    /// Show what the date would be, record nothing (`candor check`).
    Preview { today: jiff::civil::Date },
}

/// The date of a new publication: `SOURCE_DATE_EPOCH` when set (reproducible builds), else
/// today in UTC. The variable must be what `date +%s` prints: seconds since 1970, and a date
/// that a lock file can hold (up to the year 9999).
pub fn publication_date() -> Result<jiff::civil::Date, String> {
    let timestamp = match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(v) => {
            let secs: i64 = v.trim().parse().map_err(|_| {
                format!("SOURCE_DATE_EPOCH must be a number of seconds since 1970 (as `date +%s` prints it), not `{v}`")
            })?;
            let last = jiff::civil::date(9999, 12, 31)
                .to_zoned(jiff::tz::TimeZone::UTC)
                .map_or(i64::MAX, |z| z.timestamp().as_second());
            if !(0..=last).contains(&secs) {
                return Err(format!(
                    "SOURCE_DATE_EPOCH `{v}` is out of range: it must be between 0 (1970) and {last} (the year 9999)"
                ));
            }
            jiff::Timestamp::from_second(secs)
                .map_err(|e| format!("SOURCE_DATE_EPOCH `{v}` is out of range: {e}"))?
        }
        Err(_) => jiff::Timestamp::now(),
    };
    Ok(timestamp.to_zoned(jiff::tz::TimeZone::UTC).date())
}

/// Reads `candor.lock` (absent: no publications yet) and checks that it was not edited.
pub fn read(root: &Path, diags: &mut Diagnostics) -> Option<(Option<Arc<SourceFile>>, LockFile)> {
    let path = root.join(FILE);
    if !path.exists() {
        return Some((
            None,
            LockFile {
                version: VERSION,
                publications: Vec::new(),
            },
        ));
    }
    let file = fs::read_source(root, &path)
        .map_err(|d| diags.push(d))
        .ok()?;
    let lock: LockFile = fs::parse_toml(&file).map_err(|d| diags.push(d)).ok()?;
    let errors_before = diags.error_count();
    if lock.version != VERSION {
        diags.push(
            Diagnostic::error(format!(
                "`{FILE}` has version {}, this candor reads version {VERSION}",
                lock.version
            ))
            .in_file(&file),
        );
    }
    for (i, p) in lock.publications.iter().enumerate() {
        if fs::civil_date(&p.date).is_none() {
            diags.push(
                Diagnostic::error(format!(
                    "publication {} in `{FILE}` has no valid date",
                    i + 1
                ))
                .in_file(&file),
            );
        }
        if p.snapshot.fingerprint() != p.fingerprint {
            diags.push(
                Diagnostic::error(format!(
                    "the publication of {} in `{FILE}` does not match its fingerprint",
                    p.date
                ))
                .in_file(&file)
                .with_help("the lock file was edited by hand; restore it from version control"),
            );
        }
    }
    (diags.error_count() == errors_before).then_some((Some(file), lock))
}

fn toml_date(d: jiff::civil::Date) -> toml::value::Datetime {
    d.to_string().parse().expect("an ISO date is a TOML date")
}

/// Decides the stamp for `snapshot`: the last publication's date if nothing changed, otherwise
/// a new publication dated `today` (recorded, or only previewed), or an error with `--locked`.
pub fn stamp(
    lock_file: Option<&Arc<SourceFile>>,
    lock: LockFile,
    snapshot: Snapshot,
    translations: BTreeMap<String, BTreeMap<String, String>>,
    recording: Recording,
    diags: &mut Diagnostics,
) -> Option<Stamp> {
    let fingerprint = snapshot.fingerprint();
    let mut history = lock.publications;
    if let Some(last) = history.last().filter(|p| p.fingerprint == fingerprint) {
        return Some(Stamp {
            date: last.date()?,
            history,
            new: false,
            record: false,
        });
    }
    let (today, record) = match recording {
        Recording::Locked => {
            let mut d = Diagnostic::error(format!("the site has changed since the last publication recorded in `{FILE}`, and --locked forbids recording a new one"))
                .with_help("run `candor build` without --locked and commit the updated candor.lock");
            if let Some(f) = lock_file {
                d = d.in_file(f);
            }
            diags.push(d);
            return None;
        }
        Recording::Preview { today } => (today, false),
        Recording::Record { today } => (today, true),
    };
    if let Some(last) = history.last().and_then(Publication::date)
        && today < last
    {
        diags.push(
            Diagnostic::error(format!(
                "the new publication date {today} is before the last recorded publication, {last}"
            ))
            .with_help("check SOURCE_DATE_EPOCH and the system clock"),
        );
        return None;
    }
    // One publication a day: a second change on the same day amends that day's record.
    if history.last().and_then(Publication::date) == Some(today) {
        history.pop();
    }
    history.push(Publication {
        date: toml_date(today),
        fingerprint,
        snapshot,
        translations,
    });
    Some(Stamp {
        date: today,
        history,
        new: true,
        record,
    })
}

/// Writes the lock file atomically (a temporary file renamed over it).
pub fn write(root: &Path, lock: &LockFile) -> Result<(), IoError> {
    let path = root.join(FILE);
    let text = format!(
        "{HEADER}{}",
        toml::to_string_pretty(lock).expect("a lock file serializes")
    );
    fs::write_atomic(&path, text.as_bytes())
}
