//! candor's own records, each replaced whole (written beside, then renamed): `candor.lock`, the
//! publication history, and `locales/<lang>/translated-from.toml`, what each translation was
//! made from. Both go through toml's serializer. `cmd::build` writes them beside their files
//! before it replaces the output (so that a folder it cannot write to fails the build first),
//! puts them in place just before it replaces the output, and back as they were where that
//! fails.

use std::path::{Path, PathBuf};

use crate::fs::{self, IoError};
use crate::history::lock::{self, Stamp};
use crate::validate::status::{self, Record};

const LOCK_HEADER: &str = "# This file is written by `candor build`: it records every publication of this site.\n\
# Commit it. Do not edit it by hand: the last-modified date of every page comes from it.\n\n";

const RECORD_HEADER: &str = "# Written by candor: for each message, fingerprints of the source text it was translated from\n\
# and of the translation (and `newer`, a newer source text seen while the translation was still\n\
# that one). It tells which translations are stale. Commit it; do not edit it by hand\n\
# (`candor mark-reviewed` marks a stale translation as still correct).\n\n";

/// The records a build writes, each file with the text it will hold: known before they are
/// written, so that the build's receipt can name them as the next build will read them. Made
/// before the render, and the records let go: their text takes about half the memory.
pub struct Records {
    files: Vec<(PathBuf, String)>,
    /// The languages whose translation records are among them.
    languages: Vec<String>,
}

impl Records {
    /// `candor.lock`, if it is to be written (with the history of `lock`), and the translation
    /// records that changed, each with its language. A record that is a link (to a file of the
    /// site's sources, as reading it checked) is written where it leads, so that the link stays
    /// the user's.
    pub fn new<'a>(
        root: &Path,
        lock: Option<&Stamp>,
        translations: impl IntoIterator<Item = (&'a str, &'a Record)>,
    ) -> Records {
        let lock = lock.map(|stamp| (root.join(lock::FILE), lock_text(stamp)));
        let mut languages = Vec::new();
        let translations: Vec<(PathBuf, String)> = (translations.into_iter())
            .map(|(language, record)| {
                languages.push(language.to_string());
                (status::path(root, language), record_text(record))
            })
            .collect();
        let through_links = |(path, text): (PathBuf, String)| {
            let linked = std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_symlink());
            match linked {
                true => match fs::confine(root, &path, fs::Within::Sources) {
                    Ok(target) => (target, text),
                    Err(_) => (path, text),
                },
                false => (path, text),
            }
        };
        let files = (lock.into_iter())
            .chain(translations)
            .map(through_links)
            .collect();
        Records { files, languages }
    }

    /// The languages whose translation records these are.
    pub fn languages(&self) -> &[String] {
        &self.languages
    }

    /// Each file and the bytes it will hold.
    pub fn files(&self) -> impl Iterator<Item = (&Path, &[u8])> {
        (self.files.iter()).map(|(path, text)| (path.as_path(), text.as_bytes()))
    }

    /// Writes them, each atomically (a temporary file renamed over it).
    pub fn write(&self) -> Result<(), IoError> {
        self.stage()?.persist().map(drop)
    }

    /// Writes each beside its file, to be put in place by [`Staged::persist`]: a site folder
    /// candor cannot write to fails here, before anything is replaced.
    pub fn stage(&self) -> Result<Staged, IoError> {
        let files = self
            .files()
            .map(|(path, bytes)| fs::Staged::new(path, bytes))
            .collect::<Result<_, _>>()?;
        Ok(Staged(files))
    }
}

/// The records written beside their files ([`Records::stage`]); dropped, they are removed.
pub struct Staged(Vec<fs::Staged>);

impl Staged {
    /// Puts each record in its place, each in one rename, keeping what each replaced for
    /// [`Persisted::undo`]. Where one cannot be put in place, those before it are undone.
    pub fn persist(self) -> Result<Persisted, IoError> {
        let mut done = Persisted(Vec::new());
        for staged in self.0 {
            let path = staged.path().to_path_buf();
            let before = Before::of(&path);
            if let Err(e) = staged.persist_durably() {
                done.undo();
                return Err(e);
            }
            done.0.push((path, before));
        }
        Ok(done)
    }
}

/// The records put in place by [`Staged::persist`], with what each replaced.
#[must_use = "a build that fails after persisting its records undoes them"]
pub struct Persisted(Vec<(PathBuf, Before)>);

/// What a record's file was before it was replaced.
enum Before {
    /// There was none: candor made it, and may remove it again.
    Missing,
    Bytes(Vec<u8>),
    /// Something candor cannot put back (not a plain file, or not readable): left as it is.
    Unknown,
}

impl Before {
    fn of(path: &Path) -> Before {
        match std::fs::symlink_metadata(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Before::Missing,
            Err(_) => Before::Unknown,
            Ok(_) => fs::read_plain(path).map_or(Before::Unknown, Before::Bytes),
        }
    }
}

impl Persisted {
    /// Puts back what the records replaced, the last first: a build that could not replace
    /// the output leaves the records as it found them. Best effort: it runs on a failure
    /// already being reported.
    pub fn undo(self) {
        for (path, before) in self.0.into_iter().rev() {
            match before {
                Before::Bytes(bytes) => {
                    let _ = fs::write_atomic(&path, &bytes);
                }
                Before::Missing => {
                    let _ = std::fs::remove_file(&path);
                }
                Before::Unknown => {}
            }
        }
    }
}

/// The lock file's text.
fn lock_text(stamp: &Stamp) -> String {
    format!("{LOCK_HEADER}{}", stamp.lock_toml())
}

/// Writes one translation's record, `locales/<lang>/translated-from.toml`.
pub fn translation_record(root: &Path, tag: &str, record: &Record) -> Result<(), IoError> {
    fs::write_atomic(&status::path(root, tag), record_text(record).as_bytes())
}

/// The record as TOML, one line per message, so that a translator's commit shows which
/// messages moved. Keys and values go through toml's serializer, which quotes and escapes them.
fn record_text(record: &Record) -> String {
    let mut text = format!("{RECORD_HEADER}[messages]\n");
    for (id, pair) in &record.messages {
        let bare = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        let key = if bare {
            id.clone()
        } else {
            toml::Value::String(id.clone()).to_string()
        };
        let mut fields = vec![
            ("source".to_string(), toml::Value::String(pair.source.hex())),
            (
                "translation".to_string(),
                toml::Value::String(pair.translation.hex()),
            ),
        ];
        if let Some(newer) = &pair.newer {
            fields.push(("newer".to_string(), toml::Value::String(newer.hex())));
        }
        if !pair.also.is_empty() {
            let also = pair.also.iter().map(|f| toml::Value::String(f.hex()));
            fields.push(("also".to_string(), toml::Value::Array(also.collect())));
        }
        if !pair.earlier.is_empty() {
            let earlier = pair.earlier.iter().map(|made| {
                let mut fields = toml::Table::from_iter([
                    ("source".to_string(), toml::Value::String(made.source.hex())),
                    (
                        "translation".to_string(),
                        toml::Value::String(made.translation.hex()),
                    ),
                ]);
                if !made.also.is_empty() {
                    let also = made.also.iter().map(|f| toml::Value::String(f.hex()));
                    fields.insert("also".to_string(), toml::Value::Array(also.collect()));
                }
                toml::Value::Table(fields)
            });
            fields.push(("earlier".to_string(), toml::Value::Array(earlier.collect())));
        }
        let value = toml::Value::Table(toml::Table::from_iter(fields));
        text.push_str(&format!("{key} = {value}\n"));
    }
    // Held from before the render until it is written: not the room its growth left.
    text.shrink_to_fit();
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Fingerprint;
    use crate::validate::status::Pair;

    #[test]
    fn a_record_is_valid_toml_whatever_its_ids() {
        let fp = |text: &str| Fingerprint::of(text);
        let mut record = Record::default();
        for id in ["plain-id", "odd \"id\""] {
            record.messages.insert(
                id.to_string(),
                Pair {
                    source: fp("source"),
                    translation: fp("translation"),
                    newer: (id == "plain-id").then(|| fp("newer")),
                    also: match id {
                        "plain-id" => vec![fp("also")],
                        _ => Vec::new(),
                    },
                    earlier: match id {
                        "plain-id" => vec![crate::validate::status::Made {
                            source: fp("earlier source"),
                            translation: fp("earlier translation"),
                            also: vec![fp("earlier also")],
                        }],
                        _ => Vec::new(),
                    },
                },
            );
        }
        let text = record_text(&record);
        let line = format!(
            "\nplain-id = {{ also = [\"{}\"], earlier = [{{ also = [\"{}\"], source = \"{}\", \
             translation = \"{}\" }}], newer = \"{}\", source = \"{}\", translation = \"{}\" }}\n",
            fp("also").hex(),
            fp("earlier also").hex(),
            fp("earlier source").hex(),
            fp("earlier translation").hex(),
            fp("newer").hex(),
            fp("source").hex(),
            fp("translation").hex(),
        );
        assert!(text.contains(&line), "{text}");
        let read: Record = toml::from_str(&text).expect("the record is TOML");
        assert_eq!(read, record);
    }
}
