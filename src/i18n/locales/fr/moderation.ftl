# moderation

## What the automatic checks found
moderation-premoderated =
    { $kind ->
        [question] Les questions attendent
        [answer] Les réponses attendent
        [comment] Les commentaires attendent
        [idea] Les idées attendent
       *[article] Les articles attendent
    } l’examen d’un modérateur
moderation-leak-found =
    { $what ->
        [moderation-leak-card] { moderation-leak-card }
        [moderation-leak-email] { moderation-leak-email }
        [moderation-leak-phone] { moderation-leak-phone }
       *[other] { moderation-leak-term }
    } : « { $text } »
moderation-crude = des mots comme { $words }
moderation-crude-severe = grave : des mots comme { $words }
moderation-sentiment = score de tonalité { NUMBER($score, minimumFractionDigits: 2) } (signalé à -{ NUMBER($threshold, minimumFractionDigits: 2) } ou en dessous)
moderation-links = { $count } liens (plus de { $max })
moderation-and = { $first } ; { $next }

## Shared words
moderation-colon = {"\u00a0"}:
moderation-show-button = Afficher
moderation-continue = Continuer
moderation-cancel = Annuler
moderation-back-to-queue = Retour à la file

## The queue
moderation-queue-title = File de modération
moderation-queue-lead = Messages retenus, signalés automatiquement ou par des membres. Un message retenu n’est visible que par son auteur et les modérateurs jusqu’à ce que vous agissiez.
moderation-queue-lead-audit = Chaque action est consignée dans le
moderation-audit-link = journal d’audit
moderation-queue-lead-end = .
moderation-done-reason = Décision « { $done } » enregistrée pour { $kind ->
        [question] la question
        [answer] la réponse
        [comment] le commentaire
        [idea] l’idée
       *[article] l’article
    } n° { $id }. Ajoutez une raison (elle sera consignée dans le journal d’audit)
moderation-done-reason-author = Décision « { $done } » enregistrée pour { $kind ->
        [question] la question
        [answer] la réponse
        [comment] le commentaire
        [idea] l’idée
       *[article] l’article
    } n° { $id }. Ajoutez une raison (elle sera consignée dans le journal d’audit et communiquée à l’auteur)
moderation-add-reason = Ajouter la raison
moderation-filter-reason = Motif
moderation-any-reason = Tous les motifs
moderation-filter-area = Domaine
moderation-any-area = Tous les domaines
moderation-filter-order = Ordre
moderation-newest-first = Les plus récents d’abord
moderation-oldest-first = Les plus anciens d’abord
moderation-queue-empty = Aucun message n’attend de modérateur. Bravo !
moderation-item-by = { $kind ->
        [question] question
        [answer] réponse
        [comment] commentaire
        [idea] idée
       *[article] article
    } de
moderation-author-record = ({ $posts } et { $flags } à ce jour)
moderation-flagged = signalé
moderation-held-pill = Retenu
moderation-reported-by = par { $name }
moderation-action-reason = Raison (facultative ; elle est communiquée à l’auteur si vous refusez, masquez, restreignez ou suspendez)
moderation-approve = Approuver
moderation-approve-trust = Approuver et faire confiance à { $name }
moderation-edit-then-approve = Modifier, puis approuver
moderation-reject = Refuser
moderation-hide = Masquer
moderation-days = Jours
moderation-silence = Masquer et restreindre l’auteur
moderation-suspend = Masquer et suspendre l’auteur

## Editing before approval
moderation-edit-title = Modifier avant d’approuver
moderation-edit-lead = { $title }, { $kind ->
        [answer] une réponse
        [idea] une idée
        [article] un article
        [comment] un commentaire
       *[question] une question
    } de { $author }. Votre texte remplace le sien ; l’original est conservé avec la décision de modération, et la modification est consignée dans le journal.
moderation-edit-text = Texte
moderation-edit-reason = Raison (facultative, pour le journal d’audit)
moderation-edit-save = Enregistrer et approuver

## A held post, to its author
moderation-held-title = { $kind ->
        [question] Votre question attend
        [answer] Votre réponse attend
        [comment] Votre commentaire attend
        [idea] Votre idée attend
       *[article] Votre article attend
    } un modérateur
moderation-held-lead = Votre message est enregistré, et personne d’autre ne le voit tant qu’un modérateur ne l’a pas examiné. Voici pourquoi :
moderation-held-private = Si quelque chose ici ne doit pas être rendu public, dites-le à un modérateur : il le modifiera avant d’approuver, ou refusera le message.

## Reporting a post
moderation-report-title = Signaler un message
moderation-report-lead = Vous signalez { $kind ->
        [question] la question
        [answer] la réponse
        [comment] le commentaire
        [idea] l’idée
       *[article] l’article
    } « { $title } » de { $author }. Seuls les modérateurs voient votre signalement.
moderation-report-summary = Rien n’a été envoyé. Veuillez corriger le champ signalé.
moderation-report-reason = Qu’est-ce qui ne va pas ?
moderation-report-send = Envoyer le signalement

## The audit log
moderation-audit-title = Journal d’audit
moderation-audit-lead = Toutes les actions des modérateurs et des administrateurs, les plus récentes d’abord. Les entrées ne peuvent être ni modifiées ni supprimées.
moderation-audit-action-label = Action (ou son début, par exemple « mod. »)
moderation-audit-who = Qui
moderation-audit-from = Du (AAAA-MM-JJ)
moderation-audit-to = Au (AAAA-MM-JJ)
moderation-audit-csv = Télécharger ces entrées au format CSV
moderation-audit-empty = Aucune action consignée ne correspond.
moderation-audit-caption = Actions consignées
moderation-audit-when = Quand (UTC)
moderation-audit-what = Ce qui s’est passé
moderation-audit-action = Action
moderation-audit-details = Détails
moderation-audit-reason = Raison
