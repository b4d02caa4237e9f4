//! Rendering: the validated model, the words of every language and the theme become the pages of
//! the site, in memory. No I/O happens here; [`crate::write::output`] writes the result.

mod budget;
mod copied;
mod errors;
pub mod hyphenate;
pub mod machine;
pub mod markdown;
pub mod notice;
mod print;
pub mod review;
mod templates;

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::rc::Rc;
use std::sync::{Arc, Mutex};

use rayon::prelude::*;
use serde::Serialize;

use crate::messages::Message;
use tera::{Context, Tera, Value};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::fs::IoError;
use crate::history::engagements::Engagements;
use crate::history::lock::{Publication, PublicationId, Stamp};
use crate::history::{changelog, changes, published};
use crate::intl;
use crate::load::config::Config;
use crate::load::locales::{Locale, Locales};
use crate::load::theme::{self, Theme};
use crate::model::{Model, Subprocessor};
use errors::render_diagnostic;
use print::{AnnexMargin, Margin, PageMargin};
use templates::{Globals, Shared, build_tera};

/// What a page shows for a message its language lacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// Nothing: it is an error, and nothing is published with a hole (`build`, `check`).
    IsAnError,
    /// The source language's text, visibly marked, so that work in progress can be looked at
    /// (`serve`, `review`, `diff`, `mark-reviewed`).
    ShowsTheSource,
}

/// The published files: path under the output directory to contents.
pub type Files = BTreeMap<String, Vec<u8>>;

/// The machine-readable files at the root of a site's output.
const DATA_JSON: &str = "data.json";
const SUBPROCESSORS_CSV: &str = "subprocessors.csv";
const DPV_JSONLD: &str = "dpv.jsonld";
/// The page at the root, which lists the languages.
const ROOT_PAGE: &str = "index.html";

/// The files candor writes at the root of a site's output, beside a folder for each language
/// and the history's ([`crate::history::published::FOLDER`]).
pub const SITE_FILES: [&str; 5] = [
    ROOT_PAGE,
    DATA_JSON,
    SUBPROCESSORS_CSV,
    DPV_JSONLD,
    crate::history::published::INDEX,
];

/// What rendering reads: the validated site, and how to treat translations.
pub struct Input<'a> {
    pub config: &'a Config,
    pub model: &'a Model,
    pub locales: &'a Arc<Locales>,
    pub theme: &'a Theme,
    /// For each language, the ids of its stale messages.
    pub stale: HashMap<String, BTreeSet<String>>,
    /// For each language with words not translated yet (copied from the source, they read as
    /// it does), the ids of those messages. A page that shows one marks it as the source
    /// language's, and says so.
    pub untranslated: HashMap<String, BTreeSet<String>>,
    /// What a page shows for a message its language lacks.
    pub missing: Missing,
}

/// A link to the same page in another language.
#[derive(Serialize)]
struct LanguageLink {
    tag: String,
    name: String,
    /// The direction the language is written in, `ltr` or `rtl`, for an entry in it on a page in
    /// another.
    dir: &'static str,
    href: String,
    current: bool,
}

/// A language as links to it name it: its tag, its name in itself and its direction.
struct LanguageName {
    tag: String,
    name: String,
    dir: &'static str,
}

impl LanguageName {
    fn of(language: &crate::load::config::Language) -> LanguageName {
        LanguageName {
            tag: language.tag.clone(),
            name: intl::own_name(&language.locale).unwrap_or_else(|| language.tag.clone()),
            dir: direction(&language.locale),
        }
    }

    /// A link to the same page (`suffix`, a folder under the language's folder) in this
    /// language. It names the folder's `index.html`: a site opened from disk (as the README
    /// suggests) has no server to find it, and a folder's link would open a directory listing.
    fn link(&self, root: &str, suffix: &str, current: bool) -> LanguageLink {
        LanguageLink {
            tag: self.tag.clone(),
            name: self.name.clone(),
            dir: self.dir,
            href: format!("{root}{}/{suffix}index.html", self.tag),
            current,
        }
    }
}

/// `rtl` for a language written right to left, `ltr` for the others.
fn direction(locale: &icu_locale_core::Locale) -> &'static str {
    if intl::is_rtl(locale) { "rtl" } else { "ltr" }
}

#[derive(Debug, Serialize, Clone, PartialEq)]
struct StampView {
    /// ISO 8601, for `<time datetime>`.
    iso: String,
    /// In the language's long format.
    text: String,
}

/// Renders every page into memory. All render problems are reported, not just the first.
pub fn in_memory(input: Input, stamp: &Stamp, diags: &mut Diagnostics) -> Option<Files> {
    scope_in_memory(input, stamp, Scope::Site, diags)
}

/// Renders each language's page and annex alone into memory (`<lang>/index.html` and
/// `<lang>/annex/index.html`, with their print stylesheets), or only the page of the language at
/// `only` (in configured order): what the review compares today's pages and annexes with. Each
/// is the document [`in_memory`] renders, byte for byte; the rest of the site (the archive, the
/// lists, the site's own files) is not rendered at all.
pub fn pages_in_memory(
    input: Input,
    stamp: &Stamp,
    only: Option<usize>,
    diags: &mut Diagnostics,
) -> Option<Files> {
    let scope = match only {
        Some(language) => Scope::Page(language),
        None => Scope::Pages,
    };
    scope_in_memory(input, stamp, scope, diags)
}

/// Renders what `scope` says into memory.
pub fn scope_in_memory(
    input: Input,
    stamp: &Stamp,
    scope: Scope,
    diags: &mut Diagnostics,
) -> Option<Files> {
    let files = Mutex::new(Files::new());
    let emit = |more: Files| {
        files.lock().expect("no panic while rendering").extend(more);
        Ok(())
    };
    let rendered = render_scope(input, stamp, scope, &emit, diags).unwrap_or(false);
    rendered.then(|| files.into_inner().expect("rendering is over"))
}

/// How much of the site a rendering makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Every file the site publishes.
    Site,
    /// Every file but the archive's copies of the publications (each language's archived
    /// pages and annexes): what the preview shows at once. With [`Scope::Archive`], the site.
    Live,
    /// Only the archive's copies of the publications, in every language.
    Archive,
    /// Each language's page and annex with their print stylesheets, and nothing else
    /// ([`pages_in_memory`]).
    Pages,
    /// The page and print stylesheet of the language at this position, and nothing else.
    Page(usize),
}

impl Scope {
    /// Whether the site's own files (its index, the machine-readable files, the history's) are
    /// made.
    fn makes_site_files(self) -> bool {
        matches!(self, Scope::Site | Scope::Live)
    }

    /// Whether anything made speaks the words each publication recorded: the archive's copies,
    /// and the change log and feed, each entry of which is in its publication's words.
    fn speaks_recorded_words(self) -> bool {
        matches!(self, Scope::Site | Scope::Live | Scope::Archive)
    }

    /// Whether the language at position `i` is rendered at all.
    fn renders(self, i: usize) -> bool {
        match self {
            Scope::Page(only) => i == only,
            _ => true,
        }
    }
}

/// Where a rendering's batches go, and the first failure of its [`Emit`], after which nothing
/// more is emitted, or rendered.
struct Sink<'a> {
    emit: &'a Emit<'a>,
    failed: Mutex<Option<IoError>>,
}

impl Sink<'_> {
    fn give(&self, files: Files) {
        // Not locked while emitting: the cores write their files at the same time.
        if self.stopped() {
            return;
        }
        if let Err(e) = (self.emit)(files) {
            self.failed
                .lock()
                .expect("no panic while emitting")
                .get_or_insert(e);
        }
    }

    fn stopped(&self) -> bool {
        self.failed
            .lock()
            .expect("no panic while emitting")
            .is_some()
    }
}

/// Where rendered files go as soon as a batch of pages is done: kept in memory
/// ([`in_memory`]), or written to the directory that becomes the site ([`crate::write::output`]).
pub type Emit<'a> = dyn Fn(Files) -> Result<(), IoError> + Sync + 'a;

/// Renders every page, handing the files to `emit` a batch at a time (a publication's page or
/// annex in one language, with its archive copy; a language's lists; the site's own files; or
/// one of the history's files), so that the output of a site of many languages, or of a long
/// history, is never held whole. Returns whether everything rendered without error (all render
/// problems are reported, not just the first), or the first failure of `emit`, after which
/// nothing more is emitted.
pub fn render(
    input: Input,
    stamp: &Stamp,
    emit: &Emit,
    diags: &mut Diagnostics,
) -> Result<bool, IoError> {
    render_scope(input, stamp, Scope::Site, emit, diags)
}

/// [`render`], of the whole site or of only what `scope` says.
pub fn render_scope(
    input: Input,
    stamp: &Stamp,
    scope: Scope,
    emit: &Emit,
    diags: &mut Diagnostics,
) -> Result<bool, IoError> {
    let sink = Sink {
        emit,
        failed: Mutex::new(None),
    };
    let Input {
        config,
        model,
        locales,
        theme,
        stale,
        untranslated,
        missing,
    } = input;
    // A stamp always holds the publication it stamps (`lock::stamp` adds it when it is new).
    let Some(last) = stamp.history.last() else {
        diags.push(Diagnostic::error(
            "there is no publication to stamp the site with",
        ));
        return Ok(false);
    };
    // The archive's words and facts, and the change log, each on a core of its own. The pages
    // alone speak only today's words: they need none of the archive's.
    let (mut words_diags, mut models_diags) = (Diagnostics::default(), Diagnostics::default());
    let (
        (archived_words, archived_untranslated, archive_positions, wordings),
        (archived_models, log),
    ) = rayon::join(
        || {
            if scope.speaks_recorded_words() {
                archived_words(locales, &untranslated, stamp, missing, &mut words_diags)
            } else {
                Default::default()
            }
        },
        || {
            // The archive's rows give the last days to object its notices kept.
            let log = changelog::log(&stamp.history);
            (
                archived_models(&stamp.history, &log, &mut models_diags),
                log,
            )
        },
    );
    diags.extend(words_diags);
    diags.extend(models_diags);
    let positions = locales.locales.len() + archived_words.len();
    // The facts become template values once; every page shares them (Tera's arrays and maps
    // are reference-counted).
    let Archived {
        models: archived,
        engaged_before_last: engaged_before,
        first_engaged,
        mut statements,
        mut rows,
    } = archived_models;
    // Today's facts are the last publication's; added again, they are a new statement only
    // where that publication could not be read back.
    statements.add(model, stamp.date);
    // The names every page may show, today's and each publication's: left whole.
    let whole = hyphenate::Whole::of(
        std::iter::once(model)
            .chain(archived.values().map(|(facts, ..)| *facts))
            .flat_map(Model::names),
    );
    // Today's organisation, then each other one a publication named: an archived page names
    // the organisation as it was published.
    let mut organisations = vec![Globals::of(&model.organisation)];
    let archived: BTreeMap<String, ArchivedFacts> = archived
        .into_iter()
        .map(|(date, (facts, value, groups, to_come, notice_since))| {
            let globals = Globals::of(&facts.organisation);
            let organisation = match organisations.iter().position(|g| *g == globals) {
                Some(known) => known,
                None => {
                    organisations.push(globals);
                    organisations.len() - 1
                }
            };
            let archived = ArchivedFacts {
                facts: value,
                groups,
                to_come,
                notice_since,
                organisation,
                org: facts.organisation.name.clone(),
            };
            (date, archived)
        })
        .collect();
    let shared = Arc::new(
        Shared {
            locales: locales.clone(),
            archived_words,
            recorded_sources: stamp
                .history
                .iter()
                .map(|p| p.snapshot.shared_source())
                .collect(),
            stale,
            untranslated: untranslated.clone(),
            archived_untranslated,
            showing_copied: Vec::new(),
            missing,
            organisations,
            constant: (0..positions).map(|_| Default::default()).collect(),
        }
        .with_copied(),
    );
    // Every page may fall back on the source language's words, and the archive speaks the
    // recorded ones: their bundles are held all through ([`Locale::bundle`]); each language's
    // while its pages render. They are made on every core while the templates compile.
    let (_held, tera) = rayon::join(
        || -> Vec<_> {
            let archived = shared.archived_words.iter();
            let held: Vec<&Locale> = std::iter::once(locales.source()).chain(archived).collect();
            held.into_par_iter().map(Locale::bundle).collect()
        },
        || build_tera(theme, &shared, diags),
    );
    let Some(tera) = tera else {
        return Ok(false);
    };
    let names: Vec<LanguageName> = locales
        .locales
        .iter()
        .map(|l| LanguageName::of(&l.language))
        .collect();
    let errors_before = diags.error_count();
    // Feed ids are `tag:` URIs under a host the organisation owns.
    let authority = changelog::authority(&stamp.history, model);
    // Since when each engaged sub-processor is engaged: as the content says, or since the first
    // publication that listed it. One only announced is not engaged.
    let announced = not_yet_engaged(model, stamp.date, &engaged_before);
    // The machine-readable lists' sub-processors: the engaged ones as they stand today, and
    // for the list of rows, each one with a change still to come also as stated (not one
    // whose day alone is set, which the page shows nothing to come of: qa101).
    let mut standing = Vec::new();
    let mut listed = Vec::new();
    for s in model.subprocessors.iter().map(|s| &**s) {
        if announced.contains(&s.id) {
            listed.push(s);
            continue;
        }
        let shown = statements.in_effect(s, stamp.date);
        standing.push(shown);
        listed.push(shown);
        if !std::ptr::eq(shown, s) && changes::Pending::between(shown, s).is_some() {
            listed.push(s);
        }
    }
    let engaged_since =
        crate::history::engagements::published_since(model, &announced, &first_engaged);
    let kept = changelog::objections_kept(&log, log.len(), stamp.date);
    let to_object = changes::objectable_to_come(model, &statements, stamp.date);
    // Today's page is the last publication's: the periods of those before it.
    let notice_since = match notice_periods(&stamp.history).split_last() {
        Some(((this, _), earlier)) => {
            changes::notice_period_since(model, &statements, stamp.date, *this, earlier)
        }
        None => None,
    };
    let (groups, to_come) = subprocessor_groups(
        model,
        stamp.date,
        &engaged_before,
        &statements,
        &kept,
        &mut rows,
    );
    let pages = LanguagePages {
        scope,
        tera: &tera,
        whole: &whole,
        log: &log,
        shared: &shared,
        archive_positions,
        wordings,
        theme,
        names: &names,
        source: LanguageName::of(&locales.source().language),
        facts: rows.facts(model),
        groups: shared_groups(groups, &archived, &stamp.history),
        to_come,
        notice_since,
        archived,
        stamp,
        untranslated,
        org: &model.organisation.name,
        links: changelog::FeedLinks {
            base: config.base_url.as_deref(),
            authority: &authority,
            source: {
                let source = LanguageName::of(&locales.source().language);
                (source.tag, source.name)
            },
        },
    };
    // Each language's pages on whichever core is free, emitted as soon as they are done; the
    // site's own files (its index, the machine-readable files, the history) beside them. The
    // diagnostics are merged in configured order, so they read the same however the work was
    // shared out; the files do not depend on the order at all.
    let (rendered, site_diags) = rayon::join(
        || -> Vec<Diagnostics> {
            locales
                .locales
                .par_iter()
                .zip(&names)
                .enumerate()
                .filter(|&(i, _)| scope.renders(i))
                .map(|(i, (locale, name))| pages.render(i, locale, name, &sink))
                .collect()
        },
        || {
            if !scope.makes_site_files() {
                return Diagnostics::default();
            }
            let site = SiteFiles {
                whole: &whole,
                config,
                model,
                stamp,
                last,
                names: &names,
                facts: pages.facts.clone(),
                engaged_since: &engaged_since,
                kept: &kept,
                to_object: &to_object,
                standing: &standing,
                listed: &listed,
            };
            let (files, site_diags) = site.render(&tera, theme, locales);
            if !site_diags.has_errors() {
                sink.give(files);
            }
            // The history, for anyone to check: each publication's canonical form and the list
            // of them, each file handed on as soon as it is made.
            for (path, bytes) in published::files(&stamp.history) {
                sink.give(Files::from([(path, bytes)]));
            }
            site_diags
        },
    );
    for language_diags in rendered {
        diags.extend(language_diags);
    }
    diags.extend(site_diags);
    match sink.failed.into_inner().expect("no panic while emitting") {
        Some(e) => Err(e),
        None => Ok(diags.error_count() == errors_before),
    }
}

/// The files of the site as a whole: its index (the language list), the machine-readable
/// files and the theme's assets. (The history's files are made beside them, one at a time.)
struct SiteFiles<'a> {
    /// The names left whole ([`hyphenate::Whole`]).
    whole: &'a hyphenate::Whole,
    config: &'a Config,
    model: &'a Model,
    stamp: &'a Stamp,
    /// The publication the site is stamped with.
    last: &'a crate::history::lock::Publication,
    names: &'a [LanguageName],
    facts: Value,
    engaged_since: &'a BTreeMap<String, String>,
    /// The last days to object notices kept ([`changelog::objections_kept`]).
    kept: &'a BTreeMap<String, jiff::civil::Date>,
    /// Those whose statement still to come may be objected to
    /// ([`changes::objectable_to_come`]).
    to_object: &'a BTreeSet<String>,
    /// The engaged sub-processors, each as it stands on the publication's day.
    standing: &'a [&'a Subprocessor],
    /// Every sub-processor as the page lists it, and one with a change still to come also as
    /// stated, after it.
    listed: &'a [&'a Subprocessor],
}

impl SiteFiles<'_> {
    fn render(self, tera: &Tera, theme: &Theme, locales: &Locales) -> (Files, Diagnostics) {
        let SiteFiles {
            whole,
            config,
            model,
            stamp,
            last,
            names,
            facts,
            engaged_since,
            kept,
            to_object,
            standing,
            listed,
        } = self;
        let mut files = Files::new();
        let mut diags = Diagnostics::default();
        let source = locales.source();
        let mut ctx = Context::new();
        ctx.insert("lang", &source.language.tag);
        ctx.insert("dir", direction(&source.language.locale));
        ctx.insert("root", "");
        ctx.insert_value("facts", facts);
        ctx.insert("languages", &language_links(names, None, "", ""));
        ctx.insert("stamp_iso", &stamp.date.to_string());
        // The language list speaks the source language; each entry speaks its own
        // (`t(key=…, language=l.tag)`).
        ctx.insert(templates::PAGE_LANGUAGE, &locales.source);
        ctx.insert(templates::PAGE_ORGANISATION, &0);
        Renderer::new(tera, theme, whole, source).page(
            theme::INDEX_TEMPLATE,
            Words::Hyphenated,
            &ctx,
            ROOT_PAGE.into(),
            &mut files,
            &mut diags,
        );
        let tags: Vec<String> = config.languages.iter().map(|l| l.tag.clone()).collect();
        files.insert(
            DATA_JSON.into(),
            machine::data_json(
                model,
                stamp.date,
                &last.fingerprint,
                &tags,
                engaged_since,
                kept,
                to_object,
            ),
        );
        files.insert(
            SUBPROCESSORS_CSV.into(),
            machine::subprocessors_csv(listed, engaged_since, stamp.date, kept, to_object),
        );
        // Its nodes are named by the anchors of the source language's page, which holds them:
        // with a base URL, that page's address (not the language list's, which has none).
        let base = config.base_url.as_deref().map_or(String::new(), |b| {
            format!("{}/{}/", b.trim_end_matches('/'), source.language.tag)
        });
        files.insert(
            DPV_JSONLD.into(),
            machine::dpv_jsonld(model, standing, stamp.date, &base),
        );
        for (path, bytes) in &theme.assets {
            files.insert(path.clone(), bytes.clone());
        }
        (files, diags)
    }
}

/// What every language's pages share.
struct LanguagePages<'a> {
    /// Whether to render all of each language's pages, or only its page.
    scope: Scope,
    tera: &'a Tera,
    /// The names left whole ([`hyphenate::Whole`]).
    whole: &'a hyphenate::Whole,
    /// What each publication changed, found once for every language.
    log: &'a [changelog::Logged<'a>],
    shared: &'a Shared,
    /// The page position of a language's words as a publication recorded them, on its day or
    /// as revised, where they are not today's.
    archive_positions: ArchivePositions,
    /// The wordings each language's pages of each publication were shown in after they were
    /// first shown, by their number of revisions ([`lock::Shown::through`]).
    wordings: Wordings,
    theme: &'a Theme,
    /// Every language, in configured order, for the links between them.
    names: &'a [LanguageName],
    /// The source language.
    source: LanguageName,
    facts: Value,
    /// The sub-processors engaged and those announced ([`subprocessor_groups`]).
    groups: Groups,
    /// The changes to engaged sub-processors still to come.
    to_come: Vec<changes::Pending>,
    /// From when the notice period the page states applies, where it says so
    /// ([`changes::notice_period_since`]).
    notice_since: Option<PublicationId>,
    /// The facts of each recorded publication, by its id.
    archived: BTreeMap<String, ArchivedFacts>,
    stamp: &'a Stamp,
    /// The languages whose words are not all translated yet ([`Input::untranslated`]).
    untranslated: HashMap<String, BTreeSet<String>>,
    org: &'a str,
    links: changelog::FeedLinks<'a>,
}

/// A recorded publication's facts, as its archived pages show them.
struct ArchivedFacts {
    facts: Value,
    /// Its sub-processor groups ([`subprocessor_groups`]).
    groups: Groups,
    /// The changes to engaged sub-processors it announced as still to come.
    to_come: Vec<changes::Pending>,
    /// From when the notice period it stated applied, where its page said so.
    notice_since: Option<PublicationId>,
    /// Which of [`templates::Shared::organisations`] it named.
    organisation: usize,
    /// The organisation's name it published.
    org: String,
}

/// What an archive copy shows of its publication that the publication recorded none of the
/// words of, as it predates them: made later, from its facts, in today's words. Each copy says
/// so where it shows it.
#[derive(Debug, Default, Serialize)]
struct MadeLater {
    /// The translation's words: the publication recorded no translation's.
    words: bool,
    /// The annex: it recorded none of the annex's words in this language.
    annex: bool,
    /// The summary at the head of the page ("At a glance").
    summary: bool,
    /// The translation's terms (how it names the customers and their users): its words recorded
    /// none, as an older candor recorded no term. The copy shows them as the first publication
    /// after it that recorded them did ([`terms_recorded_after`]).
    terms: bool,
    /// The day of that publication; `None` where none after it recorded them, and the copy
    /// shows today's.
    terms_from: Option<StampView>,
}

/// The changes to an engaged sub-processor still to come, as the page announces them: all that
/// takes effect on one day.
#[derive(Debug, Serialize)]
struct UpcomingChange {
    /// Each change, in words, one sentence after another.
    text: String,
    /// What ends `text` as a sentence: a full stop, or nothing where it has one.
    stop: &'static str,
    /// The row it concerns (`subprocessor-<id>`).
    anchor: String,
    /// "Takes effect on …. Last day to object: …."
    when: String,
}

/// The day of `time`, if any, as a page of `locale` names it.
fn day_of(time: Option<jiff::Timestamp>, locale: &Locale) -> Result<Option<StampView>, String> {
    let Some(time) = time else {
        return Ok(None);
    };
    let date = crate::history::lock::When::at(time).date;
    Ok(Some(StampView {
        iso: date.to_string(),
        text: intl::long_date(&locale.language.formats, date)?,
    }))
}

/// What a page announces as still to come: the changes to engaged sub-processors that its
/// publication, made on `date`, states from a later day (`to_come`). (A sub-processor not yet
/// engaged is in the table of announced ones instead.) `org` is the organisation's name as the
/// page names it.
struct Announced<'p> {
    to_come: &'p [changes::Pending],
    date: jiff::civil::Date,
    org: &'p str,
    /// From when the notice period its page states applies, where the page says so.
    notice_since: Option<PublicationId>,
}

impl LanguagePages<'_> {
    /// What today's page announces as still to come ([`Announced`]).
    fn announced_today(&self) -> Announced<'_> {
        Announced {
            to_come: &self.to_come,
            date: self.stamp.date,
            org: self.org,
            notice_since: self.notice_since,
        }
    }

    /// The changes to engaged sub-processors that `announced` says are still to come, in
    /// `locale`: what changes, from when, and until when controllers may object to a change
    /// that needs their notice. An archived page says what its publication announced, as
    /// today's page does.
    fn upcoming_changes(
        &self,
        locale: &Locale,
        announced: Announced,
    ) -> Result<Vec<UpcomingChange>, String> {
        let Announced {
            to_come, date, org, ..
        } = announced;
        let long_date = |d: jiff::civil::Date| intl::long_date(&locale.language.formats, d);
        let say = |m: Message, d: jiff::civil::Date| -> Result<String, String> {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("date", long_date(d)?);
            Ok(locale.format(m.id(), &args)?)
        };
        let mut out = Vec::new();
        for pending in to_come {
            let takes_effect = say(Message::NoticeTakesEffect, pending.takes_effect)?;
            let until = changes::last_day_to_object(pending.takes_effect)
                .ok_or_else(|| format!("no day comes before {}", pending.takes_effect))?;
            let mut texts = Vec::new();
            for change in &pending.changes {
                let items = changelog::describe_one(
                    change,
                    changelog::Tense::Later,
                    locale,
                    org,
                    "",
                    date,
                )?;
                texts.extend(items.into_iter().map(|item| item.text));
            }
            let when = match pending.objectable() {
                true => format!("{takes_effect} {}", say(Message::NoticeObjectUntil, until)?),
                false => takes_effect,
            };
            // Told with less notice than the page promises, it says why (qa118: the exception
            // was told as a change of its record still to come).
            let when = match pending.exception {
                Some(e) => {
                    let mut args = fluent_bundle::FluentArgs::new();
                    args.set("reason", e.as_str());
                    let why = locale.format(Message::NoticeException.id(), &args)?;
                    format!("{when} {why}")
                }
                None => when,
            };
            // One entry a sub-processor: what changes of it, sentence after sentence, and
            // its day once (qa114: each change repeated the day and the last day to object).
            let Some((last, before)) = texts.split_last() else {
                continue;
            };
            let text = (before.iter())
                .map(|t| format!("{t}{}", crate::text::full_stop(t)))
                .chain([last.clone()])
                .collect::<Vec<_>>()
                .join(" ");
            out.push(UpcomingChange {
                stop: crate::text::full_stop(last),
                text,
                anchor: format!("subprocessor-{}", pending.id),
                when,
            });
        }
        Ok(out)
    }

    /// Puts the [`upcoming_changes`](Self::upcoming_changes) into `ctx`, the number of
    /// engaged sub-processors they concern (`changing_subprocessors`, which "At a glance"
    /// counts), and from when the notice period the page states applies (`notice_since`),
    /// where the page says so.
    fn insert_upcoming_changes(
        &self,
        ctx: &mut Context,
        locale: &Locale,
        announced: Announced,
        diags: &mut Diagnostics,
    ) {
        let since = announced.notice_since.map(|id| {
            changelog::publication_name(id, locale).map(|text| StampView {
                iso: id.date.to_string(),
                text,
            })
        });
        match since.transpose() {
            Ok(since) => ctx.insert("notice_since", &since),
            Err(e) => diags.push(Diagnostic::error(e)),
        }
        // Which of the change log's and the notices' messages, in no section of the page, its
        // lines are told with (`upcoming_messages`), so that the box says the original
        // prevails where one of those is stale, and not for another (qa157: a stale
        // `change-subprocessor-added` marked a box that told only of a change to Slack's
        // personal data). A section's words it shows (a purpose's label) are its section's
        // notice's.
        let formatted = crate::load::locales::Formatted::start();
        let upcoming = self.upcoming_changes(locale, announced);
        let used: Vec<String> = (formatted.ids().into_iter())
            .filter(|id| crate::sections::is_entry_word(id))
            .collect();
        drop(formatted);
        match upcoming {
            Ok(upcoming) => {
                let changing: BTreeSet<&str> = upcoming.iter().map(|c| c.anchor.as_str()).collect();
                ctx.insert("changing_subprocessors", &changing.len());
                ctx.insert("upcoming_changes", &upcoming);
                ctx.insert("upcoming_messages", &used);
            }
            Err(e) => diags.push(Diagnostic::error(e)),
        }
    }

    /// The words the language at position `i` spoke in the publication at `k` (oldest first),
    /// where they differ from today's ([`archived_words`]).
    fn recorded_words(&self, i: usize, k: usize) -> Option<&Locale> {
        self.archive_positions
            .get(&(i, k, Wording::FirstShown))
            .map(|p| self.shared.locale(*p))
    }

    /// The address of `path` (a folder of the site, `en/`) where the site has a `base-url`.
    fn address(&self, path: &str) -> Option<String> {
        let base = self.links.base?;
        Some(format!("{}/{path}", base.trim_end_matches('/')))
    }

    /// The pages of the `i`th language: its page, annex, change log, feed and archive. Each
    /// publication's page and its annex are rendered on whichever core is free and handed to
    /// `emit` as soon as they are done (unless they have an error), so that a site of few
    /// languages keeps every core busy and a core holds no more than one document of one
    /// publication. Returns the language's problems, in the order of its [`Batch`]es.
    fn render(&self, i: usize, locale: &Locale, name: &LanguageName, sink: &Sink) -> Diagnostics {
        let mut diags = Diagnostics::default();
        let _held = locale.bundle();
        let (stamp, entries) = match (
            intl::long_date(&locale.language.formats, self.stamp.date),
            changelog::entries(
                self.log,
                locale,
                &self.source.tag,
                &|k| self.recorded_words(i, k),
                self.org,
                &self.stamp.texts,
            ),
        ) {
            (Ok(text), Ok(entries)) => {
                let iso = self.stamp.date.to_string();
                // The second publication of a day says which it is, as the change log and the
                // archive name it: the page and its printout read apart from the first's. The
                // entries are newest first: the first of the day is the page's.
                let text = entries
                    .iter()
                    .find(|e| e.iso == iso)
                    .map_or(text, |e| e.date.clone());
                (StampView { iso, text }, entries)
            }
            (Err(e), _) | (_, Err(e)) => {
                diags.push(Diagnostic::error(e));
                return diags;
            }
        };
        let language = Language {
            i,
            locale,
            name,
            stamp,
            entries,
        };
        // The entries are the history, newest first: the first is the current publication.
        let archived = |from: usize| {
            (from..language.entries.len())
                .flat_map(|n| [Document::Page, Document::Annex].map(|d| Batch::Archived(n, d)))
        };
        let revisions = || {
            (language.entries.iter().enumerate()).flat_map(|(n, e)| {
                e.revisions.iter().flat_map(move |r| {
                    [Document::Page, Document::Annex].map(|d| Batch::Revision(n, r.through, d))
                })
            })
        };
        let current = [
            Batch::Current(Document::Page),
            Batch::Current(Document::Annex),
            Batch::Lists,
        ];
        let batches: Vec<Batch> = match self.scope {
            Scope::Pages => vec![
                Batch::Current(Document::Page),
                Batch::Current(Document::Annex),
            ],
            Scope::Page(_) => vec![Batch::Current(Document::Page)],
            // The current publication's copy in the archive is made with its page and annex.
            Scope::Site => (current.into_iter())
                .chain(archived(1))
                .chain(revisions())
                .collect(),
            Scope::Live => current.into(),
            Scope::Archive => archived(0).chain(revisions()).collect(),
        };
        let found: Vec<Diagnostics> = batches
            .par_iter()
            .map(|batch| {
                let mut files = Files::new();
                let mut diags = Diagnostics::default();
                if sink.stopped() {
                    return diags;
                }
                match *batch {
                    Batch::Current(document) => {
                        self.current(&language, document, &mut files, &mut diags)
                    }
                    Batch::Lists => self.lists(&language, &mut files, &mut diags),
                    Batch::Archived(n, document) | Batch::Revision(n, _, document) => {
                        let wording = match *batch {
                            Batch::Revision(_, through, _) => Wording::Revised(through),
                            _ => Wording::FirstShown,
                        };
                        let mut renderer = Renderer::new(
                            self.tera,
                            self.theme,
                            self.whole,
                            self.shared.locales.source(),
                        );
                        let copy = ArchiveCopy {
                            position: n,
                            document,
                            wording,
                        };
                        let (files, diags) = (&mut files, &mut diags);
                        self.archived_entry(&language, copy, &mut renderer, files, diags);
                    }
                }
                if !diags.has_errors() {
                    sink.give(files);
                }
                diags
            })
            .collect();
        for batch in found {
            diags.extend(batch);
        }
        diags
    }

    /// What every page of `language` starts from, at `depth` (`../`) below the output folder,
    /// whose counterpart in each language is at `suffix` (`annex/`) under its folder.
    fn context(&self, language: &Language, depth: &str, suffix: &str) -> Context {
        let lang = &language.locale.language;
        let mut ctx = Context::new();
        ctx.insert(templates::PAGE_LANGUAGE, &language.i);
        ctx.insert(templates::PAGE_ORGANISATION, &0);
        ctx.insert("lang", &lang.tag);
        ctx.insert("dir", direction(&lang.locale));
        ctx.insert("root", depth);
        ctx.insert("archived", &false);
        ctx.insert("superseded", &None::<StampView>);
        ctx.insert("translated_later", &false);
        ctx.insert("translation_added", &None::<StampView>);
        ctx.insert("untranslated", &self.untranslated.contains_key(&lang.tag));
        ctx.insert("made_later", &MadeLater::default());
        ctx.insert("revised", &None::<StampView>);
        ctx.insert("revision", &None::<RevisionView>);
        // The wording shown, where a revision made it: its fingerprint covers its words.
        self.insert_wording(&mut ctx, None);
        ctx.insert("revision_copies", &[] as &[CopyLink]);
        ctx.insert("wording_replaced", &false);
        ctx.insert(
            "languages",
            &language_links(self.names, Some(&lang.tag), depth, suffix),
        );
        ctx
    }

    /// The current publication's page or annex, and its copy in the archive, which shows the
    /// same sub-processors in the same words (their fragment is rendered once).
    fn current(
        &self,
        language: &Language,
        document: Document,
        files: &mut Files,
        diags: &mut Diagnostics,
    ) {
        let Language {
            i,
            locale,
            name,
            stamp: stamp_view,
            entries,
        } = language;
        let (i, lang, org) = (*i, &locale.language, self.org);
        let mut renderer = Renderer::new(
            self.tera,
            self.theme,
            self.whole,
            self.shared.locales.source(),
        );
        match document {
            Document::Page => {
                let mut ctx = self.context(language, "../", "");
                ctx.insert_value("facts", self.facts.clone());
                ctx.insert_value("subprocessors", self.groups.value());
                self.insert_words_today(
                    &mut ctx,
                    language,
                    |id| format!("archive/{id}/index.html"),
                    diags,
                );
                self.insert_upcoming_changes(&mut ctx, locale, self.announced_today(), diags);
                ctx.insert("stamp", stamp_view);
                ctx.insert("source", &self.source.link("../", "", true));
                let table = Fragment {
                    template: theme::SUBPROCESSOR_TABLE_TEMPLATE,
                    position: i,
                    organisation: 0,
                    publication: self.today(),
                    subprocessors: self.groups.clone(),
                    stamp: stamp_view.clone(),
                };
                ctx.insert_value("subprocessor_table", renderer.fragment(table, diags));
                renderer.page(
                    theme::PAGE_TEMPLATE,
                    Words::Hyphenated,
                    &ctx,
                    format!("{}/index.html", lang.tag),
                    files,
                    diags,
                );
                let margin = PageMargin {
                    org,
                    language: &name.name,
                    date: &stamp_view.text,
                    address: self.address(&format!("{}/", lang.tag)),
                    superseded: None,
                };
                margin.css(locale, format!("{}/print.css", lang.tag), files, diags);
            }
            // The annex: the same facts in the shape of Annexes I.B and III, a document to
            // print and sign, naming the publication it states.
            Document::Annex => {
                // The entries are the history, newest first: the first is the current
                // publication.
                let Some(current) = entries.first() else {
                    return;
                };
                let mut ctx = self.context(language, "../../", "annex/");
                ctx.insert_value("facts", self.facts.clone());
                ctx.insert_value("subprocessors", self.groups.value());
                ctx.insert("source", &self.source.link("../../", "annex/", true));
                let revised = self.insert_words_today(
                    &mut ctx,
                    language,
                    |id| format!("../archive/{id}/annex/index.html"),
                    diags,
                );
                let of = Annex {
                    words: locale,
                    position: i,
                    org,
                    organisation: 0,
                    publication: self.today(),
                    subprocessors: &self.groups,
                    language: &name.name,
                    entry: current,
                    superseded: None,
                    revised: revised.map(|r| r.text),
                    announced: self.announced_today(),
                    folder: lang.tag.clone(),
                };
                self.annex(ctx, of, &mut renderer, files, diags);
            }
        }
        if self.scope == Scope::Site {
            let copy = ArchiveCopy {
                position: 0,
                document,
                wording: Wording::FirstShown,
            };
            self.archived_entry(language, copy, &mut renderer, files, diags);
        }
    }

    /// The lists: the change log, the archive's index, each publication's notice to
    /// controllers (where it needs one) and the feed.
    fn lists(&self, language: &Language, files: &mut Files, diags: &mut Diagnostics) {
        let (locale, org) = (language.locale, self.org);
        let lang = &locale.language;
        let mut renderer = Renderer::new(
            self.tera,
            self.theme,
            self.whole,
            self.shared.locales.source(),
        );
        let mut ctx = self.context(language, "../../", "changes/");
        // Which its notice of words not translated yet leads to.
        ctx.insert("source", &self.source.link("../../", "changes/", true));
        ctx.insert_value("facts", self.facts.clone());
        ctx.insert("stamp", &language.stamp);
        ctx.insert("entries", &language.entries);
        renderer.page(
            theme::CHANGES_TEMPLATE,
            Words::Hyphenated,
            &ctx,
            format!("{}/changes/index.html", lang.tag),
            files,
            diags,
        );
        // Every publication at a permanent address: its facts, today's words and theme.
        let mut ctx = self.context(language, "../../", "archive/");
        ctx.insert("source", &self.source.link("../../", "archive/", true));
        ctx.insert("entries", &language.entries);
        renderer.page(
            theme::ARCHIVE_TEMPLATE,
            Words::Hyphenated,
            &ctx,
            format!("{}/archive/index.html", lang.tag),
            files,
            diags,
        );
        // Each notice in the words it was sent in, as its change-log entry is: today's where
        // its publication recorded none, or they cannot say it.
        for (k, logged) in self.log.iter().enumerate() {
            // None of a day the page was not published in this language.
            if !logged.publication.published_in(&lang.tag, &self.source.tag) {
                continue;
            }
            let sent = self
                .recorded_words(language.i, k)
                .and_then(|words| notice::kit(logged, words, org, &self.links).ok());
            match sent.map_or_else(|| notice::kit(logged, locale, org, &self.links), Ok) {
                Ok(kit) => files.extend(kit),
                Err(e) => diags.push(Diagnostic::error(e)),
            }
        }
        match changelog::atom(&language.entries, locale, org, &self.links) {
            Ok(xml) => {
                files.insert(format!("{}/feed.xml", lang.tag), xml);
            }
            Err(e) => diags.push(Diagnostic::error(e)),
        }
    }

    /// An archived page or annex ([`ArchiveCopy`]), in its publication's facts and the words
    /// it recorded; nothing for a publication the archive leaves out (its facts no longer read
    /// as a model).
    fn archived_entry(
        &self,
        language: &Language,
        copy: ArchiveCopy,
        renderer: &mut Renderer,
        files: &mut Files,
        diags: &mut Diagnostics,
    ) {
        let Language {
            i,
            locale,
            name,
            entries,
            ..
        } = language;
        let (i, lang) = (*i, &locale.language);
        let ArchiveCopy {
            position,
            document,
            wording,
        } = copy;
        let Some((entry, facts)) = entries
            .get(position)
            .and_then(|e| Some((e, self.archived.get(&e.id)?)))
        else {
            return;
        };
        let k = self.stamp.history.len() - 1 - position;
        // The copy of a wording shown later: which, and the one after it, if any.
        let revision = match wording {
            Wording::FirstShown => None,
            Wording::Revised(through) => {
                let Some(n) = entry.revisions.iter().position(|r| r.through == through) else {
                    return;
                };
                Some((&entry.revisions[n], entry.revisions.get(n + 1)))
            }
        };
        // The words as that publication recorded them, on its day or as revised.
        let archived_position = self.archive_positions.get(&(i, k, wording)).copied();
        let words = archived_position.map_or(*locale, |p| self.shared.locale(p));
        // Where the copy is: the publication's folder in the archive, or a revision's under it;
        // and the way from the copy up to the publication's folder, and to the output's.
        let publication_folder = format!("{}/archive/{}", lang.tag, entry.id);
        let (folder, mut to_publication, mut depth) = match revision {
            None => (publication_folder, String::new(), "../../../".to_string()),
            Some((r, _)) => (
                format!("{publication_folder}/{}", r.folder),
                "../".to_string(),
                "../../../../".to_string(),
            ),
        };
        let in_folder = match document {
            Document::Page => "",
            Document::Annex => {
                to_publication.push_str("../");
                depth.push_str("../");
                "annex/"
            }
        };
        // A copy of the same document in another of the publication's wordings.
        let copy_of = |revision: Option<&changelog::RevisionCopy>| {
            let sub = revision.map_or(String::new(), |r| format!("{}/", r.folder));
            format!("{to_publication}{sub}{in_folder}index.html")
        };
        // The version that replaced it, if one did: the entries are newest first.
        let superseded = position
            .checked_sub(1)
            .and_then(|next| entries.get(next))
            .map(|next| StampView {
                iso: next.iso.clone(),
                text: next.date.clone(),
            });
        // A language added since: its copy is a translation made later, and says so.
        let translated_later = !self.stamp.history[k].published_in(&lang.tag, &self.source.tag);
        // Added by a revision of this publication: public in the language from that day.
        let added = match self.translation_added(k, locale) {
            Ok(added) => added,
            Err(e) => {
                diags.push(Diagnostic::error(e));
                return;
            }
        };
        let made_later = self.made_later(k, locale, wording, entries);
        // A translation revised while it was current: the copy of its day keeps the words of
        // that day, says when the page's words last changed, and links a copy of each
        // wording shown since; a copy of such a wording says which it is.
        let revised = match (revision, self.revised(k, locale)) {
            (Some(_), _) => None,
            (None, Ok(revised)) => revised,
            (None, Err(e)) => {
                diags.push(Diagnostic::error(e));
                return;
            }
        };
        let revision_view = revision.map(|(r, later)| RevisionView {
            iso: r.iso.clone(),
            text: r.date.clone(),
            as_published: copy_of(None),
            later: later.map(|l| CopyLink {
                iso: l.iso.clone(),
                text: l.date.clone(),
                href: copy_of(Some(l)),
            }),
        });
        let revision_copies: Vec<CopyLink> = match revision {
            Some(_) => Vec::new(),
            None => (entry.revisions.iter())
                .map(|r| CopyLink {
                    iso: r.iso.clone(),
                    text: r.date.clone(),
                    href: copy_of(Some(r)),
                })
                .collect(),
        };
        // The messages its page marked stale that day, or as revised (none known before
        // candor kept them).
        let p = &self.stamp.history[k];
        let stale: Vec<&String> = match wording {
            Wording::FirstShown => p.published_stale(&lang.tag),
            Wording::Revised(through) => p.stale_through(through, &lang.tag),
        }
        .into_iter()
        .flatten()
        .collect();
        // What it announced as still to come, in the words it is shown in.
        let announced = Announced {
            to_come: &facts.to_come,
            date: self.stamp.history[k].date,
            org: &facts.org,
            notice_since: facts.notice_since,
        };
        let mut ctx = self.context(
            language,
            &depth,
            &format!("archive/{}/{in_folder}", entry.id),
        );
        // A copy of a wording shown later leads each language to its copy as it read when
        // this one was shown: its last wording by then, this language to itself (qa129: each
        // led to the day's copies, this one's too, marked as the page it is not).
        if let Some((r, _)) = revision {
            // The names are in the languages' order, as the wordings are kept by.
            let links: Vec<LanguageLink> = (self.names.iter().enumerate())
                .map(|(other, n)| {
                    let through = match n.tag == lang.tag {
                        true => Some(r.through),
                        false => (self.wordings.get(&(other, k))).and_then(|throughs| {
                            throughs.iter().copied().rfind(|t| *t <= r.through)
                        }),
                    };
                    let wording = through.map_or(String::new(), |t| format!("revision-{t}/"));
                    let suffix = format!("archive/{}/{wording}{in_folder}", entry.id);
                    n.link(&depth, &suffix, n.tag == lang.tag)
                })
                .collect();
            ctx.insert("languages", &links);
        }
        if let Some(position) = archived_position {
            ctx.insert(templates::PAGE_LANGUAGE, &position);
            // What of its words it showed copied from the source, not translated yet, then.
            let copied = self
                .shared
                .archived_untranslated
                .get(position - self.shared.locales.locales.len());
            ctx.insert("untranslated", &copied.is_some_and(|c| !c.is_empty()));
        }
        ctx.insert(templates::PUBLICATION, &k);
        ctx.insert(templates::PAGE_ORGANISATION, &facts.organisation);
        ctx.insert("archived", &true);
        ctx.insert("superseded", &superseded);
        ctx.insert("translated_later", &translated_later);
        ctx.insert("translation_added", &added);
        ctx.insert("made_later", &made_later);
        ctx.insert("revised", &revised);
        // A copy of a wording a later one replaced is not the current version, even of the
        // current publication.
        let replaced = revision.is_some_and(|(_, later)| later.is_some());
        ctx.insert("wording_replaced", &replaced);
        ctx.insert("revision", &revision_view);
        // Its words' own fingerprint: the revision's that made them, or for a language a
        // revision added, the day's copy's, that revision's.
        let wording = match revision {
            Some((r, _)) => Some(WordingView::of(r)),
            None if added.is_some() => self.added_wording(k, locale),
            None => None,
        };
        self.insert_wording(&mut ctx, wording);
        ctx.insert("revision_copies", &revision_copies);
        ctx.insert(templates::ARCHIVED_STALE, &stale);
        ctx.insert_value("facts", facts.facts.clone());
        ctx.insert_value("subprocessors", facts.groups.value());
        // The original of the same publication, which prevailed that day.
        let original = format!("archive/{}/{in_folder}", entry.id);
        ctx.insert("source", &self.source.link(&depth, &original, true));
        if document == Document::Annex {
            // Its annex, in the words of that publication too.
            let of = Annex {
                words,
                position: archived_position.unwrap_or(i),
                org: &facts.org,
                organisation: facts.organisation,
                publication: k,
                subprocessors: &facts.groups,
                language: &name.name,
                entry,
                superseded: superseded.map(|next| next.text),
                // The copy of its day keeps the words it was published with; a revision's
                // copy says which it is.
                revised: revision.map(|(r, _)| r.date.clone()),
                announced,
                folder,
            };
            self.annex(ctx, of, renderer, files, diags);
            return;
        }
        self.insert_upcoming_changes(&mut ctx, words, announced, diags);
        // Its fingerprint and canonical file, which the page names for anyone to check.
        ctx.insert("publication", entry);
        let stamp = StampView {
            iso: entry.iso.clone(),
            text: entry.date.clone(),
        };
        ctx.insert("stamp", &stamp);
        let table = Fragment {
            template: theme::SUBPROCESSOR_TABLE_TEMPLATE,
            position: archived_position.unwrap_or(i),
            organisation: facts.organisation,
            publication: k,
            subprocessors: facts.groups.clone(),
            stamp,
        };
        ctx.insert_value("subprocessor_table", renderer.fragment(table, diags));
        renderer.page(
            theme::PAGE_TEMPLATE,
            Words::Hyphenated,
            &ctx,
            format!("{folder}/index.html"),
            files,
            diags,
        );
        let margin = PageMargin {
            org: &facts.org,
            language: &name.name,
            date: &entry.date,
            address: self.address(&format!("{folder}/")),
            superseded: superseded
                .clone()
                .map(|next| (next.text, self.address(&format!("{}/", lang.tag)))),
        };
        margin.css(words, format!("{folder}/print.css"), files, diags);
    }
}

/// Which archive copy to render: the page or annex (`document`) of the publication at
/// `position` in the entries (newest first), in which of its wordings.
#[derive(Clone, Copy)]
struct ArchiveCopy {
    position: usize,
    document: Document,
    wording: Wording,
}

/// What a copy of a wording shown after its publication's day says of itself: that day
/// (`iso`, `text`), the copy in the words it was published with (`as_published`), and the
/// copy of the next wording, where there is one.
#[derive(Serialize)]
struct RevisionView {
    iso: String,
    text: String,
    as_published: String,
    later: Option<CopyLink>,
}

/// The words a page or annex shows, where a revision of its publication made them: that
/// revision's fingerprint, which covers them, and the path of its canonical file.
#[derive(Serialize)]
struct WordingView {
    fingerprint: String,
    canonical: String,
}

impl WordingView {
    fn of(copy: &changelog::RevisionCopy) -> WordingView {
        WordingView {
            fingerprint: copy.fingerprint.clone(),
            canonical: copy.canonical.clone(),
        }
    }
}

/// A link to an archive copy of another wording, named by the day it was shown from.
#[derive(Serialize)]
struct CopyLink {
    iso: String,
    text: String,
    href: String,
}

/// A language's pages, as every [`Batch`] of them needs it.
struct Language<'a> {
    /// Its position in configured order.
    i: usize,
    locale: &'a Locale,
    name: &'a LanguageName,
    /// The site's stamp, in the language's long date format.
    stamp: StampView,
    /// The history as the change log tells it, newest first.
    entries: Vec<changelog::Entry>,
}

/// Some of a language's pages, which a core renders at once and hands on together.
#[derive(Clone, Copy)]
enum Batch {
    /// The current publication's page or annex, and its archive copy.
    Current(Document),
    /// The change log, the archive's index, the notices and the feed.
    Lists,
    /// An earlier publication's archived page or annex: its place in the entries (from 1).
    Archived(usize, Document),
    /// A publication's archived page or annex in a wording shown after its day: its place in
    /// the entries, and how many of its revisions it shows ([`RevisionCopy::through`]).
    Revision(usize, usize, Document),
}

/// The two documents a publication is shown as, each with its sub-processors as a fragment
/// of its own.
#[derive(Clone, Copy, PartialEq)]
enum Document {
    /// The page, with its table of sub-processors (and its print margins).
    Page,
    /// The annex, with an entry per sub-processor.
    Annex,
}

/// Which annex to render: the publication `entry`'s, under `folder` (`en`,
/// `en/archive/2025-10-30`), in the words that publication is shown in (`words`), in the
/// language named `language` (in itself).
struct Annex<'a> {
    words: &'a Locale,
    /// The page position of `words` ([`templates::PAGE_LANGUAGE`]).
    position: usize,
    /// The organisation's name the publication named, and which of
    /// [`templates::Shared::organisations`] ([`templates::PAGE_ORGANISATION`]).
    org: &'a str,
    organisation: usize,
    /// The publication's place in the history ([`templates::PUBLICATION`]).
    publication: usize,
    /// The publication's sub-processor groups ([`subprocessor_groups`]).
    subprocessors: &'a Groups,
    language: &'a str,
    entry: &'a changelog::Entry,
    /// The date (long format) of the publication that replaced it, if one did.
    superseded: Option<String>,
    /// Of today's annex, the date (long format) its translation was revised since the
    /// publication, if it was: said in its printed margin too.
    revised: Option<String>,
    /// What the publication announced as still to come, which the annex says as its page does.
    announced: Announced<'a>,
    folder: String,
}

impl LanguagePages<'_> {
    /// The place in the history of the publication today's pages show: the last.
    fn today(&self) -> usize {
        self.stamp.history.len().saturating_sub(1)
    }

    /// The day a revision of the publication at `k` added `locale`'s language, which it was
    /// not published in ([`lock::Publication::added_at`]): its pages were public in it from
    /// then, which a page made later says.
    ///
    /// [`lock::Publication::added_at`]: crate::history::lock::Publication::added_at
    fn translation_added(&self, k: usize, locale: &Locale) -> Result<Option<StampView>, String> {
        let time = self
            .stamp
            .history
            .get(k)
            .and_then(|p| p.added_at(&locale.language.tag));
        day_of(time, locale)
    }

    /// The template's `wording` (its fingerprint and file), and where the site's address is
    /// known, the address of its file a printed copy names (`wording_address`).
    fn insert_wording(&self, ctx: &mut Context, wording: Option<WordingView>) {
        let address = wording.as_ref().and_then(|w| self.address(&w.canonical));
        ctx.insert("wording", &wording);
        ctx.insert("wording_address", &address);
    }

    /// The revision of the publication at `k` (oldest first) that added `locale`'s language,
    /// where one did: the first that holds its words.
    fn added_wording(&self, k: usize, locale: &Locale) -> Option<WordingView> {
        let p = self.stamp.history.get(k)?;
        let id = *crate::history::lock::ids(&self.stamp.history).get(k)?;
        let tag = &locale.language.tag;
        let n = (p.revisions.iter()).position(|r| r.translations.contains_key(tag))?;
        Some(WordingView {
            fingerprint: p.revisions[n].fingerprint.clone(),
            canonical: crate::history::published::revision_paths_of(p, id).swap_remove(n),
        })
    }

    /// When `locale`'s words of the publication at `k` (oldest first) were last revised while
    /// it was current (a region's, or its parent's, which it shows), if they were.
    fn revised(&self, k: usize, locale: &Locale) -> Result<Option<StampView>, String> {
        Ok(self.revised_copy(k, locale)?.map(|last| StampView {
            iso: last.iso,
            text: last.date,
        }))
    }

    /// The wording `locale`'s pages of the publication at `k` show, where its words were
    /// revised while it was current ([`Renderer::revised`]), as the archive names its copy.
    fn revised_copy(
        &self,
        k: usize,
        locale: &Locale,
    ) -> Result<Option<changelog::RevisionCopy>, String> {
        let Some(p) = self.stamp.history.get(k) else {
            return Ok(None);
        };
        if p.revised_shown(locale, &self.stamp.texts).is_empty() {
            return Ok(None);
        }
        let Some(&id) = crate::history::lock::ids(&self.stamp.history).get(k) else {
            return Ok(None);
        };
        // The last wording shown is the one it shows.
        let wordings = p.wordings_shown(locale, &self.stamp.texts);
        Ok(changelog::RevisionCopy::all(p, id, &wordings, locale)?.pop())
    }

    /// What the archive copies of the publication at `k` (oldest first) in `locale` show that
    /// it recorded none of the words of ([`MadeLater`]): the words of a translation, where it
    /// recorded no translation's (as a lock did before candor kept them); else the annex or
    /// the summary, where its words in `locale` (and its parent's, for a region) hold none of
    /// theirs. Nothing of a language it was not published in, whose copy says it was
    /// translated later.
    ///
    /// Of a translation's copy in `wording` whose words recorded no term, the terms too, with
    /// the day of the publication whose terms it shows (`entries`: the language's change log,
    /// newest first).
    fn made_later(
        &self,
        k: usize,
        locale: &Locale,
        wording: Wording,
        entries: &[changelog::Entry],
    ) -> MadeLater {
        let p = &self.stamp.history[k];
        let lang = locale.language.tag.as_str();
        // A translation made later says so of the whole copy.
        if !p.published_in(lang, &self.source.tag) {
            return MadeLater::default();
        }
        let parent = locale.parent.as_ref().map(|p| p.tag.as_str());
        let tags: Vec<&str> = parent.into_iter().chain([lang]).collect();
        // The day of the publication whose terms it shows, where it shows one's.
        let terms_from = || {
            terms_recorded_after(self.stamp, k, &tags, lang)
                .and_then(|later| entries.get(self.stamp.history.len() - 1 - later))
                .map(|entry| StampView {
                    iso: entry.iso.clone(),
                    text: entry.date.clone(),
                })
        };
        // Whether it had terms to record: the source text it recorded holds them.
        let had_terms = p.snapshot.source().keys().any(|id| id.starts_with('-'));
        if lang != self.source.tag && !p.recorded_translations() {
            return MadeLater {
                words: true,
                terms: had_terms,
                terms_from: had_terms.then(terms_from).flatten(),
                ..MadeLater::default()
            };
        }
        // The words of this language a copy in `wording` shows, of each tag.
        let shown = |wording: Wording| -> Vec<&Arc<BTreeMap<String, String>>> {
            (tags.iter())
                .filter_map(|tag| match wording {
                    Wording::FirstShown => p.first_shown_words(tag, lang),
                    Wording::Revised(through) => p.words_through(through, tag),
                })
                .collect()
        };
        // Whether those words hold any message of `prefix` whose text the record kept: one
        // whose text it did not keep is shown in other words ([`archived_words`]).
        let recorded = |prefix: &str, wording: Wording| -> bool {
            if lang == self.source.tag {
                return p.snapshot.source().keys().any(|id| id.starts_with(prefix));
            }
            (shown(wording).iter()).any(|words| {
                (words.iter())
                    .any(|(id, fp)| id.starts_with(prefix) && self.stamp.texts.contains_key(fp))
            })
        };
        let terms = had_terms && !recorded("-", wording);
        MadeLater {
            words: false,
            annex: !recorded("annex-", Wording::FirstShown),
            summary: !recorded("summary-", Wording::FirstShown),
            terms,
            terms_from: terms.then(terms_from).flatten(),
        }
    }

    /// Whose words a current page or annex speaks, into its context: of a language added
    /// since today's publication, a translation made later (`translated_later`), which was not
    /// published that day, and from when it was shown (`translation_added`); and
    /// [`revised`](Self::revised), of today's publication: its words are not those it was
    /// published (or first shown) with, and it says so, linking its copy in the archive
    /// (`as_published`), which keeps them.
    fn insert_words_today(
        &self,
        ctx: &mut Context,
        language: &Language,
        as_published: impl FnOnce(&str) -> String,
        diags: &mut Diagnostics,
    ) -> Option<StampView> {
        // The entries are the history, newest first: the first is today's publication.
        if let Some(current) = language.entries.first() {
            ctx.insert("as_published", &as_published(&current.id));
        }
        let tag = &language.locale.language.tag;
        let later = self
            .stamp
            .history
            .get(self.today())
            .is_some_and(|p| !p.published_in(tag, &self.source.tag));
        if later {
            ctx.insert("translated_later", &true);
            match self.translation_added(self.today(), language.locale) {
                Ok(added) => ctx.insert("translation_added", &added),
                Err(e) => diags.push(Diagnostic::error(e)),
            }
        }
        // Revised since (since it was added, for one added later): its words are not those it
        // was first shown in, and the revision that made them has a fingerprint of its own.
        match self.revised_copy(self.today(), language.locale) {
            Ok(copy) => {
                let revised = copy.as_ref().map(|last| StampView {
                    iso: last.iso.clone(),
                    text: last.date.clone(),
                });
                ctx.insert("revised", &revised);
                // Added since and not revised after: the revision that added it made them.
                let wording = match &copy {
                    Some(c) => Some(WordingView::of(c)),
                    None if later => self.added_wording(self.today(), language.locale),
                    None => None,
                };
                self.insert_wording(ctx, wording);
                revised
            }
            Err(e) => {
                diags.push(Diagnostic::error(e));
                None
            }
        }
    }

    /// An annex: `annex/index.html` under its folder, and the print stylesheet that names the
    /// document, the language, the publication and its fingerprint on every printed page.
    /// `ctx` holds the page's language and the publication's facts.
    fn annex(
        &self,
        mut ctx: Context,
        of: Annex,
        renderer: &mut Renderer,
        files: &mut Files,
        diags: &mut Diagnostics,
    ) {
        let Annex {
            words,
            position,
            org,
            organisation,
            publication,
            subprocessors,
            language,
            entry,
            superseded,
            revised,
            announced,
            folder,
        } = of;
        self.insert_upcoming_changes(&mut ctx, words, announced, diags);
        ctx.insert("publication", entry);
        ctx.insert("language_name", language);
        // Where the site is served, the addresses a printed copy is checked at: its page's and
        // its publication's canonical file's (`None` without `base-url`).
        ctx.insert("page_address", &self.address(&format!("{folder}/")));
        ctx.insert("canonical_address", &self.address(&entry.canonical));
        let stamp = StampView {
            iso: entry.iso.clone(),
            text: entry.date.clone(),
        };
        ctx.insert("stamp", &stamp);
        let entries = Fragment {
            template: theme::ANNEX_SUBPROCESSORS_TEMPLATE,
            position,
            organisation,
            publication,
            subprocessors: subprocessors.clone(),
            stamp,
        };
        ctx.insert_value("annex_subprocessors", renderer.fragment(entries, diags));
        renderer.page(
            theme::ANNEX_TEMPLATE,
            Words::AsWritten,
            &ctx,
            format!("{folder}/annex/index.html"),
            files,
            diags,
        );
        let margin = AnnexMargin {
            org,
            language,
            date: &entry.date,
            fingerprint: &entry.fingerprint,
            superseded,
            revised,
        };
        margin.css(words, format!("{folder}/annex/print.css"), files, diags);
    }
}

/// A part of a page rendered from a template of its own, from only what it may show: a
/// publication's sub-processors, its stamp, and the words of a page position. Whatever else the
/// page holds (where it is, whether it is the archive copy, its links) the part cannot see, so
/// two pages that give it the same inputs show the same bytes.
struct Fragment {
    template: &'static str,
    /// The page position whose words it speaks ([`templates::PAGE_LANGUAGE`]).
    position: usize,
    /// The organisation it names ([`templates::PAGE_ORGANISATION`]).
    organisation: usize,
    /// The publication whose page it is part of, by its place in the history
    /// ([`templates::PUBLICATION`]): the optional messages it shows are those of its day.
    publication: usize,
    subprocessors: Groups,
    stamp: StampView,
}

/// A publication's sub-processors as the table and annex list them ([`subprocessor_groups`]):
/// engaged and announced, in their groups, with the columns the table shows. Shared, so that
/// two pages showing the same publication's need not compare its rows to know it.
#[derive(Clone)]
struct Groups(Arc<Value>);

impl Groups {
    /// The template value (its arrays and maps are shared, not copied).
    fn value(&self) -> Value {
        Value::clone(&self.0)
    }
}

impl PartialEq for Groups {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0) || self.0 == other.0
    }
}

/// Renders pages, and keeps the last fragment of each template a language's pages rendered for
/// the next page that needs one with the same inputs: the current publication's page and its
/// archive copy list the same sub-processors in the same words, as do its annex and the annex's
/// archive copy, and the rows are most of the work. A kept fragment is hyphenated once for the pages that show it
/// ([`hyphenate::page_with`]).
struct Renderer<'a> {
    tera: &'a Tera,
    theme: &'a Theme,
    /// The names left whole ([`hyphenate::Whole`]).
    whole: &'a hyphenate::Whole,
    /// Each with whether it shows words copied from the source ([`copied::resolve`]).
    kept: Vec<(Fragment, Value, Rc<hyphenate::Part>, bool)>,
    /// The fragments handed out since the last page was rendered: the next page shows them.
    shown: Vec<Rc<hyphenate::Part>>,
    /// Whether one of those shows words copied from the source.
    shown_copied: bool,
    /// The source language's tag, which words copied from it are marked with ([`copied`]).
    source: &'a str,
}

impl<'a> Renderer<'a> {
    fn new(
        tera: &'a Tera,
        theme: &'a Theme,
        whole: &'a hyphenate::Whole,
        source: &'a Locale,
    ) -> Self {
        Renderer {
            tera,
            theme,
            whole,
            kept: Vec::new(),
            shown: Vec::new(),
            shown_copied: false,
            source: &source.language.tag,
        }
    }

    /// The fragment's HTML, as a string the page shows unescaped; rendered if no fragment with
    /// the same inputs was. A template error goes into `diags` (and the page is not published).
    fn fragment(&mut self, fragment: Fragment, diags: &mut Diagnostics) -> Value {
        let same = |(kept, _, _, _): &&(Fragment, Value, Rc<hyphenate::Part>, bool)| {
            kept.template == fragment.template
                && kept.position == fragment.position
                && kept.organisation == fragment.organisation
                && kept.publication == fragment.publication
                && kept.stamp == fragment.stamp
                && kept.subprocessors == fragment.subprocessors
        };
        if let Some((_, html, part, copied)) = self.kept.iter().find(same) {
            self.shown.push(part.clone());
            self.shown_copied |= copied;
            return html.clone();
        }
        let mut ctx = Context::new();
        ctx.insert(templates::PAGE_LANGUAGE, &fragment.position);
        ctx.insert(templates::PAGE_ORGANISATION, &fragment.organisation);
        ctx.insert(templates::PUBLICATION, &fragment.publication);
        ctx.insert_value("subprocessors", fragment.subprocessors.value());
        ctx.insert("stamp", &fragment.stamp);
        let (html, copied) = match render_sized(self.tera, fragment.template, &ctx, 0, self.source)
        {
            Ok(rendered) => rendered,
            Err(e) => {
                diags.push(render_diagnostic(&e, self.theme, fragment.template));
                (String::new(), false)
            }
        };
        // One copy of the HTML, shared by the template value and the part.
        let value = Value::safe_string(&html);
        drop(html);
        let part = Rc::new(hyphenate::Part::new(SafeHtml(value.clone())));
        // The last of each template is kept, no more: the pages that share one are rendered
        // one after the other, and older publications' fragments are never shown twice.
        self.kept
            .retain(|(kept, _, _, _)| kept.template != fragment.template);
        self.kept
            .push((fragment, value.clone(), part.clone(), copied));
        self.shown.push(part);
        self.shown_copied |= copied;
        value
    }

    /// Renders one page into `files`, or reports why it could not. With [`Words::Hyphenated`],
    /// long words get soft hyphens in the page's languages; only its text changes.
    fn page(
        &mut self,
        template: &'static str,
        words: Words,
        ctx: &Context,
        path: String,
        files: &mut Files,
        diags: &mut Diagnostics,
    ) {
        let shown = std::mem::take(&mut self.shown);
        let shown_copied = std::mem::take(&mut self.shown_copied);
        // The page holds its fragments, and about as much of its own as when its template was
        // last rendered.
        let fragments: usize = shown.iter().map(|part| part.html().len()).sum();
        let mut rendered = render_sized(self.tera, template, ctx, fragments, self.source);
        // A page says its words are not all translated where it shows words copied from the
        // source, and only there (qa133: a language's copied words shown only by its annex,
        // or by no page at all, put the notice on every page). Which it shows is known once it
        // is rendered: told otherwise than it found, it is rendered again, told what it found.
        if let Ok((_, copied)) = &rendered {
            let copied = *copied || shown_copied;
            let told = ctx.get("untranslated").and_then(Value::as_bool);
            if told.is_some_and(|told| told != copied) {
                let mut ctx = ctx.clone();
                ctx.insert("untranslated", &copied);
                rendered = render_sized(self.tera, template, &ctx, fragments, self.source);
            }
        }
        match rendered {
            Ok((html, _)) => {
                let html = match words {
                    Words::Hyphenated => hyphenate::page_with(&html, &shown, self.whole),
                    Words::AsWritten => html,
                };
                files.insert(path, html.into_bytes());
            }
            Err(e) => diags.push(render_diagnostic(&e, self.theme, template)),
        }
    }
}

/// How a page's long words are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Words {
    /// With soft hyphens between their syllables ([`hyphenate`]), to break in a narrow column.
    Hyphenated,
    /// As written: the annex, which is printed, signed and searched. A PDF keeps a soft hyphen
    /// in its text even where no line breaks there, and a search for the word does not find it.
    AsWritten,
}

thread_local! {
    /// How long each template's output was when this thread last rendered it.
    static LAST_LENGTH: RefCell<Vec<(&'static str, usize)>> = const { RefCell::new(Vec::new()) };
}

/// [`Tera::render`], into a buffer sized from the template's last output on this thread: half
/// as much again as it wrote of its own (outputs of one template differ: a language's words
/// are longer than another's, an archived publication's page is not the current one's), plus
/// `fragments`, the length of the fragments it shows this time. Tera sizes its buffer by the
/// template's source, so a page of 1,000 rows would otherwise grow it a dozen times, copying
/// all it holds each time. Only the buffer's capacity depends on what was rendered before; the
/// output does not. Words copied from the source (`source`, its tag) are marked as its
/// ([`copied::resolve`]); returns with the output whether it shows such words.
fn render_sized(
    tera: &Tera,
    template: &'static str,
    ctx: &Context,
    fragments: usize,
    source: &str,
) -> tera::TeraResult<(String, bool)> {
    let last = LAST_LENGTH.with_borrow(|lengths| {
        let last = lengths.iter().find(|(t, _)| *t == template);
        last.map_or(0, |(_, length)| *length)
    });
    let mut out = Vec::with_capacity(last.max(4096) * 3 / 2 + fragments);
    budget::watched(template, || {
        budget::start();
        tera.render_to(template, ctx, budget::Capped::new(&mut out))
    })?;
    let own = out.len().saturating_sub(fragments);
    LAST_LENGTH.with_borrow_mut(
        |lengths| match lengths.iter_mut().find(|(t, _)| *t == template) {
            Some((_, length)) => *length = own,
            None => lengths.push((template, own)),
        },
    );
    copied::resolve(String::from_utf8(out)?, source).map_err(tera::Error::message)
}

/// A template value that holds HTML (marked safe), as the text it holds.
struct SafeHtml(Value);

impl AsRef<str> for SafeHtml {
    fn as_ref(&self) -> &str {
        self.0.as_str().unwrap_or_default()
    }
}

/// The facts of each recorded publication, by its id, as the model reads them today. A snapshot
/// the model no longer reads (its shape changed since) is left out of the archive, with a
/// warning.
/// Also returns the ids of the sub-processors engaged before the last publication (by the one
/// before it, or earlier and listed without a break since), for the current page's groups, and
/// since when each one is engaged: the day it was announced to start, where the publication
/// before the first that listed it as engaged announced it, and otherwise the date of that
/// first publication.
fn archived_models<'h>(
    history: &'h [Publication],
    log: &[changelog::Logged],
    diags: &mut Diagnostics,
) -> Archived<'h> {
    let mut out = BTreeMap::new();
    let mut rows = RowValues::default();
    // Read once each, in order: what the publications before each one engaged, and since when.
    let mut engagements = Engagements::default();
    let mut engaged_before_last = BTreeSet::new();
    let mut statements = changes::Statements::default();
    // The notice period each publication before stated.
    let mut periods = Vec::new();
    for (i, (p, id)) in history
        .iter()
        .zip(crate::history::lock::ids(history))
        .enumerate()
    {
        let date = id.to_string();
        engaged_before_last = engagements.all_engaged_before(p.date);
        match p.snapshot.model() {
            Ok(model) => {
                statements.add(model, p.date);
                let (groups, to_come) = subprocessor_groups(
                    model,
                    p.date,
                    &engaged_before_last,
                    &statements,
                    &changelog::objections_kept(log, i + 1, p.date),
                    &mut rows,
                );
                let value = rows.facts(model);
                engagements.add(&model.subprocessors, p.date);
                let since = changes::notice_period_since(model, &statements, p.date, id, &periods);
                periods.push((id, model.notice_days));
                out.insert(date, (model, value, groups, to_come, since));
            }
            Err(e) => {
                // Its period unknown, as today's page takes it ([`notice_periods`]).
                periods.push((id, None));
                diags.push(Diagnostic::warning(format!(
                    "the publication of {date} cannot be archived: {e}"
                )));
            }
        }
    }
    Archived {
        models: out,
        engaged_before_last,
        first_engaged: engagements
            .known_since()
            .map(|(id, day)| (id.to_string(), day))
            .collect(),
        statements,
        rows,
    }
}

/// A publication's facts, as they are and as a template value, its sub-processor groups, the
/// changes to engaged ones it announced as still to come, and from when the notice period it
/// stated applied, where its page said so ([`changes::notice_period_since`]).
type ArchivedModel<'h> = (
    &'h Model,
    Value,
    Groups,
    Vec<changes::Pending>,
    Option<PublicationId>,
);

/// Each publication of `history` and the notice period it stated (none where the model does
/// not read it).
fn notice_periods(history: &[Publication]) -> Vec<(PublicationId, Option<u32>)> {
    (history.iter().zip(crate::history::lock::ids(history)))
        .map(|(p, id)| (id, p.snapshot.model().ok().and_then(|m| m.notice_days)))
        .collect()
}

/// What [`archived_models`] reads from the history.
struct Archived<'h> {
    /// Each publication's facts ([`ArchivedModel`]), by its id.
    models: BTreeMap<String, ArchivedModel<'h>>,
    /// The sub-processors engaged before the last publication, and listed without a break
    /// since.
    engaged_before_last: BTreeSet<String>,
    /// Since when each sub-processor is engaged: the day it was announced to start, or the
    /// date of the first publication that listed it as engaged ([`archived_models`]).
    first_engaged: BTreeMap<String, jiff::civil::Date>,
    /// What the publications stated of each sub-processor, for today's page to show each as it
    /// stands.
    statements: changes::Statements<'h>,
    /// The sub-processors' template values, for today's facts to share.
    rows: RowValues<'h>,
}

/// Each sub-processor as a template value, made once for all the consecutive publications (and
/// today's facts) that list it unchanged, and shared by a publication's facts and its groups: a
/// history of many publications holds a value for each change of a row, not one for each
/// publication.
/// A row is shared only with one equal to it in every field, so what a page shows is what
/// `Value::from_serializable` makes of that publication's own row.
#[derive(Default)]
struct RowValues<'m> {
    /// The last version of each sub-processor seen, by id, and its value.
    by_id: HashMap<&'m str, (&'m Subprocessor, Value)>,
}

impl<'m> RowValues<'m> {
    /// The template value of `s`.
    fn of(&mut self, s: &'m Subprocessor) -> Value {
        match self.by_id.get(s.id.as_str()) {
            Some((seen, value)) if std::ptr::eq(*seen, s) || *seen == s => value.clone(),
            _ => {
                let value = Value::from_serializable(s);
                self.by_id.insert(&s.id, (s, value.clone()));
                value
            }
        }
    }

    /// `model` as a template value, its sub-processors shared ([`RowValues::of`]).
    fn facts(&mut self, model: &'m Model) -> Value {
        let rows: Vec<Value> = model.subprocessors.iter().map(|s| self.of(s)).collect();
        // The rest of the model, serialized without its rows (which would be made only to be
        // replaced). A model always serializes to a map; its `subprocessors` are the values
        // above, shared.
        let rest = Model {
            subprocessors: Vec::new(),
            ..model.clone()
        };
        match Value::from_serializable(&rest).into_map() {
            Some(mut map) => {
                map.insert("subprocessors".into(), Value::from(rows));
                Value::from(map)
            }
            None => Value::from_serializable(model),
        }
    }
}

/// Which words of a publication in a language an archive copy speaks: those its pages were
/// first shown with (on its day, or the day a revision added the language), or those of its
/// first `n` revisions ([`lock::Shown`]).
///
/// [`lock::Shown`]: crate::history::lock::Shown
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Wording {
    FirstShown,
    Revised(usize),
}

/// The page position of a language's words in a wording of a publication, by (language,
/// publication, wording), where they are not today's ([`archived_words`]).
type ArchivePositions = HashMap<(usize, usize, Wording), usize>;

/// The wordings the pages of (language, publication) were shown in after they were first shown,
/// each by its number of revisions ([`lock::Shown::through`]), in order; absent where none.
type Wordings = HashMap<(usize, usize), Vec<usize>>;

/// The words the archive's pages speak where they are not today's: for each language and
/// publication, the source text or the translation as that publication recorded it, with a
/// message candor needs that did not exist then (or a translation whose text was not kept)
/// taken from today's. Returns those locales and their page positions (after the languages'),
/// by (language, publication); a pair that is absent speaks today's words.
fn archived_words(
    locales: &Locales,
    untranslated: &HashMap<String, BTreeSet<String>>,
    stamp: &Stamp,
    missing: Missing,
    diags: &mut Diagnostics,
) -> (
    Vec<Locale>,
    Vec<BTreeSet<String>>,
    ArchivePositions,
    Wordings,
) {
    // The words each (language, publication) needs where they differ from today's, or are
    // today's and were not then all translated as they are today (qa129: an archived page
    // marked its German as English, and the English it published as German), each different
    // set once: publications that recorded the same words, and showed the same of them copied
    // from the source, share them.
    let mut wanted: Vec<(&Locale, BTreeMap<String, String>, BTreeSet<String>)> = Vec::new();
    let none = BTreeSet::new();
    let mut archive_positions = ArchivePositions::new();
    let mut wordings = Wordings::new();
    let languages = locales.locales.len();
    for (i, locale) in locales.locales.iter().enumerate() {
        // A region's words are its parent's and its own, each as that publication recorded it.
        let parent = locale.parent.as_ref().and_then(|p| locales.get(&p.tag));
        let today = match parent {
            Some(parent) => {
                let mut words = parent.words();
                words.extend(locale.words());
                words
            }
            None => locale.words(),
        };
        let region = locale.language.tag.as_str();
        let tags: Vec<&str> = parent
            .map(|p| p.language.tag.as_str())
            .into_iter()
            .chain([region])
            .collect();
        // A translation's words as a publication's pages first showed them: a region's own
        // over its parent's.
        let first_shown = |p: &Publication| -> BTreeMap<String, String> {
            (tags.iter())
                .filter_map(|tag| p.first_shown_words(tag, region))
                .flat_map(|map| map.iter())
                .filter_map(|(id, fp)| Some((id.clone(), stamp.texts.get(fp)?.clone())))
                .collect()
        };
        // The terms of the first publication after the `k`th that recorded this language's:
        // those of one that recorded none (an older candor recorded no term) as far as the
        // record knows them, where today's would rewrite its copy at every edit of a term
        // (qa141).
        let later_terms = |k: usize| -> BTreeMap<String, String> {
            let Some(later) = terms_recorded_after(stamp, k, &tags, region) else {
                return BTreeMap::new();
            };
            let mut words = first_shown(&stamp.history[later]);
            words.retain(|id, _| id.starts_with('-'));
            words
        };
        // `recorded`, the words the `k`th publication recorded in this language, made whole,
        // where they are not today's.
        let whole = |k: usize, recorded: BTreeMap<String, String>| {
            let p = &stamp.history[k];
            let mut recorded = recorded;
            if i != locales.source && !recorded.keys().any(|id| id.starts_with('-')) {
                for (id, text) in later_terms(k) {
                    recorded.entry(id).or_insert(text);
                }
            }
            // What that publication said in its source language and neither this language's
            // record nor today's words have (a message removed since, in a language that
            // did not record it): shown as published, in the source language, rather than
            // failing to render the record.
            let published_only: Vec<(&String, &String)> = p
                .snapshot
                .source()
                .iter()
                .filter(|(id, _)| !today.contains_key(*id) && !recorded.contains_key(*id))
                .collect();
            if published_only.is_empty()
                && recorded
                    .iter()
                    .all(|(id, text)| today.get(id) == Some(text))
            {
                return None;
            }
            let mut words = recorded;
            for (id, text) in today.iter().chain(published_only) {
                words.entry(id.clone()).or_insert_with(|| text.clone());
            }
            Some(words)
        };
        let today_copied = untranslated.get(region).unwrap_or(&none);
        let same_language =
            locale.language.langid.language == locales.source().language.langid.language;
        // The page position of such words, as its pages showed them with those copied marked:
        // each different set once.
        let mut place = |k: usize, recorded: BTreeMap<String, String>| {
            let words = whole(k, recorded);
            // The source language, and a region of its own language (`en-IE`), copy nothing:
            // the same language writes the same words (qa135).
            let copied = match i == locales.source || same_language {
                true => BTreeSet::new(),
                false => copied_then(
                    words.as_ref().unwrap_or(&today),
                    &crate::history::lock::distinct_sources(&stamp.history[..=k]),
                    (locales, locale),
                ),
            };
            let words = match words {
                Some(words) => words,
                None if copied == *today_copied => return None,
                None => today.clone(),
            };
            let same = (wanted.iter())
                .position(|(l, w, c)| std::ptr::eq(*l, &**locale) && *w == words && *c == copied);
            let position = same.unwrap_or_else(|| {
                wanted.push((locale, words, copied));
                wanted.len() - 1
            });
            Some(languages + position)
        };
        // The publication before and where its words went: one that recorded the very same
        // maps (shared as the lock was read) speaks the same words.
        let mut before: Option<(&Publication, Option<usize>)> = None;
        for (k, p) in stamp.history.iter().enumerate() {
            // The words of each revision since, where the pages showed them: its copy's.
            let shown_in = p.wordings_shown(locale, &stamp.texts);
            if !shown_in.is_empty() {
                wordings.insert((i, k), shown_in.iter().map(|s| s.through).collect());
            }
            for shown in shown_in {
                let revised = tags
                    .iter()
                    .filter_map(|tag| p.words_through(shown.through, tag))
                    .flat_map(|map| map.iter())
                    .filter_map(|(id, fp)| Some((id.clone(), stamp.texts.get(fp)?.clone())))
                    .collect();
                if let Some(position) = place(k, revised) {
                    archive_positions.insert((i, k, Wording::Revised(shown.through)), position);
                }
            }
            // The words of its day: a revision since is not its archive copy's.
            let same_words = |b: &Publication| {
                tags.iter().all(|tag| {
                    match (
                        p.first_shown_words(tag, region),
                        b.first_shown_words(tag, region),
                    ) {
                        (Some(this), Some(that)) => Arc::ptr_eq(this, that),
                        (None, None) => true,
                        _ => false,
                    }
                })
            };
            if let Some((b, position)) = before
                && p.snapshot.shares_source(&b.snapshot)
                && (i == locales.source || same_words(b))
            {
                if let Some(position) = position {
                    archive_positions.insert((i, k, Wording::FirstShown), position);
                }
                before = Some((p, position));
                continue;
            }
            before = Some((p, None));
            let recorded: BTreeMap<String, String> = if i == locales.source {
                p.snapshot.source().clone()
            } else {
                first_shown(p)
            };
            let Some(position) = place(k, recorded) else {
                continue;
            };
            archive_positions.insert((i, k, Wording::FirstShown), position);
            before = Some((p, Some(position)));
        }
    }
    // Parsed on every core; their problems reported in the order above.
    let copied = wanted.iter().map(|(_, _, copied)| copied.clone()).collect();
    let built: Vec<(Locale, Diagnostics)> = wanted
        .par_iter()
        .map(|(locale, words, _)| {
            let mut found = Diagnostics::default();
            let mut words = Locale::from_recorded(
                &locale.language,
                words,
                crate::history::lock::FILE,
                &mut found,
            );
            // A message neither the record nor today's translation has, in the preview and
            // the review, as today's pages show it ([`Locales::showing_the_source`]).
            let source = locales.source();
            if missing == Missing::ShowsTheSource && locale.language.tag != source.language.tag {
                words.show_the_source(source);
            }
            (words, found)
        })
        .collect();
    let archived_words = built
        .into_iter()
        .map(|(words, found)| {
            diags.extend(found);
            words
        })
        .collect();
    (archived_words, copied, archive_positions, wordings)
}

/// The first publication after the `k`th (oldest first) whose pages' words in `region` (`tags`:
/// its parent's and its own) recorded terms, their text kept: an older candor recorded none,
/// and the archive copies of a publication that recorded none show the terms of that one, as
/// the record first knew them (qa141), rather than today's, which would rewrite them at every
/// edit of a term. `None` where no publication after it recorded any: they show today's.
fn terms_recorded_after(stamp: &Stamp, k: usize, tags: &[&str], region: &str) -> Option<usize> {
    (k + 1..stamp.history.len()).find(|&later| {
        (tags.iter())
            .filter_map(|tag| stamp.history[later].first_shown_words(tag, region))
            .flat_map(|map| map.iter())
            .any(|(id, fp)| id.starts_with('-') && stamp.texts.contains_key(fp))
    })
}

/// The messages and terms of `words` (a language's, as a publication's pages showed them)
/// copied from the source and not translated yet, as `check` tells them of today's
/// ([`crate::validate::status`]): the text of the source as that publication or one before it
/// recorded it (`sources`: [`crate::history::shown::copied_since`]), with words
/// of its own and not marked as meant to read as the source, which today's files tell (the
/// source language's and `today`'s, or its parent's where it shows theirs; the record keeps no
/// comments, so a mark made or taken away since changes how an archived copy marks the
/// message). A region's are its own and its parent's it shows.
fn copied_then(
    words: &BTreeMap<String, String>,
    sources: &[&BTreeMap<String, String>],
    (locales, today): (&Locales, &Locale),
) -> BTreeSet<String> {
    let today_source = locales.source();
    (words.iter())
        .filter(|(id, text)| crate::history::shown::copied_since(id, text, sources.iter().copied()))
        .filter(|(id, text)| match today_source.entry(id) {
            Some(entry) => entry.words && !entry.same_as_source,
            None => text
                .split_once('=')
                .is_some_and(|(_, t)| t.chars().any(char::is_alphabetic)),
        })
        .filter(|(id, _)| {
            !(locales.shown_entry(today, id)).is_some_and(|entry| entry.same_as_source)
        })
        .map(|(id, _)| id.clone())
        .collect()
}

/// The sub-processors of `model`, published on `date`, for the page: those engaged
/// (`current`, the ones the page counts, each as it stands on `date` by the `statements` of
/// the publications up to `model`'s) and those announced but not yet engaged (`upcoming`, with
/// their start dates and the objection they are open to). Also returns the changes to engaged
/// ones still to come on `date`, in the order the page lists them.
fn subprocessor_groups<'m>(
    model: &'m Model,
    date: jiff::civil::Date,
    engaged_before: &BTreeSet<String>,
    statements: &changes::Statements<'m>,
    kept: &BTreeMap<String, jiff::civil::Date>,
    values: &mut RowValues<'m>,
) -> (Groups, Vec<changes::Pending>) {
    let upcoming = changes::not_yet_engaged(model, date, engaged_before);
    // An engaged one with a change announced ahead is shown as it stands until that day (the
    // page's box of changes to come says what changes, and when).
    let mut pending = Vec::new();
    let current: Vec<_> = model
        .subprocessors
        .iter()
        .map(|s| &**s)
        .filter(|s| !upcoming.iter().any(|u| std::ptr::eq(*u, *s)))
        .map(|s| {
            let shown = statements.in_effect(s, date);
            if !std::ptr::eq(shown, s) {
                pending.extend(changes::Pending::between(shown, s));
            }
            shown
        })
        .collect();
    // Each table's optional columns, shown when one of its rows fills them (`columns.current`,
    // `columns.upcoming`): a column only an announced sub-processor fills would be blank in
    // every engaged row. `columns.purpose` and the others, of both tables at once, are kept for
    // a theme copied before there were two.
    let columns_of = |rows: &mut dyn Iterator<Item = &&Subprocessor>| {
        let (mut purpose, mut countries) = (false, false);
        for s in rows {
            purpose |= s.purpose.is_some();
            countries |= !s.countries.is_empty();
        }
        BTreeMap::from([
            ("purpose", Value::from(purpose)),
            ("countries", Value::from(countries)),
            (
                "count",
                Value::from(5 + usize::from(purpose) + usize::from(countries)),
            ),
        ])
    };
    let mut columns = columns_of(&mut current.iter().chain(&upcoming));
    columns.insert("current", Value::from(columns_of(&mut current.iter())));
    columns.insert("upcoming", Value::from(columns_of(&mut upcoming.iter())));
    // Each sub-processor's template value is shared by the list, its groups and the facts; one
    // engaged at once, whose last day to object a notice kept, has it beside its own
    // (`object_until`, [`changelog::objections_kept`]).
    let mut rows = |list: &[&'m Subprocessor]| -> Vec<(Option<String>, Value)> {
        list.iter()
            .map(|s| {
                let value = values.of(s);
                let value = match (kept.get(&s.id), value.clone().into_map()) {
                    (Some(day), Some(mut map)) => {
                        map.insert("object_until".into(), Value::from(day.to_string()));
                        Value::from(map)
                    }
                    _ => value,
                };
                (s.group.clone(), value)
            })
            .collect()
    };
    // How to object to it is said under the rows, unless the box of changes to come after
    // them says it already.
    let objections_kept = pending.is_empty() && current.iter().any(|s| kept.contains_key(&s.id));
    let (current, upcoming) = (rows(&current), rows(&upcoming));
    let list = |rows: &[(Option<String>, Value)]| -> Value {
        Value::from(rows.iter().map(|(_, v)| v.clone()).collect::<Vec<_>>())
    };
    let sets = BTreeMap::from([
        ("current", by_group(&current)),
        ("upcoming", by_group(&upcoming)),
    ]);
    let groups = Groups(Arc::new(Value::from(BTreeMap::from([
        ("current", list(&current)),
        ("upcoming", list(&upcoming)),
        ("sets", Value::from(sets)),
        ("columns", Value::from(columns)),
        ("objections_kept", Value::from(objections_kept)),
    ]))));
    (groups, pending)
}

/// The ids of the sub-processors of `model` announced and not yet engaged on `date`
/// ([`changes::not_yet_engaged`]).
fn not_yet_engaged(
    model: &Model,
    date: jiff::civil::Date,
    engaged_before: &BTreeSet<String>,
) -> BTreeSet<String> {
    changes::not_yet_engaged(model, date, engaged_before)
        .into_iter()
        .map(|s| s.id.clone())
        .collect()
}

/// Today's groups, as the same shared value as the last publication's when the two are equal
/// (they are, unless the site shows a change not yet published): each language's page and its
/// archive copy then find their rows rendered without comparing them row by row.
fn shared_groups(
    today: Groups,
    archived: &BTreeMap<String, ArchivedFacts>,
    history: &[Publication],
) -> Groups {
    let last = crate::history::lock::ids(history)
        .last()
        .map(|id| id.to_string());
    match last.and_then(|id| archived.get(&id)) {
        Some(published) if published.groups == today => published.groups.clone(),
        _ => today,
    }
}

/// Sub-processors (each with its `group`) in the groups the table lists them in, each group
/// where its first member is; those without a group first, under no heading.
fn by_group(list: &[(Option<String>, Value)]) -> Value {
    let mut groups: Vec<(Option<&str>, Vec<Value>)> = Vec::new();
    for (group, row) in list {
        let group = group.as_deref();
        match groups.iter_mut().find(|(g, _)| *g == group) {
            Some((_, rows)) => rows.push(row.clone()),
            None => groups.push((group, vec![row.clone()])),
        }
    }
    groups.sort_by_key(|(g, _)| g.is_some());
    Value::from(
        groups
            .into_iter()
            .map(|(group, rows)| {
                Value::from(BTreeMap::from([
                    ("group", Value::from(group)),
                    ("rows", Value::from(rows)),
                ]))
            })
            .collect::<Vec<_>>(),
    )
}

/// Links to the same page (`suffix` under each language folder) in every language.
fn language_links(
    names: &[LanguageName],
    current: Option<&str>,
    root: &str,
    suffix: &str,
) -> Vec<LanguageLink> {
    names
        .iter()
        .map(|n| n.link(root, suffix, current == Some(n.tag.as_str())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::history::lock::{self, example_model};

    #[test]
    fn an_engaged_subprocessor_stands_as_stated_until_its_change_takes_effect() {
        let day = |m, d| jiff::civil::date(2027, m, d);
        let before = example_model();
        let with_slack = |edit: &dyn Fn(&mut Subprocessor)| {
            let mut model = before.clone();
            let slack = model
                .subprocessors
                .iter_mut()
                .find(|s| s.id == "slack")
                .expect("the example engages Slack");
            edit(Arc::make_mut(slack));
            model
        };
        // Announced on 1 January to process personal data from 1 March; moved to 1 April on
        // 1 February, before it took effect; so on 15 March nothing has changed yet.
        let announced = with_slack(&|s| {
            s.personal_data = true;
            s.effective = Some(day(3, 1));
        });
        let moved = with_slack(&|s| {
            s.personal_data = true;
            s.effective = Some(day(4, 1));
        });
        let mut statements = changes::Statements::default();
        statements.add(&before, day(1, 1).yesterday().unwrap());
        statements.add(&announced, day(1, 1));
        fn slack(model: &Model) -> &Subprocessor {
            model
                .subprocessors
                .iter()
                .find(|s| s.id == "slack")
                .unwrap()
        }
        let in_effect = |statements: &changes::Statements, model, date| {
            statements.in_effect(slack(model), date).clone()
        };
        assert_eq!(
            in_effect(&statements, &announced, day(1, 1)),
            *slack(&before)
        );
        assert_eq!(
            in_effect(&statements, &announced, day(3, 1)),
            *slack(&announced)
        );
        statements.add(&moved, day(2, 1));
        assert_eq!(in_effect(&statements, &moved, day(3, 15)), *slack(&before));
        assert_eq!(in_effect(&statements, &moved, day(4, 1)), *slack(&moved));
        // Listed again after a publication without it, it has no statement in effect to fall
        // back on: it stands as stated (and is not engaged, [`changes::not_yet_engaged`]).
        let mut gap = changes::Statements::default();
        let without = Model {
            subprocessors: before
                .subprocessors
                .iter()
                .filter(|s| s.id != "slack")
                .cloned()
                .collect(),
            ..before.clone()
        };
        gap.add(&before, day(1, 1));
        gap.add(&without, day(1, 2));
        gap.add(&announced, day(1, 3));
        assert_eq!(in_effect(&gap, &announced, day(1, 3)), *slack(&announced));
    }

    #[test]
    fn shared_rows_are_each_publications_own() {
        let before = example_model();
        let mut after = before.clone();
        Arc::make_mut(&mut after.subprocessors[0])
            .name
            .push_str(" (renamed)");
        let second = Arc::make_mut(&mut after.subprocessors[1]);
        second.personal_data = !second.personal_data;
        let mut rows = RowValues::default();
        let engaged = BTreeSet::new();
        let date = jiff::civil::date(2026, 11, 30);
        // Each publication's facts and groups show exactly its own rows, whichever of them
        // are shared with the publication before.
        for model in [&before, &after, &before] {
            let (groups, _) = subprocessor_groups(
                model,
                date,
                &engaged,
                &changes::Statements::default(),
                &BTreeMap::new(),
                &mut rows,
            );
            let facts = rows.facts(model);
            assert!(facts == Value::from_serializable(model));
            let listed: Vec<Value> = ["current", "upcoming"]
                .iter()
                .flat_map(|g| groups.0.get_from_path(g).and_then(Value::as_array).unwrap())
                .cloned()
                .collect();
            let own: Vec<Value> = model
                .subprocessors
                .iter()
                .map(Value::from_serializable)
                .collect();
            assert_eq!(listed.len(), own.len());
            assert!(listed.iter().all(|row| own.contains(row)));
        }
        // The renamed row is not the one from before.
        let renamed = rows.of(&after.subprocessors[0]);
        assert!(renamed != Value::from_serializable(&before.subprocessors[0]));
        assert!(renamed == Value::from_serializable(&after.subprocessors[0]));
    }

    #[test]
    fn the_terms_an_archive_copy_shows_are_those_first_recorded_after_it_or_today_s() {
        // An older candor recorded a translation's messages without its terms; the copies of
        // its publications show the terms of the first publication after it that recorded
        // them, their text kept, and today's where none did (`archive-terms-today`).
        let publication = |day: i8, words: &[(&str, &str)]| {
            let words: BTreeMap<String, String> = (words.iter())
                .map(|(id, fp)| (id.to_string(), fp.to_string()))
                .collect();
            Publication {
                date: jiff::civil::date(2026, 1, day),
                time: None,
                fingerprint: format!("f{day}"),
                covers: lock::Covers::Source,
                snapshot: lock::Snapshot::new(serde_json::json!({ "day": day }), BTreeMap::new()),
                translations: BTreeMap::from([("de".to_string(), Arc::new(words))]),
                stale: BTreeMap::new(),
                revisions: Vec::new(),
                first_notice: false,
            }
        };
        let mut stamp = Stamp {
            date: jiff::civil::date(2026, 1, 4),
            history: vec![
                publication(1, &[("title", "t1")]),
                publication(2, &[("title", "t1")]),
                publication(3, &[("title", "t1"), ("-customer", "c1")]),
            ],
            publishing: lock::Publishing::Unchanged,
            texts: BTreeMap::from([
                ("t1".to_string(), "title = Titel".to_string()),
                ("c1".to_string(), "-customer = Kunde".to_string()),
            ]),
        };
        let after = |stamp: &Stamp, k| terms_recorded_after(stamp, k, &["de"], "de");
        assert_eq!(after(&stamp, 0), Some(2));
        assert_eq!(after(&stamp, 1), Some(2));
        // The last recorded them itself: none after it did.
        assert_eq!(after(&stamp, 2), None);
        // A term whose text the record did not keep is not the record's.
        stamp.texts.remove("c1");
        assert_eq!(after(&stamp, 0), None);
    }
}
