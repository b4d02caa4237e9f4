//! The site configuration, `candor.toml` at the site root: which languages, which theme.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

use icu_locale_core::Locale;
use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::{Diagnostic, Diagnostics, SourceFile};

/// Whether `name` may name a theme, a folder of `themes/` (as `theme` in candor.toml and
/// `copy-theme --name` give it): ASCII letters, digits, `-`, `_` and `.`, not first. No path,
/// no hidden folder, and nothing a diagnostic or a file manager would show as other than it is.
pub fn is_theme_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}
use crate::{fs, intl};

/// The file name of the site configuration.
pub const FILE: &str = "candor.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawConfig {
    source_language: Spanned<String>,
    languages: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    theme: Option<Spanned<String>>,
    #[serde(default)]
    date_locale: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    translations: RawTranslations,
    #[serde(default)]
    base_url: Option<Spanned<String>>,
    #[serde(default)]
    subprocessors: RawSubprocessors,
    /// Adequacy decisions besides the ones candor ships, by country code.
    #[serde(default)]
    adequacy: BTreeMap<Spanned<String>, RawDecision>,
    #[serde(default)]
    annex: RawAnnex,
}

/// Whether `name` holds a decision's number as the Official Journal writes it: a year and a
/// number (`2023/1795`, `2000/518/EC`).
fn has_decision_number(name: &str) -> bool {
    name.split(|c: char| !c.is_ascii_digit() && c != '/')
        .any(|run| {
            let mut parts = run.split('/');
            let (Some(a), Some(b)) = (parts.next(), parts.next()) else {
                return false;
            };
            (2..=4).contains(&a.len()) && !b.is_empty()
        })
}

/// `[adequacy.XX]`: an adequacy decision, as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDecision {
    decision: Spanned<String>,
    adopted: Spanned<toml::value::Datetime>,
    scope: crate::transfers::Scope,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawAnnex {
    /// The annex is attached to contracts as Annex III of the standard contractual clauses:
    /// every sub-processor needs the facts Annex III lists.
    #[serde(default)]
    annex_iii: bool,
    /// The annex is attached to contracts as Annex I.B: the processing needs the frequency,
    /// nature and purposes Annex I.B lists.
    #[serde(default)]
    annex_i_b: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawSubprocessors {
    /// Days of notice controllers get before a new sub-processor starts (GDPR Art. 28(2)).
    notice_days: Option<Spanned<NoticeDays>>,
}

/// `notice-days`: from none to [`MAX_NOTICE_DAYS`].
#[derive(Debug, Clone, Copy)]
struct NoticeDays(u32);

impl<'de> Deserialize<'de> for NoticeDays {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::load::raw::deserialize_whole(d)
    }
}

impl crate::load::raw::Whole for NoticeDays {
    const MIN: u32 = 0;
    const MAX: u32 = MAX_NOTICE_DAYS;
    const EXPECTED: &str = "a whole number of days from 0 to 3660 (ten years), such as 30";
    fn new(n: u32) -> NoticeDays {
        NoticeDays(n)
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawTranslations {
    #[serde(default)]
    stale: StalePolicy,
}

/// What a build does with a translation whose source text changed since it was translated.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StalePolicy {
    /// Publish, with a notice in that language at each stale section that the source-language
    /// version prevails until the translation is updated.
    #[default]
    Notice,
    /// Refuse to build.
    Fail,
}

/// A language the site is published in.
#[derive(Debug, Clone)]
pub struct Language {
    /// The tag as configured; also the name of its locale folder and of its output folder.
    pub tag: String,
    /// The tag for Fluent (plural rules).
    pub langid: unic_langid::LanguageIdentifier,
    /// The language as an ICU locale: names it, and everything but dates.
    pub locale: Locale,
    /// The locale whose date format the pages use (`date-locale`); usually `locale`.
    pub formats: Locale,
    /// Where the language is named in `candor.toml`.
    pub span: Range<usize>,
}

#[cfg(test)]
impl Language {
    /// The language `tag` (a well-formed BCP 47 tag), as if configured with nothing else.
    pub fn of_tag(tag: &str) -> Language {
        Language {
            tag: tag.into(),
            langid: tag.parse().expect("a Fluent language id"),
            locale: tag.parse().expect("an ICU locale"),
            formats: tag.parse().expect("an ICU locale"),
            span: 0..0,
        }
    }
}

/// The validated site configuration.
#[derive(Debug)]
pub struct Config {
    pub file: Arc<SourceFile>,
    /// Every published language, in configured order; the source language among them.
    pub languages: Vec<Language>,
    /// Index into `languages` of the language the text is written in first.
    pub source: usize,
    pub theme: String,
    /// Where `theme` is written in the file, if it is.
    pub theme_span: Option<std::ops::Range<usize>>,
    pub stale: StalePolicy,
    /// Configured languages left out of this run (`check --locale`).
    pub set_aside: Vec<String>,
    /// Where the site is published (`https://…`), for absolute links in feeds.
    pub base_url: Option<String>,
    /// Days of notice before a new sub-processor is engaged, if the site promises any.
    pub notice_days: Option<u32>,
    /// The site's own adequacy decisions (`[adequacy]`), besides candor's, by country code.
    pub adequacy: BTreeMap<String, crate::transfers::SiteDecision>,
    /// `[annex] annex-iii = true`: the annex serves as Annex III of the standard contractual
    /// clauses, so each sub-processor needs its address, contact and purpose.
    pub annex_iii: bool,
    /// `[annex] annex-i-b = true`: the annex serves as Annex I.B, so the processing needs its
    /// frequency, operations and purposes.
    pub annex_i_b: bool,
}

impl Config {
    /// Keeps only the source language, `tag` and the languages `tag` inherits from (for
    /// `check --locale`); the caller checks that `tag` is configured.
    pub fn keep_only(&mut self, tag: &str) {
        let source = self.source_language().tag.clone();
        let tags: Vec<String> = self.languages.iter().map(|l| l.tag.clone()).collect();
        let mut keep = vec![source.clone(), tag.to_string()];
        while let Some(parent) = parent_of(
            keep.last().expect("not empty"),
            tags.iter().map(String::as_str),
        ) {
            keep.push(parent.to_string());
        }
        let (kept, set_aside) = std::mem::take(&mut self.languages)
            .into_iter()
            .partition(|l| keep.contains(&l.tag));
        self.languages = kept;
        self.set_aside = set_aside.into_iter().map(|l: Language| l.tag).collect();
        self.source = self
            .languages
            .iter()
            .position(|l| l.tag == source)
            .expect("the source stays");
    }

    /// Is `tag` a configured language (even one set aside by `keep_only`)?
    pub fn is_configured(&self, tag: &str) -> bool {
        self.languages.iter().any(|l| l.tag == tag) || self.set_aside.iter().any(|t| t == tag)
    }

    pub fn source_language(&self) -> &Language {
        &self.languages[self.source]
    }
}

/// The configured language a regional language inherits from: the nearest one its tag extends
/// by dropping subtags from the end (`zh-Hant-HK` → `zh-Hant` → `zh`). Never a sibling region.
pub fn parent_of<'a>(
    tag: &str,
    configured: impl Iterator<Item = &'a str> + Clone,
) -> Option<&'a str> {
    let mut rest = tag;
    while let Some((shorter, _)) = rest.rsplit_once('-') {
        if let Some(found) = configured.clone().find(|t| *t == shorter) {
            return Some(found);
        }
        rest = shorter;
    }
    None
}

/// The largest `candor.toml` candor reads (see [`crate::load::content::MAX_CONTENT_SIZE`]).
pub const MAX_CONFIG_SIZE: usize = 1024 * 1024;

/// Reads and checks `candor.toml`.
pub fn load(root: &Path, diags: &mut Diagnostics) -> Option<Config> {
    let path = root.join(FILE);
    let limit = fs::Limit {
        max: MAX_CONFIG_SIZE as u64,
        kind: "configuration file",
        help: "a site's candor.toml takes a few kilobytes: is this the right file?",
    };
    let file = match fs::read_source(root, &path, super::SEE_INIT, &limit) {
        Ok(f) => f,
        // Missing: perhaps not a site at all. Otherwise the problem's own help stands (a file
        // that is not UTF-8, a link out of the site).
        Err(d) if std::fs::symlink_metadata(&path).is_err() => {
            diags.push(d.with_help(format!(
                "is this a candor site? `candor init DIR` creates one with a `{FILE}`"
            )));
            return None;
        }
        Err(d) => {
            diags.push(d);
            return None;
        }
    };
    let raw: RawConfig = match fs::parse_toml(&file) {
        Ok(r) => r,
        Err(d) => {
            diags.push(d);
            return None;
        }
    };
    let errors_before = diags.error_count();
    let mut languages: Vec<Language> = Vec::new();
    for tag in raw.languages.get_ref() {
        let Some(langid) = parse_tag(&file, tag, diags) else {
            continue;
        };
        if languages.iter().any(|l| l.tag == *tag.get_ref()) {
            diags.push(
                Diagnostic::error(format!("language `{}` is listed twice", tag.get_ref())).at(
                    &file,
                    tag.span(),
                    "duplicate",
                ),
            );
            continue;
        }
        let locale = tag.get_ref().parse::<Locale>().ok();
        let Some(locale) = locale.filter(intl::knows) else {
            // An old code CLDR replaced (`iw` for Hebrew, `in` for Indonesian): its name now.
            let renamed = tag.get_ref().parse::<Locale>().ok().and_then(|mut l| {
                let now = icu_locale::LocaleCanonicalizer::new_extended().canonicalize(&mut l);
                (now == icu_locale::TransformResult::Modified && intl::knows(&l))
                    .then(|| l.to_string())
            });
            let help = match renamed {
                Some(now) => format!(
                    "`{}` is an old code for the language CLDR names `{now}`: write `{now}`, and \
                     name its folder locales/{now}/",
                    tag.get_ref()
                ),
                // Well-formed (a malformed tag is told above), and not in CLDR (qa103: `tlh`
                // was told to be a BCP 47 tag, which it is).
                None => format!(
                    "`{}` is a well-formed tag, but CLDR has no data for it (dates, names, plural \
                     rules), so candor cannot write its pages; choose a language CLDR has, \
                     such as `fr` or `de-CH`",
                    tag.get_ref()
                ),
            };
            diags.push(
                Diagnostic::error(format!("candor has no locale data for `{}`", tag.get_ref()))
                    .at(&file, tag.span(), "not a language CLDR knows")
                    .with_help(help),
            );
            continue;
        };
        languages.push(Language {
            tag: tag.get_ref().clone(),
            langid,
            formats: locale.clone(),
            locale,
            span: tag.span(),
        });
    }
    if raw.languages.get_ref().is_empty() {
        diags.push(Diagnostic::error("no languages configured").at(
            &file,
            raw.languages.span(),
            "list at least one language",
        ));
    }
    for (lang, locale) in &raw.date_locale {
        match languages.iter_mut().find(|l| l.tag == *lang) {
            Some(l) => match locale.get_ref().parse::<Locale>() {
                // A region's format of the same language: its dates are read by its readers.
                Ok(loc) if loc.id.language != l.locale.id.language => diags.push(
                    Diagnostic::error(format!(
                        "`{}` writes dates in another language than `{lang}`",
                        locale.get_ref()
                    ))
                    .at(&file, locale.span(), "another language")
                    .with_help(format!(
                        "give `{language}` or a region of it: `{language}-` and a region code, as \
                         `en-GB` is for English",
                        language = l.locale.id.language
                    )),
                ),
                Ok(loc) if intl::knows(&loc) => l.formats = loc,
                Ok(loc) => {
                    let mut d = Diagnostic::error(format!(
                        "candor has no date format for `{}`",
                        locale.get_ref()
                    ))
                    .at(&file, locale.span(), "not a locale CLDR knows");
                    // A region written as another list writes it (qa83: `en-UK`).
                    if let Some(region) = loc.id.region
                        && let Some(help) = crate::intl::country_code_hint(region.as_str())
                    {
                        d = d.with_help(help);
                    }
                    diags.push(d);
                }
                Err(_) => {
                    let mut d =
                        Diagnostic::error(format!("`{}` is not a locale", locale.get_ref())).at(
                            &file,
                            locale.span(),
                            "expected a BCP 47 tag such as `en-GB`",
                        );
                    if locale.get_ref().contains('_') {
                        d = d.with_help(format!(
                            "a BCP 47 tag joins its parts with hyphens: `{}`",
                            locale.get_ref().replace('_', "-")
                        ));
                    }
                    diags.push(d);
                }
            },
            None => {
                diags.push(
                    Diagnostic::error(format!("`{lang}` is not one of the configured languages"))
                        .at(&file, locale.span(), "this language is not in `languages`"),
                )
            }
        }
    }
    let source = languages
        .iter()
        .position(|l| l.tag == *raw.source_language.get_ref());
    if source.is_none() && diags.error_count() == errors_before {
        diags.push(
            Diagnostic::error(format!(
                "the source language `{}` is not one of the configured languages",
                raw.source_language.get_ref()
            ))
            .at(&file, raw.source_language.span(), "add it to `languages`"),
        );
    }
    if let Some(base) = &raw.base_url {
        // Every absolute link of the site starts with it: no user or password, no query, no
        // fragment, which would end up in the middle of each link.
        let text = base.get_ref();
        let why = if text.starts_with("https://") {
            crate::model::Link::parse(text)
                .and_then(|_| crate::model::Link::as_written(text))
                .err()
                .or_else(|| {
                    let url = url::Url::parse(text).ok()?;
                    (url.query().is_some() || url.fragment().is_some())
                        .then_some("the address of a folder has no `?…` or `#…` part")
                })
        } else {
            Some("it starts with something else")
        };
        if let Some(why) = why {
            diags.push(
                Diagnostic::error(format!("`base-url` must be an https:// address: {why}")).at(
                    &file,
                    base.span(),
                    "such as \"https://privacy.example.com\"",
                ),
            );
        }
    }
    let mut adequacy = BTreeMap::new();
    for (code, decision) in raw.adequacy {
        // A name left unfinished (`candor init`'s example, `(EU) 2026/…`) or without the
        // decision's number (`2026/XXX`, a placeholder, nothing: qa152) names no decision a
        // reader could look up, and a transfer would rest on it.
        let name = decision.decision.get_ref();
        if name.contains(['…', '⋯']) || name.contains("..") || !has_decision_number(name) {
            diags.push(
                Diagnostic::error(format!(
                    "`[adequacy.{}]` names its decision unfinished: `{name}`",
                    code.get_ref()
                ))
                .at(&file, decision.decision.span(), "words left out")
                .with_help(
                    "name the decision in full, with its number, as the Official Journal of \
                     the EU does, such as \"Commission Implementing Decision (EU) 2023/1795\"",
                ),
            );
        }
        let adopted = decision.adopted.get_ref();
        match fs::civil_date(adopted) {
            Some(day) => {
                adequacy.insert(
                    code.get_ref().clone(),
                    crate::transfers::SiteDecision {
                        decision: decision.decision.into_inner(),
                        adopted: day,
                        scope: decision.scope,
                        span: code.span(),
                    },
                );
            }
            None => diags.push(
                Diagnostic::error(format!(
                    "`adopted = {adopted}` of `[adequacy.{}]` is not a day",
                    code.get_ref()
                ))
                .at(
                    &file,
                    decision.adopted.span(),
                    if adopted.date.is_some() && adopted.time.is_none() {
                        "no such day in the calendar"
                    } else {
                        "a date without a time"
                    },
                )
                .with_help("give the day the decision was adopted, such as 2027-03-01"),
            ),
        }
        let problem = if !crate::intl::is_country(code.get_ref()) {
            Some("not an ISO 3166-1 alpha-2 country code, such as \"BR\"")
        } else if crate::transfers::EEA.contains(&code.get_ref().as_str()) {
            Some("in the EEA: data going there is no transfer")
        } else {
            None
        };
        if let Some(problem) = problem {
            let mut d = Diagnostic::error(format!(
                "`[adequacy.{}]` names no country outside the EEA",
                code.get_ref()
            ))
            .at(&file, code.span(), problem);
            // Not a country code: perhaps one of another list (an EEA country's is one).
            if !crate::intl::is_country(code.get_ref())
                && let Some(help) = crate::intl::country_code_hint(code.get_ref())
            {
                d = d.with_help(help);
            }
            diags.push(d);
        } else if let Some(shipped) = crate::transfers::shipped().get(code.get_ref()) {
            // The United States only for certified recipients, Canada only for commercial
            // organisations: a site's own decision would widen what candor's says.
            diags.push(
                Diagnostic::error(format!(
                    "`[adequacy.{}]`: candor ships the adequacy decision for {} ({}, adopted {})",
                    code.get_ref(),
                    code.get_ref(),
                    shipped.decision,
                    shipped.adopted
                ))
                .at(&file, code.span(), "a decision candor knows")
                .with_help("remove it: candor's decision, with whom it covers, applies"),
            );
        }
    }
    let theme = match &raw.theme {
        Some(t) if !is_theme_name(t.get_ref()) => {
            diags.push(
                Diagnostic::error(format!(
                    "invalid theme name `{}`",
                    crate::text::visible_name(t.get_ref())
                ))
                .at(&file, t.span(), "a folder name under themes/")
                .with_help(
                    "name a folder of themes/ in letters, digits, `-`, `_` and `.` (not first), \
                     such as `theme = \"house-style\"`",
                ),
            );
            return None;
        }
        Some(t) => t.get_ref().clone(),
        None => "default".into(),
    };
    (diags.error_count() == errors_before).then(|| Config {
        file,
        languages,
        source: source.expect("checked above"),
        theme,
        theme_span: raw.theme.as_ref().map(|t| t.span()),
        stale: raw.translations.stale,
        set_aside: Vec::new(),
        base_url: raw.base_url.map(|b| b.into_inner()),
        notice_days: raw.subprocessors.notice_days.map(|d| d.into_inner().0),
        adequacy,
        annex_iii: raw.annex.annex_iii,
        annex_i_b: raw.annex.annex_i_b,
    })
}

/// The longest notice period `notice-days` may promise: ten years, so that a publication's
/// day plus its notice is always a date. A change may be announced as far ahead, no further.
pub const MAX_NOTICE_DAYS: u32 = 3660;

fn parse_tag(
    file: &Arc<SourceFile>,
    tag: &Spanned<String>,
    diags: &mut Diagnostics,
) -> Option<unic_langid::LanguageIdentifier> {
    match tag.get_ref().parse::<unic_langid::LanguageIdentifier>() {
        Ok(id) if id.to_string() == *tag.get_ref() => Some(id),
        Ok(id) => {
            diags.push(
                Diagnostic::error(format!(
                    "write the language tag `{}` in its canonical form",
                    tag.get_ref()
                ))
                .at(file, tag.span(), format!("expected `{id}`")),
            );
            None
        }
        Err(_) => {
            diags.push(
                Diagnostic::error(format!(
                    "`{}` is not a language tag",
                    crate::text::visible(tag.get_ref())
                ))
                .at(
                    file,
                    tag.span(),
                    "expected a BCP 47 tag such as `de` or `de-CH`",
                )
                .with_help(
                    "write the language's tag, as its folder under locales/ is named: a language \
                     (`de`), and a region where it differs (`de-CH`)",
                ),
            );
            None
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_decision_is_named_with_its_number() {
        for name in [
            "Commission Implementing Decision (EU) 2023/1795",
            "Commission Decision 2000/518/EC",
            "Commission Decision 2002/2/EC",
        ] {
            assert!(super::has_decision_number(name), "{name}");
        }
        for name in [
            "",
            "D",
            "2026/XXX",
            "<placeholder: a decision>",
            "Decision 7/",
        ] {
            assert!(!super::has_decision_number(name), "{name}");
        }
    }
}
