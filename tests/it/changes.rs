//! What changed, for legal and for controllers: `candor diff`, and the public change log and
//! Atom feed built from the recorded publications.

use crate::common;

use common::{LANGUAGES, Site, candor, text};
use serde_json::Value;

/// What each language says for changes of the example's 2025-10-30 publication, in the words
/// it recorded ("personal data", where later publications say whose: "of your users").
struct ChangeWords {
    lang: &'static str,
    added_slack: &'static str,
    hubspot_personal_data: &'static str,
    first: &'static str,
    title: &'static str,
}

const WORDS: [ChangeWords; 3] = [
    ChangeWords {
        lang: "en",
        added_slack: "Added sub-processor Slack",
        hubspot_personal_data: "Hubspot now processes personal data",
        first: "First publication of this page.",
        title: "Changes to this page",
    },
    ChangeWords {
        lang: "de",
        added_slack: "Neuer Unterauftragsverarbeiter: Slack",
        hubspot_personal_data: "Hubspot verarbeitet jetzt personenbezogene Daten",
        first: "Erste Veröffentlichung dieser Seite.",
        title: "Änderungen an dieser Seite",
    },
    ChangeWords {
        lang: "nl",
        added_slack: "Nieuwe subverwerker: Slack",
        hubspot_personal_data: "Hubspot verwerkt nu persoonsgegevens",
        first: "Eerste publicatie van deze pagina.",
        title: "Wijzigingen op deze pagina",
    },
];

#[test]
fn every_language_has_a_change_log_of_the_recorded_publications() {
    let site = Site::example();
    site.build(&["--locked"]).success();
    for (words, lang) in WORDS.iter().zip(LANGUAGES) {
        let page = common::Page::read_file(
            &site.public().join(words.lang).join("changes/index.html"),
            Some(words.lang),
        );
        assert_eq!(page.html_lang(), words.lang);
        assert_eq!(page.text_of("h1"), words.title);
        let dates: Vec<_> = page
            .all("section.publication h2 time")
            .iter()
            .map(|t| t.attr("datetime").unwrap().to_string())
            .collect();
        assert_eq!(
            dates,
            ["2026-11-30", "2025-10-30", "2022-03-10"],
            "newest first"
        );
        assert_eq!(
            text(page.all("section.publication h2")[0]),
            lang.example_date
        );
        let latest: Vec<String> = page
            .all("[id='2025-10-30'] li")
            .into_iter()
            .map(text)
            .collect();
        for expected in [words.added_slack, words.hubspot_personal_data] {
            assert!(
                latest.iter().any(|i| i == expected),
                "{}: `{expected}` not in {latest:?}",
                words.lang
            );
        }
        // The seven sub-processors added since 2022, and nothing typed by hand.
        assert_eq!(
            latest
                .iter()
                .filter(|i| i.contains("Slack") || i.contains("Notion") || i.contains("Voys"))
                .count(),
            3
        );
        let first: Vec<String> = page
            .all("[id='2022-03-10'] li")
            .into_iter()
            .map(text)
            .collect();
        assert_eq!(first, [words.first]);
        // The main page links to it and to the feed.
        let main = site.page(words.lang);
        assert!(
            main.all(&format!(
                "footer a[href='../{}/changes/index.html']",
                words.lang
            ))
            .len()
                == 1,
            "{}: no link to the change log",
            words.lang
        );
        assert!(
            main.all(&format!(
                "link[rel=alternate][type='application/atom+xml'][href='../{}/feed.xml']",
                words.lang
            ))
            .len()
                == 1
        );
    }
}

#[test]
fn the_feed_parses_back_with_stable_ids_and_dates() {
    let site = Site::example();
    site.build(&["--locked"]).success();
    let mut all_ids = Vec::new();
    for words in &WORDS {
        let bytes = site.read_bytes(&format!("public/{}/feed.xml", words.lang));
        let feed = feed_rs::parser::parse(&bytes[..]).expect("a valid feed");
        assert_eq!(feed.feed_type, feed_rs::model::FeedType::Atom);
        assert_eq!(feed.language.as_deref(), Some(words.lang));
        assert!(!feed.authors.is_empty() && feed.authors[0].name == "Luscii");
        assert_eq!(feed.entries.len(), 3);
        let updated: Vec<String> = feed
            .entries
            .iter()
            .map(|e| e.updated.unwrap().format("%Y-%m-%d").to_string())
            .collect();
        assert_eq!(updated, ["2026-11-30", "2025-10-30", "2022-03-10"]);
        // The publication of 2025-10-30 added Slack.
        let content = feed.entries[1]
            .content
            .as_ref()
            .and_then(|c| c.body.clone())
            .unwrap();
        assert!(
            content.contains(words.added_slack),
            "{}: {content}",
            words.lang
        );
        all_ids.extend(feed.entries.iter().map(|e| e.id.clone()));
        all_ids.push(feed.id.clone());
    }
    let unique: std::collections::BTreeSet<_> = all_ids.iter().collect();
    assert_eq!(unique.len(), all_ids.len(), "ids are unique: {all_ids:?}");
    // Stable: a later publication adds an entry and keeps the old ones as they were.
    let before = site.read("public/de/feed.xml");
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 48",
    );
    site.build_later(&[]).success();
    let after = site.read("public/de/feed.xml");
    let feed = feed_rs::parser::parse(after.as_bytes()).unwrap();
    assert_eq!(feed.entries.len(), 4);
    let old_ids: Vec<String> = feed_rs::parser::parse(before.as_bytes())
        .unwrap()
        .entries
        .iter()
        .map(|e| e.id.clone())
        .collect();
    let new_ids: Vec<String> = feed.entries.iter().skip(1).map(|e| e.id.clone()).collect();
    assert_eq!(old_ids, new_ids);
}

#[test]
fn a_new_publication_appears_in_the_change_log_in_every_language() {
    let site = Site::example();
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 48",
    );
    site.replace(
        "content/subprocessors.toml",
        "name = \"Hubspot\"\npersonal-data = true",
        "name = \"Hubspot\"\npersonal-data = false",
    );
    site.build_later(&[]).success();
    let expected = [
        (
            "en",
            "1 January 2027",
            "Hubspot no longer processes personal data of your users",
            "A personal data breach is now notified, where feasible, within 48 hours instead of 24 hours",
        ),
        (
            "de",
            "1. Januar 2027",
            "Hubspot verarbeitet keine personenbezogenen Daten Ihrer Nutzer mehr",
            "Eine Verletzung des Schutzes personenbezogener Daten wird jetzt nach Möglichkeit innerhalb von 48 Stunden statt 24 Stunden gemeldet",
        ),
        (
            "nl",
            "1 januari 2027",
            "Hubspot verwerkt geen persoonsgegevens van uw gebruikers meer",
            "Een inbreuk in verband met persoonsgegevens wordt nu zo mogelijk binnen 48 uur gemeld in plaats van binnen 24 uur",
        ),
    ];
    for (lang, date, hubspot, breach) in expected {
        let page = common::Page::read_file(
            &site.public().join(lang).join("changes/index.html"),
            Some(lang),
        );
        assert_eq!(text(page.all("section.publication h2")[0]), date);
        let items: Vec<String> = page
            .all("[id='2027-01-01'] li")
            .into_iter()
            .map(text)
            .collect();
        assert_eq!(items[0], hubspot, "{lang}: sub-processor changes first");
        let breach_item = common::without_isolates(&items[1]);
        assert_eq!(breach_item, breach, "{lang}: {items:?}");
    }
}

#[test]
fn diff_refuses_a_placeholder_as_build_does() {
    // A placeholder `candor init` wrote is left in the organisation's name: `build` refuses
    // it, so `diff`, which a review bot runs on the same change, shows the change and exits 1
    // with the same error at the same place.
    let site = Site::example();
    site.replace(
        "content/organisation.toml",
        "name = \"Luscii\"",
        "name = \"<placeholder: Luscii B.V.>\"",
    );
    let build = candor(&["build", &site.arg()], &[]);
    build.expect_code(1);
    let diff = candor(&["diff", &site.arg()], &[]);
    diff.expect_code(1);
    assert!(diff.stdout.contains("Luscii B.V."), "{}", diff.stdout);
    for run in [&build, &diff] {
        assert!(
            run.stderr
                .contains("`Luscii B.V.` is a placeholder, not a fact: it cannot be published"),
            "{}",
            run.stderr
        );
        assert!(
            run.stderr.contains("[content/organisation.toml:6:8]"),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn diff_refuses_what_build_refuses_in_the_words_and_the_theme() {
    // A German message deleted, and a template that renders a variable it is not given: `build`
    // refuses both, and `diff`, which a review bot runs on the same change, exits 1 with the
    // same errors, the diff still shown.
    for (file, from, to, says) in [
        (
            "locales/de/chrome.ftl",
            "yes = Ja\n",
            "",
            "`yes` is not translated into `de`",
        ),
        (
            "themes/default/templates/changes.html",
            "{% endblock body %}",
            "{{ nowhere }}{% endblock body %}",
            "nowhere",
        ),
    ] {
        let site = Site::example();
        site.replace(
            "content/organisation.toml",
            "name = \"Luscii\"",
            "name = \"Luscii B.V.\"",
        );
        site.replace(file, from, to);
        let build = candor(&["build", &site.arg()], &[]);
        build.expect_code(1);
        assert!(build.stderr.contains(says), "{file}: {}", build.stderr);
        let diff = candor(&["diff", &site.arg()], &[]);
        diff.expect_code(1);
        assert!(
            diff.stdout.contains("Luscii B.V."),
            "{file}: {}",
            diff.stdout
        );
        assert!(diff.stderr.contains(says), "{file}: {}", diff.stderr);
    }
}

#[test]
fn diff_that_cannot_load_the_site_still_tells_all_that_build_refuses() {
    // A content file that does not parse stops the diff; a German message deleted beside it
    // was told by `build` and not by `diff`, and the user met it only after fixing the first.
    let site = Site::example();
    let breach = site.read("content/breach.toml");
    site.write("content/breach.toml", &format!("{breach}\n[[[\n"));
    site.replace("locales/de/chrome.ftl", "yes = Ja\n", "");
    let diff = candor(&["diff", &site.arg()], &[]);
    diff.expect_code(1);
    for said in ["content/breach.toml", "`yes` is not translated into `de`"] {
        assert!(diff.stderr.contains(said), "{said}: {}", diff.stderr);
    }
    // Each told once.
    assert_eq!(
        diff.stderr
            .matches("`yes` is not translated into `de`")
            .count(),
        1
    );
}

#[test]
fn diff_before_the_first_publication_tells_what_it_states_as_after_one() {
    // With no publication recorded, every fact came as one change per file, its path under
    // `facts.` and no section, the sub-processors as one raw list: not as docs/diff-json.md
    // says, nor as `diff` tells the same facts after a publication.
    let site = Site::example();
    site.unpublished();
    let run = candor(&["diff", &site.arg(), "--format", "json"], &[]);
    run.success();
    let diff: Value = serde_json::from_str(&run.stdout).unwrap();
    // qa97: the format had no version, where `check --format json` has one.
    assert_eq!(diff["version"], 1);
    assert_eq!(diff["since"], Value::Null);
    let changes = diff["changes"].as_array().unwrap();
    let of = |kind: &'static str| changes.iter().filter(move |c| c["change"] == kind);
    let added: Vec<&str> = of("subprocessor-added")
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(added.len(), 15, "{added:?}");
    assert!(added.contains(&"Slack"), "{added:?}");
    assert!(of("storage-added").count() > 0);
    for fact in of("fact") {
        let path = fact["path"].as_str().unwrap();
        assert!(!path.starts_with("facts"), "{fact}");
        assert!(fact["section"].is_string(), "{fact}");
        assert_eq!(fact["was"], Value::Null, "{fact}");
    }
    assert!(of("fact").any(|f| f["path"] == "retention"));
}

#[test]
fn diff_shows_facts_by_field_text_by_message_and_translations() {
    let site = Site::example();
    let lock = site.read_bytes("candor.lock");
    site.replace(
        "content/subprocessors.toml",
        "name = \"Hubspot\"\npersonal-data = true",
        "name = \"Hubspot\"\npersonal-data = false",
    );
    site.write(
        "content/subprocessors.toml",
        &(site.read("content/subprocessors.toml") + "\n[[subprocessor]]\nname = \"Postmark\"\npersonal-data = true\noutside-eea = true\nmechanism = \"adequacy-decision\"\n"),
    );
    site.replace("content/retention.toml", "count = 2", "count = 3");
    site.replace(
        "locales/en/sections.ftl",
        "in all of its processing",
        "in everything it does",
    );
    site.replace("locales/de/chrome.ftl", "yes = Ja", "yes = Jawohl");

    // Postmark, engaged at once, lacks the notice promised: `diff` shows the change and, as
    // `build` would, refuses it.
    let run = candor(&["diff", &site.arg()], &[]);
    run.expect_code(1);
    assert!(
        run.stderr
            .contains("the new sub-processor `Postmark` takes effect on"),
        "{}",
        run.stderr
    );
    for line in [
        "changes since the publication of 2026-11-30",
        "+ sub-processor Postmark",
        "~ Hubspot: personal data yes -> no",
        "~ retention period: 2 years -> 3 years",
        "~ intro-body",
        "de: yes\n",
        "nl: (none)\n",
    ] {
        assert!(
            run.stdout.contains(line),
            "`{line}` not in:\n{}",
            run.stdout
        );
    }
    assert!(
        !run.stderr.contains("stale"),
        "diff is not check: {}",
        run.stderr
    );

    let json = candor(&["diff", &site.arg(), "--format", "json"], &[]);
    json.expect_code(1);
    let v: Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(v["since"], "2026-11-30");
    let changes = v["changes"].as_array().unwrap();
    assert!(changes.contains(
        &serde_json::json!({"change": "subprocessor-added", "id": "postmark", "name": "Postmark", "effective": null, "engaged": null})
    ));
    assert!(changes.contains(
        &serde_json::json!({"change": "personal-data", "id": "hubspot", "name": "Hubspot", "now": false})
    ));
    assert!(changes.contains(&serde_json::json!({
        "change": "retention-period",
        "was": {"count": 2, "unit": "years"},
        "now": {"count": 3, "unit": "years"}
    })));
    assert!(changes.iter().any(|c| c["change"] == "text"
        && c["message"] == "intro-body"
        && c["section"] == "principles"));
    assert_eq!(v["translations"]["de"], serde_json::json!(["yes"]));

    // diff records nothing and writes nothing.
    assert_eq!(lock, site.read_bytes("candor.lock"));
    assert!(!site.public().exists());
}

/// The example promises 30 days' notice of a new sub-processor (candor.toml).
fn add_subprocessor(site: &Site, extra: &str) {
    let entry = format!(
        "\n[[subprocessor]]\nname = \"Postmark\"\npersonal-data = true\noutside-eea = false\n{extra}"
    );
    site.write(
        "content/subprocessors.toml",
        &(site.read("content/subprocessors.toml") + &entry),
    );
}

#[test]
fn a_new_subprocessor_needs_the_promised_notice() {
    // Published 2027-01-01 and effective at once: refused, pointing at the entry.
    let site = Site::example();
    add_subprocessor(&site, "");
    let run = site.build_later(&[]);
    run.expect_code(1);
    assert!(
        run.stderr.contains(
            "the new sub-processor `Postmark` takes effect on 2027-01-01, less than the 30 days' notice"
        ),
        "{}",
        run.stderr
    );
    let text = site.read("content/subprocessors.toml");
    let line = text[..text.find("\"Postmark\"").unwrap()]
        .matches('\n')
        .count()
        + 1;
    assert!(
        run.stderr
            .contains(&format!("[content/subprocessors.toml:{line}:8]")),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("effective = 2027-01-31"),
        "{}",
        run.stderr
    );
    // `diff` that day shows the change and refuses it too.
    let diff = candor(
        &["diff", &site.arg(), "--format", "json"],
        &[("SOURCE_DATE_EPOCH", common::LATER_EPOCH)],
    );
    diff.expect_code(1);
    let json: Value = serde_json::from_str(&diff.stdout).expect("diff --format json");
    assert!(json["changes"].to_string().contains("Postmark"), "{json}");
    assert!(
        diff.stderr.contains(
            "the new sub-processor `Postmark` takes effect on 2027-01-01, less than the 30 days' notice"
        ),
        "{}",
        diff.stderr
    );

    // 30 days after publication: fine, and listed as upcoming in every language.
    let site = Site::example();
    add_subprocessor(&site, "effective = 2027-01-31\n");
    site.build_later(&[]).success();
    assert!(
        site.page("en")
            .text_of("table:has(#subprocessors-caption-upcoming) tbody")
            .contains("Postmark from 31 January 2027")
    );
    assert!(
        site.page("de")
            .text_of("table:has(#subprocessors-caption-upcoming) tbody")
            .contains("Postmark ab 31. Januar 2027")
    );
    assert!(
        site.page("nl")
            .text_of("table:has(#subprocessors-caption-upcoming) tbody")
            .contains("Postmark vanaf 31 januari 2027")
    );
    // The feed entry is dated when it was published, not when the sub-processor starts.
    let feed = feed_rs::parser::parse(&site.read_bytes("public/en/feed.xml")[..]).unwrap();
    assert_eq!(
        feed.entries[0]
            .updated
            .unwrap()
            .format("%Y-%m-%d")
            .to_string(),
        "2027-01-01"
    );

    // An emergency replacement says why.
    let site = Site::example();
    add_subprocessor(&site, "notice-exception = \"emergency-replacement\"\n");
    site.build_later(&[]).success();
}

#[test]
fn every_publication_stays_readable_at_a_permanent_address() {
    let site = Site::example();
    site.build(&["--locked"]).success();
    for lang in LANGUAGES {
        let path = |date: &str| {
            site.public()
                .join(lang.lang)
                .join("archive")
                .join(date)
                .join("index.html")
        };
        let old = common::Page::read_file(&path("2022-03-10"), Some(lang.lang));
        // The facts of 2022: the English reference page's nine sub-processors.
        let names: Vec<String> = old
            .all("#subprocessors tbody th")
            .into_iter()
            .map(text)
            .collect();
        assert_eq!(names.len(), 9, "{}: {names:?}", lang.lang);
        let hubspot = old
            .all("#subprocessors tbody tr")
            .into_iter()
            .find(|r| text(*r).starts_with("Hubspot"))
            .unwrap();
        assert!(
            text(hubspot).contains(lang.no),
            "{}: Hubspot processed no personal data in 2022",
            lang.lang
        );
        common::assert_stamp(
            &old,
            "2022-03-10",
            match lang.lang {
                "en" => "10 March 2022",
                "de" => "10. März 2022",
                _ => "10 maart 2022",
            },
        );
        let back = old.one(".archive-notice a");
        assert_eq!(
            back.attr("href"),
            Some(format!("../../../{}/index.html", lang.lang).as_str())
        );
        assert!(old.all(".stale-notice").is_empty());
        // The latest publication is archived too, and the pages link to the archive.
        assert!(path("2025-10-30").exists());
        let main = site.page(lang.lang);
        assert_eq!(
            main.all(&format!(
                "footer a[href='../{}/archive/index.html']",
                lang.lang
            ))
            .len(),
            1
        );
        let changes = common::Page::read_file(
            &site.public().join(lang.lang).join("changes/index.html"),
            Some(lang.lang),
        );
        assert_eq!(
            changes
                .all("a[href='../archive/2022-03-10/index.html']")
                .len(),
            1
        );
        let index = common::Page::read_file(
            &site.public().join(lang.lang).join("archive/index.html"),
            Some(lang.lang),
        );
        assert_eq!(
            index
                .all("a[href='2022-03-10/index.html'], a[href='2025-10-30/index.html']")
                .len(),
            2
        );
    }
}

#[test]
fn review_pages_mark_what_changed_in_every_language_and_record_nothing() {
    let site = Site::example();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Hubspot\"\npersonal-data = true",
        "name = \"Hubspot\"\npersonal-data = false",
    );
    site.replace("content/retention.toml", "count = 2", "count = 3");
    let lock = site.read_bytes("candor.lock");
    let out = site.path("review");
    let run = candor(
        &["review", &site.arg(), "--out", out.to_str().unwrap()],
        &[("SOURCE_DATE_EPOCH", common::LATER_EPOCH)],
    );
    run.success();
    let expected = [
        (
            "en",
            "Draft for review: not published.",
            "Changes since the publication of 30 November 2026",
            "Hubspot no longer processes personal data of your users",
            "Yes",
            "No",
        ),
        (
            "de",
            "Entwurf zur Prüfung: nicht veröffentlicht.",
            "Änderungen seit der Veröffentlichung vom 30. November 2026",
            "Hubspot verarbeitet keine personenbezogenen Daten Ihrer Nutzer mehr",
            "Ja",
            "Nein",
        ),
        (
            "nl",
            "Concept ter beoordeling: niet gepubliceerd.",
            "Wijzigingen sinds de publicatie van 30 november 2026",
            "Hubspot verwerkt geen persoonsgegevens van uw gebruikers meer",
            "Ja",
            "Nee",
        ),
    ];
    for (lang, draft, since, hubspot, was, now) in expected {
        let page = common::Page::read(&out, lang);
        assert_eq!(page.html_lang(), lang);
        assert_eq!(page.all("h1").len(), 1);
        assert_eq!(page.text_of(".review-draft"), draft);
        assert_eq!(page.text_of("#review-h"), since);
        let items: Vec<String> = page
            .all(".review-summary li")
            .into_iter()
            .map(text)
            .collect();
        assert_eq!(items[0], hubspot, "{lang}: {items:?}");
        // In the table: the old value deleted, the new one inserted, in the Hubspot row.
        let row = page.one("#subprocessors tr#subprocessor-hubspot");
        let del: Vec<String> = row.select(&common::sel("del")).map(text).collect();
        let ins: Vec<String> = row.select(&common::sel("ins")).map(text).collect();
        assert_eq!(
            (del, ins),
            (vec![was.to_string()], vec![now.to_string()]),
            "{lang}"
        );
        // Screen readers are told where a change starts, in the page's language.
        let mark = page.one("#subprocessors del");
        assert!(mark.attr("data-start").is_some_and(|s| !s.is_empty()));
        // The retention period: 2 deleted, 3 inserted.
        let retention: Vec<String> = page
            .all("#retention del, #retention ins")
            .into_iter()
            .map(text)
            .collect();
        assert_eq!(retention, ["2", "3"], "{lang}");
    }
    assert_eq!(
        lock,
        site.read_bytes("candor.lock"),
        "review records nothing"
    );
    assert!(!site.public().exists());
}

#[test]
fn review_marks_words_the_theme_asks_for_since_the_last_publication_as_new() {
    // The theme shows a message the last publication's recorded text does not have (as when
    // candor's own theme gains one): the old version still renders, and the words are new.
    let site = Site::example();
    site.replace(
        "themes/default/templates/page.html",
        r#"<h1>{{ t(key="page-title") }}</h1>"#,
        r#"<h1>{{ t(key="page-title") }}</h1>
<p class="tagline">{{ t(key="tagline") }}</p>"#,
    );
    for (lang, words) in [
        ("en", "Plain words about your data"),
        ("de", "Klare Worte über Ihre Daten"),
        ("nl", "Duidelijke taal over uw gegevens"),
    ] {
        let path = format!("locales/{lang}/chrome.ftl");
        let text = site.read(&path);
        site.write(&path, &format!("{text}tagline = {words}\n"));
    }
    let out = site.path("review");
    candor(
        &["review", &site.arg(), "--out", out.to_str().unwrap()],
        &[("SOURCE_DATE_EPOCH", common::LATER_EPOCH)],
    )
    .success();
    let page = common::Page::read(&out, "en");
    assert_eq!(page.text_of(".tagline ins"), "Plain words about your data");
    assert!(page.all(".tagline del").is_empty());
}

/// The items of the change log's entry for `iso`, in `lang`.
fn logged(site: &Site, lang: &str, iso: &str) -> Vec<String> {
    let page = common::Page::read_file(
        &site.public().join(lang).join("changes/index.html"),
        Some(lang),
    );
    page.all(&format!("[id='{iso}'] li"))
        .into_iter()
        .map(text)
        .collect()
}

#[test]
fn each_kind_of_change_is_told_as_what_it_is_in_every_language() {
    // Slack's security link removed, Hubspot's transfers moved outside the EEA.
    let site = Site::example_without_notice();
    site.replace(
        "content/subprocessors.toml",
        "security = \"https://slack.com/trust/security\"\n",
        "",
    );
    let text = site.read("content/subprocessors.toml");
    let hubspot = text.find("name = \"Hubspot\"").unwrap();
    let block_end = hubspot + text[hubspot..].find("\n\n").unwrap_or(text.len() - hubspot);
    let block = &text[hubspot..block_end];
    let moved = block.replace(
        "outside-eea = false",
        "outside-eea = true\nmechanism = \"binding-corporate-rules\"",
    );
    site.write(
        "content/subprocessors.toml",
        &text.replacen(block, &moved, 1),
    );
    site.build_later(&[]).success();
    for (lang, link, transfer) in [
        (
            "en",
            "Slack: no longer links to its security measures",
            "Hubspot now transfers data outside the EEA (transfer mechanism: Binding corporate rules)",
        ),
        (
            "de",
            "Slack: kein Link mehr zu den Sicherheitsmaßnahmen",
            "Hubspot übermittelt jetzt Daten in Länder außerhalb des EWR (Übermittlungsgrundlage:",
        ),
        (
            "nl",
            "Slack: geen link meer naar de beveiligingsmaatregelen",
            "Hubspot geeft nu gegevens door buiten de EER (doorgiftemechanisme:",
        ),
    ] {
        let items = logged(&site, lang, common::LATER_DATE_ISO);
        assert!(items.iter().any(|i| i == link), "{lang}: {items:?}");
        assert!(
            items.iter().any(|i| i.starts_with(transfer)),
            "{lang}: {items:?}"
        );
        assert!(
            !items.iter().any(|i| i.contains("new link")
                || i.contains("neuer Link")
                || i.contains("nieuwe link")),
            "{lang}: {items:?}"
        );
        let feed = site.read(&format!("public/{lang}/feed.xml"));
        assert!(feed.contains(link), "{lang}: the feed says it too");
    }

    // An upcoming sub-processor is announced with its date; dropping the date is told as such
    // (with no notice period promised any more, which that allows).
    let site = Site::example();
    add_subprocessor(&site, "effective = 2027-03-01\n");
    site.build_later(&[]).success();
    for (lang, announced) in [
        (
            "en",
            "Sub-processor Postmark will be engaged from 1 March 2027; controllers may object before then, writing to privacy@luscii.com",
        ),
        (
            "de",
            "Neuer Unterauftragsverarbeiter ab 1. März 2027: Postmark; Verantwortliche können vorher Einspruch erheben, an privacy@luscii.com",
        ),
        (
            "nl",
            "Nieuwe subverwerker vanaf 1 maart 2027: Postmark; verwerkingsverantwoordelijken kunnen vóór die datum bezwaar maken, via privacy@luscii.com",
        ),
    ] {
        let items = logged(&site, lang, common::LATER_DATE_ISO);
        assert_eq!(items, [announced], "{lang}");
    }
    site.replace("content/subprocessors.toml", "effective = 2027-03-01\n", "");
    site.replace("candor.toml", "notice-days = 30", "");
    // 2027-01-02.
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1798848000")],
    )
    .success();
    // Engaged at once, before the day its notice gave: that day to object stands.
    for (lang, dropped, kept) in [
        (
            "en",
            "Postmark: engaged at once instead of from 1 March 2027",
            "Controllers may still object to Postmark up to and including 28 February 2027, writing to privacy@luscii.com",
        ),
        (
            "de",
            "Postmark: sofort eingesetzt statt ab 1. März 2027",
            "Verantwortliche können gegen Postmark noch bis einschließlich 28. Februar 2027 Einspruch erheben, an privacy@luscii.com",
        ),
        (
            "nl",
            "Postmark: direct ingezet in plaats van vanaf 1 maart 2027",
            "Verwerkingsverantwoordelijken kunnen nog tot en met 28 februari 2027 bezwaar maken tegen Postmark, via privacy@luscii.com",
        ),
    ] {
        // Added that day, as its notice says: it was "changed" (qa46).
        let items = logged_under(&site, lang, "2027-01-02", "added");
        assert_eq!(
            items,
            [dropped, kept],
            "{lang}: not \"the wording changed\""
        );
    }
}

/// The items of the change log's entry of `iso` in `lang` under the group `group` (`added`,
/// `changed`…).
#[test]
fn the_change_log_says_what_the_notice_says_of_objecting_and_of_an_exception() {
    // Slack will process personal data from 1 March, told ahead; Postmark is engaged at once,
    // an emergency replacement. The notice said controllers may object to Slack's change and
    // why Postmark had no notice; the change log, the record customers read, said neither.
    let site = Site::example();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Slack\"\npersonal-data = false",
        "name = \"Slack\"\npersonal-data = true\neffective = 2027-03-01",
    );
    add_subprocessor(&site, "notice-exception = \"emergency-replacement\"\n");
    site.build_later(&[]).success();
    for (lang, object, exception) in [
        (
            "en",
            "Slack: changes to it take effect from 1 March 2027; controllers may object before then, writing to privacy@luscii.com",
            "Postmark: an exception to the notice period, as it replaces a sub-processor in an emergency",
        ),
        (
            "de",
            "Slack: Änderungen gelten ab 1. März 2027; Verantwortliche können vorher Einspruch erheben, an privacy@luscii.com",
            "Postmark: eine Ausnahme von der Ankündigungsfrist, da damit ein Unterauftragsverarbeiter in einem Notfall ersetzt wird",
        ),
        (
            "nl",
            "Slack: wijzigingen gaan in op 1 maart 2027; verwerkingsverantwoordelijken kunnen vóór die datum bezwaar maken, via privacy@luscii.com",
            "Postmark: een uitzondering op de aankondigingstermijn, omdat hiermee een subverwerker in een noodgeval wordt vervangen",
        ),
    ] {
        let to_come = logged_under(&site, lang, common::LATER_DATE_ISO, "to-come");
        assert!(to_come.iter().any(|i| i == object), "{lang}: {to_come:?}");
        let added = logged_under(&site, lang, common::LATER_DATE_ISO, "added");
        assert_eq!(added.len(), 2, "{lang}: {added:?}");
        assert_eq!(added[1], exception, "{lang}: {added:?}");
        let feed = common::without_isolates(&site.read(&format!("public/{lang}/feed.xml")));
        for said in [object, exception] {
            let escaped = said.replace('&', "&amp;");
            assert!(
                feed.contains(&escaped),
                "{lang}: the feed says {said:?} too"
            );
        }
    }

    // A change that needs no notice (a new link to its security measures), told ahead: the
    // change log does not invite an objection the notice does not.
    let site = Site::example();
    site.replace(
        "content/subprocessors.toml",
        "security = \"https://slack.com/trust/security\"\n",
        "security = \"https://slack.com/trust/security/v2\"\neffective = 2027-03-01\n",
    );
    site.build_later(&[]).success();
    let items = logged(&site, "en", common::LATER_DATE_ISO);
    assert!(
        items
            .iter()
            .any(|i| common::without_isolates(i)
                == "Slack: changes to it take effect from 1 March 2027"),
        "{items:?}"
    );
    assert!(!items.iter().any(|i| i.contains("object")), "{items:?}");
}

#[test]
fn a_publications_items_follow_the_page_from_top_to_bottom() {
    // Two facts and the words of every part of the page and beyond it changed at once: the
    // change log tells them in the page's order (its facts first, then its words), then the
    // annex's, the page's other words and the change log's own; not in the order of the
    // messages' ids. (The notices keep the words of their publication: how they end,
    // reworded, is no change of any page, qa112.)
    let site = Site::example();
    site.replace(
        "content/access.toml",
        "privacy-training = true",
        "privacy-training = false",
    );
    // A typed change of a later section is told after a fact of an earlier one (qa27).
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 48",
    );
    site.replace(
        "content/access.toml",
        "access = \"full\"\nconfidentiality-agreement = true",
        "access = \"full\"\nconfidentiality-agreement = false",
    );
    site.replace(
        "content/processing.toml",
        "subjects = [\"patients\", \"care-professionals\"]",
        "subjects = [\"patients\"]",
    );
    for id in [
        "notice-how",
        "changes-title",
        "contents-label",
        "visitors-body",
        "access-training",
        "storage-body",
        "summary-feed",
        "annex-intro",
    ] {
        let file = ["chrome", "sections", "changes", "annex"]
            .into_iter()
            .map(|f| format!("locales/en/{f}.ftl"))
            .find(|f| {
                site.read(f)
                    .lines()
                    .any(|l| l.starts_with(&format!("{id} = ")))
            })
            .unwrap_or_else(|| panic!("{id} is a message of one line"));
        let text = site.read(&file);
        let line = text
            .lines()
            .find(|l| l.starts_with(&format!("{id} = ")))
            .unwrap();
        site.write(&file, &text.replacen(line, &format!("{line} Truly."), 1));
    }
    site.build_later(&[]).success();
    let iso = common::LATER_DATE_ISO;
    assert_eq!(
        logged(&site, "en", iso),
        [
            "Luscii no longer processes the data of: Healthcare professionals who work with the Luscii platform",
            "Engineers: no longer bound by a confidentiality agreement",
            "Changed: Who has access to the data?",
            "A personal data breach is now notified, where feasible, within 48 hours instead of 24 hours",
            "Reworded: At a glance",
            "Reworded: Where does Luscii store your data?",
            "Reworded: Who has access to the data?",
            "Reworded: Website visitors and applicants",
            "Reworded: Annex to the data processing agreement with Luscii",
            "Other text on the page was reworded.",
            "The wording of the change log and its feed was changed.",
        ]
    );
    // Every language in the same order: where each item leads.
    let expected = [
        Some("processing"),
        Some("access"),
        Some("access"),
        Some("breach"),
        Some("summary"),
        Some("storage"),
        Some("access"),
        Some("visitors"),
        None,
        None,
        None,
    ];
    for lang in ["en", "de", "nl"] {
        let page = common::Page::read_file(
            &site.public().join(lang).join("changes/index.html"),
            Some(lang),
        );
        let leads: Vec<Option<String>> = page
            .all(&format!("[id='{iso}'] li"))
            .into_iter()
            .map(|li| {
                li.select(&scraper::Selector::parse("a").unwrap())
                    .next()
                    .and_then(|a| a.value().attr("href"))
                    .and_then(|href| href.split_once('#'))
                    .map(|(_, fragment)| fragment.to_string())
            })
            .collect();
        assert_eq!(
            leads,
            expected.map(|e| e.map(String::from)).to_vec(),
            "{lang}"
        );
    }
}

/// Why the data is processed and what is done with it (Annex I.B), changed: told by what is
/// no longer so, in every language, as whose data and which are.
#[test]
fn a_change_to_why_or_how_data_is_processed_says_what() {
    let site = crate::second_example::copy();
    site.replace(
        "content/processing.toml",
        "purposes = [\"courses\", \"live-classes\", \"support\"]",
        "purposes = [\"courses\", \"live-classes\"]",
    );
    site.replace(
        "content/processing.toml",
        "\"storage\", \"recording\",",
        "\"storage\",",
    );
    site.replace(
        "content/processing.toml",
        "frequency = \"continuous\"",
        "frequency = \"one-off\"",
    );
    site.build_later(&[]).success();
    // How often, told as what it is (qa106: only "Changed: What data does … process?").
    for (lang, said) in [
        (
            "en",
            "How often data is transferred to Tessel Learning (fictional): Once (before: Continuous, for as long as the service is provided)",
        ),
        (
            "fr",
            "Fréquence des transferts de données à Tessel Learning (fictional) : Une seule fois (jusqu’ici : En continu, tant que le service est fourni)",
        ),
    ] {
        let items: Vec<String> = logged(&site, lang, common::LATER_DATE_ISO)
            .iter()
            .map(|i| common::without_isolates(i).replace('\u{ad}', ""))
            .collect();
        assert!(items.iter().any(|i| i == said), "{lang}: {said}\n{items:?}");
    }
    for (lang, said) in [
        (
            "en",
            [
                "Tessel Learning (fictional) no longer processes data for: Helping learners, trainers and administrators use Tessel Learning (fictional)",
                "What Tessel Learning (fictional) does with the data no longer includes: Recording live classes",
            ],
        ),
        (
            "de",
            [
                "Tessel Learning (fictional) verarbeitet Daten nicht mehr für: Lernenden, Lehrenden und Administratoren bei der Nutzung von Tessel Learning (fictional) helfen",
                "Was Tessel Learning (fictional) mit den Daten tut, umfasst nicht mehr: Aufzeichnen des Live-Unterrichts",
            ],
        ),
        (
            "fr",
            [
                "Tessel Learning (fictional) ne traite plus de données pour : Aider les apprenants, les formateurs et les administrateurs à utiliser Tessel Learning (fictional)",
                "Ce que Tessel Learning (fictional) fait des données ne comprend plus : Enregistrement des cours en direct",
            ],
        ),
        (
            "ar",
            [
                "لم تعد Tessel Learning (fictional) تعالج البيانات من أجل: مساعدة المتعلّمين والمدرّبين والمسؤولين على استخدام Tessel Learning (fictional)",
                "لم يعد ما تفعله Tessel Learning (fictional) بالبيانات يشمل: تسجيل الحصص المباشرة",
            ],
        ),
    ] {
        let items: Vec<String> = logged(&site, lang, common::LATER_DATE_ISO)
            .iter()
            .map(|i| common::without_isolates(i).replace('\u{ad}', ""))
            .collect();
        for line in said {
            assert!(items.iter().any(|i| i == line), "{lang}: {line}\n{items:?}");
        }
    }
    // No longer stated is no change of what is done: it says so (qa106: dropping the key was
    // told as "no longer processes data for"). (Where the annex serves as Annex I.B, it is
    // needed.)
    site.replace("candor.toml", "annex-i-b = true", "annex-i-b = false");
    site.replace(
        "content/processing.toml",
        "operations = [\"collection\", \"storage\", \"progress-reports\", \"erasure\"]\n",
        "",
    );
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1798848000")],
    )
    .success();
    for (lang, said) in [
        (
            "en",
            "Tessel Learning (fictional) no longer states what it does with the data (it stated: Collecting the data learners, trainers and administrators enter, Storing the data, Reporting learners' progress to the customer's administrators, and Deleting the data once it is no longer kept)",
        ),
        (
            "de",
            "Tessel Learning (fictional) nennt nicht mehr, was es mit den Daten tut (bisher: Erheben der Daten, die Lernende, Lehrende und Administratoren eingeben, Speichern der Daten, Berichte über den Lernfortschritt an die Administratoren des Kunden und Löschen der Daten, sobald sie nicht mehr aufbewahrt werden)",
        ),
    ] {
        let items: Vec<String> = logged(&site, lang, "2027-01-02")
            .iter()
            .map(|i| common::without_isolates(i).replace('\u{ad}', ""))
            .collect();
        assert!(items.iter().any(|i| i == said), "{lang}: {said}\n{items:?}");
    }
}

/// Whose data is processed and which kinds of it, changed: told by what is added and what is
/// no longer, in every language. The change log said only "Changed: What data does Luscii
/// process for its customers?" when a kind of data was dropped (qa32), and a customer could not
/// tell what.
#[test]
fn a_change_to_whose_data_or_which_data_is_processed_says_what() {
    let site = Site::example_without_notice();
    site.replace(
        "content/processing.toml",
        "subjects = [\"patients\", \"care-professionals\"]",
        "subjects = [\"care-professionals\"]",
    );
    site.replace(
        "content/processing.toml",
        "categories = [\"identity-contact\", \"programme-health-data\"]",
        "categories = [\"usage\", \"identity-contact\"]",
    );
    // The integration that carried the kind of data no longer processed carries another.
    site.replace(
        "content/integrations.toml",
        "data = [\"programme-health-data\"]",
        "data = [\"usage\"]",
    );
    site.build_later(&[]).success();
    let iso = common::LATER_DATE_ISO;
    for (lang, said) in [
        (
            "en",
            [
                "Luscii no longer processes the data of: Patients",
                "Luscii now also processes: Technical data about the use of the Luscii platform; and no longer: Health data that belongs to the care programme the patient is enrolled in, such as measurements and alerts",
            ],
        ),
        (
            "de",
            [
                "Luscii verarbeitet keine Daten mehr von: Patienten",
                "Luscii verarbeitet jetzt auch: Technische Daten über die Nutzung der Luscii-Plattform; aber nicht mehr: Gesundheitsdaten, die zu dem Versorgungsprogramm gehören, in das der Patient aufgenommen ist, etwa Messwerte und Warnmeldungen",
            ],
        ),
        (
            "nl",
            [
                "Luscii verwerkt geen gegevens meer van: Patiënten",
                "Luscii verwerkt nu ook: Technische gegevens over het gebruik van het Luscii-platform; maar niet meer: Gezondheidsgegevens die horen bij het zorgprogramma waarin de patiënt is opgenomen, zoals metingen en alarmmeldingen",
            ],
        ),
    ] {
        let items: Vec<String> = logged(&site, lang, iso)
            .iter()
            .map(|i| common::without_isolates(i).replace('\u{ad}', ""))
            .collect();
        for line in said {
            assert!(items.iter().any(|i| i == line), "{lang}: {line}\n{items:?}");
        }
    }
    // Listed in another order only: no change of what is processed.
    site.replace(
        "content/processing.toml",
        "categories = [\"usage\", \"identity-contact\"]",
        "categories = [\"identity-contact\", \"usage\"]",
    );
    let diff = candor(
        &["diff", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1799971200")],
    );
    diff.success();
    assert!(!diff.stdout.contains("data categories"), "{}", diff.stdout);
}

#[test]
fn a_change_to_who_has_access_is_told_group_by_group() {
    // The engineers no longer bound by a confidentiality agreement, support given full access,
    // all other staff no longer listed. The change log said only "Changed: Who has access to
    // the data?", and `diff` printed the whole list of groups as JSON (qa25): a lawyer could
    // not tell that a contractual safeguard (Art. 28(3)(b)) was dropped.
    let site = Site::example();
    site.replace(
        "content/access.toml",
        "access = \"full\"\nconfidentiality-agreement = true",
        "access = \"full\"\nconfidentiality-agreement = false",
    );
    site.replace(
        "content/access.toml",
        "access = \"user-data\"",
        "access = \"full\"",
    );
    site.replace(
        "content/access.toml",
        "\n[[group]]\nid = \"other-staff\"\naccess = \"none\"\n",
        "",
    );
    let diff = candor(
        &["diff", &site.arg()],
        &[("SOURCE_DATE_EPOCH", common::LATER_EPOCH)],
    );
    diff.success();
    for line in [
        "~ access group support: access user-data -> full",
        "~ access group engineers: confidentiality agreement yes -> no",
        "- access group other-staff",
    ] {
        assert!(diff.stdout.contains(line), "{line}: {}", diff.stdout);
    }
    assert!(!diff.stdout.contains("access.groups"), "{}", diff.stdout);
    site.build_later(&[]).success();
    let iso = common::LATER_DATE_ISO;
    for (lang, changed, removed) in [
        (
            "en",
            [
                "Engineers: no longer bound by a confidentiality agreement",
                "Staff in support roles: Full access to our databases (was: Access to the data of your users)",
            ],
            "No longer listed among the staff: All other staff",
        ),
        (
            "de",
            [
                "Softwareentwickler: nicht mehr mit Vertraulichkeitsvereinbarung",
                "Mitarbeiter in der Anwenderbetreuung: Vollzugriff auf unsere Datenbanken (bisher: Zugriff auf die Daten Ihrer Nutzer)",
            ],
            "Nicht mehr unter den Mitarbeitern aufgeführt: Alle übrigen Mitarbeiter",
        ),
        (
            "nl",
            [
                "Ontwikkelaars: niet langer met geheimhoudingsverklaring",
                "Medewerkers gebruikersondersteuning: Volledige toegang tot onze databases (voorheen: Toegang tot de gegevens van uw gebruikers)",
            ],
            "Niet meer vermeld onder de medewerkers: Alle overige medewerkers",
        ),
    ] {
        assert_eq!(logged_under(&site, lang, iso, "changed"), changed, "{lang}");
        assert_eq!(
            logged_under(&site, lang, iso, "removed"),
            [removed],
            "{lang}"
        );
    }
}

fn logged_under(site: &Site, lang: &str, iso: &str, group: &str) -> Vec<String> {
    let page = common::Page::read_file(
        &site.public().join(lang).join("changes/index.html"),
        Some(lang),
    );
    page.all(&format!("[aria-labelledby='h-{iso}-{group}'] li"))
        .into_iter()
        .map(|li| common::without_isolates(&text(li)))
        .collect()
}

#[test]
fn a_start_brought_forward_to_the_publications_day_is_told_as_what_took_effect() {
    // Postmark is announced for 1 March, and a change to Slack (personal data) too; on
    // 1 February both days are brought forward to that day. The change log said only that
    // the days moved: nowhere did Postmark join the list, nor Slack's change take effect.
    let site = Site::example_without_notice();
    add_subprocessor(&site, "effective = 2027-03-01\n");
    site.replace(
        "content/subprocessors.toml",
        "name = \"Slack\"\npersonal-data = false",
        "name = \"Slack\"\npersonal-data = true\neffective = 2027-03-01",
    );
    site.build_later(&[]).success();
    let list = site.read("content/subprocessors.toml");
    assert_eq!(list.matches("effective = 2027-03-01").count(), 2);
    site.write(
        "content/subprocessors.toml",
        &list.replace("effective = 2027-03-01", "effective = 2027-02-01"),
    );
    build_on(&site, "2027-02-01").success();
    for (lang, added, kept, changed) in [
        (
            "en",
            "Postmark: engaged from 1 February 2027, brought forward from 1 March 2027",
            "Controllers may still object to Postmark up to and including 28 February 2027, writing to privacy@luscii.com",
            [
                "Slack: what was announced for 1 March 2027 took effect on 1 February 2027, brought forward",
                "Took effect on 1 February 2027: Slack now processes personal data of your users",
                "Controllers may still object to Slack up to and including 28 February 2027, writing to privacy@luscii.com",
            ],
        ),
        (
            "de",
            "Postmark: eingesetzt ab 1. Februar 2027, vorgezogen vom 1. März 2027",
            "Verantwortliche können gegen Postmark noch bis einschließlich 28. Februar 2027 Einspruch erheben, an privacy@luscii.com",
            [
                "Slack: Was für den 1. März 2027 angekündigt war, wurde vorgezogen und ist am 1. Februar 2027 wirksam geworden",
                "Am 1. Februar 2027 wirksam geworden: Slack verarbeitet jetzt personenbezogene Daten Ihrer Nutzer",
                "Verantwortliche können gegen Slack noch bis einschließlich 28. Februar 2027 Einspruch erheben, an privacy@luscii.com",
            ],
        ),
        (
            "nl",
            "Postmark: ingezet vanaf 1 februari 2027, vervroegd van 1 maart 2027",
            "Verwerkingsverantwoordelijken kunnen nog tot en met 28 februari 2027 bezwaar maken tegen Postmark, via privacy@luscii.com",
            [
                "Slack: wat voor 1 maart 2027 was aangekondigd, is vervroegd en op 1 februari 2027 ingegaan",
                "Ingegaan op 1 februari 2027: Slack verwerkt nu persoonsgegevens van uw gebruikers",
                "Verwerkingsverantwoordelijken kunnen nog tot en met 28 februari 2027 bezwaar maken tegen Slack, via privacy@luscii.com",
            ],
        ),
    ] {
        // The day to object the notice of 1 January gave stands, and is told with each.
        assert_eq!(
            logged_under(&site, lang, "2027-02-01", "added"),
            [added, kept],
            "{lang}"
        );
        assert_eq!(
            logged_under(&site, lang, "2027-02-01", "changed"),
            changed,
            "{lang}"
        );
    }
    // The notice says each day once: "took effect on 1 February 2027, brought forward" was
    // followed by "Takes effect on 1 February 2027."; and what takes effect that day is told
    // under an opening that says the changes take effect at once. The day to object by that
    // the first notice gave stands.
    let notice = common::without_isolates(&site.read("public/en/notices/2027-02-01/notice.md"));
    assert!(!notice.contains("Takes effect on"), "{notice}");
    for item in [
        "- Postmark: engaged from 1 February 2027, brought forward from 1 March 2027. Last day to object: 28 February 2027.\n",
        "- Slack: what was announced for 1 March 2027 took effect on 1 February 2027, brought forward. Last day to object: 28 February 2027.\n",
        // Under the item of its day, which it takes effect with (qa96).
        "  - Slack now processes personal data of your users.\n",
    ] {
        assert!(notice.contains(item), "{item}\n{notice}");
    }
}

/// The example, published on 1 January with Hubspot's transfer outside the EEA, under standard
/// contractual clauses, announced for 1 March.
fn hubspot_to_transfer_from_march() -> Site {
    let site = Site::example();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Hubspot\"\npersonal-data = true\noutside-eea = false\n",
        "name = \"Hubspot\"\npersonal-data = true\noutside-eea = true\nmechanism = \"standard-contractual-clauses\"\neffective = 2027-03-01\n",
    );
    site.build_later(&[]).success();
    site
}

#[test]
fn a_change_revised_as_it_is_brought_forward_is_not_told_as_what_was_announced() {
    // Hubspot's transfer under standard contractual clauses is announced for 1 March; on
    // 1 February it takes effect at once (the law requires it), under binding corporate rules.
    // The change log said "what was announced for 1 March 2027 took effect": it did not.
    let site = hubspot_to_transfer_from_march();
    site.replace(
        "content/subprocessors.toml",
        "mechanism = \"standard-contractual-clauses\"\neffective = 2027-03-01\n",
        "mechanism = \"binding-corporate-rules\"\neffective = 2027-02-01\nnotice-exception = \"legal-obligation\"\n",
    );
    build_on(&site, "2027-02-01").success();
    for (lang, revised, announced) in [
        (
            "en",
            "Hubspot: what was announced for 1 March 2027 was revised and took effect on 1 February 2027, brought forward",
            "what was announced for 1 March 2027 took effect",
        ),
        (
            "de",
            "Hubspot: Was für den 1. März 2027 angekündigt war, wurde geändert, vorgezogen und ist am 1. Februar 2027 wirksam geworden",
            "angekündigt war, wurde vorgezogen",
        ),
        (
            "nl",
            "Hubspot: wat voor 1 maart 2027 was aangekondigd, is gewijzigd, vervroegd en op 1 februari 2027 ingegaan",
            "was aangekondigd, is vervroegd",
        ),
    ] {
        let changed = logged_under(&site, lang, "2027-02-01", "changed");
        assert!(changed.iter().any(|i| i == revised), "{lang}: {changed:?}");
        assert!(
            !changed.iter().any(|i| i.contains(announced)),
            "{lang}: {changed:?}"
        );
        // The notice, which tells each change on its own, says so too.
        let notice = common::without_isolates(
            &site.read(&format!("public/{lang}/notices/2027-02-01/notice.md")),
        );
        assert!(
            notice.contains(&format!("- {revised}.")),
            "{lang}: {notice}"
        );
    }

    // Part of what was announced withdrawn as the rest is brought forward: not all of it took
    // effect.
    let site = Site::example();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Vidyo\"\npersonal-data = false\noutside-eea = false\n",
        "name = \"Vidyo\"\npersonal-data = true\noutside-eea = true\nmechanism = \"standard-contractual-clauses\"\neffective = 2027-03-01\n",
    );
    site.build_later(&[]).success();
    site.replace(
        "content/subprocessors.toml",
        "personal-data = true\noutside-eea = true\nmechanism = \"standard-contractual-clauses\"\neffective = 2027-03-01\n",
        "personal-data = true\noutside-eea = false\neffective = 2027-02-01\nnotice-exception = \"legal-obligation\"\n",
    );
    build_on(&site, "2027-02-01").success();
    let items = logged(&site, "en", "2027-02-01");
    assert!(
        items.iter().any(|i| i
            == "Vidyo: what was announced for 1 March 2027 was revised and took effect on 1 February 2027, brought forward"),
        "{items:?}"
    );

    // Brought forward as announced, with the exception that allows it (qa80): the notice said
    // "was revised", the change log did not. An exception is no change to what takes effect.
    let site = hubspot_to_transfer_from_march();
    site.replace(
        "content/subprocessors.toml",
        "effective = 2027-03-01\n",
        "effective = 2027-02-01\nnotice-exception = \"legal-obligation\"\n",
    );
    build_on(&site, "2027-02-01").success();
    let as_announced = "Hubspot: what was announced for 1 March 2027 took effect on 1 February 2027, brought forward";
    let items = logged(&site, "en", "2027-02-01");
    assert!(items.iter().any(|i| i == as_announced), "{items:?}");
    let notice = common::without_isolates(&site.read("public/en/notices/2027-02-01/notice.md"));
    assert!(notice.contains(&format!("- {as_announced}.")), "{notice}");
    assert!(!notice.contains("revised"), "{notice}");
}

#[test]
fn a_subprocessor_named_in_another_script_can_be_renamed_by_the_id_candor_gave_it() {
    // qa62: "Облако" is `облако` by the id candor derives; renamed, the error said to give it
    // `id = "облако"`, which was then refused as "not a valid id" (ASCII only): the rename
    // could only be published as a removal and a new engagement, with a notice period.
    let site = Site::example();
    add_subprocessor(&site, "notice-exception = \"legal-obligation\"\n");
    site.replace(
        "content/subprocessors.toml",
        "name = \"Postmark\"",
        "name = \"Облако\"",
    );
    site.build_later(&[]).success();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Облако\"",
        "name = \"Облако Plus\"",
    );
    site.replace(
        "content/subprocessors.toml",
        "notice-exception = \"legal-obligation\"\n",
        "",
    );
    let run = build_on(&site, "2027-01-02");
    run.expect_code(1);
    assert!(
        common::compact(&run.stderr).contains("giveittheidithad:`id=\"облако\"`"),
        "{}",
        run.stderr
    );
    site.replace(
        "content/subprocessors.toml",
        "name = \"Облако Plus\"",
        "id = \"облако\"\nname = \"Облако Plus\"",
    );
    build_on(&site, "2027-01-02").success();
    // (Its exception to the notice period, taken off, is told after it.)
    let items = logged(&site, "en", "2027-01-02");
    assert_eq!(
        items.first().map(String::as_str),
        Some("Sub-processor Облако is now called Облако Plus"),
        "{items:?}"
    );
    assert!(!items.iter().any(|i| i.contains("Added")), "{items:?}");
    // An id is written as candor derives one: not with capitals or accents it would fold.
    site.replace(
        "content/subprocessors.toml",
        "id = \"облако\"",
        "id = \"Облако\"",
    );
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    assert!(
        run.stderr.contains("`Облако` is not a valid id"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("`облако`"), "{}", run.stderr);
    // Nor empty (qa63: it was its own derived form).
    site.replace("content/subprocessors.toml", "id = \"Облако\"", "id = \"\"");
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    assert!(
        run.stderr.contains("`` is not a valid id"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_exception_told_beside_the_change_it_excepts_is_not_also_a_change_of_the_record() {
    // qa59: Tracelight, announced for 1 February, brought forward to the day of publication
    // under a legal obligation: the change log told the exception beside it, and again, under
    // "Changed", as "The record of Tracelight changed: exception to the notice period", as
    // if an earlier record had changed apart from it. In every language.
    let site = crate::second_example::copy();
    site.replace(
        "content/subprocessors.toml",
        "effective = 2027-02-01",
        "effective = 2026-12-09\nnotice-exception = \"legal-obligation\"",
    );
    build_on(&site, "2026-12-09").success();
    let en = logged(&site, "en", "2026-12-09");
    let exception =
        "Tracelight: an exception to the notice period, as the law requires this change";
    assert_eq!(en.iter().filter(|i| *i == exception).count(), 1, "{en:?}");
    assert!(
        !en.iter()
            .any(|i| i.contains("The record of Tracelight changed")),
        "{en:?}"
    );
    for w in crate::second_example::LANGUAGES {
        let items = logged(&site, w.tag, "2026-12-09");
        assert_eq!(items.len(), en.len(), "{}: {items:?}", w.tag);
    }
    // Given alone in a publication of its own, the exception is a change of the record.
    let site = crate::second_example::copy();
    site.replace(
        "content/subprocessors.toml",
        "effective = 2027-02-01",
        "effective = 2027-02-01\nnotice-exception = \"legal-obligation\"",
    );
    build_on(&site, "2026-12-09").success();
    let en = logged(&site, "en", "2026-12-09");
    assert!(
        en.iter().any(|i| i.starts_with("The record of Tracelight")),
        "{en:?}"
    );
}

#[test]
fn an_exception_is_told_beside_the_change_it_excepts_and_a_moved_day_keeps_the_objection() {
    // Slack's change announced for 1 March takes effect that day; on 15 March a new one is
    // announced for 20 March under a legal obligation. The change log put the exception beside
    // "what was announced for 1 March took effect", which had its full notice.
    let site = crate::notice::slack_to_process_personal_data_from_march();
    site.replace(
        "content/subprocessors.toml",
        "mechanism = \"standard-contractual-clauses\"\nsecurity = \"https://slack.com/trust/security\"",
        "mechanism = \"data-privacy-framework\"\nsecurity = \"https://slack.com/trust/security\"\nnotice-exception = \"legal-obligation\"",
    );
    site.replace(
        "content/subprocessors.toml",
        "effective = 2027-03-01",
        "effective = 2027-03-20",
    );
    build_on(&site, "2027-03-15").success();
    let exception = "Slack: an exception to the notice period, as the law requires this change";
    let changed = logged_under(&site, "en", "2027-03-15", "changed");
    assert!(!changed.iter().any(|i| i == exception), "{changed:?}");
    let to_come = logged_under(&site, "en", "2027-03-15", "to-come");
    let at = to_come.iter().position(|i| i == exception);
    assert!(
        at.is_some_and(|at| at > 0 && to_come[at - 1].contains("transfer mechanism")),
        "{to_come:?}"
    );

    // Vidyo's change announced for 1 March is moved to 1 April with a transfer added: the
    // notice gives a last day to object, and so does the change log.
    let site = Site::example();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Vidyo\"\npersonal-data = false",
        "name = \"Vidyo\"\npersonal-data = true\neffective = 2027-03-01",
    );
    site.build_later(&[]).success();
    site.replace(
        "content/subprocessors.toml",
        "personal-data = true\neffective = 2027-03-01\noutside-eea = false",
        "personal-data = true\neffective = 2027-04-01\noutside-eea = true\nmechanism = \"standard-contractual-clauses\"",
    );
    build_on(&site, "2027-01-15").success();
    let notice = site.read("public/en/notices/2027-01-15/notice.md");
    assert!(
        notice.contains("Last day to object: 31 March 2027."),
        "{notice}"
    );
    for (lang, moved) in [
        (
            "en",
            "Vidyo: the day changes to it take effect moved from 1 March 2027 to 1 April 2027; controllers may object before then, writing to privacy@luscii.com",
        ),
        (
            "de",
            "Vidyo: Der Tag, ab dem Änderungen gelten, wurde vom 1. März 2027 auf den 1. April 2027 verlegt; Verantwortliche können vorher Einspruch erheben, an privacy@luscii.com",
        ),
        (
            "nl",
            "Vidyo: de dag waarop wijzigingen ingaan is verplaatst van 1 maart 2027 naar 1 april 2027; verwerkingsverantwoordelijken kunnen vóór die datum bezwaar maken, via privacy@luscii.com",
        ),
    ] {
        let items = logged(&site, lang, "2027-01-15");
        assert!(
            items.iter().any(|i| common::without_isolates(i) == moved),
            "{lang}: {items:?}"
        );
    }
}

#[test]
fn a_change_brought_forward_with_a_new_name_still_says_what_took_effect() {
    // Slack's change announced for 1 March is brought forward to 1 February as Slack is
    // renamed: the change log told the rename and the day, and left out what took effect
    // (told as announced, under the name it was announced for).
    let site = crate::notice::slack_to_process_personal_data_from_march();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Slack\"\npersonal-data = true\neffective = 2027-03-01",
        "id = \"slack\"\nname = \"Slack Technologies\"\npersonal-data = true\neffective = 2027-02-01",
    );
    build_on(&site, "2027-02-01").success();
    let items: Vec<String> = logged(&site, "en", "2027-02-01")
        .iter()
        .map(|i| common::without_isolates(i))
        .collect();
    assert!(
        items.iter().any(|i| i
            == "Took effect on 1 February 2027: Slack now processes personal data of your users"),
        "{items:?}"
    );
}

#[test]
fn a_change_brought_forward_by_dropping_its_day_is_told_as_what_took_effect() {
    // Slack's change is announced for 1 March; on 5 February its `effective` is taken off, which
    // brings it forward to that day. The change log said only that what was announced took
    // effect, brought forward, not what did, as it does where the day is set to 5 February.
    let site = crate::notice::slack_to_process_personal_data_from_march();
    site.replace(
        "content/subprocessors.toml",
        "personal-data = true\neffective = 2027-03-01",
        "personal-data = true",
    );
    build_on(&site, "2027-02-05").success();
    for (lang, changed) in [
        (
            "en",
            [
                "Slack: what was announced for 1 March 2027 took effect on 5 February 2027, brought forward",
                "Took effect on 5 February 2027: Slack now processes personal data of your users",
                "Controllers may still object to Slack up to and including 28 February 2027, writing to privacy@luscii.com",
            ],
        ),
        (
            "de",
            [
                "Slack: Was für den 1. März 2027 angekündigt war, wurde vorgezogen und ist am 5. Februar 2027 wirksam geworden",
                "Am 5. Februar 2027 wirksam geworden: Slack verarbeitet jetzt personenbezogene Daten Ihrer Nutzer",
                "Verantwortliche können gegen Slack noch bis einschließlich 28. Februar 2027 Einspruch erheben, an privacy@luscii.com",
            ],
        ),
        (
            "nl",
            [
                "Slack: wat voor 1 maart 2027 was aangekondigd, is vervroegd en op 5 februari 2027 ingegaan",
                "Ingegaan op 5 februari 2027: Slack verwerkt nu persoonsgegevens van uw gebruikers",
                "Verwerkingsverantwoordelijken kunnen nog tot en met 28 februari 2027 bezwaar maken tegen Slack, via privacy@luscii.com",
            ],
        ),
    ] {
        assert_eq!(
            logged_under(&site, lang, "2027-02-05", "changed"),
            changed,
            "{lang}"
        );
    }
    let feed = common::without_isolates(&site.read("public/en/feed.xml"));
    assert!(
        feed.contains(
            "Took effect on 5 February 2027: Slack now processes personal data of your users"
        ),
        "{feed}"
    );
}

#[test]
fn what_took_effect_since_the_last_publication_is_told_before_what_changes_now() {
    // Slack's change took effect on 1 March; on 15 March, the first publication since, it is
    // reversed. The entry listed the reversal first and ended on "Slack now processes personal
    // data": read in order, it said the opposite of what stands.
    let site = crate::notice::slack_to_process_personal_data_from_march();
    site.replace(
        "content/subprocessors.toml",
        "personal-data = true\neffective = 2027-03-01",
        "personal-data = false",
    );
    build_on(&site, "2027-03-15").success();
    for (lang, changed) in [
        (
            "en",
            [
                "Slack: what was announced for 1 March 2027 took effect that day",
                "Took effect on 1 March 2027: Slack now processes personal data of your users",
                "Slack no longer processes personal data of your users",
            ],
        ),
        (
            "de",
            [
                "Slack: Was für den 1. März 2027 angekündigt war, ist an diesem Tag wirksam geworden",
                "Am 1. März 2027 wirksam geworden: Slack verarbeitet jetzt personenbezogene Daten Ihrer Nutzer",
                "Slack verarbeitet keine personenbezogenen Daten Ihrer Nutzer mehr",
            ],
        ),
    ] {
        assert_eq!(
            logged_under(&site, lang, "2027-03-15", "changed"),
            changed,
            "{lang}"
        );
    }
}

#[test]
fn an_announced_change_changed_again_is_told_from_what_stands_until_then() {
    // AWS, in the EEA, is announced to transfer data under the Data Privacy Framework from
    // 1 March; on 15 January that becomes standard contractual clauses. The change log and the
    // notice said its mechanism would change "to standard contractual clauses; until then:
    // the Data Privacy Framework", which never applied: until then nothing leaves the EEA.
    // Slack, under standard contractual clauses, announced to move to the Data Privacy
    // Framework and then to binding corporate rules, was said to be under the Data Privacy
    // Framework until then.
    let site = Site::example_without_notice();
    site.replace(
        "content/subprocessors.toml",
        "personal-data = true\noutside-eea = false\nsecurity = \"https://aws.amazon.com/products/security/\"",
        "personal-data = true\noutside-eea = true\nmechanism = \"data-privacy-framework\"\nsecurity = \"https://aws.amazon.com/products/security/\"\neffective = 2027-03-01",
    );
    site.replace(
        "content/subprocessors.toml",
        "mechanism = \"standard-contractual-clauses\"\nsecurity = \"https://slack.com/trust/security\"",
        "mechanism = \"data-privacy-framework\"\nsecurity = \"https://slack.com/trust/security\"\neffective = 2027-03-01",
    );
    site.build_later(&[]).success();
    let list = site.read("content/subprocessors.toml");
    site.write(
        "content/subprocessors.toml",
        &list
            .replacen(
                "mechanism = \"data-privacy-framework\"",
                "mechanism = \"standard-contractual-clauses\"",
                1,
            )
            .replacen(
                "mechanism = \"data-privacy-framework\"",
                "mechanism = \"binding-corporate-rules\"",
                1,
            ),
    );
    build_on(&site, "2027-01-15").success();
    for (lang, aws, slack) in [
        (
            "en",
            "Amazon Web Services (AWS) will transfer data outside the EEA (transfer mechanism: Standard contractual clauses)",
            "Slack: transfer mechanism for data outside the EEA will change (to: Binding corporate rules; until then: Standard contractual clauses)",
        ),
        (
            "de",
            "Amazon Web Services (AWS) wird Daten in Länder außerhalb des EWR übermitteln (Übermittlungsgrundlage: Standardvertragsklauseln)",
            "Slack: Übermittlungsgrundlage für Daten außerhalb des EWR ändert sich (künftig: Verbindliche interne Datenschutzvorschriften; bis dahin: Standardvertragsklauseln)",
        ),
        (
            "nl",
            "Amazon Web Services (AWS) gaat gegevens doorgeven buiten de EER (doorgiftemechanisme: Standaardcontractbepalingen)",
            "Slack: doorgiftemechanisme voor gegevens buiten de EER wordt gewijzigd (straks: Bindende bedrijfsvoorschriften; tot dan: Standaardcontractbepalingen)",
        ),
    ] {
        let to_come = logged_under(&site, lang, "2027-01-15", "to-come");
        for said in [aws, slack] {
            assert!(
                to_come.iter().any(|l| l == said),
                "{lang}: {said}\n{to_come:?}"
            );
        }
        let notice = common::without_isolates(
            &site.read(&format!("public/{lang}/notices/2027-01-15/notice.md")),
        );
        for said in [aws, slack] {
            assert!(notice.contains(said), "{lang}: {said}\n{notice}");
        }
    }
}

#[test]
fn a_purpose_stated_for_the_first_time_is_told_as_stated_not_as_new() {
    // Slack has no purpose on record; one is stated from 1 March, and later changed. The first
    // was told as "Slack will be engaged for a new purpose", as if it had had another.
    let site = Site::example_without_notice();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Slack\"\npersonal-data = false",
        "name = \"Slack\"\npersonal-data = false\npurpose = \"communication\"\neffective = 2027-03-01",
    );
    site.build_later(&[]).success();
    for (lang, stated) in [
        (
            "en",
            "What Slack will be engaged for is now stated: Internal communication",
        ),
        (
            "de",
            "Wofür Slack eingesetzt werden wird, ist jetzt angegeben: Interne Kommunikation",
        ),
        (
            "nl",
            "Waarvoor Slack zal worden ingezet, staat nu vermeld: Interne communicatie",
        ),
    ] {
        let to_come = logged_under(&site, lang, common::LATER_DATE_ISO, "to-come");
        assert!(to_come.iter().any(|l| l == stated), "{lang}: {to_come:?}");
    }
    // A purpose that replaces another is a new one, and says which it replaces (qa80: a
    // purpose added could not be told from one replaced).
    site.replace(
        "content/subprocessors.toml",
        "purpose = \"communication\"\neffective = 2027-03-01",
        "purpose = \"customer-support\"",
    );
    build_on(&site, "2027-03-15").success();
    for (lang, line) in [
        (
            "en",
            "Slack is now engaged for a new purpose: Customer support (instead of: Internal communication)",
        ),
        (
            "de",
            "Slack wird jetzt für einen neuen Zweck eingesetzt: Kundensupport (statt: Interne Kommunikation)",
        ),
        (
            "nl",
            "Slack wordt nu voor een nieuw doel ingezet: Klantenondersteuning (in plaats van: Interne communicatie)",
        ),
    ] {
        let changed = logged_under(&site, lang, "2027-03-15", "changed");
        assert!(changed.contains(&line.to_string()), "{lang}: {changed:?}");
    }
    // A purpose no longer stated says which it was: it was told as "The record of Slack
    // changed: Purpose", as if another had replaced it (qa130).
    site.replace(
        "content/subprocessors.toml",
        "personal-data = false\npurpose = \"customer-support\"",
        "personal-data = false",
    );
    build_on(&site, "2027-04-15").success();
    for (lang, line) in [
        (
            "en",
            "The record of Slack changed: Purpose (no longer stated; was: Customer support)",
        ),
        (
            "de",
            "Die Angaben zu Slack haben sich geändert: Zweck (nicht mehr angegeben; bisher: Kundensupport)",
        ),
        (
            "nl",
            "De gegevens over Slack zijn gewijzigd: Doel (niet meer vermeld; was: Klantenondersteuning)",
        ),
    ] {
        let changed = logged_under(&site, lang, "2027-04-15", "changed");
        assert!(changed.contains(&line.to_string()), "{lang}: {changed:?}");
    }
}

#[test]
fn a_start_moved_with_a_change_introduces_the_change() {
    // Postmark, announced for 1 March, is moved to 15 March and given a country on 2 January:
    // the change log listed the country before the line that says the start moved.
    let site = Site::example_without_notice();
    add_subprocessor(&site, "countries = [\"NL\"]\neffective = 2027-03-01\n");
    site.build_later(&[]).success();
    site.replace(
        "content/subprocessors.toml",
        "countries = [\"NL\"]\neffective = 2027-03-01",
        "countries = [\"NL\", \"DE\"]\neffective = 2027-03-15",
    );
    build_on(&site, "2027-01-02").success();
    let upcoming = logged_under(&site, "en", "2027-01-02", "upcoming");
    assert!(
        upcoming
            .first()
            .is_some_and(|i| i.starts_with("Postmark: the day of its engagement moved")),
        "{upcoming:?}"
    );
    assert_eq!(upcoming.len(), 2, "{upcoming:?}");
}

#[test]
fn an_announced_subprocessor_taken_off_the_list_is_told_as_not_engaged() {
    // Postmark, announced for 1 March, is removed on 2 January: the change log said "the
    // change announced to take effect from 1 March 2027 is withdrawn", of a sub-processor
    // that had no change, only an engagement to come; its cancelled calendar event said
    // "the change takes effect" where the event it cancels said it was engaged that day.
    let site = Site::example_without_notice();
    add_subprocessor(&site, "effective = 2027-03-01\n");
    site.build_later(&[]).success();
    let list = site.read("content/subprocessors.toml");
    let entry = list
        .find("\n[[subprocessor]]\nname = \"Postmark\"")
        .unwrap();
    site.write("content/subprocessors.toml", &list[..entry]);
    build_on(&site, "2027-01-02").success();
    for (lang, withdrawn, summary) in [
        (
            "en",
            "Postmark: will not be engaged as announced for 1 March 2027",
            "Cancelled: Postmark: engaged from this day",
        ),
        (
            "de",
            "Postmark: wird nicht wie für den 1. März 2027 angekündigt eingesetzt",
            "Abgesagt: Postmark: eingesetzt ab diesem Tag",
        ),
        (
            "nl",
            "Postmark: wordt niet ingezet zoals aangekondigd voor 1 maart 2027",
            "Geannuleerd: Postmark: ingezet vanaf deze dag",
        ),
    ] {
        assert_eq!(
            logged_under(&site, lang, "2027-01-02", "withdrawn"),
            [withdrawn],
            "{lang}"
        );
        let ics = site.read(&format!("public/{lang}/notices/2027-01-02/notice.ics"));
        let calendar: icalendar::Calendar = ics.parse().unwrap();
        use icalendar::Component;
        let summaries: Vec<String> = calendar
            .events()
            .map(|e| common::without_isolates(e.get_summary().unwrap()))
            .collect();
        assert!(
            summaries.contains(&summary.to_string()),
            "{lang}: {summaries:?}"
        );
    }
}

#[test]
fn a_start_date_moved_before_the_engagement_is_told_as_moved_not_as_engaged_now() {
    // Postmark, announced for 1 March, is moved to 15 March: the change log said "Postmark:
    // now engaged from 15 March 2027", under "Announced, not yet engaged".
    let site = Site::example_without_notice();
    add_subprocessor(&site, "effective = 2027-03-01\n");
    site.build_later(&[]).success();
    site.replace(
        "content/subprocessors.toml",
        "effective = 2027-03-01\n",
        "effective = 2027-03-15\n",
    );
    build_on(&site, "2027-01-02").success();
    for (lang, moved) in [
        (
            "en",
            "Postmark: the day of its engagement moved from 1 March 2027 to 15 March 2027; controllers may object before then, writing to privacy@luscii.com",
        ),
        (
            "de",
            "Postmark: Der Beginn des Einsatzes wurde vom 1. März 2027 auf den 15. März 2027 verlegt; Verantwortliche können vorher Einspruch erheben, an privacy@luscii.com",
        ),
        (
            "nl",
            "Postmark: de datum van inschakeling is verplaatst van 1 maart 2027 naar 15 maart 2027; verwerkingsverantwoordelijken kunnen vóór die datum bezwaar maken, via privacy@luscii.com",
        ),
    ] {
        let items = logged(&site, lang, "2027-01-02");
        assert_eq!(items, [moved], "{lang}");
    }
}

/// `candor build` on `site` as of `iso` (a day after the example's last publication).
fn build_on(site: &Site, iso: &str) -> common::Run {
    let date: jiff::civil::Date = iso.parse().unwrap();
    let secs = date
        .to_zoned(jiff::tz::TimeZone::UTC)
        .unwrap()
        .timestamp()
        .as_second()
        .to_string();
    candor(&["build", &site.arg()], &[("SOURCE_DATE_EPOCH", &secs)])
}

#[test]
fn the_notice_period_cannot_be_gamed() {
    // Announced on 2027-01-01 for 2027-02-01 (31 days): fine. Moved to 2027-01-05 three days
    // later: the notice is counted from the announcement, and 2027-01-05 is too soon.
    let site = Site::example();
    add_subprocessor(&site, "effective = 2027-02-01\n");
    build_on(&site, "2027-01-01").success();
    site.replace(
        "content/subprocessors.toml",
        "effective = 2027-02-01",
        "effective = 2027-01-05",
    );
    let run = build_on(&site, "2027-01-04");
    run.expect_code(1);
    assert!(
        run.stderr
            .contains("`Postmark`, announced on 2027-01-01, takes effect on 2027-01-05"),
        "{}",
        run.stderr
    );
    // Moved to a date 30 days after the announcement: fine, though fewer than 30 days from now.
    site.replace(
        "content/subprocessors.toml",
        "effective = 2027-01-05",
        "effective = 2027-01-31",
    );
    build_on(&site, "2027-01-04").success();
    // Dropped: it would start at once.
    site.replace("content/subprocessors.toml", "effective = 2027-01-31\n", "");
    build_on(&site, "2027-01-10").expect_code(1);

    // A material change needs notice too: Hubspot transferring personal data outside the EEA.
    let site = Site::example();
    let text = site.read("content/subprocessors.toml");
    let at = text.find("name = \"Hubspot\"").unwrap();
    let end = at + text[at..].find("\n\n").unwrap_or(text.len() - at);
    let block = &text[at..end];
    let changed = block.replace(
        "outside-eea = false",
        "outside-eea = true\nmechanism = \"standard-contractual-clauses\" # Hubspot",
    );
    assert_ne!(block, changed, "Hubspot's entry has `outside-eea = false`");
    site.write(
        "content/subprocessors.toml",
        &text.replacen(block, &changed, 1),
    );
    let run = build_on(&site, "2027-01-01");
    run.expect_code(1);
    assert!(
        run.stderr.contains(
            "the change to `Hubspot` (transfer outside the EEA) takes effect on 2027-01-01"
        ),
        "{}",
        run.stderr
    );
    // With the change dated 30 days ahead, it is published: Hubspot's row states it as it
    // stands until then, and the changes to come say from when.
    site.replace(
        "content/subprocessors.toml",
        " # Hubspot",
        "\neffective = 2027-01-31",
    );
    build_on(&site, "2027-01-01").success();
    let page = site.page("en");
    let row = page.text_of("#subprocessors tr#subprocessor-hubspot");
    assert!(row.starts_with("Hubspot Yes No Not applicable"), "{row}");
    assert!(
        page.text_of(".upcoming-changes li")
            .contains("Takes effect on 31 January 2027"),
    );
}

#[test]
fn an_announced_subprocessor_is_listed_apart_not_counted_and_open_to_objection() {
    let site = Site::example();
    let engaged = site
        .read("content/subprocessors.toml")
        .matches("[[subprocessor]]")
        .count();
    add_subprocessor(&site, "effective = 2027-03-01\n");
    site.build_later(&[]).success();
    // Each row says until when controllers may object, as the notice does, and so does its
    // annex entry: the page said only "until the day before it is engaged" (qa38).
    for (lang, count, objection, last_day) in [
        (
            "en",
            format!("({engaged} sub-processors)"),
            "Controllers may object",
            "last day to object: 28 February 2027",
        ),
        (
            "de",
            format!("({engaged} Unterauftragsverarbeiter)"),
            "Verantwortliche können",
            "letzter Tag für einen Einspruch: 28. Februar 2027",
        ),
        (
            "nl",
            format!("({engaged} subverwerkers)"),
            "Verwerkingsverantwoordelijken kunnen",
            "bezwaar mogelijk tot en met 28 februari 2027",
        ),
    ] {
        let page = site.page(lang);
        let current = page.text_of("#subprocessors-caption");
        assert!(current.contains(&count), "{lang}: {current}");
        let current_rows = page.text_of("table:has(#subprocessors-caption) tbody");
        assert!(
            !current_rows.contains("Postmark"),
            "{lang}: not among the engaged ones"
        );
        let upcoming = page.text_of("table:has(#subprocessors-caption-upcoming) tbody");
        assert!(upcoming.contains("Postmark"), "{lang}: {upcoming}");
        assert!(upcoming.contains(last_day), "{lang}: {upcoming}");
        let annex = common::Page::read_file(
            &site.public().join(lang).join("annex/index.html"),
            Some(lang),
        );
        let until = annex.one("#subprocessor-postmark tr[data-fact='object-until'] time");
        assert_eq!(until.value().attr("datetime"), Some("2027-02-28"), "{lang}");
        let section = page.text_of("section#subprocessors");
        assert!(section.contains(objection), "{lang}: {section}");
        let contact = page.all("section#subprocessors a[href='mailto:privacy@luscii.com']");
        assert!(
            !contact.is_empty(),
            "{lang}: the objection says where to write"
        );
    }
    // Once it is engaged, a later publication (2027-03-02) counts it.
    site.publish_a_change_at("1803945600").success();
    let caption = site.page("en").text_of("#subprocessors-caption");
    assert!(
        caption.contains(&format!("({} sub-processors)", engaged + 1)),
        "{caption}"
    );
    assert!(
        site.page("en")
            .all("#subprocessors-caption-upcoming")
            .is_empty()
    );
}

#[test]
fn a_rename_is_a_rename_not_a_new_engagement() {
    // The example's own history: the Firebase entry's spacing was fixed on 2025-10-30.
    let site = Site::example();
    site.build(&["--locked"]).success();
    for (lang, renamed) in [
        (
            "en",
            "Sub-processor Google Firebase / Analytics is now called Google Firebase/Analytics",
        ),
        (
            "de",
            "Unterauftragsverarbeiter Google Firebase / Analytics heißt jetzt Google Firebase/Analytics",
        ),
        (
            "nl",
            "Subverwerker Google Firebase / Analytics heet nu Google Firebase/Analytics",
        ),
    ] {
        let items = logged(&site, lang, "2025-10-30");
        assert!(items.iter().any(|i| i == renamed), "{lang}: {items:?}");
        // Not added and removed under its two spellings.
        let firebase = items.iter().filter(|i| i.contains("Firebase")).count();
        let linked = items
            .iter()
            .filter(|i| i.contains("Firebase") && i.contains(':'))
            .count();
        assert_eq!(firebase - linked, 1, "{lang}: no churn: {items:?}");
    }

    // Slack renamed, keeping the id its old name stood for: no notice needed, told as a rename.
    let site = Site::example();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Slack\"",
        "id = \"slack\"\nname = \"Slack Technologies\"",
    );
    site.build_later(&[]).success();
    for (lang, renamed) in [
        ("en", "Sub-processor Slack is now called Slack Technologies"),
        (
            "de",
            "Unterauftragsverarbeiter Slack heißt jetzt Slack Technologies",
        ),
        ("nl", "Subverwerker Slack heet nu Slack Technologies"),
    ] {
        assert_eq!(
            logged(&site, lang, common::LATER_DATE_ISO),
            [renamed],
            "{lang}"
        );
    }
    // Without the id it would be a new engagement, and the error says how to keep the id.
    let site = Site::example();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Slack\"",
        "name = \"Slack Technologies\"",
    );
    let run = site.build_later(&[]);
    run.expect_code(1);
    let said = common::compact(&run.stderr);
    assert!(said.contains("giveittheidithad:`id=\"slack\"`"), "{said}");
    assert_eq!(
        said.matches("giveittheidithad").count(),
        1,
        "told once: {said}"
    );

    // Where no notice is due (none promised, or an exception given), the rename is published,
    // and the build warns, saying which id to keep, that it will read as one removed and one
    // engaged.
    for site in [Site::example_without_notice(), Site::example()] {
        site.replace(
            "content/subprocessors.toml",
            "name = \"Slack\"",
            "name = \"Slack Technologies\"\nnotice-exception = \"emergency-replacement\"",
        );
        let run = site.build_later(&[]);
        run.success();
        let said = common::compact(&run.stderr);
        assert!(
            said.contains("`SlackTechnologies`isnewinthispublication,and`Slack`isnolongerlisted"),
            "{said}"
        );
        assert!(said.contains("giveittheidithad:`id=\"slack\"`"), "{said}");
    }
    // A sub-processor replaced by one of another name is no rename: nothing to warn of.
    let site = Site::example_without_notice();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Slack\"",
        "name = \"Mattermost\"",
    );
    let run = site.build_later(&[]);
    run.success();
    assert!(
        !run.stderr.contains("is new in this publication"),
        "{}",
        run.stderr
    );
}

#[test]
fn review_and_diff_compare_with_the_same_publication_on_the_day_of_one() {
    let site = Site::example();
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 48",
    );
    site.build_later(&[]).success();
    // A second change on the same day: both compare with the morning's publication.
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 48",
        "notification-deadline-hours = 72",
    );
    let env = [("SOURCE_DATE_EPOCH", common::LATER_EPOCH)];
    let diff = candor(&["diff", &site.arg()], &env);
    diff.success();
    assert!(
        diff.stdout.contains(&format!(
            "since the publication of {}",
            common::LATER_DATE_ISO
        )),
        "{}",
        diff.stdout
    );
    candor(&["review", &site.arg()], &env).success();
    let review = common::Page::read_file(&site.path("review/en/index.html"), Some("en"));
    assert_eq!(
        text(review.one(".review-summary h2")),
        "Changes since the publication of 1 January 2027"
    );
    // Published, the second change is the day's second publication: the next comparison is
    // with it, and says so, as the change log names it.
    candor(&["build", &site.arg()], &env).success();
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 72",
        "notification-deadline-hours = 96",
    );
    let diff = candor(&["diff", &site.arg()], &env);
    assert!(
        diff.stdout.contains(&format!(
            "since the publication of {}-2:",
            common::LATER_DATE_ISO
        )),
        "{}",
        diff.stdout
    );
    assert!(
        diff.stdout.contains("72 hours -> 96 hours"),
        "{}",
        diff.stdout
    );
    let json = candor(&["diff", &site.arg(), "--format", "json"], &env);
    let json: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(json["since"], format!("{}-2", common::LATER_DATE_ISO));
    candor(&["review", &site.arg()], &env).success();
    for (lang, since) in [
        (
            "en",
            "Changes since the publication of 1 January 2027 (publication 2 of the day)",
        ),
        (
            "de",
            "Änderungen seit der Veröffentlichung vom 1. Januar 2027 (2. Veröffentlichung des Tages)",
        ),
        (
            "nl",
            "Wijzigingen sinds de publicatie van 1 januari 2027 (2e publicatie van de dag)",
        ),
    ] {
        let review =
            common::Page::read_file(&site.path(&format!("review/{lang}/index.html")), Some(lang));
        assert_eq!(text(review.one(".review-summary h2")), since, "{lang}");
    }
}

#[test]
fn the_archive_keeps_the_words_each_publication_published() {
    let site = Site::example();
    let old = "Besides its hosting provider, { $org } engages other sub-processors";
    let new = "Apart from its hosting provider, { $org } engages other sub-processors";
    site.replace("locales/en/sections.ftl", old, new);
    site.build_later(&[]).success();
    let read = |path: &str| {
        common::Page::read_file(&site.public().join(path), Some("en"))
            .text_of("section#subprocessors")
    };
    let today = read("en/index.html");
    assert!(
        today.contains("Apart from its hosting provider, Luscii"),
        "{today}"
    );
    let then = read("en/archive/2026-11-30/index.html");
    assert!(
        then.contains("Besides its hosting provider, Luscii"),
        "the archive re-worded the past: {then}"
    );
    assert!(!then.contains("Apart from"), "{then}");
    let latest = read(&format!("en/archive/{}/index.html", common::LATER_DATE_ISO));
    assert!(
        latest.contains("Apart from its hosting provider, Luscii"),
        "{latest}"
    );
}

#[test]
fn the_archive_keeps_each_translation_as_it_was_published() {
    let site = Site::example();
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 48",
    );
    site.build_later(&[]).success();
    // Edited in German, then a new publication the next day.
    let de = site.read("locales/de/sections.ftl");
    let line = de
        .lines()
        .find(|l| l.starts_with("subprocessors-transfers ="))
        .unwrap()
        .to_string();
    site.replace(
        "locales/de/sections.ftl",
        &line,
        "subprocessors-transfers = Neue Worte über { $org }.",
    );
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 48",
        "notification-deadline-hours = 72",
    );
    // 2027-01-02.
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1798848000")],
    )
    .success();
    let read = |path: &str| {
        common::Page::read_file(&site.public().join(path), Some("de"))
            .text_of("section#subprocessors")
    };
    assert!(read("de/index.html").contains("Neue Worte über Luscii."));
    let then = read(&format!("de/archive/{}/index.html", common::LATER_DATE_ISO));
    assert!(
        !then.contains("Neue Worte"),
        "the archive re-worded the German of the past: {then}"
    );
    let old = line
        .trim_start_matches("subprocessors-transfers = ")
        .replace("{ $org }", "Luscii");
    assert!(then.contains(&old[..40]), "{then}");
    assert!(
        site.read("candor.lock").contains("[texts]"),
        "the texts are kept in candor.lock"
    );
}

#[test]
fn diff_shows_the_old_and_the_new_wording() {
    let site = Site::example();
    site.replace(
        "locales/en/changes.ftl",
        "changes-title = Changes to this page",
        "changes-title = Changes made to this page",
    );
    let run = candor(&["diff", &site.arg()], &[]);
    run.success();
    assert!(
        run.stdout.contains(
            "  ~ changes-title\n      - changes-title = Changes to this page\n      + changes-title = Changes made to this page\n"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn a_revert_is_a_publication_that_says_what_changed_back() {
    let site = Site::example_without_notice();
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 48",
    );
    site.replace(
        "content/subprocessors.toml",
        "name = \"Hubspot\"\npersonal-data = true",
        "name = \"Hubspot\"\npersonal-data = false",
    );
    site.build_later(&[]).success();
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 48",
        "notification-deadline-hours = 24",
    );
    site.replace(
        "content/subprocessors.toml",
        "name = \"Hubspot\"\npersonal-data = false",
        "name = \"Hubspot\"\npersonal-data = true",
    );
    // 2027-01-02.
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1798848000")],
    )
    .success();
    let lock: toml::Table = site.read("candor.lock").parse().unwrap();
    let publications = lock["publication"].as_array().unwrap();
    let n = publications.len();
    assert_ne!(
        publications[n - 1]["fingerprint"],
        publications[n - 3]["fingerprint"],
        "the same snapshot published again is another publication"
    );
    let items = logged(&site, "en", "2027-01-02");
    assert!(
        items
            .iter()
            .any(|i| i == "Hubspot now processes personal data of your users"),
        "{items:?}"
    );
    assert!(
        items.iter().any(|i| common::without_isolates(i)
            == "A personal data breach is now notified, where feasible, within 24 hours instead of 48 hours"),
        "the deadline changed back: {items:?}"
    );
    assert!(
        !items.iter().any(|i| i.contains("wording changed")),
        "{items:?}"
    );
}

#[test]
fn review_marks_a_changed_translation() {
    let site = Site::example();
    site.replace(
        "locales/de/sections.ftl",
        "*[other] Neben dem Hosting-Anbieter",
        "*[other] Außer dem Hosting-Anbieter",
    );
    candor(&["review", &site.arg()], &[]).success();
    let page = common::Page::read_file(&site.path("review/de/index.html"), Some("de"));
    let inserted: Vec<String> = page
        .all("section#subprocessors ins")
        .into_iter()
        .map(text)
        .collect();
    let deleted: Vec<String> = page
        .all("section#subprocessors del")
        .into_iter()
        .map(text)
        .collect();
    assert!(inserted.iter().any(|t| t.contains("Außer")), "{inserted:?}");
    assert!(deleted.iter().any(|t| t.contains("Neben")), "{deleted:?}");
    // English did not change: nothing marked there.
    let en = common::Page::read_file(&site.path("review/en/index.html"), Some("en"));
    assert!(
        en.all("section#subprocessors ins, section#subprocessors del")
            .is_empty()
    );
}

#[test]
fn the_change_log_and_the_review_lead_to_what_changed() {
    let site = Site::example();
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 48",
    );
    site.replace(
        "content/subprocessors.toml",
        "name = \"Hubspot\"\npersonal-data = true",
        "name = \"Hubspot\"\npersonal-data = false",
    );
    candor(&["review", &site.arg()], &[]).success();
    let review = common::Page::read_file(&site.path("review/en/index.html"), Some("en"));
    let hubspot = review.one(".review-summary a[href='#subprocessor-hubspot']");
    assert_eq!(
        text(hubspot),
        "Hubspot no longer processes personal data of your users"
    );
    assert_eq!(
        review.all("tr#subprocessor-hubspot").len(),
        1,
        "the link leads somewhere"
    );
    assert!(!review.all(".review-summary a[href='#breach']").is_empty());
    site.build_later(&[]).success();
    let log = common::Page::read_file(&site.public().join("en/changes/index.html"), Some("en"));
    let link = log.one(&format!(
        "[id='{}'] a[href*='subprocessor-hubspot']",
        common::LATER_DATE_ISO
    ));
    let href = link.value().attr("href").unwrap();
    assert_eq!(
        href,
        format!(
            "../archive/{}/index.html#subprocessor-hubspot",
            common::LATER_DATE_ISO
        )
    );
    let target = site
        .public()
        .join("en/changes")
        .join(href.split('#').next().unwrap());
    assert!(target.is_file(), "{}", target.display());
}

#[test]
fn a_subprocessor_starting_the_day_it_is_published_is_not_announced_as_to_come() {
    let site = Site::example();
    add_subprocessor(
        &site,
        &format!(
            "notice-exception = \"emergency-replacement\"\neffective = {}\n",
            common::LATER_DATE_ISO
        ),
    );
    site.build_later(&[]).success();
    // Added, with the exception its notice gives (since the change log tells it).
    assert_eq!(
        logged(&site, "en", common::LATER_DATE_ISO),
        [
            "Added sub-processor Postmark",
            "Postmark: an exception to the notice period, as it replaces a sub-processor in an emergency"
        ]
    );
}

#[test]
fn the_change_log_and_the_feed_group_changes_and_link_each_to_its_row() {
    // In one publication: Postmark added, Slack removed, Hubspot changed, and an announced
    // sub-processor (Mailgun) to start later.
    let site = Site::example_without_notice();
    add_subprocessor(&site, "");
    site.write(
        "content/subprocessors.toml",
        &(site.read("content/subprocessors.toml")
            + "\n[[subprocessor]]\nname = \"Mailgun\"\npersonal-data = true\noutside-eea = false\neffective = 2027-03-01\n"),
    );
    let list = site.read("content/subprocessors.toml");
    let slack = list.find("[[subprocessor]]\nname = \"Slack\"").unwrap();
    let end = slack + 1 + list[slack + 1..].find("[[subprocessor]]").unwrap();
    site.write(
        "content/subprocessors.toml",
        &format!("{}{}", &list[..slack], &list[end..]),
    );
    site.replace(
        "content/subprocessors.toml",
        "name = \"Hubspot\"\npersonal-data = true",
        "name = \"Hubspot\"\npersonal-data = false",
    );
    site.build_later(&[]).success();
    let later = common::LATER_DATE_ISO;
    for (lang, headings) in [
        (
            "en",
            ["Added", "Removed", "Changed", "Announced, not yet engaged"],
        ),
        (
            "de",
            [
                "Hinzugekommen",
                "Entfallen",
                "Geändert",
                "Angekündigt, noch nicht eingesetzt",
            ],
        ),
        (
            "nl",
            [
                "Toegevoegd",
                "Verwijderd",
                "Gewijzigd",
                "Aangekondigd, nog niet ingezet",
            ],
        ),
    ] {
        let log = common::Page::read_file(
            &site.public().join(lang).join("changes/index.html"),
            Some(lang),
        );
        let found: Vec<String> = log
            .all(&format!("[id='{later}'] h3"))
            .into_iter()
            .map(text)
            .collect();
        assert_eq!(found, headings, "{lang}");
        let group = |kind: &str| -> String {
            log.text_of(&format!(
                "[id='{later}'] ul[aria-labelledby='h-{later}-{kind}']"
            ))
        };
        assert!(group("added").contains("Postmark"), "{lang}");
        assert!(!group("added").contains("Mailgun"), "{lang}");
        assert!(group("removed").contains("Slack"), "{lang}");
        assert!(group("changed").contains("Hubspot"), "{lang}");
        assert!(group("upcoming").contains("Mailgun"), "{lang}");

        // The feed's entry says the same, in the same groups, each change linking its row.
        let xml = std::fs::read(site.public().join(lang).join("feed.xml")).unwrap();
        let feed = feed_rs::parser::parse(&xml[..]).unwrap();
        let entry = feed
            .entries
            .iter()
            .find(|e| e.id.ends_with(&format!("/changes/{later}")))
            .expect("the publication's entry");
        let html = entry.content.as_ref().and_then(|c| c.body.clone()).unwrap();
        let content = scraper::Html::parse_fragment(&html);
        let h3: Vec<String> = content.select(&common::sel("h3")).map(text).collect();
        assert_eq!(h3, headings, "{lang}: {html}");
        let hubspot = content
            .select(&common::sel("a"))
            .find(|a| text(*a).contains("Hubspot"))
            .unwrap_or_else(|| panic!("{lang}: {html}"));
        let href = hubspot.value().attr("href").unwrap();
        assert_eq!(
            href,
            format!("archive/{later}/index.html#subprocessor-hubspot"),
            "{lang}: relative to the feed, /{lang}/feed.xml"
        );
        let row = common::Page::read_file(
            &site
                .public()
                .join(lang)
                .join(href.split('#').next().unwrap()),
            Some(lang),
        );
        assert_eq!(row.all("tr#subprocessor-hubspot").len(), 1, "{lang}");
    }
}

#[test]
fn a_storage_location_moved_without_its_id_is_not_told_as_kept_beside_the_new_one() {
    let site = Site::example();
    site.replace(
        "content/storage.toml",
        "city = \"Frankfurt\"",
        "city = \"Dublin\"",
    );
    site.replace(
        "content/storage.toml",
        "country = \"DE\"",
        "country = \"IE\"",
    );
    let run = site.build_later(&[]);
    run.success();
    // The build says how to keep it one location, where it is written (qa70).
    assert!(
        run.stderr.contains("is new in this publication, and")
            && run
                .stderr
                .contains("id = \"amazon-web-services-aws-frankfurt\""),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("[content/storage.toml:"),
        "{}",
        run.stderr
    );
    for (lang, added, removed) in [
        (
            "en",
            "Data is now stored by Amazon Web Services (AWS) in Dublin",
            "Data is no longer stored by Amazon Web Services (AWS) in Frankfurt",
        ),
        (
            "de",
            "Daten werden jetzt bei Amazon Web Services (AWS) in Dublin gespeichert",
            "Daten werden nicht mehr bei Amazon Web Services (AWS) in Frankfurt gespeichert",
        ),
        (
            "nl",
            "Gegevens worden nu opgeslagen bij Amazon Web Services (AWS) in Dublin",
            "Gegevens worden niet meer opgeslagen bij Amazon Web Services (AWS) in Frankfurt",
        ),
    ] {
        let items: Vec<String> = logged(&site, lang, common::LATER_DATE_ISO)
            .iter()
            .map(|i| common::without_isolates(i))
            .collect();
        assert_eq!(items, [added, removed], "{lang}");
    }
}

#[test]
fn a_storage_location_is_known_by_its_id_and_its_changes_lead_to_its_row() {
    let site = Site::example_without_notice();
    // A second location, added.
    site.write(
        "content/storage.toml",
        &site.read("content/storage.toml").replace(
            "\n# Where data exports",
            "\n[[location]]\nprovider = \"Hetzner\"\nhosting = \"dedicated-servers\"\ncity = \"Nuremberg\"\ncountry = \"DE\"\nspecial-categories = false\n\n# Where data exports",
        ),
    );
    site.build_later(&[]).success();
    let later = common::LATER_DATE_ISO;
    for (lang, added) in [
        ("en", "Data is now also stored by Hetzner in Nuremberg"),
        (
            "de",
            "Daten werden jetzt auch bei Hetzner in Nuremberg gespeichert",
        ),
        (
            "nl",
            "Gegevens worden nu ook opgeslagen bij Hetzner in Nuremberg",
        ),
    ] {
        let log = common::Page::read_file(
            &site.public().join(lang).join("changes/index.html"),
            Some(lang),
        );
        let link = log.one(&format!(
            "[id='{later}'] a[href$='#storage-hetzner-nuremberg']"
        ));
        assert_eq!(text(link), added, "{lang}");
        assert_eq!(
            site.page(lang).all("tr#storage-hetzner-nuremberg").len(),
            1,
            "{lang}"
        );
    }
    // Renamed with the id it had: a change of that location, not a new one.
    site.replace(
        "content/storage.toml",
        "provider = \"Hetzner\"",
        "id = \"hetzner-nuremberg\"\nprovider = \"Hetzner Online\"",
    );
    let diff = candor(
        &["diff", &site.arg(), "--format", "json"],
        &[("SOURCE_DATE_EPOCH", common::LATER_EPOCH)],
    );
    diff.success();
    let v: Value = serde_json::from_str(&diff.stdout).unwrap();
    let changes = v["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0]["change"], "fact");
    assert_eq!(
        changes[0]["path"],
        "storage.locations.hetzner-nuremberg.provider"
    );
    assert_eq!(changes[0]["row"], "storage-hetzner-nuremberg");
    // Two locations cannot share an id.
    site.replace(
        "content/storage.toml",
        "provider = \"Amazon Web Services (AWS)\"",
        "id = \"hetzner-nuremberg\"\nprovider = \"Amazon Web Services (AWS)\"",
    );
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    assert!(
        run.stderr
            .contains("two storage locations have the id `hetzner-nuremberg`"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_retention_period_restated_in_other_units_is_not_told_as_a_change_of_length() {
    let site = Site::example();
    site.replace(
        "content/retention.toml",
        "period = { count = 2, unit = \"years\" }",
        "period = { count = 24, unit = \"months\" }",
    );
    site.build_later(&[]).success();
    for (lang, said) in [
        (
            "en",
            "The retention period is now stated as 24 months instead of 2 years: the same length",
        ),
        (
            "de",
            "Die Aufbewahrungsfrist wird jetzt als 24 Monate statt 2 Jahre angegeben: dieselbe Dauer",
        ),
        (
            "nl",
            "De bewaartermijn wordt nu vermeld als 24 maanden in plaats van 2 jaar: even lang",
        ),
    ] {
        let items: Vec<String> = logged(&site, lang, common::LATER_DATE_ISO)
            .iter()
            .map(|i| common::without_isolates(i))
            .collect();
        assert_eq!(items, [said], "{lang}");
    }
    let diff_site = Site::example();
    diff_site.replace(
        "content/retention.toml",
        "period = { count = 2, unit = \"years\" }",
        "period = { count = 24, unit = \"months\" }",
    );
    let diff = candor(&["diff", &diff_site.arg()], &[]);
    assert!(
        diff.stdout
            .contains("~ retention period: 2 years -> 24 months (the same length)"),
        "{}",
        diff.stdout
    );
}

#[test]
fn a_retention_period_or_breach_deadline_is_told_with_its_old_and_new_value() {
    let site = Site::example();
    site.replace(
        "content/retention.toml",
        "period = { count = 2, unit = \"years\" }",
        "period = { count = 18, unit = \"months\" }",
    );
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 1",
    );
    site.build_later(&[]).success();
    for (lang, retention, breach) in [
        (
            "en",
            "Personal data is now kept for 18 months instead of 2 years",
            "A personal data breach is now notified, where feasible, within one hour instead of 24 hours",
        ),
        (
            "de",
            "Personenbezogene Daten werden jetzt 18 Monate statt 2 Jahre aufbewahrt",
            "Eine Verletzung des Schutzes personenbezogener Daten wird jetzt nach Möglichkeit innerhalb von einer Stunde statt 24 Stunden gemeldet",
        ),
        (
            "nl",
            "Persoonsgegevens worden nu 18 maanden bewaard in plaats van 2 jaar",
            "Een inbreuk in verband met persoonsgegevens wordt nu zo mogelijk binnen één uur gemeld in plaats van binnen 24 uur",
        ),
    ] {
        let items = logged(&site, lang, common::LATER_DATE_ISO);
        let clean = common::without_isolates;
        let items: Vec<String> = items.iter().map(|i| clean(i)).collect();
        assert!(items.iter().any(|i| i == retention), "{lang}: {items:?}");
        assert!(items.iter().any(|i| i == breach), "{lang}: {items:?}");
        // Told once each, not again as "Changed: …" of their sections.
        assert_eq!(items.len(), 2, "{lang}: {items:?}");
    }
    let diff_site = Site::example();
    diff_site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 48",
    );
    let diff = candor(&["diff", &diff_site.arg()], &[]);
    assert!(
        diff.stdout
            .contains("~ breach notification deadline: 24 hours -> 48 hours"),
        "{}",
        diff.stdout
    );
}

#[test]
fn a_language_added_later_archives_old_publications_even_of_words_since_removed() {
    // The 2022 publication lists the category `usage`, whose words the site has since removed.
    let site = Site::example();
    for lang in ["en", "de", "nl"] {
        let path = format!("locales/{lang}/site.ftl");
        let text = site.read(&path);
        let kept: Vec<&str> = text
            .lines()
            .filter(|l| !l.starts_with("category-usage ="))
            .collect();
        site.write(&path, &(kept.join("\n") + "\n"));
    }
    // Swedish, added today (its plural rules are German's): no publication recorded its words.
    // Today's publication (a new deadline: the label taken out, shown nowhere, is none) is its
    // first.
    site.add_language_copied_from("de", "sv");
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 48",
    );
    // The review renders the last publication with its archive: it too must not fail.
    candor(&["review", &site.arg()], &[]).success();
    let run = site.build_later(&[]);
    run.success();
    let old = common::Page::read_file(
        &site.public().join("sv/archive/2022-03-10/index.html"),
        Some("sv"),
    );
    // The removed words are those the publication recorded in its source language.
    assert!(
        old.text_of("section#processing")
            .contains("Technical data about the use of the Luscii platform"),
        "{}",
        old.text_of("section#processing")
    );
    // It does not claim a French page was published in 2022: it says its words came later,
    // on the page and on its annex (in the words of this Swedish, copied from German).
    // Today's publication is the first in Swedish, and says nothing of the kind; nor do the
    // German copies, published then.
    let later = "Diese Übersetzung entstand später: An diesem Tag war die Seite nicht in dieser Sprache veröffentlicht.";
    for copy in [
        "sv/archive/2022-03-10/index.html",
        "sv/archive/2022-03-10/annex/index.html",
    ] {
        let page = common::Page::read_file(&site.public().join(copy), Some("sv"));
        assert_eq!(
            page.text_of(".archive-notice .archive-later"),
            later,
            "{copy}"
        );
    }
    for copy in [
        format!("sv/archive/{}/index.html", common::LATER_DATE_ISO),
        "de/archive/2022-03-10/index.html".to_string(),
    ] {
        let lang = &copy[..2];
        let page = common::Page::read_file(&site.public().join(&copy), Some(lang));
        assert!(
            page.all(".archive-later").is_empty(),
            "{copy}: {}",
            page.text_of(".archive-notice")
        );
    }
}

/// Every key of a JSON value, recursively, and every `change` kind in it.
fn keys_and_kinds(
    v: &Value,
    keys: &mut std::collections::BTreeSet<String>,
    kinds: &mut std::collections::BTreeSet<String>,
) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                keys.insert(k.clone());
                if k == "change" {
                    kinds.insert(v.as_str().unwrap().to_string());
                }
                // `translations` and `stale` are keyed by language tag, not by field.
                if k == "translations" || k == "stale" {
                    for ids in v.as_object().unwrap().values() {
                        keys_and_kinds(ids, keys, kinds);
                    }
                } else {
                    keys_and_kinds(v, keys, kinds);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|i| keys_and_kinds(i, keys, kinds)),
        _ => {}
    }
}

#[test]
fn docs_diff_json_describes_every_field_and_kind_diff_prints() {
    let site = Site::example();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Hubspot\"\npersonal-data = true",
        "name = \"Hubspot\"\npersonal-data = false",
    );
    site.replace(
        "content/subprocessors.toml",
        "name = \"Zapier\"\npersonal-data = false\noutside-eea = true\nmechanism = \"standard-contractual-clauses\"\n",
        "name = \"Zapier\"\npersonal-data = false\noutside-eea = true\nmechanism = \"binding-corporate-rules\"\nfallback = \"standard-contractual-clauses\"\n",
    );
    site.replace(
        "content/subprocessors.toml",
        "security = \"https://legal.hubspot.com/security\"",
        "security = \"https://legal.hubspot.com/security-measures\"",
    );
    add_subprocessor(&site, "effective = 2027-12-01\n");
    site.replace("content/retention.toml", "count = 2", "count = 3");
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 48",
    );
    site.replace(
        "locales/en/sections.ftl",
        "in all of its processing",
        "in everything it does",
    );
    site.replace("content/storage.toml", "\"ISO 9001\", ", "");
    site.replace("locales/de/chrome.ftl", "yes = Ja", "yes = Jawohl");

    // Zapier's transfer, at once, lacks the notice promised: refused, and the diff made.
    let run = candor(&["diff", &site.arg(), "--format", "json"], &[]);
    run.expect_code(1);
    let v: Value = serde_json::from_str(&run.stdout).unwrap();
    let (mut keys, mut kinds) = Default::default();
    keys_and_kinds(&v, &mut keys, &mut kinds);
    // The changes above make these kinds; each must be in the document, as each key.
    for kind in [
        "subprocessor-added",
        "personal-data",
        "transfer",
        "security-link",
        "retention-period",
        "breach-deadline",
        "fact",
        "text",
    ] {
        assert!(kinds.contains(kind), "the diff has no `{kind}`: {v:#}");
    }
    let doc = std::fs::read_to_string(std::path::Path::new(common::REPO).join("docs/diff-json.md"))
        .unwrap();
    for kind in &kinds {
        assert!(
            doc.contains(&format!("| `{kind}` |")),
            "docs/diff-json.md has no row for `{kind}`"
        );
    }
    for key in &keys {
        assert!(
            doc.contains(&format!("`{key}`")),
            "docs/diff-json.md does not name `{key}`"
        );
    }
    // Its example is what diff prints for the same change.
    let example: Value = {
        let start = doc.find("```json\n").unwrap() + 8;
        let end = start + doc[start..].find("```").unwrap();
        serde_json::from_str(&doc[start..end]).expect("the example is JSON")
    };
    let same = Site::example();
    same.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 48",
    );
    same.replace(
        "locales/en/sections.ftl",
        "may agree a different retention period",
        "may agree another retention period",
    );
    let index_title = same
        .read("locales/de/chrome.ftl")
        .lines()
        .find(|l| l.starts_with("index-title = "))
        .unwrap()
        .to_string();
    same.replace(
        "locales/de/chrome.ftl",
        &index_title,
        "index-title = { $org }: Titel",
    );
    let run = candor(&["diff", &same.arg(), "--format", "json"], &[]);
    run.success();
    assert_eq!(serde_json::from_str::<Value>(&run.stdout).unwrap(), example);
    // And `diff --help` points at this document, not at check's.
    let help = candor(&["diff", "--help"], &[]);
    assert!(help.stdout.contains("docs/diff-json.md"), "{}", help.stdout);
    assert!(!help.stdout.contains("check-json"), "{}", help.stdout);
}

#[test]
fn the_archive_keeps_the_organisation_each_publication_named_in_every_language() {
    let site = Site::example();
    let organisation = site.read("content/organisation.toml");
    site.replace(
        "content/organisation.toml",
        "name = \"Luscii\"",
        "name = \"Luscii Healthtech B.V.\"",
    );
    let contact = organisation
        .lines()
        .find(|l| l.starts_with("contact ="))
        .expect("the example names a contact")
        .to_string();
    site.replace(
        "content/organisation.toml",
        &contact,
        "contact = \"mailto:privacy-new@luscii.example\"",
    );
    site.build_later(&[]).success();
    for lang in ["en", "de", "nl"] {
        let read =
            |path: &str| common::Page::read_file(&site.public().join(lang).join(path), Some(lang));
        let today = read("index.html");
        assert!(
            today.text_of("main").contains("Luscii Healthtech B.V."),
            "{lang}"
        );
        assert!(
            today.source.contains("privacy-new@luscii.example"),
            "{lang}"
        );
        let then = read("archive/2026-11-30/index.html");
        let words = then.text_of("main");
        assert!(
            !words.contains("Healthtech"),
            "the {lang} archive names today's organisation, not the one it published: {words}"
        );
        assert!(
            !then.source.contains("privacy-new@luscii.example"),
            "the {lang} archive gives today's contact, not the one it published"
        );
        let annex = read("archive/2026-11-30/annex/index.html");
        assert!(
            !annex.text_of("main").contains("Healthtech"),
            "{lang} annex"
        );
        let print = std::fs::read_to_string(
            site.public()
                .join(lang)
                .join("archive/2026-11-30/print.css"),
        )
        .unwrap();
        assert!(
            !print.contains("Healthtech"),
            "{lang} printed archive: {print}"
        );
    }
}

#[test]
fn a_rewording_taken_back_is_not_told_as_a_translation_checked() {
    // The English heading of the storage section is reworded on 1 January and the German and
    // Dutch do not follow; on 2 January the English is put back. The change log said the
    // translations were "checked against it and still say the same", which nobody did. Where
    // `mark-reviewed` did check them, it says so.
    let heading = |text: &str| format!("storage-heading = {text}");
    let (was, reworded) = (
        heading("Where does { $org } store your data?"),
        heading("Where does { $org } keep your data?"),
    );
    let clean = |items: Vec<String>| -> Vec<String> {
        items.iter().map(|i| common::without_isolates(i)).collect()
    };
    let site = Site::example();
    site.replace("locales/en/sections.ftl", &was, &reworded);
    site.build_later(&[]).success();
    site.replace("locales/en/sections.ftl", &reworded, &was);
    build_on(&site, "2027-01-02").success();
    let checked = Site::example();
    checked.replace("locales/en/sections.ftl", &was, &reworded);
    for lang in ["de", "nl"] {
        candor(&["mark-reviewed", &checked.arg(), "--locale", lang], &[]).success();
    }
    checked.build_later(&[]).success();
    for (lang, not_yet, restored, reviewed) in [
        (
            "de",
            "Im Original neu formuliert, in dieser Übersetzung noch nicht: Wo speichert Luscii Ihre Daten?",
            "Im Original zu dem Wortlaut zurück formuliert, dem diese Übersetzung folgt: Wo speichert Luscii Ihre Daten?",
            "Im Original neu formuliert; diese Übersetzung wurde damit abgeglichen und sagt weiterhin dasselbe: Wo speichert Luscii Ihre Daten?",
        ),
        (
            "nl",
            "In het origineel anders geformuleerd, in deze vertaling nog niet: Waar slaat Luscii uw gegevens op?",
            "In het origineel teruggezet naar de tekst die deze vertaling volgt: Waar slaat Luscii uw gegevens op?",
            "In het origineel anders geformuleerd; deze vertaling is ernaast gelegd en zegt nog hetzelfde: Waar slaat Luscii uw gegevens op?",
        ),
    ] {
        assert_eq!(
            clean(logged(&site, lang, common::LATER_DATE_ISO)),
            [not_yet],
            "{lang}"
        );
        assert_eq!(
            clean(logged(&site, lang, "2027-01-02")),
            [restored],
            "{lang}"
        );
        assert_eq!(
            clean(logged(&checked, lang, common::LATER_DATE_ISO)),
            [reviewed],
            "{lang}"
        );
    }
}

#[test]
fn a_changed_term_is_logged_in_the_sections_whose_words_it_changes() {
    // The English name of the customer changes: the change log says which sections read
    // differently, not only that some text did.
    let site = Site::example();
    site.replace(
        "locales/en/terms.ftl",
        "-customer = healthcare provider",
        "-customer = care organisation",
    );
    // The translations' words for it are reviewed and still right.
    for lang in ["de", "nl"] {
        candor(&["mark-reviewed", &site.arg(), "--locale", lang], &[]).success();
    }
    site.build_later(&[]).success();
    let page = site.page("en");
    let heading = |section: &str| text(page.one(&format!("#{section}-h")));
    let expected: Vec<String> = ["control", "storage", "retention", "dpia"]
        .iter()
        .map(|s| format!("Reworded: {}", heading(s)))
        .collect();
    // The change log's own words for a retention change name the customer too, but its
    // entries keep the words of their day, and the page shows no change to come: they are
    // reworded nowhere yet (qa112).
    assert_eq!(logged(&site, "en", common::LATER_DATE_ISO), expected);
}

#[test]
fn a_term_rewritten_to_show_the_same_words_rewords_nothing() {
    // The English term given a variant no message chooses, its default the words it had: no
    // page shows other words, and the change log said "Other text on the page was reworded"
    // (qa40).
    let site = Site::example();
    site.build(&["--locked"]).success();
    site.replace(
        "locales/en/terms.ftl",
        "-customer = healthcare provider",
        "-customer =\n    { $form ->\n       *[plain] healthcare provider\n        [short] provider\n    }",
    );
    for lang in ["de", "nl"] {
        candor(&["mark-reviewed", &site.arg(), "--locale", lang], &[]).success();
    }
    site.publish_a_change_at(common::LATER_EPOCH).success();
    let told = logged(&site, "en", common::LATER_DATE_ISO);
    assert!(told.iter().all(|i| !i.contains("eworded")), "{told:#?}");
    assert_eq!(
        site.page("en").text_of("#control"),
        common::Page::read_file(
            &site.public().join("en/archive/2026-11-30/index.html"),
            Some("en")
        )
        .text_of("#control"),
        "the section reads the same"
    );
}

#[test]
fn a_term_the_annex_shows_is_told_as_the_annex_reworded() {
    // qa43: `-customers`, which the annex's introduction shows beside two sections, changed:
    // the third line said "Other text on the page was reworded", where a lawyer needs to read
    // that the annex, the document signed, was. And a message rewritten to show the same words
    // (`{ "How" }`) was told as reworded, though no page read otherwise.
    let site = Site::example();
    site.build(&["--locked"]).success();
    site.replace(
        "locales/en/terms.ftl",
        "-customers = healthcare providers",
        "-customers = care providers",
    );
    site.replace(
        "locales/en/sections.ftl",
        "control-heading = Who controls",
        "control-heading = { \"Who\" } controls",
    );
    for lang in ["de", "nl"] {
        candor(&["mark-reviewed", &site.arg(), "--locale", lang], &[]).success();
    }
    site.publish_a_change_at(common::LATER_EPOCH).success();
    let told = logged(&site, "en", common::LATER_DATE_ISO);
    let reworded: Vec<&String> = told.iter().filter(|i| i.contains("eworded")).collect();
    assert!(
        reworded
            .contains(&&"Reworded: Annex to the data processing agreement with Luscii".to_string()),
        "{told:#?}"
    );
    assert!(
        told.iter().all(|i| !i.starts_with("Other text")),
        "{told:#?}"
    );
    assert!(
        !told.contains(&"Reworded: Who controls the data?".to_string()),
        "{told:#?}"
    );
    // Each line names a place that reads otherwise: the sections' headings are the page's.
    let page = site.page("en");
    let annex = common::Page::read_file(&site.public().join("en/annex/index.html"), Some("en"));
    for line in &reworded {
        let place = line.trim_start_matches("Reworded: ");
        assert!(
            annex.readable_text().contains(place) || page.readable_text().contains(place),
            "{line}"
        );
    }
}

#[test]
fn words_rewritten_to_read_the_same_publish_nothing_and_leave_translations_current() {
    // qa44: source text rewritten to show the same words (a term's words put in its place, a
    // string literal, a term given a variant no message chooses) recorded a publication whose
    // change log entry said "The wording changed; the facts did not.", moved every page's
    // date, and marked the translations stale, their pages saying the original had changed.
    let site = Site::example();
    site.build(&["--locked"]).success();
    let (lock, records) = (
        site.read("candor.lock"),
        site.read("locales/de/translated-from.toml"),
    );
    site.replace(
        "locales/en/annex.ftl",
        "carries out for its { -customers }:",
        "carries out for its healthcare providers:",
    );
    site.replace(
        "locales/en/sections.ftl",
        "control-heading = Who controls",
        "control-heading = { \"Who\" } controls",
    );
    site.replace(
        "locales/en/terms.ftl",
        "-customer = healthcare provider",
        "-customer =\n    { $form ->\n       *[plain] healthcare provider\n        [short] provider\n    }",
    );
    // qa53: words moved into a term of their own; and a translation rewritten so, which the
    // pages told as a revision of the translation.
    site.replace(
        "locales/en/sections.ftl",
        "trained in privacy and information security.",
        "trained in { -topics }.",
    );
    site.write(
        "locales/en/terms.ftl",
        &(site.read("locales/en/terms.ftl") + "-topics = privacy and information security\n"),
    );
    site.replace(
        "locales/de/sections.ftl",
        "in Datenschutz und Informationssicherheit geschult.",
        "in { -themen } geschult.",
    );
    site.write(
        "locales/de/terms.ftl",
        &(site.read("locales/de/terms.ftl") + "-themen = Datenschutz und Informationssicherheit\n"),
    );
    let run = site.build_later(&[]);
    run.success();
    assert!(!run.stderr.contains("stale"), "{}", run.stderr);
    assert!(!run.stdout.contains("revision"), "{}", run.stdout);
    assert!(
        !site.page("de").readable_text().contains("überarbeitet"),
        "no revision told"
    );
    assert!(
        run.stdout.contains("last modified 2026-11-30"),
        "{}",
        run.stdout
    );
    assert_eq!(site.read("candor.lock"), lock, "nothing to record");
    // The reviews that the rewrite made needless are recorded as made: the next build does
    // not compare the words again.
    assert_ne!(site.read("locales/de/translated-from.toml"), records);
    for lang in ["en", "de", "nl"] {
        let page = site.page(lang);
        common::assert_stamp(&page, "2026-11-30", "2026");
        assert!(page.all(".stale-notice").is_empty(), "{lang}");
        let annex = common::Page::read_file(
            &site.public().join(lang).join("annex/index.html"),
            Some(lang),
        );
        assert!(annex.all(".stale-notice").is_empty(), "{lang}");
    }
    let check = candor(
        &["check", &site.arg(), "--strict"],
        &[("SOURCE_DATE_EPOCH", common::LATER_EPOCH)],
    );
    check.success();
    // Words that read otherwise are a publication, as before.
    site.replace(
        "locales/en/annex.ftl",
        "carries out for its healthcare providers:",
        "carries out for its clients:",
    );
    let run = site.build_later(&[]);
    run.success();
    assert!(run.stderr.contains("stale"), "{}", run.stderr);
    assert_eq!(
        logged(&site, "en", common::LATER_DATE_ISO),
        ["Reworded: Annex to the data processing agreement with Luscii"]
    );
}

#[test]
fn words_that_read_otherwise_as_fluent_chooses_them_are_a_publication() {
    // qa51: a term given a number chooses `[one]` by its plural category before `[1]`: the
    // page said "healthcare practice", and the comparison, choosing `[1]`, took it for the
    // words it had, so nothing was recorded and no translation was stale.
    let site = Site::example();
    site.replace(
        "locales/en/terms.ftl",
        "-customer = healthcare provider",
        "-customer = { $n ->\n    [one] healthcare practice\n    [1] healthcare provider\n   *[other] healthcare provider\n}",
    );
    site.replace(
        "locales/en/sections.ftl",
        "the { -customer }, who",
        "the { -customer(n: 1) }, who",
    );
    let run = site.build_later(&[]);
    run.success();
    assert!(
        site.page("en")
            .readable_text()
            .contains("the healthcare practice, who"),
    );
    assert!(
        run.stdout.contains("recorded a new publication"),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr
            .contains("`control-body-customer` in `de` is stale"),
        "{}",
        run.stderr
    );
    assert_eq!(
        logged(&site, "en", common::LATER_DATE_ISO),
        ["Reworded: Who controls the data?"]
    );
}

#[test]
fn a_translation_is_stale_when_a_message_its_source_shows_is_reworded() {
    // qa52: the heading rewritten to show a message of its own (which reads the same, so the
    // translations stay current), then that message reworded: the heading's translations
    // stayed current, their record covering the heading's own text and its terms, not the
    // words of the messages it shows.
    let site = Site::example();
    site.replace(
        "locales/en/sections.ftl",
        "control-heading = Who controls the data?",
        "control-heading = { control-question }\ncontrol-question = Who controls the data?",
    );
    for (lang, words) in [
        ("de", "Wer hat die Kontrolle über die Daten?"),
        ("nl", "Wie heeft zeggenschap over de gegevens?"),
    ] {
        let file = format!("locales/{lang}/sections.ftl");
        site.write(
            &file,
            &(site.read(&file) + &format!("control-question = {words}\n")),
        );
    }
    let run = site.build_later(&[]);
    run.success();
    assert!(!run.stderr.contains("`control-heading`"), "{}", run.stderr);
    site.replace(
        "locales/en/sections.ftl",
        "control-question = Who controls the data?",
        "control-question = Who is responsible for your data?",
    );
    let run = candor(
        &["check", &site.arg()],
        &[("SOURCE_DATE_EPOCH", common::LATER_EPOCH)],
    );
    for lang in ["de", "nl"] {
        for id in ["control-heading", "control-question"] {
            assert!(
                run.stderr.contains(&format!("`{id}` in `{lang}` is stale")),
                "{id} {lang}: {}",
                run.stderr
            );
        }
    }
}

#[test]
fn a_term_reworded_only_where_the_review_pages_show_it_marks_no_published_section_stale() {
    // qa52: a variant of `-customer` chosen only by a review page's message: no published
    // words changed, yet the German and Dutch pages said four sections had changed in the
    // original, and the record kept that as a revision.
    let site = Site::example();
    let lock = site.read("candor.lock");
    site.replace(
        "locales/en/terms.ftl",
        "-customer = healthcare provider",
        "-customer = { $n ->\n   *[one] healthcare provider\n    [other] healthcare providers\n}",
    );
    site.replace(
        "locales/en/changes.ftl",
        "review-draft = Draft for review: not published.",
        "review-draft = Draft for review by the { -customer(n: \"other\") }: not published.",
    );
    let run = site.build_later(&[]);
    run.success();
    assert_eq!(site.read("candor.lock"), lock, "{}", run.stderr);
    assert!(!run.stderr.contains("`-customer`"), "{}", run.stderr);
    assert!(
        run.stderr.contains("`review-draft` in `de` is stale"),
        "{}",
        run.stderr
    );
    for lang in ["de", "nl"] {
        assert!(site.page(lang).all(".stale-notice").is_empty(), "{lang}");
    }
}

#[test]
fn a_message_reworded_is_told_where_the_messages_that_show_it_are() {
    // qa53: words moved into a message of their own, which a section's message shows; that
    // message reworded, in English and then in German alone: the change logs said only "Other
    // text on the page was reworded", not the section that reads otherwise.
    let site = Site::example();
    for (lang, from, topics) in [
        (
            "en",
            "trained in privacy and information security.",
            "privacy and information security",
        ),
        (
            "de",
            "in Datenschutz und Informationssicherheit geschult.",
            "Datenschutz und Informationssicherheit",
        ),
        (
            "nl",
            "getraind in privacy en informatiebeveiliging.",
            "privacy en informatiebeveiliging",
        ),
    ] {
        let file = format!("locales/{lang}/sections.ftl");
        let to = from.replace(topics, "{ training-topics }");
        site.replace(&file, from, &to);
        site.write(
            &file,
            &(site.read(&file) + &format!("training-topics = {topics}\n")),
        );
    }
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1796860800")],
    )
    .success();
    site.replace(
        "locales/en/sections.ftl",
        "training-topics = privacy and information security",
        "training-topics = privacy, security and ethics",
    );
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1798761600")],
    )
    .success();
    let told = logged(&site, "en", "2027-01-01");
    assert!(
        told.contains(&"Reworded: Who has access to the data?".to_string()),
        "{told:#?}"
    );
    // The German translator follows, on the next day: a rewording of the translation alone.
    site.replace(
        "locales/de/sections.ftl",
        "training-topics = Datenschutz und Informationssicherheit",
        "training-topics = Datenschutz, Sicherheit und Ethik",
    );
    let review = candor(
        &[
            "review",
            &site.arg(),
            "--out",
            &site.path("review").to_string_lossy(),
        ],
        &[("SOURCE_DATE_EPOCH", "1798848000")],
    );
    review.success();
    let page = common::Page::read_file(&site.path("review/de/index.html"), Some("de"));
    assert!(
        page.readable_text()
            .contains("Neu formuliert: Wer hat Zugriff auf die Daten?"),
        "{}",
        page.readable_text()
    );
}

#[test]
fn countries_stated_for_the_first_time_are_not_told_as_a_move() {
    // Hubspot, engaged, never said where it processes data; the officer states it, as `check`
    // suggests. The change log says it is now stated, not that Hubspot "now processes data in
    // the United States", which tells of a transfer controllers were never given notice of.
    let site = Site::example();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Hubspot\"\npersonal-data = true\noutside-eea = false",
        "name = \"Hubspot\"\npersonal-data = true\ncountries = [\"IE\"]",
    );
    site.build_later(&[]).success();
    for (lang, said) in [
        ("en", "Where Hubspot processes data is now stated: Ireland"),
        (
            "de",
            "Wo Hubspot Daten verarbeitet, ist jetzt angegeben: Irland",
        ),
        (
            "nl",
            "Waar Hubspot gegevens verwerkt, staat nu vermeld: Ierland",
        ),
    ] {
        let items: Vec<String> = logged(&site, lang, common::LATER_DATE_ISO)
            .iter()
            .map(|i| common::without_isolates(i))
            .collect();
        assert_eq!(items, [said], "{lang}");
    }
    assert!(
        !site
            .public()
            .join("en/notices")
            .join(common::LATER_DATE_ISO)
            .exists(),
        "nothing to give notice of"
    );
}

#[test]
fn a_new_name_and_a_new_contact_are_told_as_what_they_are() {
    // Luscii becomes Luscii Healthtech and its privacy team moves to dpo@: the change log says
    // so in every language, not "Changed: Website visitors and applicants", and names the new
    // address controllers write to, to object.
    let site = Site::example();
    site.replace(
        "content/organisation.toml",
        "name = \"Luscii\"",
        "name = \"Luscii Healthtech\"",
    );
    site.replace(
        "content/organisation.toml",
        "contact = \"mailto:privacy@luscii.com\"",
        "contact = \"mailto:dpo@luscii.com\"",
    );
    site.build_later(&[]).success();
    for (lang, renamed, contact) in [
        (
            "en",
            "Luscii is now called Luscii Healthtech",
            "The privacy team is now reached at dpo@luscii.com instead of privacy@luscii.com",
        ),
        (
            "de",
            "Luscii heißt jetzt Luscii Healthtech",
            "Das Datenschutzteam ist jetzt unter dpo@luscii.com statt privacy@luscii.com erreichbar",
        ),
        (
            "nl",
            "Luscii heet nu Luscii Healthtech",
            "Het privacyteam is nu bereikbaar via dpo@luscii.com in plaats van privacy@luscii.com",
        ),
    ] {
        let items: Vec<String> = logged(&site, lang, common::LATER_DATE_ISO)
            .iter()
            .map(|i| common::without_isolates(i))
            .collect();
        assert_eq!(items, [renamed, contact], "{lang}");
    }
    // So does diff.
    site.replace(
        "content/organisation.toml",
        "contact = \"mailto:dpo@luscii.com\"",
        "contact = \"mailto:privacy@luscii.com\"",
    );
    let diff = candor(
        &["diff", &site.arg()],
        &[("SOURCE_DATE_EPOCH", common::LATER_EPOCH)],
    );
    diff.success();
    assert!(
        diff.stdout
            .contains("~ contact: mailto:dpo@luscii.com -> mailto:privacy@luscii.com"),
        "{}",
        diff.stdout
    );
}

#[test]
fn a_change_of_the_annex_words_is_logged_as_the_annex_reworded() {
    // Only the annex's English changed: the change log names the annex, not "other text on the
    // page", which did not change.
    let site = Site::example();
    site.replace(
        "locales/en/annex.ftl",
        "It holds only these facts; it neither contains nor changes the clauses.",
        "It holds these facts alone; it neither contains nor changes the clauses.",
    );
    site.build_later(&[]).success();
    assert_eq!(
        logged(&site, "en", common::LATER_DATE_ISO)
            .iter()
            .map(|i| common::without_isolates(i))
            .collect::<Vec<_>>(),
        ["Reworded: Annex to the data processing agreement with Luscii"]
    );
}

#[test]
fn words_of_the_notices_or_the_change_log_are_logged_as_theirs_not_the_pages() {
    // Only the change log's heading was reworded in English: the change log said "Other text
    // on the page was reworded." in every language, and the page did not change. The
    // translations, not following yet, say so. (How a notice ends, reworded, is no
    // publication: each notice keeps the words of its own, qa112.)
    reworded_where_no_page_shows(
        &Site::example(),
        &[(
            "locales/en/changes.ftl",
            "notice-how = To object, or with any question, write to",
            "notice-how = To object, or with any other question, write to",
        )],
    );
    for (was, now, en, de, nl) in [
        (
            "changes-title = Changes to this page",
            "changes-title = Changes made to this page",
            "The wording of the change log and its feed was changed.",
            "Der Wortlaut des Änderungsprotokolls und seines Feeds wurde im Original geändert, in dieser Übersetzung noch nicht.",
            "De tekst van het wijzigingslogboek en de feed is in het origineel gewijzigd, in deze vertaling nog niet.",
        ),
        // The change log's link to a notice, though its id starts as the notices' do.
        (
            "notice-link = Notice to controllers:",
            "notice-link = Our notice to controllers:",
            "The wording of the change log and its feed was changed.",
            "Der Wortlaut des Änderungsprotokolls und seines Feeds wurde im Original geändert, in dieser Übersetzung noch nicht.",
            "De tekst van het wijzigingslogboek en de feed is in het origineel gewijzigd, in deze vertaling nog niet.",
        ),
        // The page's link to the change log, though its id starts as the change log's do.
        (
            "changes-link = ",
            "changes-link = All ",
            "Other text on the page was reworded.",
            "Weiterer Text der Seite wurde im Original neu formuliert, in dieser Übersetzung noch nicht.",
            "Andere tekst op de pagina is in het origineel anders geformuleerd, in deze vertaling nog niet.",
        ),
    ] {
        let site = Site::example();
        site.replace("locales/en/changes.ftl", was, now);
        site.build_later(&[]).success();
        for (lang, said) in [("en", en), ("de", de), ("nl", nl)] {
            assert_eq!(
                logged(&site, lang, common::LATER_DATE_ISO)
                    .iter()
                    .map(|i| common::without_isolates(i))
                    .collect::<Vec<_>>(),
                [said],
                "{lang}: {now}"
            );
        }
    }
}

#[test]
fn the_messages_told_as_the_notices_or_the_change_logs_alone_are_on_no_page() {
    // `sections::Elsewhere` tells a rewording of these as the notices' or the change log's:
    // no template of the page, its archive or its annex may show one.
    let templates = std::path::Path::new(common::REPO).join("themes/default/templates");
    let elsewhere =
        |id: &str| candor::sections::Elsewhere::of(id) != candor::sections::Elsewhere::Page;
    for entry in std::fs::read_dir(&templates).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let change_log = path.ends_with("changes.html");
        for call in text.split("key=\"").skip(1) {
            let id = &call[..call.find('"').unwrap()];
            let shown = candor::sections::Elsewhere::of(id);
            assert!(
                !elsewhere(id) || (change_log && shown == candor::sections::Elsewhere::ChangeLog),
                "{} shows `{id}`, told as {shown:?}",
                path.display()
            );
        }
    }
}

#[test]
fn an_entry_of_the_change_log_keeps_the_words_it_was_published_in() {
    // The heading of the storage section is reworded on 1 January, and again on 2 January. The
    // entry of 1 January names the section as it was called that day, as its archive copy
    // shows it, in the change log and the feed; it is not rewritten by the next publication.
    let site = Site::example();
    let heading = |text: &str| format!("storage-heading = {text}");
    site.replace(
        "locales/en/sections.ftl",
        &heading("Where does { $org } store your data?"),
        &heading("Where does { $org } keep your data?"),
    );
    site.build_later(&[]).success();
    site.replace(
        "locales/en/sections.ftl",
        &heading("Where does { $org } keep your data?"),
        &heading("Where is the data of { $org } kept?"),
    );
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1798848000")],
    )
    .success();
    let clean = |items: Vec<String>| -> Vec<String> {
        items.iter().map(|i| common::without_isolates(i)).collect()
    };
    assert_eq!(
        clean(logged(&site, "en", "2027-01-02")),
        ["Reworded: Where is the data of Luscii kept?"]
    );
    assert_eq!(
        clean(logged(&site, "en", common::LATER_DATE_ISO)),
        ["Reworded: Where does Luscii keep your data?"]
    );
    let feed = common::without_isolates(&site.read("public/en/feed.xml"));
    assert!(
        feed.contains("Reworded: Where does Luscii keep your data?"),
        "{feed}"
    );
}

#[test]
fn a_transfer_by_a_subprocessor_of_no_personal_data_is_not_told_as_one_of_personal_data() {
    // Voys processes no personal data: that it now sends data outside the EEA is told as
    // that, not as a transfer of personal data the same page says it does not process.
    let site = Site::example_without_notice();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Voys\"\npersonal-data = false\noutside-eea = false",
        "name = \"Voys\"\npersonal-data = false\noutside-eea = true\nmechanism = \"standard-contractual-clauses\"",
    );
    site.build_later(&[]).success();
    for (lang, said, personal) in [
        (
            "en",
            "Voys now transfers data outside the EEA (transfer mechanism: Standard contractual clauses)",
            "personal",
        ),
        (
            "de",
            "Voys übermittelt jetzt Daten in Länder außerhalb des EWR (Übermittlungsgrundlage: Standardvertragsklauseln)",
            "personenbezogen",
        ),
        (
            "nl",
            "Voys geeft nu gegevens door buiten de EER (doorgiftemechanisme: Standaardcontractbepalingen)",
            "persoonsgegevens",
        ),
    ] {
        let log = logged(&site, lang, common::LATER_DATE_ISO);
        let voys: Vec<&String> = log.iter().filter(|l| l.starts_with("Voys")).collect();
        assert_eq!(voys, [said], "{lang}: {log:?}");
        assert!(!voys[0].contains(personal), "{lang}");
    }
}

#[test]
fn a_language_added_later_is_given_no_notice_back_then_and_its_log_says_it_came_later() {
    // Danish is added on 2 January 2027 (its words copied from Dutch). The notice of 1 January
    // was sent in English, German and Dutch: none is made in Danish dated back to that day,
    // its change log links none, and each earlier entry says the translation came later, on
    // the page and in the feed.
    let site = crate::notice::slack_to_process_personal_data_from_march();
    site.add_language_copied_from("nl", "da");
    build_on(&site, "2027-01-02").success();
    let old = common::LATER_DATE_ISO;
    assert!(
        site.public()
            .join(format!("nl/notices/{old}/notice.md"))
            .exists()
    );
    assert!(!site.public().join(format!("da/notices/{old}")).exists());
    let later = "Deze vertaling kwam later: de pagina was die dag niet in deze taal gepubliceerd.";
    // The publication of 1 January, current when Danish was added: from that day (qa42).
    let added =
        "Deze vertaling kwam later: de pagina was in deze taal gepubliceerd vanaf 2. januar 2027.";
    let log = |lang: &str| {
        common::Page::read_file(
            &site.public().join(lang).join("changes/index.html"),
            Some(lang),
        )
    };
    let (da, nl) = (log("da"), log("nl"));
    assert_eq!(da.text_of(&format!("[id='{old}'] .later")), added);
    assert_eq!(da.text_of("[id='2026-11-30'] .later"), later);
    assert!(da.all(&format!("[id='{old}'] .notice-kit")).is_empty());
    assert!(nl.all(&format!("[id='{old}'] .later")).is_empty());
    assert_eq!(nl.all(&format!("[id='{old}'] .notice-kit")).len(), 1);
    // Today's publication is the first in Danish: it says nothing of the kind.
    assert!(da.all("[id='2027-01-02'] .later").is_empty());
    let feed = site.read("public/da/feed.xml");
    assert_eq!(feed.matches(later).count(), 3, "the three earlier entries");
    assert_eq!(feed.matches(added).count(), 1, "{feed}");
    assert!(!feed.contains(&format!("notices/{old}/")), "{feed}");
    assert!(!site.read("public/nl/feed.xml").contains(later));
}

#[test]
fn a_part_withdrawn_as_the_rest_is_brought_forward_is_not_told_as_taking_effect() {
    // Slack is to process personal data and move its transfers to binding corporate rules on
    // 1 March; on 1 February the personal data is withdrawn and the rest brought forward to
    // that day. The change log said the personal data both took effect and was withdrawn.
    let site = Site::example_without_notice();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Slack\"\npersonal-data = false\noutside-eea = true\nmechanism = \"standard-contractual-clauses\"",
        "name = \"Slack\"\npersonal-data = true\noutside-eea = true\nmechanism = \"binding-corporate-rules\"\neffective = 2027-03-01",
    );
    site.build_later(&[]).success();
    site.replace(
        "content/subprocessors.toml",
        "personal-data = true\noutside-eea = true\nmechanism = \"binding-corporate-rules\"\neffective = 2027-03-01",
        "personal-data = false\noutside-eea = true\nmechanism = \"binding-corporate-rules\"\neffective = 2027-02-01",
    );
    build_on(&site, "2027-02-01").success();
    for (lang, personal, mechanism, withdrawn) in [
        (
            "en",
            "Slack now processes personal data of your users",
            "Took effect on 1 February 2027: Slack: transfer mechanism for data outside the EEA changed (now: Binding corporate rules; before: Standard contractual clauses)",
            "Withdrawn before it was to take effect on 1 March 2027: Slack will process personal data of your users",
        ),
        (
            "de",
            "Slack verarbeitet jetzt personenbezogene Daten Ihrer Nutzer",
            "Am 1. Februar 2027 wirksam geworden: Slack: Übermittlungsgrundlage für Daten außerhalb des EWR geändert (jetzt: Verbindliche interne Datenschutzvorschriften; vorher: Standardvertragsklauseln)",
            "Vor dem Inkrafttreten am 1. März 2027 zurückgenommen: Slack wird personenbezogene Daten Ihrer Nutzer verarbeiten",
        ),
        (
            "nl",
            "Slack verwerkt nu persoonsgegevens van uw gebruikers",
            "Ingegaan op 1 februari 2027: Slack: doorgiftemechanisme voor gegevens buiten de EER gewijzigd (nu: Bindende bedrijfsvoorschriften; eerder: Standaardcontractbepalingen)",
            "Ingetrokken vóór de ingangsdatum 1 maart 2027: Slack gaat persoonsgegevens van uw gebruikers verwerken",
        ),
    ] {
        let changed = logged_under(&site, lang, "2027-02-01", "changed");
        assert!(
            changed.contains(&mechanism.to_string()),
            "{lang}: {changed:?}"
        );
        assert!(
            !changed.iter().any(|item| item.contains(personal)),
            "{lang}: {changed:?}"
        );
        assert_eq!(
            logged_under(&site, lang, "2027-02-01", "withdrawn"),
            [withdrawn],
            "{lang}"
        );
    }
}

/// Facts listed in another order, and nothing else changed: the page changed (its rows are in
/// the content's order), so a publication is recorded; its change log says what changed, not
/// "the wording changed; the facts did not" (which was false: the wording had not), and a
/// set's order (a sub-processor's countries) is no change of the set (qa28).
#[test]
fn facts_put_in_another_order_are_told_as_such_and_a_sets_order_is_no_change() {
    let site = Site::example();
    let list = site.read("content/subprocessors.toml");
    let zivver = list
        .find("[[subprocessor]]\n# The German page says")
        .unwrap();
    let aws = list
        .find("[[subprocessor]]\nname = \"Amazon Web Services (AWS)\"")
        .unwrap();
    let moved = format!(
        "{}{}\n{}",
        &list[..aws],
        list[zivver..].trim_end(),
        &list[aws..zivver]
    );
    site.write("content/subprocessors.toml", &moved);
    let diff = candor(&["diff", &site.arg()], &[]);
    assert!(
        diff.stdout.contains("listed in another order"),
        "{}",
        diff.stdout
    );
    site.build_later(&[]).success();
    for (lang, said) in [
        (
            "en",
            "The same facts, listed in another order: none of them changed.",
        ),
        (
            "de",
            "Dieselben Angaben in anderer Reihenfolge: keine davon hat sich geändert.",
        ),
        (
            "nl",
            "Dezelfde gegevens in een andere volgorde: geen ervan is gewijzigd.",
        ),
    ] {
        assert_eq!(logged(&site, lang, "2027-01-01"), [said], "{lang}");
    }

    // A sub-processor's countries in another order: the same countries.
    let site = crate::second_example::copy();
    site.replace(
        "content/subprocessors.toml",
        "countries = [\"IE\", \"US\"]\nmechanism = \"data-privacy-framework\"",
        "countries = [\"US\", \"IE\"]\nmechanism = \"data-privacy-framework\"",
    );
    build_on(&site, "2027-01-01").success();
    let items = logged(&site, "en", "2027-01-01");
    assert_eq!(
        items,
        ["The same facts, listed in another order: none of them changed."]
    );

    // The groups of staff in another order: told as "Changed: Who has access to the data?"
    // (qa134), as if a group's access had changed.
    let site = Site::example();
    let access = site.read("content/access.toml");
    let engineers = access.find("[[group]]\nid = \"engineers\"").unwrap();
    let next = engineers + access[engineers + 1..].find("[[group]]").unwrap() + 1;
    site.write(
        "content/access.toml",
        &format!(
            "{}{}\n{}",
            &access[..engineers],
            access[next..].trim_end(),
            &access[engineers..next]
        ),
    );
    site.build_later(&[]).success();
    assert_eq!(
        logged(&site, "en", "2027-01-01"),
        ["The same facts, listed in another order: none of them changed."]
    );
}

/// A data subject added with its label in every language: the change log said "Reworded: What
/// data does Luscii process for its customers?" beside the fact's own line, though no words
/// were reworded (qa33). A message new with an id the facts name anew is the fact's words.
#[test]
fn the_words_of_a_new_fact_are_not_told_as_a_section_reworded() {
    let site = Site::example();
    site.replace(
        "content/processing.toml",
        "subjects = [\"patients\", \"care-professionals\"]",
        "subjects = [\"patients\", \"care-professionals\", \"families\"]",
    );
    for (lang, label) in [
        ("en", "Families"),
        ("de", "Angehörige"),
        ("nl", "Familieleden"),
    ] {
        site.replace(
            &format!("locales/{lang}/site.ftl"),
            "subject-patients = ",
            &format!("subject-families = {label}\nsubject-patients = "),
        );
    }
    site.build_later(&[]).success();
    let items = logged(&site, "en", common::LATER_DATE_ISO);
    assert_eq!(
        items
            .iter()
            .map(|i| common::without_isolates(i))
            .collect::<Vec<_>>(),
        ["Luscii now also processes the data of: Families"],
    );
}

#[test]
fn a_kind_of_data_and_a_group_of_staff_removed_with_their_words_are_named_as_published() {
    // The second example stops processing `usage` data and listing "All other staff", and
    // takes their words out of every language with them. The change log named them by their
    // ids, "no longer processes: usage", "No longer listed among the staff: other-staff"
    // (qa34): each is named in the words the publication before published it in, in every
    // language; and a name that takes the organisation's (`{ $org }`) is given it.
    let site = crate::second_example::copy();
    site.replace(
        "content/processing.toml",
        ", \"class-recordings\", \"usage\"]",
        ", \"class-recordings\"]",
    );
    let text = site
        .read("content/subprocessors.toml")
        .replace(
            ", \"class-recordings\", \"usage\"]",
            ", \"class-recordings\"]",
        )
        .replace("[\"account-details\", \"usage\"]", "[\"account-details\"]")
        .replace("data-categories = [\"usage\"]\n", "");
    site.write("content/subprocessors.toml", &text);
    site.replace(
        "content/access.toml",
        "\n[[group]]\nid = \"other-staff\"\naccess = \"none\"\nconfidentiality-agreement = true\n",
        "",
    );
    for lang in ["en", "de", "fr", "ar"] {
        let path = format!("locales/{lang}/site.ftl");
        let kept: Vec<String> = site
            .read(&path)
            .lines()
            .filter(|l| {
                !l.starts_with("category-usage =")
                    && !l.starts_with("access-group-other-staff =")
                    && !l.starts_with("access-purpose-other-staff =")
            })
            .map(str::to_string)
            .collect();
        site.write(&path, &(kept.join("\n") + "\n"));
    }
    site.build_later(&[]).success();
    for (lang, category, group) in [
        (
            "en",
            "Technical data about the use of Tessel Learning (fictional), such as log-ins and the device used",
            "All other staff",
        ),
        (
            "de",
            "Technische Daten über die Nutzung von Tessel Learning (fictional)",
            "Alle übrigen Mitarbeiter",
        ),
        (
            "fr",
            "Données techniques sur l’utilisation de Tessel Learning (fictional)",
            "Tout le reste du personnel",
        ),
        (
            "ar",
            "بيانات تقنية عن استخدام Tessel Learning (fictional)",
            "سائر الموظفين",
        ),
    ] {
        let logged = crate::notice::logged(&site, lang, "2027-01-01");
        assert!(
            logged.iter().any(|l| l.contains(category)),
            "{lang}: {logged:#?}"
        );
        assert!(
            logged.iter().any(|l| l.contains(group)),
            "{lang}: {logged:#?}"
        );
        assert!(
            logged
                .iter()
                .all(|l| !l.ends_with(": usage") && !l.contains("other-staff")),
            "{lang}: {logged:#?}"
        );
        // Their words went with them: no section was reworded, in the source nor in a
        // translation (qa36).
        assert_eq!(logged.len(), 6, "{lang}: {logged:#?}");
    }
}

#[test]
fn a_list_reordered_beside_other_changes_is_told_too() {
    // Streamvale's countries written the other way round, "United States and Ireland" on the
    // page, the data file and the CSV, in the same publication as a new retention period: the
    // change log told the period and not the new order, which it tells when it comes alone
    // (qa34).
    let site = crate::second_example::copy();
    site.replace(
        "content/subprocessors.toml",
        "countries = [\"IE\", \"US\"]",
        "countries = [\"US\", \"IE\"]",
    );
    site.replace("content/retention.toml", "count = 18", "count = 24");
    site.build_later(&[]).success();
    for (lang, said) in [
        ("en", "Some of the facts are also listed in another order."),
        (
            "de",
            "Einige Angaben werden außerdem in anderer Reihenfolge aufgeführt.",
        ),
        (
            "fr",
            "Certaines informations sont en outre présentées dans un autre ordre.",
        ),
        ("ar", "كما أصبحت بعض المعلومات مدرجة بترتيب آخر."),
    ] {
        let logged = crate::notice::logged(&site, lang, "2027-01-01");
        // After the change it is beside (qa37 saw it before).
        assert_eq!(
            logged.last(),
            Some(&said.to_string()),
            "{lang}: {logged:#?}"
        );
        assert_eq!(logged.len(), 2, "{lang}: {logged:#?}");
    }
}

#[test]
fn a_subprocessors_data_and_data_subjects_changed_are_named() {
    // Streamvale no longer receives class recordings and now receives data of the customers'
    // administrators: the change log said "The record of Streamvale changed: categories of data
    // and data subjects", not which (qa37). It names them, in each language's words. (Data of
    // new subjects needs notice: the change is announced for 1 February.)
    let site = crate::second_example::copy();
    site.replace(
        "content/subprocessors.toml",
        "data-categories = [\"account-details\", \"class-recordings\"]\ndata-subjects = [\"learners\", \"trainers\"]\naddress = \"500 Harbor",
        "data-categories = [\"account-details\"]\ndata-subjects = [\"learners\", \"trainers\", \"customer-admins\"]\neffective = 2027-02-01\naddress = \"500 Harbor",
    );
    site.build_later(&[]).success();
    for (lang, line) in [
        (
            "en",
            "The record of Streamvale will change: categories of data (no longer: Recordings of live classes, with their chat, where the customer turns recording on) and data subjects (new: Our customers' administrators and billing contacts)",
        ),
        (
            "de",
            "Die Angaben zu Streamvale werden sich ändern: Datenkategorien (nicht mehr: Aufzeichnungen von Live-Schulungen samt Chat, wenn der Kunde die Aufzeichnung einschaltet) und betroffene Personen (neu: Administratoren und Rechnungskontakte unserer Kunden)",
        ),
        (
            "fr",
            "La fiche du sous-traitant ultérieur Streamvale changera : catégories de données (retrait : Enregistrements des classes en direct, avec leur chat, lorsque le client active l’enregistrement) et personnes concernées (ajout : Les administrateurs et les contacts de facturation de nos clients)",
        ),
    ] {
        let logged = logged(&site, lang, "2027-01-01");
        assert!(logged.contains(&line.to_string()), "{lang}: {logged:#?}");
    }
}

#[test]
fn a_list_of_data_first_given_or_no_longer_given_is_told_as_stated() {
    // AWS's kinds of data first stated, then no longer: the change log said "(new: …)" and
    // "(no longer: …)", as if it started and stopped receiving them (qa40). The annex only
    // states them, or not.
    let site = Site::example();
    let aws = "name = \"Amazon Web Services (AWS)\"\npersonal-data = true\n";
    site.replace(
        "content/subprocessors.toml",
        aws,
        &format!("{aws}data-categories = [\"identity-contact\"]\n"),
    );
    site.build_later(&[]).success();
    site.replace(
        "content/subprocessors.toml",
        &format!("{aws}data-categories = [\"identity-contact\"]\n"),
        aws,
    );
    common::candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1799971200")],
    )
    .success();
    for (lang, id, line) in [
        (
            "en",
            "2027-01-01",
            "The record of Amazon Web Services (AWS) changed: categories of data (now stated: Identity details, such as name and date of birth)",
        ),
        (
            "en",
            "2027-01-15",
            "The record of Amazon Web Services (AWS) changed: categories of data (no longer stated; was: Identity details, such as name and date of birth)",
        ),
        (
            "de",
            "2027-01-15",
            "Die Angaben zu Amazon Web Services (AWS) haben sich geändert: Datenkategorien (nicht mehr angegeben; bisher: Identitätsdaten, etwa Name und Geburtsdatum)",
        ),
    ] {
        let logged = logged(&site, lang, id);
        assert!(
            logged.contains(&line.to_string()),
            "{lang} {id}: {logged:#?}"
        );
    }
}

#[test]
fn a_subprocessor_moved_to_another_group_or_headquarters_is_told_from_where_to_where() {
    // Streamvale listed among the service providers, no longer the infrastructure, and its
    // headquarters in Ireland: "The record of Streamvale changed: group and headquarters" said
    // neither where from nor where to.
    let site = crate::second_example::copy();
    site.replace(
        "content/subprocessors.toml",
        "purpose = \"video-calls\"\ngroup = \"infrastructure\"\nheadquarters = \"US\"",
        "purpose = \"video-calls\"\ngroup = \"service-provider\"\nheadquarters = \"IE\"",
    );
    site.build_later(&[]).success();
    for (lang, line) in [
        (
            "en",
            "The record of Streamvale changed: headquarters (now: Ireland; was: United States) and group (now: Service providers; was: Infrastructure)",
        ),
        (
            "de",
            "Die Angaben zu Streamvale haben sich geändert: Hauptsitz (jetzt: Irland; bisher: Vereinigte Staaten) und Gruppe (jetzt: Dienstleister; bisher: Infrastruktur)",
        ),
    ] {
        let logged = logged(&site, lang, "2027-01-01");
        assert!(logged.contains(&line.to_string()), "{lang}: {logged:#?}");
    }
}

#[test]
fn a_change_of_group_or_data_still_to_come_is_told_as_to_come() {
    // Alpenhelp to be listed among the affiliates from 15 February, its data subjects fewer:
    // the change log's "To take effect later" said "group (now: Affiliates; was: Service
    // providers)" while the table above still listed it a service provider (qa41).
    let site = crate::second_example::copy();
    site.replace(
        "content/subprocessors.toml",
        "group = \"service-provider\"\nheadquarters = \"CH\"\ndata-categories = [\"account-details\"]\ndata-subjects = [\"learners\", \"trainers\", \"customer-admins\"]\naddress = \"Beispielweg 4",
        "group = \"affiliate\"\nheadquarters = \"CH\"\ndata-categories = [\"account-details\"]\ndata-subjects = [\"learners\"]\neffective = 2027-02-15\naddress = \"Beispielweg 4",
    );
    site.build_later(&[]).success();
    for (lang, line) in [
        (
            "en",
            "The record of Alpenhelp will change: group (to be: Affiliates; until then: Service providers) and data subjects (no longer: Our customers' administrators and billing contacts and Trainers who teach live classes)",
        ),
        (
            "de",
            "Die Angaben zu Alpenhelp werden sich ändern: Gruppe (künftig: Verbundene Unternehmen; bis dahin: Dienstleister)",
        ),
    ] {
        let logged = logged(&site, lang, "2027-01-01");
        assert!(
            logged.iter().any(|l| l.starts_with(line)),
            "{lang}: {logged:#?}"
        );
        assert!(
            logged
                .iter()
                .all(|l| !l.contains("(now:") && !l.contains("(jetzt:")),
            "{lang}: {logged:#?}"
        );
    }
}

#[test]
fn countries_never_stated_are_null_in_the_diff_not_an_empty_list() {
    // qa66: Zapier, said only to transfer data outside the EEA, given its countries: `diff`
    // said `countries [] -> [US]` and its JSON `"was": []`, as if it processed data in no
    // country. They were not stated: `null`, as the format says of what is not given.
    let site = Site::example();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Zapier\"\npersonal-data = false\noutside-eea = true\n",
        "name = \"Zapier\"\npersonal-data = false\ncountries = [\"US\"]\n",
    );
    let text = candor(&["diff", &site.arg()], &[]);
    assert!(
        text.stdout
            .contains("~ Zapier: countries (not stated) -> [US]"),
        "{}",
        text.stdout
    );
    let json = candor(&["diff", &site.arg(), "--format", "json"], &[]);
    let v: Value = serde_json::from_str(&json.stdout).unwrap();
    let changes = v["changes"].as_array().unwrap();
    assert!(
        changes.contains(&serde_json::json!({
            "change": "countries", "id": "zapier", "name": "Zapier", "was": null, "now": ["US"]
        })),
        "{changes:#?}"
    );
}

#[test]
fn diff_lists_no_translated_message_that_reads_as_it_did() {
    // qa68: French `{ -customer }` written out as `client` in one message: the build records
    // nothing and no page says "revised", yet `diff` listed the message as changed for fr and
    // fr-CA (whose own term reads "client" too).
    let site = crate::second_example::copy();
    let text = site.read("locales/fr/sections.ftl");
    let line = text
        .lines()
        .find(|l| l.starts_with("control-body-customer ="))
        .unwrap()
        .to_string();
    site.replace(
        "locales/fr/sections.ftl",
        &line,
        &line.replace("{ -customer }", "client"),
    );
    let json = candor(&["diff", &site.arg(), "--format", "json"], &[]);
    let v: Value = serde_json::from_str(&json.stdout).unwrap();
    for lang in ["fr", "fr-CA"] {
        assert_eq!(
            v["translations"][lang],
            serde_json::json!([]),
            "{lang}: {v:#}"
        );
    }
    // A wording that reads otherwise is listed.
    site.replace(
        "locales/fr/sections.ftl",
        "pour un client restent",
        "pour un client Tessel restent",
    );
    let json = candor(&["diff", &site.arg(), "--format", "json"], &[]);
    let v: Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(
        v["translations"]["fr"],
        serde_json::json!(["control-body-customer"])
    );
}

#[test]
fn retention_breach_and_storage_facts_are_told_as_what_changed_in_every_language() {
    // qa70, qa72: the change log and the feed said only "Changed: <section>" of when the
    // retention period starts, whether a customer may agree another, what happens at its end,
    // the systems that detect a breach and a place where the data is stored: a customer had
    // to compare two archived pages to learn that data is no longer handed back.
    let site = Site::example();
    for (file, was, now) in [
        (
            "content/retention.toml",
            "starts = \"contract-end\"",
            "starts = \"last-activity\"",
        ),
        (
            "content/retention.toml",
            "customer-may-change = true",
            "customer-may-change = false",
        ),
        (
            "content/retention.toml",
            "at-end = [\"return-to-customer\", \"delete\"]",
            "at-end = [\"anonymise\"]",
        ),
        ("content/breach.toml", "\"AWS CloudWatch\"]", "\"Grafana\"]"),
        (
            "content/storage.toml",
            "[[location]]\n",
            "[[location]]\nid = \"amazon-web-services-aws-frankfurt\"\n",
        ),
        (
            "content/storage.toml",
            "city = \"Frankfurt\"",
            "city = \"Dublin\"",
        ),
        (
            "content/storage.toml",
            "country = \"DE\"",
            "country = \"IE\"",
        ),
        (
            "content/storage.toml",
            "hosting = \"virtual-private-servers\"",
            "hosting = \"dedicated-servers\"",
        ),
        (
            "content/storage.toml",
            "\"ISO 9001\", \"ISO 27001\", \"ISO 27017\", \"ISO 27018\"",
            "\"ISO 27001\", \"ISO 27017\", \"ISO 27018\", \"ISO 27701\"",
        ),
        (
            "content/storage.toml",
            "\nspecial-categories = true",
            "\nspecial-categories = false",
        ),
    ] {
        site.replace(file, was, now);
    }
    // `diff` names each fact by its path, as it did: the city and the country apart.
    let diff = candor(&["diff", &site.arg(), "--format", "json"], &[]);
    let diff: Value = serde_json::from_str(&diff.stdout).unwrap();
    let paths: Vec<&str> = (diff["changes"].as_array().unwrap().iter())
        .filter_map(|c| c["path"].as_str())
        .collect();
    let location = "storage.locations.amazon-web-services-aws-frankfurt";
    assert_eq!(
        paths,
        [
            format!("{location}.city"),
            format!("{location}.country"),
            format!("{location}.hosting"),
            format!("{location}.certifications"),
            format!("{location}.special_categories"),
            "retention.starts".into(),
            "retention.customer_may_change".into(),
            "retention.at_end".into(),
            "breach.monitoring".into(),
        ]
    );
    build_on(&site, "2027-01-01").success();
    // Another provider for the same place, by its id.
    site.replace(
        "content/storage.toml",
        "provider = \"Amazon Web Services (AWS)\"",
        "provider = \"Google Workspace\"",
    );
    build_on(&site, "2027-01-02").success();
    // Another provider and another place at once: one line (qa74: told apart, each named the
    // other's new value with its old one).
    site.replace(
        "content/storage.toml",
        "provider = \"Google Workspace\"",
        "provider = \"Amazon Web Services (AWS)\"",
    );
    site.replace(
        "content/storage.toml",
        "city = \"Dublin\"",
        "city = \"Frankfurt\"",
    );
    site.replace(
        "content/storage.toml",
        "country = \"IE\"",
        "country = \"DE\"",
    );
    build_on(&site, "2027-01-03").success();
    let aws = "Amazon Web Services (AWS)";
    let expected = [
        (
            "en",
            vec![
                format!("Data stored by {aws} is now stored in Dublin (Ireland) instead of Frankfurt (Germany)"),
                format!("Data stored by {aws} in Dublin is now hosted as: Dedicated servers (was: Virtual private servers)"),
                format!("Storage by {aws} in Dublin, now also certified: ISO 27701; no longer certified: ISO 9001"),
                format!("Data stored by {aws} in Dublin no longer includes sensitive data"),
                "The retention period now starts after the last activity in the account, instead of after the contract with the healthcare provider ends".into(),
                "The healthcare provider may no longer agree a different retention period in its data processing agreement".into(),
                "When the retention period ends, now: Luscii anonymises the personal data, so that it no longer identifies anyone. Before: Luscii hands the personal data over to the healthcare provider. Luscii deletes the personal data permanently.".into(),
                "A data breach is now also detected with: Grafana; and no longer with: AWS CloudWatch".into(),
            ],
            format!("Data stored in Dublin is now stored by Google Workspace instead of {aws}"),
            format!("Data is now stored by {aws} in Frankfurt (Germany) instead of by Google Workspace in Dublin (Ireland)"),
        ),
        (
            "de",
            vec![
                format!("{aws} speichert die Daten jetzt in Dublin (Irland) statt in Frankfurt (Deutschland)"),
                format!("Die Daten bei {aws} in Dublin werden jetzt gehostet als: Dedizierte Server (bisher: Virtuelle private Server)"),
                format!("Speicherung bei {aws} in Dublin, jetzt auch zertifiziert: ISO 27701; nicht mehr zertifiziert: ISO 9001"),
                format!("Die bei {aws} in Dublin gespeicherten Daten umfassen keine sensiblen Daten mehr"),
                "Die Aufbewahrungsfrist beginnt jetzt nach der letzten Aktivität im Benutzerkonto statt nach Ende des Vertrags mit dem Gesundheitsdienstleister".into(),
                "Der Gesundheitsdienstleister kann in seinem Auftragsverarbeitungsvertrag keine abweichende Aufbewahrungsfrist mehr vereinbaren".into(),
                "Nach Ablauf der Aufbewahrungsfrist jetzt: Luscii anonymisiert die personenbezogenen Daten, sodass sich daraus keine Person mehr identifizieren lässt. Bisher: Luscii übergibt die personenbezogenen Daten an den Gesundheitsdienstleister. Luscii löscht die personenbezogenen Daten endgültig.".into(),
                "Eine Datenschutzverletzung wird jetzt auch erkannt mit: Grafana; und nicht mehr mit: AWS CloudWatch".into(),
            ],
            format!("Die Daten in Dublin speichert jetzt Google Workspace statt {aws}"),
            format!("Die Daten speichert jetzt {aws} in Frankfurt (Deutschland) statt Google Workspace in Dublin (Irland)"),
        ),
        (
            "nl",
            vec![
                format!("{aws} slaat de gegevens nu op in Dublin (Ierland) in plaats van in Frankfurt (Duitsland)"),
                format!("De gegevens bij {aws} in Dublin worden nu gehost als: Toegewijde servers (was: Virtuele private servers)"),
                format!("Opslag bij {aws} in Dublin, nu ook gecertificeerd: ISO 27701; niet langer gecertificeerd: ISO 9001"),
                format!("De gegevens die {aws} in Dublin opslaat, omvatten geen gevoelige gegevens meer"),
                "De bewaartermijn begint nu na de laatste activiteit in het account, in plaats van na afloop van de overeenkomst met de zorgaanbieder".into(),
                "De zorgaanbieder kan in zijn verwerkersovereenkomst niet langer een andere bewaartermijn afspreken".into(),
                "Na afloop van de bewaartermijn, nu: Luscii anonimiseert de persoonsgegevens, zodat ze niet langer tot een persoon herleidbaar zijn. Voorheen: Luscii draagt de persoonsgegevens over aan de zorgaanbieder. Luscii verwijdert de persoonsgegevens definitief.".into(),
                "Een datalek wordt nu ook opgespoord met: Grafana; en niet langer met: AWS CloudWatch".into(),
            ],
            format!("De gegevens in Dublin worden nu opgeslagen door Google Workspace in plaats van {aws}"),
            format!("De gegevens worden nu opgeslagen door {aws} in Frankfurt (Duitsland) in plaats van door Google Workspace in Dublin (Ierland)"),
        ),
    ];
    let said = |lang: &str, iso: &str| -> Vec<String> {
        (logged(&site, lang, iso).iter())
            .map(|i| common::without_isolates(i))
            .collect()
    };
    for (lang, first, second, third) in expected {
        assert_eq!(said(lang, "2027-01-01"), first, "{lang}");
        assert_eq!(said(lang, "2027-01-03"), [third], "{lang}");
        assert_eq!(
            said(lang, "2027-01-02"),
            std::slice::from_ref(&second),
            "{lang}"
        );
        // The feed's entries say the same.
        let feed = site.read(&format!("public/{lang}/feed.xml"));
        let feed = feed_rs::parser::parse(feed.as_bytes()).unwrap();
        for (entry, items) in feed.entries.iter().skip(1).zip([vec![second], first]) {
            let content = entry.content.as_ref().and_then(|c| c.body.clone()).unwrap();
            let content = common::without_isolates(&content);
            for item in items {
                let escaped = item.replace('&', "&amp;");
                assert!(content.contains(&escaped), "{lang}: {item} in {content}");
            }
        }
    }
}

#[test]
fn diff_shows_the_exception_to_the_notice_period_a_new_sub_processor_is_published_with() {
    // qa72: `diff` said "+ sub-processor Rescue Hosting" and no more, though its entry's
    // `notice-exception` is what lets it be engaged without the notice controllers were
    // promised: the lawyer who reviews the diff did not see it.
    let site = Site::example();
    let entries = site.read("content/subprocessors.toml");
    site.write(
        "content/subprocessors.toml",
        &format!(
            "{entries}\n[[subprocessor]]\nname = \"Rescue Hosting\"\npersonal-data = true\n\
             outside-eea = false\nnotice-exception = \"emergency-replacement\"\n"
        ),
    );
    let text = candor(&["diff", &site.arg()], &[]);
    text.success();
    assert!(
        text.stdout.contains(
            "  + sub-processor Rescue Hosting\n  \
             ~ Rescue Hosting: notice-exception (not stated) -> \"emergency-replacement\"\n"
        ),
        "{}",
        text.stdout
    );
    let json = candor(&["diff", &site.arg(), "--format", "json"], &[]);
    json.success();
    let diff: Value = serde_json::from_str(&json.stdout).unwrap();
    let record: Vec<&Value> = (diff["changes"].as_array().unwrap().iter())
        .filter(|c| c["change"] == "record" && c["name"] == "Rescue Hosting")
        .collect();
    assert_eq!(record.len(), 1, "{}", json.stdout);
    assert_eq!(record[0]["fields"], serde_json::json!(["notice-exception"]));
    assert_eq!(record[0]["was"], serde_json::json!({}));
    assert_eq!(
        record[0]["now"],
        serde_json::json!({"notice-exception": "emergency-replacement"})
    );
    // The change log, which knows the sub-processor is new, tells the exception as its own
    // line, not as a changed record.
    site.build_later(&[]).success();
    let log = site.read("public/en/changes/index.html");
    assert!(log.contains("Rescue Hosting"), "{log}");
    assert!(
        !log.contains("The record of Rescue Hosting changed"),
        "{log}"
    );
}

/// Appends `line` to `locales/<lang>/site.ftl` of every language of the example, or takes out
/// the message of id `remove`.
fn in_every_language(site: &Site, add: Option<&str>, remove: Option<&str>) {
    for lang in ["en", "de", "nl"] {
        let path = format!("locales/{lang}/site.ftl");
        let mut lines: Vec<String> = (site.read(&path).lines())
            .filter(|l| remove.is_none_or(|id| !l.starts_with(&format!("{id} ="))))
            .map(str::to_string)
            .collect();
        lines.extend(add.map(str::to_string));
        site.write(&path, &(lines.join("\n") + "\n"));
    }
}

#[test]
fn a_label_no_fact_names_is_no_publication_written_or_taken_away() {
    // The example's words still hold `category-usage`, the label of a kind of data an earlier
    // publication listed and none since. Taking it out of every language recorded a publication
    // whose change log said "Reworded: What data does Luscii process?", though no page showed
    // the words (qa108); so did writing a label for a data subject not listed yet, and
    // rewording it in the source recorded a revision, its translations stale.
    let site = Site::example();
    let lock = site.read("candor.lock");
    let publications = site.publications();
    // Reworded in the source alone, the translations' words for it stale: no revision of
    // the last publication either, whose pages mark nothing stale for it.
    site.replace(
        "locales/en/site.ftl",
        "category-usage = Technical data",
        "category-usage = Technical details",
    );
    site.build_later(&[]).success();
    assert!(site.read("candor.lock") == lock, "candor.lock changed");
    // Nor do the translations' pages and annexes say that the processing section changed in
    // the original (qa109).
    for lang in ["de", "nl"] {
        for page in [site.page(lang), annex_of(&site, lang)] {
            assert!(page.all(".stale-notice").is_empty(), "{lang}");
        }
    }
    in_every_language(&site, None, Some("category-usage"));
    site.build_later(&[]).success();
    in_every_language(&site, Some("subject-volunteers = Volunteers"), None);
    // `diff` lists nothing either, of the source nor of a translation.
    let diff = candor(
        &["diff", "--format", "json", &site.arg()],
        &[("SOURCE_DATE_EPOCH", common::LATER_EPOCH)],
    );
    let diff: Value = serde_json::from_str(&diff.success().stdout).unwrap();
    assert_eq!(diff["changes"], serde_json::json!([]), "{diff:#}");
    for lang in ["de", "nl"] {
        assert_eq!(
            diff["translations"][lang],
            serde_json::json!([]),
            "{diff:#}"
        );
    }
    site.build_later(&[]).success();
    assert_eq!(site.publications(), publications);
    assert!(site.read("candor.lock") == lock, "candor.lock changed");
    for lang in ["en", "de", "nl"] {
        assert!(
            logged(&site, lang, common::LATER_DATE_ISO).is_empty(),
            "{lang}"
        );
    }
    // The label of the data subject listed from then on is its words, not a section reworded.
    site.replace(
        "content/processing.toml",
        "subjects = [\"patients\", \"care-professionals\"]",
        "subjects = [\"patients\", \"care-professionals\", \"volunteers\"]",
    );
    site.build_later(&[]).success();
    assert_eq!(site.publications().len(), publications.len() + 1);
    for lang in ["en", "de", "nl"] {
        let logged = logged(&site, lang, common::LATER_DATE_ISO);
        assert_eq!(logged.len(), 1, "{lang}: {logged:#?}");
        assert!(logged[0].contains("Volunteers"), "{lang}: {logged:#?}");
    }
}

#[test]
fn a_new_label_of_an_id_named_elsewhere_is_the_new_facts_words() {
    // Postmark does the `support` the site's access groups already name: its label
    // `subprocessor-purpose-support` is new with it, told as the new sub-processor, not as
    // "Reworded: Which sub-processors…" (qa108: a label was taken as a fact's words only where
    // its id ended with one the facts named for the first time).
    let site = Site::example();
    add_subprocessor(&site, "effective = 2027-01-31\npurpose = \"support\"\n");
    in_every_language(
        &site,
        Some("subprocessor-purpose-support = Support e-mails"),
        None,
    );
    site.build_later(&[]).success();
    for lang in ["en", "de", "nl"] {
        let logged = logged(&site, lang, common::LATER_DATE_ISO);
        assert!(
            logged.iter().any(|l| l.contains("Postmark")),
            "{lang}: {logged:#?}"
        );
        assert!(
            logged
                .iter()
                .all(|l| !l.contains("Reworded") && !l.contains("formul")),
            "{lang}: {logged:#?}"
        );
    }
}

fn annex_of(site: &Site, lang: &str) -> common::Page {
    common::Page::read_file(
        &site.public().join(lang).join("annex/index.html"),
        Some(lang),
    )
}

/// The number of publications `candor.lock` records.
fn recorded(site: &Site) -> usize {
    site.publications().len()
}

#[test]
fn a_label_that_a_shown_message_refers_to_is_shown_and_its_rewording_published() {
    // The page says "… including data about { subject-visitors }": the label of no fact, but
    // on the page all the same. Reworded, it changed the page with no publication (qa109).
    let site = Site::example();
    in_every_language(&site, Some("subject-visitors = website visitors"), None);
    site.replace(
        "locales/en/sections.ftl",
        "processing-agreement = The complete list of data processed for your organisation is part of your data processing agreement.",
        "processing-agreement = The complete list of data processed for your organisation, including data about { subject-visitors }, is part of your data processing agreement.",
    );
    site.build_later(&[]).success();
    let logged = reworded_the_next_day(
        &site,
        (
            "locales/en/site.ftl",
            "website visitors",
            "visitors to our website",
        ),
    );
    assert!(
        logged.iter().any(|l| l.starts_with("Reworded: What data")),
        "{logged:#?}"
    );
}

/// Rewords `(file, from, to)` in the words of the source language (English) and builds on the
/// next day, 2 January 2027: a publication, whose English page or annex shows `to`. What the
/// change log says of it.
fn reworded_the_next_day(site: &Site, (file, from, to): (&str, &str, &str)) -> Vec<String> {
    let before = recorded(site);
    site.replace(file, &format!(" = {from}"), &format!(" = {to}"));
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1798848000")],
    )
    .success();
    assert_eq!(recorded(site), before + 1, "no publication recorded");
    let shown = |page: common::Page| page.text_of("main").contains(to);
    assert!(
        shown(site.page("en")) || shown(annex_of(site, "en")),
        "{to}"
    );
    logged(site, "en", "2027-01-02")
}

#[test]
fn a_term_only_a_new_label_uses_is_the_new_facts_words() {
    // A data subject listed from today, its label written with a term of its own: the change
    // log said "Reworded: What data does Luscii process?" besides the new subject, in every
    // language, though no words the page showed were reworded (qa109).
    let site = Site::example();
    site.replace(
        "content/processing.toml",
        "subjects = [\"patients\", \"care-professionals\"]",
        "subjects = [\"patients\", \"care-professionals\", \"volunteers\"]",
    );
    for lang in ["en", "de", "nl"] {
        let path = format!("locales/{lang}/site.ftl");
        site.write(
            &path,
            &(site.read(&path)
                + "-volunteer-term = programme volunteers\nsubject-volunteers = { -volunteer-term }\n"),
        );
    }
    site.build_later(&[]).success();
    for lang in ["en", "de", "nl"] {
        let logged = logged(&site, lang, common::LATER_DATE_ISO);
        assert_eq!(logged.len(), 1, "{lang}: {logged:#?}");
        assert!(
            logged[0].contains("programme volunteers"),
            "{lang}: {logged:#?}"
        );
    }
}

#[test]
fn the_label_of_a_statement_still_in_effect_is_shown_and_its_rewording_published() {
    // Kumo Insight is to do customer relationship management from 20 February; until then the
    // page shows its purpose as it stands, "Product analytics", a label that no fact of the
    // new publication names. Reworded, the page and the annex changed with no publication,
    // the archive's copy of the current publication still saying "Product analytics" (qa109).
    let site = kumo_to_do_crm_from_20_february();
    assert!(
        site.page("en")
            .text_of("body")
            .contains("Product analytics")
    );
    let logged = reworded_the_next_day(
        &site,
        (
            "locales/en/vocabulary.ftl",
            "Product analytics",
            "Usage analytics of the product",
        ),
    );
    assert!(
        logged
            .iter()
            .any(|l| l.starts_with("Reworded: Which sub-processors")),
        "{logged:#?}"
    );
}

#[test]
fn a_region_that_writes_a_label_of_no_fact_records_no_revision() {
    // fr-CA's own words gained the label of a data subject no fact names: a revision was
    // recorded that no page, change log or archive showed (qa109).
    let site = crate::second_example::copy();
    site.build(&["--locked"]).success();
    let lock = site.read("candor.lock");
    let path = "locales/fr-CA/site.ftl";
    site.write(
        path,
        &(site.read(path) + "subject-alumni = Anciens apprenants\n"),
    );
    for lang in ["en", "de", "fr", "ar"] {
        let path = format!("locales/{lang}/site.ftl");
        site.write(&path, &(site.read(&path) + "subject-alumni = Alumni\n"));
    }
    site.build_later(&[]).success();
    assert!(site.read("candor.lock") == lock, "candor.lock changed");
}

#[test]
fn the_notice_period_is_on_the_page_and_its_change_in_the_change_log() {
    // `notice-days = 30`: the page never said that a new sub-processor is announced 30 days
    // ahead, nor how to object, unless one was announced at the time (qa110).
    let site = Site::example();
    site.build(&["--locked"]).success();
    let said = [
        ("en", "at least 30 days before it takes effect"),
        ("de", "mindestens 30 Tage vor dem Wirksamwerden"),
        ("nl", "ten minste 30 dagen van tevoren"),
    ];
    for (lang, said) in said {
        let section = site.page(lang).text_of("section#subprocessors");
        assert!(section.contains(said), "{lang}: {section}");
        // The publication of 2025 stated no period: its copy says none.
        let archived = common::Page::read_file(
            &site
                .public()
                .join(lang)
                .join("archive/2025-10-30/index.html"),
            Some(lang),
        );
        let section = archived.text_of("section#subprocessors");
        assert!(!section.contains(said), "{lang}: {section}");
    }
    // Changed: a publication, told in every language.
    site.replace("candor.toml", "notice-days = 30", "notice-days = 45");
    site.build_later(&[]).success();
    for (lang, said) in [
        (
            "en",
            "Luscii now announces a new sub-processor, or a change to one, at least 45 days before it takes effect, instead of 30 days",
        ),
        (
            "de",
            "Luscii kündigt einen neuen Unterauftragsverarbeiter oder eine Änderung daran jetzt mindestens 45 Tage vor dem Wirksamwerden an, statt 30 Tage",
        ),
        (
            "nl",
            "Luscii kondigt een nieuwe subverwerker, of een wijziging daarin, nu ten minste 45 dagen van tevoren aan, in plaats van 30 dagen",
        ),
    ] {
        let logged = logged(&site, lang, common::LATER_DATE_ISO);
        assert_eq!(logged, [said], "{lang}");
        assert!(
            site.page(lang)
                .text_of("section#subprocessors")
                .contains("45"),
            "{lang}"
        );
    } // `notice-days = 0` promises none: no longer stated, not "at least 0 days" (qa111).
    site.replace("candor.toml", "notice-days = 45", "notice-days = 0");
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1798848000")],
    )
    .success();
    let logged = logged(&site, "en", "2027-01-02");
    assert_eq!(
        logged,
        [
            "Luscii no longer states how many days ahead it announces a new sub-processor (it stated: 45 days)"
        ]
    );
    assert!(
        !site
            .page("en")
            .text_of("main")
            .contains("days before it takes effect")
    );
}

#[test]
fn the_notice_period_reads_in_arabic_as_its_number_wants() {
    // "1 يومًا", "3 يومًا", "100 يومًا": the Arabic change log had one form for every number,
    // and the page one for 100 and beyond that only 11 to 99 take (qa111).
    let site = crate::second_example::copy();
    let mut day = 1798761600_i64;
    for (days, page, logged) in [
        (
            "3",
            "بما لا يقل عن 3 أيام",
            "بما لا يقل عن 3 أيام، بدلًا من 30 يومًا",
        ),
        ("2", "بيومين على الأقل", "بما لا يقل عن يومين، بدلًا من 3 أيام"),
        (
            "100",
            "بما لا يقل عن 100 يوم",
            "بما لا يقل عن 100 يوم، بدلًا من يومين",
        ),
    ] {
        let text = site.read("candor.toml");
        let line = (text.lines())
            .find(|l| l.starts_with("notice-days ="))
            .unwrap()
            .to_string();
        site.write(
            "candor.toml",
            &text.replace(&line, &format!("notice-days = {days}")),
        );
        candor(
            &["build", &site.arg()],
            &[("SOURCE_DATE_EPOCH", &day.to_string())],
        )
        .success();
        let iso = jiff::Timestamp::from_second(day)
            .unwrap()
            .strftime("%Y-%m-%d")
            .to_string();
        let said = site.page("ar").text_of("section#subprocessors");
        assert!(said.contains(page), "{days}: {said}");
        let items = self::logged(&site, "ar", &iso);
        assert!(
            items.iter().any(|l| l.contains(logged)),
            "{days}: {items:#?}"
        );
        day += 86400;
    }
}

#[test]
fn a_label_written_ahead_of_its_fact_may_wait_for_its_translations() {
    // Words for a kind of data not processed yet, in the source language alone: the build
    // refused ("not translated into `de`"), though no page shows them (qa109). It warns; once
    // a fact names the label, every language needs it.
    let site = Site::example();
    let path = "locales/en/site.ftl";
    site.write(
        path,
        &(site.read(path) + "category-biometrics = Biometric data\n"),
    );
    let run = site.build_later(&[]);
    run.success();
    assert!(
        run.stderr
            .contains("`category-biometrics` is not translated into `de`"),
        "{}",
        run.stderr
    );
    site.replace(
        "content/processing.toml",
        "categories = [\"identity-contact\", \"programme-health-data\"]",
        "categories = [\"identity-contact\", \"programme-health-data\", \"biometrics\"]",
    );
    let run = site.build_later(&[]);
    run.expect_code(1);
    assert!(
        run.stderr
            .contains("× `category-biometrics` is not translated into `de`"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_translation_of_the_label_of_a_statement_still_in_effect_is_marked_stale() {
    // Lumen Captions is to do transcripts from 1 March; until then the page shows its purpose
    // as it stands, "Live captions and transcripts". Reworded in English, the translations'
    // pages showed their words for it without saying the original changed, and their change
    // logs said they had been checked against it and still said the same (qa111).
    let site = crate::second_example::copy();
    site.replace(
        "content/subprocessors.toml",
        "purpose = \"captioning\"\ngroup = \"accessibility\"",
        "purpose = \"transcripts\"\neffective = 2027-03-01\ngroup = \"accessibility\"",
    );
    for lang in ["en", "de", "fr", "ar"] {
        let path = format!("locales/{lang}/site.ftl");
        site.write(
            &path,
            &(site.read(&path) + "subprocessor-purpose-transcripts = Transcripts\n"),
        );
    }
    site.build_later(&[]).success();
    let english = reworded_the_next_day(
        &site,
        (
            "locales/en/site.ftl",
            "Live captions and transcripts",
            "Live captions, with transcripts",
        ),
    );
    assert!(
        english
            .iter()
            .any(|l| l.starts_with("Reworded: Which sub-processors")),
        "{english:#?}"
    );
    let page = site.page("de");
    assert_eq!(page.all("#subprocessors .stale-notice").len(), 1);
    let logged = logged(&site, "de", "2027-01-02");
    assert!(
        logged
            .iter()
            .any(|l| l.starts_with("Im Original neu formuliert, in dieser Übersetzung noch nicht")),
        "{logged:#?}"
    );
}

#[test]
fn words_the_annex_alone_shows_are_told_as_the_annexs() {
    // The operations of the processing are on the annex (Annex I.B), not on the page: one
    // reworded was told as "Reworded: What data does … process", and the translations' pages
    // said that section had changed in the original, where only the annex had (qa111).
    let site = crate::second_example::copy();
    site.build_later(&[]).success();
    let english = reworded_the_next_day(
        &site,
        (
            "locales/en/site.ftl",
            "Deleting the data once it is no longer kept",
            "Erasing the data once it is no longer kept",
        ),
    );
    assert!(
        english
            .iter()
            .all(|l| !l.starts_with("Reworded: What data")),
        "{english:#?}"
    );
    assert!(
        english.iter().any(|l| l.starts_with("Reworded: Annex")),
        "{english:#?}"
    );
    for lang in ["de", "fr", "ar"] {
        assert!(site.page(lang).all(".stale-notice").is_empty(), "{lang}");
        assert_eq!(
            annex_of(&site, lang).all(".stale-notice").len(),
            1,
            "{lang}"
        );
    }
}

#[test]
fn the_name_of_a_value_no_fact_holds_is_no_publication() {
    // "Own data centre" reworded, though the example stores its data on virtual private
    // servers: a publication said "Reworded: Where does Luscii store your data?", and a German
    // edit of it a revision of the translation, though no page shows the words (qa112).
    let site = Site::example();
    reworded_where_no_page_shows(
        &site,
        &[
            (
                "locales/en/vocabulary.ftl",
                "hosting-own-data-centre = Own data centre",
                "hosting-own-data-centre = Our own data centre",
            ),
            (
                "locales/de/vocabulary.ftl",
                "hosting-own-data-centre = Eigenes Rechenzentrum",
                "hosting-own-data-centre = Unser eigenes Rechenzentrum",
            ),
        ],
    );
    // The name of the value it holds is on the page: reworded, a publication.
    let english = reworded_the_next_day(
        &site,
        (
            "locales/en/vocabulary.ftl",
            "Virtual private servers",
            "Virtual private servers in the cloud",
        ),
    );
    assert!(
        english
            .iter()
            .any(|l| l.starts_with("Reworded: Where does Luscii store")),
        "{english:#?}"
    );
}

#[test]
fn the_words_of_entries_no_page_shows_are_no_publication() {
    // The change log's entries and the notices keep the words of their publication: "now
    // states how often data is transferred" reworded in English recorded a publication that
    // said "The wording of the change log and its feed was changed", and a German edit of
    // `change-notice-days` a revision whose copies read as the published ones, though no page
    // showed the new words (qa112).
    reworded_where_no_page_shows(
        &Site::example(),
        &[
            (
                "locales/en/changes.ftl",
                "now states how often data is transferred to it",
                "now says how often data is transferred to it",
            ),
            (
                "locales/de/changes.ftl",
                "vor dem Wirksamwerden an, statt",
                "vor dem Wirksamwerden an (bisher:",
            ),
        ],
    );
    // Where the page shows a change still to come in those words, they are on it: reworded, a
    // publication.
    let site = kumo_to_do_crm_from_20_february();
    let before = recorded(&site);
    site.replace(
        "locales/en/changes.ftl",
        "{ $name } will be engaged for a new purpose",
        "{ $name } is to be engaged for a new purpose",
    );
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1798848000")],
    )
    .success();
    assert_eq!(recorded(&site), before + 1);
    assert!(
        (site.page("en").text_of("main"))
            .contains("Kumo Insight is to be engaged for a new purpose")
    );
    let english = logged(&site, "en", "2027-01-02");
    assert!(
        english
            .iter()
            .any(|l| l.contains("wording of the change log")),
        "{english:#?}"
    );
}

/// Makes each edit `(file, from, to)` of words no page of the example shows and builds on
/// 1 January 2027: nothing is recorded, and no translation's page says the original changed.
fn reworded_where_no_page_shows(site: &Site, edits: &[(&str, &str, &str)]) {
    let lock = site.read("candor.lock");
    for (file, from, to) in edits {
        site.replace(file, from, to);
    }
    site.build_later(&[]).success();
    assert!(site.read("candor.lock") == lock, "candor.lock changed");
    for lang in ["de", "nl"] {
        assert!(site.page(lang).all(".stale-notice").is_empty(), "{lang}");
    }
}

/// The second example, published on 1 January 2027 with a change still to come: Kumo Insight
/// to do customer relationship management from 20 February, its analytics until then.
fn kumo_to_do_crm_from_20_february() -> Site {
    let site = crate::second_example::copy();
    site.replace(
        "content/subprocessors.toml",
        "purpose = \"analytics\"\ngroup = \"service-provider\"",
        "purpose = \"crm\"\neffective = 2027-02-20\ngroup = \"service-provider\"",
    );
    site.build_later(&[]).success();
    site
}

#[test]
fn a_term_checked_whose_messages_are_still_stale_is_not_told_as_checked() {
    // The English term `-customer` is reworded and German marks the term reviewed, while the
    // German messages that use it are still stale, and marked so on the page. The change log
    // and the feed said of each section that uses it that the translation "was checked against
    // it and still says the same" (qa116).
    let site = Site::example();
    site.replace(
        "locales/en/terms.ftl",
        "-customer = healthcare provider",
        "-customer = care provider",
    );
    site.mark_reviewed("de", "-customer");
    site.build_later(&[]).success();
    let items: Vec<String> = logged(&site, "de", common::LATER_DATE_ISO)
        .iter()
        .map(|i| common::without_isolates(i))
        .collect();
    let page = site.page("de");
    let stale: Vec<String> = page
        .all("section")
        .into_iter()
        .filter(|s| {
            s.select(&scraper::Selector::parse(".stale-notice").unwrap())
                .next()
                .is_some()
        })
        .filter_map(|s| s.select(&scraper::Selector::parse("h2").unwrap()).next())
        .map(|h| common::without_isolates(&common::text(h)))
        .collect();
    assert!(!stale.is_empty(), "{items:?}");
    for heading in &stale {
        let not_yet =
            format!("Im Original neu formuliert, in dieser Übersetzung noch nicht: {heading}");
        assert!(items.contains(&not_yet), "{heading}: {items:?}");
        assert!(
            !items
                .iter()
                .any(|i| i.contains("abgeglichen") && i.ends_with(heading.as_str())),
            "{heading}: {items:?}"
        );
    }
}

/// Where each language link of the copy at `path` (under `public/`) leads, by language, as a
/// path under `public/`; the language marked as the page's own.
fn language_links(site: &Site, path: &str) -> (Vec<(String, String)>, String) {
    let file = site.public().join(path);
    let page = common::Page::read_file(&file, None);
    let folder = file.parent().unwrap();
    let mut current = String::new();
    let links = page
        .all("nav.languages a")
        .into_iter()
        .map(|a| {
            let tag = a.value().attr("hreflang").unwrap().to_string();
            if a.value().attr("aria-current") == Some("page") {
                current = tag.clone();
            }
            let to = folder.join(a.value().attr("href").unwrap());
            let to = std::fs::canonicalize(&to).unwrap_or(to);
            let public = std::fs::canonicalize(site.public()).unwrap();
            let to = to
                .strip_prefix(&public)
                .unwrap_or(&to)
                .display()
                .to_string();
            (tag, to)
        })
        .collect();
    (links, current)
}

/// A copy of a revised wording linked every language to the publication's copies of its day,
/// its own language's too, which it marked as the page it is not; a language revised by then
/// was linked to words it no longer showed (qa129). Each leads to its copy as it read when this
/// wording was shown: its own language to itself.
#[test]
fn a_revised_wordings_copy_links_each_language_as_it_read_then() {
    let site = Site::example();
    common::revise_the_german_caption(&site);
    site.build_later(&[]).success();
    site.replace(
        "locales/nl/sections.ftl",
        "storage-caption = Waar de gegevens worden opgeslagen",
        "storage-caption = Hier staan uw gegevens",
    );
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1798848000")],
    )
    .success();
    let day = "archive/2026-11-30";
    for (path, current, expected) in [
        (
            format!("de/{day}/revision-1/index.html"),
            "de",
            [
                ("en", format!("en/{day}/index.html")),
                ("de", format!("de/{day}/revision-1/index.html")),
                ("nl", format!("nl/{day}/index.html")),
            ],
        ),
        (
            format!("nl/{day}/revision-2/index.html"),
            "nl",
            [
                ("en", format!("en/{day}/index.html")),
                ("de", format!("de/{day}/revision-1/index.html")),
                ("nl", format!("nl/{day}/revision-2/index.html")),
            ],
        ),
        (
            format!("nl/{day}/revision-2/annex/index.html"),
            "nl",
            [
                ("en", format!("en/{day}/annex/index.html")),
                ("de", format!("de/{day}/revision-1/annex/index.html")),
                ("nl", format!("nl/{day}/revision-2/annex/index.html")),
            ],
        ),
    ] {
        let (links, marked) = language_links(&site, &path);
        let expected: Vec<(String, String)> = expected
            .into_iter()
            .map(|(t, p)| (t.to_string(), p))
            .collect();
        assert_eq!(links, expected, "{path}");
        assert_eq!(marked, current, "{path}");
    }
}

#[test]
fn an_announced_subprocessors_new_group_is_told_as_changed_not_as_to_come() {
    // Tracelight, announced for 1 February, moved to the infrastructure before it is engaged:
    // the change log said its group "will change (to be: Infrastructure; until then: Service
    // providers)", where the list of those announced already showed it under the new group
    // (qa137). Not engaged yet, it stands nowhere until then.
    let site = crate::second_example::copy();
    let text = site.read("content/subprocessors.toml");
    let at = text.find("name = \"Tracelight\"").unwrap();
    site.write(
        "content/subprocessors.toml",
        &(text[..at].to_string()
            + &text[at..].replacen(
                "group = \"service-provider\"",
                "group = \"infrastructure\"",
                1,
            )),
    );
    site.build_later(&[]).success();
    for (lang, line, group) in [
        (
            "en",
            "The record of Tracelight changed: group (now: Infrastructure; was: Service providers)",
            "Infrastructure",
        ),
        (
            "de",
            "Die Angaben zu Tracelight haben sich geändert: Gruppe (jetzt: Infrastruktur; bisher: Dienstleister)",
            "Infrastruktur",
        ),
    ] {
        let logged = logged(&site, lang, "2027-01-01");
        assert!(logged.contains(&line.to_string()), "{lang}: {logged:#?}");
        let upcoming = site
            .page(lang)
            .text_of("table:has(#subprocessors-caption-upcoming) tbody");
        assert!(
            upcoming.starts_with(&format!("{group} Tracelight")),
            "{lang}: {upcoming}"
        );
    }
    // Nothing published that day says it is listed elsewhere until its day.
    for (file, bytes) in common::tree(&site.public().join("en")) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains("until then: Service providers"),
            "{}",
            file.display()
        );
    }
}

#[test]
fn an_announced_subprocessors_new_fallback_is_told_as_changed_not_as_to_come() {
    // Tracelight, announced for 1 February under the Data Privacy Framework with standard
    // contractual clauses to fall back on, given binding corporate rules to fall back on the
    // next day: "will change (to: Binding corporate rules; until then: Standard contractual
    // clauses)", where until then it transfers nothing (the class of qa137).
    let site = crate::second_example::copy();
    site.replace(
        "content/subprocessors.toml",
        "countries = [\"FI\"]\npurpose = \"error-monitoring\"",
        "countries = [\"US\"]\nmechanism = \"data-privacy-framework\"\nfallback = \"standard-contractual-clauses\"\npurpose = \"error-monitoring\"",
    );
    build_on(&site, "2027-01-01").success();
    site.replace(
        "content/subprocessors.toml",
        "fallback = \"standard-contractual-clauses\"\npurpose = \"error-monitoring\"",
        "fallback = \"binding-corporate-rules\"\npurpose = \"error-monitoring\"",
    );
    build_on(&site, "2027-01-02").success();
    let logged = logged(&site, "en", "2027-01-02");
    assert!(
        logged.contains(
            &"Tracelight: fallback mechanism for data outside the EEA changed (now: Binding corporate rules; before: Standard contractual clauses)"
                .to_string()
        ),
        "{logged:#?}"
    );
    assert!(
        logged.iter().all(|l| !l.contains("until then")),
        "{logged:#?}"
    );
    // The feed tells it as the change log does.
    let feed = site.read("public/en/feed.xml");
    assert!(
        feed.contains("fallback mechanism for data outside the EEA changed (now: Binding"),
        "{feed}"
    );
    assert!(!feed.contains("until then"), "{feed}");
}

#[test]
fn diff_lists_the_translated_messages_a_changed_translated_term_shows_in() {
    // qa139: the German term for a customer reworded, `diff` listed `-customer` alone, not the
    // messages whose German it changes; the review of what a translation changed names them.
    let site = Site::example();
    site.build(&[]).success();
    site.replace(
        "locales/de/terms.ftl",
        "*[nominative] Gesundheitsdienstleister",
        "*[nominative] Pflegeanbieter",
    );
    let json = candor(&["diff", &site.arg(), "--format", "json"], &[]);
    let v: Value = serde_json::from_str(&json.stdout).unwrap();
    let de: Vec<&str> = (v["translations"]["de"].as_array().unwrap().iter())
        .filter_map(Value::as_str)
        .collect();
    // Those that show its nominative, not those that show a form that did not change (qa141:
    // `control-body-customer` shows the dative).
    for id in ["-customer", "dpia-body"] {
        assert!(de.contains(&id), "{id} in {de:?}");
    }
    for id in ["control-body-customer", "retention-starts-contract-end"] {
        assert!(!de.contains(&id), "{id} in {de:?}");
    }
    // Only German changed, and nothing that shows no such term.
    assert_eq!(v["translations"]["nl"], serde_json::json!([]));
    assert!(!de.contains(&"access-heading"), "{de:?}");
    let text = candor(&["diff", &site.arg()], &[]);
    let line = (text.stdout.lines())
        .find(|l| l.trim_start().starts_with("de: "))
        .unwrap_or_else(|| panic!("{}", text.stdout));
    assert!(
        line.contains("-customer") && line.contains("dpia-body"),
        "{line}"
    );
}

#[test]
fn diff_names_the_lists_put_in_another_order() {
    // `diff` said "~ facts listed in another order", not which: whoever reviews the publication
    // had to find them (the change log, for customers, says it in general).
    let site = crate::second_example::copy();
    site.replace(
        "content/subprocessors.toml",
        "countries = [\"IE\", \"US\"]",
        "countries = [\"US\", \"IE\"]",
    );
    let text = candor(&["diff", &site.arg()], &[]);
    assert!(
        text.stdout
            .contains("~ listed in another order: Streamvale: its countries\n"),
        "{}",
        text.stdout
    );
    let json = candor(&["diff", &site.arg(), "--format", "json"], &[]);
    let v: Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(
        v["changes"],
        serde_json::json!([{
            "change": "reordered",
            "lists": [{"list": "subprocessor", "id": "streamvale", "name": "Streamvale", "of": "countries"}]
        }])
    );
}

#[test]
fn a_language_taken_out_and_put_back_is_told_no_rewording_of_the_days_it_was_out() {
    // qa154: Dutch taken out for two publications (48 hours on 2 January, 72 on 3 January),
    // then put back on 4 January as it was. Its entry of 2 January said nearly every section
    // was reworded, and the change log's text too: its words were compared with none.
    let site = Site::example_without_notice();
    let nl = site.path("locales/nl");
    let away = site.path("nl-away");
    site.replace("candor.toml", "\"en\", \"de\", \"nl\"", "\"en\", \"de\"");
    std::fs::rename(&nl, &away).unwrap();
    for (from, to, day) in [("24", "48", "2027-01-02"), ("48", "72", "2027-01-03")] {
        site.replace(
            "content/breach.toml",
            &format!("notification-deadline-hours = {from}"),
            &format!("notification-deadline-hours = {to}"),
        );
        build_on(&site, day).success();
    }
    std::fs::rename(&away, &nl).unwrap();
    site.replace("candor.toml", "\"en\", \"de\"", "\"en\", \"de\", \"nl\"");
    build_on(&site, "2027-01-04").success();
    for (day, from, to) in [("2027-01-02", "24", "48"), ("2027-01-03", "48", "72")] {
        // As many lines as the English entry: the facts that changed, and nothing reworded.
        let (en, nl) = (logged(&site, "en", day), logged(&site, "nl", day));
        assert_eq!(nl.len(), en.len(), "{day}: {nl:?} against {en:?}");
        assert!(
            nl.contains(&format!(
                "Een inbreuk in verband met persoonsgegevens wordt nu zo mogelijk binnen {to} uur gemeld in plaats van binnen {from} uur"
            )),
            "{day}: {nl:?}"
        );
    }
    // So in the feed: its entries of those days reword nothing (that of 30 November 2026 did).
    let feed = site.read("public/nl/feed.xml");
    let entries: Vec<&str> = (feed.split("<entry>"))
        .filter(|e| e.contains("changes/2027-01-0"))
        .collect();
    assert_eq!(entries.len(), 2, "{feed}");
    for entry in entries {
        assert!(!entry.contains("Anders geformuleerd"), "{entry}");
        assert!(!entry.contains("wijzigingslogboek"), "{entry}");
    }
}

#[test]
fn an_entry_told_in_words_that_did_not_follow_the_original_says_the_original_prevails() {
    // qa154: the English words of an announced sub-processor reworded as Postmark is
    // announced; the German and Dutch words stay as they were. The publication recorded them
    // stale and the notices said the original prevails, but the change log's German and
    // Dutch lines, and their feed entries, said nothing of it.
    let site = Site::example();
    site.replace(
        "locales/en/changes.ftl",
        "[yes] Sub-processor { $name } will be engaged from { $date }; controllers may object before then, writing to { $contact }",
        "[yes] Sub-processor { $name } is announced to start on { $date }; controllers may object until the day before, writing to { $contact }",
    );
    add_subprocessor(&site, "effective = 2027-03-01\n");
    site.build_later(&[]).success();
    let day = common::LATER_DATE_ISO;
    for (lang, said) in [
        (
            "de",
            Some(
                "Teile dieser Übersetzung sind einer Änderung des Originals noch nicht gefolgt: Wo beide voneinander abweichen, gilt das Original.",
            ),
        ),
        (
            "nl",
            Some(
                "Delen van deze vertaling volgen een wijziging van het origineel nog niet: waar de twee verschillen, geldt het origineel.",
            ),
        ),
        ("en", None),
    ] {
        let log = common::Page::read_file(
            &site.public().join(lang).join("changes/index.html"),
            Some(lang),
        );
        let marked: Vec<String> = (log.all(&format!("[id='{day}'] .stale-notice")))
            .into_iter()
            .map(text)
            .collect();
        let feed = site.read(&format!("public/{lang}/feed.xml"));
        match said {
            Some(said) => {
                assert_eq!(marked.len(), 1, "{lang}: {marked:?}");
                assert!(marked[0].starts_with(said), "{lang}: {marked:?}");
                assert_eq!(feed.matches(said).count(), 1, "{lang}: {feed}");
                // With the link the page has, to the original's entry.
                assert!(
                    feed.contains(&format!(
                        "{said} &lt;a href=&quot;../en/changes/index.html#{day}&quot; hreflang=&quot;en&quot; lang=&quot;en&quot;&gt;English&lt;/a&gt;"
                    )),
                    "{lang}: {feed}"
                );
                // Only the entry told in those words: the earlier ones were not.
                assert_eq!(log.all(".stale-notice").len(), 1, "{lang}");
            }
            None => {
                assert!(marked.is_empty(), "{lang}: {marked:?}");
                assert!(log.all(".stale-notice").is_empty(), "{lang}");
            }
        }
    }
}

#[test]
fn diff_shows_the_entries_words_reworded_that_no_page_shows() {
    // qa154: the English words of an announced sub-processor reworded, with Postmark announced:
    // `diff` said "source text (en): (none)", though the publication records the new words
    // and its entry and notice are told in them, and the translations' words were marked
    // stale for them.
    let site = Site::example();
    let (was, now) = (
        "[yes] Sub-processor { $name } will be engaged from { $date }; controllers may object before then, writing to { $contact }",
        "[yes] Sub-processor { $name } is announced to start on { $date }; controllers may object until the day before, writing to { $contact }",
    );
    site.replace("locales/en/changes.ftl", was, now);
    let at = [("SOURCE_DATE_EPOCH", common::LATER_EPOCH)];
    let diff = |format: &str| {
        let run = candor(&["diff", "--format", format, &site.arg()], &at);
        run.success();
        run.stdout
    };
    // Alone, they change no page: nothing to publish, and the diff says which words changed.
    let json: Value = serde_json::from_str(&diff("json")).unwrap();
    assert_eq!(json["changes"], serde_json::json!([]), "{json:#}");
    let entry_words = json["entry_words"].as_array().unwrap();
    assert_eq!(entry_words.len(), 1, "{json:#}");
    assert_eq!(entry_words[0]["change"], "text");
    assert_eq!(entry_words[0]["message"], "change-subprocessor-added");
    assert!(entry_words[0]["was"].as_str().unwrap().contains(was));
    assert!(entry_words[0]["now"].as_str().unwrap().contains(now));
    add_subprocessor(&site, "effective = 2027-03-01\n");
    let text = diff("text");
    assert!(
        text.contains("\nwords of the change log's entries and the notices (en), shown on no page: those from the next publication on are told in them\n  ~ change-subprocessor-added\n"),
        "{text}"
    );
    assert!(text.contains(now) && text.contains(was), "{text}");
    // Once published, they are the record's: nothing left to show.
    site.build_later(&[]).success();
    let json: Value = serde_json::from_str(&diff("json")).unwrap();
    assert_eq!(json["entry_words"], serde_json::json!([]), "{json:#}");
}
