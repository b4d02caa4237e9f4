### Bezeichnungen für die IDs, die der Inhalt dieser Website festlegt.

subject-end-users = Die Nutzer der Konten unserer Kunden
category-account-details = Kontodaten wie Name und E-Mail-Adresse
category-usage = Technische Daten über die Nutzung des Dienstes von { $org }
access-group-engineers = Entwickler
access-purpose-engineers = Um unsere Systeme zu entwickeln und zu warten.
access-group-other-staff = Alle anderen Mitarbeitenden
access-purpose-other-staff = Ihre Arbeit erfordert es nicht.
