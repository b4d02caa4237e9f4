//! Synthetic sites of any size, for benchmarks and scale tests: `languages` × `subprocessors`.
//!
//! A synthetic site is a real site (it builds, checks and serves like any other) made from a
//! template site: its content, with the sub-processor list replaced by `subprocessors` generated
//! entries of realistic length, and its source language's words copied into each of `languages`
//! CLDR locales. The copies are the source text, marked as meant to read so, so every page says
//! the same words; dates,
//! country names, language names and text direction still come from each locale's CLDR data,
//! which is what varies in cost and correctness between languages.
//!
//! `cargo run --release --example synth -- --languages 100 --subprocessors 1000 /tmp/big`
//! writes one; `benches/` and `tests/it/scale.rs` use [`generate`] directly.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Context, Result, bail};

/// Locales that ICU4X's compiled CLDR data knows ([`crate::intl::knows`]: dates, language and
/// country names), the languages most used on the web first, then regional variants.
/// [`generate`] takes the first n.
#[rustfmt::skip]
pub const LOCALES: &[&str] = &[
    "en", "de", "nl", "fr", "es", "it", "pt", "pl", "sv", "da", "fi", "nb", "cs", "sk", "sl",
    "hr", "hu", "ro", "bg", "el", "et", "lv", "lt", "ga", "mt", "is", "ru", "uk", "be", "sr",
    "bs", "mk", "sq", "tr", "ar", "he", "fa", "ur", "hi", "bn", "pa", "gu", "mr", "ta", "te",
    "kn", "ml", "si", "ne", "th", "lo", "km", "my", "vi", "id", "ms", "fil", "zh", "zh-Hant",
    "ja", "ko", "mn", "ka", "hy", "az", "kk", "ky", "uz", "tk", "tg", "ps", "sw", "am", "ti",
    "so", "ha", "yo", "ig", "zu", "xh", "af", "ca", "gl", "eu", "cy", "gd", "br", "fo", "lb",
    "fy", "rm", "eo", "ia", "jv", "su", "ceb", "qu", "or", "as", "sd", "ks", "kok", "mai", "mni",
    "sat", "doi", "brx", "chr", "cv", "dsb", "hsb", "kea", "kgp", "yrl", "sc", "tt", "ug", "to",
    "wo", "pcm", "yue", "ku", "mi", "nn", "om", "ee", "ak", "ii", "sa", "en-GB", "en-IE", "en-AU",
    "en-CA", "en-IN", "en-NZ", "en-ZA", "en-SG", "en-US", "en-AE", "en-AG", "en-AT", "en-BB",
    "en-BE", "en-BM", "en-BS", "en-BW", "en-BZ", "en-CH", "en-CM", "en-CY", "en-DE", "en-DK",
    "en-DM", "en-ER", "en-FI", "en-FJ", "en-GD", "en-GH", "en-GI", "en-GM", "en-GY", "en-HK",
    "en-IL", "en-IM", "en-JE", "en-JM", "en-KE", "en-KY", "en-LC", "en-LR", "en-LS", "en-MG",
    "en-MO", "en-MT", "en-MU", "en-MW", "en-MY", "en-NA", "en-NG", "en-NL", "en-PG", "en-PH",
    "en-PK", "en-RW", "en-SB", "en-SC", "en-SD", "en-SE", "en-SI", "en-SL", "en-SS", "en-SZ",
    "en-TO", "en-TT", "en-TZ", "en-UG", "en-VU", "en-WS", "en-ZM", "en-ZW", "de-AT", "de-CH",
    "de-BE", "de-LI", "de-LU", "de-IT", "fr-CA", "fr-BE", "fr-CH", "fr-LU", "fr-MA", "fr-SN",
    "fr-CI", "fr-CM", "fr-DZ", "fr-TN", "fr-HT", "fr-MC", "es-419", "es-MX", "es-AR", "es-CO",
    "es-CL", "es-PE", "es-US", "es-VE", "es-UY", "es-EC", "es-BO", "es-CR", "es-CU", "es-DO",
    "es-GT", "es-HN", "es-NI", "es-PA", "es-PR", "es-PY", "es-SV", "es-PH", "pt-PT", "pt-AO",
    "pt-MZ", "pt-CV", "pt-CH", "pt-LU", "nl-BE", "nl-SR", "nl-AW", "nl-CW", "it-CH", "sv-FI",
    "ar-EG", "ar-SA", "ar-MA", "ar-AE", "ar-DZ", "ar-IQ", "ar-JO", "ar-LB", "ar-TN", "zh-Hant-HK",
    "zh-Hans-SG", "ms-SG", "ta-SG", "ta-LK", "ru-UA", "ru-KZ", "sr-Latn", "ca-AD", "ca-FR",
    "el-CY", "sq-MK", "fr-GA", "fr-ML", "fr-NE", "fr-RW", "fr-BF", "fr-BJ", "fr-CD", "fr-CG",
    "fr-GN", "fr-MG", "fr-TG", "fr-RE", "ar-KW", "ar-QA", "ar-OM", "ar-BH", "ar-LY", "pt-GW",
    "pt-TL", "ru-BY", "ru-MD", "sw-KE", "sw-UG", "bn-IN", "ur-IN", "ta-MY", "fr-PF", "fr-NC",
    "ar-SY", "ar-YE", "ar-SD", "pt-ST", "es-GQ", "fr-SC",
];

/// The size of a synthetic site.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    pub languages: usize,
    pub subprocessors: usize,
}

/// Writes a synthetic site of `size` into `out` (which must not hold a site already), made
/// from the site at `template`. The first language is the template's source language.
pub fn generate(template: &Path, out: &Path, size: Size) -> Result<()> {
    if size.languages == 0 || size.languages > LOCALES.len() {
        bail!("languages must be between 1 and {}", LOCALES.len());
    }
    if out.join("candor.toml").exists() {
        bail!("`{}` already holds a site", out.display());
    }
    let source = source_language(template)?;
    let mut tags: Vec<&str> = vec![source.as_str()];
    tags.extend(
        LOCALES
            .iter()
            .filter(|t| **t != source)
            .take(size.languages - 1),
    );

    std::fs::create_dir_all(out.join("content"))?;
    for entry in std::fs::read_dir(template.join("content"))? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "toml") {
            let name = path.file_name().expect("a file");
            std::fs::copy(&path, out.join("content").join(name))?;
        }
    }
    std::fs::write(
        out.join("content/subprocessors.toml"),
        subprocessors(size.subprocessors),
    )?;

    let words = template.join("locales").join(&source);
    for tag in &tags {
        let dir = out.join("locales").join(tag);
        std::fs::create_dir_all(&dir)?;
        for entry in std::fs::read_dir(&words)? {
            let path = entry?.path();
            if path.extension().is_some_and(|e| e == "ftl") {
                let words = same_as_source(&std::fs::read_to_string(&path)?);
                std::fs::write(dir.join(path.file_name().expect("a file")), words)?;
            }
        }
    }

    let list: Vec<String> = tags.iter().map(|t| format!("{t:?}")).collect();
    let config = format!(
        "# A synthetic site: {} languages x {} sub-processors (candor::synth).\n\
         source-language = {source:?}\nlanguages = [{}]\ntheme = \"default\"\n",
        tags.len(),
        size.subprocessors,
        list.join(", "),
    );
    std::fs::write(out.join("candor.toml"), config)?;
    Ok(())
}

/// `ftl` with every message and term marked as meant to read as the source
/// (`# candor: same-as-source`): a synthetic language says the source's words on purpose, and
/// `check` would otherwise report each as untranslated.
fn same_as_source(ftl: &str) -> String {
    let mut out = String::with_capacity(ftl.len() * 2);
    for line in ftl.lines() {
        let entry = line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-');
        if entry && line.contains('=') {
            out.push_str("# candor: same-as-source\n");
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

fn source_language(template: &Path) -> Result<String> {
    let path = template.join("candor.toml");
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("reading the template site's {}", path.display()))?;
    let table: toml::Table = toml::from_str(&text)?;
    table
        .get("source-language")
        .and_then(|v| v.as_str())
        .map(str::to_string)
        .context("the template's candor.toml names no source-language")
}

const FIRST: &[&str] = &[
    "Northwind",
    "Bluefin",
    "Cedar",
    "Helix",
    "Juniper",
    "Kestrel",
    "Lumen",
    "Meridian",
    "Nimbus",
    "Orchard",
    "Pinnacle",
    "Quarry",
    "Riverbend",
    "Solstice",
    "Tidewater",
    "Vantage",
];
const SECOND: &[&str] = &[
    "Analytics",
    "Cloud Hosting",
    "Customer Messaging",
    "Identity",
    "Payments",
    "Support Desk",
    "Video Consultations",
    "Document Signing",
    "Error Monitoring",
    "Translation Services",
];
const SUFFIX: &[&str] = &["B.V.", "GmbH", "Inc.", "Ltd", "S.A.", "AB", "Oy", "ApS"];
const MECHANISMS: &[&str] = &[
    "standard-contractual-clauses",
    "adequacy-decision",
    "binding-corporate-rules",
];

/// `count` sub-processors with names of 25–50 characters, every third outside the EEA, most
/// with a security page.
fn subprocessors(count: usize) -> String {
    let mut text = String::from("# Generated by candor::synth.\n");
    for i in 0..count {
        let name = format!(
            "{} {} {:04} {}",
            FIRST[i % FIRST.len()],
            SECOND[(i / FIRST.len()) % SECOND.len()],
            i,
            SUFFIX[i % SUFFIX.len()]
        );
        let slug: String = name
            .to_lowercase()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        let outside = i % 3 == 1;
        let _ = writeln!(text, "\n[[subprocessor]]\nname = {name:?}");
        let _ = writeln!(text, "personal-data = {}", i % 2 == 0);
        let _ = writeln!(text, "outside-eea = {outside}");
        if outside {
            let _ = writeln!(text, "mechanism = {:?}", MECHANISMS[i % MECHANISMS.len()]);
        }
        if i % 5 != 4 {
            let _ = writeln!(text, "security = \"https://{slug}.example/trust/security\"");
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_are_distinct() {
        let mut seen = std::collections::BTreeSet::new();
        for tag in LOCALES {
            assert!(seen.insert(tag), "{tag} listed twice");
        }
        assert!(LOCALES.len() >= 300, "{} locales", LOCALES.len());
    }
}
