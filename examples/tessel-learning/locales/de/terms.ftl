### Begriffe: wie diese Website ihre Kunden nennt (die Unternehmen, deren Beschäftigte bei uns
### lernen). "Kunde" wird schwach dekliniert: nach "dem", "den", "einen" oder "dieses" steht
### { -customer(case: "oblique") } (Kunden), sonst { -customer } (Kunde).

-customer =
    { $case ->
       *[nominative] Kunde
        [oblique] Kunden
    }
-customers = Kunden
