//! The example site (the repository root), built with `--locked` on a copy, read back page by
//! page: its facts must be those of the German reference page of 2025-10-30, in every language.

use crate::common;

use common::{EXAMPLE_DATE_ISO, LANGUAGES, Page, Site, Words, assert_stamp, html_files, text};

/// One row of the sub-processor table of /work/shared/reference/data-handling.de.2025-10-30.txt,
/// typed from that reference (not read from content/).
struct Reference {
    name: &'static str,
    /// "Personenbezogene Daten": Ja / Nein.
    personal_data: bool,
    /// "Übertragung außerhalb des EWR?": Ja / Nein.
    outside_eea: bool,
    /// "SCCs?": `Some(true)` for Ja, `None` for N.A.
    sccs: Option<bool>,
    /// "Sicherheitsmaßnahmen", as the reference writes it.
    security: &'static str,
}

const fn row(
    name: &'static str,
    personal_data: bool,
    outside_eea: bool,
    sccs: Option<bool>,
    security: &'static str,
) -> Reference {
    Reference {
        name,
        personal_data,
        outside_eea,
        sccs,
        security,
    }
}

const JA: bool = true;
const NEIN: bool = false;
const NA: Option<bool> = None;
const SCC: Option<bool> = Some(true);

#[rustfmt::skip]
const REFERENCE: [Reference; 15] = [
    row("Amazon Web Services (AWS)", JA, NEIN, NA, "https://aws.amazon.com/products/security/"),
    row("Branch Metrics", NEIN, JA, SCC, "https://branch.io/security/"),
    row("Google Firebase/Analytics", NEIN, JA, SCC, "https://firebase.google.com/support/privacy?authuser=0"),
    row("Google Workspace", JA, NEIN, NA, "https://services.google.com/fh/files/misc/google-cloud-security-foundations-guide.pdf"),
    row("Hubspot", JA, NEIN, NA, "https://legal.hubspot.com/security"),
    row("Instatus", NEIN, JA, SCC, "https://instatus.com/policies/security"),
    row("Notion", NEIN, JA, SCC, "https://www.notion.so/security"),
    row("Omron Academy", NEIN, JA, SCC, "https://www.omron-healthcare.com/privacy-policy"),
    row("Productboard", NEIN, JA, SCC, "https://www.productboard.com/product/security/"),
    row("Rocket Science Group", NEIN, JA, SCC, "https://mailchimp.com/about/security/"),
    row("Slack", NEIN, JA, SCC, "https://slack.com/trust/security"),
    row("Vidyo", NEIN, NEIN, NA, "vidyo.com/video-conferencing-solutions/product/desktop-video-calling/secure-video-conferencing"),
    row("Voys", NEIN, NEIN, NA, "https://www.voys.nl/security-responsible-disclosure/"),
    row("Zapier", NEIN, JA, SCC, "https://zapier.com/help/account/data-management/data-privacy-at-zapier"),
    row("Zivver", JA, NEIN, NA, "https://www.zivver.com/security"),
];

/// The reference's link as a page must publish it: the reference writes the Vidyo link without
/// its scheme; the content (rightly) adds `https://`.
fn published_link(reference: &str) -> String {
    if reference.starts_with("https://") {
        reference.to_string()
    } else {
        format!("https://{reference}")
    }
}

/// The organisation's own privacy policy, linked from every page.
const PRIVACY_POLICY: &str = "https://luscii.com/privacy-policy";

/// A copy of the example site, built with `--locked` into its own `public/`.
fn built_example() -> Site {
    let site = Site::example();
    site.build(&["--locked"]).success();
    site
}

fn yes_no(words: &Words, value: bool) -> &'static str {
    if value { words.yes } else { words.no }
}

#[test]
fn the_lock_file_is_current_and_the_build_records_nothing() {
    let site = Site::example();
    let run = site.build(&["--locked"]);
    run.success();
    assert!(
        !run.stdout.contains("recorded"),
        "a --locked build must not record a publication: {}",
        run.stdout
    );
    let original = std::fs::read(std::path::Path::new(common::REPO).join("candor.lock")).unwrap();
    assert!(
        site.read_bytes("candor.lock") == original,
        "candor.lock changed"
    );
    assert_eq!(
        site.publications(),
        ["2022-03-10", "2025-10-30", "2026-11-30"]
    );
}

#[test]
fn the_examples_keep_the_words_of_every_translation_they_record() {
    // Each publication names each translation's messages by fingerprint; the archive, the
    // change log and the notices of that day speak the words kept under it. The example's
    // German and Dutch of 2022 and 2025 lacked five of them, so those days' notices spoke
    // today's words ("Daten" where "personenbezogene Daten" was published).
    for lock in ["candor.lock", "examples/tessel-learning/candor.lock"] {
        let path = std::path::Path::new(common::REPO).join(lock);
        let lock: toml::Table = std::fs::read_to_string(&path).unwrap().parse().unwrap();
        let texts = lock["texts"].as_table().unwrap();
        let maps = lock["translation-maps"].as_table().unwrap();
        assert!(!maps.is_empty());
        for (map, ids) in maps {
            for (id, fingerprint) in ids.as_table().unwrap() {
                let text = texts
                    .get(fingerprint.as_str().unwrap())
                    .and_then(|t| t.as_str())
                    .unwrap_or_else(|| panic!("{}: `{id}` of {map} has no text", path.display()));
                assert!(text.starts_with(&format!("{id} =")), "{id}: {text}");
            }
        }
    }
}

#[test]
fn a_plain_build_of_a_fresh_copy_changes_no_committed_file() {
    // What a new user runs: the lock and the translation records in the repository are current,
    // so building changes no tracked file.
    let site = Site::example();
    let tracked = [
        "candor.lock",
        "locales/de/translated-from.toml",
        "locales/nl/translated-from.toml",
    ];
    let before: Vec<Vec<u8>> = tracked.iter().map(|f| site.read_bytes(f)).collect();
    site.build(&[]).success();
    for (file, bytes) in tracked.iter().zip(before) {
        assert!(
            site.read_bytes(file) == bytes,
            "{file} is not current: run `candor build` and commit it"
        );
    }
}

#[test]
fn subprocessor_table_matches_the_german_reference_in_every_language() {
    let site = built_example();
    for words in LANGUAGES {
        let page = site.page(words.lang);
        let table = page.one("section#subprocessors table");
        let where_ = format!("{} sub-processor table", words.lang);
        let caption: Vec<_> = table.select(&common::sel("caption")).collect();
        assert_eq!(caption.len(), 1, "{where_}: one <caption>");
        let header: Vec<String> = table.select(&common::sel("thead th")).map(text).collect();
        assert_eq!(header.len(), 5, "{where_}: five columns, got {header:?}");

        let rows: Vec<_> = table.select(&common::sel("tbody tr")).collect();
        let names: Vec<String> = rows
            .iter()
            .map(|r| text(r.select(&common::sel("th")).next().expect("a row header")))
            .collect();
        let expected_names: Vec<&str> = REFERENCE.iter().map(|r| r.name).collect();
        assert_eq!(names, expected_names, "{where_}: the rows, in order");

        for (row, expected) in rows.iter().zip(&REFERENCE) {
            let cells: Vec<_> = row.select(&common::sel("td")).collect();
            let at = format!("{where_}, row {}", expected.name);
            assert_eq!(cells.len(), 4, "{at}: four data cells");
            assert_eq!(
                text(cells[0]),
                yes_no(words, expected.personal_data),
                "{at}: personal data"
            );
            assert_eq!(
                text(cells[1]),
                yes_no(words, expected.outside_eea),
                "{at}: transfer outside the EEA"
            );
            let mechanism = match expected.sccs {
                Some(true) => words.scc,
                Some(false) => unreachable!("the reference has no `Nein` under SCCs?"),
                None => words.not_applicable,
            };
            assert_eq!(text(cells[2]), mechanism, "{at}: transfer mechanism");
            let links: Vec<_> = cells[3].select(&common::sel("a")).collect();
            assert_eq!(links.len(), 1, "{at}: one security link");
            assert_eq!(
                links[0].attr("href"),
                Some(published_link(expected.security).as_str()),
                "{at}: security link"
            );
        }
    }
}

#[test]
fn every_page_shows_the_stamp_in_its_own_language() {
    let site = built_example();
    for words in LANGUAGES {
        let page = site.page(words.lang);
        assert_eq!(
            page.html_lang(),
            words.lang,
            "<html lang> of the {} page",
            words.lang
        );
        assert_stamp(&page, EXAMPLE_DATE_ISO, words.example_date);
        let stamp = page.one("main > .stamp time");
        assert_eq!(stamp.attr("datetime"), Some(EXAMPLE_DATE_ISO));
        assert!(
            text(stamp).contains(words.example_date),
            "{}: stamp `{}`",
            words.lang,
            text(stamp)
        );
    }
}

#[test]
fn the_language_list_links_every_language_by_its_own_name() {
    let site = built_example();
    let index = site.index();
    assert!(!index.html_lang().is_empty(), "index.html has a lang");
    let links = index.all("main a[hreflang]");
    let got: Vec<(String, String, String)> = links
        .iter()
        .map(|a| {
            let name = a.select(&common::sel(".language-name")).next().unwrap();
            (
                a.attr("hreflang").unwrap().to_string(),
                a.attr("href").unwrap_or_default().to_string(),
                text(name),
            )
        })
        .collect();
    let expected: Vec<(String, String, String)> = LANGUAGES
        .iter()
        .map(|w| {
            (
                w.lang.to_string(),
                format!("{}/index.html", w.lang),
                w.own_name.to_string(),
            )
        })
        .collect();
    assert_eq!(got, expected, "the language list: (hreflang, href, name)");
    for li in index.all("main .language-choice > li") {
        // Each entry is spoken in its own language.
        let a = li.select(&common::sel("a")).next().unwrap();
        assert_eq!(
            li.attr("lang"),
            a.attr("hreflang"),
            "the entry `{}` carries its own lang",
            text(li)
        );
    }
    let alternates: Vec<&str> = index
        .all("head link[rel=alternate][hreflang]")
        .iter()
        .map(|l| l.attr("hreflang").unwrap())
        .collect();
    assert_eq!(
        alternates,
        ["en", "de", "nl"],
        "alternate links in the head of index.html"
    );

    // Every page links every language too, and marks its own.
    for words in LANGUAGES {
        let page = site.page(words.lang);
        let alternates: Vec<&str> = page
            .all("head link[rel=alternate][hreflang]")
            .iter()
            .map(|l| l.attr("hreflang").unwrap())
            .collect();
        assert_eq!(
            alternates,
            ["en", "de", "nl"],
            "alternate links of the {} page",
            words.lang
        );
        for other in LANGUAGES {
            let a = page.one(&format!("a[hreflang={}]", other.lang));
            assert_eq!(
                text(a),
                other.own_name,
                "{} page: the link to {}",
                words.lang,
                other.lang
            );
            assert_eq!(
                a.attr("href"),
                Some(format!("../{}/index.html", other.lang).as_str())
            );
        }
    }
}

#[test]
fn no_english_leaks_into_the_translated_pages() {
    let site = built_example();
    let english = site.page("en").readable_text();
    let chrome = [
        "Last modified",
        "Sub-processor",
        "Not applicable",
        "Yes",
        "Transfer mechanism",
        "Security measures",
        "Personal data",
    ];
    for word in chrome {
        assert!(
            english.contains(word),
            "the English page should say `{word}` (else this test checks nothing)"
        );
    }
    for lang in ["de", "nl"] {
        let page = site.page(lang);
        let readable = page.readable_text();
        for word in chrome {
            assert!(
                !readable.contains(word),
                "English `{word}` on the {lang} page"
            );
        }
        assert!(
            !page
                .one("title")
                .text()
                .collect::<String>()
                .contains("Data handling"),
            "English title on the {lang} page"
        );
    }
}

#[test]
fn other_facts_read_back_in_every_language() {
    let site = built_example();
    for words in LANGUAGES {
        let page = site.page(words.lang);
        let lang = words.lang;

        let breach = page.text_of("section#breach");
        assert!(
            breach
                .split(|c: char| !c.is_ascii_digit())
                .any(|n| n == "24"),
            "{lang}: notification deadline 24 in `{breach}`"
        );
        let monitoring: Vec<String> = page
            .all("section#breach li")
            .into_iter()
            .map(text)
            .collect();
        assert_eq!(
            monitoring,
            ["Kibana", "AWS CloudTrail", "AWS CloudWatch"],
            "{lang}: monitoring systems"
        );

        let storage_rows = page.all("section#storage table tbody tr");
        assert_eq!(storage_rows.len(), 1, "{lang}: one storage location");
        let storage = text(storage_rows[0]);
        assert!(
            storage.contains("Amazon Web Services (AWS)"),
            "{lang}: storage provider in `{storage}`"
        );
        assert!(
            storage.contains(&format!("Frankfurt, {}", words.germany)),
            "{lang}: `Frankfurt, {}` in `{storage}`",
            words.germany
        );
        for cert in ["ISO 9001", "ISO 27001", "ISO 27017", "ISO 27018"] {
            assert!(
                storage.contains(cert),
                "{lang}: certification {cert} in `{storage}`"
            );
        }

        let retention = page.text_of("section#retention");
        assert!(
            retention.contains(words.two_years),
            "{lang}: `{}` in `{retention}`",
            words.two_years
        );
    }
}

#[test]
fn pages_are_self_contained_and_accessible() {
    let site = built_example();
    let out = site.public();
    let files = html_files(&out);
    assert_eq!(
        files.len(),
        31,
        "index.html, and per language its page, its annex, change log, archive index and three archived versions, each with its annex: {files:?}"
    );
    let remote = |v: &str| {
        let v = v.trim().to_ascii_lowercase();
        v.starts_with("http:") || v.starts_with("https:") || v.starts_with("//")
    };
    for path in &files {
        let page = Page::read_file(path, None);
        let at = path.display().to_string();

        // No request to any other host: nothing loaded from an absolute address, no scripts.
        for el in page.all("[src]") {
            assert!(
                !remote(el.attr("src").unwrap()),
                "{at}: remote src in {}",
                el.html()
            );
        }
        let loaders = page.all("[srcset], [data], [action], [formaction], [poster], [background]");
        assert!(
            loaders.is_empty(),
            "{at}: elements that may load a resource: {:?}",
            loaders.iter().map(|el| el.html()).collect::<Vec<_>>()
        );
        for el in page.all("link[href]") {
            assert!(
                !remote(el.attr("href").unwrap()),
                "{at}: remote <link> {}",
                el.html()
            );
        }
        assert!(
            page.all("script, iframe, object, embed").is_empty(),
            "{at}: script or embedded content"
        );
        for el in page.all("[style]") {
            assert!(
                !el.attr("style").unwrap().contains("url("),
                "{at}: url() in a style attribute: {}",
                el.html()
            );
        }
        // Links a reader may follow are https: or mailto:, never plain http:. The only absolute
        // links lead to the sub-processors' security pages and to the organisation's own privacy
        // policy (the reference's "Datenschutzrichtlinie hier").
        let security_links: Vec<_> = page.all("section#subprocessors table a[href]");
        for a in page.all("a[href]") {
            let href = a.attr("href").unwrap();
            assert!(!href.starts_with("http:"), "{at}: insecure link {href}");
            if remote(href) {
                assert!(
                    security_links.contains(&a) || href == PRIVACY_POLICY,
                    "{at}: an absolute link outside the sub-processor table: {}",
                    a.html()
                );
            }
        }
        // The security links leave no referrer behind (a `mailto:` link sends none).
        for a in page.all("section#subprocessors a[href^='https:']") {
            assert!(
                a.attr("rel")
                    .unwrap_or_default()
                    .split_whitespace()
                    .any(|r| r == "noreferrer"),
                "{at}: {}",
                a.html()
            );
        }

        let csp = page.all("meta[http-equiv]");
        let csp: Vec<_> = csp
            .iter()
            .filter(|m| {
                m.attr("http-equiv")
                    .unwrap()
                    .eq_ignore_ascii_case("Content-Security-Policy")
            })
            .collect();
        assert_eq!(
            csp.len(),
            1,
            "{at}: one Content-Security-Policy meta element"
        );
        let policy = csp[0].attr("content").unwrap_or_default();
        assert!(
            policy.contains("default-src 'none'"),
            "{at}: CSP `{policy}` should default to none"
        );

        assert_eq!(page.all("h1").len(), 1, "{at}: exactly one <h1>");
        assert!(!page.html_lang().is_empty(), "{at}: <html lang>");
        for table in page.all("table") {
            assert_eq!(
                table.select(&common::sel("caption")).count(),
                1,
                "{at}: a table without a caption: {}",
                text(table)
            );
            for th in table.select(&common::sel("th")) {
                let scope = th.attr("scope");
                assert!(
                    matches!(scope, Some("col" | "row" | "colgroup" | "rowgroup")),
                    "{at}: <th> `{}` without scope",
                    text(th)
                );
            }
        }
    }

    let css = std::fs::read_to_string(out.join("style.css")).expect("style.css");
    assert!(
        !css.contains("@import"),
        "style.css imports another stylesheet"
    );
    for (i, _) in css.match_indices("url(") {
        let arg = css[i + 4..].trim_start_matches(['"', '\'', ' ']);
        assert!(
            !arg.starts_with("http") && !arg.starts_with("//"),
            "style.css loads a remote resource: {}",
            &css[i..(i + 60).min(css.len())]
        );
    }
}

#[test]
fn every_subprocessor_row_has_a_stable_anchor() {
    let site = common::Site::example();
    site.build(&["--locked"]).success();
    for lang in ["en", "de", "nl"] {
        let page = site.page(lang);
        let rows = page.all("section#subprocessors tbody tr");
        assert!(!rows.is_empty());
        for row in rows {
            let id = row.value().attr("id").unwrap_or_default();
            assert!(
                id.starts_with("subprocessor-") && id.len() > 13,
                "{lang}: {id:?}"
            );
        }
        assert_eq!(
            page.all("tr#subprocessor-google-firebase-analytics").len(),
            1,
            "{lang}"
        );
    }
}
