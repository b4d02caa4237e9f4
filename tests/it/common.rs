//! Shared helpers for the integration tests: a copy of a site in a temporary folder, the real
//! `candor` binary run on it, and the built pages read back with `scraper`.
//!
//! Every test works on its own copy, so no test ever writes into the repository.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use scraper::{ElementRef, Html, Selector};
use tempfile::TempDir;

/// The repository root, which is also the example site.
pub const REPO: &str = env!("CARGO_MANIFEST_DIR");

/// The parts of the repository that make up the example site.
pub const SITE_PARTS: &[&str] = &["candor.toml", "candor.lock", "content", "locales", "themes"];

/// The date of the example site's last publication, as the stamp shows it in each language.
pub const EXAMPLE_DATE_ISO: &str = "2026-11-30";

/// 2027-01-01T00:00:00Z: a publication date after the example's last one.
pub const LATER_EPOCH: &str = "1798761600";
/// Tests publish on days to come (1 January 2027, …) and gone: the clock a publication is held
/// to, which [`candor`] sets to the `SOURCE_DATE_EPOCH` a test gives, where it does not set the
/// clock itself: the day it publishes is today.
pub const CLOCK: &str = "CANDOR_NOW_FOR_TESTS";
pub const LATER_DATE_ISO: &str = "2027-01-01";

/// A site in a temporary folder of its own.
pub struct Site {
    dir: TempDir,
}

impl Site {
    /// An empty temporary folder.
    pub fn empty() -> Site {
        let dir = tempfile::Builder::new()
            .prefix("candor-test-")
            .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
            .expect("create a temporary folder");
        Site { dir }
    }

    /// A copy of the example site (the repository's candor.toml, candor.lock, content/,
    /// locales/ and themes/; never its public/).
    pub fn example() -> Site {
        Site::example_without(&[])
    }

    /// A copy of the example site that promises no notice period for new sub-processors, for
    /// tests that rename one (a renamed sub-processor is a new one).
    pub fn example_without_notice() -> Site {
        let site = Site::example();
        site.replace("candor.toml", "notice-days = 30", "");
        site
    }

    /// A copy of the example site without the named top-level parts.
    pub fn example_without(skip: &[&str]) -> Site {
        let site = Site::empty();
        for part in SITE_PARTS.iter().filter(|p| !skip.contains(p)) {
            copy_recursively(&Path::new(REPO).join(part), &site.path(part));
        }
        site
    }

    /// A synthetic site of `languages` x `subprocessors` (`candor::synth`), made from the
    /// example.
    pub fn synthetic(languages: usize, subprocessors: usize) -> Site {
        let site = Site::empty();
        let size = candor::synth::Size {
            languages,
            subprocessors,
        };
        candor::synth::generate(Path::new(REPO), site.root(), size).expect("generate a site");
        site
    }

    /// The site's folder.
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// A path inside the site.
    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// The site folder as a command-line argument.
    pub fn arg(&self) -> String {
        self.root()
            .to_str()
            .expect("a UTF-8 temporary path")
            .to_string()
    }

    pub fn read(&self, rel: &str) -> String {
        let path = self.path(rel);
        std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
    }

    pub fn read_bytes(&self, rel: &str) -> Vec<u8> {
        let path = self.path(rel);
        std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
    }

    pub fn write(&self, rel: &str, text: &str) {
        let path = self.path(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create parent folder");
        }
        std::fs::write(&path, text)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    }

    /// Replaces exactly one occurrence of `from` in the file `rel` by `to`.
    pub fn replace(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert_eq!(
            text.matches(from).count(),
            1,
            "expected `{from}` exactly once in {rel}"
        );
        self.write(rel, &text.replacen(from, to, 1));
    }

    /// Makes the site one never published: no `candor.lock`, nor the translations' records a
    /// publication writes beside it.
    pub fn unpublished(&self) {
        std::fs::remove_file(self.path("candor.lock")).unwrap();
        for entry in std::fs::read_dir(self.path("locales")).unwrap() {
            let record = entry.unwrap().path().join("translated-from.toml");
            if record.exists() {
                std::fs::remove_file(record).unwrap();
            }
        }
    }

    /// Adds the language `tag` to the example's three, its words copied from `from`'s, with
    /// no record of their translation: none of them reviewed in `tag`.
    pub fn add_language_copied_from(&self, from: &str, tag: &str) {
        copy_recursively(
            &self.path(&format!("locales/{from}")),
            &self.path(&format!("locales/{tag}")),
        );
        let record = self.path(&format!("locales/{tag}/translated-from.toml"));
        if record.exists() {
            std::fs::remove_file(record).expect("remove the copied record");
        }
        self.replace(
            "candor.toml",
            "languages = [\"en\", \"de\", \"nl\"]",
            &format!("languages = [\"en\", \"de\", \"nl\", \"{tag}\"]"),
        );
    }

    /// `candor build SITE [extra args]`, with no SOURCE_DATE_EPOCH.
    pub fn build(&self, extra: &[&str]) -> Run {
        let mut args = vec!["build".to_string(), self.arg()];
        args.extend(extra.iter().map(|a| a.to_string()));
        candor(&args, &[])
    }

    /// `candor mark-reviewed` of one message (or term) of one language, which must succeed.
    pub fn mark_reviewed(&self, lang: &str, message: &str) {
        candor(
            &[
                "mark-reviewed",
                &self.arg(),
                "--locale",
                lang,
                "--message",
                message,
            ],
            &[],
        )
        .success();
    }

    /// `candor build SITE [extra args]` with SOURCE_DATE_EPOCH set to 2027-01-01.
    pub fn build_later(&self, extra: &[&str]) -> Run {
        let mut args = vec!["build".to_string(), self.arg()];
        args.extend(extra.iter().map(|a| a.to_string()));
        candor(&args, &[("SOURCE_DATE_EPOCH", LATER_EPOCH)])
    }

    /// Changes a fact (the breach deadline, from 24 to 48 hours) and builds at `epoch` (a
    /// SOURCE_DATE_EPOCH): a publication on that day, which changes nothing else.
    pub fn publish_a_change_at(&self, epoch: &str) -> Run {
        self.replace(
            "content/breach.toml",
            "notification-deadline-hours = 24",
            "notification-deadline-hours = 48",
        );
        candor(&["build", &self.arg()], &[("SOURCE_DATE_EPOCH", epoch)])
    }

    /// The default output folder, `SITE/public`.
    pub fn public(&self) -> PathBuf {
        self.path("public")
    }

    /// The built page of `lang` in the default output folder.
    pub fn page(&self, lang: &str) -> Page {
        Page::read(&self.public(), lang)
    }

    /// The built language list in the default output folder.
    pub fn index(&self) -> Page {
        Page::read_file(&self.public().join("index.html"), None)
    }

    /// The dates of the publications recorded in the site's candor.lock, in order.
    pub fn publications(&self) -> Vec<String> {
        publication_dates(&self.read("candor.lock"))
    }
}

/// The publications recorded in a candor.lock text, in order, as TOML.
pub fn publications(lock: &str) -> Vec<toml::Value> {
    let table: toml::Table = lock.parse().expect("candor.lock is TOML");
    table
        .get("publication")
        .and_then(|p| p.as_array())
        .cloned()
        .unwrap_or_default()
}

/// The dates of the publications recorded in a candor.lock text, in order.
pub fn publication_dates(lock: &str) -> Vec<String> {
    publications(lock)
        .iter()
        .map(|p| p.get("date").expect("a publication has a date").to_string())
        .collect()
}

/// `text` without the invisible marks (U+2068, U+2069) Fluent puts around each argument so that
/// right-to-left and left-to-right text do not reorder each other, nor those (U+2066, U+2067)
/// around a margin's address or words not translated yet: what a reader sees.
pub fn without_isolates(text: &str) -> String {
    text.replace(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'], "")
}

/// Copies a file or a folder with everything in it.
pub fn copy_recursively(from: &Path, to: &Path) {
    if from.is_dir() {
        std::fs::create_dir_all(to)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", to.display()));
        let mut entries: Vec<_> = std::fs::read_dir(from)
            .expect("read folder")
            .map(|e| e.expect("folder entry").path())
            .collect();
        entries.sort();
        for entry in entries {
            copy_recursively(&entry, &to.join(entry.file_name().expect("a file name")));
        }
    } else {
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent).expect("create parent folder");
        }
        std::fs::copy(from, to)
            .unwrap_or_else(|e| panic!("cannot copy {} to {}: {e}", from.display(), to.display()));
    }
}

/// Text without whitespace or the margin miette draws, so that a line the report wrapped reads
/// whole: `compact(stderr).contains(&compact("give it the id"))`.
pub fn compact(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '│')
        .collect()
}

/// What one run of the binary did.
#[derive(Debug)]
pub struct Run {
    pub args: Vec<String>,
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Panics with the run's output unless it exited with `code`.
    #[track_caller]
    pub fn expect_code(&self, code: i32) -> &Run {
        assert_eq!(
            self.code,
            Some(code),
            "`candor {}` exited with {:?}, expected {code}\n--- stdout\n{}\n--- stderr\n{}",
            self.args.join(" "),
            self.code,
            self.stdout,
            self.stderr
        );
        self
    }

    #[track_caller]
    pub fn success(&self) -> &Run {
        self.expect_code(0)
    }

    /// Panics unless it failed (exit 1) with one error, which says `says`: a problem told once,
    /// with nothing that follows from it told besides.
    #[track_caller]
    pub fn refused_alone(&self, says: &str) -> &Run {
        self.expect_code(1);
        assert!(self.stderr.contains(says), "{says}\n{}", self.stderr);
        assert_eq!(self.stderr.matches('×').count(), 1, "{}", self.stderr);
        self
    }
}

/// Waits for `child` and returns whether it exited with code 0, and its resource use: its peak
/// resident memory and CPU time, which `Child::wait` does not report.
#[allow(
    dead_code,
    reason = "used by tests/memory.rs and benches/build.rs, which include this file"
)]
pub fn wait_with_usage(child: &std::process::Child) -> (bool, libc::rusage) {
    let mut status = 0;
    // SAFETY: an all-zero `rusage` is a valid value; wait4 fills it in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, which nothing else waits for.
    let pid = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    assert_eq!(pid, child.id() as i32, "wait4");
    let exited = libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0;
    (exited, usage)
}

/// Runs the real `candor` binary with `args` and extra environment variables. NO_COLOR is always
/// set; SOURCE_DATE_EPOCH is removed unless `env` sets it, and the [`CLOCK`] is set to it unless
/// `env` sets that too.
pub fn candor<S: AsRef<str>>(args: &[S], env: &[(&str, &str)]) -> Run {
    // Run somewhere harmless, never in the repository.
    candor_in(Path::new(env!("CARGO_TARGET_TMPDIR")), args, env)
}

/// Like [`candor`], in the working directory `cwd`.
pub fn candor_in<S: AsRef<str>>(cwd: &Path, args: &[S], env: &[(&str, &str)]) -> Run {
    let args: Vec<String> = args.iter().map(|a| a.as_ref().to_string()).collect();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_candor"));
    cmd.args(&args)
        .env("NO_COLOR", "1")
        .env_remove("SOURCE_DATE_EPOCH")
        .env_remove(CLOCK)
        .env_remove("CLICOLOR_FORCE")
        .env_remove("FORCE_COLOR")
        .current_dir(cwd);
    for (k, v) in env {
        cmd.env(k, v);
    }
    if let Some((_, epoch)) = env.iter().find(|(k, _)| *k == "SOURCE_DATE_EPOCH")
        && !env.iter().any(|(k, _)| *k == CLOCK)
    {
        cmd.env(CLOCK, epoch);
    }
    let output = cmd.output().expect("run the candor binary");
    Run {
        args,
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Every file under `dir`, by path relative to it, with its bytes.
pub fn tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(base: &Path, dir: &Path, files: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for entry in
            std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        {
            let path = entry.expect("folder entry").path();
            if path.is_dir() {
                walk(base, &path, files);
            } else {
                let rel = path.strip_prefix(base).expect("under base").to_path_buf();
                files.insert(rel, std::fs::read(&path).expect("read file"));
            }
        }
    }
    let mut files = BTreeMap::new();
    walk(dir, dir, &mut files);
    files
}

/// Asserts two file trees are byte-identical, naming the first difference.
#[track_caller]
pub fn assert_same_tree(a: &BTreeMap<PathBuf, Vec<u8>>, b: &BTreeMap<PathBuf, Vec<u8>>) {
    let names_a: Vec<_> = a.keys().collect();
    let names_b: Vec<_> = b.keys().collect();
    assert_eq!(names_a, names_b, "the two trees hold different files");
    for (path, bytes) in a {
        assert!(
            bytes == &b[path],
            "{} differs between the two trees",
            path.display()
        );
    }
}

/// The `.html` files under `dir`.
pub fn html_files(dir: &Path) -> Vec<PathBuf> {
    tree(dir)
        .into_keys()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .map(|p| dir.join(p))
        .collect()
}

/// A CSS selector; panics on a typo.
pub fn sel(selector: &str) -> Selector {
    Selector::parse(selector).unwrap_or_else(|e| panic!("bad selector `{selector}`: {e:?}"))
}

/// The text of an element as a reader sees it: whitespace collapsed, without the invisible
/// isolation marks around facts ([`without_isolates`]) or the soft
/// hyphens (U+00AD) a build puts in long words, which show only where a line breaks.
pub fn text(el: ElementRef<'_>) -> String {
    without_isolates(&el.text().collect::<Vec<_>>().concat())
        .replace('\u{ad}', "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A built HTML file, parsed.
pub struct Page {
    pub path: PathBuf,
    /// The page's language folder (`None` for the language list). No test reads it yet.
    #[allow(dead_code)]
    pub lang: Option<String>,
    pub source: String,
    pub html: Html,
}

impl Page {
    /// `OUT/<lang>/index.html`.
    pub fn read(out: &Path, lang: &str) -> Page {
        Page::read_file(&out.join(lang).join("index.html"), Some(lang))
    }

    pub fn read_file(path: &Path, lang: Option<&str>) -> Page {
        let source = std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let html = Html::parse_document(&source);
        Page {
            path: path.to_path_buf(),
            lang: lang.map(str::to_string),
            source,
            html,
        }
    }

    /// Every element matching `selector`.
    pub fn all(&self, selector: &str) -> Vec<ElementRef<'_>> {
        self.html.select(&sel(selector)).collect()
    }

    /// The one element matching `selector`.
    #[track_caller]
    pub fn one(&self, selector: &str) -> ElementRef<'_> {
        let found = self.all(selector);
        assert_eq!(
            found.len(),
            1,
            "expected exactly one `{selector}` in {}, found {}",
            self.path.display(),
            found.len()
        );
        found[0]
    }

    /// The text of the one element matching `selector`, whitespace collapsed.
    #[track_caller]
    pub fn text_of(&self, selector: &str) -> String {
        text(self.one(selector))
    }

    /// Everything a reader gets from the page: its text (title included) and the attributes read
    /// out by assistive technology, whitespace collapsed.
    pub fn readable_text(&self) -> String {
        let mut parts = vec![text(self.html.root_element())];
        for el in self.html.root_element().descendent_elements() {
            for attr in ["aria-label", "title", "alt", "data-label", "placeholder"] {
                if let Some(v) = el.attr(attr) {
                    parts.push(v.to_string());
                }
            }
        }
        parts.join(" ")
    }

    /// The `lang` attribute of `<html>`.
    pub fn html_lang(&self) -> String {
        self.one("html")
            .attr("lang")
            .unwrap_or_else(|| panic!("{}: <html> has no lang", self.path.display()))
            .to_string()
    }
}

/// The words of the example site in one language, hard-coded after reading its locale files.
pub struct Words {
    pub lang: &'static str,
    /// The language's name in itself, as the language lists show it.
    pub own_name: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    /// `mechanism-standard-contractual-clauses`.
    pub scc: &'static str,
    pub not_applicable: &'static str,
    /// The example's last publication, 2026-11-30, in the language's long date format.
    pub example_date: &'static str,
    /// 2027-01-01 in the language's long date format.
    pub later_date: &'static str,
    /// Germany (the storage country).
    pub germany: &'static str,
    /// The retention period, two years.
    pub two_years: &'static str,
}

pub const EN: Words = Words {
    lang: "en",
    own_name: "English",
    yes: "Yes",
    no: "No",
    scc: "Standard contractual clauses",
    not_applicable: "Not applicable",
    example_date: "30 November 2026",
    later_date: "1 January 2027",
    germany: "Germany",
    two_years: "2 years",
};

pub const DE: Words = Words {
    lang: "de",
    own_name: "Deutsch",
    yes: "Ja",
    no: "Nein",
    scc: "Standardvertragsklauseln",
    not_applicable: "Nicht zutreffend",
    example_date: "30. November 2026",
    later_date: "1. Januar 2027",
    germany: "Deutschland",
    two_years: "2 Jahre",
};

pub const NL: Words = Words {
    lang: "nl",
    own_name: "Nederlands",
    yes: "Ja",
    no: "Nee",
    scc: "Standaardcontractbepalingen",
    not_applicable: "Niet van toepassing",
    example_date: "30 november 2026",
    later_date: "1 januari 2027",
    germany: "Duitsland",
    two_years: "2 jaar",
};

/// The example site's languages, in configured order.
pub const LANGUAGES: [&Words; 3] = [&EN, &DE, &NL];

/// Asserts that every `<time>` stamp of `page` shows `datetime` and contains `date_text`, and
/// that there is at least one.
#[track_caller]
pub fn assert_stamp(page: &Page, datetime: &str, date_text: &str) {
    let times = page.all("time");
    assert!(
        !times.is_empty(),
        "{}: no <time> element",
        page.path.display()
    );
    for t in times {
        assert_eq!(
            t.attr("datetime"),
            Some(datetime),
            "{}: <time> datetime",
            page.path.display()
        );
        let shown = text(t);
        assert!(
            shown.contains(date_text),
            "{}: stamp `{shown}` does not contain `{date_text}`",
            page.path.display()
        );
    }
}

/// The one command that installs what the browser and print tests need (`.ci/run` runs it).
pub const INSTALL_TEST_TOOLS: &str = ".ci/install-test-tools";

/// Replaces every placeholder that `candor init` wrote in `site_dir/content/` with the value it
/// wraps, as a user who keeps those values would.
pub fn fill_in(site_dir: &Path) {
    for entry in std::fs::read_dir(site_dir.join("content")).expect("a content folder") {
        let path = entry.expect("a content file").path();
        let text = std::fs::read_to_string(&path).expect("a readable content file");
        std::fs::write(&path, filled_in(&text)).expect("a writable content file");
    }
}

/// `text` with each placeholder replaced by the value it wraps: in quotes, but a number,
/// which is written without them.
fn filled_in(text: &str) -> String {
    const OPEN: &str = "\"<placeholder: ";
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(OPEN) {
        out.push_str(&rest[..at]);
        let from = &rest[at + OPEN.len()..];
        let end = from.find(">\"").expect("a closed placeholder");
        let value = &from[..end];
        match !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
            true => out.push_str(value),
            false => out.push_str(&format!("\"{value}\"")),
        }
        rest = &from[end + 2..];
    }
    out + rest
}

/// Whether a tool of the browser and print tests is installed: `path` exists (or, for a command
/// name, it runs) and `CANDOR_TEST_HIDE` does not name `tool`. `CANDOR_TEST_HIDE=chromium,java
/// cargo test` shows what a plain run says on a machine without them.
pub fn installed(tool: &str, present: impl FnOnce() -> bool) -> bool {
    let hidden = std::env::var("CANDOR_TEST_HIDE")
        .is_ok_and(|list| list.split(',').any(|t| t.trim() == tool));
    !hidden && present()
}

/// Says, in a plain `cargo test` run, that a test was skipped and how to run it. Written to
/// the process's standard error directly: the test harness captures `eprintln!`, which only
/// `--nocapture` would show. Each skip is said once, however many tests it skips.
pub fn say_skipped(what: &str) {
    use std::io::Write;
    static SAID: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());
    let mut said = SAID.lock().unwrap_or_else(|p| p.into_inner());
    if said.iter().any(|s| s == what) {
        return;
    }
    said.push(what.to_string());
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED {what}; install what it needs with `{INSTALL_TEST_TOOLS}` (as root)"
    );
}

/// Makes the last publication's page fail to render with today's theme, while today's site
/// renders: the organisation is renamed, and the page template fails for its old name on a page
/// that is not archived, which is the last publication's page rendered again to compare with.
/// The failure says "the old page does not render".
pub fn break_the_last_publications_page(site: &Site) {
    site.replace(
        "content/organisation.toml",
        "name = \"Luscii\"",
        "name = \"Luscii Healthtech\"",
    );
    site.replace(
        "themes/default/templates/page.html",
        "{% set org = facts.organisation %}",
        "{% set org = facts.organisation %}{% if not archived and org.name == \"Luscii\" %}\
         {{ throw(message=\"the old page does not render\") }}{% endif %}",
    );
}

/// The 1-based line and column (counted in characters) of byte `offset` of `text`, as
/// diagnostics count them.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before[before.rfind('\n').map_or(0, |n| n + 1)..]
        .chars()
        .count()
        + 1;
    (line, column)
}

/// `file:line:column` of the first `needle` in the site's file `file`, as diagnostics print
/// where they point.
pub fn place_of(site: &Site, file: &str, needle: &str) -> String {
    let text = site.read(file);
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` not in {file}"));
    let (line, column) = line_col(&text, at);
    format!("{file}:{line}:{column}")
}

/// The example's candor.lock as a TOML table, each publication's source text in its snapshot
/// (as version 3 and earlier held it) instead of named from `[source-maps]`.
pub fn lock_with_sources_inline(site: &Site) -> toml::Table {
    let mut lock: toml::Table = site.read("candor.lock").parse().unwrap();
    let sources = lock.remove("source-maps").unwrap();
    for p in lock["publication"].as_array_mut().unwrap() {
        let stored = p["snapshot"].as_table_mut().unwrap();
        let source = sources[stored["source"].as_str().unwrap()].clone();
        stored.insert("source".into(), source);
    }
    lock
}

/// The example's candor.lock as a TOML table, changed by `edit`, with every fingerprint
/// recomputed as candor computed it before version 5, covering no translation (so only the
/// checks on content can catch the change): a history recorded by an older candor.
pub fn forge_lock(site: &Site, edit: impl FnOnce(&mut Vec<toml::Value>)) {
    let mut lock = lock_with_sources_inline(site);
    let publications = lock["publication"].as_array_mut().unwrap();
    edit(publications);
    let mut previous: Option<String> = None;
    for p in publications.iter_mut() {
        let snapshot: candor::history::lock::Snapshot = p["snapshot"].clone().try_into().unwrap();
        let when = candor::history::lock::When {
            date: p["date"].to_string().parse().unwrap(),
            time: p.get("time").map(|t| t.to_string().parse().unwrap()),
        };
        let fp = candor::history::lock::fingerprint(when, previous.as_deref(), &snapshot, None);
        p.as_table_mut()
            .unwrap()
            .insert("fingerprint".into(), toml::Value::String(fp.clone()));
        previous = Some(fp);
    }
    site.write("candor.lock", &toml::to_string(&lock).unwrap());
}

/// A translator's edit: the German caption of the storage table reworded.
pub fn revise_the_german_caption(site: &Site) {
    site.replace(
        "locales/de/sections.ftl",
        "storage-caption = Wo die Daten gespeichert werden",
        "storage-caption = Hier liegen Ihre Daten",
    );
}

/// The translator's second edit of that caption.
pub fn revise_the_german_caption_again(site: &Site) {
    site.replace(
        "locales/de/sections.ftl",
        "storage-caption = Hier liegen Ihre Daten",
        "storage-caption = Hier werden Ihre Daten gespeichert",
    );
}

/// The example with its German caption revised on 2027-01-01 (a revision of its last
/// publication, `revision-1`) and a fact changed on 2027-01-02 (a publication after it).
pub fn example_revised_then_published() -> Site {
    let site = Site::example();
    revise_the_german_caption(&site);
    site.build_later(&[]).success();
    site.publish_a_change_at("1798848000").success();
    site
}

/// The example's candor.lock as an older candor (lock version 4) would hold it with a German
/// revision, without a fingerprint, recorded at `time` of its publication `n` (from 0), in the
/// words of its last publication.
pub fn lock_with_older_revision(site: &Site, n: usize, time: &str) -> String {
    let lock = site.read("candor.lock");
    let table: toml::Table = lock.parse().unwrap();
    let words = table["publication"][2]["translations"]["de"]
        .as_str()
        .unwrap();
    let after = lock
        .match_indices("\n[[publication]]\n")
        .nth(n + 1)
        .unwrap()
        .0
        + 1;
    let revision = format!(
        "[[publication.revision]]\ntime = {time}\n\n[publication.revision.translations]\nde = \"{words}\"\n\n"
    );
    format!("{}{revision}{}", &lock[..after], &lock[after..])
        .replace("\nversion = 5\n", "\nversion = 4\n")
}
