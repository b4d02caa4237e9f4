//! The notice a site promises before a sub-processor change takes effect (GDPR Art. 28(2)):
//! with `[subprocessors] notice-days` set, controllers must learn of a change at least that
//! many days before it takes effect, so that they can object. What needs notice:
//!
//! - a new sub-processor;
//! - a material change to one: it starts processing personal data, or transferring it outside
//!   the EEA, or on another basis, or for another purpose, or in a country it did not before,
//!   or it receives a category of data or a data subject's data it did not before (stopping
//!   takes effect at once; a purpose, countries, categories or subjects stated for the first
//!   time record what was, and no longer stated, only that: neither changes anything);
//! - an announced start date moved earlier (or dropped: it starts at once).
//!
//! Each is judged against the publication that first announced it, not only today's: an
//! announcement cannot be made on the 1st and its date moved to the 5th a few days later. An
//! entry may say why it gives less notice (`notice-exception`).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use jiff::civil::Date;

use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::history::changelog;
use crate::history::changes::{Statements, last_day_to_object};
use crate::history::engagements::Engagements;
use crate::history::lock::{Publication, Stamp};
use crate::load::config::MAX_NOTICE_DAYS;
use crate::model::{Model, Subprocessor, Transfer, derived_id};
use crate::validate::content::Places;
use crate::validate::named_alike;

/// Whether going from `was` to `now` exposes personal data more: it starts processing it, or
/// starts transferring it outside the EEA, or on another basis, or for another purpose, or in
/// a country it did not before. Less exposure (it stops) takes
/// effect at once.
fn exposes_more(was: &Subprocessor, now: &Subprocessor) -> bool {
    exposures(was, now).into_iter().any(|more| more)
}

/// In which of its aspects `now` exposes personal data more than `was`: its data, its
/// transfer, its purpose, its countries, the categories of data it receives, whose data.
fn exposures(was: &Subprocessor, now: &Subprocessor) -> [bool; 6] {
    let more_data = now.personal_data && !was.personal_data;
    let other_transfer = match (was.transfer, now.transfer) {
        (_, Transfer::WithinEea) => false,
        (Transfer::WithinEea, Transfer::OutsideEea { .. }) => true,
        (Transfer::OutsideEea { mechanism: a, .. }, Transfer::OutsideEea { mechanism: b, .. }) => {
            a != b
        }
    };
    // Stated no longer, it records that no purpose is said, as countries or categories left
    // out do (qa69: leaving out a purpose alone needed notice).
    let other_purpose =
        was.purpose.is_some() && now.purpose.is_some() && now.purpose != was.purpose;
    // Listed for the first time, a list records what was (qa65: a category added to one listed
    // before is more data).
    fn added<T: PartialEq>(was: &[T], now: &[T]) -> bool {
        !was.is_empty() && now.iter().any(|c| !was.contains(c))
    }
    [
        more_data,
        other_transfer,
        other_purpose,
        added(&was.countries, &now.countries),
        added(&was.data_categories, &now.data_categories),
        added(&was.data_subjects, &now.data_subjects),
    ]
}

/// Where [`exposures`] says whether a sub-processor's countries expose more.
const COUNTRIES: usize = 3;

/// Whether `now`, stated in place of `was` (the last publication's statement), exposes personal
/// data more in an aspect than both `was` and `standing`, what is in effect: going back, before
/// it took effect, on a change announced to an engaged sub-processor exposes nothing more.
fn changes_materially(standing: &Subprocessor, was: &Subprocessor, now: &Subprocessor) -> bool {
    !material_aspects(standing, was, now).is_empty()
}

/// The aspects in which [`changes_materially`] finds `now` exposes personal data more, named
/// as a notice error names them.
fn material_aspects(
    standing: &Subprocessor,
    was: &Subprocessor,
    now: &Subprocessor,
) -> Vec<&'static str> {
    const ASPECTS: [&str; 6] = [
        "processes personal data",
        "transfer outside the EEA",
        "purpose",
        "countries",
        "data categories",
        "data subjects",
    ];
    let (than_stated, mut than_standing) = (exposures(was, now), exposures(standing, now));
    // A country added to those a change still to come lists, where what stands lists none
    // and keeps the data in the EEA: new to controllers, who weighed the transfer by the
    // countries announced, and new against what stands, which sends data to no country
    // outside the EEA (qa144: Canada added on 1 February to a transfer announced to the United
    // States for 24 February skipped the notice period).
    than_standing[COUNTRIES] |= standing.countries.is_empty()
        && standing.transfer == Transfer::WithinEea
        && (now.countries.iter())
            .any(|c| !was.countries.contains(c) && !crate::transfers::EEA.contains(&c.code()));
    ASPECTS
        .into_iter()
        .zip(than_stated.into_iter().zip(than_standing))
        .filter(|(_, (stated, standing))| *stated && *standing)
        .map(|(aspect, _)| aspect)
        .collect()
}

/// Whether `now`, stated in place of `was` with an earlier start (or none), makes something
/// that needs notice take effect earlier than announced. For one not engaged yet (`standing`
/// is `was`: nothing of it is in effect), its engagement does; for one engaged, only what
/// exposes more than the statement in effect (`standing`) does: a change still to come,
/// withdrawn, takes nothing into effect.
fn takes_effect_earlier(standing: &Subprocessor, was: &Subprocessor, now: &Subprocessor) -> bool {
    std::ptr::eq(standing, was) || exposes_more(standing, now)
}

/// What of a sub-processor announced and not engaged yet `now` states where the last
/// publication (`was`) stated none: its purpose, its countries, the categories of data it
/// receives, whose data. Controllers weigh its
/// engagement by them, as by a change of them, which needs notice: stated anew after being
/// taken out, they would otherwise skip the notice period.
fn stated_anew(was: &Subprocessor, now: &Subprocessor) -> Vec<&'static str> {
    let purpose = was.purpose.is_none() && now.purpose.is_some();
    let countries = was.countries.is_empty() && !now.countries.is_empty();
    let categories = was.data_categories.is_empty() && !now.data_categories.is_empty();
    let subjects = was.data_subjects.is_empty() && !now.data_subjects.is_empty();
    [
        ("purpose", purpose),
        ("countries", countries),
        ("data categories", categories),
        ("data subjects", subjects),
    ]
    .into_iter()
    .filter_map(|(aspect, stated)| stated.then_some(aspect))
    .collect()
}

/// What `now` states of a sub-processor that the last publication (`was`) left out, and an
/// earlier one (of `history`, newest first) stated with less: for each such aspect, its name,
/// the day it was last stated, what it was then, and what is added, in words for an
/// error. A purpose, countries, data categories or subjects given for the first time record
/// what was; given again after being left out, only what they were last stated with does.
fn restated_with_more(
    was: &Subprocessor,
    now: &Subprocessor,
    history: &[(Date, &[Arc<Subprocessor>])],
    today: Date,
) -> Vec<(&'static str, Date, String, String)> {
    let quoted = |items: &[String]| {
        (items.iter())
            .map(|i| format!("`{i}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    type Aspect = fn(&Subprocessor) -> Vec<String>;
    let aspects: [(&str, Aspect); 4] = [
        ("purpose", |s| s.purpose.iter().cloned().collect()),
        ("countries", |s| {
            s.countries.iter().map(|c| c.code().to_string()).collect()
        }),
        ("data categories", |s| s.data_categories.clone()),
        ("data subjects", |s| s.data_subjects.clone()),
    ];
    let mut out = Vec::new();
    for (aspect, of) in aspects {
        let stated = of(now);
        if stated.is_empty() || !of(was).is_empty() {
            continue;
        }
        // What was last stated in effect: not an announcement whose day did not come before
        // the publication after it (qa71: announced, then left out with its day before it came,
        // then stated again as announced, with no notice of what it adds).
        let mut after = today;
        let last = history.iter().find_map(|(date, list)| {
            let earlier = list.iter().find(|e| e.id == now.id);
            let came = earlier.is_some_and(|e| e.effective.is_none_or(|day| day <= after));
            after = *date;
            let earlier = earlier.filter(|_| came)?;
            Some((*date, of(earlier))).filter(|(_, items)| !items.is_empty())
        });
        let Some((on, last)) = last else { continue };
        let added: Vec<String> = stated.into_iter().filter(|i| !last.contains(i)).collect();
        if !added.is_empty() {
            out.push((aspect, on, quoted(&last), quoted(&added)));
        }
    }
    out
}

/// Why a sub-processor's entry needs notice in this publication.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Needs {
    /// It is new.
    Engagement,
    /// It changed materially.
    MaterialChange,
    /// Its announced start was moved earlier, or dropped.
    EarlierStart,
}

/// Checks each start date (`effective`) of `model`, published on `date` after the
/// publications `history` (newest first), whose statements are `statements` and which engaged
/// `engagements`: one set or moved
/// to a day before the publication is refused (a change takes effect on the day it is
/// published at the earliest: controllers were not told of it before), and so is one more
/// than ten years after it; one on an engaged sub-processor whose entry states what is in
/// effect announces nothing, and is warned of. Returns the ids of those refused, whose error
/// says all there is to say of their start: they are not held to the notice period as well.
fn start_dates<'m>(
    model: &'m Model,
    places: &Places,
    date: Date,
    history: &[(Date, &[Arc<Subprocessor>])],
    statements: &Statements,
    engagements: &Engagements,
    diags: &mut Diagnostics,
) -> Vec<&'m str> {
    let mut refused_ids = Vec::new();
    let at = |s: &Subprocessor, label: String| {
        places.effective_of(&s.name).map(|place| Location {
            label,
            ..place.clone()
        })
    };
    for s in &model.subprocessors {
        let Some(start) = s.effective else { continue };
        let before = history
            .first()
            .and_then(|(_, list)| list.iter().find(|b| b.id == s.id));
        // As far ahead as the longest notice period, and no further: a year mistyped, or a day
        // with none after it to end its calendar event.
        let horizon = date
            .checked_add(jiff::Span::new().days(i64::from(MAX_NOTICE_DAYS)))
            .unwrap_or(Date::MAX);
        let refused = if start < date {
            Some((
                format!("before this publication ({date})"),
                format!(
                    "a change takes effect on the day it is published at the earliest: remove `effective` for one that takes effect at once, or set a day after {date} to announce it; the day a sub-processor was engaged is `engaged`"
                ),
            ))
        } else if start == Date::MAX {
            Some((
                "the last day there is".to_string(),
                "no calendar event can end after it, nor a notice period: check the year"
                    .to_string(),
            ))
        } else if start > horizon {
            Some((
                format!("more than ten years after this publication ({date})"),
                format!(
                    "check the year: announce the day it takes effect, by {horizon} at the latest"
                ),
            ))
        } else {
            None
        };
        // What a publication before stated is not refused again.
        if let Some((when, help)) = refused
            && before.is_none_or(|b| b.effective != Some(start))
        {
            refused_ids.push(s.id.as_str());
            let mut d = Diagnostic::error(format!("`{}` takes effect on {start}, {when}", s.name))
                .with_help(help);
            d.location = at(s, format!("published {date}"));
            diags.push(d);
            continue;
        }
        let standing = statements.in_effect_before(&s.id, date);
        if start > date
            && engagements.engaged_before(&s.id, date)
            && standing.is_some_and(|standing| {
                crate::history::changes::statement_changes(standing, s).is_empty()
            })
        {
            let mut d = Diagnostic::warning(format!(
                "`{}` is engaged, and its entry states what is in effect: `effective = {start}` announces no change",
                s.name
            ))
            .with_help(format!(
                "remove `effective`, or change the entry to what it is to be from {start}"
            ));
            d.location = at(s, "engaged".to_string());
            diags.push(d);
        }
    }
    refused_ids
}

/// What a start date that has come, with no publication since, is to a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Passed {
    /// A warning: a build or a preview on a desk, whose author is told what to do.
    Told,
    /// An error: a run that deploys or guards what is deployed (`build --locked`, `check
    /// --strict`), which would otherwise publish "not yet" of what is in effect.
    Refused,
}

/// Tells where a build makes no new publication and a start date announced by the last one
/// (`stamp`'s) has come by `today`: its pages, as published, still show that change (or that
/// sub-processor) as to come, and will until a publication states it in effect. False where
/// that is an error.
pub fn taken_effect_since(
    model: &Model,
    places: &Places,
    stamp: &Stamp,
    today: Date,
    passed: Passed,
    diags: &mut Diagnostics,
) -> bool {
    if stamp.publishing.is_new() {
        return true;
    }
    let mut ok = true;
    let last = stamp.latest_id();
    for s in &model.subprocessors {
        let Some(start) = s.effective.filter(|d| *d > stamp.date && *d <= today) else {
            continue;
        };
        let said = format!(
            "`{}`: the change announced for {start} has taken effect, and the last publication ({last}) shows it as still to come",
            s.name
        );
        let mut d = match passed {
            Passed::Told => Diagnostic::warning(said).with_help(format!(
                "remove `effective = {start}` from its entry and build again: the new publication states it in effect, and its change log says since when"
            )),
            Passed::Refused => {
                ok = false;
                Diagnostic::error(format!(
                "{said}: the pages would tell controllers it is not in effect yet, and that they may still object"
            ))
            .with_help(format!(
                "remove `effective = {start}` from its entry, run `candor build` to record the publication that states it in effect, and commit candor.lock"
            ))
            }
        };
        d.location = places.effective_of(&s.name).map(|place| Location {
            label: format!("in effect since {start}"),
            ..place.clone()
        });
        diags.push(d);
    }
    ok
}

/// Refuses a start date that has come, moved: what the last publication announced for a day
/// on or before this publication's took effect that day, as the page said it would, and from
/// then on said it in effect. Stated to start on another day, with nothing more that needs
/// notice, the record would contradict itself and controllers would not be told: to stop
/// what took effect is a change of its own (the entry changed back, or removed), published
/// with the notice it needs.
fn days_come_kept(
    model: &Model,
    places: &BTreeMap<String, Location>,
    date: Date,
    history: &[(Date, &[Arc<Subprocessor>])],
    diags: &mut Diagnostics,
) -> bool {
    let Some((_, last)) = history.first() else {
        return true;
    };
    let mut ok = true;
    for s in &model.subprocessors {
        let Some(b) = last.iter().find(|b| b.id == s.id) else {
            continue;
        };
        let (Some(came), Some(moved)) = (b.effective.filter(|d| *d <= date), s.effective) else {
            continue;
        };
        if moved == came || changes_materially(b, b, s) {
            continue;
        }
        ok = false;
        let mut d = Diagnostic::error(format!(
            "`{}`: what was announced for {came} took effect that day, and cannot be moved to {moved}",
            s.name
        ))
        .with_help(format!(
            "remove `effective = {moved}`: it is in effect since {came}; to take it back, change \
             the entry back (or remove it), which is published as a change of its own, with the \
             notice it needs where it changes how data is processed (a transfer mechanism, say): \
             an `effective` day far enough ahead, or a `notice-exception`"
        ));
        if let Some(place) = places.get(&s.name) {
            d.location = Some(Location {
                label: format!("in effect since {came}"),
                ..place.clone()
            });
        }
        diags.push(d);
    }
    ok
}

/// Holds a new publication to the notice the site promises. Returns whether it may be made.
/// Checks each `engaged` date of `model`, published on `date` after the publications `history`
/// (newest first), which engaged `engagements`: the day a sub-processor was engaged is not
/// still to come, and one only announced (its start, `effective`, still to come, and not
/// engaged already) has none.
fn engagement_dates(
    model: &Model,
    places: &Places,
    date: Date,
    history: &[(Date, &[Arc<Subprocessor>])],
    engagements: &Engagements,
    diags: &mut Diagnostics,
) -> bool {
    // The last publication that took `id` off the list (newest first: one not listing it
    // after one that did).
    let removed = |id: &str| {
        let listed = |list: &[Arc<Subprocessor>]| list.iter().any(|s| s.id == id);
        history
            .windows(2)
            .find(|pair| !listed(pair[0].1) && listed(pair[1].1))
            .map(|pair| pair[0].0)
    };
    let mut ok = true;
    for s in &model.subprocessors {
        let Some(engaged) = s.engaged else { continue };
        let removed = removed(&s.id).filter(|removed| engaged <= *removed);
        let removed_help;
        let (why, help) = match s.effective {
            _ if let Some(removed) = removed => {
                removed_help = format!(
                    "set `engaged` to the day it was engaged again, after {removed}, or remove it: it is then engaged with this publication"
                );
                (
                    format!(
                        "`{}` was taken off the list on {removed}, and says it was engaged on {engaged}",
                        s.name
                    ),
                    removed_help.as_str(),
                )
            }
            _ if engaged > date => (
                format!(
                    "`{}` is engaged on {engaged}, after this publication ({date})",
                    s.name
                ),
                "`engaged` is the day it was engaged; a start still to come is `effective`, \
                 which gives controllers notice of it",
            ),
            Some(start) if start > date && !engagements.engaged_before(&s.id, date) => (
                format!(
                    "`{}` is announced to start on {start}, and says it was engaged on {engaged}",
                    s.name
                ),
                "remove `engaged`: until its start an announced sub-processor is not engaged, \
                 and from then on it is engaged since its start",
            ),
            _ => continue,
        };
        ok = false;
        let mut d = Diagnostic::error(why).with_help(help);
        if let Some(place) = places
            .engaged
            .get(&s.name)
            .or(places.subprocessors.get(&s.name))
        {
            d.location = Some(Location {
                label: format!("published {date}"),
                ..place.clone()
            });
        }
        diags.push(d);
    }
    ok
}

/// Warns where the contact changes while a notice of an earlier publication still gives
/// controllers days to object by writing to the address it told them: the page and the change
/// log name the new one, and objections may still come to the old one until then.
fn contact_kept_while_objections_open(
    model: &Model,
    earlier: &[Publication],
    today: Date,
    places: &Places,
    diags: &mut Diagnostics,
) {
    let now = model.organisation.contact.address();
    let told = |p: &Publication| {
        p.snapshot
            .model()
            .ok()
            .map(|m| m.organisation.contact.address().to_string())
    };
    if earlier.last().and_then(told).is_none_or(|last| last == now) {
        return;
    }
    // Per address told, the last day controllers may still object, and the publication that
    // told it: by its notice, or on its page, which says until when one may object to what is
    // announced (a first publication's announcements have no notice).
    let mut open: BTreeMap<String, (Date, crate::history::lock::PublicationId)> = BTreeMap::new();
    for logged in changelog::log(earlier) {
        let p = logged.publication;
        let Some(address) = told(p).filter(|a| a != now) else {
            continue;
        };
        let on_page = p.snapshot.model().ok().into_iter().flat_map(|m| {
            (m.subprocessors.iter())
                .filter_map(|s| last_day_to_object(s.effective.filter(|d| *d > p.date)?))
        });
        let until = logged
            .notice
            .iter()
            .filter_map(|n| n.objection_until)
            .chain(on_page)
            .filter(|until| *until >= today)
            .max();
        if let Some(until) = until {
            // Named by its id: the second of a day is not the first.
            let last = open.entry(address).or_insert((until, logged.id));
            *last = (*last).max((until, logged.id));
        }
    }
    for (address, (until, notice)) in open {
        let mut d = Diagnostic::warning(format!(
            "the contact changes while controllers may still object, until {until}, writing to {address} as the publication of {notice} told them"
        ))
        .with_help(format!(
            "keep {address} answered until {until}: the page, the change log and the feed name {now} from this publication on"
        ));
        if let Some(place) = &places.contact {
            d.location = Some(Location {
                label: format!("was {address}"),
                ..place.clone()
            });
        }
        diags.push(d);
    }
}

pub fn check(
    model: &Model,
    all_places: &Places,
    notice_days: Option<u32>,
    stamp: &Stamp,
    diags: &mut Diagnostics,
) -> bool {
    let (true, Some((_, earlier))) = (stamp.publishing.is_new(), stamp.history.split_last()) else {
        return true;
    };
    let places = &all_places.subprocessors;
    // The earlier publications, newest first, as models; a snapshot the model cannot read
    // (none: the lock's reader checked them) ends the search.
    let history: Vec<(Date, &[Arc<Subprocessor>])> = earlier
        .iter()
        .rev()
        .map_while(|p: &Publication| Some((p.date, &p.snapshot.model().ok()?.subprocessors[..])))
        .collect();
    // What the publications before stated of each sub-processor, to tell what of one engaged
    // is in effect today while a change to it is still to come, and which they engaged.
    let (mut statements, mut engagements) = (Statements::default(), Engagements::default());
    for p in earlier {
        if let Ok(m) = p.snapshot.model() {
            statements.add(m, p.date);
            engagements.add(&m.subprocessors, p.date);
        }
    }
    let mut ok = engagement_dates(model, all_places, stamp.date, &history, &engagements, diags);
    let refused_start = start_dates(
        model,
        all_places,
        stamp.date,
        &history,
        &statements,
        &engagements,
        diags,
    );
    ok &= refused_start.is_empty();
    // The first publication changes nothing: of what it lists, only what it announces (an
    // `effective` after its day) needs notice, which it gives.
    let first = earlier.is_empty();
    if !first {
        ok &= stored_where_processed(
            model,
            stamp.date,
            &statements,
            &engagements,
            &all_places.storage,
            diags,
        );
        let previous = earlier.last().and_then(|p| p.snapshot.model().ok());
        ok &= storage_moved_without_id(model, previous, &all_places.storage, diags);
        ok &= days_come_kept(model, places, stamp.date, &history, diags);
        contact_kept_while_objections_open(model, earlier, stamp.date, all_places, diags);
    }
    let find = |list: &[Arc<Subprocessor>], id: &str| list.iter().find(|s| s.id == id).cloned();
    let ids = crate::history::lock::ids(earlier);
    // This publication, named as the archive will name it (qa82: the third of a day was
    // "published 2026-12-10").
    let this = stamp.latest_id();
    // The publication `n` back from the last one (1, the last), of those `history` holds.
    let nth_latest = |n: usize| (1..=history.len()).contains(&n).then(|| ids[ids.len() - n]);
    // The ids that this publication no longer lists: a new entry may be one of them renamed.
    let gone: Vec<&str> = history.first().map_or_else(Vec::new, |(_, list)| {
        list.iter()
            .map(|s| s.id.as_str())
            .filter(|id| !model.subprocessors.iter().any(|s| s.id == *id))
            .collect()
    });
    // The new entries whose error already says which id to keep, if one is gone.
    let refused = ids_kept(model, places, history.first(), &gone, diags);
    ok &= refused.is_empty();
    // Those whose start date is refused: their error tells what to do with the day.
    let not_held: Vec<&str> = refused.iter().chain(&refused_start).copied().collect();
    let mut told = not_held.clone();
    // An exception to the notice period excepts what is published with it: one kept from an
    // earlier publication excepts nothing this one changes. The day it was given, if so.
    let kept_since = |s: &Subprocessor| {
        s.notice_exception?;
        history
            .iter()
            .take_while(|(_, list)| {
                find(list, &s.id).is_some_and(|b| b.notice_exception == s.notice_exception)
            })
            .last()
            .map(|(date, _)| *date)
    };
    // Stated again after a publication that left it out, with more than it was last stated
    // with: the change log would tell it as stated, not as changed, and no notice the rest
    // (qa68), whatever the notice period or an exception to it (qa69).
    // The last publication's entries, by id: each looked up once per entry, not searched for.
    let last_listed: HashMap<&str, Arc<Subprocessor>> =
        history.first().map_or_else(HashMap::new, |(_, list)| {
            list.iter()
                .map(|b| (b.id.as_str(), Arc::clone(b)))
                .collect()
        });
    let mut restated: Vec<&str> = Vec::new();
    // What takes effect at once, where no notice period is set.
    let mut at_once: Vec<&Subprocessor> = Vec::new();
    for s in &model.subprocessors {
        let Some(b) = last_listed.get(s.id.as_str()).cloned() else {
            continue;
        };
        if b.effective.is_some_and(|d| d > stamp.date)
            && !engagements.engaged_before(&s.id, stamp.date)
        {
            // Announced and not engaged yet: what it states anew is noticed (`stated_anew`).
            continue;
        }
        for (aspect, on, was, added) in restated_with_more(&b, s, &history, stamp.date) {
            ok = false;
            let mut d = Diagnostic::error(format!(
                "`{}` states its {aspect} again, left out since, with more than it last \
                 stated on {on} ({was}): {added}",
                s.name
            ))
            .with_help(format!(
                "state it as it was in this publication, and add {added} in a later one, \
                 which tells it as added (given again, it reads as what was all along)"
            ));
            if let Some(place) = places.get(&s.name) {
                d.location = Some(Location {
                    label: format!("published {this}"),
                    ..place.clone()
                });
            }
            diags.push(d);
            restated.push(&s.id);
        }
    }
    for s in model.subprocessors.iter().filter(|s| {
        !restated.contains(&s.id.as_str())
            && (s.notice_exception.is_none() || kept_since(s).is_some())
            && !not_held.contains(&s.id.as_str())
            && (!first || s.effective.is_some_and(|d| d > stamp.date))
    }) {
        let key = s.id.as_str();
        let before = last_listed.get(key).cloned();
        // Announced by the last publication and not engaged yet.
        let announced_only = |b: &Subprocessor| {
            b.effective.is_some_and(|d| d > stamp.date)
                && !engagements.engaged_before(key, stamp.date)
        };
        let needs = match &before {
            None => Needs::Engagement,
            Some(b) if changes_materially(statements.in_effect(b, stamp.date), b, s) => {
                Needs::MaterialChange
            }
            Some(b) if announced_only(b) && !stated_anew(b, s).is_empty() => Needs::MaterialChange,
            Some(b)
                if b.effective.is_some_and(|was| was > stamp.date)
                    && s.effective.unwrap_or(stamp.date) < b.effective.unwrap_or(stamp.date)
                    && takes_effect_earlier(statements.in_effect(b, stamp.date), b, s) =>
            {
                Needs::EarlierStart
            }
            Some(_) => continue,
        };
        // Without a notice period, nothing needs notice; what takes effect today is told to the
        // officer, who may not know none is set (qa90: `candor init` wrote it commented out).
        let Some(days) = notice_days else {
            if s.effective.is_none_or(|d| d <= stamp.date) {
                at_once.push(s);
            }
            continue;
        };
        // When controllers first learned of what takes effect: today for a new engagement or
        // change; for an earlier start, the first of the publications since which the entry
        // has stated all it exposes now (a change since that exposed nothing more, countries
        // stated or narrowed, or a part withdrawn back to what is in effect, announced
        // nothing).
        // That publication, named as the archive names it (the second of a day `<date>-2`,
        // qa80), where it is an earlier one.
        let announced_by = match (needs, &before) {
            (Needs::EarlierStart, Some(last)) => {
                // Of one not engaged yet nothing is in effect: all it exposes was announced.
                let standing = statements.in_effect(last, stamp.date);
                let announces = |b: &Subprocessor| match std::ptr::eq(standing, &**last) {
                    true => exposes_more(b, s),
                    false => changes_materially(standing, b, s),
                };
                let since = (history.iter())
                    .take_while(|(_, list)| find(list, key).is_some_and(|b| !announces(&b)))
                    .count();
                nth_latest(since)
            }
            _ => None,
        };
        let announced = announced_by.map_or(stamp.date, |id| id.date);
        // A period that ends past the last date there is: no day is far enough.
        let earliest = announced
            .checked_add(jiff::Span::new().days(i64::from(days)))
            .ok();
        let effective = s.effective.unwrap_or(stamp.date);
        if earliest.is_some_and(|earliest| effective >= earliest) {
            // The publication that told the day `before` states (the first of those since which
            // it has), named as the archive names it.
            let stated_the_day = history
                .iter()
                .take_while(|(_, list)| {
                    find(list, key).is_some_and(|b| {
                        before
                            .as_ref()
                            .is_some_and(|was| was.effective == b.effective)
                    })
                })
                .count();
            if needs == Needs::EarlierStart
                && let (Some(b), Some(told_by)) = (&before, nth_latest(stated_the_day.max(1)))
            {
                cut_short(s, b, told_by, effective, all_places, diags);
            }
            continue;
        }
        ok = false;
        let what = match needs {
            Needs::Engagement => format!("the new sub-processor `{}`", s.name),
            Needs::MaterialChange => format!(
                "the change to `{}` ({})",
                s.name,
                before
                    .as_ref()
                    .map(|b| {
                        let mut aspects =
                            material_aspects(statements.in_effect(b, stamp.date), b, s);
                        if announced_only(b) {
                            aspects.extend(stated_anew(b, s));
                        }
                        aspects.join(", ")
                    })
                    .unwrap_or_default()
            ),
            Needs::EarlierStart => {
                // Listed before it was announced as it stands (a transfer announced later,
                // say): the announcement it is held to is that later one.
                let listed = nth_latest(
                    history
                        .iter()
                        .take_while(|(_, list)| find(list, key).is_some())
                        .count(),
                );
                let announced = match announced_by {
                    Some(id) => format!("on {id}"),
                    None => "by this publication".to_string(),
                };
                match listed.filter(|listed| Some(*listed) < announced_by) {
                    Some(listed) => format!(
                        "`{}`, listed since {listed} and announced as it stands now {announced},",
                        s.name
                    ),
                    None => format!("`{}`, announced {announced},", s.name),
                }
            }
        };
        let mut d = Diagnostic::error(format!(
            "{what} takes effect on {effective}, less than the {days} days' notice after {}",
            match announced_by {
                None => format!("this publication ({announced})"),
                Some(id) => format!("its announcement ({id})"),
            }
        ))
        .with_help(format!(
            "{}, {}{}",
            match (earliest, needs, before.as_ref().and_then(|b| b.effective)) {
                // Brought forward: a day between keeps the notice period, not the last day to
                // object controllers were told (a warning then says so).
                (Some(earliest), Needs::EarlierStart, Some(told)) if told > earliest => format!(
                    "set `effective = {told}` or later to keep the last day to object controllers were told ({}), or at the earliest `effective = {earliest}`",
                    last_day_to_object(told).map_or_else(|| told.to_string(), |d| d.to_string())
                ),
                (Some(earliest), _, _) => format!("set `effective = {earliest}` or later"),
                (None, _, _) => format!("no date there is comes {days} days after {announced}"),
            },
            match kept_since(s) {
                Some(given) => format!(
                    "as for any change: the entry's `notice-exception` was given with the publication of {given} and excepts only what was published then (to except this change too, take it off in a publication of its own, then give it again with this change)"
                ),
                None => "or say why with `notice-exception = \"emergency-replacement\"` (or \"legal-obligation\")".to_string(),
            },
            match (needs, gone.as_slice()) {
                (Needs::Engagement, [_, ..]) => format!(
                    "; if it is a sub-processor renamed, give it the id it had: {}",
                    gone.iter().map(|id| format!("`id = \"{id}\"`")).collect::<Vec<_>>().join(" or ")
                ),
                _ => String::new(),
            }
        ));
        if let Some(place) = all_places.effective_of(&s.name) {
            d.location = Some(Location {
                label: format!("published {this}, notice promised: {days} days"),
                ..place.clone()
            });
        }
        diags.push(d);
        if needs == Needs::Engagement {
            told.push(key);
        }
    }
    if let Some(first) = at_once.first() {
        let names: Vec<String> = at_once.iter().map(|s| format!("`{}`", s.name)).collect();
        let mut d = Diagnostic::warning(format!(
            "{} {} effect at once, and no notice period is set: controllers learn of {} as \
             {} effect, with no time to object before",
            names.join(", "),
            if names.len() == 1 { "takes" } else { "take" },
            if names.len() == 1 { "it" } else { "them" },
            if names.len() == 1 {
                "it takes"
            } else {
                "they take"
            },
        ))
        .with_help(
            "if your agreements promise controllers notice of a new sub-processor (GDPR Art. \
             28(2)), set it in candor.toml, `[subprocessors]` `notice-days = 30` say, and give \
             each an `effective` day that far ahead; if they promise none, set \
             `notice-days = 0` to say so",
        );
        if let Some(place) = places.get(&first.name) {
            d.location = Some(Location {
                label: "takes effect at once".to_string(),
                ..place.clone()
            });
        }
        diags.push(d);
    }
    // Any other new entry named like one gone may be it, renamed without its id: the change
    // log would say that one sub-processor was removed and another engaged.
    let previous = history.first().map_or(&[][..], |(_, list)| *list);
    let gone_rows: Vec<&Subprocessor> = previous
        .iter()
        .filter(|b| gone.contains(&b.id.as_str()))
        .map(|b| &**b)
        .collect();
    // Most publications remove none: then there is nothing to look for.
    if gone_rows.is_empty() {
        return ok;
    }
    let listed: BTreeSet<&str> = previous.iter().map(|b| b.id.as_str()).collect();
    for s in model
        .subprocessors
        .iter()
        .filter(|s| !told.contains(&s.id.as_str()) && !listed.contains(s.id.as_str()))
    {
        let like: Vec<&Subprocessor> = gone_rows
            .iter()
            .copied()
            .filter(|b| named_alike(&b.name, &s.name))
            .collect();
        if !like.is_empty() {
            let (names, ids): (Vec<String>, Vec<String>) = like
                .iter()
                .map(|b| (format!("`{}`", b.name), format!("`id = \"{}\"`", b.id)))
                .unzip();
            let mut d = Diagnostic::warning(format!(
                "`{}` is new in this publication, and {} is no longer listed: the change log will say that one was removed and the other engaged",
                s.name,
                names.join(" or ")
            ))
            .with_help(format!(
                "if it is a sub-processor renamed, give it the id it had: {}",
                ids.join(" or ")
            ));
            if let Some(place) = places.get(&s.name) {
                d.location = Some(Location {
                    label: "new here".to_string(),
                    ..place.clone()
                });
            }
            diags.push(d);
        }
    }
    ok
}

/// Warns of a start brought forward within the notice period: the publication `told_by`
/// told controllers they may object to `was`'s change until the day before it took effect,
/// and it now takes effect on `effective`, before that day. The notice period is kept, so it
/// may be published; the day controllers were told is not, and the notice should say so.
fn cut_short(
    now: &Subprocessor,
    was: &Subprocessor,
    told_by: crate::history::lock::PublicationId,
    effective: Date,
    places: &Places,
    diags: &mut Diagnostics,
) {
    let Some(last_day) = was.effective.and_then(last_day_to_object) else {
        return;
    };
    let mut d = Diagnostic::warning(format!(
        "the publication of {told_by} told controllers they may object to `{}`'s change until \
         {last_day}; it now takes effect on {effective}, before that day",
        now.name
    ))
    .with_help(format!(
        "keep `effective = {}` (or later) so that the day they were told stands; if it must \
         come sooner, tell controllers why (`notice-exception`): the notice gives the day before \
         the new start as the last to object, or, where the change takes effect at once, keeps \
         {last_day}",
        was.effective.map_or_else(String::new, |d| d.to_string())
    ));
    if let Some(place) = places.effective_of(&now.name) {
        d.location = Some(Location {
            label: format!("objections were invited until {last_day}"),
            ..place.clone()
        });
    }
    diags.push(d);
}

/// Refuses a new entry named as one the last publication listed under another id, and returns
/// the ids refused: the change log would say that the same sub-processor was removed and
/// engaged at once, and every link to its row would break. Its id is what makes it the same.
fn ids_kept<'m>(
    model: &'m Model,
    places: &BTreeMap<String, Location>,
    last: Option<&(Date, &[Arc<Subprocessor>])>,
    gone: &[&str],
    diags: &mut Diagnostics,
) -> Vec<&'m str> {
    let Some((date, previous)) = last else {
        return Vec::new();
    };
    let mut refused = Vec::new();
    for s in &model.subprocessors {
        let same = |b: &&Arc<Subprocessor>| {
            gone.contains(&b.id.as_str()) && derived_id(&b.name) == derived_id(&s.name)
        };
        let Some(was) = previous.iter().find(same) else {
            continue;
        };
        let mut d = Diagnostic::error(format!(
            "`{}` was published with the id `{}` on {date}, and has the id `{}` here: the change log would say that it was removed and engaged at once",
            s.name, was.id, s.id
        ))
        .with_help(format!(
            "give it the id it was published with: `id = \"{}\"`; the id stays as published, while the name may change",
            was.id
        ));
        if let Some(place) = places.get(&s.name) {
            d.location = Some(Location {
                label: format!("published as `{}`", was.id),
                ..place.clone()
            });
        }
        diags.push(d);
        refused.push(s.id.as_str());
    }
    refused
}

/// Refuses a storage location in a country where its provider processes data only from a day
/// still to come (a change to its entry announced ahead, or its engagement): the page would
/// state the data stored there today, beside the announcement of that change, to which
/// controllers may still object. Today is what is in effect on `date`, the publication's day,
/// by the `statements` of the publications before and who they engaged (`engagements`); the
/// content's own check ([`super::content`]) holds the location to the entries as stated.
fn stored_where_processed(
    model: &Model,
    date: Date,
    statements: &Statements,
    engagements: &Engagements,
    places: &BTreeMap<String, Location>,
    diags: &mut Diagnostics,
) -> bool {
    let mut ok = true;
    for l in &model.storage.locations {
        let code = l.country.code();
        let hosts = || {
            model
                .subprocessors
                .iter()
                .filter(|s| named_alike(&s.name, &l.provider))
        };
        let in_effect = |s: &Subprocessor| match s.effective {
            Some(start) if start > date => engagements
                .engaged_before(&s.id, date)
                .then(|| statements.in_effect_before(&s.id, date))
                .flatten()
                .is_some_and(|standing| super::content::processes_in(standing, code)),
            _ => super::content::processes_in(s, code),
        };
        if hosts().any(|s| in_effect(s)) {
            continue;
        }
        let Some(start) = hosts()
            .filter(|s| super::content::processes_in(s, code))
            .filter_map(|s| s.effective)
            .min()
        else {
            continue;
        };
        ok = false;
        let mut d = Diagnostic::error(format!(
            "`{}` stores data in {} ({code}) from this publication ({date}), and processes data there only from {start}",
            l.provider, l.city
        ))
        .with_help(format!(
            "keep the location as it was published, and publish it on or after {start}, when the change announced to `{}` takes effect: until then the page would say the data is stored where its provider does not process it yet, while controllers may still object",
            l.provider
        ))
        .in_file_named("content/storage.toml");
        if let Some(place) = places.get(&l.id) {
            d.location = Some(Location {
                label: format!("processed there from {start}"),
                ..place.clone()
            });
        }
        diags.push(d);
    }
    ok
}

/// Refuses a new storage location at the place of one no longer listed (the same provider and
/// city under another id), and warns of one of the provider of one no longer listed: it may be
/// that one, moved or renamed without the id it had, which the change log would tell as data no
/// longer stored in the one and now stored in the other.
fn storage_moved_without_id(
    model: &Model,
    before: Option<&Model>,
    places: &BTreeMap<String, Location>,
    diags: &mut Diagnostics,
) -> bool {
    let Some(before) = before else {
        return true;
    };
    let mut ok = true;
    let (now, was) = (&model.storage.locations, &before.storage.locations);
    let gone: Vec<&crate::model::Location> = was
        .iter()
        .filter(|o| !now.iter().any(|l| l.id == o.id))
        .collect();
    for l in now.iter().filter(|l| !was.iter().any(|o| o.id == l.id)) {
        let place =
            |o: &crate::model::Location| crate::model::Location::derived_id(&o.provider, &o.city);
        if let Some(o) = gone.iter().find(|o| place(o) == place(l)) {
            ok = false;
            let mut d = Diagnostic::error(format!(
                "the storage location of `{}` in `{}` was published with the id `{}`, and has the id `{}` here: the change log would say that data is no longer stored there and now stored there",
                l.provider, l.city, o.id, l.id
            ))
            .with_help(format!(
                "give it the id it was published with: `id = \"{}\"`",
                o.id
            ))
            .in_file_named("content/storage.toml");
            if let Some(place) = places.get(&l.id) {
                d.location = Some(Location {
                    label: format!("published as `{}`", o.id),
                    ..place.clone()
                });
            }
            diags.push(d);
            continue;
        }
        let like: Vec<&crate::model::Location> = gone
            .iter()
            .copied()
            .filter(|o| named_alike(&o.provider, &l.provider))
            .collect();
        if like.is_empty() {
            continue;
        }
        let (named, ids): (Vec<String>, Vec<String>) = like
            .iter()
            .map(|o| {
                (
                    format!("`{}` in `{}`", o.provider, o.city),
                    format!("`id = \"{}\"`", o.id),
                )
            })
            .unzip();
        let mut d = Diagnostic::warning(format!(
            "the storage location of `{}` in `{}` is new in this publication, and {} is no longer listed: the change log will say that data is no longer stored there and now stored in the new one",
            l.provider,
            l.city,
            named.join(" or ")
        ))
        .with_help(format!(
            "if it is that location, moved or renamed, give it the id it had: {}",
            ids.join(" or ")
        ))
        .in_file_named("content/storage.toml");
        // Where it is written (qa70: the file alone was named).
        if let Some(place) = places.get(&l.id) {
            d.location = Some(Location {
                label: "new in this publication".to_string(),
                ..place.clone()
            });
        }
        diags.push(d);
    }
    ok
}

#[cfg(test)]
mod tests {
    use crate::validate::named_alike;

    #[test]
    fn a_name_within_the_other_is_alike_a_shared_first_word_is_not() {
        assert!(named_alike("Slack", "Slack Technologies"));
        assert!(named_alike("Postwren Mail", "Postwren"));
        assert!(named_alike(
            "Google Firebase / Analytics",
            "google firebase analytics"
        ));
        assert!(!named_alike("Google Workspace", "Google Cloud"));
        assert!(!named_alike("Slack", "Mattermost"));
        assert!(!named_alike("", "Slack"));
    }

    #[test]
    fn in_a_script_written_without_spaces_a_name_within_the_other_is_alike() {
        // qa63: "云存储" renamed "云存储服务" (cloud storage, cloud storage service) had no
        // rename hint: each name is one run of letters.
        assert!(named_alike("云存储", "云存储服务"));
        assert!(named_alike("云存储服务", "云存储"));
        assert!(named_alike("クラウド", "クラウド株式会社"));
        assert!(named_alike("云存储", "Acme 云存储服务"));
        assert!(!named_alike("云存储", "阿里云"));
        // One character is no name.
        assert!(!named_alike("云", "阿里云"));
        // Latin words still compare whole.
        assert!(!named_alike("Slack", "Slackware"));
    }
}
