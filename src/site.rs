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

/// The output directory is replaced whole: it must not be the site itself or hold it.
fn unsafe_output(root: &Path, out: &Path) -> Option<Diagnostic> {
    let root = std::fs::canonicalize(root).ok()?;
    let out_abs = std::fs::canonicalize(out).ok()?;
    (root.starts_with(&out_abs) || out_abs.join(config::FILE).exists()).then(|| {
        Diagnostic::error(format!(
            "refusing to write the site into `{}`: it would replace the site's own files",
            out.display()
        ))
        .with_help("choose an output directory of its own, such as `public`")
    })
}
