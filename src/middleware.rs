//! What wraps every request: request logs, security headers, the body-size limit, the
//! session cookie and the error pages.

use std::time::Instant;

use actix_web::body::{BoxBody, EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::{DefaultHeaders, Next};
use actix_web::{Error, HttpMessage, HttpResponse, web};
use askama::Template;

use crate::auth::Session;
use crate::auth::session;
use crate::error::{AppError, ErrorMessage};
use crate::i18n::{Chosen, Key, Lang, LangSource};
use crate::messages;
use crate::render::Page;
use crate::state::AppState;

/// Pages load only from this site: no inline script or style, no frames, no plugins.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; base-uri 'none'; \
     form-action 'self'; frame-ancestors 'none'; object-src 'none'";

/// Headers every response carries unless the handler set its own.
pub fn security_headers(https: bool) -> DefaultHeaders {
    let headers = DefaultHeaders::new()
        .add((header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY))
        .add((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .add((header::REFERRER_POLICY, "same-origin"))
        .add((header::X_FRAME_OPTIONS, "DENY"))
        .add(("Cross-Origin-Opener-Policy", "same-origin"))
        .add((
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        ))
        // Pages carry per-session CSRF tokens: no shared cache may keep them.
        .add((header::CACHE_CONTROL, "private, no-cache"));
    if https {
        headers.add((header::STRICT_TRANSPORT_SECURITY, "max-age=31536000"))
    } else {
        headers
    }
}

/// Addresses whose pages hold one member's personal data (their account and export,
/// notifications, the moderation queue, the admin pages).
const PRIVATE_PAGES: &[&str] = &["/account", "/notifications", "/mod", "/admin"];

/// Marks personal pages `no-store`: not even the member's own browser keeps a copy on disk
/// (other pages are `private, no-cache`, from [`security_headers`]).
pub async fn private_pages(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let path = req.path();
    let private = PRIVATE_PAGES.iter().any(|p| {
        path.strip_prefix(p)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', '.']))
    });
    let mut res = next.call(req).await?;
    if private {
        res.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    Ok(res)
}

/// Says which language a page is in and that it depends on the browser's
/// (`Content-Language`, `Vary: Accept-Language`), and, when the language was chosen in
/// the address (`?lang=fr`), carries that choice on: into every link and form of the page
/// and into a redirect's `Location` (see [`crate::i18n::carry_lang`]).
pub async fn language(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let res = next.call(req).await?;
    let chosen = res
        .request()
        .extensions()
        .get::<Session>()
        .map(Session::lang);
    let mut res = res.map_into_boxed_body();
    let is_html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if is_html {
        let headers = res.headers_mut();
        headers.append(header::VARY, HeaderValue::from_static("Accept-Language"));
        if let Some(chosen) = chosen {
            headers.insert(
                header::CONTENT_LANGUAGE,
                HeaderValue::from_static(chosen.lang.tag()),
            );
        }
    }
    let Some(chosen) = chosen.filter(|c| c.source == LangSource::Url) else {
        return Ok(res);
    };
    let code = chosen.lang.code();
    let location = res
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .map(|l| crate::i18n::with_lang_in_header(l, code));
    if let Some(value) = location.and_then(|l| HeaderValue::from_str(&l).ok()) {
        res.headers_mut().insert(header::LOCATION, value);
    }
    if !is_html {
        return Ok(res);
    }
    let (request, response) = res.into_parts();
    let (response, body) = response.into_parts();
    let bytes = actix_web::body::to_bytes(body)
        .await
        .map_err(actix_web::error::ErrorInternalServerError)?;
    let html = crate::i18n::carry_lang(&String::from_utf8_lossy(&bytes), code);
    let response = response.set_body(BoxBody::new(html));
    Ok(ServiceResponse::new(request, response))
}

/// Logs each request's method, path, status and duration, and counts it for `/metrics` by
/// route pattern. Never the query string or the body: those may hold search terms,
/// tokens or personal data.
///
/// Each request gets an id: in a span around its handling, so every line it logs carries
/// it, and in the `X-Request-Id` response header, so a member's report ("it failed at
/// 10:42") leads to the lines. Behind a trusted proxy, the proxy's own id is kept.
pub async fn log_requests(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    use tracing::Instrument;
    let started = Instant::now();
    let method = req.method().clone();
    let path = loggable_path(req.path());
    let trusted = req
        .app_data::<web::Data<AppState>>()
        .is_some_and(|state| state.settings.trust_proxy);
    let request_id = req
        .headers()
        .get(REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .filter(|id| trusted && is_request_id(id))
        .map_or_else(
            || crate::auth::token::random_token()[..16].to_owned(),
            str::to_owned,
        );
    let span = tracing::info_span!("request", request_id = %request_id);
    let metrics = req
        .app_data::<web::Data<AppState>>()
        .map(|state| state.metrics.clone());
    let mut res = next.call(req).instrument(span.clone()).await?;
    if let Some(metrics) = metrics {
        // The pattern, not the address: `/experts/questions/{id}` is one series in
        // /metrics. Matching it costs a regular expression per route, so a page from the
        // cache brings the pattern it was made under.
        let kept = res
            .response()
            .extensions()
            .get::<crate::metrics::RoutePattern>()
            .map(|p| p.0.clone());
        let route = kept.or_else(|| res.request().match_pattern().map(Into::into));
        metrics.request(
            method.as_str(),
            route.as_deref().unwrap_or(crate::metrics::UNMATCHED),
            res.status().as_u16(),
            started.elapsed(),
        );
    }
    if let Ok(value) = HeaderValue::from_str(&request_id) {
        res.headers_mut().insert(REQUEST_ID, value);
    }
    span.in_scope(|| {
        tracing::info!(
            %method,
            %path,
            status = res.status().as_u16(),
            micros = started.elapsed().as_micros() as u64,
            "request"
        );
    });
    Ok(res)
}

/// The request id's header, in requests from a trusted proxy and in every response.
const REQUEST_ID: header::HeaderName = header::HeaderName::from_static("x-request-id");

/// A request id as a proxy may send it: short, and nothing a log line could be forged with.
fn is_request_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// Paths whose last segments are secrets (mailed links): logged without them, since
/// anyone who reads the log could otherwise follow the link.
const SECRET_PATHS: [&str; 4] = [
    "/password/reset/",
    "/account/confirm/",
    "/account/undo-address/",
    "/unsubscribe/",
];

/// `path` as the log may hold it.
fn loggable_path(path: &str) -> String {
    match SECRET_PATHS.iter().find(|prefix| path.starts_with(*prefix)) {
        Some(prefix) => format!("{prefix}…"),
        None => path.to_owned(),
    }
}

/// Refuses a body whose declared length is over the limit before reading any of it.
/// Bodies without a declared length are cut off by the extractors' own limits.
pub async fn body_limit(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, Error> {
    let limit = req
        .app_data::<web::Data<AppState>>()
        .map(|s| s.settings.body_limit)
        .unwrap_or(usize::MAX);
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|len| len > limit as u64) {
        let response = actix_web::ResponseError::error_response(&AppError::PayloadTooLarge);
        let mut response = req.into_response(response);
        // The body was not read: ask the client not to reuse the connection.
        response
            .headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
        return Ok(response.map_into_right_body());
    }
    Ok(next.call(req).await?.map_into_left_body())
}

/// Sets the session cookie when this request gave the visitor its first token in a form,
/// unless the handler set a new one itself (sign-in, sign-out).
pub async fn session_cookie(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let secure = req
        .app_data::<web::Data<AppState>>()
        .is_some_and(|s| s.settings.secure_cookies);
    let mut res = next.call(req).await?;
    let minted = res
        .request()
        .extensions()
        .get::<Session>()
        .filter(|s| s.needs_cookie())
        .map(|s| s.token().to_owned());
    if let Some(token) = minted {
        let already_set = res
            .response()
            .cookies()
            .any(|c| c.name() == session::cookie_name(secure));
        if !already_set {
            res.response_mut()
                .add_cookie(&session::cookie(&token, secure, None))?;
        }
    }
    Ok(res)
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    page: Page,
    status: u16,
    message: String,
}

/// Refuses a request carrying an API token anywhere but the API, before any handler
/// runs: a token must never act through a form route.
pub async fn tokens_only_for_api(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, Error> {
    if let Some(refusal) = crate::api::refuse_tokens_outside(&req) {
        return Ok(req.into_response(refusal).map_into_right_body());
    }
    Ok(next.call(req).await?.map_into_left_body())
}

/// Turns every bare error response (from a handler, an extractor or actix itself) into a
/// page in the site's layout, or, under `/api`, into a problem document. Responses that
/// already are HTML pages or problem documents pass through.
pub async fn error_pages(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let res = next.call(req).await?;
    let status = res.status();
    let content_type = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let is_html = content_type.starts_with("text/html");
    let is_problem = content_type.starts_with(crate::render::problem::PROBLEM_JSON);
    if !(status.is_client_error() || status.is_server_error()) || is_html || is_problem {
        return Ok(res.map_into_boxed_body());
    }
    if crate::api::is_api(res.request().path()) {
        return Ok(problem_of(res));
    }
    let session = res.request().extensions().get::<Session>().cloned();
    // A request that failed before its session was read still gets the browser's language.
    let lang = session.as_ref().map_or_else(
        || {
            Chosen::resolve(
                None,
                None,
                res.request()
                    .headers()
                    .get(header::ACCEPT_LANGUAGE)
                    .and_then(|v| v.to_str().ok()),
                Lang::default(),
            )
            .lang
        },
        |s| s.lang().lang,
    );
    let message = res
        .response()
        .extensions()
        .get::<ErrorMessage>()
        .map_or_else(
            || default_message(status.as_u16()).say(lang),
            |m| m.say(lang),
        );
    let page = ErrorPage {
        page: Page::for_error(
            session.as_ref(),
            messages::error_title(status.as_u16()),
            lang,
        ),
        status: status.as_u16(),
        message,
    };
    let body = match page.render() {
        Ok(body) => body,
        Err(error) => {
            tracing::error!(%error, "rendering an error page failed");
            return Ok(res.map_into_boxed_body());
        }
    };
    let (request, old) = res.into_parts();
    let mut response = HttpResponse::build(status);
    for (name, value) in old.headers() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            response.append_header((name.clone(), value.clone()));
        }
    }
    let response = response.content_type("text/html; charset=utf-8").body(body);
    Ok(ServiceResponse::new(request, response))
}

/// A bare error under `/api` (the body limit, an extractor, actix itself) as a problem
/// document, keeping its headers (`Retry-After`).
fn problem_of(res: ServiceResponse<impl MessageBody>) -> ServiceResponse<BoxBody> {
    let status = res.status();
    let detail = res
        .response()
        .extensions()
        .get::<ErrorMessage>()
        .map_or_else(
            || default_message(status.as_u16()).say(Lang::EnGb),
            |m| m.say(Lang::EnGb),
        );
    let problem = crate::render::problem::Problem::new(
        status,
        crate::render::problem::Problem::code_of(status),
        detail,
    );
    let (request, old) = res.into_parts();
    let mut response = problem.response();
    for (name, value) in old.headers() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            response.headers_mut().append(name.clone(), value.clone());
        }
    }
    ServiceResponse::new(request, response)
}

fn default_message(status: u16) -> Key {
    match status {
        400 | 405 | 411 | 415 | 422 => messages::ERROR_BAD_REQUEST,
        403 => messages::ERROR_FORBIDDEN,
        404 => messages::ERROR_NOT_FOUND,
        413 => messages::ERROR_TOO_LARGE,
        429 => messages::ERROR_TOO_MANY,
        503 => messages::ERROR_UNAVAILABLE,
        _ => messages::ERROR_INTERNAL,
    }
}

#[cfg(test)]
mod log_tests {
    use super::loggable_path;

    #[test]
    fn mailed_links_are_logged_without_their_secret() {
        assert_eq!(loggable_path("/password/reset/abc123"), "/password/reset/…");
        assert_eq!(
            loggable_path("/unsubscribe/7/answer/ff00"),
            "/unsubscribe/…"
        );
        assert_eq!(loggable_path("/blog/linen"), "/blog/linen");
    }
}
