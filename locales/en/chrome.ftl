### The parts of every page around the text: title, navigation, stamp, table words.

page-title = Data handling at { $org }
skip-to-content = Skip to the main text
languages-label = This page in other languages
contents-label = Contents
last-modified = Last modified: { $date }
index-title = { $org }: how we handle your data
index-intro = Choose a language:

yes = Yes
no = No
not-applicable = Not applicable
not-published = Not published
# Where the site does not give a fact.
not-stated = Not stated
stale-notice = This section has changed in the original since it was translated. Until this translation is updated, the original version prevails:
untranslated-notice = Parts of this document are not translated yet and read as the original does:

## The summary at the top of the page: each item a fact, linked to the section that states it.
summary-heading = At a glance
summary-subprocessors = Sub-processors: { $count } engaged{ $changing ->
        [0] {""}
       *[other] {" "}({ $changing } with changes to come)
    }{ $upcoming ->
        [0] {""}
       *[other] , { $upcoming } announced
    }
summary-hosting = Data stored in: { $countries }
summary-breach = Breach notification: within { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } where feasible
summary-changed = Last changed: { $date }
summary-follow = Follow changes:
summary-feed = Atom feed
summary-made-later = This summary was not on the page published that day: it was made later, from that publication's facts.
