//! Light formatting in longer messages: Markdown, rendered with pulldown-cmark.
//!
//! Facts are filled in *after* the Markdown is parsed: the message is formatted with each fact
//! replaced by a placeholder, parsed, and only then are the placeholders swapped for the facts,
//! as text. So a fact can never add formatting or markup, and raw HTML written in a message is
//! shown as text. A link must point at a fact (`[our policy]({ $privacy-policy })`): a URL typed
//! into a translation would be a fact living in a locale file.

use pulldown_cmark::{CowStr, Event, Parser, Tag, TagEnd, html};

use crate::model::Link;
use crate::text::escape_html;

const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';

/// Plain text written as Markdown that reads as the same text in any Markdown viewer: each
/// character that can start inline formatting, markup or an extension's syntax (emphasis, code,
/// links, HTML, entities, tables, strikethrough, math, attributes) is escaped, and so is what
/// would start a block at the beginning of a line (a heading, a list item, a quote). Other
/// punctuation stays as it is, so that the text still reads as plain text.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let body = line.trim_start_matches(' ');
        out.push_str(&line[..line.len() - body.len()]);
        // What starts a block: `#`, `>`, `-`, `+`, `=`, `:`, and `1.` or `1)`.
        let digits = body.bytes().take_while(u8::is_ascii_digit).count();
        let block = match body.as_bytes().get(digits) {
            Some(b'.' | b')') if digits > 0 => Some(digits),
            Some(b'#' | b'>' | b'-' | b'+' | b'=' | b':') if digits == 0 => Some(0),
            _ => None,
        };
        for (i, c) in body.char_indices() {
            let inline = matches!(
                c,
                '\\' | '`'
                    | '*'
                    | '_'
                    | '{'
                    | '}'
                    | '['
                    | ']'
                    | '<'
                    | '>'
                    | '&'
                    | '|'
                    | '~'
                    | '^'
                    | '$'
            );
            if inline || block == Some(i) {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// The placeholder that stands for fact number `index` while the Markdown is parsed.
pub fn placeholder(index: usize) -> String {
    format!("{OPEN}{index}{CLOSE}")
}

/// Renders `source` (a formatted message holding placeholders) to HTML, filling in `facts`.
/// With `inline`, a single paragraph is returned without its `<p>`. Facts shown as text are
/// isolated where directions can mix: always on a right-to-left page (`rtl`), see
/// [`crate::text::isolate`].
pub fn to_html(source: &str, facts: &[String], inline: bool, rtl: bool) -> Result<String, String> {
    let mut events: Vec<Event> = Vec::new();
    for event in Parser::new(source) {
        let event = match event {
            Event::Html(h) | Event::InlineHtml(h) => Event::Text(h),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest = fact_link(&dest_url, facts)?;
                Event::Start(Tag::Link {
                    link_type,
                    dest_url: dest.into(),
                    title: fill(&title, facts, rtl).into(),
                    id,
                })
            }
            Event::Start(Tag::Image { .. }) => {
                return Err("images are not allowed in messages".into());
            }
            Event::Code(c) => Event::Code(fill(&c, facts, rtl).into()),
            e => e,
        };
        // Merge adjacent text so that no placeholder is split across events.
        match (events.last_mut(), &event) {
            (Some(Event::Text(prev)), Event::Text(next)) => {
                *prev = CowStr::from(format!("{prev}{next}"))
            }
            _ => events.push(event),
        }
    }
    let events = events.into_iter().map(|e| match e {
        Event::Text(t) => Event::Text(fill(&t, facts, rtl).into()),
        // A link carries its address in short form for print (`data-print`), where the
        // stylesheet writes it after the link's words.
        Event::Start(Tag::Link {
            dest_url, title, ..
        }) => {
            let title = if title.is_empty() {
                String::new()
            } else {
                format!(" title=\"{}\"", escape_html(&title))
            };
            Event::InlineHtml(
                format!(
                    "<a href=\"{}\"{title} data-print=\"{}\">",
                    escape_html(&dest_url),
                    escape_html(&short_link(&dest_url))
                )
                .into(),
            )
        }
        Event::End(TagEnd::Link) => Event::InlineHtml("</a>".into()),
        e => e,
    });
    let mut out = String::new();
    html::push_html(&mut out, events);
    if inline {
        let inner = out
            .strip_prefix("<p>")
            .and_then(|s| s.strip_suffix("</p>\n"));
        if let Some(inner) = inner.filter(|s| !s.contains("<p>")) {
            return Ok(inner.to_string());
        }
    }
    Ok(out)
}

/// A link's address as print shows it: an e-mail address as itself, a web address as its host,
/// path and query without `https://`, `www.` or a final `/`. Whole: whoever reads it on paper
/// types it in, and an address cut short with an ellipsis led nowhere (qa87:
/// `tessel-learning.example/dpia-factsheet.…`).
pub fn short_link(url: &str) -> String {
    if let Some(address) = url.strip_prefix("mailto:") {
        return address.to_string();
    }
    let Ok(parsed) = url::Url::parse(url) else {
        return url.to_string();
    };
    let host = parsed.host_str().unwrap_or_default();
    let host = host.strip_prefix("www.").unwrap_or(host);
    let query = parsed.query().map(|q| format!("?{q}")).unwrap_or_default();
    format!("{host}{}{query}", parsed.path().trim_end_matches('/'))
}

/// A link target must be exactly one fact, and that fact a safe link.
fn fact_link(dest: &str, facts: &[String]) -> Result<String, String> {
    let index = dest
        .strip_prefix(OPEN)
        .and_then(|s| s.strip_suffix(CLOSE))
        .and_then(|n| n.parse::<usize>().ok())
        .filter(|i| *i < facts.len())
        .ok_or_else(|| format!("the link target `{dest}` is not a fact: a link in a message must point to a variable, like `[our privacy policy]({{ $privacy-policy }})`"))?;
    let url = &facts[index];
    Link::parse(url).map_err(|why| format!("the link `{url}` cannot be used: {why}"))?;
    Ok(url.clone())
}

/// Replaces every placeholder in `text` with its fact.
fn fill(text: &str, facts: &[String], rtl: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(OPEN) {
        out.push_str(&rest[..start]);
        let after = &rest[start + OPEN.len_utf8()..];
        match after
            .find(CLOSE)
            .and_then(|end| Some((end, after[..end].parse::<usize>().ok()?)))
        {
            Some((end, i)) if i < facts.len() => {
                out.push_str(&crate::text::isolate(&facts[i], rtl));
                rest = &after[end + CLOSE.len_utf8()..];
            }
            _ => {
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaped_text_reads_as_the_text_and_starts_no_block() {
        let texts = [
            "# not a heading",
            "1. not a list",
            "12) nor this",
            "- nor this",
            "> not a quote",
            "a *b* _c_ `d` [e](f) <g> &amp; h|i ~~j~~ $k$ {#l} ^m^ \\n",
            "  - indented, still text\n+ and the next line",
            "Plain: (text), with punctuation. Still plain!",
        ];
        for text in texts {
            let escaped = escape_text(text);
            let mut shown = String::new();
            for event in Parser::new_ext(&escaped, pulldown_cmark::Options::all()) {
                match event {
                    Event::Text(t) => shown.push_str(&t),
                    Event::SoftBreak => shown.push('\n'),
                    Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => {}
                    other => panic!("{other:?} in {escaped:?}"),
                }
            }
            assert_eq!(shown, text.trim_start(), "{escaped}");
        }
        // Only what needs it is escaped: the rest reads as plain text.
        assert_eq!(
            escape_text("Plain: (text), with punctuation."),
            "Plain: (text), with punctuation."
        );
    }

    #[test]
    fn formatting_from_the_message_facts_as_text() {
        let facts = vec!["*Acme* <script>alert(1)</script> & Co".to_string()];
        let html = to_html(
            &format!("We, *really*, are {}.", placeholder(0)),
            &facts,
            true,
            false,
        )
        .unwrap();
        assert_eq!(
            html,
            "We, <em>really</em>, are *Acme* &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co."
        );
    }

    #[test]
    fn facts_are_isolated_on_a_right_to_left_page_or_where_they_are_right_to_left() {
        let facts = vec!["Twilio Inc.".to_string(), "مرحبا".to_string()];
        let message = format!("{} {}", placeholder(0), placeholder(1));
        let ltr = to_html(&message, &facts, true, false).unwrap();
        assert_eq!(ltr, "Twilio Inc. \u{2068}مرحبا\u{2069}");
        let rtl = to_html(&message, &facts, true, true).unwrap();
        assert_eq!(rtl, "\u{2068}Twilio Inc.\u{2069} \u{2068}مرحبا\u{2069}");
    }

    #[test]
    fn raw_html_in_a_message_is_text() {
        let html = to_html("Hi <b>there</b> <script>x()</script>", &[], false, false).unwrap();
        assert!(
            !html.contains("<b>") && !html.contains("<script>"),
            "{html}"
        );
        assert!(html.contains("&lt;b&gt;"), "{html}");
    }

    #[test]
    fn links_must_point_at_a_safe_fact() {
        let facts = vec![
            "https://example.com/privacy".to_string(),
            "javascript:alert(1)".to_string(),
        ];
        let ok = to_html(
            &format!("See [our policy]({}).", placeholder(0)),
            &facts,
            true,
            false,
        )
        .unwrap();
        assert_eq!(
            ok,
            r#"See <a href="https://example.com/privacy" data-print="example.com/privacy">our policy</a>."#
        );
        assert!(to_html("See [x](https://evil.example).", &facts, true, false).is_err());
        assert!(
            to_html(
                &format!("See [x]({}).", placeholder(1)),
                &facts,
                true,
                false
            )
            .is_err()
        );
    }

    #[test]
    fn a_link_prints_short() {
        assert_eq!(
            short_link("mailto:privacy@example.com"),
            "privacy@example.com"
        );
        assert_eq!(short_link("https://www.example.com/"), "example.com");
        assert_eq!(
            short_link("https://trust.example.com/security/measures/technical-and-organisational"),
            "trust.example.com/security/measures/technical-and-organisational"
        );
        assert_eq!(
            short_link("https://firebase.google.com/support/privacy?authuser=0"),
            "firebase.google.com/support/privacy?authuser=0"
        );
    }

    #[test]
    fn lists_stay_blocks() {
        let html = to_html("- one\n- two", &[], true, false).unwrap();
        assert_eq!(html, "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n");
    }
}
