### Libellés des identifiants et des choix fixes employés dans content/.

## Principes de l’article 5 du RGPD : un titre, et ce qu’il signifie pour nous.
# A principle's name before its explanation, with the punctuation the language puts there.
principle-label = { $principle } :
principle-lawfulness-fairness-transparency = Licéité, loyauté et transparence
principle-lawfulness-fairness-transparency-body = Tout ce que { $org } fait de données personnelles repose sur une base légale prévue par le RGPD, et nous l’expliquons ouvertement à chaque personne concernée.
principle-purpose-limitation = Limitation des finalités
principle-purpose-limitation-body = Nous ne collectons des données que pour des finalités déterminées, explicites et légitimes, et ne les utilisons jamais d’une manière incompatible avec elles. Ces finalités figurent dans notre politique de confidentialité et dans les accords de traitement des données conclus avec nos clients.
principle-data-minimisation = Minimisation des données
principle-data-minimisation-body = Nous nous en tenons aux données adéquates, pertinentes et nécessaires à ces finalités : ce dont nos produits et notre propre organisation ont besoin pour fonctionner, rien de plus.
principle-accuracy = Exactitude
principle-accuracy-body = Les données doivent être exactes et, si nécessaire, tenues à jour. Lorsqu’une donnée personnelle se révèle inexacte au regard de la finalité qu’elle sert, nous la rectifions ou l’effaçons sans tarder.
principle-storage-limitation = Limitation de la conservation
principle-storage-limitation-body = Nous ne conservons des données permettant d’identifier des personnes que le temps nécessaire à la finalité poursuivie. Une conservation plus longue n’est possible qu’à des fins de recherche scientifique ou de statistique, avec les garanties techniques et organisationnelles que le RGPD exige pour les droits et libertés des personnes.
principle-integrity-confidentiality = Intégrité et confidentialité
principle-integrity-confidentiality-body = Nous protégeons les données personnelles par des mesures techniques et organisationnelles appropriées contre le traitement non autorisé ou illicite, et contre la perte, la destruction ou les dégâts d’origine accidentelle.
principle-accountability = Responsabilité
principle-accountability-body = En tant que responsable du traitement comme en tant que sous-traitant, { $org } est en mesure de démontrer qu’il respecte chacun de ces principes.

## Comment le stockage est hébergé.
hosting-virtual-private-servers = Serveurs privés virtuels
processing-frequency-continuous = En continu, tant que le service est fourni
processing-frequency-one-off = Une seule fois
hosting-dedicated-servers = Serveurs dédiés
hosting-managed-database = Service de base de données géré
hosting-own-data-centre = Centre de données propre

## Régions.
region-eea = l’Espace économique européen
region-eu = l’Union européenne

## Mécanismes de transfert des données qui quittent l’EEE.
mechanism-standard-contractual-clauses = Clauses contractuelles types
mechanism-adequacy-decision = Décision d’adéquation
mechanism-binding-corporate-rules = Règles d’entreprise contraignantes
mechanism-data-privacy-framework = Cadre de protection des données UE–États-Unis (Data Privacy Framework)
mechanism-uk-addendum = Avenant britannique aux clauses contractuelles types
mechanism-art-49-derogation = Dérogation pour une situation particulière (article 49 du RGPD)

## Conservation.
retention-period =
    { $unit ->
        [days]
            { $count ->
                [one] un jour
               *[other] { $count } jours
            }
        [months]
            { $count ->
                [one] un mois
               *[other] { $count } mois
            }
       *[years]
            { $count ->
                [one] un an
               *[other] { $count } ans
            }
    }
retention-starts-contract-end = après la fin du contrat avec le { -customer }
retention-starts-collection = après la collecte des données
retention-starts-last-activity = après la dernière activité dans le compte
retention-end-return-to-customer = { $org } remet les données personnelles au { -customer }.
retention-end-delete = { $org } supprime définitivement les données personnelles.
retention-end-anonymise = { $org } anonymise les données personnelles, de sorte qu’elles ne permettent plus d’identifier personne.

## Accès.
access-basis-need-to-know = selon le besoin d’en connaître
access-basis-role-based = selon le rôle de chacun
access-level-full = Accès complet à nos bases de données
access-level-user-data = Accès aux données de vos utilisateurs
access-level-none = Aucun accès aux données de vos utilisateurs

## Intégrations.
direction-inbound = De votre { $system } vers { $org }
direction-outbound = De { $org } vers votre { $system }
transport-tls = TLS (HTTPS)
transport-mutual-tls = TLS mutuel
# candor: same-as-source
transport-vpn = VPN
authentication-saml = SAML
authentication-oauth2 = OAuth 2.0
authentication-openid-connect = OpenID Connect
authentication-api-key = Clé d’API
authentication-mutual-tls = Certificat client (TLS mutuel)

## Ce qu’un sous-traitant fait pour l’organisation (`purpose` dans subprocessors.toml). Un site
## ajoute les siennes sous la forme `subprocessor-purpose-<id>`.
subprocessor-purpose-hosting = Hébergement et infrastructure
subprocessor-purpose-email-delivery = Envoi d’e-mails
subprocessor-purpose-customer-support = Assistance aux clients
subprocessor-purpose-analytics = Analyse de l’utilisation du produit
subprocessor-purpose-crm = Gestion de la relation client
subprocessor-purpose-communication = Communication interne
subprocessor-purpose-video-calls = Appels vidéo
subprocessor-purpose-payments = Paiements
subprocessor-purpose-error-monitoring = Surveillance des erreurs
subprocessor-purpose-product-feedback = Retours sur le produit

## Les groupes du tableau des sous-traitants (`group`). Un site ajoute les siens sous la forme
## `subprocessor-group-<id>`.
# candor: same-as-source
subprocessor-group-infrastructure = Infrastructure
subprocessor-group-service-provider = Prestataires de services
subprocessor-group-affiliate = Sociétés du groupe
