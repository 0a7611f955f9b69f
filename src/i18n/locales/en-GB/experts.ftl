# experts

## Asking
experts-ask-title = Ask a question
experts-ask-lead = Our experts answer in public, so the next person with the same question finds the answer too.
experts-nothing-posted = Nothing was posted. Please correct the highlighted fields.
experts-similar-questions = Similar questions
experts-no-similar = We found no similar questions. Post yours below.
experts-similar-intro = One of these may already have your answer:
experts-not-open-title = Questions are not open yet
experts-not-open-text = Every question goes to the experts of an area, and this community has no areas yet.
# Shown to admins: a link, then experts-assign-experts.
experts-create-first-areas = Create the first areas
experts-assign-experts = and assign your experts to them.
experts-team-setting-up = The team is setting them up: please come back soon.
experts-your-question = Your question
experts-question-hint = One sentence, e.g. “Which collar suits a round face?”
experts-check-similar = Check for similar questions
experts-area = Area
experts-choose-area = Choose an area
experts-details = Details
experts-details-hint = Sizes, what you have tried, the occasion. Markdown works.
experts-post-question = Post question

## The list of questions
experts-title = Ask the Experts
# Followed by a link (experts-list-lead-link) and a full stop.
experts-list-lead = Questions about fit, fabric, care and style, answered by
experts-list-lead-link = our own experts
experts-not-for-me-area = Not for me: { $area }
experts-all-areas = All areas
experts-show = Show
experts-sort-by = Sort by
# The "Show" filter, by its key.
experts-filter-status = { $status ->
    [unanswered] Unanswered
    [no-expert] No expert answer yet
    [expert] Answered by an expert
    [accepted] Accepted answer
   *[other] All questions
}
# The sort order, by its key.
experts-sort = { $sort ->
    [active] Most active
    [votes] Most votes
   *[other] Newest
}
# Followed by a link (experts-ask-one) and a full stop.
experts-no-match = No questions match.
experts-ask-one = Ask one
experts-accepted-answer = Accepted answer
experts-answered-by-expert = Answered by an expert
experts-answered = Answered
experts-unanswered = Unanswered
# Before the asker's name.
experts-asked-by = asked by
experts-follow-all = Follow new questions (Atom feed)
experts-follow-area = Follow new questions in this area (Atom feed)

## A question
# Before the asker's name.
experts-asked-by-capital = Asked by
experts-asker-deleted = The person who asked this has deleted their account. The question stays so that its answers still make sense.
experts-stop-following = Stop following
experts-follow-question = Follow this question
# For screen readers, on the vote button.
experts-withdraw-vote = Withdraw vote for the answer by { $author }
experts-vote-up = Vote up for the answer by { $author }
# For screen readers, after the score.
experts-votes-word = { $count ->
    [one] vote
   *[other] votes
}
experts-expert-answer = Expert answer
experts-accept = Accept
# For screen readers, after experts-accept.
experts-accept-hidden = the answer by { $author }
experts-comment = Comment
# For screen readers, after experts-comment.
experts-comment-hidden = on the answer by { $author }
experts-your-comment = Your comment
experts-post-comment = Post comment
experts-invite-title = Invite another expert
experts-invitee = Expert
experts-invite = Invite
experts-your-answer = Your answer
experts-answer-hint = Markdown works. Be specific: sizes, fabrics, care steps.
experts-post-answer = Post answer
# "Sign in or join to answer.", in four pieces around two links.
experts-sign-in = Sign in
experts-or = or
experts-join = join
experts-to-answer = to answer.
experts-about-question = About this question
# Before a link to the area.
experts-asked-in = Asked in
experts-experts-in = Experts in { $area }
experts-related = Related questions

## The expert's queue
experts-queue-title = Your queue
experts-queue-lead = { $hours ->
    [one] Unanswered questions in your areas, oldest first. Those waiting longer than { $hours } hour are marked.
   *[other] Unanswered questions in your areas, oldest first. Those waiting longer than { $hours } hours are marked.
}
# Followed by a link (experts-queue-areas-link) and a full stop.
experts-queue-no-areas = You have no areas yet. An admin assigns them in
experts-queue-areas-link = Areas of expertise
experts-queue-empty = Nothing is waiting. Thank you!
# $time: "2 days", "5 hours".
experts-waiting = waiting { $time }
experts-overdue = Overdue

## The team
experts-team-title = Our experts
# Around a link to experts-title.
experts-team-lead-before = The people who answer in
experts-team-lead-after = work in our shops and workshops.
experts-team-empty = No experts have joined yet.
experts-answers-given = { $count ->
    [one] { $count } answer given
   *[other] { $count } answers given
}

## Editing a comment
experts-reply-edit-title = Edit your comment
experts-save = Save
experts-cancel = Cancel
