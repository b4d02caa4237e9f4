//! The print stylesheet of each page and each annex: which organisation, language and version
//! it is, in the margin of every printed page.

use fluent_bundle::FluentArgs;

use super::Files;
use crate::diagnostic::Diagnostics;
use crate::load::locales::Locale;
use crate::messages::Message;

/// A page's print stylesheet: who, which language and which version, in the margin of every
/// printed page, so that a printout or PDF of any page can be told apart from any other.
pub(super) fn print_css(
    locale: &Locale,
    org: &str,
    language: &str,
    date: &str,
    path: String,
    files: &mut Files,
    diags: &mut Diagnostics,
) {
    let mut args = FluentArgs::new();
    args.set("org", org.to_string());
    let title = locale.format(Message::PageTitle.id(), &args);
    args.set("date", date.to_string());
    let stamp = locale.format(Message::LastModified.id(), &args);
    match (title, stamp) {
        (Ok(title), Ok(stamp)) => {
            let footer = css_string(&format!("{title} · {language} · {stamp}"));
            let font = "font: 8pt system-ui, sans-serif; color: #333;";
            let css = format!(
                "@page {{\n  {FOOTER}{footer}; {font} }}\n  @bottom-right {{ content: counter(page) \" / \" counter(pages); {font} }}\n}}\n"
            );
            files.insert(path, css.into_bytes());
        }
        (Err(e), _) | (_, Err(e)) => diags.push(e.into()),
    }
}

/// How a page's print stylesheet starts its footer, before the footer's CSS string.
const FOOTER: &str = "@bottom-left { content: ";

/// The footer of a page's print stylesheet (as [`print_css`] wrote it, a CSS string), to say
/// more beside it: the review says it is a draft.
pub(super) fn footer(css: &str) -> Option<&str> {
    let start = css.find(FOOTER)? + FOOTER.len();
    let len = css[start..].find("; font:")?;
    Some(&css[start..start + len])
}

/// An annex's print stylesheet. The annex is a document to sign: every printed page says which
/// document it is (its title names the organisation), in which language, of which publication
/// (its date and fingerprint), and which page of how many, so that a signed copy, or a page of
/// it, can be matched to the public page it came from.
pub(super) struct AnnexMargin<'a> {
    pub(super) org: &'a str,
    /// The language's name in itself.
    pub(super) language: &'a str,
    /// The publication's date in the language's long format.
    pub(super) date: &'a str,
    /// The publication's fingerprint (`sha256:…`).
    pub(super) fingerprint: &'a str,
}

impl AnnexMargin<'_> {
    pub(super) fn css(
        &self,
        locale: &Locale,
        path: String,
        files: &mut Files,
        diags: &mut Diagnostics,
    ) {
        let mut args = FluentArgs::new();
        args.set("org", self.org.to_string());
        let title = locale.format(Message::AnnexTitle.id(), &args);
        let fingerprint = locale.format(Message::PublicationFingerprint.id(), &args);
        args.set("date", self.date.to_string());
        let publication = locale.format(Message::AnnexPublication.id(), &args);
        match (title, publication, fingerprint) {
            (Ok(title), Ok(publication), Ok(fingerprint)) => {
                let head = css_string(&title);
                let which = css_string(&format!("{} · {publication}", self.language));
                let fingerprint = css_string(&format!("{fingerprint} {}", self.fingerprint));
                let font = "font: 7.5pt system-ui, sans-serif; color: #333;";
                let css = format!(
                    "@page {{\n  @top-left {{ content: {head}; {font} }}\n  @top-right {{ content: {which}; {font} text-align: end; }}\n  @bottom-left {{ content: {fingerprint}; {font} }}\n  @bottom-right {{ content: counter(page) \" / \" counter(pages); {font} }}\n}}\n"
                );
                files.insert(path, css.into_bytes());
            }
            (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => diags.push(e.into()),
        }
    }
}

/// `text` as a CSS string literal.
pub(super) fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push_str("\\A "),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
