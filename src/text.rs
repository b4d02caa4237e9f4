//! Characters that have no place in text candor publishes, and making text safe where it goes:
//! XML (the feeds) and terminals (diagnostics).
//!
//! A control character, a bidirectional override or a noncharacter in a fact or a translation is
//! at best invisible and at worst an attack: a bidi override makes a page say something else
//! than its source reads ("Trojan Source"), an escape sequence rewrites the terminal of whoever
//! runs `candor check`, U+FFFF makes a feed ill-formed XML. [`forbidden`] says which characters
//! those are and names them, so that a diagnostic can say what to delete; [`xml_safe`] and
//! [`visible`] are the output side, for text that was never checked.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

/// What kind of character a [`Forbidden`] one is, and so why it is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// C0 (except tab and line feed), DEL, or C1: a terminal or a parser acts on it.
    Control,
    /// A bidirectional embedding, override or isolate: text displays in another order than it
    /// is written.
    Bidi,
    /// A noncharacter (U+FFFE, U+FFFF, U+FDD0..U+FDEF, and the last two of every plane): never
    /// meant for interchange, and U+FFFE/U+FFFF are not allowed in XML.
    Noncharacter,
    /// An invisible character with no business in text (a zero-width space, a word joiner, a
    /// byte order mark inside the text).
    Invisible,
    /// A private-use character (U+E000..U+F8FF, planes 15 and 16): it means what the font of
    /// whoever typed it says, and nothing anywhere else.
    PrivateUse,
}

impl Kind {
    /// What the character is, for a diagnostic: "U+0007 BELL, a control character".
    pub fn describe(self) -> &'static str {
        match self {
            Kind::Control => "a control character",
            Kind::Bidi => "a bidirectional control",
            Kind::Noncharacter => "a noncharacter",
            Kind::Invisible => "an invisible character",
            Kind::PrivateUse => "a private-use character",
        }
    }

    /// Why it has to go, for a diagnostic's help: "delete the character: {why}".
    pub fn why(self) -> &'static str {
        match self {
            Kind::Control => {
                "it shows as nothing or as garbage on the page, and acts on the terminal of whoever \
                 reads it there; it usually comes from a copy out of a terminal or another program"
            }
            Kind::Bidi => "readers would see the text in another order than the file shows it",
            Kind::Noncharacter => "it is not text (U+FFFE and U+FFFF are not even allowed in XML)",
            Kind::Invisible => "no reader or reviewer can see it is there",
            Kind::PrivateUse => {
                "it has no meaning outside the font of whoever typed it: readers see a blank, a box \
                 or another font's symbol"
            }
        }
    }
}

/// A character that has no place in published text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Forbidden {
    pub ch: char,
    /// Its Unicode name (for controls, their name alias, such as `ESCAPE`); `None` for
    /// noncharacters, which have none.
    pub name: Option<&'static str>,
    pub kind: Kind,
}

/// `U+202E RIGHT-TO-LEFT OVERRIDE`, `U+FFFF` (no name).
impl fmt::Display for Forbidden {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "U+{:04X}", u32::from(self.ch))?;
        match self.name {
            Some(name) => write!(f, " {name}"),
            None => Ok(()),
        }
    }
}

/// Whether `c` has no place in text candor publishes, and what it is if so.
///
/// Forbidden: C0 controls other than tab and line feed (a carriage return alone too: see
/// [`find_forbidden`] for line endings), DEL and the C1 controls; the bidirectional embeddings,
/// overrides and isolates (U+202A..U+202E, U+2066..U+2069); every noncharacter; U+200B ZERO
/// WIDTH SPACE, U+2060 WORD JOINER and U+FEFF (a byte order mark, which belongs only at the
/// start of a file and is removed there on reading).
///
/// Allowed, because languages need them: U+200C ZERO WIDTH NON-JOINER and U+200D ZERO WIDTH
/// JOINER (Persian, Indic scripts, emoji), U+00AD SOFT HYPHEN, and the bidi marks U+200E, U+200F
/// and U+061C, which only set the direction of neutral characters next to them.
pub fn forbidden(c: char) -> Option<Forbidden> {
    let (name, kind) = match c {
        '\t' | '\n' => return None,
        '\0'..='\u{1f}' => (Some(C0[c as usize]), Kind::Control),
        '\u{7f}' => (Some("DELETE"), Kind::Control),
        '\u{80}'..='\u{9f}' => (Some(C1[c as usize - 0x80]), Kind::Control),
        '\u{202a}' => (Some("LEFT-TO-RIGHT EMBEDDING"), Kind::Bidi),
        '\u{202b}' => (Some("RIGHT-TO-LEFT EMBEDDING"), Kind::Bidi),
        '\u{202c}' => (Some("POP DIRECTIONAL FORMATTING"), Kind::Bidi),
        '\u{202d}' => (Some("LEFT-TO-RIGHT OVERRIDE"), Kind::Bidi),
        '\u{202e}' => (Some("RIGHT-TO-LEFT OVERRIDE"), Kind::Bidi),
        '\u{2066}' => (Some("LEFT-TO-RIGHT ISOLATE"), Kind::Bidi),
        '\u{2067}' => (Some("RIGHT-TO-LEFT ISOLATE"), Kind::Bidi),
        '\u{2068}' => (Some("FIRST STRONG ISOLATE"), Kind::Bidi),
        '\u{2069}' => (Some("POP DIRECTIONAL ISOLATE"), Kind::Bidi),
        '\u{200b}' => (Some("ZERO WIDTH SPACE"), Kind::Invisible),
        '\u{2060}' => (Some("WORD JOINER"), Kind::Invisible),
        '\u{feff}' => (Some("ZERO WIDTH NO-BREAK SPACE"), Kind::Invisible),
        c if is_noncharacter(c) => (None, Kind::Noncharacter),
        _ => return None,
    };
    Some(Forbidden { ch: c, name, kind })
}

/// Whether `c` has no place in a fact (a name, an address, a city), beyond [`forbidden`]:
/// the invisible format characters that no name needs, which would let two names that look the
/// same differ or hide text in one. Line and paragraph separators (U+2028, U+2029), the
/// invisible mathematical operators (U+2061..U+2064), the deprecated format characters
/// (U+206A..U+206F), the interlinear annotation characters (U+FFF9..U+FFFB), the tag characters
/// (U+E0000..U+E007F, which spell hidden ASCII), the musical format characters
/// (U+1D173..U+1D17A) and the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0).
///
/// For facts that are new only: the history's facts were recorded under [`forbidden`] alone,
/// and read back under it.
pub fn forbidden_in_fact(c: char) -> Option<Forbidden> {
    forbidden(c).or_else(|| {
        let name = match c {
            '\u{2028}' => Some("LINE SEPARATOR"),
            '\u{2029}' => Some("PARAGRAPH SEPARATOR"),
            '\u{2061}'..='\u{2064}'
            | '\u{206a}'..='\u{206f}'
            | '\u{fff9}'..='\u{fffb}'
            | '\u{e0000}'..='\u{e007f}'
            | '\u{1d173}'..='\u{1d17a}' => None,
            '\u{115f}' => Some("HANGUL CHOSEONG FILLER"),
            '\u{1160}' => Some("HANGUL JUNGSEONG FILLER"),
            '\u{3164}' => Some("HANGUL FILLER"),
            '\u{ffa0}' => Some("HALFWIDTH HANGUL FILLER"),
            _ => return None,
        };
        Some(Forbidden {
            ch: c,
            name,
            kind: Kind::Invisible,
        })
    })
}

/// Whether `c` has no place in the words of `locales/`, beyond [`forbidden_in_fact`]: a
/// private-use character ([`Kind::PrivateUse`]), which means what a font makes of it, and some
/// of which candor uses itself to mark where a message's facts go (qa124: a message that held
/// those marks was given facts it does not name).
pub fn forbidden_in_words(c: char) -> Option<Forbidden> {
    forbidden_in_fact(c).or_else(|| {
        matches!(c, '\u{e000}'..='\u{f8ff}' | '\u{f0000}'..='\u{ffffd}' | '\u{100000}'..='\u{10fffd}')
            .then_some(Forbidden {
                ch: c,
                name: None,
                kind: Kind::PrivateUse,
            })
    })
}

/// Whether `c` has no place in a fact of `content/` (a name, an address, a city), beyond
/// [`forbidden_in_words`], which words follow too: every other character that shows as nothing
/// ([`default_ignorable`]), which a translator may need but no fact does, and which would let
/// two names that read the same differ; so would U+2800 BRAILLE PATTERN BLANK. Among the
/// first the soft hyphen (U+00AD: candor hyphenates names itself) and the bidi marks U+200E,
/// U+200F and U+061C (candor isolates each name in its own direction). The joiners U+200C and U+200D (a Persian name, an emoji) and the
/// variation selectors (an emoji's or an ideograph's form) are allowed here, and held to
/// joining or varying what needs them by [`forbidden_in_content_text`].
pub fn forbidden_in_content(c: char) -> Option<Forbidden> {
    forbidden_in_words(c).or_else(|| {
        // A blank that is not a space: a name of it and one without read the same.
        if c == '\u{2800}' {
            return Some(Forbidden {
                ch: c,
                name: Some("BRAILLE PATTERN BLANK"),
                kind: Kind::Invisible,
            });
        }
        let allowed = matches!(c, '\u{200c}' | '\u{200d}' | '\u{fe00}'..='\u{fe0f}' | '\u{e0100}'..='\u{e01ef}');
        if allowed || !default_ignorable().contains(c) {
            return None;
        }
        let name = match c {
            '\u{ad}' => Some("SOFT HYPHEN"),
            '\u{200e}' => Some("LEFT-TO-RIGHT MARK"),
            '\u{200f}' => Some("RIGHT-TO-LEFT MARK"),
            '\u{61c}' => Some("ARABIC LETTER MARK"),
            _ => None,
        };
        Some(Forbidden {
            ch: c,
            name,
            kind: Kind::Invisible,
        })
    })
}

/// The first character of the fact `text` (a name, an address, a city) that has no place in
/// it, with its byte offset: one [`forbidden_in_content`] names, or a joiner or a variation
/// selector that joins or varies nothing that needs it. A joiner (U+200C, U+200D) is allowed
/// only between two characters that are neither ASCII nor white space (a Persian or an Indic
/// name, an emoji sequence), a variation selector only after such a character (an emoji's or
/// an ideograph's form): in a Latin name, or at either end, each only makes two names that read
/// the same differ ("Slack is now called Slack").
pub fn forbidden_in_content_text(text: &str) -> Option<(usize, Forbidden)> {
    let needs = |c: Option<char>| c.is_some_and(|c| !c.is_ascii() && !c.is_whitespace());
    let mut before = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if let Some(found) = forbidden_in_content(c) {
            return Some((i, found));
        }
        let after = chars.peek().map(|(_, c)| *c);
        let name = match c {
            '\u{200c}' if !(needs(before) && needs(after)) => Some("ZERO WIDTH NON-JOINER"),
            '\u{200d}' if !(needs(before) && needs(after)) => Some("ZERO WIDTH JOINER"),
            '\u{fe00}'..='\u{fe0f}' | '\u{e0100}'..='\u{e01ef}' if !needs(before) => None,
            _ => {
                before = Some(c);
                continue;
            }
        };
        return Some((
            i,
            Forbidden {
                ch: c,
                name,
                kind: Kind::Invisible,
            },
        ));
    }
    None
}

/// `text`, the source's words shown where a language lacks a message (the preview's and the
/// review's), bracketed so that a reader sees them as not translated yet: `⟦…⟧`.
pub fn not_translated(text: &str) -> String {
    format!("\u{27e6}{text}\u{27e7}")
}

/// What ends `text` as a sentence: a full stop, or nothing where it ends with one already (or
/// another sentence's end), past the direction isolates around a name and any closing quote:
/// "… is now called Streamvale Inc." takes no second one.
pub fn full_stop(text: &str) -> &'static str {
    let last = text.trim_end().chars().rev().find(|c| {
        !matches!(
            c,
            '\u{2066}'
                ..='\u{2069}' | '\u{200e}' | '\u{200f}' | '"' | '\'' | '’' | '”' | '»' | '«' | ')'
        )
    });
    match last {
        Some('.' | '!' | '?' | '…' | '。' | '؟' | '।') => "",
        _ => ".",
    }
}

/// U+FDD0..U+FDEF, and U+xxFFFE and U+xxFFFF in every plane: the 66 noncharacters.
fn is_noncharacter(c: char) -> bool {
    let u = u32::from(c);
    (0xFDD0..=0xFDEF).contains(&u) || u & 0xFFFE == 0xFFFE
}

/// Every forbidden character of `text`, with its byte offset. A carriage return that ends a line
/// (`\r\n`) is a line ending, not a character of the text, and is not reported.
pub fn find_forbidden(text: &str) -> impl Iterator<Item = (usize, Forbidden)> + '_ {
    find_forbidden_by(text, forbidden)
}

/// [`find_forbidden`], with `rule` saying which characters are ([`forbidden_in_fact`], say).
pub fn find_forbidden_by(
    text: &str,
    rule: fn(char) -> Option<Forbidden>,
) -> impl Iterator<Item = (usize, Forbidden)> + '_ {
    text.char_indices().filter_map(move |(i, c)| {
        if c == '\r' && text[i + 1..].starts_with('\n') {
            return None;
        }
        rule(c).map(|f| (i, f))
    })
}

/// Whether XML 1.0 allows `c` in a document: `#x9 | #xA | #xD | [#x20-#xD7FF] |
/// [#xE000-#xFFFD] | [#x10000-#x10FFFF]` (a `char` is never a surrogate).
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{fffd}' | '\u{10000}'..)
}

/// `text` with every character XML 1.0 does not allow replaced by U+FFFD REPLACEMENT CHARACTER,
/// so that no text makes a document ill-formed. (Escaping cannot help: `&#x7;` is not allowed
/// either.)
pub fn xml_safe(text: &str) -> Cow<'_, str> {
    if text.chars().all(is_xml_char) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| {
                if is_xml_char(c) {
                    c
                } else {
                    char::REPLACEMENT_CHARACTER
                }
            })
            .collect(),
    )
}

/// `text` as it can go to a terminal: every character [`forbidden_in_words`] names written as a
/// Rust escape (`\u{1b}`, `\u{202e}`, `\u{2028}`, `\u{e002}`), so that an escape sequence in a
/// file cannot act on the terminal of whoever reads a diagnostic about it, a bidi override
/// cannot reorder what it shows, and an invisible or private-use character a diagnostic is
/// about is seen. Line feeds, tabs and `\r\n` line endings stay as they are.
pub fn visible(text: &str) -> Cow<'_, str> {
    if find_forbidden_by(text, forbidden_in_words).next().is_none() {
        return Cow::Borrowed(text);
    }
    Cow::Owned(Visible::new(text).text)
}

/// A name (of a file, a folder), or a value quoted in a message, as it can go into one line of
/// a diagnostic: [`visible`], and its line endings and tabs escaped too (`\r`, `\n`, `\t`), so
/// that it cannot start a line of its own.
pub fn visible_name(name: &str) -> Cow<'_, str> {
    let shown = visible(name);
    if !shown.contains(['\r', '\n', '\t']) {
        return shown;
    }
    Cow::Owned(
        shown
            .replace('\r', "\\r")
            .replace('\n', "\\n")
            .replace('\t', "\\t"),
    )
}

/// Whether `name` (of a file candor publishes) holds a character no such name may: a control
/// character (a line feed too) or one [`forbidden_in_fact`] refuses; the first, if so.
pub fn forbidden_in_name(name: &str) -> Option<char> {
    name.chars()
        .find(|c| c.is_control() || forbidden_in_fact(*c).is_some())
}

/// [`visible`] text, with where each escape went, to move byte offsets into it along.
pub struct Visible {
    pub text: String,
    /// Per escaped character, in order: its offset and length in the original, and the offset
    /// and length of its escape in `text`.
    escapes: Vec<Escape>,
}

struct Escape {
    from: usize,
    len: usize,
    to: usize,
    shown_len: usize,
}

impl Visible {
    pub fn new(original: &str) -> Visible {
        let found = find_forbidden_by(original, forbidden_in_words).map(|(i, f)| (i, f.ch));
        Visible::escaping(original, found)
    }

    /// [`Visible::new`], and each character that shows as nothing ([`default_ignorable`]) at
    /// `span`, where a diagnostic points, escaped too: a joiner it is about is seen (qa145: it
    /// was shown raw, underlined where nothing showed), while a Persian word's elsewhere reads
    /// as written.
    pub fn pointing_at(original: &str, span: Range<usize>) -> Visible {
        let ignorable = default_ignorable();
        let at = span.start..span.end.max(span.start + 1);
        let found = original.char_indices().filter_map(|(i, c)| {
            if c == '\r' && original[i + 1..].starts_with('\n') {
                return None;
            }
            let pointed = at.contains(&i) && ignorable.contains(c);
            let escaped = forbidden_in_words(c).is_some() || pointed;
            escaped.then_some((i, c))
        });
        Visible::escaping(original, found)
    }

    /// `original` with each of `found` (in order) written as its escape.
    fn escaping(original: &str, found: impl Iterator<Item = (usize, char)>) -> Visible {
        let mut text = String::with_capacity(original.len());
        let mut escapes = Vec::new();
        let mut done = 0;
        for (i, c) in found {
            text.push_str(&original[done..i]);
            let to = text.len();
            text.extend(c.escape_unicode());
            escapes.push(Escape {
                from: i,
                len: c.len_utf8(),
                to,
                shown_len: text.len() - to,
            });
            done = i + c.len_utf8();
        }
        text.push_str(&original[done..]);
        Visible { text, escapes }
    }

    /// Where byte `offset` of the original is in [`Visible::text`]: an offset inside an escaped
    /// character is at the start of its escape, one after it has moved by every escape before.
    pub fn offset(&self, offset: usize) -> usize {
        let before = self.escapes.partition_point(|e| e.from <= offset);
        match before.checked_sub(1).map(|i| &self.escapes[i]) {
            None => offset,
            Some(e) if offset < e.from + e.len => e.to,
            Some(e) => offset - (e.from + e.len) + e.to + e.shown_len,
        }
    }
}

/// The code points Unicode says a renderer shows nothing of where it does not support them
/// (joiners, variation selectors, marks of direction): [`identity_key`] leaves them out.
fn default_ignorable() -> icu_properties::CodePointSetDataBorrowed<'static> {
    icu_properties::CodePointSetData::new::<icu_properties::props::DefaultIgnorableCodePoint>()
}

/// `text` with each character that shows as nothing ([`default_ignorable`], which facts may
/// hold: a joiner in a Persian name) written as a Rust escape (`\u{200d}`), for a reader who
/// compares two texts that read the same (`candor diff`).
pub fn invisibles_shown(text: &str) -> Cow<'_, str> {
    let ignorable = default_ignorable();
    if !text.chars().any(|c| ignorable.contains(c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match ignorable.contains(c) {
            true => out.extend(c.escape_unicode()),
            false => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The names of the C0 controls (their Unicode name aliases, as ISO 6429 has them).
const C0: [&str; 32] = [
    "NULL",
    "START OF HEADING",
    "START OF TEXT",
    "END OF TEXT",
    "END OF TRANSMISSION",
    "ENQUIRY",
    "ACKNOWLEDGE",
    "BELL",
    "BACKSPACE",
    "CHARACTER TABULATION",
    "LINE FEED",
    "LINE TABULATION",
    "FORM FEED",
    "CARRIAGE RETURN",
    "SHIFT OUT",
    "SHIFT IN",
    "DATA LINK ESCAPE",
    "DEVICE CONTROL ONE",
    "DEVICE CONTROL TWO",
    "DEVICE CONTROL THREE",
    "DEVICE CONTROL FOUR",
    "NEGATIVE ACKNOWLEDGE",
    "SYNCHRONOUS IDLE",
    "END OF TRANSMISSION BLOCK",
    "CANCEL",
    "END OF MEDIUM",
    "SUBSTITUTE",
    "ESCAPE",
    "INFORMATION SEPARATOR FOUR",
    "INFORMATION SEPARATOR THREE",
    "INFORMATION SEPARATOR TWO",
    "INFORMATION SEPARATOR ONE",
];

/// The names of the C1 controls (their Unicode name aliases; U+0080, U+0081 and U+0099 have
/// only figments, names ISO 6429 never gave them).
const C1: [&str; 32] = [
    "PADDING CHARACTER",
    "HIGH OCTET PRESET",
    "BREAK PERMITTED HERE",
    "NO BREAK HERE",
    "INDEX",
    "NEXT LINE",
    "START OF SELECTED AREA",
    "END OF SELECTED AREA",
    "CHARACTER TABULATION SET",
    "CHARACTER TABULATION WITH JUSTIFICATION",
    "LINE TABULATION SET",
    "PARTIAL LINE FORWARD",
    "PARTIAL LINE BACKWARD",
    "REVERSE LINE FEED",
    "SINGLE SHIFT TWO",
    "SINGLE SHIFT THREE",
    "DEVICE CONTROL STRING",
    "PRIVATE USE ONE",
    "PRIVATE USE TWO",
    "SET TRANSMIT STATE",
    "CANCEL CHARACTER",
    "MESSAGE WAITING",
    "START OF GUARDED AREA",
    "END OF GUARDED AREA",
    "START OF STRING",
    "SINGLE GRAPHIC CHARACTER INTRODUCER",
    "SINGLE CHARACTER INTRODUCER",
    "CONTROL SEQUENCE INTRODUCER",
    "STRING TERMINATOR",
    "OPERATING SYSTEM COMMAND",
    "PRIVACY MESSAGE",
    "APPLICATION PROGRAM COMMAND",
];

/// `text` with each carriage return that no line feed follows (a line break as classic Mac OS
/// wrote it, and as CSS and HTML read it) made a line feed: the same length, so that places
/// in it stay where they were, and its lines counted as an editor shows them.
pub fn lone_carriage_returns_as_line_feeds(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    let mut bytes = text.into_bytes();
    for i in 0..bytes.len() {
        if bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n') {
            bytes[i] = b'\n';
        }
    }
    String::from_utf8(bytes).expect("one ASCII byte replaced by another")
}

/// Where `text` holds a line a merge left to resolve (`<<<<<<< HEAD`, `=======`, `|||||||`,
/// `>>>>>>> branch`, as Git writes them), the first such line, without its line break.
pub fn conflict_marker(text: &str) -> Option<std::ops::Range<usize>> {
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let bare = line.trim_end_matches(['\n', '\r']);
        let marker = ["<<<<<<<", ">>>>>>>", "|||||||"]
            .iter()
            .any(|m| bare == *m || bare.starts_with(&format!("{m} ")))
            || bare == "=======";
        if marker {
            return Some(start..start + bare.len());
        }
        start += line.len();
    }
    None
}

/// The numbers written in `text`: each run of decimal digits of any script, as ASCII digits
/// (`٢٠١٩` is `2019`), with where it is written in `text`.
pub fn numbers(text: &str) -> Vec<(String, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    let mut run: Option<(String, usize)> = None;
    for (at, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match digit_value(c) {
            Some(d) => run
                .get_or_insert_with(|| (String::new(), at))
                .0
                .push(char::from(b'0' + d)),
            None => {
                if let Some((number, start)) = run.take() {
                    out.push((number, start..at));
                }
            }
        }
    }
    out
}

/// The value of `c` as a decimal digit of any script (General_Category Nd), whose digits
/// Unicode encodes in runs from zero to nine.
fn digit_value(c: char) -> Option<u8> {
    use icu_properties::{CodePointMapData, props::GeneralCategory};
    if c.is_ascii_digit() {
        return Some(c as u8 - b'0');
    }
    let category = CodePointMapData::<GeneralCategory>::new();
    let is_digit = |c: u32| category.get32(c) == GeneralCategory::DecimalNumber;
    let code = u32::from(c);
    if !is_digit(code) {
        return None;
    }
    let zero = (0..code)
        .rev()
        .take_while(|&p| is_digit(p))
        .last()
        .unwrap_or(code);
    u8::try_from((code - zero) % 10).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fact_isolated_once_is_not_isolated_again() {
        let once = isolate("Tessel", true).into_owned();
        assert_eq!(once, "\u{2068}Tessel\u{2069}");
        assert_eq!(isolate(&once, true), once);
        // Two isolates side by side are not one: the whole is isolated.
        let two = "\u{2068}a\u{2069} \u{2068}b\u{2069}";
        assert_eq!(isolate(two, true), format!("\u{2068}{two}\u{2069}"));
    }

    #[test]
    fn numbers_are_read_in_any_scripts_digits_with_where_they_are_written() {
        assert_eq!(
            numbers("Inhalt (seit 2019, 72 Stunden)"),
            [("2019".to_string(), 13..17), ("72".to_string(), 19..21)]
        );
        assert_eq!(numbers("المحتويات (٢٠١٩)")[0].0, "2019");
        assert_eq!(numbers("فهرست (۲۰۱۹)")[0].0, "2019");
        assert_eq!(numbers("7"), [("7".to_string(), 0..1)]);
        assert!(numbers("no digits").is_empty());
    }

    #[test]
    fn a_sentence_that_ends_with_a_full_stop_takes_no_second_one() {
        assert_eq!(full_stop("Streamvale is now called Streamvale"), ".");
        assert_eq!(
            full_stop("Streamvale is now called \u{2068}Streamvale Inc.\u{2069}"),
            ""
        );
        assert_eq!(full_stop("It is called \u{201c}Acme?\u{201d}"), "");
        assert_eq!(full_stop("تم تغيير الاسم؟"), "");
        assert_eq!(full_stop(""), ".");
    }

    #[test]
    fn a_joiner_or_a_variation_selector_in_a_fact_must_join_or_vary_what_needs_it() {
        let found = |t: &str| forbidden_in_content_text(t).map(|(i, f)| (i, f.ch));
        // Allowed: a Persian name, an emoji sequence, an ideograph's form.
        for ok in [
            "می\u{200c}خواهم",
            "👩\u{200d}💻 Lab",
            "❤\u{fe0f} Care",
            "葛\u{e0100}城",
        ] {
            assert_eq!(found(ok), None, "{ok:?}");
        }
        for (bad, at, ch) in [
            ("Sla\u{200d}ck", 3, '\u{200d}'),
            ("Sla\u{200c}ck", 3, '\u{200c}'),
            ("\u{200d}Slack", 0, '\u{200d}'),
            ("Slack\u{200d}", 5, '\u{200d}'),
            ("خواهم \u{200c}می", 11, '\u{200c}'),
            ("Slack\u{fe0f}", 5, '\u{fe0f}'),
            ("\u{e0100}Slack", 0, '\u{e0100}'),
            // A joiner allowed before does not let a later one through.
            ("👩\u{200d}💻 Sla\u{200d}ck", 15, '\u{200d}'),
        ] {
            assert_eq!(found(bad), Some((at, ch)), "{bad:?}");
        }
        // And the rest of the rule still holds.
        assert_eq!(found("Sla\u{ad}ck"), Some((3, '\u{ad}')));
    }

    fn named(c: char) -> String {
        forbidden(c).map(|f| f.to_string()).unwrap_or_default()
    }

    #[test]
    fn controls_bidi_noncharacters_and_invisibles_are_forbidden_and_named() {
        assert_eq!(named('\u{7}'), "U+0007 BELL");
        assert_eq!(named('\u{1b}'), "U+001B ESCAPE");
        assert_eq!(named('\0'), "U+0000 NULL");
        assert_eq!(named('\r'), "U+000D CARRIAGE RETURN");
        assert_eq!(named('\u{7f}'), "U+007F DELETE");
        assert_eq!(named('\u{85}'), "U+0085 NEXT LINE");
        assert_eq!(named('\u{9b}'), "U+009B CONTROL SEQUENCE INTRODUCER");
        assert_eq!(named('\u{9f}'), "U+009F APPLICATION PROGRAM COMMAND");
        assert_eq!(named('\u{202e}'), "U+202E RIGHT-TO-LEFT OVERRIDE");
        assert_eq!(named('\u{202a}'), "U+202A LEFT-TO-RIGHT EMBEDDING");
        assert_eq!(named('\u{2066}'), "U+2066 LEFT-TO-RIGHT ISOLATE");
        assert_eq!(named('\u{2069}'), "U+2069 POP DIRECTIONAL ISOLATE");
        assert_eq!(named('\u{200b}'), "U+200B ZERO WIDTH SPACE");
        assert_eq!(named('\u{2060}'), "U+2060 WORD JOINER");
        assert_eq!(named('\u{feff}'), "U+FEFF ZERO WIDTH NO-BREAK SPACE");
        assert_eq!(named('\u{fffe}'), "U+FFFE");
        assert_eq!(named('\u{ffff}'), "U+FFFF");
        assert_eq!(named('\u{fdd0}'), "U+FDD0");
        assert_eq!(named('\u{fdef}'), "U+FDEF");
        assert_eq!(named('\u{10ffff}'), "U+10FFFF");
        assert_eq!(forbidden('\u{7}').unwrap().kind, Kind::Control);
        assert_eq!(forbidden('\u{202e}').unwrap().kind, Kind::Bidi);
        assert_eq!(forbidden('\u{ffff}').unwrap().kind, Kind::Noncharacter);
        assert_eq!(forbidden('\u{200b}').unwrap().kind, Kind::Invisible);
        // Every C0 and C1 control but tab and line feed.
        let controls = ('\0'..='\u{9f}')
            .filter(|c| forbidden(*c).is_some())
            .count();
        assert_eq!(controls, 32 - 2 + 1 + 32);
        // All 66 noncharacters.
        let nonchars = ('\0'..=char::MAX)
            .filter(|c| forbidden(*c).is_some_and(|f| f.kind == Kind::Noncharacter))
            .count();
        assert_eq!(nonchars, 66);
    }

    #[test]
    fn what_languages_need_is_allowed() {
        for c in [
            '\t', '\n', ' ', 'a', 'ü', '\u{a0}', '\u{ad}', '\u{200c}', '\u{200d}', '\u{200e}',
            '\u{200f}', '\u{61c}', '\u{2028}', '\u{fdcf}', '\u{fdf0}', '\u{fffd}', '😀', 'ب',
        ] {
            assert_eq!(forbidden(c), None, "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn a_crlf_line_ending_is_not_a_forbidden_character_but_a_lone_cr_is() {
        let found: Vec<(usize, char)> = find_forbidden("a\r\nb\rc\u{7}")
            .map(|(i, f)| (i, f.ch))
            .collect();
        assert_eq!(found, [(4, '\r'), (6, '\u{7}')]);
        assert_eq!(find_forbidden("x\r").count(), 1);
    }

    #[test]
    fn xml_safe_replaces_exactly_what_xml_forbids() {
        assert_eq!(xml_safe("a\tb\nc\rd"), "a\tb\nc\rd");
        assert!(matches!(xml_safe("Müller"), Cow::Borrowed(_)));
        assert_eq!(
            xml_safe("a\u{0}\u{7}\u{1b}\u{fffe}\u{ffff}b"),
            "a\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}b"
        );
        // Discouraged but allowed by XML 1.0: kept (validation refuses them in input).
        assert_eq!(
            xml_safe("\u{85}\u{7f}\u{202e}\u{1fffe}"),
            "\u{85}\u{7f}\u{202e}\u{1fffe}"
        );
        for c in ['\0'..='\u{8}', '\u{b}'..='\u{c}', '\u{e}'..='\u{1f}']
            .into_iter()
            .flatten()
            .chain(['\u{fffe}', '\u{ffff}'])
        {
            assert!(!is_xml_char(c), "U+{:04X}", u32::from(c));
        }
        for c in [
            '\t',
            '\n',
            '\r',
            ' ',
            '\u{d7ff}',
            '\u{e000}',
            '\u{fffd}',
            '\u{10000}',
            char::MAX,
        ] {
            assert!(is_xml_char(c), "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn visible_escapes_what_a_reader_cannot_see() {
        assert_eq!(
            visible("a\u{2028}b\u{e0041}c\u{3164}"),
            "a\\u{2028}b\\u{e0041}c\\u{3164}"
        );
    }

    #[test]
    fn visible_escapes_what_a_terminal_would_act_on() {
        assert_eq!(visible("a\u{1b}]0;pwned\u{7}b"), "a\\u{1b}]0;pwned\\u{7}b");
        assert_eq!(visible("\u{202e}abc"), "\\u{202e}abc");
        assert_eq!(visible("line\r\nnext\ttab"), "line\r\nnext\ttab");
        assert_eq!(visible("lone\rcr"), "lone\\u{d}cr");
        assert_eq!(visible_name("line\r\nnext\ttab"), "line\\r\\nnext\\ttab");
        assert!(matches!(visible("plain ü"), Cow::Borrowed(_)));
    }

    #[test]
    fn offsets_move_with_the_escapes() {
        let original = "ab\u{1b}cd\u{202e}ef";
        let v = Visible::new(original);
        assert_eq!(v.text, "ab\\u{1b}cd\\u{202e}ef");
        for (i, c) in original.char_indices() {
            let at = v.offset(i);
            match forbidden(c) {
                Some(_) => assert!(v.text[at..].starts_with("\\u{"), "{i}"),
                None => assert!(v.text[at..].starts_with(c), "{i}"),
            }
        }
        assert_eq!(v.offset(original.len()), v.text.len());
        // Inside the three bytes of U+202E: its escape.
        let bidi = original.find('\u{202e}').unwrap();
        assert_eq!(v.offset(bidi + 1), v.offset(bidi));
        assert_eq!(Visible::new("plain").offset(3), 3);
    }
}

/// A fact shown inside a sentence (a name, a city, an address), isolated where directions can
/// mix: between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (U+2068, U+2069), as Fluent
/// isolates an argument, on a right-to-left page (`rtl_page`) or where the fact holds
/// right-to-left letters. Isolated, it takes its direction from its own first letter and never
/// reorders the sentence around it, so that "Twilio Inc." stays "Twilio Inc." on an Arabic page
/// instead of showing ".Twilio Inc". Where nothing can mix (a Latin name on an English page), it
/// is left as it is: the marks would only get in the way of copying text out of a printout.
/// Where a template prints a fact as markup, it uses `<bdi>` to the same end.
pub fn isolate(text: &str, rtl_page: bool) -> Cow<'_, str> {
    if is_isolated(text) {
        return Cow::Borrowed(text);
    }
    if rtl_page || text.chars().any(is_right_to_left) {
        Cow::Owned(format!("\u{2068}{text}\u{2069}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Whether `text` is one isolate already: a U+2068 whose U+2069 is its last character.
fn is_isolated(text: &str) -> bool {
    let Some(inner) = text.strip_prefix('\u{2068}') else {
        return false;
    };
    let mut depth = 1usize;
    for (i, c) in inner.char_indices() {
        match c {
            '\u{2066}'..='\u{2068}' => depth += 1,
            '\u{2069}' => {
                depth -= 1;
                if depth == 0 {
                    return i + c.len_utf8() == inner.len();
                }
            }
            _ => {}
        }
    }
    false
}

/// Whether `c` is a letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko,
/// Samaritan, Mandaic and their presentation forms, and the right-to-left blocks beyond the
/// Basic Multilingual Plane).
fn is_right_to_left(c: char) -> bool {
    matches!(c,
        '\u{0590}'..='\u{08FF}'
        | '\u{FB1D}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}'
        | '\u{10800}'..='\u{10FFF}'
        | '\u{1E800}'..='\u{1EFFF}')
}

/// `text` escaped for HTML text and double-quoted attribute values: the escaping Tera applies to
/// every value a template prints, so that the pages, the feeds' HTML and the review pages escape
/// alike. The one HTML escaper in candor.
pub fn escape_html(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len());
    tera::escape_html(text, &mut out).expect("writing to a Vec cannot fail");
    String::from_utf8(out).expect("escaping keeps UTF-8")
}

/// Text as candor compares and fingerprints it: line endings as LF, Unicode in NFC. A file saved
/// on Windows (or checked out with `core.autocrlf`) or by an editor that writes decomposed
/// characters says the same as before, so it must read the same.
pub fn normalize(text: &str) -> String {
    let text = if text.contains('\r') {
        Cow::Owned(text.replace("\r\n", "\n"))
    } else {
        Cow::Borrowed(text)
    };
    icu_normalizer::ComposingNormalizerBorrowed::new_nfc()
        .normalize(&text)
        .into_owned()
}

/// The first word of `text` whose letters are of more than one script (UTS 39's single
/// script, where Han with Hiragana and Katakana, or Hangul, is one; and its highly restrictive
/// level, where Latin may stand beside those), with its first letter of another script than
/// those before it: `PаyPal` with a Cyrillic `а` reads as PayPal, and is not (qa86). Words are
/// split at spaces and ASCII punctuation; digits and signs go with any script.
pub fn mixed_script_word(text: &str) -> Option<(&str, char)> {
    use unicode_security::mixed_script::AugmentedScriptSet;
    let latin = AugmentedScriptSet::for_char('a');
    let is_latin = |c: char| {
        let mut set = AugmentedScriptSet::for_char(c);
        set.intersect_with(latin);
        !set.is_empty()
    };
    // Words end at anything that is no letter or digit (`・`, `—`, `«`, `（`, an emoji); a digit
    // of any script goes with any word (qa89: `Cloud٣`).
    text.split(|c: char| !c.is_alphanumeric()).find_map(|word| {
        let mut set = AugmentedScriptSet::default();
        for c in word.chars().filter(|c| !c.is_numeric()) {
            set.intersect_with(AugmentedScriptSet::for_char(c));
            if set.is_empty() {
                // Latin beside Han, kana or Hangul is how Japanese, Chinese and Korean
                // companies write their names (`KDDI株式会社`, `LG전자`, `Nestlé日本`,
                // `ＮＴＴドコモ`): UTS 39's highly restrictive level allows it (qa88, qa89).
                let rest: String = word
                    .chars()
                    .filter(|c| !c.is_numeric() && !is_latin(*c))
                    .collect();
                let others = AugmentedScriptSet::for_str(&rest);
                let cjk = !others.is_empty() && (others.jpan || others.hanb || others.kore);
                return (!cjk).then_some((word, c));
            }
        }
        None
    })
}

/// [`identity_key`], with compatibility forms folded too (NFKC): `Ｓｌａｃｋ` in full-width
/// letters, or with a ligature, reads as `Slack` (qa88). For telling names apart only: a
/// derived id keeps [`identity_key`]'s form, so that no id of a published site changes.
pub fn same_name_key(name: &str) -> String {
    let key = identity_key(name);
    icu_normalizer::ComposingNormalizerBorrowed::new_nfkc()
        .normalize(&key)
        .into_owned()
}

/// The form in which two names are the same name: NFC, case-folded, without characters that
/// show as nothing (zero-width spaces, joiners, soft hyphens and the like), each run of spaces
/// of any kind one space, and without spaces at either end. "Müller GmbH" written composed or
/// decomposed, "SLACK", "Sl\u{200b}ack" and "Müller\u{a0} GmbH" all are "slack" or
/// "müller gmbh" (a page shows a run of spaces as one, qa86).
pub fn identity_key(name: &str) -> String {
    let ignorable = default_ignorable();
    let visible: String = name.chars().filter(|c| !ignorable.contains(*c)).collect();
    let composed = icu_normalizer::ComposingNormalizerBorrowed::new_nfc().normalize(&visible);
    let folded = icu_casemap::CaseMapper::new().fold_string(&composed);
    let spaced = folded.split_whitespace().collect::<Vec<_>>().join(" ");
    icu_normalizer::ComposingNormalizerBorrowed::new_nfc()
        .normalize(&spaced)
        .into_owned()
}

/// The fingerprint of a text (an entry's canonical form): the first 8 bytes of its SHA-256, as
/// a record writes them ([`Fingerprint::hex`], [`crate::history::lock::text_fingerprint`]).
/// Held by every entry of every language, made once as it loads, and by every pair of a
/// translation's record: read from one, it is 16 lowercase hexadecimal digits or an error
/// where it is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Fingerprint([u8; 8]);

impl Fingerprint {
    pub fn of(text: &str) -> Fingerprint {
        use sha2::{Digest, Sha256};
        let digest = Sha256::digest(text.as_bytes());
        let mut first = [0; 8];
        first.copy_from_slice(&digest[..8]);
        Fingerprint(first)
    }

    /// As a record writes it: 16 lowercase hexadecimal digits.
    pub fn hex(&self) -> String {
        data_encoding::HEXLOWER.encode(&self.0)
    }

    /// The fingerprint [`Fingerprint::hex`] wrote, and nothing else.
    pub fn from_hex(hex: &str) -> Option<Fingerprint> {
        let mut bytes = [0; 8];
        match data_encoding::HEXLOWER.decode_len(hex.len()) {
            Ok(8) => {}
            _ => return None,
        }
        data_encoding::HEXLOWER
            .decode_mut(hex.as_bytes(), &mut bytes)
            .ok()?;
        Some(Fingerprint(bytes))
    }
}

impl serde::Serialize for Fingerprint {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.hex())
    }
}

/// What reading a [`Fingerprint`] says of anything else.
pub const NOT_A_FINGERPRINT: &str =
    "not a fingerprint candor wrote: 16 lowercase hexadecimal digits";

impl<'de> serde::Deserialize<'de> for Fingerprint {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Fingerprint::from_hex(&text).ok_or_else(|| serde::de::Error::custom(NOT_A_FINGERPRINT))
    }
}

#[cfg(test)]
mod fingerprint_tests {
    use super::Fingerprint;

    #[test]
    fn a_fingerprint_reads_back_only_as_written() {
        let fp = Fingerprint::of("Support staff");
        assert_eq!(fp.hex().len(), 16);
        assert_eq!(Fingerprint::from_hex(&fp.hex()), Some(fp));
        for not in [
            "",
            "0123",
            "0123456789abcdef0",
            "0123456789ABCDEF",
            "0123456789abcdeg",
            "0123456789abcde\u{e9}",
            " 0123456789abcdef",
        ] {
            assert_eq!(Fingerprint::from_hex(not), None, "{not:?}");
        }
        #[derive(serde::Deserialize, serde::Serialize)]
        struct Held {
            fp: Fingerprint,
        }
        let text = toml::to_string(&Held { fp }).unwrap();
        assert_eq!(text, format!("fp = \"{}\"\n", fp.hex()));
        assert_eq!(toml::from_str::<Held>(&text).unwrap().fp, fp);
        let refused = toml::from_str::<Held>("fp = \"a\\\"b\"").err().unwrap();
        assert!(
            refused
                .message()
                .contains("16 lowercase hexadecimal digits"),
            "{refused}"
        );
    }
}

#[cfg(test)]
mod normalize_tests {
    use super::*;

    #[test]
    fn line_endings_and_composition_do_not_change_text() {
        assert_eq!(normalize("a\r\nb\r\n"), "a\nb\n");
        assert_eq!(normalize("Mu\u{308}ller"), "M\u{fc}ller");
        assert_eq!(normalize("plain"), "plain");
    }

    #[test]
    fn names_are_the_same_whatever_their_case_composition_or_invisible_characters() {
        assert_eq!(
            identity_key("Mu\u{308}ller GmbH"),
            identity_key("MÜLLER GMBH")
        );
        assert_eq!(identity_key("Sl\u{200b}ack"), identity_key("Slack"));
        assert_eq!(identity_key(" Straße "), identity_key("STRASSE"));
        assert_eq!(
            identity_key("Slack\u{a0} \u{2003}Two"),
            identity_key("slack two")
        );
        assert_ne!(identity_key("Slack"), identity_key("Slick"));
        assert_eq!(
            same_name_key("\u{ff33}\u{ff4c}\u{ff41}\u{ff43}\u{ff4b}"),
            "slack"
        );
        assert_eq!(same_name_key("\u{fb01}rst"), same_name_key("First"));
    }

    #[test]
    fn a_word_of_two_scripts_is_found_and_one_of_each_is_not() {
        assert_eq!(
            mixed_script_word("P\u{430}yPal Inc."),
            Some(("P\u{430}yPal", '\u{430}'))
        );
        assert_eq!(
            mixed_script_word("Acme-\u{3a1}ay"),
            Some(("\u{3a1}ay", 'a'))
        );
        // Latin goes with Han, kana and Hangul only: not with Cyrillic beside them.
        assert_eq!(
            mixed_script_word("KDDI\u{430}株式会社"),
            Some(("KDDI\u{430}株式会社", '\u{430}'))
        );
        for fine in [
            "PayPal Inc.",
            "Яндекс Cloud",
            "東京カメラ株式会社",
            "삼성電子",
            "ISO 27001",
            "Müller GmbH",
            "Mu\u{308}ller",
            "Nimbus Cloud Europe 2",
            "KDDI株式会社",
            "株式会社NTTドコモ",
            "LG전자",
            "腾讯QQ",
            "中国移动5G",
            // qa89: Latin letters beyond ASCII beside CJK, punctuation beyond ASCII between
            // words, digits of another script.
            "Nestlé日本株式会社",
            "ＮＴＴドコモ",
            "Ｓａｍｓｕｎｇ전자",
            "Société Générale（中国）有限公司",
            "Müller・Japan",
            "Hermès・ジャポン株式会社",
            "Яндекс—Cloud",
            "Ростелеком«Cloud»",
            "Cloud٣",
        ] {
            assert_eq!(mixed_script_word(fine), None, "{fine}");
        }
    }
}
