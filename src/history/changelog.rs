//! The public change log and its Atom feed, per language, from the recorded publications
//! (never typed by hand): each publication's date and what it changed, in that language's words.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use atom_syndication::{Content, Entry as AtomEntry, Feed, FixedDateTime, Link, Person, Text};
use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;

use crate::history::changes::{
    self, AccessChange, Change, FactChange, ProcessedList, RecordField, Starts, Statement,
    StorageField,
};
use crate::history::engagements::Engagements;
use crate::history::lock::{self, Publication, PublicationId};
use crate::history::{published, shown};
use crate::intl;
use crate::load::locales::{FormatError, Locale};
use crate::messages::Message;
use crate::model::{AccessLevel, Model, NoticeException, Subprocessor, Transfer};
use crate::sections;

/// One change as the change log shows it: its words, the group it is listed in, and the anchor
/// of the row or section it is about on the page of that publication (none for a sub-processor
/// removed).
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub text: String,
    pub group: Group,
    pub anchor: Option<String>,
}

/// The groups a publication's changes are listed in, in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Group {
    /// A sub-processor engaged, or a storage location used, from this publication on.
    Added,
    Removed,
    /// Anything else that changed, wording included.
    Changed,
    /// Changes announced before and taken back before they took effect: nothing to object to.
    Withdrawn,
    /// Changes announced to a sub-processor already engaged, to take effect after this
    /// publication: what controllers may still object to.
    ToCome,
    /// A sub-processor announced to start after this publication, or whose announced start
    /// moved: what controllers may still object to.
    Upcoming,
}

impl Group {
    /// The groups in the order the change log shows them.
    pub const ORDER: [Group; 6] = [
        Group::Added,
        Group::Removed,
        Group::Changed,
        Group::Withdrawn,
        Group::ToCome,
        Group::Upcoming,
    ];

    /// The message that heads the group.
    pub fn heading(self) -> Message {
        match self {
            Group::Added => Message::ChangesGroupAdded,
            Group::Removed => Message::ChangesGroupRemoved,
            Group::Changed => Message::ChangesGroupChanged,
            Group::Withdrawn => Message::ChangesGroupWithdrawn,
            Group::ToCome => Message::ChangesGroupToCome,
            Group::Upcoming => Message::ChangesGroupUpcoming,
        }
    }
}

/// Whether a change is told as holding from its publication on, or as to hold from a later day:
/// the change messages of a sub-processor choose their words by it (`$when`), so that a change
/// still to come is not told as in effect ("will process", not "now processes").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Now,
    Later,
}

impl Tense {
    /// Later where `effective`, the day a change takes effect, comes after `published`.
    pub fn of(effective: jiff::civil::Date, published: jiff::civil::Date) -> Tense {
        match effective > published {
            true => Tense::Later,
            false => Tense::Now,
        }
    }

    /// The key the messages select their words by.
    fn selector(self) -> &'static str {
        match self {
            Tense::Now => "now",
            Tense::Later => "later",
        }
    }
}

/// A variable a message chooses its words by, besides `$when`, and the values it is given.
#[derive(Debug, Clone, Copy)]
pub struct Chooses {
    pub variable: &'static str,
    pub values: &'static [&'static str],
}

impl Chooses {
    /// Whether a change starts or stops something (`$now`, `yes` or `no`).
    const NOW: Chooses = Chooses {
        variable: "now",
        values: &["yes", "no"],
    };
    /// Whether something is stated for the first time (`$first`, `yes` or `no`).
    const FIRST: Chooses = Chooses {
        variable: "first",
        values: &["yes", "no"],
    };
    /// Whether something was added, removed or changed (`$kind`).
    const KIND: Chooses = Chooses {
        variable: "kind",
        values: &["added", "removed", "changed"],
    };
    /// Whether a list of a sub-processor's record is first stated or no longer (`$change`):
    /// what is new in it, or no longer, is told alike in either tense.
    const LIST_STATED: Chooses = Chooses {
        variable: "change",
        values: &["stated", "unstated"],
    };
    /// Which of a new sub-processor's lists of data its entry gives (`$lists`).
    const LISTS: Chooses = Chooses {
        variable: "lists",
        values: &["both", "categories", "subjects"],
    };
    /// Whether a value of a sub-processor's record is first stated, no longer, or changed
    /// (`$change`).
    const VALUE: Chooses = Chooses {
        variable: "change",
        values: &["stated", "unstated", "changed"],
    };
}

/// The messages a sub-processor's change is told in that choose their words by its [`Tense`]
/// (`$when`), each with the other variable it chooses its words by and that variable's values:
/// without words of its own for `later`, whatever the other says, a change still to come reads
/// as in effect.
pub const TENSED: [(Message, Option<Chooses>); 14] = [
    (Message::ChangeSubprocessorRenamed, None),
    (Message::ChangePurposeNew, None),
    (Message::ChangePersonalData, Some(Chooses::NOW)),
    (Message::ChangeOutsideEea, Some(Chooses::NOW)),
    (Message::ChangeMechanism, None),
    (Message::ChangeFallback, Some(Chooses::KIND)),
    (Message::ChangeSecurityLink, Some(Chooses::KIND)),
    (Message::ChangePurpose, Some(Chooses::FIRST)),
    (Message::ChangeCountries, None),
    (Message::ChangeCountriesStated, None),
    (Message::ChangeRecord, None),
    (Message::ChangeRecordList, Some(Chooses::LIST_STATED)),
    (Message::ChangeRecordValue, Some(Chooses::VALUE)),
    (Message::ChangeSubprocessorData, Some(Chooses::LISTS)),
];

/// The items of one group of a publication, under its heading.
#[derive(Debug, Clone, Serialize)]
pub struct Grouped {
    pub group: Group,
    pub heading: String,
    pub items: Vec<Item>,
}

/// `items` in their groups, in [`Group`] order, each group under its heading in `locale`.
fn grouped(items: &[Item], locale: &Locale) -> Result<Vec<Grouped>, String> {
    let mut groups: Vec<Grouped> = Vec::new();
    for group in Group::ORDER {
        let items: Vec<Item> = items.iter().filter(|i| i.group == group).cloned().collect();
        if !items.is_empty() {
            groups.push(Grouped {
                group,
                heading: locale.format(group.heading().id(), &FluentArgs::new())?,
                items,
            });
        }
    }
    Ok(groups)
}

/// One publication as the change log shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    /// The publication's id (`2025-10-30`, `2025-10-30-2` for a second one that day): its
    /// anchor on the change-log page and its folder in the archive.
    pub id: String,
    /// Its date, `2025-10-30`.
    pub iso: String,
    /// When it was published, for the feed (`2025-10-30T09:41:07Z`; midnight for a publication
    /// recorded before candor kept the time).
    pub published: String,
    /// When its entry last changed, for the feed: when it was published, or when this
    /// language's translation of it was last revised.
    pub updated: String,
    /// Its date in the language's long format, and which of the day's publications it was when
    /// it is not the first.
    pub date: String,
    /// What it changed, one sentence each; for the first publication, that it was the first.
    pub items: Vec<Item>,
    /// The same items in their groups (none for the first publication).
    pub groups: Vec<Grouped>,
    /// Whether it has a notice to controllers (`<lang>/notices/<id>/`).
    pub notice: bool,
    /// Whether its notice puts events in calendars (`notice.ics`): not one that withdraws what
    /// no calendar held.
    pub calendar: bool,
    /// That this language's translation of it was revised after it was published, and when
    /// last (a [`lock::Revision`]); `None` where it was not.
    pub revised: Option<String>,
    /// Each wording this language's pages of it were shown in after it was published, oldest
    /// first: the archive keeps a copy of each ([`lock::Shown`]).
    pub revisions: Vec<RevisionCopy>,
    /// That this language was added since: the page was not published in it that day (and it
    /// has no notice of that day). `None` where it was.
    pub later: Option<String>,
    /// That some of the words it is told in did not follow the original yet when it was
    /// published (its publication recorded them stale), so the original prevails; `None` where
    /// none did.
    pub stale: Option<String>,
    pub first: bool,
    /// The publication's fingerprint (`sha256:…`).
    pub fingerprint: String,
    /// The path of its canonical file under the built site (`history/2025-10-30.json`), which
    /// the fingerprint hashes.
    pub canonical: String,
}

/// A wording of a publication's pages in a language, shown after its day, as the archive keeps
/// it: under `archive/<id>/<folder>/`.
#[derive(Debug, Clone, Serialize)]
pub struct RevisionCopy {
    /// How many of the publication's revisions it shows ([`lock::Shown::through`]).
    pub through: usize,
    /// Its folder under the publication's (`revision-2` for its second revision).
    pub folder: String,
    /// The day it was shown from, `2027-01-05`.
    pub iso: String,
    /// That day in the language's long format, and which of the day's wordings it is where it
    /// is not the first ("5 January 2027 (revision 2 of the day)").
    pub date: String,
    /// The fingerprint of the revision that made the wording, which covers its words (through
    /// the chain, those of every revision before it), and the path of its canonical file.
    pub fingerprint: String,
    pub canonical: String,
}

impl RevisionCopy {
    /// The copies of `wordings` (oldest first, as [`Publication::wordings_shown`] gives them),
    /// each named by its day in `locale`'s words and, where it is not the day's first, which of
    /// the day's it is (qa105: two revisions of one day read alike, and a lawyer who signed
    /// that day could not tell which).
    pub fn all(
        publication: &Publication,
        id: PublicationId,
        wordings: &[lock::Shown],
        locale: &Locale,
    ) -> Result<Vec<RevisionCopy>, String> {
        let paths = published::revision_paths_of(publication, id);
        let mut copies: Vec<RevisionCopy> = Vec::with_capacity(wordings.len());
        for shown in wordings {
            // The revision that made it: the last of those it shows.
            let made = shown.through.checked_sub(1);
            let (Some(revision), Some(canonical)) = (
                made.and_then(|n| publication.revisions.get(n)),
                made.and_then(|n| paths.get(n)),
            ) else {
                return Err(format!(
                    "a wording of the publication of {id} shows {} revisions, which it does not have",
                    shown.through
                ));
            };
            let date = lock::When::at(shown.time).date;
            let iso = date.to_string();
            let nth = 1 + copies.iter().filter(|c| c.iso == iso).count() as u32;
            let date = nth_of_day(date, nth, Message::RevisionAgain, locale)?;
            copies.push(RevisionCopy {
                through: shown.through,
                folder: format!("revision-{}", shown.through),
                iso,
                date,
                fingerprint: revision.fingerprint.clone(),
                canonical: canonical.clone(),
            });
        }
        Ok(copies)
    }
}

/// What one publication changed, the same in every language: computed once by [`log`], then
/// worded in each language by [`entries`].
#[derive(Debug)]
pub struct Logged<'h> {
    pub publication: &'h Publication,
    pub id: PublicationId,
    /// The organisation's name as the publication named it; `None` where its snapshot no longer
    /// reads (today's name stands in).
    pub org: Option<String>,
    /// The changes since the publication before it, and where controllers wrote to object as
    /// that publication said; `None` for the first.
    pub changes: Option<(Vec<Change>, String)>,
    /// What controllers must be told of ahead, if anything: the notice of this publication.
    pub notice: Vec<Noticed>,
    /// The events its notice puts in calendars, in the order of `notice`'s sub-processors.
    pub calendar: Vec<Scheduled>,
}

impl Logged<'_> {
    /// Where controllers write to object, as the publication said: beside its changes, or, for
    /// the first, which changed nothing, in its facts. `None` where its snapshot no longer reads.
    pub fn contact(&self) -> Option<String> {
        match &self.changes {
            Some((_, contact)) => Some(contact.clone()),
            None => self
                .publication
                .snapshot
                .model()
                .ok()
                .map(|m| m.organisation.contact.as_str().to_string()),
        }
    }
}

/// An event a notice puts in controllers' calendars: the day a sub-processor's changes take
/// effect, or the last day to object to them. Every notice that tells of the same change to
/// come gives it the same id and a later sequence (RFC 5545), so that a calendar which
/// imported an earlier notice moves or cancels its event rather than keeping the old day
/// beside the new one.
#[derive(Debug, Clone, PartialEq)]
pub struct Scheduled {
    /// The sub-processor's id.
    pub subprocessor: String,
    pub day: EventDay,
    pub date: jiff::civil::Date,
    /// The publication whose notice first told of the change: it names the event.
    pub announced: PublicationId,
    /// How many notices told of it before this one.
    pub sequence: u32,
    pub status: EventStatus,
    /// What it describes: all that takes effect that day, or what will not.
    pub due: Vec<Change>,
}

/// Which day of a change an event marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventDay {
    /// The change takes effect.
    Start,
    /// The last day controllers may object to it.
    LastToObject,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventStatus {
    /// On the day it names.
    Confirmed,
    /// No longer happens: the change took effect earlier, or will not take effect.
    Cancelled,
}

/// The changes to come that notices have put in calendars so far, by sub-processor (in the
/// order of their ids, so that what a notice makes of them is the same on every build): until
/// the day each takes effect, a later notice about the same sub-processor updates its events.
#[derive(Default)]
struct Calendars {
    to_come: BTreeMap<String, InCalendars>,
    /// Changes brought forward to take effect at once whose last day to object, kept, is still
    /// to come: a removal before it cancels that day.
    kept: BTreeMap<String, InCalendars>,
}

/// A change to come as calendars hold it.
struct InCalendars {
    announced: PublicationId,
    sequence: u32,
    start: jiff::civil::Date,
    last_to_object: Option<jiff::civil::Date>,
    /// What takes effect that day, as the events describe it.
    due: Vec<Change>,
}

impl Calendars {
    /// The day the change to `id` that calendars hold is to take effect, if it is after
    /// `published`.
    fn to_come(&self, id: &str, published: jiff::civil::Date) -> Option<jiff::civil::Date> {
        self.to_come
            .get(id)
            .map(|c| c.start)
            .filter(|start| *start > published)
    }

    /// The last day to object that calendars hold for the change to `id`, if it has not passed
    /// by `published`: controllers were told they may object until then, and may, though the
    /// change is brought forward.
    fn last_to_object(&self, id: &str, published: jiff::civil::Date) -> Option<jiff::civil::Date> {
        self.to_come
            .get(id)
            .and_then(|c| c.last_to_object)
            .filter(|day| *day >= published)
    }

    /// The last day to object that calendars hold for a change to `id` brought forward to take
    /// effect at once, if it has not passed by `published`.
    fn kept(&self, id: &str, published: jiff::civil::Date) -> Option<jiff::civil::Date> {
        self.kept
            .get(id)
            .and_then(|c| c.last_to_object)
            .filter(|day| *day >= published)
    }

    /// The events of the notice of the publication `id`, made on `published`:
    /// for each sub-processor it tells of, its start and last day to object, described by what
    /// is `due` then, as the same events as an earlier notice's where that notice's change is
    /// still to come.
    fn schedule(
        &mut self,
        id: PublicationId,
        published: jiff::civil::Date,
        notice: &[Noticed],
        due: &BTreeMap<String, Vec<Change>>,
    ) -> Vec<Scheduled> {
        // What has taken effect by now is no longer updated, but for a last day to object kept
        // past it, until that day.
        self.to_come.retain(|_, c| c.start > published);
        self.kept
            .retain(|_, c| c.last_to_object.is_some_and(|day| day >= published));
        let mut out = Vec::new();
        // Each sub-processor's items, in the order it is first told of.
        let mut order: Vec<&Noticed> = Vec::new();
        let mut items: HashMap<&str, Vec<&Noticed>> = HashMap::new();
        for n in notice {
            items
                .entry(n.subprocessor.as_str())
                .or_insert_with(|| {
                    order.push(n);
                    Vec::new()
                })
                .push(n);
        }
        for n in order {
            let about = items.remove(n.subprocessor.as_str()).unwrap_or_default();
            let before = self.to_come.remove(&n.subprocessor);
            // A sub-processor removed ends the last day to object to it that calendars kept past
            // the day it was engaged at once: that day is cancelled, under the id it was given.
            let removal = about
                .iter()
                .find(|m| matches!(m.change, Change::SubprocessorRemoved { .. }));
            if let Some(kept) = self.kept.remove(&n.subprocessor) {
                match (removal, kept.last_to_object) {
                    (Some(removal), Some(day)) => out.push(Scheduled {
                        subprocessor: n.subprocessor.clone(),
                        day: EventDay::LastToObject,
                        date: day,
                        announced: kept.announced,
                        sequence: kept.sequence + 1,
                        status: EventStatus::Cancelled,
                        due: vec![removal.change.clone()],
                    }),
                    _ => {
                        self.kept.insert(n.subprocessor.clone(), kept);
                    }
                }
            }
            let (announced, sequence) = before
                .as_ref()
                .map_or((id, 0), |b| (b.announced, b.sequence + 1));
            // What takes effect: the first item about the sub-processor that is neither a
            // change withdrawn nor its removal.
            let takes_effect = about.iter().find(|m| !m.change.withdraws());
            let told = || about.iter().map(|m| m.change.clone()).collect::<Vec<_>>();
            // What will not take effect, as cancelled events describe it.
            let withdrawn = || {
                about
                    .iter()
                    .filter(|m| matches!(m.change, Change::Withdrawn { .. }))
                    .map(|m| m.change.clone())
                    .collect::<Vec<_>>()
            };
            let event = |day, date, status, due: Vec<Change>| Scheduled {
                subprocessor: n.subprocessor.clone(),
                day,
                date,
                announced,
                sequence,
                status,
                due,
            };
            let n = match (takes_effect, &before) {
                (Some(n), _) => *n,
                // Nothing will take effect of what calendars hold: cancelled.
                (None, Some(before)) => {
                    let (start, last) = (before.start, before.last_to_object);
                    let cancelled = EventStatus::Cancelled;
                    out.push(event(EventDay::Start, start, cancelled, withdrawn()));
                    if let Some(was) = last {
                        let day = EventDay::LastToObject;
                        out.push(event(day, was, cancelled, withdrawn()));
                    }
                    // Removed, too: the day it is no longer engaged is an event of this
                    // notice's own (its id this publication's), as a removal told alone is
                    // (qa38: the calendar held only the cancellations).
                    if let Some(removal) = removal {
                        out.push(Scheduled {
                            announced: id,
                            sequence: 0,
                            ..event(
                                EventDay::Start,
                                removal.effective,
                                EventStatus::Confirmed,
                                vec![removal.change.clone()],
                            )
                        });
                    }
                    continue;
                }
                // Withdrawn before any calendar held it.
                (None, None) if !withdrawn().is_empty() => continue,
                // Removed beside a change that needs notice: that day.
                (None, None) => n,
            };
            let due = due
                .get(&n.subprocessor)
                .filter(|due| !due.is_empty())
                .cloned()
                .unwrap_or_else(told);
            let confirmed = EventStatus::Confirmed;
            out.push(event(EventDay::Start, n.effective, confirmed, due.clone()));
            // The last day to object to any of it (a rename told first has none of its own).
            let objection_until = about
                .iter()
                .filter(|m| !m.change.withdraws())
                .find_map(|m| m.objection_until);
            match (
                objection_until,
                before.as_ref().and_then(|b| b.last_to_object),
            ) {
                // What may be objected to: not what the notice tells with no day to object by
                // (countries stated for the first time, say).
                (Some(until), _) => {
                    let objected: Vec<Change> = due
                        .iter()
                        .filter(|c| {
                            about.iter().any(|m| {
                                m.objection_until.is_some()
                                    && std::mem::discriminant(&m.change)
                                        == std::mem::discriminant(*c)
                            })
                        })
                        .cloned()
                        .collect();
                    let objected = match objected.is_empty() {
                        true => due.clone(),
                        false => objected,
                    };
                    out.push(event(EventDay::LastToObject, until, confirmed, objected));
                }
                // Nothing left to object to (what needed notice withdrawn, the rest brought
                // forward): no day to object by.
                (None, Some(was)) => {
                    let cancelled = EventStatus::Cancelled;
                    out.push(event(EventDay::LastToObject, was, cancelled, due.clone()));
                }
                (None, None) => {}
            }
            let held = InCalendars {
                announced,
                sequence,
                start: n.effective,
                last_to_object: objection_until,
                due,
            };
            if n.effective > published {
                self.to_come.insert(n.subprocessor.clone(), held);
            } else if objection_until.is_some_and(|day| day >= published) {
                self.kept.insert(n.subprocessor.clone(), held);
            }
        }
        out
    }
}

/// How `locale` names the publication `id`: its date in the language's long format, and which
/// of the day's publications it was when it is not the first.
pub fn publication_name(id: PublicationId, locale: &Locale) -> Result<String, String> {
    nth_of_day(id.date, id.nth, Message::PublicationAgain, locale)
}

/// `date` in `locale`'s long format, and where it is not the day's first (`nth`), which it is
/// in the words of `again` (`{ $date } (publication { $nth } of the day)`).
pub fn nth_of_day(
    date: jiff::civil::Date,
    nth: u32,
    again: Message,
    locale: &Locale,
) -> Result<String, String> {
    let long_date = intl::long_date(&locale.language.formats, date)?;
    Ok(match nth {
        1 => long_date,
        nth => {
            let mut args = FluentArgs::new();
            args.set("date", long_date);
            args.set("nth", nth);
            locale.format(again.id(), &args)?
        }
    })
}

/// The folder of a publication's notice under a language's folder: the feed links it, and
/// `render::notice` writes it.
pub fn notice_folder(id: &str) -> String {
    format!("notices/{id}")
}

/// A change controllers are told of in a notice (GDPR Art. 28(2), Clause 9 of the SCCs): the
/// sub-processor it concerns, when it takes effect, and until when they may object.
#[derive(Debug, Clone)]
pub struct Noticed {
    pub change: Change,
    /// The sub-processor's id (its row's anchor is `subprocessor-<id>`) and name.
    pub subprocessor: String,
    pub name: String,
    /// The sub-processor's start, if after the publication; of one listed for the first time
    /// after it was engaged, the day it was (`engaged`); otherwise the publication's date.
    pub effective: jiff::civil::Date,
    /// The last day controllers may object: the day before it takes effect. `None` when it
    /// takes effect at once.
    pub objection_until: Option<jiff::civil::Date>,
    /// The last day to object an earlier notice told controllers, where this one gives an
    /// earlier day (the change brought forward to a later day than this publication's): the
    /// day told before no longer applies, and the notice says so (qa114).
    pub objection_cut: Option<jiff::civil::Date>,
    /// Why it is told with less notice than the site promises, where its sub-processor's entry
    /// says (`notice-exception`). `None` for a change that withdraws.
    pub exception: Option<NoticeException>,
    /// Whether controllers may object to it: it needs notice, or is what one not engaged yet
    /// is to do, or is a day moved on which something that needs notice takes effect. Not a
    /// new name, countries stated, what is left on a day told before, nor a withdrawal: those
    /// they are told of.
    pub objectable: bool,
    /// Whether the sub-processor was engaged before the publication: of one announced and not
    /// engaged yet, a new name is its announcement's, told as made at once.
    pub engaged: bool,
}

impl Noticed {
    /// The last day to object an earlier notice told controllers, kept for what took effect at
    /// once (brought forward): a day to object on or after the day it takes effect. `None` for
    /// what is to come, whose day is the day before it, and for what none was told of.
    pub fn kept_objection(&self) -> Option<jiff::civil::Date> {
        self.objection_until.filter(|day| *day >= self.effective)
    }

    /// How a notice of a publication made on `published` words it: to come where it takes
    /// effect on a later day, but for an announcement renamed, which is named so at once.
    pub fn tense(&self, published: jiff::civil::Date) -> Tense {
        match (&self.change, self.engaged) {
            (Change::SubprocessorRenamed { .. }, false) => Tense::Now,
            _ => Tense::of(self.effective, published),
        }
    }

    /// Whether it is told as made at once though it belongs to a later day: an announcement
    /// renamed, named so from the publication on. It takes effect on the publication's day.
    pub fn at_once(&self, published: jiff::civil::Date) -> bool {
        self.tense(published) == Tense::Now && self.effective > published
    }
}

/// Whether a sub-processor listed before, whose start date was `was`, is engaged by a
/// publication made on `published`: it had no start date, or its start has come.
fn engaged_by(was: Option<jiff::civil::Date>, published: jiff::civil::Date) -> bool {
    was.is_none_or(|w| w <= published)
}

/// Whether `a` and `b` tell the same change to take effect, whatever the sub-processor is
/// called now and whatever day its engagement takes effect (the events' day says it).
fn same_due(a: &Change, b: &Change) -> bool {
    let plain = |c: &Change| {
        let mut value = serde_json::to_value(c).unwrap_or_default();
        if let Some(fields) = value.as_object_mut() {
            for name in ["name", "effective"] {
                fields.remove(name);
            }
        }
        value
    };
    plain(a) == plain(b)
}

/// What a publication's notice tells of a new sub-processor beyond its engagement and where it
/// processes data, by the words it recorded: what candor had no words for when it was
/// published, it did not say, and is not made to say now.
#[derive(Debug, Clone, Copy)]
struct Tells {
    /// What it is to be engaged for ([`Message::ChangePurposeNew`]).
    purpose: bool,
    /// What data it is to process, and whose ([`Message::ChangeSubprocessorData`], qa72).
    data: bool,
}

impl Tells {
    fn of(publication: &Publication) -> Tells {
        let source = publication.snapshot.source();
        Tells {
            purpose: source.contains_key(Message::ChangePurposeNew.id()),
            data: source.contains_key(Message::ChangeSubprocessorData.id()),
        }
    }
}

/// What a publication tells controllers ahead, from what it changed.
struct Notice {
    /// Each change that needs notice, with its dates.
    told: Vec<Noticed>,
    /// For each sub-processor the notice tells of, all that takes effect on its day (none for
    /// one removed): what its calendar events describe.
    due: BTreeMap<String, Vec<Change>>,
}

/// The notice of a publication that made `changes` on `published`, stating `model`: each
/// change that needs one, with its dates; what was told before and will not take effect as
/// told (withdrawn, whole or in part, or its sub-processor removed); for each sub-processor it
/// tells of, what else is still to take effect on its day, told again so that the notice
/// reads on its own; and the sub-processors it removed (a replacement is told whole). Empty
/// when nothing needs notice. `engaged` says whether a sub-processor was engaged before.
fn notice<'h>(
    changes: &[Change],
    (previous, model): (Option<&'h Model>, Option<&'h Model>),
    published: jiff::civil::Date,
    so_far: &SoFar<'h>,
    engaged: &dyn Fn(&str) -> bool,
    calendars: &Calendars,
    tells: Tells,
) -> Notice {
    let standing = |id: &str| so_far.statements.in_effect_before(id, published);
    // Each sub-processor by its id, looked up once per change, not searched for.
    let by_id = |m: Option<&'h Model>| -> HashMap<&'h str, &'h Subprocessor> {
        m.map(|m| {
            m.subprocessors
                .iter()
                .map(|s| (s.id.as_str(), &**s))
                .collect()
        })
        .unwrap_or_default()
    };
    let (listed_before, listed) = (by_id(previous), by_id(model));
    // The day a change to `id` told of before (by a notice, or by the publication before, which
    // announced a sub-processor not engaged yet) is to take effect, if it is still to come.
    let told_before = |id: &str| {
        calendars.to_come(id, published).or_else(|| {
            listed_before
                .get(id)
                .filter(|_| !engaged(id))
                .and_then(|s| s.effective)
                .filter(|d| *d > published)
        })
    };
    let stated = |id: &str| listed.get(id).copied();
    let start = |id: &str| {
        stated(id)
            .and_then(|s| s.effective)
            .filter(|d| *d > published)
    };
    // The day a sub-processor listed for the first time says it was engaged, before this
    // publication: what is told of it has been in effect since (a late disclosure).
    let engaged_earlier = |id: &str| {
        stated(id)
            .filter(|_| !listed_before.contains_key(id) && !engaged(id))
            .and_then(|s| s.engaged)
            .filter(|d| *d < published)
    };
    // An exception to the notice period excepts what is published with it: one the entry
    // kept from the publication before excepts nothing this one changes.
    let exception = |id: &str| {
        stated(id).and_then(|s| s.notice_exception).filter(|e| {
            listed_before
                .get(id)
                .is_none_or(|b| b.notice_exception != Some(*e))
        })
    };
    // What takes effect on a sub-processor's day, as stated now: for one engaged before, what
    // its statement changes from the one in effect; for one not engaged yet, its engagement,
    // and what of it needs notice (its personal data, its transfers), as a change from a
    // sub-processor that does nothing with them.
    let pending = |c: &Change| {
        c.needs_notice().is_some()
            && !matches!(c, Change::Effective { .. } | Change::TakesEffect { .. })
    };
    let due = |id: &str| -> Vec<Change> {
        let Some(now) = stated(id) else {
            return Vec::new();
        };
        if engaged(id) {
            let Some(was) = standing(id) else {
                return Vec::new();
            };
            let mut due = changes::statement_changes(was, now);
            // Nothing is due where nothing needs notice, unless a day was told before: what is
            // left of it takes effect on its day (moved, or brought forward), as calendars hold
            // it.
            if !due.iter().any(pending) && told_before(id).is_none() {
                return Vec::new();
            }
            // The rest takes effect that day too, and is told beside what needs notice, so that
            // the notice says all the page says is to come (a fallback removed, a rename: until
            // that day the page names the sub-processor by its old name, the notice by its new
            // one). Where it will process the data is among it: the countries a transfer goes
            // to, though stated for the first time. Given for the first time where its
            // transfers stay as they were, they are stated, as the change log tells them
            // ([`changes::for_engaged`]), not moved to.
            changes::countries_stated(&mut due);
            // Pending first, as they were listed before.
            due.sort_by_key(|c| !pending(c));
            // A new name alone takes effect at once: nothing is due on a day.
            if due
                .iter()
                .all(|c| matches!(c, Change::SubprocessorRenamed { .. }))
            {
                return Vec::new();
            }
            return due;
        }
        let mut due = vec![Change::SubprocessorAdded {
            id: id.to_string(),
            name: now.name.clone(),
            effective: now.effective,
            engaged: now.engaged,
        }];
        // And what it is to be engaged for, and where it will process the data: of one
        // engaged, only a country added needs notice, but of a new one every country is new.
        due.extend(
            changes::statement_changes(&now.not_engaged(), now)
                .into_iter()
                .filter(|c| {
                    pending(c)
                        || matches!(c, Change::Countries { .. })
                        || matches!(c, Change::Purpose { .. }) && tells.purpose
                }),
        );
        // And what data it is to process, and whose, where its entry says.
        if tells.data && !(now.data_categories.is_empty() && now.data_subjects.is_empty()) {
            due.push(Change::DataToProcess {
                id: id.to_string(),
                name: now.name.clone(),
                categories: now.data_categories.clone(),
                subjects: now.data_subjects.clone(),
            });
        }
        due
    };

    // Controllers may object to what needs notice, and to what a sub-processor not engaged
    // yet is to do (its engagement is what they may object to: its countries, say); to a day
    // moved, where what takes effect on it needs notice. A rename, the countries told beside
    // a change to one engaged, what is left on a day told before, they are told of.
    let objectable = |change: &Change, id: &str| {
        !change.withdraws()
            && match change {
                Change::Effective { .. } | Change::TakesEffect { .. } => {
                    due(id).iter().any(pending)
                }
                Change::SubprocessorRenamed { .. } => false,
                other => other.needs_notice().is_some() || !engaged(id),
            }
    };
    // Controllers may object until the day before it takes effect; and, of a change brought
    // forward to take effect at once, until the day a notice told them, which stands. (Brought
    // forward to a later day, the day before that one is the last, as the page, the annex and
    // the change log say too.)
    let objection_until = |id: &str| match start(id) {
        Some(day) => changes::last_day_to_object(day),
        None => calendars.last_to_object(id, published),
    };
    let noticed = |change: Change, id: &str, name: &str| {
        let objectable = objectable(&change, id);
        let objection_until = objection_until(id).filter(|_| objectable);
        Noticed {
            objection_cut: objection_until.and_then(|until| {
                calendars
                    .last_to_object(id, published)
                    .filter(|told| *told > until)
            }),
            objection_until,
            objectable,
            change,
            subprocessor: id.to_string(),
            name: name.to_string(),
            effective: start(id)
                .or_else(|| engaged_earlier(id))
                .unwrap_or(published),
            exception: exception(id),
            engaged: engaged(id),
        }
    };

    let mut out: Vec<Noticed> = Vec::new();
    for change in changes {
        // A day told before and moved (brought forward to this day, say) is told, whatever it
        // moves to.
        let moved = match change {
            Change::Effective { id, name, now, .. }
                if told_before(id).is_some_and(|day| Some(day) != *now) =>
            {
                Some((id.as_str(), name.as_str()))
            }
            Change::TakesEffect { id, name, now, .. }
                if told_before(id).is_some_and(|day| day != *now) =>
            {
                Some((id.as_str(), name.as_str()))
            }
            _ => None,
        };
        // Of one not engaged yet that controllers were told of, what it is to do (its purpose,
        // where it processes data, what data and whose) stated anew: they weigh its engagement
        // by it.
        let restated = match change {
            Change::Purpose {
                id,
                name,
                now: Some(_),
                ..
            }
            | Change::Countries { id, name, .. }
                if !engaged(id) && told_before(id).is_some() =>
            {
                Some((id.as_str(), name.as_str()))
            }
            // The categories of data it is to receive, or whose, stated anew.
            Change::Record {
                id,
                name,
                fields,
                was,
                ..
            } if !engaged(id)
                && told_before(id).is_some()
                && (fields.iter()).any(|f| f.list().is_some() && !was.contains_key(f)) =>
            {
                Some((id.as_str(), name.as_str()))
            }
            _ => None,
        };
        let Some((id, name)) = change.needs_notice().or(moved).or(restated) else {
            continue;
        };
        // The day of changes to one engaged, moved, where nothing takes effect on it that
        // controllers were told of or may object to (a new name alone, say): nothing to tell,
        // as there was nothing when it was announced.
        if matches!(
            change,
            Change::TakesEffect {
                what: Starts::Changes,
                ..
            }
        ) && engaged(id)
            && due(id).is_empty()
        {
            continue;
        }
        // A date given to a sub-processor already engaged engages nothing.
        if let Change::Effective { was, .. } = change
            && engaged_by(*was, published)
            && moved.is_none()
        {
            continue;
        }
        out.push(noticed(change.clone(), id, name));
    }
    // A start date set beside another change of the same sub-processor is when that change
    // takes effect (each item says it), not a change of its own; a day told before and moved
    // is.
    let dates = |c: &Change| matches!(c, Change::Effective { .. } | Change::TakesEffect { .. });
    let material: BTreeSet<String> = out
        .iter()
        .filter(|n| !dates(&n.change))
        .map(|n| n.subprocessor.clone())
        .collect();
    out.retain(|n| {
        !dates(&n.change)
            || !material.contains(&n.subprocessor)
            || told_before(&n.subprocessor).is_some()
    });
    // Told before, and will not take effect as told: withdrawn (whole or in part), or its
    // sub-processor removed.
    let withdrawn_whole = |of: &str| {
        changes
            .iter()
            .any(|c| matches!(c, Change::Withdrawn { id, part: None, .. } if id == of))
    };
    for change in changes {
        let (id, name, part, what) = match change {
            Change::Withdrawn {
                id,
                name,
                part,
                what,
                ..
            } => (id, name, part.is_some(), *what),
            // Told once: as the change withdrawn, where the change log says so too.
            Change::SubprocessorRemoved { id, .. } if withdrawn_whole(id) => continue,
            Change::SubprocessorRemoved { id, name } => (id, name, false, Starts::Changes),
            _ => continue,
        };
        let Some(was) = told_before(id) else {
            continue;
        };
        let change = if part {
            change.clone()
        } else {
            Change::Withdrawn {
                id: id.clone(),
                name: name.clone(),
                was,
                part: None,
                what,
            }
        };
        out.push(Noticed {
            effective: published,
            objection_until: None,
            objection_cut: None,
            exception: None,
            ..noticed(change, id, name)
        });
    }
    // Told before, and changed in a way that needs no notice of its own: what was due and is
    // no longer is withdrawn.
    for (id, held) in &calendars.to_come {
        if held.start <= published
            || stated(id).is_none()
            || out.iter().any(|n| n.subprocessor == *id)
        {
            continue;
        }
        let now = due(id);
        for gone in held
            .due
            .iter()
            .filter(|c| !now.iter().any(|n| same_due(c, n)))
        {
            let Some((_, name)) = gone.needs_notice() else {
                continue;
            };
            let withdrawn = Change::Withdrawn {
                id: id.clone(),
                name: name.to_string(),
                was: held.start,
                part: Some(Box::new(gone.clone().as_withdrawn())),
                what: match engaged(id) {
                    true => Starts::Changes,
                    false => Starts::Engagement,
                },
            };
            out.push(Noticed {
                effective: published,
                objection_until: None,
                objection_cut: None,
                exception: None,
                ..noticed(withdrawn, id, name)
            });
        }
    }
    // A sub-processor told of before under another name, of which the notice tells what takes
    // effect, or what is withdrawn while the rest still does: controllers who were told of the
    // old name learn it is the same one. (A rename alone needs no notice.)
    let renamed: Vec<Noticed> = changes
        .iter()
        .filter_map(|c| match c {
            Change::SubprocessorRenamed { id, now, .. }
                if told_before(id).is_some()
                    && out.iter().any(|n| {
                        n.subprocessor == *id && (!n.change.withdraws() || !due(id).is_empty())
                    }) =>
            {
                Some(noticed(c.clone(), id, now))
            }
            _ => None,
        })
        .collect();
    out.extend(renamed);
    // Each sub-processor's items together, in the order it is first told of: a day moved,
    // then what changes, then what else takes effect that day, told again.
    let mut order: Vec<String> = Vec::new();
    let mut told: HashMap<String, Vec<Noticed>> = HashMap::new();
    for n in out {
        told.entry(n.subprocessor.clone())
            .or_insert_with(|| {
                order.push(n.subprocessor.clone());
                Vec::new()
            })
            .push(n);
    }
    let mut due_by_id = BTreeMap::new();
    let mut grouped = Vec::new();
    for id in order {
        let about = told.remove(&id).unwrap_or_default();
        let due = due(&id);
        let name = about.first().map(|n| n.name.clone()).unwrap_or_default();
        let again: Vec<Noticed> = due
            .iter()
            .filter(|c| {
                let kind = std::mem::discriminant(*c);
                !about
                    .iter()
                    .any(|n| std::mem::discriminant(&n.change) == kind)
            })
            .map(|c| noticed(c.clone(), &id, &name))
            .collect();
        let (moved, changed): (Vec<_>, Vec<_>) = about.into_iter().partition(|n| dates(&n.change));
        // An engagement, then a new name, before what changes of it: the item that says what
        // the sub-processor is comes before what it will do.
        let mut items: Vec<Noticed> = changed.into_iter().chain(again).collect();
        items.sort_by_key(|n| match n.change {
            Change::SubprocessorAdded { .. } => 0,
            Change::SubprocessorRenamed { .. } => 1,
            _ => 2,
        });
        grouped.extend(moved.into_iter().chain(items));
        due_by_id.insert(id, due);
    }
    let mut out = grouped;
    // The sub-processors removed are told where the notice tells anything, and where calendars
    // hold a last day to object to one, kept past the day it was engaged at once: that day
    // no longer stands (qa45).
    let kept_removed = changes.iter().any(|c| match c {
        Change::SubprocessorRemoved { id, .. } => calendars.kept(id, published).is_some(),
        _ => false,
    });
    if !out.is_empty() || kept_removed {
        for change in changes {
            if let Change::SubprocessorRemoved { id, name } = change {
                // One never engaged is withdrawn, not removed.
                if !engaged(id) && out.iter().any(|n| n.subprocessor == *id) {
                    continue;
                }
                out.push(Noticed {
                    change: change.clone(),
                    subprocessor: id.clone(),
                    name: name.clone(),
                    effective: published,
                    objection_until: None,
                    objection_cut: None,
                    exception: None,
                    objectable: false,
                    engaged: true,
                });
            }
        }
    }
    Notice {
        told: out,
        due: due_by_id,
    }
}

/// What the change log knows of the publications so far, to tell the changes of the next
/// ([`changes::for_engaged`]): what they stated of each sub-processor, and which they engaged
/// (engaged by one, and listed in every one since).
#[derive(Default)]
struct SoFar<'h> {
    statements: changes::Statements<'h>,
    engagements: Engagements<'h>,
}

impl<'h> SoFar<'h> {
    /// Tells `changes`, made by `model` on `published` after the publication `previous` (its
    /// model and date), as the change log does.
    fn tell(
        &self,
        changes: &mut Vec<Change>,
        previous: Option<(&Model, jiff::civil::Date)>,
        model: &Model,
        published: jiff::civil::Date,
    ) {
        let engaged = |id: &str| self.engagements.engaged_before(id, published);
        let since = previous.map(|(_, since)| since);
        changes::for_engaged(changes, model, published, since, &self.statements, engaged);
        if let Some((previous, since)) = previous {
            changes::days_come(
                changes,
                previous,
                since,
                model,
                published,
                &self.statements,
                |id| self.engagements.engaged(id),
            );
            changes::came_first(changes, published);
        }
    }

    fn add(&mut self, model: &'h Model, published: jiff::civil::Date) {
        self.statements.add(model, published);
        self.engagements.add(&model.subprocessors, published);
    }
}

/// `changes`, made by `model` to be published on `published` after `history`, as the change
/// log will tell them: what the review of a publication not yet made says.
pub fn as_logged(
    changes: &mut Vec<Change>,
    history: &[Publication],
    model: &Model,
    published: jiff::civil::Date,
) {
    let mut so_far = SoFar::default();
    for p in history {
        if let Ok(m) = p.snapshot.model() {
            so_far.add(m, p.date);
        }
    }
    let previous = history
        .last()
        .and_then(|p| Some((p.snapshot.model().ok()?, p.date)));
    so_far.tell(changes, previous, model, published);
}

/// By sub-processor, the last day to object a notice kept for a change that took effect at once
/// (brought forward from the day an earlier notice told controllers, whose day before stands),
/// where that day has not passed on `date`: of the notices of `log`'s first `upto`
/// publications, the latest that kept one for each, unless a later publication removed it (its
/// engagement ended: engaged again, it is what its own notice says). The page and the annex
/// give it beside the row, as they give an announced one's.
pub fn objections_kept(
    log: &[Logged],
    upto: usize,
    date: jiff::civil::Date,
) -> BTreeMap<String, jiff::civil::Date> {
    let mut kept = BTreeMap::new();
    for logged in log.iter().take(upto) {
        // A removal needs no notice: the publication's changes tell it.
        let changes = logged.changes.iter().flat_map(|(changes, _)| changes);
        for change in changes.chain(logged.notice.iter().map(|n| &n.change)) {
            if let Change::SubprocessorRemoved { id, .. } = change {
                kept.remove(id);
            }
        }
        for n in &logged.notice {
            if let Some(day) = n.kept_objection() {
                kept.insert(n.subprocessor.clone(), day);
            }
        }
    }
    kept.retain(|_, day| *day >= date);
    kept
}

/// By sub-processor, the last day controllers may object to it on `date`, as the page gives it
/// beside its row: of one or a change of one still to come (`effective` after `date`), the day
/// before it takes effect, where there is something in it to object to (its id in
/// `to_object`, [`changes::objectable_to_come`]); of one that took effect at once, the day a
/// notice kept ([`objections_kept`], `kept`). What `data.json` and `subprocessors.csv`
/// publish (qa91).
pub fn objection_until(
    s: &Subprocessor,
    date: jiff::civil::Date,
    kept: &BTreeMap<String, jiff::civil::Date>,
    to_object: &BTreeSet<String>,
) -> Option<jiff::civil::Date> {
    match s.effective.filter(|effective| *effective > date) {
        Some(effective) if to_object.contains(&s.id) => changes::last_day_to_object(effective),
        Some(_) => None,
        None => kept.get(&s.id).copied(),
    }
}

/// What each publication of `history` changed, in order.
pub fn log(history: &[Publication]) -> Vec<Logged<'_>> {
    let mut so_far = SoFar::default();
    let mut calendars = Calendars::default();
    let mut out = Vec::with_capacity(history.len());
    for (i, (publication, id)) in history.iter().zip(lock::ids(history)).enumerate() {
        let model = publication.snapshot.model().ok();
        let tells = Tells::of(publication);
        let changes = i.checked_sub(1).map(|p| {
            let contact = model
                .as_ref()
                .map(|m| m.organisation.contact.as_str().to_string())
                .unwrap_or_default();
            let mut changes = changes::between(&history[p].snapshot, &publication.snapshot);
            // A fact changed before candor had words for what changed of it was told by its
            // section: it still is, as it was published.
            let source = publication.snapshot.source();
            for change in &mut changes {
                if let Change::Fact { what, .. } = change
                    && what
                        .as_ref()
                        .is_some_and(|w| !source.contains_key(w.message().id()))
                {
                    *what = None;
                }
            }
            if let Some(model) = model {
                let previous = history[p]
                    .snapshot
                    .model()
                    .ok()
                    .map(|m| (m, history[p].date));
                so_far.tell(&mut changes, previous, model, publication.date);
            }
            (changes, contact)
        });
        let previous = i
            .checked_sub(1)
            .and_then(|p| history[p].snapshot.model().ok());
        let Notice { told: notice, due } = match &changes {
            Some((changes, _)) => {
                let engaged = |id: &str| so_far.engagements.engaged_before(id, publication.date);
                notice(
                    changes,
                    (previous, model),
                    publication.date,
                    &so_far,
                    &engaged,
                    &calendars,
                    tells,
                )
            }
            // The first publication changed nothing, and tells ahead of what it announces,
            // as any later one does (one recorded before candor did, not).
            None => {
                let announced: Vec<Change> = model
                    .iter()
                    .filter(|_| publication.first_notice)
                    .flat_map(|m| &m.subprocessors)
                    .filter(|s| s.effective.is_some_and(|d| d > publication.date))
                    .map(|s| Change::SubprocessorAdded {
                        id: s.id.clone(),
                        name: s.name.clone(),
                        effective: s.effective,
                        engaged: s.engaged,
                    })
                    .collect();
                notice(
                    &announced,
                    (None, model),
                    publication.date,
                    &so_far,
                    &|_| false,
                    &calendars,
                    tells,
                )
            }
        };
        if let Some(model) = model {
            so_far.add(model, publication.date);
        }
        // A publication recorded before candor made notices (its source holds none of their
        // words) had none: the record does not make one for it now, dated that day.
        let noticed = publication
            .snapshot
            .source()
            .keys()
            .any(|id| sections::Elsewhere::of(id) == sections::Elsewhere::Notices);
        let notice = if noticed { notice } else { Vec::new() };
        let calendar = calendars.schedule(id, publication.date, &notice, &due);
        out.push(Logged {
            publication,
            id,
            org: model.map(|m| m.organisation.name.clone()),
            changes,
            notice,
            calendar,
        });
    }
    out
}

/// The change log in `locale`, newest first, of the publications [`log`] found. `{ $org }` is
/// the organisation each publication named, or `org` (today's) where its snapshot no longer
/// reads. Each entry is in the words its publication was made in (`published`, by its place in
/// the history, as its archive copy speaks them: a section reworded since is named as it was
/// then), or today's where it recorded none, or lacks a message candor has added since. A
/// translation revised since is told where its pages read otherwise, as `texts` (the record's,
/// by fingerprint) give them.
pub fn entries<'l>(
    log: &[Logged],
    locale: &'l Locale,
    source: &str,
    published: &dyn Fn(usize) -> Option<&'l Locale>,
    org: &str,
    texts: &BTreeMap<String, String>,
) -> Result<Vec<Entry>, String> {
    let mut out = Vec::new();
    for (k, logged) in log.iter().enumerate() {
        let org = logged.org.as_deref().unwrap_or(org);
        let untranslated = unfollowed(log, k, locale);
        let before = k.checked_sub(1).and_then(published);
        let own = own_rewordings(
            log,
            k,
            locale,
            (before.unwrap_or(locale), published(k).unwrap_or(locale)),
        );
        let wording = (&untranslated, own.as_slice());
        // Which messages its lines are told with, to say where some were stale, as its notice
        // does (qa154: a German line in words older than the English it translates, unmarked).
        let formatted = crate::load::locales::Formatted::start();
        let then = published(k).and_then(|words| entry(logged, words, before, org, wording).ok());
        let mut entry = match then {
            Some(entry) => entry,
            None => entry(logged, locale, before, org, wording)?,
        };
        let used = formatted.ids();
        drop(formatted);
        let stale = (logged.publication.published_stale(&locale.language.tag))
            .is_some_and(|stale| stale.iter().any(|id| used.contains(id)));
        if stale && locale.has_message(Message::NoticeStale.id()) {
            entry.stale = Some(locale.format(Message::NoticeStale.id(), &FluentArgs::new())?);
        }
        let wordings = logged.publication.wordings_shown(locale, texts);
        entry.revisions = RevisionCopy::all(logged.publication, logged.id, &wordings, locale)?;
        // The entry changed with each wording shown, even one that brought back the words it
        // was published with: it links a copy of each (qa105: its time went back). In a
        // language added while the publication was current, it came with the language, not
        // before (qa148).
        let added = logged.publication.added_at(&locale.language.tag);
        if let Some(last) = wordings.last().map(|w| w.time).or(added) {
            entry.updated = last.to_string();
        }
        // Said after it was published, so in today's words: the last revision's, where its
        // pages do not read as published again.
        entry.revised = match logged.publication.revised_shown(locale, texts).is_empty() {
            true => None,
            false => entry
                .revisions
                .last()
                .map(|last| {
                    let mut a = FluentArgs::new();
                    a.set("date", last.date.clone());
                    locale.format(Message::ChangesTranslationRevised.id(), &a)
                })
                .transpose()?,
        };
        if !logged
            .publication
            .published_in(&locale.language.tag, source)
        {
            // Added by a revision of it: public in the language from that day.
            let later = match logged.publication.added_at(&locale.language.tag) {
                Some(time) => {
                    let mut a = FluentArgs::new();
                    let date = lock::When::at(time).date;
                    a.set("date", intl::long_date(&locale.language.formats, date)?);
                    locale.format(Message::ArchiveTranslatedAdded.id(), &a)?
                }
                None => locale.format(Message::ArchiveTranslatedLater.id(), &FluentArgs::new())?,
            };
            entry.later = Some(later);
            entry.notice = false;
        }
        out.push(entry);
    }
    out.reverse();
    Ok(out)
}

/// How a translation's words stood to a rewording of their source that a publication made,
/// where they stayed as they were.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unfollowed {
    /// They did not follow it yet: the page marked the section stale.
    NotYet,
    /// They were checked against it and still say it (`mark-reviewed`): nothing stale.
    Checked,
    /// It put the source back to the words they last followed: nothing stale, and nobody
    /// checked anything ([`restored`]).
    Restored,
}

/// The messages whose source the `k`th publication of `log` reworded and whose words in
/// `locale` (a region's own, or its parent's) it left as the publication before last showed
/// them, or changed and marked stale: on that day the translation's page did not follow the
/// source there; each with whether the page
/// marked it stale (not followed yet) or not (checked against the new source), where the
/// publication recorded that, and otherwise as not followed. None where either did not record
/// the words, and none for the source language, which records no translation.
fn unfollowed(log: &[Logged], k: usize, locale: &Locale) -> Unfollowings {
    let (Some(wording), Some((changes, _))) = (Wording::of(log, k, locale), &log[k].changes) else {
        return BTreeMap::new();
    };
    let stale = wording.this.published_stale(&locale.language.tag);
    // Who uses each term in the source: a term checked is followed in a section only where
    // no message there that shows it is still stale (qa116: a term marked reviewed was told as
    // checked in every section that uses it, while the page marked them stale).
    let referrers = std::cell::OnceCell::new();
    let users_stale = |term: &str, section: Option<&str>| {
        let source = wording.this.snapshot.source();
        let users = (referrers.get_or_init(|| shown::Referrers::of(&[source]))).users_of(term);
        stale.is_some_and(|stale| {
            (users.iter()).any(|u| {
                stale.contains(u) && crate::sections::of_message(u).map(|s| s.id) == section
            })
        })
    };
    changes
        .iter()
        .filter_map(|c| match c {
            Change::Text {
                message, section, ..
            } => Some((message, section)),
            _ => None,
        })
        // Left as they were, or changed and still marked stale: the page said that day that
        // its words there do not follow the original yet (what the translator changed is told
        // apart, as its own rewording: [`own_rewordings`]).
        .filter(|(id, _)| {
            let kept = wording.was(id).is_some() && wording.was(id) == wording.now(id);
            kept || stale.is_some_and(|stale| stale.contains(*id))
        })
        .map(|(id, section)| {
            let checked = stale.is_some_and(|stale| !stale.contains(id))
                && !(id.starts_with('-') && users_stale(id, section.as_deref()));
            let standing = match checked {
                true if restored(log, k, &wording, id) => Unfollowed::Restored,
                true => Unfollowed::Checked,
                false => Unfollowed::NotYet,
            };
            ((id.clone(), section.clone()), standing)
        })
        .collect()
}

/// How a translation stood to each rewording of its source a publication made, where its words
/// stayed as they were ([`unfollowed`]): by the message (or term) reworded and the section it
/// was told of.
type Unfollowings = BTreeMap<(String, Option<String>), Unfollowed>;

/// Whether the `k`th publication of `log` put the source of message `id` back as it was when
/// the translation followed it, its words unchanged since: a publication before it, with the
/// translation's words published now and none other in between, whose pages (with their
/// revisions) did not mark `id` stale had the same source words. Then the translation follows
/// the source again because the source came back to it, not because anyone checked it (qa76:
/// only the latest publication that did not mark it stale was looked at, which had followed
/// the rewording in between by a review).
fn restored(log: &[Logged], k: usize, wording: &Wording, id: &str) -> bool {
    let source = |p: &Publication| p.snapshot.source().get(id).cloned();
    let lang = wording.tags[wording.tags.len() - 1];
    let words = |p: &Publication| {
        wording
            .tags
            .iter()
            .rev()
            .find_map(|tag| p.words(tag).and_then(|m| m.get(id)).cloned())
    };
    let now = wording.now(id).cloned();
    for earlier in log[..k].iter().rev().map(|l| l.publication) {
        let Some(stale) = earlier.stale_now(lang) else {
            return false;
        };
        if words(earlier).is_none() || words(earlier) != now {
            return false;
        }
        if !stale.contains(id) && source(earlier) == source(log[k].publication) {
            return true;
        }
    }
    false
}

/// The messages a translation (`locale`, a region with its parent's words) reworded of its own
/// with the `k`th publication of `log`, its source unchanged: its page read differently there
/// from that day, as the review said. None where the publication before recorded none of its
/// words, and none for the source language. A message rewritten to show the same words in the
/// pages of the two publications (`shown_in`: the words the one before and this one were shown
/// in) is not reworded.
fn own_rewordings(
    log: &[Logged],
    k: usize,
    locale: &Locale,
    shown_in: (&Locale, &Locale),
) -> Vec<Change> {
    let (Some(wording), Some((changes, _))) = (Wording::of(log, k, locale), &log[k].changes) else {
        return Vec::new();
    };
    let in_source: BTreeSet<&String> = changes
        .iter()
        .filter_map(|c| match c {
            Change::Text { message, .. } => Some(message),
            _ => None,
        })
        .collect();
    let of_a_fact = |id: &String| of_a_fact(id, &wording.before.snapshot, &wording.this.snapshot);
    // Rewritten to show the same words (a term given the case it showed anyway): not reworded.
    // A term the words before lack was shown in this publication's, as its archived page shows.
    // Each text is the one the record keeps (`key`, its fingerprint), or none: words revised
    // since are not what either publication was made with, and a rewording is never passed
    // over for them.
    let (before, this) = shown_in;
    fn source<'w>(words: &'w Locale, id: &str, key: Option<&String>) -> Option<&'w str> {
        let text = words.entry(id).map(|e| e.canonical.as_str())?;
        (Some(&lock::text_fingerprint(text)) == key).then_some(text)
    }
    let (terms_was, terms_now) = (
        |id: &str| match wording.was(id) {
            Some(key) => source(before, id, Some(key)),
            None => source(this, id, wording.now(id)),
        },
        |id: &str| source(this, id, wording.now(id)),
    );
    let reworded = |id: &String| {
        let (was, now) = (wording.was(id), wording.now(id));
        was != now
            && match (
                id.starts_with('-'),
                source(before, id, was),
                source(this, id, now),
            ) {
                (false, Some(was), Some(now)) => {
                    !shown::read_the_same(was, now, &terms_was, &terms_now)
                }
                _ => true,
            }
    };
    let text = |message: &str, section: Option<&'static str>| {
        Change::text_at(shown::Place::Section(section), message, None, None)
    };
    let was = |key: &str| match key.starts_with('-') {
        true => terms_was(key),
        false => source(before, key, wording.was(key)),
    };
    let now = |key: &str| match key.starts_with('-') {
        true => terms_now(key),
        false => source(this, key, wording.now(key)),
    };
    // Reworded with its source and still marked stale: the page says the section does not
    // follow the original yet (`unfollowed`), and that its words changed all the same is told
    // too (qa146: "not yet in this translation" alone read as if they had stayed as they were).
    // One that follows the source's rewording is told with it.
    let stale = wording.this.published_stale(&locale.language.tag);
    let own_over_stale = |id: &String| stale.is_some_and(|stale| stale.contains(id));
    let mut out = Vec::new();
    for id in wording.ids() {
        if (in_source.contains(&id) && !own_over_stale(&id)) || of_a_fact(&id) || !reworded(&id) {
            continue;
        }
        // A message rewords its own section, and those of the messages that show it (qa53);
        // one new or gone is shown by messages that changed with it, told on their own.
        if !id.starts_with('-') && (wording.was(&id).is_none() || wording.now(&id).is_none()) {
            let section = crate::sections::of_message(&id).map(|s| s.id);
            out.push(text(&id, section));
            continue;
        }
        if !id.starts_with('-') {
            let users: BTreeSet<String> = [before, this]
                .iter()
                .flat_map(|words| words.users_of_message(&id))
                .filter(|user| !user.starts_with('-'))
                .collect();
            for place in shown::places_of_message(&id, &users, &was, &now) {
                out.push(Change::text_at(place, &id, None, None));
            }
            continue;
        }
        // A term rewords what shows it: the sections whose messages read otherwise with it (a
        // variant no message chooses rewords nothing), each once, in the page's order, then
        // the places of no section (the annex, the change log…), each named by one of its
        // messages. A region's term may be shown by its parent's messages, which its own
        // words do not hold: told as other text, as before.
        let users: BTreeSet<String> = [before, this]
            .iter()
            .flat_map(|words| words.users_of(&BTreeSet::from([id.clone()])))
            .filter(|user| !user.starts_with('-'))
            .collect();
        if users.is_empty() && locale.parent.is_some() {
            out.push(text(&id, None));
            continue;
        }
        for place in shown::places_reworded(&users, &was, &now) {
            out.push(Change::text_at(place, &id, None, None));
        }
    }
    out
}

/// Whether a translation's message `id`, added, removed or reworded between the publications
/// `before` and `this`, is the words of a fact that changed, which the change of the fact tells,
/// not a rewording of the translation: a message new in the source, or gone from it, not told
/// as reworded there, is the words of a fact named anew or no longer ([`changes::between`]);
/// so are the words of a fact that the facts of both do not hold ([`model::is_fact_word`]: a
/// label, the name of a value), a fact's named anew or no more, or of none, which no page shows
/// (qa108, qa112), and the words of entries where a page shows no change to come
/// ([`shown::on_page`]).
pub fn of_a_fact(id: &str, before: &lock::Snapshot, this: &lock::Snapshot) -> bool {
    before.source().contains_key(id) != this.source().contains_key(id)
        || (before.labels())
            .zip(this.labels())
            .is_some_and(|(before, this)| {
                !(shown::on_page(id, Some(before)) && shown::on_page(id, Some(this)))
            })
}

/// A translation's words (a region's own over its parent's) as the publication before one
/// last showed them, and as that one was published.
struct Wording<'a> {
    tags: Vec<&'a str>,
    before: &'a Publication,
    this: &'a Publication,
}

impl<'a> Wording<'a> {
    /// The words of `locale` around the `k`th publication of `log`; `None` for the first,
    /// where the one before was not shown in the language (a region added since: its parent's
    /// words are not words it had), or recorded none of them, and where the `k`th was not
    /// shown in it (a language taken out that day and put back since: its words were not
    /// reworded, they were not published; qa154).
    fn of(log: &'a [Logged], k: usize, locale: &'a Locale) -> Option<Wording<'a>> {
        let before = log[k.checked_sub(1)?].publication;
        let this = log[k].publication;
        let tag = &locale.language.tag;
        if !before.shown_in(tag) || !this.shown_in(tag) {
            return None;
        }
        let parent = locale.parent.as_ref().map(|p| p.tag.as_str());
        let tags: Vec<&str> = parent
            .into_iter()
            .chain([locale.language.tag.as_str()])
            .collect();
        tags.iter()
            .any(|tag| before.words(tag).is_some())
            .then_some(Wording { tags, before, this })
    }

    fn was(&self, id: &str) -> Option<&'a String> {
        self.tags
            .iter()
            .rev()
            .find_map(|tag| self.before.words(tag).and_then(|m| m.get(id)))
    }

    fn now(&self, id: &str) -> Option<&'a String> {
        self.tags
            .iter()
            .rev()
            .find_map(|tag| self.this.published_words(tag).and_then(|m| m.get(id)))
    }

    /// Every message id either names; the review pages' only where both recorded them, as a
    /// lock written before they were left out of the record did ([`changes::between`]).
    fn ids(&self) -> BTreeSet<String> {
        let before: Vec<_> = self
            .tags
            .iter()
            .filter_map(|t| self.before.words(t))
            .collect();
        let this: Vec<_> = (self.tags.iter())
            .filter_map(|t| self.this.published_words(t))
            .collect();
        let told = [&before, &this]
            .iter()
            .all(|maps| maps.iter().any(|m| lock::holds_unpublished(m)));
        (before.iter().chain(&this))
            .flat_map(|m| m.keys())
            .filter(|id| told || sections::is_published(id))
            .cloned()
            .collect()
    }
}

/// The change log's entry of `logged`, in `locale`; `untranslated` are the messages whose
/// rewording in the source this translation's words did not follow ([`unfollowed`]), `own`
/// its own rewordings ([`own_rewordings`]).
fn entry(
    logged: &Logged,
    locale: &Locale,
    before: Option<&Locale>,
    org: &str,
    (untranslated, own): (&Unfollowings, &[Change]),
) -> Result<Entry, String> {
    let (publication, date, id) = (logged.publication, logged.publication.date, logged.id);
    let items = match &logged.changes {
        // That it was the first, and what it announced, told in its notice.
        None => {
            let first = Item {
                text: locale.format(Message::ChangesFirst.id(), &FluentArgs::new())?,
                group: Group::Added,
                anchor: None,
            };
            let announced: Vec<Change> = logged
                .notice
                .iter()
                .filter(|n| matches!(n.change, Change::SubprocessorAdded { .. }))
                .map(|n| n.change.clone())
                .collect();
            let contact = logged.contact().unwrap_or_default();
            let mut items = vec![first];
            if !announced.is_empty() {
                let told = Told::new(&contact, &logged.notice);
                items.extend(describe_in(
                    &announced,
                    locale,
                    org,
                    &told,
                    date,
                    untranslated,
                    None,
                )?);
            }
            items
        }
        Some((changes, contact)) => {
            let all = [changes.as_slice(), own].concat();
            let told = Told {
                before,
                ..Told::new(contact, &logged.notice)
            };
            describe_in(&all, locale, org, &told, date, untranslated, None)?
        }
    };
    let published = match publication.time {
        Some(time) => time.to_string(),
        None => format!("{date}T00:00:00Z"),
    };
    Ok(Entry {
        id: id.to_string(),
        iso: date.to_string(),
        published: published.clone(),
        updated: published,
        date: publication_name(id, locale)?,
        groups: match logged.changes {
            Some(_) => grouped(&items, locale)?,
            None => Vec::new(),
        },
        items,
        notice: !logged.notice.is_empty(),
        calendar: !logged.calendar.is_empty(),
        revised: None,
        revisions: Vec::new(),
        later: None,
        stale: None,
        first: logged.changes.is_none(),
        fingerprint: publication.fingerprint.clone(),
        canonical: published::canonical_path(id),
    })
}

/// Which publication lists what a change names: the one it is told of, or only the one before
/// (what it no longer lists), whose words name it as published ([`Told::named`]).
#[derive(Clone, Copy)]
enum Listed {
    Now,
    Before,
}

/// What a publication's notice told controllers, which its change log says again: where they
/// write to object, which sub-processors' changes they may object to before the day they
/// take effect, and the exceptions to the notice period.
struct Told<'a> {
    contact: &'a str,
    /// The sub-processors whose changes controllers may object to before they take effect.
    objectable: HashSet<&'a str>,
    /// The exception to the notice period each sub-processor's changes are published under,
    /// with the name the notice gives it.
    exceptions: HashMap<&'a str, (&'a str, NoticeException)>,
    /// The last day to object its notice kept for each sub-processor whose change took effect
    /// at once (brought forward from a day told before), with the name the notice gives it.
    kept: HashMap<&'a str, (&'a str, jiff::civil::Date)>,
    /// Where a notice tells its changes one at a time, of what the publication changed (as its
    /// change log tells it): the sub-processors of which a change is told as it is
    /// ([`told_as_it_is`]), and those added. Read once, not at each item (qa86: a notice of
    /// 4,000 new sub-processors took seconds, each item hashing every change again).
    revised_beside: HashSet<&'a str>,
    added_beside: HashSet<&'a str>,
    /// The words of the publication before, which name what this one no longer lists (a kind
    /// of data, a group of staff) where its words went with it.
    before: Option<&'a Locale>,
}

impl<'a> Told<'a> {
    /// What the notice of `notice`'s items told; none where only the changes are told (a
    /// notice's own items, a page's changes to come), which say these things their own way.
    fn new(contact: &'a str, notice: &'a [Noticed]) -> Self {
        let mut exceptions = HashMap::new();
        for n in notice {
            if let Some(e) = n.exception {
                exceptions
                    .entry(n.subprocessor.as_str())
                    .or_insert((n.name.as_str(), e));
            }
        }
        Told {
            contact,
            objectable: notice
                .iter()
                .filter(|n| n.objection_until.is_some())
                .map(|n| n.subprocessor.as_str())
                .collect(),
            exceptions,
            kept: notice
                .iter()
                .filter_map(|n| {
                    Some((
                        n.subprocessor.as_str(),
                        (n.name.as_str(), n.kept_objection()?),
                    ))
                })
                .collect(),
            revised_beside: HashSet::new(),
            added_beside: HashSet::new(),
            before: None,
        }
    }

    /// What a notice's item says alone, beside what the publication changed (`changes`).
    fn among(contact: &'a str, changes: &'a [Change]) -> Self {
        Told {
            revised_beside: (changes.iter())
                .filter(|c| told_as_it_is(c))
                .filter_map(Change::subprocessor)
                .collect(),
            added_beside: (changes.iter())
                .filter_map(|c| match c {
                    Change::SubprocessorAdded { id, .. } => Some(id.as_str()),
                    _ => None,
                })
                .collect(),
            ..Told::new(contact, &[])
        }
    }

    /// What message `message` says (given the organisation's name, as the page gives it), in
    /// the words of the publication that listed what it names (`listed`): `locale`'s for what
    /// is listed now, the publication before's for what is no longer (qa127: a group removed,
    /// its words kept and reworded, was named in words no page published); each in the other's
    /// where those lack it; `id` where neither has it.
    fn named(
        &self,
        (locale, listed): (&Locale, Listed),
        message: &str,
        org: FluentValue,
        id: &str,
    ) -> String {
        let mut given = FluentArgs::new();
        given.set("org", org);
        let words: [Option<&Locale>; 2] = match listed {
            Listed::Now => [Some(locale), self.before],
            Listed::Before => [self.before, Some(locale)],
        };
        (words.into_iter().flatten())
            .find_map(|words| words.format(message, &given).ok())
            .unwrap_or_else(|| id.to_string())
    }

    /// Whether controllers may object to what takes effect on `id`'s day, before it comes.
    fn objectable(&self, id: &str) -> bool {
        self.objectable.contains(id)
    }

    /// The exception to the notice period that what is published of `id` is made under, and
    /// the name the notice gives it.
    fn exception(&self, id: &str) -> Option<(&str, NoticeException)> {
        self.exceptions.get(id).copied()
    }

    /// The last day to object its notice kept for `id`'s change, taken effect at once, and the
    /// name the notice gives it.
    fn kept(&self, id: &str) -> Option<(&str, jiff::civil::Date)> {
        self.kept.get(id).copied()
    }

    /// Where controllers write, as a change log shows it.
    fn contact(&self) -> &str {
        self.contact.trim_start_matches("mailto:")
    }
}

/// Sub-processor changes one by one; other facts and reworded text once per section, of a
/// publication made on `published`, as its change log will tell them beside its `notice`, in
/// `locale`, and what it no longer lists in the words of the publication before (`before`),
/// where given. `contact` is where controllers write to object. What is still to come is told
/// so ([`Tense`]), as its group says.
pub fn describe_all(
    all: &[Change],
    (locale, before): (&Locale, Option<&Locale>),
    (org, contact): (&str, &str),
    notice: &[Noticed],
    published: jiff::civil::Date,
) -> Result<Vec<Item>, String> {
    let told = Told {
        before,
        ..Told::new(contact, notice)
    };
    describe_in(all, locale, org, &told, published, &BTreeMap::new(), None)
}

/// What a publication changed (as its change log tells it), which each item of its notice is
/// told beside ([`describe_noticed`]): read once for all the items.
pub struct Beside<'a>(Told<'a>);

impl<'a> Beside<'a> {
    /// `changes`, beside which controllers write to `contact` to object.
    pub fn new(contact: &'a str, changes: &'a [Change]) -> Self {
        Beside(Told::among(contact, changes))
    }
}

/// One item of a notice told on its own, in `tense`, as [`describe_one`] tells it, and, of a
/// day brought forward, whether what took effect was what was announced: what the publication
/// changed (`beside`) says.
pub fn describe_noticed(
    change: &Change,
    tense: Tense,
    locale: &Locale,
    org: &str,
    published: jiff::civil::Date,
    beside: &Beside,
) -> Result<Vec<Item>, String> {
    describe_in(
        std::slice::from_ref(change),
        locale,
        org,
        &beside.0,
        published,
        &BTreeMap::new(),
        Some(tense),
    )
}

/// How a list changed, as the messages choose their words by it: ids `added`, ids `removed`,
/// or both.
fn added_or_removed(added: &[String], removed: &[String]) -> &'static str {
    match (added.is_empty(), removed.is_empty()) {
        (false, true) => "added",
        (true, false) => "removed",
        _ => "both",
    }
}

/// A message's arguments: `pairs`, and the organisation's name as `organisation` (isolated as
/// the page needs).
fn with_org(
    organisation: &str,
    pairs: &[(&'static str, FluentValue<'static>)],
) -> FluentArgs<'static> {
    let mut a = FluentArgs::new();
    a.set("org", organisation.to_string());
    for (k, v) in pairs {
        a.set(*k, v.clone());
    }
    a
}

/// What changed of a fact the change log has words for, in `locale`, where the organisation is
/// named `organisation` (isolated as the page needs); the names in it are isolated on a
/// right-to-left page (`rtl`).
fn fact_change(
    what: &FactChange,
    locale: &Locale,
    organisation: &str,
    rtl: bool,
) -> Result<String, String> {
    let args = |pairs: &[(&'static str, FluentValue<'static>)]| with_org(organisation, pairs);
    let text = |s: &str| FluentValue::from(s.to_string());
    let fact = |s: &str| FluentValue::from(crate::text::isolate(s, rtl).into_owned());
    let words = |id: &str| -> Result<FluentValue<'static>, String> {
        Ok(text(&locale.format(id, &args(&[]))?))
    };
    let names = |list: &[String]| {
        let isolated: Vec<String> = (list.iter())
            .map(|n| crate::text::isolate(n, rtl).into_owned())
            .collect();
        text(&intl::and_list(&locale.language.locale, &isolated))
    };
    let yes_no = |b: bool| FluentValue::from(if b { "yes" } else { "no" });
    let (message, pairs) = match what {
        FactChange::RetentionStarts { was, now } => (
            Message::ChangeRetentionStarts,
            vec![
                ("was", words(&was.message_id())?),
                ("now", words(&now.message_id())?),
            ],
        ),
        FactChange::Frequency { was, now } => {
            let said = |f: &Option<crate::model::Frequency>| match f {
                Some(f) => words(&f.message_id()),
                None => Ok(text("")),
            };
            // Stated for the first time, or no longer: what is said changed, not how often.
            let change = Statement::of_option(was, now).variant();
            (
                Message::ChangeFrequency,
                vec![
                    ("change", text(change)),
                    ("was", said(was)?),
                    ("now", said(now)?),
                ],
            )
        }
        FactChange::NoticeDays { was, now } => {
            let days = |d: &Option<u32>| FluentValue::from(d.unwrap_or(0));
            // Stated for the first time, or no longer: what is said changed, not the period.
            let change = Statement::of_option(was, now).variant();
            (
                Message::ChangeNoticeDays,
                vec![
                    ("change", text(change)),
                    ("was", days(was)),
                    ("now", days(now)),
                ],
            )
        }
        FactChange::CustomerMayChange { now } => (
            Message::ChangeRetentionCustomerMayChange,
            vec![("now", yes_no(*now))],
        ),
        FactChange::RetentionAtEnd { was, now } => {
            // Each step is a sentence of its own, as the page lists them.
            let steps = |ends: &[crate::model::RetentionEnd]| -> Result<_, String> {
                let said = (ends.iter())
                    .map(|e| locale.format(&e.message_id(), &args(&[])))
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(text(&said.join(" ")))
            };
            (
                Message::ChangeRetentionAtEnd,
                vec![("was", steps(was)?), ("now", steps(now)?)],
            )
        }
        FactChange::BreachMonitoring { added, removed } => (
            Message::ChangeBreachMonitoring,
            vec![
                ("change", text(added_or_removed(added, removed))),
                ("added", names(added)),
                ("removed", names(removed)),
            ],
        ),
        FactChange::Storage {
            provider,
            city,
            what,
        } => {
            let mut pairs = vec![("provider", fact(provider)), ("city", fact(city))];
            let country =
                |c: &crate::model::Country| country_names(locale, [&c.code().to_string()]);
            let change = match what {
                StorageField::Provider { was } => {
                    pairs.extend([("was", fact(was)), ("now", fact(provider))]);
                    "provider"
                }
                StorageField::Place { was, now } => {
                    pairs.extend([
                        ("was-city", fact(&was.0)),
                        ("was-country", text(&country(&was.1))),
                        ("country", text(&country(&now.1))),
                    ]);
                    "place"
                }
                StorageField::Moved { was, now } => {
                    pairs.extend([
                        ("was", fact(&was.0)),
                        ("was-city", fact(&was.1)),
                        ("was-country", text(&country(&was.2))),
                        ("country", text(&country(&now.1))),
                    ]);
                    "moved"
                }
                StorageField::Hosting { was, now } => {
                    pairs.extend([
                        ("was", words(&was.message_id())?),
                        ("now", words(&now.message_id())?),
                    ]);
                    "hosting"
                }
                StorageField::Certifications { added, removed } => {
                    pairs.extend([("added", names(added)), ("removed", names(removed))]);
                    match added_or_removed(added, removed) {
                        "added" => "certifications-added",
                        "removed" => "certifications-removed",
                        _ => "certifications-both",
                    }
                }
                StorageField::SpecialCategories { now: true } => "sensitive-yes",
                StorageField::SpecialCategories { now: false } => "sensitive-no",
            };
            pairs.push(("change", text(change)));
            (Message::ChangeStorageLocation, pairs)
        }
    };
    Ok(locale.format(message.id(), &args(&pairs))?)
}

/// What a change withdrawn was to start, as the messages choose their words by it.
fn starts(what: Starts) -> &'static str {
    match what {
        Starts::Engagement => "engagement",
        Starts::Changes => "changes",
    }
}

/// The names of `codes` (ISO country codes) in `locale`, as a list.
fn country_names<'c>(locale: &Locale, codes: impl IntoIterator<Item = &'c String>) -> String {
    let names: Vec<String> = codes
        .into_iter()
        .map(|c| intl::country_name(&locale.language.locale, c).unwrap_or_else(|| c.clone()))
        .collect();
    intl::and_list(&locale.language.locale, &names)
}

/// The words `locale` names a sub-processor's purpose (an id) by.
fn purpose_words(locale: &Locale, purpose: &str) -> Result<String, FormatError> {
    locale.format(
        &format!("subprocessor-purpose-{purpose}"),
        &FluentArgs::new(),
    )
}

/// One change told on its own (in a notice, a page's box of changes to come, a part withdrawn),
/// in `tense`: alone, nothing beside it says whether it is still to come.
pub fn describe_one(
    change: &Change,
    tense: Tense,
    locale: &Locale,
    org: &str,
    contact: &str,
    published: jiff::civil::Date,
) -> Result<Vec<Item>, String> {
    describe_in(
        std::slice::from_ref(change),
        locale,
        org,
        &Told::new(contact, &[]),
        published,
        &BTreeMap::new(),
        Some(tense),
    )
}

/// Whether `c` tells a change of its sub-processor as it is: not as what took effect of an
/// announcement, nor as a day set or withdrawn whole. What says when and why it takes effect,
/// or since when it was engaged, is no change to what does (qa80: an exception given as the
/// day is brought forward).
fn told_as_it_is(c: &Change) -> bool {
    match c {
        Change::TakesEffect { .. }
        | Change::TookEffect { .. }
        | Change::Effective { .. }
        | Change::Withdrawn { part: None, .. } => false,
        Change::Record { fields, .. } => fields.iter().any(|f| {
            !matches!(
                f,
                RecordField::Effective | RecordField::NoticeException | RecordField::Engaged
            )
        }),
        _ => true,
    }
}

/// A section's, a document's or the feed's name, the message `id` of `locale` (given `args`):
/// where the language lacks it and the source's words stand in (the preview's and the
/// review's), bracketed as the page shows them ([`crate::text::not_translated`]), so that the summary's and the change
/// log's line, or the feed's title, reads as not translated yet, as the heading it names does.
fn named_by(locale: &Locale, id: &str, args: &FluentArgs) -> Result<String, FormatError> {
    let name = locale.format(id, args)?;
    Ok(match locale.has_message(id) {
        true => name,
        false => crate::text::not_translated(&name),
    })
}

/// [`describe_all`], in a translation whose words for `untranslated` messages did not follow
/// their rewording in the source: those are told as reworded in the original, and not yet in
/// the translation, or checked against it. Every change in `tense` where it is given, else in
/// its group's.
fn describe_in(
    all: &[Change],
    locale: &Locale,
    org: &str,
    told: &Told,
    published: jiff::civil::Date,
    untranslated: &Unfollowings,
    tense: Option<Tense>,
) -> Result<Vec<Item>, String> {
    // A rewording of the source, by how the translation stood to it; the translation's own
    // ([`own_rewordings`], which carry no texts) is told as reworded, though its source was
    // reworded too and its page marks it stale (qa146).
    let reworded = |change: &Change| match change {
        Change::Text {
            was: None,
            now: None,
            ..
        } => Message::ChangeReworded.id(),
        Change::Text {
            message, section, ..
        } => match untranslated.get(&(message.to_string(), section.clone())) {
            Some(Unfollowed::NotYet) => Message::ChangeRewordedOriginal.id(),
            Some(Unfollowed::Checked) => Message::ChangeRewordedOriginalChecked.id(),
            Some(Unfollowed::Restored) => Message::ChangeRewordedOriginalRestored.id(),
            None => Message::ChangeReworded.id(),
        },
        _ => Message::ChangeReworded.id(),
    };
    // An exception to the notice period is told beside the first change it excepts: of a
    // sub-processor with such a change, it is not also a change of its record, as if an earlier
    // record had changed apart from it (qa59). Given alone, it is one.
    let excepted: HashSet<&str> = (all.iter())
        .filter(|c| c.needs_notice().is_some())
        .filter_map(Change::subprocessor)
        .filter(|id| told.exception(id).is_some())
        .collect();
    let told_apart = |c: &Change| match c {
        Change::Record { id, fields, .. } if excepted.contains(id.as_str()) => {
            fields.contains(&RecordField::NoticeException)
        }
        _ => false,
    };
    let without_exception: Vec<Change>;
    let all: &[Change] = if all.iter().any(told_apart) {
        without_exception = (all.iter())
            .filter_map(|c| match told_apart(c) {
                true => c.without_notice_exception(),
                false => Some(c.clone()),
            })
            .collect();
        &without_exception
    } else {
        all
    };
    let mut items = Vec::new();
    let mut said: BTreeSet<(&str, Option<&str>)> = BTreeSet::new();
    // What changed of a fact, once: a place's city and country are one change.
    let mut facts_said: HashSet<String> = HashSet::new();
    // A location added while another goes is where the data is now, not also.
    let storage_gone = all
        .iter()
        .any(|c| matches!(c, Change::StorageRemoved { .. }));
    // A name, provider or city as written: isolated, so that on a right-to-left page it does
    // not reorder the sentence around it (`text::isolate`); the organisation's name too, as the
    // page's own headings isolate it.
    let rtl = intl::is_rtl(&locale.language.locale);
    let organisation = crate::text::isolate(org, rtl).into_owned();
    let args = |pairs: &[(&'static str, FluentValue<'static>)]| with_org(&organisation, pairs);
    let text = |s: &str| FluentValue::from(s.to_string());
    let fact = |s: &str| FluentValue::from(crate::text::isolate(s, rtl).into_owned());
    let yes_no = |b: bool| FluentValue::from(if b { "yes" } else { "no" });
    let long_date = |d: jiff::civil::Date| intl::long_date(&locale.language.formats, d);
    let mechanism_label =
        |m: crate::model::TransferMechanism| locale.format(&m.message_id(), &FluentArgs::new());
    // Of changes to `id` taking effect on a day to come: whether controllers may object before
    // then, as the notice says, and where they write.
    let objection = |id: &str, day: Option<jiff::civil::Date>| {
        let object = day.is_some() && told.objectable(id);
        let mut pairs = vec![("object", yes_no(object))];
        if object {
            pairs.push(("contact", fact(told.contact())));
        }
        pairs
    };
    // The ids of a list of data categories or subjects, each as the words name it; one no
    // longer listed, whose words went with it, as the publication before named it.
    let listed_names = |list: ProcessedList, ids: &[String], listed| -> FluentValue<'static> {
        let names: Vec<String> = ids
            .iter()
            .map(|id| {
                let message = format!("{}{id}", list.prefix());
                told.named((locale, listed), &message, fact(org), id)
            })
            .collect();
        text(&intl::and_list(&locale.language.locale, &names))
    };
    // The sub-processors of which a change is told as it is (not as what took effect of an
    // announcement, nor as a day set or withdrawn whole), or a part of an announcement is
    // withdrawn: of those, what took effect on a day brought forward is not what was
    // announced (qa71: a list announced and left out with its day, told as "what was announced
    // took effect"). Where changes are told one at a time (a notice's items), the
    // publication's other changes are read too.
    let told_here: HashSet<&str> = (all.iter())
        .filter(|c| told_as_it_is(c))
        .filter_map(Change::subprocessor)
        .collect();
    let told_beside = |id: &str| told_here.contains(id) || told.revised_beside.contains(id);
    // The sub-processors whose exception to the notice period is told, once each; and those
    // whose last day to object, kept, is.
    let mut excepted: BTreeSet<&str> = BTreeSet::new();
    let mut kept_told: HashMap<&str, (usize, Item)> = HashMap::new();
    // A part of a change, told in `message` with its `date`: withdrawn (as it was announced,
    // to come), or taken effect.
    let told_part = |message: Message,
                     date: jiff::civil::Date,
                     part: &Change,
                     tense: Tense|
     -> Result<String, String> {
        let said = describe_one(part, tense, locale, org, told.contact, published)?
            .into_iter()
            .map(|item| item.text)
            .collect::<Vec<_>>()
            .join(" ");
        Ok(locale.format(
            message.id(),
            &args(&[("date", text(&long_date(date)?)), ("change", text(&said))]),
        )?)
    };
    // The engaged sub-processors whose changes here take effect later: a day set for changes
    // made with it, or moved ([`changes::for_engaged`]).
    let to_come: BTreeSet<&str> = all
        .iter()
        .filter_map(|c| match c {
            Change::TakesEffect {
                id,
                was,
                now,
                what: Starts::Changes,
                ..
            } if *now > published => Some((id, was)),
            _ => None,
        })
        .filter(|(id, was)| {
            was.is_some()
                || all.iter().any(|c| {
                    !matches!(c, Change::TakesEffect { .. })
                        && c.subprocessor() == Some(id.as_str())
                })
        })
        .map(|(id, _)| id.as_str())
        .collect();
    // The sub-processors not engaged yet whose start this publication moves: what else changes
    // of them is announced with it.
    let announced: BTreeSet<&str> = all
        .iter()
        .filter_map(|c| match c {
            Change::Effective {
                id,
                was,
                now: Some(date),
                ..
            } if *date > published && !engaged_by(*was, published) => Some(id.as_str()),
            // Changed while still to be engaged: what changes is part of the announcement.
            Change::TakesEffect {
                id,
                now,
                what: Starts::Engagement,
                ..
            } if *now > published => Some(id.as_str()),
            _ => None,
        })
        .collect();
    for change in all {
        let group = match change {
            Change::Withdrawn { .. } => Group::Withdrawn,
            // An engagement announced for a day since the publication before: it joined the
            // list that day, as one published on its day says.
            Change::TakesEffect {
                was: Some(was),
                now,
                what: Starts::Engagement,
                ..
            } if was == now && *now < published => Group::Added,
            // What took effect on a day since the publication before is no longer to come, nor
            // is a change announced for this publication's day.
            Change::TakesEffect { now, .. } if *now < published => Group::Changed,
            Change::TakesEffect {
                was: Some(was),
                now,
                what: Starts::Changes,
                ..
            } if was == now && *now == published => Group::Changed,
            Change::TookEffect { .. } => Group::Changed,
            // An engagement announced for this publication's day: it joins the list today.
            Change::TakesEffect {
                now,
                what: Starts::Engagement,
                ..
            } if *now == published => Group::Added,
            // An engagement brought forward to this publication's day, or by dropping its day: it
            // joins the list today.
            Change::Effective {
                was: Some(was),
                now: Some(date),
                ..
            } if *date <= published && *was > published => Group::Added,
            Change::Effective {
                was: Some(was),
                now: None,
                ..
            } if *was > published => Group::Added,
            _ if change.subprocessor().is_some_and(|id| to_come.contains(id)) => Group::ToCome,
            _ if change
                .subprocessor()
                .is_some_and(|id| announced.contains(id)) =>
            {
                Group::Upcoming
            }
            Change::SubprocessorAdded { effective, .. } => match effective {
                Some(date) if *date > published => Group::Upcoming,
                _ => Group::Added,
            },
            Change::SubprocessorRemoved { .. }
            | Change::StorageRemoved { .. }
            | Change::Access {
                what: AccessChange::Removed,
                ..
            } => Group::Removed,
            Change::StorageAdded { .. }
            | Change::Access {
                what: AccessChange::Added { .. },
                ..
            } => Group::Added,
            Change::Effective {
                was,
                now: Some(date),
                ..
            } if *date > published && !engaged_by(*was, published) => Group::Upcoming,
            _ => Group::Changed,
        };
        let tense = tense.unwrap_or(match (group, change) {
            // An announcement renamed, its record or its fallback changed: its sub-processor is
            // announced so now, and listed so among those announced; nothing of it stands until
            // its day ("group (to be: …; until then: …)" named a group it was never listed in,
            // qa137; a fallback "until then" one it never fell back on).
            (
                Group::Upcoming,
                Change::SubprocessorRenamed { .. }
                | Change::Record { .. }
                | Change::SecurityLink { .. }
                | Change::Fallback { .. },
            ) => Tense::Now,
            (Group::ToCome | Group::Upcoming, _) => Tense::Later,
            _ => Tense::Now,
        });
        // Every message of a change hears when it holds; those of a sub-processor's statement
        // choose their words by it.
        let args = |pairs: &[(&'static str, FluentValue<'static>)]| -> FluentArgs<'static> {
            let mut a = args(pairs);
            a.set("when", tense.selector());
            a
        };
        let item = match change {
            // Alone, nothing changed; beside other changes, some facts are also reordered.
            Change::Reordered { .. } => {
                let message = match all.len() {
                    1 => Message::ChangesOrder,
                    _ => Message::ChangesOrderAlso,
                };
                locale.format(message.id(), &FluentArgs::new())?
            }
            Change::SubprocessorAdded {
                name,
                effective,
                engaged,
                ..
            } => {
                // Announced ahead only if it starts after the publication that adds it; listed
                // late, engaged since a day before it.
                let since = engaged.filter(|date| *date < published);
                let upcoming = match (effective.filter(|date| *date > published), since) {
                    (Some(date), _) => vec![
                        ("upcoming", text("yes")),
                        ("date", text(&long_date(date)?)),
                        ("contact", fact(told.contact())),
                    ],
                    (None, Some(date)) => vec![
                        ("upcoming", text("since")),
                        ("date", text(&long_date(date)?)),
                    ],
                    (None, None) => vec![("upcoming", text("no"))],
                };
                let mut pairs = vec![("name", fact(name))];
                pairs.extend(upcoming);
                locale.format(Message::ChangeSubprocessorAdded.id(), &args(&pairs))?
            }
            Change::SubprocessorRemoved { name, .. } => locale.format(
                Message::ChangeSubprocessorRemoved.id(),
                &args(&[("name", fact(name))]),
            )?,
            Change::StorageAdded { provider, city, .. } => locale.format(
                match storage_gone {
                    false => Message::ChangeStorageAdded.id(),
                    // With a location gone, "also" would say it is kept.
                    true => Message::ChangeStorageNow.id(),
                },
                &args(&[("provider", fact(provider)), ("city", fact(city))]),
            )?,
            Change::StorageRemoved { provider, city, .. } => locale.format(
                Message::ChangeStorageRemoved.id(),
                &args(&[("provider", fact(provider)), ("city", fact(city))]),
            )?,
            // Of a sub-processor added with it: what it is to be engaged for, not a purpose
            // stated anew.
            Change::Purpose {
                id,
                name,
                was: None,
                now: Some(purpose),
            } if told.added_beside.contains(id.as_str())
                || all.iter().any(
                    |c| matches!(c, Change::SubprocessorAdded { id: added, .. } if added == id),
                ) =>
            {
                locale.format(
                    Message::ChangePurposeNew.id(),
                    &args(&[
                        ("name", fact(name)),
                        ("purpose", text(&purpose_words(locale, purpose)?)),
                    ]),
                )?
            }
            Change::Purpose { name, was, now, .. } => {
                match now {
                    Some(purpose) => {
                        let mut pairs = vec![
                            ("name", fact(name)),
                            ("purpose", text(&purpose_words(locale, purpose)?)),
                            // Stated for the first time: not a new purpose, one now stated.
                            ("first", yes_no(was.is_none())),
                        ];
                        // A new one says which it replaces (qa80).
                        if let Some(was) = was {
                            let message = format!("subprocessor-purpose-{was}");
                            let named =
                                told.named((locale, Listed::Before), &message, fact(org), was);
                            pairs.push(("was", text(&named)));
                        }
                        locale.format(Message::ChangePurpose.id(), &args(&pairs))?
                    }
                    // No longer stated: which it was, as the record's values say it (qa130:
                    // "Purpose" alone read as another purpose replacing it).
                    None => {
                        let field =
                            locale.format(Message::SubprocessorPurpose.id(), &FluentArgs::new())?;
                        let was = was.as_ref().map(|was| {
                            let message = format!("subprocessor-purpose-{was}");
                            told.named((locale, Listed::Before), &message, fact(org), was)
                        });
                        let fields = locale.format(
                            Message::ChangeRecordValue.id(),
                            &args(&[
                                ("field", text(&field)),
                                ("change", text("unstated")),
                                ("was", text(&was.unwrap_or_default())),
                                ("now", text("")),
                            ]),
                        )?;
                        locale.format(
                            Message::ChangeRecord.id(),
                            &args(&[("name", fact(name)), ("fields", text(&fields))]),
                        )?
                    }
                }
            }
            // Countries no longer given: no list to give, and no country to object to.
            Change::Countries { name, now, .. } if now.is_empty() => locale.format(
                Message::ChangeRecord.id(),
                &args(&[
                    ("name", fact(name)),
                    (
                        "fields",
                        text(
                            &locale
                                .format(Message::SubprocessorCountries.id(), &FluentArgs::new())?,
                        ),
                    ),
                ]),
            )?,
            Change::Countries { name, now, .. } | Change::CountriesStated { name, now, .. } => {
                let names = |codes: &mut dyn Iterator<Item = &String>| -> FluentValue<'static> {
                    text(&country_names(locale, codes))
                };
                let mut pairs = vec![("name", fact(name)), ("countries", names(&mut now.iter()))];
                // Which countries it adds and which it leaves, beside the whole list: an
                // objection is to a country added. None where none were given before.
                let message = if let Change::Countries { was, .. } = change {
                    let mut added = now.iter().filter(|c| !was.contains(c)).peekable();
                    let mut left = was.iter().filter(|c| !now.contains(c)).peekable();
                    let difference = match (added.peek().is_some(), left.peek().is_some()) {
                        _ if was.is_empty() => "none",
                        (true, true) => "both",
                        (true, false) => "added",
                        (false, true) => "left",
                        (false, false) => "none",
                    };
                    pairs.push(("difference", text(difference)));
                    pairs.push(("added", names(&mut added)));
                    pairs.push(("left", names(&mut left)));
                    Message::ChangeCountries
                } else {
                    Message::ChangeCountriesStated
                };
                locale.format(message.id(), &args(&pairs))?
            }
            Change::DataToProcess {
                name,
                categories,
                subjects,
                ..
            } => {
                let lists = match (categories.is_empty(), subjects.is_empty()) {
                    (false, false) => "both",
                    (false, true) => "categories",
                    _ => "subjects",
                };
                locale.format(
                    Message::ChangeSubprocessorData.id(),
                    &args(&[
                        ("name", fact(name)),
                        ("lists", text(lists)),
                        (
                            "categories",
                            listed_names(ProcessedList::Categories, categories, Listed::Now),
                        ),
                        (
                            "subjects",
                            listed_names(ProcessedList::Subjects, subjects, Listed::Now),
                        ),
                    ]),
                )?
            }
            Change::Record {
                name,
                fields,
                was,
                now,
                ..
            } => {
                let words = fields
                    .iter()
                    .map(|f| -> Result<String, String> {
                        let field = locale.format(f.message().id(), &FluentArgs::new())?;
                        // Its group or headquarters: which, as named, now and before.
                        let one = |value: Option<&serde_json::Value>, listed| {
                            let id = value?.as_str()?;
                            Some(match f {
                                RecordField::Group => {
                                    let message = format!("subprocessor-group-{id}");
                                    told.named((locale, listed), &message, fact(org), id)
                                }
                                _ => country_names(locale, [&id.to_string()]),
                            })
                        };
                        if matches!(f, RecordField::Group | RecordField::Headquarters) {
                            let (before, after) = (
                                one(was.get(f), Listed::Before),
                                one(now.get(f), Listed::Now),
                            );
                            let change = match (&before, &after) {
                                (None, _) => "stated",
                                (_, None) => "unstated",
                                _ => "changed",
                            };
                            return Ok(locale.format(
                                Message::ChangeRecordValue.id(),
                                &args(&[
                                    ("field", text(&field)),
                                    ("change", text(change)),
                                    ("was", text(&before.unwrap_or_default())),
                                    ("now", text(&after.unwrap_or_default())),
                                ]),
                            )?);
                        }
                        let Some(list) = f.list() else {
                            return Ok(field);
                        };
                        // The data categories or subjects it receives: which, as named.
                        let ids = |value: Option<&serde_json::Value>| -> Vec<String> {
                            value
                                .and_then(serde_json::Value::as_array)
                                .into_iter()
                                .flatten()
                                .filter_map(|id| id.as_str().map(str::to_string))
                                .collect()
                        };
                        let (before, after) = (ids(was.get(f)), ids(now.get(f)));
                        let (added, removed) = changes::added_removed(&before, &after);
                        if added.is_empty() && removed.is_empty() {
                            return Ok(field);
                        }
                        // A list first given, or no longer given, is stated, or no longer: not
                        // data it starts or stops receiving.
                        let change = match (before.is_empty(), after.is_empty()) {
                            (true, false) => "stated",
                            (false, true) => "unstated",
                            _ => added_or_removed(&added, &removed),
                        };
                        Ok(locale.format(
                            Message::ChangeRecordList.id(),
                            &args(&[
                                ("field", text(&field)),
                                ("change", text(change)),
                                ("added", listed_names(list, &added, Listed::Now)),
                                ("removed", listed_names(list, &removed, Listed::Before)),
                            ]),
                        )?)
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                locale.format(
                    Message::ChangeRecord.id(),
                    &args(&[
                        ("name", fact(name)),
                        (
                            "fields",
                            text(&intl::and_list(&locale.language.locale, &words)),
                        ),
                    ]),
                )?
            }
            Change::RetentionPeriod { was, now } => {
                let period = |p: &crate::model::Period| -> Result<FluentValue<'static>, String> {
                    let mut a = FluentArgs::new();
                    a.set("count", p.count);
                    a.set("unit", p.unit.as_str());
                    Ok(text(&locale.format(Message::RetentionPeriod.id(), &a)?))
                };
                // Written in other units, it is as long as it was: told as that, not as a
                // change of how long data is kept.
                let message = match was.same_length(now) {
                    true => Message::ChangeRetentionPeriodRestated,
                    false => Message::ChangeRetentionPeriod,
                };
                locale.format(
                    message.id(),
                    &args(&[("was", period(was)?), ("now", period(now)?)]),
                )?
            }
            Change::Processed {
                list,
                added,
                removed,
                statement,
            } => {
                let names = |ids: &[String], listed| listed_names(*list, ids, listed);
                // Stated for the first time, or no longer: what is said changed, not what is
                // done.
                let change = match statement {
                    Statement::Changed => added_or_removed(added, removed),
                    stated => stated.variant(),
                };
                let message = match list {
                    ProcessedList::Subjects => Message::ChangeDataSubjects,
                    ProcessedList::Categories => Message::ChangeDataCategories,
                    ProcessedList::Purposes => Message::ChangePurposes,
                    ProcessedList::Operations => Message::ChangeOperations,
                };
                locale.format(
                    message.id(),
                    &args(&[
                        ("change", text(change)),
                        ("added", names(added, Listed::Now)),
                        ("removed", names(removed, Listed::Before)),
                    ]),
                )?
            }
            Change::Access { group, what } => {
                // The group as the words name it; one no longer listed, whose name went with
                // it, as the publication before named it.
                let listed = match what {
                    AccessChange::Removed => Listed::Before,
                    _ => Listed::Now,
                };
                let message = format!("access-group-{group}");
                let name = told.named((locale, listed), &message, fact(org), group);
                let level = |l: &AccessLevel| -> Result<FluentValue<'static>, String> {
                    Ok(text(&locale.format(&l.message_id(), &FluentArgs::new())?))
                };
                let mut pairs = vec![("group", text(&name))];
                let change = match what {
                    AccessChange::Added { access } => {
                        pairs.push(("level", level(access)?));
                        "added"
                    }
                    AccessChange::Removed => "removed",
                    AccessChange::Level { was, now } => {
                        pairs.push(("was", level(was)?));
                        pairs.push(("level", level(now)?));
                        "level"
                    }
                    AccessChange::Agreement { was, now } => match (was, now) {
                        (_, Some(true)) => "agreement-added",
                        (Some(true), Some(false)) => "agreement-removed",
                        // Not said before: stated now, not taken away.
                        (_, Some(false)) => "agreement-none",
                        (_, None) => "agreement-unstated",
                    },
                };
                pairs.push(("change", text(change)));
                locale.format(Message::ChangeAccess.id(), &args(&pairs))?
            }
            Change::OrganisationRenamed { was, now } => locale.format(
                Message::ChangeOrganisationRenamed.id(),
                &args(&[("was", fact(was)), ("name", fact(now))]),
            )?,
            Change::Contact { was, now } => {
                let address = |link: &str| fact(link.trim_start_matches("mailto:"));
                locale.format(
                    Message::ChangeContact.id(),
                    &args(&[("was", address(was)), ("now", address(now))]),
                )?
            }
            Change::BreachDeadline { was, now } => locale.format(
                Message::ChangeBreachDeadline.id(),
                &args(&[
                    ("was", FluentValue::from(*was)),
                    ("now", FluentValue::from(*now)),
                ]),
            )?,
            Change::SubprocessorRenamed { was, now, .. } => locale.format(
                Message::ChangeSubprocessorRenamed.id(),
                &args(&[("was", fact(was)), ("name", fact(now))]),
            )?,
            Change::PersonalData { name, now, .. } => locale.format(
                Message::ChangePersonalData.id(),
                &args(&[("name", fact(name)), ("now", yes_no(*now))]),
            )?,
            Change::Transfer { name, was, now, .. } => match (was, now) {
                (
                    Transfer::WithinEea,
                    Transfer::OutsideEea {
                        mechanism,
                        fallback,
                    },
                ) => {
                    // Named as the table names it, with the mechanism it falls back on.
                    let mechanism = match fallback {
                        None => mechanism_label(*mechanism)?,
                        Some(fallback) => locale.format(
                            Message::SubprocessorFallback.id(),
                            &args(&[
                                ("mechanism", text(&mechanism_label(*mechanism)?)),
                                ("fallback", text(&mechanism_label(*fallback)?)),
                            ]),
                        )?,
                    };
                    locale.format(
                        Message::ChangeOutsideEea.id(),
                        &args(&[
                            ("name", fact(name)),
                            ("now", yes_no(true)),
                            ("mechanism", text(&mechanism)),
                        ]),
                    )?
                }
                (Transfer::OutsideEea { .. }, Transfer::WithinEea) => locale.format(
                    Message::ChangeOutsideEea.id(),
                    &args(&[("name", fact(name)), ("now", yes_no(false))]),
                )?,
                (
                    Transfer::OutsideEea { mechanism: was, .. },
                    Transfer::OutsideEea { mechanism, .. },
                ) => locale.format(
                    Message::ChangeMechanism.id(),
                    &args(&[
                        ("name", fact(name)),
                        ("mechanism", text(&mechanism_label(*mechanism)?)),
                        ("was", text(&mechanism_label(*was)?)),
                    ]),
                )?,
                (Transfer::WithinEea, Transfer::WithinEea) => continue,
            },
            Change::Fallback { name, was, now, .. } => {
                let mut pairs = vec![("name", fact(name))];
                for (key, mechanism) in [("was", was), ("now", now)] {
                    if let Some(mechanism) = mechanism {
                        pairs.push((key, text(&mechanism_label(*mechanism)?)));
                    }
                }
                let kind = match (was, now) {
                    (None, _) => "added",
                    (_, None) => "removed",
                    _ => "changed",
                };
                pairs.push(("kind", text(kind)));
                locale.format(Message::ChangeFallback.id(), &args(&pairs))?
            }
            Change::SecurityLink { name, was, now, .. } => {
                let kind = match (was, now) {
                    (None, Some(_)) => "added",
                    (Some(_), None) => "removed",
                    _ => "changed",
                };
                locale.format(
                    Message::ChangeSecurityLink.id(),
                    &args(&[("name", fact(name)), ("kind", text(kind))]),
                )?
            }
            Change::Effective {
                id, name, was, now, ..
            } => {
                let mut pairs = vec![("name", fact(name))];
                let kind = match (was, now) {
                    // Already engaged: the date is when its other changes take effect.
                    (_, Some(_)) if engaged_by(*was, published) => "takes-effect",
                    (None, Some(_)) => "set",
                    // Brought forward to this publication's day: engaged with it.
                    (Some(_), Some(date)) if *date <= published => "brought-forward",
                    (Some(_), Some(_)) => "moved",
                    _ => "dropped",
                };
                pairs.push(("kind", text(kind)));
                if matches!(kind, "takes-effect" | "moved") {
                    pairs.extend(objection(id, (*now).filter(|d| *d > published)));
                }
                if let Some(date) = now {
                    pairs.push(("date", text(&long_date(*date)?)));
                }
                if let Some(date) = was {
                    pairs.push(("was", text(&long_date(*date)?)));
                }
                locale.format(Message::ChangeEffective.id(), &args(&pairs))?
            }
            // Of one not engaged yet, changed: it is still to be engaged on its day, with the
            // changes listed beside; where all that changed of it is withdrawn, with none.
            Change::TakesEffect {
                id,
                name,
                was: Some(was),
                now,
                what: Starts::Engagement,
            } if was == now && *now > published => {
                let listed = all.iter().any(|c| {
                    c.subprocessor() == Some(id.as_str())
                        && !matches!(c, Change::TakesEffect { .. } | Change::Withdrawn { .. })
                });
                let mut pairs = vec![("name", fact(name)), ("date", text(&long_date(*now)?))];
                let message = match listed {
                    // Controllers may object to the changes, where the notice says so (qa80).
                    true => {
                        pairs.extend(objection(id, Some(*now)));
                        Message::ChangeEngagementWithChanges
                    }
                    false => Message::ChangeEngagementStands,
                };
                locale.format(message.id(), &args(&pairs))?
            }
            Change::TakesEffect {
                id,
                name,
                was,
                now,
                what,
            } => {
                let mut pairs = vec![("name", fact(name)), ("date", text(&long_date(*now)?))];
                match was {
                    // Brought forward to this publication's day: what was announced took
                    // effect with it, or it was engaged with it.
                    Some(was) if was != now && *now <= published => {
                        // What took effect is told beside it as a change of its own where it
                        // differs from what was announced: then not what was announced took
                        // effect, but what it was revised to.
                        let revised = told_beside(id.as_str());
                        let kind = match what {
                            Starts::Engagement => "brought-forward",
                            Starts::Changes if revised => "change-revised-brought-forward",
                            Starts::Changes => "change-brought-forward",
                        };
                        pairs.push(("kind", text(kind)));
                        pairs.push(("was", text(&long_date(*was)?)));
                    }
                    Some(was) if was != now => {
                        pairs.push(("kind", text("change-moved")));
                        pairs.push(("was", text(&long_date(*was)?)));
                        pairs.extend(objection(id, Some(*now)));
                    }
                    // An engagement, come or announced for today: not a change to one
                    // engaged before.
                    _ if *what == Starts::Engagement => pairs.push(("kind", text("set"))),
                    // A day come (this publication's, or passed and dropped): what was
                    // announced took effect on it.
                    _ if *now <= published => pairs.push(("kind", text("took-effect"))),
                    _ => {
                        pairs.push(("kind", text("takes-effect")));
                        pairs.extend(objection(id, Some(*now)));
                    }
                }
                locale.format(Message::ChangeEffective.id(), &args(&pairs))?
            }
            Change::Withdrawn {
                name,
                was,
                part: None,
                what,
                ..
            } => locale.format(
                Message::ChangeWithdrawn.id(),
                &args(&[
                    ("name", fact(name)),
                    ("date", text(&long_date(*was)?)),
                    ("kind", text(starts(*what))),
                ]),
            )?,
            Change::TookEffect { day, part, .. } => {
                told_part(Message::ChangeTookEffectPart, *day, part, Tense::Now)?
            }
            // A purpose first stated by the change withdrawn: none is stated now, which is what
            // a reader needs told, beside the one that was announced.
            Change::Withdrawn {
                was,
                part: Some(part),
                what,
                ..
            } if let Change::Purpose {
                name,
                was: None,
                now: Some(purpose),
                ..
            } = &**part =>
            {
                let said = locale.format(
                    Message::ChangePurposeWithdrawn.id(),
                    &args(&[
                        ("name", fact(name)),
                        ("purpose", text(&purpose_words(locale, purpose)?)),
                        ("what", text(starts(*what))),
                    ]),
                )?;
                locale.format(
                    Message::ChangeWithdrawnPart.id(),
                    &args(&[("date", text(&long_date(*was)?)), ("change", text(&said))]),
                )?
            }
            // Countries first given by the change withdrawn, none given now.
            Change::Withdrawn {
                was: day,
                part: Some(part),
                what,
                ..
            } if let Change::Countries { name, was, now, .. } = &**part
                && now.is_empty() =>
            {
                let said = locale.format(
                    Message::ChangeCountriesWithdrawn.id(),
                    &args(&[
                        ("name", fact(name)),
                        ("countries", text(&country_names(locale, was))),
                        ("what", text(starts(*what))),
                    ]),
                )?;
                locale.format(
                    Message::ChangeWithdrawnPart.id(),
                    &args(&[("date", text(&long_date(*day)?)), ("change", text(&said))]),
                )?
            }
            Change::Withdrawn {
                was,
                part: Some(part),
                ..
            } => told_part(Message::ChangeWithdrawnPart, *was, part, Tense::Later)?,
            // Words of the annex only: it is named, not the page.
            Change::Text { section: None, .. }
                if change.shown_through().is_some_and(sections::is_annex_only) =>
            {
                let key = reworded(change);
                if !said.insert((key, Some("annex"))) {
                    continue;
                }
                let annex = named_by(locale, Message::AnnexTitle.id(), &args(&[]))?;
                locale.format(key, &args(&[("section", text(&annex))]))?
            }
            Change::Fact {
                what: Some(what), ..
            } => {
                let said = fact_change(what, locale, &organisation, rtl)?;
                if !facts_said.insert(said.clone()) {
                    continue;
                }
                said
            }
            Change::Fact { section, .. } | Change::Text { section, .. } => {
                let key = match change {
                    Change::Text { .. } => reworded(change),
                    _ => Message::ChangeSection.id(),
                };
                match section.as_deref().and_then(sections::by_id) {
                    Some(s) => {
                        if !said.insert((key, Some(s.id))) {
                            continue;
                        }
                        let heading = named_by(locale, s.heading, &args(&[]))?;
                        locale.format(key, &args(&[("section", text(&heading))]))?
                    }
                    // Words of no section: where they are shown, once each.
                    None => {
                        // Of a translation, whether it follows the original's rewording yet.
                        let (reworded, state) = match key == Message::ChangeRewordedOriginal.id() {
                            true => (key, "original"),
                            false => (Message::ChangeReworded.id(), "reworded"),
                        };
                        let (key, shown) = match change.shown_through() {
                            Some(message) => match sections::Elsewhere::of(message).selector() {
                                Some(shown) => (Message::ChangeRewordedElsewhere.id(), Some(shown)),
                                None => (Message::ChangeRewordedOther.id(), None),
                            },
                            _ => (Message::ChangeSection.id(), None),
                        };
                        let once = match shown {
                            Some(_) => (reworded, shown),
                            None => (key, None),
                        };
                        if !said.insert(once) {
                            continue;
                        }
                        match shown {
                            Some(shown) => locale.format(
                                key,
                                &args(&[("where", text(shown)), ("state", text(state))]),
                            )?,
                            None if change.is_text() => {
                                locale.format(key, &args(&[("state", text(state))]))?
                            }
                            None => {
                                let page = locale.format(Message::PageTitle.id(), &args(&[]))?;
                                locale.format(key, &args(&[("section", text(&page))]))?
                            }
                        }
                    }
                }
            }
        };
        items.push(Item {
            text: item,
            group,
            anchor: change.anchor(),
        });
        // Why it was published without the full notice, after the first change it excepts:
        // one that needs notice (not what took effect as announced before).
        if let Some(id) = change.subprocessor()
            && change.needs_notice().is_some()
            && let Some((name, reason)) = told.exception(id)
            && excepted.insert(id)
        {
            items.push(Item {
                text: locale.format(
                    Message::ChangeNoticeException.id(),
                    &args(&[("name", fact(name)), ("reason", text(reason.as_str()))]),
                )?,
                group,
                anchor: change.anchor(),
            });
        }
        // Taken effect at once, it may still be objected to until the day the notice kept, as
        // the notice, the page and the annex say: told after its last change.
        if let Some(id) = change.subprocessor()
            && let Some((name, day)) = told.kept(id)
        {
            let said = Item {
                text: locale.format(
                    Message::ChangeObjectionKept.id(),
                    &args(&[
                        ("name", fact(name)),
                        ("date", text(&long_date(day)?)),
                        ("contact", fact(told.contact())),
                    ]),
                )?,
                group,
                anchor: change.anchor(),
            };
            kept_told.insert(id, (items.len(), said));
        }
    }
    let mut kept_told: Vec<(usize, Item)> = kept_told.into_values().collect();
    // From the last place back, so that each place before stays where it was.
    kept_told.sort_by_key(|(after, _)| std::cmp::Reverse(*after));
    for (after, said) in kept_told {
        items.insert(after, said);
    }
    // Only a term changed (say): still say that something did.
    if items.is_empty() {
        items.push(Item {
            text: locale.format(Message::ChangesWording.id(), &FluentArgs::new())?,
            group: Group::Changed,
            anchor: None,
        });
    }
    Ok(items)
}

/// Where the feed's links point: absolute under `base` when the site has a `base-url`.
pub struct FeedLinks<'a> {
    pub base: Option<&'a str>,
    /// A host name the organisation owns, for `tag:` ids, calendar UIDs and Message-IDs:
    /// [`authority`].
    pub authority: &'a str,
    /// The source language's tag and its own name, which an entry told in stale words links
    /// as the one that prevails.
    pub source: (String, String),
}

/// The host name what candor publishes is identified under (`tag:` ids of the feeds, the UIDs
/// of the calendars' events, the Message-IDs of the notices): that of the organisation's
/// privacy-policy link as the first publication of `history` stated it, else as `model` states
/// it. Once published, an id does not change (RFC 4287 4.2.6; a calendar matches an update to
/// the event it imported by its UID, RFC 5546): taken from the link as it stands, a link moved
/// to another host gave every notice and feed entry already published new ids, and a notice
/// that moved a day made new events beside the ones imported (qa100).
pub fn authority(history: &[Publication], model: &Model) -> String {
    let first = history.first().and_then(|p| p.snapshot.model().ok());
    url::Url::parse(first.unwrap_or(model).organisation.privacy_policy.as_str())
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_else(|| "candor.invalid".into())
}

/// The Atom feed of one language's change log, written by atom_syndication.
pub fn atom(
    entries: &[Entry],
    locale: &Locale,
    org: &str,
    links: &FeedLinks,
) -> Result<Vec<u8>, String> {
    let lang = &locale.language.tag;
    let mut args = FluentArgs::new();
    // Isolated on a right-to-left feed, as the pages isolate it: a Latin name does not reorder
    // the title around it.
    let rtl = intl::is_rtl(&locale.language.locale);
    args.set("org", crate::text::isolate(org, rtl).into_owned());
    let url = |path: &str| match links.base {
        Some(base) => format!("{}/{lang}/{path}", base.trim_end_matches('/')),
        None => path.to_string(),
    };
    // A file at the site's root, such as a publication's canonical file: the feed is one level
    // below it.
    let root_url = |path: &str| match links.base {
        Some(base) => format!("{}/{path}", base.trim_end_matches('/')),
        None => format!("../{path}"),
    };
    let fingerprint_words =
        crate::text::escape_html(&locale.format(Message::PublicationFingerprint.id(), &args)?);
    let first = entries.last().map_or("2000-01-01", |e| e.iso.as_str());
    let moment = |rfc3339: &str| rfc3339.parse::<FixedDateTime>().map_err(|e| e.to_string());
    let mut feed = Feed::default();
    feed.set_id(format!(
        "tag:{},{first}:candor/{lang}/changes",
        links.authority
    ));
    feed.set_title(named_by(locale, Message::FeedTitle.id(), &args)?);
    feed.set_lang(lang.to_string());
    // The newest entry, or an older one whose translation was revised since.
    let mut updated = moment(&format!("{first}T00:00:00Z"))?;
    for e in entries {
        updated = updated.max(moment(&e.updated)?);
    }
    feed.set_updated(updated);
    feed.set_authors(vec![Person {
        name: org.to_string(),
        ..Default::default()
    }]);
    feed.set_links(vec![
        Link {
            href: url("feed.xml"),
            rel: "self".into(),
            mime_type: Some("application/atom+xml".into()),
            ..Default::default()
        },
        Link {
            href: url("changes/index.html"),
            rel: "alternate".into(),
            mime_type: Some("text/html".into()),
            hreflang: Some(lang.clone()),
            ..Default::default()
        },
    ]);
    let mut atom_entries = Vec::new();
    for e in entries {
        let mut a = FluentArgs::new();
        a.set("date", e.date.clone());
        let key = if e.first {
            Message::FeedEntryFirst.id()
        } else {
            Message::FeedEntryTitle.id()
        };
        let mut entry = AtomEntry::default();
        entry.set_id(format!(
            "tag:{},{}:candor/{lang}/changes/{}",
            links.authority, e.iso, e.id
        ));
        entry.set_title(Text::plain(locale.format(key, &a)?));
        entry.set_updated(moment(&e.updated)?);
        entry.set_published(Some(moment(&e.published)?));
        entry.set_links(vec![
            Link {
                href: url(&format!("changes/index.html#{}", e.id)),
                rel: "alternate".into(),
                mime_type: Some("text/html".into()),
                hreflang: Some(lang.clone()),
                ..Default::default()
            },
            // The canonical form the fingerprint hashes, for anyone to check it.
            Link {
                href: root_url(&e.canonical),
                rel: "related".into(),
                mime_type: Some("application/json".into()),
                ..Default::default()
            },
        ]);
        // Each change links its row or section on the archived page of its publication.
        let list = |items: &[Item]| -> String {
            let lis: String = items
                .iter()
                .map(|i| {
                    let text = crate::text::escape_html(&i.text);
                    match &i.anchor {
                        Some(anchor) => format!(
                            "<li><a href=\"{}\">{text}</a></li>",
                            crate::text::escape_html(&url(&format!(
                                "archive/{}/index.html#{anchor}",
                                e.id
                            )))
                        ),
                        None => format!("<li>{text}</li>"),
                    }
                })
                .collect();
            format!("<ul>{lis}</ul>")
        };
        let body: String = match e.groups.as_slice() {
            [] => list(&e.items),
            groups => groups
                .iter()
                .map(|g| {
                    format!(
                        "<h3>{}</h3>{}",
                        crate::text::escape_html(&g.heading),
                        list(&g.items)
                    )
                })
                .collect(),
        };
        // Words that did not follow the original yet, first, with a link to the original's
        // entry, as the page has it (qa156: the feed, read on its own, named no original).
        let body = match &e.stale {
            Some(stale) => {
                let (tag, name) = &links.source;
                let href = root_url(&format!("{tag}/changes/index.html#{}", e.id));
                format!(
                    "<p class=\"stale-notice\">{} <a href=\"{}\" hreflang=\"{tag}\" lang=\"{tag}\">{}</a></p>{body}",
                    crate::text::escape_html(stale),
                    crate::text::escape_html(&href),
                    crate::text::escape_html(name)
                )
            }
            None => body,
        };
        // That its translation was revised since, or came later, where it was; and a link to
        // the archive's copy of each wording shown since.
        let mut body = [&e.revised, &e.later]
            .into_iter()
            .flatten()
            .fold(body, |body, said| {
                format!("{body}<p>{}</p>", crate::text::escape_html(said))
            });
        if !e.revisions.is_empty() {
            body.push_str("<ul>");
            for r in &e.revisions {
                let mut a = FluentArgs::new();
                a.set("date", r.date.clone());
                let text = locale.format(Message::ArchiveRevisedOn.id(), &a)?;
                let href = url(&format!("archive/{}/{}/index.html", e.id, r.folder));
                body.push_str(&format!(
                    "<li><a href=\"{}\">{}</a></li>",
                    crate::text::escape_html(&href),
                    crate::text::escape_html(&text)
                ));
            }
            body.push_str("</ul>");
        }
        // The notice to controllers, where the publication has one.
        let notice = if e.notice {
            let dir = notice_folder(&e.id);
            let link = |file: &str, words: &str| {
                format!(
                    "<a href=\"{}\">{words}</a>",
                    crate::text::escape_html(&url(&format!("{dir}/{file}")))
                )
            };
            let email = locale.format(Message::NoticeFormatEmail.id(), &args)?;
            let calendar = match e.calendar {
                true => format!(" · {}", link("notice.ics", "iCalendar (.ics)")),
                false => String::new(),
            };
            format!(
                "<p>{} {} · {} · {}{calendar}</p>",
                crate::text::escape_html(&locale.format(Message::NoticeLink.id(), &args)?),
                link("notice.md", "Markdown"),
                link("notice.eml", &crate::text::escape_html(&email)),
                link("notice.json", "JSON"),
            )
        } else {
            String::new()
        };
        let mut content = Content::default();
        content.set_content_type("html".to_string());
        content.set_lang(lang.to_string());
        let html = format!(
            "{body}{notice}<p>{fingerprint_words} <code>{}</code></p>",
            crate::text::escape_html(&e.fingerprint)
        );
        // A reader that does not take the direction from `xml:lang` is told it, as the pages
        // tell the browser (qa100: the Arabic entries read left to right).
        content.set_value(match rtl {
            true => format!("<div dir=\"rtl\">{html}</div>"),
            false => html,
        });
        entry.set_content(content);
        atom_entries.push(entry);
    }
    feed.set_entries(atom_entries);
    let config = atom_syndication::WriteConfig {
        write_document_declaration: true,
        indent_size: Some(2),
    };
    let xml = feed
        .write_with_config(Vec::new(), config)
        .map_err(|e| format!("cannot write the feed: {e}"))?;
    Ok(xml_safe(xml))
}

/// The feed with every character XML 1.0 forbids (C0 controls but tab, line feed and carriage
/// return; U+FFFE, U+FFFF) replaced by U+FFFD. atom_syndication escapes markup but passes those
/// through, and one of them makes the whole feed ill-formed: readers then drop it. Done here, on
/// the written document, so that no field (title, author, entry, link) can be missed; the
/// document's own markup is ASCII, so only text and attribute values change. Names and messages
/// are checked on input too; this also covers text from earlier publications in candor.lock.
fn xml_safe(xml: Vec<u8>) -> Vec<u8> {
    match String::from_utf8(xml) {
        Ok(text) => match crate::text::xml_safe(&text) {
            std::borrow::Cow::Borrowed(_) => text.into_bytes(),
            std::borrow::Cow::Owned(safe) => safe.into_bytes(),
        },
        // The writer writes `&str`s only, so this is not reached; lossy decoding is still safe.
        Err(e) => crate::text::xml_safe(&String::from_utf8_lossy(e.as_bytes()))
            .into_owned()
            .into_bytes(),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use proptest::prelude::*;

    use super::*;

    fn date(text: &str) -> jiff::civil::Date {
        text.parse().unwrap()
    }

    fn publication(text: &str) -> PublicationId {
        PublicationId {
            date: date(text),
            nth: 1,
        }
    }

    /// A notice's item about `id`, taking effect on `effective` with the day before it the last
    /// to object (or at once, on `effective`, when `object` is false).
    fn noticed(change: Change, id: &str, effective: &str, object: bool) -> Noticed {
        let effective = date(effective);
        let change_withdraws = change.withdraws();
        Noticed {
            change,
            subprocessor: id.to_string(),
            name: id.to_string(),
            effective,
            objection_until: object.then(|| effective.yesterday().unwrap()),
            objection_cut: None,
            exception: None,
            objectable: !change_withdraws,
            engaged: true,
        }
    }

    #[test]
    fn a_removal_cancels_the_events_of_a_change_still_to_come_and_a_day_passed_is_not_updated() {
        let added = |id: &str| Change::SubprocessorAdded {
            id: id.to_string(),
            name: id.to_string(),
            effective: None,
            engaged: None,
        };
        let removed = |id: &str| Change::SubprocessorRemoved {
            id: id.to_string(),
            name: id.to_string(),
        };
        let withdrawn = |id: &str| Change::Withdrawn {
            id: id.to_string(),
            name: id.to_string(),
            was: date("2027-03-01"),
            part: None,
            what: Starts::Changes,
        };
        let mut calendars = Calendars::default();
        let first = calendars.schedule(
            publication("2027-01-01"),
            date("2027-01-01"),
            &[
                noticed(added("a"), "a", "2027-03-01", true),
                noticed(added("b"), "b", "2027-02-01", true),
            ],
            &BTreeMap::new(),
        );
        assert_eq!(first.len(), 4);
        // On 15 February, b has started; a is removed beside c, which replaces it, and its
        // engagement to come withdrawn.
        let later = calendars.schedule(
            publication("2027-02-15"),
            date("2027-02-15"),
            &[
                noticed(added("c"), "c", "2027-04-01", true),
                noticed(added("b"), "b", "2027-05-01", true),
                noticed(withdrawn("a"), "a", "2027-02-15", false),
                noticed(removed("a"), "a", "2027-02-15", false),
            ],
            &BTreeMap::new(),
        );
        // With nothing else due, each event describes what the notice tells of it; a
        // cancelled one, what will not take effect, and a's removal the removal.
        let event = |id: &str, day, on: &str, announced: &str, sequence, status| Scheduled {
            subprocessor: id.to_string(),
            day,
            date: date(on),
            announced: publication(announced),
            sequence,
            status,
            due: vec![if id == "a" { withdrawn(id) } else { added(id) }],
        };
        use EventDay::*;
        use EventStatus::*;
        assert_eq!(
            later,
            [
                event("c", Start, "2027-04-01", "2027-02-15", 0, Confirmed),
                event("c", LastToObject, "2027-03-31", "2027-02-15", 0, Confirmed),
                // b's first events are in the past: new ones.
                event("b", Start, "2027-05-01", "2027-02-15", 0, Confirmed),
                event("b", LastToObject, "2027-04-30", "2027-02-15", 0, Confirmed),
                event("a", Start, "2027-03-01", "2027-01-01", 1, Cancelled),
                event("a", LastToObject, "2027-02-28", "2027-01-01", 1, Cancelled),
                // Its removal, which does happen: an event of this notice's own.
                Scheduled {
                    due: vec![removed("a")],
                    ..event("a", Start, "2027-02-15", "2027-02-15", 0, Confirmed)
                },
            ]
        );
    }

    fn plain(text: &str) -> Item {
        Item {
            text: text.to_string(),
            group: Group::Changed,
            anchor: None,
        }
    }
    use crate::diagnostic::Diagnostics;
    use crate::load::config::Language;

    /// A language whose feed messages say `words` (as written in a locale file).
    fn locale(words: &str) -> Locale {
        let language = Language::of_tag("en");
        let messages: BTreeMap<String, String> = [
            ("feed-title", format!("{words} {{ $org }}")),
            ("feed-entry-first", format!("{words} {{ $date }}")),
            ("feed-entry-title", format!("{words} {{ $date }}")),
            ("publication-fingerprint", words.to_string()),
        ]
        .into_iter()
        .map(|(id, value)| (id.to_string(), format!("{id} = {value}")))
        .collect();
        let mut diags = Diagnostics::default();
        let locale = Locale::from_recorded(&language, &messages, "test", &mut diags);
        assert!(!diags.has_errors(), "{diags:?}");
        locale
    }

    fn feed(words: &str, org: &str, item: &str) -> String {
        let entries = [
            Entry {
                id: "2025-10-30".into(),
                iso: "2025-10-30".into(),
                published: "2025-10-30T00:00:00Z".into(),
                updated: "2025-10-30T00:00:00Z".into(),
                date: format!("30 October 2025{item}"),
                items: vec![plain(item), plain(&format!("<b>{item}</b>"))],
                groups: Vec::new(),
                notice: false,
                calendar: false,
                revised: None,
                revisions: Vec::new(),
                later: None,
                stale: None,
                first: false,
                fingerprint: "sha256:2".into(),
                canonical: "history/2025-10-30.json".into(),
            },
            Entry {
                id: "2025-01-01".into(),
                iso: "2025-01-01".into(),
                published: "2025-01-01T00:00:00Z".into(),
                updated: "2025-01-01T00:00:00Z".into(),
                date: "1 January 2025".into(),
                items: vec![plain("first")],
                groups: Vec::new(),
                notice: false,
                calendar: false,
                revised: None,
                revisions: Vec::new(),
                later: None,
                stale: None,
                first: true,
                fingerprint: "sha256:1".into(),
                canonical: "history/2025-01-01.json".into(),
            },
        ];
        let links = FeedLinks {
            base: Some("https://example.com/privacy"),
            authority: "example.com",
            source: ("en".to_string(), "English".to_string()),
        };
        let xml = atom(&entries, &locale(words), org, &links).expect("a feed");
        String::from_utf8(xml).expect("UTF-8")
    }

    /// A strict XML 1.0 parser reads the feed; no character XML forbids is in it.
    fn assert_well_formed(xml: &str) {
        if let Err(e) = roxmltree::Document::parse(xml) {
            panic!("ill-formed XML ({e}):\n{xml}");
        }
        assert!(xml.chars().all(crate::text::is_xml_char), "{xml:?}");
    }

    #[test]
    fn characters_xml_forbids_never_reach_the_feed() {
        let bad = "a\u{0}\u{7}\u{1b}\u{b}\u{fffe}\u{ffff}z";
        let xml = feed(bad, &format!("Org{bad}"), &format!("Müller{bad} & <Co>"));
        assert_well_formed(&xml);
        // Each one became U+FFFD; the rest of the text is intact.
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let title = doc
            .descendants()
            .find(|n| n.has_tag_name("title"))
            .and_then(|n| n.text())
            .unwrap();
        assert_eq!(
            title,
            "a\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}z Orga\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}z"
        );
        assert!(xml.contains("Müllera\u{fffd}"), "{xml}");
        // feed-rs, which the other tests use, reads it too.
        feed_rs::parser::parse(xml.as_bytes()).expect("feed-rs reads the feed");
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn any_text_makes_a_well_formed_feed(
            org in any::<String>(),
            item in any::<String>(),
            words in "[^{}\\[\\]*.\\-\\n\\r \\\\\"]{1,20}",
        ) {
            assert_well_formed(&feed(&words, &org, &item));
        }
    }

    /// The example's last publication, and one on 2027-01-01 whose facts `change` makes of its
    /// own; both recorded with the words of `message` (as they are, or as an entry of one
    /// line), or both without them: as candor recorded them before it had those words.
    fn with_and_without(
        change: impl FnOnce(&mut serde_json::Value),
        message: Message,
        words: bool,
    ) -> [Publication; 2] {
        let lock: crate::history::lock::LockFile =
            toml::from_str(include_str!("../../candor.lock")).expect("the example's lock");
        let last = lock.publications.last().unwrap();
        let facts = last.snapshot.facts().unwrap();
        let mut changed = facts.clone();
        change(&mut changed);
        let mut source = last.snapshot.source().clone();
        let id = message.id();
        match words {
            true => {
                source
                    .entry(id.into())
                    .or_insert_with(|| format!("{id} = {{ $name }}\n"));
            }
            false => {
                source.remove(id);
            }
        }
        let (mut first, mut later) = (last.clone(), last.clone());
        first.snapshot = crate::history::lock::Snapshot::new(facts, source.clone());
        later.date = date("2027-01-01");
        later.time = None;
        later.snapshot = crate::history::lock::Snapshot::new(changed, source);
        [first, later]
    }

    #[test]
    fn a_fact_changed_before_candor_had_words_for_it_is_still_told_by_its_section() {
        // The change log of a publication is what was published: one recorded before candor
        // told when the retention period starts (its source has no `change-retention-starts`)
        // still names the section only; one recorded with the words tells what changed.
        let told = |words: bool| {
            let history = with_and_without(
                |facts| facts["retention"]["starts"] = serde_json::json!("last-activity"),
                Message::ChangeRetentionStarts,
                words,
            );
            let (changes, _) = log(&history)[1].changes.clone().unwrap();
            changes
                .into_iter()
                .map(|c| match c {
                    Change::Fact { path, what, .. } => (path, what),
                    other => panic!("{other:?}"),
                })
                .collect::<Vec<_>>()
        };
        let path = "retention.starts".to_string();
        assert_eq!(told(false), [(path.clone(), None)]);
        assert_eq!(
            told(true),
            [(
                path,
                Some(FactChange::RetentionStarts {
                    was: crate::model::RetentionStart::ContractEnd,
                    now: crate::model::RetentionStart::LastActivity,
                })
            )]
        );
    }

    #[test]
    fn a_notice_made_before_candor_told_a_new_subprocessors_data_does_not_tell_it_now() {
        // A notice is what was sent: one recorded before candor had words for the data a new
        // sub-processor is to process (no `change-subprocessor-data` in its source) does not
        // say it now; one recorded with them does.
        let told = |words: bool| {
            let add_postmark = |facts: &mut serde_json::Value| {
                facts["subprocessors"]
                    .as_array_mut()
                    .unwrap()
                    .push(serde_json::json!({
                        "id": "postmark",
                        "name": "Postmark",
                        "personal_data": true,
                        "transfer": {"kind": "within-eea"},
                        "data_categories": ["identity-contact"],
                        "effective": "2027-03-01",
                    }))
            };
            let history = with_and_without(add_postmark, Message::ChangeSubprocessorData, words);
            let logged = log(&history);
            assert!(
                !logged[1].notice.is_empty(),
                "Postmark's engagement is noticed"
            );
            logged[1]
                .notice
                .iter()
                .any(|n| matches!(n.change, Change::DataToProcess { .. }))
        };
        assert!(!told(false));
        assert!(told(true));
    }
}
