### Die Teile jeder Seite rund um den Text: Titel, Navigation, Datumsangabe, Tabellenwörter.

page-title = Umgang mit Daten bei { $org }
skip-to-content = Zum Haupttext springen
languages-label = Diese Seite in anderen Sprachen
contents-label = Inhalt
last-modified = Zuletzt geändert: { $date }
index-title = { $org }: So gehen wir mit Ihren Daten um
index-intro = Wählen Sie eine Sprache:

yes = Ja
no = Nein
not-applicable = Nicht zutreffend
not-published = Nicht veröffentlicht
not-stated = Nicht angegeben
stale-notice = Dieser Abschnitt wurde im Original geändert, seit er übersetzt wurde. Bis die Übersetzung aktualisiert ist, gilt die Originalfassung:
untranslated-notice = Teile dieses Dokuments sind noch nicht übersetzt und lauten wie das Original:

## Die Zusammenfassung oben auf der Seite: jeder Punkt eine Tatsache, verlinkt mit dem Abschnitt, der sie ausführt.
summary-heading = Auf einen Blick
summary-subprocessors = Unterauftragsverarbeiter: { $count } eingesetzt{ $changing ->
        [0] {""}
       *[other] {" "}(davon { $changing } mit bevorstehenden Änderungen)
    }{ $upcoming ->
        [0] {""}
       *[other] , { $upcoming } angekündigt
    }
summary-hosting = Speicherort der Daten: { $countries }
summary-breach = Meldung von Datenschutzverletzungen: innerhalb von { $hours ->
        [one] { $hours } Stunde
       *[other] { $hours } Stunden
    }, soweit möglich
summary-changed = Zuletzt geändert: { $date }
summary-follow = Änderungen verfolgen:
summary-feed = Atom-Feed
summary-made-later = Diese Übersicht stand nicht auf der an diesem Tag veröffentlichten Seite: Sie wurde später aus den Angaben dieser Veröffentlichung erstellt.
