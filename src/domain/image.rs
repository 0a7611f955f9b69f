//! An uploaded picture after it was checked and encoded afresh: what is stored and
//! served. Made by [`crate::render::images::process`], stored by the media model.

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
    /// `render::images::SIZES` narrower than the image.
    pub sizes: Vec<ImageSize>,
}

/// A smaller copy of an image, in the same format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageSize {
    pub width: i32,
    pub height: i32,
    pub bytes: Vec<u8>,
}
