//! Tera's errors as diagnostics at the template, line and column they name. Most of Tera's
//! errors carry their place ([`tera::ErrorKind::SyntaxError`], `RenderingError`,
//! `MissingParent`); a few (an unknown function or filter, found when the templates are
//! checked) arrive only as Tera's printed report, which [`reported_location`] reads: the one
//! place that depends on Tera's wording, and a test pins it.

use std::sync::Arc;

use crate::diagnostic::{Diagnostic, SourceFile};
use crate::load::theme::Theme;

/// A Tera error as a diagnostic at the template, line and column it names. The message does
/// not name the language, so the same mistake in a template is reported once, not per page.
pub(super) fn template_diagnostic(e: &tera::Error, theme: &Theme) -> Diagnostic {
    match e.kind() {
        tera::ErrorKind::SyntaxError(report) | tera::ErrorKind::RenderingError(report) => {
            let kind = if matches!(e.kind(), tera::ErrorKind::SyntaxError(_)) {
                "template syntax error"
            } else {
                "template error"
            };
            let file = template_file(theme, report.filename());
            let first_line = report.message().lines().next().unwrap_or_default();
            Diagnostic::error(format!("{kind} in `{}`: {first_line}", report.filename())).at(
                &file,
                report.span().range.clone(),
                report.message().to_string(),
            )
        }
        tera::ErrorKind::MissingParent { current, parent } => {
            let file = template_file(theme, current);
            let message = format!("template `{current}` extends `{parent}`, which does not exist");
            match file.text.find(parent.as_str()) {
                Some(at) => {
                    Diagnostic::error(message).at(&file, at..at + parent.len(), "no such template")
                }
                None => Diagnostic::error(message).in_file(&file),
            }
        }
        // It has no place of its own: the include that closes the circle, in the template
        // named, where it has one.
        tera::ErrorKind::CircularInclude { tpl, .. } => {
            let message = e.to_string();
            let file = template_file(theme, tpl);
            match first_include(&file.text) {
                Some(span) => Diagnostic::error(format!("template error: {message}")).at(
                    &file,
                    span,
                    "includes what includes it",
                ),
                None => Diagnostic::error(format!("template error: {message}")).in_file(&file),
            }
        }
        other => {
            let text = other.to_string();
            let message = text
                .lines()
                .next()
                .unwrap_or_default()
                .trim_start_matches("error: ");
            match reported_location(&text, theme) {
                Some((file, span)) => Diagnostic::error(format!("template error: {message}")).at(
                    &file,
                    span,
                    message.to_string(),
                ),
                None => Diagnostic::error(format!("template error: {text}")),
            }
        }
    }
}

/// A render of the template `template` that failed, as a diagnostic: where Tera names no place
/// (the document grew past its length, refused by [`super::budget::Capped`]), at that template.
pub(super) fn render_diagnostic(e: &tera::Error, theme: &Theme, template: &str) -> Diagnostic {
    match (e.kind(), std::error::Error::source(e)) {
        (tera::ErrorKind::Io(_), Some(cause)) => {
            Diagnostic::error(format!("template error in `{template}`: {cause}"))
                .in_file(&template_file(theme, template))
        }
        _ => template_diagnostic(e, theme),
    }
}

/// Some Tera errors (an unknown function) arrive as a rendered report with a
/// `--> name:line:col` line and a `^^^` marker; recover the file and span from it.
fn reported_location(
    text: &str,
    theme: &Theme,
) -> Option<(Arc<SourceFile>, std::ops::Range<usize>)> {
    let place = text
        .lines()
        .find_map(|l| l.trim_start().strip_prefix("--> "))?;
    let mut parts = place.rsplitn(3, ':');
    let col: usize = parts.next()?.trim().parse().ok()?;
    let line: usize = parts.next()?.trim().parse().ok()?;
    let file = theme.templates.get(parts.next()?.trim())?.clone();
    let line_start = file
        .text
        .split_inclusive('\n')
        .take(line.checked_sub(1)?)
        .map(str::len)
        .sum::<usize>();
    let start = line_start
        + file.text[line_start..]
            .chars()
            .take(col.checked_sub(1)?)
            .map(char::len_utf8)
            .sum::<usize>();
    let width = text
        .lines()
        .find_map(|l| l.contains('^').then(|| l.matches('^').count()))
        .unwrap_or(1);
    let end = (start + width).min(file.text.len());
    Some((file, start..end))
}

/// Where the first `{% include … %}` of a template's `text` is.
fn first_include(text: &str) -> Option<std::ops::Range<usize>> {
    let at = text.find("include")?;
    let end = text[at..]
        .find("%}")
        .map_or(at + "include".len(), |e| at + e);
    Some(at..end)
}

fn template_file(theme: &Theme, name: &str) -> Arc<SourceFile> {
    theme
        .templates
        .get(name)
        .cloned()
        .unwrap_or_else(|| SourceFile::new(format!("templates/{name}"), ""))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    /// The diagnostic of the error Tera gives when the template `page.html` is `text`.
    fn diagnostic_of_page(text: &str) -> Diagnostic {
        let mut tera = tera::Tera::new();
        let e = tera.add_raw_templates([("page.html", text)]).unwrap_err();
        let theme = Theme {
            templates: BTreeMap::from([(
                "page.html".to_string(),
                SourceFile::new("templates/page.html", text),
            )]),
            assets: BTreeMap::new(),
            pages_and_styles: Vec::new(),
        };
        template_diagnostic(&e, &theme)
    }

    /// A circular include has no place of its own in Tera's error: it is placed at the include.
    #[test]
    fn a_template_that_includes_itself_is_placed_at_its_include() {
        let text = "<p>\n{% include \"page.html\" %}\n</p>\n";
        let d = diagnostic_of_page(text);
        let shown = format!("{d:?}");
        assert!(shown.contains("templates/page.html"), "{shown}");
        let location = d.location.expect("placed");
        assert_eq!(&text[location.span.unwrap()], "include \"page.html\" ");
    }

    /// The one place that reads Tera's printed wording: if a Tera release changes it, this fails.
    #[test]
    fn an_unknown_function_is_placed_at_its_call() {
        let text = "<p>\n  {{ nope(x=1) }}\n</p>\n";
        let d = diagnostic_of_page(text);
        assert_eq!(
            d.position(),
            Some(("templates/page.html".into(), 2, 6)),
            "{d:?}"
        );
        assert!(
            d.message.contains("Unknown function `nope`"),
            "{}",
            d.message
        );
    }
}
