# Notifications (on the site and in e-mail subjects) and how the audit log and the queue
# name what they are about. $kind is a post's kind: question, answer, comment, idea, article.


notify-question-in-area = New question in { $area }: { $title }
notify-answered-your-question = { $author } answered your question: { $title }
notify-followed-question-answered = New answer on a question you follow: { $title }
notify-answer-accepted = An answer was accepted on: { $title }
notify-invited-to-answer = { $by } invites you to answer: { $title }
notify-accept-reminder = Did an answer help? Accept it on: { $title }
notify-idea-on-board = Your idea is on the board: { $title }
notify-idea-status = “{ $title }” is now { $status ->
    [new] new
    [under-review] under review
    [planned] planned
    [in-progress] in progress
    [done] done
    [declined] declined
    [duplicate] merged
   *[other] { $status }
}
notify-idea-merged = “{ $source }” was merged into “{ $target }”; votes moved with it
notify-idea-merged-note = Merged into #{ $id }: { $target }
notify-post-approved = A moderator approved your { $kind ->
        [question] question
        [answer] answer
        [comment] comment
        [idea] idea
       *[article] article
    }: it is public now.
notify-post-rejected = { $given ->
    [no] A moderator rejected your { $kind ->
        [question] question
        [answer] answer
        [comment] comment
        [idea] idea
       *[article] article
    }.
   *[other] A moderator rejected your { $kind ->
        [question] question
        [answer] answer
        [comment] comment
        [idea] idea
       *[article] article
    }: { $reason }
}
notify-post-hidden = { $given ->
    [no] A moderator hid your { $kind ->
        [question] question
        [answer] answer
        [comment] comment
        [idea] idea
       *[article] article
    }.
   *[other] A moderator hid your { $kind ->
        [question] question
        [answer] answer
        [comment] comment
        [idea] idea
       *[article] article
    }: { $reason }
}
notify-member-restricted = A moderator hid your { $kind ->
        [question] question
        [answer] answer
        [comment] comment
        [idea] idea
       *[article] article
    } and { $how ->
    [suspended] suspended
   *[silenced] silenced
} your account for { $days ->
    [one] { $days } day
   *[other] { $days } days
}{ $given ->
    [no] .
   *[other] : { $reason }
}
notify-moderation-reason = The moderators' reason about your { $kind ->
        [question] question
        [answer] answer
        [comment] comment
        [idea] idea
       *[article] article
    }: { $reason }

audit-post = { $kind ->
    [answer] answer #{ $id } by { $author }: Answer to “{ $title }”
    [comment] comment #{ $id } by { $author }: { $under ->
        [answer] Comment on an answer
        [idea] Comment on an idea
       *[article] Comment on an article
    }
   *[other] { $kind ->
        [question] question
        [answer] answer
        [comment] comment
        [idea] idea
       *[article] article
    } #{ $id } by { $author }: { $title }
}
audit-member = member { $username } (#{ $id })
audit-idea = idea { $title } (#{ $id })
audit-article = article { $title } (#{ $id })
post-heading = { $kind ->
    [answer] Answer to “{ $title }”
    [comment] { $under ->
        [answer] Comment on an answer
        [idea] Comment on an idea
       *[article] Comment on an article
    }
   *[other] { $title }
}
audit-sessions-ended = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
audit-merged-into = into #{ $id }
audit-restricted-until = { $days ->
    [one] { $days } day
   *[other] { $days } days
}, until { $until }

## The audit log's sentences
audit-verb =
    { $action ->
        [mod-approve] approved
        [idea-approve] approved
        [mod-edit] edited, then approved,
        [mod-reject] rejected
        [mod-hide] hid
        [mod-reason] gave the reason for acting on
        [member-trust] trusted
        [member-silence] silenced
        [member-suspend] suspended
        [member-delete] deleted their account,
        [idea-status] changed the status of
        [idea-note] added a public note to
        [idea-merge] merged
        [article-edit] edited
        [role-grant] gave a role to
        [role-revoke] took a role from
        [area-create] created the area
        [area-assign] made
        [area-unassign] took
        [setting-change] changed the setting
        [brand-change] changed the brand to
        [webhook-add] added the webhook endpoint
        [webhook-enable] enabled the webhook endpoint
        [webhook-disable] disabled the webhook endpoint
        [webhook-remove] removed the webhook endpoint
        [webhook-resend] sent a delivery again to the webhook endpoint
       *[other] { $action }
    }
audit-after =
    { $action ->
        [idea-merge] as a duplicate
        [area-assign] an expert in an area
        [area-unassign] off an area's experts
       *[other] {""}
    }
