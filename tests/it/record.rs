//! The sub-processor record (issue 15): purpose, where data is processed, the transfer that
//! follows from it, groups, and the other fields, read back from every language's page and from
//! the machine-readable files.

use crate::common;

use std::process::Command;

use common::{LATER_DATE_ISO, LATER_EPOCH, Page, Site, candor, text};

/// The lines of `lang`'s change log under the publication of `day`, without isolation marks.
fn logged_on(site: &Site, lang: &str, day: &str) -> Vec<String> {
    let log = Page::read_file(
        &site.public().join(lang).join("changes/index.html"),
        Some(lang),
    );
    log.all(&format!("[id='{day}'] li"))
        .into_iter()
        .map(|li| common::without_isolates(&text(li)))
        .collect()
}

/// Whether `stderr` says `words`, however the report wrapped them.
fn says(stderr: &str, words: &str) -> bool {
    common::compact(stderr).contains(&common::compact(words))
}

/// The example with AWS and Slack given the new fields, Slack's transfer on the Data Privacy
/// Framework with standard contractual clauses as fallback.
fn example_with_records() -> Site {
    let site = Site::example_without_notice();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Amazon Web Services (AWS)\"\npersonal-data = true\noutside-eea = false\n",
        "name = \"Amazon Web Services (AWS)\"\npersonal-data = true\npurpose = \"hosting\"\ncountries = [\"DE\"]\ngroup = \"infrastructure\"\nheadquarters = \"US\"\ndata-categories = [\"identity-contact\", \"programme-health-data\"]\ndata-subjects = [\"patients\"]\n",
    );
    site.replace(
        "content/subprocessors.toml",
        "name = \"Slack\"\npersonal-data = false\noutside-eea = true\nmechanism = \"standard-contractual-clauses\"\n",
        "name = \"Slack\"\npersonal-data = false\npurpose = \"communication\"\ncountries = [\"US\", \"IE\"]\ngroup = \"service-provider\"\nmechanism = \"data-privacy-framework\"\nfallback = \"standard-contractual-clauses\"\ncontact = \"mailto:privacy@slack.com\"\n",
    );
    site
}

/// The headings of the table captioned `caption` on `page`, and its rows' cells by row id.
fn table(page: &Page, caption: &str) -> (Vec<String>, Vec<(String, Vec<String>)>) {
    let table = format!("table:has(#{caption})");
    let headings = page
        .all(&format!("{table} thead th"))
        .into_iter()
        .map(|h| common::without_isolates(&text(h)))
        .collect();
    let rows = page
        .all(&format!("{table} tbody tr[id]"))
        .into_iter()
        .map(|row| {
            let cells = row
                .select(&common::sel("td"))
                .map(|c| common::without_isolates(&text(c)))
                .collect();
            (row.value().attr("id").unwrap().to_string(), cells)
        })
        .collect();
    (headings, rows)
}

/// A column only one table's rows fill is that table's: a sub-processor announced with a
/// purpose and countries gave the table of engaged ones both columns, blank in every row, where
/// a blank reads as "nowhere" (qa30). Where some rows of a table fill a column and others do
/// not, the others say the fact is not stated, as the annex does.
#[test]
fn a_column_is_shown_in_the_table_whose_rows_fill_it_and_a_blank_says_not_stated() {
    let site = Site::example_without_notice();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Slack\"\npersonal-data = false\n",
        "name = \"Slack\"\npersonal-data = false\npurpose = \"communication\"\n",
    );
    let list = site.read("content/subprocessors.toml");
    site.write(
        "content/subprocessors.toml",
        &format!("{list}\n[[subprocessor]]\nname = \"Sentry\"\npersonal-data = false\ncountries = [\"US\"]\nmechanism = \"standard-contractual-clauses\"\neffective = 2027-03-01\n"),
    );
    site.build_later(&[]).success();
    for (lang, purpose, places, not_stated) in [
        ("en", "Purpose", "Where data is processed", "Not stated"),
        ("de", "Zweck", "Ort der Verarbeitung", "Nicht angegeben"),
        ("nl", "Doel", "Plaats van verwerking", "Niet vermeld"),
    ] {
        let page = site.page(lang);
        let (engaged, rows) = table(&page, "subprocessors-caption");
        assert!(
            engaged.contains(&purpose.to_string()),
            "{lang}: {engaged:?}"
        );
        assert!(
            !engaged.contains(&places.to_string()),
            "{lang}: {engaged:?}"
        );
        assert_eq!(engaged.len(), 6, "{lang}: {engaged:?}");
        for (id, cells) in &rows {
            assert_eq!(cells.len(), 5, "{lang} {id}: {cells:?}");
            assert!(!cells[0].is_empty(), "{lang} {id}: a blank purpose");
            if id != "subprocessor-slack" {
                assert_eq!(cells[0], not_stated, "{lang} {id}");
            }
        }
        let (announced, rows) = table(&page, "subprocessors-caption-upcoming");
        assert!(
            announced.contains(&places.to_string()),
            "{lang}: {announced:?}"
        );
        assert!(
            !announced.contains(&purpose.to_string()),
            "{lang}: {announced:?}"
        );
        assert_eq!(rows.len(), 1, "{lang}");
        assert_eq!(rows[0].1.len(), 5, "{lang}: {:?}", rows[0].1);
    }
}

#[test]
fn purpose_location_mechanism_and_group_are_read_back_in_every_language() {
    let site = example_with_records();
    let run = site.build_later(&[]);
    run.success();
    for (lang, purpose, hosting, places, mechanism, groups) in [
        (
            "en",
            "Internal communication",
            "Hosting and infrastructure",
            "United States and Ireland",
            "EU-US Data Privacy Framework; fallback: Standard contractual clauses",
            ["Infrastructure", "Service providers"],
        ),
        (
            "de",
            "Interne Kommunikation",
            "Hosting und Infrastruktur",
            "Vereinigte Staaten und Irland",
            "EU-US-Datenschutzrahmen (Data Privacy Framework); ersatzweise: Standardvertragsklauseln",
            ["Infrastruktur", "Dienstleister"],
        ),
        (
            "nl",
            "Interne communicatie",
            "Hosting en infrastructuur",
            "Verenigde Staten en Ierland",
            "EU-VS Data Privacy Framework; terugval: Standaardcontractbepalingen",
            ["Infrastructuur", "Dienstverleners"],
        ),
    ] {
        let page = site.page(lang);
        let clean = |s: String| common::without_isolates(&s);
        let cell = |row: &str, n: usize| clean(text(page.all(&format!("tr#{row} td"))[n]));
        // Columns: purpose, where, personal data, outside the EEA, mechanism, security.
        assert_eq!(cell("subprocessor-slack", 0), purpose, "{lang}");
        assert_eq!(cell("subprocessor-slack", 1), places, "{lang}");
        assert_eq!(cell("subprocessor-slack", 4), mechanism, "{lang}");
        assert_eq!(
            cell("subprocessor-amazon-web-services-aws", 0),
            hosting,
            "{lang}"
        );
        // Rows without a group first, then each group under its heading, in the table's
        // order.
        let headings: Vec<String> = page
            .all("table:has(#subprocessors-caption) th[scope=rowgroup]")
            .into_iter()
            .map(text)
            .collect();
        assert_eq!(headings, groups, "{lang}");
        let first_tbody = page.all("table:has(#subprocessors-caption) tbody")[0];
        assert!(
            first_tbody
                .select(&common::sel("th[scope=rowgroup]"))
                .next()
                .is_none(),
            "{lang}: the ungrouped rows come first, under no heading"
        );
        // Every column has its heading, and a rowgroup heading spans them all.
        let columns = page.all("table:has(#subprocessors-caption) thead th").len();
        assert_eq!(columns, 7, "{lang}");
        let span = page.all("th[scope=rowgroup]")[0].value().attr("colspan");
        assert_eq!(span, Some("7"), "{lang}");
    }
    // The files carry every field.
    let data: serde_json::Value =
        serde_json::from_slice(&site.read_bytes("public/data.json")).unwrap();
    let slack = data["facts"]["subprocessors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "slack")
        .unwrap()
        .clone();
    assert_eq!(slack["countries"], serde_json::json!(["US", "IE"]));
    assert_eq!(
        slack["transfer"],
        serde_json::json!({"kind": "outside-eea", "mechanism": "data-privacy-framework", "fallback": "standard-contractual-clauses"})
    );
    assert_eq!(slack["purpose"], "communication");
    assert_eq!(slack["contact"], "mailto:privacy@slack.com");
    let csv = String::from_utf8(site.read_bytes("public/subprocessors.csv")).unwrap();
    assert!(
        csv.contains("slack,Slack,communication,service-provider,no,US IE,,yes,data-privacy-framework,standard-contractual-clauses,"),
        "{csv}"
    );
    assert!(
        csv.contains("amazon-web-services-aws,Amazon Web Services (AWS),hosting,infrastructure,yes,DE,US,no,,,identity-contact programme-health-data,patients,"),
        "{csv}"
    );

    // The DPV export names the third country (not Ireland, in the EEA) and the legal basis.
    let ld: serde_json::Value =
        serde_json::from_slice(&site.read_bytes("public/dpv.jsonld")).unwrap();
    let slack_ld = ld["dpv:hasRecipient"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| {
            r["@id"]
                .as_str()
                .is_some_and(|id| id.ends_with("#subprocessor-slack"))
        })
        .unwrap();
    let transfer = &slack_ld["dpv:hasProcessing"];
    assert_eq!(
        transfer["dpv:hasThirdCountry"],
        serde_json::json!([{ "@id": "loc:US" }])
    );
    assert_eq!(transfer["dpv:hasLegalBasis"]["@id"], "eu-gdpr:A45-3");

    // A later publication that moves Slack's processing: told in every language.
    site.replace(
        "content/subprocessors.toml",
        "countries = [\"US\", \"IE\"]",
        "countries = [\"US\"]",
    );
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1798848000")],
    )
    .success();
    // And one that moves it again, to a country it did not process data in: the line says which
    // countries are new and which it left, as well as all of them (qa29: the whole list alone
    // left a customer to find the country to object to).
    site.replace(
        "content/subprocessors.toml",
        "countries = [\"US\"]",
        "countries = [\"US\", \"JP\"]",
    );
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1799971200")],
    )
    .success();
    for (lang, left, added) in [
        (
            "en",
            "Slack now processes data in these countries: United States (no longer: Ireland)",
            "Slack now processes data in these countries: United States and Japan (new: Japan)",
        ),
        (
            "de",
            "Slack verarbeitet Daten jetzt in: Vereinigte Staaten (nicht mehr: Irland)",
            "Slack verarbeitet Daten jetzt in: Vereinigte Staaten und Japan (neu: Japan)",
        ),
        (
            "nl",
            "Slack verwerkt gegevens nu in deze landen: Verenigde Staten (niet meer: Ierland)",
            "Slack verwerkt gegevens nu in deze landen: Verenigde Staten en Japan (nieuw: Japan)",
        ),
    ] {
        let on_2nd = logged_on(&site, lang, "2027-01-02");
        assert!(on_2nd.iter().any(|i| i == left), "{lang}: {on_2nd:?}");
        let on_15th = logged_on(&site, lang, "2027-01-15");
        assert!(on_15th.iter().any(|i| i == added), "{lang}: {on_15th:?}");
    }
}

/// A sub-processor's countries no longer given: "Slack will process data in these countries:
/// (no longer: United States and Ireland)" was published, its list empty (qa33). Its record
/// changed, as when a purpose is no longer given.
#[test]
fn countries_no_longer_given_are_told_as_a_change_of_the_record() {
    let site = example_with_records();
    site.build_later(&[]).success();
    site.replace(
        "content/subprocessors.toml",
        "countries = [\"US\", \"IE\"]\ngroup = \"service-provider\"\nmechanism = \"data-privacy-framework\"\nfallback = \"standard-contractual-clauses\"\n",
        "outside-eea = true\ngroup = \"service-provider\"\nmechanism = \"standard-contractual-clauses\"\n",
    );
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1798848000")],
    )
    .success();
    for (lang, said) in [
        ("en", "The record of Slack changed: Where data is processed"),
        (
            "de",
            "Die Angaben zu Slack haben sich geändert: Ort der Verarbeitung",
        ),
        (
            "nl",
            "De gegevens over Slack zijn gewijzigd: Plaats van verwerking",
        ),
    ] {
        let items = logged_on(&site, lang, "2027-01-02");
        assert!(items.iter().any(|i| i == said), "{lang}: {items:?}");
    }
}

#[test]
fn a_country_with_an_adequacy_decision_needs_no_mechanism_and_one_without_does() {
    let site = Site::example_without_notice();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Slack\"\npersonal-data = false\noutside-eea = true\nmechanism = \"standard-contractual-clauses\"\n",
        "name = \"Slack\"\npersonal-data = false\ncountries = [\"JP\"]\n",
    );
    site.build_later(&[]).success();
    let row = text(site.page("en").one("tr#subprocessor-slack"));
    assert!(row.contains("Adequacy decision"), "{row}");

    // The United States only for recipients certified under the Data Privacy Framework.
    site.replace(
        "content/subprocessors.toml",
        "countries = [\"JP\"]",
        "countries = [\"US\"]\nmechanism = \"adequacy-decision\"",
    );
    let lock = site.read_bytes("candor.lock");
    let run = site.build_later(&[]);
    run.expect_code(1);
    assert!(
        says(
            &run.stderr,
            "the adequacy decision covers only recipients certified under the Data Privacy Framework"
        ),
        "{}",
        run.stderr
    );
    assert!(
        says(&run.stderr, "`US` has one for certified recipients only"),
        "{}",
        run.stderr
    );
    assert!(says(&run.stderr, "subprocessors.toml:"), "{}", run.stderr);
    assert_eq!(
        lock,
        site.read_bytes("candor.lock"),
        "the lock is untouched"
    );

    // India has no decision: without a mechanism the transfer has no basis.
    site.replace(
        "content/subprocessors.toml",
        "countries = [\"US\"]\nmechanism = \"adequacy-decision\"",
        "countries = [\"IN\"]",
    );
    let run = site.build_later(&[]);
    run.expect_code(1);
    assert!(
        says(
            &run.stderr,
            // Slack says it processes no personal data of the users (`personal-data = false`).
            "`Slack` sends data outside the EEA without a transfer mechanism"
        ),
        "{}",
        run.stderr
    );
    assert!(
        says(&run.stderr, "`IN` has no adequacy decision"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_mechanism_or_fallback_that_names_a_decision_is_held_to_the_countries_it_covers() {
    let site = Site::example_without_notice();
    let slack = "name = \"Slack\"\npersonal-data = false\noutside-eea = true\nmechanism = \"standard-contractual-clauses\"\n";
    let refused = |transfer: &str, config: &str, words: &[&str]| {
        site.replace(
            "content/subprocessors.toml",
            slack,
            &format!("name = \"Slack\"\npersonal-data = false\n{transfer}"),
        );
        let before = site.read("candor.toml");
        site.write("candor.toml", &(before.clone() + config));
        let run = site.build_later(&[]);
        run.expect_code(1);
        for w in words {
            assert!(
                says(&run.stderr, w),
                "{transfer}{config}: {w}\n{}",
                run.stderr
            );
        }
        site.write("candor.toml", &before);
        site.replace(
            "content/subprocessors.toml",
            &format!("name = \"Slack\"\npersonal-data = false\n{transfer}"),
            slack,
        );
    };
    // India has no adequacy decision: a fallback on one is no basis there.
    refused(
        "countries = [\"IN\"]\nmechanism = \"standard-contractual-clauses\"\nfallback = \"adequacy-decision\"\n",
        "",
        &[
            "`Slack`: an adequacy decision does not cover every country",
            "`IN` has no adequacy decision",
            "remove `fallback`, or name one that covers every country it names",
            "subprocessors.toml:",
        ],
    );
    // The Data Privacy Framework is the United States': no basis for Brazil alone, even where
    // the site gives Brazil a decision for certified recipients.
    refused(
        "countries = [\"BR\"]\nmechanism = \"data-privacy-framework\"\n",
        "\n[adequacy.BR]\ndecision = \"Commission Implementing Decision (EU) 2026/1\"\nadopted = 2026-01-01\nscope = \"certified\"\n",
        &[
            "`Slack`: the Data Privacy Framework covers transfers to the United States only",
            "none of its countries is the United States",
        ],
    );
    // Under the Framework for the United States, Brazil's leg rests on the site's decision,
    // which is adopted only on 1 March.
    refused(
        "countries = [\"US\", \"BR\"]\nmechanism = \"data-privacy-framework\"\n",
        "\n[adequacy.BR]\ndecision = \"Commission Implementing Decision (EU) 2026/1\"\nadopted = 2027-03-01\nscope = \"whole\"\n",
        &[
            "`Slack` transfers data to BR from 2027-01-01 on `[adequacy.BR]`, adopted only on 2027-03-01",
        ],
    );
    // As does a fallback on it.
    refused(
        "countries = [\"BR\"]\nmechanism = \"standard-contractual-clauses\"\nfallback = \"adequacy-decision\"\n",
        "\n[adequacy.BR]\ndecision = \"Commission Implementing Decision (EU) 2026/1\"\nadopted = 2027-03-01\nscope = \"whole\"\n",
        &[
            "`Slack` transfers data to BR from 2027-01-01 on `[adequacy.BR]`, adopted only on 2027-03-01",
            "or give no `fallback` until then",
        ],
    );
    // Adopted in time, both are published.
    site.replace("content/subprocessors.toml", slack, "name = \"Slack\"\npersonal-data = false\ncountries = [\"US\", \"BR\"]\nmechanism = \"data-privacy-framework\"\n");
    let config = site.read("candor.toml");
    site.write(
        "candor.toml",
        &(config + "\n[adequacy.BR]\ndecision = \"Commission Implementing Decision (EU) 2026/1\"\nadopted = 2026-12-01\nscope = \"whole\"\n"),
    );
    site.build_later(&[]).success();
}

#[test]
fn outside_eea_contradicting_the_countries_is_an_error_at_its_line() {
    let site = Site::example_without_notice();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Amazon Web Services (AWS)\"\npersonal-data = true\noutside-eea = false\n",
        "name = \"Amazon Web Services (AWS)\"\npersonal-data = true\noutside-eea = false\ncountries = [\"DE\", \"US\"]\n",
    );
    let text = site.read("content/subprocessors.toml");
    let at = text.find("outside-eea = false\ncountries").unwrap();
    let line = text[..at].lines().count() + 1;
    let public_before = site.public().exists();
    let run = candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", LATER_EPOCH)],
    );
    run.expect_code(1);
    assert!(
        says(
            &run.stderr,
            "`outside-eea = false` contradicts the countries of `Amazon Web Services (AWS)`"
        ),
        "{}",
        run.stderr
    );
    assert!(
        says(
            &run.stderr,
            &format!("content/subprocessors.toml:{line}:15")
        ),
        "line {line}: {}",
        run.stderr
    );
    assert!(
        says(&run.stderr, "`US` is outside the EEA"),
        "{}",
        run.stderr
    );
    assert_eq!(site.public().exists(), public_before, "nothing was written");
}

#[test]
fn a_data_category_of_a_subprocessor_must_be_one_the_site_defines() {
    let site = Site::example_without_notice();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Amazon Web Services (AWS)\"\npersonal-data = true\n",
        "name = \"Amazon Web Services (AWS)\"\npersonal-data = true\ndata-categories = [\"identity-contacts\"]\n",
    );
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    assert!(
        says(&run.stderr, "unknown data category `identity-contacts`"),
        "{}",
        run.stderr
    );
    assert!(
        says(&run.stderr, "did you mean `identity-contact`?"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_site_adds_an_adequacy_decision_candor_does_not_ship() {
    let site = Site::example_without_notice();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Slack\"\npersonal-data = false\noutside-eea = true\nmechanism = \"standard-contractual-clauses\"\n",
        "name = \"Slack\"\npersonal-data = false\ncountries = [\"BR\"]\n",
    );
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    assert!(
        says(&run.stderr, "`BR` has no adequacy decision"),
        "{}",
        run.stderr
    );
    site.write(
        "candor.toml",
        &(site.read("candor.toml")
            + "\n[adequacy.BR]\ndecision = \"Commission Implementing Decision (EU) 2026/0000\"\nadopted = 2026-09-01\nscope = \"whole\"\n"),
    );
    candor(&["check", &site.arg()], &[]).success();
    site.build_later(&[]).success();
    let row = text(site.page("de").one("tr#subprocessor-slack"));
    assert!(
        row.contains("Brasilien") && row.contains("Angemessenheitsbeschluss"),
        "{row}"
    );

    site.write(
        "candor.toml",
        &(site.read("candor.toml")
            + "\n[adequacy.DE]\ndecision = \"Commission Implementing Decision (EU) 2026/1\"\nadopted = 2026-09-01\nscope = \"whole\"\n"),
    );
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    assert!(
        says(
            &run.stderr,
            "`[adequacy.DE]` names no country outside the EEA"
        ),
        "{}",
        run.stderr
    );
    assert!(says(&run.stderr, "candor.toml:"), "{}", run.stderr);
}

/// A transfer rests on an adequacy decision only from the day it is adopted: one a site adds
/// ahead of its adoption covers nothing until then, and one whose `adopted` is not a day says
/// nothing.
#[test]
fn an_adequacy_decision_covers_transfers_only_once_it_is_adopted() {
    let site = Site::example_without_notice();
    site.build(&[]).success();
    let (page, lock) = (site.read("public/en/index.html"), site.read("candor.lock"));
    site.replace(
        "content/subprocessors.toml",
        "name = \"Slack\"\npersonal-data = false\noutside-eea = true\nmechanism = \"standard-contractual-clauses\"\n",
        "name = \"Slack\"\npersonal-data = false\ncountries = [\"BR\"]\n",
    );
    let config = site.read("candor.toml");
    let decision = "\n[adequacy.BR]\ndecision = \"Commission Implementing Decision (EU) 2027/0001\"\nadopted = 2027-03-01\nscope = \"whole\"\n";
    site.write("candor.toml", &(config.clone() + decision));

    // On 1 January 2027 Brazil has no adequacy decision yet: the page may not say it has.
    let run = candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", LATER_EPOCH)],
    );
    run.expect_code(1);
    for words in [
        "`Slack` transfers data to BR from 2027-01-01 on `[adequacy.BR]`, adopted only on 2027-03-01",
        "candor.toml:",
        "a transfer rests on an adequacy decision only once it is adopted",
    ] {
        assert!(says(&run.stderr, words), "{words}\n{}", run.stderr);
    }
    assert_eq!(site.read("public/en/index.html"), page);
    assert_eq!(site.read("candor.lock"), lock);
    // `diff` shows the change and, as `build` does, refuses it: a script or a reviewer is not
    // told it is ready to publish.
    let diff = candor(
        &["diff", &site.arg()],
        &[("SOURCE_DATE_EPOCH", LATER_EPOCH)],
    );
    diff.expect_code(1);
    assert!(
        diff.stdout
            .contains("Slack: countries (not stated) -> [BR]"),
        "{}",
        diff.stdout
    );
    assert!(
        says(&diff.stderr, "adopted only on 2027-03-01"),
        "{}",
        diff.stderr
    );
    // A decision no transfer rests on yet is no error; one candor ships is not the site's to
    // give (the United States only for recipients certified under the Data Privacy Framework).
    site.write(
        "candor.toml",
        &(config.clone()
            + &decision.replace("adopted = 2027-03-01", "adopted = 2026-09-01")
            + "\n[adequacy.IN]\ndecision = \"Commission Implementing Decision (EU) 2026/1\"\nadopted = 2030-01-01\nscope = \"whole\"\n"),
    );
    candor(
        &["check", &site.arg()],
        &[("SOURCE_DATE_EPOCH", LATER_EPOCH)],
    )
    .success();
    site.write(
        "candor.toml",
        &(config.clone()
            + decision
            + "\n[adequacy.US]\ndecision = \"Commission Implementing Decision (EU) 2026/1\"\nadopted = 2026-01-01\nscope = \"whole\"\n"),
    );
    let run = candor(
        &["check", &site.arg()],
        &[("SOURCE_DATE_EPOCH", LATER_EPOCH)],
    );
    run.expect_code(1);
    assert!(
        says(
            &run.stderr,
            "`[adequacy.US]`: candor ships the adequacy decision for US"
        ),
        "{}",
        run.stderr
    );
    site.write("candor.toml", &(config.clone() + decision));

    // Announced for the day it is adopted, or later, the transfer rests on it.
    site.replace(
        "content/subprocessors.toml",
        "countries = [\"BR\"]\n",
        "countries = [\"BR\"]\neffective = 2027-03-01\n",
    );
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", LATER_EPOCH)],
    )
    .success();
    // On that day it is in effect.
    site.replace("content/subprocessors.toml", "effective = 2027-03-01\n", "");
    let run = candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1803859200")], // 2027-03-01
    );
    run.success();
    let row = text(site.page("en").one("tr#subprocessor-slack"));
    assert!(
        row.contains("Brazil") && row.contains("Adequacy decision"),
        "{row}"
    );
    // Its day moved after the publication that rests on it is refused, though nothing else
    // changed.
    site.write(
        "candor.toml",
        &(config.clone() + &decision.replace("2027-03-01", "2027-03-03")),
    );
    let run = candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1804204800")], // 2027-03-05
    );
    run.expect_code(1);
    assert!(
        says(
            &run.stderr,
            "from 2027-03-01 on `[adequacy.BR]`, adopted only on 2027-03-03"
        ),
        "{}",
        run.stderr
    );

    // An `adopted` that is not a day, or is a day and a time, is no date of adoption.
    for adopted in ["10:00:00", "2027-03-01T10:00:00", "2027-03-01T10:00:00Z"] {
        site.write(
            "candor.toml",
            &(config.clone() + &decision.replace("2027-03-01", adopted)),
        );
        let run = candor(&["check", &site.arg()], &[]);
        run.expect_code(1);
        for words in [
            &format!("`adopted = {adopted}` of `[adequacy.BR]` is not a day"),
            "candor.toml:",
            "give the day the decision was adopted, such as 2027-03-01",
        ] {
            assert!(says(&run.stderr, words), "{words}\n{}", run.stderr);
        }
    }
}

/// A transfer resting on a decision not adopted yet does not hide the other reasons a
/// publication is refused: `check` tells them all at once.
#[test]
fn an_adequacy_decision_not_adopted_yet_is_told_beside_a_notice_too_short() {
    let site = Site::example();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Slack\"\npersonal-data = false\noutside-eea = true\nmechanism = \"standard-contractual-clauses\"\n",
        "name = \"Slack\"\npersonal-data = false\ncountries = [\"BR\"]\n",
    );
    site.write(
        "candor.toml",
        &(site.read("candor.toml")
            + "\n[adequacy.BR]\ndecision = \"Commission Implementing Decision (EU) 2026/1\"\nadopted = 2027-03-01\nscope = \"whole\"\n"),
    );
    site.write(
        "content/subprocessors.toml",
        &(site.read("content/subprocessors.toml")
            + "\n[[subprocessor]]\nname = \"Postmark\"\npersonal-data = true\noutside-eea = false\n"),
    );
    let run = candor(
        &["check", &site.arg()],
        &[("SOURCE_DATE_EPOCH", LATER_EPOCH)],
    );
    run.expect_code(1);
    for words in [
        "adopted only on 2027-03-01",
        "the new sub-processor `Postmark` takes effect on 2027-01-01, less than the 30 days' notice",
    ] {
        assert!(says(&run.stderr, words), "{words}\n{}", run.stderr);
    }
}

#[test]
fn a_subprocessor_may_have_a_longer_description_in_every_language() {
    let site = Site::example_without_notice();
    for (lang, words) in [
        ("en", "Chat for the support and engineering teams."),
        ("de", "Chat für die Support- und Entwicklungsteams."),
        ("nl", "Chat voor de support- en ontwikkelteams."),
    ] {
        let path = format!("locales/{lang}/sections.ftl");
        site.write(
            &path,
            &(site.read(&path) + &format!("subprocessor-description-slack = {words}\n")),
        );
    }
    candor(&["check", &site.arg()], &[]).success();
    site.build_later(&[]).success();
    for (lang, words) in [
        ("en", "Chat for the support and engineering teams."),
        ("de", "Chat für die Support- und Entwicklungsteams."),
        ("nl", "Chat voor de support- en ontwikkelteams."),
    ] {
        let cell = text(site.page(lang).one("tr#subprocessor-slack .description"));
        assert_eq!(cell, words, "{lang}");
        assert!(
            site.page(lang)
                .all("tr#subprocessor-hubspot .description")
                .is_empty(),
            "{lang}: only where the site wrote one"
        );
    }
}

#[test]
fn the_date_each_subprocessor_was_engaged_comes_from_the_history_unless_given() {
    let site = Site::example_without_notice();
    site.write(
        "content/subprocessors.toml",
        &(site.read("content/subprocessors.toml")
            + "\n[[subprocessor]]\nname = \"Postmark\"\npersonal-data = true\ncountries = [\"US\"]\nmechanism = \"standard-contractual-clauses\"\n\n[[subprocessor]]\nname = \"Mailgun\"\npersonal-data = true\ncountries = [\"DE\"]\neffective = 2027-06-01\n"),
    );
    site.replace(
        "content/subprocessors.toml",
        "name = \"Hubspot\"\n",
        "name = \"Hubspot\"\nengaged = 2019-04-01\n",
    );
    site.build_later(&[]).success();
    let data: serde_json::Value =
        serde_json::from_slice(&site.read_bytes("public/data.json")).unwrap();
    let since = &data["engaged-since"];
    assert!(
        since.get("amazon-web-services-aws").is_none(),
        "listed by the first publication: engaged since a day no publication says"
    );
    assert_eq!(since["instatus"], "2025-10-30", "engaged by a later one");
    assert_eq!(since["postmark"], LATER_DATE_ISO, "listed today");
    assert_eq!(since["hubspot"], "2019-04-01", "as the content says");
    assert!(since.get("mailgun").is_none(), "announced, not yet engaged");
    let csv = String::from_utf8(site.read_bytes("public/subprocessors.csv")).unwrap();
    let postmark = csv.lines().find(|l| l.starts_with("postmark,")).unwrap();
    assert!(
        postmark.ends_with(&format!(",{LATER_DATE_ISO},,,")),
        "{postmark}"
    );
    // Mailgun was announced to start on 1 June; the next publication, on 10 June, is the first
    // to list it as engaged. It has been engaged since the day it was announced to start.
    site.publish_a_change_at("1812585600").success();
    let data: serde_json::Value =
        serde_json::from_slice(&site.read_bytes("public/data.json")).unwrap();
    assert_eq!(data["last-modified"], "2027-06-10");
    let since = &data["engaged-since"];
    assert_eq!(
        since["mailgun"], "2027-06-01",
        "the day it was announced to start"
    );
    assert_eq!(
        since["postmark"], LATER_DATE_ISO,
        "listed at once, as before"
    );
    let csv = String::from_utf8(site.read_bytes("public/subprocessors.csv")).unwrap();
    let mailgun = csv.lines().find(|l| l.starts_with("mailgun,")).unwrap();
    assert!(mailgun.ends_with(",2027-06-01,2027-06-01,,"), "{mailgun}");
}

#[test]
fn a_subprocessor_removed_and_announced_again_is_announced_not_engaged() {
    // Voys is removed on 1 January, and announced again on 10 January to start on 1 March.
    let site = Site::example();
    let voys = "[[subprocessor]]\nname = \"Voys\"\npersonal-data = false\noutside-eea = false\nsecurity = \"https://www.voys.nl/security-responsible-disclosure/\"\n\n";
    site.replace("content/subprocessors.toml", voys, "");
    site.build_later(&[]).success();
    site.write(
        "content/subprocessors.toml",
        &(site.read("content/subprocessors.toml") + "\n" + voys + "effective = 2027-03-01\n"),
    );
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1799539200")],
    )
    .success();
    let page = site.page("en");
    // The table each caption names, and whether it lists Voys.
    let lists_voys = |caption: &str| {
        let table = page
            .one(caption)
            .parent()
            .and_then(scraper::ElementRef::wrap);
        let row = common::sel("tr#subprocessor-voys");
        table.unwrap().select(&row).next().is_some()
    };
    assert!(
        !lists_voys("#subprocessors-caption"),
        "not among the engaged"
    );
    assert!(lists_voys("#subprocessors-caption-upcoming"), "announced");
    let data: serde_json::Value =
        serde_json::from_slice(&site.read_bytes("public/data.json")).unwrap();
    assert!(
        data["engaged-since"].get("voys").is_none(),
        "announced, not yet engaged: {}",
        data["engaged-since"]
    );
}

#[test]
fn a_subprocessor_whose_announced_day_came_is_engaged_though_a_change_to_it_is_announced() {
    // The second example announced Tracelight for 1 February. On 2 January its start moves to
    // 15 February with a transfer to the United States; on 15 January back to 1 February. On
    // 2 February, the first publication after that day, a transfer to India is announced for
    // 5 March: Tracelight is engaged since 1 February, and that is a change to come.
    let site = crate::second_example::copy();
    let epoch = |e: &str| {
        candor(&["build", &site.arg()], &[("SOURCE_DATE_EPOCH", e)]).success();
    };
    site.replace(
        "content/subprocessors.toml",
        "countries = [\"FI\"]\npurpose = \"error-monitoring\"",
        "countries = [\"FI\", \"US\"]\nmechanism = \"standard-contractual-clauses\"\npurpose = \"error-monitoring\"",
    );
    site.replace(
        "content/subprocessors.toml",
        "effective = 2027-02-01",
        "effective = 2027-02-15",
    );
    epoch("1798848000");
    site.replace(
        "content/subprocessors.toml",
        "effective = 2027-02-15",
        "effective = 2027-02-01",
    );
    epoch("1799971200");
    site.replace(
        "content/subprocessors.toml",
        "countries = [\"FI\", \"US\"]",
        "countries = [\"FI\", \"US\", \"IN\"]",
    );
    site.replace(
        "content/subprocessors.toml",
        "effective = 2027-02-01",
        "effective = 2027-03-05",
    );
    epoch("1801526400");

    let data: serde_json::Value =
        serde_json::from_slice(&site.read_bytes("public/data.json")).unwrap();
    assert_eq!(
        data["engaged-since"]["tracelight"], "2027-02-01",
        "{}",
        data["engaged-since"]
    );
    let csv = site.read("public/subprocessors.csv");
    let rows: Vec<&str> = csv
        .lines()
        .filter(|l| l.starts_with("tracelight,"))
        .collect();
    assert!(
        rows.iter().any(|r| r.contains(",2027-02-01,")),
        "engaged since 1 February: {rows:?}"
    );
    for lang in ["en", "de", "fr", "ar", "fr-CA"] {
        let page = site.page(lang);
        let in_table = |caption: &str| {
            page.one(caption)
                .parent()
                .and_then(scraper::ElementRef::wrap)
                .unwrap()
                .select(&common::sel("tr#subprocessor-tracelight"))
                .next()
                .is_some()
        };
        assert!(
            in_table("#subprocessors-caption"),
            "{lang}: among the engaged"
        );
        assert!(
            page.all("#subprocessors-caption-upcoming").is_empty()
                || !in_table("#subprocessors-caption-upcoming"),
            "{lang}: not announced again"
        );
    }
    // The change log says that it took effect on 1 February, and what is to come.
    let items = crate::notice::logged(&site, "en", "2027-02-02");
    assert!(
        items.contains(&"Tracelight: engaged from 1 February 2027".to_string()),
        "{items:?}"
    );
    assert!(
        items.contains(&"Tracelight: changes to it take effect from 5 March 2027; controllers may object before then, writing to privacy@tessel-learning.example".to_string()),
        "{items:?}"
    );

    // On 1 March, before that day, its security page moves, and its entry says since when it
    // is engaged: still engaged, with a change to come, not announced anew.
    site.replace(
        "content/subprocessors.toml",
        "security = \"https://tracelight.example/security\"",
        "security = \"https://tracelight.example/trust\"\nengaged = 2027-02-01",
    );
    epoch("1803859200");
    let items = crate::notice::logged(&site, "en", "2027-03-01");
    assert!(
        items.contains(&"Tracelight: changes to it take effect from 5 March 2027".to_string()),
        "{items:?}"
    );
    assert!(
        !items.iter().any(|i| i.contains("still to be engaged")),
        "{items:?}"
    );
    let data: serde_json::Value =
        serde_json::from_slice(&site.read_bytes("public/data.json")).unwrap();
    assert_eq!(data["engaged-since"]["tracelight"], "2027-02-01");
}

#[test]
fn a_subprocessor_taken_off_the_list_and_added_back_is_not_engaged_since_before() {
    // Postwren, engaged on 23 November 2026, is taken off the list on 2 January; added back on
    // 1 March with its old entry, it would say it was engaged all along, beside a change log
    // that says it was removed.
    let site = crate::second_example::copy();
    let text = site.read("content/subprocessors.toml");
    let start = text.find("[[subprocessor]]\nname = \"Postwren\"").unwrap();
    let end = start + text[start..].find("\n\n").unwrap() + 2;
    let entry = text[start..end].to_string();
    site.write("content/subprocessors.toml", &text.replacen(&entry, "", 1));
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1798848000")],
    )
    .success();
    site.write("content/subprocessors.toml", &text);
    let lock = site.read_bytes("candor.lock");
    let run = candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1803859200")],
    );
    run.expect_code(1);
    assert!(
        says(
            &run.stderr,
            "`Postwren` was taken off the list on 2027-01-02, and says it was engaged on 2026-11-23"
        ),
        "{}",
        run.stderr
    );
    // At the date that says so, not at the name.
    let place = common::place_of(&site, "content/subprocessors.toml", "2026-11-23");
    assert!(run.stderr.contains(&place), "{place}\n{}", run.stderr);
    assert_eq!(lock, site.read_bytes("candor.lock"));
    // Without its old date, it is engaged with this publication.
    site.replace("content/subprocessors.toml", "engaged = 2026-11-23\n", "");
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1803859200")],
    )
    .success();
    let data: serde_json::Value =
        serde_json::from_slice(&site.read_bytes("public/data.json")).unwrap();
    assert_eq!(data["engaged-since"]["postwren"], "2027-03-01");
}

#[test]
fn an_engagement_date_still_to_come_or_on_an_announced_subprocessor_is_refused() {
    // `engaged` is the day a sub-processor was engaged: not a day still to come, and not on
    // one that is only announced (its start is `effective`).
    for (entry, says) in [
        (
            "name = \"Hubspot\"\nengaged = 2030-04-03\n",
            "engaged on 2030-04-03, after this publication",
        ),
        ("name = \"Hubspot\"\nengaged = 2020-01-01\n", ""),
    ] {
        let site = Site::example();
        site.replace("content/subprocessors.toml", "name = \"Hubspot\"\n", entry);
        let run = site.build_later(&[]);
        if says.is_empty() {
            run.success();
            continue;
        }
        run.expect_code(1);
        assert!(run.stderr.contains(says), "{}", run.stderr);
        assert!(
            run.stderr.contains("content/subprocessors.toml:"),
            "{}",
            run.stderr
        );
    }
    let site = Site::example();
    site.write(
        "content/subprocessors.toml",
        &(site.read("content/subprocessors.toml")
            + "\n[[subprocessor]]\nname = \"Mailgun\"\npersonal-data = true\ncountries = [\"DE\"]\nengaged = 2020-01-01\neffective = 2027-08-01\n"),
    );
    let before = site.read_bytes("candor.lock");
    let run = site.build_later(&[]);
    run.expect_code(1);
    assert!(
        run.stderr
            .contains("`Mailgun` is announced to start on 2027-08-01"),
        "{}",
        run.stderr
    );
    assert_eq!(site.read_bytes("candor.lock"), before);
}

/// A fallback mechanism changed, dropped or added is told with its values in every language,
/// in the change log and by `diff`, not as a field named alone; a sub-processor that starts
/// transferring names its fallback with its mechanism.
#[test]
fn a_fallback_mechanism_changed_is_told_with_its_old_and_new_value() {
    let site = example_with_records();
    site.build_later(&[]).success();
    let slack = |fallback: &str| format!("{fallback}contact = \"mailto:privacy@slack.com\"");
    let scc = slack("fallback = \"standard-contractual-clauses\"\n");
    let bcr = slack("fallback = \"binding-corporate-rules\"\n");
    site.replace("content/subprocessors.toml", &scc, &bcr);
    let diff = candor(
        &["diff", &site.arg()],
        &[("SOURCE_DATE_EPOCH", LATER_EPOCH)],
    );
    diff.success();
    assert!(
        diff.stdout.contains(
            "~ Slack: fallback mechanism standard-contractual-clauses -> binding-corporate-rules"
        ),
        "{}",
        diff.stdout
    );
    crate::notice::publish_at(&site, "1798848000");
    site.replace("content/subprocessors.toml", &bcr, &slack(""));
    crate::notice::publish_at(&site, "1798934400");
    site.replace("content/subprocessors.toml", &slack(""), &scc);
    // Hubspot starts transferring, backed by a fallback.
    site.replace(
        "content/subprocessors.toml",
        "name = \"Hubspot\"\npersonal-data = true\noutside-eea = false\n",
        "name = \"Hubspot\"\npersonal-data = true\noutside-eea = true\nmechanism = \"data-privacy-framework\"\nfallback = \"standard-contractual-clauses\"\n",
    );
    crate::notice::publish_at(&site, "1799971200");
    for (lang, changed, dropped, added, outside) in [
        (
            "en",
            "Slack: fallback mechanism for data outside the EEA changed (now: Binding corporate rules; before: Standard contractual clauses)",
            "Slack: fallback mechanism for data outside the EEA removed (before: Binding corporate rules)",
            "Slack: fallback mechanism for data outside the EEA added (now: Standard contractual clauses)",
            "Hubspot now transfers data outside the EEA (transfer mechanism: EU-US Data Privacy Framework; fallback: Standard contractual clauses)",
        ),
        (
            "de",
            "Slack: Ersatzgrundlage für Daten außerhalb des EWR geändert (jetzt: Verbindliche interne Datenschutzvorschriften; vorher: Standardvertragsklauseln)",
            "Slack: Ersatzgrundlage für Daten außerhalb des EWR entfallen (vorher: Verbindliche interne Datenschutzvorschriften)",
            "Slack: Ersatzgrundlage für Daten außerhalb des EWR hinzugekommen (jetzt: Standardvertragsklauseln)",
            "Hubspot übermittelt jetzt Daten in Länder außerhalb des EWR (Übermittlungsgrundlage: EU-US-Datenschutzrahmen (Data Privacy Framework); ersatzweise: Standardvertragsklauseln)",
        ),
        (
            "nl",
            "Slack: terugvalgrondslag voor gegevens buiten de EER gewijzigd (nu: Bindende bedrijfsvoorschriften; eerder: Standaardcontractbepalingen)",
            "Slack: terugvalgrondslag voor gegevens buiten de EER vervallen (eerder: Bindende bedrijfsvoorschriften)",
            "Slack: terugvalgrondslag voor gegevens buiten de EER toegevoegd (nu: Standaardcontractbepalingen)",
            "Hubspot geeft nu gegevens door buiten de EER (doorgiftemechanisme: EU-VS Data Privacy Framework; terugval: Standaardcontractbepalingen)",
        ),
    ] {
        for (day, line) in [
            ("2027-01-02", changed),
            ("2027-01-03", dropped),
            ("2027-01-15", added),
            ("2027-01-15", outside),
        ] {
            let items = crate::notice::logged(&site, lang, day);
            assert!(
                items.iter().any(|i| i == line),
                "{lang} {day}: `{line}` not in {items:#?}"
            );
        }
    }
}

/// `diff` gives each changed field of a record with its old and new value, as its help
/// promises, for people and in its JSON.
#[test]
fn diff_gives_a_record_field_with_its_old_and_new_value() {
    let site = example_with_records();
    site.build_later(&[]).success();
    site.replace(
        "content/subprocessors.toml",
        "group = \"infrastructure\"\nheadquarters = \"US\"\n",
        "group = \"infrastructure\"\nheadquarters = \"IE\"\n",
    );
    site.replace(
        "content/subprocessors.toml",
        "data-subjects = [\"patients\"]\n",
        "",
    );
    let diff = candor(
        &["diff", &site.arg()],
        &[("SOURCE_DATE_EPOCH", LATER_EPOCH)],
    );
    diff.success();
    assert!(
        diff.stdout.contains(
            "~ Amazon Web Services (AWS): headquarters \"US\" -> \"IE\"; data-subjects [\"patients\"] -> (not stated)"
        ),
        "{}",
        diff.stdout
    );
    let json = candor(
        &["diff", &site.arg(), "--format", "json"],
        &[("SOURCE_DATE_EPOCH", LATER_EPOCH)],
    );
    json.success();
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let record = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["change"] == "record")
        .expect("a record change");
    assert_eq!(
        record["fields"],
        serde_json::json!(["headquarters", "data-subjects"])
    );
    assert_eq!(
        record["was"],
        serde_json::json!({"headquarters": "US", "data-subjects": ["patients"]})
    );
    assert_eq!(record["now"], serde_json::json!({"headquarters": "IE"}));
}

/// A theme copied before each table had its own columns reads `subprocessors.columns.purpose`
/// and `subprocessors.columns.count`, of both tables at once: it still builds, and shows the
/// columns as it did.
#[test]
fn a_theme_copied_before_each_table_had_its_columns_still_builds() {
    let site = example_with_records();
    site.write(
        "themes/default/templates/subprocessor-table.html",
        include_str!("../fixtures/theme-of-one-column-set/subprocessor-table.html"),
    );
    site.build_later(&[]).success();
    let page = site.page("en");
    assert_eq!(
        page.all("table:has(#subprocessors-caption) thead th").len(),
        7
    );
}

/// A fresh clone has no output to tell that `candor.lock` lost what was deployed: a merge
/// whose conflict in the lock was resolved with the other branch's, or a revert of the commit
/// that recorded a publication, passed `check --strict`, `build --locked` and `verify` in CI,
/// and took a publication out of the site's history (qa153). `check --published` reads the
/// deployed site's `history.json` and refuses a lock that lacks any of its records.
#[test]
fn check_against_the_deployed_history_refuses_a_lock_that_lost_what_was_deployed() {
    let site = Site::example();
    let before = site.read("candor.lock");
    site.publish_a_change_at(common::LATER_EPOCH).success();
    let deployed = site.path("deployed-history.json");
    std::fs::copy(site.public().join("history.json"), &deployed).unwrap();
    let history = std::fs::read_to_string(&deployed).unwrap();
    let deployed = deployed.to_str().unwrap().to_string();
    let check = |site: &Site| candor(&["check", "--published", &deployed, &site.arg()], &[]);
    check(&site).success();
    // A clone, with the lock before that publication.
    std::fs::remove_dir_all(site.public()).unwrap();
    site.write("candor.lock", &before);
    candor(&["check", &site.arg()], &[]).success();
    let run = check(&site);
    run.expect_code(1);
    assert!(
        run.stderr.contains(&format!(
            "lists the publication of {}, which candor.lock does not record",
            common::LATER_DATE_ISO
        )),
        "{}",
        run.stderr
    );
    // A file that is no history says so, and shows none of it.
    site.write("deployed-history.json", "SECRET=1\n");
    let run = check(&site);
    run.expect_code(1);
    assert!(
        run.stderr.contains("is not a history.json"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("SECRET"), "{}", run.stderr);
    // One it cannot read says why (qa155: only "cannot read"), and waits on nothing.
    let fifo = site.path("fifo");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    for (file, why) in [
        (site.path("nowhere.json"), "No such file or directory"),
        (site.path("content"), "it is a folder"),
        (fifo, "it is not a plain file"),
    ] {
        let run = candor(
            &["check", "--published", file.to_str().unwrap(), &site.arg()],
            &[],
        );
        run.expect_code(1);
        assert!(run.stderr.contains(why), "{}", run.stderr);
    }
    // A link the user names is followed, as given (qa156: refused as a link).
    #[cfg(unix)]
    {
        site.write("deployed-history.json", &history);
        let link = site.path("linked-history.json");
        std::os::unix::fs::symlink(&deployed, &link).unwrap();
        let run = candor(
            &["check", "--published", link.to_str().unwrap(), &site.arg()],
            &[],
        );
        run.expect_code(1);
        assert!(
            run.stderr.contains("which candor.lock does not record"),
            "{}",
            run.stderr
        );
    }
}
