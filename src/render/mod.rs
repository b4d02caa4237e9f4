//! Rendering: the validated model, the words of every language and the theme become the pages of
//! the site, in memory. No I/O happens here; [`crate::write::output`] writes the result.

pub mod machine;
pub mod markdown;
pub mod review;

use std::cell::Cell;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Mutex};

use fluent_bundle::{FluentArgs, FluentValue};
use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Kwargs, State, Tera, Value};

use crate::diagnostic::{Diagnostic, Diagnostics, SourceFile};
use crate::fs::IoError;
use crate::history::changelog;
use crate::history::lock::Stamp;
use crate::intl;
use crate::load::config::Config;
use crate::load::locales::{Locale, Locales};
use crate::load::theme::{self, Theme};
use crate::model::Model;
use crate::sections;

/// The published files: path under the output directory to contents.
pub type Files = BTreeMap<String, Vec<u8>>;

/// What rendering reads: the validated site, and how to treat translations.
pub struct Input<'a> {
    pub config: &'a Config,
    pub model: &'a Model,
    pub locales: &'a Arc<Locales>,
    pub theme: &'a Theme,
    /// For each language, the ids of its stale messages.
    pub stale: HashMap<String, BTreeSet<String>>,
    /// Show a missing translation as the source text, visibly marked (`serve`).
    pub preview: bool,
}

/// What the template functions need: the words of every language and the facts every message
/// may use.
struct Shared {
    locales: Arc<Locales>,
    stale: HashMap<String, BTreeSet<String>>,
    preview: bool,
    /// Variables every message gets: `$org`, `$privacy-policy`, `$contact`.
    globals: Vec<(&'static str, String)>,
    /// For each language (in configured order) and [`Mode`], the messages already formatted
    /// without arguments of their own: the same on every page and in every table row.
    constant: Vec<[Mutex<HashMap<String, Value>>; 3]>,
}

impl Shared {
    /// Message `key` as `format` makes it, formatted once per language when the call has no
    /// arguments but the key (most of them: headings, labels, "Yes", "No").
    fn formatted(
        &self,
        position: usize,
        kw: &Kwargs,
        mode: Mode,
        format: impl FnOnce(&str, &Locale, bool) -> Result<Value, String>,
    ) -> tera::TeraResult<Value> {
        let (key, locale, fallback) = lookup(self, position, kw)?;
        let own_arguments = kw
            .iter()
            .any(|(name, _)| !matches!(name.as_str(), Some("key" | "inline")));
        if own_arguments {
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

/// A link to the same page in another language.
#[derive(Serialize)]
struct LanguageLink {
    tag: String,
    name: String,
    href: String,
    current: bool,
}

#[derive(Serialize)]
struct StampView {
    /// ISO 8601, for `<time datetime>`.
    iso: String,
    /// In the language's long format.
    text: String,
}

/// Renders every page into memory. All render problems are reported, not just the first.
pub fn in_memory(input: Input, stamp: &Stamp, diags: &mut Diagnostics) -> Option<Files> {
    let files = Mutex::new(Files::new());
    let emit = |more: Files| {
        files.lock().expect("no panic while rendering").extend(more);
        Ok(())
    };
    let rendered = render(input, stamp, &emit, diags).unwrap_or(false);
    rendered.then(|| files.into_inner().expect("rendering is over"))
}

/// Where rendered files go as soon as a language's pages are done: kept in memory
/// ([`in_memory`]), or written to the directory that becomes the site ([`crate::write::output`]).
pub type Emit<'a> = dyn Fn(Files) -> Result<(), IoError> + Sync + 'a;

/// Renders every page, handing the files to `emit` a language at a time, so that a site of
/// many languages never needs to be held whole. Returns whether everything rendered without
/// error (all render problems are reported, not just the first), or the first failure of
/// `emit`, after which nothing more is emitted.
pub fn render(
    input: Input,
    stamp: &Stamp,
    emit: &Emit,
    diags: &mut Diagnostics,
) -> Result<bool, IoError> {
    let failed: Mutex<Option<IoError>> = Mutex::new(None);
    let emit = |files: Files| {
        let mut failed = failed.lock().expect("no panic while emitting");
        if failed.is_none()
            && let Err(e) = emit(files)
        {
            *failed = Some(e);
        }
    };
    let Input {
        config,
        model,
        locales,
        theme,
        stale,
        preview,
    } = input;
    let shared = Arc::new(Shared {
        locales: locales.clone(),
        stale,
        preview,
        globals: vec![
            ("org", model.organisation.name.clone()),
            (
                "privacy-policy",
                model.organisation.privacy_policy.as_str().to_string(),
            ),
            ("contact", model.organisation.contact.as_str().to_string()),
        ],
        constant: locales.locales.iter().map(|_| Default::default()).collect(),
    });
    let Some(tera) = build_tera(theme, &shared, diags) else {
        return Ok(false);
    };
    let names: Vec<(String, String)> = config
        .languages
        .iter()
        .map(|l| {
            (
                l.tag.clone(),
                intl::own_name(&l.locale).unwrap_or_else(|| l.tag.clone()),
            )
        })
        .collect();
    let errors_before = diags.error_count();
    // Feed ids are `tag:` URIs under a host the organisation owns.
    let authority = url::Url::parse(model.organisation.privacy_policy.as_str())
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_else(|| "candor.invalid".into());
    // The facts become template values once; every page shares them (Tera's arrays and maps
    // are reference-counted).
    let archived = archived_models(&stamp.history, diags)
        .into_iter()
        .map(|(date, facts)| (date, Value::from_serializable(&facts)))
        .collect();
    let pages = LanguagePages {
        tera: &tera,
        theme,
        names: &names,
        source: locales.source,
        facts: Value::from_serializable(model),
        archived,
        stamp,
        org: &model.organisation.name,
        links: changelog::FeedLinks {
            base: config.base_url.as_deref(),
            authority: &authority,
        },
    };
    // Each language's pages on whichever core is free, emitted as soon as they are done. The
    // diagnostics are merged in configured order, so they read the same however the work was
    // shared out; the files do not depend on the order at all.
    let rendered: Vec<Diagnostics> = locales
        .locales
        .par_iter()
        .enumerate()
        .map(|(i, locale)| {
            let (files, language_diags) = pages.render(i, locale);
            if !language_diags.has_errors() {
                emit(files);
            }
            language_diags
        })
        .collect();
    for language_diags in rendered {
        diags.extend(language_diags);
    }
    let mut files = Files::new();
    let facts = pages.facts;
    let source = locales.source();
    let mut ctx = Context::new();
    ctx.insert("lang", &source.language.tag);
    ctx.insert(
        "dir",
        if intl::is_rtl(&source.language.locale) {
            "rtl"
        } else {
            "ltr"
        },
    );
    ctx.insert("root", "");
    ctx.insert_value("facts", facts);
    ctx.insert("languages", &language_links(&names, None, "", ""));
    // The language list speaks the source language.
    let _language = PageLanguage::enter(locales.source);
    render_into(
        &tera,
        theme,
        theme::INDEX_TEMPLATE,
        &ctx,
        "index.html".into(),
        &mut files,
        diags,
    );
    let tags: Vec<String> = config.languages.iter().map(|l| l.tag.clone()).collect();
    files.insert(
        "data.json".into(),
        machine::data_json(model, stamp.date, &tags),
    );
    files.insert(
        "subprocessors.csv".into(),
        machine::subprocessors_csv(model),
    );
    let base = config
        .base_url
        .as_deref()
        .map_or(String::new(), |b| format!("{}/", b.trim_end_matches('/')));
    files.insert(
        "dpv.jsonld".into(),
        machine::dpv_jsonld(model, stamp.date, &base),
    );
    for (path, bytes) in &theme.assets {
        files.insert(path.clone(), bytes.clone());
    }
    emit(files);
    match failed.into_inner().expect("no panic while emitting") {
        Some(e) => Err(e),
        None => Ok(diags.error_count() == errors_before),
    }
}

/// What every language's pages share.
struct LanguagePages<'a> {
    tera: &'a Tera,
    theme: &'a Theme,
    /// Each language's tag and its name in itself, in configured order.
    names: &'a [(String, String)],
    /// The index of the source language.
    source: usize,
    facts: Value,
    /// The facts of each recorded publication, by date.
    archived: BTreeMap<String, Value>,
    stamp: &'a Stamp,
    org: &'a str,
    links: changelog::FeedLinks<'a>,
}

impl LanguagePages<'_> {
    /// The pages of the `i`th language: its page, change log, feed and archive.
    fn render(&self, i: usize, locale: &Locale) -> (Files, Diagnostics) {
        let mut files = Files::new();
        let mut diags = Diagnostics::default();
        let _language = PageLanguage::enter(i);
        let tera = self.tera;
        let (theme, names, org) = (self.theme, self.names, self.org);
        let lang = &locale.language;
        let source_tag = &names[self.source].0;
        let page = |ctx: &mut Context, depth: &str, suffix: &str| {
            ctx.insert("lang", &lang.tag);
            ctx.insert(
                "dir",
                if intl::is_rtl(&lang.locale) {
                    "rtl"
                } else {
                    "ltr"
                },
            );
            ctx.insert("root", depth);
            ctx.insert("archived", &false);
            ctx.insert(
                "languages",
                &language_links(names, Some(&lang.tag), depth, suffix),
            );
        };
        let (stamp_view, entries) = match (
            intl::long_date(&lang.formats, self.stamp.date),
            changelog::entries(&self.stamp.history, locale, org),
        ) {
            (Ok(text), Ok(entries)) => (
                StampView {
                    iso: self.stamp.date.to_string(),
                    text,
                },
                entries,
            ),
            (Err(e), _) | (_, Err(e)) => {
                diags.push(Diagnostic::error(e));
                return (files, diags);
            }
        };
        let mut ctx = Context::new();
        page(&mut ctx, "../", "");
        ctx.insert_value("facts", self.facts.clone());
        ctx.insert("stamp", &stamp_view);
        ctx.insert(
            "source",
            &language_links(names, Some(source_tag), "../", "")[self.source],
        );
        render_into(
            tera,
            theme,
            theme::PAGE_TEMPLATE,
            &ctx,
            format!("{}/index.html", lang.tag),
            &mut files,
            &mut diags,
        );
        print_css(
            locale,
            org,
            &names[i].1,
            &stamp_view.text,
            format!("{}/print.css", lang.tag),
            &mut files,
            &mut diags,
        );

        let mut ctx = Context::new();
        page(&mut ctx, "../../", "changes/");
        ctx.insert_value("facts", self.facts.clone());
        ctx.insert("stamp", &stamp_view);
        ctx.insert("entries", &entries);
        render_into(
            tera,
            theme,
            theme::CHANGES_TEMPLATE,
            &ctx,
            format!("{}/changes/index.html", lang.tag),
            &mut files,
            &mut diags,
        );
        // Every publication at a permanent address: its facts, today's words and theme.
        let mut ctx = Context::new();
        page(&mut ctx, "../../", "archive/");
        ctx.insert("entries", &entries);
        render_into(
            tera,
            theme,
            theme::ARCHIVE_TEMPLATE,
            &ctx,
            format!("{}/archive/index.html", lang.tag),
            &mut files,
            &mut diags,
        );
        for (entry, facts) in entries
            .iter()
            .filter_map(|e| Some((e, self.archived.get(&e.iso)?)))
        {
            let mut ctx = Context::new();
            page(&mut ctx, "../../../", &format!("archive/{}/", entry.iso));
            ctx.insert("archived", &true);
            ctx.insert_value("facts", facts.clone());
            ctx.insert(
                "stamp",
                &StampView {
                    iso: entry.iso.clone(),
                    text: entry.date.clone(),
                },
            );
            ctx.insert(
                "source",
                &language_links(names, Some(source_tag), "../../../", "")[self.source],
            );
            render_into(
                tera,
                theme,
                theme::PAGE_TEMPLATE,
                &ctx,
                format!("{}/archive/{}/index.html", lang.tag, entry.iso),
                &mut files,
                &mut diags,
            );
            let path = format!("{}/archive/{}/print.css", lang.tag, entry.iso);
            print_css(
                locale,
                org,
                &names[i].1,
                &entry.date,
                path,
                &mut files,
                &mut diags,
            );
        }
        match changelog::atom(&entries, locale, org, &self.links) {
            Ok(xml) => {
                files.insert(format!("{}/feed.xml", lang.tag), xml);
            }
            Err(e) => diags.push(Diagnostic::error(e)),
        }
        (files, diags)
    }
}

/// The facts of each recorded publication, by date, as the model reads them today. A snapshot
/// the model no longer reads (its shape changed since) is left out of the archive, with a
/// warning.
fn archived_models(
    history: &[crate::history::lock::Publication],
    diags: &mut Diagnostics,
) -> BTreeMap<String, Model> {
    let mut out = BTreeMap::new();
    for p in history {
        let date = p.date.to_string();
        match p.snapshot.model() {
            Ok(model) => {
                out.insert(date, model);
            }
            Err(e) => diags.push(Diagnostic::warning(format!(
                "the publication of {date} cannot be archived: {e}"
            ))),
        }
    }
    out
}

/// A page's print stylesheet: who, which language and which version, in the margin of every
/// printed page, so that a printout or PDF of any page can be told apart from any other.
fn print_css(
    locale: &Locale,
    org: &str,
    language: &str,
    date: &str,
    path: String,
    files: &mut Files,
    diags: &mut Diagnostics,
) {
    let mut args = FluentArgs::new();
    args.set("org", org.to_string());
    let title = locale.format("page-title", &args);
    args.set("date", date.to_string());
    let stamp = locale.format("last-modified", &args);
    match (title, stamp) {
        (Ok(title), Ok(stamp)) => {
            let footer = css_string(&format!("{title} · {language} · {stamp}"));
            let font = "font: 8pt system-ui, sans-serif; color: #333;";
            let css = format!(
                "@page {{\n  @bottom-left {{ content: {footer}; {font} }}\n  @bottom-right {{ content: counter(page) \" / \" counter(pages); {font} }}\n}}\n"
            );
            files.insert(path, css.into_bytes());
        }
        (Err(e), _) | (_, Err(e)) => diags.push(Diagnostic::error(e)),
    }
}

/// `text` as a CSS string literal.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push_str("\\A "),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Renders one template into `files`, or reports why it could not.
fn render_into(
    tera: &Tera,
    theme: &Theme,
    template: &str,
    ctx: &Context,
    path: String,
    files: &mut Files,
    diags: &mut Diagnostics,
) {
    match tera.render(template, ctx) {
        Ok(html) => {
            files.insert(path, html.into_bytes());
        }
        Err(e) => diags.push(template_diagnostic(&e, theme)),
    }
}

/// Links to the same page (`suffix` under each language folder) in every language.
fn language_links(
    names: &[(String, String)],
    current: Option<&str>,
    root: &str,
    suffix: &str,
) -> Vec<LanguageLink> {
    names
        .iter()
        .map(|(tag, name)| LanguageLink {
            tag: tag.clone(),
            name: name.clone(),
            href: format!("{root}{tag}/{suffix}"),
            current: current == Some(tag.as_str()),
        })
        .collect()
}

/// One Tera instance with every template of the theme, candor's filters and the functions that
/// speak the language of the page being rendered ([`register_functions`]).
fn build_tera(theme: &Theme, shared: &Arc<Shared>, diags: &mut Diagnostics) -> Option<Tera> {
    let mut tera = Tera::new();
    tera.autoescape_on(vec![".html", ".htm", ".xml"]);
    // Each link's host, parsed once: the same links are on every language's pages.
    let hosts: Mutex<HashMap<String, Value>> = Mutex::default();
    tera.register_filter("host", move |link: &str, _: Kwargs, _: &State| -> Value {
        let mut hosts = hosts.lock().expect("no panic while parsing links");
        hosts
            .entry(link.to_string())
            .or_insert_with(|| {
                let host = url::Url::parse(link).ok().and_then(|u| {
                    u.host_str()
                        .map(|h| h.trim_start_matches("www.").to_string())
                });
                Value::from(host.unwrap_or_else(|| link.to_string()))
            })
            .clone()
    });
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

thread_local! {
    /// The position of the language whose page this thread is rendering (see [`PageLanguage`]).
    static PAGE_LANGUAGE: Cell<Option<usize>> = const { Cell::new(None) };
}

/// While alive, the functions templates call speak the language at this position, on this
/// thread. Each language's pages render on one thread, and a thousand-row page calls `t` some
/// thousands of times: reading the language here is far cheaper than looking `lang` up in the
/// template context on every call.
struct PageLanguage(Option<usize>);

impl PageLanguage {
    fn enter(position: usize) -> PageLanguage {
        PageLanguage(PAGE_LANGUAGE.replace(Some(position)))
    }

    fn current() -> tera::TeraResult<usize> {
        PAGE_LANGUAGE
            .get()
            .ok_or_else(|| tera::Error::message("a page function was called outside a page"))
    }
}

impl Drop for PageLanguage {
    fn drop(&mut self) {
        PAGE_LANGUAGE.set(self.0);
    }
}

/// The functions templates call, in the page's language: `t` and `md` (its messages), `stale`
/// (its stale sections), `country` and `long_date` (its CLDR data).
fn register_functions(tera: &mut Tera, shared: &Arc<Shared>) {
    let s = shared.clone();
    tera.register_function(
        "t",
        move |kw: Kwargs, _: &State| -> tera::TeraResult<Value> {
            s.formatted(
                PageLanguage::current()?,
                &kw,
                Mode::Plain,
                |key, locale, fallback| {
                    let text = format_message(&s, locale, key, &kw, Mode::Plain)?;
                    // Plain text may end up in an attribute, so the mark is in the text itself.
                    Ok(Value::from(if fallback {
                        format!("\u{27e6}{text}\u{27e7}")
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
        move |kw: Kwargs, _: &State| -> tera::TeraResult<Value> {
            let inline = kw.get::<bool>("inline")?.unwrap_or(false);
            let mode = Mode::Markdown { inline };
            s.formatted(
                PageLanguage::current()?,
                &kw,
                mode,
                |key, locale, fallback| {
                    let html = format_message(&s, locale, key, &kw, mode)?;
                    let html = if fallback {
                        let (tag, src) =
                            (if inline { "mark" } else { "div" }, &locale.language.tag);
                        format!("<{tag} class=\"untranslated\" lang=\"{src}\">{html}</{tag}>")
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
        move |kw: Kwargs, _: &State| -> tera::TeraResult<bool> {
            let lang = &s.locales.locales[PageLanguage::current()?].language;
            let id: &str = kw.must_get("section")?;
            let section = sections::by_id(id)
                .ok_or_else(|| tera::Error::message(format!("stale(): no section `{id}`")))?;
            let in_section =
                |msg: &String| sections::of_message(msg).is_some_and(|s| s.id == section.id);
            Ok(s.stale
                .get(&lang.tag)
                .is_some_and(|ids| ids.iter().any(in_section)))
        },
    );
    let s = shared.clone();
    tera.register_function(
        "country",
        move |kw: Kwargs, _: &State| -> tera::TeraResult<String> {
            let lang = &s.locales.locales[PageLanguage::current()?].language;
            let code: &str = kw.must_get("code")?;
            intl::country_name(&lang.locale, code).ok_or_else(|| {
                tera::Error::message(format!("country(): no name for `{code}` in `{}`", lang.tag))
            })
        },
    );
    let s = shared.clone();
    tera.register_function(
        "long_date",
        move |kw: Kwargs, _: &State| -> tera::TeraResult<String> {
            let lang = &s.locales.locales[PageLanguage::current()?].language;
            let iso: &str = kw.must_get("date")?;
            let date: jiff::civil::Date = iso.parse().map_err(|e| {
                tera::Error::message(format!("long_date(): `{iso}` is not a date: {e}"))
            })?;
            intl::long_date(&lang.formats, date).map_err(tera::Error::message)
        },
    );
}

/// The message key of a call and the locale it comes from: the page's own, or in preview, for
/// a message the page's language lacks, the source language's (and then says so).
fn lookup<'a>(
    shared: &'a Shared,
    position: usize,
    kw: &'a Kwargs,
) -> tera::TeraResult<(&'a str, &'a Locale, bool)> {
    let key: &str = kw.must_get("key")?;
    let locale = &shared.locales.locales[position];
    if shared.preview && !locale.has_message(key) {
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
    shared: &Shared,
    locale: &Locale,
    key: &str,
    kw: &Kwargs,
    mode: Mode,
) -> Result<String, String> {
    let mut args = FluentArgs::new();
    let mut facts = Vec::new();
    let markdown = matches!(mode, Mode::Markdown { .. });
    let mut set = |name: String, value: &Value| -> Result<(), String> {
        let fluent = if let Some(s) = value.as_str() {
            if markdown && !is_plain_token(s) {
                facts.push(s.to_string());
                FluentValue::from(markdown::placeholder(facts.len() - 1))
            } else {
                FluentValue::from(s.to_string())
            }
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
        args.set(name, fluent);
        Ok(())
    };
    for (name, value) in &shared.globals {
        set(name.to_string(), &Value::from(value.as_str()))?;
    }
    for (name, value) in kw.iter() {
        let name = name.as_str().unwrap_or_default();
        if name != "key" && name != "inline" {
            set(name.replace('_', "-"), value)?;
        }
    }
    let text = locale.format(key, &args)?;
    match mode {
        Mode::Plain => Ok(text),
        Mode::Markdown { inline } => markdown::to_html(&text, &facts, inline)
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

/// A Tera error as a diagnostic at the template, line and column it names. The message does
/// not name the language, so the same mistake in a template is reported once, not per page.
fn template_diagnostic(e: &tera::Error, theme: &Theme) -> Diagnostic {
    match e.kind() {
        tera::ErrorKind::SyntaxError(report) | tera::ErrorKind::RenderingError(report) => {
            let kind = if matches!(e.kind(), tera::ErrorKind::SyntaxError(_)) {
                "template syntax error"
            } else {
                "template error"
            };
            let file = template_file(theme, report.filename());
            let first_line = report.message().lines().next().unwrap_or_default();
            Diagnostic::error(format!("{kind} in `{}`: {first_line}", report.filename())).at(
                &file,
                report.span().range.clone(),
                report.message().to_string(),
            )
        }
        tera::ErrorKind::MissingParent { current, parent } => {
            let file = template_file(theme, current);
            let message = format!("template `{current}` extends `{parent}`, which does not exist");
            match file.text.find(parent.as_str()) {
                Some(at) => {
                    Diagnostic::error(message).at(&file, at..at + parent.len(), "no such template")
                }
                None => Diagnostic::error(message).in_file(&file),
            }
        }
        other => {
            let text = other.to_string();
            let message = text
                .lines()
                .next()
                .unwrap_or_default()
                .trim_start_matches("error: ");
            match reported_location(&text, theme) {
                Some((file, span)) => Diagnostic::error(format!("template error: {message}")).at(
                    &file,
                    span,
                    message.to_string(),
                ),
                None => Diagnostic::error(format!("template error: {text}")),
            }
        }
    }
}

/// Some Tera errors (an unknown function) arrive as a rendered report with a
/// `--> name:line:col` line and a `^^^` marker; recover the file and span from it.
fn reported_location(
    text: &str,
    theme: &Theme,
) -> Option<(Arc<SourceFile>, std::ops::Range<usize>)> {
    let place = text
        .lines()
        .find_map(|l| l.trim_start().strip_prefix("--> "))?;
    let mut parts = place.rsplitn(3, ':');
    let col: usize = parts.next()?.trim().parse().ok()?;
    let line: usize = parts.next()?.trim().parse().ok()?;
    let file = theme.templates.get(parts.next()?.trim())?.clone();
    let line_start = file
        .text
        .split_inclusive('\n')
        .take(line.checked_sub(1)?)
        .map(str::len)
        .sum::<usize>();
    let start = line_start
        + file.text[line_start..]
            .chars()
            .take(col.checked_sub(1)?)
            .map(char::len_utf8)
            .sum::<usize>();
    let width = text
        .lines()
        .find_map(|l| l.contains('^').then(|| l.matches('^').count()))
        .unwrap_or(1);
    let end = (start + width).min(file.text.len());
    Some((file, start..end))
}

fn template_file(theme: &Theme, name: &str) -> Arc<SourceFile> {
    theme
        .templates
        .get(name)
        .cloned()
        .unwrap_or_else(|| SourceFile::new(format!("templates/{name}"), ""))
}
