### The sections of the page. Longer texts may use Markdown: *emphasis*, lists and links to a
### fact, such as [our privacy policy]({ $privacy-policy }).

intro-heading = How do we handle your data?
intro-body =
    { $role ->
        [both] { $org } follows the GDPR in everything it does with personal data: as controller of the data it collects for itself, and as processor of the data it handles for its customers.
        [processor] { $org } follows the GDPR as processor of the data it handles for its customers.
       *[controller] { $org } follows the GDPR as controller of the data it handles.
    } These are the principles of Article 5 of the GDPR we work by:

processing-heading = What data does { $org } process for its customers?
processing-body = To run its courses and classes, { $org } processes personal data of:
processing-categories = Namely:
processing-purposes = { $org } processes this data for these purposes:
processing-special-categories = Part of it is *sensitive* data, a special category of personal data under Article 9 of the GDPR.
processing-agreement = Your data processing agreement lists in full the data we process for your organisation.

control-heading = Who controls the data?
control-body-customer = The personal data { $org } processes for a { -customer } remains under that { -customer }'s control: the { -customer } is the controller, and { $org } its processor.
control-body-organisation = { $org } is the controller of the personal data it processes for its customers.

storage-heading = Where does { $org } store your data?
storage-body = The data of your courses and classes is stored in these places:
storage-caption = Where the data is stored
storage-provider = Provider
storage-hosting = Hosting
storage-location = Location
storage-certifications = Certifications
storage-special-categories = Sensitive data
storage-place = { $city }, { $country }
exports-body =
    { $special ->
        [yes] When a { -customer } asks for an export of its data, sensitive data included, we hand it over only through servers of { $provider } in { $region }.
       *[no] When a { -customer } asks for an export of its data, we hand it over only through servers of { $provider } in { $region }.
    }

subprocessors-heading = Which sub-processors does { $org } use?
subprocessors-body =
    { $count ->
        [0] { $org } relies on no other company, no sub-processor, for its service.
       *[other] Besides the provider that hosts our systems, { $org } relies on other companies, its sub-processors, for part of its service. Each has signed a data processing agreement with us, and we check that it handles personal data with care and within the law.
    }
subprocessors-transfers = When personal data leaves the European Economic Area (EEA), the transfer rests on a basis the GDPR recognises: a country the European Commission found to protect data adequately, or safeguards such as standard contractual clauses. For each transfer we assess, with the sub-processor, whether the data stays as well protected as it is in the EEA, and add measures where it would not.
subprocessors-notice =
    { $org } announces a new sub-processor, and any change in how one handles personal data, at least { $days ->
        [one] one day
       *[other] { $days } days
    } before it takes effect: on this page, in its list of changes and in its Atom feed. Where an emergency or a legal obligation leaves no time for that, the change says so. Until it takes effect, controllers may object (GDPR Art. 28(2)): write to [our privacy team]({ $contact }).
# After it, where a change still to come was announced before the period grew, with less notice.
subprocessors-notice-since = This period applies to changes announced from { $date }. Some changes still to come were announced before then, with less notice: each gives the day it takes effect and the last day to object.
subprocessors-caption = Sub-processors of { $org }
subprocessors-count =
    { $count ->
        [one] one sub-processor
       *[other] { $count } sub-processors
    }
subprocessors-upcoming-caption = Sub-processors { $org } has announced but not yet engaged
subprocessors-objection = Until an announced sub-processor starts, controllers may object to it (GDPR Art. 28(2)): write to [our privacy team]({ $contact }).
# Above the changes to engaged sub-processors that take effect later, with their dates.
subprocessors-upcoming-changes = Changes to come
# Under them: until when, and how, controllers may object to a change.
subprocessors-upcoming-objection = Controllers may object to a change up to and including the last day to object given with it (GDPR Art. 28(2)): write to [our privacy team]({ $contact }).
subprocessor-name = Sub-processor
subprocessor-personal-data = Processes personal data of your users
subprocessor-outside-eea = Transfer outside the EEA
subprocessor-mechanism = Transfer mechanism
subprocessor-security = Security measures
subprocessor-security-link = Security measures of { $name }
subprocessor-from = from { $date }
subprocessor-object-until = last day to object: { $date }
# Under a sub-processor's name, where the site has several products: the ones it serves.
subprocessor-applies-to = Used for: { $products }
subprocessor-purpose = Purpose
subprocessor-countries = Where data is processed
subprocessor-fallback = { $mechanism }; fallback: { $fallback }

retention-heading = How long does { $org } keep personal data?
retention-body = Unless agreed otherwise, { $org } keeps the personal data of your courses and classes for { $period } { $starts }.
retention-customer-may-change = A { -customer } may agree a different retention period in its data processing agreement.
retention-at-end = When that period is over:
retention-customer-records = Whatever the law requires the { -customer } to keep in its own records, such as proof of mandatory training, remains its own responsibility.

access-heading = Who has access to the data?
access-body = Staff get access to information { $basis }; we review it regularly, following the access-control requirements of { $standard }.
access-training = Every employee is trained in privacy and information security.
access-caption = Who has access at { $org }
access-group = Who
access-level = Access
access-purpose = Why
access-confidentiality = Confidentiality agreement

integrations-heading = How does data flow to and from your systems?
integrations-body = When you connect { $org } to your { $system }, data flows in these directions:
integrations-caption = Data flows with your { $system }
integration-direction = Direction
integration-data = Data
integration-purpose = Purpose
integration-transport = Transport security
integration-authentication = Authentication
integrations-cooperation = We build these connections together with the makers of the systems, so that they are secure and carry no more data than they need.

dpia-heading = Can { $org } help with a DPIA?
dpia-body = The GDPR requires a controller to carry out a data protection impact assessment (DPIA) before processing that is likely to put people's rights and freedoms at high risk. For the data of your courses and classes, { $org } is the processor and each { -customer } the controller.
dpia-factsheet-on-request = To help you with it, we have written a DPIA factsheet, which we send on request.
dpia-factsheet-published = To help you with it, we publish a [DPIA factsheet]({ $link }).
dpia-factsheet-none = We answer the questions of your DPIA on request.

breach-heading = How are data breaches detected and handled?
breach-monitoring = These logging, monitoring and audit systems help us notice a data breach quickly:
breach-notification = If a personal data breach happens, we do what the GDPR requires: { $org } tells the { -customers } it affects without undue delay once it knows of the breach, and where possible within { $hours ->
        [one] one hour
       *[other] { $hours } hours
    }.

visitors-heading = Website visitors and applicants
visitors-body = How { $org } handles personal data as a controller is set out in [its privacy policy]({ $privacy-policy }). Questions? Write to [our privacy team]({ $contact }).
