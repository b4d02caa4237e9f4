### Français canadien : seuls les mots qui diffèrent du français de locales/fr/ (le reste en
### vient). Au Québec, on envoie des courriels et on offre du soutien à la clientèle.

subprocessor-purpose-email-delivery = Envoi de courriels
subprocessor-purpose-customer-support = Soutien à la clientèle
