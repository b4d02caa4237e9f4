//! `candor copy-theme [SITE] [--name NAME]`: the built-in theme, written into
//! `SITE/themes/NAME/` to be changed there. It creates that folder and refuses when it exists,
//! so it never replaces a file; it writes nothing outside the site.

use std::path::Path;

use anyhow::{Context, bail};

use super::{Outcome, Writes, print_diagnostics};
use crate::diagnostic::Diagnostics;
use crate::load::{config, theme};

pub fn run(site: &Path, name: Option<&str>) -> anyhow::Result<Outcome> {
    super::require_dir(site)?;
    let mut diags = Diagnostics::default();
    let Some(config) = config::load(site, &mut diags) else {
        print_diagnostics(&mut diags, Writes::Nothing);
        return Ok(Outcome::SiteProblems);
    };
    let name = name.unwrap_or(&config.theme);
    let dir = copy(site, name)?;
    crate::outln!(
        "wrote the built-in theme into {} ({} files): edit them there; a file you delete falls \
         back to the built-in one",
        super::shown(&dir),
        theme::BUILT_IN.len()
    );
    if name != config.theme {
        crate::outln!("to use it, set theme = \"{name}\" in candor.toml");
    }
    Ok(Outcome::Success)
}

/// Writes the built-in theme into `site/themes/name/`, which must not exist; returns that folder.
pub fn copy(site: &Path, name: &str) -> anyhow::Result<std::path::PathBuf> {
    if !crate::load::config::is_theme_name(name) {
        bail!(
            "`{name}` cannot name a theme: use letters, digits, `-`, `_` and `.`, such as \"my-theme\""
        );
    }
    let themes = site.join("themes");
    match std::fs::symlink_metadata(&themes) {
        Ok(meta) if !meta.is_dir() => bail!(
            "`{}` is not a folder (a link or a file): candor writes themes only into a folder of \
             the site",
            themes.display()
        ),
        Ok(_) => {}
        Err(_) => std::fs::create_dir(&themes)
            .with_context(|| format!("cannot create `{}`", themes.display()))?,
    }
    let dir = themes.join(name);
    if std::fs::symlink_metadata(&dir).is_ok() {
        bail!(
            "`{}` already exists: candor replaces no file of a theme; copy the built-in theme \
             under another name (`candor copy-theme --name NAME`), or move that folder away first",
            dir.display()
        );
    }
    // Whatever stops it (a full disk), it leaves no half a theme, which it would then refuse
    // to write over (qa85). `create_dir` fails if the folder appeared meanwhile, and a new
    // file if a file did.
    let mut undo = crate::fs::Undo::default();
    undo.create_dir(&dir)
        .with_context(|| format!("cannot create `{}`", dir.display()))?;
    for (path, text) in theme::BUILT_IN {
        let path = dir.join(path);
        if let Some(parent) = path.parent() {
            undo.create_dir_all(parent)
                .with_context(|| format!("cannot create `{}`", parent.display()))?;
        }
        undo.create_file(&path, text.as_bytes())
            .with_context(|| format!("cannot write `{}`", path.display()))?;
    }
    undo.keep();
    Ok(dir)
}
