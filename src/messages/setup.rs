//! The first-start setup's words.

pub const TITLE: &str = "Set up your community";
pub const NO_AREAS: &str = "Name at least one area: every question goes to the experts of an area.";
pub const TOO_MANY_AREAS: &str =
    "Name at most 30 areas here; add more later in Areas of expertise.";
pub const NOTICE_DONE: &str = "Your community is set up. Now give your staff the expert role and \
     add them to their areas, so that questions reach them.";

/// The message for an area name of the wrong length.
pub fn area_name(name: &str) -> String {
    format!("“{name}” does not fit: an area's name has 2 to 60 characters.")
}
