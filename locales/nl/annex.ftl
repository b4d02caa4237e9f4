### De bijlage (<lang>/annex/): de feiten van de pagina in de vorm van bijlage I.B en bijlage III
### van de standaardcontractbepalingen (Uitvoeringsbesluit (EU) 2021/914 van de Commissie), een
### document bij een verwerkersovereenkomst. Ze noemt de bepalingen, maar geeft ze nooit weer en
### wijzigt ze nooit. Haar overige woorden zijn die van de pagina (de berichten van de secties).

annex-title = Bijlage bij de verwerkersovereenkomst met { $org }
# De link naar de bijlage, onderaan de pagina.
annex-link = Bijlage bij de verwerkersovereenkomst (om af te drukken)
# Above an annex whose words changed in the original since this translation was made.
annex-stale-notice = Deze bijlage is in het origineel gewijzigd sinds ze werd vertaald. Tot deze vertaling is bijgewerkt, geldt de oorspronkelijke versie:
# De link naar de bijlage van een eerdere publicatie, in het archief.
annex-of = Bijlage van { $date }
annex-revised-on = Bijlage zoals herzien op { $date }
annex-intro = Deze bijlage bevat de feiten over de verwerking die { $org } uitvoert voor zijn { -customers }: de beschrijving van de verwerking in de vorm van bijlage I.B en de lijst van subverwerkers in de vorm van bijlage III van de standaardcontractbepalingen (Uitvoeringsbesluit (EU) 2021/914 van de Commissie). Ze bevat alleen deze feiten; de bepalingen zelf geeft ze niet weer en wijzigt ze niet.
annex-match = Ze zegt in dezelfde woorden wat de openbare pagina van { $org } zei in de publicatie van { $date }. De vingerafdruk identificeert die publicatie, zodat een ondertekend exemplaar eraan kan worden gekoppeld.
annex-made-later = De pagina die die dag werd gepubliceerd had geen bijlage: deze is later gemaakt, uit de feiten van die publicatie, in de woorden van nu. De vingerafdruk identificeert die publicatie.
annex-match-revised = Ze geeft weer wat de openbare pagina van { $org } zei in de publicatie van { $date }, in deze vertaling zoals herzien op { $revised }; de bijlage in de woorden waarmee deze vertaling werd gepubliceerd, bewaart het archief. De vingerafdruk identificeert die publicatie.
# In de marge van elke afgedrukte pagina.
annex-publication = Publicatie van { $date }
annex-publication-revised = Publicatie van { $date }, vertaling herzien op { $revised }

## Wat het document identificeert.
annex-identification = Dit document
annex-organisation = Organisatie
annex-language = Taal
annex-date = Publicatie
annex-revised = Vertaling herzien
annex-fingerprint = Vingerafdruk
annex-canonical = Berekend uit
annex-page = Openbare pagina
annex-archived = Dit is de bijlage van de publicatie van { $date }, bewaard ter documentatie.
annex-archived-current = Dit is de bijlage van de publicatie van { $date }: de huidige.
annex-current = Naar de huidige bijlage.

## Bijlage I.B.
annex-processing-heading = Beschrijving van de verwerking (bijlage I.B)
annex-processing-caption = Wat { $org } verwerkt, van wie de gegevens zijn en hoe lang ze worden bewaard
annex-controller = Verwerkingsverantwoordelijke en verwerker
annex-subjects = Categorieën van betrokkenen
annex-categories = Categorieën van persoonsgegevens
annex-sensitive = Gevoelige gegevens
annex-sensitive-yes = Ja: bijzondere categorieën van persoonsgegevens (art. 9 AVG)
annex-sensitive-no = Geen bijzondere categorieën van persoonsgegevens (art. 9 AVG)
annex-purposes = Doeleinden van de verwerking
annex-operations = Aard van de verwerking
annex-frequency = Frequentie van de doorgifte
annex-safeguards = Beperkingen en waarborgen
annex-access-group = { $group }:
annex-access = { $level }, { $agreement ->
        [yes] met geheimhoudingsverklaring
        [no] zonder geheimhoudingsverklaring
       *[not-stated] geheimhoudingsverklaring niet vermeld
    }
annex-storage = Waar de gegevens worden opgeslagen
annex-retention = Bewaring
annex-subprocessors-row = Subverwerkers
annex-subprocessors-see =
    { $count ->
        [0] Geen.
        [one] Eén subverwerker, hieronder vermeld in bijlage III met de gegevens die hij ontvangt en de plaats waar hij ze verwerkt, voor zover vermeld.
       *[other] { $count } subverwerkers, hieronder vermeld in bijlage III, elk met de gegevens die hij ontvangt en de plaats waar hij ze verwerkt, voor zover vermeld.
    }

## Bijlage III.
annex-subprocessors-heading = Lijst van subverwerkers (bijlage III)
annex-subprocessors-intro =
    { $count ->
        [0] { $org } schakelt geen subverwerker in.
        [one] De subverwerker die { $org } inschakelt, met zijn adres, zijn contactgegevens en een beschrijving van zijn verwerking, voor zover vermeld.
       *[other] De { $count } subverwerkers die { $org } inschakelt, elk met zijn adres, zijn contactgegevens en een beschrijving van zijn verwerking, voor zover vermeld.
    }
annex-address = Adres
annex-headquarters = Hoofdkantoor
annex-contact = Contact voor gegevensbescherming
annex-description = Beschrijving van de verwerking
annex-group = Groep
annex-data-categories = Categorieën van persoonsgegevens die hij ontvangt
annex-data-subjects = Betrokkenen van wie hij gegevens ontvangt
annex-applies-to = Producten en functies
annex-list = Eigen subverwerkers
annex-effective = Ingezet vanaf
annex-object-until = Bezwaar mogelijk tot en met
annex-not-stated = Niet vermeld
