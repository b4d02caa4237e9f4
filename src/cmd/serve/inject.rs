//! What the preview adds to a served HTML page, and only there (built output never has it):
//! the live-reload script, its stylesheet, a Content-Security-Policy that lets them run and
//! connect back, and while the site is broken, the error overlay (as Zola's
//! `error_injection_middleware` does).

use std::cell::Cell;
use std::rc::Rc;

use lol_html::errors::RewritingError;
use lol_html::html_content::ContentType;
use lol_html::{RewriteStrSettings, element, end, end_tag, rewrite_str};

/// The script every served page loads.
pub const SCRIPT_PATH: &str = "/__candor/live.js";
/// The overlay's stylesheet.
pub const STYLE_PATH: &str = "/__candor/live.css";
/// The live-reload WebSocket.
pub const SOCKET_PATH: &str = "/__candor/ws";

/// The page `html` as the preview serves it. `build` identifies the build it comes from (the
/// script reloads the page when the server has a newer one); `error` is the overlay's text
/// while the site is broken; `host` is the request's `Host`, allowed as a WebSocket origin.
///
/// The page is read as HTML, by lol_html's streaming rewriter, so that a `</head>` in a
/// comment, a script or an attribute is text, as it is to a browser, and every other byte of
/// the page is the build's.
pub fn page(
    html: &str,
    shown: Shown,
    build: &str,
    error: Option<&str>,
    host: Option<&str>,
) -> String {
    let head_tail = format!("<link rel=\"stylesheet\" href=\"{STYLE_PATH}\">\n");
    let mut body_tail = error.map(|e| overlay(e, shown)).unwrap_or_default();
    // The script builds the same overlay for an error that arrives later: it takes what the
    // page is from here.
    body_tail.push_str(&format!(
        "<script src=\"{SCRIPT_PATH}\" data-build=\"{}\" data-shown=\"{}\"></script>\n",
        crate::text::escape_html(build),
        shown.name()
    ));
    // The rewriter fails only when one of its handlers does (none here) or memory runs out:
    // the page is then served as built with the additions at its end, rather than not at all.
    rewrite(html, host, &head_tail, &body_tail)
        .unwrap_or_else(|_| format!("{html}{head_tail}{body_tail}"))
}

/// `html` with every `<meta http-equiv="Content-Security-Policy">` rewritten so that the
/// live-reload script may run and connect back ([`allow_in_policy`]), `head_tail` before the
/// end tag of the first `<head>` and `body_tail` before the end tag of the first `<body>`.
/// Where the page has no such end tag, what was not placed goes at its end, `head_tail` first;
/// where it has no `</head>` before `</body>`, `head_tail` goes just before `body_tail`.
fn rewrite(
    html: &str,
    host: Option<&str>,
    head_tail: &str,
    body_tail: &str,
) -> Result<String, RewritingError> {
    // End tag handlers must own what they use; both flags are also read at the document's end.
    let head_placed = Rc::new(Cell::new(false));
    let body_placed = Rc::new(Cell::new(false));
    let head_seen = Cell::new(false);
    let body_seen = Cell::new(false);
    let head_text: Rc<str> = head_tail.into();
    let body_text: Rc<str> = body_tail.into();
    let settings = RewriteStrSettings::new()
        // Parse on through markup whose meaning only the whole tree tells (`<select><xmp>`)
        // rather than refuse the page: a guess may misplace the script there, which is better
        // than no script.
        .with_strict(false)
        // `<esi:include>` is a tag like any other in a browser.
        .with_enable_esi_tags(false)
        .append_element_content_handler(element!("meta[http-equiv]", |el| {
            // An enumerated attribute: matched without regard to ASCII case, and not trimmed.
            let is_csp = el
                .get_attribute("http-equiv")
                .is_some_and(|v| v.eq_ignore_ascii_case("content-security-policy"));
            if let (true, Some(written)) = (is_csp, el.get_attribute("content")) {
                // lol_html gives and takes the value as written, character references and
                // all (a template's autoescaping writes `'self'` as `&#39;self&#39;`): the
                // policy is read as the browser reads it, and written back escaped.
                let policy = allow_in_policy(&htmlize::unescape_attribute(written), host);
                el.set_attribute("content", &htmlize::escape_attribute(policy))?;
            }
            Ok(())
        }))
        .append_element_content_handler(element!("head", |el| {
            // A second `<head>` is ignored by browsers: only the first one's end counts.
            if head_seen.replace(true) {
                return Ok(());
            }
            let (placed, text) = (head_placed.clone(), head_text.clone());
            if let Some(handlers) = el.end_tag_handlers() {
                handlers.push(end_tag!(move |end| {
                    if !placed.replace(true) {
                        end.before(&text, ContentType::Html);
                    }
                    Ok(())
                }));
            }
            Ok(())
        }))
        .append_element_content_handler(element!("body", |el| {
            if body_seen.replace(true) {
                return Ok(());
            }
            let (head_placed, head_text) = (head_placed.clone(), head_text.clone());
            let (placed, text) = (body_placed.clone(), body_text.clone());
            if let Some(handlers) = el.end_tag_handlers() {
                handlers.push(end_tag!(move |end| {
                    if !head_placed.replace(true) {
                        end.before(&head_text, ContentType::Html);
                    }
                    end.before(&text, ContentType::Html);
                    placed.set(true);
                    Ok(())
                }));
            }
            Ok(())
        }))
        .append_document_content_handler(end!(|end| {
            if !head_placed.get() {
                end.append(head_tail, ContentType::Html);
            }
            if !body_placed.get() {
                end.append(body_tail, ContentType::Html);
            }
            Ok(())
        }));
    rewrite_str(html, settings)
}

/// What a page the preview serves is, as its error overlay tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// A page of the last good build.
    Built,
    /// A page of the preview's own: for a path the last good build has no page at, or a
    /// review page that could not be made. It says what it is.
    Own,
    /// The page for any path before the first good build: there is no good version yet.
    Unbuilt,
}

impl Shown {
    /// How `live.js` knows it (`data-shown`), to say what [`Shown::sentence`] says.
    fn name(self) -> &'static str {
        match self {
            Shown::Built => "built",
            Shown::Own => "own",
            Shown::Unbuilt => "unbuilt",
        }
    }

    /// What the overlay says of the page behind it, then how to go on.
    fn sentence(self) -> &'static str {
        match self {
            Shown::Built => {
                "This is the last good version of the page. Fix the problems below and save: \
                 the page reloads by itself."
            }
            Shown::Own => "Fix the problems below and save: the page reloads by itself.",
            Shown::Unbuilt => {
                "The site has not been built yet. Fix the problems below and save: the page \
                 reloads by itself."
            }
        }
    }
}

/// The error overlay: an alert dialog with the diagnostics in a monospace block, over a page
/// that is `shown`. `live.js` builds the same markup for errors that arrive over the socket,
/// and gives the close button focus.
pub fn overlay(text: &str, shown: Shown) -> String {
    format!(
        concat!(
            "<div id=\"candor-overlay\" class=\"candor-overlay\" role=\"alertdialog\" ",
            "aria-modal=\"true\" aria-labelledby=\"candor-overlay-title\" ",
            "aria-describedby=\"candor-overlay-text\" lang=\"en\" dir=\"ltr\">",
            "<div class=\"candor-overlay-box\">",
            "<h2 id=\"candor-overlay-title\">The site has errors</h2>",
            "<p>{}</p>",
            "<pre id=\"candor-overlay-text\" tabindex=\"0\">{}</pre>",
            "<button type=\"button\" class=\"candor-overlay-close\">Close</button>",
            "</div></div>\n"
        ),
        shown.sentence(),
        crate::text::escape_html(text)
    )
}

/// A page for a path the site does not have, or for any path before the first good build.
pub fn missing_page(path: &str, shown: Shown) -> String {
    let (title, what) = match shown {
        Shown::Unbuilt => (
            "Not built yet",
            "The site has not been built yet: see its problems.".to_string(),
        ),
        Shown::Built | Shown::Own => (
            "Not found",
            format!(
                "The site has no page at <code>{}</code>.",
                crate::text::escape_html(path)
            ),
        ),
    };
    format!(
        concat!(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
            "<title>{title}: candor preview</title>\n</head>\n<body>\n<h1>{title}</h1>\n",
            "<p>{what}</p>\n<p><a href=\"/\">All languages</a></p>\n</body>\n</html>\n"
        ),
        title = title,
        what = what
    )
}

/// The page that answers for a review page that could not be made at `path`: what kept it
/// from being made (`problems`, plain text). Never the page without its marks, which would
/// read as a page with nothing changed.
pub fn review_failed_page(path: &str, problems: &str) -> String {
    format!(
        concat!(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
            "<title>No review page: candor preview</title>\n</head>\n<body>\n",
            "<h1>The review page could not be made</h1>\n",
            "<p>The review page at <code>{}</code> compares this page with the last ",
            "publication's, and that comparison failed. Fix the problems below and save: the ",
            "page reloads by itself.</p>\n",
            "<pre style=\"white-space: pre-wrap; overflow-wrap: anywhere\">{}</pre>\n",
            "<p><a href=\"/\">All languages</a></p>\n</body>\n</html>\n"
        ),
        crate::text::escape_html(path),
        crate::text::escape_html(problems)
    )
}

/// Adds `'self'` to `script-src` and `style-src`, and `'self'` plus the WebSocket origin to
/// `connect-src`, of a policy. A missing directive falls back to `default-src` in the browser,
/// so it is added with `default-src`'s sources plus ours; without `default-src`, the kind is
/// not restricted and nothing is added.
pub fn allow_in_policy(policy: &str, host: Option<&str>) -> String {
    let mut directives: Vec<(String, Vec<String>)> = policy
        .split(';')
        .filter_map(|d| {
            let mut words = d.split_whitespace();
            let name = words.next()?.to_ascii_lowercase();
            Some((name, words.map(str::to_string).collect()))
        })
        .collect();
    let default = directives
        .iter()
        .find(|(name, _)| name == "default-src")
        .map(|(_, sources)| sources.clone());
    let socket = host
        .filter(|h| {
            !h.is_empty()
                && h.chars()
                    .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
        })
        .map(|h| format!("ws://{h}"));
    let wanted: [(&str, Vec<String>); 3] = [
        ("script-src", vec!["'self'".into()]),
        ("style-src", vec!["'self'".into()]),
        (
            "connect-src",
            std::iter::once("'self'".to_string())
                .chain(socket)
                .collect(),
        ),
    ];
    for (name, add) in wanted {
        let sources = match directives.iter_mut().find(|(n, _)| n == name) {
            Some((_, sources)) => sources,
            None => match &default {
                Some(default) => {
                    directives.push((name.to_string(), default.clone()));
                    &mut directives.last_mut().expect("just pushed").1
                }
                None => continue,
            },
        };
        sources.retain(|s| !s.eq_ignore_ascii_case("'none'"));
        for source in add {
            if !sources.iter().any(|s| s.eq_ignore_ascii_case(&source)) {
                sources.push(source);
            }
        }
    }
    directives
        .iter()
        .map(|(name, sources)| {
            std::iter::once(name.as_str())
                .chain(sources.iter().map(String::as_str))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_says_of_each_page_what_the_server_says() {
        // live.js builds the overlay for an error that arrives after the page: the same words.
        let script = include_str!("live.js");
        for shown in [Shown::Built, Shown::Own, Shown::Unbuilt] {
            let (what, again) = shown
                .sentence()
                .split_once("Fix")
                .expect("each sentence ends saying how to go on");
            assert!(script.contains(&format!("\"Fix{again}\"")), "{shown:?}");
            if !what.is_empty() {
                assert!(
                    script.contains(&format!("{}: \"{what}\"", shown.name())),
                    "{shown:?}"
                );
            }
        }
    }

    /// `html` with only its Content-Security-Policy rewritten.
    fn allow_live_reload(html: &str, host: Option<&str>) -> String {
        rewrite(html, host, "", "").expect("a rewritten page")
    }

    const THEME_CSP: &str =
        "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

    fn page_with_csp() -> String {
        format!(
            "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta http-equiv=\"Content-Security-Policy\" content=\"{THEME_CSP}\">\n\
             <title>x</title>\n</head>\n<body>\n<p>Hallo</p>\n</body>\n</html>\n"
        )
    }

    #[test]
    fn the_theme_policy_allows_our_script_and_socket() {
        assert_eq!(
            allow_in_policy(THEME_CSP, Some("127.0.0.1:4000")),
            "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; \
             form-action 'none'; script-src 'self'; connect-src 'self' ws://127.0.0.1:4000"
        );
    }

    #[test]
    fn existing_directives_are_extended_and_none_dropped() {
        assert_eq!(
            allow_in_policy("script-src 'none'; connect-src https://a.example", None),
            "script-src 'self'; connect-src https://a.example 'self'"
        );
        // default-src's sources are kept for the kinds we add.
        assert_eq!(
            allow_in_policy("default-src https://cdn.example", None),
            "default-src https://cdn.example; script-src https://cdn.example 'self'; \
             style-src https://cdn.example 'self'; connect-src https://cdn.example 'self'"
        );
        // No default-src: nothing is restricted, nothing to add.
        assert_eq!(allow_in_policy("img-src 'self'", None), "img-src 'self'");
    }

    #[test]
    fn a_hostile_host_is_not_written_into_the_policy() {
        let p = allow_in_policy("default-src 'none'", Some("x\" onload=\"alert(1)"));
        assert_eq!(
            p,
            "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'"
        );
    }

    #[test]
    fn a_served_page_gets_script_stylesheet_and_policy() {
        let out = page(
            &page_with_csp(),
            Shown::Built,
            "b-1",
            None,
            Some("127.0.0.1:4000"),
        );
        assert!(out.contains("script-src 'self'; connect-src 'self' ws://127.0.0.1:4000\">"));
        assert!(out.contains("<link rel=\"stylesheet\" href=\"/__candor/live.css\">\n</head>"));
        assert!(
            out.contains("<script src=\"/__candor/live.js\" data-build=\"b-1\" data-shown=\"built\"></script>\n</body>")
        );
        assert!(!out.contains("candor-overlay"));
        assert!(out.contains("<p>Hallo</p>"));
    }

    #[test]
    fn a_broken_site_shows_the_overlay_escaped() {
        let error = "content/storage.toml:10:11\n  country = \"<Germany>\"";
        let out = page(&page_with_csp(), Shown::Built, "b-1", Some(error), None);
        let overlay_at = out.find("role=\"alertdialog\"").expect("an overlay");
        let script_at = out.find("/__candor/live.js").expect("the script");
        assert!(overlay_at < script_at);
        assert!(out.contains("country = &quot;&lt;Germany&gt;&quot;"));
        assert!(out.contains("<button type=\"button\""));
    }

    #[test]
    fn pages_without_head_or_body_still_get_the_script() {
        let out = page("<p>bare</p>", Shown::Built, "b", None, None);
        assert!(out.starts_with("<p>bare</p>"));
        assert!(out.contains("/__candor/live.js"));
        let out = page("<HTML><BODY>x</BODY></HTML>", Shown::Built, "b", None, None);
        assert!(out.contains("</script>\n</BODY>"));
    }

    #[test]
    fn other_meta_tags_are_left_alone() {
        let html = "<head><meta name=\"description\" content=\"default-src 'none'\">\
                    <meta http-equiv=\"refresh\" content=\"5\"></head><body></body>";
        let out = allow_live_reload(html, None);
        assert_eq!(out, html);
    }

    const STYLE: &str = "<link rel=\"stylesheet\" href=\"/__candor/live.css\">\n";
    const SCRIPT: &str =
        "<script src=\"/__candor/live.js\" data-build=\"b-1\" data-shown=\"built\"></script>\n";

    #[test]
    fn a_page_without_a_policy_gets_no_policy_and_nothing_else_changes() {
        let html = "<!DOCTYPE html>\n<html lang=\"en\">\n<HEAD>\n<meta charset=utf-8>\n\
                    <title>A &amp; B</title>\n</HEAD>\n<body class=\"x\"  >\n<p>Hi</p>\n\
                    </body>\n</html>\n";
        let out = page(html, Shown::Built, "b-1", None, Some("127.0.0.1:4000"));
        // Byte for byte the page, with the stylesheet and the script before the end tags.
        assert_eq!(
            out,
            html.replace("</HEAD>", &format!("{STYLE}</HEAD>"))
                .replace("</body>", &format!("{SCRIPT}</body>"))
        );
        assert!(!out.to_ascii_lowercase().contains("content-security-policy"));
    }

    #[test]
    fn a_policy_is_found_whatever_its_case_spacing_and_quotes() {
        let wanted = "default-src 'none'; script-src 'self'; style-src 'self'; \
                      connect-src 'self' ws://127.0.0.1:4000";
        for meta in [
            "<META  HTTP-EQUIV=\"content-security-policy\"\n   CONTENT = \"default-src 'none'\" >",
            "<meta\tcontent=\"default-src 'none'\" http-equiv=Content-Security-Policy />",
            "<meta http-equiv='CONTENT-SECURITY-POLICY' content=\"default-src    'none' ;\">",
        ] {
            let html = format!("<html><head>{meta}<title>x</title></head><body></body></html>");
            // The attribute's name keeps its case.
            let out =
                page(&html, Shown::Built, "b-1", None, Some("127.0.0.1:4000")).to_ascii_lowercase();
            assert!(
                out.contains(&format!("content=\"{wanted}\"")),
                "{meta}\n{out}"
            );
            assert_eq!(out.matches("content=").count(), 1, "{out}");
        }
        // Character references are read as a browser reads them (Tera's autoescaping writes
        // `'` as `&#39;`), and what is written back is escaped.
        let html = "<meta http-equiv=\"Content-Security-Policy\" \
                    content=\"default-src &#39;none&#39;; img-src https://a.example/?a=1&amp;b=&lt;\">";
        assert_eq!(
            allow_live_reload(html, None),
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
             img-src https://a.example/?a=1&amp;b=&lt;; script-src 'self'; style-src 'self'; \
             connect-src 'self'\">"
        );
        // Not policies to a browser either: the attribute's value is not trimmed, and an
        // unquoted value runs on to the `/`.
        for html in [
            "<meta http-equiv=\" content-security-policy\" content=\"default-src 'none'\">",
            "<meta content=\"default-src 'none'\" http-equiv=content-security-policy/>",
        ] {
            assert_eq!(allow_live_reload(html, None), html);
        }
    }

    #[test]
    fn end_tags_in_comments_scripts_and_attributes_are_text() {
        let html = concat!(
            "<html><head><!-- </head> -->",
            "<script>var s = \"</head></body>\";</script>",
            "<style>p::after { content: \"</head>\"; }</style>",
            "<title>x</title></head>",
            "<body><p title=\"</body>\">x</p>",
            "<script>document.write(\"</body>\")</script>",
            "<textarea></body></textarea><!-- </body> -->",
            "</body></html>",
        );
        let out = page(html, Shown::Built, "b-1", None, None);
        let head_end = html.find("</head><body>").expect("the real </head>");
        let body_end = html.rfind("</body></html>").expect("the real </body>");
        let expected = format!(
            "{}{STYLE}{}{SCRIPT}{}",
            &html[..head_end],
            &html[head_end..body_end],
            &html[body_end..]
        );
        assert_eq!(out, expected);
    }

    #[test]
    fn a_page_cut_short_or_doubled_gets_each_addition_once() {
        // No `</body>`: the script at the end.
        let out = page(
            "<html><head></head><body><p>x",
            Shown::Built,
            "b-1",
            None,
            None,
        );
        assert_eq!(out, format!("<html><head>{STYLE}</head><body><p>x{SCRIPT}"));
        // No `</head>`: the stylesheet just before the script.
        let out = page(
            "<head><title>x</title><body>y</body>",
            Shown::Built,
            "b-1",
            None,
            None,
        );
        assert_eq!(
            out,
            format!("<head><title>x</title><body>y{STYLE}{SCRIPT}</body>")
        );
        // A second `<head>` or `<body>` is ignored by browsers, and here.
        let out = page(
            "<head></head><head></head><body></body><body></body>",
            Shown::Built,
            "b-1",
            None,
            None,
        );
        assert_eq!(
            out,
            format!("<head>{STYLE}</head><head></head><body>{SCRIPT}</body><body></body>")
        );
    }

    #[test]
    fn whatever_the_page_the_additions_are_there_and_nothing_panics() {
        for html in [
            "",
            "<",
            "</",
            "<!--",
            "<head",
            "<meta http-equiv=content-security-policy content",
            "<meta http-equiv=content-security-policy content=\"",
            "<script>",
            "<script></head>",
            "<select><xmp><script>\"</head>\"</script></select></head></body>",
            "<svg><style></head></style></svg></head>",
            "\u{0}<body>\u{feff}</body>",
            "<html><head></head></html></head></body></body>",
            "<head><body></body></head>",
            "<body></body><head></head>",
        ] {
            let out = page(
                html,
                Shown::Built,
                "b-1",
                Some("error"),
                Some("127.0.0.1:4000"),
            );
            assert_eq!(out.matches(STYLE).count(), 1, "{html:?}\n{out}");
            assert_eq!(out.matches(SCRIPT).count(), 1, "{html:?}\n{out}");
            assert_eq!(out.matches("role=\"alertdialog\"").count(), 1, "{html:?}");
        }
    }
}
