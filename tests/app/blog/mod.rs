//! Staff blogs: the editor, publishing, scheduling, slugs, revisions, permissions and safe output.

mod permissions;
mod publishing;
mod reading;
mod revisions;
mod sanitising;
mod slugs;
mod validation;
