//! `GET /sitemap.xml` and its parts `GET /sitemap-{n}.xml` (sitemaps.org). Up to
//! `sitemap_size` addresses (by default 50,000, the most the protocol allows) the sitemap
//! is one list; past that it is an index of numbered parts of that many each, the last
//! holding the rest.
//!
//! The addresses run in one fixed order: the fixed pages, then the articles, questions and
//! ideas anyone may read, each list in its own order (`db::models::sitemap`). Part `n` is
//! the `n`-th stretch of that order, so it costs a count of each list and one slice of one
//! or two of them, whatever the size of the site, and every address is in exactly one part.

use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::NaiveDateTime;
use diesel::QueryResult;

use crate::clock::now;
use crate::config::Settings;
use crate::db::DbConnection;
use crate::db::models::sitemap::{self, Listed};
use crate::error::AppError;
use crate::state::AppState;

/// The pages every sitemap starts with.
const FIXED: [&str; 4] = ["/", "/blog", "/experts", "/ideas"];

/// One address in a sitemap.
struct Url {
    path: String,
    /// When the page last changed, where that is known.
    changed: Option<NaiveDateTime>,
}

#[derive(Template)]
#[template(path = "feeds/sitemap.xml")]
struct UrlSet<'a> {
    base: &'a str,
    urls: Vec<Url>,
}

#[derive(Template)]
#[template(path = "feeds/sitemap_index.xml")]
struct SitemapIndex<'a> {
    base: &'a str,
    parts: i64,
}

/// The sections of the order: the fixed pages, then each list.
#[derive(Clone, Copy)]
enum Section {
    Fixed,
    List(Listed),
}

const SECTIONS: [Section; 4] = [
    Section::Fixed,
    Section::List(Listed::Articles),
    Section::List(Listed::Questions),
    Section::List(Listed::Ideas),
];

/// What `/sitemap.xml` holds.
enum Sitemap {
    Urls(Vec<Url>),
    /// An index of this many parts.
    Index(i64),
}

/// `GET /sitemap.xml`: every address, or the index of the parts once they are too many.
pub async fn sitemap(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let size = size(&state);
    let now = now();
    let sitemap = state
        .db
        .run(move |conn| {
            let lengths = lengths(conn, now)?;
            Ok(match parts(&lengths, size) {
                1 => Sitemap::Urls(addresses(conn, now, &lengths, 1, size)?),
                parts => Sitemap::Index(parts),
            })
        })
        .await?;
    let base = &state.settings.public_url;
    xml(match sitemap {
        Sitemap::Urls(urls) => UrlSet { base, urls }.render()?,
        Sitemap::Index(parts) => SitemapIndex { base, parts }.render()?,
    })
}

/// `GET /sitemap-{n}.xml`: part `n` (from 1); 404 past the last.
pub async fn part(
    state: web::Data<AppState>,
    n: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let n: i64 = n.parse().map_err(|_| AppError::NotFound)?;
    let size = size(&state);
    let now = now();
    let urls = state
        .db
        .run(move |conn| {
            let lengths = lengths(conn, now)?;
            if n > parts(&lengths, size) {
                return Err(AppError::NotFound);
            }
            Ok(addresses(conn, now, &lengths, n, size)?)
        })
        .await?;
    let base = &state.settings.public_url;
    xml(UrlSet { base, urls }.render()?)
}

/// Addresses a part, as configured and as the protocol allows.
fn size(state: &AppState) -> i64 {
    state
        .settings
        .sitemap_size
        .clamp(1, Settings::MAX_SITEMAP_SIZE)
}

fn xml(body: String) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok()
        .content_type("application/xml; charset=utf-8")
        .body(body))
}

/// How many addresses each section holds now.
fn lengths(conn: &mut DbConnection, now: NaiveDateTime) -> QueryResult<Vec<i64>> {
    SECTIONS
        .iter()
        .map(|section| match section {
            Section::Fixed => Ok(FIXED.len() as i64),
            Section::List(listed) => sitemap::count(conn, *listed, now),
        })
        .collect()
}

/// How many parts `lengths` make at `size` addresses a part (one at least).
fn parts(lengths: &[i64], size: i64) -> i64 {
    let total: i64 = lengths.iter().sum();
    ((total + size - 1) / size).max(1)
}

/// The addresses of part `n` (from 1).
fn addresses(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    lengths: &[i64],
    n: i64,
    size: i64,
) -> QueryResult<Vec<Url>> {
    let mut urls = Vec::new();
    for (section, offset, limit) in stretches(lengths, n, size) {
        match SECTIONS[section] {
            Section::Fixed => {
                let paths = FIXED.iter().skip(offset as usize).take(limit as usize);
                urls.extend(paths.map(|path| Url {
                    path: (*path).to_owned(),
                    changed: None,
                }));
            }
            Section::List(listed) => {
                let found = sitemap::slice(conn, listed, now, offset, limit)?;
                urls.extend(found.into_iter().map(|(path, changed)| Url {
                    path,
                    changed: Some(changed),
                }));
            }
        }
    }
    Ok(urls)
}

/// Where part `n` (from 1) of `size` addresses falls in sections of `lengths`: for each
/// section it reaches, (section, offset in it, how many).
fn stretches(lengths: &[i64], n: i64, size: i64) -> Vec<(usize, i64, i64)> {
    let start = (n - 1).saturating_mul(size);
    let end = start.saturating_add(size);
    let mut before = 0;
    let mut found = Vec::new();
    for (section, &length) in lengths.iter().enumerate() {
        let (from, to) = (start.max(before), end.min(before + length));
        if from < to {
            found.push((section, from - before, to - from));
        }
        before += length;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::{parts, stretches};

    #[test]
    fn parts_cut_the_order_into_stretches_of_the_size() {
        let lengths = [4, 2, 7, 0];
        assert_eq!(parts(&lengths, 5), 3);
        assert_eq!(stretches(&lengths, 1, 5), vec![(0, 0, 4), (1, 0, 1)]);
        assert_eq!(stretches(&lengths, 2, 5), vec![(1, 1, 1), (2, 0, 4)]);
        assert_eq!(stretches(&lengths, 3, 5), vec![(2, 4, 3)]);
        assert_eq!(stretches(&lengths, 4, 5), vec![]);
    }

    #[test]
    fn a_small_site_is_one_part() {
        assert_eq!(parts(&[4, 0, 0, 0], 50_000), 1);
        assert_eq!(parts(&[4, 10, 49_986, 0], 50_000), 1);
        assert_eq!(parts(&[4, 10, 49_987, 0], 50_000), 2);
        assert_eq!(stretches(&[4, 0, 0, 0], 1, 50_000), vec![(0, 0, 4)]);
    }
}
