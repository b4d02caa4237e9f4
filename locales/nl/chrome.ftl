### De delen van elke pagina rond de tekst: titel, navigatie, datumstempel, woorden in tabellen.

page-title = Omgang met gegevens bij { $org }
skip-to-content = Direct naar de hoofdtekst
languages-label = Deze pagina in andere talen
contents-label = Inhoud
last-modified = Laatst gewijzigd: { $date }
index-title = { $org }: zo gaan wij om met uw gegevens
index-intro = Kies een taal:

yes = Ja
no = Nee
not-applicable = Niet van toepassing
not-published = Niet gepubliceerd
not-stated = Niet vermeld
stale-notice = Deze sectie is in het origineel gewijzigd sinds ze werd vertaald. Tot deze vertaling is bijgewerkt, geldt de oorspronkelijke versie:
untranslated-notice = Delen van dit document zijn nog niet vertaald en luiden als het origineel:

## De samenvatting boven aan de pagina: elk punt een feit, met een link naar de sectie die het uitwerkt.
summary-heading = In één oogopslag
summary-subprocessors = Subverwerkers: { $count } ingezet{ $changing ->
        [0] {""}
       *[other] {" "}(waarvan { $changing } met komende wijzigingen)
    }{ $upcoming ->
        [0] {""}
       *[other] , { $upcoming } aangekondigd
    }
summary-hosting = Gegevens opgeslagen in: { $countries }
summary-breach = Melding van datalekken: binnen { $hours } uur, waar mogelijk
summary-changed = Laatst gewijzigd: { $date }
summary-follow = Wijzigingen volgen:
summary-feed = Atom-feed
summary-made-later = Dit overzicht stond niet op de pagina die die dag werd gepubliceerd: het is later gemaakt, uit de feiten van die publicatie.
