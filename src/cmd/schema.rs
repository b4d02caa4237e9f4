//! `candor schema`: the JSON Schemas of the content files, `data.json` and `history.json`.

use std::path::Path;

use super::Outcome;

pub fn run(name: Option<&str>, out: Option<&Path>) -> anyhow::Result<Outcome> {
    match (name, out) {
        (_, Some(dir)) => {
            crate::schema::write_all(dir)?;
            crate::outln!(
                "wrote {} JSON Schemas into {}",
                crate::schema::NAMES.len(),
                super::shown(dir)
            );
        }
        (Some(name), None) => match crate::schema::text(name) {
            Some(text) => crate::out!("{text}"),
            None => anyhow::bail!("there is no schema `{name}`"),
        },
        (None, None) => anyhow::bail!("name a schema, or give --out DIR"),
    }
    Ok(Outcome::Success)
}
