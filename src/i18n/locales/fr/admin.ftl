# admin : les pages d’administration, le tableau de bord et la page du système de design.

## Commun
admin-heading = Administration
admin-audit-log-link = journal des actions
admin-nothing-saved = Rien n’a été enregistré. Veuillez corriger les champs signalés.
# Le nom d’un rôle, tel que l’écrit la liste des membres.
admin-role-name = { $role ->
    [member] membre
    [expert] expert
    [staff] équipe
    [moderator] modérateur
    [admin] administrateur
   *[other] { $role }
}
# Le nom d’un domaine dans le journal des actions.
admin-audit-area = domaine { $name } (#{ $id })

## Les liens et les premières étapes de la page d’administration
admin-setup-steps-heading = Configurer votre communauté
admin-setup-steps-lead = Les membres ne peuvent encore rien demander aux experts : les questions sont adressées aux experts d’un domaine, et il n’existe encore aucun domaine.
admin-setup-step-name = Nommez votre communauté et choisissez ce qui doit être examiné
admin-setup-step-name-after = .
admin-setup-step-areas = Créez les domaines d’expertise
admin-setup-step-areas-after = , par exemple « Chemises et coupe » ou « Chaussures et entretien ».
admin-setup-step-experts = Attribuez le rôle d’expert aux membres de votre équipe
admin-setup-step-experts-after = , puis affectez-les à leurs domaines.
admin-link-setup = Configuration rapide
admin-link-setup-about = (nom, domaines, ce qui doit être examiné)
admin-link-members = Membres et rôles
admin-link-members-about = { $count ->
    [one] ({ $count } membre)
   *[other] ({ $count } membres)
}
admin-link-brand = Identité visuelle
admin-link-brand-about = (nom, logo, couleurs, pied de page)
admin-link-design = Système de design
admin-link-design-about = (chaque composant, à vos couleurs)
admin-link-areas = Domaines d’expertise
admin-link-policy = Règles de modération
admin-link-digests = Résumés
admin-link-digests-about = (quand partent les résumés des membres)
admin-link-queue = File de modération
admin-link-audit = Journal des actions

## Le tableau de bord
admin-dashboard-title = Tableau de bord de la communauté
admin-dashboard-lead = Ce qu’ont fait les membres, d’après leurs messages, leurs votes et les actions des modérateurs (aucune page vue n’est comptée). Les jours sont des jours UTC.
admin-dashboard-period = Période
admin-dashboard-period-week = Cette semaine
admin-dashboard-period-four-weeks = Les 4 dernières semaines
admin-dashboard-period-year = Les 12 derniers mois
admin-dashboard-period-custom = Personnalisée
admin-dashboard-first-day = Premier jour (pour une période personnalisée)
admin-dashboard-last-day = Dernier jour
admin-dashboard-show = Afficher
admin-dashboard-to-invalid = Saisissez le dernier jour sous forme de date, aujourd’hui au plus tard.
admin-dashboard-order-invalid = Le dernier jour précède le premier.
admin-dashboard-too-long = Choisissez une période de dix ans au plus.
admin-dashboard-period-shown = Du { $first } au { $last } ({ $days ->
    [one] { $days } jour
   *[other] { $days } jours
}), par rapport à la période du { $before_first } au { $before_last }.
admin-dashboard-section-members = Membres
admin-dashboard-section-questions = Nos experts
admin-dashboard-section-ideas = Idées
admin-dashboard-section-blog = Blog
admin-dashboard-section-moderation = Modération
admin-dashboard-new-members = Nouveaux membres
admin-dashboard-active-members = Membres actifs (ont publié ou voté)
admin-dashboard-questions = Questions posées
admin-dashboard-answered = Questions ayant reçu une réponse
admin-dashboard-expert-answered = Questions auxquelles un expert a répondu
admin-dashboard-first-answer-median = Délai avant la première réponse, médiane
admin-dashboard-first-answer-p90 = Délai avant la première réponse, 90e centile
admin-dashboard-first-expert-median = Délai avant la première réponse d’un expert, médiane
admin-dashboard-first-expert-p90 = Délai avant la première réponse d’un expert, 90e centile
admin-dashboard-ideas = Idées proposées
admin-dashboard-first-status-median = Délai avant un premier statut, médiane
admin-dashboard-articles = Articles publiés
admin-dashboard-comments = Commentaires sur les articles
admin-dashboard-held = Messages retenus par les contrôles
admin-dashboard-flagged = Messages signalés par les contrôles
admin-dashboard-reports = Signalements des membres
admin-dashboard-action-median = Délai avant l’intervention d’un modérateur, médiane
admin-dashboard-false-flags = Fausses alertes (approuvées sans modification)
admin-dashboard-column-figure = Indicateur
admin-dashboard-column-period = Cette période
admin-dashboard-column-previous = Période précédente
admin-dashboard-column-change = Évolution
admin-dashboard-column-from = Début
admin-dashboard-column-to = Fin
admin-dashboard-column-active = Membres actifs
admin-dashboard-column-questions = Questions
admin-dashboard-column-answers = Réponses
admin-dashboard-column-ideas = Idées
admin-dashboard-column-articles = Articles
admin-dashboard-column-comments = Commentaires
admin-dashboard-column-votes = Votes
admin-dashboard-column-replies = Autres réponses
admin-dashboard-column-area = Domaine
admin-dashboard-column-unanswered = Sans réponse
admin-dashboard-column-oldest = Question la plus ancienne
admin-dashboard-column-asked = Posée le
admin-dashboard-column-status = Statut
admin-dashboard-column-rule = Règle
admin-dashboard-column-held = Retenus
admin-dashboard-column-flagged = Signalés
admin-dashboard-download-figures = Télécharger ces chiffres au format CSV
admin-dashboard-download-activity = Télécharger l’activité au format CSV
admin-dashboard-download = Télécharger au format CSV
admin-dashboard-activity = Activité
admin-dashboard-activity-by = { $unit ->
    [day] Activité par jour
    [week] Activité par semaine
   *[month] Activité par mois
}
# Une barre d’un graphique, sous le pointeur : « 2 déc. : 14 ».
admin-dashboard-bar = { $label } : { $value }
# Un jour d’un graphique ou d’un tableau : « 2 déc. », « 1er déc. ».
admin-dashboard-day = { $day ->
    [1] 1er
   *[other] { $day }
} { $month }
# Un mois d’un graphique ou d’un tableau : « déc. 2026 ».
admin-dashboard-month = { $month } { $year }
# Une semaine d’un graphique ou d’un tableau : « 30 nov.–6 déc. ».
admin-dashboard-days = { $first }–{ $last }
admin-dashboard-ideas-by-status = Idées par statut
admin-dashboard-ideas-caption = Idées proposées, selon leur statut actuel
admin-dashboard-moderation-by-rule = Modération par règle
admin-dashboard-rules-caption = Messages retenus ou signalés par les contrôles, par règle
admin-dashboard-unanswered-now = Questions actuellement sans réponse
admin-dashboard-all-answered = Chaque question publique a reçu une réponse.
admin-dashboard-unanswered = Questions sans réponse
admin-dashboard-unanswered-caption = Questions sans réponse, par domaine
# Une part : « 67 % ».
admin-value-percent = { $n } %
# L’évolution depuis la période précédente : « +25 % », « +5 points ».
admin-change-percent = { $change } %
admin-change-points = { $change } points
# Les durées : « 45 s », « 12 min », « 3 h 20 min », « 2 j 4 h ».
admin-duration-seconds = { $s } s
admin-duration-minutes = { $min } min
admin-duration-hours = { $h } h { $min } min
admin-duration-days = { $d } j { $h } h

## Domaines d’expertise
admin-areas-heading = Domaines d’expertise
admin-areas-lead = Chaque question est posée dans un domaine ; ses experts sont prévenus et répondent avec le badge « Réponse d’expert ». Les modifications sont inscrites dans le
admin-areas-lead-after = .
admin-areas-no-experts = Aucun expert pour l’instant.
admin-areas-remove = Retirer
admin-areas-remove-whom = { $name } du domaine { $area }
admin-areas-add-expert = Ajouter un expert par son nom d’utilisateur
admin-areas-add = Ajouter
admin-areas-add-to = au domaine { $area }
admin-areas-new = Ajouter un domaine
admin-areas-name = Nom
admin-areas-description = Description
admin-areas-create = Ajouter le domaine

## Identité visuelle
admin-brand-heading = Identité visuelle
admin-brand-lead = Le nom, les couleurs, le logo et le pied de page de votre communauté, sur chaque page, dans chaque e-mail et chaque flux. Le contraste des couleurs est vérifié, pour que chaque visiteur puisse lire le texte qui les utilise. Consultez la page
admin-brand-lead-link = Système de design
admin-brand-lead-after = pour voir chaque composant à vos couleurs.
admin-brand-name = Nom de la communauté
admin-brand-description = Description courte
admin-brand-description-hint = Affichée sur la page d’accueil et dans les aperçus de liens.
admin-brand-colours = Couleurs
# Le libellé d’un champ de couleur, selon le nom du champ.
admin-brand-colour = { $field ->
    [header] En-tête et boutons
    [link] Liens
    [accent] Couleur d’accent
    [dark_link] Liens en mode sombre
   *[dark_accent] Couleur d’accent en mode sombre
}
admin-brand-colour-hint = { $field ->
    [header] Son texte est blanc ou foncé, selon ce qui se lit le mieux.
    [link] Utilisée sur la page et sur les cartes.
    [accent] Les liens sous le pointeur.
    [dark_link] Pour les visiteurs dont l’appareil demande des pages sombres. Laissez vide pour obtenir une nuance plus claire de la couleur de vos liens, faite pour se lire sur la page sombre et ses messages.
   *[dark_accent] Laissez vide pour obtenir une nuance plus claire de votre couleur d’accent.
}
admin-brand-logo = Logo (facultatif)
admin-brand-logo-alt = Votre logo
admin-brand-logo-remove = Supprimer le logo (afficher le nom à la place)
admin-brand-logo-upload = Importer un logo (PNG, JPEG, WebP ou GIF ; le SVG n’est pas accepté)
admin-brand-icon = Icône (facultative)
admin-brand-icon-alt = Votre icône
admin-brand-icon-remove = Supprimer l’icône
admin-brand-icon-upload = Importer une icône carrée pour les onglets du navigateur et les écrans d’accueil (PNG)
admin-brand-footer = Texte du pied de page (facultatif)
# Le libellé d’un champ d’adresse, selon le nom du champ.
admin-brand-address = { $field ->
    [privacy_url] Adresse de la politique de confidentialité (facultative)
    [terms_url] Adresse des conditions d’utilisation (facultative)
   *[shop_url] Adresse de votre boutique (facultative)
}
admin-brand-language = Langue par défaut
admin-brand-language-hint = Pour les visiteurs dont le navigateur ne demande aucune de ces langues, et pour les e-mails aux membres qui n’en ont choisi aucune.
admin-brand-save = Enregistrer l’identité visuelle

## Résumés
admin-digests-heading = Résumés
admin-digests-lead = Les membres qui ont demandé un résumé en reçoivent un par jour ou un par semaine (à partir du lundi), avec les nouveautés des domaines et des sujets qu’ils ont choisis et des questions qu’ils suivent. La tâche de fond les envoie après cette heure-ci.
admin-digests-hour = Envoyer après (heure UTC, de 0 à 23)
admin-digests-save = Enregistrer

## Membres et rôles
admin-members-heading = Membres et rôles
admin-members-find-label = Trouver les membres dont le nom d’utilisateur commence par
admin-members-find = Rechercher
admin-members-count = { $count ->
    [one] { $count } membre. Chaque modification est inscrite dans le
   *[other] { $count } membres. Chaque modification est inscrite dans le
}
admin-members-count-after = .
admin-members-caption = Les membres, leurs rôles et les changements de rôle
admin-members-column-member = Membre
admin-members-column-roles = Rôles
admin-members-column-change = Changer un rôle
admin-members-role-for = Rôle pour { $username }
admin-members-reason-for = Motif pour { $username }
admin-members-reason = Motif (facultatif)
admin-members-grant = Attribuer
admin-members-revoke = Retirer
admin-members-sign-out = Déconnecter partout

## Règles de modération
admin-policy-heading = Règles de modération
admin-policy-lead = Ce qui attend un modérateur, ce que l’on vérifie dans les messages de l’équipe, et la sensibilité des contrôles automatiques. Chaque modification figure dans le journal des actions.
admin-policy-premoderated = Messages examinés avant d’être visibles par les autres
admin-policy-caption = Modération a priori par type de message et par auteur
admin-policy-kind = Type de message
# Une case de la grille : « Questions — Clients ».
admin-policy-checkbox = { $kind } — { $group }
admin-policy-areas = Domaines où chaque message d’un client est examiné avant d’être visible
admin-policy-unconfirmed = Les membres peuvent publier et voter avant d’avoir confirmé leur adresse e-mail
admin-policy-new-member-posts = Nombre de premiers messages d’un nouveau client examinés avant d’être visibles
admin-policy-max-links = Nombre maximal de liens qu’un message peut contenir sans être examiné
admin-policy-negativity = Alerte de négativité : signaler les messages dont le score de sentiment est inférieur ou égal à moins
admin-policy-negativity-hint = De 0,05 à 1. Les messages signalés restent publics : l’alerte invite quelqu’un à répondre.
admin-policy-terms = Termes confidentiels, un par ligne
admin-policy-terms-hint = Noms de code de produits, systèmes internes. Les messages de l’équipe qui en mentionnent un sont retenus, et l’auteur apprend lequel. Les termes sont recherchés en mots entiers, sans tenir compte des majuscules.
admin-policy-save = Enregistrer les règles

## Configurer votre communauté
admin-setup-heading = Configurer votre communauté
admin-setup-lead = Trois choix suffisent pour préparer la communauté à accueillir ses premiers membres. Chacun pourra être modifié plus tard, plus en détail, depuis la
admin-setup-lead-link = page d’administration
admin-setup-lead-after = .
admin-setup-name = 1. Le nom de la communauté
admin-setup-name-hint = Affiché dans l’en-tête, les titres des pages, les e-mails et les flux. Le logo et les couleurs se règlent sur la page
admin-setup-name-hint-link = Identité visuelle
admin-setup-name-hint-after = .
admin-setup-areas = 2. Les domaines d’expertise, un par ligne
admin-setup-areas-hint = Chaque question est posée dans un domaine, et ses experts sont prévenus. Par exemple « Chemises et coupe », « Chaussures et entretien ».
admin-setup-areas-existing = Déjà créés : { $areas }.
admin-setup-review = 3. Ce qui attend un modérateur avant d’être visible
admin-setup-save = Enregistrer et continuer

## La page du système de design
admin-design-heading = Système de design
admin-design-lead = Tous les éléments qui composent les pages, dessinés avec les mêmes classes et les mêmes gabarits que les pages elles-mêmes. Le thème de couleurs de votre appareil décide si vous les voyez en clair ou en sombre ; les couleurs de la marque viennent de la page
admin-design-lead-link = Identité visuelle
admin-design-lead-after = .
admin-design-contents = Sur cette page
admin-design-colours = Couleurs
admin-design-type = Typographie
admin-design-buttons = Boutons
admin-design-labels = Badges et étiquettes de statut
admin-design-people = Avatars et auteurs
admin-design-fields = Champs de formulaire
admin-design-votes = Votes et réponses
admin-design-cards = Cartes et listes
admin-design-notices = Messages et états vides
admin-design-pages = Pagination
admin-design-colours-before = Des propriétés personnalisées dans
admin-design-colours-after =  ; le thème sombre redéfinit chacune d’elles. Le texte garde un contraste d’au moins 4,5:1 sur chaque fond.
admin-design-swatch-brand = En-tête et boutons (la marque)
admin-design-swatch-link = Liens (la marque)
admin-design-swatch-accent = Mises en valeur (la marque)
admin-design-swatch-ink = Texte
admin-design-swatch-muted = Texte secondaire
admin-design-swatch-paper = Page
admin-design-swatch-card = Cartes et champs
admin-design-swatch-line = Filets et bordures
admin-design-swatch-ok = Terminé, accepté
admin-design-swatch-warn = En attente, retenu
admin-design-swatch-info = La boutique s’exprime
admin-design-swatch-error = Erreurs
admin-design-swatch-plum = Prévu
admin-design-swatch-teal = En cours
admin-design-swatch-quiet = Clos
admin-design-type-about = Une seule famille sans empattement, celle du système, sur une échelle modulaire de 1,2 ; les articles et les discussions sur une colonne d’environ 70 caractères.
admin-design-heading-one = Titre de niveau un : le titre de la page
admin-design-heading-two = Titre de niveau deux : une section
admin-design-heading-three = Titre de niveau trois : une partie de section
admin-design-lead-sample = Un paragraphe d’introduction ouvre une page sur un ton plus discret.
admin-design-body-sample = Le corps du texte s’affiche en 17 pixels avec un interlignage généreux, pour qu’une longue réponse se lise confortablement sur un téléphone.
admin-design-link-sample = Un lien dans le texte
admin-design-link-sample-after = reste souligné.
admin-design-byline-sample = Une signature ou une autre ligne secondaire, plus petite et plus discrète.
admin-design-post-answer = Publier votre réponse
admin-design-preview = Aperçu
admin-design-follow = Suivre
admin-design-labels-about = Chaque étiquette dit son sens en toutes lettres ; la couleur ne fait qu’aider.
admin-design-expert-answer = Réponse d’expert
admin-design-tag-sample = chemises
admin-design-accepted-answer = Réponse acceptée
admin-design-answered-by-expert = Un expert a répondu
admin-design-answered = Répondue
admin-design-waiting-answer = En attente de réponse
admin-design-people-about = La photo d’un membre, ou son initiale sur l’une de huit couleurs choisie d’après son nom ; le badge de rôle indique au lecteur qui parle au nom de la boutique.
admin-design-fields-about = Le message se place au-dessus du champ qu’il concerne, le champ est signalé, et ce qui a été saisi est conservé.
admin-design-correct-field = Veuillez corriger le champ signalé ci-dessous.
admin-design-title-label = Titre
admin-design-title-sample = Col
admin-design-sample-error = Donnez un titre à votre question.
admin-design-area-label = Domaine
admin-design-hint-sample = Une indication précise à quoi sert un champ.
admin-design-area-shirts = Chemises et coupe
admin-design-area-suits = Costumes
admin-design-details-label = Détails
admin-design-details-sample = Tour de cou 39,5 cm.
admin-design-tell-me = Me prévenir quand quelqu’un répond
admin-design-withdraw-vote = Retirer mon vote
admin-design-vote-up = Voter pour
# Après un nombre de votes, pour les lecteurs d’écran : « 12 votes ».
admin-design-votes-label = { $count ->
    [one] vote
   *[other] votes
}
admin-design-two-days-ago = il y a 2 jours
admin-design-an-hour-ago = il y a une heure
admin-design-accepted-sample = Une réponse acceptée : une carte signalée par sa couleur autant que par son étiquette, avec le bouton de vote à côté.
admin-design-another-answer = Une autre réponse.
admin-design-comment-sample = un commentaire, en retrait et plus discret
admin-design-card = Une carte
admin-design-card-about = Chaque carte contient un seul élément, sur la couleur des cartes, avec une ombre douce.
admin-design-sidebar-card = Une carte latérale
admin-design-sidebar-card-about = À côté d’une discussion à partir de 64rem ; après elle sur un téléphone.
admin-design-question-sample = Une question dans une liste
admin-design-notice-published = Votre réponse est publiée.
admin-design-notice-waits = Votre réponse attend un modérateur.
admin-design-empty = Rien ici pour l’instant.

## Webhooks
admin-link-webhooks = Webhooks
admin-link-webhooks-about = (les événements de la communauté envoyés à vos autres systèmes)
admin-webhooks-back = Retour à l’administration
admin-webhooks-heading = Webhooks
admin-webhooks-lead = Chaque point de réception reçoit les événements qu’il demande en JSON signé (Standard Webhooks), en quelques secondes, avec de nouvelles tentatives pendant une journée s’il ne répond pas.
admin-webhooks-none = Aucun point de réception pour l’instant.
admin-webhooks-disabled = désactivé
admin-webhooks-new = Ajouter un point de réception
admin-webhooks-url = Adresse du destinataire
admin-webhooks-url-hint = L’adresse où les événements sont envoyés, par exemple https://helpdesk.example.com/hooks/community.
admin-webhooks-description = Description (facultative)
admin-webhooks-events = Événements
admin-webhooks-event = { $event ->
    [post-published] Un message est publié
    [post-held] Un message est retenu pour un modérateur
    [post-approved] Un modérateur approuve un message
    [post-hidden] Un modérateur refuse ou masque un message
    [question-expert_answered] Un expert répond à une question
    [answer-accepted] Une réponse est acceptée
    [idea-status_changed] Le statut d’une idée change
    [member-joined] Un membre s’inscrit
   *[other] { $event }
}
admin-webhooks-add = Ajouter le point de réception
admin-webhook-back = Tous les points de réception
admin-webhook-disabled-notice = Ce point de réception est désactivé : rien ne lui est envoyé tant qu’il n’est pas réactivé. Les livraisons restent en file.
admin-webhook-secret = Secret de signature
admin-webhook-secret-hint = Le destinataire vérifie avec lui l’en-tête webhook-signature de chaque livraison.
admin-webhook-enable = Réactiver
admin-webhook-disable = Désactiver
admin-webhook-remove = Supprimer le point de réception
admin-webhook-log = Livraisons
admin-webhook-log-empty = Rien n’a encore été envoyé.
admin-webhook-column-event = Événement
admin-webhook-column-state = État
admin-webhook-column-answer = Dernière réponse
admin-webhook-column-attempts = Tentatives
admin-webhook-state = { $state ->
    [pending] en attente
    [delivered] livré
    [failed] abandonné
   *[other] { $state }
}
admin-webhook-attempts = { $count ->
    [one] { $count } tentative
   *[other] { $count } tentatives
}
admin-webhook-duration = { $ms } ms
admin-webhook-next = prochaine tentative le { $date }
admin-webhook-send-again = Renvoyer
