### Les parties de chaque page autour du texte : titre, navigation, date, mots des tableaux.

page-title = Traitement des données chez { $org }
skip-to-content = Aller au texte principal
languages-label = Cette page dans d’autres langues
contents-label = Sommaire
last-modified = Dernière modification : { $date }
index-title = { $org } : comment nous traitons vos données
index-intro = Choisissez une langue :

yes = Oui
no = Non
not-applicable = Sans objet
not-published = Non publié
not-stated = Non précisé
stale-notice = Cette section a changé dans l’original depuis sa traduction. Tant que la traduction n’est pas mise à jour, la version originale fait foi :
untranslated-notice = Des parties de ce document ne sont pas encore traduites et se lisent comme l’original :

## Le résumé en haut de la page : chaque point un fait, lié à la section qui l’expose.
summary-heading = En bref
summary-subprocessors = Sous-traitants ultérieurs : { $count ->
        [one] { $count } engagé
       *[other] { $count } engagés
    }{ $changing ->
        [0] {""}
       *[other] {" "}(dont { $changing } avec des changements à venir)
    }{ $upcoming ->
        [0] {""}
        [one] , { $upcoming } annoncé
       *[other] , { $upcoming } annoncés
    }
summary-hosting = Lieux d’hébergement des données : { $countries }
summary-breach = Notification des violations de données : dans un délai de { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    } si possible
summary-changed = Dernière modification : { $date }
summary-follow = Suivre les modifications :
summary-feed = flux Atom
summary-made-later = Ce résumé ne figurait pas sur la page publiée ce jour-là : il a été établi plus tard, à partir des faits de cette publication.
