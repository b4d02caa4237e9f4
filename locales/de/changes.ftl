### Das Änderungsprotokoll und sein Feed: was sich bei jeder Veröffentlichung geändert hat.

changes-title = Änderungen an dieser Seite
changes-intro = Jede Veröffentlichung dieser Seite, die neueste zuerst, und was sie geändert hat.
changes-link = Änderungsverlauf
changes-feed = Änderungen verfolgen (Atom-Feed)
changes-back = Zurück zur Seite
changes-first = Erste Veröffentlichung dieser Seite.
changes-wording = Der Wortlaut wurde geändert, die Fakten nicht.
changes-order = Dieselben Angaben in anderer Reihenfolge: keine davon hat sich geändert.
changes-order-also = Einige Angaben werden außerdem in anderer Reihenfolge aufgeführt.
change-subprocessor-added =
    { $upcoming ->
        [yes] Neuer Unterauftragsverarbeiter ab { $date }: { $name }; Verantwortliche können vorher Einspruch erheben, an { $contact }
        [since] Neuer Unterauftragsverarbeiter: { $name }, eingesetzt seit { $date }
       *[no] Neuer Unterauftragsverarbeiter: { $name }
    }
change-subprocessor-removed = Unterauftragsverarbeiter entfernt: { $name }
change-subprocessor-renamed =
    { $when ->
        [later] Unterauftragsverarbeiter { $was } wird künftig { $name } heißen
       *[now] Unterauftragsverarbeiter { $was } heißt jetzt { $name }
    }
change-personal-data =
    { $now ->
        [yes] { $when ->
            [later] { $name } wird personenbezogene Daten Ihrer Nutzer verarbeiten
           *[now] { $name } verarbeitet jetzt personenbezogene Daten Ihrer Nutzer
        }
       *[no] { $when ->
            [later] { $name } wird keine personenbezogenen Daten Ihrer Nutzer mehr verarbeiten
           *[now] { $name } verarbeitet keine personenbezogenen Daten Ihrer Nutzer mehr
        }
    }
change-outside-eea =
    { $now ->
        [yes] { $when ->
            [later] { $name } wird Daten in Länder außerhalb des EWR übermitteln (Übermittlungsgrundlage: { $mechanism })
           *[now] { $name } übermittelt jetzt Daten in Länder außerhalb des EWR (Übermittlungsgrundlage: { $mechanism })
        }
       *[no] { $when ->
            [later] { $name } wird keine Daten mehr in Länder außerhalb des EWR übermitteln
           *[now] { $name } übermittelt keine Daten mehr in Länder außerhalb des EWR
        }
    }
change-mechanism =
    { $when ->
        [later] { $name }: Übermittlungsgrundlage für Daten außerhalb des EWR ändert sich (künftig: { $mechanism }; bis dahin: { $was })
       *[now] { $name }: Übermittlungsgrundlage für Daten außerhalb des EWR geändert (jetzt: { $mechanism }; vorher: { $was })
    }
change-fallback =
    { $kind ->
        [added] { $when ->
            [later] { $name }: Ersatzgrundlage für Daten außerhalb des EWR kommt hinzu ({ $now })
           *[now] { $name }: Ersatzgrundlage für Daten außerhalb des EWR hinzugekommen (jetzt: { $now })
        }
        [removed] { $when ->
            [later] { $name }: Ersatzgrundlage für Daten außerhalb des EWR entfällt (bis dahin: { $was })
           *[now] { $name }: Ersatzgrundlage für Daten außerhalb des EWR entfallen (vorher: { $was })
        }
       *[changed] { $when ->
            [later] { $name }: Ersatzgrundlage für Daten außerhalb des EWR ändert sich (künftig: { $now }; bis dahin: { $was })
           *[now] { $name }: Ersatzgrundlage für Daten außerhalb des EWR geändert (jetzt: { $now }; vorher: { $was })
        }
    }
change-security-link =
    { $kind ->
        [added] { $when ->
            [later] { $name }: künftig ein Link zu den Sicherheitsmaßnahmen
           *[now] { $name }: neuer Link zu den Sicherheitsmaßnahmen
        }
        [removed] { $when ->
            [later] { $name }: künftig kein Link mehr zu den Sicherheitsmaßnahmen
           *[now] { $name }: kein Link mehr zu den Sicherheitsmaßnahmen
        }
       *[changed] { $when ->
            [later] { $name }: der Link zu den Sicherheitsmaßnahmen ändert sich
           *[now] { $name }: geänderter Link zu den Sicherheitsmaßnahmen
        }
    }
change-effective =
    { $kind ->
        [takes-effect] { $object ->
            [yes] { $name }: Änderungen gelten ab { $date }; Verantwortliche können vorher Einspruch erheben, an { $contact }
           *[no] { $name }: Änderungen gelten ab { $date }
        }
        [took-effect] { $name }: Was für den { $date } angekündigt war, ist an diesem Tag wirksam geworden
        [change-brought-forward] { $name }: Was für den { $was } angekündigt war, wurde vorgezogen und ist am { $date } wirksam geworden
        [change-revised-brought-forward] { $name }: Was für den { $was } angekündigt war, wurde geändert, vorgezogen und ist am { $date } wirksam geworden
        [change-moved] { $object ->
            [yes] { $name }: Der Tag, ab dem Änderungen gelten, wurde vom { $was } auf den { $date } verlegt; Verantwortliche können vorher Einspruch erheben, an { $contact }
           *[no] { $name }: Der Tag, ab dem Änderungen gelten, wurde vom { $was } auf den { $date } verlegt
        }
        [set] { $name }: eingesetzt ab { $date }
        [brought-forward] { $name }: eingesetzt ab { $date }, vorgezogen vom { $was }
        [moved] { $object ->
            [yes] { $name }: Der Beginn des Einsatzes wurde vom { $was } auf den { $date } verlegt; Verantwortliche können vorher Einspruch erheben, an { $contact }
           *[no] { $name }: Der Beginn des Einsatzes wurde vom { $was } auf den { $date } verlegt
        }
       *[dropped] { $name }: sofort eingesetzt statt ab { $was }
    }
change-engagement-with-changes =
    { $object ->
        [yes] { $name }: weiterhin erst ab { $date } eingesetzt, mit diesen Änderungen; Verantwortliche können vorher Einspruch erheben, an { $contact }
       *[no] { $name }: weiterhin erst ab { $date } eingesetzt, mit diesen Änderungen
    }
change-engagement-stands = { $name }: weiterhin erst ab { $date } eingesetzt
change-withdrawn =
    { $kind ->
        [engagement] { $name }: wird nicht wie für den { $date } angekündigt eingesetzt
       *[changes] { $name }: Die für den { $date } angekündigte Änderung ist zurückgenommen
    }
change-withdrawn-part = Vor dem Inkrafttreten am { $date } zurückgenommen: { $change }
change-notice-exception =
    { $reason ->
        [legal-obligation] { $name }: eine Ausnahme von der Ankündigungsfrist, da das Gesetz diese Änderung verlangt
       *[emergency-replacement] { $name }: eine Ausnahme von der Ankündigungsfrist, da damit ein Unterauftragsverarbeiter in einem Notfall ersetzt wird
    }
change-objection-kept = Verantwortliche können gegen { $name } noch bis einschließlich { $date } Einspruch erheben, an { $contact }
change-took-effect-part = Am { $date } wirksam geworden: { $change }
change-storage-added = Daten werden jetzt auch bei { $provider } in { $city } gespeichert
change-storage-now = Daten werden jetzt bei { $provider } in { $city } gespeichert
change-storage-removed = Daten werden nicht mehr bei { $provider } in { $city } gespeichert
change-retention-period = Personenbezogene Daten werden jetzt { $now } statt { $was } aufbewahrt
change-retention-period-restated = Die Aufbewahrungsfrist wird jetzt als { $now } statt { $was } angegeben: dieselbe Dauer
change-retention-starts = Die Aufbewahrungsfrist beginnt jetzt { $now } statt { $was }
change-retention-customer-may-change =
    { $now ->
        [yes] Der { -customer } kann jetzt in seinem Auftragsverarbeitungsvertrag eine abweichende Aufbewahrungsfrist vereinbaren
       *[no] Der { -customer } kann in seinem Auftragsverarbeitungsvertrag keine abweichende Aufbewahrungsfrist mehr vereinbaren
    }
change-retention-at-end = Nach Ablauf der Aufbewahrungsfrist jetzt: { $now } Bisher: { $was }
change-breach-monitoring =
    { $change ->
        [added] Eine Datenschutzverletzung wird jetzt auch erkannt mit: { $added }
        [removed] Eine Datenschutzverletzung wird nicht mehr erkannt mit: { $removed }
       *[both] Eine Datenschutzverletzung wird jetzt auch erkannt mit: { $added }; und nicht mehr mit: { $removed }
    }
change-storage-location =
    { $change ->
        [provider] Die Daten in { $city } speichert jetzt { $provider } statt { $was }
        [place] { $provider } speichert die Daten jetzt in { $city } ({ $country }) statt in { $was-city } ({ $was-country })
        [moved] Die Daten speichert jetzt { $provider } in { $city } ({ $country }) statt { $was } in { $was-city } ({ $was-country })
        [hosting] Die Daten bei { $provider } in { $city } werden jetzt gehostet als: { $now } (bisher: { $was })
        [certifications-added] Speicherung bei { $provider } in { $city }, jetzt auch zertifiziert: { $added }
        [certifications-removed] Speicherung bei { $provider } in { $city }, nicht mehr zertifiziert: { $removed }
        [certifications-both] Speicherung bei { $provider } in { $city }, jetzt auch zertifiziert: { $added }; nicht mehr zertifiziert: { $removed }
        [sensitive-yes] Die bei { $provider } in { $city } gespeicherten Daten umfassen jetzt sensible Daten
       *[sensitive-no] Die bei { $provider } in { $city } gespeicherten Daten umfassen keine sensiblen Daten mehr
    }
change-organisation-renamed = { $was } heißt jetzt { $name }
change-contact = Das Datenschutzteam ist jetzt unter { $now } statt { $was } erreichbar
change-access = { $change ->
        [added] Neu unter den Mitarbeitern aufgeführt: { $group } ({ $level })
        [removed] Nicht mehr unter den Mitarbeitern aufgeführt: { $group }
        [level] { $group }: { $level } (bisher: { $was })
        [agreement-added] { $group }: jetzt mit Vertraulichkeitsvereinbarung
        [agreement-none] { $group }: ohne Vertraulichkeitsvereinbarung
        [agreement-unstated] { $group }: ob eine Vertraulichkeitsvereinbarung besteht, ist nicht mehr angegeben
       *[agreement-removed] { $group }: nicht mehr mit Vertraulichkeitsvereinbarung
    }
change-breach-deadline =
    Eine Verletzung des Schutzes personenbezogener Daten wird jetzt nach Möglichkeit innerhalb von { $now ->
        [one] einer Stunde
       *[other] { $now } Stunden
    } statt { $was ->
        [one] einer Stunde
       *[other] { $was } Stunden
    } gemeldet
change-data-subjects =
    { $change ->
        [added] { $org } verarbeitet jetzt auch Daten von: { $added }
        [removed] { $org } verarbeitet keine Daten mehr von: { $removed }
       *[both] { $org } verarbeitet jetzt auch Daten von: { $added }, aber keine mehr von: { $removed }
    }
change-data-categories =
    { $change ->
        [added] { $org } verarbeitet jetzt auch: { $added }
        [removed] { $org } verarbeitet nicht mehr: { $removed }
       *[both] { $org } verarbeitet jetzt auch: { $added }; aber nicht mehr: { $removed }
    }
change-purposes =
    { $change ->
        [added] { $org } verarbeitet Daten jetzt auch für: { $added }
        [removed] { $org } verarbeitet Daten nicht mehr für: { $removed }
        [stated] { $org } nennt jetzt die Zwecke, für die es Daten verarbeitet: { $added }
        [unstated] { $org } nennt die Zwecke, für die es Daten verarbeitet, nicht mehr (bisher: { $removed })
       *[both] { $org } verarbeitet Daten jetzt auch für: { $added }; und nicht mehr für: { $removed }
    }
change-operations =
    { $change ->
        [added] Was { $org } mit den Daten tut, umfasst jetzt auch: { $added }
        [removed] Was { $org } mit den Daten tut, umfasst nicht mehr: { $removed }
        [stated] { $org } nennt jetzt, was es mit den Daten tut: { $added }
        [unstated] { $org } nennt nicht mehr, was es mit den Daten tut (bisher: { $removed })
       *[both] Was { $org } mit den Daten tut, umfasst jetzt auch: { $added }; und nicht mehr: { $removed }
    }
change-frequency =
    { $change ->
        [stated] { $org } nennt jetzt, wie oft Daten an es übermittelt werden: { $now }
        [unstated] { $org } nennt nicht mehr, wie oft Daten an es übermittelt werden (bisher: { $was })
       *[changed] Wie oft Daten an { $org } übermittelt werden: { $now } (bisher: { $was })
    }
change-notice-days =
    { $change ->
        [stated] { $org } nennt jetzt, dass es einen neuen Unterauftragsverarbeiter oder eine Änderung daran mindestens { $now ->
            [one] einen Tag
           *[other] { $now } Tage
        } vor dem Wirksamwerden ankündigt und Verantwortliche bis dahin Einspruch erheben können
        [unstated] { $org } nennt nicht mehr, wie viele Tage im Voraus es einen neuen Unterauftragsverarbeiter ankündigt (bisher: { $was ->
            [one] einen Tag
           *[other] { $was } Tage
        })
       *[changed] { $org } kündigt einen neuen Unterauftragsverarbeiter oder eine Änderung daran jetzt mindestens { $now ->
            [one] einen Tag
           *[other] { $now } Tage
        } vor dem Wirksamwerden an, statt { $was ->
            [one] einen Tag
           *[other] { $was } Tage
        }
    }
change-purpose =
    { $first ->
        [yes] { $when ->
            [later] Wofür { $name } eingesetzt werden wird, ist jetzt angegeben: { $purpose }
           *[now] Wofür { $name } eingesetzt wird, ist jetzt angegeben: { $purpose }
        }
       *[no] { $when ->
            [later] { $name } wird für einen neuen Zweck eingesetzt werden: { $purpose } (statt: { $was })
           *[now] { $name } wird jetzt für einen neuen Zweck eingesetzt: { $purpose } (statt: { $was })
        }
    }
change-purpose-new =
    { $when ->
        [later] { $name } wird für diesen Zweck eingesetzt werden: { $purpose }
       *[now] { $name } wird für diesen Zweck eingesetzt: { $purpose }
    }
change-purpose-withdrawn =
    { $what ->
        [engagement] Wofür { $name } eingesetzt werden wird, ist nicht mehr angegeben (angekündigt: { $purpose })
       *[changes] Wofür { $name } eingesetzt wird, wird nun doch nicht angegeben (angekündigt: { $purpose })
    }
change-countries =
    { $when ->
        [later] { $name } wird Daten in diesen Ländern verarbeiten: { $countries }
       *[now] { $name } verarbeitet Daten jetzt in: { $countries }
    }{ $difference ->
        [added] {" "}(neu: { $added })
        [left] {" "}(nicht mehr: { $left })
        [both] {" "}(neu: { $added }; nicht mehr: { $left })
       *[none] {""}
    }
change-countries-stated =
    { $when ->
        [later] Wo { $name } Daten verarbeiten wird, ist jetzt angegeben: { $countries }
       *[now] Wo { $name } Daten verarbeitet, ist jetzt angegeben: { $countries }
    }
change-countries-withdrawn =
    { $what ->
        [engagement] Wo { $name } Daten verarbeiten wird, ist nicht mehr angegeben (angekündigt: { $countries })
       *[changes] Wo { $name } Daten verarbeitet, wird nun doch nicht angegeben (angekündigt: { $countries })
    }
change-subprocessor-data =
    { $when ->
        [later] { $lists ->
            [both] { $name } wird verarbeiten: { $categories }; die Daten von: { $subjects }
            [categories] { $name } wird verarbeiten: { $categories }
           *[subjects] { $name } wird die Daten verarbeiten von: { $subjects }
        }
       *[now] { $lists ->
            [both] { $name } verarbeitet: { $categories }; die Daten von: { $subjects }
            [categories] { $name } verarbeitet: { $categories }
           *[subjects] { $name } verarbeitet die Daten von: { $subjects }
        }
    }
change-record =
    { $when ->
        [later] Die Angaben zu { $name } werden sich ändern: { $fields }
       *[now] Die Angaben zu { $name } haben sich geändert: { $fields }
    }
change-record-list =
    { $field }{ $when ->
        [later] { $change ->
            [added] {" "}(neu: { $added })
            [removed] {" "}(nicht mehr: { $removed })
            [stated] {" "}(künftig angegeben: { $added })
            [unstated] {" "}(künftig nicht mehr angegeben; bis dahin: { $removed })
           *[both] {" "}(neu: { $added }; nicht mehr: { $removed })
        }
       *[now] { $change ->
            [added] {" "}(neu: { $added })
            [removed] {" "}(nicht mehr: { $removed })
            [stated] {" "}(jetzt angegeben: { $added })
            [unstated] {" "}(nicht mehr angegeben; bisher: { $removed })
           *[both] {" "}(neu: { $added }; nicht mehr: { $removed })
        }
    }
change-record-value =
    { $field }{ $when ->
        [later] { $change ->
            [stated] {" "}(künftig: { $now })
            [unstated] {" "}(künftig nicht mehr angegeben; bis dahin: { $was })
           *[changed] {" "}(künftig: { $now }; bis dahin: { $was })
        }
       *[now] { $change ->
            [stated] {" "}(jetzt: { $now })
            [unstated] {" "}(nicht mehr angegeben; bisher: { $was })
           *[changed] {" "}(jetzt: { $now }; bisher: { $was })
        }
    }
subprocessor-field-headquarters = Hauptsitz
subprocessor-field-group = Gruppe
subprocessor-field-data-categories = Datenkategorien
subprocessor-field-data-subjects = betroffene Personen
subprocessor-field-address = Anschrift
subprocessor-field-contact = Datenschutzkontakt
subprocessor-field-list = eigene Liste der Unterauftragsverarbeiter
subprocessor-field-applies-to = betroffene Produkte
subprocessor-field-engaged = Beginn des Einsatzes
subprocessor-field-notice-exception = Ausnahme von der Ankündigungsfrist
subprocessor-field-effective = angekündigter Beginn, der verstrichen ist
change-section = Geändert: { $section }
# The headings of the groups an entry of the change log lists its changes in.
changes-group-added = Hinzugekommen
changes-group-removed = Entfallen
changes-group-changed = Geändert
changes-group-withdrawn = Zurückgenommen
changes-group-to-come = Später wirksam
changes-group-upcoming = Angekündigt, noch nicht eingesetzt
change-reworded = Neu formuliert: { $section }
change-reworded-original = Im Original neu formuliert, in dieser Übersetzung noch nicht: { $section }
change-reworded-original-checked = Im Original neu formuliert; diese Übersetzung wurde damit abgeglichen und sagt weiterhin dasselbe: { $section }
change-reworded-original-restored = Im Original zu dem Wortlaut zurück formuliert, dem diese Übersetzung folgt: { $section }
change-reworded-other =
    { $state ->
        [original] Weiterer Text der Seite wurde im Original neu formuliert, in dieser Übersetzung noch nicht.
       *[reworded] Weiterer Text der Seite wurde neu formuliert.
    }
change-reworded-elsewhere =
    { $state ->
        [original] { $where ->
            [notices] Der Wortlaut der Mitteilungen an Verantwortliche wurde im Original geändert, in dieser Übersetzung noch nicht.
            [review] Der Wortlaut der Prüfseiten wurde im Original geändert, in dieser Übersetzung noch nicht.
           *[changes] Der Wortlaut des Änderungsprotokolls und seines Feeds wurde im Original geändert, in dieser Übersetzung noch nicht.
        }
       *[reworded] { $where ->
            [notices] Der Wortlaut der Mitteilungen an Verantwortliche wurde geändert.
            [review] Der Wortlaut der Prüfseiten wurde geändert.
           *[changes] Der Wortlaut des Änderungsprotokolls und seines Feeds wurde geändert.
        }
    }
feed-title = { $org }: Änderungen beim Umgang mit Ihren Daten
feed-entry-title = Änderungen vom { $date }
feed-entry-first = Erste Veröffentlichung, { $date }
# The date of a second or later publication on one day, wherever a publication is named by its date.
publication-again = { $date } ({ $nth }. Veröffentlichung des Tages)
revision-again = { $date } ({ $nth }. Überarbeitung des Tages)
archive-link = Frühere Fassungen
archive-title = Frühere Fassungen dieser Seite
archive-intro = Jede veröffentlichte Fassung dieser Seite bleibt unter ihrer eigenen Adresse lesbar.
archive-read = Die Fassung vom { $date } lesen
archive-notice = Dies ist die am { $date } veröffentlichte Fassung dieser Seite, aufbewahrt zur Dokumentation.
archive-current = Zur aktuellen Fassung.
archive-notice-current = Dies ist die am { $date } veröffentlichte Fassung dieser Seite: die aktuelle Fassung.
archive-superseded = Am { $date } durch eine neuere Fassung ersetzt.
archive-translated-later = Diese Übersetzung entstand später: An diesem Tag war die Seite nicht in dieser Sprache veröffentlicht.
archive-translated-added = Diese Übersetzung entstand später: In dieser Sprache war die Seite ab dem { $date } veröffentlicht.
archive-words-later = Diese Veröffentlichung hat den Wortlaut dieser Übersetzung nicht aufgezeichnet: Diese Kopie gibt ihre Angaben im heutigen Wortlaut wieder.
archive-terms-later = Diese Veröffentlichung hat nicht aufgezeichnet, wie diese Übersetzung die Kundschaft und deren Nutzer nennt: Diese Kopie nennt sie so, wie die Veröffentlichung vom { $date } sie aufgezeichnet hat.
archive-terms-today = Diese Veröffentlichung hat nicht aufgezeichnet, wie diese Übersetzung die Kundschaft und deren Nutzer nennt: Diese Kopie nennt sie im heutigen Wortlaut.
archive-translation-revised = Diese Übersetzung wurde nach der Veröffentlichung dieser Fassung überarbeitet, zuletzt am { $date }; diese Kopie bewahrt den Wortlaut, mit dem sie veröffentlicht wurde.
archive-revision-notice = Diese Kopie bewahrt diese Übersetzung in der am { $date } überarbeiteten Fassung: den Wortlaut, den ihre Seite ab diesem Tag zeigte.
archive-revision-later = Die am { $date } erneut überarbeitete Fassung lesen.
archive-revisions = Jeder seither gezeigte Wortlaut dieser Übersetzung, so bewahrt, wie er lautete:
archive-revised-on = Überarbeitet am { $date }
translation-revised = Diese Übersetzung wurde am { $date } überarbeitet, nach der Veröffentlichung dieser Fassung.
translation-as-published = Die Fassung mit dem veröffentlichten Wortlaut lesen.
changes-translation-revised = Diese Übersetzung wurde nach der Veröffentlichung dieser Fassung überarbeitet, zuletzt am { $date }.
archive-is-current = (aktuelle Fassung)
publication-fingerprint = Fingerabdruck dieser Veröffentlichung:
publication-canonical = Die Datei, aus der dieser Fingerabdruck berechnet wird (JSON)
archive-history = Jede Veröffentlichung mit ihrem Fingerabdruck, zum Prüfen (JSON)
review-draft = Entwurf zur Prüfung: nicht veröffentlicht.
review-placeholders =
    { $count ->
        [one] Ein Wert in diesem Entwurf ist ein erfundenes Beispiel von candor init und wird wie eine Tatsache gezeigt.
       *[other] { $count } Werte in diesem Entwurf sind erfundene Beispiele von candor init und werden wie Tatsachen gezeigt.
    } Er kann erst veröffentlicht werden, wenn jeder ersetzt ist.
review-day = Datiert, als würde es am { $date } veröffentlicht. Sein Fingerabdruck ist der dieses Entwurfs: Die Veröffentlichung hat ihren eigenen, da ein Fingerabdruck auch den Zeitpunkt der Veröffentlichung umfasst.
review-since = Änderungen seit der Veröffentlichung vom { $date }
review-since-revised = Änderungen seit der Veröffentlichung vom { $date }, in der am { $revised } überarbeiteten Übersetzung
review-since-added = Änderungen seit der Veröffentlichung vom { $date }, wie in dieser Sprache ab dem { $added } veröffentlicht
review-first = Noch nicht veröffentlicht: alles ist neu.
review-not-since = Nicht in der letzten Veröffentlichung: zuletzt am { $date } in dieser Sprache veröffentlicht. Alles ist zu prüfen.
review-none = Seit der letzten Veröffentlichung hat sich nichts geändert.
review-stale-cleared = Die Übersetzung folgt wieder dem Original: { $section }
review-ins-start = Einfügung:
review-ins-end = Ende der Einfügung
review-del-start = Streichung:
review-del-end = Ende der Streichung
review-changed = Geändert
review-added = Neu
review-removed = Entfernt

# Die Mitteilung an Verantwortliche zu einer Veröffentlichung, die einen
# Unterauftragsverarbeiter einsetzt oder ändert (<lang>/notices/<id>/).
notice-subject = { $org }: Vorabinformation über Änderungen bei unseren Unterauftragsverarbeitern, { $date }
notice-intro = { $org } setzt Unterauftragsverarbeiter ein, die personenbezogene Daten in Ihrem Auftrag verarbeiten. Wie Art. 28 Abs. 2 DSGVO es verlangt, informieren wir Sie über die folgenden Änderungen, jeweils mit dem Tag, an dem sie wirksam werden, damit Sie Einspruch erheben können.
notice-subject-withdrawn = { $org }: angekündigte Änderungen bei unseren Unterauftragsverarbeitern zurückgenommen, { $date }
notice-intro-withdrawn = { $org } hat Sie vorab über Änderungen bei Unterauftragsverarbeitern informiert, damit Sie Einspruch erheben konnten. Mitgeteilte Änderungen werden nicht wie angekündigt wirksam.
notice-intro-removed =
    { $org } hat Sie vorab über Änderungen bei Unterauftragsverarbeitern informiert, damit Sie Einspruch erheben konnten. { $count ->
        [one] Einen davon betroffenen Unterauftragsverarbeiter setzt es nicht mehr ein: Er wird
       *[other] { $count } davon betroffene Unterauftragsverarbeiter setzt es nicht mehr ein: Sie werden
    } zum angegebenen Tag entfernt, und mitgeteilte Änderungen werden nicht wirksam.
notice-intro-removed-kept =
    { $org } hat Sie über Änderungen bei Unterauftragsverarbeitern informiert, die vor dem letzten Tag für Ihren Einspruch wirksam wurden. { $count ->
        [one] Einen davon betroffenen Unterauftragsverarbeiter setzt es nicht mehr ein: Er wird zum angegebenen Tag entfernt, und der letzte Tag für einen Einspruch gegen ihn entfällt.
       *[other] { $count } davon betroffene Unterauftragsverarbeiter setzt es nicht mehr ein: Sie werden zum angegebenen Tag entfernt, und die letzten Tage für einen Einspruch gegen sie entfallen.
    }
notice-subject-at-once = { $org }: Information über Änderungen bei unseren Unterauftragsverarbeitern, { $date }
notice-intro-at-once =
    { $since ->
        [yes] { $org } setzt Unterauftragsverarbeiter ein, die personenbezogene Daten in Ihrem Auftrag verarbeiten. Wie Art. 28 Abs. 2 DSGVO es verlangt, informieren wir Sie über die folgenden Änderungen; jede ist ab dem angegebenen Tag wirksam, und Sie können dennoch Einspruch dagegen erheben.
       *[no] { $org } setzt Unterauftragsverarbeiter ein, die personenbezogene Daten in Ihrem Auftrag verarbeiten. Wie Art. 28 Abs. 2 DSGVO es verlangt, informieren wir Sie über die folgenden Änderungen; sie werden sofort wirksam, und Sie können dennoch Einspruch dagegen erheben.
    }
notice-intro-told = { $org } hat Sie vorab über Änderungen bei Unterauftragsverarbeitern informiert. Das hat sich seitdem geändert, jeweils mit dem Tag, an dem es wirksam wird; es enthält nichts Neues, wogegen Sie Einspruch erheben könnten.
notice-takes-effect = Wirksam ab { $date }.
notice-in-effect-since = Wirksam seit { $date }.
notice-object-until = Letzter Tag für einen Einspruch: { $date }.
notice-objection-ended = Der zuvor genannte letzte Tag für einen Einspruch, der { $date }, entfällt.
notice-exception =
    { $reason ->
        [legal-obligation] Eine Ausnahme von unserer Ankündigungsfrist: Das Gesetz verlangt diese Änderung.
       *[emergency-replacement] Eine Ausnahme von unserer Ankündigungsfrist: Damit wird ein Unterauftragsverarbeiter in einem Notfall ersetzt.
    }
notice-how = Für einen Einspruch oder Fragen schreiben Sie an { $contact }.
notice-how-withdrawn = Bei Fragen schreiben Sie an { $contact }.
notice-page = Die aktuelle Liste der Unterauftragsverarbeiter: { $url }
notice-fingerprint = Veröffentlichung vom { $date }, Fingerabdruck { $fingerprint }.
notice-stale = Teile dieser Übersetzung sind einer Änderung des Originals noch nicht gefolgt: Wo beide voneinander abweichen, gilt das Original.
notice-event-start =
    { $kind ->
        [engaged] { $name }: eingesetzt ab diesem Tag
        [removed] { $name }: ab diesem Tag nicht mehr eingesetzt
       *[changes] { $name }: Die Änderung wird wirksam
    }
notice-event-objection = { $name }: Letzter Tag für einen Einspruch
notice-event-cancelled = Abgesagt: { $event }
notice-link = Mitteilung an Verantwortliche:
notice-format-email = E-Mail (.eml)
