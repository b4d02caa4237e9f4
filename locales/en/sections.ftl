### The sections of the page. Longer texts may use Markdown: *emphasis*, lists and links to a
### fact, such as [our privacy policy]({ $privacy-policy }).

intro-heading = How do we handle your data?
intro-body =
    { $role ->
        [both] { $org } complies with the GDPR in all of its processing: as the controller of its own data, and as a processor of the data it handles for its customers.
        [processor] { $org } complies with the GDPR as a processor of the data it handles for its customers.
       *[controller] { $org } complies with the GDPR as the controller of the data it handles.
    } We apply the principles of Article 5 of the GDPR:

processing-heading = What data does { $org } process for its customers?
processing-body = To deliver its service, { $org } processes personal data of:
processing-categories = This includes:
processing-purposes = { $org } processes this data for these purposes:
processing-special-categories = Some of it is *sensitive* data, such as health data: a special category of personal data under Article 9 of the GDPR.
processing-agreement = The complete list of data processed for your organisation is part of your data processing agreement.

control-heading = Who controls the data?
control-body-customer = Personal data that { $org } processes for its customers always stays under the control of the { -customer }, who is the controller. { $org } is the processor.
control-body-organisation = { $org } is the controller of the personal data it processes for its customers.

storage-heading = Where does { $org } store your data?
storage-body = The data processed in the { $org } platform is mainly stored here:
storage-caption = Where the data is stored
storage-provider = Provider
storage-hosting = Hosting
storage-location = Location
storage-certifications = Certifications
storage-special-categories = Sensitive data
storage-place = { $city }, { $country }
exports-body =
    { $special ->
        [yes] When a { -customer } asks for an export of its data, sensitive data included, we share it through servers of { $provider } in { $region } only.
       *[no] When a { -customer } asks for an export of its data, we share it through servers of { $provider } in { $region } only.
    }

subprocessors-heading = Which sub-processors does { $org } use?
subprocessors-body =
    { $count ->
        [0] { $org } engages no sub-processor to deliver its service.
       *[other] Besides its hosting provider, { $org } engages other sub-processors to deliver its service. Each of them has signed a data processing agreement with us, and we make sure they handle personal data properly and lawfully.
    }
subprocessors-transfers = Where personal data leaves the European Economic Area (EEA), the transfer rests on a recognised mechanism, such as standard contractual clauses, and we require additional safeguards. Case by case, and together with the sub-processor, we check that the data keeps a level of protection equivalent to that in the EEA.
subprocessors-notice =
    { $org } announces a new sub-processor, and any change in how one handles personal data, at least { $days ->
        [one] one day
       *[other] { $days } days
    } before it takes effect: on this page, in its list of changes and in its Atom feed. Where an emergency or a legal obligation leaves no time for that, the change says so. Until it takes effect, controllers may object (GDPR Art. 28(2)): write to [the privacy team]({ $contact }).
# After it, where a change still to come was announced before the period grew, with less notice.
subprocessors-notice-since = This period applies to changes announced from { $date }. Some changes still to come were announced before then, with less notice: each gives the day it takes effect and the last day to object.
subprocessors-caption = Sub-processors of { $org }
subprocessors-count =
    { $count ->
        [one] one sub-processor
       *[other] { $count } sub-processors
    }
subprocessors-upcoming-caption = Announced sub-processors of { $org }, not yet engaged
subprocessors-objection = Controllers may object to an announced sub-processor until the day before it is engaged (GDPR Art. 28(2)): write to [the privacy team]({ $contact }).
# Above the changes to engaged sub-processors that take effect later, with their dates.
subprocessors-upcoming-changes = Changes to come
# Under them: until when, and how, controllers may object to a change.
subprocessors-upcoming-objection = Controllers may object to a change up to and including the last day to object given with it (GDPR Art. 28(2)): write to [the privacy team]({ $contact }).
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
retention-body = By default, { $org } keeps personal data processed in the { $org } platform for { $period } { $starts }.
retention-customer-may-change = The { -customer } may agree a different retention period in its data processing agreement.
retention-at-end = When the retention period ends:
retention-customer-records = The { -customer } remains responsible for keeping personal data in its own records, as the laws that apply to { -customers } require.

access-heading = Who has access to the data?
access-body = Access to information is granted { $basis } and reviewed regularly, following the access-rights principle of { $standard }.
access-training = All employees are trained in privacy and information security.
access-caption = Who has access at { $org }
access-group = Who
access-level = Access
access-purpose = Why
access-confidentiality = Confidentiality agreement

integrations-heading = How does data flow to and from your systems?
integrations-body = When the { $org } platform is connected to your { $system }, data flows in these directions:
integrations-caption = Data flows with your { $system }
integration-direction = Direction
integration-data = Data
integration-purpose = Purpose
integration-transport = Transport security
integration-authentication = Authentication
integrations-cooperation = We work closely with the makers of these systems to connect our products responsibly and securely.

dpia-heading = Can { $org } help with a DPIA?
dpia-body = Under the GDPR, a controller must carry out a data protection impact assessment (DPIA) when processing is likely to result in a high risk to people's rights and freedoms. { $org } processes this personal data as a processor; each { -customer } is a controller.
dpia-factsheet-on-request = To help you meet this obligation, we have written a DPIA factsheet. It is available on request.
dpia-factsheet-published = To help you meet this obligation, we have written a [DPIA factsheet]({ $link }).
dpia-factsheet-none = We answer your questions for your DPIA on request.

breach-heading = How are data breaches detected and handled?
breach-monitoring = These logging, monitoring and audit systems let us detect a data breach quickly:
breach-notification = If a personal data breach occurs, we act as the GDPR requires: { $org } notifies the affected { -customers } without undue delay after becoming aware of it, and where feasible within { $hours ->
        [one] one hour
       *[other] { $hours } hours
    }.

visitors-heading = Website visitors and applicants
visitors-body = How { $org } processes personal data as a controller is described in [its privacy policy]({ $privacy-policy }). Questions? Contact [the privacy team]({ $contact }).
