//! The sections of the page, and which messages and facts belong to each: the stale notice, the
//! change log and `diff` all say "this section changed" from this one table.

/// One section of the page.
#[derive(Debug, Clone, Copy)]
pub struct Section {
    /// The section's id on the page (`#retention`).
    pub id: &'static str,
    /// The message that heads it.
    pub heading: &'static str,
    /// Messages shown in it, by id prefix.
    pub messages: &'static [&'static str],
}

pub const SECTIONS: &[Section] = &[
    Section {
        id: "summary",
        heading: "summary-heading",
        messages: &["summary-"],
    },
    Section {
        id: "principles",
        heading: "intro-heading",
        messages: &["intro-", "principle-"],
    },
    Section {
        id: "processing",
        heading: "processing-heading",
        messages: &["processing-", "subject-", "category-"],
    },
    Section {
        id: "control",
        heading: "control-heading",
        messages: &["control-"],
    },
    Section {
        id: "storage",
        heading: "storage-heading",
        messages: &["storage-", "hosting-", "exports-", "region-"],
    },
    Section {
        id: "subprocessors",
        heading: "subprocessors-heading",
        messages: &["subprocessors-", "subprocessor-", "mechanism-"],
    },
    Section {
        id: "retention",
        heading: "retention-heading",
        messages: &["retention-"],
    },
    Section {
        id: "access",
        heading: "access-heading",
        messages: &["access-"],
    },
    Section {
        id: "integrations",
        heading: "integrations-heading",
        messages: &[
            "integrations-",
            "integration-",
            "system-",
            "direction-",
            "purpose-",
            "transport-",
            "authentication-",
        ],
    },
    Section {
        id: "dpia",
        heading: "dpia-heading",
        messages: &["dpia-"],
    },
    Section {
        id: "breach",
        heading: "breach-heading",
        messages: &["breach-"],
    },
    Section {
        id: "visitors",
        heading: "visitors-heading",
        messages: &["visitors-"],
    },
];

/// Where a message of no section of the page is shown, for the change log to say what a
/// rewording of it changed (the annex's words, `annex-`, are named by the annex's title).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Elsewhere {
    /// The page itself: its title, its chrome, its archive copies' banners.
    Page,
    /// The notices to controllers.
    Notices,
    /// The change log and its feed.
    ChangeLog,
    /// The review pages, which lawyers read before a publication.
    Review,
}

impl Elsewhere {
    /// Where `message` is shown: by the lists of the messages only the notices, only the change
    /// log or only the review pages show (by id, not by its start: `notice-link` is the change
    /// log's, `changes-link` the page's); any other is the page's.
    pub fn of(message: &str) -> Elsewhere {
        if NOTICES_ONLY.contains(&message) {
            Elsewhere::Notices
        } else if CHANGE_LOG_ONLY.contains(&message)
            || ["change-", "changes-group-", "feed-"]
                .iter()
                .any(|p| message.starts_with(p))
        {
            Elsewhere::ChangeLog
        } else if message.starts_with("review-") {
            Elsewhere::Review
        } else {
            Elsewhere::Page
        }
    }

    /// How `change-reworded-elsewhere` tells it (`$where`); none for the page, which
    /// `change-reworded-other` tells.
    pub fn selector(self) -> Option<&'static str> {
        match self {
            Elsewhere::Page => None,
            Elsewhere::Notices => Some("notices"),
            Elsewhere::ChangeLog => Some("changes"),
            Elsewhere::Review => Some("review"),
        }
    }
}

/// Whether a message or term (`-id`) is shown in what a site publishes: every one but those of
/// the review pages, which lawyers read before a publication and which are never published.
/// Their words are no part of the record: rewording them is no publication and no revision.
pub fn is_published(id: &str) -> bool {
    Elsewhere::of(id) != Elsewhere::Review
}

/// The messages only the notices to controllers show (`render::notice`): not the page's box of
/// changes to come, which shows `notice-takes-effect` and `notice-object-until` too.
pub const NOTICES_ONLY: &[&str] = &[
    "notice-subject",
    "notice-intro",
    "notice-subject-withdrawn",
    "notice-intro-withdrawn",
    "notice-intro-removed",
    "notice-subject-at-once",
    "notice-intro-at-once",
    "notice-exception",
    "notice-how",
    "notice-how-withdrawn",
    "notice-page",
    "notice-fingerprint",
    "notice-event-start",
    "notice-event-objection",
];

/// Whether `message` words the change log's entries and the notices (`change-…`, the notices'
/// own), each in the words its publication recorded: today's page shows it only in its box of
/// changes still to come (`upcoming-changes.html`, with `notice-takes-effect` and
/// `notice-object-until`), and a page without one shows none of it (qa112: a reworded entry's
/// words, shown nowhere, made a publication or a revision).
pub fn is_entry_word(message: &str) -> bool {
    message.starts_with("change-")
        || NOTICES_ONLY.contains(&message)
        || ["notice-takes-effect", "notice-object-until"].contains(&message)
}

/// Besides every `change-`, `changes-group-` and `feed-` message, the messages only the change
/// log and its feed show (`changes-link`, `changes-feed` and `changes-back` are the page's too).
pub const CHANGE_LOG_ONLY: &[&str] = &[
    "changes-title",
    "changes-intro",
    "changes-first",
    "changes-wording",
    "changes-order",
    "changes-order-also",
    "changes-translation-revised",
    "publication-again",
    "notice-link",
    "notice-format-email",
];

pub fn by_id(id: &str) -> Option<&'static Section> {
    SECTIONS.iter().find(|s| s.id == id)
}

/// The section a message is shown in, if any (page chrome is in none).
pub fn of_message(id: &str) -> Option<&'static Section> {
    if is_annex_only(id) {
        return None;
    }
    SECTIONS
        .iter()
        .find(|s| s.messages.iter().any(|p| id.starts_with(p)))
}

/// The starts of the messages that the annex shows and no section of the page: its own
/// (`annex-`), and the labels of what it states as Annex I.B beyond the page, the processing's
/// operations and how often data is transferred (qa111: a reworded operation was told as the
/// page's processing section reworded, and marked that section stale in translations).
pub const ANNEX_ONLY: &[&str] = &["annex-", "processing-operation-", "processing-frequency-"];

/// Whether `message` is shown by the annex alone ([`ANNEX_ONLY`]).
pub fn is_annex_only(message: &str) -> bool {
    ANNEX_ONLY.iter().any(|start| message.starts_with(start))
}
