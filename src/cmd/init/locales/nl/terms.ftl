### Termen: hoe deze site haar klanten noemt. Pas ze aan.
### De zinnen gebruiken -customer met het lidwoord "de" ("de klant", "een klant"): kies een
### de-woord. Het Nederlands verbuigt zelfstandige naamwoorden niet, dus één vorm volstaat.

-customer = klant
-customers = klanten
