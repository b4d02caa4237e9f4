### Labels voor de id's die de inhoud van deze site vastlegt (betrokkenen, gegevenscategorieën,
### groepen medewerkers, systemen, doelen).

subject-patients = Patiënten
subject-care-professionals = Zorgprofessionals die met het { $org }-platform werken
category-identity-contact = Identiteitsgegevens, zoals naam en geboortedatum
category-programme-health-data = Gezondheidsgegevens die horen bij het zorgprogramma waarin de patiënt is opgenomen, zoals metingen en alarmmeldingen
access-group-engineers = Ontwikkelaars
access-purpose-engineers = Om onze systemen te ontwikkelen en te onderhouden. Alle ontwikkelaars hebben een bachelor- of masterdiploma in de informatica of een verwant vakgebied.
access-group-support = Medewerkers gebruikersondersteuning
access-purpose-support = Om uw patiënten en zorgprofessionals te helpen bij het gebruik van het { $org }-platform.
access-group-other-staff = Alle overige medewerkers
access-purpose-other-staff = In de regel hebben de overige medewerkers geen toegang tot de gegevens van uw gebruikers.
system-emr = elektronisch patiëntendossier (EPD)
purpose-onboarding = Inschrijving van de patiënt
purpose-care-follow-up = Doorgeven van alarmmeldingen en metingen

## Alleen voor het archief: eerdere publicaties noemden deze categorie (geen van de
## referentiepagina's noemt haar); een later toegevoegde taal toont ze met de woorden van nu.
category-usage = Technische gegevens over het gebruik van het { $org }-platform
