//! Who is asking, and may they: password hashing, sessions, CSRF tokens and the
//! permission checks every handler calls.

pub mod bearer;
pub mod csrf;
pub mod csrf_token;
pub mod multipart;
pub mod password;
pub mod session;
pub mod signed;
pub mod token;

pub use csrf::{CsrfForm, NoFields};
pub use multipart::CsrfMultipart;
pub use session::Session;
