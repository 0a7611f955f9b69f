//! What a cached page is sent as: the encodings a browser accepts, the page compressed once
//! in each, and its entity tag.

use actix_web::http::header::HeaderValue;
use std::io::Write;

/// A body's encoding on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Identity,
    Gzip,
    Brotli,
}

impl Encoding {
    /// The `Content-Encoding` value, if any.
    pub fn header(self) -> Option<&'static str> {
        match self {
            Self::Identity => None,
            Self::Gzip => Some("gzip"),
            Self::Brotli => Some("br"),
        }
    }
}

/// The best encoding `accept` (an `Accept-Encoding` header) allows: Brotli, then gzip,
/// else none. A coding with `q=0` is refused; `*` stands for any coding not named.
pub fn preferred(accept: Option<&HeaderValue>) -> Encoding {
    let Some(accept) = accept.and_then(|v| v.to_str().ok()) else {
        return Encoding::Identity;
    };
    let mut brotli = None;
    let mut gzip = None;
    let mut any = None;
    for item in accept.split(',') {
        let mut parts = item.split(';');
        let coding = parts.next().unwrap_or("").trim().to_ascii_lowercase();
        let quality = parts
            .filter_map(|p| p.trim().strip_prefix("q="))
            .filter_map(|q| q.trim().parse::<f32>().ok())
            .next()
            .unwrap_or(1.0);
        let allowed = quality > 0.0;
        match coding.as_str() {
            "br" => brotli = Some(allowed),
            "gzip" | "x-gzip" => gzip = Some(allowed),
            "*" => any = Some(allowed),
            _ => {}
        }
    }
    if brotli.or(any) == Some(true) {
        Encoding::Brotli
    } else if gzip.or(any) == Some(true) {
        Encoding::Gzip
    } else {
        Encoding::Identity
    }
}

/// `body` compressed with gzip (level 6, as nginx and most servers use).
pub fn gzip(body: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(
        Vec::with_capacity(body.len() / 4),
        flate2::Compression::new(6),
    );
    encoder.write_all(body)?;
    encoder.finish()
}

/// `body` compressed with Brotli. Quality 6 with a 256 KiB window (which covers any page):
/// the encoder's tables take 4 MiB, where quality 9's take 32 MiB (allocated and cleared
/// for each page, which made a fresh process 70 MiB larger) for a few per cent fewer bytes.
pub fn brotli(body: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len() / 4);
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 6, 18);
        writer.write_all(body)?;
    }
    Ok(out)
}

/// A weak entity tag for `body` (weak: the same tag serves each encoding of it).
pub fn etag(body: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(body);
    format!("W/\"{}\"", crate::auth::token::hex(&digest[..12]))
}

/// Whether `if_none_match` (an `If-None-Match` header) names `etag`, compared weakly as
/// RFC 9110 asks for GET.
pub fn matches(if_none_match: Option<&HeaderValue>, etag: &str) -> bool {
    let Some(header) = if_none_match.and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let opaque = |tag: &str| tag.trim().trim_start_matches("W/").to_owned();
    let mine = opaque(etag);
    header
        .split(',')
        .any(|tag| tag.trim() == "*" || opaque(tag) == mine)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accept(value: &str) -> Encoding {
        preferred(Some(&HeaderValue::from_str(value).unwrap()))
    }

    #[test]
    fn the_best_encoding_the_browser_accepts_is_chosen() {
        assert_eq!(preferred(None), Encoding::Identity);
        assert_eq!(accept("gzip, deflate, br, zstd"), Encoding::Brotli);
        assert_eq!(accept("gzip, deflate"), Encoding::Gzip);
        assert_eq!(accept("br;q=0, gzip"), Encoding::Gzip);
        assert_eq!(accept("gzip;q=0"), Encoding::Identity);
        assert_eq!(accept("identity"), Encoding::Identity);
        assert_eq!(accept("*"), Encoding::Brotli);
        assert_eq!(accept("*;q=0, gzip"), Encoding::Gzip);
    }

    #[test]
    fn compressed_bodies_come_back_whole() {
        use std::io::Read;
        let page = "<p>A collar should sit a finger's width from the neck.</p>".repeat(200);
        let mut unzipped = String::new();
        flate2::read::GzDecoder::new(&gzip(page.as_bytes()).unwrap()[..])
            .read_to_string(&mut unzipped)
            .unwrap();
        assert_eq!(unzipped, page);
        let squeezed = brotli(page.as_bytes()).unwrap();
        assert!(squeezed.len() < page.len() / 10);
        let mut unsqueezed = String::new();
        brotli::Decompressor::new(&squeezed[..], 4096)
            .read_to_string(&mut unsqueezed)
            .unwrap();
        assert_eq!(unsqueezed, page);
    }

    #[test]
    fn entity_tags_are_compared_weakly() {
        let tag = etag(b"page");
        let header = |v: &str| HeaderValue::from_str(v).unwrap();
        assert!(matches(Some(&header(&tag)), &tag));
        assert!(matches(Some(&header(&tag.replace("W/", ""))), &tag));
        assert!(matches(Some(&header(&format!("\"other\", {tag}"))), &tag));
        assert!(matches(Some(&header("*")), &tag));
        assert!(!matches(Some(&header("W/\"other\"")), &tag));
        assert!(!matches(None, &tag));
        assert_ne!(etag(b"page"), etag(b"page two"));
    }
}
