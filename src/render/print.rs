//! The print stylesheet of each page: which organisation, language and version it is, in the
//! margin of every printed page.

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
                "@page {{\n  @bottom-left {{ content: {footer}; {font} }}\n  @bottom-right {{ content: counter(page) \" / \" counter(pages); {font} }}\n}}\n"
            );
            files.insert(path, css.into_bytes());
        }
        (Err(e), _) | (_, Err(e)) => diags.push(e.into()),
    }
}

/// `text` as a CSS string literal.
fn css_string(text: &str) -> String {
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
