//! Every kind of bad input gets a diagnostic naming its file, line and column, exit code 1, and
//! leaves the previously built output exactly as it was.

use crate::common;

use common::{Run, Site, assert_same_tree, candor, tree};

/// Where a diagnostic must point, found in the file *after* the fault was made.
#[derive(Clone, Copy)]
enum At {
    /// The first occurrence of `needle` after the first occurrence of `anchor`.
    Text {
        anchor: &'static str,
        needle: &'static str,
    },
    /// Only the file is named (an empty file, a missing theme).
    File,
}

/// `path:line:col` of `at` in the site's file `file`, as diagnostics print it.
fn position(site: &Site, file: &str, at: &At) -> String {
    let text = String::from_utf8_lossy(&site.read_bytes(file)).into_owned();
    let offset = match at {
        At::Text { anchor, needle } => {
            let a = text
                .find(anchor)
                .unwrap_or_else(|| panic!("`{anchor}` not in {file}"));
            a + text[a..]
                .find(needle)
                .unwrap_or_else(|| panic!("`{needle}` not after `{anchor}` in {file}"))
        }
        At::File => return file.to_string(),
    };
    let (line, col) = common::line_col(&text, offset);
    format!("{file}:{line}:{col}")
}

/// The German sentence's end that states the breach deadline, as the example writes it.
const GERMAN_DEADLINE: &str = "innerhalb { $hours ->\n        [one] einer Stunde\n       *[other] von { $hours } Stunden\n    }.";

/// Builds the example, makes the fault, and checks what `check` and `build` say and do.
#[track_caller]
fn assert_fault(make: impl FnOnce(&Site), file: &str, at: At, says: &str) -> Run {
    let site = Site::example();
    site.build(&[]).success();
    let before = tree(&site.public());
    let lock_before = site.read_bytes("candor.lock");

    make(&site);
    let expected = position(&site, file, &at);

    let check = candor(&["check", &site.arg()], &[]);
    check.expect_code(1);
    let shown = match at {
        At::File => format!("{expected}:"),
        _ => format!("[{expected}]"),
    };
    assert!(
        check.stderr.contains(&shown),
        "check does not point at {shown}:\n{}",
        check.stderr
    );
    assert!(
        check.stderr.contains(says),
        "check does not say `{says}`:\n{}",
        check.stderr
    );

    let build = site.build(&[]);
    build.expect_code(1);
    assert!(
        build.stderr.contains(&shown),
        "build does not point at {shown}:\n{}",
        build.stderr
    );
    assert!(
        build.stderr.contains("nothing was written"),
        "{}",
        build.stderr
    );
    common::assert_same_tree(&before, &tree(&site.public()));
    assert_eq!(
        lock_before,
        site.read_bytes("candor.lock"),
        "candor.lock changed"
    );
    check
}

#[test]
fn toml_that_does_not_parse() {
    assert_fault(
        |s| {
            s.replace(
                "content/breach.toml",
                "notification-deadline-hours = 24",
                "notification-deadline-hours = = 24",
            )
        },
        "content/breach.toml",
        At::Text {
            anchor: "notification-deadline-hours",
            needle: "= 24",
        },
        "invalid TOML",
    );
}

#[test]
fn unknown_field_suggests_the_right_one() {
    let run = assert_fault(
        |s| {
            s.replace(
                "content/organisation.toml",
                "name = \"Luscii\"",
                "nmae = \"Luscii\"",
            )
        },
        "content/organisation.toml",
        At::Text {
            anchor: "nmae",
            needle: "nmae",
        },
        "unknown field `nmae`",
    );
    assert!(
        run.stderr.contains("did you mean `name`?"),
        "{}",
        run.stderr
    );
}

#[test]
fn wrong_type() {
    assert_fault(
        |s| {
            s.replace(
                "content/breach.toml",
                "notification-deadline-hours = 24",
                "notification-deadline-hours = \"24\"",
            )
        },
        "content/breach.toml",
        At::Text {
            anchor: "notification-deadline-hours",
            needle: "\"24\"",
        },
        "expected a whole number of hours from 1 to 8760",
    );
}

#[test]
fn yex_where_yes_or_no_belongs() {
    let run = assert_fault(
        |s| {
            s.replace(
                "content/subprocessors.toml",
                "name = \"Zivver\"\npersonal-data = true",
                "name = \"Zivver\"\npersonal-data = \"Yex\"",
            )
        },
        "content/subprocessors.toml",
        At::Text {
            anchor: "Zivver",
            needle: "\"Yex\"",
        },
        "expected a boolean",
    );
    assert!(run.stderr.contains("`true` or `false`"), "{}", run.stderr);
}

/// qa70: `personal-data = yes` was told "string values must be quoted", and quoted, refused as
/// text: the first error says how a yes is written.
#[test]
fn a_yes_written_as_a_word_says_how_a_yes_is_written() {
    let run = assert_fault(
        |s| {
            s.replace(
                "content/subprocessors.toml",
                "name = \"Zivver\"\npersonal-data = true",
                "name = \"Zivver\"\npersonal-data = yes",
            )
        },
        "content/subprocessors.toml",
        At::Text {
            anchor: "name = \"Zivver\"",
            needle: "yes",
        },
        "string values must be quoted",
    );
    assert!(
        run.stderr
            .contains("a yes or no is written `true` or `false`"),
        "{}",
        run.stderr
    );
}

#[test]
fn missing_required_field() {
    assert_fault(
        |s| {
            s.replace(
                "content/subprocessors.toml",
                "name = \"Notion\"\npersonal-data = false\n",
                "name = \"Notion\"\n",
            )
        },
        "content/subprocessors.toml",
        At::Text {
            anchor: "name = \"Instatus\"",
            needle: "[[subprocessor]]",
        },
        "missing field `personal-data`",
    );
}

#[test]
fn duplicate_sub_processor_ignoring_case() {
    let run = assert_fault(
        |s| {
            s.replace(
                "content/subprocessors.toml",
                "name = \"Slack\"",
                "name = \"notion\"",
            )
        },
        "content/subprocessors.toml",
        At::Text {
            anchor: "\"notion\"",
            needle: "\"notion\"",
        },
        "duplicate sub-processor `notion`",
    );
    // qa103: as written there, and why the two are one.
    assert!(
        common::compact(&run.stderr)
            .contains(&common::compact("already listed on line 88, as `Notion`")),
        "{}",
        run.stderr
    );
    assert!(
        common::compact(&run.stderr)
            .contains(&common::compact("names are compared whatever their case")),
        "{}",
        run.stderr
    );
    // qa90: not told again as two entries of one id, whose help ("give each of them its own
    // `id`") read as a way to keep both.
    assert!(!run.stderr.contains("have the id"), "{}", run.stderr);
}

#[test]
fn duplicate_id() {
    assert_fault(
        |s| {
            s.replace(
                "content/access.toml",
                "id = \"support\"",
                "id = \"engineers\"",
            )
        },
        "content/access.toml",
        At::Text {
            anchor: "access = \"full\"",
            needle: "\"engineers\"",
        },
        "duplicate access group `engineers`",
    );
}

#[test]
fn reference_to_something_that_does_not_exist() {
    let run = assert_fault(
        |s| {
            s.replace(
                "content/integrations.toml",
                "data = [\"identity-contact\"]",
                "data = [\"identity-contacts\"]",
            )
        },
        "content/integrations.toml",
        At::Text {
            anchor: "data = [",
            needle: "\"identity-contacts\"",
        },
        "unknown data category `identity-contacts`",
    );
    assert!(
        run.stderr.contains("did you mean `identity-contact`?"),
        "{}",
        run.stderr
    );
}

#[test]
fn transfer_outside_the_eea_without_a_mechanism() {
    let run = assert_fault(
        |s| {
            s.replace(
                "content/subprocessors.toml",
                "name = \"Zapier\"\npersonal-data = false\noutside-eea = true\nmechanism = \"standard-contractual-clauses\"\n",
                "name = \"Zapier\"\npersonal-data = false\noutside-eea = true\n",
            )
        },
        "content/subprocessors.toml",
        At::Text {
            anchor: "name = \"Zapier\"",
            needle: "true",
        },
        "`Zapier` sends data outside the EEA without a transfer mechanism",
    );
    // It does not say the row processes personal data of the customers' users: it says it does not.
    assert!(
        !run.stderr.contains("transfers personal data"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("personal-data = false"),
        "{}",
        run.stderr
    );
    // A row that does process personal data is told so.
    assert_fault(
        |s| {
            s.replace(
                "content/subprocessors.toml",
                "name = \"Zapier\"\npersonal-data = false\noutside-eea = true\nmechanism = \"standard-contractual-clauses\"\n",
                "name = \"Zapier\"\npersonal-data = true\noutside-eea = true\n",
            )
        },
        "content/subprocessors.toml",
        At::Text {
            anchor: "outside-eea = true\nsecurity = \"https://zapier.com",
            needle: "true",
        },
        "`Zapier` transfers personal data outside the EEA without a transfer mechanism",
    );
    // To the United Kingdom (adequate) and the United States: the Data Privacy Framework, which
    // covers the one that needs a mechanism, is offered first, and the UK Addendum (for
    // transfers from the United Kingdom) not at all; the country is underlined, not the name
    // (qa117).
    let run = assert_fault(
        |s| {
            s.replace(
                "content/subprocessors.toml",
                "name = \"Zapier\"\npersonal-data = false\noutside-eea = true\nmechanism = \"standard-contractual-clauses\"\n",
                "name = \"Zapier\"\npersonal-data = true\ncountries = [\"GB\", \"US\"]\n",
            )
        },
        "content/subprocessors.toml",
        At::Text {
            anchor: "countries = [\"GB\", ",
            needle: "\"US\"",
        },
        "`Zapier` transfers personal data outside the EEA without a transfer mechanism",
    );
    assert!(
        run.stderr.contains(
            "add `mechanism = \"data-privacy-framework\"` (or `standard-contractual-clauses`"
        ) && !run.stderr.contains("uk-addendum"),
        "{}",
        run.stderr
    );
}

#[test]
fn unknown_country_code() {
    assert_fault(
        |s| {
            s.replace(
                "content/storage.toml",
                "country = \"DE\"",
                "country = \"Germany\"",
            )
        },
        "content/storage.toml",
        At::Text {
            anchor: "country",
            needle: "\"Germany\"",
        },
        "unknown country code `Germany`",
    );
    // qa90: a country's name got no help, where a code in lower case got one.
    let run = assert_fault(
        |s| {
            s.replace(
                "content/storage.toml",
                "country = \"DE\"",
                "country = \"france\"",
            )
        },
        "content/storage.toml",
        At::Text {
            anchor: "country",
            needle: "\"france\"",
        },
        "unknown country code `france`",
    );
    assert!(
        run.stderr.contains("the ISO code of France is \"FR\""),
        "{}",
        run.stderr
    );
    assert_fault(
        |s| {
            s.replace(
                "content/storage.toml",
                "country = \"DE\"",
                "country = \"ZZ\"",
            )
        },
        "content/storage.toml",
        At::Text {
            anchor: "country",
            needle: "\"ZZ\"",
        },
        "unknown country code `ZZ`",
    );
}

#[test]
fn a_quoted_date_says_to_remove_the_quotes() {
    let run = assert_fault(
        |s| {
            s.replace(
                "content/subprocessors.toml",
                "name = \"Slack\"\n",
                "name = \"Slack\"\neffective = \"2027-03-01\"\n",
            )
        },
        "content/subprocessors.toml",
        At::Text {
            anchor: "effective = ",
            needle: "\"2027",
        },
        "a date in quotes",
    );
    assert!(
        run.stderr
            .contains("remove the quotes: `effective = 2027-03-01`"),
        "{}",
        run.stderr
    );
}

/// A date written in another shape is shown as TOML writes it: "remove the quotes" showed the
/// line just refused (`effective = 2027/03/01`), and a user went round in a loop (qa150).
#[test]
fn a_date_written_otherwise_is_shown_as_toml_writes_it() {
    for (written, shown) in [
        ("\"2027/03/01\"", "`effective = 2027-03-01`"),
        ("2027/03/01", "`effective = 2027-03-01`"),
        ("\"01.03.2027\"", "`effective = 2027-03-01`"),
        ("01.03.2027", "`effective = 2027-03-01`"),
        ("2027-3-1", "`effective = 2027-03-01`"),
        ("\"1 March 2027\"", "such as `effective = 2027-03-01`"),
    ] {
        let site = Site::example();
        site.replace(
            "content/subprocessors.toml",
            "name = \"Slack\"\n",
            &format!("name = \"Slack\"\neffective = {written}\n"),
        );
        let run = candor(&["check", &site.arg()], &[]);
        run.expect_code(1);
        let help = (run.stderr.lines())
            .find(|l| l.trim_start().starts_with("help:"))
            .unwrap_or_default();
        assert!(help.contains(shown), "{written}: {}", run.stderr);
    }
}

/// A message shown as Markdown writes paragraphs, lists, emphasis and links, not the page's
/// structure: a translation wrote a second `<h1>` (`{ "#" } Mentions légales`, as the help for
/// a `#` that begins a line said), a quotation and a code block, and `check` said nothing
/// (qa151).
#[test]
fn a_message_makes_no_heading_quotation_or_code_block() {
    for (written, needle, kind) in [
        ("{ \"#\" } Rechtliches", "#", "a heading"),
        ("> Ein Zitat", ">", "a quotation"),
        ("```\n    Code\n    ```", "`", "a code block"),
    ] {
        let line = "processing-agreement = Die vollständige Liste der für Ihre Organisation verarbeiteten Daten ist Bestandteil Ihres Auftragsverarbeitungsvertrags.";
        let run = assert_fault(
            |s| {
                s.replace(
                    "locales/de/sections.ftl",
                    line,
                    &format!("{line}\n\n    {written}"),
                )
            },
            "locales/de/sections.ftl",
            At::Text {
                anchor: "processing-agreement = ",
                needle,
            },
            &format!("`processing-agreement` in `de` makes {kind}"),
        );
        assert!(
            run.stderr.contains("a message writes paragraphs"),
            "{}",
            run.stderr
        );
    }
}

/// A content file missing says how to get one back (qa150: no help at all).
#[test]
fn a_missing_content_file_says_where_to_find_one() {
    let site = Site::example();
    std::fs::remove_file(site.path("content/dpia.toml")).unwrap();
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    assert!(
        run.stderr.contains("missing file `content/dpia.toml`")
            && run
                .stderr
                .contains("`candor init <an empty folder>` writes a commented example"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_negative_number_of_hours_says_what_is_expected() {
    let run = assert_fault(
        |s| {
            s.replace(
                "content/breach.toml",
                "notification-deadline-hours = 24",
                "notification-deadline-hours = -5",
            )
        },
        "content/breach.toml",
        At::Text {
            anchor: "notification-deadline-hours",
            needle: "-5",
        },
        "expected a whole number of hours from 1 to 8760 (a year), such as 24",
    );
    assert!(!run.stderr.contains("invalid TOML"), "{}", run.stderr);
}

#[test]
fn check_sums_up_on_one_stream_and_never_says_it_wrote_nothing() {
    let site = Site::example();
    // The example has warnings and no error.
    let run = candor(&["check", &site.arg()], &[]);
    run.success();
    assert!(!run.stdout.contains("no problems"), "{}", run.stdout);
    assert!(
        run.stderr
            .lines()
            .any(|l| l.starts_with("no errors, ") && l.ends_with(" warning")
                || l.starts_with("no errors, ") && l.ends_with(" warnings")),
        "{}",
        run.stderr
    );
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 0",
    );
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    assert!(run.stderr.contains("failed: 1 error"), "{}", run.stderr);
    assert!(
        !run.stderr.contains("nothing was written"),
        "{}",
        run.stderr
    );
}

#[test]
fn impossible_date() {
    assert_fault(
        |s| {
            s.replace(
                "content/subprocessors.toml",
                "name = \"Slack\"\n",
                "name = \"Slack\"\neffective = 2027-02-30\n",
            )
        },
        "content/subprocessors.toml",
        At::Text {
            anchor: "effective = ",
            needle: "2027",
        },
        "impossible date",
    );
}

#[test]
fn unsafe_or_malformed_links() {
    for bad in [
        "javascript:alert(1)",
        "data:text/html,hi",
        "http://branch.io/security/",
        "/security",
        "branch.io/security",
        // Credentials would be published, and kept in the history for good.
        "https://admin:hunter2@branch.io/security/",
        "https://admin@branch.io/security/",
        "https://branch.io%2F@evil.example/",
        // Written otherwise than browsers read them.
        "https:branch.io/security/",
        "https:/branch.io/security/",
        "https:///branch.io/security/",
        "https:\\\\branch.io\\\\security",
        "https://evil.example\\\\@branch.io/",
        "HTTPS://BRANCH.IO/",
        "https://127.0.0.1/security/",
        // Invisible: a soft hyphen, a joiner, a direction mark.
        "https://branch.io/secu\u{ad}rity/",
        "https://bra\u{200d}nch.io/security/",
        "https://branch.io/\u{61c}security/",
        // Characters an address holds only escaped: the browser's link and the printed one
        // would differ, and data.json would publish an address that is none.
        "https://branch.io/se\\\"curity/",
        "https://branch.io/<security>/",
        "https://branch.io/{security}/",
        "https://branch.io/a|b/",
        "https://branch.io/a^b/",
        "https://branch.io/a`b/",
        // qa73: letters of two scripts in one name of the host, a look-alike of another: the
        // `о` of `brаnch` and of `hubspоt` is Cyrillic, the `ο` of `brancһ` Greek.
        "https://br\u{430}nch.io/security/",
        "https://security.hubsp\u{43e}t.com/",
        "https://branc\u{4bb}.io/security/",
        "https://bran\u{3bf}ch.io/security/",
        // The same written as browsers encode it (qa78): punycode, a percent-encoded letter.
        "https://xn--brnch-5ve.io/security/",
        "https://security.xn--hubspt-0qf.com/",
        "https://br%D0%B0nch.io/security/",
        // A label all of letters that read as Latin ones (qa79: `аррӏе`, all Cyrillic, as
        // written and in its xn-- form), and a character that reads as a slash.
        "https://\u{430}\u{440}\u{440}\u{4cf}\u{435}.example/security/",
        "https://xn--80ak6aa92e.com/security/",
        "https://branch.io\u{2044}login.example/security/",
    ] {
        assert_fault(
            |s| {
                s.replace(
                    "content/subprocessors.toml",
                    "\"https://branch.io/security/\"",
                    &format!("\"{bad}\""),
                )
            },
            "content/subprocessors.toml",
            At::Text {
                anchor: "name = \"Branch Metrics\"",
                needle: &*Box::leak(format!("\"{bad}\"").into_boxed_str()),
            },
            "unsafe or malformed link",
        );
    }
}

#[test]
fn a_name_of_punctuation_alone_is_refused_for_want_of_an_id() {
    // `name = "!!!"` gave the sub-processor an empty id: `id="subprocessor-"` on the page, an
    // empty id in the CSV, a calendar event's UID with none.
    assert_fault(
        |s| {
            s.replace(
                "content/subprocessors.toml",
                "name = \"Voys\"",
                "name = \"!!!\"",
            )
        },
        "content/subprocessors.toml",
        At::Text {
            anchor: "name = \"!!!\"",
            needle: "\"!!!\"",
        },
        "`!!!` has no letter or digit to make its id from",
    );
}

#[test]
fn a_contact_address_is_one_plain_address() {
    // The contact is the From: of every notice e-mail: a query, a second address or brackets
    // went into that header as written (`<a@b.com?bcc=evil@x.com>`).
    for bad in [
        "mailto:privacy@luscii.com?bcc=evil@example.com",
        "mailto:privacy@luscii.com,evil@example.com",
        "mailto:<privacy@luscii.com>",
        "mailto:privacy@luscii.com>%0ABcc:e@x",
        "mailto:privacy@",
        "mailto:@luscii.com",
        "mailto:privacy@luscii",
        "mailto:privacy@lüscii.com",
        // A look-alike domain in its ASCII form (qa78).
        "mailto:privacy@xn--brnch-5ve.io",
    ] {
        let run = assert_fault(
            |s| {
                s.replace(
                    "content/organisation.toml",
                    "\"mailto:privacy@luscii.com\"",
                    &format!("\"{bad}\""),
                )
            },
            "content/organisation.toml",
            At::Text {
                anchor: "contact =",
                needle: "\"mailto:",
            },
            "unsafe or malformed link",
        );
        let why = match bad.contains("xn--") {
            true => "a host name reads as another",
            false => "one plain address",
        };
        assert!(run.stderr.contains(why), "{bad}: {}", run.stderr);
        // The help speaks of what is wrong with such a link, not of links that are not
        // `mailto:` (qa31: "links must be absolute `https://…` or `mailto:…` addresses").
        assert!(
            !run.stderr.contains("links must be absolute"),
            "{bad}: {}",
            run.stderr
        );
    }
}

#[test]
fn a_base_url_every_link_could_not_start_with() {
    for bad in [
        "http://privacy.example.com",
        "https://user:secret@privacy.example.com",
        "https://privacy.example.com/x?utm=1",
        "https://privacy.example.com/#top",
        "mailto:privacy@example.com",
        "https:privacy.example.com",
        "https://privacy.example.com/{site}",
    ] {
        assert_fault(
            |s| {
                s.replace(
                    "candor.toml",
                    "theme = \"default\"",
                    &format!("theme = \"default\"\nbase-url = \"{bad}\""),
                )
            },
            "candor.toml",
            At::Text {
                anchor: "base-url = ",
                needle: &*Box::leak(format!("\"{bad}\"").into_boxed_str()),
            },
            "`base-url` must be an https:// address",
        );
    }
}

#[test]
fn fluent_syntax_error() {
    // A placeable left open: pointed at where it opens, not at the next message, where the
    // parser gave up.
    assert_fault(
        |s| s.replace("locales/de/chrome.ftl", "yes = Ja", "yes = Ja { $x"),
        "locales/de/chrome.ftl",
        At::Text {
            anchor: "yes = Ja",
            needle: "{ $x",
        },
        "this `{` is not closed",
    );
    // Left open at the end of its line, before a message with braces of its own (qa76: told
    // at the start of the next line, with the parser's words); and alone there, where the
    // parser reads the next message's id as what it holds and gives up at its `=` (qa79).
    for (open, needle) in [("{ $periode", "{ $periode"), ("{", "{\n")] {
        assert_fault(
            |s| {
                s.replace(
                    "locales/nl/sections.ftl",
                    "retention-at-end = Na afloop van de bewaartermijn:",
                    &format!("retention-at-end = Na afloop van de {open}"),
                )
            },
            "locales/nl/sections.ftl",
            At::Text {
                anchor: "retention-at-end",
                needle,
            },
            "this `{` is not closed",
        );
    }
}

/// What translators' editors and fingers most often slip in is named where it is, with how to
/// mend it, not only as the parser's "Expected a token starting with \"=\"".
#[test]
fn a_translators_slips_are_named_where_they_are_with_how_to_mend_them() {
    for (from, to, at, says) in [
        (
            "yes = Ja",
            "yes = Ja,\nwirklich ja",
            At::Text {
                anchor: "wirklich ja",
                needle: "wirklich",
            },
            "indent it",
        ),
        (
            "no = Nein",
            "no = { \u{201c}Nein\u{201d} }",
            At::Text {
                anchor: "no = {",
                needle: "\u{201c}",
            },
            "straight quotes",
        ),
        (
            "no = Nein",
            "no\u{a0}= Nein",
            At::Text {
                anchor: "no\u{a0}",
                needle: "\u{a0}",
            },
            "U+00A0",
        ),
        // A `{` left open in the middle of a line: pointed at where it opens (qa30).
        (
            "no = Nein",
            "no = Nein { Daten wir",
            At::Text {
                anchor: "no = Nein",
                needle: "{ Daten",
            },
            "this `{` is not closed",
        ),
        // A typographic quote after a string in braces, where its `}` belongs.
        (
            "no = Nein",
            "no = { \"Nein\" \u{201d}}",
            At::Text {
                anchor: "no = {",
                needle: "\u{201d}",
            },
            "straight quotes",
        ),
        // A string a typographic quote was meant to close.
        (
            "no = Nein",
            "no = { \"Nein\u{201d} }",
            At::Text {
                anchor: "no = {",
                needle: "\u{201d}",
            },
            "does not close a string",
        ),
        // qa93: typographic quotes around a term's argument, autocorrected.
        (
            "no = Nein",
            "no = { -customer(case: \u{201e}dativ\u{201c}) }",
            At::Text {
                anchor: "no = {",
                needle: "\u{201e}",
            },
            "straight quotes",
        ),
        // qa93: an id without its `=`, a comment without the space after `#`, a line
        // indented with a tab, each with the parser's words alone.
        (
            "no = Nein",
            "\nno Nein",
            At::Text {
                anchor: "no Nein",
                needle: "Nein",
            },
            "write `=` between the id and its words",
        ),
        (
            "no = Nein",
            "no Nein",
            At::Text {
                anchor: "no Nein",
                needle: "no Nein",
            },
            "if it is a message of its own, write `=`",
        ),
        (
            "no = Nein",
            "#Kommentar\nno = Nein",
            At::Text {
                anchor: "#Kommentar",
                needle: "Kommentar",
            },
            "a comment is `#`",
        ),
        // A tab before an id: deleted, not made spaces (qa94: the line would then be words
        // of the message above).
        (
            "no = Nein",
            "\tno = Nein",
            At::Text {
                anchor: "\tno = Nein",
                needle: "\t",
            },
            "delete it: an id begins its line",
        ),
        (
            "no = Nein",
            "no =\n\tNein",
            At::Text {
                anchor: "no =",
                needle: "\t",
            },
            "indent with spaces",
        ),
    ] {
        assert_fault(
            |s| s.replace("locales/de/chrome.ftl", from, to),
            "locales/de/chrome.ftl",
            at,
            says,
        );
    }
}

#[test]
fn message_missing_in_a_locale() {
    let run = assert_fault(
        |s| {
            s.replace(
                "locales/nl/chrome.ftl",
                "not-applicable = ",
                "not-applicable-typo = ",
            )
        },
        "locales/en/chrome.ftl",
        At::Text {
            anchor: "not-applicable",
            needle: "not-applicable",
        },
        "`not-applicable` is not translated into `nl`",
    );
    assert!(
        run.stderr.contains("`not-applicable-typo` is obsolete"),
        "{}",
        run.stderr
    );
}

#[test]
fn translation_using_a_variable_the_source_does_not_provide() {
    let run = assert_fault(
        |s| {
            s.replace(
                "locales/de/chrome.ftl",
                "last-modified = Zuletzt geändert: { $date }",
                "last-modified = Zuletzt geändert: { $datum }",
            )
        },
        "locales/de/chrome.ftl",
        At::Text {
            anchor: "last-modified",
            needle: "$datum",
        },
        "uses the variable `$datum`, which the source does not provide",
    );
    assert!(
        run.stderr.contains("did you mean `$date`?"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_column_after_a_letter_written_decomposed_is_the_editors() {
    // `ä` written as `a` and a combining diaeresis, as some editors save it: two characters
    // where the editor counts columns, though candor reads the line in NFC.
    assert_fault(
        |s| {
            s.replace(
                "locales/de/chrome.ftl",
                "last-modified = Zuletzt geändert: { $date }",
                "last-modified = Zuletzt gea\u{308}ndert: { $datum }",
            )
        },
        "locales/de/chrome.ftl",
        At::Text {
            anchor: "last-modified",
            needle: "$datum",
        },
        "uses the variable `$datum`, which the source does not provide",
    );
}

#[test]
fn a_variable_no_message_is_given_names_those_every_message_is() {
    // The help said the source "provides: no variables", though `$org` on the same line passed:
    // every message is given it, `$privacy-policy` and `$contact`.
    let run = assert_fault(
        |s| {
            s.replace(
                "locales/de/sections.ftl",
                "breach-heading = ",
                "breach-heading = { $org } in { $stadt }: ",
            )
        },
        "locales/de/sections.ftl",
        At::Text {
            anchor: "breach-heading",
            needle: "$stadt",
        },
        "uses the variable `$stadt`, which the source does not provide",
    );
    assert!(
        run.stderr.contains(
            "uses no variable of its own here; every message may use $org, $privacy-policy, $contact"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn a_translation_that_uses_a_fact_only_to_choose_its_words_leaves_it_out() {
    // "innerhalb kurzer Zeit" for "within 36 hours": `$hours` still chooses the variant, so
    // the check took it as used, and the German page stated no deadline at all.
    let run = assert_fault(
        |s| {
            s.replace(
                "locales/de/sections.ftl",
                "*[other] von { $hours } Stunden",
                "*[other] kurzer Zeit",
            )
        },
        "locales/de/sections.ftl",
        At::Text {
            anchor: "breach-notification =",
            needle: "other] kurzer",
        },
        "`breach-notification` in `de` does not show `$hours` in its default variant",
    );
    assert!(
        run.stderr
            .contains("write `{ $hours }` in the variant marked `*`"),
        "{}",
        run.stderr
    );
}

#[test]
fn reference_to_a_message_that_does_not_exist() {
    assert_fault(
        |s| {
            s.replace(
                "locales/de/chrome.ftl",
                "yes = Ja",
                "yes = Ja { nein-nicht }",
            )
        },
        "locales/de/chrome.ftl",
        At::Text {
            anchor: "yes = Ja",
            needle: "nein-nicht",
        },
        "refers to the message `nein-nicht`, which does not exist",
    );
}

#[test]
fn reference_to_a_term_that_does_not_exist() {
    assert_fault(
        |s| s.replace("locales/nl/terms.ftl", "-customers = ", "-klanten = "),
        "locales/nl/sections.ftl",
        At::Text {
            anchor: "breach-notification",
            needle: "-customers",
        },
        "refers to the term `-customers`, which is not translated into `nl`",
    );
}

/// Replaces the site's page template with `text`, as a theme override.
fn page_template(site: &Site, text: &str) {
    site.write("themes/default/templates/page.html", text);
}

#[test]
fn template_syntax_error() {
    assert_fault(
        |s| {
            page_template(
                s,
                "{% extends \"base.html\" %}\n{% block body %}\n{% if %}\n{% endblock body %}\n",
            )
        },
        "themes/default/templates/page.html",
        At::Text {
            anchor: "{% if",
            needle: "%}",
        },
        "template syntax error",
    );
}

#[test]
fn template_render_error_unknown_variable() {
    assert_fault(
        |s| {
            page_template(
                s,
                "{% extends \"base.html\" %}\n{% block body %}\n<p>{{ facts.organisation.nmae }}</p>\n{% endblock body %}\n",
            )
        },
        "themes/default/templates/page.html",
        At::Text {
            anchor: "<p>",
            needle: "nmae",
        },
        "Field `nmae` is not defined",
    );
}

#[test]
fn a_template_looping_without_end_is_stopped() {
    // Tera bounds one `range` to 100,000 values, not ranges nested: this loop would run ten
    // thousand million times, and `check`, `build` and `serve` with it.
    assert_fault(
        |s| {
            page_template(
                s,
                "{% extends \"base.html\" %}\n{% block body %}\n{% for i in range(end=100000) %}{% for j in range(end=100000) %}{% endfor %}{% endfor %}\n{% endblock body %}\n",
            )
        },
        "themes/default/templates/page.html",
        At::Text {
            anchor: "{% for j",
            needle: "range",
        },
        "more than 1000000 values",
    );
}

#[test]
fn a_template_looping_over_what_it_holds_without_end_is_stopped() {
    // `range`'s budget counts the values its calls give: one range kept in a variable and
    // looped over inside itself gives a thousand values and runs a million million times, and
    // `check`, `build` and `serve` ran with it, a CI job until its own time ran out.
    let site = Site::example();
    site.build(&["--locked"]).success();
    let public = tree(&site.public());
    let lock = site.read_bytes("candor.lock");
    page_template(
        &site,
        "{% extends \"base.html\" %}\n{% block body %}\n{% set r = range(end=1000) %}{% for a in r %}{% for b in r %}{% for c in r %}{% for d in r %}{% endfor %}{% endfor %}{% endfor %}{% endfor %}\n{% endblock body %}\n",
    );
    let run = site.build_later(&[]);
    run.expect_code(1);
    assert!(
        run.stderr
            .contains("the theme's template `page.html` rendered one page for more than 60 s"),
        "{}",
        run.stderr
    );
    assert_same_tree(&public, &tree(&site.public()));
    assert_eq!(site.read_bytes("candor.lock"), lock);
}

/// `Slаck`, its `а` Cyrillic, was accepted beside `Slack`: two rows a reader cannot tell
/// apart, with two ids.
#[test]
fn a_name_that_looks_the_same_as_another_is_refused() {
    let cyrillic = "Sl\u{430}ck";
    let run = assert_fault(
        |s| {
            s.write(
                "content/subprocessors.toml",
                &(s.read("content/subprocessors.toml")
                    + &format!("\n[[subprocessor]]\nname = \"{cyrillic}\"\npersonal-data = false\noutside-eea = false\n")),
            )
        },
        "content/subprocessors.toml",
        At::Text {
            anchor: "name = \"Sl\u{430}ck",
            needle: "\"Sl\u{430}ck\"",
        },
        "looks like `Slack`",
    );
    assert!(run.stderr.contains("U+0430"), "{}", run.stderr);
}

/// A name in another script that reads as one in Latin letters (`МТС`, Cyrillic, beside `MTC`)
/// is refused too; one in the same script that reads much like another (`SIack`, a capital I,
/// beside `Slack`; `Arnica` beside `Amica`) is told of, since two companies may be so named.
#[test]
fn names_that_look_alike_in_one_script_are_warned_of_and_across_scripts_refused() {
    let with = |names: &[&str]| {
        let site = Site::example_without_notice();
        let mut list = site.read("content/subprocessors.toml");
        for name in names {
            list.push_str(&format!(
                "\n[[subprocessor]]\nname = \"{name}\"\npersonal-data = false\noutside-eea = false\n"
            ));
        }
        site.write("content/subprocessors.toml", &list);
        candor(&["check", &site.arg()], &[])
    };
    let run = with(&["MTC", "\u{41c}\u{422}\u{421}"]);
    run.expect_code(1);
    assert!(
        run.stderr
            .contains("sub-processor `\u{41c}\u{422}\u{421}` looks like `MTC`"),
        "{}",
        run.stderr
    );
    let run = with(&["SIack", "Amica", "Arnica"]);
    run.success();
    for (name, like) in [("SIack", "Slack"), ("Arnica", "Amica")] {
        assert!(
            run.stderr
                .contains(&format!("sub-processor `{name}` looks like `{like}`")),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn template_render_error_unknown_function() {
    assert_fault(
        |s| {
            page_template(
                s,
                "{% extends \"base.html\" %}\n{% block body %}\n<p>{{ translate(key=\"yes\") }}</p>\n{% endblock body %}\n",
            )
        },
        "themes/default/templates/page.html",
        At::Text {
            anchor: "<p>",
            needle: "translate",
        },
        "Unknown function `translate`",
    );
}

#[test]
fn template_asking_for_a_message_that_does_not_exist() {
    assert_fault(
        |s| {
            page_template(
                s,
                "{% extends \"base.html\" %}\n{% block body %}\n<p>{{ t(key=\"no-such-message\") }}</p>\n{% endblock body %}\n",
            )
        },
        "themes/default/templates/page.html",
        At::Text {
            anchor: "<p>",
            needle: "t(key",
        },
        "no message `no-such-message`",
    );
}

#[test]
fn a_message_candor_cannot_format_points_at_the_message() {
    // The page's template gives `last-modified` every global fact; the print margin, formatted
    // from candor's code, gives it only `$org` and `$date`.
    let run = assert_fault(
        |s| {
            s.replace(
                "locales/en/chrome.ftl",
                "last-modified = Last modified: { $date }",
                "last-modified = Last modified: { $date } ({ $contact })",
            )
        },
        "locales/en/chrome.ftl",
        At::Text {
            anchor: "last-modified =",
            needle: "$contact",
        },
        "message `last-modified` in `en` uses `$contact`, which candor does not give it there",
    );
    assert!(
        run.stderr.contains("it is given `$date` and `$org`"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_source_message_using_a_variable_its_template_does_not_give() {
    // The annex's template gives `annex-match` the date; the English source asks for
    // `$dates`. The source is wrong, not the translations that kept `$date`.
    let run = assert_fault(
        |s| {
            s.replace(
                "locales/en/annex.ftl",
                "said in the publication of { $date }. The",
                "said in the publication of { $dates }. The",
            )
        },
        "locales/en/annex.ftl",
        At::Text {
            anchor: "annex-match =",
            needle: "$dates",
        },
        "`annex-match` uses `$dates`, which the template `annex.html` does not give it",
    );
    assert!(
        run.stderr.contains("did you mean `$date`?"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("which the source does not provide"),
        "a translation that kept `$date` is blamed for the source's mistake:\n{}",
        run.stderr
    );
}

#[test]
fn missing_template() {
    assert_fault(
        |s| page_template(s, "{% extends \"layout.html\" %}\n"),
        "themes/default/templates/page.html",
        At::Text {
            anchor: "extends",
            needle: "layout.html",
        },
        "extends `layout.html`, which does not exist",
    );
}

/// A number too large for its field was "expected a whole number, such as 24", of a whole
/// number, and one too large for any integer named Rust's type (`as i128`); then "from 0 to
/// 4294967295", where `notice-days` is at most 3660.
#[test]
fn a_number_too_large_says_how_large_it_may_be() {
    let days = "expected a whole number of days from 0 to 3660 (ten years), such as 30";
    for (value, says) in [
        ("4294967296", days),
        ("99999999999999999999", days),
        ("-1", days),
    ] {
        let run = assert_fault(
            |s| {
                s.replace(
                    "candor.toml",
                    "notice-days = 30",
                    &format!("notice-days = {value}"),
                )
            },
            "candor.toml",
            At::Text {
                anchor: "notice-days = ",
                needle: value,
            },
            says,
        );
        assert!(!run.stderr.contains("i128"), "{}", run.stderr);
    }
}

#[test]
fn missing_theme() {
    assert_fault(
        |s| s.replace("candor.toml", "theme = \"default\"", "theme = \"fancy\""),
        "candor.toml",
        At::Text {
            anchor: "theme = ",
            needle: "\"fancy\"",
        },
        "the theme `fancy` does not exist",
    );
}

#[test]
fn file_that_is_not_utf8() {
    assert_fault(
        |s| {
            let bytes = s.read_bytes("content/retention.toml");
            let text = String::from_utf8(bytes)
                .unwrap()
                .replace("\"contract-end\"", "\"contract-\u{0}end\"");
            let mut bytes = text.into_bytes();
            let zero = bytes.iter().position(|b| *b == 0).unwrap();
            bytes[zero] = 0xff;
            std::fs::write(s.path("content/retention.toml"), bytes).unwrap();
        },
        "content/retention.toml",
        At::Text {
            anchor: "starts = ",
            needle: "\u{fffd}",
        },
        "not valid UTF-8",
    );
}

/// One byte that is not UTF-8 in a translation's file was that error and one "not
/// translated" error for each of the file's messages, each pointing into the English file.
#[test]
fn a_locale_file_that_is_not_utf8_is_told_once() {
    let run = assert_fault(
        |s| {
            let mut bytes = s.read_bytes("locales/de/site.ftl");
            bytes.push(0xff);
            std::fs::write(s.path("locales/de/site.ftl"), bytes).unwrap();
        },
        "locales/de/site.ftl",
        At::Text {
            anchor: "\u{fffd}",
            needle: "\u{fffd}",
        },
        "not valid UTF-8",
    );
    assert!(run.stderr.contains("failed: 1 error"), "{}", run.stderr);
    assert!(!run.stderr.contains("not translated"), "{}", run.stderr);
}

#[test]
fn empty_file() {
    assert_fault(
        |s| s.write("content/dpia.toml", ""),
        "content/dpia.toml",
        At::File,
        "the file is empty",
    );
}

#[test]
fn language_without_a_locale_folder() {
    let run = assert_fault(
        |s| {
            s.replace(
                "candor.toml",
                "languages = [\"en\", \"de\", \"nl\"]",
                "languages = [\"en\", \"de\", \"nl\", \"fr\"]",
            )
        },
        "candor.toml",
        At::Text {
            anchor: "languages = [",
            needle: "\"fr\"",
        },
        "language `fr` has no locale folder `locales/fr/`",
    );
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
}

#[test]
fn all_problems_of_a_run_are_reported_together_in_a_stable_order() {
    let site = Site::example();
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = \"24\"",
    );
    site.replace(
        "content/storage.toml",
        "country = \"DE\"",
        "country = \"Germany\"",
    );
    site.replace(
        "locales/de/chrome.ftl",
        "last-modified = Zuletzt geändert: { $date }",
        "last-modified = Zuletzt geändert: { $datum }",
    );
    site.replace(
        "content/organisation.toml",
        "name = \"Luscii\"",
        "nmae = \"Luscii\"",
    );
    let first = candor(&["check", &site.arg()], &[]);
    first.expect_code(1);
    let order: Vec<usize> = [
        "content/breach.toml",
        "content/organisation.toml",
        "content/storage.toml",
        "locales/de/chrome.ftl",
    ]
    .iter()
    .map(|f| {
        first
            .stderr
            .find(f)
            .unwrap_or_else(|| panic!("{f} not reported:\n{}", first.stderr))
    })
    .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "not sorted by file:\n{}",
        first.stderr
    );
    assert!(first.stderr.contains("4 errors"), "{}", first.stderr);
    let second = candor(&["check", &site.arg()], &[]);
    assert_eq!(first.stderr, second.stderr, "the report is not stable");
}

#[test]
fn warnings_do_not_fail_the_build() {
    let site = Site::example();
    std::fs::create_dir_all(site.path("locales/fr")).unwrap();
    // The locale files kept in a repository of their own: its `.git` is no language (qa131).
    std::fs::create_dir_all(site.path("locales/.git")).unwrap();
    site.write(
        "locales/de/chrome.ftl",
        &(site.read("locales/de/chrome.ftl") + "\nleftover = Alt\n"),
    );
    let run = site.build(&["--locked"]);
    run.success();
    assert!(
        run.stderr
            .contains("`locales/fr` is not a configured language"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("`leftover` is obsolete"),
        "{}",
        run.stderr
    );
    // The example's sub-processors say whether data leaves the EEA, not where (its source does
    // not say): one warning for them all.
    assert!(
        run.stderr
            .contains("15 sub-processors say whether data leaves the EEA"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("3 warnings"), "{}", run.stderr);
    assert!(!run.stderr.contains(".git"), "{}", run.stderr);
}

#[test]
fn windows_line_endings_and_a_bom_are_not_errors() {
    let plain = Site::example();
    plain.build(&["--locked"]).success();
    let site = Site::example();
    for dir in ["content", "locales/en", "locales/de", "locales/nl"] {
        for entry in std::fs::read_dir(site.path(dir)).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            std::fs::write(&path, format!("\u{feff}{}", text.replace('\n', "\r\n"))).unwrap();
        }
    }
    let toml = site.read("candor.toml");
    site.write(
        "candor.toml",
        &format!("\u{feff}{}", toml.replace('\n', "\r\n")),
    );
    // Same facts and text, so the same publication: --locked passes and the pages are identical.
    site.build(&["--locked"]).success();
    common::assert_same_tree(&tree(&plain.public()), &tree(&site.public()));
}

#[test]
fn no_color_and_a_pipe_give_plain_output() {
    let site = Site::example();
    site.replace(
        "content/storage.toml",
        "country = \"DE\"",
        "country = \"Germany\"",
    );
    let run = candor(&["check", &site.arg()], &[]);
    assert!(
        !run.stderr.contains('\u{1b}'),
        "escape codes in plain output:\n{}",
        run.stderr
    );
}

#[test]
fn usage_and_io_errors_exit_2() {
    candor(&["build", "/nonexistent/candor-site"], &[]).expect_code(2);
    candor(&["frobnicate"], &[]).expect_code(2);
    candor(&["build", "--no-such-flag"], &[]).expect_code(2);
}

#[test]
fn check_writes_nothing() {
    let site = Site::example();
    let lock = site.read_bytes("candor.lock");
    site.replace(
        "content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 48",
    );
    candor(&["check", &site.arg()], &[]).success();
    assert!(!site.public().exists(), "check wrote public/");
    assert_eq!(
        lock,
        site.read_bytes("candor.lock"),
        "check changed candor.lock"
    );
}

#[test]
fn check_requires_every_message_candor_formats_itself() {
    // Messages the change log, the feed, the review pages and the print margin format from
    // candor's code, not from a template: `check` must know them as `review` does.
    let site = Site::example();
    for (lang, word) in [
        ("en", "insertion:"),
        ("de", "Einfügung:"),
        ("nl", "invoeging:"),
    ] {
        site.replace(
            &format!("locales/{lang}/changes.ftl"),
            &format!("review-ins-start = {word}\n"),
            "",
        );
    }
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    assert!(
        run.stderr
            .contains("no message `review-ins-start` in locales/en"),
        "{}",
        run.stderr
    );
}

/// A candor.toml that is there but unreadable gets the help for its own problem, not the one
/// for a folder that is no site.
#[test]
fn a_config_that_is_not_utf8_is_told_so_not_asked_whether_this_is_a_site() {
    let site = Site::example();
    std::fs::write(site.path("candor.toml"), b"source-language = \"en\"\xff\n").unwrap();
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    assert!(
        run.stderr.contains("save the file as UTF-8"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("is this a candor site"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_empty_file_is_told_what_it_is_for_and_how_to_mend_it() {
    for (file, help) in [
        (
            "content/dpia.toml",
            "`candor init <an empty folder>` writes a commented example of every file: copy this one's from there",
        ),
        ("candor.lock", "restore it from version control"),
        (
            "locales/de/main.ftl",
            "delete the file if the language has none",
        ),
        (
            "themes/default/templates/page.html",
            "delete it to use the built-in template",
        ),
    ] {
        let site = Site::example();
        site.write(file, "");
        let check = candor(&["check", &site.arg()], &[]);
        check.expect_code(1);
        let said = common::compact(&check.stderr);
        assert!(
            said.contains(&common::compact(&format!("{file}: the file is empty"))),
            "{file}:\n{}",
            check.stderr
        );
        assert!(
            said.contains(&common::compact(help)),
            "{file}: no `{help}`:\n{}",
            check.stderr
        );
        if file != "content/dpia.toml" {
            assert!(!said.contains("candorinit"), "{file}:\n{}", check.stderr);
        }
    }
}

#[test]
fn a_translation_that_leaves_a_fact_out_states_one_of_its_own() {
    // The German breach deadline written as a number of the translator's, not the fact.
    assert_fault(
        |s| {
            s.replace(
                "locales/de/sections.ftl",
                GERMAN_DEADLINE,
                "innerhalb von 72 Stunden.",
            )
        },
        "locales/de/sections.ftl",
        At::Text {
            anchor: "breach-notification = ",
            needle: "breach-notification",
        },
        "`breach-notification` in `de` does not use `$hours`, which the source shows",
    );
}

#[test]
fn a_translation_that_shows_what_the_source_only_chooses_by_is_refused() {
    // qa42: the German rename written without `$when`, `check` said to "write `{ $when }` where
    // the translation says it"; done so, it passed, and the change log published "… heißt
    // jetzt Postmark by ActiveCampaign now". A variable the source only chooses its words by
    // gives a keyword, not words.
    let site = Site::example();
    site.replace(
        "locales/de/changes.ftl",
        "change-subprocessor-renamed =\n    { $when ->\n        [later] Unterauftragsverarbeiter { $was } wird künftig { $name } heißen\n       *[now] Unterauftragsverarbeiter { $was } heißt jetzt { $name }\n    }",
        "change-subprocessor-renamed = Unterauftragsverarbeiter { $was } heißt jetzt { $name }",
    );
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    let said = common::compact(&run.stderr);
    assert!(
        said.contains(&common::compact(
            "help: choose its words by `$when`, as the source (locales/en/changes.ftl) does"
        )),
        "{}",
        run.stderr
    );
    assert!(!said.contains("write `{ $when }`"), "{}", run.stderr);
    site.replace(
        "locales/de/changes.ftl",
        "Unterauftragsverarbeiter { $was } heißt jetzt { $name }\n",
        "Unterauftragsverarbeiter { $was } heißt jetzt { $name } { $when }\n",
    );
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    assert!(
        common::compact(&run.stderr).contains(&common::compact(
            "`change-subprocessor-renamed` in `de` shows `$when` as words, where the source only chooses its words by it"
        )),
        "{}",
        run.stderr
    );
    // Stale too (qa43): the English reworded since, the German still prints the keyword.
    site.replace(
        "locales/en/changes.ftl",
        "[later] Sub-processor { $was } will be called { $name }",
        "[later] Sub-processor { $was } is to be called { $name }",
    );
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    assert!(
        common::compact(&run.stderr).contains(&common::compact(
            "`change-subprocessor-renamed` in `de` shows `$when` as words"
        )),
        "{}",
        run.stderr
    );
}

#[test]
fn a_fallback_without_its_mechanism_is_told_a_mechanism_that_is_not_the_fallback() {
    // qa42: a fallback given, no mechanism: the help said to add `mechanism =
    // "standard-contractual-clauses"`, the fallback itself, which was then refused as the
    // mechanism it already rests on.
    let site = Site::example();
    let hubspot = "name = \"Hubspot\"\npersonal-data = true\noutside-eea = false";
    site.replace(
        "content/subprocessors.toml",
        hubspot,
        "name = \"Hubspot\"\npersonal-data = true\ncountries = [\"US\"]\nfallback = \"standard-contractual-clauses\"\neffective = 2027-03-01",
    );
    let run = candor(
        &["check", &site.arg()],
        &[("SOURCE_DATE_EPOCH", common::LATER_EPOCH)],
    );
    run.expect_code(1);
    let said = common::compact(&run.stderr);
    let help = common::compact(
        "help: add the mechanism it rests on before its fallback (`standard-contractual-clauses`): `mechanism = \"data-privacy-framework\"`",
    );
    assert!(said.contains(&help), "{}", run.stderr);
    // Done as it says, the site checks.
    site.replace(
        "content/subprocessors.toml",
        "countries = [\"US\"]\nfallback",
        "countries = [\"US\"]\nmechanism = \"data-privacy-framework\"\nfallback",
    );
    candor(
        &["check", &site.arg()],
        &[("SOURCE_DATE_EPOCH", common::LATER_EPOCH)],
    )
    .success();
    // Outside the United States, not the Data Privacy Framework, which covers only it (qa43).
    site.replace(
        "content/subprocessors.toml",
        "countries = [\"US\"]\nmechanism = \"data-privacy-framework\"\nfallback",
        "countries = [\"CN\"]\nfallback",
    );
    let run = candor(
        &["check", &site.arg()],
        &[("SOURCE_DATE_EPOCH", common::LATER_EPOCH)],
    );
    run.expect_code(1);
    let help = common::compact(
        "help: add the mechanism it rests on before its fallback (`standard-contractual-clauses`): `mechanism = \"binding-corporate-rules\"`",
    );
    assert!(
        common::compact(&run.stderr).contains(&help),
        "{}",
        run.stderr
    );
}

#[test]
fn a_lock_cut_short_says_where_and_what_and_is_left_as_it_is() {
    let site = Site::example();
    let whole = site.read("candor.lock");
    let cut = &whole[..whole.len() / 2];
    site.write("candor.lock", cut);
    for args in [vec!["check", &site.arg()], vec!["build", &site.arg()]] {
        let run = candor(&args, &[]);
        run.expect_code(1);
        let said = common::compact(&run.stderr);
        assert!(said.contains("candor.lock:"), "{}", run.stderr);
        // The parser's account of the problem is shown at its place, not only a headline.
        assert!(said.contains(&common::compact("╰── ")), "{}", run.stderr);
        assert!(
            said.contains(&common::compact("restore it from version control")),
            "{}",
            run.stderr
        );
        assert_eq!(site.read("candor.lock"), cut);
    }
}

#[test]
fn a_site_without_its_content_folder_is_told_so_once() {
    for make in ["removed", "a file"] {
        let site = Site::example();
        std::fs::remove_dir_all(site.path("content")).unwrap();
        if make == "a file" {
            site.write("content", "not a folder\n");
        }
        let run = candor(&["check", &site.arg()], &[]);
        run.expect_code(1);
        assert!(
            run.stderr.contains("the site has no folder `content/`"),
            "{make}: {}",
            run.stderr
        );
        assert!(run.stderr.contains("1 error"), "{make}: {}", run.stderr);
    }
}

#[test]
fn source_date_epoch_out_of_range_is_told_with_the_range_it_must_be_in() {
    let site = Site::example();
    for value in ["-1", "253402300799", "9223372036854775807", "soon"] {
        let run = candor(&["check", &site.arg()], &[("SOURCE_DATE_EPOCH", value)]);
        run.expect_code(2);
        let said = &run.stderr;
        assert!(said.contains(&format!("`{value}`")), "{value}: {said}");
        if value != "soon" {
            assert!(
                said.contains("between 0 (1970) and 253402207200 (late on 30 December 9999, UTC)"),
                "{value}: {said}"
            );
        }
    }
    // The last second in range is a date.
    candor(
        &["check", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "253402207200")],
    )
    .success();
}

#[test]
fn a_notice_subject_of_more_than_one_line_is_refused() {
    // An e-mail's subject is one header line; a second line would be encoded into it.
    assert_fault(
        |s| {
            let text = s.read("locales/de/changes.ftl");
            let at = text.find("notice-subject = ").unwrap();
            let end = at + text[at..].find('\n').unwrap();
            s.write(
                "locales/de/changes.ftl",
                &format!("{}\n    Zweite Zeile{}", &text[..end], &text[end..]),
            );
        },
        "locales/de/changes.ftl",
        At::Text {
            anchor: "notice-subject = ",
            needle: "notice-subject",
        },
        "`notice-subject` in `de` breaks a line",
    );
}

#[test]
fn a_one_line_message_of_more_lines_is_refused_however_they_come() {
    // qa88: a subject that showed a message of two lines, the subjects of a withdrawal and of
    // a change at once, and the feed's titles were let through with a line break in them.
    for (id, with, needle) in [
        (
            "notice-subject",
            "{ zwei-zeilen } { $date }",
            "\nnotice-subject = ",
        ),
        (
            "notice-subject-withdrawn",
            "{ $org }\n    zweite { $date }",
            "\nnotice-subject-withdrawn = ",
        ),
        (
            "notice-subject-at-once",
            "{ $org }\n    zweite { $date }",
            "\nnotice-subject-at-once = ",
        ),
        ("feed-title", "{ $org }\n    zweite", "\nfeed-title = "),
        (
            "feed-entry-title",
            "{ $date }\n    zweite",
            "\nfeed-entry-title = ",
        ),
    ] {
        assert_fault(
            |s| {
                let text = s.read("locales/de/changes.ftl");
                let at = text.find(&format!("\n{id} = ")).unwrap() + 1;
                let end = at + text[at..].find('\n').unwrap();
                s.write(
                    "locales/de/changes.ftl",
                    &format!(
                        "{}{id} = {with}{}\nzwei-zeilen = eins\n    zwei\n",
                        &text[..at],
                        &text[end..]
                    ),
                );
            },
            "locales/de/changes.ftl",
            // The message's line, after the line break before it.
            At::Text {
                anchor: needle,
                needle: &needle[1..],
            },
            &format!("`{id}` in `de` breaks a line"),
        );
    }
}

#[test]
fn a_message_a_template_shows_only_at_times_is_asked_for_before_it_is_shown() {
    // The box of changes to come, and the sentence it ends with, show only while a change is
    // to come: a site without those words (made by an older candor) learns of it now, not on
    // the day it announces a change.
    let run = assert_fault(
        |s| {
            for lang in ["en", "de", "nl"] {
                let path = format!("locales/{lang}/sections.ftl");
                let words: Vec<String> = s
                    .read(&path)
                    .lines()
                    .filter(|line| !line.starts_with("subprocessors-upcoming-objection ="))
                    .map(|line| format!("{line}\n"))
                    .collect();
                s.write(&path, &words.concat());
            }
        },
        "themes/default/templates/upcoming-changes.html",
        At::Text {
            anchor: "</ul>",
            needle: "md(key",
        },
        "no message `subprocessors-upcoming-objection` in locales/en",
    );
    // And what to add: the words `candor init` writes.
    assert!(
        run.stderr
            .contains("subprocessors-upcoming-objection = Controllers may object to a change"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_message_candor_needs_missing_from_a_translation_is_quoted_in_its_language() {
    // A German file of a site made by an older candor lacks a message this one needs: the
    // help gives it as `candor init` writes it in German.
    let site = Site::example();
    let path = "locales/de/changes.ftl";
    let words: Vec<String> = site
        .read(path)
        .lines()
        .filter(|line| !line.starts_with("change-withdrawn-part ="))
        .map(|line| format!("{line}\n"))
        .collect();
    site.write(path, &words.concat());
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    assert!(
        run.stderr
            .contains("`change-withdrawn-part` is not translated into `de`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "change-withdrawn-part = Vor dem Inkrafttreten am { $date } zurückgenommen: { $change }"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn a_message_that_refers_to_itself_is_pointed_at_where_it_does() {
    // Through another message too: `retention-at-end` → `retention-heading` → `retention-at-end`.
    let check = assert_fault(
        |s| {
            s.replace(
                "locales/de/sections.ftl",
                "retention-at-end = Nach Ablauf der Aufbewahrungsfrist:",
                "retention-at-end = Nach Ablauf { retention-heading }:",
            );
            let words = s.read("locales/de/sections.ftl");
            let heading = words
                .lines()
                .find(|line| line.starts_with("retention-heading = "))
                .unwrap()
                .to_string();
            s.replace(
                "locales/de/sections.ftl",
                &heading,
                &format!("{heading} {{ retention-at-end }}"),
            );
        },
        "locales/de/sections.ftl",
        At::Text {
            anchor: "retention-at-end = Nach Ablauf {",
            needle: "retention-heading",
        },
        "`retention-at-end` refers to itself, through `retention-heading`",
    );
    // Once, not once for each message of the cycle, nor for each page that shows it.
    assert_eq!(
        check.stderr.matches("refers to itself").count(),
        1,
        "{}",
        check.stderr
    );
}

#[test]
fn a_subprocessor_given_a_new_id_under_its_published_name_is_refused() {
    // The change log would say that AWS was removed and AWS engaged, in one publication, and
    // every link to its row would break: the id is what makes it the same sub-processor.
    let check = assert_fault(
        |s| {
            s.replace(
                "content/subprocessors.toml",
                "name = \"Amazon Web Services (AWS)\"\n",
                "name = \"Amazon Web Services (AWS)\"\nid = \"aws\"\n",
            )
        },
        "content/subprocessors.toml",
        At::Text {
            anchor: "name = \"Amazon Web Services (AWS)\"",
            needle: "\"Amazon",
        },
        "`Amazon Web Services (AWS)` was published with the id `amazon-web-services-aws`",
    );
    assert!(
        check
            .stderr
            .contains("give it the id it was published with: `id = \"amazon-web-services-aws\"`"),
        "{}",
        check.stderr
    );
}

#[test]
fn a_storage_location_given_a_new_id_under_its_published_place_is_refused() {
    let check = assert_fault(
        |s| {
            s.replace(
                "content/storage.toml",
                "city = \"Frankfurt\"\n",
                "city = \"Frankfurt\"\nid = \"frankfurt\"\n",
            )
        },
        "content/storage.toml",
        At::Text {
            anchor: "city = \"Frankfurt\"",
            needle: "\"frankfurt\"",
        },
        "was published with the id",
    );
    assert!(
        check
            .stderr
            .contains("give it the id it was published with"),
        "{}",
        check.stderr
    );
}

/// A group of staff given another id, its words kept: the change log said "No longer listed
/// among the staff: Staff in support roles" beside "Now listed among the staff: Staff in
/// support roles" (qa126). The same of any fact named by its id's words (a data subject, a
/// purpose, a sub-processor's group).
#[test]
fn a_fact_named_alike_under_a_new_id_is_refused() {
    // A build refused, saying `says`.
    let refused = |site: &Site, says: &str| {
        let run = site.build(&[]);
        run.expect_code(1);
        assert!(run.stderr.contains(says), "{says}: {}", run.stderr);
    };
    let renamed = |s: &Site| {
        s.replace(
            "content/access.toml",
            "id = \"support\"",
            "id = \"support-staff\"",
        );
        for lang in ["en", "de", "nl"] {
            let file = format!("locales/{lang}/site.ftl");
            s.replace(
                &file,
                "access-group-support =",
                "access-group-support-staff =",
            );
            s.replace(
                &file,
                "access-purpose-support =",
                "access-purpose-support-staff =",
            );
        }
    };
    // Published, then renamed, its English label written `label`.
    let renamed_as = |label: &str| {
        let site = Site::example();
        site.build(&[]).success();
        renamed(&site);
        site.replace(
            "locales/en/site.ftl",
            "access-group-support-staff = Staff in support roles",
            &format!("access-group-support-staff = {label}"),
        );
        site
    };
    let check = assert_fault(
        renamed,
        "locales/en/site.ftl",
        At::Text {
            anchor: "access-group-support-staff",
            needle: "access",
        },
        "`access-group-support-staff` reads as `access-group-support` did",
    );
    assert!(
        check.stderr.contains("keep the id `support`"),
        "{}",
        check.stderr
    );
    // Words that read as they did (qa134): spaces of another kind, a soft hyphen, a literal,
    // two lines, another case, the organisation's name written out.
    for label in [
        "Staff in\u{a0}support roles",
        "Staff in sup\u{ad}port roles",
        "Staff in {\"support\"} roles",
        "\n    Staff in\n    support roles",
        "Staff in Support Roles",
        // qa136: marks a right-to-left translator writes, and selectors of a form.
        "\u{200f}Staff in support roles\u{200e}",
        "Staff\u{fe0f} in sup\u{34f}port roles",
        // qa137: a full stop at the end.
        "Staff in support roles.",
    ] {
        let site = renamed_as(label);
        refused(
            &site,
            "`access-group-support-staff` reads as `access-group-support` did",
        );
    }
    let site = Site::example();
    site.build(&[]).success();
    for lang in ["en", "de", "nl"] {
        let file = format!("locales/{lang}/site.ftl");
        let text = site
            .read(&file)
            .replace("subject-care-professionals =", "subject-care-pros =");
        site.write(&file, &text);
    }
    site.replace(
        "content/processing.toml",
        "\"care-professionals\"",
        "\"care-pros\"",
    );
    let english = site.read("locales/en/site.ftl");
    site.write(
        "locales/en/site.ftl",
        &english.replace("{ $org } platform", "Luscii platform"),
    );
    refused(
        &site,
        "`subject-care-pros` reads as `subject-care-professionals` did",
    );
    // Worded otherwise, it is another group: told as one removed and one listed. Its German
    // and Dutch kept the words they published for the group gone, and their change logs told
    // "Nicht mehr aufgeführt: Mitarbeiter in der Anwenderbetreuung" beside the same words
    // listed anew (qa134): refused in each, until translated from the new English.
    let site = renamed_as("Support staff");
    refused(
        &site,
        "`access-group-support-staff` in `de` reads as `access-group-support` did in `de`",
    );
    for (lang, was, now) in [
        ("de", "Mitarbeiter in der Anwenderbetreuung", "Supportteam"),
        ("nl", "Medewerkers gebruikersondersteuning", "Supportteam"),
    ] {
        site.replace(
            &format!("locales/{lang}/site.ftl"),
            &format!("access-group-support-staff = {was}"),
            &format!("access-group-support-staff = {now}"),
        );
    }
    site.build(&[]).success();
}

/// Two facts of one kind named alike, which the facts both name: the page listed the label
/// twice, and the change log told one replaced by itself, "engaged for a new purpose: Customer
/// support (instead of: Customer support)", with a notice period (qa134). Refused in any
/// language, at the second.
#[test]
fn two_facts_of_one_kind_named_alike_are_refused() {
    // Alpenhelp's purpose given the id `helpdesk`, worded in `langs` as `customer-support`,
    // which Tessel Learning India keeps.
    let helpdesk_alike = |langs: &[&str]| -> Site {
        let site = crate::second_example::copy();
        for lang in langs {
            let file = format!("locales/{lang}/vocabulary.ftl");
            let text = site.read(&file);
            let line = text
                .lines()
                .find(|l| l.starts_with("subprocessor-purpose-customer-support ="))
                .unwrap_or_else(|| panic!("{file}"))
                .replace("customer-support =", "helpdesk =");
            site.write(&file, &format!("{text}\n{line}\n"));
        }
        site.replace(
            "content/subprocessors.toml",
            "purpose = \"customer-support\"\ngroup = \"service-provider\"",
            "purpose = \"helpdesk\"\ngroup = \"service-provider\"",
        );
        site
    };
    let site = helpdesk_alike(&["en", "de", "fr", "ar"]);
    let check = candor(&["check", &site.arg()], &[]);
    check.expect_code(1);
    assert!(
        check.stderr.contains(
            "`subprocessor-purpose-helpdesk` in `en` reads as `subprocessor-purpose-customer-support` does"
        ),
        "{}",
        check.stderr
    );
    // In a translation alone too: the English told apart, the German not.
    let site = helpdesk_alike(&["de"]);
    site.replace(
        "locales/en/vocabulary.ftl",
        "subprocessor-purpose-customer-support =",
        "subprocessor-purpose-helpdesk = Helpdesk\nsubprocessor-purpose-customer-support =",
    );
    let check = candor(&["check", &site.arg()], &[]);
    check.expect_code(1);
    assert!(
        check
            .stderr
            .contains("`subprocessor-purpose-helpdesk` in `de` reads as"),
        "{}",
        check.stderr
    );
}

#[test]
fn a_content_file_too_large_to_be_one_is_refused_before_it_is_parsed() {
    // Tens of megabytes of TOML took gigabytes of memory before any error; 8 MB hold some
    // 30,000 sub-processors.
    assert_fault(
        |s| {
            let mut text = s.read("content/subprocessors.toml");
            let entry = "\n[[subprocessor]]\nname = \"Vendor\"\npersonal-data = true\n";
            while text.len() <= 8 * 1024 * 1024 {
                text.push_str(&entry.repeat(1000));
            }
            s.write("content/subprocessors.toml", &text);
        },
        "content/subprocessors.toml",
        At::File,
        "KB, more than the 8192 KB candor reads from one content file",
    );
}

#[test]
fn a_configuration_too_large_to_be_one_is_refused_before_it_is_parsed() {
    assert_fault(
        |s| {
            let text = s.read("candor.toml") + &"# padding\n".repeat(120_000);
            s.write("candor.toml", &text);
        },
        "candor.toml",
        At::File,
        "KB, more than the 1024 KB candor reads from one configuration file",
    );
}

#[test]
fn a_link_out_of_a_message_no_page_shows_today_is_found_at_the_link() {
    // The objection paragraph is shown only while a sub-processor is announced: a link typed
    // into it was found on the day one was, by a build that then failed.
    assert_fault(
        |s| after_the_objection(s, "Siehe [hier](https://elsewhere.example)."),
        "locales/de/sections.ftl",
        At::Text {
            anchor: "subprocessors-objection = ",
            needle: "[hier]",
        },
        "`subprocessors-objection` in `de` links to `https://elsewhere.example`, which is not a fact",
    );
}

#[test]
fn two_headings_of_the_change_log_alike_are_refused() {
    // "Retraits" headed both the sub-processors removed and the changes withdrawn in French.
    assert_fault(
        |s| {
            s.replace(
                "locales/de/changes.ftl",
                "changes-group-withdrawn = Zurückgenommen",
                "changes-group-withdrawn = Entfallen",
            )
        },
        "locales/de/changes.ftl",
        At::Text {
            anchor: "changes-group-withdrawn",
            needle: "changes-group-withdrawn",
        },
        "`changes-group-withdrawn` in `de` reads as `changes-group-removed` does: `Entfallen`",
    );
}

#[test]
fn a_storage_location_where_its_provider_says_no_data_goes_is_refused() {
    // AWS's row says its data stays in the EEA; a location of it in the United States would
    // have the page say both.
    assert_fault(
        |s| {
            s.replace(
                "content/storage.toml",
                "country = \"DE\"",
                "country = \"US\"",
            )
        },
        "content/storage.toml",
        At::Text {
            anchor: "country = ",
            needle: "\"US\"",
        },
        "`Amazon Web Services (AWS)` stores data in Frankfurt (US), and its sub-processor entry `Amazon Web Services (AWS)` says its data stays in the EEA",
    );
}

#[test]
fn a_select_without_its_default_variant_says_how_to_mark_one() {
    let run = assert_fault(
        |s| {
            s.replace(
                "locales/de/changes.ftl",
                "       *[changes] { $name }: Die für den",
                "        [changes] { $name }: Die für den",
            )
        },
        "locales/de/changes.ftl",
        At::Text {
            anchor: "[changes] { $name }: Die für den { $date } angekündigte Änderung",
            needle: "}\n",
        },
        "Fluent syntax error",
    );
    assert!(
        run.stderr
            .contains("mark one variant as the default with `*`, as in `*[other] …`"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_unknown_term_names_the_terms_there_are() {
    let run = assert_fault(
        |s| {
            s.replace(
                "locales/de/sections.ftl",
                "[yes] Wenn ein { -customer } einen Export",
                "[yes] Wenn ein { -kunde } einen Export",
            )
        },
        "locales/de/sections.ftl",
        At::Text {
            anchor: "[yes] Wenn ein { -kunde }",
            needle: "-kunde",
        },
        "refers to the term `-kunde`, which does not exist in locales/de",
    );
    assert!(
        run.stderr.contains(
            "the terms of locales/de are `-customer`, `-customers`; or define it (`-kunde = …`)"
        ),
        "{}",
        run.stderr
    );
}

/// A notice period beyond any calendar made `check` and `build` panic once a publication
/// needed notice (jiff's span of days is bounded): it is refused where it is written.
#[test]
fn notice_days_beyond_any_calendar() {
    assert_fault(
        |s| {
            s.replace("candor.toml", "notice-days = 30", "notice-days = 7304485");
            let list = s.read("content/subprocessors.toml");
            s.write(
                "content/subprocessors.toml",
                &format!("{list}\n[[subprocessor]]\nname = \"Newco\"\npersonal-data = true\noutside-eea = false\n"),
            );
        },
        "candor.toml",
        At::Text {
            anchor: "notice-days = ",
            needle: "7304485",
        },
        "expected a whole number of days from 0 to 3660 (ten years), such as 30",
    );
}

/// A deadline of 4,294,967,295 hours was accepted, and printed on every page.
#[test]
fn a_breach_deadline_is_at_most_a_year() {
    assert_fault(
        |s| {
            s.replace(
                "content/breach.toml",
                "notification-deadline-hours = 24",
                "notification-deadline-hours = 8761",
            )
        },
        "content/breach.toml",
        At::Text {
            anchor: "notification-deadline-hours",
            needle: "8761",
        },
        "expected a whole number of hours from 1 to 8760 (a year), such as 24",
    );
}

/// One syntax error in one English message is that error alone: not also the message missing
/// where the template shows it, nor obsolete in every translation.
#[test]
fn a_message_that_does_not_parse_is_told_once() {
    let run = assert_fault(
        |s| {
            s.replace(
                "locales/en/sections.ftl",
                "visitors-heading = ",
                "visitors-heading = { ",
            )
        },
        "locales/en/sections.ftl",
        // Pointed at the `{` left open, not at the word the parser gave up at.
        At::Text {
            anchor: "visitors-heading = { ",
            needle: "{ ",
        },
        "this `{` is not closed",
    );
    assert!(!run.stderr.contains("no message"), "{}", run.stderr);
    assert!(run.stderr.contains("failed: 1 error"), "{}", run.stderr);
}

/// Adds `text` to the end of the German paragraph on objecting to a sub-processor.
fn after_the_objection(s: &Site, text: &str) {
    let words = s.read("locales/de/sections.ftl");
    let line = words
        .lines()
        .find(|l| l.starts_with("subprocessors-objection = "))
        .unwrap()
        .to_string();
    s.replace("locales/de/sections.ftl", &line, &format!("{line} {text}"));
}

/// A link whose address is a string literal (`{ "javascript:…" }`) writes it as surely as text
/// does: it was told as a link to `x`, at no address it had.
#[test]
fn a_link_to_a_string_literal_is_told_with_its_address() {
    assert_fault(
        |s| after_the_objection(s, "Siehe [hier]({ \"javascript:alert(1)\" })."),
        "locales/de/sections.ftl",
        At::Text {
            anchor: "subprocessors-objection = ",
            needle: "[hier]",
        },
        "`subprocessors-objection` in `de` links to `javascript:alert(1)`, which is not a fact",
    );
}

/// A variant for one value of a fact (`[24] von 72 Stunden`) let the German page say 72 hours
/// where the content says 24, and `check --strict` said nothing.
#[test]
fn a_translation_may_not_choose_its_own_words_for_one_value_of_a_fact() {
    assert_fault(
        |s| {
            s.replace(
                "locales/de/sections.ftl",
                "        [one] einer Stunde\n",
                "        [one] einer Stunde\n        [24] von 72 Stunden\n",
            )
        },
        "locales/de/sections.ftl",
        At::Text {
            anchor: "breach-notification = ",
            needle: "24]",
        },
        "`breach-notification` in `de` has words of its own for the value 24",
    );
    // Nor for one value of a fact given as text: the German page said the data is stored in
    // Dublin, Ireland, where the content says Frankfurt, Germany.
    assert_fault(
        |s| {
            s.replace(
                "locales/de/chrome.ftl",
                "summary-hosting = Speicherort der Daten: { $countries }",
                "summary-hosting = Speicherort der Daten: { $countries ->\n        [Deutschland] Irland\n       *[other] { $countries }\n    }",
            )
        },
        "locales/de/chrome.ftl",
        At::Text {
            anchor: "summary-hosting = ",
            needle: "Deutschland]",
        },
        "`summary-hosting` in `de` has words of its own for the value Deutschland",
    );
}

/// A link whose address is a term or a message leads to no fact: it was told as a link to
/// `x`, which the file nowhere says.
#[test]
fn a_link_to_a_term_is_told_as_a_link_to_a_placeable() {
    assert_fault(
        |s| after_the_objection(s, "Siehe [hier]({ -customer })."),
        "locales/de/sections.ftl",
        At::Text {
            anchor: "subprocessors-objection = ",
            needle: "[hier]",
        },
        "`subprocessors-objection` in `de` links to `{ … }`, which is not a fact",
    );
}

/// A merge left to resolve, as Git leaves it: told as that, at its first marker line, with
/// how to resolve it (qa58: `candor.lock`'s was "invalid TOML" on the line after, with the
/// advice to restore a file cut short). The lock's own advice: two records do not merge.
#[test]
fn a_merge_conflict_left_in_a_file_is_told_as_one_where_it_starts() {
    // Both sides of a merge around `line` of `file`, as Git leaves them.
    let conflict = |s: &Site, file: &str, line: &str| {
        let text = s.read(file);
        let at = text.find(line).expect("the line");
        let (before, after) = text.split_at(at);
        s.write(
            file,
            &format!("{before}<<<<<<< HEAD\n{after}=======\n>>>>>>> other\n"),
        );
    };
    const MARKER: At = At::Text {
        anchor: "<<<<<<< HEAD",
        needle: "<<<<<<< HEAD",
    };
    for (file, line) in [
        ("content/breach.toml", "notification-deadline-hours = 24"),
        ("locales/de/sections.ftl", "access-heading = "),
        ("candor.toml", "languages = "),
    ] {
        let run = assert_fault(
            |s| conflict(s, file, line),
            file,
            MARKER,
            "a merge conflict left in the file",
        );
        assert!(
            run.stderr.contains("delete the lines"),
            "{file}: {}",
            run.stderr
        );
        assert_eq!(
            run.stderr.matches("  × ").count(),
            1,
            "{file}: {}",
            run.stderr
        );
    }
    // The lock: two records do not merge; build writes nothing, the lock left as it is.
    let site = Site::example();
    site.build(&[]).success();
    let before = tree(&site.public());
    conflict(&site, "candor.lock", "[[publication]]");
    let conflicted = site.read_bytes("candor.lock");
    let at = format!("[{}]", position(&site, "candor.lock", &MARKER));
    for run in [candor(&["check", &site.arg()], &[]), site.build(&[])] {
        run.expect_code(1);
        assert!(run.stderr.contains(&at), "{at}: {}", run.stderr);
        assert!(
            run.stderr.contains("a merge conflict left in the file")
                && run.stderr.contains("two records cannot be merged"),
            "{}",
            run.stderr
        );
        // Which side is the deployed one, as git names it merging or rebasing (qa153: the
        // help named `--theirs` first, the branch not deployed when merging into it).
        assert!(
            run.stderr.contains("merging into it, `git checkout --ours candor.lock`; merging it into yours, or rebasing onto it, `--theirs`")
                && run.stderr.contains("candor check --published"),
            "{}",
            run.stderr
        );
    }
    common::assert_same_tree(&before, &tree(&site.public()));
    assert_eq!(conflicted, site.read_bytes("candor.lock"));
}

/// A file refused before it is parsed (a message nested too deep) is that error alone: its
/// other messages were each told missing where the pages show them, and obsolete in every
/// translation, burying the cause under a hundred errors.
#[test]
fn a_locale_file_too_deep_to_parse_is_told_once() {
    let run = assert_fault(
        |s| {
            s.replace(
                "locales/en/sections.ftl",
                "visitors-heading = ",
                &format!(
                    "visitors-heading = {}\"x\"{} ",
                    "{".repeat(60),
                    "}".repeat(60)
                ),
            )
        },
        "locales/en/sections.ftl",
        At::Text {
            anchor: "visitors-heading = ",
            // The 51st brace of 60: the first ten more than the limit.
            needle: &*Box::leak(format!("{}\"x\"", "{".repeat(10)).into_boxed_str()),
        },
        "placeables nested more than",
    );
    assert!(!run.stderr.contains("no message"), "{}", run.stderr);
    assert!(run.stderr.contains("failed: 1 error"), "{}", run.stderr);
}

/// Terms that each show the one before ten times, eight lines in all: shown, a message would
/// hold 10^7 copies of the first. qa58: `check`, `build` and the preview read them out whole
/// (to compare words), took gigabytes and aborted, or ran for minutes; Fluent itself shows at
/// most 100 placeables in a message. Refused where the message is, quickly, in any language.
#[test]
fn terms_that_multiply_each_other_are_refused_not_read_out() {
    let mut terms = format!("\n-many0 = {}\n", "x".repeat(1000));
    for i in 1..8 {
        let shown = format!("{{ -many{} }}", i - 1);
        terms.push_str(&format!("-many{i} = {}\n", shown.repeat(10)));
    }
    for (file, message, written) in [
        (
            "locales/en/sections.ftl",
            "access-heading = ",
            "Who has access to the data?",
        ),
        (
            "locales/de/sections.ftl",
            "access-heading = ",
            "Wer hat Zugriff auf die Daten?",
        ),
    ] {
        let run = assert_fault(
            |s| {
                s.replace(
                    file,
                    &format!("{message}{written}"),
                    &format!("{message}{written} {{ -many7 }}"),
                );
                let text = s.read(file);
                s.write(file, &format!("{text}{terms}"));
            },
            file,
            At::Text {
                anchor: message,
                needle: "-many7 }",
            },
            "more than 100 placeables",
        );
        assert!(run.stderr.contains("`access-heading`"), "{}", run.stderr);
    }
}

#[test]
fn a_plural_category_mistyped_is_told_with_the_one_meant() {
    // qa60: `[ome]` was "words of its own for the value ome", with no word of `[one]`.
    let run = assert_fault(
        |s| s.replace("locales/nl/sections.ftl", "[one] één uur", "[ome] één uur"),
        "locales/nl/sections.ftl",
        At::Text {
            anchor: "breach-notification = ",
            needle: "ome]",
        },
        "has words of its own for the value ome",
    );
    assert!(
        run.stderr.contains("did you mean `[one]`?"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_translation_cannot_leave_a_fact_out_behind_a_message_that_cannot_carry_it() {
    // "72 Stunden" written as the translator's own, beside a reference to a heading that has
    // no variables: the fact cannot come through it.
    assert_fault(
        |s| {
            s.replace(
                "locales/de/sections.ftl",
                GERMAN_DEADLINE,
                "innerhalb von 72 Stunden.{ access-heading }",
            )
        },
        "locales/de/sections.ftl",
        At::Text {
            anchor: "breach-notification = ",
            needle: "breach-notification",
        },
        "`breach-notification` in `de` does not use `$hours`, which the source shows",
    );
}

#[test]
fn a_translation_may_state_a_fact_through_a_message_that_carries_it() {
    // The German sentence says the deadline through a message of its own words for it, which
    // every language has: the fact comes through it, and the page states it.
    let site = Site::example();
    for (lang, words) in [
        ("en", "{ $hours } hours"),
        ("de", "{ $hours } Stunden"),
        ("nl", "{ $hours } uur"),
    ] {
        let file = format!("locales/{lang}/sections.ftl");
        site.write(
            &file,
            &(site.read(&file) + &format!("\nbreach-within = {words}\n")),
        );
    }
    site.replace(
        "locales/de/sections.ftl",
        GERMAN_DEADLINE,
        "innerhalb von { breach-within }.",
    );
    site.build_later(&[]).success();
    let page = site.page("de").readable_text();
    assert!(page.contains("innerhalb von 24 Stunden."), "{page}");
}

#[test]
fn a_translation_may_not_refer_to_a_message_of_its_own_the_source_lacks() {
    // A message only German has, chosen by the organisation's name: held to no source, it
    // said "Niemand." on the German page, a fact of the translator's, and was told only as
    // obsolete, "never shown".
    let run = assert_fault(
        |s| {
            s.replace(
                "locales/de/sections.ftl",
                "access-heading = Wer hat Zugriff auf die Daten?",
                "access-heading = Wer hat Zugriff auf die Daten? { wer-org }",
            );
            let file = "locales/de/sections.ftl";
            s.write(
                file,
                &(s.read(file)
                    + "\nwer-org = { $org ->\n    [Luscii] Niemand.\n   *[other] Alle.\n}\n"),
            );
        },
        "locales/de/sections.ftl",
        At::Text {
            anchor: "access-heading = ",
            needle: "wer-org",
        },
        "`access-heading` in `de` refers to `wer-org`, a message the source does not have",
    );
    assert!(
        run.stderr.contains("a term (`-wer-org = …`)"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_address_typed_into_any_message_is_refused_as_a_fact() {
    // A web address, in a message the page shows as plain text and in one shown as Markdown,
    // and an e-mail address: each a fact no content file states, which the page would publish.
    for (file, line, typed, at) in [
        (
            "locales/de/sections.ftl",
            "access-heading = Wer hat Zugriff auf die Daten?",
            "access-heading = Wer [hat](https://evil.example) Zugriff?",
            "https://evil.example",
        ),
        (
            "locales/nl/sections.ftl",
            "access-heading = Wie heeft toegang tot de gegevens?",
            "access-heading = Wie heeft toegang? Zie www.evil.example",
            "www.evil.example",
        ),
        (
            "locales/nl/sections.ftl",
            "access-heading = Wie heeft toegang tot de gegevens?",
            "access-heading = Wie heeft toegang? Zie evil.example/bezwaar.",
            "evil.example/bezwaar",
        ),
        (
            "locales/en/sections.ftl",
            "access-heading = Who has access to the data?",
            "access-heading = Who has access? Ask privacy@evil.example",
            "privacy@evil.example",
        ),
    ] {
        let id = "access-heading";
        let tag = &file["locales/".len()..file.len() - "/sections.ftl".len()];
        assert_fault(
            |s| s.replace(file, line, typed),
            file,
            At::Text {
                anchor: "access-heading = ",
                needle: at,
            },
            &format!("`{id}` in `{tag}` has an address typed into it, `{at}`"),
        );
    }
    // Written through a string literal's escapes, which the page shows as the characters they
    // stand for (qa115): refused where it is written, named as the page would show it.
    for (typed, needle, shown) in [
        (
            r#"access-heading = Who has access? Ask { "privacy\u0040evil.example" }"#,
            r"privacy\u0040evil.example",
            "privacy@evil.example",
        ),
        (
            r#"access-heading = Who has access? See { "www\u002Eevil.example" }"#,
            r"www\u002Eevil.example",
            "www.evil.example",
        ),
    ] {
        const EN: &str = "locales/en/sections.ftl";
        assert_fault(
            |s| s.replace(EN, "access-heading = Who has access to the data?", typed),
            EN,
            At::Text {
                anchor: "access-heading = ",
                needle,
            },
            &format!("`access-heading` in `en` has an address typed into it, `{shown}`"),
        );
    }
}

#[test]
fn a_number_typed_into_a_translation_is_warned_of_where_it_is_written() {
    // "Inhalt (seit 2019, 72 Stunden)": facts no content file states, which `check` passed
    // in silence (qa26). A warning for each, where it is written (qa60: only the first was
    // named); the numbers the source's words have too (Art. 28, 2021/914) are not warned of.
    let site = Site::example();
    site.replace(
        "locales/de/chrome.ftl",
        "contents-label = Inhalt",
        "contents-label = Inhalt (seit 2019, 72 Stunden)",
    );
    let check = candor(&["check", &site.arg()], &[]);
    check.success();
    assert!(
        check
            .stderr
            .contains("`contents-label` in `de` has a number the source does not, `2019`"),
        "{}",
        check.stderr
    );
    assert!(
        check.stderr.contains("[locales/de/chrome.ftl:6:31]"),
        "{}",
        check.stderr
    );
    assert!(
        check
            .stderr
            .contains("`contents-label` in `de` has a number the source does not, `72`"),
        "{}",
        check.stderr
    );
    assert!(
        check.stderr.contains("[locales/de/chrome.ftl:6:37]"),
        "{}",
        check.stderr
    );
    assert_eq!(
        check
            .stderr
            .matches("has a number the source does not")
            .count(),
        2
    );
    // In another script's digits too, pointed at where they are written.
    site.replace(
        "locales/de/chrome.ftl",
        "contents-label = Inhalt (seit 2019, 72 Stunden)",
        "contents-label = Inhalt (\u{662}\u{660}\u{661}\u{669})",
    );
    let check = candor(&["check", &site.arg()], &[]);
    assert!(
        check
            .stderr
            .contains("has a number the source does not, `2019`")
            && check.stderr.contains("[locales/de/chrome.ftl:6:26]"),
        "{}",
        check.stderr
    );
}

#[test]
fn a_number_typed_into_a_stale_translation_is_warned_of_too() {
    // qa60: the English reworded, so the German breach notification was stale, and its
    // `{ $hours -> … }` replaced by "von 72 Stunden": `check` said only that it was stale, and
    // the page said 72 hours where the facts (and the summary above it) say 24.
    let site = Site::example();
    site.replace(
        "locales/en/sections.ftl",
        "without undue delay after becoming aware of it",
        "without undue delay once it becomes aware of it",
    );
    site.replace(
        "locales/de/sections.ftl",
        "innerhalb { $hours ->\n        [one] einer Stunde\n       *[other] von { $hours } Stunden\n    }.",
        "innerhalb von 72 Stunden.",
    );
    let check = candor(&["check", &site.arg()], &[]);
    check.success();
    assert!(
        check
            .stderr
            .contains("`breach-notification` in `de` has a number the source does not, `72`"),
        "{}",
        check.stderr
    );
    // A number the source had when the translation was made is the source's: the English
    // that no longer says "Article 9" leaves the German that does stale, not a fact typed in.
    let site = Site::example();
    site.replace(
        "locales/en/sections.ftl",
        "a special category of personal data under Article 9 of the GDPR.",
        "a special category of personal data under the GDPR.",
    );
    let check = candor(&["check", &site.arg()], &[]);
    check.success();
    assert!(
        check
            .stderr
            .contains("`processing-special-categories` in `de` is stale"),
        "{}",
        check.stderr
    );
    assert!(
        !check.stderr.contains("has a number the source does not"),
        "{}",
        check.stderr
    );
}

#[test]
fn a_number_in_a_term_many_messages_use_is_warned_of_once() {
    // qa143: `-customers = Gesundheitsdienstleister (2 Arten)`, used by three messages, gave
    // three warnings alike at the term's place, one for each message.
    let site = Site::example();
    site.replace(
        "locales/de/terms.ftl",
        "-customers = Gesundheitsdienstleister",
        "-customers = Gesundheitsdienstleister (2 Arten)",
    );
    let check = candor(&["check", &site.arg()], &[]);
    check.success();
    assert_eq!(
        check.stderr.matches("a number the source does not").count(),
        1,
        "{}",
        check.stderr
    );
    assert!(
        check.stderr.contains(
            "`annex-intro`, `breach-notification` and `retention-customer-records` in `de` \
             have a number the source does not, `2`"
        ),
        "{}",
        check.stderr
    );
    let place = common::place_of(&site, "locales/de/terms.ftl", "2 Arten");
    assert!(check.stderr.contains(&place), "{place}: {}", check.stderr);
}

#[test]
fn a_number_written_as_a_literal_or_in_a_term_is_warned_of_too() {
    // "spätestens aber nach { 72 } Stunden" and "{ -frist }" with `-frist = 72 Stunden`: the
    // same fact typed in, which the check of numbers in a message's text passed (qa35).
    let site = Site::example();
    // `check` passes with a warning of `number` in `contents-label`.
    let warned = |number: &str| {
        let check = candor(&["check", &site.arg()], &[]);
        check.success();
        let told = format!("`contents-label` in `de` has a number the source does not, `{number}`");
        assert!(check.stderr.contains(&told), "{}", check.stderr);
        check
    };
    site.replace(
        "locales/de/chrome.ftl",
        "contents-label = Inhalt",
        "contents-label = Inhalt (binnen { 72 } Stunden)",
    );
    warned("72");
    site.replace(
        "locales/de/chrome.ftl",
        "contents-label = Inhalt (binnen { 72 } Stunden)",
        "contents-label = Inhalt ({ -frist })",
    );
    let terms = site.read("locales/de/terms.ftl");
    site.write(
        "locales/de/terms.ftl",
        &format!("{terms}-frist = 72 Stunden\n"),
    );
    let check = warned("72");
    // And a number given to a term, which it shows (qa37).
    site.replace(
        "locales/de/chrome.ftl",
        "contents-label = Inhalt ({ -frist })",
        "contents-label = Inhalt ({ -dauer(h: 48) })",
    );
    let terms = site.read("locales/de/terms.ftl");
    site.write(
        "locales/de/terms.ftl",
        &format!("{terms}-dauer = {{ $h }} Stunden\n"),
    );
    warned("48");
    // Pointed at where the term writes it.
    let text = site.read("locales/de/terms.ftl");
    let (line, col) = common::line_col(&text, text.find("72 Stunden").unwrap());
    assert!(
        check
            .stderr
            .contains(&format!("[locales/de/terms.ftl:{line}:{col}]")),
        "{}",
        check.stderr
    );
    // A string literal's escapes read as what they show (qa60): `{ "\u00A0" }`, a no-break
    // space, was warned of as the numbers 00 and 0; digits written as escapes are digits.
    site.replace(
        "locales/de/chrome.ftl",
        "contents-label = Inhalt ({ -dauer(h: 48) })",
        "contents-label = Inhalt{ \"\\u00A0\" }Übersicht",
    );
    let check = candor(&["check", &site.arg()], &[]);
    check.success();
    assert!(!check.stderr.contains("has a number"), "{}", check.stderr);
    site.replace(
        "locales/de/chrome.ftl",
        "{ \"\\u00A0\" }Übersicht",
        "{ \"\\u0037\\u0032\" }",
    );
    warned("72");
}

#[test]
fn an_html_tag_typed_into_a_message_is_refused_where_it_is_written() {
    // The page escapes a message's words: `<b>` would be published as the characters `<b>`
    // (qa26). In the source and in a translation alike.
    for (file, from, to) in [
        (
            "locales/de/chrome.ftl",
            "contents-label = Inhalt",
            "contents-label = <b>Inhalt</b>",
        ),
        (
            "locales/en/sections.ftl",
            "access-heading = Who has access to the data?",
            "access-heading = Who has access to the data?<br/>",
        ),
    ] {
        let needle = if to.contains("<b>") { "<b>" } else { "<br/>" };
        assert_fault(
            |s| s.replace(file, from, to),
            file,
            At::Text { anchor: to, needle },
            &format!("has an HTML tag typed into it, `{needle}`"),
        );
    }
    // Written through a string literal's escapes (qa115: passed, where `<b>` typed was
    // refused).
    const DE: &str = "locales/de/chrome.ftl";
    assert_fault(
        |s| {
            s.replace(
                DE,
                "contents-label = Inhalt",
                r#"contents-label = Inhalt{ "\u003Cscript\u003E" }"#,
            )
        },
        DE,
        At::Text {
            anchor: "contents-label = ",
            needle: r"\u003Cscript\u003E",
        },
        "has an HTML tag typed into it, `<script>`",
    );
    // And split between a literal and the text after it.
    assert_fault(
        |s| {
            s.replace(
                DE,
                "contents-label = Inhalt",
                r#"contents-label = Inhalt{ "<" }b>"#,
            )
        },
        DE,
        At::Text {
            anchor: "contents-label = ",
            needle: r#"<" }b>"#,
        },
        "has an HTML tag typed into it, `<b>`",
    );
}

#[test]
fn a_plural_variant_the_language_never_chooses_is_warned_of() {
    // German numbers are `one` or `other`: words under `[few]` (Polish's, Czech's) are never
    // shown, whatever the number (qa26). Warned of at the key; a category German has, and
    // the same key in a language that has it, are not.
    let site = Site::example();
    site.replace(
        "locales/de/sections.ftl",
        "        [one] einer Stunde\n",
        "        [one] einer Stunde\n        [few] weniger Stunden\n",
    );
    let check = candor(&["check", &site.arg()], &[]);
    check.success();
    let warned =
        "`[few]` of `breach-notification` is never chosen: a number in `de` is `one` or `other`";
    assert!(check.stderr.contains(warned), "{}", check.stderr);
    let text = site.read("locales/de/sections.ftl");
    let at = text.find("[few]").unwrap() + 1;
    let (line, col) = common::line_col(&text, at);
    assert!(
        check
            .stderr
            .contains(&format!("[locales/de/sections.ftl:{line}:{col}]")),
        "{}",
        check.stderr
    );
    assert_eq!(check.stderr.matches("is never chosen").count(), 1);
    // qa66: its help pointed to `[2]`, words for one number, which the check then refuses
    // where the source has none.
    assert!(
        check
            .stderr
            .contains("remove the variant: its words are never shown")
            && !check.stderr.contains("as `[2]`"),
        "{}",
        check.stderr
    );
}

#[test]
fn two_spaces_in_a_row_are_refused_where_they_are_written() {
    // A page shows them as one, yet the English with two spaces was a new wording: recorded as
    // a publication, told as "Reworded" in the change log and marked stale in every
    // translation (qa26). In the source and in a translation alike, after a placeable and
    // between two (qa27), and a no-break space beside a space, which shows as two.
    for (file, line, typed, at) in [
        (
            "locales/en/sections.ftl",
            "access-heading = Who has access to the data?",
            "access-heading = Who has  access to the data?",
            "  access",
        ),
        (
            "locales/de/sections.ftl",
            "access-heading = Wer hat Zugriff auf die Daten?",
            "access-heading = Wer hat Zugriff auf die Daten?   Alle.",
            "   Alle",
        ),
        (
            "locales/nl/sections.ftl",
            "storage-body = De gegevens die in het { $org }-platform worden verwerkt, worden hoofdzakelijk hier opgeslagen:",
            "storage-body = De gegevens die in het { $org }  platform worden verwerkt, worden hoofdzakelijk hier opgeslagen:",
            "  platform",
        ),
        (
            "locales/en/sections.ftl",
            "retention-body = By default, { $org } keeps personal data processed in the { $org } platform for { $period } { $starts }.",
            "retention-body = By default, { $org } keeps personal data processed in the { $org } platform for { $period }  { $starts }.",
            "  { $starts }",
        ),
    ] {
        let id = &line[..line.find(" = ").unwrap()];
        let tag = &file["locales/".len()..file.len() - "/sections.ftl".len()];
        let run = assert_fault(
            |s| s.replace(file, line, typed),
            file,
            At::Text {
                anchor: &line[..id.len() + " = ".len()],
                needle: at,
            },
            &format!("`{id}` in `{tag}` has two spaces in a row"),
        );
        assert!(run.stderr.contains("write one space"), "{}", run.stderr);
    }
    // A no-break space is not collapsed: it is told by its name, and kept (qa151: "a page
    // shows them as one", which it does not).
    let line = "access-heading = Wer hat Zugriff auf die Daten?";
    let run = assert_fault(
        |s| {
            s.replace(
                "locales/de/sections.ftl",
                line,
                "access-heading = Wer hat Zugriff auf\u{a0} die Daten?",
            )
        },
        "locales/de/sections.ftl",
        At::Text {
            anchor: "access-heading = ",
            needle: "\u{a0} die",
        },
        "`access-heading` in `de` has a no-break space (U+00A0) beside another space: a page shows both",
    );
    assert!(
        run.stderr.contains("keep the no-break space alone"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_function_call_in_a_message_is_refused_where_it_is_written() {
    // Fluent's NUMBER() is not among the functions candor gives its bundles: the page would
    // fail to render, the day the deadline took the variant that calls it.
    assert_fault(
        |s| {
            s.replace(
                "locales/de/sections.ftl",
                "[one] einer Stunde",
                "[one] { NUMBER($hours) } Stunde",
            )
        },
        "locales/de/sections.ftl",
        At::Text {
            anchor: "breach-notification = ",
            needle: "NUMBER",
        },
        "`breach-notification` in `de` calls the function `NUMBER`, which candor does not provide",
    );
}

#[test]
fn a_term_asked_for_a_variant_it_does_not_have_is_refused() {
    // "dativ" for "dative": the term has no such case, and Fluent shows its default, the
    // nominative, with no word of it.
    assert_fault(
        |s| {
            s.replace(
                "locales/de/sections.ftl",
                "{ -customer(case: \"dative\") }",
                "{ -customer(case: \"dativ\") }",
            )
        },
        "locales/de/sections.ftl",
        At::Text {
            anchor: "control-body-customer = ",
            needle: "dativ",
        },
        "`control-body-customer` in `de` asks `-customer` for the `case` `dativ`, which it has no variant for",
    );
}

#[test]
fn a_term_given_a_number_where_its_variants_are_named_is_refused() {
    // A number chooses a variant by its own key (`[3]`) or by its plural category (`[few]`);
    // `-customer`'s cases are named, so `case: 3` shows the nominative, with no word of it.
    let run = assert_fault(
        |s| {
            s.replace(
                "locales/de/sections.ftl",
                "{ -customer(case: \"dative\") }",
                "{ -customer(case: 3) }",
            )
        },
        "locales/de/sections.ftl",
        At::Text {
            anchor: "control-body-customer = ",
            needle: "3",
        },
        "`control-body-customer` in `de` gives `-customer` the number 3 for `case`, which chooses none of its variants",
    );
    assert!(
        run.stderr
            .contains("as a string: `case: \"accusative\"`, `case: \"dative\"`"),
        "{}",
        run.stderr
    );
}

/// A translation saved as UTF-16 (as some Windows editors save) was told as "not valid UTF-8"
/// and then once more for each of its messages, "not translated", none of them named.
#[test]
fn a_locale_file_saved_as_utf16_is_told_once_and_named_so() {
    let run = assert_fault(
        |s| {
            let text = s.read("locales/de/site.ftl");
            let mut bytes = vec![0xff, 0xfe];
            bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
            std::fs::write(s.path("locales/de/site.ftl"), bytes).unwrap();
        },
        "locales/de/site.ftl",
        At::File,
        "the file is UTF-16, not UTF-8",
    );
    assert!(run.stderr.contains("failed: 1 error"), "{}", run.stderr);
    assert!(run.stderr.contains("save it as UTF-8"), "{}", run.stderr);
}

/// The same without a byte order mark, as some tools write UTF-16: it was called Latin-1.
#[test]
fn a_locale_file_saved_as_utf16_without_a_byte_order_mark_is_named_so_too() {
    for big_endian in [false, true] {
        let run = assert_fault(
            |s| {
                let text = s.read("locales/de/site.ftl");
                let bytes: Vec<u8> = text
                    .encode_utf16()
                    .flat_map(|u| match big_endian {
                        true => u.to_be_bytes(),
                        false => u.to_le_bytes(),
                    })
                    .collect();
                std::fs::write(s.path("locales/de/site.ftl"), bytes).unwrap();
            },
            "locales/de/site.ftl",
            At::File,
            "the file is UTF-16, not UTF-8",
        );
        assert!(run.stderr.contains("failed: 1 error"), "{}", run.stderr);
    }
}

/// qa66: a locale file saved with a carriage return alone at each line's end (as classic Mac
/// OS did) read as one comment line, and the check told 73 messages "not translated", each at
/// the English file, none naming the file whose line ends were wrong. A content file is told
/// the same way.
#[test]
fn a_file_whose_lines_end_in_a_carriage_return_alone_is_told_at_the_first() {
    for (file, anchor) in [
        ("locales/de/sections.ftl", ""),
        ("content/breach.toml", ""),
        // The source's terms: what uses them is not told stale besides, nor their use as
        // of terms that do not exist (qa68).
        ("locales/en/terms.ftl", ""),
    ] {
        let run = assert_fault(
            |s| {
                let text = s.read(file);
                std::fs::write(s.path(file), text.replace('\n', "\r")).unwrap();
            },
            file,
            At::Text {
                anchor,
                needle: "\r",
            },
            "a line ends in a carriage return alone",
        );
        assert!(run.stderr.contains("failed: 1 error,"), "{}", run.stderr);
        assert!(
            run.stderr.contains("save the file with LF"),
            "{}",
            run.stderr
        );
        assert!(!run.stderr.contains("is stale"), "{}", run.stderr);
    }
}

/// A Latin-1 "ä": the error names the byte, and what it reads as in Latin-1.
#[test]
fn a_byte_that_is_not_utf8_is_named_with_what_it_reads_as_in_latin1() {
    let run = assert_fault(
        |s| {
            let text = s.read("locales/de/site.ftl");
            let at = text.find('ä').expect("an ä");
            let mut bytes = text.into_bytes();
            bytes.splice(at..at + 2, [0xe4]);
            std::fs::write(s.path("locales/de/site.ftl"), bytes).unwrap();
        },
        "locales/de/site.ftl",
        At::Text {
            anchor: "\u{fffd}",
            needle: "\u{fffd}",
        },
        "not valid UTF-8",
    );
    assert!(run.stderr.contains("0xE4"), "{}", run.stderr);
    assert!(run.stderr.contains("`ä`"), "{}", run.stderr);
}

#[test]
fn each_of_these_errors_says_how_to_mend_it() {
    // Each was told with no `help:` line: what is wrong, but not what to do.
    for (file, from, to, error) in [
        (
            "locales/de/sections.ftl",
            "access-heading = Wer hat Zugriff auf die Daten?",
            "access-heading = Wer hat Zugriff auf die Daten?\naccess-heading = Zugriff",
            "`access-heading` is defined twice",
        ),
        (
            "candor.toml",
            "languages = [\"en\", \"de\", \"nl\"]",
            "languages = [\"en\", \"de\", \"de/../nl\"]",
            "`de/../nl` is not a language tag",
        ),
        (
            "content/retention.toml",
            "count = 2",
            "count = = 2",
            "invalid TOML",
        ),
        (
            "locales/de/sections.ftl",
            "access-heading = Wer hat Zugriff auf die Daten?",
            "access-heading = Wer hat Zugriff auf { zzz-qqq }?",
            "refers to the message `zzz-qqq`, which does not exist",
        ),
    ] {
        let site = Site::example();
        site.replace(file, from, to);
        let run = candor(&["check", &site.arg()], &[]);
        run.expect_code(1);
        let at = run
            .stderr
            .find(error)
            .unwrap_or_else(|| panic!("no `{error}`:\n{}", run.stderr));
        let block = &run.stderr[at..];
        let block = &block[..block[1..].find("  × ").map_or(block.len(), |n| n + 1)];
        assert!(block.contains("help: "), "{error}:\n{block}");
    }
}

#[test]
fn a_translation_that_links_a_fact_that_is_no_address_is_refused_where_it_is_written() {
    // `[Datenschutzteam]({ $org })`: the organisation's name is no address. It failed only
    // while the page was drawn, pointed at the theme's template.
    assert_fault(
        |s| {
            s.replace(
                "locales/de/sections.ftl",
                "Schreiben Sie an [das Datenschutzteam]({ $contact }).\n# Above the changes",
                "Schreiben Sie an [das Datenschutzteam]({ $org }).\n# Above the changes",
            )
        },
        "locales/de/sections.ftl",
        At::Text {
            anchor: "subprocessors-objection = ",
            needle: "$org",
        },
        "`subprocessors-objection` in `de` links to `$org`, which the source does not link to",
    );
    // In a message the template names by adding to its key (`"dpia-factsheet-" ~ …`), which
    // the site's facts do not show today: `check` passed it, and the build failed at the
    // template on the day the facts chose it (qa116).
    assert_fault(
        |s| {
            s.replace(
                "locales/de/sections.ftl",
                "dpia-factsheet-none = Auf Anfrage beantworten",
                "dpia-factsheet-none = Auf [Anfrage]({ $org }) beantworten",
            )
        },
        "locales/de/sections.ftl",
        At::Text {
            anchor: "dpia-factsheet-none = ",
            needle: "$org",
        },
        "`dpia-factsheet-none` in `de` links to `$org`, which the source does not link to",
    );
}

#[test]
fn a_message_referred_to_is_held_to_showing_the_fact_as_the_message_itself_is() {
    // "innerhalb { breach-hours }", where breach-hours (the translation's own) names the
    // deadline in one variant only and says "kurzer Zeit" in its default: the page would not
    // state the 24 hours.
    assert_fault(
        |s| {
            let file = "locales/de/sections.ftl";
            s.write(
                file,
                &(s.read(file)
                    + "\nbreach-hours = { $hours ->\n        [one] einer Stunde\n       *[other] kurzer Zeit\n    }\n"),
            );
            s.replace(
                "locales/de/sections.ftl",
                GERMAN_DEADLINE,
                "innerhalb { breach-hours }.",
            )
        },
        "locales/de/sections.ftl",
        At::Text {
            anchor: "breach-notification = ",
            needle: "breach-notification",
        },
        "`breach-notification` in `de` does not show `$hours` in its default variant",
    );
}

#[test]
fn a_function_call_in_a_term_names_the_term_as_written() {
    assert_fault(
        |s| {
            s.replace(
                "locales/de/terms.ftl",
                "-customers = Gesundheitsdienstleister",
                "-customers = { NUMBER(1) } Gesundheitsdienstleister",
            )
        },
        "locales/de/terms.ftl",
        At::Text {
            anchor: "-customers = ",
            needle: "NUMBER",
        },
        "`-customers` in `de` calls the function `NUMBER`",
    );
}

#[test]
fn a_term_given_an_argument_it_does_not_take_is_refused() {
    // "kasus" for "case": the term chooses by `$case`, never reads `$kasus`, and shows its
    // default with no word of it.
    assert_fault(
        |s| {
            s.replace(
                "locales/de/sections.ftl",
                "{ -customer(case: \"dative\") }",
                "{ -customer(kasus: \"dative\") }",
            )
        },
        "locales/de/sections.ftl",
        At::Text {
            anchor: "control-body-customer = ",
            needle: "kasus",
        },
        "`control-body-customer` in `de` gives `-customer` the argument `kasus`, which it does not take",
    );
}

#[test]
fn a_term_that_shows_a_value_nothing_gives_it_is_refused() {
    // qa51: inside a term, `$org` is only what the reference gives it. A term that shows it,
    // referred to without it, and a term that refers to a message reading it, each printed
    // `{$org}` on the page, and nothing said so.
    assert_fault(
        |s| {
            s.write(
                "locales/en/terms.ftl",
                &(s.read("locales/en/terms.ftl") + "-of-thing = of { $thing }\n"),
            );
            s.replace(
                "locales/en/sections.ftl",
                "storage-heading = Where does { $org } store your data?",
                "storage-heading = Where does the data { -of-thing } stay?",
            )
        },
        "locales/en/sections.ftl",
        At::Text {
            anchor: "storage-heading = ",
            needle: "-of-thing",
        },
        "`storage-heading` in `en` refers to `-of-thing` without `thing`, which the term shows",
    );
    assert_fault(
        |s| {
            s.write(
                "locales/en/terms.ftl",
                &(s.read("locales/en/terms.ftl") + "-heading = { storage-heading }\n"),
            );
        },
        "locales/en/terms.ftl",
        At::Text {
            anchor: "-heading = ",
            needle: "storage-heading",
        },
        "the term `-heading` in `en` refers to the message `storage-heading`, which reads `$org`",
    );
}

/// A term that shows a value the page gives its messages (`$org`) never shows the page's: the
/// check told each message that used it to give it one (``{ -customer(org: "…") }``), and a
/// translator who did published an organisation's name that no content file states, on every
/// page that used the term, and `check` found nothing more (qa151). The term is refused where
/// it is written, and the words given for the page's value where they are.
#[test]
fn a_term_may_not_stand_in_for_a_value_of_the_page() {
    let check = assert_fault(
        |s| {
            s.write(
                "locales/en/terms.ftl",
                &(s.read("locales/en/terms.ftl") + "-of-org = of { $org }\n"),
            );
            s.replace(
                "locales/en/sections.ftl",
                "storage-heading = Where does { $org } store your data?",
                "storage-heading = Where does the data { -of-org(org: \"Acme Corp\") } stay?",
            )
        },
        "locales/en/sections.ftl",
        At::Text {
            anchor: "storage-heading = ",
            needle: "Acme Corp",
        },
        "`storage-heading` in `en` gives `-of-org` words of its own for `$org`, a value of the page",
    );
    let terms = include_str!("../../locales/en/terms.ftl");
    let at = format!("[locales/en/terms.ftl:{}:16]", terms.lines().count() + 1);
    assert!(check.stderr.contains(&at), "{}", check.stderr);
    assert!(
        check.stderr.contains(
            "the term `-of-org` in `en` shows `$org`, a value the page gives its messages"
        ),
        "{}",
        check.stderr
    );
    assert!(
        !check.stderr.contains("(org: \"…\")"),
        "the help says to write the page's value into the locale file:\n{}",
        check.stderr
    );
    // Nor does a term choose its words by one (qa152: "Kunden von Acme" published).
    let check = assert_fault(
        |s| {
            s.write(
                "locales/en/terms.ftl",
                &(s.read("locales/en/terms.ftl")
                    + "-of-org = { $org ->\n    [Acme] of Acme\n   *[other] of it\n}\n"),
            );
            s.replace(
                "locales/en/sections.ftl",
                "storage-heading = Where does { $org } store your data?",
                "storage-heading = Where does the data { -of-org(org: \"Acme\") } stay?",
            )
        },
        "locales/en/sections.ftl",
        At::Text {
            anchor: "storage-heading = ",
            needle: "Acme",
        },
        "`storage-heading` in `en` gives `-of-org` words of its own for `$org`",
    );
    assert!(
        check
            .stderr
            .contains("the term `-of-org` in `en` chooses its words by `$org`"),
        "{}",
        check.stderr
    );
}

#[test]
fn a_published_message_that_shows_a_review_page_s_words_is_refused() {
    // qa52: the record keeps no review page's words, so a heading that showed `review-draft`
    // changed on the page, and in the archive copy of the day before, with nothing recorded.
    assert_fault(
        |s| {
            s.replace(
                "locales/en/sections.ftl",
                "control-heading = Who controls the data?",
                "control-heading = { review-draft }",
            )
        },
        "locales/en/sections.ftl",
        At::Text {
            anchor: "control-heading = ",
            needle: "review-draft",
        },
        "`control-heading` in `en` refers to `review-draft`, a message of the review pages",
    );
}

/// Words written into a template are in no language and in no publication's record: a
/// sentence added to `base.html` showed untranslated on every page and, since the archive is
/// rendered with today's theme, on every archived copy, as if published that day, and no
/// publication recorded it (qa128). Refused where written, in text and in what a reader hears
/// (`alt`, `aria-label`, `title`); the built-in templates' own (a format's name) stand.
#[test]
fn words_written_into_a_template_are_refused_where_written() {
    let base = include_str!("../../themes/default/templates/base.html");
    let added = base.replacen(
        "</body>",
        "<p class=\"claim\">We never sell your data.</p>\n</body>",
        1,
    );
    assert_ne!(added, base);
    assert_fault(
        |s| s.write("themes/default/templates/base.html", &added),
        "themes/default/templates/base.html",
        At::Text {
            anchor: "<p class=\"claim\">",
            needle: "We never sell",
        },
        "the template writes words of its own: `We never sell your data.`",
    );
    for (markup, words) in [
        (
            "<img alt=\"Our logo\" src=\"{{ root }}logo.png\">",
            "Our logo",
        ),
        ("<nav aria-label=\"Main menu\"></nav>", "Main menu"),
        (
            "<abbr title=\"Data Protection Officer\">{{ facts.organisation.name }}</abbr>",
            "Data Protection Officer",
        ),
        (
            "<p>{{ facts.organisation.name }} &middot; Imprint</p>",
            "· Imprint",
        ),
        (
            "<p>{{ \"We never sell your data\" }}</p>",
            "We never sell your data",
        ),
        // qa130: given a variable, and written as character references.
        ("{% set x = \"Hello world\" %}<p>{{ x }}</p>", "Hello world"),
        ("<p>&#72;&#105; there</p>", "Hi there"),
        // qa131: a value no fact gives, in every language.
        (
            "<p>{{ t(key=\"summary-breach\", hours=12) }}</p>",
            "gives a message a value of its own: `hours=12`",
        ),
    ] {
        let site = Site::example();
        site.write(
            "themes/default/templates/base.html",
            &base.replacen("</body>", &format!("{markup}\n</body>"), 1),
        );
        let run = candor(&["check", &site.arg()], &[]);
        run.expect_code(1);
        let says = match words.starts_with("gives") {
            true => words.to_string(),
            false => format!("the template writes words of its own: `{words}`"),
        };
        assert!(
            run.stderr.contains(&says)
                && run.stderr.contains("themes/default/templates/base.html:"),
            "{markup}: {}",
            run.stderr
        );
    }
    // What a designer writes that is no words (qa131): a class list given a variable, the
    // built-in templates' own words moved into a template of one's own.
    let site = Site::example();
    site.write(
        "themes/default/templates/base.html",
        &base.replacen(
            "</body>",
            "{% set classes = \"summary card\" %}<div class=\"{{ classes }}\">{% include \"files.html\" %}</div>\n</body>",
            1,
        ),
    );
    site.write(
        "themes/default/templates/files.html",
        "<a href=\"{{ root }}data.json\">data.json</a> <a href=\"{{ root }}subprocessors.csv\">subprocessors.csv</a>\n",
    );
    candor(&["check", &site.arg()], &[]).success();
    // A copy of every built-in template, as `candor copy-theme` writes it, passes.
    let site = Site::example_without(&["themes"]);
    candor(&["copy-theme", &site.arg()], &[]).success();
    site.build(&["--locked"]).success();
}

/// candor marks words copied from the source with private-use characters and takes them out
/// once a page is rendered: written into a template, their taking out joined `</` and `style>`
/// into an end tag the checks had read as text, and a script was published (qa136). Written
/// into a link of the content, the page linked another address than `data.json` stated.
#[test]
fn a_private_use_character_in_a_template_or_a_link_is_refused() {
    assert_fault(
        |s| {
            let base = s.read("themes/default/templates/base.html");
            s.write(
                "themes/default/templates/base.html",
                &base.replacen(
                    "</body>",
                    "<style></\u{E002}style><script>alert(1)</script></style>\n</body>",
                    1,
                ),
            );
        },
        "themes/default/templates/base.html",
        At::Text {
            anchor: "<style></",
            needle: "\u{E002}",
        },
        "the template holds a private-use character (U+E002)",
    );
    assert_fault(
        |s| {
            s.replace(
                "content/subprocessors.toml",
                "security = \"https://aws.amazon.com/products/security/\"",
                "security = \"https://aws.amazon.com/products/secu\u{E002}rity/\"",
            )
        },
        "content/subprocessors.toml",
        At::Text {
            anchor: "security = \"https://aws.amazon.com/products/secu\u{E002}",
            needle: "\"https",
        },
        "unsafe or malformed link `https://aws.amazon.com/products/secu\\u{e002}rity/`",
    );
}

/// A theme of one's own that loads anything from another host (a font, a stylesheet, a
/// picture, a script) would tell that host who reads the page: every such address is an error
/// where it is written, in a template, in a `<style>`, or in a stylesheet of `static/`.
#[test]
fn a_theme_that_loads_from_another_host() {
    const BASE: &str = "themes/default/templates/base.html";
    const CSS: &str = "themes/default/static/style.css";
    for (file, from, to, needle) in [
        (
            BASE,
            "<link rel=\"stylesheet\" href=\"{{ root }}style.css\">",
            "<link rel=\"stylesheet\" href=\"{{ root }}style.css\">\n<link rel=\"preconnect\" href=\"https://fonts.gstatic.com\">",
            "https://fonts.gstatic.com",
        ),
        (
            BASE,
            "</head>",
            "<script src=\"//cdn.example.net/count.js\"></script>\n</head>",
            "//cdn.example.net/count.js",
        ),
        (
            BASE,
            "</head>",
            "<style>\nbody { background: url( 'https://img.example.net/bg.png' ) }\n</style>\n</head>",
            "https://img.example.net/bg.png",
        ),
        (
            BASE,
            "</head>",
            "<link rel=\"icon\" srcset=\"x\">\n</head>\n<img alt=\"\" srcset=\"{{ root }}a.png 1x, HTTPS://img.example.net/b.png 2x\">",
            "HTTPS://img.example.net/b.png",
        ),
        (
            CSS,
            "\n\n:root {",
            "\n@import \"https://fonts.googleapis.com/css2?family=Inter\";\n\n:root {",
            "https://fonts.googleapis.com/css2",
        ),
        (
            CSS,
            "\n\n:root {",
            "\n@font-face { font-family: X; src: url(https://fonts.example.net/x.woff2) }\n\n:root {",
            "https://fonts.example.net/x.woff2",
        ),
    ] {
        let run = assert_fault(
            |site| site.replace(file, from, to),
            file,
            At::Text {
                anchor: needle,
                needle,
            },
            "from another host",
        );
        assert!(run.stderr.contains("static/"), "{}", run.stderr);
    }
}

/// A script in a template is refused: candor's pages run none, and what a script fetches
/// cannot be checked (qa30: a theme that opened its Content-Security-Policy and fetched from a
/// tracker passed in silence).
#[test]
fn a_theme_with_a_script_is_refused() {
    const BASE: &str = "themes/default/templates/base.html";
    for (script, needle) in [
        ("<script>fetch('https://t.example/p')</script>", "<script>"),
        ("<p onclick=\"fetch('x')\">x</p>", "onclick"),
        // qa71: a comment or a tag of Tera's, left out of the page, joins what is beside it.
        ("<scr{# c #}ipt>fetch('x')</script>", "<scr"),
        (
            "<p {% if true %}onclick{% endif %}=\"fetch('x')\">x</p>",
            "onclick",
        ),
    ] {
        assert_fault(
            |site| site.replace(BASE, "</head>", &format!("{script}\n</head>")),
            BASE,
            At::Text {
                anchor: script,
                needle,
            },
            "runs a script",
        );
    }
}

/// qa74: a branch that renders nothing joins the letters beside it into a `<script>`, and a
/// value written unescaped makes markup: both refused where they are written.
#[test]
fn a_theme_that_builds_markup_in_a_branch_or_unescaped_is_refused() {
    const BASE: &str = "themes/default/templates/base.html";
    for (written, needle, says) in [
        (
            "<scr{% if false %}x{% endif %}ipt>fetch('x')</script>",
            "{% if false %}",
            "template code builds a tag's name",
        ),
        (
            "{{ \"<\" | safe }}script>fetch('x')</script>",
            "{{ \"<\" | safe }}",
            "writes a value unescaped",
        ),
    ] {
        assert_fault(
            |site| site.replace(BASE, "</head>", &format!("{written}\n</head>")),
            BASE,
            At::Text {
                anchor: written,
                needle,
            },
            says,
        );
    }
}

/// qa67: a static file a browser runs (`.js`) or reads as a page of its own that candor does
/// not read (`.xhtml`, `.xml`, whose `<x:script>` ran in the preview and from the output) was
/// published in silence; qa71: so were a program a web server runs (`.php`) and a compressed
/// page a host serves as the page (`x.html.gz`).
#[test]
fn a_theme_file_a_browser_runs_or_reads_as_a_page_candor_cannot_check_is_refused() {
    // Each told as what it is (qa155: `backup.tar.gz` was told "a file a browser runs").
    const BROWSER: &str = "is a file a browser runs";
    const SERVER: &str = "is a program a web server runs";
    const COMPRESSED: &str = "is a compressed copy, which a host may serve as the file it holds";
    for (name, said) in [
        ("g.xhtml", BROWSER),
        ("f.xml", BROWSER),
        ("x.js", BROWSER),
        ("m.MJS", BROWSER),
        ("t.xsl", BROWSER),
        ("p.shtml", SERVER),
        ("s.php", SERVER),
        ("c.cgi", SERVER),
        ("x.html.gz", COMPRESSED),
        ("y.svg.br", COMPRESSED),
        ("backup.tar.gz", COMPRESSED),
        // qa85: Apache runs a file with a server program's ending anywhere after its first
        // dot, and Windows serves `x.php.` as `x.php`.
        ("x.php.txt", SERVER),
        ("x.php.", SERVER),
        ("y.CGI.html", SERVER),
        ("z.js ", BROWSER),
        // qa88: IIS reads `x.asp;.jpg` as `x.asp`, and runs by its `web.config`.
        ("x.asp;.jpg", SERVER),
        ("web.config", SERVER),
        ("x.phps", SERVER),
        ("x.cshtml", SERVER),
    ] {
        let path = format!("themes/default/static/{name}");
        let site = Site::example();
        site.write(
            &path,
            "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><script>document.title='RAN'</script></body></html>\n",
        );
        let run = candor(&["check", &site.arg()], &[]);
        run.expect_code(1);
        assert!(
            run.stderr.contains(&format!("`{path}` {said}"))
                || run
                    .stderr
                    .contains(&format!("`{path}` ends with a dot or a space")),
            "{name}: {}",
            run.stderr
        );
    }
    // qa88: an `.htaccess` that makes a stylesheet a PHP program; one that only sets what a
    // folder lists is published.
    let site = Site::example();
    site.write(
        "themes/default/static/.htaccess",
        "Options -Indexes\nAddHandler application/x-httpd-php .css\n",
    );
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    assert!(
        run.stderr
            .contains("`themes/default/static/.htaccess` tells the web server to run files"),
        "{}",
        run.stderr
    );
    // qa89: what turns programs off, or serves a font as a font, is no program.
    site.write(
        "themes/default/static/.htaccess",
        "Options -Indexes -Includes -ExecCGI\nphp_flag engine off\nSetHandler none\n\
         AddType font/woff2 .woff2\n",
    );
    candor(&["check", &site.arg()], &[]).success();
    for runs in [
        "Options +ExecCGI\n",
        "Options Includes\n",
        "Options All\n",
        "AddType application/x-httpd-php .css\n",
        "SetHandler cgi-script\n",
        "php_value auto_prepend_file x.txt\n",
    ] {
        site.write("themes/default/static/.htaccess", runs);
        let run = candor(&["check", &site.arg()], &[]);
        run.expect_code(1);
        assert!(
            run.stderr.contains("tells the web server to run files"),
            "{runs}"
        );
    }
    site.write("themes/default/static/.htaccess", "Options -Indexes\n");
    site.write("themes/default/static/handbook.py.pdf", "%PDF-1.4\n");
    // A document in Polish is no Perl program.
    site.write("themes/default/static/dpia.pl.pdf", "%PDF-1.4\n");
    candor(&["check", &site.arg()], &[]).success();
    // qa88: a page or picture so named was published as itself, unread for what it runs.
    for name in ["b.html.", "f.html ", "e.svg.", "g.css."] {
        let path = format!("themes/default/static/{name}");
        let site = Site::example();
        site.write(&path, "<script>document.title='RAN'</script>\n");
        let run = candor(&["check", &site.arg()], &[]);
        run.expect_code(1);
        assert!(
            run.stderr
                .contains(&format!("`{path}` ends with a dot or a space")),
            "{name}: {}",
            run.stderr
        );
    }
}

/// A static file under a name some host or system reads as another's, or cannot hold: a
/// backslash was published, listed in the output's list of its own files as the folder path it
/// reads as elsewhere (`a/b.css`), and every build after refused the output as holding a file
/// candor did not write (qa124); a folder ending with a dot (`en./index.html`, `en/index.html`
/// where the dot is left out), an NTFS stream, a device's name, two names one host reads as one
/// were published (qa127), and a device's name before a space, two names that differ in a
/// small sigma's form, a name ending with another space (qa131). Each is refused at once.
#[cfg(unix)]
#[test]
fn a_static_file_under_a_name_a_host_reads_otherwise_is_refused() {
    for (files, says) in [
        (
            &["a\\b.css"][..],
            "`themes/default/static/a\\b.css` has `\\` in its name",
        ),
        (
            &["en./index.html"][..],
            "`themes/default/static/en./index.html` is in the folder `en.`, which ends with a dot",
        ),
        (
            &["dir /x.css"][..],
            "is in the folder `dir `, which ends with a dot or a space",
        ),
        (&["data.json:evil"][..], "has `:` in its name"),
        (&["a?b.css"][..], "has `?` in its name"),
        (&[" lead.css"][..], "has a space at the start of its name"),
        (
            &["CON.css"][..],
            "has a device's name on Windows as its name (`CON.css`)",
        ),
        (&["nul/x.css"][..], "as the name of its folder `nul`"),
        (&["A.css", "a.css"][..], "differ only in case"),
        (
            &["e\u{301}.css"][..],
            "has letters not written in their composed form in its name",
        ),
        (&["COM\u{b9}.css"][..], "has a device's name on Windows"),
        (&["CONIN$.css"][..], "has a device's name on Windows"),
        (&["CVS/Root"][..], "is in a version-control folder"),
        (&["a#b.png"][..], "has `#` in its name"),
        (&["a%2e.png"][..], "has `%` in its name"),
        (&["x.css\u{a0}"][..], "ends with a dot or a space"),
        // qa131: a device's name before spaces, the two small sigmas, other spaces at the end.
        (&["con .txt"][..], "has a device's name on Windows"),
        (&["\u{3c3}.css", "\u{3c2}.css"][..], "differ only in case"),
        (&["x.css\u{202f}"][..], "ends with a dot or a space"),
        (&["x.css\u{3000}"][..], "ends with a dot or a space"),
        (
            &["\u{3000}x.css"][..],
            "has a space at the start of its name",
        ),
        // qa136: a folder and a file one host reads as one.
        (&["A/x.txt", "a"][..], "differ only in case"),
    ] {
        let site = Site::example();
        for file in files {
            site.write(
                &format!("themes/default/static/{file}"),
                "p { color: red }\n",
            );
        }
        for command in ["check", "build"] {
            let run = candor(&[command, &site.arg()], &[]);
            run.expect_code(1);
            assert!(
                run.stderr.contains(says),
                "{files:?} {command}: {}",
                run.stderr
            );
        }
        assert!(!site.public().exists(), "{files:?}");
    }
    // One name of each is published, and built again.
    let site = Site::example();
    site.write("themes/default/static/fonts/Inter.v4.woff2", "x");
    site.build(&[]).success();
    site.build(&[]).success();
    assert!(site.public().join("fonts/Inter.v4.woff2").exists());
}

/// qa69: an SVG opened by itself is read as XML, where `s:script` under any prefix runs, and an
/// entity its document type declares expands into a `javascript:` address: both passed.
#[test]
fn a_static_svg_read_as_xml_cannot_hide_a_script() {
    for (svg, says) in [
        (
            "<s:svg xmlns:s=\"http://www.w3.org/2000/svg\"><s:script>document.title=1</s:script></s:svg>\n",
            "runs a script",
        ),
        (
            "<!DOCTYPE svg [<!ENTITY j \"javascript:go()\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"&j;\">x</a></svg>\n",
            "declares an entity",
        ),
    ] {
        let site = Site::example();
        site.write("themes/default/static/a.svg", svg);
        let run = candor(&["check", &site.arg()], &[]);
        run.expect_code(1);
        assert!(run.stderr.contains(says), "{svg}: {}", run.stderr);
        assert!(
            run.stderr.contains("themes/default/static/a.svg:"),
            "{}",
            run.stderr
        );
    }
}

/// A stylesheet is checked whatever its encoding and however its name is written: one byte of
/// Latin-1 in a comment, or `.CSS`, did not hide its `url()` (qa28). An address template code
/// builds where a browser loads from is refused too: where it leads cannot be read.
#[test]
fn a_theme_cannot_hide_a_request_in_an_encoding_a_name_or_template_code() {
    const EXTRA: &str = "themes/default/static/extra.CSS";
    assert_fault(
        |site| {
            std::fs::write(
                site.path(EXTRA),
                b"/* \xa9 Luscii */\na { background: url(https://x.example/a.png) }\n",
            )
            .unwrap()
        },
        EXTRA,
        At::Text {
            anchor: "https://x.example",
            needle: "https://x.example",
        },
        "from another host",
    );
    const BASE: &str = "themes/default/templates/base.html";
    assert_fault(
        |site| {
            site.replace(
                BASE,
                "</head>",
                "{% set cdn = \"https://cdn.example/\" %}<script src=\"{{ cdn }}count.js\"></script>\n</head>",
            )
        },
        BASE,
        At::Text {
            anchor: "<script",
            needle: "{{ cdn }}",
        },
        "built by template code",
    );
}

/// What only links to another host, or loads from the site itself, is no request: a link a
/// reader follows, an alternate version, a picture given in the page itself, a font of the
/// theme's own.
#[test]
fn a_theme_may_link_to_other_hosts_and_load_its_own_files() {
    let site = Site::example();
    site.replace(
        "themes/default/templates/base.html",
        "</head>",
        "<link rel=\"alternate\" type=\"text/html\" href=\"https://example.net/elsewhere\">\n<style>body { background: url(data:image/gif;base64,R0lGODlhAQABAAAAACw=) }</style>\n{# <script src=\"https://example.net/never-rendered.js\"></script> #}\n<div data=\"https://example.net/not-loaded\"></div>\n</head>",
    );
    site.replace(
        "themes/default/static/style.css",
        "\n\n:root {",
        "\n@namespace svg url(http://www.w3.org/2000/svg);\n@font-face { font-family: X; src: url(\"fonts/x.woff2\") }\n/* url(https://example.net/not-loaded.png) */\n\n:root {",
    );
    site.build(&[]).success();
    let page = std::fs::read_to_string(site.public().join("en/index.html")).unwrap();
    assert!(page.contains("https://example.net/elsewhere"));
}

/// A language listed by a code CLDR replaced (`iw`, `in`) was refused with "use a BCP 47
/// language tag such as `fr`": the help names the code it became.
#[test]
fn an_old_language_code_is_named_by_the_one_that_replaced_it() {
    for (old, now) in [("iw", "he"), ("in", "id")] {
        let site = Site::example();
        site.replace(
            "candor.toml",
            "languages = [\"en\", \"de\", \"nl\"]",
            &format!("languages = [\"en\", \"de\", \"nl\", \"{old}\"]"),
        );
        let run = candor(&["check", &site.arg()], &[]);
        run.expect_code(1);
        let said = common::compact(&run.stderr);
        assert!(
            said.contains(&common::compact(&format!(
                "`{old}` is an old code for the language CLDR names `{now}`: write `{now}`"
            ))),
            "{}",
            run.stderr
        );
    }
}

/// A sub-processor's countries are a set: one listed twice was published as "India and India"
/// and logged as a change of countries (qa33). Like a repeated data category or product, it is
/// an error where it is written the second time.
#[test]
fn a_country_listed_twice_for_a_subprocessor_is_refused() {
    assert_fault(
        |s| {
            s.replace(
                "content/subprocessors.toml",
                "name = \"Slack\"\npersonal-data = false\noutside-eea = true\n",
                "name = \"Slack\"\npersonal-data = false\ncountries = [\"US\", \"us\"]\n",
            )
        },
        "content/subprocessors.toml",
        At::Text {
            anchor: "countries = [\"US\", ",
            needle: "\"us\"",
        },
        "duplicate country `us`",
    );
}

/// A theme's name is a folder's, as `copy-theme --name` takes one: `theme = "de\nfault"` passed
/// and its help printed the line break raw (qa33); `..`, a path or a hidden folder never did.
#[test]
fn a_theme_name_that_is_no_folder_name_is_refused_with_how_to_name_one() {
    for bad in ["de\\nfault", "../x", ".hidden", "a/b", ""] {
        let site = Site::example();
        let toml = site.read("candor.toml");
        let toml = match toml.lines().any(|l| l.starts_with("theme = ")) {
            true => toml
                .lines()
                .map(|l| match l.starts_with("theme = ") {
                    true => format!("theme = \"{bad}\""),
                    false => l.to_string(),
                })
                .collect::<Vec<_>>()
                .join("\n"),
            false => format!("theme = \"{bad}\"\n{toml}"),
        };
        site.write("candor.toml", &toml);
        let run = candor(&["check", &site.arg()], &[]);
        run.expect_code(1);
        assert!(
            run.stderr.contains("invalid theme name"),
            "{bad}: {}",
            run.stderr
        );
        assert!(
            run.stderr.contains("letters, digits"),
            "{bad}: {}",
            run.stderr
        );
        assert!(!run.stderr.contains("de\nfault"), "{}", run.stderr);
    }
}

/// A folder of locales/ that is no language's (`_drafts`) was told "add \"_drafts\" to
/// `languages` to publish it", which would be an error (qa31); a language's folder still is.
#[test]
fn a_folder_of_locales_that_is_no_language_is_not_offered_as_one() {
    let site = Site::example();
    std::fs::create_dir_all(site.path("locales/_drafts")).unwrap();
    std::fs::create_dir_all(site.path("locales/fr")).unwrap();
    let run = candor(&["check", &site.arg()], &[]);
    run.success();
    let said = common::compact(&run.stderr);
    assert!(
        !said.contains(&common::compact("add \"_drafts\" to `languages`")),
        "{}",
        run.stderr
    );
    assert!(
        said.contains(&common::compact("it is no language's folder")),
        "{}",
        run.stderr
    );
    assert!(
        said.contains(&common::compact("add \"fr\" to `languages` to publish it")),
        "{}",
        run.stderr
    );
}

/// qa66: a term asking another for a variant it has not was named without its `-`
/// ("`customers` in `de` asks `-customer`…"), an id `mark-reviewed` then refused.
#[test]
fn a_term_asking_a_term_for_a_variant_it_has_not_is_named_as_a_term() {
    assert_fault(
        |s| {
            let terms = s.read("locales/de/terms.ftl");
            let at = terms.find("\n-customers =").expect("German -customers") + 1;
            let end = at + terms[at..].find('\n').unwrap();
            let mut edited = terms.clone();
            edited.replace_range(at..end, "-customers = viele { -customer(case: \"x\") }");
            s.write("locales/de/terms.ftl", &edited);
        },
        "locales/de/terms.ftl",
        At::Text {
            anchor: "-customers = ",
            needle: "x\")",
        },
        "`-customers` in `de` asks `-customer` for the `case` `x`",
    );
}

/// qa66: a message's line begun with a space reads, in Fluent, as a line of the message above:
/// `check` said only that the message was not translated, at the English file. It now points
/// at the indented line, and does not tell it missing besides. So it does of a term, of a
/// message of the source language, and of a comment, whose words showed (qa68). A U+FEFF (an
/// invisible character) before an id was to be "replaced with a plain space", which would
/// indent it so: it is to be deleted.
#[test]
fn a_message_whose_line_begins_with_a_space_is_pointed_at() {
    for (file, written, anchor, says) in [
        (
            "locales/de/sections.ftl",
            "breach-heading =",
            " breach-heading =",
            "`breach-heading =` begins with a space: Fluent reads the line as words of `dpia-factsheet-none`",
        ),
        (
            "locales/de/terms.ftl",
            "-customers =",
            " -customers =",
            "`-customers =` begins with a space",
        ),
        (
            "locales/en/sections.ftl",
            "breach-heading =",
            " breach-heading =",
            "`breach-heading =` begins with a space",
        ),
        (
            "locales/en/sections.ftl",
            "# Under them",
            " # Under them",
            "a comment begins with a space",
        ),
    ] {
        let run = assert_fault(
            |s| s.replace(file, &format!("\n{written}"), &format!("\n {written}")),
            file,
            At::Text {
                anchor,
                needle: anchor.trim_start(),
            },
            says,
        );
        assert!(
            run.stderr.contains("failed: 1 error,"),
            "{file}: {}",
            run.stderr
        );
        // Words meant so are written so (qa69: "E = mc2", a Markdown heading).
        assert!(
            run.stderr.contains("write its first word as a string")
                || run.stderr.contains("is written `{ \"#\" }`"),
            "{}",
            run.stderr
        );
    }
    let run = assert_fault(
        |s| {
            s.replace(
                "locales/de/sections.ftl",
                "\nbreach-heading =",
                "\n\u{feff}breach-heading =",
            )
        },
        "locales/de/sections.ftl",
        At::Text {
            anchor: "\u{feff}breach-heading",
            needle: "\u{feff}",
        },
        "U+FEFF",
    );
    assert!(run.stderr.contains("delete it"), "{}", run.stderr);
    // Its message is not told missing besides.
    assert!(run.stderr.contains("failed: 1 error,"), "{}", run.stderr);
}

/// qa68: a stylesheet whose lines end in a carriage return alone (a browser breaks lines
/// there) was told at line 1, where an editor shows the address on line 3.
#[test]
fn a_stylesheet_s_lines_ending_in_a_carriage_return_are_counted_as_a_browser_counts_them() {
    let site = Site::example();
    site.write(
        "themes/default/static/extra.css",
        "body { margin: 0 }\r\r.x { color: red }\r.y { background: url(https://t.example/p.png) }\r",
    );
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    assert!(
        run.stderr.contains("themes/default/static/extra.css:4:"),
        "{}",
        run.stderr
    );
}

/// A line indented with a tab is a syntax error, told as one, not also as an indented entry
/// (which "begins with a space").
#[test]
fn a_tab_before_an_id_is_told_once() {
    let site = Site::example();
    site.replace(
        "locales/de/sections.ftl",
        "\nbreach-heading =",
        "\n\tbreach-heading =",
    );
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    assert!(run.stderr.contains("failed: 1 error,"), "{}", run.stderr);
    assert!(
        !run.stderr
            .contains("`breach-heading =` begins with a space"),
        "{}",
        run.stderr
    );
}

/// qa73: a character reference in a message (`&#64;`, `&colon;`, `&#x202E;`) was read by the
/// checks as written and shown by the page as the character it stands for: an address typed
/// in, a bidi override, a control character, a number the source does not have, all published.
#[test]
fn a_character_written_as_a_reference_in_a_message_is_refused() {
    const EN: &str = "locales/en/sections.ftl";
    const DE: &str = "locales/de/sections.ftl";
    for (file, written, shown) in [
        (EN, " Or evil&#64;evil.example.", "@"),
        (EN, " See https&colon;//evil.example.", ":"),
        (EN, " abc &#x202E;txt.exe", "\\u{202e}"),
        (DE, " Innerhalb von &#55;&#50; Stunden.", "7"),
        // qa74: written through a string literal's escape.
        (EN, " Or evil{ \"\\u0026#64;\" }evil.example.", "@"),
        // qa75: split by a placeable that writes nothing.
        (
            EN,
            " Or evil&{ $org ->\n        *[other] { \"\" }\n    }#64;evil.example.",
            "@",
        ),
    ] {
        let from = written.find(['&', '\\']).unwrap();
        let needle: &'static str = Box::leak(written[from..].to_string().into_boxed_str());
        let anchor: &'static str = Box::leak(written.to_string().into_boxed_str());
        assert_fault(
            |site| {
                let text = site.read(file);
                let line = text
                    .lines()
                    .find(|l| l.starts_with("visitors-body = "))
                    .unwrap();
                site.write(file, &text.replacen(line, &format!("{line}{written}"), 1));
            },
            file,
            At::Text { anchor, needle },
            &format!("writes a character as a reference, which the page shows as `{shown}`"),
        );
    }
    // And through a term, which the messages that use it show (qa74).
    const TERMS: &str = "locales/en/terms.ftl";
    assert_fault(
        |site| {
            site.replace(
                TERMS,
                "-customer = healthcare provider",
                "-customer = healthcare&#64;provider",
            )
        },
        TERMS,
        At::Text {
            anchor: "-customer = healthcare&#64;",
            needle: "&#64;",
        },
        "`-customer` in `en` writes a character as a reference, which a page shows as `@`",
    );
}

#[test]
fn a_host_in_one_script_of_its_own_or_with_han_and_kana_is_published() {
    // The look-alike check refuses letters of two scripts in one name, not a name in letters
    // other than Latin: a German, a Russian and a Japanese host build.
    let site = Site::example();
    for (from, to) in [
        (
            "\"https://branch.io/security/\"",
            "\"https://xn--mnchen-3ya.example/\"",
        ),
        (
            "\"https://legal.hubspot.com/security\"",
            "\"https://m\u{fc}nchen.example/a\"",
        ),
        (
            "\"https://aws.amazon.com/products/security/\"",
            "\"https://\u{43f}\u{440}\u{438}\u{43c}\u{435}\u{440}.\u{440}\u{444}/\"",
        ),
        (
            "\"https://firebase.google.com/support/privacy?authuser=0\"",
            "\"https://\u{65e5}\u{672c}\u{30c9}\u{30e1}\u{30a4}\u{30f3}abc.example/\"",
        ),
    ] {
        site.replace("content/subprocessors.toml", from, to);
    }
    site.build(&[]).success();
    let page = site.read("public/en/index.html");
    assert!(page.contains("https://m\u{fc}nchen.example/a"), "{page}");
    // The table names each host as its readers know it, as the annex does (qa78: the table
    // showed `xn--mnchen-3ya`): the same host however the link was written.
    let hosts: Vec<String> = (common::Page::read_file(&site.public().join("en/index.html"), None))
        .all("table.subprocessors a[href^='https://'] bdi")
        .into_iter()
        .map(common::text)
        .collect();
    for host in [
        "m\u{fc}nchen.example",
        "\u{43f}\u{440}\u{438}\u{43c}\u{435}\u{440}.\u{440}\u{444}",
    ] {
        assert!(hosts.contains(&host.to_string()), "{host}: {hosts:?}");
    }
    assert_eq!(
        hosts
            .iter()
            .filter(|h| *h == "m\u{fc}nchen.example")
            .count(),
        2,
        "{hosts:?}"
    );
}

#[test]
fn a_customer_controlling_the_data_of_an_organisation_that_is_no_processor_is_refused() {
    // qa81: `processor = false` published "Luscii is the processor" beside "complies with the
    // GDPR as the controller of the data it handles", and a list of sub-processors.
    assert_fault(
        |s| {
            s.replace(
                "content/organisation.toml",
                "processor = true",
                "processor = false",
            )
        },
        "content/processing.toml",
        At::Text {
            anchor: "\ncontroller = ",
            needle: "\"customer\"",
        },
        "content/organisation.toml says `processor = false`",
    );
    // Nor the organisation controlling it while it says it is no controller (qa82).
    assert_fault(
        |s| {
            s.replace(
                "content/organisation.toml",
                "controller = true",
                "controller = false",
            );
            s.replace(
                "content/processing.toml",
                "controller = \"customer\"",
                "controller = \"organisation\"",
            );
        },
        "content/processing.toml",
        At::Text {
            anchor: "\ncontroller = ",
            needle: "\"organisation\"",
        },
        "content/organisation.toml says `controller = false`",
    );
}

#[test]
fn a_processing_that_lists_no_data_subjects_or_categories_is_refused() {
    // qa81: `subjects = []` published "processes personal data of:" and nothing after it.
    for (key, list) in [
        ("subjects", "[\"patients\", \"care-professionals\"]"),
        (
            "categories",
            "[\"identity-contact\", \"programme-health-data\"]",
        ),
    ] {
        assert_fault(
            |s| {
                s.replace(
                    "content/processing.toml",
                    &format!("\n{key} = {list}"),
                    &format!("\n{key} = []"),
                )
            },
            "content/processing.toml",
            At::Text {
                anchor: key_line(key),
                needle: "[]",
            },
            "lists none",
        );
    }
    // Told once, not also at each sub-processor or integration that names one (qa82).
    let site = Site::example();
    site.replace(
        "content/processing.toml",
        "\nsubjects = [\"patients\", \"care-professionals\"]",
        "\nsubjects = []",
    );
    site.replace(
        "content/processing.toml",
        "\ncategories = [\"identity-contact\", \"programme-health-data\"]",
        "\ncategories = []",
    );
    site.write(
        "content/subprocessors.toml",
        &(site.read("content/subprocessors.toml")
            + "\n[[subprocessor]]\nname = \"Postmark\"\npersonal-data = true\noutside-eea = false\ndata-categories = [\"identity-contact\"]\ndata-subjects = [\"patients\"]\nnotice-exception = \"legal-obligation\"\n"),
    );
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    assert!(!run.stderr.contains("unknown"), "{}", run.stderr);
    assert_eq!(run.stderr.matches('×').count(), 2, "{}", run.stderr);
}

/// Where the list `key` starts, in content/processing.toml.
#[test]
fn a_subprocessor_list_written_empty_is_refused() {
    // qa82: `data-categories = []` was read as not stated, and the change log said the list
    // was "no longer stated" of a sub-processor whose officer meant "none".
    for key in [
        "countries",
        "data-categories",
        "data-subjects",
        "applies-to",
    ] {
        let run = assert_fault(
            |s| {
                s.replace(
                    "content/subprocessors.toml",
                    "name = \"Branch Metrics\"\n",
                    &format!("name = \"Branch Metrics\"\n{key} = []\n"),
                )
            },
            "content/subprocessors.toml",
            At::Text {
                anchor: "name = \"Branch Metrics\"\n",
                needle: "[]",
            },
            "lists none",
        );
        assert!(
            run.stderr.contains(&format!("remove `{key}`")),
            "{}",
            run.stderr
        );
    }
}

fn key_line(key: &str) -> &'static str {
    match key {
        "subjects" => "\nsubjects = ",
        _ => "\ncategories = ",
    }
}

#[test]
fn a_date_locale_of_another_language_is_refused() {
    // qa81: `en = "ar"` gave the English pages "Last modified: 8 يناير 2027".
    assert_fault(
        |s| s.replace("candor.toml", "en = \"en-GB\"", "en = \"ar\""),
        "candor.toml",
        At::Text {
            anchor: "[date-locale]",
            needle: "\"ar\"",
        },
        "`ar` writes dates in another language than `en`",
    );
    // A region or a separator written as another list writes it is answered (qa83).
    for (written, says) in [
        ("en-UK", "the United Kingdom's ISO code is \"GB\""),
        ("en_GB", "joins its parts with hyphens: `en-GB`"),
    ] {
        let site = Site::example();
        site.replace(
            "candor.toml",
            "en = \"en-GB\"",
            &format!("en = \"{written}\""),
        );
        let run = candor(&["check", &site.arg()], &[]);
        run.expect_code(1);
        assert!(run.stderr.contains(says), "{written}: {}", run.stderr);
    }
}

#[test]
fn a_transfer_to_the_united_states_without_a_mechanism_is_not_said_to_have_no_decision() {
    // qa81: the label said "`US` has no adequacy decision", though candor ships the one for
    // recipients certified under the Data Privacy Framework.
    let run = assert_fault(
        |s| {
            s.write(
                "content/subprocessors.toml",
                &(s.read("content/subprocessors.toml")
                    + "\n[[subprocessor]]\nname = \"Statuspage\"\npersonal-data = false\ncountries = [\"US\"]\nnotice-exception = \"legal-obligation\"\n"),
            )
        },
        "content/subprocessors.toml",
        // At the country that needs a mechanism (qa117: at the name).
        At::Text {
            anchor: "name = \"Statuspage\"",
            needle: "\"US\"",
        },
        "`US` has one for certified recipients only",
    );
    assert!(
        !run.stderr.contains("no adequacy decision"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_site_adequacy_decision_for_uk_is_answered_with_gb() {
    // qa82: `[adequacy.UK]` was "not an ISO 3166-1 alpha-2 country code, such as "BR"".
    assert_fault(
        |s| {
            s.write(
                "candor.toml",
                &(s.read("candor.toml")
                    + "\n[adequacy.UK]\ndecision = \"Commission Implementing Decision (EU) 2021/1772\"\nscope = \"whole\"\nadopted = 2021-06-28\n"),
            )
        },
        "candor.toml",
        At::Text {
            anchor: "[adequacy.",
            needle: "UK",
        },
        "the United Kingdom's ISO code is \"GB\"",
    );
}

#[test]
fn a_country_code_of_another_standard_is_answered_with_the_iso_one() {
    // qa81: "UK" and "CHE" were "unknown" with no word of "GB" or two letters.
    for (written, says) in [
        ("UK", "the United Kingdom's ISO code is \"GB\""),
        ("EL", "Greece's ISO code is \"GR\""),
        ("CHE", "country codes have two letters"),
        ("uk", "the United Kingdom's ISO code is \"GB\""),
    ] {
        assert_fault(
            |s| {
                s.replace(
                    "content/storage.toml",
                    "country = \"DE\"",
                    &format!("country = \"{written}\""),
                )
            },
            "content/storage.toml",
            At::Text {
                anchor: "country = ",
                needle: &*Box::leak(format!("\"{written}\"").into_boxed_str()),
            },
            says,
        );
    }
}

#[test]
fn a_folder_named_as_a_locale_file_is_told_as_one() {
    // qa82: a folder `locales/de/site.ftl` was skipped, and its messages were twenty errors
    // "not translated into `de`".
    let site = Site::example();
    let file = site.path("locales/de/site.ftl");
    let text = std::fs::read(&file).unwrap();
    std::fs::remove_file(&file).unwrap();
    std::fs::create_dir(&file).unwrap();
    std::fs::write(file.join("site.ftl"), text).unwrap();
    candor(&["check", &site.arg()], &[]).refused_alone("`locales/de/site.ftl` is a folder");
}

#[test]
fn an_unknown_country_of_a_transfer_is_told_alone() {
    // qa83: "UK" beside a mechanism was told, then "has a transfer mechanism but transfers
    // nothing outside the EEA", as if the list held only what could be read of it.
    let site = Site::example();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Slack\"\npersonal-data = false\noutside-eea = true\n",
        "name = \"Slack\"\npersonal-data = false\ncountries = [\"UK\"]\n",
    );
    candor(&["check", &site.arg()], &[]).refused_alone("unknown country code `UK`");
    // A site's decision for a country of the EEA is told so, with no word of upper case.
    let site = Site::example();
    site.write(
        "candor.toml",
        &(site.read("candor.toml")
            + "\n[adequacy.GR]\ndecision = \"Commission Implementing Decision (EU) 2026/1\"\nscope = \"whole\"\nadopted = 2021-06-28\n"),
    );
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    assert!(run.stderr.contains("in the EEA"), "{}", run.stderr);
    assert!(!run.stderr.contains("upper case"), "{}", run.stderr);
}

/// qa86: a link of a million characters, and an id of 5,000, were published (the link on every
/// page and in a CSV cell no spreadsheet reads whole), where a name is held to 300.
#[test]
fn a_link_or_an_id_of_no_sensible_length_is_refused() {
    let long_link = format!("https://voys.example/{}", "a".repeat(3000));
    let long_id = "a".repeat(400);
    for (from, to, needle, says) in [
        (
            "security = \"https://www.voys.nl/security-responsible-disclosure/\"",
            format!("security = \"{long_link}\""),
            "\"https://voys.example/",
            "more than the 2000 a link may have",
        ),
        (
            "name = \"Voys\"\n",
            format!("name = \"Voys\"\nid = \"{long_id}\"\n"),
            "\"aaaaaaaa",
            "more than the 300 a name may have",
        ),
    ] {
        assert_fault(
            |s| s.replace("content/subprocessors.toml", from, &to),
            "content/subprocessors.toml",
            At::Text {
                anchor: "name = \"Voys\"\n",
                needle,
            },
            says,
        );
    }
    // qa88: an id that names messages too (a group of staff's).
    let long_id = "b".repeat(400);
    assert_fault(
        |s| {
            s.replace(
                "content/access.toml",
                "id = \"engineers\"",
                &format!("id = \"{long_id}\""),
            )
        },
        "content/access.toml",
        At::Text {
            anchor: "[[group]]",
            needle: "\"bbbbbbbb",
        },
        "more than the 300 a name may have",
    );
}

/// qa88: a list the page states whole, written empty, published a sentence cut short: "Data
/// stored in:" and nothing, "We apply the principles of Article 5 of the GDPR:" and none, an
/// empty data cell.
#[test]
fn a_list_the_page_states_whole_written_empty_is_refused() {
    assert_fault(
        |s| {
            s.replace(
                "content/breach.toml",
                "monitoring = [\"Kibana\", \"AWS CloudTrail\", \"AWS CloudWatch\"]",
                "monitoring = []",
            )
        },
        "content/breach.toml",
        At::Text {
            anchor: "monitoring = ",
            needle: "[]",
        },
        "`monitoring` lists none",
    );
    assert_fault(
        |s| {
            s.replace(
                "content/integrations.toml",
                "data = [\"identity-contact\"]",
                "data = []",
            )
        },
        "content/integrations.toml",
        At::Text {
            anchor: "data = ",
            needle: "[]",
        },
        "`data` lists none",
    );
    assert_fault(
        |s| {
            let text = s.read("content/principles.toml");
            let at = text.find("applies = [").unwrap();
            let end = at + text[at..].find(']').unwrap() + 1;
            s.write(
                "content/principles.toml",
                &format!("{}applies = []{}", &text[..at], &text[end..]),
            );
        },
        "content/principles.toml",
        At::Text {
            anchor: "applies = ",
            needle: "[]",
        },
        "`applies` lists none",
    );
    assert_fault(
        |s| {
            let text = s.read("content/storage.toml");
            let at = text.find("[[location]]").unwrap();
            s.write(
                "content/storage.toml",
                &format!("{}location = []\n", &text[..at]),
            );
        },
        "content/storage.toml",
        At::Text {
            anchor: "location = ",
            needle: "[]",
        },
        "`location` lists none",
    );
}

/// Who has access, with no group of staff: the page showed a table with no rows, as if no one
/// had access to personal data. A group is required, as a place the data is stored is.
#[test]
fn access_with_no_group_of_staff_is_refused() {
    let without_groups = |s: &Site, rest: &str| {
        let text = s.read("content/access.toml");
        let at = text.find("[[group]]").unwrap();
        s.write("content/access.toml", &format!("{}{rest}", &text[..at]));
    };
    let run = assert_fault(
        |s| without_groups(s, ""),
        "content/access.toml",
        At::Text {
            anchor: "#:schema",
            needle: "#",
        },
        "missing field `group`",
    );
    assert!(
        run.stderr.contains("`[[group]]` table"),
        "no help to add a group:\n{}",
        run.stderr
    );
    assert_fault(
        |s| without_groups(s, "group = []\n"),
        "content/access.toml",
        At::Text {
            anchor: "group = ",
            needle: "[]",
        },
        "`group` lists none",
    );
}

/// qa90: an e-mail address written without `mailto:` was "not an absolute URL", with help that
/// did not say how to write it.
#[test]
fn an_e_mail_address_without_mailto_is_told_how_to_write_it() {
    let run = assert_fault(
        |s| {
            s.replace(
                "content/organisation.toml",
                "contact = \"mailto:privacy@luscii.com\"",
                "contact = \"privacy@luscii.com\"",
            )
        },
        "content/organisation.toml",
        At::Text {
            anchor: "contact = ",
            needle: "\"privacy@luscii.com\"",
        },
        "unsafe or malformed link",
    );
    assert!(
        run.stderr.contains("write `mailto:privacy@luscii.com`"),
        "{}",
        run.stderr
    );
}

/// qa93: the keys of a choice translated (`[ja]`, `*[nein]`) were told one at a time, the
/// default's first, with no word that the keys are not to be translated.
#[test]
fn variant_keys_translated_are_each_told_to_be_kept_as_the_sources() {
    let run = assert_fault(
        |s| {
            s.replace(
                "locales/de/sections.ftl",
                "        [yes] Wenn ein { -customer } einen Export seiner Daten einschließlich",
                "        [ja] Wenn ein { -customer } einen Export seiner Daten einschließlich",
            );
            s.replace(
                "locales/de/sections.ftl",
                "       *[no] Wenn ein { -customer } einen Export seiner Daten anfordert",
                "       *[nein] Wenn ein { -customer } einen Export seiner Daten anfordert",
            );
        },
        "locales/de/sections.ftl",
        At::Text {
            anchor: "exports-body =",
            needle: "ja]",
        },
        "has words of its own for the value ja",
    );
    assert!(
        run.stderr
            .contains("has words of its own for the value nein"),
        "both at once: {}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("the keys in brackets are candor's, not words to translate: keep the source's, `[no]`, `[yes]`"),
        "{}",
        run.stderr
    );
}

/// qa94: an id written with a colon for its `=` (`no: Nein`) was told three times: the syntax
/// error, and as not translated into `de` (and into each region of it).
#[test]
fn an_id_written_with_a_colon_is_told_once() {
    let run = assert_fault(
        |s| s.replace("locales/de/chrome.ftl", "no = Nein", "no: Nein"),
        "locales/de/chrome.ftl",
        At::Text {
            anchor: "no: Nein",
            needle: "no: Nein",
        },
        "Fluent syntax error",
    );
    assert!(
        !run.stderr.contains("`no` is not translated"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_label_id_written_almost_as_one_the_words_have_is_answered_with_it() {
    // `purpose = "video-call"` where the words name `video-calls`: told to add wording for a
    // new purpose, as if it were one (qa117), where a field's typo is answered with the field.
    let site = crate::second_example::copy();
    site.replace(
        "content/subprocessors.toml",
        "purpose = \"video-calls\"",
        "purpose = \"video-call\"",
    );
    let run = candor(&["check", &site.arg()], &[]);
    run.expect_code(1);
    assert!(
        run.stderr
            .contains("no message `subprocessor-purpose-video-call` in locales/en")
            && run.stderr.contains("did you mean `video-calls`"),
        "{}",
        run.stderr
    );
}

/// A storage location's row is anchored `storage-<id>`, beside the section's own anchors: the
/// id `caption` gave the page two `storage-caption`, and links to the location (the change
/// log's, `dpv.jsonld`'s) led to the table's caption (qa127). Refused at the id.
#[test]
fn a_storage_location_id_the_page_uses_is_refused() {
    for taken in ["caption", "h"] {
        let site = Site::example();
        site.replace(
            "content/storage.toml",
            "\n# Where data exports",
            &format!(
                "\n[[location]]\nid = \"{taken}\"\nprovider = \"Hetzner\"\nhosting = \"managed-database\"\n\
                 city = \"Nuremberg\"\ncountry = \"DE\"\ncertifications = [\"ISO 27001\"]\n\
                 special-categories = false\n\n# Where data exports"
            ),
        );
        let run = candor(&["check", &site.arg()], &[]);
        run.expect_code(1);
        assert!(
            run.stderr.contains(&format!(
                "the storage location's id `{taken}` is the page's own"
            )) && run.stderr.contains("content/storage.toml:"),
            "{}",
            run.stderr
        );
    }
}

/// qa156: a theme's `.htaccess` redirect, or a host's settings file (`_redirects`,
/// `_headers`), passed `check` and `build`: deployed, every page, the change log and the
/// history would come from another host, or the Content-Security-Policy be loosened.
#[test]
fn a_theme_that_sends_the_site_elsewhere_or_sets_its_headers_is_refused() {
    for (name, text, said) in [
        (
            ".htaccess",
            "Options -Indexes\nRedirect 301 / https://evil.example/\n",
            "tells the web server to redirect, rewrite or proxy requests",
        ),
        (
            "sub/.htaccess",
            "RewriteEngine On\nRewriteRule ^(.*)$ https://evil.example/$1 [P]\n",
            "tells the web server to redirect, rewrite or proxy requests",
        ),
        (
            ".htaccess",
            "Header set Content-Security-Policy \"default-src *\"\n",
            "tells the web server to redirect, rewrite or proxy requests, or to set the headers pages are served with",
        ),
        (
            "_redirects",
            "/* https://evil.example/:splat 200!\n",
            "is a host's settings",
        ),
        (
            "_headers",
            "/*\n  Content-Security-Policy: default-src *\n",
            "is a host's settings",
        ),
        ("netlify.toml", "[[redirects]]\n", "is a host's settings"),
    ] {
        let path = format!("themes/default/static/{name}");
        let site = Site::example();
        site.write(&path, text);
        let run = candor(&["check", &site.arg()], &[]);
        run.expect_code(1);
        assert!(
            run.stderr.contains(&format!("`{path}` {said}")),
            "{name}: {}",
            run.stderr
        );
    }
    // One that only says what a folder lists is published.
    let site = Site::example();
    site.write("themes/default/static/.htaccess", "Options -Indexes\n");
    site.build(&[]).success();
    assert!(site.public().join(".htaccess").is_file());
}
