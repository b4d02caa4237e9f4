//! `candor review`: what legal reads before publishing, as a redline, in every language: the
//! built review pages read back.

use std::path::PathBuf;

use crate::common;

use common::{Page, Site, candor, text};

/// Runs `candor review` on `site` a month after the example's last publication; the review
/// folder.
fn review(site: &Site) -> PathBuf {
    let out = site.path("review");
    candor(
        &["review", &site.arg(), "--out", out.to_str().unwrap()],
        &[("SOURCE_DATE_EPOCH", common::LATER_EPOCH)],
    )
    .success();
    out
}

/// The texts of the elements matching `selector`, in page order.
fn texts(page: &Page, selector: &str) -> Vec<String> {
    page.all(selector).into_iter().map(text).collect()
}

/// A retention period changed, the English sentence reworded with it and the German one
/// reviewed; the Dutch one is now out of date, so its page says so above the section.
fn retention_changed_with_dutch_out_of_date() -> Site {
    let site = Site::example();
    site.replace("content/retention.toml", "count = 2", "count = 3");
    site.replace(
        "locales/en/sections.ftl",
        "retention-body = By default, { $org } keeps",
        "retention-body = Unless agreed otherwise, { $org } keeps",
    );
    site.replace(
        "locales/de/sections.ftl",
        "retention-body = Standardmäßig bewahrt",
        "retention-body = Sofern nicht anders vereinbart, bewahrt",
    );
    candor(&["mark-reviewed", &site.arg(), "--locale", "de"], &[]).success();
    site
}

#[test]
fn a_notice_is_never_compared_with_the_content_it_stands_above() {
    let site = retention_changed_with_dutch_out_of_date();
    let out = review(&site);
    let nl = Page::read(&out, "nl");
    let notice = nl.one("#retention .stale-notice");
    assert!(
        text(notice).starts_with("Deze sectie is in het origineel gewijzigd"),
        "{}",
        notice.html()
    );
    assert!(
        notice.select(&common::sel("ins, del")).next().is_none(),
        "the notice is shown as it is, not as an edit of the paragraph: {}",
        notice.html()
    );
    // Every mark is inside a block of the page: nothing struck stands on its own.
    for mark in nl.all("main del, main ins") {
        let parent = mark.parent().and_then(scraper::ElementRef::wrap).unwrap();
        assert!(
            !["section", "main", "div"].contains(&parent.value().name()),
            "a stray mark: {}",
            parent.html()
        );
    }
    // The Dutch words did not change; only the period did.
    assert_eq!(texts(&nl, "#retention del, #retention ins"), ["2", "3"]);
    // English: the reworded sentence and the period, each shown as a reader compares them.
    let en = Page::read(&out, "en");
    assert_eq!(
        texts(&en, "#retention del, #retention ins"),
        ["By default,", "Unless agreed otherwise,", "2", "3"]
    );
    let de = Page::read(&out, "de");
    assert_eq!(
        texts(&de, "#retention del, #retention ins"),
        ["Standardmäßig", "Sofern nicht anders vereinbart,", "2", "3"]
    );
}

#[test]
fn single_values_are_shown_whole_old_then_new() {
    let site = Site::example();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Amazon Web Services (AWS)\"\npersonal-data = true\noutside-eea = false\nsecurity = \"https://aws.amazon.com/products/security/\"",
        "name = \"Amazon Web Services (AWS)\"\npersonal-data = false\noutside-eea = false",
    );
    let out = review(&site);
    for (lang, personal, security, date) in [
        (
            "en",
            ["Yes", "No"],
            "Not published",
            ["30 November 2026", "1 January 2027"],
        ),
        (
            "de",
            ["Ja", "Nein"],
            "Nicht veröffentlicht",
            ["30. November 2026", "1. Januar 2027"],
        ),
        (
            "nl",
            ["Ja", "Nee"],
            "Niet gepubliceerd",
            ["30 november 2026", "1 januari 2027"],
        ),
    ] {
        let page = Page::read(&out, lang);
        let cells: Vec<Vec<String>> = page
            .all("#subprocessor-amazon-web-services-aws td")
            .into_iter()
            .map(|td| td.select(&common::sel("del, ins")).map(text).collect())
            .filter(|marks: &Vec<String>| !marks.is_empty())
            .collect();
        assert_eq!(cells.len(), 2, "{lang}: {cells:?}");
        assert_eq!(cells[0], personal, "{lang}");
        // The link as it was, struck whole, then the words that replace it.
        assert!(
            cells[1][0].starts_with("aws.amazon.com") && cells[1][1] == security,
            "{lang}: {cells:?}"
        );
        // The date of the page: the old one, then the new one, each whole.
        let stamp: Vec<String> = texts(&page, ".stamp del, .stamp ins");
        assert_eq!(stamp.len(), 2, "{lang}: {stamp:?}");
        assert!(
            stamp[0].contains(date[0]) && stamp[1].contains(date[1]),
            "{lang}: {stamp:?}"
        );
    }
}
