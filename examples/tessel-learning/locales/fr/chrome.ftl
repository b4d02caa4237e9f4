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
stale-notice = Cette section a changé dans l’original depuis sa traduction. Tant que la traduction n’est pas mise à jour, la version originale fait foi :
