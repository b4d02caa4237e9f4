//! Reading site files into [`SourceFile`]s, with the path in every error.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::de::DeserializeOwned;

use crate::diagnostic::{Diagnostic, SourceFile};

/// An I/O failure, with the path it concerns and the system's reason. Exit code 2, unlike
/// problems in the site. The reason is part of the message, not a `source`, so that printing
/// the error with its causes says it once.
#[derive(Debug, thiserror::Error)]
#[error("{action} `{path}`: {reason}")]
pub struct IoError {
    pub action: &'static str,
    pub path: PathBuf,
    pub reason: io::Error,
}

impl IoError {
    pub fn new(action: &'static str, path: &Path, source: io::Error) -> Self {
        Self {
            action,
            path: path.to_path_buf(),
            reason: source,
        }
    }
}

/// The name of `path` as shown to users: relative to the site root, with `/`.
pub fn display_name(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Reads a text file of the site. Missing, unreadable, non-UTF-8 and empty files are
/// diagnostics: they are problems in the site, not in candor's environment.
pub fn read_source(root: &Path, path: &Path) -> Result<Arc<SourceFile>, Diagnostic> {
    let name = display_name(root, path);
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(Diagnostic::error(format!("missing file `{name}`")));
        }
        Err(e) => return Err(Diagnostic::error(format!("cannot read `{name}`: {e}"))),
    };
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) if text.trim().is_empty() => {
            let file = SourceFile::new(name, text);
            Err(Diagnostic::error("the file is empty")
                .in_file(&file)
                .with_help("see `candor init` for a commented example"))
        }
        Ok(text) => Ok(SourceFile::new(name, text)),
        Err(e) => {
            let at = e.valid_up_to();
            let file = SourceFile::new(name, String::from_utf8_lossy(bytes).into_owned());
            Err(Diagnostic::error("the file is not valid UTF-8")
                .at(
                    &file,
                    at..at + char::REPLACEMENT_CHARACTER.len_utf8(),
                    "this byte is not UTF-8",
                )
                .with_help("save the file as UTF-8"))
        }
    }
}

/// Replaces the file at `path` whole: a temporary sibling is written and renamed over it, so a
/// reader, a crash or `kill -9` sees the old file or the new one, never a truncated one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), IoError> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let tmp = tempfile::NamedTempFile::new_in(dir)
        .map_err(|e| IoError::new("cannot create a temporary file in", dir, e))?;
    std::fs::write(tmp.path(), bytes).map_err(|e| IoError::new("cannot write", tmp.path(), e))?;
    crate::output::make_readable(tmp.path(), 0o644)?;
    tmp.persist(path)
        .map_err(|e| IoError::new("cannot write", path, e.error))?;
    Ok(())
}

/// A TOML date literal (`2027-03-01`, no time, no offset) as a calendar date, if it is one that
/// exists.
pub fn civil_date(d: &toml::value::Datetime) -> Option<jiff::civil::Date> {
    match (d.date, d.time, d.offset) {
        (Some(date), None, None) => {
            jiff::civil::Date::new(date.year as i16, date.month as i8, date.day as i8).ok()
        }
        _ => None,
    }
}

/// Deserializes a TOML file, turning a parse or shape error into a diagnostic at its span.
pub fn parse_toml<T: DeserializeOwned>(file: &Arc<SourceFile>) -> Result<T, Diagnostic> {
    toml::from_str(&file.text).map_err(|e| {
        let message = friendly(e.message().trim());
        let span = e.span().unwrap_or(0..0);
        let help = toml_help(&message, &file.text[span.clone()]);
        let mut d = Diagnostic::error(headline(&message)).at(file, span, message);
        d.help = help;
        d
    })
}

/// serde names Rust types; users know numbers and text.
fn friendly(message: &str) -> String {
    [
        ("expected u32", "expected a whole number, such as 24"),
        ("expected u8", "expected a whole number"),
        ("expected a string", "expected text in quotes"),
        (
            "expected a sequence",
            "expected a list, such as [\"a\", \"b\"]",
        ),
    ]
    .iter()
    .fold(message.to_string(), |m, (from, to)| m.replace(from, to))
}

/// A short first line for a TOML error; the full message goes under the span.
fn headline(message: &str) -> String {
    if message.starts_with("unknown field") {
        "unknown field".into()
    } else if message.starts_with("missing field") {
        message.to_string()
    } else if message.starts_with("invalid type") {
        "wrong type of value".into()
    } else if message.starts_with("invalid date") {
        "impossible date".into()
    } else if message.starts_with("unknown variant") {
        "not one of the allowed values".into()
    } else {
        "invalid TOML".into()
    }
}

/// A hint for the common mistakes: a misspelt key or value, a quoted yes/no.
fn toml_help(message: &str, at: &str) -> Option<String> {
    if message.contains("expected a boolean") {
        return Some(format!(
            "write `true` or `false`, without quotes, instead of {}",
            at.trim()
        ));
    }
    // serde says "expected `a`", "expected `a` or `b`" or "expected one of `a`, `b`, `c`".
    let (unknown, expected) = message.split_once(", expected ")?;
    let unknown = unknown.split('`').nth(1)?;
    let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    crate::suggest::closest(unknown, candidates.iter().copied())
        .map(|c| format!("did you mean `{c}`?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields, rename_all = "kebab-case")]
    #[allow(dead_code)]
    struct T {
        transfer_mechanism: Option<String>,
        flag: Option<bool>,
    }

    #[test]
    fn unknown_field_suggests_the_closest_one() {
        let f = SourceFile::new("a.toml", "transfer-mechansim = \"x\"\n");
        let d = parse_toml::<T>(&f).unwrap_err();
        assert_eq!(d.position(), Some(("a.toml".into(), 1, 1)));
        assert_eq!(
            d.help.as_deref(),
            Some("did you mean `transfer-mechanism`?")
        );
    }

    #[test]
    fn quoted_yes_no_is_a_type_error_at_the_value() {
        let f = SourceFile::new("a.toml", "flag = \"Yex\"\n");
        let d = parse_toml::<T>(&f).unwrap_err();
        assert_eq!(d.position(), Some(("a.toml".into(), 1, 8)));
        assert!(d.help.unwrap().contains("`true` or `false`"));
    }
}
