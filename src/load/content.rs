//! The facts of a site: `content/*.toml`, loaded as written ([`raw`]) and then checked into the
//! [`crate::model::Model`] ([`validate`](crate::validate)).

use std::path::Path;
use std::sync::Arc;

use serde::de::DeserializeOwned;

use crate::diagnostic::{Diagnostic, Diagnostics, SourceFile};
use crate::fs;
use crate::load::placeholder::{self, Placeholders};
use crate::load::raw;

/// One parsed content file and the text it came from.
#[derive(Debug)]
pub struct Parsed<T> {
    pub file: Arc<SourceFile>,
    pub value: T,
}

/// Every content file, as written; `None` for a file that could not be read or parsed (its
/// problem is already reported), so that the other files are still validated.
#[derive(Debug, Default)]
pub struct RawContent {
    pub organisation: Option<Parsed<raw::Organisation>>,
    pub principles: Option<Parsed<raw::Principles>>,
    pub processing: Option<Parsed<raw::Processing>>,
    pub storage: Option<Parsed<raw::Storage>>,
    pub subprocessors: Option<Parsed<raw::Subprocessors>>,
    pub retention: Option<Parsed<raw::Retention>>,
    pub access: Option<Parsed<raw::Access>>,
    pub integrations: Option<Parsed<raw::Integrations>>,
    pub dpia: Option<Parsed<raw::Dpia>>,
    pub breach: Option<Parsed<raw::Breach>>,
    /// How many placeholders the files hold ([`placeholder`]): shown as facts in a preview.
    pub placeholders: usize,
}

/// The content files candor reads, by name under `content/`.
pub const FILES: &[&str] = &[
    "organisation.toml",
    "principles.toml",
    "processing.toml",
    "storage.toml",
    "subprocessors.toml",
    "retention.toml",
    "access.toml",
    "integrations.toml",
    "dpia.toml",
    "breach.toml",
];

/// Reads and parses every content file; all problems of all files are reported together.
/// `placeholders` says whether a placeholder `candor init` wrote is an error or shown.
pub fn load(root: &Path, placeholders: Placeholders, diags: &mut Diagnostics) -> RawContent {
    let dir = root.join("content");
    // No folder at all (or a file of its name): one problem, not one for each file.
    if !std::fs::symlink_metadata(&dir).is_ok_and(|m| m.is_dir() || m.is_symlink()) {
        diags.push(
            Diagnostic::error(format!(
                "the site has no folder `content/`{}",
                if dir.exists() {
                    " (a file has its name)"
                } else {
                    ""
                }
            ))
            .with_help(format!(
                "the facts live in content/: {}; `candor init` writes a commented example",
                FILES.join(", ")
            )),
        );
        return RawContent::default();
    }
    // A folder that is a link out of the site: said once, not as each file missing where it
    // points (qa85: ten "missing file" errors, none naming the link).
    if let Some(d) = fs::linked_out(root, &dir) {
        diags.push(d);
        return RawContent::default();
    }
    warn_unknown_files(root, &dir, diags);
    let found = &mut 0;
    RawContent {
        organisation: load_one(root, &dir, "organisation.toml", placeholders, found, diags),
        principles: load_one(root, &dir, "principles.toml", placeholders, found, diags),
        processing: load_one(root, &dir, "processing.toml", placeholders, found, diags),
        storage: load_one(root, &dir, "storage.toml", placeholders, found, diags),
        subprocessors: load_one(root, &dir, "subprocessors.toml", placeholders, found, diags),
        retention: load_one(root, &dir, "retention.toml", placeholders, found, diags),
        access: load_one(root, &dir, "access.toml", placeholders, found, diags),
        integrations: load_one(root, &dir, "integrations.toml", placeholders, found, diags),
        dpia: load_one(root, &dir, "dpia.toml", placeholders, found, diags),
        breach: load_one(root, &dir, "breach.toml", placeholders, found, diags),
        placeholders: *found,
    }
}

/// The largest content file candor reads: some 30,000 sub-processors. The largest lists
/// published hold hundreds; a TOML file takes some thirty times its size in memory while it is
/// parsed, so a file of tens of megabytes would take gigabytes before any error.
pub const MAX_CONTENT_SIZE: usize = 8 * 1024 * 1024;

fn load_one<T: DeserializeOwned>(
    root: &Path,
    dir: &Path,
    name: &str,
    placeholders: Placeholders,
    count: &mut usize,
    diags: &mut Diagnostics,
) -> Option<Parsed<T>> {
    let file = read_one(root, dir, name).map_err(|d| diags.push(d)).ok()?;
    let (text, found) = placeholder::unwrap(&file.text);
    *count += found.len();
    for p in &found {
        diags.push(placeholder::diagnostic(&file, p, placeholders));
    }
    let value = fs::parse_toml_as(&file, &text)
        .map_err(|d| diags.push(d))
        .ok()?;
    Some(Parsed { file, value })
}

/// The content file `name` of `dir`, if it can be read and is not too large to parse.
fn read_one(root: &Path, dir: &Path, name: &str) -> Result<Arc<SourceFile>, Diagnostic> {
    fs::read_source(root, &dir.join(name), super::SEE_INIT, &CONTENT_LIMIT)
}

/// How large a content file may be ([`MAX_CONTENT_SIZE`]).
const CONTENT_LIMIT: fs::Limit = fs::Limit {
    max: MAX_CONTENT_SIZE as u64,
    kind: "content file",
    help: "a site's facts take kilobytes (1,000 sub-processors some 300 KB): is this the right file?",
};

/// A file in `content/` that candor does not read is most likely misnamed.
fn warn_unknown_files(root: &Path, dir: &Path, diags: &mut Diagnostics) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for name in names
        .iter()
        .filter(|n| n.ends_with(".toml") && !FILES.contains(&n.as_str()))
    {
        let mut d = Diagnostic::warning(format!(
            "`{}` is not a content file candor reads",
            crate::text::visible_name(&fs::display_name(root, &dir.join(name)))
        ));
        if let Some(c) = crate::suggest::closest(name, FILES.iter().copied()) {
            d = d.with_help(format!("did you mean `{c}`?"));
        }
        diags.push(d);
    }
}
