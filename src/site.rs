//! The pipeline, stage by stage: load (config, content, locales, theme) → validate → render (in
//! memory) → write. `build` runs all of it; `check` stops before writing.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::{self, Config};
use crate::content;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::fs::IoError;
use crate::locales::{self, Locales, qa};
use crate::lock::{self, Recording, Snapshot, Stamp};
use crate::model::{self, Model};
use crate::output;
use crate::render::{self, Files};
use crate::theme::{self, Theme};

/// A site that loaded and validated: everything needed to render it.
pub struct Site {
    pub root: PathBuf,
    pub config: Config,
    pub model: Model,
    pub locales: Arc<Locales>,
    pub theme: Theme,
}

impl Site {
    /// Loads and validates the site at `root`. Every problem found goes into `diags`; the site is
    /// returned only if none of them is an error.
    pub fn load(root: &Path, diags: &mut Diagnostics) -> Option<Site> {
        let config = config::load(root, diags)?;
        let raw = content::load(root, diags);
        let (model, requirements) = content::validate::validate(&raw, diags);
        let locales = locales::load(root, &config, diags);
        let theme = theme::load(root, &config, diags);
        if let Some(locales) = &locales {
            qa::check(
                locales,
                &requirements,
                &model::vocabulary_message_ids(),
                diags,
            );
        }
        if diags.has_errors() {
            return None;
        }
        Some(Site {
            root: root.to_path_buf(),
            config,
            model: model?,
            locales: Arc::new(locales?),
            theme: theme?,
        })
    }

    /// What this site publishes, in canonical form: the fingerprint of the stamp.
    pub fn snapshot(&self) -> Snapshot {
        let facts = serde_json::to_value(&self.model).expect("the model serializes");
        let source = self.locales.source();
        let messages = source
            .messages
            .iter()
            .map(|(id, e)| (id.clone(), e.canonical.clone()));
        let terms = source
            .terms
            .iter()
            .map(|(id, e)| (format!("-{id}"), e.canonical.clone()));
        Snapshot {
            facts: lock::without_nulls(facts),
            source: messages.chain(terms).collect(),
        }
    }

    /// The stamp for this site under `recording`, from `candor.lock`.
    pub fn stamp(&self, recording: Recording, diags: &mut Diagnostics) -> Option<Stamp> {
        let (file, lock) = lock::read(&self.root, diags)?;
        lock::stamp(file.as_ref(), lock, self.snapshot(), recording, diags)
    }

    /// Renders every page in memory.
    pub fn render(&self, stamp: &Stamp, diags: &mut Diagnostics) -> Option<Files> {
        render::render(
            &self.config,
            &self.model,
            &self.locales,
            &self.theme,
            stamp,
            diags,
        )
    }
}

/// What a successful build did.
#[derive(Debug)]
pub struct Built {
    pub out: PathBuf,
    pub languages: Vec<String>,
    pub date: jiff::civil::Date,
    /// Whether this build recorded a new publication in `candor.lock`.
    pub recorded: bool,
}

/// Loads, validates and renders the site; `None` if there were errors (all in `diags`).
pub fn prepare(
    root: &Path,
    recording: Recording,
    diags: &mut Diagnostics,
) -> Option<(Site, Stamp, Files)> {
    let site = Site::load(root, diags)?;
    let stamp = site.stamp(recording, diags)?;
    let files = site.render(&stamp, diags)?;
    Some((site, stamp, files))
}

/// `candor build`: everything, then the lock file and the output directory. On any error
/// nothing is written.
pub fn build(
    root: &Path,
    out: &Path,
    recording: Recording,
    diags: &mut Diagnostics,
) -> Result<Option<Built>, IoError> {
    if let Some(problem) = unsafe_output(root, out) {
        diags.push(problem);
        return Ok(None);
    }
    let Some((site, stamp, files)) = prepare(root, recording, diags) else {
        return Ok(None);
    };
    let recorded = stamp.record.is_some();
    if let Some(lock) = &stamp.record {
        lock::write(root, lock)?;
    }
    output::write(out, &files)?;
    Ok(Some(Built {
        out: out.to_path_buf(),
        languages: site
            .config
            .languages
            .iter()
            .map(|l| l.tag.clone())
            .collect(),
        date: stamp.date,
        recorded,
    }))
}

/// The folders and files of a site that candor reads: an output directory must be none of them.
const SOURCES: &[&str] = &[config::FILE, lock::FILE, "content", "locales", "themes"];

/// The output directory is replaced whole: it must be a directory of its own, not the site, a
/// folder holding it, one of its sources, or an existing file.
fn unsafe_output(root: &Path, out: &Path) -> Option<Diagnostic> {
    let refuse = |why: &str| {
        Some(
            Diagnostic::error(format!(
                "refusing to write the site into `{}`: {why}",
                out.display()
            ))
            .with_help("choose an output directory of its own, such as `public`"),
        )
    };
    if out.exists() && !out.is_dir() {
        return refuse("it is a file, and would be replaced by a folder");
    }
    let root = std::fs::canonicalize(root).ok()?;
    // The output may not exist yet: resolve the nearest existing ancestor and append the rest.
    let mut existing = out.to_path_buf();
    let mut rest = Vec::new();
    while !existing.exists() {
        rest.push(existing.file_name()?.to_owned());
        existing = existing
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    }
    let mut out_abs = std::fs::canonicalize(&existing).ok()?;
    out_abs.extend(rest.iter().rev());
    if root.starts_with(&out_abs) || out_abs.join(config::FILE).exists() {
        return refuse("it would replace the site's own files");
    }
    if let Ok(inside) = out_abs.strip_prefix(&root)
        && let Some(first) = inside.components().next()
        && SOURCES.iter().any(|s| first.as_os_str() == *s)
    {
        return refuse("it is part of the site's sources");
    }
    None
}
