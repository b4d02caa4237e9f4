//! Nothing is lost and nothing breaks: a killed build leaves a whole site, markup in any fact or
//! translation comes out escaped, and no input makes candor panic.

use crate::common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use candor::diagnostic::Diagnostics;
use candor::history::lock::Recording;
use common::{LATER_EPOCH, Site, tree};
use proptest::prelude::*;

/// Kills `candor build` with SIGKILL at many moments during a build that changes the site; after
/// each kill the output is the complete old site or the complete new one, never a mix.
#[test]
fn a_killed_build_leaves_the_old_site_or_the_new_one() {
    let site = Site::example();
    site.build(&["--locked"]).success();
    let old = tree(&site.public());

    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 36",
    );
    // The complete new site, built from a copy with the same date.
    let reference = Site::example();
    reference.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 36",
    );
    reference.build_later(&[]).success();
    let new = tree(&reference.public());
    assert_ne!(old, new);

    // How long a build takes here, to spread the kills over it.
    let started = Instant::now();
    let probe = Site::example();
    probe.build(&["--locked"]).success();
    let span = started.elapsed().max(Duration::from_millis(5));

    let (mut saw_old, mut saw_new) = (0, 0);
    for i in 0..40u32 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_candor"))
            .args(["build", &site.arg()])
            .env("SOURCE_DATE_EPOCH", LATER_EPOCH)
            .env(common::CLOCK, common::LATER_EPOCH)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start candor");
        std::thread::sleep(span * i / 32);
        let _ = child.kill(); // SIGKILL on Unix
        let _ = child.wait();
        let now = tree(&site.public());
        if now == old {
            saw_old += 1;
        } else if now == new {
            saw_new += 1;
        } else {
            panic!(
                "after a kill at {:?}, public/ is neither the old site nor the new one",
                span * i / 32
            );
        }
    }
    eprintln!("kills: {saw_old} old, {saw_new} new");
    assert!(saw_old > 0 || saw_new > 0);
    // A later build brings whatever a killed build left behind up to date, or removes it: all
    // that stays beside public/ is the previous output, kept for the next build to reuse, and
    // the build's receipt.
    site.build_later(&[]).success();
    assert_eq!(tree(&site.public()), new);
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| {
            n.contains("candor-") && n != ".public.candor-previous" && n != ".public.candor-receipt"
        })
        .collect();
    assert!(leftovers.is_empty(), "left behind: {leftovers:?}");
}

const MARKUP: &str = "<script>alert(1)</script> & \"q\" 'a' <b>";

/// What a message may hold of HTML's special characters: a tag typed into one is refused where
/// it is written (`faults::an_html_tag_typed_into_a_message_is_refused_where_it_is_written`).
const MESSAGE_MARKUP: &str = "1 < 2 & \"q\" 'a' > 0 <3";

/// Puts markup into every kind of text field and into translations (plain and Markdown
/// messages): every page shows it as text, and no element comes from it.
#[test]
fn markup_in_any_fact_or_translation_is_escaped() {
    let site = Site::example_without_notice();
    let facts: &[(&str, &str)] = &[
        ("content/organisation.toml", "name = \"Luscii\""),
        (
            "content/storage.toml",
            "provider = \"Amazon Web Services (AWS)\"",
        ),
        ("content/storage.toml", "city = \"Frankfurt\""),
        ("content/storage.toml", "\"ISO 9001\""),
        ("content/storage.toml", "provider = \"Google\""),
        ("content/subprocessors.toml", "name = \"Voys\""),
        ("content/access.toml", "review-standard = \"ISO 27001\""),
        ("content/breach.toml", "\"Kibana\""),
    ];
    for (file, from) in facts {
        let (key, _) = from.split_once('"').unwrap();
        let to = format!("{key}\"{}\"", MARKUP.replace('"', "\\\""));
        site.replace(file, from, &to);
    }
    // A plain message, a Markdown message, and a label.
    site.replace(
        "locales/de/chrome.ftl",
        "yes = Ja",
        &format!("yes = Ja {MESSAGE_MARKUP}"),
    );
    site.replace(
        "locales/nl/sections.ftl",
        "retention-at-end = ",
        &format!("retention-at-end = *{MESSAGE_MARKUP}* "),
    );
    site.replace(
        "locales/en/site.ftl",
        "subject-patients = Patients",
        &format!("subject-patients = Patients {MESSAGE_MARKUP}"),
    );
    site.build_later(&[]).success();

    for page in [
        site.page("en"),
        site.page("de"),
        site.page("nl"),
        site.index(),
    ] {
        assert!(
            page.all("script").is_empty(),
            "{}: a <script> element got through",
            page.path.display()
        );
        assert!(
            page.all("b").is_empty(),
            "{}: a <b> element got through",
            page.path.display()
        );
        assert!(!page.source.contains("<script>"), "{}", page.path.display());
    }
    for lang in ["en", "de", "nl"] {
        let page = site.page(lang);
        let text = page.readable_text();
        // The organisation's name, the storage facts, a sub-processor, the review standard and a
        // monitoring system all appear as the text they are.
        assert!(
            text.matches(MARKUP).count() >= 8,
            "{lang}: markup not shown as text {} times",
            text.matches(MARKUP).count()
        );
        assert!(
            page.source.contains("&lt;script&gt;alert(1)&lt;"),
            "{lang}: not escaped"
        );
    }
    assert!(
        site.page("de")
            .readable_text()
            .contains(&format!("Ja {MESSAGE_MARKUP}"))
    );
    assert!(site.page("de").source.contains("Ja 1 &lt; 2 &amp; "));
    // Markdown formatting from the message is kept; the markup inside it is text.
    let nl = site.page("nl");
    let em: Vec<_> = nl.all("#retention em");
    assert_eq!(em.len(), 1, "the *emphasis* of the message");
    assert_eq!(
        common::text(em[0]),
        MESSAGE_MARKUP
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    );
}

/// `prepare` (load, validate, render) on a copy of the example with `file` replaced by `bytes`:
/// it must never panic, and must either succeed or say what is wrong.
fn survives(file: &str, bytes: &[u8]) -> Result<(), TestCaseError> {
    let site = Site::example();
    std::fs::write(site.path(file), bytes).unwrap();
    let root = site.root().to_path_buf();
    let outcome = std::panic::catch_unwind(move || {
        let mut diags = Diagnostics::default();
        let now = "2026-01-01T00:00:00Z".parse().unwrap();
        let ok = candor::site::prepare(
            Path::new(&root),
            &candor::site::Options::new(Recording::Preview { now }),
            &mut diags,
        )
        .is_some();
        (ok, diags.has_errors())
    });
    let (ok, has_errors) = outcome.map_err(|_| {
        TestCaseError::fail(format!(
            "candor panicked on {file} = {:?}",
            String::from_utf8_lossy(bytes)
        ))
    })?;
    prop_assert!(
        ok != has_errors,
        "{file}: ok = {ok} but errors = {has_errors}"
    );
    Ok(())
}

/// A file of the example, with bytes flipped, inserted and removed.
fn mutated(file: &'static str) -> impl Strategy<Value = Vec<u8>> {
    let original = std::fs::read(Path::new(common::REPO).join(file)).unwrap();
    let len = original.len();
    proptest::collection::vec((0..len, any::<u8>(), 0..3u8), 1..8).prop_map(move |edits| {
        let mut bytes = original.clone();
        for (at, byte, kind) in edits {
            let at = at.min(bytes.len().saturating_sub(1));
            match kind {
                0 => bytes[at] = byte,
                1 => bytes.insert(at, byte),
                _ if !bytes.is_empty() => {
                    bytes.remove(at);
                }
                _ => {}
            }
        }
        bytes
    })
}

/// Every loader: config, a content file, a locale file, a template.
const LOADED: &[&str] = &[
    "candor.toml",
    "content/subprocessors.toml",
    "content/storage.toml",
    "locales/de/sections.ftl",
    "locales/en/vocabulary.ftl",
    "themes/default/templates/page.html",
];

proptest! {
    // Bounded so that CI stays fast: each case builds a whole site in memory.
    #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(which in 0..LOADED.len(), bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        survives(LOADED[which], &bytes)?;
    }

    #[test]
    fn mutated_config_never_panics(bytes in mutated("candor.toml")) {
        survives("candor.toml", &bytes)?;
    }

    #[test]
    fn mutated_content_never_panics(bytes in mutated("content/subprocessors.toml")) {
        survives("content/subprocessors.toml", &bytes)?;
    }

    #[test]
    fn mutated_locale_never_panics(bytes in mutated("locales/de/sections.ftl")) {
        survives("locales/de/sections.ftl", &bytes)?;
    }

    #[test]
    fn mutated_source_locale_never_panics(bytes in mutated("locales/en/vocabulary.ftl")) {
        survives("locales/en/vocabulary.ftl", &bytes)?;
    }

    #[test]
    fn mutated_template_never_panics(bytes in mutated("themes/default/templates/page.html")) {
        survives("themes/default/templates/page.html", &bytes)?;
    }
}

/// Control characters a terminal acts on: ESC and BEL (`ESC ] 0 ; … BEL` sets the window title,
/// `ESC ] 52 ; c ; … BEL` writes the clipboard) and the C1 CONTROL SEQUENCE INTRODUCER.
const TERMINAL_CONTROLS: [char; 3] = ['\u{1b}', '\u{7}', '\u{9b}'];

/// Escape sequences in a locale file (inside a syntax error, in a message's text, in a folder
/// name) reach the output of `check` only as visible text, never as the bytes a terminal runs;
/// the diagnostics still name the place.
#[test]
fn escape_sequences_in_the_input_never_reach_the_terminal() {
    let site = Site::example();
    let title = "\u{1b}]0;pwned\u{7}";
    let clipboard = "\u{1b}]52;c;cHduZWQ=\u{7}";
    // A syntax error at the ESC, and the rest of the line in the snippet.
    site.replace(
        "locales/de/chrome.ftl",
        "yes = Ja",
        &format!("yes = {{ {title} }} {clipboard} \u{9b}31m"),
    );
    // Text that parses, so the snippet of the character check shows it.
    site.replace(
        "locales/nl/chrome.ftl",
        "no = Nee",
        &format!("no = Nee{clipboard}"),
    );
    // A folder name, which the warning about an unconfigured language quotes.
    std::fs::create_dir(site.path(&format!("locales/x{title}\u{9b}31m"))).unwrap();

    let run = common::candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    let all = format!("{}{}", run.stdout, run.stderr);
    for c in TERMINAL_CONTROLS {
        assert!(
            !all.contains(c),
            "U+{:04X} reached the terminal:\n{all}",
            u32::from(c)
        );
    }
    // Where, and what, is still said, with the characters shown harmlessly.
    assert!(all.contains("locales/de/chrome.ftl:11:9"), "{all}");
    assert!(all.contains("locales/nl/chrome.ftl:12:9"), "{all}");
    assert!(all.contains("U+001B ESCAPE"), "{all}");
    assert!(all.contains("\\u{1b}]0;pwned\\u{7}"), "{all}");
    assert!(all.contains("\\u{1b}]52;c;cHduZWQ=\\u{7}"), "{all}");
    assert!(
        all.contains("locales/x\\u{1b}]0;pwned\\u{7}\\u{9b}31m"),
        "{all}"
    );

    // The JSON report escapes them as well, and stays JSON.
    let json = common::candor(&["check", &site.arg(), "--format", "json"], &[]);
    json.expect_code(1);
    let all = format!("{}{}", json.stdout, json.stderr);
    for c in TERMINAL_CONTROLS {
        assert!(
            !all.contains(c),
            "U+{:04X} reached the terminal:\n{all}",
            u32::from(c)
        );
    }
    let doc: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let messages: Vec<&str> = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["message"].as_str())
        .collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("locales/x\\u{1b}]0;pwned\\u{7}\\u{9b}31m")),
        "{messages:?}"
    );
}

/// A problem at column 70,000 of a line, past what miette could pad a label to (it panicked):
/// `check` and `build` say where it is, with the line cut around it, and exit 1, leaving the
/// last good output as it was.
#[test]
fn a_problem_far_along_a_very_long_line_is_told_not_a_panic() {
    let site = Site::example();
    site.build(&["--locked"]).success();
    let before = tree(&site.public());
    let long = "A".repeat(70_000);
    site.write(
        "content/breach.toml",
        &format!("monitoring = [\"{long}\" x]\n"),
    );
    for command in ["check", "build"] {
        let run = common::candor(&[command, &site.arg()], &[]);
        run.expect_code(1);
        assert!(
            run.stderr.contains("content/breach.toml:1:70018"),
            "{}",
            run.stderr
        );
        assert!(run.stderr.len() < 4_000, "{} bytes", run.stderr.len());
    }
    assert_eq!(tree(&site.public()), before);
}

/// A folder named with terminal controls, given on the command line: every line that names it
/// shows them as escapes, on success and on failure.
#[cfg(unix)]
#[test]
fn a_folder_named_with_escape_sequences_is_shown_as_text() {
    let holder = Site::empty();
    let name = "site\u{1b}]0;pwned\u{7}\u{9b}2J";
    let site = holder.path(name);
    std::fs::create_dir(&site).unwrap();
    for part in common::SITE_PARTS {
        common::copy_recursively(&Path::new(common::REPO).join(part), &site.join(part));
    }
    let arg = site.to_str().unwrap();
    let missing = format!("{arg}-missing");
    // Each names the folder (`check` of a site with warnings prints only them).
    for (args, code) in [
        (vec!["build", arg, "--locked"], 0),
        (vec!["check", &missing], 2),
        (vec!["verify", &format!("{arg}/public")], 0),
    ] {
        let run = common::candor(&args, &[]);
        run.expect_code(code);
        let said = format!("{}{}", run.stdout, run.stderr);
        assert!(
            !said.contains(TERMINAL_CONTROLS),
            "{args:?} printed a control character raw:\n{said:?}"
        );
        assert!(
            said.contains("site\\u{1b}]0;pwned\\u{7}"),
            "{args:?}: {said}"
        );
    }
}

/// qa67: a folder's name with a line break or a tab reached the terminal as one: "built 3
/// languages … into /tmp/a", a line break, then ": last modified …", a line the name forged.
/// Every path a command names is one line, its breaks and tabs as visible escapes.
#[test]
fn a_line_break_in_a_folder_s_name_never_starts_a_line_of_the_output() {
    let site = Site::example();
    let holder = Site::empty();
    let out = holder.path("out\nfailed: 3 errors\tx");
    let run = common::candor(
        &["build", &site.arg(), "--out", out.to_str().unwrap()],
        &[("SOURCE_DATE_EPOCH", "1795996800")],
    );
    run.success();
    assert!(
        run.stdout
            .contains("out\\nfailed: 3 errors\\tx: last modified"),
        "{}",
        run.stdout
    );
    assert!(
        !run.stdout.lines().any(|l| l.starts_with("failed")),
        "{}",
        run.stdout
    );
    // A site in such a folder: `copy-theme` names where it wrote.
    let named = holder.path("site\nforged: line");
    for part in common::SITE_PARTS {
        common::copy_recursively(&site.path(part), &named.join(part));
    }
    let theme = common::candor(
        &["copy-theme", named.to_str().unwrap(), "--name", "mine"],
        &[],
    );
    theme.success();
    assert!(
        theme.stdout.contains("site\\nforged: line"),
        "{}",
        theme.stdout
    );
    assert!(
        !theme.stdout.lines().any(|l| l.starts_with("forged")),
        "{}",
        theme.stdout
    );
}

/// Runs candor with `args` and `env`, its standard output a full disk (`/dev/full`): its exit
/// code and what it said on standard error.
fn to_a_full_disk(args: &[&str], env: &[(&str, &str)]) -> (Option<i32>, String) {
    let full = std::fs::File::create("/dev/full").expect("/dev/full, on Linux");
    let output = Command::new(env!("CARGO_BIN_EXE_candor"))
        .args(args)
        .envs(env.iter().copied())
        .env("NO_COLOR", "1")
        .stdout(Stdio::from(full))
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    (output.status.code(), stderr)
}

#[test]
fn a_build_that_cannot_write_its_summary_says_it_on_standard_error() {
    // qa155: standard output to a full disk: the build recorded a publication and replaced
    // the output, and ended with code 2 saying only that it could not write standard output.
    let site = Site::example();
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 48",
    );
    let (code, stderr) = to_a_full_disk(
        &["build", &site.arg()],
        &[
            ("SOURCE_DATE_EPOCH", LATER_EPOCH),
            (common::CLOCK, LATER_EPOCH),
        ],
    );
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("error: cannot write to standard output: No space left on device"),
        "{stderr}"
    );
    assert!(
        stderr.contains("; it was to say:\nbuilt 3 languages (en, de, nl) into")
            && stderr.contains("recorded a new publication in candor.lock"),
        "{stderr}"
    );
    assert_eq!(site.publications().last().unwrap(), "2027-01-01");
}

#[test]
fn help_or_version_that_cannot_be_written_fails() {
    // qa156: `--version`, `help build` and `check --help` into a full disk ended with 0, with
    // nothing said, where every other command's output fails with 2.
    for args in [&["--version"][..], &["help", "build"], &["check", "--help"]] {
        let (code, stderr) = to_a_full_disk(args, &[]);
        assert_eq!(code, Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("cannot write to standard output"),
            "{args:?}: {stderr}"
        );
    }
}
