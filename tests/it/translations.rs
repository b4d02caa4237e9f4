//! What translators rely on: missing, stale and obsolete messages reported per language, in
//! text and JSON; staleness that survives a fresh copy (no git, no file times); editing or
//! marking a translation as reviewed clears it; the stale notice or failure on build; and
//! pseudo-localization.

use crate::common;

use common::{Run, Site, candor, tree};
use serde_json::Value;

const CHANGED_EN: (&str, &str, &str) = (
    "locales/en/sections.ftl",
    "may agree a different retention period",
    "may agree another retention period",
);

/// Changes one English message (in the retention section).
fn change_source(site: &Site) {
    let (file, from, to) = CHANGED_EN;
    site.replace(file, from, to);
}

/// The items of the change-log entry of the publication `id` in `lang`, as read.
fn logged_on(site: &Site, lang: &str, id: &str) -> Vec<String> {
    let log = common::Page::read_file(
        &site.public().join(format!("{lang}/changes/index.html")),
        Some(lang),
    );
    log.all(&format!("[id='{id}'] li"))
        .into_iter()
        .map(|li| common::without_isolates(&common::text(li)))
        .collect()
}

/// `candor mark-reviewed` of `ids` (every stale message when empty) in `lang`.
pub(crate) fn mark_reviewed(site: &Site, lang: &str, ids: &[&str]) -> Run {
    let mut args = vec![
        "mark-reviewed".to_string(),
        site.arg(),
        "--locale".to_string(),
        lang.to_string(),
    ];
    for id in ids {
        args.extend(["--message".to_string(), id.to_string()]);
    }
    candor(&args, &[])
}

fn check_json(site: &Site, extra: &[&str]) -> (Run, Value) {
    let mut args = vec!["check", site.root().to_str().unwrap(), "--format", "json"];
    args.extend_from_slice(extra);
    let run = candor(&args, &[]);
    let json: Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}\n{}", run.stdout, run.stderr));
    (run, json)
}

/// The first diagnostic of `check --format json`'s `json` in the site's file `file`.
fn diagnostic_in<'j>(json: &'j Value, file: &str) -> &'j Value {
    json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["file"] == file)
        .unwrap_or_else(|| panic!("no diagnostic in {file}: {json}"))
}

fn language<'a>(json: &'a Value, tag: &str) -> &'a Value {
    json["translations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["language"] == tag)
        .unwrap_or_else(|| panic!("no `{tag}` in {json}"))
}

fn ids(v: &Value) -> Vec<&str> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|i| i.as_str().unwrap())
        .collect()
}

#[test]
fn the_example_is_fully_translated() {
    let site = Site::example();
    let (run, json) = check_json(&site, &[]);
    run.success();
    assert_eq!(json["version"], 1);
    assert_eq!(json["ok"], true);
    for tag in ["de", "nl"] {
        let t = language(&json, tag);
        assert_eq!(t["completion"], 1.0, "{tag}");
        assert_eq!(t["total"], t["translated"]);
        assert!(
            ids(&t["missing"]).is_empty()
                && ids(&t["stale"]).is_empty()
                && ids(&t["obsolete"]).is_empty()
        );
    }
    let text = candor(&["check", &site.arg()], &[]);
    text.success();
    assert!(
        text.stdout.contains("de  100.0%") && text.stdout.contains("nl  100.0%"),
        "{}",
        text.stdout
    );
}

/// Locale files written by an older `candor init` have no words for a change still to come:
/// with them, "Slack now processes personal data" would stand beside the day it takes effect,
/// and nothing said so.
#[test]
fn a_change_message_without_words_for_a_change_to_come_is_warned_of_or_refused() {
    let site = Site::example();
    for (lang, now, no_longer) in [
        (
            "en",
            "now processes personal data of your users",
            "no longer processes personal data of your users",
        ),
        (
            "de",
            "verarbeitet jetzt personenbezogene Daten Ihrer Nutzer",
            "verarbeitet keine personenbezogenen Daten Ihrer Nutzer mehr",
        ),
        (
            "nl",
            "verwerkt nu persoonsgegevens van uw gebruikers",
            "verwerkt geen persoonsgegevens van uw gebruikers meer",
        ),
    ] {
        let file = format!("locales/{lang}/changes.ftl");
        let text = site.read(&file);
        let start = text.find("change-personal-data =").unwrap();
        let end = start + text[start..].find("\nchange-outside-eea =").unwrap();
        site.write(
            &file,
            &format!(
                "{}change-personal-data =\n    {{ $now ->\n        [yes] {{ $name }} {now}\n       *[no] {{ $name }} {no_longer}\n    }}{}",
                &text[..start],
                &text[end..]
            ),
        );
    }
    let (run, json) = check_json(&site, &[]);
    run.success(); // warnings
    let warned: Vec<&Value> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| {
            d["message"]
                .as_str()
                .unwrap()
                .contains("a change still to come")
        })
        .collect();
    let files: Vec<&str> = warned.iter().map(|d| d["file"].as_str().unwrap()).collect();
    assert_eq!(
        files,
        [
            "locales/de/changes.ftl",
            "locales/en/changes.ftl",
            "locales/nl/changes.ftl"
        ],
        "{json:#}"
    );
    let warning = warned[1];
    assert_eq!(warning["severity"], "warning");
    assert_eq!(warning["file"], "locales/en/changes.ftl");
    let written = site.read("locales/en/changes.ftl");
    let (line, column) =
        common::line_col(&written, written.find("change-personal-data =").unwrap());
    assert_eq!(
        (warning["line"].as_u64(), warning["column"].as_u64()),
        (Some(line as u64), Some(column as u64))
    );
    assert!(
        warning["message"]
            .as_str()
            .unwrap()
            .contains("`change-personal-data` in `en`"),
        "{warning}"
    );
    // The help quotes the words `candor init` writes, [later] and all.
    let help = warning["help"].as_str().unwrap();
    assert!(
        help.contains("[later] { $name } will process personal data of your users"),
        "{help}"
    );
    // Words for a change to come in one case and not in the other, which the English has:
    // "Slack verarbeitet jetzt personenbezogene Daten" beside the day it takes effect. A
    // warning let it be published (qa93: in the German notice of a change still to come), so
    // it is an error.
    let site = Site::example();
    site.replace(
        "locales/de/changes.ftl",
        "        [yes] { $when ->\n            [later] { $name } wird personenbezogene Daten Ihrer Nutzer verarbeiten\n           *[now] { $name } verarbeitet jetzt personenbezogene Daten Ihrer Nutzer\n        }\n",
        "        [yes] { $name } verarbeitet jetzt personenbezogene Daten Ihrer Nutzer\n",
    );
    let (run, json) = check_json(&site, &[]);
    run.expect_code(1);
    let refused: Vec<(&str, &str)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| {
            d["message"]
                .as_str()
                .is_some_and(|m| m.contains("a change still to come"))
        })
        .map(|d| {
            (
                d["severity"].as_str().unwrap(),
                d["message"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        refused,
        [(
            "error",
            "`change-personal-data` in `de` has no words for a change still to come where `$now` is `yes`, where `en` has"
        )]
    );
    let lock = site.read("candor.lock");
    site.build(&[]).expect_code(1);
    assert_eq!(site.read("candor.lock"), lock);
    // The example's own words have them, in every language.
    let (_, json) = check_json(&Site::example(), &[]);
    assert!(
        !json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["message"]
                .as_str()
                .unwrap()
                .contains("a change still to come")),
        "{json:#}"
    );
}

#[test]
fn a_changed_source_message_makes_exactly_that_message_stale_in_every_translation() {
    let site = Site::example();
    change_source(&site);
    let (run, json) = check_json(&site, &[]);
    run.success(); // stale is a warning
    for tag in ["de", "nl"] {
        let t = language(&json, tag);
        assert_eq!(ids(&t["stale"]), ["retention-customer-may-change"], "{tag}");
        assert!(t["completion"].as_f64().unwrap() < 1.0);
    }
    let warnings: Vec<&Value> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["message"].as_str().unwrap().contains("is stale"))
        .collect();
    assert_eq!(warnings.len(), 2);
    assert_eq!(warnings[0]["severity"], "warning");
    assert_eq!(warnings[0]["file"], "locales/de/sections.ftl");
    assert!(warnings[0]["line"].as_u64().unwrap() > 1);
    // --strict turns it into an error.
    let (strict, json) = check_json(&site, &["--strict"]);
    strict.expect_code(1);
    assert_eq!(json["ok"], false);
}

#[test]
fn a_stale_section_carries_a_notice_in_its_language_linking_to_the_source() {
    let site = Site::example();
    change_source(&site);
    site.build_later(&[]).success();
    let notices = [
        ("de", "Dieser Abschnitt wurde im Original geändert"),
        ("nl", "Deze sectie is in het origineel gewijzigd"),
    ];
    for (tag, words) in notices {
        let page = site.page(tag);
        let found = page.all(".stale-notice");
        assert_eq!(found.len(), 1, "{tag}: one stale section, one notice");
        let notice = common::text(found[0]);
        assert!(notice.contains(words), "{tag}: {notice}");
        let in_retention = page.all("#retention .stale-notice");
        assert_eq!(
            in_retention.len(),
            1,
            "{tag}: the notice is in the retention section"
        );
        let link = page.one("#retention .stale-notice a");
        assert_eq!(link.attr("href"), Some("../en/index.html#retention"));
        assert_eq!(link.attr("hreflang"), Some("en"));
    }
    assert!(
        site.page("en").all(".stale-notice").is_empty(),
        "the source is never stale"
    );
}

/// The stale notices of `lang`'s archive copy of the publication `id`, by the section they are in.
fn archived_stale_notices(site: &Site, lang: &str, id: &str, annex: bool) -> Vec<String> {
    let page = common::Page::read_file(
        &site.public().join(format!(
            "{lang}/archive/{id}/{}index.html",
            if annex { "annex/" } else { "" }
        )),
        Some(lang),
    );
    page.all(".stale-notice")
        .into_iter()
        .map(|n| {
            let section = n
                .ancestors()
                .filter_map(scraper::ElementRef::wrap)
                .find(|a| a.value().name() == "section" || a.value().name() == "main");
            section
                .and_then(|s| s.value().attr("id").or(s.value().attr("class")))
                .unwrap_or_default()
                .to_string()
        })
        .collect()
}

#[test]
fn an_archive_copy_keeps_the_stale_notices_its_page_showed_that_day() {
    // 2027-01-01: the English retention text changes, the translations follow later.
    let site = Site::example();
    change_source(&site);
    site.build_later(&[]).success();
    for lang in ["de", "nl"] {
        assert_eq!(
            archived_stale_notices(&site, lang, "2027-01-01", false),
            ["retention"],
            "{lang}: the copy of the day says what the page said"
        );
        assert_eq!(
            archived_stale_notices(&site, lang, "2027-01-01", true),
            ["main"],
            "{lang}: and so does the annex's"
        );
        // A publication made before the source changed had none.
        assert!(archived_stale_notices(&site, lang, "2026-11-30", false).is_empty());
        // Each leads to the original of that day, not today's, which may say something else
        // by the time the copy is read (qa28, qa29).
        for (folder, href) in [
            ("", "../../../en/archive/2027-01-01/index.html#retention"),
            (
                "annex/",
                "../../../../en/archive/2027-01-01/annex/index.html",
            ),
        ] {
            let copy = common::Page::read_file(
                &site
                    .public()
                    .join(format!("{lang}/archive/2027-01-01/{folder}index.html")),
                Some(lang),
            );
            let link = copy.one(".stale-notice a");
            assert_eq!(link.attr("href"), Some(href), "{lang} {folder}");
            assert!(
                site.public()
                    .join(format!("{lang}/archive/2027-01-01/{folder}"))
                    .join(href.split('#').next().unwrap())
                    .exists()
            );
        }
    }
    assert!(archived_stale_notices(&site, "en", "2027-01-01", false).is_empty());

    // The German translator finds the text still right: the page drops its notice, the record
    // keeps that it showed one, and when it stopped.
    mark_reviewed(&site, "de", &[]).success();
    let run = candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1798848000")],
    );
    run.success();
    assert!(
        run.stdout.contains("a revision of the last publication"),
        "{}",
        run.stdout
    );
    assert!(site.page("de").all(".stale-notice").is_empty());
    let copy = common::Page::read_file(
        &site.public().join("de/archive/2027-01-01/index.html"),
        Some("de"),
    );
    assert_eq!(copy.all("#retention .stale-notice").len(), 1);
    assert!(copy.text_of(".archive-revised").contains("2. Januar 2027"));
    assert_eq!(
        archived_stale_notices(&site, "nl", "2027-01-01", false),
        ["retention"]
    );
    assert!(
        common::Page::read_file(
            &site.public().join("nl/archive/2027-01-01/index.html"),
            Some("nl")
        )
        .all(".archive-revised")
        .is_empty(),
        "Dutch was not revised"
    );
}

#[test]
fn diff_tells_which_sections_will_be_marked_stale_or_no_longer() {
    let site = Site::example();
    change_source(&site);
    site.build_later(&[]).success();
    mark_reviewed(&site, "de", &[]).success();
    // On the day of the last publication or after: a day before it could not be published.
    let later = [("SOURCE_DATE_EPOCH", common::LATER_EPOCH)];
    let run = candor(&["diff", &site.arg()], &later);
    run.success();
    assert!(
        run.stdout
            .contains("de: no longer marked stale: retention-customer-may-change"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("  nl: (none)"), "{}", run.stdout);
    let json = candor(&["diff", &site.arg(), "--format", "json"], &later);
    json.success();
    let v: Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(
        v["stale"]["de"],
        serde_json::json!({"marked": [], "cleared": ["retention-customer-may-change"]})
    );
    assert_eq!(
        v["stale"]["nl"],
        serde_json::json!({"marked": [], "cleared": []})
    );
}

#[test]
fn a_source_rewording_not_yet_translated_is_told_as_such_in_the_translations_log() {
    // 2027-01-01: the English retention text changes; Dutch follows the same day (its words
    // changed and checked against the new source), German not.
    let site = Site::example();
    change_source(&site);
    site.replace(
        "locales/nl/sections.ftl",
        "een andere bewaartermijn afspreken",
        "een afwijkende bewaartermijn afspreken",
    );
    mark_reviewed(&site, "nl", &[]).success();
    site.build_later(&[]).success();
    assert!(site.page("nl").all(".stale-notice").is_empty());
    let entry = |lang: &str| logged_on(&site, lang, "2027-01-01");
    assert_eq!(
        entry("en"),
        ["Reworded: How long does Luscii keep personal data?"]
    );
    assert_eq!(
        entry("de"),
        [
            "Im Original neu formuliert, in dieser Übersetzung noch nicht: Wie lange bewahrt Luscii personenbezogene Daten auf?"
        ]
    );
    let nl = entry("nl");
    assert_eq!(nl.len(), 1, "{nl:?}");
    assert!(nl[0].starts_with("Anders geformuleerd: "), "{nl:?}");
}

/// Words a translator changed and did not mark reviewed leave the page marked stale: its change
/// log says the translation has not followed yet, as the page does; and that it was reworded,
/// since its page reads otherwise (qa146: told alone, "not yet in this translation" read as if
/// the words had stayed as they were).
#[test]
fn a_translation_changed_and_still_stale_is_told_as_not_yet_following_the_original() {
    let site = Site::example();
    change_source(&site);
    site.replace(
        "locales/nl/sections.ftl",
        "een andere bewaartermijn afspreken",
        "een afwijkende bewaartermijn afspreken",
    );
    site.build_later(&[]).success();
    assert!(!site.page("nl").all(".stale-notice").is_empty());
    let told = [
        "In het origineel anders geformuleerd, in deze vertaling nog niet: Hoe lang bewaart Luscii persoonsgegevens?",
        "Anders geformuleerd: Hoe lang bewaart Luscii persoonsgegevens?",
    ];
    assert_eq!(logged_on(&site, "nl", "2027-01-01"), told);
    let feed = site.read("public/nl/feed.xml");
    assert!(feed.contains("in deze vertaling nog niet"), "{feed}");
}

#[test]
fn a_source_rewording_a_translation_was_checked_against_is_not_told_as_not_yet_followed() {
    // 2027-01-01: the English retention text changes; the Dutch translator checks the Dutch
    // words and finds they still say it (mark-reviewed). The Dutch page marks nothing stale,
    // and its change log must not say the translation has not followed: it says the original
    // was reworded and the translation checked against it. German, not checked, has not.
    let site = Site::example();
    change_source(&site);
    mark_reviewed(&site, "nl", &[]).success();
    site.build_later(&[]).success();
    assert!(site.page("nl").all(".stale-notice").is_empty());
    let entry = |lang: &str| logged_on(&site, lang, "2027-01-01");
    assert_eq!(
        entry("nl"),
        [
            "In het origineel anders geformuleerd; deze vertaling is ernaast gelegd en zegt nog hetzelfde: Hoe lang bewaart Luscii persoonsgegevens?"
        ]
    );
    assert_eq!(
        entry("de"),
        [
            "Im Original neu formuliert, in dieser Übersetzung noch nicht: Wie lange bewahrt Luscii personenbezogene Daten auf?"
        ]
    );
    let feed = site.read("public/nl/feed.xml");
    assert!(!feed.contains("in deze vertaling nog niet"), "{feed}");
}

#[test]
fn a_source_rewording_taken_back_after_a_review_leaves_the_translation_current() {
    // 2027-01-01: the English retention text changes and the Dutch translator checks that the
    // Dutch still says it (mark-reviewed). 2027-01-15: the English is put back. The Dutch
    // words were made from that text and never changed, yet the page said the section was
    // "not yet in this translation", until the translator marked it reviewed a second time.
    let site = Site::example();
    change_source(&site);
    mark_reviewed(&site, "nl", &[]).success();
    site.build_later(&[]).success();
    let (file, from, to) = CHANGED_EN;
    site.replace(file, to, from);
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1799971200")],
    )
    .success();
    for lang in ["nl", "de"] {
        assert!(site.page(lang).all(".stale-notice").is_empty(), "{lang}");
    }
    // Nobody checked the Dutch on 2027-01-15: the English came back to the words it was made
    // from (qa76: "checked against it", as the last publication before where the Dutch
    // followed the English was of the other words). Nor the German, which never followed the
    // rewording.
    let entry = |lang: &str| logged_on(&site, lang, "2027-01-15");
    assert_eq!(
        entry("nl"),
        [
            "In het origineel teruggezet naar de tekst die deze vertaling volgt: Hoe lang bewaart Luscii persoonsgegevens?"
        ]
    );
    assert_eq!(
        entry("de"),
        [
            "Im Original zu dem Wortlaut zurück formuliert, dem diese Übersetzung folgt: Wie lange bewahrt Luscii personenbezogene Daten auf?"
        ]
    );
    let (run, json) = check_json(&site, &[]);
    run.success();
    for lang in ["nl", "de"] {
        assert!(
            ids(&language(&json, lang)["stale"]).is_empty(),
            "{lang}: {json:#}"
        );
    }
    // Reworded again, as on 2027-01-01: the Dutch was checked against those words too.
    change_source(&site);
    let (_, json) = check_json(&site, &[]);
    assert!(ids(&language(&json, "nl")["stale"]).is_empty(), "{json:#}");
    assert_eq!(
        ids(&language(&json, "de")["stale"]),
        ["retention-customer-may-change"]
    );
}

#[test]
fn a_translations_own_rewording_published_with_a_fact_is_in_its_change_log() {
    // 2027-01-01: the breach deadline changes, and the German translator rewords the German
    // access paragraph (its source unchanged). The German page published that day reads
    // differently there: its change log and feed say so, as the review did. Dutch does not.
    let site = Site::example();
    site.replace(
        "locales/de/sections.ftl",
        "access-body = Der Zugriff auf Informationen wird",
        "access-body = Zugriff auf Informationen wird",
    );
    site.publish_a_change_at(common::LATER_EPOCH).success();
    let entry = |lang: &str| logged_on(&site, lang, "2027-01-01");
    let de = entry("de");
    assert!(
        de.contains(&"Neu formuliert: Wer hat Zugriff auf die Daten?".to_string()),
        "{de:?}"
    );
    assert_eq!(de.len(), 2, "the deadline and the rewording: {de:?}");
    assert_eq!(entry("nl").len(), 1, "{:?}", entry("nl"));
    assert!(
        site.read("public/de/feed.xml")
            .contains("Neu formuliert: Wer hat Zugriff auf die Daten?")
    );
}

#[test]
fn a_translation_rewritten_to_show_the_same_words_is_not_told_as_reworded() {
    // The German controller paragraph of 2026-11-30 gives its term a case
    // (`{ -customer(case: "dative") }` for `{ -customer }`), which reads as before: its change
    // log said "Neu formuliert: Wer hat die Kontrolle über die Daten?" of a section that shows
    // the same words, character for character, in both archived pages (qa38).
    let site = Site::example();
    site.build(&[]).success();
    let logged = logged_on(&site, "de", "2026-11-30");
    assert!(
        !logged.contains(&"Neu formuliert: Wer hat die Kontrolle über die Daten?".to_string()),
        "{logged:#?}"
    );
    let section = |id: &str| {
        common::Page::read_file(
            &site.public().join(format!("de/archive/{id}/index.html")),
            Some("de"),
        )
        .text_of("#control")
    };
    assert_eq!(section("2025-10-30"), section("2026-11-30"));
    // Nor by the review of the next publication (qa40): the German DPIA paragraph given a
    // case that reads the same, beside a fact's change.
    site.replace(
        "locales/de/sections.ftl",
        "jeder { -customer } ist Verantwortlicher",
        "jeder { -customer(case: \"nominative\") } ist Verantwortlicher",
    );
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 48",
    );
    let items = review_items(&review_of(&site, "de"));
    assert!(
        items.iter().all(|i| !i.starts_with("Neu formuliert")),
        "{items:#?}"
    );
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 48",
        "notification-deadline-hours = 24",
    );
    // Rewritten to read otherwise, it is told.
    site.replace(
        "locales/de/sections.ftl",
        "liegt stets beim { -customer(case: \"dative\") }",
        "liegt immer beim { -customer(case: \"dative\") }",
    );
    site.publish_a_change_at(common::LATER_EPOCH).success();
    assert!(
        logged_on(&site, "de", "2027-01-01")
            .contains(&"Neu formuliert: Wer hat die Kontrolle über die Daten?".to_string())
    );
}

#[test]
fn a_translated_term_reworded_is_told_in_the_sections_it_rewords() {
    // qa40: a German term's variant that no message chooses (the genitive), changed, was told
    // "Weiterer Text der Seite wurde neu formuliert", though no page shows other words; and a
    // term a section shows, changed, was told that way too, not by the sections it rewords.
    let site = Site::example();
    site.build(&[]).success();
    site.replace(
        "locales/de/terms.ftl",
        "[genitive] Gesundheitsdienstleisters",
        "[genitive] Gesundheitsanbieters",
    );
    // Nor does the review of that publication say so.
    let items = review_items(&review_of(&site, "de"));
    assert!(
        items.iter().all(|i| !i.contains("formuliert")),
        "{items:#?}"
    );
    site.publish_a_change_at(common::LATER_EPOCH).success();
    let reworded = |id: &str| -> Vec<String> {
        logged_on(&site, "de", id)
            .into_iter()
            .filter(|line| line.contains("formuliert"))
            .collect()
    };
    assert_eq!(reworded(common::LATER_DATE_ISO), Vec::<String>::new());
    // Its dative, which the controller paragraph and the retention's start after a contract
    // choose: told in those sections, each once.
    site.replace(
        "locales/de/terms.ftl",
        "[dative] Gesundheitsdienstleister\n",
        "[dative] Gesundheitsanbieter\n",
    );
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 48",
        "notification-deadline-hours = 36",
    );
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1798848000")],
    )
    .success();
    assert_eq!(
        reworded("2027-01-02"),
        [
            "Neu formuliert: Wer hat die Kontrolle über die Daten?",
            "Neu formuliert: Wie lange bewahrt Luscii personenbezogene Daten auf?",
        ]
    );
}

#[test]
fn a_source_term_a_translation_has_not_followed_is_reviewed_where_it_shows() {
    // qa44: the English `-customers` changed; the German review said "Weiterer Text der Seite
    // wurde im Original neu formuliert" of the German term, where the change log names the
    // places its messages are: the annex among them.
    let site = Site::example();
    site.replace(
        "locales/en/terms.ftl",
        "-customers = healthcare providers",
        "-customers = care providers",
    );
    let items = review_items(&review_of(&site, "de"));
    assert!(
        items.iter().all(|i| !i.starts_with("Weiterer Text")),
        "{items:#?}"
    );
    assert!(
        items.contains(
            &"Im Original neu formuliert, in dieser Übersetzung noch nicht: Anlage zum Auftragsverarbeitungsvertrag mit Luscii"
                .to_string()
        ),
        "{items:#?}"
    );
}

#[test]
fn a_rewording_revised_back_later_is_still_told_on_its_day() {
    // The German storage caption reworded with the publication of 1 January, then revised
    // back to its old words on 5 January: the entry of 1 January still says it was reworded,
    // as it was published. The comparison of what two versions show must read the words each
    // publication was made with, not those revised since.
    let site = Site::example();
    let (old, new) = (
        "storage-caption = Wo die Daten gespeichert werden",
        "storage-caption = Hier liegen Ihre Daten",
    );
    site.replace("locales/de/sections.ftl", old, new);
    site.publish_a_change_at(common::LATER_EPOCH).success();
    site.replace("locales/de/sections.ftl", new, old);
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1799107200")],
    )
    .success();
    let logged = logged_on(&site, "de", "2027-01-01");
    assert!(
        logged.iter().any(|l| l.starts_with("Neu formuliert: Wo ")),
        "{logged:#?}"
    );
}

#[test]
fn editing_a_translation_clears_its_staleness_and_only_its_own() {
    let site = Site::example();
    change_source(&site);
    site.build_later(&[]).success();
    site.replace(
        "locales/de/sections.ftl",
        "eine abweichende Aufbewahrungsfrist",
        "eine andere Aufbewahrungsfrist",
    );
    let (_, json) = check_json(&site, &[]);
    assert!(
        ids(&language(&json, "de")["stale"]).is_empty(),
        "edited: not stale"
    );
    assert_eq!(
        ids(&language(&json, "nl")["stale"]),
        ["retention-customer-may-change"]
    );
    site.build_later(&[]).success();
    assert!(site.page("de").all(".stale-notice").is_empty());
    assert_eq!(site.page("nl").all(".stale-notice").len(), 1);
}

#[test]
fn a_stale_message_is_told_with_the_source_text_it_was_translated_from() {
    // The translator was told "the source text changed after it was translated", and not how
    // (qa35): the words it was translated from are in candor.lock's publications, and the
    // warning gives them beside today's.
    let site = Site::example();
    change_source(&site);
    let (_, json) = check_json(&site, &[]);
    for lang in ["de", "nl"] {
        let d = diagnostic_in(&json, &format!("locales/{lang}/sections.ftl"));
        let help = d["help"].as_str().unwrap();
        let (was, now) = (
            help.find("may agree a different retention period in its data processing agreement.")
                .unwrap_or_else(|| panic!("{lang}: no old text in {help}")),
            help.find("may agree another retention period in its data processing agreement.")
                .unwrap_or_else(|| panic!("{lang}: no new text in {help}")),
        );
        assert!(was < now, "{lang}: {help}");
        assert!(help.contains("candor mark-reviewed"), "{lang}: {help}");
    }
}

#[test]
fn staleness_needs_no_git_and_no_file_times() {
    let site = Site::example();
    change_source(&site);
    site.build_later(&[]).success();
    // A fresh copy of the files (new inodes, new times) knows the same.
    let copy = Site::empty();
    for part in ["candor.toml", "candor.lock", "content", "locales"] {
        common::copy_recursively(&site.path(part), &copy.path(part));
    }
    let (_, json) = check_json(&copy, &[]);
    assert_eq!(
        ids(&language(&json, "de")["stale"]),
        ["retention-customer-may-change"]
    );
}

#[test]
fn a_stale_message_can_be_marked_as_reviewed() {
    let site = Site::example();
    change_source(&site);
    site.build_later(&[]).success();
    let record_before = site.read("locales/nl/translated-from.toml");
    let run = mark_reviewed(&site, "nl", &["retention-customer-may-change"]);
    run.success();
    assert!(
        run.stdout.contains("retention-customer-may-change"),
        "{}",
        run.stdout
    );
    assert_ne!(
        record_before,
        site.read("locales/nl/translated-from.toml"),
        "the record changed"
    );
    let (_, json) = check_json(&site, &[]);
    assert!(ids(&language(&json, "nl")["stale"]).is_empty());
    assert_eq!(
        ids(&language(&json, "de")["stale"]),
        ["retention-customer-may-change"],
        "only nl was reviewed"
    );
    // Marking something that is not stale is an error, and changes nothing.
    let before = site.read("locales/de/translated-from.toml");
    mark_reviewed(&site, "de", &["yes"]).expect_code(1);
    assert_eq!(before, site.read("locales/de/translated-from.toml"));
    // A mistyped id: the stale message it most likely means is suggested.
    let run = mark_reviewed(&site, "de", &["retention-customer-may-chnage"]);
    run.expect_code(1);
    assert!(
        run.stderr
            .contains("did you mean `retention-customer-may-change`?"),
        "{}",
        run.stderr
    );
    assert_eq!(before, site.read("locales/de/translated-from.toml"));
    // The stale message and one that is not: the hint names the stale one, which is not
    // marked either (nothing is written), rather than saying that none is stale.
    let run = mark_reviewed(&site, "de", &["retention-customer-may-change", "yes"]);
    run.expect_code(1);
    assert!(
        run.stderr
            .contains("cannot mark `yes` in `de` as reviewed: it is not stale")
            && run
                .stderr
                .contains("the stale messages of `de` are: retention-customer-may-change"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("no message of `de` is stale"),
        "{}",
        run.stderr
    );
    assert_eq!(before, site.read("locales/de/translated-from.toml"));
    // Without --message, every stale message of the language.
    mark_reviewed(&site, "de", &[]).success();
    let (_, json) = check_json(&site, &[]);
    assert!(ids(&language(&json, "de")["stale"]).is_empty());
}

#[test]
fn a_record_that_cannot_be_read_is_never_written_over() {
    // The record is the only account of which source text each translation was made from:
    // `mark-reviewed` must not replace one it could not read with one that knows nothing.
    let site = Site::example();
    change_source(&site);
    site.build_later(&[]).success();
    let record = "locales/de/translated-from.toml";
    let broken = site.read(record).replacen("\n", "\ngarbage = = =\n", 1);
    site.write(record, &broken);
    let run = mark_reviewed(&site, "de", &[]);
    run.expect_code(1);
    assert!(run.stderr.contains(record), "{}", run.stderr);
    assert!(!run.stdout.contains("no stale messages"), "{}", run.stdout);
    assert_eq!(site.read(record), broken);
}

#[test]
fn a_message_that_cannot_be_read_keeps_its_record() {
    // A stale German message broken by a typo could not be read; `mark-reviewed` then wrote
    // the record without it, and once the typo was mended the old words counted as current:
    // published with no stale notice. So could a typo in the English. A message that cannot
    // be read keeps what the record knew of it, whichever side it is broken on.
    for broken_side in ["de", "en"] {
        let site = Site::example();
        change_source(&site);
        site.build_later(&[]).success();
        let (file, line) = match broken_side {
            "de" => (
                "locales/de/sections.ftl",
                "access-caption = Wer bei { $org } Zugriff hat",
            ),
            _ => (
                "locales/en/sections.ftl",
                "access-caption = Who has access at { $org }",
            ),
        };
        // Stale too: a message the typo is about to hide.
        site.replace(
            "locales/en/sections.ftl",
            "access-caption = Who has access at { $org }",
            "access-caption = Who at { $org } has access",
        );
        let line = if broken_side == "en" {
            "access-caption = Who at { $org } has access"
        } else {
            line
        };
        site.replace(file, line, &line.replace("{ $org }", "{ $org"));
        mark_reviewed(&site, "de", &[]);
        site.replace(file, &line.replace("{ $org }", "{ $org"), line);
        let (_, json) = check_json(&site, &[]);
        let stale = ids(&language(&json, "de")["stale"]);
        assert!(
            stale.contains(&"access-caption"),
            "{broken_side}: a typo hid `access-caption` from mark-reviewed, and it is no longer \
             stale: {stale:?}"
        );
    }
}

#[test]
fn a_message_missing_for_a_while_keeps_its_record() {
    // A translator, mid-edit, has the stale German `access-caption` out of the file and marks
    // another message reviewed: the record then lost `access-caption`, and once the line was
    // back, its old words counted as current, published with no stale notice.
    let site = Site::example();
    change_source(&site);
    site.replace(
        "locales/en/sections.ftl",
        "access-caption = Who has access at { $org }",
        "access-caption = Who at { $org } has access",
    );
    site.build_later(&[]).success();
    let line = "access-caption = Wer bei { $org } Zugriff hat\n";
    site.replace("locales/de/sections.ftl", line, "");
    mark_reviewed(&site, "de", &["retention-customer-may-change"]).success();
    site.replace(
        "locales/de/sections.ftl",
        "access-heading",
        &format!("{line}access-heading"),
    );
    let (_, json) = check_json(&site, &[]);
    let stale = ids(&language(&json, "de")["stale"]);
    assert_eq!(stale, ["access-caption"], "{json}");
}

#[test]
fn mark_reviewed_writes_nothing_while_the_site_has_errors() {
    // `check`, `build` and `review` refuse a locale file that is a link out of the site;
    // `mark-reviewed` wrote the record all the same.
    let site = Site::example();
    change_source(&site);
    site.build_later(&[]).success();
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("x.ftl");
    std::fs::write(&target, "extra = Extra\n").unwrap();
    std::os::unix::fs::symlink(&target, site.root().join("locales/de/extra.ftl")).unwrap();
    let record = site.read("locales/de/translated-from.toml");
    let run = mark_reviewed(&site, "de", &[]);
    run.expect_code(1);
    assert!(
        run.stderr.contains("locales/de/extra.ftl"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("candor check"), "{}", run.stderr);
    assert_eq!(site.read("locales/de/translated-from.toml"), record);
}

#[test]
fn a_translation_that_would_leave_a_fact_out_is_not_marked_as_reviewed() {
    // qa60: the English given `{ $org }`, the German left as it was: stale, which may leave a
    // fact out. `mark-reviewed` marked it current all the same, and `check` then refused the
    // site ("does not use `$org`") for what the reviewer had just signed off.
    let site = Site::example();
    site.replace(
        "locales/en/sections.ftl",
        "access-training = All employees are trained",
        "access-training = All { $org } employees are trained",
    );
    candor(&["check", &site.arg()], &[]).success();
    let record = site.read("locales/de/translated-from.toml");
    for ids in [&["access-training"][..], &[]] {
        let run = mark_reviewed(&site, "de", ids);
        run.expect_code(1);
        assert!(
            run.stderr
                .contains("`access-training` in `de` does not use `$org`, which the source shows"),
            "{}",
            run.stderr
        );
        assert!(
            run.stderr.contains("nothing marked in `de`"),
            "{}",
            run.stderr
        );
        assert_eq!(site.read("locales/de/translated-from.toml"), record);
    }
    // Translated with the fact, it is marked.
    site.replace(
        "locales/de/sections.ftl",
        "access-training = Alle Mitarbeiter",
        "access-training = Alle Mitarbeiter von { $org }",
    );
    mark_reviewed(&site, "de", &["access-training"]).success();
    candor(&["check", &site.arg()], &[]).success();
}

#[test]
fn a_broken_record_is_to_be_restored_not_deleted_without_saying_what_that_costs() {
    // The help said to delete a record that does not parse: doing so makes every stale
    // message of the translation current, and nothing said so.
    let site = Site::example();
    site.write(
        "locales/de/translated-from.toml",
        &(site.read("locales/de/translated-from.toml") + "\n[broken\n"),
    );
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    assert!(
        run.stderr
            .contains("restore locales/de/translated-from.toml from version control")
            && run.stderr.contains("stale ones included"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_record_lost_is_refused_where_candor_lock_recorded_the_translation() {
    // qa76: with `locales/de/translated-from.toml` gone, every German message was taken as
    // translated from today's English: a stale one published as current, and the change log
    // said the translation "was checked against it and still says the same". Nobody had.
    let site = Site::example();
    change_source(&site);
    std::fs::remove_file(site.path("locales/de/translated-from.toml")).unwrap();
    for args in [vec!["check"], vec!["build"], vec!["check", "--record"]] {
        let run = candor(&[&args[..], &[site.arg().as_str()]].concat(), &[]);
        run.expect_code(1);
        let said = common::compact(&run.stderr);
        for words in [
            "`locales/de/translated-from.toml` is missing, though candor.lock records `de`'s translations",
            "restore it from version control",
        ] {
            assert!(
                said.contains(&common::compact(words)),
                "{args:?}: {}",
                run.stderr
            );
        }
        assert!(
            !site.path("locales/de/translated-from.toml").exists(),
            "{args:?}"
        );
        assert!(!site.public().exists(), "{args:?}");
    }
    // Nor does `check`'s table count the language as current beside the error (qa78): which
    // of its messages are stale is what the record would say.
    let run = candor(&["check", &site.arg()], &[]);
    let line = (run.stdout.lines())
        .find(|l| l.trim_start().starts_with("de "))
        .unwrap_or_else(|| panic!("no line for de:\n{}", run.stdout));
    assert!(!line.contains('%') && !line.contains("current,"), "{line}");
    assert!(
        line.contains("locales/de/translated-from.toml is missing"),
        "{line}"
    );
    let (_, json) = check_json(&site, &[]);
    let de = language(&json, "de");
    assert_eq!(de["record-missing"], true, "{de}");
    for field in ["current", "completion", "stale"] {
        assert!(de[field].is_null(), "{field}: {de}");
    }
    assert_eq!(language(&json, "nl")["record-missing"], false);
    // Nor is a record cut down to its comments, which read as a record of nothing (qa78).
    site.write(
        "locales/de/translated-from.toml",
        "# Written by candor: for each message, fingerprints of the source text\n",
    );
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    assert!(run.stderr.contains("messages"), "{}", run.stderr);
    assert!(
        common::compact(&run.stderr).contains(&common::compact(
            "restore locales/de/translated-from.toml from version control"
        )),
        "{}",
        run.stderr
    );
    // Started anew on purpose, with an empty record: every German message is taken as
    // translated from today's English, as the help says.
    site.write("locales/de/translated-from.toml", "[messages]\n");
    let (_, json) = check_json(&site, &[]);
    assert!(ids(&language(&json, "de")["stale"]).is_empty());
    assert_eq!(
        ids(&language(&json, "nl")["stale"]),
        ["retention-customer-may-change"]
    );
    // A language the lock has not recorded starts with no record at all.
    site.add_language_copied_from("en", "fr");
    candor(&["check", &site.arg()], &[]).success();
}

#[test]
fn a_record_that_cannot_be_read_is_not_counted_current() {
    // qa82: a German record that did not parse was refused, and the table beside the error
    // said 100% current, though the English had changed.
    let site = Site::example();
    change_source(&site);
    site.write("locales/de/translated-from.toml", "garbage = [\n");
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    let line = (run.stdout.lines())
        .find(|l| l.trim_start().starts_with("de "))
        .unwrap_or_else(|| panic!("no line for de:\n{}", run.stdout));
    assert!(
        !line.contains('%') && line.contains("locales/de/translated-from.toml could not be read"),
        "{line}"
    );
    let (_, json) = check_json(&site, &[]);
    let de = language(&json, "de");
    assert_eq!(de["record-missing"], true, "{de}");
    assert!(de["current"].is_null() && de["stale"].is_null(), "{de}");
}

#[test]
fn a_record_behind_a_link_out_of_the_site_is_not_offered_to_be_deleted() {
    // Its language folder is a link out of the site: deleting the record, as the help said,
    // would lose what each translation was made from. The link is what to mend.
    let site = Site::example();
    let outside = tempfile::tempdir().unwrap();
    let folder = outside.path().join("nl");
    std::fs::rename(site.root().join("locales/nl"), &folder).unwrap();
    std::os::unix::fs::symlink(&folder, site.root().join("locales/nl")).unwrap();
    let run = mark_reviewed(&site, "nl", &[]);
    run.expect_code(1);
    assert!(!run.stderr.contains("anew"), "{}", run.stderr);
    assert!(
        run.stderr.contains("instead of linking to it"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_site_may_refuse_to_publish_stale_translations() {
    let site = Site::example();
    site.write(
        "candor.toml",
        &(site.read("candor.toml") + "\n[translations]\nstale = \"fail\"\n"),
    );
    site.build(&["--locked"]).success();
    let before = tree(&site.public());
    change_source(&site);
    let run = site.build_later(&[]);
    run.expect_code(1);
    assert!(
        run.stderr
            .contains("`retention-customer-may-change` in `de` is stale"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("[locales/de/sections.ftl:"),
        "{}",
        run.stderr
    );
    common::assert_same_tree(&before, &tree(&site.public()));
}

#[test]
fn missing_and_obsolete_messages_per_language() {
    let site = Site::example();
    site.replace(
        "locales/nl/chrome.ftl",
        "not-applicable = ",
        "not-aplicable = ",
    );
    let (run, json) = check_json(&site, &[]);
    run.expect_code(1);
    let nl = language(&json, "nl");
    assert_eq!(ids(&nl["missing"]), ["not-applicable"]);
    assert_eq!(ids(&nl["obsolete"]), ["not-aplicable"]);
    assert!(nl["completion"].as_f64().unwrap() < 1.0);
    assert!(ids(&language(&json, "de")["missing"]).is_empty());
    // The build names the missing message and fails: the Dutch page never silently shows English.
    let build = site.build(&[]);
    build.expect_code(1);
    assert!(
        build
            .stderr
            .contains("`not-applicable` is not translated into `nl`"),
        "{}",
        build.stderr
    );
}

#[test]
fn a_variable_mismatch_is_listed_under_its_language() {
    let site = Site::example();
    site.replace(
        "locales/de/chrome.ftl",
        "last-modified = Zuletzt geändert: { $date }",
        "last-modified = Zuletzt geändert: { $datum }",
    );
    let (run, json) = check_json(&site, &[]);
    run.expect_code(1);
    let errors = language(&json, "de")["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0]["file"], "locales/de/chrome.ftl");
    assert!(errors[0]["message"].as_str().unwrap().contains("$datum"));
    assert!(
        language(&json, "nl")["errors"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[test]
fn check_for_one_locale() {
    let site = Site::example();
    change_source(&site);
    let (run, json) = check_json(&site, &["--locale", "de"]);
    run.success();
    let langs: Vec<&str> = json["translations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["language"].as_str().unwrap())
        .collect();
    assert_eq!(langs, ["de"]);
    assert!(
        !run.stdout.contains("locales/nl"),
        "nothing about nl:\n{}",
        run.stdout
    );
    // A language tag is the same in any case (BCP 47): `DE` names `de`.
    let (upper, upper_json) = check_json(&site, &["--locale", "DE"]);
    upper.success();
    assert_eq!(upper_json["translations"], json["translations"]);
    candor(&["check", &site.arg(), "--locale", "fr"], &[]).expect_code(2);
    // The source language is one of the site's, with nothing to translate: said so.
    let run = candor(&["check", &site.arg(), "--locale", "en"], &[]);
    run.expect_code(2);
    assert!(
        run.stderr.contains("`en` is the source language") && run.stderr.contains("de, nl"),
        "{}",
        run.stderr
    );
}

#[test]
fn pseudo_localization_accents_every_text_and_keeps_the_facts() {
    let site = Site::example();
    let lock = site.read_bytes("candor.lock");
    let record = site.read_bytes("locales/de/translated-from.toml");
    let out = site.path("pseudo");
    candor(
        &[
            "build",
            &site.arg(),
            "--pseudo",
            "--out",
            out.to_str().unwrap(),
        ],
        &[],
    )
    .success();
    let page = common::Page::read(&out, "de");
    let heading = page.text_of("h1");
    assert_ne!(heading, "Umgang mit Daten bei Luscii");
    assert!(
        heading.contains("Luscii"),
        "facts are not pseudo-localized: {heading}"
    );
    assert!(!heading.is_ascii(), "accented: {heading}");
    // The sub-processor names are facts, untouched.
    assert!(
        page.text_of("#subprocessors tbody")
            .contains("Amazon Web Services (AWS)")
    );
    assert_eq!(
        lock,
        site.read_bytes("candor.lock"),
        "a pseudo build records nothing"
    );
    assert_eq!(
        record,
        site.read_bytes("locales/de/translated-from.toml"),
        "nor does it touch translation records"
    );
}

/// 1-based line and column (in characters) of the first `needle` in the site's file `rel`.
fn line_col(site: &Site, rel: &str, needle: &str) -> (u64, u64) {
    let text = site.read(rel);
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("no {needle:?} in {rel}"));
    let (line, col) = common::line_col(&text, at);
    (line as u64, col as u64)
}

/// A control character or a bidi override in a message, written as is or as an escape in a
/// string literal, in any language, is an error at that character that names it and says to
/// delete it; the joiners and the soft hyphen that scripts need are not.
#[test]
fn a_control_or_bidi_character_in_a_message_is_an_error_at_the_character() {
    let site = Site::example();
    site.replace("locales/de/chrome.ftl", "yes = Ja", "yes = J\u{7}a");
    site.replace("locales/nl/chrome.ftl", "no = Nee", "no = \u{202e}Nee");
    site.replace(
        "locales/en/terms.ftl",
        "-customer = healthcare provider",
        "-customer = healthcare{ \"\\u001B\" } provider",
    );
    // Allowed: soft hyphen, zero-width non-joiner and joiner.
    site.replace(
        "locales/de/terms.ftl",
        "-customers = Gesundheitsdienstleister",
        "-customers = Gesundheits\u{ad}dienst\u{200c}leister\u{200d}",
    );
    let (run, json) = check_json(&site, &[]);
    run.expect_code(1);
    let errors: Vec<&Value> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "error")
        .collect();
    let expected = [
        (
            "locales/de/chrome.ftl",
            line_col(&site, "locales/de/chrome.ftl", "\u{7}"),
            "U+0007 BELL",
        ),
        (
            "locales/en/terms.ftl",
            line_col(&site, "locales/en/terms.ftl", "\\u001B"),
            "U+001B ESCAPE",
        ),
        (
            "locales/nl/chrome.ftl",
            line_col(&site, "locales/nl/chrome.ftl", "\u{202e}"),
            "U+202E RIGHT-TO-LEFT OVERRIDE",
        ),
    ];
    assert_eq!(errors.len(), expected.len(), "{errors:#?}");
    for (d, (file, (line, column), name)) in errors.iter().zip(expected) {
        assert_eq!(d["file"], file, "{d}");
        assert_eq!(
            (d["line"].as_u64(), d["column"].as_u64()),
            (Some(line), Some(column)),
            "{d}"
        );
        let message = d["message"].as_str().unwrap();
        assert!(message.contains(name), "{message}");
        assert!(
            d["help"].as_str().unwrap().contains("delete"),
            "{}",
            d["help"]
        );
    }
    assert_eq!((line_col(&site, "locales/de/chrome.ftl", "\u{7}")), (11, 8));
    // The translation's errors are listed under its language.
    assert_eq!(language(&json, "de")["errors"].as_array().unwrap().len(), 1);
    assert_eq!(language(&json, "nl")["errors"].as_array().unwrap().len(), 1);

    // `build` refuses the site, too.
    let build = site.build(&[]);
    build.expect_code(1);
    assert!(
        build.stderr.contains("locales/de/chrome.ftl:11:8"),
        "{}",
        build.stderr
    );
}

/// The invisible format characters refused in facts are refused in words too: a paragraph
/// separator, a tag character that spells hidden text, a Hangul filler.
#[test]
fn invisible_format_characters_are_refused_in_messages() {
    for (ch, name) in [
        ('\u{2029}', "U+2029 PARAGRAPH SEPARATOR"),
        ('\u{e0041}', "U+E0041"),
        ('\u{3164}', "U+3164 HANGUL FILLER"),
    ] {
        let site = Site::example();
        site.replace(
            "locales/nl/chrome.ftl",
            "no = Nee",
            &format!("no = Ne{ch}e"),
        );
        let run = candor(&["check", &site.arg()], &[]);
        run.expect_code(1);
        assert!(run.stderr.contains(name), "{name}:\n{}", run.stderr);
        assert!(
            run.stderr.contains("locales/nl/chrome.ftl:"),
            "{}",
            run.stderr
        );
    }
}

/// A private-use character means what a font makes of it, and candor marks with some where a
/// message's facts go: a message that wrote those marks itself was given facts it does not
/// name, past the check of its variables (qa124). Refused in words as in facts.
#[test]
fn private_use_characters_are_refused_in_messages() {
    for (from, to) in [
        (
            "until the day before it is engaged (GDPR Art. 28(2)): write to [the privacy team]({ $contact }).",
            "until the day before it is engaged (GDPR Art. 28(2)): write to \u{e000}0\u{e001} and \u{e000}1\u{e001}.",
        ),
        (
            "until the day before it is engaged (GDPR Art. 28(2)): write to [the privacy team]",
            "until the day before it is engaged (GDPR Art. 28(2)): write to [the \u{f8ff} team]",
        ),
    ] {
        let site = Site::example();
        site.replace("locales/en/sections.ftl", from, to);
        let lock = site.read_bytes("candor.lock");
        let run = candor(&["build", &site.arg()], &[]);
        run.expect_code(1);
        assert!(
            run.stderr.contains("a private-use character"),
            "{to}:\n{}",
            run.stderr
        );
        assert!(
            run.stderr.contains("locales/en/sections.ftl:"),
            "{}",
            run.stderr
        );
        assert!(!site.public().exists());
        assert_eq!(lock, site.read_bytes("candor.lock"));
    }
}

/// The characters of each language's files are checked as it loads: a language whose folder
/// is missing does not hide what is wrong in another's, and both are told in one run.
#[test]
fn a_bidi_character_is_told_beside_a_missing_language_folder() {
    let site = Site::example();
    site.replace("locales/nl/chrome.ftl", "no = Nee", "no = \u{202e}Nee");
    site.replace(
        "candor.toml",
        "languages = [\"en\", \"de\", \"nl\"]",
        "languages = [\"en\", \"de\", \"nl\", \"fr\"]",
    );
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    for told in [
        "language `fr` has no locale folder `locales/fr/`",
        "U+202E RIGHT-TO-LEFT OVERRIDE",
        "locales/nl/chrome.ftl",
    ] {
        assert!(run.stderr.contains(told), "{told}:\n{}", run.stderr);
    }
    assert!(run.stderr.contains("2 errors"), "{}", run.stderr);
}

/// Adds `fr` to the example as a straight copy of the English files, as a new translator would
/// start it.
fn with_copied_english(site: &Site) {
    site.replace(
        "candor.toml",
        "languages = [\"en\", \"de\", \"nl\"]",
        "languages = [\"en\", \"de\", \"nl\", \"fr\"]",
    );
    common::copy_recursively(&site.path("locales/en"), &site.path("locales/fr"));
}

#[test]
fn a_message_identical_to_its_source_is_untranslated_not_current() {
    let site = Site::example();
    with_copied_english(&site);
    let (run, json) = check_json(&site, &[]);
    run.success(); // a warning, as stale is
    let fr = language(&json, "fr");
    let untranslated = ids(&fr["untranslated"]);
    assert!(untranslated.contains(&"index-title"), "{untranslated:?}");
    // A message with no words of its own (only facts and punctuation) reads the same anywhere.
    assert!(!untranslated.contains(&"storage-place"), "{untranslated:?}");
    assert!(fr["completion"].as_f64().unwrap() < 0.05, "{fr}");
    // Terms are listed, not counted: a translation may name things in words of its own.
    let messages = untranslated
        .iter()
        .filter(|id| !id.starts_with('-'))
        .count();
    assert!(messages < untranslated.len(), "{untranslated:?}");
    assert_eq!(
        fr["current"].as_u64().unwrap() + messages as u64,
        fr["translated"].as_u64().unwrap()
    );
    let warning = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| {
            d["message"]
                .as_str()
                .unwrap()
                .contains("`index-title` in `fr`")
        })
        .expect("a warning for index-title");
    assert_eq!(warning["severity"], "warning");
    assert_eq!(warning["file"], "locales/fr/chrome.ftl");
    assert!(
        warning["help"]
            .as_str()
            .unwrap()
            .contains("# candor: same-as-source"),
        "{warning}"
    );
    // The translations that are really translated are not affected.
    assert!(ids(&language(&json, "de")["untranslated"]).is_empty());
    let text = candor(&["check", &site.arg()], &[]);
    assert!(!text.stdout.contains("fr  100.0%"), "{}", text.stdout);
    assert!(text.stdout.contains(" untranslated"), "{}", text.stdout);
    let (strict, json) = check_json(&site, &["--strict"]);
    strict.expect_code(1);
    assert_eq!(json["ok"], false);
}

#[test]
fn a_message_marked_as_meant_to_be_identical_counts_as_translated() {
    let site = Site::example();
    with_copied_english(&site);
    // In the translation: this language keeps it.
    site.replace(
        "locales/fr/chrome.ftl",
        "\nindex-title = ",
        "\n# candor: same-as-source\nindex-title = ",
    );
    // In the source: every language may keep it.
    let source_line = site
        .read("locales/en/sections.ftl")
        .lines()
        .find(|l| l.starts_with("retention-customer-may-change = "))
        .unwrap()
        .to_string();
    site.replace(
        "locales/en/sections.ftl",
        &format!("\n{source_line}"),
        &format!("\n# A note for translators.\n# candor: same-as-source\n{source_line}"),
    );
    let (_, json) = check_json(&site, &[]);
    let untranslated = ids(&language(&json, "fr")["untranslated"]);
    assert!(!untranslated.contains(&"index-title"), "{untranslated:?}");
    assert!(
        !untranslated.contains(&"retention-customer-may-change"),
        "{untranslated:?}"
    );
    assert!(untranslated.contains(&"not-applicable"), "{untranslated:?}");
}

#[test]
fn staleness_does_not_depend_on_the_order_of_edits() {
    let site = Site::example();
    // The translator edits first, then the source changes, and no build runs in between.
    site.replace(
        "locales/de/sections.ftl",
        "eine abweichende Aufbewahrungsfrist",
        "eine andere Aufbewahrungsfrist",
    );
    change_source(&site);
    let (_, json) = check_json(&site, &[]);
    for tag in ["de", "nl"] {
        assert_eq!(
            ids(&language(&json, tag)["stale"]),
            ["retention-customer-may-change"],
            "{tag}: translated from the older source text"
        );
    }
    let de = diagnostic_in(&json, "locales/de/sections.ftl");
    assert!(
        de["help"].as_str().unwrap().contains("mark-reviewed"),
        "{de}"
    );
    // A build does not take the edit for a translation of the new source either.
    site.build_later(&[]).success();
    let (_, json) = check_json(&site, &[]);
    assert_eq!(
        ids(&language(&json, "de")["stale"]),
        ["retention-customer-may-change"]
    );
    // Once the change is on record, an edit follows it.
    site.replace(
        "locales/de/sections.ftl",
        "eine andere Aufbewahrungsfrist",
        "eine sonstige Aufbewahrungsfrist",
    );
    let (_, json) = check_json(&site, &[]);
    assert!(ids(&language(&json, "de")["stale"]).is_empty());
}

#[test]
fn a_translation_that_followed_a_source_taken_back_is_stale() {
    // The source changes and the record sees it; the German translator follows the change;
    // then the English is put back as it was, before anything is recorded again. The German
    // now says what the English no longer does: it is stale, not current because the English
    // reads as it did when the German was first made from it.
    let site = Site::example();
    change_source(&site);
    candor(&["check", &site.arg(), "--record"], &[]).success();
    site.replace(
        "locales/de/sections.ftl",
        "eine abweichende Aufbewahrungsfrist",
        "eine andere Aufbewahrungsfrist",
    );
    let (file, from, to) = CHANGED_EN;
    site.replace(file, to, from);
    let (_, json) = check_json(&site, &[]);
    assert_eq!(
        ids(&language(&json, "de")["stale"]),
        ["retention-customer-may-change"]
    );
    // Neither a build nor a second look takes it for current; its page says so.
    site.build_later(&[]).success();
    assert_eq!(site.page("de").all("#retention .stale-notice").len(), 1);
    assert!(site.page("nl").all(".stale-notice").is_empty());
    let (_, json) = check_json(&site, &[]);
    assert_eq!(
        ids(&language(&json, "de")["stale"]),
        ["retention-customer-may-change"]
    );
    // Dutch, not edited, follows the English it was made from.
    assert!(ids(&language(&json, "nl")["stale"]).is_empty());
    // Reviewed, it is current; and an edit from now on follows today's English.
    mark_reviewed(&site, "de", &["retention-customer-may-change"]).success();
    let (_, json) = check_json(&site, &[]);
    assert!(ids(&language(&json, "de")["stale"]).is_empty());
}

/// `candor check --record`, at `epoch` where given: the record sees the words as they are.
fn record(site: &Site, epoch: Option<&str>) {
    let env: Vec<(&str, &str)> = epoch
        .map(|e| ("SOURCE_DATE_EPOCH", e))
        .into_iter()
        .collect();
    candor(&["check", &site.arg(), "--record"], &env).success();
}

/// The messages `check` calls stale in `lang`.
fn stale_in(site: &Site, lang: &str) -> Vec<String> {
    let (_, json) = check_json(site, &[]);
    ids(&language(&json, lang)["stale"])
        .into_iter()
        .map(str::to_string)
        .collect()
}

#[test]
fn a_translation_put_back_to_its_words_from_before_the_source_changed_is_stale() {
    // qa76: the English changes and the record sees it; the German translator follows it;
    // then the German commit is reverted, back to words made from the old English. The record
    // took them for a translation of today's English: "current", with no stale notice, while
    // the page of the publication before had marked the same words stale.
    let site = Site::example();
    change_source(&site);
    record(&site, None);
    let (old, new) = (
        "eine abweichende Aufbewahrungsfrist",
        "eine andere Aufbewahrungsfrist",
    );
    site.replace("locales/de/sections.ftl", old, new);
    record(&site, None);
    assert!(stale_in(&site, "de").is_empty());
    // Reverted.
    site.replace("locales/de/sections.ftl", new, old);
    assert_eq!(stale_in(&site, "de"), ["retention-customer-may-change"]);
    // Recorded and built, it stays stale, and its page says so.
    site.build_later(&[]).success();
    assert_eq!(site.page("de").all("#retention .stale-notice").len(), 1);
    assert_eq!(stale_in(&site, "de"), ["retention-customer-may-change"]);
    // The translator's words for today's English put back again are current; so are the old
    // ones once the English is put back too.
    site.replace("locales/de/sections.ftl", old, new);
    assert!(stale_in(&site, "de").is_empty());
    record(&site, Some(common::LATER_EPOCH));
    site.replace("locales/de/sections.ftl", new, old);
    let (file, from, to) = CHANGED_EN;
    site.replace(file, to, from);
    assert!(stale_in(&site, "de").is_empty());
}

#[test]
fn a_reviewed_translation_put_back_still_follows_the_source_it_was_reviewed_against() {
    // qa78: the Dutch was reviewed against the new English (it followed the old English too),
    // edited, and the edit reverted: current, rightly. Then the English went back to the old
    // words, which the Dutch was made from: it was called stale, as what the record knew of
    // the review was lost with the edit.
    let site = Site::example();
    change_source(&site);
    record(&site, None);
    mark_reviewed(&site, "nl", &["retention-customer-may-change"]).success();
    let (old, new) = ("een andere bewaartermijn", "een afwijkende bewaartermijn");
    site.replace("locales/nl/sections.ftl", old, new);
    record(&site, None);
    site.replace("locales/nl/sections.ftl", new, old);
    record(&site, None);
    assert!(stale_in(&site, "nl").is_empty());
    let (file, from, to) = CHANGED_EN;
    site.replace(file, to, from);
    assert!(stale_in(&site, "nl").is_empty());
}

#[test]
fn a_translation_edited_after_the_source_changed_twice_is_told_it_cannot_be_told_apart() {
    // The record saw the English change once; the English changed again, and the German was
    // edited: after the first change or the second, no record can say. The help says so and
    // names `mark-reviewed`, not "update the translation", which the translator did (qa28).
    let site = Site::example();
    let en = "locales/en/sections.ftl";
    site.replace(
        en,
        "All employees are trained",
        "All employees are regularly trained",
    );
    candor(&["check", &site.arg(), "--record"], &[]).success();
    site.replace(en, "are regularly trained", "are trained every year");
    site.replace(
        "locales/de/sections.ftl",
        "Alle Mitarbeiter werden",
        "Alle Mitarbeiter werden jährlich",
    );
    let (_, json) = check_json(&site, &[]);
    assert_eq!(ids(&language(&json, "de")["stale"]), ["access-training"]);
    let de = diagnostic_in(&json, "locales/de/sections.ftl");
    let help = de["help"].as_str().unwrap();
    assert!(
        help.contains("edited too") && help.contains("mark-reviewed"),
        "{help}"
    );
}

/// The files of `after` (a [`tree`]) whose bytes are not those of `before`, by path.
fn changed_files(
    before: &std::collections::BTreeMap<std::path::PathBuf, Vec<u8>>,
    after: &std::collections::BTreeMap<std::path::PathBuf, Vec<u8>>,
) -> Vec<String> {
    after
        .iter()
        .filter(|(path, bytes)| before.get(*path) != Some(*bytes))
        .map(|(path, _)| path.display().to_string())
        .collect()
}

/// The example's two translation records.
const BOTH_RECORDS: [&str; 2] = [
    "locales/de/translated-from.toml",
    "locales/nl/translated-from.toml",
];

/// Runs `check --record` on `site`, which exits with `code` and names the records it wrote:
/// the files it changed, and whether the site holds the same files as before.
fn check_record(site: &Site, code: i32) -> (Vec<String>, bool) {
    let before = tree(site.root());
    let run = candor(&["check", &site.arg(), "--record"], &[]);
    assert_eq!(run.code, Some(code), "{}", run.stderr);
    assert!(
        run.stdout.contains("translated-from.toml"),
        "{}",
        run.stdout
    );
    let after = tree(site.root());
    let same_files = before.keys().eq(after.keys());
    (changed_files(&before, &after), same_files)
}

#[test]
fn check_record_brings_the_translation_records_up_to_date_and_records_no_publication() {
    let site = Site::example();
    change_source(&site);
    let (changed, same_files) = check_record(&site, 0);
    assert_eq!(changed, BOTH_RECORDS);
    assert!(same_files, "no file added or removed");
    assert!(!site.public().exists(), "nothing built");
    // The change of the source is on record: the translator's edit now follows it.
    site.replace(
        "locales/de/sections.ftl",
        "eine abweichende Aufbewahrungsfrist",
        "eine andere Aufbewahrungsfrist",
    );
    let (_, json) = check_json(&site, &[]);
    assert!(ids(&language(&json, "de")["stale"]).is_empty());
    assert_eq!(
        ids(&language(&json, "nl")["stale"]),
        ["retention-customer-may-change"]
    );
    // A site with errors records nothing.
    site.replace(
        "locales/nl/chrome.ftl",
        "not-applicable = ",
        "not-aplicable = ",
    );
    let before = tree(site.root());
    let run = candor(&["check", &site.arg(), "--record"], &[]);
    run.expect_code(1);
    assert!(run.stderr.contains("nothing was written"), "{}", run.stderr);
    common::assert_same_tree(&before, &tree(site.root()));
}

#[test]
fn check_json_carries_the_source_text_of_every_message_to_translate() {
    let site = Site::example();
    change_source(&site);
    site.replace(
        "locales/nl/chrome.ftl",
        "not-applicable = ",
        "not-aplicable = ",
    );
    let (_, json) = check_json(&site, &[]);
    let nl = language(&json, "nl");
    let sources = nl["sources"].as_object().expect("sources");
    let stale = sources["retention-customer-may-change"].as_str().unwrap();
    assert!(
        stale.contains("may agree another retention period"),
        "{stale}"
    );
    let missing = sources["not-applicable"].as_str().unwrap();
    assert!(missing.starts_with("not-applicable = "), "{missing}");
    assert_eq!(sources.len(), 2, "{sources:?}");
    assert!(
        language(&json, "de")["sources"]
            .as_object()
            .unwrap()
            .contains_key("retention-customer-may-change")
    );
}

#[test]
fn a_changed_source_term_is_stale_in_every_translation_and_marks_the_sections_that_use_it() {
    // The example's records are as `check --record` wrote them; the English term changes, and
    // with it what every English message that uses it says.
    let site = Site::example();
    site.replace(
        "locales/en/terms.ftl",
        "-customer = healthcare provider",
        "-customer = care organisation",
    );
    let (run, json) = check_json(&site, &[]);
    run.success(); // stale is a warning
    let users = [
        "change-retention-customer-may-change",
        "control-body-customer",
        "dpia-body",
        "exports-body",
        "retention-customer-may-change",
        "retention-customer-records",
        "retention-end-return-to-customer",
        "retention-starts-contract-end",
    ];
    let stale: Vec<&str> = users.iter().copied().chain(["-customer"]).collect();
    for tag in ["de", "nl"] {
        let t = language(&json, tag);
        assert_eq!(ids(&t["stale"]), stale, "{tag}");
        assert!(t["completion"].as_f64().unwrap() < 1.0, "{tag}");
    }
    let terms: Vec<(&str, &str)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["message"].as_str().unwrap().starts_with("`-customer`"))
        .map(|d| (d["message"].as_str().unwrap(), d["file"].as_str().unwrap()))
        .collect();
    assert_eq!(
        terms,
        [
            (
                "`-customer` in `de` is stale: the source text changed after it was translated",
                "locales/de/terms.ftl"
            ),
            (
                "`-customer` in `nl` is stale: the source text changed after it was translated",
                "locales/nl/terms.ftl"
            ),
        ]
    );
    check_json(&site, &["--strict"]).0.expect_code(1);
    // Every section whose words use the term says it changed in the original.
    site.build_later(&[]).success();
    let sections = ["control", "storage", "retention", "dpia"];
    for tag in ["de", "nl"] {
        let page = site.page(tag);
        for section in sections {
            assert_eq!(
                page.all(&format!("#{section} .stale-notice")).len(),
                1,
                "{tag}: {section}"
            );
        }
        assert_eq!(page.all(".stale-notice").len(), sections.len(), "{tag}");
    }
    // A translator who finds the term still right marks it as reviewed, as a message; the
    // sentences that use it are reviewed one by one, or all at once.
    let run = mark_reviewed(&site, "de", &["-customer"]);
    run.success();
    assert!(run.stdout.contains("-customer"), "{}", run.stdout);
    let (_, json) = check_json(&site, &[]);
    assert_eq!(ids(&language(&json, "de")["stale"]), users);
    assert_eq!(ids(&language(&json, "nl")["stale"]), stale);
    mark_reviewed(&site, "de", &[]).success();
    let (_, json) = check_json(&site, &[]);
    assert!(ids(&language(&json, "de")["stale"]).is_empty());
    site.build_later(&[]).success();
    assert!(site.page("de").all(".stale-notice").is_empty());
    assert_eq!(site.page("nl").all(".stale-notice").len(), sections.len());
    // A mistyped term is called a term, and the stale one it most likely means suggested.
    let run = mark_reviewed(&site, "nl", &["-custmer"]);
    run.expect_code(1);
    assert!(
        run.stderr.contains("no such translated term")
            && run.stderr.contains("did you mean `-customer`?"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_changed_source_term_makes_stale_what_uses_it_even_where_a_translation_has_its_own_words() {
    // The German text of the DPIA section names the customer with a term of its own, not
    // with `-customer`; the English `-customer` changes. Whatever words German uses, the
    // English it was translated from now says something else: its messages are stale.
    let site = Site::example();
    let dpia = site.read("locales/de/sections.ftl");
    let line = dpia
        .lines()
        .find(|l| l.starts_with("dpia-body ="))
        .expect("a German dpia-body");
    assert!(line.contains("{ -customer"), "{line}");
    let own = line
        .replace("{ -customer }", "{ -kunde }")
        .replace("{ -customer(case: \"dative\") }", "{ -kunde }")
        .replace("{ -customer(case: \"accusative\") }", "{ -kunde }")
        .replace("{ -customer(case: \"genitive\") }", "{ -kunde }");
    assert!(!own.contains("-customer"), "{own}");
    site.write("locales/de/sections.ftl", &dpia.replace(line, &own));
    site.write(
        "locales/de/terms.ftl",
        &(site.read("locales/de/terms.ftl") + "-kunde = Gesundheitsdienstleister\n"),
    );
    candor(&["check", &site.arg(), "--record"], &[]).success();
    site.replace(
        "locales/en/terms.ftl",
        "-customer = healthcare provider",
        "-customer = care organisation",
    );
    let (_, json) = check_json(&site, &[]);
    for tag in ["de", "nl"] {
        let stale = ids(&language(&json, tag)["stale"]);
        assert!(stale.contains(&"dpia-body"), "{tag}: {stale:?}");
        assert!(stale.contains(&"-customer"), "{tag}: {stale:?}");
    }
    site.build_later(&[]).success();
    assert_eq!(site.page("de").all("#dpia .stale-notice").len(), 1);
}

#[test]
fn a_record_made_before_terms_counted_in_a_message_is_still_current() {
    // A translation record as a candor whose message fingerprints left out the terms a
    // message uses wrote it: each message's source fingerprint is that of its own English
    // text alone. Nothing changed since, so nothing is stale, and the record is brought up to
    // date.
    let site = Site::example();
    site.build(&["--locked"]).success();
    let history: Value = serde_json::from_str(&site.read("public/history.json")).unwrap();
    let last = history["publications"].as_array().unwrap().last().unwrap()["canonical"]
        .as_str()
        .unwrap()
        .to_string();
    let canonical: Value = serde_json::from_str(&site.read(&format!("public/{last}"))).unwrap();
    let english = canonical["snapshot"]["source"].as_object().unwrap();
    let fingerprint = |text: &str| {
        use sha2::Digest;
        data_encoding::HEXLOWER.encode(&sha2::Sha256::digest(text.as_bytes())[..8])
    };
    let mut record: toml::Table = site
        .read("locales/de/translated-from.toml")
        .parse()
        .unwrap();
    let messages = record["messages"].as_table_mut().unwrap();
    let mut before_terms = 0;
    for (id, pair) in messages.iter_mut() {
        let Some(text) = english.get(id).and_then(Value::as_str) else {
            continue;
        };
        if !id.starts_with('-') && text.contains("{ -") {
            pair["source"] = toml::Value::String(fingerprint(text));
            before_terms += 1;
        }
    }
    assert!(before_terms > 5, "{before_terms} messages use terms");
    let old = toml::to_string(&record).unwrap();
    site.write("locales/de/translated-from.toml", &old);
    let (run, json) = check_json(&site, &["--strict"]);
    run.success();
    assert!(ids(&language(&json, "de")["stale"]).is_empty());
    candor(&["check", &site.arg(), "--record"], &[]).success();
    assert!(
        site.read("locales/de/translated-from.toml") != old,
        "the record is brought up to date"
    );
    let (run, _) = check_json(&site, &["--strict"]);
    run.success();
}

#[test]
fn a_term_that_reads_as_its_source_is_untranslated_unless_marked_so() {
    let site = Site::example();
    let terms = site.read("locales/nl/terms.ftl");
    let english = terms
        .lines()
        .map(|l| match l.starts_with("-customers =") {
            true => "-customers = healthcare providers",
            false => l,
        })
        .collect::<Vec<_>>()
        .join("\n");
    site.write("locales/nl/terms.ftl", &english);
    let (_, json) = check_json(&site, &[]);
    assert_eq!(ids(&language(&json, "nl")["untranslated"]), ["-customers"]);
    let warning = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["message"].as_str().unwrap().starts_with("`-customers`"))
        .expect("a warning");
    assert_eq!(warning["file"], "locales/nl/terms.ftl");
    // A name meant to read the same is marked so, as a message is.
    site.write(
        "locales/nl/terms.ftl",
        &english.replace("-customers =", "# candor: same-as-source\n-customers ="),
    );
    let (_, json) = check_json(&site, &[]);
    assert!(ids(&language(&json, "nl")["untranslated"]).is_empty());
}

#[test]
fn the_command_a_stale_message_suggests_runs_where_check_was_run() {
    // Checked from the folder above the site: the suggested command names the site, quoted
    // for the shell, and runs as printed from there.
    let site = Site::example();
    change_source(&site);
    let parent = site.root().parent().unwrap().to_path_buf();
    let name = site
        .root()
        .file_name()
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    let run = common::candor_in(&parent, &["check", &name, "--format", "json"], &[]);
    let json: Value = serde_json::from_str(&run.stdout).unwrap();
    let help = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| {
            d["message"]
                .as_str()
                .unwrap()
                .contains("`retention-customer-may-change` in `nl` is stale")
        })
        .and_then(|d| d["help"].as_str())
        .expect("a help")
        .to_string();
    let command =
        format!("candor mark-reviewed {name} --locale nl --message retention-customer-may-change");
    assert!(help.contains(&format!("`{command}`")), "{help}");
    let args: Vec<&str> = command.split(' ').skip(1).collect();
    common::candor_in(&parent, &args, &[]).success();
    // From inside the site, the site needs no naming.
    let run = common::candor_in(site.root(), &["check", "--format", "json"], &[]);
    let json: Value = serde_json::from_str(&run.stdout).unwrap();
    let help = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| {
            d["message"]
                .as_str()
                .unwrap()
                .contains("`retention-customer-may-change` in `de` is stale")
        })
        .and_then(|d| d["help"].as_str())
        .expect("a help")
        .to_string();
    assert!(
        help.contains("`candor mark-reviewed --locale de --message retention-customer-may-change`"),
        "{help}"
    );
}

/// The review page of `lang`, made into `SITE/review`.
fn review_of(site: &Site, lang: &str) -> common::Page {
    let out = site.path("review");
    candor(
        &["review", &site.arg(), "--out", out.to_str().unwrap()],
        &[("SOURCE_DATE_EPOCH", "1798934400")],
    )
    .success();
    common::Page::read(&out, lang)
}

/// The items of a review page's summary of changes.
fn review_items(page: &common::Page) -> Vec<String> {
    page.all(".review-summary li")
        .into_iter()
        .map(common::text)
        .collect()
}

#[test]
fn review_tells_a_stale_notice_added_or_removed() {
    // The English retention text changes, unpublished: the German page will mark the section
    // as not yet following the original, and the review says so, in German, leading there.
    let site = Site::example();
    change_source(&site);
    let page = review_of(&site, "de");
    assert_eq!(
        review_items(&page),
        [
            "Im Original neu formuliert, in dieser Übersetzung noch nicht: Wie lange bewahrt Luscii personenbezogene Daten auf?"
        ],
    );
    assert_eq!(
        page.one(".review-summary li a").attr("href"),
        Some("#retention")
    );
    // The notice itself is marked as added.
    let added = page.all("#retention .stale-notice[data-review=added] ins");
    assert!(!added.is_empty());

    // Published so; then the German translator confirms the text: the review says the
    // notice goes, and shows it deleted. Dutch keeps its notice, and the review says nothing.
    site.build_later(&[]).success();
    mark_reviewed(&site, "de", &[]).success();
    let page = review_of(&site, "de");
    assert_eq!(
        review_items(&page),
        [
            "Die Übersetzung folgt wieder dem Original: Wie lange bewahrt Luscii personenbezogene Daten auf?"
        ],
    );
    let removed = page.all("#retention .stale-notice[data-review=removed] del");
    assert!(!removed.is_empty(), "the notice, deleted");
    assert!(page.all("#retention ins").is_empty());
    let nl = review_of(&site, "nl");
    assert!(review_items(&nl).is_empty());
    assert_eq!(
        nl.text_of(".review-summary p:not(.review-draft)"),
        "Er is niets gewijzigd sinds de laatste publicatie."
    );
    assert!(nl.all("#retention ins, #retention del").is_empty());
    assert_eq!(nl.all("#retention .stale-notice").len(), 1);
}

#[test]
fn mark_reviewed_of_the_source_or_an_unknown_language_says_which_it_is() {
    // A language that is no translation is a usage error, exit 2, as `check --locale` has it.
    let site = Site::example();
    let run = mark_reviewed(&site, "en", &[]);
    run.expect_code(2);
    assert!(
        run.stderr
            .contains("`en` is the source language: its words are the original, never stale"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("`de`, `nl`"), "{}", run.stderr);
    // A language tag is the same in any case (BCP 47): `NL` names `nl`.
    let run = mark_reviewed(&site, "NL", &[]);
    run.success();
    assert!(
        run.stdout.contains("no stale messages in `nl`"),
        "{}",
        run.stdout
    );
    let run = mark_reviewed(&site, "fr", &[]);
    run.expect_code(2);
    assert!(
        run.stderr.contains("`fr` is not a language of this site"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("its translations are `de`, `nl`"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_message_that_does_not_parse_is_told_once_not_also_as_missing_or_obsolete() {
    // An unclosed placeable in the German access heading: the syntax error is the problem.
    // Telling the translator also to add `access-heading` (it is there) would have them write
    // it twice; in the English source, telling every translation to remove theirs would have
    // them delete good words.
    let site = Site::example();
    site.replace(
        "locales/de/sections.ftl",
        "access-heading = Wer hat Zugriff auf die Daten?",
        "access-heading = Wer hat { $org Zugriff auf die Daten?",
    );
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    assert!(run.stderr.contains("Fluent syntax error"), "{}", run.stderr);
    assert!(
        !run.stderr.contains("`access-heading` is not translated"),
        "{}",
        run.stderr
    );
    // A brace left open at the end of the line takes the next message into the part that does
    // not parse: that one is in the file too, and was told to be added.
    let site = Site::example();
    site.replace(
        "locales/de/sections.ftl",
        "access-heading = Wer hat Zugriff auf die Daten?",
        "access-heading = Wer {",
    );
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    assert!(run.stderr.contains("Fluent syntax error"), "{}", run.stderr);
    for id in ["access-heading", "access-body"] {
        assert!(
            !run.stderr.contains(&format!("`{id}` is not translated")),
            "{id}: {}",
            run.stderr
        );
    }
    let site = Site::example();
    site.replace(
        "locales/en/sections.ftl",
        "access-heading = Who has access to the data?",
        "access-heading = Who has { $org access to the data?",
    );
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    assert!(run.stderr.contains("Fluent syntax error"), "{}", run.stderr);
    assert!(
        !run.stderr.contains("`access-heading` is obsolete"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_translation_using_a_fact_every_message_may_use_is_not_blamed_for_it() {
    // `$org`, `$privacy-policy` and `$contact` are given to every message. The English
    // breach sentence drops `{ $org }` for a variable of its own: the German and Dutch ones,
    // which still name the organisation, are not told that the source does not provide it.
    let site = Site::example();
    let text = site.read("locales/en/sections.ftl");
    let line = text
        .lines()
        .find(|l| l.starts_with("breach-") && l.contains("{ $org }"))
        .expect("a breach message naming the organisation")
        .to_string();
    site.replace(
        "locales/en/sections.ftl",
        &line,
        &line.replace("{ $org }", "we"),
    );
    let run = candor(&["check", &site.arg()], &[]);
    assert!(
        !run.stderr
            .contains("uses the variable `$org`, which the source does not provide"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_message_stale_through_a_term_names_the_term() {
    // Only the English term changes: `dpia-body` reads as before in the English file, so the
    // translator is told what changed.
    let site = Site::example();
    site.replace(
        "locales/en/terms.ftl",
        "-customer = healthcare provider",
        "-customer = care organisation",
    );
    let run = candor(&["check", &site.arg(), "--locale", "de"], &[]);
    run.success();
    assert!(
        common::compact(&run.stderr).contains(&common::compact(
            "`dpia-body` in `de` is stale: the source text changed after it was translated (the term `-customer` it uses changed)"
        )),
        "{}",
        run.stderr
    );
    // Once the term is marked reviewed, the message is still stale, and its two source texts
    // read alike: the warning said nothing more, and a translator saw nothing to change
    // (qa116). It says that its own line reads as before, and what it shows from elsewhere.
    site.mark_reviewed("de", "-customer");
    let run = candor(&["check", &site.arg(), "--locale", "de"], &[]);
    run.success();
    let told = common::compact(&run.stderr);
    assert!(
        told.contains(&common::compact(
            "`dpia-body` in `de` is stale: the source text changed after it was translated"
        )) && told.contains(&common::compact(
            "its own source line reads as it did when it was translated:"
        )) && told.contains("`-customer`")
            && !told.contains("it was translated from:"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_review_of_a_translation_says_what_its_change_log_will_say() {
    // A new access group, its words written in every language: the German and Dutch reviews
    // said only that the section's facts changed, while the change log each then published
    // also said its words were reworded (the new group's name and purpose). A message new in
    // the source was taken as already published in the translation.
    let site = Site::example();
    site.write(
        "content/access.toml",
        &(site.read("content/access.toml")
            + "\n[[group]]\nid = \"auditors\"\naccess = \"user-data\"\nconfidentiality-agreement = true\n"),
    );
    for (lang, name, purpose) in [
        ("en", "Auditors", "To audit."),
        ("de", "Prüfer", "Zur Prüfung."),
        ("nl", "Accountants", "Voor audits."),
    ] {
        let file = format!("locales/{lang}/site.ftl");
        site.write(
            &file,
            &format!(
                "{}\naccess-group-auditors = {name}\naccess-purpose-auditors = {purpose}\n",
                site.read(&file)
            ),
        );
    }
    let reviewed: Vec<(&str, Vec<String>)> = ["en", "de", "nl"]
        .into_iter()
        .map(|lang| (lang, review_items(&review_of(&site, lang))))
        .collect();
    common::candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1798934400")],
    )
    .success();
    // One item: the group listed. Its name and purpose are new messages of an id the facts
    // name anew, the new fact's words, not the section reworded.
    for (lang, items) in reviewed {
        assert_eq!(items, logged_on(&site, lang, "2027-01-03"), "{lang}");
        assert_eq!(items.len(), 1, "{lang}: {items:?}");
    }
}

#[test]
fn headings_written_on_lines_of_their_own_are_told_apart_by_their_words() {
    // Two different headings of two lines each (which Fluent writes on the lines after the
    // id): not alike, so `check` passes; the same words, so written, are refused.
    let site = Site::example();
    site.replace(
        "locales/de/changes.ftl",
        "changes-group-removed = Entfallen",
        "changes-group-removed =\n    Nicht mehr\n    beauftragt",
    );
    site.replace(
        "locales/de/changes.ftl",
        "changes-group-withdrawn = Zurückgenommen",
        "changes-group-withdrawn =\n    Vor dem Inkrafttreten\n    zurückgenommen",
    );
    let run = candor(&["check", &site.arg()], &[]);
    assert!(!run.stderr.contains("reads as"), "{}", run.stderr);
    site.replace(
        "locales/de/changes.ftl",
        "changes-group-withdrawn =\n    Vor dem Inkrafttreten\n    zurückgenommen",
        "changes-group-withdrawn =\n    Nicht mehr\n    beauftragt",
    );
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    assert!(
        run.stderr
            .contains("`changes-group-withdrawn` in `de` reads as `changes-group-removed` does"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_table_of_translations_adds_up_to_its_total() {
    // A fresh copy of English counted its terms among the untranslated messages: "6 of 320
    // current, … 316 untranslated", 322 of 320.
    let site = Site::example();
    with_copied_english(&site);
    site.replace(
        "locales/de/sections.ftl",
        "access-heading = Wer hat Zugriff auf die Daten?",
        "",
    );
    let run = candor(&["check", &site.arg()], &[]);
    let table = &run.stdout[run.stdout.find("translations:").expect("the table")..];
    for line in table.lines().skip(1) {
        let words: Vec<&str> = line.split([' ', ',']).filter(|w| !w.is_empty()).collect();
        let at = |word: &str| -> u64 {
            let i = words.iter().position(|w| *w == word).unwrap();
            words[i - 1].parse().unwrap()
        };
        // "319 of 320 current"
        let of = words.iter().position(|w| *w == "of").unwrap();
        let (current, total): (u64, u64) = (
            words[of - 1].parse().unwrap(),
            words[of + 1].parse().unwrap(),
        );
        assert_eq!(
            current + at("missing") + at("stale") + at("untranslated"),
            total,
            "{line}"
        );
    }
    assert!(table.contains("  fr "), "{table}");
}

#[test]
fn mark_reviewed_on_a_broken_site_says_how_many_errors_it_shows() {
    // It said "the errors above", printed above them.
    let site = Site::example();
    site.replace(
        "locales/de/sections.ftl",
        "access-heading = Wer hat Zugriff auf die Daten?",
        "access-heading = Wer { $datum }",
    );
    let run = mark_reviewed(&site, "de", &[]);
    run.expect_code(1);
    assert!(
        run.stderr
            .contains("nothing marked in `de`: the site has 1 error besides this one"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("`$datum`"), "{}", run.stderr);
    assert!(!run.stderr.contains("above"), "{}", run.stderr);
}

/// The English takes out a message its own and its translations' words referred to: the
/// translations, which still refer to it, are stale (their English changed), not wrong, and
/// publish with the stale notice until they are brought up to date.
#[test]
fn a_stale_translation_may_still_refer_to_a_message_its_source_took_out() {
    let site = Site::example();
    let deadlines = [
        (
            "en",
            "{ $hours ->\n        [one] one hour\n       *[other] { $hours } hours\n    }.",
            "{ $hours } hours",
        ),
        (
            "de",
            "{ $hours ->\n        [one] einer Stunde\n       *[other] von { $hours } Stunden\n    }.",
            "{ $hours } Stunden",
        ),
        (
            "nl",
            "{ $hours ->\n        [one] één uur\n       *[other] { $hours } uur\n    }.",
            "{ $hours } uur",
        ),
    ];
    for (lang, deadline, within) in deadlines {
        let file = format!("locales/{lang}/sections.ftl");
        site.replace(&file, deadline, "{ breach-within }.");
        site.write(
            &file,
            &(site.read(&file) + &format!("\nbreach-within = {within}\n")),
        );
    }
    for lang in ["de", "nl"] {
        mark_reviewed(&site, lang, &[]).success();
    }
    site.build_later(&[]).success();
    // The English says the deadline in its own words again, and drops the message.
    let (_, deadline, within) = deadlines[0];
    site.replace("locales/en/sections.ftl", "{ breach-within }.", deadline);
    site.replace(
        "locales/en/sections.ftl",
        &format!("\nbreach-within = {within}\n"),
        "\n",
    );
    let run = common::candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1799971200")],
    );
    run.success();
    assert!(
        run.stderr.contains("`breach-within` is obsolete"),
        "{}",
        run.stderr
    );
    for lang in ["de", "nl"] {
        let page = site.page(lang);
        assert_eq!(page.all("#breach .stale-notice").len(), 1, "{lang}");
    }
}

#[test]
fn a_language_copied_from_the_source_and_not_translated_yet_says_so() {
    // The guide's first step copies `locales/en/` to a new language's folder; built before it
    // is translated, the Hebrew page published English words as Hebrew, and said nothing
    // (qa26). Its page and annex now say parts are not translated yet, leading to the
    // original; a language translated says nothing of the kind.
    let site = Site::example();
    site.add_language_copied_from("en", "he");
    site.build(&[]).success();
    // The change log and the archive's list too (qa141: their copied headings said nothing).
    for document in [
        "index.html",
        "annex/index.html",
        "changes/index.html",
        "archive/index.html",
    ] {
        let he = common::Page::read_file(&site.public().join("he").join(document), Some("he"));
        assert_eq!(
            he.text_of(".untranslated-notice"),
            "Parts of this document are not translated yet and read as the original does: English",
            "{document}"
        );
        let link = he.one(".untranslated-notice a");
        assert_eq!(link.value().attr("hreflang"), Some("en"), "{document}");
        for lang in ["en", "de", "nl"] {
            let page =
                common::Page::read_file(&site.public().join(lang).join(document), Some(lang));
            assert!(
                page.all(".untranslated-notice").is_empty(),
                "{lang} {document}"
            );
        }
    }
    // Its English paragraphs are marked as English, for a screen reader to read them in it,
    // not with Hebrew rules (qa42, qa35).
    let he = site.page("he");
    let retention = he.one("#retention");
    let english = scraper::Selector::parse("[lang='en']").unwrap();
    let marked: String = retention.select(&english).map(common::text).collect();
    assert!(
        marked.contains("may agree a different retention period"),
        "{marked}"
    );
    // Left to right, on a right-to-left page.
    let first = retention.select(&english).next().unwrap();
    assert_eq!(first.value().attr("dir"), Some("ltr"));
    assert!(
        site.page("de")
            .one("#retention")
            .select(&english)
            .next()
            .is_none()
    );
}

/// An Arabic letter written onto a variable (`ب{ $system }`): a right-to-left page isolates
/// every variable, and the letter showed on its own, cut from its word (qa32, "ب نظام"). Warned
/// of where it is written; with a tatweel (`بـ{ $system }`), or before a selector, it is not.
#[test]
fn a_letter_joined_to_a_variable_on_a_right_to_left_page_is_warned_of() {
    let site = crate::second_example::copy();
    let file = "locales/ar/sections.ftl";
    let joined = "عندما تربطون { $org } ب{ $system } لديكم";
    site.replace(file, "عندما تربطون { $org } بـ{ $system } لديكم", joined);
    let (run, json) = check_json(&site, &[]);
    run.success();
    let d = diagnostic_in(&json, file);
    assert_eq!(d["severity"], "warning", "{d}");
    assert!(
        d["message"].as_str().unwrap().contains("integrations-body"),
        "{d}"
    );
    let line = site
        .read(file)
        .lines()
        .position(|l| l.contains(joined))
        .unwrap()
        + 1;
    assert_eq!(d["line"], line, "{d}");
    // The letter's column, in characters.
    let written = site.read(file).lines().nth(line - 1).unwrap().to_string();
    let column = written[..written.find("ب{").unwrap()].chars().count() + 1;
    assert_eq!(d["column"], column, "{d}");
    // With a vowel mark written on the letter, it joins all the same (qa33).
    let marked = "عندما تربطون { $org } بِ{ $system } لديكم";
    site.replace(file, joined, marked);
    let (_, json) = check_json(&site, &[]);
    let d = diagnostic_in(&json, file);
    assert!(
        d["message"].as_str().unwrap().contains("joins the letter"),
        "{d}"
    );
    // The example as written (a tatweel; `لـ{ $changing }`): nothing to warn of.
    site.replace(file, marked, "عندما تربطون { $org } بـ{ $system } لديكم");
    let (_, json) = check_json(&site, &[]);
    let said: Vec<&Value> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["message"].as_str().unwrap().contains("joins the letter"))
        .collect();
    assert!(said.is_empty(), "{said:?}");
}

/// A message id misspelt in a translation (`not-aplicable`) was told twice, as the message
/// missing and as one obsolete, and the help said only to "check its id for a typo": each now
/// names the other.
#[test]
fn a_misspelt_message_id_is_named_as_what_it_was_meant_to_be() {
    let site = Site::example();
    site.replace(
        "locales/nl/chrome.ftl",
        "not-applicable = ",
        "not-aplicable = ",
    );
    let (_, json) = check_json(&site, &[]);
    let said = |part: &str| -> Value {
        json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["message"].as_str().unwrap().contains(part))
            .unwrap_or_else(|| panic!("nothing says {part}: {json}"))
            .clone()
    };
    let missing = said("`not-applicable` is not translated into `nl`");
    let line = site
        .read("locales/nl/chrome.ftl")
        .lines()
        .position(|l| l.starts_with("not-aplicable = "))
        .unwrap()
        + 1;
    assert_eq!(
        missing["help"],
        format!(
            "`not-aplicable` in locales/nl/chrome.ftl:{line}:1 looks like it, its id misspelt: rename it `not-applicable`"
        )
    );
    let obsolete = said("`not-aplicable` is obsolete");
    assert_eq!(
        obsolete["help"],
        "did you mean `not-applicable`? It is not translated into `nl`: rename this one"
    );
}

#[test]
fn words_for_a_plural_category_of_many_numbers_must_show_the_fact() {
    // The Arabic breach deadline given words of its own for `many` (11 to 99 hours):
    // "seventy-two hours", published where the fact is 36 while the page's summary said 36
    // (qa35). Words for a category of one number (`[two] ساعتين`, two hours) name it.
    let site = crate::second_example::copy();
    site.replace(
        "locales/ar/sections.ftl",
        "        [few] { $hours } ساعات\n",
        "        [few] { $hours } ساعات\n        [many] اثنتين وسبعين ساعة\n",
    );
    let (run, json) = check_json(&site, &[]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let d = diagnostic_in(&json, "locales/ar/sections.ftl");
    assert_eq!(d["severity"], "error", "{d}");
    assert!(
        d["message"].as_str().unwrap().starts_with(
            "`breach-notification` in `ar` does not show `$hours` in its variant `[many]`"
        ),
        "{d}"
    );
    assert!(
        d["help"]
            .as_str()
            .unwrap()
            .contains("(in `ar`: 11, 12, 13, …)"),
        "{d}"
    );
    let errors = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "error")
        .count();
    assert_eq!(errors, 1, "{json}");
}

#[test]
fn words_for_one_in_french_must_show_a_count_that_can_be_zero() {
    // French `one` is 0 and 1: "un sous-traitant ultérieur" was published in the caption of a
    // table of no sub-processors (qa36). A count that can be 0 is shown in `[one]`; a period
    // or a deadline, never 0, may be named in words ("un jour").
    let site = crate::second_example::copy();
    site.replace(
        "locales/fr/sections.ftl",
        "[one] { $count } sous-traitant ultérieur\n",
        "[one] un sous-traitant ultérieur\n",
    );
    let (run, json) = check_json(&site, &[]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let d = diagnostic_in(&json, "locales/fr/sections.ftl");
    assert!(
        d["message"].as_str().unwrap().starts_with(
            "`subprocessors-count` in `fr` does not show `$count` in its variant `[one]`"
        ),
        "{d}"
    );
    assert!(
        d["help"].as_str().unwrap().contains("(in `fr`: 0, 1)"),
        "{d}"
    );
    // The French words for one day, one month and one year stand.
    assert!(
        site.read("locales/fr/vocabulary.ftl")
            .contains("[one] un jour"),
        "the example names one day in words"
    );
    assert!(
        json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["file"] != "locales/fr/vocabulary.ftl"),
        "{json}"
    );
}

#[test]
fn words_for_one_in_french_may_name_it_where_zero_has_words_of_its_own() {
    // qa143: where the selection has words for 0 (`[0] Aucun.`), which Fluent takes before any
    // plural category, French `[one]` is chosen for 1 alone, and may name it in words. It was
    // refused as if 0 fell to it ("several numbers fall in it (in `fr`: 0, 1)").
    let site = crate::second_example::copy();
    site.replace(
        "locales/fr/annex.ftl",
        "[one] { $count } sous-traitant ultérieur, énuméré",
        "[one] Un seul sous-traitant ultérieur, énuméré",
    );
    let (run, json) = check_json(&site, &[]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["file"] != "locales/fr/annex.ftl"),
        "{json}"
    );
    // Where nothing has words for 0, it still falls to `[one]`: the test above.
}

#[test]
fn a_same_as_source_mark_over_words_of_ones_own_does_not_pass_the_plural_check() {
    // `# candor: same-as-source` above French words of the translator's own let
    // "[one] un sous-traitant ultérieur" through (qa37): the mark passes over the source's
    // words, not any.
    let site = crate::second_example::copy();
    site.replace(
        "locales/fr/sections.ftl",
        "subprocessors-count =\n",
        "# candor: same-as-source\nsubprocessors-count =\n",
    );
    site.replace(
        "locales/fr/sections.ftl",
        "[one] { $count } sous-traitant ultérieur\n",
        "[one] un sous-traitant ultérieur\n",
    );
    let (run, json) = check_json(&site, &[]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let d = diagnostic_in(&json, "locales/fr/sections.ftl");
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .starts_with("`subprocessors-count` in `fr` does not show `$count`"),
        "{d}"
    );
}

#[test]
fn check_record_records_under_a_stale_policy_that_fails() {
    // With `stale = "fail"`, a source change made the translations stale, an error, and
    // `check --record` refused to record it (qa35): translators could never get the change
    // on record before they edit, as docs/translators.md asks. It records, and still fails,
    // as the build would.
    let site = Site::example();
    let config = site.read("candor.toml");
    site.write(
        "candor.toml",
        &format!("{config}\n[translations]\nstale = \"fail\"\n"),
    );
    change_source(&site);
    let (changed, _) = check_record(&site, 1);
    assert_eq!(changed, BOTH_RECORDS);
    // A file that does not parse still keeps the records as they are.
    let site = Site::example();
    site.write(
        "candor.toml",
        &format!("{config}\n[translations]\nstale = \"fail\"\n"),
    );
    change_source(&site);
    site.replace("locales/de/chrome.ftl", "yes = Ja", "yes = { Ja");
    let before = tree(site.root());
    let run = candor(&["check", &site.arg(), "--record"], &[]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert_eq!(tree(site.root()), before);
}

/// qa94: a translation of a change message that does not choose by `$when` at all, where the
/// source does, was told twice for one slip: as not choosing by `$when`, and as having no words
/// for a change to come. It is told once, as the first.
#[test]
fn a_change_message_that_does_not_choose_by_when_is_told_once() {
    let site = Site::example();
    let file = "locales/de/changes.ftl";
    let text = site.read(file);
    let start = text.find("change-personal-data =").unwrap();
    let end = start + text[start..].find("\nchange-outside-eea =").unwrap();
    site.write(
        file,
        &format!(
            "{}change-personal-data =\n    {{ $now ->\n        [yes] {{ $name }} verarbeitet jetzt personenbezogene Daten Ihrer Nutzer\n       *[no] {{ $name }} verarbeitet keine personenbezogenen Daten Ihrer Nutzer mehr\n    }}{}",
            &text[..start],
            &text[end..]
        ),
    );
    let (run, json) = check_json(&site, &[]);
    run.expect_code(1);
    let said: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["message"].as_str())
        .filter(|m| m.contains("`change-personal-data` in `de`"))
        .collect();
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(
        said[0].contains("does not choose its words by `$when`"),
        "{said:?}"
    );
}

#[test]
fn a_regional_message_misnamed_is_answered_with_the_id_it_meant() {
    // fr-CA's own words for `access-group-support` misspelt: nothing is missing in a region,
    // which shows its parent's words, so the warning offered no id (qa116), and the page
    // silently showed the French.
    let site = crate::second_example::copy();
    site.replace(
        "locales/fr-CA/site.ftl",
        "access-group-support =",
        "access-group-suport =",
    );
    let run = candor(&["check", &site.arg()], &[]);
    assert!(
        run.stderr
            .contains("`access-group-suport` is obsolete: the source language has no such message")
            && run.stderr.contains("did you mean `access-group-support`?"),
        "{}",
        run.stderr
    );
}

/// The texts of the elements of `page` that match `selector`.
fn texts_of(page: &common::Page, selector: &str) -> Vec<String> {
    page.all(selector).into_iter().map(common::text).collect()
}

/// An archived copy marks the words its page showed copied from the source, not translated
/// yet, as that page did: in the source's language, under the notice that parts are not
/// translated. It followed today's translation: the German a publication published was marked
/// English once a later one copied the English, and the English it published was read as
/// German once translated; and no copy said it held untranslated words (qa129).
#[test]
fn an_archived_copy_marks_what_was_not_translated_then_as_its_page_did() {
    const GERMAN: &str =
        "Alle Mitarbeiter werden in Datenschutz und Informationssicherheit geschult.";
    const ENGLISH: &str = "All employees are trained in privacy and information security.";
    let site = Site::example();
    // Published on 1 January with the English copied into the German words.
    site.replace(
        "locales/de/sections.ftl",
        &format!("access-training = {GERMAN}"),
        &format!("access-training = {ENGLISH}"),
    );
    site.publish_a_change_at(common::LATER_EPOCH).success();
    let english_in = |path: &str| {
        let page = common::Page::read_file(&site.public().join(path), Some("de"));
        (
            texts_of(&page, "main [lang=en]")
                .iter()
                .any(|t| t.contains(ENGLISH)),
            texts_of(&page, "main [lang=en]")
                .iter()
                .any(|t| t.contains(GERMAN)),
            page.all(".untranslated-notice").len(),
        )
    };
    assert_eq!(english_in("de/index.html"), (true, false, 1));
    assert_eq!(
        english_in("de/archive/2027-01-01/index.html"),
        (true, false, 1)
    );
    assert_eq!(english_in("de/annex/index.html").2, 1);
    // The publication before published it in German.
    assert_eq!(
        english_in("de/archive/2026-11-30/index.html"),
        (false, false, 0)
    );

    // Translated the next day: a revision of that publication's German.
    site.replace(
        "locales/de/sections.ftl",
        &format!("access-training = {ENGLISH}"),
        &format!("access-training = {GERMAN}"),
    );
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1798848000")],
    )
    .success();
    assert_eq!(english_in("de/index.html"), (false, false, 0));
    // Its copy of the first day still shows what that page did.
    assert_eq!(
        english_in("de/archive/2027-01-01/index.html"),
        (true, false, 1)
    );
    assert_eq!(english_in("de/archive/2027-01-01/annex/index.html").2, 1);
    assert_eq!(
        english_in("de/archive/2026-11-30/index.html"),
        (false, false, 0)
    );
}

/// A term copied from the source is untranslated too: the page says parts are not translated
/// yet, and so did not the copy the archive keeps of that wording, which looked at messages
/// only (qa130).
#[test]
fn a_copied_term_is_told_on_the_archived_copy_as_on_its_page() {
    let site = Site::example();
    site.replace(
        "locales/nl/terms.ftl",
        "-customer = zorgaanbieder",
        "-customer = healthcare provider",
    );
    site.build_later(&[]).success();
    for path in [
        "nl/index.html",
        "nl/annex/index.html",
        "nl/archive/2026-11-30/revision-1/index.html",
        "nl/archive/2026-11-30/revision-1/annex/index.html",
    ] {
        let page = common::Page::read_file(&site.public().join(path), Some("nl"));
        assert_eq!(page.all(".untranslated-notice").len(), 1, "{path}");
    }
    let page = common::Page::read_file(
        &site.public().join("nl/archive/2026-11-30/index.html"),
        Some("nl"),
    );
    assert_eq!(page.all(".untranslated-notice").len(), 0);
}

/// Words copied from the source stay the source's words when the source is reworded: the
/// German caption left in English was marked so, until the English changed; then the page
/// showed it as German (no `lang="en"`, no notice), and `check` counted it translated, only
/// stale (qa151). The page, its archive copy and `check` all tell it copied.
#[test]
fn words_copied_from_the_source_stay_marked_once_the_source_changes() {
    let site = Site::example();
    site.replace(
        "locales/de/sections.ftl",
        "storage-caption = Wo die Daten gespeichert werden",
        "storage-caption = Where the data is stored",
    );
    site.build(&[]).success();
    let caption = |path: &str| {
        let page = common::Page::read_file(&site.public().join(path), Some("de"));
        let marked = page.all("#storage-caption span[lang='en']").len();
        (marked, page.all(".untranslated-notice").len())
    };
    assert_eq!(caption("de/index.html"), (1, 1));
    site.replace(
        "locales/en/sections.ftl",
        "storage-caption = Where the data is stored",
        "storage-caption = Where your data is stored",
    );
    site.build_later(&[]).success();
    let today = format!("de/archive/{}/index.html", common::LATER_DATE_ISO);
    for path in ["de/index.html", today.as_str()] {
        assert_eq!(caption(path), (1, 1), "{path}");
    }
    let (_, json) = check_json(&site, &[]);
    let de = language(&json, "de");
    assert!(
        ids(&de["untranslated"]).contains(&"storage-caption"),
        "{de}"
    );
    assert!(ids(&de["stale"]).contains(&"storage-caption"), "{de}");
    let said = candor(&["check", &site.arg()], &[]).stderr;
    assert!(
        said.contains("`storage-caption` in `de` is not translated: it reads exactly as the source text did before it was reworded"),
        "{said}"
    );
    assert_eq!(
        de["current"].as_u64().unwrap() + 1,
        de["translated"].as_u64().unwrap(),
        "{de}"
    );
    // Reviewed as still following the source, it is still the source's words (qa152: then
    // counted current, and shown as German).
    mark_reviewed(&site, "de", &["storage-caption"]).success();
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1798848000")],
    )
    .success();
    assert_eq!(caption("de/index.html"), (1, 1));
    let (_, json) = check_json(&site, &[]);
    let de = language(&json, "de");
    assert!(
        ids(&de["untranslated"]).contains(&"storage-caption"),
        "{de}"
    );
    assert!(!ids(&de["stale"]).contains(&"storage-caption"), "{de}");
}

#[test]
fn a_translated_message_taken_out_is_a_change_of_what_the_pages_show() {
    // German's `retention-at-end` taken out, the preview shows the English: `diff` said German
    // had changed nothing, and the review pages that their annex said what was published, in
    // the same words: the fingerprints kept what the record knew of the words (qa139).
    let site = crate::second_example::copy();
    let text = site.read("locales/de/sections.ftl");
    let line = text
        .lines()
        .find(|l| l.starts_with("retention-at-end = "))
        .unwrap();
    site.write(
        "locales/de/sections.ftl",
        &text.replace(&format!("{line}\n"), ""),
    );
    let run = candor(&["diff", &site.arg(), "--format", "json"], &[]);
    let diff: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        diff["translations"]["de"],
        serde_json::json!(["retention-at-end"]),
        "{}",
        run.stdout
    );
}

#[test]
fn check_json_says_which_records_it_wrote() {
    // qa140: `check --record --format json` rewrote the records and said nothing of them, where
    // the text says "recorded …": a CI job committing the records could not tell what changed.
    let site = Site::example();
    let (_, json) = check_json(&site, &[]);
    assert_eq!(json["recorded"], Value::Null);
    change_source(&site);
    let before = site.read("locales/de/translated-from.toml");
    let (run, json) = check_json(&site, &["--record"]);
    run.success();
    assert_eq!(
        json["recorded"],
        serde_json::json!([
            "locales/de/translated-from.toml",
            "locales/nl/translated-from.toml"
        ])
    );
    assert_ne!(site.read("locales/de/translated-from.toml"), before);
    let (_, json) = check_json(&site, &["--record"]);
    assert_eq!(json["recorded"], serde_json::json!([]));
}

#[test]
fn check_record_before_the_first_publication_writes_no_record_that_would_lock_the_site() {
    // qa140: on a site never published, `check --record` wrote the translation records, which
    // then read as those of a site whose candor.lock was lost: the next `check` and `build`
    // refused the site until they were deleted.
    let site = Site::example();
    std::fs::remove_file(site.path("candor.lock")).unwrap();
    for lang in ["de", "nl"] {
        std::fs::remove_file(site.path(&format!("locales/{lang}/translated-from.toml"))).unwrap();
    }
    change_source(&site);
    let before = tree(site.root());
    let run = candor(&["check", &site.arg(), "--record"], &[]);
    run.success();
    assert!(
        common::compact(&run.stdout).contains(&common::compact(
            "no translation record written: the site has no publication yet (no candor.lock)"
        )),
        "{}",
        run.stdout
    );
    assert!(tree(site.root()) == before, "check --record wrote files");
    let (_, json) = check_json(&site, &["--record"]);
    assert_eq!(json["recorded"], Value::Null);
    candor(&["check", &site.arg()], &[]).success();
    site.build(&[]).success();
    assert!(site.path("locales/de/translated-from.toml").exists());
}

#[test]
fn an_archived_copy_whose_publication_recorded_no_term_does_not_follow_todays_terms() {
    // qa141: the example's publications of 2022 and 2025 were recorded before candor recorded
    // terms; its German `-customers` reworded, their archived German pages and annexes spoke
    // the new word. They show the terms as the record first knew them (its publication of
    // 2026-11-30), whatever the words are today.
    let site = Site::example();
    site.build(&[]).success();
    let copies = [
        "de/archive/2022-03-10/index.html",
        "de/archive/2022-03-10/annex/index.html",
        "de/archive/2025-10-30/index.html",
        "de/archive/2025-10-30/annex/index.html",
    ];
    let before: Vec<String> = (copies.iter())
        .map(|c| std::fs::read_to_string(site.public().join(c)).unwrap())
        .collect();
    assert!(before.iter().any(|page| page.contains("Gesundheits")));
    site.replace(
        "locales/de/terms.ftl",
        "-customers = Gesundheitsdienstleister",
        "-customers = Kundschaftsneuwort",
    );
    site.build_later(&[]).success();
    // Long words are written with soft hyphens.
    let read = |path: &str| {
        std::fs::read_to_string(site.public().join(path))
            .unwrap()
            .replace('\u{ad}', "")
    };
    assert!(read("de/index.html").contains("Kundschaftsneuwort"));
    for (copy, was) in copies.iter().zip(&before) {
        let now = std::fs::read_to_string(site.public().join(copy)).unwrap();
        assert!(!read(copy).contains("Kundschaftsneuwort"), "{copy}");
        assert_eq!(&now, was, "{copy}");
    }
}

#[test]
fn an_archived_copy_whose_publication_recorded_no_term_says_whose_terms_it_shows() {
    // The copies above show the terms of the publication of 2026-11-30, the first that recorded
    // them: each says so, in its language, where the terms are not its publication's own. Those
    // of a publication that recorded its terms, and the source language's, say nothing of it.
    let site = Site::example();
    site.build(&[]).success();
    // Long words are written with soft hyphens.
    let read = |path: &str| {
        std::fs::read_to_string(site.public().join(path))
            .unwrap()
            .replace('\u{ad}', "")
    };
    let said = [
        (
            "de",
            "wie die Veröffentlichung vom 30. November 2026 sie aufgezeichnet hat",
        ),
        (
            "nl",
            "zoals de publicatie van 30 november 2026 ze vastlegde",
        ),
    ];
    for (lang, words) in said {
        for copy in [
            "2022-03-10",
            "2022-03-10/annex",
            "2025-10-30",
            "2025-10-30/annex",
        ] {
            let page = read(&format!("{lang}/archive/{copy}/index.html"));
            let notice = common::compact(&page);
            assert!(notice.contains(&common::compact(words)), "{lang} {copy}");
        }
        for copy in ["2026-11-30", "2026-11-30/annex"] {
            let page = read(&format!("{lang}/archive/{copy}/index.html"));
            assert!(!page.contains("archive-terms-later"), "{lang} {copy}");
        }
    }
    for copy in ["2022-03-10", "2025-10-30/annex"] {
        let page = read(&format!("en/archive/{copy}/index.html"));
        assert!(!page.contains("archive-terms-"), "en {copy}");
    }
}

#[test]
fn a_term_a_translation_uses_and_lacks_is_listed_missing_and_kept_in_its_record() {
    // qa143: with `-customers` gone from the German terms (its messages still use it), `check`
    // said "0 missing", and its JSON listed nothing to translate: a translation platform never
    // got the English term. And `check --record`, which writes nothing while a message is
    // missing, wrote the record without the term's line: put back, the German term would have
    // counted as made from today's source, whatever it was made from.
    let site = Site::example();
    let record = site.read("locales/de/translated-from.toml");
    assert!(record.contains("\n-customers = "), "{record}");
    site.replace(
        "locales/de/terms.ftl",
        "-customers = Gesundheitsdienstleister\n",
        "",
    );
    let (run, json) = check_json(&site, &["--locale", "de"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let de = &json["translations"][0];
    assert_eq!(de["language"], "de", "{json}");
    assert_eq!(de["missing"], serde_json::json!(["-customers"]), "{de}");
    assert_eq!(
        de["sources"]["-customers"], "-customers = healthcare providers\n",
        "{de}"
    );
    let run = candor(&["check", &site.arg()], &[]);
    assert!(
        run.stdout.contains("1 missing") || run.stderr.contains("1 missing"),
        "{}{}",
        run.stdout,
        run.stderr
    );
    let run = candor(&["check", &site.arg(), "--record"], &[]);
    run.expect_code(1);
    assert_eq!(site.read("locales/de/translated-from.toml"), record);
    // A term no message of the translation uses is its own business: not missing.
    site.replace(
        "locales/de/sections.ftl",
        "die für { -customers } geltenden",
        "die für Gesundheitsdienstleister geltenden",
    );
    site.replace(
        "locales/de/sections.ftl",
        "benachrichtigt die betroffenen { -customers }",
        "benachrichtigt die betroffenen Gesundheitsdienstleister",
    );
    site.replace(
        "locales/de/annex.ftl",
        "für seine { -customers } durchführt",
        "für seine Gesundheitsdienstleister durchführt",
    );
    let (_, json) = check_json(&site, &["--locale", "de"]);
    assert_eq!(
        json["translations"][0]["missing"],
        serde_json::json!([]),
        "{json}"
    );
}
