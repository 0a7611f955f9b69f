//! The demo community: a menswear retailer's staff, experts, moderator and members, so a
//! newcomer sees a living site at once. It only fills an empty database.

use crate::accounts;
use crate::auth::password;
use crate::db::DbConnection;
use crate::db::models::users;
use crate::domain::{Email, Role, RoleSet, Username};

/// The password every demo account shares. Printed at start; never use demo data live.
pub const DEMO_PASSWORD: &str = "parlour-demo-tweed";

/// A demo account: username, display role, roles.
struct DemoAccount {
    username: &'static str,
    what: &'static str,
    roles: &'static [Role],
}

const ACCOUNTS: &[DemoAccount] = &[
    DemoAccount {
        username: "admin",
        what: "admin (IT / community lead)",
        roles: &[Role::Admin],
    },
    DemoAccount {
        username: "eleanor",
        what: "staff author and expert (shirts & fit)",
        roles: &[Role::Staff, Role::Expert],
    },
    DemoAccount {
        username: "marcus",
        what: "expert (suits, shoes)",
        roles: &[Role::Expert],
    },
    DemoAccount {
        username: "amara",
        what: "staff author (care, occasions)",
        roles: &[Role::Staff],
    },
    DemoAccount {
        username: "priya",
        what: "moderator",
        roles: &[Role::Moderator],
    },
    DemoAccount {
        username: "tom",
        what: "member",
        roles: &[],
    },
    DemoAccount {
        username: "sam_k",
        what: "member",
        roles: &[],
    },
    DemoAccount {
        username: "oliver-j",
        what: "member",
        roles: &[],
    },
];

/// Fills an empty database and returns the sign-in details to print, or `None` when the
/// database already had accounts.
pub fn seed(conn: &mut DbConnection) -> anyhow::Result<Option<String>> {
    if users::any_exist(conn)? {
        return Ok(None);
    }
    let hash = password::hash(DEMO_PASSWORD)?;
    let mut details =
        String::from("Demo community created. Sign in as any of these, with the password ");
    details.push_str(DEMO_PASSWORD);
    details.push_str(":\n");
    crate::db::write_transaction(conn, |conn| -> anyhow::Result<()> {
        for account in ACCOUNTS {
            let username = Username::parse(account.username).map_err(anyhow::Error::msg)?;
            let email = Email::parse(&format!("{}@demo.parlour.example", account.username))
                .map_err(anyhow::Error::msg)?;
            let roles = account
                .roles
                .iter()
                .fold(RoleSet::NONE, |set, role| set.with(*role));
            accounts::create(conn, &username, &email, &hash, roles)?;
            details.push_str(&format!("  {:<10} {}\n", account.username, account.what));
        }
        Ok(())
    })?;
    Ok(Some(details))
}
