//! The notice a site promises before a new sub-processor starts (GDPR Art. 28(2)): with
//! `[subprocessors] notice-days` set, a publication that adds one must give it an `effective`
//! date at least that far ahead, or say why not (`notice-exception`).

use std::collections::BTreeMap;

use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::history::lock::Stamp;
use crate::model::Model;

/// A new publication may add a sub-processor only with the notice the site promises
/// (`[subprocessors] notice-days`), unless the entry says why not. Returns whether it may.
pub fn check(
    model: &Model,
    places: &BTreeMap<String, Location>,
    notice_days: Option<u32>,
    stamp: &Stamp,
    diags: &mut Diagnostics,
) -> bool {
    let (Some(days), true, [.., previous, _]) = (
        notice_days,
        stamp.publishing.is_new(),
        stamp.history.as_slice(),
    ) else {
        return true;
    };
    let before: Vec<&str> = previous.snapshot.facts["subprocessors"]
        .as_array()
        .map(|list| list.iter().filter_map(|s| s["name"].as_str()).collect())
        .unwrap_or_default();
    let earliest = stamp
        .date
        .saturating_add(jiff::Span::new().days(i64::from(days)));
    let mut ok = true;
    for s in model
        .subprocessors
        .iter()
        .filter(|s| !before.contains(&s.name.as_str()) && s.notice_exception.is_none())
    {
        let effective = s.effective.unwrap_or(stamp.date);
        if effective >= earliest {
            continue;
        }
        ok = false;
        let mut d = Diagnostic::error(format!(
            "the new sub-processor `{}` starts on {effective}, less than the {days} days' notice after this publication ({})",
            s.name, stamp.date
        ))
        .with_help(format!(
            "set `effective = {earliest}` or later, or say why with `notice-exception = \"emergency-replacement\"` (or \"legal-obligation\")"
        ));
        if let Some(place) = places.get(&s.name) {
            d.location = Some(Location {
                label: format!("published {}, notice promised: {days} days", stamp.date),
                ..place.clone()
            });
        }
        diags.push(d);
    }
    ok
}
