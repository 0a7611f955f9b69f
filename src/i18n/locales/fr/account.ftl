# account

## Commun aux pages du compte
account-form-summary = Veuillez corriger les champs signalés.
account-back-to-account = ← Votre compte
account-email-label = Adresse e-mail
account-email-hint = Vous seul et nos administrateurs pouvez la voir.
account-login-label = Nom d’utilisateur ou adresse e-mail
account-password-label = Mot de passe
account-your-password-label = Votre mot de passe
account-new-password-label = Nouveau mot de passe
account-new-password-hint = Au moins 10 caractères. Quelques mots sans rapport entre eux font un mot de passe solide.
account-username-label = Nom d’utilisateur
account-username-hint = De 3 à 30 lettres, chiffres, _ ou -. Affiché avec ce que vous écrivez.
# La fréquence du résumé, par sa clé (le libellé anglais est affiché tel quel sinon).
account-digest = { $digest ->
    [never] Jamais
    [weekly] Une fois par semaine
    [daily] Une fois par jour
   *[other] { $digest }
}
# Un rôle du membre, par son nom, dans la liste de ses rôles.
account-role = { $role ->
    [member] membre
    [expert] expert
    [staff] équipe
    [moderator] modérateur
    [admin] administrateur
   *[other] { $role }
}

## Mot de passe oublié et nouveau mot de passe
account-forgot-heading = Choisir un nouveau mot de passe
account-forgot-lead = Saisissez l’adresse de votre compte : nous vous enverrons par e-mail un lien pour choisir un nouveau mot de passe.
account-forgot-button = Recevoir un lien
# Suivi du nom d’utilisateur en gras et d’un point, puis de account-reset-signed-out.
account-reset-for = Pour le compte
account-reset-signed-out = Tous les appareils connectés à ce compte seront déconnectés.
account-reset-button = Enregistrer mon nouveau mot de passe

## Connexion et inscription
account-sign-in-heading = Se connecter
account-sign-in-or-password = Ou connectez-vous avec votre mot de passe Parlour :
# Suivi d’un lien (account-sign-in-create-link) et d’un point.
account-sign-in-new-here = Nouveau venu ?
account-sign-in-create-link = Créez un compte
account-sign-in-button = Se connecter
account-sign-in-forgot-link = Mot de passe oublié ?
account-signup-heading = Créer un compte
# Suivi d’un lien (account-signup-sign-in-link) et d’un point.
account-signup-already = Déjà membre ?
account-signup-sign-in-link = Connectez-vous
account-signup-button = Créer mon compte

## Déconnecté d’un fournisseur
account-signed-out-heading = Vous êtes déconnecté
account-signed-out-text = Vous êtes déconnecté de cette communauté. Vous êtes peut-être encore connecté à votre compte { $provider } dans ce navigateur.
account-signed-out-provider-too = Se déconnecter aussi de { $provider }
account-signed-out-back = Retour à la communauté

## Bienvenue après une connexion par un fournisseur
account-welcome-heading = Bienvenue
account-welcome-address-taken = { $provider } vous a connecté. Encore une étape : un compte utilise déjà { $email } ici ; associez-le ci-dessous avec son mot de passe.
account-welcome-choose = { $provider } vous a connecté. Encore une étape : choisissez le nom sous lequel vous serez connu ici, ou associez un compte que vous avez déjà.
account-welcome-new-here = Nouveau venu
account-welcome-email-hint = { $provider } n’a pas confirmé d’adresse pour vous : nous enverrons un lien pour confirmer celle-ci. Vous seul et nos administrateurs pouvez la voir.
account-welcome-email-confirmed = Votre adresse e-mail : { $email } (confirmée par { $provider }).
account-welcome-join = M’inscrire
account-welcome-already-member = Déjà membre
account-welcome-link-button = Associer mon compte

## Centres d’intérêt
account-interests-first-heading = Bienvenue ! Qu’est-ce qui vous intéresse ?
account-interests-first-lead = Choisissez les sujets dont vous aimeriez entendre parler. Nous utilisons uniquement ce que vous choisissez ici — jamais ce que vous lisez ou ce sur quoi vous cliquez — et vous pouvez le modifier à tout moment.
account-interests-heading = Vos centres d’intérêt
# Suivi d’un lien (account-interests-see-all-link) et d’un point.
account-interests-lead = Votre page d’accueil et vos résumés présentent les nouveautés dans ce que vous choisissez ici, et disent pourquoi. Nous n’utilisons rien d’autre : ni ce que vous lisez, ni ce sur quoi vous cliquez.
account-interests-see-all-link = Voir tout ce que nous utilisons
account-interests-areas-legend = Domaines — questions, réponses et idées
account-interests-topics-legend = Sujets de nos articles
account-interests-digest-legend = À quelle fréquence devons-nous vous en écrire ?
account-interests-save = Enregistrer
account-interests-skip = Plus tard

## La page du compte
account-heading = Votre compte
account-none = Aucune.
account-email-private = (visible uniquement par vous et nos administrateurs)
account-email-not-confirmed = Pas encore confirmée.
account-email-follow-link = Suivez le lien que nous vous avons envoyé par e-mail.
account-email-send-again = Renvoyer le lien
account-roles-label = Rôles
account-member-since = Membre depuis
account-security-link = Changer votre mot de passe ou votre adresse e-mail, ou déconnecter vos autres appareils
account-what-you-see-heading = Ce que vous voyez
account-interests-link = Vos centres d’intérêt et le résumé
account-personal-link = Tout ce qui nous sert à personnaliser
account-profile-heading = Profil
# Suivi d’un lien (account-profile-public-link) et d’un point.
account-profile-others-see = Les autres le voient sur
account-profile-public-link = votre profil public
account-display-name-label = Nom affiché
account-display-name-hint = Affiché sur votre profil à côté de votre nom d’utilisateur. Laissez-le vide pour n’afficher que votre nom d’utilisateur. 50 caractères au maximum.
account-bio-label = Une courte présentation
account-bio-hint = Affichée sur votre profil et, pour les experts, sur la page de l’équipe d’experts. 500 caractères au maximum.
account-hide-activity-label = Masquer mon activité sur mon profil
account-hide-activity-hint = Votre profil n’affiche alors que votre nom, votre photo et votre présentation. Vos messages restent là où vous les avez écrits.
account-avatar-current-alt = Votre photo actuelle
account-avatar-remove = Supprimer la photo
account-avatar-label = Votre photo
account-profile-save = Enregistrer le profil
account-mail-heading = Notifications par e-mail
# Suivi d’un lien (account-mail-notifications-link), d’un point et de account-mail-choose.
account-mail-everything-in = Tout apparaît dans
account-mail-notifications-link = vos notifications
account-mail-choose = Choisissez ce que vous voulez aussi recevoir par e-mail.
account-mail-save = Enregistrer mes choix d’e-mails
account-data-heading = Vos données
account-data-download-link = Télécharger tout ce que nous conservons sur vous
account-data-download-what = (un seul fichier JSON : votre compte, vos messages, vos votes, vos suivis, vos signalements et vos notifications).
account-delete-what = Supprimer votre compte efface votre adresse e-mail, votre nom, votre profil, votre photo, vos votes, vos suivis et vos notifications, et vous déconnecte.
account-delete-posts-legend = Vos messages
account-delete-posts-keep = Conserver mes messages, présentés comme ceux d’un ancien membre
account-delete-posts-remove = Supprimer aussi mes messages
account-delete-posts-hint = La suppression efface chaque message auquel personne n’a réagi. Lorsque d’autres ont réagi, leurs réponses restent lisibles : une réponse ou un commentaire de votre part auquel d’autres ont répondu affiche « [contenu supprimé par son auteur] », et une question, une idée ou un article de votre part auquel d’autres ont répondu, pour lequel ils ont voté ou qu’ils ont commenté reste en ligne, sans votre nom.
account-delete-confirm = Oui, supprimer mon compte
account-delete-button = Supprimer mon compte

## Ce qui nous sert à personnaliser
account-personal-heading = Ce qui nous sert à personnaliser
# Suivi d’un lien (account-personal-export-link), puis de account-personal-lead-end.
account-personal-lead = Votre page d’accueil et vos résumés sont choisis uniquement d’après ce qui figure sur cette page : ce que vous nous avez dit. Nous ne gardons aucune trace de ce que vous lisez, de ce sur quoi vous cliquez ni de ce que vous regardez : rien de tout cela n’est utilisé, et rien de tout cela ne figure dans votre
account-personal-export-link = export de données
account-personal-lead-end = , puisque cela n’existe pas.
account-personal-areas = Domaines :
account-personal-topics = Sujets :
account-personal-none = aucun
account-personal-digest = Résumé :
account-personal-change-interests = Modifier vos centres d’intérêt ou le résumé
account-personal-follows-heading = Les questions que vous suivez
account-personal-follows-text = Leurs nouvelles réponses figurent dans votre liste « Pour vous » et dans vos résumés. Pour ne plus suivre une question, rendez-vous sur sa page.
account-personal-expert-heading = Vos domaines d’expert
account-personal-expert-text = Les nouvelles questions en { $areas } vous sont envoyées pour que vous y répondiez. Ces domaines sont choisis par un administrateur.
account-personal-mail-heading = E-mail
# Suivi d’un lien (account-personal-mail-link) et d’un point.
account-personal-mail-text = Vous choisissez quelles notifications vous parviennent par e-mail :
account-personal-mail-link = faites votre choix sur la page de votre compte

## Mot de passe, adresse et appareils
account-security-heading = Mot de passe, adresse et appareils
account-providers-heading = Les comptes avec lesquels vous vous connectez
account-providers-none = Aucun pour l’instant.
account-providers-since = (depuis le { $date })
account-providers-remove = Retirer
account-providers-link = Associer : { $provider }
account-password-heading = Changer votre mot de passe
account-current-password-label = Mot de passe actuel
account-change-password-hint = Au moins 10 caractères. Tous vos autres appareils seront déconnectés.
account-password-button = Changer de mot de passe
account-address-heading = Changer votre adresse e-mail
account-address-now = Actuellement :
account-address-not-confirmed = (pas encore confirmée)
account-address-text = La nouvelle adresse doit être confirmée avant que nous l’utilisions, et nous prévenons l’adresse actuelle.
account-new-email-label = Nouvelle adresse e-mail
account-address-button = Changer d’adresse
account-devices-heading = Où vous êtes connecté
account-devices-this-device = cet appareil
account-devices-signed-in = Connecté le { $date }
account-devices-sign-out = Déconnecter
account-devices-sign-out-which = { $device }, connecté le { $date }
account-devices-sign-out-others = Déconnecter tous les autres appareils

## Le profil public d’un membre
account-profile-answers-accepted = Réponses acceptées
account-profile-ideas-adopted = Idées prévues ou réalisées
account-profile-expert-in = Expert en
account-profile-expert-since = expert depuis le
account-profile-posts-heading = Messages
account-profile-nothing-yet = Rien pour l’instant.
# Ce qu’est une ligne de la liste d’activité, selon le type du message ; son titre suit.
account-profile-activity-kind = { $kind ->
    [question] Question
    [answer] Réponse à
    [idea] Idée
    [comment] Commentaire sur
   *[article] Article
}
account-profile-not-public = Non public
account-profile-activity-hidden = { $name } ne montre pas son activité sur son profil.

## API tokens
account-tokens-heading = Jetons d’API
account-tokens-lead = Un jeton permet à un autre programme — un outil de service client, un CRM, un script à vous — d’utiliser l’API de la communauté en votre nom, avec les seuls droits que vous lui donnez. Quiconque le détient peut agir en votre nom : gardez-le comme un mot de passe.
account-tokens-docs = La description de l’API (OpenAPI)
account-tokens-made-heading = Votre nouveau jeton
account-tokens-made-text = Copiez-le maintenant : il n’est affiché qu’une fois. Si vous le perdez, révoquez-le et créez-en un autre.
account-tokens-made-label = Jeton
account-tokens-new-heading = Créer un jeton
account-tokens-name-label = Nom
account-tokens-name-hint = Ce qui l’utilisera, par exemple « Intégration service client ».
account-tokens-scopes-legend = Ce qu’il peut faire
account-token-scope = { $scope ->
    [read] Lire ce que vous pouvez lire
    [post] Poser des questions, répondre, commenter et proposer des idées
    [vote] Voter pour des réponses et des idées
    [moderate] Approuver les messages retenus et changer le statut des idées
   *[other] { $scope }
}
account-tokens-days-label = Cesse de fonctionner après
account-tokens-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
account-tokens-make = Créer le jeton
account-tokens-list-heading = Vos jetons
account-tokens-none = Vous n’avez aucun jeton.
account-token-state = { $state ->
    [live] actif
    [expired] expiré
    [revoked] révoqué
   *[other] { $state }
}
account-tokens-made-on = créé le { $date }
account-tokens-used = dernière utilisation { $when }
account-tokens-never-used = jamais utilisé
account-tokens-expires = expire le { $date }
account-tokens-revoke = Révoquer
account-tokens-link = Jetons d’API, pour les programmes qui utilisent la communauté en votre nom
