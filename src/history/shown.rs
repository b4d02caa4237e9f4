//! Whether two versions of a translated message show the same words: a translator may rewrite
//! a message's source (`{ -customer }` to `{ -customer(case: "dative") }`) and leave what the
//! page shows as it was, which the change log must not tell as a rewording.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use crate::sections;

/// How deep terms may reference terms before the comparison gives up (and calls the two
/// different): far more than any locale file nests, and a bound on a cycle.
const MAX_DEPTH: usize = 8;

/// The words of one side: its terms, by id with their `-` (`-customer`), as entries of Fluent
/// source (`-customer = …`).
pub type Terms<'t, 's> = &'t dyn Fn(&str) -> Option<&'s str>;

/// Whether the message entries `was` and `now` (Fluent source, `id = …`), each with the terms of
/// its own words, show the same text whatever the page gives them: their terms are put in place
/// (a term's variant chosen by the arguments it is given, or its default), while a selection by
/// one of the message's own variables keeps every variant, since the page may choose any. Text
/// that does not parse, or terms nested too deep, read as different.
pub fn read_the_same(
    was: &str,
    now: &str,
    terms_was: Terms<'_, '_>,
    terms_now: Terms<'_, '_>,
) -> bool {
    match (shown(was, terms_was), shown(now, terms_now)) {
        (Some(was), Some(now)) => was == now,
        _ => false,
    }
}

/// Whether the entry `id` (a message, or a term as `-customer`) shows the same words in `was`
/// and in `now` (canonical entries by key, terms as `-id`), each read with its own terms: a
/// message by [`read_the_same`]; a term where every message that uses it on either side does.
/// An entry one side lacks does not.
pub fn entry_reads_the_same(
    id: &str,
    was: &BTreeMap<String, String>,
    now: &BTreeMap<String, String>,
) -> bool {
    let (in_was, in_now) = (
        |key: &str| was.get(key).map(String::as_str),
        |key: &str| now.get(key).map(String::as_str),
    );
    let reads_the_same = |message: &str| match (in_was(message), in_now(message)) {
        (Some(w), Some(n)) => read_the_same(w, n, &in_was, &in_now),
        _ => false,
    };
    match (in_was(id), in_now(id)) {
        (Some(_), Some(_)) if id.starts_with('-') => {
            users_of(id, &[was, now]).iter().all(|m| reads_the_same(m))
        }
        (Some(_), Some(_)) => reads_the_same(id),
        _ => false,
    }
}

/// Whether two publications' source texts (canonical entries by key, terms as `-id`) show the
/// same words in every message they publish ([`sections::is_published`]): each entry that
/// differs reads the same ([`entry_reads_the_same`]). Such a rewrite (a term put in place of
/// the words it stands for, `{ "How" }`) is nothing to publish (qa44).
pub fn publish_the_same_words(
    was: &BTreeMap<String, String>,
    now: &BTreeMap<String, String>,
) -> bool {
    let keys: BTreeSet<&String> = was.keys().chain(now.keys()).collect();
    keys.into_iter()
        .filter(|id| sections::is_published(id) && was.get(*id) != now.get(*id))
        .all(|id| entry_reads_the_same(id, was, now))
}

/// The messages of `words` (canonical entries by key, terms as `-id`) that show the term `term`
/// (`-customer`), directly or through other terms: where a canonical entry refers to it, as
/// `{ -id }`, `{ -id(…) }` or `{ -id.attr }`.
pub fn users_of(term: &str, words: &[&BTreeMap<String, String>]) -> BTreeSet<String> {
    let refers = |text: &str, term: &str| {
        let at = format!("{{ {term}");
        text.match_indices(&at)
            .any(|(i, _)| matches!(text.as_bytes().get(i + at.len()), Some(b' ' | b'(' | b'.')))
    };
    let mut terms = vec![term.to_string()];
    let mut seen: BTreeSet<String> = terms.iter().cloned().collect();
    let mut out = BTreeSet::new();
    while let Some(term) = terms.pop() {
        for (key, text) in words.iter().flat_map(|w| w.iter()) {
            if !refers(text, &term) {
                continue;
            }
            match key.starts_with('-') {
                true if seen.insert(key.clone()) => terms.push(key.clone()),
                true => {}
                false => {
                    out.insert(key.clone());
                }
            }
        }
    }
    out
}

/// Where a term's change shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A section of the page (its id), or `None` for a message of no section told as such.
    Section(Option<&'static str>),
    /// No section of the page: the annex, the change log, the notices, the review pages or the
    /// page's other text, named by one of the messages of that place that show it.
    Through(String),
}

/// Where a term's change shows: the sections of the messages of `users` (those that use it)
/// that read otherwise with each side's words (`was`, `now`: an entry, message or term, by
/// key), in the page's order; then the places of no section whose messages do (the annex's,
/// the change log's…), each once. A message either side lacks reads otherwise; a variant no
/// message chooses rewords nothing.
pub fn places_reworded(
    users: &BTreeSet<String>,
    was: Terms<'_, '_>,
    now: Terms<'_, '_>,
) -> Vec<Place> {
    let reworded: Vec<&String> = users
        .iter()
        .filter(|user| match (was(user), now(user)) {
            (Some(w), Some(n)) => !read_the_same(w, n, was, now),
            _ => true,
        })
        .collect();
    let in_sections: BTreeSet<&str> = reworded
        .iter()
        .filter_map(|user| sections::of_message(user).map(|s| s.id))
        .collect();
    let mut out: Vec<Place> = sections::SECTIONS
        .iter()
        .filter(|s| in_sections.contains(s.id))
        .map(|s| Place::Section(Some(s.id)))
        .collect();
    // Of no section: one message for each place, the annex apart from the rest of the page.
    let mut places = BTreeSet::new();
    for user in reworded {
        let place = (user.starts_with("annex-"), sections::Elsewhere::of(user));
        if sections::of_message(user).is_none() && places.insert(place) {
            out.push(Place::Through(user.clone()));
        }
    }
    out
}

/// The text of the one message of `source`, its attributes after it, with terms put in place.
fn shown(source: &str, terms: Terms<'_, '_>) -> Option<String> {
    let resource = fluent_syntax::parser::parse(source).ok()?;
    let [ast::Entry::Message(message)] = resource.body.as_slice() else {
        return None;
    };
    let mut out = String::new();
    if let Some(value) = &message.value {
        pattern(value, &[], terms, 0, &mut out)?;
    }
    let mut attributes: Vec<_> = message.attributes.iter().collect();
    attributes.sort_by_key(|a| a.id.name);
    for a in attributes {
        out.push_str(&format!("\u{0}.{}=", a.id.name));
        pattern(&a.value, &[], terms, 0, &mut out)?;
    }
    Some(out)
}

/// A term's arguments, by name: literals only (a term cannot see the message's variables).
type Given<'s> = [(&'s str, Literal)];

/// A term's argument: a string literal's text (unescaped), or a number literal as written,
/// which Fluent shows in the language's digits.
enum Literal {
    Text(String),
    Number(String),
}

impl Literal {
    /// As shown in place of the variable: a number marked, as [`inline`] marks a number literal.
    fn shown(&self) -> String {
        match self {
            Literal::Text(s) => s.clone(),
            Literal::Number(n) => format!("\u{0}#{n}"),
        }
    }
}

/// `p` as shown, into `out`. `given` holds the arguments of the term being put in place (none
/// for the message itself), `depth` how many terms deep it is.
fn pattern(
    p: &ast::Pattern<&str>,
    given: &Given,
    terms: Terms<'_, '_>,
    depth: usize,
    out: &mut String,
) -> Option<()> {
    for element in &p.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                self::expression(expression, given, terms, depth, out)?;
            }
        }
    }
    Some(())
}

fn expression(
    e: &ast::Expression<&str>,
    given: &Given,
    terms: Terms<'_, '_>,
    depth: usize,
    out: &mut String,
) -> Option<()> {
    match e {
        ast::Expression::Inline(inline) => self::inline(inline, given, terms, depth, out),
        ast::Expression::Select { selector, variants } => {
            // Inside a term, a variable is one of its arguments, or none: Fluent then shows the
            // default variant.
            let chosen = match selector {
                ast::InlineExpression::VariableReference { id } if depth > 0 => {
                    let value = given.iter().find(|(name, _)| *name == id.name);
                    let picked = match value.map(|(_, value)| value) {
                        None => None,
                        // A string chooses the variant of its name, never a number's.
                        Some(Literal::Text(text)) => variants.iter().find(|v| {
                            matches!(&v.key, ast::VariantKey::Identifier { name } if name == text)
                        }),
                        // A number may choose a variant by its plural category (`[one]`),
                        // which is not known here: only the key of the same number is certain,
                        // and anything else reads as different.
                        Some(Literal::Number(number)) => Some(variants.iter().find(|v| {
                            matches!(&v.key, ast::VariantKey::NumberLiteral { value } if value == number)
                        })?),
                    };
                    picked.or_else(|| variants.iter().find(|v| v.default))
                }
                _ => None,
            };
            match chosen {
                Some(variant) => pattern(&variant.value, given, terms, depth, out),
                // The page chooses: every variant, each under its key.
                None => {
                    out.push_str("\u{0}{");
                    self::inline(selector, given, terms, depth, out)?;
                    for v in variants {
                        let key = match &v.key {
                            ast::VariantKey::Identifier { name } => *name,
                            ast::VariantKey::NumberLiteral { value } => *value,
                        };
                        let default = if v.default { "*" } else { "" };
                        out.push_str(&format!("\u{0}{default}[{key}]"));
                        pattern(&v.value, given, terms, depth, out)?;
                    }
                    out.push_str("\u{0}}");
                    Some(())
                }
            }
        }
    }
}

fn inline(
    i: &ast::InlineExpression<&str>,
    given: &Given,
    terms: Terms<'_, '_>,
    depth: usize,
    out: &mut String,
) -> Option<()> {
    match i {
        // As Fluent shows it: `{ "\u00A0" }` is a no-break space.
        ast::InlineExpression::StringLiteral { value } => {
            out.push_str(&fluent_syntax::unicode::unescape_unicode_to_string(value));
        }
        // Formatted in the language's digits (`intl::fluent_number`): not the text `5`.
        ast::InlineExpression::NumberLiteral { value } => out.push_str(&format!("\u{0}#{value}")),
        ast::InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            if depth >= MAX_DEPTH {
                return None;
            }
            let key = format!("-{}", id.name);
            let source = terms(&key)?;
            let resource = fluent_syntax::parser::parse(source).ok()?;
            let [ast::Entry::Term(term)] = resource.body.as_slice() else {
                return None;
            };
            let value = match attribute {
                Some(name) => {
                    &term
                        .attributes
                        .iter()
                        .find(|a| a.id.name == name.name)?
                        .value
                }
                None => &term.value,
            };
            let mut args: Vec<(&str, Literal)> = Vec::new();
            for a in arguments.iter().flat_map(|a| &a.named) {
                let literal = match &a.value {
                    ast::InlineExpression::StringLiteral { value } => Literal::Text(
                        fluent_syntax::unicode::unescape_unicode_to_string(value).into_owned(),
                    ),
                    ast::InlineExpression::NumberLiteral { value } => {
                        Literal::Number(value.to_string())
                    }
                    // Not a literal (Fluent allows none other): read as different.
                    _ => return None,
                };
                args.push((a.name.name, literal));
            }
            pattern(value, &args, terms, depth + 1, out)?;
        }
        ast::InlineExpression::VariableReference { id } if depth > 0 => {
            // A term's argument, or none: shown as Fluent shows a missing variable.
            match given.iter().find(|(name, _)| *name == id.name) {
                Some((_, value)) => out.push_str(&value.shown()),
                None => out.push_str(&format!("{{${}}}", id.name)),
            }
        }
        ast::InlineExpression::Placeable { expression } => {
            self::expression(expression, given, terms, depth, out)?;
        }
        // The message's own variables, other messages, functions: as written, which the page
        // fills in the same way on both sides.
        other => out.push_str(&format!("\u{0}{other:?}")),
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms<'a>(entries: &'a [&'a str]) -> impl Fn(&str) -> Option<&'a str> + 'a {
        move |id: &str| {
            entries
                .iter()
                .copied()
                .find(|e| e.starts_with(&format!("{id} ")))
        }
    }

    const CUSTOMER: &str = "-customer = { $case ->\n   *[nominative] Gesundheitsdienstleister\n    [dative] Gesundheitsdienstleister\n    [genitive] Gesundheitsdienstleisters\n}\n";

    #[test]
    fn a_term_given_a_case_that_reads_as_its_default_shows_the_same() {
        let t = terms(&[CUSTOMER]);
        assert!(read_the_same(
            "m = liegt beim { -customer }.\n",
            "m = liegt beim { -customer(case: \"dative\") }.\n",
            &t,
            &t,
        ));
        // A case that reads otherwise does not.
        assert!(!read_the_same(
            "m = Daten des { -customer }.\n",
            "m = Daten des { -customer(case: \"genitive\") }.\n",
            &t,
            &t,
        ));
    }

    #[test]
    fn a_change_of_any_variant_the_page_chooses_is_a_change() {
        let t = terms(&[]);
        let was = "m = { $count ->\n    [one] ein Eintrag\n   *[other] { $count } Einträge\n}\n";
        let now =
            "m = { $count ->\n    [one] genau ein Eintrag\n   *[other] { $count } Einträge\n}\n";
        assert!(!read_the_same(was, now, &t, &t));
        assert!(read_the_same(was, was, &t, &t));
        // Words, variables and attributes each count.
        for (was, now) in [
            ("m = a { $org } b\n", "m = a { $org } c\n"),
            ("m = a { $org } b\n", "m = a { $other } b\n"),
            ("m = a\n    .title = x\n", "m = a\n    .title = y\n"),
        ] {
            assert!(!read_the_same(was, now, &t, &t), "{was} {now}");
        }
    }

    #[test]
    fn literals_read_as_fluent_shows_them() {
        let t = terms(&[]);
        // A string literal is its text, its escapes undone; text has no escapes.
        assert!(read_the_same("m = Who\n", "m = { \"Who\" }\n", &t, &t));
        assert!(read_the_same("m = A\n", "m = { \"\\u0041\" }\n", &t, &t));
        assert!(!read_the_same(
            "m = \\u0041\n",
            "m = { \"\\u0041\" }\n",
            &t,
            &t
        ));
        // A number literal is shown in the language's digits: not the same as its text.
        assert!(!read_the_same("m = 5 days\n", "m = { 5 } days\n", &t, &t));
        // A term given a number may choose a variant by its plural category, which is not
        // known here: read as different, unless a key names that number.
        let plural = terms(&["-day = { $n ->\n    [one] day\n   *[other] days\n}\n"]);
        assert!(!read_the_same(
            "m = 1 day\n",
            "m = 1 { -day(n: 1) }\n",
            &plural,
            &plural
        ));
        let exact = terms(&["-day = { $n ->\n    [1] day\n   *[other] days\n}\n"]);
        assert!(read_the_same(
            "m = 1 day\n",
            "m = 1 { -day(n: 1) }\n",
            &exact,
            &exact
        ));
        // A string chooses by name only, never a number's key.
        assert!(!read_the_same(
            "m = day\n",
            "m = { -day(n: \"1\") }\n",
            &exact,
            &exact
        ));
    }

    fn map(entries: &[(&str, &str)]) -> BTreeMap<String, String> {
        (entries.iter())
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_term_reads_the_same_where_every_message_that_uses_it_does() {
        let was = map(&[
            ("-org", "-org = Acme\n"),
            ("access-body", "access-body = { -org } staff\n"),
        ]);
        // Given a variant no message chooses, its default the words it had.
        let now = map(&[
            (
                "-org",
                "-org = { $form ->\n   *[long] Acme\n    [short] A\n}\n",
            ),
            ("access-body", "access-body = { -org } staff\n"),
        ]);
        assert!(entry_reads_the_same("-org", &was, &now));
        assert!(publish_the_same_words(&was, &now));
        // A message chooses the other.
        let chosen = map(&[
            (
                "-org",
                "-org = { $form ->\n   *[long] Acme\n    [short] A\n}\n",
            ),
            (
                "access-body",
                "access-body = { -org(form: \"short\") } staff\n",
            ),
        ]);
        assert!(!entry_reads_the_same("-org", &was, &chosen));
        assert!(!publish_the_same_words(&was, &chosen));
        // A published message one side lacks is words added or taken away.
        let more = map(&[
            ("-org", "-org = Acme\n"),
            ("access-body", "access-body = { -org } staff\n"),
            ("access-heading", "access-heading = Access\n"),
        ]);
        assert!(!publish_the_same_words(&was, &more));
    }

    #[test]
    fn terms_are_read_in_the_words_of_their_own_side() {
        let (old, new) = (["-org = Acme\n"], ["-org = Acme Ltd\n"]);
        let message = "m = { -org }\n";
        assert!(!read_the_same(message, message, &terms(&old), &terms(&new)));
        // A term that is not there, text that does not parse, a term that names itself: not
        // known to read the same.
        let none = terms(&[]);
        assert!(!read_the_same(message, message, &none, &none));
        assert!(!read_the_same("m = {\n", "m = {\n", &none, &none));
        let cycle = terms(&["-org = { -org }\n"]);
        assert!(!read_the_same(message, message, &cycle, &cycle));
    }
}
