### Begriffe: wie diese Website ihre Kunden und deren Nutzer bezeichnet.
### Eine neue Website (`candor init`) beginnt mit neutralen Begriffen; passen Sie sie an Ihre Kunden an.
### Die deutschen Sätze verwenden -customer mit männlichem Artikel (der, dem, den, ein).

-customer = Gesundheitsdienstleister
-customers = Gesundheitsdienstleister
