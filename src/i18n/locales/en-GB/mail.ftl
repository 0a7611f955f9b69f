# E-mail, in the recipient's language.

mail-why-account = You get this e-mail because it is about your account. We never send it to anyone else.
mail-why-address = You get this e-mail because someone typed this address into our community.
mail-why-notification = You get this e-mail because you chose this kind of notification.
mail-why-digest = You get this e-mail because you asked for a digest. It is chosen only from what you told us: your interests, what you follow, and what you marked “not for me”.
mail-read-it = Read it
mail-digest-label = the digest of what is new for you
mail-title-unsubscribe = Stop these e-mails
mail-unsubscribed = Done: we will not e-mail you about this any more. It still appears in your notifications on the site.
mail-or-copy = Or copy this address into your browser:
mail-stop = Stop e-mails like this one
mail-choose = choose which e-mails you get
mail-stop-text = Stop e-mails like this one: { $link }
mail-choose-text = Choose which e-mails you get: { $link }

mail-digest-subject = { $when ->
    [daily] For you today
   *[weekly] For you this week
}
mail-digest-body = { $when ->
    [daily] What is new today in the areas and topics you chose, and on the questions you follow.
   *[weekly] What is new this week in the areas and topics you chose, and on the questions you follow.
}
mail-digest-action = Change what you get

mail-reset-subject = Choose a new password
mail-reset-body = Someone asked to choose a new password for the account { $username }. If it was you, follow the link below within an hour. It works once.
mail-reset-action = Choose a new password
mail-reset-after = If it was not you, ignore this e-mail: your password stays as it is.

mail-password-changed-subject = Your password was changed
mail-password-changed-body = The password of your account { $username } was just changed, and every other device was signed out.
mail-password-changed-action = If it was not you, choose a new password
mail-password-changed-after = {""}

mail-confirm-account-subject = Confirm your e-mail address
mail-confirm-account-body = Welcome! To finish making your account { $username }, confirm that this address is yours. The link works for a week.
mail-confirm-account-action = Confirm my address
mail-confirm-account-after = If you did not sign up, ignore this e-mail and nothing happens.

mail-already-a-member-subject = You already have an account
mail-already-a-member-body = Someone tried to make a new account with this address, but it already belongs to the account { $username }. If it was you, sign in instead.
mail-already-a-member-action = Sign in
mail-already-a-member-after = Forgotten your password? Choose a new one from the sign-in page. If it was not you, ignore this e-mail: nothing has changed.

mail-confirm-address-subject = Confirm your new e-mail address
mail-confirm-address-body = The account { $username } asked to use this address from now on. Confirm that it is yours and the change is made. The link works for a week.
mail-confirm-address-action = Confirm my new address
mail-confirm-address-after = If you did not ask for this, ignore this e-mail.

mail-address-in-use-subject = This address already has an account
mail-address-in-use-body = Someone asked to move their account to this address, but another account already uses it, so nothing was changed.
mail-address-in-use-action = Sign in
mail-address-in-use-after = If it was not you, ignore this e-mail.

mail-address-changed-subject = Your e-mail address was changed
mail-address-changed-body = The account { $username } now uses { $address } instead of this address.
mail-address-changed-action = It was not me: undo the change
mail-address-changed-after = Undoing puts this address back, signs out every device, and lets you choose a new password. The link works for a week.
