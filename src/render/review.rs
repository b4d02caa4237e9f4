//! What legal reads before publishing: each page as it will be published, with what changed
//! since the last publication marked `<ins>`/`<del>`, as a redline reads.
//!
//! Both versions are rendered through the same theme (the last publication from its recorded
//! facts and, for the source language, its recorded text), then compared as a reader compares
//! them: blocks (rows, paragraphs, list items), then in prose the sentences (ICU4X's sentence
//! segmenter, with each language's rules), then in a sentence the words. A single value (a
//! table cell, a date) is shown whole, old then new. Notices (`role="note"`) and navigation are
//! not content: never compared, save the notice that a translated section does not follow the
//! original, which is marked where it comes or goes. The structure is the new page's; only text is marked, and
//! each block that changed is marked in the margin, in words.
//!
//! Pages are read by an HTML parser (lol_html, the streaming rewriter `serve` uses), which says
//! where each tag is: a `<` or `>` in an attribute, a comment or a script is not taken for one,
//! and every byte outside the marks is the page's as rendered.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::rc::Rc;

use fluent_bundle::FluentArgs;
use icu_segmenter::SentenceSegmenter;
use icu_segmenter::options::SentenceBreakOptions;
use lol_html::errors::RewritingError;
use lol_html::html_content::ContentType;
use lol_html::{
    HtmlRewriter, RewriteStrSettings, Settings, doc_comments, doc_text, doctype, element, end_tag,
    rewrite_str,
};
use similar::{Algorithm, DiffOp, capture_diff_slices_by_key};

use crate::diagnostic::Diagnostic;
use crate::history::changelog::{self, Group};
use crate::history::changes::{Change, StaleChanges};
use crate::history::lock::PublicationId;
use crate::load::locales::Locale;
use crate::messages::Message;

/// What one language's page changed since the last publication, as its review sums it up.
pub struct Since<'a> {
    /// What the page is compared with.
    pub against: Against,
    /// This language's changes: the facts, and its own words.
    pub changes: &'a [Change],
    /// What the notice of the publication under review tells, as its change log will say.
    pub notice: &'a [changelog::Noticed],
    /// The messages whose sections' notice that the original prevails the page gains or loses.
    pub stale: &'a StaleChanges,
    /// The words the last publication spoke this language in, which name what it no longer
    /// lists (a group of staff, a kind of data) as its change log will; none where it was not
    /// published in it.
    pub before: Option<&'a Locale>,
}

/// What a language's page under review is compared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Against {
    /// The last publication, which was published in this language; and the day its
    /// translation into it was last revised, where it was: the page is compared with the words
    /// it shows since.
    Last(PublicationId, Option<Revised>),
    /// The last publication, which was not published in this language but shown in it from the
    /// day a revision added its translation: the page is compared with the words it shows
    /// since.
    Added(PublicationId, jiff::civil::Date),
    /// Nothing: the language was never published, or nothing was. All of it is new.
    Nothing,
    /// Nothing, as the last publication was not published in this language (it was taken out
    /// and is back): all of it is for review, and the heading names the publication this
    /// language was last published in, so that it does not read as never published.
    NotSince(PublicationId),
}

/// The wording of a translation the review compares with, where it was revised since its
/// publication: the day, and which revision of that day it is, as the change log names it
/// ("1 January 2027 (revision 2 of the day)", qa146: the second of a day was named by the day
/// alone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Revised {
    pub date: jiff::civil::Date,
    pub nth: u32,
}

/// What a review's documents say of themselves, in one language: that they are a draft
/// (`words`), and of a publication not made yet, the day it is dated as if published (`day`).
pub struct Draft {
    pub words: String,
    pub day: Option<String>,
    /// That it shows values `candor init` made up as facts, where it does.
    pub placeholders: Option<String>,
    /// Whether its language is written right to left: the printed footer stands where its
    /// lines start, on a page without a margin of its own too (qa79: the Arabic change log's
    /// was at the left).
    pub rtl: bool,
}

impl Draft {
    /// The banner under a document's heading.
    fn banner(&self, note: bool) -> String {
        let role = if note { " role=\"note\"" } else { "" };
        let day = self.day.as_ref().map_or_else(String::new, |day| {
            format!(
                "\n<p class=\"review-day\"{role}>{}</p>",
                crate::text::escape_html(day)
            )
        });
        let placeholders = self.placeholders.as_ref().map_or_else(String::new, |said| {
            format!(
                "\n<p class=\"review-placeholders\"{role}><strong>{}</strong></p>",
                crate::text::escape_html(said)
            )
        });
        format!(
            "\n<p class=\"review-draft\"{role}><strong>{}</strong></p>{day}{placeholders}\n",
            crate::text::escape_html(&self.words)
        )
    }
}

/// The review page of one language: `new` with its differences from `old` marked, a banner that
/// it is a draft (`draft`), and the changes summed up under the page's heading, in the page's language,
/// each leading to where it is marked. Its `<title>`, every printed page (`review.css`, beside
/// it) and the robots say it is a draft; its links to folders name their `index.html`, so that
/// they open from disk. A message that cannot be formatted is an error pointing at it.
pub fn page(
    old: &str,
    new: &str,
    locale: &Locale,
    organisation: &crate::model::Organisation,
    published: jiff::civil::Date,
    since: Since,
    draft: &Draft,
) -> Result<String, Diagnostic> {
    let Since {
        against,
        changes,
        notice,
        stale,
        before,
    } = since;
    let (org, contact) = (organisation.name.as_str(), organisation.contact.as_str());
    let plain = |key: &str| locale.format(key, &FluentArgs::new());
    let marks = Marks::of(locale)?;
    // The parser fails only when memory runs out (nothing here refuses markup).
    let unreadable = |e: RewritingError| {
        Diagnostic::error(format!(
            "the `{}` page cannot be read for review: {e}",
            locale.language.tag
        ))
    };
    // A page that did not change (a language none of whose words changed, when only another's
    // did) is itself, marked against itself: it is not read (`site`'s tests hold every page of
    // the example to that).
    let html = if old.is_empty() || old == new {
        new.to_string()
    } else {
        let sentences = Sentences::new(&locale.language.locale.id);
        mark(old, new, &marks, &sentences).map_err(unreadable)?
    };
    let mut args = FluentArgs::new();
    // A publication named as the change log names it, the second of a day as such.
    // And the day its translation was revised, where it was.
    // (`revised`), or added (`added`).
    let mut named =
        |message: Message, id, day: Option<(&'static str, _)>| -> Result<String, Diagnostic> {
            let date = changelog::publication_name(id, locale).map_err(Diagnostic::error)?;
            args.set("date", date);
            if let Some((name, day)) = day {
                let day = crate::intl::long_date(&locale.language.formats, day)
                    .map_err(Diagnostic::error)?;
                args.set(name, day);
            }
            Ok(locale.format(message.id(), &args)?)
        };
    let heading = match against {
        Against::Last(id, None) => named(Message::ReviewSince, id, None)?,
        Against::Last(id, Some(revised)) => {
            let day =
                changelog::nth_of_day(revised.date, revised.nth, Message::RevisionAgain, locale)
                    .map_err(Diagnostic::error)?;
            let date = changelog::publication_name(id, locale).map_err(Diagnostic::error)?;
            let mut args = FluentArgs::new();
            args.set("date", date);
            args.set("revised", day);
            locale.format(Message::ReviewSinceRevised.id(), &args)?
        }
        Against::Added(id, added) => named(Message::ReviewSinceAdded, id, Some(("added", added)))?,
        Against::NotSince(id) => named(Message::ReviewNotSince, id, None)?,
        Against::Nothing => plain(Message::ReviewFirst.id())?,
    };
    let mut items = match changes.is_empty() {
        true => Vec::new(),
        false => summary_items(changes, (locale, before), (org, contact), notice, published)?,
    };
    items.extend(
        stale_items(stale, locale, org)?
            .into_iter()
            .map(|(text, anchors)| (Group::Changed, text, anchors)),
    );
    // Each entry leads to where it is marked on the page below: its row or section, or for a
    // change still to come the box that announces it (a change of words the page does not
    // show, such as a message of no section, leads nowhere).
    let has_id = |id: &str| html.contains(&format!(" id=\"{}\"", crate::text::escape_html(id)));
    let list: String = if items.is_empty() && !matches!(against, Against::Last(..)) {
        // Not published in this language before: the heading says everything is for review.
        String::new()
    } else if items.is_empty() {
        format!(
            "<p>{}</p>",
            crate::text::escape_html(&plain(Message::ReviewNone.id())?)
        )
    } else {
        // Under the change log's headings: a change still to come is not read as in force.
        let mut list = String::new();
        for group in Group::ORDER {
            let shown: String = items
                .iter()
                .filter(|(g, _, _)| *g == group)
                .map(
                    |(_, text, anchors)| match anchors.iter().find(|a| has_id(a)) {
                        Some(anchor) => format!(
                            "<li><a href=\"#{}\">{}</a></li>",
                            crate::text::escape_html(anchor),
                            crate::text::escape_html(text)
                        ),
                        None => format!("<li>{}</li>", crate::text::escape_html(text)),
                    },
                )
                .collect();
            if !shown.is_empty() {
                let heading = plain(group.heading().id())?;
                list.push_str(&format!(
                    "<h3>{}</h3>\n<ul>{shown}</ul>\n",
                    crate::text::escape_html(&heading)
                ));
            }
        }
        list
    };
    let summary = format!(
        "\n<section class=\"review-summary\" aria-labelledby=\"review-h\">{}<h2 id=\"review-h\">{}</h2>\n{list}\n</section>\n",
        draft.banner(false),
        crate::text::escape_html(&heading),
    );
    let html = after_first_heading(&html, &summary).map_err(unreadable)?;
    as_draft(&html, &draft.words).map_err(unreadable)
}

/// A document of the publication under review other than its page (its annex, and the archive's
/// copies of both): it says it is a draft as the review page does (its `<title>`, to robots, on
/// every printed page by `review.css` beside it) and under its heading, so that no one signs or
/// keeps it as a publication it is not yet.
pub fn draft_document(html: &str, draft: &Draft) -> Result<String, RewritingError> {
    as_draft(
        &after_first_heading(html, &draft.banner(true))?,
        &draft.words,
    )
}

/// `html` with each link whose address ends with one of `gone` made plain text, its words kept:
/// what it led to is not in the review (a notice's e-mail and calendar of a publication not
/// made yet).
pub fn unlinked(html: &str, gone: &[String]) -> Result<String, RewritingError> {
    let settings = RewriteStrSettings::new()
        .with_strict(false)
        .append_element_content_handler(element!("a[href]", |el| {
            if el
                .get_attribute("href")
                .is_some_and(|href| gone.iter().any(|g| href.ends_with(g.as_str())))
            {
                el.remove_and_keep_content();
            }
            Ok(())
        }));
    rewrite_str(html, settings)
}

/// The annex under review (`new`), in `locale`, marked as [`mark`] marks a page against the last
/// publication's (`old`): the document lawyers sign shows what changed in it.
pub fn annex(old: &str, new: &str, locale: &Locale) -> Result<String, Diagnostic> {
    if old.is_empty() || old == new {
        return Ok(new.to_string());
    }
    let marks = Marks::of(locale)?;
    let sentences = Sentences::new(&locale.language.locale.id);
    mark(old, new, &marks, &sentences).map_err(|e| {
        Diagnostic::error(format!(
            "the `{}` annex cannot be read for review: {e}",
            locale.language.tag
        ))
    })
}

/// The box of changes still to come, by the id of its heading in the built-in theme.
const CHANGES_TO_COME: &str = "upcoming-changes-h";

/// The summary's entries, each with the anchors of what it is about, the first the page has
/// leading to it: as the change log says them, but a removed sub-processor leads to its row,
/// struck, which the review still shows, and a change still to come to the box that announces
/// it, before its row (which shows what is in effect).
fn summary_items(
    changes: &[Change],
    (locale, before): (&Locale, Option<&Locale>),
    (org, contact): (&str, &str),
    notice: &[changelog::Noticed],
    published: jiff::civil::Date,
) -> Result<Vec<(Group, String, Vec<String>)>, Diagnostic> {
    let describe = |changes: &[Change]| {
        changelog::describe_all(changes, (locale, before), (org, contact), notice, published)
            .map_err(Diagnostic::error)
    };
    let mut items = Vec::new();
    let mut rest: Vec<Change> = Vec::new();
    for change in changes {
        if let Change::SubprocessorRemoved { id, .. } = change {
            for item in describe(std::slice::from_ref(change))? {
                items.push((
                    item.group,
                    item.text,
                    vec![format!("removed-subprocessor-{id}")],
                ));
            }
        } else {
            rest.push(change.clone());
        }
    }
    if !rest.is_empty() || items.is_empty() {
        let described = describe(&rest)?;
        items.extend(described.into_iter().map(|i| {
            let to_come = (i.group == Group::ToCome).then(|| CHANGES_TO_COME.to_string());
            (
                i.group,
                i.text,
                to_come.into_iter().chain(i.anchor).collect(),
            )
        }));
    }
    Ok(items)
}

/// What the summary says of the sections whose notice that the original prevails the page
/// gains (the original was reworded and this translation did not follow) or loses (it follows
/// again), each leading to its section.
fn stale_items(
    stale: &StaleChanges,
    locale: &Locale,
    org: &str,
) -> Result<Vec<(String, Vec<String>)>, Diagnostic> {
    let mut items = Vec::new();
    // A term shows where its messages do (qa44: `-customers`, shown by the change log's
    // introduction, read as "other text on the page"); one that no message of this language
    // uses is other text, as before.
    let shown_by = |ids: &[String]| -> Vec<String> {
        let mut out = Vec::new();
        for id in ids {
            let users: Vec<String> = match id.starts_with('-') {
                true => (locale.users_of(&BTreeSet::from([id.clone()])).into_iter())
                    .filter(|user| !user.starts_with('-'))
                    .collect(),
                false => Vec::new(),
            };
            match users.is_empty() {
                true => out.push(id.clone()),
                false => out.extend(users),
            }
        }
        out
    };
    let stale = &StaleChanges {
        marked: shown_by(&stale.marked),
        cleared: shown_by(&stale.cleared),
    };
    for (ids, message) in [
        (&stale.marked, Message::ChangeRewordedOriginal),
        (&stale.cleared, Message::ReviewStaleCleared),
    ] {
        // The page marks sections, not messages: each section once, in the page's order.
        let marks = |s: &&crate::sections::Section| {
            ids.iter()
                .any(|id| crate::sections::of_message(id).is_some_and(|of| of.id == s.id))
        };
        for section in crate::sections::SECTIONS.iter().filter(marks) {
            let mut args = FluentArgs::new();
            args.set("org", org);
            let heading = locale.format(section.heading, &args)?;
            let mut args = FluentArgs::new();
            args.set("section", heading);
            let text = locale.format(message.id(), &args)?;
            items.push((text, vec![section.id.to_string()]));
        }
    }
    // Words of no section the original reworded and this translation does not follow yet:
    // where they are shown, once each, as the change log words them.
    let mut said = BTreeSet::new();
    for id in stale.marked.iter() {
        if crate::sections::of_message(id).is_some() {
            continue;
        }
        let mut args = FluentArgs::new();
        args.set("org", org);
        args.set("state", "original");
        let (key, place) = if crate::sections::is_annex_only(id) {
            let annex = locale.format(Message::AnnexTitle.id(), &args)?;
            args.set("section", annex);
            (Message::ChangeRewordedOriginal, "annex")
        } else if let Some(shown) = crate::sections::Elsewhere::of(id).selector() {
            args.set("where", shown);
            (Message::ChangeRewordedElsewhere, shown)
        } else {
            (Message::ChangeRewordedOther, "page")
        };
        if said.insert(place) {
            items.push((locale.format(key.id(), &args)?, Vec::new()));
        }
    }
    Ok(items)
}

/// A review page that says it is a draft wherever a page is seen without its body: in its
/// `<title>`, to robots, and (its `review.css`) at the head of every printed page. Its links to
/// a folder name the folder's `index.html`, which a browser opening files from disk needs.
fn as_draft(html: &str, draft: &str) -> Result<String, RewritingError> {
    let head = format!(
        "<meta name=\"robots\" content=\"noindex\">\n<link rel=\"stylesheet\" href=\"{REVIEW_CSS}\">\n"
    );
    let prefix = format!("{draft} — ");
    let to_index = |el: &mut lol_html::html_content::Element| {
        if let Some(href) = el.get_attribute("href")
            && let Some(fixed) = folder_index(&href)
        {
            el.set_attribute("href", &fixed)?;
        }
        Ok(())
    };
    let settings = RewriteStrSettings::new()
        .with_strict(false)
        .append_element_content_handler(element!("title", |el| {
            el.prepend(&prefix, ContentType::Text);
            Ok(())
        }))
        .append_element_content_handler(element!("head", |el| {
            el.append(&head, ContentType::Html);
            Ok(())
        }))
        .append_element_content_handler(element!("a[href], link[href]", |el| to_index(el)));
    rewrite_str(html, settings)
}

/// The file a relative link to a folder opens (`../en/#retention` → `../en/index.html#retention`),
/// or `None` if it links to a file, a fragment of this page, or another site.
fn folder_index(href: &str) -> Option<String> {
    let (path, fragment) = match href.find(['#', '?']) {
        Some(at) => href.split_at(at),
        None => (href, ""),
    };
    let elsewhere = path.is_empty() || path.starts_with('/') || path.contains(':');
    let folder = path.ends_with('/') || path == "." || path == "..";
    (!elsewhere && folder).then(|| {
        let slash = if path.ends_with('/') { "" } else { "/" };
        format!("{path}{slash}index.html{fragment}")
    })
}

/// The review page's own stylesheet, beside it: the margin's marks, and the draft's words on
/// every printed page.
pub const REVIEW_CSS: &str = "review.css";

/// The stylesheet of a language's review page: what `review.css` of candor says, and the
/// language's word for a draft at the head and foot of every printed page (before the page's
/// own footer, from its print stylesheet `print_css`, which it overrides).
pub fn stylesheet(draft: &Draft, print_css: Option<&str>) -> String {
    let start = super::print::Sides::written(draft.rtl).start;
    let draft = &draft.words;
    let draft_string = super::print::css_string(draft);
    let (side, footer) = print_css.and_then(super::print::footer).map_or_else(
        || (start, draft_string.clone()),
        |(side, footer)| {
            let draft = super::print::css_string(&format!("{draft} · "));
            (side, format!("{draft} {footer}"))
        },
    );
    let font = "font: bold 8pt system-ui, sans-serif; color: #000;";
    format!(
        "{}\n@media print {{\n  @page {{\n    @top-center {{ content: {draft_string}; {font} }}\n    @bottom-{side} {{ content: {footer}; {font} }}\n  }}\n}}\n",
        include_str!("review.css").trim_end()
    )
}

/// `html` with `summary` after the end tag of its first `<h1>`, so that the page still starts
/// with its one heading; `html` as it is if no `<h1>` ends.
fn after_first_heading(html: &str, summary: &str) -> Result<String, RewritingError> {
    // An end tag's handler must own what it uses.
    let placed = Rc::new(Cell::new(false));
    let summary: Rc<str> = summary.into();
    let settings = RewriteStrSettings::new()
        .with_strict(false)
        .append_element_content_handler(element!("h1", |el| {
            let (placed, summary) = (placed.clone(), summary.clone());
            if let Some(handlers) = el.end_tag_handlers() {
                handlers.push(end_tag!(move |end| {
                    if !placed.replace(true) {
                        end.after(&summary, ContentType::Html);
                    }
                    Ok(())
                }));
            }
            Ok(())
        }));
    rewrite_str(html, settings)
}

/// The marks' accessible names and the margin's words, in the page's language (CSS shows the
/// marks' names to screen readers only; the margin's words are shown to everyone).
pub struct Marks {
    pub ins_start: String,
    pub ins_end: String,
    pub del_start: String,
    pub del_end: String,
    /// Beside a block that changed, and above a section with a change in it.
    pub changed: String,
    /// Beside a block that is new.
    pub added: String,
    /// Beside a block that is gone.
    pub removed: String,
}

impl Marks {
    /// The marks in `locale`'s words.
    pub fn of(locale: &Locale) -> Result<Marks, Diagnostic> {
        let plain = |message: Message| locale.format(message.id(), &FluentArgs::new());
        Ok(Marks {
            ins_start: plain(Message::ReviewInsStart)?,
            ins_end: plain(Message::ReviewInsEnd)?,
            del_start: plain(Message::ReviewDelStart)?,
            del_end: plain(Message::ReviewDelEnd)?,
            changed: plain(Message::ReviewChanged)?,
            added: plain(Message::ReviewAdded)?,
            removed: plain(Message::ReviewRemoved)?,
        })
    }
}

/// Where a language's sentences end (ICU4X's segmenter, with the language's own rules).
pub struct Sentences(Option<SentenceSegmenter>);

impl Sentences {
    pub fn new(language: &icu_locale_core::LanguageIdentifier) -> Sentences {
        let mut options = SentenceBreakOptions::default();
        options.content_locale = Some(language);
        // The compiled data has the rules of every language; where it cannot give a language's
        // own, the common rules segment it.
        Sentences(SentenceSegmenter::try_new(options).ok())
    }

    /// The byte offsets in `text` where a sentence other than the first starts.
    fn starts(&self, text: &str) -> Vec<usize> {
        let segmenter = match &self.0 {
            Some(own) => own.as_borrowed(),
            None => SentenceSegmenter::new(Default::default()),
        };
        segmenter
            .segment_str(text)
            .filter(|&at| at > 0 && at < text.len())
            .collect()
    }
}

/// How a block of the page changed, as the margin says.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Edit {
    Changed,
    Added,
    Removed,
}

impl Edit {
    fn name(self) -> &'static str {
        match self {
            Edit::Changed => "changed",
            Edit::Added => "added",
            Edit::Removed => "removed",
        }
    }

    fn words(self, marks: &Marks) -> &str {
        match self {
            Edit::Changed => &marks.changed,
            Edit::Added => &marks.added,
            Edit::Removed => &marks.removed,
        }
    }
}

/// `new` with the differences from `old` marked, within `<main>` only, as a redline reads.
///
/// Whole blocks first (table rows, list items, paragraphs, headings), by their text, so that a
/// removed row is removed and a new row is new. In a paragraph that changed, its sentences;
/// in a sentence that changed, its words. A single value (a table cell, a date, a definition)
/// is never split: it is shown whole, the old one struck, then the new one. Notices and
/// navigation ([`Block::chrome`]) are not content: they are shown as the new page has them and
/// never compared with anything (save a stale section's notice, [`STALE_NOTICE`]). A block that changed is marked in the margin, and so is the
/// heading of each section with a change in it.
pub fn mark(
    old: &str,
    new: &str,
    marks: &Marks,
    sentences: &Sentences,
) -> Result<String, RewritingError> {
    let (old_tokens, new_tokens) = (tokens(old)?, tokens(new)?);
    let (Some(old_main), Some(new_main)) = (main(&old_tokens), main(&new_tokens)) else {
        return Ok(new.to_string());
    };
    let old_blocks: Vec<Block> = blocks(old, &old_tokens[old_main])
        .into_iter()
        .filter(|b| !b.passive())
        .collect();
    let new_blocks = blocks(new, &new_tokens[new_main.clone()]);
    let content: Vec<&Block> = new_blocks.iter().filter(|b| !b.passive()).collect();
    let old_content: Vec<&Block> = old_blocks.iter().collect();
    let review = Review { marks, sentences };
    let mut shown: Vec<Option<Shown>> = (0..content.len()).map(|_| None).collect();
    let mut before: Vec<Vec<Shown>> = (0..=content.len()).map(|_| Vec::new()).collect();
    let ops = capture_diff_slices_by_key(Algorithm::Myers, &old_content, &content, |b| b.html);
    // What no step paired: blocks removed (with the new block they stood before) and added.
    let mut removed: Vec<(usize, &Block)> = Vec::new();
    let mut added: Vec<usize> = Vec::new();
    // Which group of its table each row stands in, to tell a row moved to another.
    let (old_groups, new_groups) = (groups(&old_content), groups(&content));
    for op in ops {
        match op {
            // A row the same, in another group (qa94: the only one of a group put into the
            // group after, its heading removed, the row itself in line).
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => {
                for k in 0..len {
                    let (old, new) = (old_content[old_index + k], content[new_index + k]);
                    if row_key(old.tokens[0].text).is_some()
                        && old_groups[old_index + k] != new_groups[new_index + k]
                    {
                        let mut pair = review.pair(old, new);
                        pair.edit = Some(Edit::Changed);
                        shown[new_index + k] = Some(pair);
                    }
                }
            }
            DiffOp::Delete {
                old_index,
                old_len,
                new_index,
            } => removed.extend(
                old_content[old_index..old_index + old_len]
                    .iter()
                    .map(|b| (new_index, *b)),
            ),
            DiffOp::Insert {
                new_index, new_len, ..
            } => added.extend(new_index..new_index + new_len),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                let olds = &old_content[old_index..old_index + old_len];
                let mut next = new_index;
                let end = new_index + new_len;
                for old in olds {
                    match (next..end).find(|&k| same_thing(old, content[k])) {
                        Some(k) => {
                            added.extend(next..k);
                            shown[k] = Some(review.pair(old, content[k]));
                            next = k + 1;
                        }
                        None => removed.push((next, *old)),
                    }
                }
                added.extend(next..end);
            }
        }
    }
    // A row removed in one place and added in another under the same id (every row changed,
    // so that the comparison lined up other blocks between them) is that row, changed; so is
    // a row of no id under the same heading (a group's, its rows put in another order). An
    // annex's entry, named by its id, likewise.
    fn row_id(b: &Block) -> Option<String> {
        match row_key(b.tokens[0].text) {
            Some(id) => Some(format!("#{id}")),
            None if b.tokens[0].starts("tr") => b.header().map(|heading| format!("th {heading}")),
            None => None,
        }
    }
    let mut added_rows: HashMap<String, usize> = added
        .iter()
        .filter_map(|&k| Some((row_id(content[k])?, k)))
        .collect();
    removed.retain(
        |(_, old)| match row_id(old).and_then(|id| added_rows.remove(&id)) {
            Some(k) => {
                let mut pair = review.pair(old, content[k]);
                // Moved to another group of its table, it changed, its words or not (qa92: a
                // sub-processor put among the infrastructure was unmarked there, and nothing
                // was struck where it had been).
                let was = (old_content.iter().position(|b| std::ptr::eq(*b, *old)))
                    .map(|i| &old_groups[i]);
                let moved = row_key(old.tokens[0].text).is_some()
                    && was.is_some_and(|was| *was != new_groups[k]);
                if pair.edit.is_none() && moved {
                    pair.edit = Some(Edit::Changed);
                }
                shown[k] = Some(pair);
                false
            }
            None => true,
        },
    );
    added.retain(|k| shown[*k].is_none());
    for (at, old) in removed {
        // A row removed from a table whose columns changed is laid out under the new
        // columns, each cell under the heading it had: else its values stand under others'.
        let aligned = old_content
            .iter()
            .position(|b| std::ptr::eq(*b, old))
            .and_then(|i| {
                let was = header_before(&old_content[..i])?;
                let now = header_before(&content[..at])?;
                review.removed_row_under(old, &was, &now)
            });
        before[at].push(aligned.unwrap_or_else(|| review.whole(old, Edit::Removed)));
    }
    before.iter_mut().for_each(|run| balanced(run));
    for k in added {
        shown[k] = Some(review.whole(content[k], Edit::Added));
    }
    // The page again, in the new page's order, with what was removed where it was.
    let (start, end) = (
        new_tokens[new_main.start].start,
        new_tokens[new_main.end].start,
    );
    let mut page = Page::new(&new[..start], marks);
    let mut shown = shown.into_iter();
    let mut before = before.into_iter();
    for block in &new_blocks {
        if block.passive() {
            page.push_as_is(block);
            continue;
        }
        before
            .next()
            .into_iter()
            .flatten()
            .for_each(|s| page.push(s));
        match shown.next().flatten() {
            Some(s) => page.push(s),
            None => page.push_as_is(block),
        }
    }
    before.flatten().for_each(|s| page.push(s));
    without_langs_inherited(page.end(&new[end..]))
}

/// A block as the review shows it: marked, and how it changed if it did.
struct Shown {
    html: String,
    edit: Option<Edit>,
    /// The block's first tag as shown, and the first cell's (for a table row): where the
    /// margin's mark goes.
    tag: String,
    cell: Option<String>,
    name: String,
    /// A start or end tag alone, removed: written only where its element is removed whole in
    /// the same place ([`balanced`]), else it would open or close one of the page around it.
    markup: bool,
}

/// Keeps, of the tags alone in `run` (what was removed in one place), those that open and
/// close an element within it: a section or table removed whole is shown in its section and
/// table (qa92: its caption and rows stood in no table, which a browser shows as one paragraph,
/// and its section's mark was written into its heading's tag), any other dropped.
fn balanced(run: &mut [Shown]) {
    let mut open: Vec<(&str, usize)> = Vec::new();
    // End tags that close nothing opened in the run, before any start tag left open.
    let mut closing: Vec<(&str, usize)> = Vec::new();
    let mut keep = vec![false; run.len()];
    for (i, s) in run.iter().enumerate().filter(|(_, s)| s.markup) {
        match s.tag.strip_prefix("</") {
            Some(end) => {
                let name = end.trim_end_matches('>').trim();
                match open.iter().rposition(|(n, _)| *n == name) {
                    Some(at) => {
                        keep[open[at].1] = true;
                        keep[i] = true;
                        open.truncate(at);
                    }
                    None if open.is_empty() => closing.push((name, i)),
                    None => {}
                }
            }
            None => open.push((s.name.as_str(), i)),
        }
    }
    // An element removed whole, read by the comparison from the end of the one before it to
    // its own start (`</section><section id="b">…`, its own end kept as the other's, the same
    // tag): the end closes the element the page has open there, and the page's end closes the
    // one removed (qa94: the removed section stood in the one before it, marked changed).
    let rotated = !closing.is_empty()
        && closing.len() == open.len()
        && (closing.iter().zip(open.iter().rev())).all(|((end, _), (start, _))| end == start);
    if rotated {
        for (_, i) in closing.iter().chain(&open) {
            keep[*i] = true;
        }
    }
    for (s, keep) in run.iter_mut().zip(keep) {
        if s.markup && !keep {
            s.html.clear();
        }
    }
}

/// The review page being written: the sections whose headings are to say they hold a change.
struct Page<'m> {
    out: String,
    marks: &'m Marks,
    /// Where the open section's start tag ends its name, and its heading's start tag ends.
    section: Option<usize>,
    heading: Option<usize>,
    section_changed: bool,
    /// Texts to insert at byte offsets of `out`, once it is written.
    inserts: Vec<(usize, String)>,
    changes: usize,
}

impl<'m> Page<'m> {
    fn new(head: &str, marks: &'m Marks) -> Page<'m> {
        let mut out = String::with_capacity(head.len() * 2);
        out.push_str(head);
        Page {
            out,
            marks,
            section: None,
            heading: None,
            section_changed: false,
            inserts: Vec::new(),
            changes: 0,
        }
    }

    fn push_as_is(&mut self, block: &Block) {
        self.track(block.tokens[0].text, block.name());
        self.out.push_str(block.html);
    }

    /// Follows the sections: where one starts, and where its heading's start tag ends, for a
    /// block starting with `tag` (of the element `name`) about to be written.
    fn track(&mut self, tag: &str, name: &str) {
        let at = self.out.len();
        if name == "section" || tag.starts_with("</section") {
            self.close_section();
        }
        if name == "section" {
            self.section = Some(at + "<section".len());
        }
        if name == "h2" && self.section.is_some() && self.heading.is_none() {
            self.heading = Some(at + tag.len());
        }
    }

    fn push(&mut self, shown: Shown) {
        // Nothing written, nothing to follow (a tag alone, dropped).
        if shown.html.is_empty() && shown.markup {
            return;
        }
        self.track(&shown.tag, &shown.name);
        if shown.edit.is_some() {
            self.section_changed = true;
        }
        // Text between blocks is marked, but has no element to carry the margin's mark.
        let edit = shown.edit.filter(|_| !shown.name.is_empty());
        let Some(edit) = edit else {
            self.out.push_str(&shown.html);
            return;
        };
        self.changes += 1;
        let mut html = shown.html;
        // The margin: an attribute for the style, and words for everyone.
        let badge = format!(
            "<span class=\"review-margin\">{}</span> ",
            crate::text::escape_html(edit.words(self.marks))
        );
        let badge_at = match &shown.cell {
            Some(cell) => html[shown.tag.len()..]
                .find(cell.as_str())
                .map(|i| shown.tag.len() + i + cell.len()),
            None => Some(shown.tag.len()),
        };
        if let Some(at) = badge_at {
            html.insert_str(at, &badge);
        }
        let name_end = 1 + shown.name.len();
        let mut attrs = format!(" data-review=\"{}\"", edit.name());
        // Every change can be linked to.
        if !shown.tag.contains(" id=\"") {
            attrs.push_str(&format!(" id=\"review-change-{}\"", self.changes));
        }
        html.insert_str(name_end, &attrs);
        if self.heading == Some(self.out.len() + shown.tag.len()) {
            // The section's heading changed: it says so itself.
            self.heading = Some(usize::MAX);
        }
        self.out.push_str(&html);
    }

    fn close_section(&mut self) {
        if self.section_changed {
            if let Some(at) = self.section {
                self.inserts
                    .push((at, " data-review-section=\"changed\"".to_string()));
            }
            if let Some(at) = self.heading.filter(|&at| at != usize::MAX) {
                self.inserts.push((
                    at,
                    format!(
                        "<span class=\"review-margin\">{}</span> ",
                        crate::text::escape_html(&self.marks.changed)
                    ),
                ));
            }
        }
        self.section = None;
        self.heading = None;
        self.section_changed = false;
    }

    fn end(mut self, tail: &str) -> String {
        self.close_section();
        self.out.push_str(tail);
        let mut out = self.out;
        for (at, text) in self.inserts.into_iter().rev() {
            out.insert_str(at, &text);
        }
        out
    }
}

/// Two blocks are versions of the same thing when they are table rows with the same `id` (a
/// sub-processor renamed keeps its row's) or the same header cell, or other elements of one
/// kind, of the same id where both have one (an annex's entry), either with the same
/// attributes (`<p class="stamp">`) or sharing most of their words, or the document's title.
fn same_thing(old: &Block, new: &Block) -> bool {
    let row = |b: &Block| b.tokens.first().is_some_and(|t| t.starts("tr"));
    if row(old) || row(new) {
        let (old_id, new_id) = (row_key(old.tokens[0].text), row_key(new.tokens[0].text));
        let same_id = old_id.is_some() && old_id == new_id;
        let same_header = old.header().is_some() && old.header() == new.header();
        return row(old) && row(new) && (same_id || same_header);
    }
    let (old_tag, new_tag) = (old.tokens[0].text, new.tokens[0].text);
    // An element named by its id (an annex's entry) is the same thing only under that id,
    // however many words (its labels) it shares with another.
    if let (Some(old_id), Some(new_id)) = (id_of(old_tag), id_of(new_tag))
        && old_id != new_id
    {
        return false;
    }
    let attributes = |tag: &str| tag.len() > old.name().len() + 2;
    // A document has one title: reworded whole (a translation's title gone, the source's in
    // its place), it changed; it was not removed and another added (qa142).
    let title = old.name() == "h1";
    old.name() == new.name()
        && (title
            || (old_tag == new_tag && attributes(new_tag))
            || similar(&words(old.tokens), &words(new.tokens)))
}

/// The words of `tokens`, their tags and spaces aside.
fn words<'t, 'a: 't>(tokens: impl IntoIterator<Item = &'t Token<'a>>) -> Vec<&'a str> {
    tokens
        .into_iter()
        .filter(|t| !t.is_markup() && !t.text.trim().is_empty())
        .map(|t| t.text)
        .collect()
}

fn refs(words: &[String]) -> Vec<&str> {
    words.iter().map(String::as_str).collect()
}

/// Whether two runs of words share most of them.
fn similar(old: &[&str], new: &[&str]) -> bool {
    if old.is_empty() || new.is_empty() {
        return old.is_empty() && new.is_empty();
    }
    let same: usize = similar::capture_diff_slices(Algorithm::Myers, old, new)
        .iter()
        .map(|op| match op {
            DiffOp::Equal { len, .. } => *len,
            _ => 0,
        })
        .sum();
    4 * same >= old.len() + new.len()
}

/// Elements that hold one value, shown whole when it changes: a table cell, a date, a
/// definition, a link (whose address may change under the same words: review.css shows the
/// address of a link struck or inserted).
const VALUES: &[&str] = &["td", "time", "data", "dd", "a"];

/// What a row of column headings compares as one value each: its headings too.
const HEADINGS: &[&str] = &["th", "td", "time", "data", "dd", "a"];

/// What marks a page: the marks' words and the language's sentences.
struct Review<'m> {
    marks: &'m Marks,
    sentences: &'m Sentences,
}

impl Review<'_> {
    /// A block that is only on one side: its tags as they are, its words marked. A tag-only
    /// block (structure between blocks) that was removed is dropped.
    fn whole(&self, block: &Block, edit: Edit) -> Shown {
        let text = block
            .tokens
            .iter()
            .any(|t| !t.is_markup() && !t.text.trim().is_empty());
        // A tag alone (a section's, a table's, its body's start or end) removed: kept where
        // the rest of its element is removed with it ([`Shown::markup`], [`balanced`]).
        if !text && edit == Edit::Removed && block.tokens.len() == 1 {
            let tag = removed_ids(block.tokens[0].text);
            return Shown {
                html: tag.clone(),
                edit: None,
                cell: None,
                tag,
                name: block.name().to_string(),
                markup: true,
            };
        }
        let mut out = String::new();
        let mut run = Run::default();
        for t in block.tokens {
            if t.is_markup() {
                if !text && edit == Edit::Removed {
                    continue;
                }
                run.flush(&mut out, self.marks);
                match edit {
                    Edit::Removed => out.push_str(&removed_ids(t.text)),
                    _ => out.push_str(t.text),
                }
            } else if edit == Edit::Removed {
                run.deleted.push(&t.lang, t.text);
            } else {
                run.inserted.push_str(t.text);
            }
        }
        run.flush(&mut out, self.marks);
        let tag = match edit {
            Edit::Removed => removed_ids(block.tokens[0].text),
            _ => block.tokens[0].text.to_string(),
        };
        Shown {
            html: out,
            edit: text.then_some(edit),
            cell: first_cell(block).map(|t| match edit {
                Edit::Removed => removed_ids(t),
                _ => t.to_string(),
            }),
            tag,
            name: block.name().to_string(),
            markup: false,
        }
    }

    /// A table row removed, its cells under the columns `now` (headings), where the table had
    /// `was` when the row was in it: `None` where they are the same columns (it is shown as
    /// it was), or where a column it had a cell under is gone (it cannot be laid out under
    /// them).
    fn removed_row_under(&self, row: &Block, was: &[String], now: &[String]) -> Option<Shown> {
        let cells = cells(row);
        if was == now || cells.len() != was.len() || was.iter().any(|w| !now.contains(w)) {
            return None;
        }
        let tag = removed_ids(row.tokens[0].text);
        let mut html = tag.clone();
        for heading in now {
            match was.iter().position(|w| w == heading) {
                Some(k) => html.push_str(&self.whole(&cells[k], Edit::Removed).html),
                None => html.push_str("<td></td>"),
            }
        }
        if let Some(end) = row.tokens.last().filter(|t| t.ends("tr")) {
            html.push_str(end.text);
        }
        Some(Shown {
            html,
            edit: Some(Edit::Removed),
            tag,
            cell: first_cell(row).map(removed_ids),
            name: "tr".to_string(),
            markup: false,
        })
    }

    /// Two versions of a block, its structure the new one's.
    fn pair(&self, old: &Block, new: &Block) -> Shown {
        let name = new.name();
        // Its markup changed but not what it says: a row that gained an empty cell, for a
        // column another row needs, did not change.
        if significant(old.tokens) == significant(new.tokens) {
            return Shown {
                edit: None,
                html: new.html.to_string(),
                tag: new.tokens[0].text.to_string(),
                cell: first_cell(new).map(str::to_string),
                name: name.to_string(),
                markup: false,
            };
        }
        let mut out = String::new();
        let mut run = Run::default();
        let (old_inner, new_inner) = (old.inner(), new.inner());
        out.push_str(new.tokens[0].text);
        if VALUES.contains(&name) {
            self.value(old_inner, new_inner, &mut out, &mut run);
        } else if name == "tr" {
            // A row of column headings: each heading one value, struck or inserted whole, as a
            // column comes or goes. A row's own heading (a sub-processor's name) is compared
            // word by word.
            let values = match old
                .inner()
                .iter()
                .chain(new.inner())
                .any(|t| t.starts("td"))
            {
                true => VALUES,
                false => HEADINGS,
            };
            self.units(
                &units_of(old.page, old_inner, values),
                &units_of(new.page, new_inner, values),
                &mut out,
                &mut run,
            );
        } else {
            self.sentences(
                &units(old.page, old_inner),
                &units(new.page, new_inner),
                &mut out,
                &mut run,
            );
        }
        run.flush(&mut out, self.marks);
        if new.inner().len() + 1 < new.tokens.len() {
            out.push_str(new.tokens[new.tokens.len() - 1].text);
        }
        // Paired because they differ: where no word did (emphasis dropped, say), the block
        // changed all the same.
        Shown {
            edit: Some(Edit::Changed),
            html: out,
            tag: new.tokens[0].text.to_string(),
            cell: first_cell(new).map(str::to_string),
            name: name.to_string(),
            markup: false,
        }
    }

    /// Prose: its sentences compared first, then the words of a sentence that changed.
    fn sentences(&self, old: &[Unit], new: &[Unit], out: &mut String, run: &mut Run) {
        let (olds, news) = (self.split(old), self.split(new));
        let key = |s: &&[Unit]| -> String { s.iter().map(|u| u.html).collect() };
        let (old_keys, new_keys): (Vec<String>, Vec<String>) = (
            olds.iter().map(key).collect(),
            news.iter().map(key).collect(),
        );
        // A value is one word, whatever it holds: a date is the same date changed.
        let sentence_words = |s: &&[Unit<'_, '_>]| -> Vec<String> {
            s.iter()
                .flat_map(|u| match u.value {
                    Some(name) => vec![format!("<{name}>")],
                    None => words(u.tokens).into_iter().map(str::to_string).collect(),
                })
                .collect()
        };
        let (old_words, new_words): (Vec<Vec<String>>, Vec<Vec<String>>) = (
            olds.iter().map(sentence_words).collect(),
            news.iter().map(sentence_words).collect(),
        );
        let ops = capture_diff_slices_by_key(Algorithm::Myers, &old_keys, &new_keys, |k| k.clone());
        for op in ops {
            match op {
                DiffOp::Equal { new_index, len, .. } => {
                    run.flush(out, self.marks);
                    news[new_index..new_index + len]
                        .iter()
                        .for_each(|s| s.iter().for_each(|u| out.push_str(u.html)));
                }
                DiffOp::Delete {
                    old_index, old_len, ..
                } => olds[old_index..old_index + old_len]
                    .iter()
                    .for_each(|s| run.delete_units(s)),
                DiffOp::Insert {
                    new_index, new_len, ..
                } => news[new_index..new_index + new_len]
                    .iter()
                    .for_each(|s| run.insert_units(s, out, self.marks)),
                DiffOp::Replace {
                    old_index,
                    old_len,
                    new_index,
                    new_len,
                } => {
                    let mut next = new_index;
                    let end = new_index + new_len;
                    for k in old_index..old_index + old_len {
                        match (next..end)
                            .find(|&n| similar(&refs(&old_words[k]), &refs(&new_words[n])))
                        {
                            Some(n) => {
                                news[next..n]
                                    .iter()
                                    .for_each(|s| run.insert_units(s, out, self.marks));
                                self.units(olds[k], news[n], out, run);
                                next = n + 1;
                            }
                            None => run.delete_units(olds[k]),
                        }
                    }
                    news[next..end]
                        .iter()
                        .for_each(|s| run.insert_units(s, out, self.marks));
                }
            }
        }
    }

    /// `units` in sentences, each with the whitespace after it, as the language ends them.
    fn split<'u, 't, 'a>(&self, units: &'u [Unit<'t, 'a>]) -> Vec<&'u [Unit<'t, 'a>]> {
        let text: String = units.iter().map(Unit::text).collect();
        let mut starts = self.sentences.starts(&text).into_iter().peekable();
        let mut out = Vec::new();
        let (mut from, mut at) = (0, 0);
        for (i, unit) in units.iter().enumerate() {
            let mut cut = false;
            while starts.next_if(|&s| s <= at).is_some() {
                cut = true;
            }
            if cut && i > from {
                out.push(&units[from..i]);
                from = i;
            }
            at += unit.text().len();
        }
        if from < units.len() {
            out.push(&units[from..]);
        }
        out
    }

    /// Two runs of units, words marked; a changed value shown whole, old then new.
    fn units(&self, old: &[Unit], new: &[Unit], out: &mut String, run: &mut Run) {
        let ops = capture_diff_slices_by_key(Algorithm::Myers, old, new, |u| u.html);
        for (k, op) in ops.iter().enumerate() {
            match *op {
                // Only spaces between two changes: one change, as a reader reads the words.
                DiffOp::Equal {
                    old_index,
                    new_index,
                    len,
                } if k > 0
                    && k + 1 < ops.len()
                    && new[new_index..new_index + len].iter().all(Unit::is_space) =>
                {
                    run.delete_units(&old[old_index..old_index + len]);
                    run.insert_units(&new[new_index..new_index + len], out, self.marks);
                }
                DiffOp::Equal { new_index, len, .. } => {
                    run.flush(out, self.marks);
                    new[new_index..new_index + len]
                        .iter()
                        .for_each(|u| out.push_str(u.html));
                }
                DiffOp::Delete {
                    old_index, old_len, ..
                } => self.delete_cells(&old[old_index..old_index + old_len], out, run),
                DiffOp::Insert {
                    new_index, new_len, ..
                } => run.insert_units(&new[new_index..new_index + new_len], out, self.marks),
                DiffOp::Replace {
                    old_index,
                    old_len,
                    new_index,
                    new_len,
                } => {
                    let (olds, news) = (
                        &old[old_index..old_index + old_len],
                        &new[new_index..new_index + new_len],
                    );
                    let values = olds.len() == news.len()
                        && olds
                            .iter()
                            .zip(news)
                            .all(|(o, n)| o.value.is_some() && o.value == n.value);
                    if values {
                        for (o, n) in olds.iter().zip(news) {
                            run.flush(out, self.marks);
                            // A link is where it leads and its words: shown whole, tag and all.
                            if n.value == Some("a") {
                                self.value(o.tokens, n.tokens, out, run);
                                continue;
                            }
                            let new_inner = inner(n.tokens);
                            out.push_str(n.tokens[0].text);
                            self.value(inner(o.tokens), new_inner, out, run);
                            // Its end tag, where it has one.
                            if new_inner.len() + 1 < n.tokens.len() {
                                out.push_str(n.tokens[n.tokens.len() - 1].text);
                            }
                        }
                    } else {
                        self.delete_cells(olds, out, run);
                        run.insert_units(news, out, self.marks);
                    }
                }
            }
        }
    }

    /// Units of a row deleted: a whole cell (a column the row no longer has) is shown as a cell
    /// of its own, its words struck, where it stood; other words are kept for the run. Left to
    /// the run, a cell's tags were dropped and its words written between two cells of the new
    /// row, outside any cell, where a browser moves them out of the table (qa33).
    fn delete_cells(&self, units: &[Unit], out: &mut String, run: &mut Run) {
        let mut rest = units;
        while let Some(first) = rest.first() {
            // A whole cell: a `td` is one unit; a `th`, its start tag to its end tag.
            let cell = match first.tokens.first() {
                Some(t) if first.value == Some("td") && t.starts("td") => Some(("td", 1)),
                Some(t) if first.value == Some("th") && t.starts("th") => Some(("th", 1)),
                Some(t) if first.value.is_none() && t.starts("th") => rest
                    .iter()
                    .position(|u| u.value.is_none() && u.tokens.iter().any(|t| t.ends("th")))
                    .map(|end| ("th", end + 1)),
                _ => None,
            };
            let Some((name, len)) = cell else {
                run.delete_units(&rest[..1]);
                rest = &rest[1..];
                continue;
            };
            let (cell, after) = rest.split_at(len);
            run.flush(out, self.marks);
            out.push_str(&removed_ids(first.tokens[0].text));
            // Its words, its tags dropped (a link struck leads nowhere).
            let mut words = Words::default();
            (cell.iter().flat_map(|u| u.tokens).skip(1))
                .filter(|t| !t.is_markup())
                .for_each(|t| words.push(&t.lang, t.text));
            if !words.is_blank() {
                words.struck(out, self.marks);
                run.wrote = true;
            }
            out.push_str(&format!("</{name}>"));
            rest = after;
        }
    }

    /// One value that changed, whole: the old one struck, then the new one.
    fn value(&self, old: &[Token], new: &[Token], out: &mut String, run: &mut Run) {
        run.flush(out, self.marks);
        let html = |tokens: &[Token]| -> String { tokens.iter().map(|t| t.text).collect() };
        let (old_html, new_html) = (html(old), html(new));
        if old_html == new_html {
            out.push_str(&new_html);
            return;
        }
        // Seen the same and leading where it led: only words for screen readers changed (a
        // link's hidden words naming a sub-processor renamed). Those are marked, where showing
        // the value struck and written again would show `zapier.com → zapier.com`.
        let markup = |tokens: &[Token]| -> Vec<String> {
            tokens
                .iter()
                .filter(|t| t.is_markup())
                .map(|t| t.text.to_string())
                .collect()
        };
        if visible(old) == visible(new) && markup(old) == markup(new) {
            let mut new_tokens = new.iter();
            for (old_words, new_words) in between_tags(old).into_iter().zip(between_tags(new)) {
                let new_text = new_words.text();
                if old_words.text() == new_text {
                    run.flush(out, self.marks);
                    out.push_str(&new_text);
                } else {
                    old_words.0.iter().for_each(|(l, w)| run.deleted.push(l, w));
                    run.inserted.push_str(&new_text);
                    run.flush(out, self.marks);
                }
                if let Some(tag) = new_tokens.by_ref().find(|t| t.is_markup()) {
                    out.push_str(tag.text);
                }
            }
            return;
        }
        let has_text = |tokens: &[Token]| {
            tokens
                .iter()
                .any(|t| !t.is_markup() && !t.text.trim().is_empty())
        };
        let m = self.marks;
        if has_text(old) {
            out.push_str(&open_del(&old[0].lang, m));
            old.iter().for_each(|t| match t.is_markup() {
                true => out.push_str(&removed_ids(t.text)),
                false => out.push_str(t.text),
            });
            out.push_str("</del>");
        }
        if has_text(old) && has_text(new) {
            out.push_str(" <span class=\"review-arrow\" aria-hidden=\"true\"></span> ");
        }
        if has_text(new) {
            out.push_str(&open("ins", None, &m.ins_start, &m.ins_end));
            out.push_str(&new_html);
            out.push_str("</ins>");
        } else {
            out.push_str(&new_html);
        }
        run.wrote = true;
    }
}

/// What a block says and where it leads, as tags and words, runs of whitespace one space, and
/// its empty elements (a cell for a column its row has nothing in) left out.
fn significant<'a>(tokens: &[Token<'a>]) -> Vec<&'a str> {
    let mut out: Vec<&Token<'a>> = Vec::new();
    for t in tokens {
        let space = |t: &Token| t.kind == Kind::Text && t.text.trim().is_empty();
        if space(t) {
            if !out.last().is_some_and(|last| space(last)) {
                out.push(t);
            }
            continue;
        }
        if let Kind::End(name) = &t.kind {
            let open = out.iter().rposition(|o| !space(o));
            if let Some(at) = open.filter(|&at| out[at].starts(name)) {
                out.truncate(at);
                continue;
            }
        }
        out.push(t);
    }
    out.into_iter()
        .map(|t| match t.kind {
            Kind::Text if t.text.trim().is_empty() => " ",
            _ => t.text,
        })
        .collect()
}

/// The words of `tokens` a reader sees: not those of an element of the class
/// `visually-hidden`, which only screen readers say.
fn visible<'a>(tokens: &[Token<'a>]) -> Vec<&'a str> {
    // The elements open, each with whether it is hidden.
    let mut open: Vec<(&str, bool)> = Vec::new();
    let mut out = Vec::new();
    for t in tokens {
        let hidden = open.last().is_some_and(|(_, hidden)| *hidden);
        match &t.kind {
            Kind::Start(name) => open.push((name, hidden || t.text.contains("visually-hidden"))),
            Kind::End(name) => {
                if let Some(at) = open.iter().rposition(|(open, _)| open == name) {
                    open.truncate(at);
                }
            }
            Kind::Text if !hidden && !t.text.trim().is_empty() => out.push(t.text),
            Kind::Text | Kind::Markup => {}
        }
    }
    out
}

/// The text before each tag of `tokens`, and after the last.
fn between_tags(tokens: &[Token]) -> Vec<Words> {
    let mut out = vec![Words::default()];
    for t in tokens {
        match t.is_markup() {
            true => out.push(Words::default()),
            false => out.last_mut().expect("one").push(&t.lang, t.text),
        }
    }
    out
}

/// The start tag of a mark, with the words screen readers say where it starts and ends, and
/// the language its words are read in where it says one.
fn open(name: &str, lang: Option<&str>, start: &str, end: &str) -> String {
    let lang = lang.map_or_else(String::new, |lang| {
        format!(" lang=\"{}\"", crate::text::escape_html(lang))
    });
    format!(
        "<{name}{lang} data-start=\"{}\" data-end=\"{}\">",
        crate::text::escape_html(start),
        crate::text::escape_html(end)
    )
}

/// The start tag of a `<del>`, whose words were read in `lang` where they stood: written
/// into the new page's elements, it says so itself, and [`without_langs_inherited`] takes it
/// away where the element around it says the same.
fn open_del(lang: &Lang, marks: &Marks) -> String {
    open("del", lang.as_deref(), &marks.del_start, &marks.del_end)
}

/// `html` (a review page) with the `lang` of each `<del>` taken away where the element around
/// it is read in the same language ([`open_del`]).
fn without_langs_inherited(html: String) -> Result<String, RewritingError> {
    if !html.contains("<del lang=") {
        return Ok(html);
    }
    let langs: Rc<RefCell<Vec<String>>> = Rc::default();
    let settings = RewriteStrSettings::new()
        .with_strict(false)
        .append_element_content_handler(element!("*", |el| {
            let mut own = el.get_attribute("lang");
            if el.tag_name() == "del" && own.is_some() && own.as_ref() == langs.borrow().last() {
                el.remove_attribute("lang");
                own = None;
            }
            if let (Some(lang), Some(handlers)) = (own, el.end_tag_handlers()) {
                langs.borrow_mut().push(lang);
                let langs = langs.clone();
                handlers.push(end_tag!(move |_| {
                    langs.borrow_mut().pop();
                    Ok(())
                }));
            }
            Ok(())
        }));
    rewrite_str(&html, settings)
}

/// Words of a page, each with the language it was read in there, for a `<del>` to say where
/// they are written among the new page's elements (qa142: the German a page would lose was
/// read as English, struck inside the `<span lang="en">` of the source's words replacing it).
#[derive(Default)]
struct Words(Vec<(Lang, String)>);

impl Words {
    fn push(&mut self, lang: &Lang, text: &str) {
        match self.0.last_mut() {
            Some((last, words)) if last == lang => words.push_str(text),
            _ => self.0.push((lang.clone(), text.to_string())),
        }
    }

    fn text(&self) -> String {
        self.0.iter().map(|(_, words)| words.as_str()).collect()
    }

    fn is_blank(&self) -> bool {
        self.0.iter().all(|(_, words)| words.trim().is_empty())
    }

    /// Struck, without the whitespace around them: a `<del>` in the language of their first
    /// words, those in another in a `<span>` of its own.
    fn struck(&self, out: &mut String, marks: &Marks) {
        let text = self.text();
        let from = text.len() - text.trim_start().len();
        let to = text.trim_end().len();
        let mut at = 0;
        let mut pieces = Vec::new();
        for (lang, words) in &self.0 {
            let (start, end) = (at.max(from), (at + words.len()).min(to));
            if start < end {
                pieces.push((lang, &text[start..end]));
            }
            at += words.len();
        }
        let Some((first, _)) = pieces.first() else {
            return;
        };
        let first = *first;
        out.push_str(&open_del(first, marks));
        for (lang, words) in pieces {
            match lang {
                Some(other) if lang != first && !words.trim().is_empty() => {
                    out.push_str("<span lang=\"");
                    out.push_str(&crate::text::escape_html(other));
                    out.push_str("\">");
                    out.push_str(words);
                    out.push_str("</span>");
                }
                _ => out.push_str(words),
            }
        }
        out.push_str("</del>");
    }
}

/// The `id` of a start tag, as candor's templates write it (` id="…"`).
fn id_of(tag: &str) -> Option<&str> {
    attribute(tag, "id")
}

/// What names a table row as the same thing from one page to the next: its id, or where it
/// has none (a data flow, which no fact names alone) its `data-row`. A row named neither way
/// is named by its heading, which a reworded label changes (qa60: a staff group's row was
/// told as removed and another added).
fn row_key(tag: &str) -> Option<&str> {
    id_of(tag).or_else(|| attribute(tag, "data-row"))
}

/// The value of the attribute `name` of a start tag as candor writes it (`name="value"`).
fn attribute<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let (_, rest) = tag.split_once(&format!(" {name}=\""))?;
    rest.split_once('"').map(|(value, _)| value)
}

/// A tag of a removed block, its id changed so that it is not the id of what replaced it.
fn removed_ids(tag: &str) -> String {
    // What it is labelled by was removed with it, and renamed so (qa94: a removed table's
    // wrapper named a caption that was no longer there).
    tag.replacen(" id=\"", " id=\"removed-", 1).replacen(
        " aria-labelledby=\"",
        " aria-labelledby=\"removed-",
        1,
    )
}

/// The cells of a table row (`th` and `td`), each a block.
fn cells<'t, 'a>(row: &Block<'t, 'a>) -> Vec<Block<'t, 'a>> {
    let mut out = Vec::new();
    let mut rest = row.inner();
    while let Some(first) = rest.first() {
        let len = match &first.kind {
            Kind::Start(name) if name == "th" || name == "td" => element_len(rest, name),
            _ => 1,
        };
        let (cell, after) = rest.split_at(len);
        if first.starts("th") || first.starts("td") {
            let last = &cell[cell.len() - 1];
            out.push(Block {
                html: &row.page[first.start..last.start + last.text.len()],
                tokens: cell,
                page: row.page,
                chrome: false,
            });
        }
        rest = after;
    }
    out
}

/// The headings of the nearest table header row in `blocks` (a row of `<th scope="col">`
/// cells), the last first: the columns of the table a row after them is in.
fn header_before(blocks: &[&Block]) -> Option<Vec<String>> {
    blocks.iter().rev().find_map(|b| {
        if !b.tokens[0].starts("tr") {
            return None;
        }
        let cells = cells(b);
        let header = !cells.is_empty()
            && cells
                .iter()
                .all(|c| c.tokens[0].starts("th") && c.tokens[0].text.contains("scope=\"col\""));
        header.then(|| cells.iter().map(|c| words(c.tokens).join(" ")).collect())
    })
}

/// For each of `blocks`, the group of rows it stands in, within its table: its heading row's
/// `data-row` (`group-<id>`, which rewording the heading leaves as it is), or in a theme whose
/// heading rows have none, the words of the heading (`<th scope="rowgroup">`); `None` in a
/// table of no groups, or before the first. In one pass: a table of a thousand rows is read
/// once, not once a row.
fn groups(blocks: &[&Block]) -> Vec<Option<String>> {
    let mut group: Option<String> = None;
    blocks
        .iter()
        .map(|b| {
            let tag = b.tokens[0].text;
            if b.tokens[0].starts("table") {
                group = None;
            } else if b.tokens[0].starts("tr")
                && (b.tokens.iter())
                    .any(|t| t.starts("th") && t.text.contains("scope=\"rowgroup\""))
            {
                group = Some(match attribute(tag, "data-row") {
                    Some(id) => id.to_string(),
                    None => words(b.tokens).join(" "),
                });
            }
            group.clone()
        })
        .collect()
}

/// The first cell's start tag of a table row.
fn first_cell<'a>(block: &Block<'_, 'a>) -> Option<&'a str> {
    if !block.tokens[0].starts("tr") {
        return None;
    }
    block
        .tokens
        .iter()
        .find(|t| t.starts("th") || t.starts("td"))
        .map(|t| t.text)
}

/// The tokens inside an element's start and end tags.
fn inner<'t, 'a>(tokens: &'t [Token<'a>]) -> &'t [Token<'a>] {
    let name = match tokens.first().map(|t| &t.kind) {
        Some(Kind::Start(name)) => name,
        _ => return tokens,
    };
    let end = match tokens.last() {
        Some(t) if tokens.len() > 1 && t.ends(name) => tokens.len() - 1,
        _ => tokens.len(),
    };
    &tokens[1..end]
}

/// What is compared as one: a token, or a value element with everything in it.
struct Unit<'t, 'a> {
    html: &'a str,
    tokens: &'t [Token<'a>],
    /// The value element's name.
    value: Option<&'a str>,
}

impl Unit<'_, '_> {
    fn is_space(&self) -> bool {
        self.value.is_none()
            && self
                .tokens
                .iter()
                .all(|t| t.kind == Kind::Text && t.text.trim().is_empty())
    }

    fn text(&self) -> String {
        self.tokens
            .iter()
            .filter(|t| !t.is_markup())
            .map(|t| t.text)
            .collect()
    }
}

/// `tokens` as units: a value element is one.
fn units<'t, 'a>(page: &'a str, tokens: &'t [Token<'a>]) -> Vec<Unit<'t, 'a>> {
    units_of(page, tokens, VALUES)
}

/// `tokens` as units, each element named in `values` one.
fn units_of<'t, 'a>(
    page: &'a str,
    tokens: &'t [Token<'a>],
    values: &[&'static str],
) -> Vec<Unit<'t, 'a>> {
    let mut out = Vec::new();
    let mut rest = tokens;
    while let Some(first) = rest.first() {
        let value = match &first.kind {
            Kind::Start(name) => values.iter().find(|v| **v == name.as_str()).copied(),
            _ => None,
        };
        let len = match value {
            Some(name) => element_len(rest, name),
            None => 1,
        };
        let (unit, after) = rest.split_at(len);
        let last = &unit[unit.len() - 1];
        let html = &page[first.start..last.start + last.text.len()];
        out.push(Unit {
            html,
            tokens: unit,
            value,
        });
        rest = after;
    }
    out
}

/// Deleted and inserted words waiting to be written as one `<del>` and one `<ins>`.
#[derive(Default)]
struct Run {
    deleted: Words,
    inserted: String,
    /// Whether any mark was written.
    wrote: bool,
}

impl Run {
    /// Deleted tags are dropped (the structure is the new block's); deleted words are kept.
    fn delete_units(&mut self, units: &[Unit]) {
        units
            .iter()
            .flat_map(|u| u.tokens)
            .filter(|t| !t.is_markup())
            .for_each(|t| self.deleted.push(&t.lang, t.text));
    }

    /// Inserted words are collected; an inserted tag ends the run and is written as it is. A
    /// start tag with no words inserted before it is written first: the words deleted before
    /// it go inside the element, beside the words that replace them (a table's caption), not
    /// between its parent's tags, where a browser moves them out of the table (qa43).
    fn insert_units(&mut self, units: &[Unit], out: &mut String, marks: &Marks) {
        for t in units.iter().flat_map(|u| u.tokens) {
            if t.is_markup() {
                let opens = matches!(t.kind, Kind::Start(_));
                if !opens || !self.inserted.trim().is_empty() {
                    self.flush(out, marks);
                }
                out.push_str(t.text);
            } else {
                self.inserted.push_str(t.text);
            }
        }
    }

    /// Writes the run, keeping the whitespace around it outside the marks.
    fn flush(&mut self, out: &mut String, marks: &Marks) {
        let (del, ins) = (
            std::mem::take(&mut self.deleted),
            std::mem::take(&mut self.inserted),
        );
        let lead = |s: &str| s.len() - s.trim_start().len();
        let del_text = del.text();
        let text = if ins.trim().is_empty() {
            &del_text
        } else {
            &ins
        };
        out.push_str(&text[..lead(text)]);
        if !del.is_blank() {
            del.struck(out, marks);
            self.wrote = true;
        }
        if !del.is_blank() && !ins.trim().is_empty() {
            out.push(' ');
        }
        if !ins.trim().is_empty() {
            out.push_str(&open("ins", None, &marks.ins_start, &marks.ins_end));
            out.push_str(ins.trim());
            out.push_str("</ins>");
            self.wrote = true;
        }
        out.push_str(&text[text.trim_end().len()..]);
    }
}

/// One piece of a page as the HTML parser reads it: a tag (or other markup), or in text, a
/// word or a run of whitespace. A page's tokens hold every byte of it, in order.
#[derive(Debug)]
struct Token<'a> {
    text: &'a str,
    /// Where it starts in the page.
    start: usize,
    kind: Kind,
    /// A start tag of chrome: a notice (`role="note"`) or navigation, not the page's content.
    chrome: bool,
    /// The language its words are read in (the `lang` of the nearest element that has one;
    /// a tag's, that of the element around it), where any element says.
    lang: Lang,
}

/// A language an element's `lang` names, shared by all the tokens in it.
type Lang = Option<Rc<str>>;

#[derive(Debug, PartialEq)]
enum Kind {
    /// A start tag, with its element's name (lower case, as the parser gives it).
    Start(String),
    /// An end tag, with its element's name.
    End(String),
    /// A comment, a doctype, or anything else the parser took for no text.
    Markup,
    /// A word or a run of whitespace.
    Text,
}

impl Token<'_> {
    fn is_markup(&self) -> bool {
        self.kind != Kind::Text
    }

    fn starts(&self, name: &str) -> bool {
        matches!(&self.kind, Kind::Start(n) if n == name)
    }

    fn ends(&self, name: &str) -> bool {
        matches!(&self.kind, Kind::End(n) if n == name)
    }
}

/// A block element with everything in it, or a single token between blocks.
struct Block<'t, 'a> {
    html: &'a str,
    tokens: &'t [Token<'a>],
    /// The page it is in.
    page: &'a str,
    /// A notice or navigation, with everything in it: not content, never compared with any.
    chrome: bool,
}

impl<'t, 'a> Block<'t, 'a> {
    /// Its element's name, or `""` for a token between blocks that starts none.
    fn name(&self) -> &str {
        match &self.tokens[0].kind {
            Kind::Start(name) => name,
            _ => "",
        }
    }

    /// Chrome, or whitespace between blocks: shown as the new page has it, never compared.
    fn passive(&self) -> bool {
        self.chrome || self.html.trim().is_empty()
    }

    /// What is inside its element.
    fn inner(&self) -> &'t [Token<'a>] {
        inner(self.tokens)
    }

    /// What the first header cell holds, as written.
    fn header(&self) -> Option<String> {
        let start = self.tokens.iter().position(|t| t.starts("th"))? + 1;
        let len = self.tokens[start..].iter().position(|t| t.ends("th"))?;
        Some(
            self.tokens[start..start + len]
                .iter()
                .map(|t| t.text)
                .collect(),
        )
    }
}

/// Elements a reader compares as a whole.
const BLOCKS: &[&str] = &["tr", "li", "p", "h1", "h2", "h3", "caption", "dt", "dd"];

/// The tokens of `page` split into blocks (a whole block element or a notice, with everything
/// in it) and, between them, single tokens.
fn blocks<'t, 'a>(page: &'a str, tokens: &'t [Token<'a>]) -> Vec<Block<'t, 'a>> {
    let mut out = Vec::new();
    let mut rest = tokens;
    while let Some(first) = rest.first() {
        let len = match &first.kind {
            Kind::Start(name) if first.chrome || BLOCKS.contains(&name.as_str()) => {
                element_len(rest, name)
            }
            _ => 1,
        };
        let (block, after) = rest.split_at(len);
        let end = block.last().map_or(first.start, |t| t.start + t.text.len());
        out.push(Block {
            html: &page[first.start..end],
            tokens: block,
            page,
            chrome: first.chrome,
        });
        rest = after;
    }
    out
}

/// How many of `tokens` the element `name` they start with takes, to the end tag that closes
/// it (counting those of the same name within), or all of them if none does.
fn element_len(tokens: &[Token], name: &str) -> usize {
    let mut depth = 0usize;
    tokens
        .iter()
        .position(|t| {
            if t.starts(name) {
                depth += 1;
            } else if t.ends(name) {
                depth -= 1;
            }
            depth == 0
        })
        .map_or(tokens.len(), |end| end + 1)
}

/// The tokens inside `<main …>…</main>`: from after its first start tag to its last end tag
/// (which the range ends at).
fn main(tokens: &[Token]) -> Option<Range<usize>> {
    let open = tokens.iter().position(|t| t.starts("main"))?;
    let close = tokens.iter().rposition(|t| t.ends("main"))?;
    (open < close).then_some(open + 1..close)
}

/// `html` in tokens, as lol_html's parser reads it; text is split into words and whitespace.
fn tokens(html: &str) -> Result<Vec<Token<'_>>, RewritingError> {
    let Read {
        markup,
        text: chunks,
        chrome,
    } = read(html)?;
    // Chunks of text that follow each other are one text (no tag between them, so in one
    // language).
    let mut texts: Vec<(Range<usize>, Lang)> = Vec::new();
    for (chunk, lang) in chunks.into_iter().filter(|(c, _)| !c.is_empty()) {
        match texts.last_mut() {
            Some((last, _)) if last.end == chunk.start => last.end = chunk.end,
            _ => texts.push((chunk, lang)),
        }
    }
    let mut pieces: Vec<(Range<usize>, Option<Kind>, Lang)> = markup
        .into_iter()
        .map(|(span, kind, lang)| (span, Some(kind), lang))
        .chain(texts.into_iter().map(|(span, lang)| (span, None, lang)))
        .collect();
    pieces.sort_by_key(|(span, _, _)| span.start);
    // What the parser names nothing (an end tag that closes no element) is markup as written.
    let unnamed = |span: Range<usize>| Token {
        text: &html[span.clone()],
        start: span.start,
        kind: Kind::Markup,
        chrome: false,
        lang: None,
    };
    let mut out = Vec::new();
    let mut at = 0;
    for (span, kind, lang) in pieces {
        if span.start < at || span.is_empty() {
            continue;
        }
        if span.start > at {
            out.push(unnamed(at..span.start));
        }
        match kind {
            Some(kind) => out.push(Token {
                text: &html[span.clone()],
                start: span.start,
                kind,
                chrome: chrome.contains(&span.start),
                lang,
            }),
            None => split_text(html, span.clone(), lang, &mut out),
        }
        at = span.end;
    }
    if at < html.len() {
        out.push(unnamed(at..html.len()));
    }
    Ok(out)
}

/// The text `html[span]` as words and runs of whitespace, each isolate control (which opens or
/// closes text set apart from its direction, a name in an Arabic sentence) a word of its own:
/// so that a change marked inside an isolate leaves it opened and closed once, as it was. So
/// is each mark of punctuation: a list that grows (`Netherlands and United States` to
/// `Netherlands, United States, and India`) keeps `Netherlands` where it gained a comma.
fn split_text<'a>(html: &'a str, span: Range<usize>, lang: Lang, out: &mut Vec<Token<'a>>) {
    let alone = |c: char| matches!(c, '\u{2066}'..='\u{2069}') || punctuation(c);
    let mut at = span.start;
    while at < span.end {
        let rest = &html[at..span.end];
        let Some(first) = rest.chars().next() else {
            break;
        };
        let space = first.is_whitespace();
        let len = match alone(first) {
            true => first.len_utf8(),
            false => rest
                .find(|c: char| c.is_whitespace() != space || alone(c))
                .unwrap_or(rest.len()),
        };
        out.push(Token {
            text: &rest[..len],
            start: at,
            kind: Kind::Text,
            chrome: false,
            lang: lang.clone(),
        });
        at += len;
    }
}

/// Whether `c` separates words as punctuation does, in the scripts candor's languages write:
/// ASCII's, the general punctuation block (quotes, dashes, the ellipsis), Arabic's comma,
/// semicolon and question mark, guillemets and CJK's comma and full stop.
fn punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(
            c,
            '\u{00A1}'
                | '\u{00AB}'
                | '\u{00BB}'
                | '\u{00BF}'
                | '\u{060C}'
                | '\u{061B}'
                | '\u{061F}'
                | '\u{2010}'..='\u{2027}' | '\u{3001}' | '\u{3002}'
        )
}

/// Markup with where it is in a page, in the page's order, and the language around it.
type Spans = Vec<(Range<usize>, Kind, Lang)>;

/// A page as the parser reads it.
struct Read {
    markup: Spans,
    /// Chunks of text, each with the language it is read in.
    text: Vec<(Range<usize>, Lang)>,
    /// Where the start tags of chrome (notices and navigation) start.
    chrome: BTreeSet<usize>,
}

/// The class of the notice on a translated section that the original prevails until the
/// translation follows it: not chrome, since it changes what the section's words stand for, so
/// the review marks it where it is added or removed, as it marks content.
const STALE_NOTICE: &str = "stale-notice";

/// Where the parser finds markup in `html` (tags, with their elements' names, comments and the
/// doctype), chunks of text, and the start tags of chrome (notices and navigation).
fn read(html: &str) -> Result<Read, RewritingError> {
    // An end tag's handler must own what it uses.
    let markup: Rc<RefCell<Spans>> = Rc::default();
    let text: RefCell<Vec<(Range<usize>, Lang)>> = RefCell::default();
    let chrome: RefCell<BTreeSet<usize>> = RefCell::default();
    // The `lang` of each element open that has one, innermost last.
    let langs: Rc<RefCell<Vec<Rc<str>>>> = Rc::default();
    let here = || langs.borrow().last().cloned();
    let push = |span: Range<usize>, kind: Kind| markup.borrow_mut().push((span, kind, here()));
    let settings = Settings::new()
        // Parse on through markup whose meaning only the whole tree tells, rather than refuse.
        .with_strict(false)
        .append_element_content_handler(element!("*", |el| {
            let span = el.source_location().bytes();
            let note = el.get_attribute("role").as_deref() == Some("note")
                && !el
                    .get_attribute("class")
                    .is_some_and(|c| c.split_ascii_whitespace().any(|c| c == STALE_NOTICE));
            if el.tag_name() == "nav" || note {
                chrome.borrow_mut().insert(span.start);
            }
            push(span, Kind::Start(el.tag_name()));
            let (markup, name) = (markup.clone(), el.tag_name());
            let lang = el.get_attribute("lang").map(Rc::<str>::from);
            if let Some(handlers) = el.end_tag_handlers() {
                if let Some(lang) = &lang {
                    langs.borrow_mut().push(lang.clone());
                }
                let langs = langs.clone();
                handlers.push(end_tag!(move |end| {
                    if lang.is_some() {
                        langs.borrow_mut().pop();
                    }
                    let span = end.source_location().bytes();
                    let around = langs.borrow().last().cloned();
                    markup
                        .borrow_mut()
                        .push((span, Kind::End(name.clone()), around));
                    Ok(())
                }));
            }
            Ok(())
        }))
        .append_document_content_handler(doc_comments!(|c| {
            push(c.source_location().bytes(), Kind::Markup);
            Ok(())
        }))
        .append_document_content_handler(doctype!(|d| {
            push(d.source_location().bytes(), Kind::Markup);
            Ok(())
        }))
        .append_document_content_handler(doc_text!(|t| {
            text.borrow_mut()
                .push((t.source_location().bytes(), here()));
            Ok(())
        }));
    let mut rewriter = HtmlRewriter::new(settings, |_: &[u8]| {});
    rewriter.write(html.as_bytes())?;
    rewriter.end()?;
    let markup = markup.take();
    Ok(Read {
        markup,
        text: text.into_inner(),
        chrome: chrome.into_inner(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks() -> Marks {
        Marks {
            ins_start: "+".into(),
            ins_end: "/+".into(),
            del_start: "-".into(),
            del_end: "/-".into(),
            changed: "C".into(),
            added: "A".into(),
            removed: "R".into(),
        }
    }

    /// `new` marked against `old`, in English.
    fn marked(old: &str, new: &str) -> String {
        let sentences = Sentences::new(&"en".parse().unwrap());
        mark(old, new, &marks(), &sentences).unwrap()
    }

    const D: &str = r#"<del data-start="-" data-end="/-">"#;
    const I: &str = r#"<ins data-start="+" data-end="/+">"#;
    const ARROW: &str = r#" <span class="review-arrow" aria-hidden="true"></span> "#;

    #[test]
    fn rows_and_words_are_marked_as_a_reader_compares() {
        let old = "<html><main><table><tr><th>Hubspot</th><td>No</td></tr><tr><th>Vidyo</th><td>No</td></tr></table><p>Kept for two years.</p></main></html>";
        let new = "<html><main><table><tr><th>Hubspot</th><td>Yes</td></tr><tr><th>Slack</th><td>No</td></tr></table><p>Kept for three years.</p></main></html>";
        let out = marked(old, new);
        let (d, i) = (D, I);
        assert!(
            out.contains(&format!(
                "<tr data-review=\"changed\" id=\"review-change-1\"><th><span class=\"review-margin\">C</span> Hubspot</th><td>{d}No</del>{ARROW}{i}Yes</ins></td></tr>"
            )),
            "a changed cell is shown whole, old then new: {out}"
        );
        assert!(
            out.contains(&format!(
                "<tr data-review=\"removed\" id=\"review-change-2\"><th><span class=\"review-margin\">R</span> {d}Vidyo</del></th><td>{d}No</del></td></tr>"
            )),
            "a removed row stays, struck: {out}"
        );
        assert!(
            out.contains(&format!(
                "<tr data-review=\"added\" id=\"review-change-3\"><th><span class=\"review-margin\">A</span> {i}Slack</ins></th><td>{i}No</ins></td></tr>"
            )),
            "a new row is new: {out}"
        );
        assert!(
            out.contains(&format!(
                "<span class=\"review-margin\">C</span> Kept for {d}two</del> {i}three</ins> years.</p>"
            )),
            "{out}"
        );
        assert!(out.starts_with("<html><main>") && out.ends_with("</main></html>"));
    }

    #[test]
    fn struck_words_are_read_in_the_language_they_were_written_in() {
        // A German heading whose message a translation lost, shown in the source's words: the
        // German struck stood inside their `<span lang="en">` (qa142).
        let page =
            |main: &str| format!("<html lang=\"de\"><body><main>{main}</main></body></html>");
        let out = marked(
            &page("<h2 id=\"s\">Wo speichern wir?</h2><p>Ja.</p>"),
            &page("<h2 id=\"s\"><span lang=\"en\">Where do we store it?</span></h2><p>Ja.</p>"),
        );
        let d_de = D.replace("<del ", "<del lang=\"de\" ");
        assert!(
            out.contains(&format!(
                "<span lang=\"en\">{d_de}Wo speichern wir?</del> {I}Where do we store it?</ins></span>"
            )),
            "{out}"
        );
        // The other way: the source's words a page showed, translated since, are struck in the
        // source's language; and words in two languages struck together keep each its own.
        let out = marked(
            &page(
                "<p>Wir <span lang=\"en\">store</span> es.</p><h2 id=\"y\"><span lang=\"en\">Yes</span></h2>",
            ),
            &page("<p>Wir speichern es.</p><h2 id=\"y\">Ja</h2>"),
        );
        let d_en = D.replace("<del ", "<del lang=\"en\" ");
        assert!(out.contains(&format!("<h2 data-review=\"changed\" id=\"y\"><span class=\"review-margin\">C</span> {d_en}Yes</del> {I}Ja</ins></h2>")), "{out}");
        assert!(
            out.contains(&format!("Wir {d_en}store</del> {I}speichern</ins> es.")),
            "{out}"
        );
        let out = marked(
            &page("<p id=\"m\">Alt <span lang=\"en\">old</span> weg. Bleibt.</p>"),
            &page("<p id=\"m\">Bleibt.</p>"),
        );
        assert!(
            out.contains(&format!("{D}Alt <span lang=\"en\">old</span> weg.</del>")),
            "{out}"
        );
    }

    #[test]
    fn an_entry_removed_from_a_list_is_not_taken_for_the_next_one() {
        // The annex's entries share most of their words (the labels): Help Scout removed and
        // Sentry's security link changed read as "Help Scout changed to Sentry" and "Sentry
        // removed" (qa42). An entry named by its id is the same thing only under that id.
        let entry = |id: &str, name: &str, security: &str| {
            format!(
                "<li id=\"subprocessor-{id}\"><table><caption>{name}</caption><tbody><tr data-fact=\"address\"><th>Address</th><td>Not stated</td></tr><tr data-fact=\"contact\"><th>Contact</th><td>privacy@{id}.example</td></tr><tr data-fact=\"security\"><th>Security measures</th><td>{security}</td></tr></tbody></table></li>"
            )
        };
        let page =
            |entries: &[String]| format!("<html><main><ol>{}</ol></main></html>", entries.concat());
        let old = page(&[
            entry("postmark", "Postmark", "Not published"),
            entry("help-scout", "Help Scout", "Not published"),
            entry("sentry", "Sentry", "Not published"),
        ]);
        let new = page(&[
            entry("postmark", "Postmark", "Not published"),
            entry("sentry", "Sentry", "sentry.io/security"),
        ]);
        let out = marked(&old, &new);
        let marked_entry = |id: &str| {
            let at = out.find(&format!("subprocessor-{id}\"")).unwrap();
            let start = out[..at].rfind("<li").unwrap();
            let end = start + out[start..].find("</li>").unwrap();
            out[start..end].to_string()
        };
        let gone = marked_entry("help-scout");
        assert!(gone.contains("data-review=\"removed\""), "{out}");
        assert!(gone.contains(&format!("{D}Help Scout</del>")), "{gone}");
        let sentry = marked_entry("sentry");
        assert!(sentry.contains("data-review=\"changed\""), "{sentry}");
        assert!(!sentry.contains("Help Scout"), "{sentry}");
        assert!(!sentry.contains(&format!("{D}privacy")), "{sentry}");
        assert!(
            sentry.contains(&format!(
                "{D}Not published</del>{ARROW}{I}sentry.io/security</ins>"
            )),
            "{sentry}"
        );
        assert_eq!(out.matches("Sentry").count(), 1, "{out}");
    }

    #[test]
    fn a_caption_renamed_keeps_both_names_in_the_caption() {
        // qa43: the old name was written between `<table>` and `<caption>`, where a browser
        // moves it out of the table, and the caption held only the new one.
        let entry = |name: &str| {
            format!(
                "<html><main><ol><li id=\"subprocessor-hubspot\"><table>\n<caption><bdi>{name}</bdi></caption>\n<tbody><tr><th>Address</th><td>Not stated</td></tr></tbody></table></li></ol></main></html>"
            )
        };
        let out = marked(&entry("Hubspot"), &entry("HubSpot Inc"));
        let caption =
            &out[out.find("<caption>").expect("a caption")..out.find("</caption>").unwrap()];
        assert!(caption.contains(&format!("{D}Hubspot</del>")), "{out}");
        assert!(caption.contains(&format!("{I}HubSpot Inc</ins>")), "{out}");
        let before = &out[..out.find("<caption>").unwrap()];
        assert!(!before.contains("<del"), "{out}");
    }

    #[test]
    fn a_link_led_elsewhere_or_emphasis_dropped_is_marked() {
        let page = |p: &str| format!("<html><main><p>{p}</p></main></html>");
        let out = marked(
            &page("See <a href=\"https://a.example/policy\">the policy</a>."),
            &page("See <a href=\"mailto:x@a.example\">the policy</a>."),
        );
        assert!(
            out.contains(&format!(
                "{D}<a href=\"https://a.example/policy\">the policy</a></del>{ARROW}{I}<a href=\"mailto:x@a.example\">the policy</a></ins>"
            )),
            "{out}"
        );
        let out = marked(
            &page("Data of <em>special</em> categories."),
            &page("Data of special categories."),
        );
        assert!(out.contains("<p data-review=\"changed\""), "{out}");
    }

    #[test]
    fn a_list_grown_strikes_nothing_that_stays() {
        // A comma is a word of its own: `Netherlands,` is `Netherlands` kept, a comma added.
        let page = |list: &str| {
            format!("<html><main><p>Zivver processes data in: {list}.</p></main></html>")
        };
        let out = marked(
            &page("Netherlands and United States"),
            &page("Netherlands, United States, and India"),
        );
        for kept in ["Netherlands", "United", "States"] {
            assert!(!out.contains(&format!("{D}{kept}")), "{kept} struck: {out}");
        }
        assert!(out.contains(&format!("{D}and</del>")), "{out}");
        assert!(out.contains(&format!("{I}, and India</ins>")), "{out}");
    }

    #[test]
    fn a_change_inside_an_isolate_leaves_it_opened_and_closed_once() {
        // An Arabic period, isolated as candor isolates a value in a right-to-left sentence.
        let page = |n: &str| {
            format!("<html><main><p>تحتفظ \u{2068}{n} شهرًا\u{2069} فقط.</p></main></html>")
        };
        let out = marked(&page("18"), &page("24"));
        assert_eq!(out.matches('\u{2068}').count(), 1, "{out}");
        assert_eq!(out.matches('\u{2069}').count(), 1, "{out}");
        assert!(
            out.contains(&format!("\u{2068}{D}18</del> {I}24</ins> شهرًا\u{2069}")),
            "{out}"
        );
    }

    #[test]
    fn a_row_renamed_under_its_id_is_the_same_row_changed() {
        let row = |name: &str| {
            format!(
                "<html><main><table><tr id=\"subprocessor-nimbus\"><th>{name}</th><td>Yes</td></tr></table></main></html>"
            )
        };
        let out = marked(&row("Nimbus Cloud Europe"), &row("Nimbus Cloud EU GmbH"));
        assert!(
            out.contains("<tr data-review=\"changed\" id=\"subprocessor-nimbus\">"),
            "{out}"
        );
        assert!(!out.contains("removed"), "{out}");
        assert!(
            out.contains("<td>Yes</td>"),
            "its unchanged cells are not marked: {out}"
        );
    }

    #[test]
    fn tags_are_what_the_parser_says_they_are() {
        // A `>` in an attribute value, and a `<main>` and `</h1>` in a comment, as a browser
        // reads them.
        let page = |cell: &str| {
            format!(
                "<html><!-- <main> </h1> --><main><h1 title=\"a > b\">Title</h1><table><tr><th>Hubspot</th><td>{cell}</td></tr></table></main></html>"
            )
        };
        let out = marked(&page("No"), &page("Yes"));
        assert_eq!(
            out,
            page(&format!("{D}No</del>{ARROW}{I}Yes</ins>")).replace(
                "<tr><th>Hubspot",
                "<tr data-review=\"changed\" id=\"review-change-1\"><th><span class=\"review-margin\">C</span> Hubspot"
            ),
            "only the cell is marked, and the row in the margin"
        );
        assert_eq!(
            after_first_heading(&out, "<p>summary</p>").unwrap(),
            out.replace("Title</h1>", "Title</h1><p>summary</p>"),
            "the summary follows the heading, not the comment"
        );
    }

    #[test]
    fn every_byte_of_a_page_is_in_one_token() {
        let page = "<!DOCTYPE html>\n<p class=x>One  two</p></stray><!-- c --><br>three\n";
        let tokens = tokens(page).unwrap();
        let texts: Vec<&str> = tokens.iter().map(|t| t.text).collect();
        assert_eq!(
            texts,
            [
                "<!DOCTYPE html>",
                "\n",
                "<p class=x>",
                "One",
                "  ",
                "two",
                "</p>",
                "</stray>",
                "<!-- c -->",
                "<br>",
                "three",
                "\n"
            ]
        );
        assert!(
            tokens
                .iter()
                .all(|t| &page[t.start..][..t.text.len()] == t.text)
        );
        assert_eq!(tokens[2].kind, Kind::Start("p".into()));
        assert_eq!(
            tokens[7].kind,
            Kind::Markup,
            "an end tag that closes nothing"
        );
    }

    #[test]
    fn unchanged_pages_are_unchanged() {
        let page = "<html><head></head><main><p>Same &amp; same.</p></main></html>";
        assert_eq!(marked(page, page), page);
    }

    #[test]
    fn prose_is_compared_by_sentence_then_by_word() {
        let old = "<main><p>Data is kept. It is deleted after two years. Backups are encrypted.</p></main>";
        let new = "<main><p>Data is kept. It is deleted after three years. Logs are never shared with anyone at all. Backups are encrypted.</p></main>";
        let out = marked(old, new);
        assert!(
            out.contains(&format!(
                "Data is kept. It is deleted after {D}two</del> {I}three</ins> years. {I}Logs are never shared with anyone at all.</ins> Backups are encrypted.</p>"
            )),
            "a changed sentence by word, a new sentence whole: {out}"
        );
        // A sentence replaced by another that shares few words is shown whole, struck then new.
        let out = marked(
            "<main><p>Kept for two years. Then deleted.</p></main>",
            "<main><p>Kept for two years. Customers decide what happens next.</p></main>",
        );
        assert!(
            out.contains(&format!(
                "Kept for two years. {D}Then deleted.</del> {I}Customers decide what happens next.</ins></p>"
            )),
            "{out}"
        );
    }

    #[test]
    fn a_date_is_a_single_value() {
        let page = |date: &str| {
            format!(
                "<main><p class=\"stamp\"><time datetime=\"x\">Last modified: {date}</time></p></main>"
            )
        };
        let out = marked(&page("30 October 2025"), &page("30 November 2026"));
        assert!(
            out.contains(&format!(
                "<time datetime=\"x\">{D}Last modified: 30 October 2025</del>{ARROW}{I}Last modified: 30 November 2026</ins></time>"
            )),
            "{out}"
        );
    }

    #[test]
    fn a_notice_is_never_compared_with_content() {
        let old = "<main><section id=\"r\"><h2>Retention</h2>\n<p>Standaard bewaart Luscii gegevens 2 jaar.</p>\n</section></main>";
        let new = "<main><section id=\"r\"><h2>Retention</h2>\n<p class=\"archive-notice\" role=\"note\">Deze versie is gearchiveerd: <a href=\"../\">de huidige</a></p>\n<p>Standaard bewaart Luscii gegevens 3 jaar.</p>\n</section></main>";
        let out = marked(old, new);
        assert!(
            out.contains("<p class=\"archive-notice\" role=\"note\">Deze versie is gearchiveerd: <a href=\"../\">de huidige</a></p>"),
            "the notice as it is: {out}"
        );
        assert!(
            out.contains(&format!(
                "Standaard bewaart Luscii gegevens {D}2</del> {I}3</ins> jaar.</p>"
            )),
            "{out}"
        );
        assert!(
            out.contains("<section data-review-section=\"changed\" id=\"r\"><h2><span class=\"review-margin\">C</span> Retention</h2>"),
            "the section's heading says it holds a change: {out}"
        );
    }

    #[test]
    fn a_stale_sections_notice_is_marked_where_it_comes_and_goes() {
        let notice = "<p class=\"stale-notice\" role=\"note\">Deze sectie is gewijzigd: <a href=\"../en/\">English</a></p>";
        let page = |notice: &str| {
            format!(
                "<main><section id=\"r\"><h2>Retention</h2>\n{notice}\n<p>Standaard bewaart Luscii gegevens 2 jaar.</p>\n</section></main>"
            )
        };
        let came = marked(&page(""), &page(notice));
        assert!(
            came.contains(&format!("{I}Deze sectie is gewijzigd:</ins>")),
            "inserted: {came}"
        );
        let went = marked(&page(notice), &page(""));
        assert!(
            went.contains(&format!("{D}Deze sectie is gewijzigd:</del>")),
            "deleted: {went}"
        );
        // The text beside it, unchanged, is not marked.
        for out in [&came, &went] {
            assert!(
                out.contains("<p>Standaard bewaart Luscii gegevens 2 jaar.</p>"),
                "{out}"
            );
        }
        assert_eq!(marked(&page(notice), &page(notice)), page(notice));
    }

    #[test]
    fn a_changed_heading_is_marked_once() {
        let page = |heading: &str| {
            format!(
                "<main><section id=\"r\">\n<h2 id=\"r-h\">{heading}</h2>\n<p>Same.</p>\n</section></main>"
            )
        };
        let out = marked(
            &page("How long is data kept?"),
            &page("How long is personal data kept?"),
        );
        assert_eq!(out.matches("review-margin").count(), 1, "{out}");
        assert!(
            out.contains(&format!("<h2 data-review=\"changed\" id=\"r-h\"><span class=\"review-margin\">C</span> How long is {I}personal</ins> data kept?</h2>")),
            "{out}"
        );
    }

    #[test]
    fn text_outside_any_element_is_marked_without_a_margin() {
        let out = marked(
            "<main><p>A.</p>Loose é words</main>",
            "<main><p>A.</p>Loose é changed words</main>",
        );
        assert!(out.contains(&format!("{I}changed</ins>")), "{out}");
        assert!(!out.contains("data-review"), "{out}");
    }

    #[test]
    fn a_link_to_a_folder_names_its_index() {
        assert_eq!(folder_index("../en/").as_deref(), Some("../en/index.html"));
        assert_eq!(
            folder_index("../en/#retention").as_deref(),
            Some("../en/index.html#retention")
        );
        assert_eq!(folder_index("..").as_deref(), Some("../index.html"));
        assert_eq!(
            folder_index("archive/2025-10-30/").as_deref(),
            Some("archive/2025-10-30/index.html")
        );
        for kept in [
            "#main",
            "../style.css",
            "https://example.com/",
            "mailto:a@b",
            "/abs/",
        ] {
            assert_eq!(folder_index(kept), None, "{kept}");
        }
    }
}
