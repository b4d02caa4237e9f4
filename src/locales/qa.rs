//! Holding every translation to its source: nothing missing, nothing extra that matters, no
//! variable the source does not provide, no reference to a message or term that does not exist.

use crate::content::validate::Requirement;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::suggest;

use super::{Locale, Locales};

/// Checks all locales: required messages in the source, then each translation against it.
/// How strict the check is.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// A message missing from a translation is an error (not in preview, which shows the source).
    pub missing_is_error: bool,
    /// A message only a translation has is an error (`--strict`), not a warning.
    pub obsolete_is_error: bool,
}

pub fn check(
    locales: &Locales,
    content: &[Requirement],
    vocabulary: &[String],
    options: Options,
    diags: &mut Diagnostics,
) {
    let source = locales.source();
    for r in content {
        if !source.messages.contains_key(&r.message_id) {
            diags.push(
                Diagnostic::error(format!(
                    "no message `{}` in locales/{}",
                    r.message_id, source.language.tag
                ))
                .at(
                    &r.file,
                    r.span.clone(),
                    format!("needs `{}` in every language", r.message_id),
                )
                .with_help(format!(
                    "add `{} = …` to a file in locales/{}/",
                    r.message_id, source.language.tag
                )),
            );
        }
    }
    for id in vocabulary {
        if !source.messages.contains_key(id) {
            diags.push(
                Diagnostic::error(format!(
                    "no message `{id}` in locales/{}",
                    source.language.tag
                ))
                .with_help(format!(
                    "candor names this value with `{id}`; add it to a file in locales/{}/",
                    source.language.tag
                )),
            );
        }
    }
    for locale in &locales.locales {
        check_blank(locale, diags);
        check_references(locale, diags);
        if locale.language.tag != source.language.tag {
            check_translation(source, locale, options, diags);
        }
    }
}

/// A message that says nothing (`id = { "" }`) would leave a hole in the page.
fn check_blank(locale: &Locale, diags: &mut Diagnostics) {
    for (id, entry) in locale.messages.iter().filter(|(_, e)| e.blank) {
        diags.push(
            Diagnostic::error(format!(
                "`{id}` in `{}` is empty: the page would show nothing in its place",
                locale.language.tag
            ))
            .at(&entry.file, entry.span.clone(), "says nothing")
            .with_help("write the text, or remove the message to fall back where that is allowed"),
        );
    }
}

/// Every `{ message }` and `{ -term }` a locale uses exists in that locale.
fn check_references(locale: &Locale, diags: &mut Diagnostics) {
    let entries = locale.messages.iter().chain(locale.terms.iter());
    for (id, entry) in entries {
        for (m, span) in entry
            .refs
            .messages
            .iter()
            .filter(|(m, _)| !locale.has_message(m))
        {
            let mut d = Diagnostic::error(format!(
                "`{id}` refers to the message `{m}`, which does not exist"
            ))
            .at(&entry.file, span.clone(), "no such message");
            if let Some(c) = suggest::closest(m, locale.message_ids()) {
                d = d.with_help(format!("did you mean `{c}`?"));
            }
            diags.push(d);
        }
        for (t, span) in entry.refs.terms.iter().filter(|(t, _)| !locale.has_term(t)) {
            let mut d = Diagnostic::error(format!(
                "`{id}` refers to the term `-{t}`, which does not exist in locales/{}",
                locale.language.tag
            ))
            .at(&entry.file, span.clone(), "no such term");
            if let Some(c) = suggest::closest(t, locale.terms.keys().map(String::as_str)) {
                d = d.with_help(format!("did you mean `-{c}`?"));
            }
            diags.push(d);
        }
    }
}

/// The language a regional translation inherits from, if any.
fn parent_hint(translation: &Locale) -> Option<&str> {
    translation.parent.as_ref().map(|p| p.tag.as_str())
}

/// A translation has every source message, uses only the variables the source provides, and
/// has no messages the source does not (those are warnings: obsolete, never shown).
fn check_translation(
    source: &Locale,
    translation: &Locale,
    options: Options,
    diags: &mut Diagnostics,
) {
    let tag = &translation.language.tag;
    for (id, entry) in &source.messages {
        if !translation.messages.contains_key(id) && translation.has_message(id) {
            // Inherited from the parent language, which is checked in its own right.
            continue;
        }
        let Some(translated) = translation.messages.get(id) else {
            let missing = format!("`{id}` is not translated into `{tag}`");
            let d = if options.missing_is_error {
                Diagnostic::error(missing)
            } else {
                Diagnostic::warning(missing)
            };
            diags.push(
                d.at(
                    &entry.file,
                    entry.span.clone(),
                    format!("missing in locales/{tag}/"),
                )
                .with_help(match parent_hint(translation) {
                    Some(parent) => format!(
                        "add `{id} = …` to a file in locales/{tag}/ or in locales/{parent}/, which `{tag}` inherits from"
                    ),
                    None => format!("add `{id} = …` to a file in locales/{tag}/"),
                }),
            );
            continue;
        };
        let unknown = translated
            .refs
            .variables
            .iter()
            .filter(|(v, _)| !entry.refs.variables.contains_key(*v));
        for (var, span) in unknown {
            let mut d = Diagnostic::error(format!(
                "`{id}` in `{tag}` uses the variable `${var}`, which the source does not provide"
            ))
            .at(
                &translated.file,
                span.clone(),
                "not a variable of this message",
            );
            let known = entry.refs.variables.keys().map(String::as_str);
            d = match suggest::closest(var, known) {
                Some(c) => d.with_help(format!("did you mean `${c}`?")),
                None => d.with_help(format!(
                    "the source ({}) provides: {}",
                    entry.file.name,
                    if entry.refs.variables.is_empty() {
                        "no variables".into()
                    } else {
                        entry
                            .refs
                            .variables
                            .keys()
                            .map(|v| format!("${v}"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    }
                )),
            };
            diags.push(d);
        }
    }
    for (id, entry) in translation
        .messages
        .iter()
        .filter(|(id, _)| !source.messages.contains_key(*id))
    {
        let mut d = Diagnostic::warning(format!(
            "`{id}` is obsolete: the source language has no such message"
        ))
        .at(&entry.file, entry.span.clone(), "never shown")
        .with_help("remove it, or check its id for a typo");
        if options.obsolete_is_error {
            d.severity = crate::diagnostic::Severity::Error;
        }
        diags.push(d);
    }
}
