//! Signing in with the retailer's own accounts: OpenID Connect providers (the shop's
//! customer accounts, the staff directory) beside local passwords.
//!
//! The operator names the providers in a file ([`config`]); secrets never reach the
//! database or the audit log. A trip to a provider ([`provider`]) is the authorization code
//! flow with PKCE; its `state`, `nonce` and PKCE verifier are kept on the server, tied to
//! the browser's session and used once (`db::models::identities`). What to do with the
//! person a provider vouched for — sign in the member linked to them, link them to the
//! signed-in member, or let them choose a new member or an existing account — is in
//! `crate::accounts::identities`, and the pages in `routes::account::providers`.

pub mod config;
pub mod provider;

pub use config::{Members, ProviderConfig, SignInConfig};
pub use provider::{Departure, Provider, TripError, Vouched};

/// Every configured provider, with one HTTP client for all of them.
pub struct Providers {
    pub config: SignInConfig,
    list: Vec<Provider>,
    pub http: reqwest::Client,
}

impl Providers {
    pub fn new(config: SignInConfig, public_url: &str) -> Self {
        let list = config
            .providers
            .iter()
            .map(|p| Provider::new(p.clone(), public_url))
            .collect();
        Self {
            config,
            list,
            http: provider::http_client(),
        }
    }

    pub fn get(&self, key: &str) -> Option<&Provider> {
        self.list.iter().find(|p| p.config.key == key)
    }

    pub fn all(&self) -> &[Provider] {
        &self.list
    }

    /// Reads every provider's discovery document (at start); a provider that does not
    /// answer is logged and asked again when someone needs it.
    pub async fn warm_up(&self) {
        for provider in &self.list {
            if let Err(e) = provider.warm_up(&self.http).await {
                tracing::warn!(provider = %provider.config.key, "sign-in provider: {e}");
            }
        }
    }
}
