### Les sections de la page. Les textes longs peuvent employer du Markdown : *mise en valeur*,
### listes, et liens vers un fait, comme [notre politique de confidentialité]({ $privacy-policy }).

intro-heading = Comment traitons-nous vos données ?
intro-body =
    { $role ->
        [both] { $org } applique le RGPD à tout ce qu’il fait de données personnelles : en tant que responsable du traitement des données qu’il collecte pour lui-même, et en tant que sous-traitant des données qu’il traite pour ses clients.
        [processor] { $org } applique le RGPD en tant que sous-traitant des données qu’il traite pour ses clients.
       *[controller] { $org } applique le RGPD en tant que responsable du traitement des données qu’il traite.
    } Voici les principes de l’article 5 du RGPD selon lesquels nous travaillons :

processing-heading = Quelles données { $org } traite-t-il pour ses clients ?
processing-body = Pour ses cours et ses classes, { $org } traite des données personnelles concernant :
processing-categories = À savoir :
processing-purposes = { $org } traite ces données pour les finalités suivantes :
processing-special-categories = Une partie de ces données est *sensible* : il s’agit d’une catégorie particulière de données personnelles au sens de l’article 9 du RGPD.
processing-agreement = Votre accord de traitement des données énumère en totalité les données que nous traitons pour votre organisation.

control-heading = Qui a la maîtrise des données ?
control-body-customer = Les données personnelles que { $org } traite pour un { -customer } restent sous la maîtrise de ce { -customer } : le { -customer } est le responsable du traitement, et { $org } son sous-traitant.
control-body-organisation = { $org } est le responsable du traitement des données personnelles qu’il traite pour ses clients.

storage-heading = Où { $org } stocke-t-il vos données ?
storage-body = Les données de vos cours et de vos classes sont stockées aux endroits suivants :
storage-caption = Où les données sont stockées
storage-provider = Fournisseur
storage-hosting = Hébergement
storage-location = Emplacement
# candor: same-as-source
storage-certifications = Certifications
storage-special-categories = Données sensibles
storage-place = { $city }, { $country }
exports-body =
    { $special ->
        [yes] Lorsqu’un { -customer } demande un export de ses données, données sensibles comprises, nous le lui remettons uniquement par des serveurs de { $provider } situés dans { $region }.
       *[no] Lorsqu’un { -customer } demande un export de ses données, nous le lui remettons uniquement par des serveurs de { $provider } situés dans { $region }.
    }

subprocessors-heading = À quels sous-traitants ultérieurs { $org } fait-il appel ?
subprocessors-body =
    { $count ->
        [0] { $org } ne confie aucune partie de son service à une autre entreprise, à aucun sous-traitant ultérieur.
       *[other] Outre le fournisseur qui héberge nos systèmes, { $org } confie une partie de son service à d’autres entreprises, ses sous-traitants ultérieurs. Chacune a signé avec nous un accord de traitement des données, et nous vérifions qu’elle traite les données personnelles avec soin et dans le respect de la loi.
    }
subprocessors-transfers = Lorsque des données personnelles quittent l’Espace économique européen (EEE), le transfert repose sur un fondement que reconnaît le RGPD : un pays dont la Commission européenne a constaté qu’il protège les données de manière adéquate, ou des garanties comme les clauses contractuelles types. Pour chaque transfert, nous examinons avec le sous-traitant ultérieur si les données restent aussi bien protégées que dans l’EEE, et nous ajoutons des mesures là où elles ne le seraient pas.
subprocessors-notice =
    { $org } annonce un nouveau sous-traitant ultérieur, et toute modification de la manière dont l’un d’eux traite des données personnelles, au moins { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } avant qu’elle ne prenne effet : sur cette page, dans ses modifications et dans son flux Atom. Lorsqu’une urgence ou une obligation légale n’en laisse pas le temps, la modification le dit. Jusqu’à sa prise d’effet, les responsables du traitement peuvent s’y opposer (article 28, paragraphe 2, du RGPD) : écrivez à [notre équipe chargée de la protection des données]({ $contact }).
subprocessors-notice-since = Ce délai s’applique aux modifications annoncées à partir du { $date }. Certaines modifications à venir ont été annoncées avant, avec un préavis plus court : chacune indique le jour où elle prend effet et le dernier jour pour s’y opposer.
subprocessors-caption = Sous-traitants ultérieurs de { $org }
subprocessors-count =
    { $count ->
        [one] { $count } sous-traitant ultérieur
       *[other] { $count } sous-traitants ultérieurs
    }
subprocessors-upcoming-caption = Sous-traitants ultérieurs annoncés par { $org }, pas encore engagés
subprocessors-objection = Tant qu’un sous-traitant ultérieur annoncé n’a pas commencé, les responsables du traitement peuvent s’y opposer (article 28, paragraphe 2, du RGPD) : écrivez à [notre équipe chargée de la protection des données]({ $contact }).
# Above the changes to engaged sub-processors that take effect later, with their dates.
subprocessors-upcoming-changes = Changements à venir
# Under them: until when, and how, controllers may object to a change.
subprocessors-upcoming-objection = Les responsables du traitement peuvent s’opposer à un changement jusqu’au dernier jour indiqué avec lui, inclus (article 28, paragraphe 2, du RGPD) : écrivez à [notre équipe chargée de la protection des données]({ $contact }).
subprocessor-name = Sous-traitant ultérieur
subprocessor-personal-data = Traite des données personnelles de vos utilisateurs
subprocessor-outside-eea = Transfert hors de l’EEE
subprocessor-mechanism = Mécanisme de transfert
subprocessor-security = Mesures de sécurité
subprocessor-security-link = Mesures de sécurité du sous-traitant ultérieur { $name }
subprocessor-from = à partir du { $date }
subprocessor-object-until = dernier jour pour s’y opposer : { $date }
# Under a sub-processor's name, where the site has several products: the ones it serves.
subprocessor-applies-to = Utilisé pour : { $products }
subprocessor-purpose = Finalité
subprocessor-countries = Lieu du traitement
subprocessor-fallback = { $mechanism } ; à défaut : { $fallback }

retention-heading = Combien de temps { $org } conserve-t-il les données personnelles ?
retention-body = Sauf convention contraire, { $org } conserve les données personnelles de vos cours et de vos classes pendant { $period } { $starts }.
retention-customer-may-change = Un { -customer } peut convenir d’une autre durée de conservation dans son accord de traitement des données.
retention-at-end = À l’expiration de cette durée :
retention-customer-records = Ce que la loi oblige le { -customer } à conserver dans ses propres dossiers, comme la preuve des formations obligatoires, reste sous sa responsabilité.

access-heading = Qui a accès aux données ?
access-body = Le personnel accède aux informations { $basis } ; nous revoyons ces accès régulièrement, conformément aux exigences de la norme { $standard } en matière de contrôle d’accès.
access-training = Tous les salariés sont formés à la protection des données et à la sécurité de l’information.
access-caption = Qui a accès chez { $org }
access-group = Qui
access-level = Accès
access-purpose = Pourquoi
access-confidentiality = Accord de confidentialité

integrations-heading = Comment les données circulent-elles avec vos systèmes ?
integrations-body = Lorsque vous reliez { $org } à votre { $system }, les données circulent dans ces directions :
integrations-caption = Flux de données avec votre { $system }
integration-direction = Sens
integration-data = Données
integration-purpose = Finalité
integration-transport = Sécurité du transport
integration-authentication = Authentification
integrations-cooperation = Nous construisons ces liaisons avec les éditeurs des systèmes concernés, pour qu’elles soient sûres et ne transmettent pas plus de données que nécessaire.

dpia-heading = { $org } peut-il vous aider pour une AIPD ?
dpia-body = Le RGPD impose au responsable du traitement de mener une analyse d’impact relative à la protection des données (AIPD) avant tout traitement susceptible d’engendrer un risque élevé pour les droits et libertés des personnes. Pour les données de vos cours et de vos classes, { $org } est le sous-traitant et chaque { -customer } le responsable du traitement.
dpia-factsheet-on-request = Pour vous y aider, nous avons rédigé une fiche d’information AIPD, que nous envoyons sur demande.
dpia-factsheet-published = Pour vous y aider, nous publions une [fiche d’information AIPD]({ $link }).
dpia-factsheet-none = Nous répondons sur demande aux questions de votre AIPD.

breach-heading = Comment les violations de données sont-elles détectées et traitées ?
breach-monitoring = Ces systèmes de journalisation, de surveillance et d’audit nous permettent de repérer rapidement une violation de données :
breach-notification = En cas de violation de données personnelles, nous faisons ce qu’exige le RGPD : { $org } en informe les { -customers } concernés dans les meilleurs délais après en avoir pris connaissance et, si possible, dans un délai { $hours ->
        [one] d’une heure
       *[other] de { $hours } heures
    }.

visitors-heading = Visiteurs du site web et candidats
visitors-body = La manière dont { $org } traite les données personnelles en tant que responsable du traitement est décrite dans [sa politique de confidentialité]({ $privacy-policy }). Des questions ? Écrivez à [notre équipe chargée de la protection des données]({ $contact }).
