### Termen: hoe deze site haar klanten en hun gebruikers noemt.
### Een nieuwe site (`candor init`) begint met neutrale termen; pas ze aan uw klanten aan.

-customer = zorgaanbieder
-customers = zorgaanbieders
