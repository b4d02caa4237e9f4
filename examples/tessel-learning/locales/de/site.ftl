### Bezeichnungen für die IDs, die der Inhalt dieser Website festlegt: betroffene Personen und
### Datenkategorien, Mitarbeitergruppen, Systeme und ihre Zwecke, Produkte sowie ein eigener
### Zweck und eine eigene Gruppe von Unterauftragsverarbeitern.

subject-learners = Lernende: die Beschäftigten, die unsere Kunden für Kurse und Live-Schulungen anmelden
subject-trainers = Trainerinnen und Trainer, die Live-Schulungen halten
subject-customer-admins = Administratoren und Rechnungskontakte unserer Kunden
category-account-details = Kontodaten wie Name, geschäftliche E-Mail-Adresse und Position
category-learning-records = Lerndaten: Anmeldungen, Fortschritt, Quizergebnisse und Zertifikate
category-class-recordings = Aufzeichnungen von Live-Schulungen samt Chat, wenn der Kunde die Aufzeichnung einschaltet
category-usage = Technische Daten über die Nutzung von { $org }, etwa Anmeldungen und das verwendete Gerät
access-group-platform-engineers = Plattform-Entwickler
access-purpose-platform-engineers = Um die Systeme zu entwickeln, zu betreiben und instand zu setzen, in denen die Daten liegen.
access-group-support = Support-Mitarbeiter
access-purpose-support = Um Ihren Lernenden, Trainern und Administratoren zu helfen, wenn sie uns darum bitten.
access-group-other-staff = Alle übrigen Mitarbeiter
access-purpose-other-staff = Ihre Arbeit erfordert keinen Zugriff.
system-hr = HR-System
purpose-enrolment = Anmeldung von Beschäftigten als Lernende
purpose-completion-reports = Berichte über abgeschlossene Kurse und Zertifikate
applies-to-courses = Kurse im eigenen Tempo
applies-to-live-classes = Live-Schulungen online
subprocessor-purpose-captioning = Live-Untertitel und Transkripte
subprocessor-group-accessibility = Dienste für Barrierefreiheit

## Why and how the data is processed (Annex I.B).
processing-purpose-courses = Die Kurse des Kunden durchführen und den Lernfortschritt aller Lernenden festhalten
processing-purpose-live-classes = Live-Unterricht abhalten und seine Aufzeichnungen für die Klasse aufbewahren
processing-purpose-support = Lernenden, Lehrenden und Administratoren bei der Nutzung von { $org } helfen
processing-operation-collection = Erheben der Daten, die Lernende, Lehrende und Administratoren eingeben
processing-operation-storage = Speichern der Daten
processing-operation-recording = Aufzeichnen des Live-Unterrichts
processing-operation-progress-reports = Berichte über den Lernfortschritt an die Administratoren des Kunden
processing-operation-erasure = Löschen der Daten, sobald sie nicht mehr aufbewahrt werden
