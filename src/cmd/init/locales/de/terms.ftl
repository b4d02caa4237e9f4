### Begriffe: wie diese Website ihre Kunden nennt. Passen Sie sie an.
### Die Sätze verwenden -customer mit männlichem Artikel (der, dem, den, ein) und wählen den Fall:
### { -customer } steht im Nominativ ("der Kunde"), { -customer(case: "dative") } etwa nach "dem"
### ("mit dem Kunden"), { -customer(case: "accusative") } nach "an den" ("an den Kunden").
### "Kunde" wird schwach dekliniert; geben Sie jede Form Ihres Begriffs an.

-customer = { $case ->
   *[nominative] Kunde
    [accusative] Kunden
    [dative] Kunden
    [genitive] Kunden
}
-customers = Kunden
