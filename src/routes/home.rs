//! `GET /`: the front page. For a signed-in member, "For you" first — what is new in the
//! areas and tags they chose and on the questions they follow, each with its reason — or an
//! invitation to choose; then the latest articles and questions and the most-voted ideas
//! that everyone sees, without what the member marked "not for me".

use actix_web::{HttpResponse, web};
use askama::Template;

use crate::auth::Session;
use crate::clock::now;
use crate::db::models::article_lists::{self, ArticleListRow, ListFilter};
use crate::db::models::idea_lists::{self, BoardFilter, BoardSort};
use crate::db::models::ideas::Idea;
use crate::db::models::personal as marks;
use crate::db::models::question_lists::{self, QuestionListRow};
use crate::domain::paging::Window;
use crate::error::AppError;
use crate::messages;
use crate::personal;
use crate::render::{Page, ok};
use crate::state::AppState;

/// One "For you" item as the page shows it.
pub struct ForYou {
    pub kind: &'static str,
    pub title: String,
    pub path: String,
    pub reason: String,
    /// An idea's status key (`planned`…), or empty for other posts.
    pub status: String,
    /// What "not for me" on it marks.
    pub mark: (&'static str, i64),
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    page: Page,
    latest: Vec<ArticleListRow>,
    questions: Vec<QuestionListRow>,
    ideas: Vec<(Idea, String)>,
    now: chrono::NaiveDateTime,
    /// Signed in: "For you" is shown (maybe empty).
    personal: bool,
    /// The member chose no interests yet: invite them.
    no_interests: bool,
    for_you: Vec<ForYou>,
}

pub async fn home(state: web::Data<AppState>, session: Session) -> Result<HttpResponse, AppError> {
    let now = now();
    let viewer = session.viewer().map(|v| v.id);
    let ideas_filter = BoardFilter {
        viewer,
        skip_total: true,
        ..BoardFilter::default()
    };
    let articles_filter = ListFilter {
        viewer,
        skip_total: true,
        ..ListFilter::default()
    };
    let (latest, recent, ideas, mine) = state
        .db
        .run(move |conn| {
            let (latest, _) = article_lists::list_published(conn, now, &articles_filter, first(3))?;
            let recent = question_lists::newest_for(conn, viewer, 5)?;
            let (ideas, _) = idea_lists::board(conn, &ideas_filter, BoardSort::Top, first(3))?;
            let mine = match viewer {
                Some(id) => {
                    let items = personal::for_you(conn, id, now)?;
                    // The invitation is for an empty "For you" only: the interests are read
                    // again just then.
                    let no_interests = items.is_empty() && marks::interests(conn, id)?.is_empty();
                    Some((no_interests, items))
                }
                None => None,
            };
            Ok((latest, recent, ideas, mine))
        })
        .await?;
    let page = Page::new(&session, messages::TITLE_PARLOUR)
        .in_section("home")
        .describe(messages::DESCRIPTION_HOME);
    let (personal, no_interests, for_you) = match mine {
        Some((no_interests, items)) => (
            true,
            no_interests,
            items
                .iter()
                .map(|item| ForYou {
                    kind: item.kind,
                    title: item.title.clone(),
                    path: item.path.clone(),
                    reason: personal::reason(session.lang().lang, item),
                    status: crate::domain::idea::IdeaStatus::parse(&item.status)
                        .map_or("", crate::domain::idea::IdeaStatus::key)
                        .to_owned(),
                    mark: item.mark,
                })
                .collect(),
        ),
        None => (false, false, Vec::new()),
    };
    ok(&HomePage {
        page,
        latest,
        questions: recent,
        ideas,
        now,
        personal,
        no_interests,
        for_you,
    })
}

/// The first `limit` rows of a list.
fn first(limit: i64) -> Window {
    Window {
        offset: 0,
        limit,
        after: None,
    }
}
