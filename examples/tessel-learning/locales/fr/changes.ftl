### Le journal des modifications et son flux : ce qui a changé à chaque publication.

changes-title = Modifications de cette page
changes-intro = Chaque publication de cette page, de la plus récente à la plus ancienne, et ce qu’elle a changé.
changes-link = Historique des modifications
changes-feed = Suivre les modifications (flux Atom)
changes-back = Retour à la page
changes-first = Première publication de cette page.
changes-wording = La formulation a changé ; les faits, non.
changes-order = Les mêmes informations, dans un autre ordre : aucune n’a changé.
changes-order-also = Certaines informations sont en outre présentées dans un autre ordre.
change-subprocessor-added =
    { $upcoming ->
        [yes] Le sous-traitant ultérieur { $name } interviendra à partir du { $date } ; les responsables du traitement peuvent s’y opposer avant cette date, en écrivant à { $contact }
        [since] Nouveau sous-traitant ultérieur : { $name }, en place depuis le { $date }
       *[no] Nouveau sous-traitant ultérieur : { $name }
    }
change-subprocessor-removed = Sous-traitant ultérieur retiré : { $name }
change-subprocessor-renamed =
    { $when ->
        [later] Le sous-traitant ultérieur { $was } s’appellera { $name }
       *[now] Le sous-traitant ultérieur { $was } s’appelle désormais { $name }
    }
change-personal-data =
    { $now ->
        [yes] { $when ->
            [later] { $name } traitera des données personnelles de vos utilisateurs
           *[now] { $name } traite désormais des données personnelles de vos utilisateurs
        }
       *[no] { $when ->
            [later] { $name } ne traitera plus de données personnelles de vos utilisateurs
           *[now] { $name } ne traite plus de données personnelles de vos utilisateurs
        }
    }
change-outside-eea =
    { $now ->
        [yes] { $when ->
            [later] { $name } transférera des données hors de l’EEE, sur le fondement « { $mechanism } »
           *[now] { $name } transfère désormais des données hors de l’EEE, sur le fondement « { $mechanism } »
        }
       *[no] { $when ->
            [later] { $name } ne transférera plus de données hors de l’EEE
           *[now] { $name } ne transfère plus de données hors de l’EEE
        }
    }
change-mechanism =
    { $when ->
        [later] { $name } : les transferts hors de l’EEE reposeront sur « { $mechanism } » au lieu de « { $was } »
       *[now] { $name } : les transferts hors de l’EEE reposent désormais sur « { $mechanism } » au lieu de « { $was } »
    }
change-fallback =
    { $kind ->
        [added] { $when ->
            [later] { $name } : les transferts hors de l’EEE auront pour mécanisme de repli « { $now } »
           *[now] { $name } : les transferts hors de l’EEE ont désormais pour mécanisme de repli « { $now } »
        }
        [removed] { $when ->
            [later] { $name } : les transferts hors de l’EEE n’auront plus de mécanisme de repli (jusque-là « { $was } »)
           *[now] { $name } : les transferts hors de l’EEE n’ont plus de mécanisme de repli (auparavant « { $was } »)
        }
       *[changed] { $when ->
            [later] { $name } : le mécanisme de repli des transferts hors de l’EEE sera « { $now } » au lieu de « { $was } »
           *[now] { $name } : le mécanisme de repli des transferts hors de l’EEE est désormais « { $now } » au lieu de « { $was } »
        }
    }
change-security-link =
    { $kind ->
        [added] { $when ->
            [later] { $name } : un lien vers ses mesures de sécurité sera ajouté
           *[now] { $name } : nouveau lien vers ses mesures de sécurité
        }
        [removed] { $when ->
            [later] { $name } : le lien vers ses mesures de sécurité sera retiré
           *[now] { $name } : plus de lien vers ses mesures de sécurité
        }
       *[changed] { $when ->
            [later] { $name } : le lien vers ses mesures de sécurité changera
           *[now] { $name } : lien modifié vers ses mesures de sécurité
        }
    }
change-effective =
    { $kind ->
        [takes-effect] { $object ->
            [yes] { $name } : les changements prennent effet le { $date } ; les responsables du traitement peuvent s’y opposer avant cette date, en écrivant à { $contact }
           *[no] { $name } : les changements prennent effet le { $date }
        }
        [took-effect] { $name } : ce qui était annoncé pour le { $date } a pris effet ce jour-là
        [change-brought-forward] { $name } : ce qui était annoncé pour le { $was } a été avancé et a pris effet le { $date }
        [change-revised-brought-forward] { $name } : ce qui était annoncé pour le { $was } a été modifié, avancé et a pris effet le { $date }
        [change-moved] { $object ->
            [yes] { $name } : la date d’effet des changements est passée du { $was } au { $date } ; les responsables du traitement peuvent s’y opposer avant cette date, en écrivant à { $contact }
           *[no] { $name } : la date d’effet des changements est passée du { $was } au { $date }
        }
        [set] { $name } : intervient à partir du { $date }
        [brought-forward] { $name } : intervient à partir du { $date }, avancé du { $was }
        [moved] { $object ->
            [yes] { $name } : la date de début de son intervention est passée du { $was } au { $date } ; les responsables du traitement peuvent s’y opposer avant cette date, en écrivant à { $contact }
           *[no] { $name } : la date de début de son intervention est passée du { $was } au { $date }
        }
       *[dropped] { $name } : intervient immédiatement au lieu du { $was }
    }
change-engagement-with-changes =
    { $object ->
        [yes] { $name } : interviendra toujours à partir du { $date }, avec ces changements ; les responsables du traitement peuvent s’y opposer avant cette date, en écrivant à { $contact }
       *[no] { $name } : interviendra toujours à partir du { $date }, avec ces changements
    }
change-engagement-stands = { $name } : interviendra toujours à partir du { $date }
change-withdrawn =
    { $kind ->
        [engagement] { $name } : n’interviendra pas comme annoncé pour le { $date }
       *[changes] { $name } : le changement annoncé pour le { $date } est retiré
    }
change-withdrawn-part = Retiré avant sa prise d’effet le { $date } : { $change }
change-notice-exception =
    { $reason ->
        [legal-obligation] { $name } : une exception au délai de préavis, car la loi exige ce changement
       *[emergency-replacement] { $name } : une exception au délai de préavis, car ce changement remplace un sous-traitant ultérieur en urgence
    }
change-objection-kept = Les responsables du traitement peuvent encore s’opposer à { $name } jusqu’au { $date } inclus, en écrivant à { $contact }
change-took-effect-part = Entré en vigueur le { $date } : { $change }
change-storage-added = Les données sont désormais aussi stockées chez { $provider } à { $city }
change-storage-now = Les données sont désormais stockées chez { $provider } à { $city }
change-storage-removed = Les données ne sont plus stockées chez { $provider } à { $city }
change-retention-period = Les données personnelles sont désormais conservées { $now } au lieu de { $was }
change-retention-period-restated = La durée de conservation est désormais indiquée comme { $now } au lieu de { $was } : la même durée
change-retention-starts = La durée de conservation court désormais { $now }, et non plus { $was }
change-retention-customer-may-change =
    { $now ->
        [yes] Un { -customer } peut désormais convenir d’une autre durée de conservation dans son accord de traitement des données
       *[no] Un { -customer } ne peut plus convenir d’une autre durée de conservation dans son accord de traitement des données
    }
change-retention-at-end = À la fin de la durée de conservation, désormais : { $now } Auparavant : { $was }
change-breach-monitoring =
    { $change ->
        [added] Une violation de données est désormais aussi détectée avec : { $added }
        [removed] Une violation de données n’est plus détectée avec : { $removed }
       *[both] Une violation de données est désormais aussi détectée avec : { $added } ; et n’est plus détectée avec : { $removed }
    }
change-storage-location =
    { $change ->
        [provider] Les données stockées à { $city } sont désormais stockées par { $provider } au lieu de { $was }
        [place] { $provider } stocke désormais les données à { $city } ({ $country }) au lieu de { $was-city } ({ $was-country })
        [moved] Les données sont désormais stockées par { $provider } à { $city } ({ $country }) au lieu de { $was } à { $was-city } ({ $was-country })
        [hosting] Les données stockées par { $provider } à { $city } sont désormais hébergées ainsi : { $now } (auparavant : { $was })
        [certifications-added] Stockage par { $provider } à { $city }, désormais aussi certifié : { $added }
        [certifications-removed] Stockage par { $provider } à { $city }, n’est plus certifié : { $removed }
        [certifications-both] Stockage par { $provider } à { $city }, désormais aussi certifié : { $added } ; n’est plus certifié : { $removed }
        [sensitive-yes] Les données stockées par { $provider } à { $city } comprennent désormais des données sensibles
       *[sensitive-no] Les données stockées par { $provider } à { $city } ne comprennent plus de données sensibles
    }
change-organisation-renamed = { $was } s’appelle désormais { $name }
change-contact = L’équipe chargée de la protection des données est désormais joignable à { $now } au lieu de { $was }
change-access = { $change ->
        [added] Désormais mentionné parmi le personnel : { $group } ({ $level })
        [removed] N’est plus mentionné parmi le personnel : { $group }
        [level] { $group } : { $level } (auparavant : { $was })
        [agreement-added] { $group } : désormais avec un accord de confidentialité
        [agreement-none] { $group } : sans accord de confidentialité
        [agreement-unstated] { $group } : l’existence d’un accord de confidentialité n’est plus précisée
       *[agreement-removed] { $group } : plus d’accord de confidentialité
    }
change-breach-deadline =
    Une violation de données personnelles est désormais notifiée, si possible, dans un délai { $now ->
        [one] d’une heure
       *[other] de { $now } heures
    } au lieu { $was ->
        [one] d’une heure
       *[other] de { $was } heures
    }
change-data-subjects =
    { $change ->
        [added] { $org } traite désormais aussi les données de : { $added }
        [removed] { $org } ne traite plus les données de : { $removed }
       *[both] { $org } traite désormais aussi les données de : { $added }, mais plus celles de : { $removed }
    }
change-data-categories =
    { $change ->
        [added] { $org } traite désormais aussi : { $added }
        [removed] { $org } ne traite plus : { $removed }
       *[both] { $org } traite désormais aussi : { $added } ; mais plus : { $removed }
    }
change-purposes =
    { $change ->
        [added] { $org } traite désormais aussi des données pour : { $added }
        [removed] { $org } ne traite plus de données pour : { $removed }
        [stated] { $org } indique désormais les finalités pour lesquelles elle traite des données : { $added }
        [unstated] { $org } n’indique plus les finalités pour lesquelles elle traite des données (jusqu’ici : { $removed })
       *[both] { $org } traite désormais aussi des données pour : { $added } ; et ne traite plus de données pour : { $removed }
    }
change-operations =
    { $change ->
        [added] Ce que { $org } fait des données comprend désormais aussi : { $added }
        [removed] Ce que { $org } fait des données ne comprend plus : { $removed }
        [stated] { $org } indique désormais ce qu’elle fait des données : { $added }
        [unstated] { $org } n’indique plus ce qu’elle fait des données (jusqu’ici : { $removed })
       *[both] Ce que { $org } fait des données comprend désormais aussi : { $added } ; et ne comprend plus : { $removed }
    }
change-frequency =
    { $change ->
        [stated] { $org } indique désormais la fréquence des transferts de données qui lui sont faits : { $now }
        [unstated] { $org } n’indique plus la fréquence des transferts de données qui lui sont faits (jusqu’ici : { $was })
       *[changed] Fréquence des transferts de données à { $org } : { $now } (jusqu’ici : { $was })
    }
change-notice-days =
    { $change ->
        [stated] { $org } indique désormais annoncer un nouveau sous-traitant ultérieur, ou une modification le concernant, au moins { $now ->
            [one] { $now } jour
           *[other] { $now } jours
        } avant sa prise d’effet, les responsables du traitement pouvant s’y opposer jusque-là
        [unstated] { $org } n’indique plus combien de jours à l’avance il annonce un nouveau sous-traitant ultérieur (jusqu’ici : { $was ->
            [one] { $was } jour
           *[other] { $was } jours
        })
       *[changed] { $org } annonce désormais un nouveau sous-traitant ultérieur, ou une modification le concernant, au moins { $now ->
            [one] { $now } jour
           *[other] { $now } jours
        } avant sa prise d’effet, au lieu de { $was ->
            [one] { $was } jour
           *[other] { $was } jours
        }
    }
change-purpose =
    { $first ->
        [yes] { $when ->
            [later] La finalité pour laquelle { $name } interviendra est désormais indiquée : { $purpose }
           *[now] La finalité pour laquelle { $name } intervient est désormais indiquée : { $purpose }
        }
       *[no] { $when ->
            [later] { $name } interviendra pour une nouvelle finalité : { $purpose } (au lieu de : { $was })
           *[now] { $name } intervient désormais pour une nouvelle finalité : { $purpose } (au lieu de : { $was })
        }
    }
change-purpose-new =
    { $when ->
        [later] { $name } interviendra pour cette finalité : { $purpose }
       *[now] { $name } intervient pour cette finalité : { $purpose }
    }
change-purpose-withdrawn =
    { $what ->
        [engagement] La finalité pour laquelle { $name } interviendra n’est plus indiquée (annoncée : { $purpose })
       *[changes] La finalité pour laquelle { $name } intervient ne sera finalement pas indiquée (annoncée : { $purpose })
    }
change-countries =
    { $when ->
        [later] { $name } traitera des données dans ces pays : { $countries }
       *[now] { $name } traite désormais des données dans ces pays : { $countries }
    }{ $difference ->
        [added] {" "}(ajout : { $added })
        [left] {" "}(retrait : { $left })
        [both] {" "}(ajout : { $added } ; retrait : { $left })
       *[none] {""}
    }
change-countries-stated =
    { $when ->
        [later] Les pays où { $name } traitera les données sont désormais indiqués : { $countries }
       *[now] Les pays où { $name } traite les données sont désormais indiqués : { $countries }
    }
change-countries-withdrawn =
    { $what ->
        [engagement] Les pays où { $name } traitera les données ne sont plus indiqués (annoncés : { $countries })
       *[changes] Les pays où { $name } traite les données ne seront finalement pas indiqués (annoncés : { $countries })
    }
change-subprocessor-data =
    { $when ->
        [later] { $lists ->
            [both] { $name } traitera : { $categories } ; les données de : { $subjects }
            [categories] { $name } traitera : { $categories }
           *[subjects] { $name } traitera les données de : { $subjects }
        }
       *[now] { $lists ->
            [both] { $name } traite : { $categories } ; les données de : { $subjects }
            [categories] { $name } traite : { $categories }
           *[subjects] { $name } traite les données de : { $subjects }
        }
    }
change-record =
    { $when ->
        [later] La fiche du sous-traitant ultérieur { $name } changera : { $fields }
       *[now] La fiche du sous-traitant ultérieur { $name } a changé : { $fields }
    }
change-record-list =
    { $field }{ $when ->
        [later] { $change ->
            [added] {" "}(ajout : { $added })
            [removed] {" "}(retrait : { $removed })
            [stated] {" "}(bientôt : { $added })
            [unstated] {" "}(ne figureront bientôt plus ; jusque-là : { $removed })
           *[both] {" "}(ajout : { $added } ; retrait : { $removed })
        }
       *[now] { $change ->
            [added] {" "}(ajout : { $added })
            [removed] {" "}(retrait : { $removed })
            [stated] {" "}(désormais : { $added })
            [unstated] {" "}(ne figurent plus ; auparavant : { $removed })
           *[both] {" "}(ajout : { $added } ; retrait : { $removed })
        }
    }
change-record-value =
    { $field }{ $when ->
        [later] { $change ->
            [stated] {" "}(bientôt : { $now })
            [unstated] {" "}(ne figurera bientôt plus ; jusque-là : { $was })
           *[changed] {" "}(bientôt : { $now } ; jusque-là : { $was })
        }
       *[now] { $change ->
            [stated] {" "}(désormais : { $now })
            [unstated] {" "}(ne figure plus ; auparavant : { $was })
           *[changed] {" "}(désormais : { $now } ; auparavant : { $was })
        }
    }
subprocessor-field-headquarters = siège
subprocessor-field-group = groupe
subprocessor-field-data-categories = catégories de données
subprocessor-field-data-subjects = personnes concernées
subprocessor-field-address = adresse
subprocessor-field-contact = contact pour la protection des données
subprocessor-field-list = sa propre liste de sous-traitants ultérieurs
subprocessor-field-applies-to = les produits concernés
subprocessor-field-engaged = date d’engagement
subprocessor-field-notice-exception = exception au délai de préavis
subprocessor-field-effective = date de début annoncée, désormais passée
change-section = Modifié : { $section }
# Les titres des groupes sous lesquels une entrée du journal range ses modifications.
changes-group-added = Ajouts
changes-group-removed = Retraits
changes-group-changed = Modifications
changes-group-withdrawn = Annulations
changes-group-to-come = Prendra effet plus tard
changes-group-upcoming = Annoncés, pas encore engagés
change-reworded = Reformulé : { $section }
change-reworded-original = Reformulé dans l’original, pas encore dans cette traduction : { $section }
change-reworded-original-checked = Reformulé dans l’original ; cette traduction a été vérifiée et dit toujours la même chose : { $section }
change-reworded-original-restored = Reformulé dans l’original pour revenir au texte que suit cette traduction : { $section }
change-reworded-other =
    { $state ->
        [original] D’autres passages de la page ont été reformulés dans l’original, pas encore dans cette traduction.
       *[reworded] D’autres passages de la page ont été reformulés.
    }
change-reworded-elsewhere =
    { $state ->
        [original] { $where ->
            [notices] La formulation des informations aux responsables du traitement a été modifiée dans l’original, pas encore dans cette traduction.
            [review] La formulation des pages de relecture a été modifiée dans l’original, pas encore dans cette traduction.
           *[changes] La formulation du journal des modifications et de son flux a été modifiée dans l’original, pas encore dans cette traduction.
        }
       *[reworded] { $where ->
            [notices] La formulation des informations aux responsables du traitement a été modifiée.
            [review] La formulation des pages de relecture a été modifiée.
           *[changes] La formulation du journal des modifications et de son flux a été modifiée.
        }
    }
feed-title = { $org } : modifications de la façon dont nous traitons vos données
feed-entry-title = Modifications du { $date }
feed-entry-first = Première publication, { $date }
# La date d’une deuxième publication d’un même jour, ou d’une suivante, partout où une publication est désignée par sa date.
publication-again = { $date } ({ $nth }e publication du jour)
revision-again = { $date } ({ $nth }e révision du jour)
archive-link = Versions antérieures
archive-title = Versions antérieures de cette page
archive-intro = Chaque version publiée de cette page reste lisible à sa propre adresse.
archive-read = Lire la version du { $date }
archive-notice = Ceci est la version de cette page publiée le { $date }, conservée pour mémoire.
archive-current = Lire la version actuelle.
archive-notice-current = Ceci est la version de cette page publiée le { $date } : la version actuelle.
archive-superseded = Remplacée le { $date } par une version plus récente.
archive-translated-later = Cette traduction est venue plus tard : la page n’était pas publiée dans cette langue ce jour-là.
archive-translated-added = Cette traduction est venue plus tard : la page était publiée dans cette langue à partir du { $date }.
archive-words-later = Cette publication n’a pas enregistré les termes de cette traduction : cette copie en donne les faits dans les termes d’aujourd’hui.
archive-terms-later = Cette publication n’a pas enregistré comment cette traduction nomme les clients et leurs utilisateurs : cette copie les nomme comme la publication du { $date } les a enregistrés.
archive-terms-today = Cette publication n’a pas enregistré comment cette traduction nomme les clients et leurs utilisateurs : cette copie les nomme dans les termes d’aujourd’hui.
archive-translation-revised = Cette traduction a été révisée après la publication de cette version, la dernière fois le { $date } ; cette copie garde les mots avec lesquels elle a été publiée.
archive-revision-notice = Cette copie garde cette traduction telle que révisée le { $date } : les mots que sa page montrait à partir de ce jour.
archive-revision-later = La lire telle que révisée de nouveau le { $date }.
archive-revisions = Chaque formulation de cette traduction montrée depuis, gardée telle qu’elle se lisait :
archive-revised-on = Telle que révisée le { $date }
translation-revised = Cette traduction a été révisée le { $date }, après la publication de cette version.
translation-as-published = La lire dans les termes avec lesquels elle a été publiée.
changes-translation-revised = Cette traduction a été révisée après la publication de cette version, la dernière fois le { $date }.
archive-is-current = (version actuelle)
publication-fingerprint = Empreinte de cette publication :
publication-canonical = Le fichier à partir duquel cette empreinte est calculée (JSON)
archive-history = Toutes les publications avec leur empreinte, pour vérification (JSON)
review-draft = Projet soumis à relecture : non publié.
review-placeholders =
    { $count ->
        [one] { $count } valeur de ce projet est un exemple inventé par candor init, présentée comme un fait.
       *[other] { $count } valeurs de ce projet sont des exemples inventés par candor init, présentées comme des faits.
    } Il ne pourra être publié qu’une fois chacune remplacée.
review-day = Daté comme s’il était publié le { $date }. Son empreinte est celle de ce projet : la publication a la sienne, car une empreinte couvre aussi le moment de la publication.
review-since = Modifications depuis la publication du { $date }
review-since-revised = Modifications depuis la publication du { $date }, dans sa traduction révisée le { $revised }
review-since-added = Modifications depuis la publication du { $date }, telle que publiée dans cette langue à partir du { $added }
review-first = Jamais publié : tout est nouveau.
review-not-since = Absent de la dernière publication : publié pour la dernière fois dans cette langue le { $date }. Tout est à relire.
review-none = Rien n’a changé depuis la dernière publication.
review-stale-cleared = La traduction suit de nouveau l’original : { $section }
review-ins-start = insertion :
review-ins-end = fin de l’insertion
review-del-start = suppression :
review-del-end = fin de la suppression
review-changed = Modifié
review-added = Ajouté
review-removed = Supprimé

# L'information des responsables du traitement pour une publication qui fait appel à un
# sous-traitant ultérieur ou le modifie (<lang>/notices/<id>/).
notice-subject = { $org } : information préalable sur des changements de nos sous-traitants ultérieurs, { $date }
notice-intro = { $org } fait appel à des sous-traitants ultérieurs qui traitent des données personnelles pour votre compte. Comme l’exige l’article 28, paragraphe 2, du RGPD, nous vous informons des changements suivants, chacun avec le jour de son entrée en vigueur, afin que vous puissiez vous y opposer.
notice-subject-withdrawn = { $org } : changements annoncés de nos sous-traitants ultérieurs retirés, { $date }
notice-intro-withdrawn = { $org } vous a informé à l’avance de changements de ses sous-traitants ultérieurs, afin que vous puissiez vous y opposer. Des changements annoncés n’entreront pas en vigueur comme prévu.
notice-intro-removed =
    { $org } vous a informé à l’avance de changements de ses sous-traitants ultérieurs, afin que vous puissiez vous y opposer. { $count ->
        [one] Elle n’engage plus un sous-traitant ultérieur qu’ils concernaient : il est retiré
       *[other] Elle n’engage plus { $count } sous-traitants ultérieurs qu’ils concernaient : ils sont retirés
    } à la date indiquée, et des changements annoncés n’entreront pas en vigueur.
notice-intro-removed-kept =
    { $org } vous a informé de changements de ses sous-traitants ultérieurs entrés en vigueur avant le dernier jour où vous pouviez vous y opposer. { $count ->
        [one] Elle n’engage plus un sous-traitant ultérieur qu’ils concernaient : il est retiré à la date indiquée, et le dernier jour pour vous y opposer ne s’applique plus.
       *[other] Elle n’engage plus { $count } sous-traitants ultérieurs qu’ils concernaient : ils sont retirés à la date indiquée, et les derniers jours pour vous y opposer ne s’appliquent plus.
    }
notice-subject-at-once = { $org } : information sur des changements de nos sous-traitants ultérieurs, { $date }
notice-intro-at-once =
    { $since ->
        [yes] { $org } fait appel à des sous-traitants ultérieurs qui traitent des données personnelles pour votre compte. Comme l’exige l’article 28, paragraphe 2, du RGPD, nous vous informons des changements suivants ; chacun est en vigueur depuis le jour indiqué, et vous pouvez toujours vous y opposer.
       *[no] { $org } fait appel à des sous-traitants ultérieurs qui traitent des données personnelles pour votre compte. Comme l’exige l’article 28, paragraphe 2, du RGPD, nous vous informons des changements suivants ; ils prennent effet immédiatement, et vous pouvez toujours vous y opposer.
    }
notice-intro-told = { $org } vous a informé à l’avance de changements de ses sous-traitants ultérieurs. Voici ce qui a changé depuis, chacun avec le jour de son entrée en vigueur ; rien de nouveau ne s’y prête à opposition.
notice-takes-effect = Prend effet le { $date }.
notice-in-effect-since = En vigueur depuis le { $date }.
notice-object-until = Vous pouvez vous y opposer jusqu’au { $date } inclus.
notice-objection-ended = Le dernier jour pour vous y opposer indiqué auparavant, le { $date }, ne s’applique plus.
notice-exception =
    { $reason ->
        [legal-obligation] Une exception à notre délai de préavis : la loi exige ce changement.
       *[emergency-replacement] Une exception à notre délai de préavis : ce changement remplace un sous-traitant ultérieur en urgence.
    }
notice-how = Pour vous y opposer, ou pour toute question, écrivez à { $contact }.
notice-how-withdrawn = Pour toute question, écrivez à { $contact }.
notice-page = La liste actuelle des sous-traitants ultérieurs : { $url }
notice-fingerprint = Publication du { $date }, empreinte { $fingerprint }.
notice-stale = Certaines parties de cette traduction ne suivent pas encore une modification de l’original : là où les deux diffèrent, l’original prévaut.
notice-event-start =
    { $kind ->
        [engaged] { $name } : intervient à partir de ce jour
        [removed] { $name } : n’intervient plus à partir de ce jour
       *[changes] { $name } : le changement prend effet
    }
notice-event-objection = { $name } : dernier jour pour s’opposer
notice-event-cancelled = Annulé : { $event }
notice-link = Information des responsables du traitement :
notice-format-email = courriel (.eml)
