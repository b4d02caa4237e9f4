//! The language list (`index.html`), read back from both examples: it speaks the source language,
//! and each entry speaks its own, marked up as such (`lang`, `dir`): the language's name in
//! itself, the site's title in it, and the date of the last change in its long format. Its links,
//! like every language link, name the file, so that they open the page from disk.

use crate::common::{self, Page, Site, text};
use crate::second_example;

/// One entry as the list must show it: its tag, direction, name, title and last-change line.
struct Entry {
    tag: &'static str,
    dir: &'static str,
    name: &'static str,
    title: &'static str,
    changed: &'static str,
}

#[track_caller]
fn assert_list(site: &Site, source: &str, org: &str, entries: &[Entry]) {
    let index = site.index();
    assert_eq!(
        index.html_lang(),
        source,
        "the list speaks the source language"
    );
    assert_eq!(index.text_of("h1"), org);
    let items = index.all("main ul.language-choice > li");
    assert_eq!(items.len(), entries.len());
    for (li, want) in items.into_iter().zip(entries) {
        let tag = want.tag;
        assert_eq!(li.attr("lang"), Some(tag));
        assert_eq!(li.attr("dir"), Some(want.dir), "{tag}");
        let a = li
            .select(&common::sel("a"))
            .next()
            .unwrap_or_else(|| panic!("{tag}: no link"));
        let href = format!("{tag}/index.html");
        assert_eq!(a.attr("href"), Some(href.as_str()));
        assert_eq!(a.attr("hreflang"), Some(tag));
        assert!(site.public().join(&href).is_file(), "{href} is not a file");
        let part = |class: &str| {
            text(
                li.select(&common::sel(class))
                    .next()
                    .unwrap_or_else(|| panic!("{tag}: no {class}")),
            )
        };
        assert_eq!(part(".language-name"), want.name, "{tag}");
        assert_eq!(part(".language-title"), want.title, "{tag}");
        let time = li.select(&common::sel("time")).next().expect("a <time>");
        assert_eq!(time.attr("datetime"), Some("2026-11-30"), "{tag}");
        assert_eq!(text(time), want.changed, "{tag}");
        // The link leads to the page in that language.
        assert_eq!(site.page(tag).html_lang(), tag);
    }
    // The page's own title is the source language's (the first entry's).
    assert_eq!(index.text_of("title"), entries[0].title);
}

#[test]
fn the_language_list_names_each_language_its_title_and_date_in_that_language() {
    let site = Site::example();
    site.build(&["--locked"]).success();
    assert_list(
        &site,
        "en",
        "Luscii",
        &[
            Entry {
                tag: "en",
                dir: "ltr",
                name: "English",
                title: "Luscii: how we handle your data",
                changed: "Last modified: 30 November 2026",
            },
            Entry {
                tag: "de",
                dir: "ltr",
                name: "Deutsch",
                title: "Luscii: So gehen wir mit Ihren Daten um",
                changed: "Zuletzt geändert: 30. November 2026",
            },
            Entry {
                tag: "nl",
                dir: "ltr",
                name: "Nederlands",
                title: "Luscii: zo gaan wij om met uw gegevens",
                changed: "Laatst gewijzigd: 30 november 2026",
            },
        ],
    );
}

#[test]
fn the_second_examples_list_has_arabic_right_to_left_and_canadian_french() {
    let site = second_example::built();
    let org = "Tessel Learning (fictional)";
    assert_list(
        &site,
        "en",
        org,
        &[
            Entry {
                tag: "en",
                dir: "ltr",
                name: "English",
                title: "Tessel Learning (fictional): how we handle your data",
                changed: "Last modified: 30 November 2026",
            },
            Entry {
                tag: "de",
                dir: "ltr",
                name: "Deutsch",
                title: "Tessel Learning (fictional): So gehen wir mit Ihren Daten um",
                changed: "Zuletzt geändert: 30. November 2026",
            },
            Entry {
                tag: "fr",
                dir: "ltr",
                name: "Français",
                title: "Tessel Learning (fictional) : comment nous traitons vos données",
                changed: "Dernière modification : 30 novembre 2026",
            },
            Entry {
                tag: "ar",
                dir: "rtl",
                name: "العربية",
                title: "Tessel Learning (fictional): كيف نتعامل مع بياناتكم",
                changed: "آخر تعديل: 30 نوفمبر 2026",
            },
            Entry {
                tag: "fr-CA",
                dir: "ltr",
                name: "Français canadien",
                title: "Tessel Learning (fictional) : comment nous traitons vos données",
                changed: "Dernière modification : 30 novembre 2026",
            },
        ],
    );
}

#[test]
fn every_language_link_names_a_file_that_opens_from_disk() {
    let site = second_example::built();
    let out = site.public();
    let mut checked = 0;
    for path in common::html_files(&out) {
        let page = Page::read_file(&path, None);
        for a in page.all("a[hreflang], link[rel=alternate][hreflang]") {
            let href = a.attr("href").expect("a link has an address");
            let file = href.split('#').next().unwrap_or_default();
            assert!(
                file.ends_with("index.html"),
                "{}: `{href}` names a folder",
                path.display()
            );
            let target = path.parent().unwrap().join(file);
            assert!(
                target.is_file(),
                "{}: `{href}` leads nowhere",
                path.display()
            );
            checked += 1;
        }
    }
    assert!(checked > 100, "{checked} links");
}
