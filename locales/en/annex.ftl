### The annex (<lang>/annex/): the facts of the page in the shape of Annex I.B and Annex III of
### the standard contractual clauses (Commission Implementing Decision (EU) 2021/914), a document
### to attach to a data processing agreement. It names the clauses; it never quotes or changes
### them. Its other words are the page's own (the sections' messages).

annex-title = Annex to the data processing agreement with { $org }
# The link to the annex, at the foot of the page.
annex-link = Annex for the data processing agreement (to print)
# Above an annex whose words changed in the original since this translation was made.
annex-stale-notice = This annex has changed in the original since it was translated. Until this translation is updated, the original version prevails:
# The link to an earlier publication's annex, in the archive.
annex-of = Annex of { $date }
annex-revised-on = Annex as revised on { $date }
annex-intro = This annex states the facts of the processing that { $org } carries out for its { -customers }: the description of the processing in the shape of Annex I.B, and the list of sub-processors in the shape of Annex III, of the standard contractual clauses (Commission Implementing Decision (EU) 2021/914). It holds only these facts; it neither contains nor changes the clauses.
annex-match = It says, in the same words, what the public page of { $org } said in the publication of { $date }. The fingerprint identifies that publication, so that a signed copy can be matched to it.
annex-made-later = The page published that day had no annex: this one was made later, from that publication's facts, in today's words. The fingerprint identifies that publication.
annex-match-revised = It states what the public page of { $org } said in the publication of { $date }, in this translation as revised on { $revised }; the annex in the words this translation was published with is kept in the archive. The fingerprint identifies that publication.
# In the margin of every printed page.
annex-publication = Publication of { $date }
annex-publication-revised = Publication of { $date }, translation revised on { $revised }

## What identifies the document.
annex-identification = This document
annex-organisation = Organisation
annex-language = Language
annex-date = Publication
annex-revised = Translation revised
annex-fingerprint = Fingerprint
annex-canonical = Computed from
annex-page = Public page
annex-archived = This is the annex of the publication of { $date }, kept for the record.
annex-archived-current = This is the annex of the publication of { $date }: the current one.
annex-current = Read the current annex.

## Annex I.B.
annex-processing-heading = Description of the processing (Annex I.B)
annex-processing-caption = What { $org } processes, whose data it is, and how long it is kept
annex-controller = Controller and processor
annex-subjects = Categories of data subjects
annex-categories = Categories of personal data
annex-sensitive = Sensitive data
annex-sensitive-yes = Yes: special categories of personal data (Article 9 GDPR)
annex-sensitive-no = No special categories of personal data (Article 9 GDPR)
annex-purposes = Purposes of the processing
annex-operations = Nature of the processing
annex-frequency = Frequency of the transfer
annex-safeguards = Restrictions and safeguards
annex-access-group = { $group }:
annex-access = { $level }, { $agreement ->
        [yes] with a confidentiality agreement
        [no] without a confidentiality agreement
       *[not-stated] confidentiality agreement not stated
    }
annex-storage = Where the data is stored
annex-retention = Retention
annex-subprocessors-row = Sub-processors
annex-subprocessors-see =
    { $count ->
        [0] None.
        [one] One sub-processor, listed in Annex III below with the data it receives and where it processes them, where stated.
       *[other] { $count } sub-processors, listed in Annex III below, each with the data it receives and where it processes them, where stated.
    }

## Annex III.
annex-subprocessors-heading = List of sub-processors (Annex III)
annex-subprocessors-intro =
    { $count ->
        [0] { $org } engages no sub-processor.
        [one] The sub-processor that { $org } engages, with its address, its contact and a description of its processing, where stated.
       *[other] The { $count } sub-processors that { $org } engages, each with its address, its contact and a description of its processing, where stated.
    }
annex-address = Address
annex-headquarters = Headquarters
annex-contact = Contact for data protection
annex-description = Description of the processing
annex-group = Group
annex-data-categories = Categories of personal data it receives
annex-data-subjects = Whose personal data it receives
annex-applies-to = Products and features
annex-list = Its own sub-processors
annex-effective = Engaged from
annex-object-until = Last day to object
annex-not-stated = Not stated
