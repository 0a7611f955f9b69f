# blog

## Un article
blog-scheduled-notice = Programmé : pas encore visible des lecteurs
blog-draft-notice = Brouillon : visible uniquement par l’équipe et les modérateurs
# Avant le nom de l’auteur.
blog-by = Par
blog-reading-minutes = { $minutes } min de lecture
blog-edit-article = Modifier cet article
blog-revisions = Versions
# Avant les étiquettes de l’article.
blog-tagged = Thèmes :
blog-author-deleted = L’auteur de cet article a supprimé son compte. L’article reste en ligne pour la discussion qui l’accompagne.
blog-about-author = À propos de l’auteur
# Après le nom de l’auteur.
blog-writes-for-staff-blog = écrit pour le blog de notre équipe.
blog-more-from = Plus d’articles de { $author }
blog-atom-feed = Flux Atom
blog-share-label = Partager cet article
blog-share = Partager
blog-share-email = E-mail
blog-reply = Répondre
# Lu par les lecteurs d’écran après « Répondre ».
blog-reply-to = à { $author }
blog-your-reply = Votre réponse
blog-post-reply = Publier la réponse
blog-add-comment = Ajouter un commentaire
blog-comment-hint = Le Markdown fonctionne : **gras**, _italique_, liens.
blog-post-comment = Publier le commentaire
# « Connectez-vous ou inscrivez-vous pour commenter. », en quatre morceaux autour de deux liens.
blog-sign-in = Connectez-vous
blog-or = ou
blog-join = inscrivez-vous
blog-to-comment = pour commenter.

## L’éditeur
blog-view-article = Voir l’article
blog-nothing-saved = Rien n’a été enregistré. Merci de corriger les champs signalés.
blog-preview = Aperçu
blog-not-saved-yet = Pas encore enregistré.
blog-title-label = Titre
blog-summary-label = Résumé
blog-summary-hint = Une ou deux phrases pour les listes et les aperçus de liens. S’il est vide, le début de l’article est utilisé.
blog-body-label = Article
blog-body-hint = Markdown : ## titres, **gras**, listes, tableaux, [liens](https://…), notes de bas de page[^1]. Une ligne ne contenant qu’un lien YouTube ou Vimeo devient une vidéo.
blog-tags-label = Thèmes
blog-tags-hint = Jusqu’à 5, séparés par des virgules : chemises, entretien, occasions.
blog-cover-legend = Image de couverture
blog-current-cover = La couverture actuelle
blog-remove-cover = Retirer la couverture
blog-cover-replace = Remplacer par une image (JPEG, PNG, WebP ou GIF, 8 Mo maximum)
blog-cover-upload = Ajouter une image (JPEG, PNG, WebP ou GIF, 8 Mo maximum)
blog-cover-alt-label = Décrivez l’image pour les personnes qui ne peuvent pas la voir
blog-publishing = Publication
blog-publish-draft = Garder en brouillon
blog-publish-now = Publier maintenant
blog-publish-schedule = Publier à une date choisie
blog-publish-at-label = Date et heure de publication (UTC)
blog-save = Enregistrer

## La liste
blog-write-article = Écrire un article
blog-not-for-me-tag = Pas pour moi : les articles sur « { $tag } »
blog-all-articles = Tous les articles
blog-follow-author = Suivre les articles de { $author } (flux Atom)
blog-drafts-and-scheduled = Brouillons et articles programmés
blog-only-staff-see = Seuls l’équipe et les modérateurs les voient.
blog-no-articles = Aucun article n’a encore été publié ici.
blog-articles = Articles
blog-follow-blog = Suivre le blog (flux Atom)

## Versions
# « Versions de <titre de l’article>, de la plus récente à la plus ancienne. »
blog-revisions-of = Versions de
blog-revisions-newest-first = , de la plus récente à la plus ancienne.
blog-revision-by = par { $editor } : « { $title } »
blog-revision-by-deleted = par un membre qui a supprimé son compte : « { $title } »
