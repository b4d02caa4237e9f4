### The change log and its feed: what changed at each publication.

changes-title = Changes to this page
changes-intro = Every publication of this page, newest first, and what it changed.
changes-link = History of changes
changes-feed = Follow the changes (Atom feed)
changes-back = Back to the page
changes-first = First publication of this page.
changes-wording = The wording changed; the facts did not.
changes-order = The same facts, listed in another order: none of them changed.
# Beside other changes: some of the facts listed in another order besides.
changes-order-also = Some of the facts are also listed in another order.
change-subprocessor-added =
    { $upcoming ->
        [yes] Sub-processor { $name } will be engaged from { $date }; controllers may object before then, writing to { $contact }
        [since] Added sub-processor { $name }, engaged since { $date }
       *[no] Added sub-processor { $name }
    }
change-subprocessor-removed = Removed sub-processor { $name }
change-subprocessor-renamed =
    { $when ->
        [later] Sub-processor { $was } will be called { $name }
       *[now] Sub-processor { $was } is now called { $name }
    }
change-personal-data =
    { $now ->
        [yes] { $when ->
            [later] { $name } will process personal data of your users
           *[now] { $name } now processes personal data of your users
        }
       *[no] { $when ->
            [later] { $name } will no longer process personal data of your users
           *[now] { $name } no longer processes personal data of your users
        }
    }
change-outside-eea =
    { $now ->
        [yes] { $when ->
            [later] { $name } will transfer data outside the EEA (transfer mechanism: { $mechanism })
           *[now] { $name } now transfers data outside the EEA (transfer mechanism: { $mechanism })
        }
       *[no] { $when ->
            [later] { $name } will no longer transfer data outside the EEA
           *[now] { $name } no longer transfers data outside the EEA
        }
    }
change-mechanism =
    { $when ->
        [later] { $name }: transfer mechanism for data outside the EEA will change (to: { $mechanism }; until then: { $was })
       *[now] { $name }: transfer mechanism for data outside the EEA changed (now: { $mechanism }; before: { $was })
    }
change-fallback =
    { $kind ->
        [added] { $when ->
            [later] { $name }: fallback mechanism for data outside the EEA will be added ({ $now })
           *[now] { $name }: fallback mechanism for data outside the EEA added (now: { $now })
        }
        [removed] { $when ->
            [later] { $name }: fallback mechanism for data outside the EEA will be removed (until then: { $was })
           *[now] { $name }: fallback mechanism for data outside the EEA removed (before: { $was })
        }
       *[changed] { $when ->
            [later] { $name }: fallback mechanism for data outside the EEA will change (to: { $now }; until then: { $was })
           *[now] { $name }: fallback mechanism for data outside the EEA changed (now: { $now }; before: { $was })
        }
    }
change-security-link =
    { $kind ->
        [added] { $when ->
            [later] { $name }: will link to its security measures
           *[now] { $name }: new link to its security measures
        }
        [removed] { $when ->
            [later] { $name }: will no longer link to its security measures
           *[now] { $name }: no longer links to its security measures
        }
       *[changed] { $when ->
            [later] { $name }: link to its security measures will change
           *[now] { $name }: changed link to its security measures
        }
    }
change-effective =
    { $kind ->
        [takes-effect] { $object ->
            [yes] { $name }: changes to it take effect from { $date }; controllers may object before then, writing to { $contact }
           *[no] { $name }: changes to it take effect from { $date }
        }
        [took-effect] { $name }: what was announced for { $date } took effect that day
        [change-brought-forward] { $name }: what was announced for { $was } took effect on { $date }, brought forward
        [change-revised-brought-forward] { $name }: what was announced for { $was } was revised and took effect on { $date }, brought forward
        [change-moved] { $object ->
            [yes] { $name }: the day changes to it take effect moved from { $was } to { $date }; controllers may object before then, writing to { $contact }
           *[no] { $name }: the day changes to it take effect moved from { $was } to { $date }
        }
        [set] { $name }: engaged from { $date }
        [brought-forward] { $name }: engaged from { $date }, brought forward from { $was }
        [moved] { $object ->
            [yes] { $name }: the day of its engagement moved from { $was } to { $date }; controllers may object before then, writing to { $contact }
           *[no] { $name }: the day of its engagement moved from { $was } to { $date }
        }
       *[dropped] { $name }: engaged at once instead of from { $was }
    }
change-engagement-with-changes =
    { $object ->
        [yes] { $name }: still to be engaged from { $date }, with these changes; controllers may object before then, writing to { $contact }
       *[no] { $name }: still to be engaged from { $date }, with these changes
    }
# The same, where all that changed of it was withdrawn (told beside): no changes listed with it.
change-engagement-stands = { $name }: still to be engaged from { $date }
change-withdrawn =
    { $kind ->
        [engagement] { $name }: will not be engaged as announced for { $date }
       *[changes] { $name }: the change announced to take effect from { $date } is withdrawn
    }
change-withdrawn-part = Withdrawn before it was to take effect on { $date }: { $change }
change-notice-exception =
    { $reason ->
        [legal-obligation] { $name }: an exception to the notice period, as the law requires this change
       *[emergency-replacement] { $name }: an exception to the notice period, as it replaces a sub-processor in an emergency
    }
# After a change that took effect at once, brought forward from the day a notice told: the last day to object that notice gave, which stands.
change-objection-kept = Controllers may still object to { $name } up to and including { $date }, writing to { $contact }
change-took-effect-part = Took effect on { $date }: { $change }
change-storage-added = Data is now also stored by { $provider } in { $city }
change-storage-now = Data is now stored by { $provider } in { $city }
change-storage-removed = Data is no longer stored by { $provider } in { $city }
change-retention-period = Personal data is now kept for { $now } instead of { $was }
change-retention-period-restated = The retention period is now stated as { $now } instead of { $was }: the same length
# When the retention period starts: `$now` and `$was` are `retention-starts-*` words.
change-retention-starts = The retention period now starts { $now }, instead of { $was }
# Whether the customer may agree another retention period: `$now` is `yes` or `no`.
change-retention-customer-may-change =
    { $now ->
        [yes] The { -customer } may now agree a different retention period in its data processing agreement
       *[no] The { -customer } may no longer agree a different retention period in its data processing agreement
    }
# What happens when the retention period ends: `$now` and `$was` are the `retention-end-*`
# sentences, in their order.
change-retention-at-end = When the retention period ends, now: { $now } Before: { $was }
# The systems that detect a breach: `$change` is `added` (`$added` names them), `removed`
# (`$removed`), or `both`.
change-breach-monitoring =
    { $change ->
        [added] A data breach is now also detected with: { $added }
        [removed] A data breach is no longer detected with: { $removed }
       *[both] A data breach is now also detected with: { $added }; and no longer with: { $removed }
    }
# A place where the data is stored, by `$provider` in `$city` (and `$country`), as it is now.
# `$change` says what changed of it: `provider` (`$was`, who stored it before), `place` (before:
# `$was-city`, `$was-country`), `moved` (both: `$was`, `$was-city`, `$was-country`), `hosting` (`$now` and `$was`), its certifications
# (`certifications-added`, `-removed` or `-both`: `$added`, `$removed`), or whether it holds
# sensitive data (`sensitive-yes`, `sensitive-no`).
change-storage-location =
    { $change ->
        [provider] Data stored in { $city } is now stored by { $provider } instead of { $was }
        [place] Data stored by { $provider } is now stored in { $city } ({ $country }) instead of { $was-city } ({ $was-country })
        [moved] Data is now stored by { $provider } in { $city } ({ $country }) instead of by { $was } in { $was-city } ({ $was-country })
        [hosting] Data stored by { $provider } in { $city } is now hosted as: { $now } (was: { $was })
        [certifications-added] Storage by { $provider } in { $city }, now also certified: { $added }
        [certifications-removed] Storage by { $provider } in { $city }, no longer certified: { $removed }
        [certifications-both] Storage by { $provider } in { $city }, now also certified: { $added }; no longer certified: { $removed }
        [sensitive-yes] Data stored by { $provider } in { $city } now includes sensitive data
       *[sensitive-no] Data stored by { $provider } in { $city } no longer includes sensitive data
    }
change-organisation-renamed = { $was } is now called { $name }
change-contact = The privacy team is now reached at { $now } instead of { $was }
# A group of staff with access to the data. `$group`: its name; `$level`: its access (now);
# `$was`: its access before.
change-access = { $change ->
        [added] Now listed among the staff: { $group } ({ $level })
        [removed] No longer listed among the staff: { $group }
        [level] { $group }: { $level } (was: { $was })
        [agreement-added] { $group }: now bound by a confidentiality agreement
        [agreement-none] { $group }: not bound by a confidentiality agreement
        [agreement-unstated] { $group }: whether bound by a confidentiality agreement is no longer stated
       *[agreement-removed] { $group }: no longer bound by a confidentiality agreement
    }
change-breach-deadline =
    A personal data breach is now notified, where feasible, within { $now ->
        [one] one hour
       *[other] { $now } hours
    } instead of { $was ->
        [one] one hour
       *[other] { $was } hours
    }
# Whose data is processed (`change-data-subjects`), or which kinds of data
# (`change-data-categories`): `$change` is `added` (`$added` names them), `removed` (`$removed`),
# or `both`.
change-data-subjects =
    { $change ->
        [added] { $org } now also processes the data of: { $added }
        [removed] { $org } no longer processes the data of: { $removed }
       *[both] { $org } now also processes the data of: { $added }, and no longer of: { $removed }
    }
change-data-categories =
    { $change ->
        [added] { $org } now also processes: { $added }
        [removed] { $org } no longer processes: { $removed }
       *[both] { $org } now also processes: { $added }; and no longer: { $removed }
    }
change-purposes =
    { $change ->
        [added] { $org } now also processes data for: { $added }
        [removed] { $org } no longer processes data for: { $removed }
        [stated] { $org } now states the purposes it processes data for: { $added }
        [unstated] { $org } no longer states the purposes it processes data for (it stated: { $removed })
       *[both] { $org } now also processes data for: { $added }; and no longer for: { $removed }
    }
change-operations =
    { $change ->
        [added] What { $org } does with the data now also includes: { $added }
        [removed] What { $org } does with the data no longer includes: { $removed }
        [stated] { $org } now states what it does with the data: { $added }
        [unstated] { $org } no longer states what it does with the data (it stated: { $removed })
       *[both] What { $org } does with the data now also includes: { $added }; and no longer: { $removed }
    }
change-frequency =
    { $change ->
        [stated] { $org } now states how often data is transferred to it: { $now }
        [unstated] { $org } no longer states how often data is transferred to it (it stated: { $was })
       *[changed] How often data is transferred to { $org }: { $now } (before: { $was })
    }
change-notice-days =
    { $change ->
        [stated] { $org } now states that it announces a new sub-processor, or a change to one, at least { $now ->
            [one] one day
           *[other] { $now } days
        } before it takes effect, and that controllers may object until then
        [unstated] { $org } no longer states how many days ahead it announces a new sub-processor (it stated: { $was ->
            [one] one day
           *[other] { $was } days
        })
       *[changed] { $org } now announces a new sub-processor, or a change to one, at least { $now ->
            [one] one day
           *[other] { $now } days
        } before it takes effect, instead of { $was ->
            [one] one day
           *[other] { $was } days
        }
    }
change-purpose =
    { $first ->
        [yes] { $when ->
            [later] What { $name } will be engaged for is now stated: { $purpose }
           *[now] What { $name } is engaged for is now stated: { $purpose }
        }
       *[no] { $when ->
            [later] { $name } will be engaged for a new purpose: { $purpose } (instead of: { $was })
           *[now] { $name } is now engaged for a new purpose: { $purpose } (instead of: { $was })
        }
    }
# What a sub-processor added with a notice is to be engaged for.
change-purpose-new =
    { $when ->
        [later] { $name } will be engaged for this purpose: { $purpose }
       *[now] { $name } is engaged for this purpose: { $purpose }
    }
# A purpose a sub-processor was first stated with by a change still to come (its engagement, or
# a change to one engaged: `$what`, `engagement` or `changes`), taken back before that day: no
# purpose is stated now. Told after `change-withdrawn-part`'s words. `$purpose`: the one announced.
change-purpose-withdrawn =
    { $what ->
        [engagement] What { $name } will be engaged for is no longer stated (announced: { $purpose })
       *[changes] What { $name } is engaged for will not be stated after all (announced: { $purpose })
    }
# Where a sub-processor processes data, changed. `$countries`: all of them, as now; `$difference`:
# `added` (`$added` names the new ones), `left` (`$left` those it no longer processes data in),
# `both`, or `none` where it gave none before.
change-countries =
    { $when ->
        [later] { $name } will process data in these countries: { $countries }
       *[now] { $name } now processes data in these countries: { $countries }
    }{ $difference ->
        [added] {" "}(new: { $added })
        [left] {" "}(no longer: { $left })
        [both] {" "}(new: { $added }; no longer: { $left })
       *[none] {""}
    }
change-countries-stated =
    { $when ->
        [later] Where { $name } will process data is now stated: { $countries }
       *[now] Where { $name } processes data is now stated: { $countries }
    }
# Where a sub-processor was first said to process data by a change still to come (its
# engagement, or a change to one engaged: `$what`, `engagement` or `changes`), taken back before
# that day: no country is stated now. Told after `change-withdrawn-part`'s words. `$countries`:
# those announced.
change-countries-withdrawn =
    { $what ->
        [engagement] Where { $name } will process data is no longer stated (announced: { $countries })
       *[changes] Where { $name } processes data will not be stated after all (announced: { $countries })
    }
# What data a new sub-processor is to process (`$categories`) and whose (`$subjects`), in its
# notice: `$lists` is `both`, `categories` or `subjects`, which its entry gives.
change-subprocessor-data =
    { $when ->
        [later] { $lists ->
            [both] { $name } will process: { $categories }; the data of: { $subjects }
            [categories] { $name } will process: { $categories }
           *[subjects] { $name } will process the data of: { $subjects }
        }
       *[now] { $lists ->
            [both] { $name } processes: { $categories }; the data of: { $subjects }
            [categories] { $name } processes: { $categories }
           *[subjects] { $name } processes the data of: { $subjects }
        }
    }
change-record =
    { $when ->
        [later] The record of { $name } will change: { $fields }
       *[now] The record of { $name } changed: { $fields }
    }
# The data categories or subjects of a sub-processor's record (`$field`, as
# `subprocessor-field-data-categories` or `subprocessor-field-data-subjects` names them), in
# `change-record`'s `$fields`: `$change` is `added` (`$added` names those new), `removed`
# (`$removed`, those no longer listed) or `both`; `stated` where the list was not given before
# (`$added` names it), `unstated` where it is no longer given (`$removed` named it). `$when`:
# `later` of a change still to come.
change-record-list =
    { $field }{ $when ->
        [later] { $change ->
            [added] {" "}(new: { $added })
            [removed] {" "}(no longer: { $removed })
            [stated] {" "}(to be stated: { $added })
            [unstated] {" "}(no longer to be stated; until then: { $removed })
           *[both] {" "}(new: { $added }; no longer: { $removed })
        }
       *[now] { $change ->
            [added] {" "}(new: { $added })
            [removed] {" "}(no longer: { $removed })
            [stated] {" "}(now stated: { $added })
            [unstated] {" "}(no longer stated; was: { $removed })
           *[both] {" "}(new: { $added }; no longer: { $removed })
        }
    }
# A sub-processor's group or headquarters (`$field`, as `subprocessor-field-group` or
# `subprocessor-field-headquarters` names it), in `change-record`'s `$fields`: `$change` is
# `changed` (`$now` names it now, `$was` before), `stated` where it was not given before, or
# `unstated` where it is no longer given. `$when`: `later` of a change still to come.
change-record-value =
    { $field }{ $when ->
        [later] { $change ->
            [stated] {" "}(to be: { $now })
            [unstated] {" "}(no longer to be stated; until then: { $was })
           *[changed] {" "}(to be: { $now }; until then: { $was })
        }
       *[now] { $change ->
            [stated] {" "}(now: { $now })
            [unstated] {" "}(no longer stated; was: { $was })
           *[changed] {" "}(now: { $now }; was: { $was })
        }
    }
subprocessor-field-headquarters = headquarters
subprocessor-field-group = group
subprocessor-field-data-categories = categories of data
subprocessor-field-data-subjects = data subjects
subprocessor-field-address = address
subprocessor-field-contact = privacy contact
subprocessor-field-list = its own list of sub-processors
subprocessor-field-applies-to = the products it serves
subprocessor-field-engaged = date of engagement
subprocessor-field-notice-exception = exception to the notice period
subprocessor-field-effective = announced start date, which has passed
change-section = Changed: { $section }
# The headings of the groups an entry of the change log lists its changes in.
changes-group-added = Added
changes-group-removed = Removed
changes-group-changed = Changed
changes-group-withdrawn = Withdrawn
changes-group-to-come = To take effect later
changes-group-upcoming = Announced, not yet engaged
change-reworded = Reworded: { $section }
change-reworded-original = Reworded in the original, not yet in this translation: { $section }
change-reworded-original-checked = Reworded in the original; this translation was checked against it and still says the same: { $section }
change-reworded-original-restored = Reworded in the original back to the words this translation follows: { $section }
change-reworded-other =
    { $state ->
        [original] Other text on the page was reworded in the original, not yet in this translation.
       *[reworded] Other text on the page was reworded.
    }
change-reworded-elsewhere =
    { $state ->
        [original] { $where ->
            [notices] The wording of the notices to controllers was changed in the original, not yet in this translation.
            [review] The wording of the review pages was changed in the original, not yet in this translation.
           *[changes] The wording of the change log and its feed was changed in the original, not yet in this translation.
        }
       *[reworded] { $where ->
            [notices] The wording of the notices to controllers was changed.
            [review] The wording of the review pages was changed.
           *[changes] The wording of the change log and its feed was changed.
        }
    }
feed-title = { $org }: changes to how we handle your data
feed-entry-title = Changes of { $date }
feed-entry-first = First publication, { $date }
# The date of a second or later publication on one day, wherever a publication is named by its date.
publication-again = { $date } (publication { $nth } of the day)
revision-again = { $date } (revision { $nth } of the day)
archive-link = Earlier versions
archive-title = Earlier versions of this page
archive-intro = Every published version of this page stays readable at its own address.
archive-read = Read the version of { $date }
archive-notice = This is the version of this page published on { $date }, kept for the record.
archive-current = Read the current version.
archive-notice-current = This is the version of this page published on { $date }: the current version.
archive-superseded = Superseded on { $date } by a newer version.
archive-translated-later = This translation came later: the page was not published in this language that day.
archive-translated-added = This translation came later: the page was published in this language from { $date }.
archive-words-later = This publication did not record the words of this translation: this copy states its facts in today's words.
archive-terms-later = This publication did not record how this translation names the customers and their users: this copy names them as the publication of { $date } recorded them.
archive-terms-today = This publication did not record how this translation names the customers and their users: this copy names them in today's words.
archive-translation-revised = This translation was revised after this version was published, last on { $date }; this copy keeps the words it was published with.
archive-revision-notice = This copy keeps this translation as revised on { $date }: the words its page showed from that day.
archive-revision-later = Read it as revised again on { $date }.
archive-revisions = Each wording of this translation shown since, kept as it read:
archive-revised-on = As revised on { $date }
translation-revised = This translation was revised on { $date }, after this version was published.
translation-as-published = Read it in the words it was published with.
changes-translation-revised = This translation was revised after this version was published, last on { $date }.
archive-is-current = (current version)
publication-fingerprint = Fingerprint of this publication:
publication-canonical = The file this fingerprint is computed from (JSON)
archive-history = Every publication with its fingerprint, for checking (JSON)
review-draft = Draft for review: not published.
# On every review document of a site whose facts still hold placeholders `candor init` wrote.
review-placeholders =
    { $count ->
        [one] One value on this draft is a made-up example that candor init wrote, shown as if it were a fact.
       *[other] { $count } values on this draft are made-up examples that candor init wrote, shown as if they were facts.
    } It cannot be published until each is replaced.
review-day = Dated as if published on { $date }. Its fingerprint is this draft's: the publication has its own, as a fingerprint also covers the moment of publication.
review-since = Changes since the publication of { $date }
review-since-revised = Changes since the publication of { $date }, in its translation as revised on { $revised }
review-since-added = Changes since the publication of { $date }, as published in this language from { $added }
review-first = Not published before: everything is new.
review-not-since = Not in the last publication: last published in this language on { $date }. Everything is for review.
review-none = Nothing changed since the last publication.
review-stale-cleared = The translation follows the original again: { $section }
review-ins-start = insertion:
review-ins-end = end of insertion
review-del-start = deletion:
review-del-end = end of deletion
review-changed = Changed
review-added = Added
review-removed = Removed

# The notice to controllers of a publication that engages or changes a sub-processor
# (<lang>/notices/<id>/): its text, e-mail, JSON and calendar.
notice-subject = { $org }: advance notice of changes to our sub-processors, { $date }
notice-intro = { $org } engages sub-processors to process personal data on your behalf. As GDPR Art. 28(2) requires, we tell you of the following changes, each with the day it takes effect, so that you can object to them.
notice-subject-withdrawn = { $org }: announced changes to our sub-processors withdrawn, { $date }
notice-intro-withdrawn = { $org } told you ahead of changes to its sub-processors, so that you could object to them. Changes it told you of will not take effect as announced.
notice-intro-removed =
    { $org } told you ahead of changes to its sub-processors, so that you could object to them. { $count ->
        [one] It no longer engages a sub-processor they concerned: it is removed
       *[other] It no longer engages { $count } sub-processors they concerned: they are removed
    } on the day given, and changes it told you of will not take effect.
notice-intro-removed-kept =
    { $org } told you of changes to its sub-processors that took effect before the last day you could object to them. { $count ->
        [one] It no longer engages a sub-processor they concerned: it is removed on the day given, and the last day to object to it no longer applies.
       *[other] It no longer engages { $count } sub-processors they concerned: they are removed on the day given, and the last days to object to them no longer apply.
    }
notice-subject-at-once = { $org }: notice of changes to our sub-processors, { $date }
notice-intro-at-once =
    { $since ->
        [yes] { $org } engages sub-processors to process personal data on your behalf. As GDPR Art. 28(2) requires, we tell you of the following changes; each is in effect from the day it gives, and you can still object to them.
       *[no] { $org } engages sub-processors to process personal data on your behalf. As GDPR Art. 28(2) requires, we tell you of the following changes; they take effect at once, and you can still object to them.
    }
notice-intro-told = { $org } told you ahead of changes to its sub-processors. This is what changed since, each with the day it takes effect; nothing in it is new to object to.
notice-takes-effect = Takes effect on { $date }.
notice-in-effect-since = In effect since { $date }.
notice-object-until = Last day to object: { $date }.
notice-objection-ended = The last day to object given before, { $date }, no longer applies.
notice-exception =
    { $reason ->
        [legal-obligation] An exception to our notice period: the law requires this change.
       *[emergency-replacement] An exception to our notice period: this replaces a sub-processor in an emergency.
    }
notice-how = To object, or with any question, write to { $contact }.
notice-how-withdrawn = With any question, write to { $contact }.
notice-page = The current list of sub-processors: { $url }
notice-fingerprint = Publication of { $date }, fingerprint { $fingerprint }.
# Said at the top of a notice written with words of a translation that had not followed a change to the original yet.
notice-stale = Parts of this translation have not yet followed a change to the original: where the two differ, the original prevails.
notice-event-start =
    { $kind ->
        [engaged] { $name }: engaged from this day
        [removed] { $name }: no longer engaged from this day
       *[changes] { $name }: the change takes effect
    }
notice-event-objection = { $name }: last day to object
notice-event-cancelled = Cancelled: { $event }
notice-link = Notice to controllers:
notice-format-email = e-mail (.eml)
