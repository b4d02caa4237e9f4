### Labels voor de id's en vaste keuzes in content/.

## Beginselen van artikel 5 AVG: een titel en wat die voor ons betekent.
# A principle's name before its explanation, with the punctuation the language puts there.
principle-label = { $principle }:
principle-lawfulness-fairness-transparency = Rechtmatigheid, behoorlijkheid en transparantie
principle-lawfulness-fairness-transparency-body = Alles wat { $org } met persoonsgegevens doet, berust op een rechtsgrond uit de AVG, en wij leggen dat open uit aan iedereen die het aangaat.
principle-purpose-limitation = Doelbinding
principle-purpose-limitation-body = Wij verzamelen gegevens alleen voor welbepaalde, uitdrukkelijk omschreven en gerechtvaardigde doeleinden, en gebruiken ze nooit op een manier die daarmee onverenigbaar is. Die doeleinden staan in onze privacyverklaring en in de verwerkersovereenkomsten met onze klanten.
principle-data-minimisation = Minimale gegevensverwerking
principle-data-minimisation-body = Wij beperken ons tot gegevens die toereikend, ter zake dienend en noodzakelijk zijn voor die doeleinden: wat onze producten en onze eigen organisatie nodig hebben om te kunnen werken, en niets meer.
principle-accuracy = Juistheid
principle-accuracy-body = Gegevens moeten juist zijn en zo nodig worden bijgewerkt. Blijken persoonsgegevens onjuist te zijn voor het doel waarvoor ze worden gebruikt, dan corrigeren of wissen wij ze onverwijld.
principle-storage-limitation = Opslagbeperking
principle-storage-limitation-body = Wij bewaren gegevens in een vorm waarmee personen te identificeren zijn, niet langer dan voor het doel nodig is. Langer bewaren is alleen mogelijk voor wetenschappelijk onderzoek of statistiek, met de technische en organisatorische maatregelen die de AVG eist ter bescherming van de rechten en vrijheden van betrokkenen.
principle-integrity-confidentiality = Integriteit en vertrouwelijkheid
principle-integrity-confidentiality-body = Wij beschermen persoonsgegevens met passende technische en organisatorische maatregelen tegen ongeoorloofde of onrechtmatige verwerking en tegen onopzettelijk verlies, vernietiging of beschadiging.
principle-accountability = Verantwoordingsplicht
principle-accountability-body = Zowel in de rol van verwerkingsverantwoordelijke als in die van verwerker kan { $org } aantonen dat aan elk van deze beginselen wordt voldaan.

## Hoe de opslag wordt gehost.
hosting-virtual-private-servers = Virtuele private servers
processing-frequency-continuous = Doorlopend, zolang de dienst wordt geleverd
processing-frequency-one-off = Eenmalig
hosting-dedicated-servers = Toegewijde servers
hosting-managed-database = Beheerde databasedienst
hosting-own-data-centre = Eigen datacenter

## Regio's.
region-eea = de Europese Economische Ruimte
region-eu = de Europese Unie

## Doorgiftemechanismen voor gegevens die de EER verlaten.
mechanism-standard-contractual-clauses = Standaardcontractbepalingen
mechanism-adequacy-decision = Adequaatheidsbesluit
mechanism-binding-corporate-rules = Bindende bedrijfsvoorschriften
mechanism-data-privacy-framework = EU-VS Data Privacy Framework
mechanism-uk-addendum = Britse aanvulling op de standaardcontractbepalingen
mechanism-art-49-derogation = Afwijking voor een specifieke situatie (art. 49 AVG)

## Bewaring.
retention-period =
    { $unit ->
        [days]
            { $count ->
                [one] één dag
               *[other] { $count } dagen
            }
        [months]
            { $count ->
                [one] één maand
               *[other] { $count } maanden
            }
       *[years]
            { $count ->
                [one] één jaar
               *[other] { $count } jaar
            }
    }
retention-starts-contract-end = na afloop van de overeenkomst met de { -customer }
retention-starts-collection = nadat de gegevens zijn verzameld
retention-starts-last-activity = na de laatste activiteit in het account
retention-end-return-to-customer = { $org } draagt de persoonsgegevens over aan de { -customer }.
retention-end-delete = { $org } verwijdert de persoonsgegevens definitief.
retention-end-anonymise = { $org } anonimiseert de persoonsgegevens, zodat ze niet langer tot een persoon herleidbaar zijn.

## Toegang.
access-basis-need-to-know = op basis van functionele noodzaak
access-basis-role-based = op basis van ieders rol
access-level-full = Volledige toegang tot onze databases
access-level-user-data = Toegang tot de gegevens van uw gebruikers
access-level-none = Geen toegang tot de gegevens van uw gebruikers

## Koppelingen.
direction-inbound = Van uw { $system } naar { $org }
direction-outbound = Van { $org } naar uw { $system }
transport-tls = TLS (HTTPS)
transport-mutual-tls = Wederzijdse TLS
# candor: same-as-source
transport-vpn = VPN
authentication-saml = SAML
authentication-oauth2 = OAuth 2.0
authentication-openid-connect = OpenID Connect
authentication-api-key = API-sleutel
authentication-mutual-tls = Clientcertificaat (wederzijdse TLS)

## Waarvoor een subverwerker wordt ingeschakeld (`purpose`).
subprocessor-purpose-hosting = Hosting en infrastructuur
subprocessor-purpose-email-delivery = Verzenden van e-mail
subprocessor-purpose-customer-support = Klantenondersteuning
subprocessor-purpose-analytics = Productanalyse
subprocessor-purpose-crm = Klantrelatiebeheer
subprocessor-purpose-communication = Interne communicatie
subprocessor-purpose-video-calls = Videogesprekken
subprocessor-purpose-payments = Betalingen
subprocessor-purpose-error-monitoring = Foutbewaking
subprocessor-purpose-product-feedback = Productfeedback

## De groepen van de tabel met subverwerkers (`group`).
subprocessor-group-infrastructure = Infrastructuur
subprocessor-group-service-provider = Dienstverleners
subprocessor-group-affiliate = Gelieerde ondernemingen
