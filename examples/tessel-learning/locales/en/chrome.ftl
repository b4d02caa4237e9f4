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
stale-notice = This section has changed in the original since it was translated. Until this translation is updated, the original version prevails:
