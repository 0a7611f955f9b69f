//! Static files, compiled into the binary. Each is served under a URL carrying a hash of
//! its content, so browsers may cache it for a year and still see every change.

use std::collections::HashMap;
use std::sync::OnceLock;

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};

use crate::auth::token::hex;
use crate::error::AppError;

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

struct Catalogue {
    /// path → (asset, hash)
    by_path: HashMap<&'static str, (&'static Asset, String)>,
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
            by_path.insert(asset.path, (asset, hash));
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
    let (asset, hash) = catalogue()
        .by_path
        .get(path.as_str())
        .ok_or(AppError::NotFound)?;
    let etag = format!("\"{hash}\"");
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
        .insert_header((header::CACHE_CONTROL, "public, max-age=31536000, immutable"));
    if fresh {
        return Ok(response.finish());
    }
    Ok(response.content_type(asset.content_type).body(asset.body))
}
