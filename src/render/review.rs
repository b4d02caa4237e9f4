//! What legal reads before publishing: each page as it will be published, with what changed
//! since the last publication marked `<ins>`/`<del>`.
//!
//! Both versions are rendered through the same theme (the last publication from its recorded
//! facts and, for the source language, its recorded text), then compared token by token: tags
//! are whole tokens and the structure is the new page's; only words are marked. So a changed
//! fact in a table cell shows as `<del>No</del><ins>Yes</ins>` in that cell.
//!
//! Pages are read by an HTML parser (lol_html, the streaming rewriter `serve` uses), which says
//! where each tag is: a `<` or `>` in an attribute, a comment or a script is not taken for one,
//! and every byte outside the marks is the page's as rendered.

use std::cell::{Cell, RefCell};
use std::ops::Range;
use std::rc::Rc;

use fluent_bundle::FluentArgs;
use lol_html::errors::RewritingError;
use lol_html::html_content::ContentType;
use lol_html::{
    HtmlRewriter, RewriteStrSettings, Settings, doc_comments, doc_text, doctype, element, end_tag,
    rewrite_str,
};
use similar::{Algorithm, DiffOp, capture_diff_slices_by_key};

use crate::diagnostic::Diagnostic;
use crate::history::changelog;
use crate::history::changes::Change;
use crate::intl;
use crate::load::locales::Locale;
use crate::messages::Message;

/// The review page of one language: `new` with its differences from `old` marked, a banner that
/// it is a draft, and the changes summed up under the page's heading, in the page's language.
/// A message that cannot be formatted is an error pointing at it.
pub fn page(
    old: &str,
    new: &str,
    locale: &Locale,
    organisation: &crate::model::Organisation,
    published: jiff::civil::Date,
    since: Option<jiff::civil::Date>,
    changes: &[Change],
) -> Result<String, Diagnostic> {
    let (org, contact) = (organisation.name.as_str(), organisation.contact.as_str());
    let plain = |key: &str| locale.format(key, &FluentArgs::new());
    let marks = Marks {
        ins_start: plain(Message::ReviewInsStart.id())?,
        ins_end: plain(Message::ReviewInsEnd.id())?,
        del_start: plain(Message::ReviewDelStart.id())?,
        del_end: plain(Message::ReviewDelEnd.id())?,
    };
    // The parser fails only when memory runs out (nothing here refuses markup).
    let unreadable = |e: RewritingError| {
        Diagnostic::error(format!(
            "the `{}` page cannot be read for review: {e}",
            locale.language.tag
        ))
    };
    let marked = if old.is_empty() {
        new.to_string()
    } else {
        mark(old, new, &marks).map_err(unreadable)?
    };
    let mut args = FluentArgs::new();
    let heading = match since {
        Some(date) => {
            let date =
                intl::long_date(&locale.language.formats, date).map_err(Diagnostic::error)?;
            args.set("date", date);
            locale.format(Message::ReviewSince.id(), &args)?
        }
        None => plain(Message::ReviewFirst.id())?,
    };
    let items = changelog::describe_all(changes, locale, org, contact, published)
        .map_err(Diagnostic::error)?;
    let list: String = if changes.is_empty() {
        format!(
            "<p>{}</p>",
            crate::text::escape_html(&plain(Message::ReviewNone.id())?)
        )
    } else {
        format!(
            "<ul>{}</ul>",
            items
                .iter()
                .map(|i| match &i.anchor {
                    // Each entry leads to what it is about on the page below.
                    Some(anchor) => format!(
                        "<li><a href=\"#{}\">{}</a></li>",
                        crate::text::escape_html(anchor),
                        crate::text::escape_html(&i.text)
                    ),
                    None => format!("<li>{}</li>", crate::text::escape_html(&i.text)),
                })
                .collect::<String>()
        )
    };
    let summary = format!(
        "\n<section class=\"review-summary\" aria-labelledby=\"review-h\">\n<p class=\"review-draft\"><strong>{}</strong></p>\n<h2 id=\"review-h\">{}</h2>\n{list}\n</section>\n",
        crate::text::escape_html(&plain(Message::ReviewDraft.id())?),
        crate::text::escape_html(&heading),
    );
    after_first_heading(&marked, &summary).map_err(unreadable)
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

/// The marks' accessible names, in the page's language (CSS shows them to screen readers only).
pub struct Marks {
    pub ins_start: String,
    pub ins_end: String,
    pub del_start: String,
    pub del_end: String,
}

/// `new` with the differences from `old` marked, within `<main>` only.
///
/// Two levels, as a reader compares: first whole blocks (table rows, list items, paragraphs,
/// headings) by their text, so a removed row is removed and a new row is new; then, in a block
/// that changed, its words.
pub fn mark(old: &str, new: &str, marks: &Marks) -> Result<String, RewritingError> {
    let (old_tokens, new_tokens) = (tokens(old)?, tokens(new)?);
    let (Some(old_main), Some(new_main)) = (main(&old_tokens), main(&new_tokens)) else {
        return Ok(new.to_string());
    };
    let old_blocks = blocks(old, &old_tokens[old_main]);
    // Where the contents of `<main>` start and end in the new page.
    let (start, end) = (
        new_tokens[new_main.start].start,
        new_tokens[new_main.end].start,
    );
    let new_blocks = blocks(new, &new_tokens[new_main]);
    let mut out = String::with_capacity(new.len() + 1024);
    out.push_str(&new[..start]);
    let ops = capture_diff_slices_by_key(Algorithm::Myers, &old_blocks, &new_blocks, |b| b.html);
    for op in ops {
        match op {
            DiffOp::Equal { new_index, len, .. } => new_blocks[new_index..new_index + len]
                .iter()
                .for_each(|b| out.push_str(b.html)),
            DiffOp::Delete {
                old_index, old_len, ..
            } => old_blocks[old_index..old_index + old_len]
                .iter()
                .for_each(|b| out.push_str(&whole(b, Side::Deleted, marks))),
            DiffOp::Insert {
                new_index, new_len, ..
            } => new_blocks[new_index..new_index + new_len]
                .iter()
                .for_each(|b| out.push_str(&whole(b, Side::Inserted, marks))),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                let (olds, news) = (
                    &old_blocks[old_index..old_index + old_len],
                    &new_blocks[new_index..new_index + new_len],
                );
                replaced(olds, news, marks, &mut out);
            }
        }
    }
    out.push_str(&new[end..]);
    Ok(out)
}

/// Blocks replaced by others: a pair that is the same thing (the same row, a reworded paragraph)
/// is compared word by word; the rest is deleted or inserted whole, in page order.
fn replaced(olds: &[Block], news: &[Block], marks: &Marks, out: &mut String) {
    let mut next_new = 0;
    for old in olds {
        match (next_new..news.len()).find(|&k| same_thing(old, &news[k])) {
            Some(k) => {
                news[next_new..k]
                    .iter()
                    .for_each(|n| out.push_str(&whole(n, Side::Inserted, marks)));
                out.push_str(&words(old, &news[k], marks));
                next_new = k + 1;
            }
            None => out.push_str(&whole(old, Side::Deleted, marks)),
        }
    }
    news[next_new..]
        .iter()
        .for_each(|n| out.push_str(&whole(n, Side::Inserted, marks)));
}

/// Two blocks are versions of the same thing when they are table rows with the same header
/// cell, or other blocks sharing most of their words.
fn same_thing(old: &Block, new: &Block) -> bool {
    let row = |b: &Block| b.tokens.first().is_some_and(|t| t.starts("tr"));
    if row(old) && row(new) {
        return old.header().is_some() && old.header() == new.header();
    }
    similar::TextDiff::from_words(old.html, new.html).ratio() >= 0.5
}

#[derive(Clone, Copy)]
enum Side {
    Deleted,
    Inserted,
}

/// A block that is only on one side: its tags as they are, its words marked. A tag-only block
/// (structure between blocks) that was deleted is dropped.
fn whole(block: &Block, side: Side, marks: &Marks) -> String {
    if block
        .tokens
        .iter()
        .all(|t| t.is_markup() || t.text.trim().is_empty())
    {
        return match side {
            Side::Deleted => String::new(),
            Side::Inserted => block.html.to_string(),
        };
    }
    let mut out = String::new();
    let mut run = Run::default();
    for t in block.tokens {
        if t.is_markup() {
            run.flush(&mut out, marks);
            out.push_str(t.text);
        } else {
            match side {
                Side::Deleted => run.deleted.push_str(t.text),
                Side::Inserted => run.inserted.push_str(t.text),
            }
        }
    }
    run.flush(&mut out, marks);
    out
}

/// Two versions of a block, words marked; the structure is the new one's.
fn words(old: &Block, new: &Block, marks: &Marks) -> String {
    let (old_tokens, new_tokens) = (old.tokens, new.tokens);
    let mut out = String::new();
    let mut run = Run::default();
    let ops = capture_diff_slices_by_key(Algorithm::Myers, old_tokens, new_tokens, |t| t.text);
    for op in ops {
        match op {
            DiffOp::Equal { new_index, len, .. } => {
                run.flush(&mut out, marks);
                new_tokens[new_index..new_index + len]
                    .iter()
                    .for_each(|t| out.push_str(t.text));
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => run.delete(&old_tokens[old_index..old_index + old_len]),
            DiffOp::Insert {
                new_index, new_len, ..
            } => run.insert(&new_tokens[new_index..new_index + new_len], &mut out, marks),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                run.delete(&old_tokens[old_index..old_index + old_len]);
                run.insert(&new_tokens[new_index..new_index + new_len], &mut out, marks);
            }
        }
    }
    run.flush(&mut out, marks);
    out
}

/// Deleted and inserted words waiting to be written as one `<del>` and one `<ins>`.
#[derive(Default)]
struct Run {
    deleted: String,
    inserted: String,
}

impl Run {
    /// Deleted tags are dropped (the structure is the new block's); deleted words are kept.
    fn delete(&mut self, tokens: &[Token]) {
        tokens
            .iter()
            .filter(|t| !t.is_markup())
            .for_each(|t| self.deleted.push_str(t.text));
    }

    /// Inserted words are collected; an inserted tag ends the run and is written as it is.
    fn insert(&mut self, tokens: &[Token], out: &mut String, marks: &Marks) {
        for t in tokens {
            if t.is_markup() {
                self.flush(out, marks);
                out.push_str(t.text);
            } else {
                self.inserted.push_str(t.text);
            }
        }
    }

    /// Writes the run, keeping the whitespace around it outside the marks.
    fn flush(&mut self, out: &mut String, marks: &Marks) {
        let attr = |start: &str, end: &str| {
            format!(
                " data-start=\"{}\" data-end=\"{}\"",
                crate::text::escape_html(start),
                crate::text::escape_html(end)
            )
        };
        let (del, ins) = (
            std::mem::take(&mut self.deleted),
            std::mem::take(&mut self.inserted),
        );
        let lead = |s: &str| s.len() - s.trim_start().len();
        let text = if ins.trim().is_empty() { &del } else { &ins };
        out.push_str(&text[..lead(text)]);
        if !del.trim().is_empty() {
            out.push_str(&format!(
                "<del{}>{}</del>",
                attr(&marks.del_start, &marks.del_end),
                del.trim()
            ));
        }
        if !del.trim().is_empty() && !ins.trim().is_empty() {
            out.push(' ');
        }
        if !ins.trim().is_empty() {
            out.push_str(&format!(
                "<ins{}>{}</ins>",
                attr(&marks.ins_start, &marks.ins_end),
                ins.trim()
            ));
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
}

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
}

impl Block<'_, '_> {
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

/// The tokens of `page` split into blocks (a whole block element with everything in it) and,
/// between them, single tokens.
fn blocks<'t, 'a>(page: &'a str, tokens: &'t [Token<'a>]) -> Vec<Block<'t, 'a>> {
    let mut out = Vec::new();
    let mut rest = tokens;
    while let Some(first) = rest.first() {
        let len = match &first.kind {
            Kind::Start(name) if BLOCKS.contains(&name.as_str()) => {
                // To the end tag that closes it, counting those of the same name within.
                let mut depth = 0usize;
                rest.iter()
                    .position(|t| {
                        if t.starts(name) {
                            depth += 1;
                        } else if t.ends(name) {
                            depth -= 1;
                        }
                        depth == 0
                    })
                    .map_or(rest.len(), |end| end + 1)
            }
            _ => 1,
        };
        let (block, after) = rest.split_at(len);
        let end = block.last().map_or(first.start, |t| t.start + t.text.len());
        out.push(Block {
            html: &page[first.start..end],
            tokens: block,
        });
        rest = after;
    }
    out
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
    let (markup, chunks) = read(html)?;
    // Chunks of text that follow each other are one text.
    let mut texts: Vec<Range<usize>> = Vec::new();
    for chunk in chunks.into_iter().filter(|c| !c.is_empty()) {
        match texts.last_mut() {
            Some(last) if last.end == chunk.start => last.end = chunk.end,
            _ => texts.push(chunk),
        }
    }
    let mut pieces: Vec<(Range<usize>, Option<Kind>)> = markup
        .into_iter()
        .map(|(span, kind)| (span, Some(kind)))
        .chain(texts.into_iter().map(|span| (span, None)))
        .collect();
    pieces.sort_by_key(|(span, _)| span.start);
    // What the parser names nothing (an end tag that closes no element) is markup as written.
    let unnamed = |span: Range<usize>| Token {
        text: &html[span.clone()],
        start: span.start,
        kind: Kind::Markup,
    };
    let mut out = Vec::new();
    let mut at = 0;
    for (span, kind) in pieces {
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
            }),
            None => split_text(html, span.clone(), &mut out),
        }
        at = span.end;
    }
    if at < html.len() {
        out.push(unnamed(at..html.len()));
    }
    Ok(out)
}

/// The text `html[span]` as words and runs of whitespace.
fn split_text<'a>(html: &'a str, span: Range<usize>, out: &mut Vec<Token<'a>>) {
    let mut at = span.start;
    while at < span.end {
        let rest = &html[at..span.end];
        let space = rest.starts_with(char::is_whitespace);
        let len = rest
            .find(|c: char| c.is_whitespace() != space)
            .unwrap_or(rest.len());
        out.push(Token {
            text: &rest[..len],
            start: at,
            kind: Kind::Text,
        });
        at += len;
    }
}

/// Markup with where it is in a page, in the page's order.
type Spans = Vec<(Range<usize>, Kind)>;

/// Where the parser finds markup in `html` (tags, with their elements' names, comments and the
/// doctype) and chunks of text.
fn read(html: &str) -> Result<(Spans, Vec<Range<usize>>), RewritingError> {
    // An end tag's handler must own what it uses.
    let markup: Rc<RefCell<Spans>> = Rc::default();
    let text: RefCell<Vec<Range<usize>>> = RefCell::default();
    let push = |span: Range<usize>, kind: Kind| markup.borrow_mut().push((span, kind));
    let settings = Settings::new()
        // Parse on through markup whose meaning only the whole tree tells, rather than refuse.
        .with_strict(false)
        .append_element_content_handler(element!("*", |el| {
            push(el.source_location().bytes(), Kind::Start(el.tag_name()));
            let (markup, name) = (markup.clone(), el.tag_name());
            if let Some(handlers) = el.end_tag_handlers() {
                handlers.push(end_tag!(move |end| {
                    let span = end.source_location().bytes();
                    markup.borrow_mut().push((span, Kind::End(name.clone())));
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
            text.borrow_mut().push(t.source_location().bytes());
            Ok(())
        }));
    let mut rewriter = HtmlRewriter::new(settings, |_: &[u8]| {});
    rewriter.write(html.as_bytes())?;
    rewriter.end()?;
    let markup = markup.take();
    Ok((markup, text.into_inner()))
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
        }
    }

    #[test]
    fn rows_and_words_are_marked_as_a_reader_compares() {
        let old = "<html><main><table><tr><th>Hubspot</th><td>No</td></tr><tr><th>Vidyo</th><td>No</td></tr></table><p>Kept for two years.</p></main></html>";
        let new = "<html><main><table><tr><th>Hubspot</th><td>Yes</td></tr><tr><th>Slack</th><td>No</td></tr></table><p>Kept for three years.</p></main></html>";
        let out = mark(old, new, &marks()).unwrap();
        let (d, i) = (
            r#"<del data-start="-" data-end="/-">"#,
            r#"<ins data-start="+" data-end="/+">"#,
        );
        assert!(
            out.contains(&format!(
                "<tr><th>Hubspot</th><td>{d}No</del> {i}Yes</ins></td></tr>"
            )),
            "{out}"
        );
        assert!(
            out.contains(&format!(
                "<tr><th>{d}Vidyo</del></th><td>{d}No</del></td></tr>"
            )),
            "a removed row stays, struck: {out}"
        );
        assert!(
            out.contains(&format!(
                "<tr><th>{i}Slack</ins></th><td>{i}No</ins></td></tr>"
            )),
            "a new row is new: {out}"
        );
        assert!(
            out.contains(&format!(
                "<p>Kept for {d}two</del> {i}three</ins> years.</p>"
            )),
            "{out}"
        );
        assert!(out.starts_with("<html><main>") && out.ends_with("</main></html>"));
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
        let out = mark(&page("No"), &page("Yes"), &marks()).unwrap();
        let (d, i) = (
            r#"<del data-start="-" data-end="/-">"#,
            r#"<ins data-start="+" data-end="/+">"#,
        );
        assert_eq!(
            out,
            page(&format!("{d}No</del> {i}Yes</ins>")),
            "only the cell is marked"
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
        assert_eq!(mark(page, page, &marks()).unwrap(), page);
    }
}
