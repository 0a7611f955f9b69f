//! The image pipeline, shared by article covers, avatars and pictures in posts.
//!
//! An upload is identified by its content (never its name), its declared dimensions are
//! checked before any pixel is decoded (a 50 000 × 50 000 header is refused without
//! allocating), it is decoded under memory limits, scaled down to a sensible width and
//! encoded afresh. Re-encoding writes pixels only, so every piece of metadata — EXIF, GPS
//! position, camera serials, XMP, ICC comments — is gone. Opaque images become JPEG,
//! images with transparency PNG; the file is named by the hash of its bytes.
//!
//! Smaller copies ([`SIZES`]) are made at the same time, once, so that a page can let the
//! browser pick the size it shows (`srcset`): a list card fetches a 480 px cover, not the
//! 1600 px one. Images stored before copies existed get theirs from [`sizes_of`], run by
//! the `parlour images` command.

use crate::i18n::Key;
use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::imageops::FilterType;
use image::{DynamicImage, ImageFormat, ImageReader, Limits};
use sha2::{Digest, Sha256};

use crate::auth::token::hex;
use crate::domain::image::SIZES;
use crate::domain::{ImageSize, ProcessedImage};
use crate::messages;

/// Largest upload accepted, in bytes.
pub const MAX_BYTES: usize = 8 * 1024 * 1024;
/// Largest width or height accepted, in pixels.
pub const MAX_SIDE: u32 = 12_000;
/// Largest area accepted, in pixels (a 40-megapixel camera is fine).
pub const MAX_PIXELS: u64 = 48_000_000;
/// Largest area accepted for an avatar: it is shown small, and a phone's 12 megapixels
/// are plenty (decoding costs four bytes a pixel).
pub const AVATAR_MAX_PIXELS: u64 = 12_000_000;
/// Widest image stored.
pub const STORED_WIDTH: u32 = 1600;
/// JPEG quality of the stored image and of its copies: a copy is seen on a phone or small,
/// where a little less fidelity for a third fewer bytes is the right trade.
const STORED_QUALITY: u8 = 82;
const COPY_QUALITY: u8 = 74;

/// Checks, decodes, scales and re-encodes an upload. The error is a message for a person.
pub fn process(upload: &[u8]) -> Result<ProcessedImage, Key> {
    process_within(upload, MAX_PIXELS)
}

/// [`process`], accepting at most `max_pixels`.
pub fn process_within(upload: &[u8], max_pixels: u64) -> Result<ProcessedImage, Key> {
    if upload.is_empty() {
        return Err(messages::IMAGE_EMPTY);
    }
    if upload.len() > MAX_BYTES {
        return Err(messages::IMAGE_TOO_LARGE);
    }
    let format = image::guess_format(upload).map_err(|_| messages::IMAGE_NOT_AN_IMAGE)?;
    if !matches!(
        format,
        ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::Gif | ImageFormat::WebP
    ) {
        return Err(messages::IMAGE_NOT_AN_IMAGE);
    }
    // JPEG decoders fill a cut-off file with grey instead of failing: insist on its end marker.
    if format == ImageFormat::Jpeg && !upload.windows(2).any(|w| w == [0xFF, 0xD9]) {
        return Err(messages::IMAGE_UNREADABLE);
    }
    let reader = || {
        let mut reader = ImageReader::with_format(Cursor::new(upload), format);
        let mut limits = Limits::default();
        limits.max_image_width = Some(MAX_SIDE);
        limits.max_image_height = Some(MAX_SIDE);
        limits.max_alloc = Some(max_pixels * 4 + 64 * 1024 * 1024);
        reader.limits(limits);
        reader
    };
    // The header alone, read without the decoding limits so that an oversized claim is
    // reported as such rather than as damage.
    let (width, height) = ImageReader::with_format(Cursor::new(upload), format)
        .into_dimensions()
        .map_err(refusal)?;
    if width == 0 || height == 0 {
        return Err(messages::IMAGE_UNREADABLE);
    }
    if width > MAX_SIDE || height > MAX_SIDE || u64::from(width) * u64::from(height) > max_pixels {
        return Err(if max_pixels < MAX_PIXELS {
            messages::AVATAR_TOO_MANY_PIXELS
        } else {
            messages::IMAGE_TOO_MANY_PIXELS
        });
    }
    let decoded = reader().decode().map_err(|_| messages::IMAGE_UNREADABLE)?;
    let scaled = if decoded.width() > STORED_WIDTH {
        let new_height = (u64::from(decoded.height()) * u64::from(STORED_WIDTH)
            / u64::from(decoded.width()))
        .max(1) as u32;
        decoded.resize_exact(STORED_WIDTH, new_height, FilterType::Triangle)
    } else {
        decoded
    };
    let sizes = resized(&scaled)?;
    let mut processed = encode(scaled, STORED_QUALITY)?;
    processed.sizes = sizes;
    Ok(processed)
}

/// The smaller copies of a stored image, from its bytes (for images stored before copies
/// were made).
pub fn sizes_of(stored: &[u8]) -> Result<Vec<ImageSize>, Key> {
    let decoded = image::load_from_memory(stored).map_err(|_| messages::IMAGE_UNREADABLE)?;
    resized(&decoded)
}

/// A copy of `image` at each of [`SIZES`] narrower than it, encoded like the original.
fn resized(image: &DynamicImage) -> Result<Vec<ImageSize>, Key> {
    SIZES
        .iter()
        .filter(|&&width| width < image.width())
        .map(|&width| {
            let height = (u64::from(image.height()) * u64::from(width) / u64::from(image.width()))
                .max(1) as u32;
            let copy = encode(
                image.resize_exact(width, height, FilterType::CatmullRom),
                COPY_QUALITY,
            )?;
            Ok(ImageSize {
                width: copy.width,
                height: copy.height,
                bytes: copy.bytes,
            })
        })
        .collect()
}

/// The message for a decoder's refusal: over a limit, or damaged.
fn refusal(error: image::ImageError) -> Key {
    match error {
        image::ImageError::Limits(_) => messages::IMAGE_TOO_MANY_PIXELS,
        _ => messages::IMAGE_UNREADABLE,
    }
}

fn encode(image: DynamicImage, quality: u8) -> Result<ProcessedImage, Key> {
    let (width, height) = (image.width(), image.height());
    let mut bytes = Vec::new();
    let (extension, content_type) = if image.color().has_alpha() {
        image
            .to_rgba8()
            .write_to(&mut Cursor::new(&mut bytes), ImageFormat::Png)
            .map_err(|_| messages::IMAGE_UNREADABLE)?;
        ("png", "image/png")
    } else {
        let rgb = image.to_rgb8();
        JpegEncoder::new_with_quality(&mut bytes, quality)
            .encode_image(&rgb)
            .map_err(|_| messages::IMAGE_UNREADABLE)?;
        ("jpg", "image/jpeg")
    };
    let hash = hex(&Sha256::digest(&bytes)[..16]);
    Ok(ProcessedImage {
        hash,
        extension,
        content_type,
        width: i32::try_from(width).unwrap_or(i32::MAX),
        height: i32::try_from(height).unwrap_or(i32::MAX),
        bytes,
        sizes: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{Rgb, RgbImage, Rgba, RgbaImage};

    fn jpeg(width: u32, height: u32) -> Vec<u8> {
        let img = RgbImage::from_fn(width, height, |x, y| Rgb([x as u8, y as u8, 90]));
        let mut out = Vec::new();
        JpegEncoder::new(&mut out).encode_image(&img).unwrap();
        out
    }

    #[test]
    fn a_wide_photo_is_scaled_and_reencoded_as_jpeg() {
        let out = process(&jpeg(2000, 1000)).unwrap();
        assert_eq!((out.width, out.height), (1600, 800));
        assert_eq!(out.extension, "jpg");
        assert_eq!(image::guess_format(&out.bytes).unwrap(), ImageFormat::Jpeg);
        assert_eq!(out.hash.len(), 32);
        // Every smaller size, each a JPEG of that width with the same proportions.
        let widths: Vec<i32> = out.sizes.iter().map(|s| s.width).collect();
        assert_eq!(widths, [160, 480, 800]);
        for size in &out.sizes {
            assert_eq!(size.height, size.width / 2);
            let decoded = image::load_from_memory(&size.bytes).unwrap();
            assert_eq!(decoded.width() as i32, size.width);
            assert_eq!(image::guess_format(&size.bytes).unwrap(), ImageFormat::Jpeg);
        }
        // The same copies can be made again from the stored bytes.
        assert_eq!(sizes_of(&out.bytes).unwrap().len(), 3);
    }

    #[test]
    fn a_small_image_has_only_the_sizes_narrower_than_itself() {
        let out = process(&jpeg(300, 300)).unwrap();
        let widths: Vec<i32> = out.sizes.iter().map(|s| s.width).collect();
        assert_eq!(widths, [160]);
        assert!(process(&jpeg(100, 80)).unwrap().sizes.is_empty());
    }

    #[test]
    fn transparency_is_kept_as_png() {
        let img = RgbaImage::from_pixel(10, 10, Rgba([0, 0, 0, 0]));
        let mut png = Vec::new();
        img.write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
            .unwrap();
        assert_eq!(process(&png).unwrap().extension, "png");
    }

    #[test]
    fn refuses_what_is_not_an_image() {
        assert_eq!(process(b"GIF").unwrap_err(), messages::IMAGE_NOT_AN_IMAGE);
        assert_eq!(
            process(b"<svg></svg>").unwrap_err(),
            messages::IMAGE_NOT_AN_IMAGE
        );
        assert_eq!(process(b"").unwrap_err(), messages::IMAGE_EMPTY);
    }

    #[test]
    fn refuses_a_truncated_image() {
        let whole = jpeg(300, 300);
        assert_eq!(
            process(&whole[..whole.len() / 3]).unwrap_err(),
            messages::IMAGE_UNREADABLE
        );
    }
}
