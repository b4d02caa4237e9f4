//! The build's receipt (`.public.candor-receipt`): a rebuild with nothing changed leaves the
//! output as it is, and anything that changed a source, the options or the output itself
//! renders it again, exactly as a build from nothing would.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::common::{LANGUAGES, Page, Run, Site, assert_same_tree, tree};

const LEFT: &str = "nothing changed since the last build, so the output was left as it was";

/// Whether `run` left the output as it was.
fn left(run: &Run) -> bool {
    run.success();
    run.stdout.contains(LEFT)
}

/// The output a build from nothing gives for the site as it now is (into a folder of its own).
fn fresh(site: &Site) -> BTreeMap<PathBuf, Vec<u8>> {
    let outs = Site::empty();
    let out = outs.path("out");
    site.build(&["--out", out.to_str().unwrap()]).success();
    tree(&out)
}

/// Builds once and asserts that the build rendered, and that its output is a fresh build's;
/// then builds again and asserts that this one left the output as it was, the same.
#[track_caller]
fn renders_then_rests(site: &Site, why: &str) {
    assert!(
        !left(&site.build(&[])),
        "{why}: the output was left as it was"
    );
    let built = tree(&site.public());
    assert_same_tree(&fresh(site), &built);
    assert!(
        left(&site.build(&[])),
        "{why}: the next build rendered again"
    );
    assert_same_tree(&built, &tree(&site.public()));
}

/// Every file and folder of the output with its inode and its modification and change times.
#[cfg(unix)]
fn identities(dir: &Path) -> BTreeMap<PathBuf, (u64, i64, i64, i64, i64)> {
    use std::os::unix::fs::MetadataExt;
    let mut all = BTreeMap::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            let m = std::fs::symlink_metadata(&path).unwrap();
            if m.is_dir() {
                folders.push(path.clone());
            }
            let identity = (
                m.ino(),
                m.mtime(),
                m.mtime_nsec(),
                m.ctime(),
                m.ctime_nsec(),
            );
            all.insert(path, identity);
        }
    }
    all
}

#[cfg(unix)]
#[test]
fn a_rebuild_with_nothing_changed_leaves_every_file_as_it_was_and_says_so() {
    let site = Site::example();
    assert!(!left(&site.build(&[])), "the first build renders");
    let before = identities(&site.public());
    let bytes = tree(&site.public());
    for _ in 0..2 {
        let run = site.build(&[]);
        assert!(left(&run), "{}", run.stdout);
        assert_eq!(
            identities(&site.public()),
            before,
            "nothing in the output was touched"
        );
    }
    assert_same_tree(&bytes, &tree(&site.public()));
    assert_same_tree(&fresh(&site), &bytes);
    // `--locked` (as in CI) reads the same receipt: it publishes nothing new either.
    assert!(left(&site.build(&["--locked"])));
}

/// A publication, and a change of words only, each render; so does the change undone.
#[test]
fn a_changed_fact_or_word_renders_and_the_next_build_rests() {
    let site = Site::example_without_notice();
    renders_then_rests(&site, "first build");
    site.replace(
        "content/subprocessors.toml",
        "name = \"Voys\"",
        "name = \"Voysa\"",
    );
    renders_then_rests(&site, "a fact changed");
    let publications = site.publications();
    for lang in LANGUAGES.map(|words| words.lang) {
        assert!(site.page(lang).readable_text().contains("Voysa"), "{lang}");
    }
    site.replace(
        "content/subprocessors.toml",
        "name = \"Voysa\"",
        "name = \"Voys\"",
    );
    renders_then_rests(&site, "the fact changed back");
    assert_eq!(site.publications().len(), publications.len() + 1);
    site.replace(
        "locales/de/changes.ftl",
        "changes-intro = Jede Veröffentlichung",
        "changes-intro = Wirklich jede Veröffentlichung",
    );
    renders_then_rests(&site, "a word changed");
    let changes = Page::read_file(&site.public().join("de/changes/index.html"), Some("de"));
    assert!(changes.readable_text().contains("Wirklich jede"));
    // A theme of the site's own, added.
    site.write("themes/default/static/extra.css", "p { color: red }");
    renders_then_rests(&site, "a file added to the theme");
}

/// Whatever happened to the output since the last build, the next one renders it again: a file
/// edited (even with its size and modification time put back), added, removed or made
/// unreadable, a pseudo-localized build, or a build into another folder that shares nothing.
#[cfg(unix)]
#[test]
fn an_output_touched_since_the_last_build_is_rendered_again() {
    use std::os::unix::fs::PermissionsExt;
    let site = Site::example();
    renders_then_rests(&site, "first build");

    let page = site.public().join("de/index.html");
    let modified = std::fs::metadata(&page).unwrap().modified().unwrap();
    let text = std::fs::read_to_string(&page).unwrap();
    let forged = text.replacen("<main", "<mian", 1);
    assert_eq!(forged.len(), text.len());
    std::fs::write(&page, &forged).unwrap();
    let file = std::fs::File::options().write(true).open(&page).unwrap();
    file.set_times(std::fs::FileTimes::new().set_modified(modified))
        .unwrap();
    drop(file);
    assert_eq!(
        std::fs::metadata(&page).unwrap().modified().unwrap(),
        modified
    );
    renders_then_rests(&site, "a page edited, its time put back");
    assert_eq!(std::fs::read_to_string(&page).unwrap(), text);

    // A file added that candor did not write is not candor's to remove: the build refuses,
    // naming it; taken away, the output is rendered again.
    std::fs::write(site.public().join("stray.html"), "stray").unwrap();
    let run = site.build(&[]);
    run.expect_code(2);
    assert!(run.stderr.contains("`stray.html`"), "{}", run.stderr);
    std::fs::remove_file(site.public().join("stray.html")).unwrap();
    renders_then_rests(&site, "a file added, then taken away");
    std::fs::remove_file(site.public().join("nl/feed.xml")).unwrap();
    renders_then_rests(&site, "a file removed");
    std::fs::set_permissions(&page, std::fs::Permissions::from_mode(0o600)).unwrap();
    renders_then_rests(&site, "a file's permissions changed");

    site.build(&["--pseudo", "--out", site.public().to_str().unwrap()])
        .expect_code(2);
    assert!(
        left(&site.build(&[])),
        "a pseudo-localized build refused leaves it as it was"
    );

    std::fs::remove_file(site.path(".public.candor-receipt")).unwrap();
    renders_then_rests(&site, "the receipt removed");
}

/// The receipt is candor's: a file of that name that candor did not write is read as none,
/// and never replaced or removed.
#[test]
fn a_file_where_the_receipt_goes_that_is_not_candors_is_left_alone() {
    // And said (qa155: a link there was left alone, and every build rendered the whole site
    // with no word why).
    let site = Site::example();
    let receipt = site.path(".public.candor-receipt");
    std::fs::write(&receipt, "my notes").unwrap();
    let said = |what: &str| {
        format!(
            "`.public.candor-receipt` beside the output is {what}, not candor's receipt: candor leaves it as it is, and renders the whole site at every build"
        )
    };
    for _ in 0..2 {
        let run = site.build(&[]);
        assert!(!left(&run));
        assert!(
            run.stderr.contains(&said("a file candor did not write")),
            "{}",
            run.stderr
        );
        assert_eq!(std::fs::read_to_string(&receipt).unwrap(), "my notes");
    }
    std::fs::remove_file(&receipt).unwrap();
    #[cfg(unix)]
    {
        let elsewhere = Site::empty();
        std::os::unix::fs::symlink(elsewhere.path("receipt"), &receipt).unwrap();
        let run = site.build(&[]);
        assert!(!left(&run));
        assert!(
            run.stderr.contains(&said("a symbolic link")),
            "{}",
            run.stderr
        );
        assert!(!elsewhere.path("receipt").exists());
        assert!(std::fs::symlink_metadata(&receipt).unwrap().is_symlink());
    }
    // Its own says nothing of the kind.
    std::fs::remove_file(&receipt).unwrap();
    let run = site.build(&[]);
    assert!(
        !run.stderr.contains("not candor's receipt"),
        "{}",
        run.stderr
    );
    assert!(left(&site.build(&[])));
}

/// The receipt of one output says nothing of another: each output folder has its own.
#[test]
fn each_output_folder_has_its_own_receipt() {
    let site = Site::example();
    let elsewhere = Site::empty();
    let out = elsewhere.path("site");
    let out = out.to_str().unwrap();
    renders_then_rests(&site, "first build");
    assert!(!left(&site.build(&["--out", out])), "another folder");
    assert!(left(&site.build(&["--out", out])));
    assert!(left(&site.build(&[])));
    assert!(elsewhere.path(".site.candor-receipt").is_file());
}

/// A rebuild with nothing changed says what the build it rests on said: its warnings, each
/// with the lines of its file, and its summary, byte for byte, however many times it runs;
/// `--locked` too, which reads the site once for itself.
#[test]
fn a_rebuild_with_nothing_changed_says_the_warnings_of_the_build_it_rests_on() {
    let site = Site::example();
    let first = site.build(&[]);
    first.success();
    assert!(
        first
            .stderr
            .contains("say whether data leaves the EEA, not where it goes"),
        "the example warns: {}",
        first.stderr
    );
    let rebuilds: Vec<Run> = (0..3).map(|_| site.build(&[])).collect();
    for run in &rebuilds {
        assert!(left(run), "{}", run.stdout);
        assert_eq!(
            run.stderr, first.stderr,
            "the same warnings, drawn the same"
        );
        assert_eq!(run.stdout, rebuilds[0].stdout);
    }
    let locked: Vec<Run> = (0..2).map(|_| site.build(&["--locked"])).collect();
    for run in &locked {
        assert!(left(run), "{}", run.stdout);
        assert_eq!(run.stderr, first.stderr);
        assert_eq!(run.stdout, rebuilds[0].stdout);
    }
}

/// What a rebuild says depends on the day as well as on the sources: a change announced for a
/// day that has since come is told on that day, though nothing else changed.
#[test]
fn a_rebuild_with_nothing_changed_on_a_later_day_tells_what_took_effect_since() {
    let site = crate::second_example::copy();
    let at = |epoch: &str| {
        crate::common::candor(&["build", &site.arg()], &[("SOURCE_DATE_EPOCH", epoch)])
    };
    // 30 November, when Tracelight was announced for 1 February: nothing to say.
    for _ in 0..3 {
        let run = at("1795996800");
        run.success();
        assert_eq!(run.stderr, "", "30 November");
    }
    // 2 February: Tracelight has taken effect, which the last publication shows to come.
    let told = "`Tracelight`: the change announced for 2027-02-01 has taken effect";
    let first = at("1801526400");
    assert!(first.stderr.contains(told), "{}", first.stderr);
    for _ in 0..2 {
        let run = at("1801526400");
        assert!(left(&run), "{}", run.stdout);
        assert_eq!(run.stderr, first.stderr);
    }
    // And back on 30 November (a clock set back), nothing again.
    assert_eq!(at("1795996800").stderr, "");
}

/// A folder is part of the site as much as a file: one added or taken away, though empty,
/// changes what the build says (a theme's folder gone is an error, a language's folder that is
/// not configured a warning), and the next build says it.
#[test]
fn an_empty_folder_added_or_taken_away_is_a_change() {
    let site = Site::example();
    site.replace("candor.toml", "theme = \"default\"", "theme = \"custom\"");
    std::fs::create_dir_all(site.path("themes/custom")).unwrap();
    site.build(&[]).success();
    assert!(left(&site.build(&[])));
    std::fs::remove_dir(site.path("themes/custom")).unwrap();
    let run = site.build(&[]);
    run.expect_code(1);
    assert!(
        run.stderr.contains("the theme `custom` does not exist"),
        "{}",
        run.stderr
    );
    std::fs::create_dir_all(site.path("themes/custom")).unwrap();
    let quiet = site.build(&[]);
    assert!(left(&quiet), "{}", quiet.stdout);
    std::fs::create_dir_all(site.path("locales/es")).unwrap();
    let run = site.build(&[]);
    assert!(run.stderr.contains("`locales/es`"), "{}", run.stderr);
    assert!(left(&site.build(&[])));
    std::fs::remove_dir(site.path("locales/es")).unwrap();
    let run = site.build(&[]);
    assert_eq!(run.stderr, quiet.stderr, "the warning goes with the folder");
}

/// What a build says names the site as it was given (`candor mark-reviewed SITE …`): built
/// from inside it, the next build names it as that one was given.
#[test]
fn a_rebuild_names_the_site_as_it_was_given() {
    let site = Site::example();
    site.replace(
        "locales/en/site.ftl",
        "subject-patients = Patients",
        "subject-patients = All patients",
    );
    site.build(&[]).success();
    let given = site.build(&[]);
    assert!(left(&given), "{}", given.stdout);
    let suggested = format!("candor mark-reviewed {} --locale", site.arg());
    assert!(given.stderr.contains(&suggested), "{}", given.stderr);
    let inside = crate::common::candor_in(site.root(), &["build", "."], &[]);
    assert!(left(&inside), "{}", inside.stdout);
    assert!(
        inside.stderr.contains("candor mark-reviewed --locale"),
        "{}",
        inside.stderr
    );
    assert!(!inside.stderr.contains(&suggested), "{}", inside.stderr);
}

/// A build that rewrote a translation record said what the record said before; the next build
/// reads the record as rewritten, and says what that one says (qa48: a record put back from
/// version control, which candor's own help suggests).
#[test]
fn a_rebuild_after_a_translation_record_was_rewritten_says_what_the_record_now_says() {
    let site = Site::example();
    let record = site.read("locales/de/translated-from.toml");
    site.replace(
        "locales/en/annex.ftl",
        "annex-link = Annex for the data processing agreement (to print)",
        "annex-link = Annex for the DPA (to print)",
    );
    site.replace(
        "locales/de/annex.ftl",
        "annex-link = Anlage zum Auftragsverarbeitungsvertrag (zum Ausdrucken)",
        "annex-link = Anlage zum AVV (zum Ausdrucken)",
    );
    site.build(&[]).success();
    site.write("locales/de/translated-from.toml", &record);
    site.build(&[]).success();
    assert_ne!(site.read("locales/de/translated-from.toml"), record);
    let next = site.build(&[]);
    assert!(left(&next), "{}", next.stdout);
    std::fs::remove_file(site.path(".public.candor-receipt")).unwrap();
    let full = site.build(&[]);
    assert_eq!(next.stderr, full.stderr);
}
