//! `GET|POST /ideas/new`: a member shares an idea, with an area and a picture if they like.
//! "Check for similar ideas" lists open ideas whose titles share words with the one typed,
//! each with a one-click vote, so that support gathers on one idea instead of five. With
//! pre-moderation on (the default) a new idea waits for a moderator; moderators' own ideas
//! are public at once.

use actix_web::{HttpResponse, web};
use askama::Template;

use crate::accounts::now;
use crate::auth::{CsrfMultipart, Session};
use crate::db::models::areas::{self, Area};
use crate::db::models::idea_lists;
use crate::db::models::ideas::{self, Idea, NewIdea};
use crate::db::models::media::MediaRef;
use crate::domain::idea as rules;
use crate::domain::{article, question};
use crate::error::AppError;
use crate::moderation::rate::Action;
use crate::moderation::{self, ContentKind, Submission};
use crate::render::markdown::{self, Trust, slugify};
use crate::render::{FieldErrors, Notice, Page, html, ok, see_other};
use crate::routes::moderation::held::held;
use crate::routes::uploads;
use crate::state::AppState;

/// What the form holds, as typed.
#[derive(Default)]
struct IdeaValues {
    title: String,
    body: String,
    area: String,
    image_alt: String,
}

#[derive(Template)]
#[template(path = "ideas/new.html")]
struct NewIdeaPage {
    page: Page,
    values: IdeaValues,
    areas: Vec<Area>,
    errors: FieldErrors,
    image: Option<MediaRef>,
    similar: Option<Vec<Idea>>,
    premoderated: bool,
}

pub async fn new_form(
    state: web::Data<AppState>,
    session: Session,
) -> Result<HttpResponse, AppError> {
    session.require_poster()?;
    let areas = state.db.run(|conn| Ok(areas::all(conn)?)).await?;
    ok(&NewIdeaPage {
        page: Page::new(&session, "Share an idea").in_section("ideas"),
        values: IdeaValues::default(),
        areas,
        errors: FieldErrors::new(),
        image: None,
        similar: None,
        premoderated: state.settings.idea_premoderation,
    })
}

pub async fn post(
    state: web::Data<AppState>,
    form: CsrfMultipart,
) -> Result<HttpResponse, AppError> {
    let viewer = form.session.require_poster()?.clone();
    let now = now();
    let values = IdeaValues {
        title: form.text("title").to_owned(),
        body: form.text("body").to_owned(),
        area: form.text("area").to_owned(),
        image_alt: form.text("image_alt").to_owned(),
    };
    let areas = state.db.run(|conn| Ok(areas::all(conn)?)).await?;
    let mut errors = FieldErrors::new();
    let title = errors.check("title", rules::parse_title(&values.title));
    let body = errors.check("body", rules::parse_body(&values.body));
    let image_alt = errors.check("image_alt", article::parse_alt(&values.image_alt));
    // The area is optional: some ideas (opening hours, delivery) belong to none.
    let area = areas.iter().find(|a| a.slug == values.area).map(|a| a.id);
    let image = uploads::picture(
        &state,
        &form,
        "image",
        "image_hash",
        viewer.id,
        now,
        &mut errors,
    )
    .await?;
    if image.is_some() && values.image_alt.trim().is_empty() {
        errors.add("image_alt", crate::messages::ARTICLE_ALT_REQUIRED);
    }
    let checking = form.text("intent") == "similar";
    let (Some(title), Some(body), Some(image_alt)) = (title, body, image_alt) else {
        return again(&state, &form.session, values, areas, errors, image, None).await;
    };
    if checking || !errors.is_empty() {
        let words = checking.then(|| question::keywords(&title));
        return again(&state, &form.session, values, areas, errors, image, words).await;
    }

    let rendered = markdown::render_off_thread(body.clone(), Trust::of(&viewer)).await?;
    let image_id = image.map(|i| i.id);
    let premoderated = state.settings.idea_premoderation;
    let (id, verdict) = state
        .db
        .run(move |conn| {
            crate::db::write_transaction(conn, |conn| {
                let text = format!("{title}\n\n{body}");
                let submission = Submission {
                    kind: ContentKind::Idea,
                    author: &viewer,
                    area_id: area,
                    text: &text,
                    is_edit: false,
                };
                let verdict =
                    moderation::admit(conn, premoderated, Action::Post, &submission, now)?;
                let new = NewIdea {
                    slug: &slugify(&title),
                    author_id: viewer.id,
                    area_id: area,
                    title: &title,
                    body_md: &body,
                    body_html: rendered.html.as_str(),
                    image_id,
                    image_alt: &image_alt,
                    approved: !verdict.held(),
                };
                let id = ideas::create(conn, &new, now)?;
                moderation::record(conn, ContentKind::Idea, id, &submission, &verdict, now)?;
                Ok((id, verdict))
            })
        })
        .await?;
    let only_waits = verdict
        .holds()
        .iter()
        .all(|f| f.rule == crate::moderation::checks::Rule::Premoderation);
    if verdict.held() && !only_waits {
        return held(
            &form.session,
            ContentKind::Idea,
            &verdict,
            &format!("/ideas/{id}"),
        );
    }
    // Pre-moderation alone is the ideas board's normal course: the idea page says so.
    let notice = if verdict.held() {
        Notice::IdeaAwaiting
    } else {
        Notice::IdeaPosted
    };
    Ok(see_other(&format!("/ideas/{id}?notice={}", notice.key())))
}

/// Shows the form again: with mistakes (422), or with the similar ideas for `words` (200).
async fn again(
    state: &AppState,
    session: &Session,
    values: IdeaValues,
    areas: Vec<Area>,
    errors: FieldErrors,
    image: Option<MediaRef>,
    words: Option<Vec<String>>,
) -> Result<HttpResponse, AppError> {
    let similar = match words {
        Some(words) => Some(
            state
                .db
                .run(move |conn| Ok(idea_lists::similar(conn, &words, 5)?))
                .await?,
        ),
        None => None,
    };
    let status = errors.status();
    let page = NewIdeaPage {
        page: Page::new(session, "Share an idea").in_section("ideas"),
        values,
        areas,
        errors,
        image,
        similar,
        premoderated: state.settings.idea_premoderation,
    };
    html(status, &page)
}
