//! The providers' buttons on the sign-in and account pages, and the policy that lets those
//! pages' forms lead to the providers' sites (a browser checks a form's redirect against
//! the page's `form-action`, which otherwise allows this site only).

use actix_web::HttpResponse;
use actix_web::http::header;

use crate::middleware::CONTENT_SECURITY_POLICY;
use crate::state::AppState;

/// A provider's button, as the sign-in and account pages show it.
pub struct Button {
    pub key: String,
    pub label: String,
}

/// The buttons of every provider.
pub fn buttons(state: &AppState) -> Vec<Button> {
    state
        .providers
        .all()
        .iter()
        .map(|p| Button {
            key: p.config.key.clone(),
            label: p.config.label.clone(),
        })
        .collect()
}

/// The page's response with a policy that lets its forms lead to the providers' sites
/// (a browser checks a form's redirect against the page's `form-action`).
pub fn form_targets(state: &AppState, mut response: HttpResponse) -> HttpResponse {
    let origins: Vec<String> = state
        .providers
        .all()
        .iter()
        .filter_map(|p| origin(&p.config.issuer))
        .collect();
    if origins.is_empty() {
        return response;
    }
    let policy = CONTENT_SECURITY_POLICY.replace(
        "form-action 'self'",
        &format!("form-action 'self' {}", origins.join(" ")),
    );
    if let Ok(value) = header::HeaderValue::from_str(&policy) {
        response
            .headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, value);
    }
    response
}

/// `scheme://host[:port]` of `url`.
fn origin(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let host = rest.split('/').next()?;
    let clean = host
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    (clean && !host.is_empty()).then(|| format!("{scheme}://{host}"))
}
