//! Words a translation copied from the source language and has not translated yet. A Markdown
//! message (`md()`) wraps them in an element of the source's language itself; a plain one
//! (`t()`) cannot, since a template may write it into an attribute or a `<title>` as well as
//! into a paragraph. So `t()` brackets them with two private-use characters ([`bracketed`]),
//! which no message or fact may hold ([`crate::text::forbidden_in_words`]), and once the
//! document is rendered [`resolve`] makes each bracket where text is shown an element in the
//! source's language (`<span lang="en">`), for a screen reader to read them in it and the
//! hyphenation to break them by its rules, and takes it away anywhere else (an attribute, a
//! title, a script, a comment, an option, an SVG or MathML figure, where a `<span>` would not
//! be one). `md()` flags its element with a third ([`flagged`]), so that [`resolve`] can say
//! whether the document shows such words at all, and the document say so only where it does.

use std::cell::Cell;

use lol_html::html_content::{ContentType, TextType};
use lol_html::{RewriteStrSettings, doc_comments, doc_text, element, end_tag, rewrite_str};

/// Opens words copied from the source.
const OPEN: char = '\u{E002}';
/// Closes them.
const CLOSE: char = '\u{E003}';
/// Stands before an element `md()` made of them.
const FLAG: char = '\u{E004}';
/// The isolates `t()` writes around them on a page written the other way: left to right,
/// right to left, and their end.
const LTR: char = '\u{2066}';
const RTL: char = '\u{2067}';
const END: char = '\u{2069}';

/// The elements whose text a `<span>` cannot mark: an option's text is text alone, and in SVG
/// or MathML a `<span>` ends the figure.
const PLAIN_INSIDE: &str = "option, optgroup, select, datalist, svg, math";

/// `text`, copied from the source, bracketed for [`resolve`].
pub fn bracketed(text: &str) -> String {
    format!("{OPEN}{text}{CLOSE}")
}

/// `html` (or text), which shows words copied from the source: an element `md()` made of them,
/// or a translated message that uses a copied term or message; flagged for [`resolve`].
pub fn flagged(html: &str) -> String {
    format!("{FLAG}{html}")
}

/// `html` as rendered, with each bracket of [`bracketed`] words made an element in `source`'s
/// language where it is shown as text, and taken away elsewhere, and every [`flagged`] mark
/// taken away; and whether it found any, which is whether the document shows words copied
/// from the source. A document without one (every document of a language translated through)
/// is returned as it is, unread. Where the document cannot be read so, why.
pub fn resolve(html: String, source: &str) -> Result<(String, bool), String> {
    // U+E002 to U+E004 share their first two bytes in UTF-8: found fast, then told apart.
    let bytes = html.as_bytes();
    if !memchr::memmem::find_iter(bytes, b"\xEE\x80")
        .any(|at| matches!(bytes.get(at + 2), Some(0x82..=0x84)))
    {
        return Ok((html, false));
    }
    let marks = [OPEN, CLOSE, FLAG];
    let unmarked = |text: &str| text.replace(marks, "");
    // Whether a span is open in the text node being read: `t()` writes both brackets into
    // one text, and a span left open by a stray bracket is closed where its text ends.
    let open = Cell::new(false);
    // How many elements whose text is plain are open around the text being read.
    let plain = std::rc::Rc::new(Cell::new(0usize));
    let plain_ends = plain.clone();
    let settings = RewriteStrSettings::new()
        .with_strict(false)
        .append_element_content_handler(element!("*", |el| {
            let marked: Vec<(String, String)> = (el.attributes().iter())
                .filter(|a| a.value().contains(marks))
                .map(|a| (a.name(), unmarked(&a.value())))
                .collect();
            for (name, value) in marked {
                el.set_attribute(&name, &value)?;
            }
            Ok(())
        }))
        .append_element_content_handler(element!(PLAIN_INSIDE, |el| {
            // One that closes itself (`<svg/>`) holds no text (qa136: it was counted open to
            // the end of the page).
            if let Some(handlers) = el.end_tag_handlers() {
                plain.set(plain.get() + 1);
                let plain = plain_ends.clone();
                handlers.push(end_tag!(move |_| {
                    plain.set(plain.get().saturating_sub(1));
                    Ok(())
                }));
            }
            Ok(())
        }))
        .append_document_content_handler(doc_text!(|chunk| {
            let text = chunk.as_str();
            let shown = matches!(chunk.text_type(), TextType::Data) && plain.get() == 0;
            if text.contains(marks) || (open.get() && chunk.last_in_text_node()) {
                let mut out = String::with_capacity(text.len() + 32);
                let mut chars = text.chars().peekable();
                while let Some(c) = chars.next() {
                    match c {
                        OPEN if shown && !open.get() => {
                            out.push_str("<span lang=\"");
                            out.push_str(source);
                            // Isolated in the other direction: the element's own.
                            match chars.next_if(|c| matches!(*c, LTR | RTL)) {
                                Some(LTR) => out.push_str("\" dir=\"ltr\">"),
                                Some(_) => out.push_str("\" dir=\"rtl\">"),
                                None => out.push_str("\">"),
                            }
                            open.set(true);
                        }
                        END if open.get() && chars.peek() == Some(&CLOSE) => {}
                        CLOSE if open.get() => {
                            out.push_str("</span>");
                            open.set(false);
                        }
                        OPEN | CLOSE | FLAG => {}
                        c => out.push(c),
                    }
                }
                if open.get() && chunk.last_in_text_node() {
                    out.push_str("</span>");
                    open.set(false);
                }
                // Raw text as written, so as HTML: nothing in it is read otherwise.
                chunk.replace(&out, ContentType::Html);
            }
            Ok(())
        }))
        .append_document_content_handler(doc_comments!(|comment| {
            let text = comment.text();
            if text.contains(marks) {
                comment.set_text(&unmarked(&text))?;
            }
            Ok(())
        }));
    // Should the rewriter fail, the page is not published: taking the marks out of the raw
    // text instead could join markup that was apart (qa136: a comment ended early).
    let resolved = rewrite_str(&html, settings).map_err(|e| {
        format!("the words copied from the source could not be marked as its language: {e}")
    })?;
    Ok((resolved, true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copied_words_are_an_element_in_text_and_plain_elsewhere() {
        let words = bracketed("Trainers");
        let html = format!(
            "<title>{words}</title><nav aria-label=\"{words}\"><li>{words} &amp; co</li>\
             <script>let a = \"{words}\";</script><!-- {words} --></nav>"
        );
        assert_eq!(
            resolve(html, "en").unwrap().0,
            "<title>Trainers</title><nav aria-label=\"Trainers\"><li><span lang=\"en\">\
             Trainers</span> &amp; co</li><script>let a = \"Trainers\";</script>\
             <!-- Trainers --></nav>"
        );
    }

    #[test]
    fn words_isolated_the_other_way_are_an_element_in_that_direction() {
        let words = bracketed("\u{2066}Trainers\u{2069}");
        assert_eq!(
            resolve(format!("<li title=\"{words}\">{words}</li>"), "en")
                .unwrap()
                .0,
            "<li title=\"\u{2066}Trainers\u{2069}\"><span lang=\"en\" dir=\"ltr\">Trainers</span></li>"
        );
    }

    #[test]
    fn words_where_no_element_can_mark_them_are_plain_and_flags_say_they_are_shown() {
        let words = bracketed("Yes");
        assert_eq!(
            resolve(
                format!(
                    "<select><option>{words}</option></select><svg><title>{words}</title></svg><svg/><p>{words}</p>"
                ),
                "en"
            ),
            Ok((
                "<select><option>Yes</option></select><svg><title>Yes</title></svg><svg/>\
                 <p><span lang=\"en\">Yes</span></p>"
                    .to_string(),
                true
            ))
        );
        let block = flagged("<div lang=\"en\"><p>Yes</p></div>");
        assert_eq!(
            resolve(block, "en"),
            Ok(("<div lang=\"en\"><p>Yes</p></div>".to_string(), true))
        );
    }

    #[test]
    fn a_stray_bracket_leaves_no_element_open_and_a_document_without_one_is_as_it_was() {
        assert_eq!(
            resolve(format!("<p>a{OPEN}b</p><p>c{CLOSE}</p>"), "en")
                .unwrap()
                .0,
            "<p>a<span lang=\"en\">b</span></p><p>c</p>"
        );
        let plain = "<p>déjà vu \u{E001}</p>".to_string();
        assert_eq!(resolve(plain.clone(), "en"), Ok((plain, false)));
    }
}
