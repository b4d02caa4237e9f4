//! JSON Schemas of the content files, of `data.json` and of `history.json`, derived from the same
//! Rust types that read and write them (schemars), so they cannot drift. Editors that read
//! `#:schema` comments (Taplo, Even Better TOML) complete and check content fields with them.

use std::path::Path;

use schemars::schema_for;
use serde_json::Value;

use crate::load::raw;

/// Everything `candor schema` describes: each content file by its name, `data` for data.json and
/// `history` for history.json.
pub const NAMES: &[&str] = &[
    "organisation",
    "principles",
    "processing",
    "storage",
    "subprocessors",
    "retention",
    "access",
    "integrations",
    "dpia",
    "breach",
    "data",
    "history",
    "notice",
];

/// The schema named `name` (see [`NAMES`]).
pub fn schema(name: &str) -> Option<Value> {
    let schema = match name {
        "organisation" => schema_for!(raw::Organisation),
        "principles" => schema_for!(raw::Principles),
        "processing" => schema_for!(raw::Processing),
        "storage" => schema_for!(raw::Storage),
        "subprocessors" => schema_for!(raw::Subprocessors),
        "retention" => schema_for!(raw::Retention),
        "access" => schema_for!(raw::Access),
        "integrations" => schema_for!(raw::Integrations),
        "dpia" => schema_for!(raw::Dpia),
        "breach" => schema_for!(raw::Breach),
        "data" => schema_for!(crate::render::machine::DataJson),
        "history" => schema_for!(crate::history::published::HistoryJson),
        "notice" => schema_for!(crate::render::notice::NoticeJson),
        _ => return None,
    };
    Some(schema.to_value())
}

/// The schema as a file: pretty JSON with a final newline.
pub fn text(name: &str) -> Option<String> {
    schema(name).map(|s| {
        format!(
            "{}\n",
            serde_json::to_string_pretty(&s).expect("a schema serializes")
        )
    })
}

/// Writes every schema into `dir` as `<name>.schema.json`.
pub fn write_all(dir: &Path) -> anyhow::Result<()> {
    let mut undo = crate::fs::Undo::default();
    write_all_with(dir, &mut undo)?;
    undo.keep();
    Ok(())
}

/// [`write_all`], each folder and new file it makes recorded in `undo`.
pub fn write_all_with(dir: &Path, undo: &mut crate::fs::Undo) -> anyhow::Result<()> {
    let files: Vec<(String, Vec<u8>)> = NAMES
        .iter()
        .map(|name| {
            let text = text(name).expect("a known name");
            (format!("{name}.schema.json"), text.into_bytes())
        })
        .collect();
    // A schema of the same title that an older candor wrote is brought up to date.
    let title = |bytes: &[u8]| -> Option<String> {
        let value: serde_json::Value = serde_json::from_slice(bytes).ok()?;
        let is_schema = value.get("$schema")? == "https://json-schema.org/draft/2020-12/schema";
        is_schema.then(|| value.get("title")?.as_str().map(str::to_string))?
    };
    let ours = |name: &str, there: &[u8]| {
        let new = files.iter().find(|(n, _)| n == name).map(|(_, b)| b);
        new.and_then(|new| title(new))
            .is_some_and(|t| title(there) == Some(t))
    };
    let taken = crate::fs::taken(dir, &files, ours);
    if !taken.is_empty() {
        anyhow::bail!(
            "`{}` already holds {} (not a schema of candor's, or a link or special file): \
             candor replaces no file it did not write; remove them, or choose another folder",
            crate::text::visible(&dir.display().to_string()),
            crate::text::visible(&taken.join(", "))
        );
    }
    Ok(crate::fs::write_files_with(dir, &files, undo)?)
}
