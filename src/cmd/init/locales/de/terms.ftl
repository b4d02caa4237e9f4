### Begriffe: wie diese Website ihre Kunden nennt. Passen Sie sie an.

-customer = Kunde
-customers = Kunden
