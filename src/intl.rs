//! Locale data from CLDR through ICU4X: dates in each language's long format, country names and
//! language names. Translators never type these.

use icu_calendar::Gregorian;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_datetime::input::Date;
use icu_locale::names::{
    LanguageIdentifierDisplayName, LanguageIdentifierDisplayNameOptions, RegionDisplayName,
};
use icu_locale_core::{Locale, locale, subtags::Region};

/// Codes that CLDR names but that are not countries.
const NOT_COUNTRIES: &[&str] = &["EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"];

/// Is `code` an ISO 3166-1 alpha-2 country code that CLDR can name?
pub fn is_country(code: &str) -> bool {
    code.len() == 2
        && code.bytes().all(|b| b.is_ascii_uppercase())
        && !NOT_COUNTRIES.contains(&code)
        && country_name(&locale!("en"), code).is_some()
}

/// How to write `written`, not a country code, as one, where it reads as one of another list
/// or another form (qa81, qa82): "UK" and "EL" as EU documents write the United Kingdom and
/// Greece, a lower-case code, three letters.
pub fn country_code_hint(written: &str) -> Option<String> {
    let upper = written.to_uppercase();
    match upper.as_str() {
        "UK" => Some("the United Kingdom's ISO code is \"GB\" (\"UK\" is reserved)".into()),
        "EL" => Some("Greece's ISO code is \"GR\" (the EU writes \"EL\")".into()),
        _ if is_country(&upper) => Some(format!("country codes are upper case: \"{upper}\"")),
        _ if upper.len() == 3 && upper.bytes().all(|b| b.is_ascii_alphabetic()) => Some(
            "country codes have two letters (ISO 3166-1 alpha-2), such as \"CH\" for \
             Switzerland where ISO 3166-1 alpha-3 writes \"CHE\""
                .into(),
        ),
        // A country's name in English (qa90: `["France"]`), or a common other name of it
        // (qa94: "the Netherlands", "Turkey"; "USA", of three letters, is told above).
        _ => {
            let name = written.trim();
            let name = name
                .strip_prefix("the ")
                .or_else(|| name.strip_prefix("The "))
                .unwrap_or(name);
            let alias = [
                ("united states of america", "US"),
                ("america", "US"),
                ("great britain", "GB"),
                ("britain", "GB"),
                ("england", "GB"),
                ("holland", "NL"),
                ("turkey", "TR"),
                ("czech republic", "CZ"),
                ("korea", "KR"),
                ("republic of korea", "KR"),
                ("russian federation", "RU"),
            ]
            .iter()
            .find(|(other, _)| *other == name.to_lowercase());
            if let Some((_, code)) = alias {
                return country_name(&locale!("en"), code)
                    .map(|english| format!("the ISO code of {english} is \"{code}\""));
            }
            let written = name;
            let letters = b'A'..=b'Z';
            let codes = letters.clone().flat_map(|a| {
                letters
                    .clone()
                    .map(move |b| String::from_utf8_lossy(&[a, b]).into_owned())
            });
            codes
                .filter(|code| !NOT_COUNTRIES.contains(&code.as_str()))
                .find_map(|code| {
                    let name = country_name(&locale!("en"), &code)?;
                    (name.to_lowercase() == written.trim().to_lowercase())
                        .then(|| format!("the ISO code of {name} is \"{code}\""))
                })
        }
    }
}

/// The name of a country in `locale`, e.g. `DE` in `nl` is "Duitsland".
pub fn country_name(locale: &Locale, code: &str) -> Option<String> {
    let region = Region::try_from_str(code).ok()?;
    RegionDisplayName::try_new_light(locale.into(), region)
        .ok()
        .map(|n| n.to_string())
}

/// A number of a message as its language writes it, in its digits and with its grouping:
/// Fluent alone writes Western digits without grouping in every language, beside dates in the
/// language's own digits (Persian: "۳۰ نوامبر ۲۰۲۶" above "24 ساعت"). Each bundle's formatter
/// ([`fluent_bundle::bundle::FluentBundle::set_formatter`]); `None` leaves the value to Fluent:
/// anything but a number given without options (candor's messages give none).
pub fn fluent_number(
    value: &fluent_bundle::FluentValue,
    memo: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let fluent_bundle::FluentValue::Number(number) = value else {
        return None;
    };
    if number.options != fluent_bundle::types::FluentNumberOptions::default() {
        return None;
    }
    // Its shortest decimal form, as Fluent would write it (`1.5`, `24`).
    let decimal: icu_decimal::input::Decimal = number.value.to_string().parse().ok()?;
    memo.with_try_get::<Digits, _, _>((), |digits| digits.0.format(&decimal).to_string())
        .ok()
}

/// The CSS counter style writing numbers in the digits `locale` writes them in (`decimal`,
/// `persian`, `devanagari`…), for what only CSS can count: a printed page's number.
pub fn counter_style(locale: &Locale) -> &'static str {
    let zero = icu_decimal::DecimalFormatter::try_new(locale.into(), Default::default())
        .ok()
        .and_then(|f| {
            f.format(&icu_decimal::input::Decimal::from(0))
                .to_string()
                .chars()
                .next()
        });
    // The predefined counter styles of CSS Counter Styles 3 that are decimal digits, by zero.
    match zero {
        Some('\u{660}') => "arabic-indic",
        Some('\u{6F0}') => "persian",
        Some('\u{966}') => "devanagari",
        Some('\u{9E6}') => "bengali",
        Some('\u{A66}') => "gurmukhi",
        Some('\u{AE6}') => "gujarati",
        Some('\u{B66}') => "oriya",
        Some('\u{BE6}') => "tamil",
        Some('\u{C66}') => "telugu",
        Some('\u{CE6}') => "kannada",
        Some('\u{D66}') => "malayalam",
        Some('\u{E50}') => "thai",
        Some('\u{ED0}') => "lao",
        Some('\u{F20}') => "tibetan",
        Some('\u{1040}') => "myanmar",
        Some('\u{17E0}') => "khmer",
        Some('\u{1810}') => "mongolian",
        _ => "decimal",
    }
}

/// The number formatter of a bundle's language ([`fluent_number`]), made once per bundle.
struct Digits(icu_decimal::DecimalFormatter);

impl intl_memoizer::Memoizable for Digits {
    type Args = ();
    type Error = ();

    fn construct(lang: unic_langid::LanguageIdentifier, _: ()) -> Result<Self, ()> {
        let locale: Locale = lang.to_string().parse().map_err(|_| ())?;
        icu_decimal::DecimalFormatter::try_new((&locale).into(), Default::default())
            .map(Digits)
            .map_err(|_| ())
    }
}

/// `items` as a list in the language of `locale`, the way CLDR joins one ("Germany and Ireland",
/// "Allemagne et Irlande", "ألمانيا وأيرلندا"), rather than with a comma and space every
/// language would have to accept.
pub fn and_list<S: AsRef<str>>(locale: &Locale, items: &[S]) -> String {
    use icu_list::{ListFormatter, options::ListFormatterOptions};
    match ListFormatter::try_new_and(locale.into(), ListFormatterOptions::default()) {
        Ok(formatter) => formatter
            .format(items.iter().map(|i| i.as_ref()))
            .to_string(),
        // The compiled data has list patterns for every locale, down to root's.
        Err(_) => items
            .iter()
            .map(|i| i.as_ref())
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// A language's name in that language, capitalised for a menu: "Deutsch", "Nederlands".
pub fn own_name(locale: &Locale) -> Option<String> {
    let id = locale.id.clone();
    let name = LanguageIdentifierDisplayName::try_new_light(
        locale.into(),
        id,
        LanguageIdentifierDisplayNameOptions::default(),
    )
    .ok()?;
    let name = name.as_borrowed().to_string();
    let mut chars = name.chars();
    let first = chars.next()?;
    // Scripts without capitals map to themselves; Georgian has capitals (Mtavruli) that are
    // never used to begin a word, so its names stay as CLDR writes them.
    if ('\u{10D0}'..='\u{10FF}').contains(&first) {
        return Some(name);
    }
    Some(first.to_uppercase().chain(chars).collect())
}

/// Does ICU4X's CLDR data know `locale`: its language's month names, its own name and the names
/// of countries? Without them, dates would silently take the root locale's form ("2025 M10
/// 30"), the language menu would show the bare code and a page could not say where data is.
pub fn knows(locale: &Locale) -> bool {
    use icu_datetime::provider::names::DatetimeNamesMonthGregorianV1;
    use icu_provider::prelude::*;
    let wide = DataMarkerAttributes::from_str_or_panic("5");
    let data_locale = DataLocale::from(locale);
    let request = DataRequest {
        id: DataIdentifierBorrowed::for_marker_attributes_and_locale(wide, &data_locale),
        ..Default::default()
    };
    let months: Result<DataResponse<DatetimeNamesMonthGregorianV1>, _> =
        icu_datetime::provider::Baked.load(request);
    let dates = months.is_ok_and(|r| {
        r.metadata
            .locale
            .is_none_or(|used| !used.language.is_unknown())
    });
    let region = locale
        .id
        .region
        .is_none_or(|r| country_name(&locale!("en"), r.as_str()).is_some());
    let named =
        own_name(locale).is_some_and(|n| !n.eq_ignore_ascii_case(locale.id.language.as_str()));
    // Pages name the countries data is stored in; some languages have no country names.
    let countries = country_name(locale, "DE").is_some();
    dates && region && named && countries
}

/// Is the language written right to left (Arabic, Hebrew, ...)?
pub fn is_rtl(locale: &Locale) -> bool {
    icu_locale::LocaleDirectionality::new_common().is_right_to_left(&locale.id)
}

/// A publication date in the long Gregorian format of `locale`: "30 October 2025" (en-GB),
/// "30. Oktober 2025" (de), "30 oktober 2025" (nl). French writes the first of a month as an
/// ordinal, "1er février 2027", which CLDR's pattern (a day's number) leaves to the writer.
pub fn long_date(locale: &Locale, date: jiff::civil::Date) -> Result<String, String> {
    let formatter =
        FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale.into(), YMD::long())
            .map_err(|e| format!("no date format for `{locale}`: {e}"))?;
    let day = date.day();
    let date = Date::try_new_gregorian(date.year().into(), date.month() as u8, day as u8)
        .map_err(|e| format!("invalid date {date}: {e}"))?;
    let text = formatter.format(&date).to_string();
    let french = locale.id.language == icu_locale::subtags::language!("fr");
    Ok(match text.strip_prefix("1 ") {
        Some(rest) if french && day == 1 => format!("1er {rest}"),
        _ => text,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_countrys_name_is_told_as_its_code() {
        let hint = |written: &str| super::country_code_hint(written).unwrap_or_default();
        assert_eq!(hint("France"), "the ISO code of France is \"FR\"");
        assert_eq!(hint(" germany "), "the ISO code of Germany is \"DE\"");
        assert_eq!(
            hint("the Netherlands"),
            "the ISO code of Netherlands is \"NL\""
        );
        assert_eq!(hint("Turkey"), "the ISO code of Türkiye is \"TR\"");
        assert_eq!(hint("Czech Republic"), "the ISO code of Czechia is \"CZ\"");
        assert_eq!(hint("Narnia"), "");
    }

    use super::*;

    #[test]
    fn a_printed_page_is_counted_in_the_digits_the_language_writes() {
        let style = |tag: &str| counter_style(&tag.parse().unwrap());
        assert_eq!(style("en"), "decimal");
        assert_eq!(style("fa"), "persian");
        assert_eq!(style("mr"), "devanagari");
        assert_eq!(style("bn"), "bengali");
        // As its dates are: CLDR gives Arabic Western digits.
        assert_eq!(style("ar"), "decimal");
    }

    #[test]
    fn numbers_in_messages_are_written_in_the_digits_of_the_languages_dates() {
        let say = |tag: &str, n: f64| {
            let mut bundle =
                fluent_bundle::concurrent::FluentBundle::new_concurrent(vec![tag.parse().unwrap()]);
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(fluent_number));
            let resource =
                fluent_bundle::FluentResource::try_new("n = { $n }".to_string()).unwrap();
            bundle.add_resource(resource).unwrap();
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("n", n);
            let pattern = bundle.get_message("n").unwrap().value().unwrap();
            let mut errors = Vec::new();
            bundle
                .format_pattern(pattern, Some(&args), &mut errors)
                .into_owned()
        };
        let date = jiff::civil::date(2026, 11, 30);
        // Persian writes both in its own digits; Arabic, as CLDR has it, both in Western ones.
        assert_eq!(say("fa", 24.0), "۲۴");
        assert!(
            long_date(&"fa".parse().unwrap(), date)
                .unwrap()
                .contains("۳۰")
        );
        assert_eq!(say("ar", 24.0), "24");
        assert!(
            long_date(&"ar".parse().unwrap(), date)
                .unwrap()
                .contains("30")
        );
        // Grouped as each language groups.
        assert_eq!(say("en", 1000.0), "1,000");
        assert_eq!(say("de", 1000.0), "1.000");
        assert_eq!(say("en", 15.0), "15");
        assert_eq!(say("de", 1.5), "1,5");
    }

    #[test]
    fn dates_follow_each_language() {
        let d = jiff::civil::date(2025, 10, 30);
        assert_eq!(
            long_date(&"en-GB".parse().unwrap(), d).unwrap(),
            "30 October 2025"
        );
        assert_eq!(
            long_date(&"de".parse().unwrap(), d).unwrap(),
            "30. Oktober 2025"
        );
        assert_eq!(
            long_date(&"nl".parse().unwrap(), d).unwrap(),
            "30 oktober 2025"
        );
    }

    #[test]
    fn french_writes_the_first_of_the_month_as_an_ordinal() {
        let first = jiff::civil::date(2027, 2, 1);
        for tag in ["fr", "fr-CA", "fr-CH"] {
            assert_eq!(
                long_date(&tag.parse().unwrap(), first).unwrap(),
                "1er février 2027",
                "{tag}"
            );
        }
        let second = jiff::civil::date(2027, 2, 2);
        assert_eq!(
            long_date(&"fr".parse().unwrap(), second).unwrap(),
            "2 février 2027"
        );
        assert_eq!(
            long_date(&"en-GB".parse().unwrap(), first).unwrap(),
            "1 February 2027"
        );
    }

    #[test]
    fn only_locales_with_cldr_data_are_known() {
        for tag in ["en", "en-IE", "de-CH", "es-419", "zh-Hant", "sr-Latn", "ka"] {
            assert!(knows(&tag.parse().unwrap()), "{tag}");
        }
        // `gsw`, `ff` and `tok` are real languages that ICU4X's compiled data leaves out.
        // `bho` and `rw` have dates but no country names.
        for tag in ["xx", "gsw", "ff", "tok", "en-XX", "de-QQ", "bho", "rw"] {
            assert!(!knows(&tag.parse().unwrap()), "{tag}");
        }
        assert_eq!(own_name(&locale!("ka")).as_deref(), Some("ქართული"));
    }

    #[test]
    fn countries_and_languages_come_from_cldr() {
        assert_eq!(
            country_name(&locale!("de"), "DE").as_deref(),
            Some("Deutschland")
        );
        assert_eq!(
            country_name(&locale!("nl"), "DE").as_deref(),
            Some("Duitsland")
        );
        assert!(is_country("DE") && is_country("US"));
        for bad in ["de", "Germany", "ZZ", "EU", "QQ", "UK", "D"] {
            assert!(!is_country(bad), "{bad}");
        }
        assert_eq!(own_name(&locale!("de")).as_deref(), Some("Deutsch"));
        assert_eq!(own_name(&locale!("nl")).as_deref(), Some("Nederlands"));
        assert_eq!(own_name(&locale!("fr")).as_deref(), Some("Français"));
    }
}
