//! The annex (`<lang>/annex/`): the facts of a publication in the shape of Annex I.B and Annex III
//! of the standard contractual clauses, to print and attach to a data processing agreement.
//! Read back in every language, for the current publication and the archived ones, printed with
//! headless Chromium, and `candor check` with the site asking for Annex III.

use crate::common;
use crate::print::{pdf_text, print_to_pdf, tools_available};
use crate::second_example as two;

use std::collections::BTreeMap;
use std::path::Path;

use common::{LANGUAGES, Page, Site, Words, candor, text};
use serde_json::Value;

/// The words of the annex in one language, hard-coded after reading its locale files.
struct AnnexWords {
    title: &'static str,
    not_stated: &'static str,
    /// `subprocessor-purpose-hosting`.
    hosting: &'static str,
    /// `subprocessor-group-infrastructure`.
    infrastructure: &'static str,
    united_states: &'static str,
    /// `mechanism-binding-corporate-rules`.
    bcr: &'static str,
}

const EN: AnnexWords = AnnexWords {
    title: "Annex to the data processing agreement with Luscii",
    not_stated: "Not stated",
    hosting: "Hosting and infrastructure",
    infrastructure: "Infrastructure",
    united_states: "United States",
    bcr: "Binding corporate rules",
};

const DE: AnnexWords = AnnexWords {
    title: "Anlage zum Auftragsverarbeitungsvertrag mit Luscii",
    not_stated: "Nicht angegeben",
    hosting: "Hosting und Infrastruktur",
    infrastructure: "Infrastruktur",
    united_states: "Vereinigte Staaten",
    bcr: "Verbindliche interne Datenschutzvorschriften",
};

const NL: AnnexWords = AnnexWords {
    title: "Bijlage bij de verwerkersovereenkomst met Luscii",
    not_stated: "Niet vermeld",
    hosting: "Hosting en infrastructuur",
    infrastructure: "Infrastructuur",
    united_states: "Verenigde Staten",
    bcr: "Bindende bedrijfsvoorschriften",
};

/// Every language of the example with its page words and its annex words.
fn languages() -> [(&'static Words, &'static AnnexWords); 3] {
    [
        (LANGUAGES[0], &EN),
        (LANGUAGES[1], &DE),
        (LANGUAGES[2], &NL),
    ]
}

/// One sub-processor's entry in an annex: its anchor, its caption (the name) and its facts by
/// `data-fact`, each as text and with the link it holds, if any.
#[derive(Debug)]
struct Entry {
    id: String,
    name: String,
    facts: BTreeMap<String, (String, Option<String>)>,
}

impl Entry {
    fn fact(&self, fact: &str) -> &str {
        match self.facts.get(fact) {
            Some((text, _)) => text,
            None => panic!("`{}` states no `{fact}`: {:?}", self.name, self.facts),
        }
    }

    fn link(&self, fact: &str) -> Option<&str> {
        self.facts.get(fact).and_then(|(_, link)| link.as_deref())
    }
}

/// The entries of an annex's list of sub-processors, in order.
fn entries(page: &Page, group: &str) -> Vec<Entry> {
    let list = if group == "upcoming" {
        "section#subprocessors ol.annex-entries:nth-of-type(2) > li"
    } else {
        "section#subprocessors ol.annex-entries:nth-of-type(1) > li"
    };
    page.all(list)
        .into_iter()
        .map(|li| {
            let caption = li.select(&common::sel("caption")).next().expect("caption");
            let facts = li
                .select(&common::sel("tr[data-fact]"))
                .map(|tr| {
                    let fact = tr.attr("data-fact").unwrap().to_string();
                    let td = tr.select(&common::sel("td")).next().expect("a value");
                    let link = td
                        .select(&common::sel("a[href]"))
                        .next()
                        .map(|a| a.attr("href").unwrap().to_string());
                    (fact, (text(td), link))
                })
                .collect();
            Entry {
                id: li.attr("id").unwrap_or_default().to_string(),
                name: text(caption),
                facts,
            }
        })
        .collect()
}

/// The text of the annex's row stating `fact` (outside the sub-processor entries).
fn fact(page: &Page, fact: &str) -> String {
    page.text_of(&format!(
        "main > table tr[data-fact=\"{fact}\"] td, #processing tr[data-fact=\"{fact}\"] td"
    ))
}

fn annex(out: &Path, folder: &str) -> Page {
    Page::read_file(&out.join(folder).join("annex/index.html"), None)
}

/// The publications of a built site, from its `history.json`: (id, fingerprint).
pub(crate) fn history(out: &Path) -> Vec<(String, String)> {
    let history: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("history.json")).unwrap()).unwrap();
    history["publications"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let canonical = p["canonical"].as_str().unwrap();
            let id = canonical
                .trim_start_matches("history/")
                .trim_end_matches(".json");
            (
                id.to_string(),
                p["fingerprint"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// The facts a built site states, from its `data.json`.
fn facts(out: &Path) -> Value {
    let data: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("data.json")).unwrap()).unwrap();
    data["facts"].clone()
}

/// The texts of the items of the `n`th list in the page's section `#processing`.
fn page_list(page: &Page, n: usize) -> Vec<String> {
    let lists = page.all("section#processing > ul");
    lists[n].select(&common::sel("li")).map(text).collect()
}

/// The texts of the elements matching `selector`.
fn texts(page: &Page, selector: &str) -> Vec<String> {
    page.all(selector).into_iter().map(text).collect()
}

/// Asserts that `annex` states, in its language, every sub-processor of `subprocessors` (the
/// facts as data.json or a canonical file gives them) with the facts the model holds, in the
/// order and with the anchors of `page`'s table; and Annex I.B's subjects, categories and
/// retention as `page` words them.
#[track_caller]
fn assert_states(
    annex: &Page,
    page: &Page,
    subprocessors: &[Value],
    words: &Words,
    aw: &AnnexWords,
) {
    let at = annex.path.display().to_string();
    let lang = words.lang;
    assert_eq!(annex.html_lang(), lang, "{at}");
    assert_eq!(annex.text_of("h1"), aw.title, "{at}");
    assert_eq!(annex.text_of("title"), aw.title, "{at}");

    let mut listed = entries(annex, "current");
    listed.extend(entries(annex, "upcoming"));
    // The same sub-processors, in the order and with the anchors of the page's table.
    let rows: Vec<String> = page
        .all("section#subprocessors tbody tr[id]")
        .into_iter()
        .map(|tr| tr.attr("id").unwrap().to_string())
        .collect();
    let ids: Vec<&str> = listed.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, rows, "{at}: the annex lists what the page lists");
    assert_eq!(listed.len(), subprocessors.len(), "{at}");
    for s in subprocessors {
        // Publications recorded before sub-processors had ids have none in their canonical
        // file: those are found by name.
        let name = s["name"].as_str().unwrap();
        let e = match s.get("id").and_then(Value::as_str) {
            Some(id) => listed
                .iter()
                .find(|e| e.id == format!("subprocessor-{id}"))
                .unwrap_or_else(|| panic!("{at}: no entry for {id}")),
            None => listed
                .iter()
                .find(|e| e.name == name)
                .unwrap_or_else(|| panic!("{at}: no entry for {name}")),
        };
        assert_eq!(e.name, name, "{at}");
        let given = |field: &str| s.get(field).and_then(Value::as_str);
        assert_eq!(
            e.fact("address"),
            given("address").unwrap_or(aw.not_stated),
            "{at}: {name}"
        );
        match given("contact") {
            Some(contact) => {
                assert_eq!(e.link("contact"), Some(contact), "{at}: {name}");
                assert_eq!(
                    e.fact("contact"),
                    contact.trim_start_matches("mailto:"),
                    "{at}: {name}"
                );
            }
            None => assert_eq!(e.fact("contact"), aw.not_stated, "{at}: {name}"),
        }
        match given("purpose") {
            Some("hosting") => assert!(e.fact("description").contains(aw.hosting), "{at}"),
            Some(other) => panic!("no words for the purpose {other} in this test"),
            None => assert_eq!(e.fact("description"), aw.not_stated, "{at}: {name}"),
        }
        let yes_no = |b: bool| if b { words.yes } else { words.no };
        assert_eq!(
            e.fact("personal-data"),
            yes_no(s["personal_data"].as_bool().unwrap()),
            "{at}: {name}"
        );
        let outside = s["transfer"]["kind"] == "outside-eea";
        assert_eq!(e.fact("outside-eea"), yes_no(outside), "{at}: {name}");
        if outside {
            let mechanism = e.fact("mechanism");
            match s["transfer"]["mechanism"].as_str().unwrap() {
                "standard-contractual-clauses" => {
                    assert!(mechanism.starts_with(words.scc), "{at}: {mechanism}")
                }
                other => panic!("no words for {other} in this test"),
            }
            if s["transfer"].get("fallback").is_some() {
                assert!(mechanism.contains(aw.bcr), "{at}: {name}: {mechanism}");
            }
        } else {
            assert!(!e.facts.contains_key("mechanism"), "{at}: {name}");
        }
        assert_eq!(
            e.link("security"),
            given("security"),
            "{at}: {name}: its security measures"
        );
        if let Some(security) = given("security") {
            assert_eq!(e.fact("security"), security, "{at}: written out, for print");
        }
        assert_eq!(e.link("list"), given("list"), "{at}: {name}: its own list");
        let countries: Vec<&str> = s
            .get("countries")
            .and_then(Value::as_array)
            .map(|c| c.iter().map(|c| c.as_str().unwrap()).collect())
            .unwrap_or_default();
        let country = |code: &str| match code {
            "DE" => words.germany,
            "US" => aw.united_states,
            other => panic!("no name for {other} in this test"),
        };
        let named: Vec<&str> = countries.iter().map(|c| country(c)).collect();
        assert_eq!(
            e.fact("countries"),
            if named.is_empty() {
                aw.not_stated.to_string()
            } else {
                named.join(", ")
            },
            "{at}: {name}"
        );
        match given("headquarters") {
            Some(code) => assert_eq!(e.fact("headquarters"), country(code), "{at}"),
            None => assert!(!e.facts.contains_key("headquarters"), "{at}: {name}"),
        }
        match given("group") {
            Some("infrastructure") => assert_eq!(e.fact("group"), aw.infrastructure, "{at}"),
            Some(other) => panic!("no words for the group {other} in this test"),
            None => assert!(!e.facts.contains_key("group"), "{at}: {name}"),
        }
        // The categories and subjects it receives, in the words the page gives them.
        for (field, fact, list) in [
            ("data_categories", "data-categories", 1),
            ("data_subjects", "data-subjects", 0),
        ] {
            let ids = s.get(field).and_then(Value::as_array);
            match ids {
                Some(ids) => {
                    let all = page_list(page, list);
                    let all_ids = &subprocessors_section_ids(page, list);
                    let expected: Vec<&str> = ids
                        .iter()
                        .map(|id| {
                            let i = all_ids.iter().position(|a| a == id.as_str().unwrap());
                            all[i.expect("a known id")].as_str()
                        })
                        .collect();
                    assert_eq!(e.fact(fact), expected.join(" "), "{at}: {name}");
                }
                None => assert!(!e.facts.contains_key(fact), "{at}: {name}"),
            }
        }
    }

    // Annex I.B: whose data and which, in the page's own words; the retention period.
    let subjects = texts(annex, "#processing tr[data-fact=subjects] li");
    assert_eq!(subjects, page_list(page, 0), "{at}: data subjects");
    let categories = texts(annex, "#processing tr[data-fact=categories] li");
    assert_eq!(categories, page_list(page, 1), "{at}: data categories");
    assert!(!categories.is_empty() && !subjects.is_empty(), "{at}");
    let retention = fact(annex, "retention");
    assert!(retention.contains(words.two_years), "{at}: {retention}");
    let storage = fact(annex, "storage");
    assert!(
        storage.contains(&format!("Frankfurt, {}", words.germany)),
        "{at}: {storage}"
    );
    let safeguards = fact(annex, "safeguards");
    for system in ["Kibana", "AWS CloudTrail", "ISO 27001"] {
        assert!(safeguards.contains(system), "{at}: {safeguards}");
    }
}

/// The ids of the data subjects (list 0) or categories (list 1) as the example's processing.toml
/// and its earlier publications have them, in the page's order.
fn subprocessors_section_ids(page: &Page, list: usize) -> Vec<String> {
    let n = page_list(page, list).len();
    let ids: &[&str] = if list == 0 {
        &["patients", "care-professionals"]
    } else {
        &["identity-contact", "programme-health-data", "usage"]
    };
    ids[..n].iter().map(|s| s.to_string()).collect()
}

/// Asserts that the annex names `fingerprint` (and `id`'s canonical file) as its publication's,
/// and that its print stylesheet puts it, the title, the language and the date on every page.
#[track_caller]
fn assert_names_publication(annex: &Page, out: &Path, folder: &str, id: &str, fingerprint: &str) {
    let at = annex.path.display().to_string();
    assert_eq!(fact(annex, "fingerprint"), fingerprint, "{at}");
    assert_eq!(
        annex.one("tr[data-fact=date] time").attr("datetime"),
        Some(&id[..10]),
        "{at}"
    );
    let canonical = annex
        .one("tr[data-fact=canonical] a")
        .attr("href")
        .unwrap()
        .to_string();
    let resolved = out.join(folder).join("annex").join(&canonical);
    assert!(
        resolved.ends_with(format!("history/{id}.json")) && resolved.exists(),
        "{at}: {canonical}"
    );
    let css = std::fs::read_to_string(out.join(folder).join("annex/print.css")).unwrap();
    assert!(css.contains(fingerprint), "{at}: print.css {css}");
    assert!(css.contains("counter(pages, "), "{at}: page numbers");
    // The title stands where the language's lines start, the page number where they end: in
    // Arabic, the title at the top right (qa77: it stood at the left, as in English). A box's
    // text aligns to a side of the paper, not to `end`, which is the left in Arabic whichever
    // box it is in. The page number stays on one line.
    let (start, end) = match annex.html.root_element().attr("dir") {
        Some("rtl") => ("right", "left"),
        _ => ("left", "right"),
    };
    for (margin_box, holds) in [
        (format!("@top-{start} {{ content: "), "content: \""),
        (
            format!("@top-{end} {{ content: "),
            &format!("text-align: {end};"),
        ),
        (
            format!("@bottom-{end} {{ content: counter(page"),
            "white-space: nowrap",
        ),
    ] {
        let line = css
            .lines()
            .find(|l| l.trim_start().starts_with(&margin_box));
        assert!(
            line.is_some_and(|l| l.contains(holds)),
            "{at}: {margin_box} … {holds}: {css}"
        );
    }
    assert!(!css.contains("text-align: end"), "{at}: {css}");
    assert!(css.contains("); white-space: nowrap;"), "{at}: {css}");
    // The page the annex states: it links it, and the annex names no other fingerprint.
    let back = annex.one("tr[data-fact=page] a").attr("href").unwrap();
    assert_eq!(back, "../index.html", "{at}");
    for other in annex.source.match_indices("sha256:") {
        let found = &annex.source[other.0..other.0 + fingerprint.len()];
        assert_eq!(found, fingerprint, "{at}");
    }
}

#[test]
fn every_language_has_an_annex_listing_every_subprocessor_with_its_facts_and_fingerprint() {
    let site = Site::example();
    site.build(&["--locked"]).success();
    let out = site.public();
    let facts = facts(&out);
    let subprocessors = facts["subprocessors"].as_array().unwrap();
    assert_eq!(subprocessors.len(), 15);
    let publications = history(&out);
    let (last_id, last) = publications.last().unwrap();
    for (words, aw) in languages() {
        let lang = words.lang;
        let page = site.page(lang);
        let annex = annex(&out, lang);
        assert_states(&annex, &page, subprocessors, words, aw);
        assert_names_publication(&annex, &out, lang, last_id, last);
        assert_eq!(fact(&annex, "language"), words.own_name);
        assert_eq!(fact(&annex, "organisation"), "Luscii");
        assert_eq!(fact(&annex, "date"), words.example_date);
        // The page links its annex; the annex links the same document in the other languages.
        let link = page.all("footer a[href$=\"annex/index.html\"]");
        assert_eq!(link.len(), 1, "{lang}: the page links its annex");
        assert_eq!(
            link[0].attr("href"),
            Some(format!("../{lang}/annex/index.html").as_str())
        );
        for other in LANGUAGES {
            let href = format!("../../{}/annex/index.html", other.lang);
            assert_eq!(
                annex
                    .all(&format!("link[rel=alternate][hreflang={}]", other.lang))
                    .first()
                    .and_then(|l| l.attr("href")),
                Some(href.as_str()),
                "{lang}"
            );
        }
        // No English in the other languages' annexes.
        if lang != "en" {
            let readable = annex.readable_text();
            for english in [
                "Not stated",
                "Annex",
                "Sub-processor",
                "Address",
                "Publication",
            ] {
                assert!(
                    !readable.contains(english),
                    "{lang}: `{english}` in the annex"
                );
            }
        }
    }
}

#[test]
fn each_archived_publication_has_its_annex_with_its_fingerprint_and_facts() {
    let site = Site::example();
    site.build(&["--locked"]).success();
    let out = site.public();
    let publications = history(&out);
    assert!(publications.len() >= 3);
    for (id, fingerprint) in &publications {
        let canonical: Value = serde_json::from_str(
            &std::fs::read_to_string(out.join(format!("history/{id}.json"))).unwrap(),
        )
        .unwrap();
        let subprocessors = canonical["snapshot"]["facts"]["subprocessors"]
            .as_array()
            .unwrap()
            .clone();
        for (words, aw) in languages() {
            let folder = format!("{}/archive/{id}", words.lang);
            let page = Page::read_file(&out.join(&folder).join("index.html"), None);
            let annex = annex(&out, &folder);
            assert_states(&annex, &page, &subprocessors, words, aw);
            assert_names_publication(&annex, &out, &folder, id, fingerprint);
            // It says it is kept for the record, and leads to the current annex.
            let notice = annex.one("main > .archive-notice");
            let current = notice.select(&common::sel("a")).next().unwrap();
            assert_eq!(
                current.attr("href"),
                Some(format!("../../../../{}/annex/index.html", words.lang).as_str())
            );
            // The archived page and the archive's list link it.
            assert_eq!(
                page.all("footer a[href=\"annex/index.html\"]").len(),
                1,
                "{folder}"
            );
            let list = Page::read_file(&out.join(words.lang).join("archive/index.html"), None);
            assert_eq!(
                list.all(&format!("main li a[href=\"{id}/annex/index.html\"]"))
                    .len(),
                1,
                "{folder}"
            );
        }
    }
    // The first publication listed 9 sub-processors and a category the current one no longer
    // has: its annex says so, in its own words.
    let (first, _) = &publications[0];
    let annex = annex(&out, &format!("en/archive/{first}"));
    assert_eq!(entries(&annex, "current").len(), 9);
    assert!(
        fact(&annex, "categories").contains("Technical data about the use of the Luscii platform"),
        "{}",
        fact(&annex, "categories")
    );
    assert!(
        !fact(
            &common::Page::read_file(&out.join("en/annex/index.html"), None),
            "categories"
        )
        .contains("Technical data")
    );

    // The first two were recorded before candor made annexes and summaries: their copies, in
    // the words each language recorded then, say that these were made later, from their
    // facts, rather than claim to be in the words of their day. The current one's say
    // nothing of it.
    let (current, _) = publications.last().unwrap();
    for (id, _) in &publications {
        let later = id != current;
        for (words, _) in languages() {
            let lang = words.lang;
            let folder = format!("{lang}/archive/{id}");
            let page = Page::read_file(&out.join(&folder).join("index.html"), None);
            let annex = self::annex(&out, &folder);
            assert_eq!(
                page.all("#summary .made-later").len(),
                usize::from(later),
                "{folder}"
            );
            for document in [&page, &annex] {
                assert!(document.all(".archive-words-later").is_empty(), "{folder}");
            }
            let claims = annex.text_of("main");
            let same_words = [
                "in the same words",
                "mit denselben Worten",
                "in dezelfde woorden",
            ];
            assert_eq!(
                same_words.iter().any(|w| claims.contains(w)),
                !later,
                "{folder}: {claims}"
            );
            if later && lang == "en" {
                assert_eq!(
                    page.text_of("#summary .made-later"),
                    "This summary was not on the page published that day: it was made later, \
                     from that publication's facts."
                );
                assert!(
                    claims.contains(
                        "The page published that day had no annex: this one was made later, \
                         from that publication's facts, in today's words."
                    ),
                    "{claims}"
                );
            }
        }
    }
}

#[test]
fn an_archive_copy_of_a_publication_that_kept_no_translation_says_its_words_are_todays() {
    // The example's first two publications as a lock of an older candor recorded them: no
    // translation's words. Their German and Dutch copies speak today's words, and say so,
    // page and annex; the English ones speak their own.
    let site = Site::example();
    let mut lock: toml::Table = site.read("candor.lock").parse().unwrap();
    let publications = lock["publication"].as_array_mut().unwrap();
    let old: Vec<String> = publications
        .iter_mut()
        .filter(|p| p.get("time").is_none())
        .map(|p| {
            p.as_table_mut().unwrap().remove("translations");
            p["date"].to_string()
        })
        .collect();
    assert_eq!(old, ["2022-03-10", "2025-10-30"]);
    site.write("candor.lock", &toml::to_string(&lock).unwrap());
    site.build(&["--locked"]).success();
    let out = site.public();
    for id in &old {
        for lang in ["en", "de", "nl"] {
            let folder = format!("{lang}/archive/{id}");
            let page = Page::read_file(&out.join(&folder).join("index.html"), None);
            let annex = annex(&out, &folder);
            let todays = lang != "en";
            for document in [&page, &annex] {
                assert_eq!(
                    document.all(".archive-notice .archive-words-later").len(),
                    usize::from(todays),
                    "{folder}"
                );
            }
            // Of today's words, the summary was no part of its day in any language: the
            // note that says so of the whole copy says it of the summary too.
            assert_eq!(
                page.all("#summary .made-later").len(),
                usize::from(!todays),
                "{folder}"
            );
        }
        let german = Page::read_file(&out.join(format!("de/archive/{id}/index.html")), None);
        assert_eq!(
            german.text_of(".archive-words-later"),
            "Diese Veröffentlichung hat den Wortlaut dieser Übersetzung nicht aufgezeichnet: \
             Diese Kopie gibt ihre Angaben im heutigen Wortlaut wieder."
        );
    }
}

#[test]
fn a_language_added_after_the_publication_claims_none_of_its_words() {
    // Danish, added after the last publication (its words copied from Dutch), was never
    // published: its annex said "in dezelfde woorden" as that publication's page, and its
    // archive copies said it too under "this translation came later" (qa27). Its page and
    // annex now say it came later, and no annex of it claims the publication's words.
    // Added on 10 December, a revision of the publication of 30 November: the pages of that
    // publication say from when they were public in it (qa42: no page, change log or feed
    // gave the day); an older one's, that it was not published in it.
    let site = Site::example();
    site.add_language_copied_from("nl", "da");
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1796860800")],
    )
    .success();
    let later = "Deze vertaling kwam later: de pagina was die dag niet in deze taal gepubliceerd.";
    let added = "Deze vertaling kwam later: de pagina was in deze taal gepubliceerd vanaf 10. december 2026.";
    let out = site.public();
    for (folder, said) in [
        ("da", added),
        ("da/archive/2026-11-30", added),
        ("da/archive/2022-03-10", later),
    ] {
        let annex = annex(&out, folder);
        let claims = annex.text_of("main");
        assert!(
            !claims.contains("in dezelfde woorden"),
            "{folder}: {claims}"
        );
        assert!(claims.contains(said), "{folder}: {claims}");
        let page = Page::read_file(&out.join(folder).join("index.html"), None);
        assert!(page.readable_text().contains(said), "{folder}");
    }
    let log = Page::read_file(&out.join("da/changes/index.html"), None);
    assert!(log.text_of("[id='2026-11-30']").contains(added));
    assert!(log.text_of("[id='2022-03-10']").contains(later));
    let page = Page::read_file(&out.join("da/index.html"), None);
    assert_eq!(page.text_of(".translation-revised"), added);
    assert!(page.all(".translation-revised a").is_empty());
    // Dutch, published that day, still claims its words.
    let nl = annex(&out, "nl").text_of("main");
    assert!(nl.contains("in dezelfde woorden"), "{nl}");
}

#[test]
fn the_annex_says_which_staff_are_bound_by_a_confidentiality_agreement() {
    // Art. 28(3)(b): the persons authorised to process the data have committed themselves to
    // confidentiality. The page's table said it; the annex, the document signed, did not, and
    // was the same bytes before and after the engineers' agreement was dropped (qa25).
    let site = Site::example();
    let group = |site: &Site, lang: &str, id: &str| {
        let annex = Page::read_file(
            &site.public().join(format!("{lang}/annex/index.html")),
            None,
        );
        annex.text_of(&format!("[data-fact='safeguards'] li[data-group='{id}']"))
    };
    site.build(&[]).success();
    for (lang, engineers, support) in [
        (
            "en",
            "Engineers: Full access to our databases, with a confidentiality agreement",
            "Staff in support roles: Access to the data of your users, confidentiality agreement not stated",
        ),
        (
            "de",
            "Softwareentwickler: Vollzugriff auf unsere Datenbanken, mit Vertraulichkeitsvereinbarung",
            "Mitarbeiter in der Anwenderbetreuung: Zugriff auf die Daten Ihrer Nutzer, Vertraulichkeitsvereinbarung nicht angegeben",
        ),
        (
            "nl",
            "Ontwikkelaars: Volledige toegang tot onze databases, met geheimhoudingsverklaring",
            "Medewerkers gebruikersondersteuning: Toegang tot de gegevens van uw gebruikers, geheimhoudingsverklaring niet vermeld",
        ),
    ] {
        assert_eq!(group(&site, lang, "engineers"), engineers, "{lang}");
        assert_eq!(group(&site, lang, "support"), support, "{lang}");
    }
    site.replace(
        "content/access.toml",
        "access = \"full\"\nconfidentiality-agreement = true",
        "access = \"full\"\nconfidentiality-agreement = false",
    );
    site.build_later(&[]).success();
    assert_eq!(
        group(&site, "en", "engineers"),
        "Engineers: Full access to our databases, without a confidentiality agreement"
    );
    // Each label as its language writes one: French with a space before the colon.
    let tessel = two::built();
    let french = tessel.read("public/fr/annex/index.html");
    assert!(
        french.contains("<strong>Équipe d’assistance\u{a0}:</strong>"),
        "{french}"
    );
}

/// A group of which the site does not say whether it is bound by a confidentiality agreement:
/// the page, the annex and the change log say it is not stated. The field had no "not stated",
/// and the example wrote `false` for it, which every page published as "No" and the change log
/// as "no longer bound by a confidentiality agreement" (qa32).
#[test]
fn a_confidentiality_agreement_not_given_is_not_stated_not_denied() {
    let site = Site::example();
    let engineers = "access = \"full\"\nconfidentiality-agreement = true\n";
    assert!(site.read("content/access.toml").contains(engineers));
    site.replace("content/access.toml", engineers, "access = \"full\"\n");
    site.build_later(&[]).success();
    for (lang, not_stated, annex_says, log_says) in [
        (
            "en",
            "Not stated",
            "Engineers: Full access to our databases, confidentiality agreement not stated",
            "Engineers: whether bound by a confidentiality agreement is no longer stated",
        ),
        (
            "de",
            "Nicht angegeben",
            "Softwareentwickler: Vollzugriff auf unsere Datenbanken, Vertraulichkeitsvereinbarung nicht angegeben",
            "Softwareentwickler: ob eine Vertraulichkeitsvereinbarung besteht, ist nicht mehr angegeben",
        ),
        (
            "nl",
            "Niet vermeld",
            "Ontwikkelaars: Volledige toegang tot onze databases, geheimhoudingsverklaring niet vermeld",
            "Ontwikkelaars: of er een geheimhoudingsverklaring geldt, wordt niet meer vermeld",
        ),
    ] {
        let page = site.page(lang);
        let row = page.all("section#access tbody tr")[0];
        let cells: Vec<String> = row.select(&common::sel("td")).map(text).collect();
        assert_eq!(cells.last().unwrap(), not_stated, "{lang}: {cells:?}");
        let annex = Page::read_file(
            &site.public().join(format!("{lang}/annex/index.html")),
            None,
        );
        assert_eq!(
            annex.text_of("[data-fact='safeguards'] li[data-group='engineers']"),
            annex_says,
            "{lang}"
        );
        let log = Page::read_file(
            &site.public().join(format!("{lang}/changes/index.html")),
            Some(lang),
        );
        let items: Vec<String> = log
            .all(&format!("[id='{}'] li", common::LATER_DATE_ISO))
            .into_iter()
            .map(|li| common::without_isolates(&text(li)))
            .collect();
        assert!(items.iter().any(|i| i == log_says), "{lang}: {items:?}");
    }
    let data: serde_json::Value =
        serde_json::from_slice(&site.read_bytes("public/data.json")).unwrap();
    assert_eq!(
        data["facts"]["access"]["groups"][0]["confidentiality_agreement"],
        serde_json::Value::Null
    );
}

/// The longer description of Amazon Web Services in [`site_with_annex_iii_facts`].
const DESCRIPTIONS: [(&str, &str); 3] = [
    ("en", "Runs the platform's servers and databases."),
    ("de", "Betreibt die Server und Datenbanken der Plattform."),
    ("nl", "Beheert de servers en databases van het platform."),
];

/// "Not stated" in the second example's languages.
const NOT_STATED: [(&str, &str); 5] = [
    ("en", "Not stated"),
    ("de", "Nicht angegeben"),
    ("fr", "Non précisé"),
    ("ar", "غير مذكور"),
    ("fr-CA", "Non précisé"),
];

#[test]
fn the_second_example_has_an_annex_in_every_language_with_every_fact_its_subprocessors_give() {
    let site = two::built();
    let out = site.public();
    let facts = facts(&out);
    let by_id = |id: &str| -> Value {
        facts["subprocessors"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == id)
            .unwrap_or_else(|| panic!("no {id} in data.json"))
            .clone()
    };
    let publications = history(&out);
    let (last_id, last) = publications.last().unwrap();
    for w in two::LANGUAGES {
        let lang = w.tag;
        let annex = annex(&out, lang);
        let page = Page::read(&out, lang);
        let at = format!("{lang}/annex/");
        assert_eq!(annex.html_lang(), lang, "{at}");
        assert_eq!(annex.one("html").attr("dir"), Some(w.dir), "{at}");
        assert_names_publication(&annex, &out, lang, last_id, last);
        assert_eq!(fact(&annex, "date"), w.date, "{at}");
        assert_eq!(
            fact(&annex, "organisation"),
            "Tessel Learning (fictional)",
            "{at}"
        );
        let not_stated = two::word(&NOT_STATED, lang);
        let yes_no = |b: bool| if b { w.yes } else { w.no };
        for (group, rows) in [
            ("current", &two::ENGAGED[..]),
            ("upcoming", &two::ANNOUNCED[..]),
        ] {
            let listed = entries(&annex, group);
            let ids: Vec<String> = rows
                .iter()
                .map(|r| format!("subprocessor-{}", r.id))
                .collect();
            let found: Vec<&String> = listed.iter().map(|e| &e.id).collect();
            assert_eq!(
                found,
                ids.iter().collect::<Vec<_>>(),
                "{at}: {group}, in page order"
            );
            for (e, r) in listed.iter().zip(rows) {
                let s = by_id(r.id);
                let given = |field: &str| s.get(field).and_then(Value::as_str);
                let who = format!("{at}: {}", r.id);
                assert_eq!(e.name, given("name").unwrap(), "{who}");
                assert!(
                    e.fact("description")
                        .contains(two::word(w.purposes, r.purpose)),
                    "{who}: {}",
                    e.fact("description")
                );
                // Named as a list in the language, as the page names them.
                let countries: Vec<&str> = r
                    .countries
                    .iter()
                    .map(|c| two::word(w.countries, c))
                    .collect();
                let countries = match countries.as_slice() {
                    [first, last] => format!("{first}{}{last}", w.and),
                    all => all.join(""),
                };
                assert_eq!(e.fact("countries"), countries, "{who}");
                assert_eq!(e.fact("personal-data"), yes_no(r.personal_data), "{who}");
                assert_eq!(e.fact("outside-eea"), yes_no(r.transfer.is_some()), "{who}");
                match r.transfer {
                    Some((mechanism, None)) => {
                        assert_eq!(
                            e.fact("mechanism"),
                            two::word(w.mechanisms, mechanism),
                            "{who}"
                        )
                    }
                    Some((mechanism, Some(fallback))) => assert_eq!(
                        e.fact("mechanism"),
                        format!(
                            "{}{}{}{}",
                            two::word(w.mechanisms, mechanism),
                            w.fallback[0],
                            two::word(w.mechanisms, fallback),
                            w.fallback[1]
                        ),
                        "{who}"
                    ),
                    None => assert!(!e.facts.contains_key("mechanism"), "{who}"),
                }
                assert_eq!(
                    e.facts.get("group").map(|(t, _)| t.as_str()),
                    r.group.map(|g| two::word(w.groups, g)),
                    "{who}"
                );
                assert_eq!(
                    e.fact("address"),
                    given("address").unwrap_or(not_stated),
                    "{who}"
                );
                match given("contact") {
                    Some(contact) => {
                        assert_eq!(e.link("contact"), Some(contact), "{who}");
                        assert_eq!(e.fact("contact"), contact.trim_start_matches("mailto:"));
                    }
                    None => assert_eq!(e.fact("contact"), not_stated, "{who}"),
                }
                assert_eq!(e.link("security"), given("security"), "{who}");
                assert_eq!(e.link("list"), given("list"), "{who}");
                assert_eq!(
                    e.facts.get("headquarters").map(|(t, _)| t.as_str()),
                    given("headquarters").map(|c| two::word(w.countries, c)),
                    "{who}"
                );
                // The categories and subjects it receives, one item each.
                for (field, fact) in [
                    ("data_categories", "data-categories"),
                    ("data_subjects", "data-subjects"),
                ] {
                    let given = s.get(field).and_then(Value::as_array).map_or(0, Vec::len);
                    let shown = annex
                        .all(&format!("li#{} tr[data-fact={fact}] li", e.id))
                        .len();
                    assert_eq!(shown, given, "{who}: {fact}");
                }
                assert_eq!(
                    e.facts.contains_key("applies-to"),
                    s.get("applies_to").is_some(),
                    "{who}"
                );
                if group == "upcoming" {
                    assert_eq!(
                        annex
                            .one(&format!("li#{} tr[data-fact=effective] time", e.id))
                            .attr("datetime"),
                        given("effective"),
                        "{who}"
                    );
                }
            }
        }
        // Annex I.B in the page's own words.
        assert_eq!(
            texts(&annex, "#processing tr[data-fact=subjects] li"),
            page_list(&page, 0),
            "{at}"
        );
        assert_eq!(
            texts(&annex, "#processing tr[data-fact=categories] li"),
            page_list(&page, 1),
            "{at}"
        );
    }
    candor(&["verify", out.to_str().unwrap()], &[]).success();
}

/// A copy of the example in which Amazon Web Services states everything Annex III lists (and
/// more), Slack falls back on binding corporate rules, and a new sub-processor is announced for
/// after the publication; built at 2027-01-01.
fn site_with_annex_iii_facts() -> Site {
    let site = Site::example_without_notice();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Amazon Web Services (AWS)\"\npersonal-data = true\noutside-eea = false\n",
        "name = \"Amazon Web Services (AWS)\"\npersonal-data = true\ncountries = [\"DE\"]\n\
         purpose = \"hosting\"\ngroup = \"infrastructure\"\nheadquarters = \"US\"\n\
         data-categories = [\"programme-health-data\"]\ndata-subjects = [\"patients\", \"care-professionals\"]\n\
         address = \"38 Avenue John F. Kennedy, L-1855 Luxembourg <b>&amp;\"\n\
         contact = \"mailto:aws-EU-privacy@amazon.com\"\n\
         list = \"https://aws.amazon.com/compliance/sub-processors/\"\n",
    );
    site.replace(
        "content/subprocessors.toml",
        "mechanism = \"standard-contractual-clauses\"\nsecurity = \"https://slack.com/",
        "mechanism = \"standard-contractual-clauses\"\nfallback = \"binding-corporate-rules\"\nsecurity = \"https://slack.com/",
    );
    let mut toml = site.read("content/subprocessors.toml");
    toml.push_str(
        "\n[[subprocessor]]\nname = \"Postmark\"\npersonal-data = true\ncountries = [\"US\"]\n\
         mechanism = \"standard-contractual-clauses\"\neffective = 2027-03-01\n",
    );
    site.write("content/subprocessors.toml", &toml);
    for (lang, description) in DESCRIPTIONS {
        let path = format!("locales/{lang}/site.ftl");
        let mut ftl = site.read(&path);
        ftl.push_str(&format!(
            "subprocessor-description-amazon-web-services-aws = {description}\n"
        ));
        site.write(&path, &ftl);
    }
    site.build_later(&[]).success();
    site
}

#[test]
fn the_annex_states_each_fact_annex_iii_lists_and_the_archive_keeps_what_was_published() {
    let site = site_with_annex_iii_facts();
    let out = site.public();
    let facts = facts(&out);
    let subprocessors = facts["subprocessors"].as_array().unwrap();
    let publications = history(&out);
    let (last_id, last) = publications.last().unwrap();
    assert_eq!(last_id, common::LATER_DATE_ISO);
    for (words, aw) in languages() {
        let lang = words.lang;
        let annex = annex(&out, lang);
        assert_states(&annex, &site.page(lang), subprocessors, words, aw);
        assert_names_publication(&annex, &out, lang, last_id, last);
        let aws = entries(&annex, "current")
            .into_iter()
            .find(|e| e.id == "subprocessor-amazon-web-services-aws")
            .unwrap();
        // Facts are text: markup in an address is shown, not obeyed.
        assert_eq!(
            aws.fact("address"),
            "38 Avenue John F. Kennedy, L-1855 Luxembourg <b>&amp;"
        );
        assert!(annex.source.contains("Luxembourg &lt;b&gt;&amp;amp;"));
        let description = aws.fact("description");
        assert!(description.contains(aw.hosting), "{lang}: {description}");
        let (_, own) = DESCRIPTIONS.iter().find(|(l, _)| *l == lang).unwrap();
        assert!(description.contains(own), "{lang}: {description}");
        // The announced sub-processor: listed apart, with the date it is engaged from and the
        // last day to object to it.
        let upcoming = entries(&annex, "upcoming");
        assert_eq!(upcoming.len(), 1, "{lang}");
        assert_eq!(upcoming[0].name, "Postmark");
        let day = |fact: &str| {
            let time = format!("li#subprocessor-postmark tr[data-fact='{fact}'] time");
            annex.one(&time).attr("datetime").map(str::to_string)
        };
        assert_eq!(day("effective").as_deref(), Some("2027-03-01"), "{lang}");
        assert_eq!(day("object-until").as_deref(), Some("2027-02-28"), "{lang}");
        // The publication before keeps its annex, as it was published: no address yet.
        let (before_id, before) = &publications[publications.len() - 2];
        let folder = format!("{lang}/archive/{before_id}");
        let archived = crate::annex::annex(&out, &folder);
        assert_names_publication(&archived, &out, &folder, before_id, before);
        let old = entries(&archived, "current")
            .into_iter()
            .find(|e| e.id == "subprocessor-amazon-web-services-aws")
            .unwrap();
        assert_eq!(old.fact("address"), aw.not_stated, "{folder}");
        assert!(entries(&archived, "upcoming").is_empty(), "{folder}");
    }
    candor(&["verify", out.to_str().unwrap()], &[]).success();
}

/// The line of `name = "<name>"` in the example's content/subprocessors.toml (1-based).
fn line_of_name(toml: &str, name: &str) -> usize {
    let needle = format!("name = \"{name}\"");
    toml.lines()
        .position(|l| l == needle)
        .unwrap_or_else(|| panic!("no `{needle}`"))
        + 1
}

#[test]
fn check_reports_what_annex_iii_needs_at_each_entry_when_the_site_asks_for_it() {
    let site = Site::example();
    // Without the switch the annex shows "Not stated", and nothing is missing.
    candor(&["check", &site.arg()], &[]).success();
    let mut config = site.read("candor.toml");
    config.push_str("\n[annex]\nannex-iii = true\n");
    site.write("candor.toml", &config);
    // One entry states all of it, one only its address.
    site.replace(
        "content/subprocessors.toml",
        "name = \"Hubspot\"\n",
        "name = \"Hubspot\"\naddress = \"2 Canal Park, Cambridge, MA 02141, USA\"\n\
         contact = \"mailto:privacy@hubspot.com\"\npurpose = \"crm\"\n",
    );
    site.replace(
        "content/subprocessors.toml",
        "name = \"Slack\"\n",
        "name = \"Slack\"\naddress = \"500 Howard Street, San Francisco, CA 94105, USA\"\n",
    );
    let toml = site.read("content/subprocessors.toml");
    let run = candor(&["check", &site.arg(), "--format", "json"], &[]);
    run.expect_code(1);
    let report: Value = serde_json::from_str(&run.stdout).expect("JSON");
    let annex: Vec<&Value> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["message"].as_str().unwrap().contains("Annex III"))
        .collect();
    assert_eq!(annex.len(), 14, "every entry but Hubspot's: {annex:#?}");
    let names = [
        "Amazon Web Services (AWS)",
        "Branch Metrics",
        "Google Firebase/Analytics",
        "Google Workspace",
        "Instatus",
        "Notion",
        "Omron Academy",
        "Productboard",
        "Rocket Science Group",
        "Slack",
        "Vidyo",
        "Voys",
        "Zapier",
        "Zivver",
    ];
    for (d, name) in annex.iter().zip(names) {
        assert_eq!(d["severity"], "error", "{d}");
        assert_eq!(d["file"], "content/subprocessors.toml", "{d}");
        assert_eq!(d["line"], line_of_name(&toml, name), "{name}: {d}");
        assert_eq!(d["column"], 8, "{name}: at its name: {d}");
        let message = d["message"].as_str().unwrap();
        assert!(message.starts_with(&format!("`{name}`")), "{message}");
        let label = d["label"].as_str().unwrap();
        if name == "Slack" {
            assert_eq!(label, "no `contact` or `purpose`");
        } else {
            assert_eq!(label, "no `address`, `contact` or `purpose`");
        }
    }
    // In text, each with its file, line and column.
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    let slack = line_of_name(&toml, "Slack");
    assert!(
        run.stderr
            .contains(&format!("content/subprocessors.toml:{slack}:8")),
        "{}",
        run.stderr
    );
    // A build refuses to publish an annex that lacks them.
    site.build(&[]).expect_code(1);
}

/// Prints `page` to PDF with Chromium on the paper `size` (`None`: Chromium's default, Letter),
/// and returns its text per page (whitespace collapsed).
fn print(site: &Site, page: &Path, size: Option<&str>, name: &str) -> Vec<String> {
    let page = match size {
        None => page.to_path_buf(),
        Some(size) => {
            // The same annex, with a stylesheet that sets the paper size.
            let folder = page.parent().unwrap();
            std::fs::write(
                folder.join("paper.css"),
                format!("@page {{ size: {size}; }}\n"),
            )
            .unwrap();
            let html = std::fs::read_to_string(page).unwrap().replace(
                "<link rel=\"stylesheet\" href=\"print.css\" media=\"print\">",
                "<link rel=\"stylesheet\" href=\"print.css\" media=\"print\">\n<link rel=\"stylesheet\" href=\"paper.css\" media=\"print\">",
            );
            let copy = folder.join(format!("paper-{name}.html"));
            std::fs::write(&copy, html).unwrap();
            copy
        }
    };
    let pdf = site.path(&format!("{name}.pdf"));
    print_to_pdf(&page, &pdf, &site.path(&format!("profile-{name}")));
    if let Some(size) = size
        && Path::new("/usr/bin/pdfinfo").exists()
    {
        let info = std::process::Command::new("/usr/bin/pdfinfo")
            .arg(&pdf)
            .output()
            .unwrap();
        let info = String::from_utf8_lossy(&info.stdout);
        assert!(
            info.to_lowercase()
                .contains(&format!("({})", size.to_lowercase())),
            "{name}: not on {size}: {info}"
        );
    }
    let (text, _) = pdf_text(&pdf);
    text.split('\u{c}').map(str::to_string).collect()
}

/// Text as printed text is compared: without whitespace, the hyphens a line break may add or
/// pdftotext drop, bidirectional controls, brackets and punctuation (which pdftotext may move
/// around a right-to-left run) and, for Arabic, lam and alef (whose ligature pdftotext gives back
/// in the wrong order) and Arabic's vowel marks (which it may give back in another order).
fn squeeze(text: &str) -> String {
    text.chars()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(
                    c,
                    '-' | '\u{2010}'
                        | '\u{ad}'
                        | '\u{200e}'
                        | '\u{200f}'
                        | '\u{202a}'..='\u{202e}'
                        | '\u{2066}'..='\u{2069}'
                        | '(' | ')' | '.' | ',' | ':' | ';' | '\u{60c}' | '\u{61b}'
                        | '\u{644}' | '\u{627}' | '\u{623}' | '\u{625}' | '\u{622}'
                        | '\u{64b}'..='\u{652}'
                        | '\u{670}'
                )
        })
        .collect()
}

/// Prints the annex under `folder` on the paper `size` and asserts that every printed page says
/// what the annex says it is (its title, its language, the date and fingerprint of its
/// publication) and which page of how many, and that the PDF holds every sub-processor with
/// each fact the annex states of it, and every fact of Annex I.B. Returns the printed text.
fn assert_printed(site: &Site, out: &Path, folder: &str, size: Option<&str>) -> String {
    let html = annex(out, folder);
    let rtl = html.one("html").attr("dir") == Some("rtl");
    let identity = [
        html.text_of("h1"),
        fact(&html, "language"),
        fact(&html, "date"),
        fact(&html, "fingerprint"),
    ];
    let name = format!("{}-{}", folder.replace('/', "-"), size.unwrap_or("default"));
    let pages = print(
        site,
        &out.join(folder).join("annex/index.html"),
        size,
        &name,
    );
    let count = pages.len();
    assert!(count >= 2, "{name}: {count} pages");
    for (n, page) in pages.iter().enumerate() {
        let printed = squeeze(page);
        for part in &identity {
            assert!(
                printed.contains(&squeeze(part)),
                "{name}: page {} does not say `{part}`: {page}",
                n + 1
            );
        }
        // A right-to-left page's number reads "1 / 8" from the right.
        let numbered = format!("{}/{}", n + 1, count);
        let mirrored = format!("{count}/{}", n + 1);
        assert!(
            printed.contains(&numbered) || (rtl && printed.contains(&mirrored)),
            "{name}: page {} is not numbered {numbered}",
            n + 1
        );
    }
    let printed = squeeze(&pages.concat());
    // Whether the PDF holds `fact`. A right-to-left line comes out of pdftotext in the order it
    // is shown, not read, where it mixes directions: there, each word is looked for.
    let holds = |fact: &str| {
        if rtl {
            fact.split_whitespace()
                .all(|word| printed.contains(&squeeze(word)))
        } else {
            printed.contains(&squeeze(fact))
        }
    };
    let mut facts = 0;
    for li in html.all("ol.annex-entries > li") {
        let name_ = text(li.select(&common::sel("caption")).next().unwrap());
        assert!(holds(&name_), "{name}: `{name_}` not printed");
        for td in li.select(&common::sel("tr[data-fact] td")) {
            // A cell of several paragraphs or items is read paragraph by paragraph: pdftotext
            // need not keep them together.
            let blocks: Vec<String> = td.select(&common::sel("p, li")).map(text).collect();
            let blocks = if blocks.is_empty() {
                vec![text(td)]
            } else {
                blocks
            };
            for fact in blocks {
                assert!(holds(&fact), "{name}: {name_}'s `{fact}` not printed");
                facts += 1;
            }
        }
    }
    for li in html.all("#processing tr[data-fact] li") {
        let fact = text(li);
        assert!(holds(&fact), "{name}: `{fact}` not printed");
    }
    assert!(facts >= 50, "{name}: only {facts} facts");
    pages.join(" ")
}

#[test]
fn the_printed_annex_holds_every_fact_on_pages_that_each_say_whose_which_and_when() {
    if !tools_available() {
        return;
    }
    let site = site_with_annex_iii_facts();
    let out = site.public();
    for (words, aw) in languages() {
        for size in [None, Some("A4"), Some("Letter")] {
            let printed = assert_printed(&site, &out, words.lang, size);
            assert!(printed.contains(aw.title), "{}", words.lang);
            assert!(printed.contains(words.later_date), "{}", words.lang);
            for fact in [
                "aws-EU-privacy@amazon.com",
                aw.hosting,
                aw.united_states,
                aw.bcr,
                words.scc,
                words.two_years,
                "Frankfurt",
                "Kibana",
                aw.not_stated,
            ] {
                assert!(
                    printed.contains(fact),
                    "{}: `{fact}` not printed",
                    words.lang
                );
            }
        }
    }
    // An archived publication's annex prints as its own.
    let (before, _) = &history(&out)[history(&out).len() - 2];
    assert_printed(&site, &out, &format!("de/archive/{before}"), None);
}

#[test]
fn the_second_example_prints_its_annex_in_every_language_right_to_left_too() {
    if !tools_available() {
        return;
    }
    let site = two::built();
    let out = site.public();
    for w in two::LANGUAGES {
        assert_printed(&site, &out, w.tag, None);
    }
    assert_printed(&site, &out, "ar", Some("A4"));
}

#[test]
fn printed_pages_are_numbered_in_the_languages_digits() {
    // Persian writes its dates and numbers in its own digits; the number of a printed page too,
    // not "1 / 7" beside "۳۰ نوامبر ۲۰۲۶". Dutch, as every language writing Western digits,
    // is numbered in those.
    let site = Site::example();
    site.add_language_copied_from("en", "fa");
    site.build(&[]).success();
    let out = site.public();
    for (lang, style) in [("fa", "persian"), ("nl", "decimal")] {
        for css in [
            format!("{lang}/print.css"),
            format!("{lang}/annex/print.css"),
        ] {
            let css = std::fs::read_to_string(out.join(&css)).unwrap();
            let counter = format!("counter(page, {style}) \" / \" counter(pages, {style})");
            assert!(css.contains(&counter), "{lang}: {css}");
        }
    }
    if !tools_available() {
        return;
    }
    let pages = print(&site, &out.join("fa/annex/index.html"), None, "fa");
    let count = pages.len();
    let persian = |n: usize| -> String {
        n.to_string()
            .chars()
            .map(|d| char::from_u32(0x6F0 + d.to_digit(10).unwrap()).unwrap())
            .collect()
    };
    for (n, page) in pages.iter().enumerate() {
        let numbered = [
            format!("{}/{}", persian(n + 1), persian(count)),
            format!("{}/{}", persian(count), persian(n + 1)),
        ];
        let printed = squeeze(page);
        assert!(
            numbered.iter().any(|k| printed.contains(k)),
            "page {} of {count}: {page}",
            n + 1
        );
    }
}

#[test]
fn a_translated_annex_says_the_original_prevails_only_for_words_it_shows() {
    // The page's introduction to its sub-processors, reworded in English: no annex shows it,
    // and the annex controllers sign must not say that the English prevails over it. The
    // label of the countries of a sub-processor, which every annex shows, does; so does
    // "yes", in no section of the page. The heading of the page's table, whose id starts as
    // the annex's labels do, does not.
    for (message, was, now, in_annex, in_section) in [
        (
            "locales/en/chrome.ftl",
            "yes = Yes",
            "yes = Yes, it does",
            true,
            false,
        ),
        (
            "locales/en/sections.ftl",
            "subprocessor-name = Sub-processor",
            "subprocessor-name = The sub-processor",
            false,
            true,
        ),
        (
            "locales/en/sections.ftl",
            "we make sure they handle personal data properly and lawfully.",
            "we audit every year that they handle personal data properly and lawfully.",
            false,
            true,
        ),
        (
            "locales/en/sections.ftl",
            "subprocessor-countries = Where data is processed",
            "subprocessor-countries = Where the data is processed",
            true,
            true,
        ),
        // How the annex names the second publication, or revision, of a day.
        (
            "locales/en/changes.ftl",
            "(publication { $nth } of the day)",
            "(the day's publication { $nth })",
            true,
            false,
        ),
        (
            "locales/en/changes.ftl",
            "(revision { $nth } of the day)",
            "(the day's revision { $nth })",
            true,
            false,
        ),
    ] {
        let site = Site::example();
        site.replace(message, was, now);
        site.build(&[]).success();
        for lang in ["de", "nl"] {
            let annex = annex(&site.public(), lang);
            assert_eq!(
                annex.all(".stale-notice").len(),
                usize::from(in_annex),
                "{lang}: {now}"
            );
            // It speaks of the annex, which has no sections, not of "this section".
            if in_annex {
                let said = text(annex.one(".stale-notice"));
                let start = match lang {
                    "de" => "Diese Anlage wurde im Original geändert, seit sie übersetzt wurde.",
                    _ => "Deze bijlage is in het origineel gewijzigd sinds ze werd vertaald.",
                };
                assert!(said.starts_with(start), "{lang}: {said}");
            }
            // The page marks its section all the same ("yes" is in none, nor the names of a
            // day's publications).
            let page = site.page(lang);
            assert_eq!(
                page.all("#subprocessors .stale-notice").len(),
                usize::from(in_section),
                "{lang}: {now}"
            );
        }
    }
}

#[test]
fn the_annex_asks_whether_every_section_message_it_shows_is_stale() {
    // The built-in annex lists the starts of the messages it shows for `stale()`: a message of
    // a section of the page that it shows and does not list would be reworded in the original
    // with no word of it in a translated annex.
    let templates = Path::new(common::REPO).join("themes/default/templates");
    let annex = std::fs::read_to_string(templates.join("annex.html")).unwrap();
    let listed: Vec<String> = {
        let list = &annex[annex
            .find("stale(messages=[")
            .expect("the annex lists its messages")..];
        let list = &list[..list.find(']').unwrap()];
        list.split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    };
    for file in ["annex.html", "annex-subprocessors.html"] {
        let text = std::fs::read_to_string(templates.join(file)).unwrap();
        for call in text.split("key=\"").skip(1) {
            let key = &call[..call.find('"').unwrap()];
            // A key followed by `~` is the start of the ids it makes.
            let start = call[key.len() + 1..].trim_start().starts_with('~');
            assert!(
                listed.iter().any(|l| match l.ends_with('-') {
                    true => key.starts_with(l.as_str()),
                    false => !start && key == l,
                }),
                "{file} shows `{key}` and does not ask whether it is stale"
            );
        }
    }
}

#[test]
fn the_announced_subprocessors_are_numbered_on_from_the_engaged_ones() {
    // The second example announces Tracelight: its entry was numbered "1." again, under the
    // first of the engaged ones, in a document two parties sign.
    let site = two::built();
    let out = site.public();
    for w in two::LANGUAGES {
        let page = annex(&out, w.tag);
        let lists = page.all("ol.annex-entries");
        assert_eq!(lists.len(), 2, "{}", w.tag);
        let engaged = lists[0]
            .select(&scraper::Selector::parse(":scope > li").unwrap())
            .count();
        assert!(engaged > 1, "{}", w.tag);
        assert_eq!(lists[0].value().attr("start"), None, "{}", w.tag);
        assert_eq!(
            lists[1].value().attr("start"),
            Some((engaged + 1).to_string().as_str()),
            "{}",
            w.tag
        );
        // The heading of those announced is inside what print keeps with the first of them.
        assert_eq!(
            page.all(".annex-upcoming-intro > h3#upcoming-h").len(),
            1,
            "{}",
            w.tag
        );
    }
}

#[test]
fn a_printed_annex_names_the_addresses_it_is_checked_at_where_the_site_has_one() {
    // Its page and its canonical file were named by a title and a relative path only: a
    // signed paper copy had no address to be checked against.
    let site = Site::example();
    site.build(&["--locked"]).success();
    let bare = annex(&site.public(), "en");
    assert!(
        bare.all("[data-print]").is_empty(),
        "no address without `base-url`"
    );
    site.write(
        "candor.toml",
        &format!(
            "base-url = \"https://privacy.example.com/\"\n{}",
            site.read("candor.toml")
        ),
    );
    site.build(&["--locked"]).success();
    let out = site.public();
    let published = history(&out);
    let (first, _) = &published[0];
    for (folder, page) in [
        (
            "en".to_string(),
            "https://privacy.example.com/en/".to_string(),
        ),
        (
            format!("de/archive/{first}"),
            format!("https://privacy.example.com/de/archive/{first}/"),
        ),
    ] {
        let annex = annex(&out, &folder);
        let address = |fact: &str| {
            annex
                .one(&format!("tr[data-fact=\"{fact}\"] a"))
                .value()
                .attr("data-print")
                .map(str::to_string)
        };
        assert_eq!(address("page"), Some(page.clone()), "{folder}");
        let canonical = address("canonical").unwrap_or_default();
        assert!(
            canonical.starts_with("https://privacy.example.com/history/")
                && canonical.ends_with(".json"),
            "{folder}: {canonical}"
        );
        if folder != "en" {
            assert_eq!(
                canonical,
                format!("https://privacy.example.com/history/{first}.json")
            );
        }
        if crate::print::tools_available() {
            let printed = print(
                &site,
                &out.join(&folder).join("annex/index.html"),
                None,
                "addr",
            );
            // An address may wrap at the end of a line.
            let printed: String = printed.concat().split_whitespace().collect();
            assert!(printed.contains(&page), "{folder}: not printed: {page}");
        }
    }
}

/// Annex III said each sub-processor was listed "with its address, its contact and a description
/// of its processing" above fifteen entries that each said "Not stated" for all three (qa32): it
/// says so where they are stated, in every language.
#[test]
fn the_annex_promises_addresses_and_contacts_only_where_stated() {
    let site = Site::example();
    site.build(&["--locked"]).success();
    for (lang, said) in [
        ("en", "where stated."),
        ("de", "soweit angegeben."),
        ("nl", "voor zover vermeld."),
    ] {
        let annex = Page::read_file(
            &site.public().join(format!("{lang}/annex/index.html")),
            None,
        );
        for intro in [
            annex.text_of("section#subprocessors > p"),
            annex.text_of("[data-fact='subprocessors'] td"),
        ] {
            assert!(intro.ends_with(said), "{lang}: {intro}");
        }
    }
}

#[test]
fn a_site_of_no_subprocessors_says_it_engages_none_in_every_language() {
    // With every sub-processor removed the page said "Besides its hosting provider, Luscii
    // engages other sub-processors" and the annex "The 0 sub-processors that Luscii engages"
    // (qa103), in every language.
    let site = Site::example();
    site.write(
        "content/subprocessors.toml",
        "# Luscii engages no sub-processor.\n",
    );
    site.build_later(&[]).success();
    for (lang, body, intro, see) in [
        (
            "en",
            "Luscii engages no sub-processor to deliver its service.",
            "Luscii engages no sub-processor.",
            "None.",
        ),
        (
            "de",
            "Luscii setzt zur Erbringung der Dienstleistung keinen Unterauftragsverarbeiter ein.",
            "Luscii setzt keinen Unterauftragsverarbeiter ein.",
            "Keiner.",
        ),
        (
            "nl",
            "Luscii schakelt voor zijn dienstverlening geen subverwerker in.",
            "Luscii schakelt geen subverwerker in.",
            "Geen.",
        ),
    ] {
        let page = site.page(lang);
        assert_eq!(
            common::without_isolates(&page.text_of("#subprocessors-h + p")),
            body,
            "{lang}"
        );
        let annex = annex(&site.public(), lang);
        assert_eq!(
            common::without_isolates(&annex.text_of("#subprocessors-h + p")),
            intro,
            "{lang}"
        );
        assert_eq!(fact(&annex, "subprocessors"), see, "{lang}");
    }
}

#[test]
fn annex_i_b_states_the_frequency_nature_and_purposes_in_every_language() {
    // Annex I.B asks for the frequency of the transfer, the nature and the purposes of the
    // processing (issue 16); the annex had no row for them (qa104), nor the page a word of why.
    let site = two::built();
    for (lang, frequency, purpose, operation) in [
        (
            "en",
            "Continuous, for as long as the service is provided",
            "Running the customer's courses and keeping each learner's progress",
            "Recording live classes",
        ),
        (
            "de",
            "Fortlaufend, solange die Leistung erbracht wird",
            "Die Kurse des Kunden durchführen und den Lernfortschritt aller Lernenden festhalten",
            "Aufzeichnen des Live-Unterrichts",
        ),
        (
            "fr",
            "En continu, tant que le service est fourni",
            "Faire fonctionner les cours du client et garder la progression de chaque apprenant",
            "Enregistrement des cours en direct",
        ),
        (
            "fr-CA",
            "En continu, tant que le service est fourni",
            "Faire fonctionner les cours du client et garder la progression de chaque apprenant",
            "Enregistrement des cours en direct",
        ),
        (
            "ar",
            "بصورة مستمرة طوال مدة تقديم الخدمة",
            "تشغيل دورات العميل وحفظ تقدّم كل متعلّم",
            "تسجيل الحصص المباشرة",
        ),
    ] {
        let annex = annex(&site.public(), lang);
        assert_eq!(fact(&annex, "frequency"), frequency, "{lang}");
        let purposes = texts(&annex, "#processing tr[data-fact='purposes'] li");
        assert_eq!(purposes.len(), 3, "{lang}: {purposes:?}");
        assert_eq!(common::without_isolates(&purposes[0]), purpose, "{lang}");
        let operations = texts(&annex, "#processing tr[data-fact='operations'] li");
        assert_eq!(operations.len(), 5, "{lang}: {operations:?}");
        assert_eq!(operations[2], operation, "{lang}");
        // The page says why too.
        let page = Page::read(&site.public(), lang);
        let listed: Vec<String> = texts(&page, "section#processing li")
            .iter()
            .map(|t| common::without_isolates(t))
            .collect();
        assert!(listed.iter().any(|t| t == purpose), "{lang}: {listed:?}");
    }
    // The reference page Luscii's example models states none of them: its annex says so in
    // each row.
    let luscii = Site::example();
    luscii.build(&["--locked"]).success();
    for (words, annex_words) in languages() {
        let annex = annex(&luscii.public(), words.lang);
        for row in ["frequency", "operations", "purposes"] {
            assert_eq!(
                fact(&annex, row),
                annex_words.not_stated,
                "{} {row}",
                words.lang
            );
        }
    }
    // Where the annex serves as Annex I.B, each is needed, at the processing's file.
    luscii.replace(
        "candor.toml",
        "[subprocessors]",
        "[annex]\nannex-i-b = true\n\n[subprocessors]",
    );
    let run = luscii.build(&[]);
    run.expect_code(1);
    let said = common::compact(&run.stderr);
    assert!(
        said.contains(&common::compact(
            "the processing lacks what Annex I.B lists: `purposes`, `operations`, `frequency` \
             are not given"
        )),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("content/processing.toml:"),
        "{}",
        run.stderr
    );
}
