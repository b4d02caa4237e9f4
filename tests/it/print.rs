//! Printing a page (or saving it as PDF) gives a clean document in that language: every fact,
//! no navigation, link targets written out, table headers repeated, and on every page the
//! stamp and the language. Runs Debian's Chromium headless and poppler's pdftotext.

use crate::common;

use std::path::Path;
use std::process::Command;

use common::{LANGUAGES, Site};
use scraper::ElementRef;

/// Whether the tools are here; without them the test says so loudly, and fails under CI.
pub(crate) fn tools_available() -> bool {
    let found = [
        ("chromium", "/usr/bin/chromium"),
        ("pdftotext", "/usr/bin/pdftotext"),
    ]
    .iter()
    .all(|(tool, p)| common::installed(tool, || Path::new(p).exists()));
    if !found {
        if std::env::var_os("CI").is_some() {
            panic!("chromium and pdftotext are required under CI (.ci/run installs them)");
        }
        common::say_skipped("the print tests: they need chromium and pdftotext");
    }
    found
}

pub(crate) fn print_to_pdf(page: &Path, pdf: &Path, profile: &Path) {
    let status = Command::new("/usr/bin/chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
        ])
        .args([
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("run chromium");
    assert!(
        status.status.success() && pdf.exists(),
        "chromium could not print {}: {}",
        page.display(),
        String::from_utf8_lossy(&status.stderr)
    );
}

pub(crate) fn pdf_text(pdf: &Path) -> (String, usize) {
    // Reading order (not -layout), so that a table cell's wrapped text stays together; whitespace
    // collapsed within each page, which pdftotext ends with a form feed.
    let out = Command::new("/usr/bin/pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("run pdftotext");
    // Without the invisible isolation marks around facts, which pdftotext keeps.
    let text = common::without_isolates(&String::from_utf8(out.stdout).expect("UTF-8 text"));
    // A word broken at one of the soft hyphens a build puts in long words reads as one word, as
    // a PDF reader finds it: Chromium prints the break as U+00AD U+2010 and a line end, and keeps
    // the other soft hyphens, unseen.
    let text = text.replace("\u{ad}\u{2010}\n", "").replace('\u{ad}', "");
    let pages: Vec<String> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    let count = pages.len();
    (pages.join("\u{c}"), count)
}

#[test]
fn a_printed_page_holds_every_fact_and_says_on_every_page_which_version_it_is() {
    if !tools_available() {
        return;
    }
    let site = Site::example();
    site.build(&["--locked"]).success();
    let names: Vec<String> = {
        let page = site.page("en");
        page.all("#subprocessors tbody th")
            .into_iter()
            .map(common::text)
            .collect()
    };
    assert_eq!(names.len(), 15);
    for lang in LANGUAGES {
        let pdf = site.path(&format!("{}.pdf", lang.lang));
        print_to_pdf(
            &site.public().join(lang.lang).join("index.html"),
            &pdf,
            &site.path(&format!("profile-{}", lang.lang)),
        );
        let (text, pages) = pdf_text(&pdf);
        assert!(pages >= 3, "{}: {pages} pages", lang.lang);
        for name in &names {
            // Long names may wrap inside a table cell: look for the first word.
            let first = name.split_whitespace().next().unwrap();
            assert!(
                text.contains(first),
                "{}: `{name}` missing from the PDF",
                lang.lang
            );
        }
        for fact in [
            "Frankfurt",
            lang.germany,
            "Kibana",
            "AWS CloudTrail",
            "24",
            lang.scc,
            lang.not_applicable,
        ] {
            assert!(
                text.contains(fact),
                "{}: `{fact}` missing from the PDF",
                lang.lang
            );
        }
        // The stamp and the language at the foot of every page.
        let per_page: Vec<&str> = text
            .split('\u{c}')
            .filter(|p| !p.trim().is_empty())
            .collect();
        for (n, page) in per_page.iter().enumerate() {
            assert!(
                page.contains(lang.example_date),
                "{}: page {} has no stamp",
                lang.lang,
                n + 1
            );
            assert!(
                page.contains(lang.own_name),
                "{}: page {} does not name its language",
                lang.lang,
                n + 1
            );
        }
        // No navigation: the other languages' names and the skip link are not printed.
        for other in LANGUAGES.iter().filter(|o| o.lang != lang.lang) {
            assert!(
                !text.contains(other.own_name),
                "{}: the language menu was printed",
                lang.lang
            );
        }
        // Links print compactly: a security link as its host (its text), a link in the text
        // with its address after it in short form, and no full address anywhere.
        for host in ["aws.amazon.com", "branch.io", "zivver.com"] {
            assert!(text.contains(host), "{}: `{host}` not printed", lang.lang);
        }
        assert!(
            !text.contains("https://"),
            "{}: a full address was printed",
            lang.lang
        );
        assert!(
            text.contains("(luscii.com/privacy"),
            "{}: a link's short address is not printed after it",
            lang.lang
        );
    }
}

/// The words a reader sees in a page's `<main>`: its text, less what is only for screen readers
/// and the navigation.
fn visible_words(page: &common::Page) -> Vec<String> {
    let main = page.one("main");
    let mut words = Vec::new();
    for node in main.descendants() {
        let Some(text) = node.value().as_text() else {
            continue;
        };
        let hidden = node.ancestors().filter_map(ElementRef::wrap).any(|e| {
            e.value().name() == "nav" || e.value().classes().any(|c| c == "visually-hidden")
        });
        if !hidden {
            words.extend(
                text.replace('\u{ad}', "")
                    .split_whitespace()
                    .map(str::to_string),
            );
        }
    }
    words
}

#[test]
fn every_page_prints_every_word_it_shows() {
    if !tools_available() {
        return;
    }
    let site = Site::example();
    site.build(&["--locked"]).success();
    let pages = common::html_files(&site.public());
    assert!(pages.len() >= 16, "{} pages", pages.len());
    for (n, path) in pages.iter().enumerate() {
        let page = common::Page::read_file(path, None);
        let pdf = site.path(&format!("page-{n}.pdf"));
        print_to_pdf(path, &pdf, &site.path(&format!("profile-page-{n}")));
        // Words may wrap (and hyphenate) anywhere in print: compare without whitespace and
        // without the hyphens a line break adds.
        let (text, _) = pdf_text(&pdf);
        let printed: String = text
            .replace("-\u{c}", "")
            .chars()
            .filter(|c| {
                !c.is_whitespace() && *c != '\u{c}' && *c != '\u{ad}' && *c != '-' && *c != '‐'
            })
            .collect();
        let words = visible_words(&page);
        assert!(
            words.len() >= 10,
            "{}: {} words",
            path.display(),
            words.len()
        );
        for word in words {
            let bare: String = word.chars().filter(|c| *c != '-' && *c != '‐').collect();
            assert!(
                printed.contains(&bare),
                "{}: `{word}` is on the page but not in its PDF",
                path.display()
            );
        }
    }
}

#[test]
fn a_printed_annex_gives_the_address_to_write_to_and_not_only_its_name() {
    // The annex of the second example asks controllers to write to "our privacy team" to
    // object: printed, the sentence must say where.
    if !tools_available() {
        return;
    }
    let site = crate::second_example::built();
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("annex.pdf");
    print_to_pdf(
        &site.public().join("en/annex/index.html"),
        &pdf,
        &dir.path().join("profile"),
    );
    let (text, _) = pdf_text(&pdf);
    assert!(
        text.contains("write to our privacy team (privacy@tessel-learning.example)"),
        "the address is printed beside the name: {text}"
    );
}

/// A group's heading row prints on the page of the group's first row: in the second example,
/// "Affiliates" stood alone at the foot of page four, its row on the next (qa32). And the table
/// of several groups starts under its heading, a link's address prints whole and a host as one
/// word (qa87: a short group kept the whole table from splitting, leaving two thirds of a page
/// blank under its heading; the DPIA factsheet printed as `tessel-learning.example/dpia-
/// factsheet.…`; security hosts as `quire-feedback.` and `example` on two lines).
#[test]
fn a_group_heading_prints_with_its_first_row() {
    if !tools_available() {
        return;
    }
    let site = crate::second_example::built();
    // pdftotext gives Arabic in the order and forms it is drawn in, not as the page writes it.
    for lang in crate::second_example::LANGUAGES
        .iter()
        .filter(|l| l.dir == "ltr")
    {
        let page = site.page(lang.tag);
        // Each heading, with the name in the row after it (whole: the page's margin, printed
        // after the heading at a page's foot, names the organisation).
        let groups: Vec<(String, String)> = page
            .all("table:has(#subprocessors-caption) tr.group")
            .into_iter()
            .map(|row| {
                let heading = common::without_isolates(&common::text(row));
                let next = row
                    .next_siblings()
                    .filter_map(ElementRef::wrap)
                    .next()
                    .expect("a row after the heading");
                let name = next
                    .select(&common::sel("bdi.name"))
                    .next()
                    .map(common::text)
                    .expect("a name");
                (heading, common::without_isolates(&name))
            })
            .collect();
        assert!(!groups.is_empty(), "{}", lang.tag);
        let pdf = site.path(&format!("{}.pdf", lang.tag));
        print_to_pdf(
            &site.public().join(lang.tag).join("index.html"),
            &pdf,
            &site.path(&format!("profile-{}", lang.tag)),
        );
        let (text, _) = pdf_text(&pdf);
        let section = common::without_isolates(&common::text(page.one("#subprocessors-h")));
        let first_row = common::without_isolates(&common::text(
            page.all("#subprocessors table.subprocessors bdi.name")[0],
        ));
        for (heading, first) in groups.iter().chain([&(section, first_row)]) {
            let printed = text
                .split('\u{c}')
                .find_map(|p| p.find(heading.as_str()).map(|at| &p[at + heading.len()..]))
                .unwrap_or_else(|| panic!("{}: `{heading}` not printed", lang.tag));
            assert!(
                printed.contains(first.as_str()),
                "{}: `{heading}` printed on a page without `{first}`, its first row:\n{printed}",
                lang.tag
            );
        }
        assert!(
            text.contains("(tessel-learning.example/dpia-factsheet.pdf)"),
            "{}: {text}",
            lang.tag
        );
        for host in ["quire-feedback.example", "nimbus-cloud.example"] {
            assert!(
                text.contains(host),
                "{}: `{host}` not whole: {text}",
                lang.tag
            );
        }
    }
}

/// A printed change log, and the archive's index, say on every page whose, in which language
/// and of which version they are, as the page does: they had no margin at all (qa87, qa88).
#[test]
fn a_printed_change_log_says_on_every_page_which_version_it_is() {
    if !tools_available() {
        return;
    }
    let site = Site::example();
    site.build(&["--locked"]).success();
    for (lang, page) in LANGUAGES
        .iter()
        .flat_map(|l| ["changes", "archive"].map(|page| (l, page)))
    {
        let pdf = site.path(&format!("{page}-{}.pdf", lang.lang));
        print_to_pdf(
            &site.public().join(lang.lang).join(page).join("index.html"),
            &pdf,
            &site.path(&format!("profile-{page}-{}", lang.lang)),
        );
        let (text, pages) = pdf_text(&pdf);
        assert!(pages >= 1, "{}", lang.lang);
        for (n, printed) in text.split('\u{c}').enumerate() {
            // The language is named nowhere else in the printout: its menu is not printed.
            assert!(
                printed.contains(lang.own_name) && printed.contains(lang.example_date),
                "{}: page {} of the {page} has no margin: {text}",
                lang.lang,
                n + 1
            );
        }
    }
}
