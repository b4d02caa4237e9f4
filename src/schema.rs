//! JSON Schemas of the content files, of `data.json` and of `history.json`, derived from the same
//! Rust types that read and write them (schemars), so they cannot drift. Editors that read
//! `#:schema` comments (Taplo, Even Better TOML) complete and check content fields with them.

use std::path::Path;

use schemars::schema_for;
use serde_json::Value;

use crate::fs::IoError;
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
pub fn write_all(dir: &Path) -> Result<(), IoError> {
    std::fs::create_dir_all(dir).map_err(|e| IoError::new("cannot create", dir, e))?;
    for name in NAMES {
        let path = dir.join(format!("{name}.schema.json"));
        std::fs::write(&path, text(name).expect("a known name"))
            .map_err(|e| IoError::new("cannot write", &path, e))?;
    }
    Ok(())
}
