# account

## Shared by the account pages
account-form-summary = Please correct the highlighted fields.
account-back-to-account = ← Your account
account-email-label = E-mail address
account-email-hint = Only you and our admins can see it.
account-login-label = Username or e-mail address
account-password-label = Password
account-your-password-label = Your password
account-new-password-label = New password
account-new-password-hint = At least 10 characters. A few unrelated words make a strong one.
account-username-label = Username
account-username-hint = 3 to 30 letters, digits, _ or -. Shown with what you write.
# How often the digest is sent, by its key (the English label is shown as it is otherwise).
account-digest = { $digest ->
    [never] Never
    [weekly] Once a week
    [daily] Once a day
   *[other] { $digest }
}
# A member's role, by its name, in the list of their roles.
account-role = { $role ->
    [member] member
    [expert] expert
    [staff] staff
    [moderator] moderator
    [admin] admin
   *[other] { $role }
}

## Forgotten password and choosing a new one
account-forgot-heading = Choose a new password
account-forgot-lead = Type the address of your account and we will e-mail you a link to choose a new password.
account-forgot-button = Send me a link
# Followed by the username in bold and a full stop, then account-reset-signed-out.
account-reset-for = For the account
account-reset-signed-out = Every device signed in to it will be signed out.
account-reset-button = Set my new password

## Signing in and signing up
account-sign-in-heading = Sign in
account-sign-in-or-password = Or sign in with your Parlour password:
# Followed by a link (account-sign-in-create-link) and a full stop.
account-sign-in-new-here = New here?
account-sign-in-create-link = Create an account
account-sign-in-button = Sign in
account-sign-in-forgot-link = Forgot your password?
account-signup-heading = Create an account
# Followed by a link (account-signup-sign-in-link) and a full stop.
account-signup-already = Already a member?
account-signup-sign-in-link = Sign in
account-signup-button = Create account

## Signed out of a provider
account-signed-out-heading = You are signed out
account-signed-out-text = You are signed out of this community. You may still be signed in to your { $provider } account in this browser.
account-signed-out-provider-too = Sign out of { $provider } too
account-signed-out-back = Back to the community

## Welcome after signing in with a provider
account-welcome-heading = Welcome
account-welcome-address-taken = { $provider } has signed you in. One more step: an account here already uses { $email }, so link it below with its password.
account-welcome-choose = { $provider } has signed you in. One more step: choose the name you will be known by here, or link an account you already have.
account-welcome-new-here = New here
account-welcome-email-hint = { $provider } did not confirm an address for you: we will send a link to confirm this one. Only you and our admins can see it.
account-welcome-email-confirmed = Your e-mail address: { $email } (confirmed by { $provider }).
account-welcome-join = Join
account-welcome-already-member = Already a member
account-welcome-link-button = Link my account

## Interests
account-interests-first-heading = Welcome! What interests you?
account-interests-first-lead = Choose what you would like to hear about. We use only what you choose here — never what you read or click — and you can change it at any time.
account-interests-heading = Your interests
# Followed by a link (account-interests-see-all-link) and a full stop.
account-interests-lead = Your front page and digests show what is new in what you choose here, and say why. We use nothing else: not what you read, not what you click.
account-interests-see-all-link = See everything we use
account-interests-areas-legend = Areas — questions, answers and ideas
account-interests-topics-legend = Topics of our articles
account-interests-digest-legend = How often should we write to you about them?
account-interests-save = Save
account-interests-skip = Skip for now

## The account page
account-heading = Your account
account-none = None.
account-email-private = (only you and our admins see this)
account-email-not-confirmed = Not yet confirmed.
account-email-follow-link = Follow the link we e-mailed you.
account-email-send-again = Send the link again
account-roles-label = Roles
account-member-since = Member since
account-security-link = Change your password or e-mail address, or sign out other devices
account-what-you-see-heading = What you see
account-interests-link = Your interests and the digest
account-personal-link = Everything we use to personalise
account-profile-heading = Profile
# Followed by a link (account-profile-public-link) and a full stop.
account-profile-others-see = Others see it on
account-profile-public-link = your public profile
account-display-name-label = Display name
account-display-name-hint = Shown on your profile beside your username. Leave it empty to show only your username. Up to 50 characters.
account-bio-label = A short bio
account-bio-hint = Shown on your profile and, for experts, on the experts' team page. Up to 500 characters.
account-hide-activity-label = Hide my activity from my profile
account-hide-activity-hint = Your profile then shows only your name, picture and bio. Your posts stay where you wrote them.
account-avatar-current-alt = Your current picture
account-avatar-remove = Remove the picture
account-avatar-label = Your picture
account-profile-save = Save profile
account-mail-heading = E-mail notifications
# Followed by a link (account-mail-notifications-link), a full stop and account-mail-choose.
account-mail-everything-in = Everything appears in
account-mail-notifications-link = your notifications
account-mail-choose = Choose what you also want by e-mail.
account-mail-save = Save e-mail choices
account-data-heading = Your data
account-data-download-link = Download everything we hold about you
account-data-download-what = (one JSON file: your account, posts, votes, follows, reports and notifications).
account-delete-what = Deleting your account removes your e-mail address, name, profile, picture, votes, follows and notifications, and signs you out.
account-delete-posts-legend = Your posts
account-delete-posts-keep = Keep my posts, shown as by a former member
account-delete-posts-remove = Remove my posts too
account-delete-posts-hint = Removing deletes every post nobody responded to. Where others did, their replies stay readable: an answer or comment of yours that others replied to shows “[removed by its author]”, and a question, idea or article of yours that others answered, voted for or commented on stays, without your name.
account-delete-confirm = Yes, delete my account
account-delete-button = Delete my account

## What we use to personalise
account-personal-heading = What we use to personalise
# Followed by a link (account-personal-export-link), then account-personal-lead-end.
account-personal-lead = Your front page and digests are chosen only from what is on this page: what you told us. We keep no record of what you read, click or look at, so none of that is used — and none of it is in your
account-personal-export-link = data export
account-personal-lead-end = , because it does not exist.
account-personal-areas = Areas:
account-personal-topics = Topics:
account-personal-none = none
account-personal-digest = Digest:
account-personal-change-interests = Change your interests or the digest
account-personal-follows-heading = Questions you follow
account-personal-follows-text = New answers to them are in your “For you” list and digests. Stop following on the question's page.
account-personal-expert-heading = Your areas as an expert
account-personal-expert-text = New questions in { $areas } are sent to you to answer. An admin sets these.
account-personal-mail-heading = E-mail
# Followed by a link (account-personal-mail-link) and a full stop.
account-personal-mail-text = Which notifications reach you by e-mail is up to you:
account-personal-mail-link = choose on your account page

## Password, address and devices
account-security-heading = Password, address and devices
account-providers-heading = Accounts you sign in with
account-providers-none = None yet.
account-providers-since = (since { $date })
account-providers-remove = Remove
account-providers-link = Link: { $provider }
account-password-heading = Change your password
account-current-password-label = Current password
account-change-password-hint = At least 10 characters. Every other device will be signed out.
account-password-button = Change password
account-address-heading = Change your e-mail address
account-address-now = Now:
account-address-not-confirmed = (not yet confirmed)
account-address-text = The new address must be confirmed before we use it, and we tell the current one.
account-new-email-label = New e-mail address
account-address-button = Change address
account-devices-heading = Where you are signed in
account-devices-this-device = this device
account-devices-signed-in = Signed in { $date }
account-devices-sign-out = Sign out
account-devices-sign-out-which = { $device }, signed in { $date }
account-devices-sign-out-others = Sign out everywhere else

## A member's public profile
account-profile-answers-accepted = Answers accepted
account-profile-ideas-adopted = Ideas planned or done
account-profile-expert-in = Expert in
account-profile-expert-since = expert since
account-profile-posts-heading = Posts
account-profile-nothing-yet = Nothing here yet.
# What a row of the activity list is, by the post's kind; the post's title follows.
account-profile-activity-kind = { $kind ->
    [question] Question
    [answer] Answer to
    [idea] Idea
    [comment] Comment on
   *[article] Article
}
account-profile-not-public = Not public
account-profile-activity-hidden = { $name } keeps their activity off their profile.

## API tokens
account-tokens-heading = API tokens
account-tokens-lead = A token lets another program — a help-desk, a CRM, a script of yours — use the community's API as you, with only the rights you give it. Anyone holding it can act as you: keep it as you would a password.
account-tokens-docs = The API’s description (OpenAPI)
account-tokens-made-heading = Your new token
account-tokens-made-text = Copy it now: it is shown this once and cannot be shown again. If you lose it, revoke it and make another.
account-tokens-made-label = Token
account-tokens-new-heading = Make a token
account-tokens-name-label = Name
account-tokens-name-hint = What will use it, such as “Help-desk integration”.
account-tokens-scopes-legend = What it may do
account-token-scope = { $scope ->
    [read] Read what you can read
    [post] Ask, answer, comment and post ideas
    [vote] Vote on answers and ideas
    [moderate] Approve held posts and change ideas’ statuses
   *[other] { $scope }
}
account-tokens-days-label = Stops working after
account-tokens-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
account-tokens-make = Make the token
account-tokens-list-heading = Your tokens
account-tokens-none = You have no tokens.
account-token-state = { $state ->
    [live] working
    [expired] expired
    [revoked] revoked
   *[other] { $state }
}
account-tokens-made-on = made { $date }
account-tokens-used = last used { $when }
account-tokens-never-used = never used
account-tokens-expires = expires { $date }
account-tokens-revoke = Revoke
account-tokens-link = API tokens, for programs that use the community as you
