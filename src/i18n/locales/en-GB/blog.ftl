# blog

## An article
blog-scheduled-notice = Scheduled: not yet visible to readers
blog-draft-notice = Draft: visible to staff and moderators only
# Before the author's name.
blog-by = By
blog-reading-minutes = { $minutes } min read
blog-edit-article = Edit this article
blog-revisions = Revisions
# Before the article's tags.
blog-tagged = Tagged
blog-author-deleted = The author of this article has deleted their account. The article stays for the conversation under it.
blog-about-author = About the author
# After the author's name.
blog-writes-for-staff-blog = writes for our staff blog.
blog-more-from = More from { $author }
blog-atom-feed = Atom feed
blog-share-label = Share this article
blog-share = Share
blog-share-email = E-mail
blog-reply = Reply
# Read by screen readers after "Reply".
blog-reply-to = to { $author }
blog-your-reply = Your reply
blog-post-reply = Post reply
blog-add-comment = Add a comment
blog-comment-hint = Markdown works: **bold**, _italic_, links.
blog-post-comment = Post comment
# "Sign in or join to comment.", in four pieces around two links.
blog-sign-in = Sign in
blog-or = or
blog-join = join
blog-to-comment = to comment.

## The editor
blog-view-article = View the article
blog-nothing-saved = Nothing was saved. Please correct the highlighted fields.
blog-preview = Preview
blog-not-saved-yet = Not saved yet.
blog-title-label = Title
blog-summary-label = Summary
blog-summary-hint = One or two sentences for lists and link previews. Left empty, the article's opening is used.
blog-body-label = Article
blog-body-hint = Markdown: ## headings, **bold**, lists, tables, [links](https://…), footnotes[^1]. A line with only a YouTube or Vimeo link becomes a video.
blog-tags-label = Tags
blog-tags-hint = Up to 5, separated by commas: shirts, care, occasions.
blog-cover-legend = Cover picture
blog-current-cover = The current cover
blog-remove-cover = Remove the cover
blog-cover-replace = Replace with a picture (JPEG, PNG, WebP or GIF, up to 8 MB)
blog-cover-upload = Upload a picture (JPEG, PNG, WebP or GIF, up to 8 MB)
blog-cover-alt-label = Describe the picture for people who cannot see it
blog-publishing = Publishing
blog-publish-draft = Keep as a draft
blog-publish-now = Publish now
blog-publish-schedule = Publish at a set time
blog-publish-at-label = Time to publish (UTC)
blog-save = Save

## The list
blog-write-article = Write an article
blog-not-for-me-tag = Not for me: articles about { $tag }
blog-all-articles = All articles
blog-follow-author = Follow { $author }'s articles (Atom feed)
blog-drafts-and-scheduled = Drafts and scheduled
blog-only-staff-see = Only staff and moderators see these.
blog-no-articles = No articles have been published here yet.
blog-articles = Articles
blog-follow-blog = Follow the blog (Atom feed)

## Revisions
# "Of <article title>, newest first."
blog-revisions-of = Of
blog-revisions-newest-first = , newest first.
blog-revision-by = by { $editor }: “{ $title }”
blog-revision-by-deleted = by a deleted member: “{ $title }”
