### De onderdelen van de pagina. Langere teksten mogen Markdown gebruiken: *nadruk*, lijsten en links naar een
### feit, zoals [onze privacyverklaring]({ $privacy-policy }).

intro-heading = Hoe gaan wij om met uw gegevens?
intro-body =
    { $role ->
        [both] { $org } houdt zich bij al zijn verwerkingen aan de AVG: als verwerkingsverantwoordelijke voor de eigen gegevens, en als verwerker van de gegevens die het voor zijn klanten verwerkt.
        [processor] { $org } houdt zich aan de AVG als verwerker van de gegevens die het voor zijn klanten verwerkt.
       *[controller] { $org } houdt zich aan de AVG als verwerkingsverantwoordelijke voor de gegevens die het verwerkt.
    } Wij passen de beginselen van artikel 5 van de AVG toe:

processing-heading = Welke gegevens verwerkt { $org } voor zijn klanten?
processing-body = Voor zijn dienstverlening verwerkt { $org } persoonsgegevens van:
processing-categories = Het gaat onder meer om:
processing-purposes = { $org } verwerkt deze gegevens voor de volgende doeleinden:
processing-special-categories = Een deel hiervan bestaat uit *gevoelige* gegevens, zoals gezondheidsgegevens: een bijzondere categorie persoonsgegevens volgens artikel 9 van de AVG.
processing-agreement = De volledige lijst van gegevens die voor uw organisatie worden verwerkt, maakt deel uit van uw verwerkersovereenkomst.

control-heading = Wie heeft zeggenschap over de gegevens?
control-body-customer = Persoonsgegevens die { $org } voor zijn klanten verwerkt, blijven altijd onder de zeggenschap van de { -customer }, die de verwerkingsverantwoordelijke is. { $org } is de verwerker.
control-body-organisation = { $org } is de verwerkingsverantwoordelijke voor de persoonsgegevens die het voor zijn klanten verwerkt.

storage-heading = Waar slaat { $org } uw gegevens op?
storage-body = De gegevens die in het { $org }-platform worden verwerkt, worden hoofdzakelijk hier opgeslagen:
storage-caption = Waar de gegevens worden opgeslagen
storage-provider = Aanbieder
# candor: same-as-source
storage-hosting = Hosting
storage-location = Locatie
storage-certifications = Certificeringen
storage-special-categories = Gevoelige gegevens
storage-place = { $city }, { $country }
exports-body =
    { $special ->
        [yes] Als een { -customer } om een export van zijn gegevens vraagt, inclusief gevoelige gegevens, delen wij die uitsluitend via servers van { $provider } in { $region }.
       *[no] Als een { -customer } om een export van zijn gegevens vraagt, delen wij die uitsluitend via servers van { $provider } in { $region }.
    }

subprocessors-heading = Welke subverwerkers schakelt { $org } in?
subprocessors-body =
    { $count ->
        [0] { $org } schakelt voor zijn dienstverlening geen subverwerker in.
       *[other] Naast de hostingaanbieder schakelt { $org } voor zijn dienstverlening andere subverwerkers in. Elk van hen heeft met ons een verwerkersovereenkomst gesloten, en wij zien erop toe dat zij persoonsgegevens zorgvuldig en rechtmatig verwerken.
    }
subprocessors-transfers = Als persoonsgegevens de Europese Economische Ruimte (EER) verlaten, berust de doorgifte op een erkend mechanisme, zoals standaardcontractbepalingen, en eisen wij aanvullende waarborgen. Per geval controleren wij samen met de subverwerker of de gegevens een beschermingsniveau behouden dat gelijkwaardig is aan dat in de EER.
subprocessors-notice =
    { $org } kondigt een nieuwe subverwerker, en elke wijziging in hoe een subverwerker persoonsgegevens verwerkt, ten minste { $days ->
        [one] één dag
       *[other] { $days } dagen
    } van tevoren aan: op deze pagina, in haar wijzigingen en in haar Atom-feed. Laat een noodgeval of een wettelijke verplichting daar geen tijd voor, dan staat dat bij de wijziging. Tot de wijziging ingaat, kunnen verwerkingsverantwoordelijken bezwaar maken (art. 28, lid 2, AVG): schrijf naar [het privacyteam]({ $contact }).
subprocessors-notice-since = Deze termijn geldt voor wijzigingen die vanaf { $date } worden aangekondigd. Enkele nog komende wijzigingen zijn eerder aangekondigd, met een kortere termijn: bij elke staan de dag waarop ze ingaat en de laatste dag om bezwaar te maken.
subprocessors-caption = Subverwerkers van { $org }
subprocessors-count =
    { $count ->
        [one] één subverwerker
       *[other] { $count } subverwerkers
    }
subprocessors-upcoming-caption = Aangekondigde subverwerkers van { $org }, nog niet ingezet
subprocessors-objection = Verwerkingsverantwoordelijken kunnen bezwaar maken tegen een aangekondigde subverwerker tot en met de dag voordat die wordt ingezet (art. 28, lid 2, AVG): schrijf naar [het privacyteam]({ $contact }).
# Above the changes to engaged sub-processors that take effect later, with their dates.
subprocessors-upcoming-changes = Komende wijzigingen
# Under them: until when, and how, controllers may object to a change.
subprocessors-upcoming-objection = Verwerkingsverantwoordelijken kunnen tegen een wijziging bezwaar maken tot en met de laatste dag voor bezwaar die erbij staat (art. 28, lid 2, AVG): schrijf naar [het privacyteam]({ $contact }).
subprocessor-name = Subverwerker
subprocessor-personal-data = Verwerkt persoonsgegevens van uw gebruikers
subprocessor-outside-eea = Doorgifte buiten de EER
subprocessor-mechanism = Doorgiftemechanisme
subprocessor-security = Beveiligingsmaatregelen
subprocessor-security-link = Beveiligingsmaatregelen van { $name }
subprocessor-from = vanaf { $date }
subprocessor-object-until = bezwaar mogelijk tot en met { $date }
# Under a sub-processor's name, where the site has several products: the ones it serves.
subprocessor-applies-to = Ingezet voor: { $products }
subprocessor-purpose = Doel
subprocessor-countries = Plaats van verwerking
subprocessor-fallback = { $mechanism }; terugval: { $fallback }

retention-heading = Hoe lang bewaart { $org } persoonsgegevens?
retention-body = Standaard bewaart { $org } persoonsgegevens die in het { $org }-platform worden verwerkt tot { $period } { $starts }.
retention-customer-may-change = De { -customer } kan in zijn verwerkersovereenkomst een andere bewaartermijn afspreken.
retention-at-end = Na afloop van de bewaartermijn:
retention-customer-records = De { -customer } blijft zelf verantwoordelijk voor het bewaren van persoonsgegevens in zijn eigen dossiers, zoals de wetgeving voor { -customers } dat vereist.

access-heading = Wie heeft toegang tot de gegevens?
access-body = Toegang tot informatie wordt { $basis } verleend en regelmatig herzien, conform de eisen van { $standard } voor toegangsrechten.
access-training = Alle medewerkers zijn getraind in privacy en informatiebeveiliging.
access-caption = Wie er bij { $org } toegang heeft
access-group = Wie
access-level = Toegang
access-purpose = Waarom
access-confidentiality = Geheimhoudingsverklaring

integrations-heading = Hoe stromen gegevens van en naar uw systemen?
integrations-body = Wanneer het { $org }-platform is gekoppeld aan uw { $system }, stromen gegevens in deze richtingen:
integrations-caption = Gegevensstromen met uw { $system }
integration-direction = Richting
integration-data = Gegevens
integration-purpose = Doel
integration-transport = Transportbeveiliging
integration-authentication = Authenticatie
integrations-cooperation = Wij werken nauw samen met de leveranciers van deze systemen om onze producten verantwoord en veilig te koppelen.

dpia-heading = Kan { $org } helpen met een gegevensbeschermingseffectbeoordeling (DPIA)?
dpia-body = Volgens de AVG moet een verwerkingsverantwoordelijke een gegevensbeschermingseffectbeoordeling (DPIA) uitvoeren wanneer een verwerking waarschijnlijk een hoog risico inhoudt voor de rechten en vrijheden van personen. { $org } verwerkt deze persoonsgegevens als verwerker; elke { -customer } is verwerkingsverantwoordelijke.
dpia-factsheet-on-request = Om u te helpen aan deze verplichting te voldoen, hebben wij een DPIA-informatieblad opgesteld. Dit is op aanvraag beschikbaar.
dpia-factsheet-published = Om u te helpen aan deze verplichting te voldoen, hebben wij een [DPIA-informatieblad]({ $link }) opgesteld.
dpia-factsheet-none = Op verzoek beantwoorden wij uw vragen voor uw DPIA.

breach-heading = Hoe worden datalekken opgespoord en afgehandeld?
breach-monitoring = Met deze log-, bewakings- en auditsystemen kunnen wij een datalek snel opsporen:
breach-notification = Bij een inbreuk in verband met persoonsgegevens handelen wij zoals de AVG voorschrijft: { $org } stelt de betrokken { -customers } zonder onredelijke vertraging in kennis nadat de inbreuk is ontdekt, en zo mogelijk binnen { $hours ->
        [one] één uur
       *[other] { $hours } uur
    }.

visitors-heading = Websitebezoekers en sollicitanten
visitors-body = Hoe { $org } als verwerkingsverantwoordelijke persoonsgegevens verwerkt, staat beschreven in [onze privacyverklaring]({ $privacy-policy }). Vragen? Neem contact op met [het privacyteam]({ $contact }).
