//! Whatever path a page takes, it is the same bytes: a first build into an empty folder, a
//! rebuild into the last output, `check` (which renders and discards) and the preview (which
//! renders into memory) all render one site identically, and the archive copy of a
//! publication is the same file while it is the current publication and after it was
//! replaced. The build's speed-ups (sharing work between a page and its archive copy, writing
//! only what changed) must never show in what is published.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use candor::diagnostic::Diagnostics;
use candor::history::lock::Recording;
use candor::render::Files;
use candor::site::Options;

use crate::common;

use common::{LANGUAGES, LATER_EPOCH, Site, assert_same_tree, tree};

/// What a site renders to in memory, as `check` (`check == true`) or as the preview sees it,
/// on 2027-01-01, keyed like [`tree`].
fn rendered(site: &Site, check: bool) -> BTreeMap<PathBuf, Vec<u8>> {
    let now = format!("{LATER_EPOCH}s")
        .parse::<jiff::SignedDuration>()
        .map(|d| jiff::Timestamp::UNIX_EPOCH + d)
        .expect("a time");
    let options = Options::new(Recording::Preview { now });
    let mut diags = Diagnostics::default();
    let files: Files = if check {
        let seen = Mutex::new(Files::new());
        let look = |files: Files| {
            seen.lock().expect("no panic").extend(files);
            Ok(())
        };
        let keep = candor::cmd::check::Keep::Nothing;
        candor::cmd::check::check_each(site.root(), &options, None, keep, &look, &mut diags);
        seen.into_inner().expect("no panic")
    } else {
        candor::site::prepare(site.root(), &options, &mut diags)
            .map(|(_, _, files, _)| files)
            .unwrap_or_default()
    };
    assert!(!diags.has_errors(), "{diags:?}");
    files
        .into_iter()
        .map(|(path, bytes)| (PathBuf::from(path), bytes))
        .collect()
}

/// The built output without the file that marks the folder as candor's (which is not rendered).
fn built(out: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = tree(out);
    files.remove(Path::new(candor::write::output::MARKER));
    files
}

#[test]
fn a_fresh_build_a_rebuild_check_and_the_preview_render_the_same_bytes() {
    let site = Site::example();
    let outs = Site::empty();
    let (fresh, again) = (outs.path("fresh"), outs.path("again"));
    site.build_later(&["--out", fresh.to_str().unwrap()])
        .success();
    let first = built(&fresh);
    assert!(
        LANGUAGES
            .iter()
            .all(|l| first.contains_key(&PathBuf::from(format!("{}/index.html", l.lang)))),
        "every language's page is built: {:?}",
        first.keys()
    );

    // Into the output of the last build, with nothing changed: nothing differs.
    site.build_later(&["--out", fresh.to_str().unwrap()])
        .success();
    assert_same_tree(&first, &built(&fresh));
    // Into another, empty, folder.
    site.build_later(&["--out", again.to_str().unwrap()])
        .success();
    assert_same_tree(&first, &built(&again));

    assert_same_tree(&first, &rendered(&site, true));
    assert_same_tree(&first, &rendered(&site, false));
}

/// Every file under `LANG/archive/ID/` of the default output, for every language.
fn archive_copy(site: &Site, id: &str) -> BTreeMap<PathBuf, Vec<u8>> {
    let out = site.public();
    let files: BTreeMap<PathBuf, Vec<u8>> = LANGUAGES
        .iter()
        .flat_map(|words| {
            let lang = words.lang;
            let dir = out.join(lang).join("archive").join(id);
            tree(&dir)
                .into_iter()
                .map(move |(path, bytes)| (Path::new(lang).join(path), bytes))
        })
        .collect();
    for words in LANGUAGES {
        for page in ["index.html", "annex/index.html"] {
            let path = Path::new(words.lang).join(page);
            assert!(
                files.contains_key(&path),
                "the archive copy of {id} has {}",
                path.display()
            );
        }
    }
    files
}

#[test]
fn the_archive_copy_of_the_current_publication_stays_what_it_was_when_replaced() {
    let site = Site::example();
    site.build_later(&[]).success();
    // The archive's folders are named by the publications' ids, which sort by date.
    let archived = || -> Vec<String> {
        let mut ids: Vec<String> = std::fs::read_dir(site.public().join("en/archive"))
            .expect("read the archive")
            .map(|e| e.expect("an entry"))
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        ids.sort();
        ids
    };
    let before = archived();
    let last = before.last().cloned().expect("a publication");
    let current = archive_copy(&site, &last);

    // A fact changes: a new publication on a later day replaces it as the current one.
    site.replace(
        "content/retention.toml",
        "period = { count = 2, unit = \"years\" }",
        "period = { count = 3, unit = \"years\" }",
    );
    common::candor(
        &["build".to_string(), site.arg()],
        &[("SOURCE_DATE_EPOCH", "1798848000")],
    )
    .success();
    assert_eq!(
        archived().len(),
        before.len() + 1,
        "the fact change was recorded as a new publication"
    );
    // It stays what it was, but for what says which version it is: it was the current one, and
    // now says on screen and in the margin of every printed page that it was superseded.
    let replaced = archive_copy(&site, &last);
    let notice = |bytes: &[u8]| {
        let html = String::from_utf8(bytes.to_vec()).expect("UTF-8 page");
        let start = html
            .find("<p class=\"archive-notice")
            .expect("an archive notice");
        let end = start + html[start..].find("</p>").expect("the notice ends") + "</p>".len();
        (
            html[start..end].to_string(),
            format!("{}{}", &html[..start], &html[end..]),
        )
    };
    for words in LANGUAGES {
        for (page, margin) in [
            ("index.html", "print.css"),
            ("annex/index.html", "annex/print.css"),
        ] {
            let page = Path::new(words.lang).join(page);
            let (was, rest_was) = notice(&current[&page]);
            let (is, rest_is) = notice(&replaced[&page]);
            assert!(was.contains("archive-notice current"), "{was}");
            assert!(is.contains("archive-notice superseded"), "{is}");
            assert!(
                rest_was == rest_is,
                "{} changed beyond its notice",
                page.display()
            );
            let margin = Path::new(words.lang).join(margin);
            assert_ne!(
                current[&margin],
                replaced[&margin],
                "the printed margin of {} says superseded",
                page.display()
            );
        }
    }
    // Everything else (the history files) is the very same.
    let page_and_margin = |path: &PathBuf| {
        LANGUAGES.iter().any(|w| {
            [
                "index.html",
                "print.css",
                "annex/index.html",
                "annex/print.css",
            ]
            .iter()
            .any(|f| *path == Path::new(w.lang).join(f))
        })
    };
    let unchanged = |tree: &BTreeMap<PathBuf, Vec<u8>>| -> BTreeMap<PathBuf, Vec<u8>> {
        tree.iter()
            .filter(|(path, _)| !page_and_margin(path))
            .map(|(p, b)| (p.clone(), b.clone()))
            .collect()
    };
    assert_same_tree(&unchanged(&current), &unchanged(&replaced));
}
