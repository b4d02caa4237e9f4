### Die Anlage (<lang>/annex/): die Angaben der Seite nach dem Muster von Anhang I.B und
### Anhang III der Standardvertragsklauseln (Durchführungsbeschluss (EU) 2021/914 der Kommission),
### ein Dokument zum Auftragsverarbeitungsvertrag. Sie nennt die Klauseln, gibt sie aber nie
### wieder und ändert sie nie. Ihre übrigen Wörter sind die der Seite (die Meldungen der Abschnitte).

annex-title = Anlage zum Auftragsverarbeitungsvertrag mit { $org }
# Der Link zur Anlage, am Fuß der Seite.
annex-link = Anlage zum Auftragsverarbeitungsvertrag (zum Ausdrucken)
# Above an annex whose words changed in the original since this translation was made.
annex-stale-notice = Diese Anlage wurde im Original geändert, seit sie übersetzt wurde. Bis die Übersetzung aktualisiert ist, gilt die Originalfassung:
# Der Link zur Anlage einer früheren Veröffentlichung, im Archiv.
annex-of = Anlage vom { $date }
annex-revised-on = Anlage, überarbeitet am { $date }
annex-intro = Diese Anlage enthält die Angaben zur Verarbeitung, die { $org } für seine { -customers } durchführt: die Beschreibung der Verarbeitung nach dem Muster von Anhang I.B und die Liste der Unterauftragsverarbeiter nach dem Muster von Anhang III der Standardvertragsklauseln (Durchführungsbeschluss (EU) 2021/914 der Kommission). Sie enthält nur diese Angaben; die Klauseln selbst gibt sie weder wieder, noch ändert sie sie.
annex-match = Sie sagt mit denselben Worten, was die öffentliche Seite von { $org } in der Veröffentlichung vom { $date } sagte. Der Fingerabdruck bezeichnet diese Veröffentlichung, sodass sich eine unterschriebene Ausfertigung ihr zuordnen lässt.
annex-made-later = Die an diesem Tag veröffentlichte Seite hatte keine Anlage: Diese wurde später aus den Angaben dieser Veröffentlichung erstellt, im heutigen Wortlaut. Der Fingerabdruck bezeichnet diese Veröffentlichung.
annex-match-revised = Sie gibt wieder, was die öffentliche Seite von { $org } in der Veröffentlichung vom { $date } sagte, in dieser Übersetzung in der am { $revised } überarbeiteten Fassung; die Anlage mit dem Wortlaut, mit dem diese Übersetzung veröffentlicht wurde, bewahrt das Archiv. Der Fingerabdruck bezeichnet diese Veröffentlichung.
# Am Rand jeder gedruckten Seite.
annex-publication = Veröffentlichung vom { $date }
annex-publication-revised = Veröffentlichung vom { $date }, Übersetzung überarbeitet am { $revised }

## Was das Dokument bezeichnet.
annex-identification = Dieses Dokument
# candor: same-as-source
annex-organisation = Organisation
annex-language = Sprache
annex-date = Veröffentlichung
annex-revised = Übersetzung überarbeitet
annex-fingerprint = Fingerabdruck
annex-canonical = Berechnet aus
annex-page = Öffentliche Seite
annex-archived = Dies ist die Anlage der Veröffentlichung vom { $date }, aufbewahrt zur Dokumentation.
annex-archived-current = Dies ist die Anlage der Veröffentlichung vom { $date }: die aktuelle.
annex-current = Zur aktuellen Anlage.

## Anhang I.B.
annex-processing-heading = Beschreibung der Verarbeitung (Anhang I.B)
annex-processing-caption = Was { $org } verarbeitet, wessen Daten es sind und wie lange sie aufbewahrt werden
annex-controller = Verantwortlicher und Auftragsverarbeiter
annex-subjects = Kategorien betroffener Personen
annex-categories = Kategorien personenbezogener Daten
annex-sensitive = Sensible Daten
annex-sensitive-yes = Ja: besondere Kategorien personenbezogener Daten (Art. 9 DSGVO)
annex-sensitive-no = Keine besonderen Kategorien personenbezogener Daten (Art. 9 DSGVO)
annex-purposes = Zwecke der Verarbeitung
annex-operations = Art der Verarbeitung
annex-frequency = Häufigkeit der Übermittlung
annex-safeguards = Beschränkungen und Garantien
annex-access-group = { $group }:
annex-access = { $level }, { $agreement ->
        [yes] mit Vertraulichkeitsvereinbarung
        [no] ohne Vertraulichkeitsvereinbarung
       *[not-stated] Vertraulichkeitsvereinbarung nicht angegeben
    }
annex-storage = Ort der Speicherung
annex-retention = Aufbewahrung
annex-subprocessors-row = Unterauftragsverarbeiter
annex-subprocessors-see =
    { $count ->
        [0] Keiner.
        [one] Ein Unterauftragsverarbeiter, unten in Anhang III aufgeführt mit den Daten, die er erhält, und dem Ort, an dem er sie verarbeitet, soweit angegeben.
       *[other] { $count } Unterauftragsverarbeiter, unten in Anhang III aufgeführt, jeder mit den Daten, die er erhält, und dem Ort, an dem er sie verarbeitet, soweit angegeben.
    }

## Anhang III.
annex-subprocessors-heading = Liste der Unterauftragsverarbeiter (Anhang III)
annex-subprocessors-intro =
    { $count ->
        [0] { $org } setzt keinen Unterauftragsverarbeiter ein.
        [one] Der Unterauftragsverarbeiter, den { $org } einsetzt, mit Anschrift, Kontakt und einer Beschreibung seiner Verarbeitung, soweit angegeben.
       *[other] Die { $count } Unterauftragsverarbeiter, die { $org } einsetzt, jeder mit Anschrift, Kontakt und einer Beschreibung seiner Verarbeitung, soweit angegeben.
    }
annex-address = Anschrift
annex-headquarters = Hauptsitz
annex-contact = Kontakt für den Datenschutz
annex-description = Beschreibung der Verarbeitung
annex-group = Gruppe
annex-data-categories = Kategorien personenbezogener Daten, die er erhält
annex-data-subjects = Betroffene Personen, deren Daten er erhält
annex-applies-to = Produkte und Funktionen
annex-list = Eigene Unterauftragsverarbeiter
annex-effective = Eingesetzt ab
annex-object-until = Letzter Tag für einen Einspruch
annex-not-stated = Nicht angegeben
