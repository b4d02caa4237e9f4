//! Look and layout: Tera templates and static assets. The default theme is built into the
//! binary; a file in the site's `themes/<theme>/` overrides the built-in file of the same name.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

use crate::diagnostic::{Diagnostic, Diagnostics, SourceFile};
use crate::fs;
use crate::load::config::Config;

/// The built-in default theme, as `(path in the theme, contents)`; `candor copy-theme` writes
/// it into a site.
pub const BUILT_IN: &[(&str, &str)] = &[
    (
        "templates/annex.html",
        include_str!("../../themes/default/templates/annex.html"),
    ),
    (
        "templates/annex-subprocessors.html",
        include_str!("../../themes/default/templates/annex-subprocessors.html"),
    ),
    (
        "templates/archive-revision.html",
        include_str!("../../themes/default/templates/archive-revision.html"),
    ),
    (
        "templates/archive.html",
        include_str!("../../themes/default/templates/archive.html"),
    ),
    (
        "templates/base.html",
        include_str!("../../themes/default/templates/base.html"),
    ),
    (
        "templates/changes.html",
        include_str!("../../themes/default/templates/changes.html"),
    ),
    (
        "templates/index.html",
        include_str!("../../themes/default/templates/index.html"),
    ),
    (
        "templates/languages.html",
        include_str!("../../themes/default/templates/languages.html"),
    ),
    (
        "templates/page.html",
        include_str!("../../themes/default/templates/page.html"),
    ),
    (
        "templates/subprocessor-table.html",
        include_str!("../../themes/default/templates/subprocessor-table.html"),
    ),
    (
        "templates/upcoming-changes.html",
        include_str!("../../themes/default/templates/upcoming-changes.html"),
    ),
    (
        "static/style.css",
        include_str!("../../themes/default/static/style.css"),
    ),
];

/// Templates candor renders itself; a theme must have them.
pub const PAGE_TEMPLATE: &str = "page.html";
pub const INDEX_TEMPLATE: &str = "index.html";
pub const CHANGES_TEMPLATE: &str = "changes.html";
pub const ARCHIVE_TEMPLATE: &str = "archive.html";
pub const ANNEX_TEMPLATE: &str = "annex.html";
/// The page's table of sub-processors, which the page shows as `subprocessor_table`.
pub const SUBPROCESSOR_TABLE_TEMPLATE: &str = "subprocessor-table.html";
/// The annex's entry for each sub-processor, which it shows as `annex_subprocessors`.
pub const ANNEX_SUBPROCESSORS_TEMPLATE: &str = "annex-subprocessors.html";

/// The templates and assets of a site's theme.
#[derive(Debug)]
pub struct Theme {
    /// Template name (path under `templates/`) to its source.
    pub templates: BTreeMap<String, Arc<SourceFile>>,
    /// Asset path (under `static/`, as published) to its bytes.
    pub assets: BTreeMap<String, Vec<u8>>,
    /// The site's own static files that a browser reads for more to load (stylesheets, pages,
    /// SVG pictures), as text: what they load is checked.
    pub pages_and_styles: Vec<Arc<SourceFile>>,
}

/// The endings of static files a browser runs as programs, or reads as pages that may run them
/// (XHTML, XML with its stylesheets, compressed SVG), none of which the theme check reads:
/// refused.
const BROWSER_RUNS: &[&str] = &[
    ".js", ".mjs", ".cjs", ".jsm", ".jsx", ".es", ".ts", ".wasm", ".xhtml", ".xht", ".xml", ".xsl",
    ".xslt", ".rdf", ".atom", ".rss", ".mml", ".xul", ".xbl", ".htc", ".svgz", ".hta",
];

/// The endings of programs a web server runs (qa71: `.php`, `.cgi`), at the end of a name.
const SERVER_RUNS: &[&str] = &[
    ".shtml", ".shtm", ".stm", ".php", ".php3", ".php4", ".php5", ".php7", ".php8", ".phtml",
    ".pht", ".phar", ".asp", ".aspx", ".asa", ".ashx", ".asmx", ".cgi", ".fcgi", ".pl", ".py",
    ".rb", ".jsp", ".jspx", ".cfm", ".cfc", ".phps", ".php6", ".cshtml", ".vbhtml", ".erb",
    ".wsgi", ".py3",
];

/// The endings of compressed copies that hosts serve, uncompressed, as the file their name ends
/// before (qa71: `x.html.gz` served as `x.html`).
const COMPRESSED: &[&str] = &[".gz", ".br", ".zst"];

/// The endings of programs a web server runs, which Apache runs wherever they stand after the
/// file name's first dot (`x.php.txt`, with `AddHandler`): none may. Only the common ones: the
/// rest end a program only at the end of a name ([`SERVER_RUNS`]), and within one may be
/// a document's (`handbook.py.pdf`, `dpia.pl.pdf`, in Polish; qa89).
const SERVER_PROGRAMS: &[&str] = &[
    "php", "php3", "php4", "php5", "php6", "php7", "php8", "phtml", "pht", "phar", "shtml", "asp",
    "aspx", "cgi", "fcgi",
];

/// Why a static file is refused unread: what would run it, or serve it as something else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unchecked {
    /// A browser runs it, or reads it as a page that may run something ([`BROWSER_RUNS`]).
    Browser,
    /// A web server runs it ([`SERVER_RUNS`], [`SERVER_PROGRAMS`], `web.config`).
    Server,
    /// A host serves it as the file it holds ([`COMPRESSED`]).
    Compressed,
    /// A host reads it for its settings: its redirects, proxies and headers
    /// ([`HOST_SETTINGS`]).
    HostSettings,
}

impl Unchecked {
    /// What the file `name` is, as the error says it.
    fn said(self, name: &str) -> String {
        match self {
            Unchecked::Browser => format!(
                "`{name}` is a file a browser runs, or reads as a page, which candor cannot check"
            ),
            Unchecked::Server => format!(
                "`{name}` is a program a web server runs (or the settings it runs them by), \
                 which candor cannot check"
            ),
            Unchecked::Compressed => format!(
                "`{name}` is a compressed copy, which a host may serve as the file it holds \
                 (`x.html.gz` as `x.html`), unread by candor's checks"
            ),
            Unchecked::HostSettings => format!(
                "`{name}` is a host's settings (its redirects, proxies or headers), which \
                 candor cannot check"
            ),
        }
    }

    fn help(self) -> &'static str {
        match self {
            Unchecked::Browser => {
                "take it out: candor's pages run no script, and what one would send cannot be \
                 checked; a page of the theme's own is an `.html` file, a picture an `.svg`, \
                 `.png` or the like"
            }
            Unchecked::Server => {
                "take it out: a static site runs nothing on its server, and what a program \
                 would do cannot be checked"
            }
            Unchecked::Compressed => {
                "take it out, or publish what it holds uncompressed: a host compresses what it \
                 serves itself"
            }
            Unchecked::HostSettings => {
                "take it out of the theme: a redirect or a proxy in it would serve the site's \
                 pages from elsewhere, and a header could loosen their Content-Security-Policy; \
                 a host's settings belong to the deployment, not to the published site"
            }
        }
    }
}

/// Why the static file at `rel` is refused unread ([`Unchecked`]), if it is: by its name as a
/// server reads it, without the dots and spaces a name may end with (Windows serves `x.php.` as
/// `x.php`; qa85).
fn unchecked(rel: &str) -> Option<Unchecked> {
    let name = rel.rsplit('/').next().unwrap_or(rel).to_ascii_lowercase();
    let name = name.trim_end_matches(['.', ' ']);
    // IIS reads `x.asp;.jpg` as `x.asp`, and runs by its `web.config` (qa88).
    let name = name.split(';').next().unwrap_or(name);
    let ends = |endings: &[&str]| endings.iter().any(|ext| name.ends_with(ext));
    if HOST_SETTINGS.contains(&name) {
        Some(Unchecked::HostSettings)
    } else if ends(COMPRESSED) {
        Some(Unchecked::Compressed)
    } else if ends(BROWSER_RUNS) {
        Some(Unchecked::Browser)
    } else if name == "web.config"
        || ends(SERVER_RUNS)
        || (name.split('.').skip(1)).any(|part| SERVER_PROGRAMS.contains(&part))
    {
        Some(Unchecked::Server)
    } else {
        None
    }
}

/// Whether an `.htaccess` of the theme tells Apache to run files as programs or to serve them
/// as another type (qa88: `AddHandler application/x-httpd-php .css` made the stylesheet a
/// PHP program): it is published for what it says of the site's addresses, not for that.
fn htaccess_runs(text: &str) -> bool {
    // What would make a program of a file: a handler or type of one, server-side includes.
    let runs = |value: &str| {
        [
            "php",
            "cgi",
            "httpd",
            "server-parsed",
            "x-sh",
            "perl",
            "python",
            "includes",
        ]
        .iter()
        .any(|program| value.contains(program))
    };
    text.lines().any(|line| {
        let line = line.trim().to_ascii_lowercase();
        let mut words = line.split_whitespace();
        let directive = words.next().unwrap_or("");
        let rest: Vec<&str> = words.collect();
        match directive {
            "addhandler" | "action" | "scriptalias" | "scriptaliasmatch" => true,
            // `SetHandler none` turns handlers off (qa89).
            "sethandler" => rest
                .first()
                .is_some_and(|h| !["none", "default-handler"].contains(h)),
            "addtype" | "forcetype" | "addoutputfilter" | "setoutputfilter" => {
                runs(&rest.join(" "))
            }
            // `Options -ExecCGI -Includes` turns them off (qa89); `All` turns both on.
            "options" => rest.iter().any(|o| {
                !o.starts_with('-')
                    && ["execcgi", "includes", "includesnoexec", "all"]
                        .contains(&o.trim_start_matches('+'))
            }),
            // `php_flag engine off` (or `php_admin_flag`) turns PHP off; any other setting is
            // PHP's.
            d if d.starts_with("php_") => {
                !(rest.first() == Some(&"engine") && rest.get(1) == Some(&"off"))
            }
            _ => false,
        }
    })
}

/// Whether an `.htaccess` of the theme sends a request elsewhere or changes how the site is
/// served (qa156: `Redirect 301 / https://evil.example/` published every page's address to
/// another host): a redirect, a rewrite, a proxy, an error page at another address, or a
/// header set (the Content-Security-Policy loosened). The site's files are what candor
/// checked, served as they are.
fn htaccess_redirects(text: &str) -> bool {
    text.lines().any(|line| {
        let line = line.trim().to_ascii_lowercase();
        let mut words = line.split_whitespace();
        let directive = words.next().unwrap_or("");
        // `RewriteEngine Off` turns rewriting off.
        let off = directive == "rewriteengine" && words.next() == Some("off");
        !off && (directive.starts_with("redirect")
            || directive.starts_with("rewrite")
            || directive.starts_with("proxy")
            || directive.ends_with("header")
            || directive == "errordocument")
    })
}

/// The files a host reads for its own settings rather than serving them (Netlify's and
/// Cloudflare Pages' `_redirects` and `_headers`, and the like): a redirect, a proxy or a header
/// in one would send the site's requests elsewhere or loosen its Content-Security-Policy
/// (qa156), and candor does not read them. Refused.
const HOST_SETTINGS: &[&str] = &[
    "_redirects",
    "_headers",
    "_routes.json",
    "netlify.toml",
    "vercel.json",
    "firebase.json",
    "staticwebapp.config.json",
];

/// Reads the configured theme over the built-in one.
pub fn load(root: &Path, config: &Config, diags: &mut Diagnostics) -> Option<Theme> {
    let mut theme = Theme {
        templates: BTreeMap::new(),
        assets: BTreeMap::new(),
        pages_and_styles: Vec::new(),
    };
    for (path, text) in BUILT_IN {
        let file = SourceFile::new(format!("(built-in theme)/{path}"), *text);
        theme.add(path, file, text.as_bytes().to_vec());
    }
    let dir = root.join("themes").join(&config.theme);
    if !dir.is_dir() {
        // Something in the folder's place (a link to nothing, a file) is not a theme left
        // out: the built-in one would be used, and the site's own files silently not.
        if std::fs::symlink_metadata(&dir).is_ok() {
            let shown = fs::display_name(root, &dir);
            diags.push(fs::linked_out(root, &dir).unwrap_or_else(|| {
                Diagnostic::error(format!("`{shown}` is not a folder"))
                    .with_help(format!("the theme's files go in a folder `{shown}/`"))
            }));
            return None;
        }
        if config.theme != "default" {
            let d = Diagnostic::error(format!("the theme `{}` does not exist", config.theme));
            let d = match &config.theme_span {
                Some(span) => d.at(
                    &config.file,
                    span.clone(),
                    format!("no folder themes/{}/", config.theme),
                ),
                None => d.in_file(&config.file),
            };
            diags.push(d.with_help(format!(
                "`candor copy-theme` writes the built-in theme into themes/{}/ to \
                         change there; or use the built-in theme \"default\"",
                config.theme
            )));
            return None;
        }
        return Some(theme);
    }
    let errors_before = diags.error_count();
    // Hidden files of `static/`, left unpublished ([`fs::is_hidden_static`]).
    let mut hidden = Vec::new();
    // Hidden files of `templates/` (a checkout's `.git/`, an `.env`, an editor's backup), not
    // read at all: no template is one, and a template could include it (qa127).
    let mut hidden_templates = Vec::new();
    // Links to folders are followed, once each is known to stay inside the site: a folder that
    // is a link out of it is named, and not listed.
    let mut walk = walkdir::WalkDir::new(&dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter();
    // Whether a path of `templates/` is one no template is ([`fs::is_hidden_static`], a dot's,
    // a version-control folder's).
    let hidden_template = |path: &Path| {
        let Some(name) = (path.strip_prefix(dir.join("templates")).ok()).and_then(Path::to_str)
        else {
            return false;
        };
        let name = name.replace(std::path::MAIN_SEPARATOR, "/");
        name.split('/')
            .any(|part| part.starts_with('.') || fs::is_version_control(part))
            || fs::is_hidden_static(&name)
    };
    while let Some(entry) = walk.next() {
        let entry = match entry {
            Ok(entry) => entry,
            // An editor's lock (Emacs's `.#page.html`, a link to nothing) is not read either.
            Err(e) if e.path().is_some_and(hidden_template) => {
                hidden_templates.extend(e.path().map(|p| fs::display_name(root, p)));
                continue;
            }
            Err(e)
                if e.path().is_some_and(|p| {
                    (p.strip_prefix(dir.join("static")).ok())
                        .and_then(Path::to_str)
                        .is_some_and(|rel| {
                            fs::is_hidden_static(&rel.replace(std::path::MAIN_SEPARATOR, "/"))
                        })
                }) =>
            {
                hidden.extend(e.path().map(|p| fs::display_name(root, p)));
                continue;
            }
            Err(e) => {
                // A link to nothing, or out of the site, is told where it points.
                if let Some(d) = e.path().and_then(|p| fs::linked_out(root, p)) {
                    diags.push(d);
                    continue;
                }
                let at = e
                    .path()
                    .map_or_else(String::new, |p| fs::display_name(root, p));
                diags.push(Diagnostic::error(format!("cannot read `{at}`: {e}")));
                continue;
            }
        };
        // Links are read like files, and only if they lead to a file inside the site.
        if entry.file_type().is_dir() {
            if entry.path_is_symlink()
                && let Some(d) = fs::linked_out(root, entry.path())
            {
                diags.push(d);
                walk.skip_current_dir();
            }
            continue;
        }
        let Some(rel) = entry
            .path()
            .strip_prefix(&dir)
            .ok()
            .and_then(Path::to_str)
            .map(|r| r.replace(std::path::MAIN_SEPARATOR, "/"))
        else {
            diags.push(
                Diagnostic::error(format!(
                    "the name of {:?} is not UTF-8",
                    entry.path().strip_prefix(root).unwrap_or(entry.path())
                ))
                .with_help("rename the file: the names of published files must be UTF-8"),
            );
            continue;
        };
        if let Some(c) = crate::text::forbidden_in_name(&rel) {
            diags.push(
                Diagnostic::error(format!(
                    "the name of `{}` holds U+{:04X}, which no published file's name may",
                    crate::text::visible_name(&fs::display_name(root, entry.path())),
                    u32::from(c)
                ))
                .with_help(
                    "rename the file: control and invisible characters have no place in a name",
                ),
            );
            continue;
        }
        if hidden_template(entry.path()) {
            hidden_templates.push(fs::display_name(root, entry.path()));
            continue;
        }
        if rel.starts_with("templates/") {
            let if_empty = "a template must not be empty: delete it to use the built-in template \
                            of the same name, or `candor copy-theme` a copy of it to change";
            match fs::read_source(root, entry.path(), if_empty, &fs::Limit::ANY) {
                Ok(file) => {
                    let bytes = file.text.as_bytes().to_vec();
                    theme.add(&rel, file, bytes);
                }
                Err(d) => diags.push(d),
            }
        } else if rel.starts_with("static/") {
            if rel.split('/').nth(1) == Some(PREVIEW_FOLDER) {
                diags.push(
                    Diagnostic::error(format!(
                        "`{}` is in `static/{PREVIEW_FOLDER}/`, the folder the preview keeps for \
                         its own files",
                        crate::text::visible_name(&fs::display_name(root, entry.path()))
                    ))
                    .with_help(
                        "move it to another folder of `static/`: `candor serve` answers \
                         `/__candor/` itself, so the preview would not show what a build \
                         publishes there",
                    ),
                );
                continue;
            }
            if (rel.split('/'))
                .any(|p| fs::is_version_control(p) || fs::is_older_version_control(p))
            {
                diags.push(
                    Diagnostic::error(format!(
                        "`{}` is in a version-control folder, which candor never publishes",
                        crate::text::visible_name(&fs::display_name(root, entry.path()))
                    ))
                    .with_help(
                        "move it out of the theme's static folder: in the output, the next `git` \
                         (or `hg`, `svn`) command there would read it and run what it says",
                    ),
                );
                continue;
            }
            if fs::is_hidden_static(rel.strip_prefix("static/").unwrap_or(&rel)) {
                hidden.push(fs::display_name(root, entry.path()));
                continue;
            }
            // A name a host or a system reads as another file's (qa88: `b.html.`, published as
            // a page unread for what it runs or loads; qa124, qa127: `a\b.css`, `en./`,
            // `data.json:x`).
            if let Some(why) = unportable(rel.strip_prefix("static/").unwrap_or(&rel)) {
                diags.push(
                    Diagnostic::error(format!(
                        "`{}` {why}",
                        crate::text::visible_name(&fs::display_name(root, entry.path()))
                    ))
                    .with_help(
                        "rename it: a static file is published under its name, which must read \
                         the same on every host",
                    ),
                );
                continue;
            }
            // A program, or a page a browser reads that is not read here for what it loads
            // or runs (qa67: an `.xhtml`'s `<x:script>` ran in the preview and from the
            // output).
            if let Some(why) = unchecked(&rel) {
                let name = fs::display_name(root, entry.path());
                let said = why.said(&crate::text::visible_name(&name));
                diags.push(Diagnostic::error(said).with_help(why.help()));
                continue;
            }
            match fs::read_bytes(root, entry.path()) {
                Ok(bytes)
                    if rel.rsplit('/').next() == Some(".htaccess")
                        && htaccess_redirects(&String::from_utf8_lossy(&bytes)) =>
                {
                    diags.push(
                        Diagnostic::error(format!(
                            "`{}` tells the web server to redirect, rewrite or proxy requests, \
                             or to set the headers pages are served with",
                            crate::text::visible_name(&fs::display_name(root, entry.path()))
                        ))
                        .with_help(
                            "take out its `Redirect…`, `Rewrite…`, `Proxy…`, `…Header` and \
                             `ErrorDocument` lines: every page, the change log and the history \
                             are to be served from the site as candor wrote them, under its \
                             Content-Security-Policy",
                        ),
                    );
                }
                Ok(bytes)
                    if rel.rsplit('/').next() == Some(".htaccess")
                        && htaccess_runs(&String::from_utf8_lossy(&bytes)) =>
                {
                    diags.push(
                        Diagnostic::error(format!(
                            "`{}` tells the web server to run files as programs, or to serve \
                             them as another type",
                            crate::text::visible_name(&fs::display_name(root, entry.path()))
                        ))
                        .with_help(
                            "take out its `AddHandler`, `SetHandler`, `AddType`, `ForceType`, \
                             `Action` and `php_…` lines and `Options` with `ExecCGI` or \
                             `Includes`: the site's files are what candor checked, and only \
                             as such",
                        ),
                    );
                }
                Ok(bytes) => {
                    let read_for_more = [".css", ".html", ".htm", ".svg"]
                        .iter()
                        .any(|ext| rel.to_ascii_lowercase().ends_with(ext));
                    if read_for_more {
                        let name = fs::display_name(root, entry.path());
                        theme
                            .pages_and_styles
                            .push(SourceFile::new(name, as_a_browser_reads(&bytes)));
                    }
                    theme.add_asset(&rel, bytes);
                }
                Err(d) => diags.push(d),
            }
        }
    }
    if let Some(first) = hidden.first() {
        let (count, names) = fs::files_named("hidden or backup", &hidden);
        diags.push(
            Diagnostic::warning(format!(
                "{count} in the theme's static folder not published: {names}"
            ))
            .with_help(format!(
                "a name that starts with a dot is often a file of secrets (`.env`) or an \
                 editor's, one that ends with `~` or is written between `#` an editor's \
                 backup; to publish `{}`, rename it (`.well-known/` and `.htaccess` are \
                 published as they are)",
                crate::text::visible_name(first)
            )),
        );
    }
    if let Some(first) = hidden_templates.first() {
        let (count, names) = fs::files_named("hidden or backup", &hidden_templates);
        diags.push(
            Diagnostic::warning(format!(
                "{count} in the theme's templates folder not read: {names}"
            ))
            .with_help(format!(
                "a name that starts with a dot is often a file of secrets (`.env`) or a \
                 checkout's (`.git/`), one that ends with `~` or is written between `#` an \
                 editor's backup: no template is one; to use `{}` as a template, rename it",
                crate::text::visible_name(first)
            )),
        );
    }
    // Two names a host on Windows or macOS takes for one (`A.css`, `a.css`; an `é` composed and
    // decomposed) publish one file over the other there (qa127).
    // NTFS takes both small sigmas for one capital (qa131: `σ.css`, `ς.css`). A folder's name
    // counts as a file's (qa136: `A/x.txt` beside a file `a`).
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    let folders = (theme.assets.keys())
        .flat_map(|name| (name.match_indices('/')).map(move |(at, _)| &name[..at]));
    let mut told = BTreeSet::new();
    for name in theme.assets.keys().map(String::as_str).chain(folders) {
        let folded = crate::text::normalize(&name.to_lowercase().replace('\u{3c2}', "\u{3c3}"));
        let first = *seen.entry(folded).or_insert(name);
        if first != name && told.insert((first, name)) {
            diags.push(
                Diagnostic::error(format!(
                    "`{}` and `{}` in the theme's static folder differ only in case or in how \
                     their letters are composed, which a host on Windows or macOS reads as one \
                     file",
                    crate::text::visible_name(first),
                    crate::text::visible_name(name)
                ))
                .with_help("rename one of them"),
            );
        }
    }
    for required in [
        PAGE_TEMPLATE,
        INDEX_TEMPLATE,
        CHANGES_TEMPLATE,
        ARCHIVE_TEMPLATE,
        ANNEX_TEMPLATE,
    ] {
        if !theme.templates.contains_key(required) {
            diags.push(Diagnostic::error(format!(
                "the theme `{}` has no template `templates/{required}`",
                config.theme
            )));
        }
    }
    (diags.error_count() == errors_before).then_some(theme)
}

/// Why the static file at `rel` (below `static/`) would be published under a name some host or
/// system reads as another, or cannot hold: a part of it that ends with a dot or a space of
/// any kind (which Windows and some hosts leave out), or starts with a space; holds a
/// character Windows does not allow in a name (`\`, a folder's separator there; `:`, a
/// stream's name; `?`, `*`, `"`, `<`, `>`, `|`) or an address reads otherwise (`#`, `%`); is
/// written decomposed (an accent apart from its letter, where templates are read composed); or
/// is a device's name there (`CON`, `NUL.css`, `con .txt`, `COM¹`, `CONIN$`); `None` where none
/// is.
fn unportable(rel: &str) -> Option<String> {
    let parts: Vec<&str> = rel.split('/').collect();
    let last = parts.len().saturating_sub(1);
    for (i, part) in parts.iter().enumerate() {
        let what = match i == last {
            true => "its name".to_string(),
            false => format!("the name of its folder `{part}`"),
        };
        if part.ends_with(|c: char| c == '.' || c.is_whitespace()) {
            return Some(match i == last {
                true => "ends with a dot or a space, which some hosts leave out and serve the \
                         file by the name before"
                    .to_string(),
                false => format!(
                    "is in the folder `{part}`, which ends with a dot or a space, which some \
                     hosts leave out and serve the folder by the name before"
                ),
            });
        }
        if part.starts_with(char::is_whitespace) {
            return Some(format!("has a space at the start of {what}"));
        }
        if let Some(c) = part.chars().find(|c| "\\:*?\"<>|#%".contains(*c)) {
            return Some(format!(
                "has `{c}` in {what}, which Windows does not allow in a name or an address reads \
                 otherwise (a folder's separator, a stream's name, a query, a fragment, an escape)"
            ));
        }
        if !icu_normalizer::ComposingNormalizerBorrowed::new_nfc().is_normalized(part) {
            return Some(format!(
                "has letters not written in their composed form in {what} (an accent apart \
                 from its letter, a sign that stands for a letter), where the templates, read \
                 composed, link it composed"
            ));
        }
        // Windows reads `con .txt` as `CON` too: the spaces before the extension are left out.
        let stem = (part.split('.').next().unwrap_or(part))
            .trim_end_matches(' ')
            .to_uppercase();
        let digit = |c: char| c.is_ascii_digit() || "¹²³".contains(c);
        let device = ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"]
            .contains(&stem.as_str())
            || ((stem.starts_with("COM") || stem.starts_with("LPT"))
                && stem.chars().count() == 4
                && stem.chars().last().is_some_and(digit));
        if device {
            return Some(format!(
                "has a device's name on Windows as {what} (`{part}`), which no file there can have"
            ));
        }
    }
    None
}

/// The text of a static page or stylesheet as a browser would read it, whatever its encoding:
/// UTF-16 by its byte-order mark, else UTF-8 with what is not UTF-8 replaced (a byte of
/// Latin-1 in a comment), so that what it loads is checked all the same; its lines as the
/// browser breaks them.
fn as_a_browser_reads(bytes: &[u8]) -> String {
    let utf16 = |be: bool| {
        let units = bytes[2..].chunks_exact(2).map(|pair| match be {
            true => u16::from_be_bytes([pair[0], pair[1]]),
            false => u16::from_le_bytes([pair[0], pair[1]]),
        });
        char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect()
    };
    let text = match bytes {
        [0xFE, 0xFF, ..] => utf16(true),
        [0xFF, 0xFE, ..] => utf16(false),
        _ => String::from_utf8_lossy(bytes).into_owned(),
    };
    // A carriage return alone breaks a line for a browser: so it does for the places an error
    // names (qa68: a host named on line 230 of a stylesheet an editor shows 235 lines of).
    crate::text::lone_carriage_returns_as_line_feeds(text)
}

/// The folder of the site's root that `candor serve` answers itself (its live reload, the
/// review view): no theme file may be published there.
pub const PREVIEW_FOLDER: &str = "__candor";

impl Theme {
    fn add(&mut self, path: &str, file: Arc<SourceFile>, bytes: Vec<u8>) {
        if let Some(name) = path.strip_prefix("templates/") {
            self.templates.insert(name.to_string(), file);
        } else {
            self.add_asset(path, bytes);
        }
    }

    fn add_asset(&mut self, path: &str, bytes: Vec<u8>) {
        if let Some(name) = path.strip_prefix("static/") {
            self.assets.insert(name.to_string(), bytes);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_htaccess_that_sends_requests_elsewhere_or_sets_headers_is_told_and_one_that_does_not_is_not()
     {
        for text in [
            "Redirect 301 / https://evil.example/",
            "  redirectmatch ^/(.*) https://evil.example/$1",
            "RewriteEngine On\nRewriteRule ^ https://evil.example/ [R]",
            "ProxyPass / https://evil.example/",
            "Header set Content-Security-Policy \"default-src *\"",
            "RequestHeader set X-A b",
            "ErrorDocument 404 https://evil.example/",
        ] {
            assert!(htaccess_redirects(text), "{text}");
        }
        for text in [
            "Options -Indexes",
            "RewriteEngine Off",
            "# Redirect 301 / https://evil.example/",
            "DirectoryIndex index.html",
        ] {
            assert!(!htaccess_redirects(text), "{text}");
        }
    }
}
