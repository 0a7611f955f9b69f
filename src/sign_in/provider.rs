//! One trip to an OpenID Connect provider, with the `openidconnect` crate doing the
//! protocol: discovery, the authorization request (code flow with PKCE, `state` and
//! `nonce`), the code exchange, and the ID token's signature and claims (issuer, audience,
//! expiry, nonce). Nothing here parses a JWT by hand.
//!
//! A provider's discovery document (with its signing keys) is read at the first need and
//! again after [`REFRESH`], so keys the provider rotates are picked up; a provider that
//! does not answer is asked again after [`RETRY`] at the earliest, so that a provider
//! outage costs each sign-in page nothing but a message.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use openidconnect::core::{
    CoreAuthDisplay, CoreAuthPrompt, CoreAuthenticationFlow, CoreClaimName, CoreClaimType,
    CoreClientAuthMethod, CoreErrorResponseType, CoreGenderClaim, CoreGrantType, CoreJsonWebKey,
    CoreJweContentEncryptionAlgorithm, CoreJweKeyManagementAlgorithm, CoreJwsSigningAlgorithm,
    CoreResponseMode, CoreResponseType, CoreRevocableToken, CoreRevocationErrorResponse,
    CoreSubjectIdentifierType, CoreTokenIntrospectionResponse, CoreTokenType,
};
use openidconnect::{
    AdditionalClaims, AdditionalProviderMetadata, AuthorizationCode, ClientId, ClientSecret,
    CsrfToken, EmptyExtraTokenFields, EndpointMaybeSet, EndpointNotSet, EndpointSet, IssuerUrl,
    Nonce, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, TokenResponse as _,
};
use serde::{Deserialize, Serialize};

use super::config::ProviderConfig;

/// How long a discovery document is trusted before it is read again.
pub const REFRESH: Duration = Duration::from_secs(3600);
/// How long after a failed discovery the provider is asked again.
pub const RETRY: Duration = Duration::from_secs(30);
/// The longest wait for a provider's answer.
const TIMEOUT: Duration = Duration::from_secs(10);

/// Claims beyond the standard ones, kept whole so that the configured roles claim can be
/// read whatever its name.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OtherClaims {
    #[serde(flatten)]
    pub claims: HashMap<String, serde_json::Value>,
}
impl AdditionalClaims for OtherClaims {}

/// The one part of the discovery document the crate does not read: where to sign out.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SignOutMetadata {
    #[serde(default)]
    pub end_session_endpoint: Option<String>,
}
impl AdditionalProviderMetadata for SignOutMetadata {}

type Metadata = openidconnect::ProviderMetadata<
    SignOutMetadata,
    CoreAuthDisplay,
    CoreClientAuthMethod,
    CoreClaimName,
    CoreClaimType,
    CoreGrantType,
    CoreJweContentEncryptionAlgorithm,
    CoreJweKeyManagementAlgorithm,
    CoreJsonWebKey,
    CoreResponseMode,
    CoreResponseType,
    CoreSubjectIdentifierType,
>;

type IdTokenFields = openidconnect::IdTokenFields<
    OtherClaims,
    EmptyExtraTokenFields,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJwsSigningAlgorithm,
>;

type Client = openidconnect::Client<
    OtherClaims,
    CoreAuthDisplay,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJsonWebKey,
    CoreAuthPrompt,
    openidconnect::StandardErrorResponse<CoreErrorResponseType>,
    openidconnect::StandardTokenResponse<IdTokenFields, CoreTokenType>,
    CoreTokenIntrospectionResponse,
    CoreRevocableToken,
    CoreRevocationErrorResponse,
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// Why a trip failed. The text is for the server's log: it never holds a token.
#[derive(Debug, thiserror::Error)]
pub enum TripError {
    /// The provider did not answer, or answered nonsense, at discovery or the exchange.
    #[error("the provider is unavailable: {0}")]
    Unavailable(String),
    /// The provider answered but what it said cannot be trusted or used.
    #[error("the provider's answer was refused: {0}")]
    Refused(String),
}

/// A trip about to start: where to send the browser, and what to keep for its return.
pub struct Departure {
    pub url: String,
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
}

/// What a provider vouched for, from a verified ID token.
#[derive(Debug, Clone)]
pub struct Vouched {
    pub subject: String,
    pub preferred_username: String,
    pub email: String,
    pub email_verified: bool,
    /// The configured roles claim's values.
    pub groups: Vec<String>,
}

struct Discovered {
    client: Client,
    end_session: Option<String>,
    at: Instant,
}

enum Cached {
    Ready(Arc<Discovered>),
    Failed(Instant),
}

/// One configured provider with its discovery cache.
pub struct Provider {
    pub config: ProviderConfig,
    redirect: String,
    cache: Mutex<Option<Cached>>,
}

impl Provider {
    pub fn new(config: ProviderConfig, public_url: &str) -> Self {
        let redirect = format!("{public_url}/auth/{}/callback", config.key);
        Self {
            config,
            redirect,
            cache: Mutex::new(None),
        }
    }

    /// The provider's client, discovering it when it is missing or old.
    async fn discovered(&self, http: &reqwest::Client) -> Result<Arc<Discovered>, TripError> {
        let cached = match &*self.cache.lock().unwrap_or_else(|e| e.into_inner()) {
            Some(Cached::Ready(d)) if d.at.elapsed() < REFRESH => return Ok(d.clone()),
            Some(Cached::Failed(at)) if at.elapsed() < RETRY => {
                return Err(TripError::Unavailable(
                    "discovery failed moments ago".to_owned(),
                ));
            }
            Some(Cached::Ready(d)) => Some(d.clone()),
            _ => None,
        };
        match self.discover(http).await {
            Ok(fresh) => {
                let fresh = Arc::new(fresh);
                *self.cache.lock().unwrap_or_else(|e| e.into_inner()) =
                    Some(Cached::Ready(fresh.clone()));
                Ok(fresh)
            }
            // A refresh that fails keeps the document it had.
            Err(_) if cached.is_some() => Ok(cached.unwrap_or_else(|| unreachable!())),
            Err(e) => {
                *self.cache.lock().unwrap_or_else(|e| e.into_inner()) =
                    Some(Cached::Failed(Instant::now()));
                Err(e)
            }
        }
    }

    async fn discover(&self, http: &reqwest::Client) -> Result<Discovered, TripError> {
        let issuer = IssuerUrl::new(self.config.issuer.clone())
            .map_err(|e| TripError::Unavailable(format!("issuer URL: {e}")))?;
        let call = |request| send(http, request);
        let metadata = Metadata::discover_async(issuer, &call)
            .await
            .map_err(|e| TripError::Unavailable(format!("discovery: {e}")))?;
        let end_session = metadata.additional_metadata().end_session_endpoint.clone();
        let redirect = RedirectUrl::new(self.redirect.clone())
            .map_err(|e| TripError::Unavailable(format!("redirect URL: {e}")))?;
        let client = Client::from_provider_metadata(
            metadata,
            ClientId::new(self.config.client_id.clone()),
            Some(ClientSecret::new(self.config.client_secret.clone())),
        )
        .set_redirect_uri(redirect);
        Ok(Discovered {
            client,
            end_session,
            at: Instant::now(),
        })
    }

    /// Reads the discovery document now (at start), so that the first visitor need not.
    pub async fn warm_up(&self, http: &reqwest::Client) -> Result<(), TripError> {
        self.discovered(http).await.map(|_| ())
    }

    /// The authorization request: the browser goes to `url`; the rest stays on the server.
    pub async fn depart(&self, http: &reqwest::Client) -> Result<Departure, TripError> {
        let discovered = self.discovered(http).await?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (url, state, nonce) = discovered
            .client
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .add_scope(Scope::new("email".to_owned()))
            .add_scope(Scope::new("profile".to_owned()))
            .set_pkce_challenge(challenge)
            .url();
        Ok(Departure {
            url: url.to_string(),
            state: state.secret().clone(),
            nonce: nonce.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
        })
    }

    /// Exchanges the code (with the PKCE verifier) and checks the ID token against the
    /// provider's keys, this client and the `nonce` sent.
    pub async fn arrive(
        &self,
        http: &reqwest::Client,
        code: &str,
        nonce: &str,
        pkce_verifier: &str,
    ) -> Result<Vouched, TripError> {
        let discovered = self.discovered(http).await?;
        let call = |request| send(http, request);
        let response = discovered
            .client
            .exchange_code(AuthorizationCode::new(code.to_owned()))
            .map_err(|e| TripError::Unavailable(format!("no token endpoint: {e}")))?
            .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier.to_owned()))
            .request_async(&call)
            .await
            .map_err(|e| match e {
                openidconnect::RequestTokenError::ServerResponse(r) => {
                    TripError::Refused(format!("token endpoint said {}", r.error()))
                }
                openidconnect::RequestTokenError::Request(e) => {
                    TripError::Unavailable(format!("token endpoint: {e}"))
                }
                // The body may hold tokens: only the kind of failure is kept.
                openidconnect::RequestTokenError::Parse(..) => {
                    TripError::Refused("an unreadable token response".to_owned())
                }
                openidconnect::RequestTokenError::Other(_) => {
                    TripError::Refused("an unexpected token response".to_owned())
                }
            })?;
        let id_token = response
            .id_token()
            .ok_or_else(|| TripError::Refused("no ID token".to_owned()))?;
        let verifier = discovered.client.id_token_verifier();
        let claims = id_token
            .claims(&verifier, &Nonce::new(nonce.to_owned()))
            .map_err(|e| TripError::Refused(format!("ID token: {e}")))?;
        let groups = match claims
            .additional_claims()
            .claims
            .get(&self.config.roles_claim)
        {
            Some(serde_json::Value::Array(values)) => values
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect(),
            Some(serde_json::Value::String(one)) => vec![one.clone()],
            _ => Vec::new(),
        };
        Ok(Vouched {
            subject: claims.subject().as_str().to_owned(),
            preferred_username: claims
                .preferred_username()
                .map(|u| u.as_str().to_owned())
                .unwrap_or_default(),
            email: claims
                .email()
                .map(|e| e.as_str().to_owned())
                .unwrap_or_default(),
            email_verified: claims.email_verified().unwrap_or(false),
            groups,
        })
    }

    /// Where to send a member who also wants to sign out at the provider, if it offers it.
    pub async fn sign_out_url(&self, http: &reqwest::Client, come_back: &str) -> Option<String> {
        let discovered = self.discovered(http).await.ok()?;
        let endpoint = discovered.end_session.as_deref()?;
        let query = serde_urlencoded::to_string([
            ("client_id", self.config.client_id.as_str()),
            ("post_logout_redirect_uri", come_back),
        ])
        .ok()?;
        let separator = if endpoint.contains('?') { '&' } else { '?' };
        Some(format!("{endpoint}{separator}{query}"))
    }
}

/// The HTTP client for providers: no redirects followed (a provider's endpoints are named
/// by its discovery document, never by a redirect), a time limit on every call.
pub fn http_client() -> reqwest::Client {
    // ring is the TLS library's only cryptography here; installing it twice is harmless.
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(TIMEOUT)
        .connect_timeout(TIMEOUT)
        .build()
        .unwrap_or_default()
}

/// One provider request through reqwest.
async fn send(
    http: &reqwest::Client,
    request: openidconnect::HttpRequest,
) -> Result<openidconnect::HttpResponse, reqwest::Error> {
    let (parts, body) = request.into_parts();
    let response = http
        .request(parts.method, parts.uri.to_string())
        .headers(parts.headers)
        .body(body)
        .send()
        .await?;
    let mut answer = openidconnect::http::Response::builder().status(response.status());
    for (name, value) in response.headers() {
        answer = answer.header(name, value);
    }
    let body = response.bytes().await?.to_vec();
    // Status and headers came from a valid response, so the builder cannot fail.
    Ok(answer
        .body(body)
        .unwrap_or_else(|_| openidconnect::http::Response::new(Vec::new())))
}
