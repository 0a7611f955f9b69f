//! Validated values, parsed at the edge so that deeper code never sees an unchecked
//! string. No I/O here; each type is unit-tested in place.

mod email;
mod password;
mod role;
mod username;

pub use email::Email;
pub use password::NewPassword;
pub use role::{Role, RoleSet};
pub use username::Username;
