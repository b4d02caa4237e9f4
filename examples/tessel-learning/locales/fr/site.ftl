### Libellés des identifiants que déclare le contenu de ce site : personnes concernées et
### catégories de données, groupes du personnel, systèmes et leurs finalités, produits, ainsi
### qu’une finalité et un groupe de sous-traitants propres au site.

subject-learners = Les apprenants : les salariés que nos clients inscrivent aux cours et aux classes
subject-trainers = Les formateurs qui animent les classes en direct
subject-customer-admins = Les administrateurs et les contacts de facturation de nos clients
category-account-details = Données de compte, comme le nom, l’adresse e-mail professionnelle et la fonction
category-learning-records = Données de formation : inscriptions, progression, résultats aux quiz et certificats
category-class-recordings = Enregistrements des classes en direct, avec leur chat, lorsque le client active l’enregistrement
category-usage = Données techniques sur l’utilisation de { $org }, comme les connexions et l’appareil utilisé
access-group-platform-engineers = Ingénieurs de la plateforme
access-purpose-platform-engineers = Pour concevoir, exploiter et réparer les systèmes qui contiennent les données.
access-group-support = Équipe d’assistance
access-purpose-support = Pour aider vos apprenants, formateurs et administrateurs lorsqu’ils nous le demandent.
access-group-other-staff = Tout le reste du personnel
access-purpose-other-staff = Leur travail ne l’exige pas.
system-hr = système RH
purpose-enrolment = Inscription des salariés comme apprenants
purpose-completion-reports = Rapports des cours terminés et des certificats
applies-to-courses = Cours en autonomie
applies-to-live-classes = Classes en direct en ligne
subprocessor-purpose-captioning = Sous-titrage en direct et transcriptions
subprocessor-group-accessibility = Services d’accessibilité

## Why and how the data is processed (Annex I.B).
processing-purpose-courses = Faire fonctionner les cours du client et garder la progression de chaque apprenant
processing-purpose-live-classes = Tenir des cours en direct et en garder les enregistrements pour la classe
processing-purpose-support = Aider les apprenants, les formateurs et les administrateurs à utiliser { $org }
processing-operation-collection = Collecte des données que saisissent les apprenants, les formateurs et les administrateurs
processing-operation-storage = Conservation des données
processing-operation-recording = Enregistrement des cours en direct
processing-operation-progress-reports = Rapports sur la progression des apprenants aux administrateurs du client
processing-operation-erasure = Effacement des données dès qu’elles ne sont plus conservées
