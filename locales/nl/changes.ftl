### Het wijzigingslogboek en de feed: wat er bij elke publicatie veranderde.

changes-title = Wijzigingen op deze pagina
changes-intro = Elke publicatie van deze pagina, de nieuwste eerst, en wat er veranderde.
changes-link = Geschiedenis van wijzigingen
changes-feed = Wijzigingen volgen (Atom-feed)
changes-back = Terug naar de pagina
changes-first = Eerste publicatie van deze pagina.
changes-wording = De formulering is gewijzigd, de feiten niet.
changes-order = Dezelfde gegevens in een andere volgorde: geen ervan is gewijzigd.
changes-order-also = Sommige gegevens staan bovendien in een andere volgorde.
change-subprocessor-added =
    { $upcoming ->
        [yes] Nieuwe subverwerker vanaf { $date }: { $name }; verwerkingsverantwoordelijken kunnen vóór die datum bezwaar maken, via { $contact }
        [since] Nieuwe subverwerker: { $name }, ingezet sinds { $date }
       *[no] Nieuwe subverwerker: { $name }
    }
change-subprocessor-removed = Subverwerker verwijderd: { $name }
change-subprocessor-renamed =
    { $when ->
        [later] Subverwerker { $was } gaat { $name } heten
       *[now] Subverwerker { $was } heet nu { $name }
    }
change-personal-data =
    { $now ->
        [yes] { $when ->
            [later] { $name } gaat persoonsgegevens van uw gebruikers verwerken
           *[now] { $name } verwerkt nu persoonsgegevens van uw gebruikers
        }
       *[no] { $when ->
            [later] { $name } gaat geen persoonsgegevens van uw gebruikers meer verwerken
           *[now] { $name } verwerkt geen persoonsgegevens van uw gebruikers meer
        }
    }
change-outside-eea =
    { $now ->
        [yes] { $when ->
            [later] { $name } gaat gegevens doorgeven buiten de EER (doorgiftemechanisme: { $mechanism })
           *[now] { $name } geeft nu gegevens door buiten de EER (doorgiftemechanisme: { $mechanism })
        }
       *[no] { $when ->
            [later] { $name } gaat geen gegevens meer doorgeven buiten de EER
           *[now] { $name } geeft geen gegevens meer door buiten de EER
        }
    }
change-mechanism =
    { $when ->
        [later] { $name }: doorgiftemechanisme voor gegevens buiten de EER wordt gewijzigd (straks: { $mechanism }; tot dan: { $was })
       *[now] { $name }: doorgiftemechanisme voor gegevens buiten de EER gewijzigd (nu: { $mechanism }; eerder: { $was })
    }
change-fallback =
    { $kind ->
        [added] { $when ->
            [later] { $name }: terugvalgrondslag voor gegevens buiten de EER wordt toegevoegd ({ $now })
           *[now] { $name }: terugvalgrondslag voor gegevens buiten de EER toegevoegd (nu: { $now })
        }
        [removed] { $when ->
            [later] { $name }: terugvalgrondslag voor gegevens buiten de EER vervalt (tot dan: { $was })
           *[now] { $name }: terugvalgrondslag voor gegevens buiten de EER vervallen (eerder: { $was })
        }
       *[changed] { $when ->
            [later] { $name }: terugvalgrondslag voor gegevens buiten de EER wordt gewijzigd (straks: { $now }; tot dan: { $was })
           *[now] { $name }: terugvalgrondslag voor gegevens buiten de EER gewijzigd (nu: { $now }; eerder: { $was })
        }
    }
change-security-link =
    { $kind ->
        [added] { $when ->
            [later] { $name }: krijgt een link naar de beveiligingsmaatregelen
           *[now] { $name }: nieuwe link naar de beveiligingsmaatregelen
        }
        [removed] { $when ->
            [later] { $name }: straks geen link meer naar de beveiligingsmaatregelen
           *[now] { $name }: geen link meer naar de beveiligingsmaatregelen
        }
       *[changed] { $when ->
            [later] { $name }: de link naar de beveiligingsmaatregelen wordt gewijzigd
           *[now] { $name }: gewijzigde link naar de beveiligingsmaatregelen
        }
    }
change-effective =
    { $kind ->
        [takes-effect] { $object ->
            [yes] { $name }: wijzigingen gaan in op { $date }; verwerkingsverantwoordelijken kunnen vóór die datum bezwaar maken, via { $contact }
           *[no] { $name }: wijzigingen gaan in op { $date }
        }
        [took-effect] { $name }: wat voor { $date } was aangekondigd, is die dag ingegaan
        [change-brought-forward] { $name }: wat voor { $was } was aangekondigd, is vervroegd en op { $date } ingegaan
        [change-revised-brought-forward] { $name }: wat voor { $was } was aangekondigd, is gewijzigd, vervroegd en op { $date } ingegaan
        [change-moved] { $object ->
            [yes] { $name }: de dag waarop wijzigingen ingaan is verplaatst van { $was } naar { $date }; verwerkingsverantwoordelijken kunnen vóór die datum bezwaar maken, via { $contact }
           *[no] { $name }: de dag waarop wijzigingen ingaan is verplaatst van { $was } naar { $date }
        }
        [set] { $name }: ingezet vanaf { $date }
        [brought-forward] { $name }: ingezet vanaf { $date }, vervroegd van { $was }
        [moved] { $object ->
            [yes] { $name }: de datum van inschakeling is verplaatst van { $was } naar { $date }; verwerkingsverantwoordelijken kunnen vóór die datum bezwaar maken, via { $contact }
           *[no] { $name }: de datum van inschakeling is verplaatst van { $was } naar { $date }
        }
       *[dropped] { $name }: direct ingezet in plaats van vanaf { $was }
    }
change-engagement-with-changes =
    { $object ->
        [yes] { $name }: nog steeds pas vanaf { $date } ingezet, met deze wijzigingen; verwerkingsverantwoordelijken kunnen vóór die datum bezwaar maken, via { $contact }
       *[no] { $name }: nog steeds pas vanaf { $date } ingezet, met deze wijzigingen
    }
change-engagement-stands = { $name }: nog steeds pas vanaf { $date } ingezet
change-withdrawn =
    { $kind ->
        [engagement] { $name }: wordt niet ingezet zoals aangekondigd voor { $date }
       *[changes] { $name }: de aangekondigde wijziging per { $date } is ingetrokken
    }
change-withdrawn-part = Ingetrokken vóór de ingangsdatum { $date }: { $change }
change-notice-exception =
    { $reason ->
        [legal-obligation] { $name }: een uitzondering op de aankondigingstermijn, omdat de wet deze wijziging vereist
       *[emergency-replacement] { $name }: een uitzondering op de aankondigingstermijn, omdat hiermee een subverwerker in een noodgeval wordt vervangen
    }
change-objection-kept = Verwerkingsverantwoordelijken kunnen nog tot en met { $date } bezwaar maken tegen { $name }, via { $contact }
change-took-effect-part = Ingegaan op { $date }: { $change }
change-storage-added = Gegevens worden nu ook opgeslagen bij { $provider } in { $city }
change-storage-now = Gegevens worden nu opgeslagen bij { $provider } in { $city }
change-storage-removed = Gegevens worden niet meer opgeslagen bij { $provider } in { $city }
change-retention-period = Persoonsgegevens worden nu { $now } bewaard in plaats van { $was }
change-retention-period-restated = De bewaartermijn wordt nu vermeld als { $now } in plaats van { $was }: even lang
change-retention-starts = De bewaartermijn begint nu { $now }, in plaats van { $was }
change-retention-customer-may-change =
    { $now ->
        [yes] De { -customer } kan nu in zijn verwerkersovereenkomst een andere bewaartermijn afspreken
       *[no] De { -customer } kan in zijn verwerkersovereenkomst niet langer een andere bewaartermijn afspreken
    }
change-retention-at-end = Na afloop van de bewaartermijn, nu: { $now } Voorheen: { $was }
change-breach-monitoring =
    { $change ->
        [added] Een datalek wordt nu ook opgespoord met: { $added }
        [removed] Een datalek wordt niet langer opgespoord met: { $removed }
       *[both] Een datalek wordt nu ook opgespoord met: { $added }; en niet langer met: { $removed }
    }
change-storage-location =
    { $change ->
        [provider] De gegevens in { $city } worden nu opgeslagen door { $provider } in plaats van { $was }
        [place] { $provider } slaat de gegevens nu op in { $city } ({ $country }) in plaats van in { $was-city } ({ $was-country })
        [moved] De gegevens worden nu opgeslagen door { $provider } in { $city } ({ $country }) in plaats van door { $was } in { $was-city } ({ $was-country })
        [hosting] De gegevens bij { $provider } in { $city } worden nu gehost als: { $now } (was: { $was })
        [certifications-added] Opslag bij { $provider } in { $city }, nu ook gecertificeerd: { $added }
        [certifications-removed] Opslag bij { $provider } in { $city }, niet langer gecertificeerd: { $removed }
        [certifications-both] Opslag bij { $provider } in { $city }, nu ook gecertificeerd: { $added }; niet langer gecertificeerd: { $removed }
        [sensitive-yes] De gegevens die { $provider } in { $city } opslaat, omvatten nu gevoelige gegevens
       *[sensitive-no] De gegevens die { $provider } in { $city } opslaat, omvatten geen gevoelige gegevens meer
    }
change-organisation-renamed = { $was } heet nu { $name }
change-contact = Het privacyteam is nu bereikbaar via { $now } in plaats van { $was }
change-access = { $change ->
        [added] Nieuw vermeld onder de medewerkers: { $group } ({ $level })
        [removed] Niet meer vermeld onder de medewerkers: { $group }
        [level] { $group }: { $level } (voorheen: { $was })
        [agreement-added] { $group }: nu met geheimhoudingsverklaring
        [agreement-none] { $group }: zonder geheimhoudingsverklaring
        [agreement-unstated] { $group }: of er een geheimhoudingsverklaring geldt, wordt niet meer vermeld
       *[agreement-removed] { $group }: niet langer met geheimhoudingsverklaring
    }
change-breach-deadline =
    Een inbreuk in verband met persoonsgegevens wordt nu zo mogelijk binnen { $now ->
        [one] één uur
       *[other] { $now } uur
    } gemeld in plaats van binnen { $was ->
        [one] één uur
       *[other] { $was } uur
    }
change-data-subjects =
    { $change ->
        [added] { $org } verwerkt nu ook gegevens van: { $added }
        [removed] { $org } verwerkt geen gegevens meer van: { $removed }
       *[both] { $org } verwerkt nu ook gegevens van: { $added }, maar niet meer van: { $removed }
    }
change-data-categories =
    { $change ->
        [added] { $org } verwerkt nu ook: { $added }
        [removed] { $org } verwerkt niet meer: { $removed }
       *[both] { $org } verwerkt nu ook: { $added }; maar niet meer: { $removed }
    }
change-purposes =
    { $change ->
        [added] { $org } verwerkt nu ook gegevens voor: { $added }
        [removed] { $org } verwerkt geen gegevens meer voor: { $removed }
        [stated] { $org } vermeldt nu de doeleinden waarvoor het gegevens verwerkt: { $added }
        [unstated] { $org } vermeldt niet meer de doeleinden waarvoor het gegevens verwerkt (tot nu toe: { $removed })
       *[both] { $org } verwerkt nu ook gegevens voor: { $added }; en niet meer voor: { $removed }
    }
change-operations =
    { $change ->
        [added] Wat { $org } met de gegevens doet, omvat nu ook: { $added }
        [removed] Wat { $org } met de gegevens doet, omvat niet meer: { $removed }
        [stated] { $org } vermeldt nu wat het met de gegevens doet: { $added }
        [unstated] { $org } vermeldt niet meer wat het met de gegevens doet (tot nu toe: { $removed })
       *[both] Wat { $org } met de gegevens doet, omvat nu ook: { $added }; en niet meer: { $removed }
    }
change-frequency =
    { $change ->
        [stated] { $org } vermeldt nu hoe vaak gegevens aan het worden doorgegeven: { $now }
        [unstated] { $org } vermeldt niet meer hoe vaak gegevens aan het worden doorgegeven (tot nu toe: { $was })
       *[changed] Hoe vaak gegevens aan { $org } worden doorgegeven: { $now } (tot nu toe: { $was })
    }
change-notice-days =
    { $change ->
        [stated] { $org } vermeldt nu dat het een nieuwe subverwerker, of een wijziging daarin, ten minste { $now ->
            [one] één dag
           *[other] { $now } dagen
        } van tevoren aankondigt, en dat verwerkingsverantwoordelijken tot dan bezwaar kunnen maken
        [unstated] { $org } vermeldt niet meer hoeveel dagen van tevoren het een nieuwe subverwerker aankondigt (tot nu toe: { $was ->
            [one] één dag
           *[other] { $was } dagen
        })
       *[changed] { $org } kondigt een nieuwe subverwerker, of een wijziging daarin, nu ten minste { $now ->
            [one] één dag
           *[other] { $now } dagen
        } van tevoren aan, in plaats van { $was ->
            [one] één dag
           *[other] { $was } dagen
        }
    }
change-purpose =
    { $first ->
        [yes] { $when ->
            [later] Waarvoor { $name } zal worden ingezet, staat nu vermeld: { $purpose }
           *[now] Waarvoor { $name } wordt ingezet, staat nu vermeld: { $purpose }
        }
       *[no] { $when ->
            [later] { $name } wordt straks voor een nieuw doel ingezet: { $purpose } (in plaats van: { $was })
           *[now] { $name } wordt nu voor een nieuw doel ingezet: { $purpose } (in plaats van: { $was })
        }
    }
change-purpose-new =
    { $when ->
        [later] { $name } wordt straks voor dit doel ingezet: { $purpose }
       *[now] { $name } wordt voor dit doel ingezet: { $purpose }
    }
change-purpose-withdrawn =
    { $what ->
        [engagement] Waarvoor { $name } zal worden ingezet, staat niet meer vermeld (aangekondigd: { $purpose })
       *[changes] Waarvoor { $name } wordt ingezet, wordt toch niet vermeld (aangekondigd: { $purpose })
    }
change-countries =
    { $when ->
        [later] { $name } gaat gegevens verwerken in deze landen: { $countries }
       *[now] { $name } verwerkt gegevens nu in deze landen: { $countries }
    }{ $difference ->
        [added] {" "}(nieuw: { $added })
        [left] {" "}(niet meer: { $left })
        [both] {" "}(nieuw: { $added }; niet meer: { $left })
       *[none] {""}
    }
change-countries-stated =
    { $when ->
        [later] Waar { $name } gegevens gaat verwerken, staat nu vermeld: { $countries }
       *[now] Waar { $name } gegevens verwerkt, staat nu vermeld: { $countries }
    }
change-countries-withdrawn =
    { $what ->
        [engagement] Waar { $name } gegevens gaat verwerken, staat niet meer vermeld (aangekondigd: { $countries })
       *[changes] Waar { $name } gegevens verwerkt, wordt toch niet vermeld (aangekondigd: { $countries })
    }
change-subprocessor-data =
    { $when ->
        [later] { $lists ->
            [both] { $name } gaat verwerken: { $categories }; de gegevens van: { $subjects }
            [categories] { $name } gaat verwerken: { $categories }
           *[subjects] { $name } gaat de gegevens verwerken van: { $subjects }
        }
       *[now] { $lists ->
            [both] { $name } verwerkt: { $categories }; de gegevens van: { $subjects }
            [categories] { $name } verwerkt: { $categories }
           *[subjects] { $name } verwerkt de gegevens van: { $subjects }
        }
    }
change-record =
    { $when ->
        [later] De gegevens over { $name } worden gewijzigd: { $fields }
       *[now] De gegevens over { $name } zijn gewijzigd: { $fields }
    }
change-record-list =
    { $field }{ $when ->
        [later] { $change ->
            [added] {" "}(nieuw: { $added })
            [removed] {" "}(niet meer: { $removed })
            [stated] {" "}(straks vermeld: { $added })
            [unstated] {" "}(straks niet meer vermeld; tot dan: { $removed })
           *[both] {" "}(nieuw: { $added }; niet meer: { $removed })
        }
       *[now] { $change ->
            [added] {" "}(nieuw: { $added })
            [removed] {" "}(niet meer: { $removed })
            [stated] {" "}(nu vermeld: { $added })
            [unstated] {" "}(niet meer vermeld; was: { $removed })
           *[both] {" "}(nieuw: { $added }; niet meer: { $removed })
        }
    }
change-record-value =
    { $field }{ $when ->
        [later] { $change ->
            [stated] {" "}(straks: { $now })
            [unstated] {" "}(straks niet meer vermeld; tot dan: { $was })
           *[changed] {" "}(straks: { $now }; tot dan: { $was })
        }
       *[now] { $change ->
            [stated] {" "}(nu: { $now })
            [unstated] {" "}(niet meer vermeld; was: { $was })
           *[changed] {" "}(nu: { $now }; was: { $was })
        }
    }
subprocessor-field-headquarters = hoofdkantoor
subprocessor-field-group = groep
subprocessor-field-data-categories = gegevenscategorieën
subprocessor-field-data-subjects = betrokkenen
subprocessor-field-address = adres
subprocessor-field-contact = privacycontact
subprocessor-field-list = eigen lijst van subverwerkers
subprocessor-field-applies-to = de producten waarvoor
subprocessor-field-engaged = datum van inschakeling
subprocessor-field-notice-exception = uitzondering op de aankondigingstermijn
subprocessor-field-effective = aangekondigde ingangsdatum, die verstreken is
change-section = Gewijzigd: { $section }
# The headings of the groups an entry of the change log lists its changes in.
changes-group-added = Toegevoegd
changes-group-removed = Verwijderd
changes-group-changed = Gewijzigd
changes-group-withdrawn = Ingetrokken
changes-group-to-come = Gaat later in
changes-group-upcoming = Aangekondigd, nog niet ingezet
change-reworded = Anders geformuleerd: { $section }
change-reworded-original = In het origineel anders geformuleerd, in deze vertaling nog niet: { $section }
change-reworded-original-checked = In het origineel anders geformuleerd; deze vertaling is ernaast gelegd en zegt nog hetzelfde: { $section }
change-reworded-original-restored = In het origineel teruggezet naar de tekst die deze vertaling volgt: { $section }
change-reworded-other =
    { $state ->
        [original] Andere tekst op de pagina is in het origineel anders geformuleerd, in deze vertaling nog niet.
       *[reworded] Andere tekst op de pagina is anders geformuleerd.
    }
change-reworded-elsewhere =
    { $state ->
        [original] { $where ->
            [notices] De tekst van de kennisgevingen aan verwerkingsverantwoordelijken is in het origineel gewijzigd, in deze vertaling nog niet.
            [review] De tekst van de controlepagina's is in het origineel gewijzigd, in deze vertaling nog niet.
           *[changes] De tekst van het wijzigingslogboek en de feed is in het origineel gewijzigd, in deze vertaling nog niet.
        }
       *[reworded] { $where ->
            [notices] De tekst van de kennisgevingen aan verwerkingsverantwoordelijken is gewijzigd.
            [review] De tekst van de controlepagina's is gewijzigd.
           *[changes] De tekst van het wijzigingslogboek en de feed is gewijzigd.
        }
    }
feed-title = { $org }: wijzigingen in hoe wij met uw gegevens omgaan
feed-entry-title = Wijzigingen van { $date }
feed-entry-first = Eerste publicatie, { $date }
# The date of a second or later publication on one day, wherever a publication is named by its date.
publication-again = { $date } ({ $nth }e publicatie van de dag)
revision-again = { $date } ({ $nth }e herziening van de dag)
archive-link = Eerdere versies
archive-title = Eerdere versies van deze pagina
archive-intro = Elke gepubliceerde versie van deze pagina blijft leesbaar op een eigen adres.
archive-read = De versie van { $date } lezen
archive-notice = Dit is de versie van deze pagina die op { $date } is gepubliceerd, bewaard ter documentatie.
archive-current = Naar de huidige versie.
archive-notice-current = Dit is de versie van deze pagina die op { $date } is gepubliceerd: de huidige versie.
archive-superseded = Op { $date } vervangen door een nieuwere versie.
archive-translated-later = Deze vertaling kwam later: de pagina was die dag niet in deze taal gepubliceerd.
archive-translated-added = Deze vertaling kwam later: de pagina was in deze taal gepubliceerd vanaf { $date }.
archive-words-later = Deze publicatie heeft de woorden van deze vertaling niet vastgelegd: deze kopie geeft haar feiten weer in de woorden van nu.
archive-terms-later = Deze publicatie heeft niet vastgelegd hoe deze vertaling de klanten en hun gebruikers noemt: deze kopie noemt ze zoals de publicatie van { $date } ze vastlegde.
archive-terms-today = Deze publicatie heeft niet vastgelegd hoe deze vertaling de klanten en hun gebruikers noemt: deze kopie noemt ze in de woorden van nu.
archive-translation-revised = Deze vertaling is herzien nadat deze versie werd gepubliceerd, het laatst op { $date }; deze kopie bewaart de woorden waarmee ze werd gepubliceerd.
archive-revision-notice = Deze kopie bewaart deze vertaling zoals herzien op { $date }: de woorden die haar pagina vanaf die dag toonde.
archive-revision-later = Lees haar zoals opnieuw herzien op { $date }.
archive-revisions = Elke sindsdien getoonde formulering van deze vertaling, bewaard zoals ze luidde:
archive-revised-on = Zoals herzien op { $date }
translation-revised = Deze vertaling is op { $date } herzien, nadat deze versie werd gepubliceerd.
translation-as-published = Lees de versie in de woorden waarmee ze werd gepubliceerd.
changes-translation-revised = Deze vertaling is herzien nadat deze versie werd gepubliceerd, het laatst op { $date }.
archive-is-current = (huidige versie)
publication-fingerprint = Vingerafdruk van deze publicatie:
publication-canonical = Het bestand waaruit deze vingerafdruk wordt berekend (JSON)
archive-history = Elke publicatie met haar vingerafdruk, om te controleren (JSON)
review-draft = Concept ter beoordeling: niet gepubliceerd.
review-placeholders =
    { $count ->
        [one] Eén waarde in dit concept is een verzonnen voorbeeld van candor init en wordt getoond alsof het een feit is.
       *[other] { $count } waarden in dit concept zijn verzonnen voorbeelden van candor init en worden getoond alsof het feiten zijn.
    } Het kan pas worden gepubliceerd als elk ervan is vervangen.
review-day = Gedateerd alsof het op { $date } wordt gepubliceerd. De vingerafdruk is die van dit concept: de publicatie krijgt een eigen vingerafdruk, want die omvat ook het moment van publicatie.
review-since = Wijzigingen sinds de publicatie van { $date }
review-since-revised = Wijzigingen sinds de publicatie van { $date }, in de vertaling zoals herzien op { $revised }
review-since-added = Wijzigingen sinds de publicatie van { $date }, zoals in deze taal gepubliceerd vanaf { $added }
review-first = Nog niet eerder gepubliceerd: alles is nieuw.
review-not-since = Niet in de laatste publicatie: laatst in deze taal gepubliceerd op { $date }. Alles is te beoordelen.
review-none = Er is niets gewijzigd sinds de laatste publicatie.
review-stale-cleared = De vertaling volgt het origineel weer: { $section }
review-ins-start = invoeging:
review-ins-end = einde invoeging
review-del-start = verwijdering:
review-del-end = einde verwijdering
review-changed = Gewijzigd
review-added = Nieuw
review-removed = Verwijderd

# De kennisgeving aan verwerkingsverantwoordelijken van een publicatie die een subverwerker
# inschakelt of wijzigt (<lang>/notices/<id>/).
notice-subject = { $org }: voorafgaande kennisgeving van wijzigingen in onze subverwerkers, { $date }
notice-intro = { $org } schakelt subverwerkers in die namens u persoonsgegevens verwerken. Zoals artikel 28, lid 2, AVG vereist, informeren wij u over de volgende wijzigingen, elk met de dag waarop ze ingaan, zodat u er bezwaar tegen kunt maken.
notice-subject-withdrawn = { $org }: aangekondigde wijzigingen in onze subverwerkers ingetrokken, { $date }
notice-intro-withdrawn = { $org } heeft u vooraf geïnformeerd over wijzigingen in subverwerkers, zodat u er bezwaar tegen kon maken. Gemelde wijzigingen gaan niet in zoals aangekondigd.
notice-intro-removed =
    { $org } heeft u vooraf geïnformeerd over wijzigingen in subverwerkers, zodat u er bezwaar tegen kon maken. { $count ->
        [one] Een subverwerker waarop die wijzigingen betrekking hadden, wordt niet langer ingezet: hij wordt
       *[other] { $count } subverwerkers waarop die wijzigingen betrekking hadden, worden niet langer ingezet: zij worden
    } verwijderd op de vermelde dag, en gemelde wijzigingen gaan niet in.
notice-intro-removed-kept =
    { $org } heeft u geïnformeerd over wijzigingen in subverwerkers die ingingen vóór de laatste dag waarop u er bezwaar tegen kon maken. { $count ->
        [one] Een subverwerker waarop die wijzigingen betrekking hadden, wordt niet langer ingezet: hij wordt verwijderd op de vermelde dag, en de laatste dag om er bezwaar tegen te maken vervalt.
       *[other] { $count } subverwerkers waarop die wijzigingen betrekking hadden, worden niet langer ingezet: zij worden verwijderd op de vermelde dag, en de laatste dagen om er bezwaar tegen te maken vervallen.
    }
notice-subject-at-once = { $org }: kennisgeving van wijzigingen in onze subverwerkers, { $date }
notice-intro-at-once =
    { $since ->
        [yes] { $org } schakelt subverwerkers in die namens u persoonsgegevens verwerken. Zoals artikel 28, lid 2, AVG vereist, informeren wij u over de volgende wijzigingen; elke wijziging is van kracht vanaf de vermelde dag, en u kunt er nog steeds bezwaar tegen maken.
       *[no] { $org } schakelt subverwerkers in die namens u persoonsgegevens verwerken. Zoals artikel 28, lid 2, AVG vereist, informeren wij u over de volgende wijzigingen; ze gaan direct in, en u kunt er nog steeds bezwaar tegen maken.
    }
notice-intro-told = { $org } heeft u vooraf geïnformeerd over wijzigingen in subverwerkers. Dit is sindsdien veranderd, elk met de dag waarop het ingaat; er zit niets nieuws in waartegen u bezwaar kunt maken.
notice-takes-effect = Gaat in op { $date }.
notice-in-effect-since = Van kracht sinds { $date }.
notice-object-until = U kunt bezwaar maken tot en met { $date }.
notice-objection-ended = De eerder gemelde laatste dag om bezwaar te maken, { $date }, vervalt.
notice-exception =
    { $reason ->
        [legal-obligation] Een uitzondering op onze aankondigingstermijn: de wet vereist deze wijziging.
       *[emergency-replacement] Een uitzondering op onze aankondigingstermijn: hiermee wordt een subverwerker in een noodgeval vervangen.
    }
notice-how = Schrijf voor bezwaar of vragen naar { $contact }.
notice-how-withdrawn = Schrijf met vragen naar { $contact }.
notice-page = De actuele lijst van subverwerkers: { $url }
notice-fingerprint = Publicatie van { $date }, vingerafdruk { $fingerprint }.
notice-stale = Delen van deze vertaling volgen een wijziging van het origineel nog niet: waar de twee verschillen, geldt het origineel.
notice-event-start =
    { $kind ->
        [engaged] { $name }: ingezet vanaf deze dag
        [removed] { $name }: vanaf deze dag niet meer ingezet
       *[changes] { $name }: de wijziging gaat in
    }
notice-event-objection = { $name }: laatste dag voor bezwaar
notice-event-cancelled = Geannuleerd: { $event }
notice-link = Kennisgeving aan verwerkingsverantwoordelijken:
notice-format-email = e-mailbericht (.eml)
