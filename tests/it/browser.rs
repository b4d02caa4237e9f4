//! Proof in a real browser: the suite in browser/ (axe-core WCAG 2.1 A/AA in light and dark mode,
//! in print and at phone widths of 375 and 320 px, the Nu HTML Checker, no request to another
//! host, reflow at 320 px and at 200% zoom, measure, focus, compact rows and labels announced
//! once) over every page of the example site, a pseudo-localized build, review pages and the
//! second example with its right-to-left pages, and over the index and one language's pages of a
//! site with a long list of languages.

use crate::common;

use std::path::Path;
use std::process::Command;

use common::{REPO, Site, candor};

/// The languages of the long-list fixture, each a stand-in copy of the English words.
const MANY: &[&str] = &["fr", "es", "it", "pl", "pt", "sv", "fi", "el", "hu"];
/// What the suite checks of that site: its index and one stand-in language's pages. Every
/// language's pages there are the same English pages in another folder, with the same list of
/// languages; English, German and Dutch are checked in the example.
const MANY_CHECKED: &[&str] = &["index.html", "el/"];

fn suite_available() -> bool {
    let needs = [
        (
            common::installed("chromium", || Path::new("/usr/bin/chromium").exists()),
            "chromium",
        ),
        (
            common::installed("node_modules", || {
                Path::new(REPO)
                    .join("browser/node_modules/playwright-core")
                    .exists()
            }),
            "browser/node_modules (npm ci --prefix browser)",
        ),
        (
            common::installed("node", || {
                Command::new("node").arg("--version").output().is_ok()
            }),
            "node",
        ),
        (
            common::installed("java", || {
                Command::new("java").arg("-version").output().is_ok()
            }),
            "java",
        ),
    ];
    let missing: Vec<&str> = needs
        .iter()
        .filter(|(ok, _)| !ok)
        .map(|(_, what)| *what)
        .collect();
    if missing.is_empty() {
        return true;
    }
    if std::env::var_os("CI").is_some() {
        panic!(
            "the browser suite needs {} under CI (.ci/run installs them)",
            missing.join(", ")
        );
    }
    common::say_skipped(&format!(
        "the browser suite: it needs {}",
        missing.join(", ")
    ));
    false
}

#[test]
fn every_page_passes_axe_the_nu_checker_and_the_reflow_and_network_checks() {
    if !suite_available() {
        return;
    }
    let example = Site::example();
    let out = |name: &str| example.path(&format!("out/{name}"));
    candor(
        &[
            "build",
            &example.arg(),
            "--locked",
            "--out",
            out("example").to_str().unwrap(),
        ],
        &[],
    )
    .success();
    candor(
        &[
            "build",
            &example.arg(),
            "--pseudo",
            "--out",
            out("pseudo").to_str().unwrap(),
        ],
        &[],
    )
    .success();
    // Review pages for legal, with changes to mark in every language: a period and its English
    // sentence (reviewed in German, out of date in Dutch, whose page says so above it), a
    // value in a row, a removed row.
    example.replace("content/retention.toml", "count = 2", "count = 3");
    example.replace(
        "locales/en/sections.ftl",
        "retention-body = By default, { $org } keeps",
        "retention-body = Unless agreed otherwise, { $org } keeps",
    );
    example.replace(
        "locales/de/sections.ftl",
        "retention-body = Standardmäßig bewahrt",
        "retention-body = Sofern nicht anders vereinbart, bewahrt",
    );
    candor(&["mark-reviewed", &example.arg(), "--locale", "de"], &[]).success();
    example.replace(
        "content/subprocessors.toml",
        "name = \"Hubspot\"\npersonal-data = true",
        "name = \"Hubspot\"\npersonal-data = false",
    );
    let subprocessors = example.read("content/subprocessors.toml");
    let vidyo = subprocessors.find("name = \"Vidyo\"").unwrap();
    let start = subprocessors[..vidyo].rfind("[[subprocessor]]").unwrap();
    let end = start + 1 + subprocessors[start + 1..].find("[[subprocessor]]").unwrap();
    example.write(
        "content/subprocessors.toml",
        &format!("{}{}", &subprocessors[..start], &subprocessors[end..]),
    );
    candor(
        &[
            "review",
            &example.arg(),
            "--out",
            out("review").to_str().unwrap(),
        ],
        &[],
    )
    .success();

    let many = Site::example();
    let list: Vec<String> = ["en", "de", "nl"]
        .iter()
        .chain(MANY)
        .map(|l| format!("\"{l}\""))
        .collect();
    many.replace(
        "candor.toml",
        r#"languages = ["en", "de", "nl"]"#,
        &format!("languages = [{}]", list.join(", ")),
    );
    // A host with a label longer than a phone's line (qa78's fix kept a host whole, and so
    // would have made this page scroll sideways at 320 px).
    many.replace(
        "content/subprocessors.toml",
        "\"https://branch.io/security/\"",
        "\"https://trust.companyname-securityportal-documentation-and-certificates.example/branch/\"",
    );
    for lang in MANY {
        common::copy_recursively(
            &many.path("locales/en"),
            &many.path(&format!("locales/{lang}")),
        );
    }
    candor(
        &["build", &many.arg(), "--out", out("many").to_str().unwrap()],
        &[("SOURCE_DATE_EPOCH", common::LATER_EPOCH)],
    )
    .success();

    // The second example: right-to-left pages (Arabic), a regional language, every field a
    // sub-processor has.
    let tessel = crate::second_example::copy();
    crate::second_example::build_locked(&tessel, &["--out", out("tessel").to_str().unwrap()])
        .success();

    let run = Command::new("node")
        .arg(Path::new(REPO).join("browser/suite.mjs"))
        .args([out("example"), out("pseudo"), out("review")])
        .args(["--only", &MANY_CHECKED.join(",")])
        .arg(out("many"))
        .arg(out("tessel"))
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "the browser suite failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(stdout.contains(" 0 failures"), "{stdout}");
    // Every page was checked: every HTML file of four sites, and of the long list the pages
    // named.
    let many = out("many");
    let checked = |page: &Path| {
        let rel = page.strip_prefix(&many).unwrap().to_str().unwrap();
        MANY_CHECKED
            .iter()
            .any(|p| rel == *p || (p.ends_with('/') && rel.starts_with(p)))
    };
    let pages: usize = ["example", "pseudo", "review", "tessel"]
        .iter()
        .map(|site| common::html_files(&out(site)).len())
        .sum::<usize>()
        + common::html_files(&many)
            .iter()
            .filter(|p| checked(p))
            .count();
    assert!(pages > 5 * 19, "the sites have their pages: {pages}");
    assert!(
        stdout.contains(&format!("browser suite: {pages} pages in 5 site(s)")),
        "{stdout}"
    );
}
