//! `GET|POST /ideas/new`: a member shares an idea, with an area and a picture if they like.
//! "Check for similar ideas" lists the open ideas the search index finds most like the title
//! typed ([`crate::search::similar`]), each with a one-click vote, so that support gathers
//! on one idea instead of five. With
//! pre-moderation on (the default) a new idea waits for a moderator; moderators' own ideas
//! are public at once.

use actix_web::{HttpResponse, web};
use askama::Template;

use crate::auth::{CsrfMultipart, Session};
use crate::clock::now;
use crate::db::models::areas::{self, Area};
use crate::db::models::ideas::Idea;
use crate::domain::MediaRef;
use crate::domain::idea as rules;
use crate::domain::{ContentKind, article};
use crate::error::AppError;
use crate::messages;
use crate::paths;
use crate::posting;
use crate::render::{FieldErrors, Notice, Page, html, ok, see_other_with};
use crate::routes::moderation::held::held;
use crate::routes::uploads;
use crate::search::similar;
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
        page: Page::new(&session, messages::TITLE_SHARE_AN_IDEA).in_section("ideas"),
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
    let image =
        uploads::picture(&state, &form, &uploads::IMAGE, viewer.id, now, &mut errors).await?;
    if image.is_some() && values.image_alt.trim().is_empty() {
        errors.add("image_alt", crate::messages::ARTICLE_ALT_REQUIRED);
    }
    let checking = form.text("intent") == "similar";
    let (Some(title), Some(body), Some(image_alt)) = (title, body, image_alt) else {
        return again(&state, &form.session, values, areas, errors, image, None).await;
    };
    if checking || !errors.is_empty() {
        let title = checking.then_some(title);
        return again(&state, &form.session, values, areas, errors, image, title).await;
    }

    let proposed = posting::ideas::Proposed {
        title,
        body,
        area_id: area,
        image_id: image.map(|i| i.id),
        image_alt,
    };
    let posted = posting::ideas::propose(&state, &viewer, proposed).await?;
    let path = paths::idea(posted.id);
    let only_waits = posting::ideas::only_awaits_review(&posted);
    if posted.held() && !only_waits {
        return held(&form.session, ContentKind::Idea, &posted.verdict, &path);
    }
    // Pre-moderation alone is the ideas board's normal course: the idea page says so.
    let notice = if posted.held() {
        Notice::IdeaAwaiting
    } else {
        Notice::IdeaPosted
    };
    Ok(see_other_with(&path, notice))
}

/// Shows the form again: with mistakes (422), or with the ideas like `title_for_similar`
/// (200).
async fn again(
    state: &AppState,
    session: &Session,
    values: IdeaValues,
    areas: Vec<Area>,
    errors: FieldErrors,
    image: Option<MediaRef>,
    title_for_similar: Option<String>,
) -> Result<HttpResponse, AppError> {
    let similar = match title_for_similar {
        Some(title) => Some(
            state
                .db
                .run(move |conn| {
                    Ok(similar::ideas(
                        conn,
                        &title,
                        now(),
                        None,
                        similar::SUGGESTIONS,
                    )?)
                })
                .await?,
        ),
        None => None,
    };
    let status = errors.status();
    let page = NewIdeaPage {
        page: Page::new(session, messages::TITLE_SHARE_AN_IDEA).in_section("ideas"),
        values,
        areas,
        errors,
        image,
        similar,
        premoderated: state.settings.idea_premoderation,
    };
    html(status, &page)
}
