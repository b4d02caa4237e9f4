//! The built pages as a reader meets them: every link resolves when the site is opened from
//! disk, the summary at the top of the page states the content's facts, facts in another script
//! or direction are isolated, and the archive says which version is current and which ones
//! were superseded, and when.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use crate::common::{self, Page, Site};
use crate::second_example;

/// `href` resolved against the folder of `from`, as a browser resolves it for a `file:` URL:
/// the file and the fragment, or `None` for a link to another scheme (`https:`, `mailto:`).
fn resolve(from: &Path, href: &str) -> Option<(PathBuf, Option<String>)> {
    if href.contains(':') || href.starts_with("//") {
        return None;
    }
    let (path, fragment) = match href.split_once('#') {
        Some((p, f)) => (p, Some(f.to_string())),
        None => (href, None),
    };
    if path.is_empty() {
        return Some((from.to_path_buf(), fragment));
    }
    let mut out = from.parent().expect("a file has a folder").to_path_buf();
    for part in Path::new(path).components() {
        match part {
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(p) => out.push(p),
            Component::CurDir => {}
            other => panic!("{}: `{href}` is not relative ({other:?})", from.display()),
        }
    }
    // A link that ends in `/` names a folder: from disk, that opens a directory listing.
    if path.ends_with('/') {
        out.push("");
    }
    Some((out, fragment))
}

/// Asserts that every relative `href` of every HTML file under `out` names a file that exists
/// (not a folder), and every fragment an element of that file with that id. Returns how many
/// links were followed.
fn assert_links_resolve(out: &Path) -> usize {
    let files = common::html_files(out);
    let pages: BTreeMap<PathBuf, Page> = files
        .iter()
        .map(|f| (f.clone(), Page::read_file(f, None)))
        .collect();
    let mut followed = 0;
    let mut broken = Vec::new();
    for (file, page) in &pages {
        for el in page.all("[href]") {
            let href = el.attr("href").unwrap();
            let Some((target, fragment)) = resolve(file, href) else {
                continue;
            };
            followed += 1;
            let rel = file.strip_prefix(out).unwrap().display();
            if !target.is_file() {
                broken.push(format!(
                    "{rel}: `{href}` -> {} is not a file",
                    target.display()
                ));
                continue;
            }
            if !target.starts_with(out) {
                broken.push(format!("{rel}: `{href}` leads out of the site"));
                continue;
            }
            if let Some(id) = fragment {
                let ok = pages.get(&target).is_some_and(|p| {
                    !p.all(&format!("[id=\"{}\"]", id.replace('"', "\\\"")))
                        .is_empty()
                });
                if !ok {
                    broken.push(format!("{rel}: `{href}`: no element with id `{id}`"));
                }
            }
        }
    }
    assert!(
        broken.is_empty(),
        "links that do not resolve from disk:\n{}",
        broken.join("\n")
    );
    followed
}

#[test]
fn every_link_of_both_examples_resolves_when_opened_from_disk() {
    let site = Site::example();
    site.build(&["--locked"]).success();
    let followed = assert_links_resolve(&site.public());
    assert!(followed > 500, "{followed} links followed");

    let tessel = second_example::built();
    let followed = assert_links_resolve(&tessel.public());
    assert!(followed > 500, "{followed} links followed");
}

#[test]
fn a_link_to_a_folder_or_a_missing_anchor_is_caught() {
    let site = Site::empty();
    site.write("a/index.html", "<p id=\"here\"></p>");
    site.write("index.html", "<a href=\"a/index.html#here\"></a>");
    assert_eq!(assert_links_resolve(site.root()), 1);
    for bad in [
        "a/",
        "a/index.html#there",
        "b/index.html",
        "../a/index.html",
    ] {
        site.write("index.html", &format!("<a href=\"{bad}\"></a>"));
        let caught = std::panic::catch_unwind(|| assert_links_resolve(site.root()));
        assert!(caught.is_err(), "`{bad}` is caught");
    }
}

/// What the content says, read from its files as written: the number of sub-processors engaged
/// on `date` and announced after it, and the breach notification period in hours.
fn content_facts(site: &Site, date: &str) -> (usize, usize, i64) {
    let subprocessors: toml::Table = site.read("content/subprocessors.toml").parse().unwrap();
    let list = subprocessors["subprocessor"].as_array().unwrap();
    let upcoming = list
        .iter()
        .filter(|s| {
            s.get("effective")
                .is_some_and(|e| e.as_datetime().unwrap().to_string().as_str() > date)
        })
        .count();
    let breach: toml::Table = site.read("content/breach.toml").parse().unwrap();
    let hours = breach["notification-deadline-hours"].as_integer().unwrap();
    (list.len() - upcoming, upcoming, hours)
}

/// The summary at the top of `page`, item by item, as a reader sees it.
fn summary(page: &Page) -> BTreeMap<String, String> {
    page.all("#summary li[data-fact]")
        .into_iter()
        .map(|li| (li.attr("data-fact").unwrap().to_string(), common::text(li)))
        .collect()
}

/// Asserts that the summary of each language's page states the content's facts: the counts,
/// the storage countries (`countries`, by language), the breach period, the date of the last
/// change (linking the change log) and where to follow changes.
#[track_caller]
fn assert_summary(site: &Site, langs: &[&str], date: &str, countries: &[(&str, &[&str])]) {
    let (engaged, upcoming, hours) = content_facts(site, date);
    for lang in langs {
        let page = site.page(lang);
        let items = summary(&page);
        let at = format!("{lang}: {items:?}");
        // The summary comes first: before the table of contents and every section.
        assert!(
            page.source.find("id=\"summary\"") < page.source.find("class=\"contents\""),
            "{at}"
        );
        let numbers = |text: &str| -> Vec<i64> {
            text.split(|c: char| !c.is_ascii_digit())
                .filter(|w| !w.is_empty())
                .map(|w| w.parse().unwrap())
                .collect()
        };
        let mut expected = vec![engaged as i64];
        if upcoming > 0 {
            expected.push(upcoming as i64);
        }
        assert_eq!(numbers(&items["subprocessors"]), expected, "{at}");
        assert_eq!(numbers(&items["breach"]), vec![hours], "{at}");
        let (_, names) = countries.iter().find(|(l, _)| l == lang).unwrap();
        for name in *names {
            assert!(items["hosting"].contains(name), "{at}: {name}");
        }
        let changed = page.one("#summary [data-fact=changed] a");
        assert_eq!(
            changed.attr("href"),
            Some(format!("../{lang}/changes/index.html").as_str()),
            "{at}"
        );
        let time = page.one("#summary [data-fact=changed] time");
        assert_eq!(time.attr("datetime"), Some(date), "{at}");
        let follow: Vec<&str> = page
            .all("#summary [data-fact=follow] a")
            .into_iter()
            .filter_map(|a| a.attr("href"))
            .collect();
        assert_eq!(
            follow,
            [
                format!("../{lang}/feed.xml").as_str(),
                "../data.json",
                "../subprocessors.csv",
                "../dpv.jsonld"
            ],
            "{at}"
        );
        // The table of contents is labelled by a visible heading, and leads to the summary.
        let nav = page.one("nav.contents");
        let label = nav
            .attr("aria-labelledby")
            .expect("a labelled table of contents");
        assert!(!page.text_of(&format!("nav.contents #{label}")).is_empty());
        assert_eq!(page.all("nav.contents a[href=\"#summary\"]").len(), 1);
    }
}

#[test]
fn the_summary_states_the_content_s_facts_in_every_language_of_both_examples() {
    let site = Site::example();
    site.build(&["--locked"]).success();
    let de = [
        ("en", &["Germany"][..]),
        ("de", &["Deutschland"][..]),
        ("nl", &["Duitsland"][..]),
    ];
    assert_summary(&site, &["en", "de", "nl"], common::EXAMPLE_DATE_ISO, &de);
    assert_eq!(content_facts(&site, common::EXAMPLE_DATE_ISO), (15, 0, 24));

    let tessel = second_example::built();
    let both: [(&str, &[&str]); 5] = [
        ("en", &["Germany", "Netherlands"]),
        ("de", &["Deutschland", "Niederlande"]),
        ("fr", &["Allemagne", "Pays-Bas"]),
        ("ar", &["ألمانيا", "هولندا"]),
        ("fr-CA", &["Allemagne", "Pays-Bas"]),
    ];
    assert_summary(
        &tessel,
        &["en", "de", "fr", "ar", "fr-CA"],
        "2026-11-30",
        &both,
    );
    assert_eq!(content_facts(&tessel, "2026-11-30"), (9, 1, 36));
}

#[test]
fn the_summary_follows_a_change_of_the_content() {
    let site = Site::example();
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 48",
    );
    let storage = site.read("content/storage.toml");
    let (locations, exports) = storage.split_once("[exports]").unwrap();
    site.write(
        "content/storage.toml",
        &format!(
            "{locations}[[location]]\nprovider = \"Backup Host\"\nhosting = \"virtual-private-servers\"\ncity = \"Amsterdam\"\ncountry = \"NL\"\ncertifications = []\nspecial-categories = false\n\n[exports]{exports}"
        ),
    );
    let subprocessors = site.read("content/subprocessors.toml");
    site.write(
        "content/subprocessors.toml",
        &format!(
            "{subprocessors}\n[[subprocessor]]\nname = \"Later Mail\"\npersonal-data = true\noutside-eea = false\nsecurity = \"https://later.example/security\"\neffective = 2027-03-01\n"
        ),
    );
    site.build_later(&[]).success();
    let langs = [
        ("en", &["Germany", "Netherlands"][..]),
        ("de", &["Deutschland", "Niederlande"][..]),
        ("nl", &["Duitsland", "Nederland"][..]),
    ];
    assert_summary(&site, &["en", "de", "nl"], common::LATER_DATE_ISO, &langs);
    assert_eq!(content_facts(&site, common::LATER_DATE_ISO), (15, 1, 48));
}

/// Whether `fact` in `text` is isolated: between FIRST STRONG ISOLATE and POP DIRECTIONAL
/// ISOLATE wherever it occurs.
fn isolated_in_text(text: &str, fact: &str) -> bool {
    text.match_indices(fact).all(|(at, _)| {
        let before = &text[..at];
        before.matches('\u{2068}').count() > before.matches('\u{2069}').count()
    })
}

#[test]
fn every_fact_in_another_script_is_isolated_on_every_right_to_left_page() {
    let tessel = second_example::built();
    let mut facts: Vec<String> = vec!["Tessel Learning (fictional)".into()];
    let subprocessors: toml::Table = tessel.read("content/subprocessors.toml").parse().unwrap();
    for s in subprocessors["subprocessor"].as_array().unwrap() {
        facts.push(s["name"].as_str().unwrap().to_string());
    }
    let storage: toml::Table = tessel.read("content/storage.toml").parse().unwrap();
    for l in storage["location"].as_array().unwrap() {
        facts.push(l["provider"].as_str().unwrap().to_string());
        facts.push(l["city"].as_str().unwrap().to_string());
    }
    let breach: toml::Table = tessel.read("content/breach.toml").parse().unwrap();
    for m in breach["monitoring"].as_array().unwrap() {
        facts.push(m.as_str().unwrap().to_string());
    }
    // Longest first, so that a name inside a longer one is judged where it stands alone.
    facts.sort_by_key(|f| std::cmp::Reverse(f.len()));
    let mut seen = 0;
    let mut bare = Vec::new();
    // On the right-to-left pages every fact is isolated (a left-to-right page isolates only a
    // fact with right-to-left letters: `text::isolate`).
    let rtl = tessel.public().join("ar");
    for path in common::html_files(&rtl) {
        let page = Page::read_file(&path, None);
        for node in page.html.root_element().descendants() {
            let Some(text) = node.value().as_text() else {
                continue;
            };
            // Isolated by markup: inside `<bdi>` or an element with its own `dir` (other than
            // `<html>`).
            let by_markup = node
                .ancestors()
                .filter_map(scraper::ElementRef::wrap)
                .any(|e| {
                    let name = e.value().name();
                    name == "bdi" || (name != "html" && e.value().attr("dir").is_some())
                });
            for fact in &facts {
                if text.contains(fact.as_str()) {
                    seen += 1;
                    if !by_markup && !isolated_in_text(text, fact) {
                        bare.push(format!(
                            "{}: `{fact}` in `{}`",
                            path.strip_prefix(tessel.public()).unwrap().display(),
                            text.trim()
                        ));
                    }
                    break;
                }
            }
        }
    }
    assert!(seen > 150, "{seen} facts found");
    assert!(
        bare.is_empty(),
        "facts shown without isolation:\n{}",
        bare.join("\n")
    );
    // The reported defect: on the Arabic page, "Twilio Inc."-like names ending in punctuation
    // are isolated in the table.
    let ar = tessel.page("ar");
    let names = ar.all("table.subprocessors tbody th[scope=row] > bdi.name");
    assert_eq!(names.len(), 10);
}

/// The addresses a page's head gives for its facts in a machine's form (not its feed).
fn data_alternates(page: &Page) -> Vec<String> {
    page.all("head link[rel=alternate][type^='application/']")
        .into_iter()
        .filter(|link| link.attr("type") != Some("application/atom+xml"))
        .filter_map(|link| link.attr("href").map(str::to_string))
        .collect()
}

#[test]
fn the_archive_marks_the_current_version_and_dates_each_superseded_one() {
    let site = Site::example();
    site.build(&["--locked"]).success();
    let out = site.public();
    let ids: Vec<String> = crate::annex::history(&out)
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    assert!(ids.len() >= 3, "{ids:?}");
    for lang in common::LANGUAGES {
        let l = lang.lang;
        // The archive's list and the change log mark the newest publication as the current one,
        // and only that one.
        let list = Page::read_file(&out.join(l).join("archive/index.html"), None);
        let current = list.all("ul.archive-list li.current");
        assert_eq!(current.len(), 1, "{l}");
        let newest = ids.last().unwrap();
        assert_eq!(
            current[0]
                .select(&common::sel("a"))
                .next()
                .unwrap()
                .attr("href"),
            Some(format!("{newest}/index.html").as_str())
        );
        let today = Page::read_file(&out.join(l).join("index.html"), None);
        let alternates = data_alternates(&today);
        assert_eq!(alternates, ["../dpv.jsonld", "../data.json"], "{l}");
        let log = Page::read_file(&out.join(l).join("changes/index.html"), None);
        let marked = log.all("section.publication .current");
        assert_eq!(marked.len(), 1, "{l}");
        assert_eq!(
            log.all(&format!("section[id=\"{newest}\"] .current")).len(),
            1,
            "{l}"
        );
        for (n, id) in ids.iter().enumerate() {
            let page = Page::read_file(&out.join(l).join(format!("archive/{id}/index.html")), None);
            // Its machine-readable alternate is its own publication's canonical file, not
            // today's `data.json` (nor today's `dpv.jsonld`, which no archive keeps).
            let alternates = data_alternates(&page);
            assert_eq!(
                alternates,
                [format!("../../../history/{id}.json")],
                "{l} {id}"
            );
            // Nor does it link today's data files where it shows its facts, as if they were
            // that day's: they are the current page's, and the archived page's own facts are
            // the file its fingerprint is computed from.
            let today_files: Vec<&str> = page
                .all("main a[href]")
                .into_iter()
                .filter_map(|a| a.attr("href"))
                .filter(|href| {
                    ["data.json", "subprocessors.csv", "dpv.jsonld"]
                        .iter()
                        .any(|file| href.ends_with(&format!("../{file}")))
                })
                .collect();
            assert!(today_files.is_empty(), "{l} {id}: {today_files:?}");
            assert_eq!(
                page.one("main .fingerprint a").attr("href"),
                Some(format!("../../../history/{id}.json").as_str()),
                "{l} {id}"
            );
            let notice = page.one("main > .archive-notice");
            let back = notice.select(&common::sel("a")).next().unwrap();
            assert_eq!(
                back.attr("href"),
                Some(format!("../../../{l}/index.html").as_str())
            );
            // The page and its annex say which version they are: current, or superseded on
            // screen and in a margin box of every printed page (the page's at the top, the
            // annex's at the foot, above its fingerprint in the same box: in a box of its own
            // between them it overprinted the fingerprint, qa29).
            for (folder, margin_box) in ["", "annex/"]
                .into_iter()
                .zip(["@top-left", "@bottom-left"])
            {
                let document = Page::read_file(
                    &out.join(l).join(format!("archive/{id}/{folder}index.html")),
                    None,
                );
                let notice = document.one("main > .archive-notice");
                let css = site.read(&format!("public/{l}/archive/{id}/{folder}print.css"));
                assert!(!css.contains("@bottom-center"), "{l} {id} {folder}: {css}");
                // The margin box's declaration, if the stylesheet has it.
                let in_box = css
                    .lines()
                    .find(|line| line.trim_start().starts_with(&format!("{margin_box} {{")))
                    .unwrap_or_default();
                match ids.get(n + 1) {
                    None => {
                        assert!(
                            notice.value().classes().any(|c| c == "current"),
                            "{l} {id} {folder}"
                        );
                        // The annex's box holds its fingerprint, on one line.
                        assert!(!in_box.contains("\\A"), "{l} {id} {folder}: {css}");
                        assert_eq!(
                            in_box.is_empty(),
                            folder.is_empty(),
                            "{l} {id} {folder}: {css}"
                        );
                    }
                    Some(next) => {
                        assert!(
                            notice.value().classes().any(|c| c == "superseded"),
                            "{l} {id} {folder}"
                        );
                        // Superseded on the date of the next publication, in the page's language.
                        let next_page = Page::read_file(
                            &out.join(l).join(format!("archive/{next}/index.html")),
                            None,
                        );
                        let next_date = next_page.text_of("main > .stamp time");
                        let next_date = next_date.rsplit(": ").next().unwrap().to_string();
                        let text = common::text(notice);
                        assert!(
                            text.contains(&next_date),
                            "{l} {id} {folder}: `{text}` lacks {next_date}"
                        );
                        assert!(in_box.contains(&next_date), "{l} {id} {folder}: {css}");
                        if !folder.is_empty() {
                            assert!(in_box.contains("sha256:"), "{l} {id} {folder}: {css}");
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn a_superseded_version_says_so_on_every_printed_page_with_the_address_of_the_current_one() {
    if !crate::print::tools_available() {
        return;
    }
    let site = Site::example();
    site.write(
        "candor.toml",
        &format!(
            "base-url = \"https://privacy.example.com/\"\n{}",
            site.read("candor.toml")
        ),
    );
    site.build(&["--locked"]).success();
    let first = "2022-03-10";
    let page = site.public().join(format!("en/archive/{first}/index.html"));
    let pdf = site.path("old.pdf");
    crate::print::print_to_pdf(&page, &pdf, &site.path("profile-old"));
    let (text, pages) = crate::print::pdf_text(&pdf);
    assert!(pages >= 2, "{pages} pages");
    for (n, page) in text.split('\u{c}').enumerate() {
        assert!(page.contains("Superseded on"), "page {}: {page}", n + 1);
        assert!(
            page.contains("https://privacy.example.com/en/"),
            "page {}: {page}",
            n + 1
        );
    }
    // The current page names its own address on every printed page.
    let pdf = site.path("current.pdf");
    crate::print::print_to_pdf(
        &site.public().join("en/index.html"),
        &pdf,
        &site.path("profile-current"),
    );
    let (text, _) = crate::print::pdf_text(&pdf);
    for (n, page) in text.split('\u{c}').enumerate() {
        assert!(
            page.contains("https://privacy.example.com/en/"),
            "page {}: {page}",
            n + 1
        );
        assert!(!page.contains("Superseded"), "page {}", n + 1);
    }
}

/// On a right-to-left page, the address in the printed margin reads as it is written: its
/// slashes were moved to the other end by the page's direction (qa29).
#[test]
fn a_right_to_left_page_prints_its_address_as_written() {
    let site = crate::second_example::copy();
    site.write(
        "candor.toml",
        &format!(
            "base-url = \"https://privacy.example.com/\"\n{}",
            site.read("candor.toml")
        ),
    );
    crate::second_example::build_locked(&site, &[]).success();
    let css = site.read("public/ar/print.css");
    assert!(
        css.contains("\u{2066}https://privacy.example.com/ar/\u{2069}"),
        "{css}"
    );
    if !crate::print::tools_available() {
        return;
    }
    let pdf = site.path("ar.pdf");
    crate::print::print_to_pdf(
        &site.public().join("ar/index.html"),
        &pdf,
        &site.path("profile-ar"),
    );
    let (text, _) = crate::print::pdf_text(&pdf);
    let first = text.split('\u{c}').next().unwrap();
    assert!(first.contains("https://privacy.example.com/ar/"), "{first}");
}

#[test]
fn numbers_are_written_in_the_digits_the_dates_are() {
    // Persian writes its dates in its own digits, and so its numbers: Fluent alone wrote
    // "۳۰ نوامبر ۲۰۲۶" beside "15" sub-processors and "24" hours (qa26). (Its words here are
    // the English ones, copied and not translated yet: the digits are the language's,
    // whatever the words.)
    let site = Site::example();
    site.add_language_copied_from("en", "fa");
    site.build_later(&[]).success();
    let page = site.page("fa");
    let glance = |fact: &str| page.text_of(&format!("[data-fact='{fact}']"));
    assert!(glance("changed").contains("۲۰۲۶"), "{}", glance("changed"));
    assert!(glance("breach").contains("۲۴"), "{}", glance("breach"));
    assert!(
        glance("subprocessors").contains("۱۵"),
        "{}",
        glance("subprocessors")
    );
    for fact in ["changed", "breach", "subprocessors"] {
        assert!(
            !glance(fact).chars().any(|c| c.is_ascii_digit()),
            "{}",
            glance(fact)
        );
    }
    // Dutch stays as it was.
    assert!(
        site.page("nl")
            .text_of("[data-fact='breach']")
            .contains("24 uur")
    );
}

/// Two publications of one day: the second's page, its printed margin and the archive's copy
/// of it say which of the day's it is, as its change log does; they read as the first's
/// otherwise (qa29).
#[test]
fn the_second_publication_of_a_day_says_so_on_its_page_and_printed_margin() {
    let site = Site::example();
    site.publish_a_change_at(common::LATER_EPOCH).success();
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 48",
        "notification-deadline-hours = 36",
    );
    site.build_later(&[]).success();
    for (lang, said) in [
        ("en", "1 January 2027 (publication 2 of the day)"),
        ("de", "1. Januar 2027 (2. Veröffentlichung des Tages)"),
        ("nl", "1 januari 2027 (2e publicatie van de dag)"),
    ] {
        let page = site.page(lang);
        let stamp = page.text_of("main > .stamp");
        assert!(stamp.contains(said), "{lang}: {stamp}");
        let css = site.read(&format!("public/{lang}/print.css"));
        assert!(css.contains(said), "{lang}: {css}");
        let copy = Page::read_file(
            &site
                .public()
                .join(format!("{lang}/archive/2027-01-01-2/index.html")),
            Some(lang),
        );
        assert!(copy.text_of("main > .stamp").contains(said), "{lang}");
    }
}

/// A `·` between links stays on the line of the link before it: in Arabic at a phone's width
/// it began a line (qa87). Every separator of every page of both examples follows a no-break
/// space.
#[test]
fn a_separator_between_links_never_starts_a_line() {
    let example = Site::example();
    example.build(&["--locked"]).success();
    let tessel = second_example::built();
    for out in [example.public(), tessel.public()] {
        let mut seen = 0;
        for entry in walkdir::WalkDir::new(&out) {
            let entry = entry.unwrap();
            if entry.path().extension().is_none_or(|e| e != "html") {
                continue;
            }
            let html = std::fs::read_to_string(entry.path()).unwrap();
            let body = &html[html.find("<body").unwrap()..];
            for (at, _) in body.match_indices('·') {
                seen += 1;
                let before = &body[..at];
                assert!(
                    before.ends_with('\u{a0}') || before.ends_with("&nbsp;"),
                    "{}: `{}·`",
                    entry.path().display(),
                    &before[before.len().saturating_sub(40)..]
                );
            }
        }
        assert!(seen > 0, "{}", out.display());
    }
}

#[test]
fn a_site_of_one_language_offers_no_other() {
    // qa103: a site in English alone showed "This page in other languages", listing English.
    let site = Site::example();
    site.replace(
        "candor.toml",
        "languages = [\"en\", \"de\", \"nl\"]",
        "languages = [\"en\"]",
    );
    for tag in ["de", "nl"] {
        std::fs::remove_dir_all(site.path(&format!("locales/{tag}"))).unwrap();
    }
    site.build(&[]).success();
    for page in [
        "en/index.html",
        "en/annex/index.html",
        "en/changes/index.html",
    ] {
        let page = Page::read_file(&site.public().join(page), Some("en"));
        assert!(
            page.all("nav.languages").is_empty(),
            "{}",
            page.readable_text()
        );
    }
    assert_links_resolve(&site.public());
    // Two languages are offered.
    let site = Site::example();
    site.build(&[]).success();
    assert_eq!(site.page("en").all("nav.languages a").len(), 3);
}
