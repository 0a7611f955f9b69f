//! The API's writes, each through the service its form uses: asking, answering and
//! commenting through the posting service (screened, held, limited and audited as on the
//! site; a limit is a 429 with `Retry-After`), votes through the vote service, and a
//! moderator's approvals and status changes through the moderation actions. Each needs a
//! token with the right scope, and the member's own standing (a silenced member cannot
//! post, a suspended one cannot vote) as on the site.

use actix_web::{HttpResponse, web};

use super::access::Access;
use super::types::{self, NewIdea, NewQuestion, NewStatus, NewText, NewVote};
use super::{ApiError, created};
use crate::auth::session::{participant, poster};
use crate::db::DbConnection;
use crate::db::models::replies::Subject;
use crate::db::models::{answers, areas, ideas, questions};
use crate::domain::Viewer;
use crate::domain::api_token::Scope;
use crate::domain::idea::{self as idea_rules, IdeaStatus, NOTE_MAX};
use crate::domain::{ContentKind, Visibility, question, reply};
use crate::error::AppError;
use crate::i18n::{Key, Lang};
use crate::moderation::actions::{self, Action, Decision};
use crate::posting::{self, Posted};
use crate::render::problem::FieldProblem;
use crate::state::AppState;

/// Collects the refused fields of a body.
#[derive(Default)]
struct Refusals(Vec<FieldProblem>);

impl Refusals {
    fn check<T>(&mut self, field: &str, parsed: Result<T, Key>) -> Option<T> {
        match parsed {
            Ok(value) => Some(value),
            Err(key) => {
                self.add(field, key);
                None
            }
        }
    }

    fn add(&mut self, field: &str, key: Key) {
        self.0.push(FieldProblem {
            field: field.to_owned(),
            detail: key.say(Lang::EnGb),
        });
    }

    fn done(self) -> Result<(), ApiError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(ApiError::invalid(self.0))
        }
    }
}

/// The member behind a token with the `post` scope, if they may post now.
fn posting_member(access: &Access) -> Result<Viewer, ApiError> {
    let caller = access.require(Scope::Post)?;
    Ok(poster(&caller.viewer)?.clone())
}

/// An answer's or a comment's text, checked as the forms check it.
fn reply_text(body: &NewText) -> Result<String, ApiError> {
    let mut refusals = Refusals::default();
    let text = refusals.check("body", reply::parse_body(&body.body));
    refusals.done()?;
    Ok(text.unwrap_or_default())
}

/// The `201` for a post: where it is, and whether it waits for a moderator and why.
fn posted<T>(state: &AppState, posted: &Posted<T>, path: &str) -> Result<HttpResponse, ApiError> {
    let url = format!("{}{path}", state.settings.public_url);
    let body = types::Posted {
        id: posted.id,
        url: url.clone(),
        state: if posted.held() { "held" } else { "published" }.to_owned(),
        held_because: posted
            .verdict
            .holds()
            .iter()
            .map(|f| {
                format!(
                    "{}: {}",
                    f.rule.label().say(Lang::EnGb),
                    f.detail.say(Lang::EnGb)
                )
            })
            .collect(),
    };
    created(&url, &body)
}

/// Ask a question.
#[utoipa::path(post, path = "/api/v1/questions", tag = "questions",
    security(("token" = ["post"])), request_body = NewQuestion,
    responses((status = 201, body = types::Posted),
        (status = 401, body = crate::render::problem::Problem, content_type = "application/problem+json"),
        (status = 403, body = crate::render::problem::Problem, content_type = "application/problem+json"),
        (status = 422, body = crate::render::problem::Problem, content_type = "application/problem+json"),
        (status = 429, body = crate::render::problem::Problem, content_type = "application/problem+json")))]
pub async fn ask(
    state: web::Data<AppState>,
    access: Access,
    body: web::Json<NewQuestion>,
) -> Result<HttpResponse, ApiError> {
    let viewer = posting_member(&access)?;
    let body = body.into_inner();
    let mut refusals = Refusals::default();
    let title = refusals.check("title", question::parse_title(&body.title));
    let details = refusals.check("body", question::parse_details(&body.body));
    let slug = body.area.clone();
    let area = state
        .db
        .run(move |conn| Ok(areas::find_by_slug(conn, &slug)?))
        .await?;
    if area.is_none() {
        refusals.add("area", crate::messages::QUESTION_AREA_REQUIRED);
    }
    refusals.done()?;
    let (Some(title), Some(details), Some(area)) = (title, details, area) else {
        return Err(ApiError::internal(anyhow::anyhow!(
            "checked fields missing"
        )));
    };
    let asked = posting::questions::Asked {
        title,
        details,
        area_id: area.id,
        image_id: None,
        image_alt: String::new(),
    };
    let done = posting::questions::ask(&state, &viewer, asked).await?;
    posted(&state, &done, &done.stored)
}

/// Answer a question.
#[utoipa::path(post, path = "/api/v1/questions/{id}/answers", tag = "questions",
    security(("token" = ["post"])), request_body = NewText,
    params(("id" = i64, Path, description = "The question's id")),
    responses((status = 201, body = types::Posted),
        (status = 404, body = crate::render::problem::Problem, content_type = "application/problem+json"),
        (status = 422, body = crate::render::problem::Problem, content_type = "application/problem+json"),
        (status = 429, body = crate::render::problem::Problem, content_type = "application/problem+json")))]
pub async fn answer(
    state: web::Data<AppState>,
    access: Access,
    id: web::Path<i64>,
    body: web::Json<NewText>,
) -> Result<HttpResponse, ApiError> {
    let viewer = posting_member(&access)?;
    let id = id.into_inner();
    let question = state
        .db
        .run(move |conn| {
            questions::find(conn, id)?
                .filter(|q| q.visibility == Visibility::Visible.key())
                .ok_or(AppError::NotFound)
        })
        .await?;
    let text = reply_text(&body)?;
    let done = posting::questions::answer(&state, &viewer, &question, text).await?;
    posted(&state, &done, &done.stored)
}

/// Comment under an answer.
#[utoipa::path(post, path = "/api/v1/answers/{id}/comments", tag = "questions",
    security(("token" = ["post"])), request_body = NewText,
    params(("id" = i64, Path, description = "The answer's id")),
    responses((status = 201, body = types::Posted),
        (status = 404, body = crate::render::problem::Problem, content_type = "application/problem+json"),
        (status = 422, body = crate::render::problem::Problem, content_type = "application/problem+json")))]
pub async fn comment_answer(
    state: web::Data<AppState>,
    access: Access,
    id: web::Path<i64>,
    body: web::Json<NewText>,
) -> Result<HttpResponse, ApiError> {
    let viewer = posting_member(&access)?;
    let id = id.into_inner();
    let (answer, question) = state
        .db
        .run(move |conn| answers::on_view(conn, id)?.ok_or(AppError::NotFound))
        .await?;
    let text = reply_text(&body)?;
    let subject = Subject::Answer(answer.id);
    let done =
        posting::comments::post(&state, &viewer, subject, None, Some(question.area_id), text)
            .await?;
    let path = crate::paths::comment(done.id);
    posted(&state, &done, &path)
}

/// Vote an answer up, or withdraw the vote.
#[utoipa::path(post, path = "/api/v1/answers/{id}/vote", tag = "questions",
    security(("token" = ["vote"])), request_body = NewVote,
    params(("id" = i64, Path, description = "The answer's id")),
    responses((status = 200, body = types::Voted),
        (status = 403, body = crate::render::problem::Problem, content_type = "application/problem+json"),
        (status = 404, body = crate::render::problem::Problem, content_type = "application/problem+json"),
        (status = 429, body = crate::render::problem::Problem, content_type = "application/problem+json")))]
pub async fn vote_answer(
    state: web::Data<AppState>,
    access: Access,
    id: web::Path<i64>,
    body: web::Json<NewVote>,
) -> Result<HttpResponse, ApiError> {
    vote(
        &state,
        &access,
        id.into_inner(),
        body.up,
        crate::votes::on_answer,
    )
    .await
}

/// A vote service: for a member, a post and up or withdrawn, the post's address and votes.
type VoteService = fn(&mut DbConnection, &Viewer, i64, bool) -> Result<(String, i32), AppError>;

/// A vote through `cast` (the vote service for answers or ideas), as the API answers it.
async fn vote(
    state: &AppState,
    access: &Access,
    id: i64,
    up: bool,
    cast: VoteService,
) -> Result<HttpResponse, ApiError> {
    let caller = access.require(Scope::Vote)?;
    let viewer = participant(&caller.viewer)?.clone();
    let (_, votes) = state
        .db
        .run(move |conn| cast(conn, &viewer, id, up))
        .await?;
    Ok(HttpResponse::Ok().json(types::Voted {
        vote_count: votes,
        voted: up,
    }))
}

/// Propose an idea.
#[utoipa::path(post, path = "/api/v1/ideas", tag = "ideas",
    security(("token" = ["post"])), request_body = NewIdea,
    responses((status = 201, body = types::Posted),
        (status = 422, body = crate::render::problem::Problem, content_type = "application/problem+json"),
        (status = 429, body = crate::render::problem::Problem, content_type = "application/problem+json")))]
pub async fn propose(
    state: web::Data<AppState>,
    access: Access,
    body: web::Json<NewIdea>,
) -> Result<HttpResponse, ApiError> {
    let viewer = posting_member(&access)?;
    let body = body.into_inner();
    let mut refusals = Refusals::default();
    let title = refusals.check("title", idea_rules::parse_title(&body.title));
    let text = refusals.check("body", idea_rules::parse_body(&body.body));
    let area_id = match body.area.filter(|a| !a.is_empty()) {
        None => None,
        Some(slug) => {
            let area = state
                .db
                .run(move |conn| Ok(areas::find_by_slug(conn, &slug)?))
                .await?;
            if area.is_none() {
                refusals.add("area", crate::messages::QUESTION_AREA_REQUIRED);
            }
            area.map(|a| a.id)
        }
    };
    refusals.done()?;
    let proposed = posting::ideas::Proposed {
        title: title.unwrap_or_default(),
        body: text.unwrap_or_default(),
        area_id,
        image_id: None,
        image_alt: String::new(),
    };
    let done = posting::ideas::propose(&state, &viewer, proposed).await?;
    posted(&state, &done, &crate::paths::idea(done.id))
}

/// Comment on an idea.
#[utoipa::path(post, path = "/api/v1/ideas/{id}/comments", tag = "ideas",
    security(("token" = ["post"])), request_body = NewText,
    params(("id" = i64, Path, description = "The idea's id")),
    responses((status = 201, body = types::Posted),
        (status = 404, body = crate::render::problem::Problem, content_type = "application/problem+json"),
        (status = 422, body = crate::render::problem::Problem, content_type = "application/problem+json")))]
pub async fn comment_idea(
    state: web::Data<AppState>,
    access: Access,
    id: web::Path<i64>,
    body: web::Json<NewText>,
) -> Result<HttpResponse, ApiError> {
    let viewer = posting_member(&access)?;
    let id = id.into_inner();
    let idea = state
        .db
        .run(move |conn| {
            ideas::find(conn, id)?
                .filter(|i| i.approved && i.merged_into_id.is_none() && i.shown_to(None))
                .ok_or(AppError::NotFound)
        })
        .await?;
    let text = reply_text(&body)?;
    let done = posting::ideas::comment(&state, &viewer, &idea, text).await?;
    posted(&state, &done, &crate::paths::comment(done.id))
}

/// Vote for an idea, or withdraw the vote.
#[utoipa::path(post, path = "/api/v1/ideas/{id}/vote", tag = "ideas",
    security(("token" = ["vote"])), request_body = NewVote,
    params(("id" = i64, Path, description = "The idea's id")),
    responses((status = 200, body = types::Voted),
        (status = 403, body = crate::render::problem::Problem, content_type = "application/problem+json"),
        (status = 404, body = crate::render::problem::Problem, content_type = "application/problem+json")))]
pub async fn vote_idea(
    state: web::Data<AppState>,
    access: Access,
    id: web::Path<i64>,
    body: web::Json<NewVote>,
) -> Result<HttpResponse, ApiError> {
    vote(
        &state,
        &access,
        id.into_inner(),
        body.up,
        crate::votes::on_idea,
    )
    .await
}

/// A moderator gives an idea a new status (or, with the status unchanged, a note).
#[utoipa::path(post, path = "/api/v1/ideas/{id}/status", tag = "moderation",
    security(("token" = ["moderate"])), request_body = NewStatus,
    params(("id" = i64, Path, description = "The idea's id")),
    responses((status = 200, body = types::Done),
        (status = 403, body = crate::render::problem::Problem, content_type = "application/problem+json"),
        (status = 404, body = crate::render::problem::Problem, content_type = "application/problem+json"),
        (status = 422, body = crate::render::problem::Problem, content_type = "application/problem+json")))]
pub async fn idea_status(
    state: web::Data<AppState>,
    access: Access,
    id: web::Path<i64>,
    body: web::Json<NewStatus>,
) -> Result<HttpResponse, ApiError> {
    let caller = access.require(Scope::Moderate)?;
    let moderator = caller.viewer.clone();
    let body = body.into_inner();
    let note = body.note.trim().to_owned();
    let mut refusals = Refusals::default();
    let to = IdeaStatus::parse(&body.status);
    if to.is_none() {
        refusals.add("status", crate::messages::IDEA_STATUS_CHOOSE);
    }
    if note.chars().count() > NOTE_MAX {
        refusals.add("note", crate::messages::IDEA_NOTE_TOO_LONG);
    }
    refusals.done()?;
    let Some(to) = to else {
        return Err(ApiError::internal(anyhow::anyhow!(
            "checked status missing"
        )));
    };
    let id = id.into_inner();
    let (_, mail) = state
        .db
        .run(move |conn| actions::ideas::set_status(conn, id, to, &note, &moderator))
        .await?;
    state.mail(mail);
    Ok(HttpResponse::Ok().json(types::Done {
        id,
        state: to.key().to_owned(),
    }))
}

/// What a moderator may do to a post through the API: approve it, or take it down.
/// Silencing and suspending members stay on the site, where the member's history is shown.
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ModerationAction {
    /// `approve`, `reject` (a held post) or `hide` (a public one).
    pub action: String,
    /// Why, for the audit log (and the author, when taken down).
    #[serde(default)]
    pub reason: String,
}

/// A moderator approves or takes down a post (`kind`: article, question, answer, comment,
/// idea).
#[utoipa::path(post, path = "/api/v1/moderation/{kind}/{id}", tag = "moderation",
    security(("token" = ["moderate"])), request_body = ModerationAction,
    params(("kind" = String, Path, description = "article, question, answer, comment or idea"),
        ("id" = i64, Path, description = "The post's id")),
    responses((status = 200, body = types::Done),
        (status = 403, body = crate::render::problem::Problem, content_type = "application/problem+json"),
        (status = 404, body = crate::render::problem::Problem, content_type = "application/problem+json"),
        (status = 409, body = crate::render::problem::Problem, content_type = "application/problem+json"),
        (status = 422, body = crate::render::problem::Problem, content_type = "application/problem+json")))]
pub async fn moderate(
    state: web::Data<AppState>,
    access: Access,
    path: web::Path<(String, i64)>,
    body: web::Json<ModerationAction>,
) -> Result<HttpResponse, ApiError> {
    let caller = access.require(Scope::Moderate)?;
    let moderator = caller.viewer.clone();
    let (kind, id) = path.into_inner();
    let kind = ContentKind::parse(&kind).ok_or_else(ApiError::not_found)?;
    let body = body.into_inner();
    let mut refusals = Refusals::default();
    let action = match body.action.as_str() {
        "approve" => Some(Action::Approve),
        "reject" => Some(Action::Reject),
        "hide" => Some(Action::Hide),
        _ => {
            refusals.add("action", crate::messages::MOD_ACTION_UNKNOWN);
            None
        }
    };
    let reason = body.reason.trim().to_owned();
    if reason.chars().count() > 1_000 {
        refusals.add("reason", crate::messages::MOD_REASON_TOO_LONG);
    }
    refusals.done()?;
    let Some(action) = action else {
        return Err(ApiError::internal(anyhow::anyhow!(
            "checked action missing"
        )));
    };
    let decision = Decision {
        action,
        reason,
        days: 0,
        seen: None,
    };
    let (mail, visibility) = state
        .db
        .run(move |conn| {
            let mail = actions::act(conn, kind, id, &moderator, &decision)?;
            let post = crate::db::models::posts::find(conn, kind, id)?.ok_or(AppError::NotFound)?;
            Ok((mail, post.visibility))
        })
        .await?;
    state.mail(mail);
    Ok(HttpResponse::Ok().json(types::Done {
        id,
        state: visibility.key().to_owned(),
    }))
}
