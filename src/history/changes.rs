//! What changed between two publications, in terms a reader understands: a sub-processor added
//! or removed, "Hubspot now processes personal data", a retention period, a reworded section.
//!
//! Works on [`Snapshot`]s (the facts as JSON and the source text), so it compares any two
//! recorded publications, or the last one with the working tree, whatever the model looked like
//! then.

use std::borrow::Borrow;
use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::Value;

pub use crate::history::engagements::Statements;
use crate::history::lock::{PublicationId, Snapshot};
use crate::history::shown;
use crate::messages::Message;
use crate::model::{
    Access, AccessGroup, AccessLevel, Breach, Country, Frequency, Hosting, Location, Model,
    NoticeException, Organisation, Period, Processing, Retention, RetentionEnd, RetentionStart,
    Storage, Subprocessor, Transfer, TransferMechanism,
};
use crate::sections;

/// A list of which none is stated as `null`, what is not given.
fn none_stated_as_null<S: serde::Serializer>(list: &[String], s: S) -> Result<S::Ok, S::Error> {
    match list.is_empty() {
        true => s.serialize_none(),
        false => s.collect_seq(list),
    }
}

/// One change.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "change", rename_all = "kebab-case")]
pub enum Change {
    SubprocessorAdded {
        /// The sub-processor's id: its row's anchor on the page is `subprocessor-<id>`.
        id: String,
        name: String,
        /// When it starts, if it was announced ahead.
        effective: Option<jiff::civil::Date>,
        /// When it was engaged, if that was before it was listed (a late disclosure).
        engaged: Option<jiff::civil::Date>,
    },
    SubprocessorRemoved {
        id: String,
        name: String,
    },
    /// The same sub-processor (by its id) under another name.
    SubprocessorRenamed {
        id: String,
        was: String,
        now: String,
    },
    /// Whether it processes personal data.
    PersonalData {
        id: String,
        name: String,
        now: bool,
    },
    /// Whether, and on which basis, it transfers data outside the EEA (told as data, not personal
    /// data: a sub-processor of no personal data may transfer too).
    Transfer {
        id: String,
        name: String,
        was: Transfer,
        now: Transfer,
    },
    /// The mechanism its transfers outside the EEA fall back on: added, removed or changed,
    /// while they stay outside the EEA (a change of the mechanism itself is a
    /// [`Change::Transfer`]). Needs no notice: it exposes nothing more.
    Fallback {
        id: String,
        name: String,
        was: Option<TransferMechanism>,
        now: Option<TransferMechanism>,
    },
    /// The link to its security measures: added, removed or changed.
    SecurityLink {
        id: String,
        name: String,
        was: Option<String>,
        now: Option<String>,
    },
    /// The date it starts: set, moved or dropped (it starts at once).
    Effective {
        id: String,
        name: String,
        was: Option<jiff::civil::Date>,
        now: Option<jiff::civil::Date>,
    },
    /// When the changes to a sub-processor engaged before the publication take effect: `now`, a
    /// day after it (a change announced ahead), or its own day (one announced ahead, brought
    /// forward); `was`, the day announced before, if one was. Only the change log tells this
    /// ([`for_engaged`]): a comparison of two snapshots cannot tell an engaged sub-processor's
    /// start date from an announced one's.
    TakesEffect {
        id: String,
        name: String,
        was: Option<jiff::civil::Date>,
        now: jiff::civil::Date,
        /// What takes effect on `now`: the changes to one engaged, or the engagement of one
        /// announced and not engaged yet, with the changes to its announcement.
        what: Starts,
    },
    /// A change announced ahead to a sub-processor engaged before the publication, to take
    /// effect on `was`, withdrawn before that day: the whole of it (the sub-processor is stated
    /// again as it stands), or the `part` of it named: as announced, but for countries first
    /// given by it and no longer given at all, a [`Change::Countries`] from those to none. Only
    /// the change log tells this ([`for_engaged`]).
    Withdrawn {
        id: String,
        name: String,
        was: jiff::civil::Date,
        part: Option<Box<Change>>,
        /// What was to take effect on `was`: changes to one engaged, or the engagement of one
        /// announced and not engaged yet (withdrawn whole: it will not be engaged).
        what: Starts,
    },
    /// What of a change announced to an engaged sub-processor took effect on its `day`, which
    /// came since the publication before: one `part` of it, told beside the
    /// [`Change::TakesEffect`] of that day, so that the change log says what took effect, not
    /// only that something did. Only the change log tells this ([`for_engaged`],
    /// [`days_come`]).
    TookEffect {
        id: String,
        name: String,
        day: jiff::civil::Date,
        part: Box<Change>,
    },
    /// A place where the data is stored, new in this publication.
    StorageAdded {
        /// Its row's anchor on the page is `storage-<id>`.
        id: String,
        provider: String,
        city: String,
    },
    StorageRemoved {
        id: String,
        provider: String,
        city: String,
    },
    /// What it does for the organisation (a purpose id).
    Purpose {
        id: String,
        name: String,
        was: Option<String>,
        now: Option<String>,
    },
    /// The countries where it processes data (ISO codes); none where they are not stated
    /// (`null` in JSON: qa66, `[]` read as "in no country").
    Countries {
        id: String,
        name: String,
        #[serde(serialize_with = "none_stated_as_null")]
        was: Vec<String>,
        #[serde(serialize_with = "none_stated_as_null")]
        now: Vec<String>,
    },
    /// The countries where a sub-processor engaged before processes data, stated for the
    /// first time: what it did all along, now said, not a move controllers are told of ahead.
    /// Only the change log tells this ([`for_engaged`]); a comparison of two snapshots tells
    /// [`Change::Countries`].
    CountriesStated {
        id: String,
        name: String,
        now: Vec<String>,
    },
    /// What a new sub-processor is to process and whose: the data categories and data
    /// subjects its entry lists (ids, each list perhaps empty, not both), told in its notice
    /// beside its engagement, so that controllers know what data they are asked about (qa72).
    /// Only a notice tells this ([`crate::history::changelog`]); `diff` tells the entry.
    DataToProcess {
        id: String,
        name: String,
        categories: Vec<String>,
        subjects: Vec<String>,
    },
    /// Other parts of its record: its headquarters, group, contact and the like, each named in
    /// `fields`, with its value before and now as JSON (absent where it had or has none).
    Record {
        id: String,
        name: String,
        fields: Vec<RecordField>,
        was: BTreeMap<RecordField, Value>,
        now: BTreeMap<RecordField, Value>,
    },
    /// A group of staff with access to the data (by its id, which names it through
    /// `access-group-<id>`): listed, no longer listed, its access or its confidentiality
    /// agreement changed. One change each.
    Access {
        group: String,
        what: AccessChange,
    },
    /// Whose data is processed, or which kinds of it (ids, as sets): those `added` and those
    /// `removed`, at least one of them not empty.
    Processed {
        list: ProcessedList,
        added: Vec<String>,
        removed: Vec<String>,
        /// Whether the list was stated before and is now: an optional list (the purposes,
        /// the operations) stated for the first time or no longer is not the processing
        /// changing (qa106: dropping the key was told as "no longer processes data for").
        #[serde(skip_serializing_if = "Statement::is_changed")]
        statement: Statement,
    },
    /// How long personal data is kept.
    RetentionPeriod {
        was: Period,
        now: Period,
    },
    /// The organisation's name, on every page.
    OrganisationRenamed {
        was: String,
        now: String,
    },
    /// Where people reach the privacy team, and controllers write to object: a `mailto:` or
    /// `https:` link.
    Contact {
        was: String,
        now: String,
    },
    /// Within how many hours customers are told of a personal data breach.
    BreachDeadline {
        was: u32,
        now: u32,
    },
    /// Any other fact, by its path in the model (`retention.starts`; a storage location by
    /// its id, `storage.locations.aws-frankfurt.city`).
    Fact {
        section: Option<String>,
        /// The anchor of the row it is in, where it is in one (`storage-aws-frankfurt`).
        row: Option<String>,
        path: String,
        was: Option<Value>,
        now: Option<Value>,
        /// What it is, where the change log has words to tell it by (`diff` shows the path and
        /// the values); otherwise the change log names its section.
        #[serde(skip)]
        what: Option<FactChange>,
    },
    /// The facts, listed in another order, and no fact changed: the rows of a table (whose
    /// order is the content's), or the items of a list. Told so that a publication that changed
    /// only the order does not read as one that changed nothing, or only words. `diff` names
    /// the lists (none where the order changed elsewhere); the change log says it in general.
    Reordered {
        lists: Vec<Reordering>,
    },
    /// A message of the source language (or a term, `-customer`).
    Text {
        section: Option<String>,
        message: String,
        was: Option<String>,
        now: Option<String>,
        /// A term's rewording shown in no section of the page: a message of the place it shows
        /// in (`annex-intro`, the annex; `changes-intro`, the change log), which says where.
        #[serde(skip_serializing_if = "Option::is_none")]
        through: Option<String>,
    },
}

/// A list both publications hold, in another order ([`Change::Reordered`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "list", rename_all = "kebab-case")]
pub enum Reordering {
    Subprocessors,
    /// The groups of staff with access.
    AccessGroups,
    /// The places data is stored.
    StorageLocations,
    /// Whose data is processed, or which kinds of it.
    Processed {
        of: ProcessedList,
    },
    /// A list of a sub-processor's record.
    Subprocessor {
        id: String,
        name: String,
        of: SubprocessorList,
    },
}

/// A list of a sub-processor's record ([`Reordering::Subprocessor`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SubprocessorList {
    Countries,
    DataCategories,
    DataSubjects,
    /// The products it serves (`applies-to`).
    AppliesTo,
}

/// A part of a sub-processor's record whose change is told by naming it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RecordField {
    Headquarters,
    Group,
    DataCategories,
    DataSubjects,
    Address,
    Contact,
    List,
    AppliesTo,
    Engaged,
    NoticeException,
    /// The day announced for its changes, or its engagement, taken off after it passed and a
    /// publication told what took effect on it.
    Effective,
}

impl RecordField {
    /// The list of the organisation's data it names ids of, for the data categories and
    /// subjects a sub-processor receives.
    pub fn list(self) -> Option<ProcessedList> {
        match self {
            RecordField::DataCategories => Some(ProcessedList::Categories),
            RecordField::DataSubjects => Some(ProcessedList::Subjects),
            _ => None,
        }
    }

    /// The message that names it.
    pub fn message(self) -> Message {
        match self {
            RecordField::Headquarters => Message::FieldHeadquarters,
            RecordField::Group => Message::FieldGroup,
            RecordField::DataCategories => Message::FieldDataCategories,
            RecordField::DataSubjects => Message::FieldDataSubjects,
            RecordField::Address => Message::FieldAddress,
            RecordField::Contact => Message::FieldContact,
            RecordField::List => Message::FieldList,
            RecordField::AppliesTo => Message::FieldAppliesTo,
            RecordField::Engaged => Message::FieldEngaged,
            RecordField::NoticeException => Message::FieldNoticeException,
            RecordField::Effective => Message::FieldEffective,
        }
    }
}

/// What changed of a group of staff with access to the data ([`Change::Access`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum AccessChange {
    /// Listed, with this access.
    Added { access: AccessLevel },
    /// No longer listed.
    Removed,
    /// Its access, from `was` to `now`.
    Level { was: AccessLevel, now: AccessLevel },
    /// Whether its members are bound by a confidentiality agreement, `was` and `now`: `None`
    /// where the site did not, or does not, say.
    Agreement {
        was: Option<bool>,
        now: Option<bool>,
    },
}

/// What a [`Change::Fact`] changed, for the change log to tell it as that ("the retention
/// period now starts after the last activity in the account") rather than by its section only.
#[derive(Debug, Clone, PartialEq)]
pub enum FactChange {
    /// When the retention period starts.
    RetentionStarts {
        was: RetentionStart,
        now: RetentionStart,
    },
    /// Whether a customer may agree another retention period, now.
    CustomerMayChange { now: bool },
    /// What happens when the retention period ends, in order.
    RetentionAtEnd {
        was: Vec<RetentionEnd>,
        now: Vec<RetentionEnd>,
    },
    /// The systems that detect a breach, as a set: those `added` and those `removed`, at least
    /// one of them not empty.
    BreachMonitoring {
        added: Vec<String>,
        removed: Vec<String>,
    },
    /// How often data is transferred to the organisation (Annex I.B), stated, changed or no
    /// longer stated.
    Frequency {
        was: Option<Frequency>,
        now: Option<Frequency>,
    },
    /// How many days ahead a new sub-processor, or a change to one, is announced (during which
    /// customers may object), stated, changed or no longer stated.
    NoticeDays { was: Option<u32>, now: Option<u32> },
    /// A field of the place data is stored by `provider` in `city` (as they are now).
    Storage {
        provider: String,
        city: String,
        what: StorageField,
    },
}

/// What changed of a place where the data is stored ([`FactChange::Storage`]).
#[derive(Debug, Clone, PartialEq)]
pub enum StorageField {
    /// Who stores it, before.
    Provider {
        was: String,
    },
    /// Its city and country, before and now.
    Place {
        was: (String, Country),
        now: (String, Country),
    },
    /// Who stores it and where, both changed: before (its provider, city and country), and
    /// where now (qa74: told apart, each line named the other's new value with its old one:
    /// "Data stored in Helsinki is now stored by Hetzner instead of AWS").
    Moved {
        was: (String, String, Country),
        now: (String, Country),
    },
    Hosting {
        was: Hosting,
        now: Hosting,
    },
    /// Its certifications, as a set: at least one of the lists not empty.
    Certifications {
        added: Vec<String>,
        removed: Vec<String>,
    },
    /// Whether it holds special-category (sensitive) data, now.
    SpecialCategories {
        now: bool,
    },
}

impl FactChange {
    /// The message that tells it.
    pub fn message(&self) -> Message {
        match self {
            FactChange::RetentionStarts { .. } => Message::ChangeRetentionStarts,
            FactChange::CustomerMayChange { .. } => Message::ChangeRetentionCustomerMayChange,
            FactChange::RetentionAtEnd { .. } => Message::ChangeRetentionAtEnd,
            FactChange::BreachMonitoring { .. } => Message::ChangeBreachMonitoring,
            FactChange::Storage { .. } => Message::ChangeStorageLocation,
            FactChange::Frequency { .. } => Message::ChangeFrequency,
            FactChange::NoticeDays { .. } => Message::ChangeNoticeDays,
        }
    }
}

/// The items of `now` not in `was`, and those of `was` not in `now`, in their lists' order.
pub fn added_removed<T: PartialEq + Clone>(was: &[T], now: &[T]) -> (Vec<T>, Vec<T>) {
    let added = now.iter().filter(|x| !was.contains(x)).cloned().collect();
    let removed = was.iter().filter(|x| !now.contains(x)).cloned().collect();
    (added, removed)
}

/// How a [`Change::Processed`] stands to what was stated: a list changed, or an optional one
/// stated where none was, or no longer stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Statement {
    Changed,
    FirstStated,
    NoLongerStated,
}

impl Statement {
    /// Of a list that was `was` and is `now`.
    fn of(was: &[String], now: &[String]) -> Statement {
        match (was.is_empty(), now.is_empty()) {
            (true, false) => Statement::FirstStated,
            (false, true) => Statement::NoLongerStated,
            _ => Statement::Changed,
        }
    }

    /// Of an optional fact that was `was` and is `now`.
    pub fn of_option<T>(was: &Option<T>, now: &Option<T>) -> Statement {
        match (was, now) {
            (None, Some(_)) => Statement::FirstStated,
            (Some(_), None) => Statement::NoLongerStated,
            _ => Statement::Changed,
        }
    }

    /// The variant of a message's `$change` that tells it, where no list is involved:
    /// `stated`, `unstated` or `changed`.
    pub fn variant(self) -> &'static str {
        match self {
            Statement::Changed => "changed",
            Statement::FirstStated => "stated",
            Statement::NoLongerStated => "unstated",
        }
    }

    fn is_changed(&self) -> bool {
        *self == Statement::Changed
    }
}

/// Which list of the processing a [`Change::Processed`] changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProcessedList {
    /// Whose data: ids named by `subject-<id>`.
    Subjects,
    /// Which kinds of data: ids named by `category-<id>`.
    Categories,
    /// For which purposes: ids named by `processing-purpose-<id>`.
    Purposes,
    /// What is done with it: ids named by `processing-operation-<id>`.
    Operations,
}

impl ProcessedList {
    /// The prefix of the messages that name its items.
    pub fn prefix(self) -> &'static str {
        match self {
            ProcessedList::Subjects => "subject-",
            ProcessedList::Categories => "category-",
            ProcessedList::Purposes => "processing-purpose-",
            ProcessedList::Operations => "processing-operation-",
        }
    }
}

/// What a [`Change::TakesEffect`] says takes effect on its day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Starts {
    /// The changes to a sub-processor engaged before.
    Changes,
    /// The engagement of a sub-processor announced and not engaged yet, as its announcement
    /// now states it: until then it processes nothing, so nothing of it changes before.
    Engagement,
}

impl Change {
    /// The section of the page the change shows in, if any.
    pub fn section(&self) -> Option<&str> {
        match self {
            Change::Fact { section, .. } | Change::Text { section, .. } => section.as_deref(),
            Change::StorageAdded { .. } | Change::StorageRemoved { .. } => Some("storage"),
            Change::RetentionPeriod { .. } => Some("retention"),
            Change::Processed { .. } => Some("processing"),
            Change::Access { .. } => Some("access"),
            Change::BreachDeadline { .. } => Some("breach"),
            // On every page, in no section of its own.
            Change::OrganisationRenamed { .. } => None,
            // Named at the foot of the page, for questions.
            Change::Contact { .. } => Some("visitors"),
            _ => Some("subprocessors"),
        }
    }

    /// The anchor of the row or section of the page the change shows in, where there is one:
    /// `subprocessor-<id>` (a removed sub-processor has no row, nor may one whose engagement is
    /// withdrawn), or the section's id.
    pub fn anchor(&self) -> Option<String> {
        match self {
            // Withdrawn whole: its sub-processor, if never engaged, is no longer listed.
            Change::SubprocessorRemoved { .. } | Change::Withdrawn { part: None, .. } => None,
            Change::StorageAdded { id, .. } => Some(format!("storage-{id}")),
            Change::StorageRemoved { .. } => Some("storage".into()),
            Change::RetentionPeriod { .. } => Some("retention".into()),
            Change::Processed { .. } => Some("processing".into()),
            Change::Access { .. } => Some("access".into()),
            Change::BreachDeadline { .. } => Some("breach".into()),
            Change::OrganisationRenamed { .. } => None,
            Change::Contact { .. } => Some("visitors".into()),
            Change::Fact { section, row, .. } => row.clone().or_else(|| section.clone()),
            Change::Text { section, .. } => section.clone(),
            // Every other change is to a sub-processor's row ([`Change::subprocessor`]).
            _ => self.subprocessor().map(|id| format!("subprocessor-{id}")),
        }
    }

    /// The order changes are listed in: what a controller must act on first, by
    /// [`rank`](Self::rank) (a sub-processor engaged or removed, what it processes, where and
    /// for what); then every other fact as the page shows its sections, and the words after
    /// the facts in the same order, then those shown beyond the sections (the annex's, the
    /// page's other words, the change log's, the notices', the review pages').
    fn order(&self) -> (u8, usize, u8) {
        let rank = self.rank();
        let kind = match rank {
            0..=5 => rank,
            _ if self.is_text() => 7,
            _ => 6,
        };
        let beyond = sections::SECTIONS.len();
        let place = match self.section() {
            // Beside what changed, after it.
            _ if matches!(self, Change::Reordered { .. }) => beyond,
            Some(id) => sections::SECTIONS
                .iter()
                .position(|s| s.id == id)
                .unwrap_or(beyond),
            None => match self.shown_through() {
                Some(message) if sections::is_annex_only(message) => beyond,
                Some(message) => match sections::Elsewhere::of(message) {
                    sections::Elsewhere::Page => beyond + 1,
                    sections::Elsewhere::ChangeLog => beyond + 2,
                    sections::Elsewhere::Notices => beyond + 3,
                    sections::Elsewhere::Review => beyond + 4,
                },
                // On every page (the organisation's name): before any section.
                _ => 0,
            },
        };
        (kind, place, rank)
    }

    /// What a controller must act on first.
    fn rank(&self) -> u8 {
        match self {
            Change::SubprocessorAdded { .. } => 0,
            Change::SubprocessorRemoved { .. } => 1,
            // An engagement still to come, or come, introduces what of it changes; so does a
            // start day set or moved.
            Change::TakesEffect {
                what: Starts::Engagement,
                ..
            }
            | Change::Effective { .. } => 1,
            Change::SubprocessorRenamed { .. } => 2,
            Change::PersonalData { .. } => 2,
            Change::Transfer { .. } | Change::Fallback { .. } => 3,
            Change::Purpose { .. } | Change::Countries { .. } | Change::CountriesStated { .. } => 4,
            Change::DataToProcess { .. } => 4,
            Change::TakesEffect { .. } | Change::TookEffect { .. } => 5,
            Change::Withdrawn { .. } => 5,
            Change::Record { .. } => 6,
            Change::SecurityLink { .. } => 6,
            Change::StorageAdded { .. } | Change::StorageRemoved { .. } => 6,
            Change::RetentionPeriod { .. } | Change::BreachDeadline { .. } => 6,
            Change::Processed { .. } => 6,
            Change::Access { .. } => 6,
            Change::OrganisationRenamed { .. } | Change::Contact { .. } => 6,
            Change::Fact { .. } | Change::Reordered { .. } => 7,
            Change::Text { .. } => 8,
        }
    }

    /// The change of words to `message` (a term, or a message) shown at `place`.
    pub fn text_at(
        place: shown::Place,
        message: &str,
        was: Option<String>,
        now: Option<String>,
    ) -> Change {
        let (section, through) = match place {
            shown::Place::Section(section) => (section.map(str::to_string), None),
            shown::Place::Through(user) => (None, Some(user)),
        };
        Change::Text {
            section,
            message: message.to_string(),
            was,
            now,
            through,
        }
    }

    /// Of a change of words, the message whose place says where it shows: its own, or for a
    /// term shown in no section of the page, the one it is shown through.
    pub fn shown_through(&self) -> Option<&str> {
        match self {
            Change::Text {
                message, through, ..
            } => Some(through.as_deref().unwrap_or(message)),
            _ => None,
        }
    }

    /// It without its record's exception to the notice period, which is the reason it is told
    /// with less notice, not a change of what the sub-processor does: where the change it
    /// excepts tells it, or in what takes effect on a day. `None` where that was all of it.
    pub fn without_notice_exception(&self) -> Option<Change> {
        match self {
            Change::Record {
                id,
                name,
                fields,
                was,
                now,
            } => {
                let keep = |f: &RecordField| *f != RecordField::NoticeException;
                let fields: Vec<RecordField> = fields.iter().copied().filter(keep).collect();
                (!fields.is_empty()).then(|| Change::Record {
                    id: id.clone(),
                    name: name.clone(),
                    fields,
                    was: was.clone().into_iter().filter(|(f, _)| keep(f)).collect(),
                    now: now.clone().into_iter().filter(|(f, _)| keep(f)).collect(),
                })
            }
            other => Some(other.clone()),
        }
    }

    /// Whether it takes back what was told before: a change withdrawn, or a sub-processor
    /// removed.
    pub fn withdraws(&self) -> bool {
        matches!(
            self,
            Change::Withdrawn { .. } | Change::SubprocessorRemoved { .. }
        )
    }

    /// The sub-processor (id, name) controllers must be told of this change to, ahead, so that
    /// they can object (GDPR Art. 28(2)): it is engaged, starts processing personal data or
    /// transferring it outside the EEA or on another basis, for another purpose or in other
    /// countries, receives other categories of data or other data subjects' data
    /// ([`Change::lists_added`]), or its start is set or moved. `None` for anything else.
    pub fn needs_notice(&self) -> Option<(&str, &str)> {
        match self {
            Change::SubprocessorAdded { id, name, .. }
            | Change::PersonalData {
                id,
                name,
                now: true,
                ..
            }
            | Change::Transfer {
                id,
                name,
                now: Transfer::OutsideEea { .. },
                ..
            }
            | Change::Purpose {
                id,
                name,
                was: Some(_),
                now: Some(_),
            }
            | Change::Effective {
                id,
                name,
                now: Some(_),
                ..
            } => Some((id, name)),
            // A day announced before, moved; a day set alone changes nothing in effect.
            Change::TakesEffect {
                id,
                name,
                was: Some(was),
                now,
                ..
            } if was != now => Some((id, name)),
            // Given for the first time, they are stated ([`Change::CountriesStated`]), unless
            // its transfers change with them: then they are where the transfers go, as new as
            // they are (qa80), or the countries of one not engaged yet, as new as its
            // engagement.
            Change::Countries { id, name, was, now } if now.iter().any(|c| !was.contains(c)) => {
                Some((id, name))
            }
            Change::Record { id, name, .. } if !self.lists_added().is_empty() => Some((id, name)),
            _ => None,
        }
    }

    /// Of a change to a sub-processor's record, the lists of the organisation's data (its
    /// categories, its subjects) it adds to: one listed before, given an id it did not hold
    /// (qa65: patients' health data added to one that received staff's contact details). A
    /// list given for the first time records what was, as countries stated do.
    pub fn lists_added(&self) -> Vec<RecordField> {
        let Change::Record {
            fields, was, now, ..
        } = self
        else {
            return Vec::new();
        };
        let items = |v: Option<&Value>| -> Vec<Value> {
            v.and_then(Value::as_array).cloned().unwrap_or_default()
        };
        (fields.iter().copied())
            .filter(|f| f.list().is_some())
            .filter(|f| {
                let (was, now) = (items(was.get(f)), items(now.get(f)));
                !was.is_empty() && now.iter().any(|v| !was.contains(v))
            })
            .collect()
    }

    pub fn is_text(&self) -> bool {
        matches!(self, Change::Text { .. })
    }

    /// The aspects of a sub-processor it changes, to tell a change announced and gone back on
    /// ([`for_engaged`]): none for its start date.
    fn aspects(&self) -> Vec<&'static str> {
        match self {
            Change::SubprocessorRenamed { .. } => vec!["name"],
            Change::PersonalData { .. } => vec!["personal-data"],
            Change::Transfer { .. } => vec!["transfer"],
            Change::Fallback { .. } => vec!["fallback"],
            Change::SecurityLink { .. } => vec!["security"],
            Change::Purpose { .. } => vec!["purpose"],
            Change::Countries { .. } | Change::CountriesStated { .. } => vec!["countries"],
            Change::DataToProcess { .. } => vec!["data-categories", "data-subjects"],
            Change::Record { fields, .. } => fields
                .iter()
                .map(|f| f.message().id().trim_start_matches("subprocessor-field-"))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// What of it a withdrawal takes back: of a change of countries that adds some, the
    /// countries it was to add (those it processed data in before stay); anything else, as it
    /// is.
    pub fn as_withdrawn(self) -> Change {
        match self {
            Change::Countries { id, name, was, now } if now.iter().any(|c| !was.contains(c)) => {
                Change::Countries {
                    id,
                    name,
                    now: now.into_iter().filter(|c| !was.contains(c)).collect(),
                    was: Vec::new(),
                }
            }
            other => other,
        }
    }

    /// The id of the sub-processor it is a change to, if it is one.
    pub fn subprocessor(&self) -> Option<&str> {
        match self {
            Change::SubprocessorAdded { id, .. }
            | Change::SubprocessorRemoved { id, .. }
            | Change::SubprocessorRenamed { id, .. }
            | Change::PersonalData { id, .. }
            | Change::Transfer { id, .. }
            | Change::Fallback { id, .. }
            | Change::SecurityLink { id, .. }
            | Change::Effective { id, .. }
            | Change::TakesEffect { id, .. }
            | Change::TookEffect { id, .. }
            | Change::Withdrawn { id, .. }
            | Change::Purpose { id, .. }
            | Change::Countries { id, .. }
            | Change::CountriesStated { id, .. }
            | Change::DataToProcess { id, .. }
            | Change::Record { id, .. } => Some(id),
            Change::StorageAdded { .. }
            | Change::StorageRemoved { .. }
            | Change::RetentionPeriod { .. }
            | Change::Access { .. }
            | Change::BreachDeadline { .. }
            | Change::Processed { .. }
            | Change::OrganisationRenamed { .. }
            | Change::Contact { .. }
            | Change::Fact { .. }
            | Change::Reordered { .. }
            | Change::Text { .. } => None,
        }
    }
}

/// Tells, in the first publication on or after an announced day, that what was announced for
/// it took effect that day: `previous`, published on `since`, announced it, and `model` still
/// states that day (a day dropped or moved is told by [`for_engaged`], which tells a passed
/// day dropped later as taken effect too: true, and the only change that publication makes).
pub fn days_come(
    changes: &mut Vec<Change>,
    previous: &Model,
    since: jiff::civil::Date,
    model: &Model,
    published: jiff::civil::Date,
    before: &Statements,
    engaged: impl Fn(&str) -> bool,
) {
    for s in &model.subprocessors {
        let day = match s.effective {
            Some(day) if day > since && day <= published => day,
            // Its day, still to come, taken off: brought forward to this publication's.
            None if previous
                .subprocessors
                .iter()
                .any(|b| b.id == s.id && b.effective.is_some_and(|d| d > published)) =>
            {
                published
            }
            _ => continue,
        };
        let announced = previous
            .subprocessors
            .iter()
            .any(|b| b.id == s.id && b.effective == Some(day));
        let told = changes.iter().any(|c| {
            matches!(c, Change::TakesEffect { id, .. } | Change::Effective { id, .. }
                | Change::Withdrawn { id, .. } if *id == s.id)
        });
        // Brought forward to this day by this publication, from a later day the one before
        // announced: the day moved is told ([`for_engaged`]), and here what took effect with it.
        let brought_forward = previous
            .subprocessors
            .iter()
            .any(|b| b.id == s.id && b.effective.is_some_and(|d| d > published));
        // What of the announcement was withdrawn in the same publication did not take effect.
        if brought_forward && engaged(&s.id) {
            let standing = before.last(&s.id).zip(day.yesterday().ok()).map_or_else(
                Vec::new,
                |(last, eve)| {
                    // Under the name the announcement gave it, as the parts that took effect
                    // name it: a new name since is no other change to them.
                    let as_announced;
                    let stated = match s.name == last.name {
                        true => &**s,
                        false => {
                            as_announced = Subprocessor {
                                name: last.name.clone(),
                                ..(**s).clone()
                            };
                            &as_announced
                        }
                    };
                    statement_changes(before.in_effect(last, eve), stated)
                },
            );
            changes.extend(took_effect_of(before, &s.id, &s.name, day, |part| {
                standing.contains(part)
            }));
            continue;
        }
        if announced && !told {
            changes.push(Change::TakesEffect {
                id: s.id.clone(),
                name: s.name.clone(),
                was: Some(day),
                now: day,
                what: if engaged(&s.id) {
                    Starts::Changes
                } else {
                    Starts::Engagement
                },
            });
            if engaged(&s.id) {
                changes.extend(took_effect(before, &s.id, &s.name, day));
            }
        }
    }
}

/// Puts what took effect on a day that came since the publication before (that it did, and each
/// part of it) before whatever else changes of the same sub-processor in a publication made on
/// `published`: read in order, an entry tells what came, then what changes now.
pub fn came_first(changes: &mut Vec<Change>, published: jiff::civil::Date) {
    // The days that came, as told: announced for that day, and it came.
    let came: Vec<(String, jiff::civil::Date)> = changes
        .iter()
        .filter_map(|c| match c {
            Change::TakesEffect {
                id,
                was: Some(was),
                now,
                ..
            } if was == now && *now <= published => Some((id.clone(), *now)),
            _ => None,
        })
        .collect();
    if came.is_empty() {
        return;
    }
    let of_day_come = |c: &Change| match c {
        Change::TakesEffect {
            id,
            was: Some(was),
            now,
            ..
        } if was == now => came.contains(&(id.clone(), *now)),
        Change::TookEffect { id, day, .. } => came.contains(&(id.clone(), *day)),
        _ => false,
    };
    let (mut first, rest): (Vec<Change>, Vec<Change>) =
        changes.drain(..).partition(|c| of_day_come(c));
    for change in rest {
        if let Some(id) = change.subprocessor() {
            let (theirs, others): (Vec<Change>, Vec<Change>) =
                first.drain(..).partition(|c| c.subprocessor() == Some(id));
            changes.extend(theirs);
            first = others;
        }
        changes.push(change);
    }
    changes.extend(first);
}

/// What of the statement of `id` that `before` holds last took effect on `day`: its changes
/// from the statement in effect the day before, each a [`Change::TookEffect`] (none for one
/// not engaged before that day, whose engagement is what took effect).
fn took_effect(before: &Statements, id: &str, name: &str, day: jiff::civil::Date) -> Vec<Change> {
    took_effect_of(before, id, name, day, |_| true)
}

/// [`took_effect`], of the parts `kept` keeps. Countries given for the first time are stated
/// ([`Change::CountriesStated`]), as they were told when announced, unless its transfers
/// changed with them.
fn took_effect_of(
    before: &Statements,
    id: &str,
    name: &str,
    day: jiff::civil::Date,
    kept: impl Fn(&Change) -> bool,
) -> Vec<Change> {
    let (Some(last), Ok(eve)) = (before.last(id), day.yesterday()) else {
        return Vec::new();
    };
    let standing = before.in_effect(last, eve);
    if std::ptr::eq(standing, last) {
        return Vec::new();
    }
    let parts: Vec<Change> = statement_changes(standing, last)
        .into_iter()
        .filter(|c| !matches!(c, Change::Effective { .. }) && kept(c))
        .collect();
    let transfers = parts.iter().any(|c| matches!(c, Change::Transfer { .. }));
    parts
        .into_iter()
        .map(|part| match part {
            Change::Countries { id, name, was, now } if was.is_empty() && !transfers => {
                Change::CountriesStated { id, name, now }
            }
            other => other,
        })
        .map(|part| Change::TookEffect {
            id: id.to_string(),
            name: name.to_string(),
            day,
            part: Box::new(part),
        })
        .collect()
}

/// Tells the `changes` that `model`, published on `published`, made to the sub-processors
/// engaged before it (`engaged`) as what they are for one engaged: its start date is when the
/// changes to it take effect ([`Change::TakesEffect`]), not its engagement, and is told even
/// where it did not change while the changes to it did; a passed start date dropped alone says
/// what took effect that day, and dropped with other changes is none (they take effect now);
/// dropped after a publication since that day (on `since`) told what took effect, it is a
/// change of the record ([`RecordField::Effective`]), not the same told again.
/// What of a change announced to it is stated again as it stands in effect (by `before`, the
/// statements of the publications before), before that change took effect, is withdrawn
/// ([`Change::Withdrawn`]), the whole or a part: not a change back from what never was; its
/// countries given for the first time are stated ([`Change::CountriesStated`]), not moved to.
/// Of a sub-processor announced and not engaged yet, a change takes effect on its start date,
/// what of its announcement is taken back is a part withdrawn (what stands of it is nothing,
/// [`Subprocessor::not_engaged`]), and its removal withdraws its engagement.
pub fn for_engaged(
    changes: &mut Vec<Change>,
    model: &Model,
    published: jiff::civil::Date,
    since: Option<jiff::civil::Date>,
    before: &Statements,
    engaged: impl Fn(&str) -> bool,
) {
    // What of the changes announced to each engaged sub-processor is gone back on, before it
    // took effect: the whole, or aspects of it.
    // Of one not engaged yet, what stands is nothing: its engagement is what was announced.
    let mut withdrawn: Vec<Change> = Vec::new();
    // Of each withdrawn whole, what its announcement changed.
    let mut whole: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let mut reverted: BTreeMap<&str, BTreeSet<&'static str>> = BTreeMap::new();
    let mut countries_dropped = BTreeSet::new();
    // Of each, what was announced and still changes, and that told from what stands until then.
    let mut restated: BTreeMap<&str, (BTreeSet<&str>, Vec<Change>)> = BTreeMap::new();
    for s in &model.subprocessors {
        let Some(last) = before.last(&s.id) else {
            continue;
        };
        let Some(was) = last.effective.filter(|d| *d > published) else {
            continue;
        };
        let nothing;
        let standing = if engaged(&s.id) {
            let standing = before.in_effect(last, published);
            if std::ptr::eq(standing, last) {
                continue;
            }
            standing
        } else {
            nothing = last.not_engaged();
            &nothing
        };
        let (id, name) = (s.id.clone(), s.name.clone());
        let what = match engaged(&s.id) {
            true => Starts::Changes,
            false => Starts::Engagement,
        };
        // What was announced, and what of it the entry still says: a change made since (a new
        // name, say) is not what was announced, and keeps nothing of it.
        let announced = statement_changes(standing, last);
        let announcement: BTreeSet<&str> = announced.iter().flat_map(Change::aspects).collect();
        let kept: BTreeSet<&str> = statement_changes(standing, s)
            .iter()
            .flat_map(Change::aspects)
            .filter(|aspect| announcement.contains(aspect))
            .collect();
        // Of one not engaged yet, a new purpose or new countries are told from its
        // announcement, which controllers weighed and may object to again: "a new purpose",
        // "(new: Sweden)", with a notice; not as stated for the first time.
        let from_announcement = |c: &Change| {
            !engaged(&s.id) && matches!(c, Change::Purpose { .. } | Change::Countries { .. })
        };
        let mut from_standing: Vec<Change> = statement_changes(standing, s)
            .into_iter()
            .filter(|c| c.aspects().iter().any(|a| kept.contains(a)))
            .filter(|c| !from_announcement(c))
            .collect();
        from_standing.extend(
            statement_changes(last, s)
                .into_iter()
                .filter(|c| from_announcement(c) && c.aspects().iter().any(|a| kept.contains(a))),
        );
        restated.insert(s.id.as_str(), (kept.clone(), from_standing));
        // Countries announced and no longer stated are withdrawn, where other countries
        // still change (otherwise the change of countries is withdrawn whole, below).
        let dropped: Vec<String> = last
            .countries
            .iter()
            .filter(|c| !s.countries.contains(c) && !standing.countries.contains(c))
            .map(|c| c.code().to_string())
            .collect();
        if !dropped.is_empty() && kept.contains("countries") {
            countries_dropped.insert(s.id.as_str());
            withdrawn.push(Change::Withdrawn {
                id: id.clone(),
                name: name.clone(),
                was,
                part: Some(Box::new(Change::Countries {
                    id: id.clone(),
                    name: name.clone(),
                    was: Vec::new(),
                    now: dropped,
                })),
                what,
            });
        }
        let gone: Vec<Change> = announced
            .into_iter()
            .filter(|c| c.aspects().iter().all(|a| !kept.contains(a)))
            .collect();
        if gone.is_empty() {
            continue;
        }
        // One not engaged yet and still announced keeps its engagement: what is gone is a part.
        if kept.is_empty() && engaged(&s.id) {
            whole.insert(s.id.as_str(), announcement);
            withdrawn.push(Change::Withdrawn {
                id,
                name,
                was,
                part: None,
                what,
            });
            continue;
        }
        let aspects = reverted.entry(&s.id).or_default();
        for part in gone {
            aspects.extend(part.aspects());
            let part = match part {
                // Countries first given by what was announced, and no longer given at all:
                // the part withdrawn is where it was to process data, none stated now.
                Change::Countries { id, name, was, now }
                    if was.is_empty() && s.countries.is_empty() =>
                {
                    Change::Countries {
                        id,
                        name,
                        was: now,
                        now: was,
                    }
                }
                part => part.as_withdrawn(),
            };
            withdrawn.push(Change::Withdrawn {
                id: id.clone(),
                name: name.clone(),
                was,
                part: Some(Box::new(part)),
                what,
            });
        }
    }
    // An engaged sub-processor removed while a change to it is still to come: that change will
    // not take effect either (the notice says so; so does the change log, beside the removal).
    // Both name it as it stands: a new name was part of that change.
    for change in changes.iter_mut() {
        let Change::SubprocessorRemoved { id, name } = change else {
            continue;
        };
        let Some(last) = before.last(id).filter(|_| engaged(id)) else {
            continue;
        };
        let standing = before.in_effect(last, published);
        name.clone_from(&standing.name);
        if let Some(was) = last.effective.filter(|d| *d > published)
            && !std::ptr::eq(standing, last)
        {
            withdrawn.push(Change::Withdrawn {
                id: id.clone(),
                name: name.clone(),
                was,
                part: None,
                what: Starts::Changes,
            });
        }
    }
    // A change withdrawn is told as that alone: not as a change back from what never was, nor
    // its day as one brought forward; a change made with the withdrawal, to what was not
    // announced, is told as made. Of countries, what is left is told only where it adds one
    // not announced before.
    changes.retain(|c| match c.subprocessor() {
        Some(id) if let Some(announcement) = whole.get(id) => {
            let aspects = c.aspects();
            !aspects.is_empty() && aspects.iter().all(|a| !announcement.contains(a))
        }
        Some(id)
            if countries_dropped.contains(id)
                && matches!(c, Change::Countries { was, now, .. }
                    if now.iter().all(|n| was.contains(n))) =>
        {
            false
        }
        Some(id) => reverted
            .get(id)
            .is_none_or(|gone| c.aspects().iter().all(|a| !gone.contains(a))),
        None => true,
    });
    // What was announced and is changed again before its day: told from what stands until
    // then (or, of one not engaged yet, from nothing), not from the announcement, which never
    // took effect. "Until then: the EU-US Data Privacy Framework" of a transfer announced
    // under it and now under standard contractual clauses was not so.
    for (id, (kept, from_standing)) in &restated {
        let mut told = BTreeSet::new();
        changes.retain(|c| {
            let aspects = c.aspects();
            let again = c.subprocessor() == Some(*id)
                && !aspects.is_empty()
                && aspects.iter().all(|a| kept.contains(a));
            if again {
                told.extend(aspects);
            }
            !again
        });
        changes.extend(
            from_standing
                .iter()
                .filter(|c| c.aspects().iter().any(|a| told.contains(a)))
                .cloned(),
        );
    }
    let mut dated = BTreeSet::new();
    // Days announced ahead that came since the publication before, each replaced by a day
    // still to come: what was announced took effect on it (the history says so nowhere else).
    let mut came = Vec::new();
    // What took effect on `day`, an announced day come: the engagement of `id`, or changes to
    // it, by whether anything of it was in effect the day before.
    let what_came = |id: &str, day: jiff::civil::Date| match (before.last(id), day.yesterday()) {
        (Some(last), Ok(eve)) if !std::ptr::eq(before.in_effect(last, eve), last) => {
            Starts::Changes
        }
        _ => Starts::Engagement,
    };
    for change in changes.iter_mut() {
        let Change::Effective { id, name, was, now } = change else {
            continue;
        };
        if !engaged(id) {
            continue;
        }
        let (id, name) = (std::mem::take(id), std::mem::take(name));
        let announced = was.filter(|w| *w > published);
        // A day come since the publication before, and not told by one since it came.
        if let (Some(day), Some(_)) = (
            was.filter(|w| *w <= published),
            now.filter(|d| *d > published),
        ) && before.stated_on(&id).is_some_and(|stated| stated < day)
            && since.is_none_or(|since| since < day)
        {
            came.push(Change::TakesEffect {
                id: id.clone(),
                name: name.clone(),
                was: Some(day),
                now: day,
                what: what_came(&id, day),
            });
            came.extend(took_effect(before, &id, &name, day));
        }
        *change = match (now.filter(|d| *d > published), announced) {
            (Some(now), _) => Change::TakesEffect {
                id: id.clone(),
                name,
                was: announced,
                now,
                what: Starts::Changes,
            },
            // Brought forward: what was announced takes effect with this publication.
            (None, Some(was)) => Change::TakesEffect {
                id: id.clone(),
                name,
                was: Some(was),
                now: published,
                what: Starts::Changes,
            },
            // A day passed, dropped: what was announced for it took effect on it (the
            // history says so nowhere else), and what else changes of it takes effect with
            // this publication, as any change without a day does; unless a publication since
            // that day told so: then it is a day taken off the record.
            (None, None) => match was {
                Some(was) if since.is_some_and(|since| since >= *was) => Change::Record {
                    id: id.clone(),
                    name,
                    fields: vec![RecordField::Effective],
                    was: BTreeMap::from([(RecordField::Effective, Value::String(was.to_string()))]),
                    now: BTreeMap::new(),
                },
                Some(was) => {
                    came.extend(took_effect(before, &id, &name, *was));
                    Change::TakesEffect {
                        id: id.clone(),
                        name,
                        was: Some(*was),
                        now: *was,
                        what: what_came(&id, *was),
                    }
                }
                None => Change::Record {
                    id: id.clone(),
                    name,
                    fields: vec![RecordField::Engaged],
                    was: BTreeMap::new(),
                    now: now
                        .iter()
                        .map(|d| (RecordField::Engaged, Value::String(d.to_string())))
                        .collect(),
                },
            },
        };
        dated.insert(id);
    }
    // Removed after the day announced for it came, and before a publication since told so:
    // what was announced took effect on that day all the same (the history says so nowhere
    // else).
    for change in changes.iter() {
        let Change::SubprocessorRemoved { id, name } = change else {
            continue;
        };
        let Some(day) = before
            .last(id)
            .filter(|_| engaged(id))
            .and_then(|last| last.effective)
            .filter(|day| *day <= published && since.is_none_or(|since| since < *day))
        else {
            continue;
        };
        came.push(Change::TakesEffect {
            id: id.clone(),
            name: name.clone(),
            was: Some(day),
            now: day,
            what: what_came(id, day),
        });
        came.extend(took_effect(before, id, name, day));
    }
    changes.extend(came);
    // Changed again while a change to it is still to come: they take effect on that day.
    let takes_effect = |s: &Subprocessor, what: Starts| {
        let day = s.effective.filter(|d| *d > published)?;
        Some(Change::TakesEffect {
            id: s.id.clone(),
            name: s.name.clone(),
            was: Some(day),
            now: day,
            what,
        })
    };
    let changed: BTreeSet<&str> = changes.iter().filter_map(Change::subprocessor).collect();
    let undated: Vec<Change> = model
        .subprocessors
        .iter()
        .filter(|s| changed.contains(s.id.as_str()) && !dated.contains(&s.id) && engaged(&s.id))
        .filter_map(|s| takes_effect(s, Starts::Changes))
        .collect();
    changes.extend(undated);
    changes.extend(withdrawn);
    // A sub-processor announced and not engaged yet: what changes of it takes effect when it
    // is engaged, and taken off the list before that day, its engagement is withdrawn.
    let announced = |id: &str| {
        before
            .in_effect_before(id, published)
            .filter(|_| !engaged(id))
            .and_then(|s| s.effective)
            .filter(|d| *d > published)
    };
    for change in changes.iter_mut() {
        if let Change::SubprocessorRemoved { id, name } = change
            && let Some(was) = announced(id)
        {
            *change = Change::Withdrawn {
                id: std::mem::take(id),
                name: std::mem::take(name),
                was,
                part: None,
                what: Starts::Engagement,
            };
        }
    }
    // A new name is told with the day it is still to be engaged on, as any change to it.
    // A part of it withdrawn changes it too: it is still to be engaged, which the entry says.
    let changes_announcement = |c: &Change| {
        !matches!(
            c,
            Change::SubprocessorAdded { .. }
                | Change::Effective { .. }
                | Change::TakesEffect { .. }
                | Change::Withdrawn { part: None, .. }
        )
    };
    let pending: Vec<Change> = model
        .subprocessors
        .iter()
        .filter(|s| !engaged(&s.id) && announced(&s.id).is_some())
        .filter(|s| {
            let about = || {
                changes
                    .iter()
                    .filter(|c| c.subprocessor() == Some(s.id.as_str()))
            };
            // A start moved says its day itself.
            about().any(changes_announcement)
                && !about().any(|c| matches!(c, Change::Effective { .. }))
        })
        .filter_map(|s| takes_effect(s, Starts::Engagement))
        .collect();
    changes.extend(pending);
    // Countries of one engaged before, given for the first time, are stated, not moved to;
    // unless its transfers change with them: then they are where the transfers go. So they
    // are where a transfer announced and still to come goes, told again from what stands
    // (qa144: "Where Hubspot will process data is now stated", of countries added to them).
    let announced_transfers = (restated.iter())
        .filter(|(_, (_, from_standing))| {
            (from_standing.iter()).any(|c| matches!(c, Change::Transfer { .. }))
        })
        .map(|(id, _)| id.to_string());
    let transfers_change: BTreeSet<String> = changes
        .iter()
        .filter_map(|c| match c {
            Change::Transfer { id, .. } => Some(id.clone()),
            _ => None,
        })
        .chain(announced_transfers)
        .collect();
    for change in changes.iter_mut() {
        if let Change::Countries { id, name, was, now } = change
            && was.is_empty()
            && engaged(id)
            && !transfers_change.contains(id)
        {
            *change = Change::CountriesStated {
                id: std::mem::take(id),
                name: std::mem::take(name),
                now: std::mem::take(now),
            };
        }
    }
    merge_records(changes);
    changes.sort_by_key(Change::order);
}

/// One [`Change::Record`] per sub-processor, naming each field once.
fn merge_records(changes: &mut Vec<Change>) {
    let mut merged: Vec<Change> = Vec::with_capacity(changes.len());
    for change in changes.drain(..) {
        if let Change::Record {
            id,
            fields,
            was,
            now,
            ..
        } = &change
            && let Some(Change::Record {
                fields: into,
                was: was_into,
                now: now_into,
                ..
            }) = merged
                .iter_mut()
                .find(|c| matches!(c, Change::Record { id: other, .. } if other == id))
        {
            for f in fields {
                if !into.contains(f) {
                    into.push(*f);
                }
            }
            was_into.extend(was.clone());
            now_into.extend(now.clone());
            continue;
        }
        merged.push(change);
    }
    *changes = merged;
}

/// Every change from `old` to `new`: facts first (sub-processors, then the rest by path), then
/// the source text, each in the page's order ([`Change::order`]).
pub fn between(old: &Snapshot, new: &Snapshot) -> Vec<Change> {
    let mut changes = Vec::new();
    let facts_differ = old.facts_json() != new.facts_json();
    match (old.model(), new.model()) {
        (Ok(old), Ok(new)) => {
            changes.extend(subprocessors(&old.subprocessors, &new.subprocessors));
            other_facts(old, new, &mut changes);
            // The facts differ, yet none of them changed: their order did. Beside other
            // changes, a list the page shows as written, in another order, is told too.
            let lists = reordered(old, new);
            if facts_differ && (changes.is_empty() || !lists.is_empty()) {
                changes.push(Change::Reordered { lists });
            }
            // Stable: in the order of the content within a kind.
            changes.sort_by_key(Change::order);
        }
        // Before the first publication (`diff` of a new site): everything it states is new.
        (Err(_), Ok(new)) if old.facts_json() == "{}" => {
            first_facts(new, &mut changes);
            changes.sort_by_key(Change::order);
        }
        // Every recorded snapshot was validated as a model when the lock was read, and the
        // working tree's is the validated model: this is an empty history, or a snapshot
        // whose shape the model no longer reads. Its facts are still compared, whole.
        _ if facts_differ => facts(
            &None,
            None,
            "facts".into(),
            old.facts().as_ref(),
            new.facts().as_ref(),
            &mut changes,
        ),
        _ => {}
    }
    // The review pages' words, published by the candor that recorded both (and told then), not
    // since ([`sections::is_published`]).
    let unpublished_told = [old, new].iter().all(|s| s.holds_unpublished());
    let ids: BTreeSet<&String> = old.source().keys().chain(new.source().keys()).collect();
    // A label, or the name of a fixed value, is the words of a fact ([`model::is_fact_word`]): new
    // with a fact named for the first time (a data subject, a purpose: `subject-family`), or
    // gone with one no longer named (`category-usage`, its kind of data no longer processed),
    // it is told with the fact's change, not as a section reworded. One that no fact holds on
    // either side (left in the locale files after its fact went, written before it comes, or
    // a value no fact has) shows nowhere (qa108, qa112): only one both hold is reworded where
    // the page shows it, or one a message shown on both sides shows (`{ subject-visitors }`);
    // and a term only such words use rewords nothing. So are the words of the change log's
    // entries and the notices, each in those of its publication, unless both pages show
    // changes to come in them ([`shown::on_page`]). Before anything was published every word
    // is new, and `diff` lists them all.
    let labels = match old.facts_json() == "{}" {
        true => None,
        false => old.labels().zip(new.labels()),
    };
    let not_shown_throughout = |id: &str| {
        labels.is_some_and(|(was, now)| {
            sections::is_published(id)
                && !(shown::on_page(id, Some(was)) && shown::on_page(id, Some(now)))
        })
    };
    // Who refers to whom, read once for the messages and terms that changed.
    let referrers = std::cell::OnceCell::new();
    let read_referrers = || shown::Referrers::of(&[old.source(), new.source()]);
    for id in ids {
        let (was, now) = (old.source().get(id), new.source().get(id));
        if was == now || !(unpublished_told || sections::is_published(id)) {
            continue;
        }
        // Rewritten to show the same words (`{ "How" } long…`, a term's case it showed
        // anyway): no rewording, as of a translation (qa43).
        let (words_was, words_now) = (
            |key: &str| old.source().get(key).map(String::as_str),
            |key: &str| new.source().get(key).map(String::as_str),
        );
        if let (Some(w), Some(n), false) = (was, now, id.starts_with('-'))
            && shown::read_the_same(w, n, &words_was, &words_now)
        {
            continue;
        }
        // A term rewords the sections whose messages read otherwise with it, and the places
        // of no section (the annex, the change log) whose do: told once in each. A variant no
        // message chooses, or a term no message uses, rewords nothing shown. A message rewords
        // its own section, and those of the messages that show it (a message new or gone is
        // shown by messages that changed with it, told on their own).
        let users = || -> BTreeSet<String> {
            let mut users = referrers.get_or_init(read_referrers).users_of(id);
            users.retain(|user| !not_shown_throughout(user));
            users
        };
        if not_shown_throughout(id) && users().is_empty() {
            continue;
        }
        let places: Vec<shown::Place> = match (id.starts_with('-'), was.is_some() && now.is_some())
        {
            (true, _) => shown::places_reworded(&users(), &words_was, &words_now),
            (false, true) => shown::places_of_message(id, &users(), &words_was, &words_now),
            (false, false) => vec![shown::Place::Section(
                sections::of_message(id).map(|s| s.id),
            )],
        };
        for place in places {
            changes.push(Change::text_at(place, id, was.cloned(), now.cloned()));
        }
    }
    changes
}

/// The facts other than sub-processors, field by field of the model. Each field of [`Model`]
/// is named here with the section of the page that shows it, so that a field added or renamed
/// does not compile until this says where its change is told.
fn other_facts(old: &Model, new: &Model, out: &mut Vec<Change>) {
    let Model {
        organisation,
        principles,
        processing,
        storage,
        subprocessors: _,
        notice_days,
        retention,
        access,
        integrations,
        dpia,
        breach,
    } = new;
    compare_told(
        "subprocessors",
        None,
        "notice_days",
        (&old.notice_days, notice_days),
        || {
            Some(FactChange::NoticeDays {
                was: old.notice_days,
                now: *notice_days,
            })
        },
        out,
    );
    let Organisation {
        name,
        roles,
        contact,
        privacy_policy,
    } = organisation;
    if old.organisation.name != *name {
        out.push(Change::OrganisationRenamed {
            was: old.organisation.name.clone(),
            now: name.clone(),
        });
    }
    if old.organisation.contact != *contact {
        out.push(Change::Contact {
            was: old.organisation.contact.as_str().to_string(),
            now: contact.as_str().to_string(),
        });
    }
    compare(
        "visitors",
        "organisation.roles",
        &old.organisation.roles,
        roles,
        out,
    );
    compare(
        "visitors",
        "organisation.privacy_policy",
        &old.organisation.privacy_policy,
        privacy_policy,
        out,
    );
    compare("principles", "principles", &old.principles, principles, out);
    let Processing {
        subjects,
        categories,
        special_categories,
        controller,
        purposes,
        operations,
        frequency,
    } = processing;
    // Whose data, which kinds of it, why and what is done with it, as sets: told by what is
    // added and what is no longer.
    for (list, was, now) in [
        (ProcessedList::Subjects, &old.processing.subjects, subjects),
        (
            ProcessedList::Categories,
            &old.processing.categories,
            categories,
        ),
        (ProcessedList::Purposes, &old.processing.purposes, purposes),
        (
            ProcessedList::Operations,
            &old.processing.operations,
            operations,
        ),
    ] {
        let (added, removed) = added_removed(was, now);
        if !added.is_empty() || !removed.is_empty() {
            out.push(Change::Processed {
                list,
                added,
                removed,
                statement: Statement::of(was, now),
            });
        }
    }
    compare(
        "processing",
        "processing.special_categories",
        &old.processing.special_categories,
        special_categories,
        out,
    );
    compare(
        "processing",
        "processing.controller",
        &old.processing.controller,
        controller,
        out,
    );
    compare_told(
        "processing",
        None,
        "processing.frequency",
        (&old.processing.frequency, frequency),
        || {
            Some(FactChange::Frequency {
                was: old.processing.frequency,
                now: *frequency,
            })
        },
        out,
    );
    retention_changes(&old.retention, retention, out);
    access_changes(&old.access, access, out);
    compare(
        "integrations",
        "integrations",
        &old.integrations,
        integrations,
        out,
    );
    compare("dpia", "dpia", &old.dpia, dpia, out);
    let Breach {
        monitoring,
        notification_deadline_hours,
    } = breach;
    // As a set: the same systems in another order are told by the section only.
    compare_told(
        "breach",
        None,
        "breach.monitoring",
        (&old.breach.monitoring, monitoring),
        || {
            let (added, removed) = added_removed(&old.breach.monitoring, monitoring);
            (!added.is_empty() || !removed.is_empty())
                .then_some(FactChange::BreachMonitoring { added, removed })
        },
        out,
    );
    if old.breach.notification_deadline_hours != *notification_deadline_hours {
        out.push(Change::BreachDeadline {
            was: old.breach.notification_deadline_hours,
            now: *notification_deadline_hours,
        });
    }
    storage_changes(&old.storage, storage, out);
}

/// What a first publication states: each sub-processor and storage location added, and every
/// other fact from nothing, by its place in the model and the section that shows it, as
/// [`other_facts`] tells their changes.
fn first_facts(new: &Model, out: &mut Vec<Change>) {
    let Model {
        organisation,
        principles,
        processing,
        storage,
        subprocessors: listed,
        notice_days,
        retention,
        access,
        integrations,
        dpia,
        breach,
    } = new;
    out.extend(subprocessors::<std::sync::Arc<Subprocessor>>(&[], listed));
    compare_told(
        "subprocessors",
        None,
        "notice_days",
        (&None, notice_days),
        || {
            Some(FactChange::NoticeDays {
                was: None,
                now: *notice_days,
            })
        },
        out,
    );
    let nothing = Storage {
        locations: Vec::new(),
        exports: None,
    };
    storage_changes(&nothing, storage, out);
    for (section, path, value) in [
        ("visitors", "organisation", json(organisation)),
        ("principles", "principles", json(principles)),
        ("processing", "processing", json(processing)),
        ("retention", "retention", json(retention)),
        ("access", "access", json(access)),
        ("integrations", "integrations", json(integrations)),
        ("dpia", "dpia", json(dpia)),
        ("breach", "breach", json(breach)),
    ] {
        debug_assert!(sections::by_id(section).is_some(), "no section `{section}`");
        facts(
            &Some(section.into()),
            None,
            path.into(),
            None,
            Some(&value),
            out,
        );
    }
}

/// The retention period as one change of its own; the rest field by field.
fn retention_changes(old: &Retention, new: &Retention, out: &mut Vec<Change>) {
    let Retention {
        period,
        starts,
        customer_may_change,
        at_end,
    } = new;
    if old.period != *period {
        out.push(Change::RetentionPeriod {
            was: old.period.clone(),
            now: period.clone(),
        });
    }
    compare_told(
        "retention",
        None,
        "retention.starts",
        (&old.starts, starts),
        || {
            Some(FactChange::RetentionStarts {
                was: old.starts,
                now: *starts,
            })
        },
        out,
    );
    compare_told(
        "retention",
        None,
        "retention.customer_may_change",
        (&old.customer_may_change, customer_may_change),
        || {
            Some(FactChange::CustomerMayChange {
                now: *customer_may_change,
            })
        },
        out,
    );
    compare_told(
        "retention",
        None,
        "retention.at_end",
        (&old.at_end, at_end),
        || {
            Some(FactChange::RetentionAtEnd {
                was: old.at_end.clone(),
                now: at_end.clone(),
            })
        },
        out,
    );
}

/// Storage locations matched by id (given, or derived from provider and city), field by field;
/// the exports as a whole.
fn storage_changes(old: &Storage, new: &Storage, out: &mut Vec<Change>) {
    let Storage { locations, exports } = new;
    let before: BTreeMap<&str, &Location> =
        old.locations.iter().map(|l| (l.id.as_str(), l)).collect();
    for l in locations {
        match before.get(l.id.as_str()) {
            None => out.push(Change::StorageAdded {
                id: l.id.clone(),
                provider: l.provider.clone(),
                city: l.city.clone(),
            }),
            Some(o) => location_changes(o, l, out),
        }
    }
    for o in &old.locations {
        if !locations.iter().any(|l| l.id == o.id) {
            out.push(Change::StorageRemoved {
                id: o.id.clone(),
                provider: o.provider.clone(),
                city: o.city.clone(),
            });
        }
    }
    compare("storage", "storage.exports", &old.exports, exports, out);
}

/// The changes of one fact of the model, shown in `section`, by their paths below `path`.
fn compare<T: Serialize + PartialEq>(
    section: &str,
    path: &str,
    was: &T,
    now: &T,
    out: &mut Vec<Change>,
) {
    compare_told(section, None, path, (was, now), || None, out);
}

/// The changes of one fact shown in `section` (in its `row`, where it is in one), by their
/// paths below `path`, each told as what `told` says it is, where it says.
fn compare_told<T: Serialize + PartialEq>(
    section: &str,
    row: Option<String>,
    path: &str,
    (was, now): (&T, &T),
    told: impl FnOnce() -> Option<FactChange>,
    out: &mut Vec<Change>,
) {
    debug_assert!(sections::by_id(section).is_some(), "no section `{section}`");
    if was != now {
        let from = out.len();
        facts(
            &Some(section.to_string()),
            row,
            path.to_string(),
            Some(&json(was)),
            Some(&json(now)),
            out,
        );
        let told = told();
        for change in &mut out[from..] {
            if let Change::Fact { what, .. } = change {
                what.clone_from(&told);
            }
        }
    }
}

/// What changed of who has access to the data: its basis, standard and training as facts of
/// the section; each group's access and confidentiality agreement as [`Change::Access`], in
/// the order of the groups (those no longer listed last). Groups only put in another order are
/// a change of the section's list.
fn access_changes(old: &Access, new: &Access, out: &mut Vec<Change>) {
    let Access {
        basis,
        review_standard,
        privacy_training,
        groups,
    } = new;
    compare("access", "access.basis", &old.basis, basis, out);
    compare(
        "access",
        "access.review_standard",
        &old.review_standard,
        review_standard,
        out,
    );
    compare(
        "access",
        "access.privacy_training",
        &old.privacy_training,
        privacy_training,
        out,
    );
    let find = |list: &[AccessGroup], id: &str| list.iter().find(|g| g.id == id).cloned();
    let before = out.len();
    for g in groups {
        let change = |what| Change::Access {
            group: g.id.clone(),
            what,
        };
        match find(&old.groups, &g.id) {
            None => out.push(change(AccessChange::Added { access: g.access })),
            Some(was) => {
                if was.access != g.access {
                    out.push(change(AccessChange::Level {
                        was: was.access,
                        now: g.access,
                    }));
                }
                if was.confidentiality_agreement != g.confidentiality_agreement {
                    out.push(change(AccessChange::Agreement {
                        was: was.confidentiality_agreement,
                        now: g.confidentiality_agreement,
                    }));
                }
            }
        }
    }
    for was in &old.groups {
        if find(groups, &was.id).is_none() {
            out.push(Change::Access {
                group: was.id.clone(),
                what: AccessChange::Removed,
            });
        }
    }
    // Nothing of a group changed: the list, as a set (qa134: the groups in another order were
    // told as "Changed: Who has access to the data?"; [`reordered`] tells the order).
    if out.len() == before {
        let by_id = |list: &[AccessGroup]| -> BTreeMap<String, AccessGroup> {
            list.iter().map(|g| (g.id.clone(), g.clone())).collect()
        };
        compare(
            "access",
            "access.groups",
            &by_id(&old.groups),
            &by_id(groups),
            out,
        );
    }
}

/// What changed of a place where the data is stored, matched by its id, field by field. Each
/// field is named here, so that a field added to [`Location`] does not compile until this says
/// how its change is told.
fn location_changes(was: &Location, now: &Location, out: &mut Vec<Change>) {
    let Location {
        id,
        provider,
        hosting,
        city,
        country,
        certifications,
        special_categories,
    } = now;
    let row = || Some(format!("storage-{id}"));
    let path = |field: &str| format!("storage.locations.{id}.{field}");
    let told = |what: StorageField| {
        Some(FactChange::Storage {
            provider: provider.clone(),
            city: city.clone(),
            what,
        })
    };
    let storage = "storage";
    // Its city and its country are one place: told alike, and so once; with its provider too,
    // where that changed with it.
    let moved = was.provider != *provider && (was.city != *city || was.country != *country);
    let place = || {
        told(match moved {
            true => StorageField::Moved {
                was: (was.provider.clone(), was.city.clone(), was.country.clone()),
                now: (city.clone(), country.clone()),
            },
            false => StorageField::Place {
                was: (was.city.clone(), was.country.clone()),
                now: (city.clone(), country.clone()),
            },
        })
    };
    compare_told(
        storage,
        row(),
        &path("provider"),
        (&was.provider, provider),
        || match moved {
            true => place(),
            false => told(StorageField::Provider {
                was: was.provider.clone(),
            }),
        },
        out,
    );
    compare_told(storage, row(), &path("city"), (&was.city, city), place, out);
    compare_told(
        storage,
        row(),
        &path("country"),
        (&was.country, country),
        place,
        out,
    );
    compare_told(
        storage,
        row(),
        &path("hosting"),
        (&was.hosting, hosting),
        || {
            told(StorageField::Hosting {
                was: was.hosting,
                now: *hosting,
            })
        },
        out,
    );
    // As a set: the same certifications in another order are told by the section only.
    compare_told(
        storage,
        row(),
        &path("certifications"),
        (&was.certifications, certifications),
        || {
            let (added, removed) = added_removed(&was.certifications, certifications);
            (!added.is_empty() || !removed.is_empty())
                .then(|| told(StorageField::Certifications { added, removed }))
                .flatten()
        },
        out,
    );
    compare_told(
        storage,
        row(),
        &path("special_categories"),
        (&was.special_categories, special_categories),
        || {
            told(StorageField::SpecialCategories {
                now: *special_categories,
            })
        },
        out,
    );
}

/// A fact of the model as JSON, for the paths and values `diff` shows.
fn json<T: Serialize>(fact: &T) -> Value {
    serde_json::to_value(fact).expect("the model serializes")
}

/// Changes of a fact, as deep as objects go; a changed list is one change.
fn facts(
    section: &Option<String>,
    row: Option<String>,
    path: String,
    was: Option<&Value>,
    now: Option<&Value>,
    out: &mut Vec<Change>,
) {
    match (was, now) {
        (Some(Value::Object(a)), Some(Value::Object(b))) => {
            let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
            for k in keys {
                facts(
                    section,
                    row.clone(),
                    format!("{path}.{k}"),
                    a.get(k.as_str()),
                    b.get(k.as_str()),
                    out,
                );
            }
        }
        (a, b) if a != b => out.push(Change::Fact {
            section: section.clone(),
            row,
            path,
            was: a.cloned(),
            now: b.cloned(),
            what: None,
        }),
        _ => {}
    }
}

/// Sub-processors matched by id (given, or derived from the name), field by field. Each field
/// is named here, so that a field added to [`Subprocessor`] does not compile until this says
/// what its change is.
fn subprocessors<S: Borrow<Subprocessor>>(old: &[S], new: &[S]) -> Vec<Change> {
    let key = |s: &Subprocessor| s.id.clone();
    let before: BTreeMap<String, &Subprocessor> =
        old.iter().map(|s| (key(s.borrow()), s.borrow())).collect();
    let now: BTreeSet<String> = new.iter().map(|s| key(s.borrow())).collect();
    let mut out = Vec::new();
    for n in new.iter().map(Borrow::borrow) {
        let Some(o) = before.get(&key(n)) else {
            out.push(Change::SubprocessorAdded {
                id: n.id.clone(),
                name: n.name.clone(),
                effective: n.effective,
                engaged: n.engaged,
            });
            continue;
        };
        let Subprocessor {
            id,
            name,
            personal_data,
            transfer,
            security,
            effective,
            notice_exception,
            purpose,
            countries,
            headquarters,
            group,
            data_categories,
            data_subjects,
            address,
            contact,
            list,
            applies_to,
            engaged,
        } = n;
        // The parts of its record a change of which is told by naming them.
        let mut record = Vec::new();
        if o.name != *name {
            out.push(Change::SubprocessorRenamed {
                id: id.clone(),
                was: o.name.clone(),
                now: name.clone(),
            });
        }
        if o.personal_data != *personal_data {
            out.push(Change::PersonalData {
                id: id.clone(),
                name: name.clone(),
                now: *personal_data,
            });
        }
        match (o.transfer, *transfer) {
            (
                Transfer::OutsideEea {
                    mechanism: a,
                    fallback: was,
                },
                Transfer::OutsideEea {
                    mechanism: b,
                    fallback: now,
                },
            ) => {
                if a != b {
                    out.push(Change::Transfer {
                        id: id.clone(),
                        name: name.clone(),
                        was: o.transfer,
                        now: *transfer,
                    });
                }
                if was != now {
                    out.push(Change::Fallback {
                        id: id.clone(),
                        name: name.clone(),
                        was,
                        now,
                    });
                }
            }
            (was, now) if was != now => out.push(Change::Transfer {
                id: id.clone(),
                name: name.clone(),
                was,
                now,
            }),
            _ => {}
        }
        if o.purpose != *purpose {
            out.push(Change::Purpose {
                id: id.clone(),
                name: name.clone(),
                was: o.purpose.clone(),
                now: purpose.clone(),
            });
        }
        // A set: the same countries in another order are the same countries.
        if !same_set(&o.countries, countries) {
            out.push(Change::Countries {
                id: id.clone(),
                name: name.clone(),
                was: o.countries.iter().map(|c| c.code().to_string()).collect(),
                now: countries.iter().map(|c| c.code().to_string()).collect(),
            });
        }
        let (mut record_was, mut record_now) = (BTreeMap::new(), BTreeMap::new());
        for (field, was, now) in [
            (
                RecordField::Headquarters,
                field_value(&o.headquarters),
                field_value(headquarters),
            ),
            (
                RecordField::Group,
                field_value(&o.group),
                field_value(group),
            ),
            (
                RecordField::DataCategories,
                set_value(&o.data_categories),
                set_value(data_categories),
            ),
            (
                RecordField::DataSubjects,
                set_value(&o.data_subjects),
                set_value(data_subjects),
            ),
            (
                RecordField::Address,
                field_value(&o.address),
                field_value(address),
            ),
            (
                RecordField::Contact,
                field_value(&o.contact),
                field_value(contact),
            ),
            (RecordField::List, field_value(&o.list), field_value(list)),
            (
                RecordField::AppliesTo,
                set_value(&o.applies_to),
                set_value(applies_to),
            ),
            (
                RecordField::Engaged,
                field_value(&o.engaged),
                field_value(engaged),
            ),
            // Why it was published with less notice than promised (the machine-readable lists
            // publish it).
            (
                RecordField::NoticeException,
                field_value(&o.notice_exception),
                field_value(notice_exception),
            ),
        ] {
            if was != now {
                record.push(field);
                record_was.extend(was.map(|v| (field, v)));
                record_now.extend(now.map(|v| (field, v)));
            }
        }
        let link = |l: &Option<crate::model::Link>| l.as_ref().map(|l| l.as_str().to_string());
        if link(&o.security) != link(security) {
            out.push(Change::SecurityLink {
                id: id.clone(),
                name: name.clone(),
                was: link(&o.security),
                now: link(security),
            });
        }
        if o.effective != *effective {
            out.push(Change::Effective {
                id: id.clone(),
                name: name.clone(),
                was: o.effective,
                now: *effective,
            });
        }
        if !record.is_empty() {
            out.push(Change::Record {
                id: id.clone(),
                name: name.clone(),
                fields: record,
                was: record_was,
                now: record_now,
            });
        }
    }
    for o in old
        .iter()
        .map(Borrow::borrow)
        .filter(|o| !now.contains(&key(o)))
    {
        out.push(Change::SubprocessorRemoved {
            id: o.id.clone(),
            name: o.name.clone(),
        });
    }
    out
}

/// What changes from the statement of a sub-processor `was` to `now`, but for its start date.
pub fn statement_changes(was: &Subprocessor, now: &Subprocessor) -> Vec<Change> {
    subprocessors(&[was], &[now])
        .into_iter()
        .filter(|c| !matches!(c, Change::Effective { .. }))
        .collect()
}

/// A change to an engaged sub-processor announced ahead and still to come: what changes from
/// the statement in effect to the one stated, and when it takes effect. However many
/// publications announced or re-announced it, this is what will have changed on that day.
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    /// The sub-processor's id: its row's anchor on the page is `subprocessor-<id>`.
    pub id: String,
    /// Each change, as the change log words it; never a start date (that is `takes_effect`),
    /// nor an exception to the notice period (that is `exception`).
    pub changes: Vec<Change>,
    pub takes_effect: jiff::civil::Date,
    /// Why it was announced with less notice than promised, where its statement gives a reason
    /// the statement in effect did not.
    pub exception: Option<NoticeException>,
}

impl Pending {
    /// What is to come of `stated`, while `in_effect` stands ([`Statements::in_effect`]):
    /// `None` when it takes effect at once, or when it changes nothing but its date. Countries
    /// given for the first time are stated ([`Change::CountriesStated`]), as the change log and
    /// the notice tell them, unless its transfers change with them (qa98: the page offered a
    /// day to object to them that the notice did not).
    pub fn between(in_effect: &Subprocessor, stated: &Subprocessor) -> Option<Pending> {
        let takes_effect = stated.effective?;
        let mut changes: Vec<Change> = (statement_changes(in_effect, stated).iter())
            .filter_map(Change::without_notice_exception)
            .collect();
        countries_stated(&mut changes);
        (!changes.is_empty()).then(|| Pending {
            id: stated.id.clone(),
            changes,
            takes_effect,
            exception: stated
                .notice_exception
                .filter(|e| in_effect.notice_exception != Some(*e)),
        })
    }

    /// Whether controllers may object to it: whether any of its changes needs their notice.
    pub fn objectable(&self) -> bool {
        self.changes.iter().any(|c| c.needs_notice().is_some())
    }
}

/// Of the changes to one sub-processor engaged before, its countries given for the first time
/// are stated ([`Change::CountriesStated`]), not moved to; unless its transfers change with
/// them: then they are where the transfers go, as new as they are (qa80).
pub fn countries_stated(changes: &mut [Change]) {
    let transfers = changes.iter().any(|c| matches!(c, Change::Transfer { .. }));
    for change in changes.iter_mut() {
        if let Change::Countries { id, name, was, now } = change
            && was.is_empty()
            && !transfers
        {
            *change = Change::CountriesStated {
                id: std::mem::take(id),
                name: std::mem::take(name),
                now: std::mem::take(now),
            };
        }
    }
}

/// The sub-processors of `model`, published on `date`, whose statement still to come
/// controllers may object to until the day before it takes effect: one not engaged yet (its
/// engagement), or one engaged whose change to come is [`Pending::objectable`]. Not one whose
/// change to come only states what was not stated, or only sets its day.
pub fn objectable_to_come<'m>(
    model: &'m Model,
    statements: &Statements<'m>,
    date: jiff::civil::Date,
) -> BTreeSet<String> {
    (model.subprocessors.iter().map(|s| &**s))
        .filter(|s| is_objectable_to_come(s, statements, date))
        .map(|s| s.id.clone())
        .collect()
}

/// Whether `s`, as a publication made on `date` states it, is a change still to come that
/// controllers may object to ([`objectable_to_come`]).
fn is_objectable_to_come<'m>(
    s: &'m Subprocessor,
    statements: &Statements<'m>,
    date: jiff::civil::Date,
) -> bool {
    if s.effective.is_none_or(|e| e <= date) {
        return false;
    }
    let shown = statements.in_effect(s, date);
    std::ptr::eq(shown, s) || Pending::between(shown, s).is_some_and(|p| p.objectable())
}

/// From which publication on the notice period `model` states has held, where a change still to
/// come on `date` that controllers may object to was first announced with fewer days ahead
/// ([`Statements::to_come_since`]), and no exception to the period: announced before it held
/// (every announcement is held to the period stated with it). Its page then says that its
/// period applies to what is announced from that publication on (qa114: it stated a period its
/// own changes to come did not keep). `this`: the publication `model` is; `earlier`: each
/// publication before it, oldest first, and the period it stated.
pub fn notice_period_since<'m>(
    model: &'m Model,
    statements: &Statements<'m>,
    date: jiff::civil::Date,
    this: PublicationId,
    earlier: &[(PublicationId, Option<u32>)],
) -> Option<PublicationId> {
    let days = model.notice_days?;
    let less = (model.subprocessors.iter()).any(|s| {
        let (Some(effective), Some(announced)) = (s.effective, statements.to_come_since(&s.id))
        else {
            return false;
        };
        s.notice_exception.is_none()
            && (effective - announced).get_days() < i32::try_from(days).unwrap_or(i32::MAX)
            && is_objectable_to_come(s, statements, date)
    });
    // Since when every announcement was held to as long a period, or a longer one (qa118: a
    // period lowered again held from the day it first was as long).
    let since = (earlier.iter().rev())
        .take_while(|(_, stated)| stated.is_some_and(|d| d >= days))
        .last()
        .map_or(this, |(id, _)| *id);
    less.then_some(since)
}

/// The last day controllers may object to what takes effect on `start` (GDPR Art. 28(2)): the
/// day before. The page, the annex, the notice, its calendar and the change log all say it;
/// `None` for the first day there is, which has none before it.
pub fn last_day_to_object(start: jiff::civil::Date) -> Option<jiff::civil::Date> {
    start.yesterday().ok()
}

/// The sub-processors of `model` (published on `date`) that are announced but not yet
/// engaged: their start is after `date`, and they are not engaged already (`engaged_before`:
/// the ids [`super::engagements::Engagements`] found engaged before). One
/// that is engaged and changes from a later date is not among them.
pub fn not_yet_engaged<'m>(
    model: &'m Model,
    date: jiff::civil::Date,
    engaged_before: &BTreeSet<String>,
) -> Vec<&'m Subprocessor> {
    model
        .subprocessors
        .iter()
        .filter(|s| s.effective.is_some_and(|e| e > date))
        .filter(|s| !engaged_before.contains(&s.id))
        .map(|s| &**s)
        .collect()
}

/// The format version of [`Diff`] as JSON (docs/diff-json.md); it changes only when a field
/// changes meaning or goes.
pub const DIFF_JSON_VERSION: u32 = 1;

/// What changed between the last recorded publication and the working tree (`candor diff`).
#[derive(Debug, Serialize)]
pub struct Diff {
    /// [`DIFF_JSON_VERSION`].
    pub version: u32,
    /// The language of the source text.
    pub source_language: String,
    /// The id of the last recorded publication: its date, and `-N` for the Nth of a day;
    /// `None` before the first.
    pub since: Option<String>,
    /// When the translations of that publication were last revised (UTC), where they were:
    /// `translations` and `stale` compare with its words as revised then.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revised: Option<String>,
    pub changes: Vec<Change>,
    /// The source text of the change log's entries and the notices ([`sections::is_entry_word`])
    /// reworded since that publication where no page shows it (so `changes` leaves it out):
    /// each a [`Change::Text`], the words the next publication's entries and notices are told
    /// in.
    pub entry_words: Vec<Change>,
    /// Per translation, the messages whose text changed since that publication (`None` when the
    /// publication did not record its translations).
    pub translations: BTreeMap<String, Option<Vec<String>>>,
    /// Per translation, the messages its page will mark stale, and no longer (`None` when the
    /// publication did not record which were).
    pub stale: BTreeMap<String, Option<StaleChanges>>,
}

/// How a translation's stale messages change: the sections whose notice ("the original
/// prevails") a page gains, and loses.
#[derive(Debug, Default, Serialize)]
pub struct StaleChanges {
    pub marked: Vec<String>,
    pub cleared: Vec<String>,
}

impl Diff {
    /// For a terminal: one line per change.
    pub fn to_text(&self) -> String {
        let source_language = &self.source_language;
        let mut out = match (&self.since, &self.revised) {
            (Some(date), Some(time)) => format!(
                "changes since the publication of {date}, its translations as revised at {time}:\n"
            ),
            (Some(date), None) => format!("changes since the publication of {date}:\n"),
            (None, _) => "no publication recorded yet; everything is new:\n".to_string(),
        };
        let (texts, facts): (Vec<&Change>, Vec<&Change>) =
            self.changes.iter().partition(|c| c.is_text());
        out.push_str("\nfacts\n");
        if facts.is_empty() {
            out.push_str("  (none)\n");
        }
        for c in facts {
            // Before the first publication, one engaged already is not listed late (qa90): no
            // publication left it out.
            let line = match (c, &self.since) {
                (
                    Change::SubprocessorAdded {
                        engaged: Some(date),
                        ..
                    },
                    None,
                ) => {
                    let mut listed = c.clone();
                    if let Change::SubprocessorAdded { engaged, .. } = &mut listed {
                        *engaged = None;
                    }
                    format!("{}, engaged since {date}", describe(&listed))
                }
                _ => describe(c),
            };
            out.push_str(&format!("  {line}\n"));
        }
        out.push_str(&format!("\nsource text ({source_language})\n"));
        if texts.is_empty() {
            out.push_str("  (none)\n");
        }
        // A term is listed once for each section it rewords; told once here.
        let mut told = BTreeSet::new();
        for c in texts {
            if let Change::Text { message, .. } = c
                && !told.insert(message)
            {
                continue;
            }
            out.push_str(&format!("  {}\n", describe(c)));
        }
        if !self.entry_words.is_empty() {
            out.push_str(&format!(
                "\nwords of the change log's entries and the notices ({source_language}), shown on no page: those from the next publication on are told in them\n"
            ));
            for c in &self.entry_words {
                out.push_str(&format!("  {}\n", describe(c)));
            }
        }
        out.push_str("\ntranslations\n");
        for (lang, ids) in &self.translations {
            let ids = match ids {
                Some(ids) if ids.is_empty() => "(none)".to_string(),
                Some(ids) => ids.join(", "),
                None if self.since.is_none() => "(no publication yet)".to_string(),
                None => "(not recorded at that publication)".to_string(),
            };
            out.push_str(&format!("  {lang}: {ids}\n"));
        }
        out.push_str("\nstale translated messages\n");
        for (lang, stale) in &self.stale {
            let said = match stale {
                None if self.since.is_none() => "(no publication yet)".to_string(),
                None => "(not recorded at that publication)".to_string(),
                Some(s) if s.marked.is_empty() && s.cleared.is_empty() => "(none)".to_string(),
                Some(s) => {
                    let marked = (!s.marked.is_empty())
                        .then(|| format!("now marked stale: {}", s.marked.join(", ")));
                    let cleared = (!s.cleared.is_empty())
                        .then(|| format!("no longer marked stale: {}", s.cleared.join(", ")));
                    marked
                        .into_iter()
                        .chain(cleared)
                        .collect::<Vec<_>>()
                        .join("; ")
                }
            };
            out.push_str(&format!("  {lang}: {said}\n"));
        }
        out
    }
}

/// `n` of a unit named in the plural (`hours`, `months`), as `diff` prints it: "1 hour",
/// "36 hours".
fn counted(n: u64, units: &str) -> String {
    match n {
        1 => format!("1 {}", units.strip_suffix('s').unwrap_or(units)),
        _ => format!("{n} {units}"),
    }
}

/// The lists both `old` and `new` hold whose items in common are in another order: the
/// sub-processors, each one's countries, data, subjects and products, whose data and which
/// kinds of it, the groups of staff and the places data is stored. The page lists each as
/// written.
fn reordered(old: &Model, new: &Model) -> Vec<Reordering> {
    // The items both list, in each one's order.
    fn moved<T: Ord>(a: &[T], b: &[T]) -> bool {
        let (in_a, in_b): (BTreeSet<&T>, BTreeSet<&T>) = (a.iter().collect(), b.iter().collect());
        let common_a = a.iter().filter(|x| in_b.contains(x));
        let common_b = b.iter().filter(|x| in_a.contains(x));
        !common_a.eq(common_b)
    }
    let ids = |m: &Model| -> Vec<String> { m.subprocessors.iter().map(|s| s.id.clone()).collect() };
    let groups =
        |m: &Model| -> Vec<String> { m.access.groups.iter().map(|g| g.id.clone()).collect() };
    let places =
        |m: &Model| -> Vec<String> { m.storage.locations.iter().map(|l| l.id.clone()).collect() };
    let mut lists = Vec::new();
    let whole = [
        (moved(&ids(old), &ids(new)), Reordering::Subprocessors),
        (moved(&groups(old), &groups(new)), Reordering::AccessGroups),
        (
            moved(&places(old), &places(new)),
            Reordering::StorageLocations,
        ),
        (
            moved(&old.processing.subjects, &new.processing.subjects),
            Reordering::Processed {
                of: ProcessedList::Subjects,
            },
        ),
        (
            moved(&old.processing.categories, &new.processing.categories),
            Reordering::Processed {
                of: ProcessedList::Categories,
            },
        ),
    ];
    lists.extend((whole.into_iter()).filter_map(|(moved, list)| moved.then_some(list)));
    let by_id: BTreeMap<&str, &Subprocessor> = new
        .subprocessors
        .iter()
        .map(|s| (s.id.as_str(), &**s))
        .collect();
    let codes = |s: &Subprocessor| -> Vec<String> {
        s.countries.iter().map(|c| c.code().to_string()).collect()
    };
    for o in &old.subprocessors {
        let Some(n) = by_id.get(o.id.as_str()) else {
            continue;
        };
        let of = [
            (moved(&codes(o), &codes(n)), SubprocessorList::Countries),
            (
                moved(&o.data_categories, &n.data_categories),
                SubprocessorList::DataCategories,
            ),
            (
                moved(&o.data_subjects, &n.data_subjects),
                SubprocessorList::DataSubjects,
            ),
            (
                moved(&o.applies_to, &n.applies_to),
                SubprocessorList::AppliesTo,
            ),
        ];
        for (_, of) in of.into_iter().filter(|(moved, _)| *moved) {
            lists.push(Reordering::Subprocessor {
                id: n.id.clone(),
                name: n.name.clone(),
                of,
            });
        }
    }
    lists
}

/// Whether two lists of countries hold the same countries, whatever their order.
fn same_set(a: &[crate::model::Country], b: &[crate::model::Country]) -> bool {
    let codes = |list: &[crate::model::Country]| {
        list.iter()
            .map(|c| c.code().to_string())
            .collect::<BTreeSet<String>>()
    };
    a.len() == b.len() && codes(a) == codes(b)
}

/// [`field_value`] of a list that is a set: its items sorted, so that the same items in
/// another order are the same value.
fn set_value<T: Serialize>(list: &[T]) -> Option<Value> {
    let mut items: Vec<Value> = list
        .iter()
        .filter_map(|v| serde_json::to_value(v).ok())
        .collect();
    items.sort_by_key(Value::to_string);
    field_value(&items)
}

/// A field of a sub-processor's record as JSON, `None` where it has no value (or an empty
/// list).
/// Beside each sub-processor `changes` adds, the exception to the notice period its entry in
/// `model` gives, as a change of its record from none: `diff` tells it so that the reviewer
/// sees what lets it be engaged without the notice controllers were promised (qa72: only its
/// name was shown). The change log tells it as a line of its own, and does not call this.
pub fn with_exceptions_of_added(changes: Vec<Change>, model: &Model) -> Vec<Change> {
    let mut out = Vec::with_capacity(changes.len());
    for change in changes {
        let exception = match &change {
            Change::SubprocessorAdded { id, name, .. } => (model.subprocessors.iter())
                .find(|s| s.id == *id)
                .and_then(|s| Some((id.clone(), name.clone(), s.notice_exception?))),
            _ => None,
        };
        out.push(change);
        if let Some((id, name, exception)) = exception {
            let field = RecordField::NoticeException;
            out.push(Change::Record {
                id,
                name,
                fields: vec![field],
                was: BTreeMap::new(),
                now: BTreeMap::from([(field, Value::from(exception.as_str()))]),
            });
        }
    }
    out
}

fn field_value(v: &impl Serialize) -> Option<Value> {
    serde_json::to_value(v)
        .ok()
        .filter(|v| !v.is_null() && v.as_array().is_none_or(|a| !a.is_empty()))
}

/// A message's text under a change, each line marked with `sign`, indented under it.
fn wording(sign: &str, text: &str) -> String {
    text.lines()
        .map(|line| format!("      {sign} {line}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A transfer in a few words, for a terminal.
fn transfer(t: &Transfer) -> String {
    match t {
        Transfer::WithinEea => "within the EEA".into(),
        Transfer::OutsideEea {
            mechanism,
            fallback: None,
        } => format!("outside the EEA ({})", mechanism.as_str()),
        Transfer::OutsideEea {
            mechanism,
            fallback: Some(fallback),
        } => format!(
            "outside the EEA ({}, falling back on {})",
            mechanism.as_str(),
            fallback.as_str()
        ),
    }
}

/// A change in one line, for people reading a terminal.
pub fn describe(change: &Change) -> String {
    let yes_no = |b: bool| if b { "yes" } else { "no" };
    let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| "(not stated)".into());
    let val = |v: &Option<Value>| v.as_ref().map_or("(none)".to_string(), |v| v.to_string());
    match change {
        Change::SubprocessorAdded {
            name,
            effective,
            engaged,
            ..
        } => {
            let mut said = format!("+ sub-processor {name}");
            if let Some(date) = effective {
                said.push_str(&format!(", from {date}"));
            }
            if let Some(date) = engaged {
                said.push_str(&format!(", engaged since {date} (listed late)"));
            }
            said
        }
        Change::Reordered { lists } if lists.is_empty() => {
            "~ facts listed in another order".to_string()
        }
        Change::Reordered { lists } => {
            let list = |l: &Reordering| match l {
                Reordering::Subprocessors => "the sub-processors".to_string(),
                Reordering::AccessGroups => "the groups of staff with access".to_string(),
                Reordering::StorageLocations => "the places data is stored".to_string(),
                Reordering::Processed {
                    of: ProcessedList::Subjects,
                } => "whose data is processed".to_string(),
                Reordering::Processed { .. } => "the kinds of data processed".to_string(),
                Reordering::Subprocessor { name, of, .. } => {
                    let what = match of {
                        SubprocessorList::Countries => "its countries",
                        SubprocessorList::DataCategories => "its data categories",
                        SubprocessorList::DataSubjects => "its data subjects",
                        SubprocessorList::AppliesTo => "its products",
                    };
                    format!("{name}: {what}")
                }
            };
            let lists: Vec<String> = lists.iter().map(list).collect();
            format!("~ listed in another order: {}", lists.join("; "))
        }
        Change::SubprocessorRemoved { name, .. } => format!("- sub-processor {name}"),
        Change::SubprocessorRenamed { was, now, .. } => format!("~ sub-processor {was} -> {now}"),
        Change::PersonalData { name, now, .. } => format!(
            "~ {name}: personal data {} -> {}",
            yes_no(!now),
            yes_no(*now)
        ),
        Change::Transfer { name, was, now, .. } => {
            format!("~ {name}: transfer {} -> {}", transfer(was), transfer(now))
        }
        Change::Fallback { name, was, now, .. } => {
            let mechanism = |m: &Option<TransferMechanism>| m.map_or("(none)", |m| m.as_str());
            format!(
                "~ {name}: fallback mechanism {} -> {}",
                mechanism(was),
                mechanism(now)
            )
        }
        Change::SecurityLink { name, was, now, .. } => {
            format!("~ {name}: security measures {} -> {}", opt(was), opt(now))
        }
        Change::Effective { name, was, now, .. } => {
            // No day is not "at once": a day dropped after it came took effect on it.
            let date =
                |d: &Option<jiff::civil::Date>| d.map_or("(no day)".into(), |d| d.to_string());
            format!("~ {name}: effective {} -> {}", date(was), date(now))
        }
        Change::TookEffect {
            name, day, part, ..
        } => {
            format!("~ {name}: took effect {day}: {}", describe(part))
        }
        Change::TakesEffect { name, was, now, .. } => match was {
            Some(was) if was != now => {
                format!("~ {name}: changes to it take effect {was} -> {now}")
            }
            _ => format!("~ {name}: changes to it take effect from {now}"),
        },
        Change::Withdrawn {
            name,
            was,
            part: None,
            what: Starts::Engagement,
            ..
        } => format!("~ {name}: the engagement announced for {was} is withdrawn"),
        Change::Withdrawn {
            name,
            was,
            part: None,
            ..
        } => format!("~ {name}: the change announced for {was} is withdrawn"),
        Change::Withdrawn {
            was,
            part: Some(part),
            ..
        } => format!(
            "~ withdrawn before it was to take effect on {was}: {}",
            describe(part)
        ),
        Change::StorageAdded { provider, city, .. } => {
            format!("+ storage location {provider}, {city}")
        }
        Change::StorageRemoved { provider, city, .. } => {
            format!("- storage location {provider}, {city}")
        }
        Change::Purpose { name, was, now, .. } => {
            format!("~ {name}: purpose {} -> {}", opt(was), opt(now))
        }
        Change::Countries { name, was, now, .. } => {
            let list = |codes: &[String]| match codes.is_empty() {
                true => "(not stated)".to_string(),
                false => format!("[{}]", codes.join(", ")),
            };
            format!("~ {name}: countries {} -> {}", list(was), list(now))
        }
        Change::CountriesStated { name, now, .. } => {
            format!("~ {name}: countries stated [{}]", now.join(", "))
        }
        Change::DataToProcess {
            name,
            categories,
            subjects,
            ..
        } => format!(
            "~ {name}: to process [{}] of [{}]",
            categories.join(", "),
            subjects.join(", ")
        ),
        Change::Record {
            name,
            fields,
            was,
            now,
            ..
        } => {
            let field = |f: &RecordField| {
                let named = serde_json::to_value(f).expect("a field serializes");
                let value = |values: &BTreeMap<RecordField, Value>| {
                    values
                        .get(f)
                        .map_or("(not stated)".to_string(), Value::to_string)
                };
                format!(
                    "{} {} -> {}",
                    named.as_str().unwrap_or_default(),
                    value(was),
                    value(now)
                )
            };
            format!(
                "~ {name}: {}",
                fields.iter().map(field).collect::<Vec<_>>().join("; ")
            )
        }
        Change::Processed {
            list,
            added,
            removed,
            statement,
        } => {
            let said = match statement {
                Statement::Changed => "",
                Statement::FirstStated => " (stated for the first time)",
                Statement::NoLongerStated => " (no longer stated)",
            };
            let list = match list {
                ProcessedList::Subjects => "data subjects",
                ProcessedList::Categories => "data categories",
                ProcessedList::Purposes => "purposes",
                ProcessedList::Operations => "operations",
            };
            let items: Vec<String> = (added.iter().map(|id| format!("+{id}")))
                .chain(removed.iter().map(|id| format!("-{id}")))
                .collect();
            format!("~ {list}: {}{said}", items.join(" "))
        }
        Change::Access { group, what } => match what {
            AccessChange::Added { access } => {
                format!("+ access group {group}: {}", access.as_str())
            }
            AccessChange::Removed => format!("- access group {group}"),
            AccessChange::Level { was, now } => format!(
                "~ access group {group}: access {} -> {}",
                was.as_str(),
                now.as_str()
            ),
            AccessChange::Agreement { was, now } => {
                let said = |b: &Option<bool>| b.map_or("not stated", |b| yes_no(b));
                format!(
                    "~ access group {group}: confidentiality agreement {} -> {}",
                    said(was),
                    said(now)
                )
            }
        },
        Change::RetentionPeriod { was, now } => format!(
            "~ retention period: {} -> {}{}",
            counted(u64::from(was.count), was.unit.as_str()),
            counted(u64::from(now.count), now.unit.as_str()),
            if was.same_length(now) {
                " (the same length)"
            } else {
                ""
            }
        ),
        Change::OrganisationRenamed { was, now } => format!("~ organisation name: {was} -> {now}"),
        Change::Contact { was, now } => format!("~ contact: {was} -> {now}"),
        Change::BreachDeadline { was, now } => format!(
            "~ breach notification deadline: {} -> {}",
            counted(u64::from(*was), "hours"),
            counted(u64::from(*now), "hours")
        ),
        Change::Fact { path, was, now, .. } => format!("~ {path}: {} -> {}", val(was), val(now)),
        Change::Text {
            message,
            was: None,
            now: Some(now),
            ..
        } => format!("+ {message}\n{}", wording("+", now)),
        Change::Text {
            message,
            was: Some(was),
            now: None,
            ..
        } => format!("- {message}\n{}", wording("-", was)),
        Change::Text {
            message, was, now, ..
        } => {
            let side = |sign: &str, text: &Option<String>| {
                text.as_deref().map_or(String::new(), |t| wording(sign, t))
            };
            format!("~ {message}\n{}\n{}", side("-", was), side("+", now))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn diff_tells_a_start_dropped_as_no_day_not_as_at_once() {
        // A day dropped after it came was not "at once": it says only that no day is set.
        let change = Change::Effective {
            id: "slack".into(),
            name: "Slack".into(),
            was: Some("2026-12-01".parse().unwrap()),
            now: None,
        };
        assert_eq!(
            describe(&change),
            "~ Slack: effective 2026-12-01 -> (no day)"
        );
    }

    #[test]
    fn diff_counts_one_hour_and_many_hours() {
        assert_eq!(counted(1, "hours"), "1 hour");
        assert_eq!(counted(36, "hours"), "36 hours");
        assert_eq!(counted(1, "years"), "1 year");
        assert_eq!(counted(0, "days"), "0 days");
    }

    fn snapshot(facts: Value, source: &[(&str, &str)]) -> Snapshot {
        Snapshot::new(
            facts,
            source
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }

    fn sub(name: &str, personal_data: bool, transfer: Transfer) -> Subprocessor {
        Subprocessor {
            personal_data,
            transfer,
            ..Subprocessor::named(name)
        }
    }

    const SCC: Transfer = Transfer::OutsideEea {
        fallback: None,
        mechanism: crate::model::TransferMechanism::StandardContractualClauses,
    };

    #[test]
    fn subprocessors_by_name_and_field() {
        let old = [
            sub("Hubspot", false, Transfer::WithinEea),
            sub("Vidyo", false, Transfer::WithinEea),
        ];
        let new = [
            sub("HUBSPOT", true, SCC),
            sub("Slack", false, Transfer::WithinEea),
        ];
        assert_eq!(
            subprocessors(&old, &new),
            vec![
                Change::SubprocessorRenamed {
                    id: crate::model::derived_id("HUBSPOT"),
                    was: "Hubspot".into(),
                    now: "HUBSPOT".into(),
                },
                Change::PersonalData {
                    id: crate::model::derived_id("HUBSPOT"),
                    name: "HUBSPOT".into(),
                    now: true
                },
                Change::Transfer {
                    id: crate::model::derived_id("HUBSPOT"),
                    name: "HUBSPOT".into(),
                    was: Transfer::WithinEea,
                    now: SCC,
                },
                Change::SubprocessorAdded {
                    id: crate::model::derived_id("Slack"),
                    name: "Slack".into(),
                    effective: None,
                    engaged: None,
                },
                Change::SubprocessorRemoved {
                    id: crate::model::derived_id("Vidyo"),
                    name: "Vidyo".into()
                },
            ]
        );
    }

    #[test]
    fn diff_tells_when_a_sub_processor_listed_late_was_engaged() {
        // qa78: `diff`'s text gave the name alone, where the change log says since when.
        let date = |d: &str| d.parse::<jiff::civil::Date>().unwrap();
        let added = |effective, engaged| {
            describe(&Change::SubprocessorAdded {
                id: "slack".into(),
                name: "Slack".into(),
                effective,
                engaged,
            })
        };
        assert_eq!(added(None, None), "+ sub-processor Slack");
        assert_eq!(
            added(None, Some(date("2026-10-01"))),
            "+ sub-processor Slack, engaged since 2026-10-01 (listed late)"
        );
        assert_eq!(
            added(Some(date("2027-01-15")), None),
            "+ sub-processor Slack, from 2027-01-15"
        );
    }

    #[test]
    fn derived_ids_survive_spacing_case_and_accents_and_a_given_id_survives_a_rename() {
        assert_eq!(
            crate::model::derived_id("Google Firebase/Analytics"),
            crate::model::derived_id("Google Firebase / Analytics")
        );
        assert_eq!(crate::model::derived_id("Müller GmbH"), "muller-gmbh");
        let mut old = sub("Slack", false, Transfer::WithinEea);
        old.id = "slack".into();
        let mut new = sub("Slack Technologies", false, Transfer::WithinEea);
        new.id = "slack".into();
        assert_eq!(
            subprocessors(&[old], &[new]),
            vec![Change::SubprocessorRenamed {
                id: "slack".into(),
                was: "Slack".into(),
                now: "Slack Technologies".into()
            }]
        );
    }

    #[test]
    fn a_removed_link_and_a_dropped_start_date_are_told_as_such() {
        let date = jiff::civil::date(2027, 3, 1);
        let mut old = sub("Slack", false, Transfer::WithinEea);
        old.security = Some(crate::model::Link::parse("https://slack.com/security").unwrap());
        old.effective = Some(date);
        let new = sub("Slack", false, Transfer::WithinEea);
        assert_eq!(
            subprocessors(&[old], &[new]),
            vec![
                Change::SecurityLink {
                    id: crate::model::derived_id("Slack"),
                    name: "Slack".into(),
                    was: Some("https://slack.com/security".into()),
                    now: None,
                },
                Change::Effective {
                    id: crate::model::derived_id("Slack"),
                    name: "Slack".into(),
                    was: Some(date),
                    now: None,
                },
            ]
        );
    }

    #[test]
    fn another_mechanism_and_another_fallback_are_two_changes_and_a_fallback_alone_one() {
        use crate::model::TransferMechanism::{BindingCorporateRules, DataPrivacyFramework};
        let dpf_scc = Transfer::OutsideEea {
            mechanism: DataPrivacyFramework,
            fallback: Some(crate::model::TransferMechanism::StandardContractualClauses),
        };
        let bcr = Transfer::OutsideEea {
            mechanism: BindingCorporateRules,
            fallback: None,
        };
        let dpf = Transfer::OutsideEea {
            mechanism: DataPrivacyFramework,
            fallback: None,
        };
        let slack = |t| [sub("Slack", false, t)];
        let (id, name) = (crate::model::derived_id("Slack"), "Slack".to_string());
        assert_eq!(
            subprocessors(&slack(dpf_scc), &slack(bcr)),
            vec![
                Change::Transfer {
                    id: id.clone(),
                    name: name.clone(),
                    was: dpf_scc,
                    now: bcr,
                },
                Change::Fallback {
                    id: id.clone(),
                    name: name.clone(),
                    was: Some(crate::model::TransferMechanism::StandardContractualClauses),
                    now: None,
                },
            ]
        );
        let fallback_alone = subprocessors(&slack(dpf_scc), &slack(dpf));
        assert!(matches!(fallback_alone[..], [Change::Fallback { .. }]));
        assert_eq!(fallback_alone[0].needs_notice(), None);
        assert_eq!(
            describe(&fallback_alone[0]),
            "~ Slack: fallback mechanism standard-contractual-clauses -> (none)"
        );
        // Into the EEA, its fallback goes with it: one change.
        assert!(matches!(
            subprocessors(&slack(dpf_scc), &slack(Transfer::WithinEea))[..],
            [Change::Transfer { .. }]
        ));
    }

    /// The facts of the example's first publication, as JSON.
    fn example_facts() -> Value {
        let lock: crate::history::lock::LockFile =
            toml::from_str(include_str!("../../candor.lock")).expect("the example's lock");
        lock.publications[0].snapshot.facts().unwrap()
    }

    #[test]
    fn other_facts_by_path_and_text_by_message() {
        let facts = example_facts();
        let mut changed = facts.clone();
        changed["retention"]["customer_may_change"] =
            json!(!facts["retention"]["customer_may_change"].as_bool().unwrap());
        let old = snapshot(facts.clone(), &[("retention-body", "a"), ("yes", "Yes")]);
        let new = snapshot(changed, &[("retention-body", "b"), ("yes", "Yes")]);
        let was = &facts["retention"]["customer_may_change"];
        assert_eq!(
            between(&old, &new),
            vec![
                Change::Fact {
                    section: Some("retention".into()),
                    row: None,
                    path: "retention.customer_may_change".into(),
                    was: Some(was.clone()),
                    now: Some(json!(!was.as_bool().unwrap())),
                    what: Some(FactChange::CustomerMayChange {
                        now: !was.as_bool().unwrap()
                    }),
                },
                Change::Text {
                    section: Some("retention".into()),
                    message: "retention-body".into(),
                    was: Some("a".into()),
                    now: Some("b".into()),
                    through: None,
                },
            ]
        );
        assert!(between(&old, &old).is_empty());
    }

    #[test]
    fn storage_locations_by_id_each_change_at_its_row() {
        let facts = example_facts();
        let location = facts["storage"]["locations"][0].clone();
        let mut changed = facts.clone();
        // The first location's certifications change; a location in another city is added.
        changed["storage"]["locations"][0]["certifications"] = json!(["ISO 27001"]);
        let mut dublin = location.clone();
        dublin["city"] = json!("Dublin");
        dublin["country"] = json!("IE");
        changed["storage"]["locations"]
            .as_array_mut()
            .unwrap()
            .push(dublin);
        let provider = location["provider"].as_str().unwrap();
        let first =
            crate::model::Location::derived_id(provider, location["city"].as_str().unwrap());
        let second = crate::model::Location::derived_id(provider, "Dublin");
        let changes = between(&snapshot(facts.clone(), &[]), &snapshot(changed, &[]));
        assert_eq!(
            changes,
            vec![
                Change::StorageAdded {
                    id: second.clone(),
                    provider: provider.into(),
                    city: "Dublin".into(),
                },
                Change::Fact {
                    section: Some("storage".into()),
                    row: Some(format!("storage-{first}")),
                    path: format!("storage.locations.{first}.certifications"),
                    was: Some(location["certifications"].clone()),
                    now: Some(json!(["ISO 27001"])),
                    what: Some(FactChange::Storage {
                        provider: provider.into(),
                        city: "Frankfurt".into(),
                        what: StorageField::Certifications {
                            added: vec![],
                            removed: ["ISO 9001", "ISO 27017", "ISO 27018"]
                                .map(String::from)
                                .into(),
                        },
                    }),
                },
            ]
        );
        assert_eq!(changes[1].anchor(), Some(format!("storage-{first}")));
        assert_eq!(changes[0].anchor(), Some(format!("storage-{second}")));
    }

    #[test]
    fn the_review_pages_words_are_told_only_between_records_that_both_kept_them() {
        let facts = example_facts();
        fn text(review: Option<&'static str>) -> Vec<(&'static str, &'static str)> {
            let mut source = vec![("access-heading", "Who has access?")];
            source.extend(review.map(|r| ("review-none", r)));
            source
        }
        let reworded = |old: &Snapshot, new: &Snapshot| -> Vec<String> {
            between(old, new)
                .into_iter()
                .filter_map(|c| match c {
                    Change::Text { message, .. } => Some(message),
                    _ => None,
                })
                .collect()
        };
        // Two records of an older candor, which kept them: told as they were published.
        let kept = snapshot(facts.clone(), &text(Some("Nothing changed.")));
        let kept_too = snapshot(facts.clone(), &text(Some("Nothing has changed.")));
        assert_eq!(reworded(&kept, &kept_too), ["review-none"]);
        // From one that kept them to one that does not, and after: nothing is told, and the
        // two publish the same.
        let left_out = snapshot(facts.clone(), &text(None));
        assert!(reworded(&kept, &left_out).is_empty());
        assert!(reworded(&left_out, &left_out).is_empty());
        assert!(kept == left_out && kept_too == left_out);
    }
}
