//! A theme loads nothing from another host. A font, a stylesheet, a picture or a script
//! fetched from elsewhere tells that host who reads the page and when: a page that says how an
//! organisation handles personal data must not hand its readers' addresses to a third party,
//! and candor's output is self-contained by design (the built-in theme's pages also forbid it
//! in their Content-Security-Policy, which a theme of one's own may change). Every such address
//! in the theme's templates and in its static stylesheets, pages and pictures is an error where
//! it is written.
//!
//! Markup is read by lol_html, as in `serve` and `review`, attributes with their character
//! references decoded (htmlize); CSS (stylesheets, `<style>`, `style="…"`, an SVG attribute's
//! `url()`) by cssparser, servo's CSS tokenizer, so that an address in a comment is not taken
//! for a request and one in `url()`, `@import`, `image-set()` or a custom property is.
//! Addresses are resolved as a browser does (the `url` crate, WHATWG's parsing): `//host/…` and
//! `\\host\…` lead out of the site as surely as `https://host/…`. A link a reader follows (`<a
//! href>`, an alternate version) is no request, nor a picture given in the page itself
//! (`data:`). In a template, an address that template code builds cannot be read before the
//! page is rendered: where a browser would load it, it must start with `{{ root }}` (the site's
//! own address) or be relative.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::ops::Range;
use std::rc::Rc;

use cssparser::{ParseError, Parser, ParserInput, Token};
use lol_html::{HtmlRewriter, Settings, element, end_tag};

use crate::diagnostic::{Diagnostic, Diagnostics, SourceFile};
use crate::load::theme::Theme;

/// What the check finds, where it is written.
enum Finding {
    /// An address the page would load from another host.
    Elsewhere { span: Range<usize>, url: String },
    /// A form's address on another host: what a reader types in it would be sent there.
    Sends { span: Range<usize>, url: String },
    /// An address a template builds, where a browser loads from: the check cannot tell where
    /// it leads.
    Built { span: Range<usize>, url: String },
    /// CSS nested deeper than [`DEEPEST`], not read further.
    TooDeep { span: Range<usize> },
    /// A script (`<script>`, an `on…` attribute): candor's pages run none, and what one
    /// fetches cannot be checked.
    Script { span: Range<usize> },
    /// Template code that builds a tag's name, an attribute's name or an address's scheme
    /// (`<{{ "scr" }}ipt>`, `java{{ "" }}script:`): what it makes cannot be read before the
    /// page is rendered.
    BuiltMarkup { span: Range<usize> },
    /// Template code that writes a value unescaped (`| safe`): markup it makes cannot be read
    /// before the page is rendered (qa74: `{{ "<" | safe }}script>`).
    Unescaped { span: Range<usize> },
    /// An entity declared in a document type (`<!ENTITY j "javascript:…">`), which a browser
    /// reading the file as XML (an SVG opened by itself) expands where the check cannot read.
    Entity { span: Range<usize> },
}

impl Finding {
    fn span_mut(&mut self) -> &mut Range<usize> {
        match self {
            Finding::Elsewhere { span, .. }
            | Finding::Sends { span, .. }
            | Finding::Built { span, .. }
            | Finding::TooDeep { span }
            | Finding::Script { span }
            | Finding::BuiltMarkup { span }
            | Finding::Unescaped { span }
            | Finding::Entity { span } => span,
        }
    }
}

/// Whether a file is a template, whose addresses template code may build.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Template,
    Static,
}

/// Reports every address of `theme`'s files that a page would load from another host.
pub fn requests(theme: &Theme, diags: &mut Diagnostics) {
    let files = theme
        .templates
        .values()
        .map(|file| (file, Kind::Template))
        .chain(
            theme
                .pages_and_styles
                .iter()
                .map(|file| (file, Kind::Static)),
        );
    for (file, kind) in files {
        let found = match kind {
            Kind::Template => in_template(&file.text),
            Kind::Static if is_css(&file.name) => in_css(&file.text, 0, kind),
            Kind::Static => {
                let mut found = in_html(&file.text, kind, 0);
                // Declarations of entities, read as XML only (qa69).
                let lower = file.text.to_ascii_lowercase();
                found.extend(
                    lower
                        .match_indices("<!entity")
                        .map(|(at, m)| Finding::Entity {
                            span: at..at + m.len(),
                        }),
                );
                found
            }
        };
        for finding in found {
            diags.push(report(file, finding));
        }
    }
}

/// Whether the static file `name` is a stylesheet.
fn is_css(name: &str) -> bool {
    name.to_ascii_lowercase().ends_with(".css")
}

/// An address as a diagnostic's title shows it: a long one cut short (the label points at it
/// whole).
fn shown(url: &str) -> String {
    let url = crate::text::visible_name(url);
    match url.char_indices().nth(80) {
        Some((cut, _)) => format!("{}…", &url[..cut]),
        None => url.into_owned(),
    }
}

fn report(file: &std::sync::Arc<SourceFile>, finding: Finding) -> Diagnostic {
    match finding {
        Finding::Elsewhere { span, url } => {
            Diagnostic::error(format!("`{}` is loaded from another host", shown(&url)))
                .at(file, span, "a request to another host")
                .with_help(
                    "save the file in the theme's `static/` folder and give its address there \
                     (`{{ root }}fonts/inter.woff2` in a template, `fonts/inter.woff2` in \
                     `static/style.css`): every reader's browser would otherwise tell that host \
                     who reads the page",
                )
        }
        Finding::Sends { span, url } => Diagnostic::error(format!(
            "`{}`, where a form sends what is typed in it, is on another host",
            shown(&url)
        ))
        .at(file, span, "a form's request to another host")
        .with_help(
            "take the form out: candor's pages send nothing anywhere, and what a reader typed \
             would reach that host with who reads the page",
        ),
        Finding::Built { span, url } => Diagnostic::error(format!(
            "`{}`, where a browser loads from, is built by template code",
            shown(&url)
        ))
        .at(file, span, "cannot be told to stay in the site")
        .with_help(
            "start it with `{{ root }}` (the site's own address, as in `{{ root }}style.css`) \
             or write it relative to the page: candor checks that a theme loads nothing from \
             another host, and cannot read where template code leads before the page is built",
        ),
        Finding::Script { span } => Diagnostic::error("the theme runs a script in its pages")
            .at(file, span, "a script")
            .with_help(
                "take it out: candor's pages run no script, and where a script could send a \
                 reader's visit cannot be checked (the built-in theme's Content-Security-Policy \
                 forbids scripts)",
            ),
        Finding::BuiltMarkup { span } => Diagnostic::error(
            "template code builds a tag's name, an attribute's name or an address's scheme",
        )
        .at(file, span, "built by template code")
        .with_help(
            "write it out in the template: candor checks that a theme runs no script, and \
             cannot read what template code builds before the page is rendered",
        ),
        Finding::Unescaped { span } => Diagnostic::error(
            "the template writes a value unescaped (`safe`, or a `{% filter %}` block)",
        )
        .at(file, span, "written unescaped")
        .with_help(
            "take it out: candor escapes what a template shows (and `md()` writes a message's \
             Markdown as HTML); markup a value or a filter makes cannot be checked before the \
             page is rendered",
        ),
        Finding::Entity { span } => Diagnostic::error("the theme declares an entity")
            .at(file, span, "an entity declared")
            .with_help(
                "take the document type's declarations out: a browser reading the file as XML \
                 expands the entity where candor cannot check what it says",
            ),
        Finding::TooDeep { span } => Diagnostic::error(format!(
            "nested too deep to check: CSS more than {DEEPEST} blocks deep, or pages within \
             pages (`srcdoc`) more than {DEEPEST_PAGES} deep"
        ))
        .at(file, span, "nested too deep to check")
        .with_help(
            "no theme needs this depth: candor checks that a theme loads nothing from another \
             host, and does not read on past it",
        ),
    }
}

/// A template as the page it renders reads, for the check (qa71): Tera's comments and tags
/// (`{# … #}`, `{% … %}`) left out as rendering leaves them out, with the spaces beside them a
/// `-` takes (`{%- … -%}`), and what they hold kept, each branch and block once; so a comment
/// or an `{% if %}` within a name or a scheme joins it, as on the page. Expressions
/// (`{{ … }}`) are kept as written, for the checks of what they build.
struct Rendered {
    text: String,
    /// Each run of the template kept, in order: where it starts in `text`, and in the template.
    runs: Vec<(usize, usize)>,
}

impl Rendered {
    fn of(template: &str) -> Rendered {
        let mut rendered = Rendered {
            text: String::with_capacity(template.len()),
            runs: Vec::new(),
        };
        let keep = |from: usize, to: usize, r: &mut Rendered| {
            if from < to {
                r.runs.push((r.text.len(), from));
                r.text.push_str(&template[from..to]);
            }
        };
        let (mut at, mut trim_next) = (0, false);
        loop {
            // One scan for the next of the three (three searches each would read the rest of
            // the template again for every expression: quadratic).
            let next = (template[at..].match_indices('{'))
                .map(|(i, _)| at + i)
                .find_map(|start| {
                    let open = template.get(start..start + 2)?;
                    ["{{", "{%", "{#"].contains(&open).then_some((start, open))
                });
            let closed = next.and_then(|(start, open)| {
                let close = match open {
                    "{{" => "}}",
                    "{%" => "%}",
                    _ => "#}",
                };
                let end = start + 2 + template[start + 2..].find(close)? + 2;
                Some((start, end, open))
            });
            let Some((start, end, open)) = closed else {
                let from = if trim_next {
                    skip_spaces(template, at)
                } else {
                    at
                };
                keep(from, template.len(), &mut rendered);
                return rendered;
            };
            let inner = &template[start + 2..end - 2];
            let from = if trim_next {
                skip_spaces(template, at).min(start)
            } else {
                at
            };
            let to = match inner.starts_with('-') {
                true => from.max(template[..start].trim_end().len()),
                false => start,
            };
            keep(from, to, &mut rendered);
            if open == "{{" {
                keep(start, end, &mut rendered);
            }
            trim_next = inner.ends_with('-');
            at = end;
        }
    }

    /// Where `span` of [`Rendered::text`] is written in the template.
    fn place(&self, span: Range<usize>) -> Range<usize> {
        let at = |p: usize| {
            let run = self.runs.partition_point(|(start, _)| *start <= p);
            match run.checked_sub(1).map(|i| self.runs[i]) {
                Some((start, from)) => from + (p - start),
                None => p,
            }
        };
        let start = at(span.start);
        let end = match span.end.checked_sub(1) {
            Some(last) if span.end > span.start => at(last) + 1,
            _ => start,
        };
        start..end.max(start)
    }
}

/// What the check finds in a template: in the page it renders ([`Rendered`]), each placed where
/// it is written, and in what it may render that this cannot tell ([`as_written`]).
fn in_template(template: &str) -> Vec<Finding> {
    let rendered = Rendered::of(template);
    let mut found = in_html(&rendered.text, Kind::Template, 0);
    for finding in &mut found {
        let span = finding.span_mut();
        *span = rendered.place(span.clone());
    }
    found.extend(as_written(template));
    found
}

/// Where Tera code (`{{ … }}`, `{% … %}`, `{# … #}`) starts and ends in a text, found by the
/// places of the three closing marks, each listed once (a search for the close of every
/// opening would read the rest of the text again for each: quadratic where none closes).
struct Code<'t> {
    text: &'t str,
    closes: [Vec<usize>; 3],
}

impl<'t> Code<'t> {
    const KINDS: [(&'static str, &'static str); 3] = [("{{", "}}"), ("{%", "%}"), ("{#", "#}")];

    fn of(text: &'t str) -> Code<'t> {
        let closes =
            Self::KINDS.map(|(_, close)| text.match_indices(close).map(|(i, _)| i).collect());
        Code { text, closes }
    }

    /// Where the code written at `at` ends, and its opening mark; `None` where none starts
    /// there, or it is not closed.
    fn at(&self, at: usize) -> Option<(usize, &'static str)> {
        let kind = Self::KINDS
            .iter()
            .position(|(open, _)| self.text.get(at..at + 2) == Some(*open))?;
        let closes = &self.closes[kind];
        let close = closes[closes.partition_point(|c| *c < at + 2)..].first()?;
        Some((close + 2, Self::KINDS[kind].0))
    }
}

/// What the template as written shows that its page, rendered, may make of it (qa74), where
/// reading it with its tags left out ([`Rendered`]) cannot tell: Tera code between letters of
/// a tag's or an attribute's name (`<scr{% if false %}x{% endif %}ipt>` is `<script>`); any
/// rendering of an address attribute's value, branch by branch, that runs a script or loads
/// from another host (`java{% if false %}x{% endif %}script:`); a value written unescaped.
fn as_written(template: &str) -> Vec<Finding> {
    let name_char =
        |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || "-_:".contains(c));
    let mut found = Vec::new();
    let bytes = template.as_bytes();
    // Where in a tag the scan is: outside one; in one, outside quotes (with its element's
    // name, and the name of the attribute last written); in a quoted value (its quote, where
    // it starts, and the attribute's name).
    enum At {
        Text,
        Tag {
            element: String,
            attribute: String,
        },
        Value {
            quote: u8,
            start: usize,
            element: String,
            attribute: String,
        },
    }
    let code_at = Code::of(template);
    let code_at = |i: usize| code_at.at(i);
    let mut at = At::Text;
    let mut i = 0;
    while i < bytes.len() {
        if code_at(i).is_some() {
            // A run of code side by side, each read for `safe`, then what is on either side
            // of it.
            let mut run_end = i;
            while let Some((end, open)) = code_at(run_end) {
                let code = &template[run_end..end];
                let filters_safe = code.split('|').skip(1).any(|f| {
                    let f = f.trim_start();
                    f.starts_with("safe") && !name_char(f[4..].chars().next())
                });
                let block = code[2..].trim_start_matches('-').trim_start();
                // A filter block writes what its filter makes of its text, unescaped (qa75:
                // `{% filter replace(from="Q", to="") %}<scrQipt>`), whatever the filter.
                let filter_block = open == "{%" && block.starts_with("filter");
                if open != "{#" && filters_safe || filter_block {
                    found.push(Finding::Unescaped { span: run_end..end });
                }
                // Another template's text within a tag or a value: checked on its own, not
                // where it is put (qa75: `<img src=x {% include "on.html" %}>`).
                let inserts = open == "{%" && block.starts_with("include");
                if inserts && !matches!(at, At::Text) {
                    found.push(Finding::BuiltMarkup { span: run_end..end });
                }
                run_end = end;
            }
            let glued = name_char(template[..i].chars().next_back())
                && name_char(template[run_end..].chars().next())
                && template[i..run_end].contains(['%', '#']);
            if glued && matches!(at, At::Tag { .. }) {
                found.push(Finding::BuiltMarkup { span: i..run_end });
            }
            i = run_end;
            continue;
        }
        let b = bytes[i];
        at = match at {
            At::Text if b == b'<' => {
                let name: String = template[i + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == ':')
                    .collect();
                if name.is_empty() {
                    At::Text
                } else {
                    i += name.len();
                    At::Tag {
                        element: local_name(&name.to_ascii_lowercase()).to_string(),
                        attribute: String::new(),
                    }
                }
            }
            At::Tag { .. } if b == b'>' => At::Text,
            At::Tag { element, attribute } if b == b'"' || b == b'\'' => At::Value {
                quote: b,
                start: i + 1,
                element,
                attribute,
            },
            At::Tag { element, attribute } if name_char(Some(b as char)) => {
                let written: String = template[i..]
                    .chars()
                    .take_while(|c| name_char(Some(*c)))
                    .collect();
                // A new name, unless it goes on from the last one.
                let attribute = match name_char(template[..i].chars().next_back()) {
                    true => format!("{attribute}{written}"),
                    false => written.clone(),
                };
                i += written.len();
                at = At::Tag {
                    element,
                    attribute: local_name(&attribute.to_ascii_lowercase()).to_string(),
                };
                continue;
            }
            At::Value {
                quote,
                start,
                element,
                attribute,
            } if b == quote => {
                found.extend(value_renderings(
                    &template[start..i],
                    &element,
                    &attribute,
                    start,
                ));
                At::Tag {
                    element,
                    attribute: String::new(),
                }
            }
            other => other,
        };
        i += 1;
    }
    found
}

/// What each rendering of an address attribute's value written as `value` (at `start` of its
/// template) runs or loads: `{% if %}`'s branches each (or none), a `{% for %}`'s body once or
/// not, comments and other tags left out. Over [`MAX_RENDERINGS`] of them is built markup.
fn value_renderings(value: &str, element: &str, attribute: &str, start: usize) -> Vec<Finding> {
    if !ADDRESSES.contains(&attribute) || !value.contains("{%") && !value.contains("{#") {
        return Vec::new();
    }
    let span = start..start + value.len();
    let Some(renderings) = renderings(value) else {
        return vec![Finding::BuiltMarkup { span }];
    };
    let loads = matches!(
        attribute,
        "src" | "poster" | "background" | "lowsrc" | "data" | "codebase" | "archive" | "icon"
    );
    // What the page read with its tags left out already finds, it finds once.
    let whole = Rendered::of(value).text;
    let whole = htmlize::unescape_attribute(&whole).into_owned();
    if runs_script(element, attribute, &whole)
        || runs_script(element, attribute, &without_expressions(&whole))
        || loads && elsewhere(&without_expressions(&whole))
    {
        return Vec::new();
    }
    for rendered in renderings {
        let address = htmlize::unescape_attribute(&rendered).into_owned();
        if runs_script(element, attribute, &address)
            || runs_script(element, attribute, &without_expressions(&address))
        {
            return vec![Finding::Script { span }];
        }
        let plain = without_expressions(&address);
        if loads && (!address.contains("{{") || from_root(&address)) && elsewhere(&plain) {
            return vec![Finding::Elsewhere { span, url: plain }];
        }
    }
    Vec::new()
}

/// How many renderings of a value [`renderings`] follows; a value with more is refused.
const MAX_RENDERINGS: usize = 256;

/// How deep [`renderings`] follows blocks within blocks of a value; one deeper is refused.
const DEEPEST_BLOCKS: usize = 16;

/// Every text `value` may render as, its expressions kept as written; `None` past
/// [`MAX_RENDERINGS`] or where its tags do not close.
fn renderings(value: &str) -> Option<Vec<String>> {
    // The value as pieces: text, or a block's branches (each pieces of its own).
    enum Piece {
        Text(String),
        Choice(Vec<Vec<Piece>>),
    }
    fn tag_name(code: &str) -> &str {
        let inner = code[2..code.len() - 2].trim_matches('-').trim();
        inner.split_whitespace().next().unwrap_or("")
    }
    // Reads pieces from `at` until a tag named in `until`; returns them, where it stopped, and
    // the tag it stopped at.
    fn read<'v>(
        code_at: &Code<'v>,
        mut at: usize,
        until: &[&str],
        depth: usize,
    ) -> Option<(Vec<Piece>, usize, &'v str)> {
        // No value needs blocks this deep: refused, not followed down.
        if depth > DEEPEST_BLOCKS {
            return None;
        }
        let value = code_at.text;
        let mut pieces = Vec::new();
        let mut text = String::new();
        while at < value.len() {
            let Some((end, open)) = code_at.at(at) else {
                let c = value[at..].chars().next()?;
                text.push(c);
                at += c.len_utf8();
                continue;
            };
            let code = &value[at..end];
            match open {
                "{{" => text.push_str(code),
                "{#" => {}
                _ => {
                    let name = tag_name(code);
                    if until.contains(&name) {
                        pieces.push(Piece::Text(std::mem::take(&mut text)));
                        return Some((pieces, end, name));
                    }
                    match name {
                        "if" => {
                            pieces.push(Piece::Text(std::mem::take(&mut text)));
                            let mut branches = Vec::new();
                            let mut next = end;
                            loop {
                                let (branch, after, by) =
                                    read(code_at, next, &["elif", "else", "endif"], depth + 1)?;
                                branches.push(branch);
                                next = after;
                                if by == "endif" {
                                    break;
                                }
                            }
                            // Without an `else`, the value may render none of them.
                            branches.push(Vec::new());
                            pieces.push(Piece::Choice(branches));
                            at = next;
                            continue;
                        }
                        "for" | "filter" => {
                            pieces.push(Piece::Text(std::mem::take(&mut text)));
                            let close = if name == "for" { "endfor" } else { "endfilter" };
                            let (body, after, _) = read(code_at, end, &[close], depth + 1)?;
                            pieces.push(Piece::Choice(vec![body, Vec::new()]));
                            at = after;
                            continue;
                        }
                        "raw" => {
                            let close = value[end..].find("endraw")?;
                            let open_at = value[..end + close].rfind("{%")?;
                            text.push_str(&value[end..open_at]);
                            at = code_at.at(open_at)?.0;
                            continue;
                        }
                        _ => {}
                    }
                }
            }
            at = end;
        }
        pieces.push(Piece::Text(text));
        until.is_empty().then_some((pieces, at, ""))
    }
    fn expand(pieces: &[Piece]) -> Option<Vec<String>> {
        let mut out = vec![String::new()];
        for piece in pieces {
            out = match piece {
                Piece::Text(t) => out.into_iter().map(|o| o + t).collect(),
                Piece::Choice(branches) => {
                    let mut next = Vec::new();
                    for branch in branches {
                        for tail in expand(branch)? {
                            for head in &out {
                                next.push(format!("{head}{tail}"));
                            }
                        }
                    }
                    next
                }
            };
            if out.len() > MAX_RENDERINGS {
                return None;
            }
        }
        Some(out)
    }
    let (pieces, _, _) = read(&Code::of(value), 0, &[], 0)?;
    let mut all = expand(&pieces)?;
    all.dedup();
    Some(all)
}

/// Where the spaces that start at `at` of `text` end.
fn skip_spaces(text: &str, at: usize) -> usize {
    text.len() - text[at..].trim_start().len()
}

/// What the check finds of the address `url`, written at `span`: one on another host, or, in
/// a template, one that template code builds; nothing for the site's own.
fn judge(url: &str, kind: Kind, span: Range<usize>) -> Option<Finding> {
    let url = url.to_string();
    if kind == Kind::Template && (url.contains("{{") || url.contains("{%")) {
        return (!from_root(&url)).then_some(Finding::Built { span, url });
    }
    elsewhere(&url).then_some(Finding::Elsewhere { span, url })
}

/// Whether `url` starts with the site's own address as a template writes it, `{{ root }}`.
fn from_root(url: &str) -> bool {
    let url = url.trim_start();
    let Some(rest) = url.strip_prefix("{{") else {
        return false;
    };
    let rest = rest.strip_prefix('-').unwrap_or(rest).trim_start();
    let Some(rest) = rest.strip_prefix("root") else {
        return false;
    };
    let rest = rest.trim_start();
    let rest = rest.strip_prefix('-').unwrap_or(rest);
    // `{{ root }}…`, or `{{ root ~ "…" }}`, which joins to it. `root` is empty on the page at
    // the site's root: what follows it must not start as an address of its own (`//host`).
    let after = match (rest.strip_prefix("}}"), rest.strip_prefix('~')) {
        (Some(after), _) => after,
        (None, Some(joined)) => joined.trim_start().trim_start_matches(['"', '\'']),
        (None, None) => return false,
    };
    // Nor climb out of the site (qa73: `{{ root }}../../x`, outside it opened from the disk).
    !after.starts_with(['/', '\\']) && !after.trim_start_matches("./").starts_with("..")
}

/// Where a page of the site is read from: its host, over `https:`; the preview, over `http:`;
/// or the disk. An address may lead elsewhere from one of them only (`https:host/x` is on the
/// page's own host over `https:`, and on `host` from the disk or the preview). Parsed once.
static PAGES: std::sync::LazyLock<Vec<url::Url>> = std::sync::LazyLock::new(|| {
    [
        "https://candor.invalid/en/",
        "http://candor.invalid/en/",
        "file:///candor.invalid/en/",
    ]
    .iter()
    .filter_map(|page| url::Url::parse(page).ok())
    .collect()
});

/// Whether `url`, given in a page of the site, leads to another host from wherever the page is
/// read ([`PAGES`]).
fn elsewhere(url: &str) -> bool {
    PAGES.iter().any(|base| {
        match base.join(url) {
            Ok(resolved) => resolved
                .host_str()
                .is_some_and(|host| !host.is_empty() && host != "candor.invalid"),
            // Not an address a browser would load at all.
            Err(_) => false,
        }
    })
}

/// The `rel` values of a `<link>` that lead a reader to what it names rather than load it.
const LEADS: &[&str] = &[
    "alternate",
    "author",
    "bookmark",
    "canonical",
    "external",
    "help",
    "license",
    "me",
    "next",
    "nofollow",
    "noopener",
    "noreferrer",
    "opener",
    "prev",
    "search",
    "tag",
];

/// Whether the `href` of `element` loads what it names (`<link rel="stylesheet">`, a `<link>`
/// of any `rel` but those that lead, SVG's `<image>`, `<base>`, which all relative addresses
/// follow), rather than lead a reader to it.
fn href_loads(element: &str, rel: Option<&str>) -> bool {
    match element {
        "link" => rel.is_none_or(|rel| {
            !rel.split_ascii_whitespace()
                .all(|r| LEADS.iter().any(|l| r.eq_ignore_ascii_case(l)))
        }),
        "image" | "use" | "feimage" | "script" | "base" => true,
        _ => false,
    }
}

/// The addresses of a `srcset`, as HTML's parsing reads them: each runs to whitespace (a comma
/// that ends it is not its), then its descriptors to the next comma outside parentheses.
fn srcset_urls(value: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = value;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == ',');
        if rest.is_empty() {
            return out;
        }
        let end = url_end(rest);
        let url = &rest[..end];
        let trimmed = url.trim_end_matches(',');
        out.push(trimmed.to_string());
        rest = &rest[end..];
        if trimmed.len() < url.len() {
            continue;
        }
        // Descriptors, to the comma that ends the candidate.
        let mut depth = 0usize;
        let end = rest
            .char_indices()
            .find(|&(_, c)| {
                match c {
                    '(' => depth += 1,
                    ')' => depth = depth.saturating_sub(1),
                    _ => {}
                }
                c == ',' && depth == 0
            })
            .map_or(rest.len(), |(i, _)| i + 1);
        rest = &rest[end..];
    }
}

/// Where the address a `srcset` candidate starts with ends: at a space, but not one within a
/// template's expression (qa74: `{{ root }}a.png 1x` was read as the address `{{`).
fn url_end(candidate: &str) -> usize {
    let mut i = 0;
    while let Some(c) = candidate[i..].chars().next() {
        if candidate[i..].starts_with("{{") {
            match candidate[i..].find("}}") {
                Some(close) => i += close + 2,
                None => return candidate.len(),
            }
            continue;
        }
        if c.is_ascii_whitespace() {
            return i;
        }
        i += c.len_utf8();
    }
    candidate.len()
}

/// The address a `<meta http-equiv="refresh">` sends the page to, as a browser reads it (HTML's
/// "shared declarative refresh steps"): after the delay and a `;` or `,`, with or without
/// `url=` (qa71: `0;https://…` leads there too).
fn refresh_url(content: &str) -> Option<String> {
    let rest = content.trim_start_matches(|c: char| c.is_ascii_whitespace());
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace());
    let rest = rest.strip_prefix([';', ',']).unwrap_or(rest);
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace());
    let rest = match rest.get(..3) {
        Some(url) if url.eq_ignore_ascii_case("url") => {
            match rest[3..]
                .trim_start_matches(|c: char| c.is_ascii_whitespace())
                .strip_prefix('=')
            {
                Some(after) => after.trim_start_matches(|c: char| c.is_ascii_whitespace()),
                None => rest,
            }
        }
        _ => rest,
    };
    let address = rest.trim_matches(['\'', '"']).trim();
    (!address.is_empty()).then(|| address.to_string())
}

/// The content of an element the parser reads as text, read again for what it loads.
enum Inner {
    /// A `<style>`'s.
    Css(Range<usize>),
    /// A `<noscript>`'s: markup where scripts do not run.
    Markup(Range<usize>),
}

/// The attributes that take an address (of a request, or a link), as the checks name them.
const ADDRESSES: &[&str] = &[
    "href",
    "xlink:href",
    "src",
    "action",
    "formaction",
    "data",
    "poster",
    "background",
    "codebase",
    "cite",
    "longdesc",
    "manifest",
    "ping",
    "icon",
    "lowsrc",
    "archive",
    "dynsrc",
    "to",
    "from",
    "values",
    "content",
];

/// Whether `value`, given to `attribute` of an `element`, is an address whose page runs a
/// script (qa67): `javascript:` (or `vbscript:`) wherever an address is taken, or a page given
/// in the address itself (`data:`) to a frame, an object or an embed, whose scripts run. Read
/// as a URL parser reads it: spaces and controls at either end, and tabs and line breaks
/// within, do not count.
fn runs_script(element: &str, attribute: &str, value: &str) -> bool {
    if !ADDRESSES.contains(&attribute) {
        return false;
    }
    let address: String = (value.trim_matches(|c: char| c <= ' ').chars())
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    // An animation's list of values may hold several.
    address.split(';').any(|a| {
        let data = (a.trim().split_once(':')).is_some_and(|(s, _)| s.eq_ignore_ascii_case("data"));
        script_address(a)
            || data
                && matches!(element, "iframe" | "frame" | "object" | "embed")
                && matches!(attribute, "src" | "data")
    })
}

/// Whether `address` (an attribute's value, or as a stylesheet gives it, its escapes read) is a
/// `javascript:` or `vbscript:` one, read as a URL parser reads it: spaces and controls at
/// either end, and tabs and line breaks within, do not count.
fn script_address(address: &str) -> bool {
    let address: String = (address.trim_matches(|c: char| c <= ' ').chars())
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    address.split_once(':').is_some_and(|(scheme, _)| {
        scheme.eq_ignore_ascii_case("javascript") || scheme.eq_ignore_ascii_case("vbscript")
    })
}

/// What older browsers ran as script from a stylesheet: `expression()` (a value computed by a
/// script), and the `behavior` and `-moz-binding` properties (a script file bound to elements).
const CSS_SCRIPT_HOOKS: [&str; 3] = ["expression", "behavior", "-moz-binding"];

/// `value` without the template expressions in it (`{{ … }}`).
fn without_expressions(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        rest = match rest[start..].find("}}") {
            Some(end) => &rest[start + end + 2..],
            None => "",
        };
    }
    out.push_str(rest);
    out
}

/// Where a template builds a tag's name with template code (`<{{ "scr" }}ipt>`,
/// `<scr{{ x }}`): a `<`, a `/` perhaps, then `{{` or `{%`, or letters and `{{`.
fn built_tag_names(html: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    html.match_indices('<').filter_map(move |(at, _)| {
        let rest = &html[at + 1..];
        let rest = rest.strip_prefix('/').unwrap_or(rest);
        let name = rest.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == ':');
        // After a name, `{%` opens a block between it and its attributes (`<li{% if … %}`).
        let built = name.starts_with("{{") || (name.len() == rest.len() && name.starts_with("{%"));
        built.then(|| at..html.len() - name.len() + 2)
    })
}

/// Whether the template writes the value of an attribute that takes an address with template
/// code in its scheme (`java{{ "" }}script:…`), or a comment there (read as spaces, gone
/// from the page: `java{# c #}script:…`).
fn builds_scheme(attribute: &str, value: &str) -> bool {
    let scheme = |c: char| c.is_ascii_alphanumeric() || "+.-".contains(c);
    if !ADDRESSES.contains(&attribute) {
        return false;
    }
    let value = value.trim_start();
    // A scheme an expression gives, a colon written after it (qa75: `{% set s = "javascript"
    // %}…href="{{ s }}:go()"`): before any path, query or fragment.
    let head = &value[..value.find(['/', '?', '#']).unwrap_or(value.len())];
    if head
        .find("}}")
        .is_some_and(|close| head[close..].contains(':'))
    {
        return true;
    }
    let after = value.trim_start_matches(scheme);
    // Only the start of a scheme that runs a page can be finished so: `icon-{{ kind }}.svg`
    // is a file's name.
    let begun = value[..value.len() - after.len()].to_ascii_lowercase();
    if begun.is_empty()
        || !["javascript", "vbscript", "data"]
            .iter()
            .any(|s| s.starts_with(&begun))
    {
        return false;
    }
    after.starts_with("{{")
        || after.starts_with("{%")
        || (after.starts_with(' ')
            && (after.trim_start_matches(' ').trim_start_matches(scheme)).starts_with(':'))
}

/// A name without its namespace prefix (`s:script` is `script`).
fn local_name(name: &str) -> &str {
    name.rsplit_once(':').map_or(name, |(_, local)| local)
}

/// How deep [`in_html`] reads pages within pages (`srcdoc`, `<noscript>`'s content).
const DEEPEST_PAGES: usize = 4;

/// The requests to other hosts of an HTML page or template, itself within `depth` others.
fn in_html(html: &str, kind: Kind, depth: usize) -> Vec<Finding> {
    if depth > DEEPEST_PAGES {
        return vec![Finding::TooDeep {
            span: 0..html.len(),
        }];
    }
    let found: RefCell<Vec<Finding>> = RefCell::default();
    if kind == Kind::Template {
        (found.borrow_mut())
            .extend(built_tag_names(html).map(|span| Finding::BuiltMarkup { span }));
    }
    // The content of each `<style>` and `<noscript>` element.
    let inner: Rc<RefCell<Vec<Inner>>> = Rc::default();
    let settings = Settings::new()
        .with_strict(false)
        .append_element_content_handler(element!("*", |el| {
            let tag = el.source_location().bytes();
            // An element or attribute by its local name: a page read as XML (an SVG opened
            // by itself) takes `s:script` and `x:href` for what they say, whatever the prefix
            // stands for (qa69).
            let name = local_name(&el.tag_name()).to_string();
            let rel = el.get_attribute("rel").map(htmlize::unescape_attribute);
            let refresh = el
                .get_attribute("http-equiv")
                .is_some_and(|h| h.trim().eq_ignore_ascii_case("refresh"));
            let animates_href = el.get_attribute("attributename").is_some_and(|a| {
                let a = a.trim();
                a.eq_ignore_ascii_case("href") || a.eq_ignore_ascii_case("xlink:href")
            });
            // Where `text` is written in the tag, or the tag where it is not written as it
            // reads (with character references).
            let at = |text: &str| match html[tag.clone()].find(text) {
                Some(i) if !text.is_empty() => tag.start + i..tag.start + i + text.len(),
                _ => tag.clone(),
            };
            let mut found = found.borrow_mut();
            if name == "script" {
                let end = (tag.start + "<script".len()).min(tag.end);
                found.push(Finding::Script {
                    span: tag.start..end,
                });
            }
            for attribute in el.attributes() {
                // Where an expression gives an attribute its name, or an unquoted value
                // (qa71: `href={{ root }}javascript:…`, read as the attributes `{{`, `root`
                // and `}}javascript:…`, is `javascript:` where `root` is empty).
                let name_built = |n: &str| n.contains("{{") || n.contains("}}");
                if kind == Kind::Template && name_built(&attribute.name()) {
                    found.push(Finding::BuiltMarkup {
                        span: at(&attribute.name()),
                    });
                    continue;
                }
                if local_name(&attribute.name()).starts_with("on") {
                    found.push(Finding::Script {
                        span: at(&attribute.name()),
                    });
                    continue;
                }
                let written = attribute.value();
                let value = htmlize::unescape_attribute(written.as_str()).into_owned();
                let named = attribute.name();
                let attribute = match (named.contains(':'), local_name(&named)) {
                    // An SVG link, under whatever prefix (qa69: `x:href`).
                    (true, "href") => "xlink:href".to_string(),
                    (_, local) => local.to_string(),
                };
                let address = match attribute.as_str() {
                    "content" if refresh => refresh_url(&value),
                    "content" => None,
                    _ => Some(value.clone()),
                };
                // An expression before the scheme may give nothing (qa71: `root` is empty on
                // the site's root page).
                let runs = |a: &str| {
                    runs_script(&name, &attribute, a)
                        || kind == Kind::Template
                            && runs_script(&name, &attribute, &without_expressions(a))
                };
                if address.is_some_and(|a| runs(&a)) {
                    found.push(Finding::Script { span: at(&written) });
                    continue;
                }
                if kind == Kind::Template && builds_scheme(&attribute, &value) {
                    found.push(Finding::BuiltMarkup { span: at(&written) });
                    continue;
                }
                // A form's address: sent to on submission, with what was typed (a theme's
                // `<form action>` to another host was published; the default theme's
                // Content-Security-Policy blocks it, a theme's own need not).
                let form = matches!(attribute.as_str(), "formaction")
                    || (attribute == "action" && name == "form");
                let urls: Vec<String> = match attribute.as_str() {
                    _ if form => vec![value],
                    "src" | "poster" | "background" | "lowsrc" | "manifest" | "ping"
                    | "codebase" | "archive" | "icon" => vec![value],
                    "data" if name == "object" => vec![value],
                    "value" if name == "param" => vec![value],
                    "srcset" | "imagesrcset" => srcset_urls(&value),
                    "href" | "xlink:href" if href_loads(&name, rel.as_deref()) => vec![value],
                    "to" | "from" | "values" if animates_href => {
                        value.split(';').map(|v| v.trim().to_string()).collect()
                    }
                    "content" if refresh => refresh_url(&value).into_iter().collect(),
                    "srcdoc" => {
                        // A page of its own: where anything in it is, its attribute is.
                        let span = at(&written);
                        found.extend(in_html(&value, Kind::Static, depth + 1).into_iter().map(
                            |mut f| {
                                *f.span_mut() = span.clone();
                                f
                            },
                        ));
                        Vec::new()
                    }
                    // CSS: `style`, and SVG's attributes that take a `url()` (`fill`, `mask`…).
                    _ if attribute == "style" || value.to_ascii_lowercase().contains("url(") => {
                        let base = at(&written);
                        found.extend(in_css(&value, 0, kind).into_iter().map(|mut f| {
                            // Where the CSS reads as written, its own places; else the value's.
                            let span = f.span_mut();
                            *span = if value == written {
                                base.start + span.start..base.start + span.end
                            } else {
                                base.clone()
                            };
                            f
                        }));
                        Vec::new()
                    }
                    _ => Vec::new(),
                };
                for url in urls {
                    let span = at(&url);
                    let span = if span == tag { at(&written) } else { span };
                    found.extend(judge(&url, kind, span).map(|f| match f {
                        Finding::Elsewhere { span, url } if form => Finding::Sends { span, url },
                        f => f,
                    }));
                }
            }
            let read_as: Option<fn(Range<usize>) -> Inner> = match name.as_str() {
                "style" => Some(Inner::Css),
                "noscript" => Some(Inner::Markup),
                _ => None,
            };
            if let Some(read_as) = read_as
                && let Some(handlers) = el.end_tag_handlers()
            {
                let (inner, start) = (inner.clone(), tag.end);
                handlers.push(end_tag!(move |end| {
                    let end = end.source_location().bytes().start;
                    inner.borrow_mut().push(read_as(start..end));
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
    for content in inner.take() {
        let (range, mut more) = match content {
            Inner::Css(range) => (range.clone(), in_css(&html[range], 0, kind)),
            Inner::Markup(range) => (range.clone(), in_html(&html[range], kind, depth + 1)),
        };
        for finding in &mut more {
            let span = finding.span_mut();
            *span = range.start + span.start..range.start + span.end;
        }
        found.append(&mut more);
    }
    found
}

/// How deep [`in_css`] follows blocks within blocks; a stylesheet nested deeper is reported
/// whole rather than read to the end.
const DEEPEST: usize = 64;

/// The requests to other hosts of CSS that starts at `offset` of its file.
fn in_css(css: &str, offset: usize, kind: Kind) -> Vec<Finding> {
    let mut input = ParserInput::new(css);
    let mut parser = Parser::new(&mut input);
    let mut walk = CssWalk {
        kind,
        found: Vec::new(),
        too_deep: false,
    };
    walk.tokens(&mut parser, false, 0);
    let mut found = walk.found;
    if walk.too_deep {
        found.push(Finding::TooDeep { span: 0..css.len() });
    }
    for finding in &mut found {
        let span = finding.span_mut();
        *span = span.start + offset..span.end + offset;
    }
    found
}

/// A walk through CSS's tokens, into its blocks.
struct CssWalk {
    kind: Kind,
    found: Vec<Finding>,
    too_deep: bool,
}

impl CssWalk {
    /// `url(…)` and `url("…")`, `@import "…"`, and strings in a custom property's value (which
    /// `image-set(var(--x))` may load); within `url()` and `image-set()` (`urls`), every
    /// string. `@namespace`'s address names, and loads nothing.
    fn tokens(&mut self, parser: &mut Parser, urls: bool, depth: usize) {
        // After `@import`: its string is an address; after `@namespace`: nothing is.
        let (mut import, mut namespace) = (false, false);
        // In a custom property's value (`--x: …`), to its `;`.
        let (mut custom_name, mut custom) = (false, false);
        loop {
            let position = parser.position();
            let token = match parser.next_including_whitespace_and_comments() {
                Ok(token) => token.clone(),
                Err(_) => break,
            };
            let written = parser.slice_from(position);
            let start = position.byte_index();
            match &token {
                Token::WhiteSpace(_) | Token::Comment(_) => continue,
                Token::AtKeyword(name) => {
                    import = name.eq_ignore_ascii_case("import");
                    namespace = name.eq_ignore_ascii_case("namespace");
                    continue;
                }
                Token::Ident(name) if name.starts_with("--") => {
                    custom_name = true;
                    continue;
                }
                Token::Ident(name) | Token::Function(name)
                    if CSS_SCRIPT_HOOKS
                        .iter()
                        .any(|h| name.eq_ignore_ascii_case(h)) =>
                {
                    let span = start..start + written.len();
                    self.found.push(Finding::Script { span });
                    if matches!(token, Token::Ident(_)) {
                        continue;
                    }
                }
                Token::Colon if custom_name => {
                    (custom_name, custom) = (false, true);
                    continue;
                }
                Token::Semicolon => {
                    (import, namespace, custom) = (false, false, false);
                    continue;
                }
                Token::UnquotedUrl(url) | Token::BadUrl(url) if !namespace => {
                    self.push(url, written, start);
                }
                Token::QuotedString(url) if (urls || import || custom) && !namespace => {
                    self.push(url, written, start);
                }
                Token::Function(_)
                | Token::ParenthesisBlock
                | Token::SquareBracketBlock
                | Token::CurlyBracketBlock => {
                    if depth >= DEEPEST {
                        self.too_deep = true;
                        break;
                    }
                    let loads = matches!(&token, Token::Function(name)
                        if ["url", "src", "image-set", "-webkit-image-set"]
                            .iter()
                            .any(|f| name.eq_ignore_ascii_case(f)));
                    let inner_urls = (urls || loads) && !namespace;
                    let block = matches!(token, Token::CurlyBracketBlock);
                    let _ = parser.parse_nested_block(|nested| {
                        self.tokens(nested, inner_urls, depth + 1);
                        Ok::<(), ParseError<()>>(())
                    });
                    // A block ends an at-rule's prelude and a declaration's value.
                    if block {
                        (import, namespace, custom) = (false, false, false);
                    }
                    continue;
                }
                _ => {}
            }
            custom_name = false;
        }
    }

    fn push(&mut self, url: &str, written: &str, start: usize) {
        // The address within its token (`url(…)`, quotes), unless escapes changed it.
        let span = match written.find(url) {
            Some(i) => start + i..start + i + url.len(),
            None => start..start + written.len(),
        };
        // A script's address, in a page's markup refused as a script ([`runs_script`]), is
        // one here too (qa145: `url("javascript:…")`, escaped or not, was published).
        if script_address(url) {
            self.found.push(Finding::Script { span });
            return;
        }
        self.found.extend(judge(url, self.kind, span));
    }
}

/// The attributes whose values a reader hears or sees as words: a picture's text, a tooltip, a
/// screen reader's name or description of an element.
const WORDED_ATTRIBUTES: &[&str] = &[
    "alt",
    "title",
    "aria-label",
    "aria-description",
    "aria-roledescription",
    "aria-placeholder",
    "aria-valuetext",
    "placeholder",
];

/// Reports the words written into `theme`'s templates beyond those of the built-in templates (a
/// format's name, `JSON`, which a theme may move into a template of its own), and the values
/// its templates give messages beyond theirs ([`values_given`]): words belong in the locale
/// files, where each language has its own and a publication records them, and values in the
/// facts. A template's would show untranslated
/// in every language and, since the archive renders every publication with today's theme, in
/// every archived copy, as if published that day (qa128: a sentence added to `base.html`
/// showed on every archived page, and no publication recorded it).
pub fn words(theme: &Theme, diags: &mut Diagnostics) {
    let built_in = || {
        (crate::load::theme::BUILT_IN.iter())
            .filter(|(path, _)| path.starts_with("templates/"))
            .map(|(_, text)| *text)
    };
    // Those of any built-in template, which a theme may move into a template of its own, read
    // once, where a template is not one of them.
    let known = std::cell::OnceCell::new();
    let known = || {
        known.get_or_init(|| {
            let words: BTreeSet<String> = built_in()
                .flat_map(|text| written_words(text).into_iter().map(|(w, _)| w))
                .collect();
            let values: BTreeSet<(String, String)> = built_in()
                .flat_map(|text| values_given(text).into_iter().map(|(v, _)| v))
                .collect();
            (words, values)
        })
    };
    for file in theme.templates.values() {
        if built_in().any(|text| text == file.text) {
            continue;
        }
        // A private-use character is what candor marks copied words with
        // ([`crate::render::copied`]), taken out once a page is rendered: written into a
        // template, its taking out could join markup the checks read apart (qa136: `</\u{E002}
        // style><script>` in a `<style>` became `</style><script>`).
        if let Some((at, c)) = (file.text.char_indices()).find(|(_, c)| {
            crate::text::forbidden_in_words(*c)
                .is_some_and(|f| f.kind == crate::text::Kind::PrivateUse)
        }) {
            diags.push(
                Diagnostic::error(format!(
                    "the template holds a private-use character (U+{:04X}), which means what a \
                     font makes of it, and candor's own marks are",
                    c as u32
                ))
                .at(file, at..at + c.len_utf8(), "a private-use character")
                .with_help(
                    "take it out: a template holds markup, and a font's own signs are no markup",
                ),
            );
            continue;
        }
        for (words, span) in written_words(&file.text) {
            if known().0.contains(&words) {
                continue;
            }
            diags.push(
                Diagnostic::error(format!(
                    "the template writes words of its own: `{}`",
                    shown(&words)
                ))
                .at(file, span, "words in no language's messages")
                .with_help(
                    "put them in a message of each language's locale files and show it with \
                     `{{ t(key=\"…\") }}`: a template's words are in no language and in no \
                     publication's record, so they would show untranslated on every page and \
                     in every archived copy, as if published that day",
                ),
            );
        }
        for (given, span) in values_given(&file.text) {
            if known().1.contains(&given) {
                continue;
            }
            let (name, value) = given;
            diags.push(
                Diagnostic::error(format!(
                    "the template gives a message a value of its own: `{name}={}`",
                    shown(&value)
                ))
                .at(file, span, "a value no fact gives")
                .with_help(
                    "give it what the page holds (`hours=facts.breach.notification_deadline_hours`): \
                     a value written in a template states what no fact of `content/` says, in \
                     every language and in every archived copy",
                ),
            );
        }
    }
}

/// The values `template` writes itself into the messages it shows: each argument of a `t()` or
/// `md()` call, but the message's `key` and `language`, given as a literal (`hours=12`,
/// `org="Acme"`), as `(name, value as written)`, with where it is written (qa131: `hours=12`
/// said "within 12 hours" in every language, where the fact was 24). Each tag's code is read
/// once, however many calls it holds or leaves open.
fn values_given(template: &str) -> Vec<((String, String), Range<usize>)> {
    let code = Code::of(template);
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(start) = template[at..].find('{').map(|i| at + i) {
        match code.at(start) {
            Some((end, open)) => {
                if open != "{#" {
                    calls_in(template, start + 2..end - 2, &mut found);
                }
                at = end;
            }
            None => at = start + 1,
        }
    }
    found
}

/// The literal arguments of the `t()` and `md()` calls in the template code at `code` of
/// `template`, added to `found` ([`values_given`]): one pass, each bracket matched on a stack.
fn calls_in(template: &str, code: Range<usize>, found: &mut Vec<((String, String), Range<usize>)>) {
    /// A bracket not closed yet: whether it opens a call of `t` or `md`, and its arguments.
    struct Open {
        call: bool,
        from: usize,
        args: Vec<Range<usize>>,
    }
    let bytes = template.as_bytes();
    let (mut stack, mut quote): (Vec<Open>, Option<u8>) = (Vec::new(), None);
    for i in code {
        let b = bytes[i];
        match (quote, b) {
            (Some(q), _) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'' | b'`') => quote = Some(b),
            (None, b'(' | b'[' | b'{') => {
                let before = &template[..i];
                let name = before.trim_end_matches(|c: char| c.is_alphanumeric() || c == '_');
                let callee = &before[name.len()..];
                let method = name.ends_with('.');
                stack.push(Open {
                    call: b == b'(' && !method && matches!(callee, "t" | "md"),
                    from: i + 1,
                    args: Vec::new(),
                });
            }
            (None, b',') => {
                if let Some(open) = stack.last_mut() {
                    open.args.push(open.from..i);
                    open.from = i + 1;
                }
            }
            (None, b')' | b']' | b'}') => {
                let Some(Open {
                    call: true,
                    from,
                    mut args,
                }) = stack.pop()
                else {
                    continue;
                };
                args.push(from..i);
                for arg in args {
                    let Some((name, value)) = template[arg.clone()].split_once('=') else {
                        continue;
                    };
                    let (name, value) = (name.trim(), value.trim());
                    let literal = match value.chars().next() {
                        Some(q @ ('"' | '\'' | '`')) => {
                            value.len() > 1
                                && value.ends_with(q)
                                && !value[1..value.len() - 1].contains(q)
                        }
                        Some(_) => value.trim_start_matches('-').parse::<f64>().is_ok(),
                        None => false,
                    };
                    if literal && !["key", "language"].contains(&name) {
                        // Where it is written, without the spaces around it.
                        let written = &template[arg.clone()];
                        let start = arg.start + (written.len() - written.trim_start().len());
                        let end = arg.end - (written.len() - written.trim_end().len());
                        found.push(((name.to_string(), value.to_string()), start..end));
                    }
                }
            }
            _ => {}
        }
    }
}

/// `text` with each expression (`{{ … }}`) in it given as the string literals it shows as
/// they are (`{{ "We never sell" }}`, `{{ x ~ " a year" }}`), not those it gives a function or
/// a filter (`t(key="…")`, `default(value="…")`) or an index (`x["…"]`).
fn literals_shown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let (inner, after) = match rest[start + 2..].find("}}") {
            Some(end) => (
                &rest[start + 2..start + 2 + end],
                &rest[start + 2 + end + 2..],
            ),
            None => (&rest[start + 2..], ""),
        };
        out.push_str(&literals_outside_brackets(inner));
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The string literals of template code `code` outside any call's or index's brackets, each
/// between spaces: what it shows as it is. Not one written as an id is (`"principle-" ~ p`,
/// a message's key being made): lower-case letters, digits, `-`, `_` and `.` only.
fn literals_outside_brackets(code: &str) -> String {
    let mut out = String::new();
    let (mut depth, mut at) = (0usize, 0);
    while let Some(c) = code[at..].chars().next() {
        let next = at + c.len_utf8();
        at = match c {
            '(' | '[' => {
                depth += 1;
                next
            }
            ')' | ']' => {
                depth = depth.saturating_sub(1);
                next
            }
            '"' | '\'' | '`' => {
                let Some(close) = code[next..].find(c).map(|end| next + end) else {
                    break;
                };
                let literal = &code[next..close];
                let id =
                    |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.".contains(c);
                if depth == 0 && !literal.chars().all(id) {
                    out.push(' ');
                    out.push_str(literal);
                    out.push(' ');
                }
                close + 1
            }
            _ => next,
        };
    }
    out
}

/// The words a template's `{% set … = … %}` (or `set_global`) tags give a variable, which the
/// template may show (`{% set x = "We never sell" %}{{ x }}`), each with where its tag is.
fn words_set(template: &str) -> Vec<(String, Range<usize>)> {
    let code = Code::of(template);
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(start) = template[at..].find("{%").map(|i| at + i) {
        let Some((end, _)) = code.at(start) else {
            break;
        };
        let inner =
            template[start + 2..end - 2].trim_matches(|c: char| c == '-' || c.is_whitespace());
        let value = (inner
            .strip_prefix("set_global ")
            .or_else(|| inner.strip_prefix("set ")))
        .and_then(|set| set.split_once('='))
        .map(|(_, value)| value);
        // A value of many words, one capitalised and none of a path's, a style's or a
        // list's marks: prose (`"summary card"`, `"noopener noreferrer"`, `"fonts/Inter
        // Var.woff2"` are none; qa131).
        let prose = |words: &String| {
            words.contains(' ')
                && words.chars().any(char::is_uppercase)
                && !words.contains(['/', ';', ':', '=', '#', '{', '}', '(', ')'])
        };
        if let Some(words) = (value.map(literals_outside_brackets))
            .and_then(|w| worded(&w))
            .filter(prose)
        {
            found.push((words, start..end));
        }
        at = end;
    }
    found
}

/// `written` as words a reader reads, where it holds a letter: its character references read
/// (`&#72;` is `H`, `&nbsp;` a space), its spaces made one.
fn worded(written: &str) -> Option<String> {
    let plain = htmlize::unescape(written);
    let plain = plain.split_whitespace().collect::<Vec<_>>().join(" ");
    plain.chars().any(char::is_alphabetic).then_some(plain)
}

/// The words `template` writes itself: each text of its markup, and each value of a
/// [`WORDED_ATTRIBUTES`] attribute, that holds a letter once its template code and character
/// references are left out, trimmed, with where it is written.
/// Where in `written`, a text of a template as rendered for the check, its `words` are: from
/// their first word to their last, not the spaces, line breaks and template code around them
/// (qa155, qa156: words after a line break, or after an expression, were shown at the line
/// before, or at the expression). `None` where they are not found as written.
fn words_within(written: &str, words: &str) -> Option<Range<usize>> {
    let mut each = words.split_whitespace();
    let first = each.next()?;
    let last = each.next_back().unwrap_or(first);
    let from = written.find(first)?;
    let to = written.rfind(last)? + last.len();
    (from < to).then_some(from..to)
}

fn written_words(template: &str) -> Vec<(String, Range<usize>)> {
    let rendered = Rendered::of(template);
    let html = rendered.text.as_str();
    let found: RefCell<Vec<(String, Range<usize>)>> = RefCell::default();
    // A text node comes in chunks; each is kept until its last.
    let text: RefCell<(String, Option<usize>)> = RefCell::default();
    let worded = |written: &str| worded(&literals_shown(written));
    let settings = Settings::new()
        .with_strict(false)
        .append_element_content_handler(element!("*", |el| {
            let tag = el.source_location().bytes();
            for attribute in el.attributes() {
                let name = attribute.name();
                if !WORDED_ATTRIBUTES.contains(&local_name(&name)) {
                    continue;
                }
                if let Some(words) = worded(&attribute.value()) {
                    let span = match html[tag.clone()].find(&*attribute.value()) {
                        Some(i) => tag.start + i..tag.start + i + attribute.value().len(),
                        None => tag.clone(),
                    };
                    found.borrow_mut().push((words, rendered.place(span)));
                }
            }
            Ok(())
        }))
        .append_document_content_handler(lol_html::doc_text!(|chunk| {
            use lol_html::html_content::TextType;
            if !matches!(chunk.text_type(), TextType::Data | TextType::RCData) {
                return Ok(());
            }
            let mut text = text.borrow_mut();
            let at = chunk.source_location().bytes();
            text.0.push_str(chunk.as_str());
            text.1.get_or_insert(at.start);
            if chunk.last_in_text_node() {
                let (written, start) = std::mem::take(&mut *text);
                let start = start.unwrap_or(at.start);
                if let Some(words) = worded(&written) {
                    let span = rendered.place(start..start + written.len());
                    let span = words_within(&written, &words)
                        .map_or(span, |w| rendered.place(start + w.start..start + w.end));
                    found.borrow_mut().push((words, span));
                }
            }
            Ok(())
        }));
    let mut rewriter = HtmlRewriter::new(settings, |_: &[u8]| {});
    // The parser fails only where memory runs out: what it read stands.
    let _ = rewriter.write(html.as_bytes());
    let _ = rewriter.end();
    let mut found = found.into_inner();
    found.extend(words_set(template));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_values_a_template_gives_messages_are_its_calls_literal_arguments() {
        let values = |template: &str| -> Vec<(String, String)> {
            values_given(template).into_iter().map(|(v, _)| v).collect()
        };
        let pair = |n: &str, v: &str| (n.to_string(), v.to_string());
        assert_eq!(
            values(
                "{{ t(key=\"a\", n=t(key=\"b\", hours=12), x=facts.y) }}{# t(key=\"c\", hours=1) #}\
                 {% set l = md(key=\"d\", agreement='yes', count=-1) %}{{ f.t(key=\"e\", z=\"w\") }}"
            ),
            [
                pair("hours", "12"),
                pair("agreement", "'yes'"),
                pair("count", "-1")
            ]
        );
        // Calls left open give nothing (and are read once, on one stack).
        let open = format!("{{{{ {} }}}}", "t(key=\"a\", hours=1, ".repeat(10_000));
        assert!(values(&open).is_empty());
    }

    #[test]
    fn the_words_a_template_writes_are_its_text_its_worded_attributes_and_literals_shown() {
        let words = |template: &str| -> Vec<String> {
            written_words(template)
                .into_iter()
                .map(|(w, _)| w)
                .collect()
        };
        assert_eq!(
            words(
                "{% if x %}<p class=\"a\">{{ t(key=\"x\") }} &nbsp;&middot;&#183; 24/7</p>{% endif %}\
                 <img alt=\"{{ name }}\" src=\"x.png\">{{ md(key=\"p-\" ~ p ~ \"-body\") }}\
                 {{ x | default(value=\"None\") }}{{ y[\"key\"] }}<style>p { color: red }</style>"
            ),
            Vec::<String>::new()
        );
        assert_eq!(
            words(
                "<p>{{ \"We never\" }} sell</p><b title=\"Help  me\">x</b>{{ n ~ ' a year' }}\
                 <script>var word = 1;</script>"
            ),
            ["We never sell", "Help me", "x", "a year"]
        );
        // Placed where written, past the template code before it.
        let template = "{% block body %}{{ a }}<p>Our claim</p>";
        let (_, span) = &written_words(template)[0];
        assert_eq!(&template[span.clone()], "Our claim");
        // Not at the line break before them (qa155: shown at the end of the line before).
        let template = "</section>\n{% if true %}x{% endif %}\n";
        let (_, span) = &written_words(template)[0];
        assert_eq!(&template[span.clone()], "x");
        // Nor at an expression before them (qa156).
        let template = "<p class=\"x\">{{ t(key=\"changes-back\") }} Hello world</p>";
        let (_, span) = &written_words(template)[0];
        assert_eq!(&template[span.clone()], "Hello world");
    }

    fn urls(found: Vec<Finding>) -> Vec<String> {
        found
            .into_iter()
            .map(|f| match f {
                Finding::Elsewhere { url, .. } => url,
                Finding::Sends { url, .. } => format!("sends: {url}"),
                Finding::Built { url, .. } => format!("built: {url}"),
                Finding::Script { .. } => "script".to_string(),
                Finding::Entity { .. } => "entity".to_string(),
                Finding::BuiltMarkup { .. } => "built markup".to_string(),
                Finding::Unescaped { .. } => "unescaped".to_string(),
                Finding::TooDeep { .. } => "too deep".to_string(),
            })
            .collect()
    }

    fn html(text: &str) -> Vec<String> {
        urls(in_html(text, Kind::Static, 0))
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
            // The scheme without slashes: the same host only on a page of that scheme; on a
            // page opened from disk or from the preview, the host it names (qa31).
            "https:cdn.example/x.png",
            "HTTPS:cdn.example",
            "http:cdn.example/x.png",
            "file://cdn.example/share/x.png",
        ] {
            assert!(elsewhere(url), "{url:?}");
        }
        for url in [
            "style.css",
            "../style.css",
            "/style.css",
            "data:image/gif;base64,R0lGOD",
            "#top",
            "",
        ] {
            assert!(!elsewhere(url), "{url:?}");
        }
    }

    #[test]
    fn an_address_template_code_builds_must_start_at_the_sites_root() {
        assert!(template(r#"<link rel="stylesheet" href="{{ root }}style.css">"#).is_empty());
        assert!(template(r#"<img src="{{root}}{{ lang }}/x.png" alt="">"#).is_empty());
        assert!(template(r#"<img src="{{- root -}}x.png" alt="">"#).is_empty());
        assert!(template(r#"<img src="{{ root ~ 'a.png' }}" alt="">"#).is_empty());
        // qa74: a candidate's expression holds spaces.
        assert!(
            template(r#"<img alt="" srcset="{{ root }}a.png 1x, {{ root }}b.png 2x">"#).is_empty()
        );
        assert_eq!(
            template(r#"<img alt="" srcset="{{ root }}a.png 1x, {{ cdn }}b.png 2x">"#),
            ["built: {{ cdn }}b.png"]
        );
        // `root` is empty on the site's root page: `//host` after it leads to another host.
        for built in [
            r#"<script src="{{ root }}//cdn.example/x.js"></script>"#,
            r#"<img src="{{ root ~ '//cdn.example/x.png' }}" alt="">"#,
            r#"<img src="{{ root }}\\cdn.example\x.png" alt="">"#,
        ] {
            assert!(
                template(built).iter().any(|f| f.starts_with("built: ")),
                "{built}"
            );
        }
        assert!(template("<a href=\"{{ s.security }}\">x</a>").is_empty());
        assert_eq!(
            template(r#"<img src="{{ cdn }}x.png" alt="">"#),
            ["built: {{ cdn }}x.png"]
        );
        assert_eq!(
            template(r#"<img src="{% if x %}https://a.example/x.png{% endif %}" alt="">"#),
            ["https://a.example/x.png"]
        );
        // A comment is never rendered, and what follows it is found where it is written.
        let text = "{# <script src=\"https://a.example/x.js\"></script> é #}\n<img src=\"//b.example/y.png\" alt=\"\">";
        let rendered = Rendered::of(text);
        let found = in_html(&rendered.text, Kind::Template, 0);
        let Some(Finding::Elsewhere { span, .. }) = found.first() else {
            panic!("one request")
        };
        assert_eq!(&text[rendered.place(span.clone())], "//b.example/y.png");
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn css_loads_by_url_import_image_set_and_custom_properties_not_in_comments() {
        let css = "/* url(https://a.example/x) */\n@import \"https://b.example/y.css\";\n@import \"own.css\";\n@namespace svg url(http://www.w3.org/2000/svg);\na { --u: \"https://g.example/u.png\"; background: url(https://c.example/z.png), image-set(\"https://d.example/1.png\" 1x); content: \"https://e.example\"; }";
        assert_eq!(
            urls(in_css(css, 0, Kind::Static)),
            [
                "https://b.example/y.css",
                "https://g.example/u.png",
                "https://c.example/z.png",
                "https://d.example/1.png"
            ]
        );
        // Each is pointed at where it is written.
        for found in in_css(css, 10, Kind::Static) {
            let Finding::Elsewhere { span, url } = found else {
                panic!("not elsewhere")
            };
            assert_eq!(&css[span.start - 10..span.end - 10], url);
        }
    }

    #[test]
    fn css_that_runs_a_script_is_refused() {
        // qa145: a `javascript:` address in a stylesheet's `url()` was published, escaped or
        // not, as were the script hooks of older browsers; in a page's markup each is refused.
        for css in [
            r#"body { background: url("javascript:alert(1)") }"#,
            r#"body { background: url(JavaScript:alert(1)) }"#,
            r#"body { background: url("java\73 cript:alert(1)") }"#,
            r#"body { background: image-set(" vbscript:x" 1x) }"#,
            "body { width: expression(alert(1)) }",
            "body { behavior: url(x.htc) }",
            "body { -moz-binding: url(x.xml#b) }",
        ] {
            let found = in_css(css, 0, Kind::Static);
            assert!(
                found.iter().any(|f| matches!(f, Finding::Script { .. })),
                "{css}: {}",
                urls(found).join(", ")
            );
        }
        for css in [
            "body { scroll-behavior: smooth; background: url(javascript.png) }",
            "a::after { content: \"javascript: a guide\" }",
        ] {
            assert!(in_css(css, 0, Kind::Static).is_empty(), "{css}");
        }
    }

    #[test]
    fn css_nested_past_any_need_is_reported_not_followed_to_the_end() {
        let css = format!(
            "{}url(https://a.example){}",
            "(".repeat(10_000),
            ")".repeat(10_000)
        );
        assert_eq!(urls(in_css(&css, 0, Kind::Static)), ["too deep"]);
    }

    #[test]
    fn markup_loads_by_its_sources_not_by_its_links() {
        let text = r#"<a href="https://a.example">a</a>
<link rel="alternate" href="https://b.example">
<link rel="Stylesheet" href="https://c.example/s.css">
<img src="x.png" srcset="x.png 1x, https://d.example/2.png 2x" alt="">
<p style="background: url('https://e.example/bg.png')">
<style>p { background: url(https://f.example/p.png) }</style>
<svg><image href="https://g.example/i.png"/></svg>
<video poster="//h.example/s.png"></video>"#;
        let found = in_html(text, Kind::Static, 0);
        for f in &found {
            let Finding::Elsewhere { span, url } = f else {
                panic!("not elsewhere")
            };
            assert_eq!(&text[span.clone()], url);
        }
        assert_eq!(
            urls(found),
            [
                "https://c.example/s.css",
                "https://d.example/2.png",
                "https://e.example/bg.png",
                "https://g.example/i.png",
                "//h.example/s.png",
                "https://f.example/p.png",
            ]
        );
    }

    #[test]
    fn markup_that_loads_in_other_ways_is_read_too() {
        for (text, url) in [
            (
                r#"<meta http-equiv="Refresh" content="0; URL='https://a.example/'">"#,
                "https://a.example/",
            ),
            (r#"<base href="//b.example/">"#, "//b.example/"),
            (
                r#"<img src="&#104;ttps://c.example/x.png" alt="">"#,
                "https://c.example/x.png",
            ),
            (
                r#"<img src="https&colon;//d.example/x.png" alt="">"#,
                "https://d.example/x.png",
            ),
            (
                r#"<link rel="&#115;tylesheet" href="https://e.example/s.css">"#,
                "https://e.example/s.css",
            ),
            (
                r#"<p style="background: url(&quot;https://f.example/x.png&quot;)">"#,
                "https://f.example/x.png",
            ),
            (
                r#"<noscript><img src="https://g.example/x.png" alt=""></noscript>"#,
                "https://g.example/x.png",
            ),
            (
                r#"<iframe srcdoc="<img src='https://h.example/x.png'>"></iframe>"#,
                "https://h.example/x.png",
            ),
            (
                r#"<svg><rect fill="url(https://i.example/p.svg#g)"/></svg>"#,
                "https://i.example/p.svg#g",
            ),
            (
                r#"<svg><a><set attributeName="href" to="https://j.example/x.png"/></a></svg>"#,
                "https://j.example/x.png",
            ),
            (
                r#"<link rel="compression-dictionary" href="https://k.example/d">"#,
                "https://k.example/d",
            ),
            (
                r#"<html manifest="https://l.example/m"></html>"#,
                "https://l.example/m",
            ),
            (
                r#"<img lowsrc="https://m.example/x.png" alt="">"#,
                "https://m.example/x.png",
            ),
        ] {
            assert_eq!(html(text), [url], "{text}");
        }
    }

    #[test]
    fn pages_within_pages_past_any_need_are_reported_not_followed() {
        // Each level's srcdoc holds the next, escaped once more.
        let mut page = "<img src='https://a.example/x.png'>".to_string();
        for _ in 0..12 {
            page = format!(
                "<iframe srcdoc=\"{}\"></iframe>",
                page.replace('&', "&amp;").replace('"', "&quot;")
            );
        }
        assert_eq!(html(&page), ["too deep"]);
    }

    #[test]
    fn a_form_that_sends_to_another_host_is_found_and_one_to_the_site_is_not() {
        assert_eq!(
            html(r#"<form action="https://collect.example/x" method="post"></form>"#),
            ["sends: https://collect.example/x"]
        );
        assert_eq!(
            html(r#"<form><button formaction="//collect.example/x">x</button></form>"#),
            ["sends: //collect.example/x"]
        );
        assert!(html(r#"<form action="search.html"></form>"#).is_empty());
        // `action` is a form's address only on a form.
        assert!(html(r#"<x-a action="https://a.example/">x</x-a>"#).is_empty());
    }

    #[test]
    fn a_script_is_found_whatever_it_fetches() {
        assert_eq!(html("<script>let x = 1;</script>"), ["script"]);
        assert_eq!(html("<p onclick=\"go()\">x</p>"), ["script"]);
        assert!(html("<p data-onclick=\"x\">x</p>").is_empty());
        // qa67: an address that runs what it says, in any attribute, however written; a page
        // given in a frame or an object, whose scripts run.
        for text in [
            r#"<iframe src="javascript:parent.document.title=1"></iframe>"#,
            r#"<a href=" JaVa&#x09;Script:go()">x</a>"#,
            "<a href=\"java\nscript:go()\">x</a>",
            r#"<object data="javascript:go()"></object>"#,
            r#"<form action="javascript:go()"></form>"#,
            r#"<iframe src="data:text/html,&lt;script&gt;go()&lt;/script&gt;"></iframe>"#,
            r#"<embed src="DATA:image/svg+xml,x">"#,
        ] {
            assert_eq!(html(text), ["script"], "{text}");
        }
        assert!(html(r#"<img src="data:image/png;base64,AAAA" alt="">"#).is_empty());
        // An SVG read as XML: any prefix (qa69).
        for text in [
            r#"<s:svg xmlns:s="http://www.w3.org/2000/svg"><s:script>go()</s:script></s:svg>"#,
            r#"<svg><h:script xmlns:h="http://www.w3.org/1999/xhtml">go()</h:script></svg>"#,
            r#"<svg><a x:href="javascript:go()">x</a></svg>"#,
            r#"<svg><rect s:onclick="go()"/></svg>"#,
        ] {
            assert_eq!(html(text), ["script"], "{text}");
        }
        assert_eq!(
            urls(in_html(
                r#"<svg><image x:href="https://t.example/p.png"/></svg>"#,
                Kind::Static,
                0
            )),
            ["https://t.example/p.png"]
        );
        assert!(html(r#"<a href="/javascript:x">x</a>"#).is_empty());
        assert!(html(r#"<meta name="description" content="javascript: a guide">"#).is_empty());
        assert_eq!(
            html(r#"<meta http-equiv="refresh" content="0; url=javascript:go()">"#),
            ["script"]
        );
    }

    /// What the check finds in a template, as [`requests`] reads one.
    fn template(text: &str) -> Vec<String> {
        urls(in_template(text))
    }

    #[test]
    fn template_code_that_builds_markup_or_a_scheme_is_found() {
        // qa69, qa71: each made a script on the page, unread by the check. Tera leaves its
        // comments and tags out of the page, and `-` takes the spaces beside them.
        for text in [
            r#"<{{ "scr" }}ipt>document.title=1</script>"#,
            r#"<scr{{ "ipt" }}>go()</script>"#,
            r#"<a href="java{{ "" }}script:go()">x</a>"#,
            r#"<a href="java{# c #}script:go()">x</a>"#,
            r#"<img src="x.png" alt="" {{ "onerror" }}="go()">"#,
            r#"<scr{# c #}ipt>alert("A")</script>"#,
            r#"<a href="{% if true %}javascript{% endif %}:alert('B')">B</a>"#,
            r#"<div o{# c #}nclick="alert('C')">C</div>"#,
            r#"<div {% if true %}onclick{% endif %}="alert('D')">D</div>"#,
            r#"<a href={{ root }}javascript:alert('E')>E</a>"#,
            r#"<a href="{% raw %}javascript:alert('F'){% endraw %}">F</a>"#,
            r#"<{# c #}script>go()</script>"#,
            r#"<scr {#- c -#} ipt>go()</script>"#,
            r#"<scr {%- if true -%} ipt>go()</script>"#,
            r#"<scr {{- "" -}} ipt>go()</script>"#,
            r#"<a href="java {{- "" }}script:go()">x</a>"#,
            // qa74: a branch that does not render, read as if it did.
            r#"<scr{% if false %}x{% endif %}ipt>alert(1)</script>"#,
            r#"<p o{% if false %}x{% endif %}nclick="alert(1)">x</p>"#,
            r#"<a href="java{% if false %}x{% endif %}script:alert(1)">x</a>"#,
            r#"<a href="{% if c %}x{% else %}javascript{% endif %}:go()">x</a>"#,
            r#"<a href='{% for i in [] %}x{% endfor %}javascript:go()'>x</a>"#,
        ] {
            let found = template(text);
            assert!(
                found.iter().any(|f| f == "built markup" || f == "script"),
                "{text}: {found:?}"
            );
        }
        for text in [
            r#"<a href="{{ contact }}">x</a>"#,
            r#"<a href="{{ root }}en/">x</a>"#,
            r#"<a href="mailto:{{ address }}">x</a>"#,
            r#"<p title="{{ x }}">{{ "<b>" }}</p>"#,
            r#"<a href="icon-{{ kind }}.svg">x</a>"#,
            r#"<a href="tel:{{ phone }}">x</a>"#,
            r#"<li{% if current %} class="current"{% endif %}>x</li>"#,
            r#"<p>{# a note #}Words{%- if x %} more{% endif -%}</p>"#,
            r#"<p>processor{% if many %}s{% endif %} and {{ n }}x</p>"#,
            r#"<a href="{% if archived %}annex/index.html{% else %}{{ root }}{{ lang }}/annex/index.html{% endif %}">x</a>"#,
            r#"<a href="{{ root }}{{ lang }}/changes/index.html{% if archived %}#{{ id }}{% endif %}">x</a>"#,
            r#"<p>{% include "languages.html" %}</p>"#,
            r#"<a href="{{ x | default(value='a:b') }}">x</a>"#,
            r#"<div aria-labelledby="caption{% if group == "upcoming" %}-upcoming{% endif %}"></div>"#,
        ] {
            assert!(template(text).is_empty(), "{text}: {:?}", template(text));
        }
    }

    #[test]
    fn a_value_written_unescaped_or_a_branch_that_loads_from_elsewhere_is_found() {
        // qa74: markup made of values, unread by the check; an address that leads elsewhere
        // where a branch renders nothing.
        for (text, says) in [
            (r#"{{ "<" | safe }}script>go()</script>"#, "unescaped"),
            (
                r#"{% set s = "<img src=x onerror=go()>" %}{{ s | safe }}"#,
                "unescaped",
            ),
            (r#"{{ s|safe }}"#, "unescaped"),
            (r#"{% filter safe %}{{ s }}{% endfilter %}"#, "unescaped"),
            // qa75: any filter block, another template put in a tag, a scheme an expression gives.
            (
                r#"{% filter replace(from="Q", to="") %}<scrQipt>go()</scrQipt>{% endfilter %}"#,
                "unescaped",
            ),
            (
                r#"<img src=x {% include "on.html" %} alt="">"#,
                "built markup",
            ),
            (r#"<a href="{% include "u.html" %}">x</a>"#, "built markup"),
            (
                r#"{% set s = "javascript" %}<a href="{{ s }}:go()">x</a>"#,
                "built markup",
            ),
            (
                r#"<img src="/{% if false %}x{% endif %}/evil.example/a.png" alt="">"#,
                "//evil.example/a.png",
            ),
        ] {
            let found = template(text);
            assert!(found.iter().any(|f| f == says), "{text}: {found:?}");
        }
        assert!(
            template(r#"<p>{{ x | safely }}</p>"#)
                .iter()
                .all(|f| f != "unescaped")
        );
    }

    #[test]
    fn a_template_address_from_the_root_stays_in_the_site() {
        // qa73: `{{ root }}` then `..` leads out of the site, opened from the disk.
        for text in [
            r#"<link rel="stylesheet" href="{{ root }}../../../x.css">"#,
            r#"<img src="{{ root }}./../x.png" alt="">"#,
        ] {
            let found = template(text);
            assert!(
                found.iter().any(|f| f.starts_with("built: ")),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn a_refresh_leads_where_a_browser_reads_it_leads() {
        // qa71: a browser reads the address after the delay with or without `url=`.
        for text in [
            r#"<meta http-equiv="refresh" content="0;https://evil.example/">"#,
            r#"<meta http-equiv="refresh" content="0 https://evil.example/">"#,
            r#"<meta http-equiv="refresh" content="0,https://evil.example/">"#,
            r#"<meta http-equiv="refresh" content="0; URL = 'https://evil.example/'">"#,
        ] {
            assert_eq!(html(text), ["https://evil.example/"], "{text}");
        }
        let text = r#"<meta http-equiv="refresh" content="0;javascript:alert(1)">"#;
        assert_eq!(html(text), ["script"], "{text}");
        for text in [
            r#"<meta http-equiv="refresh" content="30">"#,
            r#"<meta http-equiv="refresh" content="5; url=en/index.html">"#,
        ] {
            assert!(html(text).is_empty(), "{text}: {:?}", html(text));
        }
    }

    #[test]
    fn what_loads_nothing_from_elsewhere_is_no_request() {
        for text in [
            r#"<div data="https://a.example/x"></div>"#,
            r#"<img srcset="x.png,https://b.example/a.png 2x" alt="">"#,
            r#"<link rel="alternate noopener" href="https://c.example/">"#,
            r#"<a href="https://d.example/" ping="/count">x</a>"#,
            r#"<meta http-equiv="refresh" content="30">"#,
        ] {
            assert!(html(text).is_empty(), "{text}: {:?}", html(text));
        }
    }
}
