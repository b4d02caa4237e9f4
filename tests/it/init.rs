//! `candor init DIR`: a new site that builds at once, and never over an existing one.

use crate::common;

use common::{LANGUAGES, LATER_DATE_ISO, LATER_EPOCH, Site, assert_stamp, candor, text, tree};

/// The organisation name the starter content sets.
fn starter_name(site_dir: &std::path::Path) -> String {
    let text = std::fs::read_to_string(site_dir.join("content/organisation.toml"))
        .expect("init writes content/organisation.toml");
    let table: toml::Table = text.parse().expect("organisation.toml is TOML");
    let name = table["name"].as_str().expect("a name").to_string();
    assert!(!name.trim().is_empty());
    name
}

#[test]
fn a_new_site_builds_in_every_language() {
    let tmp = Site::empty();
    let dir = tmp.path("new-site");
    let dir_arg = dir.to_str().unwrap();
    candor(&["init", dir_arg], &[]).success();
    assert!(dir.join("candor.toml").is_file());
    assert!(
        !dir.join("candor.lock").exists(),
        "a new site has no publications yet"
    );
    let name = starter_name(&dir);
    // What candor writes into the site folder is never committed by mistake.
    let ignored = std::fs::read_to_string(dir.join(".gitignore")).unwrap();
    for line in ["/public", "/review"] {
        assert!(ignored.lines().any(|l| l == line), "{line}: {ignored}");
    }

    candor(&["check", dir_arg], &[("SOURCE_DATE_EPOCH", LATER_EPOCH)]).success();
    let run = candor(&["build", dir_arg], &[("SOURCE_DATE_EPOCH", LATER_EPOCH)]);
    run.success();
    assert!(
        run.stdout.contains("recorded"),
        "the first build records the first publication: {}",
        run.stdout
    );
    let lock = std::fs::read_to_string(dir.join("candor.lock")).unwrap();
    assert_eq!(common::publication_dates(&lock), [LATER_DATE_ISO]);

    let out = dir.join("public");
    for words in LANGUAGES {
        let page = common::Page::read(&out, words.lang);
        assert_eq!(page.html_lang(), words.lang);
        assert!(
            page.text_of("h1").contains(&name),
            "{}: `{name}` in the heading `{}`",
            words.lang,
            page.text_of("h1")
        );
        assert_stamp(&page, LATER_DATE_ISO, words.later_date);
        assert!(
            page.all("section#subprocessors table").len() == 1,
            "{}: a sub-processor table",
            words.lang
        );
    }
    let index = common::Page::read_file(&out.join("index.html"), None);
    let names: Vec<String> = index
        .all("main a[hreflang] .language-name")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(names, ["English", "Deutsch", "Nederlands"]);

    // The new site's lock is current.
    candor(&["build", dir_arg, "--locked"], &[]).success();
}

#[test]
fn init_into_an_empty_folder_works() {
    let tmp = Site::empty();
    candor(&["init", &tmp.arg()], &[]).success();
    assert!(tmp.path("candor.toml").is_file());
}

#[test]
fn init_never_writes_into_a_folder_with_files() {
    let site = Site::example();
    let before = tree(site.root());
    let run = candor(&["init", &site.arg()], &[]);
    run.expect_code(2);
    assert!(
        run.stderr.contains("not empty"),
        "the error says why:\n{}",
        run.stderr
    );
    common::assert_same_tree(&before, &tree(site.root()));

    let tmp = Site::empty();
    tmp.write("notes.txt", "mine\n");
    candor(&["init", &tmp.arg()], &[]).expect_code(2);
    assert!(!tmp.path("candor.toml").exists());
    assert_eq!(tmp.read("notes.txt"), "mine\n");
}
