//! The words that name a fact's id ([`Label`]: `access-group-support = Staff in support roles`),
//! held apart and held to what was published. A reader tells the facts of one kind apart by
//! their words alone, and the change log names them by their words: two groups of staff named
//! alike read as one, and one given a new id under its words was told as "No longer listed
//! among the staff: Staff in support roles" beside "Now listed among the staff: Staff in support
//! roles" (qa126, qa134).
//!
//! Words are compared as a reader sees them ([`shown`]): formatted with the organisation's
//! facts, without the characters that show as nothing ([`ignorable`]), composed, their spaces
//! made one, without a full stop at the end, in either case.

use std::collections::BTreeMap;

use fluent_bundle::{FluentArgs, FluentValue};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::history::lock::Stamp;
use crate::load::locales::{Locale, Locales};
use crate::model::{Label, Labels, Model};

/// Whether two labels of one kind may read alike: a group's purpose goes with its group, and
/// two groups may have the same.
fn told_apart(label: Label) -> bool {
    label != Label::AccessPurpose
}

/// The labels of `kind` among `labels` (a model's), by message id.
fn named(labels: &Labels, kind: Label) -> Vec<String> {
    let prefix = format!("{}-", kind.prefix());
    (labels.named())
        .filter(|id| id.starts_with(&prefix))
        .map(str::to_string)
        .collect()
}

/// The words of message `id` in `locale` as a reader sees them, for comparing; `None` where it
/// has none or they cannot be formatted.
fn shown(locale: &Locale, id: &str, model: &Model) -> Option<String> {
    let mut args = FluentArgs::new();
    let organisation = &model.organisation;
    let [org, privacy_policy, contact] = crate::messages::GLOBAL_VARIABLES;
    args.set(org, FluentValue::from(organisation.name.clone()));
    args.set(
        privacy_policy,
        FluentValue::from(organisation.privacy_policy.as_str().to_string()),
    );
    args.set(
        contact,
        FluentValue::from(organisation.contact.as_str().to_string()),
    );
    let text = locale.format(id, &args).ok()?;
    let text: String = text.chars().filter(|c| !ignorable(*c)).collect();
    // A full stop or a colon at the end reads as the same label (qa137: "Support staff.").
    let words = crate::text::normalize(&text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches(['.', ':', ';', '。', '؛', '…'])
        .trim_end()
        .to_lowercase();
    (!words.is_empty()).then_some(words)
}

/// Whether `c` is a character that shows as nothing where it is written (Unicode's
/// Default_Ignorable_Code_Point: a soft hyphen, a joiner, a direction mark, an isolate, a
/// variation selector, a filler; qa136: "Staff in support roles" and the same with a
/// left-to-right mark read alike).
fn ignorable(c: char) -> bool {
    matches!(c,
        '\u{ad}' | '\u{34f}' | '\u{61c}' | '\u{115f}'..='\u{1160}' | '\u{17b4}'..='\u{17b5}'
        | '\u{180b}'..='\u{180f}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{206f}' | '\u{3164}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}'
        | '\u{ffa0}' | '\u{fff0}'..='\u{fff8}' | '\u{1bca0}'..='\u{1bca3}'
        | '\u{1d173}'..='\u{1d17a}' | '\u{e0000}'..='\u{e0fff}')
}

/// Refuses two labels of one kind that the facts name and that read alike in a language: its
/// page would list the two as one, and its change log tell one added as the other, or a purpose
/// replaced by itself (qa134: "engaged for a new purpose: Customer support (instead of:
/// Customer support)", with a notice period). Said at each after the first, in the order of
/// their ids, in each language.
pub fn apart(model: &Model, locales: &[&Locale], diags: &mut Diagnostics) -> bool {
    let mut ok = true;
    let labels = model.labels();
    for kind in Label::ALL.into_iter().filter(|k| told_apart(*k)) {
        let ids = named(&labels, kind);
        if ids.len() < 2 {
            continue;
        }
        for locale in locales {
            let mut seen: BTreeMap<String, &str> = BTreeMap::new();
            for id in &ids {
                let Some(words) = shown(locale, id, model) else {
                    continue;
                };
                // Each of a group said at the first of it.
                let first = *seen.entry(words).or_insert(id);
                if first == id {
                    continue;
                }
                // Said where it is written.
                let Some(entry) = locale.entry(id) else {
                    continue;
                };
                ok = false;
                diags.push(
                    Diagnostic::error(format!(
                        "`{id}` in `{}` reads as `{first}` does, and the facts name both: a \
                         reader cannot tell the two apart",
                        locale.language.tag
                    ))
                    .at(&entry.file, entry.span.clone(), format!("as `{first}`"))
                    .with_help(format!(
                        "give `{id}` words of its own; if it names what `{first}` names, give \
                         the facts one id for it"
                    )),
                );
            }
        }
    }
    ok
}

/// Refuses a fact given a new id under the words of one that the last publication named and
/// this one no longer does, of the same kind (a group of staff, a data subject, a purpose, a
/// sub-processor's group): the same thing under another id, which the change log would tell as
/// one no longer listed and another listed, or as changed, in the same words (qa126). Read in
/// the source language, as that publication recorded it and as it reads today. Where the
/// source's words differ, a translation may still give the new id the words it published for
/// the gone one, and its change log tell the same (qa134): refused in that language.
pub fn kept(model: &Model, stamp: &Stamp, locales: &Locales, diags: &mut Diagnostics) -> bool {
    let (true, Some((_, earlier))) = (stamp.publishing.is_new(), stamp.history.split_last()) else {
        return true;
    };
    let ids = crate::history::lock::ids(earlier);
    let (Some(last), Some(last_id)) = (earlier.last(), ids.last()) else {
        return true;
    };
    let Ok(before) = last.snapshot.model() else {
        return true;
    };
    let source = locales.source();
    // Each language's words as that publication recorded them (a region's over its parent's),
    // read only where a label is gone; `None` where it recorded none.
    let recorded: Vec<std::cell::OnceCell<Option<Locale>>> =
        locales.locales.iter().map(|_| Default::default()).collect();
    let published = |i: usize| -> Option<&Locale> {
        recorded[i]
            .get_or_init(|| {
                let locale = &locales.locales[i];
                let words: BTreeMap<String, String> = match i == locales.source {
                    true => last.snapshot.source().clone(),
                    false => (locale.parent.iter().map(|p| p.tag.as_str()))
                        .chain([locale.language.tag.as_str()])
                        .filter_map(|tag| last.words(tag))
                        .flat_map(|words| words.iter())
                        .filter_map(|(id, fp)| Some((id.clone(), stamp.texts.get(fp)?.clone())))
                        .collect(),
                };
                (!words.is_empty()).then(|| {
                    Locale::from_recorded(
                        &locale.language,
                        &words,
                        crate::history::lock::FILE,
                        &mut Diagnostics::default(),
                    )
                })
            })
            .as_ref()
    };
    let mut ok = true;
    let (labels_before, labels_now) = (before.labels(), model.labels());
    for kind in Label::ALL.into_iter().filter(|k| told_apart(*k)) {
        let (was, now) = (named(&labels_before, kind), named(&labels_now, kind));
        let gone: Vec<&String> = was.iter().filter(|id| !now.contains(id)).collect();
        if gone.is_empty() {
            continue;
        }
        for id in now.iter().filter(|id| !was.contains(id)) {
            // The source first: where it reads as a gone one, that is the one error told.
            for (i, locale) in std::iter::once((locales.source, source)).chain(
                (locales.locales.iter().enumerate())
                    .filter(|(i, _)| *i != locales.source)
                    .map(|(i, l)| (i, &**l)),
            ) {
                let (Some(entry), Some(words)) = (locale.entry(id), shown(locale, id, model))
                else {
                    continue;
                };
                let Some(old) = published(i).and_then(|then| {
                    gone.iter()
                        .find(|old| shown(then, old, before).as_ref() == Some(&words))
                }) else {
                    continue;
                };
                ok = false;
                let kept = &old[kind.prefix().len() + 1..];
                let tag = &locale.language.tag;
                diags.push(match i == locales.source {
                    true => Diagnostic::error(format!(
                        "`{id}` reads as `{old}` did, which the publication of {last_id} named \
                         and this one no longer does: the change log would tell the same words \
                         as one thing gone and another come, or changed into itself"
                    ))
                    .with_help(format!(
                        "if it is the same, keep the id `{kept}` (in content/ and in the locale \
                         files): an id stays as published, while its words may change; if it is \
                         something else, word it otherwise"
                    )),
                    false => Diagnostic::error(format!(
                        "`{id}` in `{tag}` reads as `{old}` did in `{tag}`, which the \
                         publication of {last_id} named and this one no longer does, while the \
                         source reads otherwise: the change log in `{tag}` would tell the same \
                         words as one thing gone and another come"
                    ))
                    .with_help(format!(
                        "translate `{id}` from its source text: it names something else than \
                         `{old}` did"
                    )),
                }
                .at(&entry.file, entry.span.clone(), format!("as `{old}` read")));
                break;
            }
        }
    }
    ok
}
