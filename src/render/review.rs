//! What legal reads before publishing: each page as it will be published, with what changed
//! since the last publication marked `<ins>`/`<del>`.
//!
//! Both versions are rendered through the same theme (the last publication from its recorded
//! facts and, for the source language, its recorded text), then compared token by token: tags
//! are whole tokens and the structure is the new page's; only words are marked. So a changed
//! fact in a table cell shows as `<del>No</del><ins>Yes</ins>` in that cell.

use fluent_bundle::FluentArgs;
use similar::{Algorithm, DiffOp, capture_diff_slices};

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
    let marked = if old.is_empty() {
        new.to_string()
    } else {
        mark(old, new, &marks)
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
    // Under the page's heading, so the page still starts with its one <h1>.
    Ok(match marked.find("</h1>") {
        Some(i) => format!("{}{summary}{}", &marked[..i + 5], &marked[i + 5..]),
        None => marked,
    })
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
pub fn mark(old: &str, new: &str, marks: &Marks) -> String {
    let (Some(old_main), Some(new_main)) = (main(old), main(new)) else {
        return new.to_string();
    };
    let old_blocks = blocks(&old[old_main.0..old_main.1]);
    let new_blocks = blocks(&new[new_main.0..new_main.1]);
    let mut out = String::with_capacity(new.len() + 1024);
    out.push_str(&new[..new_main.0]);
    for op in capture_diff_slices(Algorithm::Myers, &old_blocks, &new_blocks) {
        match op {
            DiffOp::Equal { new_index, len, .. } => new_blocks[new_index..new_index + len]
                .iter()
                .for_each(|b| out.push_str(b)),
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
    out.push_str(&new[new_main.1..]);
    out
}

/// Blocks replaced by others: a pair that is the same thing (the same row, a reworded paragraph)
/// is compared word by word; the rest is deleted or inserted whole, in page order.
fn replaced(olds: &[&str], news: &[&str], marks: &Marks, out: &mut String) {
    let mut next_new = 0;
    for old in olds {
        match (next_new..news.len()).find(|&k| same_thing(old, news[k])) {
            Some(k) => {
                news[next_new..k]
                    .iter()
                    .for_each(|n| out.push_str(&whole(n, Side::Inserted, marks)));
                out.push_str(&words(old, news[k], marks));
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
fn same_thing(old: &str, new: &str) -> bool {
    let header = |b: &str| {
        let start = b.find("<th")?;
        let start = start + b[start..].find('>')? + 1;
        Some(b[start..start + b[start..].find("</th>")?].to_string())
    };
    if old.starts_with("<tr") && new.starts_with("<tr") {
        return header(old).is_some() && header(old) == header(new);
    }
    similar::TextDiff::from_words(old, new).ratio() >= 0.5
}

#[derive(Clone, Copy)]
enum Side {
    Deleted,
    Inserted,
}

/// A block that is only on one side: its tags as they are, its words marked. A tag-only block
/// (structure between blocks) that was deleted is dropped.
fn whole(block: &str, side: Side, marks: &Marks) -> String {
    let tokens = tokens(block);
    if tokens
        .iter()
        .all(|t| t.starts_with('<') || t.trim().is_empty())
    {
        return match side {
            Side::Deleted => String::new(),
            Side::Inserted => block.to_string(),
        };
    }
    let mut out = String::new();
    let mut run = Run::default();
    for t in tokens {
        if t.starts_with('<') {
            run.flush(&mut out, marks);
            out.push_str(t);
        } else {
            match side {
                Side::Deleted => run.deleted.push_str(t),
                Side::Inserted => run.inserted.push_str(t),
            }
        }
    }
    run.flush(&mut out, marks);
    out
}

/// Two versions of a block, words marked; the structure is the new one's.
fn words(old: &str, new: &str, marks: &Marks) -> String {
    let (old_tokens, new_tokens) = (tokens(old), tokens(new));
    let mut out = String::new();
    let mut run = Run::default();
    for op in capture_diff_slices(Algorithm::Myers, &old_tokens, &new_tokens) {
        match op {
            DiffOp::Equal { new_index, len, .. } => {
                run.flush(&mut out, marks);
                new_tokens[new_index..new_index + len]
                    .iter()
                    .for_each(|t| out.push_str(t));
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
    fn delete(&mut self, tokens: &[&str]) {
        tokens
            .iter()
            .filter(|t| !t.starts_with('<'))
            .for_each(|t| self.deleted.push_str(t));
    }

    /// Inserted words are collected; an inserted tag ends the run and is written as it is.
    fn insert(&mut self, tokens: &[&str], out: &mut String, marks: &Marks) {
        for t in tokens {
            if t.starts_with('<') {
                self.flush(out, marks);
                out.push_str(t);
            } else {
                self.inserted.push_str(t);
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

/// Elements a reader compares as a whole.
const BLOCKS: &[&str] = &["tr", "li", "p", "h1", "h2", "h3", "caption", "dt", "dd"];

/// The content split into blocks (a whole block element with everything in it) and, between
/// them, single tokens.
fn blocks(html: &str) -> Vec<&str> {
    let tokens = tokens(html);
    let mut out = Vec::new();
    let mut i = 0;
    let mut offset = 0;
    while i < tokens.len() {
        let start = offset;
        match tag_name(tokens[i]).filter(|(name, open)| *open && BLOCKS.contains(name)) {
            Some((name, _)) => {
                let mut depth = 0;
                loop {
                    match tag_name(tokens[i]) {
                        Some((n, true)) if n == name => depth += 1,
                        Some((n, false)) if n == name => depth -= 1,
                        _ => {}
                    }
                    offset += tokens[i].len();
                    i += 1;
                    if depth == 0 || i == tokens.len() {
                        break;
                    }
                }
            }
            None => {
                offset += tokens[i].len();
                i += 1;
            }
        }
        out.push(&html[start..offset]);
    }
    out
}

/// `("tr", true)` for `<tr class="x">`, `("tr", false)` for `</tr>`.
fn tag_name(token: &str) -> Option<(&str, bool)> {
    let inner = token.strip_prefix('<')?.strip_suffix('>')?;
    let (open, inner) = match inner.strip_prefix('/') {
        Some(rest) => (false, rest),
        None => (true, inner),
    };
    let end = inner
        .find(|c: char| c.is_whitespace() || c == '/')
        .unwrap_or(inner.len());
    Some((&inner[..end], open))
}

/// The byte range of the contents of `<main …>…</main>`.
fn main(html: &str) -> Option<(usize, usize)> {
    let open = html.find("<main")?;
    let start = open + html[open..].find('>')? + 1;
    let end = html.rfind("</main>")?;
    (start <= end).then_some((start, end))
}

/// Tags, words and runs of whitespace, each a token; text stays as written (escaped HTML).
fn tokens(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        let len = if rest.starts_with('<') {
            rest.find('>').map_or(rest.len(), |i| i + 1)
        } else if rest.starts_with(char::is_whitespace) {
            rest.find(|c: char| !c.is_whitespace())
                .unwrap_or(rest.len())
        } else {
            rest.find(|c: char| c.is_whitespace() || c == '<')
                .unwrap_or(rest.len())
        };
        out.push(&rest[..len]);
        rest = &rest[len..];
    }
    out
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
        let out = mark(old, new, &marks());
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
    fn unchanged_pages_are_unchanged() {
        let page = "<html><head></head><main><p>Same &amp; same.</p></main></html>";
        assert_eq!(mark(page, page, &marks()), page);
    }
}
