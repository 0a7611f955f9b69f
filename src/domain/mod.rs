//! Validated values, parsed at the edge so that deeper code never sees an unchecked
//! string. No I/O here; each type is unit-tested in place.

pub mod article;
mod email;
pub mod idea;
mod password;
pub mod question;
pub mod reply;
mod role;
mod username;

pub use article::Publish;
pub use email::Email;
pub use password::NewPassword;
pub use role::{Role, RoleSet};
pub use username::Username;
