//! Regional languages (`de-CH`, `en-IE`): a region's folder holds only what differs from its
//! parent language, the rest comes from the parent and never from another region, its dates
//! follow the region, and nothing ever leaves a hole in a page without an error.

use crate::common;

use common::{DE, EN, EXAMPLE_DATE_ISO, Site, assert_stamp, candor, tree};

/// The example with `de-CH` and `en-IE` added, German-Swiss spelling for two messages, and no
/// English date-locale (so that `en` and `en-IE` differ in their dates).
fn with_regions() -> Site {
    let site = Site::example();
    site.replace(
        "candor.toml",
        r#"languages = ["en", "de", "nl"]"#,
        r#"languages = ["en", "de", "nl", "de-CH", "en-IE"]"#,
    );
    site.replace("candor.toml", r#"en = "en-GB""#, "");
    site.write(
        "locales/de-CH/site.ftl",
        "subprocessor-security = Sicherheitsmassnahmen\n\
         subprocessor-security-link = Sicherheitsmassnahmen von { $name }\n",
    );
    std::fs::create_dir_all(site.path("locales/en-IE")).unwrap();
    site
}

/// A region with no words of its own may have an empty folder, as docs/translators.md says;
/// git keeps no empty folder, so a clone had none, and `check --strict` and `build --locked`
/// failed in every CI run: "language `en-IE` has no locale folder" (qa150). No folder reads
/// as an empty one.
#[test]
fn a_region_with_no_words_of_its_own_needs_no_folder() {
    let site = with_regions();
    site.build(&[]).success();
    let built = common::tree(&site.public());
    std::fs::remove_dir(site.path("locales/en-IE")).unwrap();
    candor(&["check", "--strict", &site.arg()], &[]).success();
    site.build(&["--locked"]).success();
    common::assert_same_tree(&built, &common::tree(&site.public()));
    assert!(
        !site.path("locales/en-IE").exists(),
        "nothing written there"
    );
    // A language of its own still needs its folder.
    std::fs::remove_dir_all(site.path("locales/nl")).unwrap();
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    assert!(
        run.stderr.contains("language `nl` has no locale folder"),
        "{}",
        run.stderr
    );
}

/// A region published with no words of its own had no record to keep: given its first
/// message later, `check` said its `translated-from.toml` was missing, "restore it from version
/// control", and refused the site, though the file never existed (qa152).
#[test]
fn a_region_given_its_first_words_later_has_no_record_to_restore() {
    let site = Site::example();
    site.replace(
        "candor.toml",
        r#"languages = ["en", "de", "nl"]"#,
        r#"languages = ["en", "de", "nl", "nl-BE"]"#,
    );
    std::fs::create_dir_all(site.path("locales/nl-BE")).unwrap();
    site.build(&[]).success();
    site.write(
        "locales/nl-BE/site.ftl",
        "storage-caption = Waar de gegevens staan\n",
    );
    let run = candor(&["check", &site.arg()], &[]);
    assert!(!run.stderr.contains("is missing"), "{}", run.stderr);
    run.success();
    site.build_later(&[]).success();
}

#[test]
fn a_region_holds_only_what_differs_and_inherits_the_rest() {
    let site = with_regions();
    site.build(&[]).success();

    let swiss = site.page("de-CH");
    assert_eq!(swiss.html_lang(), "de-CH");
    let headers: Vec<String> = swiss
        .all("table.subprocessors thead th")
        .into_iter()
        .map(common::text)
        .collect();
    assert!(
        headers.contains(&"Sicherheitsmassnahmen".to_string()),
        "{headers:?}"
    );
    let text = swiss.readable_text();
    assert!(
        !text.contains("Sicherheitsmaßnahmen"),
        "the region's own words win"
    );
    // Everything else is the German page's: its words, its country names, its dates.
    for word in [DE.yes, DE.no, DE.scc, DE.germany, DE.two_years] {
        assert!(text.contains(word), "de-CH lacks `{word}` from de");
    }
    assert_stamp(&swiss, EXAMPLE_DATE_ISO, DE.example_date);

    // en-IE has no files at all: English words, Irish dates; en itself is en-US by CLDR.
    let irish = site.page("en-IE");
    let text = irish.readable_text();
    for word in [EN.yes, EN.scc, EN.germany] {
        assert!(text.contains(word), "en-IE lacks `{word}` from en");
    }
    assert_stamp(&irish, EXAMPLE_DATE_ISO, "30 November 2026");
    assert_stamp(&site.page("en"), EXAMPLE_DATE_ISO, "November 30, 2026");

    // The language menus name the regions as CLDR does.
    let names: Vec<String> = site
        .page("en")
        .all("nav.languages a")
        .into_iter()
        .map(common::text)
        .collect();
    assert!(
        names.iter().any(|n| n == "Schweizer Hochdeutsch")
            && names.iter().any(|n| n == "English (Ireland)"),
        "{names:?}"
    );

    // The region's record holds its own two messages only; the rest is de's to keep.
    let record = site.read("locales/de-CH/translated-from.toml");
    let recorded = record.lines().filter(|l| l.contains("source =")).count();
    assert_eq!(recorded, 2, "{record}");
    assert!(!site.path("locales/en-IE/translated-from.toml").exists());
}

#[test]
fn a_parent_file_that_cannot_be_read_is_told_once_not_per_message_of_the_region() {
    // The German site.ftl not UTF-8: de-CH, which takes its words, was told one "not
    // translated into `de-CH`" per message of the file, each pointing into the English one.
    let site = with_regions();
    let mut bytes = site.read_bytes("locales/de/site.ftl");
    bytes.push(0xff);
    std::fs::write(site.path("locales/de/site.ftl"), bytes).unwrap();
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    assert!(run.stderr.contains("not valid UTF-8"), "{}", run.stderr);
    assert!(
        !run.stderr.contains("not translated into"),
        "{}",
        run.stderr
    );
}

#[test]
fn check_of_one_region_keeps_its_parent() {
    let site = with_regions();
    let run = candor(&["check", &site.arg(), "--locale", "de-CH"], &[]);
    run.success();
    assert!(!run.stderr.contains("not translated"), "{}", run.stderr);
    // What it reports is the region's, though its parent is checked with it.
    assert!(
        run.stdout.contains("de-CH") && !run.stdout.contains("\n  de "),
        "{}",
        run.stdout
    );
    let run = candor(
        &[
            "check",
            &site.arg(),
            "--locale",
            "de-CH",
            "--format",
            "json",
        ],
        &[],
    );
    run.success();
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let listed: Vec<&str> = json["translations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["language"].as_str().unwrap())
        .collect();
    assert_eq!(listed, ["de-CH"]);
}

#[test]
fn a_region_never_takes_words_from_another_region() {
    // de-CH and de-AT, but no de: de-CH may not borrow from de-AT, so what it lacks is missing.
    let site = Site::example();
    site.build(&[]).success();
    let before = tree(&site.public());
    site.replace(
        "candor.toml",
        r#"languages = ["en", "de", "nl"]"#,
        r#"languages = ["en", "nl", "de-AT", "de-CH"]"#,
    );
    common::copy_recursively(&site.path("locales/de"), &site.path("locales/de-AT"));
    site.write("locales/de-CH/site.ftl", "yes = Ja\n");
    let run = site.build(&[]);
    run.expect_code(1);
    assert!(
        run.stderr.contains("is not translated into `de-CH`"),
        "{}",
        run.stderr
    );
    assert_eq!(tree(&site.public()), before, "public/ is untouched");
    // Hundreds are missing: the terminal shows the first hundred; the JSON lists every one.
    let check = candor(&["check", &site.arg(), "--format", "json"], &[]);
    assert!(
        check.stdout.contains("`no` is not translated into `de-CH`"),
        "{}",
        check.stdout
    );
    assert!(check.stdout.contains("locales/en/chrome.ftl"));
}

#[test]
fn a_message_that_says_nothing_is_an_error() {
    let site = with_regions();
    site.build(&[]).success();
    let before = tree(&site.public());
    site.write(
        "locales/de-CH/site.ftl",
        "subprocessor-security = { \"\" }\n",
    );
    let run = site.build(&[]);
    run.expect_code(1);
    assert!(
        run.stderr
            .contains("`subprocessor-security` in `de-CH` is empty"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("locales/de-CH/site.ftl:1:1"),
        "{}",
        run.stderr
    );
    assert_eq!(tree(&site.public()), before, "public/ is untouched");
}

#[test]
fn a_region_cldr_does_not_know_is_refused() {
    let site = Site::example();
    site.replace(
        "candor.toml",
        r#"languages = ["en", "de", "nl"]"#,
        r#"languages = ["en", "de", "nl", "de-QQ", "gsw"]"#,
    );
    let run = site.build(&[]);
    run.expect_code(1);
    for tag in ["de-QQ", "gsw"] {
        assert!(
            run.stderr
                .contains(&format!("candor has no locale data for `{tag}`")),
            "{}",
            run.stderr
        );
    }
    assert!(run.stderr.contains("candor.toml:"), "{}", run.stderr);
    // qa103: `gsw` is a language tag, as told to use: it is what CLDR has no data for.
    assert!(
        !run.stderr.contains("use a BCP 47 language tag"),
        "{}",
        run.stderr
    );
    assert!(
        common::compact(&run.stderr).contains(&common::compact(
            "a well-formed tag, but CLDR has no data for it"
        )),
        "{}",
        run.stderr
    );
}

/// A region showing its parent's words copied from the source counts them as not translated,
/// as its page marks them: fr-CA was told "100.0%, 0 untranslated" beside a caption in English
/// (qa151), where a stale one it shows of its parent's counts as stale.
#[test]
fn a_region_counts_the_copied_words_it_inherits_as_untranslated() {
    let site = with_regions();
    site.replace(
        "locales/de/sections.ftl",
        "storage-caption = Wo die Daten gespeichert werden",
        "storage-caption = Where the data is stored",
    );
    site.build(&[]).success();
    let run = candor(&["check", &site.arg(), "--format", "json"], &[]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let swiss = (json["translations"].as_array().unwrap().iter())
        .find(|t| t["language"] == "de-CH")
        .unwrap();
    assert_eq!(
        swiss["inherited-untranslated"],
        serde_json::json!(["storage-caption"]),
        "{swiss}"
    );
    assert_eq!(
        swiss["current"].as_u64().unwrap() + 1,
        swiss["translated"].as_u64().unwrap(),
        "{swiss}"
    );
    let text = candor(&["check", &site.arg()], &[]);
    let line = (text.stdout.lines())
        .find(|l| l.trim_start().starts_with("de-CH "))
        .unwrap_or_default();
    assert!(line.contains(" 1 untranslated"), "{}", text.stdout);
    assert!(
        (site
            .page("de-CH")
            .all("#storage-caption span[lang='en']")
            .len())
            == 1,
        "the page marks it"
    );
}

#[test]
fn a_region_shows_the_stale_translations_it_inherits_as_stale() {
    // de-CH takes `retention-customer-may-change` from de; the English source of it changes.
    let site = with_regions();
    site.build(&[]).success();
    site.replace(
        "locales/en/sections.ftl",
        "may agree a different retention period",
        "may agree another retention period",
    );
    site.build_later(&[]).success();
    for lang in ["de", "de-CH"] {
        let notices = site.page(lang).all("#retention .stale-notice").len();
        assert_eq!(notices, 1, "{lang}: the retention section is out of date");
    }
    // check counts it as stale in de-CH too, where it is reviewed in de, not in de-CH.
    let run = candor(&["check", &site.arg(), "--format", "json"], &[]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let swiss = json["translations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["language"] == "de-CH")
        .unwrap();
    assert_eq!(
        swiss["inherited-stale"],
        serde_json::json!(["retention-customer-may-change"])
    );
    // With the source text it was translated from, and today's, as de has them (qa40).
    let id = "retention-customer-may-change";
    for (key, words) in [
        ("translated-from", "may agree a different retention period"),
        ("sources", "may agree another retention period"),
    ] {
        let text = swiss[key][id].as_str().unwrap_or_default();
        assert!(text.contains(words), "{key}: {swiss}");
    }
    assert!(swiss["completion"].as_f64().unwrap() < 1.0, "{swiss}");
    let run = candor(
        &[
            "mark-reviewed",
            &site.arg(),
            "--locale",
            "de-CH",
            "--message",
            "retention-customer-may-change",
        ],
        &[],
    );
    run.expect_code(1);
    assert!(
        common::compact(&run.stderr).contains(&common::compact(
            "candor mark-reviewed --locale de --message retention-customer-may-change"
        )),
        "{}",
        run.stderr
    );
    // Without --message, the region has nothing stale of its own, and says where its stale
    // words are reviewed.
    let run = candor(&["mark-reviewed", &site.arg(), "--locale", "de-CH"], &[]);
    run.success();
    assert!(
        common::compact(&run.stdout).contains(&common::compact(&format!(
            "no stale messages of its own in `de-CH`; those it takes from `de` (1) are reviewed there: `candor mark-reviewed {} --locale de`",
            site.arg()
        ))),
        "{}",
        run.stdout
    );
    candor(&["mark-reviewed", &site.arg(), "--locale", "de"], &[]).success();
    site.build_later(&[]).success();
    assert!(site.page("de-CH").all(".stale-notice").is_empty());
}

#[test]
fn a_region_term_lacking_a_case_its_parents_messages_ask_for_is_refused() {
    // de-CH says `-customer` its own way, with no dative: the German messages it shows ask for
    // `-customer(case: "dative")`, which would show its nominative with no word of it.
    let site = with_regions();
    site.write(
        "locales/de-CH/terms.ftl",
        "-customer = { $case ->\n   *[nominative] Kunde\n    [dativ] Kunden\n}\n",
    );
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    assert!(
        run.stderr.contains(
            "`control-body-customer` in `de-CH` asks `-customer` for the `case` `dative`, which it has no variant for"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("locales/de-CH/terms.ftl:"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_regional_language_added_later_invents_no_rewording_and_shows_its_revisions() {
    // qa44: de-AT added on 20 January, a revision of the publication of 15 January: its
    // change log said "Neu formuliert: Wer hat Zugriff auf die Daten?" of that day, comparing
    // its own words with the German ones of the publication before, which it never had;
    // revised on 25 January, its page and annex said only that the translation came later,
    // not that it was revised since.
    let site = de_at_added_after_a_publication();
    common::candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1800403200")],
    )
    .success();
    let log = common::Page::read_file(
        &site.public().join("de-AT/changes/index.html"),
        Some("de-AT"),
    );
    let told = log.text_of("[id='2027-01-15']");
    assert!(!told.contains("Neu formuliert"), "{told}");
    assert!(told.contains("ab dem 20. Jänner 2027"), "{told}");
    site.replace(
        "locales/de-AT/site.ftl",
        "Support-Team (Österreich)",
        "Support-Team (AT)",
    );
    common::candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1800835200")],
    )
    .success();
    for document in ["index.html", "annex/index.html"] {
        let page =
            common::Page::read_file(&site.public().join("de-AT").join(document), Some("de-AT"));
        let note = page.text_of(".translation-revised");
        assert!(
            note.contains("ab dem 20. Jänner 2027"),
            "{document}: {note}"
        );
        assert!(note.contains("25. Jänner 2027"), "{document}: {note}");
        assert_eq!(page.all(".translation-revised a").len(), 1, "{document}");
    }
}

#[test]
fn a_regional_language_added_with_its_parent_s_rewording_shows_the_words_it_was_added_with() {
    // qa55: de-AT added on 20 January in the same build as a German rewording, a revision of
    // the publication of 15 January: its page said the translation was revised on 20 January,
    // the day it was first shown, and its archive copy of the publication of 15 January showed
    // the German words of 15 January, with which no de-AT page was ever shown.
    let site = de_at_added_after_a_publication();
    site.replace(
        "locales/de/sections.ftl",
        "Für die Daten Ihrer Kurse und Schulungen",
        "Für die Daten Ihrer Kurse und Live-Schulungen",
    );
    common::candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1800403200")],
    )
    .success();
    for document in ["index.html", "annex/index.html"] {
        let page =
            common::Page::read_file(&site.public().join("de-AT").join(document), Some("de-AT"));
        let note = page.text_of(".translation-revised");
        assert!(
            note.contains("ab dem 20. Jänner 2027"),
            "{document}: {note}"
        );
        assert!(!note.contains("überarbeitet"), "{document}: {note}");
    }
    let page = common::Page::read_file(&site.public().join("de-AT/index.html"), Some("de-AT"));
    assert!(
        page.text_of("main")
            .contains("Ihrer Kurse und Live-Schulungen")
    );
    let copy = common::Page::read_file(
        &site.public().join("de-AT/archive/2027-01-15/index.html"),
        Some("de-AT"),
    );
    let text = copy.text_of("main");
    assert!(text.contains("Ihrer Kurse und Live-Schulungen"), "{text}");
    assert!(text.contains("Support-Team (Österreich)"), "{text}");
    // German's own copy keeps the words German was published with.
    let german = common::Page::read_file(
        &site.public().join("de/archive/2027-01-15/index.html"),
        Some("de"),
    );
    assert!(
        german
            .text_of("main")
            .contains("Ihrer Kurse und Schulungen")
    );
    assert!(
        !german
            .text_of("main")
            .contains("Ihrer Kurse und Live-Schulungen")
    );
}

/// The second example published on 15 January 2027, then `de-AT` added (one message of its
/// own), not built yet.
fn de_at_added_after_a_publication() -> Site {
    let site = crate::second_example::copy();
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 36",
        "notification-deadline-hours = 24",
    );
    common::candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1799971200")],
    )
    .success();
    site.write(
        "locales/de-AT/site.ftl",
        "access-group-support = Support-Team (Österreich)\n",
    );
    site.replace(
        "candor.toml",
        "languages = [\"en\", \"de\", \"fr\", \"ar\", \"fr-CA\"]",
        "languages = [\"en\", \"de\", \"fr\", \"ar\", \"fr-CA\", \"de-AT\"]",
    );
    site
}

#[test]
fn a_number_a_region_s_term_writes_into_its_parent_s_messages_is_warned_of() {
    // qa61: `-customer = client (depuis 2019)` in fr-CA's own terms, which French's messages
    // show on the Canadian page: French's own was warned of, once per message; fr-CA's not at
    // all, as only the messages a region writes itself were read.
    let site = crate::second_example::copy();
    site.write(
        "locales/fr-CA/terms.ftl",
        "-customer = client (depuis 2019)\n",
    );
    let check = candor(&["check", &site.arg()], &[]);
    check.success();
    assert!(
        check
            .stderr
            .contains("in `fr-CA` have a number the source does not, `2019`"),
        "{}",
        check.stderr
    );
    assert!(
        check.stderr.contains("[locales/fr-CA/terms.ftl:1:"),
        "{}",
        check.stderr
    );
    // Not French's: its page shows its own term.
    assert!(
        !check.stderr.contains("in `fr` has a number"),
        "{}",
        check.stderr
    );
}

#[test]
fn a_revision_a_regional_page_does_not_show_is_not_told_on_it() {
    // A Canadian term the same as the French (recorded: fr-CA's own words gained one), then a
    // French rewording that reads the same through it: the Canadian pages said "Cette
    // traduction a été révisée" for each, though they read as they did; the French page, whose
    // words did change, says so.
    let site = crate::second_example::copy();
    let revised = |lang: &str| {
        let page =
            common::Page::read_file(&site.public().join(lang).join("index.html"), Some(lang));
        page.all(".translation-revised")
            .first()
            .map(|_| page.text_of(".translation-revised"))
    };
    let vocabulary = site.read("locales/fr-CA/vocabulary.ftl");
    site.write(
        "locales/fr-CA/vocabulary.ftl",
        &format!("{vocabulary}\n-customer = client\n"),
    );
    common::candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1800403200")],
    )
    .success();
    assert!(
        site.read("candor.lock").contains("-customer"),
        "fr-CA's own words are recorded"
    );
    assert_eq!(revised("fr-CA"), None);
    site.replace(
        "locales/fr/sections.ftl",
        "retention-customer-may-change = Un { -customer } peut",
        "retention-customer-may-change = Un client peut",
    );
    site.replace(
        "locales/fr/terms.ftl",
        "-customer = client\n",
        "-customer = cliente\n",
    );
    common::candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1800835200")],
    )
    .success();
    assert_eq!(revised("fr-CA"), None);
    let french = revised("fr").expect("the French page's words changed");
    assert!(french.contains("25 janvier 2027"), "{french}");
    let canadian = common::Page::read_file(&site.public().join("fr-CA/index.html"), Some("fr-CA"));
    assert!(canadian.text_of("main").contains("Un client peut convenir"));
}

#[test]
fn a_translation_revised_back_to_its_published_words_is_not_told_revised() {
    // qa68: French `-customer` revised to "Client" on 3 December and back on 4 December: the
    // pages read as published, yet said "Cette traduction a été révisée le 4 décembre".
    let site = crate::second_example::copy();
    for (epoch, from, to) in [
        ("1796256000", "-customer = client\n", "-customer = Client\n"),
        ("1796342400", "-customer = Client\n", "-customer = client\n"),
    ] {
        site.replace("locales/fr/terms.ftl", from, to);
        common::candor(&["build", &site.arg()], &[("SOURCE_DATE_EPOCH", epoch)]).success();
        let page = common::Page::read_file(&site.public().join("fr/index.html"), Some("fr"));
        let told = page.all(".translation-revised").len();
        match to.contains("Client") {
            true => assert_eq!(told, 1, "revised on 3 December"),
            false => assert_eq!(told, 0, "read as published"),
        }
    }
    assert!(
        site.read("candor.lock")
            .matches("[[publication.revision]]")
            .count()
            >= 2,
        "both revisions are recorded"
    );
}

#[test]
fn a_term_given_an_argument_it_does_not_take_is_told_where_that_term_is_written() {
    // qa68: fr-CA's own term giving French `-customers` an argument it does not read: the help
    // said `-customers` was written in locales/fr-CA, where it is not.
    let site = crate::second_example::copy();
    let vocabulary = site.read("locales/fr-CA/vocabulary.ftl");
    site.write(
        "locales/fr-CA/vocabulary.ftl",
        &format!("{vocabulary}\n-customer = {{ -customers(case: \"x\") }}\n"),
    );
    let run = common::candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    assert!(
        run.stderr
            .contains("`-customers` is written in locales/fr/terms.ftl"),
        "{}",
        run.stderr
    );
}

/// A region of the source language that writes a message as the source does (`en-IE`'s
/// "Hosting", as in English) was told untranslated: `check` counted it, and its page said parts
/// were not translated yet and marked the words English inside English (qa133). The same
/// language reads the same words; only another language copies them.
#[test]
fn a_region_of_the_source_language_writing_its_words_has_copied_nothing() {
    let site = with_regions();
    let en = site.read("locales/en/site.ftl");
    let line = en
        .lines()
        .find(|l| l.starts_with("access-group-engineers ="))
        .unwrap();
    site.write("locales/en-IE/site.ftl", &format!("{line}\n"));
    site.build(&[]).success();
    let page = site.page("en-IE");
    assert!(page.all(".untranslated-notice").is_empty());
    assert!(page.all("main [lang='en']").is_empty());
    let check = candor(&["check", &site.arg()], &[]);
    check.success();
    let line = check
        .stdout
        .lines()
        .find(|l| l.trim_start().starts_with("en-IE"))
        .unwrap_or_else(|| panic!("{}", check.stdout));
    assert!(line.contains(" 0 untranslated"), "{line}");
    // Nor do its archived copies, once a later publication keeps them (qa135).
    site.replace(
        "content/retention.toml",
        "count = 2, unit",
        "count = 3, unit",
    );
    site.build_later(&[]).success();
    for path in [
        format!("en-IE/archive/{EXAMPLE_DATE_ISO}/index.html"),
        format!("en-IE/archive/{EXAMPLE_DATE_ISO}/annex/index.html"),
        "en-IE/index.html".to_string(),
    ] {
        let page = common::Page::read_file(&site.public().join(&path), Some("en-IE"));
        assert!(page.all(".untranslated-notice").is_empty(), "{path}");
        assert!(page.all("main [lang='en']").is_empty(), "{path}");
    }
}

#[test]
fn a_regions_own_stale_words_taken_out_and_put_back_are_still_stale() {
    // fr-CA's own "Équipe de soutien" was translated from "Support staff", now "Customer
    // support staff". Taken out, fr-CA shows fr's words; put back as they were, they were
    // counted current, published with no stale notice and recorded so: the record had let go
    // of what they were translated from (qa138).
    let site = crate::second_example::copy();
    site.replace(
        "locales/en/site.ftl",
        "access-group-support = Support staff",
        "access-group-support = Customer support staff",
    );
    let record = |site: &Site| {
        candor(
            &["check", &site.arg(), "--record", "--locale", "fr-CA"],
            &[],
        )
        .success();
    };
    record(&site);
    let own = site.read("locales/fr-CA/site.ftl");
    site.replace(
        "locales/fr-CA/site.ftl",
        "access-group-support = Équipe de soutien\n",
        "",
    );
    record(&site);
    site.write("locales/fr-CA/site.ftl", &own);
    let run = candor(&["check", &site.arg(), "--format", "json"], &[]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let canadian = (json["translations"].as_array().unwrap().iter())
        .find(|t| t["language"] == "fr-CA")
        .unwrap();
    assert_eq!(
        canadian["stale"],
        serde_json::json!(["access-group-support"]),
        "{canadian}"
    );
    site.build_later(&[]).success();
    assert_eq!(site.page("fr-CA").all("#access .stale-notice").len(), 1);
}

#[test]
fn marking_nothing_reviewed_writes_no_record() {
    // Nothing stale in fr-CA: its record was written all the same, with today's header over
    // the one it had (qa138).
    let site = crate::second_example::copy();
    let path = site.path("locales/fr-CA/translated-from.toml");
    let before = std::fs::metadata(&path).unwrap().modified().unwrap();
    let text = site.read("locales/fr-CA/translated-from.toml");
    let run = candor(&["mark-reviewed", &site.arg(), "--locale", "fr-CA"], &[]);
    run.success();
    assert!(run.stdout.contains("no stale messages"), "{}", run.stdout);
    assert_eq!(site.read("locales/fr-CA/translated-from.toml"), text);
    assert_eq!(
        std::fs::metadata(&path).unwrap().modified().unwrap(),
        before
    );
}

#[test]
fn recording_a_region_writes_its_record_alone() {
    // `check --record --locale fr-CA` checks fr-CA with fr, whose words it takes, and wrote
    // fr's record too: a Canadian translator's commit of locales/fr-CA left fr's record changed
    // beside it, or took in what fr's translator had not finished.
    let site = crate::second_example::copy();
    site.replace("locales/fr/chrome.ftl", "yes = Oui", "yes = Oui.");
    site.replace(
        "locales/fr-CA/site.ftl",
        "access-group-support = Équipe de soutien",
        "access-group-support = Équipe du soutien",
    );
    let french = site.read("locales/fr/translated-from.toml");
    let canadian = site.read("locales/fr-CA/translated-from.toml");
    let run = candor(
        &["check", &site.arg(), "--record", "--locale", "fr-CA"],
        &[],
    );
    run.success();
    assert!(
        run.stdout
            .contains("recorded locales/fr-CA/translated-from.toml\n"),
        "{}",
        run.stdout
    );
    assert_eq!(site.read("locales/fr/translated-from.toml"), french);
    assert_ne!(site.read("locales/fr-CA/translated-from.toml"), canadian);
    // fr's own is written when fr is recorded.
    candor(&["check", &site.arg(), "--record", "--locale", "fr"], &[]).success();
    assert_ne!(site.read("locales/fr/translated-from.toml"), french);
}
