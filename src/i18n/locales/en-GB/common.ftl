# The layout every page shares, dates and numbers.

## Layout
skip-to-content = Skip to content
site-search = Site search
search-the-community = Search the community
search-placeholder = Search
menu = Menu
confirm-your-address = Please confirm your e-mail address: follow the link we sent you.
send-it-again = Send it again
footer-privacy = { $site } keeps this community on our own servers. We set one cookie, to keep you signed in, and load nothing from anywhere else.
language = Language

## Header
nav-main = Main
nav-blog = Blog
nav-experts = Ask the Experts
nav-ideas = Ideas
nav-search = Search
nav-account = Account
nav-queue = Queue
nav-moderation = Moderation
nav-posts-waiting = posts waiting
nav-admin = Admin
nav-notifications = Notifications
nav-unread = unread
nav-sign-out = Sign out
nav-sign-in = Sign in
nav-join = Join

## Numbers and dates
number = { $n }
date = { $day } { $month } { $year }
date-time = { $date }, { $time } UTC
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec

## Counts
count-votes = { $count ->
    [one] { $count } vote
   *[other] { $count } votes
}
count-answers = { $count ->
    [one] { $count } answer
   *[other] { $count } answers
}
count-articles = { $count ->
    [one] { $count } article
   *[other] { $count } articles
}
count-ideas = { $count ->
    [one] { $count } idea
   *[other] { $count } ideas
}
count-questions = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
count-comments = { $count ->
    [one] { $count } comment
   *[other] { $count } comments
}
count-flags = { $count ->
    [one] { $count } flag
   *[other] { $count } flags
}
count-posts = { $count ->
    [one] { $count } post
   *[other] { $count } posts
}
count-ideas-wait = { $count ->
    [one] { $count } idea waits
   *[other] { $count } ideas wait
}
count-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
count-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}

## Names of things
# An idea's status, by its key.
idea-status = { $status ->
    [new] New
    [under-review] Under review
    [planned] Planned
    [in-progress] In progress
    [done] Done
    [declined] Declined
    [duplicate] Duplicate
   *[other] { $status }
}
# A post's kind, by its key, in a sentence.
kind-name = { $kind ->
    [question] question
    [answer] answer
    [comment] comment
    [idea] idea
   *[article] article
}

## Front page
home-title = Welcome
home-welcome = Welcome to { $site }
home-for-you = For you
home-tell-us-interests = Tell us which areas and topics interest you, and this is where we will put what is new in them — chosen only from what you tell us.
home-choose-interests = Choose your interests
home-nothing-new = Nothing new this month in the areas and topics you chose.
home-change-interests = Change your interests
home-a-new-answer = a new answer
home-why-these = Why these? What we use to choose them
home-blog-lead = Fit, fabrics, care and what to wear, from the people who know the clothes best.
home-experts-lead = Ask about sizing, suits, shoes or an occasion, and one of our experts will answer.
home-ideas-lead = Tell us what we should make or change, and vote for the ideas you want.
home-latest = Latest from the blog
home-all-articles = All articles
home-recent-questions = Recent questions
home-accepted-answer = Accepted answer
home-answered-by-expert = Answered by an expert
home-asked-by = asked by
home-all-questions = All questions
home-ask-a-question = Ask a question
home-most-wanted = Most-wanted ideas
home-by = by
home-all-ideas = All ideas
home-share-an-idea = Share an idea
home-join = Join the community
home-or = or
home-sign-in = sign in

## Error pages, notifications, e-mail choices
error-front-page = Go to the front page
error-status = Error { $status }
notifications-empty = Nothing yet. You will hear here when someone answers your questions.
notifications-mark-read = Mark all as read
notifications-new = New
notifications-choose-email = Choose which notifications you also get by e-mail
unsubscribe-about = Stop e-mailing me about:
unsubscribe-still-shown = You will still see these in your notifications on the site.
unsubscribe-choose = Choose which e-mails you get
unsubscribe-signed-in = (you need to be signed in).

## Search
search-heading = Search
search-for = Search for
search-hint = All the words must appear. Use "quotes" for a phrase and -word to leave a word out.
search-filters = Filters
search-kind = Kind
search-everything = Everything
search-kind-plural =
    { $kind ->
        [question] Questions
        [answer] Answers
        [article] Articles
        [idea] Ideas
       *[comment] Comments
    }
search-area = Area
search-every-area = Every area
search-idea-status = Idea status
search-any = Any
search-from = From (YYYY-MM-DD)
search-until = Until (YYYY-MM-DD)
search-held = Held and hidden posts
search-newest = Newest first
search-nothing = Nothing found
search-try-other = Try fewer or other words
search-or = , or
search-without-filters = search without the filters
search-still-looking = Still looking?
search-they-answer = : they answer questions like yours.
search-visibility =
    { $visibility ->
        [held] held
        [hidden] hidden
        [merged] merged
       *[other] { $visibility }
    }
search-set-aside = You marked this “not for me”
search-answer-accepted = Answer accepted
search-by-an-expert = By an expert
search-result-pages = Result pages
pager-previous = Previous
pager-next = Next

## Shared pieces of pages
role-badge =
    { $role ->
        [expert] Expert
        [staff] Staff
        [moderator] Moderator
       *[other] { $role }
    }
card-by = By
card-scheduled = Scheduled for { $when }
card-draft = Draft
card-minutes = { $minutes } min read
comment-edited = edited
comment-edit = Edit
comment-edit-yours = your comment
held-waiting = Waiting for a moderator
held-only-author-and-mods = Only its author and the moderators see it.
held-review = Review it in the queue
held-only-you = Only you and the moderators see it until a moderator has read it.
not-for-me = Not for me
not-for-me-none = Nothing. “Not for me” on an article, question, idea, area or topic takes it out of your front page, lists and digests; it will be listed here, with an undo.
not-for-me-gone = Something that is no longer here
not-for-me-kind =
    { $kind ->
        [article] article
        [question] question
        [idea] idea
        [area] area
        [tag] topic
       *[other] { $kind }
    }
not-for-me-undo = Undo
not-for-me-undo-on = “not for me” on { $name }
pager-pages = Pages
pager-page-of = Page { $page } of { $pages }
# The list was counted only so far: it has more pages than that.
pager-page-of-more = Page { $page } of { $pages }+
picture-legend = A picture (optional)
picture-yours = Your picture
picture-upload = Upload a picture (JPEG, PNG, WebP or GIF, up to 8 MB)
picture-describe = Describe the picture
report = Report
report-this =
    this { $kind ->
        [comment] comment
        [answer] answer
        [question] question
        [idea] idea
        [article] article
       *[other] post
    }

## Feeds
feed-blog = { $site } blog
feed-author = { $site } blog: articles by { $author }
feed-experts = { $site }: Ask the Experts
feed-area = { $site }: Ask the Experts about { $area }
feed-ideas = { $site }: ideas
opensearch-description = Search the { $site } community

## Links sent by e-mail
link-ask-again = Ask for a new link
link-ask-again-account = Ask for a new link on your account page
link-back-to-account = Back to your account
link-back-to-sign-in = Back to sign in
link-none = {""}
link-undo-text = Put your old e-mail address back on your account and sign out every device?
link-undo-button = Undo the change
link-confirm-text = Confirm that this e-mail address is yours.
link-confirm-button = Confirm my address
device-browser-on = { $browser } on { $system }
device-unknown-on = A browser on { $system }
device-unknown = A browser
answers-label =
    { $count ->
        [one] answer
       *[other] answers
    }

## The account page
account-language-heading = Language
account-language-label = The language of the site and of our e-mails to you
account-language-browser = As my browser asks
account-language-save = Save the language
# Written into a post that links a video, in the post's own language.
post-video-play = Play the video on { $host }
post-video-note = (loads from { $host } only when you choose to)
## How long ago, for recent moments
ago-now = just now
ago-minutes = { $count ->
    [one] { $count } minute ago
   *[other] { $count } minutes ago
}
ago-hours = { $count ->
    [one] { $count } hour ago
   *[other] { $count } hours ago
}
ago-days = { $count ->
    [one] { $count } day ago
   *[other] { $count } days ago
}
ago-date = on { $date }
## The brand's footer links
footer-link-privacy = Privacy policy
footer-link-terms = Terms of use
footer-link-shop = Shop
