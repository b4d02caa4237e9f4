### Bezeichnungen für die IDs und festen Auswahlwerte in content/.

## Grundsätze nach Artikel 5 DSGVO: ein Titel und was er für uns bedeutet.
# A principle's name before its explanation, with the punctuation the language puts there.
principle-label = { $principle }:
principle-lawfulness-fairness-transparency = Rechtmäßigkeit, Verarbeitung nach Treu und Glauben, Transparenz
principle-lawfulness-fairness-transparency-body = Jede Verarbeitung personenbezogener Daten durch { $org } beruht auf einer Rechtsgrundlage nach der DSGVO, und wir legen sie allen Betroffenen offen dar.
principle-purpose-limitation = Zweckbindung
principle-purpose-limitation-body = Wir erheben Daten nur für festgelegte, eindeutige und legitime Zwecke und verwenden sie niemals in einer Weise, die mit diesen Zwecken unvereinbar ist. Diese Zwecke sind in unserer Datenschutzerklärung und in den Auftragsverarbeitungsverträgen mit unseren Kunden dargelegt.
principle-data-minimisation = Datenminimierung
principle-data-minimisation-body = Wir beschränken uns auf Daten, die für diese Zwecke angemessen, erheblich und notwendig sind: auf das, was unsere Produkte und unsere eigene Organisation für ihre Arbeit benötigen, und nicht mehr.
principle-accuracy = Richtigkeit
principle-accuracy-body = Daten müssen sachlich richtig und erforderlichenfalls auf dem neuesten Stand sein. Stellt sich heraus, dass personenbezogene Daten im Hinblick auf den Zweck ihrer Verarbeitung unrichtig sind, berichtigen oder löschen wir sie unverzüglich.
principle-storage-limitation = Speicherbegrenzung
principle-storage-limitation-body = Wir speichern Daten in einer Form, welche die Identifizierung von Personen ermöglicht, nur so lange, wie es der Zweck erfordert. Eine längere Speicherung ist nur für wissenschaftliche Forschungszwecke oder statistische Zwecke möglich, und zwar mit den technischen und organisatorischen Schutzmaßnahmen, welche die DSGVO zum Schutz der Rechte und Freiheiten der betroffenen Personen verlangt.
principle-integrity-confidentiality = Integrität und Vertraulichkeit
principle-integrity-confidentiality-body = Wir schützen personenbezogene Daten durch geeignete technische und organisatorische Maßnahmen vor unbefugter oder unrechtmäßiger Verarbeitung sowie vor unbeabsichtigtem Verlust, unbeabsichtigter Zerstörung oder unbeabsichtigter Schädigung.
principle-accountability = Rechenschaftspflicht
principle-accountability-body = Sowohl als Verantwortlicher als auch als Auftragsverarbeiter kann { $org } die Einhaltung jedes dieser Grundsätze nachweisen.

## Wie die Speicherung bereitgestellt wird.
hosting-virtual-private-servers = Virtuelle private Server
processing-frequency-continuous = Fortlaufend, solange die Leistung erbracht wird
processing-frequency-one-off = Einmalig
hosting-dedicated-servers = Dedizierte Server
hosting-managed-database = Verwalteter Datenbankdienst
hosting-own-data-centre = Eigenes Rechenzentrum

## Regionen.
region-eea = des Europäischen Wirtschaftsraums
region-eu = der Europäischen Union

## Übermittlungsgrundlagen für Daten, die den EWR verlassen.
mechanism-standard-contractual-clauses = Standardvertragsklauseln
mechanism-adequacy-decision = Angemessenheitsbeschluss
mechanism-binding-corporate-rules = Verbindliche interne Datenschutzvorschriften
mechanism-data-privacy-framework = EU-US-Datenschutzrahmen (Data Privacy Framework)
mechanism-uk-addendum = UK-Zusatz zu den Standardvertragsklauseln
mechanism-art-49-derogation = Ausnahme für bestimmte Fälle (Art. 49 DSGVO)

## Aufbewahrung.
retention-period =
    { $unit ->
        [days]
            { $count ->
                [one] einen Tag
               *[other] { $count } Tage
            }
        [months]
            { $count ->
                [one] einen Monat
               *[other] { $count } Monate
            }
       *[years]
            { $count ->
                [one] ein Jahr
               *[other] { $count } Jahre
            }
    }
retention-starts-contract-end = nach Ende des Vertrags mit dem { -customer(case: "oblique") }
retention-starts-collection = nach der Erhebung der Daten
retention-starts-last-activity = nach der letzten Aktivität im Benutzerkonto
retention-end-return-to-customer = { $org } übergibt die personenbezogenen Daten an den { -customer(case: "oblique") }.
retention-end-delete = { $org } löscht die personenbezogenen Daten endgültig.
retention-end-anonymise = { $org } anonymisiert die personenbezogenen Daten, sodass sich daraus keine Person mehr identifizieren lässt.

## Zugriff.
access-basis-need-to-know = nach dem Grundsatz „Kenntnis nur bei Bedarf“
access-basis-role-based = auf Grundlage der jeweiligen Rolle
access-level-full = Vollzugriff auf unsere Datenbanken
access-level-user-data = Zugriff auf die Daten Ihrer Nutzer
access-level-none = Kein Zugriff auf die Daten Ihrer Nutzer

## Anbindungen.
direction-inbound = Von Ihrem { $system } an { $org }
direction-outbound = Von { $org } an Ihr { $system }
transport-tls = TLS (HTTPS)
transport-mutual-tls = Gegenseitiges TLS
# candor: same-as-source
transport-vpn = VPN
authentication-saml = SAML
authentication-oauth2 = OAuth 2.0
authentication-openid-connect = OpenID Connect
authentication-api-key = API-Schlüssel
authentication-mutual-tls = Clientzertifikat (gegenseitiges TLS)

## Wofür ein Unterauftragsverarbeiter eingesetzt wird (`purpose`).
subprocessor-purpose-hosting = Hosting und Infrastruktur
subprocessor-purpose-email-delivery = Versand von E-Mails
subprocessor-purpose-customer-support = Kundensupport
subprocessor-purpose-analytics = Produktanalyse
subprocessor-purpose-crm = Kundenbeziehungsmanagement
subprocessor-purpose-communication = Interne Kommunikation
subprocessor-purpose-video-calls = Videoanrufe
subprocessor-purpose-payments = Zahlungen
subprocessor-purpose-error-monitoring = Fehlerüberwachung
subprocessor-purpose-product-feedback = Produkt-Feedback

## Die Gruppen der Tabelle der Unterauftragsverarbeiter (`group`).
subprocessor-group-infrastructure = Infrastruktur
subprocessor-group-service-provider = Dienstleister
subprocessor-group-affiliate = Verbundene Unternehmen
