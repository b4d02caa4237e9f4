//! A history anyone can check: the build publishes each publication's canonical form
//! (`history/<date>.json`, whose SHA-256 is its fingerprint) and the chain (`history.json`);
//! `data.json`, the feeds and the archive pages name the fingerprints; `candor verify` checks a
//! built folder against all of it, and names the first thing that was tampered with.

use crate::common;

use common::{LANGUAGES, Page, Run, Site, candor, candor_in, compact};
use serde_json::Value;
use sha2::{Digest, Sha256};

/// The example, built into `public/` as recorded.
fn built() -> Site {
    let site = Site::example();
    site.build(&["--locked"]).success();
    site
}

/// `candor verify SITE/public`.
fn verify(site: &Site) -> Run {
    candor(&["verify", site.public().to_str().unwrap()], &[])
}

/// `sha256:` and the hex SHA-256 of `bytes`: what `sha256sum` prints, as a fingerprint.
fn sha256(bytes: &[u8]) -> String {
    let hex: String = Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("sha256:{hex}")
}

/// Each publication in the site's candor.lock: its date and fingerprint, oldest first.
fn recorded(site: &Site) -> Vec<(String, String)> {
    let lock: toml::Table = site.read("candor.lock").parse().unwrap();
    lock["publication"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["date"].to_string(),
                p["fingerprint"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// `public/history.json`, parsed.
fn history(site: &Site) -> Value {
    serde_json::from_slice(&site.read_bytes("public/history.json")).unwrap()
}

fn write_history(site: &Site, history: &Value) {
    site.write(
        "public/history.json",
        &serde_json::to_string_pretty(history).unwrap(),
    );
}

/// Asserts that `candor verify` fails with exit code 1, naming `file` first and saying each of
/// `said` (wrapped lines read whole), and that nothing panicked.
#[track_caller]
fn assert_mismatch(site: &Site, file: &str, said: &[&str]) {
    let run = verify(site);
    run.expect_code(1);
    let first = run.stderr.lines().next().unwrap_or_default();
    assert!(
        first.contains(&format!("× `{file}`")),
        "the first problem names `{file}`:\n{}",
        run.stderr
    );
    for s in said {
        assert!(
            compact(&run.stderr).contains(&compact(s)),
            "`{s}` is not said:\n{}",
            run.stderr
        );
    }
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert!(run.stdout.is_empty(), "nothing on stdout: {}", run.stdout);
}

#[test]
fn a_built_site_verifies_and_each_canonical_file_hashes_to_its_fingerprint_in_candor_lock() {
    let site = built();
    let lock = recorded(&site);
    assert_eq!(lock.len(), 3);
    let history = history(&site);
    assert_eq!(history["version"], 1);
    let listed = history["publications"].as_array().unwrap();
    assert_eq!(listed.len(), lock.len(), "one entry per publication");
    let mut previous = Value::Null;
    let lock_table: toml::Table = site.read("candor.lock").parse().unwrap();
    let times: Vec<Option<String>> = lock_table["publication"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.get("time").map(|t| t.to_string()))
        .collect();
    assert!(
        times[2].is_some(),
        "the example's last publication has its time"
    );
    for (((date, fingerprint), entry), time) in lock.iter().zip(listed).zip(&times) {
        // `sha256sum public/history/<date>.json` prints the fingerprint candor.lock records.
        let path = format!("history/{date}.json");
        let bytes = site.read_bytes(&format!("public/{path}"));
        assert_eq!(&sha256(&bytes), fingerprint, "{path}");
        // The canonical form: compact JSON, keys sorted, no final newline.
        let text = String::from_utf8(bytes).unwrap();
        assert!(
            text.starts_with(&format!(r#"{{"date":"{date}","previous":"#)),
            "{path}: {}",
            &text[..80]
        );
        assert!(text.ends_with('}') && !text.contains('\n'), "{path}");
        let canonical: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(canonical["previous"], previous, "{path} chains");
        let mut expected = serde_json::json!({
            "date": date,
            "fingerprint": fingerprint,
            "previous": previous,
            "canonical": path,
            "revisions": [],
        });
        // The time, where the publication was recorded with one, is covered and listed.
        if let Some(time) = time {
            assert_eq!(canonical["time"], time.as_str(), "{path}");
            assert!(text.ends_with(&format!(r#","time":"{time}"}}"#)), "{path}");
            expected["time"] = Value::String(time.clone());
        } else {
            assert!(
                text.ends_with("}}") && canonical.get("time").is_none(),
                "{path}"
            );
        }
        assert_eq!(entry, &expected);
        previous = Value::String(fingerprint.clone());
    }
    let (last_date, last) = lock.last().unwrap();
    let data: Value = serde_json::from_slice(&site.read_bytes("public/data.json")).unwrap();
    assert_eq!(data["fingerprint"], last.as_str());
    assert_eq!(data["last-modified"], last_date.as_str());

    let run = verify(&site);
    run.success();
    assert_eq!(run.stdout.lines().count(), 1, "one line: {}", run.stdout);
    for said in [
        "3 publications from 2022-03-10 to 2026-11-30",
        "3 feeds, 9 archive pages and 12 annexes",
        last.as_str(),
    ] {
        assert!(run.stdout.contains(said), "`{said}` in {}", run.stdout);
    }
    // DIR defaults to `public`.
    candor_in(site.root(), &["verify"], &[]).success();
}

#[test]
fn the_summary_says_one_publication_and_a_days_second_as_such() {
    // One publication was "1 publication from X to X, each … chained to the one before", and
    // a day's second was named by its id, `2027-01-01-2`, as if it were a date.
    let site = Site::example();
    site.unpublished();
    site.build_later(&[]).success();
    let run = verify(&site);
    run.success();
    assert!(
        run.stdout.contains(
            "1 publication, of 2027-01-01, matching its fingerprint; data.json, 3 feeds, 3 archive pages and 6 annexes name it."
        ),
        "{}",
        run.stdout
    );
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 48",
    );
    site.build_later(&[]).success();
    let run = verify(&site);
    run.success();
    assert!(
        run.stdout.contains(
            "2 publications from 2027-01-01 to 2027-01-01 (the day's publication 2), each matching"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn every_feed_entry_and_archive_page_names_its_fingerprint_in_its_language() {
    let site = built();
    let lock = recorded(&site);
    let words = [
        ("en", "Fingerprint of this publication:"),
        ("de", "Fingerabdruck dieser Veröffentlichung:"),
        ("nl", "Vingerafdruk van deze publicatie:"),
    ];
    assert_eq!(words.len(), LANGUAGES.len());
    for (lang, fingerprint_words) in words {
        let feed = site.read_bytes(&format!("public/{lang}/feed.xml"));
        let feed = feed_rs::parser::parse(&feed[..]).expect("a valid feed");
        for (date, fingerprint) in &lock {
            let entry = feed
                .entries
                .iter()
                .find(|e| e.updated.unwrap().format("%Y-%m-%d").to_string() == *date)
                .unwrap_or_else(|| panic!("{lang}: no feed entry of {date}"));
            let content = entry.content.as_ref().and_then(|c| c.body.clone()).unwrap();
            assert!(
                content.contains(&format!(
                    "<p>{fingerprint_words} <code>{fingerprint}</code></p>"
                )),
                "{lang} {date}: {content}"
            );
            assert!(
                entry
                    .links
                    .iter()
                    .any(|l| l.rel.as_deref() == Some("related")
                        && l.href == format!("../history/{date}.json")
                        && l.media_type.as_deref() == Some("application/json")),
                "{lang} {date}: {:?}",
                entry.links
            );

            let dir = site.public().join(lang).join("archive").join(date);
            let page = Page::read_file(&dir.join("index.html"), Some(lang));
            assert_eq!(page.text_of(".fingerprint code"), *fingerprint);
            assert!(
                page.text_of(".fingerprint").starts_with(fingerprint_words),
                "{lang} {date}: {}",
                page.text_of(".fingerprint")
            );
            let link = page.one(".fingerprint a").attr("href").unwrap();
            assert_eq!(link, format!("../../../history/{date}.json"));
            assert!(dir.join(link).is_file(), "{lang} {date}: {link} resolves");
        }
        // The current page is not an archived version: it names no fingerprint of its own.
        assert!(site.page(lang).all(".fingerprint").is_empty());
        // The archive's index links the list of them all, so that a mirror fetches it too.
        let index = Page::read_file(
            &site.public().join(lang).join("archive/index.html"),
            Some(lang),
        );
        index.one("a[href='../../history.json'][type='application/json']");
    }
}

#[test]
fn a_changed_fact_fails_and_each_forged_fingerprint_moves_the_failure_to_the_next_witness() {
    let site = built();
    let lock = recorded(&site);
    let (old, last) = (&lock[1].1, &lock[2].1);
    // A sub-processor renamed in the publication of 2025-10-30.
    site.replace(
        "public/history/2025-10-30.json",
        r#""name":"Slack""#,
        r#""name":"Slick""#,
    );
    assert_mismatch(
        &site,
        "history/2025-10-30.json",
        &[&format!("expected {old}")],
    );

    // Its fingerprint recomputed in history.json: the next publication still names the old one.
    let forged = sha256(&site.read_bytes("public/history/2025-10-30.json"));
    let mut h = history(&site);
    h["publications"][1]["fingerprint"] = forged.clone().into();
    h["publications"][2]["previous"] = forged.clone().into();
    write_history(&site, &h);
    assert_mismatch(
        &site,
        "history/2026-11-30.json",
        &[&format!("names {old} as the fingerprint before"), &forged],
    );

    // That one rewritten as well: data.json still names the last fingerprint as published.
    site.replace("public/history/2026-11-30.json", old, &forged);
    let forged_last = sha256(&site.read_bytes("public/history/2026-11-30.json"));
    h["publications"][2]["fingerprint"] = forged_last.clone().into();
    write_history(&site, &h);
    assert_mismatch(
        &site,
        "data.json",
        &[&format!("expected {forged_last}"), last],
    );

    // And data.json's: it still says Slack is engaged since 2025-10-30, where the forged
    // history has a Slick then, and Slack engaged anew with the publication after.
    site.replace("public/data.json", last, &forged_last);
    assert_mismatch(
        &site,
        "data.json",
        &["`slack` was engaged since", "2025-10-30", "2026-11-30"],
    );

    // And that date too: the feeds and the archive pages still name the fingerprints as
    // published.
    site.replace(
        "public/data.json",
        "\"slack\": \"2025-10-30\"",
        "\"slack\": \"2026-11-30\"",
    );
    assert_mismatch(&site, "en/feed.xml", &[&format!("expected {forged}"), old]);
}

#[test]
fn a_changed_date_fails_naming_the_file() {
    let site = built();
    let lock = recorded(&site);
    // In the canonical file: it no longer hashes to its fingerprint.
    site.replace(
        "public/history/2025-10-30.json",
        r#""date":"2025-10-30""#,
        r#""date":"2025-10-29""#,
    );
    assert_mismatch(
        &site,
        "history/2025-10-30.json",
        &[&format!("expected {}", lock[1].1)],
    );

    // In history.json, the file renamed to match: the file says when it was published.
    let site = built();
    let mut h = history(&site);
    h["publications"][1]["date"] = "2025-10-29".into();
    h["publications"][1]["canonical"] = "history/2025-10-29.json".into();
    write_history(&site, &h);
    std::fs::rename(
        site.path("public/history/2025-10-30.json"),
        site.path("public/history/2025-10-29.json"),
    )
    .unwrap();
    assert_mismatch(
        &site,
        "history/2025-10-29.json",
        &["is dated `2025-10-30`; expected 2025-10-29"],
    );
}

#[test]
fn a_dropped_publication_fails_naming_the_file_that_still_chains_to_it() {
    let site = built();
    let lock = recorded(&site);
    let mut h = history(&site);
    h["publications"].as_array_mut().unwrap().remove(1);
    std::fs::remove_file(site.path("public/history/2025-10-30.json")).unwrap();
    write_history(&site, &h);
    assert_mismatch(&site, "history.json", &[&format!("expected {}", lock[0].1)]);
    // history.json made consistent: the canonical file of 2026-11-30 still names the dropped one.
    h["publications"][1]["previous"] = lock[0].1.clone().into();
    write_history(&site, &h);
    assert_mismatch(
        &site,
        "history/2026-11-30.json",
        &[&format!(
            "names {} as the fingerprint before the publication of 2026-11-30; expected {}",
            lock[1].1, lock[0].1
        )],
    );

    // The last publication dropped: its canonical file is listed by none, and with it gone
    // too, data.json still names it.
    let site = built();
    let mut h = history(&site);
    h["publications"].as_array_mut().unwrap().pop();
    write_history(&site, &h);
    assert_mismatch(
        &site,
        "history/2026-11-30.json",
        &["is no canonical file `history.json` lists"],
    );
    std::fs::remove_file(site.path("public/history/2026-11-30.json")).unwrap();
    assert_mismatch(&site, "data.json", &[&format!("expected {}", lock[1].1)]);
}

#[test]
fn a_reordered_pair_fails_naming_history_json() {
    let site = built();
    let mut h = history(&site);
    h["publications"].as_array_mut().unwrap().swap(1, 2);
    write_history(&site, &h);
    assert_mismatch(&site, "history.json", &["as the fingerprint before"]);
    // Each `previous` rewritten to follow the new order, and the canonical files with them,
    // every fingerprint recomputed: the chain holds, but the dates run backward.
    let lock = recorded(&site);
    site.replace("public/history/2026-11-30.json", &lock[1].1, &lock[0].1);
    let moved = sha256(&site.read_bytes("public/history/2026-11-30.json"));
    site.replace("public/history/2025-10-30.json", &lock[0].1, &moved);
    let after = sha256(&site.read_bytes("public/history/2025-10-30.json"));
    h["publications"][1]["previous"] = lock[0].1.clone().into();
    h["publications"][1]["fingerprint"] = moved.clone().into();
    h["publications"][2]["previous"] = moved.into();
    h["publications"][2]["fingerprint"] = after.into();
    write_history(&site, &h);
    assert_mismatch(
        &site,
        "history.json",
        &["lists the publication of 2025-10-30 after that of 2026-11-30"],
    );
}

/// Since when each sub-processor is engaged follows from the history (or its entry's
/// `engaged`, which the snapshots hold): data.json's `engaged-since` rewritten, or one left
/// out, verified as matching.
#[test]
fn a_changed_engagement_date_in_data_json_fails_naming_it() {
    let site = built();
    site.replace(
        "public/data.json",
        "\"instatus\": \"2025-10-30\"",
        "\"instatus\": \"2026-01-01\"",
    );
    assert_mismatch(
        &site,
        "data.json",
        &["instatus", "2026-01-01", "2025-10-30"],
    );
    let site = built();
    site.replace("public/data.json", "\"instatus\": \"2025-10-30\",\n", "");
    assert_mismatch(&site, "data.json", &["instatus", "2025-10-30"]);
    // One the first publication listed engaged already is engaged since a day no publication
    // says (qa70): a date given it is refused, but for the first publication's, which a
    // candor before that wrote from the same history.
    let site = built();
    site.replace(
        "public/data.json",
        "\"instatus\": \"2025-10-30\",\n",
        "\"amazon-web-services-aws\": \"2021-01-01\",\n    \"instatus\": \"2025-10-30\",\n",
    );
    assert_mismatch(
        &site,
        "data.json",
        &["amazon-web-services-aws", "2021-01-01"],
    );
    let site = built();
    site.replace(
        "public/data.json",
        "\"instatus\": \"2025-10-30\",\n",
        "\"amazon-web-services-aws\": \"2022-03-10\",\n    \"instatus\": \"2025-10-30\",\n",
    );
    verify(&site).success();
}

#[test]
fn a_changed_fingerprint_in_data_json_fails_naming_it() {
    let site = built();
    let lock = recorded(&site);
    // The fingerprint of the publication before: a real one, but not the last.
    site.replace("public/data.json", &lock[2].1, &lock[1].1);
    assert_mismatch(
        &site,
        "data.json",
        &[
            &format!("gives {} as the fingerprint", lock[1].1),
            &lock[2].1,
        ],
    );
    // A fact changed in data.json: its fingerprint no longer covers what it states.
    let site = built();
    site.replace(
        "public/data.json",
        "\"notification_deadline_hours\": 24",
        "\"notification_deadline_hours\": 48",
    );
    assert_mismatch(
        &site,
        "data.json",
        &["does not state the facts of the publication of 2026-11-30"],
    );
}

#[test]
fn an_archive_page_or_feed_entry_whose_fingerprint_was_edited_fails_naming_it() {
    let site = built();
    let lock = recorded(&site);
    let page = "de/archive/2025-10-30/index.html";
    site.replace(&format!("public/{page}"), &lock[1].1, &lock[0].1);
    assert_mismatch(
        &site,
        page,
        &[
            &format!("names the fingerprint {}", lock[0].1),
            &format!("expected {}", lock[1].1),
        ],
    );
    // One hex digit off is another fingerprint.
    let mut edited = lock[1].1.clone();
    edited.pop();
    edited.push(if lock[1].1.ends_with('0') { '1' } else { '0' });
    site.replace(&format!("public/{page}"), &lock[0].1, &edited);
    assert_mismatch(&site, page, &[&edited]);
    // Removed altogether.
    site.replace(&format!("public/{page}"), &edited, "");
    assert_mismatch(&site, page, &["names no fingerprint"]);

    let site = built();
    let feed = "nl/feed.xml";
    site.replace(&format!("public/{feed}"), &lock[0].1, &lock[1].1);
    assert_mismatch(
        &site,
        feed,
        &[
            "in its entry of 2022-03-10",
            &format!("expected {}", lock[0].1),
        ],
    );
}

#[test]
fn todays_page_naming_a_fingerprint_must_name_its_publications() {
    // qa99: today's page names no fingerprint; one written into it, of an earlier
    // publication, passed, where the same in an archive page failed.
    let site = built();
    let lock = recorded(&site);
    let page = "en/index.html";
    site.replace(
        &format!("public/{page}"),
        "</main>",
        &format!(
            "<p>Fingerprint of this publication: {}</p></main>",
            lock[0].1
        ),
    );
    let last = &lock.last().unwrap().1;
    assert_mismatch(
        &site,
        page,
        &[
            &format!("names the fingerprint {}", lock[0].1),
            &format!("expected {last}"),
        ],
    );
    // Its own publication's is what it may name.
    let site = built();
    site.replace(
        &format!("public/{page}"),
        "</main>",
        &format!("<p>Fingerprint of this publication: {last}</p></main>"),
    );
    verify(&site).success();
}

#[test]
fn a_feed_entry_must_link_the_canonical_file_of_this_site() {
    // qa99: a feed entry's link to its publication's canonical file was matched by its end
    // alone: one to another host, or to a folder that does not exist, passed.
    for href in [
        "https://evil.example/x/history/2025-10-30.json",
        "../fake/history/2025-10-30.json",
    ] {
        let site = built();
        let feed = "en/feed.xml";
        site.replace(
            &format!("public/{feed}"),
            "href=\"../history/2025-10-30.json\"",
            &format!("href=\"{href}\""),
        );
        assert_mismatch(
            &site,
            feed,
            &["`history/2025-10-30.json`, the canonical file of the publication 2025-10-30"],
        );
    }
}

#[test]
fn a_feed_that_is_not_well_formed_fails() {
    // qa99: bytes that are not UTF-8 after the feed's end passed; a strict feed reader refuses
    // the whole feed.
    let site = built();
    let feed = site.public().join("en/feed.xml");
    let mut bytes = std::fs::read(&feed).unwrap();
    bytes.extend_from_slice(b"<!-- \xff -->");
    std::fs::write(&feed, bytes).unwrap();
    assert_mismatch(&site, "en/feed.xml", &["is not an Atom feed"]);
    // qa101: nor anything after it that ends as it does, which a reader stops before.
    for (lang, after) in [
        ("de", "<entry/>"),
        ("nl", "<entry/></feed>\n"),
        ("en", "<!-- x --><foo></foo></feed>"),
    ] {
        let site = built();
        let feed = site.public().join(lang).join("feed.xml");
        let mut bytes = std::fs::read(&feed).unwrap();
        bytes.extend_from_slice(after.as_bytes());
        std::fs::write(&feed, bytes).unwrap();
        assert_mismatch(&site, &format!("{lang}/feed.xml"), &["is not an Atom feed"]);
    }
}

#[test]
fn no_page_names_a_fingerprint_of_no_publication() {
    // qa101: the fingerprint of another publication, or of none, written into a change log,
    // the list of versions or the list of languages passed, as only today's pages, the
    // archive's and the annexes were read for it.
    let lock = recorded(&built());
    let forged = format!("sha256:{}", "ab".repeat(32));
    for page in [
        "en/changes/index.html",
        "de/archive/index.html",
        "index.html",
    ] {
        let site = built();
        site.replace(
            &format!("public/{page}"),
            "</body>",
            &format!("<p>Fingerprint of this publication: {forged}</p></body>"),
        );
        assert_mismatch(
            &site,
            page,
            &[&format!(
                "names the fingerprint {forged}, of no publication"
            )],
        );
    }
    // One the history lists is a publication's.
    let site = built();
    site.replace(
        "public/en/changes/index.html",
        "</body>",
        &format!("<p>{}</p></body>", lock[0].1),
    );
    verify(&site).success();
}

#[test]
fn a_language_left_out_of_data_json_does_not_hide_its_forged_feed() {
    let site = built();
    let lock = recorded(&site);
    // A forged fingerprint in the Dutch feed, and Dutch taken off data.json's languages,
    // which the fingerprints do not cover.
    site.replace("public/nl/feed.xml", &lock[0].1, &lock[1].1);
    let mut data: Value = serde_json::from_slice(&site.read_bytes("public/data.json")).unwrap();
    data["languages"] = serde_json::json!(["en", "de"]);
    site.write(
        "public/data.json",
        &serde_json::to_string_pretty(&data).unwrap(),
    );
    assert_mismatch(
        &site,
        "nl/",
        &["holds a feed", "data.json does not list `nl`"],
    );
}

/// A copy with a language's page, or an annex its page links, taken away verified all the
/// same ("0 annexes"): what customers read and lawyers sign is missing, and nothing said so.
#[test]
fn a_page_or_an_annex_taken_away_fails_naming_it() {
    for (gone, said) in [
        ("en/index.html", "is missing"),
        ("de/annex/index.html", "`de/index.html` links it"),
        (
            "nl/archive/2025-10-30/annex/index.html",
            "`nl/archive/2025-10-30/index.html` links it",
        ),
    ] {
        let site = built();
        std::fs::remove_file(site.public().join(gone)).unwrap();
        assert_mismatch(&site, gone, &[said]);
    }
}

#[test]
fn a_page_that_is_not_a_file_of_the_folder_fails_naming_it() {
    // The German page replaced by a folder, a link to nowhere, or a link to a file outside.
    let elsewhere = Site::empty();
    elsewhere.write("hostname", "a machine's name\n");
    for (what, said) in [
        ("folder", "is a folder"),
        ("dangling", "is missing"),
        ("outside", "outside"),
    ] {
        let site = built();
        let page = site.public().join("de/index.html");
        std::fs::remove_file(&page).unwrap();
        match what {
            "folder" => std::fs::create_dir(&page).unwrap(),
            "dangling" => std::os::unix::fs::symlink(elsewhere.path("nothing"), &page).unwrap(),
            _ => std::os::unix::fs::symlink(elsewhere.path("hostname"), &page).unwrap(),
        }
        assert_mismatch(&site, "de/index.html", &[said]);
        assert!(!verify(&site).stderr.contains("a machine's name"), "{what}");
    }
}

#[test]
fn the_fingerprint_in_the_margin_of_a_printed_annex_is_its_publications() {
    // The margin of every printed page of an annex names its fingerprint: one put back to an
    // earlier publication's fails, as it does in the annex's own text.
    let site = built();
    let fingerprints: Vec<String> = recorded(&site).into_iter().map(|(_, f)| f).collect();
    let (first, last) = (&fingerprints[0], fingerprints.last().unwrap());
    for css in [
        "en/annex/print.css",
        "de/archive/2025-10-30/annex/print.css",
    ] {
        let site = built();
        let path = site.public().join(css);
        let text = std::fs::read_to_string(&path).unwrap();
        let own = if css.starts_with("en/") {
            last
        } else {
            &fingerprints[1]
        };
        assert!(text.contains(own.as_str()), "{css}: {text}");
        std::fs::write(&path, text.replace(own.as_str(), first)).unwrap();
        assert_mismatch(&site, css, &[&format!("names the fingerprint {first}")]);
        // The earlier one printed across two strings, the right one in a comment; or with
        // its colon escaped.
        let hidden = format!("sha2\" \"56:{} /* {own} */", &first["sha256:".len()..]);
        std::fs::write(&path, text.replace(own.as_str(), &hidden)).unwrap();
        assert_mismatch(&site, css, &[&format!("names the fingerprint {first}")]);
        let escaped = format!("sha256\\3A {}", &first["sha256:".len()..]);
        std::fs::write(&path, text.replace(own.as_str(), &escaped)).unwrap();
        assert_mismatch(&site, css, &[&format!("names the fingerprint {first}")]);
    }
    // In the annex's own text, its colon a character reference, the right one in a comment.
    let site = built();
    let path = site.public().join("en/annex/index.html");
    let text = std::fs::read_to_string(&path).unwrap();
    let spelt = format!("sha256&#58;{}<!-- {last} -->", &first["sha256:".len()..]);
    std::fs::write(&path, text.replacen(last.as_str(), &spelt, 1)).unwrap();
    assert_mismatch(
        &site,
        "en/annex/index.html",
        &[&format!("names the fingerprint {first}")],
    );
}

#[test]
fn a_link_out_of_the_folder_anywhere_in_it_fails() {
    // A language folder that is a link to a folder outside with a forged feed, and a file
    // that is a link to one outside: neither is what candor writes.
    let elsewhere = Site::empty();
    let site = built();
    let outside = elsewhere.path("xx");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::copy(site.public().join("en/feed.xml"), outside.join("feed.xml")).unwrap();
    std::os::unix::fs::symlink(&outside, site.public().join("xx")).unwrap();
    assert_mismatch(&site, "xx", &["outside"]);
    let site = built();
    elsewhere.write("hostname", "a machine's name\n");
    std::os::unix::fs::symlink(
        elsewhere.path("hostname"),
        site.public().join("en/leak.txt"),
    )
    .unwrap();
    assert_mismatch(&site, "en/leak.txt", &["outside"]);
}

#[test]
fn an_archived_version_the_history_does_not_list_fails() {
    let site = built();
    common::copy_recursively(
        &site.path("public/en/archive/2025-10-30"),
        &site.path("public/en/archive/2024-01-01"),
    );
    assert_mismatch(&site, "en/archive/2024-01-01/", &["lists no publication"]);
}

#[cfg(unix)]
#[test]
fn verify_follows_no_link_out_of_the_folder() {
    let site = built();
    // A byte-identical copy outside the folder: following the link would verify.
    let elsewhere = Site::empty();
    let outside = elsewhere.path("2025-10-30.json");
    std::fs::copy(site.path("public/history/2025-10-30.json"), &outside).unwrap();
    std::fs::remove_file(site.path("public/history/2025-10-30.json")).unwrap();
    std::os::unix::fs::symlink(&outside, site.path("public/history/2025-10-30.json")).unwrap();
    assert_mismatch(&site, "history/2025-10-30.json", &["outside"]);
    // A language's archive folder that leads out of it is not listed either.
    let site = built();
    let archive = site.path("public/en/archive");
    let moved = elsewhere.path("archive");
    std::fs::rename(&archive, &moved).unwrap();
    std::os::unix::fs::symlink(&moved, &archive).unwrap();
    assert_mismatch(&site, "en/archive", &["is a link to", "outside"]);
}

#[test]
fn a_folder_that_is_not_a_built_site_is_named_and_nothing_panics() {
    // No folder: a usage error.
    let missing = Site::empty();
    let run = candor(&["verify", missing.path("nothing").to_str().unwrap()], &[]);
    run.expect_code(2);
    assert!(run.stderr.contains("is not a folder"), "{}", run.stderr);
    // The site's own folder, not what it builds: no history.json.
    let site = Site::example();
    let run = candor(&["verify", &site.arg()], &[]);
    run.expect_code(1);
    assert!(
        run.stderr.contains("missing file `history.json`"),
        "{}",
        run.stderr
    );

    let site = built();
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    for garbage in [
        "",
        "{",
        "[]",
        "\u{0}\u{1b}]0;pwned\u{7}",
        r#"{"version":1,"publications":[]}"#,
        r#"{"version":2,"publications":[]}"#,
        r#"{"version":1,"publications":[{"date":"2025-02-30","fingerprint":"x","previous":null,"canonical":"history/2025-02-30.json"}]}"#,
        r#"{"version":1,"publications":[{"date":"2022-03-10","fingerprint":"x","previous":null,"canonical":"../../etc/passwd"}]}"#,
        &deep,
    ] {
        site.write("public/history.json", garbage);
        let run = verify(&site);
        run.expect_code(1);
        assert!(
            run.stderr.contains("`history.json`"),
            "{garbage:?}: {}",
            run.stderr
        );
        assert!(
            !run.stderr.contains('\u{1b}'),
            "no escape reaches the terminal"
        );
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    }
}

#[test]
fn review_pages_are_not_verified_as_a_built_site() {
    // A lawyer's review pages hold the site's history too, but their pages are drafts.
    let site = Site::example();
    site.publish_a_change_at(common::LATER_EPOCH).success();
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 48",
        "notification-deadline-hours = 72",
    );
    let out = site.path("for-review");
    candor(
        &["review", &site.arg(), "--out", out.to_str().unwrap()],
        &[("SOURCE_DATE_EPOCH", "1798848000")],
    )
    .success();
    let run = candor(&["verify", out.to_str().unwrap()], &[]);
    run.expect_code(1);
    assert!(
        compact(&run.stderr).contains(&compact("holds review pages")),
        "{}",
        run.stderr
    );
    // Copied without the folder's marker (as a deploy that leaves out dotfiles would), its
    // pages still say what they are.
    std::fs::remove_file(out.join(".candor-output")).unwrap();
    let run = candor(&["verify", out.to_str().unwrap()], &[]);
    run.expect_code(1);
    assert!(
        run.stderr.contains("`review.css`")
            && compact(&run.stderr).contains(&compact("review pages")),
        "{}",
        run.stderr
    );
    // The built site verifies.
    verify(&site).success();
}

#[cfg(unix)]
#[test]
fn a_link_inside_the_folder_fails_too() {
    // The German page a link to the English one: candor writes no links, and the copy no
    // longer holds the German page.
    let site = built();
    let page = site.public().join("de/index.html");
    std::fs::remove_file(&page).unwrap();
    std::os::unix::fs::symlink("../en/index.html", &page).unwrap();
    assert_mismatch(&site, "de/index.html", &["is a link", "candor writes none"]);
}

#[test]
fn a_language_taken_out_of_data_json_is_still_checked() {
    // Dutch taken out of data.json, its feed deleted, its annex altered: its folder, and the
    // language list's link to it, still say it is one of the site's languages.
    let site = built();
    let mut data: serde_json::Value = serde_json::from_str(&site.read("public/data.json")).unwrap();
    let languages = data["languages"].as_array_mut().unwrap();
    let before = languages.len();
    languages.retain(|l| l != "nl");
    assert_eq!(languages.len(), before - 1, "data.json lists nl");
    site.write(
        "public/data.json",
        &serde_json::to_string_pretty(&data).unwrap(),
    );
    std::fs::remove_file(site.public().join("nl/feed.xml")).unwrap();
    assert_mismatch(&site, "nl/", &["data.json", "`nl`"]);
    // The whole folder gone: the language list still links it.
    std::fs::remove_dir_all(site.public().join("nl")).unwrap();
    assert_mismatch(&site, "index.html", &["links `nl/`", "data.json"]);
}

#[test]
fn a_theme_page_in_a_folder_of_its_own_is_no_language() {
    // A theme's static `help/index.html` is published as it is: a folder with a page, but not
    // a language's, so the copy verifies.
    let site = Site::example();
    site.write(
        "themes/default/static/help/index.html",
        "<!DOCTYPE html><html lang=\"en\"><title>Help</title><p>Help.</p></html>\n",
    );
    site.build(&[]).success();
    assert!(site.public().join("help/index.html").is_file());
    let run = verify(&site);
    run.success();
}

#[test]
fn a_language_the_list_links_however_the_link_is_written_must_be_listed() {
    let site = built();
    let list = site.read("public/index.html");
    assert!(list.contains("href=\"nl/index.html\""));
    for link in [
        "./xx/index.html",
        "de/../xx/index.html",
        "xx",
        "XX/index.html?x",
        "%78x/index.html",
        "xx/start.html",
        "&#120;x/index.html",
        "x&#x78;/index.html",
        "&#x2e;/xx/index.html",
    ] {
        site.write(
            "public/index.html",
            &list.replace("href=\"nl/index.html\"", &format!("href=\"{link}\"")),
        );
        assert_mismatch(&site, "index.html", &["links `xx/`"]);
    }
    // The attribute written as HTML allows, not only as candor writes it.
    for written in [
        "href='xx/index.html'",
        "href=xx/index.html",
        "HREF=\"xx/index.html\"",
    ] {
        site.write(
            "public/index.html",
            &list.replace("href=\"nl/index.html\"", written),
        );
        assert_mismatch(&site, "index.html", &["links `xx/`"]);
    }
}

#[test]
fn a_fifo_or_socket_in_the_folder_fails_naming_it() {
    // candor writes only files and folders; verify never opens such a thing (a FIFO would
    // block the read), and names it rather than passing it by.
    let site = built();
    let fifo = site.public().join("en/feed.xml.pipe");
    rustix::fs::mknodat(
        rustix::fs::CWD,
        &fifo,
        rustix::fs::FileType::Fifo,
        rustix::fs::Mode::from_raw_mode(0o600),
        0,
    )
    .unwrap();
    assert_mismatch(&site, "en/feed.xml.pipe", &["not a file", "FIFO"]);
}

#[test]
fn a_key_written_twice_or_a_field_candor_does_not_write_fails() {
    // qa73: `data.json` with `"notification_deadline_hours": 72, "notification_deadline_hours":
    // 24` verified: a parser that keeps the last value reads 24 hours, one that keeps the first
    // (as several C++ parsers do) reads 72. So did a claim in a field candor does not write.
    let site = built();
    let data = site.read("public/data.json");
    for (forged, says) in [
        (
            data.replacen(
                "\"notification_deadline_hours\": 24",
                "\"notification_deadline_hours\": 72, \"notification_deadline_hours\": 24",
                1,
            ),
            "has the key `notification_deadline_hours` twice in one object",
        ),
        (
            data.replacen("{", "{\n  \"extra-claim\": {\"audited\": true},", 1),
            "unknown field `extra-claim`",
        ),
        // qa75: the format's version was not read at all; `1.0` or `"banana"` verified.
        (
            data.replacen("\"version\": 1,", "\"version\": 1.0,", 1),
            "invalid type: floating point `1.0`, expected u32 at line 2",
        ),
        (
            data.replacen("\"version\": 1,", "\"version\": 2,", 1),
            "has version 2; this candor reads version 1",
        ),
    ] {
        assert_ne!(forged, data);
        site.write("public/data.json", &forged);
        assert_mismatch(&site, "data.json", &[says]);
    }
    site.write("public/data.json", &data);
    let history = site.read("public/history.json");
    let twice = history.replacen("\"version\": 1,", "\"version\": 1, \"version\": 1,", 1);
    assert_ne!(twice, history);
    site.write("public/history.json", &twice);
    assert_mismatch(&site, "history.json", &["`version`"]);
}

#[test]
fn each_copy_of_a_revised_wording_names_its_publication_and_is_where_it_is_listed() {
    // qa105: the copies of a translation's wordings shown after its publication's day were not
    // checked at all: a revised annex naming another fingerprint, one taken away while the
    // copy of its day still linked it, or one made up for a publication never revised, passed.
    let site = Site::example();
    common::revise_the_german_caption(&site);
    site.build_later(&[]).success();
    verify(&site).success();
    let (_, fingerprint) = recorded(&site).pop().unwrap();
    let forged = format!("sha256:{}", "0".repeat(64));
    let folder = format!("de/archive/{}", common::EXAMPLE_DATE_ISO);
    for file in [
        "revision-1/index.html",
        "revision-1/annex/index.html",
        "revision-1/annex/print.css",
    ] {
        let path = format!("public/{folder}/{file}");
        let was = site.read(&path);
        assert!(was.contains(&fingerprint), "{path}");
        site.write(&path, &was.replace(&fingerprint, &forged));
        assert_mismatch(
            &site,
            &format!("{folder}/{file}"),
            &[&format!("names the fingerprint {forged}")],
        );
        site.write(&path, &was);
    }
    verify(&site).success();
    // Taken away, while the copy of its day links it.
    let copy = site.public().join(&folder).join("revision-1");
    let aside = site.path("revision-1-aside");
    std::fs::rename(&copy, &aside).unwrap();
    assert_mismatch(
        &site,
        &format!("{folder}/annex/index.html"),
        &["links `../revision-1/annex/index.html`, which is not there"],
    );
    std::fs::rename(&aside, &copy).unwrap();
    // Made up in a publication never revised: history.json lists no revision that made it.
    // (One made up beside the real ones, for a revision that changed another language, the
    // folder cannot tell: it publishes no translation's words.) Nor is any other folder one
    // candor writes.
    let older = "de/archive/2025-10-30/revision-1";
    common::copy_recursively(&copy, &site.public().join(older));
    assert_mismatch(
        &site,
        &format!("{older}/"),
        &[
            "is the copy of a wording made by revision 1 of the publication 2025-10-30, which `history.json` lists 0 of",
        ],
    );
    std::fs::remove_dir_all(site.public().join(older)).unwrap();
    let other = format!("{folder}/signed");
    common::copy_recursively(&copy, &site.public().join(&other));
    assert_mismatch(
        &site,
        &format!("{other}/"),
        &["is no folder candor writes in an archived publication"],
    );
    std::fs::remove_dir_all(site.public().join(&other)).unwrap();
    // A link written otherwise is the same link (qa107: `./revision-1/index.html` in a
    // theme of one's own failed).
    let day = format!("public/{folder}/index.html");
    let html = site.read(&day);
    site.write(
        &day,
        &html.replace("href=\"revision-1/", "href=\"./revision-1/"),
    );
    verify(&site).success();
    site.write(&day, &html);
    verify(&site).success();
}

#[test]
fn a_style_sheet_that_prints_another_fingerprint_on_a_page_fails() {
    // qa106: one more `<link rel="stylesheet">` in an annex, to a file printing another
    // publication's fingerprint in the margin of every page, verified: the margin is what a
    // signed copy shows.
    let site = built();
    let (_, fingerprint) = recorded(&site).pop().unwrap();
    let forged = format!("sha256:{}", "0".repeat(64));
    let annex = "public/de/annex/index.html";
    let was = site.read(annex);
    let margin = format!("@page {{ @bottom-left {{ content: \"{forged}\" }} }}");
    // Linked, imported by a sheet linked, or written in the page.
    site.write("public/de/annex/margin.css", &margin);
    site.write(
        annex,
        &was.replace(
            "</head>",
            "<link rel=\"stylesheet\" href=\"margin.css\" media=\"print\"></head>",
        ),
    );
    assert_mismatch(
        &site,
        "de/annex/margin.css",
        &[&format!("names the fingerprint {forged}")],
    );
    site.write(annex, &was);
    verify(&site).success();
    let print = site.read("public/de/annex/print.css");
    assert!(print.contains(&fingerprint));
    site.write(
        "public/de/annex/print.css",
        &format!("@import url(\"../../de/annex/margin.css\");\n{print}"),
    );
    assert_mismatch(
        &site,
        "de/annex/margin.css",
        &[&format!("names the fingerprint {forged}")],
    );
    site.write("public/de/annex/print.css", &print);
    site.write(
        annex,
        &was.replace("</head>", &format!("<style>{margin}</style></head>")),
    );
    assert_mismatch(
        &site,
        "de/annex/index.html",
        &[&format!("names the fingerprint {forged}")],
    );
    // From elsewhere: candor links none.
    site.write(
        annex,
        &was.replace(
            "</head>",
            "<link rel=\"stylesheet\" href=\"https://example.com/m.css\" media=\"print\"></head>",
        ),
    );
    assert_mismatch(
        &site,
        "de/annex/index.html",
        &["applies the style sheet `https://example.com/m.css`, which is not in this folder"],
    );
    site.write(annex, &was);
    verify(&site).success();
    // qa107: written so that a reading of the sheet's text missed it, though the printed
    // page shows it: split by a comment, in single quotes, imported by a style element, named
    // by a character reference, its digits in a custom property, beside a `<base>`.
    let hex = "0".repeat(64);
    let print = site.read("public/de/annex/print.css");
    for (file, forged_text, names) in [
        (
            "public/de/annex/print.css",
            format!("{print}\n@page {{ @top-left {{ content: \"sha256:\" /**/ \"{hex}\" }} }}"),
            "de/annex/print.css",
        ),
        (
            "public/de/annex/print.css",
            format!("{print}\n@page {{ @top-left {{ content: \"sha256:\" '{hex}' }} }}"),
            "de/annex/print.css",
        ),
        (
            "public/de/annex/print.css",
            format!(
                "{print}\n:root {{ --h: \"{hex}\" }} @page {{ @top-left {{ content: \"sha256:\" var(--h) }} }}"
            ),
            "de/annex/print.css",
        ),
        (
            annex,
            was.replace(
                "</head>",
                "<style>@import/**/\"margin.css\";</style></head>",
            ),
            "de/annex/margin.css",
        ),
        (
            annex,
            was.replace(
                "</head>",
                "<link rel=\"stylesheet\" href=\"m&#97;rgin.css\"></head>",
            ),
            "de/annex/margin.css",
        ),
    ] {
        let before = site.read(file);
        site.write(file, &forged_text);
        let run = verify(&site);
        run.expect_code(1);
        assert!(
            run.stderr.contains(&format!("`{names}`")) && run.stderr.contains(&hex),
            "{file}: {}",
            run.stderr
        );
        site.write(file, &before);
    }
    site.write(annex, &was.replace("<head>", "<head><base href=\"b/\">"));
    assert_mismatch(&site, "de/annex/index.html", &["has a `<base>` element"]);
    site.write(annex, &was);
    // A page beside those the archive's checks read is read too, `.htm` as `.html`.
    let archived = format!("de/archive/{}/index.html", common::EXAMPLE_DATE_ISO);
    let forged_copy = site
        .read(&format!("public/{archived}"))
        .replace(&fingerprint, &forged);
    for beside in [
        format!("de/archive/{}/signed-copy.html", common::EXAMPLE_DATE_ISO),
        "de/changes/annex.htm".to_string(),
    ] {
        site.write(&format!("public/{beside}"), &forged_copy);
        assert_mismatch(
            &site,
            &beside,
            &[&format!("names the fingerprint {forged}")],
        );
        std::fs::remove_file(site.public().join(&beside)).unwrap();
    }
    // Not a false alarm: comments print nothing (qa107: a commented-out `@import` of a font
    // and a hash in a comment failed a theme of one's own).
    let style = site.read("public/style.css");
    site.write(
        "public/style.css",
        &format!(
            "/* @import url(\"https://fonts.example/css?family=Inter\"); */\n\
             /* inter.woff2, sha256: {} */\n{style}",
            "1".repeat(64)
        ),
    );
    verify(&site).success();
    site.write("public/style.css", &style);
}

#[test]
fn a_page_a_link_leads_to_must_be_there() {
    // qa108: a notice taken away while the change log and the feed still linked it verified.
    let site = crate::second_example::built();
    let notices = site.public().join("de/notices");
    let id = std::fs::read_dir(&notices)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .file_name()
        .to_string_lossy()
        .into_owned();
    let out = site.public();
    candor(&["verify", out.to_str().unwrap()], &[]).success();
    let aside = site.path("notice-aside");
    std::fs::rename(notices.join(&id), &aside).unwrap();
    let run = candor(&["verify", out.to_str().unwrap()], &[]);
    run.expect_code(1);
    assert!(
        compact(&run.stderr).contains(&compact(&format!(
            "links `../notices/{id}/notice.md`, which is not there"
        ))),
        "{}",
        run.stderr
    );
    std::fs::rename(&aside, notices.join(&id)).unwrap();
    candor(&["verify", out.to_str().unwrap()], &[]).success();
}

#[test]
fn a_revision_of_a_translation_is_in_the_published_chain_with_its_own_canonical_file() {
    // 2027-01-01: the German caption revised; 2027-01-02: a fact changed. The revision had no
    // fingerprint, and the published history did not hold it: the German words a revised
    // copy shows could not be checked against anything.
    let site = common::example_revised_then_published();
    let run = verify(&site);
    run.success();
    assert!(
        run.stdout.contains(
            "4 publications from 2022-03-10 to 2027-01-02 and 1 revision of a translation, each matching its fingerprint and chained to the one before"
        ),
        "{}",
        run.stdout
    );
    let lock: toml::Table = site.read("candor.lock").parse().unwrap();
    let publications = lock["publication"].as_array().unwrap();
    let revised = &publications[publications.len() - 2];
    let revision = &revised["revision"].as_array().unwrap()[0];
    let fingerprint = revision["fingerprint"].as_str().unwrap();
    let history = history(&site);
    let listed = &history["publications"][2];
    assert_eq!(listed["date"], common::EXAMPLE_DATE_ISO);
    let canonical = "history/2026-11-30/revised-20270101T000000Z.json";
    assert_eq!(
        listed["revisions"],
        serde_json::json!([{
            "time": "2027-01-01T00:00:00Z",
            "fingerprint": fingerprint,
            "previous": revised["fingerprint"].as_str().unwrap(),
            "canonical": canonical,
        }])
    );
    let bytes = site.read_bytes(&format!("public/{canonical}"));
    assert_eq!(sha256(&bytes), fingerprint);
    // It names the German list of messages it revised, as the lock keeps it.
    let file: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(
        file["translations"]["de"].as_str(),
        revision["translations"]["de"].as_str()
    );
    assert!(file["translations"].get("nl").is_none(), "{file}");
    // The next publication follows the revision, and covers the words it was published with.
    let next = &history["publications"][3];
    assert_eq!(next["previous"].as_str(), Some(fingerprint));
    let next_file: Value =
        serde_json::from_slice(&site.read_bytes("public/history/2027-01-02.json")).unwrap();
    assert_eq!(next_file["previous"].as_str(), Some(fingerprint));
    let last = publications.last().unwrap();
    for lang in ["de", "nl"] {
        assert_eq!(
            next_file["translations"][lang].as_str(),
            last["translations"][lang].as_str(),
            "{lang}"
        );
    }

    // A word of the revision's canonical file changed: it no longer hashes to its fingerprint.
    let path = format!("public/{canonical}");
    let text = site.read(&path);
    site.write(
        &path,
        &text.replacen("\"stale\":{", "\"stale\":{\"de\":[\"x\"],", 1),
    );
    assert_mismatch(
        &site,
        canonical,
        &["does not hash to the fingerprint of the revision"],
    );
    site.write(&path, &text);
    verify(&site).success();
    // The revision dropped from the list: the next publication follows what is not listed.
    let mut without = history.clone();
    without["publications"][2]
        .as_object_mut()
        .unwrap()
        .remove("revisions");
    write_history(&site, &without);
    assert_mismatch(
        &site,
        "history.json",
        &[&format!(
            "names {fingerprint} as the fingerprint before the publication of 2027-01-02"
        )],
    );
}

/// The example with its German caption revised twice, recorded in the same second
/// (2027-01-01T00:00:00Z): two revisions of its last publication.
fn revised_twice_in_one_second() -> Site {
    let site = Site::example();
    let at = [("SOURCE_DATE_EPOCH", common::LATER_EPOCH)];
    common::revise_the_german_caption(&site);
    candor(&["build", &site.arg()], &at).success();
    common::revise_the_german_caption_again(&site);
    candor(&["build", &site.arg()], &at).success();
    site
}

#[test]
fn two_revisions_of_one_second_each_have_their_own_canonical_file() {
    // qa119, qa120: two builds in one second recorded two revisions, listed with one canonical
    // file: the second overwrote the first, and the site never verified again.
    let site = revised_twice_in_one_second();
    let history = history(&site);
    let revisions = history["publications"][2]["revisions"].as_array().unwrap();
    let files: Vec<&str> = revisions
        .iter()
        .map(|r| r["canonical"].as_str().unwrap())
        .collect();
    assert_eq!(
        files,
        [
            "history/2026-11-30/revised-20270101T000000Z.json",
            "history/2026-11-30/revised-20270101T000000Z-2.json"
        ]
    );
    for r in revisions {
        let bytes = site.read_bytes(&format!("public/{}", r["canonical"].as_str().unwrap()));
        assert_eq!(sha256(&bytes), r["fingerprint"].as_str().unwrap());
    }
    verify(&site).success();
}

#[test]
fn a_revision_file_candor_would_not_write_or_one_not_listed_fails() {
    let site = Site::example();
    common::revise_the_german_caption(&site);
    site.build_later(&[]).success();
    verify(&site).success();
    // A file in the history folder that history.json does not list.
    let extra = "public/history/2026-11-30/revised-20270102T000000Z.json";
    site.write(extra, "{}");
    assert_mismatch(
        &site,
        "history/2026-11-30/revised-20270102T000000Z.json",
        &["is no canonical file `history.json` lists"],
    );
    std::fs::remove_file(site.path(extra)).unwrap();
    // A revision that revises nothing, appended with every fingerprint as candor makes them.
    let mut h = history(&site);
    let listed = h["publications"][2]["revisions"][0].clone();
    let head = listed["fingerprint"].as_str().unwrap();
    let empty = format!(
        r#"{{"previous":"{head}","stale":{{}},"time":"2027-01-02T00:00:00Z","translations":{{}}}}"#
    );
    site.write(extra, &empty);
    h["publications"][2]["revisions"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({
            "time": "2027-01-02T00:00:00Z",
            "fingerprint": sha256(empty.as_bytes()),
            "previous": head,
            "canonical": "history/2026-11-30/revised-20270102T000000Z.json",
        }));
    write_history(&site, &h);
    assert_mismatch(
        &site,
        "history/2026-11-30/revised-20270102T000000Z.json",
        &["revises nothing"],
    );
}

#[test]
fn a_site_whose_older_lock_revised_a_publication_before_the_last_verifies() {
    // qa122: a revision an older candor recorded of a publication before the last (version 4,
    // no fingerprint), followed by a publication of the older form, which follows that
    // publication and not its revision: the build read it and listed the revision, and
    // verify refused the site, as if a fingerprint covering translations had come before.
    let site = Site::example();
    let older = common::lock_with_older_revision(&site, 1, "2026-03-01T12:00:00Z");
    site.write("candor.lock", &older);
    site.build(&["--locked"]).success();
    let history = history(&site);
    assert_eq!(history["publications"][1]["date"], "2025-10-30");
    assert_eq!(
        history["publications"][1]["revisions"][0]["time"],
        "2026-03-01T12:00:00Z"
    );
    verify(&site).success();
}

#[test]
fn a_revised_wording_s_copy_names_the_revision_that_made_it_and_no_other() {
    // qa122: the annex of `revision-1/` naming the second revision's fingerprint passed, and
    // so did a copied `revision-9/` of a publication with two revisions.
    let site = revised_twice_in_one_second();
    verify(&site).success();
    let history = history(&site);
    let revisions = history["publications"][2]["revisions"].as_array().unwrap();
    let (first, second) = (
        revisions[0]["fingerprint"].as_str().unwrap(),
        revisions[1]["fingerprint"].as_str().unwrap(),
    );
    let annex = "public/de/archive/2026-11-30/revision-1/annex/index.html";
    let text = site.read(annex);
    assert!(text.contains(first));
    site.write(annex, &text.replace(first, second));
    // And says what it should name: its publication's fingerprint and its revision's (qa146:
    // it named the publication's alone, which a signed copy of this wording does not match).
    let publication = history["publications"][2]["fingerprint"].as_str().unwrap();
    assert_mismatch(
        &site,
        "de/archive/2026-11-30/revision-1/annex/index.html",
        &[
            &format!("names the fingerprint {second}"),
            &format!(
                "expected {publication}, the fingerprint of the publication of 2026-11-30, and {first}, that of revision 1"
            ),
        ],
    );
    site.write(annex, &text);
    // Nor may it link another wording's canonical file as the one its fingerprint is computed
    // from (qa146: revision 2's, linked from revision 1's annex, passed).
    let files: Vec<&str> = revisions
        .iter()
        .map(|r| r["canonical"].as_str().unwrap())
        .collect();
    let (own, other) = (
        files[0].rsplit('/').next().unwrap(),
        files[1].rsplit('/').next().unwrap(),
    );
    assert!(text.contains(own), "{text}");
    site.write(annex, &text.replace(own, other));
    assert_mismatch(
        &site,
        "de/archive/2026-11-30/revision-1/annex/index.html",
        &[&format!("links `../../../../../{}`", files[1])],
    );
    site.write(annex, &text);
    common::copy_recursively(
        &site.path("public/de/archive/2026-11-30/revision-2"),
        &site.path("public/de/archive/2026-11-30/revision-9"),
    );
    assert_mismatch(
        &site,
        "de/archive/2026-11-30/revision-9/",
        &["is the copy of a wording made by revision 9 of the publication 2026-11-30"],
    );
}

#[test]
fn a_language_put_in_a_copy_that_no_record_covers_fails() {
    // Dutch copied as Frisian into a copy, its folder and data.json's list: every fingerprint
    // its pages name is one of the history's, and the copy verified, though no publication
    // had Frisian words.
    let site = Site::example();
    site.publish_a_change_at(common::LATER_EPOCH).success();
    copy_dir(&site.public().join("nl"), &site.public().join("fy"));
    let mut data: Value = serde_json::from_slice(&site.read_bytes("public/data.json")).unwrap();
    data["languages"]
        .as_array_mut()
        .unwrap()
        .push(Value::from("fy"));
    site.write(
        "public/data.json",
        &serde_json::to_string_pretty(&data).unwrap(),
    );
    assert_mismatch(
        &site,
        "data.json",
        &[
            "lists `en` and `fy` among the site's languages, but neither the fingerprint of the publication of 2027-01-01 nor a revision's covers their words",
            "so all of these but the source language were never published",
        ],
    );
    // A language added after the publication, by a revision that records its words, is one.
    let site = Site::example();
    site.publish_a_change_at(common::LATER_EPOCH).success();
    site.add_language_copied_from("nl", "fy");
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1798848000")],
    )
    .success();
    assert_eq!(
        history(&site)["publications"][3]["revisions"]
            .as_array()
            .unwrap()
            .len(),
        1,
        "Frisian added is a revision of the publication of 2027-01-01"
    );
    verify(&site).success();
}

/// Copies the folder `from` to `to`, files and folders.
fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        match entry.file_type().is_dir() {
            true => std::fs::create_dir_all(&target).unwrap(),
            false => drop(std::fs::copy(entry.path(), &target).unwrap()),
        }
    }
}
