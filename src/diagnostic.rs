//! Problems found in a site, and how they are shown.
//!
//! Every stage (load, validate, render) reports what is wrong as a [`Diagnostic`] instead of
//! stopping at the first one: the user fixes everything in one go. A diagnostic that points into
//! a file carries the file's text and a byte span, so the report names file, line and column and
//! shows the offending line; miette does the drawing.

use std::borrow::Cow;
use std::fmt;
use std::io::IsTerminal;
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteSpanContents, SourceCode,
    SpanContents,
};
use serde::{Deserialize, Serialize};

use crate::text::{Visible, visible, visible_name};

/// A file of the site as it was read, named relative to the site root.
#[derive(Debug, Serialize, Deserialize)]
pub struct SourceFile {
    /// Path relative to the site root, with `/` separators, e.g. `content/storage.toml`.
    pub name: String,
    /// The whole text, as read (after UTF-8 decoding).
    pub text: String,
    /// The text as written, where [`SourceFile::normalized`] made `text` differ from it other
    /// than in line endings: columns are counted in it, as an editor counts them.
    written: Option<String>,
    /// Where each line starts, found the first time a position in the file is asked for: a
    /// file can hold thousands of problems, each placed (and sorted) by its line.
    #[serde(skip)]
    line_starts: OnceLock<Vec<usize>>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Arc<Self> {
        Arc::new(Self {
            name: name.into(),
            text: text.into(),
            written: None,
            line_starts: OnceLock::new(),
        })
    }

    /// A file whose `text` is [`crate::text::normalize`]d, as candor reads every source: its
    /// line and column numbers stay those of the text as written, where a letter written
    /// decomposed (`u` and a combining diaeresis, two characters to an editor) is one
    /// character in NFC.
    pub fn normalized(name: impl Into<String>, written: &str) -> Arc<Self> {
        let text = crate::text::normalize(written);
        let written = match written.contains('\r') {
            true => written.replace("\r\n", "\n"),
            false => written.to_string(),
        };
        Arc::new(Self {
            name: name.into(),
            written: (written != text).then_some(written),
            text,
            line_starts: OnceLock::new(),
        })
    }

    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(memchr::memchr_iter(b'\n', self.text.as_bytes()).map(|i| i + 1))
                .collect()
        })
    }

    /// The 1-based number of the line that holds byte `offset`.
    fn line_of(&self, offset: usize) -> usize {
        self.line_starts().partition_point(|&start| start <= offset)
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let line = self.line_of(offset);
        let line_start = self.line_starts()[line - 1];
        let before = &self.text[line_start..offset];
        let col = match &self.written {
            Some(written) => written_column(written.split('\n').nth(line - 1), before),
            None => before.chars().count(),
        };
        (line, col + 1)
    }

    /// The lines from `around` lines before the one `span` starts on to `around` lines after
    /// the one it ends on: the byte range, and the number of the line it starts with.
    fn lines_around(&self, span: &Range<usize>, around: usize) -> (Range<usize>, usize) {
        let starts = self.line_starts();
        let len = self.text.len();
        let first = self
            .line_of(span.start.min(len))
            .saturating_sub(around)
            .max(1);
        let last = self.line_of(span.end.min(len)) + around;
        let end = starts.get(last).copied().unwrap_or(len);
        (starts[first - 1]..end, first)
    }
}

/// How many characters of `line`, as written, come before what is `before` in NFC: the
/// longest prefix of `line` that composes to no more characters than `before` holds (so that
/// `u` and its combining mark both come before what follows `ü`). Composing a prefix one more
/// character never makes it fewer characters.
fn written_column(line: Option<&str>, before: &str) -> usize {
    let wanted = before.chars().count();
    let Some(line) = line else {
        return wanted;
    };
    let nfc = icu_normalizer::ComposingNormalizerBorrowed::new_nfc();
    let mut count = 0;
    for (i, (at, _)) in line.char_indices().enumerate().skip(1) {
        if nfc.normalize(&line[..at]).chars().count() > wanted {
            return count;
        }
        count = i;
    }
    match nfc.normalize(line).chars().count() > wanted {
        true => count,
        false => line.chars().count(),
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// How bad a problem is: errors stop a build, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
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

    /// Names a file, by its path relative to the site root, without a place in it and without
    /// holding its text: a diagnostic with no place shows only the name.
    pub fn in_file_named(self, name: &str) -> Self {
        self.in_file(&SourceFile::new(name, String::new()))
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
    /// characters; `file`, `line` and `column` are absent when unknown. Texts are [`visible`] (the
    /// file's name [`visible_name`], as a diagnostic's header shows it):
    /// JSON escapes the C0 controls itself (`\u001b`), but not DEL, the C1 controls or bidi
    /// overrides, and the report is often read in a terminal.
    pub fn to_json(&self) -> serde_json::Value {
        let mut v = serde_json::json!({
            "severity": match self.severity { Severity::Error => "error", Severity::Warning => "warning" },
            "message": visible(&self.message),
        });
        if let Some(loc) = &self.location {
            v["file"] = visible_name(&loc.file.name).into();
            if let Some((_, line, col)) = self.position().filter(|_| loc.span.is_some()) {
                v["line"] = line.into();
                v["column"] = col.into();
                v["label"] = visible(&loc.label).into();
            }
        }
        if let Some(h) = &self.help {
            v["help"] = visible(h).into();
        }
        v
    }

    /// Sort key: file, then place in the file, then message; diagnostics without a file first.
    fn sort_key(&self) -> (Option<(String, usize, usize)>, &str) {
        (self.position(), &self.message)
    }
}

/// One line, `file:line:col: message`, with control characters and line endings shown as
/// escapes ([`visible_name`]).
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let message = visible_name(&self.message);
        match (&self.location, self.position()) {
            (Some(loc), Some((name, line, col))) if loc.span.is_some() => {
                write!(f, "{}:{line}:{col}: {message}", visible_name(&name))
            }
            (Some(loc), _) => write!(f, "{}: {message}", visible_name(&loc.file.name)),
            _ => f.write_str(&message),
        }
    }
}

/// The most problems a person is shown of one run, on the terminal or in the preview.
pub const MAX_SHOWN: usize = 100;

/// The problems [`Diagnostics::shown`] left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unshown {
    pub errors: usize,
    pub warnings: usize,
}

impl Unshown {
    /// The line that says so, if any were left out.
    pub fn line(self) -> Option<String> {
        let count = |n: usize, what: &str| match n {
            1 => format!("1 more {what}"),
            n => format!("{n} more {what}s"),
        };
        let left = match (self.errors, self.warnings) {
            (0, 0) => return None,
            (0, w) => count(w, "warning"),
            (e, 0) => count(e, "error"),
            (e, w) => format!("{} and {}", count(e, "error"), count(w, "warning")),
        };
        Some(format!(
            "… and {left} not shown: mend those above and run again, or list them all with `candor check --format json`\n"
        ))
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

    /// Those to show a person, in their order: at most [`MAX_SHOWN`], the errors first to
    /// claim a place and the warnings filling the rest, so that a file of thousands of
    /// problems does not flood the terminal and no error hides behind the warnings; and what is
    /// left out.
    pub fn shown(&self) -> (Vec<&Diagnostic>, Unshown) {
        let errors = self.error_count();
        let error_places = errors.min(MAX_SHOWN);
        let mut warning_places = MAX_SHOWN - error_places;
        let mut error_places_left = error_places;
        let shown: Vec<&Diagnostic> = self
            .0
            .iter()
            .filter(|d| {
                let places = match d.is_error() {
                    true => &mut error_places_left,
                    false => &mut warning_places,
                };
                let take = *places > 0;
                *places = places.saturating_sub(1);
                take
            })
            .collect();
        let unshown = Unshown {
            errors: errors - error_places,
            warnings: self.warning_count() - (shown.len() - error_places),
        };
        (shown, unshown)
    }

    /// Sorts by file and position, and drops exact repeats.
    pub fn sort(&mut self) {
        // Each position found once, not at every comparison.
        self.0.sort_by_cached_key(|d| {
            let (position, message) = d.sort_key();
            (position, message.to_string(), d.severity)
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

/// The bridge to miette: a diagnostic as it is shown, every text [`visible`] (the source too, with
/// the span moved along), so that nothing from a file can act on the terminal.
struct Report {
    severity: Severity,
    /// With the file name in front when there is no span: miette prints `[file:line:col]` above
    /// the snippet, but without a span no file name at all.
    message: String,
    help: Option<String>,
    label: Option<(Option<String>, Range<usize>)>,
    source: Option<Snippet>,
}

/// The lines of a file a snippet shows, escaped and cut as [`excerpt`] cuts them, with the name
/// above them and the number of the first: miette reads these few lines, never the whole file.
struct Snippet {
    name: String,
    text: String,
    /// The number of the line before the first, in the file.
    lines_before: usize,
}

impl SourceCode for Snippet {
    fn read_span<'a>(
        &'a self,
        span: &miette::SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, miette::MietteError> {
        let inner =
            self.text
                .as_str()
                .read_span(span, context_lines_before, context_lines_after)?;
        Ok(Box::new(
            MietteSpanContents::new_named(
                self.name.clone(),
                inner.data(),
                *inner.span(),
                inner.line() + self.lines_before,
                inner.column(),
                inner.line_count(),
            )
            .with_language("toml"),
        ))
    }
}

impl Report {
    fn new(diag: &Diagnostic) -> Report {
        let message = match &diag.location {
            Some(loc) if loc.span.is_none() => {
                format!(
                    "{}: {}",
                    visible_name(&loc.file.name),
                    visible_name(&diag.message)
                )
            }
            // A message, like a label, is one line: a value it quotes from a file
            // (`"x\r\nerror: forged"`) cannot start a line of the report of its own.
            _ => visible_name(&clipped(&diag.message, SHOWN_LINE)).into_owned(),
        };
        let mut report = Report {
            severity: diag.severity,
            message,
            help: (diag.help.as_deref())
                .map(|h| visible(&clipped(h, SHOWN_HELP_LINE)).into_owned()),
            label: None,
            source: None,
        };
        // miette counts columns in bytes; users' editors count characters. So the
        // `file:line:col` header is ours, passed as the source's name, from the file as written.
        if let (Some(loc), Some((name, line, col))) = (&diag.location, diag.position())
            && let Some(span) = &loc.span
        {
            // Only the lines a snippet shows (miette shows one on either side of the span).
            let (lines, first) = loc.file.lines_around(span, 2);
            let (mut text, span) = visible_excerpt(&loc.file.text[lines.clone()], {
                let at = |offset: usize| offset.clamp(lines.start, lines.end) - lines.start;
                at(span.start)..at(span.end)
            });
            // miette shows no label at the very end of the text (a file cut short): a space
            // there gives it a place.
            if span.start >= text.len() {
                text.push(' ');
            }
            let label = (!loc.label.is_empty())
                .then(|| visible_name(&clipped(&loc.label, SHOWN_LINE)).into_owned());
            report.label = Some((label, span));
            report.source = Some(Snippet {
                name: format!("{}:{line}:{col}", visible_name(&name)),
                text,
                lines_before: first - 1,
            });
        }
        report
    }
}

/// How much of a line a snippet shows at most, in bytes; and how much of it around the
/// problem, on either side, where its line is longer.
const SNIPPET_LINE: usize = 240;
const AROUND: usize = 80;

/// How many characters of a line of a message or a label, and of a help, the terminal shows:
/// one that quotes a value of a megabyte shows its start and end. Enough for a message that
/// names a score of sub-processors. (`--format json` gives them whole.)
const SHOWN_LINE: usize = 1_000;
const SHOWN_HELP_LINE: usize = 2_000;

/// Each line of `text` cut to `max` characters, with `…` where it was cut: its first two
/// thirds and its last third, so that what a message says after a long value (`in
/// locales/en`) is still said.
fn clipped(text: &str, max: usize) -> Cow<'_, str> {
    if text.lines().all(|line| line.len() <= max) {
        return Cow::Borrowed(text);
    }
    let lines: Vec<String> = (text.split('\n'))
        .map(|line| {
            let chars = line.chars().count();
            if chars <= max {
                return line.to_string();
            }
            let head = max * 2 / 3;
            let at = |n: usize| line.char_indices().nth(n).map_or(line.len(), |(i, _)| i);
            let (end, start) = (at(head), at(chars - (max - head)));
            format!(
                "{}…{}",
                &line[..cluster_boundary(line, end, Side::Before)],
                &line[cluster_boundary(line, start, Side::After)..]
            )
        })
        .collect();
    Cow::Owned(lines.join("\n"))
}

/// Which way [`cluster_boundary`] looks.
#[derive(Clone, Copy)]
enum Side {
    Before,
    After,
}

/// The grapheme cluster boundary of `line` nearest byte `i` (a character boundary) on `side`,
/// so that a cut falls between two characters as a reader sees them, not between a letter and
/// its accent, nor inside a flag or an emoji sequence. Only the characters around `i` are
/// segmented: a line may be megabytes long. A cluster longer than that window (hostile input)
/// is cut at its edge.
fn cluster_boundary(line: &str, i: usize, side: Side) -> usize {
    const WINDOW: usize = 128;
    let mut from = i.saturating_sub(WINDOW);
    while !line.is_char_boundary(from) {
        from -= 1;
    }
    // Flags pair their regional indicators counting from the first of a run: the window
    // starts before the run (up to a bound, past which a hostile run is cut where it falls).
    let regional = |c: char| ('\u{1f1e6}'..='\u{1f1ff}').contains(&c);
    let floor = from.saturating_sub(64 * 1024);
    while from > floor
        && let Some(c) = line[..from].chars().next_back()
        && regional(c)
    {
        from -= c.len_utf8();
    }
    let mut to = (i + WINDOW).min(line.len());
    while !line.is_char_boundary(to) {
        to += 1;
    }
    let segmenter = icu_segmenter::GraphemeClusterSegmenter::new();
    let mut breaks = segmenter.segment_str(&line[from..to]).map(|b| from + b);
    match side {
        Side::Before => breaks.take_while(|b| *b <= i).last().unwrap_or(i),
        Side::After => breaks.find(|b| *b >= i).unwrap_or(i),
    }
}

/// `lines` of a file as a snippet shows them, and `span` (in `lines`) moved along: cut as
/// [`excerpt`] cuts them, then each character that could act on the terminal escaped, then cut
/// again to what the escapes made of it. Cut first: a line of a million control characters is
/// not escaped whole (some forty bytes each) to show a few of them.
fn visible_excerpt(lines: &str, span: Range<usize>) -> (String, Range<usize>) {
    let (cut, span) = excerpt(lines, span);
    let shown = Visible::pointing_at(&cut, span.clone());
    let span = shown.offset(span.start)..shown.offset(span.end);
    excerpt(&shown.text, span)
}

/// `text` as a snippet shows it, and `span` moved along: each line longer than
/// [`SNIPPET_LINE`] cut short, with `…` where it was cut; the line the span starts on cut around
/// the span (which is cut too, to what is left of that line). A snippet of a line of a
/// megabyte helps nobody, and miette pads a label as wide as its column, which Rust's
/// formatting refuses (with a panic) beyond 65,535. The `file:line:col` above the snippet is
/// the file's own.
fn excerpt(text: &str, span: Range<usize>) -> (String, Range<usize>) {
    if !text.split('\n').any(|line| line.len() > SNIPPET_LINE) {
        return (text.to_string(), span);
    }
    let mut out = String::with_capacity(text.len().min(1 << 16));
    let mut moved = span.clone();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let (start, body) = (at, line.trim_end_matches('\n'));
        at += line.len();
        let end = start + body.len();
        let (from, to) = if (start..=end).contains(&span.start) && body.len() > SNIPPET_LINE {
            let from = span.start.saturating_sub(AROUND).max(start);
            (from, (span.start + AROUND).min(end))
        } else {
            (start, (start + SNIPPET_LINE).min(end))
        };
        // On the characters' boundaries, and those of the clusters a reader sees as one
        // character: back to the one before, on to the one after.
        let from = (start..=from)
            .rev()
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(start);
        let from = cluster_boundary(text, from, Side::Before).max(start);
        let to = (to..=end)
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(end);
        let to = cluster_boundary(text, to, Side::After).min(end);
        if from > start {
            out.push('…');
        }
        if (start..=end).contains(&span.start) {
            let shift = |offset: usize| out.len() + offset.clamp(from, to) - from;
            moved = shift(span.start)..shift(span.end.max(span.start));
        }
        out.push_str(&text[from..to]);
        if to < end {
            out.push('…');
        }
        out.push_str(&line[body.len()..]);
    }
    (out, moved)
}

impl fmt::Debug for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Report {}

impl miette::Diagnostic for Report {
    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let (label, span) = self.label.clone()?;
        Some(Box::new(std::iter::once(
            LabeledSpan::new_primary_with_span(label, span),
        )))
    }
}

/// Whether to colour what is printed to a stream that is a `terminal` or not, by the variables
/// `var` gives (those set and not empty): never with `NO_COLOR` (<https://no-color.org>), nor
/// with `FORCE_COLOR` or `CLICOLOR` set to `0` (`FORCE_COLOR` also `false`); on any stream with
/// `CLICOLOR_FORCE` or `FORCE_COLOR` set otherwise (a CI log that shows colours); else on a
/// terminal that is not `dumb`.
fn colour(terminal: bool, var: impl Fn(&str) -> Option<std::ffi::OsString>) -> bool {
    let off = |v: &std::ffi::OsString| v == "0" || v == "false";
    if var("NO_COLOR").is_some()
        || var("FORCE_COLOR").is_some_and(|v| off(&v))
        || var("CLICOLOR").is_some_and(|v| v == "0")
    {
        return false;
    }
    let forced = ["CLICOLOR_FORCE", "FORCE_COLOR"]
        .into_iter()
        .filter_map(&var)
        .any(|v| v != "0");
    forced || (terminal && var("TERM").is_none_or(|t| t != "dumb"))
}

/// Draws diagnostics for a terminal, or as plain text when colour is off. Messages and helps
/// are not wrapped (the terminal wraps them): a help quotes what to paste into a file, or a
/// command to run, which a line break would spoil.
pub struct Printer {
    handler: GraphicalReportHandler,
}

impl Printer {
    /// Coloured as [`colour`] says, for standard error.
    pub fn for_stderr() -> Self {
        let colour = colour(std::io::stderr().is_terminal(), |name| {
            std::env::var_os(name).filter(|v| !v.is_empty())
        });
        let theme = if colour {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        Self {
            handler: GraphicalReportHandler::new_themed(theme)
                .with_width(100)
                .with_wrap_lines(false)
                .without_primary_span_start(),
        }
    }

    /// No colour, fixed width: for the browser overlay of `serve`, and for tests.
    pub fn plain() -> Self {
        Self {
            handler: GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor())
                .with_width(100)
                .with_wrap_lines(false)
                .without_primary_span_start(),
        }
    }

    /// The diagnostic drawn with its snippet. Every text in it, the snippet included, shows
    /// control characters, bidi overrides and the like as escapes (`\u{1b}`): a file can hold
    /// `ESC ] 0 ; … BEL`, which would retitle the terminal, or OSC 52, which writes the
    /// clipboard. The only escape sequences in the result are the theme's colours.
    pub fn render(&self, diag: &Diagnostic) -> String {
        let report = Report::new(diag);
        let mut out = String::new();
        if self.handler.render_report(&mut out, &report).is_err() {
            out = format!("{diag}\n");
        }
        out
    }
}

/// How many items a list in a diagnostic names before it only counts the rest.
const NAMED: usize = 20;

/// `items` for a diagnostic, joined with commas: the first twenty, then how many more, so
/// that a list of a thousand does not hide every other message.
pub fn some_of(items: &[impl std::fmt::Display]) -> String {
    let mut named: Vec<String> = items.iter().take(NAMED).map(|i| i.to_string()).collect();
    if items.len() > NAMED {
        named.push(format!("and {} more", items.len() - NAMED));
    }
    named.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_follows_no_color_then_the_forcing_variables_then_the_terminal() {
        // qa97: a CI log (not a terminal) asked for colour with CLICOLOR_FORCE or FORCE_COLOR
        // and got none; `TERM=dumb` on a terminal got escape sequences.
        let with = |set: Vec<(&'static str, &'static str)>| {
            move |name: &str| {
                set.iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| std::ffi::OsString::from(v))
            }
        };
        assert!(colour(true, with(vec![])));
        assert!(!colour(false, with(vec![])));
        assert!(!colour(true, with(vec![("TERM", "dumb")])));
        assert!(colour(true, with(vec![("TERM", "xterm-256color")])));
        for forced in ["CLICOLOR_FORCE", "FORCE_COLOR"] {
            assert!(colour(false, with(vec![(forced, "1")])), "{forced}");
            assert!(!colour(false, with(vec![(forced, "0")])), "{forced}");
            assert!(
                !colour(false, with(vec![(forced, "1"), ("NO_COLOR", "1")])),
                "{forced}"
            );
        }
        assert!(!colour(false, with(vec![("FORCE_COLOR", "false")])));
        assert!(!colour(true, with(vec![("NO_COLOR", "1")])));
        // qa101: turned off, on a terminal too.
        assert!(!colour(true, with(vec![("FORCE_COLOR", "0")])));
        assert!(!colour(true, with(vec![("CLICOLOR", "0")])));
        assert!(colour(true, with(vec![("CLICOLOR", "1")])));
    }

    #[test]
    fn a_line_is_clipped_between_two_user_perceived_characters() {
        // qa41: the cut fell inside a cluster, showing an "e" without its accent and a lone
        // combining mark, or half a flag. Each is a letter with a combining mark (`e` and
        // U+0301) or a flag (two regional indicators), so every cut point between two code
        // points of a pair is inside a cluster.
        for pair in ["e\u{301}", "\u{1f1e9}\u{1f1ea}"] {
            for pad in 0..2 {
                // A run of flags longer than the window too (qa44).
                let long = format!("{}{}", "x".repeat(pad), pair.repeat(400));
                let cut = clipped(&long, 300);
                let (head, tail) = cut.split_once('…').expect("cut");
                assert!(
                    head.ends_with(pair) || head.ends_with('x'),
                    "{pad}: {head:?}"
                );
                assert!(tail.starts_with(pair), "{pad}: {tail:?}");
                let line = format!("{}{}", "x".repeat(pad), pair.repeat(40));
                let cut = clipped(&line, 30);
                let (head, tail) = cut.split_once('…').expect("cut");
                assert!(
                    head.ends_with(pair) || head.ends_with('x'),
                    "{pad}: {head:?}"
                );
                assert!(tail.starts_with(pair), "{pad}: {tail:?}");
            }
        }
        // A snippet's line, cut around what it points at, likewise.
        let line = format!("x{}", "e\u{301}".repeat(200));
        let (shown, _) = excerpt(&line, 201..203);
        for part in shown.split('…').filter(|p| !p.is_empty()) {
            assert!(part.starts_with('e') || part.starts_with('x'), "{part:?}");
            assert!(part.ends_with('\u{301}'), "{part:?}");
        }
    }

    #[test]
    fn a_list_names_twenty_and_counts_the_rest() {
        assert_eq!(some_of(&["a", "b"]), "a, b");
        let many: Vec<String> = (1..=NAMED + 5).map(|i| format!("m{i}")).collect();
        let list = some_of(&many);
        assert!(list.starts_with("m1, m2, "), "{list}");
        assert!(list.ends_with(&format!("m{NAMED}, and 5 more")), "{list}");
        assert_eq!(some_of(&many[..NAMED]).matches(", ").count(), NAMED - 1);
    }

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let f = SourceFile::new("a.toml", "a = 1\nnäme = \"x\"\n");
        assert_eq!(f.line_col(0), (1, 1));
        let offset = f.text.find('"').unwrap();
        assert_eq!(f.line_col(offset), (2, 8));
    }

    #[test]
    fn columns_are_the_written_texts_where_nfc_composed_it() {
        // `Mu` and a combining diaeresis: three characters in an editor, two in NFC.
        let f = SourceFile::normalized("de.ftl", "a = 1\r\nx = Mu\u{308}ller {\n");
        assert_eq!(f.text, "a = 1\nx = M\u{fc}ller {\n");
        let brace = f.text.find('{').unwrap();
        assert_eq!(f.line_col(brace), (2, 13));
        let umlaut = f.text.find('\u{fc}').unwrap();
        assert_eq!(f.line_col(umlaut), (2, 6));
        assert_eq!(f.line_col(umlaut + 2), (2, 8), "the `l` after it");
        assert_eq!(f.line_col(f.text.find('a').unwrap()), (1, 1));
        // A line with nothing composed counts as before; so does a file with nothing composed.
        let plain = SourceFile::normalized("en.ftl", "x = Müller {\n");
        assert!(plain.written.is_none());
        assert_eq!(plain.line_col(plain.text.find('{').unwrap()), (1, 12));
        // Where the text ends.
        let end = SourceFile::normalized("de.ftl", "x = Mu\u{308}");
        assert_eq!(end.line_col(end.text.len()), (1, 8));
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

    #[test]
    fn a_problem_at_the_end_of_a_file_shows_its_label() {
        // A file cut short (a truncated candor.lock, an unclosed placeable on the last line):
        // the problem is where the text ends, with or without a line break there.
        for text in ["a = 1\nb = \"\"\"\nproces", "a = 1\nbroken = {\n"] {
            let f = SourceFile::new("candor.lock", text);
            let end = text.len();
            let d = Diagnostic::error("invalid TOML").at(&f, end..end, "expected `\"`");
            let out = Printer::plain().render(&d);
            assert!(out.contains("expected `\"`"), "{text:?}:\n{out}");
        }
    }

    #[test]
    fn lines_and_columns_are_the_files_however_many_problems_it_holds() {
        let text = "a = 1\r\nnäme = \"x\"\n\n€ = 2\nlast";
        let f = SourceFile::new("a.toml", text);
        // Against counting from the start, at every byte.
        for offset in 0..=text.len() + 2 {
            let clamped = offset.min(text.len());
            let before = &text[..floor_char_boundary(text, clamped)];
            let line = before.matches('\n').count() + 1;
            let start = before.rfind('\n').map_or(0, |i| i + 1);
            assert_eq!(
                f.line_col(offset),
                (line, before[start..].chars().count() + 1),
                "{offset}"
            );
        }
        // A snippet deep in a file numbers its lines as the file does, and shows only those
        // around the problem.
        let many: String = (1..=5000).map(|i| format!("m{i} = x\n")).collect();
        let f = SourceFile::new("locales/de/chrome.ftl", many.as_str());
        let at = many.find("m4321 ").unwrap();
        let d = Diagnostic::warning("obsolete").at(&f, at..at + 5, "never shown");
        let out = Printer::plain().render(&d);
        assert!(out.contains("locales/de/chrome.ftl:4321:1"), "{out}");
        for shown in ["4320 │ m4320 = x", "4321 │ m4321 = x", "4322 │ m4322 = x"] {
            assert!(out.contains(shown), "{shown}: {out}");
        }
        assert!(!out.contains("m4318"), "{out}");
    }

    #[test]
    fn a_problem_far_along_a_long_line_is_shown_around_its_place() {
        // A column past 65,535 made miette pad the label's line that wide, which Rust's
        // formatting refuses with a panic; and a megabyte line is no snippet for anyone.
        let long = "A".repeat(70_000);
        let text = format!("a = 1\nmonitoring = [\"{long}\" x]\nb = \"{long}\"\n");
        let f = SourceFile::new("content/breach.toml", text.as_str());
        let start = f.text.find("\" x").unwrap() + 2;
        let d = Diagnostic::error("expected `,`")
            .at(&f, start..start + 1, "here")
            .with_help("separate the items of a list with commas");
        for printer in [Printer::plain(), Printer::for_stderr()] {
            let out = printer.render(&d);
            assert!(out.contains("content/breach.toml:2:70018"), "{out}");
            assert!(out.contains("\" x]"), "{out}");
            assert!(out.contains("here"), "{out}");
            assert!(out.len() < 2_000, "{} bytes", out.len());
        }
        // A span as long as the line is cut the same way.
        let whole = f.text.find(&long).unwrap();
        let d = Diagnostic::error("too long").at(&f, whole..whole + long.len(), "this");
        let out = Printer::plain().render(&d);
        assert!(out.contains("content/breach.toml:2:16"), "{out}");
        assert!(out.len() < 2_000, "{} bytes", out.len());
        // Cut on the characters' boundaries, however many bytes each takes.
        for wide in ["ü", "€", "𝄞"] {
            let text = format!("x = \"{}\" y\n", wide.repeat(40_000));
            let f = SourceFile::new("content/a.toml", text.as_str());
            for at in [f.text.len() - 3, 4 + 1 + 81 * wide.len()] {
                let d = Diagnostic::error("wrong").at(&f, at..at + 1, "here");
                let out = Printer::plain().render(&d);
                assert!(out.len() < 2_000, "{} bytes", out.len());
            }
        }
    }

    #[test]
    fn a_line_of_control_characters_is_cut_before_it_is_escaped() {
        // A lock file of 32 MB of NUL bytes took 1.3 GB to report (qa39): each escaped
        // character is kept with its place, some forty bytes, and the whole line was escaped
        // before the snippet cut it. What is escaped now is what the snippet shows.
        let nul = "\0".repeat(1_000_000);
        let lines = format!("a = 1\nb = {nul}\n");
        let at = lines.len() / 2;
        let (text, span) = visible_excerpt(&lines, at..at + 1);
        assert!(text.len() < 2 * SNIPPET_LINE, "{} bytes", text.len());
        assert_eq!(&text[span.clone()], "\\u{0}");
        let (cut, _) = excerpt(&lines, at..at + 1);
        assert!(
            cut.len() < 2 * SNIPPET_LINE,
            "escaped from {} bytes",
            cut.len()
        );
        // Near the start of the line, too.
        let (text, span) = visible_excerpt(&lines, 10..11);
        assert!(text.len() < 2 * SNIPPET_LINE, "{} bytes", text.len());
        assert_eq!(&text[span], "\\u{0}");
    }

    #[test]
    fn a_message_or_label_quoting_a_huge_value_shows_its_start() {
        // "unknown variant `aaaa…`" repeated a value of two million characters (qa39).
        let value = "a".repeat(2_000_000);
        let f = SourceFile::new("content/dpia.toml", format!("factsheet = \"{value}\"\n"));
        let d = Diagnostic::error(format!("`{value}` is not a factsheet"))
            .at(&f, 12..14, format!("unknown variant `{value}`"))
            .with_help(format!("write one of: {value}"));
        for printer in [Printer::plain(), Printer::for_stderr()] {
            let out = printer.render(&d);
            assert!(out.len() < 8_000, "{} bytes", out.len());
            // Its start and its end, the value cut between them.
            let head = SHOWN_LINE * 2 / 3 - "unknown variant `".len();
            assert!(
                out.contains(&format!("unknown variant `{}…", &value[..head])),
                "{out}"
            );
            assert!(out.contains("aaa` is not a factsheet"), "{out}");
        }
        // The JSON gives them whole.
        assert_eq!(
            d.to_json()["label"].as_str().unwrap().len(),
            value.len() + 18
        );
    }

    /// A diagnostic whose file, message, label and help all carry terminal controls.
    fn hostile() -> Diagnostic {
        let osc = "\u{1b}]0;pwned\u{7}";
        let f = SourceFile::new(
            format!("locales/x{osc}/a.ftl"),
            format!("a = 1\nb = {{ {osc} }} \u{9b}31m \u{202e}x\nc = 3\n"),
        );
        let start = f.text.find('\u{1b}').unwrap();
        Diagnostic::error(format!("bad {osc}"))
            .at(&f, start..start + 1, format!("label {osc}"))
            .with_help(format!("help {osc}"))
    }

    #[test]
    fn no_control_character_from_a_file_reaches_the_terminal() {
        let d = hostile();
        let coloured = Printer {
            handler: GraphicalReportHandler::new_themed(GraphicalTheme::unicode())
                .with_width(100)
                .with_wrap_lines(false)
                .without_primary_span_start(),
        };
        for out in [
            Printer::plain().render(&d),
            coloured.render(&d),
            d.to_string(),
        ] {
            // Only the theme's colours (`ESC [ … m`) are escape sequences.
            let stripped: String = out.split("\u{1b}[").collect::<Vec<_>>().join("");
            for c in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'] {
                assert!(!stripped.contains(c), "U+{:04X} in:\n{out}", u32::from(c));
            }
            assert!(
                out.contains("locales/x\\u{1b}]0;pwned\\u{7}/a.ftl:2:7"),
                "{out}"
            );
        }
        let plain = Printer::plain().render(&d);
        for shown in [
            "bad \\u{1b}]0;pwned\\u{7}",
            "label \\u{1b}]0;pwned\\u{7}",
            "help \\u{1b}]0;pwned\\u{7}",
            "b = { \\u{1b}]0;pwned\\u{7} } \\u{9b}31m \\u{202e}x",
        ] {
            assert!(plain.contains(shown), "no `{shown}` in:\n{plain}");
        }
        // The label still points at the character: the underline starts under its escape.
        let line = plain.lines().find(|l| l.contains("b = {")).unwrap();
        let under = plain
            .lines()
            .skip_while(|l| !l.contains("b = {"))
            .nth(1)
            .unwrap();
        let at = line.find("\\u{1b}").unwrap();
        assert_eq!(
            under.chars().nth(line[..at].chars().count()),
            Some('─'),
            "{plain}"
        );
    }

    #[test]
    fn an_invisible_character_a_diagnostic_points_at_is_seen() {
        // qa145: a joiner refused in a name was shown raw in the snippet, its underline under
        // nothing; one a Persian word needs, beside it, reads as written.
        let f = SourceFile::new(
            "content/organisation.toml",
            "name = \"Lus\u{200d}cii \u{645}\u{6cc}\u{200c}\u{634}\u{648}\u{62f}\"\n",
        );
        let at = f.text.find('\u{200d}').unwrap();
        for len in [3, 0] {
            let d =
                Diagnostic::error("contains U+200D ZERO WIDTH JOINER").at(&f, at..at + len, "here");
            let plain = Printer::plain().render(&d);
            assert!(plain.contains("Lus\\u{200d}cii"), "{plain}");
            assert!(!plain.contains('\u{200d}'), "{plain}");
            assert!(plain.contains("\u{645}\u{6cc}\u{200c}\u{634}"), "{plain}");
        }
    }

    #[test]
    fn a_file_name_stays_on_its_line() {
        // A name that starts lines of its own could show "no errors" under the header.
        let f = SourceFile::new("locales/de/q\n\nno errors\t.ftl", "a = {\n");
        let named = Diagnostic::error("does not parse").at(&f, 4..5, "here");
        let unplaced = Diagnostic::error("is empty").in_file(&f);
        let escaped = "locales/de/q\\n\\nno errors\\t.ftl";
        for d in [&named, &unplaced] {
            for out in [Printer::plain().render(d), d.to_string()] {
                let line = out.lines().find(|l| l.contains("locales/de/q"));
                assert!(line.is_some_and(|l| l.contains(escaped)), "{out}");
                assert!(
                    !out.lines().any(|l| l.trim_start().starts_with("no errors")),
                    "{out}"
                );
            }
            assert_eq!(d.to_json()["file"], escaped);
        }
    }

    #[test]
    fn json_shows_what_json_escaping_leaves_raw() {
        let v = hostile().to_json();
        let text = serde_json::to_string(&v).unwrap();
        for c in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'] {
            assert!(!text.contains(c), "U+{:04X} in {text}", u32::from(c));
        }
        assert_eq!(v["message"], "bad \\u{1b}]0;pwned\\u{7}");
        assert_eq!(v["file"], "locales/x\\u{1b}]0;pwned\\u{7}/a.ftl");
        assert_eq!(
            (v["line"].as_u64(), v["column"].as_u64()),
            (Some(2), Some(7))
        );
        let d = Diagnostic::error("message \u{9b}31m");
        assert_eq!(d.to_json()["message"], "message \\u{9b}31m");
    }
}
