//! `GET|POST /experts/ask`. "Check for similar questions" shows the questions the search
//! index finds most like the title typed ([`crate::search::similar`]; server-side, no
//! JavaScript), so that a member finds an existing answer before asking again. Posting
//! tells the area's experts.

use actix_web::{HttpResponse, web};
use askama::Template;

use crate::auth::{CsrfMultipart, Session};
use crate::clock::now;
use crate::db::models::areas::{self, Area};
use crate::db::models::questions::Question;
use crate::domain::MediaRef;
use crate::domain::{ContentKind, article, question};
use crate::error::AppError;
use crate::messages;
use crate::posting;
use crate::render::{FieldErrors, Notice, Page, html, ok, see_other_with};
use crate::routes::moderation::held::held;
use crate::routes::uploads;
use crate::search::similar;
use crate::state::AppState;

/// What the ask form holds, as typed.
#[derive(Default)]
pub struct AskValues {
    pub title: String,
    pub details: String,
    pub area: String,
    pub image_alt: String,
}

#[derive(Template)]
#[template(path = "experts/ask.html")]
struct AskPage {
    page: Page,
    values: AskValues,
    areas: Vec<Area>,
    errors: FieldErrors,
    image: Option<MediaRef>,
    similar: Option<Vec<Question>>,
}

async fn all_areas(state: &AppState) -> Result<Vec<Area>, AppError> {
    state.db.run(|conn| Ok(areas::all(conn)?)).await
}

pub async fn ask_form(
    state: web::Data<AppState>,
    session: Session,
) -> Result<HttpResponse, AppError> {
    session.require_poster()?;
    ok(&AskPage {
        page: Page::new(&session, messages::TITLE_ASK_A_QUESTION).in_section("experts"),
        values: AskValues::default(),
        areas: all_areas(&state).await?,
        errors: FieldErrors::new(),
        image: None,
        similar: None,
    })
}

pub async fn ask(
    state: web::Data<AppState>,
    form: CsrfMultipart,
) -> Result<HttpResponse, AppError> {
    let viewer = form.session.require_poster()?.clone();
    let now = now();
    let values = AskValues {
        title: form.text("title").to_owned(),
        details: form.text("details").to_owned(),
        area: form.text("area").to_owned(),
        image_alt: form.text("image_alt").to_owned(),
    };
    let areas = all_areas(&state).await?;
    let mut errors = FieldErrors::new();
    let title = errors.check("title", question::parse_title(&values.title));
    let details = errors.check("details", question::parse_details(&values.details));
    let image_alt = errors.check("image_alt", article::parse_alt(&values.image_alt));
    let area = areas.iter().find(|a| a.slug == values.area).cloned();
    if areas.is_empty() {
        errors.add("area", messages::QUESTION_NO_AREAS);
    } else if area.is_none() {
        errors.add("area", messages::QUESTION_AREA_REQUIRED);
    }

    let image =
        uploads::picture(&state, &form, &uploads::IMAGE, viewer.id, now, &mut errors).await?;
    if image.is_some() && values.image_alt.trim().is_empty() {
        errors.add("image_alt", messages::ARTICLE_ALT_REQUIRED);
    }

    let checking = form.text("intent") == "similar";
    let (Some(title), Some(details), Some(image_alt), Some(area)) =
        (title, details, image_alt, area)
    else {
        return again(&form.session, values, areas, errors, image, None, &state).await;
    };
    if checking || !errors.is_empty() {
        return again(
            &form.session,
            values,
            areas,
            errors,
            image,
            Some(title),
            &state,
        )
        .await;
    }

    let asked = posting::questions::Asked {
        title,
        details,
        area_id: area.id,
        image_id: image.map(|i| i.id),
        image_alt,
    };
    let posted = posting::questions::ask(&state, &viewer, asked).await?;
    if posted.held() {
        return held(
            &form.session,
            ContentKind::Question,
            &posted.verdict,
            "/experts",
        );
    }
    Ok(see_other_with(&posted.stored, Notice::QuestionPosted))
}

/// Shows the form again: with mistakes (422), or with similar questions (200).
async fn again(
    session: &Session,
    values: AskValues,
    areas: Vec<Area>,
    errors: FieldErrors,
    image: Option<MediaRef>,
    title_for_similar: Option<String>,
    state: &AppState,
) -> Result<HttpResponse, AppError> {
    let similar = match title_for_similar {
        Some(title) if errors.is_empty() => Some(
            state
                .db
                .run(move |conn| Ok(similar::questions(conn, &title, now(), None)?))
                .await?,
        ),
        _ => None,
    };
    let status = errors.status();
    let page = AskPage {
        page: Page::new(session, messages::TITLE_ASK_A_QUESTION).in_section("experts"),
        values,
        areas,
        errors,
        image,
        similar,
    };
    html(status, &page)
}
