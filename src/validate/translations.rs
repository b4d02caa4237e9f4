//! Holding every translation to its source: nothing missing, nothing extra that matters, no
//! variable the source does not provide, no reference to a message or term that does not exist.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::ops::Range;
use std::sync::Arc;

use fluent_bundle::FluentArgs;
use fluent_syntax::ast;
use rayon::prelude::*;

use crate::diagnostic::{Diagnostic, Diagnostics, SourceFile};
use crate::model::Label;
use crate::suggest;
use crate::text::{self, Forbidden};
use crate::validate::content::Requirement;

use crate::load::locales::{
    Entry, Ftl, Given, HiddenByPlural, Locale, Locales, MarkdownFault, Parsed,
};
use crate::load::theme::Theme;
use crate::sections;

/// How strict the check is.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// A message missing from a translation is an error (not in preview, which shows the source).
    pub missing_is_error: bool,
    /// A message only a translation has is an error (`--strict`), not a warning.
    pub obsolete_is_error: bool,
}

/// Checks all locales: required messages in the source, then each translation against the
/// source. The characters of every file are checked as it loads ([`check_characters`]).
pub fn check(
    locales: &Locales,
    content: &[Requirement],
    required: &[String],
    options: Options,
    ungiven: &BTreeSet<String>,
    diags: &mut Diagnostics,
) {
    let source = locales.source();
    for r in content {
        if !source.writes(&r.message_id) {
            let add = format!(
                "add `{} = …` to a file in locales/{}/",
                r.message_id, source.language.tag
            );
            // An id written almost as one of the same kind the words have (`video-call`,
            // `video-calls`) is answered with it (qa117).
            let help = match similar_label(source, &r.message_id) {
                Some((id, label)) => {
                    format!("did you mean `{id}`, which `{label}` names? or {add}")
                }
                None => add,
            };
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
                .with_help(help),
            );
        }
    }
    // The words of fixed values and the messages candor's code formats.
    for id in required {
        if !source.writes(id) {
            diags.push(
                Diagnostic::error(format!(
                    "no message `{id}` in locales/{}",
                    source.language.tag
                ))
                .with_help(format!(
                    "candor needs `{id}` for what it publishes; add it to a file in locales/{}/{}",
                    source.language.tag,
                    as_init_writes(&source.language.tag, id)
                )),
            );
        }
    }
    // The labels the facts name ([`Label`]): one they do not (written before its fact comes)
    // is on no page yet, and its translations may follow.
    let named: BTreeSet<&str> = content.iter().map(|r| r.message_id.as_str()).collect();
    each_language(locales.locales.par_iter(), diags, |locale, found| {
        check_blank(locale, found);
        check_one_line(locale, found);
        check_references(source, locale, options, found);
        check_term_variants(locales, locale, found);
        check_term_values(locales, locale, found);
        check_cycles(locale, found);
        check_placeables(locales, locale, found);
        check_headings_apart(locale, found);
        check_tenses(source, locale, found);
        if locale.language.tag != source.language.tag {
            check_translation(source, locale, options, ungiven, &named, found);
        }
    });
}

/// Of `message`, a label's id no message of `source` writes, the id of the same kind of label
/// closest to it that one does, and that message.
fn similar_label<'s>(source: &'s Locale, message: &str) -> Option<(&'s str, &'s str)> {
    let prefix = (Label::ALL.iter().map(|l| format!("{}-", l.prefix())))
        .filter(|p| message.starts_with(p.as_str()))
        .max_by_key(String::len)?;
    let id = &message[prefix.len()..];
    let ids = (source.messages.keys()).filter_map(|m| m.strip_prefix(prefix.as_str()));
    let closest = suggest::closest(id, ids)?;
    let label = source
        .messages
        .get_key_value(&format!("{prefix}{closest}"))?
        .0;
    Some((closest, label.as_str()))
}

/// Each heading of the change log's groups (removed, withdrawn, …) reads apart from the others
/// in `locale`: under two headings alike, a reader could not tell a sub-processor removed from a
/// change withdrawn before it took effect.
fn check_headings_apart(locale: &Locale, diags: &mut Diagnostics) {
    let mut seen: Vec<(&str, &str)> = Vec::new();
    for group in crate::history::changelog::Group::ORDER {
        let id = group.heading().id();
        let Some(entry) = locale.messages.get(id) else {
            continue;
        };
        // `id = words`, as serialized: the words, however they were laid out (a pattern on
        // lines of its own starts on the next line).
        let words = entry
            .canonical
            .split_once('=')
            .map_or("", |(_, words)| words.trim());
        if words.is_empty() {
            continue;
        }
        if let Some((first, _)) = seen.iter().find(|(_, w)| *w == words) {
            diags.push(
                Diagnostic::error(format!(
                    "`{id}` in `{}` reads as `{first}` does: `{}`",
                    locale.language.tag,
                    crate::text::visible(words)
                ))
                .at(&entry.file, entry.span.clone(), "the same words as another heading")
                .with_help(format!(
                    "the change log heads its groups with these: give `{id}` words of its own, so that a reader can tell the groups apart"
                )),
            );
        }
        seen.push((id, words));
    }
}

/// Each message of `locale` that tells a sub-processor's change has words for a change still to
/// come (`[later]`, chosen by `$when`), whatever else it chooses its words by: locale files an
/// older `candor init` wrote have none, and with them a change announced for a later day reads
/// as in effect beside that day. Told by formatting the message both ways, for each value of
/// the other variable it chooses by, every other variable given a stand-in.
///
/// A translation whose source language has such words and which has none is refused (qa93: a
/// `[later]` deleted by mistake published "verarbeitet jetzt", now processes, in the German
/// notice of a change to come); where the source has none either, the site's words are of an
/// older `candor init`, and each is warned of.
fn check_tenses(source: &Locale, locale: &Locale, diags: &mut Diagnostics) {
    let tag = &locale.language.tag;
    for (message, chooses) in crate::history::changelog::TENSED {
        let id = message.id();
        let Some(entry) = locale.messages.get(id) else {
            continue;
        };
        let (selector, values) = chooses.map_or(("", &[""][..]), |c| (c.variable, c.values));
        let told_apart = |locale: &Locale, value: &str| {
            let Some(entry) = locale.messages.get(id) else {
                return true;
            };
            let say = |when: &str| {
                let mut args = FluentArgs::new();
                for variable in entry.refs.variables.keys() {
                    args.set(variable.to_string(), "…");
                }
                args.set("when", when.to_string());
                if !selector.is_empty() {
                    args.set(selector, value.to_string());
                }
                locale.format(id, &args).ok()
            };
            // One that cannot be formatted is told of where it is checked for that.
            match (say("now"), say("later")) {
                (Some(now), Some(later)) => now != later,
                _ => true,
            }
        };
        let Some(value) = values.iter().find(|v| !told_apart(locale, v)) else {
            continue;
        };
        // A translation that does not choose by `$when` at all, where the source does, is
        // refused for that where it is checked (qa94: one slip, told twice).
        let source_chooses =
            (source.messages.get(id)).is_some_and(|e| e.checks().selectors.contains_key("when"));
        if locale.language.tag != source.language.tag
            && source_chooses
            && !entry.checks().selectors.contains_key("when")
        {
            continue;
        }
        let wherever = match selector.is_empty() {
            true => String::new(),
            false => format!(" where `${selector}` is `{value}`"),
        };
        let (said, label) =
            if locale.language.tag != source.language.tag && told_apart(source, value) {
                (
                    Diagnostic::error(format!(
                        "`{id}` in `{tag}` has no words for a change still to come{wherever}, \
                     where `{}` has",
                        source.language.tag
                    )),
                    "a change announced for a later day would be published as in effect",
                )
            } else {
                (
                    Diagnostic::warning(format!(
                        "`{id}` in `{tag}` has no words for a change still to come{wherever}"
                    )),
                    "a change announced for a later day reads as in effect",
                )
            };
        diags.push(
            said.at(&entry.file, entry.span.clone(), label)
            .with_help(format!(
                "choose its words by `$when`: `[later]` for a change still to come, `*[now]` for one in effect{}",
                as_init_writes(tag, id)
            )),
        );
    }
}

/// The message `id` as `candor init` writes it in `language` (or in English), for a help to
/// quote: "", where it writes no such message.
fn as_init_writes(language: &str, id: &str) -> String {
    crate::messages::generic(language, id).map_or_else(String::new, |(file, entry)| {
        format!(", for example as `candor init` writes it in {file}:\n{entry}")
    })
}

/// Checks that the source language has every message the theme's templates ask for by name
/// (`t(key="…")`, `md(key="…")`), wherever a template shows it: one it shows only at times (the
/// changes to come, while a change is to come) would otherwise be missed until that day; and
/// that each such message uses only the variables each call gives it (with the facts every
/// message may use). A key a template makes (`"purpose-" ~ s.purpose`) is checked where it is
/// rendered.
///
/// Returns the messages whose source asks for a variable a template does not give: the
/// source is wrong there, so a translation is not held to it ([`check`]).
pub fn theme_messages(
    locales: &Locales,
    theme: &Theme,
    diags: &mut Diagnostics,
) -> BTreeSet<String> {
    let source = locales.source();
    let tag = &source.language.tag;
    let mut ungiven = BTreeSet::new();
    let mut markdown = BTreeSet::new();
    for (name, file) in &theme.templates {
        for call in calls(&file.text) {
            // A key the template adds to (`md(key="dpia-factsheet-" ~ …)`): of `md`, every
            // message whose id starts so, whichever the facts choose today, is Markdown (qa116:
            // a link in one they did not choose passed, and failed the build on the day they
            // did). Nothing else of it is known.
            if call.added_to {
                if call.shows == Shows::Markdown {
                    markdown.extend(
                        (source.messages.keys())
                            .filter(|id| id.starts_with(call.key))
                            .map(String::as_str),
                    );
                }
                continue;
            }
            let key = call.key;
            if call.shows == Shows::Markdown {
                markdown.insert(key);
            }
            let Some(entry) = source.messages.get(key) else {
                if source.broken.contains(key) {
                    continue;
                }
                diags.push(
                    Diagnostic::error(format!("no message `{key}` in locales/{tag}"))
                        .at(
                            file,
                            call.span,
                            format!("no message `{key}` in locales/{tag}"),
                        )
                        .with_help(format!(
                            "the template shows it; add it to a file in locales/{tag}/{}",
                            as_init_writes(tag, key)
                        )),
                );
                continue;
            };
            let given = |v: &str| {
                crate::messages::GLOBAL_VARIABLES.contains(&v)
                    || call.arguments.iter().any(|a| a == v)
            };
            for (variable, span) in entry.refs.variables.iter().filter(|(v, _)| !given(v)) {
                let (line, _) = file.line_col(call.span.start);
                let mut d = Diagnostic::error(format!(
                    "`{key}` uses `${variable}`, which the template `{name}` does not give it"
                ))
                .at(
                    &entry.file,
                    span.clone(),
                    format!("not given by `{name}`, line {line}"),
                );
                let mut offered: Vec<&str> = call.arguments.iter().map(String::as_str).collect();
                offered.extend(crate::messages::GLOBAL_VARIABLES);
                offered.sort_unstable();
                d = match suggest::closest(variable, offered.iter().copied()) {
                    Some(c) => d.with_help(format!("did you mean `${c}`?")),
                    None => d.with_help(format!(
                        "the template gives it {}",
                        offered
                            .iter()
                            .map(|v| format!("`${v}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )),
                };
                diags.push(d);
                ungiven.insert(key.to_string());
            }
        }
    }
    // A term is part of the messages that show it, Markdown ones among them: a character it
    // writes as a reference is shown as the character (qa74).
    for locale in &locales.locales {
        for (id, entry) in &locale.terms {
            for (span, fault) in &entry.checks().markdown_faults {
                let MarkdownFault::CharacterReference { shown } = fault else {
                    continue;
                };
                let shown = crate::text::visible_name(shown);
                let tag = &locale.language.tag;
                diags.push(
                    Diagnostic::error(format!(
                        "`-{id}` in `{tag}` writes a character as a reference, which a page \
                         shows as `{shown}`"
                    ))
                    .at(&entry.file, span.clone(), format!("shown as `{shown}`"))
                    .with_help(WRITE_THE_CHARACTER),
                );
            }
        }
    }
    // A link in a message shown as Markdown must lead to a fact, in every language and every
    // variant: found here, not first on the day a page shows that variant.
    for locale in &locales.locales {
        for key in &markdown {
            let Some(entry) = locale.messages.get(*key) else {
                continue;
            };
            // And that fact an address: one the source links to, or one every message may (a
            // source that did not read is told of, and nothing is compared with it).
            if locale.language.tag != source.language.tag
                && let Some(original) = source.messages.get(*key)
            {
                let links_to = |v: &str| {
                    crate::messages::GLOBAL_LINKS.contains(&v)
                        || (original.checks().link_targets.iter()).any(|(_, target)| &**target == v)
                };
                for (span, variable) in &entry.checks().link_targets {
                    if links_to(variable) {
                        continue;
                    }
                    let tag = &locale.language.tag;
                    diags.push(
                        Diagnostic::error(format!(
                            "`{key}` in `{tag}` links to `${variable}`, which the source does not \
                             link to: it may be no address, and the page would fail to show it"
                        ))
                        .at(
                            &entry.file,
                            span.clone(),
                            "not an address the source links to",
                        )
                        .with_help(format!(
                            "write `{{ ${variable} }}` as text, outside `[…](…)`, and link to an \
                             address the source ({}) links to, or to `{{ $contact }}` or \
                             `{{ $privacy-policy }}`",
                            original.file.name
                        )),
                    );
                }
            }
            for (span, fault) in &entry.checks().markdown_faults {
                let tag = &locale.language.tag;
                let d = match fault {
                    MarkdownFault::LinkToNoFact { dest } => Diagnostic::error(format!(
                        "`{key}` in `{tag}` links to `{}`, which is not a fact",
                        crate::text::visible(dest)
                    ))
                    .at(&entry.file, span.clone(), "a link in a message must lead to a variable")
                    .with_help(
                        "write it as `[words]({ $variable })`, with a variable the message is given, as the source does: an address typed into a locale file is a fact kept apart from content/",
                    ),
                    MarkdownFault::Image => Diagnostic::error(format!(
                        "`{key}` in `{tag}` shows an image, which a message may not"
                    ))
                    .at(&entry.file, span.clone(), "an image")
                    .with_help("take it out: a page shows no images from its words"),
                    MarkdownFault::CharacterReference { shown } => {
                        let shown = crate::text::visible_name(shown);
                        Diagnostic::error(format!(
                            "`{key}` in `{tag}` writes a character as a reference, which the \
                             page shows as `{shown}`"
                        ))
                        .at(&entry.file, span.clone(), format!("shown as `{shown}`"))
                        .with_help(WRITE_THE_CHARACTER)
                    }
                    MarkdownFault::Block { kind } => Diagnostic::error(format!(
                        "`{key}` in `{tag}` makes {kind}, which is the page's structure, not a \
                         message's"
                    ))
                    .at(&entry.file, span.clone(), kind.to_string())
                    .with_help(
                        "a message writes paragraphs, lists, *emphasis* and links: write it as \
                         words (a line that begins with `#` or `>`, four spaces or three \
                         backticks makes a block)",
                    ),
                };
                diags.push(d);
            }
        }
    }
    ungiven
}

/// The help for a character written as a reference in a message or a term.
const WRITE_THE_CHARACTER: &str = "write the character itself: its reference would be shown past \
     the checks of what a message may hold (addresses, invisible and control characters, the \
     numbers of the source)";

/// A call of `t` or `md` in a template with a literal key.
#[derive(Debug, PartialEq)]
struct Call<'t> {
    /// Its key; of a key the template adds to, the start it writes (`"purpose-" ~ s.purpose`).
    key: &'t str,
    /// Whether the template adds to the key: only its start is known.
    added_to: bool,
    /// From the function's name to the key's closing quote.
    span: Range<usize>,
    /// The message's own arguments, as Fluent names them (`foo_bar=` is `$foo-bar`): not the
    /// call's (`key`, `inline`, `language`).
    arguments: Vec<String>,
    /// How the call shows the message.
    shows: Shows,
}

/// How a template call shows its message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shows {
    /// `t()`: as text.
    Text,
    /// `md()`: as Markdown, whose links must lead to facts.
    Markdown,
}

/// The calls of `t` and `md` in `text`, a template, that write their key as a string, whole
/// (`t(key="summary-heading")`) or to be added to (`md(key="dpia-factsheet-" ~ x)`); not in
/// comments (`{# … #}`).
fn calls(text: &str) -> Vec<Call<'_>> {
    let mut calls = Vec::new();
    let comments = comments(text);
    for (open, _) in text.match_indices('(') {
        // `t(` or `md(`, as a name of its own.
        let before = &text[..open];
        let Some(name) = ["md", "t"].into_iter().find(|n| before.ends_with(n)) else {
            continue;
        };
        let start = open - name.len();
        if text[..start]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
        {
            continue;
        }
        if in_comment(&comments, start) {
            continue;
        }
        let Some(after) = text[open + 1..].trim_start().strip_prefix("key") else {
            continue;
        };
        let Some(after) = after.trim_start().strip_prefix('=') else {
            continue;
        };
        let after = after.trim_start();
        let Some(quote) = after.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            continue;
        };
        let body = &after[1..];
        let Some(len) = body.find(quote) else {
            continue;
        };
        // A literal key, or one the template adds to (`"purpose-" ~ s.purpose`).
        let tail = body[len + 1..].trim_start();
        let added_to = tail.starts_with('~');
        if !added_to && !tail.starts_with(',') && !tail.starts_with(')') {
            continue;
        }
        let key_at = text.len() - body.len();
        calls.push(Call {
            key: &text[key_at..key_at + len],
            added_to,
            span: start..key_at + len + 1,
            arguments: arguments_named(tail),
            shows: if name == "md" {
                Shows::Markdown
            } else {
                Shows::Text
            },
        });
    }
    calls
}

/// The names of the keyword arguments in `tail`, the rest of a call after its key (`, date=x,
/// inline=true) }}`), up to the call's closing parenthesis, as Fluent names them, leaving out
/// the call's own (`inline`, `language`). Values are skipped whole: strings, and parentheses
/// and brackets nested in them.
fn arguments_named(tail: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = tail;
    while let Some(after) = rest.trim_start().strip_prefix(',') {
        let after = after.trim_start();
        let end = after
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(after.len());
        let name = &after[..end];
        let Some(value) = after[end..].trim_start().strip_prefix('=') else {
            break;
        };
        if !crate::messages::CALL_ARGUMENTS.contains(&name) {
            names.push(name.replace('_', "-"));
        }
        rest = skip_value(value);
    }
    names
}

/// `text` after the value it starts with: at the `,` or `)` that ends it, outside any string
/// or bracket of its own.
fn skip_value(text: &str) -> &str {
    let mut depth = 0usize;
    let mut quote = None;
    for (at, c) in text.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'' | '`') => quote = Some(c),
            (None, '(' | '[' | '{') => depth += 1,
            (None, ',' | ')') if depth == 0 => return &text[at..],
            (None, ')' | ']' | '}') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    ""
}
/// Where a call may start inside a Tera comment of `text`: from just after each `{#` up to
/// the end of the `#}` that closes it (or the end of the text, if none does), found in one pass
/// rather than by searching back from every call, which took time with the square of a
/// template's length.
fn comments(text: &str) -> Vec<Range<usize>> {
    let mut spans: Vec<Range<usize>> = Vec::new();
    for (open, _) in text.match_indices("{#") {
        // An opening inside a comment is its text; the comment ends where it ends.
        if spans.last().is_some_and(|last| last.contains(&open)) {
            continue;
        }
        let end = text[open + 1..]
            .find("#}")
            .map_or(text.len() + 1, |close| open + 1 + close + 2);
        spans.push(open + 2..end);
    }
    spans
}

/// Whether `at` lies in one of `comments` ([`comments`]: in order, none overlapping), found by
/// halving: a template of many comments and many calls would otherwise look at every comment
/// for every call.
fn in_comment(comments: &[Range<usize>], at: usize) -> bool {
    let first_ending_after = comments.partition_point(|span| span.end <= at);
    comments
        .get(first_ending_after)
        .is_some_and(|span| span.contains(&at))
}

/// Runs `check` on each language on whichever core is free, and reports the problems in the
/// languages' order.
fn each_language<L: Send>(
    languages: impl IndexedParallelIterator<Item = L>,
    diags: &mut Diagnostics,
    check: impl Fn(L, &mut Diagnostics) + Sync + Send,
) {
    let found: Vec<Diagnostics> = languages
        .map(|language| Diagnostics::gather(|found| check(language, found)).1)
        .collect();
    for language in found {
        diags.extend(language);
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

/// The messages that must read as one line, and why: an e-mail's subject (a header; a line
/// break in it would be encoded into the subject, not shown), and the feed's titles (qa88: the
/// feed said `<title>Luscii\nb</title>`).
const ONE_LINE: &[(crate::messages::Message, &str)] = &[
    (
        crate::messages::Message::NoticeSubject,
        "is one line of an e-mail's header",
    ),
    (
        crate::messages::Message::NoticeSubjectWithdrawn,
        "is one line of an e-mail's header",
    ),
    (
        crate::messages::Message::NoticeSubjectAtOnce,
        "is one line of an e-mail's header",
    ),
    (crate::messages::Message::FeedTitle, "is the feed's title"),
    (
        crate::messages::Message::FeedEntryTitle,
        "is the title of an entry of the feed",
    ),
];

/// A message of [`ONE_LINE`] whose text breaks a line (a continuation line, in Fluent), itself
/// or in a message it shows (qa88: `{ evilmsg }` of two lines), is an error at the message.
fn check_one_line(locale: &Locale, diags: &mut Diagnostics) {
    /// Whether the message `id` breaks a line, following the messages it shows down to `depth`.
    fn message_breaks(locale: &Locale, id: &str, depth: usize) -> bool {
        let Some(entry) = locale.messages.get(id).filter(|_| depth > 0) else {
            return false;
        };
        let Ok(resource) = fluent_syntax::parser::parse(entry.canonical.as_str()) else {
            return false;
        };
        resource.body.iter().any(|e| {
            matches!(e, ast::Entry::Message(m)
                if m.value.as_ref().is_some_and(|p| breaks(locale, p, depth)))
        })
    }
    fn breaks(locale: &Locale, pattern: &ast::Pattern<&str>, depth: usize) -> bool {
        pattern.elements.iter().any(|e| match e {
            ast::PatternElement::TextElement { value } => value.contains('\n'),
            ast::PatternElement::Placeable { expression } => {
                expression_breaks(locale, expression, depth)
            }
        })
    }
    fn expression_breaks(
        locale: &Locale,
        expression: &ast::Expression<&str>,
        depth: usize,
    ) -> bool {
        match expression {
            ast::Expression::Select { variants, .. } => {
                variants.iter().any(|v| breaks(locale, &v.value, depth))
            }
            ast::Expression::Inline(ast::InlineExpression::MessageReference {
                id,
                attribute: None,
            }) => message_breaks(locale, id.name, depth - 1),
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
                expression_breaks(locale, expression, depth)
            }
            ast::Expression::Inline(_) => false,
        }
    }
    for (message, why) in ONE_LINE {
        let Some(entry) = locale.messages.get(message.id()) else {
            continue;
        };
        // Ten messages deep: a cycle is an error of its own.
        if message_breaks(locale, message.id(), 10) {
            diags.push(
                Diagnostic::error(format!(
                    "`{}` in `{}` breaks a line, and {why}",
                    message.id(),
                    locale.language.tag
                ))
                .at(&entry.file, entry.span.clone(), "more than one line")
                .with_help("write it on one line, and any message it shows"),
            );
        }
    }
}

/// Every `{ message }` and `{ -term }` a locale uses exists in that locale, and it calls no
/// function: candor gives its bundles none, and formats numbers and dates itself. One the
/// source has and a translation lacks is not translated yet: missing, as a message is, an
/// error only where a missing message is one (the preview and the review show the source's
/// words in its place).
fn check_references(source: &Locale, locale: &Locale, options: Options, diags: &mut Diagnostics) {
    let tag = &locale.language.tag;
    let translation = *tag != source.language.tag;
    // `key` as a record names it (a term's with its `-`), `written` the source's.
    let untranslated =
        |said: String, at: (&Arc<SourceFile>, &Range<usize>), key: &str, written: &Entry| {
            let d = match options.missing_is_error {
                true => Diagnostic::error(said),
                false => Diagnostic::warning(said),
            };
            let folders = match parent_hint(locale) {
                Some(parent) => format!("locales/{tag}/ or locales/{parent}/"),
                None => format!("locales/{tag}/"),
            };
            let (line, column) = written.file.line_col(written.span.start);
            d.at(at.0, at.1.clone(), "not translated yet")
                .with_help(format!(
                    "add `{key} = …` to a file in {folders}: the source's is in {}:{line}:{column}",
                    written.file.name
                ))
        };
    // Each by its key, a term's with its `-`.
    for (id, entry) in locale.entries() {
        for (f, span) in entry.checks().functions.iter() {
            diags.push(
                Diagnostic::error(format!(
                    "`{id}` in `{}` calls the function `{f}`, which candor does not provide",
                    locale.language.tag
                ))
                .at(&entry.file, span.clone(), "no such function")
                .with_help(
                    "write the variable as it is (`{ $hours }`): candor formats each number and date \
                     in the language's own way, and a variant chosen by a number is `[one]`, \
                     `*[other]`…",
                ),
            );
        }
        for (m, span) in entry
            .refs
            .messages
            .iter()
            .filter(|(m, _)| !locale.has_message(m))
        {
            if translation && let Some(written) = source.messages.get(m) {
                diags.push(untranslated(
                    format!(
                        "`{id}` refers to the message `{m}`, which is not translated into `{tag}`"
                    ),
                    (&entry.file, span),
                    m,
                    written,
                ));
                continue;
            }
            let mut d = Diagnostic::error(format!(
                "`{id}` refers to the message `{m}`, which does not exist"
            ))
            .at(&entry.file, span.clone(), "no such message");
            d = d.with_help(match suggest::closest(m, locale.message_ids()) {
                Some(c) => format!("did you mean `{c}`?"),
                None => format!(
                    "refer to a message locales/{} defines, or write the words instead",
                    locale.language.tag
                ),
            });
            diags.push(d);
        }
        // The record keeps only the words a site publishes: a published message that showed
        // a review page's would change its page with nothing recorded (qa52).
        if sections::is_published(&id) {
            for (m, span) in (entry.refs.messages.iter())
                .filter(|(m, _)| locale.has_message(m) && !sections::is_published(m))
            {
                diags.push(
                    Diagnostic::error(format!(
                        "`{id}` in `{}` refers to `{m}`, a message of the review pages: their \
                         words are never published, and candor.lock does not record them",
                        locale.language.tag
                    ))
                    .at(&entry.file, span.clone(), "not published")
                    .with_help(format!(
                        "write the words in `{id}`, or in a message of their own whose id does \
                         not start with `review-`"
                    )),
                );
            }
        }
        // A term written where it cannot be read is told there, not also at each use.
        let unwritten = |t: &str| !locale.has_term(t) && !locale.broken.contains(&format!("-{t}"));
        for (t, span) in entry.refs.terms.iter().filter(|(t, _)| unwritten(t)) {
            if translation && let Some(written) = source.terms.get(t) {
                diags.push(untranslated(
                    format!(
                        "`{id}` refers to the term `-{t}`, which is not translated into `{tag}`"
                    ),
                    (&entry.file, span),
                    &format!("-{t}"),
                    written,
                ));
                continue;
            }
            let mut d = Diagnostic::error(format!(
                "`{id}` refers to the term `-{t}`, which does not exist in locales/{}",
                locale.language.tag
            ))
            .at(&entry.file, span.clone(), "no such term");
            let terms: Vec<String> = locale.terms.keys().map(|k| format!("`-{k}`")).collect();
            d = match suggest::closest(t, locale.terms.keys().map(String::as_str)) {
                Some(c) => d.with_help(format!("did you mean `-{c}`?")),
                None if terms.is_empty() => d.with_help(format!(
                    "locales/{} defines no terms: write the words instead, or define it (`-{t} = …`)",
                    locale.language.tag
                )),
                None => d.with_help(format!(
                    "the terms of locales/{} are {}; or define it (`-{t} = …`)",
                    locale.language.tag,
                    crate::diagnostic::some_of(&terms)
                )),
            };
            diags.push(d);
        }
    }
}

/// Inside a term, `$name` is only what the reference to the term gives it, never a value the
/// page gives the message: where nothing gives it, Fluent shows `{$name}` on the page, and says
/// nothing of it (qa51). So each term a message or term refers to is given every variable it
/// shows as text (`-of = of { $thing }` needs `{ -of(thing: "…") }`), and a term refers to no
/// message that shows or chooses by a variable (that message would read the term's
/// arguments). A variable a term only chooses a variant by may be left out: the default then
/// stands, as meant.
///
/// A term shows none of the values the page gives its messages (`$org`, or any variable a
/// message of the source language uses): what a reference gives it is written in a locale
/// file, so it would be a fact written as words, which the page's own value never corrects
/// (qa151: a translator told to give `-customer` an `org` published an organisation's name no
/// content file states). Refused at the term, and at each reference that gives words for one.
fn check_term_values(locales: &Locales, locale: &Locale, diags: &mut Diagnostics) {
    let tag = &locale.language.tag;
    let shown = |key: &str| locales.shown_entry(locale, key);
    let page_values: BTreeSet<&str> = (crate::messages::GLOBAL_VARIABLES.iter().copied())
        .chain(
            locales
                .source()
                .messages
                .values()
                .flat_map(|m| m.refs.variables.keys()),
        )
        .collect();
    for (id, entry) in locale.entries().filter(|(id, _)| id.starts_with('-')) {
        let checks = entry.checks();
        let placed = checks
            .placed
            .iter()
            .map(|(name, span)| (name, span, "shows"));
        // Or chooses its words by one (qa152: `{ $org -> [Acme] Kunden von Acme … }`).
        let chosen = checks
            .selectors
            .iter()
            .map(|(name, span)| (name, span, "chooses its words by"));
        for (name, span, how) in placed
            .chain(chosen)
            .filter(|(name, ..)| page_values.contains(name))
        {
            diags.push(
                Diagnostic::error(format!(
                    "the term `{id}` in `{tag}` {how} `${name}`, a value the page gives its \
                     messages: inside a term, `${name}` is only words a locale file gives it"
                ))
                .at(&entry.file, span.clone(), "never the page's value")
                .with_help(format!(
                    "take `${name}` out of `{id}`, and write `{{ ${name} }}` in the messages \
                     that use the term, beside it: the page's values come from content/"
                )),
            );
        }
    }
    for (id, entry) in locale.entries() {
        for (t, span) in entry.refs.terms.iter() {
            let Some(term) = shown(&format!("-{t}")) else {
                continue;
            };
            let takes = |name: &str| {
                term.checks().placed.contains_key(name)
                    || term.checks().selectors.contains_key(name)
            };
            for given in (entry.checks().term_arguments.iter())
                .filter(|a| *a.term == *t && page_values.contains(&*a.name) && takes(&a.name))
            {
                let name = &given.name;
                diags.push(
                    Diagnostic::error(format!(
                        "`{id}` in `{tag}` gives `-{t}` words of its own for `${name}`, a value \
                         of the page"
                    ))
                    .at(&entry.file, given.span.clone(), "words standing for a fact")
                    .with_help(format!(
                        "take `{name}: …` out, and write `{{ ${name} }}` in `{id}` beside the \
                         term: a locale file holds words, the page's values come from content/"
                    )),
                );
            }
            let given = |name: &str| {
                (entry.checks().term_arguments.iter()).any(|a| *a.term == *t && *a.name == *name)
            };
            // A value of the page the term shows is told at the term.
            let told = |name: &str| given(name) || page_values.contains(name);
            for (name, _) in term.checks().placed.iter().filter(|(name, _)| !told(name)) {
                diags.push(
                    Diagnostic::error(format!(
                        "`{id}` in `{tag}` refers to `-{t}` without `{name}`, which the term \
                         shows: the page would read `{{${name}}}`"
                    ))
                    .at(&entry.file, span.clone(), format!("gives no `{name}`"))
                    .with_help(format!(
                        "give it (`{{ -{t}({name}: \"…\") }}`), or write the words in `{id}`: \
                         inside a term, `${name}` is only what the reference gives it, not the \
                         page's value"
                    )),
                );
            }
        }
        if !id.starts_with('-') {
            continue;
        }
        for (m, span) in entry.refs.messages.iter() {
            // The variables of the message and of the messages it refers to, in turn.
            let mut todo = vec![m];
            let mut seen = BTreeSet::from([m]);
            let mut reads = None;
            while let (None, Some(next)) = (reads, todo.pop()) {
                let Some(message) = shown(next) else {
                    continue;
                };
                reads = (message.refs.variables.keys())
                    .chain(message.checks().selectors.keys())
                    .next();
                todo.extend(message.refs.messages.keys().filter(|k| seen.insert(k)));
            }
            let Some(variable) = reads else {
                continue;
            };
            diags.push(
                Diagnostic::error(format!(
                    "the term `{id}` in `{tag}` refers to the message `{m}`, which reads \
                     `${variable}`: inside a term it reads only the term's arguments, and the \
                     page would read `{{${variable}}}`"
                ))
                .at(
                    &entry.file,
                    span.clone(),
                    "a message that reads the page's values",
                )
                .with_help(format!(
                    "refer to `{m}` from the messages themselves, not from a term, or write its \
                     words in `{id}`"
                )),
            );
        }
    }
}

/// Every variant a message asks a term for by a string (`-customer(case: "dative")`) is one
/// the term has: Fluent shows the default variant for any other, with no word of it, so a typo
/// would print the wrong grammatical case.
fn check_term_variants(locales: &Locales, locale: &Locale, diags: &mut Diagnostics) {
    // The term as this language shows it: its own, or its parent's.
    let term = |id: &str| locales.shown_entry(locale, &format!("-{id}"));
    // Its own messages and terms, and for a region the messages it shows of its parent's (and
    // theirs), which ask its own terms.
    // Each by the id it is written with: a term's with its `-` (qa66).
    let mut asking: Vec<(Cow<str>, &Entry)> = (locale.messages.iter())
        .map(|(id, e)| (Cow::Borrowed(id.as_str()), e))
        .chain((locale.terms.iter()).map(|(id, e)| (Cow::Owned(format!("-{id}")), e)))
        .collect();
    let mut said: BTreeSet<&String> = locale.messages.keys().collect();
    let mut parent = locale.parent.as_ref().and_then(|p| locales.get(&p.tag));
    while let Some(p) = parent {
        for (id, entry) in &p.messages {
            if said.insert(id) {
                asking.push((Cow::Borrowed(id.as_str()), entry));
            }
        }
        parent = p.parent.as_ref().and_then(|pp| locales.get(&pp.tag));
    }
    for (id, entry) in asking {
        for arg in &entry.checks().term_arguments {
            let Some(t) = term(&arg.term) else {
                continue;
            };
            // An argument the term neither chooses by nor shows (`kasus` for `case`) changes
            // nothing: the term shows its default. (Its text names each parameter it reads.)
            let reads = |name: &str| {
                let at = format!("${name}");
                t.canonical.match_indices(&at).any(|(i, _)| {
                    !t.canonical[i + at.len()..]
                        .starts_with(|c: char| c.is_alphanumeric() || c == '-' || c == '_')
                })
            };
            if !reads(&arg.name) && written_in(entry, &locale.language.tag) {
                let parameters: Vec<&str> = t.checks().selectors.keys().collect();
                let d = Diagnostic::error(format!(
                    "`{id}` in `{}` gives `-{}` the argument `{}`, which it does not take: it \
                     would show its default",
                    locale.language.tag, arg.term, arg.name
                ))
                .at(
                    &entry.file,
                    arg.name_span.clone(),
                    "not a parameter of the term",
                );
                diags.push(
                    match suggest::closest(&arg.name, parameters.iter().copied()) {
                        Some(c) => d.with_help(format!("did you mean `{c}`?")),
                        None => d.with_help(format!(
                            "`-{}` is written in {}: give it only what it reads",
                            arg.term, t.file.name
                        )),
                    },
                );
                continue;
            }
            // A term that chooses nothing by the argument takes any value.
            if !t.checks().selectors.contains_key(&arg.name) || t.checks().chosen_keys.is_empty() {
                continue;
            }
            let keys: Vec<&str> = t.checks().chosen_keys.iter().map(|(k, _)| k).collect();
            let tag = &locale.language.tag;
            // Where to mend it: the message's own words, or, where a region shows its parent's
            // message, the region's term.
            let own = written_in(entry, tag);
            let place = |d: Diagnostic, given: &str| match own {
                true => d.at(&entry.file, arg.span.clone(), "no such variant"),
                false => {
                    let (line, _) = entry.file.line_col(arg.span.start);
                    d.at(
                        &t.file,
                        t.span.clone(),
                        format!(
                            "no `{given}`, which {} asks for on line {line}",
                            entry.file.name
                        ),
                    )
                }
            };
            let d = match &arg.value {
                Given::Text(value) if t.checks().chosen_keys.contains_key(value) => continue,
                Given::Text(value) => {
                    let d = place(
                        Diagnostic::error(format!(
                            "`{id}` in `{tag}` asks `-{}` for the `{}` `{}`, which it has no \
                             variant for: it would show its default",
                            arg.term,
                            arg.name,
                            text::visible(value)
                        )),
                        value,
                    );
                    match suggest::closest(value, keys.iter().copied()) {
                        Some(c) if own => d.with_help(format!("did you mean `{c}`?")),
                        _ => d.with_help(format!(
                            "`-{}` has the variants {}: give it `[{value}]`, or ask for one of them",
                            arg.term,
                            keys.iter()
                                .map(|k| format!("`{k}`"))
                                .collect::<Vec<_>>()
                                .join(", "),
                        )),
                    }
                }
                // A number chooses by a key of that number, or by its plural category.
                Given::Number(_) if t.checks().chooses_by_number => continue,
                Given::Number(number) => place(
                    Diagnostic::error(format!(
                        "`{id}` in `{tag}` gives `-{}` the number {number} for `{}`, which \
                         chooses none of its variants: it would show its default",
                        arg.term, arg.name
                    )),
                    number,
                )
                .with_help(format!(
                    "`-{}`'s variants are named, not numbered: give it one of them as a string: {}",
                    arg.term,
                    keys.iter()
                        .map(|k| format!("`{}: \"{k}\"`", arg.name))
                        .collect::<Vec<_>>()
                        .join(", "),
                )),
            };
            diags.push(d);
        }
    }
}

/// Whether `entry` is written in the folder of the language `tag`, not inherited from a parent.
fn written_in(entry: &Entry, tag: &str) -> bool {
    entry.file.name.starts_with(&format!("locales/{tag}/"))
}

/// Refuses a message or term that refers to itself, directly or through others: Fluent cannot
/// format it, and would say so only when a page shows it, naming the page. Each group of
/// entries that refer to each other is told once, by its shortest cycle through its first entry
/// by id, at the reference that starts it.
fn check_cycles(locale: &Locale, diags: &mut Diagnostics) {
    // Entries by id, a term's with its `-`; each with what it refers to of this language's own.
    let entry = |id: &str| match id.strip_prefix('-') {
        Some(term) => locale.terms.get(term),
        None => locale.messages.get(id),
    };
    let refs = |id: &str| -> Vec<(String, Range<usize>)> {
        entry(id).map_or_else(Vec::new, |e| {
            let messages = e
                .refs
                .messages
                .iter()
                .map(|(m, span)| (m.to_string(), span.clone()));
            let terms = e
                .refs
                .terms
                .iter()
                .map(|(t, span)| (format!("-{t}"), span.clone()));
            messages
                .chain(terms)
                .filter(|(id, _)| entry(id).is_some())
                .collect()
        })
    };
    let ids: Vec<String> = locale
        .messages
        .keys()
        .cloned()
        .chain(locale.terms.keys().map(|t| format!("-{t}")))
        .collect();
    // Only an entry that can reach itself is on a cycle: those of each strongly connected
    // group of more than one entry, or referring to itself. Found in time linear in the
    // references, so that a long chain of terms (each using the next) costs no more than it.
    let position: std::collections::HashMap<&str, usize> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i))
        .collect();
    let graph: Vec<Vec<usize>> = ids
        .iter()
        .map(|id| {
            refs(id)
                .into_iter()
                .filter_map(|(to, _)| position.get(to.as_str()).copied())
                .collect()
        })
        .collect();
    let mut groups = strongly_connected(&graph);
    groups.sort_by_key(|group| group.iter().min().copied());
    for group in groups {
        let on_cycle = group.len() > 1 || graph[group[0]].contains(&group[0]);
        if !on_cycle {
            continue;
        }
        let members: std::collections::HashSet<&str> =
            group.iter().map(|&i| ids[i].as_str()).collect();
        // Told once, from its first entry by id.
        let start = &ids[*group.iter().min().expect("a group has an entry")];
        // The shortest way back to `start`, breadth first, inside the group: each id reached,
        // with the one it was reached from.
        let mut from: std::collections::BTreeMap<String, String> = Default::default();
        let mut queue = std::collections::VecDeque::from([start.clone()]);
        let mut closed = None;
        while let Some(id) = queue.pop_front() {
            for (next, _) in refs(&id) {
                if !members.contains(next.as_str()) {
                    continue;
                }
                if next == *start {
                    closed = Some(id.clone());
                    break;
                }
                if !from.contains_key(&next) {
                    from.insert(next.clone(), id.clone());
                    queue.push_back(next);
                }
            }
            if closed.is_some() {
                break;
            }
        }
        let Some(last) = closed else { continue };
        let mut path = vec![last.clone()];
        while let Some(before) = from.get(path.last().expect("not empty")) {
            path.push(before.clone());
        }
        // `path` runs from the entry that refers to `start` back to `start`.
        path.reverse();
        let through: Vec<String> = path.iter().skip(1).map(|id| format!("`{id}`")).collect();
        let first = path.get(1).unwrap_or(start);
        let span = refs(start)
            .into_iter()
            .find(|(id, _)| id == first)
            .map(|(_, span)| span);
        let (Some(e), Some(span)) = (entry(start), span) else {
            continue;
        };
        let why = if through.is_empty() {
            format!("`{start}` refers to itself")
        } else {
            format!("`{start}` refers to itself, through {}", through.join(", "))
        };
        diags.push(
            Diagnostic::error(why)
                .at(&e.file, span, "the reference that leads back to it")
                .with_help("a message cannot show its own text: write the words out here"),
        );
    }
}

/// How many placeables Fluent shows in one message at most (fluent-bundle 0.16's
/// `MAX_PLACEABLES`): one more, and it shows nothing after and fails the page.
const MAX_PLACEABLES: u32 = 100;

/// Refuses a message that shows more placeables than Fluent shows in one message, counting
/// those of the terms and messages it refers to each time it refers to them (a selection's
/// variant that shows most): terms that each show the one before ten times (qa58) multiply,
/// and eight lines would show ten million. Told at the first reference of the message, which
/// is where its count grows; for a region, its parent's messages too, with the region's terms.
fn check_placeables(locales: &Locales, locale: &Locale, diags: &mut Diagnostics) {
    // Only a message that refers to another entry can show more than it writes; one that
    // writes more than the limit itself is told where its page is made.
    let parent = locale.parent.as_ref().and_then(|p| locales.get(&p.tag));
    let ids: BTreeSet<&String> = (locale.messages.iter())
        .chain(parent.iter().flat_map(|p| p.messages.iter()))
        .filter(|(_, e)| !e.refs.terms.is_empty() || !e.refs.messages.is_empty())
        .map(|(id, _)| id)
        .collect();
    let mut counter = Placeables::new(locales, locale);
    let mut in_parent = parent.map(|p| Placeables::new(locales, p));
    for id in ids {
        let Some(entry) = locales.shown_entry(locale, id) else {
            continue;
        };
        if counter.count(id, None, 0) <= MAX_PLACEABLES {
            continue;
        }
        // A region's parent's message too long in the parent is told there.
        let own = locale.messages.contains_key(id);
        if !own && (in_parent.as_mut()).is_some_and(|p| p.count(id, None, 0) > MAX_PLACEABLES) {
            continue;
        }
        let at = (entry.refs.terms.iter())
            .chain(entry.refs.messages.iter())
            .map(|(_, span)| span)
            .min_by_key(|span| span.start)
            .cloned()
            .unwrap_or_else(|| entry.span.clone());
        let what = if own {
            format!("`{id}` in `{}`", locale.language.tag)
        } else {
            format!(
                "`{id}` (of `{}`) with the terms of `{}`",
                entry.file.name, locale.language.tag
            )
        };
        diags.push(
            Diagnostic::error(format!(
                "{what} shows more than {MAX_PLACEABLES} placeables, counting those of the terms \
                 and messages it refers to each time it refers to them: Fluent shows no more, \
                 and the page could not be made"
            ))
            .at(&entry.file, at, "counted from here")
            .with_help(
                "write the words out, or refer to fewer terms: a term that shows another ten \
                 times, itself shown ten times, counts a hundred",
            ),
        );
    }
}

/// Counts placeables as Fluent shows them in one language's pages ([`check_placeables`]), each
/// entry's once.
struct Placeables<'l> {
    locales: &'l Locales,
    locale: &'l Locale,
    /// By entry (a term's with its `-`) and attribute.
    counted: HashMap<(String, Option<String>), u32>,
    /// The entries being counted: a cycle (refused on its own) counts nothing more.
    counting: HashSet<String>,
    /// Whether the count under way stopped at a reference deeper than the limit, which depends
    /// on the way it was reached: not kept for the entries it was reached through.
    deep: bool,
}

impl<'l> Placeables<'l> {
    fn new(locales: &'l Locales, locale: &'l Locale) -> Self {
        Placeables {
            locales,
            locale,
            counted: HashMap::new(),
            counting: HashSet::new(),
            deep: false,
        }
    }

    /// The placeables `key` (or its `attribute`) shows, reached `depth` references deep; at
    /// most one more than the limit.
    fn count(&mut self, key: &str, attribute: Option<&str>, depth: u32) -> u32 {
        // Each level of reference is a placeable: deeper than the limit is over it. A chain
        // of any length is counted without recursing further than this.
        if depth > MAX_PLACEABLES {
            self.deep = true;
            return MAX_PLACEABLES + 1;
        }
        let memo = (key.to_string(), attribute.map(str::to_string));
        if let Some(n) = self.counted.get(&memo) {
            return *n;
        }
        if !self.counting.insert(key.to_string()) {
            return 0;
        }
        let deep_before = std::mem::replace(&mut self.deep, false);
        let n = match self.locales.shown_entry(self.locale, key) {
            Some(entry) => match fluent_syntax::parser::parse(entry.canonical.as_str()) {
                Ok(resource) => {
                    let pattern = match resource.body.first() {
                        Some(ast::Entry::Message(m)) => match attribute {
                            Some(name) => (m.attributes.iter())
                                .find(|a| a.id.name == name)
                                .map(|a| &a.value),
                            None => m.value.as_ref(),
                        },
                        Some(ast::Entry::Term(t)) => match attribute {
                            Some(name) => (t.attributes.iter())
                                .find(|a| a.id.name == name)
                                .map(|a| &a.value),
                            None => Some(&t.value),
                        },
                        _ => None,
                    };
                    pattern.map_or(0, |p| self.pattern(p, depth))
                }
                Err(_) => 0,
            },
            None => 0,
        };
        self.counting.remove(key);
        if !self.deep {
            self.counted.insert(memo, n);
        }
        self.deep |= deep_before;
        n
    }

    fn pattern(&mut self, p: &ast::Pattern<&str>, depth: u32) -> u32 {
        let mut n: u32 = 0;
        for element in &p.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                n = n.saturating_add(1 + self.expression(expression, depth));
            }
            if n > MAX_PLACEABLES {
                return MAX_PLACEABLES + 1;
            }
        }
        n
    }

    fn expression(&mut self, e: &ast::Expression<&str>, depth: u32) -> u32 {
        match e {
            ast::Expression::Inline(inline) => self.inline(inline, depth),
            ast::Expression::Select { selector, variants } => {
                let most = (variants.iter())
                    .map(|v| self.pattern(&v.value, depth))
                    .max()
                    .unwrap_or(0);
                self.inline(selector, depth).saturating_add(most)
            }
        }
    }

    fn inline(&mut self, i: &ast::InlineExpression<&str>, depth: u32) -> u32 {
        match i {
            ast::InlineExpression::TermReference { id, attribute, .. } => self.count(
                &format!("-{}", id.name),
                attribute.as_ref().map(|a| a.name),
                depth + 1,
            ),
            ast::InlineExpression::MessageReference { id, attribute } => {
                self.count(id.name, attribute.as_ref().map(|a| a.name), depth + 1)
            }
            ast::InlineExpression::Placeable { expression } => self.expression(expression, depth),
            ast::InlineExpression::FunctionReference { arguments, .. } => (arguments.positional)
                .iter()
                .chain(arguments.named.iter().map(|a| &a.value))
                .map(|a| self.inline(a, depth))
                .fold(0, u32::saturating_add),
            _ => 0,
        }
    }
}

/// The strongly connected groups of `graph` (each node's list of the nodes it leads to), by
/// Tarjan's algorithm, without recursion (a chain of thousands of terms must not overflow the
/// stack): each node is in exactly one group.
fn strongly_connected(graph: &[Vec<usize>]) -> Vec<Vec<usize>> {
    const UNSEEN: usize = usize::MAX;
    let n = graph.len();
    let (mut index, mut low) = (vec![UNSEEN; n], vec![0; n]);
    let mut on_stack = vec![false; n];
    let (mut stack, mut groups) = (Vec::new(), Vec::new());
    let mut next = 0;
    for root in 0..n {
        if index[root] != UNSEEN {
            continue;
        }
        // Each frame: a node, and how many of its edges have been followed.
        let mut frames = vec![(root, 0)];
        index[root] = next;
        low[root] = next;
        next += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (node, ref mut edge)) = frames.last_mut() {
            if let Some(&to) = graph[node].get(*edge) {
                *edge += 1;
                if index[to] == UNSEEN {
                    index[to] = next;
                    low[to] = next;
                    next += 1;
                    stack.push(to);
                    on_stack[to] = true;
                    frames.push((to, 0));
                } else if on_stack[to] {
                    low[node] = low[node].min(index[to]);
                }
                continue;
            }
            frames.pop();
            if let Some(&(parent, _)) = frames.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == index[node] {
                let mut group = Vec::new();
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    group.push(member);
                    if member == node {
                        break;
                    }
                }
                groups.push(group);
            }
        }
    }
    groups
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
    ungiven: &BTreeSet<String>,
    named: &BTreeSet<&str>,
    diags: &mut Diagnostics,
) {
    let tag = &translation.language.tag;
    // Messages of the translation the source has not, and of the source the translation has
    // not: one of each alike is likely one id misspelt.
    let obsolete: Vec<&str> = translation
        .messages
        .keys()
        .filter(|id| !source.messages.contains_key(*id) && !source.broken.contains(id))
        .map(String::as_str)
        .collect();
    let missing: Vec<&str> = source
        .messages
        .keys()
        .filter(|id| !translation.has_message(id) && !translation.broken.contains(id))
        .map(String::as_str)
        .collect();
    for (id, entry) in &source.messages {
        if !translation.messages.contains_key(id) && translation.has_message(id) {
            // Inherited from the parent language, which is checked in its own right.
            continue;
        }
        if translation.broken.contains(id) {
            // Written, and told as a syntax error where it is.
            continue;
        }
        let Some(translated) = translation.messages.get(id) else {
            let said = format!("`{id}` is not translated into `{tag}`");
            // A label no fact names and no message shows is on no page (qa109): it blocks no
            // publication, and must be translated before a fact names it.
            let shown_nowhere = Label::is_label(id)
                && !named.contains(id.as_str())
                && source.users_of(&BTreeSet::from([id.clone()])).is_empty();
            let d = if options.missing_is_error && !shown_nowhere {
                Diagnostic::error(said)
            } else {
                Diagnostic::warning(said)
            };
            if let Some(written) = suggest::closest(id, obsolete.iter().copied())
                && let Some(misspelt) = translation.messages.get(written)
            {
                let (line, column) = misspelt.file.line_col(misspelt.span.start);
                diags.push(
                    d.at(
                        &entry.file,
                        entry.span.clone(),
                        format!("missing in locales/{tag}/"),
                    )
                    .with_help(format!(
                        "`{written}` in {}:{line}:{column} looks like it, its id misspelt: \
                         rename it `{id}`",
                        misspelt.file.name
                    )),
                );
                continue;
            }
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
                    // A message candor needs, in a language its example speaks: the words
                    // `candor init` writes.
                    None if crate::messages::speaks(tag) => {
                        format!("add `{id} = …` to a file in locales/{tag}/{}", as_init_writes(tag, id))
                    }
                    None => format!("add `{id} = …` to a file in locales/{tag}/"),
                }),
            );
            continue;
        };
        if ungiven.contains(id) {
            // The source asks for a variable it is not given: told there, and no measure of
            // the translation's.
            continue;
        }
        let unknown = translated.refs.variables.iter().filter(|(v, _)| {
            !entry.refs.variables.contains_key(v) && !crate::messages::GLOBAL_VARIABLES.contains(v)
        });
        for (var, span) in unknown {
            let mut d = Diagnostic::error(format!(
                "`{id}` in `{tag}` uses the variable `${var}`, which the source does not provide"
            ))
            .at(
                &translated.file,
                span.clone(),
                "not a variable of this message",
            );
            // Its own variables, and those every message is given.
            let own: Vec<&str> = entry.refs.variables.keys().collect();
            let listed = |names: &[&str]| {
                names
                    .iter()
                    .map(|v| format!("${v}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let global = listed(&crate::messages::GLOBAL_VARIABLES);
            let known = own.iter().copied().chain(crate::messages::GLOBAL_VARIABLES);
            d = match suggest::closest(var, known) {
                Some(c) => d.with_help(format!("did you mean `${c}`?")),
                None if own.is_empty() => d.with_help(format!(
                    "the source ({}) uses no variable of its own here; every message may use {global}",
                    entry.file.name,
                )),
                None => d.with_help(format!(
                    "the source ({}) provides {}; every message may use {global} too",
                    entry.file.name,
                    listed(&own)
                )),
            };
            diags.push(d);
        }
    }
    for (id, entry) in obsolete
        .iter()
        .filter_map(|id| translation.messages.get_key_value(*id))
    {
        // Of a message missing here, its translation misnamed; else, of any the source has (a
        // region's own words over its parent's: none is missing there, qa116).
        let written = || source.messages.keys().map(String::as_str);
        let help = match suggest::closest(id, missing.iter().copied()) {
            Some(meant) => {
                format!(
                    "did you mean `{meant}`? It is not translated into `{tag}`: rename this one"
                )
            }
            None => match suggest::closest(id, written()) {
                Some(meant) => format!(
                    "did you mean `{meant}`? Rename this one: as it is written, no page shows it"
                ),
                None => "remove it, or check its id for a typo".to_string(),
            },
        };
        let mut d = Diagnostic::warning(format!(
            "`{id}` is obsolete: the source language has no such message"
        ))
        .at(&entry.file, entry.span.clone(), "never shown")
        .with_help(help);
        if options.obsolete_is_error {
            d.severity = crate::diagnostic::Severity::Error;
        }
        diags.push(d);
    }
}

/// A translated message that leaves out a variable its source uses (`{ $hours }`) states that
/// fact in words of its own (a number, a date), or not at all: an error, unless the
/// translation is stale (the source started showing the fact after it was translated, and the
/// page says that it is out of date), refers to other messages (through which the fact may
/// come), or uses a variable the source has not (an error of its own, which suggests the one
/// meant). `statuses` are the translations' ([`crate::validate::status::all`]).
pub fn facts_left_out(
    locales: &Locales,
    statuses: &[crate::validate::status::Status],
    diags: &mut Diagnostics,
) {
    let source = locales.source();
    let plurals: BTreeMap<&str, Option<BTreeMap<&str, Vec<u64>>>> = statuses
        .iter()
        .map(|s| (s.language.as_str(), plural_numbers(&s.language)))
        .collect();
    for status in statuses {
        let Some(translation) = locales
            .locales
            .iter()
            .find(|l| l.language.tag == status.language)
        else {
            continue;
        };
        let (translation, tag): (&Locale, _) = (translation, &status.language);
        let mut strays = Strays::default();
        for (id, entry) in &source.messages {
            let Some(translated) = translation.messages.get(id) else {
                // A region's parent's message, shown with the region's terms: a number the
                // region's own terms write (qa61: `-customer = client (depuis 2019)`).
                if translation.parent.is_some()
                    && let Some(shown) = locales.shown_entry(translation, id)
                {
                    let own = format!("locales/{tag}/");
                    let of = (translation, status);
                    stray_numbers(locales, of, (id, entry), shown, Some(&own), &mut strays);
                }
                continue;
            };
            // A variant for one value of a fact the source chooses no words for (`[24] von
            // 72 Stunden`, `[Frankfurt] Dublin`): the page would state a fact of its own
            // wherever the fact is that value. (A term's variants are its own: the cases of a
            // word, chosen by the messages that use it.)
            // Every such key at once (qa93: `[eins]` and `*[andere]`, the keys translated, were
            // told one at a time).
            let own_keys: Vec<(&str, &Range<usize>)> = (translated.checks().chosen_keys.iter())
                .filter(|(key, _)| !entry.checks().chosen_keys.contains_key(key))
                .filter(|_| !crate::validate::status::is_term(id))
                .collect();
            for (key, span) in own_keys {
                // The source's keys, as its words choose by them.
                let source_keys: Vec<&str> = entry.checks().chosen_keys.keys().collect();
                diags.push(
                    Diagnostic::error(format!(
                        "`{id}` in `{tag}` has words of its own for the value {key}, which the \
                         source does not: where the fact is {key}, the page in `{tag}` would \
                         say what they say"
                    ))
                    .at(
                        &translated.file,
                        span.clone(),
                        format!("only where it is {key}"),
                    )
                    .with_help({
                        // A slip of the keys the source has, or of a plural category (`[ome]`).
                        let keys = (source_keys.iter().copied())
                            .chain(["zero", "one", "two", "few", "many", "other"]);
                        let keys: Vec<&str> = keys.collect();
                        let meant = (crate::suggest::closest(key, keys.iter().copied()))
                            .or_else(|| {
                                // Short words: one letter off (`[ome]`, `[fwe]`).
                                (keys.iter().copied())
                                    .find(|k| strsim::damerau_levenshtein(key, k) == 1)
                            })
                            .map(|k| format!("did you mean `[{k}]`? "))
                            .unwrap_or_default();
                        let listed: Vec<String> =
                            source_keys.iter().map(|k| format!("`[{k}]`")).collect();
                        format!(
                            "{meant}the keys in brackets are candor's, not words to translate: \
                             keep the source's{} ({}), and for a number the plural categories \
                             (`[one]`, `[few]`, `*[other]`…), with the fact written as a \
                             variable",
                            match listed.is_empty() {
                                true => String::new(),
                                false => format!(", {}", listed.join(", ")),
                            },
                            entry.file.name
                        )
                    }),
                );
            }
            // A variable the source only chooses its words by (`$when`) gives candor's keyword
            // for a value (`now`), not words: shown, the page would print the keyword, stale or
            // not.
            let only_chosen_by = |v: &str| {
                entry.checks().selectors.contains_key(v) && !entry.checks().placed.contains_key(v)
            };
            if let Some((v, span)) =
                (translated.checks().placed.iter()).find(|(v, _)| only_chosen_by(v))
            {
                diags.push(
                    Diagnostic::error(format!(
                        "`{id}` in `{tag}` shows `${v}` as words, where the source only chooses \
                         its words by it: the page in `{tag}` would print the keyword candor \
                         chooses by, not words"
                    ))
                    .at(&translated.file, span.clone(), "a keyword, not words")
                    .with_help(format!(
                        "choose its words by `${v}` instead, as the source ({}) does{}",
                        entry.file.name,
                        as_init_writes(tag, id)
                    )),
                );
            }
            stray_numbers(
                locales,
                (translation, status),
                (id, entry),
                translated,
                None,
                &mut strays,
            );
            if status.stale.contains(id) {
                continue;
            }
            // A message of the translation's own, which the source lacks, is held to no
            // source: referred to, it could state a fact of its own (`{ $org -> [Luscii]
            // Niemand. }`). A term can be given no fact, only the words a message names. (A
            // stale translation may still refer to a message its source has since taken out.)
            for (m, span) in translated.refs.messages.iter().filter(|(m, _)| {
                translation.has_message(m) && !source.has_message(m) && !source.broken.contains(m)
            }) {
                diags.push(
                    Diagnostic::error(format!(
                        "`{id}` in `{tag}` refers to `{m}`, a message the source does not have: \
                         its words would be held to no source's"
                    ))
                    .at(&translated.file, span.clone(), "not in the source")
                    .with_help(format!(
                        "words of your own that several messages share belong in a term \
                         (`-{m} = …`), which no fact can choose; or write them out where they \
                         are said"
                    )),
                );
            }
            let unknown = translated
                .refs
                .variables
                .iter()
                .any(|(v, _)| !entry.refs.variables.contains_key(v));
            if unknown {
                continue;
            }
            // Words for a plural category of many numbers that leave out the fact they are
            // chosen by (`[many] اثنتين وسبعين ساعة`, "seventy-two hours", for 11 to 99): the
            // page states a number of its own wherever the fact falls in that category.
            // Words for a category of one number (English `one`, Arabic `two`) may name it in
            // words. Zero counts where the variable can be 0 (a count of sub-processors: French
            // `one` is 0 and 1, and "un sous-traitant" would be said of none), not where it
            // never is ([`FROM_ONE`]: French `un jour` is right for the only one of them).
            let numbers = |variable: &str, category: &str| -> Option<Vec<u64>> {
                let numbers = plurals.get(tag.as_str())?.as_ref()?.get(category)?;
                let from_one = FROM_ONE.contains(&(id.as_str(), variable));
                Some(
                    numbers
                        .iter()
                        .copied()
                        .filter(|n| *n > 0 || !from_one)
                        .collect(),
                )
            };
            // The source's words, copied and not translated yet, or marked as meant to read so
            // (`# candor: same-as-source`) and so written, are the source's: told as
            // untranslated, or taken as the translator's choice. (A category the language never chooses is warned of
            // as such.)
            let untranslated = status.untranslated.contains(id)
                || translated.same_as_source && translated.canonical == entry.canonical;
            // The numbers that fall to a variant's category, but for those the selection has
            // words of their own for (`[0]`), which Fluent chooses first.
            let falling = |hidden: &HiddenByPlural| {
                let numbers = numbers(&hidden.variable, &hidden.category)?;
                Some(
                    (numbers.into_iter())
                        .filter(|n| !hidden.exact.contains(n))
                        .collect::<Vec<_>>(),
                )
            };
            for hidden in (translated.checks().hidden_by_plural.iter()).filter(|hidden| {
                entry.checks().shown.contains_key(&hidden.variable)
                    && falling(hidden).is_some_and(|numbers| numbers.len() > 1)
                    && !untranslated
            }) {
                let HiddenByPlural {
                    variable,
                    category,
                    span,
                    ..
                } = hidden;
                let some = falling(hidden).map_or(String::new(), |numbers| {
                    let shown: Vec<String> = numbers.iter().take(3).map(u64::to_string).collect();
                    let more = if numbers.len() > 3 { ", …" } else { "" };
                    format!(" (in `{tag}`: {}{more})", shown.join(", "))
                });
                diags.push(
                    Diagnostic::error(format!(
                        "`{id}` in `{tag}` does not show `${variable}` in its variant \
                         `[{category}]`, which the source shows: wherever the fact is a number \
                         of that category, the page in `{tag}` would state a number of its own"
                    ))
                    .at(
                        &translated.file,
                        span.clone(),
                        format!("no `{{ ${variable} }}` here"),
                    )
                    .with_help(format!(
                        "write `{{ ${variable} }}` in the words of `[{category}]`, as the \
                         variant marked `*` does: several numbers fall in it{some}"
                    )),
                );
            }
            // A message it refers to may state the fact for it (a message reference passes its
            // variables on), held to the same rules as its own words.
            let (original, translation_says) = (
                Through::of(locales, source, entry),
                Through::of(locales, translation, translated),
            );
            // Used, but only to choose a variant, or only in variants other than the default
            // (`{ $hours -> [one] einer Stunde *[other] kurzer Zeit }`): the page states the
            // fact for some values at most.
            let unshown: Vec<&str> = original
                .shown()
                .filter(|v| translation_says.uses(v) && !translation_says.shows(v))
                .collect();
            if let Some(first) = unshown.first() {
                let at = translated
                    .checks()
                    .default_variant
                    .clone()
                    .unwrap_or_else(|| translated.span.clone());
                diags.push(
                    Diagnostic::error(format!(
                        "`{id}` in `{tag}` does not show `${first}` in its default variant, \
                         where the source does: the page in `{tag}` would not state that fact"
                    ))
                    .at(&translated.file, at, format!("no `{{ ${first} }}` here"))
                    .with_help(format!(
                        "write `{{ ${first} }}` in the variant marked `*`, as the source ({}) does",
                        entry.file.name
                    )),
                );
            }
            let (chosen, dropped): (Vec<&str>, Vec<&str>) = original
                .used()
                .filter(|v| !translation_says.uses(v))
                .partition(|v| only_chosen_by(v));
            if let Some(v) = chosen.first() {
                diags.push(
                    Diagnostic::error(format!(
                        "`{id}` in `{tag}` does not choose its words by `${v}`, as the source \
                         does: the page in `{tag}` would say the same whatever it is"
                    ))
                    .at(
                        &translated.file,
                        translated.span.clone(),
                        "words for one case only",
                    )
                    .with_help(format!(
                        "choose its words by `${v}`, as the source ({}) does{}",
                        entry.file.name,
                        as_init_writes(tag, id)
                    )),
                );
            }
            if dropped.is_empty() {
                continue;
            }
            let list =
                |f: fn(&str) -> String| dropped.iter().map(|v| f(v)).collect::<Vec<_>>().join(", ");
            diags.push(
                Diagnostic::error(format!(
                    "`{id}` in `{tag}` does not use {}, which the source shows: the page in \
                     `{tag}` would not state that fact, or state one of its own",
                    list(|v| format!("`${v}`"))
                ))
                .at(&translated.file, translated.span.clone(), "a fact left out")
                .with_help(format!(
                    "write {} where the translation says it, as the source ({}) does",
                    list(|v| format!("`{{ ${v} }}`")),
                    entry.file.name
                )),
            );
        }
        strays.warn(tag, diags);
    }
}

/// The numbers one translation writes that the source's words do not ([`stray_numbers`]): each
/// where it is written, with the messages that show it there, so that a number in a term many
/// messages use is told once (qa143: once for each message, alike, at the term's place).
#[derive(Default)]
struct Strays<'l> {
    found: BTreeMap<Written<'l>, (&'l Arc<SourceFile>, Vec<String>)>,
}

/// Where a number is written: its file's name, the span in it, and the number.
type Written<'l> = (&'l str, usize, usize, &'l str);

impl<'l> Strays<'l> {
    fn add(&mut self, number: &'l str, file: &'l Arc<SourceFile>, span: &Range<usize>, id: &str) {
        let key = (file.name.as_str(), span.start, span.end, number);
        let (_, ids) = self.found.entry(key).or_insert_with(|| (file, Vec::new()));
        ids.push(id.to_string());
    }

    /// A warning for each, in `tag`'s words.
    fn warn(self, tag: &str, diags: &mut Diagnostics) {
        for ((_, start, end, number), (file, ids)) in self.found {
            let named: Vec<String> = ids.iter().map(|id| format!("`{id}`")).collect();
            let (messages, have) = match named.split_last() {
                Some((last, [])) => (last.clone(), "has"),
                Some((last, rest)) => (format!("{} and {last}", rest.join(", ")), "have"),
                None => continue,
            };
            diags.push(
                Diagnostic::warning(format!(
                    "{messages} in `{tag}` {have} a number the source does not, `{number}`: a \
                     number on the page is a fact, which content/ states and a message is given"
                ))
                .at(file, start..end, "not in the source")
                .with_help(
                    "take it out; if it is part of the words (a law's article, say), the \
                     source's words say it too",
                ),
            );
        }
    }
}

/// Warns of each number `shown`, the words of `status`'s language for the source's `entry`
/// `id`, writes in its text or in a term it uses (`-frist = 72 Stunden`) that the source's words
/// do not: a fact typed into the words, which no content file states (`Inhalt (seit 2019, 72
/// Stunden)`), each where it is first written (qa60); only those written in files under `only`,
/// where given (a region's, over its parent's message). Stale or not (qa60: a stale
/// translation's "72 Stunden" for the facts' 24): a stale one is held to the source's words
/// and those it was translated from, which may have had it.
fn stray_numbers<'l>(
    locales: &'l Locales,
    (translation, status): (&'l Locale, &crate::validate::status::Status),
    (id, entry): (&str, &Entry),
    shown: &'l Entry,
    only: Option<&str>,
    strays: &mut Strays<'l>,
) {
    let written: Vec<_> = numbers_written(locales, translation, shown)
        .into_iter()
        .filter(|(_, file, _)| only.is_none_or(|only| file.name.starts_with(only)))
        .collect();
    // Most words write no number: the source's are read only for those that do.
    if written.is_empty() {
        return;
    }
    let mut in_source: BTreeSet<String> = numbers_written(locales, locales.source(), entry)
        .into_iter()
        .map(|(n, _, _)| n.to_string())
        .collect();
    if status.stale.iter().any(|s| s == id)
        && let Some(earlier) = status.translated_from.get(id)
    {
        in_source.extend(crate::text::numbers(earlier).into_iter().map(|(n, _)| n));
    }
    for (number, file, span) in written {
        if !in_source.insert(number.to_string()) {
            continue;
        }
        strays.add(number, file, &span, id);
    }
}

/// The numbers `entry` writes ([`Checks::numbers`](crate::load::locales::Checks::numbers)), and
/// those of the terms it uses, and theirs: each with the file and span where it is written.
fn numbers_written<'l>(
    locales: &'l Locales,
    locale: &'l Locale,
    entry: &'l Entry,
) -> Vec<(&'l str, &'l Arc<SourceFile>, Range<usize>)> {
    let mut out = Vec::new();
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    let mut next = vec![entry];
    while let Some(e) = next.pop() {
        out.extend(
            e.checks()
                .numbers
                .iter()
                .map(|(n, span)| (n, &e.file, span.clone())),
        );
        for term in e.refs.terms.keys() {
            if seen.insert(term)
                && let Some(used) = locales.shown_entry(locale, &format!("-{term}"))
            {
                next.push(used);
            }
        }
    }
    out
}

/// The messages candor gives a number that is never 0, with the variable that holds it: a
/// deadline in hours and a retention period (1 or more, as content/ is checked), how many
/// sub-processors a notice removes. Any other number may be 0 (how many sub-processors are
/// engaged), and a theme's own messages may be given any.
const FROM_ONE: &[(&str, &str)] = &[
    ("breach-notification", "hours"),
    ("summary-breach", "hours"),
    ("change-breach-deadline", "now"),
    ("change-breach-deadline", "was"),
    ("retention-period", "count"),
    ("notice-intro-removed", "count"),
    ("notice-intro-removed-kept", "count"),
];

/// The variables a message uses and shows, and those of the messages it refers to, and theirs:
/// a message reference is formatted with the variables of the message that makes it. A message
/// a region does not say in its own words is its parent's.
struct Through<'l> {
    /// The message itself.
    own: &'l Entry,
    /// Those of the messages it refers to, used and shown, that it does not use itself; none
    /// (and nothing made) for a message that refers to none, as most do.
    referred: Option<(BTreeSet<&'l str>, BTreeSet<&'l str>)>,
}

impl<'l> Through<'l> {
    fn of(locales: &'l Locales, locale: &'l Locale, own: &'l Entry) -> Through<'l> {
        if own.refs.messages.is_empty() {
            return Through {
                own,
                referred: None,
            };
        }
        let (mut used, mut shown) = (BTreeSet::new(), BTreeSet::new());
        let mut seen: BTreeSet<&str> = BTreeSet::new();
        let mut next = vec![own];
        while let Some(e) = next.pop() {
            used.extend(
                e.refs
                    .variables
                    .keys()
                    .filter(|v| !own.refs.variables.contains_key(v)),
            );
            shown.extend(
                e.checks()
                    .shown
                    .keys()
                    .filter(|v| !own.checks().shown.contains_key(v)),
            );
            for id in e.refs.messages.keys() {
                if seen.insert(id)
                    && let Some(referred) = locales.shown_entry(locale, id)
                {
                    next.push(referred);
                }
            }
        }
        Through {
            own,
            referred: Some((used, shown)),
        }
    }

    /// Every variable used, each once.
    fn used(&self) -> impl Iterator<Item = &'l str> + '_ {
        let referred = self
            .referred
            .iter()
            .flat_map(|(used, _)| used.iter().copied());
        self.own.refs.variables.keys().chain(referred)
    }

    /// The variables shown in text where every selection takes its default variant, each once.
    fn shown(&self) -> impl Iterator<Item = &'l str> + '_ {
        let referred = self
            .referred
            .iter()
            .flat_map(|(_, shown)| shown.iter().copied());
        self.own.checks().shown.keys().chain(referred)
    }

    fn uses(&self, variable: &str) -> bool {
        self.own.refs.variables.contains_key(variable)
            || self
                .referred
                .as_ref()
                .is_some_and(|(used, _)| used.contains(variable))
    }

    fn shows(&self, variable: &str) -> bool {
        self.own.checks().shown.contains_key(variable)
            || self
                .referred
                .as_ref()
                .is_some_and(|(_, shown)| shown.contains(variable))
    }
}

/// No message or term of `language` holds a character that has no place in text, nor an
/// invisible format character or a private-use one ([`text::forbidden_in_words`]): a control
/// character, a bidi override, a noncharacter, an invisible one. Each of its own files is walked once, as the loader parsed it (a regional language
/// inherits its parent's files, but they are not its own); the loader calls this for each
/// language as it is parsed.
pub fn check_characters(language: &Parsed, diags: &mut Diagnostics) {
    let plurals = plural_categories(&language.tag);
    for ftl in &language.files {
        check_file_characters(ftl, &language.tag, diags);
        if let Some(plurals) = &plurals {
            check_plural_keys(ftl, &language.tag, plurals, diags);
        }
    }
}

/// The plural categories Fluent chooses between for a whole number in the language `tag`: its
/// cardinal rules, found as fluent-bundle finds them. Every number candor gives a message (a
/// count, hours, days) is whole.
fn plural_categories(tag: &str) -> Option<BTreeSet<&'static str>> {
    plural_numbers(tag).map(|numbers| numbers.into_keys().collect())
}

/// Of each plural category of [`plural_categories`], the whole numbers up to 200 (and the
/// powers of ten above) that fall in it.
fn plural_numbers(tag: &str) -> Option<BTreeMap<&'static str, Vec<u64>>> {
    use fluent_langneg::{NegotiationStrategy, negotiate_languages};
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let language: unic_langid::LanguageIdentifier = tag.parse().ok()?;
    let english: unic_langid::LanguageIdentifier = "en".parse().ok()?;
    let known = PluralRules::get_locales(PluralRuleType::CARDINAL);
    let chosen = negotiate_languages(
        &[language],
        &known,
        Some(&english),
        NegotiationStrategy::Lookup,
    )
    .first()
    .map(|l| (*l).clone())?;
    let rules = PluralRules::create(chosen, PluralRuleType::CARDINAL).ok()?;
    // Every category a whole number falls in shows by 200 (the rules look at the last two
    // digits), or at a power of ten (newer CLDR gives French a `many` for a million).
    let numbers = (0..=200u64).chain((3..=12).map(|e| 10u64.pow(e)));
    let mut counts: BTreeMap<&str, Vec<u64>> = BTreeMap::new();
    for (n, category) in numbers.filter_map(|n| Some((n, rules.select(n).ok()?))) {
        let name = match category {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        };
        counts.entry(name).or_default().push(n);
    }
    Some(counts)
}

/// Warns of each variant chosen by a plural category that `tag`'s numbers never fall in
/// (`[few]` in German): its words are never shown.
fn check_plural_keys(ftl: &Ftl, tag: &str, plurals: &BTreeSet<&str>, diags: &mut Diagnostics) {
    fn keys<'s>(p: &ast::Pattern<&'s str>, out: &mut Vec<&'s str>) {
        for element in &p.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_keys(expression, out);
            }
        }
    }
    fn expression_keys<'s>(e: &ast::Expression<&'s str>, out: &mut Vec<&'s str>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                let by_number = matches!(selector, ast::InlineExpression::VariableReference { .. });
                for v in variants {
                    // The default is shown for any number no other variant is chosen by.
                    if let (true, false, ast::VariantKey::Identifier { name }) =
                        (by_number, v.default, &v.key)
                    {
                        out.push(name);
                    }
                    keys(&v.value, out);
                }
            }
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
                expression_keys(expression, out);
            }
            ast::Expression::Inline(_) => {}
        }
    }
    let source = ftl.text();
    let language = plurals.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>();
    let language = match language.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => return,
    };
    for entry in ftl.entries() {
        let Some((id, patterns)) = patterns_of(entry) else {
            continue;
        };
        let mut found = Vec::new();
        patterns.iter().for_each(|p| keys(p, &mut found));
        for key in found {
            let never =
                crate::load::locales::PLURAL_CATEGORIES.contains(&key) && !plurals.contains(key);
            let Some(start) = start_in(source, key).filter(|_| never) else {
                continue;
            };
            diags.push(
                Diagnostic::warning(format!(
                    "`[{key}]` of `{id}` is never chosen: a number in `{tag}` is {language}"
                ))
                .at(&ftl.file, start..start + key.len(), "never chosen")
                .with_help("remove the variant: its words are never shown"),
            );
        }
    }
}

/// A forbidden character in the text of a message or term: where it is written, and whether it
/// is written as an escape (`"\u001B"` in a string literal).
struct Found {
    span: Range<usize>,
    what: Forbidden,
    escape: bool,
}

/// Reports, per message or term of `file`, the first forbidden character in its text (value,
/// attributes, variants, string literals), at that character.
fn check_file_characters(ftl: &Ftl, tag: &str, diags: &mut Diagnostics) {
    let (file, source) = (&ftl.file, ftl.text());
    // Syntax errors were reported when the file was loaded; what did parse is checked.
    for entry in ftl.entries() {
        let Some((id, patterns)) = patterns_of(entry) else {
            continue;
        };
        let mut found = Vec::new();
        let (mut address, mut spaces, mut tag_typed) = (None, None, None);
        let mut joined = None;
        // An address or a tag, looked for in the words as the page shows them: a string
        // literal's escapes read, and run together with the text beside it (qa115:
        // `{ "\u003Cb\u003E" }` and `{ "privacy\u0040evil.example" }` passed).
        let mut runs = Vec::new();
        for p in &patterns {
            shown_runs(source, p, &mut runs);
        }
        for run in &runs {
            if address.is_none()
                && let Some(r) = typed_address(&run.text)
            {
                address = Some(run.written(r));
            }
            if tag_typed.is_none()
                && let Some(r) = typed_tag(&run.text)
            {
                tag_typed = Some(run.written(r));
            }
        }
        for p in &patterns {
            pattern_chars(source, p, &mut found);
            each_text(p, &mut |value, literal| {
                let Some(base) = start_in(source, value) else {
                    return;
                };
                // A slice that starts a line (after its indentation), not one after a
                // placeable on it; one that ends a line, not one before a placeable.
                let starts_line = !source[..base].ends_with('}');
                let ends_line = !source[base + value.len()..].starts_with('{');
                if joined.is_none()
                    && let Some((at, _)) = value
                        .char_indices()
                        .rev()
                        .find(|(_, c)| !is_arabic_mark(*c))
                        .filter(|(_, c)| joins_to_the_next(*c))
                    && shows_a_variable(&source[base + value.len()..])
                {
                    // The letter, and the vowel marks written on it.
                    joined = Some(base + at..base + value.len());
                }
                if spaces.is_none()
                    && !literal
                    && let Some(r) = spaces_in_a_row(value, starts_line, ends_line)
                {
                    spaces = Some(base + r.start..base + r.end);
                }
            });
        }
        if let Some(span) = spaces {
            // A no-break space is shown as it is, beside any other (qa151: told as collapsed).
            let no_break: Vec<String> = (source[span.clone()].chars())
                .filter(|c| *c != ' ')
                .map(|c| format!("U+{:04X}", u32::from(c)))
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect();
            let d = match no_break.is_empty() {
                true => Diagnostic::error(format!(
                    "`{id}` in `{tag}` has two spaces in a row: a page shows them as one, yet \
                     the words differ, so that adding or taking out such a space would be a \
                     new wording, recorded and told to readers as one"
                ))
                .at(file, span, "spaces in a row")
                .with_help("write one space"),
                false => Diagnostic::error(format!(
                    "`{id}` in `{tag}` has a no-break space ({}) beside another space: a page \
                     shows both, a gap twice as wide as a space",
                    no_break.join(", ")
                ))
                .at(file, span, "spaces in a row")
                .with_help(
                    "keep the no-break space alone: it holds the words on either side of it \
                     on one line",
                ),
            };
            diags.push(d);
        }
        if let Some(span) = joined {
            let letter = &source[span.clone()];
            diags.push(
                Diagnostic::warning(format!(
                    "`{id}` in `{tag}` joins the letter `{letter}` to a variable: a right-to-left \
                     page sets every variable apart (so that a name in Latin letters keeps its \
                     order), and the letter is shown on its own, cut from the word"
                ))
                .at(file, span, "joined to the variable after it")
                .with_help(format!(
                    "write a tatweel after it, `{letter}\u{640}{{ $…` (the letter then joins the \
                     line before the variable, as Arabic writes a prefix to a word in other \
                     letters), or write the word before the variable apart"
                )),
            );
        }
        if let Some((span, shown)) = tag_typed {
            diags.push(
                Diagnostic::error(format!(
                    "`{id}` in `{tag}` has an HTML tag typed into it, `{}`: the page shows a \
                     message's words as text, and would publish the tag as it is written",
                    text::visible(&shown)
                ))
                .at(file, span, "an HTML tag")
                .with_help(
                    "take it out: a message is words (where the page shows one as Markdown, \
                     `**words**` are strong, and an empty line starts a paragraph)",
                ),
            );
        }
        if let Some((span, shown)) = address {
            diags.push(
                Diagnostic::error(format!(
                    "`{id}` in `{tag}` has an address typed into it, `{}`: an address is a fact, \
                     and the page would publish one no content file states",
                    text::visible(&shown)
                ))
                .at(file, span, "an address")
                .with_help(
                    "take it out: where the page gives an address, the message is given it as a \
                     variable from content/ (`[words]({ $variable })`), as the source's messages are",
                ),
            );
        }
        found.sort_by_key(|f| f.span.start);
        let Some(first) = found.first() else {
            continue;
        };
        // Where the others are, by line and column, so that each can be found.
        let places: Vec<String> = found[1..]
            .iter()
            .take(5)
            .map(|f| {
                let (line, column) = file.line_col(f.span.start);
                format!("{line}:{column}")
            })
            .collect();
        let beyond = match found.len() - 1 - places.len() {
            0 => String::new(),
            n => format!(" and {n} after"),
        };
        let more = match found.len() - 1 {
            0 => String::new(),
            1 => format!(" (and 1 more, at {})", places[0]),
            n => format!(" (and {n} more, at {}{beyond})", places.join(", ")),
        };
        let written = if first.escape {
            "written as an escape, "
        } else {
            ""
        };
        diags.push(
            Diagnostic::error(format!(
                "`{id}` in `{tag}` contains {}, {written}{}{more}",
                first.what,
                first.what.kind.describe()
            ))
            .at(file, first.span.clone(), first.what.to_string())
            .with_help(help(first)),
        );
    }
}

/// Whether `text` starts with a placeable that shows a variable (`{ $system }`), which a
/// right-to-left page isolates; a selector (`{ $count -> …`) shows the variant's words.
fn shows_a_variable(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('{') else {
        return false;
    };
    let Some(name) = rest.trim_start().strip_prefix('$') else {
        return false;
    };
    name.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        .trim_start()
        .starts_with('}')
}

/// Whether `c` is a vowel or other mark written on an Arabic letter (`بِ`), which does not
/// change whether the letter joins the next.
fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

/// Whether `c` joins to the letter after it (Unicode's Joining_Type D, dual-joining, of the
/// Arabic letters Arabic, Persian and Urdu write): before a variable, which a right-to-left page
/// isolates, it is cut from the word it begins. Right-joining letters (`و`, `ا`, `د`, `ر`) join
/// only to the one before, and are not.
fn joins_to_the_next(c: char) -> bool {
    matches!(c,
        '\u{0626}' | '\u{0628}' | '\u{062A}'..='\u{062E}' | '\u{0633}'..='\u{063F}'
        | '\u{0641}'..='\u{0647}' | '\u{0649}' | '\u{064A}' | '\u{066E}' | '\u{066F}'
        | '\u{0678}'..='\u{0687}' | '\u{069A}'..='\u{06BF}' | '\u{06C1}' | '\u{06C2}'
        | '\u{06CC}' | '\u{06CE}' | '\u{06D0}' | '\u{06D1}' | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}')
}

/// How to fix a forbidden character.
fn help(found: &Found) -> String {
    if found.escape && matches!(found.what.ch, '\n' | '\t') {
        return "delete the escape: a line break is a new line of the message (indented, in \
                Fluent), where every check of its lines reads it, and a tab has no place in text"
            .to_string();
    }
    let what = if found.escape {
        "delete the escape"
    } else {
        "delete the character"
    };
    match found.what.kind {
        text::Kind::Bidi => format!(
            "{what}: {}; to set the direction next to a number or a name, use U+200E \
             LEFT-TO-RIGHT MARK or U+200F RIGHT-TO-LEFT MARK",
            found.what.kind.why()
        ),
        _ => format!("{what}: {}", found.what.kind.why()),
    }
}

/// The forbidden characters of a pattern's text and string literals.
fn pattern_chars(source: &str, p: &ast::Pattern<&str>, found: &mut Vec<Found>) {
    each_text(p, &mut |value, literal| match literal {
        true => literal_chars(source, value, found),
        false => text_chars(source, value, found),
    });
}

/// Calls `f` with each text of a pattern, and each string literal (`true`), in the order
/// written: those of its variants, placeables and arguments too.
/// A stretch of a pattern's words as the page shows them: its text and its string literals
/// (their escapes read) run together; any other placeable (a variable, a term, a function's
/// result) stands as a space between two runs of text, and each variant of a select is a run of
/// its own. For each byte, where in the file the character it is part of is written.
#[derive(Default)]
struct Run {
    text: String,
    places: Vec<Range<usize>>,
}

impl Run {
    /// Where in the file the characters of `r`, a range of [`Run::text`], are written, and
    /// those characters.
    fn written(&self, r: Range<usize>) -> (Range<usize>, String) {
        let start = self.places.get(r.start).map_or(0, |p| p.start);
        let end = r
            .end
            .checked_sub(1)
            .and_then(|last| self.places.get(last))
            .map_or(start, |p| p.end);
        (start..end.max(start), self.text[r].to_string())
    }

    fn push(&mut self, c: char, place: Range<usize>) {
        self.text.push(c);
        self.places.extend(std::iter::repeat_n(place, c.len_utf8()));
    }
}

/// The [`Run`]s of `p`, whose strings are slices of `source`, added to `runs`.
fn shown_runs(source: &str, p: &ast::Pattern<&str>, runs: &mut Vec<Run>) {
    let mut run = Run::default();
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => {
                let Some(base) = start_in(source, value) else {
                    continue;
                };
                for (i, c) in value.char_indices() {
                    run.push(c, base + i..base + i + c.len_utf8());
                }
            }
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
            } => {
                let Some(base) = start_in(source, value) else {
                    continue;
                };
                let (shown, places) = crate::load::locales::unescaped_with_places(value);
                run.text.push_str(&shown);
                run.places
                    .extend(places.into_iter().map(|p| base + p.start..base + p.end));
            }
            ast::PatternElement::Placeable { expression } => {
                if let ast::Expression::Select { variants, .. } = expression {
                    for v in variants {
                        shown_runs(source, &v.value, runs);
                    }
                }
                let at = run.places.last().map_or(0..0, |p| p.end..p.end);
                run.push(' ', at);
            }
        }
    }
    runs.push(run);
}

fn each_text<'a>(p: &ast::Pattern<&'a str>, f: &mut impl FnMut(&'a str, bool)) {
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => f(value, false),
            ast::PatternElement::Placeable { expression } => expression_text(expression, f),
        }
    }
}

fn expression_text<'a>(e: &ast::Expression<&'a str>, f: &mut impl FnMut(&'a str, bool)) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_text(selector, f);
            for v in variants {
                each_text(&v.value, f);
            }
        }
        ast::Expression::Inline(i) => inline_text(i, f),
    }
}

fn inline_text<'a>(i: &ast::InlineExpression<&'a str>, f: &mut impl FnMut(&'a str, bool)) {
    use ast::InlineExpression::*;
    let arguments = match i {
        StringLiteral { value } => return f(value, true),
        Placeable { expression } => return expression_text(expression, f),
        FunctionReference { arguments, .. } => Some(arguments),
        TermReference { arguments, .. } => arguments.as_ref(),
        NumberLiteral { .. } | MessageReference { .. } | VariableReference { .. } => None,
    };
    for a in arguments.into_iter() {
        for p in &a.positional {
            inline_text(p, f);
        }
        for n in &a.named {
            inline_text(&n.value, f);
        }
    }
}

/// Where in `text` the first address written out is: a web address (`https://…`, `www.…`, a
/// host name with a path: `evil.example/objection`) or an e-mail address. A message gives one
/// only through a variable: an address is a fact.
fn typed_address(text: &str) -> Option<Range<usize>> {
    let apart = |c: char| c.is_whitespace() || "()[]<>\"'`{}|".contains(c);
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        if !apart(c) {
            start.get_or_insert(i);
            continue;
        }
        let Some(from) = start.take() else {
            continue;
        };
        // Punctuation that ends the sentence is not the address's.
        let token = text[from..i].trim_end_matches(['.', ',', ';', ':', '!', '?']);
        let web = token.contains("://")
            || (token.len() > 4
                && token
                    .get(..4)
                    .is_some_and(|w| w.eq_ignore_ascii_case("www.")));
        // A full-width `＠` reads as `@` to a reader, and to some mail tools.
        let email = token
            .split_once(['@', '\u{ff20}'])
            .is_some_and(|(local, domain)| {
                !local.is_empty()
                    && domain
                        .rsplit_once('.')
                        .is_some_and(|(host, tld)| !host.is_empty() && tld.len() >= 2)
            });
        if web || email || host_with_path(token) {
            return Some(from..from + token.len());
        }
    }
    None
}

/// A message's or a term's id as the page's words name it (`-term` for a term), and its
/// patterns: its value and its attributes'. None of a comment or of what did not parse.
fn patterns_of<'e, 's>(
    entry: &'e ast::Entry<&'s str>,
) -> Option<(String, Vec<&'e ast::Pattern<&'s str>>)> {
    match entry {
        ast::Entry::Message(m) => Some((
            m.id.name.to_string(),
            m.value
                .iter()
                .chain(m.attributes.iter().map(|a| &a.value))
                .collect(),
        )),
        ast::Entry::Term(t) => Some((
            format!("-{}", t.id.name),
            std::iter::once(&t.value)
                .chain(t.attributes.iter().map(|a| &a.value))
                .collect(),
        )),
        _ => None,
    }
}

/// Where in `text` (a pattern's text as written) two or more spaces (a no-break space
/// among them) stand in a row between words of one line. Spaces that start a line indent it
/// (which nests Markdown), and those that end one break it in Markdown: neither is between
/// words. `starts_line`: whether `text` starts a line, rather than following a placeable on
/// it; `ends_line`: whether it ends one, rather than coming before a placeable on it.
fn spaces_in_a_row(text: &str, starts_line: bool, ends_line: bool) -> Option<Range<usize>> {
    const SPACES: [char; 3] = [' ', '\u{a0}', '\u{202f}'];
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut offset = 0;
    for (n, line) in lines.iter().enumerate() {
        let body = line.trim_end_matches(['\n', '\r']);
        let start = match n == 0 && !starts_line {
            true => 0,
            false => body.len() - body.trim_start_matches(' ').len(),
        };
        let end = match n + 1 == lines.len() && !ends_line && !line.ends_with('\n') {
            true => body.len(),
            false => body.trim_end_matches(' ').len(),
        }
        .max(start);
        let mut run: Option<(usize, usize)> = None;
        for (i, c) in body[start..end].char_indices() {
            let at = start + i;
            match (SPACES.contains(&c), run) {
                (true, None) => run = Some((at, 1)),
                (true, Some((from, count))) => run = Some((from, count + 1)),
                (false, Some((from, count))) if count >= 2 => {
                    return Some(offset + from..offset + at);
                }
                (false, _) => run = None,
            }
        }
        if let Some((from, count)) = run
            && count >= 2
        {
            return Some(offset + from..offset + end);
        }
        offset += line.len();
    }
    None
}

/// Whether `token` is a host name followed by a path, as a reader would type it into a
/// browser (`evil.example/objection`): two or more dot-separated labels of letters, digits and
/// hyphens, the last of two or more letters. A file's name (`data.json`) has no path, a pair
/// of words (`ja/nein`, `ISO/IEC`) no dot, and an abbreviation's last part (`z.B./`) no two
/// letters after its last dot.
fn host_with_path(token: &str) -> bool {
    let Some((host, _)) = token.split_once('/') else {
        return false;
    };
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic))
}

/// Where `text` has the first HTML tag typed into it (`<b>`, `</p>`, `<br/>`): a `<` before a
/// letter (after a `/` for an end tag) whose name runs to a space, `/` or `>`, and a `>` that
/// closes it on the same line. "< 24 hours" and "a <-> b" are no tags.
fn typed_tag(text: &str) -> Option<Range<usize>> {
    let mut from = 0;
    while let Some(i) = text[from..].find('<') {
        let start = from + i;
        let rest = &text[start + 1..];
        let name = rest.strip_prefix('/').unwrap_or(rest);
        let letters = name
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(name.len());
        let after = name[letters..].chars().next();
        let named = name.starts_with(|c: char| c.is_ascii_alphabetic())
            && matches!(after, Some(' ' | '/' | '>'));
        if named
            && let Some(end) = text[start..].find(['>', '\n'])
            && text[start + end..].starts_with('>')
        {
            return Some(start..start + end + 1);
        }
        from = start + 1;
    }
    None
}

/// Where `part`, a slice of `source` (the syntax tree borrows from it), starts in it.
fn start_in(source: &str, part: &str) -> Option<usize> {
    let start = (part.as_ptr() as usize).checked_sub(source.as_ptr() as usize)?;
    (start + part.len() <= source.len()).then_some(start)
}

/// Text as written: every forbidden character, but a carriage return that ends a line.
fn text_chars(source: &str, value: &str, found: &mut Vec<Found>) {
    let Some(base) = start_in(source, value) else {
        return;
    };
    // With the line feed after it if there is one, so that a `\r` before a `\n` the slice
    // leaves out is a line end.
    let end = base + value.len();
    let end = if source[end..].starts_with('\n') {
        end + 1
    } else {
        end
    };
    let written = &source[base..end];
    found.extend(
        text::find_forbidden_by(written, text::forbidden_in_words)
            .take_while(|(i, _)| *i < value.len())
            .map(|(i, what)| Found {
                span: base + i..base + i + what.ch.len_utf8(),
                what,
                escape: false,
            }),
    );
}

/// A string literal's characters, raw and escaped: `"\u0007"` formats to U+0007 as surely as
/// the character itself.
fn literal_chars(source: &str, raw: &str, found: &mut Vec<Found>) {
    let Some(base) = start_in(source, raw) else {
        return;
    };
    let mut rest = raw.char_indices();
    while let Some((i, c)) = rest.next() {
        let (len, ch, escape) = if c == '\\' {
            // `\\`, `\"`, `\uXXXX`, `\UXXXXXX`: the parser accepted only these.
            let len = match raw[i + 1..].chars().next() {
                Some('u') => 6,
                Some('U') => 8,
                _ => 2,
            };
            let escaped = raw.get(i..i + len).unwrap_or(&raw[i..]);
            let ch = fluent_syntax::unicode::unescape_unicode_to_string(escaped)
                .chars()
                .next()
                .unwrap_or(c);
            // Skip the rest of the escape (ASCII, one byte a character).
            for _ in 1..escaped.chars().count() {
                rest.next();
            }
            (escaped.len(), ch, true)
        } else {
            (c.len_utf8(), c, false)
        };
        // A line break or a tab written as an escape: the text's own are written as they are
        // (a new line of the message), where every check that reads the text's lines sees them
        // (qa86: a subject that is one line of an e-mail's header broke it so).
        let written_out = match ch {
            '\n' if escape => Some("LINE FEED"),
            '\t' if escape => Some("CHARACTER TABULATION"),
            _ => None,
        };
        let what = written_out
            .map(|name| text::Forbidden {
                ch,
                name: Some(name),
                kind: text::Kind::Control,
            })
            .or_else(|| text::forbidden_in_words(ch));
        if let Some(what) = what {
            found.push(Found {
                span: base + i..base + i + len,
                what,
                escape,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::SourceFile;

    #[test]
    fn a_tag_is_told_from_a_less_than_sign() {
        let tag = |text: &str| typed_tag(text).map(|r| text[r].to_string());
        assert_eq!(tag("Inhalt <b>wichtig</b>").as_deref(), Some("<b>"));
        assert_eq!(tag("line<br/>").as_deref(), Some("<br/>"));
        assert_eq!(tag("x </p>").as_deref(), Some("</p>"));
        assert_eq!(
            tag("a <span class=\"x\">").as_deref(),
            Some("<span class=\"x\">")
        );
        for text in ["< 24 hours", "a <-> b", "1<2 and 3>2", "<3", "<b\n>", "<>"] {
            assert_eq!(tag(text), None, "{text:?}");
        }
    }

    #[test]
    fn a_languages_plural_categories_are_those_its_whole_numbers_fall_in() {
        let of = |tag: &str| {
            plural_categories(tag)
                .unwrap()
                .into_iter()
                .collect::<Vec<_>>()
        };
        assert_eq!(of("de"), ["one", "other"]);
        assert_eq!(of("de-CH"), ["one", "other"]);
        // Fluent's rules (intl_pluralrules 7) give French no `many`, as CLDR did before 38.
        assert_eq!(of("fr"), ["one", "other"]);
        // A whole number is never `other` in Polish: a decimal is.
        assert_eq!(of("pl"), ["few", "many", "one"]);
        assert_eq!(of("ar"), ["few", "many", "one", "other", "two", "zero"]);
        assert_eq!(of("ja"), ["other"]);
    }

    #[test]
    fn spaces_in_a_row_between_words_are_found_not_those_that_indent_or_end_a_line() {
        let between_words = |text: &str| spaces_in_a_row(text, true, true);
        assert_eq!(between_words("Who has  access?"), Some(7..9));
        assert_eq!(between_words("one.   Two"), Some(4..7));
        assert_eq!(between_words("one space each"), None);
        // A no-break space beside a space shows as two.
        assert_eq!(between_words("werden\u{a0} in"), Some(6..9));
        assert_eq!(between_words("mot\u{a0}: suite"), None);
        // Markdown: a nested item's indentation, a line break's two trailing spaces.
        assert_eq!(between_words("- one\n  - nested"), None);
        assert_eq!(between_words("a line  \nthe next"), None);
        assert_eq!(between_words("first\nsecond  line"), Some(12..14));
        // After a placeable on the same line, leading spaces are between words; before one,
        // trailing spaces are; between two, all of them.
        assert_eq!(spaces_in_a_row("  platform", false, true), Some(0..2));
        assert_eq!(spaces_in_a_row("  platform", true, true), None);
        assert_eq!(spaces_in_a_row("for  ", true, false), Some(3..5));
        assert_eq!(spaces_in_a_row("  ", false, false), Some(0..2));
        assert_eq!(spaces_in_a_row(" ", false, false), None);
    }

    #[test]
    fn strongly_connected_groups_are_found_without_recursion() {
        // 0 -> 1 -> 2 -> 0 is one group; 3 refers to itself; 4 -> 0 is alone.
        let graph = vec![vec![1], vec![2], vec![0], vec![3], vec![0]];
        let mut groups: Vec<Vec<usize>> = strongly_connected(&graph)
            .into_iter()
            .map(|mut g| {
                g.sort();
                g
            })
            .collect();
        groups.sort();
        assert_eq!(groups, [vec![0, 1, 2], vec![3], vec![4]]);
        // A chain of a million entries, each using the next: every entry its own group, and no
        // stack overflows on the way.
        let n = 1_000_000;
        let chain: Vec<Vec<usize>> = (0..n)
            .map(|i| if i + 1 < n { vec![i + 1] } else { vec![] })
            .collect();
        assert_eq!(strongly_connected(&chain).len(), n);
        // The same chain closed into a ring is one group.
        let mut ring = chain;
        ring[n - 1].push(0);
        assert_eq!(strongly_connected(&ring).len(), 1);
    }

    /// `(line, column, message)` of each problem `check_file_characters` finds in `text`.
    fn problems(text: &str) -> Vec<(usize, usize, String)> {
        let (ftl, _) = Ftl::parse(&SourceFile::new("locales/xx/a.ftl", text));
        let mut diags = Diagnostics::default();
        check_file_characters(&ftl, "xx", &mut diags);
        diags
            .iter()
            .map(|d| {
                let (_, line, col) = d.position().unwrap();
                (line, col, d.message.clone())
            })
            .collect()
    }

    #[test]
    fn clean_text_crlf_line_ends_and_ordinary_escapes_pass() {
        let ftl = "a = One\r\n    two\r\nb = { \"\\\\ \\\" \\u00E9 \\U01F600\" }\r\n-t = x\u{200c}y\u{ad}\n";
        assert_eq!(problems(ftl), []);
    }

    #[test]
    fn every_place_text_can_be_is_checked() {
        let ftl = concat!(
            "plain = ab\u{7}c\n",
            "multi =\n    first\n    se\u{202e}cond\n",
            "attr = ok\n    .title = t\u{ffff}\n",
            "sel = { $n ->\n    [one] one\n   *[other] ot\u{1b}her\n}\n",
            "lit = { \"x\\u0085\" }\n",
            "call = { NUMBER($n, style: \"\u{200b}\") }\n",
            "-term = { -other(case: \"\\U00FDD0\") }\n",
            "lone = a\rb\n",
            "twice = \u{7}\u{7}\u{7}\n",
        );
        let found = problems(ftl);
        let expected = [
            (
                1,
                11,
                "`plain` in `xx` contains U+0007 BELL, a control character",
            ),
            (
                4,
                7,
                "`multi` in `xx` contains U+202E RIGHT-TO-LEFT OVERRIDE, a bidirectional control",
            ),
            (6, 15, "`attr` in `xx` contains U+FFFF, a noncharacter"),
            (
                9,
                15,
                "`sel` in `xx` contains U+001B ESCAPE, a control character",
            ),
            (
                11,
                11,
                "`lit` in `xx` contains U+0085 NEXT LINE, written as an escape, a control",
            ),
            (
                12,
                29,
                "`call` in `xx` contains U+200B ZERO WIDTH SPACE, an invisible character",
            ),
            (
                13,
                25,
                "`-term` in `xx` contains U+FDD0, written as an escape, a noncharacter",
            ),
            (14, 9, "`lone` in `xx` contains U+000D CARRIAGE RETURN"),
            (
                15,
                9,
                "`twice` in `xx` contains U+0007 BELL, a control character (and 2 more, at 15:10, 15:11)",
            ),
        ];
        assert_eq!(found.len(), expected.len(), "{found:#?}");
        for ((line, col, message), (l, c, m)) in found.iter().zip(expected) {
            assert_eq!((*line, *col), (l, c), "{message}");
            assert!(message.starts_with(m), "{message}\nexpected: {m}");
        }
    }

    #[test]
    fn a_line_break_written_as_an_escape_is_refused() {
        // qa86: `{ "\u000A" }` in an e-mail's subject got past the one-line check, which reads
        // the lines of the text; a tab the same way. A line break is a new line of the message.
        assert_eq!(
            problems("subject = a{ \"\\u000A\" }Bcc: b\ntab = a{ \"\\u0009\" }b\n"),
            [
                (
                    1,
                    15,
                    "`subject` in `xx` contains U+000A LINE FEED, written as an escape, a control \
                     character"
                        .to_string()
                ),
                (
                    2,
                    11,
                    "`tab` in `xx` contains U+0009 CHARACTER TABULATION, written as an escape, a \
                     control character"
                        .to_string()
                ),
            ]
        );
    }

    #[test]
    fn a_file_with_syntax_errors_is_checked_where_it_parsed() {
        assert_eq!(
            problems("ok = f\u{7}ine\nbroken = { \n"),
            [(
                1,
                7,
                "`ok` in `xx` contains U+0007 BELL, a control character".to_string()
            )]
        );
    }

    #[test]
    fn an_address_is_found_where_it_is_written_and_nothing_else_is() {
        fn found(text: &str) -> Option<&str> {
            typed_address(text).map(|r| &text[r])
        }
        assert_eq!(
            found("see https://a.example/x."),
            Some("https://a.example/x")
        );
        assert_eq!(found("[hat](https://a.example)"), Some("https://a.example"));
        assert_eq!(found("Zie\u{a0}www.a.example, dan"), Some("www.a.example"));
        assert_eq!(
            found("mail\u{202f}:\u{202f}dpo@a.example;"),
            Some("dpo@a.example")
        );
        assert_eq!(found("dpo\u{ff20}a.example"), Some("dpo\u{ff20}a.example"));
        assert_eq!(
            found("bezwaar via evil.example/pfad."),
            Some("evil.example/pfad")
        );
        assert_eq!(
            found("(privacy.a.example/x?y=1)"),
            Some("privacy.a.example/x?y=1")
        );
        assert_eq!(found("bücher.example/€"), Some("bücher.example/€"));
        for words in [
            "z. B. www. oder e.g. this",
            "GDPR Art. 28(2)",
            "@ home, user@host, a@.b",
            "24/7 ja/nein",
            "ISO/IEC 27001, data.json, z.B./u.a., 1.5/2, v2.0/3.x",
            "",
        ] {
            assert_eq!(found(words), None, "{words}");
        }
    }

    proptest::proptest! {
        #[test]
        fn an_address_found_is_a_slice_of_the_text(text in "\\PC{0,40}") {
            if let Some(r) = typed_address(&text) {
                proptest::prop_assert!(text.get(r).is_some());
            }
        }
    }
}

#[cfg(test)]
mod template_keys {
    use super::{Shows, calls, comments, in_comment};

    #[test]
    fn a_comment_spans_where_searching_back_for_its_opening_finds_it_open() {
        // What `comments` replaced: from each position, the last `{#` before it and the last
        // `#}` before it.
        let searched_back = |text: &str, at: usize| {
            let before = &text[..at];
            match (before.rfind("{#"), before.rfind("#}")) {
                (Some(open), Some(close)) => open > close,
                (Some(_), None) => true,
                _ => false,
            }
        };
        for text in [
            "a {# b #} c",
            "{# a {# b #} c #} d",
            "{#} x #} y",
            "{# unclosed t(key=\"a\")",
            "#} {# {# #}{##}",
            "no comment at all",
        ] {
            let spans = comments(text);
            for at in 0..=text.len() {
                assert_eq!(
                    in_comment(&spans, at),
                    searched_back(text, at),
                    "{text:?} at {at}"
                );
            }
        }
    }

    #[test]
    fn a_variable_shown_is_one_a_page_isolates_and_a_selector_is_not() {
        use crate::validate::translations::{is_arabic_mark, joins_to_the_next, shows_a_variable};
        for shown in ["{ $system }", "{$system}", "{ $system-name } x"] {
            assert!(shows_a_variable(shown), "{shown}");
        }
        for not in ["{ $count ->", "{ -customer }", "{ \"\" }", " { $x }", "x"] {
            assert!(!shows_a_variable(not), "{not}");
        }
        assert!(joins_to_the_next('ب') && joins_to_the_next('ی') && joins_to_the_next('ن'));
        assert!(is_arabic_mark('\u{0650}') && !is_arabic_mark('ب'));
        assert!(
            !joins_to_the_next('و') && !joins_to_the_next('ا') && !joins_to_the_next('\u{640}')
        );
    }

    #[test]
    fn literal_keys_of_t_and_md_outside_comments() {
        let template = "{{ t(key=\"a\") }} {{ md( key = 'b', inline=true) }} {# t(key=\"c\") #}\n{{ t(key=\"d-\" ~ x) }} {{ alt(key=\"e\") }} {{ has(key=\"f\") }}";
        let found = calls(template);
        let keys: Vec<(&str, bool)> = found.iter().map(|c| (c.key, c.added_to)).collect();
        assert_eq!(keys, [("a", false), ("b", false), ("d-", true)]);
        assert_eq!(&template[found[0].span.clone()], "t(key=\"a\"");
        assert!(found.iter().all(|c| c.arguments.is_empty()), "{found:?}");
        // A key added to is known by its start, and by whether `md` shows it.
        let added: Vec<(&str, bool)> =
            calls("{{ md(key=\"p-\" ~ x) }} {{ t(key=\"q-\" ~ y) }} {{ md(key=\"r\") }}")
                .iter()
                .filter(|c| c.added_to)
                .map(|c| (c.key, c.shows == Shows::Markdown))
                .collect();
        assert_eq!(added, [("p-", true), ("q-", false)]);
    }

    #[test]
    fn the_arguments_of_a_call_as_fluent_names_them() {
        let template = "{{ t(key=\"a\", count=rows | length, due_date=long_date(date=c.date, language=l), note=\"x, y)\", inline=true, items=[1, (2)]) }} {{ t(key=\"b\") }}";
        let found = calls(template);
        assert_eq!(found[0].arguments, ["count", "due-date", "note", "items"]);
        assert_eq!(found[1].key, "b");
        assert!(found[1].arguments.is_empty());
    }
}
