//! The notice kit: for each publication that engages, replaces or materially changes a
//! sub-processor, in each language, what a privacy officer sends controllers so that they can
//! object in time (GDPR Art. 28(2), Clause 9 of the SCCs), under `<lang>/notices/<id>/`:
//!
//! - `notice.md`, the text;
//! - `notice.eml`, the same as a ready-to-send message (subject and body, addressed to nobody),
//!   for the privacy officer's own mail tool;
//! - `notice.json`, for a webhook or a CI step (its JSON Schema is `candor schema notice`);
//! - `notice.ics`, a calendar with an event for each start and each last day to object.
//!
//! candor sends nothing. Every file is made from the publication alone, so it is the same on
//! every build.

use std::collections::{HashMap, HashSet};

use fluent_bundle::FluentArgs;
use schemars::JsonSchema;
use serde::Serialize;

use super::markdown;
use crate::history::changelog::{self, EventDay, EventStatus, FeedLinks, Logged, Noticed, Tense};
use crate::history::changes::{Change, RecordField, Starts};
use crate::history::published;
use crate::intl;
use crate::load::locales::Locale;
use crate::messages::Message;
use crate::model::NoticeException;

/// The version of the `notice.json` format.
pub const VERSION: u32 = 1;

/// The document `notice.json` holds; its JSON Schema is `candor schema notice`.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct NoticeJson {
    /// The format version (1).
    pub version: u32,
    /// The organisation that gives notice: the processor.
    pub organisation: String,
    /// The language of the texts (a language tag).
    pub language: String,
    /// The notice's subject line, in that language.
    pub subject: String,
    /// The publication that announced the changes.
    pub publication: NoticePublication,
    /// Where controllers write to object (`mailto:` or `https:`).
    pub contact: String,
    /// The page in that language, where the site has a `base-url`.
    pub page: Option<String>,
    /// Each change, in the order the notice tells them.
    pub changes: Vec<NoticeChange>,
    /// Where words it was written with had not followed a change to the original yet (stale in
    /// its language when it was published), what its text says of it first: the original
    /// prevails. Absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stale: Option<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct NoticePublication {
    /// Its id: its date, and for a second publication that day its place (`2026-11-30-2`).
    pub id: String,
    /// Its date (ISO 8601).
    pub date: String,
    /// Its fingerprint (`sha256:…`), as `history.json` lists it.
    pub fingerprint: String,
    /// The path of its canonical file under the site's root.
    pub canonical: String,
}

#[derive(Debug, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct NoticeChange {
    /// What kind of change it is, as `candor diff --format json` names it
    /// (`subprocessor-added`, `transfer`, …), or `withdrawn`: a change told of before that will
    /// not take effect as announced.
    pub kind: String,
    /// The sub-processor's id.
    pub subprocessor: String,
    /// Its name.
    pub name: String,
    /// The change, in words.
    pub text: String,
    /// The day it takes effect (ISO 8601); of a sub-processor listed after it was engaged, the
    /// day it was; of a change withdrawn, the day it is withdrawn: the publication's.
    pub effective: String,
    /// The last day controllers may object (ISO 8601); `null` when there is none: it takes
    /// effect at once, or there is nothing in it to object to (a new name, a withdrawal).
    pub objection_until: Option<String>,
    /// Why it is told with less notice than promised, as the sub-processor's entry says
    /// (`emergency-replacement`, `legal-obligation`); `null` when it gives none.
    pub notice_exception: Option<NoticeException>,
    /// A last day to object that an earlier notice gave, which no longer applies (ISO 8601): of
    /// a sub-processor's removal, the day calendars kept after it was engaged at once (the
    /// notice's calendar cancels it); of a change brought forward to a later day than the
    /// publication's, the day told before, later than `objection-until` (the notice's calendar
    /// moves it). `null` for every other change.
    pub objection_ended: Option<String>,
}

/// A message of the notice in the page's language, with `{ $org }` and the given arguments.
type Say<'a> = dyn Fn(Message, &[(&str, String)]) -> Result<String, String> + 'a;

/// A notice's words in its language: its changes described (in a tense), and its messages.
struct Words<'a> {
    describe: &'a dyn Fn(&Change, Tense) -> Result<String, String>,
    say: &'a Say<'a>,
}

/// The four files of `logged`'s notice in `locale`, by path under the built site; none when
/// the publication needs no notice. Controllers write to the contact that publication named.
pub fn kit(
    logged: &Logged,
    locale: &Locale,
    org: &str,
    links: &FeedLinks,
) -> Result<Vec<(String, Vec<u8>)>, String> {
    if logged.notice.is_empty() {
        return Ok(Vec::new());
    }
    let Some(contact) = logged.contact() else {
        return Ok(Vec::new());
    };
    let contact = &contact;
    // Which messages the notice is written with, to say where some were stale.
    let formatted = crate::load::locales::Formatted::start();
    // The organisation as the publication named it; isolated in a right-to-left language, as
    // its pages isolate it, so that a Latin name does not reorder the sentence around it.
    // Where a machine reads the name (the sender's name, the JSON's `organisation`), it is the
    // name alone.
    let org_name = logged.org.as_deref().unwrap_or(org);
    let org = &*crate::text::isolate(org_name, intl::is_rtl(&locale.language.locale));
    let lang = &locale.language.tag;
    let publication = logged.publication;
    let id = logged.id.to_string();
    let long_date = |d: jiff::civil::Date| intl::long_date(&locale.language.formats, d);
    let say = |message: Message, pairs: &[(&str, String)]| -> Result<String, String> {
        let mut args = FluentArgs::new();
        args.set("org", org.to_string());
        for (k, v) in pairs {
            args.set(*k, v.clone());
        }
        Ok(locale.format(message.id(), &args)?)
    };
    let contact_text = contact.as_str().trim_start_matches("mailto:").to_string();
    // A notice that withdraws what earlier ones told of, or removes a sub-processor, gives
    // nothing to object to; one whose changes all take effect at once is not told before
    // they do. What it only tells of (a new name, countries stated, what is left on a day
    // told before, moved or not) is neither. It is called a withdrawal when nothing in it may
    // be objected to and it withdraws, and advance notice only when something to object to is
    // still to come (not of a sub-processor removed while a change to it was to come, which is
    // told at once).
    let is = |kind: fn(&Change) -> bool| logged.notice.iter().any(|n| kind(&n.change));
    let withdraws = is(|c| matches!(c, Change::Withdrawn { .. }));
    // The sub-processors whose removal ends a last day to object calendars kept past the day
    // each was engaged at once, with that day: what was told of them took effect, and the day
    // no longer applies.
    let kept_ended: HashMap<&str, jiff::civil::Date> = (logged.calendar.iter())
        .filter(|e| {
            e.day == EventDay::LastToObject
                && e.status == EventStatus::Cancelled
                && (e.due.iter()).any(|c| matches!(c, Change::SubprocessorRemoved { .. }))
        })
        .map(|e| (e.subprocessor.as_str(), e.date))
        .collect();
    // The sub-processors it removes that a notice told of: changes to come withdrawn with
    // them, or a day to object kept. (One no notice told of is an item, not what the opening
    // is about: qa50.)
    let with_withdrawn: HashSet<&str> = (logged.notice.iter())
        .filter(|n| matches!(n.change, Change::Withdrawn { .. }))
        .map(|n| n.subprocessor.as_str())
        .collect();
    let removed_told: HashSet<&str> = (logged.notice.iter())
        .filter(|n| matches!(n.change, Change::SubprocessorRemoved { .. }))
        .map(|n| n.subprocessor.as_str())
        .filter(|id| kept_ended.contains_key(id) || with_withdrawn.contains(id))
        .collect();
    let removes = !removed_told.is_empty();
    // A day to object told before that no longer applies, which its item says and its JSON
    // gives: kept for a change that took effect at once, and ended by a removal; or cut short
    // by a change brought forward.
    let ended_day = |n: &Noticed| match n.change {
        Change::SubprocessorRemoved { .. } => kept_ended.get(n.subprocessor.as_str()).copied(),
        _ => n.objection_cut,
    };
    let objectable: Vec<&Noticed> = logged.notice.iter().filter(|n| n.objectable).collect();
    // At once: nothing takes effect after today (controllers may still object, until a day a
    // notice told them, where a change is brought forward).
    let at_once = objectable.iter().all(|n| n.effective <= publication.date);
    let only_withdrawn = objectable.is_empty() && withdraws && !removes;
    let subject = match (only_withdrawn, at_once) {
        (true, _) => Message::NoticeSubjectWithdrawn,
        // What takes effect at once is not told in advance.
        (false, true) => Message::NoticeSubjectAtOnce,
        (false, false) => Message::NoticeSubject,
    };
    let (intro, how) = match objectable.is_empty() {
        true if only_withdrawn => (Message::NoticeIntroWithdrawn, Message::NoticeHowWithdrawn),
        true if !kept_ended.is_empty() && !withdraws => {
            (Message::NoticeIntroRemovedKept, Message::NoticeHowWithdrawn)
        }
        // Beside changes withdrawn, what took effect and what will not: each item says which
        // (qa49).
        true if !kept_ended.is_empty() => (Message::NoticeIntroTold, Message::NoticeHowWithdrawn),
        // A removal takes effect: the changes told for that sub-processor do not.
        true if removes => (Message::NoticeIntroRemoved, Message::NoticeHowWithdrawn),
        true => (Message::NoticeIntroTold, Message::NoticeHowWithdrawn),
        false if at_once => (Message::NoticeIntroAtOnce, Message::NoticeHow),
        false => (Message::NoticeIntro, Message::NoticeHow),
    };
    // The publication as the change log names it, the second of a day as such.
    let name = changelog::publication_name(logged.id, locale)?;
    let subject = say(subject, &[("date", name.clone())])?;
    let page = links
        .base
        .map(|base| format!("{}/{lang}/", base.trim_end_matches('/')));

    // What the publication changed, which each item is told beside: of a first publication,
    // what its notice tells (it announces, and changes nothing).
    let told: Vec<Change> = match &logged.changes {
        Some((changes, _)) => changes.clone(),
        None => logged.notice.iter().map(|n| n.change.clone()).collect(),
    };
    // The same, with each engagement the notice or its calendar tells again (its day moved,
    // say): a part of it the publication did not change is told beside it, as the publication
    // that added it told it, so that its purpose is what it will be engaged for, not a purpose
    // stated anew. A calendar's event tells all that starts on its day, and so all of it.
    let added = |c: &Change| match c {
        Change::SubprocessorAdded { id, .. } => Some(id.clone()),
        _ => None,
    };
    let mut engaged: HashSet<String> = told.iter().filter_map(added).collect();
    let told_again: Vec<Change> = (logged.notice.iter().map(|n| &n.change))
        .chain(logged.calendar.iter().flat_map(|event| &event.due))
        .filter(|c| added(c).is_some_and(|id| engaged.insert(id)))
        .chain(&told)
        .cloned()
        .collect();
    // The sub-processors whose purpose the publication itself changed.
    let purpose_changed: HashSet<&str> = (logged.changes.iter().flat_map(|(changes, _)| changes))
        .filter_map(|c| match c {
            Change::Purpose { id, .. } => Some(id.as_str()),
            _ => None,
        })
        .collect();
    // Each read once for all the items (qa86: a notice of thousands was quadratic).
    let (told, told_again) = (
        changelog::Beside::new(contact.as_str(), &told),
        changelog::Beside::new(contact.as_str(), &told_again),
    );
    // A change in words, as the change log words it, in `tense`, beside `told`.
    let describe_beside = |change: &Change, tense: Tense, told: &changelog::Beside| {
        // The name alone: the change log's words isolate it themselves (qa68: twice).
        let items =
            changelog::describe_noticed(change, tense, locale, org_name, publication.date, told)?;
        Ok(items
            .into_iter()
            .map(|i| i.text)
            .collect::<Vec<_>>()
            .join(" "))
    };
    // An item: told again where the publication did not change it.
    let describe = |change: &Change, tense: Tense| match change {
        Change::Purpose { id, .. } if !purpose_changed.contains(id.as_str()) => {
            describe_beside(change, tense, &told_again)
        }
        _ => describe_beside(change, tense, &told),
    };
    // An exception to the notice period is told beside the change it excepts (`why`, below):
    // of a sub-processor with such an item, it is not also a change of its record (qa114: the
    // notice told it twice, as the change log did before qa59).
    let is_exception = |c: &Change| match c {
        Change::Record { fields, .. } => fields.contains(&RecordField::NoticeException),
        _ => false,
    };
    let excepted: HashSet<&str> = (logged.notice.iter())
        .filter(|n| n.exception.is_some() && !is_exception(&n.change))
        .map(|n| n.subprocessor.as_str())
        .collect();
    let told_apart =
        |n: &Noticed| is_exception(&n.change) && excepted.contains(n.subprocessor.as_str());
    let mut changes = Vec::new();
    for n in &logged.notice {
        let text = match told_apart(n) {
            true => match n.change.without_notice_exception() {
                Some(rest) => describe(&rest, n.tense(publication.date))?,
                None => continue,
            },
            false => describe(&n.change, n.tense(publication.date))?,
        };
        let kind = serde_json::to_value(&n.change)
            .ok()
            .and_then(|v| v["change"].as_str().map(str::to_string))
            .unwrap_or_default();
        changes.push((n, kind, text));
    }

    // The text, as plain text for the e-mail's body and as Markdown for `notice.md`: the same
    // text, escaped where it would otherwise read as formatting (a name such as `Acme <b>`).
    let mut md = NoticeText {
        addresses: std::iter::once(contact_text.clone())
            .chain(page.clone())
            .collect(),
        ..NoticeText::default()
    };
    md.heading(&subject);
    // How many sub-processors it removes that a notice told of, for the opening that says so:
    // of those a day to object was kept for, where it tells of them.
    let removed = match intro {
        Message::NoticeIntroRemovedKept => kept_ended.len(),
        _ => removed_told.len(),
    };
    // Of changes told at once: whether any was in effect before this publication told of it (a
    // sub-processor engaged before it was first listed).
    let since = logged.notice.iter().any(|n| {
        n.objection_until.is_none() && n.effective < publication.date && !n.change.withdraws()
    });
    // Whether the opening says the changes take effect at once, so that an item taking effect
    // today need not say so again.
    let told_at_once = intro == Message::NoticeIntroAtOnce && !since;
    md.paragraph(&{
        let mut args = FluentArgs::new();
        args.set("org", org.to_string());
        args.set("count", removed);
        args.set("since", if since { "yes" } else { "no" });
        locale.format(intro.id(), &args)?
    });
    // The item the ones after it of the same sub-processor, taking effect with it, stand
    // under, their days not told again (qa96, qa103: each of a new sub-processor's four items
    // repeated "Takes effect on 1 February 2027. Last day to object: 31 January 2027.").
    let mut head = None;
    let mut cut_told = HashSet::new();
    for (n, _, text) in &changes {
        if let Change::Withdrawn { .. } = n.change {
            md.item(&format!("{text}{}", crate::text::full_stop(text)));
            head = None;
            continue;
        }
        // A day set or moved is told with its day, and so is a sub-processor's engagement
        // announced ahead or listed late (the change log's words, which name its day as
        // `changelog` chooses it): it is not told again (qa96).
        let names_its_day = match &n.change {
            Change::TakesEffect { .. } | Change::Effective { now: Some(_), .. } => true,
            Change::SubprocessorAdded {
                effective, engaged, ..
            } => {
                let ahead = effective.filter(|d| *d > publication.date);
                let late = engaged.filter(|d| *d < publication.date);
                ahead.or(late) == Some(n.effective)
            }
            _ => false,
        };
        // Today's day is not told again where the opening or the item says it; nor any day of
        // what is told as made at once (an announcement renamed).
        let day_said = names_its_day
            || n.at_once(publication.date)
            || (told_at_once && n.effective == publication.date);
        let when = match n.objection_until {
            None if day_said => String::new(),
            Some(until) if day_said => {
                say(Message::NoticeObjectUntil, &[("date", long_date(until)?)])?
            }
            Some(until) => format!(
                "{} {}",
                say(
                    Message::NoticeTakesEffect,
                    &[("date", long_date(n.effective)?)]
                )?,
                say(Message::NoticeObjectUntil, &[("date", long_date(until)?)])?
            ),
            // Engaged before it was first listed: in effect since.
            None if n.effective < publication.date => say(
                Message::NoticeInEffectSince,
                &[("date", long_date(n.effective)?)],
            )?,
            None => say(
                Message::NoticeTakesEffect,
                &[("date", long_date(n.effective)?)],
            )?,
        };
        let why = match n.exception.filter(|_| !told_apart(n)) {
            Some(e) => format!(
                " {}",
                say(
                    Message::NoticeException,
                    &[("reason", e.as_str().to_string())]
                )?
            ),
            None => String::new(),
        };
        let when = match when.is_empty() {
            true => when,
            false => format!(" {when}"),
        };
        // A removal that ends a day to object kept says so, whatever the opening says of the
        // rest (qa50: beside changes to object to, nothing else did); a day cut short is told
        // with the new one, once for the sub-processor (qa118: twice, where an item withdrawn
        // stood between).
        let removal = matches!(n.change, Change::SubprocessorRemoved { .. });
        let ended = match ended_day(n) {
            Some(day) if removal || cut_told.insert(n.subprocessor.as_str()) => format!(
                " {}",
                say(Message::NoticeObjectionEnded, &[("date", long_date(day)?)])?
            ),
            _ => String::new(),
        };
        let key = (
            n.subprocessor.as_str(),
            n.effective,
            n.objection_until,
            n.exception,
        );
        if head == Some(key) {
            md.sub_item(&format!("{text}{}{ended}", crate::text::full_stop(text)));
            continue;
        }
        head = Some(key);
        md.item(&format!(
            "{text}{}{when}{why}{ended}",
            crate::text::full_stop(text)
        ));
    }
    md.paragraph(&say(how, &[("contact", contact_text.clone())])?);
    if let Some(page) = &page {
        md.paragraph(&say(Message::NoticePage, &[("url", page.clone())])?);
    }
    md.paragraph(&say(
        Message::NoticeFingerprint,
        &[
            ("date", name),
            ("fingerprint", publication.fingerprint.clone()),
        ],
    )?);
    // Written with words of a translation that had not followed the source yet (qa76: the
    // German notice gave the last day to object, the English said objections must be in
    // writing): it says so at the top, as its pages say so at each section. As it was sent:
    // stale as the publication was published, whatever a revision of the translation made
    // current since (qa79). Not where the publication recorded no words for it (candor had
    // none yet).
    let stale_line = |formatted: crate::load::locales::Formatted| -> Result<_, String> {
        let used = formatted.ids();
        drop(formatted);
        let stale = (logged.publication.published_stale(lang))
            .is_some_and(|stale| stale.iter().any(|id| used.contains(id)));
        match stale && locale.has_message(Message::NoticeStale.id()) {
            true => Ok(Some(say(Message::NoticeStale, &[])?)),
            false => Ok(None),
        }
    };
    let stale = stale_line(formatted)?;
    if let Some(stale) = &stale {
        md.after_heading(stale);
    }
    let NoticeText {
        plain, markdown, ..
    } = md;
    let (plain, markdown) = (
        crate::text::xml_safe(&plain).into_owned(),
        crate::text::xml_safe(&markdown).into_owned(),
    );

    // The same as a message for the privacy officer's mail tool: no recipient, dated when the
    // publication was made, with an id of its own so that it is the same on every build.
    let moment = publication.time.map_or_else(
        || {
            publication
                .date
                .to_zoned(jiff::tz::TimeZone::UTC)
                .map(|z| z.timestamp().as_second())
                .unwrap_or_default()
        },
        |t| t.as_second(),
    );
    let mut mail = mail_builder::MessageBuilder::new()
        .subject(subject.clone())
        .date(moment)
        .message_id(format!("notice-{id}-{lang}@{}", links.authority))
        .header(
            "Content-Language",
            mail_builder::headers::raw::Raw::new(lang.clone()),
        )
        // Opened in Outlook, a message to send, not one received (qa100).
        .header("X-Unsent", mail_builder::headers::raw::Raw::new("1"))
        .text_body(plain);
    if let Some(address) = contact.as_str().strip_prefix("mailto:") {
        mail = mail.from((org_name.to_string(), address.to_string()));
    }
    let eml = mail
        .write_to_vec()
        .map_err(|e| format!("cannot write the notice's e-mail: {e}"))?;

    // For a webhook or a CI step.
    let json = NoticeJson {
        version: VERSION,
        organisation: org_name.to_string(),
        language: lang.clone(),
        subject: subject.clone(),
        publication: NoticePublication {
            id: id.clone(),
            date: publication.date.to_string(),
            fingerprint: publication.fingerprint.clone(),
            canonical: published::canonical_path(logged.id),
        },
        contact: contact.as_str().to_string(),
        page: page.clone(),
        changes: changes
            .iter()
            .map(|(n, kind, text)| NoticeChange {
                kind: kind.clone(),
                subprocessor: n.subprocessor.clone(),
                name: n.name.clone(),
                text: text.clone(),
                effective: match n.at_once(publication.date) {
                    true => publication.date.to_string(),
                    false => n.effective.to_string(),
                },
                objection_until: n.objection_until.map(|d| d.to_string()),
                notice_exception: n.exception,
                objection_ended: ended_day(n).map(|d| d.to_string()),
            })
            .collect(),
        stale,
    };
    let mut json_bytes = serde_json::to_vec_pretty(&json).expect("a notice serializes");
    json_bytes.push(b'\n');

    // A calendar: each start, and each last day to object, as an all-day event.
    let rtl = intl::is_rtl(&locale.language.locale);
    let describe_all = |change: &Change, tense: Tense| describe_beside(change, tense, &told_again);
    // Its events' titles and descriptions say they are in stale words where theirs were (qa79).
    let formatted = crate::load::locales::Formatted::start();
    let words = Words {
        describe: &describe_all,
        say: &say,
    };
    let mut ics = calendar(logged, &words, lang, rtl, moment, links, None)?;
    if let Some(stale) = stale_line(formatted)? {
        ics = calendar(logged, &words, lang, rtl, moment, links, Some(&stale))?;
    }

    let dir = format!("{lang}/{}", changelog::notice_folder(&id));
    let mut files = vec![
        (format!("{dir}/notice.md"), markdown.into_bytes()),
        (format!("{dir}/notice.eml"), eml),
        (format!("{dir}/notice.json"), json_bytes),
    ];
    // A calendar holds at least one event (RFC 5545): a notice that withdraws what no calendar
    // held has none.
    if !logged.calendar.is_empty() {
        files.push((format!("{dir}/notice.ics"), ics.into_bytes()));
    }
    Ok(files)
}

/// The notice's calendar (RFC 5545): an all-day event on the day each sub-processor's changes
/// take effect, and one on the last day to object to them, each describing, one change a line,
/// all that takes effect that day (or, cancelled, what will not). Ids and stamps come from the
/// publications, so the file is the same on every build and a calendar that imports it twice
/// keeps one of each; an event an earlier notice put in calendars keeps its id, with a later
/// sequence, so that importing this one moves or cancels it. `stale`, where given, opens
/// each description: the calendar's words had not followed the original yet.
fn calendar(
    logged: &Logged,
    words: &Words,
    lang: &str,
    rtl: bool,
    moment: i64,
    links: &FeedLinks,
    stale: Option<&str>,
) -> Result<String, String> {
    let Words { describe, say } = words;
    use icalendar::{Component, EventStatus as Status, Property};
    let stamp = jiff::Timestamp::from_second(moment)
        .map_err(|e| e.to_string())?
        .strftime("%Y%m%dT%H%M%SZ")
        .to_string();
    let day = |d: jiff::civil::Date| d.strftime("%Y%m%d").to_string();
    let mut calendar = icalendar::Calendar::empty();
    calendar.append_property(Property::new("VERSION", "2.0"));
    calendar.append_property(Property::new("PRODID", "-//candor//notice//EN"));
    calendar.append_property(Property::new("CALSCALE", "GREGORIAN"));
    // Published for anyone to import, not an invitation (RFC 5546, 3.2.1): an event later
    // notices send again, of the same id and a later sequence, updates or cancels it.
    calendar.append_property(Property::new("METHOD", "PUBLISH"));
    // The first item of each sub-processor the notice tells of, by its id.
    let mut first_of: HashMap<&str, &Noticed> = HashMap::new();
    for n in &logged.notice {
        first_of.entry(n.subprocessor.as_str()).or_insert(n);
    }
    for event in &logged.calendar {
        let Some(first) = first_of.get(event.subprocessor.as_str()) else {
            continue;
        };
        // Told as of the day it takes effect: the last day to object to what takes effect at
        // once falls after it, and what it describes is in effect by then.
        let takes_effect = logged
            .calendar
            .iter()
            .find(|e| e.subprocessor == event.subprocessor && e.day == EventDay::Start)
            .map_or(event.date, |start| start.date);
        // What takes effect that day: an exception to the notice period is the reason it was
        // told with less notice, which the notice gives, not a change (qa118).
        let due: Vec<Change> = (event.due.iter())
            .filter_map(Change::without_notice_exception)
            .collect();
        let due = if due.is_empty() { &event.due } else { &due };
        let description = due
            .iter()
            .map(|change| describe(change, Tense::of(takes_effect, logged.publication.date)))
            .collect::<Result<Vec<_>, _>>()?
            .join("\n");
        let description = match stale {
            Some(stale) => format!("{stale}\n\n{description}"),
            None => description,
        };
        let (what, summary) = match event.day {
            EventDay::Start => ("start", Message::NoticeEventStart),
            EventDay::LastToObject => ("objection", Message::NoticeEventObjection),
        };
        let uid = format!(
            "{}-{}-{what}-{lang}@{}",
            event.announced, event.subprocessor, links.authority
        );
        let next = event.date.tomorrow().unwrap_or(event.date);
        // The name isolated as the notice's text isolates it.
        let summary = say(
            summary,
            &[
                ("name", crate::text::isolate(&first.name, rtl).into_owned()),
                ("kind", starts(&event.due).to_string()),
            ],
        )?;
        // Cancelled, its title says so: a calendar may show a cancelled event, or import it
        // as one of its own.
        let summary = match event.status {
            EventStatus::Cancelled => say(Message::NoticeEventCancelled, &[("event", summary)])?,
            _ => summary,
        };
        let mut e = icalendar::Event::new();
        e.uid(&uid)
            .summary(&summary)
            .description(&description)
            .add_property("DTSTAMP", &stamp)
            .append_property(
                Property::new("DTSTART", day(event.date))
                    .add_parameter("VALUE", "DATE")
                    .done(),
            )
            .append_property(
                Property::new("DTEND", day(next))
                    .add_parameter("VALUE", "DATE")
                    .done(),
            );
        if event.sequence > 0 {
            e.sequence(event.sequence);
        }
        if event.status == EventStatus::Cancelled {
            e.status(Status::Cancelled);
        }
        calendar.push(e.done());
    }
    Ok(folded(&calendar.to_string()))
}

/// What an event's day starts, for its summary's `$kind`: the engagement of a sub-processor
/// (`engaged`; a cancelled event's, its engagement withdrawn), or changes to one engaged
/// before (`changes`).
fn starts(due: &[Change]) -> &'static str {
    let engagement = due.iter().any(|c| {
        matches!(
            c,
            Change::SubprocessorAdded { .. }
                | Change::TakesEffect {
                    what: Starts::Engagement,
                    ..
                }
                | Change::Withdrawn {
                    part: None,
                    what: Starts::Engagement,
                    ..
                }
        )
    });
    let removal = due
        .iter()
        .any(|c| matches!(c, Change::SubprocessorRemoved { .. }));
    match (engagement, removal) {
        (true, _) => "engaged",
        // No longer engaged that day: not "the change takes effect" (qa29).
        (false, true) => "removed",
        (false, false) => "changes",
    }
}

/// `ics` with every content line folded at 75 octets as RFC 5545 (3.1) asks, the leading space
/// of a continuation counted, and never inside a character. icalendar 0.17 folds a line's last
/// continuation at 76 where the text before it holds multibyte characters (German's, say).
fn folded(ics: &str) -> String {
    const LIMIT: usize = 75;
    let unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
    let mut out = String::with_capacity(unfolded.len() + unfolded.len() / 25);
    for line in unfolded.split_inclusive("\r\n") {
        let (mut rest, end) = match line.strip_suffix("\r\n") {
            Some(text) => (text, "\r\n"),
            None => (line, ""),
        };
        let mut limit = LIMIT;
        while rest.len() > limit {
            let mut cut = limit;
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            out.push_str(&rest[..cut]);
            out.push_str("\r\n ");
            rest = &rest[cut..];
            // A continuation's leading space is one of its octets.
            limit = LIMIT - 1;
        }
        out.push_str(rest);
        out.push_str(end);
    }
    out
}

/// The notice's text, written twice as it is made: as plain text (the e-mail's body) and as
/// Markdown (`notice.md`), whose text reads the same once rendered ([`markdown::escape_text`]).
#[derive(Default)]
struct NoticeText {
    plain: String,
    markdown: String,
    /// Whether the last block was a list item, which the next item follows without a blank line.
    in_list: bool,
    /// The addresses the text gives (where to object, the page), which Markdown does not escape.
    addresses: Vec<String>,
}

impl NoticeText {
    fn heading(&mut self, text: &str) {
        self.block("# ", text, false);
    }

    fn paragraph(&mut self, text: &str) {
        self.block("", text, false);
    }

    /// A paragraph after the heading, before what follows it.
    fn after_heading(&mut self, text: &str) {
        let mut inserted = NoticeText::default();
        inserted.paragraph(text);
        for (whole, block) in [
            (&mut self.plain, inserted.plain),
            (&mut self.markdown, inserted.markdown),
        ] {
            let at = whole.find('\n').map_or(whole.len(), |i| i + 1);
            whole.insert_str(at, &format!("\n{block}"));
        }
    }

    fn item(&mut self, text: &str) {
        self.block("- ", text, true);
    }

    /// An item of the list under the item before it.
    fn sub_item(&mut self, text: &str) {
        self.block("  - ", text, true);
    }

    fn block(&mut self, mark: &str, text: &str, item: bool) {
        // A blank line between blocks, but not between the items of one list.
        let follows_item = item && self.in_list;
        if !(self.plain.is_empty() || follows_item) {
            self.plain.push('\n');
            self.markdown.push('\n');
        }
        self.plain.push_str(&format!("{mark}{text}\n"));
        self.markdown
            .push_str(&format!("{mark}{}\n", self.escaped(text)));
        self.in_list = item;
    }

    /// `text` as Markdown: escaped, but for the addresses it gives, which escaped
    /// (`?a=1\&b=2`) are not the address where the text is copied from the file (qa91): each
    /// is written as it is, or as an autolink (`<…>`) where escaping would change it.
    fn escaped(&self, text: &str) -> String {
        // Each address stands as a character of the Private Use Area while the rest is
        // escaped (which leaves those alone); the longest first, so that one that begins
        // another stands only for itself.
        let mut addresses: Vec<&String> = self.addresses.iter().collect();
        addresses.sort_by_key(|a| std::cmp::Reverse(a.len()));
        let mut marked = text.to_string();
        let mut found = Vec::new();
        for (n, address) in addresses.into_iter().enumerate() {
            let Some(mark) = char::from_u32(0xE000 + n as u32) else {
                break;
            };
            if !address.is_empty() && marked.contains(address.as_str()) {
                marked = marked.replace(address.as_str(), &mark.to_string());
                found.push((mark, address));
            }
        }
        let mut out = markdown::escape_text(&marked);
        for (mark, address) in found {
            let linked = match markdown::escape_text(address) == *address {
                true => address.clone(),
                false => format!("<{address}>"),
            };
            out = out.replace(mark, &linked);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn markdown_escapes_the_text_not_the_addresses_it_gives() {
        let mut md = super::NoticeText {
            addresses: vec![
                "https://x.example/a".to_string(),
                "https://x.example/a_b/?q=1&r=2".to_string(),
            ],
            ..super::NoticeText::default()
        };
        md.paragraph("Write to https://x.example/a. See https://x.example/a_b/?q=1&r=2 (a_b).");
        assert_eq!(
            md.markdown,
            "Write to https://x.example/a. See <https://x.example/a_b/?q=1&r=2> (a\\_b).\n"
        );
        assert_eq!(
            md.plain,
            "Write to https://x.example/a. See https://x.example/a_b/?q=1&r=2 (a_b).\n"
        );
    }

    #[test]
    fn every_line_of_a_calendar_is_folded_within_75_octets() {
        let description = format!(
            "DESCRIPTION:{}",
            "Übermittlung außerhalb des EWR, ".repeat(9)
        );
        let ics = format!("BEGIN:VEVENT\r\n{description}\r\nEND:VEVENT\r\n");
        let out = super::folded(&ics);
        for line in out.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        }
        assert_eq!(out.replace("\r\n ", ""), ics);
        // What icalendar folded already is folded the same way.
        assert_eq!(super::folded(&out), out);
    }
}
