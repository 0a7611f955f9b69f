//! The page an author sees when their post is held: it is saved, it waits for a
//! moderator, and here is exactly what tripped which rule (for a leak, the text to take
//! out), so that nobody is left guessing.

use actix_web::HttpResponse;
use askama::Template;

use crate::auth::Session;
use crate::domain::ContentKind;
use crate::error::AppError;
use crate::messages;
use crate::messages::Notice;
use crate::moderation::Verdict;
use crate::posting::Posted;
use crate::render::{Page, ok, see_other_with};

#[derive(Template)]
#[template(path = "moderation/held.html")]
struct HeldPage {
    page: Page,
    kind: &'static str,
    /// (rule, what tripped it)
    reasons: Vec<(crate::i18n::Key, crate::i18n::Text)>,
    /// Where to go next: the post itself when its author can read it, or its page.
    back: String,
}

pub fn held(
    session: &Session,
    kind: ContentKind,
    verdict: &Verdict,
    back: &str,
) -> Result<HttpResponse, AppError> {
    ok(&HeldPage {
        page: Page::new(session, messages::TITLE_WAITING_FOR_A_MODERATOR),
        kind: kind.label(),
        reasons: verdict
            .holds()
            .into_iter()
            .map(|f| (f.rule.label(), f.detail.clone()))
            .collect(),
        back: back.to_owned(),
    })
}

/// The answer to a post written through the posting service: the held page when it waits
/// for a moderator (with `back` to go on from), else a redirect to `place` showing
/// `notice`.
pub fn after_posting<T>(
    session: &Session,
    kind: ContentKind,
    posted: &Posted<T>,
    back: &str,
    place: &str,
    notice: Notice,
) -> Result<HttpResponse, AppError> {
    if posted.held() {
        return held(session, kind, &posted.verdict, back);
    }
    Ok(see_other_with(place, notice))
}

/// [`after_posting`] for a comment under the page at `page`: the redirect goes to the
/// comment itself.
pub fn after_commenting<T>(
    session: &Session,
    posted: &Posted<T>,
    page: &str,
) -> Result<HttpResponse, AppError> {
    let place = format!("{page}#comment-{}", posted.id);
    after_posting(
        session,
        ContentKind::Comment,
        posted,
        page,
        &place,
        Notice::CommentPosted,
    )
}
