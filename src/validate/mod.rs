//! The second stage: every rule a file's syntax cannot express. The facts become the validated
//! [`crate::model::Model`] ([`content`]); the translations are held to the source
//! ([`translations`]) and to what they were translated from ([`status`]); a publication is held
//! to the notice the site promises ([`notice`]).

pub mod content;
pub mod notice;
pub mod status;
pub mod theme;
pub mod translations;

/// Whether two names may be one sub-processor's, before and after a rename: the words of the
/// shorter are all in the longer ("Slack", "Slack Technologies"). Two names that only start
/// alike ("Google Workspace", "Google Cloud") are more often two sub-processors.
pub fn named_alike(a: &str, b: &str) -> bool {
    let words = |name: &str| -> Vec<String> {
        name.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    !short.is_empty() && short.iter().all(|w| long.contains(w))
}
