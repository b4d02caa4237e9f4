//! A theme loads nothing from another host. A font, a stylesheet, a picture or a script
//! fetched from elsewhere tells that host who reads the page and when: a page that says how an
//! organisation handles personal data must not hand its readers' addresses to a third party,
//! and candor's output is self-contained by design. Every such address in the theme's templates
//! and in its static stylesheets and pages is an error where it is written.
//!
//! Markup is read by lol_html, as in `serve` and `review`; CSS (stylesheets, `<style>`,
//! `style="…"`) by cssparser, servo's CSS tokenizer, so that an address in a comment is not
//! taken for a request and one in `url()`, `@import` or `image-set()` is. Addresses are
//! resolved as a browser does (the `url` crate, WHATWG's parsing): `//host/…` and `\\host\…`
//! lead out of the site as surely as `https://host/…`. A link a reader follows (`<a href>`, an
//! alternate version) is no request, nor a picture given in the page itself (`data:`).

use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;

use cssparser::{ParseError, Parser, ParserInput, Token};
use lol_html::{HtmlRewriter, Settings, element, end_tag};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::theme::Theme;

/// What the check finds, where it is written.
enum Finding {
    /// An address the page would load from another host.
    Elsewhere { span: Range<usize>, url: String },
    /// CSS nested deeper than [`DEEPEST`], not read further.
    TooDeep { span: Range<usize> },
}

impl Finding {
    fn span_mut(&mut self) -> &mut Range<usize> {
        match self {
            Finding::Elsewhere { span, .. } | Finding::TooDeep { span } => span,
        }
    }
}

/// Reports every address of `theme`'s files that a page would load from another host.
pub fn requests(theme: &Theme, diags: &mut Diagnostics) {
    for file in theme.templates.values().chain(&theme.pages_and_styles) {
        let found = match file.name.ends_with(".css") {
            true => in_css(&file.text, 0),
            false => in_html(&file.text),
        };
        for finding in found {
            diags.push(match finding {
                Finding::Elsewhere { span, url } => Diagnostic::error(format!(
                    "`{}` is loaded from another host",
                    crate::text::visible_name(&url)
                ))
                .at(file, span, "a request to another host")
                .with_help(
                    "save the file in the theme's `static/` folder and give its address there \
                     (`{{ root }}fonts/inter.woff2` in a template, `fonts/inter.woff2` in \
                     `static/style.css`): every reader's browser would otherwise tell that host \
                     who reads the page",
                ),
                Finding::TooDeep { span } => Diagnostic::error(format!(
                    "CSS nested more than {DEEPEST} blocks deep"
                ))
                .at(file, span, "nested too deep to check")
                .with_help(
                    "no stylesheet needs this depth: candor checks that a theme loads nothing \
                     from another host, and does not read on past it",
                ),
            });
        }
    }
}

/// Whether `url`, given in a page of the site, leads to another host.
fn elsewhere(url: &str) -> bool {
    // A template's value (`{{ root }}…`) is an address of the site's own.
    if url.trim_start().starts_with("{{") || url.trim_start().starts_with("{%") {
        return false;
    }
    let base = url::Url::parse("https://candor.invalid/en/").expect("a valid address");
    match base.join(url) {
        Ok(resolved) => resolved
            .host_str()
            .is_some_and(|host| host != "candor.invalid"),
        // Not an address a browser would load at all.
        Err(_) => false,
    }
}

/// Elements whose `href` loads what it names (`<link rel="stylesheet">`, SVG's `<image>`),
/// rather than lead a reader to it.
fn href_loads(element: &str, rel: Option<&str>) -> bool {
    const LOADING: &[&str] = &[
        "stylesheet",
        "icon",
        "apple-touch-icon",
        "apple-touch-icon-precomposed",
        "mask-icon",
        "manifest",
        "preload",
        "modulepreload",
        "prefetch",
        "preconnect",
        "dns-prefetch",
        "prerender",
        "pingback",
    ];
    match element {
        "link" => rel.is_some_and(|rel| {
            rel.split_ascii_whitespace()
                .any(|r| LOADING.iter().any(|l| r.eq_ignore_ascii_case(l)))
        }),
        "image" | "use" | "feimage" | "script" => true,
        _ => false,
    }
}

/// The requests to other hosts of an HTML page or template.
fn in_html(html: &str) -> Vec<Finding> {
    let found: RefCell<Vec<Finding>> = RefCell::default();
    // The content of each `<style>` element.
    let styles: Rc<RefCell<Vec<Range<usize>>>> = Rc::default();
    let settings = Settings::new()
        .with_strict(false)
        .append_element_content_handler(element!("*", |el| {
            let tag = el.source_location().bytes();
            let name = el.tag_name();
            let rel = el.get_attribute("rel");
            // Where `value` is written in the tag, or the tag where it is not written as it
            // reads (with character references).
            let at = |value: &str| match html[tag.clone()].find(value) {
                Some(i) if !value.is_empty() => tag.start + i..tag.start + i + value.len(),
                _ => tag.clone(),
            };
            for attribute in el.attributes() {
                let value = attribute.value();
                let urls: Vec<String> = match attribute.name().as_str() {
                    "src" | "poster" | "data" | "background" | "ping" => vec![value],
                    "srcset" | "imagesrcset" => value
                        .split(',')
                        .filter_map(|candidate| candidate.split_whitespace().next())
                        .map(str::to_string)
                        .collect(),
                    "href" | "xlink:href" if href_loads(&name, rel.as_deref()) => vec![value],
                    "style" => {
                        let mut requests = in_css(&value, at(&value).start);
                        found.borrow_mut().append(&mut requests);
                        Vec::new()
                    }
                    _ => Vec::new(),
                };
                for url in urls.into_iter().filter(|u| elsewhere(u)) {
                    let span = at(&url);
                    found.borrow_mut().push(Finding::Elsewhere { span, url });
                }
            }
            if name == "style"
                && let Some(handlers) = el.end_tag_handlers()
            {
                let (styles, start) = (styles.clone(), tag.end);
                handlers.push(end_tag!(move |end| {
                    let end = end.source_location().bytes().start;
                    styles.borrow_mut().push(start..end);
                    Ok(())
                }));
            }
            Ok(())
        }));
    let mut rewriter = HtmlRewriter::new(settings, |_: &[u8]| {});
    // A template is not always well-formed HTML: what could be read is checked.
    if rewriter.write(html.as_bytes()).is_ok() {
        let _ = rewriter.end();
    } else {
        drop(rewriter);
    }
    let mut found = found.into_inner();
    for style in styles.take() {
        found.append(&mut in_css(&html[style.clone()], style.start));
    }
    found
}

/// How deep [`in_css`] follows blocks within blocks; a stylesheet nested deeper is reported
/// whole rather than read to the end.
const DEEPEST: usize = 64;

/// The requests to other hosts of CSS that starts at `offset` of its file.
fn in_css(css: &str, offset: usize) -> Vec<Finding> {
    let mut input = ParserInput::new(css);
    let mut parser = Parser::new(&mut input);
    let mut found = Vec::new();
    let mut too_deep = false;
    css_requests(&mut parser, false, 0, &mut found, &mut too_deep);
    if too_deep {
        found.push(Finding::TooDeep { span: 0..css.len() });
    }
    for finding in &mut found {
        let span = finding.span_mut();
        *span = span.start + offset..span.end + offset;
    }
    found
}

/// Walks the tokens of `parser`, into blocks: `url(…)` and `url("…")`, and `@import "…"`;
/// within `url()` and `image-set()` (`urls`), every string.
fn css_requests(
    parser: &mut Parser,
    urls: bool,
    depth: usize,
    found: &mut Vec<Finding>,
    too_deep: &mut bool,
) {
    let mut import = false;
    loop {
        let position = parser.position();
        let token = match parser.next_including_whitespace_and_comments() {
            Ok(token) => token.clone(),
            Err(_) => break,
        };
        let written = parser.slice_from(position);
        let start = position.byte_index();
        let mut push = |url: &str| {
            if elsewhere(url) {
                // The address within its token (`url(…)`, quotes), unless escapes changed it.
                let span = match written.find(url) {
                    Some(i) => start + i..start + i + url.len(),
                    None => start..start + written.len(),
                };
                found.push(Finding::Elsewhere {
                    span,
                    url: url.to_string(),
                });
            }
        };
        match &token {
            Token::WhiteSpace(_) | Token::Comment(_) => continue,
            Token::AtKeyword(name) if name.eq_ignore_ascii_case("import") => {
                import = true;
                continue;
            }
            Token::UnquotedUrl(url) => push(url),
            Token::QuotedString(url) if urls || import => push(url),
            Token::Function(_)
            | Token::ParenthesisBlock
            | Token::SquareBracketBlock
            | Token::CurlyBracketBlock => {
                if depth >= DEEPEST {
                    *too_deep = true;
                    break;
                }
                let inner_urls = urls
                    || matches!(&token, Token::Function(name)
                        if ["url", "src", "image-set", "-webkit-image-set"]
                            .iter()
                            .any(|f| name.eq_ignore_ascii_case(f)));
                let _ = parser.parse_nested_block(|nested| {
                    css_requests(nested, inner_urls, depth + 1, found, too_deep);
                    Ok::<(), ParseError<()>>(())
                });
            }
            _ => {}
        }
        import = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn urls(found: Vec<Finding>) -> Vec<String> {
        found
            .into_iter()
            .map(|f| match f {
                Finding::Elsewhere { url, .. } => url,
                Finding::TooDeep { .. } => "too deep".to_string(),
            })
            .collect()
    }

    #[test]
    fn addresses_lead_elsewhere_as_a_browser_resolves_them() {
        for url in [
            "https://fonts.example/x.css",
            "HTTP://x.example",
            "//cdn.example/x.js",
            "\\\\cdn.example\\x.js",
            "/\\cdn.example/x.js",
            " \thttps://x.example",
            "ht\ttps://x.example",
        ] {
            assert!(elsewhere(url), "{url:?}");
        }
        for url in [
            "style.css",
            "../style.css",
            "/style.css",
            "{{ root }}style.css",
            "data:image/gif;base64,R0lGOD",
            "#top",
            "",
        ] {
            assert!(!elsewhere(url), "{url:?}");
        }
    }

    #[test]
    fn css_loads_by_url_import_and_image_set_not_in_comments() {
        let css = "/* url(https://a.example/x) */\n@import \"https://b.example/y.css\";\n@import \"own.css\";\na { background: url(https://c.example/z.png), image-set(\"https://d.example/1.png\" 1x); content: \"https://e.example\"; }";
        assert_eq!(
            urls(in_css(css, 0)),
            [
                "https://b.example/y.css",
                "https://c.example/z.png",
                "https://d.example/1.png"
            ]
        );
        // Each is pointed at where it is written.
        for found in in_css(css, 10) {
            let Finding::Elsewhere { span, url } = found else {
                panic!("too deep")
            };
            assert_eq!(&css[span.start - 10..span.end - 10], url);
        }
    }

    #[test]
    fn css_nested_past_any_need_is_reported_not_followed_to_the_end() {
        let css = format!(
            "{}url(https://a.example){}",
            "(".repeat(10_000),
            ")".repeat(10_000)
        );
        assert_eq!(urls(in_css(&css, 0)), ["too deep"]);
    }

    #[test]
    fn markup_loads_by_its_sources_not_by_its_links() {
        let html = r#"<a href="https://a.example">a</a>
<link rel="alternate" href="https://b.example">
<link rel="Stylesheet" href="https://c.example/s.css">
<img src="{{ root }}x.png" srcset="x.png 1x, https://d.example/2.png 2x" alt="">
<p style="background: url('https://e.example/bg.png')">
<style>p { background: url(https://f.example/p.png) }</style>
<svg><image href="https://g.example/i.png"/></svg>
<script src="//h.example/s.js"></script>"#;
        let found = in_html(html);
        for f in &found {
            let Finding::Elsewhere { span, url } = f else {
                panic!("too deep")
            };
            assert_eq!(&html[span.clone()], url);
        }
        assert_eq!(
            urls(found),
            [
                "https://c.example/s.css",
                "https://d.example/2.png",
                "https://e.example/bg.png",
                "https://g.example/i.png",
                "//h.example/s.js",
                "https://f.example/p.png",
            ]
        );
    }
}
