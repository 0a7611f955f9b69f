# La mise en page commune, les dates et les nombres.

## Mise en page
skip-to-content = Aller au contenu
site-search = Recherche sur le site
search-the-community = Rechercher dans la communauté
search-placeholder = Rechercher
menu = Menu
confirm-your-address = Merci de confirmer votre adresse e-mail : suivez le lien que nous vous avons envoyé.
send-it-again = Le renvoyer
footer-privacy = { $site } héberge cette communauté sur ses propres serveurs. Nous déposons un seul cookie, pour garder votre session ouverte, et ne chargeons rien depuis ailleurs.
language = Langue

## En-tête
nav-main = Navigation principale
nav-blog = Blog
nav-experts = Nos experts
nav-ideas = Idées
nav-search = Recherche
nav-account = Compte
nav-queue = File d’attente
nav-moderation = Modération
nav-posts-waiting = messages en attente
nav-admin = Administration
nav-notifications = Notifications
nav-unread = non lues
nav-sign-out = Se déconnecter
nav-sign-in = Se connecter
nav-join = S’inscrire

## Nombres et dates
number = { $n }
date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
date-time = { $date } à { $time } UTC
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
month-short-1 = janv.
month-short-2 = févr.
month-short-3 = mars
month-short-4 = avr.
month-short-5 = mai
month-short-6 = juin
month-short-7 = juil.
month-short-8 = août
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = déc.

## Nombres d’éléments
count-votes = { $count ->
    [one] { $count } vote
   *[other] { $count } votes
}
count-answers = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}
count-articles = { $count ->
    [one] { $count } article
   *[other] { $count } articles
}
count-ideas = { $count ->
    [one] { $count } idée
   *[other] { $count } idées
}
count-questions = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
count-comments = { $count ->
    [one] { $count } commentaire
   *[other] { $count } commentaires
}
count-flags = { $count ->
    [one] { $count } signalement
   *[other] { $count } signalements
}
count-posts = { $count ->
    [one] { $count } message
   *[other] { $count } messages
}
count-ideas-wait = { $count ->
    [one] { $count } idée attend
   *[other] { $count } idées attendent
}
count-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
count-hours = { $count ->
    [one] { $count } heure
   *[other] { $count } heures
}

## Noms des choses
idea-status = { $status ->
    [new] Nouvelle
    [under-review] À l’étude
    [planned] Prévue
    [in-progress] En cours
    [done] Réalisée
    [declined] Refusée
    [duplicate] Doublon
   *[other] { $status }
}
kind-name = { $kind ->
    [question] question
    [answer] réponse
    [comment] commentaire
    [idea] idée
   *[article] article
}

## Front page
home-title = Bienvenue
home-welcome = Bienvenue sur { $site }
home-for-you = Pour vous
home-tell-us-interests = Dites-nous quels domaines et quels sujets vous intéressent : c’est ici que nous mettrons leurs nouveautés, choisies uniquement d’après ce que vous nous dites.
home-choose-interests = Choisir vos centres d’intérêt
home-nothing-new = Rien de nouveau ce mois-ci dans les domaines et sujets que vous avez choisis.
home-change-interests = Modifier vos centres d’intérêt
home-a-new-answer = une nouvelle réponse
home-why-these = Pourquoi ceux-ci ? Ce qui nous sert à les choisir
home-blog-lead = Coupe, matières, entretien et conseils de style, par ceux qui connaissent le mieux nos vêtements.
home-experts-lead = Une question de taille, de costume, de chaussures ou de tenue pour une occasion ? L’un de nos experts vous répondra.
home-ideas-lead = Dites-nous ce que nous devrions créer ou changer, et votez pour les idées qui vous plaisent.
home-latest = Les derniers articles du blog
home-all-articles = Tous les articles
home-recent-questions = Questions récentes
home-accepted-answer = Réponse acceptée
home-answered-by-expert = Un expert a répondu
home-asked-by = posée par
home-all-questions = Toutes les questions
home-ask-a-question = Poser une question
home-most-wanted = Les idées les plus demandées
home-by = par
home-all-ideas = Toutes les idées
home-share-an-idea = Proposer une idée
home-join = Rejoindre la communauté
home-or = ou
home-sign-in = vous connecter

## Error pages, notifications, e-mail choices
error-front-page = Aller à la page d’accueil
error-status = Erreur { $status }
notifications-empty = Rien pour l’instant. Vous serez prévenu ici quand quelqu’un répondra à vos questions.
notifications-mark-read = Tout marquer comme lu
notifications-new = Nouveau
notifications-choose-email = Choisir les notifications que vous recevez aussi par e-mail
unsubscribe-about = Ne plus m’écrire au sujet de :
unsubscribe-still-shown = Vous les verrez toujours dans vos notifications sur le site.
unsubscribe-choose = Choisir les e-mails que vous recevez
unsubscribe-signed-in = (vous devez être connecté).

## Search
search-heading = Recherche
search-for = Rechercher
search-hint = Tous les mots doivent apparaître. Utilisez des "guillemets" pour une expression et -mot pour exclure un mot.
search-filters = Filtres
search-kind = Type
search-everything = Tout
search-kind-plural =
    { $kind ->
        [question] Questions
        [answer] Réponses
        [article] Articles
        [idea] Idées
       *[comment] Commentaires
    }
search-area = Domaine
search-every-area = Tous les domaines
search-idea-status = Statut de l’idée
search-any = Tous
search-from = Du (AAAA-MM-JJ)
search-until = Au (AAAA-MM-JJ)
search-held = Messages retenus et masqués
search-newest = Les plus récents d’abord
search-nothing = Aucun résultat
search-try-other = Essayez avec moins de mots ou d’autres mots
search-or = , ou
search-without-filters = cherchez sans les filtres
search-still-looking = Vous cherchez toujours ?
search-they-answer =  : ils répondent aux questions comme la vôtre.
search-visibility =
    { $visibility ->
        [held] retenu
        [hidden] masqué
        [merged] fusionné
       *[other] { $visibility }
    }
search-set-aside = Vous avez marqué ceci « pas pour moi »
search-answer-accepted = Réponse acceptée
search-by-an-expert = Par un expert
search-result-pages = Pages de résultats
pager-previous = Précédent
pager-next = Suivant

## Shared pieces of pages
role-badge =
    { $role ->
        [expert] Expert
        [staff] Équipe
        [moderator] Modérateur
       *[other] { $role }
    }
card-by = Par
card-scheduled = Programmé pour le { $when }
card-draft = Brouillon
card-minutes = { $minutes } min de lecture
comment-edited = modifié
comment-edit = Modifier
comment-edit-yours = votre commentaire
held-waiting = En attente d’un modérateur
held-only-author-and-mods = Seuls son auteur et les modérateurs le voient.
held-review = L’examiner dans la file
held-only-you = Vous seul et les modérateurs le voyez tant qu’un modérateur ne l’a pas lu.
not-for-me = Pas pour moi
not-for-me-none = Rien. « Pas pour moi » sur un article, une question, une idée, un domaine ou un sujet le retire de votre page d’accueil, de vos listes et de vos résumés ; il apparaîtra ici, avec de quoi annuler.
not-for-me-gone = Quelque chose qui n’existe plus
not-for-me-kind =
    { $kind ->
        [article] article
        [question] question
        [idea] idée
        [area] domaine
        [tag] sujet
       *[other] { $kind }
    }
not-for-me-undo = Annuler
not-for-me-undo-on = « pas pour moi » sur { $name }
pager-pages = Pages
pager-page-of = Page { $page } sur { $pages }
pager-page-of-more = Page { $page } sur plus de { $pages }
picture-legend = Une image (facultatif)
picture-yours = Votre image
picture-upload = Envoyer une image (JPEG, PNG, WebP ou GIF, 8 Mo au plus)
picture-describe = Décrivez l’image
report = Signaler
report-this =
    { $kind ->
        [comment] ce commentaire
        [answer] cette réponse
        [question] cette question
        [idea] cette idée
        [article] cet article
       *[other] ce message
    }

## Feeds
feed-blog = Blog de { $site }
feed-author = Blog de { $site } : articles de { $author }
feed-experts = { $site } : Nos experts
feed-area = { $site } : Nos experts, { $area }
feed-ideas = { $site } : idées
opensearch-description = Rechercher dans la communauté { $site }

## Links sent by e-mail
link-ask-again = Demander un nouveau lien
link-ask-again-account = Demander un nouveau lien depuis votre compte
link-back-to-account = Retour à votre compte
link-back-to-sign-in = Retour à la connexion
link-none = {""}
link-undo-text = Remettre votre ancienne adresse e-mail sur votre compte et déconnecter tous les appareils ?
link-undo-button = Annuler le changement
link-confirm-text = Confirmez que cette adresse e-mail est bien la vôtre.
link-confirm-button = Confirmer mon adresse
device-browser-on = { $browser } sous { $system }
device-unknown-on = Un navigateur sous { $system }
device-unknown = Un navigateur
answers-label =
    { $count ->
        [one] réponse
       *[other] réponses
    }

## The account page
account-language-heading = Langue
account-language-label = La langue du site et de nos e-mails
account-language-browser = Comme mon navigateur le demande
account-language-save = Enregistrer la langue
# Écrit dans un message qui donne le lien d’une vidéo, dans la langue du message.
post-video-play = Lire la vidéo sur { $host }
post-video-note = (chargée depuis { $host } seulement si vous le choisissez)
## Il y a combien de temps, pour les moments récents
ago-now = à l’instant
ago-minutes = { $count ->
    [one] il y a { $count } minute
   *[other] il y a { $count } minutes
}
ago-hours = { $count ->
    [one] il y a { $count } heure
   *[other] il y a { $count } heures
}
ago-days = { $count ->
    [one] il y a { $count } jour
   *[other] il y a { $count } jours
}
ago-date = le { $date }
## Les liens du pied de page de la marque
footer-link-privacy = Politique de confidentialité
footer-link-terms = Conditions d’utilisation
footer-link-shop = Boutique
