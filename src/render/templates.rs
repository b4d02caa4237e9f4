//! The template engine: one Tera instance holding the theme's templates, with candor's filter
//! (`host`) and the functions templates call to speak the page's language (`t`, `md`,
//! `stale`, `has`, `country`, `long_date`; `t`, `md` and `long_date` speak another configured
//! language where their `language` argument names it).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Mutex};

use fluent_bundle::{FluentArgs, FluentValue};
use tera::{Kwargs, State, Tera, Value};

use super::errors::template_diagnostic;
use super::{copied, markdown};
use crate::diagnostic::Diagnostics;
use crate::intl;
use crate::load::locales::{Locale, Locales};
use crate::load::theme::Theme;
use crate::sections;

/// The context variable that holds the position (in configured order) of the language a page
/// is in: the functions speak that language.
pub(super) const PAGE_LANGUAGE: &str = "page_language";

/// The context variable that holds which organisation a page names ([`Shared::organisations`]):
/// `0`, today's, or the one an archived publication named.
pub(super) const PAGE_ORGANISATION: &str = "page_organisation";

/// The context variable of an archived copy that lists the messages its page marked stale on
/// its day: `stale()` answers from it there, and from today's translations everywhere else.
pub(super) const ARCHIVED_STALE: &str = "archived_stale";

/// The context variable of an archived copy that holds which publication it is a copy of (its
/// place in the history): `has()` answers from the source text that publication recorded.
pub(super) const PUBLICATION: &str = "page_publication";

/// Which of [`Shared::organisations`] the page names, from its context.
fn page_organisation(shared: &Shared, state: &State) -> tera::TeraResult<usize> {
    state
        .get::<usize>(PAGE_ORGANISATION)?
        .filter(|&i| i < shared.organisations.len())
        .ok_or_else(|| tera::Error::message("a page function was called outside a page"))
}

/// The page's language, from its context.
fn page_language(state: &State) -> tera::TeraResult<usize> {
    state
        .get::<usize>(PAGE_LANGUAGE)?
        .ok_or_else(|| tera::Error::message("a page function was called outside a page"))
}

/// The language a function speaks: the one its `language` argument names (a configured tag, for
/// a page that speaks several, such as the language list), or else the page's.
fn language_of(shared: &Shared, kw: &Kwargs, state: &State) -> tera::TeraResult<usize> {
    match kw.get::<&str>(LANGUAGE)? {
        None => page_language(state),
        Some(tag) => shared
            .locales
            .position(tag)
            .ok_or_else(|| tera::Error::message(format!("`{tag}` is not a language of the site"))),
    }
}

/// The argument of `t`, `md` and `long_date` that names the language to speak, where it is not
/// the page's.
const LANGUAGE: &str = "language";

/// The arguments of `t` and `md` that are not the message's.
fn is_call_argument(name: &str) -> bool {
    crate::messages::CALL_ARGUMENTS.contains(&name)
}

/// What the template functions need: the words of every language and the facts every message
/// may use.
pub(super) struct Shared {
    pub(super) locales: Arc<Locales>,
    pub(super) stale: HashMap<String, BTreeSet<String>>,
    /// For each language, the messages its words copy from the source, not translated yet
    /// ([`super::Input::untranslated`]): shown in the source's language (`lang`).
    pub(super) untranslated: HashMap<String, BTreeSet<String>>,
    /// The same of each of [`Shared::archived_words`], as the publication's pages showed them.
    pub(super) archived_untranslated: Vec<BTreeSet<String>>,
    /// For each page position, the messages that show a term or a message copied from the
    /// source ([`Shared::with_copied`]).
    pub(super) showing_copied: Vec<BTreeSet<String>>,
    pub(super) missing: super::Missing,
    /// The variables every message gets (`$org`, `$privacy-policy`, `$contact`), as each
    /// page names them ([`PAGE_ORGANISATION`]): today's first, then each different one an
    /// archived publication named, so that the archive says what was published.
    pub(super) organisations: Vec<Globals>,
    /// The source language's words as each publication recorded them, in the order of the
    /// history: the archive's pages in the source language speak them. Their page positions
    /// follow the languages' ([`Shared::locale`]).
    pub(super) archived_words: Vec<Locale>,
    /// The source text each publication recorded, in the order of the history: which optional
    /// messages existed on its day (`has()`). The last is the publication the pages that are not
    /// archived copies show.
    pub(super) recorded_sources: Vec<Arc<BTreeMap<String, String>>>,
    /// For each page position (the languages, then [`Shared::archived_words`]) and [`Mode`],
    /// the messages already formatted without arguments of their own: the same on every page
    /// and in every table row.
    pub(super) constant: Vec<[Mutex<HashMap<String, Value>>; 3]>,
}

/// The facts every message may use ([`crate::messages::GLOBAL_VARIABLES`]).
#[derive(Clone, PartialEq)]
pub(super) struct Globals(pub(super) [(&'static str, String); 3]);

impl Globals {
    pub(super) fn of(organisation: &crate::model::Organisation) -> Globals {
        let [org, privacy_policy, contact] = crate::messages::GLOBAL_VARIABLES;
        Globals([
            (org, organisation.name.clone()),
            (
                privacy_policy,
                organisation.privacy_policy.as_str().to_string(),
            ),
            (contact, organisation.contact.as_str().to_string()),
        ])
    }
}

impl Shared {
    /// The messages copied from the source, not translated yet, of the page at `position` in
    /// `locale` ([`Shared::untranslated`], [`Shared::archived_untranslated`]).
    pub(super) fn copied(&self, position: usize, locale: &Locale) -> Option<&BTreeSet<String>> {
        match position.checked_sub(self.locales.locales.len()) {
            Some(k) => self.archived_untranslated.get(k),
            None => self.untranslated.get(&locale.language.tag),
        }
    }

    /// [`Shared::showing_copied`] made: for each page position, the messages of its words (a
    /// region's and its parent's) that use one of its terms or messages copied from the source
    /// (qa135: `{ storage-caption }` copied, in a translated sentence), or one it lacks, whose
    /// words the source's files give where a preview or a review shows them (qa143: a German
    /// sentence with the English `-customers` in it). Such a message is translated, what it
    /// uses not: its page says parts are not translated yet, without marking the message's
    /// own words as the source's.
    pub(super) fn with_copied(mut self) -> Shared {
        let languages = self.locales.locales.len();
        let source = self.locales.source();
        self.showing_copied = (0..languages + self.archived_words.len())
            .map(|position| {
                let locale = self.locale(position);
                let mut copied = self.copied(position, locale).cloned().unwrap_or_default();
                if position < languages && position != self.locales.source {
                    copied.extend(locale.lacking(source));
                }
                if copied.is_empty() {
                    return copied;
                }
                let mut users = locale.users_of_any(&copied);
                let parent = (locale.parent.as_ref()).and_then(|p| self.locales.get(&p.tag));
                users.extend(parent.map(|p| p.users_of_any(&copied)).unwrap_or_default());
                users
            })
            .collect();
        self
    }

    /// Whether message `key` on the page at `position` uses a term or a message copied from
    /// the source.
    fn shows_copied(&self, position: usize, key: &str) -> bool {
        self.showing_copied
            .get(position)
            .is_some_and(|users| users.contains(key))
    }

    /// Of message `key` in `locale`, copied from the source and not translated yet
    /// ([`super::Input::untranslated`]): whether the source is written right to left, where the
    /// two are written in opposite directions (`None` where they are not); `None` where it is
    /// not such a message.
    fn copied_from_source(
        &self,
        position: usize,
        locale: &Locale,
        key: &str,
    ) -> Option<Option<bool>> {
        // An archived copy's as its publication's pages showed them; a page's as today's are.
        let copied = self.copied(position, locale)?.contains(key);
        copied.then(|| self.source_against(locale))
    }

    /// Whether the source is written right to left, where `page`'s language is written the
    /// other way; `None` where the two go the same way.
    fn source_against(&self, page: &Locale) -> Option<bool> {
        let source = intl::is_rtl(&self.locales.source().language.locale);
        (source != intl::is_rtl(&page.language.locale)).then_some(source)
    }

    /// The words of the page at `position`: a language, or after the languages, the source
    /// language as a publication recorded it.
    pub(super) fn locale(&self, position: usize) -> &Locale {
        let languages = self.locales.locales.len();
        match position.checked_sub(languages) {
            Some(k) => &self.archived_words[k],
            None => &self.locales.locales[position],
        }
    }

    /// Message `key` as `format` makes it, formatted once per language when the call has no
    /// arguments but the key (most of them: headings, labels, "Yes", "No").
    /// The cache holds today's organisation's messages; a page that names an earlier one (an
    /// archived publication's, rare) formats its own.
    fn formatted(
        &self,
        position: usize,
        organisation: usize,
        kw: &Kwargs,
        mode: Mode,
        format: impl FnOnce(&str, &Locale, bool) -> Result<Value, String>,
    ) -> tera::TeraResult<Value> {
        let (key, locale, fallback) = lookup(self, position, kw)?;
        let own_arguments = kw
            .iter()
            .any(|(name, _)| !name.as_str().is_some_and(is_call_argument));
        if own_arguments || organisation != 0 {
            return format(key, locale, fallback).map_err(tera::Error::message);
        }
        let cache = &self.constant[position][mode.index()];
        if let Some(value) = cache.lock().expect("no panic while formatting").get(key) {
            // Tera's strings are reference-counted: this copies no text.
            return Ok(value.clone());
        }
        let value = format(key, locale, fallback).map_err(tera::Error::message)?;
        cache
            .lock()
            .expect("no panic while formatting")
            .insert(key.to_string(), value.clone());
        Ok(value)
    }
}

/// One Tera instance with every template of the theme, candor's filters and the functions that
/// speak the language of the page being rendered ([`register_functions`]).
pub(super) fn build_tera(
    theme: &Theme,
    shared: &Arc<Shared>,
    diags: &mut Diagnostics,
) -> Option<Tera> {
    let mut tera = Tera::new();
    tera.autoescape_on(vec![".html", ".htm", ".xml"]);
    // Each link's host, parsed once: the same links are on every language's pages. Markup: a
    // line may break after each of its dots (`<wbr>`), so that a narrow column breaks
    // `quire-feedback.example` between its labels rather than inside one ("exa" / "mple"); not
    // to be translated, and so not hyphenated either (qa77: "product-" / "board.com" read as
    // another address).
    let hosts: Mutex<HashMap<String, Value>> = Mutex::default();
    tera.register_filter("host", move |link: &str, _: Kwargs, _: &State| -> Value {
        let mut hosts = hosts.lock().expect("no panic while parsing links");
        hosts
            .entry(link.to_string())
            .or_insert_with(|| {
                // As its readers know it: `münchen.example`, not the `xn--` form the parser
                // gives, as the annex writes the link out (qa78); a look-alike (refused in
                // new facts, perhaps in a publication recorded before) as it is.
                let host = url::Url::parse(link).ok().and_then(|u| {
                    u.host_str().map(|h| {
                        let read = match crate::model::look_alike(h) {
                            true => h.to_string(),
                            false => idna::domain_to_unicode(h).0,
                        };
                        read.trim_start_matches("www.").to_string()
                    })
                });
                let host = host.unwrap_or_else(|| link.to_string());
                let labels: Vec<String> = host.split('.').map(crate::text::escape_html).collect();
                Value::safe_string(&format!(
                    "<span translate=\"no\">{}</span>",
                    labels.join(".<wbr>")
                ))
            })
            .clone()
    });
    // One field of each item of a list: `facts.storage.locations | pluck(key="country")`.
    tera.register_filter(
        "pluck",
        |items: &[Value], kw: Kwargs, _: &State| -> tera::TeraResult<Vec<Value>> {
            let key: &str = kw.must_get("key")?;
            Ok(items
                .iter()
                .filter_map(|item| item.get_from_path(key).cloned())
                .collect())
        },
    );
    // Tera's own, bounded for the whole document, not for each call.
    tera.register_function("range", super::budget::range);
    register_functions(&mut tera, shared);
    let sources = theme
        .templates
        .iter()
        .map(|(name, file)| (name.as_str(), file.text.as_str()));
    if let Err(e) = tera.add_raw_templates(sources) {
        diags.push(template_diagnostic(&e, theme));
        return None;
    }
    Some(tera)
}

/// The functions templates call, in the page's language: `t` and `md` (its messages), `stale`
/// (its stale sections), `country` and `long_date` (its CLDR data). The page's language comes
/// from its context: the position of the language in configured order, [`PAGE_LANGUAGE`].
fn register_functions(tera: &mut Tera, shared: &Arc<Shared>) {
    let s = shared.clone();
    tera.register_function(
        "t",
        move |kw: Kwargs, state: &State| -> tera::TeraResult<Value> {
            let organisation = page_organisation(&s, state)?;
            let position = language_of(&s, &kw, state)?;
            s.formatted(
                position,
                organisation,
                &kw,
                Mode::Plain,
                |key, locale, fallback| {
                    let globals = &s.organisations[organisation];
                    let text = format_message(globals, locale, key, &kw, Mode::Plain)?;
                    // Plain text may end up in an attribute, so the mark is in the text itself.
                    Ok(Value::from(if fallback {
                        // The source's words where the page's language lacks the message (a
                        // preview's): shown bracketed, and marked as words copied from the
                        // source are, so that the page says it is not all translated (qa139).
                        let other = s.source_against(s.locale(position));
                        copied::bracketed(&isolated(crate::text::not_translated(&text), other))
                    } else if let Some(other) = s.copied_from_source(position, locale, key) {
                        // Copied from the source, not translated yet: bracketed, to be marked
                        // as the source's language where the page shows it as text.
                        copied::bracketed(&isolated(text, other))
                    } else if s.shows_copied(position, key) {
                        copied::flagged(&text)
                    } else {
                        text
                    }))
                },
            )
        },
    );
    let s = shared.clone();
    tera.register_function(
        "md",
        move |kw: Kwargs, state: &State| -> tera::TeraResult<Value> {
            let inline = kw.get::<bool>("inline")?.unwrap_or(false);
            let mode = Mode::Markdown { inline };
            let organisation = page_organisation(&s, state)?;
            let position = language_of(&s, &kw, state)?;
            s.formatted(
                position,
                organisation,
                &kw,
                mode,
                |key, locale, fallback| {
                    let globals = &s.organisations[organisation];
                    let html = format_message(globals, locale, key, &kw, mode)?;
                    let src = &s.locales.source().language.tag;
                    let html = if fallback {
                        // The source's words where the page's language lacks the message (a
                        // preview's), and the page says it is not all translated (qa139).
                        let tag = if inline { "mark" } else { "div" };
                        let dir = dir_attribute(s.source_against(s.locale(position)));
                        copied::flagged(&format!(
                            "<{tag} class=\"untranslated\" lang=\"{src}\"{dir}>{html}</{tag}>"
                        ))
                    } else if let Some(other) = s.copied_from_source(position, locale, key) {
                        // Copied from the source, not translated yet: read in its language,
                        // and in its direction where the page's is the other.
                        let tag = if inline { "span" } else { "div" };
                        let dir = dir_attribute(other);
                        copied::flagged(&format!("<{tag} lang=\"{src}\"{dir}>{html}</{tag}>"))
                    } else if s.shows_copied(position, key) {
                        copied::flagged(&html)
                    } else {
                        html
                    };
                    // Safe by construction: pulldown-cmark escaped every text, and raw HTML became
                    // text.
                    Ok(Value::safe_string(&html))
                },
            )
        },
    );
    let s = shared.clone();
    tera.register_function(
        "stale",
        move |kw: Kwargs, state: &State| -> tera::TeraResult<bool> {
            let lang = &s.locale(page_language(state)?).language;
            let archived: Option<Vec<String>> = state.get(ARCHIVED_STALE)?;
            let stale = |shown: &dyn Fn(&String) -> bool| match &archived {
                Some(ids) => ids.iter().any(shown),
                None => s
                    .stale
                    .get(&lang.tag)
                    .is_some_and(|ids| ids.iter().any(shown)),
            };
            // `stale(messages="annex-")`, or a list of ids and starts: the messages a document shows
            // (the annex, which shows some of several sections' messages, and messages that
            // are in no section of the page).
            if let Some(given) = kw.get::<Value>("messages")? {
                let ids: Vec<&str> = match given.as_array() {
                    Some(list) => list.iter().filter_map(Value::as_str).collect(),
                    None => given.as_str().into_iter().collect(),
                };
                if ids.is_empty() {
                    return Err(tera::Error::message(
                        "stale(): `messages` is a message id (or its start, ending with `-`), or a list of them",
                    ));
                }
                // An id ending with `-` is a start (`annex-`); any other, one message.
                return Ok(stale(&|msg: &String| {
                    ids.iter().any(|p| match p.ends_with('-') {
                        true => msg.starts_with(p),
                        false => msg == p,
                    })
                }));
            }
            let id: &str = kw.must_get("section")?;
            let section = sections::by_id(id)
                .ok_or_else(|| tera::Error::message(format!("stale(): no section `{id}`")))?;
            Ok(stale(&|msg: &String| {
                sections::of_message(msg).is_some_and(|s| s.id == section.id)
            }))
        },
    );
    let s = shared.clone();
    tera.register_function(
        "has",
        // Whether the site defines an optional message (in its source language, which every
        // translation then owes): `{% if has(key="subprocessor-description-" ~ s.id) %}`. As
        // the page's publication recorded its source: a message written since did not exist
        // on an archived copy's day (today's words fill in only what candor itself asks for).
        move |kw: Kwargs, state: &State| -> tera::TeraResult<bool> {
            let key: &str = kw.must_get("key")?;
            let publication = match state.get::<usize>(PUBLICATION)? {
                Some(k) => s.recorded_sources.get(k),
                None => s.recorded_sources.last(),
            };
            Ok(match publication {
                Some(source) => source.contains_key(key),
                None => s.locales.source().has_message(key),
            })
        },
    );
    let s = shared.clone();
    tera.register_function(
        "countries",
        // The names of countries by their codes, as a list in the page's language.
        move |kw: Kwargs, state: &State| -> tera::TeraResult<String> {
            let lang = &s.locale(page_language(state)?).language;
            let codes: Vec<String> = kw.must_get("codes")?;
            let names = codes
                .iter()
                .map(|code| {
                    intl::country_name(&lang.locale, code).ok_or_else(|| {
                        tera::Error::message(format!(
                            "countries(): no name for `{code}` in `{}`",
                            lang.tag
                        ))
                    })
                })
                .collect::<Result<Vec<_>, _>>()?;
            Ok(intl::and_list(&lang.locale, &names))
        },
    );
    let s = shared.clone();
    tera.register_function(
        "list",
        // Texts as a list in the page's language: `items` as they are, or with `prefix`, each
        // the message `<prefix><item>` (`list(items=f.data, prefix="category-")`).
        move |kw: Kwargs, state: &State| -> tera::TeraResult<String> {
            let position = page_language(state)?;
            let locale = s.locale(position);
            let items: Vec<String> = kw.must_get("items")?;
            let prefix: Option<String> = kw.get("prefix")?;
            let texts = match prefix {
                // Facts, each in its own direction on a page written the other way (qa129:
                // "ISO 27001 وISO 27017" read as one run on an Arabic page).
                None => {
                    let rtl = intl::is_rtl(&locale.language.locale);
                    (items.iter())
                        .map(|item| crate::text::isolate(item, rtl).into_owned())
                        .collect()
                }
                Some(prefix) => {
                    let mut args = FluentArgs::new();
                    for (name, value) in &s.organisations[page_organisation(&s, state)?].0 {
                        args.set(*name, value.clone());
                    }
                    items
                        .iter()
                        .map(|item| {
                            locale
                                .format(&format!("{prefix}{item}"), &args)
                                .map_err(|e| tera::Error::message(e.to_string()))
                        })
                        .collect::<Result<Vec<_>, _>>()?
                }
            };
            Ok(intl::and_list(&locale.language.locale, &texts))
        },
    );
    let s = shared.clone();
    tera.register_function(
        "country",
        move |kw: Kwargs, state: &State| -> tera::TeraResult<String> {
            let lang = &s.locale(page_language(state)?).language;
            let code: &str = kw.must_get("code")?;
            intl::country_name(&lang.locale, code).ok_or_else(|| {
                tera::Error::message(format!("country(): no name for `{code}` in `{}`", lang.tag))
            })
        },
    );
    let s = shared.clone();
    tera.register_function(
        "long_date",
        move |kw: Kwargs, state: &State| -> tera::TeraResult<String> {
            let lang = &s.locale(language_of(&s, &kw, state)?).language;
            let iso: &str = kw.must_get("date")?;
            let date: jiff::civil::Date = iso.parse().map_err(|e| {
                tera::Error::message(format!("long_date(): `{iso}` is not a date: {e}"))
            })?;
            intl::long_date(&lang.formats, date).map_err(tera::Error::message)
        },
    );
    // The last day controllers may object to what takes effect on `date` (ISO 8601), as the
    // notice and the change log give it.
    tera.register_function(
        "last_day_to_object",
        |kw: Kwargs, _: &State| -> tera::TeraResult<String> {
            let iso: &str = kw.must_get("date")?;
            let date: jiff::civil::Date = iso.parse().map_err(|e| {
                tera::Error::message(format!("last_day_to_object(): `{iso}` is not a date: {e}"))
            })?;
            crate::history::changes::last_day_to_object(date)
                .map(|d| d.to_string())
                .ok_or_else(|| tera::Error::message(format!("no day comes before {iso}")))
        },
    );
}

/// Text in the source's language, on a page written the other way where `other` says so (the
/// source right to left, or not): read in its own direction (qa103: "Luscii Data handling at"
/// in a Hebrew heading), isolated (U+2067 or U+2066 … U+2069), in an attribute too.
fn isolated(text: String, other: Option<bool>) -> String {
    match other {
        Some(rtl) => {
            let isolate = if rtl { '\u{2067}' } else { '\u{2066}' };
            format!("{isolate}{text}\u{2069}")
        }
        None => text,
    }
}

/// The `dir` attribute of an element in the source's language, where the page is written the
/// other way ([`isolated`]).
fn dir_attribute(other: Option<bool>) -> &'static str {
    match other {
        None => "",
        Some(true) => " dir=\"rtl\"",
        Some(false) => " dir=\"ltr\"",
    }
}

/// The message key of a call and the locale it comes from: the page's own, or where a missing
/// message shows the source text, for
/// a message the page's language lacks, the source language's (and then says so).
fn lookup<'a>(
    shared: &'a Shared,
    position: usize,
    kw: &'a Kwargs,
) -> tera::TeraResult<(&'a str, &'a Locale, bool)> {
    let key: &str = kw.must_get("key")?;
    let locale = shared.locale(position);
    if shared.missing == super::Missing::ShowsTheSource && !locale.has_message(key) {
        return Ok((key, shared.locales.source(), true));
    }
    Ok((key, locale, false))
}

#[derive(Clone, Copy)]
enum Mode {
    Plain,
    Markdown { inline: bool },
}

impl Mode {
    fn index(self) -> usize {
        match self {
            Mode::Plain => 0,
            Mode::Markdown { inline: false } => 1,
            Mode::Markdown { inline: true } => 2,
        }
    }
}

/// Formats one message with the global facts and the call's arguments (`foo_bar=` in a template
/// is `$foo-bar` in Fluent). Any Fluent error is an error: a page never shows `{$datum}`.
fn format_message(
    globals: &Globals,
    locale: &Locale,
    key: &str,
    kw: &Kwargs,
    mode: Mode,
) -> Result<String, String> {
    let mut args = FluentArgs::with_capacity(globals.0.len() + 2);
    let mut facts = Vec::new();
    let markdown = matches!(mode, Mode::Markdown { .. });
    let rtl = crate::intl::is_rtl(&locale.language.locale);
    // Text goes to Fluent borrowed where it can: a message in a table row is formatted once
    // per row and language.
    let mut text = |s| -> FluentValue {
        if is_plain_token(s) {
            FluentValue::from(s)
        } else if markdown {
            facts.push(s.to_string());
            FluentValue::from(markdown::placeholder(facts.len() - 1))
        } else {
            // A name, an address, a city: it may be written in another script and direction
            // than the page, and must not reorder the sentence around it (".Twilio Inc" on a
            // right-to-left page).
            FluentValue::from(crate::text::isolate(s, rtl))
        }
    };
    for (name, value) in &globals.0 {
        args.set(*name, text(value));
    }
    for (name, value) in kw.iter() {
        let name = name.as_str().unwrap_or_default();
        if is_call_argument(name) {
            continue;
        }
        let fluent = if let Some(s) = value.as_str() {
            text(s)
        } else if let Some(b) = value.as_bool() {
            FluentValue::from(if b { "yes" } else { "no" })
        } else if let Some(n) = value.as_i64() {
            FluentValue::from(n)
        } else if let Some(n) = value.as_f64() {
            FluentValue::from(n)
        } else {
            return Err(format!(
                "the argument `{name}` for `{key}` must be text, a number or true/false"
            ));
        };
        // `foo_bar=` in a template is `$foo-bar` in Fluent.
        let name = if name.contains('_') {
            std::borrow::Cow::Owned(name.replace('_', "-"))
        } else {
            std::borrow::Cow::Borrowed(name)
        };
        args.set(name, fluent);
    }
    let text = locale.format(key, &args)?;
    match mode {
        Mode::Plain => Ok(text),
        Mode::Markdown { inline } => markdown::to_html(&text, &facts, inline, rtl)
            .map_err(|e| format!("message `{key}` in `{}`: {e}", locale.language.tag)),
    }
}

/// A value that selects a variant (`both`, `yes`, `standard-contractual-clauses`) rather than
/// being shown; it cannot carry Markdown, so it goes to Fluent as it is.
fn is_plain_token(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::diagnostic::SourceFile;
    use crate::load::config::Language;

    fn locale(tag: &str, messages: &[(&str, &str)]) -> Locale {
        let messages: BTreeMap<String, String> = messages
            .iter()
            .map(|(id, value)| (id.to_string(), format!("{id} = {value}")))
            .collect();
        let mut diags = Diagnostics::default();
        let locale = Locale::from_recorded(&Language::of_tag(tag), &messages, "test", &mut diags);
        assert!(!diags.has_errors(), "{diags:?}");
        locale
    }

    /// A theme of one template, `t.html`, rendered with the functions over English and German.
    fn render(
        template: &str,
        page_language: Option<usize>,
        missing: crate::render::Missing,
    ) -> Result<String, String> {
        let locales = Arc::new(Locales::new(
            vec![
                locale(
                    "en",
                    &[
                        ("yes", "Yes"),
                        ("hello", "Hello *{ $org }*, { $count } { $name }"),
                        ("only-en", "English only"),
                    ],
                ),
                locale(
                    "de",
                    &[
                        ("yes", "Ja"),
                        ("hello", "Hallo *{ $org }*, { $count } { $name }"),
                    ],
                ),
            ],
            0,
        ));
        let shared = Arc::new(Shared {
            constant: locales.locales.iter().map(|_| Default::default()).collect(),
            archived_words: Vec::new(),
            recorded_sources: Vec::new(),
            locales,
            stale: HashMap::from([("de".to_string(), BTreeSet::from(["hello".to_string()]))]),
            untranslated: HashMap::from([("de".to_string(), BTreeSet::from(["yes".to_string()]))]),
            archived_untranslated: Vec::new(),
            showing_copied: Vec::new(),
            missing,
            organisations: vec![Globals([
                ("org", "AT&T <Labs>".to_string()),
                ("privacy-policy", "https://example.com/privacy".to_string()),
                ("contact", "mailto:privacy@example.com".to_string()),
            ])],
        });
        let theme = Theme {
            templates: BTreeMap::from([(
                "t.html".to_string(),
                SourceFile::new("t.html", template),
            )]),
            assets: BTreeMap::new(),
            pages_and_styles: Vec::new(),
        };
        let mut diags = Diagnostics::default();
        let tera = build_tera(&theme, &shared, &mut diags).ok_or_else(|| format!("{diags:?}"))?;
        let mut ctx = tera::Context::new();
        if let Some(i) = page_language {
            ctx.insert(PAGE_LANGUAGE, &i);
            ctx.insert(PAGE_ORGANISATION, &0);
        }
        let html = tera.render("t.html", &ctx).map_err(|e| e.to_string())?;
        Ok(copied::resolve(html, "en")?.0)
    }

    #[test]
    fn t_speaks_the_language_of_the_page_it_is_on() {
        let both = "{{ t(key=\"yes\") }}";
        assert_eq!(
            render(both, Some(0), crate::render::Missing::IsAnError).unwrap(),
            "Yes"
        );
        // German's `yes` is told copied from English (`Shared::untranslated`), so marked.
        assert_eq!(
            render(both, Some(1), crate::render::Missing::IsAnError).unwrap(),
            "<span lang=\"en\">Ja</span>"
        );
        let err = render(both, None, crate::render::Missing::IsAnError).unwrap_err();
        assert!(err.contains("outside a page"), "{err}");
    }

    #[test]
    fn t_escapes_facts_and_md_makes_markdown_of_words_only() {
        let t = "{{ t(key=\"hello\", count=2, name=\"<b>\") }}";
        assert_eq!(
            render(t, Some(1), crate::render::Missing::IsAnError).unwrap(),
            "Hallo *AT&amp;T &lt;Labs&gt;*, 2 &lt;b&gt;"
        );
        let md = "{{ md(key=\"hello\", count=2, name=\"*x*\", inline=true) }}";
        assert_eq!(
            render(md, Some(0), crate::render::Missing::IsAnError).unwrap(),
            "Hello <em>AT&amp;T &lt;Labs&gt;</em>, 2 *x*"
        );
    }

    #[test]
    fn a_missing_message_is_an_error_or_the_source_text_marked() {
        let t = "{{ t(key=\"only-en\") }}";
        assert!(render(t, Some(1), crate::render::Missing::IsAnError).is_err());
        assert_eq!(
            render(t, Some(1), crate::render::Missing::ShowsTheSource).unwrap(),
            "<span lang=\"en\">\u{27e6}English only\u{27e7}</span>"
        );
    }

    #[test]
    fn a_language_argument_speaks_that_language_on_any_page() {
        let t = "{{ t(key=\"yes\", language=\"de\") }}|{{ t(key=\"hello\", count=1, name=\"x\", language=\"en\") }}|{{ long_date(date=\"2025-10-30\", language=\"de\") }}";
        assert_eq!(
            render(t, Some(0), crate::render::Missing::IsAnError).unwrap(),
            "<span lang=\"en\">Ja</span>|Hello *AT&amp;T &lt;Labs&gt;*, 1 x|30. Oktober 2025"
        );
        let err = render(
            "{{ t(key=\"yes\", language=\"fr\") }}",
            Some(0),
            crate::render::Missing::IsAnError,
        )
        .unwrap_err();
        assert!(err.contains("`fr` is not a language of the site"), "{err}");
    }

    #[test]
    fn stale_country_and_long_date_speak_the_page_language() {
        let t = "{{ stale(section=\"processing\") }}|{{ country(code=\"DE\") }}|{{ long_date(date=\"2025-10-30\") }}";
        assert_eq!(
            render(t, Some(0), crate::render::Missing::IsAnError).unwrap(),
            "false|Germany|October 30, 2025"
        );
        let de = render(t, Some(1), crate::render::Missing::IsAnError).unwrap();
        assert!(de.ends_with("|Deutschland|30. Oktober 2025"), "{de}");
    }
}
