//! From content as written to the validated [`Model`]: every rule that a single field's type
//! cannot express. Each problem points at the value in its file.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;
use std::sync::Arc;

use toml::Spanned;

use crate::diagnostic::{self, Diagnostic, Diagnostics, SourceFile};
use crate::intl;
use crate::load::config::Config;
use crate::load::content::{Parsed, RawContent};
use crate::load::raw;
use crate::model::*;

/// The longest a name, an address or another short fact may be, in characters: the longest
/// address of either example is about a hundred.
pub const MAX_FACT_CHARS: usize = 300;
/// The longest link a fact may be: what browsers, mail programs and spreadsheets keep whole.
pub const MAX_LINK_CHARS: usize = 2000;

/// A message the content needs in every language, and the value that needs it.
#[derive(Debug, Clone)]
pub struct Requirement {
    pub message_id: String,
    pub file: Arc<SourceFile>,
    pub span: Range<usize>,
}

/// What validation found: the model (when there were no errors), the messages the content calls
/// for, and where entries are written (for checks that come later, at publication).
#[derive(Debug, Default)]
pub struct Validated {
    pub model: Option<Model>,
    pub requirements: Vec<Requirement>,
    pub places: Places,
}

/// Where the entries that publication checks point at are written.
#[derive(Debug, Default)]
pub struct Places {
    /// Each sub-processor's name, by its name.
    pub subprocessors: BTreeMap<String, diagnostic::Location>,
    /// The `effective` of each sub-processor whose entry gives one, by its name.
    pub effective: BTreeMap<String, diagnostic::Location>,
    /// The `engaged` of each sub-processor whose entry gives one, by its name.
    pub engaged: BTreeMap<String, diagnostic::Location>,
    /// Each storage location's `id`, or its `provider` where it has none, by its id.
    pub storage: BTreeMap<String, diagnostic::Location>,
    /// The organisation's `contact`.
    pub contact: Option<diagnostic::Location>,
}

impl Places {
    /// Where the `effective` of the sub-processor `name` is written, or else its name.
    pub fn effective_of(&self, name: &str) -> Option<&diagnostic::Location> {
        self.effective.get(name).or(self.subprocessors.get(name))
    }
}

/// Checks the raw content, every file that parsed, each on its own. Returns the model only when
/// every file parsed and no error was found (all are in `diags`). The requirements are returned
/// in any case, so that the locales can be checked against them.
/// From `config`: the site's own adequacy decisions, besides those candor ships, and whether
/// the annex serves as Annex III (which needs more of each sub-processor).
pub fn validate(raw: &RawContent, config: &Config, diags: &mut Diagnostics) -> Validated {
    let errors_before = diags.error_count();
    let mut v = Validator {
        diags,
        adequacy: &config.adequacy,
        annex_iii: config.annex_iii,
        annex_i_b: config.annex_i_b,
        requirements: Vec::new(),
    };
    let organisation = raw.organisation.as_ref().and_then(|p| v.organisation(p));
    let principles = raw.principles.as_ref().map(|p| v.principles(p));
    let processing = (raw.processing.as_ref()).map(|p| v.processing(p, raw.organisation.as_ref()));
    let storage = raw.storage.as_ref().and_then(|p| v.storage(p));
    let subprocessors = raw
        .subprocessors
        .as_ref()
        .and_then(|p| v.subprocessors(p, raw.processing.as_ref()));
    let retention = raw.retention.as_ref().map(|p| v.retention(p));
    let access = raw.access.as_ref().map(|p| v.access(p));
    let integrations = raw
        .integrations
        .as_ref()
        .map(|p| v.integrations(p, raw.processing.as_ref()));
    let dpia = raw.dpia.as_ref().and_then(|p| v.dpia(p));
    let breach = raw.breach.as_ref().map(|p| v.breach(p));
    let requirements = v.requirements;
    let model = (|| {
        Some(Model {
            organisation: organisation?,
            principles: principles?,
            processing: processing?,
            storage: storage?,
            subprocessors: subprocessors?,
            // `notice-days = 0` promises no notice: the page states no period, nor does the
            // record (qa111: "at least 0 days").
            notice_days: config.notice_days.filter(|days| *days > 0),
            retention: retention?,
            access: access?,
            integrations: integrations?,
            dpia: dpia?,
            breach: breach?,
        })
    })();
    if let (Some(model), Some(storage)) = (&model, &raw.storage) {
        storage_as_listed(model, storage, diags);
    }
    let model = model.filter(|_| diags.error_count() == errors_before);
    let subprocessor_places = raw.subprocessors.iter().flat_map(|p| {
        p.value.subprocessor.iter().map(|s| {
            let place = diagnostic::Location {
                file: p.file.clone(),
                span: Some(s.name.span()),
                label: String::new(),
            };
            (crate::text::normalize(s.name.get_ref().trim()), place)
        })
    });
    // Where an entry's dates are written, for the problems with a date: the date itself.
    let dated = |date: fn(&raw::Subprocessor) -> Option<std::ops::Range<usize>>| {
        raw.subprocessors
            .iter()
            .flat_map(|p| {
                p.value.subprocessor.iter().filter_map(move |s| {
                    let place = diagnostic::Location {
                        file: p.file.clone(),
                        span: Some(date(s)?),
                        label: String::new(),
                    };
                    Some((crate::text::normalize(s.name.get_ref().trim()), place))
                })
            })
            .collect()
    };
    let effective = dated(|s| s.effective.as_ref().map(|d| d.span()));
    let engaged = dated(|s| s.engaged.as_ref().map(|d| d.span()));
    // The model's locations are the file's, in its order.
    let storage_places = raw
        .storage
        .iter()
        .zip(model.as_ref().map(|m| &m.storage.locations))
        .flat_map(|(p, locations)| {
            p.value
                .location
                .get_ref()
                .iter()
                .zip(locations.iter())
                .map(|(raw, l)| {
                    let span = raw.id.as_ref().map_or(raw.provider.span(), |id| id.span());
                    let place = diagnostic::Location {
                        file: p.file.clone(),
                        span: Some(span),
                        label: String::new(),
                    };
                    (l.id.clone(), place)
                })
        })
        .collect();
    Validated {
        model,
        requirements,
        places: Places {
            subprocessors: subprocessor_places.collect(),
            effective,
            engaged,
            storage: storage_places,
            contact: raw.organisation.as_ref().map(|p| diagnostic::Location {
                file: p.file.clone(),
                span: Some(p.value.contact.span()),
                label: String::new(),
            }),
        },
    }
}

/// Holds each storage location to the sub-processor that hosts it: a provider that stores the
/// data processes it, so it is listed, and where its entry names the countries it processes
/// data in, the location's is among them (otherwise its row would say the data stays where it
/// does not); an entry that names none says whether data leaves the EEA, which a location
/// outside it does.
fn storage_as_listed(model: &Model, storage: &Parsed<raw::Storage>, diags: &mut Diagnostics) {
    for (raw, l) in storage
        .value
        .location
        .get_ref()
        .iter()
        .zip(&model.storage.locations)
    {
        let hosts: Vec<&Subprocessor> = model
            .subprocessors
            .iter()
            .filter(|s| super::named_alike(&s.name, &l.provider))
            .map(|s| &**s)
            .collect();
        if hosts.is_empty() {
            diags.push(
                Diagnostic::warning(format!(
                    "the storage provider `{}` is not among the sub-processors",
                    l.provider
                ))
                .at(&storage.file, raw.provider.span(), "not listed in content/subprocessors.toml")
                .with_help(
                    "a provider that stores the data processes it: list it as a sub-processor, named as here, so that controllers are told of it (GDPR Art. 28(2))",
                ),
            );
            continue;
        }
        let code = l.country.code();
        if !hosts.iter().any(|s| processes_in(s, code)) {
            let s = hosts[0];
            let said = if s.countries.is_empty() {
                "says its data stays in the EEA".to_string()
            } else {
                let codes: Vec<&str> = s.countries.iter().map(|c| c.code()).collect();
                format!("names {} only", codes.join(", "))
            };
            diags.push(
                Diagnostic::error(format!(
                    "`{}` stores data in {} ({code}), and its sub-processor entry `{}` {said}",
                    l.provider, l.city, s.name
                ))
                .at(&storage.file, raw.country.span(), "stored here")
                .with_help(format!(
                    "add \"{code}\" to the `countries` of `{}` in content/subprocessors.toml (with a transfer mechanism, if it is outside the EEA), or correct the location",
                    s.name
                )),
            );
        }
    }
}

/// Whether `s` says it processes data in the country `code`: among its countries where it
/// names them; otherwise, outside the EEA only where it transfers data there.
pub(super) fn processes_in(s: &Subprocessor, code: &str) -> bool {
    if s.countries.is_empty() {
        crate::transfers::EEA.contains(&code)
            || !matches!(s.transfer, crate::model::Transfer::WithinEea)
    } else {
        s.countries.iter().any(|c| c.code() == code)
    }
}

struct Validator<'d> {
    diags: &'d mut Diagnostics,
    adequacy: &'d BTreeMap<String, crate::transfers::SiteDecision>,
    /// `[annex] annex-iii = true`: each sub-processor needs what Annex III lists.
    annex_iii: bool,
    /// `[annex] annex-i-b = true`: the processing needs what Annex I.B lists.
    annex_i_b: bool,
    requirements: Vec<Requirement>,
}

impl Validator<'_> {
    fn error(
        &mut self,
        file: &Arc<SourceFile>,
        span: Range<usize>,
        message: impl Into<String>,
        label: impl Into<String>,
    ) {
        self.diags
            .push(Diagnostic::error(message).at(file, span, label));
    }

    /// A list the page states whole, where one that lists nothing would read as a sentence cut
    /// short (qa88: `location = []` published "Data stored in:" and nothing after it).
    fn not_empty<T>(
        &mut self,
        file: &Arc<SourceFile>,
        list: &Spanned<Vec<T>>,
        key: &str,
        what: &str,
    ) {
        if list.get_ref().is_empty() {
            self.diags.push(
                Diagnostic::error(format!("`{key}` lists none: the page would name no {what}"))
                    .at(file, list.span(), "an empty list")
                    .with_help(format!(
                        "list at least one {what}, as the file's comments show"
                    )),
            );
        }
    }

    /// A proper name or other short fact: trimmed, not empty, at most [`MAX_FACT_CHARS`] long,
    /// in NFC (a `\u` escape may have written it decomposed), and free of characters that show
    /// as nothing or act on a terminal or a parser ([`crate::text::forbidden`]).
    fn text(&mut self, file: &Arc<SourceFile>, value: &Spanned<String>, what: &str) -> String {
        let text = crate::text::normalize(value.get_ref().trim());
        if text.is_empty() {
            self.error(
                file,
                value.span(),
                format!("{what} is empty"),
                format!("write the {what} here"),
            );
        } else if text.contains(['\t', '\n']) {
            // Markup is fine (it is escaped: "AT&T <Labs>" is a name); a tab or newline is not.
            self.error(
                file,
                value.span(),
                format!("{what} contains a line break or a tab"),
                "a single line of text expected",
            );
        } else if text.chars().count() > MAX_FACT_CHARS {
            // A name is said on every page, in every section and in every archived copy: a
            // long one is a mistake, and a huge one would fill the disk.
            self.diags.push(
                Diagnostic::error(format!(
                    "the {what} is {} characters long, more than the {MAX_FACT_CHARS} a short fact may have",
                    text.chars().count()
                ))
                .at(file, value.span(), "too long")
                .with_help(format!(
                    "write the {what} alone here; a longer description goes in the locale files"
                )),
            );
        }
        self.forbidden_characters(file, value, what);
        if let Some((word, other)) = crate::text::mixed_script_word(&text) {
            self.diags.push(
                Diagnostic::error(format!(
                    "the {what} mixes scripts in the word `{}`: U+{:04X} is of another script \
                     than the letters before it",
                    crate::text::visible_name(word),
                    other as u32
                ))
                .at(file, value.span(), "two scripts in one word")
                .with_help(
                    "write each word in one script: a letter of another alphabet that looks \
                     like a Latin one (a Cyrillic `а` for `a`) makes a name read as another's",
                ),
            );
        }
        text
    }

    /// Reports the first character of `value` that has no place in published text, at that
    /// character when it is written as itself, or at the value when it is an escape.
    fn forbidden_characters(
        &mut self,
        file: &Arc<SourceFile>,
        value: &Spanned<String>,
        what: &str,
    ) {
        let Some((offset, found)) = crate::text::forbidden_in_content_text(value.get_ref()) else {
            return;
        };
        // The same occurrence of it in the file, written as itself or as an escape.
        let nth = value.get_ref()[..offset].matches(found.ch).count();
        let span = value.span();
        let at = file
            .text
            .get(span.clone())
            .and_then(|raw| written(raw, found.ch).nth(nth))
            .map_or(span.clone(), |at| {
                span.start + at.start..span.start + at.end
            });
        self.diags.push(
            Diagnostic::error(format!(
                "the {what} contains {}, {}",
                found,
                found.kind.describe()
            ))
            .at(file, at, "here")
            .with_help(match found.kind {
                // A fact needs no mark of direction either (qa86: the help offered one, which
                // is refused in turn).
                crate::text::Kind::Bidi => format!(
                    "delete the character: {}; candor shows each fact in its own direction",
                    found.kind.why()
                ),
                _ => format!("delete the character: {}", found.kind.why()),
            }),
        );
    }

    /// A calendar date, written as a TOML date (`2027-03-01`), that exists.
    fn date(
        &mut self,
        file: &Arc<SourceFile>,
        value: &Spanned<toml::value::Datetime>,
    ) -> Option<jiff::civil::Date> {
        let d = value.get_ref();
        if d.date.is_none() || d.time.is_some() || d.offset.is_some() {
            self.error(
                file,
                value.span(),
                "expected a date without a time",
                "write a date such as 2027-03-01",
            );
            return None;
        }
        let date = crate::fs::civil_date(d);
        if date.is_none() {
            self.error(
                file,
                value.span(),
                format!("{d} is not a date in the calendar"),
                "no such day",
            );
        }
        date
    }

    /// An identifier whose words live in the locales: kebab-case, and the message of each of
    /// `labels` for it (`subject-<id>`) is required.
    fn id(&mut self, file: &Arc<SourceFile>, value: &Spanned<String>, labels: &[Label]) -> String {
        let id = value.get_ref();
        if self.too_long_id(file, value) {
            return id.clone();
        }
        let valid = id.starts_with(|c: char| c.is_ascii_lowercase())
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !id.ends_with('-');
        if !valid {
            self.diags.push(
                Diagnostic::error(format!("`{id}` is not a valid id"))
                    .at(file, value.span(), "lowercase letters, digits and `-` only")
                    .with_help("ids name messages in the locale files, e.g. `care-professionals`"),
            );
        } else {
            for label in labels {
                self.requirements.push(Requirement {
                    message_id: label.message(id),
                    file: file.clone(),
                    span: value.span(),
                });
            }
        }
        id.clone()
    }

    /// Whether the id `value` is longer than a name may be, which is told: it names anchors,
    /// calendar events and messages (qa86, qa88: one of 5,000 characters named every anchor).
    fn too_long_id(&mut self, file: &Arc<SourceFile>, value: &Spanned<String>) -> bool {
        let length = value.get_ref().chars().count();
        if length > MAX_FACT_CHARS {
            self.diags.push(
                Diagnostic::error(format!(
                    "the id is {length} characters long, more than the {MAX_FACT_CHARS} a name \
                     may have"
                ))
                .at(file, value.span(), "too long")
                .with_help("give it a shorter id, such as the one its name stands for"),
            );
        }
        length > MAX_FACT_CHARS
    }

    /// An id that names no message, only a sub-processor or a storage location across
    /// publications: valid as candor would derive it from a name ([`derived_id`]), letters of
    /// any script (qa62: the id derived from "Облако", which the error on its rename said to
    /// give, was refused as not ASCII).
    fn given_id(&mut self, file: &Arc<SourceFile>, value: &Spanned<String>) -> String {
        let id = value.get_ref();
        let derived = derived_id(id);
        // (qa63: `id = ""` is its own derived form, and gave the anchor `#subprocessor-`.)
        if !self.too_long_id(file, value) && (derived != *id || id.is_empty()) {
            let help = if derived.is_empty() {
                "write it as candor derives one from a name: letters and digits, words joined \
                 by `-`, e.g. `google-workspace`"
                    .to_string()
            } else {
                format!("write it as candor derives one from a name: `{derived}`")
            };
            self.diags.push(
                Diagnostic::error(format!("`{id}` is not a valid id"))
                    .at(
                        file,
                        value.span(),
                        "lowercase letters and digits, words joined by `-`",
                    )
                    .with_help(help),
            );
        }
        id.clone()
    }

    /// `id`, derived from `name`, where it has a letter or a digit to be made from: a name of
    /// punctuation alone (`"!!!"`) would give every anchor, calendar event and row of the
    /// sub-processor an empty id.
    fn derived(&mut self, file: &Arc<SourceFile>, name: &Spanned<String>, id: String) -> String {
        if id.is_empty() {
            self.diags.push(
                Diagnostic::error(format!(
                    "`{}` has no letter or digit to make its id from",
                    crate::text::visible(name.get_ref())
                ))
                .at(file, name.span(), "no id can be made from this name")
                .with_help(
                    "give it one beside its name: `id = \"…\"` (lowercase letters, digits and `-`)",
                ),
            );
        }
        id
    }

    /// Reports every repeated value after its first occurrence.
    fn unique<'a>(
        &mut self,
        file: &Arc<SourceFile>,
        values: impl IntoIterator<Item = &'a Spanned<String>>,
        what: &str,
    ) {
        let mut seen: HashMap<String, &'a Spanned<String>> = HashMap::new();
        // Each name as it looks (its confusable skeleton, Unicode TR39, of the name as written:
        // case folded, `SIack` would no longer look like `Slack`), and the first written so.
        let mut looks: HashMap<String, &'a Spanned<String>> = HashMap::new();
        for value in values {
            // The same name however it is written: case, composition, invisible characters.
            let key = crate::text::same_name_key(value.get_ref());
            if let Some(first) = seen.get(&key) {
                let (line, _) = file.line_col(first.span().start);
                let (written, was) = (value.get_ref().trim(), first.get_ref().trim());
                // Written otherwise (qa103: `ACME` below `Acme`): say how, and why that is one.
                let (label, help) = match written == was {
                    true => (
                        format!("already listed on line {line}"),
                        format!("each {what} may appear only once"),
                    ),
                    false => (
                        format!("already listed on line {line}, as `{was}`"),
                        format!(
                            "each {what} may appear only once, and names are compared whatever their case, accents written as one character or two, and invisible characters; if these are two, name each as its contract does (with its legal form, say)"
                        ),
                    ),
                };
                self.diags.push(
                    Diagnostic::error(format!("duplicate {what} `{written}`"))
                        .at(file, value.span(), label)
                        .with_help(help),
                );
                continue;
            }
            seen.insert(key, value);
            let skeleton: String = unicode_security::skeleton(value.get_ref().trim()).collect();
            match looks.get(&skeleton) {
                Some(first) => self.diags.push(looks_alike(file, what, value, first)),
                None => {
                    looks.insert(skeleton, value);
                }
            }
        }
    }

    /// Whether, and on which basis, a sub-processor transfers personal data outside the EEA:
    /// from the countries it processes data in where it gives them, checked against
    /// `outside-eea` and `mechanism` where it gives those too. `None` when its entry
    /// contradicts itself (reported).
    fn transfer(
        &mut self,
        f: &Arc<SourceFile>,
        s: &raw::Subprocessor,
        name: &str,
        countries: &[Country],
    ) -> Option<Transfer> {
        use crate::model::TransferMechanism as M;
        use crate::transfers::{Scope, Standing, standing};
        // The countries outside the EEA, with where each stands.
        let third: Vec<(&str, Standing)> = countries
            .iter()
            .map(|c| (c.code(), standing(c.code(), self.adequacy)))
            .filter(|(_, st)| *st != Standing::Eea)
            .collect();
        let outside = match (&s.outside_eea, s.countries.is_empty()) {
            (None, true) => {
                self.diags.push(
                    Diagnostic::error(format!("`{name}` does not say where it processes data"))
                        .at(f, s.name.span(), "no `countries`")
                        .with_help("add `countries = [\"IE\"]`: the ISO codes of the countries where it processes the data"),
                );
                return None;
            }
            (None, false) => !third.is_empty(),
            // Told once for the whole list, by `subprocessors`.
            (Some(given), true) => *given.get_ref(),
            (Some(given), false) => {
                let derived = !third.is_empty();
                if *given.get_ref() != derived {
                    let why = if derived {
                        format!(
                            "{} {} outside the EEA",
                            codes(&third),
                            if third.len() == 1 { "is" } else { "are" }
                        )
                    } else {
                        "every one of its `countries` is in the EEA".to_string()
                    };
                    self.diags.push(
                        Diagnostic::error(format!(
                            "`outside-eea = {}` contradicts the countries of `{name}`",
                            given.get_ref()
                        ))
                        .at(f, given.span(), why)
                        .with_help("remove `outside-eea`: it follows from `countries`"),
                    );
                    return None;
                }
                derived
            }
        };
        if !outside {
            for (what, m) in [("mechanism", &s.mechanism), ("fallback", &s.fallback)] {
                if let Some(m) = m {
                    self.diags.push(
                        Diagnostic::error(format!("`{name}` has a transfer {what} but transfers nothing outside the EEA"))
                            .at(f, m.span(), "only a transfer outside the EEA has a mechanism")
                            .with_help(format!("remove `{what}`, or give the countries outside the EEA where it processes data")),
                    );
                }
            }
            return (s.mechanism.is_none() && s.fallback.is_none()).then_some(Transfer::WithinEea);
        }
        // Without an adequacy decision (or with one for certified recipients only), a country
        // needs a mechanism.
        let uncovered: Vec<(&str, Standing)> = third
            .iter()
            .filter(|(_, st)| !matches!(st, Standing::Adequate(Scope::Whole | Scope::Commercial)))
            .copied()
            .collect();
        let mechanism = match &s.mechanism {
            None if countries.is_empty() || !uncovered.is_empty() => {
                // The first country that needs one, where the countries are given (qa117: the
                // name was underlined).
                let first_uncovered = (s.countries.iter())
                    .find(|c| {
                        uncovered
                            .iter()
                            .any(|(code, _)| c.get_ref().trim() == *code)
                    })
                    .map(|c| c.span());
                let place = first_uncovered
                    .or_else(|| s.outside_eea.as_ref().map(|o| o.span()))
                    .unwrap_or_else(|| s.name.span());
                // A row that says it processes no personal data of the customers' users is
                // not told it transfers personal data; it is told what the page would say.
                let headline = if s.personal_data {
                    format!(
                        "`{name}` transfers personal data outside the EEA without a transfer mechanism"
                    )
                } else {
                    format!("`{name}` sends data outside the EEA without a transfer mechanism")
                };
                // The mechanisms a help suggests, the first written out: not the fallback, which
                // it would rest on already; the Data Privacy Framework, first, only where the
                // countries that need a mechanism may all be the United States, the only one it
                // covers (qa117: a US and UK transfer was offered everything but it); and not
                // the UK Addendum, which is for transfers from the United Kingdom.
                let dpf_fits = !countries.is_empty()
                    && !uncovered.is_empty()
                    && uncovered.iter().all(|(code, _)| *code == "US");
                let suggest = |fallback: Option<M>| -> String {
                    let order = match dpf_fits {
                        true => [
                            M::DataPrivacyFramework,
                            M::StandardContractualClauses,
                            M::BindingCorporateRules,
                            M::Derogation,
                        ],
                        false => [
                            M::StandardContractualClauses,
                            M::DataPrivacyFramework,
                            M::BindingCorporateRules,
                            M::Derogation,
                        ],
                    };
                    let fits: Vec<&str> = order
                        .into_iter()
                        .filter(|m| Some(*m) != fallback)
                        .filter(|m| *m != M::DataPrivacyFramework || dpf_fits)
                        .map(M::as_str)
                        .collect();
                    let or = match fits.get(1..) {
                        Some(rest) if !rest.is_empty() => {
                            let rest: Vec<String> = rest.iter().map(|m| format!("`{m}`")).collect();
                            format!(" (or {})", rest.join(", "))
                        }
                        _ => String::new(),
                    };
                    format!(
                        "`mechanism = \"{}\"`{or}",
                        fits.first().copied().unwrap_or_default()
                    )
                };
                let help = if let Some(fallback) = &s.fallback {
                    // Its fallback is what it rests on if the mechanism fails: not the
                    // mechanism itself, which would be refused as the same.
                    let fallback = *fallback.get_ref();
                    format!(
                        "add the mechanism it rests on before its fallback (`{}`): {}",
                        fallback.as_str(),
                        suggest(Some(fallback))
                    )
                } else if s.personal_data {
                    format!("add {}", suggest(None))
                } else {
                    "`personal-data = false` says it receives no personal data of your customers' users, but the page would still list a transfer outside the EEA, and GDPR Chapter V applies to any personal data it receives (account or staff data): give the mechanism it rests on, such as `mechanism = \"standard-contractual-clauses\"`; if no personal data at all leaves the EEA through it, write `outside-eea = false` (without `countries`)".to_string()
                };
                self.diags.push(
                    Diagnostic::error(headline)
                        .at(
                            f,
                            place,
                            if uncovered.is_empty() {
                                "a transfer outside the EEA needs a legal basis".to_string()
                            } else {
                                without_decision(&uncovered)
                            },
                        )
                        .with_help(help),
                );
                return None;
            }
            None => M::AdequacyDecision,
            Some(m) => {
                if !self.covers((f, name), (m, false), &third, &uncovered) {
                    return None;
                }
                *m.get_ref()
            }
        };
        let fallback = match &s.fallback {
            Some(fb) if *fb.get_ref() == mechanism => {
                self.diags.push(
                    Diagnostic::error(format!(
                        "`{name}` falls back on the mechanism it already rests on"
                    ))
                    .at(f, fb.span(), "the same as `mechanism`")
                    .with_help("remove `fallback`, or name another mechanism"),
                );
                return None;
            }
            Some(fb) if !self.covers((f, name), (fb, true), &third, &uncovered) => return None,
            fb => fb.as_ref().map(|fb| *fb.get_ref()),
        };
        Some(Transfer::OutsideEea {
            mechanism,
            fallback,
        })
    }

    /// Whether the mechanism `m`, a sub-processor's `mechanism` or (`fallback`) its fallback,
    /// can be a basis of a transfer to each of `third`, its countries outside the EEA
    /// (`uncovered`: those no decision covers whole): one that names an adequacy decision needs
    /// one for each, and the Data Privacy Framework covers the United States only, the other
    /// countries resting on decisions. Reported at `m` where it cannot.
    fn covers(
        &mut self,
        (f, name): (&Arc<SourceFile>, &str),
        (m, fallback): (&Spanned<crate::model::TransferMechanism>, bool),
        third: &[(&str, crate::transfers::Standing)],
        uncovered: &[(&str, crate::transfers::Standing)],
    ) -> bool {
        use crate::model::TransferMechanism as M;
        use crate::transfers::{Scope, Standing};
        let has_us = third.iter().any(|(code, _)| *code == "US");
        let without_decision: Vec<(&str, Standing)> = match m.get_ref() {
            M::AdequacyDecision => uncovered.to_vec(),
            // Under the Framework the United States are its own; without them, none of the
            // countries rests on it.
            M::DataPrivacyFramework if has_us => uncovered
                .iter()
                .filter(|(code, _)| *code != "US")
                .copied()
                .collect(),
            M::DataPrivacyFramework => third.to_vec(),
            _ => Vec::new(),
        };
        if without_decision.is_empty() {
            return true;
        }
        let (what, help) = match m.get_ref() {
            M::DataPrivacyFramework => (
                "the Data Privacy Framework covers transfers to the United States only",
                "give `standard-contractual-clauses` (or another mechanism) for the other countries",
            ),
            _ if without_decision
                .iter()
                .all(|(_, st)| *st == Standing::Adequate(Scope::Certified)) =>
            {
                (
                    "the adequacy decision covers only recipients certified under the Data Privacy Framework",
                    "write `mechanism = \"data-privacy-framework\"` if it is certified, or give the mechanism it rests on",
                )
            }
            _ => (
                "an adequacy decision does not cover every country",
                "give the mechanism the transfer rests on, such as `standard-contractual-clauses`",
            ),
        };
        let label = if *m.get_ref() == M::DataPrivacyFramework && !has_us {
            "none of its countries is the United States".to_string()
        } else {
            self::without_decision(&without_decision)
        };
        let help = if fallback {
            "remove `fallback`, or name one that covers every country it names"
        } else {
            help
        };
        self.diags.push(
            Diagnostic::error(format!("`{name}`: {what}"))
                .at(f, m.span(), label)
                .with_help(help),
        );
        false
    }

    /// Ids that must be among `known` (those of `file`), reported at each unknown one. With
    /// `known` absent (its file did not parse: its own error says why), they are taken as they
    /// are.
    fn known_ids(
        &mut self,
        f: &Arc<SourceFile>,
        values: &[Spanned<String>],
        known: Option<&[String]>,
        what: &str,
        file: Option<&str>,
    ) -> Vec<String> {
        for v in values {
            if let (Some(known), Some(file)) = (known, file)
                && !known.iter().any(|k| k == v.get_ref())
            {
                let mut d = Diagnostic::error(format!("unknown {what} `{}`", v.get_ref())).at(
                    f,
                    v.span(),
                    format!("not among those of {file}"),
                );
                if let Some(c) =
                    crate::suggest::closest(v.get_ref(), known.iter().map(String::as_str))
                {
                    d = d.with_help(format!("did you mean `{c}`?"));
                }
                self.diags.push(d);
            }
        }
        values.iter().map(|v| v.get_ref().clone()).collect()
    }

    /// Ids identify entries across publications: no two may share one, whether given or
    /// derived. Each entry is its id (none where the entry had other problems) and the span to
    /// point at.
    fn unique_ids<'a>(
        &mut self,
        file: &Arc<SourceFile>,
        entries: impl IntoIterator<Item = (Option<&'a str>, Range<usize>)>,
        what: &str,
    ) {
        let mut seen: HashMap<&str, Range<usize>> = HashMap::new();
        for (id, span) in entries {
            let Some(id) = id else { continue };
            // An id its name stands for, the name told as listed twice already (qa90: a second
            // error's help, "give each its own id", read as a way to keep both).
            let told = |d: &Diagnostic| {
                d.severity == crate::diagnostic::Severity::Error
                    && d.location.as_ref().is_some_and(|l| {
                        Arc::ptr_eq(&l.file, file) && l.span.as_ref() == Some(&span)
                    })
            };
            if let Some(first) = seen.get(id)
                && !self.diags.iter().any(told)
            {
                let (line, _) = file.line_col(first.start);
                self.diags.push(
                    Diagnostic::error(format!("two {what} have the id `{id}`"))
                        .at(
                            file,
                            span,
                            format!("the same id as the entry on line {line}"),
                        )
                        .with_help("give each of them its own `id = \"…\"`"),
                );
            } else {
                seen.entry(id).or_insert(span);
            }
        }
    }

    /// A link readers may follow: `https:` with a host, or `mailto:` with an address, written
    /// as browsers read it ([`Link::as_written`]).
    fn link(&mut self, file: &Arc<SourceFile>, value: &Spanned<String>) -> Option<Link> {
        let text = value.get_ref().trim();
        // qa86: a link of a million characters was published, on every page and in a CSV cell
        // no spreadsheet reads whole.
        if text.chars().count() > MAX_LINK_CHARS {
            self.diags.push(
                Diagnostic::error(format!(
                    "the link is {} characters long, more than the {MAX_LINK_CHARS} a link may have",
                    text.chars().count()
                ))
                .at(file, value.span(), "too long")
                .with_help("link to the page itself, not to a search or a tracking address"),
            );
            return None;
        }
        match Link::parse(text).and_then(|link| Link::as_written(text).map(|()| link)) {
            Ok(link) => Some(link),
            Err(why) => {
                // Said of an `https:` or `mailto:` link, "links must be https:" reads as wrong.
                let help = if text.starts_with("https:") || text.starts_with("mailto:") {
                    "write it as readers follow it: `https://` and a host name, with no user \
                     name, password or IP address; or `mailto:` and one address, with nothing \
                     after it"
                        .to_string()
                } else if !text.contains(':')
                    && let Some(with) = ["mailto:", "https://"]
                        .into_iter()
                        .map(|scheme| format!("{scheme}{text}"))
                        .find(|with| {
                            (with.starts_with("mailto:") == text.contains('@'))
                                && Link::parse(with).is_ok()
                                && Link::as_written(with).is_ok()
                        })
                {
                    // qa90: an e-mail address, or a web address, written without its scheme.
                    format!("a link names what it opens: write `{with}`")
                } else {
                    "links must be absolute `https://…` or `mailto:…` addresses".to_string()
                };
                self.diags.push(
                    Diagnostic::error(format!(
                        "unsafe or malformed link `{}`",
                        crate::text::visible(text)
                    ))
                    .at(file, value.span(), why)
                    .with_help(help),
                );
                None
            }
        }
    }

    fn organisation(&mut self, p: &Parsed<raw::Organisation>) -> Option<Organisation> {
        let (f, o) = (&p.file, &p.value);
        let roles = match (*o.controller.get_ref(), *o.processor.get_ref()) {
            (true, true) => Roles::Both,
            (true, false) => Roles::Controller,
            (false, true) => Roles::Processor,
            (false, false) => {
                self.error(
                    f,
                    o.controller.span(),
                    "the organisation has no GDPR role",
                    "set `controller`, `processor` or both to true",
                );
                Roles::Controller
            }
        };
        let name = self.text(f, &o.name, "organisation name");
        let contact = self.link(f, &o.contact);
        let privacy_policy = self.link(f, &o.privacy_policy);
        Some(Organisation {
            name,
            roles,
            contact: contact?,
            privacy_policy: privacy_policy?,
        })
    }

    fn principles(&mut self, p: &Parsed<raw::Principles>) -> Vec<Principle> {
        self.not_empty(&p.file, &p.value.applies, "applies", "principle");
        let mut seen: HashMap<Principle, Range<usize>> = HashMap::new();
        for principle in p.value.applies.get_ref() {
            if let Some(first) = seen.insert(*principle.get_ref(), principle.span()) {
                let (line, _) = p.file.line_col(first.start);
                self.error(
                    &p.file,
                    principle.span(),
                    format!("duplicate principle `{}`", principle.get_ref().as_str()),
                    format!("already listed on line {line}"),
                );
            }
        }
        p.value
            .applies
            .get_ref()
            .iter()
            .map(|s| *s.get_ref())
            .collect()
    }

    /// The processing `p` describes, done for the organisation `organisation` describes.
    fn processing(
        &mut self,
        p: &Parsed<raw::Processing>,
        organisation: Option<&Parsed<raw::Organisation>>,
    ) -> Processing {
        let (f, v) = (&p.file, &p.value);
        self.unique(f, v.subjects.get_ref(), "data subject");
        self.unique(f, v.categories.get_ref(), "data category");
        // The page names whose data and what data: an empty list reads "personal data of:"
        // and nothing after it (qa81).
        for (list, what, example) in [
            (&v.subjects, "data subjects", "subject"),
            (&v.categories, "data categories", "category"),
        ] {
            if list.get_ref().is_empty() {
                self.diags.push(
                    Diagnostic::error(format!("lists none: the page would name no {what}"))
                        .at(f, list.span(), format!("no {what}"))
                        .with_help(format!(
                            "list the ids of the {what} whose personal data is processed, each \
                             named by a message `{example}-<id>` in every locale"
                        )),
                );
            }
        }
        // The customer controls the data, so the organisation processes it for them: not
        // where it says it processes none for anyone (qa81: the page said both); or the
        // organisation controls it, and so is a controller (qa82).
        if let Some(o) = organisation {
            let name = o.value.name.get_ref();
            let said = match v.controller.get_ref() {
                Controller::Customer if !*o.value.processor.get_ref() => Some((
                    format!("the customer controls this data, so {name} processes it for them"),
                    "processor = false",
                    "the customer is the controller",
                    format!(
                        "set `processor = true` in {}, or `controller = \"organisation\"` here \
                         if it controls this data itself",
                        o.file.name
                    ),
                )),
                Controller::Organisation if !*o.value.controller.get_ref() => Some((
                    format!("{name} controls this data, and so is its controller"),
                    "controller = false",
                    "the organisation is the controller",
                    format!(
                        "set `controller = true` in {}, or `controller = \"customer\"` here if \
                         {name} processes this data for its customers",
                        o.file.name
                    ),
                )),
                _ => None,
            };
            if let Some((what, setting, label, help)) = said {
                self.diags.push(
                    Diagnostic::error(format!("{what}, but {} says `{setting}`", o.file.name))
                        .at(f, v.controller.span(), label)
                        .with_help(help),
                );
            }
        }
        self.unique(f, &v.purposes, "purpose");
        self.unique(f, &v.operations, "operation");
        // Annex I.B asks for them: where the annex serves as Annex I.B, each is needed; else
        // the annex says "Not stated" where one is not given.
        let missing: Vec<&str> = [
            (v.purposes.is_empty(), "`purposes`"),
            (v.operations.is_empty(), "`operations`"),
            (v.frequency.is_none(), "`frequency`"),
        ]
        .into_iter()
        .filter_map(|(missing, key)| missing.then_some(key))
        .collect();
        if self.annex_i_b && !missing.is_empty() {
            self.diags.push(
                Diagnostic::error(format!(
                    "the processing lacks what Annex I.B lists: {} {} not given",
                    missing.join(", "),
                    if missing.len() == 1 { "is" } else { "are" }
                ))
                .at(
                    f,
                    v.subjects.span(),
                    "what is processed, not why, how or how often",
                )
                .with_help(
                    "the annex serves as Annex I.B (`[annex] annex-i-b = true` in candor.toml): \
                     add `purposes = [\"…\"]` and `operations = [\"…\"]` (ids, each named by a \
                     message `processing-purpose-<id>` or `processing-operation-<id>` in every \
                     locale) and `frequency = \"continuous\"` or `\"one-off\"`",
                ),
            );
        }
        Processing {
            subjects: (v.subjects.get_ref().iter())
                .map(|s| self.id(f, s, &[Label::Subject]))
                .collect(),
            categories: (v.categories.get_ref().iter())
                .map(|s| self.id(f, s, &[Label::Category]))
                .collect(),
            special_categories: v.special_categories,
            controller: *v.controller.get_ref(),
            purposes: (v.purposes.iter())
                .map(|s| self.id(f, s, &[Label::ProcessingPurpose]))
                .collect(),
            operations: (v.operations.iter())
                .map(|s| self.id(f, s, &[Label::ProcessingOperation]))
                .collect(),
            frequency: v.frequency.as_ref().map(|frequency| *frequency.get_ref()),
        }
    }

    fn country(&mut self, file: &Arc<SourceFile>, value: &Spanned<String>) -> Option<Country> {
        let code = value.get_ref();
        let country = Country::parse(code);
        if country.is_none() {
            let mut d = Diagnostic::error(format!("unknown country code `{code}`")).at(
                file,
                value.span(),
                "expected an ISO 3166-1 alpha-2 code, such as \"DE\" or \"NL\"",
            );
            if let Some(help) = intl::country_code_hint(code) {
                d = d.with_help(help);
            }
            self.diags.push(d);
        }
        country
    }

    fn storage(&mut self, p: &Parsed<raw::Storage>) -> Option<Storage> {
        let f = &p.file;
        self.not_empty(f, &p.value.location, "location", "place the data is stored");
        // Every location is checked before any problem drops the whole list.
        let locations: Vec<Option<Location>> = p
            .value
            .location
            .get_ref()
            .iter()
            .map(|l| {
                let provider = self.text(f, &l.provider, "provider");
                let city = self.text(f, &l.city, "city");
                let country = self.country(f, &l.country);
                // qa88: `ISO 27001` and `ISO  27001` listed twice read as one, twice.
                self.unique(f, &l.certifications, "certification");
                let certifications = l
                    .certifications
                    .iter()
                    .map(|c| self.text(f, c, "certification"))
                    .collect();
                let id = match &l.id {
                    Some(id) => self.given_id(f, id),
                    None => Location::derived_id(&provider, &city),
                };
                // Its row's anchor is `storage-<id>`, beside the table's own (qa127: `caption`
                // gave the page two `storage-caption`, and its links led to the caption).
                if let Some(taken) = Location::TAKEN_IDS.iter().find(|t| **t == id) {
                    let span = l.id.as_ref().map_or(l.provider.span(), |id| id.span());
                    self.diags.push(
                        Diagnostic::error(format!(
                            "the storage location's id `{taken}` is the page's own: its row's anchor `storage-{taken}` is the table's"
                        ))
                        .at(f, span, "an id the page uses")
                        .with_help("give it another `id = \"…\"`"),
                    );
                }
                Some(Location {
                    id,
                    provider,
                    hosting: l.hosting,
                    city,
                    country: country?,
                    certifications,
                    special_categories: l.special_categories,
                })
            })
            .collect();
        self.unique_ids(
            f,
            p.value
                .location
                .get_ref()
                .iter()
                .zip(&locations)
                .map(|(raw, checked)| {
                    let span = raw.id.as_ref().map_or(raw.provider.span(), |id| id.span());
                    (checked.as_ref().map(|l| l.id.as_str()), span)
                }),
            "storage locations",
        );
        let exports = p.value.exports.as_ref().map(|e| Exports {
            provider: self.text(f, &e.provider, "export provider"),
            region: e.region,
            special_categories: e.includes_special_categories,
        });
        Some(Storage {
            locations: locations.into_iter().collect::<Option<_>>()?,
            exports,
        })
    }

    fn subprocessors(
        &mut self,
        p: &Parsed<raw::Subprocessors>,
        processing: Option<&Parsed<raw::Processing>>,
    ) -> Option<Vec<Arc<Subprocessor>>> {
        let f = &p.file;
        self.unique(
            f,
            p.value.subprocessor.iter().map(|s| &s.name),
            "sub-processor",
        );
        // Every entry is checked before any problem drops the whole list.
        let checked: Vec<Option<Subprocessor>> = p
            .value
            .subprocessor
            .iter()
            .map(|s| {
                let name = self.text(f, &s.name, "sub-processor name");
                // Sets: each item once ("India and India" was published, qa33).
                self.unique(f, &s.countries, "country");
                self.unique(f, &s.data_categories, "data category");
                self.unique(f, &s.data_subjects, "data subject");
                self.unique(f, &s.applies_to, "product");
                // An empty list states nothing: it was read as a list left out, and a change
                // log then said the list was "no longer stated" where "none" was meant (qa82).
                for (list, key, what) in [
                    (
                        &s.countries,
                        "countries",
                        "countries where it processes the data",
                    ),
                    (
                        &s.data_categories,
                        "data-categories",
                        "data categories it receives",
                    ),
                    (
                        &s.data_subjects,
                        "data-subjects",
                        "data subjects whose data it receives",
                    ),
                    (&s.applies_to, "applies-to", "products it serves"),
                ] {
                    if let Some(span) = list.written_empty() {
                        self.diags.push(
                            Diagnostic::error(format!("`{key}` lists none"))
                                .at(f, span, "an empty list states nothing")
                                .with_help(format!(
                                    "list the {what}, or remove `{key}` where they are not \
                                     stated"
                                )),
                        );
                    }
                }
                let countries: Vec<Country> = s
                    .countries
                    .iter()
                    .filter_map(|c| self.country(f, c))
                    .collect();
                // A country not read is told as such: what the others say of a transfer is no
                // more than the list's remains (qa83: a mechanism then "transfers nothing").
                let transfer = match countries.len() == s.countries.len() {
                    true => self.transfer(f, s, &name, &countries),
                    false => None,
                };
                let security = s.security.as_ref().map(|l| self.link(f, l).ok_or(()));
                let contact = s.contact.as_ref().map(|l| self.link(f, l).ok_or(()));
                let list = s.list.as_ref().map(|l| self.link(f, l).ok_or(()));
                let headquarters = s
                    .headquarters
                    .as_ref()
                    .map(|c| self.country(f, c).ok_or(()));
                let id = match &s.id {
                    Some(id) => self.given_id(f, id),
                    None => self.derived(f, &s.name, derived_id(&name)),
                };
                // An empty list is refused in its own file: no id is checked against it
                // (qa82: each use of one was "unknown" beside that error).
                let known = |list: Option<&Vec<Spanned<String>>>| -> Option<Vec<String>> {
                    list.filter(|l| !l.is_empty())
                        .map(|l| l.iter().map(|v| v.get_ref().clone()).collect())
                };
                let data_categories = self.known_ids(
                    f,
                    &s.data_categories,
                    known(processing.map(|p| p.value.categories.get_ref())).as_deref(),
                    "data category",
                    processing.map(|p| p.file.name.as_str()),
                );
                let data_subjects = self.known_ids(
                    f,
                    &s.data_subjects,
                    known(processing.map(|p| p.value.subjects.get_ref())).as_deref(),
                    "data subject",
                    processing.map(|p| p.file.name.as_str()),
                );
                Some(Subprocessor {
                    id,
                    name,
                    personal_data: s.personal_data,
                    transfer: transfer?,
                    security: security.transpose().ok()?,
                    notice_exception: s.notice_exception,
                    effective: s.effective.as_ref().and_then(|d| self.date(f, d)),
                    purpose: s
                        .purpose
                        .as_ref()
                        .map(|p| self.id(f, p, &[Label::SubprocessorPurpose])),
                    countries,
                    headquarters: headquarters.transpose().ok()?,
                    group: s
                        .group
                        .as_ref()
                        .map(|g| self.id(f, g, &[Label::SubprocessorGroup])),
                    data_categories,
                    data_subjects,
                    address: s.address.as_ref().map(|a| self.text(f, a, "address")),
                    contact: contact.transpose().ok()?,
                    list: list.transpose().ok()?,
                    applies_to: s
                        .applies_to
                        .iter()
                        .map(|a| self.id(f, a, &[Label::AppliesTo]))
                        .collect(),
                    engaged: s.engaged.as_ref().and_then(|d| self.date(f, d)),
                })
            })
            .collect();
        // Entries that say whether data leaves the EEA and not where: they build as they did,
        // and one warning says what to add.
        let unplaced: Vec<&raw::Subprocessor> = p
            .value
            .subprocessor
            .iter()
            .filter(|s| s.countries.is_empty() && s.outside_eea.is_some())
            .collect();
        if let [first, ..] = unplaced.as_slice()
            && let Some(given) = &first.outside_eea
        {
            let names: Vec<String> = unplaced
                .iter()
                .map(|s| format!("`{}`", s.name.get_ref().trim()))
                .collect();
            let count = match unplaced.len() {
                1 => "1 sub-processor says".to_string(),
                n => format!("{n} sub-processors say"),
            };
            let these = crate::diagnostic::some_of(&names);
            self.diags.push(
                Diagnostic::warning(format!("{count} whether data leaves the EEA, not where it goes: {these}"))
                    .at(f, given.span(), "the page cannot say where")
                    .with_help("add `countries = [\"…\"]` to each (ISO codes of the countries where it processes the data): the page then names them, and `outside-eea` follows from them"),
            );
        }
        if self.annex_iii {
            for s in &p.value.subprocessor {
                self.annex_iii_entry(f, s);
            }
        }
        self.unique_ids(
            f,
            p.value
                .subprocessor
                .iter()
                .zip(&checked)
                .map(|(raw, checked)| {
                    let span = raw.id.as_ref().map_or(raw.name.span(), |id| id.span());
                    (checked.as_ref().map(|s| s.id.as_str()), span)
                }),
            "sub-processors",
        );
        checked.into_iter().map(|s| s.map(Arc::new)).collect()
    }

    /// What Annex III of the standard contractual clauses lists of a sub-processor and the
    /// entry lacks (its address, contact, and the purpose that describes its processing), told
    /// once per entry, at its name.
    fn annex_iii_entry(&mut self, f: &Arc<SourceFile>, s: &raw::Subprocessor) {
        let missing: Vec<(&str, &str)> = [
            (s.address.is_none(), "address", "address = \"…\""),
            (s.contact.is_none(), "contact", "contact = \"mailto:…\""),
            (s.purpose.is_none(), "purpose", "purpose = \"…\""),
        ]
        .into_iter()
        .filter(|(lacks, _, _)| *lacks)
        .map(|(_, field, example)| (field, example))
        .collect();
        if missing.is_empty() {
            return;
        }
        let list = |words: Vec<String>, and: &str| match words.as_slice() {
            [one] => one.clone(),
            [first @ .., last] => format!("{} {and} {last}", first.join(", ")),
            [] => String::new(),
        };
        let fields = list(
            missing.iter().map(|(f, _)| format!("`{f}`")).collect(),
            "or",
        );
        let examples = list(
            missing.iter().map(|(_, e)| format!("`{e}`")).collect(),
            "and",
        );
        self.diags.push(
            Diagnostic::error(format!(
                "`{}` lacks what Annex III lists of a sub-processor: {}",
                s.name.get_ref().trim(),
                list(missing.iter().map(|(f, _)| f.to_string()).collect(), "and")
            ))
            .at(f, s.name.span(), format!("no {fields}"))
            .with_help(format!(
                "the annex serves as Annex III (`[annex] annex-iii = true` in candor.toml): add {examples} to this entry"
            )),
        );
    }

    fn retention(&mut self, p: &Parsed<raw::Retention>) -> Retention {
        let (f, r) = (&p.file, &p.value);
        if *r.period.count.get_ref() == 0 {
            self.error(
                f,
                r.period.count.span(),
                "the retention period is zero",
                "expected at least 1",
            );
        }
        let mut seen = Vec::new();
        for end in &r.at_end {
            if seen.contains(end.get_ref()) {
                self.error(
                    f,
                    end.span(),
                    format!("`{}` is listed twice", end.get_ref().as_str()),
                    "duplicate",
                );
            }
            seen.push(*end.get_ref());
        }
        if seen.is_empty() {
            self.diags.push(
                Diagnostic::error(
                    "`at-end` is empty: say what happens when the retention period ends",
                )
                .in_file(f),
            );
        }
        Retention {
            period: Period {
                count: *r.period.count.get_ref(),
                unit: r.period.unit,
            },
            starts: r.starts,
            customer_may_change: r.customer_may_change,
            at_end: seen,
        }
    }

    fn access(&mut self, p: &Parsed<raw::Access>) -> Access {
        let (f, a) = (&p.file, &p.value);
        self.unique(f, a.group.get_ref().iter().map(|g| &g.id), "access group");
        self.not_empty(f, &a.group, "group", "group of staff");
        Access {
            basis: a.basis,
            review_standard: self.text(f, &a.review_standard, "review standard"),
            privacy_training: a.privacy_training,
            groups: a
                .group
                .get_ref()
                .iter()
                .map(|g| AccessGroup {
                    id: self.id(f, &g.id, &[Label::AccessGroup, Label::AccessPurpose]),
                    access: g.access,
                    confidentiality_agreement: g.confidentiality_agreement,
                })
                .collect(),
        }
    }

    fn integrations(
        &mut self,
        p: &Parsed<raw::Integrations>,
        processing: Option<&Parsed<raw::Processing>>,
    ) -> Vec<Integration> {
        let f = &p.file;
        self.unique(f, p.value.integration.iter().map(|i| &i.id), "integration");
        // Without a parsed processing.toml, or with its list empty, the categories cannot be
        // checked; its own error says why.
        let categories: Option<Vec<&str>> = (processing.map(|p| p.value.categories.get_ref()))
            .filter(|list| !list.is_empty())
            .map(|list| list.iter().map(|c| c.get_ref().as_str()).collect());
        p.value
            .integration
            .iter()
            .map(|i| {
                self.not_empty(f, &i.flow, "flow", "data flow");
                Integration {
                    id: self.id(f, &i.id, &[Label::System]),
                    flows: i
                        .flow
                        .get_ref()
                        .iter()
                        .map(|flow| {
                            self.not_empty(f, &flow.data, "data", "data category");
                            for d in flow.data.get_ref().iter().filter(|_| processing.is_some()) {
                                let (Some(categories), Some(processing)) =
                                    (&categories, processing)
                                else {
                                    break;
                                };
                                if !categories.contains(&d.get_ref().as_str()) {
                                    let mut diag = Diagnostic::error(format!(
                                        "unknown data category `{}`",
                                        d.get_ref()
                                    ))
                                    .at(
                                        f,
                                        d.span(),
                                        format!(
                                            "not among the categories of {}",
                                            processing.file.name
                                        ),
                                    );
                                    if let Some(c) = crate::suggest::closest(
                                        d.get_ref(),
                                        categories.iter().copied(),
                                    ) {
                                        diag = diag.with_help(format!("did you mean `{c}`?"));
                                    }
                                    self.diags.push(diag);
                                }
                            }
                            Flow {
                                direction: flow.direction,
                                data: flow
                                    .data
                                    .get_ref()
                                    .iter()
                                    .map(|d| d.get_ref().clone())
                                    .collect(),
                                purpose: self.id(f, &flow.purpose, &[Label::Purpose]),
                                transport: flow.transport,
                                authentication: flow.authentication,
                            }
                        })
                        .collect(),
                }
            })
            .collect()
    }

    fn dpia(&mut self, p: &Parsed<raw::Dpia>) -> Option<Dpia> {
        let (f, d) = (&p.file, &p.value);
        match (d.factsheet.get_ref(), &d.link) {
            (Factsheet::Published, Some(link)) => Some(Dpia::Published {
                link: self.link(f, link)?,
            }),
            (Factsheet::Published, None) => {
                self.error(
                    f,
                    d.factsheet.span(),
                    "a published DPIA factsheet needs a `link`",
                    "add `link = \"https://…\"`",
                );
                None
            }
            (_, Some(link)) => {
                self.error(
                    f,
                    link.span(),
                    "`link` is only for `factsheet = \"published\"`",
                    "remove this, or publish the factsheet",
                );
                None
            }
            (Factsheet::OnRequest, None) => Some(Dpia::OnRequest),
            (Factsheet::None, None) => Some(Dpia::None),
        }
    }

    fn breach(&mut self, p: &Parsed<raw::Breach>) -> Breach {
        let (f, b) = (&p.file, &p.value);
        self.not_empty(f, &b.monitoring, "monitoring", "monitoring system");
        self.unique(f, b.monitoring.get_ref(), "monitoring system");
        // At least 1: `raw::Hours` refuses anything else.
        let hours = b.notification_deadline_hours.get_ref().0;
        Breach {
            monitoring: b
                .monitoring
                .get_ref()
                .iter()
                .map(|m| self.text(f, m, "monitoring system"))
                .collect(),
            notification_deadline_hours: hours,
        }
    }
}

/// The codes of `list`, each quoted, as an error names them.
/// Of countries no adequacy decision covers whole, those with none and those with one for
/// certified recipients only (qa81: the United States were said to have none), as a label says.
fn without_decision(countries: &[(&str, crate::transfers::Standing)]) -> String {
    use crate::transfers::{Scope, Standing};
    let (certified, none): (Vec<_>, Vec<_>) =
        (countries.iter()).partition(|(_, st)| *st == Standing::Adequate(Scope::Certified));
    let verb = |n: usize| if n == 1 { "has" } else { "have" };
    let said = [
        (!none.is_empty())
            .then(|| format!("{} {} no adequacy decision", codes(&none), verb(none.len()))),
        (!certified.is_empty()).then(|| {
            format!(
                "{} {} one for certified recipients only",
                codes(&certified),
                verb(certified.len())
            )
        }),
    ];
    said.into_iter().flatten().collect::<Vec<_>>().join("; ")
}

fn codes(list: &[(&str, crate::transfers::Standing)]) -> String {
    list.iter()
        .map(|(c, _)| format!("`{c}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `value` reads as `first`, written with other characters. In letters of another script
/// (`Slаck`, its `а` Cyrillic, beside `Slack`; `МТС` beside `MTC`) it is an error: a reader
/// cannot tell the two apart, nor say which one to object to. In the same script (`SIack`
/// beside `Slack`, `Arnica` beside `Amica`) it is a warning: two companies may be so named.
fn looks_alike(
    file: &Arc<SourceFile>,
    what: &str,
    value: &Spanned<String>,
    first: &Spanned<String>,
) -> Diagnostic {
    use unicode_script::{Script, UnicodeScript};
    let (line, _) = file.line_col(first.span().start);
    let (name, other) = (value.get_ref().trim(), first.get_ref().trim());
    let scripts = |text: &str| -> HashSet<Script> {
        text.chars()
            .map(|c| c.script())
            .filter(|s| !matches!(s, Script::Common | Script::Inherited | Script::Unknown))
            .collect()
    };
    // Each character it has that the other has not, once, in the order written.
    let mut unlike: Vec<char> = Vec::new();
    for c in name.chars().filter(|c| !other.contains(*c)) {
        if !unlike.contains(&c) {
            unlike.push(c);
        }
    }
    let unlike: Vec<String> = unlike
        .iter()
        .map(|c| {
            format!(
                "`{}` U+{:04X}",
                crate::text::visible(&c.to_string()),
                u32::from(*c)
            )
        })
        .collect();
    let message = format!(
        "{what} `{}` looks like `{}` on line {line}, written with other characters: {}",
        crate::text::visible(name),
        crate::text::visible(other),
        unlike.join(", ")
    );
    match scripts(name) == scripts(other) {
        false => Diagnostic::error(message)
            .at(file, value.span(), "reads as another name, in another script")
            .with_help("write it as the other one is written if it is the same; otherwise in letters of the script its name is written in"),
        true => Diagnostic::warning(message)
            .at(file, value.span(), "reads much like another name")
            .with_help("if both are meant, nothing is wrong; if it is the same, write it as the other one is written"),
    }
}

/// Where the TOML string `raw` (as written, quotes included) writes `ch`, in order: as itself,
/// or, in a basic string (`"…"`), as an escape (`\u202E`, `\U0000202E`).
fn written(raw: &str, ch: char) -> impl Iterator<Item = Range<usize>> + '_ {
    let escapes = raw.starts_with('"');
    let mut chars = raw.char_indices();
    std::iter::from_fn(move || {
        while let Some((i, c)) = chars.next() {
            if c == ch {
                return Some(i..i + c.len_utf8());
            }
            if c != '\\' || !escapes {
                continue;
            }
            let digits = match chars.next() {
                Some((_, 'u')) => 4,
                Some((_, 'U')) => 8,
                // Any other escape, `\\` among them, stands for another character.
                _ => continue,
            };
            let hex = raw.get(i + 2..i + 2 + digits)?;
            let escaped = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32);
            for _ in 0..digits {
                chars.next();
            }
            if escaped == Some(ch) {
                return Some(i..i + 2 + digits);
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    use crate::diagnostic::Diagnostics;
    use crate::load::placeholder::Placeholders;
    use crate::model::{Label, Link};

    #[test]
    fn the_labels_a_model_names_are_those_its_validation_asked_for() {
        // What a change is told as depends on it (`history::changes`): a label its facts do not
        // name shows nowhere.
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        for root in [repo.to_path_buf(), repo.join("examples/tessel-learning")] {
            let mut diags = Diagnostics::default();
            let config = crate::load::config::load(&root, &mut diags).expect("the example's");
            let raw = crate::load::content::load(&root, Placeholders::Refuse, &mut diags);
            let validated = super::validate(&raw, &config, &mut diags);
            let asked: BTreeSet<&str> = (validated.requirements.iter())
                .map(|r| r.message_id.as_str())
                .collect();
            let model = validated.model.expect("the example is valid");
            let labels = model.labels();
            let named: BTreeSet<&str> = labels.iter().filter(|id| Label::is_label(id)).collect();
            assert_eq!(named, asked, "{root:?}");
            // And the names of the fixed values they hold, wherever they hold them, not of the
            // others (of the Luscii example's).
            let luscii = root == repo;
            for held in [
                "principle-accuracy",
                "principle-accuracy-body",
                "control-body-customer",
                "hosting-virtual-private-servers",
                "mechanism-standard-contractual-clauses",
                "retention-starts-contract-end",
                "retention-end-delete",
                "access-basis-need-to-know",
                "access-level-full",
                "direction-inbound",
                "transport-tls",
                "dpia-factsheet-on-request",
            ]
            .into_iter()
            .filter(|_| luscii)
            {
                assert!(labels.names(held), "{root:?}: {held}");
            }
            assert!(!labels.shows("processing-frequency-one-off"));
            assert!(!labels.shows("hosting-own-data-centre"));
            assert!(asked.iter().all(|id| Label::is_label(id)));
            assert!(labels.shows("changes-title") && !labels.shows("subject-nobody"));
        }
        // No message candor formats, and no name of a fixed value, reads as a label: it would
        // be taken for the words of a fact no page shows.
        for id in crate::messages::ids().chain(crate::model::vocabulary_message_ids()) {
            assert!(!Label::is_label(&id), "{id} reads as a label");
        }
    }

    fn check_link(text: &str) -> Result<Link, &'static str> {
        Link::parse(text)
    }

    #[test]
    fn only_https_and_mailto_links_pass() {
        assert!(check_link("https://aws.amazon.com/products/security/").is_ok());
        assert!(check_link("mailto:privacy@example.com").is_ok());
        for bad in [
            "javascript:alert(1)",
            "data:text/html,x",
            "http://example.com",
            "/relative",
            "vidyo.com/x",
            "https://",
            "mailto:",
            "https://exa\tmple.com",
            "https://example.com/\u{202e}gpj.exe",
        ] {
            assert!(check_link(bad).is_err(), "{bad} passed");
        }
    }
}
