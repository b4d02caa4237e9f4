//! Whether two versions of a message show the same words: a translator, or the privacy officer
//! in the source language, may rewrite a message's source (`{ -customer }` to
//! `{ -customer(case: "dative") }`, `healthcare providers` to `{ -customers }`) and leave what
//! the page shows as it was, which is no rewording for the change log, no publication for the
//! lock and nothing to translate again.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use fluent_syntax::ast;

use crate::model::Labels;
use crate::sections;

/// How deep terms and messages may refer to others before the comparison gives up (and calls
/// the two different): far more than any locale file nests, and a bound on a cycle.
const MAX_DEPTH: usize = 8;

/// How many placeables a message may be read with, in all its variants, and how long its text
/// may grow, before the comparison gives up (and calls the two different). Fluent shows at most
/// 100 placeables in one message; terms that each show the one before ten times would
/// otherwise be read out to gigabytes (qa58), which `check` refuses
/// ([`crate::validate::translations`]).
const MAX_READ_PLACEABLES: usize = 2_000;
const MAX_READ_TEXT: usize = 1 << 20;

/// The words of one side: its messages by id, and its terms by id with their `-`
/// (`-customer`), as entries of Fluent source (`-customer = …`).
pub type Words<'t, 's> = &'t dyn Fn(&str) -> Option<&'s str>;

/// Whether the message entries `was` and `now` (Fluent source, `id = …`), each with the words of
/// its own side, show the same text whatever the page gives them: the terms and messages they
/// refer to are put in place as Fluent resolves them (a term's variant chosen by the arguments it
/// is given, or its default), while a selection by one of the message's own variables keeps
/// every variant, since the page may choose any. Text that does not parse, a reference that
/// does not resolve or nests too deep, and a choice this cannot make as Fluent would (a number's
/// plural category) read as different.
pub fn read_the_same(
    was: &str,
    now: &str,
    words_was: Words<'_, '_>,
    words_now: Words<'_, '_>,
) -> bool {
    match (shown(was, words_was), shown(now, words_now)) {
        (Some(was), Some(now)) => was == now,
        _ => false,
    }
}

/// Whether two publications' source texts (canonical entries by key, terms as `-id`) show the
/// same words in every message they publish that a page may show as far as `labels` tell
/// (where known: [`on_page`]), or that such a message shows: each entry that differs reads the
/// same ([`Comparison::entry_reads_the_same`]). Such a rewrite (a term put in place of the
/// words it stands for, `{ "How" }`), or words no page shows (a label of no fact, an entry's
/// words where no change is to come) added, reworded or taken away, is nothing to publish
/// (qa44, qa108, qa112).
pub fn publish_the_same_words(
    was: &BTreeMap<String, String>,
    now: &BTreeMap<String, String>,
    labels: Option<&Labels>,
) -> bool {
    let keys: BTreeSet<&String> = was.keys().chain(now.keys()).collect();
    let comparison = Comparison::new(was, now).shown_by(labels);
    keys.into_iter()
        .filter(|id| comparison.shows(id) && was.get(*id) != now.get(*id))
        .all(|id| comparison.entry_reads_the_same(id))
}

/// Whether today's pages may show the published message `id`, as far as `labels` (what their
/// facts hold, where known) tell: not the words of a fact they do not hold
/// ([`Labels::shows`]), nor the words of the change log's entries and the notices where the page
/// shows no change to come ([`sections::is_entry_word`]).
pub fn on_page(id: &str, labels: Option<&Labels>) -> bool {
    sections::is_published(id)
        && labels.is_none_or(|labels| {
            labels.shows(id) && (labels.changes_to_come() || !sections::is_entry_word(id))
        })
}

/// Whether `text`, a translation's entry `id`, is the words of the source as one of the
/// publications recorded it (`sources`, their source texts, each once:
/// [`crate::history::lock::distinct_sources`]): copied from the source, before it changed or
/// since, and not translated. `check` tells today's words so (with the publications
/// recorded), and the archive a publication's (with it and those before it).
pub fn copied_since<'s>(
    id: &str,
    text: &str,
    sources: impl IntoIterator<Item = &'s BTreeMap<String, String>>,
) -> bool {
    (sources.into_iter()).any(|source| source.get(id).is_some_and(|t| t == text))
}

/// Two versions of the words compared entry by entry: who refers to whom read once, and each
/// message read once, however many of the terms it shows changed (qa61: a chain of 20,000
/// terms was read again for each, for minutes).
pub struct Comparison<'w> {
    was: &'w BTreeMap<String, String>,
    now: &'w BTreeMap<String, String>,
    /// What the facts of both hold, where known ([`on_page`]).
    labels: Option<&'w Labels>,
    referrers: std::cell::OnceCell<Referrers>,
    read: std::cell::RefCell<HashMap<String, bool>>,
}

impl<'w> Comparison<'w> {
    pub fn new(was: &'w BTreeMap<String, String>, now: &'w BTreeMap<String, String>) -> Self {
        Comparison {
            was,
            now,
            labels: None,
            referrers: std::cell::OnceCell::new(),
            read: std::cell::RefCell::new(HashMap::new()),
        }
    }

    /// The same, knowing which labels the facts of both name: a label they do not name is
    /// shown nowhere, and a term only such a label uses rewords nothing.
    pub fn shown_by(self, labels: Option<&'w Labels>) -> Self {
        Comparison { labels, ..self }
    }

    /// Whether a page may show the message `id` on its own ([`on_page`]).
    fn shows_itself(&self, id: &str) -> bool {
        !id.starts_with('-') && on_page(id, self.labels)
    }

    /// Whether a page may show the entry `id`: as [`Comparison::shows_itself`], or through a
    /// message that does and refers to it (a term; a label of no fact that a message shows).
    fn shows(&self, id: &str) -> bool {
        self.shows_itself(id)
            || (sections::is_published(id)
                && (self.referrers().users(id).iter()).any(|user| self.shows_itself(user)))
    }

    fn referrers(&self) -> &Referrers {
        (self.referrers).get_or_init(|| Referrers::of(&[self.was, self.now]))
    }

    /// Whether the entry `id` (a message, or a term as `-customer`) shows the same words in
    /// `was` and in `now` (canonical entries by key, terms as `-id`), each read with its
    /// own terms: a message by [`read_the_same`], and not where one side lacks it (a
    /// template may show it by its id); a term, which is shown only through the messages
    /// that use it, where every published one that uses it on either side does (the review
    /// pages' words are never recorded, and each is followed on its own: qa52), so that a
    /// term made of words a message had, or put back into it, is no change (qa53).
    pub fn entry_reads_the_same(&self, id: &str) -> bool {
        match id.starts_with('-') {
            true => (self.referrers().users(id).iter())
                .filter(|m| self.shows_itself(m))
                .all(|m| self.message_reads_the_same(m)),
            false => self.message_reads_the_same(id),
        }
    }

    fn message_reads_the_same(&self, message: &str) -> bool {
        if let Some(same) = self.read.borrow().get(message) {
            return *same;
        }
        let (in_was, in_now) = (
            |key: &str| self.was.get(key).map(String::as_str),
            |key: &str| self.now.get(key).map(String::as_str),
        );
        let same = match (in_was(message), in_now(message)) {
            (Some(w), Some(n)) => read_the_same(w, n, &in_was, &in_now),
            _ => false,
        };
        self.read.borrow_mut().insert(message.to_string(), same);
        same
    }
}

/// Which entries refer to which, in canonical entries by key (terms as `-id`): read once, then
/// asked for the users of each entry that changed, each entry's found once.
pub struct Referrers {
    /// By entry, those that refer to it directly.
    direct: HashMap<String, BTreeSet<String>>,
    /// By entry, the messages that show it through any chain, as found.
    users: std::cell::RefCell<HashMap<String, std::rc::Rc<BTreeSet<String>>>>,
}

impl Referrers {
    /// Of every entry of `words`, the entries it refers to, as `{ -id }`, `{ -id(…) }`,
    /// `{ -id.attr }`, `{ id }` or `{ id.attr }`.
    pub fn of(words: &[&BTreeMap<String, String>]) -> Referrers {
        let mut referrers: HashMap<String, BTreeSet<String>> = HashMap::new();
        for (key, text) in words.iter().flat_map(|w| w.iter()) {
            for id in references(text) {
                referrers
                    .entry(id.to_string())
                    .or_default()
                    .insert(key.clone());
            }
        }
        Referrers {
            direct: referrers,
            users: Default::default(),
        }
    }

    /// The messages that show `id` (a term as `-customer`, or a message), directly or through
    /// other terms and messages.
    pub fn users_of(&self, id: &str) -> BTreeSet<String> {
        (*self.users(id)).clone()
    }

    /// [`Referrers::users_of`], shared: each entry's users are found once, from those of the
    /// entries that refer to it, without recursion (a chain of 20,000 terms is 20,000 steps,
    /// not 20,000 walks of it: qa61). An entry on a cycle (refused where it is written) has
    /// the users found before the cycle closes.
    fn users(&self, id: &str) -> std::rc::Rc<BTreeSet<String>> {
        if let Some(found) = self.users.borrow().get(id) {
            return found.clone();
        }
        let direct = |key: &str| self.direct.get(key).into_iter().flatten();
        // Depth first: an entry is done once every entry that refers to it is.
        let mut stack: Vec<(&str, bool)> = vec![(id, false)];
        let mut open: std::collections::HashSet<&str> = Default::default();
        while let Some((key, referrers_done)) = stack.pop() {
            if self.users.borrow().contains_key(key) {
                continue;
            }
            if !referrers_done {
                if !open.insert(key) {
                    continue;
                }
                stack.push((key, true));
                for referrer in direct(key) {
                    if !open.contains(referrer.as_str())
                        && !self.users.borrow().contains_key(referrer.as_str())
                    {
                        stack.push((referrer, false));
                    }
                }
                continue;
            }
            let mut users = BTreeSet::new();
            for referrer in direct(key) {
                if !referrer.starts_with('-') {
                    users.insert(referrer.clone());
                }
                if let Some(theirs) = self.users.borrow().get(referrer.as_str()) {
                    users.extend(theirs.iter().cloned());
                }
            }
            open.remove(key);
            (self.users.borrow_mut()).insert(key.to_string(), std::rc::Rc::new(users));
        }
        self.users.borrow()[id].clone()
    }
}

/// The ids a canonical entry refers to: each `{ ` followed by an identifier (a term's with its
/// `-`) and a space, `(` or `.`, as Fluent's serializer writes a reference.
fn references(text: &str) -> impl Iterator<Item = &str> {
    text.match_indices("{ ").filter_map(|(i, _)| {
        let rest = &text[i + 2..];
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(rest.len());
        let id = &rest[..end];
        (!id.is_empty() && matches!(rest.as_bytes().get(end), Some(b' ' | b'(' | b'.')))
            .then_some(id)
    })
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
    was: Words<'_, '_>,
    now: Words<'_, '_>,
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
        let place = (sections::is_annex_only(user), sections::Elsewhere::of(user));
        if sections::of_message(user).is_none() && places.insert(place) {
            out.push(Place::Through(user.clone()));
        }
    }
    out
}

/// Where a change of the message `id` shows: its own section (or none: other text), then the
/// places of the messages that show it (`users`, [`Referrers::users_of`]) and read otherwise
/// with it ([`places_reworded`]), each once: words moved into a message of their own are told
/// where the page shows them (qa53).
pub fn places_of_message(
    id: &str,
    users: &BTreeSet<String>,
    was: Words<'_, '_>,
    now: Words<'_, '_>,
) -> Vec<Place> {
    let mut out = vec![Place::Section(sections::of_message(id).map(|s| s.id))];
    for place in places_reworded(users, was, now) {
        if !out.contains(&place) {
            out.push(place);
        }
    }
    out
}

/// The text of the one message of `source`, its attributes after it, with the terms and the
/// messages it refers to put in place.
fn shown(source: &str, words: Words<'_, '_>) -> Option<String> {
    let resource = fluent_syntax::parser::parse(source).ok()?;
    let [ast::Entry::Message(message)] = resource.body.as_slice() else {
        return None;
    };
    let mut reader = Reader {
        words,
        local: Local::Message,
        out: String::new(),
        placeables: 0,
    };
    if let Some(value) = &message.value {
        reader.pattern(value, 0)?;
    }
    let mut attributes: Vec<_> = message.attributes.iter().collect();
    attributes.sort_by_key(|a| a.id.name);
    for a in attributes {
        // Each is formatted on its own.
        reader.local = Local::Message;
        reader.out.push_str(&format!("\u{0}.{}=", a.id.name));
        reader.pattern(&a.value, 0)?;
    }
    Some(reader.out)
}

/// A term's argument: a string literal's text (unescaped), or a number literal as written,
/// which Fluent shows in the language's digits.
#[derive(Clone, PartialEq)]
enum Literal {
    Text(String),
    Number(String),
}

impl Literal {
    /// As shown in place of the variable: a number marked, as [`Reader::inline`] marks a
    /// number literal.
    fn shown(&self) -> String {
        match self {
            Literal::Text(s) => s.clone(),
            Literal::Number(n) => format!("\u{0}#{n}"),
        }
    }
}

/// Whose values a `$name` reads, as fluent-bundle (0.16) resolves it: the message's variables,
/// or the arguments of the term being put in place. A term's arguments are set when a term is
/// referred to and cleared when any term ends, so that in an outer term, after an inner one,
/// `$name` reads the message's variables (qa51); a message a term refers to reads the term's.
#[derive(Clone, PartialEq)]
enum Local {
    Message,
    Term(Vec<(String, Literal)>),
    /// After a selection the page makes, whose variants leave it otherwise: not known.
    Unknown,
}

/// The plural categories, which a number chooses a variant by.
const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Reads a message as Fluent shows it, into `out`.
struct Reader<'w, 's> {
    words: Words<'w, 's>,
    local: Local,
    out: String,
    /// How many placeables it has read, in every variant ([`MAX_READ_PLACEABLES`]).
    placeables: usize,
}

impl Reader<'_, '_> {
    /// `p` as shown; `depth` counts the terms and messages it is inside of.
    fn pattern(&mut self, p: &ast::Pattern<&str>, depth: usize) -> Option<()> {
        for element in &p.elements {
            match element {
                ast::PatternElement::TextElement { value } => self.out.push_str(value),
                ast::PatternElement::Placeable { expression } => {
                    self.placeables += 1;
                    if self.placeables > MAX_READ_PLACEABLES {
                        return None;
                    }
                    self.expression(expression, depth)?;
                }
            }
            if self.out.len() > MAX_READ_TEXT {
                return None;
            }
        }
        Some(())
    }

    fn expression(&mut self, e: &ast::Expression<&str>, depth: usize) -> Option<()> {
        let (selector, variants) = match e {
            ast::Expression::Inline(inline) => return self.inline(inline, depth),
            ast::Expression::Select { selector, variants } => (selector, variants),
        };
        // A term's argument, or one it lacks (Fluent then shows the default variant), chooses
        // here; so do the message's variables in every variant, whichever the page gives.
        if let ast::InlineExpression::VariableReference { id } = selector {
            match &self.local {
                Local::Term(args) => {
                    let value = args.iter().find(|(name, _)| name == id.name);
                    let chosen = chosen(variants, value.map(|(_, v)| v))?;
                    return self.pattern(&chosen.value, depth);
                }
                Local::Unknown => return None,
                Local::Message => {}
            }
        }
        // Every variant, each under its key, after what chooses.
        self.out.push_str("\u{0}{");
        self.inline(selector, depth)?;
        let before = self.local.clone();
        let mut after: Option<Local> = None;
        for v in variants {
            self.local = before.clone();
            let key = match &v.key {
                ast::VariantKey::Identifier { name } => *name,
                ast::VariantKey::NumberLiteral { value } => *value,
            };
            let default = if v.default { "*" } else { "" };
            self.out.push_str(&format!("\u{0}{default}[{key}]"));
            self.pattern(&v.value, depth)?;
            after = match after {
                Some(other) if other != self.local => Some(Local::Unknown),
                _ => Some(self.local.clone()),
            };
        }
        self.local = after.unwrap_or(before);
        self.out.push_str("\u{0}}");
        Some(())
    }

    fn inline(&mut self, i: &ast::InlineExpression<&str>, depth: usize) -> Option<()> {
        match i {
            // As Fluent shows it: `{ "\u00A0" }` is a no-break space.
            ast::InlineExpression::StringLiteral { value } => {
                self.out
                    .push_str(&fluent_syntax::unicode::unescape_unicode_to_string(value));
            }
            // Formatted in the language's digits (`intl::fluent_number`): not the text `5`.
            ast::InlineExpression::NumberLiteral { value } => {
                self.out.push_str(&format!("\u{0}#{value}"));
            }
            ast::InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => {
                if depth >= MAX_DEPTH {
                    return None;
                }
                let source = (self.words)(&format!("-{}", id.name))?;
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
                let mut args = Vec::new();
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
                    args.push((a.name.name.to_string(), literal));
                }
                self.local = Local::Term(args);
                self.pattern(value, depth + 1)?;
                self.local = Local::Message;
            }
            // Another message's words, read as its reference reads them: with the values the
            // reference sees (a term's arguments, inside a term).
            ast::InlineExpression::MessageReference { id, attribute } => {
                if depth >= MAX_DEPTH {
                    return None;
                }
                let source = (self.words)(id.name)?;
                let resource = fluent_syntax::parser::parse(source).ok()?;
                let [ast::Entry::Message(message)] = resource.body.as_slice() else {
                    return None;
                };
                let value = match attribute {
                    Some(name) => {
                        &(message.attributes.iter())
                            .find(|a| a.id.name == name.name)?
                            .value
                    }
                    None => message.value.as_ref()?,
                };
                self.pattern(value, depth + 1)?;
            }
            ast::InlineExpression::VariableReference { id } => match &self.local {
                // The message's own: as written, which the page fills in the same way on both
                // sides.
                Local::Message => self.out.push_str(&format!("\u{0}{i:?}")),
                // A term's argument, or none: shown as Fluent shows a missing variable.
                Local::Term(args) => match args.iter().find(|(name, _)| name == id.name) {
                    Some((_, value)) => self.out.push_str(&value.shown()),
                    None => self.out.push_str(&format!("{{${}}}", id.name)),
                },
                Local::Unknown => return None,
            },
            ast::InlineExpression::Placeable { expression } => {
                self.expression(expression, depth)?;
            }
            // Functions (candor gives Fluent none, so each shows as an error): as written.
            ast::InlineExpression::FunctionReference { .. } => {
                self.out.push_str(&format!("\u{0}{i:?}"));
            }
        }
        Some(())
    }
}

/// The variant `value` (a term's argument, or `None` where it lacks it) chooses, as Fluent
/// chooses: the first whose key matches, or the default. A string matches the key of its name;
/// a number the key of the same number, or a plural category it falls in, which is not known
/// here: `None` (read as different) where such a key comes before one of the same number.
fn chosen<'v, 's>(
    variants: &'v [ast::Variant<&'s str>],
    value: Option<&Literal>,
) -> Option<&'v ast::Variant<&'s str>> {
    let default = variants.iter().find(|v| v.default);
    match value {
        None => default,
        Some(Literal::Text(text)) => variants
            .iter()
            .find(|v| matches!(&v.key, ast::VariantKey::Identifier { name } if name == text))
            .or(default),
        Some(Literal::Number(number)) => {
            let as_number = |s: &str| s.parse::<f64>().ok();
            for v in variants {
                match &v.key {
                    ast::VariantKey::NumberLiteral { value } if value == number => return Some(v),
                    // The same number written otherwise (`1.0`, `01`): Fluent compares its
                    // digits too.
                    ast::VariantKey::NumberLiteral { value }
                        if as_number(value).is_some() && as_number(value) == as_number(number) =>
                    {
                        return None;
                    }
                    ast::VariantKey::Identifier { name } if PLURAL_CATEGORIES.contains(name) => {
                        return None;
                    }
                    _ => {}
                }
            }
            default
        }
    }
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
    fn terms_that_multiply_are_read_as_different_not_read_out() {
        // qa58: eight terms, each showing the one before ten times, read out to gigabytes.
        let mut entries = vec![format!("-t0 = {}\n", "x".repeat(1000))];
        for i in 1..8 {
            entries.push(format!(
                "-t{i} = {}\n",
                format!("{{ -t{} }}", i - 1).repeat(10)
            ));
        }
        let entries: Vec<&str> = entries.iter().map(String::as_str).collect();
        let t = terms(&entries);
        assert!(!read_the_same("m = a { -t7 }\n", "m = a { -t7 }\n", &t, &t));
        // A few are read as ever.
        assert!(read_the_same("m = a { -t1 }\n", "m = a { -t1 }\n", &t, &t));
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

    #[test]
    fn references_read_as_fluent_resolves_them() {
        // qa51: a number chooses `[one]` by its plural category before `[1]`.
        let plural = terms(&[
            "-customer = { $n ->\n    [one] practice\n    [1] provider\n   *[other] provider\n}\n",
        ]);
        assert!(!read_the_same(
            "m = provider\n",
            "m = { -customer(n: 1) }\n",
            &plural,
            &plural
        ));
        // qa51: once a term inside a term ends, Fluent clears the outer term's arguments, and
        // its `$org` is the message's variable: not the "org" it was given.
        let nested = terms(&[
            "-customer = provider\n",
            "-of = { -customer } of { $org }\n",
        ]);
        assert!(!read_the_same(
            "m = provider of org\n",
            "m = { -of(org: \"org\") }\n",
            &nested,
            &nested
        ));
        let before = terms(&["-customer = provider\n", "-of = { $org } { -customer }\n"]);
        assert!(read_the_same(
            "m = org provider\n",
            "m = { -of(org: \"org\") }\n",
            &before,
            &before
        ));
        // qa51: a message a term refers to reads the term's arguments, which lack `$org`.
        let words = terms(&[
            "question = Where does { $org } store it?\n",
            "-question = { question }\n",
        ]);
        assert!(read_the_same(
            "m = Where does { $org } store it?\n",
            "m = { question }\n",
            &words,
            &words
        ));
        assert!(!read_the_same(
            "m = { question }\n",
            "m = { -question }\n",
            &words,
            &words
        ));
        // qa51: a message shows the words of the messages it refers to, each side its own.
        let (was, now) = (terms(&["n = the provider\n"]), terms(&["n = the clinic\n"]));
        assert!(!read_the_same("m = { n }\n", "m = { n }\n", &was, &now));
        assert!(read_the_same("m = { n }\n", "m = { n }\n", &was, &was));
        // A selection kept whole (by a literal), whose variants end a term's arguments or
        // not: what `$y` reads after it is not known, so not known to read the same.
        let select = terms(&[
            "-t = { \"a\" ->\n   *[a] { -u }\n    [b] b\n} { $y }\n",
            "-u = u\n",
        ]);
        let m = "m = { -t(y: \"y\") }\n";
        assert!(!read_the_same(m, m, &select, &select));
    }

    #[test]
    fn users_are_the_messages_that_refer_to_an_entry_through_any_chain() {
        let words = map(&[
            ("-org", "-org = Acme\n"),
            ("-staff", "-staff = { -org.short } staff\n"),
            ("access-body", "access-body = { -staff(case: \"x\") }\n"),
            ("access-note", "access-note = See { access-body }.\n"),
            ("other", "other = { \"{\" } -org and { $org }\n"),
        ]);
        let users = Referrers::of(&[&words]);
        assert_eq!(
            users.users_of("-org"),
            BTreeSet::from(["access-body".to_string(), "access-note".to_string()])
        );
        assert_eq!(
            users.users_of("access-body"),
            BTreeSet::from(["access-note".to_string()])
        );
        assert!(users.users_of("access-note").is_empty());
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
        assert!(Comparison::new(&was, &now).entry_reads_the_same("-org"));
        assert!(publish_the_same_words(&was, &now, None));
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
        assert!(!Comparison::new(&was, &chosen).entry_reads_the_same("-org"));
        assert!(!publish_the_same_words(&was, &chosen, None));
        // A term made of words a message had reads the same; the message it was not.
        let made = map(&[
            ("-org", "-org = Acme\n"),
            ("-staff", "-staff = { -org } staff\n"),
            ("access-body", "access-body = { -staff }\n"),
        ]);
        assert!(Comparison::new(&was, &made).entry_reads_the_same("-staff"));
        assert!(publish_the_same_words(&was, &made, None));
        // A published message one side lacks is words added or taken away.
        let more = map(&[
            ("-org", "-org = Acme\n"),
            ("access-body", "access-body = { -org } staff\n"),
            ("access-heading", "access-heading = Access\n"),
        ]);
        assert!(!publish_the_same_words(&was, &more, None));
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
