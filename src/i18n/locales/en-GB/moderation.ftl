# moderation

## What the automatic checks found
moderation-premoderated =
    { $kind ->
        [question] questions
        [answer] answers
        [comment] comments
        [idea] ideas
       *[article] articles
    } wait for a moderator's review
moderation-leak-found =
    { $what ->
        [moderation-leak-card] { moderation-leak-card }
        [moderation-leak-email] { moderation-leak-email }
        [moderation-leak-phone] { moderation-leak-phone }
       *[other] { moderation-leak-term }
    }: “{ $text }”
moderation-crude = words such as { $words }
moderation-crude-severe = severe: words such as { $words }
moderation-sentiment = sentiment score { NUMBER($score, minimumFractionDigits: 2) } (flagged at -{ NUMBER($threshold, minimumFractionDigits: 2) } or below)
moderation-links = { $count } links (more than { $max })
moderation-and = { $first }; { $next }

## Shared words
moderation-colon = :
moderation-show-button = Show
moderation-continue = Continue
moderation-cancel = Cancel
moderation-back-to-queue = Back to the queue

## The queue
moderation-queue-title = Moderation queue
moderation-queue-lead = Held, flagged and reported posts. Held posts are seen only by their authors and moderators until you act.
moderation-queue-lead-audit = Every action is in the
moderation-audit-link = audit log
moderation-queue-lead-end = .
moderation-done-reason = You { $done } { $kind } #{ $id }. Add a reason (it goes in the audit log)
moderation-done-reason-author = You { $done } { $kind } #{ $id }. Add a reason (it goes in the audit log, and to the author)
moderation-add-reason = Add the reason
moderation-filter-reason = Reason
moderation-any-reason = Any reason
moderation-filter-area = Area
moderation-any-area = Any area
moderation-filter-order = Order
moderation-newest-first = Newest first
moderation-oldest-first = Oldest first
moderation-queue-empty = Nothing waits for a moderator. Well done.
moderation-item-by = { $kind } by
moderation-author-record = ({ $posts }, { $flags } so far)
moderation-flagged = flagged
moderation-held-pill = Held
moderation-reported-by = by { $name }
moderation-action-reason = Reason (optional; the author is told it when you reject, hide, silence or suspend)
moderation-approve = Approve
moderation-approve-trust = Approve and trust { $name }
moderation-edit-then-approve = Edit, then approve
moderation-reject = Reject
moderation-hide = Hide
moderation-days = Days
moderation-silence = Hide and silence the author
moderation-suspend = Hide and suspend the author

## Editing before approval
moderation-edit-title = Edit before approving
moderation-edit-lead = { $title }, { $kind ->
        [answer] an answer
        [idea] an idea
        [article] an article
        [comment] a comment
       *[question] a question
    } by { $author }. Your text replaces theirs; the original is kept with the moderation record, and the edit is logged.
moderation-edit-text = Text
moderation-edit-reason = Reason (optional, for the audit log)
moderation-edit-save = Save and approve

## A held post, to its author
moderation-held-title = Your { $kind } waits for a moderator
moderation-held-lead = It is saved, and nobody else sees it until a moderator has looked at it. Here is why:
moderation-held-private = If something here should not be public, tell a moderator and they will edit it before approving, or reject it.

## Reporting a post
moderation-report-title = Report a post
moderation-report-lead = You are reporting { $kind } “{ $title }” by { $author }. Only the moderators see your report.
moderation-report-summary = Nothing was sent. Please correct the highlighted field.
moderation-report-reason = What is wrong with it?
moderation-report-send = Send report

## The audit log
moderation-audit-title = Audit log
moderation-audit-lead = Every moderator and admin action, newest first. Entries cannot be changed or removed.
moderation-audit-action-label = Action (or its start, e.g. “mod.”)
moderation-audit-who = Who
moderation-audit-from = From (YYYY-MM-DD)
moderation-audit-to = To (YYYY-MM-DD)
moderation-audit-csv = Download these entries as CSV
moderation-audit-empty = No logged actions match.
moderation-audit-caption = Logged actions
moderation-audit-when = When (UTC)
moderation-audit-what = What happened
moderation-audit-action = Action
moderation-audit-details = Details
moderation-audit-reason = Reason
