//! The brand form's words and its refusals.

pub const TITLE: &str = "Brand";
pub const NAME_MISSING: &str = "Give the community a name.";
pub const NOT_A_COLOUR: &str = "Enter a colour as # and six hexadecimal digits, like #1f3a5f.";
pub const NOT_AN_ADDRESS: &str =
    "Enter an address starting with https:// (or a path on this site starting with /).";

/// The message for text longer than `max` characters.
pub fn too_long(max: usize) -> String {
    format!("Use at most {max} characters.")
}

/// The message for a colour whose contrast is `ratio`, under the 4.5:1 text needs.
pub fn contrast(ratio: f64) -> String {
    format!(
        "This colour's contrast is {ratio:.2}:1; text needs at least 4.5:1 to be readable \
         (WCAG AA). Choose a darker or lighter shade."
    )
}
