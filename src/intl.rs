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

/// The name of a country in `locale`, e.g. `DE` in `nl` is "Duitsland".
pub fn country_name(locale: &Locale, code: &str) -> Option<String> {
    let region = Region::try_from_str(code).ok()?;
    RegionDisplayName::try_new_light(locale.into(), region)
        .ok()
        .map(|n| n.to_string())
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
    Some(first.to_uppercase().chain(chars).collect())
}

/// Is the language written right to left (Arabic, Hebrew, ...)?
pub fn is_rtl(locale: &Locale) -> bool {
    icu_locale::LocaleDirectionality::new_common().is_right_to_left(&locale.id)
}

/// A publication date in the long Gregorian format of `locale`: "30 October 2025" (en-GB),
/// "30. Oktober 2025" (de), "30 oktober 2025" (nl).
pub fn long_date(locale: &Locale, date: jiff::civil::Date) -> Result<String, String> {
    let formatter =
        FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale.into(), YMD::long())
            .map_err(|e| format!("no date format for `{locale}`: {e}"))?;
    let date = Date::try_new_gregorian(date.year().into(), date.month() as u8, date.day() as u8)
        .map_err(|e| format!("invalid date {date}: {e}"))?;
    Ok(formatter.format(&date).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

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
