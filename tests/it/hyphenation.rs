//! Long words carry soft hyphens (U+00AD) where their language's TeX patterns allow a break, so
//! that a German or Dutch compound breaks with a hyphen in a narrow column even in a browser
//! without a hyphenation dictionary; only in the text of pages, in the language of the element it
//! is in, never in markup, attributes, code, the machine-readable files, the feeds or the record.

use std::path::Path;

use scraper::{ElementRef, Html};

use crate::common::{self, Page, Site};
use crate::second_example;

const SHY: char = '\u{ad}';

/// The words `word` is made of, joined by soft hyphens.
fn hyphenated(syllables: &[&str]) -> String {
    syllables.join("\u{ad}")
}

/// Every text node of `html` with the language it is in (its nearest `lang`) and whether an
/// element it is in shows text verbatim (`code`, `title`).
fn texts(html: &Html) -> Vec<(String, String, bool)> {
    let mut out = Vec::new();
    for node in html.root_element().descendants() {
        let Some(text) = node.value().as_text() else {
            continue;
        };
        let ancestors: Vec<ElementRef> = node.ancestors().filter_map(ElementRef::wrap).collect();
        let lang = ancestors
            .iter()
            .find_map(|e| e.attr("lang"))
            .unwrap_or_default()
            .to_string();
        let verbatim = ancestors
            .iter()
            .any(|e| matches!(e.value().name(), "code" | "title" | "pre" | "style"));
        out.push((text.to_string(), lang, verbatim));
    }
    out
}

/// No attribute of any element of `page` holds a soft hyphen, nor any code or title.
#[track_caller]
fn assert_markup_untouched(page: &Page) {
    for el in page.html.root_element().descendent_elements() {
        for (name, value) in el.value().attrs() {
            assert!(
                !value.contains(SHY),
                "{}: <{} {name}=\"{value}\"> holds a soft hyphen",
                page.path.display(),
                el.value().name()
            );
        }
    }
    for (text, _, verbatim) in texts(&page.html) {
        assert!(
            !(verbatim && text.contains(SHY)),
            "{}: verbatim text `{text}` holds a soft hyphen",
            page.path.display()
        );
    }
}

/// Every file of the built site but its pages, which must hold no soft hyphen: the content has
/// none, and nothing but pages gets them.
#[track_caller]
fn assert_no_soft_hyphen_outside_pages(out: &Path) {
    let files = common::tree(out);
    let others: Vec<_> = files
        .iter()
        .filter(|(p, _)| p.extension().is_none_or(|e| e != "html"))
        .collect();
    assert!(others.len() > 10, "{} files", others.len());
    for (path, bytes) in others {
        let text = String::from_utf8_lossy(bytes);
        assert!(
            !text.contains(SHY) && !text.contains("&shy;") && !text.contains("&#xad;"),
            "{} holds a soft hyphen",
            path.display()
        );
    }
}

#[test]
fn german_and_dutch_compounds_break_at_their_syllables_in_text_only() {
    let site = Site::example();
    // `--locked`: the record is what it was; soft hyphens never enter it.
    site.build(&["--locked"]).success();
    let de = site.page("de");
    let nl = site.page("nl");
    for (page, words) in [
        (
            &de,
            vec![
                hyphenated(&["Un", "ter", "auf", "trags", "ver", "ar", "bei", "ter"]),
                hyphenated(&["Stan", "dard", "ver", "trags", "klau", "seln"]),
            ],
        ),
        (
            &nl,
            vec![
                hyphenated(&["per", "soons", "ge", "ge", "vens"]),
                hyphenated(&["Stan", "daard", "con", "tract", "be", "pa", "lin", "gen"]),
            ],
        ),
    ] {
        for word in words {
            let bare = word.replace(SHY, "");
            let prose: Vec<String> = texts(&page.html)
                .into_iter()
                .filter(|(text, _, verbatim)| !verbatim && text.replace(SHY, "").contains(&bare))
                .map(|(text, _, _)| text)
                .collect();
            assert!(!prose.is_empty(), "{}: no `{bare}`", page.path.display());
            // Without its soft hyphens, the text is the words as written.
            assert!(common::text(page.one("main")).contains(&bare));
            for text in prose {
                assert!(
                    text.contains(&word),
                    "{}: `{bare}` not hyphenated as `{}` in `{text}`",
                    page.path.display(),
                    word.replace(SHY, "-")
                );
            }
        }
    }
    // Short words stay whole; the page's words are otherwise as written.
    assert!(de.source.contains(">Deutsch<") && !de.source.contains("Deutsch\u{ad}"));
    for path in common::html_files(&site.public()) {
        assert_markup_untouched(&Page::read_file(&path, None));
    }
    assert_no_soft_hyphen_outside_pages(&site.public());
}

#[test]
fn each_text_is_hyphenated_in_its_own_language_and_arabic_in_none() {
    let site = second_example::built();
    let ar = site.page("ar");
    let arabic: Vec<String> = texts(&ar.html)
        .into_iter()
        .filter(|(_, lang, _)| lang == "ar")
        .map(|(text, _, _)| text)
        .collect();
    assert!(arabic.len() > 50);
    assert!(
        arabic.iter().all(|t| !t.contains(SHY)),
        "Arabic has no hyphenation patterns: nothing is inserted"
    );
    // Canadian French uses French patterns; so does the French page.
    for lang in ["fr", "fr-CA"] {
        let page = site.page(lang);
        assert_eq!(page.html_lang(), lang);
        assert!(
            page.source
                .contains(&hyphenated(&["confi", "den", "tia", "li", "té"])),
            "{lang}: `confidentialité` not hyphenated by French patterns"
        );
    }
    // The language list: each entry in its own language's patterns, Arabic in none.
    let index = site.index();
    for (text, lang, _) in texts(&index.html) {
        if lang == "ar" {
            assert!(!text.contains(SHY), "{text}");
        }
    }
    for path in common::html_files(&site.public()) {
        assert_markup_untouched(&Page::read_file(&path, None));
    }
    assert_no_soft_hyphen_outside_pages(&site.public());
}

/// What `page` in `candor::render::hyphenate` does, done the slow way: every text node as
/// lol_html's HTML parser reads it, hyphenated in the language of its nearest `lang`, unless an
/// element it is in shows text verbatim. The scan that candor uses must agree with it on every
/// page it builds.
fn hyphenated_by_a_parser(html: &str) -> String {
    use candor::render::hyphenate::{patterns, text_in};
    use lol_html::html_content::ContentType;
    use lol_html::{RewriteStrSettings, doc_text, element, end_tag, rewrite_str};
    use std::cell::RefCell;
    use std::rc::Rc;

    type Open = Vec<(String, Option<hypher::Lang>, bool)>;
    const VERBATIM: &[&str] = &[
        "code", "pre", "kbd", "samp", "var", "title", "script", "style", "textarea", "svg", "math",
    ];
    let open: Rc<RefCell<Open>> = Rc::default();
    let text = RefCell::new(String::new());
    let top = |open: &Open| open.last().map(|(_, l, v)| (*l, *v)).unwrap_or_default();
    let settings = RewriteStrSettings::new()
        .append_element_content_handler(element!("*", |el| {
            if !el.can_have_content() {
                return Ok(());
            }
            let name = el.tag_name();
            let (lang, verbatim) = top(&open.borrow());
            let lang = el.get_attribute("lang").map_or(lang, |l| patterns(&l));
            let verbatim = verbatim
                || VERBATIM.contains(&name.as_str())
                || el.get_attribute("translate").as_deref() == Some("no");
            open.borrow_mut().push((name.clone(), lang, verbatim));
            let open = open.clone();
            if let Some(handlers) = el.end_tag_handlers() {
                handlers.push(end_tag!(move |_| {
                    let mut open = open.borrow_mut();
                    if let Some(at) = open.iter().rposition(|(n, _, _)| *n == name) {
                        open.truncate(at);
                    }
                    Ok(())
                }));
            }
            Ok(())
        }))
        .append_document_content_handler(doc_text!(|chunk| {
            let (lang, verbatim) = top(&open.borrow());
            let Some(lang) = lang.filter(|_| !verbatim) else {
                return Ok(());
            };
            let mut whole = text.borrow_mut();
            whole.push_str(chunk.as_str());
            if chunk.last_in_text_node() {
                let hyphenated = text_in(&whole, lang);
                whole.clear();
                chunk.replace(&hyphenated, ContentType::Html);
            } else {
                chunk.remove();
            }
            Ok(())
        }));
    rewrite_str(html, settings).expect("a page candor built reads as HTML")
}

/// The words a built site keeps whole: those of the names it states, today (`data.json`) and in
/// each publication (`history/*.json`).
fn names_of(out: &Path) -> candor::render::hyphenate::Whole {
    fn collect(value: &serde_json::Value, key: &str, names: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    collect(v, k, names);
                }
            }
            serde_json::Value::Array(items) => {
                for item in items {
                    collect(item, key, names);
                }
            }
            serde_json::Value::String(text)
                if ["name", "address", "provider", "city", "monitoring"].contains(&key) =>
            {
                names.push(text.clone());
            }
            _ => {}
        }
    }
    let mut files = vec![out.join("data.json")];
    for entry in std::fs::read_dir(out.join("history")).unwrap() {
        files.push(entry.unwrap().path());
    }
    let mut names = Vec::new();
    for file in files {
        let value: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
        collect(&value, "", &mut names);
    }
    assert!(
        names
            .iter()
            .any(|n| n == "Productboard" || n == "Streamvale")
    );
    candor::render::hyphenate::Whole::of(names.iter().map(String::as_str))
}

#[test]
fn the_scan_finds_the_text_of_every_page_as_an_html_parser_does() {
    let first = Site::example();
    first.build(&["--locked"]).success();
    let second = second_example::built();
    let mut pages = 0;
    for site in [&first, &second] {
        let whole = names_of(&site.public());
        for path in common::html_files(&site.public()) {
            let built = std::fs::read_to_string(&path).unwrap();
            let bare = built.replace(SHY, "");
            let scanned = candor::render::hyphenate::page(&bare);
            assert!(
                scanned == hyphenated_by_a_parser(&bare),
                "{}: the scan and the parser hyphenate different text",
                path.display()
            );
            // Every page but the annex, which keeps its words as written, is the page scanned,
            // the site's names kept whole.
            if path.ends_with("annex/index.html") {
                assert_eq!(bare, built, "{}", path.display());
            } else {
                let kept = candor::render::hyphenate::page_with(&bare, &[], &whole);
                assert_eq!(kept, built, "{}", path.display());
            }
            // "Productboard" is a name, not an English or German word: it never breaks.
            assert!(!built.contains("Pro\u{ad}duct"), "{}", path.display());
            pages += 1;
        }
    }
    assert!(pages > 40, "{pages} pages");
}

#[test]
fn the_annex_keeps_its_words_as_written_so_its_printed_copy_is_found_by_them() {
    // The annex is printed, signed and searched: a PDF keeps a soft hyphen in its text even
    // where no line breaks, so a search for a word it holds would not find it.
    let site = Site::example();
    site.build(&["--locked"]).success();
    let out = site.public();
    let annexes: Vec<_> = common::html_files(&out)
        .into_iter()
        .filter(|p| p.ends_with("annex/index.html"))
        .collect();
    // Each language's annex and each archived publication's.
    assert!(annexes.len() >= 6, "{annexes:?}");
    for path in &annexes {
        let source = std::fs::read_to_string(path).unwrap();
        assert!(
            !source.contains(SHY),
            "{} holds a soft hyphen",
            path.display()
        );
    }
    // The German annex's title is one long compound, as written.
    let de = Page::read_file(&out.join("de/annex/index.html"), None);
    assert!(
        de.text_of("h1").contains("Auftragsverarbeitungsvertrag"),
        "{}",
        de.text_of("h1")
    );
    // The page itself still breaks long words at their syllables.
    assert!(site.page("de").source.contains(SHY));
    if !crate::print::tools_available() {
        return;
    }
    let pdf = site.path("annex-de.pdf");
    crate::print::print_to_pdf(
        &out.join("de/annex/index.html"),
        &pdf,
        &site.path("profile-annex"),
    );
    let text = std::process::Command::new("/usr/bin/pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("run pdftotext")
        .stdout;
    let text = String::from_utf8(text).expect("UTF-8 text");
    assert!(
        !text.contains(SHY),
        "the printed annex's text holds soft hyphens"
    );
    for word in ["Auftragsverarbeitungsvertrag", "Unterauftragsverarbeiter"] {
        assert!(
            text.contains(word),
            "`{word}` not found in the printed annex"
        );
    }
}

#[test]
fn a_link_s_host_is_never_hyphenated() {
    // qa77: the table's link to Productboard's security page read `pro­duct­board.<wbr>com`, and
    // a narrow column broke it as "product-" / "board.com": another address, with invisible
    // characters in what a reader copies. A host may break after a dot only.
    let site = Site::example();
    site.build(&[]).success();
    for lang in ["en", "de", "nl"] {
        let page = site.page(lang);
        let hosts: Vec<String> = page
            .all("table.subprocessors a[href^='https://'] bdi")
            .into_iter()
            .map(|bdi| bdi.inner_html())
            .collect();
        assert!(
            hosts.contains(&"<span translate=\"no\">productboard.<wbr>com</span>".to_string()),
            "{lang}: {hosts:?}"
        );
        for host in &hosts {
            assert!(!host.contains(SHY), "{lang}: {host:?}");
        }
    }
}
