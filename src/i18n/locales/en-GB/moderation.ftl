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
