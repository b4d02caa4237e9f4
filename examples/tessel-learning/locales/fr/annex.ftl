### L’annexe (<lang>/annex/) : les faits de la page selon le modèle de l’annexe I.B et de
### l’annexe III des clauses contractuelles types (décision d’exécution (UE) 2021/914 de la
### Commission), un document à joindre à un contrat de sous-traitance. Elle cite les clauses, sans
### jamais les reproduire ni les modifier. Ses autres mots sont ceux de la page (les messages des
### sections).

annex-title = Annexe au contrat de sous-traitance conclu avec { $org }
# Le lien vers l’annexe, au pied de la page.
annex-link = Annexe au contrat de sous-traitance (à imprimer)
# Above an annex whose words changed in the original since this translation was made.
annex-stale-notice = Cette annexe a changé dans l’original depuis sa traduction. Tant que la traduction n’est pas mise à jour, la version originale fait foi :
# Le lien vers l’annexe d’une publication antérieure, dans les archives.
annex-of = Annexe du { $date }
annex-revised-on = Annexe telle que révisée le { $date }
annex-intro = Cette annexe expose les faits relatifs au traitement que { $org } effectue pour ses { -customers } : la description du traitement selon le modèle de l’annexe I.B, et la liste des sous-traitants ultérieurs selon le modèle de l’annexe III, des clauses contractuelles types (décision d’exécution (UE) 2021/914 de la Commission). Elle ne contient que ces faits ; elle ne reproduit ni ne modifie les clauses.
annex-match = Elle dit, dans les mêmes termes, ce que disait la page publique de { $org } dans la publication du { $date }. L’empreinte identifie cette publication, de sorte qu’un exemplaire signé puisse y être rattaché.
annex-made-later = La page publiée ce jour-là n’avait pas d’annexe : celle-ci a été établie plus tard, à partir des faits de cette publication, dans les termes d’aujourd’hui. L’empreinte identifie cette publication.
annex-match-revised = Elle reprend ce que disait la page publique de { $org } dans la publication du { $date }, dans cette traduction telle que révisée le { $revised } ; l’annexe dans les termes avec lesquels cette traduction a été publiée est conservée dans les archives. L’empreinte identifie cette publication.
# Dans la marge de chaque page imprimée.
annex-publication = Publication du { $date }
annex-publication-revised = Publication du { $date }, traduction révisée le { $revised }

## Ce qui identifie le document.
annex-identification = Ce document
# candor: same-as-source
annex-organisation = Organisation
annex-language = Langue
# candor: same-as-source
annex-date = Publication
annex-revised = Traduction révisée
annex-fingerprint = Empreinte
annex-canonical = Calculée à partir de
annex-page = Page publique
annex-archived = Ceci est l’annexe de la publication du { $date }, conservée pour mémoire.
annex-archived-current = Ceci est l’annexe de la publication du { $date }, l’annexe actuelle.
annex-current = Lire l’annexe actuelle.

## Annexe I.B.
annex-processing-heading = Description du traitement (annexe I.B)
annex-processing-caption = Ce que { $org } traite, à qui appartiennent les données et combien de temps elles sont conservées
annex-controller = Responsable du traitement et sous-traitant
annex-subjects = Catégories de personnes concernées
annex-categories = Catégories de données à caractère personnel
annex-sensitive = Données sensibles
annex-sensitive-yes = Oui : catégories particulières de données à caractère personnel (article 9 du RGPD)
annex-sensitive-no = Aucune catégorie particulière de données à caractère personnel (article 9 du RGPD)
annex-purposes = Finalités du traitement
annex-operations = Nature du traitement
annex-frequency = Fréquence du transfert
annex-safeguards = Restrictions et garanties
annex-access-group = { $group } :
annex-access = { $level }, { $agreement ->
        [yes] avec un accord de confidentialité
        [no] sans accord de confidentialité
       *[not-stated] accord de confidentialité non précisé
    }
annex-storage = Lieu de stockage des données
annex-retention = Conservation
annex-subprocessors-row = Sous-traitants ultérieurs
annex-subprocessors-see =
    { $count ->
        [0] Aucun.
        [one] { $count } sous-traitant ultérieur, énuméré ci-dessous à l’annexe III avec les données qu’il reçoit et le lieu où il les traite, dans la mesure où ils sont précisés.
       *[other] { $count } sous-traitants ultérieurs, énumérés ci-dessous à l’annexe III, chacun avec les données qu’il reçoit et le lieu où il les traite, dans la mesure où ils sont précisés.
    }

## Annexe III.
annex-subprocessors-heading = Liste des sous-traitants ultérieurs (annexe III)
annex-subprocessors-intro =
    { $count ->
        [0] { $org } ne fait appel à aucun sous-traitant ultérieur.
        [one] { $count } sous-traitant ultérieur auquel { $org } fait appel, avec son adresse, son contact et une description de son traitement, dans la mesure où ils sont précisés.
       *[other] Les { $count } sous-traitants ultérieurs auxquels { $org } fait appel, chacun avec son adresse, son contact et une description de son traitement, dans la mesure où ils sont précisés.
    }
annex-address = Adresse
annex-headquarters = Siège
annex-contact = Contact pour la protection des données
annex-description = Description du traitement
annex-group = Groupe
annex-data-categories = Catégories de données à caractère personnel qu’il reçoit
annex-data-subjects = Personnes dont il reçoit les données
annex-applies-to = Produits et fonctions
annex-list = Ses propres sous-traitants ultérieurs
annex-effective = Début de l’engagement
annex-object-until = Dernier jour pour s’y opposer
annex-not-stated = Non précisé
