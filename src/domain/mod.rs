//! Validated values, parsed at the edge so that deeper code never sees an unchecked
//! string. No I/O here; each type is unit-tested in place.

pub mod api_token;
pub mod article;
pub mod audit;
pub mod brand;
mod content;
pub mod deletion;
pub mod device;
mod display_name;
mod email;
pub mod idea;
pub mod image;
pub mod paging;
mod password;
pub mod period;
pub mod personal;
pub mod question;
pub mod reply;
mod role;
mod slug;
mod username;
mod viewer;

pub use article::Publish;
pub use audit::AuditSubject;
pub use content::{AuthorSeen, ContentKind, HeldSeen, Visibility};
pub use deletion::PostsChoice;
pub use display_name::DisplayName;
pub use email::Email;
pub use image::{ImageSize, MediaRef, ProcessedImage};
pub use password::NewPassword;
pub use role::{Role, RoleSet};
pub use slug::slugify;
pub use username::{DELETED_PREFIX, Username};
pub use viewer::{Restriction, Viewer};
