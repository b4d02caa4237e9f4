//! Which sub-processors the publications engaged, and since when: the one rule the page's
//! groups, the change log and the checks of a new publication all follow.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::sync::Arc;

use jiff::civil::Date;

use crate::model::{Model, Subprocessor};

/// Which sub-processors a run of publications engaged, and since when, read oldest first
/// ([`Engagements::add`]).
///
/// A publication engages each sub-processor it lists with no start date (`effective`) or one
/// on or before its day. One it announces to start later is engaged on that day, if the next
/// publication, made on or after it, still lists it, whatever that one states of it (a change
/// to come, say). One no longer listed is no longer engaged: listed again, it is engaged anew,
/// or announced if it starts later.
#[derive(Debug, Default)]
pub struct Engagements<'m> {
    /// The engaged sub-processors, by id, and since when: the day it was announced to start,
    /// or the date of the publication that engaged it.
    since: BTreeMap<&'m str, Date>,
    /// What the newest publication announced and had not engaged, by id, and from when.
    announced: BTreeMap<&'m str, Date>,
    /// Those the first publication read listed as engaged already, and listed without a break
    /// since: engaged by its day, since a day no publication says.
    from_the_start: HashSet<&'m str>,
    /// Whether a publication was read.
    read: bool,
}

impl<'m> Engagements<'m> {
    /// Reads the next publication: its sub-processors `listed`, published on `published`.
    pub fn add(&mut self, listed: &'m [Arc<Subprocessor>], published: Date) {
        for (id, start) in std::mem::take(&mut self.announced) {
            if start <= published {
                self.since.entry(id).or_insert(start);
            }
        }
        let ids: HashSet<&str> = listed.iter().map(|s| s.id.as_str()).collect();
        self.since.retain(|id, _| ids.contains(id));
        self.from_the_start.retain(|id| ids.contains(id));
        for s in listed
            .iter()
            .filter(|s| s.effective.is_none_or(|e| e <= published))
        {
            self.since.entry(&s.id).or_insert(published);
            if !self.read {
                self.from_the_start.insert(&s.id);
            }
        }
        self.read = true;
        self.announced = listed
            .iter()
            .filter(|s| !self.since.contains_key(s.id.as_str()))
            .filter_map(|s| Some((s.id.as_str(), s.effective?)))
            .collect();
    }

    /// Whether the publications read so far engaged `id`, and it is listed still.
    pub fn engaged(&self, id: &str) -> bool {
        self.since.contains_key(id)
    }

    /// Whether `id` is engaged before a publication made on `published` after those read:
    /// engaged so far, or announced by the newest to start by `published`.
    pub fn engaged_before(&self, id: &str, published: Date) -> bool {
        self.engaged(id)
            || self
                .announced
                .get(id)
                .is_some_and(|start| *start <= published)
    }

    /// The ids [`Engagements::engaged_before`] says are engaged before `published`.
    pub fn all_engaged_before(&self, published: Date) -> BTreeSet<String> {
        let started = self
            .announced
            .iter()
            .filter(|(_, start)| **start <= published);
        self.since
            .keys()
            .chain(started.map(|(id, _)| id))
            .map(|id| id.to_string())
            .collect()
    }

    /// Since when each engaged sub-processor is engaged.
    pub fn since(&self) -> impl Iterator<Item = (&'m str, Date)> + '_ {
        self.since.iter().map(|(id, day)| (*id, *day))
    }

    /// Since when each engaged sub-processor is known to be engaged: not one the first
    /// publication listed as engaged already, which it was before that day, since a day no
    /// publication says (qa70: each of a site's sub-processors was published as engaged on
    /// the day of its first publication).
    pub fn known_since(&self) -> impl Iterator<Item = (&'m str, Date)> + '_ {
        self.since()
            .filter(|(id, _)| !self.from_the_start.contains(id))
    }
}

/// Since when each engaged sub-processor of `model` is engaged, by id, as the site publishes it
/// (`data.json`'s `engaged-since`, the list of sub-processors): the day its entry gives
/// (`engaged`), or since when the publications engaged it (`since`, by
/// [`Engagements::known_since`] once they and `model`'s publication were read). One that
/// publication only announces (`announced`) is not engaged, and not among them; nor is one
/// engaged since a day no publication says.
pub fn published_since(
    model: &Model,
    announced: &BTreeSet<String>,
    since: &BTreeMap<String, Date>,
) -> BTreeMap<String, String> {
    model
        .subprocessors
        .iter()
        .filter(|s| !announced.contains(&s.id))
        .filter_map(|s| {
            let day = s.engaged.or_else(|| since.get(&s.id).copied())?;
            Some((s.id.clone(), day.to_string()))
        })
        .collect()
}

/// Each sub-processor as the publications so far stated it, oldest first, to tell which of its
/// statements is in effect on a day. A change announced ahead (a statement with an `effective`
/// date after its publication) takes effect on that day; until then, the statement before it
/// stands. One replaced before its day never took effect.
#[derive(Default)]
pub struct Statements<'m> {
    /// Per id, each different statement with the date of the first publication that made it;
    /// `None` where a publication did not list the sub-processor.
    by_id: BTreeMap<&'m str, Vec<(Date, Option<&'m Subprocessor>)>>,
}

impl<'m> Statements<'m> {
    /// Adds what `model`, published on `date`, states: publications are added in order.
    pub fn add(&mut self, model: &'m Model, date: Date) {
        let listed: BTreeMap<&str, &Subprocessor> = model
            .subprocessors
            .iter()
            .map(|s| (s.id.as_str(), &**s))
            .collect();
        for (id, s) in &listed {
            let stated = self.by_id.entry(id).or_default();
            let same = stated.last().is_some_and(|(_, last)| {
                last.is_some_and(|last| std::ptr::eq(last, *s) || last == *s)
            });
            if !same {
                stated.push((date, Some(*s)));
            }
        }
        for (id, stated) in &mut self.by_id {
            if !listed.contains_key(id) && stated.last().is_some_and(|(_, s)| s.is_some()) {
                stated.push((date, None));
            }
        }
    }

    /// The date of the first publication since which `id` has been stated with a change still
    /// to come, without a break: each statement since has a day to take effect after it was
    /// made and after the next one was. Controllers were told of what is to come of it from
    /// then, though its day may have moved since. `None` where its newest statement has none.
    pub fn to_come_since(&self, id: &str) -> Option<Date> {
        let mut since = None;
        for (date, s) in self.by_id.get(id)?.iter().rev() {
            let until = since.unwrap_or(*date);
            if s.and_then(|s| s.effective).is_none_or(|e| e <= until) {
                break;
            }
            since = Some(*date);
        }
        since
    }

    /// The date of the publication that first made the newest statement of `id`.
    pub fn stated_on(&self, id: &str) -> Option<Date> {
        Some(self.by_id.get(id)?.last()?.0)
    }

    /// The sub-processor `id` as the newest publication added states it; `None` when that
    /// publication did not list it.
    pub fn last(&self, id: &str) -> Option<&'m Subprocessor> {
        self.by_id.get(id)?.last()?.1
    }

    /// What of the sub-processor `id`, as the newest publication added states it, is in effect
    /// on `date`, a day after that publication ([`Statements::in_effect`]); `None` when that
    /// publication did not list it.
    pub fn in_effect_before(&self, id: &str, date: Date) -> Option<&'m Subprocessor> {
        let (_, last) = self.by_id.get(id)?.last()?;
        Some(self.in_effect((*last)?, date))
    }

    /// What of `s`, as the newest publication added states it, is in effect on `date`: `s`
    /// itself when it takes effect by then; otherwise the newest earlier statement that took
    /// effect by then, and before the statement after it replaced it. `s` when there is none:
    /// then it is not engaged yet ([`not_yet_engaged`](crate::history::changes::not_yet_engaged)).
    pub fn in_effect(&self, s: &'m Subprocessor, date: Date) -> &'m Subprocessor {
        if s.effective.is_none_or(|e| e <= date) {
            return s;
        }
        let Some(stated) = self.by_id.get(s.id.as_str()) else {
            return s;
        };
        // Newest first, each with the day the statement after it was made.
        let replaced = stated.iter().skip(1).map(|(date, _)| *date);
        let took_effect = stated
            .iter()
            .zip(replaced)
            .rev()
            .find(|((_, stated), replaced)| {
                stated.is_none_or(|x| x.effective.is_none_or(|e| e <= date && e <= *replaced))
            });
        match took_effect {
            Some(((_, Some(earlier)), _)) => earlier,
            _ => s,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn listed(entries: &[(&str, Option<Date>)]) -> Vec<Arc<Subprocessor>> {
        entries
            .iter()
            .map(|(id, effective)| {
                Arc::new(Subprocessor {
                    id: id.to_string(),
                    effective: *effective,
                    ..Subprocessor::named(id)
                })
            })
            .collect()
    }

    #[test]
    fn an_announced_start_engages_on_its_day_if_the_next_publication_lists_it() {
        let first = listed(&[("a", None), ("b", Some(date(2027, 2, 1)))]);
        let mut e = Engagements::default();
        e.add(&first, date(2027, 1, 1));
        assert!(e.engaged("a"));
        assert!(!e.engaged("b"));
        assert!(!e.engaged_before("b", date(2027, 1, 31)));
        assert!(e.engaged_before("b", date(2027, 2, 1)));
        assert_eq!(
            e.all_engaged_before(date(2027, 2, 1)),
            BTreeSet::from(["a".to_string(), "b".to_string()])
        );
        // Listed with a change to come, it is engaged since its announced day.
        let second = listed(&[("a", None), ("b", Some(date(2027, 4, 1)))]);
        e.add(&second, date(2027, 3, 1));
        assert_eq!(
            e.since().collect::<Vec<_>>(),
            [("a", date(2027, 1, 1)), ("b", date(2027, 2, 1))]
        );
        // Taken off the list, it is no longer engaged; listed again, engaged anew.
        let without = listed(&[("a", None)]);
        e.add(&without, date(2027, 5, 1));
        assert!(!e.engaged("b"));
        let again = listed(&[("a", None), ("b", Some(date(2027, 7, 1)))]);
        e.add(&again, date(2027, 6, 1));
        assert!(!e.engaged("b"));
        assert!(!e.engaged_before("b", date(2027, 6, 30)));
        assert!(e.engaged_before("b", date(2027, 7, 1)));
    }

    #[test]
    fn a_change_to_come_is_told_from_its_first_announcement_until_it_takes_effect() {
        let base = crate::history::lock::example_model();
        let slack_from = |effective: Option<Date>| {
            let mut model = base.clone();
            let slack = (model.subprocessors.iter_mut())
                .find(|s| s.id == "slack")
                .expect("the example engages Slack");
            Arc::make_mut(slack).effective = effective;
            model
        };
        let models = [
            (date(2027, 1, 1), slack_from(Some(date(2027, 2, 1)))),
            // Moved later before its day: told since 1 January all the same.
            (date(2027, 1, 10), slack_from(Some(date(2027, 2, 20)))),
            // After that took effect, another change: told from its own day.
            (date(2027, 3, 1), slack_from(Some(date(2027, 5, 1)))),
            (date(2027, 6, 1), slack_from(None)),
        ];
        let mut statements = Statements::default();
        let mut since = Vec::new();
        for (day, model) in &models {
            statements.add(model, *day);
            since.push(statements.to_come_since("slack"));
        }
        assert_eq!(
            since,
            [
                Some(date(2027, 1, 1)),
                Some(date(2027, 1, 1)),
                Some(date(2027, 3, 1)),
                None
            ]
        );
    }

    #[test]
    fn an_announced_start_not_listed_by_the_next_publication_is_never_engaged() {
        let (first, second) = (listed(&[("b", Some(date(2027, 2, 1)))]), listed(&[]));
        let mut e = Engagements::default();
        e.add(&first, date(2027, 1, 1));
        e.add(&second, date(2027, 3, 1));
        assert!(!e.engaged("b"));
        assert!(!e.engaged_before("b", date(2027, 3, 2)));
    }
}
