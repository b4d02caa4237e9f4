//! What changed between two publications, in terms a reader understands: a sub-processor added
//! or removed, "Hubspot now processes personal data", a retention period, a reworded section.
//!
//! Works on [`Snapshot`]s (the facts as JSON and the source text), so it compares any two
//! recorded publications, or the last one with the working tree, whatever the model looked like
//! then.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::Value;

use crate::history::lock::Snapshot;
use crate::sections;

/// One change.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "change", rename_all = "kebab-case")]
pub enum Change {
    SubprocessorAdded {
        name: String,
    },
    SubprocessorRemoved {
        name: String,
    },
    /// Whether it processes personal data.
    PersonalData {
        name: String,
        now: bool,
    },
    /// Whether it transfers personal data outside the EEA.
    OutsideEea {
        name: String,
        now: bool,
    },
    /// The transfer mechanism (an id such as `standard-contractual-clauses`).
    Mechanism {
        name: String,
        was: Option<String>,
        now: Option<String>,
    },
    SecurityLink {
        name: String,
        was: Option<String>,
        now: Option<String>,
    },
    Effective {
        name: String,
        was: Option<String>,
        now: Option<String>,
    },
    /// Any other fact, by its path in the model (`retention.period.count`).
    Fact {
        section: Option<String>,
        path: String,
        was: Option<Value>,
        now: Option<Value>,
    },
    /// A message of the source language (or a term, `-customer`).
    Text {
        section: Option<String>,
        message: String,
        was: Option<String>,
        now: Option<String>,
    },
}

impl Change {
    /// The section of the page the change shows in, if any.
    pub fn section(&self) -> Option<&str> {
        match self {
            Change::Fact { section, .. } | Change::Text { section, .. } => section.as_deref(),
            _ => Some("subprocessors"),
        }
    }

    /// The order changes are listed in: what a controller must act on first.
    fn rank(&self) -> u8 {
        match self {
            Change::SubprocessorAdded { .. } => 0,
            Change::SubprocessorRemoved { .. } => 1,
            Change::PersonalData { .. } => 2,
            Change::OutsideEea { .. } => 3,
            Change::Mechanism { .. } => 4,
            Change::Effective { .. } => 5,
            Change::SecurityLink { .. } => 6,
            Change::Fact { .. } => 7,
            Change::Text { .. } => 8,
        }
    }

    pub fn is_text(&self) -> bool {
        matches!(self, Change::Text { .. })
    }
}

/// Every change from `old` to `new`: facts first (sub-processors, then the rest by path), then
/// the source text by message id.
pub fn between(old: &Snapshot, new: &Snapshot) -> Vec<Change> {
    let mut changes = subprocessors(
        old.facts.get("subprocessors"),
        new.facts.get("subprocessors"),
    );
    // Stable: by name within a kind.
    changes.sort_by_key(Change::rank);
    let empty = serde_json::Map::new();
    let (o, n) = (
        old.facts.as_object().unwrap_or(&empty),
        new.facts.as_object().unwrap_or(&empty),
    );
    let keys: BTreeSet<&String> = o
        .keys()
        .chain(n.keys())
        .filter(|k| *k != "subprocessors")
        .collect();
    for key in keys {
        let section = sections::of_fact(key).map(|s| s.id.to_string());
        facts(
            &section,
            key.clone(),
            o.get(key.as_str()),
            n.get(key.as_str()),
            &mut changes,
        );
    }
    let ids: BTreeSet<&String> = old.source.keys().chain(new.source.keys()).collect();
    for id in ids {
        let (was, now) = (old.source.get(id), new.source.get(id));
        if was != now {
            changes.push(Change::Text {
                section: sections::of_message(id).map(|s| s.id.to_string()),
                message: id.clone(),
                was: was.cloned(),
                now: now.cloned(),
            });
        }
    }
    changes
}

/// Changes of a fact, as deep as objects go; a changed list is one change.
fn facts(
    section: &Option<String>,
    path: String,
    was: Option<&Value>,
    now: Option<&Value>,
    out: &mut Vec<Change>,
) {
    match (was, now) {
        (Some(Value::Object(a)), Some(Value::Object(b))) => {
            let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
            for k in keys {
                facts(
                    section,
                    format!("{path}.{k}"),
                    a.get(k.as_str()),
                    b.get(k.as_str()),
                    out,
                );
            }
        }
        (a, b) if a != b => out.push(Change::Fact {
            section: section.clone(),
            path,
            was: a.cloned(),
            now: b.cloned(),
        }),
        _ => {}
    }
}

/// Sub-processors matched by name.
fn subprocessors(old: Option<&Value>, new: Option<&Value>) -> Vec<Change> {
    let by_name = |v: Option<&Value>| -> BTreeMap<String, Value> {
        let list = v.and_then(Value::as_array).cloned().unwrap_or_default();
        list.into_iter()
            .filter_map(|s| Some((s.get("name")?.as_str()?.to_string(), s)))
            .collect()
    };
    let (old, new) = (by_name(old), by_name(new));
    let mut out = Vec::new();
    for (name, n) in &new {
        let Some(o) = old.get(name) else {
            out.push(Change::SubprocessorAdded { name: name.clone() });
            continue;
        };
        let flag = |v: &Value, f: &str| v.get(f).and_then(Value::as_bool).unwrap_or(false);
        let text = |v: &Value, f: &str| v.get(f).and_then(Value::as_str).map(str::to_string);
        let outside =
            |v: &Value| v.pointer("/transfer/kind").and_then(Value::as_str) == Some("outside-eea");
        let mechanism = |v: &Value| {
            v.pointer("/transfer/mechanism")
                .and_then(Value::as_str)
                .map(str::to_string)
        };
        if flag(o, "personal_data") != flag(n, "personal_data") {
            out.push(Change::PersonalData {
                name: name.clone(),
                now: flag(n, "personal_data"),
            });
        }
        if outside(o) != outside(n) {
            out.push(Change::OutsideEea {
                name: name.clone(),
                now: outside(n),
            });
        }
        if mechanism(o) != mechanism(n) && mechanism(n).is_some() {
            out.push(Change::Mechanism {
                name: name.clone(),
                was: mechanism(o),
                now: mechanism(n),
            });
        }
        if text(o, "security") != text(n, "security") {
            out.push(Change::SecurityLink {
                name: name.clone(),
                was: text(o, "security"),
                now: text(n, "security"),
            });
        }
        if text(o, "effective") != text(n, "effective") {
            out.push(Change::Effective {
                name: name.clone(),
                was: text(o, "effective"),
                now: text(n, "effective"),
            });
        }
    }
    for name in old.keys().filter(|n| !new.contains_key(*n)) {
        out.push(Change::SubprocessorRemoved { name: name.clone() });
    }
    out
}

/// What changed between the last recorded publication and the working tree (`candor diff`).
#[derive(Debug, Serialize)]
pub struct Diff {
    /// The language of the source text.
    pub source_language: String,
    /// The date of the last recorded publication; `None` before the first.
    pub since: Option<String>,
    pub changes: Vec<Change>,
    /// Per translation, the messages whose text changed since that publication (`None` when the
    /// publication did not record its translations).
    pub translations: BTreeMap<String, Option<Vec<String>>>,
}

impl Diff {
    /// For a terminal: one line per change.
    pub fn to_text(&self) -> String {
        let source_language = &self.source_language;
        let mut out = match &self.since {
            Some(date) => format!("changes since the publication of {date}:\n"),
            None => "no publication recorded yet; everything is new:\n".to_string(),
        };
        let (texts, facts): (Vec<&Change>, Vec<&Change>) =
            self.changes.iter().partition(|c| c.is_text());
        out.push_str("\nfacts\n");
        if facts.is_empty() {
            out.push_str("  (none)\n");
        }
        for c in facts {
            out.push_str(&format!("  {}\n", describe(c)));
        }
        out.push_str(&format!("\nsource text ({source_language})\n"));
        if texts.is_empty() {
            out.push_str("  (none)\n");
        }
        for c in texts {
            out.push_str(&format!("  {}\n", describe(c)));
        }
        out.push_str("\ntranslations\n");
        for (lang, ids) in &self.translations {
            let ids = match ids {
                Some(ids) if ids.is_empty() => "(none)".to_string(),
                Some(ids) => ids.join(", "),
                None => "(not recorded at that publication)".to_string(),
            };
            out.push_str(&format!("  {lang}: {ids}\n"));
        }
        out
    }
}

/// A change in one line, for people reading a terminal.
pub fn describe(change: &Change) -> String {
    let yes_no = |b: bool| if b { "yes" } else { "no" };
    let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| "(none)".into());
    let val = |v: &Option<Value>| v.as_ref().map_or("(none)".to_string(), |v| v.to_string());
    match change {
        Change::SubprocessorAdded { name } => format!("+ sub-processor {name}"),
        Change::SubprocessorRemoved { name } => format!("- sub-processor {name}"),
        Change::PersonalData { name, now } => format!(
            "~ {name}: personal data {} -> {}",
            yes_no(!now),
            yes_no(*now)
        ),
        Change::OutsideEea { name, now } => format!(
            "~ {name}: transfer outside the EEA {} -> {}",
            yes_no(!now),
            yes_no(*now)
        ),
        Change::Mechanism { name, was, now } => {
            format!("~ {name}: transfer mechanism {} -> {}", opt(was), opt(now))
        }
        Change::SecurityLink { name, was, now } => {
            format!("~ {name}: security measures {} -> {}", opt(was), opt(now))
        }
        Change::Effective { name, was, now } => {
            format!("~ {name}: effective {} -> {}", opt(was), opt(now))
        }
        Change::Fact { path, was, now, .. } => format!("~ {path}: {} -> {}", val(was), val(now)),
        Change::Text {
            message, was: None, ..
        } => format!("+ {message}"),
        Change::Text {
            message, now: None, ..
        } => format!("- {message}"),
        Change::Text { message, .. } => format!("~ {message}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn snapshot(facts: Value, source: &[(&str, &str)]) -> Snapshot {
        Snapshot {
            facts,
            source: source
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        }
    }

    #[test]
    fn subprocessors_by_name_and_field() {
        let old = snapshot(
            json!({"subprocessors": [
                {"name": "Hubspot", "personal_data": false, "transfer": {"kind": "within-eea"}},
                {"name": "Vidyo", "personal_data": false, "transfer": {"kind": "within-eea"}}]}),
            &[],
        );
        let new = snapshot(
            json!({"subprocessors": [
                {"name": "Hubspot", "personal_data": true, "transfer": {"kind": "outside-eea", "mechanism": "standard-contractual-clauses"}},
                {"name": "Slack", "personal_data": false, "transfer": {"kind": "within-eea"}}]}),
            &[],
        );
        assert_eq!(
            between(&old, &new),
            vec![
                Change::SubprocessorAdded {
                    name: "Slack".into()
                },
                Change::SubprocessorRemoved {
                    name: "Vidyo".into()
                },
                Change::PersonalData {
                    name: "Hubspot".into(),
                    now: true
                },
                Change::OutsideEea {
                    name: "Hubspot".into(),
                    now: true
                },
                Change::Mechanism {
                    name: "Hubspot".into(),
                    was: None,
                    now: Some("standard-contractual-clauses".into())
                },
            ]
        );
    }

    #[test]
    fn other_facts_by_path_and_text_by_message() {
        let old = snapshot(
            json!({"retention": {"period": {"count": 2, "unit": "years"}}}),
            &[("retention-body", "a"), ("yes", "Yes")],
        );
        let new = snapshot(
            json!({"retention": {"period": {"count": 3, "unit": "years"}}}),
            &[("retention-body", "b"), ("yes", "Yes")],
        );
        assert_eq!(
            between(&old, &new),
            vec![
                Change::Fact {
                    section: Some("retention".into()),
                    path: "retention.period.count".into(),
                    was: Some(json!(2)),
                    now: Some(json!(3))
                },
                Change::Text {
                    section: Some("retention".into()),
                    message: "retention-body".into(),
                    was: Some("a".into()),
                    now: Some("b".into())
                },
            ]
        );
        assert!(between(&old, &old).is_empty());
    }
}
