//! The second stage: every rule a file's syntax cannot express. The facts become the validated
//! [`crate::model::Model`] ([`content`]); the translations are held to the source
//! ([`translations`]) and to what they were translated from ([`status`]); a publication is held
//! to the notice the site promises ([`notice`]); the words that name the facts' ids tell them
//! apart and keep to what was published ([`labels`]).

pub mod content;
pub mod labels;
pub mod notice;
pub mod status;
pub mod theme;
pub mod translations;

/// Whether two names may be one sub-processor's, before and after a rename: the words of the
/// shorter are all in the longer ("Slack", "Slack Technologies"). Two names that only start
/// alike ("Google Workspace", "Google Cloud") are more often two sub-processors. In a script
/// written without spaces (Chinese, Japanese, Thai…) a name is one run of letters, so a word
/// of two letters or more within one of the other's is in it ("云存储", "云存储服务").
pub fn named_alike(a: &str, b: &str) -> bool {
    let words = |name: &str| -> Vec<String> {
        name.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let size = |words: &[String]| {
        (
            words.len(),
            words.iter().map(|w| w.chars().count()).sum::<usize>(),
        )
    };
    let (short, long) = if size(&a) <= size(&b) {
        (&a, &b)
    } else {
        (&b, &a)
    };
    let within = |w: &String, l: &String| {
        unspaced(w) && unspaced(l) && w.chars().count() >= 2 && l.contains(w.as_str())
    };
    !short.is_empty()
        && short
            .iter()
            .all(|w| long.iter().any(|l| l == w || within(w, l)))
}

/// Whether `word` is written in a script that does not separate words with spaces.
fn unspaced(word: &str) -> bool {
    use unicode_script::{Script, UnicodeScript};
    word.chars().any(|c| {
        matches!(
            c.script(),
            Script::Han
                | Script::Hiragana
                | Script::Katakana
                | Script::Thai
                | Script::Lao
                | Script::Khmer
                | Script::Myanmar
                | Script::Tibetan
        )
    })
}
