//! What the preview adds to a served HTML page, and only there (built output never has it):
//! the live-reload script, its stylesheet, a Content-Security-Policy that lets them run and
//! connect back, and while the site is broken, the error overlay (as Zola's
//! `error_injection_middleware` does).

/// The script every served page loads.
pub const SCRIPT_PATH: &str = "/__candor/live.js";
/// The overlay's stylesheet.
pub const STYLE_PATH: &str = "/__candor/live.css";
/// The live-reload WebSocket.
pub const SOCKET_PATH: &str = "/__candor/ws";

/// The page `html` as the preview serves it. `build` identifies the build it comes from (the
/// script reloads the page when the server has a newer one); `error` is the overlay's text
/// while the site is broken; `host` is the request's `Host`, allowed as a WebSocket origin.
pub fn page(html: &str, build: &str, error: Option<&str>, host: Option<&str>) -> String {
    let mut out = allow_live_reload(html, host);
    let mut body_tail = error.map(overlay).unwrap_or_default();
    body_tail.push_str(&format!(
        "<script src=\"{SCRIPT_PATH}\" data-build=\"{}\"></script>\n",
        escape(build)
    ));
    // The script (and overlay) before `</body>`, the stylesheet before `</head>`; failing those,
    // at the end, the stylesheet first.
    let head_end = find_last_tag(&out, "</head>");
    let body_end = find_last_tag(&out, "</body>")
        .filter(|b| head_end.is_none_or(|h| *b > h))
        .unwrap_or(out.len());
    out.insert_str(body_end, &body_tail);
    out.insert_str(
        head_end.unwrap_or(body_end),
        &format!("<link rel=\"stylesheet\" href=\"{STYLE_PATH}\">\n"),
    );
    out
}

/// The error overlay: an alert dialog with the diagnostics in a monospace block. `live.js`
/// builds the same markup for errors that arrive over the socket, and gives the close button
/// focus.
pub fn overlay(text: &str) -> String {
    format!(
        concat!(
            "<div id=\"candor-overlay\" class=\"candor-overlay\" role=\"alertdialog\" ",
            "aria-modal=\"true\" aria-labelledby=\"candor-overlay-title\" ",
            "aria-describedby=\"candor-overlay-text\" lang=\"en\" dir=\"ltr\">",
            "<div class=\"candor-overlay-box\">",
            "<h2 id=\"candor-overlay-title\">The site has errors</h2>",
            "<p>This is the last good version of the page. Fix the problems below and save: ",
            "the page reloads by itself.</p>",
            "<pre id=\"candor-overlay-text\" tabindex=\"0\">{}</pre>",
            "<button type=\"button\" class=\"candor-overlay-close\">Close</button>",
            "</div></div>\n"
        ),
        escape(text)
    )
}

/// A page for a path the site does not have, or for any path before the first good build.
pub fn missing_page(path: &str, built: bool) -> String {
    let what = if built {
        format!("The site has no page at <code>{}</code>.", escape(path))
    } else {
        "The site has not been built yet: see its problems.".to_string()
    };
    format!(
        concat!(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
            "<title>Not found: candor preview</title>\n</head>\n<body>\n<h1>Not found</h1>\n",
            "<p>{}</p>\n<p><a href=\"/\">All languages</a></p>\n</body>\n</html>\n"
        ),
        what
    )
}

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Byte offset of the last `tag` (ASCII, lowercase), matched case-insensitively.
fn find_last_tag(html: &str, tag: &str) -> Option<usize> {
    let bytes = html.as_bytes();
    let n = tag.len();
    (0..=bytes.len().checked_sub(n)?)
        .rev()
        .find(|&i| bytes[i..i + n].eq_ignore_ascii_case(tag.as_bytes()))
}

/// Rewrites every `<meta http-equiv="Content-Security-Policy">` of `html` so that the
/// live-reload script may run and connect back.
fn allow_live_reload(html: &str, host: Option<&str>) -> String {
    let lower = html.to_ascii_lowercase();
    let mut out = String::with_capacity(html.len() + 64);
    let mut at = 0;
    while let Some(start) = lower[at..].find("<meta").map(|i| at + i) {
        let Some(end) = lower[start..].find('>').map(|i| start + i) else {
            break;
        };
        let tag = &lower[start..end];
        let is_csp = ["\"content-security-policy\"", "'content-security-policy'"]
            .iter()
            .any(|v| tag.contains(&format!("http-equiv={v}")));
        if let (true, Some((from, to))) = (is_csp, content_value(tag)) {
            out.push_str(&html[at..start + from]);
            out.push_str(&allow_in_policy(&html[start + from..start + to], host));
            at = start + to;
        } else {
            out.push_str(&html[at..end]);
            at = end;
        }
    }
    out.push_str(&html[at..]);
    out
}

/// The byte range of the `content` attribute's quoted value inside a (lowercased) tag.
fn content_value(tag: &str) -> Option<(usize, usize)> {
    let mut search = 0;
    while let Some(i) = tag[search..].find("content=").map(|i| search + i) {
        search = i + "content=".len();
        // `content=` must start an attribute, not end one (`data-content=`).
        let starts_attribute = tag[..i].ends_with(|c: char| c.is_ascii_whitespace());
        let quote = tag[search..].chars().next()?;
        if starts_attribute && (quote == '"' || quote == '\'') {
            let from = search + 1;
            let to = from + tag[from..].find(quote)?;
            return Some((from, to));
        }
    }
    None
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
        let out = page(&page_with_csp(), "b-1", None, Some("127.0.0.1:4000"));
        assert!(out.contains("script-src 'self'; connect-src 'self' ws://127.0.0.1:4000\">"));
        assert!(out.contains("<link rel=\"stylesheet\" href=\"/__candor/live.css\">\n</head>"));
        assert!(
            out.contains("<script src=\"/__candor/live.js\" data-build=\"b-1\"></script>\n</body>")
        );
        assert!(!out.contains("candor-overlay"));
        assert!(out.contains("<p>Hallo</p>"));
    }

    #[test]
    fn a_broken_site_shows_the_overlay_escaped() {
        let error = "content/storage.toml:10:11\n  country = \"<Germany>\"";
        let out = page(&page_with_csp(), "b-1", Some(error), None);
        let overlay_at = out.find("role=\"alertdialog\"").expect("an overlay");
        let script_at = out.find("/__candor/live.js").expect("the script");
        assert!(overlay_at < script_at);
        assert!(out.contains("country = &quot;&lt;Germany&gt;&quot;"));
        assert!(out.contains("<button type=\"button\""));
    }

    #[test]
    fn pages_without_head_or_body_still_get_the_script() {
        let out = page("<p>bare</p>", "b", None, None);
        assert!(out.starts_with("<p>bare</p>"));
        assert!(out.contains("/__candor/live.js"));
        let out = page("<HTML><BODY>x</BODY></HTML>", "b", None, None);
        assert!(out.contains("</script>\n</BODY>"));
    }

    #[test]
    fn other_meta_tags_are_left_alone() {
        let html = "<head><meta name=\"description\" content=\"default-src 'none'\">\
                    <meta http-equiv=\"refresh\" content=\"5\"></head><body></body>";
        let out = allow_live_reload(html, None);
        assert_eq!(out, html);
    }
}
