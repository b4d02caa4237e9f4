//! Every message that candor's own code formats, rather than a template: the change log, the
//! feed, the review pages and the print margins of the page and the annex. The code that formats them names them by this
//! enum, and `candor check` requires each of them in the source language from the same list,
//! so no output can ask for a message the check did not.

/// The facts every message may use, whatever page or row shows it: the organisation's name,
/// its privacy policy and its privacy contact.
pub const GLOBAL_VARIABLES: [&str; 3] = ["org", "privacy-policy", "contact"];

/// Those of [`GLOBAL_VARIABLES`] that are addresses, which any message may link to.
pub const GLOBAL_LINKS: [&str; 2] = ["privacy-policy", "contact"];

/// The arguments of the templates' `t` and `md` that are the call's, not the message's: which
/// message, whether inline, in which language.
pub const CALL_ARGUMENTS: [&str; 3] = ["key", "inline", "language"];

/// Declares the messages, each with its Fluent id.
macro_rules! messages {
    ($($(#[$meta:meta])* $variant:ident = $id:literal),+ $(,)?) => {
        /// A message formatted by candor's code.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Message {
            $($(#[$meta])* $variant),+
        }

        impl Message {
            /// Every message, in declaration order.
            pub const ALL: &[Message] = &[$(Message::$variant),+];

            /// Its id in the locale files.
            pub fn id(self) -> &'static str {
                match self {
                    $(Message::$variant => $id),+
                }
            }
        }
    };
}

messages! {
    /// The page's title, in the print margin and the change log.
    PageTitle = "page-title",
    /// "Last modified: { $date }", in the print margin.
    LastModified = "last-modified",
    /// "Superseded on { $date } by a newer version.", in the print margin of an archived page
    /// a newer publication replaced.
    ArchiveSuperseded = "archive-superseded",
    /// "Read the current version.", before the current version's address in that margin.
    ArchiveCurrent = "archive-current",
    /// The change log's entry for the first publication.
    ChangesFirst = "changes-first",
    /// The change log's entry for a publication that changed only wording.
    ChangesWording = "changes-wording",
    /// The change log's entry for a publication that listed the same facts in another order.
    ChangesOrder = "changes-order",
    /// Facts listed in another order, beside other changes.
    ChangesOrderAlso = "changes-order-also",
    ChangeSubprocessorAdded = "change-subprocessor-added",
    ChangeSubprocessorRemoved = "change-subprocessor-removed",
    ChangeSubprocessorRenamed = "change-subprocessor-renamed",
    ChangePersonalData = "change-personal-data",
    ChangeOutsideEea = "change-outside-eea",
    ChangeMechanism = "change-mechanism",
    ChangeFallback = "change-fallback",
    /// A mechanism and the one it falls back on, as the table shows them.
    SubprocessorFallback = "subprocessor-fallback",
    ChangeSecurityLink = "change-security-link",
    ChangeEffective = "change-effective",
    /// The day a sub-processor announced and not engaged yet is still to be engaged, told
    /// with changes to its announcement.
    ChangeEngagementWithChanges = "change-engagement-with-changes",
    /// The same, where all that changed of it is withdrawn: no changes listed with it.
    ChangeEngagementStands = "change-engagement-stands",
    /// A change announced to an engaged sub-processor, withdrawn before it took effect.
    ChangeWithdrawn = "change-withdrawn",
    /// Why a sub-processor's change was published without the full notice period.
    ChangeNoticeException = "change-notice-exception",
    /// After a change that took effect at once, brought forward: the last day to object an
    /// earlier notice gave, which stands.
    ChangeObjectionKept = "change-objection-kept",
    /// A part of such a change, withdrawn while the rest of it is still to come.
    ChangeWithdrawnPart = "change-withdrawn-part",
    /// A part of a change announced for a day that came: what took effect that day.
    ChangeTookEffectPart = "change-took-effect-part",
    ChangeReworded = "change-reworded",
    /// In a translation's change log: the source reworded a section the translation has not
    /// followed yet.
    ChangeRewordedOriginal = "change-reworded-original",
    /// A source rewording a translation's words were checked against and still say.
    ChangeRewordedOriginalChecked = "change-reworded-original-checked",
    /// A source rewording taken back, to the words a translation still followed.
    ChangeRewordedOriginalRestored = "change-reworded-original-restored",
    ChangeRewordedOther = "change-reworded-other",
    /// Words of the notices, the change log or the review pages reworded: not the page's.
    ChangeRewordedElsewhere = "change-reworded-elsewhere",
    ChangeSection = "change-section",
    ChangeStorageAdded = "change-storage-added",
    ChangePurpose = "change-purpose",
    /// What a sub-processor added with the change is to be engaged for.
    ChangePurposeNew = "change-purpose-new",
    /// A purpose first stated by a change still to come, taken back before that day.
    ChangePurposeWithdrawn = "change-purpose-withdrawn",
    ChangeCountries = "change-countries",
    ChangeOrganisationRenamed = "change-organisation-renamed",
    ChangeContact = "change-contact",
    ChangeCountriesStated = "change-countries-stated",
    /// What data a new sub-processor is to process, and whose, in its notice (`$lists`).
    ChangeSubprocessorData = "change-subprocessor-data",
    /// Countries announced for a sub-processor not engaged yet, taken back before its start.
    ChangeCountriesWithdrawn = "change-countries-withdrawn",
    ChangeRecord = "change-record",
    /// The data categories or subjects of a sub-processor's record, in `change-record`: which
    /// are new, and which no longer listed.
    ChangeRecordList = "change-record-list",
    /// A sub-processor's group or headquarters, in `change-record`: now and before.
    ChangeRecordValue = "change-record-value",
    /// The purpose column's heading, also the word `change-record` names a dropped purpose by.
    SubprocessorPurpose = "subprocessor-purpose",
    /// The countries column's heading, also the word `change-record` names dropped countries by.
    SubprocessorCountries = "subprocessor-countries",
    /// The parts of a sub-processor's record that `change-record` names.
    FieldHeadquarters = "subprocessor-field-headquarters",
    FieldGroup = "subprocessor-field-group",
    FieldDataCategories = "subprocessor-field-data-categories",
    FieldDataSubjects = "subprocessor-field-data-subjects",
    FieldAddress = "subprocessor-field-address",
    FieldContact = "subprocessor-field-contact",
    FieldList = "subprocessor-field-list",
    FieldAppliesTo = "subprocessor-field-applies-to",
    FieldEngaged = "subprocessor-field-engaged",
    FieldNoticeException = "subprocessor-field-notice-exception",
    FieldEffective = "subprocessor-field-effective",
    ChangeRetentionPeriod = "change-retention-period",
    /// In a language's change log, under a publication whose translation into it was revised.
    ChangesTranslationRevised = "changes-translation-revised",
    /// The same retention period written in other units ("24 months" for "2 years").
    ChangeRetentionPeriodRestated = "change-retention-period-restated",
    /// A retention period ("2 years"), in the change log as on the page.
    RetentionPeriod = "retention-period",
    ChangeBreachDeadline = "change-breach-deadline",
    /// When the retention period starts (`$now`, `$was`: `retention-starts-*`).
    ChangeRetentionStarts = "change-retention-starts",
    /// Whether a customer may agree another retention period, now (`$now`).
    ChangeRetentionCustomerMayChange = "change-retention-customer-may-change",
    /// What happens when the retention period ends, now and before (`retention-end-*`).
    ChangeRetentionAtEnd = "change-retention-at-end",
    /// The systems that detect a breach: some added, some no longer (`$change`).
    ChangeBreachMonitoring = "change-breach-monitoring",
    /// A field of a place where the data is stored (`$change` says which).
    ChangeStorageLocation = "change-storage-location",
    /// Whose data is processed, or which kinds of it: some added (`$added`), some no longer
    /// (`$removed`), or both (`$change`).
    ChangeDataSubjects = "change-data-subjects",
    ChangeDataCategories = "change-data-categories",
    /// The purposes of the processing, or what is done with the data, added or no longer
    /// stated (Annex I.B).
    ChangePurposes = "change-purposes",
    ChangeOperations = "change-operations",
    /// How often data is transferred to the organisation (Annex I.B): `$change` is `stated`,
    /// `unstated` or `changed`.
    ChangeFrequency = "change-frequency",
    /// How many days ahead a new sub-processor, or a change to one, is announced: `$change` is
    /// `stated`, `unstated` or `changed`, `$was` and `$now` the days (0 where not stated).
    ChangeNoticeDays = "change-notice-days",
    /// A group of staff with access to the data listed, no longer listed, or its access or
    /// its confidentiality agreement changed (`$change`).
    ChangeAccess = "change-access",
    ChangeStorageRemoved = "change-storage-removed",
    /// A storage location added while another is no longer listed.
    ChangeStorageNow = "change-storage-now",
    /// The headings of the change log's groups in an entry.
    ChangesGroupAdded = "changes-group-added",
    ChangesGroupRemoved = "changes-group-removed",
    ChangesGroupChanged = "changes-group-changed",
    ChangesGroupUpcoming = "changes-group-upcoming",
    ChangesGroupWithdrawn = "changes-group-withdrawn",
    ChangesGroupToCome = "changes-group-to-come",
    FeedTitle = "feed-title",
    FeedEntryFirst = "feed-entry-first",
    FeedEntryTitle = "feed-entry-title",
    /// A publication's date, when it is the second or a later one of that day.
    PublicationAgain = "publication-again",
    /// "{ $date } (revision { $nth } of the day)": a translation's wording shown after its
    /// publication's day, where it is not the day's first.
    RevisionAgain = "revision-again",
    /// The notice to controllers of a publication (`<lang>/notices/<id>/`).
    NoticeSubject = "notice-subject",
    NoticeIntro = "notice-intro",
    /// The subject and opening of a notice that only withdraws changes told of before.
    NoticeSubjectWithdrawn = "notice-subject-withdrawn",
    NoticeIntroWithdrawn = "notice-intro-withdrawn",
    /// A notice that removes a sub-processor while changes told for it were still to come.
    NoticeIntroRemoved = "notice-intro-removed",
    /// A notice that removes a sub-processor engaged at once (brought forward) before the last
    /// day to object an earlier notice gave, which it cancels.
    NoticeIntroRemovedKept = "notice-intro-removed-kept",
    /// After a removal that ends a last day to object kept: that day no longer applies.
    NoticeObjectionEnded = "notice-objection-ended",
    /// The subject and opening of a notice whose changes all take effect at once.
    NoticeSubjectAtOnce = "notice-subject-at-once",
    NoticeIntroAtOnce = "notice-intro-at-once",
    /// The opening of a notice that tells only of what changed in what was told before, with
    /// nothing new to object to (a day moved, with countries stated on it).
    NoticeIntroTold = "notice-intro-told",
    NoticeTakesEffect = "notice-takes-effect",
    /// Of a sub-processor first listed after it was engaged: the day it was (`engaged`).
    NoticeInEffectSince = "notice-in-effect-since",
    NoticeObjectUntil = "notice-object-until",
    NoticeException = "notice-exception",
    NoticeHow = "notice-how",
    /// Where to write, in a notice that gives nothing to object to.
    NoticeHowWithdrawn = "notice-how-withdrawn",
    NoticePage = "notice-page",
    NoticeFingerprint = "notice-fingerprint",
    /// A notice in a translation some of whose words it was written with were stale.
    NoticeStale = "notice-stale",
    NoticeEventStart = "notice-event-start",
    NoticeEventObjection = "notice-event-objection",
    /// A calendar event cancelled: its title, `$event`, marked so.
    NoticeEventCancelled = "notice-event-cancelled",
    /// "Notice to controllers", before the links to it in the feed.
    NoticeLink = "notice-link",
    /// The name of the notice's e-mail file among its formats.
    NoticeFormatEmail = "notice-format-email",
    /// "Fingerprint of this publication:", before it in each feed entry (and on archive pages).
    PublicationFingerprint = "publication-fingerprint",
    /// The annex's title, at the head of every printed page of it.
    AnnexTitle = "annex-title",
    /// "Publication of { $date }", in the annex's print margin.
    AnnexPublication = "annex-publication",
    /// "Publication of { $date }, translation revised on { $revised }", in the print margin of
    /// today's annex in a translation revised since.
    AnnexPublicationRevised = "annex-publication-revised",
    /// On an archive copy, a change-log entry and a feed entry of a day the page was not
    /// published in the language.
    ArchiveTranslatedLater = "archive-translated-later",
    ArchiveTranslatedAdded = "archive-translated-added",
    /// "As revised on { $date }": a feed entry's link to the archive's copy of a wording its
    /// publication's page was shown in after its day.
    ArchiveRevisedOn = "archive-revised-on",
    ReviewDraft = "review-draft",
    ReviewPlaceholders = "review-placeholders",
    /// Under it, of a publication not made yet: the day it is dated as if published, and that
    /// published on another day its date and fingerprint differ.
    ReviewDay = "review-day",
    ReviewSince = "review-since",
    /// The same, of a publication whose translation was revised since.
    ReviewSinceRevised = "review-since-revised",
    ReviewSinceAdded = "review-since-added",
    ReviewFirst = "review-first",
    ReviewNotSince = "review-not-since",
    ReviewNone = "review-none",
    /// A section whose translation follows the original again (its stale notice gone).
    ReviewStaleCleared = "review-stale-cleared",
    ReviewInsStart = "review-ins-start",
    ReviewInsEnd = "review-ins-end",
    ReviewDelStart = "review-del-start",
    ReviewDelEnd = "review-del-end",
    /// In the review's margin, beside a block that changed (and on a section's heading).
    ReviewChanged = "review-changed",
    /// In the review's margin, beside a block that is new.
    ReviewAdded = "review-added",
    /// In the review's margin, beside a block that is gone.
    ReviewRemoved = "review-removed",
}

/// The ids of every message candor's code formats.
pub fn ids() -> impl Iterator<Item = String> {
    Message::ALL.iter().map(|m| m.id().to_string())
}

/// The generic words of candor's own example, as `(language, file under locales/<language>/,
/// words)`: the page's chrome, sections and change log, the annex, the names of fixed values.
/// `candor init` writes them; where a site lacks a message candor needs, its help quotes them
/// ([`generic`]).
pub const GENERIC_WORDS: &[(&str, &str, &str)] = &[
    ("en", "chrome.ftl", include_str!("../locales/en/chrome.ftl")),
    ("en", "annex.ftl", include_str!("../locales/en/annex.ftl")),
    (
        "en",
        "changes.ftl",
        include_str!("../locales/en/changes.ftl"),
    ),
    (
        "en",
        "sections.ftl",
        include_str!("../locales/en/sections.ftl"),
    ),
    (
        "en",
        "vocabulary.ftl",
        include_str!("../locales/en/vocabulary.ftl"),
    ),
    ("de", "chrome.ftl", include_str!("../locales/de/chrome.ftl")),
    ("de", "annex.ftl", include_str!("../locales/de/annex.ftl")),
    (
        "de",
        "changes.ftl",
        include_str!("../locales/de/changes.ftl"),
    ),
    (
        "de",
        "sections.ftl",
        include_str!("../locales/de/sections.ftl"),
    ),
    (
        "de",
        "vocabulary.ftl",
        include_str!("../locales/de/vocabulary.ftl"),
    ),
    ("nl", "chrome.ftl", include_str!("../locales/nl/chrome.ftl")),
    ("nl", "annex.ftl", include_str!("../locales/nl/annex.ftl")),
    (
        "nl",
        "changes.ftl",
        include_str!("../locales/nl/changes.ftl"),
    ),
    (
        "nl",
        "sections.ftl",
        include_str!("../locales/nl/sections.ftl"),
    ),
    (
        "nl",
        "vocabulary.ftl",
        include_str!("../locales/nl/vocabulary.ftl"),
    ),
];

/// The entry of the message `id` as [`GENERIC_WORDS`] write it in `language`, or in English
/// where they do not speak it: `id = …` and its indented lines, without the comments above
/// it; and the file they write it in, `locales/<language>/<file>`.
pub fn generic(language: &str, id: &str) -> Option<(String, &'static str)> {
    let language = if speaks(language) { language } else { "en" };
    GENERIC_WORDS
        .iter()
        .filter(|(l, _, _)| *l == language)
        .find_map(|(l, file, words)| Some((format!("locales/{l}/{file}"), entry(words, id)?)))
}

/// Whether [`GENERIC_WORDS`] speak `language`.
pub fn speaks(language: &str) -> bool {
    GENERIC_WORDS.iter().any(|(l, _, _)| *l == language)
}

/// The entry of `id` in Fluent `words`: from its `id =` line to the last indented line after it.
fn entry<'w>(words: &'w str, id: &str) -> Option<&'w str> {
    let start = words.match_indices(id).map(|(at, _)| at).find(|&at| {
        (at == 0 || words.as_bytes()[at - 1] == b'\n')
            && words[at + id.len()..]
                .trim_start_matches(' ')
                .starts_with('=')
    })?;
    let mut end = start;
    for line in words[start..].split_inclusive('\n') {
        let continues = end == start || line.starts_with(' ');
        if !continues {
            break;
        }
        end += line.len();
    }
    Some(words[start..end].trim_end())
}

#[cfg(test)]
mod tests {
    use super::generic;

    #[test]
    fn a_generic_entry_is_its_id_line_and_its_indented_lines() {
        assert_eq!(
            generic("de", "changes-title"),
            Some((
                "locales/de/changes.ftl".to_string(),
                "changes-title = Änderungen an dieser Seite"
            ))
        );
        let (_, effective) = generic("en", "change-effective").unwrap();
        assert!(effective.starts_with("change-effective =\n    { $kind ->"));
        assert!(effective.ends_with("\n    }"), "{effective}");
        // A language the example does not speak gets the English words.
        assert_eq!(
            generic("fr", "changes-title"),
            generic("en", "changes-title")
        );
        assert_eq!(generic("en", "no-such-message"), None);
        // An id that only begins another's is not that one.
        assert_eq!(generic("en", "change"), None);
    }
}
