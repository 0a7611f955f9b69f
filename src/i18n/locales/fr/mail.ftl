# Les e-mails, dans la langue du destinataire.

mail-why-account = Vous recevez cet e-mail parce qu’il concerne votre compte. Nous ne l’envoyons à personne d’autre.
mail-why-address = Vous recevez cet e-mail parce que quelqu’un a saisi cette adresse dans notre communauté.
mail-why-notification = Vous recevez cet e-mail parce que vous avez choisi ce type de notification.
mail-why-digest = Vous recevez cet e-mail parce que vous avez demandé un résumé. Il est composé uniquement à partir de ce que vous nous avez dit : vos centres d’intérêt, ce que vous suivez et ce que vous avez marqué « pas pour moi ».
mail-read-it = Lire
mail-digest-label = le résumé des nouveautés pour vous
mail-title-unsubscribe = Ne plus recevoir ces e-mails
mail-unsubscribed = C’est fait : nous ne vous écrirons plus à ce sujet. Cela reste visible dans vos notifications sur le site.
mail-or-copy = Ou copiez cette adresse dans votre navigateur :
mail-stop = Ne plus recevoir d’e-mails de ce type
mail-choose = choisir les e-mails que vous recevez
mail-stop-text = Ne plus recevoir d’e-mails de ce type : { $link }
mail-choose-text = Choisir les e-mails que vous recevez : { $link }

mail-digest-subject = { $when ->
    [daily] Pour vous aujourd’hui
   *[weekly] Pour vous cette semaine
}
mail-digest-body = { $when ->
    [daily] Les nouveautés du jour dans les domaines et sujets que vous avez choisis, et sur les questions que vous suivez.
   *[weekly] Les nouveautés de la semaine dans les domaines et sujets que vous avez choisis, et sur les questions que vous suivez.
}
mail-digest-action = Modifier ce que vous recevez

mail-reset-subject = Choisissez un nouveau mot de passe
mail-reset-body = Quelqu’un a demandé à choisir un nouveau mot de passe pour le compte { $username }. Si c’était vous, suivez le lien ci-dessous dans l’heure. Il ne fonctionne qu’une fois.
mail-reset-action = Choisir un nouveau mot de passe
mail-reset-after = Si ce n’était pas vous, ignorez cet e-mail : votre mot de passe reste inchangé.

mail-password-changed-subject = Votre mot de passe a été modifié
mail-password-changed-body = Le mot de passe de votre compte { $username } vient d’être modifié, et tous vos autres appareils ont été déconnectés.
mail-password-changed-action = Si ce n’était pas vous, choisissez un nouveau mot de passe
mail-password-changed-after = {""}

mail-confirm-account-subject = Confirmez votre adresse e-mail
mail-confirm-account-body = Bienvenue ! Pour terminer la création de votre compte { $username }, confirmez que cette adresse est bien la vôtre. Le lien est valable une semaine.
mail-confirm-account-action = Confirmer mon adresse
mail-confirm-account-after = Si vous ne vous êtes pas inscrit, ignorez cet e-mail : il ne se passera rien.

mail-already-a-member-subject = Vous avez déjà un compte
mail-already-a-member-body = Quelqu’un a essayé de créer un compte avec cette adresse, mais elle appartient déjà au compte { $username }. Si c’était vous, connectez-vous plutôt.
mail-already-a-member-action = Se connecter
mail-already-a-member-after = Mot de passe oublié ? Choisissez-en un nouveau depuis la page de connexion. Si ce n’était pas vous, ignorez cet e-mail : rien n’a changé.

mail-confirm-address-subject = Confirmez votre nouvelle adresse e-mail
mail-confirm-address-body = Le compte { $username } a demandé à utiliser désormais cette adresse. Confirmez qu’elle est bien la vôtre et le changement sera fait. Le lien est valable une semaine.
mail-confirm-address-action = Confirmer ma nouvelle adresse
mail-confirm-address-after = Si vous n’avez rien demandé, ignorez cet e-mail.

mail-address-in-use-subject = Cette adresse a déjà un compte
mail-address-in-use-body = Quelqu’un a demandé à utiliser cette adresse pour son compte, mais un autre compte l’utilise déjà : rien n’a donc été modifié.
mail-address-in-use-action = Se connecter
mail-address-in-use-after = Si ce n’était pas vous, ignorez cet e-mail.

mail-address-changed-subject = Votre adresse e-mail a été modifiée
mail-address-changed-body = Le compte { $username } utilise désormais { $address } à la place de cette adresse.
mail-address-changed-action = Ce n’était pas moi : annuler le changement
mail-address-changed-after = L’annulation rétablit cette adresse, déconnecte tous les appareils et vous permet de choisir un nouveau mot de passe. Le lien est valable une semaine.
