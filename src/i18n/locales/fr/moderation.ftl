# moderation

## What the automatic checks found
moderation-premoderated =
    { $kind ->
        [question] Les questions attendent
        [answer] Les réponses attendent
        [comment] Les commentaires attendent
        [idea] Les idées attendent
       *[article] Les articles attendent
    } l’examen d’un modérateur
moderation-leak-found =
    { $what ->
        [moderation-leak-card] { moderation-leak-card }
        [moderation-leak-email] { moderation-leak-email }
        [moderation-leak-phone] { moderation-leak-phone }
       *[other] { moderation-leak-term }
    } : « { $text } »
moderation-crude = des mots comme { $words }
moderation-crude-severe = grave : des mots comme { $words }
moderation-sentiment = score de tonalité { NUMBER($score, minimumFractionDigits: 2) } (signalé à partir de -{ NUMBER($threshold, minimumFractionDigits: 2) })
moderation-links = { $count } liens (plus de { $max })
moderation-and = { $first } ; { $next }
