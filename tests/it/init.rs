//! `candor init DIR`: a new site that can be previewed at once, publishes nothing until its
//! placeholders are replaced, and is never written over an existing one.

use crate::common;

use common::{LANGUAGES, LATER_DATE_ISO, LATER_EPOCH, Site, assert_stamp, candor, text, tree};

/// The organisation name the starter content sets, once its placeholder is replaced.
fn starter_name(site_dir: &std::path::Path) -> String {
    let text = std::fs::read_to_string(site_dir.join("content/organisation.toml"))
        .expect("init writes content/organisation.toml");
    let table: toml::Table = text.parse().expect("organisation.toml is TOML");
    let name = table["name"].as_str().expect("a name").to_string();
    assert!(!name.trim().is_empty() && !name.contains('<'), "{name}");
    name
}

/// Every placeholder of the new site's content: `content/FILE:LINE:COLUMN` of its opening
/// quote, and the value it wraps. Found in the files as written, not by candor.
fn placeholders(site_dir: &std::path::Path) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(site_dir.join("content")).unwrap() {
        let path = entry.unwrap().path();
        let name = format!("content/{}", path.file_name().unwrap().to_str().unwrap());
        for (i, line) in std::fs::read_to_string(&path).unwrap().lines().enumerate() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            for (at, _) in line.match_indices("\"<placeholder: ") {
                let rest = &line[at + "\"<placeholder: ".len()..];
                let value = &rest[..rest.find(">\"").expect("a closed placeholder")];
                let column = line[..at].chars().count() + 1;
                found.push((format!("{name}:{}:{column}", i + 1), value.to_string()));
            }
        }
    }
    found.sort();
    found
}

/// Replaces every placeholder with a value of one's own: the wrapped one, with `Real` in front of
/// the made-up names, as a user would.
fn fill_in(site_dir: &std::path::Path) {
    for entry in std::fs::read_dir(site_dir.join("content")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let text = text
            .replace("\"<placeholder: Example", "\"<placeholder: Real")
            .replace("\"<placeholder: 48>\"", "\"<placeholder: 36>\"");
        std::fs::write(&path, text).unwrap();
    }
    common::fill_in(site_dir);
}

#[test]
fn a_new_site_publishes_nothing_until_every_placeholder_is_replaced() {
    let tmp = Site::empty();
    let dir = tmp.path("new-site");
    let dir_arg = dir.to_str().unwrap();
    candor(&["init", dir_arg], &[]).success();
    assert!(dir.join("candor.toml").is_file());
    assert!(
        !dir.join("candor.lock").exists(),
        "a new site has no publications yet"
    );
    let marked = placeholders(&dir);
    assert!(
        marked.iter().any(|(_, v)| v == "Example Ltd") && marked.len() >= 10,
        "the made-up facts are marked: {marked:?}"
    );
    // Numbers too (qa150: the hours to notify a breach in and the retention period's count
    // were made up, unmarked, and published once the strings were replaced).
    for (file, value) in [("breach.toml", "48"), ("retention.toml", "1")] {
        assert!(
            (marked.iter())
                .any(|(at, v)| at.starts_with(&format!("content/{file}:")) && v == value),
            "{file}: {value} is marked: {marked:?}"
        );
    }

    // `check` and `build` name every placeholder, at its file, line and column, and publish
    // nothing: no candor.lock, no public/.
    for command in ["check", "build"] {
        let run = candor(&[command, dir_arg], &[("SOURCE_DATE_EPOCH", LATER_EPOCH)]);
        run.expect_code(1);
        for (position, value) in &marked {
            assert!(
                run.stderr.contains(position)
                    && run.stderr.contains(&format!("`{value}` is a placeholder")),
                "{command} names {value} at {position}:\n{}",
                run.stderr
            );
        }
        assert!(
            run.stderr.contains("replace this with the real value"),
            "{}",
            run.stderr
        );
        assert!(!dir.join("candor.lock").exists(), "{command} recorded");
        assert!(!dir.join("public").exists(), "{command} wrote public/");
    }
    candor(&["build", dir_arg, "--locked"], &[]).expect_code(1);
    assert!(!dir.join("candor.lock").exists());

    // The review pages preview it at once, placeholders shown and warned about.
    let run = candor(&["review", dir_arg], &[]);
    run.success();
    assert!(
        run.stderr
            .contains("`Example Ltd` is a placeholder, shown here but never published"),
        "{}",
        run.stderr
    );
    let review = std::fs::read_to_string(dir.join("review/en/index.html")).unwrap();
    assert!(review.contains("Example Ltd"));
    assert!(!dir.join("candor.lock").exists(), "review records nothing");
    // Each review page says, at its top, that it shows made-up values as if they were facts:
    // only the terminal did, and legal, who read the pages, could approve them (qa117).
    let count = marked.len();
    for (lang, said) in [
        (
            "en",
            format!("{count} values on this draft are made-up examples that candor init wrote"),
        ),
        (
            "de",
            format!("{count} Werte in diesem Entwurf sind erfundene Beispiele von candor init"),
        ),
        (
            "nl",
            format!("{count} waarden in dit concept zijn verzonnen voorbeelden van candor init"),
        ),
    ] {
        for document in ["index.html", "annex/index.html", "changes/index.html"] {
            let page =
                common::Page::read_file(&dir.join("review").join(lang).join(document), Some(lang));
            let note = page.text_of(".review-placeholders");
            assert!(note.contains(&said), "{lang} {document}: {note}");
        }
    }

    fill_in(&dir);
    assert_eq!(placeholders(&dir), []);
    let name = starter_name(&dir);
    assert_eq!(name, "Real Ltd");
    // What candor writes into the site folder is never committed by mistake.
    let ignored = std::fs::read_to_string(dir.join(".gitignore")).unwrap();
    for line in [
        "/public/",
        "/review/",
        "/.public.candor-previous/",
        "/.public.candor-receipt",
        "/.review.candor-previous/",
    ] {
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
    assert!(
        !lock.contains("placeholder") && !lock.contains("Example"),
        "{lock}"
    );

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
        // Why, how and how often the data is processed are the user's to state (qa107: the
        // starter's were published as the new site's own): not stated until then.
        let annex = common::Page::read_file(
            &out.join(words.lang).join("annex/index.html"),
            Some(words.lang),
        );
        let not_stated = match words.lang {
            "de" => "Nicht angegeben",
            "nl" => "Niet vermeld",
            _ => "Not stated",
        };
        for fact in ["frequency", "operations", "purposes"] {
            assert_eq!(
                annex.text_of(&format!("#processing tr[data-fact='{fact}'] td")),
                not_stated,
                "{} {fact}",
                words.lang
            );
        }
    }
    // The numbers the user wrote in place of the made-up ones.
    let page = common::Page::read(&out, "en").readable_text();
    assert!(page.contains("within 36 hours"), "{page}");
    // The words are grammatical: "Kunde" is declined (Fluent terms with a case variant).
    let declined = [
        ("de", "nach Ende des Vertrags mit dem Kunden"),
        ("de", "übergibt die personenbezogenen Daten an den Kunden."),
        ("de", "liegt stets beim Kunden."),
        ("de", "Der Kunde kann"),
        ("nl", "na afloop van de overeenkomst met de klant"),
        ("nl", "draagt de persoonsgegevens over aan de klant."),
    ];
    for (lang, phrase) in declined {
        let page = common::Page::read(&out, lang).readable_text();
        assert!(page.contains(phrase), "{lang}: `{phrase}` in\n{page}");
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

/// A link to nowhere was refused as "cannot create `site/schemas`: File exists", a path inside
/// the link and the wrong reason: it names the link and where it points, and creates nothing.
#[cfg(unix)]
#[test]
fn init_into_a_link_to_nowhere_says_so() {
    let tmp = Site::empty();
    std::os::unix::fs::symlink(tmp.path("nowhere"), tmp.path("site")).unwrap();
    let run = candor(&["init", tmp.path("site").to_str().unwrap()], &[]);
    run.expect_code(2);
    assert!(
        common::compact(&run.stderr).contains("isalinkto"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("File exists"), "{}", run.stderr);
    assert!(!tmp.path("nowhere").exists());
}

/// Every key of `candor.toml`, by the table it is in ("" for the top level).
const CONFIG_KEYS: &[(&str, &str)] = &[
    ("", "source-language"),
    ("", "languages"),
    ("", "theme"),
    ("", "base-url"),
    ("date-locale", "en"),
    ("translations", "stale"),
    ("subprocessors", "notice-days"),
    ("annex", "annex-iii"),
    ("annex", "annex-i-b"),
    ("adequacy.BR", "decision"),
    ("adequacy.BR", "adopted"),
    ("adequacy.BR", "scope"),
];

#[test]
fn the_new_configuration_names_every_key_and_each_one_works_uncommented() {
    let tmp = Site::empty();
    candor(&["init", &tmp.arg()], &[]).success();
    // Every commented-out key and table, uncommented: what a user does to set them.
    let uncommented: String = tmp
        .read("candor.toml")
        .lines()
        .map(|line| {
            let rest = line.strip_prefix("# ").unwrap_or(line);
            let is_setting = rest.starts_with('[')
                || rest
                    .split_once(" = ")
                    .is_some_and(|(k, _)| k.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
            if is_setting { rest } else { line }
        })
        .map(|l| format!("{l}\n"))
        .collect();
    let table: toml::Table = uncommented.parse().expect("the uncommented file is TOML");
    for (section, key) in CONFIG_KEYS {
        let mut at = &table;
        for part in section.split('.').filter(|p| !p.is_empty()) {
            at = at[part].as_table().unwrap_or_else(|| panic!("[{section}]"));
        }
        assert!(at.contains_key(*key), "[{section}] {key} in\n{uncommented}");
    }
    // The example decision's name is left unfinished: as written, it is refused (qa150: a
    // transfer rested on a decision that does not exist), and a user fills it in.
    assert!(uncommented.contains("(EU) 2026/…"), "{uncommented}");
    tmp.write("candor.toml", &uncommented);
    fill_in(tmp.root());
    let run = candor(&["check", &tmp.arg()], &[]);
    run.expect_code(1);
    let line = 1 + uncommented
        .lines()
        .position(|l| l.contains("(EU) 2026/…"))
        .unwrap();
    assert!(
        run.stderr
            .contains("`[adequacy.BR]` names its decision unfinished")
            && run.stderr.contains(&format!("[candor.toml:{line}:12]")),
        "{}",
        run.stderr
    );
    // candor reads each of them: none is unknown, misspelt or of the wrong type.
    tmp.write(
        "candor.toml",
        &uncommented.replace("(EU) 2026/…", "(EU) 2026/1234"),
    );
    let run = candor(&["check", &tmp.arg()], &[]);
    assert!(
        !run.stderr.contains("[candor.toml:") && !run.stderr.contains("unknown field"),
        "every key is read as written:\n{}",
        run.stderr
    );
}

/// Before anything is published, `diff` lists every word of the site as new, those of each
/// data subject and category too: they are not passed over as the words of facts named anew,
/// as they are against a publication (8c86de9 left them out).
#[test]
fn diff_of_a_new_site_lists_the_words_of_every_fact() {
    let tmp = Site::empty();
    candor(&["init", &tmp.arg()], &[]).success();
    let diff = candor(&["diff", &tmp.arg()], &[("SOURCE_DATE_EPOCH", LATER_EPOCH)]);
    let processing = tmp.read("content/processing.toml");
    let listed = |key: &str| -> Vec<String> {
        let line = processing
            .lines()
            .find(|l| l.starts_with(&format!("{key} = [")))
            .unwrap_or_else(|| panic!("no `{key}` in {processing}"));
        line.split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    };
    for (key, prefix) in [("subjects", "subject-"), ("categories", "category-")] {
        for id in listed(key) {
            assert!(
                diff.stdout.contains(&format!("{prefix}{id}")),
                "{prefix}{id}: {}",
                diff.stdout
            );
        }
    }
    // qa90: a sub-processor given the day it was engaged, as the file's comments ask for one
    // the first publication lists, was "listed late", the words of a late disclosure; and each
    // language's words were "not recorded at that publication", of a publication there is not.
    tmp.replace(
        "content/subprocessors.toml",
        "purpose = \"hosting\"\n",
        "purpose = \"hosting\"\nengaged = 2024-03-01\n",
    );
    let diff = candor(&["diff", &tmp.arg()], &[("SOURCE_DATE_EPOCH", LATER_EPOCH)]);
    assert!(
        diff.stdout.contains(", engaged since 2024-03-01\n"),
        "{}",
        diff.stdout
    );
    assert!(!diff.stdout.contains("listed late"), "{}", diff.stdout);
    assert!(!diff.stdout.contains("not recorded"), "{}", diff.stdout);
    assert!(
        diff.stdout.contains("de: (no publication yet)"),
        "{}",
        diff.stdout
    );
}

/// A file where a folder is named was refused with the system's words: "cannot read `i6`:
/// Not a directory" from `init`, "cannot create `f1`: File exists" from `man` and `schema`
/// (qa39). Each says it is a file, leaves it as it was and writes nothing.
#[test]
fn a_file_named_as_the_folder_to_write_into_is_said_to_be_one() {
    let tmp = Site::empty();
    let file = tmp.path("notes.txt");
    std::fs::write(&file, "mine\n").unwrap();
    let name = file.to_str().unwrap();
    for args in [
        vec!["init", name],
        vec!["man", "--out", name],
        vec!["schema", "--out", name],
    ] {
        let run = candor(&args, &[]);
        run.expect_code(2);
        assert!(
            run.stderr.contains("is a file, not a folder"),
            "{args:?}: {}",
            run.stderr
        );
        assert_eq!(
            std::fs::read_to_string(&file).unwrap(),
            "mine\n",
            "{args:?}"
        );
    }
    // Named on the way to the folder (`notes.txt/sub`): "Not a directory (os error 20)",
    // which names no file (qa40).
    let under = format!("{name}/sub");
    let site = Site::example();
    for args in [
        vec!["init", under.as_str()],
        vec!["man", "--out", under.as_str()],
        vec!["schema", "--out", under.as_str()],
        vec![
            "build",
            site.root().to_str().unwrap(),
            "--out",
            under.as_str(),
        ],
    ] {
        let run = candor(&args, &[]);
        assert!(run.code.is_some_and(|c| c != 0), "{args:?}");
        assert!(
            run.stderr
                .contains(&format!("`{name}` is a file, not a folder")),
            "{args:?}: {}",
            run.stderr
        );
        assert!(!run.stderr.contains("os error"), "{args:?}: {}", run.stderr);
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "mine\n");
    }
    let entries = std::fs::read_dir(tmp.root()).unwrap().count();
    assert_eq!(entries, 1, "nothing written beside it");
}

/// qa67: `init` made a site inside a repository's `.git` folder, which `build --out` refuses
/// to write in, and inside another site's `content/`, whose sources it then became; inside
/// candor's output folder, the next build would have deleted it.
#[test]
fn init_refuses_a_folder_where_a_site_cannot_live() {
    let holder = common::Site::empty();
    std::fs::create_dir_all(holder.path("repo/.git")).unwrap();
    let other = common::Site::example();
    other.build(&[]).success();
    // `init dir` is refused, saying so, and `made` (where the site would be) is not made.
    let refused = |dir: &std::path::Path, made: &std::path::Path, says: &str| {
        let run = common::candor(&["init", dir.to_str().unwrap()], &[]);
        assert_ne!(run.code, Some(0), "{}", dir.display());
        assert!(
            run.stderr.contains(says),
            "{}: {}",
            dir.display(),
            run.stderr
        );
        assert!(!made.exists(), "{}", dir.display());
    };
    for (dir, says) in [
        (holder.path("repo/.git/site"), "version-control"),
        (other.path("content/newsite"), "sources"),
        (other.path("public/newsite"), "candor's output folder"),
    ] {
        refused(&dir, &dir, says);
    }
    // Reached through a link (qa69).
    for (link, to, says) in [
        ("to-content", other.path("content"), "sources"),
        ("to-git", holder.path("repo/.git"), "version-control"),
    ] {
        std::os::unix::fs::symlink(&to, holder.path(link)).unwrap();
        refused(&holder.path(link).join("new"), &to.join("new"), says);
    }
}

/// qa90: `candor init` left the notice period commented out, so a new site engaged each new
/// sub-processor at once. It promises 30 days, as agreements commonly do: a sub-processor added
/// at once to a published site is refused until it is announced ahead or excepted.
#[test]
fn a_new_site_gives_controllers_notice_of_a_new_sub_processor() {
    let tmp = Site::empty();
    candor(&["init", &tmp.arg()], &[]).success();
    fill_in(tmp.root());
    candor(
        &["build", &tmp.arg()],
        &[("SOURCE_DATE_EPOCH", LATER_EPOCH)],
    )
    .success();
    tmp.write(
        "content/subprocessors.toml",
        &(tmp.read("content/subprocessors.toml")
            + "\n[[subprocessor]]\nname = \"Postmark\"\npersonal-data = true\ncountries = [\"IE\"]\n"),
    );
    let next_day = (LATER_EPOCH.parse::<u64>().unwrap() + 86_400).to_string();
    let run = candor(&["build", &tmp.arg()], &[("SOURCE_DATE_EPOCH", &next_day)]);
    run.expect_code(1);
    assert!(run.stderr.contains("Postmark"), "{}", run.stderr);
    assert!(run.stderr.contains("notice"), "{}", run.stderr);
}
