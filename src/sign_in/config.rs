//! The operator's sign-in configuration: which OpenID Connect providers members may sign in
//! with, and who may still use a password. It is a TOML file named by
//! `PARLOUR_SIGN_IN_CONFIG`, read once at start, so that client secrets live with the
//! operator (the file, or an environment variable it names) and never in the database or
//! the audit log. A mistake in it (an unknown role in a mapping, a duplicate key) stops
//! the server at start with a message, rather than failing at someone's first sign-in.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;

use crate::domain::{Role, RoleSet};

/// Every provider, and the password rules.
#[derive(Debug, Clone, Default)]
pub struct SignInConfig {
    pub providers: Vec<ProviderConfig>,
    /// Staff (experts, staff, moderators, admins) may sign in with a password.
    pub staff_passwords: bool,
    /// Customers (members without a role) may sign in with a password.
    pub customer_passwords: bool,
}

/// Whose accounts a provider holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Members {
    Customers,
    Staff,
    Both,
}

impl Members {
    /// Whether staff sign in with it (and so whether its role mapping applies).
    pub fn staff(self) -> bool {
        matches!(self, Members::Staff | Members::Both)
    }
}

/// One provider, as the operator configured it.
#[derive(Clone)]
pub struct ProviderConfig {
    /// In addresses (`/auth/{key}`) and in the database's links; letters, digits, `-`.
    pub key: String,
    /// The button's words, e.g. "Sign in with your Harlow & Co account".
    pub label: String,
    /// The provider's name in sentences ("Harlow & Co"); the key when not given.
    pub name: String,
    pub issuer: String,
    pub client_id: String,
    pub client_secret: String,
    pub members: Members,
    /// The ID token claim holding the member's groups (`groups` by default).
    pub roles_claim: String,
    /// Group → role; empty: roles are not managed by this provider.
    pub roles: Vec<(String, Role)>,
}

impl fmt::Debug for ProviderConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProviderConfig")
            .field("key", &self.key)
            .field("issuer", &self.issuer)
            .field("client_id", &self.client_id)
            .field("client_secret", &"(hidden)")
            .field("members", &self.members)
            .finish_non_exhaustive()
    }
}

impl ProviderConfig {
    /// The roles the directory gives a member in `groups`, and every role it manages.
    pub fn roles_from(&self, groups: &[String]) -> (RoleSet, RoleSet) {
        let mut given = RoleSet::NONE;
        let mut managed = RoleSet::NONE;
        for (group, role) in &self.roles {
            managed = managed.with(*role);
            if groups.iter().any(|g| g == group) {
                given = given.with(*role);
            }
        }
        (given, managed)
    }

    /// Whether this provider sets members' roles at every sign-in.
    pub fn manages_roles(&self) -> bool {
        self.members.staff() && !self.roles.is_empty()
    }
}

impl SignInConfig {
    /// Only passwords: no providers, everyone may use one.
    pub fn passwords_only() -> Self {
        Self {
            providers: Vec::new(),
            staff_passwords: true,
            customer_passwords: true,
        }
    }

    pub fn provider(&self, key: &str) -> Option<&ProviderConfig> {
        self.providers.iter().find(|p| p.key == key)
    }

    /// Whether a member with `roles` may sign in with a password.
    pub fn password_allowed(&self, roles: RoleSet) -> bool {
        if roles.roles().is_empty() {
            self.customer_passwords
        } else {
            self.staff_passwords
        }
    }

    /// The providers a member with `roles` may sign in with instead of a password.
    pub fn providers_for(&self, roles: RoleSet) -> impl Iterator<Item = &ProviderConfig> {
        let staff = !roles.roles().is_empty();
        self.providers
            .iter()
            .filter(move |p| p.members == Members::Both || p.members.staff() == staff)
    }

    /// Reads the file at `path`, taking secrets named by `client_secret_env` from the
    /// environment.
    pub fn load(path: &str) -> Result<Self, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("PARLOUR_SIGN_IN_CONFIG: cannot read {path}: {e}"))?;
        Self::parse(&text, |name| std::env::var(name).ok())
            .map_err(|e| format!("PARLOUR_SIGN_IN_CONFIG ({path}): {e}"))
    }

    /// Parses the file's text; `env` looks up environment variables.
    pub fn parse(text: &str, env: impl Fn(&str) -> Option<String>) -> Result<Self, String> {
        let file: File = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut providers: Vec<ProviderConfig> = Vec::new();
        for p in file.providers {
            let key_ok = !p.key.is_empty()
                && p.key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if !key_ok {
                return Err(format!(
                    "provider key {:?}: use lowercase letters, digits and -",
                    p.key
                ));
            }
            if providers.iter().any(|q| q.key == p.key) {
                return Err(format!("provider key {:?} is used twice", p.key));
            }
            let client_secret = match (p.client_secret, p.client_secret_env) {
                (Some(secret), None) => secret,
                (None, Some(var)) => env(&var)
                    .ok_or_else(|| format!("provider {:?}: the environment has no {var}", p.key))?,
                _ => {
                    return Err(format!(
                        "provider {:?}: give client_secret or client_secret_env (one of them)",
                        p.key
                    ));
                }
            };
            let mut roles = Vec::new();
            for (group, role) in p.roles {
                let role = Role::parse(&role).ok_or_else(|| {
                    format!(
                        "provider {:?}: group {group:?} maps to {role:?}, which is no role \
                         (expert, staff, moderator or admin)",
                        p.key
                    )
                })?;
                roles.push((group, role));
            }
            if !roles.is_empty() && !p.members.staff() {
                return Err(format!(
                    "provider {:?}: a role mapping needs members = \"staff\" or \"both\"",
                    p.key
                ));
            }
            providers.push(ProviderConfig {
                name: p.name.unwrap_or_else(|| p.key.clone()),
                key: p.key,
                label: p.label,
                issuer: p.issuer.trim_end_matches('/').to_owned(),
                client_id: p.client_id,
                client_secret,
                members: p.members,
                roles_claim: p.roles_claim.unwrap_or_else(|| "groups".to_owned()),
                roles,
            });
        }
        Ok(Self {
            providers,
            staff_passwords: file.passwords.staff,
            customer_passwords: file.passwords.customers,
        })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    passwords: Passwords,
    #[serde(default)]
    providers: Vec<ProviderFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Passwords {
    #[serde(default = "yes")]
    staff: bool,
    #[serde(default = "yes")]
    customers: bool,
}

impl Default for Passwords {
    fn default() -> Self {
        Self {
            staff: true,
            customers: true,
        }
    }
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProviderFile {
    key: String,
    label: String,
    name: Option<String>,
    issuer: String,
    client_id: String,
    client_secret: Option<String>,
    client_secret_env: Option<String>,
    members: Members,
    roles_claim: Option<String>,
    #[serde(default)]
    roles: BTreeMap<String, String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"
        [passwords]
        staff = false

        [[providers]]
        key = "directory"
        label = "Staff: sign in with the directory"
        issuer = "https://login.example/tenant/v2.0/"
        client_id = "parlour"
        client_secret_env = "DIRECTORY_SECRET"
        members = "staff"
        [providers.roles]
        "community-moderators" = "moderator"
        "experts" = "expert"
    "#;

    #[test]
    fn a_provider_file_is_read_with_its_secret_from_the_environment() {
        let config = SignInConfig::parse(FILE, |name| {
            (name == "DIRECTORY_SECRET").then(|| "s3cret".to_owned())
        })
        .unwrap();
        assert!(!config.staff_passwords && config.customer_passwords);
        let provider = config.provider("directory").unwrap();
        assert_eq!(provider.issuer, "https://login.example/tenant/v2.0");
        assert_eq!(provider.client_secret, "s3cret");
        assert!(!format!("{provider:?}").contains("s3cret"));
        let (given, managed) = provider.roles_from(&["experts".to_owned()]);
        assert!(given.has(Role::Expert) && !given.has(Role::Moderator));
        assert!(managed.has(Role::Moderator) && !managed.has(Role::Admin));
    }

    #[test]
    fn mistakes_are_named_at_start() {
        let unknown_role = FILE.replace("\"moderator\"", "\"overlord\"");
        let error = SignInConfig::parse(&unknown_role, |_| Some("x".to_owned())).unwrap_err();
        assert!(error.contains("\"overlord\", which is no role"), "{error}");
        let error = SignInConfig::parse(FILE, |_| None).unwrap_err();
        assert!(error.contains("no DIRECTORY_SECRET"), "{error}");
        let error = SignInConfig::parse("[[providers]]\nkey = \"A B\"", |_| None).unwrap_err();
        assert!(!error.is_empty());
    }
}
