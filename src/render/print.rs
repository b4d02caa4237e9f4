//! The print stylesheet of each page and each annex: which organisation, language and version
//! it is, in the margin of every printed page.

use fluent_bundle::FluentArgs;

use super::Files;
use crate::diagnostic::Diagnostics;
use crate::load::locales::{FormatError, Locale};
use crate::messages::Message;

/// A page's print margin: who, which language and which version, at the foot of every printed
/// page, so that a printout or PDF of any page can be told apart from any other; at its head the
/// page's address where the site has a `base-url`, and on an archived version that a newer one
/// replaced, "superseded on …" on every printed page.
pub(super) struct PageMargin<'a> {
    pub(super) org: &'a str,
    /// The language's name in itself.
    pub(super) language: &'a str,
    /// The publication's date in the language's long format.
    pub(super) date: &'a str,
    /// The page's address (`https://…/en/`), where the site has a `base-url`.
    pub(super) address: Option<String>,
    /// For a superseded version: the date (long format) of the publication that replaced it,
    /// and the current version's address, where the site has a `base-url`.
    pub(super) superseded: Option<(String, Option<String>)>,
}

impl Margin for PageMargin<'_> {
    fn text(&self, locale: &Locale) -> Result<String, FormatError> {
        let mut args = FluentArgs::new();
        args.set("org", organisation(self.org, locale));
        let title = locale.format(Message::PageTitle.id(), &args)?;
        args.set("date", self.date.to_string());
        let stamp = locale.format(Message::LastModified.id(), &args)?;
        let footer = css_string(&format!("{title} · {} · {stamp}", self.language));
        let font = "font: 8pt system-ui, sans-serif; color: #333;";
        let Sides { start, end } = Sides::of(locale);
        let mut boxes = vec![
            format!("@bottom-{start} {{ content: {footer}; {font} }}"),
            format!(
                "@bottom-{end} {{ content: {}; white-space: nowrap; {font} }}",
                page_number(locale)
            ),
        ];
        match &self.superseded {
            Some((date, current)) => {
                let mut args = FluentArgs::new();
                args.set("date", date.clone());
                let mut head = locale.format(Message::ArchiveSuperseded.id(), &args)?;
                if let Some(current) = current {
                    let read = locale.format(Message::ArchiveCurrent.id(), &FluentArgs::new())?;
                    head = format!("{head} {read} {}", left_to_right(current));
                }
                boxes.push(format!(
                    "@top-{start} {{ content: {}; font: 700 9pt system-ui, sans-serif; color: #000; }}",
                    css_string(&head)
                ));
            }
            None => {
                if let Some(address) = &self.address {
                    boxes.push(format!(
                        "@top-{start} {{ content: {}; {font} }}",
                        css_string(&left_to_right(address))
                    ));
                }
            }
        }
        // A superseded version names its own address at the top end, beside the notice.
        if let (Some(_), Some(address)) = (&self.superseded, &self.address) {
            boxes.push(format!(
                "@top-{end} {{ content: {}; {font} text-align: {end}; }}",
                css_string(&left_to_right(address))
            ));
        }
        Ok(format!("@page {{\n  {}\n}}\n", boxes.join("\n  ")))
    }
}

/// The sides of the paper where a language's lines start and end: a margin's first box (who,
/// which language, which version) where reading starts, its page number where it ends (qa77:
/// the Arabic annex had its title at the top left).
pub(super) struct Sides {
    pub(super) start: &'static str,
    pub(super) end: &'static str,
}

impl Sides {
    fn of(locale: &Locale) -> Sides {
        Sides::written(crate::intl::is_rtl(&locale.language.locale))
    }

    /// Of a language written right to left (`rtl`) or left to right.
    pub(super) fn written(rtl: bool) -> Sides {
        match rtl {
            false => Sides {
                start: "left",
                end: "right",
            },
            true => Sides {
                start: "right",
                end: "left",
            },
        }
    }
}

/// The footer of a page's print stylesheet (as [`PageMargin`] wrote it: a CSS string in the
/// bottom box where its lines start), with that side (`left` or `right`), to say more beside
/// it: the review says it is a draft.
pub(super) fn footer(css: &str) -> Option<(&'static str, &str)> {
    ["left", "right"].into_iter().find_map(|side| {
        let open = format!("@bottom-{side} {{ content: \"");
        let start = css.find(&open)? + open.len() - 1;
        let len = css[start..].find("; font:")?;
        Some((side, &css[start..start + len]))
    })
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
    /// For a superseded publication: the date (long format) of the one that replaced it, said
    /// at the foot of every printed page.
    pub(super) superseded: Option<String>,
    /// Of today's annex in a translation revised since its publication, the date (long
    /// format) it was revised: two printed copies of one publication are told apart.
    pub(super) revised: Option<String>,
}

impl Margin for AnnexMargin<'_> {
    fn text(&self, locale: &Locale) -> Result<String, FormatError> {
        let mut args = FluentArgs::new();
        args.set("org", organisation(self.org, locale));
        let title = locale.format(Message::AnnexTitle.id(), &args)?;
        let fingerprint = locale.format(Message::PublicationFingerprint.id(), &args)?;
        args.set("date", self.date.to_string());
        let publication = match &self.revised {
            Some(revised) => {
                args.set("revised", revised.clone());
                locale.format(Message::AnnexPublicationRevised.id(), &args)?
            }
            None => locale.format(Message::AnnexPublication.id(), &args)?,
        };
        let head = css_string(&title);
        let which = css_string(&format!("{} · {publication}", self.language));
        let fingerprint = format!("{fingerprint} {}", self.fingerprint);
        let font = "font: 7.5pt system-ui, sans-serif; color: #333;";
        // A superseded publication says so above its fingerprint, in the same box: in a box of
        // its own between the fingerprint and the page number, it was squeezed to a word a
        // line and printed over the fingerprint.
        let foot = match &self.superseded {
            Some(date) => {
                let mut args = FluentArgs::new();
                args.set("date", date.clone());
                let text = locale.format(Message::ArchiveSuperseded.id(), &args)?;
                format!(
                    "{} \"\\A\" {}; white-space: pre-wrap; font: 7.5pt system-ui, sans-serif; color: #000;",
                    css_string(&text),
                    css_string(&fingerprint)
                )
            }
            None => format!("{}; {font}", css_string(&fingerprint)),
        };
        let number = page_number(locale);
        let Sides { start, end } = Sides::of(locale);
        Ok(format!(
            "@page {{\n  @top-{start} {{ content: {head}; {font} }}\n  @top-{end} {{ content: {which}; {font} text-align: {end}; }}\n  @bottom-{start} {{ content: {foot} }}\n  @bottom-{end} {{ content: {number}; white-space: nowrap; {font} }}\n}}\n"
        ))
    }
}

/// An address as a margin box shows it: isolated, left to right (U+2066 … U+2069), so that
/// on a right-to-left page its slashes stay where they are written.
fn left_to_right(address: &str) -> String {
    format!("\u{2066}{address}\u{2069}")
}

/// "Page / pages", in the digits the language writes its dates and numbers in.
fn page_number(locale: &Locale) -> String {
    let style = crate::intl::counter_style(&locale.language.locale);
    format!("counter(page, {style}) \" / \" counter(pages, {style})")
}

/// A print stylesheet that writes words in the margin of every printed page.
pub(super) trait Margin {
    /// The stylesheet, in `locale`'s words.
    fn text(&self, locale: &Locale) -> Result<String, FormatError>;

    /// Puts the stylesheet at `path` in `files`, or reports why it could not be written.
    fn css(&self, locale: &Locale, path: String, files: &mut Files, diags: &mut Diagnostics) {
        match self.text(locale) {
            Ok(css) => {
                files.insert(path, css.into_bytes());
            }
            Err(e) => diags.push(e.into()),
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

/// The organisation's name as a margin says it: isolated in a right-to-left language, as the
/// pages isolate it, so that a Latin name does not reorder the line around it.
fn organisation(org: &str, locale: &Locale) -> String {
    crate::text::isolate(org, crate::intl::is_rtl(&locale.language.locale)).into_owned()
}
