# experts

## Poser une question
experts-ask-title = Poser une question
experts-ask-lead = Nos experts répondent publiquement : la prochaine personne qui se pose la même question trouvera elle aussi la réponse.
experts-nothing-posted = Rien n’a été publié. Merci de corriger les champs signalés.
experts-similar-questions = Questions similaires
experts-no-similar = Nous n’avons trouvé aucune question similaire. Publiez la vôtre ci-dessous.
experts-similar-intro = L’une de ces questions contient peut-être déjà votre réponse :
experts-not-open-title = Les questions ne sont pas encore ouvertes
experts-not-open-text = Chaque question est adressée aux experts d’un domaine, et cette communauté n’a encore aucun domaine.
# Pour les administrateurs : un lien, puis experts-assign-experts.
experts-create-first-areas = Créez les premiers domaines
experts-assign-experts = et attribuez-les à vos experts.
experts-team-setting-up = L’équipe est en train de les mettre en place : revenez bientôt.
experts-your-question = Votre question
experts-question-hint = Une phrase, par exemple « Quel col convient à un visage rond ? »
experts-check-similar = Chercher des questions similaires
experts-area = Domaine
experts-choose-area = Choisissez un domaine
experts-details = Détails
experts-details-hint = Tailles, ce que vous avez essayé, l’occasion. Le Markdown fonctionne.
experts-post-question = Publier la question

## La liste des questions
experts-title = Nos experts
# Suivi d’un lien (experts-list-lead-link) et d’un point.
experts-list-lead = Coupe, tissus, entretien, style : vos questions, et les réponses de
experts-list-lead-link = nos propres experts
experts-not-for-me-area = Pas pour moi : { $area }
experts-all-areas = Tous les domaines
experts-show = Afficher
experts-sort-by = Trier par
# Le filtre « Afficher », selon sa clé.
experts-filter-status = { $status ->
    [unanswered] Sans réponse
    [no-expert] Pas encore de réponse d’expert
    [expert] Un expert a répondu
    [accepted] Réponse acceptée
   *[other] Toutes les questions
}
# L’ordre de tri, selon sa clé.
experts-sort = { $sort ->
    [active] Les plus actives
    [votes] Les plus votées
   *[other] Les plus récentes
}
# Suivi d’un lien (experts-ask-one) et d’un point.
experts-no-match = Aucune question ne correspond.
experts-ask-one = Posez la vôtre
experts-accepted-answer = Réponse acceptée
experts-answered-by-expert = Un expert a répondu
experts-answered = Répondue
experts-unanswered = Sans réponse
# Avant le nom de la personne qui a posé la question.
experts-asked-by = posée par
experts-follow-all = Suivre les nouvelles questions (flux Atom)
experts-follow-area = Suivre les nouvelles questions de ce domaine (flux Atom)

## Une question
# Avant le nom de la personne qui a posé la question.
experts-asked-by-capital = Posée par
experts-asker-deleted = La personne qui a posé cette question a supprimé son compte. La question reste en ligne pour que ses réponses gardent leur sens.
experts-stop-following = Ne plus suivre
experts-follow-question = Suivre cette question
# Pour les lecteurs d’écran, sur le bouton de vote.
experts-withdraw-vote = Retirer votre vote pour la réponse de { $author }
experts-vote-up = Voter pour la réponse de { $author }
# Pour les lecteurs d’écran, après le score.
experts-votes-word = { $count ->
    [one] vote
   *[other] votes
}
experts-expert-answer = Réponse d’expert
experts-accept = Accepter
# Pour les lecteurs d’écran, après experts-accept.
experts-accept-hidden = la réponse de { $author }
experts-comment = Commenter
# Pour les lecteurs d’écran, après experts-comment.
experts-comment-hidden = la réponse de { $author }
experts-your-comment = Votre commentaire
experts-post-comment = Publier le commentaire
experts-invite-title = Inviter un autre expert
experts-invitee = Expert
experts-invite = Inviter
experts-your-answer = Votre réponse
experts-answer-hint = Le Markdown fonctionne. Soyez précis : tailles, tissus, étapes d’entretien.
experts-post-answer = Publier la réponse
# « Connectez-vous ou inscrivez-vous pour répondre. », en quatre morceaux autour de deux liens.
experts-sign-in = Connectez-vous
experts-or = ou
experts-join = inscrivez-vous
experts-to-answer = pour répondre.
experts-about-question = À propos de cette question
# Avant un lien vers le domaine.
experts-asked-in = Posée dans
experts-experts-in = Les experts en { $area }
experts-related = Questions liées

## La file d’attente de l’expert
experts-queue-title = Votre file d’attente
experts-queue-lead = { $hours ->
    [one] Les questions sans réponse de vos domaines, des plus anciennes aux plus récentes. Celles qui attendent depuis plus de { $hours } heure sont signalées.
   *[other] Les questions sans réponse de vos domaines, des plus anciennes aux plus récentes. Celles qui attendent depuis plus de { $hours } heures sont signalées.
}
# Suivi d’un lien (experts-queue-areas-link) et d’un point.
experts-queue-no-areas = Vous n’avez pas encore de domaine. Un administrateur vous les attribue dans
experts-queue-areas-link = Domaines d’expertise
experts-queue-empty = Rien n’attend de réponse. Merci !
# $time : « 2 jours », « 5 heures ».
experts-waiting = en attente depuis { $time }
experts-overdue = En retard

## L’équipe
experts-team-title = Nos experts
# Autour d’un lien vers experts-title.
experts-team-lead-before = Les personnes qui répondent dans
experts-team-lead-after = travaillent dans nos boutiques et nos ateliers.
experts-team-empty = Aucun expert ne nous a encore rejoints.
experts-answers-given = { $count ->
    [one] { $count } réponse donnée
   *[other] { $count } réponses données
}

## Modifier un commentaire
experts-reply-edit-title = Modifier votre commentaire
experts-save = Enregistrer
experts-cancel = Annuler
