//! `candor init DIR`: a new site for another organisation, which `serve` and `review` preview at
//! once. Its made-up facts are placeholders (`"<placeholder: Example Ltd>"`, see
//! [`crate::load::placeholder`]) that `check` and `build` refuse until each is replaced.
//!
//! The starter content (`src/cmd/init/`) is commented so that a privacy officer can fill it in
//! field by field. The locales are the example site's generic words (page chrome, sections, the
//! names of fixed values) plus neutral terms and labels for the starter ids.

use std::path::Path;

use anyhow::{Context, bail};

/// Every file of a new site but the generic words ([`crate::messages::GENERIC_WORDS`]), as
/// `(path, contents)`.
const FILES: &[(&str, &str)] = &[
    ("candor.toml", include_str!("init/candor.toml")),
    (
        "content/organisation.toml",
        include_str!("init/content/organisation.toml"),
    ),
    (
        "content/principles.toml",
        include_str!("init/content/principles.toml"),
    ),
    (
        "content/processing.toml",
        include_str!("init/content/processing.toml"),
    ),
    (
        "content/storage.toml",
        include_str!("init/content/storage.toml"),
    ),
    (
        "content/subprocessors.toml",
        include_str!("init/content/subprocessors.toml"),
    ),
    (
        "content/retention.toml",
        include_str!("init/content/retention.toml"),
    ),
    (
        "content/access.toml",
        include_str!("init/content/access.toml"),
    ),
    (
        "content/integrations.toml",
        include_str!("init/content/integrations.toml"),
    ),
    ("content/dpia.toml", include_str!("init/content/dpia.toml")),
    (
        "content/breach.toml",
        include_str!("init/content/breach.toml"),
    ),
    (
        "locales/en/terms.ftl",
        include_str!("init/locales/en/terms.ftl"),
    ),
    (
        "locales/en/site.ftl",
        include_str!("init/locales/en/site.ftl"),
    ),
    (
        "locales/de/terms.ftl",
        include_str!("init/locales/de/terms.ftl"),
    ),
    (
        "locales/de/site.ftl",
        include_str!("init/locales/de/site.ftl"),
    ),
    (
        "locales/nl/terms.ftl",
        include_str!("init/locales/nl/terms.ftl"),
    ),
    (
        "locales/nl/site.ftl",
        include_str!("init/locales/nl/site.ftl"),
    ),
    (".gitignore", include_str!("init/gitignore")),
];

/// Creates a new site in `dir`, which must not exist or be empty.
pub fn run(dir: &Path) -> anyhow::Result<super::Outcome> {
    init(dir)?;
    crate::outln!(
        "created a new candor site in {dir}: preview it with `candor serve {dir}`, replace every \
         \"<placeholder: …>\" in {dir}/content/*.toml with your own facts (`candor check {dir}` \
         lists them), then publish with `candor build {dir}`",
        dir = super::shown(dir)
    );
    Ok(super::Outcome::Success)
}

/// Refuses a folder no site can live in (qa67), as `build --out` refuses to write there: in a
/// version-control repository's own folder (`.git`), in another site's sources, whose files
/// the site would become, or in candor's output folder, which the next build replaces whole.
fn refuse_where_no_site_lives(dir: &Path) -> anyhow::Result<()> {
    let path = std::path::absolute(dir)
        .with_context(|| format!("cannot resolve `{}`", super::shown(dir)))?;
    // Where it really is: the folders that exist of it, links followed (qa69: a link to
    // another site's `content/`), and the rest as named.
    let path = match path
        .ancestors()
        .find_map(|a| Some((a, std::fs::canonicalize(a).ok()?)))
    {
        Some((existing, real)) => real.join(path.strip_prefix(existing).unwrap_or(Path::new(""))),
        None => path,
    };
    let named = |p: &Path| super::shown(p);
    if (path.components()).any(|c| crate::fs::is_version_control(&c.as_os_str().to_string_lossy()))
    {
        bail!(
            "`{}` is part of a version-control repository's own folder (`.git`, `.hg`, …): create the site in a folder of its own",
            named(dir)
        );
    }
    // candor's marker is read only where an output folder of a site could be, as `build
    // --out` reads it: below the nearest site above (or in the folder it is in, where no site
    // is above): nothing further out is read.
    let site = (path.ancestors().skip(1)).find(|a| a.join(crate::load::config::FILE).is_file());
    let parent = path.parent();
    for above in path.ancestors().skip(1) {
        let may_be_output = match site {
            Some(site) => above.starts_with(site) && above != site,
            None => Some(above) == parent,
        };
        if may_be_output && crate::write::output::is_marked(above) {
            bail!(
                "`{}` is inside candor's output folder `{}`, which the next build replaces whole: create the site in a folder of its own",
                named(dir),
                named(above)
            );
        }
        let first = path
            .strip_prefix(above)
            .ok()
            .and_then(|p| p.components().next());
        if above.join(crate::load::config::FILE).is_file()
            && let Some(first) = first
            && crate::site::SOURCE_FOLDERS
                .iter()
                .any(|s| first.as_os_str() == *s)
        {
            bail!(
                "`{}` is among the sources of the site `{}` (its `{}`): create the site in a folder of its own",
                named(dir),
                named(above),
                first.as_os_str().to_string_lossy()
            );
        }
    }
    Ok(())
}

/// Writes the starter site into `dir`, which must not exist or be empty.
pub fn init(dir: &Path) -> anyhow::Result<()> {
    if let Ok(to) = std::fs::read_link(dir)
        && !dir.exists()
    {
        bail!(
            "`{}` is a link to `{}`, where there is nothing: name the folder to create, or point the link at an empty folder",
            dir.display(),
            to.display()
        );
    }
    refuse_where_no_site_lives(dir)?;
    if dir.exists() && !dir.is_dir() {
        bail!(
            "`{}` is a file, not a folder: name the folder to create the site in",
            crate::text::visible_name(&dir.display().to_string())
        );
    }
    if dir.exists() {
        let mut entries =
            std::fs::read_dir(dir).with_context(|| format!("cannot read `{}`", dir.display()))?;
        if entries.next().is_some() {
            bail!(
                "`{}` is not empty: `candor init` only creates new sites",
                dir.display()
            );
        }
    }
    // Whatever stops it (a full disk), it leaves no half a site that it would then refuse to
    // write into as "not empty" (qa85).
    let mut undo = crate::fs::Undo::default();
    undo.create_dir_all(dir)
        .map_err(|e| crate::fs::in_words(dir, e))
        .with_context(|| format!("cannot create `{}`", dir.display()))?;
    // The content files point editors at these (`#:schema ../schemas/NAME.schema.json`).
    crate::schema::write_all_with(&dir.join("schemas"), &mut undo)?;
    let generic = crate::messages::GENERIC_WORDS
        .iter()
        .map(|(lang, file, words)| (format!("locales/{lang}/{file}"), *words));
    let own = FILES.iter().map(|(path, words)| (path.to_string(), *words));
    for (path, contents) in generic.chain(own) {
        let path = dir.join(path);
        if let Some(parent) = path.parent() {
            undo.create_dir_all(parent)
                .map_err(|e| crate::fs::in_words(parent, e))
                .with_context(|| format!("cannot create `{}`", parent.display()))?;
        }
        undo.create_file(&path, contents.as_bytes())
            .with_context(|| format!("cannot write `{}`", path.display()))?;
    }
    undo.keep();
    Ok(())
}
