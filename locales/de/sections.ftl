### Die Abschnitte der Seite. Längere Texte dürfen Markdown verwenden: *Hervorhebung*, Listen und Links zu einem
### Fakt, etwa [unsere Datenschutzerklärung]({ $privacy-policy }).

intro-heading = Wie gehen wir mit Ihren Daten um?
intro-body =
    { $role ->
        [both] { $org } handelt bei allen Verarbeitungen im Einklang mit der DSGVO: als Verantwortlicher für die eigenen Daten und als Auftragsverarbeiter für die Daten, die es für seine Kunden verarbeitet.
        [processor] { $org } handelt als Auftragsverarbeiter für die Daten, die es für seine Kunden verarbeitet, im Einklang mit der DSGVO.
       *[controller] { $org } handelt als Verantwortlicher für die von ihm verarbeiteten Daten im Einklang mit der DSGVO.
    } Dabei wenden wir die Grundsätze aus Artikel 5 DSGVO an:

processing-heading = Welche Daten verarbeitet { $org } für seine Kunden?
processing-body = Zur Erbringung der Dienstleistung verarbeitet { $org } personenbezogene Daten folgender Personen:
processing-categories = Dazu gehören:
processing-purposes = { $org } verarbeitet diese Daten zu folgenden Zwecken:
processing-special-categories = Ein Teil davon sind *sensible* Daten wie Gesundheitsdaten, also eine besondere Kategorie personenbezogener Daten nach Artikel 9 DSGVO.
processing-agreement = Die vollständige Liste der für Ihre Organisation verarbeiteten Daten ist Bestandteil Ihres Auftragsverarbeitungsvertrags.

control-heading = Wer hat die Kontrolle über die Daten?
control-body-customer = Die Kontrolle über personenbezogene Daten, die { $org } für seine Kunden verarbeitet, liegt stets beim { -customer(case: "dative") }. Er ist der Verantwortliche, { $org } der Auftragsverarbeiter.
control-body-organisation = { $org } ist der Verantwortliche für die personenbezogenen Daten, die es für seine Kunden verarbeitet.

storage-heading = Wo speichert { $org } Ihre Daten?
storage-body = Die in der { $org }-Plattform verarbeiteten Daten werden hauptsächlich hier gespeichert:
storage-caption = Wo die Daten gespeichert werden
storage-provider = Anbieter
# candor: same-as-source
storage-hosting = Hosting
storage-location = Standort
storage-certifications = Zertifizierungen
storage-special-categories = Sensible Daten
storage-place = { $city }, { $country }
exports-body =
    { $special ->
        [yes] Wenn ein { -customer } einen Export seiner Daten einschließlich sensibler Daten anfordert, stellen wir diesen ausschließlich über Server von { $provider } innerhalb { $region } bereit.
       *[no] Wenn ein { -customer } einen Export seiner Daten anfordert, stellen wir diesen ausschließlich über Server von { $provider } innerhalb { $region } bereit.
    }

subprocessors-heading = Welche Unterauftragsverarbeiter setzt { $org } ein?
subprocessors-body =
    { $count ->
        [0] { $org } setzt zur Erbringung der Dienstleistung keinen Unterauftragsverarbeiter ein.
       *[other] Neben dem Hosting-Anbieter setzt { $org } zur Erbringung der Dienstleistung weitere Unterauftragsverarbeiter ein. Jeder von ihnen hat mit uns einen Auftragsverarbeitungsvertrag geschlossen, und wir stellen sicher, dass sie personenbezogene Daten ordnungsgemäß und rechtmäßig verarbeiten.
    }
subprocessors-transfers = Verlassen personenbezogene Daten den Europäischen Wirtschaftsraum (EWR), stützt sich die Übermittlung auf eine anerkannte Grundlage wie Standardvertragsklauseln, und wir verlangen zusätzliche Garantien. Im Einzelfall prüfen wir gemeinsam mit dem Unterauftragsverarbeiter, ob die Daten ein Schutzniveau behalten, das dem im EWR gleichwertig ist.
subprocessors-notice =
    { $org } kündigt einen neuen Unterauftragsverarbeiter und jede Änderung daran, wie einer personenbezogene Daten verarbeitet, mindestens { $days ->
        [one] einen Tag
       *[other] { $days } Tage
    } vor dem Wirksamwerden an: auf dieser Seite, in ihren Änderungen und in ihrem Atom-Feed. Lässt ein Notfall oder eine gesetzliche Pflicht dafür keine Zeit, sagt die Änderung das. Bis zum Wirksamwerden können Verantwortliche Einspruch erheben (Art. 28 Abs. 2 DSGVO): Schreiben Sie an [das Datenschutzteam]({ $contact }).
subprocessors-notice-since = Diese Frist gilt für Änderungen, die ab dem { $date } angekündigt werden. Einige der noch bevorstehenden wurden vorher angekündigt, mit kürzerer Frist: Bei jeder stehen der Tag, an dem sie wirksam wird, und der letzte Tag für einen Einspruch.
subprocessors-caption = Unterauftragsverarbeiter von { $org }
subprocessors-count =
    { $count ->
        [one] ein Unterauftragsverarbeiter
       *[other] { $count } Unterauftragsverarbeiter
    }
subprocessors-upcoming-caption = Angekündigte Unterauftragsverarbeiter von { $org }, noch nicht eingesetzt
subprocessors-objection = Verantwortliche können gegen einen angekündigten Unterauftragsverarbeiter bis zum Tag vor seinem Einsatz Einspruch erheben (Art. 28 Abs. 2 DSGVO): Schreiben Sie an [das Datenschutzteam]({ $contact }).
# Above the changes to engaged sub-processors that take effect later, with their dates.
subprocessors-upcoming-changes = Bevorstehende Änderungen
# Under them: until when, and how, controllers may object to a change.
subprocessors-upcoming-objection = Verantwortliche können gegen eine Änderung Einspruch erheben, bis einschließlich des dabei genannten letzten Tags (Art. 28 Abs. 2 DSGVO): Schreiben Sie an [das Datenschutzteam]({ $contact }).
subprocessor-name = Unterauftragsverarbeiter
subprocessor-personal-data = Verarbeitet personenbezogene Daten Ihrer Nutzer
subprocessor-outside-eea = Übermittlung außerhalb des EWR
subprocessor-mechanism = Übermittlungsgrundlage
subprocessor-security = Sicherheitsmaßnahmen
subprocessor-security-link = Sicherheitsmaßnahmen von { $name }
subprocessor-from = ab { $date }
subprocessor-object-until = letzter Tag für einen Einspruch: { $date }
# Under a sub-processor's name, where the site has several products: the ones it serves.
subprocessor-applies-to = Eingesetzt für: { $products }
subprocessor-purpose = Zweck
subprocessor-countries = Ort der Verarbeitung
subprocessor-fallback = { $mechanism }; ersatzweise: { $fallback }

retention-heading = Wie lange bewahrt { $org } personenbezogene Daten auf?
retention-body = Standardmäßig bewahrt { $org } personenbezogene Daten, die in der { $org }-Plattform verarbeitet werden, bis { $period } { $starts } auf.
retention-customer-may-change = Der { -customer } kann in seinem Auftragsverarbeitungsvertrag eine abweichende Aufbewahrungsfrist vereinbaren.
retention-at-end = Nach Ablauf der Aufbewahrungsfrist:
retention-customer-records = Der { -customer } bleibt dafür verantwortlich, personenbezogene Daten in seiner eigenen Dokumentation so aufzubewahren, wie es die für { -customers } geltenden Gesetze verlangen.

access-heading = Wer hat Zugriff auf die Daten?
access-body = Der Zugriff auf Informationen wird { $basis } gewährt und regelmäßig überprüft, entsprechend den Vorgaben von { $standard } zu Zugriffsrechten.
access-training = Alle Mitarbeiter werden in Datenschutz und Informationssicherheit geschult.
access-caption = Wer bei { $org } Zugriff hat
access-group = Wer
access-level = Zugriff
access-purpose = Warum
access-confidentiality = Vertraulichkeitsvereinbarung

integrations-heading = Wie werden Daten mit Ihren Systemen ausgetauscht?
integrations-body = Wenn die { $org }-Plattform an Ihr { $system } angebunden ist, fließen Daten in folgende Richtungen:
integrations-caption = Datenflüsse mit Ihrem { $system }
integration-direction = Richtung
integration-data = Daten
integration-purpose = Zweck
integration-transport = Transportsicherheit
integration-authentication = Authentifizierung
integrations-cooperation = Wir arbeiten eng mit den Herstellern dieser Systeme zusammen, um unsere Produkte verantwortungsvoll und sicher anzubinden.

dpia-heading = Kann { $org } bei einer Datenschutz-Folgenabschätzung (DSFA) helfen?
dpia-body = Nach der DSGVO muss ein Verantwortlicher eine Datenschutz-Folgenabschätzung (DSFA) durchführen, wenn eine Verarbeitung voraussichtlich ein hohes Risiko für die Rechte und Freiheiten natürlicher Personen zur Folge hat. { $org } verarbeitet diese personenbezogenen Daten als Auftragsverarbeiter; jeder { -customer } ist Verantwortlicher.
dpia-factsheet-on-request = Um Sie bei der Erfüllung dieser Pflicht zu unterstützen, haben wir ein DSFA-Informationsblatt erstellt. Es ist auf Anfrage erhältlich.
dpia-factsheet-published = Um Sie bei der Erfüllung dieser Pflicht zu unterstützen, haben wir ein [DSFA-Informationsblatt]({ $link }) erstellt.
dpia-factsheet-none = Auf Anfrage beantworten wir Ihre Fragen zu Ihrer DSFA.

breach-heading = Wie werden Datenschutzverletzungen erkannt und behandelt?
breach-monitoring = Mit diesen Protokollierungs-, Überwachungs- und Auditsystemen können wir eine Datenschutzverletzung schnell erkennen:
breach-notification = Kommt es zu einer Verletzung des Schutzes personenbezogener Daten, handeln wir so, wie es die DSGVO verlangt: { $org } benachrichtigt die betroffenen { -customers } unverzüglich nach Bekanntwerden der Verletzung und nach Möglichkeit innerhalb { $hours ->
        [one] einer Stunde
       *[other] von { $hours } Stunden
    }.

visitors-heading = Websitebesucher und Bewerber
visitors-body = Wie { $org } personenbezogene Daten als Verantwortlicher verarbeitet, ist in [unserer Datenschutzerklärung]({ $privacy-policy }) beschrieben. Fragen? Wenden Sie sich an [das Datenschutzteam]({ $contact }).
