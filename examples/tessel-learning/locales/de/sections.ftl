### Die Abschnitte der Seite. Längere Texte dürfen Markdown verwenden: *Hervorhebung*, Listen
### und Links zu einem Fakt, etwa [unsere Datenschutzerklärung]({ $privacy-policy }).

intro-heading = Wie gehen wir mit Ihren Daten um?
intro-body =
    { $role ->
        [both] { $org } hält sich bei allem, was es mit personenbezogenen Daten tut, an die DSGVO: als Verantwortlicher für die Daten, die es für sich selbst erhebt, und als Auftragsverarbeiter für die Daten, die es für seine Kunden verarbeitet.
        [processor] { $org } hält sich als Auftragsverarbeiter für die Daten, die es für seine Kunden verarbeitet, an die DSGVO.
       *[controller] { $org } hält sich als Verantwortlicher für die Daten, die es verarbeitet, an die DSGVO.
    } Nach diesen Grundsätzen aus Artikel 5 DSGVO arbeiten wir:

processing-heading = Welche Daten verarbeitet { $org } für seine Kunden?
processing-body = Für seine Kurse und Schulungen verarbeitet { $org } personenbezogene Daten von:
processing-categories = Und zwar:
processing-purposes = { $org } verarbeitet diese Daten zu folgenden Zwecken:
processing-special-categories = Ein Teil davon sind *sensible* Daten, eine besondere Kategorie personenbezogener Daten nach Artikel 9 DSGVO.
processing-agreement = Ihr Auftragsverarbeitungsvertrag führt vollständig auf, welche Daten wir für Ihre Organisation verarbeiten.

control-heading = Wer hat die Kontrolle über die Daten?
control-body-customer = Die personenbezogenen Daten, die { $org } für einen { -customer(case: "oblique") } verarbeitet, bleiben unter der Kontrolle dieses { -customer(case: "oblique") }: Der { -customer } ist der Verantwortliche, { $org } sein Auftragsverarbeiter.
control-body-organisation = { $org } ist der Verantwortliche für die personenbezogenen Daten, die es für seine Kunden verarbeitet.

storage-heading = Wo speichert { $org } Ihre Daten?
storage-body = Die Daten Ihrer Kurse und Schulungen werden an diesen Orten gespeichert:
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
        [yes] Fordert ein { -customer } einen Export seiner Daten an, auch der sensiblen, übergeben wir ihn ausschließlich über Server von { $provider } innerhalb { $region }.
       *[no] Fordert ein { -customer } einen Export seiner Daten an, übergeben wir ihn ausschließlich über Server von { $provider } innerhalb { $region }.
    }

subprocessors-heading = Welche Unterauftragsverarbeiter setzt { $org } ein?
subprocessors-body =
    { $count ->
        [0] { $org } stützt sich für seine Leistung auf kein weiteres Unternehmen, keinen Unterauftragsverarbeiter.
       *[other] Neben dem Anbieter, der unsere Systeme betreibt, stützt sich { $org } für einen Teil seiner Leistung auf weitere Unternehmen, seine Unterauftragsverarbeiter. Jedes von ihnen hat mit uns einen Auftragsverarbeitungsvertrag geschlossen, und wir prüfen, dass es personenbezogene Daten sorgfältig und rechtmäßig behandelt.
    }
subprocessors-transfers = Verlassen personenbezogene Daten den Europäischen Wirtschaftsraum (EWR), stützt sich die Übermittlung auf eine Grundlage, die die DSGVO anerkennt: ein Land, dem die Europäische Kommission ein angemessenes Schutzniveau bescheinigt hat, oder Garantien wie Standardvertragsklauseln. Für jede Übermittlung prüfen wir gemeinsam mit dem Unterauftragsverarbeiter, ob die Daten so gut geschützt bleiben wie im EWR, und ergänzen Maßnahmen, wo sie es nicht wären.
subprocessors-notice =
    { $org } kündigt einen neuen Unterauftragsverarbeiter und jede Änderung daran, wie einer personenbezogene Daten verarbeitet, mindestens { $days ->
        [one] einen Tag
       *[other] { $days } Tage
    } vor dem Wirksamwerden an: auf dieser Seite, in ihren Änderungen und in ihrem Atom-Feed. Lässt ein Notfall oder eine gesetzliche Pflicht dafür keine Zeit, sagt die Änderung das. Bis zum Wirksamwerden können Verantwortliche Einspruch erheben (Art. 28 Abs. 2 DSGVO): Schreiben Sie an [unser Datenschutzteam]({ $contact }).
subprocessors-notice-since = Diese Frist gilt für Änderungen, die ab dem { $date } angekündigt werden. Einige der noch bevorstehenden wurden vorher angekündigt, mit kürzerer Frist: Bei jeder stehen der Tag, an dem sie wirksam wird, und der letzte Tag für einen Einspruch.
subprocessors-caption = Unterauftragsverarbeiter von { $org }
subprocessors-count =
    { $count ->
        [one] ein Unterauftragsverarbeiter
       *[other] { $count } Unterauftragsverarbeiter
    }
subprocessors-upcoming-caption = Unterauftragsverarbeiter, die { $org } angekündigt, aber noch nicht eingesetzt hat
subprocessors-objection = Bis ein angekündigter Unterauftragsverarbeiter seine Arbeit aufnimmt, können Verantwortliche Einspruch gegen ihn erheben (Art. 28 Abs. 2 DSGVO): Schreiben Sie an [unser Datenschutzteam]({ $contact }).
# Above the changes to engaged sub-processors that take effect later, with their dates.
subprocessors-upcoming-changes = Bevorstehende Änderungen
# Under them: until when, and how, controllers may object to a change.
subprocessors-upcoming-objection = Verantwortliche können gegen eine Änderung Einspruch erheben, bis einschließlich des dabei genannten letzten Tags (Art. 28 Abs. 2 DSGVO): Schreiben Sie an [unser Datenschutzteam]({ $contact }).
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
retention-body = Sofern nichts anderes vereinbart ist, bewahrt { $org } die personenbezogenen Daten Ihrer Kurse und Schulungen { $period } { $starts } auf.
retention-customer-may-change = Ein { -customer } kann in seinem Auftragsverarbeitungsvertrag eine andere Aufbewahrungsfrist vereinbaren.
retention-at-end = Wenn diese Frist abgelaufen ist:
retention-customer-records = Was der { -customer } nach dem Gesetz in seinen eigenen Unterlagen aufbewahren muss, etwa den Nachweis vorgeschriebener Schulungen, bleibt in seiner Verantwortung.

access-heading = Wer hat Zugriff auf die Daten?
access-body = Mitarbeiter erhalten Zugriff auf Informationen { $basis }; wir überprüfen ihn regelmäßig nach den Anforderungen von { $standard } an die Zugriffssteuerung.
access-training = Alle Mitarbeiter werden in Datenschutz und Informationssicherheit geschult.
access-caption = Wer bei { $org } Zugriff hat
access-group = Wer
access-level = Zugriff
access-purpose = Warum
access-confidentiality = Vertraulichkeitsvereinbarung

integrations-heading = Wie fließen Daten zu und von Ihren Systemen?
integrations-body = Wenn Sie { $org } mit Ihrem { $system } verbinden, fließen Daten in diese Richtungen:
integrations-caption = Datenflüsse mit Ihrem { $system }
integration-direction = Richtung
integration-data = Daten
integration-purpose = Zweck
integration-transport = Transportsicherheit
integration-authentication = Authentifizierung
integrations-cooperation = Wir bauen diese Verbindungen gemeinsam mit den Herstellern der Systeme, damit sie sicher sind und nicht mehr Daten übertragen als nötig.

dpia-heading = Kann { $org } bei einer Datenschutz-Folgenabschätzung (DSFA) helfen?
dpia-body = Die DSGVO verlangt von einem Verantwortlichen eine Datenschutz-Folgenabschätzung (DSFA), bevor er Daten auf eine Weise verarbeitet, die voraussichtlich ein hohes Risiko für die Rechte und Freiheiten von Menschen mit sich bringt. Für die Daten Ihrer Kurse und Schulungen ist { $org } der Auftragsverarbeiter und jeder { -customer } der Verantwortliche.
dpia-factsheet-on-request = Als Hilfe dafür haben wir ein DSFA-Informationsblatt geschrieben, das wir auf Anfrage zusenden.
dpia-factsheet-published = Als Hilfe dafür veröffentlichen wir ein [DSFA-Informationsblatt]({ $link }).
dpia-factsheet-none = Die Fragen Ihrer DSFA beantworten wir auf Anfrage.

breach-heading = Wie werden Datenschutzverletzungen erkannt und behandelt?
breach-monitoring = Mit diesen Protokollierungs-, Überwachungs- und Auditsystemen bemerken wir eine Datenschutzverletzung schnell:
breach-notification = Kommt es zu einer Verletzung des Schutzes personenbezogener Daten, tun wir, was die DSGVO verlangt: { $org } benachrichtigt die betroffenen { -customers } unverzüglich, sobald es von der Verletzung weiß, und nach Möglichkeit innerhalb { $hours ->
        [one] einer Stunde
       *[other] von { $hours } Stunden
    }.

visitors-heading = Websitebesucher und Bewerber
visitors-body = Wie { $org } als Verantwortlicher mit personenbezogenen Daten umgeht, steht in [seiner Datenschutzerklärung]({ $privacy-policy }). Fragen? Schreiben Sie an [unser Datenschutzteam]({ $contact }).
