### Labels voor de id's die de inhoud van deze site vastlegt.

subject-end-users = De gebruikers van de accounts van onze klanten
category-account-details = Accountgegevens, zoals naam en e-mailadres
category-usage = Technische gegevens over het gebruik van de dienst van { $org }
access-group-engineers = Ontwikkelaars
access-purpose-engineers = Om onze systemen te ontwikkelen en te onderhouden.
access-group-other-staff = Alle andere medewerkers
access-purpose-other-staff = Hun werk vereist het niet.
