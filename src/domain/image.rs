//! An uploaded picture after it was checked and encoded afresh: what is stored and
//! served. Made by [`crate::render::images::process`], stored by the media model; and
//! what a page needs to show a stored one.

/// The widths of the smaller copies: a small avatar on a sharp phone screen (32 px at up to
/// 3×, a profile's 72 px at 2×), a list card (about 350 px at 1×), a phone's full width at
/// 2× or the reading column (44rem, about 700 px) at 1×. The stored image covers the rest.
pub const SIZES: [u32; 3] = [160, 480, 800];

/// An image ready to store.
#[derive(Debug, Clone)]
pub struct ProcessedImage {
    pub hash: String,
    pub extension: &'static str,
    pub content_type: &'static str,
    pub width: i32,
    pub height: i32,
    pub bytes: Vec<u8>,
    /// Smaller copies, narrowest first, for `srcset`: one for each of
    /// [`SIZES`] narrower than the image.
    pub sizes: Vec<ImageSize>,
}

/// A smaller copy of an image, in the same format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageSize {
    pub width: i32,
    pub height: i32,
    pub bytes: Vec<u8>,
}

/// What a page needs to show an image (not its bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaRef {
    pub id: i64,
    pub hash: String,
    pub extension: String,
    pub width: i32,
    pub height: i32,
}

impl MediaRef {
    /// The image's address: immutable, so it may be cached for a year.
    pub fn url(&self) -> String {
        format!("/media/{}.{}", self.hash, self.extension)
    }

    /// The address of the copy `width` pixels wide.
    pub fn sized_url(&self, width: u32) -> String {
        format!("/media/{}-{width}.{}", self.hash, self.extension)
    }

    /// The `srcset` of the image: each smaller copy and the image itself, by width. Made
    /// from the image's width alone (every image narrower than a size has that copy), so a
    /// page needs no query for it.
    pub fn srcset(&self) -> String {
        SIZES
            .iter()
            .filter(|&&w| i64::from(w) < i64::from(self.width))
            .map(|&w| format!("{} {w}w", self.sized_url(w)))
            .chain(std::iter::once(format!("{} {}w", self.url(), self.width)))
            .collect::<Vec<_>>()
            .join(", ")
    }
}
