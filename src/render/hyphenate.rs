//! Soft hyphens (U+00AD) in the long words of a rendered page, from TeX's hyphenation patterns
//! (`hypher`), so that a German or Dutch compound breaks at a syllable, with a hyphen, in a
//! narrow column, even in a browser that has no hyphenation dictionary for the language (CSS
//! `hyphens: auto` alone leaves "Unterauftragsverarbei|ter" to `overflow-wrap`).
//!
//! Only text is touched, never markup: each word is hyphenated in the language of the element it
//! is in (the nearest `lang`), and left alone where no patterns exist for that language (Arabic,
//! say), inside `code`, `pre`, `title`, `script`, `style` and anything marked `translate="no"`,
//! and where it is not a word: an address, an email, a number, a name in mixed case ("GitHub"),
//! a word already hyphenated by hand. Soft hyphens are invisible: browsers find and compare the
//! text without them. Only HTML pages get them; the machine-readable files, the feeds, the
//! history and everything else fingerprinted are made from the facts, not from pages.

use std::cell::RefCell;
use std::rc::Rc;

use hypher::Lang;
use lol_html::errors::RewritingError;
use lol_html::html_content::ContentType;
use lol_html::{RewriteStrSettings, doc_text, element, end_tag, rewrite_str};

/// Words shorter than this (in characters) are left whole: they wrap as they are.
pub const MIN_CHARS: usize = 12;

/// SOFT HYPHEN: a place a line may break, shown as a hyphen only where it does.
pub const SOFT_HYPHEN: char = '\u{ad}';

/// Elements whose text is not prose, or is not shown as flowing text.
const VERBATIM: &[&str] = &[
    "code", "pre", "kbd", "samp", "var", "title", "script", "style", "textarea", "svg", "math",
];

/// The hyphenation patterns for a BCP 47 tag, by its language subtag (`fr-CA` uses `fr`'s);
/// `None` for a language without patterns, or whose script does not show hyphens.
pub fn patterns(tag: &str) -> Option<Lang> {
    let language = tag.split(['-', '_']).next()?.to_ascii_lowercase();
    let code: [u8; 2] = language.as_bytes().try_into().ok()?;
    let lang = Lang::from_iso(code)?;
    lang.hyphenation_character().map(|_| lang)
}

/// What the element a text is in says about it.
#[derive(Clone, Copy, Default)]
struct Frame {
    lang: Option<Lang>,
    verbatim: bool,
}

/// `html` with soft hyphens in its long words, each in the language of its element. Markup,
/// attributes and character references are kept byte for byte.
pub fn page(html: &str) -> Result<String, RewritingError> {
    // The open elements, each with its tag name: an end tag closes up to its own element, so an
    // element closed implicitly (whose end tag lol_html reports nowhere) does not linger.
    let open: Rc<RefCell<Vec<(String, Frame)>>> = Rc::default();
    let text: RefCell<String> = RefCell::default();
    let top = |open: &Vec<(String, Frame)>| open.last().map(|(_, f)| *f).unwrap_or_default();
    let settings = RewriteStrSettings::new()
        .append_element_content_handler(element!("*", |el| {
            if !el.can_have_content() {
                return Ok(());
            }
            let name = el.tag_name();
            let parent = top(&open.borrow());
            let frame = Frame {
                lang: el
                    .get_attribute("lang")
                    .map_or(parent.lang, |l| patterns(&l)),
                verbatim: parent.verbatim
                    || VERBATIM.contains(&name.as_str())
                    || el.get_attribute("translate").as_deref() == Some("no"),
            };
            open.borrow_mut().push((name.clone(), frame));
            let open = open.clone();
            if let Some(handlers) = el.end_tag_handlers() {
                handlers.push(end_tag!(move |_| {
                    let mut open = open.borrow_mut();
                    if let Some(at) = open.iter().rposition(|(n, _)| *n == name) {
                        open.truncate(at);
                    }
                    Ok(())
                }));
            }
            Ok(())
        }))
        .append_document_content_handler(doc_text!(|chunk| {
            // A text node may come in several chunks: it is hyphenated whole, as its last.
            let frame = top(&open.borrow());
            let Some(lang) = frame.lang.filter(|_| !frame.verbatim) else {
                return Ok(());
            };
            let mut whole = text.borrow_mut();
            whole.push_str(chunk.as_str());
            if chunk.last_in_text_node() {
                let hyphenated = text_in(&whole, lang);
                whole.clear();
                chunk.replace(&hyphenated, ContentType::Html);
            } else {
                chunk.remove();
            }
            Ok(())
        }));
    rewrite_str(html, settings)
}

/// HTML text (character references as written) with soft hyphens in its long words.
pub fn text_in(html_text: &str, lang: Lang) -> String {
    let mut out = String::with_capacity(html_text.len() + html_text.len() / 8);
    let mut rest = html_text;
    while !rest.is_empty() {
        let space = rest.starts_with(char::is_whitespace);
        let len = rest
            .find(|c: char| c.is_whitespace() != space)
            .unwrap_or(rest.len());
        let (token, after) = rest.split_at(len);
        if space || !is_prose(token) {
            out.push_str(token);
        } else {
            hyphenate_token(token, lang, &mut out);
        }
        rest = after;
    }
    out
}

/// Whether a run of text without spaces is prose, which may be hyphenated: not an address, an
/// email, a path, a number or a code, and not hyphenated already.
fn is_prose(token: &str) -> bool {
    let plain = without_references(token);
    // Punctuation that ends a sentence or clause ends a word too; inside one, it makes a name
    // (`example.com`, `mailto:`, `?id=`).
    let inner_stop = plain.char_indices().any(|(i, c)| {
        matches!(c, '.' | ':' | '?' | '!' | ',' | ';')
            && plain[i + 1..].starts_with(char::is_alphanumeric)
    });
    !inner_stop
        && !plain.chars().any(|c| {
            c.is_ascii_digit()
                || c == SOFT_HYPHEN
                || matches!(
                    c,
                    '@' | '/' | '\\' | '_' | '=' | '#' | '%' | '~' | '+' | '|'
                )
        })
}

/// `token` with each character reference (`&amp;`, `&#x27;`) as the character it stands for
/// where that matters here (`/`, a soft hyphen), and as an apostrophe otherwise.
fn without_references(token: &str) -> String {
    let mut out = String::with_capacity(token.len());
    let mut rest = token;
    while let Some(c) = rest.chars().next() {
        if let Some(len) = reference_len(rest) {
            out.push(match &rest[..len] {
                "&#x2F;" | "&#x2f;" | "&#47;" | "&sol;" => '/',
                "&shy;" | "&#xAD;" | "&#xad;" | "&#173;" => SOFT_HYPHEN,
                "&commat;" | "&#64;" | "&#x40;" => '@',
                _ => '\'',
            });
            rest = &rest[len..];
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// The length of the character reference `text` starts with, if it starts with one.
fn reference_len(text: &str) -> Option<usize> {
    let body = text.strip_prefix('&')?;
    let end = body.find(';')?;
    let name = &body[..end];
    let ok = !name.is_empty()
        && end <= 32
        && name
            .trim_start_matches('#')
            .chars()
            .all(|c| c.is_ascii_alphanumeric());
    ok.then_some(end + 2)
}

/// Appends `token` to `out` with soft hyphens in each of its long words: runs of letters between
/// punctuation, hyphens and character references. A word with a capital inside ("GitHub",
/// "GDPR") is a name or an abbreviation, and stays whole.
fn hyphenate_token(token: &str, lang: Lang, out: &mut String) {
    let mut rest = token;
    while let Some(c) = rest.chars().next() {
        if let Some(len) = reference_len(rest) {
            out.push_str(&rest[..len]);
            rest = &rest[len..];
            continue;
        }
        if !c.is_alphabetic() {
            out.push(c);
            rest = &rest[c.len_utf8()..];
            continue;
        }
        let len = rest
            .find(|c: char| !c.is_alphabetic() && !is_mark(c))
            .unwrap_or(rest.len());
        let (word, after) = rest.split_at(len);
        if word.chars().count() >= MIN_CHARS && !word.chars().skip(1).any(char::is_uppercase) {
            for (i, syllable) in hypher::hyphenate(word, lang).enumerate() {
                if i > 0 {
                    out.push(SOFT_HYPHEN);
                }
                out.push_str(syllable);
            }
        } else {
            out.push_str(word);
        }
        rest = after;
    }
}

/// A combining mark, which belongs to the letter before it (a decomposed accent, a vowel sign).
fn is_mark(c: char) -> bool {
    use icu_properties::{CodePointMapData, props::GeneralCategory};
    matches!(
        CodePointMapData::<GeneralCategory>::new().get(c),
        GeneralCategory::NonspacingMark
            | GeneralCategory::SpacingMark
            | GeneralCategory::EnclosingMark
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(s: &str) -> String {
        s.replace(SOFT_HYPHEN, "-")
    }

    #[test]
    fn long_words_break_at_syllables_in_their_own_language() {
        let de = patterns("de").unwrap();
        assert_eq!(
            shown(&text_in("Unterauftragsverarbeiter", de)),
            "Un-ter-auf-trags-ver-ar-bei-ter"
        );
        let nl = patterns("nl").unwrap();
        assert_eq!(
            shown(&text_in("subverwerkersovereenkomst", nl)),
            shown(&hypher::hyphenate("subverwerkersovereenkomst", Lang::Dutch).join("\u{ad}"))
        );
        assert!(text_in("subverwerkersovereenkomst", nl).contains(SOFT_HYPHEN));
        // Short words and punctuation stay as they are.
        assert_eq!(text_in("Die Daten, bitte.", de), "Die Daten, bitte.");
        assert_eq!(
            shown(&text_in(
                "Wer sind die Auftragsverarbeiter? Auftragsverarbeiter!",
                de
            )),
            "Wer sind die Auf-trags-ver-ar-bei-ter? Auf-trags-ver-ar-bei-ter!"
        );
        assert_eq!(
            shown(&text_in("(Auftragsverarbeiter),", de)),
            "(Auf-trags-ver-ar-bei-ter),"
        );
    }

    #[test]
    fn regional_variants_use_their_language_and_others_have_none() {
        assert_eq!(patterns("fr-CA"), Some(Lang::French));
        assert_eq!(patterns("de-CH"), Some(Lang::German));
        assert_eq!(patterns("EN-gb"), Some(Lang::English));
        for none in ["ar", "he", "zh-Hant", "ja", "fil", "", "hi"] {
            assert_eq!(patterns(none), None, "{none}");
        }
    }

    #[test]
    fn addresses_numbers_names_and_hand_hyphenated_words_stay_whole() {
        let de = patterns("de").unwrap();
        for whole in [
            "https://datenschutzbeauftragter.example.com/verarbeitungsverzeichnis",
            "datenschutzbeauftragter@example.com",
            "datenschutzbeauftragter.example",
            "Verarbeitungsverzeichnis2026",
            "Unter\u{ad}auftragsverarbeiter",
            "Unter&shy;auftragsverarbeiter",
            "https:&#x2F;&#x2F;verarbeitungsverzeichnis",
            "SalesforceMarketingcloud",
            "DATENSCHUTZBEAUFTRAGTER",
            "verarbeitungs_verzeichnis",
            "verarbeitungsverzeichnis?datenschutzbeauftragter",
            "verarbeitungsverzeichnis,datenschutzbeauftragter",
        ] {
            assert_eq!(text_in(whole, de), whole);
        }
        // A character reference is kept as written, and splits words.
        assert_eq!(
            shown(&text_in("AT&amp;T&#x27;s Auftragsverarbeiter", de)),
            "AT&amp;T&#x27;s Auf-trags-ver-ar-bei-ter"
        );
    }

    #[test]
    fn only_text_is_hyphenated_in_the_language_of_its_element() {
        let html = concat!(
            "<!DOCTYPE html><html lang=\"de\"><head><title>Unterauftragsverarbeiter</title>",
            "<meta name=\"description\" content=\"Unterauftragsverarbeiter\"></head><body>",
            "<p title=\"Unterauftragsverarbeiter\">Unterauftragsverarbeiter ",
            "<a href=\"https://example.com/Unterauftragsverarbeiter\" id=\"Unterauftragsverarbeiter\">Unterauftragsverarbeiter</a> ",
            "<code>Unterauftragsverarbeiter</code> <span translate=\"no\">Unterauftragsverarbeiter</span> ",
            "<span lang=\"ar\">Unterauftragsverarbeiter</span> <span lang=\"en\">responsibilities</span><br>",
            "Unterauftragsverarbeiter</p><ul><li>Unterauftragsverarbeiter<li>Unterauftragsverarbeiter</ul>",
            "<p lang=\"en\">responsibilities</p></body></html>"
        );
        let out = page(html).unwrap();
        let de = "Un\u{ad}ter\u{ad}auf\u{ad}trags\u{ad}ver\u{ad}ar\u{ad}bei\u{ad}ter";
        assert_eq!(out.matches(de).count(), 5, "{out}");
        assert_eq!(
            out.matches("re\u{ad}spon\u{ad}si\u{ad}bil\u{ad}i\u{ad}ties")
                .count(),
            2,
            "{out}"
        );
        // Everything else as it was: markup, attributes, verbatim text, Arabic.
        assert_eq!(out.replace(SOFT_HYPHEN, ""), html);
        assert!(out.contains("<title>Unterauftragsverarbeiter</title>"));
        assert!(out.contains("<code>Unterauftragsverarbeiter</code>"));
        assert!(out.contains("<span lang=\"ar\">Unterauftragsverarbeiter</span>"));
        assert!(out.contains("<span translate=\"no\">Unterauftragsverarbeiter</span>"));
        let tags: Vec<&str> = out
            .split('<')
            .skip(1)
            .map(|t| t.split('>').next().unwrap())
            .collect();
        assert!(tags.iter().all(|t| !t.contains(SOFT_HYPHEN)), "{tags:?}");
    }

    #[test]
    fn a_page_without_a_language_is_left_alone() {
        let html = "<p>Unterauftragsverarbeiter</p>";
        assert_eq!(page(html).unwrap(), html);
    }
}
