//! `candor review`: what legal reads before publishing, as a redline, in every language: the
//! built review pages read back.

use std::path::PathBuf;

use crate::common;

use common::{Page, Site, candor, text};

/// Runs `candor review` on `site` a month after the example's last publication; the review
/// folder.
fn review(site: &Site) -> PathBuf {
    review_at(site, common::LATER_EPOCH)
}

/// [`review`] as on the day of `epoch` (a SOURCE_DATE_EPOCH).
fn review_at(site: &Site, epoch: &str) -> PathBuf {
    let out = site.path("review");
    candor(
        &["review", &site.arg(), "--out", out.to_str().unwrap()],
        &[("SOURCE_DATE_EPOCH", epoch)],
    )
    .success();
    out
}

/// The texts of the elements matching `selector`, in page order.
fn texts(page: &Page, selector: &str) -> Vec<String> {
    page.all(selector).into_iter().map(text).collect()
}

/// The language `el`'s words are read in: its own `lang`, or its nearest ancestor's.
fn lang_of(el: scraper::ElementRef<'_>) -> String {
    std::iter::once(el)
        .chain(el.ancestors().filter_map(scraper::ElementRef::wrap))
        .find_map(|e| e.value().attr("lang"))
        .unwrap_or_default()
        .to_string()
}

/// Each `<del>` and `<ins>` of `page` whose text holds `words`, with the language it is read in.
fn marked_langs(page: &Page, words: &str) -> Vec<(String, String)> {
    page.all("del, ins")
        .into_iter()
        .filter(|el| text(*el).contains(words))
        .map(|el| (el.value().name().to_string(), lang_of(el)))
        .collect()
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
fn a_stale_notice_is_marked_whole_never_as_an_edit_of_the_content_it_stands_above() {
    let site = retention_changed_with_dutch_out_of_date();
    let out = review(&site);
    let nl = Page::read(&out, "nl");
    let notice = nl.one("#retention .stale-notice");
    assert!(
        text(notice).contains("Deze sectie is in het origineel gewijzigd"),
        "{}",
        notice.html()
    );
    // New on the page: added whole, nothing of it struck, nothing of the paragraph in it.
    assert_eq!(
        notice.attr("data-review"),
        Some("added"),
        "{}",
        notice.html()
    );
    assert!(
        notice.select(&common::sel("del")).next().is_none(),
        "the notice is shown as new, not as an edit of the paragraph: {}",
        notice.html()
    );
    assert!(!text(notice).contains("bewaart"), "{}", notice.html());
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
    let outside_the_notice =
        "#retention > :not(.stale-notice) del, #retention > :not(.stale-notice) ins";
    assert_eq!(texts(&nl, outside_the_notice), ["2", "3"]);
    // English: the reworded sentence and the period, each shown as a reader compares them;
    // the comma after the reworded words stays, unmarked.
    let en = Page::read(&out, "en");
    assert_eq!(
        texts(&en, "#retention del, #retention ins"),
        ["By default", "Unless agreed otherwise", "2", "3"]
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

#[test]
fn each_languages_summary_lists_the_changes_its_page_shows() {
    // The breach deadline changed (a fact, on every page) and the English retention sentence
    // was reworded, untranslated: only the English page shows the new words.
    let site = Site::example();
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 48",
    );
    site.replace(
        "locales/en/sections.ftl",
        "retention-body = By default, { $org } keeps",
        "retention-body = Unless agreed otherwise, { $org } keeps",
    );
    let out = review(&site);
    for (lang, items) in [
        (
            "en",
            vec![
                "A personal data breach is now notified, where feasible, within 48 hours instead of 24 hours",
                "Reworded: How long does Luscii keep personal data?",
            ],
        ),
        (
            "de",
            vec![
                "Eine Verletzung des Schutzes personenbezogener Daten wird jetzt nach Möglichkeit innerhalb von 48 Stunden statt 24 Stunden gemeldet",
                "Im Original neu formuliert, in dieser Übersetzung noch nicht: Wie lange bewahrt Luscii personenbezogene Daten auf?",
            ],
        ),
        (
            "nl",
            vec![
                "Een inbreuk in verband met persoonsgegevens wordt nu zo mogelijk binnen 48 uur gemeld in plaats van binnen 24 uur",
                "In het origineel anders geformuleerd, in deze vertaling nog niet: Hoe lang bewaart Luscii persoonsgegevens?",
            ],
        ),
    ] {
        let page = Page::read(&out, lang);
        assert_eq!(texts(&page, ".review-summary li"), items, "{lang}");
        // Every entry leads to a place on the page that shows a change.
        for link in page.all(".review-summary li") {
            let a = link
                .select(&common::sel("a[href^='#']"))
                .next()
                .unwrap_or_else(|| panic!("{lang}: an entry is no link: {}", link.html()));
            let id = &a.attr("href").unwrap()[1..];
            let target = page.one(&format!("[id='{id}']"));
            assert!(
                target.select(&common::sel("ins, del")).next().is_some(),
                "{lang}: #{id} shows no change"
            );
        }
        // The retention words changed only in English; the translations' pages gain the
        // notice that the original prevails there.
        let marked = !page
            .all("#retention > :not(.stale-notice) ins, #retention > :not(.stale-notice) del")
            .is_empty();
        assert_eq!(marked, lang == "en", "{lang}: the retention words");
        let notice = page.all("#retention .stale-notice[data-review=added]");
        assert_eq!(
            notice.len(),
            usize::from(lang != "en"),
            "{lang}: the notice"
        );
    }
}

#[test]
fn changed_rows_and_sections_are_marked_in_the_margin_in_words() {
    let site = Site::example();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Hubspot\"\npersonal-data = true",
        "name = \"Hubspot\"\npersonal-data = false",
    );
    let out = review(&site);
    for (lang, changed) in [("en", "Changed"), ("de", "Geändert"), ("nl", "Gewijzigd")] {
        let page = Page::read(&out, lang);
        let row = page.one("tr[data-review='changed']");
        assert_eq!(row.attr("id"), Some("subprocessor-hubspot"), "{lang}");
        // In words, read with the row's header (not by colour alone).
        assert_eq!(
            texts(&page, "tr#subprocessor-hubspot th .review-margin"),
            [changed],
            "{lang}"
        );
        // The sub-processors' section, and the summary, whose date of the last change moves.
        let sections: Vec<_> = page
            .all("section[data-review-section]")
            .into_iter()
            .map(|s| s.attr("id").unwrap_or_default().to_string())
            .collect();
        assert_eq!(sections, ["summary", "subprocessors"], "{lang}");
        assert_eq!(
            texts(&page, "#subprocessors-h .review-margin"),
            [changed],
            "{lang}"
        );
    }
}

#[test]
fn a_review_page_says_it_is_a_draft_in_its_title_to_robots_and_on_every_printed_page() {
    let published = Site::example();
    let unchanged = review(&published);
    let site = Site::example();
    site.replace("content/retention.toml", "count = 2", "count = 3");
    let out = review(&site);
    for (lang, draft, day) in [
        (
            "en",
            "Draft for review: not published.",
            "Dated as if published on 1 January 2027. Its fingerprint is this draft's: the publication has its own, as a fingerprint also covers the moment of publication.",
        ),
        (
            "de",
            "Entwurf zur Prüfung: nicht veröffentlicht.",
            "Datiert, als würde es am 1. Januar 2027 veröffentlicht. Sein Fingerabdruck ist der dieses Entwurfs: Die Veröffentlichung hat ihren eigenen, da ein Fingerabdruck auch den Zeitpunkt der Veröffentlichung umfasst.",
        ),
        (
            "nl",
            "Concept ter beoordeling: niet gepubliceerd.",
            "Gedateerd alsof het op 1 januari 2027 wordt gepubliceerd. De vingerafdruk is die van dit concept: de publicatie krijgt een eigen vingerafdruk, want die omvat ook het moment van publicatie.",
        ),
    ] {
        // The review page, and the documents of the publication under review beside it: its
        // annex (which names a fingerprint, and is printed to be signed) and their copies in
        // the archive. None may pass for a publication.
        let under_review = common::LATER_DATE_ISO;
        for document in [
            "index.html".to_string(),
            "annex/index.html".to_string(),
            "changes/index.html".to_string(),
            "archive/index.html".to_string(),
            format!("archive/{under_review}/index.html"),
            format!("archive/{under_review}/annex/index.html"),
        ] {
            let page = Page::read_file(&out.join(lang).join(&document), Some(lang));
            assert!(
                page.text_of("title").starts_with(draft),
                "{lang} {document}: {}",
                page.text_of("title")
            );
            assert_eq!(
                page.one("meta[name='robots']").attr("content"),
                Some("noindex"),
                "{lang} {document}"
            );
            assert_eq!(page.text_of(".review-draft"), draft, "{lang} {document}");
            // Its date and fingerprint are those of a publication on the day it was reviewed:
            // signed, and published another day, they would not match.
            assert_eq!(page.text_of(".review-day"), day, "{lang} {document}");
            // Of a publication made already, its date and fingerprint are what they are.
            let made = document.replace(under_review, "2026-11-30");
            let made = Page::read_file(&unchanged.join(lang).join(made), Some(lang));
            assert_eq!(made.text_of(".review-draft"), draft, "{lang} {document}");
            assert!(made.all(".review-day").is_empty(), "{lang} {document}");
        }
        // qa92: the copies of the publications before, the last saying "Superseded on
        // 1 January 2027", which is true only once the build is made, were not marked.
        for earlier in ["2022-03-10", "2025-10-30", "2026-11-30"] {
            for document in ["index.html", "annex/index.html"] {
                let path = out.join(lang).join("archive").join(earlier).join(document);
                let page = Page::read_file(&path, Some(lang));
                assert!(
                    page.text_of("title").starts_with(draft),
                    "{}: {}",
                    path.display(),
                    page.text_of("title")
                );
                assert_eq!(
                    page.one("meta[name='robots']").attr("content"),
                    Some("noindex")
                );
                assert_eq!(page.text_of(".review-draft"), draft, "{}", path.display());
            }
        }
        if !crate::print::tools_available() {
            continue;
        }
        for document in ["index.html", "annex/index.html"] {
            let pdf = site.path(&format!("{lang}.pdf"));
            crate::print::print_to_pdf(
                &out.join(lang).join(document),
                &pdf,
                &site.path(&format!("profile-{lang}")),
            );
            let (text, pages) = crate::print::pdf_text(&pdf);
            assert!(pages >= 3, "{lang} {document}: {pages} pages");
            for (n, page) in text.split('\u{c}').enumerate() {
                // At the head of the page and before its footer.
                assert!(
                    page.matches(draft).count() >= 2,
                    "{lang} {document}: page {} does not say it is a draft: {page}",
                    n + 1
                );
            }
        }
    }
}

#[test]
fn every_link_of_the_review_pages_opens_from_disk() {
    let site = Site::example();
    site.replace("content/retention.toml", "count = 2", "count = 3");
    let out = review(&site);
    for lang in ["en", "de", "nl"] {
        let page = Page::read(&out, lang);
        let dir = out.join(lang);
        for el in page.all("a[href], link[href]") {
            let href = el.attr("href").unwrap();
            if href.starts_with("http") || href.starts_with("mailto:") {
                continue;
            }
            let (path, fragment) = href.split_once('#').unwrap_or((href, ""));
            let target = if path.is_empty() {
                page.path.clone()
            } else {
                dir.join(path)
            };
            assert!(
                target.is_file(),
                "{lang}: `{href}` opens {} from disk, which is no file",
                target.display()
            );
            if !fragment.is_empty() && target.extension().is_some_and(|e| e == "html") {
                let linked = Page::read_file(&target, None);
                assert_eq!(
                    linked.all(&format!("[id='{fragment}']")).len(),
                    1,
                    "{lang}: `{href}` leads nowhere"
                );
            }
        }
    }
}

#[test]
fn a_review_that_cannot_be_made_says_why_and_leaves_the_last_review_as_it_was() {
    let site = Site::example();
    site.replace("content/retention.toml", "count = 2", "count = 3");
    let out = review(&site);
    let before = common::tree(&out);
    assert!(before.len() > 10, "a review was written");
    // The last publication's page no longer renders with today's theme; today's does.
    common::break_the_last_publications_page(&site);
    let run = candor(
        &["review", &site.arg(), "--out", out.to_str().unwrap()],
        &[("SOURCE_DATE_EPOCH", common::LATER_EPOCH)],
    );
    run.expect_code(1);
    assert!(
        run.stderr.contains("the old page does not render"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("page.html"), "{}", run.stderr);
    common::assert_same_tree(&before, &common::tree(&out));
    // Nothing of the attempt is left beside it.
    let beside: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains("review") && name != "review")
        .collect();
    assert!(beside.is_empty(), "{beside:?}");
}

/// A change that needs notice: legal reads its notice to controllers in the review, the text
/// (Markdown and JSON), but no ready-to-send e-mail or calendar of a publication not made. The
/// review's change log linked all four, none of which was there.
#[test]
fn a_review_holds_the_notice_text_of_the_publication_under_review_and_links_only_it() {
    // Published on 2026-12-01: Postmark, engaged from 2027-02-01, with its notice.
    const ANNOUNCED: &str = "2026-12-01";
    let site = Site::example();
    site.write(
        "content/subprocessors.toml",
        &(site.read("content/subprocessors.toml")
            + "\n[[subprocessor]]\nname = \"Postmark\"\npersonal-data = true\noutside-eea = false\neffective = 2027-02-01\n"),
    );
    common::candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1796083200")],
    )
    .success();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Slack\"\npersonal-data = false",
        "name = \"Slack\"\npersonal-data = true\neffective = 2027-03-01",
    );
    let out = review(&site);
    for (lang, said) in [
        ("en", "Slack will process personal data of your users"),
        (
            "de",
            "Slack wird personenbezogene Daten Ihrer Nutzer verarbeiten",
        ),
        (
            "nl",
            "Slack gaat persoonsgegevens van uw gebruikers verwerken",
        ),
    ] {
        let notices = out.join(lang).join("notices").join(common::LATER_DATE_ISO);
        let md = std::fs::read_to_string(notices.join("notice.md")).unwrap();
        assert!(common::without_isolates(&md).contains(said), "{lang}: {md}");
        // Both say they are drafts: they name a publication not made yet.
        let json: serde_json::Value =
            serde_json::from_slice(&std::fs::read(notices.join("notice.json")).unwrap()).unwrap();
        let draft = json["draft"]
            .as_str()
            .unwrap_or_else(|| panic!("{lang}: {json}"));
        assert!(
            md.starts_with(&format!("**{draft}**\n\n# ")),
            "{lang}: {md}"
        );
        assert_eq!(json["version"], 1, "{lang}: {json}");
        for kit in ["notice.eml", "notice.ics"] {
            assert!(!notices.join(kit).exists(), "{lang}: {kit}");
        }
        // Every link of the review's change log to a notice leads to a file in the review.
        let log = std::fs::read_to_string(out.join(lang).join("changes/index.html")).unwrap();
        let mut linked = 0;
        for href in log.split("href=\"").skip(1) {
            let href = &href[..href.find('"').unwrap()];
            if href.contains("notices/") {
                linked += 1;
                let target = out.join(lang).join("changes").join(href);
                assert!(target.is_file(), "{lang}: {href}");
            }
        }
        assert!(linked >= 2, "{lang}: {log}");
        // The publication made keeps its own.
        assert!(
            out.join(lang)
                .join(format!("notices/{ANNOUNCED}/notice.eml"))
                .is_file()
        );
    }
    site.build_later(&[]).success();
    assert!(
        site.public()
            .join(format!("en/notices/{}/notice.eml", common::LATER_DATE_ISO))
            .is_file()
    );
}

#[test]
fn the_summary_tells_a_change_still_to_come_withdrawn_as_the_change_log_will() {
    // Slack was announced on 1 January to process personal data from 1 March; the draft puts
    // it back as it stands, before that day.
    let site = Site::example();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Slack\"\npersonal-data = false",
        "name = \"Slack\"\npersonal-data = true\neffective = 2027-03-01",
    );
    site.build_later(&[]).success();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Slack\"\npersonal-data = true\neffective = 2027-03-01",
        "name = \"Slack\"\npersonal-data = false",
    );
    let out = site.path("review-out");
    candor(
        &[
            "review".to_string(),
            site.arg(),
            "--out".to_string(),
            out.display().to_string(),
        ],
        &[("SOURCE_DATE_EPOCH", "1799971200")],
    )
    .success();
    for (lang, said) in [
        (
            "en",
            "Slack: the change announced to take effect from 1 March 2027 is withdrawn",
        ),
        (
            "de",
            "Slack: Die für den 1. März 2027 angekündigte Änderung ist zurückgenommen",
        ),
        (
            "nl",
            "Slack: de aangekondigde wijziging per 1 maart 2027 is ingetrokken",
        ),
    ] {
        let page = Page::read(&out, lang);
        let items: Vec<String> = texts(&page, ".review-summary li")
            .iter()
            .map(|t| common::without_isolates(t))
            .collect();
        assert_eq!(items, [said], "{lang}");
    }
}

/// A sub-processor announced with a purpose: the table of announced ones is new, with a purpose
/// column, and the table of engaged ones is as it was (before, it gained a purpose column blank
/// in every row, and every row's markup changed). The review marks the new row added, and no
/// engaged row removed or changed: a lawyer reading fifteen rows marked "Changed" looks for
/// fifteen changes that are not there.
#[test]
fn an_announced_subprocessor_with_a_purpose_marks_its_row_and_no_engaged_one() {
    let site = Site::example();
    let list = site.read("content/subprocessors.toml");
    site.write(
        "content/subprocessors.toml",
        &format!(
            "{list}\n[[subprocessor]]\nname = \"Quire Feedback\"\npersonal-data = false\noutside-eea = false\npurpose = \"product-feedback\"\neffective = 2027-03-01\n"
        ),
    );
    let out = review(&site);
    for lang in ["en", "de", "nl"] {
        let page = Page::read(&out, lang);
        let removed = page.all("main [data-review=removed]");
        assert!(
            removed.is_empty(),
            "{lang}: {:?}",
            removed.iter().map(|r| text(*r)).collect::<Vec<_>>()
        );
        // Added: the new row, and the header row of the table of announced ones, new too.
        let added: Vec<String> = page
            .all("main tr[data-review=added]")
            .into_iter()
            .filter(|row| row.select(&common::sel("td")).next().is_some())
            .map(text)
            .collect();
        assert_eq!(added.len(), 1, "{lang}: {added:?}");
        assert!(added[0].contains("Quire Feedback"), "{lang}");
        let changed = texts(&page, "main tbody tr[data-review]");
        assert_eq!(changed, [added[0].clone()], "{lang}");
        let engaged = "main table:has(#subprocessors-caption)";
        assert!(
            page.all(&format!("{engaged} [data-review]")).is_empty(),
            "{lang}"
        );
        let heading = texts(
            &page,
            "main table:has(#subprocessors-caption-upcoming) thead th",
        );
        let purpose = ["Purpose", "Zweck", "Doel"];
        assert!(
            heading.iter().any(|h| purpose.contains(&h.as_str())),
            "{lang}: {heading:?}"
        );
    }
}

/// A sub-processor renamed: its name is marked, and its security link, which leads where it
/// did under the words it had, is not shown struck and inserted again (`zapier.com →
/// zapier.com`) because the words screen readers hear beside it name the sub-processor.
#[test]
fn a_rename_marks_the_name_not_the_links_that_stayed() {
    let site = Site::example();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Zapier\"",
        "id = \"zapier\"\nname = \"Zapier Inc.\"",
    );
    let out = review(&site);
    for lang in ["en", "de", "nl"] {
        let page = Page::read(&out, lang);
        let row = "main tr#subprocessor-zapier";
        assert_eq!(texts(&page, &format!("{row} th ins")), ["Inc."], "{lang}");
        let struck = texts(&page, &format!("{row} td del"));
        assert!(
            struck.iter().all(|d| !d.contains("zapier.com")),
            "{lang}: {struck:?}"
        );
        // What a screen reader hears of the link changed with the name, and is marked so.
        let hidden = texts(&page, &format!("{row} td a .visually-hidden ins"));
        assert!(
            hidden.iter().any(|h| h.contains("Inc.")),
            "{lang}: {hidden:?}"
        );
    }
}

#[test]
fn a_row_whose_label_is_reworded_is_marked_changed_not_removed_and_added() {
    // qa60: a staff group or a data flow whose label alone was reworded showed as its whole
    // row struck, "Removed", then a new row, "Added": the rows have no id, and were paired
    // only by the same heading. A lawyer was told a group was removed and another added.
    let site = Site::example();
    site.replace(
        "locales/en/site.ftl",
        "access-group-engineers = Engineers",
        "access-group-engineers = Software developers",
    );
    site.replace(
        "locales/de/vocabulary.ftl",
        "direction-inbound = Von Ihrem { $system } an { $org }",
        "direction-inbound = Aus Ihrem { $system } an { $org }",
    );
    let out = review(&site);
    let en = Page::read(&out, "en");
    let row = en
        .all("main #access tr[data-review]")
        .into_iter()
        .map(|r| {
            (
                r.attr("data-review").unwrap_or_default().to_string(),
                text(r),
            )
        })
        .collect::<Vec<_>>();
    assert_eq!(row.len(), 1, "{row:?}");
    assert_eq!(row[0].0, "changed", "{row:?}");
    assert_eq!(
        texts(&en, "main #access tr[data-review] th del"),
        ["Engineers"]
    );
    assert_eq!(
        texts(&en, "main #access tr[data-review] th ins"),
        ["Software developers"]
    );
    // The cells that stayed are not struck.
    assert!(texts(&en, "main #access tr[data-review] td del").is_empty());
    let de = Page::read(&out, "de");
    let rows = texts(&de, "main #integrations tr[data-review]");
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(
        de.all("main #integrations tr[data-review]")[0].attr("data-review"),
        Some("changed")
    );
    assert_eq!(
        texts(&de, "main #integrations tr[data-review] th del"),
        ["Von"]
    );
    assert_eq!(
        texts(&de, "main #integrations tr[data-review] th ins"),
        ["Aus"]
    );
}

/// A link that leads elsewhere under the same words is marked, old then new, and the review's
/// style shows where each leads.
#[test]
fn a_link_led_elsewhere_under_the_same_words_is_marked() {
    let site = Site::example();
    site.replace(
        "locales/en/sections.ftl",
        "described in [its privacy policy]({ $privacy-policy })",
        "described in [its privacy policy]({ $contact })",
    );
    let out = review(&site);
    let en = Page::read(&out, "en");
    let href = |selector: &str| {
        en.all(selector)
            .iter()
            .filter_map(|a| a.value().attr("href"))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let (struck, inserted) = (href("del a"), href("ins a"));
    assert!(
        struck.contains(&"https://luscii.com/privacy-policy".to_string()),
        "{struck:?}"
    );
    assert!(
        inserted.contains(&"mailto:privacy@luscii.com".to_string()),
        "{inserted:?}"
    );
    let css = std::fs::read_to_string(out.join("en/review.css")).unwrap();
    assert!(css.contains("del a[data-print]::after"), "{css}");
    // A table's links (a security page) carry no short form: their address is shown whole.
    assert!(css.contains("del a[href^=\"https:\"]::after"), "{css}");
}

/// A site never published is new throughout: its review says so, and not also that nothing
/// changed.
#[test]
fn the_review_of_a_site_never_published_does_not_say_nothing_changed() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("new-site");
    candor(&["init", site.to_str().unwrap()], &[]).success();
    let out = dir.path().join("review");
    candor(
        &[
            "review",
            site.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        &[],
    )
    .success();
    let en = Page::read(&out, "en");
    let summary = en.text_of(".review-summary");
    assert!(summary.contains("Not published before"), "{summary}");
    assert!(!summary.contains("Nothing changed"), "{summary}");
}

/// Two English sentences of one section reworded and published; the German translator then
/// follows one of them. The section keeps its notice that the original prevails, and the
/// review said "The translation follows the original again" of it all the same.
#[test]
fn a_section_still_stale_is_not_told_to_follow_the_original_again() {
    let site = Site::example();
    site.replace(
        "locales/en/sections.ftl",
        "may agree a different retention period",
        "may agree a shorter or longer retention period",
    );
    site.replace(
        "locales/en/sections.ftl",
        "retention-at-end = When the retention period ends:",
        "retention-at-end = When the retention period is over:",
    );
    site.build_later(&[]).success();
    // Followed once the record knows the source changed: counted as translated.
    site.replace(
        "locales/de/sections.ftl",
        "eine abweichende Aufbewahrungsfrist",
        "eine kürzere oder längere Aufbewahrungsfrist",
    );
    let out = review_at(&site, "1801440000");
    let de = Page::read(&out, "de");
    assert!(!de.all("#retention .stale-notice").is_empty());
    let summary = texts(&de, ".review-summary li");
    // The German words that did change are summed up.
    assert_eq!(
        summary,
        ["Neu formuliert: Wie lange bewahrt Luscii personenbezogene Daten auf?"]
    );
    assert!(
        !summary
            .iter()
            .any(|i| i.contains("folgt wieder dem Original")),
        "{summary:?}"
    );
}

/// A description of Slack written in English only shows on the German page in English, new:
/// the German review marked it and summed up "Nothing changed since the last publication".
#[test]
fn a_message_new_in_the_source_and_not_translated_is_a_change_of_every_translation() {
    let site = Site::example();
    let words = site.read("locales/en/sections.ftl");
    site.write(
        "locales/en/sections.ftl",
        &format!("{words}\nsubprocessor-description-slack = Slack carries the team's chat.\n"),
    );
    let out = review(&site);
    for lang in ["de", "nl"] {
        let page = Page::read(&out, lang);
        let summary = texts(&page, ".review-summary li");
        assert_eq!(summary.len(), 1, "{lang}: {summary:?}");
        let marked: Vec<String> = texts(&page, "main ins");
        assert!(
            marked.iter().any(|m| m.contains("Slack carries the team")),
            "{lang}: {marked:?}"
        );
    }
    let de = Page::read(&out, "de");
    assert!(texts(&de, ".review-summary li")[0].starts_with("Neu formuliert"));
    assert!(!de.source.contains("hat sich nichts geändert"));
}

/// The English heading of the access section reworded, and the German one in the same edit:
/// candor cannot know the German follows the new English, so the section stays marked stale.
/// The review summed up both "Reworded" and "Reworded in the original, not yet in this
/// translation" where the change log then told only the second; both tell both since the
/// German page reads otherwise all the same (qa146).
#[test]
fn the_review_tells_a_translation_edited_with_its_source_as_the_change_log_will() {
    let site = Site::example();
    site.replace(
        "locales/en/sections.ftl",
        "access-heading = Who has access to the data?",
        "access-heading = Who can reach the data?",
    );
    site.replace(
        "locales/de/sections.ftl",
        "access-heading = Wer hat Zugriff auf die Daten?",
        "access-heading = Wer kann auf die Daten zugreifen?",
    );
    let out = review(&site);
    let mut summary = texts(&Page::read(&out, "de"), ".review-summary li");
    site.build_later(&[]).success();
    let log = Page::read_file(&site.public().join("de/changes/index.html"), Some("de"));
    let mut logged = texts(&log, &format!("[id='{}'] li", common::LATER_DATE_ISO));
    // Each in its own order: the summary's changes, then the sections that do not follow the
    // original; the change log's changes of the source, then the translation's own.
    summary.sort();
    logged.sort();
    assert_eq!(summary, logged);
    assert_eq!(
        logged,
        [
            "Im Original neu formuliert, in dieser Übersetzung noch nicht: Wer kann auf die Daten zugreifen?",
            "Neu formuliert: Wer kann auf die Daten zugreifen?"
        ]
    );
}

/// The items of `lang`'s review summary in `out`, asserted to be those its change log says of
/// the publication the review was of, once `site` is built on the day it was dated.
#[track_caller]
fn summary_as_logged(site: &Site, out: &std::path::Path, lang: &str) -> Vec<String> {
    let reviewed = Page::read_file(&out.join(lang).join("index.html"), Some(lang));
    let summary = texts(&reviewed, ".review-summary li");
    let log = Page::read_file(
        &site.public().join(lang).join("changes/index.html"),
        Some(lang),
    );
    let logged = texts(&log, &format!("[id='{}'] li", common::LATER_DATE_ISO));
    assert_eq!(summary, logged, "{lang}");
    summary
}

#[test]
fn the_review_summary_says_what_the_change_log_will_say() {
    // Vidyo, engaged, moves its transfers outside the EEA from 1 March 2027, with the notice
    // period. The change log says controllers may object before then and where to write; the
    // review's summary left that out (qa25): the lawyer signed off on words the public did
    // not read.
    let site = Site::example();
    let text = site.read("content/subprocessors.toml");
    let vidyo = text.find("name = \"Vidyo\"").unwrap();
    let end = vidyo + text[vidyo..].find("\n\n").unwrap_or(text.len() - vidyo);
    let block = &text[vidyo..end];
    let moved = block.replace(
        "outside-eea = false",
        "outside-eea = true\nmechanism = \"standard-contractual-clauses\"\neffective = 2027-03-01",
    );
    assert_ne!(moved, block);
    site.write(
        "content/subprocessors.toml",
        &text.replacen(block, &moved, 1),
    );
    let out = review(&site);
    site.build_later(&[]).success();
    for lang in ["en", "de", "nl"] {
        let summary = summary_as_logged(&site, &out, lang);
        assert!(
            summary.iter().any(|i| i.contains("privacy@luscii.com")),
            "{lang}: {summary:?}"
        );
    }
}

/// Only the original's words of the annex, or of the page's title, changed: each translation's
/// page is dated anew and its annex, or its heading, does not follow the original; its review
/// said "nothing changed" (qa28). It says what its change log will say.
#[test]
fn a_translations_review_tells_the_original_reworded_outside_any_section() {
    for (file, from, to) in [
        (
            "locales/en/annex.ftl",
            "annex-intro = ",
            "annex-intro = As agreed, ",
        ),
        (
            "locales/en/chrome.ftl",
            "page-title = ",
            "page-title = About ",
        ),
    ] {
        let site = Site::example();
        site.replace(file, from, to);
        let out = review(&site);
        site.build_later(&[]).success();
        for lang in ["de", "nl"] {
            assert!(
                !summary_as_logged(&site, &out, lang).is_empty(),
                "{lang} {from}"
            );
        }
    }
}

/// A sub-processor removed while the table gains columns (another given a purpose and
/// countries): its struck row is laid out under the new columns, each value under the heading
/// it had, not under the new ones (qa28: "Purpose: No", "Transfer outside the EEA:
/// voys.nl").
#[test]
fn a_row_removed_from_a_table_that_gained_columns_keeps_each_value_under_its_heading() {
    let site = Site::example();
    let list = site.read("content/subprocessors.toml");
    let voys = list.find("[[subprocessor]]\nname = \"Voys\"").unwrap();
    let next = voys + 5 + list[voys + 5..].find("[[subprocessor]]").unwrap();
    site.write(
        "content/subprocessors.toml",
        &format!("{}{}", &list[..voys], &list[next..]).replace(
            "name = \"Slack\"\npersonal-data = false\noutside-eea = true\n",
            "name = \"Slack\"\npersonal-data = false\npurpose = \"communication\"\ncountries = [\"US\"]\n",
        ),
    );
    let out = review(&site);
    for lang in ["en", "de", "nl"] {
        let page = Page::read(&out, lang);
        // The headings of the table of engaged sub-processors, where the row is shown.
        let table = page.all("main table.subprocessors")[0];
        let headings: Vec<String> = table
            .select(&common::sel("thead th"))
            .map(|h| text(h).replace('\u{ad}', ""))
            .collect();
        let row = page.one("tr#removed-subprocessor-voys");
        let cells: Vec<_> = row
            .children()
            .filter_map(scraper::ElementRef::wrap)
            .collect();
        // The struck row has a cell for each column of the table it is shown in.
        assert_eq!(cells.len(), headings.len(), "{lang}: {headings:?}");
        assert_eq!(headings.len(), 7, "{lang}: the table gained two columns");
        for (k, cell) in cells.iter().enumerate() {
            if let Some(label) = cell.value().attr("data-label") {
                assert!(
                    headings[k].ends_with(label),
                    "{lang}: `{label}` under `{}`",
                    headings[k]
                );
            }
        }
    }
}

/// Sub-processors put in another order across the groups of the table: the group's heading row
/// is the same heading, not one removed and another added (qa30), and a row whose words did
/// not change is not marked.
#[test]
fn a_group_heading_moved_by_a_reorder_is_not_marked_removed_and_added() {
    let site = crate::second_example::copy();
    let list = site.read("content/subprocessors.toml");
    let kumo = list
        .find("[[subprocessor]]\nname = \"Kumo Insight\"")
        .unwrap();
    let next = kumo
        + 5
        + list[kumo + 5..]
            .find("[[subprocessor]]")
            .unwrap_or(list.len() - kumo - 5);
    let first = list.find("[[subprocessor]]").unwrap();
    site.write(
        "content/subprocessors.toml",
        &format!(
            "{}{}\n{}{}",
            &list[..first],
            list[kumo..next].trim_end(),
            &list[first..kumo],
            &list[next..]
        ),
    );
    let out = review(&site);
    for lang in ["en", "de", "fr", "ar", "fr-CA"] {
        let page = Page::read(&out, lang);
        let marked = page.all("main tr.group[data-review]");
        assert!(
            marked.is_empty(),
            "{lang}: {:?}",
            marked.iter().map(|r| text(*r)).collect::<Vec<_>>()
        );
    }
}

/// Columns a table no longer has (the one sub-processor announced gives no purpose or countries
/// any more): each heading struck in a heading cell of its own, each value struck in a cell of
/// its own. The struck headings were written into the next heading's cell, and the struck
/// values between two cells, outside any, where a browser moves them out of the table (qa33).
#[test]
fn columns_a_table_no_longer_has_are_struck_in_cells_of_their_own() {
    let site = crate::second_example::copy();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Tracelight\"\npersonal-data = true\ncountries = [\"FI\"]\npurpose = \"error-monitoring\"\n",
        "name = \"Tracelight\"\npersonal-data = true\noutside-eea = false\n",
    );
    let out = review(&site);
    for w in crate::second_example::LANGUAGES {
        let page = Page::read(&out, w.tag);
        let table = "main table:has(#subprocessors-caption-upcoming)";
        let headings = page.all(&format!("{table} thead th"));
        let struck: Vec<String> = headings
            .iter()
            .filter(|h| h.select(&common::sel("del")).next().is_some())
            .map(|h| text(*h))
            .collect();
        assert_eq!(struck.len(), 2, "{}: {struck:?}", w.tag);
        for h in &headings {
            let dels = h.select(&common::sel("del")).count();
            let words = text(*h);
            let struck_words: String = h.select(&common::sel("del")).map(text).collect();
            assert!(
                dels == 0 || words.trim() == struck_words.trim(),
                "{}: a struck heading shares its cell: {words}",
                w.tag
            );
        }
        let row = page.one("tr#subprocessor-tracelight");
        let cells = row
            .children()
            .filter_map(scraper::ElementRef::wrap)
            .collect::<Vec<_>>();
        assert_eq!(cells.len(), headings.len(), "{}: one cell a heading", w.tag);
        // No struck words outside a cell.
        for child in row.children().filter_map(scraper::ElementRef::wrap) {
            let name = child.value().name();
            assert!(
                name == "td" || name == "th",
                "{}: <{name}> in the row",
                w.tag
            );
        }
        let struck_values = texts(&page, "tr#subprocessor-tracelight td del");
        assert_eq!(struck_values.len(), 2, "{}: {struck_values:?}", w.tag);
    }
}

/// The German review page in `out` says that nothing changed since the last publication.
fn german_reviewed_as_unchanged(out: &std::path::Path) {
    let de = Page::read_file(&out.join("de/index.html"), Some("de"));
    assert!(
        de.readable_text()
            .contains("Seit der letzten Veröffentlichung hat sich nichts geändert."),
        "{}",
        de.readable_text()
    );
}

#[test]
fn a_language_never_published_is_reviewed_as_new_not_as_unchanged() {
    // Swedish added today (its words a copy of the German, as a translator may start it): its
    // review page said "Changes since the publication of 30 November 2026 – nothing changed",
    // while the page was never published in Swedish (qa35, with French). A lawyer must read all of it.
    let site = Site::example();
    site.add_language_copied_from("de", "sv");
    let out = review(&site);
    let sv = Page::read_file(&out.join("sv/index.html"), Some("sv"));
    let said = sv.readable_text();
    assert!(
        said.contains("Noch nicht veröffentlicht: alles ist neu."),
        "{said}"
    );
    assert!(
        !said.contains("Seit der letzten Veröffentlichung"),
        "{said}"
    );
    assert!(sv.all("del").is_empty() && sv.all("ins").is_empty());
    // A language published before is reviewed against its last publication, as before.
    german_reviewed_as_unchanged(&out);
}

#[test]
fn a_language_added_since_the_last_publication_is_reviewed_against_its_page() {
    // Swedish added on 10 December, a revision of the publication of 30 November: its page was
    // public from that day. The review of the next publication said "Not published before:
    // everything is new", with no mark of the breach deadline that changed since (qa42).
    let site = Site::example();
    site.build(&["--locked"]).success();
    site.add_language_copied_from("de", "sv");
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1796860800")],
    )
    .success();
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 48",
    );
    let out = review(&site);
    let sv = Page::read_file(&out.join("sv/index.html"), Some("sv"));
    assert_eq!(
        sv.text_of("#review-h"),
        "Änderungen seit der Veröffentlichung vom 30 november 2026, wie in dieser Sprache ab dem 10 december 2026 veröffentlicht"
    );
    // Marked as the German page, whose words it shares, is.
    let de = Page::read_file(&out.join("de/index.html"), Some("de"));
    for selector in ["#breach del", "#breach ins"] {
        assert_eq!(texts(&sv, selector), texts(&de, selector), "{selector}");
    }
    assert!(texts(&sv, "#breach del").iter().any(|d| d.contains("24")));
}

#[test]
fn a_language_published_before_but_not_last_is_not_reviewed_as_never_published() {
    // Dutch left out of the publication of 1 January 2027 and added back: its review said "Nog
    // niet eerder gepubliceerd" (not published before), while it was, until 30 November 2026
    // (qa36). All of it is for review, as of a new language, with the day it was last published.
    let site = Site::example();
    site.replace(
        "candor.toml",
        "languages = [\"en\", \"de\", \"nl\"]",
        "languages = [\"en\", \"de\"]",
    );
    site.publish_a_change_at(common::LATER_EPOCH).success();
    site.replace(
        "candor.toml",
        "languages = [\"en\", \"de\"]",
        "languages = [\"en\", \"de\", \"nl\"]",
    );
    let out = review(&site);
    let nl = Page::read_file(&out.join("nl/index.html"), Some("nl"));
    assert_eq!(
        nl.text_of("#review-h"),
        "Niet in de laatste publicatie: laatst in deze taal gepubliceerd op 30 november 2026. Alles is te beoordelen."
    );
    assert!(nl.all("del").is_empty() && nl.all("ins").is_empty());
    german_reviewed_as_unchanged(&out);
}

#[test]
fn a_translation_revised_since_the_last_publication_is_reviewed_as_revised() {
    // The German caption revised on 1 January, after the publication of 30 November: the
    // review compares with the words the page shows since, and said "Changes since the
    // publication of 30 November 2026", as if with the words published that day (qa35).
    let site = Site::example();
    site.replace(
        "locales/de/sections.ftl",
        "storage-caption = Wo die Daten gespeichert werden",
        "storage-caption = Hier liegen Ihre Daten",
    );
    let heading_in = |out: &std::path::Path, lang: &str| {
        Page::read_file(&out.join(lang).join("index.html"), Some(lang)).text_of("#review-h")
    };
    // Before a build records the revision, none is named: the draft's own is not one (qa41).
    let out = review(&site);
    assert_eq!(
        heading_in(&out, "de"),
        "Änderungen seit der Veröffentlichung vom 30. November 2026"
    );
    std::fs::remove_dir_all(&out).unwrap();
    site.build_later(&[]).success();
    let out = review(&site);
    let heading = |lang: &str| heading_in(&out, lang);
    assert_eq!(
        heading("de"),
        "Änderungen seit der Veröffentlichung vom 30. November 2026, in der am 1. Januar 2027 überarbeiteten Übersetzung"
    );
    assert_eq!(
        heading("en"),
        "Changes since the publication of 30 November 2026"
    );
    assert_eq!(
        heading("nl"),
        "Wijzigingen sinds de publicatie van 30 november 2026"
    );
    // qa90: revised again the same second the revision was recorded (a fixed
    // SOURCE_DATE_EPOCH), the draft's own revision was taken for the recorded one, and the
    // heading named the publication alone while the redline compared with the revision.
    std::fs::remove_dir_all(&out).unwrap();
    site.replace(
        "locales/de/sections.ftl",
        "storage-caption = Hier liegen Ihre Daten",
        "storage-caption = Hier liegen Ihre Daten heute",
    );
    let out = review(&site);
    assert_eq!(
        heading_in(&out, "de"),
        "Änderungen seit der Veröffentlichung vom 30. November 2026, in der am 1. Januar 2027 überarbeiteten Übersetzung"
    );
    let de = Page::read_file(&out.join("de/index.html"), Some("de"));
    assert_eq!(
        texts(&de, "ins"),
        ["heute"],
        "only what changed since the revision"
    );
}

#[test]
fn the_reviews_machine_readable_files_and_language_index_say_they_are_drafts() {
    // The review's root index, its feeds, data.json and history.json carried no mark (qa35):
    // copied or deployed by mistake, each read as published. Each says it is a draft, as the
    // notice's JSON does.
    let site = Site::example();
    site.publish_a_change_at(common::LATER_EPOCH).success();
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 48",
        "notification-deadline-hours = 36",
    );
    let out = review(&site);
    let draft = "Draft for review: not published.";
    for file in ["data.json", "history.json"] {
        let json: serde_json::Value =
            serde_json::from_slice(&std::fs::read(out.join(file)).unwrap()).unwrap();
        assert_eq!(json["draft"], draft, "{file}");
        assert_eq!(json["version"], 1, "{file}");
    }
    // qa92: so do the list of sub-processors and the DPV graph, which said nothing of it.
    let dpv: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("dpv.jsonld")).unwrap()).unwrap();
    assert_eq!(dpv["draft"], draft);
    assert!(
        dpv["@context"].is_object() && dpv["@id"].is_string(),
        "{dpv}"
    );
    let csv = std::fs::read_to_string(out.join("subprocessors.csv")).unwrap();
    let mut rows = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let header = rows.headers().unwrap().clone();
    assert_eq!(&header[0], "draft", "{header:?}");
    assert_eq!(&header[1], "id", "{header:?}");
    let records: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    assert!(!records.is_empty());
    for record in &records {
        assert_eq!(&record[0], draft, "{record:?}");
        assert_eq!(record.len(), header.len(), "{record:?}");
    }
    // The published list, built after, has neither.
    site.build_later(&[]).success();
    assert!(
        site.read("public/subprocessors.csv")
            .starts_with("\u{feff}id,")
    );
    assert!(!site.read("public/dpv.jsonld").contains("\"draft\""));
    let index = Page::read_file(&out.join("index.html"), Some("en"));
    assert!(
        index.readable_text().contains(draft),
        "{}",
        index.readable_text()
    );
    // With the stylesheet it links.
    assert!(out.join("review.css").is_file());
    for (lang, words) in [
        ("en", draft),
        ("de", "Entwurf zur Prüfung: nicht veröffentlicht."),
        ("nl", "Concept ter beoordeling: niet gepubliceerd."),
    ] {
        let feed = atom_syndication::Feed::read_from(
            &std::fs::read(out.join(lang).join("feed.xml")).unwrap()[..],
        )
        .unwrap();
        assert!(
            feed.title().as_str().starts_with(words),
            "{lang}: {}",
            feed.title().as_str()
        );
    }
}

#[test]
fn the_annex_under_review_marks_an_entry_removed_as_removed_and_not_the_next_one() {
    // Instatus removed and Notion's security page moved: the annex under review said
    // "Changed: Instatus → Notion", its fields marked as changed, then "Removed: Notion",
    // every field struck, where the page said what happened (qa42).
    let site = Site::example();
    let list = site.read("content/subprocessors.toml");
    let start = list.find("[[subprocessor]]\nname = \"Instatus\"").unwrap();
    let end = start
        + list[start..]
            .find("[[subprocessor]]\nname = \"Notion\"")
            .unwrap();
    site.write(
        "content/subprocessors.toml",
        &format!("{}{}", &list[..start], &list[end..]),
    );
    site.replace(
        "content/subprocessors.toml",
        "https://www.notion.so/security",
        "https://www.notion.com/security",
    );
    let out = review(&site);
    for lang in ["en", "de", "nl"] {
        let annex = Page::read_file(&out.join(lang).join("annex/index.html"), Some(lang));
        let state = |id: &str| {
            annex
                .one(&format!("li[id$='subprocessor-{id}']"))
                .value()
                .attr("data-review")
                .map(str::to_string)
        };
        assert_eq!(state("instatus").as_deref(), Some("removed"), "{lang}");
        assert_eq!(state("notion").as_deref(), Some("changed"), "{lang}");
        let notion = text(annex.one("li[id$='subprocessor-notion']"));
        assert!(!notion.contains("Instatus"), "{lang}: {notion}");
        let deleted = texts(&annex, "li[id$='subprocessor-notion'] del");
        assert_eq!(deleted, ["https://www.notion.so/security"], "{lang}");
        assert_eq!(
            annex.all("li[id$='subprocessor-notion']").len(),
            1,
            "{lang}"
        );
    }
}

#[test]
fn the_annex_under_review_marks_what_changed_in_it() {
    // A sub-processor's address, which only the annex publishes, changed: the review's page
    // said "The record of … changed: address", and the annex, the document lawyers sign, had
    // no mark at all (qa35). It is marked as the page is: the old address struck, the new one
    // inserted, in every language.
    let site = crate::second_example::copy();
    site.replace(
        "content/subprocessors.toml",
        "address = \"Musterallee 12, 60311 Frankfurt am Main, Germany\"",
        "address = \"Hafenstraße 7, 60327 Frankfurt am Main, Germany\"",
    );
    let out = review(&site);
    for lang in ["en", "de", "fr", "ar", "fr-CA"] {
        let annex = Page::read_file(&out.join(lang).join("annex/index.html"), Some(lang));
        let (deleted, inserted) = (texts(&annex, "main del"), texts(&annex, "main ins"));
        assert!(
            deleted.iter().any(|d| d.contains("Musterallee 12")),
            "{lang}: {deleted:?}"
        );
        assert!(
            inserted.iter().any(|i| i.contains("Hafenstraße 7")),
            "{lang}: {inserted:?}"
        );
        // Nothing else in it changed.
        assert!(
            deleted
                .iter()
                .chain(&inserted)
                .all(|t| !t.contains("Tracelight")),
            "{lang}: {deleted:?} {inserted:?}"
        );
    }
}

#[test]
fn the_printed_draft_footer_stands_where_the_languages_lines_start_on_every_review_page() {
    // qa79: the Arabic review's change log and archive, which have no print margin of their
    // own, printed "draft" at the bottom left; the page and the annex, at the right.
    let site = crate::second_example::copy();
    let out = review(&site);
    for (lang, side) in [("ar", "right"), ("en", "left"), ("de", "left")] {
        for folder in ["", "annex/", "changes/", "archive/"] {
            let css = std::fs::read_to_string(out.join(format!("{lang}/{folder}review.css")))
                .unwrap_or_else(|e| panic!("{lang}/{folder}: {e}"));
            assert!(
                css.contains(&format!("@bottom-{side} {{ content: ")),
                "{lang}/{folder}: {css}"
            );
        }
    }
}

/// qa92: a section removed whole (every integration) wrote its section's mark into its
/// heading's tag (`<h2 data data-review-section="changed"-review="removed" …>`), and its
/// table's caption and rows with no table around them, which a browser reads as one paragraph
/// of struck words: a lawyer could not tell which flow had which data.
#[test]
fn a_section_removed_whole_is_shown_struck_in_its_table() {
    let site = Site::example();
    site.write(
        "content/integrations.toml",
        "#:schema ../schemas/integrations.schema.json\n",
    );
    let out = review(&site);
    for lang in ["en", "de", "nl"] {
        let page = Page::read(&out, lang);
        let heading = page.one("#removed-integrations-h");
        let attributes: Vec<&str> = heading.value().attrs().map(|(name, _)| name).collect();
        assert_eq!(attributes, ["data-review", "id"], "{lang}");
        assert_eq!(heading.value().attr("data-review"), Some("removed"));
        // In a section of its own, not in the one before it, which did not change (qa94).
        page.one("section#removed-integrations > h2#removed-integrations-h");
        assert_eq!(
            page.one("section#access")
                .value()
                .attr("data-review-section"),
            None,
            "{lang}"
        );
        // What labels its table is there.
        for labelled in page.all("[aria-labelledby]") {
            let id = labelled.value().attr("aria-labelledby").unwrap();
            assert_eq!(page.all(&format!("[id='{id}']")).len(), 1, "{lang}: {id}");
        }
        // Its caption and rows, read by an HTML parser, stand in a table.
        page.one("table > caption#removed-integration-emr-caption");
        let rows = page.all("tr[data-review=\"removed\"]");
        assert!(rows.len() >= 3, "{lang}: {}", rows.len());
        for row in rows {
            assert!(
                row.ancestors()
                    .filter_map(scraper::ElementRef::wrap)
                    .any(|a| a.value().name() == "table"),
                "{lang}: {}",
                row.html()
            );
        }
    }
}

/// qa92: a sub-processor moved to another group (its `group` changed, and nothing else) stood
/// unmarked in its new group, nothing struck in the old one: the summary said its group
/// changed, the page did not show where. Its row is marked changed, in every language.
#[test]
fn a_row_moved_to_another_group_is_marked_changed() {
    let site = crate::second_example::copy();
    site.replace(
        "content/subprocessors.toml",
        "purpose = \"email-delivery\"\ngroup = \"service-provider\"",
        "purpose = \"email-delivery\"\ngroup = \"infrastructure\"",
    );
    let out = review(&site);
    for words in crate::second_example::LANGUAGES {
        let page = Page::read(&out, words.tag);
        let row = page.one("tr#subprocessor-postwren");
        assert_eq!(
            row.value().attr("data-review"),
            Some("changed"),
            "{}: {}",
            words.tag,
            row.html()
        );
        // Only it: the rows around it kept their group.
        assert_eq!(
            page.all("table.subprocessors tr[data-review]").len(),
            1,
            "{}",
            words.tag
        );
    }
}

/// qa92: a term of the source reworded (`-customer`), a regional language (nl-BE, its folder
/// empty: every word its parent's) was told in its summary that "other text on the page" was
/// reworded, which its change log then did not say: the term's users were looked for among the
/// region's own messages, which are none. Its summary says what its change log says, as its
/// parent's does.
#[test]
fn a_regions_summary_of_a_reworded_term_says_what_its_change_log_says() {
    let site = Site::example();
    std::fs::create_dir(site.path("locales/nl-BE")).unwrap();
    site.replace(
        "candor.toml",
        "languages = [\"en\", \"de\", \"nl\"]",
        "languages = [\"en\", \"de\", \"nl\", \"nl-BE\"]",
    );
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1796083200")],
    )
    .success();
    site.replace(
        "locales/en/terms.ftl",
        "-customer = healthcare provider",
        "-customer = care organisation",
    );
    let out = review(&site);
    site.build_later(&[]).success();
    let parent = summary_as_logged(&site, &out, "nl");
    let region = summary_as_logged(&site, &out, "nl-BE");
    assert_eq!(region, parent);
    assert!(!region.is_empty());
}

/// qa94: the only sub-processor of a group put into the group after it stayed in line, its
/// group's heading removed above it: compared as the same row, it was not marked.
#[test]
fn a_row_moved_to_another_group_in_line_is_marked_changed() {
    let site = crate::second_example::copy();
    site.replace(
        "content/subprocessors.toml",
        "group = \"affiliate\"",
        "group = \"service-provider\"",
    );
    let out = review(&site);
    for words in crate::second_example::LANGUAGES {
        let page = Page::read(&out, words.tag);
        let moved: Vec<String> = page
            .all("table.subprocessors tr[id^='subprocessor-'][data-review]")
            .into_iter()
            .map(|r| r.value().attr("id").unwrap().to_string())
            .collect();
        assert_eq!(moved, ["subprocessor-tessel-india"], "{}", words.tag);
    }
}

/// qa94's neighbour: a group's heading reworded leaves its rows where they were, in the same
/// group: only the heading is marked, not every row under it.
#[test]
fn a_group_heading_reworded_marks_the_heading_not_its_rows() {
    let site = crate::second_example::copy();
    site.replace(
        "locales/en/vocabulary.ftl",
        "subprocessor-group-service-provider = Service providers",
        "subprocessor-group-service-provider = Providers of services",
    );
    let out = review(&site);
    let page = Page::read(&out, "en");
    let rows = page.all("table.subprocessors tr[id^='subprocessor-'][data-review]");
    assert!(
        rows.is_empty(),
        "{:?}",
        rows.iter().map(|r| r.html()).collect::<Vec<_>>()
    );
    // The heading, in each table it heads, changed: old words, then new; not removed and added.
    let headings = page.all("table.subprocessors tr.group[data-review]");
    assert!(!headings.is_empty());
    for heading in headings {
        assert_eq!(heading.value().attr("data-review"), Some("changed"));
        assert_eq!(
            heading.value().attr("data-row"),
            Some("group-service-provider")
        );
    }
}

/// qa92: the review of the day's second publication said "Dated as if published on 1 January
/// 2027", where its heading, annex and change log name it "1 January 2027 (the day's
/// publication 2)": its date and fingerprint are that publication's, not the first's.
#[test]
fn the_review_of_a_days_second_publication_is_dated_as_it() {
    let site = Site::example();
    site.publish_a_change_at(common::LATER_EPOCH).success();
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 48",
        "notification-deadline-hours = 36",
    );
    let out = review_at(&site, "1798765200");
    let log = Page::read_file(&out.join("en/changes/index.html"), Some("en"));
    let named = common::text(log.all("main h2")[0]);
    assert!(
        named.contains("1 January 2027") && named != "1 January 2027",
        "{named}"
    );
    for document in ["index.html", "annex/index.html"] {
        let page = Page::read_file(&out.join("en").join(document), Some("en"));
        let day = page.text_of(".review-day");
        assert!(
            day.starts_with(&format!("Dated as if published on {named}.")),
            "{document}: {day}"
        );
    }
}

/// A group of staff, or an integration, given another id with its words kept: the review's
/// summary named the group it no longer lists by its id ("support"), where the change log
/// names it as the last publication did, and in German and Dutch told a section "reworded"
/// that the change log does not (qa126).
#[test]
fn an_id_renamed_with_its_words_is_summed_up_as_the_change_log_will_tell_it() {
    for (fact, from, to, messages) in [
        (
            "content/access.toml",
            "id = \"support\"",
            "id = \"helpdesk\"",
            &["access-group-support", "access-purpose-support"][..],
        ),
        (
            "content/integrations.toml",
            "id = \"emr\"",
            "id = \"ehr\"",
            &["system-emr"][..],
        ),
    ] {
        let site = Site::example();
        site.replace(fact, from, to);
        for lang in ["en", "de", "nl"] {
            let file = format!("locales/{lang}/site.ftl");
            for message in messages {
                let renamed = message.replace("support", "helpdesk").replace("emr", "ehr");
                // Another id under the same words is refused (`validate::labels`): worded
                // anew, in every language, it names another group.
                let words = format!("\n{renamed} = New:");
                site.replace(&file, &format!("\n{message} ="), &words);
            }
        }
        let out = review(&site);
        site.build_later(&[]).success();
        for lang in ["en", "de", "nl"] {
            let summary = summary_as_logged(&site, &out, lang);
            assert!(
                summary.iter().all(|i| !i.ends_with(": support")),
                "{fact} {lang}: {summary:?}"
            );
        }
    }
}

/// A group of staff no longer listed, its words still in the locale files and reworded: the
/// change log, its feed and the review named it in today's words, which no page published,
/// where the page published the words before (qa127). Named as the last publication named it,
/// in every language.
#[test]
fn what_is_no_longer_listed_is_named_in_the_words_it_was_published_with() {
    let site = Site::example();
    site.replace(
        "content/access.toml",
        "[[group]]\nid = \"support\"\naccess = \"user-data\"\n",
        "",
    );
    let published = [
        ("en", "Staff in support roles"),
        ("de", "Mitarbeiter in der Anwenderbetreuung"),
        ("nl", "Medewerkers gebruikersondersteuning"),
    ];
    for (lang, name) in published {
        site.replace(
            &format!("locales/{lang}/site.ftl"),
            &format!("access-group-support = {name}"),
            &format!("access-group-support = {name} NEVER PUBLISHED"),
        );
    }
    let out = review(&site);
    site.build_later(&[]).success();
    for (lang, name) in published {
        let summary = summary_as_logged(&site, &out, lang);
        assert!(
            summary.iter().any(|i| i.ends_with(&format!(": {name}"))),
            "{lang}: {summary:?}"
        );
        let feed = site.read(&format!("public/{lang}/feed.xml"));
        assert!(!feed.contains("NEVER PUBLISHED"), "{lang}");
    }
}

#[test]
fn a_translation_missing_a_message_is_reviewed_with_the_source_s_words_in_its_place() {
    // As the preview shows it: `review` stopped at "no message `storage-heading` in
    // locales/de" where a translation lacked a message that candor's code formats (the
    // summary's and the print margins' section names), though the pages show the source's.
    let site = Site::example();
    site.replace(
        "locales/de/sections.ftl",
        "storage-heading = Wo speichert { $org } Ihre Daten?\n",
        "",
    );
    // And one that the archive's copies of publications that did not record it take from
    // today's words (qa142: review failed for it).
    site.replace(
        "locales/de/annex.ftl",
        "annex-title = Anlage zum Auftragsverarbeitungsvertrag mit { $org }\n",
        "",
    );
    site.replace(
        "content/retention.toml",
        "period = { count = 2, unit = \"years\" }",
        "period = { count = 3, unit = \"years\" }",
    );
    let out = review(&site);
    let de = Page::read(&out, "de");
    assert!(
        texts(&de, "h2")
            .iter()
            .any(|h| h.contains("Where does Luscii store your data?")),
        "{:?}",
        texts(&de, "h2")
    );
    // The German struck is read in German, the English that replaces it in English (qa142:
    // the struck German was inside the English words' `<span lang="en">`).
    assert_eq!(
        marked_langs(&de, "Wo speichert Luscii Ihre Daten?"),
        [("del".to_string(), "de".to_string())],
        "{}",
        de.source
    );
    assert_eq!(
        marked_langs(&de, "Where does Luscii store your data?"),
        [("ins".to_string(), "en".to_string())],
        "{}",
        de.source
    );
    // What changed is summed up as in a complete translation, the section whose German name
    // the page would lose among it.
    let summary = texts(&de, ".review-summary li").join("\n");
    assert!(summary.contains("3 Jahre statt 2 Jahre"), "{summary}");
    // Bracketed as the heading it names is: not translated yet (it read as the summary's own
    // words).
    assert!(
        summary.contains("Neu formuliert: \u{27e6}Where does Luscii store your data?\u{27e7}"),
        "{summary}"
    );
    let old = Page::read_file(
        &out.join("de/archive/2022-03-10/annex/index.html"),
        Some("de"),
    );
    assert!(
        text(old.one("h1")).contains("Annex to the data processing agreement with Luscii"),
        "{}",
        text(old.one("h1"))
    );
    // The other languages are as they were.
    let nl = Page::read(&out, "nl");
    assert!(!nl.source.contains("Where does Luscii store your data?"));
}

#[test]
fn a_page_title_reworded_whole_is_marked_changed_not_removed_and_added() {
    // qa142: with `page-title` gone from the German words, the review struck the German title
    // as a heading removed (above the summary) and marked the English one as a heading added:
    // a page has one title, and it changed.
    let site = Site::example();
    site.replace(
        "locales/de/chrome.ftl",
        "page-title = Umgang mit Daten bei { $org }\n",
        "",
    );
    let out = review(&site);
    let de = Page::read(&out, "de");
    let titles = de.all("h1");
    assert_eq!(titles.len(), 1, "{}", de.source);
    assert_eq!(
        titles[0].value().attr("data-review"),
        Some("changed"),
        "{}",
        de.source
    );
    assert_eq!(
        marked_langs(&de, "Umgang mit Daten bei Luscii"),
        [("del".to_string(), "de".to_string())]
    );
    assert_eq!(
        marked_langs(&de, "Data handling at Luscii"),
        [("ins".to_string(), "en".to_string())]
    );
}

#[test]
fn a_translation_revised_twice_in_a_day_is_reviewed_against_the_revision_as_the_log_names_it() {
    // qa146: revised twice on 1 January, the German review said "in der am 1. Januar 2027
    // überarbeiteten Übersetzung", where the change log names the wording it compares with
    // "1. Januar 2027 (2. Überarbeitung des Tages)".
    let site = Site::example();
    common::revise_the_german_caption(&site);
    site.build_later(&[]).success();
    common::revise_the_german_caption_again(&site);
    site.build_later(&[]).success();
    let out = review(&site);
    let de = Page::read_file(&out.join("de/index.html"), Some("de"));
    // Long words are written with soft hyphens.
    let log = site
        .read("public/de/changes/index.html")
        .replace('\u{ad}', "");
    let named = "1. Januar 2027 (2. Überarbeitung des Tages)";
    assert!(log.contains(named), "{log}");
    assert_eq!(
        de.text_of("#review-h"),
        format!(
            "Änderungen seit der Veröffentlichung vom 30. November 2026, in der am {named} \
             überarbeiteten Übersetzung"
        )
    );
}

#[test]
fn a_translation_reworded_with_its_source_and_still_stale_is_told_reworded_too() {
    // qa146: the English and the German of a retention sentence reworded together, the German
    // still translated from the older English (stale): the change log said only "Reworded in
    // the original, not yet in this translation", as if the German page read as it did, and
    // the review said the same; the German page reads otherwise.
    let site = Site::example();
    site.replace(
        "locales/en/sections.ftl",
        "retention-customer-may-change = The { -customer } may agree a different",
        "retention-customer-may-change = The { -customer } may agree in writing a different",
    );
    site.replace(
        "locales/de/sections.ftl",
        "retention-customer-may-change = Der { -customer } kann in seinem",
        "retention-customer-may-change = Der { -customer } kann schriftlich in seinem",
    );
    let out = review(&site);
    site.build_later(&[]).success();
    let section = "Wie lange bewahrt Luscii personenbezogene Daten auf?";
    let reviewed = Page::read_file(&out.join("de/index.html"), Some("de"));
    let log = Page::read_file(&site.public().join("de/changes/index.html"), Some("de"));
    let logged = texts(&log, &format!("[id='{}'] li", common::LATER_DATE_ISO));
    let mut summary = texts(&reviewed, ".review-summary li");
    for told in [&logged, &summary] {
        let told: Vec<String> = told.iter().map(|t| t.replace('\u{ad}', "")).collect();
        for line in [
            format!("Im Original neu formuliert, in dieser Übersetzung noch nicht: {section}"),
            format!("Neu formuliert: {section}"),
        ] {
            assert!(told.contains(&line), "`{line}` not in {told:#?}");
        }
    }
    // The review says what the change log will say (in its own order: the summary's changes,
    // then the sections that do not follow the original).
    let mut logged = logged;
    logged.sort();
    summary.sort();
    assert_eq!(summary, logged);
    // Dutch, left as it was, did not follow the original yet, and says only that.
    let nl = Page::read_file(&site.public().join("nl/changes/index.html"), Some("nl"));
    let logged = texts(&nl, &format!("[id='{}'] li", common::LATER_DATE_ISO));
    assert!(
        logged.iter().all(|l| !l.starts_with("Anders geformuleerd")),
        "{logged:#?}"
    );
}

#[test]
fn a_feed_title_a_translation_lacks_reads_as_not_translated_yet() {
    // qa142: with `feed-title` gone from the German words, the review's German feed was titled
    // "Entwurf zur Prüfung: nicht veröffentlicht. Luscii: changes to how we handle your data",
    // the English unmarked, as if German.
    let site = Site::example();
    site.replace(
        "locales/de/changes.ftl",
        "feed-title = { $org }: Änderungen beim Umgang mit Ihren Daten\n",
        "",
    );
    let out = review(&site);
    let feed = common::without_isolates(&std::fs::read_to_string(out.join("de/feed.xml")).unwrap());
    let title = feed
        .split_once("<title>")
        .and_then(|(_, rest)| rest.split_once("</title>"))
        .map(|(title, _)| title)
        .unwrap();
    assert!(
        title.ends_with("\u{27e6}Luscii: changes to how we handle your data\u{27e7}"),
        "{title}"
    );
}

#[test]
fn a_translation_missing_a_term_is_reviewed_with_the_source_s_term_in_its_place() {
    // qa142: with `-customers` gone from the German terms, `review` (and the preview) stopped
    // at each German message that uses it ("refers to the term `-customers`, which does not
    // exist in locales/de"), where a missing message is shown in the source's words. A term
    // the source has is missing as a message is: the review goes on, warned of it, and the
    // pages show the source's term; a build still refuses it, saying it is not translated.
    let site = Site::example();
    site.replace(
        "locales/de/terms.ftl",
        "-customers = Gesundheitsdienstleister\n",
        "",
    );
    let out = site.path("review");
    let run = candor(
        &["review", &site.arg(), "--out", out.to_str().unwrap()],
        &[("SOURCE_DATE_EPOCH", common::LATER_EPOCH)],
    );
    run.success();
    assert!(
        run.stderr
            .contains("refers to the term `-customers`, which is not translated into `de`"),
        "{}",
        run.stderr
    );
    let de = Page::read(&out, "de");
    let breach = texts(&de, "p")
        .into_iter()
        .find(|p| p.contains("Kommt es zu einer Verletzung"))
        .expect("the breach section");
    // The redline shows the German term struck and the source's in its place.
    assert!(
        breach.contains(
            "benachrichtigt die betroffenen Gesundheitsdienstleister healthcare providers"
        ),
        "{breach}"
    );
    assert!(
        texts(&de, "ins")
            .iter()
            .any(|i| i == "healthcare providers"),
        "{:?}",
        texts(&de, "ins")
    );
    // The German term struck is read in German, wherever the source's term stands.
    let struck = marked_langs(&de, "Gesundheitsdienstleister");
    assert_eq!(struck.len(), 2, "{}", de.source);
    assert!(
        struck.iter().all(|(el, lang)| el == "del" && lang == "de"),
        "{struck:?}"
    );
    // And says it is not all translated (qa143: it did not), on the annex too; Dutch does not.
    assert_eq!(de.all(".untranslated-notice").len(), 1, "{}", de.source);
    let annex = Page::read_file(&out.join("de/annex/index.html"), Some("de"));
    assert_eq!(
        annex.all(".untranslated-notice").len(),
        1,
        "{}",
        annex.source
    );
    // Dutch keeps its own.
    let nl = Page::read(&out, "nl");
    assert!(nl.all(".untranslated-notice").is_empty(), "{}", nl.source);
    assert!(
        texts(&nl, "p")
            .iter()
            .any(|p| p.contains("de betrokken zorgaanbieders")),
        "{:?}",
        texts(&nl, "p")
    );
    for args in [&["check", &site.arg()][..], &["build", &site.arg()][..]] {
        let run = candor(args, &[]);
        run.expect_code(1);
        assert!(
            run.stderr
                .contains("refers to the term `-customers`, which is not translated into `de`"),
            "{}",
            run.stderr
        );
        assert!(
            run.stderr
                .contains("add `-customers = …` to a file in locales/de/"),
            "{}",
            run.stderr
        );
    }
}
