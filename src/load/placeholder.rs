//! Placeholders: the starter facts `candor init` writes, each a TOML string wrapped as
//! `"<placeholder: Example Ltd>"`, so that no invented fact can be published by mistake.
//!
//! The marker lives in the value itself: replacing the value removes it, and the value cannot be
//! published while it is there. A made-up number is written the same way (`"<placeholder: 48>"`)
//! and read as the number it wraps: a placeholder wrapping digits alone is one. `check`,
//! `build` and `diff` report each one as an error at its file, line and column (`diff` still
//! shows the change); `serve` and `review`, previews, show the wrapped value and warn.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::Arc;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::{Diagnostic, SourceFile};

/// What starts a placeholder, inside the quotes.
pub const OPEN: &str = "<placeholder: ";
/// What ends it, inside the quotes.
pub const CLOSE: &str = ">";

/// What a command does with placeholders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placeholders {
    /// Each is an error: nothing that holds one may be published (`check`, `build`, and `diff`,
    /// which says what `build` would refuse).
    Refuse,
    /// Each is a warning and its wrapped value is used, for a preview that records nothing
    /// (`serve`, `review`, `mark-reviewed`), and for `diff`'s own load, which diffs the value
    /// before `check`'s stages refuse it.
    Show,
}

/// One placeholder: the span of its string (quotes included) and the value it wraps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placeholder {
    pub span: Range<usize>,
    pub value: String,
}

/// `text` with every placeholder string replaced by the value it wraps, padded with spaces so
/// that every other offset stays where it was (diagnostics point into the text as written), and
/// the placeholders found. Text that is not valid TOML is returned as it is, for the parser to
/// report.
pub fn unwrap(text: &str) -> (Cow<'_, str>, Vec<Placeholder>) {
    // Most files have none: they are not parsed twice.
    if !text.contains(OPEN) {
        return (Cow::Borrowed(text), Vec::new());
    }
    let Ok(root) = DeTable::parse(text) else {
        return (Cow::Borrowed(text), Vec::new());
    };
    let mut found = Vec::new();
    for (_, value) in root.get_ref().iter() {
        collect(text, value, &mut found);
    }
    if found.is_empty() {
        return (Cow::Borrowed(text), found);
    }
    found.sort_by_key(|p| p.span.start);
    let mut out = text.to_string();
    for p in &found {
        let literal = &text[p.span.clone()];
        let quote = &literal[..1];
        let inner = &literal[1 + OPEN.len()..literal.len() - 1 - CLOSE.len()];
        // Padded in bytes, not characters: every offset after it must stay.
        let replacement = match is_number(inner) {
            true => inner.to_string(),
            false => format!("{quote}{inner}{quote}"),
        };
        let padded = replacement.clone() + &" ".repeat(literal.len() - replacement.len());
        out.replace_range(p.span.clone(), &padded);
    }
    (Cow::Owned(out), found)
}

/// Whether a placeholder's value is a made-up number, read without its quotes.
fn is_number(value: &str) -> bool {
    !value.is_empty() && value.len() <= 18 && value.bytes().all(|b| b.is_ascii_digit())
}

/// Every placeholder string under `value`, in single-line quotes (basic or literal).
fn collect(text: &str, value: &Spanned<DeValue<'_>>, found: &mut Vec<Placeholder>) {
    match value.get_ref() {
        DeValue::String(s) => {
            let span = value.span();
            let Some(literal) = text.get(span.clone()) else {
                return;
            };
            let single_line = (literal.starts_with('"') && !literal.starts_with("\"\"\""))
                || (literal.starts_with('\'') && !literal.starts_with("'''"));
            if single_line
                && literal.len() >= 2 + OPEN.len() + CLOSE.len()
                && literal[1..].starts_with(OPEN)
                && literal[..literal.len() - 1].ends_with(CLOSE)
            {
                let value = s
                    .strip_prefix(OPEN)
                    .and_then(|v| v.strip_suffix(CLOSE))
                    .unwrap_or(s)
                    .to_string();
                found.push(Placeholder { span, value });
            }
        }
        DeValue::Array(items) => items.iter().for_each(|v| collect(text, v, found)),
        DeValue::Table(table) => table.iter().for_each(|(_, v)| collect(text, v, found)),
        _ => {}
    }
}

/// The diagnostic for one placeholder of `file`.
pub fn diagnostic(file: &Arc<SourceFile>, p: &Placeholder, mode: Placeholders) -> Diagnostic {
    let literal = &file.text[p.span.clone()];
    let written = match is_number(&p.value) {
        true => "a number of your own, without quotes,",
        false => "your own value",
    };
    match mode {
        Placeholders::Refuse => Diagnostic::error(format!(
            "`{}` is a placeholder, not a fact: it cannot be published",
            p.value
        ))
        .at(file, p.span.clone(), "replace this with the real value")
        .with_help(format!(
            "write {written} in place of {literal} (without `<placeholder: …>`); \
             `candor serve` and `candor review` show placeholders, `check`, `build` and `diff` refuse them"
        )),
        Placeholders::Show => Diagnostic::warning(format!(
            "`{}` is a placeholder, shown here but never published",
            p.value
        ))
        .at(file, p.span.clone(), "replace this with the real value")
        .with_help(format!(
            "write {written} in place of {literal}; `check`, `build` and `diff` refuse placeholders"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_unwrapped_in_place_and_everything_else_stays() {
        let text = "name = \"<placeholder: Example Ltd>\" # the name\n\
                    list = ['<placeholder: a>', \"b\", \"<placeholder>\"]\n\
                    # c = \"<placeholder: in a comment>\"\n\
                    [t]\nx = { y = \"<placeholder: Ü \\\"q\\\">\" }\n\
                    m = \"\"\"<placeholder: multi>\"\"\"\n\
                    [n]\nhours = \"<placeholder: 48>\"\n";
        let (out, found) = unwrap(text);
        assert_eq!(out.len(), text.len());
        let values: Vec<&str> = found.iter().map(|p| p.value.as_str()).collect();
        assert_eq!(values, ["Example Ltd", "a", "Ü \"q\"", "48"]);
        for p in &found {
            assert!(text[p.span.clone()].contains(OPEN));
        }
        let parsed: toml::Table = out.parse().unwrap();
        assert_eq!(parsed["name"].as_str(), Some("Example Ltd"));
        assert_eq!(parsed["list"][0].as_str(), Some("a"));
        assert_eq!(parsed["list"][2].as_str(), Some("<placeholder>"));
        assert_eq!(parsed["t"]["x"]["y"].as_str(), Some("Ü \"q\""));
        assert_eq!(parsed["t"]["m"].as_str(), Some("<placeholder: multi>"));
        assert!(out.contains("# c = \"<placeholder: in a comment>\""));
        // A made-up number is read as one.
        assert_eq!(parsed["n"]["hours"].as_integer(), Some(48));
        // `"<placeholder: Example Ltd>"` is 15 bytes longer than `"Example Ltd"`.
        let padded = format!("name = \"Example Ltd\"{} # the name\n", " ".repeat(15));
        assert!(out.starts_with(&padded), "{out}");
    }

    #[test]
    fn text_that_is_not_toml_is_left_to_the_parser() {
        let text = "name = \"<placeholder: x>\"\nbroken = \n";
        let (out, found) = unwrap(text);
        assert_eq!(out, text);
        assert!(found.is_empty());
    }
}
