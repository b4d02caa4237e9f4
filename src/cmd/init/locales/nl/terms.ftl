### Termen: hoe deze site haar klanten noemt. Pas ze aan.

-customer = klant
-customers = klanten
