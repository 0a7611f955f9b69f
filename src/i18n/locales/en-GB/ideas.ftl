# ideas

## The board
ideas-board-title = Ideas
ideas-share-button = Share an idea
ideas-board-lead = Tell us what we should make or change. Vote for the ideas you want; our team reviews every one and gives it a status.
ideas-wait-for-review = { $count ->
    [one] { $count } idea waits for review
   *[other] { $count } ideas wait for review
}
ideas-yours-waiting = Your ideas waiting for review
ideas-sort-by = Sort by
ideas-sort-top = Most votes
ideas-sort-new = Newest
ideas-sort-trending = Trending (last 14 days)
ideas-status-label = Status
ideas-any-status = Any status
ideas-area-label = Area
ideas-any-area = Any area
ideas-show-button = Show
ideas-empty = No ideas here yet.
ideas-share-first = Share the first
ideas-empty-end = .
ideas-votes-word = { $count ->
    [one] vote
   *[other] votes
}
ideas-by = by
ideas-feed-link = Follow new ideas (Atom feed)

## An idea
ideas-not-accepted = Not accepted for the board
ideas-waiting-only-you = Waiting for review: only you and the moderators see this idea
ideas-shared-by = shared by
ideas-author-deleted = The person who shared this idea has deleted their account. The idea stays for those who voted for it or discussed it.
ideas-withdraw-vote = Withdraw my vote
ideas-vote-button = Vote for this idea
ideas-sign-in-to-vote = Sign in to vote
ideas-show-again = Show it in my lists again
ideas-not-for-me = Not for me
ideas-stop-following = Stop following
ideas-follow = Follow: tell me when its status changes
ideas-status-history = Status history
ideas-add-comment = Add a comment
ideas-post-comment = Post comment
ideas-status-and-notes = Status and notes
ideas-review-this = Review this idea
ideas-status-unchanged = { $status } (unchanged)
ideas-choose = Choose…
ideas-approve-as-new = Approve: on the board as New
ideas-note-label-approved = Public note (alone, it is added to the history and the status stays)
ideas-note-label-optional = Public note (optional)
ideas-save = Save
ideas-merge-heading = Merge as a duplicate
ideas-merge-find = Find the idea it duplicates, by its title
ideas-search = Search
ideas-merge-into = Merge into
ideas-merge-none = No idea on the board has a title like “{ $query }”.
ideas-merge-button = Merge

## Sharing an idea
ideas-new-lead = What should we make, stock or change?
ideas-new-premoderated = A moderator reads every idea before it appears on the board.
ideas-form-summary = Nothing was posted. Please correct the highlighted fields.
ideas-similar-heading = Similar ideas
ideas-similar-none = We found no similar ideas. Share yours below.
ideas-similar-lead = If one of these is what you mean, your vote helps it more than a new idea would:
ideas-vote-instead = Vote for this instead
ideas-title-label = Your idea
ideas-title-hint = One sentence, e.g. “Offer shirts in half collar sizes”.
ideas-check-similar = Check for similar ideas
ideas-area-optional = Area (optional)
ideas-no-area = No particular area
ideas-body-label = Description
ideas-body-hint = Why it matters to you. Markdown works.
ideas-share-submit = Share idea

## The moderators' review
ideas-review-title = Ideas waiting for review
ideas-review-lead = Oldest first. Open an idea to approve it, decline it with a note for its author, or give it a status.
ideas-review-empty = Nothing waits. Thank you!
ideas-shared = Shared
ideas-numbers-heading = The numbers
ideas-numbers-week = Ideas received this week
ideas-numbers-month = Ideas received this month
ideas-numbers-median = Median time to a first response
ideas-numbers-by-status = Ideas on the board by status
ideas-status-count = { $status }: { $count }
