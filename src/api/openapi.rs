//! The API's OpenAPI 3.1 description, generated from the handlers' annotations and the
//! types they read and write ([`super::types`]), so it cannot drift from the code; a test
//! checks real responses against it.

use std::sync::OnceLock;

use actix_web::{HttpRequest, HttpResponse};
use utoipa::OpenApi;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};

use super::{ApiError, fresh_json};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Parlour API",
        version = "1",
        description = "The community's articles, questions, ideas and members, and the \
            same actions as the site's forms, for the retailer's other systems. Reads need \
            no token and show what a visitor sees; writes need a personal access token \
            (made on /account/tokens) with the right scope. Errors are RFC 9457 problem \
            documents."
    ),
    paths(
        super::read::me,
        super::read::areas,
        super::read::questions,
        super::read::question,
        super::read::articles,
        super::read::article,
        super::read::ideas,
        super::read::idea,
        super::read::member,
        super::read::search,
        super::write::ask,
        super::write::answer,
        super::write::comment_answer,
        super::write::vote_answer,
        super::write::propose,
        super::write::comment_idea,
        super::write::vote_idea,
        super::write::idea_status,
        super::write::moderate,
    ),
    modifiers(&TokenScheme),
    tags(
        (name = "questions", description = "Ask the Experts"),
        (name = "articles", description = "The staff's blog"),
        (name = "ideas", description = "The ideas board"),
        (name = "members", description = "Public profiles, and the token's own member"),
        (name = "search", description = "Everything, as the site's search finds it"),
        (name = "moderation", description = "For moderators' tokens"),
    )
)]
struct ApiDoc;

/// The bearer token scheme the write endpoints name.
struct TokenScheme;

impl utoipa::Modify for TokenScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("A personal access token, `parlour_pat_…`"))
                    .build(),
            ),
        );
    }
}

/// The description, made once.
pub fn description() -> &'static utoipa::openapi::OpenApi {
    static DOC: OnceLock<utoipa::openapi::OpenApi> = OnceLock::new();
    DOC.get_or_init(ApiDoc::openapi)
}

/// `GET /api/v1/openapi.json`.
pub async fn document(req: HttpRequest) -> Result<HttpResponse, ApiError> {
    fresh_json(&req, description())
}
