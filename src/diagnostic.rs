//! Problems found in a site, and how they are shown.
//!
//! Every stage (load, validate, render) reports what is wrong as a [`Diagnostic`] instead of
//! stopping at the first one: the user fixes everything in one go. A diagnostic that points into
//! a file carries the file's text and a byte span, so the report names file, line and column and
//! shows the offending line; miette does the drawing.

use std::fmt;
use std::io::IsTerminal;
use std::ops::Range;
use std::sync::Arc;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode};

/// A file of the site as it was read, named relative to the site root.
#[derive(Debug)]
pub struct SourceFile {
    /// Path relative to the site root, with `/` separators, e.g. `content/storage.toml`.
    pub name: String,
    /// The whole text, as read (after UTF-8 decoding).
    pub text: String,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Arc<Self> {
        Arc::new(Self {
            name: name.into(),
            text: text.into(),
        })
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let before = &self.text[..floor_char_boundary(&self.text, offset)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() + 1;
        (line, col)
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// How bad a problem is: errors stop a build, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem, optionally pointing at a span of a file.
#[derive(Debug)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    pub location: Option<Location>,
    pub help: Option<String>,
}

/// Where a diagnostic points: a file, and the span in it when one is known.
#[derive(Debug, Clone)]
pub struct Location {
    pub file: Arc<SourceFile>,
    pub span: Option<Range<usize>>,
    /// Short text shown under the span.
    pub label: String,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            message: message.into(),
            location: None,
            help: None,
        }
    }

    pub fn warning(message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(message)
        }
    }

    /// Points at `span` of `file`, with `label` under it.
    pub fn at(
        mut self,
        file: &Arc<SourceFile>,
        span: Range<usize>,
        label: impl Into<String>,
    ) -> Self {
        self.location = Some(Location {
            file: file.clone(),
            span: Some(span),
            label: label.into(),
        });
        self
    }

    /// Names a file without a particular place in it.
    pub fn in_file(mut self, file: &Arc<SourceFile>) -> Self {
        self.location = Some(Location {
            file: file.clone(),
            span: None,
            label: String::new(),
        });
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:col` (or just `file`) of this diagnostic, for sorting and plain output.
    pub fn position(&self) -> Option<(String, usize, usize)> {
        let loc = self.location.as_ref()?;
        let (line, col) = loc
            .span
            .as_ref()
            .map_or((0, 0), |s| loc.file.line_col(s.start));
        Some((loc.file.name.clone(), line, col))
    }

    /// The diagnostic as data, for `--format json`: lines and columns are 1-based, columns count
    /// characters; `file`, `line` and `column` are absent when unknown.
    pub fn to_json(&self) -> serde_json::Value {
        let mut v = serde_json::json!({
            "severity": match self.severity { Severity::Error => "error", Severity::Warning => "warning" },
            "message": self.message,
        });
        if let Some(loc) = &self.location {
            v["file"] = loc.file.name.clone().into();
            if let Some((_, line, col)) = self.position().filter(|_| loc.span.is_some()) {
                v["line"] = line.into();
                v["column"] = col.into();
                v["label"] = loc.label.clone().into();
            }
        }
        if let Some(h) = &self.help {
            v["help"] = h.clone().into();
        }
        v
    }

    /// Sort key: file, then place in the file, then message; diagnostics without a file first.
    fn sort_key(&self) -> (Option<(String, usize, usize)>, &str) {
        (self.position(), &self.message)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.location, self.position()) {
            (Some(loc), Some((name, line, col))) if loc.span.is_some() => {
                write!(f, "{name}:{line}:{col}: {}", self.message)
            }
            (Some(loc), _) => write!(f, "{}: {}", loc.file.name, self.message),
            _ => f.write_str(&self.message),
        }
    }
}

/// Everything a run found, in a stable order.
#[derive(Debug, Default)]
pub struct Diagnostics(Vec<Diagnostic>);

impl Diagnostics {
    /// Runs `work` with diagnostics of its own, for work on another thread; the caller
    /// `extend`s its own with them, in the order it wants them reported.
    pub fn gather<T>(work: impl FnOnce(&mut Diagnostics) -> T) -> (T, Diagnostics) {
        let mut found = Diagnostics::default();
        (work(&mut found), found)
    }

    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.0.extend(other.0);
    }

    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }

    pub fn error_count(&self) -> usize {
        self.0.iter().filter(|d| d.is_error()).count()
    }

    pub fn warning_count(&self) -> usize {
        self.0.len() - self.error_count()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter()
    }

    /// Sorts by file and position, and drops exact repeats.
    pub fn sort(&mut self) {
        self.0.sort_by(|a, b| {
            a.sort_key()
                .cmp(&b.sort_key())
                .then(a.severity.cmp(&b.severity))
        });
        self.0
            .dedup_by(|a, b| a.sort_key() == b.sort_key() && a.severity == b.severity);
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Self {
        Self(vec![d])
    }
}

/// The bridge to miette: a diagnostic with its file as a named source.
struct Report<'a> {
    diag: &'a Diagnostic,
    source: Option<NamedSource<String>>,
}

impl fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.diag, f)
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.diag.location {
            // miette prints `[file:line:col]` above the snippet; without a span it prints no
            // file name at all, so the message carries it.
            Some(loc) if loc.span.is_none() => {
                write!(f, "{}: {}", loc.file.name, self.diag.message)
            }
            _ => f.write_str(&self.diag.message),
        }
    }
}

impl std::error::Error for Report<'_> {}

impl miette::Diagnostic for Report<'_> {
    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.diag.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.diag
            .help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let loc = self.diag.location.as_ref()?;
        let span = loc.span.clone()?;
        let label = (!loc.label.is_empty()).then(|| loc.label.clone());
        Some(Box::new(std::iter::once(
            LabeledSpan::new_primary_with_span(label, span),
        )))
    }
}

/// Draws diagnostics for a terminal, or as plain text when colour is off.
pub struct Printer {
    handler: GraphicalReportHandler,
}

impl Printer {
    /// Colour only on a terminal and when `NO_COLOR` is unset (https://no-color.org).
    pub fn for_stderr() -> Self {
        let colour = std::io::stderr().is_terminal()
            && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        let theme = if colour {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        Self {
            handler: GraphicalReportHandler::new_themed(theme)
                .with_width(100)
                .without_primary_span_start(),
        }
    }

    /// No colour, fixed width: for the browser overlay of `serve`, and for tests.
    pub fn plain() -> Self {
        Self {
            handler: GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor())
                .with_width(100)
                .without_primary_span_start(),
        }
    }

    pub fn render(&self, diag: &Diagnostic) -> String {
        // miette counts columns in bytes; users' editors count characters. So the
        // `file:line:col` header is ours, passed as the source's name.
        let source = diag
            .position()
            .zip(diag.location.as_ref())
            .filter(|(_, loc)| loc.span.is_some())
            .map(|((name, line, col), loc)| {
                NamedSource::new(format!("{name}:{line}:{col}"), loc.file.text.clone())
                    .with_language("toml")
            });
        let report = Report { diag, source };
        let mut out = String::new();
        if self.handler.render_report(&mut out, &report).is_err() {
            out = format!("{}\n", diag);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let f = SourceFile::new("a.toml", "a = 1\nnäme = \"x\"\n");
        assert_eq!(f.line_col(0), (1, 1));
        let offset = f.text.find('"').unwrap();
        assert_eq!(f.line_col(offset), (2, 8));
    }

    #[test]
    fn rendered_report_names_file_line_and_column() {
        let f = SourceFile::new("content/b.toml", "name = \"x\"\ncountry = \"Germany\"\n");
        let start = f.text.find("\"Germany").unwrap();
        let d = Diagnostic::error("unknown country").at(&f, start..start + 9, "expected a code");
        let out = Printer {
            handler: GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor())
                .without_primary_span_start(),
        }
        .render(&d);
        assert!(out.contains("content/b.toml:2:11"), "{out}");
        assert!(out.contains("country = \"Germany\""), "{out}");
        assert!(out.contains("expected a code"), "{out}");
    }
}
