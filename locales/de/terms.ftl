### Begriffe: wie diese Website ihre Kunden und deren Nutzer bezeichnet.
### Eine neue Website (`candor init`) beginnt mit neutralen Begriffen; passen Sie sie an Ihre Kunden an.
### Die deutschen Sätze verwenden -customer mit männlichem Artikel (der, dem, den, ein) und wählen
### den Fall: { -customer } steht im Nominativ, { -customer(case: "dative") } etwa nach "dem",
### { -customer(case: "accusative") } nach "an den". Geben Sie jede Form Ihres Begriffs an.

-customer = { $case ->
   *[nominative] Gesundheitsdienstleister
    [accusative] Gesundheitsdienstleister
    [dative] Gesundheitsdienstleister
    [genitive] Gesundheitsdienstleisters
}
-customers = Gesundheitsdienstleister
