### Bezeichnungen für die IDs, die der Inhalt dieser Website festlegt (betroffene Personen,
### Datenkategorien, Personalgruppen, Systeme, Zwecke).

subject-patients = Patienten
subject-care-professionals = Fachkräfte im Gesundheitswesen, die mit der { $org }-Plattform arbeiten
category-identity-contact = Identitätsdaten, etwa Name und Geburtsdatum
category-programme-health-data = Gesundheitsdaten, die zu dem Versorgungsprogramm gehören, in das der Patient aufgenommen ist, etwa Messwerte und Warnmeldungen
access-group-engineers = Softwareentwickler
access-purpose-engineers = Zur Entwicklung und Wartung unserer Systeme. Alle Softwareentwickler haben einen Bachelor- oder Masterabschluss in Informatik oder einem verwandten Fach.
access-group-support = Mitarbeiter in der Anwenderbetreuung
access-purpose-support = Um Ihre Patienten und Fachkräfte im Gesundheitswesen bei der Nutzung der { $org }-Plattform zu unterstützen.
access-group-other-staff = Alle übrigen Mitarbeiter
access-purpose-other-staff = In der Regel haben die übrigen Mitarbeiter keinen Zugriff auf die Daten Ihrer Nutzer.
system-emr = System für elektronische Patientenakten
purpose-onboarding = Aufnahme des Patienten
purpose-care-follow-up = Weitergabe von Warnmeldungen und Messwerten

## Nur für das Archiv: frühere Veröffentlichungen nannten diese Kategorie (keine der
## Referenzseiten nennt sie); eine später hinzugefügte Sprache zeigt sie mit den heutigen Worten.
category-usage = Technische Daten über die Nutzung der { $org }-Plattform
