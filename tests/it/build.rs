//! `candor build` on variations of the example site: determinism, a new language, a theme of
//! one's own, escaping, and exit codes.

use crate::common;

use common::{
    EXAMPLE_DATE_ISO, LANGUAGES, Site, assert_same_tree, assert_stamp, candor, text, tree,
};

#[test]
fn same_input_gives_byte_identical_output() {
    let site = Site::example();
    let outs = Site::empty();
    let (a, b) = (outs.path("a"), outs.path("b"));
    for out in [&a, &b] {
        site.build(&["--out", out.to_str().unwrap()]).success();
    }
    let first = tree(&a);
    assert!(
        first.len() >= 5,
        "index.html, style.css and three pages: {:?}",
        first.keys()
    );
    assert_same_tree(&first, &tree(&b));

    // A second copy, at another path, builds to the same bytes too.
    let other = Site::example();
    other.build(&[]).success();
    assert_same_tree(&first, &tree(&other.public()));
}

#[test]
fn a_fourth_language_needs_only_its_locale_folder() {
    let site = Site::example();
    site.replace(
        "candor.toml",
        r#"languages = ["en", "de", "nl"]"#,
        r#"languages = ["en", "de", "nl", "fr"]"#,
    );
    // A stand-in translation: the English files, copied.
    common::copy_recursively(&site.path("locales/en"), &site.path("locales/fr"));

    // Its words are recorded, as a revision of the last publication: the date stays.
    let run = site.build(&[]);
    run.success();
    assert!(
        run.stdout
            .contains("recorded the translation of fr as it now reads"),
        "{}",
        run.stdout
    );
    site.build(&["--locked"]).success();
    let fr = site.page("fr");
    assert_eq!(fr.html_lang(), "fr");
    assert_stamp(&fr, EXAMPLE_DATE_ISO, "30 novembre 2026");
    // The country is named by the language's locale data, not by the (English) stand-in words.
    assert!(
        fr.text_of("section#storage tbody")
            .contains("Frankfurt, Allemagne"),
        "{}",
        fr.text_of("section#storage tbody")
    );

    let index = site.index();
    let a = index.one("main a[hreflang=fr]");
    assert_eq!(index.text_of("main [lang=fr] .language-name"), "Français");
    assert_eq!(a.attr("href"), Some("fr/index.html"));
    assert_eq!(index.all("head link[rel=alternate][hreflang=fr]").len(), 1);

    for lang in ["en", "de", "nl", "fr"] {
        let page = site.page(lang);
        let a = page.one("a[hreflang=fr]");
        assert_eq!(
            text(a),
            "Français",
            "the {lang} page names French in French"
        );
        assert_eq!(a.attr("href"), Some("../fr/index.html"));
        assert_eq!(
            page.all("head link[rel=alternate][hreflang=fr]").len(),
            1,
            "alternate link to fr on the {lang} page"
        );
    }
}

#[test]
fn a_theme_template_overrides_the_built_in_one() {
    // A theme folder with only the files it changes: the rest comes from the built-in theme.
    let site = Site::example_without(&["themes"]);
    site.write(
        "themes/default/templates/index.html",
        r#"{% extends "base.html" %}
{% block title %}{{ facts.organisation.name }}{% endblock title %}
{% block body %}<main id="main"><h1 class="custom">{{ t(key="index-intro") }}</h1>
<ol class="custom">{% for l in languages %}<li><a href="{{ l.href }}" hreflang="{{ l.tag }}">{{ l.name }}</a></li>{% endfor %}</ol>
</main>{% endblock body %}
"#,
    );
    site.write(
        "themes/default/static/style.css",
        "/* a custom stylesheet */\nbody { color: black; }\n",
    );

    site.build(&["--locked"]).success();
    let index = site.index();
    assert_eq!(index.text_of("h1.custom"), "Choose a language:");
    assert_eq!(index.text_of("title"), "Luscii");
    let names: Vec<String> = index.all("ol.custom a").into_iter().map(text).collect();
    assert_eq!(names, ["English", "Deutsch", "Nederlands"]);
    assert_eq!(
        std::fs::read_to_string(site.public().join("style.css")).unwrap(),
        "/* a custom stylesheet */\nbody { color: black; }\n"
    );
    // page.html and base.html were not overridden: the built-in ones render the pages.
    for words in LANGUAGES {
        assert_eq!(
            site.page(words.lang)
                .all("section#subprocessors tbody tr")
                .len(),
            15
        );
        assert_eq!(
            site.page(words.lang)
                .all("head link[rel=stylesheet]:not([media=print])")
                .len(),
            1
        );
    }
}

#[test]
fn a_site_without_a_themes_folder_uses_the_built_in_theme() {
    let site = Site::example_without(&["themes"]);
    assert!(!site.path("themes").exists());
    site.build(&["--locked"]).success();
    assert!(
        site.public().join("style.css").is_file(),
        "the built-in style.css is published"
    );
    for words in LANGUAGES {
        let page = site.page(words.lang);
        assert_eq!(page.html_lang(), words.lang);
        assert_stamp(&page, EXAMPLE_DATE_ISO, words.example_date);
        assert_eq!(
            page.all("section#subprocessors tbody tr").len(),
            15,
            "{}: the sub-processor table",
            words.lang
        );
    }
    let index = site.index();
    assert_eq!(index.all("main a[hreflang]").len(), 3);
}

#[test]
fn markup_in_a_name_is_shown_as_text_in_every_language() {
    let site = Site::example_without_notice();
    let evil = r#"Evil <script>alert(1)</script> & "Co""#;
    site.replace(
        "content/subprocessors.toml",
        r#"name = "Slack""#,
        &format!("name = '{evil}'"),
    );

    site.build_later(&[]).success();
    for words in LANGUAGES {
        let page = site.page(words.lang);
        let at = words.lang;
        assert!(
            page.all("script").is_empty(),
            "{at}: a <script> element made it into the page"
        );
        assert!(
            page.source
                .contains("Evil &lt;script&gt;alert(1)&lt;/script&gt; &amp;"),
            "{at}: the name is escaped"
        );
        let names: Vec<String> = page
            .all("section#subprocessors tbody th")
            .into_iter()
            .map(text)
            .collect();
        assert!(
            names.iter().any(|n| n == evil),
            "{at}: the name shows exactly as written: {names:?}"
        );
        // In the link's accessible name (hidden text, read by screen readers), too.
        let link = page
            .all("section#subprocessors a[href]")
            .into_iter()
            .find(|a| a.attr("href") == Some("https://slack.com/trust/security"))
            .expect("the security link of the renamed row");
        assert!(text(link).contains(evil), "{at}: {}", link.html());
    }
}

#[test]
fn text_from_facts_and_translations_is_escaped_in_every_language() {
    let site = Site::example_without_notice();
    let evil = r#"Evil & "Co" 'Ltd' *not emphasis* <b>not bold</b>"#;
    site.replace(
        "content/subprocessors.toml",
        r#"name = "Slack""#,
        &format!("name = '''{evil}'''"),
    );
    site.replace(
        "content/organisation.toml",
        r#"name = "Luscii""#,
        r#"name = "Luscii & *Sons* <u>Ltd</u>""#,
    );
    // HTML's special characters typed into the words of every language: in a plain label and
    // in a Markdown text (a tag typed into a message is refused where it is written:
    // `faults::an_html_tag_typed_into_a_message_is_refused_where_it_is_written`).
    for (lang, label) in [
        ("en", "not-applicable = Not applicable"),
        ("de", "not-applicable = Nicht zutreffend"),
        ("nl", "not-applicable = Niet van toepassing"),
    ] {
        site.replace(
            &format!("locales/{lang}/chrome.ftl"),
            label,
            &format!("{label} 1 < 2 & \"3\" > 0"),
        );
        let body = site.read(&format!("locales/{lang}/sections.ftl"));
        assert!(body.contains("\nsubprocessors-transfers = "));
        site.write(
            &format!("locales/{lang}/sections.ftl"),
            &body.replace(
                "\nsubprocessors-transfers = ",
                "\nsubprocessors-transfers = a <-> b & 'c' > d <3 ",
            ),
        );
    }

    site.build_later(&[]).success();
    for words in LANGUAGES {
        let page = site.page(words.lang);
        let at = words.lang;
        assert!(
            page.all("script").is_empty(),
            "{at}: a <script> element made it into the page"
        );
        assert!(
            page.all("img").is_empty(),
            "{at}: an <img> element made it into the page"
        );
        assert!(
            page.all("[onerror]").is_empty(),
            "{at}: an event handler made it into the page"
        );
        assert!(
            page.source.contains("1 &lt; 2 &amp; &quot;3&quot; &gt; 0")
                && page.source.contains("a &lt;-&gt; b &amp; "),
            "{at}: the characters are shown as text"
        );

        let names: Vec<String> = page
            .all("section#subprocessors tbody th")
            .into_iter()
            .map(text)
            .collect();
        assert!(
            names.iter().any(|n| n == evil),
            "{at}: the name shows exactly as written: {names:?}"
        );
        assert!(page.source.contains("Evil &amp;"), "{at}: `&` is escaped");
        let link = page
            .all("section#subprocessors a[href]")
            .into_iter()
            .find(|a| a.attr("href") == Some("https://slack.com/trust/security"))
            .unwrap();
        assert!(
            text(link).contains(evil),
            "{at}: the name stays text in the link: {}",
            link.html()
        );

        // A fact never adds formatting: `*Sons*` and `<u>` are text, also where the fact fills a
        // Markdown message.
        let org = "Luscii & *Sons* <u>Ltd</u>";
        assert!(
            page.all("b, u").is_empty(),
            "{at}: markup from a fact became an element"
        );
        assert!(
            page.text_of("h1").contains(org),
            "{at}: {}",
            page.text_of("h1")
        );
        assert!(
            page.text_of("section#visitors").contains(org),
            "{at}: {}",
            page.text_of("section#visitors")
        );
        assert!(
            page.all("em")
                .iter()
                .all(|em| !text(*em).contains("Sons") && !text(*em).contains("not emphasis")),
            "{at}: a fact became emphasis"
        );
    }
}

#[test]
fn a_folder_without_candor_toml_is_a_site_problem() {
    let dir = Site::empty();
    let run = dir.build(&[]);
    run.expect_code(1);
    assert!(
        run.stderr.contains("candor.toml"),
        "the error names candor.toml:\n{}",
        run.stderr
    );
    assert!(!dir.public().exists());
}

#[test]
fn a_missing_folder_is_a_usage_error() {
    let run = candor(&["build", "/nonexistent"], &[]);
    run.expect_code(2);
    assert!(
        run.stderr.contains("/nonexistent"),
        "the error names the folder:\n{}",
        run.stderr
    );
    let run = candor(&["check", "/nonexistent"], &[]);
    run.expect_code(2);
}

#[test]
fn an_unknown_command_or_option_is_a_usage_error() {
    candor(&["publish"], &[]).expect_code(2);
    let site = Site::example();
    site.build(&["--no-such-option"]).expect_code(2);
    assert!(!site.public().exists());
}

#[test]
fn check_accepts_the_example_site() {
    let site = Site::example();
    let run = candor(&["check", &site.arg()], &[]);
    run.success();
    assert!(!site.public().exists(), "check writes nothing");
}

#[test]
fn a_missing_translation_fails_the_build_and_keeps_the_last_output() {
    let site = Site::example();
    site.build(&["--locked"]).success();
    let before = tree(&site.public());

    // Without its German words, the page would have to show English: candor refuses instead.
    site.replace(
        "locales/de/chrome.ftl",
        "not-applicable = Nicht zutreffend\n",
        "",
    );
    let run = site.build(&[]);
    run.expect_code(1);
    assert!(
        run.stderr.contains("not-applicable") && run.stderr.contains("de"),
        "the error names the message and the language:\n{}",
        run.stderr
    );
    assert_same_tree(&before, &tree(&site.public()));
}

#[test]
fn build_and_check_default_to_the_current_folder() {
    let site = Site::example();
    common::candor_in(site.root(), &["check"], &[]).success();
    assert!(!site.public().exists());
    common::candor_in(site.root(), &["build", "--locked"], &[]).success();
    assert_stamp(&site.page("de"), EXAMPLE_DATE_ISO, "30. November 2026");
}

/// Builds a copy of the example site, nested one folder deep in a temporary folder, with
/// `--out` at `out` (relative to the holding folder): it must be refused, and nothing may change.
#[track_caller]
fn assert_output_refused(out: &str) {
    let holder = Site::empty();
    for part in common::SITE_PARTS {
        common::copy_recursively(
            &std::path::Path::new(common::REPO).join(part),
            &holder.path("site").join(part),
        );
    }
    let before = tree(holder.root());
    let out_path = holder.root().join(out);
    let run = candor(
        &[
            "build",
            holder.path("site").to_str().unwrap(),
            "--out",
            out_path.to_str().unwrap(),
        ],
        &[],
    );
    let after = tree(holder.root());
    assert_eq!(
        run.code,
        Some(2),
        "`candor build SITE --out {out}` must be refused\n--- stdout\n{}\n--- stderr\n{}",
        run.stdout,
        run.stderr
    );
    assert!(
        run.stderr.contains("refusing"),
        "the error says why:\n{}",
        run.stderr
    );
    assert_same_tree(&before, &after);
}

#[test]
fn the_output_never_replaces_the_site() {
    // The output folder is replaced whole: it must not be the site or a folder holding it.
    assert_output_refused("site");
    assert_output_refused(".");
}

#[test]
fn the_output_never_replaces_the_sites_sources() {
    // Nor one of the site's own source folders: `--out content` (a slip for `--out public`)
    // would replace content/*.toml with the built pages.
    assert_output_refused("site/content");
    assert_output_refused("site/locales");
    assert_output_refused("site/themes");
    assert_output_refused("site/themes/default");
}

#[test]
fn the_output_is_never_an_existing_file() {
    // `--out` naming a file must fail (exit 1 or 2) and leave the file as it was; it must not
    // swap the file for a folder of pages.
    for target in ["notes.txt", "site/candor.lock"] {
        let holder = Site::empty();
        for part in common::SITE_PARTS {
            common::copy_recursively(
                &std::path::Path::new(common::REPO).join(part),
                &holder.path("site").join(part),
            );
        }
        holder.write("notes.txt", "my notes\n");
        let before = tree(holder.root());
        let run = candor(
            &[
                "build",
                holder.path("site").to_str().unwrap(),
                "--out",
                holder.path(target).to_str().unwrap(),
            ],
            &[],
        );
        assert!(
            matches!(run.code, Some(1 | 2)),
            "`candor build SITE --out {target}` must fail, exited {:?}\n--- stdout\n{}\n--- stderr\n{}",
            run.code,
            run.stdout,
            run.stderr
        );
        assert!(holder.path(target).is_file(), "{target} is still a file");
        assert_same_tree(&before, &tree(holder.root()));
    }
}

/// A rebuild replaces the output whole, but a file whose bytes did not change is the same file
/// as before (kept, or a hard link to the live one): it keeps its modification time, so a deploy
/// or a cache sees only what really changed.
#[cfg(unix)]
#[test]
fn a_rebuild_keeps_unchanged_files_and_replaces_changed_ones() {
    use std::collections::BTreeMap;
    use std::os::unix::fs::MetadataExt;
    use std::path::PathBuf;

    let site = Site::example_without_notice();
    let identities = |site: &Site| -> BTreeMap<PathBuf, (u64, i64, i64)> {
        tree(&site.public())
            .into_keys()
            .map(|rel| {
                let path = site.public().join(rel);
                let m = std::fs::metadata(&path).unwrap();
                (path, (m.ino(), m.mtime(), m.mtime_nsec()))
            })
            .collect()
    };
    site.build(&[]).success();
    let first = identities(&site);
    let first_bytes = tree(&site.public());

    // Without the first build's receipt, the second renders every page again.
    std::fs::remove_file(site.path(".public.candor-receipt")).unwrap();
    let run = site.build(&[]);
    assert!(!run.success().stdout.contains("left as it was"));
    let again = identities(&site);
    let rewritten: Vec<_> = first
        .keys()
        .filter(|p| first.get(*p) != again.get(*p))
        .collect();
    assert!(
        rewritten.is_empty(),
        "an unchanged rebuild rewrote {rewritten:?}"
    );
    assert_same_tree(&first_bytes, &tree(&site.public()));

    site.replace(
        "content/subprocessors.toml",
        "name = \"Voys\"",
        "name = \"Voysa\"",
    );
    site.build(&[]).success();
    let second = identities(&site);
    let second_bytes = tree(&site.public());
    let mut kept = 0;
    for lang in LANGUAGES.map(|words| words.lang) {
        let page = site.public().join(lang).join("index.html");
        assert_ne!(
            first[&page], second[&page],
            "{lang}: a changed page was kept"
        );
        assert!(site.page(lang).readable_text().contains("Voysa"), "{lang}");
    }
    for (path, identity) in &second {
        let rel = path.strip_prefix(site.public()).unwrap().to_path_buf();
        let same = first_bytes.get(&rel) == second_bytes.get(&rel);
        assert_eq!(
            first.get(path) == Some(identity),
            same,
            "{}: kept exactly when its bytes are the same",
            rel.display()
        );
        kept += usize::from(same);
    }
    assert!(
        kept > 0,
        "some files (the style sheet at least) are unchanged"
    );
}

/// The previous output, kept beside `public/` for the next build to bring up to date, never
/// shows through: whatever it holds (files of a language since removed, stray files, a file
/// where a folder belongs), the next output is exactly what a build from nothing gives.
#[test]
fn the_previous_output_never_shows_through() {
    let site = Site::example();
    // Each build renders: without the last one's receipt, even one with nothing changed does.
    let build = |site: &Site| {
        let receipt = site.path(".public.candor-receipt");
        if receipt.exists() {
            std::fs::remove_file(receipt).unwrap();
        }
        site.build(&[])
    };
    build(&site).success();
    build(&site).success();
    let previous = site.path(".public.candor-previous");
    assert!(
        previous.join("en/index.html").is_file(),
        "the previous output is kept"
    );

    let fresh = |site: &Site| {
        let outs = Site::empty();
        let out = outs.path("out");
        site.build(&["--out", out.to_str().unwrap()]).success();
        tree(&out)
    };

    // A language removed: none of its files stay in the output.
    site.replace(
        "candor.toml",
        r#"languages = ["en", "de", "nl"]"#,
        r#"languages = ["en", "de"]"#,
    );
    for _ in 0..2 {
        build(&site).success();
        assert!(!site.public().join("nl").exists(), "nl/ is gone");
        assert_same_tree(&fresh(&site), &tree(&site.public()));
    }

    // A changed file of candor's is brought up to date.
    std::fs::write(previous.join("de/index.html"), "stale").unwrap();
    build(&site).success();
    assert_same_tree(&fresh(&site), &tree(&site.public()));
    // A file candor did not write, or one where candor's folder was, is not candor's to
    // remove: the build refuses, naming it, and leaves it.
    std::fs::write(previous.join("stray.html"), "stray").unwrap();
    let run = build(&site);
    run.expect_code(2);
    assert!(run.stderr.contains("`stray.html`"), "{}", run.stderr);
    std::fs::remove_file(previous.join("stray.html")).unwrap();
    std::fs::remove_dir_all(previous.join("en")).unwrap();
    std::fs::write(previous.join("en"), "not a folder").unwrap();
    let run = build(&site);
    run.expect_code(2);
    assert!(run.stderr.contains("`en`"), "{}", run.stderr);
    assert_eq!(
        std::fs::read_to_string(previous.join("en")).unwrap(),
        "not a folder"
    );
    std::fs::remove_file(previous.join("en")).unwrap();
    build(&site).success();
    assert_same_tree(&fresh(&site), &tree(&site.public()));

    // A link where a folder belongs is not candor's either: it is neither followed (nothing
    // is written where it points) nor removed.
    #[cfg(unix)]
    {
        let elsewhere = Site::empty();
        std::fs::remove_dir_all(previous.join("de")).unwrap();
        std::os::unix::fs::symlink(elsewhere.root(), previous.join("de")).unwrap();
        let run = build(&site);
        run.expect_code(2);
        assert!(run.stderr.contains("`de`"), "{}", run.stderr);
        assert!(
            tree(elsewhere.root()).is_empty(),
            "files were written through a link"
        );
        assert!(std::fs::symlink_metadata(previous.join("de")).is_ok_and(|m| m.is_symlink()));
    }
}

#[test]
fn a_pseudo_localized_build_never_takes_the_place_of_the_built_site() {
    // `build --pseudo` replaced `public/` with pages of accented text that carried a history
    // entry candor.lock does not record, and `verify` passed them.
    let site = Site::example();
    site.build(&["--locked"]).success();
    let public = tree(&site.public());
    site.build(&["--pseudo"]).success();
    assert_same_tree(&public, &tree(&site.public()));
    let pseudo = site.path("pseudo");
    let heading = common::Page::read(&pseudo, "de").text_of("h1");
    assert_ne!(
        heading,
        common::Page::read(&site.public(), "de").text_of("h1")
    );
    let into_public = site.build(&["--pseudo", "--out", site.public().to_str().unwrap()]);
    into_public.expect_code(2);
    assert!(
        into_public
            .stderr
            .contains("it holds the built site, which pseudo-localized pages would replace"),
        "{}",
        into_public.stderr
    );
    assert_same_tree(&public, &tree(&site.public()));
    let verify = candor(&["verify", pseudo.to_str().unwrap()], &[]);
    verify.expect_code(1);
    assert!(
        verify.stderr.contains("holds pseudo-localized pages"),
        "{}",
        verify.stderr
    );
    // Nor the built site in the place of the pseudo-localized pages.
    site.build(&["--out", pseudo.to_str().unwrap()])
        .expect_code(2);
    // Their history previews a publication the lock does not record, and never will: the
    // next pseudo-localized build, of other facts, is not refused for it.
    for hours in ["48", "36"] {
        let text = site.read("content/breach.toml");
        let line = text
            .lines()
            .find(|l| l.starts_with("notification-deadline-hours"))
            .unwrap()
            .to_string();
        site.replace(
            "content/breach.toml",
            &line,
            &format!("notification-deadline-hours = {hours}"),
        );
        site.build(&["--pseudo"]).success();
    }
    assert_same_tree(&public, &tree(&site.public()));
}

/// Builds into the same folder at once take turns: the output is one build's, never a mix.
#[test]
fn builds_at_the_same_time_take_turns() {
    // Two copies of the site, the other's style sheet changed, into one folder. (Not its
    // words: a revision of them is a record, which the first copy's build would refuse to
    // take out of the output.)
    let site = Site::example();
    let other = Site::example();
    let style = "themes/default/static/style.css";
    other.write(style, &(other.read(style) + "\nmain { outline: none; }\n"));
    let out = site.public();
    let out = out.to_str().unwrap();
    candor(&["build", &other.arg(), "--out", out], &[]).success();
    let second = tree(&site.public());
    site.build(&[]).success();
    let plain = tree(&site.public());
    for _ in 0..3 {
        let builds: Vec<_> = (0..6)
            .map(|i| {
                let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_candor"));
                match i % 2 {
                    0 => command.args(["build", &site.arg()]),
                    _ => command.args(["build", &other.arg(), "--out", out]),
                };
                command
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::null())
                    .spawn()
                    .expect("start candor build")
            })
            .collect();
        for mut build in builds {
            assert!(build.wait().unwrap().success());
        }
        let now = tree(&site.public());
        assert!(
            now == plain || now == second,
            "the output is a mix of builds"
        );
    }
}
