//! Static files, compiled into the binary. Each is served under a URL carrying a hash of
//! its content, so browsers may cache it for a year and still see every change.

use std::collections::HashMap;
use std::sync::OnceLock;

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};

use crate::auth::token::hex;
use crate::error::AppError;
use crate::page_cache::encoding::{self, Encoding};

struct Asset {
    path: &'static str,
    content_type: &'static str,
    body: &'static [u8],
}

const ASSETS: &[Asset] = &[
    Asset {
        path: "css/parlour.css",
        content_type: "text/css; charset=utf-8",
        body: include_bytes!("../../static/css/parlour.css"),
    },
    Asset {
        path: "img/icon.svg",
        content_type: "image/svg+xml",
        body: include_bytes!("../../static/img/icon.svg"),
    },
];

/// An asset with its hash, compressed once (at the first page) in each encoding.
struct Packed {
    asset: &'static Asset,
    hash: String,
    gzip: web::Bytes,
    brotli: web::Bytes,
}

struct Catalogue {
    /// path → the asset, its hash and its compressed bodies
    by_path: HashMap<&'static str, Packed>,
    /// path → URL with the hash
    urls: HashMap<&'static str, &'static str>,
}

fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        use sha2::{Digest, Sha256};
        let mut by_path = HashMap::new();
        let mut urls = HashMap::new();
        for asset in ASSETS {
            let hash = hex(&Sha256::digest(asset.body)[..8]);
            let url: &'static str =
                Box::leak(format!("/static/{}?v={hash}", asset.path).into_boxed_str());
            urls.insert(asset.path, url);
            // An encoder failing on bytes in memory would be a bug; the asset then goes
            // out uncompressed.
            let squeeze = |r: std::io::Result<Vec<u8>>| r.map(web::Bytes::from).unwrap_or_default();
            by_path.insert(
                asset.path,
                Packed {
                    asset,
                    hash,
                    gzip: squeeze(encoding::gzip(asset.body)),
                    brotli: squeeze(encoding::brotli(asset.body)),
                },
            );
        }
        Catalogue { by_path, urls }
    })
}

/// The address of a static file, with its content hash.
pub fn url(path: &str) -> &'static str {
    catalogue()
        .urls
        .get(path)
        .copied()
        .unwrap_or("/static/missing")
}

/// `GET /static/{path}`
pub async fn serve(req: HttpRequest, path: web::Path<String>) -> Result<HttpResponse, AppError> {
    let packed = catalogue()
        .by_path
        .get(path.as_str())
        .ok_or(AppError::NotFound)?;
    let etag = format!("\"{}\"", packed.hash);
    let fresh = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v == etag);
    let mut response = if fresh {
        HttpResponse::NotModified()
    } else {
        HttpResponse::Ok()
    };
    response
        .insert_header((header::ETAG, etag))
        .insert_header((header::CACHE_CONTROL, "public, max-age=31536000, immutable"))
        .insert_header((header::VARY, "Accept-Encoding"));
    if fresh {
        return Ok(response.finish());
    }
    response.content_type(packed.asset.content_type);
    let chosen = encoding::preferred(req.headers().get(header::ACCEPT_ENCODING));
    let body = match chosen {
        Encoding::Brotli if !packed.brotli.is_empty() => packed.brotli.clone(),
        Encoding::Gzip if !packed.gzip.is_empty() => packed.gzip.clone(),
        _ => return Ok(response.body(packed.asset.body)),
    };
    if let Some(coding) = chosen.header() {
        response.insert_header((header::CONTENT_ENCODING, coding));
    }
    Ok(response.body(body))
}
