# ideas

## The board
ideas-board-title = Idées
ideas-share-button = Proposer une idée
ideas-board-lead = Dites-nous ce que nous devrions créer ou changer. Votez pour les idées qui vous plaisent ; notre équipe les examine toutes et attribue un statut à chacune.
ideas-wait-for-review = { $count ->
    [one] { $count } idée attend d’être examinée
   *[other] { $count } idées attendent d’être examinées
}
ideas-yours-waiting = Vos idées en attente d’examen
ideas-sort-by = Trier par
ideas-sort-top = Les plus votées
ideas-sort-new = Les plus récentes
ideas-sort-trending = Tendances (14 derniers jours)
ideas-status-label = Statut
ideas-any-status = Tous les statuts
ideas-area-label = Domaine
ideas-any-area = Tous les domaines
ideas-show-button = Afficher
ideas-empty = Aucune idée ici pour l’instant.
ideas-share-first = Proposez la première
ideas-empty-end = .
ideas-votes-word = { $count ->
    [one] vote
   *[other] votes
}
ideas-by = par
ideas-feed-link = Suivre les nouvelles idées (flux Atom)

## An idea
ideas-not-accepted = Non retenue pour le tableau des idées
ideas-waiting-only-you = En attente d’examen : seuls vous et les modérateurs voyez cette idée
ideas-shared-by = proposée par
ideas-author-deleted = La personne qui a proposé cette idée a supprimé son compte. L’idée reste en ligne pour celles et ceux qui ont voté pour elle ou en ont discuté.
ideas-withdraw-vote = Retirer mon vote
ideas-vote-button = Voter pour cette idée
ideas-sign-in-to-vote = Connectez-vous pour voter
ideas-show-again = La réafficher dans mes listes
ideas-not-for-me = Pas pour moi
ideas-stop-following = Ne plus suivre
ideas-follow = Suivre : me prévenir quand son statut change
ideas-status-history = Historique des statuts
ideas-add-comment = Ajouter un commentaire
ideas-post-comment = Publier le commentaire
ideas-status-and-notes = Statut et notes
ideas-review-this = Examiner cette idée
ideas-status-unchanged = { $status } (sans changement)
ideas-choose = Choisir…
ideas-approve-as-new = Approuver : sur le tableau avec le statut Nouvelle
ideas-note-label-approved = Note publique (seule, elle est ajoutée à l’historique et le statut ne change pas)
ideas-note-label-optional = Note publique (facultative)
ideas-save = Enregistrer
ideas-merge-heading = Fusionner comme doublon
ideas-merge-find = Trouvez l’idée dont elle est le doublon, par son titre
ideas-search = Rechercher
ideas-merge-into = Fusionner avec
ideas-merge-none = Aucune idée du tableau n’a un titre comme « { $query } ».
ideas-merge-button = Fusionner

## Sharing an idea
ideas-new-lead = Que devrions-nous créer, proposer en boutique ou changer ?
ideas-new-premoderated = Un modérateur lit chaque idée avant qu’elle n’apparaisse sur le tableau.
ideas-form-summary = Rien n’a été publié. Veuillez corriger les champs signalés.
ideas-similar-heading = Idées similaires
ideas-similar-none = Nous n’avons trouvé aucune idée similaire. Proposez la vôtre ci-dessous.
ideas-similar-lead = Si l’une d’elles correspond à ce que vous voulez dire, votre vote l’aidera davantage qu’une nouvelle idée :
ideas-vote-instead = Voter plutôt pour celle-ci
ideas-title-label = Votre idée
ideas-title-hint = Une phrase, par exemple « Proposer des chemises en demi-tailles de col ».
ideas-check-similar = Chercher des idées similaires
ideas-area-optional = Domaine (facultatif)
ideas-no-area = Aucun domaine en particulier
ideas-body-label = Description
ideas-body-hint = Pourquoi elle compte pour vous. Le Markdown est accepté.
ideas-share-submit = Proposer l’idée

## The moderators' review
ideas-review-title = Idées en attente d’examen
ideas-review-lead = Les plus anciennes d’abord. Ouvrez une idée pour l’approuver, la refuser avec une note pour son auteur ou lui attribuer un statut.
ideas-review-empty = Rien en attente. Merci !
ideas-shared = Proposée le
ideas-numbers-heading = Les chiffres
ideas-numbers-week = Idées reçues cette semaine
ideas-numbers-month = Idées reçues ce mois-ci
ideas-numbers-median = Délai médian avant une première réponse
ideas-numbers-by-status = Idées du tableau par statut
ideas-status-count = { $status } : { $count }
