//! candor and Hugo side by side, in one run: `cargo bench --bench hugo`.
//!
//! For each size (languages × sub-processors), writes a synthetic candor site
//! (`candor::synth`) and the equivalent Hugo site: the same languages (the same tags, one page
//! each, `hreflang` alternates and a menu linking every language), the same sub-processor rows
//! (Hugo reads the synthetic site's own `content/subprocessors.toml` as a data file) with the
//! same columns and words, and the date in each language's long format
//! (`time.Format ":date_long"`). Hugo builds only that page per language, which is less than
//! candor builds (candor also writes each language's change log, feed, archive, annex and the
//! machine-readable files): the comparison favours Hugo.
//!
//! Then times, alternating the two so that both see the same load, a fresh build (empty output
//! folder), a rebuild with nothing changed, and a fresh build on one core (`taskset -c 0`),
//! and prints the medians and their ratio (candor / Hugo) as a Markdown table.
//!
//! Needs `hugo` on the PATH (Debian: `apt-get install hugo`); without it, says so and stops.
//! `HUGO_SIZES` sets the sizes (default `3x15,100x1000`), `HUGO_RUNS` the runs (default 5).

use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

// The integration tests' helpers; a benchmark uses only some of them.
#[path = "../tests/it/common.rs"]
#[allow(dead_code)]
mod common;

use common::Site;

// The whole-build benchmarks' helpers; this one does not remove the receipt alone.
#[path = "support/output.rs"]
#[allow(dead_code)]
mod output;
use output::{bytes_under, remove_output};

fn main() {
    let Some(version) = hugo_version() else {
        println!("hugo is not installed (Debian: apt-get install hugo): nothing to compare");
        return;
    };
    let sizes: Vec<(usize, usize)> = std::env::var("HUGO_SIZES")
        .unwrap_or_else(|_| "3x15,100x1000".into())
        .split(',')
        .map(|s| {
            let (l, r) = s.split_once('x').expect("HUGO_SIZES: LANGUAGESxROWS,...");
            (
                l.trim().parse().expect("a number of languages"),
                r.trim().parse().expect("a number of rows"),
            )
        })
        .collect();
    let runs: usize = std::env::var("HUGO_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);
    println!("{version}; median of {runs} runs each, alternating");
    println!();
    println!("| build | Hugo | candor | ratio (candor / Hugo) | Hugo writes | candor writes |");
    println!("|---|---|---|---|---|---|");
    for (languages, rows) in sizes {
        let candor = Site::synthetic(languages, rows);
        let hugo = Site::empty();
        hugo_site(candor.root(), hugo.root());
        // The candor site's publication is recorded once, as on a site in use.
        candor_build(candor.root(), false);
        let size = format!("{languages} x {rows}");
        for (what, one_core, fresh) in [
            ("fresh output", false, true),
            ("rebuild, nothing changed", false, false),
            ("fresh, one core", true, true),
        ] {
            let mut h = Vec::new();
            let mut c = Vec::new();
            // One run of each first, not counted: every counted one then starts alike.
            for n in 0..=runs {
                if fresh {
                    remove_output(hugo.root());
                }
                let t = time(hugo_command(hugo.root(), one_core));
                if fresh {
                    remove_output(candor.root());
                }
                let u = candor_build(candor.root(), one_core);
                if n > 0 {
                    h.push(t);
                    c.push(u);
                }
            }
            let (h, c) = (median(h), median(c));
            println!(
                "| {size}, {what} | {:.1} ms | {:.1} ms | {:.2} | {:.1} MB | {:.1} MB |",
                ms(h),
                ms(c),
                c.as_secs_f64() / h.as_secs_f64(),
                bytes_under(&hugo.path("public")) as f64 / 1e6,
                bytes_under(&candor.path("public")) as f64 / 1e6,
            );
        }
    }
}

fn hugo_version() -> Option<String> {
    let out = Command::new("hugo").arg("version").output().ok()?;
    out.status.success().then(|| {
        String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .take(2)
            .collect::<Vec<_>>()
            .join(" ")
    })
}

fn hugo_command(root: &Path, one_core: bool) -> Command {
    let mut c = pinned("hugo", one_core);
    c.arg("--quiet")
        .arg("--source")
        .arg(root)
        .arg("--destination")
        .arg(root.join("public"));
    c
}

fn candor_build(root: &Path, one_core: bool) -> Duration {
    let mut c = pinned(env!("CARGO_BIN_EXE_candor"), one_core);
    c.arg("build")
        .arg(root)
        .arg("--out")
        .arg(root.join("public"))
        .env("SOURCE_DATE_EPOCH", common::LATER_EPOCH)
        // A publication of a day that may be to come or gone: the clock it is held to, that day.
        .env("CANDOR_NOW_FOR_TESTS", common::LATER_EPOCH);
    time(c)
}

fn pinned(program: &str, one_core: bool) -> Command {
    if one_core {
        let mut c = Command::new("taskset");
        c.args(["-c", "0", program]);
        c
    } else {
        Command::new(program)
    }
}

/// Runs `command` after `sync` (the previous run's writes are not this run's cost) and returns
/// its wall time.
fn time(mut command: Command) -> Duration {
    // SAFETY: sync has no preconditions.
    unsafe { libc::sync() };
    let start = Instant::now();
    let status = command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .status()
        .expect("start the build");
    let wall = start.elapsed();
    assert!(status.success(), "{command:?} failed");
    wall
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The words the page needs, from the candor site's source language (every synthetic language
/// has the same words), as Hugo's i18n file.
fn i18n(candor: &Path, source: &str) -> String {
    let mut words = String::new();
    for file in ["chrome.ftl", "sections.ftl", "vocabulary.ftl"] {
        let text = std::fs::read_to_string(candor.join("locales").join(source).join(file))
            .expect("read the source words");
        for line in text.lines() {
            let Some((id, value)) = line.split_once(" = ") else {
                continue;
            };
            let wanted = [
                "page-title",
                "last-modified",
                "yes",
                "no",
                "not-applicable",
                "not-published",
                "subprocessors-heading",
                "subprocessor-name",
                "subprocessor-personal-data",
                "subprocessor-outside-eea",
                "subprocessor-mechanism",
                "subprocessor-security",
                "subprocessor-security-link",
            ];
            if wanted.contains(&id) || id.starts_with("mechanism-") {
                // Fluent's `{ $x }` becomes Go's `{{ .x }}`.
                let value = value
                    .replace("{ $org }", "{{ .org }}")
                    .replace("{ $date }", "{{ .date }}")
                    .replace("{ $name }", "{{ .name }}");
                let _ = writeln!(words, "[{id}]\nother = {value:?}");
            }
        }
    }
    words
}

/// Writes into `hugo` the Hugo site equivalent to the candor page of the synthetic site at
/// `candor`.
fn hugo_site(candor: &Path, hugo: &Path) {
    let config: toml::Table = toml::from_str(
        &std::fs::read_to_string(candor.join("candor.toml")).expect("read candor.toml"),
    )
    .expect("parse candor.toml");
    let source = config["source-language"]
        .as_str()
        .expect("a source language");
    let tags: Vec<&str> = config["languages"]
        .as_array()
        .expect("languages")
        .iter()
        .map(|t| t.as_str().expect("a tag"))
        .collect();
    let org: toml::Table = toml::from_str(
        &std::fs::read_to_string(candor.join("content/organisation.toml"))
            .expect("read organisation.toml"),
    )
    .expect("parse organisation.toml");
    let words = i18n(candor, source);
    let mut hugo_config = format!(
        "baseURL = \"https://example.org/\"\n\
         defaultContentLanguage = {:?}\n\
         defaultContentLanguageInSubdir = true\n\
         buildFuture = true\n\
         disableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\", \"robotsTXT\", \"404\", \"section\"]\n\
         [params]\norg = {:?}\n",
        source.to_lowercase(),
        org["name"].as_str().expect("a name"),
    );
    for dir in ["content", "i18n", "layouts", "data"] {
        std::fs::create_dir_all(hugo.join(dir)).expect("create the Hugo site");
    }
    for (weight, tag) in tags.iter().enumerate() {
        let key = tag.to_lowercase();
        let _ = write!(
            hugo_config,
            "[languages.{key:?}]\nlanguageCode = {tag:?}\nlanguageName = {tag:?}\nweight = {}\n",
            weight + 1
        );
        std::fs::write(hugo.join("i18n").join(format!("{key}.toml")), &words)
            .expect("write the words");
        std::fs::write(
            hugo.join("content").join(format!("_index.{key}.md")),
            "---\ndate: 2027-01-01\n---\n",
        )
        .expect("write a page");
    }
    std::fs::write(hugo.join("config.toml"), hugo_config).expect("write config.toml");
    std::fs::copy(
        candor.join("content/subprocessors.toml"),
        hugo.join("data/subprocessors.toml"),
    )
    .expect("copy the sub-processors");
    std::fs::write(hugo.join("layouts/index.html"), LAYOUT).expect("write the layout");
}

/// The page: every language linked (alternates and a menu, which names each language by its
/// tag where candor names it in itself), the date in the language's long
/// format, and the table of sub-processors, with the same columns, words and escaping.
const LAYOUT: &str = r#"<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ i18n "page-title" (dict "org" site.Params.org) }}</title>
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Site.LanguageCode }}" href="{{ .Permalink }}">
{{ end }}</head>
<body>
<nav><ul>
{{ $current := .Language.Lang }}{{ range .AllTranslations }}<li><a href="{{ .RelPermalink }}" hreflang="{{ .Site.LanguageCode }}" lang="{{ .Site.LanguageCode }}"{{ if eq .Language.Lang $current }} aria-current="page"{{ end }}>{{ .Language.LanguageName }}</a></li>
{{ end }}</ul></nav>
<main>
<h1>{{ i18n "page-title" (dict "org" site.Params.org) }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ i18n "last-modified" (dict "date" (time.Format ":date_long" .Date)) }}</time></p>
<h2>{{ i18n "subprocessors-heading" (dict "org" site.Params.org) }}</h2>
{{ $yes := i18n "yes" }}{{ $no := i18n "no" }}
<table>
<thead><tr><th scope="col">{{ i18n "subprocessor-name" }}</th><th scope="col">{{ i18n "subprocessor-personal-data" }}</th><th scope="col">{{ i18n "subprocessor-outside-eea" }}</th><th scope="col">{{ i18n "subprocessor-mechanism" }}</th><th scope="col">{{ i18n "subprocessor-security" }}</th></tr></thead>
<tbody>
{{ range site.Data.subprocessors.subprocessor }}{{ $name := .name }}<tr>
<th scope="row">{{ .name }}</th>
<td>{{ if index . "personal-data" }}{{ $yes }}{{ else }}{{ $no }}{{ end }}</td>
{{ if index . "outside-eea" }}<td>{{ $yes }}</td>
<td>{{ i18n (printf "mechanism-%s" .mechanism) }}</td>
{{ else }}<td>{{ $no }}</td>
<td>{{ i18n "not-applicable" }}</td>
{{ end }}<td>{{ with .security }}<a href="{{ . }}" rel="noreferrer">{{ (urls.Parse .).Host }}<span class="visually-hidden"> ({{ i18n "subprocessor-security-link" (dict "name" $name) }})</span></a>{{ else }}{{ i18n "not-published" }}{{ end }}</td>
</tr>
{{ end }}</tbody>
</table>
</main>
</body>
</html>
"#;
