//! The last-modified stamp: it moves when, and only when, what the site publishes changes (a fact
//! or the source-language text), and never with a translation, a reformatted file or a file time.
//! A translation revised is recorded as a revision of the publication it revises.
//!
//! Every build here runs with SOURCE_DATE_EPOCH = 2027-01-01, after the example's last
//! publication (2026-11-30), so a build that wrongly records a publication shows it.

use crate::common;

use std::time::{Duration, SystemTime};

use common::{
    EXAMPLE_DATE_ISO, LANGUAGES, LATER_DATE_ISO, LATER_EPOCH, Page, Site, assert_same_tree,
    assert_stamp, candor, tree,
};

/// Asserts every page of `site` shows the stamp `iso` (2026-11-30 or 2027-01-01).
#[track_caller]
fn assert_all_stamps(site: &Site, iso: &str) {
    for words in LANGUAGES {
        let date = if iso == EXAMPLE_DATE_ISO {
            words.example_date
        } else {
            words.later_date
        };
        assert_stamp(&site.page(words.lang), iso, date);
    }
}

#[track_caller]
fn assert_lock_unchanged(site: &Site, before: &[u8]) {
    assert!(
        site.read_bytes("candor.lock") == before,
        "candor.lock changed:\n{}",
        site.read("candor.lock")
    );
}

/// The `[[publication.revision]]` tables of the last publication in `lock`, as TOML.
fn revisions_of_the_last(lock: &str) -> Vec<toml::Value> {
    common::publications(lock)
        .last()
        .and_then(|p| p.get("revision"))
        .and_then(|r| r.as_array())
        .cloned()
        .unwrap_or_default()
}

/// The German page's archive copy of the publication of `id`.
fn archived_de(site: &Site, id: &str) -> Page {
    Page::read_file(
        &site.public().join(format!("de/archive/{id}/index.html")),
        Some("de"),
    )
}

#[test]
fn a_translation_only_change_keeps_the_date_and_is_recorded_as_a_revision() {
    let site = Site::example();
    let old_lock = site.read("candor.lock");
    common::revise_the_german_caption(&site);

    let run = site.build_later(&[]);
    run.success();
    assert!(
        !run.stdout.contains("new publication"),
        "a translation must not record a publication: {}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("recorded the translation of de as it now reads, a revision of the last"),
        "the revision is recorded, and said: {}",
        run.stdout
    );
    assert_all_stamps(&site, EXAMPLE_DATE_ISO);
    assert_eq!(
        site.page("de").text_of("#storage-caption"),
        "Hier liegen Ihre Daten",
        "the new German text is published"
    );
    // The publications are the same; the last one gained a revision of its German words, at
    // the time of the build, and keeps the words it was published with.
    let (old, new) = (
        common::publications(&old_lock),
        common::publications(&site.read("candor.lock")),
    );
    assert_eq!(site.publications(), common::publication_dates(&old_lock));
    assert_eq!(old[..old.len() - 1], new[..new.len() - 1]);
    let (mut last, was) = (new[new.len() - 1].clone(), &old[old.len() - 1]);
    let revisions = last
        .as_table_mut()
        .unwrap()
        .remove("revision")
        .expect("a revision");
    assert_eq!(&last, was, "the publication itself is as it was");
    let revisions = revisions.as_array().unwrap();
    assert_eq!(revisions.len(), 1, "{revisions:?}");
    assert_eq!(
        revisions[0]["time"].to_string(),
        "2027-01-01T00:00:00Z",
        "{revisions:?}"
    );
    let languages: Vec<&String> = revisions[0]["translations"]
        .as_table()
        .unwrap()
        .keys()
        .collect();
    assert_eq!(languages, ["de"], "only the language revised");
    assert!(
        site.read("candor.lock").contains("Hier liegen Ihre Daten"),
        "the revised words are kept"
    );

    // The archive copy keeps the words published that day, and says the translation was
    // revised since, and when.
    let archived = archived_de(&site, EXAMPLE_DATE_ISO);
    assert_eq!(
        archived.text_of("#storage-caption"),
        "Wo die Daten gespeichert werden"
    );
    let revised = archived.text_of(".archive-revised");
    assert!(revised.contains("1. Januar 2027"), "{revised}");
    // Only in the language revised.
    for lang in ["en", "nl"] {
        let copy = Page::read_file(
            &site
                .public()
                .join(format!("{lang}/archive/{EXAMPLE_DATE_ISO}/index.html")),
            Some(lang),
        );
        assert!(copy.all(".archive-revised").is_empty(), "{lang}");
    }
    // The current page and annex, in the revised words, say that they are not the words it
    // was published with, and where those are: the annex no longer claims to be in the
    // publication's words, so that two signed copies of one fingerprint can be told apart.
    let page = site.page("de");
    assert_eq!(
        page.text_of(".translation-revised"),
        "Diese Übersetzung wurde am 1. Januar 2027 überarbeitet, nach der Veröffentlichung \
         dieser Fassung. Die Fassung mit dem veröffentlichten Wortlaut lesen."
    );
    assert_eq!(
        page.one(".translation-revised a").value().attr("href"),
        Some(format!("archive/{EXAMPLE_DATE_ISO}/index.html").as_str())
    );
    let annex = Page::read_file(&site.public().join("de/annex/index.html"), Some("de"));
    assert_eq!(
        annex.text_of("[data-fact='revised'] time"),
        "1. Januar 2027"
    );
    assert_eq!(
        annex.one(".translation-revised a").value().attr("href"),
        Some(format!("../archive/{EXAMPLE_DATE_ISO}/annex/index.html").as_str())
    );
    let claims = annex.text_of("main");
    assert!(!claims.contains("mit denselben Worten"), "{claims}");
    // Its printed pages say so in their margin.
    let margin = site.read("public/de/annex/print.css");
    assert!(
        margin.contains(
            "Veröffentlichung vom 30. November 2026, Übersetzung überarbeitet am 1. Januar 2027"
        ),
        "{margin}"
    );
    for lang in ["en", "nl"] {
        assert!(
            site.page(lang).all(".translation-revised").is_empty(),
            "{lang}"
        );
        let annex = Page::read_file(
            &site.public().join(format!("{lang}/annex/index.html")),
            Some(lang),
        );
        assert!(annex.all("[data-fact='revised']").is_empty(), "{lang}");
    }

    // And --locked agrees that nothing more needs recording; a later build changes nothing.
    let lock = site.read_bytes("candor.lock");
    site.build_later(&["--locked"]).success();
    site.build(&[]).success();
    assert_lock_unchanged(&site, &lock);
}

#[test]
fn locked_refuses_a_translation_revision_not_recorded() {
    let site = Site::example();
    site.build_later(&[]).success();
    let before = tree(&site.public());
    let lock = site.read_bytes("candor.lock");
    common::revise_the_german_caption(&site);
    let run = site.build_later(&["--locked"]);
    run.expect_code(1);
    assert!(
        run.stderr
            .contains("candor.lock: the pages in `de` now show words"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("candor build"), "{}", run.stderr);
    assert_same_tree(&before, &tree(&site.public()));
    assert_lock_unchanged(&site, &lock);
}

#[test]
fn words_revised_between_publications_stay_in_the_record() {
    // 2027-01-01: the German caption is revised. 2027-01-02: a fact changes.
    let site = Site::example();
    common::revise_the_german_caption(&site);
    site.build_later(&[]).success();
    site.publish_a_change_at("1798848000").success();
    assert_eq!(
        site.publications().last().map(String::as_str),
        Some("2027-01-02")
    );
    // The publication of 2026-11-30 still says what it said that day, and that its German
    // words were revised while it was current; the new one speaks the revised words.
    let old = archived_de(&site, EXAMPLE_DATE_ISO);
    assert_eq!(
        old.text_of("#storage-caption"),
        "Wo die Daten gespeichert werden"
    );
    assert!(old.text_of(".archive-revised").contains("1. Januar 2027"));
    let new = archived_de(&site, "2027-01-02");
    assert_eq!(new.text_of("#storage-caption"), "Hier liegen Ihre Daten");
    assert!(new.all(".archive-revised").is_empty());
    // The German change log and feed say when the German words of that publication were
    // revised; no other language's does.
    let log = |lang: &str| {
        Page::read_file(
            &site.public().join(format!("{lang}/changes/index.html")),
            Some(lang),
        )
    };
    let revised = log("de").text_of(&format!("[id='{EXAMPLE_DATE_ISO}'] .revised"));
    assert!(revised.contains("1. Januar 2027"), "{revised}");
    assert!(log("de").all("[id='2027-01-02'] .revised").is_empty());
    for lang in ["en", "nl"] {
        assert!(log(lang).all(".revised").is_empty(), "{lang}");
    }
    // Once where it says it was revised, once linking the archive's copy of that wording.
    let feed = site.read("public/de/feed.xml");
    assert_eq!(feed.matches("1. Januar 2027").count(), 2, "{feed}");
    assert_eq!(
        feed.matches("Überarbeitet am 1. Januar 2027").count(),
        1,
        "{feed}"
    );
    common::candor(&["verify", site.public().to_str().unwrap()], &[]).success();
    // The revision stays with the publication it revised.
    let lock = site.read("candor.lock");
    let publications = common::publications(&lock);
    let revised = &publications[publications.len() - 2];
    assert_eq!(revised["date"].to_string(), EXAMPLE_DATE_ISO);
    assert_eq!(revised["revision"].as_array().map(Vec::len), Some(1));
    assert!(
        publications[publications.len() - 1]
            .get("revision")
            .is_none()
    );
}

#[test]
fn every_wording_a_translation_was_shown_in_stays_public() {
    // 2027-01-01 and 2027-01-02: the German caption is revised twice; 2027-01-03: a fact
    // changes. The page showed the first revision for a day: it is in no page of today's,
    // yet it was published, and someone may have signed its annex.
    let site = Site::example();
    common::revise_the_german_caption(&site);
    site.build_later(&[]).success();
    common::revise_the_german_caption_again(&site);
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1798848000")],
    )
    .success();
    site.publish_a_change_at("1798934400").success();

    let folder = format!("de/archive/{EXAMPLE_DATE_ISO}");
    let read =
        |rel: &str| Page::read_file(&site.public().join(format!("{folder}/{rel}")), Some("de"));
    // A copy of each wording, page and annex, at an address of its own, saying which it is
    // and linking the words it was published with and the wording after it.
    for (n, caption, day, later) in [
        (
            1,
            "Hier liegen Ihre Daten",
            "1. Januar 2027",
            Some("revision-2"),
        ),
        (
            2,
            "Hier werden Ihre Daten gespeichert",
            "2. Januar 2027",
            None,
        ),
    ] {
        let page = read(&format!("revision-{n}/index.html"));
        assert_eq!(page.text_of("#storage-caption"), caption);
        let notice = page.text_of(".archive-revision");
        assert!(
            notice.contains(&format!("am {day} überarbeiteten")),
            "{notice}"
        );
        let links: Vec<&str> = page
            .all(".archive-revision a")
            .iter()
            .filter_map(|a| a.value().attr("href"))
            .collect();
        let next = later.map(|l| format!("../{l}/index.html"));
        assert_eq!(
            links,
            ["../index.html"]
                .into_iter()
                .chain(next.as_deref())
                .collect::<Vec<_>>()
        );
        assert!(
            page.all(".archive-revised").is_empty(),
            "not the words of its day"
        );
        // Still the publication of its day, superseded since.
        assert!(page.text_of(".archive-notice").contains("3. Januar 2027"));
        let annex = read(&format!("revision-{n}/annex/index.html"));
        assert_eq!(annex.text_of("[data-fact='revised'] time"), day);
        assert!(annex.text_of(".archive-revision").contains(day));
        let margin = site.read(&format!("public/{folder}/revision-{n}/annex/print.css"));
        assert!(
            margin.contains(&format!("Übersetzung überarbeitet am {day}")),
            "{margin}"
        );
    }
    // The copy of its day keeps its words and links both; so do the archive and the change
    // log.
    let day_of = read("index.html");
    assert_eq!(
        day_of.text_of("#storage-caption"),
        "Wo die Daten gespeichert werden"
    );
    let hrefs = |page: &Page, selector: &str| -> Vec<String> {
        page.all(selector)
            .iter()
            .filter_map(|a| a.value().attr("href").map(str::to_string))
            .collect()
    };
    assert_eq!(
        hrefs(&day_of, ".archive-revisions a"),
        ["revision-1/index.html", "revision-2/index.html"]
    );
    assert_eq!(
        hrefs(&read("annex/index.html"), ".archive-revisions a"),
        [
            "../revision-1/annex/index.html",
            "../revision-2/annex/index.html"
        ]
    );
    let archive = Page::read_file(&site.public().join("de/archive/index.html"), Some("de"));
    let revised = hrefs(&archive, ".archive-list li li a");
    assert_eq!(revised.len(), 4, "{revised:?}");
    let log = Page::read_file(&site.public().join("de/changes/index.html"), Some("de"));
    assert_eq!(
        hrefs(&log, &format!("[id='{EXAMPLE_DATE_ISO}'] .revisions a")),
        [
            format!("../archive/{EXAMPLE_DATE_ISO}/revision-1/index.html"),
            format!("../archive/{EXAMPLE_DATE_ISO}/revision-2/index.html")
        ]
    );
    for href in revised {
        assert!(
            site.public().join("de/archive").join(&href).is_file(),
            "{href}"
        );
    }
    let feed = site.read("public/de/feed.xml");
    for n in [1, 2] {
        let link = format!("archive/{EXAMPLE_DATE_ISO}/revision-{n}/index.html");
        assert_eq!(feed.matches(&link).count(), 1, "{link} in {feed}");
    }
    // Only in the language revised.
    for lang in ["en", "nl"] {
        assert!(
            !site
                .public()
                .join(format!("{lang}/archive/{EXAMPLE_DATE_ISO}/revision-1"))
                .exists()
        );
        let copy = Page::read(&site.public(), lang);
        assert!(copy.all(".archive-revisions").is_empty(), "{lang}");
    }
    common::candor(&["verify", site.public().to_str().unwrap()], &[]).success();
}

#[test]
fn wordings_of_one_day_are_told_apart_and_one_replaced_is_not_the_current_version() {
    // qa105: two revisions of one day were both "as revised on 1 January 2027", in the archive,
    // the change log, the feed and the annexes' margins; the copy of the first said it was
    // "the current version" after the second replaced it; and words brought back to those
    // published put the feed entry's time back to the publication's.
    let site = Site::example();
    common::revise_the_german_caption(&site);
    site.build_later(&[]).success();
    common::revise_the_german_caption_again(&site);
    let an_hour_later = (LATER_EPOCH.parse::<i64>().unwrap() + 3600).to_string();
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", &an_hour_later)],
    )
    .success();
    let folder = format!("de/archive/{EXAMPLE_DATE_ISO}");
    let read =
        |rel: &str| Page::read_file(&site.public().join(format!("{folder}/{rel}")), Some("de"));
    let second = "1. Januar 2027 (2. Überarbeitung des Tages)";
    assert!(
        read("revision-1/index.html")
            .all(".archive-notice.current")
            .is_empty()
    );
    assert_eq!(
        read("revision-2/index.html")
            .all(".archive-notice.current")
            .len(),
        1
    );
    assert!(
        read("revision-1/annex/index.html")
            .all(".archive-notice.current")
            .is_empty()
    );
    assert!(
        read("revision-1/index.html")
            .text_of(".archive-revision")
            .contains(second)
    );
    assert!(
        read("revision-2/index.html")
            .text_of(".archive-revision")
            .contains(second)
    );
    let annex = Page::read_file(&site.public().join("de/annex/index.html"), Some("de"));
    assert_eq!(annex.text_of("[data-fact='revised'] time"), second);
    for css in [
        "public/de/annex/print.css",
        &format!("public/{folder}/revision-2/annex/print.css"),
    ] {
        assert!(site.read(css).contains(second), "{css}");
    }
    let archive = Page::read_file(&site.public().join("de/archive/index.html"), Some("de"));
    let listed: Vec<String> = archive
        .all(".archive-list li li a")
        .into_iter()
        .map(common::text)
        .collect();
    assert_eq!(
        listed,
        [
            "Überarbeitet am 1. Januar 2027".to_string(),
            "Anlage, überarbeitet am 1. Januar 2027".to_string(),
            format!("Überarbeitet am {second}"),
            format!("Anlage, überarbeitet am {second}"),
        ]
    );
    // Back to the words it was published with, the next day: the feed's entry changed then.
    site.replace(
        "locales/de/sections.ftl",
        "storage-caption = Hier werden Ihre Daten gespeichert",
        "storage-caption = Wo die Daten gespeichert werden",
    );
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1798848000")],
    )
    .success();
    let feed = site.read("public/de/feed.xml");
    assert_eq!(
        feed.matches("<updated>2027-01-02T00:00:00+00:00</updated>")
            .count(),
        2,
        "the feed's and its entry's: {feed}"
    );
    assert!(
        feed.contains(&format!("{EXAMPLE_DATE_ISO}/revision-3/index.html")),
        "{feed}"
    );
    common::candor(&["verify", site.public().to_str().unwrap()], &[]).success();
}

#[test]
fn reformatting_facts_and_source_text_keeps_the_date() {
    let site = Site::example();
    let lock = site.read_bytes("candor.lock");

    // The same facts: keys reordered, other whitespace, comments, a multi-line array.
    site.write(
        "content/breach.toml",
        "# Reformatted by hand: comments, blank lines and key order do not change a fact.\n\
         \n\
         \n\
         notification-deadline-hours   =   24    # hours\n\
         \n\
         monitoring = [\n\
         \x20   \"Kibana\",          # logs\n\
         \x20   \"AWS CloudTrail\",\n\
         \x20   \"AWS CloudWatch\",  # metrics\n\
         ]\n\
         \n",
    );
    // The same facts: an inline table written as a table, keys reordered.
    site.write(
        "content/retention.toml",
        "at-end = [\"return-to-customer\", \"delete\"]\n\
         customer-may-change = true\n\
         starts = 'contract-end'\n\
         \n\
         [period]\n\
         unit = \"years\"\n\
         count = 2\n",
    );
    // The same source text: comments and blank lines added, a message laid out as a block, a
    // placeable without its spaces, a message moved to the top of its file.
    let en = site.read("locales/en/sections.ftl");
    let en = en.replace(
        "\nstorage-heading =",
        "\n\n\n# A comment for translators.\n\nstorage-heading =",
    );
    let en = en.replace(
        "storage-caption = Where the data is stored",
        "storage-caption =\n    Where the data is stored",
    );
    let visitors = "visitors-heading = Website visitors and applicants\n";
    assert!(en.contains(visitors));
    let en = en.replace(visitors, "");
    site.write(
        "locales/en/sections.ftl",
        &format!("## A group comment.\n\n{visitors}\n{en}\n\n# A trailing comment.\n"),
    );
    site.replace(
        "locales/en/chrome.ftl",
        "last-modified = Last modified: { $date }",
        "last-modified = Last modified: {$date}",
    );

    let run = site.build_later(&[]);
    run.success();
    assert!(
        !run.stdout.contains("recorded"),
        "reformatting must not record a publication: {}",
        run.stdout
    );
    assert_all_stamps(&site, EXAMPLE_DATE_ISO);
    assert_lock_unchanged(&site, &lock);
}

#[test]
fn a_fact_change_records_a_new_publication() {
    let site = Site::example();
    let old_lock = site.read("candor.lock");
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 48",
    );

    let run = site.build_later(&[]);
    run.success();
    assert!(
        run.stdout.contains("recorded"),
        "a new publication is announced: {}",
        run.stdout
    );
    assert_all_stamps(&site, LATER_DATE_ISO);
    assert_eq!(
        site.publications(),
        ["2022-03-10", "2025-10-30", "2026-11-30", LATER_DATE_ISO],
        "candor.lock gains a third publication"
    );
    let publications = |lock: &str| {
        let table: toml::Table = lock.parse().expect("candor.lock is TOML");
        table["publication"]
            .as_array()
            .expect("publications")
            .clone()
    };
    let (old, new) = (
        publications(&old_lock),
        publications(&site.read("candor.lock")),
    );
    assert_eq!(
        old[..],
        new[..3],
        "the earlier publications are kept as they were"
    );
    for words in LANGUAGES {
        let breach = site.page(words.lang).text_of("section#breach");
        let numbers: Vec<&str> = breach
            .split(|c: char| !c.is_ascii_digit())
            .filter(|n| !n.is_empty())
            .collect();
        assert!(
            numbers.contains(&"48") && !numbers.contains(&"24"),
            "{}: the deadline is 48 in `{breach}`",
            words.lang
        );
    }

    // The change is recorded now: building again, later still, keeps its date and the lock.
    let lock = site.read_bytes("candor.lock");
    let run = common::candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1770000000")],
    );
    run.success();
    assert_all_stamps(&site, LATER_DATE_ISO);
    assert_lock_unchanged(&site, &lock);
    site.build(&["--locked"]).success();
}

#[test]
fn a_source_text_change_moves_the_date() {
    let site = Site::example();
    site.replace(
        "locales/en/sections.ftl",
        "storage-caption = Where the data is stored",
        "storage-caption = Where your data is kept",
    );

    site.build_later(&[]).success();
    assert_all_stamps(&site, LATER_DATE_ISO);
    assert_eq!(
        site.publications(),
        ["2022-03-10", "2025-10-30", "2026-11-30", LATER_DATE_ISO]
    );
    assert_eq!(
        site.page("en").text_of("#storage-caption"),
        "Where your data is kept"
    );
}

#[test]
fn a_source_term_change_moves_the_date_and_a_translated_term_does_not() {
    let site = Site::example();
    let lock = site.read_bytes("candor.lock");
    // Every case of the German term (it is declined).
    let terms = site.read("locales/de/terms.ftl");
    assert!(terms.contains("-customer = { $case ->"), "{terms}");
    site.write(
        "locales/de/terms.ftl",
        &terms.replace("Gesundheitsdienstleister", "Auftraggeber"),
    );
    site.build_later(&[]).success();
    assert_all_stamps(&site, EXAMPLE_DATE_ISO);
    assert_eq!(
        site.publications(),
        common::publication_dates(&String::from_utf8(lock).unwrap()),
        "no publication"
    );
    assert_eq!(revisions_of_the_last(&site.read("candor.lock")).len(), 1);
    assert!(
        site.page("de")
            .text_of("section#control")
            .contains("Auftraggeber")
    );

    site.replace(
        "locales/en/terms.ftl",
        "-customer = healthcare provider",
        "-customer = care organisation",
    );
    site.build_later(&[]).success();
    assert_all_stamps(&site, LATER_DATE_ISO);
    assert!(
        site.page("en")
            .text_of("section#control")
            .contains("care organisation")
    );
}

#[test]
fn locked_without_a_publication_says_none_is_recorded() {
    // qa97: a site never published, built --locked, was told it "has changed since the last
    // publication recorded in `candor.lock`", a file that does not exist.
    let site = Site::example();
    site.unpublished();
    let run = site.build_later(&["--locked"]);
    run.expect_code(1);
    let said = common::compact(&run.stderr);
    assert!(
        said.contains(&common::compact(
            "no publication is recorded: `candor.lock` does not exist, and --locked forbids recording the first"
        )),
        "{}",
        run.stderr
    );
    assert!(!said.contains("changed since"), "{}", run.stderr);
    assert!(!site.path("candor.lock").exists());
    assert!(!site.public().exists());
}

#[test]
fn locked_refuses_a_fact_change_and_leaves_the_output_alone() {
    let site = Site::example();
    site.build_later(&[]).success();
    let before = tree(&site.public());
    assert!(!before.is_empty());
    let lock = site.read_bytes("candor.lock");
    let receipt = site.read_bytes(".public.candor-receipt");

    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 48",
    );
    let run = site.build_later(&["--locked"]);
    run.expect_code(1);
    assert!(
        run.stderr
            .contains("candor.lock: the site has changed since the last publication"),
        "the error names candor.lock as its place:\n{}",
        run.stderr
    );
    // And the command that says what changed (qa97: it said only that something had).
    assert!(run.stderr.contains("`candor diff`"), "{}", run.stderr);

    assert_same_tree(&before, &tree(&site.public()));
    assert_lock_unchanged(&site, &lock);
    // The last build's receipt stays as it was, and no temporary output is left next to
    // public/ either.
    assert_eq!(site.read_bytes(".public.candor-receipt"), receipt);
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("candor-") || n.starts_with(".public"))
        .filter(|n| n != ".public.candor-receipt")
        .collect();
    assert!(
        leftovers.is_empty(),
        "leftovers in the site folder: {leftovers:?}"
    );
}

#[test]
fn file_times_alone_change_nothing() {
    let site = Site::example();
    site.build_later(&[]).success();
    let before = tree(&site.public());
    let lock = site.read_bytes("candor.lock");

    // Rewrite every input with its own bytes, and move its time forward a year.
    let later = SystemTime::now() + Duration::from_secs(365 * 24 * 3600);
    for (rel, bytes) in tree(site.root()) {
        if rel.starts_with("public") || rel.as_os_str() == "candor.lock" {
            continue;
        }
        let path = site.root().join(&rel);
        std::fs::write(&path, &bytes).unwrap();
        let file = std::fs::File::options().write(true).open(&path).unwrap();
        file.set_modified(later).unwrap();
    }

    let run = site.build_later(&[]);
    run.success();
    assert!(
        !run.stdout.contains("recorded"),
        "file times must not record a publication: {}",
        run.stdout
    );
    assert_all_stamps(&site, EXAMPLE_DATE_ISO);
    assert_lock_unchanged(&site, &lock);
    assert_same_tree(&before, &tree(&site.public()));
    site.build_later(&["--locked"]).success();
}

#[test]
fn check_writes_nothing() {
    let site = Site::example();
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 48",
    );
    let lock = site.read_bytes("candor.lock");
    let run = common::candor(
        &["check", &site.arg()],
        &[("SOURCE_DATE_EPOCH", common::LATER_EPOCH)],
    );
    run.success();
    assert!(!site.public().exists(), "check wrote public/");
    assert_lock_unchanged(&site, &lock);
}

#[test]
fn a_second_change_on_one_day_is_its_own_publication_in_the_record() {
    let site = Site::example();
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 48",
    );
    site.build_later(&[]).success();
    let morning = site.read("candor.lock");
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 48",
        "notification-deadline-hours = 36",
    );
    // Two hours later the same day.
    let afternoon_epoch = (LATER_EPOCH.parse::<i64>().unwrap() + 7200).to_string();
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", afternoon_epoch.as_str())],
    )
    .success();
    let lock = site.read("candor.lock");
    let publications = |text: &str| {
        let table: toml::Table = text.parse().unwrap();
        table["publication"].as_array().unwrap().clone()
    };
    assert_eq!(
        publications(&lock)[..4],
        publications(&morning)[..],
        "the morning's publication stays as it was recorded"
    );
    assert_eq!(
        site.publications(),
        [
            "2022-03-10",
            "2025-10-30",
            "2026-11-30",
            LATER_DATE_ISO,
            LATER_DATE_ISO
        ],
        "the day's second change is a second publication"
    );
    assert!(
        lock.contains("time = 2027-01-01T00:00:00Z")
            && lock.contains("time = 2027-01-01T02:00:00Z"),
        "{lock}"
    );
    let public = site.public();
    for words in LANGUAGES {
        let lang = words.lang;
        // Each has its own archive address, with its own facts.
        let morning = Page::read_file(
            &public.join(format!("{lang}/archive/2027-01-01/index.html")),
            Some(lang),
        );
        let afternoon = Page::read_file(
            &public.join(format!("{lang}/archive/2027-01-01-2/index.html")),
            Some(lang),
        );
        assert!(morning.text_of("section#breach").contains("48"), "{lang}");
        assert!(afternoon.text_of("section#breach").contains("36"), "{lang}");
        assert!(
            site.page(lang).text_of("section#breach").contains("36"),
            "{lang}"
        );
        // The change log lists both, the second named as the day's second.
        let changes = Page::read_file(
            &public.join(format!("{lang}/changes/index.html")),
            Some(lang),
        );
        let second = changes.text_of("section[id='2027-01-01-2'] h2");
        assert!(
            second.starts_with(words.later_date)
                && second.contains('2')
                && second.len() > words.later_date.len(),
            "{lang}: {second}"
        );
        assert!(
            !changes.all("section[id='2027-01-01'] h2").is_empty(),
            "{lang}"
        );
        // The feed has an entry for each, with its own id and time.
        let xml = std::fs::read(public.join(format!("{lang}/feed.xml"))).unwrap();
        let feed = feed_rs::parser::parse(&xml[..]).unwrap();
        let today: Vec<_> = feed
            .entries
            .iter()
            .filter(|e| {
                e.updated
                    .is_some_and(|u| u.format("%F").to_string() == LATER_DATE_ISO)
            })
            .map(|e| (e.id.clone(), e.updated.unwrap().format("%T").to_string()))
            .collect();
        assert_eq!(today.len(), 2, "{lang}: {today:?}");
        assert_ne!(today[0].0, today[1].0, "{lang}");
        assert!(
            today.iter().any(|(_, t)| t == "02:00:00")
                && today.iter().any(|(_, t)| t == "00:00:00"),
            "{lang}: {today:?}"
        );
    }
    candor(&["verify", &public.display().to_string()], &[]).success();
    site.build(&["--locked"]).success();
}

#[test]
fn a_publication_date_before_the_last_one_is_refused() {
    let site = Site::example();
    let lock = site.read_bytes("candor.lock");
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 48",
    );
    // 2023-11-14: before the last recorded publication, 2026-11-30.
    let run = common::candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1700000000")],
    );
    run.expect_code(1);
    assert!(
        run.stderr.contains("2026-11-30"),
        "the error names the last publication:\n{}",
        run.stderr
    );
    assert_lock_unchanged(&site, &lock);
    assert!(!site.public().exists(), "nothing is written");
}

#[test]
fn a_malformed_source_date_epoch_is_a_usage_error() {
    let site = Site::example();
    let run = common::candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "yesterday")],
    );
    run.expect_code(2);
    assert!(
        run.stderr.contains("SOURCE_DATE_EPOCH"),
        "the error names the variable:\n{}",
        run.stderr
    );
    assert!(!site.public().exists(), "nothing is written");
}

#[test]
fn a_source_date_epoch_not_in_utf8_is_a_usage_error_not_unset() {
    // qa95: `SOURCE_DATE_EPOCH=$'\xff'` was read as unset, and a fact change was recorded as
    // published today, for good.
    use std::os::unix::ffi::OsStrExt;
    let site = Site::example();
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 48",
    );
    let lock = site.read_bytes("candor.lock");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_candor"))
        .args(["build", &site.arg()])
        .env("NO_COLOR", "1")
        .env(
            "SOURCE_DATE_EPOCH",
            std::ffi::OsStr::from_bytes(b"17959\xff68"),
        )
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("SOURCE_DATE_EPOCH must be a number"),
        "{stderr}"
    );
    assert_lock_unchanged(&site, &lock);
    assert!(!site.public().exists(), "nothing is written");
}

/// The fingerprint of each publication in a candor.lock text, in order.
fn fingerprints(lock: &str) -> Vec<String> {
    common::publications(lock)
        .iter()
        .map(|p| {
            p["fingerprint"]
                .as_str()
                .expect("a fingerprint")
                .to_string()
        })
        .collect()
}

#[test]
fn a_publication_built_and_gone_from_the_lock_is_not_taken_out_of_the_output() {
    // The last publication taken out of candor.lock (an older copy restored): the build took
    // its canonical file, archive and feed entry out of the output and recorded a new
    // publication in its place, chained to the one before, and `verify` passed.
    let site = Site::example();
    site.build(&["--locked"]).success();
    let lock = site.read("candor.lock");
    let last = lock.find("[[publication]]\ndate = 2026-11-30").unwrap();
    let tail = lock.find("\n[source-maps.").unwrap() + 1;
    site.write(
        "candor.lock",
        &format!("{}{}", &lock[..last], &lock[tail..]),
    );
    let shortened = site.read_bytes("candor.lock");
    let public = tree(&site.public());
    let run = site.build_later(&[]);
    run.expect_code(1);
    assert!(
        run.stderr.contains(
            "public/history.json lists the publication of 2026-11-30, which candor.lock does not record"
        ) && run.stderr.contains("restore candor.lock from version control"),
        "{}",
        run.stderr
    );
    // `--locked` refuses it too, as a site changed since the lock's last publication.
    site.build_later(&["--locked"]).expect_code(1);
    assert_lock_unchanged(&site, &shortened);
    assert_same_tree(&public, &tree(&site.public()));
    // Never published: the output taken away, the build goes on from the lock.
    std::fs::remove_dir_all(site.public()).unwrap();
    site.build_later(&[]).success();
    assert_all_stamps(&site, LATER_DATE_ISO);
}

#[test]
fn a_revision_built_and_gone_from_the_lock_is_not_taken_out_of_the_output() {
    // The German revision taken out of candor.lock (the copy from before it restored): the
    // next build recorded the same words as a revision made that day, and took the one the
    // output published (its canonical file and its place in history.json) out of the site.
    let site = Site::example();
    site.build(&["--locked"]).success();
    let before = site.read_bytes("candor.lock");
    common::revise_the_german_caption(&site);
    site.build_later(&[]).success();
    assert_eq!(revisions_of_the_last(&site.read("candor.lock")).len(), 1);
    std::fs::write(site.path("candor.lock"), &before).unwrap();
    let public = tree(&site.public());
    // `--locked` names the record the output holds, not only the one it will not make.
    let run = common::candor(
        &["build", &site.arg(), "--locked"],
        &[("SOURCE_DATE_EPOCH", "1798848000")],
    );
    run.expect_code(1);
    assert!(
        run.stderr.contains(
            "public/history.json lists the revision of the publication of 2026-11-30 recorded at 2027-01-01T00:00:00Z, which candor.lock does not record"
        ),
        "{}",
        run.stderr
    );
    let run = common::candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1798848000")],
    );
    run.expect_code(1);
    assert!(
        run.stderr.contains(
            "public/history.json lists the revision of the publication of 2026-11-30 recorded at 2027-01-01T00:00:00Z, which candor.lock does not record"
        ) && run.stderr.contains("restore candor.lock from version control"),
        "{}",
        run.stderr
    );
    assert_lock_unchanged(&site, &before);
    assert_same_tree(&public, &tree(&site.public()));
}

#[test]
fn check_diff_and_review_say_what_build_refuses_where_public_published_since_the_lock() {
    // qa121: with an older candor.lock restored, `diff` showed the changes since its last
    // publication and exited 0, and `check` and `review` passed, where `build` refused to
    // take the publication `public/` holds out of the site's history.
    let site = Site::example();
    let before = site.read_bytes("candor.lock");
    site.publish_a_change_at(LATER_EPOCH).success();
    std::fs::write(site.path("candor.lock"), &before).unwrap();
    let public = tree(&site.public());
    let said = "public/history.json lists the publication of 2027-01-01, which candor.lock does not record";
    // A day later: recording it again would make another publication.
    let at = [("SOURCE_DATE_EPOCH", "1798848000")];
    for args in [
        vec!["check", site.root().to_str().unwrap()],
        vec!["diff", site.root().to_str().unwrap()],
        vec![
            "review",
            site.root().to_str().unwrap(),
            "--out",
            site.path("review").to_str().unwrap(),
        ],
    ] {
        let run = common::candor(&args, &at);
        run.expect_code(1);
        assert!(run.stderr.contains(said), "{args:?}: {}", run.stderr);
        assert!(
            run.stderr
                .contains("restore candor.lock from version control"),
            "{args:?}: {}",
            run.stderr
        );
    }
    assert!(!site.path("review").exists());
    assert_lock_unchanged(&site, &before);
    assert_same_tree(&public, &tree(&site.public()));
}

#[test]
fn a_lost_candor_lock_is_refused_before_anything_else_where_the_site_was_published() {
    // qa81: with candor.lock gone, a build into a new output recorded "First publication of
    // this page" with no word of the five before; into the last output, it first refused the
    // sub-processors as new ones without notice, and said to restore the lock only once their
    // days were moved. The translations' records, or the output, say the site was published.
    // Slack's change is announced on 1 January for 1 February; on 20 January the lock is gone,
    // and the change read as announced that day, with too little notice.
    let site = Site::example();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Slack\"\npersonal-data = false",
        "name = \"Slack\"\npersonal-data = true\neffective = 2027-02-01",
    );
    site.build_later(&[]).success();
    std::fs::remove_file(site.path("candor.lock")).unwrap();
    let on_the_20th = [("SOURCE_DATE_EPOCH", "1800403200")];
    // Told alone, whatever else is wrong (qa82: an unknown country hid it).
    site.replace(
        "content/storage.toml",
        "country = \"DE\"",
        "country = \"UK\"",
    );
    let refused = |says: &str| {
        let public = site.public().exists().then(|| tree(&site.public()));
        // (Nor does `mark-reviewed` write a record, qa82.)
        for args in [
            vec!["build"],
            vec!["check"],
            vec!["diff"],
            vec!["mark-reviewed", "--locale", "de"],
        ] {
            let record = || std::fs::read(site.path("locales/de/translated-from.toml")).ok();
            let before = record();
            let run = common::candor(&[&args[..], &[site.arg().as_str()]].concat(), &on_the_20th);
            assert_eq!(before, record(), "{args:?}");
            run.expect_code(1);
            let said = common::compact(&run.stderr);
            // `build` reads its output's history first, where it holds one: that error names
            // the publications the lock lost.
            let says = match args[0] == "build" && site.public().exists() {
                true => "which candor.lock does not record",
                false => says,
            };
            for words in [says, "restore candor.lock from version control"] {
                assert!(
                    said.contains(&common::compact(words)),
                    "{args:?}: {}",
                    run.stderr
                );
            }
            // `mark-reviewed` says too that it marked nothing, for that error.
            let besides = usize::from(args[0] == "mark-reviewed");
            assert_eq!(
                run.stderr.matches('×').count(),
                1 + besides,
                "{args:?}: {}",
                run.stderr
            );
            assert!(!site.path("candor.lock").exists(), "{args:?}");
            assert_eq!(
                site.public().exists().then(|| tree(&site.public())),
                public,
                "{args:?}"
            );
        }
    };
    refused("candor.lock: not found, though locales/de/translated-from.toml records");
    // Without the records, the output holds the history (qa82: only `build` saw it).
    let records: Vec<(String, Vec<u8>)> = ["de", "nl"]
        .iter()
        .map(|lang| {
            let path = format!("locales/{lang}/translated-from.toml");
            let bytes = site.read_bytes(&path);
            std::fs::remove_file(site.path(&path)).unwrap();
            (path, bytes)
        })
        .collect();
    refused("candor.lock: not found, though public/history.json lists the site's publications");
    // Into a new output, the records still tell.
    let elsewhere = tempfile::tempdir().unwrap();
    let out = elsewhere.path().join("out");
    std::fs::rename(site.public(), &out).unwrap();
    for (path, bytes) in &records {
        std::fs::write(site.path(path), bytes).unwrap();
    }
    refused("candor.lock: not found, though locales/de/translated-from.toml records");
    // The record of a language no longer configured tells it too (qa83).
    for (path, _) in &records {
        std::fs::remove_file(site.path(path)).unwrap();
    }
    std::fs::create_dir(site.path("locales/fr")).unwrap();
    std::fs::write(site.path("locales/fr/translated-from.toml"), "[messages]\n").unwrap();
    refused("candor.lock: not found, though locales/fr/translated-from.toml records");
    std::fs::remove_dir_all(site.path("locales/fr")).unwrap();
    // An output given elsewhere that holds the history is told first, alone, too (qa83).
    common::candor(
        &["build", &site.arg(), "--out", out.to_str().unwrap()],
        &on_the_20th,
    )
    .refused_alone("which candor.lock does not record");
    site.replace(
        "content/storage.toml",
        "country = \"UK\"",
        "country = \"DE\"",
    );
    site.replace(
        "content/subprocessors.toml",
        "effective = 2027-02-01",
        "effective = 2027-03-01",
    );
    // Pseudo-localized pages in the default output are no publication (qa83).
    let public = site.public().to_string_lossy().into_owned();
    common::candor(
        &["build", &site.arg(), "--pseudo", "--out", &public],
        &on_the_20th,
    )
    .success();
    assert!(site.path("public/history.json").exists());
    common::candor(&["check", &site.arg()], &on_the_20th).success();
    std::fs::remove_dir_all(site.public()).unwrap();
    common::candor(&["build", &site.arg()], &on_the_20th).success();
    assert!(site.path("candor.lock").exists());
}

#[test]
fn a_version_3_lock_publishes_the_same_and_its_next_publication_keeps_each_text_once() {
    // The example's history as version 3 wrote it: the source text in every publication.
    let v3 = std::fs::read_to_string(
        std::path::Path::new(common::REPO).join("tests/fixtures/lock-v3/candor.lock"),
    )
    .unwrap();
    assert!(v3.contains("\nversion = 3\n"));
    // The same history as version 4 first rewrote it. The site's words changed since (a
    // message was added), so each records a new publication of them.
    let v4 = std::fs::read_to_string(
        std::path::Path::new(common::REPO).join("tests/fixtures/lock-v3/rewritten-as-v4.lock"),
    )
    .unwrap();
    let (old, new) = (Site::example(), Site::example());
    old.write("candor.lock", &v3);
    new.write("candor.lock", &v4);
    // Read as it is: `check` leaves the file as it was.
    candor(&["check".to_string(), old.arg()], &[]).success();
    assert_lock_unchanged(&old, v3.as_bytes());

    // A new publication rewrites it in version 5: every fingerprint as it was, and the source
    // text kept once for each publication that changed it; the same pages, feeds, archive,
    // history files and candor.lock as the version 4 file gives.
    old.build_later(&[]).success();
    new.build_later(&[]).success();
    assert_same_tree(&tree(&old.public()), &tree(&new.public()));
    let rewritten = old.read("candor.lock");
    assert_eq!(rewritten, new.read("candor.lock"));
    assert!(rewritten.contains("\nversion = 5\n"), "{rewritten}");
    let (before, after) = (fingerprints(&v3), fingerprints(&rewritten));
    assert_eq!(after.len(), before.len() + 1);
    assert_eq!(after[..before.len()], before[..]);
    let distinct_words = v3
        .split("\n[publication.snapshot.source]\n")
        .skip(1)
        .map(|rest| rest.split("\n[").next().unwrap())
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    assert!(
        distinct_words < before.len(),
        "two publications share their words"
    );
    // The new publication's words are new too.
    assert_eq!(
        rewritten.matches("\n[source-maps.").count(),
        distinct_words + 1,
        "{rewritten}"
    );
    assert_eq!(
        rewritten.matches("\nsource = \"sha256:").count(),
        after.len()
    );
    // It reads back: a build changes nothing, and the history checks.
    old.build_later(&["--locked"]).success();
    assert_lock_unchanged(&old, rewritten.as_bytes());
    let verify = candor(
        &["verify".to_string(), old.public().display().to_string()],
        &[],
    );
    verify.success();
    assert!(
        verify
            .stdout
            .contains(&format!("{} publications", after.len())),
        "{}",
        verify.stdout
    );
}

#[test]
fn an_archived_translation_keeps_the_terms_it_was_published_with() {
    // A publication on 2027-01-01; then the German and Dutch terms for the customers change.
    // The archived pages of that publication still say what it said.
    let site = Site::example();
    site.publish_a_change_at(LATER_EPOCH).success();
    let archived = |lang: &str| {
        let page = Page::read_file(
            &site
                .public()
                .join(lang)
                .join(format!("archive/{LATER_DATE_ISO}/index.html")),
            Some(lang),
        );
        common::text(page.one("#breach"))
    };
    let before = [archived("de"), archived("nl")];
    assert!(
        before[0].contains("Gesundheitsdienstleister"),
        "{}",
        before[0]
    );
    site.replace(
        "locales/de/terms.ftl",
        "-customers = Gesundheitsdienstleister",
        "-customers = Kliniken",
    );
    let nl = site.read("locales/nl/terms.ftl");
    let term = nl
        .lines()
        .find(|line| line.starts_with("-customers = "))
        .expect("a Dutch term for the customers")
        .to_string();
    site.replace("locales/nl/terms.ftl", &term, "-customers = klinieken");
    site.build_later(&[]).success();
    assert!(site.page("de").text_of("#breach").contains("Kliniken"));
    assert_eq!([archived("de"), archived("nl")], before);
}

#[test]
fn a_revision_recorded_before_its_publication_is_refused() {
    let site = Site::example();
    common::revise_the_german_caption(&site);
    site.build_later(&[]).success();
    let lock = site.read("candor.lock");
    assert_eq!(lock.matches("time = 2027-01-01T00:00:00Z").count(), 1);
    site.write(
        "candor.lock",
        &lock.replace("time = 2027-01-01T00:00:00Z", "time = 2026-11-01T00:00:00Z"),
    );
    let before = tree(&site.public());
    let run = site.build_later(&[]);
    run.expect_code(1);
    assert!(
        run.stderr.contains(
            "a revision of the publication of 2026-11-30 in `candor.lock` was recorded at 2026-11-01T00:00:00Z, before 2026-11-30T00:00:00Z"
        ),
        "{}",
        run.stderr
    );
    assert_same_tree(&before, &tree(&site.public()));
}

#[test]
fn a_language_added_after_a_publication_in_the_source_alone_is_recorded_and_said_later() {
    // A publication in English alone: it recorded no translation, because there was none.
    let site = Site::example();
    let all = "languages = [\"en\", \"de\", \"nl\"]";
    site.replace("candor.toml", all, "languages = [\"en\"]");
    site.publish_a_change_at(common::LATER_EPOCH).success();
    // German and Dutch come back the next day, with no fact changed.
    site.replace("candor.toml", "languages = [\"en\"]", all);
    let run = candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1798848000")],
    );
    run.success();
    assert!(!run.stdout.contains("new publication"), "{}", run.stdout);

    // Their first words are recorded as a revision of that publication, so that its archive
    // copies in German and Dutch keep them, whatever the translators change later.
    let lock = site.read("candor.lock");
    let revisions = revisions_of_the_last(&lock);
    assert_eq!(revisions.len(), 1, "{revisions:?}");
    let languages: Vec<&String> = revisions[0]["translations"]
        .as_table()
        .unwrap()
        .keys()
        .collect();
    assert_eq!(languages, ["de", "nl"], "{revisions:?}");

    // The copies do not claim that a German or Dutch page was published that day, and say
    // from when it was; the German copy of the publication before, which was published in
    // German, claims nothing of the kind.
    let later = "Diese Übersetzung entstand später: In dieser Sprache war die Seite ab dem 2. Januar 2027 veröffentlicht.";
    let copy = archived_de(&site, common::LATER_DATE_ISO);
    assert_eq!(copy.text_of(".archive-notice .archive-later"), later);
    let nl = Page::read_file(
        &site
            .public()
            .join(format!("nl/archive/{}/index.html", common::LATER_DATE_ISO)),
        Some("nl"),
    );
    assert_eq!(nl.all(".archive-notice .archive-later").len(), 1);
    assert!(
        archived_de(&site, EXAMPLE_DATE_ISO)
            .all(".archive-later")
            .is_empty()
    );
    // Its entry in the German feed, and the feed, were updated when German came, not before
    // (qa148: dated the publication's day, a day before the language existed).
    let feed = site.read_bytes("public/de/feed.xml");
    let feed = feed_rs::parser::parse(&feed[..]).expect("a valid feed");
    let entry = (feed.entries.iter())
        .find(|e| e.id.ends_with(&format!("/{}", common::LATER_DATE_ISO)))
        .expect("the publication's entry");
    let came = Some("2027-01-02T00:00:00+00:00".to_string());
    assert_eq!(entry.updated.map(|d| d.to_rfc3339()), came);
    assert_eq!(feed.updated.map(|d| d.to_rfc3339()), came);

    // A German revision afterwards leaves the copy's first German words alone.
    common::revise_the_german_caption(&site);
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1798934400")],
    )
    .success();
    assert_eq!(
        archived_de(&site, common::LATER_DATE_ISO).text_of("#storage-caption"),
        "Wo die Daten gespeichert werden"
    );
}

/// A translation revised changes its entries in that language's feed: a feed reader sees them
/// updated on the day of the revision, published on the day of the publication, and the feed
/// updated with them. The other languages' feeds do not change.
#[test]
fn a_revised_translation_updates_its_feed_entry() {
    let site = Site::example();
    site.build(&[]).success();
    let feeds = |lang: &str| site.read_bytes(&format!("public/{lang}/feed.xml"));
    let (en, nl) = (feeds("en"), feeds("nl"));
    common::revise_the_german_caption(&site);
    site.build_later(&[]).success();
    let feed = feed_rs::parser::parse(&feeds("de")[..]).expect("a valid feed");
    let entry = feed
        .entries
        .iter()
        .find(|e| e.id.ends_with(&format!("/{EXAMPLE_DATE_ISO}")))
        .expect("the revised publication's entry");
    let revised = Some("2027-01-01T00:00:00+00:00".to_string());
    assert_eq!(entry.updated.map(|d| d.to_rfc3339()), revised);
    assert_eq!(feed.updated.map(|d| d.to_rfc3339()), revised);
    assert!(
        entry
            .published
            .is_some_and(|p| p.to_rfc3339().starts_with(EXAMPLE_DATE_ISO)),
        "{:?}",
        entry.published
    );
    // Its older entries are as they were.
    assert!(
        feed.entries
            .iter()
            .filter(|e| e.id != entry.id)
            .all(|e| e.updated.map(|d| d.to_rfc3339()) < revised)
    );
    assert_eq!(feeds("en"), en);
    assert_eq!(feeds("nl"), nl);
    // And `verify` holds the entry to its publication's time by `published`.
    let public = site.public();
    common::candor(&["verify", public.to_str().unwrap()], &[]).success();
}

/// The review pages are read by lawyers before a publication and are not published: their
/// words are no part of the record. Rewording them, in the original or in a translation, is no
/// publication and no revision, and moves no page's date; the review pages speak the new words.
#[test]
fn the_review_pages_words_are_no_publication_and_no_revision() {
    let site = Site::example();
    let before = site.read_bytes("candor.lock");
    site.replace(
        "locales/en/changes.ftl",
        "review-none = Nothing changed since the last publication.",
        "review-none = Nothing has changed since the last publication.",
    );
    site.replace(
        "locales/de/changes.ftl",
        "review-none = Seit der letzten Veröffentlichung hat sich nichts geändert.",
        "review-none = Seit der letzten Veröffentlichung hat sich gar nichts geändert.",
    );

    let run = site.build_later(&["--locked"]);
    run.success();
    site.build_later(&[]).success();
    assert_lock_unchanged(&site, &before);
    assert_all_stamps(&site, EXAMPLE_DATE_ISO);
    let archived = archived_de(&site, EXAMPLE_DATE_ISO);
    assert!(
        archived.all(".archive-revised").is_empty(),
        "the German page's words are as published: {}",
        archived.text_of("main")
    );

    // The review pages say it in the new words.
    let out = site.path("review");
    candor(
        &["review", &site.arg(), "--out", out.to_str().unwrap()],
        &[("SOURCE_DATE_EPOCH", LATER_EPOCH)],
    )
    .success();
    let review = Page::read(&out, "en").readable_text();
    assert!(
        review.contains("Nothing has changed since the last publication."),
        "{review}"
    );

    // The next publication records none of them, and tells of none, in any language.
    site.publish_a_change_at(LATER_EPOCH).success();
    let lock = site.read("candor.lock");
    assert_eq!(site.publications().last().unwrap(), LATER_DATE_ISO);
    for words in LANGUAGES {
        let path = format!("{}/changes/index.html", words.lang);
        let log = Page::read_file(&site.public().join(path), Some(words.lang));
        let newest: Vec<String> = log
            .all(&format!("[id='{LATER_DATE_ISO}'] li"))
            .into_iter()
            .map(common::text)
            .collect();
        assert_eq!(newest.len(), 1, "the fact alone: {newest:?}");
    }
    let recorded = common::publications(&lock);
    let newest = recorded.last().unwrap().to_string();
    assert!(!newest.contains("review-"), "{newest}");
    let sources = lock.split("[source-maps").last().unwrap();
    assert!(
        !sources.contains("Nothing has changed since"),
        "the new source text is recorded without the review pages' words"
    );
}

#[test]
fn a_publication_dated_before_yesterday_is_refused() {
    // qa97: `SOURCE_DATE_EPOCH=0`, or the 315532800 (1 January 1980) a Nix shell exports,
    // recorded a first publication of 1970 or 1980 for good: every page, the change log and
    // the history dated falsely. A CI run that sets it to its commit's time dates a
    // publication the day of the commit, not the day it goes live, and shortens the notice
    // period by the days between. A publication is dated the day it is made: yesterday is
    // today somewhere, and is recorded.
    let clock = ("CANDOR_NOW_FOR_TESTS", "1796428800"); // 2026-12-05
    let site = Site::example();
    site.unpublished();
    let run = candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "315532800"), clock],
    );
    run.expect_code(1);
    assert!(
        common::compact(&run.stderr).contains(&common::compact(
            "the new publication would be dated 1980-01-01, before yesterday (2026-12-04) by this machine's clock"
        )),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("unset SOURCE_DATE_EPOCH"),
        "{}",
        run.stderr
    );
    assert!(!site.path("candor.lock").exists());
    assert!(!site.public().exists());

    // A later publication, and a translation's revision, alike; `check` and `diff` say so
    // as `build` does (qa74).
    let site = Site::example();
    site.build(&[]).success();
    let (lock, public) = (site.read("candor.lock"), tree(&site.public()));
    let three_days_ago = ("SOURCE_DATE_EPOCH", "1796169600"); // 2026-12-02
    for (file, from, to, what) in [
        (
            "content/breach.toml",
            "notification-deadline-hours = 24",
            "notification-deadline-hours = 48",
            "the new publication",
        ),
        (
            "locales/de/sections.ftl",
            "Ihre Daten",
            "Ihre Daten (neu)",
            "the translation's revision",
        ),
    ] {
        let before = site.read(file);
        site.replace(file, from, to);
        for command in ["build", "check", "diff"] {
            let run = candor(&[command, &site.arg()], &[three_days_ago, clock]);
            run.expect_code(1);
            assert!(
                common::compact(&run.stderr).contains(&common::compact(&format!(
                    "{what} would be dated 2026-12-02, before yesterday (2026-12-04) by this machine's clock"
                ))),
                "{command}: {}",
                run.stderr
            );
        }
        assert_eq!(site.read("candor.lock"), lock);
        assert_same_tree(&public, &tree(&site.public()));
        site.write(file, &before);
    }
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 48",
    );
    let yesterday = ("SOURCE_DATE_EPOCH", "1796342400"); // 2026-12-04
    candor(&["build", &site.arg()], &[yesterday, clock]).success();
    assert!(site.read("candor.lock").contains("date = 2026-12-04"));
}

#[test]
fn a_publication_dated_after_the_clock_is_refused() {
    // qa73: a SOURCE_DATE_EPOCH with a digit too many recorded a publication of 2539 (and
    // `verify` passed it): every page dated falsely, and no later publication possible before
    // then. A day ahead of the clock is today somewhere, and is recorded.
    let site = Site::example();
    site.build(&[]).success();
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 48",
    );
    let (lock, public) = (site.read("candor.lock"), tree(&site.public()));
    let clock = ("CANDOR_NOW_FOR_TESTS", "1796428800"); // 2026-12-05
    let run = candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "17959968000"), clock],
    );
    run.expect_code(1);
    assert!(
        common::compact(&run.stderr).contains(&common::compact(
            "the new publication would be dated 2539-02-17, after tomorrow (2026-12-06) by this machine's clock"
        )),
        "{}",
        run.stderr
    );
    // `check` and `diff` say so too: `diff` exits 1 where `build` would refuse (qa74).
    for command in ["check", "diff"] {
        let run = candor(
            &[command, &site.arg()],
            &[("SOURCE_DATE_EPOCH", "17959968000"), clock],
        );
        run.expect_code(1);
        assert!(
            run.stderr.contains("after tomorrow"),
            "{command}: {}",
            run.stderr
        );
    }
    assert_eq!(site.read("candor.lock"), lock);
    assert_same_tree(&public, &tree(&site.public()));
    let tomorrow = ("SOURCE_DATE_EPOCH", "1796515200"); // 2026-12-06
    candor(&["build", &site.arg()], &[tomorrow, clock]).success();
    assert!(site.read("candor.lock").contains("date = 2026-12-06"));
}

#[test]
fn an_annex_in_a_revised_wording_names_the_revision_s_fingerprint_and_file() {
    // qa119, qa120: a German annex signed in a revised wording named only its publication's
    // fingerprint, which covers no word of that wording (the publication was recorded before
    // fingerprints covered translations, or its words were revised since): the revision's
    // own fingerprint, which does, was in history.json alone.
    let site = Site::example();
    common::revise_the_german_caption(&site);
    site.build_later(&[]).success();
    let lock = site.read("candor.lock");
    let revision = &revisions_of_the_last(&lock)[0];
    let fingerprint = revision["fingerprint"].as_str().unwrap();
    let canonical = "history/2026-11-30/revised-20270101T000000Z.json";
    let published = common::publications(&lock).last().unwrap()["fingerprint"]
        .as_str()
        .unwrap()
        .to_string();
    for (annex, root) in [
        ("de/annex/index.html", "../../"),
        (
            "de/archive/2026-11-30/revision-1/annex/index.html",
            "../../../../../",
        ),
    ] {
        let page = Page::read_file(&site.public().join(annex), Some("de"));
        assert_eq!(page.text_of("[data-fact='revised'] td"), "1. Januar 2027");
        // The fingerprint to cite is the one that covers its words: the revision's.
        assert_eq!(
            page.text_of("[data-fact='fingerprint'] td"),
            fingerprint,
            "{annex}"
        );
        assert_eq!(
            page.one("[data-fact='canonical'] a").value().attr("href"),
            Some(format!("{root}{canonical}").as_str()),
            "{annex}"
        );
        // The publication's stands beside its date.
        assert_eq!(
            page.text_of("[data-fact='date'] td"),
            format!("30. November 2026 {published} history/2026-11-30.json"),
            "{annex}"
        );
    }
    // The copy of the publication's day, and the languages not revised, name none.
    for (annex, lang) in [
        ("de/archive/2026-11-30/annex/index.html", "de"),
        ("nl/annex/index.html", "nl"),
        ("en/annex/index.html", "en"),
    ] {
        let page = Page::read_file(&site.public().join(annex), Some(lang));
        assert!(!page.text_of("main").contains(fingerprint), "{annex}");
    }
    common::candor(&["verify", site.public().to_str().unwrap()], &[]).success();
    // A fingerprint of no revision of that publication there is still refused.
    let path = "public/de/annex/index.html";
    let forged = format!("sha256:{}", "ab".repeat(32));
    site.replace(path, fingerprint, &forged);
    let run = common::candor(&["verify", site.public().to_str().unwrap()], &[]);
    run.expect_code(1);
    assert!(
        run.stderr
            .contains(&format!("names the fingerprint {forged}")),
        "{}",
        run.stderr
    );
}

#[test]
fn diff_says_its_translations_are_compared_with_their_last_revision() {
    // qa120: after a recorded German revision, `diff` said "changes since the publication of
    // 2026-11-30" and listed only what changed since the revision, the revision's own changes
    // not among them: it did not say which words it compared with.
    let site = Site::example();
    common::revise_the_german_caption(&site);
    site.build_later(&[]).success();
    site.replace(
        "locales/de/annex.ftl",
        "annex-fingerprint = Fingerabdruck",
        "annex-fingerprint = Digitaler Fingerabdruck",
    );
    let at = [("SOURCE_DATE_EPOCH", "1798848000")];
    let run = common::candor(&["diff", &site.arg()], &at);
    run.success();
    assert!(
        run.stdout.starts_with(
            "changes since the publication of 2026-11-30, its translations as revised at 2027-01-01T00:00:00Z:\n"
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("  de: annex-fingerprint\n"),
        "{}",
        run.stdout
    );
    let run = common::candor(&["diff", &site.arg(), "--format", "json"], &at);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["since"], "2026-11-30");
    assert_eq!(json["revised"], "2027-01-01T00:00:00Z");
    assert_eq!(
        json["translations"]["de"],
        serde_json::json!(["annex-fingerprint"])
    );
}

#[test]
fn an_annex_in_a_language_added_since_its_publication_names_the_revision_that_added_it() {
    // qa123: a language added while a publication is current is recorded by a revision, whose
    // fingerprint covers its words; its annex named only the publication's, which covers none
    // of them (the publication's translations are the languages of its day).
    let site = Site::example();
    site.add_language_copied_from("nl", "af");
    site.build_later(&[]).success();
    let lock = site.read("candor.lock");
    let revision = &revisions_of_the_last(&lock)[0];
    assert!(revision["translations"].get("af").is_some(), "{revision}");
    let fingerprint = revision["fingerprint"].as_str().unwrap();
    let annex = Page::read_file(&site.public().join("af/annex/index.html"), Some("af"));
    assert_eq!(annex.text_of("[data-fact='fingerprint'] td"), fingerprint);
    assert_eq!(
        annex.one("[data-fact='canonical'] a").value().attr("href"),
        Some("../../history/2026-11-30/revised-20270101T000000Z.json")
    );
    // So does the archive's copy of that publication in it, which shows the same words.
    let copy = Page::read_file(
        &site.public().join("af/archive/2026-11-30/annex/index.html"),
        Some("af"),
    );
    assert_eq!(copy.text_of("[data-fact='fingerprint'] td"), fingerprint);
    common::candor(&["verify", site.public().to_str().unwrap()], &[]).success();
}
