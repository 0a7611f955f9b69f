# Les notifications (sur le site et en objet d’e-mail), et la façon dont le journal et la
# file de modération nomment ce dont ils parlent.


notify-question-in-area = Nouvelle question dans { $area } : { $title }
notify-answered-your-question = { $author } a répondu à votre question : { $title }
notify-followed-question-answered = Nouvelle réponse à une question que vous suivez : { $title }
notify-answer-accepted = Une réponse a été acceptée sur : { $title }
notify-invited-to-answer = { $by } vous invite à répondre : { $title }
notify-accept-reminder = Une réponse vous a aidé ? Acceptez-la sur : { $title }
notify-idea-on-board = Votre idée est sur le tableau : { $title }
notify-idea-status = « { $title } » est désormais { $status ->
    [new] nouvelle
    [under-review] à l’étude
    [planned] prévue
    [in-progress] en cours
    [done] réalisée
    [declined] refusée
    [duplicate] fusionnée
   *[other] { $status }
}
notify-idea-merged = « { $source } » a été fusionnée avec « { $target } » ; les votes ont suivi
notify-idea-merged-note = Fusionnée avec le nº { $id } : { $target }
notify-post-approved = Un modérateur a approuvé { $kind ->
        [question] votre question
        [answer] votre réponse
        [comment] votre commentaire
        [idea] votre idée
       *[article] votre article
    } : { $kind ->
    [comment] il est public
    [article] il est public
   *[other] elle est publique
} désormais.
notify-post-rejected = { $given ->
    [no] Un modérateur a refusé { $kind ->
        [question] votre question
        [answer] votre réponse
        [comment] votre commentaire
        [idea] votre idée
       *[article] votre article
    }.
   *[other] Un modérateur a refusé { $kind ->
        [question] votre question
        [answer] votre réponse
        [comment] votre commentaire
        [idea] votre idée
       *[article] votre article
    } : { $reason }
}
notify-post-hidden = { $given ->
    [no] Un modérateur a masqué { $kind ->
        [question] votre question
        [answer] votre réponse
        [comment] votre commentaire
        [idea] votre idée
       *[article] votre article
    }.
   *[other] Un modérateur a masqué { $kind ->
        [question] votre question
        [answer] votre réponse
        [comment] votre commentaire
        [idea] votre idée
       *[article] votre article
    } : { $reason }
}
notify-member-restricted = Un modérateur a masqué { $kind ->
        [question] votre question
        [answer] votre réponse
        [comment] votre commentaire
        [idea] votre idée
       *[article] votre article
    } et { $how ->
    [suspended] suspendu
   *[silenced] restreint
} votre compte pour { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}{ $given ->
    [no] .
   *[other] { "" } : { $reason }
}
notify-moderation-reason = La raison des modérateurs au sujet de { $kind ->
        [question] votre question
        [answer] votre réponse
        [comment] votre commentaire
        [idea] votre idée
       *[article] votre article
    } : { $reason }

audit-post = { $kind ->
    [answer] réponse nº { $id } de { $author } : Réponse à « { $title } »
    [comment] commentaire nº { $id } de { $author } : { $under ->
        [answer] Commentaire sur une réponse
        [idea] Commentaire sur une idée
       *[article] Commentaire sur un article
    }
   *[other] { $kind ->
        [question] question
        [answer] réponse
        [comment] commentaire
        [idea] idée
       *[article] article
    } nº { $id } de { $author } : { $title }
}
audit-member = membre { $username } (nº { $id })
audit-idea = idée { $title } (nº { $id })
audit-article = article { $title } (nº { $id })
post-heading = { $kind ->
    [answer] Réponse à « { $title } »
    [comment] { $under ->
        [answer] Commentaire sur une réponse
        [idea] Commentaire sur une idée
       *[article] Commentaire sur un article
    }
   *[other] { $title }
}
audit-sessions-ended = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
audit-merged-into = dans le nº { $id }
audit-restricted-until = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}, jusqu’au { $until }

## The audit log's sentences
audit-verb =
    { $action ->
        [mod-approve] a approuvé
        [idea-approve] a approuvé
        [mod-edit] a modifié puis approuvé
        [mod-reject] a refusé
        [mod-hide] a masqué
        [mod-reason] a donné la raison de son action sur
        [member-trust] a accordé sa confiance à
        [member-silence] a restreint
        [member-suspend] a suspendu
        [member-delete] a supprimé son compte,
        [idea-status] a changé le statut de
        [idea-note] a ajouté une note publique à
        [idea-merge] a fusionné
        [article-edit] a modifié
        [role-grant] a donné un rôle à
        [role-revoke] a retiré un rôle à
        [area-create] a créé le domaine
        [area-assign] a nommé
        [area-unassign] a retiré
        [setting-change] a modifié le réglage
        [brand-change] a modifié la marque :
        [webhook-add] a ajouté le point de réception de webhooks
        [webhook-enable] a réactivé le point de réception de webhooks
        [webhook-disable] a désactivé le point de réception de webhooks
        [webhook-remove] a supprimé le point de réception de webhooks
        [webhook-resend] a renvoyé une livraison au point de réception de webhooks
       *[other] { $action }
    }
audit-after =
    { $action ->
        [idea-merge] comme doublon
        [area-assign] expert d’un domaine
        [area-unassign] des experts d’un domaine
       *[other] {""}
    }
