# admin: the admin pages, the dashboard and the design system's page.

## Shared
admin-heading = Admin
admin-audit-log-link = audit log
admin-nothing-saved = Nothing was saved. Please correct the highlighted fields.
# A role's name as the members list writes it.
admin-role-name = { $role ->
    [member] member
    [expert] expert
    [staff] staff
    [moderator] moderator
    [admin] admin
   *[other] { $role }
}
# The audit log's name for an area.
admin-audit-area = area { $name } (#{ $id })

## The admin page's links and first steps
admin-setup-steps-heading = Set up your community
admin-setup-steps-lead = Members cannot ask the experts anything yet: questions go to the experts of an area, and there are no areas.
admin-setup-step-name = Name your community and choose what waits for review
admin-setup-step-name-after = .
admin-setup-step-areas = Create the areas of expertise
admin-setup-step-areas-after = , such as “Shirts and fit” or “Shoes and care”.
admin-setup-step-experts = Give your staff the expert role
admin-setup-step-experts-after = , then assign them to their areas.
admin-link-setup = Quick setup
admin-link-setup-about = (name, areas, what waits for review)
admin-link-members = Members and roles
admin-link-members-about = { $count ->
    [one] ({ $count } member)
   *[other] ({ $count } members)
}
admin-link-brand = Brand
admin-link-brand-about = (name, logo, colours, footer)
admin-link-design = Design system
admin-link-design-about = (every component, in your colours)
admin-link-areas = Areas of expertise
admin-link-policy = Moderation policy
admin-link-digests = Digests
admin-link-digests-about = (when members' digests go out)
admin-link-queue = Moderation queue
admin-link-audit = Audit log

## The dashboard
admin-dashboard-title = Community dashboard
admin-dashboard-lead = What members did, counted from their posts, votes and the moderators' actions (there are no page views to count). Days are UTC days.
admin-dashboard-period = Period
admin-dashboard-period-week = This week
admin-dashboard-period-four-weeks = Last 4 weeks
admin-dashboard-period-year = Last 12 months
admin-dashboard-period-custom = Custom
admin-dashboard-first-day = First day (for a custom period)
admin-dashboard-last-day = Last day
admin-dashboard-show = Show
admin-dashboard-to-invalid = Enter the last day as a date, today or before.
admin-dashboard-order-invalid = The last day comes before the first.
admin-dashboard-too-long = Choose at most ten years.
admin-dashboard-period-shown = { $first } to { $last } ({ $days ->
    [one] { $days } day
   *[other] { $days } days
}), compared with { $before_first } to { $before_last }.
admin-dashboard-section-members = Members
admin-dashboard-section-questions = Ask the Experts
admin-dashboard-section-ideas = Ideas
admin-dashboard-section-blog = Blog
admin-dashboard-section-moderation = Moderation
admin-dashboard-new-members = New members
admin-dashboard-active-members = Active members (posted or voted)
admin-dashboard-questions = Questions asked
admin-dashboard-answered = Answered
admin-dashboard-expert-answered = Answered by an expert
admin-dashboard-first-answer-median = Time to first answer, median
admin-dashboard-first-answer-p90 = Time to first answer, 90th percentile
admin-dashboard-first-expert-median = Time to first expert answer, median
admin-dashboard-first-expert-p90 = Time to first expert answer, 90th percentile
admin-dashboard-ideas = Ideas received
admin-dashboard-first-status-median = Time to a first status, median
admin-dashboard-articles = Articles published
admin-dashboard-comments = Comments on articles
admin-dashboard-held = Posts held by the checks
admin-dashboard-flagged = Posts flagged by the checks
admin-dashboard-reports = Reports by members
admin-dashboard-action-median = Time to a moderator's action, median
admin-dashboard-false-flags = False flags (approved without change)
admin-dashboard-column-figure = Figure
admin-dashboard-column-period = This period
admin-dashboard-column-previous = Previous period
admin-dashboard-column-change = Change
admin-dashboard-column-from = From
admin-dashboard-column-to = To
admin-dashboard-column-active = Active members
admin-dashboard-column-questions = Questions
admin-dashboard-column-answers = Answers
admin-dashboard-column-ideas = Ideas
admin-dashboard-column-articles = Articles
admin-dashboard-column-comments = Comments
admin-dashboard-column-votes = Votes
admin-dashboard-column-replies = Other replies
admin-dashboard-column-area = Area
admin-dashboard-column-unanswered = Unanswered
admin-dashboard-column-oldest = Oldest question
admin-dashboard-column-asked = Asked
admin-dashboard-column-status = Status
admin-dashboard-column-rule = Rule
admin-dashboard-column-held = Held
admin-dashboard-column-flagged = Flagged
admin-dashboard-download-figures = Download these figures as CSV
admin-dashboard-download-activity = Download the activity as CSV
admin-dashboard-download = Download as CSV
admin-dashboard-activity = Activity
admin-dashboard-activity-by = { $unit ->
    [day] Activity by day
    [week] Activity by week
   *[month] Activity by month
}
# A chart's bar, under the pointer: "2 Dec: 14".
admin-dashboard-bar = { $label }: { $value }
# A day of a chart or table: "2 Dec".
admin-dashboard-day = { $day } { $month }
# A month of a chart or table: "Dec 2026".
admin-dashboard-month = { $month } { $year }
# A week of a chart or table: "30 Nov–6 Dec".
admin-dashboard-days = { $first }–{ $last }
admin-dashboard-ideas-by-status = Ideas by status
admin-dashboard-ideas-caption = Ideas received, by their status now
admin-dashboard-moderation-by-rule = Moderation by rule
admin-dashboard-rules-caption = Posts the checks held or flagged, by rule
admin-dashboard-unanswered-now = Unanswered questions now
admin-dashboard-all-answered = Every public question has an answer.
admin-dashboard-unanswered = Unanswered questions
admin-dashboard-unanswered-caption = Unanswered questions by area
# A share: "67 %".
admin-value-percent = { $n } %
# A change from the previous period: "+25 %", "+5 points".
admin-change-percent = { $change } %
admin-change-points = { $change } points
# Times: "45 s", "12 min", "3 h 20 min", "2 d 4 h".
admin-duration-seconds = { $s } s
admin-duration-minutes = { $min } min
admin-duration-hours = { $h } h { $min } min
admin-duration-days = { $d } d { $h } h

## Areas of expertise
admin-areas-heading = Areas of expertise
admin-areas-lead = Questions are asked in an area; its experts are told and answer with an "Expert answer" badge. Changes are written to the
admin-areas-lead-after = .
admin-areas-no-experts = No experts yet.
admin-areas-remove = Remove
admin-areas-remove-whom = { $name } from { $area }
admin-areas-add-expert = Add an expert by username
admin-areas-add = Add
admin-areas-add-to = to { $area }
admin-areas-new = Add an area
admin-areas-name = Name
admin-areas-description = Description
admin-areas-create = Add area

## Brand
admin-brand-heading = Brand
admin-brand-lead = Your community's name, colours, logo and footer, on every page, e-mail and feed. Colours are checked for contrast so that every visitor can read the text drawn with them. The
admin-brand-lead-link = design system
admin-brand-lead-after = page shows every component in your colours.
admin-brand-name = Community name
admin-brand-description = Short description
admin-brand-description-hint = Shown on the front page and in link previews.
admin-brand-colours = Colours
# A colour field's label, by the field's name.
admin-brand-colour = { $field ->
    [header] Header and buttons
    [link] Links
    [accent] Accent
    [dark_link] Links in dark mode
   *[dark_accent] Accent in dark mode
}
admin-brand-colour-hint = { $field ->
    [header] Its text is white or dark, whichever reads better on it.
    [link] Drawn on the page and on cards.
    [accent] Links under the pointer.
    [dark_link] For visitors whose device asks for dark pages. Leave empty for a lighter shade of your link colour, made to read on the dark page and its notices.
   *[dark_accent] Leave empty for a lighter shade of your accent.
}
admin-brand-logo = Logo (optional)
admin-brand-logo-alt = Your logo
admin-brand-logo-remove = Remove the logo (show the name instead)
admin-brand-logo-upload = Upload a logo (PNG, JPEG, WebP or GIF; SVG is not accepted)
admin-brand-icon = Icon (optional)
admin-brand-icon-alt = Your icon
admin-brand-icon-remove = Remove the icon
admin-brand-icon-upload = Upload a square icon for browser tabs and home screens (PNG)
admin-brand-footer = Footer text (optional)
# An address field's label, by the field's name.
admin-brand-address = { $field ->
    [privacy_url] Privacy policy address (optional)
    [terms_url] Terms of use address (optional)
   *[shop_url] Your shop's address (optional)
}
admin-brand-language = Default language
admin-brand-language-hint = For visitors whose browser asks for none of these, and for e-mail to members who chose none.
admin-brand-save = Save the brand

## Digests
admin-digests-heading = Digests
admin-digests-lead = Members who asked for a digest get one a day or one a week (from Monday), listing what is new in the areas and topics they chose and on the questions they follow. The background job sends them after this hour.
admin-digests-hour = Send after (hour, UTC, 0–23)
admin-digests-save = Save

## Members and roles
admin-members-heading = Members and roles
admin-members-find-label = Find members whose username starts with
admin-members-find = Find
admin-members-count = { $count ->
    [one] { $count } member. Every change is written to the
   *[other] { $count } members. Every change is written to the
}
admin-members-count-after = .
admin-members-caption = Members, their roles and role changes
admin-members-column-member = Member
admin-members-column-roles = Roles
admin-members-column-change = Change a role
admin-members-role-for = Role for { $username }
admin-members-reason-for = Reason for { $username }
admin-members-reason = Reason (optional)
admin-members-grant = Grant
admin-members-revoke = Revoke
admin-members-sign-out = Sign out everywhere

## Moderation policy
admin-policy-heading = Moderation policy
admin-policy-lead = What waits for a moderator, what staff posts are checked for, and how sensitive the automatic checks are. Every change is in the audit log.
admin-policy-premoderated = Posts that wait for review before anyone else sees them
admin-policy-caption = Pre-moderation by kind of post and author
admin-policy-kind = Kind of post
# A checkbox of the grid: "Questions — Customers".
admin-policy-checkbox = { $kind } — { $group }
admin-policy-areas = Areas where every customer post waits for review
admin-policy-unconfirmed = Members may post and vote before they confirm their e-mail address
admin-policy-new-member-posts = A new customer's first posts that wait for review
admin-policy-max-links = Most links a post may have before it waits for review
admin-policy-negativity = Negativity flag: flag posts whose sentiment score is at or below minus
admin-policy-negativity-hint = From 0.05 to 1. Flagged posts stay public: the flag asks someone to reply.
admin-policy-terms = Confidential terms, one per line
admin-policy-terms-hint = Product code names, internal systems. Staff posts that mention one are held, and the author is told which. Matched as whole words, ignoring case.
admin-policy-save = Save policy

## Set up your community
admin-setup-heading = Set up your community
admin-setup-lead = Three choices get the community ready for its first members. Each can be changed later, in more detail, from the
admin-setup-lead-link = admin page
admin-setup-lead-after = .
admin-setup-name = 1. The community's name
admin-setup-name-hint = Shown in the header, page titles, e-mails and feeds. The logo and colours are set in
admin-setup-name-hint-link = Brand
admin-setup-name-hint-after = .
admin-setup-areas = 2. Areas of expertise, one per line
admin-setup-areas-hint = Every question is asked in an area, and its experts are told. For example “Shirts and fit”, “Shoes and care”.
admin-setup-areas-existing = Already here: { $areas }.
admin-setup-review = 3. What waits for a moderator before anyone sees it
admin-setup-save = Save and continue

## The design system's page
admin-design-heading = Design system
admin-design-lead = Every piece the pages are made of, drawn with the same classes and partials as the pages themselves. Your device's colour scheme decides whether you see them light or dark; the brand's colours come from
admin-design-lead-link = Brand
admin-design-lead-after = .
admin-design-contents = On this page
admin-design-colours = Colours
admin-design-type = Type
admin-design-buttons = Buttons
admin-design-labels = Badges and status labels
admin-design-people = Avatars and authors
admin-design-fields = Form fields
admin-design-votes = Votes and answers
admin-design-cards = Cards and lists
admin-design-notices = Notices and empty states
admin-design-pages = Pagination
admin-design-colours-before = Custom properties in
admin-design-colours-after = ; the dark scheme sets each again. Text on every ground keeps at least 4.5:1.
admin-design-swatch-brand = Header and buttons (the brand)
admin-design-swatch-link = Links (the brand)
admin-design-swatch-accent = Highlights (the brand)
admin-design-swatch-ink = Text
admin-design-swatch-muted = Secondary text
admin-design-swatch-paper = Page
admin-design-swatch-card = Cards and fields
admin-design-swatch-line = Rules and borders
admin-design-swatch-ok = Done, accepted
admin-design-swatch-warn = Waiting, held
admin-design-swatch-info = The shop speaking
admin-design-swatch-error = Mistakes
admin-design-swatch-plum = Planned
admin-design-swatch-teal = In progress
admin-design-swatch-quiet = Closed
admin-design-type-about = One system sans family on a 1.2 modular scale; articles and threads in a column of about 70 characters.
admin-design-heading-one = Heading one: the page's title
admin-design-heading-two = Heading two: a section
admin-design-heading-three = Heading three: a part of it
admin-design-lead-sample = A lead paragraph opens a page in a quieter voice.
admin-design-body-sample = Body text reads at 17 pixels with a generous line height, so that a long answer is comfortable on a phone.
admin-design-link-sample = A link in the text
admin-design-link-sample-after = stays underlined.
admin-design-byline-sample = A byline or other secondary line, smaller and muted.
admin-design-post-answer = Post your answer
admin-design-preview = Preview
admin-design-follow = Follow
admin-design-labels-about = Every label says its meaning in words; colour only helps.
admin-design-expert-answer = Expert answer
admin-design-tag-sample = shirts
admin-design-accepted-answer = Accepted answer
admin-design-answered-by-expert = Answered by an expert
admin-design-answered = Answered
admin-design-waiting-answer = Waiting for an answer
admin-design-people-about = A member's picture, or their initial on one of eight colours picked from their name; the role badge tells a reader who speaks for the shop.
admin-design-fields-about = The message sits above the field it is about, the field is marked, and what was typed is kept.
admin-design-correct-field = Please correct the field marked below.
admin-design-title-label = Title
admin-design-title-sample = Collar
admin-design-sample-error = Give your question a title.
admin-design-area-label = Area
admin-design-hint-sample = A hint says what a field is for.
admin-design-area-shirts = Shirts & fit
admin-design-area-suits = Suits
admin-design-details-label = Details
admin-design-details-sample = Neck 39.5 cm.
admin-design-tell-me = Tell me when someone answers
admin-design-withdraw-vote = Withdraw vote
admin-design-vote-up = Vote up
# After a vote count, for screen readers: "12 votes".
admin-design-votes-label = { $count ->
    [one] vote
   *[other] votes
}
admin-design-two-days-ago = 2 days ago
admin-design-an-hour-ago = an hour ago
admin-design-accepted-sample = An accepted answer: a card marked by its colour as well as its label, with the vote control beside it.
admin-design-another-answer = Another answer.
admin-design-comment-sample = a comment, indented and quieter
admin-design-card = A card
admin-design-card-about = Cards hold one thing each, on the card colour with a soft shadow.
admin-design-sidebar-card = A sidebar card
admin-design-sidebar-card-about = Beside a thread from 64rem; after it on a phone.
admin-design-question-sample = A question in a list
admin-design-notice-published = Your answer is published.
admin-design-notice-waits = Your answer waits for a moderator.
admin-design-empty = Nothing here yet.

## Webhooks
admin-link-webhooks = Webhooks
admin-link-webhooks-about = (the community’s events sent to your other systems)
admin-webhooks-back = Back to the admin page
admin-webhooks-heading = Webhooks
admin-webhooks-lead = Each endpoint receives the events it asks for as signed JSON (Standard Webhooks), within seconds, retried for a day if it does not answer.
admin-webhooks-none = No endpoints yet.
admin-webhooks-disabled = disabled
admin-webhooks-new = Add an endpoint
admin-webhooks-url = Receiver’s address
admin-webhooks-url-hint = Where the events are posted, such as https://helpdesk.example.com/hooks/community.
admin-webhooks-description = Description (optional)
admin-webhooks-events = Events
admin-webhooks-event = { $event ->
    [post-published] A post is published
    [post-held] A post is held for a moderator
    [post-approved] A moderator approves a post
    [post-hidden] A moderator rejects or hides a post
    [question-expert_answered] An expert answers a question
    [answer-accepted] An answer is accepted
    [idea-status_changed] An idea’s status changes
    [member-joined] A member joins
   *[other] { $event }
}
admin-webhooks-add = Add the endpoint
admin-webhook-back = All endpoints
admin-webhook-disabled-notice = This endpoint is disabled: nothing is sent to it until it is enabled again. Deliveries wait meanwhile.
admin-webhook-secret = Signing secret
admin-webhook-secret-hint = The receiver checks each delivery’s webhook-signature header with it.
admin-webhook-enable = Enable
admin-webhook-disable = Disable
admin-webhook-remove = Remove the endpoint
admin-webhook-log = Deliveries
admin-webhook-log-empty = Nothing has been sent yet.
admin-webhook-column-event = Event
admin-webhook-column-state = State
admin-webhook-column-answer = Last answer
admin-webhook-column-attempts = Attempts
admin-webhook-state = { $state ->
    [pending] waiting
    [delivered] delivered
    [failed] gave up
   *[other] { $state }
}
admin-webhook-attempts = { $count ->
    [one] { $count } attempt
   *[other] { $count } attempts
}
admin-webhook-duration = { $ms } ms
admin-webhook-next = next try { $date }
admin-webhook-send-again = Send again
