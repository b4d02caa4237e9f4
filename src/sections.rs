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

pub fn by_id(id: &str) -> Option<&'static Section> {
    SECTIONS.iter().find(|s| s.id == id)
}

/// The section a message is shown in, if any (page chrome is in none).
pub fn of_message(id: &str) -> Option<&'static Section> {
    SECTIONS
        .iter()
        .find(|s| s.messages.iter().any(|p| id.starts_with(p)))
}
