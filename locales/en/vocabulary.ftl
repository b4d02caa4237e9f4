### Labels for the ids and fixed choices used in content/.

## GDPR Article 5 principles: a title and what it means for us.
# A principle's name before its explanation, with the punctuation the language puts there.
principle-label = { $principle }:
principle-lawfulness-fairness-transparency = Lawfulness, fairness and transparency
principle-lawfulness-fairness-transparency-body = Everything { $org } does with personal data has a legal basis under the GDPR, and we explain it openly to anyone it concerns.
principle-purpose-limitation = Purpose limitation
principle-purpose-limitation-body = We collect data only for specified, explicit and legitimate purposes, and never use it in a way that conflicts with them. Those purposes are set out in our privacy policy and in the data processing agreements with our customers.
principle-data-minimisation = Data minimisation
principle-data-minimisation-body = We keep to the data that is adequate, relevant and necessary for those purposes: what our products and our own organisation need in order to work, and nothing more.
principle-accuracy = Accuracy
principle-accuracy-body = Data must be correct and, where needed, up to date. When personal data turns out to be wrong for the purpose it serves, we correct or erase it without delay.
principle-storage-limitation = Storage limitation
principle-storage-limitation-body = We keep data in a form that identifies people only as long as the purpose requires. Longer storage is possible only for scientific research or statistics, under the technical and organisational safeguards the GDPR demands for people's rights and freedoms.
principle-integrity-confidentiality = Integrity and confidentiality
principle-integrity-confidentiality-body = We protect personal data with appropriate technical and organisational measures against unauthorised or unlawful processing and against accidental loss, destruction or damage.
principle-accountability = Accountability
principle-accountability-body = As controller and as processor alike, { $org } can show that it meets each of these principles.

## How storage is hosted.
hosting-virtual-private-servers = Virtual private servers
processing-frequency-continuous = Continuous, for as long as the service is provided
processing-frequency-one-off = Once
hosting-dedicated-servers = Dedicated servers
hosting-managed-database = Managed database service
hosting-own-data-centre = Own data centre

## Regions.
region-eea = the European Economic Area
region-eu = the European Union

## Transfer mechanisms for data leaving the EEA.
mechanism-standard-contractual-clauses = Standard contractual clauses
mechanism-adequacy-decision = Adequacy decision
mechanism-binding-corporate-rules = Binding corporate rules
mechanism-data-privacy-framework = EU-US Data Privacy Framework
mechanism-uk-addendum = UK addendum to the standard contractual clauses
mechanism-art-49-derogation = Derogation for a specific situation (GDPR Art. 49)

## Retention.
retention-period =
    { $unit ->
        [days]
            { $count ->
                [one] one day
               *[other] { $count } days
            }
        [months]
            { $count ->
                [one] one month
               *[other] { $count } months
            }
       *[years]
            { $count ->
                [one] one year
               *[other] { $count } years
            }
    }
retention-starts-contract-end = after the contract with the { -customer } ends
retention-starts-collection = after the data was collected
retention-starts-last-activity = after the last activity in the account
retention-end-return-to-customer = { $org } hands the personal data over to the { -customer }.
retention-end-delete = { $org } deletes the personal data permanently.
retention-end-anonymise = { $org } anonymises the personal data, so that it no longer identifies anyone.

## Access.
access-basis-need-to-know = on a need-to-know basis
access-basis-role-based = according to each person's role
access-level-full = Full access to our databases
access-level-user-data = Access to the data of your users
access-level-none = No access to your users' data

## Integrations.
direction-inbound = From your { $system } to { $org }
direction-outbound = From { $org } to your { $system }
# candor: same-as-source
transport-tls = TLS (HTTPS)
transport-mutual-tls = Mutual TLS
transport-vpn = VPN
# candor: same-as-source
authentication-saml = SAML
# candor: same-as-source
authentication-oauth2 = OAuth 2.0
# candor: same-as-source
authentication-openid-connect = OpenID Connect
authentication-api-key = API key
authentication-mutual-tls = Client certificate (mutual TLS)

## What a sub-processor does for the organisation (`purpose` in subprocessors.toml). A site
## adds its own as `subprocessor-purpose-<id>`.
subprocessor-purpose-hosting = Hosting and infrastructure
subprocessor-purpose-email-delivery = Sending e-mail
subprocessor-purpose-customer-support = Customer support
subprocessor-purpose-analytics = Product analytics
subprocessor-purpose-crm = Customer relationship management
subprocessor-purpose-communication = Internal communication
subprocessor-purpose-video-calls = Video calls
subprocessor-purpose-payments = Payments
subprocessor-purpose-error-monitoring = Error monitoring
subprocessor-purpose-product-feedback = Product feedback

## The groups the sub-processor table is divided into (`group`). A site adds its own as
## `subprocessor-group-<id>`.
subprocessor-group-infrastructure = Infrastructure
subprocessor-group-service-provider = Service providers
subprocessor-group-affiliate = Affiliates
