//! What `check` prints about translations: a table for people, a JSON document for tools.

use crate::diagnostic::Diagnostics;
use crate::validate::status::Status;

/// The format version of [`check_json`]; it changes only when a field changes meaning or goes.
pub const JSON_VERSION: u32 = 1;

/// One line per translation: completion, and what is left.
pub fn translations_table(statuses: &[&Status]) -> String {
    let mut out = String::new();
    if statuses.is_empty() {
        return out;
    }
    out.push_str("translations:\n");
    let width = statuses.iter().map(|s| s.language.len()).max().unwrap_or(2);
    for s in statuses {
        if let Some(record) = &s.lost_record {
            out.push_str(&format!(
                "  {:width$}      ?  {record}, so which of {} messages are stale is unknown; {} missing, {} untranslated, {} obsolete\n",
                s.language,
                s.total,
                s.missing.len(),
                s.untranslated_messages(),
                s.obsolete.len(),
            ));
            continue;
        }
        out.push_str(&format!(
            "  {:width$}  {:>5.1}%  {} of {} current, {} missing, {} stale, {} untranslated, {} obsolete\n",
            s.language,
            s.completion() * 100.0,
            s.current(),
            s.total,
            s.missing.len(),
            s.stale_messages(),
            s.untranslated_messages(),
            s.obsolete.len(),
        ));
    }
    out
}

/// The whole result of `check --format json`. Documented in docs/check-json.md.
pub fn check_json(
    diags: &Diagnostics,
    statuses: &[&Status],
    ok: bool,
    recorded: Option<&[String]>,
) -> serde_json::Value {
    let translations: Vec<serde_json::Value> = statuses
        .iter()
        .map(|s| {
            let mismatches: Vec<serde_json::Value> = diags
                .iter()
                .filter(|d| d.is_error())
                .filter(|d| {
                    d.location.as_ref().is_some_and(|l| {
                        l.file.name.starts_with(&format!("locales/{}/", s.language))
                    })
                })
                .map(|d| d.to_json())
                .collect();
            // Which messages are stale is the record's to say: unknown where it is lost.
            let known = s.lost_record.is_none();
            serde_json::json!({
                "language": s.language,
                "total": s.total,
                "translated": s.translated,
                "current": known.then(|| s.current()),
                "completion": known.then(|| (s.completion() * 1000.0).round() / 1000.0),
                "record-missing": !known,
                "missing": s.missing,
                "stale": known.then_some(&s.stale),
                "inherited-stale": s.inherited_stale,
                "untranslated": s.untranslated,
                "inherited-untranslated": s.inherited_untranslated,
                "obsolete": s.obsolete,
                "sources": s.sources,
                "translated-from": s.translated_from,
                "errors": mismatches,
            })
        })
        .collect();
    serde_json::json!({
        "version": JSON_VERSION,
        "ok": ok,
        "errors": diags.error_count(),
        "warnings": diags.warning_count(),
        "translations": translations,
        "recorded": recorded,
        "diagnostics": diags.iter().map(|d| d.to_json()).collect::<Vec<_>>(),
    })
}
