### Français canadien : les libellés de ce site qui diffèrent du français de locales/fr/.

category-account-details = Données de compte, comme le nom, l’adresse courriel professionnelle et le titre d’emploi
category-class-recordings = Enregistrements des classes en direct, avec leur clavardage, lorsque le client active l’enregistrement
access-group-support = Équipe de soutien
