### Bezeichnungen für die IDs, die der Inhalt dieser Website festlegt (betroffene Personen,
### Datenkategorien, Personalgruppen, Systeme, Zwecke).

subject-patients = Patienten
subject-care-professionals = Fachkräfte im Gesundheitswesen, die mit der { $org }-Plattform arbeiten
category-identity-contact = Identitäts- und Kontaktdaten, etwa Name, Geburtsdatum und Anschrift
category-programme-health-data = Gesundheitsdaten, die zu dem Versorgungsprogramm gehören, in das der Patient aufgenommen ist, etwa Messwerte, Fragebögen und Warnmeldungen
category-usage = Technische Daten über die Nutzung der { $org }-Plattform
access-group-engineers = Softwareentwickler
access-purpose-engineers = Zur Entwicklung und Wartung unserer Systeme. Alle Softwareentwickler haben einen Bachelor- oder Masterabschluss in Informatik oder einem verwandten Fach.
access-group-support = Mitarbeiter in der Anwenderbetreuung
access-purpose-support = Um Ihre Patienten und Fachkräfte im Gesundheitswesen bei der Nutzung der { $org }-Plattform zu unterstützen.
access-group-other-staff = Alle übrigen Mitarbeiter
access-purpose-other-staff = In der Regel haben die übrigen Mitarbeiter keinen Zugriff auf die Daten Ihrer Nutzer.
system-emr = System für elektronische Patientenakten
purpose-onboarding = Aufnahme des Patienten
purpose-care-follow-up = Warnmeldungen und Messwerte zur Weiterverfolgung in Ihrer eigenen Dokumentation
