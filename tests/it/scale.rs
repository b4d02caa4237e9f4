//! Every CLDR locale a synthetic site uses (`candor::synth::LOCALES`, over 300) gets its own
//! dates, language name and text direction from CLDR, on a page that lists every row.

use crate::common;

use candor::synth::LOCALES;
use common::{Site, candor};

/// Dates written down independently of ICU4X, from CLDR's charts, for 2026-01-01.
const KNOWN_DATES: &[(&str, &str)] = &[
    ("en", "January 1, 2026"),
    ("en-GB", "1 January 2026"),
    ("en-IE", "1 January 2026"),
    ("de", "1. Januar 2026"),
    ("de-CH", "1. Januar 2026"),
    // CLDR's pattern gives the number; French writes the first of a month as an ordinal.
    ("fr", "1er janvier 2026"),
    ("es", "1 de enero de 2026"),
    ("pl", "1 stycznia 2026"),
    ("hu", "2026. január 1."),
    ("ja", "2026年1月1日"),
    ("zh", "2026年1月1日"),
    ("ko", "2026년 1월 1일"),
];

/// Known names of languages in themselves.
const KNOWN_NAMES: &[(&str, &str)] = &[
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("ja", "日本語"),
    ("ar", "العربية"),
    ("ka", "ქართული"),
    ("de-CH", "Schweizer Hochdeutsch"),
];

#[test]
fn every_synthetic_locale_gets_its_own_cldr_dates_and_names() {
    let site = Site::synthetic(LOCALES.len(), 3);
    candor(
        &["build", &site.arg()],
        &[("SOURCE_DATE_EPOCH", "1767225600")],
    )
    .success();

    let menu = site.page("en");
    let names: Vec<(String, String)> = menu
        .all("nav.languages a")
        .into_iter()
        .map(|a| {
            let tag = a.attr("hreflang").expect("hreflang").to_string();
            (tag, common::text(a))
        })
        .collect();
    assert_eq!(names.len(), LOCALES.len(), "every language in the menu");

    let root_date =
        candor::intl::long_date(&"und".parse().unwrap(), jiff::civil::date(2026, 1, 1)).unwrap();
    for tag in LOCALES {
        let page = site.page(tag);
        assert_eq!(page.html_lang(), *tag);
        let locale: icu_locale_core::Locale = tag.parse().unwrap();
        let expected = candor::intl::long_date(&locale, jiff::civil::date(2026, 1, 1)).unwrap();
        assert_ne!(expected, root_date, "{tag} would have root's date format");
        // Page text is read with its spaces (CLDR's no-break ones too) made plain.
        let expected = expected.split_whitespace().collect::<Vec<_>>().join(" ");
        common::assert_stamp(&page, "2026-01-01", &expected);
        assert_eq!(
            page.one("html").attr("dir"),
            Some(if candor::intl::is_rtl(&locale) {
                "rtl"
            } else {
                "ltr"
            }),
            "{tag}"
        );
        assert_eq!(page.all("table.subprocessors tbody tr").len(), 3, "{tag}");

        let (_, name) = names.iter().find(|(t, _)| t == tag).expect("in the menu");
        assert!(
            !name.eq_ignore_ascii_case(tag)
                && !name.eq_ignore_ascii_case(locale.id.language.as_str()),
            "{tag} is named by its code: {name}"
        );
    }
    for (tag, date) in KNOWN_DATES {
        common::assert_stamp(&site.page(tag), "2026-01-01", date);
    }
    for (tag, name) in KNOWN_NAMES {
        let (_, shown) = names.iter().find(|(t, _)| t == tag).expect("in the menu");
        assert_eq!(shown, name, "{tag}");
    }
}

/// A warning about many sub-processors names the first few and counts the rest: at 1,000 it
/// was 200 lines of names, which hid every other message.
#[test]
fn a_warning_about_many_subprocessors_names_a_few_and_counts_the_rest() {
    let site = Site::synthetic(1, 40);
    let run = candor(&["check", &site.arg()], &[]);
    run.success();
    let warning = run
        .stderr
        .lines()
        .skip_while(|l| !l.contains("40 sub-processors say whether data leaves the EEA"))
        .take_while(|l| !l.contains("╭─["))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(!warning.is_empty(), "{}", run.stderr);
    let names = site.read("content/subprocessors.toml");
    let names: Vec<&str> = names
        .lines()
        .filter_map(|l| l.strip_prefix("name = \"")?.strip_suffix('"'))
        .collect();
    assert_eq!(names.len(), 40);
    let flat = warning.replace(" │ ", " ").replace("  ", " ");
    for name in &names[..20] {
        let first_word = name.split(' ').next().unwrap();
        assert!(flat.contains(first_word), "{name} is named: {flat}");
    }
    assert!(flat.contains("and 20 more"), "{flat}");
    assert!(
        !flat.contains(&names[20][names[20].len() - 8..]),
        "the twenty-first is not named: {flat}"
    );
}
