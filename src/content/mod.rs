//! The facts of a site: `content/*.toml`, loaded as written ([`raw`]) and then checked into the
//! [`crate::model::Model`] ([`validate`]).

pub mod raw;
pub mod validate;

use std::path::Path;
use std::sync::Arc;

use serde::de::DeserializeOwned;

use crate::diagnostic::{Diagnostic, Diagnostics, SourceFile};
use crate::fs;

/// One parsed content file and the text it came from.
#[derive(Debug)]
pub struct Parsed<T> {
    pub file: Arc<SourceFile>,
    pub value: T,
}

/// Every content file, as written.
#[derive(Debug)]
pub struct RawContent {
    pub organisation: Parsed<raw::Organisation>,
    pub principles: Parsed<raw::Principles>,
    pub processing: Parsed<raw::Processing>,
    pub storage: Parsed<raw::Storage>,
    pub subprocessors: Parsed<raw::Subprocessors>,
    pub retention: Parsed<raw::Retention>,
    pub access: Parsed<raw::Access>,
    pub integrations: Parsed<raw::Integrations>,
    pub dpia: Parsed<raw::Dpia>,
    pub breach: Parsed<raw::Breach>,
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
pub fn load(root: &Path, diags: &mut Diagnostics) -> Option<RawContent> {
    let dir = root.join("content");
    warn_unknown_files(root, &dir, diags);
    let mut ok = true;
    macro_rules! load {
        ($name:literal) => {{
            match load_one(root, &dir.join($name)) {
                Ok(p) => Some(p),
                Err(d) => {
                    diags.push(d);
                    ok = false;
                    None
                }
            }
        }};
    }
    let organisation = load!("organisation.toml");
    let principles = load!("principles.toml");
    let processing = load!("processing.toml");
    let storage = load!("storage.toml");
    let subprocessors = load!("subprocessors.toml");
    let retention = load!("retention.toml");
    let access = load!("access.toml");
    let integrations = load!("integrations.toml");
    let dpia = load!("dpia.toml");
    let breach = load!("breach.toml");
    if !ok {
        return None;
    }
    Some(RawContent {
        organisation: organisation?,
        principles: principles?,
        processing: processing?,
        storage: storage?,
        subprocessors: subprocessors?,
        retention: retention?,
        access: access?,
        integrations: integrations?,
        dpia: dpia?,
        breach: breach?,
    })
}

fn load_one<T: DeserializeOwned>(root: &Path, path: &Path) -> Result<Parsed<T>, Diagnostic> {
    let file = fs::read_source(root, path)?;
    let value = fs::parse_toml(&file)?;
    Ok(Parsed { file, value })
}

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
            fs::display_name(root, &dir.join(name))
        ));
        if let Some(c) = crate::suggest::closest(name, FILES.iter().copied()) {
            d = d.with_help(format!("did you mean `{c}`?"));
        }
        diags.push(d);
    }
}
